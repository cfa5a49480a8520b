"""`pismo import` against the seventh import review (rev-imp7) of issue 17: work that grew with nesting or with
objects naming one part, floating text boxes, nested deadline tables, text pasted from a PDF, headings with words
before their number, signs of a Unicode font, mixed encodings and odd packages."""

from __future__ import annotations

import io
import re
import time

import pytest
from docx.oxml.ns import nsdecls
from lxml import etree

from pismo.importer import objects, sources
from test_import_rev_imp6 import _docx, _run, _texts

W = nsdecls("w")
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
DGM = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'




def _cpu(call, *args) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        call(*args)
        best = min(best, time.thread_time() - start)
    return best


# --- finding 1: one SmartArt data part named by many drawings was parsed once per drawing.

def _diagrams(count: int, rids=("rId5",)) -> etree._Element:
    drawing = ('<w:r><w:drawing><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/'
               'diagram"><dgm:relIds r:dm="{}"/></a:graphicData></a:graphic></w:drawing></w:r>')
    runs = "".join(drawing.format(rids[n % len(rids)]) for n in range(count))
    return etree.fromstring(f'<w:body {W} {A} {DGM} {R}><w:tbl><w:tr><w:tc><w:p>{runs}</w:p></w:tc></w:tr></w:tbl>'
                            '</w:body>')


def _data(boxes: list[str]) -> bytes:
    points = "".join(f'<dgm:pt modelId="{n}"><dgm:t><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>'
                     for n, text in enumerate(boxes))
    return f'<dgm:dataModel {DGM} {A}><dgm:ptLst>{points}</dgm:ptLst></dgm:dataModel>'.encode()


def test_a_diagram_data_part_named_by_many_drawings_is_read_once(monkeypatch):
    read = []
    original = objects._diagram_texts
    monkeypatch.setattr(objects, "_diagram_texts", lambda data: read.append(1) or original(data))
    data = _data(["Patrole", "Spotkanie"])
    body = _diagrams(50, ("rId5", "rId6"))  # two relationships naming one part
    assert objects.replace_objects(body, {"rId5": data, "rId6": data}.get) == []
    assert len(read) == 1
    cell_text = "".join(body.itertext())
    assert cell_text.count("Patrole; Spotkanie") == 50


