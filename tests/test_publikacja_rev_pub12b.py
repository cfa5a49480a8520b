"""`--publikacja` after the twelfth publication review (rev-pub12), helper pub21: what pub20 left open – a first
name or a diminutive that is a place or a word too with a neighbour's locator and a verb („Zbyszek z 8a pije”,
„Grzechu z garaży pożycza”), while a nationality's noun with a locator stays („Polka z 8a”) (finding 5); a fan's
name after a club in a case („Kibic Legii Kowal”, „Kibice Lecha Marek i Adam”), the club and its town staying
(finding 1); a list of first names that are words or places too before or after a plural verb („Róża, Kalina,
Pola i Wiola piją”), while a list of villages is no „Surname, First name” pair („Wsie: Kalina, Pola i Wola”)
(finding 6); a stretch of streets after an opening „Od” („Od Lipowej do Kopernika”: no wife's form) (finding 4);
an officer's first name after her rank before a removed phone stays, a private one goes (finding 3); a first name
that is a word, or one the dictionary lacks, tied to a person by a kin noun („brat Marka”, „Lew, brat Marka”,
„Samir, kolega Kacpra”) (finding 6); a lone first name after a removed number and a dash („600 … – Marian.”)
(finding 3)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("Zbyszek z 8a pije pod sklepem.", "Zbyszek"),
    ("Olek z 8a pije pod sklepem.", "Olek"),
    ("Majka z 8a pije pod sklepem.", "Majka"),
    ("Ina z 8a pije pod sklepem.", "Ina"),
    ("Pobiła go Ina z Lipowej.", "Ina"),
    ("Grzechu z garaży pożycza pieniądze na procent.", "Grzechu"),
    ("Od roku Olek z trzeciego piętra handluje dopalaczami.", "Olek"),
    ("Zbyszek z parteru awanturuje się.", "Zbyszek"),
    ("Pisze do mnie Pola z 2a.", "Pola"),
])
def test_a_first_name_with_a_neighbours_locator_and_a_verb_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Polka z 8a pije pod sklepem.",
    "Niemka z 8a pije pod sklepem.",
    "Lampka z 8a nie świeci.",
    "Mieszkańcy Zbyszka z gminy Lipno jeżdżą do Lublina.",
    "Autobus do Olek z Lublina jedzie godzinę.",
    "Rzeka Ina z Pomorza wylała.",
])
def test_a_nationality_a_thing_or_a_place_with_a_locator_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Kibic Legii Kowal rzucał racą.", ["Kowal"]),
    ("Kibic Legii Kowalczyk rzucał racą.", ["Kowalczyk"]),
    ("Kibice Lecha Marek i Adam pobili się.", ["Marek", "Adam"]),
    ("Kibic Lecha Marek rzucał racą.", ["Marek"]),
    ("Piłkarz Legii Nowak strzelił gola.", ["Nowak"]),
])
def test_a_fans_name_after_a_club_in_a_case_goes(text, gone):
    out = scrub(text, UNIT)
    assert not any(name in out for name in gone) and ("Legii" in out or "Lecha" in out), out


@pytest.mark.parametrize("text", [
    "Kibic Legii Warszawa rzucał racą.",
    "Kibic Lecha Poznań rzucał racą.",
    "Kibice Lecha Poznań i Wisły Kraków starli się.",
    "Kibice Stali Mielec i Resovii Rzeszów starli się.",
    "Mecz Polonii Warszawa z Lechem Poznań.",
])
def test_a_club_and_its_town_after_a_fans_word_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Róża, Kalina, Pola i Wiola piją pod sklepem.", ["Róża", "Kalina", "Pola", "Wiola"]),
    ("Pod sklepem piją Róża, Kalina i Pola.", ["Róża", "Kalina", "Pola"]),
    ("Róża i Pola piją pod sklepem.", ["Róża", "Pola"]),
    ("Na ławce siedzą Kasia, Róża i Pola.", ["Kasia", "Róża", "Pola"]),
])
def test_a_list_of_first_names_that_are_words_with_a_plural_verb_goes(text, gone):
    out = scrub(text, UNIT)
    assert not any(name in out for name in gone), out


@pytest.mark.parametrize("text", [
    "Wsie: Kalina, Pola i Wola.",
    "Sołectwa: Kalina, Pola, Wola.",
    "Kalina, Pola i Wola to wsie gminy.",
    "Wsie Kalina i Pola leżą w gminie.",
    "Wsie Kalina, Pola i Wola leżą w gminie.",
])
def test_a_list_of_villages_named_like_first_names_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Mazur, Jan – zgłaszający; Sowa, Anna – świadek.", ["Mazur", "Jan", "Sowa", "Anna"]),
    ("Kowalska, Anna, zamieszkała przy Lipowej.", ["Kowalska", "Anna"]),
])
def test_a_surname_comma_first_name_still_goes(text, gone):
    out = scrub(text, UNIT)
    assert not any(name in out for name in gone), out


@pytest.mark.parametrize("text", [
    "Od Lipowej do Kopernika piją grupy młodzieży.",
    "Od Lipowej do Kopernika jest ciemno.",
    "Od Mickiewicza do Kopernika piją grupy młodzieży.",
    "Patrol chodzi od Mickiewicza do Kopernika.",
])
def test_a_stretch_of_streets_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Z Nowakową nikt nie rozmawia.", "Nowakową"),
    ("Od Nowakowej dzwonili dwa razy.", "Nowakowej"),
])
def test_a_wifes_form_after_an_opening_preposition_still_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text, name", [
    ("asp. Anna – 600 700 800.", "asp. Anna"),
    ("Kontakt: dzielnicowa Anna, 600 700 800.", "dzielnicowa Anna"),
])
def test_an_officers_first_name_after_her_rank_before_a_phone_stays(text, name):
    out = scrub(text, UNIT)
    assert name in out and "600" not in out, out


@pytest.mark.parametrize("text", [
    "Anna – 600 700 800.",
    "Sąsiadka Anna – 600 700 800.",
    "Kontakt: Halina, 600 700 800.",
])
def test_a_first_name_before_a_phone_without_a_rank_goes(text):
    out = scrub(text, UNIT)
    assert "Anna" not in out and "Halina" not in out and "600" not in out, out


@pytest.mark.parametrize("text, gone", [
    ("Krzyczał na nas Lew, brat Marka.", ["Lew", "Marka"]),
    ("To brat Marka.", ["Marka"]),
    ("Samir, kolega Kacpra, handluje e-papierosami.", ["Samir", "Kacpra"]),
    ("Róża, siostra Kacpra, handluje e-papierosami.", ["Róża"]),
    ("Marek, syn sąsiadki, handluje e-papierosami.", ["Marek"]),
])
def test_a_first_name_tied_by_a_kin_noun_goes(text, gone):
    out = scrub(text, UNIT)
    assert not any(name in out for name in gone), out


@pytest.mark.parametrize("text", [
    "Lublin, stolica województwa, leży nad Bystrzycą.",
    "Lew, król zwierząt, śpi w zoo.",
    "Kalina, wieś w gminie, leży nad rzeką.",
])
def test_a_place_or_an_animal_in_apposition_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text", [
    "PESEL 71051412345 – Marian.",
    "600 700 800 – Marian.",
])
def test_a_first_name_after_a_removed_number_and_a_dash_goes(text):
    out = scrub(text, UNIT)
    assert "Marian" not in out and "600" not in out and "7105" not in out, out


@pytest.mark.parametrize("text, kept", [
    ("600 700 800 – Lublin.", "Lublin"),
    ("Tel. 600 700 800 – dzielnicowa Anna.", "dzielnicowa Anna"),
])
def test_a_place_or_an_officer_after_a_removed_number_stays(text, kept):
    assert kept in scrub(text, UNIT)
