"""pismo.morph: Polish from the SGJP dictionary – names declined, towns located, offices
saluted, genders and nominatives read. Table-driven: each row is one real Polish case."""

from __future__ import annotations

import pytest

from pismo.morph import offices, people, phrases

# ------------------------------------------------------------------------------ units and institutions

UNITS = [  # nominative, genitive, locative
    ("Komenda Powiatowa Policji w Łęcznej", "Komendy Powiatowej Policji w Łęcznej",
     "Komendzie Powiatowej Policji w Łęcznej"),
    ("Komenda Miejska Policji we Wrzosogrodzie", "Komendy Miejskiej Policji we Wrzosogrodzie",
     "Komendzie Miejskiej Policji we Wrzosogrodzie"),
    ("Komenda Wojewódzka Policji w Lublinie", "Komendy Wojewódzkiej Policji w Lublinie",
     "Komendzie Wojewódzkiej Policji w Lublinie"),
    ("Komenda Stołeczna Policji", "Komendy Stołecznej Policji", "Komendzie Stołecznej Policji"),
    ("Komenda Rejonowa Policji Warszawa II", "Komendy Rejonowej Policji Warszawa II",
     "Komendzie Rejonowej Policji Warszawa II"),
    ("Komenda Główna Policji", "Komendy Głównej Policji", "Komendzie Głównej Policji"),
    ("Komisariat Policji w Piaskach", "Komisariatu Policji w Piaskach", "Komisariacie Policji w Piaskach"),
    ("Komisariat Policji I w Lublinie", "Komisariatu Policji I w Lublinie", "Komisariacie Policji I w Lublinie"),
    ("Posterunek Policji w Cycowie", "Posterunku Policji w Cycowie", "Posterunku Policji w Cycowie"),
    ("KOMENDA POWIATOWA POLICJI", "KOMENDY POWIATOWEJ POLICJI", "KOMENDZIE POWIATOWEJ POLICJI"),
    ("Wydział Prewencji", "Wydziału Prewencji", "Wydziale Prewencji"),
    ("Zespół Dzielnicowych", "Zespołu Dzielnicowych", "Zespole Dzielnicowych"),
    ("Rewir Dzielnicowych", "Rewiru Dzielnicowych", "Rewirze Dzielnicowych"),
    ("Ogniwo Patrolowo-Interwencyjne", "Ogniwa Patrolowo-Interwencyjnego", "Ogniwie Patrolowo-Interwencyjnym"),
]

INSTITUTIONS = [  # nominative, case, expected
    ("Urząd Miejski w Łęcznej", "gen", "Urzędu Miejskiego w Łęcznej"),
    ("Urząd Miejski w Łęcznej", "inst", "Urzędem Miejskim w Łęcznej"),
    ("Rada Osiedla Bobrowniki", "dat", "Radzie Osiedla Bobrowniki"),
    ("Rada Osiedla Bobrowniki w Łęcznej", "inst", "Radą Osiedla Bobrowniki w Łęcznej"),
    ("Spółdzielnia Mieszkaniowa „Batory”", "gen", "Spółdzielni Mieszkaniowej „Batory”"),
    ("Wspólnota Mieszkaniowa „Klonowa 10” we Wrzosogrodzie", "gen",
     "Wspólnoty Mieszkaniowej „Klonowa 10” we Wrzosogrodzie"),
    ("Miejski Ośrodek Pomocy Społecznej w Łęcznej", "gen", "Miejskiego Ośrodka Pomocy Społecznej w Łęcznej"),
    ("Powiatowe Centrum Pomocy Rodzinie", "dat", "Powiatowemu Centrum Pomocy Rodzinie"),
    ("Szkoła Podstawowa nr 4 we Wrzosogrodzie", "gen", "Szkoły Podstawowej nr 4 we Wrzosogrodzie"),
    ("Straż Miejska we Wrzosogrodzie", "inst", "Strażą Miejską we Wrzosogrodzie"),
    ("Starostwo Powiatowe w Łęcznej", "loc", "Starostwie Powiatowym w Łęcznej"),
    ("Urząd Gminy Cyców", "loc", "Urzędzie Gminy Cyców"),
    ("Gminna Komisja Rozwiązywania Problemów Alkoholowych", "dat",
     "Gminnej Komisji Rozwiązywania Problemów Alkoholowych"),
    ("Przedszkole Miejskie nr 3", "gen", "Przedszkola Miejskiego nr 3"),
    ("Parafia Rzymskokatolicka pw. św. Barbary w Łęcznej", "gen",
     "Parafii Rzymskokatolickiej pw. św. Barbary w Łęcznej"),
    ("Sąd Rejonowy w Lublinie", "gen", "Sądu Rejonowego w Lublinie"),
    ("Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji", "gen",
     "Miejskiego Przedsiębiorstwa Wodociągów i Kanalizacji"),
    ("Zarząd Spółdzielni Mieszkaniowej „Batory”", "dat", "Zarządowi Spółdzielni Mieszkaniowej „Batory”"),
    ("Dom Kultury", "loc", "Domu Kultury"),
    ("Nadleśnictwo Sobibór", "gen", "Nadleśnictwa Sobibór"),
]


