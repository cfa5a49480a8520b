"""rev-tpl20 5, 6, 14, 19 (the rest of them): text no reader prints that the off-page rule let through – text a
fixed-size text box is too small to show, a text box of no size in a line (wp:inline), a VML box whose place the
check could not read (taken as 0), and the shapes of a turned VML group (not judged at all).

No test here runs LibreOffice; the reviewer's PDFs (rev-tpl20/pdf_align) showed none of these texts printed.
"""

from __future__ import annotations

import re

import pytest

from test_offpage_rev_tpl19b import anchor, checked, offset, text_shape

LINE = "mieszkaniec ul. Lipowa 5 m. 12 zgłasza sąsiada"


def _boxed(cx: int, cy: int, paragraphs: list[str], fit: str = "<a:noAutofit/>", size: int | None = None) -> str:
    """A text box cx × cy (EMU) on the page holding paragraphs, its fitting as given (the reviewer's t_overflow:
    2 × 0,6 cm, „Nie dopasowuj automatycznie”)."""
    run = "" if size is None else f'<w:rPr><w:sz w:val="{size}"/></w:rPr>'
    text = "".join(f"<w:p><w:r>{run}<w:t>{p}</w:t></w:r></w:p>" if p else "<w:p/>" for p in paragraphs)
    shape = text_shape(cx, cy).replace("<w:p><w:r><w:t>tekst pola</w:t></w:r></w:p>", text)
    shape = shape.replace("<wps:bodyPr/>", f"<wps:bodyPr>{fit}</wps:bodyPr>")
    return anchor(shape, cx, cy, h=offset(5400000), v=offset(900000))


OVERFLOWING = {
    "three paragraphs under a one-line box": _boxed(720000, 216000, ["Pilne"] + [f"ZZQ8 linia {i}: {LINE}"
                                                                                 for i in range(3)]),
    "no fitting given": _boxed(720000, 216000, ["Pilne"] + [f"ZZQ8 linia {i}: {LINE}" for i in range(3)], fit=""),
    "empty paragraphs push the text down": _boxed(1800000, 360000, ["Pilne", "", "", "", "", "", f"ZZQ8 {LINE}"]),
    "one long paragraph wraps past the box": _boxed(720000, 360000, [f"ZZQ8 {LINE} " * 8]),
    "line breaks": _boxed(720000, 216000, ["Pilne</w:t><w:br/><w:t>a</w:t><w:br/><w:t>b</w:t><w:br/><w:t>ZZQ8"]),
    "a large font given": _boxed(1800000, 540000, ["Pilne", f"ZZQ8 {LINE}"], size=48),
}


