"""Issue 17, seventh templates review (rev-tpl7): drawing work a small template asks of LibreOffice that the pixel
limits did not see – charts of millions of points, pages of half a centimetre, glow and soft edges, and pictures
drawn far more often than they are named (picture bullets, repeated table header rows, theme and chart fills).
Each is refused before conversion, so no test here runs LibreOffice."""

from __future__ import annotations

import re

import pytest

from conftest import run
from helpers import LECZNA
from test_template_package import DOC, REL, RELS, png, refused_everywhere

NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ')
SECTION = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" '
           'w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/>')
GLOW = '<a:effectLst><a:glow rad="6000000"><a:srgbClr val="FF0000"/></a:glow></a:effectLst>'


def in_body(xml: str, section: str | None = None):
    """Paragraphs put at the start of the plan's body (its root given the drawing namespaces), and its section's
    page setup replaced by section."""
    def edit(doc: str) -> str:
        doc = doc.replace("<w:document ", "<w:document " + NS, 1).replace("<w:body>", "<w:body>" + xml, 1)
        return doc.replace(SECTION, section) if section is not None else doc
    return edit


def add_rel(xml: str, rid: str, kind: str, target: str) -> str:
    return xml.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{REL}{kind}" Target="{target}"/>'
                                           "</Relationships>")


def picture(rid: str, effects: str = "") -> str:
    return (f'<w:r><w:drawing><wp:inline><wp:extent cx="900000" cy="900000"/><wp:docPr id="1" name="P"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="1" name="P"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="900000"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{effects}</pic:spPr>'
            '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def shape(inner: str) -> str:
    return ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="900000" cy="900000"/><wp:docPr id="2" name="S"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="900000"/></a:xfrm>'
            f'<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>{inner}</wps:spPr><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def with_picture(body: str, side: int, section: str | None = None) -> dict:
    return {"edits": {DOC: in_body(body, section), RELS: lambda xml: add_rel(xml, "rIdP", "image", "media/p.png")},
            "extra": [("word/media/p.png", png(side, side))]}


def passes(tmp_path, spec) -> None:
    from test_template_package import build
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output


# --- finding 2: chart data ------------------------------------------------------------------------------------

def chart(data: str, series_fill: str = "") -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
            'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea>'
            '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>'
            f'{series_fill}{data}</c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart>'
            '</c:chartSpace>').encode()


def values(count: int, last: int | None = None) -> str:
    last = count - 1 if last is None else last
    return (f'<c:val><c:numLit><c:ptCount val="{count}"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="{last}">'
            '<c:v>2</c:v></c:pt></c:numLit></c:val>')


def with_chart(chart_xml: bytes, extra: list | None = None) -> dict:
    drawing = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="3000000"/><wp:docPr id="3" name="C"/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
               '<c:chart r:id="rIdC"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    return {"edits": {DOC: in_body(drawing), RELS: lambda xml: add_rel(xml, "rIdC", "chart", "charts/chart1.xml")},
            "extra": [("word/charts/chart1.xml", chart_xml)] + (extra or [])}


MULTI_LEVEL = ('<c:cat><c:multiLvlStrRef><c:f>S!A1</c:f><c:multiLvlStrCache><c:ptCount val="1000"/>'
               + '<c:lvl><c:pt idx="0"><c:v>a</c:v></c:pt></c:lvl>' * 6 + '</c:multiLvlStrCache></c:multiLvlStrRef></c:cat>')


@pytest.mark.parametrize("data, fragment", [
    (values(100_000_000), "wykres deklaruje 100 000 000 punktów danych"),  # 222 s, then no PDF
    (values(2, last=99_999_999), "punkt numer 99 999 999"),
    (values(3).replace('val="3"', 'val="3x"'), "nie jest liczbą całkowitą"),
    (MULTI_LEVEL, "licząc każdy poziom kategorii"),
])
def test_a_chart_of_too_many_points_is_refused_everywhere(tmp_path, data, fragment):
    checked, _made = refused_everywhere(tmp_path, with_chart(chart(data)), fragment)
    assert "część word/charts/chart1.xml" in checked.output


