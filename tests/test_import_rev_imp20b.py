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


# --- finding 24: a numbered action ending in a hanging word („…, w dni wolne od nauki także”) – or none, the point
# is its missing deadline – took the next numbered action („2. pogadanka …”) as its sub-item and its deadline.

@pytest.mark.parametrize("end", [", w dni wolne od nauki także", " w dni wolne od nauki"])
def test_a_new_number_is_always_a_new_action(tmp_path, end):
    lines = ["- patrole w rejonie boisk – IV–VIII 2026 r.", f"1. kontrole punktów sprzedaży alkoholu{end}",
             "2. pogadanka dla uczniów – do 30.04.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["patrole w rejonie boisk",
                                                      f"kontrole punktów sprzedaży alkoholu{end}",
                                                      "pogadanka dla uczniów"], written
    assert str(case["dzialania"][2]["termin"]["do"]) == "2026-04-30", written


def test_an_announcing_numbered_item_still_numbers_its_sub_items(tmp_path):
    lines = ["- patrole w rejonie boisk – IV–VIII 2026 r.", "1. Działania profilaktyczne:",
             "1. pogadanka dla uczniów – do 30.04.2026 r.",
             "2. spotkanie z rodzicami – do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 2 and len(case["dzialania"][1]["podpunkty"]) == 2, written


# --- finding 18: a Word „List Bullet” action right after „List Bullet 2” sub-items of a „List Number” action
# became a third sub-item, its deadline left in its text.

def test_a_list_line_above_the_sub_items_level_is_the_next_action(tmp_path):
    from test_import_rev_imp18 import _word_list

    case, written = _word_list(tmp_path, [("Patrole w rejonie boisk (IV–VIII 2026 r.)", "List Number"),
                                          ("Pogadanki dla uczniów (IV–V 2026 r.):", "List Number"),
                                          ("klasy VII,", "List Bullet 2"), ("klasy VIII.", "List Bullet 2"),
                                          ("Spotkanie z dyrektorem szkoły (do 31.03.2026 r.)", "List Bullet")])
    assert [a["opis"] for a in case["dzialania"]] == ["Patrole w rejonie boisk", "Pogadanki dla uczniów",
                                                      "Spotkanie z dyrektorem szkoły"], written
    assert case["dzialania"][1]["podpunkty"] == ["klasy VII", "klasy VIII."], written
    assert str(case["dzialania"][2]["termin"]["do"]) == "2026-03-31", written
