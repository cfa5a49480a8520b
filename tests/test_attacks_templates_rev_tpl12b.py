"""Issue 17, twelfth templates review (rev-tpl12), second part: what Word shows and what LibreOffice prints into
the PDF differ – content of a namespace Word does not know (finding 3), a chart's alternate content (finding 2),
fields whose stored result Word shows (finding 5). Each is refused before conversion, and templates as Word writes
them still pass. And tpl12's doubts: text hidden by a style in a public version, the scrubber on a unit's words."""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl10 import FOOTER, bookmarked, in_footer
from test_attacks_templates_rev_tpl11 import PRIVATE, TRACES, generated
from test_attacks_templates_rev_tpl12 import fields
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes, with_chart
from test_templates_round9 import chart_of

# The namespaces Word 2019 declares on every document, header and footer, and the ones it marks ignorable
WORD_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"')
IGNORED = 'xmlns:zz="urn:pismo-test" '


def declaring(root: str, declarations: str, ignorable: str | None = None):
    """An edit giving a part's root element namespace declarations (and mc:Ignorable, replacing Word's)."""
    def edit(xml: str) -> str:
        if ignorable is not None:
            declarations_ = declarations.replace(' mc:Ignorable="', f' mc:Ignorable="{ignorable} ')
        else:
            declarations_ = declarations
        return xml.replace(f"<{root} ", f"<{root} {declarations_} ", 1)
    return edit


def chain(*edits):
    def edit(xml: str) -> str:
        for one in edits:
            xml = one(xml)
        return xml
    return edit


WRAPPED = ('<w:p><w:r><w:t xml:space="preserve">IGN-TEST: </w:t></w:r><zz:wrap><w:r><w:t>kwota 900 zł UKRYTE</w:t>'
           '</w:r></zz:wrap></w:p>')


# --- finding 3: an element of a namespace Word does not know ---------------------------------------------------------

@pytest.mark.parametrize("spec", [
    # rev-tpl12's ign: the PDF said „kwota 900 zł UKRYTE”, Word (which skips an ignorable element whole) nothing
    {DOC: chain(in_body(WRAPPED), declaring("w:document", IGNORED + WORD_NS, ignorable="zz"))},
    # told to process its content, or not marked ignorable at all
    {DOC: chain(in_body(WRAPPED.replace("<zz:wrap>", '<zz:wrap mc:ProcessContent="zz:wrap">')),
                declaring("w:document", IGNORED + WORD_NS, ignorable="zz"))},
    {DOC: chain(in_body(WRAPPED), declaring("w:document", IGNORED))},
    # a whole paragraph, text straight in the element, declared on the element itself
    {DOC: in_body('<zz:p xmlns:zz="urn:pismo-test"><w:p><w:r><w:t>kwota 900 zł UKRYTE</w:t></w:r></w:p></zz:p>')},
    {DOC: in_body('<w:p><w:r><zz:t xmlns:zz="urn:pismo-test">kwota 900 zł UKRYTE</zz:t></w:r></w:p>')},
    # a namespace that only looks like Word's, or like ECMA-376's
    {DOC: chain(in_body(WRAPPED.replace("zz:", "x:")), declaring(
        "w:document", 'xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2099/main" ' + WORD_NS,
        ignorable="x"))},
    {DOC: chain(in_body(WRAPPED.replace("zz:", "w99:")), declaring(
        "w:document", 'xmlns:w99="http://schemas.microsoft.com/office/word/2099/wordml" ' + WORD_NS, ignorable="w99"))},
])
def test_text_in_a_namespace_word_does_not_know_is_refused_everywhere(tmp_path, spec):
    checked, _made = refused_everywhere(tmp_path, spec, "której Word nie zna")
    assert "część word/document.xml" in checked.output and "kwota 900 zł UKRYTE" in checked.output


