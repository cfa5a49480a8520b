"""`pismo import` against the twentieth import review (rev-imp20) of issue 17, its remaining high findings: a
rank-led wrap of a way of informing, numbered actions after a hanging word, the approval block's date, place and
checker, signatures with an initial, comparatives after the amount, „Faza” stages and the part-3 heading „Działania
i terminy ich realizacji”."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case

_SIGNED = ["", "Sporządził:", "st. sierż. Tomasz Lis", "dzielnicowy"]


# --- finding 1: a way of informing hard-wrapped so that its second line opens with a rank („  asp. szt. Janowi
# Mazurowi,”) lost that line silently: it was read as a signature, then replaced by the one under „Sporządził:”.

@pytest.mark.parametrize("rest", ["  asp. szt. Janowi Mazurowi,", "  sierż. Tomasza Lisa podczas obchodu,",
                                  "sierż. Tomasza Lisa podczas obchodu,"])
def test_a_rank_led_wrap_of_a_way_of_informing_goes_on_with_it(tmp_path, rest):
    ways = ["- informacja przekazana Kierownikowi Posterunku Policji w Wąwolnicy", rest, "- spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True, after=_SIGNED)
    case, written = _case(path)
    assert case["informowanie"][0] == f"{ways[0][2:]} {rest.strip()}", written
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Tomasz Lis", written
    assert "drugi podpis" not in written, written


def test_an_unlabelled_name_replaced_by_the_signature_is_listed(tmp_path):
    ways = ["- ulotki wręczane mieszkańcom przez", "sierż. Tomasz Lis podczas obchodu,", "- spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True, after=_SIGNED)
    case, written = _case(path)
    assert "# „sierż. Tomasz Lis podczas obchodu,”" in written, written
    assert "nad podpisem „Sporządził(a):” jest wiersz z nazwiskiem" in written, written
    assert case["osoby"]["dzielnicowy"]["stopien"] == "st. sierż.", written
