"""`--publikacja` after the second publication review of issue 17: numbers written beside the rules — a flat's
number however it is written, fractions and plots that are no flat, contacts after a messenger's name, plates
after their label."""

from __future__ import annotations

import random

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub
from pismo.publication.visible import View, _clusters, plain

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Jerzy Lis"], ["Anna Nowak", "Marek Przykładowy"])

# (text, what must go): a private person's flat after a street's name, a preposition or the flat's own noun.
FLATS = [
    ("Mieszka przy Lipowej nr 12/3.", "12/3"),
    ("Mieszka przy Lipowej nr. 12 m 3.", "12 m 3"),
    ("Mieszka przy ul. Lipowej nr 12 m 3.", "12 m 3"),
    ("Mieszka przy ul. Lipowej 12 lok 3.", "12 lok 3"),
    ("Mieszka przy Lipowej 12 lok 3.", "12 lok 3"),
    ("Mieszka przy ul. Lipowej 12-3.", "12-3"),
    ("Mieszka przy Lipowej 12-3.", "12-3"),
    ("Mieszka przy Lipowej 12a-3.", "12a-3"),
    ("Adres: Łęczna, ul. Lipowa 12-3.", "12-3"),
    ("Mieszka pod numerem 12-3.", "12-3"),
    ("Mieszka przy ul. Lipowej pod nr 12/3.", "12/3"),
    ("Mieszka przy Lipowej pod numerem 12/3.", "12/3"),
    ("Mieszka pod numerem 12/3.", "12/3"),
    ("Mieszka pod nr 12/3.", "12/3"),
    ("Mieszka pod nr. 12/3.", "12/3"),
    ("Pod 12/3 mieszka rodzina z problemem.", "12/3"),
    ("Sąsiad z 12/3 zgłasza hałas.", "12/3"),
    ("Sąsiadka ze 12/3 zgłasza hałas.", "12/3"),
    ("Lokatorka spod nr 7/21 skarży się.", "7/21"),
    ("Mieszkańcy lokalu 12/3 skarżą się.", "12/3"),
    ("Mieszkańcy mieszkania 12/3 skarżą się.", "12/3"),
    ("Mieszkańcy lokalu mieszkalnego nr 12/3 skarżą się.", "12/3"),
    ("Mieszka w mieszkaniu numer 3 przy Lipowej 12.", "numer 3"),
    ("Mieszka w lokalu numer 3.", "numer 3"),
    ("Rynek 5/2 – awantury.", "5/2"),
    ("Na Rynku 5 m. 2 są awantury.", "5 m. 2"),
    ("Adres: Niepodległości 12/3.", "12/3"),
    ("Mieszka przy Wolności 12 m 3.", "12 m 3"),
    ("Mieszka przy Obrońców Pokoju 4/10.", "4/10"),
    ("Mieszka przy Lipowej 12, m 3.", "12, m 3"),
    ("Mieszka przy Lipowej 12 mieszkanie 3.", "12 mieszkanie 3"),
    ("Mieszka przy LIPOWEJ 12/3.", "12/3"),
    ("Mieszka przy Lipowej 12 (m. 3), parter.", "m. 3"),
]


@pytest.mark.parametrize("text, flat", FLATS, ids=[t for t, _ in FLATS])
def test_a_flats_number_goes_however_it_is_written(text, flat):
    """Finding 2: „nr”, „pod numerem”, „lok” without a dot, a dash, the flat's own noun before „12/3”."""
    assert flat not in scrub(text, NAMES), scrub(text, NAMES)


# Numbers that are no home's: ratios, marks, plots (public land registry data), hours, postal codes, documents.
NOT_FLATS = [
    "Ocena 4/5.",
    "Ocena spotkania: 4/5.",
    "Skuteczność 9/10 interwencji.",
    "Frekwencja 3/4 mieszkańców.",
    "Wtorki 10-12, czwartki 16-18.",
    "Dyżur w KP Łęczna 10-14.",
    "Przyjęcia Dzielnicowego 10-12.",
    "Strony 12-13 protokołu.",
    "Wskaźnik 12/3 przypadków.",
    "Zadowolonych 2/3 mieszkańców.",
    "Według Ankiety 3/4 mieszkańców jest zadowolonych.",
    "Rozmawiano z 3/4 mieszkańców bloku.",
    "Uchwałę przyjęto większością 2/3 głosów.",
    "Działki 123/4 i 125/7 są zarośnięte.",
    "Na działkach 123/4 i 125/7 stoją wraki.",
    "Działka nr 123/4 w obrębie Łęczna.",
    "Na działce 12/3 stoi wrak.",
    "Sobota 10-12, niedziela 10-14.",
    "Spotkanie 18-20 w świetlicy.",
    "Wynik 2-1 dla gospodarzy.",
    "Adres: ul. Lipowa 12, 21-010 Łęczna.",
    "Zgodnie z art. 12/3 ustawy.",
    "Uchwała 12/3 Rady Gminy została przyjęta.",
    "Pismo z 12/3/2025 przekazano.",
    "W latach 2024/2025 i 2025/26.",
    "Wymagana 2/3 większość głosów.",
    "Dzielnicowy z 1/2 etatu.",
    "Z 3/4 budżetu sfinansowano kamery.",
    "Sprawa RSD 12/3.",
    "UCHWAŁA 12/3 RADY GMINY.",
]


