"""`--publikacja` after the thirteenth publication review (rev-pub13), helper pub22: a police rank or „dzielnicowy”
before a first name makes it an officer's, kept before a removed phone whether or not the case lists the officer
(„sierż. Marek – 600 …”), while a first name after a civil post still goes (finding 12); a payment card's number,
Luhn-valid in groups of four or glued, or any after „karta/karty/kartę” (finding 17), and a bank account in the
NRB grouping whatever its check digits (finding 15), while other long numbers stay; birth dates in other writings
(finding 5); a name opening a resident's quoted words („„Wiśniewski z 8a znowu bije żonę””), while a name quoted
whole or a quoted title without a verb stays (finding 1); chat and contact senders in more frames – WhatsApp's
export line, „napisał”, „<Marek>”, „Nadawca:”, an emoji, a second speaker, a first name that is a word too – while
places and counts in the same shapes stay (finding 4); a lone first name after a removed number and another
separator (finding 10, in part); a first name after a kin noun opening a sentence or one the list lacked („Brat
Marka”, „Teść Marka”) (finding 3); a surname that is a word after „ob.”/„Obywatel(ka)” („Pouczono ob. Wróbla”),
a country after it staying (finding 19); a nickname after „pseudonim”/„ksywa” whatever word it is (finding 2, in
part); given names the lists lacked (Brandon, Sean) and the list's foreign names the dictionary lacks standing
alone („Dmytro z 8a pracuje”, „Giorgi i Levan grają”) (finding 16); a list of first names that are words with a
women's past plural („Róża, Kalina i Pola piły”), while villages that „były” or „leżały” stay (finding 7, in part)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import marker_counts, removed_note, scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, name", [
    ("sierż. Marek – 600 700 800.", "sierż. Marek"),
    ("asp. Barbara – 600 700 802.", "asp. Barbara"),
    ("Dzielnicowy sierż. Marek, tel. 600 700 800.", "sierż. Marek"),
    ("Kontakt: sierż. Marek, 600 700 800.", "sierż. Marek"),
    ("Kontakt: mł. asp. Piotr – 600 700 800.", "mł. asp. Piotr"),
    ("Kontakt: dzielnicowy Marek, 600 700 800.", "dzielnicowy Marek"),
])
def test_an_unlisted_officers_first_name_after_a_rank_before_a_phone_stays(text, name):
    out = scrub(text, UNIT)
    assert name in out and "700" not in out, out


@pytest.mark.parametrize("text, gone", [
    ("Dyrektor Marek – 600 700 800.", "Marek"),
    ("Sąsiadka Barbara – 600 700 800.", "Barbara"),
    ("Kontakt: Piotr, 600 700 800.", "Piotr"),
])
def test_a_first_name_after_a_civil_post_before_a_phone_still_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out and "700" not in out, out


@pytest.mark.parametrize("text, number", [
    ("Nr karty 4111 1111 1111 1111.", "1111"),
    ("Znaleziono kartę 5500-0000-0000-0004 na nazwisko sąsiadki.", "0004"),
    ("Karta nr 4111111111111111 – zablokowana.", "4111"),
    ("Znaleziony portfel, w nim 4111 1111 1111 1111 i dowód.", "1111"),
    ("Amex 3782 822463 10005 zgubiony.", "10005"),
    ("Skradziono kartę płatniczą nr 4111 1111 1111 1112 (nieczytelna cyfra).", "1112"),
    ("Numer karty: 4111-1111-1111-1112.", "1112"),
])
def test_a_payment_cards_number_goes(text, number):
    out = scrub(text)
    assert number not in out and "[numer karty usunięty]" in out, out


@pytest.mark.parametrize("text", [
    "Nr sprawy 1234 5678 9012 3456 w KPP.",  # Luhn fails, no card's word
    "Telefony: 600 700 800, 601 702 803.",
    "Karta pobytu nr 123/2024 wydana przez wojewodę.",
])
def test_other_long_numbers_are_no_cards(text):
    assert "[numer karty usunięty]" not in scrub(text)


def test_the_reminder_counts_cards():
    counts = marker_counts(scrub("Nr karty 4111 1111 1111 1111. Karta 5500 0000 0000 0004."))
    assert counts.get("cards") == 2 and "2 numery kart" in removed_note(counts), counts


@pytest.mark.parametrize("text", [
    "Sprawy lokatorów – Lucyna Maciejewska, 12 1020 1026 0000 0402 0011 2233.",
    "Wpłaty na zbiórkę: 12 1020 1026 0000 0402 0011 2233 (Jan Kowalski).",
    "Przelew na 12 1020 1026 0000 0402 0011 2233, tytułem: zwrot.",
    "Przelew na 12-1020-1026-0000-0402-0011-2233, tytułem: zwrot.",
])
def test_an_account_in_the_nrb_grouping_goes_whatever_its_check(text):
    out = scrub(text)
    assert "2233" not in out and "[numer konta usunięty]" in out, out


def test_an_ungrouped_run_of_26_digits_without_a_check_stays():
    assert "12102010260000040200112233" in scrub("Kod z paragonu 12102010260000040200112233.")


@pytest.mark.parametrize("text, date", [
    ("DATA URODZENIA SPRAWCY: 14.05.1971", "1971"),
    ("Data Urodzenia Sprawcy: 14.05.1971", "1971"),
    ("Data ur. sprawcy – 14.05.1971.", "1971"),
    ("data ur. sprawcy: 14.05.1971", "1971"),
    ("Sprawca urodził się 14 maja 1971 r. w Lublinie.", "1971"),
    ("Zgłaszająca urodziła się 1971-05-14.", "1971"),
    ("Urodziła się 14.05.1971.", "1971"),
    ("Drugi sprawca urodził się w Lublinie 3 września 1975 r.", "1975"),
    ("Data urodzenia obojga: 14.05.1971 i 03.09.1975.", "1975"),
    ("Daty urodzenia dzieci: 14.05.2011, 03.09.2013 oraz 1.02.2015.", "2015"),
    ("Dane: Lis Adam; 14.05.1971; Lipowa 3.", "1971"),
    ("Sprawca: Adam Nowak, 54 l., 14.05.1971.", "1971"),
])
def test_a_birth_date_in_other_writings_goes(text, date):
    out = scrub(text)
    assert date not in out and "[data urodzenia usunięta]" in out, out


@pytest.mark.parametrize("text, name", [
    ("Data urodzenia Kowalskiego: 14.05.1971.", "Kowalskiego"),
    ("DATA URODZENIA KOWALSKIEGO: 14.05.1971.", "KOWALSKIEGO"),
])
def test_a_name_between_the_birth_label_and_the_date_still_goes(text, name):
    out = scrub(text, UNIT)
    assert name not in out and "1971" not in out, out


@pytest.mark.parametrize("text", [
    "Zebranie odbyło się 14.05.2026 i 03.09.2026.",
    "W 2025 r. urodziło się w gminie 40 dzieci, spotkanie 12.03.2026.",
    "Sprawca, 54 l., zatrzymany 14.05.2026.",
])
def test_other_dates_stay(text):
    assert "[data urodzenia usunięta]" not in scrub(text), scrub(text)


@pytest.mark.parametrize("text, gone", [
    ("Sąsiadka pisze: „Kowalczyk znowu bije żonę”.", "Kowalczyk"),
    ("„Wiśniewski z 8a znowu pije” – pisze sąsiadka.", "Wiśniewski"),
    ("„Zieliński pobił syna” – zgłoszenie.", "Zieliński"),
    ("Sąsiadka: „Kowalczykowa znowu krzyczy na dzieci”.", "Kowalczykowa"),
    ("Na czacie: „Szymek z 3b ma nóż”.", "Szymek"),
    ("Mówi: „Szymon W. sprzedaje za garażami”.", "Szymon"),
    ("„Widziałam Szymona W. przy garażach”.", "Szymona"),
    ("„Widziałam Kamila N. i Oskara P.” – zgłoszenie.", "Kamila"),
    ("Kierowca autobusu: „Jakub z 6b znowu pluł na szybę”.", "Jakub"),
])
def test_a_name_opening_quoted_words_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Sklep „Groszek” zaprasza na promocję.",
    "Spółdzielnia „Zacisze” ogłasza przetarg.",
    "Kampania „Kochaj Lipową” ruszyła.",
    "Akcja „Zachowaj Trzeźwy Umysł” trwa.",
    "Program „Dzielnicowy bliżej nas” działa.",
])
def test_a_quoted_name_or_title_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("06.12.2026, 21:14 - Marek: piją pod klatką.", ["Marek"]),
    ("21:14 Marek napisał: znowu piją.", ["Marek"]),
    ("<Marek> znowu piją pod klatką.", ["Marek"]),
    ("Nadawca: Marek. Treść: znowu piją.", ["Marek"]),
    ("Autor wiadomości: Maja.", ["Maja"]),
    ("Nr do Mai: 600 700 800.", ["Mai"]),
    ("Róża: widziałam ich pod sklepem.", ["Róża"]),
    ("Kalina, 22:10: znowu hałas.", ["Kalina"]),
    ("SMS od Kaliny, 22:10: znowu hałas.", ["Kaliny"]),
    ("Wiadomość głosowa od Mai o 23:00.", ["Mai"]),
    ("Jagoda 🙂: piją na placu.", ["Jagoda"]),
    ("WhatsApp Bartosz 🚲: widziałem ich przy Orliku.", ["Bartosz"]),
    ("— Marek: widziałem ich. — Maja: ja też.", ["Marek", "Maja"]),
    ("Marek do Mai: widziałem ich.", ["Marek", "Mai"]),
    ("Kontakt: Pola (córka zgłaszającej), 600 700 800.", ["Pola"]),
    ("Telefon do sąsiadki Róży: 600 700 800.", ["Róży"]),
    ("Marek (sąsiad z 8a) napisał na grupie.", ["Marek"]),
    ("Maja, nr 600 700 800, widziała sprawców.", ["Maja"]),
    ("Róża, kom. 600 700 800.", ["Róża"]),
    ("Wicedyrektor Marek, tel. 81 532 11 22, zgłosił kradzież.", ["Marek"]),
    ("Zgłosiła: 600 700 800, Marian.", ["Marian"]),
    ("Drugi numer: 600 700 800 / Marek.", ["Marek"]),
    ("600 700 800 → Marian.", ["Marian"]),
    ("600 111 222 – Róża z 8a.", ["Róża"]),
])
def test_a_sender_or_contact_in_more_frames_goes(text, gone):
    out = scrub(text, UNIT)
    assert not [name for name in gone if name in out], out


@pytest.mark.parametrize("text", [
    "Kalina: 120 mieszkańców.",
    "Lublin, 22:10: alarm na Lipowej.",
    "Sołectwo Pola: brak oświetlenia.",
    "– Kalina: 120 mieszkańców. – Pola: 80.",
    "Kontakt: Caritas, tel. 81 532 11 22.",
    "Uwaga: piją pod sklepem.",
    "Termin: marzec, Kalina: sprzątanie.",
])
def test_places_and_counts_in_a_senders_shape_stay(text):
    out = scrub(text, UNIT)
    assert "[imię i nazwisko usunięte]" not in out, out


@pytest.mark.parametrize("text", [
    "Brat Marka handluje.", "Szwagier Marka handluje fajkami.", "Dziewczyna Marka pali na klatce.",
    "Wnuczka Marka zgłosiła kradzież.", "Kumpel Marka pije.", "Ziomek Marka pije.", "Ojciec Marka pije.",
    "Teść Marka pije.", "Pasierb Marka pije.", "Narzeczona Marka pali.", "To szwagier Marka handluje fajkami.",
    "Z ojczymem Marka nikt nie rozmawia.",
])
def test_a_first_name_after_a_kin_noun_goes(text):
    out = scrub(text, UNIT)
    assert "Marka" not in out, out


@pytest.mark.parametrize("text", ["Kościół Matki Teresy stoi przy Lipowej.", "Przy kościele Matki Teresy piją.",
                                  "Hospicjum im. Matki Teresy."])
def test_a_capitalised_kin_noun_inside_a_sentence_is_a_title(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Legitymowano ob. Kowala z Lipowej 3.", "Kowala"),
    ("Legitymowano ob. Lisa.", "Lisa"),
    ("Pouczono ob. Wróbla.", "Wróbla"),
    ("Ukarano mandatem ob. Sowę.", "Sowę"),
    ("Obywatelka Kos z 8a złożyła skargę.", "Kos"),
    ("Pouczono obywatela Wróbla.", "Wróbla"),
    ("Ob. Ukrainy Dmytro, lat 19, pracuje w Biedronce.", "Dmytro"),
])
def test_a_name_after_the_polices_citizen_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Obywatel Niemiec został ukarany mandatem.", "Obywatel Niemiec"),
    ("Ob. Ukrainy pracują w Biedronce.", "Ob. Ukrainy"),
    ("Obywatelka Gruzji złożyła skargę.", "Obywatelka Gruzji"),
])
def test_a_country_after_citizen_stays(text, kept):
    out = scrub(text, UNIT)
    assert kept in out, out


@pytest.mark.parametrize("text, gone", [
    ("Pseudonim „Siwy”.", "Siwy"),
    ("Ksywa „Łysy”, prawdziwe imię nieznane.", "Łysy"),
    ("Ksywka: Kudłaty, pije pod sklepem.", "Kudłaty"),
    ("Chłopak o pseudonimie „Grubas” kradnie rowery.", "Grubas"),
    ("Ps. Siwy pije od rana.", "Siwy"),
])
def test_a_nickname_after_its_label_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


def test_a_nickname_label_does_not_take_an_officers_surname():
    assert "Zmyślona" in scrub("Pseudonim nadała mu asp. Anna Zmyślona.", UNIT)


@pytest.mark.parametrize("text, gone", [
    ("Na ławce siedział Brandon Walker, obywatel USA.", ["Brandon", "Walker"]),
    ("Sean Murphy zgłosił kradzież roweru.", ["Sean", "Murphy"]),
    ("Brandon i Sean piją pod sklepem.", ["Brandon", "Sean"]),
    ("Kontakt: Brandon, 600 700 800.", ["Brandon"]),
    ("Dmytro z 8a pracuje w Biedronce.", ["Dmytro"]),
    ("Olena, lat 19, sprzątała klatkę.", ["Olena"]),
    ("Giorgi i Levan grają w karty na ławce.", ["Giorgi", "Levan"]),
])
def test_foreign_given_names_go(text, gone):
    out = scrub(text, UNIT)
    assert not [name for name in gone if name in out], out


@pytest.mark.parametrize("text", ["Róża, Kalina, Pola i Wiola piły wczoraj.", "Róża i Kalina paliły na klatce."])
def test_a_list_of_word_first_names_with_a_womens_past_plural_goes(text):
    out = scrub(text, UNIT)
    assert "Róża" not in out and "Kalina" not in out, out


@pytest.mark.parametrize("text", ["Kalina i Pola były wsiami gminy.", "Kalina, Pola i Wola leżały nad rzeką.",
                                  "Wsie Kalina i Pola zostały połączone."])
def test_villages_in_the_past_stay(text):
    assert scrub(text, UNIT) == text