@pytest.mark.parametrize("name", list(OVERFLOWING))
def test_text_a_fixed_size_box_cannot_show_is_refused(name):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Pole” ma więcej tekstu, niż mieści \\(od „[^”]*ZZQ8"):
        checked(OVERFLOWING[name])


def test_a_vml_box_too_small_for_its_text_is_refused():
    from pismo.render import unseen
    text = "".join(f"<w:p><w:r><w:t>ZZQ8 linia {i}: {LINE}</w:t></w:r></w:p>" for i in range(4))
    shape = ('<w:p><w:r><w:pict><v:shape id="Pole 1" type="#_x0000_t202" style="position:absolute;margin-left:100pt;'
             'margin-top:100pt;width:60pt;height:{};mso-position-horizontal-relative:page;'
             'mso-position-vertical-relative:page"><v:textbox{}><w:txbxContent>' + text +
             '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    with pytest.raises(unseen.Refused, match="„Pole 1” ma więcej tekstu, niż mieści"):
        checked(shape.format("17pt", ""))
    checked(shape.format("17pt", ' style="mso-fit-shape-to-text:t"'))  # Word grows it to its text
    checked(shape.format("300pt", ""))


FITTING = {
    "one line in a tight box": _boxed(720000, 216000, ["Pilne"], size=24),
    "the box grows to its text": _boxed(720000, 216000, ["Pilne"] + [f"ZZQ8 {LINE}"] * 3, fit="<a:spAutoFit/>"),
    "an address block with room": _boxed(1800000, 1080000, ["Komenda Powiatowa Policji", "ul. Partyzancka 2",
                                                            "21-010 Łęczna", "tel. 47 811 52 10"], size=20),
    "empty paragraphs below the text": _boxed(720000, 216000, ["Pilne", "", "", "", "", ""]),
}


@pytest.mark.parametrize("name", list(FITTING))
def test_text_a_box_shows_passes(name):
    checked(FITTING[name])


def test_a_box_whose_text_flows_on_into_a_linked_box_passes():
    """Word keeps a chain's whole text in its first box (wps:txbx id); the next box (wps:linkedTxbx) shows the rest."""
    first = _boxed(720000, 216000, ["Pilne"] + [f"linia {i}: {LINE}" for i in range(3)]).replace(
        "<wps:txbx>", '<wps:txbx id="1">')
    second = anchor('<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" '
                    'cy="720000"/></a:xfrm></wps:spPr><wps:linkedTxbx id="1" seq="1"/><wps:bodyPr/></wps:wsp>',
                    720000, 720000, h=offset(5400000), v=offset(3600000))
    checked(first + second)


# --- rev-tpl20 6: a text box of no size in a line ---------------------------------------------------------------

def _inline(cx: int, cy: int, text: str = "ZZQ10 mieszkaniec ul. Lipowa 5 zgłasza sąsiada") -> str:
    placed = anchor(text_shape(cx, cy).replace("tekst pola", text), cx, cy)
    start, end = placed.index("<wp:anchor"), placed.index("<wp:extent")
    placed = placed[:start] + '<wp:inline distT="0" distB="0" distL="0" distR="0">' + placed[end:]
    return placed.replace("<wp:wrapNone/>", "").replace("</wp:anchor>", "</wp:inline>")


@pytest.mark.parametrize("size", [(0, 0), (12700, 12700)])
def test_an_inline_text_box_of_no_size_is_refused(size):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Pole” nie ma miejsca na tekst"):
        checked(_inline(*size))


def test_an_inline_text_box_too_small_for_its_text_is_refused():
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Pole” ma więcej tekstu, niż mieści"):
        checked(_inline(720000, 216000, "Pilne</w:t></w:r></w:p><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>"
                                        "b</w:t></w:r></w:p><w:p><w:r><w:t>ZZQ10"))


def test_an_inline_box_is_not_judged_by_a_place():
    """A text box in a line stands where the line is: one wider than the page's text is not „poza stroną”."""
    checked(_inline(1800000, 360000))
    checked(_inline(9000000, 360000))


# --- rev-tpl20 14: a VML place the check cannot read ------------------------------------------------------------

def _vml(left: str, text: str = "tekst") -> str:
    return ('<w:p><w:r><w:pict><v:shape id="Pole 1" type="#_x0000_t202" style="position:absolute;'
            f'margin-left:{left};margin-top:100pt;width:100pt;height:40pt;mso-position-horizontal-relative:page;'
            f'mso-position-vertical-relative:page"><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r>'
            '</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


@pytest.mark.parametrize("left", ["1e400pt", "calc(3000pt)", "3000ptx", "nan"])
def test_a_vml_text_box_placed_by_an_unreadable_length_is_refused(left):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match=re.escape(f"nie można odczytać położenia ani rozmiaru pola tekstowego "
                                                       f"„Pole 1” („margin-left:{left}”)")):
        checked(_vml(left))


def test_a_vml_shape_with_no_text_and_an_unreadable_length_passes():
    checked(_vml("calc(3000pt)", " "))
    checked(_vml("+30pt"))


# --- rev-tpl20 19: a turned VML group's shapes ------------------------------------------------------------------

def _vml_turned_group(left: int, rotation: str) -> str:
    return ('<w:p><w:r><w:pict><v:group id="Grupa1" style="position:absolute;margin-left:100pt;margin-top:100pt;'
            f'width:200pt;height:100pt;rotation:{rotation};mso-position-horizontal-relative:page;'
            'mso-position-vertical-relative:page" coordsize="2000,1000"><v:rect id="Ramka" style="position:absolute;'
            'left:0;top:0;width:2000;height:1000"/><v:shape id="Dziecko" type="#_x0000_t202" style="position:absolute;'
            f'left:{left};top:0;width:1000;height:300"><v:textbox><w:txbxContent><w:p><w:r><w:t>ZZQ24 tekst</w:t>'
            '</w:r></w:p></w:txbxContent></v:textbox></v:shape></v:group></w:pict></w:r></w:p>')


@pytest.mark.parametrize("rotation", ["1", "0.001", "90", "65536fd"])
def test_a_shape_off_the_page_in_a_turned_vml_group_is_refused(rotation):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match="„Dziecko” leży poza stroną"):
        checked(_vml_turned_group(600000, rotation))


def test_a_turned_vml_groups_shapes_on_the_page_pass():
    for rotation in ("1", "90", "180"):
        checked(_vml_turned_group(500, rotation))


def test_a_turned_vml_groups_shape_turns_with_it():
    """A group 400 × 20 pt turned 90° about its centre stands 400 pt tall: a member at its far end lies below a
    page 842 pt tall when the group stands low on it, though unturned it would not."""
    from pismo.render import unseen
    shape = ('<w:p><w:r><w:pict><v:group id="Grupa1" style="position:absolute;margin-left:100pt;margin-top:820pt;'
             'width:400pt;height:20pt;rotation:{};mso-position-horizontal-relative:page;'
             'mso-position-vertical-relative:page" coordsize="4000,200"><v:shape id="Dziecko" type="#_x0000_t202" '
             'style="position:absolute;left:3600;top:0;width:400;height:200"><v:textbox><w:txbxContent><w:p><w:r>'
             '<w:t>ZZQ24</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></v:group></w:pict></w:r></w:p>')
    checked(shape.format("0"))
    with pytest.raises(unseen.Refused, match="„Dziecko”"):
        checked(shape.format("90"))
