"""Issue 17, ninth templates review (rev-tpl9): what Word and LibreOffice read differently in a unit's template
(the branches of mc:AlternateContent), and drawing work no limit counted – fields SET gives a value REF repeats,
charts coloured point by point, WordArt, thousands of fonts, languages and styles, styles based on each other –
and Python's inner values printed into a letter. Each is refused before conversion: no test here runs LibreOffice."""

from __future__ import annotations

import pytest

from conftest import run
from helpers import LECZNA
from test_template_package import DOC, build, refused_everywhere
from test_templates_round7 import in_body, passes, with_chart

MC = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


# --- finding 2: text in the branches of mc:AlternateContent ------------------------------------------------------

def alternate(choice: str, fallback: str, requires: str = "w15") -> str:
    """A paragraph whose runs are in an AlternateContent: Word takes the Choice it understands, LibreOffice 7.4
    only one of wps, wpg, w14 – the Fallback of w15."""
    return (f'<w:p><w:r><w:t xml:space="preserve">MC: </w:t></w:r><mc:AlternateContent {MC}>'
            f'<mc:Choice Requires="{requires}"><w:r><w:t xml:space="preserve">{choice}</w:t></w:r></mc:Choice>'
            f'<mc:Fallback><w:r><w:t xml:space="preserve">{fallback}</w:t></w:r></mc:Fallback>'
            '</mc:AlternateContent></w:p>')


def text_box(text: str, fallback: str | None = None) -> str:
    """A text box as Word writes it: a DrawingML shape, and the same box in VML for readers without it."""
    content = f'<w:txbxContent>{paragraph(text)}</w:txbxContent>'
    other = f'<w:txbxContent>{paragraph(fallback)}</w:txbxContent>' if fallback is not None else content
    return (f'<w:p><w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps"><w:drawing><wp:inline>'
            '<wp:extent cx="1800000" cy="900000"/><wp:docPr id="7" name="Pole tekstowe 1"/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="900000"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>{content}</wps:txbx>'
            '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback>'
            '<w:pict><v:shape id="Pole tekstowe 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            f'style="width:141.75pt;height:70.85pt"><v:textbox>{other}</v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


@pytest.mark.parametrize("body", [
    alternate("okres {{ okres_r }} CHOICE", "okres 01.01.2099 FALLBACK"),  # the PDF printed the Fallback's date
    alternate("okres {{ okres_r }}", "", requires="wps"),  # an empty branch is other text too
    text_box("{{ tytul.jednostka }}", "Komenda Główna"),
])
def test_branches_of_alternate_content_with_other_text_are_refused_everywhere(tmp_path, body):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(body)}, "zawartość alternatywna (mc:AlternateContent)")
    assert "część word/document.xml" in checked.output and "różny tekst" in checked.output


def test_branches_filled_with_other_text_are_refused(tmp_path):
    body = ('<w:p><w:r><w:t>{% set c = cycler("1.07.2025", "01.01.2099") %}</w:t></w:r></w:p>'
            + alternate("okres {{ c.next() }}", "okres {{ c.next() }}"))
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build({DOC: in_body(body)}))
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 1 and "po wypełnieniu" in made.output and "różny tekst" in made.output, made.output
    assert not (tmp_path / "out").exists()


def test_a_text_box_as_word_writes_it_passes(tmp_path):
    passes(tmp_path, {DOC: in_body(text_box("Komenda {{ tytul.jednostka }}") + alternate("tekst", "tekst"))})


# --- finding 9: a SET field's value is a bookmark REF prints again ----------------------------------------------

def set_field(name: str, words: int) -> str:
    return f'<w:p><w:fldSimple w:instr=" SET {name} &quot;{"słowo " * words}&quot; "><w:r><w:t> </w:t></w:r></w:fldSimple></w:p>'


def references(count: int, name: str = "big") -> str:
    return "<w:p>" + f'<w:fldSimple w:instr=" REF {name} "><w:r><w:t>r</w:t></w:r></w:fldSimple>' * count + "</w:p>"


@pytest.mark.parametrize("body", [
    set_field("big", 1000) + references(5),  # 100 REFs of a 500 000-character SET: over 90 s
    references(5, "BIG") + set_field("big", 1000),  # the value set after the references, the name in capitals
])
def test_references_to_a_long_set_value_are_bounded_everywhere(tmp_path, body):
    # refused by name since rev-tpl13 (LibreOffice drops SET's result and computes REF, Word shows the stored one)
    refused_everywhere(tmp_path, {DOC: in_body(body)}, "zawiera pole ")


