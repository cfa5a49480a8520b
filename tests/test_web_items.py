"""List items keep their identity through a save: a moved, removed or added item takes its own text and comments,
the comment lines between items and after the last one stay where they were, and two tabs that changed a list
are merged item by item, never by the item's index (findings 1, 5 and 9 of rev-web8 of issue 17)."""

from __future__ import annotations

import re

import pytest

from helpers import WRZOSOGROD
from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture

TEXT = WRZOSOGROD.read_text(encoding="utf-8")


def _block(text: str, start: str, end: str) -> str:
    """The lines from the one starting with start up to (not with) the one starting with end."""
    i = text.index(start)
    return text[i:text.index(end, i)]


MEETING_1 = _block(TEXT, "  - id: spotkanie-otwierajace\n", "\n  - id: spotkanie-podsumowujace")
MEETING_2 = _block(TEXT, "  - id: spotkanie-podsumowujace", "\n# Ocena realizacji planu")
ACTION_1 = _block(TEXT, "  - id: wniosek-do-prezydent\n", "  - id: wniosek-do-strazy\n")
ACTION_2 = _block(TEXT, "  - id: wniosek-do-strazy\n", "  - id: wspolne-patrole\n")
ACTION_3 = _block(TEXT, "  - id: wspolne-patrole\n", "  - id: spotkania-z-mieszkancami\n")


def _after_buttons(web, buttons: list[str], text: str = TEXT) -> tuple[str, str]:
    """(the redirect, the file) after the list buttons were clicked in the form, then „Zapisz”."""
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    page = web.get("/sprawy/sprawa")[2].decode()
    for button in buttons:
        status, _, body = web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", button)])
        assert status == 200, body.decode()[:300]
        page = body.decode()
    status, headers, _ = web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])
    assert status == 303 and "zapisano=1" in headers["Location"], status
    return headers["Location"], path.read_text(encoding="utf-8")


@pytest.mark.parametrize("buttons, expected", [
    (["gora:spotkania[1]"], TEXT.replace(MEETING_1 + "\n" + MEETING_2, MEETING_2 + "\n" + MEETING_1)),
    (["dol:spotkania[0]"], TEXT.replace(MEETING_1 + "\n" + MEETING_2, MEETING_2 + "\n" + MEETING_1)),
    (["usun:spotkania[0]"], TEXT.replace(MEETING_1 + "\n", "")),
    (["usun:spotkania[1]"], TEXT.replace("\n" + MEETING_2, "")),
    (["usun:spotkania[1]", "usun:spotkania[0]"], TEXT.replace("spotkania:\n" + MEETING_1 + "\n" + MEETING_2,
                                                           "spotkania: []\n")),
    (["usun:dzialania[0]"], TEXT.replace(ACTION_1, "")),
    (["gora:dzialania[2]"], TEXT.replace(ACTION_2 + ACTION_3, ACTION_3 + ACTION_2)),
    (["dol:dzialania[0]", "dol:dzialania[1]"], TEXT.replace(ACTION_1 + ACTION_2 + ACTION_3,
                                                           ACTION_2 + ACTION_3 + ACTION_1)),
], ids=lambda v: v[0] if isinstance(v, list) else "")
def test_a_moved_or_removed_item_takes_its_text_and_comments_with_it(web, buttons, expected):
    """Finding 1: after „W górę” on the second meeting, the first one's „# środa” and „# spotkanie odbyte” stayed
    on the second, „# jeszcze się nie odbyło” landed on the held meeting, the next section's heading inside it,
    and its block texts were rewritten; deleting any item deleted the heading after the list."""
    assert expected != TEXT
    _, saved = _after_buttons(web, buttons)
    assert saved == expected


def test_an_added_item_goes_above_the_next_sections_heading(web):
    """Finding 1 (a06): „Dodaj działanie” wrote the new item below the heading of section 4."""
    _, saved = _after_buttons(web, ["dodaj:dzialania"])
    heading = "\n# 4. Podmioty współpracujące"
    assert saved.replace("  - termin: {}\n", "", 1) == TEXT
    assert "      do: 2026-08-31\n  - termin: {}\n" + heading in saved


def _two_tabs(web, first, second, text: str = TEXT) -> tuple[str, str]:
    """Tab A and tab B open the case; A does first(fields) -> (fields, buttons) and saves, then B does second and
    saves: (B's conflict page, the path of the file)."""
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    page = web.get("/sprawy/sprawa")[2].decode()
    for tab, step in (("A", first), ("B", second)):
        fields, buttons = step(_form_fields(page))
        current = page
        for button in buttons:
            status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", button)])
            current = body.decode()
            fields = step(_form_fields(current))[0]
        status, headers, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
        if tab == "A":
            assert status == 303, status
    assert status == 409, status
    return body.decode(), path


