"""Two tabs that changed one list, in the real browser (Chromium through Playwright): an item tied to the disk's
only by its place is asked with nothing chosen, an item removed in one tab comes back whole, a move is saved
(findings 1, 5 and 6 of the ninth web review, rev-web9, of issue 17)."""

from __future__ import annotations

from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture
from test_web_browser_items import _click, _two_tabs
from test_web_items import ACTION_2, TEXT

from pismo.web.form import load

OBECNI = "spotkania[0].protokol.obecni"
CONFLICT = "Nie zapisano: plik zmienił się na dysku"


def test_a_person_tied_only_by_place_is_asked_and_nothing_is_chosen(browser_page):
    """Finding 1: tab A moved Uczestnik 2 up and corrected both moved entries; tab B's edit of Uczestnik 1 must
    not be written into the person now first without the user choosing it."""
    web, page, _ = browser_page
    path, a, b = _two_tabs(web, page)
    _click(a, f"gora:{OBECNI}[1]")
    a.fill(f"[name='{OBECNI}[0].funkcja']", "Przewodnicząca Rady Osiedla (A)")
    a.fill(f"[name='{OBECNI}[1].imie_nazwisko']", "asp. Anna Zmyślona")
    _click(a, "zapisz")
    a.get_by_text("Zapisano o").wait_for()
    disk = path.read_text(encoding="utf-8")
    b.fill(f"[name='{OBECNI}[0].funkcja']", "dzielnicowa (B)")
    _click(b, "zapisz")
    b.get_by_text(CONFLICT).wait_for()
    _shot(b, "rev-web9-1-konflikt-bez-identyfikatora")
    assert b.get_by_text("Nie da się pewnie ustalić").count() == 1
    radios = b.locator(f"input[type=radio][name='{OBECNI}[0].funkcja']")
    assert radios.count() == 2 and not radios.nth(0).is_checked() and not radios.nth(1).is_checked()
    assert b.evaluate("() => !document.querySelector('form.kolumna').checkValidity()")
    b.click("button[value='zapisz']")  # nothing chosen: the browser asks for a choice, nothing is sent
    b.wait_for_timeout(500)
    assert b.get_by_text(CONFLICT).count() == 1 and path.read_text(encoding="utf-8") == disk
    radios.nth(1).check()
    _click(b, "zapisz")
    b.get_by_text("Zapisano").first.wait_for()
    assert path.read_text(encoding="utf-8") == disk


def test_an_action_removed_in_one_tab_and_edited_in_the_other_comes_back_whole(browser_page):
    """Finding 6: „Twoja wersja” wrote a seventh action holding only the new deadline (no id, no text)."""
    web, page, _ = browser_page
    path, a, b = _two_tabs(web, page)
    _click(a, "usun:dzialania[0]")
    _click(a, "zapisz")
    a.get_by_text("Zapisano o").wait_for()
    b.fill("[name='dzialania[0].termin.do']", "2026-04-15")
    _click(b, "zapisz")
    b.get_by_text(CONFLICT).wait_for()
    _shot(b, "rev-web9-6-konflikt-usuniete-dzialanie")
    assert b.get_by_text("Działanie 1 (wniosek-do-prezydent) – usunięte na dysku, a w formularzu zmienione").count() == 1
    assert b.get_by_label("Przywróć cały usunięty element, z Twoimi zmianami").is_checked()
    _click(b, "zapisz")
    b.get_by_text("Zapisano o").wait_for()
    actions = load(path.read_text(encoding="utf-8"))["dzialania"]
    assert [x["id"] for x in actions] == [x["id"] for x in load(TEXT)["dzialania"]]
    assert str(actions[0]["termin"]["do"]) == "2026-04-15" and actions[0]["opis"] == load(TEXT)["dzialania"][0]["opis"]


def test_a_move_in_the_tab_that_meets_the_conflict_is_saved(browser_page):
    """Finding 5: tab B's „W górę” was dropped in silence when tab A had saved another change meanwhile."""
    web, page, _ = browser_page
    path, a, b = _two_tabs(web, page)
    a.fill("[name='dzialania[2].termin.do']", "2026-07-31")
    _click(a, "zapisz")
    a.get_by_text("Zapisano o").wait_for()
    _click(b, "gora:dzialania[2]")
    b.fill("[name='dzialania[0].termin.do']", "2026-04-15")
    _click(b, "zapisz")
    b.get_by_text(CONFLICT).wait_for()
    _shot(b, "rev-web9-5-konflikt-przesuniecie")
    assert b.get_by_text("nowa kolejność elementów, jak w formularzu").count() == 1
    _click(b, "zapisz")
    b.get_by_text("Zapisano o").wait_for()
    saved = path.read_text(encoding="utf-8")
    assert [x["id"] for x in load(saved)["dzialania"]][:3] == ["wniosek-do-prezydent", "wspolne-patrole",
                                                              "wniosek-do-strazy"]
    assert "do: 2026-07-31" in saved and "do: 2026-04-15" in saved and ACTION_2 in saved
