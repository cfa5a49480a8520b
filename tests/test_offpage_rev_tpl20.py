"""Ordinary templates Word writes were refused as „poza stroną” since 8d1d73f (rev-tpl20 1, 3): a drawing Word
places by alignment (wp:align; VML mso-position-horizontal/-vertical) was judged at offset 0 of its frame and turned
about a centre not its own. The shapes below are as Word writes them (the reviewer's templates); an aligned
drawing is judged where Word puts it, so one too large for the page is still refused.

No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest

from test_offpage_rev_tpl19b import BOX, WIDTH, anchor, checked, group, offset, text_shape

# Word 2016's gallery watermark „POUFNE 1”: VML WordArt turned 315°, centred on the text area by mso-position-*
WATERMARK = (
    '<w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l'
    '@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn='
    '"sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @'
    '2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid'
    ' @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,'
    '0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><'
    'v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></'
    'v:shapetype><v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s2049" type="#_x0000_t136" style="p'
    'osition:absolute;margin-left:0;margin-top:0;width:412.4pt;height:247.45pt;rotation:315;z-index:-251657216;mso-'
    'position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-v'
    'ertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath st'
    'yle="font-family:&quot;Calibri&quot;;font-size:1pt" string="POUFNE"/><w10:wrap anchorx="margin" anchory="margi'
    'n"/></v:shape></w:pict>')

# a letterhead side strip 20 × 1,5 cm turned 270°, centred on the page's height (Układ → Wyrównaj → do środka)
SIDE_STRIP = (
    '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="25165926'
    '4" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativ'
    'eFrom="page"><wp:posOffset>-3150000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:align>c'
    'enter</wp:align></wp:positionV><wp:extent cx="7200000" cy="540000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:wrapNone/><wp:docPr id="2" name="Pole tekstowe 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="h'
    'ttp://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><'
    'a:xfrm rot="16200000"><a:off x="0" y="0"/><a:ext cx="7200000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a'
    ':avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr'
    ' val="black"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>Komenda Powiatowa Policj'
    'i w Łęcznej – Zespół Dzielnicowych</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz"'
    ' wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wp'
    's:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')

# a 3 × 1,5 cm box „Pilne” aligned right in the 2 cm right margin: its right edge on the page's edge
RIGHT_BOX = (
    '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="25165926'
    '4" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativ'
    'eFrom="rightMargin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>1'
    '800000</wp:posOffset></wp:positionV><wp:extent cx="1080000" cy="540000"/><wp:effectExtent l="0" t="0" r="0" b='
    '"0"/><wp:wrapNone/><wp:docPr id="2" name="Pole tekstowe 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData u'
    'ri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:s'
    'pPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1080000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></'
    'a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr val="blac'
    'k"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>Pilne</w:t></w:r></w:p></w:txbxCon'
    'tent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="457'
    '20" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:'
    'drawing>')

# Word 2013+'s hand-made diagonal watermark: DrawingML WordArt 20 × 5 cm turned 315°, centred on the page
WORDART = (
    '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="25165926'
    '4" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativ'
    'eFrom="page"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="page"><wp:align>center</wp:'
    'align></wp:positionV><wp:extent cx="7200000" cy="1800000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapN'
    'one/><wp:docPr id="2" name="WordArt 3"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.m'
    'icrosoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm rot="189'
    '00000"><a:off x="0" y="0"/><a:ext cx="7200000" cy="1800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:pr'
    'stGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr val="black"/>'
    '</a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>WZÓR</w:t></w:r></w:p></w:txbxContent>'
    '</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" a'
    'nchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawi'
    'ng>')


# the header's namespaces Word declares on its root, here on the drawing
WATERMARK = WATERMARK.replace("<w:pict>", '<w:pict xmlns:o="urn:schemas-microsoft-com:office:office" '
                              'xmlns:w10="urn:schemas-microsoft-com:office:word">', 1)

PASSING = {"gallery watermark": ("word/header1.xml", WATERMARK), "side strip centred": ("word/document.xml", SIDE_STRIP),
           "box aligned right": ("word/document.xml", RIGHT_BOX), "diagonal WordArt": ("word/document.xml", WORDART)}


@pytest.mark.parametrize("name", list(PASSING))
def test_drawings_word_aligns_pass(name):
    part, body = PASSING[name]
    checked(f"<w:p><w:r>{body}</w:r></w:p>", part)


def aligned(cx: int, cy: int, h: str, frame: str = "page", rot: int = 0) -> str:
    return anchor(text_shape(cx, cy, rot=rot), cx, cy, h=f"<wp:align>{h}</wp:align>",
                  v="<wp:align>center</wp:align>", frames=(frame, "page"))


REFUSED = {
    # aligned, yet wider than the page: no alignment puts it on it
    "wider than the page": aligned(WIDTH + 1800000, 360000, "center"),
    # aligned left in the right margin (2 cm): a 5 cm box runs 3 cm off the page's right edge
    "left in the right margin": aligned(1800000, 360000, "left", "rightMargin"),
    # turned 90°, a 40 cm strip centred on the page stands 5 cm past its top and foot
    "turned strip taller than the page": aligned(14400000, 360000, "center", rot=5400000),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_aligned_drawings_off_the_page_are_refused(name):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="wychodzi poza stronę"):
        checked(REFUSED[name])


def test_vml_aligned_right_past_the_page_is_refused():
    """mso-position-horizontal:right in the right margin's area puts the box's right edge on the page's edge; a
    box aligned left there runs off it."""
    from pismo.render import unseen
    shape = ('<w:p><w:r><w:pict><v:shape id="Pole 1" type="#_x0000_t202" style="position:absolute;margin-left:0;'
             'margin-top:100pt;width:200pt;height:40pt;mso-position-horizontal:{};'
             'mso-position-horizontal-relative:right-margin-area;mso-position-vertical-relative:page">'
             '<v:textbox><w:txbxContent><w:p><w:r><w:t>tekst</w:t></w:r></w:p></w:txbxContent></v:textbox>'
             '</v:shape></w:pict></w:r></w:p>')
    checked(shape.format("right"))
    with pytest.raises(unseen.Refused, match="„Pole 1” wychodzi poza stronę"):
        checked(shape.format("left"))


# --- rev-tpl20 13, 14: positions the check read as 0 while a reader places the box 83 cm off the page ----------

FAR = 30000000  # EMU: 83 cm


def _choice(axis: str, fallback: str) -> str:
    return (f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f'<mc:Choice Requires="wp14"><wp:position{axis} relativeFrom="page"><wp14:pctPos{axis}Offset>900000'
            f'</wp14:pctPos{axis}Offset></wp:position{axis}></mc:Choice><mc:Fallback><wp:position{axis} '
            f'relativeFrom="page">{fallback}</wp:position{axis}></mc:Fallback></mc:AlternateContent>')


def _wrapped_positions() -> str:
    plain = anchor(text_shape(*BOX), *BOX)
    start = plain.index("<wp:positionH")
    end = plain.index("<wp:extent")
    return plain[:start] + _choice("H", f"<wp:posOffset>{FAR}</wp:posOffset>") + \
        _choice("V", f"<wp:posOffset>{FAR}</wp:posOffset>") + plain[end:]


def _wrapped_extent() -> str:
    plain = anchor(text_shape(*BOX), *BOX, h=f"<wp:posOffset>{FAR}</wp:posOffset>",
                   v=f"<wp:posOffset>{FAR}</wp:posOffset>")
    extent = f'<wp:extent cx="{BOX[0]}" cy="{BOX[1]}"/>'
    return plain.replace(extent, '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-'
                         f'compatibility/2006"><mc:Choice Requires="wp14">{extent}</mc:Choice><mc:Fallback>{extent}'
                         '</mc:Fallback></mc:AlternateContent>')


def _vml(left: str) -> str:
    return ('<w:p><w:r><w:pict><v:shape id="Pole 1" type="#_x0000_t202" style="position:absolute;'
            f'margin-left:{left};margin-top:{left};width:100pt;height:40pt;mso-position-horizontal-relative:page;'
            'mso-position-vertical-relative:page"><v:textbox><w:txbxContent><w:p><w:r><w:t>tekst</w:t></w:r></w:p>'
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


HIDDEN = {
    "positions in mc:AlternateContent": _wrapped_positions(),
    "extent in mc:AlternateContent": _wrapped_extent(),
    "posOffset with a fraction": anchor(text_shape(*BOX), *BOX, h=f"<wp:posOffset>{FAR}.0</wp:posOffset>",
                                        v=f"<wp:posOffset>{FAR}.0</wp:posOffset>"),
    "VML length with a plus": _vml("+3000pt"),
    "VML length with an exponent": _vml("3e3pt"),
}


@pytest.mark.parametrize("name", list(HIDDEN))
def test_a_box_a_reader_places_off_the_page_is_refused(name):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="leży poza stroną"):
        checked(HIDDEN[name])


def test_ordinary_wrapped_positions_pass():
    """Word's own form of a percentage position: the same place in both branches."""
    body = _wrapped_positions().replace("900000", "10000").replace(f">{FAR}<", ">2100000<")
    checked(body)
    checked(_vml("+30pt"))


