"""Findings of the eighteenth template review (rev-tpl18) of issue 17: texts no page shows reached the public
.docx (unreferenced notes, unchosen drop-down entries, form fields' help texts, custom XML attributes, XE/TC
entries, screen tips, a chart's filtered series, a table's alt text, editing permissions, parts of other
programs); drawings and runs Word hides but LibreOffice prints passed the template checks.

No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl16 import PRIVATE, W, published
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body
from test_templates_round9 import text_box

NOTES = (f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
         f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>UKRYTE-NOTE {PRIVATE}</w:t></w:r></w:p></w:footnote>'
         f'<w:footnote w:id="2"><w:p><w:r><w:t>WIDOCZNY przypis</w:t></w:r></w:p></w:footnote></w:footnotes>')


def test_a_footnote_nothing_refers_to_goes():
    """rev-tpl18 2: a note whose reference sat in a paragraph the template left out stayed in footnotes.xml."""
    body = '<w:p><w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    notes = published([("footnotes", "footnotes.xml", NOTES.encode())], body)["word/footnotes.xml"]
    assert b"UKRYTE" not in notes and b"WIDOCZNY" in notes and b'w:type="separator"' in notes, notes


@pytest.mark.parametrize("body", [
    # a content control's drop-down: the entries not shown
    '<w:sdt><w:sdtPr><w:dropDownList w:lastValue="UKRYTE-LAST"><w:listItem w:displayText="wybierz" w:value="0"/>'
    f'<w:listItem w:displayText="UKRYTE-SDT {PRIVATE}" w:value="UKRYTE-V"/></w:dropDownList></w:sdtPr>'
    '<w:sdtContent><w:p><w:r><w:t>wybierz</w:t></w:r></w:p></w:sdtContent></w:sdt>',
    # a legacy form field's help, status and default texts, a form drop-down's other entries
    f'<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:helpText w:type="text" w:val="UKRYTE-H {PRIVATE}"/>'
    f'<w:statusText w:type="text" w:val="UKRYTE-S {PRIVATE}"/><w:textInput><w:default w:val="UKRYTE-D {PRIVATE}"/>'
    '</w:textInput></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:result w:val="1"/>'
    f'<w:listEntry w:val="UKRYTE-E0 {PRIVATE}"/><w:listEntry w:val="wybrany"/><w:listEntry w:val="UKRYTE-E2"/>'
    '</w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMDROPDOWN </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    # custom XML markup's attributes, a table's alt text, editing permissions' accounts
    f'<w:customXml w:element="n"><w:customXmlPr><w:attr w:name="a" w:val="UKRYTE-CX {PRIVATE}"/></w:customXmlPr>'
    '<w:p><w:r><w:t>x</w:t></w:r></w:p></w:customXml>',
    f'<w:tbl><w:tblPr><w:tblCaption w:val="UKRYTE-TC"/><w:tblDescription w:val="UKRYTE-TD {PRIVATE}"/></w:tblPr>'
    '<w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
    '<w:p><w:permStart w:id="7" w:ed="KPP\\UKRYTE.kowalski"/><w:r><w:t>x</w:t></w:r><w:permEnd w:id="7"/></w:p>',
    # an index's and contents' entries, a hyperlink's screen tip – complex and simple fields
    f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> XE "UKRYTE-XE {PRIVATE}" </w:instrText>'
    f'</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=\' TC "UKRYTE-TC" \\l 1\'/></w:p>',
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://policja.gov.pl" \\o '
    '"UKRYTE-</w:instrText></w:r><w:r><w:instrText>TIP" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
    '</w:r><w:r><w:t>strona</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
])
def test_texts_no_page_shows_go(body):
    """rev-tpl18 2, 13: all of these reached plan-publikacja.docx, the scrubber missing what it did not know."""
    document = published([], body)["word/document.xml"]
    assert b"UKRYTE" not in document, document
    assert b"wybierz" in document or b"FORM" in document or b"XE" in document or b"strona" in document \
        or b"<w:tbl>" in document or b"<w:t>x</w:t>" in document


def test_the_chosen_form_drop_down_entry_stays_first():
    body = ('<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:result w:val="1"/>'
            '<w:listEntry w:val="UKRYTE"/><w:listEntry w:val="wybrany"/></w:ddList></w:ffData></w:fldChar></w:r></w:p>')
    document = published([], body)["word/document.xml"]
    assert b'<w:result w:val="0"/><w:listEntry w:val="wybrany"/></w:ddList>' in document, document


def test_a_charts_filtered_series_goes():
    """rev-tpl18 2: a series hidden by Word's chart filter (c15:filteredBarSeries) kept its name and categories."""
    chart = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
             'xmlns:c15="http://schemas.microsoft.com/office/drawing/2012/chart"><c:chart><c:plotArea><c:barChart>'
             '<c:extLst><c:ext uri="{02D57815-91ED-43cb-92C2-25804820EDAC}"><c15:filteredBarSeries><c15:ser><c:tx>'
             f'<c:v>UKRYTE-SER {PRIVATE}</c:v></c:tx></c15:ser></c15:filteredBarSeries></c:ext></c:extLst>'
             '</c:barChart></c:plotArea></c:chart></c:chartSpace>')
    kept = published([("chart", "charts/chart1.xml", chart.encode())])["word/charts/chart1.xml"]
    assert b"UKRYTE" not in kept and b"<c:barChart>" in kept, kept