@pytest.mark.parametrize("text", NOT_FLATS)
def test_fractions_plots_and_hours_are_no_flat(text):
    """Finding 3: a capitalised common noun before „4/5” is no street, a count after it makes it a fraction."""
    assert scrub(text, NAMES) == text


# Finding 12: a phone after a messenger's name goes whole, a handle that is a plain unknown word goes, a plate
# after its label goes whole in any letter case, a Ukrainian plate without one too.
CONTACTS = [
    ("Viber: 606 100 200", "100 200"),
    ("Signal: 606 100 200", "100 200"),
    ("Telegram: 606 100 200", "100 200"),
    ("Skype: 606 100 200", "100 200"),
    ("WhatsApp: 6061 00 200", "00 200"),
    ("Viber 606-100-200, wieczorem.", "100-200"),
    ("SMS: 606 10 02 00", "02 00"),
    ("Skype: jankowal", "jankowal"),
    ("Instagram: jankowal, zdjęcia.", "jankowal"),
    ("FB: kasiawrobel.", "kasiawrobel"),
    ("Telegram: kasiawrobel", "kasiawrobel"),
    ("TikTok: zenek", "zenek"),
    ("Skype: JanKowal", "JanKowal"),
    ("Skype: Jankowal", "Jankowal"),
    ("Telefon: +380 50 123 4567", "123 4567"),
    ("tel. +380501234567", "501234567"),
    ("Viber: 00380 50 123 45 67", "123 45 67"),
    ("Nr rej. AA 1234 BB.", "1234"),
    ("Nr rej. AA 1234 BB.", "BB"),
    ("Nr rej. AA1234BB.", "AA1234BB"),
    ("Nr rej.: AA 1234 BB", "BB"),
    ("NR REJ. AA 1234 BB", "1234"),
    ("Auto o numerze rejestracyjnym BC 1234 AB stoi pod blokiem.", "AB stoi"),
    ("Samochód na ukraińskich numerach AA 1234 BB parkuje na trawniku.", "1234"),
    ("Bus BC1234AB stoi pod blokiem.", "BC1234AB"),
    ("Bus KA 5678 AB stoi pod blokiem.", "AB stoi"),
]


@pytest.mark.parametrize("text, secret", CONTACTS, ids=[f"{t} [{s}]" for t, s in CONTACTS])
def test_contacts_and_plates_go_whole(text, secret):
    assert secret not in scrub(text, NAMES), scrub(text, NAMES)


@pytest.mark.parametrize("text", [
    "Facebook: Komenda Powiatowa Policji w Łęcznej.", "Instagram: profil szkoły.", "Facebook: brak.", "Facebook: Brak.",
    "Facebook: KPP Łęczna.", "Skype: nieaktywny.", "Nr rej. pojazdów sprawdzono w CEPiK.",
    "Zgłoszenie nr rej. 12/2025 przekazano.",
])
def test_words_after_a_service_or_a_plates_label_stay(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, surname", [("Facebook: Kasia Wróbel", "Wróbel"), ("Messenger: Zenek Baran", "Baran"),
                                           ("Kontakt przez Facebook: Jerzy Lis", "Lis"),
                                           ("Viber: Kasia Wróbel, 606 100 200", "Wróbel"),
                                           ("Skype: Anna Mazur.", "Mazur")])
def test_a_first_name_and_surname_after_a_service_go_together(text, surname):
    """The third publication review: the handle rule took the first name alone, and without it the name rule no
    longer knew the word surname was a person's – „Facebook: [adres profilu usunięty] Wróbel”."""
    out = scrub(text, NAMES)
    assert surname not in out and "[imię i nazwisko usunięte]" in out, out


@pytest.mark.parametrize("text, secret", [("Dzwonić: 6061 00 200.", "00 200"), ("Dzwonić: 0-606-100-200.", "100-200"),
                                          ("Dzwoń wieczorem: 606 10 02 00", "02 00")])
def test_a_phone_after_dzwonic_goes_however_grouped_and_the_word_stays(text, secret):
    assert secret not in scrub(text, NAMES) and scrub(text, NAMES).startswith("Dzwo"), scrub(text, NAMES)


def test_a_plates_label_in_capitals_is_no_surname():
    """„NR REJ.”: „Rej” is a surname in the dictionary; the label is an abbreviation and stays."""
    assert scrub("NR REJ. AA 1234 BB", NAMES) == "NR REJ. [numer rejestracyjny usunięty]"


def test_the_visible_text_is_built_by_stretches_as_it_was_cluster_by_cluster():
    """Speed: only the clusters around characters not seen as written are normalised one by one (a 3 MB case with
    „…” in each text took the slow path everywhere); the text and the map back are the same as before."""
    rng = random.Random(17)
    alphabet = list("aąeęoóKkl ,._…„”–\u00ad\u200b\u0301\u0328\u043e\u0435Ｋﬁ\u2060\ufe0f한\u1161\u11a8ĳ²\u034f\n😀")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        out, starts, ends = [], [], []
        _clusters(text, 0, len(text), out, starts, ends)
        view = View(text)
        if plain(text):  # as seen already: nothing mapped
            assert view.text == text
            continue
        assert view.text == "".join(out), repr(text)
        assert [view.span(i, i + 1) for i in range(len(view.text))] == list(zip(starts, ends)), repr(text)