def test_drawings_putting_more_text_than_any_plan_into_the_document_are_refused():
    body = _diagrams(objects.MAX_DIAGRAM_LINES // 2 + 1)
    with pytest.raises(objects.TooMuchText, match="ponad 20000 pól"):
        objects.replace_objects(body, {"rId5": _data(["a", "b"])}.get)
    body = _diagrams(11)
    with pytest.raises(objects.TooMuchText):
        objects.replace_objects(body, {"rId5": _data(["x" * (1024 * 1024)])}.get)


# --- finding 2: nested fractions and powers: each level re-read the text of all levels inside it.

def _nested(kind: str, depth: int, pieces: int) -> etree._Element:
    inner = "<m:r><m:t>x</m:t></m:r>" * pieces
    for _ in range(depth):
        if kind == "f":
            inner = f"<m:f><m:num>{inner}</m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f>"
        else:
            inner = f"<m:sSup><m:e><m:r><m:t>y</m:t></m:r></m:e><m:sup>{inner}</m:sup></m:sSup>"
    return etree.fromstring(f"<w:body {W} {M}><w:p><m:oMath>{inner}</m:oMath></w:p></w:body>")


@pytest.mark.parametrize("kind", ["f", "s"])
def test_nested_equation_parts_are_read_once_whatever_their_depth(kind):
    from pismo.importer.raised import _equations

    shallow, deep = (_cpu(lambda: _equations(_nested(kind, depth, 20_000))) -
                     _cpu(lambda: _nested(kind, depth, 20_000)) for depth in (1, 60))
    assert deep < 5 * shallow, (shallow, deep)


@pytest.mark.parametrize("equation, text", [
    ("<m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r><m:sSup><m:e><m:r><m:t>a</m:t></m:r>"
     "</m:e><m:sup><m:r><m:t>n</m:t></m:r></m:sup></m:sSup></m:sup></m:sSup>", "x^(2aⁿ)"),
    ("<m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r><m:sSup><m:e><m:r><m:t>3</m:t></m:r>"
     "</m:e><m:sup><m:r><m:t>n</m:t></m:r></m:sup></m:sSup></m:sup></m:sSup>", "x²³ⁿ"),
    ("<m:sSub><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sub><m:r><m:t>2</m:t></m:r><m:sSup><m:e><m:r><m:t>k</m:t></m:r>"
     "</m:e><m:sup><m:r><m:t>3</m:t></m:r></m:sup></m:sSup></m:sub></m:sSub>", "x_(2k³)"),
    ("<m:sSub><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sub><m:r><m:t>2</m:t></m:r><m:sSup><m:e><m:r><m:t>1</m:t></m:r>"
     "</m:e><m:sup><m:r><m:t>3</m:t></m:r></m:sup></m:sSup></m:sub></m:sSub>", "x₂₁³"),
    ("<m:f><m:num><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:num>"
     "<m:den><m:r><m:t>3</m:t></m:r></m:den></m:f>", "(1/2)/3"),
    ("<m:f><m:num><m:r><m:t>" + "1" * 40 + "</m:t></m:r></m:num><m:den><m:r><m:t>3</m:t></m:r></m:den></m:f>",
     "(" + "1" * 40 + ")/3"),
])
def test_nested_equation_parts_keep_their_structure(equation, text):
    from pismo.importer.raised import _equations

    body = etree.fromstring(f"<w:body {W} {M}><w:p><m:oMath>{equation}</m:oMath></w:p></w:body>")
    _equations(body)
    assert "".join(body.itertext()) == text


# --- finding 4: nested text boxes: each level re-read the text of every box inside it.

def _boxes(depth: int, pieces: int, props: str = "") -> etree._Element:
    inner = "<w:p><w:r>" + "<w:t/>" * pieces + "<w:t>1. Patrol</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = (f"<w:p><w:r><w:rPr>{props}</w:rPr><w:pict><v:shape><v:textbox><w:txbxContent>{inner}"
                 "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    return etree.fromstring(f'<w:body {W} xmlns:v="urn:schemas-microsoft-com:vml">{inner}</w:body>')


@pytest.mark.parametrize("props", ["", '<w:strike/><w:vertAlign w:val="superscript"/>'])
def test_nested_text_boxes_are_read_once_whatever_their_depth(props):
    from pismo.importer.raised import rewrite_raised

    def read(body):
        rewrite_raised(body, lambda style: None, None, lambda run: False)
        sources._struck(body, {})
        return sources._pieces(body[0])

    shallow, deep = (_cpu(lambda: read(_boxes(depth, 20_000, props))) - _cpu(lambda: _boxes(depth, 20_000, props))
                     for depth in (1, 30))
    assert deep < 5 * shallow, (shallow, deep)
    assert read(_boxes(3, 2, props)) == ["\n\n\n1. Patrol\n\n\n"]  # only boxes: a box's paragraph a line (rev-imp20 #28)


# --- finding 5: a line of more check boxes than a part may have items: every option was built first.

def test_a_line_of_more_options_than_a_part_may_hold_is_refused_before_any_is_built(monkeypatch):
    from pismo.importer import recognise
    from pismo.importer.lines import Line
    from pismo.importer.plan import MAX_ITEMS

    built = []
    monkeypatch.setattr(recognise, "Line", lambda *args, **kwargs: built.append(1) or Line(*args, **kwargs))
    line = Line("☒ lokalne media ☐ prasa" + " ☒ x" * MAX_ITEMS, number=52)
    with pytest.raises(sources.SourceError, match=r"wiersz 52 planu \(pola wyboru ☐ ☒\) ma ponad 1000 pozycji"):
        recognise._split_boxes(line)
    assert not built
    assert len(recognise._split_boxes(Line("☒ lokalne media ☐ prasa" + " ☒ x" * (MAX_ITEMS - 2)))) == MAX_ITEMS


def test_a_plan_with_a_line_of_thousands_of_options_is_refused_with_nothing_written(tmp_path):
    from test_import import _MINI, _MINI_TITLE, run

    lines = [_MINI_TITLE] + [line for section in _MINI.values() for line in section]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines + ["☒ lokalne media ☐ prasa" + " ☒ x" * 5000]) + "\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code != 0 and "(pola wyboru ☐ ☒) ma ponad 1000 pozycji" in result.output, result.output
    assert not (tmp_path / "plan.yaml").exists()


# --- finding 9: a floating text box was read inside the line it is anchored in.

