"""`pismo import` against the seventeenth import review (rev-imp17) of issue 17: the preposition „o” opening an
indented wrapped line, dated lines with words under an item, partners that are none, the approval line, stages
and plan dates."""

from __future__ import annotations

import docx
import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


# --- findings 1, 3: an indented hard-wrapped rest opening with the preposition „o” („1. Wystąpienie do Burmistrza
# Opatowa” / „   o ustawienie słupków …”) lost its „o” as Word's bullet and became an unmarked sub-item.

@pytest.mark.parametrize("marker, rest, opis", [
    ("1.", "o ustawienie słupków przy chodniku – do 31.03.2026 r.",
     "Wystąpienie do Burmistrza Opatowa o ustawienie słupków przy chodniku"),
    ("-", "o ile pozwoli stan etatowy – do 31.03.2026 r.",
     "Wystąpienie do Burmistrza Opatowa o ile pozwoli stan etatowy"),
])
def test_a_lone_indented_o_in_lower_case_is_the_preposition(tmp_path, marker, rest, opis):
    lines = [f"{marker} Wystąpienie do Burmistrza Opatowa", f"   {rest}",
             f"{'2.' if marker == '1.' else '-'} Kontrole parkowania przed szkołą – III–VI 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == opis and not action.get("podpunkty"), written
    assert str(action["termin"]["do"]) == "2026-03-31", written
    assert "wzięto za słowo zdania z wiersza wyżej" in _notes_of(written, "Burmistrza"), written


@pytest.mark.parametrize("lines, subs", [
    # Word's „o” sub-list: two „o” lines under one item – every „o” of the part is a bullet
    (["- Ulotki w punktach", "   o sklepy przy ul. Lipowej,", "   o apteki – do 30.04.2026 r.",
      "- Rozmowy z mieszkańcami", "   o ile to możliwe w świetlicy – do 31.05.2026 r."],
     [["sklepy", "apteki"], ["ile to możliwe"]]),
    # „o⇥” is Word's bullet pasted from Notepad
    (["- Ulotki w punktach", "\to\tsklepy przy ul. Lipowej – do 30.04.2026 r."], [["sklepy"]]),
    # after a colon a lone „o” line is the item's sub-item
    (["- Ulotki w punktach:", "   o sklepy przy ul. Lipowej – do 30.04.2026 r."], [["sklepy"]]),
    # a sub-list with a wrapped line between its „o” lines is still a sub-list
    (["- Ulotki w punktach", "   o sklepy przy ul. Lipowej", "     i ul. Polnej,", "   o apteki – do 30.04.2026 r."],
     [["sklepy przy ul. Lipowej i ul. Polnej", "apteki"]]),
])
def test_word_s_o_bullets_stay_sub_items(tmp_path, lines, subs):
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    got = [action.get("podpunkty", []) for action in case["dzialania"]]
    assert len(got) == len(subs) and all(len(have) == len(want) and all(h.startswith(w) for h, w in zip(have, want))
                                         for have, want in zip(got, subs)), written
    assert "wzięto za słowo zdania" not in written, written


# --- findings 9, 12: a second dated line with a word before its date („– do 30.04.2026 r.” / „– ponownie do
# 31.08.2026 r.”) became a fake action „ponownie” (text), or lost its date from the sub-item (Word's list).

@pytest.mark.parametrize("first, further", [("   – do 30.04.2026 r.", "   – ponownie do 31.08.2026 r."),
                                            ("   – do 30.04.2026 r.", "   – drugi raz – 31.08.2026 r."),
                                            ("", "   – ponownie do 31.08.2026 r.")])
def test_a_further_date_with_a_word_is_the_item_s_date(tmp_path, first, further):
    head = "- Przegląd zabezpieczeń drzwi z administratorem" + ("" if first else " – do 30.04.2026 r.")
    lines = [head, *filter(None, [first, further]), "- Patrole klatek schodowych – do 30.06.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert [str(a["termin"]["do"]) for a in actions] == ["2026-08-31", "2026-06-30"], written
    assert "30.04.2026" in actions[0]["opis"] and further.split("– ", 1)[1].split()[0] in actions[0]["opis"], written
    assert "kilka okresów albo dat" in _notes_of(written, "Przegląd"), written


@pytest.mark.parametrize("lines, actions", [
    # a sub-item's own action under a dated item: no date of the item's
    (["- Spotkania z mieszkańcami – do 30.06.2026 r.", "   – kontrole sklepów z alkoholem przy ul. Lipowej "
      "wspólnie z SM – do 31.05.2026 r."], 2),
    # dashed items of one list, each with its date: items, never dates of the first
    (["- Przegląd zabezpieczeń – do 30.04.2026 r.", "- ponownie do 31.08.2026 r."], 2),
])
def test_dated_lines_of_their_own_stay_apart(tmp_path, lines, actions):
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == actions and "kilka okresów" not in written, written


@pytest.mark.parametrize("form", ["docx", "o"])
def test_a_dated_sub_item_keeps_its_words_and_date(tmp_path, form):
    subs = ["do 30.04.2026 r.", "ponownie do 31.08.2026 r."]
    if form == "docx":
        from conftest import run
        from test_import_rev_imp15 import _PARTS

        document = docx.Document()
        document.add_paragraph("Plan działania priorytetowego dla rejonu służbowego nr 3 Komendy Powiatowej Policji w "
                               "Łęcznej na okres od 01.03.2026 r. do 31.08.2026 r.")
        for line in _PARTS[:5]:
            document.add_paragraph(line)
        document.add_paragraph("Przegląd zabezpieczeń drzwi z administratorem", style="List Bullet")
        for sub in subs:
            document.add_paragraph(sub, style="List Bullet 2")
        for line in _PARTS[6:]:
            document.add_paragraph(line)
        document.save(str(tmp_path / "plan.docx"))
        result = run("import", tmp_path / "plan.docx", "-o", tmp_path / "plan.yaml")
        assert result.exit_code == 0, result.output
        path = tmp_path / "plan.yaml"
    else:
        path, _text, _output = mini_plan(tmp_path, {3: ["- Przegląd zabezpieczeń drzwi z administratorem",
                                                        *[f"   o {sub}" for sub in subs]]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["podpunkty"] == subs and str(action["termin"]["do"]) == "2026-08-31", written
    assert "podpunkty mają własne terminy" in _notes_of(written, "Przegląd"), written


# --- findings 2, 11 (rest): „- brak innych.” under a partner became a partner „brak innych” with UZUPEŁNIJ tasks;
# „Straż Miejska – nie dotyczy (…)”, „Rada Rodziców – brak zadań.” were printed as co-operating bodies.

@pytest.mark.parametrize("line", ["- brak innych.", "- brak innych podmiotów.", "- innych brak.",
                                  "- Rada Rodziców przy SP nr 1 – brak zadań.",
                                  "- Straż Miejska – nie dotyczy (brak SM w gminie).", "- nie dotyczy"])
def test_a_partner_that_is_none_is_dropped_and_said(tmp_path, line):
    lines = ["- Straż Miejska w Borównie – wspólne patrole,", line,
             "- Dyrekcja SP nr 2 – brak zgłoszeń przekazuje dzielnicowemu na bieżąco."]
    path, _text, output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Borównie", "Dyrekcja SP nr 2"], written
    said = line.lstrip("- ").rstrip(".")
    assert said.split(" – ")[0] in written.split("partnerzy:")[0].rsplit("# 4.", 1)[1], written
    assert "partnerzy: 2" in output, output


@pytest.mark.parametrize("head", ["- Urząd Miejski w Opatowie:", "- Urząd Miejski w Opatowie", "- Podmiot 1: Urząd Miejski w Opatowie:"])
def test_a_partner_s_tasks_listed_under_its_name_are_its_tasks(tmp_path, head):
    lines = [head, "  – montaż słupków przy chodniku,", "  – malowanie przejścia dla pieszych.",
             "- Straż Miejska w Borównie – wspólne patrole."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    first = case["partnerzy"][0]
    assert (first["nazwa"], first["zadania"]) == (
        "Urząd Miejski w Opatowie", "Montaż słupków przy chodniku, malowanie przejścia dla pieszych."), written
    assert "tylko nazwę podmiotu" not in written and len(case["partnerzy"]) == 2, written


def test_a_partner_s_units_listed_under_its_name_are_its_units(tmp_path):
    lines = ["- Urząd Miejski w Opatowie:", "  – Referat Inwestycji,", "  – Referat Oświaty.",
             "- Straż Miejska w Borównie – wspólne patrole."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    first = case["partnerzy"][0]
    assert first["nazwa"] == "Urząd Miejski w Opatowie", written
    assert first["komorki"] == ["Referat Inwestycji", "Referat Oświaty"], written


# --- finding 4 (and 13's rest): two different plan dates – the place-and-date line won unmarked, „Data
# sporządzenia” (or the other place-and-date line) was dropped unsaid.

@pytest.mark.parametrize("before, after, taken, other", [
    (["Opole Lubelskie, dnia 12.02.2026 r.", "Data sporządzenia: 10.02.2026 r."], [], "2026-02-10",
     "Opole Lubelskie, dnia 12.02.2026 r."),
    (["Data sporządzenia: 10.02.2026 r.", "Opole Lubelskie, dnia 12.02.2026 r."], [], "2026-02-10",
     "Opole Lubelskie, dnia 12.02.2026 r."),
    (["Borówno, dnia 20.02.2026 r."], ["Sporządził: st. sierż. Łukasz Mazur", "Borówno, dnia 18.02.2026 r."],
     "2026-02-18", "Borówno, dnia 20.02.2026 r."),
])
def test_different_plan_dates_are_named(tmp_path, before, after, taken, other):
    from test_import_rev_imp16 import _comments

    path, _text, _output = mini_plan(tmp_path, {}, before=before, after=after)
    case, written = _case(path)
    assert str(case["plan"]["data"]) == taken, written
    assert f"różne daty – przyjęto {taken[8:]}.{taken[5:7]}.{taken[:4]} r., jest też „{other}”" in _comments(
        written), written


@pytest.mark.parametrize("before, after", [(["Borówno, dnia 12.02.2026 r."], []),
                                           (["Borówno, dnia 12.02.2026 r."],
                                            ["Sporządził: st. sierż. Łukasz Mazur", "Borówno, dnia 12.02.2026 r."]),
                                           (["Data sporządzenia: 12.02.2026 r."], [])])
def test_one_plan_date_is_unmarked(tmp_path, before, after):
    path, _text, _output = mini_plan(tmp_path, {}, before=before, after=after)
    case, written = _case(path)
    assert str(case["plan"]["data"]) == "2026-02-12" and "różne daty" not in written, written


# --- findings 7, 13: the approval on one line („Akceptuję: Kierownik … kom. Jacek Pióro”) became a way of
# informing; an „AKCEPTUJĘ” block above the title was skipped as a web page's button.

@pytest.mark.parametrize("line, rank, name, function", [
    ("Akceptuję: Kierownik Rewiru Dzielnicowych kom. Jacek Pióro", "kom.", "Jacek Pióro",
     "Kierownik Rewiru Dzielnicowych"),
    ("Akceptowała: Naczelnik Wydziału Prewencji podinsp. Ewa Kruk", "podinsp.", "Ewa Kruk",
     "Naczelnik Wydziału Prewencji"),
    ("Zatwierdził: kom. Jacek Pióro", "kom.", "Jacek Pióro", None),
])
def test_the_approval_on_one_line_names_the_superior(tmp_path, line, rank, name, function):
    path, _text, _output = mini_plan(tmp_path, {}, after=["Sporządził: st. sierż. Łukasz Mazur, dzielnicowy", line])
    case, written = _case(path)
    superior = case["osoby"]["przelozony"]
    assert (superior["stopien"], superior["imie_nazwisko"]) == (rank, name), written
    assert function is None or superior["funkcja"] == function, written
    assert all(name not in way for way in case["informowanie"]), written


def test_an_akceptuje_block_above_the_title_names_the_superior(tmp_path):
    before = ["AKCEPTUJĘ", "Naczelnik Wydziału Prewencji", "KPP w Borównie", "podkom. Beata Rak"]
    path, _text, _output = mini_plan(tmp_path, {}, before=before)
    case, written = _case(path)
    superior = case["osoby"]["przelozony"]
    assert (superior["stopien"], superior["imie_nazwisko"]) == ("podkom.", "Beata Rak"), written
    assert superior["funkcja"] == "Naczelnik Wydziału Prewencji KPP w Borównie", written


def test_a_web_page_s_akceptuje_button_names_no_superior(tmp_path):
    before = ["Akceptuję", "Strona główna", "Aktualności", "asp. Jan Kowalski"]
    path, _text, _output = mini_plan(tmp_path, {}, before=before)
    case, written = _case(path)
    assert "Kowalski" not in str(case["osoby"].get("przelozony")), written


# --- finding 8: „Etap I – rozpoznanie (III 2026 r.):” lines over numbered items became actions „Etap I” with their
# period unread; the undated items under a stage got the whole plan's period.

def test_stage_headings_over_items_are_no_actions_and_date_their_undated_items(tmp_path):
    from test_import_rev_imp16 import _comments

    lines = ["Etap I – rozpoznanie (III 2026 r.):", "1) analiza zgłoszeń z KMZB – do 15.03.2026 r.,",
             "Etap II – działania (IV–VII 2026 r.):", "2) patrole w rejonie sklepu w godzinach 17–22,",
             "3) kontrole sklepu wspólnie z GKRPA – do 30.06.2026 r.,",
             "Etap III – podsumowanie (VIII 2026 r.):", "4) ocena efektów działań"]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    got = [(a["opis"].rstrip(","), str(a["termin"].get("od")), str(a["termin"]["do"])) for a in case["dzialania"]]
    assert got == [("analiza zgłoszeń z KMZB", "None", "2026-03-15"),
                   ("patrole w rejonie sklepu w godzinach 17–22", "2026-04-01", "2026-07-31"),
                   ("kontrole sklepu wspólnie z GKRPA", "None", "2026-06-30"),
                   ("ocena efektów działań", "2026-08-01", "2026-08-31")], written
    assert "okres etapu z nagłówka „Etap II – działania (IV–VII 2026 r.)”" in _notes_of(written, "patrole"), written
    assert all(f"„Etap {n}" in _comments(written) for n in ("I –", "II –", "III –")), written


@pytest.mark.parametrize("lines, first", [
    # a numbered action opening with „Etap”: an action
    (["1. Etap I – analiza zgłoszeń z KMZB – do 15.03.2026 r.", "2. Etap II – patrole – IV–VII 2026 r."],
     "Etap I – analiza zgłoszeń z KMZB"),
    # an unmarked line with a colon over unmarked lines: no stage over a list
    (["Etap I – rozpoznanie:", "analiza zgłoszeń z KMZB – do 15.03.2026 r."], None),
])
def test_other_etap_lines_stay(tmp_path, lines, first):
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert "nagłówek etapu" not in written, written
    assert first is None or case["dzialania"][0]["opis"] == first, written


# --- finding 10: a deadline ending the action's sentence without a dash („… przystanku do 30.04.2026 r.,”, „… przy
# ul. Lipowej 26.06.2026 r. godz. 10.00,”, „… zebrania wiejskiego w maju 2026 r.”) was not read.

@pytest.mark.parametrize("line, start, end, marked", [
    ("- Wystąpienie do Wójta Gminy z wnioskiem o oznakowanie przystanku do 30.04.2026 r.,", "None", "2026-04-30",
     False),
    ("- Akcja dla dzieci na placu przy ul. Lipowej 26.06.2026 r. godz. 10.00,", "None", "2026-06-26", True),
    ("- Spotkanie z sołtysem przy okazji zebrania wiejskiego w maju 2026 r.", "2026-05-01", "2026-05-31", True),
    ("- Pogadanka w szkole w dniu 15.05.2026 r.", "None", "2026-05-15", True),
])
def test_a_date_ending_the_action_s_sentence_is_its_deadline(tmp_path, line, start, end, marked):
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- Kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    termin = case["dzialania"][0]["termin"]
    assert (str(termin.get("od")), str(termin["do"])) == (start, end), written
    notes = _notes_of(written, line[2:22])
    assert ("odczytano z daty na końcu opisu" in notes) == marked and "brak terminu" not in notes, written


@pytest.mark.parametrize("line", ["- Realizacja wniosku Rady Osiedla z dnia 12.05.2026 r.",
                                  "- Analiza zgłoszeń napływających od 01.05.2026 r.",
                                  "- Analiza zgłoszeń z KMZB za okres do 31.12.2025 r.",
                                  "- Patrole na ul. 3 Maja"])
def test_other_dates_ending_a_sentence_are_no_deadline(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- Kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    assert "odczytano z daty na końcu opisu" not in written, written
    assert "brak terminu" in _notes_of(written, line[2:22]), written


# --- finding 14: a Word table's cells of several paragraphs were joined with spaces before any reading: two dated
# paragraphs unread, the hours under a period unread, an action's listed paragraphs flattened with inline dashes.

def _table_plan(tmp_path, rows) -> tuple[dict, str]:
    from conftest import run
    from test_import_rev_imp15 import _PARTS

    document = docx.Document()
    document.add_paragraph("Plan działania priorytetowego dla rejonu służbowego nr 3 Komendy Powiatowej Policji w "
                           "Łęcznej na okres od 01.03.2026 r. do 31.08.2026 r.")
    for line in _PARTS[:5]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for at, row in enumerate(rows):
        for column, text in enumerate(row):
            cell, paragraphs = table.cell(at, column), text.split("\n")
            cell.text = paragraphs[0]
            for paragraph in paragraphs[1:]:
                cell.add_paragraph(paragraph)
    for line in _PARTS[6:]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "plan.docx"))
    result = run("import", tmp_path / "plan.docx", "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    return _case(tmp_path / "plan.yaml")


def test_a_table_cell_s_paragraphs_are_read_one_by_one(tmp_path):
    rows = [("Lp.", "Działanie", "Termin realizacji"),
            ("1.", "Spotkania z klientami marketu:\n– akcja ulotkowa,\n– pogadanka o zabezpieczaniu pojazdów",
             "15.04.2026 r.\n20.05.2026 r."),
            ("2.", "Przegląd monitoringu z kierownikiem marketu", "do 31.03.2026 r.\nponownie do 30.06.2026 r."),
            ("3.", "Patrole parkingu", "IV–VIII 2026 r.\nw godz. 16–22"),
            ("4.", "Kontrole parkingu\nw dni wolne od pracy", "V–VI 2026 r.")]
    case, written = _table_plan(tmp_path, rows)
    first, second, third, fourth = case["dzialania"]
    assert first["podpunkty"] == ["akcja ulotkowa", "pogadanka o zabezpieczaniu pojazdów"], written
    assert str(first["termin"]["do"]) == "2026-05-20" and "20.05.2026" in first["opis"], written
    assert "kilka okresów albo dat" in _notes_of(written, "Spotkania z klientami"), written
    assert "ponownie do 30.06.2026" in second["opis"] and str(second["termin"]["do"]) == "2026-06-30", written
    assert third["opis"] == "Patrole parkingu w godz. 16–22", written
    assert (str(third["termin"]["od"]), str(third["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written
    assert "spod daty w komórce terminu" in _notes_of(written, "Patrole parkingu"), written
    assert fourth["opis"] == "Kontrole parkingu w dni wolne od pracy" and not fourth.get("podpunkty"), written


# --- finding 5: a second introduction „Otrzymują:” between the bullets of part 5 stayed an unmarked way of informing.

def test_an_unbulleted_introduction_between_bullets_is_marked(tmp_path):
    lines = ["Informacja zostanie przekazana:", "- mieszkańcom podczas spotkań,", "- radnym osiedla,", "Otrzymują:",
             "- zarządcy wspólnot mieszkaniowych – pisemnie,", "- strona internetowa KPP."]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    _case_data, written = _case(path)
    assert "wstęp do listy" in _notes_of(written, '"Otrzymują:"'), written
    assert "wstęp do listy" not in _notes_of(written, "zarządcy wspólnot"), written


def test_an_unbulleted_sentence_between_bullets_is_no_introduction(tmp_path):
    lines = ["- mieszkańcom podczas spotkań,", "Ulotki zostaną rozdane w sklepach.", "- strona internetowa KPP."]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    _case_data, written = _case(path)
    assert "wstęp do listy" not in written, written


# --- finding 16 (part): the baseline's period lost the full stop of „r.” („w porównaniu do 2025 r”).

@pytest.mark.parametrize("goal, since", [
    ("Zmniejszenie liczby zgłoszeń o 30% w porównaniu do 2025 r.", "w porównaniu do 2025 r."),
    ("Spadek liczby interwencji o 30% w odniesieniu do analogicznego okresu 2025 r., tj. z 20 do 14.",
     "w odniesieniu do analogicznego okresu 2025 r."),
    ("Zmniejszenie o 20% liczby zgłoszeń w stosunku do analogicznego okresu roku ubiegłego.",
     "w stosunku do analogicznego okresu roku ubiegłego"),
])
def test_the_baseline_s_period_keeps_the_dot_of_its_year(goal, since):
    from pismo.importer.targets import indicators

    found, = indicators([goal])
    assert found.okres_wyjsciowy == since, found


# --- finding 6 (part): „Data rozpoczęcia” | „Data zakończenia” with the end cell „na bieżąco”: the start date was
# glued into the action's text, the deadline the words „na bieżąco”.

@pytest.mark.parametrize("end, start, until, note", [
    ("na bieżąco", "2026-03-16", "2026-08-31", "a w kolumnie daty zakończenia jest „na bieżąco”"),
    ("", "2026-03-16", "2026-08-31", "kolumna daty zakończenia jest pusta"),
    ("31.05.2026", "2026-03-16", "2026-05-31", None),
])
def test_an_open_end_cell_runs_from_the_start_to_the_plan_s_end(tmp_path, end, start, until, note):
    rows = [("Lp.", "Działanie", "Data rozpoczęcia", "Data zakończenia"),
            ("1.", "Patrole parkingu w godzinach 16–22", "16.03.2026", end),
            ("2.", "Kontrole sklepów", "01.04.2026", "30.06.2026")]
    case, written = _table_plan(tmp_path, rows)
    first = case["dzialania"][0]
    assert first["opis"] == "Patrole parkingu w godzinach 16–22", written
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == (start, until), written
    assert note is None or note in " ".join(_notes_of(written, "Patrole parkingu").split()), written
