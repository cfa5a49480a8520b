"""The eighteenth web review (rev-web18) of issue 17 in the real browser (Chromium through Playwright, 1366×768)."""

from __future__ import annotations

import pytest

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

UNREADABLE = {
    "utf16": lambda text: text.encode("utf-16"),
    "cp1250": lambda text: text.encode("cp1250", "replace"),
    "nul": lambda text: text.encode().replace(b"Wrzosogr", b"Wrzo\0ogr", 1),
}

DATES_ON_ONE_LINE = """() => [...document.querySelectorAll('table.sprawy td:nth-child(3)')].flatMap(td => {
  const node = td.firstChild, out = [], dates = /\\d+\\.\\d+\\.\\d+/g;
  for (let m; node && (m = dates.exec(node.textContent));) {
    const range = document.createRange();
    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
    out.push(range.getClientRects().length);
  }
  return out; })"""


@pytest.mark.parametrize("kind", UNREADABLE)
def test_an_unreadable_files_reason_wraps_and_the_list_stays_on_the_screen(browser_page, kind):
    """Finding 6 (t13.py): the status kept on one line (d0e3fa7) held an unreadable file's whole reason – the
    „Stan” column grew to 1 335–1 813 px, „Najbliższy termin” left the 1 366 px screen and the valid case's dates
    broke mid-number („1.03.2 / 026 r.”). The status word stays whole, the reason wraps under it."""
    web, page, _ = browser_page
    text = WRZOSOGROD.read_text(encoding="utf-8")
    (web.folder / "wrzosogrod.yaml").write_text(text, encoding="utf-8")
    (web.folder / f"rejon-5-{kind}.yaml").write_bytes(UNREADABLE[kind](text))
    page.goto(web.url)
    page.wait_for_selector("table.sprawy")
    _shot(page, f"rev-web18-list-{kind}")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1366
    assert page.evaluate("() => document.querySelector('table.sprawy').getBoundingClientRect().right") <= 1366
    assert page.is_visible("text=Po terminie")  # the valid case's overdue warnings are on the screen
    lines = page.evaluate("() => [...document.querySelectorAll('.stan')].map(e => [e.innerText, "
                          "e.getClientRects().length])")
    assert ["gotowa", 1] in lines and ["nie można odczytać", 1] in lines, lines
    reason = page.locator(".powod").first
    assert reason.inner_text().endswith(".") and reason.bounding_box()["height"] > 40  # wrapped, not cut
    dates = page.evaluate(DATES_ON_ONE_LINE)
    assert dates and set(dates) == {1}, dates


def test_no_all_clear_under_a_form_too_big_to_check(browser_page, monkeypatch):
    """rev-web17 #3 / rev-web18's „not reported” (shots/t15.png): under „Formularz jest zbyt duży” the summary kept
    the last check's „Sprawa nie ma błędów ani pól do uzupełnienia.” – of a form that was not checked."""
    from pismo.web import app

    monkeypatch.setattr(app, "MAX_FORM_BODY", 400_000)
    web, page, _ = browser_page
    (web.folder / "sprawa.yaml").write_text(WRZOSOGROD.read_text(encoding="utf-8"), encoding="utf-8")
    page.goto(web.url)
    page.click("a[href='/sprawy/sprawa']")
    page.wait_for_selector("#formularz")
    assert page.is_visible("text=Sprawa nie ma błędów ani pól do uzupełnienia.")
    page.evaluate("n => { const a = document.querySelector('[name=\"zagrozenie.opis\"]'); a.value = 'ą'.repeat(n); "
                  "a.dispatchEvent(new Event('input', {bubbles: true})); }", 90_000)
    page.click('button[value="zapisz"]')
    page.wait_for_selector("#zbyt-duzy", state="visible")
    _shot(page, "rev-web18-too-big-no-all-clear")
    assert not page.is_visible("text=Sprawa nie ma błędów ani pól do uzupełnienia.")
