"""`--publikacja` after the second publication review of issue 17: officers, civil servants and places one step
beside the earlier fixes — an officer who reports to an office stays, a civil servant whose office follows a comma
goes, villages named like diminutives stay."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])


def _check_stays(text: str, word: str) -> None:
    result = scrub(text, NAMES)
    assert word in result, result


def _check_goes(text: str, word: str) -> None:
    result = scrub(text, NAMES)
    assert word not in result and NAME_MARK in result, result


# Finding 1: an office the officer informs, talks to or works with is no employer of the officer.
@pytest.mark.parametrize("text, kept", [
    ("Sierż. Tomasz Wrona przekazał informację do Urzędu Gminy.", "Wrona"),
    ("Dzielnicowy Tomasz Wrona przekazał informację do Ośrodka Pomocy Społecznej w Łęcznej.", "Wrona"),
    ("Sierż. Tomasz Wrona przekazał informację do MOPS.", "Wrona"),
    ("Sierż. Tomasz Wrona powiadomił Sąd Rejonowy w Lublinie.", "Wrona"),
    ("Z Urzędem Gminy uzgodnił to sierż. Tomasz Wrona.", "Wrona"),
    ("Po rozmowie z Urzędem Gminy asp. Tomasz Wrona sporządził notatkę.", "Wrona"),
    ("Do Urzędu Gminy pojechał asp. Tomasz Wrona.", "Wrona"),
    ("Wspólną kontrolę przeprowadzili sierż. Tomasz Wrona i strażnik miejski.", "Wrona"),
    ("Mieszkańcy zgłosili to sierż. Tomaszowi Wronie oraz Straży Miejskiej.", "Wronie"),
    ("Kontrolę przeprowadzili strażnik miejski Jan Kowalski i sierż. Tomasz Wrona z KPP.", "Wrona"),
    ("Obecni: insp. Marta Zawadzka – Urząd Miejski, sierż. Tomasz Wrona – KPP.", "Wrona"),
    ("Obecni: sierż. Tomasz Wrona, st. asp. Ewa Bąk itd.", "Wrona"),
    ("asp. Tomasz Wrona, kierownik Rewiru Dzielnicowych, przedstawił plan.", "Wrona"),
    ("Zatwierdził: Komendant Powiatowy Policji w Łęcznej mł. insp. Tomasz Wrona, Urząd Gminy powiadomiony.", "Wrona"),
    ("sierż. Tomasz Wrona wraz ze Strażą Miejską przeprowadził kontrolę.", "Wrona"),
    ("asp. Tomasz Wrona z Komisariatu Policji w Milejowie pomógł.", "Wrona"),
    ("asp. Tomasz Wrona (KPP w Łęcznej) oraz insp. Adam Kruk (Urząd Gminy).", "Wrona"),
    ("Dla Urzędu Gminy notatkę sporządził asp. Tomasz Wrona.", "Wrona"),
])
def test_an_officer_who_works_with_an_office_stays(text, kept):
    _check_stays(text, kept)


# Finding 14: the employer written after a comma, a parenthesis or a dash, and services the list lacked.
@pytest.mark.parametrize("text, gone", [
    ("insp. Marta Zawadzka, Urząd Miejski", "Zawadzka"),
    ("insp. Marta Zawadzka, Urząd Miejski w Łęcznej, przedstawiła program.", "Zawadzka"),
    ("insp. Marta Zawadzka (Urząd Miejski w Łęcznej) przedstawiła program.", "Zawadzka"),
    ("Obecni: insp. Marta Zawadzka – Urząd Miejski, sierż. Tomasz Wrona – KPP.", "Zawadzka"),
    ("podinsp. Adam Kruk (Urząd Gminy) pomógł.", "Kruk"),
    ("insp. Adam Kruk, pracownik Urzędu Gminy, pomógł.", "Kruk"),
    ("insp. Adam Kruk z WIOŚ pomógł.", "Kruk"),
    ("insp. Adam Kruk z ITD pomógł.", "Kruk"),
    ("insp. Adam Kruk z PINB pomógł.", "Kruk"),
    ("sierż. Adam Kruk ze Służby Więziennej pomógł.", "Kruk"),
    ("asp. Adam Kruk z Aresztu Śledczego w Lublinie pomógł.", "Kruk"),
    ("sierż. Adam Kruk z 19. Lubelskiej Brygady WOT pomógł.", "Kruk"),
    ("Kontrolę prowadził insp. Roman Borkowski z Urzędu Gminy.", "Borkowski"),
    ("Ze Straży Miejskiej mł. insp. Dariusz Wójcik pilnował przejścia.", "Wójcik"),
    ("sierż. Anna Bąk z Komisariatu Straży Granicznej pomogła.", "Bąk"),
    ("asp. Tomasz Wrona (KPP w Łęcznej) oraz insp. Adam Kruk (Urząd Gminy).", "Kruk"),
    ("insp. Adam Kruk: Urząd Gminy.", "Kruk"),
    ("insp. Adam Kruk\nUrząd Gminy w Spiczynie", "Kruk"),
    ("Urząd Gminy – insp. Adam Kruk", "Kruk"),
    ("Straż Miejska, insp. Adam Kruk", "Kruk"),
])
def test_a_civil_servant_with_a_rank_like_title_goes(text, gone):
    _check_goes(text, gone)
