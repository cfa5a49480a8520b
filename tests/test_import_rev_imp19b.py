"""`pismo import` against the nineteenth import review (rev-imp19) of issue 17, second round of fixes: partners
under a list's introduction, signatures side by side, in columns and in tables, stages with lettered items, goal
indicators read from a comparative."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


# --- finding 17: an unbulleted introduction with a verb or a closing preposition („W realizacji działań
# uczestniczyć będą:”, „Współpraca z:”) over lower-case dashed partners was taken for one partner's name.

@pytest.mark.parametrize("intro, lines, names", [
    ("W realizacji działań uczestniczyć będą:",
     ["– dyrektor Zespołu Szkół w Wąwolnicy – udostępnienie sali na spotkanie z rodzicami,",
      "– sołtys wsi Bochotnica – przekazywanie informacji mieszkańcom."],
     ["dyrektor Zespołu Szkół w Wąwolnicy", "sołtys wsi Bochotnica"]),
    ("Współpraca z:", ["– pedagogiem szkolnym Zespołu Szkół w Wąwolnicy,", "– radnymi Rady Gminy Wąwolnica."],
     ["pedagogiem szkolnym Zespołu Szkół w Wąwolnicy", "radnymi Rady Gminy Wąwolnica"]),
    ("Podmioty współpracujące:", ["– dyrektor Zespołu Szkół – udostępnienie sali,",
                                  "– sołtys wsi Bochotnica – przekazywanie informacji."],
     ["dyrektor Zespołu Szkół", "sołtys wsi Bochotnica"]),
])
def test_an_introduction_over_lower_case_partners_is_no_partner_s_name(tmp_path, intro, lines, names):
    path, _text, _output = mini_plan(tmp_path, {4: [intro, *lines]}, replace=True)
    case, written = _case(path)
    found = [partner["nazwa"].rstrip(",") for partner in case["partnerzy"]]
    assert found[-len(names):] == names, written
    if len(found) > len(names):  # a label kept as a partner, marked („Podmioty współpracujące:”)
        assert "wstęp do listy" in _notes_of(written, intro.rstrip(":")), written
    else:  # a sentence introducing them is no partner, quoted in the part's note (rev-imp20 #2)
        assert f"wiersz „{intro}” to wstęp do listy podmiotów" in " ".join(
            line.strip(" #") for line in written.splitlines() if line.lstrip().startswith("#")), written


def test_a_unit_s_name_over_its_dashed_tasks_with_a_deadline_keeps_them(tmp_path):
    lines = ["Urząd Miejski w Opatowie:", "– udział w spotkaniu z mieszkańcami – do 30.04.2026 r.,",
             "– doświetlenie placu zabaw."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [partner["nazwa"] for partner in case["partnerzy"]] == ["Urząd Miejski w Opatowie"], written


# --- findings 3, 18, 21, 23: signatures laid side by side – the right column longer (its function wrapped), a
# tab between a label and its own name, three columns with an agreeing person's, a Word table of a line a row.

def _people(case: dict) -> tuple:
    officer, boss = case["osoby"]["dzielnicowy"], case["osoby"]["przelozony"]
    return officer["imie_nazwisko"], boss["stopien"], boss["imie_nazwisko"], boss["funkcja"]


def _signed(tmp_path, block: list[str]) -> tuple[dict, str]:
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", "", *block]}, replace=True)
    return _case(path)


@pytest.mark.parametrize("label", ["Akceptuję:", "Zatwierdził:"])
@pytest.mark.parametrize("left", ["dzielnicowy", ""])
def test_a_right_signature_column_with_a_wrapped_function_names_the_superior(tmp_path, label, left):
    case, written = _signed(tmp_path, [f"Sporządził:\t\t\t\t\t{label}",
                                       "sierż. szt. Paweł Nowicki\t\t\tKomendant Komisariatu Policji",
                                       f"{left}\t\t\t\t\tw Poniatowej", "\t\t\t\t\t\tkom. Jacek Pióro"])
    assert _people(case) == ("Paweł Nowicki", "kom.", "Jacek Pióro", "Komendant Komisariatu Policji w Poniatowej"), \
        written
    assert "drugi podpis" not in written and case["informowanie"] == ["Rozmowy z mieszkańcami."], written


@pytest.mark.parametrize("block", [["Sporządził:\tst. sierż. Tomasz Lis"],
                                   ["Sporządził:\tst. sierż. Tomasz Lis", "\t\tdzielnicowy PP w Wąwolnicy"]])
def test_a_tab_between_a_signature_label_and_the_name_separates_them(tmp_path, block):
    case, written = _signed(tmp_path, block)
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Tomasz Lis", written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


def test_an_approver_s_function_under_the_name_is_the_function(tmp_path):
    case, written = _signed(tmp_path, ["Sporządził:      st. sierż. Tomasz Lis", "Akceptuję:      asp. szt. Jan Mazur",
                                       "      Kierownik Posterunku Policji w Wąwolnicy"])
    assert _people(case) == ("Tomasz Lis", "asp. szt.", "Jan Mazur", "Kierownik Posterunku Policji w Wąwolnicy"), written


def test_three_signature_columns_read_the_author_and_the_approver_and_list_the_agreeing(tmp_path):
    case, written = _signed(tmp_path, ["Sporządził:\t\t\tUzgodnił:\t\t\tZatwierdzam:",
                                       "st. sierż. Tomasz Lis\t\tasp. szt. Jan Mazur\t\tpodinsp. Ewa Sowa",
                                       "dzielnicowy\t\t\tKierownik Posterunku\t\tNaczelnik Wydziału Prewencji"])
    assert _people(case) == ("Tomasz Lis", "podinsp.", "Ewa Sowa", "Naczelnik Wydziału Prewencji"), written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
    assert "# „asp. szt. Jan Mazur”" in written and "blok „Uzgodnił: asp. szt. Jan Mazur" in written, written


def test_signatures_in_a_word_table_of_a_line_a_row_are_read(tmp_path):
    from test_import_rev_imp16 import _docx_plan

    def table(document):
        rows = [("Sporządził:", "Zatwierdzam:"), ("st. sierż. Tomasz Lis", "Kierownik Posterunku Policji w Wąwolnicy"),
                ("dzielnicowy", "asp. szt. Jan Mazur")]
        grid = document.add_table(rows=3, cols=2)
        for at, (left, right) in enumerate(rows):
            grid.cell(at, 0).text, grid.cell(at, 1).text = left, right

    case, written = _docx_plan(tmp_path, table)
    assert _people(case) == ("Tomasz Lis", "asp. szt.", "Jan Mazur", "Kierownik Posterunku Policji w Wąwolnicy"), written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


# --- findings 7, 25 and 2: numbered stages over lettered items („1. Etap I – rozpoznanie (III–IV 2026 r.)” / „a) …”),
# a Word level printing „Etap I.”, a period in a bracket ending an action read as several terms; a parent's deadline
# taken from its last sub-item unmarked.

_STAGES = ["1. Etap I – rozpoznanie (III–IV 2026 r.)", "a) rozpoznanie miejsc gromadzenia się młodzieży,",
           "b) rozmowy z mieszkańcami bloków przy ul. Fabrycznej.", "2. Etap II – działania właściwe (V–VII 2026 r.)",
           "a) patrole w rejonie przystanku w godzinach wieczornych,",
           "b) wystąpienie do Burmistrza o monitoring przystanku – do 30.06.2026 r."]


def _terms(case: dict) -> list[tuple]:
    return [(action["opis"], str(action["termin"].get("od")), str(action["termin"]["do"]))
            for action in case["dzialania"] if isinstance(action["termin"], dict)]


_STAGED = [("rozpoznanie miejsc gromadzenia się młodzieży,", "2026-03-01", "2026-04-30"),
           ("rozmowy z mieszkańcami bloków przy ul. Fabrycznej.", "2026-03-01", "2026-04-30"),
           ("patrole w rejonie przystanku w godzinach wieczornych,", "2026-05-01", "2026-07-31"),
           ("wystąpienie do Burmistrza o monitoring przystanku", "None", "2026-06-30")]


def test_numbered_stages_over_lettered_items_are_stages_and_the_items_siblings(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {3: _STAGES}, replace=True)
    case, written = _case(path)
    assert _terms(case) == _STAGED, written
    assert "to nagłówek etapu" in written and not any(action.get("podpunkty") for action in case["dzialania"]), written


def test_a_word_level_printing_its_stage_word_makes_stages(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from test_import import _MINI, _MINI_TITLE, run

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Etap %1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], _MINI[3][0]]:
        document.add_paragraph(line)
    for line in _STAGES:  # „Etap I.” printed by the list level, the paragraph holding the rest
        stage = line[:1].isdigit()
        paragraph = document.add_paragraph(line.split(" – ", 1)[1] if stage else line[3:])
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{0 if stage else 1}"/><w:numId w:val="90"/></w:numPr>'))
    for line in [*_MINI[4], *_MINI[5]]:
        document.add_paragraph(line)
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    assert run("import", source, "-o", target).exit_code == 0
    case, written = _case(target)
    assert _terms(case) == _STAGED, written
    assert "„Etap II. działania właściwe (V–VII 2026 r.)” to nagłówek etapu" in " ".join(
        line.strip(" #") for line in written.splitlines()), written


@pytest.mark.parametrize("term", ["(IV–VII 2026 r.)", "(IV-VII 2026 r.)", "(kwiecień – lipiec 2026 r.)",
                                  "(01.04.2026 r. – 31.07.2026 r.)"])
def test_one_period_in_a_bracket_ending_an_action_is_its_term(tmp_path, term):
    path, _text, _output = mini_plan(tmp_path, {3: [f"- patrole w rejonie przystanku {term},",
                                                    "- kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    assert _terms(case)[0] == ("patrole w rejonie przystanku", "2026-04-01", "2026-07-31"), written
    assert "kilka okresów" not in written, written


def test_a_parent_s_period_in_a_bracket_keeps_its_sub_item_s_own_date(tmp_path):
    lines = ["- działania w rejonie przystanku (V–VII 2026 r.):", "   – patrole w rejonie przystanku,",
             "   – wystąpienie do Burmistrza o monitoring – do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert _terms(case)[0] == ("działania w rejonie przystanku", "2026-05-01", "2026-07-31"), written
    assert action["podpunkty"][-1] == "wystąpienie do Burmistrza o monitoring – do 31.05.2026 r.", written


def test_a_deadline_taken_from_the_last_of_several_sub_items_is_marked(tmp_path):
    lines = ["1. Działania rozpoznawcze w rejonie przystanku", "a) patrole w rejonie przystanku w godzinach wieczornych,",
             "b) wystąpienie do Burmistrza o monitoring przystanku – do 30.06.2026 r.", "2. Kontrole sklepów – do 30.06.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert "termin odczytano z ostatniego podpunktu" in _notes_of(written, "Działania rozpoznawcze"), written


# --- finding 12: a comparative before the amount („liczba zgłoszeń mniejsza o 20%”) was read as a rise named after
# the goal's first words; a second target after „i wzrost …” was glued into the first one's name.

@pytest.mark.parametrize("goal, found, compared", [
    ("Poprawa bezpieczeństwa – liczba zgłoszeń mniejsza o 20% niż w 2025 r.", [("Liczba zgłoszeń", -20)], True),
    ("Poprawa bezpieczeństwa – liczba legitymowanych osób większa o 10%.", [("Liczba legitymowanych osób", 10)],
     True),
    ("Ograniczenie o 20% liczby zgłoszeń i wzrost o 10% liczby legitymowanych osób.",
     [("Liczba zgłoszeń", -20), ("Liczba legitymowanych osób", 10)], False),
])
def test_a_comparative_before_the_amount_gives_the_direction(goal, found, compared):
    from pismo.importer.targets import indicators

    read = indicators([goal])
    assert [(indicator.nazwa, indicator.zmiana) for indicator in read] == found
    assert all(("sprawdź znak zmiany" in " ".join(indicator.notes)) == compared for indicator in read)


# --- finding 10: part 4 as one sentence saying there are no partners, with its natural object, became a partner to
# be given tasks.

@pytest.mark.parametrize("line", ["Nie przewiduje się udziału innych podmiotów w realizacji planu.",
                                  "Plan będzie realizowany samodzielnie przez dzielnicowego, bez udziału podmiotów "
                                  "zewnętrznych.", "Nie planuje się współpracy z innymi instytucjami."])
def test_a_sentence_saying_there_are_no_partners_is_no_partner(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {4: [line]}, replace=True)
    case, written = _case(path)
    assert case["partnerzy"] == [], written
    assert f"w tekście: „{line.rstrip('.')}" in " ".join(row.strip(" #") for row in written.splitlines()), written


# --- finding 11: the approval stamp's blank for its date („dnia …………………”) became a line of the superior's function.

@pytest.mark.parametrize("label", ["ZATWIERDZAM DO REALIZACJI", "ZATWIERDZAM"])
@pytest.mark.parametrize("blank", ["dnia …………………", "……………… 2026 r."])
def test_the_stamp_s_blank_date_is_no_part_of_the_function(tmp_path, label, blank):
    stamp = [label, blank, "Kierownik Posterunku Policji w Wąwolnicy", "asp. szt. Jan Mazur"]
    path, _text, _output = mini_plan(tmp_path, {}, before=stamp)
    case, written = _case(path)
    assert _people(case)[1:] == ("asp. szt.", "Jan Mazur", "Kierownik Posterunku Policji w Wąwolnicy"), written
    assert case["osoby"]["przelozony"]["podpis"] == ["Kierownik Posterunku Policji w Wąwolnicy"], written


def test_the_stamp_s_blank_date_under_the_plan_is_no_way_of_informing(tmp_path):
    case, written = _signed(tmp_path, ["Sporządził:", "st. sierż. Tomasz Lis", "", "ZATWIERDZAM", "dnia …………………",
                                       "Kierownik Posterunku Policji w Wąwolnicy", "asp. szt. Jan Mazur"])
    assert _people(case) == ("Tomasz Lis", "asp. szt.", "Jan Mazur", "Kierownik Posterunku Policji w Wąwolnicy"), written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


# --- finding 15: a form's printed label („Akceptował:”) set a woman's sex to M unmarked – the dictionary's name wins,
# the disagreement said.

@pytest.mark.parametrize("block, who, sex", [
    (["Sporządził: st. asp. Jan Kowalski", "Akceptował: Naczelnik Wydziału Prewencji KPP w Kraśniku podinsp. Ewa Sowa"],
     "przelozony", "K"),
    (["Sporządził: st. sierż. Anna Lis"], "dzielnicowy", "K"),
    (["Sporządziła: st. sierż. Tomasz Lis"], "dzielnicowy", "M"),
])
def test_a_label_s_sex_against_the_first_name_s_is_marked_and_the_name_wins(tmp_path, block, who, sex):
    case, written = _signed(tmp_path, block)
    assert case["osoby"][who]["plec"] == sex, written
    assert any(line.strip().startswith(f"plec: {sex}") and "wskazują różną płeć" in line
               for line in written.splitlines()), written


# --- findings 16 and 1: a recurrence after „przede wszystkim”, „a także” was lifted, leaving the text ending in the
# connective; an unbulleted way ending in a web address („….gov.pl.”) hung on its „pl.” and took the next way in.

@pytest.mark.parametrize("connective", ["przede wszystkim", "a także", "w szczególności", "również"])
def test_a_recurrence_after_a_connective_stays_in_the_text(tmp_path, connective):
    line = f"- patrole w rejonie przystanku w porze nocnej, {connective} w weekendy – IV–VIII 2026 r.,"
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == f"patrole w rejonie przystanku w porze nocnej, {connective} w weekendy", written
    assert "cyklicznie" not in action["termin"], written


def test_a_way_ending_in_a_web_address_is_whole(tmp_path):
    ways = ["strona internetowa KPP w Puławach www.pulawy.policja.gov.pl.",
            "spotkania z mieszkańcami podczas obchodu rejonu.", "tablica ogłoszeń w Urzędzie Gminy."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ways, written


def test_a_way_ending_in_a_street_s_abbreviation_still_goes_on(tmp_path):
    ways = ["tablica ogłoszeń w bloku przy ul.", "Fabrycznej 2.", "spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"][0] == "tablica ogłoszeń w bloku przy ul. Fabrycznej 2.", written


# --- finding 8: a Word deadline cell of paragraphs – a range whose dash opens the second paragraph was several dates;
# „III–IV 2026 r.¶oraz¶VIII 2026 r.” gave III–IV and moved „oraz VIII 2026 r.” into the action's text.

def _table_plan(tmp_path, rows: list[tuple[str, str]]) -> tuple[dict, str]:
    import docx

    from test_import import _MINI, _MINI_TITLE, run

    document = docx.Document()
    for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], _MINI[3][0]]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows) + 1, cols=3)
    for at, cells in enumerate([("Lp.", "Działanie", "Termin realizacji"), *((f"{n}.", *row) for n, row in
                                                                            enumerate(rows, 1))]):
        for cell, text in zip(table.rows[at].cells, cells):
            first, *more = text.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)
    for line in [*_MINI[4], *_MINI[5]]:
        document.add_paragraph(line)
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    assert run("import", source, "-o", target).exit_code == 0
    return _case(target)


def test_deadline_cell_paragraphs_of_one_range_and_of_two_terms(tmp_path):
    case, written = _table_plan(tmp_path, [("Wystąpienie do UM o doświetlenie alejek", "01.03.2026 r.\n– 31.03.2026 r."),
                                           ("Działania informacyjne", "III–IV 2026 r.\noraz\nVIII 2026 r.")])
    first, second = case["dzialania"]
    assert (first["opis"], str(first["termin"]["od"]), str(first["termin"]["do"])) == (
        "Wystąpienie do UM o doświetlenie alejek", "2026-03-01", "2026-03-31"), written
    assert second["opis"] == "Działania informacyjne – III–IV 2026 r. oraz VIII 2026 r.", written
    assert str(second["termin"]["do"]) == "2026-08-31" and "kilka okresów" in _notes_of(written, "Działania inf"), \
        written


# --- finding 13: dated sub-items inside their action's own period were taken for its further dates – glued into the
# text and the action's period cut to the latest of them.

def test_dated_sub_items_inside_the_action_s_period_stay_its_sub_items(tmp_path):
    lines = ["- spotkania z mieszkańcami – IV–VI 2026 r.", "   – ul. Fabryczna 12 – 15.04.2026 r.,",
             "   – ul. Lubelska 3 – 20.05.2026 r.,", "- wystąpienie do Burmistrza o monitoring – do 31.03.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert _terms(case)[0] == ("spotkania z mieszkańcami", "2026-04-01", "2026-06-30"), written
    assert action["podpunkty"] == ["ul. Fabryczna 12 – 15.04.2026 r.", "ul. Lubelska 3 – 20.05.2026 r."], written


# --- finding 4: a letterhead line with the place and date at its right after tabs gave no plan date (after spaces it
# gave a place of the unit's name and the town glued together).

@pytest.mark.parametrize("gap", ["\t\t\t\t", " " * 25])
def test_a_place_and_date_at_the_letterhead_s_right_is_the_plan_s(tmp_path, gap):
    path, _text, _output = mini_plan(tmp_path, {}, before=[f"KOMENDA POWIATOWA POLICJI{gap}Opole Lubelskie, dnia "
                                                           "20.02.2026 r.", "W OPOLU LUBELSKIM"])
    case, written = _case(path)
    assert str(case["plan"]["data"]) == "2026-02-20" and case["jednostka"]["miejscowosc"] == "Opole Lubelskie", written
    assert "# „KOMENDA POWIATOWA POLICJI”" in written, written


# --- finding 14: a hard wrap after a hanging word inside parts 1 and 2 („… przy ul.” / „Słowackiego 5 …”, „… za” /
# „2025 r. …”) split the paragraph there.

def test_a_hard_wrap_after_a_hanging_word_in_the_prose_parts_keeps_the_paragraph(tmp_path):
    problem = ["W rejonie sklepu przy ul.", "Słowackiego 5 gromadzi się młodzież, co potwierdza analiza KSIP za",
               "2025 r. (27 interwencji)."]
    goal = ["Ograniczenie liczby interwencji przy ul.", "Piłsudskiego o 30%."]
    path, _text, _output = mini_plan(tmp_path, {1: problem, 2: goal}, replace=True)
    case, written = _case(path)
    assert case["zagrozenie"]["opis"] == [" ".join(problem)], written
    assert case["cel"]["opis"] == [" ".join(goal)], written


# --- finding 22: a manual line break inside one Word list item before a capitalised sentence made it two actions.

def test_a_line_break_inside_a_word_list_item_never_starts_an_item(tmp_path):
    import docx
    from docx.enum.text import WD_BREAK

    from test_import import _MINI, _MINI_TITLE, run

    document = docx.Document()
    for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], _MINI[3][0]]:
        document.add_paragraph(line)
    for first, second in [("Wystąpienie do Burmistrza o doświetlenie skweru",
                           "W razie braku odpowiedzi – ponowienie wystąpienia. Termin: do 30.04.2026 r."),
                          ("Patrole w rejonie sklepu", "termin realizacji: IV–VIII 2026 r.")]:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(first).add_break(WD_BREAK.LINE)
        paragraph.add_run(second)
    for line in [*_MINI[4], *_MINI[5]]:
        document.add_paragraph(line)
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    assert run("import", source, "-o", target).exit_code == 0
    case, written = _case(target)
    assert [str(action["termin"]["do"]) for action in case["dzialania"]] == ["2026-04-30", "2026-08-31"], written
    assert case["dzialania"][0]["opis"].startswith("Wystąpienie do Burmistrza"), written
    assert "ręcznym podziale wiersza" in _notes_of(written, "Wystąpienie do Burmistrza"), written


# --- finding 20: a way ticked with a bare „X” beside boxed ways kept the „X” in its text.

def test_a_bare_x_beside_boxed_ways_is_a_tick(tmp_path):
    ways = ["☒ strona internetowa KPP w Puławach", "☐ lokalna prasa", "X zebranie wiejskie"]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["strona internetowa KPP w Puławach", "lokalna prasa", "zebranie wiejskie"], written


def test_a_roman_ten_before_a_name_stays(tmp_path):
    ways = ["☒ strona internetowa KPP w Puławach", "☐ lokalna prasa", "X Festiwal Bezpieczeństwa w Puławach"]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"][-1] == "X Festiwal Bezpieczeństwa w Puławach", written


# --- finding 24: a page of two plans, the second's approval stamp above its title – the stamp was cut between them.

@pytest.mark.parametrize("label", ["ZATWIERDZAM DO REALIZACJI", "ZATWIERDZAM"])
def test_a_stamp_above_the_second_plan_s_title_is_the_second_plan_s(tmp_path, label):
    from test_import import _MINI, _MINI_TITLE, run

    sections = [line for section in _MINI.values() for line in section]
    second = _MINI_TITLE.replace("nr 3", "nr 4")
    stamp = [label, "Komendant Komisariatu Policji w Poniatowej", "kom. Adam Kos", ""]  # the page's way: above
    lines = [*stamp, _MINI_TITLE, *sections, "Sporządził:", "sierż. szt. Paweł Nowicki", "", label,
             "Komendant Komisariatu Policji w Poniatowej", "kom. Jacek Pióro", "", second, *sections, "Sporządziła:",
             "mł. asp. Anna Lis"]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("import", source, "-o", tmp_path).exit_code == 0
    first, other = (_case(tmp_path / f"plan-rejon-{n}.yaml") for n in (3, 4))
    assert _people(other[0])[:3] == ("Anna Lis", "kom.", "Jacek Pióro"), other[1]
    assert f"# „{label}”" not in first[1] and "Jacek Pióro" not in first[1], first[1]
    assert _people(first[0])[1:3] == ("kom.", "Adam Kos"), first[1]


def test_a_word_signature_table_with_the_left_cell_of_a_row_empty_reads_no_second_signature(tmp_path):
    from test_import_rev_imp16 import _docx_plan

    def table(document):
        rows = [("Sporządził:", "Zatwierdzam:"), ("st. sierż. Tomasz Lis", "Kierownik Posterunku Policji w Wąwolnicy"),
                ("", "asp. szt. Jan Mazur")]
        grid = document.add_table(rows=3, cols=2)
        for at, (left, right) in enumerate(rows):
            grid.cell(at, 0).text, grid.cell(at, 1).text = left, right

    case, written = _docx_plan(tmp_path, table)
    assert _people(case) == ("Tomasz Lis", "asp. szt.", "Jan Mazur", "Kierownik Posterunku Policji w Wąwolnicy"), written
    assert "drugi podpis" not in written, written
