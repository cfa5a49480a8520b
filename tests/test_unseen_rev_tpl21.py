"""rev-tpl21 4, 5, 6: text no page shows that the hidden-text rules let through – a text box set to shrink its text
(normAutofit: LibreOffice neither shrinks nor grows it, it cuts the lines), a table's row or a text frame of exact
height and an inline text box in a line of exact spacing (both readers cut to that height), and runs lowered off
the page, in a 0,5-pt font, scaled to 1 % or white on the white page. Refused by name, in the one place the other
hidden-text rules are (pismo.render.unseen), which both `szablony sprawdz` and every generating command run."""

from __future__ import annotations

import pytest

from test_offpage_rev_tpl19b import checked
from test_unseen_rev_tpl20b import LINE, _boxed, _inline

PRIVATE = [f"ZZQ23 linia {i}: {LINE}" for i in range(3)]


def _refused(body: str, match: str) -> None:
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match=match):
        checked(body)


@pytest.mark.parametrize("fit", ["<a:normAutofit/>", '<a:normAutofit fontScale="50000" lnSpcReduction="20000"/>'])
def test_a_box_set_to_shrink_its_text_is_judged_at_its_size(fit):
    _refused(_boxed(720000, 216000, ["Pilne"] + [f"ZZQ8 {LINE}"] * 3, fit=fit), "„Pole” ma więcej tekstu, niż mieści")


def _row(height: int, paragraphs: list[str], rule: str = "exact") -> str:
    cells = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="{height}" '
            f'w:hRule="{rule}"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>{cells}</w:tc></w:tr>'
            '</w:tbl><w:p/>')


@pytest.mark.parametrize("paragraphs", [PRIVATE, ["ZZQ25 telefon: {{ jednostka.telefon }}"]])
def test_text_a_row_of_exact_height_cuts_off_is_refused(paragraphs):
    _refused(_row(20, paragraphs), "wiersz tabeli ma wysokość „Dokładnie” 1 pt, a jego tekstu od „ZZQ2")