def test_a_short_set_value_and_its_references_are_refused_by_name_too(tmp_path):
    # rev-tpl13 finding 4: SET's stored result Word shows, the PDF nothing – whatever its length
    refused_everywhere(tmp_path, {DOC: in_body(set_field("krotki", 20) + references(3, "krotki"))}, "zawiera pole SET")


# --- finding 1: charts whose points are coloured one by one; 3-D charts --------------------------------------------

def chart_of(group: str, points: int, vary: str | None = "1", labels: bool = False) -> bytes:
    """A chart part of one series of points as Word writes it, in a chart group (pieChart, barChart …)."""
    vary_colors = f'<c:varyColors val="{vary}"/>' if vary is not None else ""
    categories = "".join(f'<c:pt idx="{i}"><c:v>k{i}</c:v></c:pt>' for i in range(points))
    numbers = "".join(f'<c:pt idx="{i}"><c:v>{i % 7 + 1}</c:v></c:pt>' for i in range(points))
    label = '<c:dLbls><c:showVal val="1"/><c:showCatName val="1"/></c:dLbls>' if labels else ""
    axes = '' if "pie" in group.lower() or "doughnut" in group else '<c:axId val="1"/><c:axId val="2"/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
            'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea>'
            f'<c:{group}>{vary_colors}<c:ser><c:idx val="0"/><c:order val="0"/>{label}'
            f'<c:cat><c:strLit><c:ptCount val="{points}"/>{categories}</c:strLit></c:cat>'
            f'<c:val><c:numLit><c:ptCount val="{points}"/>{numbers}</c:numLit></c:val></c:ser>{axes}</c:{group}>'
            '</c:plotArea></c:chart></c:chartSpace>').encode()


@pytest.mark.parametrize("chart_xml, fragment", [
    (chart_of("pieChart", 1000, labels=True), "ma 1 000 punktów (najwyżej 100)"),  # 35 s; 2499 slices hung
    (chart_of("doughnutChart", 101, vary=None), "ma 101 punktów"),  # a doughnut is coloured by point anyway
    (chart_of("barChart", 1000), "ma 1 000 punktów"),  # varyColors on bars: 51 s
    (chart_of("pieChart", 300).replace(b'<c:ptCount val="300"/>', b''), "ma 300 punktów"),  # numbered, not counted
    (chart_of("bar3DChart", 1200, vary="0"), "wykres trójwymiarowy deklaruje 2 400 wartości (najwyżej 1 000)"),
    # each point coloured by hand (c:dPt) – rev-tpl10 finding 7: 2499 points of a line chart ran over 100 s
    (chart_of("lineChart", 300, vary="0").replace(b'<c:order val="0"/>', b'<c:order val="0"/>' + b"".join(
        b'<c:dPt><c:idx val="%d"/><c:spPr><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></c:spPr></c:dPt>' % i
        for i in range(300))), "ma 300 punktów"),
])
def test_a_chart_coloured_by_point_or_3d_is_bounded_everywhere(tmp_path, chart_xml, fragment):
    checked, _made = refused_everywhere(tmp_path, with_chart(chart_xml), fragment)
    assert "część word/charts/chart1.xml" in checked.output


def test_a_letters_pie_and_a_long_line_chart_still_pass(tmp_path):
    passes(tmp_path, with_chart(chart_of("pieChart", 12, labels=True)))
    (tmp_path / "line").mkdir()
    passes(tmp_path / "line", with_chart(chart_of("lineChart", 2000, vary="0")))


# --- finding 10: VML WordArt with long strings ---------------------------------------------------------------------

VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def wordart(words: int, shapes: int = 1) -> str:
    """VML WordArt as Word 2003 wrote it: a shape of type 136 whose text path holds the string."""
    string = " ".join(["tekst"] * words)
    shape = (f'<w:r><w:pict {VML}><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
             'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
             '<v:textpath on="t" fitshape="t"/></v:shapetype><v:shape id="wa" type="#_x0000_t136" '
             'style="width:400pt;height:200pt" fillcolor="black" stroked="f"><v:textpath '
             f'style="font-family:&quot;Liberation Serif&quot;;font-size:40pt" string="{string}"/></v:shape>'
             '</w:pict></w:r>')
    return f'<w:p>{shape * shapes}</w:p>'


