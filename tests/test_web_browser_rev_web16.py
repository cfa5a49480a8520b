"""The sixteenth web review (rev-web16) of issue 17 in the real browser (Chromium through Playwright, 1366×768): a
form too big to be sent stays in its page, Enter in a one-line field never presses a list button."""

from __future__ import annotations

from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

CASE = "sprawa"
TOWN = "jednostka.miejscowosc"


def _opened(browser_page):
    web, page, _ = browser_page
    path = web.folder / f"{CASE}.yaml"
    path.write_bytes(WRZOSOGROD.read_bytes())
    page.goto(web.url)
    page.click(f"a[href='/sprawy/{CASE}']")
    page.wait_for_selector("#formularz")
    return web, page, path


def test_a_form_too_big_to_send_stays_in_its_page_with_every_edit(browser_page, monkeypatch):
    """Finding 9 (t22.py): an 11 MB paste – „Zapisz” sent the form the live check had just seen refused and the
    page became „Formularz jest zbyt duży” with no form: every unsaved edit was lost, Back showed the disk's. The
    page now keeps the form and says what to do (the limit is made small here: the same refusal, less to type)."""
    from pismo.web import app

    monkeypatch.setattr(app, "MAX_FORM_BODY", 400_000)
    web, page, path = _opened(browser_page)
    before = path.read_bytes()
    page.fill(f'[name="{TOWN}"]', "Wrzosogród EDYCJA")
    page.evaluate("t => { const a = document.querySelector('[name=\"zagrozenie.opis\"]'); a.value = t; "
                  "a.dispatchEvent(new Event('input', {bubbles: true})); }", "Zażółć gęślą jaźń. " * 30_000)
    page.click('button[value="zapisz"]')
    page.wait_for_selector("#zbyt-duzy", state="visible")
    page.wait_for_timeout(1500)  # a submit, were it made, would have left the page by now
    _shot(page, "rev-web16-form-too-big")
    assert page.input_value(f'[name="{TOWN}"]') == "Wrzosogród EDYCJA"
    assert "Formularz jest zbyt duży, by go wysłać" in page.inner_text("#zbyt-duzy")
    assert path.read_bytes() == before


def test_enter_in_a_one_line_field_saves_and_never_adds_an_item(browser_page):
    """Finding 7 (t19.py): the form's first submit button was „Dodaj: dzielnicowy” – Enter in „Miejscowość” (the
    habit of confirming a field) added an empty „Dzielnicowy”, and the next „Zapisz” wrote `dzielnicowi: - {}`, a
    case that could no longer make documents. Enter saves now, as „Zapisz” does."""
    from pismo.web.form import load

    web, page, path = _opened(browser_page)
    people = load(path.read_text(encoding="utf-8"))["osoby"]
    for field, value in ((TOWN, "Wrzosogród Nowy"), ("spotkania[0].protokol.obecni[1].funkcja", "FUNKCJA E")):
        page.fill(f'[name="{field}"]', value)
        with page.expect_navigation():
            page.press(f'[name="{field}"]', "Enter")
        _shot(page, "rev-web16-enter-saved")
        assert "Zapisano" in page.inner_text("main") and page.input_value(f'[name="{field}"]') == value
        data = load(path.read_text(encoding="utf-8"))
        assert data["osoby"] == people and not page.query_selector(".pole.z-bledem")
    assert data["jednostka"]["miejscowosc"] == "Wrzosogród Nowy"
    assert data["spotkania"][0]["protokol"]["obecni"][1]["funkcja"] == "FUNKCJA E"
