"""rev-tpl23 1, 2, 5, 11: white text on what a reader prints under it – an inline VML text box's fill, a band the
header's text wraps around under a box placed over it, a style shaded many basedOn levels up – passes; a group of
many white text boxes is judged in linear time."""
from __future__ import annotations

import pytest
from lxml import etree

from pismo.render import unseen
from test_offpage_rev_tpl19b import NS, group, picture, text_shape
from test_unseen_white_page_rev_tpl22b import FRONT, RUN, WHITE, _box, _checked, _package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _vml_box(fill: str) -> str:
    """Word's inline text box as VML (the Fallback of its mc:AlternateContent): the fill is on the v:shape."""
    return (f'<w:p><w:r><w:pict><v:shape id="Pole1" type="#_x0000_t202" {fill} style="width:453.55pt;height:42.5pt;'
            'mso-position-horizontal-relative:char;mso-position-vertical-relative:line"><v:textbox><w:txbxContent>'
            f'{RUN}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


TOP_AND_BOTTOM = FRONT.replace("<wp:wrapNone/>", "<wp:wrapTopAndBottom/>")
SQUARE = FRONT.replace("<wp:wrapNone/>", '<wp:wrapSquare wrapText="bothSides"/>')


@pytest.mark.parametrize("trees", [
    _package(_vml_box('fillcolor="#1f3864"')),
    _package("<w:p/>", header=TOP_AND_BOTTOM + _box(RUN)),
    _package(SQUARE + _box(RUN)),
], ids=["inline VML box filled", "box over a band wrapped top and bottom", "box over a band wrapped square"])
def test_white_text_on_what_lies_under_it_passes(trees):
    _checked(trees)


@pytest.mark.parametrize("trees", [
    _package(_vml_box("")),  # VML's fill is white when not given
    _package(_vml_box('fillcolor="#1f3864" filled="f"')),
    _package(TOP_AND_BOTTOM + RUN),  # the body's text flows above and below the band, never on it
], ids=["inline VML box unfilled", "inline VML box fill off", "a band wrapped top and bottom, text beside"])
def test_white_text_on_nothing_is_still_refused(trees):
    with pytest.raises(unseen.Refused, match="„ZZQ33 Jan Nowak” jest biały na białej stronie"):
        _checked(trees)


def test_a_group_of_many_white_text_boxes_is_judged_in_linear_time(monkeypatch):
    boxes = 200
    members = ('<wps:wsp><wps:cNvSpPr/><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
               '<a:srgbClr val="1F3864"/></a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp>') + "".join(
        text_shape(1000, 300).replace("<w:p><w:r><w:t>tekst pola</w:t></w:r></w:p>", RUN) for _ in range(boxes))
    trees = _package(FRONT.replace(picture(5400000, 720000), group(members, 5400000, 720000)).replace(
        "drawingml/2006/picture", "office/word/2010/wordprocessingGroup"))
    filled, calls = unseen._filled, []
    monkeypatch.setattr(unseen, "_filled", lambda shape: calls.append(1) or filled(shape))
    _checked(trees)
    assert len(calls) < 10 * boxes  # each member judged a few times, not once for every run (200² = 40 000)


STYLES = (f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
          '</w:style><w:style w:type="paragraph" w:styleId="Baner"><w:name w:val="Baner"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr></w:style>{chain}</w:styles>')


@pytest.mark.parametrize("depth", [1, 5, 8, 12])
def test_white_text_in_a_style_based_deep_on_a_shaded_one_passes(depth):
    chain = "".join(f'<w:style w:type="paragraph" w:styleId="Baner{k}"><w:name w:val="Baner {k}"/><w:basedOn '
                    f'w:val="{"Baner" if k == 1 else f"Baner{k - 1}"}"/><w:pPr><w:spacing w:after="{k * 20}"/></w:pPr>'
                    '</w:style>' for k in range(1, depth + 1))
    styles = etree.fromstring(STYLES.format(chain=chain))
    document = etree.fromstring(f'<w:document {NS}><w:body><w:p><w:pPr><w:pStyle w:val="Baner{depth}"/></w:pPr>'
                                f'{WHITE}</w:p><w:sectPr/></w:body></w:document>')
    unseen.check("word/document.xml", document, document, styles)


def test_white_text_in_an_unshaded_style_chain_is_refused():
    chain = '<w:style w:type="paragraph" w:styleId="Zwykly"><w:name w:val="Zwykły"/><w:basedOn w:val="Normal"/></w:style>'
    styles = etree.fromstring(STYLES.format(chain=chain))
    document = etree.fromstring(f'<w:document {NS}><w:body><w:p><w:pPr><w:pStyle w:val="Zwykly"/></w:pPr>'
                                f'{WHITE}</w:p><w:sectPr/></w:body></w:document>')
    with pytest.raises(unseen.Refused, match="jest biały na białej stronie"):
        unseen.check("word/document.xml", document, document, styles)


# --- 4: a run holding a text box is judged by its own text, the box's runs by theirs ----------------------------

def _anchored(anchor_run: str, box_run: str, paragraph: str = "") -> dict:
    box = _box(f'<w:p><w:r><w:rPr>{box_run}</w:rPr><w:t>Komenda Powiatowa Policji</w:t></w:r></w:p>')
    return _package(box.replace("<w:p><w:r><w:drawing>", f"<w:p>{paragraph}<w:r><w:rPr>{anchor_run}</w:rPr><w:drawing>",
                                1))


@pytest.mark.parametrize("trees", [
    _anchored('<w:sz w:val="2"/>', '<w:sz w:val="24"/>', '<w:pPr><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr>'),
    _anchored('<w:color w:val="FFFFFF"/>', ""),
], ids=["1-pt anchor run", "white anchor run"])
def test_a_box_anchored_in_a_hidden_run_is_judged_by_its_own_text(trees):
    _checked(trees)


def test_the_boxs_own_tiny_text_is_still_refused():
    with pytest.raises(unseen.Refused, match="„Komenda Powiatowa Policji” ma rozmiar 1 pt"):
        _checked(_anchored('<w:sz w:val="24"/>', '<w:sz w:val="2"/>'))


def test_a_box_anchored_in_a_tiny_paragraph_style_is_judged_by_its_own_text():
    styles = etree.fromstring(STYLES.format(chain='<w:style w:type="paragraph" w:styleId="Odstep"><w:name '
                                            'w:val="Odstęp"/><w:rPr><w:sz w:val="2"/></w:rPr></w:style>'))
    trees = _anchored("", '<w:sz w:val="24"/>', '<w:pPr><w:pStyle w:val="Odstep"/></w:pPr>')
    document = trees["word/document.xml"]
    unseen.check("word/styles.xml", styles, document, styles)


# --- 6: a cell a content control or custom XML wraps is judged against its row's exact height -------------------

from test_unseen_rev_tpl21 import PRIVATE, _refused, _row  # noqa: E402


@pytest.mark.parametrize("wrap", [('<w:sdt><w:sdtPr><w:id w:val="12"/></w:sdtPr><w:sdtContent>', "</w:sdtContent></w:sdt>"),
                                  ('<w:customXml w:element="komorka">', "</w:customXml>")])
def test_a_wrapped_cell_of_an_exact_row_is_judged(wrap):
    row = _row(20, PRIVATE).replace("<w:tc>", wrap[0] + "<w:tc>").replace("</w:tc>", "</w:tc>" + wrap[1])
    _refused(row, "wiersz tabeli ma wysokość „Dokładnie” 1 pt, a jego tekstu od „ZZQ2")


def test_cells_wrapped_or_not_are_counted_in_order():
    row = etree.fromstring(f'<w:tr xmlns:w="{W}"><w:tc/><w:sdt><w:sdtContent><w:tc><w:tcPr><w:gridSpan w:val="2"/>'
                           '</w:tcPr></w:tc></w:sdtContent></w:sdt><w:tc><w:tbl><w:tr><w:tc/></w:tr></w:tbl></w:tc></w:tr>')
    assert list(unseen._columns(row).values()) == [0, 1, 3]


# --- 7: a style hiding its text is judged for the text of headers, footers and notes too -----------------------

TINY = ('<w:style w:type="paragraph" w:styleId="Drobny"><w:name w:val="Drobny"/><w:rPr><w:sz w:val="2"/></w:rPr>'
        '</w:style><w:style w:type="character" w:styleId="DrobnyZnak"><w:name w:val="Drobny znak"/><w:rPr>'
        '<w:sz w:val="2"/></w:rPr></w:style>')


@pytest.mark.parametrize("part, paragraph, style", [
    ("word/header1.xml", '<w:p><w:pPr><w:pStyle w:val="Drobny"/></w:pPr><w:r><w:t>ZZQ22 Jan Nowak</w:t></w:r></w:p>',
     "Drobny"),
    ("word/footer1.xml", '<w:p><w:r><w:rPr><w:rStyle w:val="DrobnyZnak"/></w:rPr><w:t>ZZQ22 Jan Nowak</w:t></w:r></w:p>',
     "Drobny znak"),
])
def test_a_tiny_style_used_outside_the_body_is_refused(part, paragraph, style):
    styles = etree.fromstring(STYLES.format(chain=TINY))
    trees = _package("<w:p/>", **{"header" if "header" in part else "footer1": paragraph})
    trees["word/styles.xml"] = styles
    with pytest.raises(unseen.Refused, match=f"styl „{style}” ma rozmiar 1 pt .* „ZZQ22 Jan Nowak”"):
        unseen.check("word/styles.xml", styles, trees["word/document.xml"], styles, unseen.drawn(trees))