@pytest.mark.parametrize("nominative, genitive, locative", UNITS)
def test_units(nominative, genitive, locative):
    assert phrases.decline(nominative, "gen") == genitive
    assert phrases.decline(nominative, "loc") == locative
    assert phrases.decline(genitive, "nom", source="gen") == nominative  # the importer's way back


@pytest.mark.parametrize("nominative, case, expected", INSTITUTIONS)
def test_institutions(nominative, case, expected):
    assert phrases.decline(nominative, case) == expected


@pytest.mark.parametrize("place, expected", [
    ("sala konferencyjna Komendy Powiatowej Policji w Łęcznej",
     "w sali konferencyjnej Komendy Powiatowej Policji w Łęcznej"),
    ("świetlica Rady Osiedla Wrzosowisko", "w świetlicy Rady Osiedla Wrzosowisko"),
    ("plac zabaw przy ul. Lipowej", "na placu zabaw przy ul. Lipowej"),
    ("Wiejski Dom Kultury w Cycowie", "w Wiejskim Domu Kultury w Cycowie"),
])
def test_meeting_places(place, expected):
    assert phrases.in_place(place) == expected


@pytest.mark.parametrize("phrase", ["„Batory”", "w Łęcznej", "123", "xqzw blorp"])
def test_unreadable_phrases_give_none(phrase):
    assert phrases.decline(phrase, "gen") is None


# ------------------------------------------------------------------------------------------- towns

