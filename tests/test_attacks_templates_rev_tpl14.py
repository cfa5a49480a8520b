"""Findings of the fourteenth template review (rev-tpl14) of issue 17: the public version and the template checks.

Each carrier of printed or clickable text the public version used to copy unscrubbed (an equation, WordArt, form
fields' help and drop-down entries, picture names, list number text, style names, chart number formats) is tried
with the same private line; none of its traces may stay in any part of plan-publikacja.docx.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from test_attacks_templates_rev_tpl11 import PRIVATE, TRACES, generated
from test_attacks_templates_rev_tpl12b import style
from test_attacks_templates_rev_tpl13 import MC_NS
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes, with_chart
from test_templates_round9 import chart_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def body(xml: str) -> dict:
    return {DOC: in_body(xml)}


EQUATION = (f'<w:p><w:r><w:t xml:space="preserve">MATH-TEST: </w:t></w:r><m:oMath xmlns:m="{MATH}"><m:r>'
            f'<m:t>{PRIVATE}</m:t></m:r></m:oMath></w:p>')
WORDART = (f'<w:p><w:r><w:pict {VML}><v:shape id="wa1" type="#_x0000_t136" style="width:300pt;height:30pt" '
           f'fillcolor="black" stroked="f"><v:textpath style="font-family:&quot;Arial&quot;" string="{PRIVATE}"/>'
           '</v:shape></w:pict></w:r></w:p>')
FORM_FIELD = ('<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst1"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:helpText w:type="text" w:val="{PRIVATE}"/>'
              f'<w:statusText w:type="text" w:val="{PRIVATE}"/><w:textInput><w:default w:val="{PRIVATE}"/>'
              '</w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText>'
              '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>pole</w:t></w:r><w:r>'
              '<w:fldChar w:fldCharType="end"/></w:r></w:p>')
DROP_DOWN = ('<w:p><w:sdt><w:sdtPr><w:id w:val="-5"/><w:dropDownList><w:listItem w:displayText="wybierz" w:value="0"/>'
             f'<w:listItem w:displayText="{PRIVATE}" w:value="{PRIVATE}"/></w:dropDownList></w:sdtPr><w:sdtContent>'
             '<w:r><w:t>wybierz</w:t></w:r></w:sdtContent></w:sdt></w:p>')
PICTURE_NAME = (f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="77" name="{PRIVATE}"/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"/>'
                '</a:graphic></wp:inline></w:drawing></w:r></w:p>')
LIST = ('<w:abstractNum w:abstractNumId="77"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{PRIVATE} %1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
LISTED = ('<w:p><w:pPr><w:pStyle w:val="Prywatny"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr></w:pPr>'
          '<w:r><w:t>LVL-TEST punkt</w:t></w:r></w:p>')
NAMED_STYLE = style("paragraph", "Prywatny", "").replace('<w:name w:val="Prywatny"/>', f'<w:name w:val="{PRIVATE}"/>')


def chart_formatted() -> dict:
    """A chart whose data labels' number format prints the private line around each value."""
    code = PRIVATE.replace(",", "").replace('"', "")
    labels = f'<c:dLbls><c:numFmt formatCode="&quot;{code} &quot;0" sourceLinked="0"/><c:showVal val="1"/></c:dLbls>'
    return with_chart(chart_of("barChart", 3).replace(b'<c:order val="0"/>', b'<c:order val="0"/>' + labels.encode()))


CARRIERS = {
    "equation": body(EQUATION),  # finding 15
    "wordart": body(WORDART),  # finding 15
    "form field help, status, default": body(FORM_FIELD),  # finding 17
    "drop-down entries": body(DROP_DOWN),  # finding 17
    "picture name": body(PICTURE_NAME),  # finding 18
    "list number text and style name": {  # finding 19
        DOC: in_body(LISTED),
        "word/numbering.xml": lambda xml: xml.replace("</w:numbering>", LIST + "</w:numbering>", 1),
        "word/styles.xml": lambda xml: xml.replace("</w:styles>", NAMED_STYLE + "</w:styles>", 1)},
    "chart number format": chart_formatted(),  # finding 20
}


@pytest.mark.parametrize("carrier", CARRIERS)
def test_every_text_and_attribute_of_a_public_version_is_scrubbed(tmp_path, carrier):
    """rev-tpl14 15, 17–20: printed or clickable text outside w:t/a:t kept the name and phone in the public file."""
    parts = generated(tmp_path, CARRIERS[carrier], "--publikacja")
    for name, blob in parts.items():
        text = blob.decode("utf-8", "replace").lower()
        assert not [trace for trace in TRACES if trace in text], (name, text[:3000])


# --- finding 16: a chart's embedded workbook -------------------------------------------------------------------------

PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
WORKBOOK = "word/embeddings/Microsoft_Excel_Worksheet.xlsx"


