"""`--publikacja` after the nineteenth publication review (rev-pub19), helper pub35: the leaks – a removed
surname's later mentions in every case form (findings 1, 12) – and the over-cuts they must not bring (11: a season)."""

from __future__ import annotations

import pytest

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
