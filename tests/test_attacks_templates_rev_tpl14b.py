"""Findings of the fourteenth template review (rev-tpl14) of issue 17: fields and run properties Word and the PDF show
otherwise.

A field pismo lets through prints the same in Word and in the PDF: each field's switches are on an explicit list (each
tried with soffice and pdftotext); Word's caption switches of SEQ are left out on reading, since LibreOffice counts a
SEQ with any switch anew; Word's own table of contents and form check box pass. Run properties one reader honours and
the other not (w:bdo rtl, text without fill, w:cs) are refused by name, directly or by a style; w:webHidden (hidden in
Word's web view only) is left out.
"""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl11 import generated
from test_attacks_templates_rev_tpl12b import style
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes
from pismo.render import reach

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def fx(code: str, stored: str = "7", before: str = "FLD-TEST: ") -> str:
    return (f'<w:p><w:r><w:t xml:space="preserve">{before}</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
            f'</w:r><w:r><w:t>{stored}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def body(xml: str) -> dict:
    return {DOC: in_body(xml)}


# --- findings 1 and 2: each allowed field's switches, named when refused ---------------------------------------------

ALIKE = [" SEQ Zal ", " PAGE \\* Arabic \\* MERGEFORMAT ", " PAGE \\* ROMAN ", " PAGE \\* roman \\* MERGEFORMAT ",
         " PAGE \\* alphabetic ", " NUMPAGES \\* ARABIC ", ' DATE \\@ "d MMMM yyyy" \\* MERGEFORMAT ',
         " DATE \\@ \"'Łęczna, dnia' d MMMM yyyy 'r.'\" ", ' TIME \\@ "HH:mm" ', ' TOC \\o "1-3" \\h \\z \\u ',
         " FORMCHECKBOX ", " FORMTEXT ", ' HYPERLINK "https://policja.pl" \\o "strona" ', ' TC "Wstęp" \\f C \\l 1 ']
# (code, what the message names): LibreOffice printed „I” for a SEQ stored „VII”, „strona 1” for „strona jeden” …
OTHERWISE = [(" SEQ Zal \\* ROMAN ", "przełącznik \\* ROMAN"), (" SEQ Zal \\* CardText ", "przełącznik \\* CardText"),
             (' SEQ Zal \\# "000" ', 'przełącznik \\# "000"'), (" SEQ Zal \\n ", "przełącznik \\n"),
             (" SEQ Zal \\r 3 ", "przełącznik \\r"), (" PAGE \\* CardText ", "przełącznik \\* CardText"),
             (" PAGE \\* OrdText ", "przełącznik \\* OrdText"), (" PAGE \\* Hex ", "przełącznik \\* Hex"),
             (" PAGE \\*ROMAN ", "przełącznik \\*ROMAN"), (" NUMPAGES \\* DollarText ", "przełącznik \\* DollarText"),
             (" NUMPAGES \\# \"'stron: '0\" ", "przełącznik \\# \"'stron: '0\""),
             (' DATE \\@ "d MMMM yyyy" \\* Upper ', "przełącznik \\* Upper"),
             (' DATE \\@ "M" \\* ROMAN ', "przełącznik \\* ROMAN"), (" DATE \\h ", "przełącznik \\h"),
             (' DATE \\@ "d" \\s ', "przełącznik \\s"), (" DATE ", "bez formatu (\\@)"), (" TIME ", "bez formatu (\\@)"),
             (" PAGE 5 ", "słowo „5”"), (" SECTIONPAGES ", "pole SECTIONPAGES"), (" SECTION ", "pole SECTION")]


@pytest.mark.parametrize("code", ALIKE)
def test_fields_both_readers_print_alike_pass(code):
    reach.check_field(DOC, code)


@pytest.mark.parametrize("code, named", OTHERWISE)
def test_a_switch_libreoffice_does_not_honour_is_refused_by_name(code, named):
    """rev-tpl14 1 and 2: the switch (or its lack) is named, with what to do."""
    with pytest.raises(reach.Outside) as caught:
        reach.check_field(DOC, code)
    assert named in str(caught.value) and ("usuń" in str(caught.value) or "dopisz" in str(caught.value))


def test_a_seq_with_a_format_switch_is_refused_everywhere(tmp_path):
    """rev-tpl14 1: „Załącznik nr VII” in Word, „Załącznik nr I” in the PDF."""
    refused_everywhere(tmp_path, body(fx(" SEQ Zal \\* ROMAN ", "VII")), "usuń przełącznik \\* ROMAN z pola SEQ")


def test_words_captions_keep_their_stored_number(tmp_path):
    """rev-tpl14 1: Word's caption code ` SEQ Tabela \\* ARABIC ` (with \\* MERGEFORMAT) made LibreOffice count anew
    („Tabela 2 C” in the PDF, „Tabela 3 C” in Word); the switches are left out, so both show the stored number."""
    captions = fx(" SEQ Tabela \\* ARABIC ", "1") + fx(" SEQ Tabela \\* ARABIC \\* MERGEFORMAT ", "3")
    letter = generated(tmp_path, body(captions))[DOC].decode()
    assert "ARABIC" not in letter and "MERGEFORMAT" not in letter.split("SEQ Tabela")[1], letter[:2000]
    assert letter.count("SEQ Tabela </w:instrText>") == 2


# --- finding 3: Word's table of contents, with its PAGEREF entries ----------------------------------------------------

def toc_entry(number: int, title: str, page: int, first: bool = False) -> str:
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h '
             '\\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if first else ""
    hidden = "<w:rPr><w:webHidden/></w:rPr>"
    return (f'<w:p>{begin}<w:hyperlink w:anchor="_Toc{number}" w:history="1"><w:r><w:t>{title}</w:t></w:r>'
            f'<w:r>{hidden}<w:tab/></w:r><w:r>{hidden}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{hidden}'
            f'<w:instrText xml:space="preserve"> PAGEREF _Toc{number} \\h </w:instrText></w:r><w:r>{hidden}'
            f'<w:fldChar w:fldCharType="separate"/></w:r><w:r>{hidden}<w:t>{page}</w:t></w:r><w:r>{hidden}'
            '<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>')


WORD_TOC = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'
            '</w:sdtPr><w:sdtContent>' + toc_entry(1001, "Zagrożenie", 1, first=True) + toc_entry(1002, "Cel", 2)
            + '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>'
            '<w:p><w:bookmarkStart w:id="801" w:name="_Toc1001"/><w:r><w:t>Zagrożenie</w:t></w:r>'
            '<w:bookmarkEnd w:id="801"/></w:p><w:p><w:bookmarkStart w:id="802" w:name="_Toc1002"/><w:r><w:t>Cel</w:t>'
            '</w:r><w:bookmarkEnd w:id="802"/></w:p>')