TOWNS = """
Łęczna w Łęcznej | Wrocław we Wrocławiu | Wrzosogród we Wrzosogrodzie | Kielce w Kielcach | Zielona Góra w Zielonej Górze
Biała Podlaska w Białej Podlaskiej | Kędzierzyn-Koźle w Kędzierzynie-Koźlu | Bielsko-Biała w Bielsku-Białej
Nowy Sącz w Nowym Sączu | Zakopane w Zakopanem | Końskie w Końskich | Ostrów Mazowiecka w Ostrowi Mazowieckiej
Skarżysko-Kamienna w Skarżysku-Kamiennej | Busko-Zdrój w Busku-Zdroju | Lwów we Lwowie | Włodawa we Włodawie
Krasnystaw w Krasnymstawie | Kazimierz Dolny w Kazimierzu Dolnym | Nowe Miasto Lubawskie w Nowym Mieście Lubawskim
Warszawa w Warszawie | Frombork we Fromborku | Puławy w Puławach | Suwałki w Suwałkach | Tychy w Tychach
Katowice w Katowicach | Wałbrzych w Wałbrzychu | Władysławowo we Władysławowie | Wschowa we Wschowie
Września we Wrześni | Wronki we Wronkach | Wągrowiec w Wągrowcu | Rabka-Zdrój w Rabce-Zdroju
Golub-Dobrzyń w Golubiu-Dobrzyniu | Białystok w Białymstoku | Jastrzębie-Zdrój w Jastrzębiu-Zdroju
Ruda Śląska w Rudzie Śląskiej | Gorzów Wielkopolski w Gorzowie Wielkopolskim | Piotrków Trybunalski w Piotrkowie Trybunalskim
Łódź w Łodzi | Kraków w Krakowie | Zamość w Zamościu | Chełm w Chełmie | Świnoujście w Świnoujściu
Tomaszów Mazowiecki w Tomaszowie Mazowieckim | Mińsk Mazowiecki w Mińsku Mazowieckim | Stalowa Wola w Stalowej Woli
Jelenia Góra w Jeleniej Górze | Dąbrowa Górnicza w Dąbrowie Górniczej | Środa Śląska w Środzie Śląskiej
Ostrowiec Świętokrzyski w Ostrowcu Świętokrzyskim | Kalwaria Zebrzydowska w Kalwarii Zebrzydowskiej
Radzyń Podlaski w Radzyniu Podlaskim | Międzyrzec Podlaski w Międzyrzecu Podlaskim | Brzeg Dolny w Brzegu Dolnym
Nowy Dwór Mazowiecki w Nowym Dworze Mazowieckim | Piaski w Piaskach | Sopot w Sopocie | Gdynia w Gdyni
Wejherowo w Wejherowie | Wieliczka w Wieliczce | Włocławek we Włocławku | Włoszczowa we Włoszczowie
Wodzisław Śląski w Wodzisławiu Śląskim | Kudowa-Zdrój w Kudowie-Zdroju | Lądek-Zdrój w Lądku-Zdroju
Ruciane-Nida w Rucianem-Nidzie | Opole w Opolu | Ełk w Ełku | Łomża w Łomży | Gniezno w Gnieźnie | Kutno w Kutnie
Płock w Płocku | Lubartów w Lubartowie | Biłgoraj w Biłgoraju | Kraśnik w Kraśniku | Świdnik w Świdniku
Hrubieszów w Hrubieszowie | Opole Lubelskie w Opolu Lubelskim | Ryki w Rykach | Wołomin w Wołominie
Siedlce w Siedlcach | Sokołów Podlaski w Sokołowie Podlaskim | Węgrów w Węgrowie | Łosice w Łosicach
Mława w Mławie | Pułtusk w Pułtusku | Wyszków w Wyszkowie | Kartuzy w Kartuzach | Kościerzyna w Kościerzynie
Chojnice w Chojnicach | Elbląg w Elblągu | Giżycko w Giżycku | Augustów w Augustowie | Sejny w Sejnach
Hajnówka w Hajnówce | Bielsk Podlaski w Bielsku Podlaskim | Lublin w Lublinie
Mońki w Mońkach | Zabrze w Zabrzu | Bytom w Bytomiu | Żory w Żorach | Cieszyn w Cieszynie | Wisła w Wiśle
Żywiec w Żywcu | Oświęcim w Oświęcimiu | Wadowice w Wadowicach | Nowy Targ w Nowym Targu | Jasło w Jaśle
Krosno w Krośnie | Przemyśl w Przemyślu | Łańcut w Łańcucie | Mielec w Mielcu | Sandomierz w Sandomierzu
Lubliniec w Lublińcu | Rzeszów w Rzeszowie | Szczecin w Szczecinie | Gdańsk w Gdańsku | Poznań w Poznaniu
"""
TOWN_ROWS = [tuple(item.strip().split(" w", 1)) for line in TOWNS.strip().split("\n") for item in line.split("|")]


def test_town_table_is_big_enough():
    assert len(TOWN_ROWS) >= 100


@pytest.mark.parametrize("town, located", [(t, "w" + rest) for t, rest in TOWN_ROWS])
def test_towns_with_w_or_we(town, located):
    assert phrases.in_town(town) == located


# ----------------------------------------------------------------------------------------- offices

