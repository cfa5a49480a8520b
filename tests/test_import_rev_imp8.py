"""`pismo import` against the eighth import review (rev-imp8) of issue 17: work that grew quadratically with chains
of joined paragraphs and floating boxes, list items and boxes taken for headings, check boxes in their own column,
drop caps, year-less start dates, header rows and heading words."""

from __future__ import annotations

import time

import pytest
from lxml import etree

from pismo.importer import sources
from pismo.importer.lines import Line
from test_import_rev_imp6 import _docx, _run
from test_import_rev_imp7 import _WPS, _box, _lines, A, W


def _cpu(call) -> float:
    """The least thread time of three runs: a ratio of two sizes is steady on a busy machine."""
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        call()
        best = min(best, time.thread_time() - start)
    return best


def _grows_linearly(work, small: int) -> bool:
    """Four times the input costs well under the sixteen times a quadratic walk takes."""
    return _cpu(lambda: work(4 * small)) < 8 * _cpu(lambda: work(small))


# --- finding 18: a chain of paragraphs with hidden or deleted marks was joined quadratically.

def _chain(count: int, mark: str) -> etree._Element:
    chain = f'<w:p><w:pPr><w:rPr>{mark}</w:rPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>' * count
    return etree.fromstring(f'<w:body {W}><w:p>{_run("Tekst")}</w:p>{chain}<w:p>{_run("koniec")}</w:p></w:body>')


@pytest.mark.parametrize("mark", ["<w:vanish/>", '<w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/>'])
def test_a_chain_of_joined_paragraphs_is_joined_in_linear_time(mark):
    body = _chain(3, mark)
    sources._join_deleted_marks(body)
    assert ["".join(p.itertext()) for p in body] == ["Tekst", "aaakoniec"]
    assert body[1].find("{*}pPr/{*}rPr/{*}vanish") is None and body[1].find("{*}pPr/{*}rPr/{*}del") is None

    def join(count):
        body = _chain(count, mark)
        sources._join_deleted_marks(body)
        assert len(body) == 2
    assert _grows_linearly(join, 3000)


# --- finding 19: many floating text boxes in one paragraph were read quadratically.

def test_many_floating_boxes_in_one_paragraph_are_read_in_linear_time():
    lines, warnings = _lines(_box(["Fot. 1"]) + _box(["Fot. 2"]) + _run("Tekst akapitu."))
    assert [(line.text, bool(line.note)) for line in lines] == [("Fot. 1", True), ("Fot. 2", True),
                                                                ("Tekst akapitu.", False)]

    def read(count):
        raw = _docx(f"<w:p {W} {A} {_WPS}>{_box([]) * count}{_run('Tekst')}</w:p>")
        assert [line.text for line in sources.read_docx(raw)[0]] == ["Tekst"]
    assert _grows_linearly(read, 1500)


# --- findings 15 and 20: a list item or label reading like a part's short label vanished as a repeated heading, or
# switched parts and took the lines after it along.

def _case(tmp_path, extra: dict) -> tuple[dict, str]:
    import yaml
    from test_import import mini_plan

    path, _text, _output = mini_plan(tmp_path, extra)
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


def _words(value) -> str:
    return " ".join(_words(v) for v in value.values()) if isinstance(value, dict) else \
        " ".join(_words(v) for v in value) if isinstance(value, list) else str(value)


def test_a_list_item_reading_like_a_label_of_its_own_part_stays_where_it_stands_marked(tmp_path):
    case, text = _case(tmp_path, {1: ["• Diagnoza", "• Wniosek do UM"], 4: ["· Współpraca"],
                                  5: ["· Informowanie mieszkańców"]})
    assert "Diagnoza" in _words(case["zagrozenie"]) and "Wniosek do UM" in _words(case["zagrozenie"])
    assert [partner["nazwa"] for partner in case["partnerzy"]][-1] == "Współpraca"
    assert _words(case["informowanie"]).endswith("Informowanie mieszkańców")
    assert text.count("wygląda jak nagłówek tej części planu") == 3