def test_words_table_of_contents_passes(tmp_path):
    """rev-tpl14 3: every TOC of Word's gallery was refused by its entries' PAGEREF; LibreOffice prints their stored
    page numbers, as Word shows them. The entries' w:webHidden (finding 9) is left out of the letter."""
    letter = generated(tmp_path, body(WORD_TOC))[DOC].decode()
    assert "PAGEREF _Toc1002" in letter and "webHidden" not in letter


def test_a_pageref_outside_a_table_of_contents_is_still_refused(tmp_path):
    refused_everywhere(tmp_path, body(fx(" PAGEREF _Toc1001 \\h ", "1")), "pole PAGEREF")


# --- finding 7: a legacy form check box -------------------------------------------------------------------------------

CHECK_BOX = ('<w:p><w:r><w:t xml:space="preserve">zgoda </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
             '<w:name w:val="Wybor1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
             '<w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText '
             'xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def test_a_form_check_box_passes(tmp_path):
    """rev-tpl14 7: both draw the box from its w:ffData (☒ ticked, ☐ not), yet it was refused."""
    passes(tmp_path, body(CHECK_BOX))


# --- findings 9, 10, 12, 13: run properties one reader honours and the other not --------------------------------------

def run(properties: str, text: str = "100 zł") -> str:
    return (f'<w:p><w:r><w:t xml:space="preserve">kwota </w:t></w:r><w:r><w:rPr>{properties}</w:rPr>'
            f'<w:t>{text}</w:t></w:r></w:p>')


def styled(properties: str) -> dict:
    """A character style with the properties, and a run using it."""
    return {DOC: in_body('<w:p><w:r><w:rPr><w:rStyle w:val="Kwota"/></w:rPr><w:t>100 zł</w:t></w:r></w:p>'),
            "word/styles.xml": lambda xml: xml.replace("</w:styles>", style("character", "Kwota", properties)
                                                       + "</w:styles>", 1)}


DIFFERING = {
    "bdo rtl": (body('<w:p><w:r><w:t xml:space="preserve">kwota </w:t></w:r><w:bdo w:val="rtl"><w:r><w:t>001</w:t>'
                     '</w:r></w:bdo></w:p>'), "tekst „001” ma wymuszony kierunek"),
    "no fill": (body(run(f'<w14:textFill {W14}><w14:noFill/></w14:textFill>')), "nie ma wypełnienia"),
    "transparent": (body(run(f'<w14:textFill {W14}><w14:solidFill><w14:srgbClr w14:val="000000"><w14:alpha '
                             'w14:val="100000"/></w14:srgbClr></w14:solidFill></w14:textFill>')), "przezroczysty"),
    "cs, sizes differ": (body(run('<w:cs/><w:sz w:val="2"/><w:szCs w:val="24"/>')), "(w:cs"),
    "cs by a style": (styled('<w:cs/><w:sz w:val="24"/><w:szCs w:val="2"/>'), "tekst w stylu „Kwota”"),
    "no fill by a style": (styled(f'<w14:textFill {W14}><w14:noFill/></w14:textFill>'), "tekst w stylu „Kwota”"),
}


@pytest.mark.parametrize("case", DIFFERING)
def test_a_run_property_the_readers_show_otherwise_is_refused(tmp_path, case):
    """rev-tpl14 10, 12, 13: „kwota 001 zł” in the PDF, „kwota 100 zł” in Word; „900 zł NIEWIDOCZNE” printed black
    in the PDF, nothing in Word; a 12-point amount in Word a 1-point speck in the PDF."""
    spec, named = DIFFERING[case]
    refused_everywhere(tmp_path, spec, named)


ALIKE_RUNS = {
    "bdo ltr": body('<w:p><w:bdo w:val="ltr"><w:r><w:t>100 zł</w:t></w:r></w:bdo></w:p>'),
    "cs off": body(run('<w:cs w:val="0"/><w:sz w:val="24"/>')),
    "solid fill": body(run(f'<w14:textFill {W14}><w14:solidFill><w14:srgbClr w14:val="C00000"/></w14:solidFill>'
                           '</w14:textFill>')),
}


@pytest.mark.parametrize("case", ALIKE_RUNS)
def test_run_properties_both_readers_honour_pass(tmp_path, case):
    passes(tmp_path, ALIKE_RUNS[case])


@pytest.mark.parametrize("spec", [body(run("<w:webHidden/>")), styled("<w:webHidden/>")], ids=["direct", "style"])
def test_text_hidden_in_the_web_view_only_is_printed(tmp_path, spec):
    """rev-tpl14 9: Word prints „100 zł”, the PDF left it out; w:webHidden is dropped on reading."""
    parts = generated(tmp_path, spec)
    assert b"100 z\xc5\x82" in parts[DOC]
    assert not [name for name, blob in parts.items() if b"webHidden" in blob]


def test_a_pageref_to_another_bookmark_inside_a_table_of_contents_is_still_refused(tmp_path):
    """Only the entries' own page numbers (PAGEREF _Toc… \\h) are the table's; any other PAGEREF prints LibreOffice's
    own text where Word shows the stored one."""
    refused_everywhere(tmp_path, body(WORD_TOC.replace("PAGEREF _Toc1002", "PAGEREF Zalacznik")), "PAGEREF Zalacznik")


def test_a_date_picture_glued_to_its_switch_passes():
    """LibreOffice writes ` DATE \\@"M/d/yy" ` and both readers honour it."""
    reach.check_field(DOC, ' DATE \\@"d.MM.yyyy" ')


# --- findings 5, 6, 14: style hierarchies the public version read otherwise than Word and LibreOffice -------------

from test_attacks_templates_rev_tpl12b import styled as styled_run  # noqa: E402


def with_styles(xml: str, styles: str) -> dict:
    return {DOC: in_body(xml), "word/styles.xml": lambda text: text.replace("</w:styles>", styles + "</w:styles>", 1)}


def test_a_character_and_a_paragraph_style_both_hiding_show_the_run(tmp_path):
    """rev-tpl14 6: w:vanish is a toggle – two styles hiding show the run (LibreOffice printed „WIDOCZNE-TOGGLE”),
    yet the public version cut it; one hiding style alone, or a showing character style in a hiding paragraph
    style, still hides."""
    styles = (style("paragraph", "UkrP", "<w:vanish/>") + style("character", "UkrC", "<w:vanish/>")
              + style("character", "Pok", '<w:vanish w:val="0"/>'))
    body = (styled_run("WIDOCZNE-TOGGLE tekst pisma", "UkrC", "UkrP") + styled_run("UKRYTE-PSTYLE notatka", paragraph="UkrP")
            + styled_run("UKRYTE-VAL0 notatka", "Pok", "UkrP"))
    document = generated(tmp_path, with_styles(body, styles), "--publikacja")[DOC].decode()
    assert "WIDOCZNE-TOGGLE tekst pisma" in document and "UKRYTE" not in document, document[:3000]


def test_a_run_style_naming_a_paragraph_style_hides_nothing(tmp_path):
    """rev-tpl14 14: LibreOffice shows a run whose w:rStyle names a hiding paragraph style; the public version cut it."""
    body = styled_run("WIDOCZNE-RSTYLE 100 zł", "UkrP")
    document = generated(tmp_path, with_styles(body, style("paragraph", "UkrP", "<w:vanish/>")), "--publikacja")[DOC]
    assert "WIDOCZNE-RSTYLE 100 zł" in document.decode()


def test_two_styles_with_one_id_are_refused(tmp_path):
    """rev-tpl14 14: LibreOffice took the first „Dupl” (hidden), the public version the last (shown)."""
    styles = style("character", "Dupl", "<w:vanish/>") + style("character", "Dupl", '<w:vanish w:val="0"/>')
    refused_everywhere(tmp_path, with_styles(styled_run("DUPL-STYLE", "Dupl"), styles), "„Dupl”")


def test_a_table_style_hiding_text_conditionally_is_refused(tmp_path):
    """rev-tpl14 5: a table style's first row (w:tblStylePr) hid „UKRYTE-COND notatka” in Word and the PDF, while the
    public .docx kept it."""
    table_style = ('<w:style w:type="table" w:styleId="TabUkr"><w:name w:val="Tabela ukryta"/><w:tblPr/>'
                   '<w:tblStylePr w:type="firstRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr></w:style>')
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="TabUkr"/><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr><w:tblGrid>'
             '<w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>UKRYTE-COND notatka</w:t></w:r></w:p></w:tc>'
             '</w:tr></w:tbl><w:p/>')
    refused_everywhere(tmp_path, with_styles(table, table_style), "„Tabela ukryta”")


# --- finding 21: a Word 365 3D model ---------------------------------------------------------------------------------

MODEL3D = "http://schemas.microsoft.com/office/2017/06/relationships/model3d"


def test_a_3d_model_is_refused_as_a_3d_model(tmp_path):
    """rev-tpl14 21: its glTF part was refused as „not UTF-8 (e.g. UTF-16) – save again in Word”, advice that cannot
    work; it is named as a 3D model, with what to do."""
    from test_template_package import rel
    spec = {"edits": rel(f'Type="{MODEL3D}" Target="media/model3d1.glb"'),
            "extra": [("word/media/model3d1.glb", b"glTF\x02\x00\x00\x00" + bytes(64))]}
    checked, _made = refused_everywhere(tmp_path, spec, "model 3D")
    assert "UTF" not in checked.output
