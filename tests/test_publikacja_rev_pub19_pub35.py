"""`--publikacja` after the nineteenth publication review (rev-pub19), helper pub35: the leaks – a removed
surname's later mentions in every case form (findings 1, 12) – and the over-cuts they must not bring (11: a season)."""

from __future__ import annotations

import pytest

from pismo.publication.names import partners_text
from pismo.publication.redact import scrub
from test_publikacja_rev_pub17 import _gone, _kept
from test_publikacja_rev_pub19 import LECZNA


# --- findings 1, 12: a removed surname's later mentions, by the dictionary's reading of the surname ----------------

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Jan Kurek. Później Kurkowi wręczono pouczenie, a o Kurku mówiła cała ulica.", ["Kurk"]),
    ("Kradzież zgłosiła Anna Sowa. Sowie oddano rower, a Sowę pouczono.", ["Sow"]),
    ("Skargę złożył Jan Wróbel. Wróblu sąsiedzi ukradli rower, a o Wróblu pisała gazeta.", ["Wróbl"]),
    ("Zgłosiła Anna Wrona. Wronie zginął rower, a o Wronie mówi całe osiedle.", ["Wron"]),
    ("Zgłosił Jan Kowal. Kowal i Sowa zostali pouczeni.", ["Kowal", "Sowa"]),
    ("Zgłosił Jan Kurek.\nKurek, Sowa i Wróbel – to stali bywalcy ławek.", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłosił Jan Kurek\n2025 r. – 14 zgłoszeń\nKurek tel. 605 444 333", ["Kurek"]),
])
def test_a_removed_surnames_later_mentions_go_in_every_case(text, secrets):
    _gone(text, secrets, LECZNA)


@pytest.mark.parametrize("text, words", [
    ("Zgłosił Jan Zima. Zimą było spokojnie, a Zima przyszła wcześnie.", ["Zimą było", "Zima przyszła"]),
    ("Zgłosił Jan Zima. Zima przyszła wcześnie, więc obchody skrócono.", ["Zima przyszła"]),
    ("Zima przyszła wcześnie.", ["Zima przyszła"]),
    ("Zgłosiła Anna Lipiec. Lipiec minął spokojnie.", ["Lipiec minął"]),
])
def test_a_season_or_month_stays_after_a_namesake(text, words):
    _kept(text, words, LECZNA)


def test_a_season_word_reporting_is_still_the_person():
    _gone("Zgłosił Jan Zima. Zima zgłosił też kradzież.", ["Zima"], LECZNA)


# --- findings 4, 12, 18, 24, 28: surnames in lists – wrapped, tabbed, lettered, counted, past an inserted word -----

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłaszali Wróbel, Kurek oraz\nSowa.", ["Wróbel", "Kurek", "Sowa"]),
    ("Pouczeni: Kowalski, Kurek,\nSowa i Wróbel.", ["Sowa", "Wróbel"]),
    ("Pouczeni: Kowalski; Kurek;\nSowa.", ["Sowa"]),
    ("Mandaty otrzymali: Nowak, Kurek,\nSowa, Wróbel.", ["Sowa", "Wróbel"]),
    ("Zgłaszający (3): Kurek, Sowa, Wróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Świadkowie: a) Kurek, b) Sowa, c) Wróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Hałas zgłaszali m.in. Kurek, Sowa i Wróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Kradzież kabla zgłosił go Kurek, a potwierdziła ją Sowa.", ["Kurek", "Sowa"]),
    ("Kamerę ukradł jakiś Kurek z Cycowa.", ["Kurek"]),
    ("Lp.\tNazwisko\tTelefon\n1.\tKowalski\t605 444 333\n2.\tKurek\t502 113 224", ["Kowalski", "Kurek"]),
    ("Kurek\t605 444 333\tWiklinowa 4/2\nSowa\t502 113 224\tWiklinowa 6/1", ["Kurek", "Sowa"]),
])
def test_surnames_in_lists_go(text, secrets):
    _gone(text, secrets, LECZNA)


