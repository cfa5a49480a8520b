"""`--publikacja` after the thirteenth publication review (rev-pub13), helper pub23: a plain long number that passes
the Luhn check is no card's unless labelled or grouped like a card (a regression of pub22's card rule)."""

from __future__ import annotations

import pytest

from pismo.publication.redact import scrub


@pytest.mark.parametrize("text, number", [
    ("Sprawa nr 4111111111111111 w sądzie.", "4111111111111111"),
    ("Numer sprawy 4532015112830366 z 2026 r.", "4532015112830366"),
    ("Przesyłka 5500000000000004 dotarła do punktu.", "5500000000000004"),
])
def test_a_glued_luhn_valid_number_without_a_cards_label_is_no_card(text, number):
    out = scrub(text)
    assert number in out and "[numer karty usunięty]" not in out, out


@pytest.mark.parametrize("text, number", [
    ("Znaleziono kartę 4111111111111111.", "4111111111111111"),
    ("Visa 4111111111111111 – zablokowana.", "4111111111111111"),
    ("Mastercard nr 5500000000000004.", "5500000000000004"),
    ("Znaleziony portfel, w nim 4111 1111 1111 1111 i dowód.", "1111 1111"),
])
def test_a_labelled_or_grouped_cards_number_still_goes(text, number):
    out = scrub(text)
    assert number not in out and "[numer karty usunięty]" in out, out