def test_a_footers_unknown_element_around_a_picture_or_page_number_is_refused(tmp_path):
    field = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    spec = in_footer(f'<w:p><zz:wrap xmlns:zz="urn:pismo-test">{field}</zz:wrap></w:p>')
    checked, _made = refused_everywhere(tmp_path, spec, "element zz:wrap")
    assert f"część {FOOTER}" in checked.output


def test_a_charts_unknown_element_holding_text_is_refused(tmp_path):
    title = ('<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Kwota: 900 zł</a:t></a:r></a:p></c:rich></c:tx>'
             '</c:title>')
    chart_xml = chart_of("barChart", 3).replace(
        b"<c:chart>", b'<c:chart><zz:wrap xmlns:zz="urn:pismo-test">' + title.encode() + b"</zz:wrap>", 1)
    checked, _made = refused_everywhere(tmp_path, with_chart(chart_xml), "której Word nie zna")
    assert "część word/charts/chart1.xml" in checked.output


WORD_PARAGRAPH = (
    '<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1" w:rsidRDefault="00A1">'
    '<w:r><w:rPr><w:noProof/><w14:textOutline w14:w="0" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:noFill/>'
    '</w14:textOutline></w:rPr><w:t>Komenda Powiatowa Policji</w:t></w:r>'
    '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
    'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="5C3D2E1F" wp14:editId="0A1B2C3D">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="1800000" cy="360000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
    '<wp:docPr id="5" name="Pole tekstowe 5"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="360000"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:extLst><a:ext uri="{91240B29-F687-4F45-9708-019B960494DF}">'
    '<a14:hiddenLine w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a14:hiddenLine></a:ext>'
    '</a:extLst></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>Zespół Prewencji</w:t></w:r></w:p>'
    '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
    '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
    '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor>'
    '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Pole tekstowe 5" o:spid="_x0000_s1026" '
    'type="#_x0000_t202" style="position:absolute;width:141.75pt;height:28.35pt"><v:textbox><w:txbxContent>'
    '<w:p><w:r><w:t>Zespół Prewencji</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>'
    '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def test_a_template_as_word_writes_it_still_passes(tmp_path):
    """Word's namespaces and mc:Ignorable, w14 text effects, a text box in wps with its VML fallback, a14 and wp14
    extensions, a newer Word's flag in a namespace pismo does not list (attributes and empty elements only)."""
    newer = ('<w:p><w:pPr><zz:flag zz:val="1"><zz:inner/></zz:flag></w:pPr><w:r><w:t>dnia</w:t></w:r></w:p>')
    spec = {DOC: chain(in_body(WORD_PARAGRAPH + newer),
                       declaring("w:document", IGNORED + WORD_NS, ignorable="zz")),
            FOOTER: declaring("w:ftr", WORD_NS)}
    passes(tmp_path, spec)


# --- finding 2: mc:AlternateContent in a chart part ------------------------------------------------------------------

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
SPACES = {"wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
          "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
          "a14": "http://schemas.microsoft.com/office/drawing/2010/main",
          "c14": "http://schemas.microsoft.com/office/drawing/2007/8/2/chart"}


def titled(text: str) -> str:
    return (f'<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></c:rich></c:tx>'
            '<c:overlay val="0"/></c:title>')


def cached(text: str) -> str:
    return (f'<c:title><c:tx><c:strRef><c:f>Arkusz1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0">'
            f'<c:v>{text}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:overlay val="0"/></c:title>')


def chart_alternate(requires: str, choice: str, fallback: str) -> bytes:
    alternate = (f'<mc:AlternateContent {MC} xmlns:{requires}="{SPACES[requires]}"><mc:Choice Requires="{requires}">'
                 f'{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>')
    return chart_of("lineChart", 5, vary="0").replace(b"<c:chart>", b"<c:chart>" + alternate.encode(), 1)


@pytest.mark.parametrize("chart_xml", [
    # rev-tpl12's chart_mc_wps: the PDF's title said „Kwota: 900 zł FALLBACK”, Word's the Choice's 100 zł
    chart_alternate("wps", titled("Kwota: 100 zł CHOICE"), titled("Kwota: 900 zł FALLBACK")),
    chart_alternate("w14", titled("Kwota: 100 zł CHOICE"), titled("Kwota: 900 zł FALLBACK")),
    # a Choice LibreOffice's chart importer takes too, and text cached from the workbook
    chart_alternate("a14", titled("Kwota: 100 zł CHOICE"), titled("Kwota: 900 zł FALLBACK")),
    chart_alternate("wps", cached("Kwota: 100 zł CHOICE"), cached("Kwota: 900 zł FALLBACK")),
    # the same text, shown otherwise (laid over the plot in one branch)
    chart_alternate("wps", titled("Kwota: 100 zł"), titled("Kwota: 100 zł").replace('val="0"', 'val="1"')),
])
def test_a_charts_alternate_content_whose_branches_differ_is_refused(tmp_path, chart_xml):
    checked, _made = refused_everywhere(tmp_path, with_chart(chart_xml), "Kwota: 100 zł")
    assert "część word/charts/chart1.xml" in checked.output and "mc:AlternateContent" in checked.output


def test_a_charts_style_as_word_writes_it_and_equal_branches_still_pass(tmp_path):
    style = (f'<mc:AlternateContent {MC}><mc:Choice Requires="c14" xmlns:c14="{SPACES["c14"]}"><c14:style val="102"/>'
             '</mc:Choice><mc:Fallback><c:style val="2"/></mc:Fallback></mc:AlternateContent>')
    same = chart_alternate("wps", titled("Kwota"), titled("Kwota"))
    passes(tmp_path, with_chart(same.replace(b"<c:chart>", style.encode() + b"<c:chart>", 1)))


# --- finding 5: fields whose stored result Word shows and LibreOffice computes otherwise -----------------------------

def field_runs(code: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t xml:space="preserve">{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def complex_field(code: str, result: str) -> str:
    """rev-tpl12's „FLD-TEST: kwota ” + a field whose stored result is the amount's first digit + „00 zł”."""
    return (f'<w:p><w:r><w:t xml:space="preserve">FLD-TEST: kwota </w:t></w:r>{field_runs(code, result)}'
            '<w:r><w:t xml:space="preserve">00 zł</w:t></w:r></w:p>')


@pytest.mark.parametrize("code, kind", [
    (' SYMBOL 57 \\f "Arial" ', "SYMBOL"),  # rev-tpl12's sym_amount: Word „kwota 100 zł”, the PDF „kwota 9100 zł”
    (' IF 1 = 1 "9" "9" ', "IF"),  # if_amount: the PDF „kwota 00 zł”
    (" = 2+2 ", "="),
    (" COMPARE 1 = 1 ", "COMPARE"),
    (" SUBJECT ", "SUBJECT"),  # dp_subject: the PDF empty
    (" TITLE ", "TITLE"),  # title_x: the PDF printed the plan's title
    (" AUTHOR ", "AUTHOR"),
    (" KEYWORDS ", "KEYWORDS"),
    (" DOCVARIABLE kwota ", "DOCVARIABLE"),
    (" numwords ", "NUMWORDS"),
])
def test_fields_word_shows_as_stored_and_libreoffice_computes_are_refused(tmp_path, code, kind):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body(complex_field(code, "1"))}, f"pole {kind} (")
    assert "część word/document.xml" in checked.output and "wpisz" in checked.output


def test_a_footers_document_property_field_is_refused_by_its_part(tmp_path):
    spec = in_footer('<w:p><w:fldSimple w:instr=" SUBJECT "><w:r><w:t>kwota 100 zł</w:t></w:r></w:fldSimple></w:p>')
    checked, _made = refused_everywhere(tmp_path, spec, "pole SUBJECT")
    assert f"część {FOOTER}" in checked.output


def test_a_footers_page_numbers_date_and_a_bookmark_still_pass(tmp_path):
    footer = ('<w:p><w:r><w:t xml:space="preserve">Strona </w:t></w:r>' + field_runs(" PAGE \\* MERGEFORMAT ", "1")
              + '<w:r><w:t xml:space="preserve"> z </w:t></w:r>' + field_runs(" NUMPAGES ", "2") + '</w:p>'
              + fields(' DATE \\@ &quot;dd.MM.yyyy&quot; ', 1))
    body = bookmarked("Sygnatura", "RSOW-123/25") + fields(" SEQ Zal \\* ARABIC ", 1)
    passes(tmp_path, {DOC: in_body(body), **in_footer(footer)})


# --- tpl12's doubts: text hidden by a style, and the scrubber on a unit's own words ---------------------------------

def style(kind: str, ident: str, properties: str, based: str = "") -> str:
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:styleId="{ident}"><w:name w:val="{ident}"/>{based_on}'
            f'<w:rPr>{properties}</w:rPr></w:style>')


