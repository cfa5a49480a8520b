"""`pismo import` against the twelfth import review (rev-imp12) of issue 17, its second half: table columns named
with two things or words pismo did not list, sub-items with deadlines, hard-wrapped lines, forms of part 5."""

from __future__ import annotations

import re

import pytest
import yaml

from test_import import mini_plan


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- findings 4, 5 and 6: a column named with the action and a responsible person („Działanie / osoba
# odpowiedzialna”) was dropped with every action's text; a deadline column „Harmonogram”, „Kiedy”, „Realizacja”
# was dropped (every deadline the whole period); a partner column „Wykonawca”, „Realizator” was dropped (the tasks
# became the name).

_ACTIONS = [("Kontrole rejonu sklepu przy ul. Lipowej w godzinach wieczornych", "do 31.07.2026 r.", "2026-07-31"),
            ("Spotkanie z mieszkańcami Osiedla Bobrowniki", "do 30.06.2026 r.", "2026-06-30")]


@pytest.mark.parametrize("action, deadline", [("Działanie / osoba odpowiedzialna", "Termin realizacji"),
                                              ("Działanie", "Harmonogram"), ("Działanie", "Kiedy"),
                                              ("Działanie", "Realizacja"), ("Zadanie – osoba odpowiedzialna", "Termin")])
def test_an_action_column_named_with_two_things_keeps_its_text(tmp_path, action, deadline):
    lines = [f"Lp.\t{action}\t{deadline}"] + [f"{k}.\t{text}\t{term}" for k, (text, term, _) in enumerate(_ACTIONS, 1)]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == [text for text, _, _ in _ACTIONS], written
    assert [str(a["termin"]["do"]) for a in case["dzialania"]] == [end for _, _, end in _ACTIONS], written
    assert "nie jest częścią" not in written, written


@pytest.mark.parametrize("name", ["Wykonawca", "Realizator", "Współrealizator"])
def test_who_carries_out_a_partners_tasks_is_the_partner(tmp_path, name):
    lines = [f"Lp.\t{name}\tZakres działań", "1.\tStraż Miejska w Borównie\tWspólne patrole.",
             "2.\tRada Osiedla\tUlotki dla mieszkańców."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Straż Miejska w Borównie", "Wspólne patrole."), ("Rada Osiedla", "Ulotki dla mieszkańców.")], written
    assert "nie jest częścią" not in written, written


def test_a_dropped_column_is_quoted_whole(tmp_path):
    contact = "asp. Jan Lis, " + "dzielnicowy rejonu nr 3 Osiedla Bobrowniki, " * 6 + "tel. 81 531 00 00"
    lines = ["Lp.\tDziałanie\tTermin realizacji\tOsoba do kontaktu",
             f"1.\tKontrole rejonu sklepu\tdo 31.07.2026 r.\t{contact}"]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu"], written
    assert contact in re.sub(r"\s*\n\s*#\s*", " ", written), written


# --- finding 11: lettered sub-items each with its own deadline: the last one's deadline became the action's
# (wrong when not in date order) and was cut out of that sub-item, unmarked.

@pytest.mark.parametrize("dates, latest", [(("30.07.2026", "31.05.2026", "30.04.2026"), "2026-07-30"),
                                           (("30.04.2026", "31.05.2026", "30.07.2026"), "2026-07-30")])
def test_sub_items_with_their_own_deadlines_keep_them(tmp_path, dates, latest):
    streets = ["Jaśminowej", "Wiosennej", "Wierzbowej"]
    subs = [f"   {letter}) {street} – do {date} r.," for letter, street, date in zip("abc", streets, dates)]
    path, _text, _output = mini_plan(tmp_path, {3: ["- Spotkania z mieszkańcami ulic:", *subs]}, replace=True)
    case, written = _case(path)
    [spotkania] = case["dzialania"]
    assert spotkania["opis"] == "Spotkania z mieszkańcami ulic", written
    assert spotkania["podpunkty"] == [f"{street} – do {date} r." for street, date in zip(streets, dates)], written
    assert str(spotkania["termin"]["do"]) == latest and "podpunkty mają własne terminy" in written, written


def test_a_deadline_after_the_last_sub_item_alone_is_the_actions(tmp_path):
    lines = ["- Kontrole rejonu, w szczególności:", "   a) peronów,", "   b) poczekalni – do 30.06.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    [kontrole] = case["dzialania"]
    assert kontrole["podpunkty"] == ["peronów", "poczekalni"] and str(kontrole["termin"]["do"]) == "2026-06-30", written


# --- finding 21: a hard-wrapped .txt: a line carrying on an action's sentence with a part's heading words
# („zakładanego celu do osiągnięcia – termin …”) was part 2's heading – the actions after it went into the goal;
# a line opening with the year of a date („2025 roku.”) or going on in an open bracket became an action of its own.

def test_a_wrapped_line_with_a_headings_words_is_no_heading(tmp_path):
    lines = ["- Spotkania z pracownikami Urzędu mające na celu weryfikację realizacji",
             "zakładanego celu do osiągnięcia – termin: do 30.06.2026 r.", "- Kontrole rejonu sklepu – na bieżąco."]
    path, _text, output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == [
        "Spotkania z pracownikami Urzędu mające na celu weryfikację realizacji zakładanego celu do osiągnięcia",
        "Kontrole rejonu sklepu"], written
    assert case["cel"]["opis"] == ["Ograniczenie spożywania alkoholu."], written


def test_a_wrapped_date_and_bracket_go_on_in_the_item(tmp_path):
    lines = ["- Wystąpienie z wnioskiem do Urzędu (ze szczególnym uwzględnieniem ulicy Jaśminowej, Wiosennej,",
             "Wierzbowej oraz ul. Wiklinowej) – termin realizacji w okresie od 1 marca",
             "2026 roku do 30 czerwca 2026 roku.", "- Kontrole rejonu sklepu – na bieżąco."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == [
        "Wystąpienie z wnioskiem do Urzędu (ze szczególnym uwzględnieniem ulicy Jaśminowej, Wiosennej, Wierzbowej "
        "oraz ul. Wiklinowej)", "Kontrole rejonu sklepu"], written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-06-30", written


# --- finding 22: a way of informing answered „NIE DOTYCZY”, „(nie dotyczy)”, „– brak”, „– nie planuje się” was
# kept as chosen with the answer printed in it, unmarked.

_UNTICKED_NOTE = "niezaznaczone pole albo krzyżyk"


@pytest.mark.parametrize("answer", [" NIE DOTYCZY", " (nie dotyczy)", " – brak", " – nie planuje się", ": nie dotyczy"])
def test_a_not_applicable_answer_is_an_unticked_option(tmp_path, answer):
    lines = ["- Strona internetowa KPP – tak", f"- Prasa lokalna{answer}", "- Obchód rejonu – tak"]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona internetowa KPP", "Prasa lokalna", "Obchód rejonu"], written
    # the note quotes the words answering, never a box the text lacks (rev-imp20 #22)
    assert written.count("ta pozycja ma odpowiedź") == 1 and _UNTICKED_NOTE not in written, written


def test_a_sentence_saying_nie_dotyczy_is_no_answer(tmp_path):
    lines = ["- Ulotki dla mieszkańców, których problem nie dotyczy"]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Ulotki dla mieszkańców, których problem nie dotyczy"], written


# --- finding 23: in part 5 a line of box signs only („☐”, „☐ ☒”) became a way of informing, unmarked or marked
# as an option not chosen.

@pytest.mark.parametrize("signs", ["☐", "☐ ☒", "[ ]"])
def test_a_line_of_box_signs_only_is_marked_as_a_lone_box(tmp_path, signs):
    path, _text, _output = mini_plan(tmp_path, {5: [signs, "- Prasa lokalna."]}, replace=True)
    case, written = _case(path)
    assert "w tym wierszu stoi sam znak pola wyboru" in written and _UNTICKED_NOTE not in written, written


# --- finding 14: ticks typed „(•)”, „(o)”, „[■]”, „[*]” beside „( )”/„[ ]” stayed printed in the chosen ways.

@pytest.mark.parametrize("tick, empty", [("(•)", "( )"), ("(o)", "( )"), ("[■]", "[ ]"), ("[*]", "[ ]"),
                                         ("(v)", "( )")])
def test_any_sign_in_a_box_beside_empty_ones_is_a_tick(tmp_path, tick, empty):
    lines = [f"{tick} Strona internetowa KPP.", f"{empty} Prasa lokalna.", f"{tick} Obchód rejonu."]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona internetowa KPP.", "Prasa lokalna.", "Obchód rejonu."], written
    assert written.count(_UNTICKED_NOTE) == 1, written


# --- finding 24: labelled items „Podmiot 1: NAME; zadania: TASKS” made partners named „Podmiot 1”, the name and
# „; zadania:” in the tasks; „Sposób 1:” stayed in each way of informing.

def test_labelled_partners_and_ways_lose_their_labels(tmp_path):
    partners = ["Podmiot 1: Straż Miejska w Borównie; zadania: wspólne patrole.",
                "Podmiot 2: Rada Osiedla, zakres współpracy: ulotki dla mieszkańców."]
    ways = ["Sposób 1: Rozmowy z mieszkańcami.", "Sposób 2: Strona internetowa KPP."]
    path, _text, _output = mini_plan(tmp_path, {4: partners, 5: ways}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Straż Miejska w Borównie", "Wspólne patrole."), ("Rada Osiedla", "Ulotki dla mieszkańców.")], written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami.", "Strona internetowa KPP."], written


# --- finding 17: common deadline wordings were unread – „do końca roku”, „do końca 2026 r.”, „2 połowa”,
# „IIkw.”, „II kw.2026r.”, „2. kwartał”, „drugi kwartał”, „w drugim półroczu”.

@pytest.mark.parametrize("deadline, start, end", [
    ("do końca roku", None, "2026-12-31"), ("do końca 2026 r.", None, "2026-12-31"),
    ("1 połowa 2026 r.", "2026-01-01", "2026-06-30"), ("w pierwszym półroczu 2026 r.", "2026-01-01", "2026-06-30"),
    ("IIkw. 2026 r.", "2026-04-01", "2026-06-30"), ("II kw.2026r.", "2026-04-01", "2026-06-30"),
    ("2. kwartał 2026 r.", "2026-04-01", "2026-06-30"), ("drugi kwartał 2026 r.", "2026-04-01", "2026-06-30"),
    ("w drugim kwartale 2026 r.", "2026-04-01", "2026-06-30")])
def test_common_deadline_wordings_are_read(tmp_path, deadline, start, end):
    path, _text, _output = mini_plan(tmp_path, {3: [f"- Kontrole rejonu sklepu – {deadline}"]}, replace=True)
    case, written = _case(path)
    [kontrole] = case["dzialania"]
    assert kontrole["opis"] == "Kontrole rejonu sklepu" and str(kontrole["termin"]["do"]) == end, written
    assert start is None or str(kontrole["termin"]["od"]) == start, written
    assert "nie odczytano terminu" not in written and "brak terminu" not in written, written


# --- finding 25: the official forms' column-number row („1 | 2 | 3”) under a part 3 header made an empty action.

@pytest.mark.parametrize("numbers", ["1\t2\t3", "1.\t2.\t3."])
def test_a_column_number_row_under_the_header_is_no_action(tmp_path, numbers):
    lines = ["Lp.\tDziałanie\tTermin realizacji", numbers, "1.\tKontrole rejonu sklepu\tdo 31.07.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu"], written
    assert "UZUPEŁNIJ opis" not in written, written


# --- finding 16: an „Lp.” cell holding the number and the box („1. ☒”) named each partner „1. ☒”.

@pytest.mark.parametrize("ticked, unticked", [("☒", "☐"), ("[x]", "[ ]")])
def test_a_number_cell_with_a_box_is_the_rows_number_and_box(tmp_path, ticked, unticked):
    lines = ["Lp.\tPodmiot\tZadania", f"1. {ticked}\tStraż Miejska w Borównie\tWspólne patrole.",
             f"2. {unticked}\tRada Osiedla\tUlotki dla mieszkańców."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Straż Miejska w Borównie", "Wspólne patrole."), ("Rada Osiedla", "Ulotki dla mieszkańców.")], written
    assert written.count(_UNTICKED_NOTE) == 1, written


# --- finding 12: indented „-” sub-bullets under a „·” action ending with „:” became actions of their own.

def test_dash_sub_bullets_under_an_open_action_are_its_sub_items(tmp_path):
    lines = ["· Spotkania z mieszkańcami ulic:", "   - Jaśminowej (kwiecień 2026 r.),", "   - Wiosennej (maj 2026 r.),",
             "   - Wierzbowej (czerwiec 2026 r.).", "· Kontrole rejonu sklepu – na bieżąco."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Spotkania z mieszkańcami ulic", "Kontrole rejonu sklepu"], written
    assert case["dzialania"][0]["podpunkty"] == ["Jaśminowej (kwiecień 2026 r.)", "Wiosennej (maj 2026 r.)",
                                                 "Wierzbowej (czerwiec 2026 r.)."], written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-06-30", written


# --- finding 19: a partner's tasks on the line under its name („Zadania: …”) made a partner „Zadania” and glued
# „Zadania” into names.

def test_a_tasks_line_under_a_partners_name_holds_its_tasks(tmp_path):
    lines = ["- Straż Miejska w Borównie", "Zadania: wspólne patrole.", "- Rada Osiedla",
             "Zakres współpracy: Ulotki dla mieszkańców."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Straż Miejska w Borównie", "Wspólne patrole."), ("Rada Osiedla", "Ulotki dla mieszkańców.")], written


# --- finding 15: a partner's name cell merged over two rows (one task each) made the partner twice.

def test_a_partner_over_two_table_rows_is_one_partner(tmp_path):
    lines = ["Lp.\tPodmiot\tZadania", "1.\tUrząd Miejski\tWymiana kamer na ul. Lipowej.",
             "\tUrząd Miejski\tWymiana kamer na ul. Długiej.", "2.\tRada Osiedla\tUlotki dla mieszkańców."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Urząd Miejski", "Wymiana kamer na ul. Lipowej. Wymiana kamer na ul. Długiej."),
        ("Rada Osiedla", "Ulotki dla mieszkańców.")], written
    assert "połączono jego zadania" in written, written
