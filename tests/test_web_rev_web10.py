"""A list without id changed on both sides: an item the disk changed while it also removed, added or moved an item
is asked with nothing chosen, never offered as removed (findings 1, 5 and 8 of the tenth web review, rev-web10, of
issue 17)."""

from __future__ import annotations

import re

from test_web_conflict import _conflict_form
from test_web_http import _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import _two_tabs
from test_web_rev_web9 import OBECNI, _merged, _present


def _jolanta_removed_zenon_edited(data):
    """Tab A: Uczestnik 2 removed, Zenon (now Uczestnik 2) given another function."""
    del _present(data)[1]
    _present(data)[1]["funkcja"] = "członek Zarządu Wspólnoty – przewodniczący (A)"


def _zenon_edited(data):
    _present(data)[2]["funkcja"] = "członek Zarządu Wspólnoty (sekretarz, B)"


def _krzysztof_moved_up_and_edited(data):
    people = _present(data)
    people[2], people[3] = people[3], people[2]
    people[2]["funkcja"] = "Komendant SM – ZMIANA A"


def _krzysztof_edited(data):
    _present(data)[3]["funkcja"] = "Komendant SM – ZMIANA B"


def test_an_item_edited_on_both_sides_beside_a_removal_is_asked_not_restored():
    """Finding 1: the disk's Zenon was told new and the page's Zenon removed; „Przywróć” wrote him twice."""
    found = _merged(_jolanta_removed_zenon_edited, _zenon_edited)
    assert not found.restore
    assert [c.key for c in found.conflicts] == [f"{OBECNI}[1].funkcja"] and found.conflicts[0].unsure
    assert found.unsure == ["Spotkanie 1 › Protokół spotkania › Uczestnik 3 (Zenon Makietowy) – elementy tej listy "
                            "nie mają identyfikatora"]  # numbered as its question: rev-web13 finding 10, rev-web19 #2
    assert found.conflicts[0].where.startswith(found.unsure[0].split(" – ")[0] + " › ")
    told = [(c.key, c.base, c.theirs) for c in found.theirs]
    assert not [t for t in told if t[0].endswith("imie_nazwisko") and "Zenon" in str(t)], told
    names = [value for key, value in found.fields if key.startswith(OBECNI) and key.endswith("imie_nazwisko")]
    assert names == ["st. asp. Anna Zmyślona", "Zenon Makietowy", "Krzysztof Umowny"]


def test_an_item_moved_and_edited_on_disk_and_edited_in_the_form_is_asked():
    """Finding 1, a move instead of a removal: Krzysztof was told removed and new, and written twice."""
    found = _merged(_krzysztof_moved_up_and_edited, _krzysztof_edited)
    assert not found.restore
    assert [c.key for c in found.conflicts] == [f"{OBECNI}[2].funkcja"] and found.conflicts[0].unsure
    assert not [c for c in found.theirs if c.key.endswith("imie_nazwisko")]
    names = [value for key, value in found.fields if key.startswith(OBECNI) and key.endswith("imie_nazwisko")]
    assert names.count("Krzysztof Umowny") == 1 and len(names) == 4


def _without(fields, name):
    return [(key, value) for key, value in fields if key != name]


def test_an_unanswered_required_choice_is_refused_not_saved_as_no_field(web):
    """Finding 5: a post without an answer to a question asked with nothing chosen saved and dropped the field;
    the server refuses it and asks again, the file as it was."""
    first = lambda f: (_replace(_replace(f, f"{OBECNI}[0].funkcja", "Przewodnicząca Rady Osiedla (A)"),
                                f"{OBECNI}[1].imie_nazwisko", "asp. Anna Zmyślona"), [f"gora:{OBECNI}[1]"])
    second = lambda f: (_replace(f, f"{OBECNI}[0].funkcja", "dzielnicowa (B)"), [])
    page, path = _two_tabs(web, first, second)
    key = re.search(r'type="radio" name="([^"]+)"', page.split('id="wybor-1"', 1)[1]).group(1)
    disk = path.read_text(encoding="utf-8")
    fields = _without(_conflict_form(page, {key: "dzielnicowa (B)"}), key)
    status, _, body = web.post("/sprawy/sprawa", fields)
    again = body.decode()
    assert status == 409 and path.read_text(encoding="utf-8") == disk
    assert "Nie zapisano – nie wybrano" in again and "sprawdź, czy to ten sam element" in again
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(again, {key: "dzielnicowa (B)"}))
    assert status == 303 and "funkcja: dzielnicowa (B)" in path.read_text(encoding="utf-8")


def _action_2_renamed_and_dated(data):
    data["dzialania"][1]["id"] = "wniosek-sm"
    data["dzialania"][1]["termin"]["do"] = "2026-05-15"


def _action_2_described(data):
    data["dzialania"][1]["opis"] = "Treść zmieniona w karcie B."


def test_an_action_renamed_on_disk_is_asked_for_the_rename_not_for_a_missing_id():
    """Finding 8: the question said the list's items have no identifier – actions have; the disk renamed it."""
    found = _merged(_action_2_renamed_and_dated, _action_2_described)
    assert found.conflicts and all(c.unsure for c in found.conflicts)
    assert found.unsure == ["Działanie 2 (wniosek-do-strazy) – na dysku zmieniono mu identyfikator na „wniosek-sm”"]
    people = _merged(_jolanta_removed_zenon_edited, _zenon_edited)
    assert people.unsure == ["Spotkanie 1 › Protokół spotkania › Uczestnik 3 (Zenon Makietowy) – elementy tej "
                             "listy nie mają identyfikatora"]


def test_the_page_says_the_disk_renamed_the_action(web):
    page, _ = _two_tabs(web, lambda f: (_replace(_replace(f, "dzialania[1].id", "wniosek-sm"),
                                                 "dzialania[1].termin.do", "2026-05-15"), []),
                        lambda f: (_replace(f, "dzialania[1].opis", "Treść zmieniona w karcie B."), []))
    said = page.split("Nie da się pewnie ustalić", 1)[1].split("</p>", 1)[0]
    assert "na dysku zmieniono mu identyfikator na „wniosek-sm”" in said and "nie mają identyfikatora" not in said
