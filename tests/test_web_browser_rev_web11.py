"""Two pages changed after the eleventh web review (rev-web11) of issue 17, in the real browser (Chromium
through Playwright, 1366×768): the preview's note when only the first few documents of a kind are shown, and the
„Nie zapisano” page of a post without the case form's marker."""

from __future__ import annotations

import shutil

import pytest

from helpers import LECZNA, MINIMAL_PDF
from test_pdf_rev_pdf1 import _with_addressees
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

CASE = LECZNA.stem


@pytest.fixture
def fake_pdf(monkeypatch):
    """A LibreOffice that makes a one-page PDF at once (the preview's pages are drawn by the real pdftoppm)."""
    from pismo.web import core

    converted = []
    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", lambda docx: converted.append(docx) or MINIMAL_PDF)
    return converted


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="brak pdftoppm (poppler-utils)")
def test_a_preview_of_five_invitations_says_it_shows_the_first_three(fake_pdf, browser_page):
    """The preview converts only the first 3 invitations of 5 and says so, pointing to the case page's
    downloads – a note the browser had never shown."""
    web, page, _ = browser_page
    _with_addressees(web.folder / LECZNA.name, 2)
    page.goto(web.url)  # the address with the token: the cookie
    page.goto(f"{web.url.split('/?', 1)[0]}/sprawy/{CASE}/podglad/zaproszenia")
    note = page.locator(".uwaga-ramka")
    note.wait_for()
    assert note.inner_text().startswith("Pokazano tu pierwsze 3 z 5 dokumentów tego rodzaju")
    assert note.is_visible() and page.locator("section.podglad").count() == 3 == len(fake_pdf)
    # on the first screen, above the documents – below three of them nobody scrolls to it
    assert note.bounding_box()["y"] + note.bounding_box()["height"] <= 768
    assert note.bounding_box()["y"] < page.locator("section.podglad").first.bounding_box()["y"]
    assert page.locator("img.strona").first.evaluate("img => img.complete && img.naturalWidth > 0")
    note.scroll_into_view_if_needed()
    _shot(page, "rev-web11-podglad-pierwsze-3-z-5")
    page.click(".uwaga-ramka a")
    page.wait_for_selector("#formularz")
    assert page.url.endswith(f"/sprawy/{CASE}")


def test_a_post_without_the_form_s_marker_is_told_in_polish_and_writes_nothing(browser_page):
    """A form whose „formularz” marker is gone (edited in devtools; a script) is refused with a Polish page that
    says nothing was written and what to do – the case file stays as it was."""
    web, page, _ = browser_page
    path = web.folder / LECZNA.name
    before = path.read_bytes()
    page.goto(web.url)
    page.click(f"a[href='/sprawy/{CASE}']")
    page.wait_for_selector("#formularz")
    page.evaluate("() => document.querySelector(\"#formularz input[name='formularz']\").remove()")
    page.fill("#f-jednostka-miejscowosc", "Łęczna Dolna")
    page.click("button[value='zapisz']")
    page.get_by_text("nic nie zapisano").wait_for()
    _shot(page, "rev-web11-nie-zapisano-bez-znacznika")
    assert page.locator("h1").inner_text() == "Nie zapisano"
    assert "Traceback" not in page.content() and path.read_bytes() == before