_WPS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def _box(lines: list[str], how: str = "anchor") -> str:
    inner = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    if how == "vml":
        return (f'<w:r><w:pict><v:shape style="position:absolute;margin-left:300pt"><v:textbox><w:txbxContent>{inner}'
                '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    return (f'<w:r><w:drawing><wp:{how}><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
            f'</a:graphicData></a:graphic></wp:{how}></w:drawing></w:r>')


def _lines(*paragraphs: str) -> list:
    return sources.read_docx(_docx(*[f"<w:p {W} {A} {_WPS}>{xml}</w:p>" for xml in paragraphs]))


@pytest.mark.parametrize("how", ["anchor", "vml"])
def test_a_floating_box_is_read_before_its_paragraph_and_marked_when_the_paragraph_has_text(how):
    approval = ["ZATWIERDZAM", "KOMENDANT POWIATOWY POLICJI", "insp. Jan Nowak"]
    lines, warnings = _lines(_box(approval, how) + _run("Informacja dotycząca planu"))
    assert [line.text for line in lines] == approval + ["Informacja dotycząca planu"]
    assert [bool(line.note) for line in lines] == [True, True, True, False]
    assert any("„ZATWIERDZAM / KOMENDANT POWIATOWY POLICJI / insp. Jan Nowak”" in warning for warning in warnings)
    lines, warnings = _lines(_run("Problem na Osiedlu Bobrowniki") + _box(["Zdjęcie: kamera"], how)
                             + _run(" został ustalony."))
    assert [(line.text, bool(line.note)) for line in lines] == [("Zdjęcie: kamera", True),
                                                                ("Problem na Osiedlu Bobrowniki został ustalony.", False)]


def test_a_floating_box_alone_in_its_paragraph_and_an_inline_box_are_read_where_they_stand():
    lines, warnings = _lines(_box(["Tytuł planu"]))
    assert [(line.text, line.note) for line in lines] == [("Tytuł planu", "")] and not warnings
    lines, warnings = _lines(_run("Przed") + _box(["w polu"], "inline") + _run(" po"))
    assert [line.text for line in lines] == ["Przed w polu po"] and not warnings


def test_a_floating_caption_in_part_1_is_its_own_paragraph_marked_for_checking(tmp_path):
    from test_import import run

    raw = _docx(*[f"<w:p {W} {A} {_WPS}>{xml}</w:p>" for xml in (
        _run("Plan działania priorytetowego dla rejonu służbowego nr 7 KPP w Łęcznej na okres od 1.03.2026 r. do "
             "31.08.2026 r."), _run("1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym."),
        _run("Problem na Osiedlu Bobrowniki") + _box(["Zdjęcie: kamera przy ul. Jaśminowej"]) + _run(" został ustalony."),
        _run("2. Zakładany cel do osiągnięcia."), _run("Ograniczenie liczby interwencji."),
        _run("3. Proponowane działania wraz z terminami realizacji."), _run("Patrole – do 31.08.2026 r."),
        _run("4. Podmioty współpracujące."), _run("Urząd Gminy – doświetlenie terenu."),
        _run("5. Proponowany sposób przekazywania informacji."), _run("Strona internetowa KPP."))])
    source = tmp_path / "plan.docx"
    source.write_bytes(raw)
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    part_1 = case[case.index("# 1. "):case.index("# 2. ")]
    assert "Problem na Osiedlu Bobrowniki został ustalony." in part_1
    assert "DO SPRAWDZENIA: tekst pola tekstowego" in part_1 and "Zdjęcie: kamera przy ul. Jaśminowej" in part_1


# --- finding 10: a deadline cell holding a nested "od | … / do | …" table lost its start date.

def _cell(inner: str) -> str:
    return f"<w:tc>{inner}</w:tc>"


def _para(text: str) -> str:
    return f"<w:p>{_run(text)}</w:p>"


def _split_date(*rows: tuple[str, str]) -> str:
    return ("<w:tbl>" + "".join(f"<w:tr>{_cell(_para(label))}{_cell(_para(value))}</w:tr>" for label, value in rows)
            + "</w:tbl><w:p/>")


