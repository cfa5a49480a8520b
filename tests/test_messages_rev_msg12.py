"""The case file's messages and what documents print from fields: the findings of the twelfth messages review
(rev-msg12) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import re

import pytest

from example_edits import checked as _check


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 22: an invisible character named in Polish ---------------------------------------------------------------------

@pytest.mark.parametrize("char, name", [("\u200b", "spacja o zerowej szerokości"), ("\u200e", "znak kierunku pisma"),
                                        ("\u2060", "niewidoczny łącznik słów"), ("\u2062", "niewidoczny operator")])
def test_an_invisible_character_is_named_in_polish(char, name):
    """Finding 22 of rev-msg12: „niewidoczny znak U+200B (ZERO WIDTH SPACE) – usuń go” – English in a Polish message."""
    report = _check((343, "placu zabaw", f"placu{char} zabaw"))
    messages = [message for *_, message in _errors(report)]
    assert len(messages) == 1 and f"U+{ord(char):04X} ({name}" in messages[0], messages
    assert not re.search(r"[A-Z]{4,} [A-Z]{4,}", messages[0]), messages
