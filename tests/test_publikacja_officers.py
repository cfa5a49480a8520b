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
    ("Ze Straży Miejskiej przyszedł insp. Adam Kruk.", "Kruk"),
    ("Urząd Gminy reprezentował insp. Adam Kruk.", "Kruk"),
    ("Policja i Urząd Gminy: insp. Adam Kruk", "Kruk"),
    ("insp. Adam Kruk, który pracuje w Urzędzie Gminy, pomógł.", "Kruk"),
    ("insp. Adam Kruk z Wydziału Ochrony Środowiska Urzędu Miasta Lublin pomógł.", "Kruk"),
])
def test_a_civil_servant_with_a_rank_like_title_goes(text, gone):
    _check_goes(text, gone)


# Finding 13: „dzielnicowy” as a label with a colon, the masculine post of a woman officer, the post after the name.
@pytest.mark.parametrize("text, kept", [
    ("Dzielnicowy: Tomasz Wrona", "Wrona"),
    ("Dzielnicowa: Ewa Bąk", "Bąk"),
    ("Sporządził:\nDzielnicowy: Tomasz Wrona", "Wrona"),
    ("Dzielnicowy Anna Bąk prowadziła spotkanie.", "Bąk"),
    ("Dzielnicowy Anna Bąk odwiedziła szkołę.", "Bąk"),
    ("Tomasz Wrona – dzielnicowy", "Wrona"),
    ("Tomasz Wrona, dzielnicowy rejonu nr 3", "Wrona"),
    ("Ewa Bąk, dzielnicowa KPP w Łęcznej, prowadziła spotkanie.", "Bąk"),
    ("Anna Mazur, policjantka z KPP, pomogła.", "Mazur"),
    ("Dzielnicowy rejonu nr 3 Tomasz Wrona przeprowadził obchód.", "Wrona"),
    ("Dzielnicowy KPP w Łęcznej Tomasz Wrona przeprowadził obchód.", "Wrona"),
    ("Dzielnicowa Komisariatu Policji w Milejowie Ewa Bąk prowadziła spotkanie.", "Bąk"),
])
def test_an_officer_named_by_the_post_stays(text, kept):
    _check_stays(text, kept)


@pytest.mark.parametrize("text, gone", [
    ("Dzielnicowy Maria Mazur pouczył.", "Mazur"),
    ("Dzielnicowemu Marii Mazur pomogli.", "Mazur"),
    ("Dzielnicowy pouczył Annę Mazur.", "Mazur"),
    ("Zgłoszenie przyjął dzielnicowy: Andrzej Mazur zgłosił kradzież.", "Mazur"),
    ("Zgłosił Andrzej Mazur, dzielnicowy przyjął zgłoszenie.", "Mazur"),
    ("Andrzeja Mazura, dzielnicowy pouczył.", "Mazura"),
    ("Jan Kowalski, dzielnicowy Straży Miejskiej", "Kowalski"),
    ("Jan Kowalski, emerytowany dzielnicowy", "Kowalski"),
    ("Dzielnicowa: Anna Mazur zgłosiła kradzież.", "Mazur"),
    ("Jan Kowalski – funkcjonariusz.", "Kowalski"),
    ("Funkcjonariusz: Jan Kowalski", "Kowalski"),
    ("Jan Kowalski, dzielnicowy SM", "Kowalski"),
    ("Dzielnicowy KPP w Łęcznej Andrzeja Mazura pouczył.", "Mazura"),
    ("Dzielnicowy rejonu nr 3 pouczył Annę Mazur.", "Mazur"),
    ("Dzielnicowy Straży Miejskiej w Łęcznej Jan Kowalski pomógł.", "Kowalski"),
    ("Rejon nr 3 Jan Kowalski zgłosił.", "Kowalski"),
])
def test_a_resident_beside_the_post_still_goes(text, gone):
    _check_goes(text, gone)


# Finding 8: the listed officer signs with an initial.
@pytest.mark.parametrize("text, kept", [
    ("Sporządził: M. Przykładowy", "Przykładowy"),
    ("Plan przygotował M. Przykładowy.", "Przykładowy"),
    ("M. Przykładowy prowadził spotkanie.", "Przykładowy"),
    ("Przykładowy M., dzielnicowy", "Przykładowy"),
    ("A. Nowak prowadziła spotkanie.", "Nowak"),
])
def test_the_listed_officer_with_an_initial_stays(text, kept):
    _check_stays(text, kept)