@pytest.mark.parametrize("rows, text", [
    ((("od", "1.07.2025"), ("do", "31.07.2025")), "od 1.07.2025 do 31.07.2025"),
    ((("Data rozpoczęcia:", "1.09.2025"), ("Data zakończenia:", "30.09.2025")), "od 1.09.2025 do 30.09.2025"),
    ((("Termin do", "31.12.2025 r."),), "do 31.12.2025 r."),
])
def test_a_split_date_cell_reads_as_one_deadline(rows, text):
    raw = _docx(f"<w:tbl {W}><w:tr>" + _cell(_para("1.")) + _cell(_para("Spotkanie z Radą Osiedla"))
                + _cell(_split_date(*rows)) + "</w:tr></w:tbl>")
    (row,) = sources.read_docx(raw)[0]
    assert row.cells == ("1.", "Spotkanie z Radą Osiedla", text)


def test_a_plan_whose_deadline_cells_are_split_keeps_both_dates(tmp_path):
    import yaml

    from test_import import run

    title, *rest = [
        "Plan działania priorytetowego dla rejonu służbowego nr 7 KPP w Łęcznej na okres od 1.03.2026 r. do "
        "31.12.2026 r.", "1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.", "Spożywanie alkoholu.",
        "2. Zakładany cel do osiągnięcia.", "Ograniczenie liczby interwencji.",
        "3. Proponowane działania wraz z terminami realizacji."]
    table = (f"<w:tbl {W}><w:tr>" + _cell(_para("Lp.")) + _cell(_para("Działanie")) + _cell(_para("Termin realizacji"))
             + "</w:tr><w:tr>" + _cell(_para("1.")) + _cell(_para("Spotkanie z Radą Osiedla"))
             + _cell(_split_date(("od", "1.09.2026"), ("do", "30.09.2026"))) + "</w:tr></w:tbl>")
    tail = ["4. Podmioty współpracujące.", "Urząd Gminy – doświetlenie terenu.",
            "5. Proponowany sposób przekazywania informacji.", "Strona internetowa KPP."]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*[f"<w:p {W}>{_run(text)}</w:p>" for text in [title, *rest]], table,
                             *[f"<w:p {W}>{_run(text)}</w:p>" for text in tail]))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    (action,) = yaml.safe_load((tmp_path / "plan.yaml").read_text(encoding="utf-8"))["dzialania"]
    assert action["opis"] == "Spotkanie z Radą Osiedla"
    assert {key: str(value) for key, value in action["termin"].items()} == {"od": "2026-09-01", "do": "2026-09-30"}


# --- finding 11: a header row naming the deadline in two columns ("Od" | "Do") was taken for an action.

@pytest.mark.parametrize("cells", [("Lp.", "Działanie", "Od", "Do"), ("Lp", "Działanie", "Termin od", "Termin do"),
                                   ("Nr", "Zadanie", "Data rozpoczęcia", "Data zakończenia:"),
                                   ("L.p.", "Opis działania", "Od dnia", "Do dnia")])
def test_a_header_row_with_a_two_column_deadline_is_a_header(cells, tmp_path):
    import yaml

    from pismo.importer.items import header_row
    from test_import import mini_plan

    assert header_row(cells)
    assert not header_row(("1.", "Patrole", "od 1.07.2026", "do 31.08.2026"))
    path, _text, output = mini_plan(tmp_path, {3: ["\t".join(cells), "1.\tPatrole piesze\t1.07.2026\t31.08.2026"]},
                                    replace=True)
    actions = yaml.safe_load(path.read_text(encoding="utf-8"))["dzialania"]
    assert [action["opis"] for action in actions] == ["Patrole piesze"], actions
    assert "Pominięto wiersze nagłówków tabel" in output


# --- finding 13: a PDF's text pasted into Word kept its words broken at line ends ("infor- macje").

@pytest.mark.parametrize("breaks", [False, True])
def test_words_broken_at_line_ends_in_a_word_document_are_joined_as_in_a_text_file(breaks):
    wrapped = ["Ustalono w oparciu o infor-", "macje z rejonu działania informacyjno-", "profilaktycznego i bezpiec-",
               "zeństwa."]
    if breaks:  # the lines of one paragraph, ended by line breaks
        raw = _docx(f"<w:p {W}><w:r><w:t>" + "</w:t><w:br/><w:t>".join(wrapped) + "</w:t></w:r></w:p>")
    else:  # each line a paragraph
        raw = _docx(*[f"<w:p {W}>{_run(line)}</w:p>" for line in wrapped])
    lines, warnings = sources.read_docx(raw)
    assert [line.text for line in lines] == [
        "Ustalono w oparciu o informacje z rejonu działania informacyjno-profilaktycznego i bezpieczeństwa."]
    assert "połączono 3 wyrazy podzielone na końcu wiersza (tekst skopiowany z PDF?) – sprawdź pisownię w wyniku" \
        in warnings