def test_a_small_chart_still_passes(tmp_path):
    passes(tmp_path, with_chart(chart(values(12))))


def test_a_chart_drawn_many_times_counts_each_time(tmp_path):
    """LibreOffice builds a chart again for each drawing of it: 80 drawings of 4000 values weigh 64 Mpx."""
    spec = with_chart(chart(values(4000)))
    spec["edits"][DOC] = lambda xml, add=spec["edits"][DOC]: add(xml).replace(
        '<w:body>', '<w:body>' + re.search(r"<w:p><w:r><w:drawing>.*?</w:p>", add(xml)).group() * 79, 1)
    refused_everywhere(tmp_path, spec, "sam wykres jak 200 pikseli za każdy punkt")
    (tmp_path / "one").mkdir()
    passes(tmp_path / "one", with_chart(chart(values(5000))))


# --- finding 3: page geometry ----------------------------------------------------------------------------------

def page(width: str, height: str, margin: str = "1134", columns: str = '<w:cols w:space="708"/>') -> str:
    return (f'<w:pgSz w:w="{width}" w:h="{height}"/><w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" '
            f'w:left="{margin}" w:header="567" w:footer="567" w:gutter="0"/>{columns}')


@pytest.mark.parametrize("section, fragment", [
    (page("300", "300", "0"), "strona ma wymiary 0,5 × 0,5 cm"),  # 223 s, then no PDF
    (page("0.5cm", "16838"), "strona ma wymiary 0,5 × 29,7 cm"),  # a unit Word's schema allows
    (page("11906", "99999"), "strona ma wymiary 21,0 × 176,4 cm"),
    (page("11906", "16838", "5500"), "marginesy strony zostawiają na tekst 1,6 × 10,3 cm"),
    (page("11906", "16838", columns='<w:cols w:num="45" w:space="0"/>'), "sekcja ma 45 kolumn tekstu"),
    (page("11906", "16838", columns='<w:cols w:num="8" w:space="1000"/>'), "sekcja ma 8 kolumn tekstu"),
    (page("11906", "wide"), "ustawienie strony h=„wide”"),
])
def test_a_page_no_letter_uses_is_refused_everywhere(tmp_path, section, fragment):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body("", section)}, fragment)
    assert "część word/document.xml" in checked.output


def test_a_section_break_is_checked_too(tmp_path):
    breaking = f'<w:p><w:pPr><w:sectPr>{page("720", "720", "0")}</w:sectPr></w:pPr></w:p>'
    refused_everywhere(tmp_path, {DOC: in_body(breaking)}, "strona ma wymiary 1,3 × 1,3 cm")


def test_an_a6_page_and_two_columns_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body("", page("5953", "8391", "567", '<w:cols w:num="2" w:space="425"/>'))})


# --- finding 1: drawing effects --------------------------------------------------------------------------------

@pytest.mark.parametrize("effects, fragment", [
    (GLOW, "efekt poświata (glow)"),
    ('<a:effectLst><a:softEdge rad="3000000"/></a:effectLst>', "miękkie krawędzie (softEdge)"),
    ('<a:effectLst><a:blur rad="3000000"/></a:effectLst>', "rozmycie (blur)"),
    ('<a:effectLst><a:reflection blurRad="6350000" stA="50000" endPos="50000"/></a:effectLst>',
     "odbicie (reflection) szerszy niż 50 pt"),
    ('<a:effectLst><a:outerShdw blurRad="6000000" dist="0"><a:srgbClr val="000000"/></a:outerShdw></a:effectLst>',
     "cień rozmyty ponad 5 pt (outerShdw)"),
    ('<a:effectDag><a:innerShdw blurRad="600000"><a:srgbClr val="000000"/></a:innerShdw></a:effectDag>',
     "cień rozmyty ponad 5 pt (innerShdw)"),
])
def test_a_drawing_effect_is_refused_everywhere(tmp_path, effects, fragment):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(shape(effects))}, fragment)
    assert "część word/document.xml" in checked.output


