"""The fifteenth web review (rev-web15) of issue 17 in the real browser (Chromium through Playwright, 1366×768): a
paragraph break on a line of only spaces joined in a textarea, an empty row beside an attendee another tab removed."""

from __future__ import annotations

import re

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

from pismo.web.form import load

CASE = "sprawa"
ATTENDEES = "spotkania[0].protokol.obecni"


def _opened(browser_page, text: str):
    web, page, _ = browser_page
    path = web.folder / f"{CASE}.yaml"
    path.write_text(text, encoding="utf-8")
    page.goto(web.url)
    page.click(f"a[href='/sprawy/{CASE}']")
    page.wait_for_selector("#formularz")
    return web, page, path


def test_paragraphs_joined_in_a_textarea_stay_joined_over_a_line_of_only_spaces(browser_page):
    """Finding 1 (pw5.py): the empty line between two paragraphs of „Opis zagrożenia” written as four spaces; the
    officer joins the paragraphs, „Zapisz” said „Zapisano” and the reloaded form showed the empty line again."""
    text = WRZOSOGROD.read_text(encoding="utf-8").replace("nietrzeźwymi.\n\n", "nietrzeźwymi.\n    \n")
    _, page, path = _opened(browser_page, text)
    area = page.locator('[name="zagrozenie.opis"]')
    value = area.input_value()
    assert "nietrzeźwymi.\n\nW godzinach" in value
    area.fill(value.replace("nietrzeźwymi.\n\nW godzinach", "nietrzeźwymi.\nW godzinach"))
    with page.expect_navigation():
        page.click('button[value="zapisz"]')
    _shot(page, "rev-web15-joined-paragraphs-saved")
    assert "Zapisano" in page.inner_text("main")
    page.reload()
    _shot(page, "rev-web15-joined-paragraphs-reloaded")
    assert "nietrzeźwymi.\nW godzinach" in page.locator('[name="zagrozenie.opis"]').input_value()
    assert "\n\n" not in load(path.read_text(encoding="utf-8"))["zagrozenie"]["opis"]


def test_an_empty_row_another_tab_added_beside_a_removed_attendee_is_not_asked_as_it(browser_page):
    """Finding 3: tab A removes Uczestnik 1 and adds an empty row, tab B changes Uczestnik 1's Funkcja: the page
    claimed a reorder and a cleared name and „Twoja wersja” wrote a nameless attendee; now it asks to restore."""
    web, a, path = _opened(browser_page, WRZOSOGROD.read_text(encoding="utf-8"))
    names = [o["imie_nazwisko"] for o in load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]]
    b = a.context.new_page()
    b.goto(f"{web.url.split('/?', 1)[0]}/sprawy/{CASE}")
    b.wait_for_selector("#formularz")
    for step in (f"usun:{ATTENDEES}[0]", f"dodaj:{ATTENDEES}", "zapisz"):
        with a.expect_navigation():
            a.click(f'button[value="{step}"]')
    b.fill(f'[name="{ATTENDEES}[0].funkcja"]', "FUNKCJA B")
    with b.expect_navigation():
        b.click('button[value="zapisz"]')
    _shot(b, "rev-web15-empty-row-beside-removed")
    text = b.inner_text("main")
    assert re.search(r"Uczestnik 1 \([^)]+\) – usunięte na dysku, a w formularzu zmienione", text), text[:1500]
    assert "kolejność" not in text and "Nie da się pewnie" not in text, text[:1500]
    with b.expect_navigation():
        b.click("text=Zapisz: moje zmiany na wersji z dysku")
    obecni = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]
    assert [o.get("imie_nazwisko") for o in obecni] == names + [None] and obecni[0]["funkcja"] == "FUNKCJA B"