def test_a_list_item_or_a_table_row_never_continues_a_line_ending_in_a_hyphen():
    lines, warnings = sources.read_docx(_docx(f"<w:p {W}>{_run('Patrole w rejonie ul. Lipowej –')}</w:p>",
                                              f"<w:p {W}>{_run('spotkanie z mieszkańcami 1-')}</w:p>",
                                              f"<w:tbl {W}><w:tr>{_cell(_para('go'))}{_cell(_para('rzędu'))}</w:tr>"
                                              "</w:tbl>"))
    assert [line.text for line in lines][:2] == ["Patrole w rejonie ul. Lipowej –", "spotkanie z mieszkańcami 1-"]
    assert not any("połączono" in warning for warning in warnings)
    from pismo.importer.lines import Line, rejoin_broken_lines

    items = [Line("Akcja infor-"), Line("macyjna", "1.", "number"), Line("infor-"), Line("x", cells=("x", "y"))]
    assert rejoin_broken_lines(items) == (items, 0)


# --- finding 14: "§ 1.", "Rozdział 1.", "Część 1:", "Ad. 1.", "Pkt 1.", "**1." before a heading's number.

@pytest.mark.parametrize("prefix", ["§ {n}. ", "Rozdział {n}. ", "Część {n}. ", "Część {n}: ", "Ad. {n}. ",
                                    "Pkt {n}. ", "**{n}. ", "ROZDZIAŁ {n} "])
