"""`--publikacja` after the thirteenth publication review (rev-pub13), helper pub22: a police rank or „dzielnicowy”
before a first name makes it an officer's, kept before a removed phone whether or not the case lists the officer
(„sierż. Marek – 600 …”), while a first name after a civil post still goes (finding 12)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

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
