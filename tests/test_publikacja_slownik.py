"""`--publikacja` with the SGJP dictionary (issue 15): persons the case does not list, and the doubts the last
review left (issue 17) — a surname an officer and a resident share, file numbers taken for phones, surnames that
are ordinary words. The corpus classes (tests/publication_corpus.py) are checked one by one in
test_publikacja_round2.py; the figures against a baseline come from bench/publication.py.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import LECZNA, render_kind
from publication_corpus import leaked
from test_publikacja import all_parts, case_with
from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK as M, PHONE_MARK, scrub

NAMES = Names(["Jan Nowak", "Zdzisław Kowal"], ["Anna Nowak"])


@pytest.mark.parametrize("text, expected", [
    ("Plan omówiła Nowak (dzielnicowa rejonu nr 3).", None),
    ("Nowak, dzielnicowa rejonu nr 3, omówiła plan.", None),
    ("Plan omówiła st. asp. Nowak.", None),
    ("Dzielnicowa Nowak omówiła plan.", None),
    # a verb's or „pani”'s gender does not tell the officer (Anna) from the resident's wife or daughter
    ("Nowak przedstawiła plan.", f"{M} przedstawiła plan."),
    ("Pani Nowak przyszła.", f"{M} przyszła."),
    ("Nowak zgłosił hałas, dzielnicowa przyjęła.", f"{M} zgłosił hałas, dzielnicowa przyjęła."),
])
def test_a_shared_surname_stays_only_with_the_officers_rank_or_function(text, expected):
    assert scrub(text, NAMES) == (expected or text)


@pytest.mark.parametrize("text, expected", [
    ("Pismo nr 123/456/789 przekazano.", None),
    ("Sprawa numer 606/100/200 w toku.", None),
    ("Znak: nr 12/345/2025.", None),
    ("Dzwonić pod nr 606/100/200.", f"Dzwonić pod {PHONE_MARK}."),
    ("Kontakt: nr tel. 606/100/200.", f"Kontakt: {PHONE_MARK}."),
    ("Dzwonić 606/100/200.", f"Dzwonić {PHONE_MARK}."),
    ("Kontakt: nr 606 100 200.", f"Kontakt: nr {PHONE_MARK}."),  # spaces, not slashes: a phone
])
def test_slashed_numbers_after_a_bare_nr_are_file_numbers(text, expected):
    assert scrub(text, NAMES) == (expected or text)


@pytest.mark.parametrize("text, expected", [
    ("Kowal zgłosił hałas.", f"{M} zgłosił hałas."),  # the case lists a Kowal: with a person's verb, him
    ("Kowal wykonał ogrodzenie boiska.", None),  # a smith's work
    ("Wróbel zgłosił kradzież roweru.", f"{M} zgłosił kradzież roweru."),  # not listed; a sparrow reports nothing
    ("Wróbel usiadł na płocie.", None),
    ("Sowa poinformowała o dewastacji.", f"{M} poinformowała o dewastacji."),
    ("Kierowca zgłosił kolizję.", None),  # a noun for a person: the subject of „zgłosił” as it is
    ("Wilk widziany w lesie koło Wilkowa.", None),
    ("Zima była spokojna.", None),
])
def test_a_surname_that_is_an_ordinary_word_goes_only_as_the_subject_of_a_persons_verb(text, expected):
    assert scrub(text, NAMES) == (expected or text)


@pytest.mark.parametrize("text", ["Pani Teresa zgłosiła hałas.", "Wiśniewska zgłosiła hałas.",
                                  "Podziękowano Wieńczysławowi Pawlakowi."])
def test_names_the_case_does_not_list_are_found_by_the_dictionary(text):
    assert M in scrub(text, NAMES)
    assert scrub(text, Names(["Jan Nowak"], ["Anna Nowak"], dictionary=False)) == text


def _loads_dictionary(*args: str) -> str:
    code = ("import sys; from click.testing import CliRunner; from pismo.cli.main import main; "
            f"r = CliRunner().invoke(main, {list(args)!r}); print(r.exit_code, 'morfeusz2' in sys.modules)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_the_dictionary_loads_for_the_public_version_only(tmp_path):
    assert _loads_dictionary("plan", str(LECZNA), "-o", str(tmp_path)) == "0 False"
    assert _loads_dictionary("plan", str(LECZNA), "-o", str(tmp_path), "--publikacja") == "0 True"


PLANTED = ("Zgłoszenia przekazały Pani Teresa z bloku przy Lubelskiej 5 i p. Wiśniewska, "
           "Wróbel zgłosił kradzież roweru, podziękowano Wieńczysławowi Pawlakowi. Pogadanka w Szkole Podstawowej "
           "im. Marii Konopnickiej przy ul. Jana Pawła II, patrol na Piłsudskiego i Kopernika. ")


def test_a_public_plan_drops_unlisted_residents_and_keeps_patrons_streets_and_officers(tmp_path):
    path = case_with(tmp_path, ("    W rejonie służbowym nr XIII we Wrzosogrodzie problemem",
                                f"    {PLANTED}W rejonie służbowym nr XIII we Wrzosogrodzie problemem"))
    [(_, internal)] = render_kind(path, "plan")
    [(_, public)] = render_kind(path, "plan-publikacja")
    residents = ["Teresa", "Wiśniewska", "Wróbel", "Wieńczysławowi", "Pawlakowi"]
    assert all(leaked(all_parts(internal), s) for s in residents)
    text = all_parts(public)
    assert [s for s in residents if leaked(text, s)] == []
    for kept in ["przy Lubelskiej 5", "im. Marii Konopnickiej", "ul. Jana Pawła II", "na Piłsudskiego i Kopernika",
                 "Zmyślona", "zgłosił kradzież roweru"]:
        assert kept in text, kept
