"""`pismo import` against the fifth import review (rev-imp5) of issue 17: work counted in children scanned and
generator steps, never in seconds (bench/import_resources.py shows the times)."""

from __future__ import annotations

import io
import sys

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R

from pismo.importer import sources


def _docx(paragraph_xml: str, symbol_style: bool = False) -> bytes:
    document = docx.Document()
    if symbol_style:  # any style in a symbol font makes the reader look at every run's styles
        document.styles.add_style("Punktor", WD_STYLE_TYPE.CHARACTER).font.name = "Wingdings"
    document.element.body.append(parse_xml(paragraph_xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _scanned(monkeypatch) -> list[int]:
    """Children of runs and paragraphs that find() may scan, call by call."""
    scanned = []
    for cls in (CT_R, CT_P):
        original = cls.find
        monkeypatch.setattr(cls, "find", lambda self, *args, _o=original: scanned.append(len(self)) or _o(self, *args))
    return scanned


# --- findings 1 and 2: a run of many w:t pieces, a paragraph of many runs – each piece or run scanned its parent.

def test_a_run_of_many_pieces_is_scanned_once(monkeypatch):
    pieces = 3000
    raw = _docx(f"<w:p {nsdecls('w')}><w:r>" + "<w:t>a</w:t>" * pieces + "</w:r></w:p>")
    scanned = _scanned(monkeypatch)
    lines, _warnings = sources.read_docx(raw)
    assert [line.text for line in lines] == ["a" * pieces]
    assert sum(scanned) <= 10 * pieces, sum(scanned)


def test_a_paragraph_of_many_runs_is_scanned_once_also_with_symbol_styles(monkeypatch):
    runs = 3000
    for symbol_style in (False, True):
        raw = _docx(f"<w:p {nsdecls('w')}>" + "<w:r><w:t>a</w:t></w:r>" * runs + "</w:p>", symbol_style)
        scanned = _scanned(monkeypatch)
        lines, _warnings = sources.read_docx(raw)
        assert [line.text for line in lines] == ["a" * runs]
        assert sum(scanned) <= 20 * runs, (symbol_style, sum(scanned))


# --- finding 6: runs deep in inline markup were handed up through a generator per level.

def test_runs_deep_in_markup_are_read_in_steps_linear_in_the_runs():
    runs, depth = 500, 150
    paragraph = (f"<w:p {nsdecls('w')}>" + '<w:customXml w:element="x">' * depth + "<w:r><w:t>a</w:t></w:r>" * runs
                 + "</w:customXml>" * depth + "</w:p>")
    raw = _docx(paragraph)
    steps = []
    names = {"_shown", "_opened", "_within", "_paragraphs", "_blocks"}
    sys.setprofile(lambda frame, event, _arg: steps.append(1) if event == "call"
                   and frame.f_code.co_name in names else None)
    try:
        lines, _warnings = sources.read_docx(raw)
    finally:
        sys.setprofile(None)
    assert [line.text for line in lines] == ["a" * runs]
    assert len(steps) <= 10 * (runs + depth) + 100, len(steps)


# --- finding 4: paragraphs wrapped in a block-level mc:AlternateContent were skipped without a word.

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _body(*blocks: str) -> bytes:
    document = docx.Document()
    for block in blocks:
        document.element.body.append(parse_xml(block))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_in_block_level_alternate_content_are_read_once():
    actions = "".join(f"<w:p><w:r><w:t>- działanie {n}</w:t></w:r></w:p>" for n in (1, 2, 3))
    raw = _body(f"<w:p {nsdecls('w')}><w:r><w:t>3. Proponowane działania</w:t></w:r></w:p>",
                f"<mc:AlternateContent {nsdecls('w')} {MC}><mc:Choice Requires=\"w14\">{actions}</mc:Choice>"
                f"<mc:Fallback>{actions}</mc:Fallback></mc:AlternateContent>",
                f"<mc:AlternateContent {nsdecls('w')} {MC}><mc:Fallback><w:tbl><w:tr><w:tc><w:p><w:r>"
                "<w:t>- działanie 4</w:t></w:r></w:p></w:tc></w:tr></w:tbl></mc:Fallback></mc:AlternateContent>")
    lines, _warnings = sources.read_docx(raw)
    assert [line.text for line in lines] == ["Proponowane działania"] + [f"działanie {n}" for n in (1, 2, 3, 4)]


# --- finding 3: a table of contents was taken for the plan's parts (a plan of empty parts before the real one).

def _p(text: str, inner: str = "") -> str:
    return f"<w:p {nsdecls('w')}>{inner}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def _contents_docx(*blocks: str) -> bytes:
    document = docx.Document()
    document.styles.add_style("Spis treści 1", WD_STYLE_TYPE.PARAGRAPH)
    for block in blocks:
        document.element.body.append(parse_xml(block))
    document.element.body.append(parse_xml(_p("1. Charakterystyka rejonu")))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_ENTRY = "1. Charakterystyka rejonu\t2"


def _contents_shapes() -> dict[str, list[str]]:
    entry = _ENTRY
    entry = "1. Charakterystyka rejonu\t2"
    field_begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TO'
                   '</w:instrText></w:r><w:r><w:instrText xml:space="preserve">C \\o "1-3" \\h </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    pageref = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText>'
               '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    shapes = {
        "content control": f"<w:sdt {nsdecls('w')}><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
                           f"</w:docPartObj></w:sdtPr><w:sdtContent>{_p('Spis treści')}{_p(entry)}</w:sdtContent></w:sdt>",
        "field": f"<w:p {nsdecls('w')}>{field_begin}<w:r><w:t>1. Charakterystyka rejonu</w:t></w:r>{pageref}</w:p>"
                 f"<w:p {nsdecls('w')}><w:r><w:t>2. Cele</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                 "<w:r><w:t>Plan działania</w:t></w:r></w:p>",
        "style": _p(entry, '<w:pPr><w:pStyle w:val="Spistreści1"/></w:pPr>'),
        "links": f"<w:p {nsdecls('w')}><w:hyperlink w:anchor=\"_Toc123\"><w:r><w:t>{entry}</w:t></w:r></w:hyperlink></w:p>",
    }
    out = {}
    for shape, xml in shapes.items():
        parts = xml.split("</w:p><w:p ") if shape == "field" else [xml]
        out[shape] = [parts[0] + "</w:p>", "<w:p " + parts[1]] if shape == "field" else parts
    return out


@pytest.mark.parametrize("shape", ["content control", "field", "style", "links"])
def test_a_table_of_contents_is_left_out_with_a_note_however_word_marks_it(shape):
    lines, warnings = sources.read_docx(_contents_docx(*_contents_shapes()[shape]))
    texts = [line.text for line in lines]
    assert texts == (["Plan działania"] if shape == "field" else []) + ["Charakterystyka rejonu"], texts
    assert any("spis treści" in warning for warning in warnings), warnings


def test_a_plan_after_a_table_of_contents_is_one_plan():
    """rev-imp5's file: the example plan after Word's table of contents became two case files, the first of empty
    parts."""
    from pathlib import Path

    from pismo.importer import import_plans

    results = import_plans(Path(__file__).parent / "data" / "import" / "spis-tresci.docx")
    assert len(results) == 1, len(results)
    assert "była w tekście pusta" not in results[0].text and "XIII" in results[0].text


# --- finding 5: a list numbered through a list style (w:numStyleLink) lost its numbers.

def test_a_list_numbered_through_a_list_style_shows_its_numbers():
    """rev-imp5's files: the same paragraphs, numbered through Word's list style and directly."""
    from pathlib import Path

    data = Path(__file__).parent / "data" / "import"
    markers = {name: [(line.marker, line.kind) for line in sources.read_source(data / name)[0] if line.kind]
               for name in ("lista-ze-stylu.docx", "lista-wprost.docx")}
    assert ("1.", "number") in markers["lista-ze-stylu.docx"] and ("•", "bullet") not in markers["lista-ze-stylu.docx"]
    assert markers["lista-ze-stylu.docx"] == markers["lista-wprost.docx"]


# --- finding 8: a long action line gave every " – " or "termin" in it the whole rest of the line to read.

def test_a_long_line_of_dashes_or_clauses_gives_each_at_most_a_deadline_to_read(monkeypatch):
    from pismo.importer import dates

    read, original = [], dates.parse_spec
    monkeypatch.setattr(dates, "parse_spec", lambda spec, period: read.append(len(spec)) or original(spec, period))
    for text in ("Kontrole" + " - a" * 10_000, "Kontrole" + " termin x" * 5_000):
        read.clear()
        assert dates.split_deadline(text, None) is None
        assert sum(read) <= 4 * dates._SPEC_SCAN ** 2 // 3, sum(read)
    assert dates.split_deadline("Kontrole skweru – marzec – sierpień 2026 r. " + " " * 5000, None).opis == \
        "Kontrole skweru"


# --- finding 11: a line of many numbered headings gave each the rest of the line to read, and made a Line per cut.

def test_a_line_of_many_headings_reads_a_window_per_heading_and_is_refused_past_the_lines_limit(monkeypatch):
    from pismo.importer import headings, recognise
    from pismo.importer.lines import text_line

    read, original = [], headings._headings_only
    monkeypatch.setattr(headings, "_headings_only", lambda text: read.append(len(text)) or original(text))
    n = 5000
    text = "Tekst" + " 1. Charakterystyka zagrożenia: tekst" * n
    assert len(headings.inner_headings(text)) == n
    assert sum(read) <= len(text) + n * (3 * headings._HEADING_WINDOW + 1), sum(read)
    with pytest.raises(sources.SourceError, match="wierszy"):
        recognise._split_at_headings([text_line("Tekst" + " 1. Charakterystyka zagrożenia: tekst" * 20_001, 1)])


# --- finding 9: a run in Wingdings was read a regular expression per character (9 M characters: 33 s, 870 MB).

def test_a_long_run_in_a_symbol_font_is_translated_by_one_table(monkeypatch):
    from pismo.importer import symbols

    asked, original = [], symbols.symbol_text
    counted = lambda font, code: asked.append(1) or original(font, code)  # noqa: E731
    monkeypatch.setattr(symbols, "symbol_text", counted)
    monkeypatch.setattr(sources, "symbol_text", counted)
    monkeypatch.setattr(symbols, "_TABLES", {}, raising=False)
    run = '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>' + "\u00d8" * 20_000 + "</w:t></w:r>"
    lines, _warnings = sources.read_docx(_docx(f"<w:p {nsdecls('w')}>{run}<w:r><w:t> Kontrole</w:t></w:r></w:p>"))
    assert lines[0].text.replace(" ", "").startswith("➢" * 100) and lines[0].text.endswith("Kontrole")
    assert len(asked) <= 2 * 256, len(asked)


# --- finding 14: a sentence with a link to a heading ("zob. część 5") was taken for a contents line and dropped.

def test_a_sentence_linking_to_a_heading_is_plan_text_and_a_linked_contents_line_is_not():
    sentence = (f"<w:p {nsdecls('w')}><w:r><w:t xml:space=\"preserve\">- Rozmowy z mieszkańcami (o ulotkach zob. </w:t>"
                "</w:r><w:hyperlink w:anchor=\"_Toc152345678\"><w:r><w:t>część 5</w:t></w:r></w:hyperlink>"
                "<w:r><w:t>) – na bieżąco.</w:t></w:r></w:p>")
    contents = (f"<w:p {nsdecls('w')}><w:hyperlink w:anchor=\"_Toc152345678\"><w:r><w:t>5. Sposób informowania</w:t>"
                "</w:r><w:r><w:tab/></w:r><w:r><w:t>4</w:t></w:r></w:hyperlink></w:p>")
    lines, warnings = sources.read_docx(_contents_docx(sentence))
    assert [line.text for line in lines][0] == "Rozmowy z mieszkańcami (o ulotkach zob. część 5) – na bieżąco."
    assert not any("spis treści" in warning for warning in warnings), warnings
    lines, warnings = sources.read_docx(_contents_docx(contents))
    assert [line.text for line in lines] == ["Charakterystyka rejonu"]
    assert any("spis treści" in warning and "5. Sposób informowania" in warning for warning in warnings), warnings


# --- finding 10: signature lines after the signature replaced the officer or vanished without a trace.

@pytest.mark.parametrize("name, kept, named", [
    ("g5-two-signed.txt", "Tomasz Zmyślony", "drugi podpis „Sporządził: asp. Jan Nowak”"),
    ("g8-signed-then-corrected.txt", "Tomasz Zmyślony", "stopien: asp. szt.\n    imie_nazwisko: Jan Nowak"),
    ("g7-bip-footer-sporzadzil.txt", "Tomasz Zmyślony", "„Sporządził: Anna Kowalska”"),
])
def test_signature_lines_after_the_signature_are_read_or_named(name, kept, named):
    from pathlib import Path

    from pismo.importer import import_plans

    [result] = import_plans(Path(__file__).parent / "data" / "import" / name)
    assert result.plan.officer.imie_nazwisko == kept
    assert named in result.text, result.text[:3000]


@pytest.mark.parametrize("name", ["spis-tresci-kropki.txt", "spis-tresci-tabulatory.txt"])
def test_a_typed_table_of_contents_is_left_out_with_a_note(name):
    """rev-imp5's files: "Spis treści" and the part headings with page numbers after dot leaders or a tab."""
    from pathlib import Path

    from pismo.importer import import_plans

    results = import_plans(Path(__file__).parent / "data" / "import" / name)
    assert len(results) == 1, len(results)
    assert "była w tekście pusta" not in results[0].text and "XIII" in results[0].text
    assert any("spis treści" in warning for warning in results[0].plan.warnings), results[0].plan.warnings


# --- finding 15: unticked options of a form ("☐ Ulotki…") were taken for chosen ones, the box for a bullet.

@pytest.mark.parametrize("name, unticked", [("x1-checkbox-options.txt", "☐"), ("x2-checkbox-controls.docx", "☐"),
                                            ("x3-tick-and-cross-marks.txt", "❌")])
def test_an_unticked_option_is_marked_for_checking(name, unticked):
    from pathlib import Path

    from pismo.importer import import_plans

    [result] = import_plans(Path(__file__).parent / "data" / "import" / name)
    marked = [t for t in result.plan.informing if any("niezaznaczone" in note for note in t.notes)]
    assert len(marked) == 2 and "Ulotki" in marked[0].value, [(t.value, t.notes) for t in result.plan.informing]
    assert f"(„{unticked}”)" in result.text


# --- finding 12: text under the signature went into part 5 unmarked (an action became a way of informing).

def test_text_under_the_signature_is_marked_for_checking():
    from pathlib import Path

    from pismo.importer import import_plans

    [result] = import_plans(Path(__file__).parent / "data" / "import" / "g6-text-after-signature.txt")
    marked = [t.value for t in result.plan.informing if any("pod podpisem" in note for note in t.notes)]
    assert marked == ["Ulotki w skrzynkach pocztowych mieszkańców skweru.",
                      "Dodatkowo planuje się patrole rowerowe w okresie letnim."], marked
    assert len(result.plan.informing) == 4


# --- finding 13: a file inserted into a table cell was skipped without the warning a body-level one gets.

def test_a_file_inserted_in_a_cell_is_named_in_a_warning():
    from pathlib import Path

    _lines, warnings = sources.read_source(Path(__file__).parent / "data" / "import" / "i3-altchunk-in-cell.docx")
    assert any("1 wstawiony plik" in warning for warning in warnings), warnings


# --- finding 16: struck-through text was imported as plan text without a word.

def test_struck_through_text_is_named_in_a_warning():
    from pathlib import Path

    _lines, warnings = sources.read_source(Path(__file__).parent / "data" / "import" / "s8-struck-action.docx")
    assert any("przekreślony" in warning and "Wystąpienie do zarządcy terenu" in warning for warning in warnings), \
        warnings


# --- finding 7: the title lines in the page header were neither read nor named.

def test_text_in_the_page_header_is_named_in_a_warning():
    from pathlib import Path

    _lines, warnings = sources.read_source(Path(__file__).parent / "data" / "import" / "e1-title-in-page-header.docx")
    assert any("nagłówek strony" in warning and "rejonu służbowego nr XIII" in warning for warning in warnings), \
        warnings


def test_a_contents_field_never_closed_leaves_the_plan_text():
    """A TOC field whose end is missing (hidden, a damaged file) took every run after it for contents."""
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    lines, warnings = sources.read_docx(_contents_docx(f"<w:p {nsdecls('w')}>{begin}<w:r><w:t>Cele</w:t></w:r></w:p>"))
    assert [line.text for line in lines] == ["Cele", "Charakterystyka rejonu"], [line.text for line in lines]
    assert not any("spis treści" in warning for warning in warnings), warnings
