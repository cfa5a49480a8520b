"""rev-pub22 findings fixed by pub41: a phone broken by a line break, inline numbered lists of persons, an initial
before a wife's form, indicators' names, surnames with an inner capital."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import PHONE_MARK, scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


def twice(text: str) -> str:
    """As a public version scrubs a case's text: the field, then the document holding it."""
    return scrub(scrub(text, UNIT), UNIT)


# --- finding 3: a phone broken by Shift+Enter is one number whatever stands before it ---------------------------------

@pytest.mark.parametrize("text", ["Kontakt: Kowalska\n605 444\n333", "Zgłaszająca\n605 444\n333",
                                  "Kontakt: Sowa\n605\n444 333", "Zgłaszająca\v605 444\v333"])
def test_a_phone_broken_by_a_line_break_goes(text):
    result = twice(text)
    assert PHONE_MARK in result and "333" not in result and "605" not in result


@pytest.mark.parametrize("text", ["Interwencje: 512\n433\n201", "Liczba zgłoszeń:\n605\n444\n333"])
def test_counts_one_a_line_still_stay(text):
    assert twice(text) == text


# --- finding 16: an inline numbered list after a persons' label ---------------------------------------------------

@pytest.mark.parametrize("text, gone, kept", [
    ("Zgłaszający: 1. Kurek 2. Sowa 3. Wróbel", ["Kurek", "Sowa", "Wróbel"], ["Zgłaszający: 1.", " 2. ", " 3. "]),
    ("Pouczeni: 1) Kurkowa z parteru 2) Sowa.", ["Kurkowa", "Sowa"], ["Pouczeni: 1)", " z parteru 2) "]),
])
def test_an_inline_numbered_list_of_persons_goes(text, gone, kept):
    result = twice(text)
    assert not any(w in result for w in gone) and all(k in result for k in kept), result


# --- finding 12: an initial before a wife's form ------------------------------------------------------------------

@pytest.mark.parametrize("text, gone", [("Hałas zgłosiła B. Kurkowa.", "Kurkowa"), ("Widziała ich B. Kurkowa.", "Kurkowa"),
                                        ("J. Wróblowa z parteru zgłosiła hałas.", "Wróblowa")])
def test_an_initial_before_a_wifes_form_goes(text, gone):
    assert gone not in twice(text)


# --- finding 15: whose reports an indicator counts ----------------------------------------------------------------

@pytest.mark.parametrize("text, gone", [("liczba zgłoszeń od Kurka i Sowy", ["Kurka", "Sowy"]),
                                        ("Zgłoszenie od Wróbla wpłynęło wczoraj.", ["Wróbla"])])
def test_whose_reports_are_counted_goes(text, gone):
    result = twice(text)
    assert not any(w in result for w in gone) and "od" in result


def test_reports_from_offices_stay():
    text = "Skargi od Sołtysa i od Gminy Cyców; zgłoszenia od Policji i Straży Miejskiej."
    assert twice(text) == text


# --- finding 20: a surname with an inner capital after its prefix ----------------------------------------------------

@pytest.mark.parametrize("text, gone", [("Po interwencji O'Brien obiecał poprawę.", "O'Brien"),
                                        ("Nagrania przekazał McKenzie z bloku 7.", "McKenzie")])
def test_a_prefixed_surname_goes(text, gone):
    assert gone not in twice(text)


def test_brands_with_inner_capitals_stay():
    text = "Spotkanie w McDonald's przy Lubelskiej. Kontakt przez WhatsApp i YouTube."
    assert twice(text) == text


def test_a_prefixed_surname_after_the_verb_is_its_subject():
    result = twice("Hałas zgłosił O'Brien z parteru.")
    assert result.startswith("Hałas zgłosił [") and "O'Brien" not in result
