"""tpl34's trade-off of rev-tpl23 3: with the codes' budget counted one by one, rev-tpl22's GIF of 19 million
„clear, 0” pairs walked 5,9 s and passed. A clear code is weighed as _CLEAR_COST codes – an ordinary GIF clears
every few hundred or thousand codes –, and a minimum code size outside the GIF spec's 2–8 is refused as damaged:
at 1 the walk kept 2-bit codes for ever (giflib grows them), 40 million of them to a 10-MB part."""
from __future__ import annotations

import time

import pytest

from pismo.render import metadata
from pismo.render.metadata import Costly, Unreadable, stripped
from test_gif_codes_rev_tpl23 import CODES, PHOTO, _gif

CLEAR_PAIRS = (0o04040404).to_bytes(3, "little")  # 3-bit codes clear, 0, clear, 0 …: one pixel a pair


def test_clear_pairs_are_refused_within_a_fraction_of_the_budget():
    picture = _gif(5400, 5400, CLEAR_PAIRS * 200_000, minimum=2)  # 800 000 codes, 600 kB
    start = time.process_time()
    with pytest.raises(Costly):
        stripped(picture)
    assert time.process_time() - start < 0.5  # 40 M / 257 codes a pair: refused after ~310 000 codes


def test_a_clear_costs_its_weight(monkeypatch):
    monkeypatch.setattr(metadata, "_GIF_CODES", 10 * (1 + metadata._CLEAR_COST))
    stripped(_gif(5400, 5400, CLEAR_PAIRS * 2 + b"\x05", minimum=2))  # 8 pairs, then the end code
    with pytest.raises(Costly):
        stripped(_gif(5400, 5400, CLEAR_PAIRS * 3 + b"\x05", minimum=2))  # 12 pairs


def test_an_ordinary_gif_clearing_when_its_table_is_full_stays_within_the_budget(monkeypatch):
    clears = CODES // 3800 + 1  # giflib clears at a full table
    monkeypatch.setattr(metadata, "_GIF_CODES", CODES + clears * metadata._CLEAR_COST)
    assert stripped(PHOTO) == PHOTO


@pytest.mark.parametrize("minimum", [0, 1, 9, 11])
def test_a_code_size_outside_the_spec_is_refused(minimum):
    with pytest.raises(Unreadable):
        stripped(_gif(16, 16, b"\x00" * 64, minimum=minimum))

