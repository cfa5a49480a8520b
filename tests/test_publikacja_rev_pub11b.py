"""`--publikacja` after the eleventh publication review (rev-pub11), helper pub19: a surname's, a wife's or a
family's form after a sentence's first word that is an ordinary word too (finding 4)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("Stara Kowalczykowa z trójki wszystko widzi.", "Kowalczykowa"),
    ("Działka Kowalskich to miejsce libacji.", "Kowalskich"),
    ("Działka Gołębiowskich to miejsce libacji.", "Gołębiowskich"),
    ("Od Malinowskiego kupują dopalacze.", "Malinowskiego"),
    ("U Malinowskiego piją do rana.", "Malinowskiego"),
])
def test_a_name_after_a_sentences_ordinary_first_word_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out
    assert out.split()[0] == text.split()[0], out  # the opening word stays


@pytest.mark.parametrize("text", [
    "Dom Kurpiów stoi w skansenie.",
    "Od Sienkiewicza skręć w lewo.",
    "Od Mickiewicza do parku jest blisko.",
    "Stara Wieś leży za lasem.",
    "Zielona Góra to miasto.",
    "Biała Podlaska leży nad Krzną.",
])
def test_peoples_streets_and_places_after_an_opening_word_stay(text):
    assert scrub(text, UNIT) == text