def workbook() -> bytes:
    """An .xlsx whose sheet holds, outside what the chart plots, the private line."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="9"><c r="D9" t="inlineStr"><is>'
                                                     f'<t>{PRIVATE}</t></is></c></row></sheetData></worksheet>')
    return out.getvalue()


def test_a_charts_embedded_workbook_is_left_out_of_a_public_version(tmp_path):
    """rev-tpl14 16: „Edytuj dane” on the published chart showed the whole workbook, a name and phone in D9."""
    chart = chart_of("barChart", 3).replace(b"</c:chart>", b'</c:chart><c:externalData r:id="rIdX"/>')
    spec = with_chart(chart, [("word/charts/_rels/chart1.xml.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rIdX" Type="{PACKAGE}" Target="../embeddings/'
        'Microsoft_Excel_Worksheet.xlsx"/></Relationships>').encode()), (WORKBOOK, workbook())])
    spec["edits"]["[Content_Types].xml"] = lambda xml: xml.replace("</Types>", '<Default Extension="xlsx" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>', 1)
    (tmp_path / "letter").mkdir()
    assert WORKBOOK in generated(tmp_path / "letter", spec)  # the letter itself keeps it: the officer may edit
    parts = generated(tmp_path, spec, "--publikacja")
    assert WORKBOOK not in parts
    assert b"externalData" not in parts["word/charts/chart1.xml"] and b"c:v" in parts["word/charts/chart1.xml"]
    assert b"Microsoft_Excel" not in parts["word/charts/_rels/chart1.xml.rels"]


# --- finding 24: change tracking switched on by the template ---------------------------------------------------------

TRACKING = ('<w:revisionView w:markup="0" w:insDel="0" w:formatting="0"/><w:trackRevisions/><w:doNotTrackMoves/>'
            '<w:doNotTrackFormatting/>')


@pytest.mark.parametrize("options", [(), ("--publikacja",)])
def test_change_tracking_a_template_switches_on_is_left_out_of_letters(tmp_path, options):
    """rev-tpl14 24: a name the officer deletes in Word stayed in the file as an invisible tracked deletion."""
    spec = {"edits": {"word/settings.xml": lambda xml: xml.replace("</w:settings>", TRACKING + "</w:settings>", 1)}}
    settings = generated(tmp_path, spec, *options)["word/settings.xml"].decode("utf-8")
    for name in ("revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting"):
        assert name not in settings, settings
    assert "<w:settings" in settings


def test_a_public_version_holds_no_deleted_text():
    """rev-tpl14 24: tracked deletions (w:del, w:moveFrom: their text) never go into a public version; insertions'
    text is the letter's and stays."""
    from pismo.render.public import public_parts
    body = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:del w:id="1" w:author="A"><w:r><w:delText>{PRIVATE}'
            '</w:delText></w:r></w:del><w:moveFrom w:id="2" w:author="A"><w:r><w:t>PRZENIESIONE</w:t></w:r></w:moveFrom>'
            '<w:ins w:id="3" w:author="A"><w:r><w:t>WSTAWIONE</w:t></w:r></w:ins></w:p></w:body></w:document>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    parts = dict(public_parts([("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", rels.encode()),
                               (DOC, body.encode())], lambda text: text))
    document = parts[DOC].decode("utf-8")
    assert "Nowakowski" not in document and "PRZENIESIONE" not in document and "WSTAWIONE" in document, document


# --- finding 22: a template saved as „Dokument Strict Open XML” --------------------------------------------------------

STRICT_SPACES = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"':
                     'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"',
                 "http://schemas.openxmlformats.org/officeDocument/2006/relationships/":
                     "http://purl.oclc.org/ooxml/officeDocument/relationships/"}


def strict(xml: str) -> str:
    for transitional, iso in STRICT_SPACES.items():
        xml = xml.replace(transitional, iso)
    return xml


@pytest.mark.parametrize("parts", [
    ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/fontTable.xml",
     "word/footer1.xml", "word/_rels/document.xml.rels"),  # as Word's „Zapisz jako → Dokument Strict Open XML”
    ("word/footer1.xml",),  # one part of it: its text escaped the public version's scrubber as well
])
def test_a_strict_open_xml_template_is_refused_with_what_to_do(tmp_path, parts):
    """rev-tpl14 22: the public version read the transitional namespace only – none of a Strict template's own text
    was scrubbed, its hidden runs were published."""
    spec = {"edits": {part: strict for part in parts}}
    if DOC in parts:
        spec["edits"][DOC] = lambda xml: strict(in_body(f"<w:p><w:r><w:t>{PRIVATE}</w:t></w:r></w:p>")(xml))
    _, made = refused_everywhere(tmp_path, spec, "Strict Open XML")
    assert "Dokument programu Word (*.docx)" in made.output, made.output


