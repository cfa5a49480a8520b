"""`pismo import` against the eleventh import review (rev-imp11) of issue 17, its second half: „(v)” ticks,
unknown table columns, boxes in a partner's name cell, two options per form row, ranges of quarters."""

from __future__ import annotations

import re

import pytest
import yaml

from test_import import mini_plan

_UNTICKED_NOTE = "niezaznaczone pole albo krzyżyk"


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- finding 3: part 5 as a form with „(v)” ticks beside „( )”/„(x)”: the „(v)” option was glued into the
# unticked one before it (marked „usuń ją”), or all four options became one; „(v)” stayed in the printed text.

_WAYS = ["Strona internetowa KPP.", "Prasa lokalna.", "Obchód rejonu.", "Lokalne media."]


@pytest.mark.parametrize("marks", [("1. (x)", "2. ( )", "3. (v)", "4. ( )"), ("1. (v)", "2. ( )", "3. (x)", "4. ( )"),
                                   ("(v)", "( )", "(V)", "( )")])
def test_a_v_beside_round_boxes_is_a_tick(tmp_path, marks):
    lines = [f"{mark} {way}" for mark, way in zip(marks, _WAYS)]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == _WAYS, case["informowanie"]
    assert written.count(_UNTICKED_NOTE) == 2, written


# --- findings 8, 4 and 5: a table header naming a column pismo does not know („Osoba do kontaktu”, „Miejsce”)
# was read as content (a partner „Lp”, an action „Lp – Działanie”); a column that is no part of the action or
# the partner's tasks („Odpowiedzialny”, a contact person, a partner's „Termin”) was glued into every item.

_ACTION_ROWS = ["1.\tKontrole rejonu sklepu\tdo 31.07.2026 r.\t{}", "2.\tSpotkanie z mieszkańcami\tdo 30.06.2026 r.\t{}"]
_PARTNER_ROWS = ["1.\tStraż Miejska w Borównie\tWspólne patrole.\t{}", "2.\tRada Osiedla\tUlotki dla mieszkańców.\t{}"]


@pytest.mark.parametrize("column, value", [("Miejsce", "Osiedle Bobrowniki"), ("Wskaźnik", "1 spotkanie"),
                                           ("Odpowiedzialny", "dzielnicowy"), ("Osoba odpowiedzialna", "asp. Jan Lis")])
def test_an_extra_column_of_an_action_table_is_no_part_of_the_action(tmp_path, column, value):
    lines = [f"Lp.\tDziałanie\tTermin realizacji\t{column}"] + [row.format(value) for row in _ACTION_ROWS]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu", "Spotkanie z mieszkańcami"], written
    assert [str(a["termin"]["do"]) for a in case["dzialania"]] == ["2026-07-31", "2026-06-30"], written
    assert written.count(f"kolumna „{column}”") == 2 and f"„{value}”" in written, written
    assert f"„Lp. | Działanie | Termin realizacji | {column}”" in written, written


@pytest.mark.parametrize("column, value", [("Osoba do kontaktu", "Jan Nowak, tel. 81 531 00 00"),
                                           ("Termin", "VII–XII 2026 r."), ("Telefon", "81 531 00 00")])
def test_an_extra_column_of_a_partner_table_is_no_part_of_its_tasks(tmp_path, column, value):
    lines = [f"Lp.\tPodmiot\tZakres współpracy\t{column}"] + [row.format(value) for row in _PARTNER_ROWS]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Straż Miejska w Borównie", "Wspólne patrole."), ("Rada Osiedla", "Ulotki dla mieszkańców.")], written
    assert written.count(f"kolumna „{column}”") == 2 and f"„{value}”" in written, written


def test_an_extra_column_is_found_when_word_numbers_the_lp_cell(tmp_path):
    lines = ["Lp.\tDziałanie\tTermin realizacji\tOdpowiedzialny"] + [
        "\t" + row.split("\t", 1)[1].format("dzielnicowy") for row in _ACTION_ROWS]  # the number cell left empty
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu", "Spotkanie z mieszkańcami"], written
    assert written.count("kolumna „Odpowiedzialny”") == 2, written


# --- finding 9: a box at the start of a partner's name cell („☒ Urząd…”, Word's Wingdings ☑/◻) stayed in the
# partner's name and the unticked partner was not marked.