@pytest.mark.parametrize("label", ["Cel: wymiana 5 kamer do końca roku.", "Partnerzy: Urząd Miejski w Borównie."])
def test_a_label_of_a_passed_or_later_part_under_an_action_is_no_heading(tmp_path, label):
    case, text = _case(tmp_path, {3: [label, "- Patrole piesze – do 31.08.2026 r."]})
    assert [action["opis"] for action in case["dzialania"]] == ["Kontrole rejonu sklepu", label,
                                                               "Patrole piesze"]
    assert _words(case["cel"]).count("Ograniczenie spożywania alkoholu.") == 1 and "kamer" not in _words(case["cel"])
    assert len(case["partnerzy"]) == 1
    assert "zaczyna się jak nagłówek części" in text


def test_a_label_of_a_later_part_whose_heading_comes_later_is_text(tmp_path):
    case, text = _case(tmp_path, {1: ["Działania: dotychczas podejmowane były patrole.", "Kolejne zdanie opisu."]})
    assert "Działania: dotychczas podejmowane były patrole." in _words(case["zagrozenie"])
    assert "Kolejne zdanie opisu." in _words(case["zagrozenie"])
    assert len(case["dzialania"]) == 1 and "ma własny nagłówek dalej" in text


# --- finding 16: a SmartArt in a sentence cut it and glued its last box to the sentence's rest.

def _diagram_paragraph(before: str, after: str, how: str) -> str:
    dgm = ('<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
           '<dgm:relIds r:dm="rId77"/></a:graphicData></a:graphic>')
    drawing = f"<w:r><w:drawing><wp:{how}>{dgm}</wp:{how}></w:drawing></w:r>"
    return f"<w:p>{_run(before)}{drawing}{_run(after)}</w:p>"


@pytest.mark.parametrize("how", ["anchor", "inline"])
def test_a_smartart_in_a_sentence_is_read_apart_before_it_and_marked(how):
    from test_import_rev_imp7 import DGM, R, _data

    body = etree.fromstring(f"<w:body {W} {A} {DGM} {R} {_WPS}>"
                            + _diagram_paragraph("Problem na Osiedlu Bobrowniki", " został ustalony.", how)
                            + "</w:body>")
    from pismo.importer import objects

    objects.replace_objects(body, {"rId77": _data(["Diagnoza", "Wniosek do UM", "Wymiana kamer"])}.get)
    numbering = type("N", (), {"marker": lambda self, p: ("", "", 0)})()
    lines = sources._paragraph_lines(body[0], numbering, 1)
    assert [(line.text, line.note == sources.DIAGRAM_NOTE) for line in lines] == [
        ("Diagnoza", True), ("Wniosek do UM", True), ("Wymiana kamer", True),
        ("Problem na Osiedlu Bobrowniki został ustalony.", False)]
    assert "diagramy SmartArt wstawione w zdanie: „Diagnoza / Wniosek do UM / Wymiana kamer”" in \
        sources._floating_warning(lines)[0]


# --- finding 10: check boxes in their own column, typed "[ ]" or legacy form fields: unticked options became ways
# of informing unmarked, or lost their box.

_UNCHOSEN = "niezaznaczone pole albo krzyżyk („☐”)"


def _legacy_box(on: str, how: str = "default") -> str:
    state = f'<w:default w:val="{on}"/>' if how == "default" else f'<w:default w:val="0"/><w:checked w:val="{on}"/>'
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox>'
            f'<w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> '
            'FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_a_legacy_form_check_box_is_read_as_its_sign():
    lines, _warnings = sources.read_docx(_docx(*[f"<w:p {W}>{xml}</w:p>" for xml in (
        _legacy_box("1") + _run(" Strona KPP"), _legacy_box("0") + _run(" Ulotki"),
        _legacy_box("1", "checked") + _run(" Media"), _legacy_box("0", "checked") + _run(" Prasa"))]))
    assert [(line.marker, line.text) for line in lines] == [("☒", "Strona KPP"), ("☐", "Ulotki"), ("☒", "Media"),
                                                            ("☐", "Prasa")]


def test_boxes_in_a_column_of_their_own_or_typed_in_brackets_are_the_options_bullets(tmp_path):
    case, text = _case(tmp_path, {5: ["☒\tStrona internetowa KPP.", "Ulotki w skrzynkach pocztowych.\t☐",
                                      "[x] Informowanie podczas obchodu.", "[ ] Za pośrednictwem lokalnych mediów."]})
    assert case["informowanie"][1:] == ["Strona internetowa KPP.", "Ulotki w skrzynkach pocztowych.",
                                        "Informowanie podczas obchodu.", "Za pośrednictwem lokalnych mediów."]
    assert text.count(_UNCHOSEN) == 2


