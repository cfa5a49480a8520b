"""The twelfth web review (rev-web12) of issue 17: history versions in another encoding restored truly, restores of
one item by several tabs, a restored item whose identifier the form corrected, a dictionary form's confirmation on a
conflict page, a case file gone while its form is open, whitespace-only lines."""

from __future__ import annotations

import re

import pytest

from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT
from test_web_rev_web10b import _saved_after_edit

from pismo.web.store import digest

PHONE = "47 855 10 00"
NOTEPAD = TEXT.replace("→", "->").replace(PHONE, "47 855 10 99 (Notatnik)", 1)


def _hidden(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page)


def _versions(web) -> list[str]:
    status, _, body = web.get("/sprawy/sprawa/historia")
    assert status == 200, body.decode()[:500]
    return re.findall(r'href="/sprawy/sprawa/historia/([^"]+)"', body.decode())


def _restore(web, name: str):
    page = web.get(f"/sprawy/sprawa/historia/{name}")[2].decode()
    return web.post(f"/sprawy/sprawa/historia/{name}", _hidden(page))


def _notepad_version_in_history(web, encoding: str) -> str:
    """rev-web12's path: a web save, then Notepad saves the case in `encoding`; the officer restores the web's
    version (the Notepad file goes into history in its own bytes): the name of that Notepad version."""
    path = web.folder / "sprawa.yaml"
    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    path.write_bytes(NOTEPAD.encode(encoding))
    status, _, _ = _restore(web, _versions(web)[0])
    assert status == 303, status
    newest = _versions(web)[0]
    assert (web.folder / ".pismo-historia" / "sprawa" / newest).read_bytes() == NOTEPAD.encode(encoding)
    return newest


@pytest.mark.parametrize("encoding, shown", [("cp1250", "Windows-1250"), ("utf-16", "UTF-16")])
def test_a_history_version_in_another_encoding_is_restored_with_its_letters(web, encoding, shown):
    """Finding 9: „Przywróć tę wersję” of a Notepad version in Windows-1250 wrote UTF-8 with 595 „�” and said
    „Przywrócono”; a UTF-16 one wrote 21,159 NUL bytes. Finding 3: such a version's page showed „˙ţ# P l a n”."""
    name = _notepad_version_in_history(web, encoding)
    status, _, body = web.get(f"/sprawy/sprawa/historia/{name}")
    page = body.decode()
    assert status == 200 and "47 855 10 99 (Notatnik)" in page and "Wrzosogród" in page, page[:800]
    assert shown in page and "\ufffd" not in page and "\x00" not in page
    status, headers, _ = _restore(web, name)
    assert status == 303, status
    saved = (web.folder / "sprawa.yaml").read_bytes()
    assert saved.decode("utf-8") == NOTEPAD
    assert web.get("/sprawy/sprawa")[0] == 200
    assert shown in web.get(headers["Location"])[2].decode()  # the notice says the version was converted


def test_a_current_utf16_file_is_shown_in_its_history_as_utf16(web):
    """Finding 3: the history of a case file Notepad saved as „Unicode” showed it „tak, jak odczytuje go Notatnik
    w kodowaniu Windows-1250” – „˙ţ# P l a n …”, 538 lines of noise."""
    path = web.folder / "sprawa.yaml"
    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    path.write_bytes(NOTEPAD.encode("utf-16"))
    status, _, body = web.get(f"/sprawy/sprawa/historia/{_versions(web)[0]}")
    page = body.decode()
    assert status == 200 and "UTF-16" in page and "Windows-1250" not in page, page[:800]
    assert "˙ţ" not in page and "+ telefon: 47 855 10 00" not in page.replace("<", " ")


def test_a_history_version_no_encoding_reads_is_refused_not_replaced(web):
    """Finding 9: never a „�” written in place of a letter – a version that no encoding reads whole is refused,
    in Polish, and the case file is left as it was."""
    path = web.folder / "sprawa.yaml"
    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    name = _versions(web)[0]
    (web.folder / ".pismo-historia" / "sprawa" / name).write_bytes(TEXT.encode("utf-8")[:200] + b"\x81\x98 zepsute\n")
    before = path.read_bytes()
    fields = [("csrf", web.server.app.guard.csrf), ("wersja", digest(before))]
    status, _, body = web.post(f"/sprawy/sprawa/historia/{name}", fields)
    assert status in (400, 409, 500) and "nie da się odczytać" in body.decode(), (status, body.decode()[:500])
    assert path.read_bytes() == before
    status, _, body = web.get(f"/sprawy/sprawa/historia/{name}")
    assert "\ufffd" not in body.decode() and "nie da się odczytać" in body.decode()


def test_utf8_with_one_damaged_byte_is_not_read_as_windows_1250():
    """Finding 9: one damaged byte in a UTF-8 version made every Polish letter two wrong ones (read as
    Windows-1250) – refused, naming the line; a whole Windows-1250 text is read in it."""
    from pismo.web.store import UnreadableText, decoded

    damaged = "miejscowość: Wrzosogród\nnazwa: Łódź\n".encode("utf-8").replace(b"\xc3\xb3d\n", b"\xc3d\n", 1)
    with pytest.raises(UnreadableText, match="wierszu 1"):
        decoded(damaged)
    assert decoded("miejscowość: Wrzosogród\n".encode("cp1250")) == ("miejscowość: Wrzosogród\n", "Windows-1250")
    plain = "miejscowosc: Wrzosogród Dolny\n"
    assert decoded(plain.encode("utf-16-be")) == (plain, "UTF-16")  # no mark: told by its zero bytes
    with pytest.raises(UnreadableText):
        decoded(b"miejscowosc: Wrzosogr\x00d\n")


DOPELNIACZ = "    dopelniacz: Komendy Miejskiej Policji we Wrzosogrodzie\n"


def test_a_dictionary_form_confirmed_while_the_file_changed_is_saved_from_the_conflict_page(web):
    """Finding 8: „Potwierdź i zapisz” beside Dopełniacz while the phone changed on disk – the conflict page said
    „Twoje zmiany z formularza (0)” and its „Zapisz” answered „Bez zmian – nic nie zapisano”: the confirmation
    was dropped."""
    from test_web_conflict import _conflict_form
    from pismo.web.form import load

    assert DOPELNIACZ in TEXT
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT.replace(DOPELNIACZ, "", 1), encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    assert ("jednostka.nazwa.dopelniacz.__slownik", "Komendy Miejskiej Policji we Wrzosogrodzie") in fields
    path.write_text(TEXT.replace(DOPELNIACZ, "", 1).replace(PHONE, "47 855 10 01", 1), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "potwierdz:jednostka.nazwa.dopelniacz")])
    page = body.decode()
    assert status == 409 and "Twoje zmiany z formularza (1)" in page, page[:3000]
    status, headers, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303 and "bez_zmian" not in headers["Location"], headers["Location"]
    data = load(path.read_text(encoding="utf-8"))
    assert data["jednostka"]["nazwa"]["dopelniacz"] == "Komendy Miejskiej Policji we Wrzosogrodzie"
    assert data["jednostka"]["telefon"] == "47 855 10 01"
