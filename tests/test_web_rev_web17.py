"""The seventeenth web review (rev-web17) of issue 17: the case form meets one limit however it is sent."""

from __future__ import annotations

import json
import re
import uuid

import pytest

from test_web_http import _form_fields, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT


def _multipart(fields: list[tuple[str, str]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
             for name, value in fields]
    return "".join(parts + [f"--{boundary}--\r\n"]).encode(), f"multipart/form-data; boundary={boundary}"


def _checked(web, fields) -> dict:
    body, kind = _multipart(fields)
    status, _, data = web.request("POST", "/sprawy/sprawa/sprawdz", body=body, headers={"Content-Type": kind})
    assert status == 200, status
    return json.loads(data)


def test_multipart_meets_the_limits_of_the_save(web):
    """Finding 2 (t3.py, t10.py): a multipart check was refused (413) for more than 1000 fields, and for one
    text part over 2 MB (1.1 million „ą”) – limits the save (urlencoded) never meets; the page then held the
    save as „too big”. The form's body is the one limit; the fields and characters are told in the summary."""
    (web.folder / "sprawa.yaml").write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    many = fields + [(f"x{i}", "") for i in range(1200)]
    assert "formularz ma" not in _checked(web, many)["summary"]
    long = [(n, "ą" * 1_100_000 if n == "zagrozenie.opis" else v) for n, v in fields]
    assert "ma 1\u00a0100\u00a0000 znaków, a jedno pole może mieć najwyżej 100\u00a0000" in _checked(web, long)["summary"]


def _tab_first(text: str) -> str:
    """rejon.opis as a block text whose first line starts with a Tab (the Tab key in Notepad): YAML and the case
    reader take it, libyaml alone refuses it."""
    line = "  opis: Osiedle Wrzosowisko – ulice Klonowa, Lipowa, Jesionowa i Bukowa"
    assert line in text
    return text.replace(line, "  opis: |\n    \tOsiedle Wrzosowisko – ulice Klonowa, Lipowa, Jesionowa i Bukowa", 1)


def test_the_depth_guard_reads_a_tab_first_block_text_as_the_case_reader_does():
    """Finding 1 (t1.py): libyaml refused the Tab before reaching 1 500 „[” further down, the guard said „not too
    deep” and ruamel's quadratic scanner took 3–12 s per display of the list and of the case page. The guard now
    reads such a text without libyaml, as the case reader does; an ordinary such case is still read."""
    from helpers import WRZOSOGROD

    from pismo.web import form, tabs

    text = _tab_first(WRZOSOGROD.read_text(encoding="utf-8"))
    assert not tabs.refused(text)
    assert form.load(text)["rejon"]["opis"].startswith("\tOsiedle")
    deep = text + "inne: " + "[" * 1500 + "]" * 1500 + "\n"
    assert tabs.refused(deep)


MEETING = "spotkania[0].protokol"


@pytest.mark.parametrize("items, field, named", [
    ("ustalenia", "termin", "„Przycięcie żywopłotu wzdłuż placu zabaw"),
    ("obecni", "funkcja", "„Jolanta Próbna”"),
])
def test_an_item_removed_and_the_one_in_its_place_never_share_a_label(web, items, field, named):
    """Finding 4 (t12.py e-ust, e-att): B clicked „Usuń” on item 2 and edited the item now shown as 2 – the page
    said „Ustalenie 2: usunięte (cały element)” right above „Ustalenie 2 › Termin: … → TERMIN B”, the removal
    numbered by the form before it, the edit by the form as sent; the removed attendee was not named. The form
    as sent numbers every line; the removed item, which it no longer has, is named by what it held."""
    from test_web_rev_web16 import _conflict

    page = _conflict(web, [("jednostka.miejscowosc", "Wrzosogród Nowy")],
                     [f"usun:{MEETING}.{items}[1]", (f"{MEETING}.{items}[1].{field}", "ZMIANA B")])
    mine = page[page.index("Twoje zmiany z formularza"):page.index("Zmiany na dysku")]
    removed = re.search(r"(Spotkanie 1 › Protokół spotkania › [^:]*): usunięte \(cały element\)", mine)
    edited = re.search(r"(Spotkanie 1 › Protokół spotkania › \w+ \d+)[^:]* › \w+: [^→]*→ ZMIANA B", mine)
    assert removed and edited, mine
    assert edited.group(1) not in removed.group(1), mine
    assert named in removed.group(1) and "wcześniej nr 2" in removed.group(1), mine


SPOILED = {"utf16": lambda path: path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16")),
           "cp1250": lambda path: path.write_bytes(path.read_text(encoding="utf-8").encode("cp1250", "replace")),
           "folder": lambda path: (path.unlink(), path.mkdir())}


@pytest.mark.parametrize("spoil", SPOILED)
def test_a_save_refused_for_an_unreadable_file_says_so_in_one_sentence(web, spoil):
    """Finding 3 (t6.py): „Nie zapisano – nie można odczytać pliku sprawy „sprawa.yaml” (Plik sprawy „sprawa.yaml”,
    plik jest zapisany w kodowaniu UTF-16 …)” – the file named twice, a sentence of its own in parentheses."""
    from test_web_http import _replace
    from test_web_rev_web16 import _words

    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.miejscowosc", "Wrzosogród B")
    SPOILED[spoil](path)
    page = _words(web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])[2].decode())
    assert "Nie zapisano – pliku sprawy „sprawa.yaml” nie da się odczytać: " in page, page[:1500]
    assert page.count("„sprawa.yaml”") == 1 and "Plik sprawy" not in page, page[:1500]
    assert 'value="Wrzosogród B"' in web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])[2].decode()