HIDING_STYLES = (style("character", "Ukryty", "<w:vanish/>") + style("character", "UkrytyPochodny", "", "Ukryty")
                 + style("character", "Odkryty", '<w:vanish w:val="0"/>', "Ukryty")
                 + style("paragraph", "UkrytyAkapit", "<w:vanish/>", "Normal"))


def styled(text: str, character: str = "", paragraph: str = "", direct: str = "") -> str:
    paragraph_style = f'<w:pPr><w:pStyle w:val="{paragraph}"/></w:pPr>' if paragraph else ""
    run_style = f'<w:rStyle w:val="{character}"/>' if character else ""
    return (f'<w:p>{paragraph_style}<w:r><w:rPr>{run_style}{direct}</w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def test_text_hidden_by_a_style_is_left_out_of_a_public_version(tmp_path):
    """A character style with w:vanish (or based on one), a paragraph style with it: Word hides the runs, and a
    public file must not carry them, as it does not carry directly hidden ones; a style or run that shows again
    (w:vanish w:val="0") keeps its text."""
    hidden = [f"{PRIVATE} notatka {n}" for n in range(3)]  # the notes no scrubber knows as private
    body = (styled(hidden[0], "Ukryty") + styled(hidden[1], "UkrytyPochodny")
            + styled(hidden[2], paragraph="UkrytyAkapit")
            + styled("WIDOCZNY-1", "Odkryty") + styled("WIDOCZNY-2", "Ukryty", direct='<w:vanish w:val="0"/>'))
    spec = {DOC: in_body(body), "word/styles.xml": lambda xml: xml.replace("</w:styles>", HIDING_STYLES + "</w:styles>")}
    parts = generated(tmp_path, spec, "--publikacja")
    document = parts[DOC].decode("utf-8")
    assert not [trace for trace in (*TRACES, "notatka") if trace in document.lower()], document
    assert "WIDOCZNY-1" in document and "WIDOCZNY-2" in document


UNIT_WORDS = ("Komenda Powiatowa Policji w Łęcznej", "Zespół Prewencji", "Wydział Ruchu Drogowego",
              "Posterunek Policji w Cycowie", "Naczelnik Wydziału Kryminalnego", "ul. Obrońców Pokoju 1",
              "21-010 Łęczna")


def test_a_public_version_keeps_the_unit_templates_own_words(tmp_path):
    """The scrubber reads every paragraph of a unit's template too: its unit's names, posts and address are no
    private data and stay as written, in the body and the footer."""
    body = "".join(styled(text) for text in UNIT_WORDS)
    spec = {DOC: in_body(body), **in_footer("".join(styled(text) for text in UNIT_WORDS))}
    parts = generated(tmp_path, spec, "--publikacja")
    for part in (DOC, FOOTER):
        text = parts[part].decode("utf-8")
        assert [words for words in UNIT_WORDS if words not in text] == [], text