@pytest.mark.parametrize("ticked, unticked", [("☒", "☐"), ("☑", "◻"), ("[x]", "[ ]"), ("(x)", "( )")])
def test_a_box_opening_a_partners_name_cell_is_its_box(tmp_path, ticked, unticked):
    lines = ["Podmiot\tZadania", f"{ticked} Straż Miejska w Borównie\tWspólne patrole.",
             f"{unticked} Rada Osiedla\tUlotki dla mieszkańców."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Straż Miejska w Borównie", "Wspólne patrole."), ("Rada Osiedla", "Ulotki dla mieszkańców.")], written
    assert written.count(_UNTICKED_NOTE) == 1, written


# --- finding 18: a form table of two options per row [☒ | option | ☐ | option] made one way of informing per
# row, box signs and both options in its text, the unticked one unmarked.

@pytest.mark.parametrize("boxes_first", [True, False])
def test_two_options_per_form_row_are_two_options(tmp_path, boxes_first):
    rows = [("☒", _WAYS[0], "☐", _WAYS[1]), ("☒", _WAYS[2], "☒", _WAYS[3])]
    lines = ["\t".join(row if boxes_first else (row[1], row[0], row[3], row[2])) for row in rows]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == _WAYS, case["informowanie"]
    assert written.count(_UNTICKED_NOTE) == 1, written


# --- finding 19: a range of quarters or half-years „P1 – P2” was cut at its own dash – the first period left in
# the action's text, the second taken for the deadline; a data period „z 03/2025 – 06/2025” became a deadline.

@pytest.mark.parametrize("line, start, end", [
    ("- Kontrole rejonu sklepu – II kw. 2026 r. – III kw. 2026 r.", "2026-04-01", "2026-09-30"),
    ("- Kontrole rejonu sklepu – IV kw. 2025 r. – I kw. 2026 r.", "2025-10-01", "2026-03-31"),
    ("- Kontrole rejonu sklepu – I półrocze 2026 r. – II półrocze 2026 r.", "2026-01-01", "2026-12-31"),
    ("- Kontrole rejonu sklepu – I półrocze – II półrocze 2026 r.", "2026-01-01", "2026-12-31"),
    ("- Kontrole rejonu sklepu – II kw. – III kw. 2026 r.", "2026-04-01", "2026-09-30"),
    ("Kontrole rejonu sklepu\tII kw. 2026 r. – III kw. 2026 r.", "2026-04-01", "2026-09-30"),
])
def test_a_range_of_quarters_or_half_years_is_one_deadline(tmp_path, line, start, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert found["opis"] == "Kontrole rejonu sklepu", written
    assert (str(found["termin"]["od"]), str(found["termin"]["do"])) == (start, end), written


def test_a_data_period_is_no_deadline(tmp_path):
    line = "- Analiza zdarzeń na podstawie danych z 03/2026 – 06/2026"
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert found["opis"] == line[2:] and "przyjęto cały okres planu" in written, written


# --- finding 10: actions and partners listed with empty boxes as bullets („☐ Wystąpienie…”, „[ ] Urząd…” – a
# checklist, nothing ticked yet) were each marked „jeśli jej nie wybrano, usuń ją”.

@pytest.mark.parametrize("box", ["☐", "[ ]"])
def test_a_list_of_empty_boxes_alone_is_a_list_of_bullets(tmp_path, box):
    extra = {3: [f"{box} Kontrole rejonu sklepu – na bieżąco.", f"{box} Spotkanie z mieszkańcami – do 30.06.2026 r."],
             4: [f"{box} Straż Miejska w Borównie. Wspólne patrole.", f"{box} Rada Osiedla. Ulotki dla mieszkańców."]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 2 and len(case["partnerzy"]) == 2, written
    assert _UNTICKED_NOTE not in written and written.count("puste pola wyboru") == 2, written


# --- finding 11: two deadlines each with a bracket („termin realizacji: do 15.07.2026 r. (projekt) – do
# 30.07.2026 r. (realizacja)”): half the clause stayed in the description, the note named only the other half.

def test_an_unread_deadline_clause_is_cut_off_whole(tmp_path):
    line = ("- Kontrole rejonu sklepu – termin realizacji: do 15.06.2026 r. (projekt) – do 30.07.2026 r. "
            "(realizacja)")
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert found["opis"] == "Kontrole rejonu sklepu", written
    assert "„do 15.06.2026 r. (projekt) – do 30.07.2026 r. (realizacja)”" in re.sub(r"\n\s*#\s+", " ", written), written
