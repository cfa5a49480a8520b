"""Issue 17, thirteenth templates review (rev-tpl13): what Word shows and what LibreOffice prints into the PDF
differ – fields whose stored result one reader shows and the other computes (findings 1–5, 8, 13–15), markup Word
refuses or skips (6, 7), chart alternate content (12); Word's emoji markup passes (9). Each is refused before
conversion: no test here runs LibreOffice (what the PDF printed is in the comments)."""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl10 import bookmarked, in_footer
from test_template_package import DOC, refused_everywhere
from test_attacks_templates_rev_tpl11 import PRIVATE, generated
from test_attacks_templates_rev_tpl12b import MC, SPACES, chart_alternate, style, styled
from test_templates_round7 import in_body, passes, with_chart
from test_templates_round9 import chart_of


def shown(code: str, stored: str = "kwota 100 zł", begin: str = "") -> str:
    """A paragraph „FLD-TEST: ” with a complex field of this code and stored result."""
    return ('<w:p><w:r><w:t xml:space="preserve">FLD-TEST: </w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="begin"{begin}/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{stored}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> :END</w:t></w:r></w:p>')


# --- the field class: only fields both readers compute alike from the finished letter ---------------------------

@pytest.mark.parametrize("spec, name", [
    # 1, 2: a REF of a bookmark a {% if %} removes printed „Error: Reference source not found”, of a bookmark holding
    # a tag or other text the filled bookmark, while Word shows the stored result
    ({DOC: in_body("<w:p><w:r><w:t>{%p if false %}</w:t></w:r></w:p>" + bookmarked("ZNIK", "kwota 100 zł")
                   + "<w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>" + shown(" REF ZNIK \\h "))}, "REF"),
    ({DOC: in_body(bookmarked("KW", "kwota 900 zł") + shown(" REF KW \\h "))}, "REF"),
    ({DOC: in_body(bookmarked("ZAL", "załącznik") + shown(" PAGEREF ZAL \\h ", "9"))}, "PAGEREF"),
    ({DOC: in_body(bookmarked("KW", "kwota 900 zł") + shown(" NOTEREF KW \\h ", "1"))}, "NOTEREF"),
    # 8: another letter case: LibreOffice's error, Word's stored result
    ({DOC: in_body(bookmarked("Kwota", "kwota 100 zł") + shown(" REF KWOTA \\h "))}, "REF"),
    # 3: SEQ's switches LibreOffice computes: „kwota 900 zł”, „kwota 000 zł”, „1” where Word shows the stored one
    ({DOC: in_body(shown(" SEQ A \\r 9 ", "1"))}, "SEQ"),
    ({DOC: in_body(shown(" SEQ A ", "3") + shown(" SEQ A \\c ", "1"))}, "SEQ"),
    ({DOC: in_body(shown(" SEQ A \\h "))}, "SEQ"),
    # 4, 5: SET's stored result and AUTONUM's printed nothing, LISTNUM the stored text Word renumbers
    ({DOC: in_body(shown(' SET kw "100" ', "kwota 900 zł"))}, "SET"),
    ({DOC: in_body(shown(" AUTONUM ", "9."))}, "AUTONUM"),
    ({DOC: in_body(shown(" LISTNUM ", "9)"))}, "LISTNUM"),
    # 15: STYLEREF in a footer: the stored result on every page, Word the styled paragraph's text
    (in_footer(shown(" STYLEREF Duzy ", "kwota 900 zł")), "STYLEREF"),
    # QUOTE, IF and the rest whose result one reader computes
    ({DOC: in_body(shown(' QUOTE "kwota 900 zł" '))}, "QUOTE"),
    ({DOC: in_body(shown(' IF 1 = 1 "a" "b" '))}, "IF"),
])
def test_fields_readers_compute_otherwise_are_refused_by_name(tmp_path, spec, name):
    refused_everywhere(tmp_path, spec, f"zawiera pole {name}")


@pytest.mark.parametrize("spec, fragment", [
    # 13: a dirty field Word recomputes on opening („kwota 900 zł”), the PDF keeps the stored „kwota 100 zł”
    ({DOC: in_body(shown(" SEQ Zal ", "7", begin=' w:dirty="true"'))}, "w:dirty"),
    ({DOC: in_body('<w:p><w:fldSimple w:instr=" PAGE " w:dirty="1"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>')},
     "w:dirty"),
    # a locked PAGE in the footer: the PDF „Strona 1 z 2”, „Strona 2 z 2”, Word the stored „1” on every page
    (in_footer(shown(" PAGE ", "1", begin=' w:fldLock="true"')), "w:fldLock"),
])
def test_dirty_or_locked_fields_are_refused(tmp_path, spec, fragment):
    refused_everywhere(tmp_path, spec, fragment)


