"""Issue 17, tenth templates review (rev-tpl10), findings 1, 4 and 5: what the ninth round's bounds still let
through – AlternateContent branches with the same letters printed otherwise, REF fields of one part repeating
another part's bookmark, and chart text without bound. Each is refused before conversion: no test here runs
LibreOffice (the seconds it took are in the comments and the commits)."""

from __future__ import annotations

import pytest

from test_template_package import DOC, RELS, refused_everywhere
from test_templates_round7 import add_rel, in_body, passes, with_chart
from test_templates_round9 import MC, chart_of, font, runs, text_box, wordart

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
HIDDEN = "<w:rPr><w:vanish/></w:rPr>"


def run_(text: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def alternate_runs(choice: str, fallback: str) -> str:
    """A paragraph whose runs are in an AlternateContent: Word 2013+ takes the w15 Choice, LibreOffice the Fallback."""
    return (f'<w:p>{run_("MC: ")}<mc:AlternateContent {MC} {W14}><mc:Choice Requires="w15">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:p>')


SHAPE = ('<w:r><w:drawing><wp:inline><wp:extent cx="114300" cy="114300"/><wp:docPr id="9" name="K"/><a:graphic>'
         '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr>'
         '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>'
         '</a:graphic></wp:inline></w:drawing></w:r>')


def symbol(char: str) -> str:
    return f'<w:r><w:sym w:font="Arial" w:char="{char}"/></w:r>'


# --- finding 1: the same letters printed otherwise in the branches of mc:AlternateContent ------------------------

@pytest.mark.parametrize("body, fragment", [
    # the PDF said "okres 01.01.2099", Word the case's period: the same letters, hidden in turn (w:vanish)
    (alternate_runs(run_("okres {{ okres_r }}") + run_("okres 01.01.2099", HIDDEN),
                    run_("okres {{ okres_r }}", HIDDEN) + run_("okres 01.01.2099")), "pokazany inaczej"),
    # the PDF said "kwota 900 zł", Word "kwota 100 zł": a symbol character (w:sym), not a w:t
    (alternate_runs(run_("kwota ") + symbol("0031") + run_("00 zł"), run_("kwota ") + symbol("0039") + run_("00 zł")),
     "różny tekst („kwota 100 zł” i „kwota 900 zł”)"),
    # other properties hiding or changing the same letters
    (alternate_runs(run_("okres {{ okres_r }}", "<w:rPr><w:specVanish/></w:rPr>"), run_("okres {{ okres_r }}")),
     "pokazany inaczej"),
    (alternate_runs(run_("1", '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>') + run_("00 zł"), run_("100 zł")),
     "pokazany inaczej"),
    (alternate_runs(run_("100 zł", '<w:rPr><w14:textFill><w14:noFill/></w14:textFill></w:rPr>'), run_("100 zł")),
     "pokazany inaczej"),
    (alternate_runs(run_("okres") + "<w:r><w:tab/></w:r>" + run_("1"), run_("okres") + run_("1")), "pokazany inaczej"),
])
def test_branches_printing_the_same_letters_otherwise_are_refused_everywhere(tmp_path, body, fragment):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(body)}, "zawartość alternatywna (mc:AlternateContent)")
    assert fragment in checked.output and "część word/document.xml" in checked.output


