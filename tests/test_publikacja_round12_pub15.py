"""`--publikacja` after the tenth publication review (rev-pub10), helper pub15: what tests/publication_corpus.py
cannot hold – the unit's town in a private handle (finding 1)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import PROFILE_MARK, scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("Dziewczyna wrzuca zdjęcia na instagram.com/wrzosogrod_pieknosc.", "wrzosogrod_pieknosc"),
    ("Oszust z OLX: @Wrzosogrod_Okazje_Tanio.", "Okazje_Tanio"),
    ("Wyzywał sąsiadkę na profilu facebook.com/wrzosogrod.mazur.", "wrzosogrod.mazur"),
    ("Na czacie występuje jako Bandzior_Wrzosogrod.", "Bandzior"),
    ("Obraźliwe wpisy dodaje użytkownik @KmpWrzosogrodHejter.", "Hejter"),
    ("Właściciel lokalu: facebook.com/MopsWrzosogrodKrzywda.", "Krzywda"),
    ("Groźby z konta @PolicjaKłamie1985 na TikToku.", "Kłamie"),
])
def test_a_private_handle_with_the_town_or_an_institutions_word_goes(text, gone):
    out = scrub(text, UNIT)
    assert PROFILE_MARK in out and gone not in out, out


@pytest.mark.parametrize("text", [
    "Informacje: facebook.com/KMPWrzosogrod, @SM_Wrzosogrod, instagram.com/sp3_wrzosogrod, @PolskaPolicja.",
    "Kampania: instagram.com/bezpieczny_wrzosogrod; akcja #Bezpieczny_Wrzosogrod trwa; youtube.com/@PolicjaLubelska.",
])
def test_the_institutions_own_pages_stay(text):
    assert scrub(text, UNIT) == text