@pytest.mark.parametrize("text, gone", [
    ("J. Przykładowy zgłosił kradzież.", "Przykładowy"),
    ("J. Nowak zgłosił kradzież.", "Nowak"),  # Jan Nowak is a listed resident
    ("M. Przykładowa zgłosiła.", "Przykładowa"),
    ("Sąsiad M. Przykładowy zgłosił.", "Przykładowy"),
])
def test_another_initial_with_the_officers_surname_goes(text, gone):
    _check_goes(text, gone)


# Finding 19: „Pani/Pan” and the officer's surname, the police unit or the post right after it.
@pytest.mark.parametrize("text, kept", [
    ("Pani Nowak z KPP w Łęcznej prowadziła spotkanie.", "Nowak"),
    ("Pan Przykładowy z Komisariatu przedstawił plan.", "Przykładowy"),
    ("Pani Nowak, nasza dzielnicowa, prowadziła spotkanie.", "Nowak"),
    ("Podziękowania dla Pani Nowak z Policji.", "Nowak"),
])
def test_the_officers_surname_with_the_police_unit_stays(text, kept):
    _check_stays(text, kept)


@pytest.mark.parametrize("text, gone", [
    ("Pan Nowak z Urzędu Gminy zgłosił.", "Nowak"),
    ("Pani Nowak z Lipowej zgłosiła.", "Nowak"),
    ("Pan Nowak z Komisariatu Straży Granicznej zgłosił.", "Nowak"),
    ("Pan Nowak, nasz sąsiad, zgłosił.", "Nowak"),
    ("Mieszkańcy dziękują Panu Przykładowemu za pomoc.", "Przykładowemu"),
])
def test_the_officers_surname_said_of_a_resident_goes(text, gone):
    _check_goes(text, gone)


# Finding 4: villages named like a first name or a surname, in a list of places or after „w”; a company's „S.A.”.
@pytest.mark.parametrize("text", [
    "W Bogdance odbyło się spotkanie.",
    "Patrol w Puchaczowie i Bogdance.",
    "Bogdanka i Nadrybie to wsie.",
    "Patrole: Bogdanka, Nadrybie, Stara Wieś.",
    "Trasa: Łęczna – Bogdanka – Puchaczów.",
    "Kasinka Mała i Kasina Wielka.",
    "Z Kasinki Małej przyjechał autobus.",
    "Mieszkańcy Józefowa Biłgorajskiego.",
    "Kopalnia Bogdanka S.A.",
])
def test_villages_stay(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, gone", [
    ("Bogdanka Kowalska zgłosiła kradzież.", "Kowalska"),
    ("Zgłosiła to Bogdanka Kowalska z Łęcznej.", "Kowalska"),
    ("Zofia Mała zgłosiła kradzież.", "Mała"),
    ("Świadkowie: Katarzyna Wiśniewska, Łęczna.", "Wiśniewska"),
    ("Z Katarzyną Wiśniewską i Łęczną w tle.", "Wiśniewską"),
    ("Spotkanie z Bogdanką Wiśniewską.", "Wiśniewską"),
    ("Zofia Mała pobiła sąsiada.", "Mała"),
    ("Rozmawiano z Anną Małą.", "Małą"),
    ("Patrol: Łęczna – Anna Kamińska – Puchaczów.", "Kamińska"),
    ("Zgłosił S. Kowalski.", "Kowalski"),
])
def test_persons_beside_places_still_go(text, gone):
    _check_goes(text, gone)


# Finding 18: „Al.” is „Aleje”, and streets after a crossing written with a slash.
@pytest.mark.parametrize("text", [
    "Al. Racławickie są zakorkowane.",
    "Al. Kraśnicka 5.",
    "Pl. Litewski był zamknięty.",
    "Skrzyżowanie Mickiewicza/Sienkiewicza.",
])
def test_streets_and_places_named_after_persons_stay(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, gone", [
    ("Al Kowalski zgłosił kradzież.", "Kowalski"),
    ("Pismo przekazano Janowi Kowalskiemu/Nowakowi.", "Kowalskiemu"),
    ("W teatrze Jana Kowalskiego pobito.", "Kowalskiego"),
])
def test_persons_beside_the_abbreviations_still_go(text, gone):
    _check_goes(text, gone)
