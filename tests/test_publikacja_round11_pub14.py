"""`--publikacja` after the eighth publication review (rev-pub8), helper pub14: what tests/publication_corpus.py
cannot hold – the unit's town names its own pages (finding 14)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import PHONE_MARK, PROFILE_MARK, scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród", "Łęczna"])


@pytest.mark.parametrize("text", [
    "Strona miasta: facebook.com/Wrzosogrod, @Wrzosogrod, facebook.com/Leczna.",
    "Plan: www.wrzosogrod.pl/plan/606100202 i https://leczna.pl/aktualnosci/606100203.",
])
def test_the_units_town_names_its_own_pages(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone, mark", [
    ("Sprawca: facebook.com/zenek.wrzosogrod i @ZenekWrzosogrod.", ["zenek", "Zenek"], PROFILE_MARK),
    ("Profil: facebook.com/halina.kwiatkowska.wrzosogrod.", ["halina", "kwiatkowska"], PROFILE_MARK),
    ("Sklep: www.wrzosogrod-sklep.pl/kontakt?n=606100200 – numer sprzedawcy.", ["606100200"], PHONE_MARK),
])
def test_a_person_named_with_the_town_still_goes(text, gone, mark):
    out = scrub(text, UNIT)
    assert mark in out and not any(word in out for word in gone), out
