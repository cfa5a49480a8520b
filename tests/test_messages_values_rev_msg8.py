"""The case file's values and what the documents print from them: findings of the eighth messages review
(rev-msg8) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRZOSOGROD = ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"


def _edited(*edits) -> str:
    """The example with each (line, old, new) applied to that line (old must be there: the example may move)."""
    lines = WRZOSOGROD.read_text(encoding="utf-8").split("\n")
    for line, old, new in edits:
        assert old in lines[line - 1], f"the example moved: {lines[line - 1]!r}"
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


def _check(*edits, name: str = "sprawa.yaml"):
    from pismo import api

    return api.check(_edited(*edits), name=name)


# --- 11: „1.200” read as 1,2 ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, written, meant", [
    (130, "wartosc_wyjsciowa: 12", "wartosc_wyjsciowa: 1.200", "1.200", "1200"),
    (123, "wartosc_docelowa: 7", "wartosc_docelowa: 1.000", "1.000", "1000"),
    (130, "wartosc_wyjsciowa: 12", "wartosc_wyjsciowa: 12.500   # z KMZB", "12.500", "12500"),
])
def test_a_number_with_a_polish_thousands_dot_is_asked_about(line, old, new, written, meant):
    """Finding 11 (HIGH) of rev-msg8: `wartosc_wyjsciowa: 1.200` („1.200 interwencji”) was read as 1,2, printed
    „wartość wyjściowa 1,2” in the plan, and sprawdz said „poprawny”."""
    report = _check((line, old, new))
    told = [e for e in report.errors if e.line == line]
    assert len(told) == 1, report.errors
    assert f"„{written}”" in told[0].message and meant in told[0].message
    assert "czy" in told[0].message, told[0].message


@pytest.mark.parametrize("value", ["7.5", "12.50", "0.125", "1.2"])
def test_a_decimal_number_is_no_thousands(value):
    report = _check((130, "wartosc_wyjsciowa: 12", f"wartosc_wyjsciowa: {value}"))
    assert not report.errors, report.errors
