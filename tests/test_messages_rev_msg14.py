"""The case file's messages and what documents print from fields: the fourteenth messages review (rev-msg14) of
issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _warned(report, line: int) -> list[str]:
    """The warnings of the field edited at that line (told at the field's key, a line or two above)."""
    return [w.message for w in report.warnings if line - 3 <= w.line <= line]


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


# --- 1: the courtesy capital of „Pani”, „Pana”, „Państwa” in a request -------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (297, "rozważenie możliwości", "Pani zgodę na rozważenie możliwości"),
    (317, "skierowanie strażników", "Pana decyzję o skierowaniu strażników"),
    (297, "rozważenie możliwości", "Państwa zgodę na rozważenie możliwości"),
])
def test_a_request_opening_with_a_courtesy_pronoun_is_not_warned(line, old, new):
    """Finding 1 of rev-msg14: „prosba: Pani zgodę na …” was told to start with a small letter – in a letter the
    pronouns of address keep their capital."""
    report = _check((line, old, new))
    assert not _errors(report), _errors(report)
    assert not [m for m in _warned(report, line) if "wielką literą" in m], report.warnings


def test_a_request_opening_with_another_capital_is_still_warned():
    report = _check((297, "rozważenie możliwości", "Rozważenie możliwości"))
    assert [m for m in _warned(report, 297) if "wielką literą" in m], report.warnings


# --- 17: „Cel – X – osiągnięto” is a sentence, not a label ------------------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (494, "Liczba zgłoszeń", "Cel – ograniczenie liczby zgłoszeń – osiągnięto częściowo. Liczba zgłoszeń"),
    (91, "W rejonie", "Problem – spożywanie alkoholu przez dorosłych – narasta od 2025 roku. W rejonie"),
])
def test_a_word_between_two_dashes_is_not_a_label(line, old, new):
    """Finding 17 of rev-msg14: the dashes enclose an apposition; „usuń „Cel –”” broke the sentence."""
    report = _check((line, old, new))
    assert not [m for m in _warned(report, line) if "nagłówek ze starego" in m], report.warnings


@pytest.mark.parametrize("new", ["Cel – ograniczenie liczby zgłoszeń. Liczba zgłoszeń",
                                 "Cel: ograniczenie liczby zgłoszeń – osiągnięto. Liczba zgłoszeń",
                                 "Cel – ograniczenie liczby zgłoszeń. Drugie zdanie – z myślnikiem. Liczba zgłoszeń"])
def test_a_label_before_a_dash_or_colon_is_still_warned(new):
    report = _check((494, "Liczba zgłoszeń", new))
    assert [m for m in _warned(report, 494) if "nagłówek ze starego" in m], report.warnings
