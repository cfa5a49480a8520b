"""rev-tpl23 8: white text is judged whichever gives it the colour – the run, its character style or paragraph style
(up w:basedOn), the default paragraph style, the document's defaults – on the page it stands on, in the body,
a header or a footer; the nearest colour wins, as in Word.

No test here runs LibreOffice.
"""
from __future__ import annotations

import pytest
from lxml import etree

from pismo.render import unseen
from test_offpage_rev_tpl19b import NS
from test_unseen_white_page_rev_tpl22b import BEHIND, _package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT = "ZZQ22 Jan Nowak, ul. Lipowa 5"


def _styles(defaults: str = "", normal: str = "", more: str = "") -> etree._Element:
    return etree.fromstring(
        f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>{defaults}</w:rPr></w:rPrDefault></w:docDefaults>'
        f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>{normal}'
        '</w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Bialy"><w:name w:val="Biały"/><w:rPr><w:color w:val="FFFFFF"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Czarny"><w:name w:val="Czarny"/><w:rPr><w:color w:val="000000"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="BialyAkapit"><w:name w:val="Biały akapit"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Pochodny"><w:name w:val="Pochodny"/><w:basedOn w:val="BialyAkapit"/>'
        '<w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Baner"><w:name w:val="Baner"/><w:basedOn w:val="BialyAkapit"/>'
        '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:pPr></w:style>'
        f'{more}</w:styles>')


WHITE = '<w:color w:val="FFFFFF"/>'


def _paragraph(style: str = "", run: str = "") -> str:
    held = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{held}<w:r><w:rPr>{run}</w:rPr><w:t>{TEXT}</w:t></w:r></w:p>"


def _judged(paragraph: str, styles, where: str = "body", under: str = "") -> None:
    trees = _package(under + paragraph if where == "body" else "<w:p/>", **({} if where == "body" else
                                                                             {where: under + paragraph}))
    trees["word/styles.xml"] = styles
    sheets = unseen.drawn(trees)
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
        unseen.check(part, trees[part], trees["word/document.xml"], styles, sheets)


@pytest.mark.parametrize("paragraph, styles, source", [
    (_paragraph(run='<w:rStyle w:val="Bialy"/>'), _styles(), "Kolor czcionki stylu „Biały”"),
    (_paragraph("BialyAkapit"), _styles(), "Kolor czcionki stylu „Biały akapit”"),
    (_paragraph("Pochodny"), _styles(), "Kolor czcionki stylu „Biały akapit”"),  # up w:basedOn
    (_paragraph(), _styles(normal=WHITE), "Kolor czcionki stylu „Normal”"),  # the default paragraph style
    (_paragraph("Nieznany"), _styles(normal=WHITE), "Kolor czcionki stylu „Normal”"),  # an unknown style: Normal
    (_paragraph(), _styles(defaults=WHITE), "domyślny kolor czcionki dokumentu"),
], ids=["character style", "paragraph style", "based on a white style", "default paragraph style",
        "unknown paragraph style", "document defaults"])
@pytest.mark.parametrize("where", ["body", "header", "footer1"])
def test_white_given_by_a_style_is_refused(paragraph, styles, source, where):
    with pytest.raises(unseen.Refused, match=f"„{TEXT}” jest biały na białej stronie \\({source}\\)"):
        _judged(paragraph, styles, where)


@pytest.mark.parametrize("paragraph, styles", [
    (_paragraph("BialyAkapit", '<w:color w:val="000000"/>'), _styles()),  # the run's own colour wins
    (_paragraph("BialyAkapit", '<w:rStyle w:val="Czarny"/>'), _styles()),  # its character style's over the paragraph's
    (_paragraph(run='<w:rStyle w:val="Bialy"/><w:color w:val="auto"/>'), _styles()),
    (_paragraph(), _styles(defaults=WHITE, normal='<w:color w:val="000000"/>')),  # a style's over the defaults
    (_paragraph("Baner"), _styles()),  # white on the style's own shading
    (_paragraph("BialyAkapit", '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'), _styles()),
], ids=["own black", "character style black", "own auto", "Normal black over white defaults", "shaded style",
        "shaded run"])
def test_a_nearer_colour_or_a_colour_under_the_text_passes(paragraph, styles):
    _judged(paragraph, styles)


def test_white_by_a_style_on_a_band_behind_the_text_passes():
    _judged(_paragraph("BialyAkapit"), _styles(), "header", BEHIND)


def test_a_run_without_text_in_a_white_style_passes():
    document = etree.fromstring(f'<w:document {NS}><w:body><w:p><w:pPr><w:pStyle w:val="BialyAkapit"/></w:pPr><w:r>'
                                '<w:tab/></w:r></w:p><w:sectPr/></w:body></w:document>')
    unseen.check("word/document.xml", document, document, _styles())


# --- 9: a theme colour is left out on reading whatever w:val says – both readers draw w:val, „auto” if none -------

@pytest.mark.parametrize("colour, drawn", [
    ('w:val="000000" w:themeColor="background1"', "000000"),  # rev-tpl15 13: left out already
    ('w:val="000000" w:themeColor="text1" w:themeTint="00"', "000000"),
    ('w:val="auto" w:themeColor="background1"', "auto"),  # Word drew white, LibreOffice auto
    ('w:themeColor="light1"', "auto"),
    ('w:val="biały" w:themeColor="background1" w:themeShade="F2"', "auto"),
], ids=["hex under bg1", "hex under text1 tinted to 0", "auto under bg1", "no val", "unreadable val"])
@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_a_theme_colour_is_left_out_whatever_the_stored_one(colour, drawn, part):
    from pismo.render import run_properties
    blob = f'<w:document {NS}><w:body><w:p><w:r><w:rPr><w:color {colour}/></w:rPr></w:r></w:p></w:body></w:document>'
    (_, read), = run_properties.without_web_hidden([(part, blob.encode())])
    colours = etree.fromstring(read).findall(f".//{{{W}}}color")
    assert [dict(c.attrib) for c in colours] == [{f"{{{W}}}val": drawn}]


def test_a_tiny_default_style_under_a_paragraph_naming_an_unknown_style_is_refused():
    """The styles a run takes from are found in one place (_Chains.holders): a style not defined is the default
    paragraph style's, as Word takes it, for the size rules as for the colour."""
    styles = _styles(normal='<w:sz w:val="2"/>')
    document = etree.fromstring(f'<w:document {NS}><w:body>{_paragraph("Nieznany")}<w:sectPr/></w:body></w:document>')
    with pytest.raises(unseen.Refused, match=f"styl „Normal” ma rozmiar 1 pt .* „{TEXT}”"):
        unseen.check("word/styles.xml", styles, document, styles)


def test_white_text_under_a_paragraph_naming_an_unknown_style_stands_on_the_default_styles_shading():
    _judged(_paragraph("Nieznany", WHITE), etree.fromstring(etree.tostring(
        _styles()).replace(b'<w:name w:val="Normal"/>', b'<w:name w:val="Normal"/><w:pPr><w:shd w:val="clear" '
                           b'w:color="auto" w:fill="1F3864"/></w:pPr>')))