# --- finding 8: mc:MustUnderstand of a namespace only a newer Word knows ---------------------------------------------

@pytest.mark.parametrize("prefix, namespace", [
    ("w16du", "http://schemas.microsoft.com/office/word/2023/wordml/word16du"),
    ("w16sdtfl", "http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock"),
    ("w16cid", "http://schemas.microsoft.com/office/word/2016/wordml/cid"),
])
def test_must_understand_of_a_namespace_word_2016_does_not_know_is_refused(tmp_path, prefix, namespace):
    """rev-tpl14 8: Word 2016/2019/2021 cannot open a letter requiring Word 365's namespaces; LibreOffice writes
    the PDF."""
    def edit(xml: str) -> str:
        head = xml.split(">", 2)[1]  # the w:document start tag: declare only what it does not
        declared = "" if "xmlns:mc=" in head else MC_NS
        declared += "" if f"xmlns:{prefix}=" in head else f'xmlns:{prefix}="{namespace}" '
        return xml.replace("<w:document ", f'<w:document {declared}mc:MustUnderstand="{prefix}" ', 1)
    _, made = refused_everywhere(tmp_path, {DOC: edit}, "Word 2016")
    assert "mc:MustUnderstand" in made.output and namespace in made.output, made.output


# --- finding 4: a table row or cell wrapped in an element of a known namespace ---------------------------------------

def cell(text: str) -> str:
    return f'<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'


def table(rows: str) -> str:
    return f'<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>{rows}</w:tbl><w:p/>'


@pytest.mark.parametrize("prefix, uri", [
    ("w16du", "http://schemas.microsoft.com/office/word/2023/wordml/word16du"),  # the PDF printed what Word skips
    ("ww", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),  # the PDF dropped what the .docx keeps
])
@pytest.mark.parametrize("wrap", ["row", "cell"])
def test_a_table_row_or_cell_in_an_element_word_never_writes_it_in_is_refused(tmp_path, prefix, uri, wrap):
    """rev-tpl14 4: wrap_tr_w16du printed „kwota 900 zł UKRYTE” in the PDF, Word 2016/2019 skip the row."""
    hidden = cell("kwota 900 zł UKRYTE")
    if wrap == "row":
        rows = (f'<w:tr>{cell("WIERSZ1")}{cell("A")}</w:tr><{prefix}:wrap xmlns:{prefix}="{uri}"><w:tr>{hidden}'
                f'{cell("B")}</w:tr></{prefix}:wrap>')
    else:
        rows = f'<w:tr>{cell("KOMORKA")}<{prefix}:wrap xmlns:{prefix}="{uri}">{hidden}</{prefix}:wrap></w:tr>'
    what = "w:tr" if wrap == "row" else "w:tc"
    refused_everywhere(tmp_path, {DOC: in_body(table(rows))}, f"element {prefix}:wrap z tekstem Worda ({what})")


def test_rows_and_cells_where_word_writes_them_still_pass(tmp_path):
    """A table, a row-level and a cell-level content control as Word writes them."""
    rows = (f'<w:tr>{cell("A")}<w:sdt><w:sdtPr><w:id w:val="5"/></w:sdtPr><w:sdtContent>{cell("B")}</w:sdtContent>'
            f'</w:sdt></w:tr><w:sdt><w:sdtPr><w:id w:val="6"/></w:sdtPr><w:sdtContent><w:tr>{cell("C")}{cell("D")}'
            '</w:tr></w:sdtContent></w:sdt>')
    passes(tmp_path, {DOC: in_body(table(rows))})


# --- finding 23: an XSLT transform Word applies on saving ------------------------------------------------------------

XSL = ('<?xml version="1.0" encoding="UTF-8"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/'
       'Transform"><xsl:template match="/"><xsl:copy-of select="document(\'http://example.invalid/x.xml\')"/>'
       '</xsl:template></xsl:stylesheet>')


def test_a_save_time_xslt_transform_is_refused(tmp_path):
    """rev-tpl14 23: saveThroughXslt and its transform part were copied into every letter; its document() calls
    reach the web or a share from the officer's computer."""
    spec = {"edits": {
        "word/settings.xml": lambda xml: xml.replace("</w:settings>", '<w:saveThroughXslt r:id="rIdX1" '
                                                     'w:solutionID="pismo"/><w:useXSLTWhenSaving/></w:settings>', 1),
        "[Content_Types].xml": lambda xml: xml.replace("</Types>", '<Override PartName="/word/transform.xsl" '
                                                       'ContentType="application/xslt+xml"/></Types>', 1)},
        "extra": [("word/_rels/settings.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/transform" Target="transform.xsl"/>'
            '</Relationships>').encode()), ("word/transform.xsl", XSL.encode())]}
    refused_everywhere(tmp_path, spec, "przekształcenie XSLT")