def test_a_heading_numbered_with_a_word_before_its_number_is_a_heading(prefix, tmp_path):
    import yaml

    from test_import import _MINI, _MINI_TITLE, run

    lines = [_MINI_TITLE]
    for number, section in _MINI.items():
        lines += [prefix.format(n=number) + section[0].split(". ", 1)[1] + ("**" if "*" in prefix else "")]
        lines += section[1:]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reference = tmp_path / "reference.txt"
    reference.write_text("\n".join([_MINI_TITLE] + [line for section in _MINI.values() for line in section]) + "\n",
                         encoding="utf-8")
    for path in (source, reference):
        result = run("import", path, "-o", path.with_suffix(".yaml"))
        assert result.exit_code == 0 and "Części planu w tekście: 1, 2, 3, 4, 5 z 5." in result.output, result.output
    got, expected = (yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8")) for path in (source, reference))
    for key in ("zagrozenie", "cel", "dzialania", "partnerzy", "informowanie"):
        assert got[key] == expected[key], key


def test_a_word_before_a_heading_number_inside_a_line_goes_with_the_heading():
    from pismo.importer.headings import inner_headings, parse_heading

    text = "Spożywanie alkoholu w parku. § 2. Zakładany cel do osiągnięcia. Mniej interwencji."
    assert [text[cut:] for cut in inner_headings(text)] == ["§ 2. Zakładany cel do osiągnięcia. Mniej interwencji."]
    assert parse_heading("§ 12 ust. 3 rozporządzenia") is None
    assert parse_heading("Rozdział 2. Cel zostanie osiągnięty, gdy spadnie liczba zdarzeń.") is None


# --- finding 15: OpenSymbol, declared a symbol font by LibreOffice, lost its signs ("o ± 5%" printed "o  5%").

def _with_fonts(raw: bytes, fonts: bytes) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as package, zipfile.ZipFile(out, "w") as copy:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "word/fontTable.xml":
                data = data.replace(b"</w:fonts>", fonts + b"</w:fonts>")
            copy.writestr(info, data)
    return out.getvalue()


def _font_run(text: str, font: str) -> str:
    return _run(text, f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>')


def test_signs_in_opensymbol_are_read_as_typed_and_an_unknown_symbol_font_is_told():
    raw = _docx(f"<w:p {W}>" + _run("Spadek o ") + _font_run("±", "OpenSymbol") + _run(" 5%, ")
                + _font_run("°", "OpenSymbol") + _run("C, ") + _font_run("§", "OpenSymbol") + _run(" 3.") + "</w:p>",
                f"<w:p {W}>" + _font_run("R", "Dingbats Moje") + _run(" Strona internetowa KPP.") + "</w:p>")
    lines, warnings = sources.read_docx(_with_fonts(raw, b'<w:font w:name="OpenSymbol"><w:charset w:val="02"/>'
                                                         b'</w:font><w:font w:name="Dingbats Moje">'
                                                         b'<w:charset w:val="02"/></w:font>'))
    assert [line.text for line in lines] == ["Spadek o ± 5%, °C, § 3.", "Strona internetowa KPP."]
    assert any("czcionkach symboli, których znaków import nie zna (Dingbats Moje)" in warning for warning in warnings)


# --- finding 3 (medium): a Windows-1250 paragraph inside a UTF-8 file lost its letters, told "damaged".

def test_a_windows_1250_paragraph_in_a_utf8_file_is_read_in_its_encoding_and_marked(tmp_path):
    import yaml

    from test_import import _MINI, _MINI_TITLE, run

    lines = [_MINI_TITLE] + [line for section in _MINI.values() for line in section]
    at = lines.index(_MINI[1][1])
    raw = "\n".join(lines).encode("utf-8").replace(lines[at].encode("utf-8"), lines[at].encode("cp1250")) + b"\n"
    checks: dict = {}
    text, warnings = sources.decode_text(raw, checks)
    assert text.splitlines()[at] == lines[at] and list(checks) == [at + 1]
    assert warnings == [f"plik jest w UTF-8, ale wiersz {at + 1} jest w innym kodowaniu (Windows-1250 – wklejony "
                        "ze starego pliku?) – odczytano go w tym kodowaniu; sprawdź polskie znaki w tych miejscach "
                        "wyniku"]
    source = tmp_path / "plan.txt"
    source.write_bytes(raw)
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert "DO SPRAWDZENIA: wiersz odczytano jako Windows-1250" in case.replace("\n    #   ", " ")
    assert yaml.safe_load(case)["zagrozenie"]["opis"] == [lines[at]]


def test_a_stray_byte_in_a_utf8_file_is_still_damage_and_its_line_is_marked():
    raw = "Plan działania\nPrzy sklepie spożywany jest alkohol.\nŁęczna, źródło, żółć, gęś.".encode("utf-8")
    checks: dict = {}
    text, warnings = sources.decode_text(raw.replace(b"sklepie", b"skl\xff\xfepie"), checks)
    assert text.splitlines()[1] == "Przy skl\ufffdpie spożywany jest alkohol." and list(checks) == [2]
    assert "w wierszu 2 są bajty, które nie są znakiem (plik uszkodzony albo urwany)" in warnings[0]
    mixed = raw.replace("spożywany".encode(), "spożywany".encode("cp1250") + b" \x81")  # no letter in 1250
    assert "\ufffd" in sources.decode_text(mixed)[0].splitlines()[1]


# --- findings 16 and 6 (low): a part stored twice; a DTD anywhere in a part.

def _repacked(raw: bytes, change) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as package, zipfile.ZipFile(out, "w") as copy:
        for info in package.infolist():
            change(copy, info, package.read(info))
    return out.getvalue()


def test_a_package_with_a_part_stored_twice_is_refused_by_its_name():
    import warnings as python_warnings

    raw = _docx(f"<w:p {W}>{_run('Komenda Powiatowa Policji w Łęcznej')}</w:p>")

    def twice(copy, info, data):
        copy.writestr(info, data)
        if info.filename == "word/document.xml":
            copy.writestr("Word/Document.xml", data.replace("Łęcznej".encode(), b"Lublinie"))

    with python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore")  # zipfile warns of the duplicate name as it writes it
        doubled = _repacked(raw, twice)
    with pytest.raises(sources.SourceError, match=r"dwie części o tej samej nazwie \(Word/Document.xml\)"):
        sources.read_docx(doubled)


@pytest.mark.parametrize("padding", [0, 5000])
def test_a_dtd_in_a_part_is_refused_by_name_wherever_it_stands(padding):
    raw = _docx(f"<w:p {W}>{_run('numer rejonu')}</w:p>")

    def with_dtd(copy, info, data):
        if info.filename == "word/document.xml":
            head, body = data.split(b"?>", 1)
            data = head + b"?><!--" + b"x" * padding + b'--><!DOCTYPE w:document [<!ENTITY rej "3">]>' + body
        copy.writestr(info, data)

    with pytest.raises(sources.SourceError, match=r"część word/document.xml dokumentu Word zawiera deklaracje "
                                                  r"DOCTYPE/ENTITY"):
        sources.read_docx(_repacked(raw, with_dtd))


# --- finding 7 (low): Word's style separator (a hidden paragraph mark) split one paragraph in two.

@pytest.mark.parametrize("mark", ["<w:vanish/><w:specVanish/>", "<w:vanish/>"])
def test_a_paragraph_whose_mark_is_hidden_goes_on_with_the_next(mark):
    hidden = f"<w:pPr><w:rPr>{mark}</w:rPr></w:pPr>"
    raw = _docx(f"<w:p {W}>{hidden}{_run('Wystąpienie z wnioskiem do Urzędu Miejskiego')}</w:p>",
                f"<w:p {W}>{_run(' – termin do 31.07.2025 r.')}</w:p>",
                f"<w:p {W}><w:pPr><w:rPr><w:vanish w:val='0'/></w:rPr></w:pPr>{_run('Spotkanie.')}</w:p>",
                f"<w:p {W}>{_run('Patrole.')}</w:p>")
    assert _texts(raw) == ["Wystąpienie z wnioskiem do Urzędu Miejskiego – termin do 31.07.2025 r.", "Spotkanie.",
                           "Patrole."]


def test_text_run_in_after_a_numbered_heading_is_not_numbered(tmp_path):
    import yaml

    from test_import import mini_plan

    path, _text, _output = mini_plan(tmp_path, {1: ["1. Charakterystyka zagrożenia. Przy parku spożywany jest alkohol."]},
                                     replace=True, without=(1,))
    problem = yaml.safe_load(path.read_text(encoding="utf-8"))["zagrozenie"]["opis"]
    assert problem == ["Przy parku spożywany jest alkohol."], problem


# --- finding 8 (low): UTF-32 without a BOM was called "not a text file".

@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_bom_is_read_and_told(codec):
    text = "Plan działania priorytetowego – Łęczna\nZakładany cel: mniej zdarzeń.\n"
    decoded, warnings = sources.decode_text(text.encode(codec))
    assert decoded == text
    assert warnings == [f"plik był zapisany w {codec.upper()[:-3]} {codec[-2:].upper()} bez znacznika BOM – odczytano "
                        "go w tym kodowaniu; sprawdź polskie znaki w wyniku"]
    assert sources.decode_text(text.encode("utf-16-le"))[0] == text
    with pytest.raises(sources.SourceError, match="to nie jest plik tekstowy"):
        sources.decode_text(b"\x00" * 64)


# --- finding 12 (low): a web page or Word 2003 XML under another name was told as an old .doc, or imported.

@pytest.mark.parametrize("name", ["plan.doc", "plan.txt", "plan.xml", "plan.docx"])
@pytest.mark.parametrize("content, said", [
    ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument '
     'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>Plan działania</w:t>'
     '</w:r></w:p></w:body></w:wordDocument>', "dokument Word w starym formacie XML (Word 2003)"),
    ("<html><head><meta charset='utf-8'></head><body><p>Plan działania</p></body></html>",
     "kod strony internetowej (HTML)"),
])
def test_markup_under_any_name_is_told_by_what_it_is(tmp_path, name, content, said):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    with pytest.raises(sources.SourceError, match=re.escape(said)):
        sources.read_source(source)


# --- finding 17 (low): a table row deleted by its row mark only (w:trPr/w:del) was read as an action.

def test_a_table_row_deleted_by_its_row_mark_is_not_read():
    deleted = '<w:trPr><w:del w:id="1" w:author="Jan Nowak" w:date="2026-02-10T10:00:00Z"/></w:trPr>'
    inserted = '<w:trPr><w:ins w:id="2" w:author="Jan Nowak" w:date="2026-02-10T10:00:00Z"/></w:trPr>'
    raw = _docx(f"<w:tbl {W}><w:tr>{_cell(_para('1.'))}{_cell(_para('Patrole – do 31.08.2026 r.'))}</w:tr>"
                f"<w:tr>{deleted}{_cell(_para('2.'))}{_cell(_para('Patrole wieczorne – do 31.12.2025 r.'))}</w:tr>"
                f"<w:tr>{inserted}{_cell(_para('3.'))}{_cell(_para('Spotkanie – do 30.09.2026 r.'))}</w:tr></w:tbl>")
    assert [line.cells for line in sources.read_docx(raw)[0]] == [("1.", "Patrole – do 31.08.2026 r."),
                                                                 ("3.", "Spotkanie – do 30.09.2026 r.")]