OFFICES = [  # function, to a man, to a woman
    ("Burmistrz Łęcznej", "Szanowny Panie Burmistrzu,", "Szanowna Pani Burmistrz,"),
    ("Sołtys Sołectwa Zawadów", "Szanowny Panie Sołtysie,", "Szanowna Pani Sołtys,"),
    ("Wójt Gminy Cyców", "Szanowny Panie Wójcie,", "Szanowna Pani Wójt,"),
    ("Starosta Łęczyński", "Szanowny Panie Starosto,", "Szanowna Pani Starosto,"),
    ("Zastępca Burmistrza Łęcznej", "Szanowny Panie Burmistrzu,", "Szanowna Pani Burmistrz,"),
    ("Zastępca Prezydenta Miasta Lublin", "Szanowny Panie Prezydencie,", "Szanowna Pani Prezydent,"),
    ("Pierwszy Zastępca Prezydenta Miasta", "Szanowny Panie Prezydencie,", "Szanowna Pani Prezydent,"),
    ("Zastępca Komendanta Powiatowego Policji", "Szanowny Panie Komendancie,", "Szanowna Pani Komendant,"),
    ("Wicestarosta Łęczyński", "Szanowny Panie Starosto,", "Szanowna Pani Starosto,"),
    ("Wiceburmistrz", "Szanowny Panie Burmistrzu,", "Szanowna Pani Burmistrz,"),
    ("p.o. Dyrektora Zespołu Szkół", "Szanowny Panie Dyrektorze,", "Szanowna Pani Dyrektor,"),
    ("Prezes Zarządu Spółdzielni Mieszkaniowej „Batory”", "Szanowny Panie Prezesie,", "Szanowna Pani Prezes,"),
    ("Dyrektor Szkoły Podstawowej nr 4", "Szanowny Panie Dyrektorze,", "Szanowna Pani Dyrektor,"),
    ("Dyrektorka Szkoły", "Szanowny Panie Dyrektorze,", "Szanowna Pani Dyrektor,"),
    ("Przewodniczący Rady Osiedla Bobrowniki", "Szanowny Panie Przewodniczący,", "Szanowna Pani Przewodnicząca,"),
    ("Przewodnicząca Rady Osiedla Wrzosowisko", "Szanowny Panie Przewodniczący,", "Szanowna Pani Przewodnicząca,"),
    ("Komendant Straży Miejskiej we Wrzosogrodzie", "Szanowny Panie Komendancie,", "Szanowna Pani Komendant,"),
    ("Proboszcz Parafii pw. św. Barbary", "Szanowny Księże Proboszczu,", "Szanowny Księże Proboszczu,"),
    ("Prezydent Miasta Wrzosogrodu", "Szanowny Panie Prezydencie,", "Szanowna Pani Prezydent,"),
    ("Kierownik Referatu Gospodarki Komunalnej", "Szanowny Panie Kierowniku,", "Szanowna Pani Kierownik,"),
    ("Naczelnik Wydziału Prewencji", "Szanowny Panie Naczelniku,", "Szanowna Pani Naczelnik,"),
    ("Radny Rady Miejskiej", "Szanowny Panie Radny,", "Szanowna Pani Radna,"),
    ("Wojewoda Lubelski", "Szanowny Panie Wojewodo,", "Szanowna Pani Wojewodo,"),
    ("Marszałek Województwa Lubelskiego", "Szanowny Panie Marszałku,", "Szanowna Pani Marszałek,"),
    ("Sekretarz Gminy", "Szanowny Panie Sekretarzu,", "Szanowna Pani Sekretarz,"),
    ("Sędzia Sądu Rejonowego", "Szanowny Panie Sędzio,", "Szanowna Pani Sędzio,"),
    ("Inspektor Nadzoru Budowlanego", "Szanowny Panie Inspektorze,", "Szanowna Pani Inspektor,"),
    ("Koordynator programu", "Szanowny Panie Koordynatorze,", "Szanowna Pani Koordynator,"),
]


@pytest.mark.parametrize("function, male, female", OFFICES)
def test_offices_both_genders(function, male, female):
    assert offices.salutation(function, "M") == male
    assert offices.salutation(function, "K") == female


