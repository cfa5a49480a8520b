"""The case file's messages and what documents print from fields: the thirteenth messages review (rev-msg13) of
issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from conftest import run
from example_edits import WRZOSOGROD, checked as _check


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 19: a file `pismo nowa --z` just wrote is told its letters are copies -------------------------------------------

def test_the_next_periods_cleared_signs_are_not_told_as_copied_letters(tmp_path):
    """Finding 19 of rev-msg13: the signs pismo itself cleared („UZUPEŁNIJ znak pisma”) were told three times
    „ma już pismo … (czy to skopiowany wniosek albo spotkanie?)”."""
    target = tmp_path / "nastepny.yaml"
    made = run("nowa", target, "--z", WRZOSOGROD)
    assert made.exit_code == 0, made.output
    check = run("sprawdz", target)
    assert "do uzupełnienia" in check.output, check.output
    assert "skopiowany" not in check.output and "ma już pismo" not in check.output, check.output


def test_a_sign_written_twice_is_still_told():
    report = _check((326, "PR-RD-0151-14/26", "PR-RD-0151-13/26"))
    assert [w for w in _warned(report, 326) if "ma już pismo" in w], report.warnings


# --- 20: the skeleton's hint kept after deleting only „UZUPEŁNIJ” ---------------------------------------------------

@pytest.mark.parametrize("line, old, new, shown", [
    (20, "- KOMENDA MIEJSKA POLICJI", "- W …", "W …"),
    (29, "- ul. Wrzosowa 1", "- ul. … nr", "ul. … nr"),
    (30, "- 99-999 Wrzosogród", "- 00-000 …", "00-000 …"),
    (50, "nr XIII", "nr …", "dzielnicowa rejonu służbowego nr …"),
    (50, "nr XIII", "nr ...", "dzielnicowa rejonu służbowego nr ..."),
    (47, "st. asp.", "stopień, np. st. asp.", "stopień, np. st. asp."),
    (48, "Anna Zmyślona", "imię i nazwisko", "imię i nazwisko"),
])
def test_a_skeleton_hint_left_without_its_marker_is_to_fill_in(line, old, new, shown):
    """Finding 20 of rev-msg13: „W …”, „ul. … nr”, „stopień, np. st. asp.” passed and were printed in 11 documents."""
    report = _check((line, old, new))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, line) if "do uzupełnienia" in m]
    assert told and f"„{shown}”" in told[0], report.warnings


@pytest.mark.parametrize("line, old, new", [
    (50, "nr XIII", "nr XIII (…)"), (50, "nr XIII", "nr XIII…"), (29, "- ul. Wrzosowa 1", "- ul. Wrzosowa 1, np. tu"),
    (159, "raz w miesiącu", "raz w miesiącu")])
def test_an_ellipsis_inside_a_word_or_brackets_is_not_a_hint(line, old, new):
    report = _check((line, old, new))
    assert not [m for m in _warned(report, line) if "do uzupełnienia" in m], report.warnings


# --- 1: any rank written in an officer's name, not only the one of „stopien” -----------------------------------------

@pytest.mark.parametrize("line, old, new, rank, other", [
    (48, "Anna Zmyślona", "asp. Anna Zmyślona", "asp.", True),
    (48, "Anna Zmyślona", "starszy aspirant Anna Zmyślona", "starszy aspirant", False),
    (48, "Anna Zmyślona", "st asp Anna Zmyślona", "st asp", False),
    (48, "Anna Zmyślona", "Anna Zmyślona, st. asp.", "st. asp.", False),
    (48, "Anna Zmyślona", "Anna Zmyślona (mł. asp.)", "mł. asp.", True),
    (58, "Tomasz Wymyślny", "insp. Tomasz Wymyślny", "insp.", True),
    (58, "Tomasz Wymyślny", "nadinspektor Tomasz Wymyślny", "nadinspektor", True),
])
def test_any_rank_written_in_the_name_is_warned_and_the_rank_of_stopien_printed_once(line, old, new, rank, other):
    """Finding 1 of rev-msg13: „asp. Anna Zmyślona” beside „stopien: st. asp.” (a promotion), the rank in full,
    without dots or after the name passed and printed „st. asp. asp. Anna Zmyślona”."""
    from example_edits import edited
    from pismo.case.loader import load_case_text
    from pismo.documents.context import person

    report = _check((line, old, new))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, line) if f"stop" in m and f"„{rank}”" in m]
    assert told and f"usuń „{rank}”" in told[0] and old in told[0], _warned(report, line)
    assert ("aktualny stopień" in told[0]) == other, told[0]
    osoby = load_case_text(edited((line, old, new))).sprawa.osoby
    printed = person(osoby.dzielnicowy if line == 48 else osoby.komendant)["pelne"]
    assert printed == ("st. asp. " if line == 48 else "mł. insp. ") + old, printed


@pytest.mark.parametrize("name", ["Jan Post", "Anna Kom", "Komorowska Anna", "Aspiryna Nowak", "Stanisława Insperger"])
def test_a_name_with_a_ranks_letters_is_not_warned(name):
    report = _check((48, "Anna Zmyślona", name))
    assert not [m for m in _warned(report, 48) if "stop" in m], report.warnings