def test_a_text_box_whose_fallback_hides_other_text_is_refused(tmp_path):
    """Word's text box (wps Choice, VML Fallback): the Fallback's paragraph hidden by its style's mark, a list."""
    box = text_box("Komenda {{ tytul.jednostka }}")
    other = box.replace('<v:textbox><w:txbxContent><w:p>',
                        '<v:textbox><w:txbxContent><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                        '</w:numPr></w:pPr>', 1)
    assert other != box
    refused_everywhere(tmp_path, {DOC: in_body(other)}, "pokazany inaczej")


def test_word_text_boxes_with_revision_marks_bookmarks_and_pictures_still_pass(tmp_path):
    """What Word writes differently in the two branches prints nothing: revision ids, paragraph ids (w14), a
    bookmark Word keeps in one branch, a shape as DrawingML in one and VML in the other."""
    box = text_box("Komenda {{ tytul.jednostka }}")
    choice, fallback = box.split("<mc:Fallback>")
    choice = choice.replace("<w:txbxContent><w:p>", f'<w:txbxContent><w:p {W14} w:rsidR="00A1" w14:paraId="1A2B3C4D">'
                            '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', 1)
    choice = choice.replace("<w:r><w:t", '<w:r w:rsidRPr="00B2"><w:rPr w:rsidR="00B3"><w:b/></w:rPr><w:t', 1)
    fallback = fallback.replace("<w:txbxContent><w:p>", f'<w:txbxContent><w:p {W14} w:rsidR="00C4" '
                                'w14:paraId="5E6F7A8B"><w:proofErr w:type="spellStart"/>', 1)
    fallback = fallback.replace("<w:r><w:t", '<w:r><w:rPr><w:b/></w:rPr><w:t', 1)
    choice = choice.replace("</w:p></w:txbxContent>", SHAPE + "</w:p></w:txbxContent>", 1)
    fallback = fallback.replace("</w:p></w:txbxContent>", '<w:r><w:pict><v:rect style="width:9pt;height:9pt"/>'
                                "</w:pict></w:r></w:p></w:txbxContent>", 1)
    passes(tmp_path, {DOC: in_body(choice + "<mc:Fallback>" + fallback
                                   + alternate_runs(run_("x") + symbol("F0FC"), run_("x") + symbol("F0FC")))})


# --- finding 4: REF fields of one part printing another part's bookmark --------------------------------------------

FOOTER = "word/footer1.xml"


def bookmarked(name: str, text: str) -> str:
    return (f'<w:p><w:bookmarkStart w:id="900" w:name="{name}"/><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
            '<w:bookmarkEnd w:id="900"/></w:p>')


def refs(count: int, name: str = "BIG") -> str:
    return "<w:p>" + f'<w:fldSimple w:instr=" REF {name} \\h "><w:r><w:t>x</w:t></w:r></w:fldSimple>' * count + "</w:p>"


def in_footer(xml: str) -> dict:
    return {FOOTER: lambda text: text.replace("</w:ftr>", xml + "</w:ftr>", 1)}


def test_a_footer_repeating_a_short_body_bookmark_is_refused_by_name(tmp_path):
    refused_everywhere(tmp_path, {DOC: in_body(bookmarked("Sygnatura", "RSOW-123/25")),
                      **in_footer(refs(2, "Sygnatura") + '<w:p><w:fldSimple w:instr=" STYLEREF Nagłówek1 ">'
                                '<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>')}, f"{FOOTER} zawiera pole REF")


# --- finding 5: chart text without bound; its fonts and languages -------------------------------------------------

def chart_with_title(runs: int, font=lambda i: "Arial", language=lambda i: "pl-PL", letters: str = "a",
                     chart_xml: bytes | None = None) -> bytes:
    """rev-tpl9's line chart of 5 points (or chart_xml) with a rich title of that many runs (10 000 one-letter
    runs: 95 s)."""
    title = "".join(f'<a:r><a:rPr lang="{language(i)}" sz="800"><a:latin typeface="{font(i)}"/></a:rPr>'
                    f'<a:t>{letters}</a:t></a:r>' for i in range(runs))
    return (chart_xml or chart_of("lineChart", 5, vary="0")).replace(b"<c:chart>", (
        f'<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p>{title}</a:p></c:rich></c:tx><c:overlay val="0"/>'
        '</c:title><c:autoTitleDeleted val="0"/>').encode(), 1)


def labelled_chart(points: int, runs: int) -> bytes:
    """A line chart each of whose points has its own rich data label of that many runs."""
    labels = "".join(f'<c:dLbl><c:idx val="{i}"/><c:tx><c:rich><a:bodyPr/><a:p>'
                     + '<a:r><a:t>etykieta</a:t></a:r>' * runs + '</a:p></c:rich></c:tx><c:showVal val="1"/></c:dLbl>'
                     for i in range(points))
    return chart_of("lineChart", points, vary="0").replace(b'<c:order val="0"/>', (
        f'<c:order val="0"/><c:dLbls>{labels}<c:showVal val="1"/></c:dLbls>').encode(), 1)


@pytest.mark.parametrize("chart_xml, fragment", [
    (chart_with_title(10_000), "ma 10 001 akapitów i fragmentów o osobnym formatowaniu"),  # 95 s for every letter
    (chart_with_title(20, letters="słowo " * 10), "1 200 znaków (najwyżej 100 i 1 000 w jednym tekście)"),
    (labelled_chart(30, 80), "teksty wykresów i kształtów (tytuły, tytuły osi, etykiety danych) mają razem ponad"),
    # each run in its own font (10 000: over 120 s), or language: counted with the template's
    (chart_with_title(60, font=lambda i: f"Zc{i}x"), "szablon używa 60 różnych czcionek (najwyżej 50"),
    (chart_with_title(30, language=lambda i: f"a{chr(97 + i)}-ZZ"), "różnych języków tekstu (najwyżej 20"),
])
def test_chart_text_is_bounded_everywhere(tmp_path, chart_xml, fragment):
    checked, _made = refused_everywhere(tmp_path, with_chart(chart_xml), fragment)
    assert "część word/charts/chart1.xml" in checked.output


def test_chart_fonts_count_with_the_documents_fonts(tmp_path):
    spec = with_chart(chart_with_title(30, font=lambda i: f"Zc{i}x"))
    spec["edits"][DOC] = lambda xml, body=spec["edits"][DOC]: body(xml).replace(
        "<w:body>", "<w:body>" + runs(30, font), 1)
    refused_everywhere(tmp_path, spec, "wszystkie części razem: szablon używa")


def test_a_letters_chart_title_and_labels_still_pass(tmp_path):
    chart_xml = chart_with_title(3, font=lambda i: ["Calibri", "+mn-lt", "Arial"][i], letters="Interwencje ",
                                 chart_xml=labelled_chart(12, 2))
    assert chart_xml.count(b"<c:rich>") == 13
    passes(tmp_path, with_chart(chart_xml))


# --- finding 1, attacked again: the same text, in shapes one reader hides, moves or shrinks -------------------------

HIDDEN_SHAPE = text_box("okres 01.01.2099").replace('<wp:docPr id="7" name="Pole tekstowe 1"/>',
                                                    '<wp:docPr id="7" name="Pole tekstowe 1" hidden="1"/>')


@pytest.mark.parametrize("body, requires", [
    # Word 2013+ takes the w15 Choice – here a hidden shape – and LibreOffice the Fallback's VML box, shown
    (HIDDEN_SHAPE.replace('Requires="wps"', 'Requires="w15"'), "„w15”"),
    # „wps” bound to another namespace: Word does not know it and takes the Fallback, LibreOffice goes by the prefix
    (HIDDEN_SHAPE.replace("<mc:AlternateContent ", '<mc:AlternateContent xmlns:wps="urn:inna-przestrzen" '), "„wps”"),
    # two Choices LibreOffice takes both of (the second the Fallback's shown VML box), Word only the first
    (HIDDEN_SHAPE.replace("<mc:Fallback>", '<mc:Choice Requires="wpg">' + HIDDEN_SHAPE.split("<mc:Fallback>")[1]
                          .split("</mc:Fallback>")[0] + "</mc:Choice><mc:Fallback>"), "„wps”, „wpg”"),
])
def test_branches_readers_may_take_differently_must_be_the_same_xml(tmp_path, body, requires):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(body)}, f"ma warianty (wymagające {requires}")
    assert "zawartość alternatywna (mc:AlternateContent) z tekstem („okres 01.01.2099”)" in checked.output


