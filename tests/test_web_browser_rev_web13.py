"""The thirteenth web review (rev-web13) of issue 17 in the real browser (Chromium through Playwright, 1366×768):
three tabs restoring one removed meeting, each changing another attendee, by clicks."""

from __future__ import annotations

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

from pismo.web.form import load

CASE = "sprawa"
SAVE_MINE = "text=Zapisz: moje zmiany na wersji z dysku"


def three_tabs_with_the_meeting_removed(browser_page):
    """The case open in three tabs, A having removed Spotkanie 1 and saved; the case file and tabs B and C."""
    web, a, _ = browser_page
    path = web.folder / f"{CASE}.yaml"
    path.write_bytes(WRZOSOGROD.read_bytes())
    tabs = [a, a.context.new_page(), a.context.new_page()]
    for tab in tabs:
        tab.goto(f"{web.url.split('/?', 1)[0]}/sprawy/{CASE}" if tab is not a else web.url)
    a.click(f"a[href='/sprawy/{CASE}']")
    for tab in tabs:
        tab.wait_for_selector("#formularz")
    with a.expect_navigation():
        a.click('button[value="usun:spotkania[0]"]')
    with a.expect_navigation():
        a.click('button[value="zapisz"]')
    return path, tabs[1], tabs[2]


def test_three_tabs_restoring_a_meeting_keep_each_attendee_edit_on_its_attendee(browser_page):
    """Finding 2 (rev-web13's pw5.py): A removes Spotkanie 1; B changes attendee 2's function, C attendee 1's;
    both get the restore page, B saves from it, then C: C's edit was asked about a non-existent „Uczestnik 5”
    and written as a new nameless attendee."""
    path, b, c = three_tabs_with_the_meeting_removed(browser_page)
    for tab, n, value in ((b, 1, "FUNKCJA B"), (c, 0, "FUNKCJA C")):
        tab.fill(f'[name="spotkania[0].protokol.obecni[{n}].funkcja"]', value)
        with tab.expect_navigation():
            tab.click('button[value="zapisz"]')
    with b.expect_navigation():
        b.click(SAVE_MINE)
    with c.expect_navigation():
        c.click(SAVE_MINE)
    _shot(c, "rev-web13-meeting-3tabs-C2")
    text = c.inner_text("main")
    assert "Uczestnik 5" not in text and "Zmienione w obu miejscach" not in text, text[:1500]
    if c.locator(SAVE_MINE).count():
        with c.expect_navigation():
            c.click(SAVE_MINE)
    _shot(c, "rev-web13-meeting-3tabs-C3")
    assert "Uczestnik 5" not in c.inner_text("main")
    obecni = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]
    assert [(o.get("imie_nazwisko"), o.get("funkcja")) for o in obecni[:2]] == [
        ("st. asp. Anna Zmyślona", "FUNKCJA C"), ("Jolanta Próbna", "FUNKCJA B")] and len(obecni) == 4
