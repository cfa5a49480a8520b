"""`pismo import` against the nineteenth import review (rev-imp19) of issue 17: a capital one-letter word (Roman
numeral, staircase letter) taken for a hanging preposition or conjunction."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


# --- findings 5 and 6: „klasy I”, „klatka A” matched the hanging „i”/„a” case-insensitively – a dashed deadline
# after them was kept in the text (marked), and an unbulleted line ending in them was glued to the next action.

@pytest.mark.parametrize("line, opis, end", [
    ("- pogadanka dla uczniów klasy I – do 30.04.2026 r.,", "pogadanka dla uczniów klasy I", "2026-04-30"),
    ("- kontrola klatek schodowych bloku nr 5, klatka A – do 31.05.2026 r.,",
     "kontrola klatek schodowych bloku nr 5, klatka A", "2026-05-31"),
    ("- spotkanie z mieszkańcami w świetlicy w Kowali I – 15.04.2026 r.,",
     "spotkanie z mieszkańcami w świetlicy w Kowali I", "2026-04-15"),
])
def test_a_deadline_after_a_capital_one_letter_word_is_cut_clean(tmp_path, line, opis, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- Kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == opis, written
    assert str(action["termin"]["do"]) == end, written
    assert "odczytano z daty na końcu opisu" not in _notes_of(written, opis[:20]), written


def test_unbulleted_lines_ending_in_a_capital_letter_are_actions_of_their_own(tmp_path):
    lines = ["Pogadanka dla uczniów klasy I", "Spotkanie z dyrektorem szkoły – do 31.03.2026 r.",
             "Kontrola klatek schodowych bloku nr 5, klatka A", "Patrole w rejonie przystanku – IV–VIII 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    opisy = [action["opis"] for action in case["dzialania"]]
    assert opisy == [line.split(" – ")[0] for line in lines], written
    assert str(case["dzialania"][1]["termin"]["do"]) == "2026-03-31", written


@pytest.mark.parametrize("first, second, opis", [
    ("Spotkanie z dyrektorem szkoły i", "rodzicami uczniów – do 31.03.2026 r.",
     "Spotkanie z dyrektorem szkoły i rodzicami uczniów"),
    ("Kontrola klatek schodowych, a", "także piwnic bloku nr 5 – do 31.03.2026 r.",
     "Kontrola klatek schodowych, a także piwnic bloku nr 5"),
])
def test_a_line_ending_in_a_lower_case_conjunction_still_goes_on_below(tmp_path, first, second, opis):
    path, _text, _output = mini_plan(tmp_path, {3: [first, second, "Patrole w rejonie przystanku – IV–VIII 2026 r."]},
                                     replace=True)
    case, written = _case(path)
    assert case["dzialania"][0]["opis"] == opis, written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-03-31", written


# --- findings 9 and 19: a date line was taken as the plan's date under a list item it wraps, after an item's
# colon, and under the approver („Akceptuję:” / … / „dnia 02.03.2026 r.”) – the plan's date is above the signature.

_WAYS = ["5. Proponowany sposób przekazywania społeczności rejonu informacji o działaniu priorytetowym.",
         "- strona internetowa KPP w Puławach,"]
_SIGNED = ["", "Sporządził:", "st. sierż. Tomasz Lis"]
_APPROVAL = ["", "Akceptuję:", "Kierownik Posterunku Policji w Wąwolnicy", "asp. szt. Jan Mazur", "dnia 02.03.2026 r."]


def _plan_date(tmp_path, after):
    path, _text, _output = mini_plan(tmp_path, {}, after=after, without=(5,))
    case, written = _case(path)
    return case.get("plan", {}).get("data"), case, written


def test_a_date_wrapped_under_the_last_way_of_informing_stays_its_rest(tmp_path):
    day, case, written = _plan_date(tmp_path, [*_WAYS, "- zebranie wiejskie w Bochotnicy", "  dnia 15.03.2026 r.",
                                               *_SIGNED])
    assert day is None, written
    assert case["informowanie"][-1] == "zebranie wiejskie w Bochotnicy dnia 15.03.2026 r.", written


def test_a_date_under_a_way_ending_in_a_colon_is_not_the_plan_s_date(tmp_path):
    day, case, written = _plan_date(tmp_path, [*_WAYS, "- zebranie wiejskie w Bochotnicy:", "15.03.2026 r.",
                                               *_SIGNED])
    assert day is None, written
    assert any("15.03.2026" in way for way in case["informowanie"]), written  # never lost


@pytest.mark.parametrize("after", [[*_WAYS, *_SIGNED, *_APPROVAL], [*_WAYS, *_APPROVAL, *_SIGNED]])
def test_the_approver_s_date_is_not_the_plan_s_date(tmp_path, after):
    day, _case_, written = _plan_date(tmp_path, after)
    assert day is None, written
    assert "02.03.2026" in written, written  # listed, not dropped
