"""The sixteenth web review (rev-web16) of issue 17: line ends read as the case reader reads them (a stray CR, a
CR-only file), kept byte for byte by a save of another field."""

from __future__ import annotations

import re

import pytest

from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.case.yamlio import read_case_file
from pismo.web.form import load


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _save(web, data: bytes, edit) -> tuple[str, bytes]:
    """(the page's notice, the file's bytes) after the case written as data was opened, edit(fields) applied, saved."""
    path = web.folder / "sprawa.yaml"
    path.write_bytes(data)
    fields = edit(_form_fields(web.get("/sprawy/sprawa")[2].decode()))
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303, status
    return _words(web.get(headers["Location"])[2].decode()), path.read_bytes()


def _town(fields):
    return _replace(fields, "jednostka.miejscowosc", "Wrzosogród Nowy")


_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n|$)")


def _lines(data: bytes) -> list[bytes]:
    """The file's lines with their own ends, as the case reader counts them (CRLF, a lone CR and LF each end one)."""
    return [line for line in _LINE.findall(data) if line]


STRAY_CR = TEXT.replace("\n", "\r\n").replace("nietrzeźwymi.\r\n", "nietrzeźwymi.\r\r\n", 1).encode()
CASES = {"stray CR in a CRLF file": STRAY_CR,
         "CR only": TEXT.replace("\n", "\r").encode(),
         "stray CR in an LF file": TEXT.replace("nietrzeźwymi.\n", "nietrzeźwymi.\r\n", 1).encode(),
         "CR, LF and CRLF mixed": TEXT.replace("\n", "\r", 40).replace("\n", "\r\n", 40).encode()}


@pytest.mark.parametrize("data", CASES.values(), ids=CASES.keys())
def test_a_save_of_one_field_changes_only_its_line_whatever_the_line_ends(web, data):
    """Findings 1 and 2: the web read only CRLF as a line end – a CR before a CRLF joined two paragraphs in the
    form and a save of another field wrote them joined; a CR-only file was one line to the save (a false „Nie
    zachowano komentarza”, the blank lines between sections deleted, every line end rewritten). Every untouched
    line keeps its bytes now, its own line end included, and the text the documents come from is the reader's."""
    path = web.folder / "sprawa.yaml"
    path.write_bytes(data)
    notice, saved = _save(web, data, _town)
    before, after = _lines(data), _lines(saved)
    assert len(before) == len(after), (len(before), len(after))
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(changed) == 1 and "Wrzosogród Nowy".encode() in changed[0][1], changed[:3]
    assert changed[0][0][-1:] == changed[0][1][-1:] and "Nie zachowano" not in notice, notice[:800]
    path.write_bytes(data)
    reader = read_case_file(path).data["zagrozenie"]["opis"]
    path.write_bytes(saved)
    assert read_case_file(path).data["zagrozenie"]["opis"] == reader


def test_the_form_shows_the_paragraphs_the_reader_reads(web):
    """Finding 1: the form's textarea showed two paragraphs joined where a stray CR stands before a CRLF."""
    (web.folder / "sprawa.yaml").write_bytes(STRAY_CR)
    value = dict(_form_fields(web.get("/sprawy/sprawa")[2].decode()))["zagrozenie.opis"]
    assert re.search(r"nietrzeźwymi\.\r?\n\r?\n", value), value[:300]


def test_a_syntax_error_below_a_stray_cr_is_told_at_the_line_the_reader_names(web):
    """Finding 1: the page said „wiersz 79” where `pismo sprawdz` (and Notepad) count the stray CR as a line: 80."""
    from pismo.errors import CaseError

    crlf = TEXT.replace("\n", "\r\n").encode()
    bad = crlf.replace(b"2026.\r\n", b"2026.\r\r\n", 1).replace("  opis: Osiedle".encode(), "  opis Osiedle".encode(), 1)
    path = web.folder / "sprawa.yaml"
    path.write_bytes(bad)
    with pytest.raises(CaseError) as told:
        read_case_file(path)
    line, column = re.search(r":(\d+):(\d+):", "; ".join(told.value.lines())).groups()
    page = _words(web.get("/sprawy/sprawa")[2].decode())
    assert f"wiersz {line}, kolumna {column}:" in page, (line, page[:600])


