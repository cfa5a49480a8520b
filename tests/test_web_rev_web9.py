"""Two tabs that changed one list: an item is never written into another, an item removed in one tab comes back
whole or not at all, a move is never dropped in silence (findings 1, 5 and 6 of the ninth web review, rev-web9,
of issue 17)."""

from __future__ import annotations

import copy
import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_1, ACTION_2, ACTION_3, TEXT, _after_buttons, _two_tabs

from pismo.web import form, merge

OBECNI = "spotkania[0].protokol.obecni"


def _merged(change_disk, change_form) -> merge.Merge:
    """The merge of a form changed by change_form(data) with a disk changed by change_disk(data)."""
    base = form.load(TEXT)
    theirs, mine = copy.deepcopy(base), copy.deepcopy(base)
    change_disk(theirs)
    change_form(mine)
    return three(base, mine, theirs)


def three(base, mine, theirs) -> merge.Merge:
    return merge.three_way(form.posted(base), form.posted(mine), form.posted(theirs))


def _present(data):
    return data["spotkania"][0]["protokol"]["obecni"]


def _swapped_and_both_edited(data):
    """Tab A: Uczestnik 2 moved up, and both moved people's entries corrected – nothing ties them to the page's."""
    people = _present(data)
    people[0], people[1] = people[1], people[0]
    people[0]["funkcja"] += " (przewodnicząca)"
    people[1]["imie_nazwisko"] = "asp. Anna Zmyślona"


def _anna_edited(data):
    _present(data)[0]["funkcja"] = "dzielnicowa rejonu nr XIII (poprawione w karcie B)"


def test_an_item_tied_only_by_its_place_is_asked_not_written():
    """Finding 1: in a list without id both moved items changed on disk; tab B's edit of Uczestnik 1 was put on
    the item now first (another person) as a plain „Twoja zmiana”."""
    found = _merged(_swapped_and_both_edited, _anna_edited)
    key = f"{OBECNI}[0].funkcja"
    assert [c.key for c in found.conflicts] == [key] and found.conflicts[0].unsure
    assert found.conflicts[0].theirs.endswith("(przewodnicząca)")
    assert not [c for c in found.mine if c.key == key] and key not in dict(found.fields)
    assert found.unsure == ["Spotkanie 1 › Protokół spotkania › Uczestnik 1 (st. asp. Anna Zmyślona) – elementy tej listy "
                            "nie mają identyfikatora"]


def test_an_item_known_by_its_content_is_still_merged_without_asking():
    """The other way round: an item the disk only moved is itself, and B's edit goes to it with no question."""
    def moved(data):
        people = _present(data)
        people[0], people[1] = people[1], people[0]

    found = _merged(moved, _anna_edited)
    assert not found.conflicts and not found.unsure
    assert [c.key for c in found.mine] == [f"{OBECNI}[1].funkcja"]


def test_the_page_asks_with_nothing_chosen_and_says_why(web):
    """Finding 1 through the server: the page names the item, chooses nothing, and says the order may differ."""
    first = lambda f: (_replace(_replace(f, f"{OBECNI}[0].funkcja", "Przewodnicząca Rady Osiedla (A)"),
                                f"{OBECNI}[1].imie_nazwisko", "asp. Anna Zmyślona"), [f"gora:{OBECNI}[1]"])
    second = lambda f: (_replace(f, f"{OBECNI}[0].funkcja", "dzielnicowa (B)"), [])
    page, path = _two_tabs(web, first, second)
    choice = page.split('id="wybor-1"', 1)[1].split("</fieldset>", 1)[0]
    assert "sprawdź, czy to ten sam element" in choice and " checked" not in choice and "required" in choice
    assert "Nie da się pewnie ustalić" in page and "mogła się też zmienić kolejność" in page
    assert "Uczestnik 1" in page.split("Nie da się pewnie ustalić", 1)[1].split("</p>", 1)[0]
    with pytest.raises(StopIteration):  # nothing pre-selected: the page's form cannot be sent as it is
        _conflict_form(page)
    disk = path.read_text(encoding="utf-8")
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page, {f"{OBECNI}[0].funkcja": "Przewodnicząca Rady Osiedla (A)"}))
    assert status in (303, 200) and path.read_text(encoding="utf-8") == disk
    assert "(B)" not in path.read_text(encoding="utf-8")


def _action_1_removed(data):
    del data["dzialania"][0]


def _action_1_deadline(data):
    data["dzialania"][0]["termin"]["do"] = "2026-04-15"


