"""`terminy --dzien`: a date as Polish letters write it is taken, Word's dashes in it are named – finding 2 of
rev-sys7."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def _said(day: str):
    result = CliRunner().invoke(main, ["terminy", str(LECZNA), "--dzien", day])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("day", ["01.05.2025", "1.5.2025", "1.05.2025 r."])
def test_the_polish_form_of_a_date_is_taken_as_the_iso_one(day):
    """`--dzien 01.05.2025` – the form pismo itself prints – was „to nie jest data”."""
    assert _said(day) == _said("2025-05-01")
    assert _said(day)[0] == 0


@pytest.mark.parametrize("day, told", [
    ("2025–05–01", "w „2025–05–01” zamiast łączników (-) jest znak – (U+2013) – wpisz 2025-05-01"),
    ("2025\u221205\u221201", "jest znak \u2212 (U+2212) – wpisz 2025-05-01"),
    ("31.02.2025", "niemożliwa data 31.02.2025 – taki dzień nie istnieje"),
])
def test_a_date_that_looks_as_asked_is_told_what_is_wrong(day, told):
    """„2025–05–01” (Word's en dashes) was „to nie jest data – podaj ją jako RRRR-MM-DD”: it looks identical."""
    code, said = _said(day)
    assert code == 2 and told in said, said
