"""`--publikacja` after the twelfth publication review (rev-pub12), helper pub21: what pub20 left open – a first
name or a diminutive that is a place or a word too with a neighbour's locator and a verb („Zbyszek z 8a pije”,
„Grzechu z garaży pożycza”), while a nationality's noun with a locator stays („Polka z 8a”) (finding 5)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("Zbyszek z 8a pije pod sklepem.", "Zbyszek"),
    ("Olek z 8a pije pod sklepem.", "Olek"),
    ("Majka z 8a pije pod sklepem.", "Majka"),
    ("Ina z 8a pije pod sklepem.", "Ina"),
    ("Pobiła go Ina z Lipowej.", "Ina"),
    ("Grzechu z garaży pożycza pieniądze na procent.", "Grzechu"),
    ("Od roku Olek z trzeciego piętra handluje dopalaczami.", "Olek"),
    ("Zbyszek z parteru awanturuje się.", "Zbyszek"),
    ("Pisze do mnie Pola z 2a.", "Pola"),
])
def test_a_first_name_with_a_neighbours_locator_and_a_verb_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Polka z 8a pije pod sklepem.",
    "Niemka z 8a pije pod sklepem.",
    "Lampka z 8a nie świeci.",
    "Mieszkańcy Zbyszka z gminy Lipno jeżdżą do Lublina.",
    "Autobus do Olek z Lublina jedzie godzinę.",
    "Rzeka Ina z Pomorza wylała.",
])
def test_a_nationality_a_thing_or_a_place_with_a_locator_stays(text):
    assert scrub(text, UNIT) == text