def test_an_item_removed_on_disk_and_edited_in_the_form_is_offered_whole():
    """Finding 6: the choice was the one field, and „Twoja wersja” wrote an action of that field only."""
    found = _merged(_action_1_removed, _action_1_deadline)
    assert not found.conflicts and len(found.restore) == 1
    restore = found.restore[0]
    assert restore.shown == "Działanie 1 (wniosek-do-prezydent)"
    assert [(c.key, c.base, c.mine) for c in restore.changes] == [("Termin › Do", "2026-03-31", "2026-04-15")]
    assert restore.key == "dzialania[0]"
    restored = form.from_form(_multi(merge.chosen(found.fields)))["dzialania"]
    assert [a["id"] for a in restored] == [a["id"] for a in form.load(TEXT)["dzialania"]]
    assert str(restored[0]["termin"]["do"]) == "2026-04-15" and restored[0]["opis"].startswith("Wystąpienie")
    left = form.from_form(_multi(merge.chosen(found.fields + [(restore.key + merge.LEFT_OUT, "1")])))["dzialania"]
    assert "wniosek-do-prezydent" not in [a["id"] for a in left] and len(left) == 5


def _multi(pairs):
    from werkzeug.datastructures import MultiDict

    return MultiDict(pairs)


@pytest.mark.parametrize("choice, expected", [
    (None, "restored"), ("1", "removed"),
])
def test_the_page_restores_the_whole_item_or_leaves_it_removed(web, choice, expected):
    """Finding 6 through the server: „Przywróć” writes the whole action back at its place with the new deadline;
    „Zostaw usunięte” writes the disk's version – never an action of one field."""
    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[0]"]),
                           lambda f: (_replace(f, "dzialania[0].termin.do", "2026-04-15"), []))
    assert "Działanie 1 (wniosek-do-prezydent) – usunięte na dysku" in page
    assert "Przywróć cały usunięty element" in page and "Zostaw usunięty" in page
    assert "(nie ma – usunięte)" not in page.split("<h2>Zmiany na dysku", 1)[0]
    disk = path.read_text(encoding="utf-8")
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page, {"dzialania[0].__usuniete": choice}))
    saved = path.read_text(encoding="utf-8")
    if expected == "removed":
        assert saved == disk
        return
    assert status == 303
    assert saved.startswith(TEXT[:TEXT.index(ACTION_1)]) and "do: 2026-04-15" in saved
    ids = [a["id"] for a in form.load(saved)["dzialania"]]
    assert ids == [a["id"] for a in form.load(TEXT)["dzialania"]]
    assert saved.index(ACTION_2) > saved.index("wniosek-do-prezydent")


def test_an_item_renamed_and_moved_on_disk_is_still_itself():
    """Finding 6 (c4): tab A renamed action 2 and moved it up; B's new deadline of it became a seventh action
    of one field. An item whose other fields are all the same is that item."""
    def renamed(data):
        actions = data["dzialania"]
        actions[1]["id"] = "wniosek-do-strazy-miejskiej"
        actions[0], actions[1] = actions[1], actions[0]

    found = _merged(renamed, lambda d: d["dzialania"][1]["termin"].__setitem__("do", "2026-04-30"))
    assert not found.conflicts and not found.restore
    assert [(c.key, c.mine) for c in found.mine] == [("dzialania[0].termin.do", "2026-04-30")]
    assert ("dzialania[0].id", "wniosek-do-strazy-miejskiej") in found.fields


def _move_3_up_and_edit_1(fields):
    return _replace(fields, "dzialania[0].opis", "OPIS B"), ["gora:dzialania[2]"]


def test_a_move_in_the_tab_that_meets_the_conflict_is_saved_and_told(web):
    """Finding 5 (c2): tab A changed action 3's deadline; B moved action 3 up and changed action 1's text – the
    move was silently dropped."""
    page, path = _two_tabs(web, lambda f: (_replace(f, "dzialania[2].termin.do", "2026-07-31"), []),
                           _move_3_up_and_edit_1)
    mine = page.split("<h2>Twoje zmiany z formularza", 1)[1].split("<h2>", 1)[0]
    assert "(2)" in mine and "3. Proponowane działania z terminami</strong>: nowa kolejność elementów" in mine
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    saved = path.read_text(encoding="utf-8")
    assert [a["id"] for a in form.load(saved)["dzialania"]][:3] == [
        "wniosek-do-prezydent", "wspolne-patrole", "wniosek-do-strazy"]
    assert form.load(saved)["dzialania"][0]["opis"] == "OPIS B" and "do: 2026-07-31" in saved
    assert ACTION_2 in saved and saved.index(ACTION_2) > saved.index("wspolne-patrole")


