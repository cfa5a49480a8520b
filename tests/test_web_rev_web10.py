"""A list without id changed on both sides: an item the disk changed while it also removed, added or moved an item
is asked with nothing chosen, never offered as removed (findings 1, 5 and 8 of the tenth web review, rev-web10, of
issue 17)."""

from __future__ import annotations

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
    assert found.unsure == ["Spotkanie 1 › Protokół spotkania › Uczestnik 3"]
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
