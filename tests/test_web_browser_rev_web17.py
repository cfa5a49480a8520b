"""The seventeenth web review (rev-web17) of issue 17 in the real browser (Chromium through Playwright, 1366×768):
the live check and „Zapisz” send the same body, so a check never holds a save the server would take."""

from __future__ import annotations

import re



from helpers import WRZOSOGROD
from test_web_browser import _shot, browser_page  # noqa: F401 - browser_page: the fixture

TOWN = "jednostka.miejscowosc"


def _with_actions(extra: int) -> str:
    """The example with `extra` more actions, each a copy of its first: many fields, little text."""
    base = WRZOSOGROD.read_text(encoding="utf-8")
    found = re.search(r"\ndzialania:\n(.*?)\n(?=\S)", base, re.S)
    first = found.group(1).split("\n  - id: ")[1]
    copies = "".join(f"\n  - id: dod-{i}{first[first.index(chr(10)):].rstrip()}" for i in range(extra))
    return base.replace(found.group(0), "\ndzialania:\n" + found.group(1) + copies + "\n", 1)


def _open(browser_page, text: str):
    web, page, _ = browser_page
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    page.goto(web.url)
    page.click("a[href='/sprawy/sprawa']")
    page.wait_for_selector("#formularz")
    return page, path


def test_a_case_of_more_than_a_thousand_fields_saves(browser_page):
    """Finding 2 (t3.py, t3b.py): the live check posted the form as multipart, whose parser refuses more than 1000
    parts; its 413 held „Zapisz” with „Formularz jest zbyt duży” – a 30 KB case of 30 actions could not be saved
    at all. The check now sends what the save sends (urlencoded), so it is refused only when the save would be."""
    page, path = _open(browser_page, _with_actions(40))
    fields = page.evaluate("() => Array.from(new FormData(document.getElementById('formularz')).keys()).length")
    assert fields > 1200
    page.fill(f'[name="{TOWN}"]', "Wrzosogród EDYCJA")
    page.wait_for_timeout(1500)  # the live check has answered
    assert page.is_hidden("#zbyt-duzy")
    with page.expect_navigation(timeout=120_000):
        page.click('button[value="zapisz"]')
    _shot(page, "rev-web17-many-fields-saved")
    assert "Zapisano" in page.inner_text("main")
    assert "Wrzosogród EDYCJA" in path.read_text(encoding="utf-8")



def test_the_check_weighs_the_body_the_save_sends(browser_page, monkeypatch):
    """Finding 2, „Not concluded” (t19.py): a Polish letter is 2 bytes in the check's multipart body but 6 in the
    save's urlencoded one, so a form the check let through could be refused by the save – the page then left for
    one without the form, every edit lost. The check sends the save's own body (the limit made small here)."""
    from pismo.web import app

    monkeypatch.setattr(app, "MAX_FORM_BODY", 400_000)
    page, path = _open(browser_page, WRZOSOGROD.read_text(encoding="utf-8"))
    before = path.read_bytes()
    page.fill(f'[name="{TOWN}"]', "Wrzosogród EDYCJA")
    page.evaluate("n => { const a = document.querySelector('[name=\"zagrozenie.opis\"]'); a.value = 'ą'.repeat(n); "
                  "a.dispatchEvent(new Event('input', {bubbles: true})); }", 90_000)
    page.click('button[value="zapisz"]')
    page.wait_for_selector("#zbyt-duzy", state="visible")
    page.wait_for_timeout(1500)  # a submit, were it made, would have left the page by now
    assert page.input_value(f'[name="{TOWN}"]') == "Wrzosogród EDYCJA"
    assert path.read_bytes() == before


def test_a_long_unbroken_value_or_name_keeps_the_list_on_the_screen(browser_page):
    """Finding 6 (t17.py): `rejon.numer` of 1 600 letters without a space, or a case named with 170 letters,
    pushed „Okres”, „Stan” and the buttons of every case off the 1 366 px screen (scrollWidth 10 433 / 1 865)."""
    web, page, _ = browser_page
    text = WRZOSOGROD.read_text(encoding="utf-8")
    long = re.sub(r"(?m)^(  numer: ).*$", lambda m: m.group(1) + "XIII" * 400, text, count=1)
    assert long != text
    (web.folder / "dluga.yaml").write_text(long, encoding="utf-8")
    (web.folder / ("bardzo-dluga-nazwa-sprawy-" + "x" * 150 + ".yaml")).write_text(text, encoding="utf-8")
    (web.folder / "zwykla.yaml").write_text(text, encoding="utf-8")
    page.goto(web.url)
    page.wait_for_selector("table.sprawy")
    _shot(page, "rev-web17-list-long")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1366
    assert page.is_visible("text=Najbliższy termin")
    heights = page.evaluate("() => [...document.querySelectorAll('.stan')].map(e => e.getClientRects().length)")
    assert heights and set(heights) == {1}, heights  # „goto / wa”: a status is one word, never broken


def test_a_form_too_big_to_send_names_the_field_over_its_own_limit(browser_page, monkeypatch):
    """rev-web17 #3, second symptom (t10.py): 1,3 million „ą” pasted into „Opis zagrożenia” – a body too big to
    send – was told „sprawa może mieć najwyżej 2 000 000 znaków tekstu”, not the field and its own 100 000 (the
    body limit made small here: the same refusal, less to type)."""
    from pismo.web import app

    monkeypatch.setattr(app, "MAX_FORM_BODY", 400_000)
    page, path = _open(browser_page, WRZOSOGROD.read_text(encoding="utf-8"))
    page.evaluate("n => { const a = document.querySelector('[name=\"zagrozenie.opis\"]'); a.value = 'ą'.repeat(n); "
                  "a.dispatchEvent(new Event('input', {bubbles: true})); }", 130_002)
    page.click('button[value="zapisz"]')
    page.wait_for_selector("#zbyt-duzy", state="visible")
    _shot(page, "rev-web17-field-too-big")
    said = page.inner_text("#zbyt-duzy")
    assert ("pole „1. Charakterystyka zdiagnozowanego zagrożenia › Opis zagrożenia” ma 130\u00a0002 znaki, a jedno "
            "pole może mieć najwyżej 100\u00a0000") in said, said  # named as the server names it (rev-web20 #1)
    assert "2\u00a0000\u00a0000" not in said and "Skróć ten tekst" in said, said
    page.evaluate("n => { const fields = [...document.querySelectorAll('#formularz textarea, #formularz input[type=text]')]; "
                  "fields.forEach(a => { if (a.value.length > n) { a.value = 'krótko'; } }); "
                  "fields.slice(0, 21).forEach(a => { a.value = 'ą'.repeat(n); }); "
                  "fields[0].dispatchEvent(new Event('input', {bubbles: true})); }", 99_000)
    page.click('button[value="zapisz"]')
    page.wait_for_timeout(1500)
    said = page.inner_text("#zbyt-duzy")  # no field over its own limit: the whole form's, with its size
    assert re.search(r"formularz ma 2\u00a0\d{3}\u00a0\d{3} znak\w* tekstu, a sprawa może mieć najwyżej "
                     r"2\u00a0000\u00a0000", said), said
    assert path.read_text(encoding="utf-8") == WRZOSOGROD.read_text(encoding="utf-8")
