"""The twelfth web review (rev-web12) of issue 17, second part: a restore made by several tabs merged against the
version it came from, a restored item whose identifier the form corrected, a case file gone while its form is
open, a checkbox named in the form's words on the conflict page."""

from __future__ import annotations

import re

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_3, TEXT

from pismo.web.form import load


def _three_tabs_restore(web, b_edit, c_edit) -> tuple[str, object]:
    """Tabs A, B, C open the case; A removes Działanie 3 and saves; B and C each change one of its fields and
    get the restore page; B saves from it. C's answer to its own restore page, and the file."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(3)]
    removed = web.post("/sprawy/sprawa", tabs[0] + [("akcja", "usun:dzialania[2]")])[2].decode()
    assert web.post("/sprawy/sprawa", _form_fields(removed) + [("akcja", "zapisz")])[0] == 303
    pages = []
    for fields, (key, value) in ((tabs[1], b_edit), (tabs[2], c_edit)):
        status, _, body = web.post("/sprawy/sprawa", _replace(fields, f"dzialania[2].{key}", value) +
                                   [("akcja", "zapisz")])
        assert status == 409 and "usunięte na dysku" in body.decode()
        pages.append(body.decode())
    assert web.post("/sprawy/sprawa", _conflict_form(pages[0]))[0] == 303
    return web.post("/sprawy/sprawa", _conflict_form(pages[1])), path


def _action(path, action_id: str) -> dict:
    return next(a for a in load(path.read_text(encoding="utf-8"))["dzialania"] if a["id"] == action_id)


def test_three_tabs_restoring_one_action_each_changing_another_field_keep_both_edits(web):
    """Finding 1: B restored the action with its „Do” changed, C with its „Od”; C's second page asked about „Do”
    (never C's change) with „Twoja wersja” – the old value – pre-checked and „Przed zmianami: (nie było)”:
    one click undid B's edit. The restored item's fields are merged against the version it came from."""
    assert "od: 2026-03-01" in ACTION_3 and "do: 2026-08-31" in ACTION_3
    (status, _, body), path = _three_tabs_restore(web, ("termin.do", "2026-04-15"), ("termin.od", "2026-03-15"))
    page = body.decode()
    assert status == 409 and "Zmienione w obu miejscach" not in page, page[:3000]
    assert "Termin › Od : 2026-03-01 → 2026-03-15" in re.sub(r"<[^>]+>|\s+", " ", page).replace("  ", " ")
    assert web.post("/sprawy/sprawa", _conflict_form(page))[0] == 303
    termin = _action(path, "wspolne-patrole")["termin"]
    assert (str(termin["od"]), str(termin["do"])) == ("2026-03-15", "2026-04-15")
    restored = ACTION_3.replace("od: 2026-03-01", "od: 2026-03-15").replace("do: 2026-08-31", "do: 2026-04-15")
    assert path.read_text(encoding="utf-8") == TEXT.replace(ACTION_3, restored, 1)


def test_three_tabs_restoring_one_action_changing_one_field_are_asked_against_its_value_before(web):
    """Finding 1's other half: both changed the same field – asked, and „Przed zmianami” is the value the
    action had, not „(nie było)”."""
    (status, _, body), path = _three_tabs_restore(web, ("termin.do", "2026-04-15"), ("termin.do", "2026-05-20"))
    page = body.decode()
    assert status == 409 and "Zmienione w obu miejscach – wybierz (1)" in page, page[:3000]
    asked = page[page.index("Zmienione w obu miejscach"):]
    assert "2026-08-31" in asked and "(nie było)" not in asked.split("Twoje zmiany")[0]


def test_a_restored_action_whose_identifier_the_form_corrected_keeps_its_text(web):
    """Finding 2: B corrected the identifier of the action A removed; restored, it was rebuilt from the form (its
    comment gone, its folded text and flow list restyled) and the notice said „pismo nie ma już wersji, z której
    je przywrócono” – untrue: the donor was refused for having the old identifier."""
    from test_web_items import _two_tabs

    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[2]"]),
                           lambda f: (_replace(f, "dzialania[2].id", "patrole-wspolne"), []), TEXT)
    assert "Działanie 3 (wspolne-patrole) – usunięte na dysku" in page
    status, headers, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303 and "odtworzono" not in headers["Location"], headers["Location"]
    renamed = ACTION_3.replace("- id: wspolne-patrole", "- id: patrole-wspolne", 1)
    assert path.read_text(encoding="utf-8") == TEXT.replace(ACTION_3, renamed, 1)


def test_a_checkbox_unticked_is_named_in_the_form_s_words_on_the_conflict_page(web):
    """Finding 10: an unticked „Organ kolegialny” while the phone changed on disk was listed as „on → (nie ma –
    usunięte)” – the browser's raw value, and „usunięte” for „nie”."""
    from test_web_items import _two_tabs

    page, path = _two_tabs(web, lambda f: (_replace(f, "jednostka.telefon", "47 855 10 01"), []),
                           lambda f: ([(k, v) for k, v in f if k != "partnerzy[2].adresaci[0].kolegialny"], []), TEXT)
    shown = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Organ kolegialny (rada, zarząd) : tak → nie" in shown, shown[:3000]
    assert " on " not in shown and "on →" not in shown
    assert web.post("/sprawy/sprawa", _conflict_form(page))[0] == 303
    adresat = load(path.read_text(encoding="utf-8"))["partnerzy"][2]["adresaci"][0]
    assert adresat["kolegialny"] is False



def test_a_case_file_gone_while_its_form_is_open_is_written_again_with_its_comments(web):
    """Finding 5: the file moved away while the form was open; „Zapisz” on the page that said so re-created it
    from the form alone – 0 of its comments, every folded text restyled – and said nothing. It is laid over the
    version the page came from, as an emptied file is."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    path.rename(web.folder / "przeniesiona.txt")
    status, _, body = web.post("/sprawy/sprawa", _replace(fields, "jednostka.miejscowosc", "Wrzosogród Dolny")
                               + [("akcja", "zapisz")])
    page = body.decode()
    assert status == 409 and "nie ma już pliku" in page, page[:2000]
    status, headers, _ = web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])
    assert status == 303 and "komentarze=0" not in headers["Location"], headers["Location"]
    saved, old = path.read_text(encoding="utf-8").splitlines(), TEXT.splitlines()
    changed = [line for line in saved if line not in old]
    assert len(saved) == len(old) and len(changed) == 1, changed[:5]
    assert re.fullmatch(r"  miejscowosc: Wrzosogród Dolny +# do daty pisma: .*", changed[0]), changed


def test_a_gone_case_file_re_created_without_its_version_says_its_comments_are_not_in_it(web):
    """Finding 5's other half: pismo no longer knows the version the page came from – the file is made from the
    form alone, and the saved notice says so."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    path.unlink()
    page = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])[2].decode()
    web.server.app.loaded.clear()  # 64 other versions opened since
    status, headers, _ = web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])
    assert status == 303 and path.exists(), status
    notice = re.sub(r"\s+", " ", web.get(headers["Location"])[2].decode())
    assert "utworzono na nowo z formularza – bez komentarzy" in notice


def test_a_case_name_in_decomposed_letters_is_the_existing_case(web):
    """Finding 6: „żółw-sprawa” in decomposed letters (NFD, pasted from macOS Finder) in the address – the save
    said the file was gone (untrue) and its second „Zapisz” wrote another „żółw-sprawa.yaml”, shown twice in the
    list. The name is the existing case's; a case-variant new name is refused."""
    import unicodedata
    from urllib.parse import quote

    nfc = "żółw-sprawa"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    path = web.folder / f"{nfc}.yaml"
    path.write_text(TEXT, encoding="utf-8")
    status, _, body = web.get(f"/sprawy/{quote(nfd)}")
    assert status == 200, body.decode()[:500]
    fields = _replace(_form_fields(body.decode()), "jednostka.telefon", "47 855 10 01")
    status, _, body = web.post(f"/sprawy/{quote(nfd)}", fields + [("akcja", "zapisz")])
    assert status == 303, body.decode()[:2000]
    assert [p.name for p in web.folder.glob("*.yaml") if unicodedata.normalize("NFC", p.stem) == nfc] == [path.name]
    assert "47 855 10 01" in path.read_text(encoding="utf-8")
    assert not (web.folder / ".pismo-historia" / nfd).exists()
