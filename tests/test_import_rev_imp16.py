"""`pismo import` against the sixteenth import review (rev-imp16) of issue 17: several dated lines under an item,
wrapped rests with a date of their own, „o” before a time, the approval block, table columns and list
introductions."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


def _comments(written: str) -> str:
    """Every comment of a case file as one text: a note wrapped over comment lines reads whole."""
    return " ".join(line.strip().lstrip("#").strip() for line in written.splitlines() if line.strip().startswith("#"))


# --- finding 1: several dated dash lines under one action – the first became its deadline unmarked, the others
# an action of their own („20 maja 2026 r., – 17 czerwca 2026 r.”).

@pytest.mark.parametrize("marker", ["-", "1)"])
def test_several_dashed_dates_under_an_item_are_its_dates(tmp_path, marker):
    lines = [f"{marker} Spotkania z mieszkańcami ul. Lubelskiej w świetlicy osiedlowej", "   – 15 kwietnia 2026 r.,",
             "   – 20 maja 2026 r.,", "   – 17 czerwca 2026 r.",
             f"{'2)' if marker == '1)' else '-'} Kontrole klatek schodowych – do 30 czerwca 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert len(actions) == 2 and str(actions[0]["termin"]["do"]) == "2026-06-17", written
    assert "20 maja 2026" in actions[0]["opis"] and "kilka okresów albo dat" in _notes_of(written, "Spotkania"), written


def test_one_dashed_date_under_an_item_is_still_its_deadline_unmarked(tmp_path):
    lines = ["- Pogadanka w Szkole Podstawowej nr 2", "   – do 30 kwietnia 2026 r.",
             "- Kontrole klatek schodowych – do 30 czerwca 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [(a["opis"], str(a["termin"]["do"])) for a in case["dzialania"]] == [
        ("Pogadanka w Szkole Podstawowej nr 2", "2026-04-30"), ("Kontrole klatek schodowych", "2026-06-30")], written
    assert _notes_of(written, "Pogadanka") == "", written


# --- finding 20: a hard-wrapped rest with a date of its own („oraz ponowienie wystąpienia do 30.06.2026 r.”)
# became an action of its own, unmarked.

def test_a_wrapped_rest_with_its_own_date_goes_on_with_the_item(tmp_path):
    lines = ["1. Wystąpienie do ZZM o doświetlenie alejek – termin: do 31.03.2026 r.",
             "oraz ponowienie wystąpienia do 30.06.2026 r.", "2. Patrole w parku – termin: III–VIII 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert len(actions) == 2 and "ponowienie wystąpienia" in actions[0]["opis"], written
    assert str(actions[0]["termin"]["do"]) == "2026-06-30", written
    assert "dalszy ciąg jej tekstu" in _notes_of(written, "Wystąpienie do ZZM"), written


def test_an_unmarked_capitalised_line_of_its_own_date_under_a_dated_item_is_an_item(tmp_path):
    lines = ["- Patrole w parku – do 30.06.2026 r.", "Kontrole sklepów – do 31.07.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Patrole w parku", "Kontrole sklepów"], written


# --- finding 2: „o godz. 7.30–8.00 …” under a dashed item (or under a numbered one without its deadline yet) lost
# its „o” as Word's bullet and became a sub-item, unmarked.

@pytest.mark.parametrize("marker", ["-", "2."])
def test_o_before_a_time_is_the_preposition(tmp_path, marker):
    lines = [f"{marker} Kontrole parkowania przy szkole", "   o godz. 7.30–8.00 w dni nauki szkolnej,",
             "   – termin: III–VI 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == "Kontrole parkowania przy szkole o godz. 7.30–8.00 w dni nauki szkolnej", written
    assert not action.get("podpunkty") and str(action["termin"]["do"]) == "2026-06-30", written
    assert "słowo przed godziną" in _notes_of(written, "Kontrole parkowania"), written


def test_word_s_o_bullets_in_lower_case_stay_sub_items(tmp_path):
    lines = ["1. Ulotki dla turystów w punktach:", "   o Punkt Informacji Turystycznej,",
             "   o pensjonaty przy ul. Senatorskiej", "   – termin: do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert case["dzialania"][0]["podpunkty"] == ["Punkt Informacji Turystycznej",
                                                 "pensjonaty przy ul. Senatorskiej"], written


def test_word_s_o_bullets_before_dates_stay_sub_items(tmp_path):
    """rev-imp17 #15: the time rule above took „15.04” of „o 15.04.2026 r.” for 15:04 – Word's „o” bullets of
    dated sub-items were glued into the action's text with the note „słowo przed godziną”."""
    lines = ["- Spotkania z mieszkańcami bloków", "   o 15.04.2026 r. – ul. Lipowa 4,",
             "   o 20.05.2026 r. – ul. Polna 12,", "   o 17.06.2026 r. – ul. Polna 20."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == "Spotkania z mieszkańcami bloków", written
    assert len(action["podpunkty"]) == 3 and action["podpunkty"][0].startswith("15.04.2026 r."), written
    assert "słowo przed godziną" not in written, written


# --- findings 4, 10, 18 (and 21's text box): the approval block's name vanished – without a „Sporządził:” line
# (the officer named in the header form), with two function lines under an officer's function line, or with the
# superior already named by a „ZATWIERDZAM” block above the title.

def _superior(case: dict) -> tuple:
    boss = case["osoby"]["przelozony"]
    return boss["stopien"], boss["imie_nazwisko"], boss["funkcja"]


def test_an_approval_block_without_the_officer_s_signature_names_the_superior(tmp_path):
    block = ["Akceptuję:", "Kierownik Posterunku Policji w Końskowoli", "asp. szt. Waldemar Nowicki"]
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *block]}, replace=True)
    case, written = _case(path)
    assert _superior(case) == ("asp. szt.", "Waldemar Nowicki", "Kierownik Posterunku Policji w Końskowoli"), written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


