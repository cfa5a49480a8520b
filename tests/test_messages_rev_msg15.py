"""What pismo tells the officer about a case file: findings of the fifteenth messages review (rev-msg15) of
issue 17."""

from __future__ import annotations

import pytest

from pismo.case.checks import town_slip
from pismo.case.model import _RANK_WORDS, _RANKS, rank_key, usual_rank


def _spellings(rank: str) -> list[str]:
    """Every way an officer writes a rank of the list: in full, abbreviated with dots, without them, mixed."""
    words = rank.split()
    return [" ".join(_RANK_WORDS[word] for word in words), " ".join(f"{word}." for word in words),
            " ".join(words), "".join(f"{word}." for word in words),
            " ".join(_RANK_WORDS[word] if i == 0 else f"{word}." for i, word in enumerate(words))]


# --- 3: every police rank of the list is a rank, written in full or abbreviated -------------------------------

@pytest.mark.parametrize("rank", _RANKS)
def test_every_rank_of_the_list_is_a_rank_however_written(rank):
    for spelling in _spellings(rank):
        assert usual_rank(spelling)[0], spelling
        assert rank_key(spelling) == rank_key(_spellings(rank)[0]), spelling


@pytest.mark.parametrize("full, short", [("aspirant sztabowy", "asp. szt."), ("sierżant sztabowy", "sierż. sztab."),
                                         ("Aspirant Sztabowy", "asp.sztab.")])
def test_sztabowy_in_full_is_the_same_rank_as_abbreviated(full, short):
    assert usual_rank(full)[0]
    assert rank_key(full) == rank_key(short)


# --- 1: a town's abbreviated word keeps its dot ----------------------------------------------------------------

@pytest.mark.parametrize("town", ["Grodzisk Maz.", "Środa Wlkp.", "Nowy Dwór Gd.", "Strzelce Kraj.", "Biała Podl."])
def test_a_towns_abbreviation_keeps_its_dot(town):
    assert town_slip(town) is None


@pytest.mark.parametrize("town, left", [("Wrzosogród.", "Wrzosogród"), ("Grodzisk Maz.,", "Grodzisk Maz."),
                                        ("Środa Wlkp., dnia 10.03.2026", "Środa Wlkp.")])
def test_a_dot_after_a_whole_town_is_still_told(town, left):
    assert f"zostaw „{left}”" in town_slip(town)
