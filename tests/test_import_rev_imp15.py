"""`pismo import` against the fifteenth import review (rev-imp15) of issue 17: table cells keep their columns,
the signature area, sections and list introductions outside the five parts."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
import yaml

from pismo.importer.dates import split_deadline
from test_import import mini_plan
from test_import_rev_imp13 import _with_table
from test_import_round3 import _plan


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


def _notes_of(written: str, text: str) -> str:
    """The comment lines right above the list item holding text in a case file."""
    lines = written.splitlines()
    at = next(at for at, line in enumerate(lines) if text in line and not line.lstrip().startswith("#"))
    while not lines[at].lstrip().startswith("- "):  # up to the item's first line („- id: …”)
        at -= 1
    notes = []
    while at and lines[at - 1].lstrip().startswith("#"):
        at -= 1
        notes.insert(0, lines[at].strip(" #"))
    return " ".join(notes)


# --- finding 1: a table row with one empty cell („Osoba odpowiedzialna” nobody named, no date yet) shifted every
# later cell one column left – the action's text left out as the responsible person, the date became the text.

_ACTIONS_TAB = ["Lp.\tDziałanie\tOsoba odpowiedzialna\tTermin realizacji",
                "1.\tWystąpienie do Zarządu Zieleni Miejskiej\tdzielnicowy\tdo 30.04.2026 r.",
                "2.\tWzmożone patrole w rejonie parku\t\tdo 31.08.2026 r.",
                "3.\tKontrole sklepów sprzedających alkohol\tasp. Nowak\t\t",
                "4.\tSpotkanie z dyrekcją Szkoły Podstawowej nr 12\t\t15.05.2026 r."]


def test_an_empty_cell_of_a_pasted_table_keeps_the_other_cells_in_their_columns(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {3: _ACTIONS_TAB}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert [a["opis"] for a in actions] == [
        "Wystąpienie do Zarządu Zieleni Miejskiej", "Wzmożone patrole w rejonie parku",
        "Kontrole sklepów sprzedających alkohol", "Spotkanie z dyrekcją Szkoły Podstawowej nr 12"], written
    assert [str(a["termin"]["do"]) for a in actions] == ["2026-04-30", "2026-08-31", "2026-08-31", "2026-05-15"]
    assert "(„asp. Nowak”)" in written and "(„Wzmożone" not in written, written


def test_an_empty_contact_cell_of_a_partner_table_leaves_the_contact_out(tmp_path):
    rows = ["Lp.\tPodmiot\tOsoba do kontaktu\tZadania",
            "1.\tStraż Miejska Miasta Lublin\tinsp. Adam Wrona\twspólne patrole w parku",
            "2.\tZarząd Zieleni Miejskiej w Lublinie\t\tdoświetlenie alejek",
            "3.\tRada Dzielnicy Kalinowszczyzna\tp. Maria Zawada\t"]
    path, _text, _output = mini_plan(tmp_path, {4: rows}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == [
        "Straż Miejska Miasta Lublin", "Zarząd Zieleni Miejskiej w Lublinie", "Rada Dzielnicy Kalinowszczyzna"], written
    assert "Doświetlenie alejek" in case["partnerzy"][1]["zadania"], written


@pytest.mark.parametrize("empty", [3, 4])
def test_an_empty_cell_of_a_word_table_keeps_the_other_cells_in_their_columns(tmp_path, empty):
    rows = [["Lp.", "Działanie", "Termin realizacji", "Odpowiedzialny", "Uwagi"],
            ["1.", "Kontrole parku", "V–VIII 2026", "dzielnicowy", "wspólnie z SM"],
            ["2.", "Patrole nocne w rejonie pól", "czerwiec 2026", "dzielnicowy, OPP", "ulotki"]]
    rows[2][empty] = ""
    _output, written = _plan(tmp_path, _with_table("3. Proponowane", rows, (
        "· Wystąpienie", "· Nawiązanie współpracy z pracownikami", "· Zorganizowanie", "· Systematyczne spotkania",
        "· Nawiązanie współpracy z przedstawicielami")))
    actions = yaml.safe_load(written)["dzialania"]
    assert actions[1]["opis"] == "Patrole nocne w rejonie pól", written
    assert str(actions[1]["termin"]["do"]) == "2026-06-30", written
    assert "(„czerwiec 2026”)" not in written and "brak terminu" not in written, written


def test_a_number_names_a_thing_and_opens_no_range_of_days():
    period = (dt.date(2026, 3, 1), dt.date(2026, 8, 31))
    found = split_deadline("Spotkanie z dyrekcją Szkoły Podstawowej nr 12 – 15.05.2026 r.", period)
    assert found.opis.endswith("nr 12") and found.termin.od is None and found.termin.do == dt.date(2026, 5, 15)
    assert split_deadline("Patrole 12 – 15.05.2026 r.", period).termin.od == dt.date(2026, 5, 12)


# --- finding 2: an empty „Lp.” cell – left empty, or numbered by Word (no typed text) – was read as „jak w
# wierszu wyżej” of the header row: every action started „Lp – …”.

def _numbered_lp(document, table, style: bool) -> None:
    """The table's „Lp.” cells below the header numbered by Word: by the List Number style or a direct numPr."""
    for row in table.rows[1:]:
        paragraph = row.cells[0].paragraphs[0]
        if style:
            paragraph.style = document.styles["List Number"]
        else:
            paragraph._p.get_or_add_pPr().append(docx.oxml.parse_xml(
                '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))


@pytest.mark.parametrize("lp", ["empty", "style", "numPr"])
def test_an_unnumbered_or_word_numbered_lp_cell_is_no_ditto_of_the_header(tmp_path, lp):
    rows = [("Lp.", "Działanie", "Termin realizacji"), ("", "Kontrole parku", "V–VIII 2026"),
            ("", "Patrole nocne w rejonie pól", "czerwiec 2026")]

    def change(document):
        _with_table("3. Proponowane", rows, (
            "· Wystąpienie", "· Nawiązanie współpracy z pracownikami", "· Zorganizowanie", "· Systematyczne spotkania",
            "· Nawiązanie współpracy z przedstawicielami"))(document)
        if lp != "empty":
            _numbered_lp(document, document.tables[0], lp == "style")

    _output, written = _plan(tmp_path, change)
    actions = yaml.safe_load(written)["dzialania"]
    assert [a["opis"] for a in actions] == ["Kontrole parku", "Patrole nocne w rejonie pól"], written
    assert "jak w wierszu wyżej" not in written, written


# --- finding 3: „Opracowała:” (or „Plan sporządził:”, „Przygotował:”) alone on a line was glued into the last way
# of informing, unmarked; finding 11: the officer's phone and e-mail under the signature became ways of informing.

@pytest.mark.parametrize("label", ["Opracowała:", "        Opracowała:", "Plan sporządził:", "Przygotował:",
                                   "Sporządził i opracował:", "Wykonała"])
def test_a_signature_label_of_other_words_ends_the_plan(tmp_path, label):
    path, _text, output = mini_plan(tmp_path, {5: ["- Facebook KPP w Borównie", label, "st. asp. Jan Kowalski",
                                                   "dzielnicowy"]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Facebook KPP w Borównie"], written
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Jan Kowalski", written


@pytest.mark.parametrize("sentence", ["Wykonała 4 kontrole sklepów.", "Opracowała ulotkę dla mieszkańców."])
def test_a_sentence_opening_with_such_a_verb_stays_plan_text(tmp_path, sentence):
    path, _text, _output = mini_plan(tmp_path, {5: ["- Ulotki.", f"- {sentence}"]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Ulotki.", sentence], written


def test_the_phone_and_e_mail_under_the_signature_are_the_officer_s(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", "Sporządził:", "st. asp. Jan Kowalski",
                                                   "tel. 47 811 22 33", "e-mail: jan.kowalski@lu.policja.gov.pl"]},
                                     replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
    officer = case["osoby"]["dzielnicowy"]
    assert (officer["telefon"], officer["email"]) == ("47 811 22 33", "jan.kowalski@lu.policja.gov.pl"), written


def test_other_text_under_a_two_line_signature_is_marked(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", "Sporządził:", "st. asp. Jan Kowalski",
                                                   "Zespół Dzielnicowych"]}, replace=True)
    _case_, written = _case(path)
    assert "tekst pod podpisem planu" in written.split("- Zespół Dzielnicowych")[0].rsplit("- Rozmowy", 1)[1], written


# --- finding 8: an unnumbered section after part 5 („Ocena realizacji”, „Efekty podjętych działań”, a label
# „Ocena realizacji: …”) and its text became ways of informing, unmarked; numbered („6. Ocena …”) it was marked.

@pytest.mark.parametrize("section", [["Ocena realizacji", "Cel osiągnięto: liczba interwencji spadła z 40 do 26."],
                                     ["Efekty podjętych działań", "Liczba interwencji spadła z 40 do 26."],
                                     ["Ocena realizacji: cel osiągnięto, liczba interwencji spadła z 40 do 26."],
                                     ["Podsumowanie", "Cel osiągnięto."]])
def test_an_unnumbered_section_after_part_5_is_marked(tmp_path, section):
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *section]}, replace=True)
    _case_, written = _case(path)
    for line in section:
        assert "tekst spoza pięciu części planu" in _notes_of(written, line), written