def test_a_form_over_ten_megabytes_comes_back_filled_with_the_reason(web):
    """Finding 9: a form over 10 MB was refused before it was read (Werkzeug's limit), on a page without the form –
    the unsaved edits were gone. The server reads a case form far enough to give it back, as it does a smaller one."""
    (web.folder / "sprawa.yaml").write_bytes(TEXT.encode())
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.miejscowosc", "Wrzosogród EDYCJA")
    fields = _replace(fields, "zagrozenie.opis", "Zażółć gęślą jaźń. " * 300_000)
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page = body.decode()
    assert status == 413 and 'value="Wrzosogród EDYCJA"' in page and 'id="formularz"' in page, _words(page)[:500]
    assert "Opis zagrożenia” ma" in _words(page) and (web.folder / "sprawa.yaml").read_bytes() == TEXT.encode()


@pytest.mark.parametrize("deep", ["[" * 1500 + "]" * 1500, "[" * 60 + "]" * 60,
                                  "\n".join(" " * level + f"k{level}:" for level in range(60)) + " x"])
def test_a_text_nested_deeper_than_the_reader_takes_never_reaches_ruamel(web, monkeypatch, deep):
    """Finding 4: a line of 1 500 nested brackets made the case list and the case page take ~10 s on every load
    (ruamel's scanner is quadratic in a flow's depth) for a file the case reader refuses at once. The web refuses it
    by the reader's depth bound before ruamel reads it, and the page says the reader's message."""
    from pismo.web import form

    for case in web.folder.glob("*.yaml"):
        case.unlink()
    (web.folder / "sprawa.yaml").write_text(TEXT.replace("\njednostka:", f"\ninne: {deep}\njednostka:", 1)
                                            if deep.startswith("[") else TEXT + f"inne:\n{deep}\n", encoding="utf-8")
    calls = []
    real = form._yaml
    monkeypatch.setattr(form, "_yaml", lambda: calls.append(1) or real())
    assert web.get("/")[0] == 200 and "zbyt głębokie zagnieżdżenie" in _words(web.get("/sprawy/sprawa")[2].decode())
    assert not calls


@pytest.mark.parametrize("value", ["!!binary aGVsbG8=", "!!set {a, b}", "true", "{x: 1}", "!!pairs [a: 1]", ".inf",
                                   "[1, 2]"])
def test_the_list_shows_no_python_repr_of_an_odd_district_number(web, value):
    """Finding 6: the list's „Rejon” column read b'hello', set(odict_keys(['a', 'b'])), True, {'x': 1}… – Python's
    text of what YAML built; a value no district number can be shows nothing there (its page names the error)."""
    (web.folder / "sprawa.yaml").write_text(TEXT.replace("  numer: XIII", f"  numer: {value}", 1), encoding="utf-8")
    assert f"numer: {value}" in (web.folder / "sprawa.yaml").read_text(encoding="utf-8")
    page = web.get("/")[2].decode()
    row = _words(page[page.index('href="/sprawy/sprawa"'):])[:120]
    assert not re.search(r"b'|set\(|odict|True|\{'|\('|inf|\[", row), row


def _conflict(web, a_steps, b_steps) -> str:
    """The conflict page (in words) tab B gets: tabs A and B open the case, A does its steps and saves, then B."""
    from test_web_rev_web14 import _tab

    (web.folder / "sprawa.yaml").write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], a_steps) + [("akcja", "zapisz")])[0] == 303
    status, _, body = web.post("/sprawy/sprawa", _tab(web, tabs[1], b_steps) + [("akcja", "zapisz")])
    assert status == 409, status
    return _words(body.decode()).replace(" :", ":")


def test_the_conflict_page_names_each_item_as_the_form_numbers_it_with_its_identifier(web):
    """Finding 3 (a): A removed Działanie 1, B edited its Działanie 2 – the page told B's edit as „Działanie 1 ›
    Treść działania” right above „Działanie 1 (wniosek-do-prezydent): usunięte”: one name, two actions."""
    page = _conflict(web, ["usun:dzialania[0]"], [("dzialania[1].opis", "OPIS B dla drugiego")])
    assert "Działanie 2 (wniosek-do-strazy) › Treść działania:" in page, page[:3000]
    assert "Działanie 1 (wniosek-do-prezydent): usunięte (cały element)" in page


def test_an_edit_of_an_item_after_two_removed_is_named_by_its_place_in_the_form(web):
    """Finding 3 (t27.py): A removed attendees 1 and 2, B changed the Funkcja of its attendees 2 and 4 – the edit of
    attendee 4 (Krzysztof) was told as „Uczestnik 3” (his place in the file about to be written), without his name."""
    people = "spotkania[0].protokol.obecni"
    names = [o["imie_nazwisko"] for o in load(TEXT)["spotkania"][0]["protokol"]["obecni"]]
    page = _conflict(web, [f"usun:{people}[0]", f"usun:{people}[0]"],
                     [(f"{people}[1].funkcja", "FUNKCJA B Jolanty"), (f"{people}[3].funkcja", "FUNKCJA B Krzysztofa")])
    assert f"Uczestnik 4 ({names[3]}) › Funkcja:" in page, page[:3000]
    assert "Uczestnik 3 ›" not in page and "Uczestnik 2 ›" not in page, page[:3000]