def test_an_effect_of_a_picture_in_a_loop_is_refused(tmp_path):
    loop = ('<w:p><w:r><w:t>{%p for x in sekcje.cel %}</w:t></w:r></w:p>'
            f'<w:p>{picture("rIdP", GLOW)}</w:p><w:p><w:r><w:t>{{%p endfor %}}</w:t></w:r></w:p>')
    refused_everywhere(tmp_path, with_picture(loop, 20), "efekt poświata (glow)")


def test_a_slight_shadow_still_passes(tmp_path):
    shadow = ('<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000"><a:srgbClr val="000000">'
              '<a:alpha val="40000"/></a:srgbClr></a:outerShdw></a:effectLst>')
    passes(tmp_path, {DOC: in_body(shape(shadow))})


# --- findings 4–7: pictures drawn more often than named --------------------------------------------------------

def with_bullet(side: int) -> dict:
    bullet = ('<w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
              'id="b0" style="width:9pt;height:9pt"><v:imagedata r:id="rIdB"/></v:shape></w:pict></w:numPicBullet>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdB" Type="{REL}image" '
            'Target="media/b.png"/></Relationships>')
    return {"edits": {"word/numbering.xml": lambda xml: xml.replace('<w:abstractNum ', bullet + '<w:abstractNum ', 1)
                      .replace('<w:lvlText w:val="•"/>', '<w:lvlText w:val="•"/><w:lvlPicBulletId w:val="0"/>', 1)},
            "extra": [("word/_rels/numbering.xml.rels", rels.encode()), ("word/media/b.png", png(side, side))]}


def test_a_large_picture_bullet_is_refused_everywhere(tmp_path):
    """Finding 4: a 36 Mpx bullet, counted once, drawn for each of 42 list items: 78 s."""
    checked, _made = refused_everywhere(tmp_path, with_bullet(6000), "wypunktowanie obrazkowe listy")
    assert "obraz word/media/b.png ma 36 000 000 pikseli" in checked.output and "word/numbering.xml" in checked.output


def test_a_small_picture_bullet_still_passes(tmp_path):
    passes(tmp_path, with_bullet(64))


def header_row_table(side_row: str) -> str:
    cell = '<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p>{}</w:p></w:tc>'
    return (f'<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/>'
            f'</w:tblGrid><w:tr>{side_row}{cell.format(picture("rIdP"))}</w:tr>'
            f'<w:tr>{cell.format("<w:r><w:t>x</w:t></w:r>")}</w:tr></w:tbl><w:p/>')


def test_a_picture_in_a_repeated_header_row_counts_for_many_pages(tmp_path):
    """Finding 5: a picture in a row repeated at the top of every page is drawn on each: 59 s for 26 pages."""
    table = header_row_table("<w:trPr><w:tblHeader/></w:trPr>")
    checked, _made = refused_everywhere(tmp_path, with_picture(table, 3000), "powtarzanym wierszu nagłówka tabeli")
    assert "najwięcej w części word/document.xml" in checked.output


@pytest.mark.parametrize("row", ["", '<w:trPr><w:tblHeader w:val="0"/></w:trPr>'])
def test_the_same_picture_in_an_ordinary_row_still_passes(tmp_path, row):
    passes(tmp_path, with_picture(header_row_table(row), 3000))


