"""The case file's messages: the twenty-second messages review (rev-msg22) of issue 17 – false alarms on wording
officers really write. Each case is the Wrzosogród example with a line changed."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers


# --- 1: „XX” after digits is a phone's gap only in a phone's nine digits ---------------------------------------------

@pytest.mark.parametrize("new", ["Spotkania w blokach z lat 60-70 XX wieku.", "Spotkania w blokach z lat 60 70 XX wieku.",
                                 "Oświetlenie bloków z lat 70-80 XX w.", "Pogadanka w bud. 12-14 XX LO.",
                                 "W dniach 20-21 XX Festiwalu Łęcznej."])
def test_a_roman_xx_after_a_range_of_numbers_is_the_texts(new):
    """Finding 1 of rev-msg22: „z lat 60-70 XX wieku” was told to be a phone number left to fill."""
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


@pytest.mark.parametrize("new, gap", [("Informacja pod numerem 81 752 20 XX.", "81 752 20 XX"),
                                      ("Informacja pod numerem 600-123-XXX.", "600-123-XXX"),
                                      ("Informacja pod numerem 47 811 XX XX.", "47 811 XX XX")])
def test_a_phones_gap_is_still_told(new, gap):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP} i tak trafi do pisma; wpisz pełny numer telefonu")


def test_xx_after_a_postal_code_is_the_towns_gap():
    """Finding 1 of rev-msg22: „21-010 XX” was told as a phone; the town is what is missing."""
    report = _check((215, "99-999 Wrzosogród", "99-999 XX"))
    told = [w for w in report.warnings if "„XX”" in w.message and w.line == 215]
    assert told and told[0].message.endswith("i tak trafi do pisma; wpisz nazwę miejscowości"), report.warnings
    line = edited((215, "99-999 Wrzosogród", "99-999 XX")).split("\n")[214]
    assert told[0].column == line.index("XX") + 1


# --- 25: an inch mark after a digit is no closing quote -------------------------------------------------------------

@pytest.mark.parametrize("new", ["Prezentacja kamer 1/3” CMOS.", "Kamery z przetwornikiem 1/2,8” i monitorem 24”."])
def test_an_inch_mark_after_a_digit_is_no_lone_closing_quote(new):
    """Finding 25 of rev-msg22: Word writes the typed " after a digit as „”” – a sensor's „1/3”” was told as a closing
    quote without its opener."""
    _silent(_check((282, _NOTICES, new)), 282, "cudzysłów")


def test_a_lone_closer_after_a_word_is_still_told():
    report = _check((282, _NOTICES, "Akcja Bezpieczny Senior” w parafii."))
    assert _warned(report, 282, "cudzysłów zamykający „”” bez otwierającego „„”")