@pytest.mark.parametrize("pick, order", [
    (None, ["wniosek-do-prezydent", "wniosek-do-strazy", "spotkania-z-mieszkancami", "wspolne-patrole"]),
    ("", ["wniosek-do-prezydent", "wspolne-patrole", "wniosek-do-strazy", "spotkania-z-mieszkancami"]),
], ids=["form", "disk"])
def test_a_list_reordered_in_both_tabs_is_asked(web, pick, order):
    """Finding 5 (c3): A moved action 3 up, B moved it down; „Zapisz” said „bez zmian” and B's move was gone.
    The page asks which order stays (the form's chosen by default) and writes the one chosen."""
    page, path = _two_tabs(web, lambda f: (f, ["gora:dzialania[2]"]), lambda f: (f, ["dol:dzialania[2]"]))
    choice = re.sub(r"<[^>]*>", "", page.split('id="kolejnosc-1"', 1)[1].split("</fieldset>", 1)[0])  # as read
    assert "zmieniona i na dysku, i w formularzu" in choice
    assert "Twoja kolejność: wniosek-do-prezydent · wniosek-do-strazy · spotkania-z-mieszkancami · wspolne-patrole" \
        in choice
    assert "Kolejność z dysku: wniosek-do-prezydent · wspolne-patrole · wniosek-do-strazy" in choice
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page, {"dzialania.__kolejnosc": pick}))
    saved = path.read_text(encoding="utf-8")
    assert status == 303 and [a["id"] for a in form.load(saved)["dzialania"]][:4] == order
    assert ACTION_3 in saved


def test_a_renumbering_choice_forged_or_repeated_changes_nothing():
    """A choice's order that is not the list's own numbers each once leaves the posted order as it is – a forged
    one never puts two items under one number."""
    pairs = [("a[0].x", "1"), ("a[1].x", "2")]
    for value in ("0,0", "1;0", "x", "", "1", "1,0,2", "01,0"):
        assert merge.chosen(pairs + [("a.__kolejnosc", value)]) == pairs
    assert merge.chosen(pairs + [("a.__kolejnosc", "1,0")]) == [("a[1].x", "1"), ("a[0].x", "2")]


def _styled(style: dict[str, int]) -> str:
    import io

    yaml, stream = form._yaml(), io.StringIO()
    yaml.indent(**style)
    yaml.dump(form.load(TEXT), stream)
    return stream.getvalue()


def _region(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i:text.index(end, i)]


ACTIONS, PARTNERS = ("\ndzialania:\n", "\n# 4. Podmioty"), ("\npartnerzy:\n", "\n# 5. Proponowany")
FOUR = _region(_styled({"mapping": 4, "sequence": 6, "offset": 4}), *ACTIONS)
FLUSH = _region(_styled({"mapping": 2, "sequence": 2, "offset": 0}), *PARTNERS)
MIXED = TEXT.replace(_region(TEXT, *ACTIONS), FOUR).replace(_region(TEXT, *PARTNERS), FLUSH)


def _saved_after(web, text: str, edits: dict, buttons: list[str]) -> str:
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    from test_web_http import _form_fields

    page = web.get("/sprawy/sprawa")[2].decode()
    for button in buttons:
        page = web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", button)])[2].decode()
    fields = _form_fields(page)
    for name, value in edits.items():
        fields = _replace(fields, name, value)
    status, _, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303
    return path.read_text(encoding="utf-8")


def test_a_one_field_save_keeps_every_other_section_as_indented():
    """The test's own file: actions indented by 4 spaces, partners' dashes flush with their key, the rest pismo's."""
    assert "\n    - id: wniosek-do-prezydent\n      opis: >-\n          Wystąpienie" in MIXED
    assert "\npartnerzy:\n- id: urzad-miejski\n  nazwa:\n" in MIXED and form.load(MIXED) == form.load(TEXT)


def test_a_save_of_one_field_leaves_sections_indented_otherwise_byte_for_byte(web):
    """Finding 7: a file mixing indentation by section had all of `dzialania` and `partnerzy` re-indented by a
    save of Jednostka › Miejscowość."""
    line = "  miejscowosc: Wrzosogród  "
    assert MIXED.count(line) == 1
    saved = _saved_after(web, MIXED, {"jednostka.miejscowosc": "Wrzosogród Nowy"}, [])
    rest = MIXED.index("\nosoby:")
    assert saved[saved.index("\nosoby:"):] == MIXED[rest:] and saved[:rest].count("\n") == MIXED[:rest].count("\n")
    assert [a for a, b in zip(saved.split("\n"), MIXED.split("\n")) if a != b] == [
        "  miejscowosc: Wrzosogród Nowy    # do daty pisma: „Wrzosogród, dnia …”"]


def test_a_move_in_a_section_indented_by_4_spaces_keeps_its_indentation(web):
    """Finding 7 (x-m2): a move in the 4-space section wrote it with the file's other indentation."""
    first, second = _region(FOUR, "    - id: wniosek-do-strazy\n", "    - id: wspolne-patrole\n"), \
        _region(FOUR, "    - id: wspolne-patrole\n", "    - id: spotkania-z-mieszkancami\n")
    saved = _saved_after(web, MIXED, {}, ["gora:dzialania[2]"])
    assert saved == MIXED.replace(first + second, second + first)


