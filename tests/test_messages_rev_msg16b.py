"""The case file's messages: findings of the sixteenth messages review (rev-msg16) left after its first round. Each
case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited


def _warned(report, line: int, words: str) -> list[str]:
    return [w.message for w in report.warnings if line - 3 <= w.line <= line and words in w.message]


def _syntax(*edits) -> list[tuple[int, int, str]]:
    from pismo import api

    return [(e.line, e.column, e.message) for e in api.check(edited(*edits), name="sprawa.yaml").errors]


# --- 23: a deadline written as a text holding a date --------------------------------------------------------------



def _one_line_term(new: str):
    return (142, "    termin:", f"    termin: {new}"), (143, "      do: 2026-03-31", "")


@pytest.mark.parametrize("new, fields", [("do 31.07.2027", "do: 2027-07-31"), ("31.03.2026", "do: 2026-03-31"),
                                         ("do dnia 31 marca 2026 r.", "do: 2026-03-31"), ('"2026-03-31"', "do: 2026-03-31"),
                                         ("od 1.03.2026 do 31.03.2026", "od: 2026-03-01 / do: 2026-03-31")])
def test_an_actions_deadline_written_as_a_dated_text_is_told_to_be_a_group(new, fields):
    """Finding 23 of rev-msg16: „termin: do 31.07.2027” passed – never checked against the period nor put in the
    calendar."""
    report = _check(*_one_line_term(new))
    assert not report.errors, report.errors
    assert _warned(report, 142, "zawiera datę zapisaną jako tekst") and _warned(report, 142, fields), report.warnings


def test_an_impossible_day_in_a_deadlines_text_is_told():
    report = _check(*_one_line_term("do 31.02.2026"))
    assert _warned(report, 142, "zawiera datę, która nie istnieje („31.02.2026”)"), report.warnings


@pytest.mark.parametrize("new", ["na bieżąco", "w miarę potrzeb", "do końca roku szkolnego"])
def test_a_deadline_in_words_is_not_warned(new):
    report = _check(*_one_line_term(new))
    assert not report.errors, report.errors
    assert not _warned(report, 142, "termin „"), report.warnings


@pytest.mark.parametrize("new, told", [("30.04.2026", "wpisz ją jako 2026-04-30"), ("do 31.02.2026", "nie istnieje")])
def test_a_findings_deadline_with_a_date_in_text_is_told(new, told):
    report = _check((394, "2026-04-30", new))
    assert _warned(report, 394, told), report.warnings


def test_a_date_put_on_the_deadlines_own_line_is_told_where_it_goes():
    errors = _syntax(*_one_line_term("2026-03-31"))
    assert [m for _, _, m in errors if "termin to grupa pól – wpisz datę pod nim" in m and "do: 2026-03-31" in m], errors


# --- 9: a list item „- >-” left under a field that already holds one text ----------------------------------------------

def test_a_list_item_under_a_fields_block_text_is_told_as_such():
    """Finding 9 of rev-msg16: a „- >-” item left after the paragraphs became one „opis: |” text was told to be
    quoted – which would print „>-” in the plan."""
    errors = _syntax((102, "a policjanci podejmowali tam 12 interwencji.",
                      "a policjanci podejmowali tam 12 interwencji.\n   - >-\n     Kolejny akapit opisu."))
    assert [e[:2] for e in errors] == [(103, 6)], errors
    assert "ten wiersz zaczyna element listy („- >-”), a pole „opis” (wiersz 90) ma już tekst" in errors[0][2], errors


# --- 18: a list item's „-” shifted left under its field -----------------------------------------------------------------

def test_a_field_below_a_shifted_dash_is_told_as_indentation_not_as_a_wrapped_id():
    """Finding 18 of rev-msg16: „    - id: burmistrz” with the item's fields left deeper was told to quote the id or
    write „>-” after „id:” – both make an id „burmistrz osoba: …”."""
    errors = _syntax((205, "      - id: prezydent-miasta       # kobieta: „Pani”, „Szanowna Pani Prezydent,”",
                       "    - id: prezydent-miasta"))
    assert [e[:2] for e in errors] == [(206, 9)], errors
    assert "pole „osoba” stoi głębiej niż pole „id” z wiersza 205" in errors[0][2], errors
    assert "cudzysłów" not in errors[0][2]


def test_a_wrapped_text_with_a_colon_is_still_told_to_be_quoted():
    errors = _syntax((89, "przy ul. Lipowej", "przy ul. Lipowej\n    Uwaga: wieczorem"))
    assert errors and "ujmij cały tekst pola „temat” w cudzysłów" in errors[0][2], errors


# --- 14 (part): a quoted true/false; „0x10”, „1e3” offered no wrong number -------------------------------------------

def test_a_quoted_true_is_told_to_lose_its_quotes():
    """Finding 14 of rev-msg16: „kolegialny: "true"” got „oczekiwano wartości true albo false, a jest tekst „true””."""
    line = next(i for i, text in enumerate(edited().split("\n"), 1) if "kolegialny: true" in text)
    errors = _syntax((line, "kolegialny: true", 'kolegialny: "true"'))
    assert [m for _, _, m in errors if "w cudzysłowie jest dla YAML tekstem – usuń cudzysłów: true" in m], errors


@pytest.mark.parametrize("new", ["0x10", "1e3"])
def test_a_number_glued_to_letters_and_digits_gets_no_wrong_number(new):
    """Finding 14 of rev-msg16: „0x10” was told „wpisz samą liczbę: 0”, „1e3” „wpisz samą liczbę: 1”."""
    errors = _syntax((122, "wartosc_wyjsciowa: 9", f"wartosc_wyjsciowa: {new}"))
    assert errors and not [m for _, _, m in errors if "wpisz samą liczbę" in m], errors


@pytest.mark.parametrize("new, told", [('godzina: "17:00 "', "ma spację na początku albo na końcu – usuń ją: \"17:00\""),
                                       ('godzina: "17:60"', "ma 60 minut – minuty to 00–59")])
def test_an_hour_with_a_space_or_sixty_minutes_is_named(new, told):
    """Finding 14 of rev-msg16: „"17:00 "” and „17:60” were told „godzinę podaj jako GG:MM” – they are GG:MM."""
    line = next(i for i, text in enumerate(edited().split("\n"), 1) if 'godzina: "17:00"' in text)
    errors = _syntax((line, 'godzina: "17:00"', new))
    assert [m for _, _, m in errors if told in m], errors