@pytest.mark.parametrize("function, example", [
    ("Xyzator Abc", "Szanowny Panie Xyzatorze,"),  # unknown word: its regular vocative, to check
    ("Urząd Miejski w Łęcznej", "Szanowny Panie Dyrektorze,"),  # a known word that is no office
])
def test_unreadable_office_gets_example(function, example):
    with pytest.raises(offices.UnknownOffice):
        offices.salutation(function, "M")
    assert offices.example(function, "M") == example


def test_unreadable_office_message_in_polish():
    from pismo.polish import UnknownFunction, salutation

    with pytest.raises(UnknownFunction) as info:
        salutation("Xyzator Abc", "M")
    assert "„Xyzator Abc”" in str(info.value) and "„Szanowny Panie Xyzatorze,”" in str(info.value)
    assert "powitanie" in str(info.value)


# ------------------------------------------------------------------------------------------ people

FIRST_NAMES = [("Anna", "K"), ("Ewa", "K"), ("Jolanta", "K"), ("Maria", "K"), ("Aleksandra", "K"), ("Kinga", "K"),
               ("Marek", "M"), ("Jan", "M"), ("Piotr", "M"), ("Zenon", "M"), ("Kuba", "M"), ("Barnaba", "M"),
               ("Kosma", "M"), ("Anna-Maria", "K"), ("Kim", None), ("Dżesika", None), ("Nikola", None)]


@pytest.mark.parametrize("first, plec", FIRST_NAMES)
def test_gender_from_first_name(first, plec):
    assert people.first_name_gender(first) == plec


SURNAMES = [  # name, gender, genitive, dative, instrumental, locative, from the dictionary?
    ("Jan Kowalski", "M", "Jana Kowalskiego", "Janowi Kowalskiemu", "Janem Kowalskim", "Janie Kowalskim", True),
    ("Jan Przykładowski", "M", "Jana Przykładowskiego", "Janowi Przykładowskiemu", "Janem Przykładowskim",
     "Janie Przykładowskim", False),
    ("Anna Przykładowska", "K", "Anny Przykładowskiej", "Annie Przykładowskiej", "Anną Przykładowską",
     "Annie Przykładowskiej", False),
    ("Piotr Zawadzki", "M", "Piotra Zawadzkiego", "Piotrowi Zawadzkiemu", "Piotrem Zawadzkim", "Piotrze Zawadzkim",
     True),
    ("Ewa Nowocka", "K", "Ewy Nowockiej", "Ewie Nowockiej", "Ewą Nowocką", "Ewie Nowockiej", None),
    ("Marek Przykładowy", "M", "Marka Przykładowego", "Markowi Przykładowemu", "Markiem Przykładowym",
     "Marku Przykładowym", False),
    ("Anna Zmyślona", "K", "Anny Zmyślonej", "Annie Zmyślonej", "Anną Zmyśloną", "Annie Zmyślonej", True),
    ("Jan Zaręba", "M", "Jana Zaręby", "Janowi Zarębie", "Janem Zarębą", "Janie Zarębie", True),
    ("Anna Zaręba", "K", "Anny Zaręby", "Annie Zarębie", "Anną Zarębą", "Annie Zarębie", True),
    ("Jan Grzmotuła", "M", "Jana Grzmotuły", "Janowi Grzmotule", "Janem Grzmotułą", "Janie Grzmotule", None),
    ("Tomasz Kaczmarek", "M", "Tomasza Kaczmarka", "Tomaszowi Kaczmarkowi", "Tomaszem Kaczmarkiem",
     "Tomaszu Kaczmarku", True),
    ("Anna Nowak", "K", "Anny Nowak", "Annie Nowak", "Anną Nowak", "Annie Nowak", True),
    ("Jan Grzybowiec", "M", "Jana Grzybowca", "Janowi Grzybowcowi", "Janem Grzybowcem", "Janie Grzybowcu", None),
    ("Jan Brzęczyszczykiewicz", "M", "Jana Brzęczyszczykiewicza", "Janowi Brzęczyszczykiewiczowi",
     "Janem Brzęczyszczykiewiczem", "Janie Brzęczyszczykiewiczu", None),
    ("Jan Wrzosograd", "M", "Jana Wrzosogradu"[:-1] + "a", "Janowi Wrzosogradowi", "Janem Wrzosogradem",
     "Janie Wrzosogradzie", None),
    ("Anna Wrzosek-Zając", "K", "Anny Wrzosek-Zając", "Annie Wrzosek-Zając", "Anną Wrzosek-Zając",
     "Annie Wrzosek-Zając", None),
]


