"""The twelfth web review (rev-web12) of issue 17 in the real browser (Chromium through Playwright, 1366×768):
the browser's Back to a case form whose file changed meanwhile."""

from __future__ import annotations

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

from pismo.web.form import load

CASE = "sprawa"  # Wrzosogród's plan: its actions' dates differ, so a shift by one action shows


def _form_values(page) -> list[tuple[str, str, str]]:
    """(name, value shown, value the server wrote into the page) of every text, date and textarea control."""
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        '#formularz input[type=text], #formularz input[type=date], #formularz input[type=tel], #formularz textarea'))
        .filter(e => e.name).map(e => [e.name, e.value, e.defaultValue])""")


def _actions(path) -> list[tuple[str, str, str, str]]:
    data = load(path.read_text(encoding="utf-8"))
    return [(a["id"], a["opis"], str((a.get("termin") or {}).get("od")), str((a.get("termin") or {}).get("do")))
            for a in data["dzialania"]]


def _back_after_another_tab_removed(browser_page, typed: bool):
    """rev-web12's pw8.py / pw6.py: tab A opens the case (typing into its third action when `typed`), goes to
    „Historia zmian”; tab B removes the second action and saves; A presses Back: (web, A, B's actions, path)."""
    web, page, _ = browser_page
    path = web.folder / f"{CASE}.yaml"
    path.write_bytes(WRZOSOGROD.read_bytes())
    page.goto(web.url)
    page.click(f"a[href='/sprawy/{CASE}']")
    page.wait_for_selector("#formularz")
    if typed:
        page.fill('[name="dzialania[2].termin.do"]', "2026-04-15")
        page.fill('[name="dzialania[2].opis"]', "Opis POPRAWIONY w karcie A")
        page.on("dialog", lambda dialog: dialog.accept())  # „Opuścić stronę?” – the officer leaves anyway
    page.click("text=Historia zmian")
    page.wait_for_selector("text=Historia zmian sprawy")
    other = page.context.new_page()
    other.goto(f"{web.url.split('/?', 1)[0]}/sprawy/{CASE}")
    with other.expect_navigation():
        other.click('button[value="usun:dzialania[1]"]')
    with other.expect_navigation():
        other.click('button[value="zapisz"]')
    saved_by_b = _actions(path)
    page.go_back()
    page.wait_for_selector("#formularz")
    page.wait_for_load_state("load")
    return web, page, saved_by_b, path


def test_back_to_a_case_form_shows_the_file_s_values_not_the_old_page_s(browser_page):
    """Finding 12: Chromium refilled the fresh page's dates by position from the old page – three actions' dates
    moved to their neighbours – and „Zapisz” wrote them with no question."""
    web, page, saved_by_b, path = _back_after_another_tab_removed(browser_page, typed=False)
    shifted = [(name, shown, served) for name, shown, served in _form_values(page) if shown != served]
    assert shifted == [], shifted
    _shot(page, "rev-web12-wstecz-po-zmianie")
    page.fill('[name="jednostka.telefon"]', "47 855 10 02")
    with page.expect_navigation():
        page.click('button[value="zapisz"]')
    assert _actions(path) == saved_by_b


def test_back_after_typing_never_puts_one_action_s_text_into_another(browser_page):
    """Finding 12 (pw6.py): A typed into its third action, left for the history; after B removed the second
    action, Back put A's text and date into the action now third – and „Zapisz” wrote it there."""
    web, page, saved_by_b, path = _back_after_another_tab_removed(browser_page, typed=True)
    values = _form_values(page)
    assert all(shown == served for _, shown, served in values), [v for v in values if v[1] != v[2]]
    assert "Opis POPRAWIONY w karcie A" not in [shown for _, shown, _ in values]
    with page.expect_navigation():
        page.click('button[value="zapisz"]')
    assert _actions(path) == saved_by_b