# --- rev-tpl20 19: a turned group's shapes -------------------------------------------------------------------

def _turned_group(x: int, rot: int, cx: int = 500, cy: int = 200) -> str:
    members = text_shape(cx, cy, name="Dziecko", x=x, y=0, child=True)
    body = group(members, 3600000, 1800000).replace("<a:xfrm>", f'<a:xfrm rot="{rot}">', 1)
    return anchor(body, 3600000, 1800000, h=offset(3600000), v=offset(3600000))


@pytest.mark.parametrize("rot", [60000, 1, 5400000])
def test_a_shape_off_the_page_in_a_turned_group_is_refused(rot):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Dziecko” leży poza stroną"):
        checked(_turned_group(60000, rot))


def test_a_turned_groups_shapes_turn_with_it():
    """A band 2,5 × the group's width turned 90° stands along the page's height, not across its width."""
    checked(_turned_group(0, 60000))
    checked(anchor(group(text_shape(1000, 600, name="Dziecko", child=True), 7200000, 720000).replace(
        "<a:xfrm>", '<a:xfrm rot="5400000">', 1), 7200000, 720000, h=offset(-1000000), v=offset(5000000)))


# --- rev-tpl20 6: a text box of no size holds text no reader prints --------------------------------------------

@pytest.mark.parametrize("size", [(0, 0), (12700, 12700), (1800000, 50000)])
def test_a_text_box_with_no_room_for_text_is_refused(size):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Pole” nie ma miejsca na tekst"):
        checked(anchor(text_shape(*size), *size, h=offset(3600000), v=offset(3600000)))


def test_a_vml_text_box_of_no_size_is_refused():
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Pole 1” nie ma miejsca na tekst"):
        checked(_vml("30pt").replace("width:100pt;height:40pt", "width:0;height:0"))


def test_an_empty_text_box_of_no_size_passes():
    checked(anchor(text_shape(0, 0).replace("tekst pola", " "), 0, 0, h=offset(3600000), v=offset(3600000)))
