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


# --- finding 21: on a page of two plans, the approval stamp under plan 1's signature (nothing but a blank line
# before plan 2's title) was given whole to plan 2; above plan 1's title there is none – the page's stamps stand
# under the signatures.

def _two_plans(tmp_path, first_stamp, second_stamp=()):
    from test_import import _MINI, _MINI_TITLE, run

    sections = [line for section in _MINI.values() for line in section]
    lines = [_MINI_TITLE, *sections, "Sporządził:", "st. sierż. Tomasz Lis", "dzielnicowy", "", *first_stamp, "",
             _MINI_TITLE.replace("nr 3", "nr 4"), *sections, "Sporządziła:", "sierż. szt. Ewa Kot", "dzielnicowa",
             "", *second_stamp]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("import", source, "-o", tmp_path).exit_code == 0
    return [_case(tmp_path / f"plan-rejon-{n}.yaml") for n in (3, 4)]


def _superior(case):
    return case["osoby"]["przelozony"]["stopien"], case["osoby"]["przelozony"]["imie_nazwisko"]


def test_a_stamp_under_the_first_plan_s_signature_is_the_first_plan_s(tmp_path):
    first, second = _two_plans(tmp_path, ["ZATWIERDZAM DO REALIZACJI", "Kierownik Posterunku Policji w Wąwolnicy",
                                          "asp. szt. Jan Mazur"])
    assert _superior(first[0]) == ("asp. szt.", "Jan Mazur"), first[1]
    # plan 2 names the stamp only in the note saying whose it was taken to be (the page does not tell: imp28)
    assert "Jan Mazur" not in "\n".join(line for line in second[1].splitlines() if not line.lstrip().startswith("#"))
    assert "UZUPEŁNIJ" in _superior(second[0])[1], second[1]


def test_stamps_under_both_signatures_are_each_plan_s_own(tmp_path):
    first, second = _two_plans(
        tmp_path, ["ZATWIERDZAM DO REALIZACJI", "Kierownik Posterunku Policji w Wąwolnicy", "asp. szt. Jan Mazur"],
        ["ZATWIERDZAM DO REALIZACJI", "Zastępca Kierownika Posterunku Policji w Wąwolnicy", "mł. asp. Piotr Wójcik"])
    assert _superior(first[0]) == ("asp. szt.", "Jan Mazur"), first[1]
    assert _superior(second[0]) == ("mł. asp.", "Piotr Wójcik"), second[1]
    assert "Jan Mazur" not in second[1], second[1]
