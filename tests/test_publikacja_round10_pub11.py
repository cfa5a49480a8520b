"""`--publikacja` after the seventh publication review (rev-pub7), helper pub11: what tests/publication_corpus.py
cannot hold – a case whose unit's town is also a resident's name (finding 17)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, scrub

GORA = Names(["Zbigniew Góra"], ["Anna Zmyślona"], places=["Komenda Powiatowa Policji w Górze", "Góra"])
KAZIMIERZ = Names(["Kazimierz Nowicki"], ["Anna Zmyślona"],
                  places=["Komisariat Policji w Kazimierzu Dolnym", "Kazimierz Dolny"])


@pytest.mark.parametrize("names, text, secret", [
    (GORA, "Góra zgłosił kradzież paliwa z koparki.", "Góra"),
    (GORA, "Kradzież zgłosił pan Góra.", "Góra"),
    (KAZIMIERZ, "Pan Kazimierz zgłosił kradzież.", "Kazimierz"),
    (KAZIMIERZ, "Mieszkaniec Kazimierz zgłosił kradzież.", "Kazimierz"),
])
def test_a_resident_named_like_the_units_town_goes(names, text, secret):
    result = scrub(text, names)
    assert secret not in result and NAME_MARK in result, result


@pytest.mark.parametrize("names, text", [
    (GORA, "Komendant KPP w Górze poinformował, że patrol z Góry wrócił; mieszkańcy Góry zgłosili."),
    (KAZIMIERZ, "W Kazimierzu Dolnym patrol; Kazimierz Dolny zgłosił udział, Urząd Miasta Kazimierz Dolny poinformował."),
])
def test_the_units_town_stays(names, text):
    assert scrub(text, names) == text


# Finding 10: a listed resident whose surname is a place's adjective leaves the institutions named with it.
ADJECTIVES = Names(["Krzysztof Lubelski", "Józef Wrzosogrodzki"], ["Anna Zmyślona"])


@pytest.mark.parametrize("text", [
    "Wniosek do Lubelskiego Urzędu Wojewódzkiego; Lubelska Spółdzielnia Mieszkaniowa przycięła żywopłot.",
    "Współpraca z Lubelskim Centrum Kultury, autobusy Lubelskiej Komunikacji i Wrzosogrodzki Dom Kultury.",
])
def test_an_institution_named_with_a_residents_adjective_surname_stays(text):
    assert scrub(text, ADJECTIVES) == text


@pytest.mark.parametrize("text, secret", [
    ("Lubelski zgłosił hałas.", "Lubelski"), ("Wniosek poparł Lubelski.", "Lubelski"),
    ("Lubelski Krzysztof zgłosił hałas.", "Lubelski"), ("Lubelski Dzisiaj zgłosił hałas.", "Lubelski"),
    ("Wrzosogrodzki zgłosił hałas.", "Wrzosogrodzki"),
])
def test_the_resident_of_that_surname_still_goes(text, secret):
    assert secret not in scrub(text, ADJECTIVES)
