"""`--publikacja` after the ninth publication review (rev-pub9), helper pub13: what tests/publication_corpus.py
cannot hold – a case whose unit's town stands before a resident's name (finding 5)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, scrub

WRZOSOGROD = Names(["Jolanta Próbna"], ["Anna Zmyślona"],
                   places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])
KAZIMIERZ = Names(["Kazimierz Nowicki"], ["Anna Zmyślona"],
                  places=["Komisariat Policji w Kazimierzu Dolnym", "Kazimierz Dolny"])


@pytest.mark.parametrize("text, secret, kept", [
    ("Mieszkaniec Wrzosogrodu Jan Kowalski zgłosił kradzież.", "Kowalski", "Mieszkaniec Wrzosogrodu "),
    ("Ogłoszenie przekaże mieszkaniec Wrzosogrodu Dominik K.", "Dominik", "mieszkaniec Wrzosogrodu "),
    ("Mieszkanka Wrzosogrodu Anna W. zgłosiła kradzież.", "Anna", "Mieszkanka Wrzosogrodu "),
])
def test_the_units_town_before_a_residents_name_stays(text, secret, kept):
    result = scrub(text, WRZOSOGROD)
    assert secret not in result and kept in result and NAME_MARK in result, result


@pytest.mark.parametrize("text, expected", [
    ("Ogłoszenie przekaże mieszkaniec Wrzosogrodu Dominik K.", f"Ogłoszenie przekaże mieszkaniec Wrzosogrodu {NAME_MARK}."),
    ("Zgłosił to Marek P. z Lublina.", f"Zgłosił to {NAME_MARK} z Lublina."),
    ("Zgłosił to Marek P., sąsiad.", f"Zgłosił to {NAME_MARK}, sąsiad."),
])
def test_an_initials_dot_goes_with_the_name_and_the_sentences_stays(text, expected):
    assert scrub(text, WRZOSOGROD) == expected


def test_a_resident_named_like_the_town_still_goes():
    assert "Kazimierz" not in scrub("Mieszkaniec Kazimierz zgłosił kradzież.", KAZIMIERZ)
    assert scrub("Mieszkaniec Wrzosogrodu zgłosił kradzież.", WRZOSOGROD) == "Mieszkaniec Wrzosogrodu zgłosił kradzież."


def test_a_dates_month_is_no_lower_case_first_name():
    """Finding 3: „maja” after a day is the month, though „Maja” is a first name and a surname follows."""
    result = scrub("Od 3 maja wiśniewski zgłaszał hałas; zgłaszająca: anna wiśniewska.", WRZOSOGROD)
    assert "3 maja" in result and "anna wiśniewska" not in result, result
