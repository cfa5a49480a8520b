"""The case file's messages: findings left open from older messages reviews (rev-msg10 … rev-msg13) of issue 17.
Each case is the Wrzosogród example with a line changed as an officer would; a check states the class it guards."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _told(report, line: int) -> list[str]:
    return [p.message for p in report.errors + report.warnings if p.line == line]


# --- rev-msg12 finding 19: a value's message says what to write ----------------------------------------------------

@pytest.mark.parametrize("written, meant", [("tak", "true"), ("nie", "false"), ("TAK", "true"), ("Tak", "true")])
def test_a_yes_or_no_written_in_polish_is_told_as_true_or_false(written, meant):
    report = _check((246, "kolegialny: true", f"kolegialny: {written}"))
    told = _told(report, 246)
    assert told and f"wpisz {meant}" in told[0], told


@pytest.mark.parametrize("written, number", [("9 zgłoszeń", "9"), ("ok. 6", "6"), ("20%", "20"), ("ok. 6,5", "6.5")])
def test_a_number_written_with_words_is_told_with_the_number_alone(written, number):
    report = _check((122, "wartosc_wyjsciowa: 9", f"wartosc_wyjsciowa: {written}"))
    told = _told(report, 122)
    assert told and f"wpisz samą liczbę: {number}" in told[0], told


# --- rev-msg13 finding 21: a text written in brackets ---------------------------------------------------------------

@pytest.mark.parametrize("written, sign", [("[temat spotkania]", "["), ("{temat spotkania}", "{")])
def test_a_text_in_brackets_is_told_by_its_bracket(written, sign):
    report = _check((343, "bezpieczeństwa w rejonie placu zabaw przy ul. Lipowej i sklepu przy ul. Klonowej 12", written))
    told = _told(report, 343)
    assert told and f"„{sign}”" in told[0] and "dwukropk" not in told[0] and "a jest lista" not in told[0], told


# --- rev-msg13 finding 25: an hour written as a range ----------------------------------------------------------------

@pytest.mark.parametrize("written", ['"17:00–18:30"', "17:00-18:30", '"17:00 - 18:30"'])
def test_an_hour_range_names_the_end_hours_field(written):
    report = _check((337, '"17:00"', written))
    told = _told(report, 337)
    assert told and "godzina_zakonczenia" in told[0] and '"18:30"' in told[0], told
