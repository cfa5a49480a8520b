"""`--publikacja`: whose employer an office or a police unit is, after the third publication review of issue 17
(rev-pub3, findings 20, 23, 24): lists one person a line, cells of a police unit, offices that send their staff."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])


# Finding 20: one person a line – the unit ending a line is that line's person's, not the next one's employer.
@pytest.mark.parametrize("text, gone, kept", [
    ("W spotkaniu uczestniczyli:\n– asp. Adam Wrona, KPP w Łęcznej\n– insp. Adam Kruk, Urząd Gminy Puchaczów",
     ["Kruk"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, KPP\ninsp. Marta Zawadzka, Urząd Miejski\nsierż. Ewa Bąk, Straż Graniczna",
     ["Zawadzka", "Bąk"], ["Adam Wrona"]),
    ("asp. Adam Wrona z KPP\ninsp. Adam Kruk z Urzędu Gminy", ["Kruk"], ["Adam Wrona"]),
    ("KPP w Łęcznej\ninsp. Adam Kruk, Urząd Gminy", ["Kruk"], []),
    ("Komenda Powiatowa Policji w Łęcznej:\ninsp. Adam Kruk (Urząd Gminy)", ["Kruk"], []),
    ("asp. Adam Wrona\tKPP w Łęcznej\ninsp. Adam Kruk\tUrząd Gminy", ["Kruk"], ["Adam Wrona"]),
    ("asp. Adam Wrona | KPP\ninsp. Adam Kruk | Urząd Gminy", ["Kruk"], ["Adam Wrona"]),
    ("Obecni:\ninsp. Adam Kruk, Urząd Gminy\nasp. Adam Wrona\nsierż. Ewa Bąk", ["Kruk"], ["Adam Wrona", "Ewa Bąk"]),
    ("Urząd Gminy Puchaczów:\ninsp. Adam Kruk\ninsp. Ewa Bąk\nKPP w Łęcznej:\nasp. Adam Wrona",
     ["Kruk", "Bąk"], ["Adam Wrona"]),
    ("Straż Miejska\nmł. insp. Adam Kruk", ["Kruk"], []),
])
def test_one_person_a_line_has_the_employer_of_his_own_line(text, gone, kept):
    out = scrub(text, NAMES)
    assert not [g for g in gone if g in out] and all(k in out for k in kept), out