# the command line's and YAML's words: a command, an option, a YAML value or key, quoting, a key path
_NOT_THE_BROWSERS = re.compile(r"„pismo (?!serwer)[a-z]+”|--[a-z]|\b(?:true|false)\b|w cudzysłowie|„[a-z_]+: |"
                               r"\b[a-z_]+ → [a-z_]+\b")


def test_the_field_help_speaks_the_browsers_words():
    """Finding 5 (t14.py): the case page's help under „Nazwa jednostki”, „Nagłówek”, „Data zatwierdzenia planu”
    and each „Organ kolegialny” sent the officer to „pismo sprawdz”, „(--publikacja)” and „true daje …”. The
    skeleton's comments stay the file's help; the browser says it in its own words – for every field."""
    from pismo.web import core, texts

    assert set(texts.WEB_HINTS) <= set(texts.hints())  # each the browser words differently is a field's
    shown = {path: texts.hint(path) for path in texts.hints()}
    wrong = {path: text for path, text in shown.items() if _NOT_THE_BROWSERS.search(text)}
    assert not wrong, wrong
    assert "„pismo sprawdz”" in core.skeleton() and "--publikacja" in core.skeleton()  # the file's own help stays


def test_the_case_page_shows_no_command_line_help(web):
    (web.folder / "sprawa.yaml").write_text(TEXT, encoding="utf-8")
    from test_web_rev_web16 import _words

    page = _words(web.get("/sprawy/sprawa")[2].decode())
    assert not _NOT_THE_BROWSERS.search(page), _NOT_THE_BROWSERS.search(page)


def test_the_lists_district_column_is_cut_to_its_width(web):
    """Finding 6 (t17.py): `rejon.numer` of 1 600 letters filled the list's „Rejon” cell whole; a district's number
    is a few letters – the cell is cut with „…” (the case's page names the field's error)."""
    (web.folder / "sprawa.yaml").write_text(TEXT.replace("  numer: XIII ", "  numer: " + "XIII" * 400 + " ", 1),
                                            encoding="utf-8")
    page = web.get("/")[2].decode()
    cell = re.search(r"<td>(XIII[^<]*)</td>", page)
    assert cell and len(cell.group(1)) <= 60 and cell.group(1).endswith("…"), cell