@pytest.mark.parametrize("text, words", [
    ("Zgłosił Jan Kurek,\nStraż Miejska pomogła.", ["Straż Miejska"]),
    ("Miejsca: a) Biedronka, b) Żabka.", ["Biedronka", "Żabka"]),
    ("Obecni: Kurek, Straż Miejska, Sanepid.", ["Straż Miejska", "Sanepid"]),
    ("Godziny: 16:00\t18:00\t20:00\nTelefon alarmowy\t112\nDyżurny\t47 811 12 00", ["Dyżurny", "Telefon alarmowy"]),
    ("Rok\t2024\t2025\nZgłoszenia\t605\t444\nInterwencje\t512\t433", ["Zgłoszenia", "Interwencje"]),
    ("Zaparkował tam jakiś Fiat.", ["Fiat"]),
    ("Hałas zgłaszali m.in. mieszkańcy Wiklinowej.", ["mieszkańcy Wiklinowej"]),
])
def test_lists_of_things_stay(text, words):
    _kept(text, words, LECZNA)


# --- findings 9, 13: figures parted by tabs are cells; a contact's phone one group a line is a phone -------------

@pytest.mark.parametrize("text", ["Interwencje:\t512\t433\t201", "Liczby:\t605\t444\t333\nRazem:\t1382",
                                  "Zgłoszenia w latach:\n2023 – 605\n2024 – 444\n2025 – 333", "Interwencje:\n512\n433\n201"])
def test_counts_in_cells_or_lines_stay(text):
    assert _kept(text, ["605" if "605" in text else "512"], LECZNA) == text


@pytest.mark.parametrize("text", ["Kontakt:\nJadwiga\nRutkowska\n605\n444\n333", "Kontakt:\nJadwiga Rutkowska\n605\n444\n333",
                                  "tel.\t605\t444\t333\t2025\t14"])
def test_a_contacts_phone_in_groups_goes(text):
    out = _gone(text, ["605", "444", "333"], LECZNA)
    assert "[numer telefonu usunięty]" in out, out


# --- findings 2, 5, 14, 15, 16, 17: a name's shapes – a bracket between its parts, glued to a verb, an age or a role
# in apposition, a clerk's „inspektor” ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Jadwiga (Jadzia) Wróbel i Stanisław („Stasiek”) Sowa zgłosili hałas.", ["Stasiek", "Sowa", "Wróbel"]),
    ("Zgłosiła Anna (z d. Sowa) Wróbel.", ["Sowa", "Wróbel"]),
    ("Zgłosiła Anna (z domu Sowa) Wróbel.", ["Sowa", "Wróbel"]),
    ("Zgłosił/Kurek, a Wróbel/potwierdził; Zgłosiła;Sowa.", ["Kurek", "Wróbel", "Sowa"]),
    ("Zgłosił Kurek.", ["Kurek"]),
    ("Przewodniczący Rady Osiedla – Kurek – przekaże informacje mieszkańcom.", ["Kurek"]),
    ("Referat Inwestycji (kierownik: mgr inż. Wróbel) wymieni kamery.", ["Wróbel"]),
    ("Sowa, lat 67, zgłosiła kradzież, a Kurek, emeryt z bloku nr 5, potwierdził.", ["Sowa", "Kurek"]),
    ("Sąsiadka z parteru, Sowa, zgłosiła hałas; Wróbel (45 l.) potwierdził.", ["Sowa", "Wróbel"]),
    ("Zatrzymano Kurka (lat 17) i Sowę (lat 16).", ["Kurka", "Sowę"]),
])
def test_a_names_shapes_go(text, secrets):
    _gone(text, secrets, LECZNA)


@pytest.mark.parametrize("text, words", [
    ("Kradzieże/włamania zgłosił/zgłosiła mieszkaniec/mieszkanka.", ["zgłosił/zgłosiła mieszkaniec/mieszkanka"]),
    ("Zgłosiła:Straż Miejska, przekazał:Sanepid.", ["Straż Miejska", "Sanepid"]),
    ("Ławki (lat 20) wymieniono.", ["Ławki"]),
    ("Biblioteka, lat 50 w służbie mieszkańcom, zaprasza.", ["Biblioteka"]),
    ("Łęczna, siedziba powiatu, dała środki.", ["Łęczna"]),
    ("Kierownik Posterunku w Cycowie, mł. asp. Anna Wiśnia, pomogła.", ["Anna Wiśnia"]),
    ("Mieszkańcy Osiedla Kościuszki zgłosili.", ["Osiedla Kościuszki"]),
])
def test_things_and_officers_in_those_shapes_stay(text, words):
    _kept(text, words, LECZNA)


def _partners(text: str) -> str:
    with partners_text():
        return scrub(text, LECZNA)


