"""List items in the real browser (Chromium through Playwright): a moved item keeps its text and comments, and two
tabs that changed one list are merged item by item (findings 1, 5 and 9 of rev-web8 of issue 17)."""

from __future__ import annotations

from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture
from test_web_items import ACTION_1, ACTION_2, MEETING_1, MEETING_2, TEXT


def _open(web, page, name: str = "sprawa"):
    page.goto(f"{web.base}/sprawy/{name}")
    page.wait_for_selector("#formularz")


def _click(page, value: str) -> None:
    with page.expect_navigation():
        page.click(f"button[value='{value}']")


def test_a_meeting_moved_up_in_the_browser_takes_its_comments(browser_page):
    web, page, _ = browser_page
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    page.goto(web.url)
    _open(web, page)
    _click(page, "gora:spotkania[1]")
    _click(page, "zapisz")
    page.get_by_text("Zapisano o").wait_for()
    assert path.read_text(encoding="utf-8") == TEXT.replace(MEETING_1 + "\n" + MEETING_2, MEETING_2 + "\n" + MEETING_1)


def _two_tabs(web, page):
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    page.goto(web.url)
    other = page.context.new_page()
    _open(web, page)
    _open(web, other)
    return path, page, other


def test_an_edit_in_one_tab_follows_the_action_the_other_tab_moved(browser_page):
    web, page, _ = browser_page
    path, a, b = _two_tabs(web, page)
    _click(a, "gora:dzialania[1]")
    _click(a, "zapisz")
    a.get_by_text("Zapisano o").wait_for()
    assert b.input_value("[name='dzialania[0].id']") == "wniosek-do-prezydent"
    b.fill("[name='dzialania[0].termin.do']", "2026-04-15")
    _click(b, "zapisz")
    b.get_by_text("Nie zapisano: plik zmienił się na dysku").wait_for()
    _shot(b, "15-konflikt-przesuniete-dzialanie")
    assert b.get_by_text("Działanie 1 (wniosek-do-prezydent) › Termin › Do").count() == 1  # as B's form has it (rev-web16 #3)
    _click(b, "zapisz")
    b.get_by_text("Zapisano o").wait_for()
    moved = TEXT.replace(ACTION_1 + ACTION_2, ACTION_2 + ACTION_1)
    assert path.read_text(encoding="utf-8") == moved.replace(
        "alkoholu\n    termin:\n      do: 2026-03-31\n    partnerzy: [urzad-miejski]",
        "alkoholu\n    termin:\n      do: 2026-04-15\n    partnerzy: [urzad-miejski]", 1)


def _add(tab, ident: str, what: str) -> None:
    _click(tab, "dodaj:dzialania")
    tab.fill("[name='dzialania[6].id']", ident)
    tab.fill("[name='dzialania[6].opis']", what)
    tab.fill("[name='dzialania[6].termin.do']", "2026-05-05")
    _click(tab, "zapisz")


def test_actions_added_in_two_tabs_are_both_saved(browser_page):
    web, page, _ = browser_page
    path, a, b = _two_tabs(web, page)
    _add(a, "akcja-a", "Działanie dodane w karcie A")
    a.get_by_text("Zapisano o").wait_for()
    _add(b, "akcja-b", "Działanie dodane w karcie B")
    b.get_by_text("Nie zapisano: plik zmienił się na dysku").wait_for()
    _shot(b, "16-konflikt-dwa-dodane-dzialania")
    assert b.get_by_text("Zmienione w obu miejscach").count() == 0
    _click(b, "zapisz")
    b.get_by_text("Zapisano o").wait_for()
    saved = path.read_text(encoding="utf-8")
    first, second = saved.index("id: akcja-a"), saved.index("id: akcja-b")
    assert first < second < saved.index("# 4. Podmioty") and "Działanie dodane w karcie A" in saved
    assert "Działanie dodane w karcie B" in saved
