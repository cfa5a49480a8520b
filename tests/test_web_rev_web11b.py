"""The rest of the eleventh web review (rev-web11) of issue 17: identical copies removed in both tabs, a restore's
place kept through a second conflict, line separators in a one-line field, an emptied case file, the conflict
page's item names, a dash on its own line, a cp1250 case file's history."""

from __future__ import annotations

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_3, TEXT, _two_tabs
from test_web_rev_web10b import _saved_after_edit

from pismo.web.form import load

JOLANTA = "        - imie_nazwisko: Jolanta Próbna\n          funkcja: Przewodnicząca Rady Osiedla Wrzosowisko\n"
PRESENT = "spotkania[0].protokol.obecni"


def _present(path) -> list[tuple[str, str]]:
    obecni = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]
    return [(person["imie_nazwisko"], person["funkcja"]) for person in obecni]


def test_a_duplicate_removed_in_both_tabs_is_no_restore_of_the_corrected_copy(web):
    """Finding 2: a pasted duplicate; both tabs removed the first copy and B also corrected the remaining one. The
    page said the corrected copy was „usunięte na dysku” with „Przywróć” chosen, and asked about the copy nobody
    kept; the disk's copy is the one the form changed and kept."""
    text = TEXT.replace(JOLANTA, JOLANTA * 2, 1)
    assert text != TEXT
    page, path = _two_tabs(web, lambda f: (f, [f"usun:{PRESENT}[1]"]),
                           lambda f: (_replace(f, f"{PRESENT}[1].funkcja", "ZMIANA B"), [f"usun:{PRESENT}[1]"]),
                           text)
    assert "usunięte na dysku" not in page and "Przywróć" not in page
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page, _mine(page)))
    assert status == 303, status
    people = _present(path)
    assert [p for p in people if p[0] == "Jolanta Próbna"] == [("Jolanta Próbna", "ZMIANA B")], people


def _mine(page: str) -> dict[str, str]:
    """Every unchosen question answered „Wersja z dysku” (its second radio) – the reviewer's natural reading."""
    import html
    import re

    out = {}
    for name in dict.fromkeys(re.findall(r'<input type="radio" name="([^"]+)"', page)):
        values = re.findall(rf'<input type="radio" name="{re.escape(name)}" value="([^"]*)"', page)
        out[name] = html.unescape(values[min(1, len(values) - 1)])
    return out


PHONE = "47 855 10 00"


def test_a_restore_carried_into_a_second_conflict_keeps_its_place(web):
    """web14's doubt after finding 1: the restore carried through a second conflict page landed as the list's last
    item – the first page posts its restored item's fields after all the others, and the second took that order
    as the form's."""
    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[2]"]),
                           lambda f: (_replace(f, "dzialania[2].termin.do", "2026-04-15"), []))
    assert "Działanie 3 (wspolne-patrole) – usunięte na dysku" in page
    path.write_text(path.read_text(encoding="utf-8").replace(PHONE, "47 855 10 01", 1), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 409, status
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(body.decode()))
    assert status == 303, status
    restored = ACTION_3.replace("      do: 2026-08-31\n", "      do: 2026-04-15\n")
    assert path.read_text(encoding="utf-8") == TEXT.replace(PHONE, "47 855 10 01", 1).replace(ACTION_3, restored)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c"])
def test_a_line_separator_in_a_one_line_field_is_a_space(web, separator):
    """Finding 4: „Wrzosogród<U+2028>Dolny” pasted from a web page became a real line break in the file (the
    place of every letter's „…, dnia …” over two lines); in a one-line field it is a space."""
    saved = _saved_after_edit(web, TEXT, "jednostka.miejscowosc", f"Wrzosogród{separator}Dolny{separator}")
    assert saved == _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    assert load(saved.decode("utf-8"))["jednostka"]["miejscowosc"] == "Wrzosogród Dolny"