def test_a_word_forms_check_box_column_marks_the_options_not_chosen(tmp_path):
    from test_import import _MINI, _MINI_TITLE, run

    def row(box: str, option: str) -> str:
        return f"<w:tr><w:tc><w:p>{box}</w:p></w:tc><w:tc><w:p>{_run(option)}</w:p></w:tc></w:tr>"

    table = (f"<w:tbl {W}>" + row(_legacy_box("1"), "Strona internetowa KPP.") + row(_legacy_box("0"), "Ulotki.")
             + row(_run("☒"), "Obchód rejonu.") + row(_run("☐"), "Lokalne media.") + "</w:tbl>")
    lines = [_MINI_TITLE] + [line for section in _MINI.values() for line in section][:-1]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*[f"<w:p {W}>{_run(line)}</w:p>" for line in lines], table))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    import yaml

    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["informowanie"] == ["Strona internetowa KPP.", "Ulotki.", "Obchód rejonu.",
                                                    "Lokalne media."]
    assert text.count(_UNCHOSEN) == 2


# --- finding 5: a drop cap split the paragraph's first word ("G łównym zakładanym celem…").

_BIG = '<w:sz w:val="80"/>'


def _cap(letter: str, kind: str = "drop") -> str:
    return (f'<w:p {W}><w:pPr><w:framePr w:dropCap="{kind}" w:lines="3" w:wrap="around" w:vAnchor="text" '
            f'w:hAnchor="text"/></w:pPr>{_run(letter, _BIG)}</w:p>')


@pytest.mark.parametrize("kind", ["drop", "margin"])
def test_a_drop_cap_is_the_start_of_the_next_paragraphs_first_word(kind):
    lines, _warnings = sources.read_docx(_docx(
        _cap("G", kind), f"<w:p {W}>{_run('łównym zakładanym celem jest poprawa.')}</w:p>",
        _cap("W", kind), f"<w:p {W}><w:bookmarkEnd w:id='0'/>{_run(' rejonie służbowym nr 3.')}</w:p>",
        f'<w:p {W}><w:pPr><w:framePr w:w="2000" w:h="500" w:wrap="around"/></w:pPr>{_run("Ramka")}</w:p>',
        f"<w:p {W}>{_run('Dalszy tekst.')}</w:p>"))
    assert [line.text for line in lines] == ["Głównym zakładanym celem jest poprawa.", "W rejonie służbowym nr 3.",
                                             "Ramka", "Dalszy tekst."]


# --- finding 13: a bookmark's or comment's end between two paragraphs stopped a deleted mark's join.

@pytest.mark.parametrize("between", ['<w:bookmarkEnd w:id="0"/>', '<w:commentRangeEnd w:id="1"/>'])
def test_markup_between_paragraphs_does_not_stop_a_deleted_marks_join(between):
    body = etree.fromstring(f'<w:body {W}><w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{_run("Patrole w rejonie")}'
                            f'</w:p>{between}<w:p>{_run(" ul. Długiej – do 31.08.2026 r.")}</w:p></w:body>')
    sources._join_deleted_marks(body)
    assert ["".join(p.itertext()) for p in body.iter(f"{{{sources._W[1:-1]}}}p")] == [
        "Patrole w rejonie ul. Długiej – do 31.08.2026 r."]


# --- finding 17: a range whose start has no year ("od 15.07 do 31.07.2025") lost its start, left in the action.

