"""`pismo import` against the thirteenth import review (rev-imp13) of issue 17: fixes that listed words or signs
failed on the next wording – ranges typed without spaces, other tick glyphs, other labels, other numbers."""

from __future__ import annotations

import pytest
import yaml
from docx.oxml import parse_xml

from test_import import mini_plan
from test_import_review import W
from test_import_round3 import _paragraph, _plan


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- finding 4: a range typed without spaces around its dash („VII–IX”, „lipiec-wrzesień”, „III–IV kw.”) was
# cut at its own dash: the action kept „… w okresie VII”, the deadline was the last month or quarter only.

@pytest.mark.parametrize("tail, start, end", [
    ("Spotkania w okresie IV–VI 2026 r.", "2026-04-01", "2026-06-30"),
    ("Spotkania: kwiecień-czerwiec 2026 r.", "2026-04-01", "2026-06-30"),
    ("Spotkania: kwiecień–czerwiec 2026 r.", "2026-04-01", "2026-06-30"),
    ("Spotkania w II–III kw. 2026 r.", "2026-04-01", "2026-09-30"),
    ("Spotkania w II-III kwartale 2026 r.", "2026-04-01", "2026-09-30")])
def test_a_range_typed_without_spaces_is_one_deadline(tmp_path, tail, start, end):
    line = f"- Kontrole rejonu sklepu przy ul. Lipowej. {tail}"
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert action["opis"] == "Kontrole rejonu sklepu przy ul. Lipowej. Spotkania", written
    assert (str(action["termin"]["od"]), str(action["termin"]["do"])) == (start, end), written


def test_a_hyphenated_word_before_a_month_is_no_range(tmp_path):
    line = "- Spotkania w szkole podstawowej i gimnazjum, zajęcia pozalekcyjno-czerwiec 2026 r."
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert "pozalekcyjno-czerwiec 2026 r" in action["opis"], written


# --- findings 6 and 13: part 5 ticked with other signs than the listed pairs – „⬛/⬜”, „▣/□”, a leading „TAK/NIE”,
# typed boxes „<x>/< >”, „{X}/{ }”, a column of „X/_” – kept the rejected way as chosen, unmarked.

_UNTICKED_NOTE = "niezaznaczone pole albo krzyżyk"
_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
_WAYS = ["Strona internetowa KPP.", "Prasa lokalna.", "Rozmowy z mieszkańcami."]


@pytest.mark.parametrize("ticked, empty", [("⬛", "⬜"), ("▣", "□"), ("◆", "◇"), ("★", "☆"), ("TAK", "NIE"),
                                           ("<x>", "< >"), ("{X}", "{ }"), ("X", "_"), ("x", "__"), ("<X>", "<>")])
def test_any_ticked_and_empty_pair_marks_the_rejected_way(tmp_path, ticked, empty):
    lines = [f"{ticked} {_WAYS[0]}", f"{empty} {_WAYS[1]}", f"{ticked} {_WAYS[2]}"]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == _WAYS, written
    assert written.count(_UNTICKED_NOTE) == 1, written


@pytest.mark.parametrize("lines", [["▪ Strona internetowa KPP.", "▪ Prasa lokalna."],
                                   ["X Strona internetowa KPP.", "X Prasa lokalna."],
                                   ["- Strona internetowa KPP.", "- NIE planujemy ulotek, lecz spotkania."]])
def test_one_sign_alone_is_a_bullet_not_a_box(tmp_path, lines):
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert _UNTICKED_NOTE not in written, written


@pytest.mark.parametrize("font, chosen, rejected, shown", [("Wingdings", "\uf0fc", "\uf071", "❑"),
                                                           ("Wingdings", "þ", "¨", "◻")])
def test_word_list_bullets_of_a_tick_and_an_empty_box_are_a_form(tmp_path, font, chosen, rejected, shown):
    def change(document):
        numbering = document.part.numbering_part.element
        for num, glyph in (("91", chosen), ("92", rejected)):
            numbering.insert(0, parse_xml(
                f'<w:abstractNum {W} w:abstractNumId="{num}"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
                f'<w:lvlText w:val="{glyph}"/><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
                '</w:lvl></w:abstractNum>'))
            numbering.append(parse_xml(f'<w:num {W} w:numId="{num}"><w:abstractNumId w:val="{num}"/></w:num>'))
        for start, num in (("· Zamieszczenie", "91"), ("Informowanie podczas realizacji", "92"),
                           ("· Informowanie podczas obchodu", "91"), ("· Za pośrednictwem", "91")):
            paragraph = _paragraph(document, start)
            for text in paragraph.iter(_T):
                text.text = text.text.removeprefix("· ")
            paragraph.insert(0, parse_xml(f'<w:pPr {W}><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/>'
                                          '</w:numPr></w:pPr>'))
    _output, written = _plan(tmp_path, change)
    assert written.count(_UNTICKED_NOTE) == 1 and f"(„{shown}”)" in written, written
    note = written.index(_UNTICKED_NOTE)
    assert written.index("- Informowanie podczas realizacji") > note > written.index("- Zamieszczenie"), written