def test_a_partners_clerk_goes_though_the_police_is_named_elsewhere():
    out = _partners("Referat prowadzi inspektor Jan Kurek, a kontrolę – inspektor Sowa. Udział weźmie podinsp. Anna "
                    "Nowak z KPP w Łęcznej oraz nadkom. Tomasz Lis, naczelnik wydziału.")
    assert "Kurek" not in out and "Sowa" not in out, out
    assert "podinsp. Anna Nowak z KPP" in out and "nadkom. Tomasz Lis" in out, out


def test_an_inspector_with_the_police_in_his_phrase_stays():
    out = _partners("Udział weźmie insp. Jan Nowak z KPP w Łęcznej.")
    assert "insp. Jan Nowak" in out, out


# --- findings 7, 26, 30: Ukrainian – a flat, a birth year, a phone's owner; leaflet words, a place, an officer ------

@pytest.mark.parametrize("text, secrets", [
    ("Kontakt: Андрій Ткаченко, вул. Садова 12, кв. 5, тел. 605 444 333", ["кв. 5", "12"]),
    ("Adres: вул. Садова 12, квартира 5", ["квартира 5"]),
    ("Świadek: МЕЛЬНИК Ігор, 1985 р.н.", ["1985"]),
    ("Олена, 1990 року народження, скаржиться.", ["1990"]),
    ("Tel. Олени: +380 67 123 45 67", ["Олени"]),
])
def test_ukrainian_contacts_go(text, secrets):
    _gone(text, secrets, LECZNA)


@pytest.mark.parametrize("text, words", [
    ("Ulotka po ukraińsku: „Шановні мешканці\nОсідля Бобровники, камери\nмоніторингу вже працюють”.",
     ["Осідля Бобровники"]),
    ("Zgłoszenie (po ukraińsku) – Заявник:\nМешканець будинку 7", ["Мешканець"]),
    ("Ulotka: „Поліція інформує: дільничний\nМарек Пшикладови приймає щовівторка”.", ["Марек Пшикладови"]),
    ("W 2025 р. було 40 звернень.", ["2025"]),
])
def test_ukrainian_leaflet_words_stay(text, words):
    _kept(text, words, LECZNA)


# --- findings 8, 27: a firm with its noun in apposition; officers written surname first, the rank after in brackets

@pytest.mark.parametrize("text, words", [
    ("Bogdanka, kopalnia węgla, przekazała kamery, a Łęczna, siedziba powiatu, dała środki.", ["Bogdanka", "Łęczna"]),
    ("Kamery przekazała Bogdanka, kopalnia węgla.", ["Bogdanka"]),
    ("dzielnicowy rejonu nr 3; zastępca: Kurek Jan (st. sierż.)", ["Kurek Jan (st. sierż.)"]),
    ("Obchody prowadzili: Sowa Anna (mł. asp.) i Wróbel Piotr (sierż.).", ["Sowa Anna", "Wróbel Piotr"]),
    ("Obchody prowadzili: Sowa (mł. asp.) i Wróbel (sierż.).", ["Sowa", "Wróbel"]),
])
def test_a_firm_in_apposition_and_officers_ranked_after_stay(text, words):
    _kept(text, words, LECZNA)


@pytest.mark.parametrize("text, secrets", [
    ("Zgłosił Kowalski, firma budowlana.", ["Kowalski"]),
    ("Zgłosiła Anna Sowa (sąsiadka).", ["Anna", "Sowa"]),
    ("Zgłosiła Anna, pracownica sklepu.", ["Anna"]),
])
def test_a_person_with_a_firm_or_role_after_still_goes(text, secrets):
    _gone(text, secrets, LECZNA)


# --- finding 6: a word surname in a file's name or a slug beside a statement's noun or a reporting verb ------------

def test_a_reporters_surname_in_a_file_name_or_slug_goes():
    out = _gone("Pliki: relacja_Kurka.pdf, SOWA_ZGLOSZENIE.PDF; film "
                "https://lublin.tvp.pl/12/sowa-zglosila-kradziez-roweru", ["Kurka", "SOWA", "sowa-zglosila"], LECZNA)
    assert "relacja_" in out and "_ZGLOSZENIE.PDF" in out, out


def test_things_in_file_names_and_slugs_stay():
    text = ("Film: https://lublin.tvp.pl/12/sowa-na-drzewie-w-parku, pliki: WIKLINOWA.JPG, BIEDRONKA.JPG, "
            "STAROSTWO_LECZNA.PDF, zgloszenie-kradziezy.pdf, relacja-z-festynu.pdf, notatka_monitoring.pdf")
    assert _kept(text, ["sowa-na-drzewie"], LECZNA) == text