def test_an_approval_block_of_two_function_lines_names_the_superior(tmp_path):
    block = ["Sporządził:", "st. asp. Jan Kowalski", "dzielnicowy KMP w Lublinie", "", "Akceptuję:",
             "Naczelnik Wydziału Prewencji", "KMP w Lublinie", "podinsp. Marek Wrona"]
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *block]}, replace=True)
    case, written = _case(path)
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Jan Kowalski", written
    assert _superior(case) == ("podinsp.", "Marek Wrona", "Naczelnik Wydziału Prewencji KMP w Lublinie"), written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


def test_a_second_approver_is_listed_and_said_never_dropped(tmp_path):
    top = ["ZATWIERDZAM", "KOMENDANT MIEJSKI POLICJI W LUBLINIE", "insp. Adam Kowalczyk"]
    block = ["Sporządził: st. asp. Jan Kowalski", "", "Akceptuję:", "Kierownik Zespołu Dzielnicowych",
             "kom. Marek Wrona"]
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *block]}, replace=True, before=top)
    case, written = _case(path)
    assert _superior(case)[1] == "Adam Kowalczyk", written
    assert "# „kom. Marek Wrona”" in written and "drugi podpis „kom. Marek Wrona”" in _comments(written), written


# --- finding 3: the phone under a three-line signature („Opracowała:” / name / „dzielnicowa” / „tel. …”) became a
# way of informing and the officer's phone stayed empty.

@pytest.mark.parametrize("function", ["dzielnicowa", "dzielnicowa rejonu służbowego nr 5"])
def test_the_phone_under_the_officer_s_function_is_the_officer_s(tmp_path, function):
    block = ["Opracowała:", "mł. asp. Anna Lis", function, "tel. 47 811 45 67"]
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *block]}, replace=True)
    case, written = _case(path)
    assert case["osoby"]["dzielnicowy"]["telefon"] == "47 811 45 67", written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


def test_a_signature_without_an_approval_leaves_the_superior_to_fill(tmp_path):
    block = ["Sporządził:", "st. asp. Jan Kowalski", "dzielnicowy rejonu służbowego nr 3", "tel. 81 535 22 11"]
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *block]}, replace=True)
    case, written = _case(path)
    assert "UZUPEŁNIJ" in case["osoby"]["przelozony"]["imie_nazwisko"], written
    assert case["osoby"]["dzielnicowy"]["telefon"] == "81 535 22 11", written


# --- finding 9: the signature blocks side by side in a Word table („Sporządził:” … | „Akceptuję:” …) became one
# way of informing, unmarked; neither the officer nor the superior was read.

def _docx_plan(tmp_path, change) -> tuple[dict, str]:
    """The short plan as a .docx, change(document) adding to its end; (case, case file text)."""
    import docx

    from test_import import _MINI, _MINI_TITLE, run

    document = docx.Document()
    for line in [_MINI_TITLE, *[line for section in _MINI.values() for line in section]]:
        document.add_paragraph(line)
    change(document)
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    return _case(target)