def test_a_hidden_word_text_box_both_readers_take_is_refused(tmp_path):
    """Once allowed as both readers take the hidden wps Choice; LibreOffice 7.4 prints it all the same (rev-tpl18 3)."""
    refused_everywhere(tmp_path, {DOC: in_body(HIDDEN_SHAPE + alternate_runs(run_("tekst"), run_("tekst")))},
                       "obiekt „Pole tekstowe 1” jest ukryty")


# --- finding 4, attacked again: REFs inside the bookmark a REF prints, and symbol characters -----------------------

def bookmark_of(ident: int, name: str, inner: str) -> str:
    return f'<w:p><w:bookmarkStart w:id="{ident}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{ident}"/></w:p>'


def ref_runs(name: str, count: int) -> str:
    """Complex REF fields, their code split over runs as Word splits it."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> RE</w:instrText>'
            f'</w:r><w:r><w:instrText xml:space="preserve">F {name} \\h </w:instrText></w:r><w:r><w:fldChar '
            'w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>') * count


def test_a_reference_whose_code_is_split_over_runs_is_refused_by_name(tmp_path):
    refused_everywhere(tmp_path, {DOC: in_body(bookmark_of(903, "B", run_("słowo")) + "<w:p>" + ref_runs("B", 1)
                                               + "</w:p>")}, "część word/document.xml zawiera pole REF")


# --- finding 5, attacked again: long names of categories and series ------------------------------------------------

def named_chart(points: int, size: int) -> bytes:
    """rev-tpl9's labelled line chart whose categories are named with size characters each."""
    chart_xml = chart_of("lineChart", points, vary="0", labels=True)
    for i in reversed(range(points)):
        chart_xml = chart_xml.replace(f"<c:v>k{i}</c:v>".encode(), f"<c:v>{'s' * (size - 4)}k{i:03}</c:v>".encode())
    return chart_xml