@pytest.mark.parametrize("body, fragment", [
    (wordart(1700), "napis WordArt (kształt VML, v:textpath) ma 10 199 znaków"),  # 100 of them: 3.7 GB, a crash
    (wordart(30, shapes=6), "razem 1 074"),
])
def test_long_vml_wordart_is_refused_everywhere(tmp_path, body, fragment):
    refused_everywhere(tmp_path, {DOC: in_body(body)}, fragment)


def test_wordart_repeated_in_a_loop_counts_after_filling(tmp_path):
    body = ('<w:p><w:r><w:t>{%p for x in range(20) %}</w:t></w:r></w:p>' + wordart(20)
            + '<w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>')
    refused_everywhere(tmp_path, {DOC: in_body(body)}, "po wypełnieniu część word/document.xml: napis WordArt")


def test_a_short_wordart_still_passes(tmp_path):
    passes(tmp_path, {DOC: in_body(wordart(3, shapes=2))})


def test_libreoffice_out_of_memory_is_said_in_polish():
    from pismo.files.pdf_reasons import failure
    said = failure(-11, "terminate called after throwing an instance of 'std::bad_alloc'  what():  std::bad_alloc")
    assert said.startswith("programowi LibreOffice zabrakło pamięci") and "sygnał 11" in said  # rev-sys1 15
    assert "what()" not in said and "terminate called" not in said


# --- findings 3 to 6: fonts, languages, style chains and cycles ----------------------------------------------------

STYLES = "word/styles.xml"


def runs(count: int, properties) -> str:
    return "<w:p>" + "".join(f'<w:r><w:rPr>{properties(i)}</w:rPr><w:t>a</w:t></w:r>' for i in range(count)) + "</w:p>"


def font(i: int) -> str:
    return f'<w:rFonts w:ascii="Zf{i}x" w:hAnsi="Zf{i}x"/>'


def language(i: int) -> str:
    return f'<w:lang w:val="a{chr(97 + i // 26)}{chr(97 + i % 26)}-ZZ"/>'


def styles(*specs: tuple[str, str | None]) -> dict:
    """Paragraph styles (id, the style it is based on) added to styles.xml."""
    added = "".join(f'<w:style w:type="paragraph" w:styleId="{ident}"><w:name w:val="{ident}"/>'
                    + (f'<w:basedOn w:val="{based}"/>' if based else "") + '</w:style>' for ident, based in specs)
    return {STYLES: lambda xml: xml.replace("</w:styles>", added + "</w:styles>", 1)}


def chain(depth: int) -> dict:
    return styles(*((f"Zs{i}", "Normal" if i == 0 else f"Zs{i - 1}") for i in range(depth)))


@pytest.mark.parametrize("spec, fragment", [
    ({DOC: in_body(runs(60, font))}, "szablon używa 60 różnych czcionek (najwyżej 50"),  # 20 000: over 150 s
    ({DOC: in_body(runs(30, language))}, "szablon używa 30 różnych języków tekstu (najwyżej 20"),  # 5000: > 100 s
    (chain(25), "styl „Zs20” jest oparty na ponad 20 stylach"),  # 20 000 deep: over 100 s
    (styles(("Za", "Zb"), ("Zb", "Za")), "style są oparte jeden na drugim w koło („Za” → „Zb” → „Za”)"),  # crash
    (styles(("Za", "Za")), "w koło („Za” → „Za”)"),
    (styles(*((f"Zs{i}", "Normal") for i in range(1001))), "szablon ma 1 011 stylów (najwyżej 1 000)"),
])
def test_too_many_fonts_languages_or_styles_are_refused_everywhere(tmp_path, spec, fragment):
    refused_everywhere(tmp_path, spec, fragment)


def test_a_few_fonts_languages_and_a_short_style_chain_still_pass(tmp_path):
    spec = chain(8)
    spec[DOC] = in_body(runs(10, font) + runs(5, language) + '<w:p><w:pPr><w:pStyle w:val="Zs7"/></w:pPr></w:p>')
    passes(tmp_path, spec)


# --- finding 7: Python's inner values printed into a letter ----------------------------------------------------------

def printing(expression: str) -> dict:
    return {DOC: in_body(paragraph(expression.replace("<", "&lt;").replace(">", "&gt;")))}


