"""The thirteenth web review (rev-web13) of issue 17: a restore by three tabs of an item with nested lists, a
case file put back while its form was open, a history version in ISO-8859-2, Tabs pismo's reader accepts, the
placeholder signs of a new period."""

from __future__ import annotations

import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web.form import load


def _three_tabs_restore(web, removed: str, b_edits: dict, c_edits: dict):
    """Tabs A, B, C open the case; A removes an item and saves; B and C each change fields of it and get the
    restore page; B saves from it. C's answer to its own restore page, and the file."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(3)]
    page = web.post("/sprawy/sprawa", tabs[0] + [("akcja", f"usun:{removed}")])[2].decode()
    assert web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])[0] == 303
    pages = []
    for fields, edits in ((tabs[1], b_edits), (tabs[2], c_edits)):
        for key, value in edits.items():
            fields = _replace(fields, f"{removed}.{key}", value)
        status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
        assert status == 409 and "usunięte na dysku" in body.decode()
        pages.append(body.decode())
    assert web.post("/sprawy/sprawa", _conflict_form(pages[0]))[0] == 303
    return web.post("/sprawy/sprawa", _conflict_form(pages[1])), path


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_three_tabs_restoring_a_meeting_keep_an_attendee_edit_on_its_attendee(web):
    """Finding 2: B restored Spotkanie 1 with attendee 2's function changed, C with attendee 1's: C's edit was
    asked about a non-existent „Uczestnik 5” and written as a new nameless attendee, the real one unchanged."""
    (status, _, body), path = _three_tabs_restore(
        web, "spotkania[0]", {"protokol.obecni[1].funkcja": "FUNKCJA B"}, {"protokol.obecni[0].funkcja": "FUNKCJA C"})
    page = body.decode()
    assert "Zmienione w obu miejscach" not in page and "Uczestnik 5" not in page, _words(page)[:3000]
    if status == 409:
        status = web.post("/sprawy/sprawa", _conflict_form(page))[0]
    assert status == 303
    meeting = load(path.read_text(encoding="utf-8"))["spotkania"][0]
    obecni = meeting["protokol"]["obecni"]
    before = load(TEXT)["spotkania"][0]["protokol"]["obecni"]
    assert [o.get("imie_nazwisko") for o in obecni] == [o.get("imie_nazwisko") for o in before]
    assert [o.get("funkcja") for o in obecni[:2]] == ["FUNKCJA C", "FUNKCJA B"]


def test_three_tabs_restoring_a_partner_keep_an_adresat_edit_on_its_adresat(web):
    """Finding 2's class with identifiers: Partner 1 restored by B (its tasks) and C (its adresat's function)."""
    (status, _, body), path = _three_tabs_restore(
        web, "partnerzy[0]", {"zadania": "ZADANIA B"}, {"adresaci[0].osoba.funkcja": "FUNKCJA C"})
    page = body.decode()
    assert "Zmienione w obu miejscach" not in page and "Adresat 2" not in page, _words(page)[:3000]
    if status == 409:
        status = web.post("/sprawy/sprawa", _conflict_form(page))[0]
    assert status == 303
    partner = load(path.read_text(encoding="utf-8"))["partnerzy"][0]
    assert partner["zadania"] == "ZADANIA B"
    assert [(a.get("id"), a["osoba"]["funkcja"]) for a in partner["adresaci"]] == [("prezydent-miasta", "FUNKCJA C")]



def test_a_case_file_put_back_with_another_edit_is_merged_against_the_version_the_page_came_from(web):
    """Finding 1: the file moved away while the form was open came back (a sync tool, a second tab) with another
    edit before the second „Zapisz”: the conflict page said „Nie da się już ustalić, od której wersji zaczęto
    edycję (np. program uruchomiono ponownie)” – untrue, the page carries it („bazowa”) – and offered only the
    whole form (undoing the other edit) or the disk. Both edits are merged field by field."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    path.rename(web.folder / "przeniesiona.txt")
    status, _, body = web.post("/sprawy/sprawa", _replace(fields, "jednostka.miejscowosc", "Wrzosogród Dolny")
                               + [("akcja", "zapisz")])
    assert status == 409 and "nie ma już pliku" in body.decode()
    assert "telefon: 47 855 10 00\n" in TEXT
    path.write_text(TEXT.replace("telefon: 47 855 10 00\n", "telefon: 11 111 11 11\n", 1), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", _form_fields(body.decode()) + [("akcja", "zapisz")])
    page = _words(body.decode())
    assert status == 409 and "Nie da się już ustalić" not in page, page[:3000]
    assert "Zmienione w obu miejscach" not in page and "Wrzosogród → Wrzosogród Dolny" in page, page[:3000]
    assert web.post("/sprawy/sprawa", _conflict_form(body.decode()))[0] == 303
    saved = load(path.read_text(encoding="utf-8"))["jednostka"]
    assert (saved["miejscowosc"], saved["telefon"]) == ("Wrzosogród Dolny", "11 111 11 11")


def test_a_new_period_tells_no_placeholder_sign_as_a_copied_one(web):
    """Finding 9: „Nowy okres” writes one placeholder sign into every letter; the new case's page told three of
    them as duplicate signs („ma już pismo wnioski[0].pismo (wiersz 314) … czy to skopiowany wniosek”)."""
    (web.folder / "stary.yaml").write_text(TEXT, encoding="utf-8")
    status, headers, _ = web.post("/nowy-okres", {"nazwa": "nowy", "z": "stary", "csrf": web.csrf})
    assert status == 303
    assert (web.folder / "nowy.yaml").read_text(encoding="utf-8").count("UZUPEŁNIJ znak pisma") > 1
    page = _words(web.get(headers["Location"])[2].decode())
    assert "do uzupełnienia" in page
    assert "ma już pismo" not in page and "UZUPEŁNIJ znak pisma” ma" not in page, page[page.find("ma już"):][:400]


def test_a_copied_sign_is_named_by_the_forms_words(web):
    """Finding 9's other half: a real duplicate sign named its first letter by a YAML path and a line number."""
    sign = re.search(r"(?m)^      znak: (\S.*?)\s*(#.*)?$", TEXT)
    assert sign, "the example's letters no longer read as this test expects"
    (web.folder / "sprawa.yaml").write_text(re.sub(r"(?m)^(      znak: )\S.*?(\s*#.*)?$",
                                                   lambda m: m.group(1) + sign.group(1), TEXT), encoding="utf-8")
    page = _words(web.get("/sprawy/sprawa")[2].decode())
    assert "ma już pismo" in page, page[:3000]
    told = page[page.index("ma już pismo"):][:300]
    assert "[0]" not in told and "wiersz" not in told and "Dane pisma" in told, told


def test_a_history_version_in_iso_8859_2_is_restored_with_its_letters(web):
    """Finding 4: a version saved in ISO-8859-2 (Notepad++, an older Linux editor) was shown and restored as
    Windows-1250 – „±” for „ą”, „¶” for „ś”, „Ľ” for „ź” written under „z tymi samymi literami”."""
    from test_web_rev_web10b import _saved_after_edit
    from test_web_rev_web12 import NOTEPAD, _restore, _versions

    latin2 = NOTEPAD.encode("iso-8859-2", "replace")
    text = latin2.decode("iso-8859-2")
    assert all(letter in text for letter in "ąśź") and latin2 != text.encode("cp1250", "replace")
    path = web.folder / "sprawa.yaml"
    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    path.write_bytes(latin2)
    assert _restore(web, _versions(web)[0])[0] == 303
    name = _versions(web)[0]
    page = web.get(f"/sprawy/sprawa/historia/{name}")[2].decode()
    assert "ISO-8859-2" in page and "Windows-1250" not in page and "wszystko wymyślono" in page, page[:1500]
    status, headers, _ = _restore(web, name)
    assert status == 303 and path.read_bytes().decode("utf-8") == text
    assert "ISO-8859-2" in web.get(headers["Location"])[2].decode()  # the notice names the encoding it read


def test_a_windows_1250_file_with_a_plus_minus_sign_stays_windows_1250():
    """Finding 4's other side: „±” standing alone in a Windows-1250 file is a sign, not ISO-8859-2's „ą”."""
    from pismo.web.store import decoded

    text = "opis: Zaśpiewać ± 5 minut, źle\n"
    assert decoded(text.encode("cp1250")) == (text, "Windows-1250")
    assert decoded("opis: wszystko wymyślono, ąę\n".encode("iso-8859-2"))[1] == "ISO-8859-2"


@pytest.mark.parametrize("before, after", [
    ("  telefon: 47 855 10 00\n", "  telefon: 47 855 10 00\t\n"),  # after a value
    ("  naglowek:                       #", "  naglowek:\t#"),  # before a comment
    ("  telefon: 47 855 10 00\n", "  telefon:\t47 855 10 00\n"),  # after the colon
])
def test_a_tab_pismos_reader_accepts_is_read_by_the_form_too(web, before, after):
    """Finding 5: a Tab where YAML allows it (`pismo sprawdz`: „poprawny”) made the web refuse the case with an
    empty „Popraw plik w edytorze tekstu:” list. The form reads the file as the checker does, and saves it."""
    path = web.folder / "sprawa.yaml"
    assert before in TEXT
    path.write_text(TEXT.replace(before, after, 1), encoding="utf-8")
    status, _, body = web.get("/sprawy/sprawa")
    assert status == 200 and 'id="formularz"' in body.decode(), _words(body.decode())[:1500]
    fields = _replace(_form_fields(body.decode()), "jednostka.miejscowosc", "Wrzosogród Dolny")
    assert web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])[0] == 303
    saved = path.read_text(encoding="utf-8")
    jednostka = load(saved)["jednostka"]
    assert (jednostka["miejscowosc"], jednostka["telefon"]) == ("Wrzosogród Dolny", "47 855 10 00")
    assert saved.count("#") == TEXT.count("#") and after in saved  # the file's comments and its Tab kept


def test_three_tabs_restoring_an_action_one_correcting_its_identifier_write_it_once(web):
    """Finding 3: B restored the action correcting its identifier, C restored it changing „Od”: C's copy was
    added as a second action – the plan listed it twice – and both were told as „(nie było) →”."""
    (status, _, body), path = _three_tabs_restore(
        web, "dzialania[2]", {"id": "patrole-wspolne", "termin.do": "2026-04-15"}, {"termin.od": "2026-03-15"})
    page = body.decode()
    assert "(nie było)" not in _words(page), _words(page)[:3000]
    if status == 409:
        status = web.post("/sprawy/sprawa", _conflict_form(page))[0]
    assert status == 303
    actions = load(path.read_text(encoding="utf-8"))["dzialania"]
    restored = [a for a in actions if a["id"] in ("patrole-wspolne", "wspolne-patrole")]
    assert [(a["id"], str(a["termin"]["od"]), str(a["termin"]["do"])) for a in restored] == [
        ("patrole-wspolne", "2026-03-15", "2026-04-15")]
