"""`--publikacja` after the eighteenth publication review (rev-pub18), helper pub32: the public pass grew
quadratically with the names removed in one field (finding 15), and leaks and over-cuts of that review."""

from __future__ import annotations

import importlib

import pytest

from pismo.publication.redact import scrub
from test_publikacja_rev_pub17 import UNIT, _gone, _kept


# --- finding 15: many removed names in one field ----------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["Ala ma kota i psa. ", "Zgłaszający:\n- Jan Kowalski\n- Sowa\n\n",
                                  "Pouczeni: Kurek; Sowa.\nMandaty otrzymali:\nKurek\nSowa\n\n"])
def test_many_removed_names_in_one_field_take_linear_time(unit):
    """Every word was tested against every removed name's span (and each list read the text's whole prefix): a
    256 kB field of first names took 34 s. Four times the text must take about four times the steps (a quadratic
    walk: sixteen). Steps, not seconds: a loaded machine does not change them."""
    from helpers import steps

    finder = importlib.import_module(UNIT.__class__.__module__)
    small, large = steps(scrub, finder, unit * 150, UNIT), steps(scrub, finder, unit * 600, UNIT)
    assert large / small < 6, (small, large)


# --- finding 2: an institution's noun that is a surname, after a first name or „Pan/Pani” -----------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Anna Szkoła z parteru zgłosiła kradzież.", ["Szkoła"]),
    ("Kradzież zgłosiła Anna Szkoła.", ["Szkoła"]),
    ("Pani Rada zgłosiła kradzież.", ["Rada"]),
    ("Pani Szkoła zgłosiła kradzież.", ["Szkoła"]),
    ("Kradzież zgłosiła Anna Szkoła, a Pan Sąd z parteru potwierdził.", ["Szkoła", "Sąd"]),
])
def test_an_institutions_noun_after_a_first_name_or_pani_is_a_surname(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Szkoła zgłosiła kradzież.", ["Szkoła"]),
    ("Rada Osiedla zgłosiła hałas.", ["Rada Osiedla"]),
    ("Zgłoszenie otrzymała Straż Miejska, a potem Sanepid; Szkoła zgłosiła kradzież.", ["Straż Miejska", "Szkoła"]),
    ("Pani Dyrektor Szkoły Podstawowej nr 2 zgłosiła kradzież.", ["Szkoły Podstawowej"]),
])
def test_an_institution_alone_or_named_on_stays(text, words):
    _kept(text, words)


# --- finding 3: particles between the verb and the person --------------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Kradzież zgłosiła natomiast Mazurowa z Wiklinowej, a hałas zgłosił zaś Wróbel z bloku nr 3.", ["Mazurowa", "Wróbel"]),
    ("Kradzież kabla zgłosił jednak Kurek, a potwierdziła znów Sowina.", ["Kurek", "Sowina"]),
    ("Kradzież zgłosiła dopiero Wróblowa.", ["Wróblowa"]),
    ("Kradzież zgłosiła jeszcze Sowa.", ["Sowa"]),
])
def test_a_particle_between_the_verb_and_a_word_surname_parts_nothing(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Kradzież zgłosił jednak Lublin.", ["Lublin"]),
    ("Dotacje otrzymały jednak Łęczna i Puchaczów.", ["Łęczna", "Puchaczów"]),
])
def test_a_place_after_a_particle_stays(text, words):
    _kept(text, words)


# --- finding 4: „albo/lub/bądź” and „wraz z/razem z” ------------------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosiła Kowalska wraz z Sową.", ["Sową"]),
    ("Hałas zgłosiła Kowalska razem z Kurkiem.", ["Kurkiem"]),
    ("Hałas zgłosili Wróbel lub Kurek.", ["Wróbel", "Kurek"]),
    ("Wróbel albo Kurek zgłosił kradzież.", ["Wróbel", "Kurek"]),
])
def test_surnames_joined_by_or_or_together_with_go(text, secrets):
    _gone(text, secrets)


# --- finding 1: every item of a list of persons ------------------------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Mandaty otrzymali:\nKowalski\nKurek\nSowa z parteru", ["Kowalski", "Kurek", "Sowa"]),
    ("Pouczeni: Kowalski; Kurek; Sowa.", ["Kowalski", "Kurek", "Sowa"]),
    ("Zgłaszający:\n- Wróbel (tel. 605 444 333)\n- Kurek\n- Sowa z parteru", ["Wróbel", "Kurek", "Sowa"]),
    ("Pouczeni:\nKurek\nSowa", ["Kurek", "Sowa"]),
])
def test_every_item_of_a_list_of_persons_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Partnerzy:\nGmina Łęczna\nSzkoła Podstawowa nr 2\nStraż Miejska\nGórnik Łęczna",
     ["Gmina Łęczna", "Szkoła Podstawowa", "Straż Miejska", "Górnik Łęczna"]),
    ("Obecni:\nSołtys\nDyrektor szkoły", ["Sołtys", "Dyrektor"]),
    ("Zadania:\nKontrola\nPatrol", ["Kontrola", "Patrol"]),
])
def test_a_list_of_bodies_roles_or_tasks_stays(text, words):
    _kept(text, words)


# --- finding 16: a column of counts, one a line, is no phone -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Interwencje w kwartałach:\n512\n433\n201",
    "Interwencje: 512\n433\n201",
    "Liczba zgłoszeń:\n605\n444\n333",
])
def test_counts_one_a_line_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, secrets", [
    ("tel. 605 444\n333 (Kurek)", ["605", "333"]),
    ("Kontakt 605-444-\n333", ["605", "333"]),
    ("tel.\n605 444\n333", ["605", "333"]),
    ("Kurek\n605 444 333", ["605"]),
])
def test_a_phone_across_a_line_break_with_its_cue_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Stare kamery zostaną wymienione. Mandaty otrzymali:\nKowalski\nKurek\nSowa z parteru", ["Kurek", "Sowa"]),
    ("Wniosek do Urzędu (ul. Wiklinowa) Pouczeni: Kowalski; Kurek; Sowa. Pliki: Plan.docx.", ["Kurek", "Sowa"]),
])
def test_a_list_of_persons_headed_at_a_lines_end_goes(text, secrets):
    _gone(text, secrets)