@pytest.mark.parametrize("way", ["Wyniki na stronie internetowej KPP", "Informacja o realizacji podczas spotkań",
                                 "Efekty działań zostaną przedstawione mieszkańcom."])
def test_a_way_of_informing_about_results_is_no_section(tmp_path, way):
    path, _text, _output = mini_plan(tmp_path, {5: ["Rozmowy z mieszkańcami.", way]}, replace=True)
    _case_, written = _case(path)
    assert "tekst spoza pięciu" not in written, written


# --- finding 13: an unbulleted introduction („… w następujący sposób:”, „… następujące działania”) and a closing
# sentence after a dashed list were kept as a way of informing, an action, a partner – unmarked or asked for a
# deadline / tasks.

@pytest.mark.parametrize("colon", [":", ""])
def test_an_unbulleted_introduction_and_closing_sentence_are_marked_in_every_part(tmp_path, colon):
    extra = {3: [f"W ramach realizacji planu dzielnicowy podejmie następujące działania{colon}",
                 "- patrole w rejonie parku – termin: III–VIII 2026 r.,", "- spotkanie z mieszkańcami – kwiecień 2026 r.",
                 "Działania będą realizowane w ramach normalnej służby, we współpracy ze Strażą Miejską."],
             4: [f"Do realizacji planu zaangażowane zostaną następujące podmioty{colon}",
                 "- Straż Miejska w Borównie – wspólne patrole.",
                 "Współpraca z wymienionymi podmiotami będzie miała charakter stały."],
             5: [f"Informacje o planie zostaną przekazane mieszkańcom w następujący sposób{colon}",
                 "- strona internetowa KPP,", "- spotkania z mieszkańcami."]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    _case_, written = _case(path)
    for line in ("W ramach realizacji planu", "Do realizacji planu", "Informacje o planie"):
        if colon and line == "Do realizacji planu":  # a partners' introduction is no partner: quoted in the part's
            said = " ".join(text.strip(" #") for text in written.splitlines() if text.lstrip().startswith("#"))
            assert f"wiersz „{extra[4][0]}” to wstęp do listy podmiotów" in said, written  # note (rev-imp20 #2)
            continue
        notes = _notes_of(written, line)
        assert "wstęp do listy" in notes and "brak terminu" not in notes and "bez jego zadań" not in notes, written
    for line in ("Działania będą realizowane", "Współpraca z wymienionymi"):
        notes = _notes_of(written, line)
        assert "zdanie zamykające listę" in notes and "brak terminu" not in notes and "bez jego zadań" not in notes
    assert "wstęp do listy" not in _notes_of(written, "patrole w rejonie parku"), written


# --- finding 4: in a hard-wrapped .txt the rest of an item after its date („w godz. 10-14,”, „o godz. 18.00 w
# świetlicy RSM,” – its „o” read as Word's bullet –, „(w godzinach 20-23),”) became an action of its own.

@pytest.mark.parametrize("marker, indent", [("1)", "   "), ("-", ""), ("-", "  ")])
def test_the_wrapped_rest_of_an_item_after_its_date_stays_the_item_s(tmp_path, marker, indent):
    numbered = marker == "1)"
    lines = [f"{'1)' if numbered else '-'} znakowanie rowerów we współpracy z RSM – 9 maja 2026 r.", f"{indent}w godz. 10-14,",
             f"{'2)' if numbered else '-'} spotkanie z mieszkańcami bloku przy ul. Pawiej 3 – 14 kwietnia 2026 r.",
             f"{indent}o godz. 18.00 w świetlicy RSM," if numbered else f"{indent}w świetlicy RSM,",
             f"{'3)' if numbered else '-'} kontrole klatek schodowych – do 30 czerwca 2026 r.",
             f"{indent}(w godzinach 20-23)."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert [a["opis"] for a in actions] == [
        "znakowanie rowerów we współpracy z RSM w godz. 10-14",
        "spotkanie z mieszkańcami bloku przy ul. Pawiej 3 " + ("o godz. 18.00 w świetlicy RSM" if numbered
                                                                 else "w świetlicy RSM"),
        "kontrole klatek schodowych (w godzinach 20-23)"], written
    assert [str(a["termin"]["do"]) for a in actions] == ["2026-05-09", "2026-04-14", "2026-06-30"], written
    for action in actions:
        notes = _notes_of(written, action["opis"])
        assert "dalszy ciąg jej" in notes and "brak terminu" not in notes, written


def test_a_line_of_its_own_deadline_under_a_dated_item_is_still_an_item(tmp_path):
    lines = ["- patrole w parku – do 30.06.2026 r.", "kontrole sklepów – do 31.07.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [str(a["termin"]["do"]) for a in case["dzialania"]] == ["2026-06-30", "2026-07-31"], written


# --- finding 9: the unit's town in the nominative was one place of several the locative names („w Tarnowie”:
# Tarnowa, Tarnowo, Tarnów) – Tarnowa, Krosna, Głogowa, Tomaszowo Lubelskie – and said to come from the dictionary.

@pytest.mark.parametrize("located, town", [("Tarnowie", "Tarnów"), ("Krośnie", "Krosno"), ("Głogowie", "Głogów"),
                                           ("Tomaszowie Lubelskim", "Tomaszów Lubelski"), ("Łukowie", "Łuków"),
                                           ("Ostrowie Wielkopolskim", "Ostrów Wielkopolski"),
                                           ("Chrzanowie", "Chrzanów")])
def test_a_town_of_several_places_is_the_town_and_marked(located, town):
    from pismo.importer.writer import _town_note
    from pismo.morph.phrases import town_of

    name = f"Komenda Powiatowa Policji w {located}"
    assert town_of(name) == town
    note = _town_note(town, name)
    assert note.startswith("DO SPRAWDZENIA") and "kilku miejscowości" in note and town in note, note


@pytest.mark.parametrize("located, town", [("Łęcznej", "Łęczna"), ("Lubartowie", "Lubartów"), ("Kutnie", "Kutno")])
def test_a_town_of_one_place_is_said_to_be_the_dictionary_s(located, town):
    from pismo.importer.writer import _town_note
    from pismo.morph.phrases import town_of

    name = f"Komenda Powiatowa Policji w {located}"
    assert town_of(name) == town and _town_note(town, name) == "miejscowość z nazwy jednostki (mianownik ze słownika)"


# --- finding 16: a header written as a form („Dzielnicowy: st. asp. Jan Kowalski” over „Okres realizacji: …”) gave
# the officer „Jan Kowalski Okres”; „Rejon służbowy nr: 7” and a form's „Rejon służbowy nr | 12” were not read.
# Finding 18: „dla rejonu służbowego nr 3 i 4”, „nr 3/4” gave district 3 only, unmarked.

_PARTS = ["1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.", "W parku spożywany jest alkohol.",
          "2. Zakładany cel do osiągnięcia.", "Ograniczenie spożywania alkoholu.",
          "3. Proponowane działania wraz z terminami realizacji poszczególnych etapów/zadań.",
          "- Kontrole parku – na bieżąco.",
          "4. Podmioty współpracujące w realizacji działania priorytetowego wraz ze wskazaniem planowanych przez nie "
          "do realizacji zadań.", "- Straż Miejska w Łęcznej – wspólne patrole.",
          "5. Proponowany sposób przekazywania społeczności rejonu informacji o działaniu priorytetowym.",
          "- Rozmowy z mieszkańcami."]


def _imported(tmp_path, head: list[str]) -> tuple[dict, str, str]:
    from conftest import run

    source = tmp_path / "plan.txt"
    source.write_text("\n".join(head + _PARTS) + "\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case, written = _case(tmp_path / "plan.yaml")
    return case, written, result.output


@pytest.mark.parametrize("district", ["Rejon służbowy nr: 7", "Rejon służbowy nr 7", "Rejon służbowy: 7"])
def test_a_header_written_as_a_form_gives_the_officer_and_the_district(tmp_path, district):
    case, written, _output = _imported(tmp_path, [
        "PLAN DZIAŁANIA PRIORYTETOWEGO", "Komenda Powiatowa Policji w Łęcznej", district,
        "Dzielnicowy: st. asp. Jan Kowalski", "Okres realizacji: 01.03.2026 r. – 31.08.2026 r."])
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Jan Kowalski", written
    assert str(case["rejon"]["numer"]) == "7", written


@pytest.mark.parametrize("numbers", ["nr 3 i 4", "nr 3/4", "nr 3, 4"])
def test_one_district_noun_with_two_numbers_gives_both_marked(tmp_path, numbers):
    case, written, _output = _imported(tmp_path, [
        f"Plan działania priorytetowego dla rejonu służbowego {numbers} Komendy Powiatowej Policji w Łęcznej "
        "na okres od 01.03.2026 r. do 31.08.2026 r."])
    assert [str(d["numer"]) for d in case["rejony"]] == ["3", "4"], written
    assert "w liczbie pojedynczej, ale z kilkoma numerami" in written, written


def test_several_districts_in_the_plural_are_not_marked(tmp_path):
    case, written, _output = _imported(tmp_path, [
        "Plan działania priorytetowego dla rejonów służbowych nr 3 i 4 Komendy Powiatowej Policji w Łęcznej "
        "na okres od 01.03.2026 r. do 31.08.2026 r."])
    assert [str(d["numer"]) for d in case["rejony"]] == ["3", "4"] and "liczbie pojedynczej" not in written, written


# --- finding 20: a goal's target count („do 7 kradzieży”, „nie więcej niż 16 interwencji”, „z 8 do 4 zdarzeń”) was
# written as its baseline.

@pytest.mark.parametrize("goal, baseline, said", [
    ("Ograniczenie liczby kradzieży paliwa o połowę, tj. z 8 do 4 zdarzeń.", 8, None),
    ("Ograniczenie liczby kradzieży o 30%, tj. do 7 kradzieży w okresie realizacji planu.", None, "do 7 kradzieży"),
    ("Zmniejszenie liczby interwencji o 20% – docelowo nie więcej niż 16 interwencji.", None,
     "docelowo nie więcej niż 16 interwencji"),
    ("Ograniczenie liczby zgłoszeń o 10% (w 2025 r. było 40 zgłoszeń).", 40, None)])
def test_a_goal_s_target_count_is_never_its_baseline(goal, baseline, said):
    from pismo.importer.targets import indicators

    found, = indicators([goal])
    assert found.wartosc_wyjsciowa == baseline, found
    assert (said is None) == (not any("liczba docelowa" in note for note in found.notes)), found.notes
    assert said is None or any(f"(„{said}”)" in note for note in found.notes), found.notes


# --- finding 26: sub-items in Word's „List Number 2” under a „List Number” action (another list, its first level,
# indented deeper) became actions; the last took the parent's deadline, unmarked.

@pytest.mark.parametrize("sub_style", ["List Number 2", "List Bullet 2"])
def test_a_deeper_numbered_list_under_an_action_is_its_sub_items(tmp_path, sub_style):
    from docx.shared import Cm

    from conftest import run

    document = docx.Document()
    document.add_paragraph("Plan działania priorytetowego dla rejonu służbowego nr 3 Komendy Powiatowej Policji w "
                           "Łęcznej na okres od 01.03.2026 r. do 31.08.2026 r.")
    for line in _PARTS[:4] + _PARTS[4:5]:
        document.add_paragraph(line)
    document.add_paragraph("Kontrole rejonu parku:", style="List Number")
    document.add_paragraph("w dni robocze w godz. 18–22,", style=sub_style)
    document.add_paragraph("w weekendy w godz. 20–24.", style=sub_style)
    document.add_paragraph("Termin realizacji: III–VIII 2026 r.").paragraph_format.left_indent = Cm(1.27)
    document.add_paragraph("Wystąpienie do Zarządu Zieleni Miejskiej.", style="List Number")
    document.add_paragraph("Termin realizacji: do 31.03.2026 r.").paragraph_format.left_indent = Cm(1.27)
    for line in _PARTS[6:]:
        document.add_paragraph(line)
    source = tmp_path / "plan.docx"
    document.save(str(source))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case, written = _case(tmp_path / "plan.yaml")
    actions = case["dzialania"]
    assert [a["opis"] for a in actions] == ["Kontrole rejonu parku", "Wystąpienie do Zarządu Zieleni Miejskiej"], written
    assert len(actions[0]["podpunkty"]) == 2 and str(actions[0]["termin"]["od"]) == "2026-03-01", written


# --- the fourteenth round's open finding (rev-imp15 #25): a range of months in digits („termin: 03-04.2026 r.”) was
# read as one day (3 April), silently – a day's date has one separator twice.

@pytest.mark.parametrize("spec, start, end", [("03-04.2026 r.", "2026-03-01", "2026-04-30"),
                                              ("05-06.2026", "2026-05-01", "2026-06-30"),
                                              ("3–4.2026", "2026-03-01", "2026-04-30"),
                                              ("03.04.2026 r.", "None", "2026-04-03"),
                                              ("03-04-2026", "None", "2026-04-03"),
                                              ("15-30.04.2026", "2026-04-15", "2026-04-30"),
                                              ("3-4.04.2026", "2026-04-03", "2026-04-04")])
def test_a_range_of_months_in_digits_is_no_day(spec, start, end):
    from pismo.importer.dates import parse_spec

    termin = parse_spec(spec, (dt.date(2026, 3, 1), dt.date(2026, 8, 31)))
    assert (str(termin.od), str(termin.do)) == (start, end), termin


# --- finding 5: a deadline wrapped onto its own dashed line („   – do 20 kwietnia 2026 r.,”) became a sub-item and
# the action got the whole period with a note that no deadline was written.

@pytest.mark.parametrize("marker", ["1)", "-"])
def test_a_dashed_line_of_only_a_deadline_is_the_item_s_deadline(tmp_path, marker):
    lines = [f"{marker} spotkanie z zarządcą budynków w sprawie domofonów", "   – do 20 kwietnia 2026 r.,",
             f"{'2)' if marker == '1)' else '-'} kontrole klatek schodowych – do 30 czerwca 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    first = case["dzialania"][0]
    assert str(first["termin"]["do"]) == "2026-04-20" and not first.get("podpunkty"), written
    assert "brak terminu" not in _notes_of(written, "spotkanie z zarządcą"), written


def test_dated_sub_items_under_an_item_opening_a_list_stay_sub_items(tmp_path):
    lines = ["- Spotkania z mieszkańcami w terminach:", "   – 15.04.2026 r.,", "   – 20.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"][0]["podpunkty"]) == 2, written


# --- finding 24: a pasted table's continuation rows (the number cell empty, the cell's wrapped text on the next
# row) became actions of their own; „o doświetlenie alejek” lost its „o” as Word's bullet.

def test_continuation_rows_of_a_pasted_table_go_on_with_the_row_above(tmp_path):
    rows = ["Lp.\tDziałanie\tTermin", "1.\tPatrole w rejonie parku\tIII–VIII 2026 r.",
            "\tw dni wolne od pracy, ze szczególnym\t", "\tuwzględnieniem placu zabaw\t",
            "2.\tWystąpienie do Zarządu Zieleni Miejskiej\tdo 31.03.2026 r.", "\to doświetlenie alejek\t",
            "3.\tSpotkanie z mieszkańcami\tkwiecień", "\t\t2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: rows}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert [a["opis"] for a in actions] == [
        "Patrole w rejonie parku w dni wolne od pracy, ze szczególnym uwzględnieniem placu zabaw",
        "Wystąpienie do Zarządu Zieleni Miejskiej o doświetlenie alejek", "Spotkanie z mieszkańcami"], written
    assert [str(a["termin"]["do"]) for a in actions] == ["2026-08-31", "2026-03-31", "2026-04-30"], written
    assert all("dalszy ciąg komórek" in _notes_of(written, a["opis"][:20]) for a in actions), written


def test_an_unnumbered_row_of_its_own_deadline_stays_a_row(tmp_path):
    rows = ["Lp.\tDziałanie\tTermin", "1.\tPatrole w rejonie parku\tIII–VIII 2026 r.", "\tUlotki\tdo 30.06.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: rows}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Patrole w rejonie parku", "Ulotki"], written


# --- finding 17: an approval block under the signature („Akceptuję:” / „Naczelnik Wydziału Prewencji” /
# „podinsp. Marek Wrona”): the superior's name vanished from the case file.

@pytest.mark.parametrize("label", ["Akceptuję:", ""])
def test_an_approval_block_under_the_signature_names_the_superior(tmp_path, label):
    block = ["Sporządziła:", "mł. asp. Anna Lis", *([label] if label else []), "Naczelnik Wydziału Prewencji",
             "podinsp. Marek Wrona"]
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", *block]}, replace=True)
    case, written = _case(path)
    people = case["osoby"]
    assert people["dzielnicowy"]["imie_nazwisko"] == "Anna Lis", written
    assert (people["przelozony"]["stopien"], people["przelozony"]["imie_nazwisko"]) == ("podinsp.", "Marek Wrona")
    assert people["przelozony"]["funkcja"] == "Naczelnik Wydziału Prewencji", written


# --- finding 12 (in part): „sierż. sztab.”, a usual spelling of „sierż. szt.”, was no rank – the signature unread.

@pytest.mark.parametrize("rank, usual", [("sierż. sztab.", "sierż. szt."), ("asp. sztab.", "asp. szt.")])
def test_a_rank_spelled_sztab_is_read(tmp_path, rank, usual):
    path, _text, _output = mini_plan(tmp_path, {5: ["- Rozmowy z mieszkańcami.", f"Sporządził: {rank} Jan Kowalski"]},
                                     replace=True)
    case, written = _case(path)
    officer = case["osoby"]["dzielnicowy"]
    assert (officer["stopien"], officer["imie_nazwisko"]) == (usual, "Jan Kowalski"), written


# --- finding 22: an item that is only a rule („- ---”) was left out of the file but counted in the summary.

def test_the_summary_counts_the_actions_written(tmp_path):
    path, _text, output = mini_plan(tmp_path, {3: ["- Patrole w parku – do 30.06.2026 r.", "- ---",
                                                   "- Ulotki – do 31.07.2026 r."]}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 2 and "Działania: 2," in output, output