def with_theme(side: int, shapes: int = 1) -> dict:
    theme = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats'
             '.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'name="T"><a:themeElements><a:fmtScheme name="F"><a:bgFillStyleLst><a:blipFill><a:blip r:embed="rIdT"/>'
             '<a:stretch><a:fillRect/></a:stretch></a:blipFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
             '</a:theme>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="{REL}image" '
            'Target="../media/t.png"/></Relationships>')
    styled = shape("").replace("<wps:bodyPr/>", '<wps:style><a:fillRef idx="1001"><a:schemeClr val="accent1"/>'
                                                '</a:fillRef></wps:style><wps:bodyPr/>')
    return {"edits": {DOC: in_body(styled * shapes), RELS: lambda xml: add_rel(xml, "rIdTh", "theme", "theme/theme1.xml")},
            "extra": [("word/theme/theme1.xml", theme.encode()), ("word/theme/_rels/theme1.xml.rels", rels.encode()),
                      ("word/media/t.png", png(side, side))]}


def test_a_large_theme_fill_picture_is_refused_everywhere(tmp_path):
    """Finding 6: a theme's fill picture is drawn by every shape of the style, never named by id in the body."""
    checked, _made = refused_everywhere(tmp_path, with_theme(6000, 20), "wypełnienie z motywu dokumentu")
    assert "word/media/t.png" in checked.output and "word/theme/theme1.xml" in checked.output


def test_a_small_theme_fill_picture_still_passes(tmp_path):
    passes(tmp_path, with_theme(200))


def picture_chart(points: int, side: int) -> dict:
    fill = '<c:spPr><a:blipFill><a:blip r:embed="rIdCP"/><a:stretch><a:fillRect/></a:stretch></a:blipFill></c:spPr>'
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdCP" Type="{REL}image" '
            'Target="../media/c.png"/></Relationships>')
    return with_chart(chart(values(points), fill), [("word/charts/_rels/chart1.xml.rels", rels.encode()),
                                                    ("word/media/c.png", png(side, side))])


def test_a_chart_series_picture_counts_for_every_point(tmp_path):
    """Finding 7: a 36 Mpx series fill drawn for each of 40 points: 83 s and 4.7 GB. 40 × 2.25 Mpx is refused,
    the picture alone would pass."""
    refused_everywhere(tmp_path, picture_chart(40, 1500), "najwięcej w części word/charts/chart1.xml")


def test_a_small_chart_series_picture_still_passes(tmp_path):
    passes(tmp_path, picture_chart(3, 200))


# --- findings 8–10: messages and XML 1.1 -----------------------------------------------------------------------

def nested_tables(depth: int) -> str:
    cell = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>'
            '<w:tr><w:tc>')
    return cell * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl><w:p/>" * depth


def test_tables_nested_too_deep_are_told_as_such(tmp_path):
    """Finding 8: lxml's depth limit was reported as a damaged part, which saving again in Word does not mend."""
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(nested_tables(90))},
                                        "część word/document.xml ma zbyt głęboko zagnieżdżone elementy")
    assert "uszkodzon" not in checked.output


def test_tables_nested_as_deep_as_a_letter_may_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body(nested_tables(40))})


def test_a_recursive_loop_is_named_and_its_paragraph_quoted_alone(tmp_path):
    """Finding 9: the message spoke of a macro only, and quoted the next paragraph's hidden {%p if %} too."""
    loop = '<w:p><w:r><w:t>{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}</w:t></w:r></w:p>'
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(loop)}, "makro albo pętla „recursive”")
    assert "w akapicie „{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}”" in checked.output


def test_an_unknown_filters_paragraph_is_quoted_alone(tmp_path):
    paragraph = '<w:p><w:r><w:t>{{ tytul.jednostka|nieznany }}</w:t></w:r></w:p>'
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(paragraph)}, "nieznany filtr „nieznany”")
    assert "w akapicie „{{ tytul.jednostka|nieznany }}”" in checked.output


@pytest.mark.parametrize("part", [DOC, "word/styles.xml"])
def test_an_xml_1_1_part_is_refused_everywhere(tmp_path, part):
    """Finding 10: Word reads XML 1.0 only; a 1.1 declaration was copied into every letter."""
    spec = {part: lambda xml: xml.replace('<?xml version="1.0"', '<?xml version="1.1"', 1)}
    refused_everywhere(tmp_path, spec, f"część {part} deklaruje XML w wersji 1.1")
