"""`--publikacja` after the fifth publication review of issue 17 (rev-pub5), findings 13-20: honorifics in every
case, titles before a surname, surname-first pairs, participants' functions, reporting verbs, handles."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])


def _gone(text: str, gone: list[str]) -> str:
    out = scrub(text, NAMES)
    assert NAME_MARK in out, out
    assert not any(word in out for word in gone), out
    return out


# Finding 18: „Państwem” and the plural of „pan”/„pani” in every case name the family as „Państwo” does.
@pytest.mark.parametrize("text, gone", [
    ("Z Państwem Kowalskimi rozmawiano.", ["Kowalskimi"]),
    ("Z państwem Mazurami rozmawiano.", ["Mazurami"]),
    ("Z Państwem Baranami rozmawiano.", ["Baranami"]),
    ("Z Państwem Mazurem rozmawiano.", ["Mazurem"]),
    ("Z Paniami Kowalskimi rozmawiano.", ["Kowalskimi"]),
    ("Paniom Kowalskim podziękowano.", ["Kowalskim"]),
    ("O Paniach Kowalskich mówiono.", ["Kowalskich"]),
    ("Od Pań Kowalskich wpłynęła skarga.", ["Kowalskich"]),
    ("Z paniami Mazur i Sową rozmawiano.", ["Mazur", "Sową"]),
    ("Z Państwem Mazurem i Sową rozmawiano.", ["Mazurem", "Sową"]),
    ("U Państwa Mazurów i Baranów interweniowano.", ["Mazurów", "Baranów"]),
])
def test_every_case_of_the_honorific_plural_names_a_family(text, gone):
    _gone(text, gone)


@pytest.mark.parametrize("text", [
    "Rozmawiano z Państwem o bezpieczeństwie.",
    "Rozmawiano z paniami z KGW.",
    "Z panami z Urzędu Gminy Puchaczów rozmawiano.",
    "W Państwie Polskim obowiązuje prawo.",
])
def test_the_honorific_plural_without_a_name_stays(text):
    assert scrub(text, NAMES) == text
