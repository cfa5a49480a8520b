"""The case file's messages: the twenty-first messages review (rev-msg21) of issue 17, the false alarms of the gap
rules and the advice that would make a right file worse. Each case is the Wrzosogród example with a line changed."""

from __future__ import annotations

import pytest

from example_edits import checked as _check

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers

MINUTES_LINE, MINUTES = 387, "Przyjęto ustalenia zapisane poniżej."


# --- 1, 13: a quoted slogan or title and an intervention's steps are no notes ---------------------------------------

@pytest.mark.parametrize("new", [
    '"Hasło akcji: „Uwaga – sprawdzić, kto dzwoni!”"',
    "Ulotka „Senior – sprawdzić zanim otworzysz”.",
    "Kampania „Stop – sprawdzić, zanim kupisz”.",
    "Kontrola miejsc zbiorowisk osób spożywających alkohol (ustalić tożsamość, pouczyć lub ukarać mandatem).",
    "Ulotki z poradami (sprawdzić tożsamość rozmówcy, zadzwonić do rodziny).",
])
def test_a_quoted_slogan_and_an_interventions_steps_are_no_gaps(new):
    """Finding 1 of rev-msg21: a note's verb inside a quoted title and a bracket of steps were told as gaps."""
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


@pytest.mark.parametrize("new, gap", [
    ("Ulotka „Senior” – sprawdzić z rzecznikiem.", "– sprawdzić z rzecznikiem."),
    ("Za pośrednictwem lokalnych mediów (sprawdzić, czy Radio Lublin się zgodzi).",
     "(sprawdzić, czy Radio Lublin się zgodzi)"),
    ("Za pośrednictwem lokalnych mediów (sprawdzić adres i uzupełnić).", "(sprawdzić adres i uzupełnić)"),
    ("Hasło „Bezpieczny senior – wpisać hasło”.", "– wpisać hasło”."),
])
def test_a_note_outside_quotes_or_with_a_notes_second_verb_stays_a_gap(new, gap):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


def test_a_quoted_slogan_with_a_colon_is_told_to_be_quoted_not_deleted():
    """Finding 13 of rev-msg21: „Hasło kampanii – „Uwaga: sprawdzić!”.” was told to delete the slogan as a note."""
    report = _check((282, _NOTICES, "Hasło kampanii – „Uwaga: sprawdzić!”."))
    told = [e.message for e in report.errors]
    assert told and not any("uwagę dla siebie" in t for t in told) and any("ujmij całą wartość w cudzysłów" in t
                                                                              for t in told), told


# --- 2: what is said of a label's thing anywhere in the bracket --------------------------------------------------------

@pytest.mark.parametrize("new", [
    "Informacja o sprawcach (imię sprawcy zmienione).",
    "Ankieta dla mieszkańców (nazwisko nieobowiązkowe).",
])
def test_a_label_with_what_is_said_of_it_later_is_no_gap(new):
    """Finding 2 of rev-msg21: only the first word after the label was read."""
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


def test_a_withheld_name_in_the_minutes_is_no_gap():
    new = f"{MINUTES} Mieszkaniec (nazwisko do wiadomości dzielnicowej) zgłosił hałas."
    _silent(_check((MINUTES_LINE, MINUTES, new)), MINUTES_LINE, _GAP)


@pytest.mark.parametrize("new, gap", [
    ("Za pośrednictwem lokalnych mediów (nazwa gazety lokalnej).", "(nazwa gazety lokalnej)"),
    ("Artykuł w prasie (imię i nazwisko autora).", "(imię i nazwisko autora)"),
])
def test_a_forms_label_of_more_words_stays_a_gap(new, gap):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


# --- 5: a salutation closed with a wrong mark -------------------------------------------------------------------------

@pytest.mark.parametrize("new", ["Szanowny Panie Komendancie;", "Szanowny Panie Komendancie.",
                                 '"Szanowny Panie Komendancie:"'])
def test_a_salutations_wrong_closing_mark_is_replaced_by_the_comma(new):
    """Finding 5 of rev-msg21: „Szanowny Panie Burmistrzu;” was told to write „Szanowny Panie Burmistrzu;,”."""
    report = _check((230, "powitanie: Szanowny Panie Komendancie,", f"powitanie: {new}"))
    assert _warned(report, 230, "nie kończy się przecinkiem – w piśmie stoi w osobnym wierszu nad treścią, a po polsku "
                                "kończy go przecinek; wpisz „Szanowny Panie Komendancie,”"), report.warnings


# --- 9: a right date with a weekday after it ---------------------------------------------------------------------------

@pytest.mark.parametrize("extra, shown", [("(wtorek)", "(wtorek)"), (", wtorek", "wtorek")])
def test_an_iso_dates_weekday_is_told_to_be_deleted_not_the_date_rewritten(extra, shown):
    """Finding 9 of rev-msg21: „2025-06-25 (środa)” was told to write the date „2025-06-25” in the form RRRR-MM-DD."""
    report = _check((143, "do: 2026-03-31", f"do: 2026-03-31{extra if extra[0] == ',' else ' ' + extra}"))
    told = [e.message for e in report.errors]
    assert told == [f"po dacie stoi „{shown}” – pole to sama data; usuń to: do: 2026-03-31"], told


# --- 20: a share below 100% is the partial choice ----------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, meant", [
    (458, "status: częściowo zrealizowane", "status: zrealizowane w 70%", "częściowo zrealizowane"),
    (492, "ocena: częściowo osiągnięty", "ocena: osiągnięty w 80%", "częściowo osiągnięty"),
])
def test_a_share_below_the_whole_is_offered_the_partial_choice(line, old, new, meant):
    """Finding 20 of rev-msg21: „zrealizowane w 70%” was asked „czy chodziło o „zrealizowane”?” – done, not partly."""
    told = [e.message for e in _check((line, old, new)).errors]
    assert len(told) == 1 and f"czy chodziło o „{meant}”?" in told[0], told


def test_a_quoted_iso_date_alone_is_still_told_to_drop_the_quotes():
    told = [e.message for e in _check((143, "do: 2026-03-31", 'do: "2026-03-31"')).errors]
    assert told == ["datę wpisz bez cudzysłowu (w cudzysłowie jest tekstem), np. do: 2026-03-31"], told


# --- 21: two stages' ends in one deadline's text are no period ---------------------------------------------------------

def _one_line_term(new: str):
    return (142, "    termin:", f"    termin: {new}"), (143, "      do: 2026-03-31", "")


def test_two_stages_ends_are_not_offered_as_a_period():
    """Finding 21 of rev-msg21: „do 31.07.2025 r. (wniosek), do 31.08.2025 r. (odpowiedź)” was offered
    „od: 2025-07-31 / do: 2025-08-31” – an action running between the two ends."""
    report = _check(*_one_line_term("do 31.03.2026 r. (wniosek), do dnia 30.04.2026 r. (odpowiedź)"))
    assert _warned(report, 142, "zawiera kilka terminów – grupa pól termin ma jeden (od: i do: to okres, nie etapy); "
                                "zostaw tekst albo rozdziel działanie na osobne działania, każde z własnym terminem: "
                                "do: 2026-03-31 i do: 2026-04-30"), report.warnings
    assert not _warned(report, 142, "od: 2026-03-31"), report.warnings


def test_a_period_in_a_deadlines_text_is_still_offered_as_one():
    report = _check(*_one_line_term("od 1.03.2026 do 31.03.2026"))
    assert _warned(report, 142, "od: 2026-03-01 / do: 2026-03-31"), report.warnings
