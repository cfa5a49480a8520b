"""`--publikacja` after the third publication review of issue 17 (rev-pub3), findings 16 and 18: names written
surname first, and surnames after a plural role."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])
BARE = Names([], [])


# Finding 16: lists, forms and capitals write a name surname first; a surname that is also a word or a place
# („Mazur”, „Kot”, „Wróbel”) with a first name is a person in that order too.
@pytest.mark.parametrize("text, gone", [
    ("Mazur Jan zgłosił hałas.", ["Mazur", "Jan"]),
    ("Wróbel Katarzyna zgłosiła hałas.", ["Wróbel", "Katarzyna"]),
    ("Kot Piotr zgłosił hałas.", ["Kot", "Piotr"]),
    ("Gołąb Jan zgłosił hałas.", ["Gołąb"]),
    ("Obecni: Mazur Jan, Zając Ewa.", ["Mazur", "Zając"]),
    ("Obecni: Wróbel Katarzyna, Sowa Anna, Mazur Jan.", ["Wróbel", "Sowa", "Mazur"]),
    ("Mazur Jan, ul. Lipowa 5", ["Mazur"]),
    ("MAZUR JAN", ["MAZUR", "JAN"]),
    ("Ukarano: Kot Piotr (mandat), Dudek Adam (pouczenie).", ["Kot", "Dudek"]),
    ("Wróbel Katarzyna (zgłaszająca)", ["Wróbel"]),
    ("Facebook: Wróbel Katarzyna", ["Wróbel"]),
    ("Hałas zgłosił Mazur Jan.", ["Mazur"]),
    ("Mazur Wieńczysław zgłosił hałas.", ["Mazur", "Wieńczysław"]),  # a first name no list holds
    ("Obecni:\nMazur Jan\nZając Ewa", ["Mazur", "Jan", "Zając", "Ewa"]),  # one a line
    ("Obecni:\nKowalczyk Jan\nKowalska Ewa", ["Kowalczyk", "Jan", "Kowalska", "Ewa"]),
    ("Obecni:\n- Mazur Jan\n- Zając Ewa", ["Mazur", "Zając"]),
    ("1. Mazur Jan\n2. Baran Piotr", ["Mazur", "Baran"]),
])
def test_a_name_written_surname_first_goes(text, gone):
    out = scrub(text, NAMES)
    assert NAME_MARK in out and not [w for w in gone if w in out], out


@pytest.mark.parametrize("text", [
    "Drogi Janie, dziękujemy za pomoc.",  # a greeting
    "Król Jan Sobieski wygrał pod Wiedniem.",  # a ruler
    "W Milejowie Jan zgłosił hałas.",  # a village's locative, though „Milejowie” is a plural surname too
    "Spotkanie w Cycowie Anna prowadziła.",
    "Patrol przy ul. Lipowa Anna.",  # a street, though „Lipowa” is a surname
    "asp. Wrona Tomasz prowadzi rejon.",  # an officer, surname first
    "Przykładowy Marek prowadzi rejon.",  # the listed officer, surname first
])
def test_a_place_greeting_or_officer_before_a_first_name_stays(text):
    out = scrub(text, NAMES)
    for word in ("Milejowie", "Cycowie", "Lipowa", "Wrona", "Przykładowy", "Drogi", "Sobieski", "Król"):
        assert (word in out) == (word in text), out


def test_an_officer_listed_surname_first_stays_beside_a_resident():
    out = scrub("Obecni:\nasp. Wrona Tomasz\nMazur Jan", BARE)
    assert "asp. Wrona Tomasz" in out and "Mazur" not in out, out