def test_an_edit_in_one_tab_follows_the_item_another_tab_moved(web):
    """Finding 5: tab A moved action 2 up; tab B's new deadline of action 1 (the request to the Mayor) was
    applied to the action now first (the request to the municipal police), and offered as a safe merge."""
    page, path = _two_tabs(web, lambda f: (f, ["gora:dzialania[1]"]),
                           lambda f: (_replace(f, "dzialania[0].termin.do", "2026-04-15"), []))
    # named as the user's form numbers it, with its identifier (rev-web16 #3): the item edited, wherever it stands
    assert "Działanie 1 (wniosek-do-prezydent) › Termin › Do" in page and "Działanie 2 (" not in page
    assert "Na dysku zmieniono kolejność elementów listy: <strong>3. Proponowane działania" in page
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    saved = path.read_text(encoding="utf-8")
    moved = TEXT.replace(ACTION_1 + ACTION_2, ACTION_2 + ACTION_1)
    assert saved == moved.replace("wniosek-plac-zabaw]\n", "wniosek-plac-zabaw]\n", 1).replace(
        "      informujących o zakazie spożywania alkoholu\n    termin:\n      do: 2026-03-31\n",
        "      informujących o zakazie spożywania alkoholu\n    termin:\n      do: 2026-04-15\n", 1)


def _added(ident: str, what: str):
    def step(fields):
        if any(k == "dzialania[6].__z" for k, _ in fields):
            fields = _replace(fields, "dzialania[6].id", ident)
            return _replace(_replace(fields, "dzialania[6].opis", what), "dzialania[6].termin.do", "2026-05-05"), []
        return fields, ["dodaj:dzialania"]
    return step


def test_items_added_in_two_tabs_are_both_kept(web):
    """Finding 9: two tabs each adding an action – only one could be kept, asked as „Zmienione w obu miejscach”
    with „Przed zmianami: (nie ma – usunięte)”; and finding 10: the page listed untouched paragraph fields as
    „Twoje zmiany” (after a list button the form's text lost its last line end)."""
    page, path = _two_tabs(web, _added("akcja-a", "Działanie dodane w karcie A"),
                           _added("akcja-b", "Działanie dodane w karcie B"))
    assert "Zmienione w obu miejscach" not in page and "usunięte" not in page
    mine = page.split("<h2>Twoje zmiany z formularza", 1)[1].split("<h2>", 1)[0]
    assert "Działanie 7 (akcja-b) › Identyfikator" in mine and "Charakterystyka" not in mine and "Uzasadnienie" not in mine
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    saved = path.read_text(encoding="utf-8")
    from pismo.web.form import load

    assert [a["id"] for a in load(saved)["dzialania"]][-2:] == ["akcja-a", "akcja-b"]
    assert re.search(r"id: akcja-b\n.*\n# 4\. Podmioty", saved, re.S)


HEADER = "    - KOMENDA MIEJSKA POLICJI\n    - WE WRZOSOGRODZIE\n"


@pytest.mark.parametrize("first, shown", [
    ("    - true\n", "true"), ("    - yes\n    - false\n", "yes\nfalse"), ("    - 2026-03-01\n", "2026-03-01"),
    ("    - [KOMENDA, MIEJSKA POLICJI]\n", "[KOMENDA, MIEJSKA POLICJI]"),
    ("    - {linia: KOMENDA MIEJSKA POLICJI}\n", "linia: KOMENDA MIEJSKA POLICJI"),
    ("    - KOMENDA   # pierwszy\n    # środek\n", "KOMENDA"),
])
def test_lines_the_user_left_keep_their_text_and_type_when_another_line_changes(web, first, shown):
    """Findings 6 and 7: `true` in a list of lines was shown as Python's „True” and saved as "True"; a nested
    list, a group and a date became texts („[KOMENDA, …]”, „linia: …”, "2026-03-01") when another line of the
    list was edited – the checker's error then hidden, the brackets printed in every letter's header."""
    text = TEXT.replace(HEADER, first + "    - WE WRZOSOGRODZIE\n", 1)
    assert text != TEXT
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    assert dict(fields)["jednostka.naglowek"] == shown + "\nWE WRZOSOGRODZIE"
    fields = _replace(fields, "jednostka.naglowek", shown + "\nWE WRZOSOGRODZIE NOWYM")
    status, _, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303
    assert path.read_text(encoding="utf-8") == text.replace("    - WE WRZOSOGRODZIE\n",
                                                            "    - WE WRZOSOGRODZIE NOWYM\n", 1)


@pytest.mark.parametrize("field, line, text", [
    ("plan.zatwierdzono", "  zatwierdzono: 2026-02-25       # wersja do publikacji pokazuje zatwierdzenie z tą datą\n",
     TEXT),
    ("jednostka.miejscowosc", "  miejscowosc: Wrzosogród         # do daty pisma: „Wrzosogród, dnia …”\n", TEXT),
    ("okres.od", "  od: 2026-03-01\n", TEXT.replace("okres:\n  od: 2026-03-01\n", "okres:\n  od: 2026-03-01\n"
                                                   "  # koniec okresu\n\n", 1)),
])
def test_a_cleared_field_leaves_the_comments_after_it(web, field, line, text):
    """Finding 8: clearing „Zatwierdzono” deleted the blank line and the heading of section 1 after it, clearing
    „Miejscowość” the two-line note that belongs to the next key (klauzula_rodo)."""
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), field, "")
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303 and "komentarze=0" not in headers["Location"]
    assert line in text and path.read_text(encoding="utf-8") == text.replace(line, "", 1)
