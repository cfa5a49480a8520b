"""The rest of the eleventh web review (rev-web11) of issue 17: identical copies removed in both tabs, a restore's
place kept through a second conflict, line separators in a one-line field, an emptied case file, the conflict
page's item names, a dash on its own line, a cp1250 case file's history."""

from __future__ import annotations

import re

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


def test_the_history_of_a_case_file_in_windows_1250_can_be_read_and_restored(web):
    """Finding 10: the case file saved by Notepad as „ANSI” (Windows-1250) – the refused save says the form's
    version is kept in history, but the history, each version and „Przywróć tę wersję” gave 400."""
    path = web.folder / "sprawa.yaml"
    saved = _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny").decode("utf-8")
    path.write_bytes(saved.encode("cp1250", errors="replace"))  # Notepad: „→” does not fit
    assert web.get("/sprawy/sprawa")[0] == 400
    status, _, body = web.get("/sprawy/sprawa/historia")
    assert status == 200, body.decode()[:500]
    names = re.findall(r'href="/sprawy/sprawa/historia/([^"]+)"', body.decode())
    assert len(names) == 1, names
    status, _, body = web.get(f"/sprawy/sprawa/historia/{names[0]}")
    page = body.decode()
    assert status == 200 and "Windows-1250" in page and "Przywróć tę wersję" in page, page[:500]
    status, headers, _ = web.post(f"/sprawy/sprawa/historia/{names[0]}",
                                  re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page))
    assert status == 303, status
    assert path.read_text(encoding="utf-8") == TEXT
    status, _, body = web.get("/sprawy/sprawa/historia")
    assert status == 200 and len(re.findall(r'href="/sprawy/sprawa/historia/', body.decode())) == 2


HEADING = "# 4. Podmioty współpracujące"


def _emptied_and_saved(web, forget: bool) -> tuple[str, object]:
    """The tab opens the case, the file is emptied (Notepad: Ctrl+A, Delete, Ctrl+S), the tab changes Miejscowość
    and saves: (the conflict page, the path) – forget: pismo no longer knows the version the page came from."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    path.write_text("", encoding="utf-8")
    if forget:
        web.server.app.loaded.clear()  # as after 64 other versions opened
    status, _, body = web.post("/sprawy/sprawa", _replace(fields, "jednostka.miejscowosc", "Wrzosogród Dolny") +
                               [("akcja", "zapisz")])
    assert status == 409 and "Plik na dysku jest teraz pusty" in body.decode(), status
    return body.decode(), path


def _whole_form_saved(web, page: str) -> str:
    """„Zapisz całą moją wersję z formularza” clicked: the file's text."""
    form = page.split("Co chcesz zrobić?", 1)[1]
    action = re.search(r'<form method="post" action="([^"]+)"', form).group(1)
    fields = re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.split("</form>", 1)[0])
    status, _, _ = web.post(action, fields)
    assert status == 303, status
    return (web.folder / "sprawa.yaml").read_text(encoding="utf-8")


def test_the_whole_form_saved_over_an_emptied_file_keeps_the_file_s_comments(web):
    """Finding 5: the case file emptied while the form was open; „Zapisz całą moją wersję z formularza” wrote
    the form without any of the file's 50 comments, in silence – the form is laid over the version it came from."""
    page, _ = _emptied_and_saved(web, forget=False)
    saved = _whole_form_saved(web, page)
    assert HEADING in saved and "Wrzosogród Dolny" in saved
    assert saved.count("#") == TEXT.count("#")


def test_an_emptied_file_whose_loaded_version_is_forgotten_says_the_comments_are_gone(web):
    """Finding 5, the version the page came from forgotten: the page says, before „Zapisz całą moją wersję”, that
    the file's comments will not be in it."""
    page, _ = _emptied_and_saved(web, forget=True)
    reason = page.split("Co chcesz zrobić?", 1)[1].split("</p>", 1)[0]
    assert "komentarzy" in reason and "historii" in reason, reason
    saved = _whole_form_saved(web, page)
    assert HEADING not in saved and "Wrzosogród Dolny" in saved


def test_a_restore_from_a_forgotten_version_is_told(web):
    """Finding 7's notice (untested): Działanie 3 removed in Notepad, the tab changed it and chose „Przywróć”, and
    pismo meanwhile forgot the version the page came from (64 others opened; Notepad's is in no history) – the
    item is rebuilt from the form, and the saved page says so."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    path.write_text(TEXT.replace(ACTION_3, "", 1), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", _replace(fields, "dzialania[2].termin.do", "2026-04-15") +
                               [("akcja", "zapisz")])
    assert status == 409 and "Działanie 3 (wspolne-patrole) – usunięte na dysku" in body.decode(), status
    web.server.app.loaded.clear()
    status, headers, _ = web.post("/sprawy/sprawa", _conflict_form(body.decode()))
    assert status == 303 and "odtworzono=1" in headers["Location"], headers
    location = headers["Location"]
    page = web.get(location[location.index("/sprawy/"):])[2].decode()
    assert "Przywróconych elementów odtworzonych z formularza, bez ich komentarzy i układu z pliku: 1" in page
    assert "- id: wspolne-patrole" in path.read_text(encoding="utf-8")


def test_an_item_with_its_dash_on_a_line_of_its_own_keeps_it_when_edited(web):
    """Finding 8: Działanie 2 written „  -” with its fields below was rewritten „  - id: …” when its deadline was
    edited – two untouched lines became one; only the edited line changes."""
    own = TEXT.replace("  - id: wniosek-do-strazy\n", "  -\n    id: wniosek-do-strazy\n", 1)
    deadline = "      do: 2026-03-31\n    partnerzy: [straz-miejska]\n"
    assert own != TEXT and own.count(deadline) == 1
    saved = _saved_after_edit(web, own, "dzialania[1].termin.do", "2026-04-30").decode("utf-8")
    assert saved == own.replace(deadline, deadline.replace("2026-03-31", "2026-04-30"), 1)
