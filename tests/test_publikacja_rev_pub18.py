"""`--publikacja` after the eighteenth publication review (rev-pub18), helper pub32: the public pass grew
quadratically with the names removed in one field (finding 15), and leaks and over-cuts of that review."""

from __future__ import annotations

import importlib

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


def _gone(text: str, secrets: list[str], names: Names = UNIT) -> str:
    out = scrub(text, names)
    assert not [s for s in secrets if s in out], out
    return out


def _kept(text: str, words: list[str], names: Names = UNIT) -> str:
    out = scrub(text, names)
    assert all(w in out for w in words), out
    return out


# --- finding 15: many removed names in one field ----------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["Ala ma kota i psa. ", "Zgłaszający:\n- Jan Kowalski\n- Sowa\n\n"])
def test_many_removed_names_in_one_field_take_linear_time(unit):
    """Every word was tested against every removed name's span (and each list read the text's whole prefix): a
    256 kB field of first names took 34 s. Four times the text must take about four times the steps (a quadratic
    walk: sixteen). Steps, not seconds: a loaded machine does not change them."""
    from helpers import steps

    finder = importlib.import_module(UNIT.__class__.__module__)
    small, large = steps(scrub, finder, unit * 150, UNIT), steps(scrub, finder, unit * 600, UNIT)
    assert large / small < 6, (small, large)