def test_nested_field_followed_by_words_is_told_as_such(tmp_path):
    # 11: was told as a field „9” reading files or the computer
    outer = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> 9 </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    checked, _ = refused_everywhere(tmp_path, {DOC: in_body(outer)}, "(„{ PAGE } 9”) zaczyna się od innego pola")
    assert "spoza dokumentu" not in checked.output


def test_fields_both_readers_compute_alike_pass(tmp_path):
    body = (shown(" PAGE ", "1") + shown(" NUMPAGES \\* MERGEFORMAT ", "2") + shown(" SEQ Zal \\* ARABIC ", "1")
            + shown(' DATE \\@ "d MMMM yyyy" ', "1 lipca 2025")  # SECTIONPAGES: LibreOffice prints it stored (rev-tpl14)
            + shown(' HYPERLINK "https://policja.pl" ', "policja.pl"))
    passes(tmp_path, {DOC: in_body(body)})


# --- finding 6: Markup Compatibility attributes Word stops at ------------------------------------------------------

MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '


@pytest.mark.parametrize("declarations, fragment", [
    # must_zz: LibreOffice wrote the PDF, Word refuses to open the letter
    (MC_NS + 'xmlns:zz="urn:pismo-test" mc:MustUnderstand="zz"', "mc:MustUnderstand"),
    # a prefix no declaration names
    (MC_NS + 'mc:MustUnderstand="qq"', "„qq”"),
])
def test_compatibility_attributes_word_stops_at_are_refused(tmp_path, declarations, fragment):
    spec = {DOC: lambda xml: xml.replace("<w:document ", "<w:document " + declarations.replace(
        MC_NS, "" if "xmlns:mc=" in xml.split(">", 2)[1] else MC_NS) + " ", 1)}
    refused_everywhere(tmp_path, spec, fragment)


def test_must_understand_of_words_own_namespace_passes(tmp_path):
    spec = {DOC: lambda xml: xml.replace("<w:document ", "<w:document " + (
        "" if "xmlns:mc=" in xml.split(">", 2)[1] else MC_NS) + 'xmlns:w14="http://schemas.microsoft.com/office/'
        'word/2010/wordml" mc:MustUnderstand="w14" ', 1)}
    passes(tmp_path, spec)


# --- finding 7: an element of a known namespace Word never writes text in --------------------------------------------

def wrapped(prefix: str, uri: str) -> str:
    """rev-tpl13's wrap_*: a made-up element of a namespace Word knows, holding a run."""
    return ('<w:p><w:r><w:t xml:space="preserve">IGN-TEST: </w:t></w:r>'
            f'<{prefix}:wrap xmlns:{prefix}="{uri}"><w:r><w:t>kwota 900 zł UKRYTE</w:t></w:r></{prefix}:wrap></w:p>')


