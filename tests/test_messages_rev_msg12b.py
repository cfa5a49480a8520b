"""The case file's messages and what documents print from fields: the rest of the twelfth messages review
(rev-msg12) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 2: the town pismo completes with „, dnia …”; a meeting place without its preposition ---------------------------

@pytest.mark.parametrize("town, ending", [("Wrzosogród, dnia", ", dnia"), ("Wrzosogród,", ","),
                                          ("Wrzosogród, dn.", ", dn."), ("Wrzosogród dnia", " dnia")])
def test_a_town_written_with_the_date_lines_comma_or_dnia_is_warned(town, ending):
    """Finding 2 of rev-msg12: „miejscowosc: Wrzosogród, dnia” printed „Wrzosogród, dnia, dnia 10 marca 2026 r.”."""
    report = _check((33, "miejscowosc: Wrzosogród ", f"miejscowosc: {town} "))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 33) if "„, dnia" in m]
    assert told and f"„{ending.strip()}”" in told[0] and "„Wrzosogród”" in told[0], report.warnings


def test_a_plain_town_is_not_warned():
    report = _check((33, "Wrzosogród ", "Nowa Dęba "))
    assert not _warned(report, 33), _warned(report, 33)


@pytest.mark.parametrize("place", ["świetlicy Rady Osiedla Wrzosowisko", "świetlica Rady Osiedla Wrzosowisko",
                                   "Świetlicy Rady Osiedla Wrzosowisko"])
def test_a_meeting_place_without_its_preposition_is_warned(place):
    """Finding 2 of rev-msg12: „miejscownik: świetlicy Rady …” printed „o godz. 17:00 świetlicy Rady …”."""
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 342) if "przyimk" in m]
    assert told and "„w świetlicy" in told[0], report.warnings


@pytest.mark.parametrize("place", ["we Wrzosogrodzie, w świetlicy", "na placu zabaw przy ul. Lipowej",
                                   "przy ul. Jesionowej 5", "W świetlicy Rady Osiedla", "u sołtysa"])
def test_a_meeting_place_with_its_preposition_is_not_warned(place):
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    assert not [m for m in _warned(report, 342) if "przyimk" in m], report.warnings