# --- finding 12: yes/no answer columns marked with „+”, „1/0”, or one „Planowany (T/N)” column: the rejected way
# kept as chosen with the mark printed („Ulotki – +”, „Ulotki – 0 – 1”, „Ulotki – N”), the header a way.

@pytest.mark.parametrize("header, rows", [
    ("Sposób\tTAK\tNIE", ["Strona KPP\t+\t", "Ulotki\t\t+", "Zebrania\t+\t"]),
    ("Sposób\tTak\tNie", ["Strona KPP\t1\t0", "Ulotki\t0\t1", "Zebrania\t1\t0"]),
    ("Sposób\tTak\tNie", ["Strona KPP\t●\t", "Ulotki\t\t●", "Zebrania\t●\t"]),
    ("Sposób\tTak\tNie", ["Strona KPP\tX\t-", "Ulotki\t-\tX", "Zebrania\tX\t-"]),
    ("Sposób informowania\tPlanowany (T/N)", ["Strona KPP\tT", "Ulotki\tN", "Zebrania\tT"]),
    ("Sposób informowania\tRealizacja (1/0)", ["Strona KPP\t1", "Ulotki\t0", "Zebrania\t1"]),
    ("Sposób informowania\tZastosowano (tak/nie)", ["Strona KPP\t+", "Ulotki\t-", "Zebrania\t+"]),
])
def test_any_yes_and_no_mark_in_answer_columns_is_an_answer(tmp_path, header, rows):
    path, _text, _output = mini_plan(tmp_path, {5: [header, *rows]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona KPP", "Ulotki", "Zebrania"], written
    assert written.count(_UNTICKED_NOTE) == 1, written
    assert written.index(_UNTICKED_NOTE) < written.index("- Ulotki"), written


# --- finding 8: two-level numbers without a final dot („3.1 ”, „3.1<TAB>”, „3.1) ”) and „§ 1.” were no list markers:
# actions „3.1 – Wystąpienie …”, partners named „4.1”, ways „5.1 – …”.

@pytest.mark.parametrize("number", ["{part}.{k} ", "{part}.{k}\t", "{part}.{k}) ", "§ {k}. "])
def test_two_level_numbers_and_paragraph_signs_are_item_numbers(tmp_path, number):
    def numbered(part, texts):
        return [number.format(part=part, k=k) + text for k, text in enumerate(texts, 1)]

    actions = ["Kontrole rejonu sklepu – do 30.06.2026 r.", "Spotkanie z mieszkańcami – do 31.07.2026 r."]
    partners = ["Straż Miejska w Borównie. Wspólne patrole.", "Rada Osiedla Lipowa. Ulotki dla mieszkańców."]
    ways = ["Strona internetowa KPP.", "Prasa lokalna."]
    path, _text, _output = mini_plan(tmp_path, {3: numbered(3, actions), 4: numbered(4, partners),
                                                5: numbered(5, ways)}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu", "Spotkanie z mieszkańcami"], written
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Borównie", "Rada Osiedla Lipowa"], written
    assert case["informowanie"] == ways, written


def test_an_amount_opening_a_line_is_no_number():
    from pismo.importer.lines import split_marker

    assert split_marker("2.5 mln zł przeznaczono na monitoring.")[0] == ""
    assert split_marker("31.07 r. spotkanie")[0] == ""


# --- finding 2: partners labelled otherwise than the listed „Podmiot N:” / „Zadania:” – „Zadania do realizacji:”,
# „Zadania podmiotu:”, „Podmiot nr 1 – X”, „Nazwa podmiotu: X”, „Podmiot współpracujący 1:”, „– zadania:” – made
# partners named by the label.

_PARTNERS = [("Straż Miejska w Borównie", "Wspólne patrole w rejonie sklepu."),
             ("Rada Osiedla Lipowa", "Ulotki dla mieszkańców.")]


@pytest.mark.parametrize("form", [
    "Podmiot {k}: {name}\nZadania do realizacji: {tasks}",
    "- {name}\nZadania podmiotu: {tasks}",
    "Podmiot nr {k} – {name}. Zadania: {tasks}",
    "{k}) Nazwa podmiotu: {name}\nZadania: {tasks}",
    "Podmiot współpracujący {k}: {name}\nZakres zadań: {tasks}",
    "{k}. {name}\n– zadania: {tasks}",
    "- {name}. Planowane zadania: {tasks}",
    "Partner nr {k} – {name}\nZadania partnera: {tasks}"])
def test_any_partner_and_tasks_label_is_a_label(tmp_path, form):
    lines = [line for k, (name, tasks) in enumerate(_PARTNERS, 1)
             for line in form.format(k=k, name=name, tasks=tasks).split("\n")]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p.get("zadania")) for p in case["partnerzy"]] == _PARTNERS, written


# --- finding 9: labelled attribute lines under an item („Odpowiedzialny: …”, „Miernik: …”, „Uwagi: …”, „Osoba do
# kontaktu: …”) became items of their own – actions, a partner named „Osoba do kontaktu” with a phone as tasks.

@pytest.mark.parametrize("label", ["Odpowiedzialny: asp. Jan Kowalski", "Miernik: pismo wysłane do UM.",
                                   "Uwagi: wniosek złożony w biurze podawczym.", "Osoba odpowiedzialna za realizację: asp. Jan Lis",
                                   "Wskaźnik realizacji: liczba spotkań", "Koszt: 0 zł"])
def test_an_attribute_line_under_an_action_is_no_action(tmp_path, label):
    lines = ["- Kontrole rejonu sklepu.", "Termin: do 30.06.2026 r.", label, "- Spotkanie z mieszkańcami – do 31.07.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu", "Spotkanie z mieszkańcami"], written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-06-30", written
    assert f"„{label}”" in written.replace("\n  #   ", " "), written


def test_a_contact_line_under_a_partner_is_no_partner(tmp_path):
    contact = "Osoba do kontaktu: Jan Nowak, przewodniczący Rady, tel. 601 234 567"
    lines = ["- Rada Osiedla Lipowa. Ulotki dla mieszkańców.", contact, "- Straż Miejska w Borównie. Wspólne patrole."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Rada Osiedla Lipowa", "Ulotki dla mieszkańców."), ("Straż Miejska w Borównie", "Wspólne patrole.")], written
    assert "Jan Nowak" in written and "601 234 567" in written, written


# --- finding 10: a partner's continuation row in a table with the name cell empty, „〃” or „jw.” was a partner
# of its own (named by its task, „〃”, „jw.”); a deadline cell „jw.” / „〃” was glued to the action.

def _table_xml(rows) -> str:
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    return f"<w:tbl {W}>" + "".join("<w:tr>" + "".join(cell.format(text) for text in row) + "</w:tr>"
                                    for row in rows) + "</w:tbl>"


def _with_table(heading: str, rows, drop: tuple[str, ...]):
    def change(document):
        for start in drop:
            paragraph = _paragraph(document, start)
            paragraph.getparent().remove(paragraph)
        _paragraph(document, heading).addnext(parse_xml(_table_xml(rows)))
    return change


@pytest.mark.parametrize("ditto", ["", "〃", "jw.", "j.w.", "-"])
def test_a_partner_row_without_its_own_name_continues_the_partner_above(tmp_path, ditto):
    rows = [("Lp.", "Nazwa podmiotu", "Zadania podmiotu"), ("1.", "Straż Miejska w Łęcznej", "Wspólne patrole."),
            ("", ditto, "Kontrole parku."), ("2.", "Rada Osiedla Bobrowniki", "Ulotki dla mieszkańców.")]
    _output, written = _plan(tmp_path, _with_table("4. Podmioty", rows, ("· Urząd", "· Rada", "· Spółdzielnia")))
    case = yaml.safe_load(written)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Łęcznej", "Rada Osiedla Bobrowniki"], written
    assert case["partnerzy"][0]["zadania"] == "Wspólne patrole. Kontrole parku.", written


def test_a_ditto_deadline_cell_is_the_deadline_above(tmp_path):
    rows = [("Lp.", "Działanie", "Termin realizacji"), ("1.", "Kontrole parku", "do 31.10.2025 r."),
            ("2.", "Spotkania z mieszkańcami", "jw."), ("3.", "Ulotki", "〃")]
    _output, written = _plan(tmp_path, _with_table("3. Proponowane", rows, (
        "· Wystąpienie", "· Nawiązanie współpracy z pracownikami", "· Zorganizowanie", "· Systematyczne spotkania",
        "· Nawiązanie współpracy z przedstawicielami")))
    case = yaml.safe_load(written)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole parku", "Spotkania z mieszkańcami", "Ulotki"], written
    assert [str(a["termin"]["do"]) for a in case["dzialania"]] == ["2025-10-31"] * 3, written
    assert written.count("jak w wierszu wyżej") >= 2, written


# --- finding 7: an approval or signature block after part 5 without a person's name („Zatwierdzam / Komendant
# Powiatowy Policji w Borównie”, „Uzgodniono: / Kierownik …”, „Dzielnicowy rejonu nr 3”) became ways of informing.

@pytest.mark.parametrize("block", [["Zatwierdzam", "Komendant Powiatowy Policji w Borównie"],
                                   ["Uzgodniono:", "Kierownik Zespołu Dzielnicowych", "Wydział Prewencji KPP w Borównie"],
                                   ["Dzielnicowy rejonu nr 3"], ["Akceptuję", "I Zastępca Komendanta Powiatowego Policji"]])
def test_a_signature_block_without_a_name_is_no_way_of_informing(tmp_path, block):
    path, _text, output = mini_plan(tmp_path, {5: ["- Strona internetowa KPP.", "", *block]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona internetowa KPP."], written
    assert all(line in written for line in block), written


@pytest.mark.parametrize("way", ["Komenda Powiatowa Policji w Borównie – strona internetowa",
                                 "Dzielnicowy podczas obchodu rejonu", "Wydział Prewencji KPP w Borównie"])
def test_a_way_of_informing_naming_the_police_stays_a_way(tmp_path, way):
    path, _text, _output = mini_plan(tmp_path, {5: ["- Strona internetowa KPP.", "", way]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona internetowa KPP.", way], written


# --- finding 19: short unbulleted lines in lower case, one way of informing a line („strona internetowa KPP” /
# „ulotki w skrzynkach pocztowych”), were glued into one way, unmarked.

_LOWER_WAYS = ["strona internetowa KPP w Borównie", "ulotki w skrzynkach pocztowych", "spotkania z mieszkańcami",
               "lokalne media"]


def test_short_lower_case_lines_are_items_of_their_own(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {5: _LOWER_WAYS}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == _LOWER_WAYS, written


@pytest.mark.parametrize("lines, joined", [
    (["- Kontrole rejonu sklepu przy ul. Długiej prowadzone wspólnie ze Strażą Miejską",
      "wieczorami – do 30.06.2026 r."],
     "Kontrole rejonu sklepu przy ul. Długiej prowadzone wspólnie ze Strażą Miejską wieczorami"),
    (["- Kontrole rejonu sklepu", "w godzinach wieczornych – do 30.06.2026 r."],
     "Kontrole rejonu sklepu w godzinach wieczornych")])
def test_a_lower_case_line_going_on_with_a_sentence_stays_in_it(tmp_path, lines, joined):
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == [joined], written


# --- finding 5: a hard-wrapped .txt (45–90 columns, with or without a hanging indent under bullets) split actions
# and partners at each line opening with a capital; „31.07.2025 roku.” after „do dnia” was an action of its own;
# a line after „np.” a partner.

@pytest.mark.parametrize("width", [45, 55, 72, 90])
@pytest.mark.parametrize("indent", ["", "  "])
def test_a_hard_wrapped_plan_keeps_its_items(tmp_path, width, indent):
    import textwrap

    from helpers import REFERENCE
    from conftest import run
    lines = []
    for line in REFERENCE.read_text(encoding="utf-8").split("\n"):
        lines += textwrap.wrap(line, width, subsequent_indent=indent if line.startswith("·") else "") or [""]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case, written = _case(tmp_path / "plan.yaml")
    assert len(case["dzialania"]) == 5 and len(case["partnerzy"]) == 3, written
    if (width, indent) == (45, ""):  # „…w Łęcznej.” / „Informowanie…” (an unbulleted way): a wrap or not, marked
        assert len(case["informowanie"]) == 3 and "dołączono wiersz zaczynający się wielką literą" in written, written
    else:
        assert len(case["informowanie"]) == 4, written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2025-07-31", written
    assert case["dzialania"][1]["opis"].startswith("Nawiązanie współpracy z pracownikami Urzędu Miejskiego"), written
    assert case["partnerzy"][2]["nazwa"].startswith("Spółdzielnia Mieszkaniowa"), written


# --- finding 1: sub-bullets of any sign under an action ending with „:” – indented „•”, „·”, „▪”, or a dash right
# under a „·” item – became actions named by a street.

@pytest.mark.parametrize("sub", ["   • ", "   · ", "   ▪ ", "\t► ", "- "])
def test_any_bullet_under_an_open_action_is_its_sub_item(tmp_path, sub):
    streets = [("Jaśminowej", "30.04.2026"), ("Wiosennej", "31.05.2026"), ("Wierzbowej", "30.06.2026")]
    lines = ["· Spotkania z mieszkańcami ulic:", *(f"{sub}{street} – do {date} r.," for street, date in streets),
             "· Kontrole rejonu sklepu – na bieżąco."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Spotkania z mieszkańcami ulic", "Kontrole rejonu sklepu"], written
    assert case["dzialania"][0]["podpunkty"] == [f"{street} – do {date} r." for street, date in streets], written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-06-30", written


def test_a_numbered_action_ending_with_a_colon_leaves_the_next_number_an_action(tmp_path):
    lines = ["1. Spotkania z mieszkańcami ulic Jaśminowej i Wiosennej w sprawie:", "2. Kontrole rejonu sklepu – na bieżąco."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 2, written


# --- finding 3: ways of informing answered in other words („: nie przewiduje się”, „– n/d”, „– odstąpiono”) were
# kept as chosen; „(nie).” took the way's final stop and glued the next way to it.

@pytest.mark.parametrize("answer", [": nie przewiduje się.", " – n/d.", " – odstąpiono.", " – nie realizowano.",
                                    " (nie).", " – N/D", ": zrezygnowano."])
def test_any_no_answer_is_an_unticked_option(tmp_path, answer):
    lines = ["· Strona internetowa KPP – tak.", f"· Prasa lokalna{answer}", "Rozmowy podczas obchodu rejonu.",
             "· Ulotki – tak."]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    stop = "." if answer.endswith(".") else ""  # the way ends as it did: „(nie).” leaves its stop
    assert case["informowanie"] == ["Strona internetowa KPP.", f"Prasa lokalna{stop}", "Rozmowy podczas obchodu rejonu.",
                                    "Ulotki."], written
    # the note quotes the words answering, never a box the text lacks (rev-imp20 #22)
    assert written.count("ta pozycja ma odpowiedź") == 1 and _UNTICKED_NOTE not in written, written


@pytest.mark.parametrize("label", ["Forma 1: ", "Sposób informowania nr 1: ", "Kanał 1: ", "Sposób: "])
def test_any_numbered_label_before_a_way_is_left_out(tmp_path, label):
    path, _text, _output = mini_plan(tmp_path, {5: [f"- {label}Strona internetowa KPP."]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona internetowa KPP."], written


# --- finding 17: a street named by a date after a dash („Patrole: ul. 3 Maja – ul. 1 Maja”) was cut out of the
# action as an unread deadline.

@pytest.mark.parametrize("place", ["ul. 1 Maja", "al. 3 Maja", "rondo 11 Listopada", "Plac 3 Maja"])
def test_a_place_named_by_a_date_after_a_dash_stays_in_the_action(tmp_path, place):
    path, _text, _output = mini_plan(tmp_path, {3: [f"- Patrole: ul. Długa – {place}"]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert action["opis"] == f"Patrole: ul. Długa – {place}", written
    assert "nie odczytano terminu" not in written, written


# --- finding 18: a deadline written before the action („Do dnia 31.07.2026 roku – Wystąpienie …”, „[do dnia …]
# Wystąpienie …”) was unread: the whole period, the deadline left at the start of the printed action.

@pytest.mark.parametrize("line", ["- Do dnia 30.06.2026 roku – Wystąpienie z wnioskiem do Urzędu Miejskiego.",
                                  "- [do dnia 30.06.2026 roku] Wystąpienie z wnioskiem do Urzędu Miejskiego.",
                                  "- (do 30.06.2026 r.) Wystąpienie z wnioskiem do Urzędu Miejskiego.",
                                  "- Czerwiec 2026 r. – Wystąpienie z wnioskiem do Urzędu Miejskiego."])
def test_a_deadline_before_the_action_is_its_deadline(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert action["opis"] == "Wystąpienie z wnioskiem do Urzędu Miejskiego.", written
    assert str(action["termin"]["do"]) == "2026-06-30" and "brak terminu" not in written, written


def test_a_bracket_or_dash_opening_an_action_without_a_date_stays_in_it(tmp_path):
    line = "- Urząd Miejski – wystąpienie z wnioskiem (pismo) – do 30.06.2026 r."
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert action["opis"] == "Urząd Miejski – wystąpienie z wnioskiem (pismo)", written


# --- finding 14: a partner's address and phone in brackets after its name stayed in the name, unmarked.

_ADDRESS_NOTE = "po nazwie podmiotu jest adres"


@pytest.mark.parametrize("address", [" (ul. Bobrowniki 12, tel. 81 752 10 00)", " (tel. 81 752 10 00)",
                                     ", tel. 601 234 567", " (21-010 Borów, Długa 5)", " (81 752 10 00)"])
def test_an_address_or_phone_after_a_partners_name_is_marked(tmp_path, address):
    path, _text, _output = mini_plan(tmp_path, {4: [f"- Rada Osiedla Bobrowniki{address}. Wspólne patrole."]},
                                     replace=True)
    case, written = _case(path)
    [partner] = case["partnerzy"]
    assert _ADDRESS_NOTE in written and address.strip(" –()") in written, written


@pytest.mark.parametrize("name", ["Szkoła Podstawowa nr 2 (SP 2)", "Straż Miejska – Referat Prewencji",
                                  "Rada Osiedla (kadencja 2024-2028)"])
def test_a_name_without_an_address_is_not_marked(tmp_path, name):
    path, _text, _output = mini_plan(tmp_path, {4: [f"- {name}. Wspólne patrole."]}, replace=True)
    _case_, written = _case(path)
    assert _ADDRESS_NOTE not in written, written


# --- finding 16: part labels in other words („Opis problemu:”, „Planowane przedsięwzięcia:”) were no headings: the
# actions went into the goal.

@pytest.mark.parametrize("labels", [
    ("Opis problemu:", "Cel działań:", "Planowane przedsięwzięcia:", "Partnerzy:", "Informowanie mieszkańców:"),
    ("Diagnoza zagrożenia:", "Zakładany cel:", "Proponowane zadania:", "Podmioty współpracujące:",
     "Przekazywanie informacji:"),
    ("Charakterystyka problemu:", "Cel:", "Czynności:", "Współpraca:", "Sposób informowania:")])
def test_part_labels_in_other_words_are_headings(tmp_path, labels):
    text = "\n".join(["Plan działania priorytetowego dla rejonu służbowego nr 3 Komendy Powiatowej Policji w Borównie "
                      "na okres od 01.03.2026 r. do 31.08.2026 r.",
                      labels[0], "Przy sklepie na ul. Długiej spożywany jest alkohol.",
                      labels[1], "Ograniczenie spożywania alkoholu.",
                      labels[2], "- Kontrole rejonu sklepu – na bieżąco.", "- Spotkanie z mieszkańcami – do 30.04.2026 r.",
                      labels[3], "- Straż Miejska w Borównie. Wspólne patrole.",
                      labels[4], "- Rozmowy z mieszkańcami."]) + "\n"
    from conftest import run
    source = tmp_path / "plan.txt"
    source.write_text(text, encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case, written = _case(tmp_path / "plan.yaml")
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu", "Spotkanie z mieszkańcami"], written
    assert case["cel"]["opis"] == ["Ograniczenie spożywania alkoholu."], written
    assert case["zagrozenie"]["opis"] == ["Przy sklepie na ul. Długiej spożywany jest alkohol."], written
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Borównie"], written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written


# --- „Osoba odpowiedzialna: asp. …” under an action (a plan's responsible officer) was taken for a web page's
# footer („Osoba odpowiedzialna za treść: …”): the plan ended there, the rest of it left out.

def test_a_responsible_officer_line_is_no_page_footer(tmp_path):
    lines = ["- Kontrole rejonu sklepu – na bieżąco.", "Osoba odpowiedzialna: asp. Jan Kowalski"]
    path, _text, output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu"], written
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."] and case["partnerzy"], written
    assert "Osoba odpowiedzialna: asp. Jan Kowalski" in written, written


def test_a_pages_responsible_person_still_ends_the_plan(tmp_path):
    path, _text, output = mini_plan(tmp_path, {}, ["Osoba odpowiedzialna za treść: Jan Nowak",
                                                   "Dzielnicowi zapraszają na festyn rodzinny"])
    case, written = _case(path)
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