@pytest.mark.parametrize("chart_xml, fragment", [
    (named_chart(100, 2000), "nazwa kategorii lub serii wykresu ma 2 000 znaków (najwyżej 255"),  # 39 s
    (named_chart(250, 250), "nazwy kategorii i serii wykresów mają razem ponad 50 000 znaków (50 250)"),
])
def test_long_names_in_chart_data_are_bounded_everywhere(tmp_path, chart_xml, fragment):
    checked, _made = refused_everywhere(tmp_path, with_chart(chart_xml), fragment)
    assert "część word/charts/chart1.xml" in checked.output


def test_a_chart_of_many_dated_points_still_passes(tmp_path):
    passes(tmp_path, with_chart(named_chart(2000, 10)))  # 2499 dates labelled: 4.9 s


# --- finding 5, attacked again: the fonts VML WordArt draws in -----------------------------------------------------

def test_fonts_of_vml_wordart_count_with_the_templates(tmp_path):
    """15 short WordArt strings (under the WordArt bounds), each in its own list of four fonts."""
    shapes = "".join(wordart(1).replace("Liberation Serif", f"Zw{i}x, Zv{i}x, Zu{i}x, Zt{i}x") for i in range(15))
    refused_everywhere(tmp_path, {DOC: in_body(shapes)}, "szablon używa 60 różnych czcionek (najwyżej 50")


# --- finding 5's sibling: VML WordArt spread over parts, or in many short strings -----------------------------------

@pytest.mark.parametrize("spec, fragment", [
    # 398 header and footer parts of 1000 characters each: over 120 s; here the body's 600 and the footer's 600
    ({DOC: in_body(wordart(33, shapes=3)), **in_footer(wordart(33, shapes=3))},
     "wszystkie części razem: napis WordArt (kształt VML, v:textpath) ma 197 znaków, a wszystkie napisy WordArt "
     "szablonu razem 1 182 w 6 kształtach"),
    # 1000 one-letter strings: 18 s
    ({DOC: in_body(wordart(1, shapes=21))}, "razem 105 w 21 kształtach (najwyżej 200 w jednym, 1 000 razem i 20"),
    # a loop in the footer: within the part's bound once filled, over it with the body's
    ({DOC: in_body(wordart(20, shapes=5)), **in_footer('<w:p><w:r><w:t>{%p for x in range(6) %}</w:t></w:r></w:p>'
                                                      + wordart(20) + '<w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>')},
     "po wypełnieniu wszystkie części razem: napis WordArt"),
])
def test_wordart_is_bounded_over_all_parts_everywhere(tmp_path, spec, fragment):
    refused_everywhere(tmp_path, spec, fragment)


