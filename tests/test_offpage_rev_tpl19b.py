"""A drawing partly off the page (rev-tpl18 2's off-page box, decided by the printed area), a group's shape placed
off the page inside its group (VML and DrawingML), and Word's percentage and simplePos positions (rev-tpl19 3's
related cases) passed the template checks while their text stayed in the file. Ordinary layouts still pass: a
rotated text box along the page's edge, a picture bleeding off the page, a box placed by percentage, a group's
shapes inside it.

No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest
from lxml import etree

from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
A4 = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418"/></w:sectPr>'
WIDTH, HEIGHT = 11906 * 635, 16838 * 635  # EMU


def text_shape(cx: int, cy: int, rot: int = 0, name: str = "Pole", x: int = 0, y: int = 0, child: bool = False) -> str:
    transform = f'<a:xfrm rot="{rot}"><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    named = f'<wps:cNvPr id="9" name="{name}"/>' if child else ''
    return (f'<wps:wsp>{named}<wps:cNvSpPr txBox="1"/><wps:spPr>{transform}<a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>tekst pola</w:t></w:r></w:p>'
            '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>')


def picture(cx: int, cy: int) -> str:
    return ('<pic:pic><pic:nvPicPr><pic:cNvPr id="3" name="Pasek"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
            f'<a:blip/></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>')


def anchor(graphic: str, cx: int, cy: int, h: str = "<wp:posOffset>0</wp:posOffset>",
           v: str = "<wp:posOffset>0</wp:posOffset>", frames=("page", "page"), simple: str = "0",
           at=(0, 0), name: str = "Pole") -> str:
    uri = ("http://schemas.openxmlformats.org/drawingml/2006/picture" if graphic.startswith("<pic:") else
           "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" if graphic.startswith("<wpg:") else
           "http://schemas.microsoft.com/office/word/2010/wordprocessingShape")
    return (f'<w:p><w:r><w:drawing><wp:anchor simplePos="{simple}" relativeHeight="1" behindDoc="0" locked="0" '
            f'layoutInCell="1" allowOverlap="1"><wp:simplePos x="{at[0]}" y="{at[1]}"/>'
            f'<wp:positionH relativeFrom="{frames[0]}">{h}</wp:positionH>'
            f'<wp:positionV relativeFrom="{frames[1]}">{v}</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:wrapNone/><wp:docPr id="5" name="{name}"/><a:graphic><a:graphicData uri="{uri}">{graphic}'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>')


def offset(emu: int) -> str:
    return f"<wp:posOffset>{emu}</wp:posOffset>"


def group(members: str, cx: int, cy: int, children=(0, 0, 1000, 1000)) -> str:
    x, y, ccx, ccy = children
    return (f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
            f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{ccx}" cy="{ccy}"/></a:xfrm></wpg:grpSpPr>{members}</wpg:wgp>')


def vml_group(left: int, top: int) -> str:
    return ('<w:p><w:r><w:pict><v:group id="Grupa1" style="position:absolute;margin-left:20pt;margin-top:20pt;'
            'width:200pt;height:100pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
            'coordsize="2000,1000"><v:rect id="Ramka" style="position:absolute;left:0;top:0;width:2000;height:1000"/>'
            f'<v:shape id="Dziecko" type="#_x0000_t202" style="position:absolute;left:{left};top:{top};width:1000;'
            'height:300"><v:textbox><w:txbxContent><w:p><w:r><w:t>tekst</w:t></w:r></w:p></w:txbxContent>'
            '</v:textbox></v:shape></v:group></w:pict></w:r></w:p>')


def checked(body: str, part: str = DOC, section: str = A4) -> None:
    from pismo.render import unseen
    document = etree.fromstring(f"<w:document {NS}><w:body>{body if part == DOC else ''}{section}</w:body></w:document>")
    tree = document if part == DOC else etree.fromstring(f"<w:hdr {NS}>{body}</w:hdr>")
    unseen.check(part, tree, document)


BOX = (1800000, 360000)
REFUSED = {
    # a text box hanging 1.4 cm off the page's left edge, and one with 0.7 cm below the page's foot
    "left": (anchor(text_shape(*BOX), *BOX, h=offset(-500000)), "„Pole” wychodzi poza stronę (o 1,1 cm)"),
    "foot": (anchor(text_shape(*BOX), *BOX, v=offset(HEIGHT - 100000)), "„Pole” wychodzi poza stronę (o 0,6 cm)"),
    # placed against the bottom margin's frame: its start lies on the page, its text under the page's foot
    "bottom margin": (anchor(text_shape(*BOX), *BOX, v=offset(700000), frames=("margin", "bottomMargin")),
                      "wychodzi poza stronę"),
    # a box wider than the page, whatever column it stands in
    "wider": (anchor(text_shape(WIDTH + 900000, 360000), WIDTH + 900000, 360000, frames=("column", "paragraph")),
              "wychodzi poza stronę"),
    # Word's percentage offset (900 % of the page) and simplePos: LibreOffice prints both at the page's corner
    "percent": (anchor(text_shape(*BOX), *BOX, h="<wp14:pctPosHOffset>900000</wp14:pctPosHOffset>"),
                "„Pole” leży poza stroną"),
    "percent partly": (anchor(text_shape(*BOX), *BOX, frames=("margin", "page"),
                              h="<wp14:pctPosHOffset>95000</wp14:pctPosHOffset>"), "wychodzi poza stronę"),
    "simplePos": (anchor(text_shape(*BOX), *BOX, simple="1", at=(99000000, 99000000)), "„Pole” leży poza stroną"),
    "simplePos partly": (anchor(text_shape(*BOX), *BOX, simple="1", at=(WIDTH - 900000, 0)), "wychodzi poza stronę"),
    # a group on the page whose text box lies off it through the group's child coordinates
    "group member": (anchor(group(text_shape(500, 500, name="Dziecko", x=90000, y=0, child=True), *BOX), *BOX),
                     "„Dziecko” leży poza stroną"),
    "group member partly": (anchor(group(text_shape(800, 400, name="Dziecko", x=-300, y=0, child=True), *BOX), *BOX),
                            "„Dziecko” wychodzi poza stronę"),
    "vml group member": (vml_group(90000, 0), "„Dziecko” leży poza stroną"),
    "vml group member partly": (vml_group(-1000, 0), "„Dziecko” wychodzi poza stronę"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_text_off_the_page_is_refused(name):
    from pismo.render import unseen
    body, fragment = REFUSED[name]
    with pytest.raises(unseen.Refused, match="część word/document.xml") as refused:
        checked(body)
    assert fragment in str(refused.value), refused.value


def test_a_header_box_is_judged_by_its_documents_page():
    """A header names no page of its own: the document's section gives it (an A4 page, not Word's largest)."""
    from pismo.render import unseen
    body = anchor(text_shape(*BOX), *BOX, h=offset(WIDTH - 900000))
    with pytest.raises(unseen.Refused, match="część word/header1.xml: pole tekstowe „Pole” wychodzi poza stronę"):
        checked(body, "word/header1.xml")


def test_a_box_partly_off_the_page_is_refused_everywhere(tmp_path):
    body = anchor(text_shape(*BOX), *BOX, h=offset(-500000))
    checked_, _made = refused_everywhere(tmp_path, {DOC: in_body(body)}, "„Pole” wychodzi poza stronę (o 1,1 cm)")
    assert "przesuń je na stronę albo zmniejsz je" in checked_.output


PASSING = {
    # a text box turned 270° running down the page's left edge (20 × 1 cm, centred 1 cm from the edge): its
    # unturned box starts 9 cm left of the page
    "rotated along the edge": anchor(text_shape(7200000, 360000, rot=16200000), 7200000, 360000,
                                     h=offset(360000 - 3600000), v=offset(5400000 - 180000)),
    # a letterhead band with its unit's name bleeding 5 mm off the page's top and sides
    "band with text": anchor(text_shape(WIDTH + 360000, 1080000), WIDTH + 360000, 1080000, h=offset(-180000),
                             v=offset(-180000)),
    # a letterhead band and an emblem bleeding off the page: pictures, no text
    "bleeding band": anchor(picture(WIDTH + 200000, 900000), WIDTH + 200000, 900000, h=offset(-100000),
                            v=offset(-100000)),
    "emblem off the corner": anchor(picture(3600000, 3600000), 3600000, 3600000, h=offset(WIDTH - 1800000),
                                    v=offset(-1800000)),
    # flush with the page's corner; at the foot of a paragraph anywhere on the page; centred by percentage
    "corner": anchor(text_shape(*BOX), *BOX),
    "paragraph": anchor(text_shape(*BOX), *BOX, v=offset(9000000), frames=("column", "paragraph")),
    "percent": anchor(text_shape(*BOX), *BOX, frames=("margin", "margin"),
                      h="<wp14:pctPosHOffset>40000</wp14:pctPosHOffset>", v="<wp14:pctPosVOffset>80000</wp14:pctPosVOffset>"),
    "simplePos off, unused": anchor(text_shape(*BOX), *BOX, at=(99000000, 99000000)),
    # a text box's box slightly wider than its text at the page's edge (within its inset)
    "inset": anchor(text_shape(*BOX), *BOX, h=offset(-80000)),
    # groups whose shapes lie inside them
    "group": anchor(group(text_shape(1000, 500, name="Dziecko", x=0, y=500, child=True), *BOX), *BOX,
                    h=offset(720000), v=offset(720000)),
    "vml group": vml_group(500, 300),
}


@pytest.mark.parametrize("name", list(PASSING))
def test_ordinary_layouts_pass(name):
    checked(PASSING[name])
