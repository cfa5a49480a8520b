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


# --- 6 (s01): Word's list exported at column 1 under „- ” items ------------------------------------------------------

@pytest.mark.parametrize("mark, sign", [("•\t", "•"), ("– ", "–"), ("➢\t", "➢"), ("o\t", "o")])
def test_a_word_bullet_at_column_1_under_list_items_is_named(mark, sign):
    """Finding 6 of rev-msg11 (s01): „•⇥Ustalenia” at column 1 – Word's automatic list as its .txt export writes it –
    under agenda items was told „dalszy ciąg tekstu elementu listy … za małe wcięcie – zwiększ je” (the bullet not
    named; indenting it made it text of item 3)."""
    report = _check((356, "      - Ustalenia", f"{mark}Ustalenia"))
    assert _errors(report) == [(356, 1, report.errors[0].message)], _errors(report)
    message = report.errors[0].message
    assert f"zaczyna się od „{sign}”" in message and "wpisz „- ”" in message and "(6 spacji przed „-”)" in message, message
    assert "zwiększ" not in message, message


def test_a_text_wrapped_onto_column_1_with_a_word_o_is_still_a_wrapped_text():
    report = _check((355, "Uwagi mieszkańców i propozycje działań.", "Uwagi mieszkańców\no propozycjach działań."))
    assert len(report.errors) == 1 and "dalszy ciąg tekstu" in report.errors[0].message, _errors(report)


# --- 10 (j08): the last item's text fallen to column 1 with its own „: ” ---------------------------------------------

def test_the_last_items_text_fallen_to_column_1_with_a_colon_is_told_as_that_text():
    """Finding 10 of rev-msg11 (j08): the last informowanie item broken „… spotkań z” / „mieszkańcami: raz w kwartale.”
    at column 1 was told „nieznane pole „mieszkańcami” – dozwolone tu pola: …”, no word of the item's text."""
    report = _check((284, "spotkań z mieszkańcami.", "spotkań z\nmieszkańcami: raz w kwartale."))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert (error.line, error.column) == (285, 1), _errors(report)
    told = error.message
    assert told.index("ostatniego punktu listy „informowanie” z wiersza 284") < told.index("dozwolone tu pola"), told
    assert "dopisz go na końcu wiersza 284" in told and "cudzysłów" in told, told


def test_a_field_like_name_after_a_list_is_told_first_as_an_unknown_field():
    report = _check((285, "", "uwagi: brak"))
    assert len(report.errors) == 1, _errors(report)
    told = report.errors[0].message
    assert told.startswith("nieznane pole „uwagi” – dozwolone tu pola:") and told.index("dozwolone") < told.index("jeśli"), told


# --- rev-msg10 23: an id reference with Word's dash, a Polish letter or „;” ------------------------------------------

@pytest.mark.parametrize("written, sign", [("straz–miejska", "–"), ("straż-miejska", "ż"), ("Straz-Miejska", "S")])
def test_an_id_with_an_odd_character_names_it_and_the_known_id(written, sign):
    """Finding 23 of rev-msg10: „[straz–miejska]” (Word's en dash), „[straż-miejska]” got only the generic id rule –
    the officer did not see which character is wrong."""
    report = _check((152, "[straz-miejska]", f"[{written}]"))
    assert len(report.errors) == 1, _errors(report)
    message = report.errors[0].message
    assert f"zawiera znak „{sign}”" in message and "czy chodziło o „straz-miejska”" in message, message


def test_two_known_ids_joined_by_a_semicolon_are_told_to_be_listed():
    report = _check((171, "[rada-osiedla, wspolnota]", "[rada-osiedla; wspolnota]"))
    assert len(report.errors) == 1, _errors(report)
    message = report.errors[0].message
    assert "rozdzielone „;”" in message and "[rada-osiedla, wspolnota]" in message, message


