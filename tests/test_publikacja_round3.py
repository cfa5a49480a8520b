"""`--publikacja` after the third red team (issue 17): what the corpus (tests/publication_corpus.py) cannot say
line by line — whole cases and the persons the case's fields name."""

from __future__ import annotations

from pismo.case.loader import load_case
from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, redact, scrub
from test_publikacja import RESIDENT, case_with

MENTIONING_THE_POLICE = [("Halina Sroczyńska", "mieszkanka, sąsiadka dzielnicowej"),
                         ("Piotr Mazurek", "pokrzywdzony, powiadomił Policję o kradzieży"),
                         ("Ewa Grzywacz", "synowa policjanta, Rada Rodziców SP 2"),
                         ("Roman Ciołek", "Stowarzyszenie Przyjaciół Policji"),
                         ("insp. Marta Zawadzka", "Wydział Gospodarki Komunalnej Urzędu Miejskiego")]


def test_participants_whose_function_only_mentions_the_police_are_private(tmp_path):
    rows = "".join(f"        - imie_nazwisko: {n}\n          funkcja: {f}\n" for n, f in MENTIONING_THE_POLICE)
    path = case_with(tmp_path, (RESIDENT, rows + RESIDENT),
                     ("Przyjęto ustalenia", "Halinę Sroczyńską, Piotra Mazurka, Ewę Grzywacz, Romana Ciołka i Martę "
                      "Zawadzką wysłuchano. Przyjęto ustalenia"))
    held = redact(load_case(path).sprawa).spotkania[0].protokol
    assert [u.imie_nazwisko for u in held.obecni] == ["st. asp. Anna Zmyślona"]
    text = str(held.model_dump())
    assert not [n for n in ("Sroczyńsk", "Mazurk", "Grzywacz", "Ciołk", "Zawadzk") if n in text]


def test_an_addressee_with_a_civil_servants_rank_is_no_officer():
    names = Names(["insp. Marta Zawadzka"], ["Marek Przykładowy"])
    for text in ("Marta Zawadzka przekazała informację.", "Pani Zawadzka przekazała informację."):
        assert "Zawadzka" not in scrub(text, names) and NAME_MARK in scrub(text, names)


def test_a_listed_residents_short_surname_goes_where_it_names_the_person():
    names = Names(["Jerzy Lis", "Adam Kot"], ["Marek Przykładowy"])
    for text in ("Termin uzgodniono z Lisem.", "Wniosek poparł Kot.", "Kot poinformował o dewastacji.",
                 "Klucze odebrano od Lisa."):
        assert NAME_MARK in scrub(text, names), text
    for text in ("Lis przebiegł przez drogę.", "Kot siedział na płocie."):  # an animal, no verb of a person
        assert scrub(text, names) == text