@pytest.mark.parametrize("deadline, start, end", [
    ("termin realizacji od 15.07 do 31.07.2025 roku", (7, 15), (7, 31)),
    ("termin realizacji 1-30.09.2025 r.", (9, 1), (9, 30)),
    ("15-31.07.2025 r.", (7, 15), (7, 31)),
    ("od 15 do 31 lipca 2025 r.", (7, 15), (7, 31)),
    ("15.07-31.07.2025 r.", (7, 15), (7, 31)),
    ("1.07 – 31.12.2025 r.", (7, 1), (12, 31)),
    ("termin: od 01.07 do 31.12.2025r.", (7, 1), (12, 31)),
    ("termin: 1.10 - 31.03.2026 r.", (10, 1), (3, 31)),  # the start a year before its end
])
def test_a_range_whose_start_leaves_out_the_year_takes_the_end_dates(deadline, start, end):
    import datetime as dt

    from pismo.importer.dates import split_deadline

    period = (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    found = split_deadline(f"Patrole w rejonie ul. Wiklinowej – {deadline}", period)
    assert found.opis == "Patrole w rejonie ul. Wiklinowej"
    end_year = 2026 if end[0] < 7 else 2025
    assert (found.termin.od, found.termin.do) == (dt.date(2025, *start), dt.date(end_year, *end))


# --- finding 7: header rows with other usual column names, or marked by Word as the header, became an action.

@pytest.mark.parametrize("cells", [
    ("Lp.", "Proponowane działania", "Termin realizacji"), ("Lp.", "Podmiot współpracujący", "Planowane zadania"),
    ("Lp.", "Przedsięwzięcie", "Termin"), ("L.p.", "Nazwa podmiotu", "Zakres zadań"),
    ("L.p.", "Rodzaj działania", "Termin wykonania"), ("L.p.", "Instytucja", "Zadania do realizacji"),
    ("Lp.", "Działanie i termin")])
def test_usual_column_names_make_a_header_row(cells):
    from pismo.importer.items import header_row

    assert header_row(cells)


@pytest.mark.parametrize("cells", [("1.", "Patrole piesze", "do 31.08.2026 r."), ("Straż Miejska", "Wspólne patrole"),
                                   ("Działania", "Patrole w rejonie ul. Długiej")])
def test_a_row_of_the_plans_own_text_is_no_header_row(cells):
    from pismo.importer.items import header_row

    assert not header_row(cells)


def imported_with_actions_table(tmp_path, table: str) -> str:
    """The case file `pismo import` makes of the small plan whose part 3 is the given table."""
    from test_import import _MINI, _MINI_TITLE, run

    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], _MINI[3][0]]]
    rest = [f"<w:p {W}>{_run(line)}</w:p>" for line in [*_MINI[4], *_MINI[5]]]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs, table, *rest))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    return (tmp_path / "plan.yaml").read_text(encoding="utf-8")


def test_a_row_word_marks_as_the_tables_header_is_left_out_whatever_its_words(tmp_path):
    import yaml

    def row(cells, header=False):
        mark = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
        return f"<w:tr>{mark}" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in cells) + "</w:tr>"

    table = (f"<w:tbl {W}>" + row(["Nr kol.", "Co robimy", "Kiedy"], header=True)
             + row(["1.", "Patrole piesze w rejonie sklepu", "do 31.08.2026 r."]) + "</w:tbl>")
    text = imported_with_actions_table(tmp_path, table)
    assert [action["opis"] for action in yaml.safe_load(text)["dzialania"]] == ["Patrole piesze w rejonie sklepu"]
    assert "„Nr kol. | Co robimy | Kiedy”" in text


# --- finding 14: a word before every heading's number not on the list ("Dział 1.", "Etap 1.", "Ust. 1.") stayed as
# text, an action and a partner.

@pytest.mark.parametrize("word", ["Dział", "Etap", "Ust.", "Sekcja"])
def test_any_word_before_the_parts_own_number_goes_with_the_heading(tmp_path, word):
    import yaml
    from test_import import _MINI, _MINI_TITLE, run

    lines = [_MINI_TITLE]
    for number, section in _MINI.items():
        lines += [f"{word} {section[0]}"] + section[1:]
    lines[3] += " Ograniczenie liczby interwencji."  # a heading with its text after it: "Dział 2. Zakładany cel…"
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0 and "Części planu w tekście: 1, 2, 3, 4, 5 z 5." in result.output, result.output
    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert word.rstrip(".") not in text.replace("Działania", "").replace("działania", "")
    case = yaml.safe_load(text)
    assert len(case["dzialania"]) == 1 and len(case["partnerzy"]) == 1
    assert "Ograniczenie liczby interwencji." in _words(case["cel"])


def test_a_word_before_another_number_or_before_one_heading_only_is_text():
    from pismo.importer.headings import word_numbered
    from pismo.importer.recognise import prepare

    assert word_numbered("Etap 1. Zakładany cel do osiągnięcia.") is None
    assert word_numbered("Rozdział 3 raportu o stanie bezpieczeństwa") is None
    assert word_numbered("Etap 2. Zakładany cel do osiągnięcia.") == ("etap", 5)
    lines = prepare([Line("Tekst 1. Charakterystyka zagrożenia: tekst", number=1), Line("Patrole.", number=2)])
    assert lines[0].text == "Tekst"