# --- findings 3, 10, 18, 28: „Sergij”, „м. Луцьк”, „niejaka Wiśnia”, „Sowa „Stasiek””, „zgłaszali m.in. Kurek” -----

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Сергій, a nagranie przekazał Sergij.", ["Сергій", "Sergij"]),
    ("Nagranie przekazał Oleg.", ["Oleg"]),
    ("Kradzież zgłosiła niejaka Wiśnia, a Sowa „Stasiek” z parteru potwierdził.", ["Wiśnia", "Sowa", "Stasiek"]),
    ("Hałas zgłaszali m.in. Kurek, a w nocy również inni.", ["Kurek"]),
    ("Hałas zgłaszali np. Kurek i Sowa.", ["Kurek", "Sowa"]),
])
def test_more_shapes_of_a_persons_name_go(text, secrets):
    out = _gone(text, secrets, LECZNA)
    assert "Hałas" in out or "Nagranie" in out or "Kradzież" in out, out


@pytest.mark.parametrize("text, words", [
    ("Adres zgłaszającego: м. Луцьк, вул. Садова 12/5", ["м. Луцьк"]),
    ("Spółdzielnia „Batory” udostępniła salę.", ["Spółdzielnia „Batory”"]),
    ("Klub „Górnik” i Osiedle „Słoneczne”.", ["Klub „Górnik”", "Osiedle „Słoneczne”"]),
    ("Środki przekazali m.in. Urząd Miejski i Starostwo.", ["Urząd Miejski", "Starostwo"]),
])
def test_a_town_and_quoted_names_of_things_stay(text, words):
    _kept(text, words, LECZNA)


# --- findings 25, 7 (A09): one surname a line is one marker a line; a Cyrillic sender whose first name is all
# Latin look-alikes ----------------------------------------------------------------------------------------------

def test_one_surname_a_line_keeps_its_lines():
    out = scrub("Zgłaszający:\nKowalski\nKurek\nSowa z parteru", LECZNA)
    assert out == "Zgłaszający:\n[imię i nazwisko usunięte]\n[imię i nazwisko usunięte]\n[imię i nazwisko usunięte] z parteru", out


def test_a_first_name_broken_from_its_surname_is_one_name_still():
    assert scrub("Zgłaszający:\nZbigniew\nNowak", LECZNA) == "Zgłaszający:\n[imię i nazwisko usunięte]"


def test_a_cyrillic_sender_named_like_a_patron_goes():
    out = _gone("Wiadomość od: Тарас\nШевченко (вул. Шевченка 12, кв. 5)", ["Тарас", "Шевченко ("], LECZNA)
    assert "вул. Шевченка" in out, out  # the street keeps its patron
    _kept("Park im. Тараса Шевченка", ["Тараса Шевченка"], LECZNA)


# --- finding 20 (part): a first name after „pani/pan” in a slug -----------------------------------------------------

def test_a_first_name_after_an_honorific_in_a_slug_goes():
    _gone("Film: https://lublin.tvp.pl/12/zgloszenie-pani-basi", ["basi"], LECZNA)
    _kept("Film: https://lublin.tvp.pl/12/rozmowa-z-pania-dyrektor", ["pania-dyrektor"], LECZNA)


def test_a_glued_reporter_after_a_sentence_naming_an_estate_goes():
    """A capitalised verb opening a sentence ends the walk back for a street list („Osiedla Bobrowniki. Zgłosił/Kurek”)."""
    _gone("Na terenie Osiedla Bobrowniki. Zgłosił/Kurek, a Wróbel/potwierdził.", ["Kurek", "Wróbel"], LECZNA)
    _kept("Patrole: Skłodowskiej, Chopina i Norwida.", ["Skłodowskiej, Chopina i Norwida"], LECZNA)


def test_an_officer_sharing_a_removed_residents_surname_stays():
    """The later-mentions rule of finding 1 leaves an officer told by his unit („Kos z KPP”)."""
    out = scrub("Jan Kos zgłosił kradzież. Kos z KPP, st. asp. Jan Kos, prowadzi sprawę.", LECZNA)
    assert out.endswith("Kos z KPP, st. asp. Jan Kos, prowadzi sprawę."), out


def test_animals_of_a_removed_surnames_word_stay():
    out = scrub("Zgłosiła Anna Wrona. Wronie zginął rower. Wrony siedziały na dachu.", LECZNA)
    assert out.endswith("Wrony siedziały na dachu.") and "Wronie" not in out, out