@pytest.mark.parametrize("expression, fragment", [
    ("{{ autorzy|map(attribute='pelnee')|list }}", "zmienna „pelnee” nie istnieje"),  # printed [Undefined, …]
    ("{{ (autorzy|map(attribute='pelnee')|list)|string }}", "zmienna „pelnee” nie istnieje"),
    ("{{ 'A: ' ~ (autorzy|map(attribute='pelnee')|list) }}", "zmienna „pelnee” nie istnieje"),
    ("{{ range }}", "nie jest wartością do wydrukowania"),  # <function safe_range at 0x7fa1…>
    ("{{ dict }}", "nie jest wartością do wydrukowania"),  # <class 'dict'>
    ("{{ joiner }}", "nie jest wartością do wydrukowania"),
    ("{{ self }}", "nie jest wartością do wydrukowania"),
    ("{{ [1, cycler(1, 2)] }}", "nie jest wartością do wydrukowania"),
    ("{% set ns = namespace(x=1) %}{{ ns }}", "nie jest wartością do wydrukowania"),
])
def test_python_inner_values_are_not_printed(tmp_path, expression, fragment):
    checked, made = refused_everywhere(tmp_path, printing(expression), fragment)
    for result in (checked, made):
        assert "0x" not in result.output and "Undefined" not in result.output


def test_printed_lists_and_numbers_still_pass(tmp_path):
    passes(tmp_path, printing("{{ [1, 'a', 2.5] }} {{ {'a': 1} }} {{ autorzy|list }}"))


# --- finding 8: English reasons and a deep value called a recursive macro -----------------------------------------

@pytest.mark.parametrize("expression, fragment", [
    ("{% set ns = namespace() %}{{ ns|tojson }}", "tojson zapisuje tylko teksty, liczby, listy i słowniki"),
    ("{% set ns = namespace(x=[]) %}{% for i in range(100000) %}{% set ns.x = [ns.x] %}{% endfor %}{{ ns.x }}",
     "wartość zagnieżdżona zbyt głęboko"),  # was: a recursive macro, though there is none
    ("{% set ns = namespace(x=[]) %}{% for i in range(100000) %}{% set ns.x = [ns.x] %}{% endfor %}"
     "{{ ns.x|tojson|length }}", "zagnieżdżona zbyt głęboko"),
])
def test_failures_are_said_truly_in_polish(tmp_path, expression, fragment):
    checked, made = refused_everywhere(tmp_path, printing(expression), fragment)
    for result in (checked, made):
        assert "TypeError" not in result.output and "makro albo pętla" not in result.output


def test_a_macro_calling_itself_is_still_said_so(tmp_path):
    refused_everywhere(tmp_path, printing("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"),
                       "makro albo pętla „recursive” wywołuje samą siebie")


def test_points_written_without_their_count_count_too(tmp_path):
    """Series of points without ptCount counted nothing: 20 series of 300 points passed the 5000-value limit."""
    series = "".join(f'<c:ser><c:idx val="{s}"/><c:order val="{s}"/><c:val><c:numLit>'
                     + "".join(f'<c:pt idx="{i}"><c:v>{i}</c:v></c:pt>' for i in range(300))
                     + '</c:numLit></c:val></c:ser>' for s in range(20))
    chart_xml = chart_of("lineChart", 1, vary="0").replace(b'<c:ser>', series.encode() + b'<c:ser>', 1)
    refused_everywhere(tmp_path, with_chart(chart_xml), "punktów danych (najwyżej 5 000 w jednym wykresie)")


# --- tenth template review (rev-tpl10), findings 2 and 3: fonts of symbols, and fonts or languages spread over parts

FOOTER = "word/footer1.xml"


def in_footer(xml: str) -> dict:
    return {FOOTER: lambda footer: footer.replace("</w:ftr>", xml + "</w:ftr>", 1)}


def symbol(i: int) -> str:
    return f'<w:r><w:sym w:font="Zsym{i}" w:char="F020"/></w:r>'


@pytest.mark.parametrize("spec, fragment", [
    ({DOC: in_body("<w:p>" + "".join(symbol(i) for i in range(60)) + "</w:p>")},
     "szablon używa 60 różnych czcionek (najwyżej 50"),  # 20 000 w:sym fonts: over 120 s
    ({DOC: in_body(runs(30, font)), **in_footer(runs(30, lambda i: font(i + 100)))},
     "wszystkie części razem: szablon używa"),
    ({DOC: in_body(runs(15, language)), **in_footer(runs(15, lambda i: language(i + 100)))},
     "wszystkie części razem: szablon używa 32 różnych języków tekstu"),  # and the template's own two
])
def test_fonts_of_symbols_and_fonts_or_languages_spread_over_parts_are_bounded(tmp_path, spec, fragment):
    refused_everywhere(tmp_path, spec, fragment)
