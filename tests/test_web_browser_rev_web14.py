"""The fourteenth web review (rev-web14) of issue 17 in the real browser (Chromium through Playwright, 1366×768):
three tabs restoring one removed meeting, one removing an attendee, the other changing it, by clicks."""

from __future__ import annotations

import re

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture
from test_web_browser_rev_web13 import three_tabs_with_the_meeting_removed

from pismo.web.form import load

CASE = "sprawa"
SAVE_MINE = "text=Zapisz: moje zmiany na wersji z dysku"
ATTENDEES = "spotkania[0].protokol.obecni"


def test_three_tabs_one_removing_an_attendee_the_other_editing_it_restore_it_with_the_edit(browser_page):
    """Finding 1 (rev-web14's pw1.py): A removes Spotkanie 1; B removes attendee 1, C changes its function; both
    get the restore page, B saves from it, then C: „Zapisz” as offered wrote attendee 2 twice, C's edit nowhere."""
    before = [o["imie_nazwisko"]
              for o in load(WRZOSOGROD.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]]
    path, b, c = three_tabs_with_the_meeting_removed(browser_page)
    with b.expect_navigation():
        b.click(f'button[value="usun:{ATTENDEES}[0]"]')
    c.fill(f'[name="{ATTENDEES}[0].funkcja"]', "FUNKCJA C")
    for tab in (b, c):
        with tab.expect_navigation():
            tab.click('button[value="zapisz"]')
    with b.expect_navigation():
        b.click(SAVE_MINE)
    with c.expect_navigation():
        c.click(SAVE_MINE)
    _shot(c, "rev-web14-meeting-rm-vs-edit-C2")
    text = c.inner_text("main")
    assert re.search(r"Uczestnik 1 \([^)]+\) – usunięte na dysku, a w formularzu zmienione", text), text[:1500]
    assert "Wersja z dysku: (nie ma – usunięte)" not in text, text[:1500]
    with c.expect_navigation():
        c.click(SAVE_MINE)
    _shot(c, "rev-web14-meeting-rm-vs-edit-C3")
    obecni = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]
    assert [o["imie_nazwisko"] for o in obecni] == before and obecni[0]["funkcja"] == "FUNKCJA C"


def test_a_reorder_inside_a_meeting_another_tab_removed_asks_to_restore_it(browser_page):
    """Finding 6 (rev-web14's pw4.py): A removes Spotkanie 1; B (opened before) moves its Ustalenie 3 up and saves:
    the page promised the new order „zostanie naniesiona”, asked nothing, and „Zapisz” answered „Bez zmian”."""
    tasks = [u["tresc"]
             for u in load(WRZOSOGROD.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["ustalenia"]]
    path, b, _ = three_tabs_with_the_meeting_removed(browser_page)
    with b.expect_navigation():
        b.click('button[value="gora:spotkania[0].protokol.ustalenia[2]"]')
    with b.expect_navigation():
        b.click('button[value="zapisz"]')
    _shot(b, "rev-web14-move-in-removed-B1")
    text = b.inner_text("main")
    assert "usunięte na dysku, a w formularzu zmienione" in text, text[:1500]
    assert "Twoje zmiany z formularza (0)" in text, text[:1500]
    with b.expect_navigation():
        b.click(SAVE_MINE)
    _shot(b, "rev-web14-move-in-removed-B2")
    assert "Bez zmian" not in b.inner_text("main")
    ustalenia = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["ustalenia"]
    assert [u["tresc"] for u in ustalenia] == [tasks[0], tasks[2], tasks[1], *tasks[3:]]


def test_a_case_renamed_to_yml_is_named_once_never_offered_as_deleted(browser_page):
    """Finding 2 (rev-web14's pw3.py): after a web save the case file renamed to „.yml” showed two yellow boxes –
    „Pominięto pliki: sprawa.yml” and „Sprawy, których pliku nie ma już w folderze… sprawa”, whose restore made
    sprawa.yaml from an older version beside the newest text."""
    web, page, _ = browser_page
    path = web.folder / f"{CASE}.yaml"
    path.write_bytes(WRZOSOGROD.read_bytes())
    page.goto(web.url)
    with page.expect_navigation():
        page.click(f"a[href='/sprawy/{CASE}']")
    page.fill('[name="jednostka.miejscowosc"]', "Wrzosogród Dolny")
    with page.expect_navigation():
        page.click('button[value="zapisz"]')
    path.rename(web.folder / f"{CASE}.yml")
    page.goto(web.url.split('/?', 1)[0] + "/")
    _shot(page, "rev-web14-renamed-yml-list")
    text = page.inner_text("main")
    assert f"{CASE}.yml – zmień rozszerzenie na .yaml" in text and "nie ma już w folderze" not in text, text[:1500]
    page.goto(f"{web.url.split('/?', 1)[0]}/sprawy/{CASE}/historia")
    _shot(page, "rev-web14-renamed-yml-history")
    text = page.inner_text("main")
    assert f"{CASE}.yml" in text and "Przywróć" not in text, text[:1500]


def test_a_meeting_another_tab_removed_is_told_once_on_the_conflict_page(browser_page):
    """rev-web11's finding 6: a removed item was told field by field on the conflict page – the meeting's 40-odd
    fields each „→ (nie ma – usunięte)”, its empty ones too; once, by its identifier."""
    path, b, _ = three_tabs_with_the_meeting_removed(browser_page)
    b.fill('[name="jednostka.miejscowosc"]', "Wrzosogród B")
    with b.expect_navigation():
        b.click('button[value="zapisz"]')
    _shot(b, "rev-web14-removed-told-once")
    text = b.inner_text("main")
    assert "Spotkanie 1 (spotkanie-otwierajace): usunięte (cały element)" in text, text[:2000]
    assert "(nie ma – usunięte)" not in text and "Zmiany na dysku (1)" in text, text[:2000]
    with b.expect_navigation():
        b.click(SAVE_MINE)
    data = load(path.read_text(encoding="utf-8"))
    assert data["jednostka"]["miejscowosc"] == "Wrzosogród B"
    assert "spotkanie-otwierajace" not in [s["id"] for s in data["spotkania"]]
