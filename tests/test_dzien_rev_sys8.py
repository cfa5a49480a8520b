"""--dzien forms an officer types: blanks around it and unpadded ISO or DD-MM-RRRR – finding 5 of rev-sys8
(„2025-05-01 ” from a .bat `set` and „2025-5-1” were „not a date” while „1.5.2025” was taken)."""

from __future__ import annotations

import datetime as dt

import pytest

from pismo.cli.terminy import _day


@pytest.mark.parametrize("typed", ["2025-05-01 ", " 2025-05-01", "2025-5-1", "01-05-2025", "1-5-2025", "1.05.2025"])
def test_a_day_in_a_usual_form_is_taken(typed):
    assert _day(None, None, typed) == dt.date(2025, 5, 1)


def test_an_impossible_day_is_still_told():
    import click

    with pytest.raises(click.BadParameter, match="taki dzień nie istnieje"):
        _day(None, None, "2025-2-31")