@pytest.mark.parametrize("kind", ["http://schemas.example.com/relationships/notatki", "webextensiontaskpanes"])
def test_a_part_of_another_program_is_left_out(kind):
    """rev-tpl18 9: a part reached by a relationship of a type not known to be laid out went into the public file."""
    from test_attacks_templates_rev_tpl16 import REL
    parts = published([(kind.replace(REL, ""), "notatki.xml", f"<n>UKRYTE {PRIVATE}</n>".encode())])
    assert "word/notatki.xml" not in parts and b"notatki" not in parts["word/_rels/document.xml.rels"]


def test_laid_out_parts_stay():
    header = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>stopka</w:t></w:r></w:p></w:hdr>'.encode()
    parts = published([("styles", "styles.xml", f'<w:styles xmlns:w="{W}"/>'.encode()),
                       ("header", "header1.xml", header)],
                      '<w:sectPr><w:headerReference w:type="default" r:id="x1"/></w:sectPr>')
    assert "word/styles.xml" in parts and "word/header1.xml" in parts


# --- findings 3, 8 and the off-page box: refused by name before anything is written ------------------------------

HIDDEN = text_box("tekst {{ sprawa.numer }}").replace('<wp:docPr id="7" name="Pole tekstowe 1"/>',
                                                     '<wp:docPr id="7" name="Pole tekstowe 1" hidden="1"/>')
VML = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Ramka9" type="#_x0000_t202" style="position:absolute;width:100pt;'
       'height:30pt;visibility:hidden"><v:textbox><w:txbxContent><w:p><w:r><w:t>ukryte</w:t></w:r></w:p>'
       '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
SPEC_VANISH = '<w:p><w:r><w:t>widać </w:t></w:r><w:r><w:rPr><w:specVanish/></w:rPr><w:t>nie widać</w:t></w:r></w:p>'
OFF_PAGE = ('<w:p><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH '
            'relativeFrom="page"><wp:posOffset>-30000000</wp:posOffset></wp:positionH><wp:positionV '
            'relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1800000" '
            'cy="360000"/><wp:wrapNone/><wp:docPr id="5" name="Daleko"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="360000"/></a:xfrm><a:prstGeom prst="rect">'
            '<a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>poza</w:t></w:r></w:p>'
            '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            '</w:r></w:p>')


@pytest.mark.parametrize("body, fragment", [
    (HIDDEN, "obiekt „Pole tekstowe 1” jest ukryty – Word go nie pokazuje, a PDF by go wydrukował; odkryj go w "
             "okienku Zaznaczenie"),
    (VML, "kształt „Ramka9” jest ukryty (visibility:hidden)"),
    (SPEC_VANISH, "tekst „nie widać” jest zawsze ukryty (w:specVanish)"),
    (OFF_PAGE, "obiekt „Daleko” leży poza stroną (przesunięty o -83 cm)"),
])
def test_what_word_hides_and_the_pdf_prints_is_refused_by_name(tmp_path, body, fragment):
    """rev-tpl18 3, 8: LibreOffice 7.4 printed a hidden text box, a visibility:hidden VML box and a specVanish run
    that Word does not show; a box far off the page was printed by neither and its text went into the public file."""
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(body)}, fragment)
    assert "część word/document.xml" in checked.output


def test_a_style_separator_and_a_box_on_the_page_pass():
    from pismo.render import unseen
    from lxml import etree
    ns = (f'xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    mark = '<w:p><w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    near = OFF_PAGE.replace("-30000000", "500000")  # on the page (partly off it: test_offpage_rev_tpl19b)
    unseen.check(DOC, etree.fromstring(f"<w:document {ns}><w:body>{mark}{near}</w:body></w:document>"))


# --- known since rev-tpl17, again rev-tpl18: a picture cropped in Word keeps its cut-away part -----------------

@pytest.mark.parametrize("crop", ['<a:srcRect xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" l="90000"/>',
                                  '<v:imagedata xmlns:v="urn:schemas-microsoft-com:vml" croptop="5243f"/>'])
def test_a_picture_cropped_in_word_is_refused_by_name(crop):
    from pismo.render.public import NotPublic
    with pytest.raises(NotPublic, match="jest przycięty w Wordzie, a plik zawiera go całego"):
        published([], f"<w:p><w:r>{crop}</w:r></w:p>")


def test_a_picture_padded_or_uncropped_passes():
    crop = '<a:srcRect xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" l="-5000" t="0"/>'
    assert b"srcRect" in published([], f"<w:p><w:r>{crop}</w:r></w:p>")["word/document.xml"]


def test_a_hidden_run_written_while_filling_is_refused():
    """Defence in depth, as reach's checks of filled parts: a template cutting escaped text into markup could write
    a w:specVanish run no template check saw."""
    from pismo.render import ooxml
    from pismo.render.engine import Template
    from pismo.render.template_package import TemplateError
    template = Template("proba.docx", ooxml.docx_bytes("<w:p/>", "Próba"))
    filled = f'<w:document xmlns:w="{W}"><w:body>{SPEC_VANISH}</w:body></w:document>'.encode()
    with pytest.raises(TemplateError, match="po wypełnieniu część word/document.xml: tekst „nie widać” jest zawsze"):
        template._check_rendered("word/document.xml", "szablon proba.docx, treść", filled)
