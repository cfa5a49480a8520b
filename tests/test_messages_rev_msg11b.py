"""The case file's messages: the findings of the eleventh messages review (rev-msg11) of issue 17 left open by
tests/test_messages_rev_msg11.py, and the low ones of the tenth (rev-msg10). Each case is the Wrzosogród example with
a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 11: a record longer than the agenda says what to do -----------------------------------------------------------

def test_a_record_longer_than_the_agenda_says_what_to_do():
    """Finding 11 of rev-msg11: „przebieg ma więcej punktów (4) niż porządek spotkania (3)” said no what to do."""
    report = _check((354, "- Przedstawienie planu działania priorytetowego dla rejonu służbowego nr XIII.", "#"))
    assert len(report.errors) == 1, _errors(report)
    message = report.errors[0].message
    assert "więcej punktów (4)" in message and "(3, wiersz 353)" in message, message
    assert "dopisz brakujący punkt porządku" in message and "połącz" in message, message


# --- 19: „Ad 1.” pasted from an old protocol -----------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["Ad 1.", "Ad. 1.", "AD 1", "ad 1)", "Ad 1:"])
def test_a_record_point_opened_with_ad_is_warned(mark):
    """Finding 19 of rev-msg11: a przebieg point pasted with its „Ad 1.” printed „Ad 1. Otwarcie …” / „Ad 1. Spotkanie
    otworzyła …” unwarned (a pasted „1.” was warned)."""
    report = _check((374, "Spotkanie otworzyła", f"{mark} Spotkanie otworzyła"))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 373) if f"„{mark}”" in m]  # at the point's „>-”
    assert told and "usuń" in told[0] and "Ad 1." in told[0], _warned(report, 373)


@pytest.mark.parametrize("text", ["Adam Nowak otworzył", "Adres podano", "Ad hoc ustalono"])
def test_a_record_point_opened_with_a_word_like_ad_is_not_warned(text):
    report = _check((374, "Spotkanie otworzyła", text))
    assert not report.errors, _errors(report)
    assert not _warned(report, 373) + _warned(report, 374), _warned(report, 373)
