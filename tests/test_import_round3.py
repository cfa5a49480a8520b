"""`pismo import` against the third red-team review of issue 17: Word text that was lost, glued or taken although
Word hides it, parts that escaped the element budget, and the line numbers of stray bytes."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from lxml import etree

from helpers import REFERENCE
from test_import import run
from test_import_review import W, _plan_docx, _with_parts
from pismo.importer import blocks, sources
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
    assert "w wierszach 2, 5, 6, 11, 13, 14, 15, 16, 17, 18 i 1 inny" in warning, warning


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


# --- finding 10: the line of a stray byte is numbered as the import numbers lines (CR alone ends one too).

def test_a_stray_byte_in_a_file_of_cr_line_ends_names_its_line(tmp_path):
    raw = [line.encode("utf-8") for line in LINES]
    raw[13] += b" \xff"
    source = tmp_path / "plan.txt"
    source.write_bytes(b"\r".join(raw) + b"\r")
    [warning] = [w for w in read_source(source)[1] if "UTF-8" in w]
    assert "w wierszu 14 " in warning, warning


# --- finding 11: a part's name from a hostile file never drives the terminal and is cut.

@pytest.mark.parametrize("name", ["word/\x1b]0;PWNED\x07x.xml", "word/" + "a" * 30000 + ".xml"])
def test_a_part_name_is_printed_safe_and_short(tmp_path, name):
    source = tmp_path / "plan.docx"
    source.write_bytes(_with_parts(_plan_docx(), {name: b"<a><b></a>", "word/document.xml": b"<broken"}))
    with pytest.raises(sources.SourceError) as refused:
        read_source(source)
    message = str(refused.value)
    assert "\x1b" not in message and "\x07" not in message and len(message) < 500, message[:300]


# --- finding 13: a Strict Open XML document is told as what it is, not as damaged.

def test_a_strict_open_xml_document_is_told_by_its_format(tmp_path):
    raw = _plan_docx()
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        document = package.read("word/document.xml").replace(
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    source = tmp_path / "plan.docx"
    source.write_bytes(_with_parts(raw, {"word/document.xml": document}))
    with pytest.raises(sources.SourceError, match="Strict Open XML"):
        read_source(source)


# --- finding 14: the HTML code of a page saved as .txt is refused with what to do, never imported with its tags.

def test_html_code_named_txt_is_refused(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("<!DOCTYPE html><html><body>" + "".join(f"<p>{line}</p>\n" for line in LINES)
                      + "</body></html>", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code != 0 and "kod strony internetowej (HTML)" in result.output, result.output
    assert not (tmp_path / "plan.yaml").exists()


def test_a_plan_mentioning_a_tag_is_still_a_plan(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(LINES) + "\nZnacznik <p> w stronie BIP.\n", encoding="utf-8")
    assert run("import", source, "-o", tmp_path / "plan.yaml").exit_code == 0


# --- finding 15: text after an XML comment or instruction inside w:t is text.

def test_text_after_a_comment_in_a_text_element_is_kept(tmp_path):
    def change(document):
        action = _paragraph(document, "· Systematyczne spotkania")
        text = next(action.iter(_W + "t"))
        text.text = "· Systematyczne spotkania"
        text.append(etree.Comment(" x "))
        text[-1].tail = " PO-KOMENTARZU"
        text.append(etree.ProcessingInstruction("pi", "x"))
        text[-1].tail = " PO-INSTRUKCJI"
    output, text = _plan(tmp_path, change)
    assert "PO-KOMENTARZU PO-INSTRUKCJI" in text


# --- finding 16: list items in a text box stay items; a sentence in a box is still one line with its paragraph.

BOX = ('<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:r><mc:AlternateContent>'
       '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{items}</w:txbxContent></wps:txbx>'
       '</wps:wsp></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>')


@pytest.mark.parametrize("numbered", [False, True], ids=["typed-dashes", "word-list"])
def test_list_items_in_a_text_box_are_items(tmp_path, numbered):
    actions = ["Kontrole skweru wieczorem – termin: do 30.11.2025 r.", "Rozmowy z mieszkańcami – na bieżąco.",
               "Wystąpienie do zarządcy o oświetlenie – do 31.12.2025 r."]
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
    items = "".join(f'<w:p>{ppr}<w:r><w:t>{"" if numbered else "- "}{a}</w:t></w:r></w:p>' for a in actions)

    def change(document):
        heading = _paragraph(document, "3. Proponowane")
        for paragraph in [p for p in heading.itersiblings() if (p.xpath("string(.)") or "").startswith("·")][:5]:
            paragraph.getparent().remove(paragraph)
        heading.addnext(parse_xml(BOX.format(W=W, items=items)))
    output, text = _plan(tmp_path, change)
    assert "2025-11-30" in text and "2025-12-31" in text and "na bieżąco" in text
    assert "Działania: 3" in output or "działania: 3" in output.lower(), output


# --- round 1, finding 14: a page of plans is bounded – its intro is copied before each plan only in part, and a
# source of more plans than any unit's page is refused with what to do.

PAGE = REFERENCE.parent.parent / "import" / "15-komisariat-trzy-rejony.txt"


def test_a_long_page_intro_is_not_copied_whole_into_every_plan(tmp_path):
    source = tmp_path / "strona.txt"
    source.write_text("".join(f"Wpis z kroniki numer {n}.\n" for n in range(300)) + PAGE.read_text(encoding="utf-8"),
                      encoding="utf-8")
    result = run("import", source, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    cases = sorted(tmp_path.glob("strona-*.yaml"))
    assert len(cases) == 3, cases
    copied = [case.read_text(encoding="utf-8").count("Wpis z kroniki") for case in cases[1:]]
    assert all(n <= blocks.MAX_SHARED_INTRO for n in copied), copied


def test_a_source_of_more_plans_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(blocks, "MAX_PLANS", 2)
    result = run("import", PAGE, "-o", tmp_path)
    assert result.exit_code == 1 and "plik zawiera ponad 2 planów (znaleziono 3)" in result.output, result.output
    assert not list(tmp_path.glob("*.yaml"))


# --- finding 9: list items of a part that mention a file or a page's path are the plan's, not page chrome.

def test_ways_of_informing_that_mention_a_pdf_or_a_path_are_kept(tmp_path):
    extra = ["· Publikacja planu na stronie BIP Komendy w formacie .pdf",
             "· Strona główna KPP w Łęcznej / zakładka Dzielnicowi – informacja o planie."]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(LINES + extra) + "\n", encoding="utf-8")
    target = tmp_path / "plan.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    informing = target.read_text(encoding="utf-8").split("informowanie:", 1)[1]
    assert "w formacie .pdf" in informing and "zakładka Dzielnicowi" in informing


# --- fifth import review (rev-imp3): findings 1, 15, 16; 11 is in test_web_http.py.

def test_one_paragraph_of_too_many_lines_is_refused(tmp_path):
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    document.add_paragraph("a\n" * (sources.MAX_LINES + 5))
    source = tmp_path / "plan.docx"
    document.save(str(source))
    with pytest.raises(sources.SourceError, match="wierszy tekstu"):
        read_source(source)


def test_long_intro_lines_are_not_copied_before_every_plan(tmp_path):
    source = tmp_path / "strona.txt"
    source.write_text("".join(f"Kronika {n}: " + "słowo " * 2000 + "\n" for n in range(5))
                      + PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("import", source, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    later = sorted(tmp_path.glob("strona-*.yaml"))[1:]
    assert later and all("Kronika" not in case.read_text(encoding="utf-8") for case in later)


def test_a_pages_own_links_after_part_5_stay_chrome(tmp_path):
    extra = ["· Plan działania priorytetowego dla rejonu 3.pdf (210 KB)",
             "· Strona główna / Dzielnicowi / Plany działań priorytetowych / Rejon 3"]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(LINES + extra) + "\n", encoding="utf-8")
    target = tmp_path / "plan.yaml"
    assert run("import", source, "-o", target).exit_code == 0
    informing = target.read_text(encoding="utf-8").split("informowanie:", 1)[1]
    assert "210 KB" not in informing and "Plany działań priorytetowych / Rejon 3" not in informing
