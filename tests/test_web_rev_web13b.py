"""The thirteenth web review (rev-web13) of issue 17, its low findings: a checkbox the disk set to a text on the
conflict page, a dictionary form both sides confirmed, a restored partner's untouched text, one item numbered
two ways on the conflict page, a deleted case file's history."""

from __future__ import annotations

import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web.form import load


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _first_kolegialny() -> str:
    """The posted name of the file's first „kolegialny: true” (the one _checkbox_page sets to a text)."""
    for p, partner in enumerate(load(TEXT)["partnerzy"]):
        for a, adresat in enumerate(partner.get("adresaci", [])):
            if adresat.get("kolegialny") is True:
                return f"partnerzy[{p}].adresaci[{a}].kolegialny"
    raise AssertionError("the example has no adresat with „kolegialny: true”")


_KOLEGIALNY = _first_kolegialny()


def _checkbox_page(web, form_edit: tuple[str, str | None]) -> str:
    """The conflict page after the disk set Partner 3's first adresat's „Organ kolegialny” to the text „tak”
    while the form made form_edit (a field and its value; None unticks the box)."""
    path = web.folder / "sprawa.yaml"
    assert TEXT.count("kolegialny: true           #") == 1, "the example no longer reads as this test expects"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    key, value = form_edit
    fields = [pair for pair in fields if pair[0] != key] if value is None else _replace(fields, key, value)
    path.write_text(TEXT.replace("kolegialny: true           #", "kolegialny: tak            #", 1), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 409, _words(body.decode())[:2000]
    return _words(body.decode())


def test_a_checkbox_the_disk_set_to_a_text_is_shown_as_that_text(web):
    """Finding 7: the disk set „Organ kolegialny” to the text „tak” while the form changed the phone: the conflict
    page listed „tak → tak” – a change shown as none, the disk's invalid value hidden."""
    page = _checkbox_page(web, ("jednostka.telefon", "47 855 10 01"))
    told = page[page.index("Organ kolegialny"):][:200]
    assert "tak → tak" not in told and "„tak”" in told, told


def test_a_checkbox_unticked_in_the_form_and_set_to_a_text_on_disk_shows_both(web):
    """Finding 7, the form unticking the box: „Twoja wersja: nie / Wersja z dysku: tak / Przed zmianami: tak” –
    the disk's change invisible."""
    page = _checkbox_page(web, (_KOLEGIALNY, None))
    asked = page[page.index("Zmienione w obu miejscach"):][:600]
    assert "Wersja z dysku: „tak”" in asked and "Przed zmianami: tak" in asked, asked


def test_a_dictionary_form_another_tab_already_wrote_asks_nothing(web):
    """Finding 6: „Potwierdź i zapisz” while `pismo odmien` (or another tab's confirmation) wrote the same form:
    a conflict page with „(0)” on both sides and a sentence about fields „wyżej wymienione” – none were. Both
    sides made the same change: no page, the file already holds it, and the notice says so."""
    from test_web_rev_web12 import DOPELNIACZ

    assert DOPELNIACZ in TEXT
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT.replace(DOPELNIACZ, "", 1), encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    assert ("jednostka.nazwa.dopelniacz.__slownik", "Komendy Miejskiej Policji we Wrzosogrodzie") in fields
    path.write_text(TEXT, encoding="utf-8")  # the form as pismo odmien writes it
    before = path.read_bytes()
    status, headers, body = web.post("/sprawy/sprawa", fields + [("akcja", "potwierdz:jednostka.nazwa.dopelniacz")])
    assert status == 303, _words(body.decode())[:2000]
    assert path.read_bytes() == before
    page = _words(web.get(headers["Location"])[2].decode())
    assert "ma już" in page and "nic nie zapisano" in page.lower(), page[:1500]
    assert load(path.read_text(encoding="utf-8"))["jednostka"]["nazwa"]["dopelniacz"] == DOPELNIACZ.split(": ")[1].strip()


def test_an_item_told_only_by_its_place_is_numbered_as_in_the_form(web):
    """Finding 10: the form moved Ustalenie 3 up („w górę”) and changed its Termin while Notepad edited its Treść:
    the conflict page's „sprawdź” block called it „Ustalenie 3” (its place on disk), the question right under it
    „Ustalenie 2” (its place in the form, as elsewhere on the page)."""
    path = web.folder / "sprawa.yaml"
    tresc = "Zamieszczenie informacji o planie na tablicach osiedlowych."
    assert TEXT.count(tresc) == 1
    path.write_text(TEXT, encoding="utf-8")
    page = web.post("/sprawy/sprawa", _form_fields(web.get("/sprawy/sprawa")[2].decode())
                    + [("akcja", "gora:spotkania[0].protokol.ustalenia[2]")])[2].decode()
    fields = _replace(_form_fields(page), "spotkania[0].protokol.ustalenia[1].termin", "2026-04-15")
    path.write_text(TEXT.replace(tresc, tresc.replace("informacji", "ogłoszeń")), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page = _words(body.decode())
    assert status == 409 and "Nie da się pewnie ustalić" in page, page[:3000]
    named = set(re.findall(r"Ustalenie \d", page[page.index("Nie da się pewnie"):page.index("Wszystkie różnice")]))
    assert named == {"Ustalenie 2"}, page[page.index("Nie da się pewnie"):][:1500]


def test_a_deleted_case_file_is_offered_back_from_its_history(web):
    """Finding 11: a case file deleted (or moved away) in Explorer keeps its versions in the history, but the web
    led nowhere to them: the list did not show the case, its page said only „W folderze nie ma sprawy”, its
    history was 404. The list and the case's page lead to the history; a version restored makes the file anew."""
    from test_web_rev_web10b import _saved_after_edit
    from test_web_rev_web12 import _restore, _versions

    path = web.folder / "sprawa.yaml"
    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    path.unlink()
    listing = web.get("/")[2].decode()
    assert 'href="/sprawy/sprawa/historia"' in listing, _words(listing)[:2000]
    status, _, body = web.get("/sprawy/sprawa")
    assert status == 404 and 'href="/sprawy/sprawa/historia"' in body.decode(), _words(body.decode())[:1000]
    assert "w historii" in _words(body.decode())
    name = _versions(web)[0]
    page = web.get(f"/sprawy/sprawa/historia/{name}")
    assert page[0] == 200 and "nie ma już w folderze" in _words(page[2].decode()), _words(page[2].decode())[:1500]
    status, headers, _ = _restore(web, name)
    assert status == 303 and path.read_text(encoding="utf-8") == TEXT
    notice = _words(web.get(headers["Location"])[2].decode())
    assert "utworzono na nowo" in notice and "wersja sprzed przywrócenia" not in notice, notice[:1000]
    assert "nie ma już w folderze" not in _words(web.get("/")[2].decode())  # back on the list as a case


def test_a_restored_partner_keeps_its_adresat_text_byte_for_byte(web):
    """Finding 8: A removed Partner 1, B changed its adresat's function and restored it from the conflict page:
    the adresat lost its end-of-line comment („# kobieta: …”) and „powitanie” moved to its end. Only the
    changed line differs from the file before the removal."""
    path = web.folder / "sprawa.yaml"
    line = "          funkcja: Prezydent Miasta Wrzosogrodu\n"
    assert TEXT.count(line) == 1 and "      - id: prezydent-miasta       # kobieta:" in TEXT
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    page = web.post("/sprawy/sprawa", tabs[0] + [("akcja", "usun:partnerzy[0]")])[2].decode()
    assert web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])[0] == 303
    fields = _replace(tabs[1], "partnerzy[0].adresaci[0].osoba.funkcja", "FUNKCJA B")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 409 and "usunięte na dysku" in body.decode()
    assert web.post("/sprawy/sprawa", _conflict_form(body.decode()))[0] == 303
    assert path.read_text(encoding="utf-8") == TEXT.replace(line, "          funkcja: FUNKCJA B\n")