def test_a_watermark_in_each_header_still_passes(tmp_path):
    passes(tmp_path, {DOC: in_body(wordart(1)), **in_footer(wordart(1))})


# --- finding 4, attacked again: another part – the footnotes --------------------------------------------------------

def test_references_in_footnotes_are_refused_by_their_part(tmp_path):
    footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.'
                 'openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1">' + refs(3) + '</w:footnote>'
                 '</w:footnotes>').encode()
    spec = {"edits": {DOC: in_body(bookmarked("BIG", "słowo " * 1500)),
                      RELS: lambda xml: add_rel(xml, "rIdF", "footnotes", "footnotes.xml"),
                      "[Content_Types].xml": lambda xml: xml.replace("</Types>", '<Override PartName="/word/footnotes.'
                                                                     'xml" ContentType="application/vnd.openxmlformats-'
                                                                     'officedocument.wordprocessingml.footnotes+xml"/>'
                                                                     "</Types>")},
            "extra": [("word/footnotes.xml", footnotes)]}
    refused_everywhere(tmp_path, spec, "word/footnotes.xml zawiera pole REF")


# --- finding 1, attacked again: another part – the footer, with the namespaces declared where the branches are ------

def test_branches_in_a_footer_printing_otherwise_are_refused(tmp_path):
    footer = alternate_runs(run_("strona 1", HIDDEN) + run_("strona 9"), run_("strona 1") + run_("strona 9", HIDDEN))
    checked, _made = refused_everywhere(tmp_path, in_footer(footer), "pokazany inaczej")
    assert "część word/footer1.xml" in checked.output


# --- rev-tpl10 finding 7's other half, found attacking finding 5 (data labels): points labelled one by one -----------

def test_points_labelled_one_by_one_are_bounded_everywhere(tmp_path):
    """2499 points each with its own label's fill (c:dLbl, no text): over 150 s; a point both coloured and
    labelled on its own counts once."""
    labels = "".join(f'<c:dLbl><c:idx val="{i}"/><c:spPr><a:solidFill><a:srgbClr val="{i:06X}"/></a:solidFill>'
                     '</c:spPr><c:showVal val="1"/></c:dLbl>' for i in range(150))
    colours = "".join(f'<c:dPt><c:idx val="{i}"/></c:dPt>' for i in range(150))
    chart_xml = chart_of("lineChart", 150, vary="0").replace(b'<c:order val="0"/>', (
        f'<c:order val="0"/>{colours}<c:dLbls>{labels}<c:showVal val="1"/></c:dLbls>').encode(), 1)
    refused_everywhere(tmp_path, with_chart(chart_xml), "punkty pokolorowane lub opisane pojedynczo), ma 150 punktów")


def test_a_fallback_before_the_choice_is_no_agreement(tmp_path):
    """LibreOffice takes a Fallback it meets before the Choice it takes, and the Choice too; Word one of them."""
    choice, fallback = HIDDEN_SHAPE.split("<mc:Fallback>")
    fallback, rest = fallback.split("</mc:Fallback>")
    start, choice = choice.split('<mc:Choice Requires="wps">')
    body = start + f"<mc:Fallback>{fallback}</mc:Fallback>" + '<mc:Choice Requires="wps">' + choice + rest
    refused_everywhere(tmp_path, {DOC: in_body(body)}, "ma warianty (wymagające „wps”), z których Word może pokazać")