@pytest.mark.parametrize("name, plec, gen, dat, inst, loc, known", SURNAMES)
def test_names_declined(name, plec, gen, dat, inst, loc, known):
    got = [people.decline(name, plec, case) for case in ("gen", "dat", "inst", "loc")]
    assert [g.text for g in got] == [gen, dat, inst, loc]
    if known is not None:  # a surname outside the dictionary is marked uncertain
        assert got[0].certain is known
    back = people.nominative(gen)
    assert (back.text, back.plec) == (name, plec)
    assert people.nominative(dat).text == name


@pytest.mark.parametrize("written, nominative, plec", [
    ("Anny Nowak", "Anna Nowak", "K"),
    ("Tomasza Kaczmarka", "Tomasz Kaczmarek", "M"),
    ("Annie Nowak", "Anna Nowak", "K"),
    ("Janowi Kowalskiemu", "Jan Kowalski", "M"),
    ("Zenona Makietowego", "Zenon Makietowy", "M"),  # Zenona is also a woman's name: the surname decides
    ("Zenona Makietowa", "Zenona Makietowa", "K"),
    ("Ewy Fikcyjnej", "Ewa Fikcyjna", "K"),
    ("Anna Nowak", "Anna Nowak", "K"),
])
def test_nominative_for_the_importer(written, nominative, plec):
    name = people.nominative(written)
    assert (name.text, name.plec) == (nominative, plec)


def test_unknown_first_name_gives_no_nominative():
    assert people.nominative("Dżesiki Nowak") is None


@pytest.mark.parametrize("unit, town", [
    ("Komenda Powiatowa Policji w Łęcznej", "Łęczna"),
    ("Komenda Miejska Policji we Wrocławiu", "Wrocław"),
    ("Komisariat Policji w Piaskach", "Piaski"),
    ("Komenda Powiatowa Policji w Białej Podlaskiej", "Biała Podlaska"),
    ("Komenda Powiatowa Policji w Kędzierzynie-Koźlu", "Kędzierzyn-Koźle"),
    ("Komenda Miejska Policji we Wrzosogrodzie", None),  # a town the dictionary does not know: not guessed back
    ("Komenda Stołeczna Policji", None),
])
def test_town_from_the_unit_name(unit, town):
    assert phrases.town_of(unit) == town


def test_the_dictionary_is_never_entered_by_two_threads_at_once(monkeypatch):
    """The web server answers in threads; one Morfeusz instance must not be called concurrently."""
    import threading
    import time

    from pismo.morph import dictionary

    inside, overlaps = [0], []

    class Fake:
        def analyse(self, word):
            inside[0] += 1
            overlaps.append(inside[0])
            time.sleep(0.002)
            inside[0] -= 1
            return []

        def generate(self, lemma):
            return self.analyse(lemma)

    monkeypatch.setattr(dictionary, "_load", lambda: Fake())
    dictionary.analyse.cache_clear()
    dictionary.paradigm.cache_clear()
    try:
        threads = [threading.Thread(target=lambda i=i: [dictionary.analyse(f"słowo{i}x{j}") or
                                                        dictionary.paradigm(f"lemat{i}x{j}") for j in range(20)])
                   for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        dictionary.analyse.cache_clear()
        dictionary.paradigm.cache_clear()
    assert len(overlaps) == 240 and max(overlaps) == 1
