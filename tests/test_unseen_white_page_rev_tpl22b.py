"""rev-tpl22 1, narrowed: white text passes on a drawing that can lie under it – one behind the text in its own
section of the body or in a header or footer that section prints, one in front of the text under a run in a text
box, the drawing holding the run's box – not on any drawing anywhere in the template (a logo beside the text, a
shape the text wraps around, another section's band). A letterhead's usual banners still pass.

No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest
from lxml import etree

from pismo.render import unseen
from test_offpage_rev_tpl19b import NS, anchor, group, picture, text_shape

WHITE = '<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>ZZQ33 Jan Nowak</w:t></w:r>'
RUN = f"<w:p>{WHITE}</w:p>"
PICTURE = picture(5400000, 720000)
BEHIND = anchor(PICTURE, 5400000, 720000).replace('behindDoc="0"', 'behindDoc="1"')
FRONT = anchor(PICTURE, 5400000, 720000)
SQUARE = BEHIND.replace('behindDoc="1"', 'behindDoc="0"').replace("<wp:wrapNone/>", '<wp:wrapSquare wrapText="bothSides"/>')
INLINE = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="720000" cy="720000"/><wp:docPr id="4" name="Logo"/>'
          '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
          f'{picture(720000, 720000)}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Target="header1.xml"/>'
        '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
        'Target="footer1.xml"/>'
        '<Relationship Id="rIdF2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
        'Target="footer2.xml"/></Relationships>')
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _box(inner: str, fill: str = "<a:noFill/>") -> str:
    shape = text_shape(1800000, 720000).replace("<w:p><w:r><w:t>tekst pola</w:t></w:r></w:p>", inner) \
        .replace("</a:prstGeom>", "</a:prstGeom>" + fill)
    return anchor(shape, 1800000, 720000)


def _section(references: str, last: bool = False) -> str:
    properties = f"<w:sectPr {R}>{references}</w:sectPr>"
    return properties if last else f"<w:p><w:pPr>{properties}</w:pPr></w:p>"


def _package(body: str, header: str = "", footer1: str = "", footer2: str = "",
             sections: str = '<w:headerReference w:type="default" r:id="rIdH1"/>'
                             '<w:footerReference w:type="default" r:id="rIdF1"/>') -> dict:
    document = f"<w:document {NS} {R}><w:body>{body}{_section(sections, last=True)}</w:body></w:document>"
    return {"word/document.xml": etree.fromstring(document),
            "word/header1.xml": etree.fromstring(f"<w:hdr {NS}>{header}<w:p/></w:hdr>"),
            "word/footer1.xml": etree.fromstring(f"<w:ftr {NS}>{footer1}<w:p/></w:ftr>"),
            "word/footer2.xml": etree.fromstring(f"<w:ftr {NS}>{footer2}<w:p/></w:ftr>"),
            "word/_rels/document.xml.rels": etree.fromstring(RELS)}


def _checked(trees: dict) -> None:
    sheets = unseen.drawn(trees)
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footer2.xml"):
        unseen.check(part, trees[part], trees["word/document.xml"], None, sheets)


PASSING = {
    "band behind the body's text": _package(BEHIND + RUN),
    "the header's band behind the footer's text": _package("<w:p/>", header=BEHIND, footer1=RUN),
    "the header's band behind the body's text": _package(RUN, header=BEHIND),
    "a rectangle in front, a clear box on it": _package(FRONT + _box(RUN)),
    "the same in the header": _package("<w:p/>", header=FRONT + _box(RUN)),
    "a filled box": _package(_box(RUN, '<a:solidFill><a:srgbClr val="1F3864"/></a:solidFill>')),
    "an inline group: a picture under a clear box": _package(
        INLINE.replace(picture(720000, 720000), group(PICTURE + text_shape(1000, 300).replace(
            "<w:p><w:r><w:t>tekst pola</w:t></w:r></w:p>", RUN), 5400000, 720000))),
    "a watermark (VML, behind the text)": _package(RUN, header=(
        '<w:p><w:r><w:pict><v:shape id="Znak" style="position:absolute;z-index:-251657216;width:400pt;height:100pt" '
        'fillcolor="silver" stroked="f"/></w:pict></w:r></w:p>')),
    "a band behind the text of the same second section": _package(
        _section("") + BEHIND + RUN),
}

REFUSED = {
    "an inline logo in the header": _package(RUN, header=INLINE),
    "an inline logo in the same paragraph": _package(INLINE.replace("</w:p>", WHITE + "</w:p>")),
    "a picture the text wraps around": _package(SQUARE + RUN),
    "a picture in front of the body's text": _package(FRONT + RUN),
    "a band behind the text of another section": _package(BEHIND + _section("") + RUN),
    "a band in a footer the run's section does not print": _package(
        _section('<w:footerReference w:type="default" r:id="rIdF1"/>') + "<w:p/>", footer1=BEHIND, footer2=RUN,
        sections='<w:footerReference w:type="default" r:id="rIdF2"/>'),
    "a clear box with nothing under it": _package(_box(RUN)),
}


@pytest.mark.parametrize("name", PASSING)
def test_white_text_on_a_drawing_that_lies_under_it_passes(name):
    _checked(PASSING[name])


@pytest.mark.parametrize("name", REFUSED)
def test_white_text_beside_a_drawing_that_cannot_lie_under_it_is_refused(name):
    with pytest.raises(unseen.Refused, match="„ZZQ33 Jan Nowak” jest biały na białej stronie"):
        _checked(REFUSED[name])
