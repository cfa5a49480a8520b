"""`pismo import` against the sixth import review (rev-imp6) of issue 17: Word's raised text and equations, symbol
fonts' check boxes, objects the importer cannot read, files of other kinds. Time findings are in
tests/test_import_linear.py."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pismo.importer import sources

W = nsdecls("w")
M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def _docx(*paragraphs: str, default_size: int | None = None) -> bytes:
    document = docx.Document()
    if default_size:
        document.styles.element.find(".//{*}rPrDefault/{*}rPr").append(
            parse_xml(f'<w:sz {W} w:val="{default_size}"/>'))
    for xml in paragraphs:
        document.element.body.append(parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _texts(raw: bytes) -> list[str]:
    return [line.text for line in sources.read_docx(raw)[0]]


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


# --- finding 3: a raised digit was glued to the number before it ("art. 43¹" → "art. 431").

@pytest.mark.parametrize("raised, lowered", [
    ('<w:vertAlign w:val="superscript"/>', '<w:vertAlign w:val="subscript"/>'),  # Word
    ('<w:position w:val="8"/><w:sz w:val="19"/>', '<w:position w:val="-6"/><w:sz w:val="19"/>'),  # LibreOffice
])
def test_raised_and_lowered_digits_are_written_as_word_shows_them(raised, lowered):
    paragraph = (f"<w:p {W}>" + _run("wykroczenia z art. 43") + _run("1", raised) + _run(" ust. 1, teren 2500 m")
                 + _run("2", raised) + _run(", stężenie CO") + _run("2", lowered) + _run(", godz. 02:00")
                 + _run("2", raised) + "</w:p>")
    assert _texts(_docx(paragraph, default_size=24)) == [
        "wykroczenia z art. 43¹ ust. 1, teren 2500 m², stężenie CO₂, godz. 02:00²"]


def test_text_moved_up_at_its_own_size_or_by_a_character_style_is_told_apart():
    """A raised position at the text's size is no superscript; a character style's superscript is."""
    document = docx.Document()
    style = document.styles.add_style("Indeks", docx.enum.style.WD_STYLE_TYPE.CHARACTER)
    style.font.superscript = True
    document.element.body.append(parse_xml(
        f"<w:p {W}>" + _run("art. 43") + _run("1", '<w:rStyle w:val="Indeks"/>') + _run(" i 12")
        + _run("3", '<w:position w:val="6"/><w:sz w:val="24"/>') + "</w:p>"))
    out = io.BytesIO()
    document.save(out)
    assert _texts(out.getvalue()) == ["art. 43¹ i 123"]


def test_an_equations_fraction_and_power_keep_their_structure():
    fraction = ("<m:oMath><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den><m:r><m:t>4</m:t></m:r></m:den></m:f>"
                "</m:oMath>")
    power = ("<m:oMath><m:sSup><m:e><m:r><m:t>m</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>"
             "</m:oMath>")
    sum_over = ("<m:oMath><m:f><m:num><m:r><m:t>a+b</m:t></m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f>"
                "<m:sSup><m:e><m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>k+y</m:t></m:r></m:sup></m:sSup>"
                "</m:oMath>")
    raw = _docx(f"<w:p {W} {M}>" + _run("Mniej interwencji o ") + fraction + _run(" na ") + power + "</w:p>",
                f"<w:p {W} {M}>" + _run("Wzór ") + sum_over + "</w:p>")
    assert _texts(raw) == ["Mniej interwencji o 1/4 na m²", "Wzór (a+b)/2x^(k+y)"]


# --- finding 4: check boxes in Wingdings 2 were read as the letters typed ("R", "£"); "□" among ticked items
# was taken for a bullet.

def _font_run(text: str, font: str) -> str:
    return _run(text, f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>')


def test_check_boxes_in_wingdings_2_and_other_symbol_fonts_are_signs_never_letters():
    raw = _docx(f"<w:p {W}>" + _font_run("R", "Wingdings 2") + _run(" Strona internetowa KPP.") + "</w:p>",
                f"<w:p {W}>" + _font_run("£", "Wingdings 2") + _run(" Lokalna prasa.") + "</w:p>",
                f'<w:p {W}><w:r><w:sym w:font="Wingdings 2" w:char="F0A3"/></w:r>' + _run(" Radio.") + "</w:p>",
                f"<w:p {W}>" + _font_run("P", "Wingdings 2") + _run(" Ulotki.") + "</w:p>",
                f"<w:p {W}>" + _font_run("u", "Wingdings 3") + _run(" Parafia.") + "</w:p>")
    lines = sources.read_docx(raw)[0]
    assert [(line.marker, line.text) for line in lines] == [
        ("☑", "Strona internetowa KPP."), ("☐", "Lokalna prasa."), ("☐", "Radio."), ("✓", "Ulotki."),
        ("\uf075", "Parafia.")]


def test_an_empty_square_among_ticked_items_is_marked_as_not_chosen_and_alone_is_a_bullet(tmp_path):
    from test_import import mini_plan

    path, _text, _output = mini_plan(tmp_path, {5: ["☑ Strona internetowa KPP.", "□ Lokalna prasa.",
                                                    "◻ Radio lokalne.", "☒ Spotkania z mieszkańcami."]},
                                     replace=True)
    case = path.read_text(encoding="utf-8")
    assert case.count("niezaznaczone pole") == 2, case
    for box, item in (("□", "Lokalna prasa."), ("◻", "Radio lokalne.")):
        assert f"niezaznaczone pole albo krzyżyk („{box}”)" in case.split("  - " + item)[0].rsplit("\n  - ", 1)[-1]
    (tmp_path / "alone").mkdir()
    path, _text, _output = mini_plan(tmp_path / "alone", {5: ["□ Strona internetowa KPP.", "□ Lokalna prasa."]},
                                     replace=True)
    assert "niezaznaczone pole" not in path.read_text(encoding="utf-8")


# --- finding 9: a form's options side by side on one line were one item, the unticked one and the boxes in it.

def test_options_ticked_on_one_line_are_items_of_their_own_and_the_unticked_one_is_marked(tmp_path):
    import yaml

    from test_import import mini_plan

    path, _text, _output = mini_plan(tmp_path, {
        4: ["☒ Urząd Gminy – doświetlenie terenu ☐ Straż Miejska – wspólne patrole"],
        5: ["☒ strona internetowa KPP   ☐ prasa lokalna   ☒ spotkania z mieszkańcami"]}, replace=True)
    case = path.read_text(encoding="utf-8")
    data = yaml.safe_load(case)
    assert data["informowanie"] == ["strona internetowa KPP", "prasa lokalna", "spotkania z mieszkańcami"]
    assert [p["nazwa"] for p in data["partnerzy"]] == ["Urząd Gminy", "Straż Miejska"]
    body = case[case.index("\npartnerzy:"):]
    assert "☒" not in body.replace("(„☒”)", "") and body.count("niezaznaczone pole albo krzyżyk („☐”)") == 2, body
    for item in ("  - prasa lokalna", "  - id: straz-miejska"):
        before = case.split(item)[0]
        assert "niezaznaczone pole" in before[before.rindex("\n  - "):], item


# --- finding 5: an embedded Excel sheet, a chart, a SmartArt were lost silently, the part said to be empty.

_OLE = ('<w:p {W} xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:object>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId99"/></w:object></w:r></w:p>')


def _plan_docx(part_3: list[str]) -> bytes:
    paragraphs = ["Plan działania priorytetowego dla rejonu służbowego nr 7 KPP w Łęcznej na okres od 1.03.2026 r. "
                  "do 31.08.2026 r.", "1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.",
                  "Spożywanie alkoholu.", "2. Zakładany cel do osiągnięcia.", "Ograniczenie liczby interwencji.",
                  "3. Proponowane działania wraz z terminami realizacji."]
    tail = ["4. Podmioty współpracujące.", "Urząd Gminy – doświetlenie terenu.",
            "5. Proponowany sposób przekazywania informacji.", "Strona internetowa KPP.",
            "Sporządził: st. sierż. Jan Nowak"]
    return _docx(*[f"<w:p {W}>{_run(text)}</w:p>" for text in paragraphs], *part_3,
                 *[f"<w:p {W}>{_run(text)}</w:p>" for text in tail])


def test_an_embedded_sheet_is_named_in_a_warning_and_on_its_part_which_is_not_said_to_be_empty(tmp_path):
    from test_import import run

    source = tmp_path / "plan.docx"
    source.write_bytes(_plan_docx([_OLE.format(W=W)]))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    assert "dokument zawiera obiekt, którego treści import nie odczytuje: osadzony obiekt (arkusz programu " \
           "Excel)" in result.output
    case = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    part_3 = case[case.index("# 3. "):case.index("# 4. ")]
    assert "dokument ma osadzony obiekt (arkusz programu Excel)" in part_3.replace("\n#  ", "")
    assert "pusta" not in part_3 and "\U000f0000" not in case


def test_a_smartart_is_read_as_a_list_where_it_stands_and_a_chart_is_named():
    from lxml import etree

    from pismo.importer.objects import replace_objects, unread

    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    dgm = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def drawing(uri, inner=""):
        return (f'<w:p><w:r><w:drawing><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/'
                f'2006/{uri}">{inner}</a:graphicData></a:graphic></w:drawing></w:r></w:p>')

    body = etree.fromstring(f'<w:body {W} {a} {dgm} {r}>' + drawing("diagram", '<dgm:relIds r:dm="rId5"/>')
                            + drawing("chart") + "</w:body>")
    data = (f'<dgm:dataModel {dgm} {a}><dgm:ptLst><dgm:pt modelId="0" type="doc"/>'
            '<dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>Patrole – do 31.08.2026 r.</a:t></a:r></a:p></dgm:t></dgm:pt>'
            '<dgm:pt modelId="2" type="parTrans"/><dgm:pt modelId="3"><dgm:t><a:p><a:r><a:t>Spotkanie z </a:t></a:r>'
            '<a:r><a:t>mieszkańcami</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>').encode()
    assert replace_objects(body, {"rId5": data}.get) == ["wykres"]
    texts = ["".join(p.itertext()) for p in body]
    assert texts[0].split("\n") == ["", "• Patrole – do 31.08.2026 r.", "• Spotkanie z mieszkańcami", ""]
    assert unread(texts[1].strip()) == "wykres"


def test_a_document_of_pictures_only_is_told_as_such():
    raw = _docx(f"<w:p {W}><w:r><w:drawing/></w:r></w:p>")
    with pytest.raises(sources.SourceError, match="nie zawiera tekstu, tylko obrazy"):
        sources.read_docx(raw)
    hidden = _docx(f"<w:p {W}><w:r><w:drawing/></w:r>" + _run("Plan działania", "<w:vanish/>") + "</w:p>")
    lines, warnings = sources.read_docx(hidden)  # text there is, only hidden: said so, not called a scan
    assert not lines and "tekst ukryty" in warnings[0]


# --- rev-msg6 findings 5 and 6: a case file given as a plan became "2 plany" of half-empty cases; an empty zip
# named .docx was "not a text file".

CASE = Path(__file__).resolve().parents[1] / "cases" / "leczna-rejon-3-2025.yaml"


@pytest.mark.parametrize("name", ["sprawa.yaml", "sprawa.yml", "sprawa.txt"])
def test_a_case_file_given_as_a_plan_is_told_as_one(tmp_path, name):
    source = tmp_path / name
    source.write_bytes(CASE.read_bytes())
    with pytest.raises(sources.SourceError, match="to już jest plik sprawy pisma .* nie trzeba go importować"):
        sources.read_source(source)


def test_a_plan_naming_its_parts_in_words_is_no_case_file(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("Plan działania\nokres:\ncel:\nod 1.03.2026 r.\n1. Charakterystyka zagrożenia.\nTekst.\n",
                      encoding="utf-8")
    assert [line.text for line in sources.read_source(source)[0]][:2] == ["Plan działania", "okres:"]


@pytest.mark.parametrize("name", ["pusty.docx", "pusty.txt"])
def test_an_empty_zip_is_told_as_an_empty_archive_whatever_its_name(tmp_path, name):
    source = tmp_path / name
    source.write_bytes(b"PK\x05\x06" + bytes(16))
    with pytest.raises(sources.SourceError, match="plik jest pustym archiwum ZIP, bez treści dokumentu"):
        sources.read_source(source)


# --- finding 7: a UTF-8 BOM before Windows-1250 text was read as „ď»ż” in front of the title.

def test_a_utf8_mark_before_windows_1250_text_is_no_text():
    text, warnings = sources.decode_text(b"\xef\xbb\xbf" + "Informacja dotycząca realizacji planu".encode("cp1250"))
    assert text == "Informacja dotycząca realizacji planu" and "Windows-1250" in warnings[0]


# --- finding 6: a file of another kind was told by its kind only when misnamed; a template "damaged".

def _package_of_kind(content_type: str) -> bytes:
    import zipfile

    source, out = io.BytesIO(_docx(f"<w:p {W}>{_run('Plan')}</w:p>")), io.BytesIO()
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(out, "w") as copy:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    content_type.encode())
            copy.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("make, said", [
    (lambda: b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}} Plan dzia\\'b3ania}", "to jest dokument RTF"),
    (lambda: _package_of_kind("application/vnd.ms-word.document.macroEnabled.main+xml"),
     "to jest dokument Worda z makrami (.docm)"),
    (lambda: _package_of_kind("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
     "to jest szablon Worda"),
    (lambda: b"%PDF-1.7\n", "to jest plik PDF"),
], ids=["rtf", "docm", "dotx", "pdf"])
@pytest.mark.parametrize("suffix", [".docx", ".txt", ".rtf", ".docm", ".dotx", ".odt", ".pdf"])
def test_a_file_of_another_kind_is_told_by_what_it_is_whatever_its_name(tmp_path, make, said, suffix):
    source = tmp_path / f"plan{suffix}"
    source.write_bytes(make())
    with pytest.raises(sources.SourceError) as refused:
        sources.read_source(source)
    assert said in str(refused.value) and "uszkodzony" not in str(refused.value), str(refused.value)


def test_a_file_of_an_unknown_kind_is_still_told_so(tmp_path):
    source = tmp_path / "plan.xlsx"
    source.write_bytes(b"\x00\x01 nie plan")
    with pytest.raises(sources.SourceError, match="nieobsługiwany rodzaj pliku"):
        sources.read_source(source)


# --- finding 11: a table's header row was reported as a web page's menu and footer.

def test_a_tables_header_row_is_named_as_such(tmp_path):
    from test_import import mini_plan

    path, _text, output = mini_plan(tmp_path, {3: ["Lp.\tDziałanie\tTermin", "1.\tPatrole\tdo 31.08.2026 r."]})
    case = path.read_text(encoding="utf-8")
    assert "# Pominięte wiersze nagłówków tabel (nazwy kolumn – nie treść planu):\n# „Lp. | Działanie | Termin”" in case
    assert "menu i stopka" not in case and "menu i stopka" not in output
    assert "Pominięto wiersze nagłówków tabel (nazwy kolumn): 1" in output


# --- finding 8: rows of a table nested in a cell ran together ("w piątki kontrola monitoringu").

def test_rows_of_a_table_in_a_cell_are_kept_apart():
    def cell(inner):
        return f"<w:tc>{inner}</w:tc>"

    def para(text):
        return f"<w:p>{_run(text)}</w:p>"

    nested = ("<w:tbl><w:tr>" + cell(para("patrole wspólne")) + cell(para("w piątki")) + "</w:tr><w:tr>"
              + cell(para("kontrola monitoringu")) + cell(para("na bieżąco")) + "</w:tr></w:tbl>")
    raw = _docx(f"<w:tbl {W}><w:tr>" + cell(para("Straż Miejska")) + cell(para("Zadania:") + nested + "<w:p/>")
                + "</w:tr></w:tbl>")
    (row,) = sources.read_docx(raw)[0]
    assert row.cells == ("Straż Miejska", "Zadania: patrole wspólne – w piątki; kontrola monitoringu – na bieżąco")
    assert [[line.text for line in piece] for piece in row.cell_lines[1:]] == [
        ["Zadania:", "patrole wspólne – w piątki", "kontrola monitoringu – na bieżąco"]]


# --- finding 10: a tracked deletion of a paragraph mark was not applied: one action read as two.

def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next():
    deleted = '<w:pPr><w:rPr><w:del w:id="3" w:author="Jan Nowak" w:date="2026-02-10T10:00:00Z"/></w:rPr></w:pPr>'
    raw = _docx(f"<w:p {W}>{deleted}{_run('• Patrole w rejonie ul. Lipowej ')}</w:p>",
                f"<w:p {W}>{deleted}{_run('i skweru ')}</w:p>",
                f"<w:p {W}>{_run('– od 1.03.2026 r. do 31.08.2026 r.')}</w:p>",
                f"<w:p {W}>{_run('• Pogadanki w szkole.')}</w:p>")
    assert _texts(raw) == ["Patrole w rejonie ul. Lipowej i skweru – od 1.03.2026 r. do 31.08.2026 r.",
                           "Pogadanki w szkole."]


def test_a_run_in_a_symbol_font_the_document_declares_is_never_read_as_its_letters():
    """A font not known here that the font table declares a symbol font (charset 02): its letters are signs."""
    import zipfile

    raw = _docx(f"<w:p {W}>" + _font_run("R", "Dingbats Moje") + _run(" Strona internetowa KPP.") + "</w:p>",
                f"<w:p {W}>" + _font_run("Rada", "Arial") + _run(" osiedla.") + "</w:p>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as package, zipfile.ZipFile(out, "w") as copy:
        for info in package.infolist():
            data = package.read(info)
            if info.filename == "word/fontTable.xml":
                data = data.replace(b"</w:fonts>", b'<w:font w:name="Dingbats Moje"><w:charset w:val="02"/></w:font>'
                                                   b"</w:fonts>")
            copy.writestr(info, data)
    assert [(line.marker, line.text) for line in sources.read_docx(out.getvalue())[0]] == [
        ("\uf052", "Strona internetowa KPP."), ("", "Rada osiedla.")]


def test_boxes_written_after_their_options_go_with_them():
    from pismo.importer.lines import Line
    from pismo.importer.recognise import _split_boxes

    assert [(p.marker, p.text) for p in _split_boxes(Line("Strona KPP ☐ Prasa ☒"))] == [("☐", "Strona KPP"),
                                                                                     ("☒", "Prasa")]
    assert [(p.marker, p.text) for p in _split_boxes(Line("strona KPP ☐ prasa ☒ radio", "☒", "bullet"))] == [
        ("☒", "strona KPP"), ("☐", "prasa"), ("☒", "radio")]
    assert [(p.marker, p.text) for p in _split_boxes(Line("Sposób: ☒ strona ☐ prasa"))] == [
        ("", "Sposób:"), ("☒", "strona"), ("☐", "prasa")]
