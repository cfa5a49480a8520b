"""The twenty-second web review (rev-web22) of issue 17 in the real browser (Chromium through Playwright, 1366×768)."""

from __future__ import annotations

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture
from test_web_browser_rev_web17 import _open


def test_a_choices_label_stays_on_one_line_beside_a_long_value(browser_page):
    """Finding 4: „Wersja z dysku:” was squeezed to a word a line („Wersja / z / dysku:”) beside an ordinary long
    value – bare text in a flex label shrinks before the value does."""
    page, path = _open(browser_page, WRZOSOGROD.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("miejscowosc: Wrzosogród", "miejscowosc: " + "Wrzosogród Górny nad Rzeką " * 8, 1),
                    encoding="utf-8")
    page.fill('[name="jednostka.miejscowosc"]', "Wrzosogród Dolny")
    page.click('button[value="zapisz"]')
    page.wait_for_selector("fieldset.wybor")
    _shot(page, "rev-web22-conflict-label")
    labels = page.locator("fieldset.wybor label.opcja .etykieta").all()
    assert len(labels) == 2
    heights = [label.bounding_box()["height"] for label in labels]
    value = page.locator("fieldset.wybor .wartosc").nth(1).bounding_box()["height"]
    assert all(height < 40 for height in heights) and value > 40, (heights, value)  # one line beside two
