"""`--publikacja` after the nineteenth publication review (rev-pub19), helper pub34: over-cuts pub33's rules brought –
a removed surname's later mentions where the word is a thing (findings 11, 23) and institutions in apposition (8, 21)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from test_publikacja_rev_pub17 import _gone, _kept

# The review's unit (rev-pub19 probe2x.py): its county town makes „Starosta Łęczyński” the office's.
LECZNA = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
               places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


# --- findings 11, 23: a later mention of a removed surname that stands as a thing there -------------------------------

@pytest.mark.parametrize("text, words", [
    ("Zgłosił Jan Łęczyński. Starosta Łęczyński przekazał środki.", ["Starosta Łęczyński"]),
    ("Zgłosił Jan Bogdanka. Kopalnia Bogdanka przekazała kamery.", ["Kopalnia Bogdanka"]),
    ("Zgłosiła Anna Batory. Spółdzielnia „Batory” udostępniła salę, SM Batory też.",
     ["Spółdzielnia „Batory”", "SM Batory"]),
    ("Zgłosił Jan Staszic. Wnioski przyjmuje KPP przy Staszica 9.", ["przy Staszica 9"]),
    ("Zgłosił Jan Jaśmin. Kamera przy Jaśminowej znów działa.", ["przy Jaśminowej"]),
    ("Zgłosiła Anna Polak. Polak i Ukrainiec zostali pouczeni.", ["Polak i Ukrainiec"]),
])
def test_a_removed_surnames_word_as_an_office_body_quote_or_street_stays(text, words):
    out = _kept(text, words, LECZNA)
    assert "Jan" not in out and "Anna" not in out, out


@pytest.mark.parametrize("text, secrets", [
    ("Zgłosił Jan Kurek. Później Kurek dzwonił jeszcze raz.", ["Kurek"]),
    ("Kradzież zgłosił Tomasz Kos. Kosa widziano przy garażach.", ["Kos"]),
    ("Hałas zgłosiła Anna Wiśniewska. Wiśniewskiej nie było w domu.", ["Wiśniewsk"]),
    ("Zgłosiła Anna Polak. Polak z parteru przeprosił.", ["Polak"]),
])
def test_the_removed_persons_own_later_mentions_still_go(text, secrets):
    _gone(text, secrets, LECZNA)


# --- finding 21: a body's name in apposition is no person ----------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Straż Miejska, partner planu, patroluje teren w weekendy.", ["Straż Miejska, partner planu"]),
    ("Urząd Miejski, partner wiodący, wymieni kamery.", ["Urząd Miejski, partner wiodący"]),
])
def test_a_body_with_a_role_in_apposition_stays(text, words):
    _kept(text, words, LECZNA)


@pytest.mark.parametrize("text, secrets", [
    ("Sowa, sąsiadka z parteru, zgłosiła hałas.", ["Sowa"]),
    ("Kurek, partner Sowy, zgłosił kradzież.", ["Kurek"]),
])
def test_a_surname_with_a_role_in_apposition_still_goes(text, secrets):
    _gone(text, secrets, LECZNA)


# --- finding 22: a vehicle's „rocznik” is its model year, no one's birth ------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Skradziono Opla Astrę, rocznik 2008; odzyskano rower Kross, rocznik 2019.", ["rocznik 2008", "rocznik 2019"]),
    ("Samochód (rocznik 2015) odholowano na parking strzeżony.", ["rocznik 2015"]),
])
def test_a_vehicles_model_year_stays(text, words):
    _kept(text, words, LECZNA)


@pytest.mark.parametrize("text, secrets", [
    ("Zatrzymany (rocznik 2008) był nietrzeźwy.", ["2008"]),
    ("Sprawca, rocznik 1990, uciekł autem.", ["1990"]),
])
def test_a_persons_rocznik_still_goes(text, secrets):
    _gone(text, secrets, LECZNA)


# --- finding 29: a village after a man's office is the office's, not a wife's form ------------------------------------

def test_a_village_after_a_mans_office_stays():
    _kept("Wniosek poparli Pan Sołtys Cycowa i Pan Radny Milejowa.", ["Pan Sołtys Cycowa", "Pan Radny Milejowa"], LECZNA)


@pytest.mark.parametrize("text, secrets", [
    ("Wniosek poparła Pani Sołtys Wróblowa.", ["Wróblowa"]),
    ("Wniosek poparł Pan Sołtys Kowalski.", ["Kowalski"]),
])
def test_a_name_after_an_office_still_goes(text, secrets):
    _gone(text, secrets, LECZNA)


# --- finding 3: „Hałas” before a verb and a Ukrainian subject is the noise ----------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Сергій.", ["Сергій"]),
    ("Hałas zgłosił Ігор Мельник.", ["Ігор", "Мельник"]),
    ("Hałas zgłosiła Олена.", ["Олена"]),
])
def test_a_noise_reported_by_a_ukrainian_stays_the_noise(text, secrets):
    assert _gone(text, secrets, LECZNA).startswith("Hałas zgłosi")


def test_a_surname_before_a_verb_and_a_ukrainian_dative_still_goes():
    _gone("Kurek zgłosił Сергію kradzież.", ["Kurek", "Сергію"], LECZNA)