SCHOOL = _region(TEXT, "  - id: szkola\n", "\n# 5. Proponowany")
COMMUNITY = _region(TEXT, "  - id: wspolnota\n", "  - id: szkola\n")
PARTNER_1 = _region(TEXT, "  - id: urzad-miejski\n", "  - id: straz-miejska\n")


@pytest.mark.parametrize("buttons, expected", [
    (["gora:partnerzy[4]"], TEXT.replace(COMMUNITY + SCHOOL, SCHOOL + COMMUNITY)),
    (["dol:partnerzy[3]"], TEXT.replace(COMMUNITY + SCHOOL, SCHOOL + COMMUNITY)),
    (["gora:partnerzy[1]"], TEXT.replace(PARTNER_1 + _region(TEXT, "  - id: straz-miejska\n", "  - id: rada-osiedla\n"),
                                         _region(TEXT, "  - id: straz-miejska\n", "  - id: rada-osiedla\n") + PARTNER_1)),
    (["usun:partnerzy[0]"], TEXT.replace(PARTNER_1, "")),
], ids=["school-up", "community-down", "other-move", "other-removed"])
def test_the_last_item_s_own_comment_travels_with_it(web, buttons, expected):
    """Finding 3: the last partner's note, indented as its fields („    # brak adresatów – szkoła …”), stayed
    behind at column 0 when the school moved up, and went to column 0 on any move or removal in the list."""
    assert SCHOOL.endswith("    # brak adresatów – szkoła nie dostaje pism z tego planu (pole nieobowiązkowe)\n")
    _, saved = _after_buttons(web, buttons)
    assert saved == expected


def _restyled(old: str, new: str):
    return lambda text: text.replace(old, new, 1)


@pytest.mark.parametrize("variant", [
    _restyled("  klauzula_rodo: >-\n", "  klauzula_rodo: >2-\n"),
    _restyled("  email: prewencja@wrzosogrod.example.pl\n", "  email: ~\n"),
    _restyled("  telefon: 47 855 10 00\n", "  telefon:     47 855 10 00\n"),
    lambda text: "%YAML 1.2\n---\n" + text + "...\n",
    _restyled("    funkcja: dzielnicowa rejonu służbowego nr XIII\n",
              "    funkcja: dzielnicowa rejonu\n      służbowego nr XIII\n"),
    _restyled("  adres:\n    - ul. Wrzosowa 1\n    - 99-999 Wrzosogród\n", "  adres: [ ul. Wrzosowa 1 ,  99-999 Wrzosogród ]\n"),
    _restyled("  nazwa:\n    mianownik: Komenda Miejska Policji we Wrzosogrodzie\n"
              "    dopelniacz: Komendy Miejskiej Policji we Wrzosogrodzie\n",
              "  nazwa: {mianownik: Komenda Miejska Policji we Wrzosogrodzie,\n"
              "          dopelniacz: Komendy Miejskiej Policji we Wrzosogrodzie}\n"),
    _restyled("  klauzula_rodo: >-\n", "  klauzula_rodo_x: " + "bardzo długi wiersz " * 300 + "\n  klauzula_rodo: >-\n"),
], ids=["block-indicator", "tilde", "key-spaces", "yaml-directive", "plain-two-lines", "flow-spaces", "flow-map",
        "long-line"])
def test_a_value_written_in_another_style_stays_as_written_when_another_field_is_saved(web, variant):
    """rev-web8 finding 4 (low): a save of Jednostka › Miejscowość rewrote untouched values in ruamel's style – `>2-`
    lost its indicator, `~` became empty, a %YAML directive went, a long line was wrapped, a flow list re-spaced."""
    text = variant(TEXT)
    assert text != TEXT and form.load(text) is not None
    saved = _saved_after(web, text, {"jednostka.miejscowosc": "Wrzosogród Nowy"}, [])
    assert [a for a, b in zip(saved.split("\n"), text.split("\n")) if a != b] == [
        "  miejscowosc: Wrzosogród Nowy    # do daty pisma: „Wrzosogród, dnia …”"]
    assert saved.count("\n") == text.count("\n")


def test_a_partner_moved_in_a_section_with_dashes_flush_keeps_its_text(web):
    """Finding 7 (x-m3): a move of a partner wrote the whole section in the file's other indentation."""
    first, second = _region(FLUSH, "- id: urzad-miejski\n", "- id: straz-miejska\n"), \
        _region(FLUSH, "- id: straz-miejska\n", "- id: rada-osiedla\n")
    saved = _saved_after(web, MIXED, {}, ["gora:partnerzy[1]"])
    assert saved == MIXED.replace(first + second, second + first)