def _frame(height: int, paragraphs: list[str]) -> str:
    frame = f'<w:framePr w:w="5000" w:h="{height}" w:hRule="exact" w:wrap="around" w:vAnchor="text" w:hAnchor="margin"/>'
    return "".join(f"<w:p><w:pPr>{frame}</w:pPr><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)


def test_text_a_frame_of_exact_height_cuts_off_is_refused():
    _refused(_frame(20, PRIVATE), "ramka ma wysokość „Dokładnie” 1 pt, a jej tekstu od „ZZQ23 linia 0")


def test_an_inline_box_in_a_line_of_exact_spacing_is_refused():
    boxed = _inline(2160000, 1080000).replace("<w:p><w:r><w:drawing>", '<w:p><w:pPr><w:spacing w:line="40" '
                                              'w:lineRule="exact"/></w:pPr><w:r><w:drawing>', 1)
    _refused(boxed, "„Pole” stoi w akapicie o interlinii „Dokładnie” 2 pt")


def test_rows_frames_and_lines_with_room_pass():
    checked(_row(400, PRIVATE, "atLeast") + _row(1400, PRIVATE) + _row(300, ["Uwagi dzielnicowego:"])
            + _frame(1400, PRIVATE))
    checked(_inline(2160000, 360000).replace("<w:p><w:r><w:drawing>", '<w:p><w:pPr><w:spacing w:line="1200" '
                                             'w:lineRule="exact"/></w:pPr><w:r><w:drawing>', 1))


def _run(properties: str, text: str = f"ZZQ26 {LINE}", paragraph: str = "") -> str:
    return f"<w:p>{paragraph}<w:r><w:rPr>{properties}</w:rPr><w:t>{text}</w:t></w:r></w:p>"


@pytest.mark.parametrize("properties, why", [
    ('<w:position w:val="-3000"/>', "jest obniżony o 1500 pt"), ('<w:position w:val="3000"/>', "jest podniesiony o 1500 pt"),
    ('<w:sz w:val="1"/><w:szCs w:val="1"/>', "ma rozmiar 0,5 pt – mniej niż 4 pt"), ('<w:w w:val="1"/>', "ma skalę 1 %"),
    ('<w:color w:val="FFFFFF"/>', "jest biały na białej stronie")])
def test_a_run_no_page_shows_is_refused_by_its_text(properties, why):
    _refused(_run(properties), f"tekst „ZZQ26 mieszkaniec[^”]*” {why}")


@pytest.mark.parametrize("body", [
    _run('<w:position w:val="6"/>'), _run('<w:sz w:val="12"/>'), _run('<w:w w:val="80"/>'),
    _run('<w:color w:val="FFFFFF"/><w:highlight w:val="darkBlue"/>'),
    _run('<w:color w:val="FFFFFF"/>', paragraph='<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr>'),
    '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="1F3864"/></w:tcPr>'
    + _run('<w:color w:val="FFFFFF"/>', "Nagłówek") + "</w:tc></w:tr></w:tbl><w:p/>",
    _run('<w:sz w:val="2"/>', ""), _run('<w:color w:val="EEECE1"/>')])
def test_runs_a_page_shows_pass(body):
    checked(body)


def test_white_text_over_a_drawing_behind_the_text_passes():
    """A letterhead's white name over a banner picture set behind the text: the page shows it."""
    from test_offpage_rev_tpl19b import anchor, picture
    banner = anchor(picture(5400000, 720000), 5400000, 720000).replace('behindDoc="0"', 'behindDoc="1"')
    checked(banner + _run('<w:color w:val="FFFFFF"/>', "Komenda Powiatowa Policji"))


def test_a_stored_white_under_a_theme_colour_is_refused_when_generating(tmp_path):
    """Word would draw the theme's colour, LibreOffice the stored white; the theme colour is left out on reading
    (rev-tpl15 13), so both would draw white: refused by name, as any white text, when a document is made."""
    from test_attacks_templates_rev_tpl11 import generated
    from test_attacks_templates_rev_tpl15 import body, run
    with pytest.raises(AssertionError, match="tekst „kwota 900 zł THEME” jest biały na białej stronie"):
        generated(tmp_path, body(run('<w:color w:val="FFFFFF" w:themeColor="text1" w:themeShade="BF"/>', "900 zł THEME")))


def _cell(shading: str, table: str = "") -> str:
    return (f"<w:tbl><w:tblPr>{table}</w:tblPr><w:tr><w:tc><w:tcPr>{shading}</w:tcPr>"
            + _run('<w:color w:val="FFFFFF"/>', f"ZZQ26 {LINE}") + "</w:tc></w:tr></w:tbl><w:p/>")


def _in_box(fill: str) -> str:
    from test_offpage_rev_tpl19b import anchor, offset, text_shape
    shape = text_shape(1800000, 720000).replace("<w:r><w:t>tekst pola", f'<w:r><w:rPr><w:color w:val="FFFFFF"/>'
                                                '</w:rPr><w:t>ZZQ26 ' + LINE).replace("</a:prstGeom>", "</a:prstGeom>" + fill)
    return anchor(shape, 1800000, 720000, h=offset(900000), v=offset(900000))


@pytest.mark.parametrize("body", [_cell(""), _cell('<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>'),
                                  _in_box(""), _in_box('<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>')])
def test_white_text_in_an_unfilled_cell_or_box_is_refused(body):
    _refused(body, "jest biały na białej stronie")


@pytest.mark.parametrize("body", [_cell('<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'),
                                  _cell("", '<w:tblStyle w:val="Tabelasiatki4akcent1"/>'),
                                  _in_box('<a:solidFill><a:srgbClr val="1F3864"/></a:solidFill>'),
                                  _in_box('<a:solidFill><a:schemeClr val="accent1"/></a:solidFill>')])
def test_white_text_in_a_filled_cell_or_box_passes(body):
    checked(body)


def _styled(properties: str, used: bool = True) -> None:
    from lxml import etree

    from pismo.render import unseen
    from test_offpage_rev_tpl19b import NS
    paragraph = '<w:pPr><w:pStyle w:val="Drobny"/></w:pPr>' if used else ""
    document = etree.fromstring(f"<w:document {NS}><w:body><w:p>{paragraph}<w:r><w:t>ZZQ26 {LINE}</w:t></w:r></w:p>"
                                "</w:body></w:document>")
    styles = etree.fromstring(f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="Drobny"><w:name w:val="Drobny"/>'
                              f"<w:rPr>{properties}</w:rPr></w:style></w:styles>")
    unseen.check("word/styles.xml", styles, document)


@pytest.mark.parametrize("properties, why", [('<w:sz w:val="1"/>', "ma rozmiar 0,5 pt"), ('<w:w w:val="5"/>', "ma skalę 5 %"),
                                             ('<w:position w:val="-3000"/>', "jest obniżony o 1500 pt")])
def test_a_style_the_text_stands_in_that_hides_it_is_refused(properties, why):
    from pismo.render import unseen
    with pytest.raises(unseen.Refused, match=f"styl „Drobny” {why}.*a stoi w nim tekst „ZZQ26"):
        _styled(properties)


def test_a_tiny_style_no_text_stands_in_passes():
    _styled('<w:sz w:val="1"/>', used=False)
    _styled('<w:sz w:val="20"/>')
