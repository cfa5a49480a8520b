"""`pismo import` against the seventeenth import review (rev-imp17) of issue 17: the preposition „o” opening an
indented wrapped line, dated lines with words under an item, partners that are none, the approval line, stages
and plan dates."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


# --- findings 1, 3: an indented hard-wrapped rest opening with the preposition „o” („1. Wystąpienie do Burmistrza
# Opatowa” / „   o ustawienie słupków …”) lost its „o” as Word's bullet and became an unmarked sub-item.

@pytest.mark.parametrize("marker, rest, opis", [
    ("1.", "o ustawienie słupków przy chodniku – do 31.03.2026 r.",
     "Wystąpienie do Burmistrza Opatowa o ustawienie słupków przy chodniku"),
    ("-", "o ile pozwoli stan etatowy – do 31.03.2026 r.",
     "Wystąpienie do Burmistrza Opatowa o ile pozwoli stan etatowy"),
])
def test_a_lone_indented_o_in_lower_case_is_the_preposition(tmp_path, marker, rest, opis):
    lines = [f"{marker} Wystąpienie do Burmistrza Opatowa", f"   {rest}",
             f"{'2.' if marker == '1.' else '-'} Kontrole parkowania przed szkołą – III–VI 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == opis and not action.get("podpunkty"), written
    assert str(action["termin"]["do"]) == "2026-03-31", written
    assert "wzięto za słowo zdania z wiersza wyżej" in _notes_of(written, "Burmistrza"), written


@pytest.mark.parametrize("lines, subs", [
    # Word's „o” sub-list: two „o” lines under one item – every „o” of the part is a bullet
    (["- Ulotki w punktach", "   o sklepy przy ul. Lipowej,", "   o apteki – do 30.04.2026 r.",
      "- Rozmowy z mieszkańcami", "   o ile to możliwe w świetlicy – do 31.05.2026 r."],
     [["sklepy", "apteki"], ["ile to możliwe"]]),
    # „o⇥” is Word's bullet pasted from Notepad
    (["- Ulotki w punktach", "\to\tsklepy przy ul. Lipowej – do 30.04.2026 r."], [["sklepy"]]),
    # after a colon a lone „o” line is the item's sub-item
    (["- Ulotki w punktach:", "   o sklepy przy ul. Lipowej – do 30.04.2026 r."], [["sklepy"]]),
    # a sub-list with a wrapped line between its „o” lines is still a sub-list
    (["- Ulotki w punktach", "   o sklepy przy ul. Lipowej", "     i ul. Polnej,", "   o apteki – do 30.04.2026 r."],
     [["sklepy przy ul. Lipowej i ul. Polnej", "apteki"]]),
])
def test_word_s_o_bullets_stay_sub_items(tmp_path, lines, subs):
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    got = [action.get("podpunkty", []) for action in case["dzialania"]]
    assert len(got) == len(subs) and all(len(have) == len(want) and all(h.startswith(w) for h, w in zip(have, want))
                                         for have, want in zip(got, subs)), written
    assert "wzięto za słowo zdania" not in written, written
