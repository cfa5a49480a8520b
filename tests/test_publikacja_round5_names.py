"""`--publikacja` after the third publication review of issue 17 (rev-pub3), findings 16 and 18: names written
surname first, and surnames after a plural role."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import FLAT_MARK, NAME_MARK, scrub

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
    ("Mazur-Bąk Anna zgłosiła hałas.", ["Mazur", "Bąk"]),  # a double surname
    ("Obecni: Mazur Anna Maria, Zając Ewa.", ["Mazur", "Zając"]),  # two first names
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


# Finding 18: a plural role governs every name of the list it opens, and a family's plural after two first names
# is both persons' surname.
@pytest.mark.parametrize("text, gone", [
    ("Bracia Lisowscy zostali ukarani mandatami.", ["Lisowscy"]),
    ("Lokatorzy Kowalczykowie zgłosili.", ["Kowalczykowie"]),
    ("Bracia Kot zgłosili.", ["Kot"]),  # the surname's own form for the family
    ("Małżonkowie Wróbel zgłosili.", ["Wróbel"]),
    ("Panowie Mazur i Baran zgłosili.", ["Mazur", "Baran"]),
    ("Panie Sowa i Wróbel zgłosiły.", ["Sowa", "Wróbel"]),
    ("Państwo Mazur i Baran zgłosili.", ["Mazur", "Baran"]),
    ("Sąsiadki Sowa i Wróbel zgłosiły.", ["Sowa", "Wróbel"]),
    ("Sąsiedzi Mazur i Baran zgłosili.", ["Mazur", "Baran"]),
    ("Sąsiedzi: Mazur, Baran.", ["Mazur", "Baran"]),
    ("Radni: Mazur, Baran, Sowa oraz Kot.", ["Mazur", "Baran", "Sowa", "Kot"]),
    ("Kacper i Zuzia Bąkowie zostali pobici.", ["Kacper", "Zuzia", "Bąkowie"]),
    ("Dzieci Kacper i Zuzia Bąkowie nie chodzą do szkoły.", ["Kacper", "Zuzia", "Bąkowie"]),
    ("Skarga Kozłowskich dotyczy hałasu.", ["Kozłowskich"]),
])
def test_names_after_a_plural_role_go(text, gone):
    out = scrub(text, NAMES)
    assert NAME_MARK in out and not [w for w in gone if w in out], out


@pytest.mark.parametrize("text", [
    "Pracownicy Bogdanki zgłosili hałas.",  # the mine, in the genitive
    "Świadkowie Jehowy odwiedzili mieszkańców.",
    "Sołtysi Gmin Puchaczów i Ludwin zgłosili.",  # not a list of names
    "Sołtysi Bogdanki i Nadrybia zgłosili.",
    "Sąsiedzi Mazur i Baran oraz dzielnicowy asp. Tomasz Wrona byli obecni.",
    "Panowie Mazur i asp. Tomasz Wrona przyszli.",
])
def test_a_plural_role_reaches_no_place_nor_officer(text):
    out = scrub(text, NAMES)
    for word in ("Bogdanki", "Jehowy", "Puchaczów", "Ludwin", "Nadrybia", "Wrona"):
        assert (word in out) == (word in text), out


# Finding 11: a flat number as it is seen (fraction or division slash, glued to the street) goes; a number of a
# document, a room, a line, a match or a family court's file stays.
@pytest.mark.parametrize("text, number", [
    ("Mieszka przy Lipowej 12\u20443.", "12\u20443"),
    ("Mieszka przy Lipowej 12\u22153.", "12\u22153"),
    ("Mieszka przy ul. Lipowej 12\u22153.", "12\u22153"),
    ("Mieszka w mieszkaniu 12\u20443.", "12\u20443"),
    ("Adres: Lipowa12/3", "12/3"),
])
def test_a_flat_number_as_seen_goes(text, number):
    out = scrub(text, NAMES)
    assert FLAT_MARK in out and number not in out, out


@pytest.mark.parametrize("text", [
    "Zarządzenie Burmistrza 12/3 z 2025 r.",
    "Zarządzenie Komendanta 12/3.",
    "Uchwała Rady Osiedla 12/3.",
    "Pismo Komendanta Powiatowego 12/3.",
    "Skarga Mieszkańców 12/3.",
    "Karta Nauczyciela 12/3",
    "Wynik Górnika 2/1",
    "Mecz Górnik Łęczna 2/1 Motor",
    "Linia 12/3 kursuje.",
    "Pokój 12/3 w KPP",
    "Sala 12/3 w Urzędzie Gminy",
    "sygn. akt III Nkd 123/25",
    "Sygn. akt III Nmo 7/25",
])
def test_a_number_of_a_document_room_or_file_stays(text):
    assert scrub(text, NAMES) == text


def test_a_flat_after_a_finished_sentence_still_goes():
    out = scrub("Skarga wpłynęła. Zgłaszający mieszka Lipowa 12/3.", NAMES)
    assert "12/3" not in out, out


# Finding 17: after a service's label the whole profile name goes – with a suffix word or a year, glued, with an
# underscore, in lower case; an institution's name stays.
@pytest.mark.parametrize("text, gone", [
    ("Facebook: Kasia Wróbel Official", ["Wróbel", "Official"]),
    ("Instagram: Zenek Baran 1987", ["Baran", "1987"]),
    ("Facebook: Wróbel Kasia Official", ["Wróbel"]),  # surname first
    ("Facebook: Mazur Jan 1987", ["Mazur", "1987"]),
    ("Facebook: Anna Mazur Fotografia", ["Mazur"]),
    ("Facebook: KasiaWróbel", ["Wróbel"]),
    ("Facebook: Kasia_Wróbel", ["Wróbel"]),
    ("Facebook: kasia wróbel", ["wróbel"]),
    ("Instagram kasia.wróbel", ["wróbel"]),
    ("@kasia_wróbel", ["wróbel"]),
    ("Zenek Baran 1987 zgłosił.", ["Baran"]),  # a year is no house number
])
def test_a_profile_name_goes_whole(text, gone):
    out = scrub(text, NAMES)
    assert not [w for w in gone if w in out], out


@pytest.mark.parametrize("text", [
    "Facebook: Gmina Puchaczów", "Instagram: Świetlica Promyk", "Facebook: Szkoła Podstawowa w Bogdance",
    "FB: Żabka", "Facebook: Urząd Gminy Ludwin 2024", "Facebook: Ośrodek Kultury", "Facebook: Policja Łęczna",
    "Facebook: Górnik Łęczna", "Facebook: Żłobek Miejski", "Facebook: Jan Paweł II", "Facebook: Łęczna",
])
def test_an_institutions_profile_stays(text):
    assert scrub(text, NAMES) == text
