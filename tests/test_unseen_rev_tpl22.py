"""rev-tpl22 1, 9: white text refused as „biały na białej stronie” though it stands on a colour both readers draw –
a paragraph's or character style's shading, a solid-pattern shading, a shape under a transparent text box, a table
in a filled box or nested in a shaded cell, a header's band under the footer, a box filled with a darkened theme
white. The white rule refuses only where it knows nothing is behind the text (when unsure, it passes); what a
part draws is judged once a part, not once a run (it was quadratic).

No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest
from lxml import etree

from pismo.render import unseen
from test_offpage_rev_tpl19b import A4, NS, anchor, checked, offset, picture, text_shape
from test_unseen_rev_tpl20b import LINE

WHITE = '<w:color w:val="FFFFFF"/>'
BLUE = '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'


def _run(properties: str = WHITE, paragraph: str = "") -> str:
    return f"<w:p>{paragraph}<w:r><w:rPr>{properties}</w:rPr><w:t>ZZQ26 {LINE}</w:t></w:r></w:p>"


def _styles(*styles: str) -> etree._Element:
    return etree.fromstring(f"<w:styles {NS}>{''.join(styles)}</w:styles>")


def _style(kind: str, ident: str, inner: str, based: str = "") -> str:
    based = f'<w:basedOn w:val="{based}"/>' if based else ""
    return f'<w:style w:type="{kind}" w:styleId="{ident}"><w:name w:val="{ident}"/>{based}{inner}</w:style>'


def _checked_with(body: str, styles=None) -> None:
    document = etree.fromstring(f"<w:document {NS}><w:body>{body}{A4}</w:body></w:document>")
    unseen.check("word/document.xml", document, document, styles)


PSTYLE = '<w:pPr><w:pStyle w:val="Baner"/></w:pPr>'


@pytest.mark.parametrize("body, styles", [
    (_run(paragraph=PSTYLE), _styles(_style("paragraph", "Baner", f"<w:pPr>{BLUE}</w:pPr>"))),
    (_run(paragraph=PSTYLE), _styles(_style("paragraph", "Pasek", f"<w:pPr>{BLUE}</w:pPr>"),
                                     _style("paragraph", "Baner", "", based="Pasek"))),
    (_run(WHITE + '<w:rStyle w:val="Pilne"/>'), _styles(_style("character", "Pilne", f"<w:rPr>{BLUE}</w:rPr>"))),
    (_run(), _styles('<w:style w:type="paragraph" w:default="1" w:styleId="Normalny"><w:pPr>' + BLUE + "</w:pPr></w:style>")),
    (_run(paragraph=PSTYLE), None),  # the styles unknown: unsure, passes
])
def test_white_text_on_a_styles_shading_passes(body, styles):
    _checked_with(body, styles)


def test_white_text_in_a_style_that_shades_nothing_is_refused():
    with pytest.raises(unseen.Refused, match="jest biały na białej stronie"):
        _checked_with(_run(paragraph=PSTYLE), _styles(_style("paragraph", "Baner", '<w:pPr><w:jc w:val="center"/></w:pPr>')))


SOLID = '<w:shd w:val="solid" w:color="1F3864" w:fill="auto"/>'


def _in_box(inner: str, fill: str) -> str:
    shape = text_shape(1800000, 720000).replace("<w:p><w:r><w:t>tekst pola</w:t></w:r></w:p>", inner) \
        .replace("</a:prstGeom>", "</a:prstGeom>" + fill)
    return anchor(shape, 1800000, 720000, h=offset(900000), v=offset(900000))


def _table(cell: str, inner: str) -> str:
    return f"<w:tbl><w:tr><w:tc><w:tcPr>{cell}</w:tcPr>{inner}</w:tc></w:tr></w:tbl><w:p/>"


@pytest.mark.parametrize("body", [
    _run(WHITE + SOLID), _run(paragraph=f"<w:pPr>{SOLID}</w:pPr>"), _table(SOLID, _run()),
    _in_box(_table("", _run()), '<a:solidFill><a:srgbClr val="1F3864"/></a:solidFill>'),
    _table(BLUE, _table("", _run())),
    _in_box(_run(), '<a:solidFill><a:schemeClr val="bg1"><a:lumMod val="50000"/></a:schemeClr></a:solidFill>'),
    # a dark rectangle (a picture here) in front of the text, a transparent text box on it (rev-tpl24 9: it must
    # reach the box – 0 to 5,6 cm down the page, the box 2,5 to 4,5 cm)
    anchor(picture(5400000, 2000000), 5400000, 2000000) + _in_box(_run(), "<a:noFill/>"),
])
def test_white_text_on_a_colour_drawn_around_it_passes(body):
    checked(body)


def test_white_text_over_a_band_another_part_of_the_page_draws_passes():
    band = anchor(picture(5400000, 720000), 5400000, 720000).replace('behindDoc="0"', 'behindDoc="1"')
    footer = etree.fromstring(f"<w:ftr {NS}>{_run()}</w:ftr>")
    document = etree.fromstring(f"<w:document {NS}><w:body><w:p/>{A4}</w:body></w:document>")
    sheets = unseen.drawn({"word/header1.xml": etree.fromstring(f"<w:hdr {NS}>{band}</w:hdr>"),
                           "word/footer1.xml": footer, "word/document.xml": document})
    unseen.check("word/footer1.xml", footer, document, None, sheets)
    with pytest.raises(unseen.Refused, match="jest biały na białej stronie"):
        unseen.check("word/footer1.xml", footer, document, None, unseen.drawn({"word/document.xml": document}))


def test_white_text_in_an_unfilled_box_with_nothing_else_drawn_is_refused():
    with pytest.raises(unseen.Refused, match="jest biały na białej stronie"):
        checked(_in_box(_run(), "<a:noFill/>"))


def test_what_a_part_draws_is_judged_once_a_part_not_once_a_run(monkeypatch):
    calls, judged = [], unseen._lying
    monkeypatch.setattr(unseen, "_lying", lambda root, page: calls.append(root) or judged(root, page))
    band = anchor(picture(5400000, 720000), 5400000, 720000).replace('behindDoc="0"', 'behindDoc="1"')
    checked(band + _run())
    once = len(calls)
    calls.clear()
    checked(band + "".join(_run() for _ in range(200)))
    assert len(calls) <= once + 2 * 199  # each body paragraph judged once (twice: template and page), not per run


# --- 5: a tiny style or tiny defaults judged for the text that takes the size from them --------------------------

SPACER = _style("paragraph", "Odstep", '<w:rPr><w:sz w:val="2"/></w:rPr>')
OWN_SIZE = _style("character", "Data", '<w:rPr><w:sz w:val="24"/></w:rPr>')


def _styles_checked(paragraph: str, run: str, *styles: str, defaults: str = "") -> None:
    document = etree.fromstring(f"<w:document {NS}><w:body><w:p><w:pPr>{paragraph}</w:pPr><w:r><w:rPr>{run}</w:rPr>"
                                f"<w:t>Łęczna, dnia 7 grudnia 2026 r.</w:t></w:r></w:p>{A4}</w:body></w:document>")
    defaults = f"<w:docDefaults><w:rPrDefault><w:rPr>{defaults}</w:rPr></w:rPrDefault></w:docDefaults>"
    unseen.check("word/styles.xml", etree.fromstring(f"<w:styles {NS}>{defaults}{''.join(styles)}</w:styles>"), document)


@pytest.mark.parametrize("paragraph, run, styles, defaults", [
    ('<w:pStyle w:val="Odstep"/>', '<w:sz w:val="24"/>', (SPACER,), ""),
    ('<w:pStyle w:val="Odstep"/>', '<w:rStyle w:val="Data"/>', (SPACER, OWN_SIZE), ""),
    ("", "", ('<w:style w:type="paragraph" w:default="1" w:styleId="Normalny"><w:rPr><w:sz w:val="24"/></w:rPr>'
              "</w:style>",), '<w:sz w:val="2"/>'),
    ('<w:pStyle w:val="Tresc"/>', "", (_style("paragraph", "Baza", '<w:rPr><w:sz w:val="24"/></w:rPr>'),
                                       _style("paragraph", "Tresc", "", based="Baza")), '<w:sz w:val="2"/>'),
])
def test_a_tiny_style_or_default_the_text_overrides_passes(paragraph, run, styles, defaults):
    _styles_checked(paragraph, run, *styles, defaults=defaults)


@pytest.mark.parametrize("paragraph, styles, defaults, match", [
    ('<w:pStyle w:val="Odstep"/>', (SPACER,), "", "styl „Odstep” ma rozmiar 1 pt"),
    ("", (), '<w:sz w:val="2"/>', "domyślne formatowanie dokumentu ma rozmiar 1 pt"),
])
def test_a_tiny_style_or_default_the_text_takes_its_size_from_is_refused(paragraph, styles, defaults, match):
    with pytest.raises(unseen.Refused, match=match):
        _styles_checked(paragraph, "", *styles, defaults=defaults)


# --- 2: a cell merged down rows of exact height has their heights together --------------------------------------

def _merged(lines: list[str], rules=("exact", "exact", "exact")) -> str:
    rows = []
    for i, rule in enumerate(rules):
        merge = '<w:vMerge w:val="restart"/>' if i == 0 else "<w:vMerge/>"
        text = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines) if i == 0 else "<w:p/>"
        rows.append(f'<w:tr><w:trPr><w:trHeight w:val="400" w:hRule="{rule}"/></w:trPr>'
                    f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/>{merge}</w:tcPr>{text}</w:tc>'
                    f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>tel. {i}</w:t></w:r></w:p></w:tc></w:tr>')
    return ('<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>' + "".join(rows)
            + "</w:tbl><w:p/>")


ADDRESS = ["Komenda Powiatowa Policji", "ul. Staszica 9", "21-010 Łęczna"]


def test_a_cell_merged_down_rows_of_exact_height_is_judged_at_their_height():
    checked(_merged(ADDRESS))
    checked(_merged(ADDRESS * 5, ("exact", "atLeast", "exact")))  # a row that grows: unbounded


def test_text_past_the_merged_rows_is_refused():
    with pytest.raises(unseen.Refused, match="wysokość „Dokładnie” 20 pt, a jego tekstu od „Komenda"):
        checked(_merged(ADDRESS * 6))  # 18 lines of at least 4 pt in 60 pt