def _cells(document, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def test_signature_blocks_side_by_side_in_a_table_are_read(tmp_path):
    case, written = _docx_plan(tmp_path, lambda document: _cells(
        document, ["Sporządził:", "st. asp. Jan Kowalski", "dzielnicowy KMP w Lublinie"],
        ["Akceptuję:", "Naczelnik Wydziału Prewencji", "KMP w Lublinie", "podinsp. Marek Wrona"]))
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Jan Kowalski", written
    assert _superior(case) == ("podinsp.", "Marek Wrona", "Naczelnik Wydziału Prewencji KMP w Lublinie"), written
    assert not any("Sporządził" in way for way in case["informowanie"]), written


def test_a_two_column_table_of_ways_under_part_5_stays_ways(tmp_path):
    case, written = _docx_plan(tmp_path, lambda document: _cells(
        document, ["Strona internetowa KMP"], ["Spotkania z mieszkańcami w świetlicy"]))
    assert any("Strona internetowa KMP" in way for way in case["informowanie"]), written


# --- finding 8: a table of „Data rozpoczęcia” | „Data zakończenia” columns – a row with its end empty got its
# start date as its deadline, unmarked.

_DATED_TAB = ["Lp.\tRodzaj przedsięwzięcia\tData rozpoczęcia\tData zakończenia\tUwagi",
              "1.\tPatrole w parku w piątki i soboty\t06.03.2026\t29.08.2026\tz SM",
              "2.\tWystąpienie do ZZM o doświetlenie alejek\t02.03.2026\t\tpismo",
              "3.\tSpotkanie z Radą Dzielnicy\t\t15.04.2026\t"]


def test_a_start_date_column_with_the_end_empty_is_no_deadline(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {3: _DATED_TAB}, replace=True)
    case, written = _case(path)
    terms = [(str(a["termin"].get("od")), str(a["termin"]["do"])) for a in case["dzialania"]]
    assert terms == [("2026-03-06", "2026-08-29"), ("2026-03-02", "2026-08-31"), ("None", "2026-04-15")], written
    assert "tylko data rozpoczęcia („02.03.2026”)" in _notes_of(written, "Wystąpienie do ZZM"), written
    assert "rozpoczęcia" not in _notes_of(written, "Patrole w parku"), written


def test_a_single_deadline_column_keeps_its_date_as_the_deadline(tmp_path):
    rows = ["Lp.\tDziałanie\tTermin realizacji (od – do)\tUwagi",
            "1.\tWystąpienie do ZZM o doświetlenie alejek\t02.03.2026\tpismo"]
    path, _text, _output = mini_plan(tmp_path, {3: rows}, replace=True)
    case, written = _case(path)
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-03-02", written


# --- finding 15: in a plan without bullets the introductions („… następujące działania:”) became an action, a
# partner and an unmarked way of informing; the undated sentence after the dated actions an action.

def test_introductions_over_unbulleted_lists_are_marked(tmp_path):
    extra = {3: ["W ramach planu zostaną zrealizowane następujące działania:",
                 "Wystąpienie do Zarządu Zieleni Miejskiej o doświetlenie alejek – do 31.03.2026 r.",
                 "Patrole w rejonie parku w piątki i soboty – III–VIII 2026 r.",
                 "Działania będą realizowane we współpracy z OPP KMP w Lublinie."],
             4: ["W realizacji planu uczestniczyć będą następujące podmioty:",
                 "Straż Miejska Miasta Lublin – wspólne patrole."],
             5: ["Informacje zostaną przekazane w następujący sposób:", "strona internetowa KMP w Lublinie."]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    _case_data, written = _case(path)
    for line in ("W ramach planu zostaną", "Informacje zostaną przekazane"):
        notes = _notes_of(written, line)
        assert "wstęp do listy" in notes and "brak terminu" not in notes and "bez jego zadań" not in notes, written
    said = " ".join(text.strip(" #") for text in written.splitlines() if text.lstrip().startswith("#"))
    assert f"wiersz „{extra[4][0]}” to wstęp do listy podmiotów" in said, written  # no partner (rev-imp20 #2)
    notes = _notes_of(written, "Działania będą realizowane")
    assert "zdanie zamykające" in notes and "brak terminu" not in notes, written
    assert "zdanie zamykające" not in _notes_of(written, "Patrole w rejonie parku"), written


def test_an_unbulleted_list_without_an_introduction_has_no_marks(tmp_path):
    lines = ["Wystąpienie do Zarządu Zieleni Miejskiej o doświetlenie alejek – do 31.03.2026 r.",
             "Patrole w rejonie parku w piątki i soboty – III–VIII 2026 r.",
             "Bieżące kontrole miejsc zgłaszanych przez mieszkańców w rejonie."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 3, written
    assert not any(word in _comments(written) for word in ("zdanie zamykające", "wstęp do listy")), written


def test_a_spoken_line_announcing_nothing_over_unbulleted_items_is_an_item(tmp_path):
    lines = ["Spotkania z mieszkańcami ulic:", "Jaśminowej – do 30.04.2026 r.", "Wiosennej – do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    _case_data, written = _case(path)
    assert "wstęp do listy" not in _comments(written), written


# --- finding 5: a line after the bullets with its own deadline, or of a „<podmiot> – <zadania>” shape, was
# marked as the list's closing sentence, to be deleted.

def test_a_line_of_its_own_deadline_after_the_bullets_is_no_closing_sentence(tmp_path):
    extra = {3: ["- Patrole w parku – do 30.06.2026 r.",
                 "Ponadto dzielnicowy przeprowadzi spotkanie z Dyrekcją Uzdrowiska – termin: do 31.05.2026 r."],
             4: ["- Uzdrowisko Nałęczów – ochrona parku w porze nocnej.",
                 "Dodatkowo w realizacji planu uczestniczyć będzie Straż Gminna w Nałęczowie – wspólne patrole."]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    case, written = _case(path)
    assert str(case["dzialania"][1]["termin"]["do"]) == "2026-05-31", written
    assert "zdanie zamykające" not in _comments(written), written


def test_a_closing_sentence_after_the_bullets_is_still_marked(tmp_path):
    extra = {4: ["- Uzdrowisko Nałęczów – ochrona parku w porze nocnej.",
                 "Współpraca z wymienionymi podmiotami będzie miała charakter stały."]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    _case_data, written = _case(path)
    assert "zdanie zamykające" in _notes_of(written, "Współpraca z wymienionymi"), written


# --- finding 12: „- brak,” (the list's comma), „- brak podmiotów współpracujących,” became a partner „brak,” to
# fill in; finding 13: the summary counted ways of informing the file does not list („nie dotyczy”, „---”).

@pytest.mark.parametrize("none", ["- brak,", "- brak podmiotów współpracujących,", "- Brak partnerów;", "- brak."])
def test_no_partners_said_with_the_list_s_punctuation_is_none(tmp_path, none):
    path, _text, output = mini_plan(tmp_path, {4: [none]}, replace=True)
    case, written = _case(path)
    assert case["partnerzy"] == [] and "partnerzy: 0," in output, written


def test_a_partner_named_brak_something_else_stays_a_partner(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {4: ["- Brak Sp. z o.o. – naprawa oświetlenia."]}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Brak Sp. z o.o."], written


def test_the_summary_counts_the_ways_of_informing_written(tmp_path):
    path, _text, output = mini_plan(tmp_path, {5: ["- nie dotyczy", "- strona internetowa KMP w Lublinie.", "- ---"]},
                                    replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["strona internetowa KMP w Lublinie."], written
    assert "sposoby informowania: 1." in output, output


# --- finding 6: the note after a name ending with an abbreviation's dot doubled it („S.A.. …”).

def test_the_dash_note_does_not_double_a_name_s_full_stop(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {4: ["- Uzdrowisko Nałęczów S.A. – ochrona parku w porze nocnej."]},
                                     replace=True)
    _case_data, written = _case(path)
    assert "„Uzdrowisko Nałęczów S.A. …”" in _comments(written) and "S.A.." not in written, written


# --- finding 7: „dla rejonu służbowego nr 12/2026” (a number with its year) gave districts 12 and 2026.

def test_a_district_number_with_its_year_is_one_district(tmp_path):
    from test_import_rev_imp15 import _imported

    case, written, _output = _imported(tmp_path, [
        "Plan działania priorytetowego dla rejonu służbowego nr 12/2026 Komendy Powiatowej Policji w Łęcznej "
        "na okres od 01.03.2026 r. do 31.08.2026 r."])
    assert str(case["rejon"]["numer"]) == "12" and "rejony" not in case, written


def test_two_districts_after_a_slash_are_still_both(tmp_path):
    from test_import_rev_imp15 import _imported

    case, written, _output = _imported(tmp_path, [
        "Plan działania priorytetowego dla rejonu służbowego nr 12/13 Komendy Powiatowej Policji w Łęcznej "
        "na okres od 01.03.2026 r. do 31.08.2026 r."])
    assert [str(d["numer"]) for d in case["rejony"]] == ["12", "13"], written


# --- finding 17: „o 20% w stosunku do 15 kradzieży w 2025 r.” – the baseline 15 was called a target.

@pytest.mark.parametrize("goal, baseline, since", [
    ("Ograniczenie liczby kradzieży o 20% w stosunku do 15 kradzieży w 2025 r.", 15, "w 2025 r."),
    ("Ograniczenie liczby kradzieży o 20% w porównaniu do 24 kradzieży w 2025 roku.", 24, "w 2025 roku"),
    ("Ograniczenie liczby kradzieży o 20%, tj. do 12 kradzieży.", None, None),
])
def test_a_count_after_w_stosunku_do_is_the_baseline(goal, baseline, since):
    from pismo.importer.targets import indicators

    [found] = indicators([goal])
    assert (found.wartosc_wyjsciowa, found.okres_wyjsciowy) == (baseline, since), found
    assert any("liczba docelowa" in note for note in found.notes) == (baseline is None), found.notes


# --- finding 14: a Word action table with stage rows merged across it („Etap I – rozpoznanie”): the stage rows
# became actions missing a deadline, and the rows under them lost the header – „Odpowiedzialny” glued in.

def test_a_stage_row_merged_across_a_table_keeps_the_columns(tmp_path):
    from test_import import _MINI, _MINI_TITLE, run
    import docx

    rows = [("Lp.", "Działanie", "Termin realizacji", "Odpowiedzialny"), ("Etap I – rozpoznanie", "", "", ""),
            ("1.", "Analiza zgłoszeń KSIP", "do 15.03.2026 r.", "dzielnicowy"),
            ("Etap II – działania właściwe", "", "", ""),
            ("2.", "Patrole w rejonie parku", "IV–VIII 2026 r.", "dzielnicowy, OPP")]
    document = docx.Document()
    for number, section in _MINI.items():
        for line in ([_MINI_TITLE] if number == 1 else []) + (section[:1] if number == 3 else section):
            document.add_paragraph(line)
        if number == 3:
            table = document.add_table(rows=len(rows), cols=4)
            for at, row in enumerate(rows):
                for column, text in enumerate(row):
                    table.cell(at, column).text = text
            for at in (1, 3):
                table.cell(at, 0).merge(table.cell(at, 3))
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    assert run("import", source, "-o", target).exit_code == 0
    case, written = _case(target)
    actions = {a["opis"]: a for a in case["dzialania"]}
    assert set(actions) == {"Analiza zgłoszeń KSIP", "Patrole w rejonie parku"}, written  # stages: rev-imp20 #26
    for stage in ("Etap I – rozpoznanie", "Etap II – działania właściwe"):
        assert f"wiersz „{stage}” to nagłówek etapu" in " ".join(written.split()), written


def test_a_pasted_row_of_one_filled_cell_is_no_stage(tmp_path):
    rows = ["Lp.\tDziałanie\tTermin", "\tpatrole w rejonie parku\tIII–VIII 2026 r.",
            "\tkontrole sklepów sprzedających alkohol\t", "\tspotkanie z mieszkańcami\tkwiecień 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: rows}, replace=True)
    _case_data, written = _case(path)
    notes = _notes_of(written, "kontrole sklepów")
    assert "nagłówek etapu" not in notes and "brak terminu" in notes, written


# --- finding 19: „Data sporządzenia | 25.03.2026 r.” in the header was not read as the plan's date.

@pytest.mark.parametrize("line", ["Data sporządzenia: 25.03.2026 r.", "Data opracowania planu 25.03.2026"])
def test_the_date_the_plan_was_made_is_its_date(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {}, before=[line])
    case, written = _case(path)
    assert str(case["plan"]["data"]) == "2026-03-25", written


# --- finding 16: the office's distribution list under the signature („Wykonano w 2 egz.:”, „Otrzymują:”) became
# ways of informing.

def test_the_distribution_list_under_the_signature_is_left_out_listed(tmp_path):
    tail = ["Sporządził:", "st. asp. Jan Kowalski", "Wykonano w 2 egz.:", "Egz. nr 1 – Naczelnik Wydziału Prewencji",
            "Egz. nr 2 – a/a", "Otrzymują:", "1. Kierownik Zespołu Dzielnicowych", "2. a/a"]
    path, _text, output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *tail]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
    assert "# „Egz. nr 2 – a/a”" in written and "po rozdzielniku" in output, output


def test_a_way_of_informing_about_receivers_is_kept(tmp_path):
    ways = ["- Rozmowy z mieszkańcami.", "- Otrzymują ulotki wszyscy mieszkańcy bloków przy ul. Lipowej."]
    path, _text, _output = mini_plan(tmp_path, {5: [*ways, "Sporządził: st. asp. Jan Kowalski"]}, replace=True)
    case, written = _case(path)
    assert len(case["informowanie"]) == 2, written
