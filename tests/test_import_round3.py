"""`pismo import` against the third red-team review of issue 17: Word text that was lost, glued or taken although
Word hides it, parts that escaped the element budget, and the line numbers of stray bytes."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml

from helpers import REFERENCE
from test_import import run
from test_import_review import W, _plan_docx, _with_parts
from pismo.importer import sources
from pismo.importer.sources import read_source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINES = REFERENCE.read_text(encoding="utf-8").splitlines()


def _plan(tmp_path, change, name: str = "plan") -> tuple[str, str]:
    """Import the example plan as a .docx after change(document) edited it; (output, case file text)."""
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    change(document)
    source, target = tmp_path / f"{name}.docx", tmp_path / f"{name}.yaml"
    document.save(str(source))
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    return result.output, target.read_text(encoding="utf-8")


def _paragraph(document, start: str):
    return next(p._p for p in document.paragraphs if p.text.startswith(start))


def _wrap(element, wrapper_xml: str, inner: str | None = None) -> None:
    """Put element inside a wrapper (its innermost element named inner, else the wrapper itself)."""
    wrapper = parse_xml(wrapper_xml)
    target = wrapper if inner is None else next(wrapper.iter(_W + inner))
    element.addprevious(wrapper)
    target.append(element)


SDT = f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>"
CUSTOM = f'<w:customXml {W} w:element="dzialania"/>'


# --- finding 1: content controls around table rows and cells are opened, as around paragraphs.

def test_rows_and_cells_inside_content_controls_are_read(tmp_path):
    def change(document):
        heading = _paragraph(document, "4. Podmioty")
        table = document.add_table(rows=2, cols=2)
        for row, (who, task) in zip(table.rows, [("Straż Miejska w Łęcznej", "Wspólne patrole w rejonie skweru."),
                                                 ("Zarząd Zieleni Miejskiej", "Przycięcie krzewów przy alejkach.")]):
            row.cells[0].text, row.cells[1].text = who, task
        heading.addnext(table._tbl)
        rows = table._tbl.findall(_W + "tr")
        _wrap(rows[0], SDT, "sdtContent")  # a repeating section: w:sdt/w:sdtContent/w:tr
        _wrap(rows[1].findall(_W + "tc")[1], SDT, "sdtContent")
    output, text = _plan(tmp_path, change)
    for said in ("Straż Miejska w Łęcznej", "Wspólne patrole w rejonie skweru", "Przycięcie krzewów"):
        assert said in text, said


# --- finding 2: block-level custom XML markup is as transparent as a content control.

def test_paragraphs_inside_custom_xml_are_read(tmp_path):
    def change(document):
        for start in ("· Wystąpienie z wnioskiem", "· Nawiązanie współpracy z pracownikami"):
            _wrap(_paragraph(document, start), CUSTOM)
    output, text = _plan(tmp_path, change)
    assert "Wystąpienie z wnioskiem do Urzędu Miejskiego" in text
    assert "Nawiązanie współpracy z pracownikami" in text
    assert "była w tekście pusta" not in text


# --- finding 3: a positional tab reads as a tab, never glues the words around it.

def test_a_positional_tab_separates_words(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    for run_xml in parse_xml(f'<w:p {W}><w:r><w:t>Kontrole skweru wieczorem</w:t></w:r><w:r><w:ptab '
                             'w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'
                             '<w:r><w:t>do 30.11.2025 r.</w:t></w:r></w:p>'):
        paragraph._p.append(run_xml)
    source = tmp_path / "plan.docx"
    document.save(str(source))
    [line] = read_source(source)[0]
    assert "wieczoremdo" not in line.text and line.text.split() == "Kontrole skweru wieczorem do 30.11.2025 r.".split()


# --- finding 4: hidden text (w:vanish, directly or by style) is left out and named in a warning.

HIDDEN_STYLE = (f'<w:style {W} w:type="character" w:styleId="Notatka"><w:name w:val="Notatka"/>'
                '<w:rPr><w:vanish/></w:rPr></w:style>')


@pytest.mark.parametrize("how", ["direct", "style", "shown"])
def test_hidden_text_is_left_out_and_named(tmp_path, how):
    def change(document):
        document.styles.element.append(parse_xml(HIDDEN_STYLE))
        paragraph = _paragraph(document, "· Systematyczne spotkania")
        rpr = {"direct": "<w:vanish/>", "style": '<w:rStyle w:val="Notatka"/>', "shown": '<w:vanish w:val="0"/>'}[how]
        paragraph.insert(1, parse_xml(f"<w:r {W}><w:rPr>{rpr}</w:rPr><w:t>NOTATKA UKRYTA tel. 600 100 200 </w:t>"
                                      "</w:r>"))
    output, text = _plan(tmp_path, change)
    if how == "shown":
        assert "NOTATKA UKRYTA" in text and "ukryty" not in output
        return
    assert "Systematyczne spotkania" in text
    body = text.split("okres:", 1)[1]  # the warning heads the file; the plan's text after it
    assert "NOTATKA UKRYTA" not in body and "600 100 200" not in body
    assert "tekst ukryty" in output and "„NOTATKA UKRYTA tel. 600 100 200”" in output, output


# --- finding 5: every part counts towards the element budget, whatever its name; attributes count too.

ATTRIBUTES = b"<w:p " + b" ".join(b'a%x=""' % i for i in range(600_000)) + b"/>"  # 6 MB a part


@pytest.mark.parametrize("parts", [
    {"word/h1.bin": b"<w:p/>" * 1_100_000},
    {"word/header9.XML": b"<w:p/>" * 1_100_000},
    {"word/header8.xml": ATTRIBUTES, "word/header9.xml": ATTRIBUTES},
], ids=["bin", "upper-case", "attributes"])
def test_parts_of_any_name_and_attributes_count_towards_the_budget(tmp_path, monkeypatch, parts):
    source = tmp_path / "plan.docx"
    source.write_bytes(_with_parts(_plan_docx(), {name: f"<w:hdr {W}>".encode() + body + b"</w:hdr>"
                                                  for name, body in parts.items()}))
    parsed = []
    monkeypatch.setattr(docx, "Document", lambda *args: parsed.append(args))
    with pytest.raises(sources.SourceError, match="znaczników i atrybutów XML"):
        read_source(source)
    assert not parsed


# --- finding 6: the lines of stray bytes are named right, found in one pass over the text.

def test_many_stray_bytes_name_their_lines(tmp_path):
    raw = [line.encode("utf-8") for line in LINES]
    for n in (2, 5, 6, 11, 13, 14, 15, 16, 17, 18, 19):
        raw[n - 1] += b" \xff\xfe ok \xff"
    source = tmp_path / "plan.txt"
    source.write_bytes(b"\n".join(raw) + b"\n")
    _lines, warnings = read_source(source)
    [warning] = [w for w in warnings if "UTF-8" in w]
    assert "w wierszach 2, 5, 6, 11, 13, 14, 15, 16, 17, 18 (i 1 innych)" in warning, warning


# --- finding 8: an equation's text is text, a ruby guide is not glued to its word, an embedded file is named.

M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def test_equation_ruby_and_embedded_file(tmp_path):
    def change(document):
        goal = _paragraph(document, "Głównym zakładanym celem")
        goal.append(parse_xml(f"<w:r {W}><w:t xml:space='preserve'> o </w:t></w:r>"))
        goal.append(parse_xml(f"<m:oMath {M} {W}><m:r><m:t>20%</m:t></m:r></m:oMath>"))
        goal.append(parse_xml(f"<w:r {W}><w:t xml:space='preserve'> w stosunku do roku 2024.</w:t></w:r>"))
        action = _paragraph(document, "· Systematyczne spotkania")
        action.append(parse_xml(f"<w:r {W}><w:ruby><w:rubyPr/><w:rt><w:r><w:t>adn</w:t></w:r></w:rt><w:rubyBase>"
                                "<w:r><w:t>ZDANIE-RUBY</w:t></w:r></w:rubyBase></w:ruby></w:r>"))
        part5 = _paragraph(document, "5. Proponowany")
        part5.addnext(parse_xml(f'<w:altChunk {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                                'relationships" r:id="rIdX"/>'))
    output, text = _plan(tmp_path, change)
    assert "o 20% w stosunku do roku 2024" in " ".join(text.split())
    assert "ZDANIE-RUBY" in text and "adnZDANIE" not in text
    assert "1 wstawiony plik" in output and "których tekstu nie odczytano" in output, output


def test_a_plain_plan_has_no_hidden_or_embedded_warning(tmp_path):
    output, _text = _plan(tmp_path, lambda document: None)
    assert "ukryty" not in output and "wstawion" not in output


# --- finding 7 (the command line's side): a file is read by what it is, whatever its name's ending.

def test_a_word_document_or_pdf_named_txt_is_read_or_told_by_what_it_is(tmp_path):
    source, target = tmp_path / "plan.txt", tmp_path / "plan.yaml"
    source.write_bytes(_plan_docx())
    result = run("import", source, "-o", target)
    assert result.exit_code == 0 and "Wystąpienie z wnioskiem" in target.read_text(encoding="utf-8"), result.output
    source.write_bytes(b"%PDF-1.7\n" + b"x" * 300)
    result = run("import", source, "-o", tmp_path / "pdf.yaml")
    assert result.exit_code != 0 and "to jest plik PDF" in result.output, result.output
