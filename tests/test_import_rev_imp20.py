"""`pismo import` against the twentieth import review (rev-imp20) of issue 17: the regressions of the imp26 fixes –
adverbs ending an unbulleted item, and an approval stamp under a plan's signature on a page of two plans."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case


# --- finding 14: „również”, „także”, „przeważnie” … ending an unbulleted item glued it to the next line, which
# gave it its deadline; they end a sentence („w weekendy również”) as often as they open a clause.

@pytest.mark.parametrize("adverb", ["również", "także", "szczególnie", "głównie", "najczęściej", "przeważnie"])
def test_an_unbulleted_action_ending_in_an_adverb_is_whole(tmp_path, adverb):
    lines = [f"Patrole w rejonie boisk w godzinach wieczornych, w weekendy {adverb}",
             "Spotkanie z dyrektorem szkoły – do 31.03.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [action["opis"] for action in case["dzialania"]] == [lines[0], "Spotkanie z dyrektorem szkoły"], written


def test_unbulleted_ways_and_partners_ending_in_an_adverb_are_whole(tmp_path):
    ways = ["Strona internetowa KPP, profil na Facebooku również", "Spotkania z mieszkańcami podczas obchodu rejonu"]
    partners = ["Urząd Gminy Wąwolnica – naprawa oświetlenia boiska, monitoring również",
                "Zespół Szkół w Wąwolnicy – udostępnienie sali."]
    path, _text, _output = mini_plan(tmp_path, {4: partners, 5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ways, written
    assert [p["nazwa"] for p in case["partnerzy"]][-2:] == ["Urząd Gminy Wąwolnica", "Zespół Szkół w Wąwolnicy"], \
        written


def test_an_adverb_opening_a_clause_still_goes_on_over_a_wrapped_line(tmp_path):
    lines = ["Patrole w rejonie boisk, również", "w weekendy – IV–VIII 2026 r.",
             "Spotkanie z dyrektorem szkoły – do 31.03.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert case["dzialania"][0]["opis"].startswith("Patrole w rejonie boisk, również w weekendy"), written
    assert len(case["dzialania"]) == 2, written
