"""`--publikacja` after the twenty-first publication review (rev-pub21), helper pub38: a married woman's surname form
(„Kurkowa”, „Wróblowej”, „Sowina”) is a surname in every rule that knows one – lists, tables, phone owners,
coordinations – while streets and villages that look alike stay."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])
CUT = "[imię i nazwisko usunięte]"


def _public(text: str) -> str:
    """Scrubbed twice, as the field pass and the document pass do."""
    return scrub(scrub(text, UNIT), UNIT)


# --- #22: a wife's form is a surname wherever a plain surname is ----------------------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("Świadkowie:\n– Kurkowa\n– Wróblowa", ["Kurkowa", "Wróblowa"]),
    ("Zgłaszające: Kurkowa i Wróblowa z Wiklinowej.", ["Kurkowa", "Wróblowa"]),
    ("Hałas zgłosiły Wiśniewska i Nowakowa.", ["Wiśniewska", "Nowakowa"]),
    ("Zgłaszający:\nKurkówna Anna\nSowina Ewa", ["Kurkówna", "Sowina", "Ewa"]),
    ("Mieszkańcy\nKurkowa\tparter\t605 444 333\nSowa\tI piętro", ["Kurkowa", "Sowa"]),
    ("Kurkowa\n605 444 333", ["Kurkowa"]),
    ("Rozmawiano z Kurkową i Sową z parteru.", ["Kurkową", "Sową"]),
])
def test_a_wifes_surname_form_goes_where_a_surname_does(text, gone):
    out = _public(text)
    assert CUT in out
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize("text", [
    "Ulice Lipowa i Kolejowa zostały wyremontowane.",
    "Lipowa i Kolejowa są nieoświetlone.",
    "Na Lipowej i Kolejowej brakuje latarni.",
    "Ulice: Lipowa, Kolejowa, Kasztanowa.",
    "Mieszkańcy Janowa, Józefowa i Stanisławowa zgłaszali hałas.",
    "Zgłosiła to mieszkanka Puchaczowa, a mieszkaniec Cycowa pomógł.",
    "Bractwo Kurkowe i Koło Gospodyń przygotowały festyn.",
])
def test_streets_and_villages_like_a_wifes_form_stay(text):
    assert _public(text) == text


# --- #15: two phones glued by „/” -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["tel. 605 444 333/502 113 224", "(tel. 605-444-333/502-113-224)"])
def test_the_second_of_two_phones_by_a_slash_goes_whole(text):
    out = _public(text)
    assert out.count("[numer telefonu usunięty]") == 2 and not any(g in out for g in ("113", "224")), out


def test_an_extension_after_a_slash_stays_part_of_the_phone():
    assert _public("tel. 600 100 200/201.") == "[numer telefonu usunięty]."


# --- #1, #2: coordinated surnames after a women's past plural, or with words between the verb and them -----------

@pytest.mark.parametrize("text", [
    "Nagrania przesłały Sowa i Kurkowa.",
    "Przyszły na spotkanie\nSowa i Kurkowa.",
    "Zgłosiły się\nSowa i Wróblowa.",
    "Hałas zgłaszali głównie Kurek i Sowa.",
    "Hałas zgłaszali zwłaszcza Kurek i Sowa.",
    "Przyszli na spotkanie Kurek i Sowa.",
    "Przyszli na spotkanie\nKurek i Sowa z Ludwina.",
    "Hałas zgłaszali mieszkańcy, m.in. Kurek i Sowa.",
    "Hałas zgłaszali sąsiedzi, np. Kurek i Sowa.",
])
def test_coordinated_surnames_after_a_plural_verb_go(text):
    out = _public(text)
    assert out.count(CUT) == 2, out


@pytest.mark.parametrize("text", [
    "Zgłaszały to głównie Szkoła i Przedszkole.",
    "Przyszli na spotkanie Radni i Sołtysi z gminy.",
    "Nagrania przesłały Spółdzielnie Batory i Wspólnota.",
    "Przyszły na spotkanie Szkoła i Przedszkole.",
    "Wezmą udział głównie Przedszkole i Szkoła z Wiklinowej.",
    "Pomagały zwłaszcza Caritas i Sokół.",
    "Zostały wyremontowane Lipowa i Kolejowa.",
])
def test_coordinated_bodies_after_a_plural_verb_stay(text):
    assert _public(text) == text


# --- #4: „Osoby:”, „Osoby do kontaktu:”, „Lista osób:” head persons' lists -----------------------------------------

@pytest.mark.parametrize("text", ["Osoby: Kurek; Sowa; Wróbel", "Osoby do kontaktu: Kurek, Sowa, Wróbel",
                                  "Lista osób: Kurek, Sowa, Wróbel"])
def test_a_persons_list_under_osoby_goes(text):
    out = _public(text)
    assert out.count(CUT) == 3 and not any(w in out for w in ("Kurek", "Sowa", "Wróbel")), out


@pytest.mark.parametrize("text", ["Osoby\tLiczba\ndorośli\t12\ndzieci\t4", "Osoby: dorośli 12, dzieci 4.",
                                  "Lista osób: w załączniku.", "Osoby do kontaktu: dyżurny KPP, dzielnicowy.",
                                  "Osoby do kontaktu: KPP Łęczna, Urząd Gminy Cyców."])
def test_what_no_person_names_under_osoby_stays(text):
    assert _public(text) == text