# --- finding 4: a word in Windows-1250 inside a UTF-8 line became one "�", told "plik uszkodzony".

@pytest.mark.parametrize("codec", ["cp1250", "iso-8859-2"])
def test_a_word_in_an_old_encoding_inside_a_utf8_line_is_read_and_marked(tmp_path, codec):
    from test_import import _MINI, _MINI_TITLE, run

    lines = [_MINI_TITLE] + [line for section in _MINI.values() for line in section]
    raw = "\n".join(lines).encode("utf-8").replace(
        "spożywany jest alkohol.".encode("utf-8"),
        "spożywany jest alkohol – sklep w ".encode("utf-8") + "Łęcznej, ośmielają".encode(codec) + b" .")
    source = tmp_path / "plan.txt"
    source.write_bytes(raw + b"\n")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    assert "uszkodzony" not in result.output and "w innym kodowaniu" in result.output
    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert "sklep w Łęcznej, ośmielają" in " ".join(text.split()) and "�" not in text
    assert "sprawdź polskie znaki" in text


# --- finding 12: check-box options over many lines were all split before the part's item limit was applied.

def test_check_box_options_over_many_lines_are_refused_once_the_part_passes_the_limit(tmp_path, monkeypatch):
    from pismo.importer import recognise
    from test_import import _MINI, _MINI_TITLE, run

    split, original = [], recognise._split_boxes
    monkeypatch.setattr(recognise, "_split_boxes", lambda *args: split.append(1) or original(*args))
    lines = [_MINI_TITLE] + [line for section in _MINI.values() for line in section]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines + ["☒ lokalne media" + " ☒ x" * 299] * 40) + "\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code != 0 and "część 5 planu (pola wyboru ☐ ☒) ma ponad 1000 pozycji" in result.output
    assert len(split) < 20 and not (tmp_path / "plan.yaml").exists()


# --- finding 1: Word 2003 XML (or a web page) saved in UTF-16 was imported with its tags.

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("name", ["plan.txt", "plan.doc"])
def test_markup_in_utf16_or_utf32_is_told_by_what_it_is(tmp_path, codec, name):
    from test_import import run

    xml = ('<?xml version="1.0" encoding="UTF-16" standalone="yes"?><?mso-application progid="Word.Document"?>'
           '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r>'
           '<w:t>Plan działania priorytetowego</w:t></w:r></w:p></w:body></w:wordDocument>')
    source = tmp_path / name
    source.write_bytes(xml.encode(codec))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code != 0 and "starym formacie XML (Word 2003)" in result.output, result.output
    assert not (tmp_path / "plan.yaml").exists()


# --- finding 6: a floating text box in a table cell was split off but neither warned nor marked.

def test_a_floating_box_in_a_cell_is_marked_and_warned_as_in_the_body():
    cell = f"<w:p>{_run('Zamieszczenie informacji')}{_box(['Fot. 1'])}{_run(' na stronie KPP.')}</w:p>"
    raw = _docx(f"<w:tbl {W} {A} {_WPS}><w:tr><w:tc>{cell}</w:tc></w:tr></w:tbl>")
    lines, warnings = sources.read_docx(raw)
    assert [(line.text, bool(line.note)) for line in lines] == [("Fot. 1", True),
                                                                ("Zamieszczenie informacji na stronie KPP.", False)]
    assert any("„Fot. 1”" in warning for warning in warnings)


# --- finding 21: actions written as form lines "Działanie: …" / "Termin realizacji: …" kept the label.

def test_a_forms_label_before_an_action_is_left_out_of_its_description(tmp_path):
    case, _text = _case(tmp_path, {3: ["Działanie: Patrole piesze w rejonie sklepu.", "Termin realizacji: do 31.08.2026 r.",
                                       "Zadanie nr 2: Spotkanie z mieszkańcami – do 30.06.2026 r."]})
    assert [action["opis"] for action in case["dzialania"]][1:] == ["Patrole piesze w rejonie sklepu",
                                                                   "Spotkanie z mieszkańcami"]
