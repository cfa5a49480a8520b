"""The twenty-second web review (rev-web22) of issue 17 in the real browser, second part: the restore box of a
meeting removed on disk lists the form's changes of it in the page's order (Chromium through Playwright)."""

from __future__ import annotations

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture
from test_web_browser_rev_web17 import _open

PROTOCOL = "spotkania[0].protokol"


def test_a_removed_meetings_changes_are_listed_in_the_pages_order(browser_page):
    """Finding 5: the removed attendee was told last, below the protocol's point the page shows after it."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    page, path = _open(browser_page, text)
    with page.expect_navigation():
        page.click(f'button[value="usun:{PROTOCOL}.obecni[1]"]')
    page.wait_for_selector("#formularz")
    page.fill(f'[name="{PROTOCOL}.przebieg[3]"]', "B4")
    start, end = text.index("  - id: spotkanie-otwierajace"), text.index("  - id: spotkanie-podsumowujace")
    disk = (text[:start] + text[end:]).replace("[spotkanie-otwierajace, ", "[", 1)
    path.write_text(disk, encoding="utf-8")  # another tab removed the meeting
    with page.expect_navigation():
        page.click('button[value="zapisz"]')
    page.wait_for_selector("fieldset.wybor ul.zmiany li")
    _shot(page, "rev-web22-restore-order")
    told = page.locator("fieldset.wybor ul.zmiany li strong").all_inner_texts()
    assert told == ["Protokół spotkania › Uczestnik 2 › Imię i nazwisko", "Protokół spotkania › Uczestnik 2 › Funkcja",
                    "Protokół spotkania › Punkt przebiegu 4"], told
