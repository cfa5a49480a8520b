"""The twentieth web review (rev-web20) of issue 17 in the real browser (Chromium through Playwright, 1366×768)."""

from __future__ import annotations

import pytest

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture
from test_web_browser_rev_web17 import _open


def test_a_field_too_big_to_send_is_named_as_the_server_names_it(browser_page, monkeypatch):
    """Finding 1 (t8.py): the page's own check named a field outside list items by its bare label – „pole „Imię i
    nazwisko” ma 6 000 000 znaków”, one of many „Imię i nazwisko” (the body limit made small here: the same
    refusal, less to type)."""
    from pismo.web import app, texts

    monkeypatch.setattr(app, "MAX_FORM_BODY", 400_000)
    page, path = _open(browser_page, WRZOSOGROD.read_text(encoding="utf-8"))
    page.evaluate("n => { const a = document.querySelector('[name=\"osoby.komendant.imie_nazwisko\"]'); "
                  "a.value = 'ą'.repeat(n); a.dispatchEvent(new Event('input', {bubbles: true})); }", 130_002)
    page.click('button[value="zapisz"]')
    page.wait_for_selector("#zbyt-duzy", state="visible")
    _shot(page, "rev-web20-field-too-big")
    said = page.inner_text("#zbyt-duzy")
    named = texts.describe(("osoby", "komendant", "imie_nazwisko"))
    assert f"pole „{named}” ma 130\u00a0002 znaki" in said, said
    assert path.read_text(encoding="utf-8") == WRZOSOGROD.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [
    "Plan_dzialania_priorytetowego_rejon_XIII_Wrzosogrod_2026_wersja_ostateczna_poprawiona_po_uwagach_kierownika_"
    "kopia_2_do_druku_i_podpisu.txt",
    "a" * 300 + ".txt"])
def test_an_empty_uploads_long_name_stays_on_the_screen(browser_page, name):
    """Finding 3 (t15.py, t15b.py): the empty upload's error page showed a long name without blanks as one
    unbreakable run – past the text column and, longer, past the window's right edge."""
    web, page, _ = browser_page
    page.goto(web.url)
    page.set_input_files("#import-plik", files=[{"name": name, "mimeType": "text/plain", "buffer": b""}])
    page.fill("#import-nazwa", "z-importu")
    page.click("form[action='/import'] button")
    page.wait_for_selector("text=jest pusty (0 bajtów)")
    _shot(page, f"rev-web20-empty-upload-{len(name)}")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1366
    right = page.evaluate("() => document.querySelector('p.wazne').getBoundingClientRect().right")
    assert right <= 1366 - 24, right


@pytest.mark.parametrize("word", ["Wrzosogrodzka" * 25, "https://www.policja.gov.pl/dokumenty/zalaczniki/1/1-412345/"
                                  "Plan_dzialania_priorytetowego_Wrzosogrod_rejon_XIII_2026_zgloszenia-luty.pdf"])
def test_a_long_word_in_a_conflict_choice_wraps_inside_its_box(browser_page, word):
    """rev-web21 #2: a long word or link in „Twoja wersja” / „Wersja z dysku” ran over the box's border and off the
    window (3 712 px at 1366), the choice's label squeezed to a word a line – the value is a flex item, whose
    min-content width break-word does not lower."""
    page, path = _open(browser_page, WRZOSOGROD.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("miejscowosc: Wrzosogród", "miejscowosc: Wrzosogród Górny", 1), encoding="utf-8")
    page.fill('[name="jednostka.miejscowosc"]', word)
    page.click('button[value="zapisz"]')
    page.wait_for_selector("fieldset.wybor")
    _shot(page, f"rev-web21-conflict-long-{len(word)}")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1366
    box = page.locator("fieldset.wybor").first.bounding_box()
    for shown in page.locator("fieldset.wybor label.opcja, fieldset.wybor .wartosc").all():
        inner = shown.bounding_box()
        assert inner["x"] + inner["width"] <= box["x"] + box["width"], (inner, box)
        assert inner["height"] < 400, inner  # the label not squeezed to a word a line