@pytest.mark.parametrize("dash", ["  -   # drugi wniosek\n    id: wniosek-do-strazy\n",
                                  "  -\n\n    id: wniosek-do-strazy\n",
                                  "  -   # drugi wniosek\n    # jeszcze jedna uwaga\n\n    id: wniosek-do-strazy\n"])
def test_an_items_dash_with_its_comment_on_a_line_of_their_own_stays(web, dash):
    """Finding 4 of the twelfth web review (rev-web12): an item written with its dash and a comment on a line of
    their own („-   # drugi wniosek”, fields below): editing one of its fields moved the comment under the
    PREVIOUS item and rewrote the dash line; a blank line after a bare dash moved above it."""
    from test_web_rev_web10b import _saved_after_edit

    old = "  - id: wniosek-do-strazy\n"
    assert TEXT.count(old) == 1 and "      do: 2026-03-31\n" in TEXT.split(old)[1].split("  - id:")[0]
    text = TEXT.replace(old, dash, 1)
    saved = _saved_after_edit(web, text, "dzialania[1].termin.do", "2026-04-30").decode("utf-8")
    i = text.index(dash)
    assert saved == text[:i] + text[i:].replace("      do: 2026-03-31\n", "      do: 2026-04-30\n", 1)


def test_a_restored_meeting_keeps_its_text_byte_for_byte(web):
    """Finding 11 of the twelfth web review (rev-web12): A removed Spotkanie 1, B changed attendee 2's function and
    restored it from the conflict page: its „przebieg” paragraphs were reflowed and the blank line after it
    dropped. Only the changed line differs from the file before the removal."""
    path = web.folder / "sprawa.yaml"
    line = "          funkcja: Przewodnicząca Rady Osiedla Wrzosowisko\n"
    assert TEXT.count(line) == 1
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    page = web.post("/sprawy/sprawa", tabs[0] + [("akcja", "usun:spotkania[0]")])[2].decode()
    assert web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])[0] == 303
    fields = _replace(tabs[1], "spotkania[0].protokol.obecni[1].funkcja", "FUNKCJA B")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 409 and "usunięte na dysku" in body.decode()
    assert web.post("/sprawy/sprawa", _conflict_form(body.decode()))[0] == 303
    assert path.read_text(encoding="utf-8") == TEXT.replace(line, "          funkcja: FUNKCJA B\n")