def test_a_removal_by_the_form_is_told_as_one_line(web):
    """Finding 3 (c): B's removal of an action was told as nine rows „Działanie 1 › Identyfikator: … → (nie ma –
    usunięte)”, while the same removal on disk is one line „Działanie 1 (…): usunięte (cały element)”."""
    page = _conflict(web, [("dzialania[5].opis", "OPIS A szóstego")],
                     ["usun:dzialania[0]", ("dzialania[4].opis", "OPIS B szóstego")])
    mine = page[page.index("Twoje zmiany z formularza"):page.index("Zmiany na dysku")]
    assert "Działanie „wniosek-do-prezydent” (wcześniej nr 1): usunięte (cały element)" in mine, mine  # rev-web17 #4
    assert "(nie ma – usunięte)" not in mine and "Działanie 1 ›" not in mine, mine


UNREADABLE = {"docx-renamed": b"PK\x03\x04" + bytes(range(256)) * 4, "empty": b"", "bom-only": b"\xef\xbb\xbf",
              "cp1250": "jednostka:\n  nazwa: Komenda Powiatowa Policji w Łęcznej\n".encode("cp1250"),
              "utf16": "jednostka: x\n".encode("utf-16"), "bad-byte": b"jednostka: \xff\n"}


@pytest.mark.parametrize("name", UNREADABLE)
def test_an_unreadable_case_is_told_without_the_servers_path_nor_a_command_line(web, name):
    """Finding 8: the browser said „Nie można otworzyć sprawy /tmp/…/cp1250.yaml:1:12: …” (the server's absolute
    path, in the list's „Stan” too) and sent the officer to `pismo import PLIK.docx` / `pismo nowa PLIK.yaml`, where
    the browser's way is its own „Importuj plan” / „Nowa sprawa”."""
    (web.folder / f"{name}.yaml").write_bytes(UNREADABLE[name])
    for page in (_words(web.get(f"/sprawy/{name}")[2].decode()), _words(web.get("/")[2].decode())):
        assert str(web.folder) not in page and "pismo import" not in page and "pismo nowa" not in page, page[:1500]
    page = _words(web.get(f"/sprawy/{name}")[2].decode())
    assert name != "docx-renamed" or "„Importuj plan”" in page, page[:1500]
    assert name not in ("empty", "bom-only") or "„Nowa sprawa”" in page, page[:1500]
    assert name not in ("cp1250", "utf16", "bad-byte") or f"Pliku sprawy „{name}.yaml” nie da się odczytać: " in page, page[:1500]


@pytest.mark.parametrize("tail", ["...\n# komentarz po końcu dokumentu\n", "...  # koniec\n\n# uwaga\n# druga\n",
                                  "...\n# bez końca wiersza"])
def test_a_comment_after_the_document_end_marker_stays_when_a_field_is_saved(web, tail):
    """Finding 5: a comment after „...” was dropped by a save of any field, told as lost „inside brackets, in a cleared
    field or a removed item” – none of which applied. Outside the data, it stays, and nothing is told lost."""
    text = TEXT + tail
    notice, saved = _save(web, text.encode(), _town)
    before, after = text.split("\n"), saved.decode().split("\n")
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and len(changed) == 1 and "Nie zachowano" not in notice, (changed, notice[:600])


@pytest.mark.parametrize("end", ["\r", "\r\n"])
def test_line_ends_the_disk_took_meanwhile_stay_after_the_conflict_page(web, end):
    """Finding 2 (t15 disk-to-cr): the file converted to CR line ends on disk while a tab edited two fields – the
    page said the disk's „zapis pliku” stays, and „Zapisz: moje zmiany na wersji z dysku” wrote LF, three blank
    lines gone. Every untouched line keeps the disk's bytes."""
    from test_web_conflict import _conflict_form

    path = web.folder / "sprawa.yaml"
    path.write_bytes(TEXT.encode())
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    disk = TEXT.replace("\n", end).encode()
    path.write_bytes(disk)
    status, _, body = web.post("/sprawy/sprawa", _town(fields) + [("akcja", "zapisz")])
    page = body.decode()
    if status == 409:
        assert "zostają" in _words(page) and web.post("/sprawy/sprawa", _conflict_form(page))[0] == 303, status
    before, after = _lines(disk), _lines(path.read_bytes())
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and len(changed) == 1 and changed[0][1].endswith(end.encode()), changed[:3]