def test_an_unknown_id_with_an_odd_character_names_the_character_only():
    report = _check((152, "[straz-miejska]", "[policja–drogowa]"))
    message = report.errors[0].message
    assert "zawiera znak „–”" in message and "czy chodziło" not in message, message


# --- rev-msg10 19: a key with an invisible character is not also missing --------------------------------------------

@pytest.mark.parametrize("hidden", ["\u200b", "\ufeff", "\u200b\u200b"])
def test_a_key_with_an_invisible_character_is_told_once(hidden):
    """Finding 19 of rev-msg10: „<U+200B>temat:” got a first, false „spotkania[0].temat: brak wymaganego pola –
    uzupełnij je” (inviting a second „temat:”) before the invisible character's own message."""
    report = _check((343, "    temat:", f"    {hidden}temat:"))
    assert len(report.errors) == 1, _errors(report)
    assert report.errors[0].line == 343 and "niewidoczny" in report.errors[0].message, _errors(report)


def test_a_missing_field_is_still_told_beside_a_hidden_key_of_another_name():
    report = _check((343, "    temat:", "    \u200btematy:"))
    assert any("brak wymaganego pola" in e.message and e.path == "spotkania[0].temat" for e in report.errors), \
        _errors(report)


# --- rev-msg10 17: a field name with a word added is asked about the field it opens with -----------------------------

@pytest.mark.parametrize("written", ["zaproszeni goście", "zaproszeni_goscie", "Zaproszeni goście"])
def test_a_name_with_a_word_added_is_asked_about_its_opening_field(written):
    """Finding 17 of rev-msg10: „zaproszeni goście:” was asked „czy chodziło o „zaproszenie”?” – another field the
    meeting has; the missing one is „zaproszeni”."""
    report = _check((348, "    zaproszeni:", f"    {written}:"))
    assert len(report.errors) == 1, _errors(report)
    assert "czy chodziło o „zaproszeni”?" in report.errors[0].message, _errors(report)


# --- rev-msg10 11: a copied meeting or request keeps its letter's sign ------------------------------------------------

def test_a_letters_sign_written_twice_is_warned_at_the_repeat():
    """Finding 11 of rev-msg10: request 2's „znak” = request 1's, or a meeting's „numer” twice, passed as „poprawny” –
    two letters would go out under one sign."""
    report = _check((326, "PR-RD-0151-14/26", "PR-RD-0151-13/26"), (405, "2/2026", "1/2026"))
    assert not report.errors, _errors(report)
    sign = _warned(report, 326)
    assert any("znak „PR-RD-0151-13/26” ma już pismo wnioski[0].pismo (wiersz 309)" in m for m in sign), sign
    number = _warned(report, 405)
    assert any("numer „1/2026” ma już spotkanie spotkania[0] (wiersz 335)" in m for m in number), number


def test_the_examples_own_signs_are_not_warned():
    report = _check()
    assert not [w.message for w in report.warnings if "ma już" in w.message]


# --- rev-msg10 12: a placeholder with no letters ----------------------------------------------------------------------

@pytest.mark.parametrize("written, shown", [("...", "..."), ('"?"', "?"), ("xxx", "xxx"), ("…", "…"), ('"- -"', "- -")])
def test_a_text_of_only_a_gaps_marks_is_warned(written, shown):
    """Finding 12 of rev-msg10: „temat: ...”, „?”, „xxx” passed and printed „w sprawie ..., które …”."""
    report = _check((343, "temat: bezpieczeństwa w rejonie placu zabaw przy ul. Lipowej i sklepu przy ul. Klonowej 12",
                     f"temat: {written}"))
    assert not report.errors, _errors(report)
    assert any(f"zawiera tylko „{shown}”" in m and "wpisz właściwy tekst" in m for m in _warned(report, 343)), \
        _warned(report, 343)


def test_a_text_with_letters_and_dots_is_not_a_gap():
    report = _check((343, "temat: bezpieczeństwa", "temat: X. bezpieczeństwa"))
    assert not [m for m in _warned(report, 343) if "zawiera tylko" in m]