@pytest.mark.parametrize("prefix, uri", [
    # the PDF printed „kwota 900 zł UKRYTE”, Word 2016/2019 skips the element with its runs
    ("w16du", "http://schemas.microsoft.com/office/word/2023/wordml/word16du"),
    ("wne", "http://schemas.microsoft.com/office/word/2006/wordml"),
    ("cx9", "http://schemas.microsoft.com/office/drawing/2014/chartex"),
    # the PDF dropped the text, the .docx keeps it in an element Word's schema does not have
    ("ww", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("w14x", "http://schemas.microsoft.com/office/word/2010/wordml"),
    ("vv", "urn:schemas-microsoft-com:vml"),
])
def test_an_element_word_never_writes_text_in_is_refused_holding_runs(tmp_path, prefix, uri):
    refused_everywhere(tmp_path, {DOC: in_body(wrapped(prefix, uri))}, f"element {prefix}:wrap z tekstem Worda")


def test_text_inside_a_run_in_a_made_up_element_is_refused(tmp_path):
    para = ('<w:p><w:r><wne:wrap xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><w:t>kwota 900 zł'
            '</w:t></wne:wrap></w:r></w:p>')
    refused_everywhere(tmp_path, {DOC: in_body(para)}, "element wne:wrap z tekstem Worda (w:t)")


# --- finding 9: Word's emoji ------------------------------------------------------------------------------------------

EMOJI = ('<w:p><w:r><w:t xml:space="preserve">EMO-TEST: dziękujemy </w:t></w:r><w:r>'
         '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"><mc:Choice Requires="w16se">'
         '<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F642"/></mc:Choice><mc:Fallback><w:t>🙂</w:t>'
         '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def test_words_emoji_markup_passes(tmp_path):
    # was refused as „różny tekst („” i „🙂”)”: Word shows the symEx, LibreOffice the Fallback – the same character
    passes(tmp_path, {DOC: in_body(EMOJI)})


def test_an_emoji_whose_fallback_is_another_character_is_refused(tmp_path):
    refused_everywhere(tmp_path, {DOC: in_body(EMOJI.replace("🙂", "☹"))}, "różny tekst")


def test_text_where_word_writes_it_still_passes(tmp_path):
    body = ('<w:p><w:hyperlink w:anchor="x"><w:r><w:t>link</w:t></w:r></w:hyperlink>'
            '<w:sdt><w:sdtContent><w:r><w:t>pole</w:t></w:r></w:sdtContent></w:sdt>'
            '<w:smartTag w:uri="urn:x" w:element="miasto"><w:r><w:t>Lublin</w:t></w:r></w:smartTag>'
            '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt><w:r><w:t>a</w:t></w:r></w:rt>'
            '<w:rubyBase><w:r><w:t>b</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>'
            '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>komórka</w:t></w:r></w:p>'
            '</w:tc></w:tr></w:tbl><w:sdt><w:sdtContent><w:p><w:r><w:t>akapit</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    passes(tmp_path, {DOC: in_body(body)})


# --- finding 12: a chart's alternate content differing in anything ---------------------------------------------------

@pytest.mark.parametrize("choice, fallback", [
    # chart_ac_dlbls: LibreOffice took the Fallback's labels („k1; Series1; 62”), Word the Choice's none
    ('<c:autoTitleDeleted val="1"/>', '<c:autoTitleDeleted val="0"/>'),
    ('<c:dispBlanksAs val="gap"/>', '<c:dispBlanksAs val="zero"/>'),
])
def test_a_charts_alternate_content_differing_without_text_is_refused(tmp_path, choice, fallback):
    checked, _made = refused_everywhere(tmp_path, with_chart(chart_alternate("wps", choice, fallback)),
                                        "mc:AlternateContent")
    assert "część word/charts/chart1.xml" in checked.output


def test_a_charts_style_choice_holding_something_else_is_refused(tmp_path):
    style = (f'<mc:AlternateContent {MC}><mc:Choice Requires="c14" xmlns:c14="{SPACES["c14"]}"><c14:style val="102"/>'
             '</mc:Choice><mc:Fallback><c:style val="2"/><c:autoTitleDeleted val="0"/></mc:Fallback>'
             '</mc:AlternateContent>')
    chart_xml = chart_of("lineChart", 5, vary="0").replace(b"<c:chart>", style.encode() + b"<c:chart>", 1)
    refused_everywhere(tmp_path, with_chart(chart_xml), "mc:AlternateContent")


# --- finding 10: text hidden by a table style, the default paragraph style or the document defaults -----------------

def test_text_hidden_by_a_table_or_default_style_is_left_out_of_a_public_version(tmp_path):
    """pub_tblstyle kept „UKRYTE-TBL notatka: …” (scrubbed, but kept) in plan-publikacja.docx; Word hides it."""
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="UkrytaTabela"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/>'
             f'</w:tblGrid><w:tr><w:tc>{styled(PRIVATE + " notatka tabeli", paragraph="Neutralny")}</w:tc></w:tr></w:tbl>')
    body = table + styled(PRIVATE + " notatka domyślna", paragraph="") + styled("WIDOCZNY-3", paragraph="Widoczny")
    hiding = (style("table", "UkrytaTabela", "<w:vanish/>")
              + '<w:style w:type="paragraph" w:default="1" w:styleId="Domyslny"><w:name w:val="Domyslny"/>'
              '<w:rPr><w:vanish/></w:rPr></w:style>' + style("paragraph", "Widoczny", '<w:vanish w:val="0"/>') + style("paragraph", "Neutralny", ""))
    spec = {DOC: in_body(body), "word/styles.xml": lambda xml: xml.replace(
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">',
        '<w:style w:type="paragraph" w:styleId="Normal">').replace("</w:styles>", hiding + "</w:styles>")}
    document = generated(tmp_path, spec, "--publikacja")[DOC].decode("utf-8")
    assert "notatka" not in document.lower(), document
    assert "WIDOCZNY-3" in document
