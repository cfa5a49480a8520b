"""Findings of the fifteenth template review (rev-tpl15) of issue 17: checks held for the XML spelling they were
tested with, not for other spellings of the same XML.

A check that decides a refusal reads the parsed tree (namespace URIs, not prefixes; references resolved); a byte
pre-filter in front of it is a strict superset of what the tree holds (a local name with any prefix or none, any
entity reference), and namespace declarations may not be written with references at all (Word never does). No test
here runs LibreOffice (the seconds the reviewer measured are in the comments).
"""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl10 import chart_with_title
from test_attacks_templates_rev_tpl14b import W14, body, run, styled
from test_template_package import DOC, RELS, refused_everywhere
from test_templates_images import _drawn
from test_templates_round7 import passes, with_chart

W_MAIN = 'xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_MAIN = 'xmlns="http://schemas.microsoft.com/office/word/2010/wordml"'


# --- finding 1: a run property written in the default namespace -----------------------------------------------------

DEFAULT_NAMESPACE = {
    "cs": (body(run(f'<cs {W_MAIN}/><w:sz w:val="2"/><w:szCs w:val="24"/>')), "(w:cs"),
    "cs by a style": (styled(f'<cs {W_MAIN}/><w:sz w:val="24"/><w:szCs w:val="2"/>'), "tekst w stylu „Kwota”"),
    "bdo rtl": (body(f'<w:p><w:r><w:t xml:space="preserve">kwota </w:t></w:r><bdo {W_MAIN} w:val="rtl"><w:r><w:t>001'
                     '</w:t></w:r></bdo></w:p>'), "ma wymuszony kierunek"),
    "no fill": (body(run(f'<textFill {W14_MAIN}><noFill/></textFill>')), "nie ma wypełnienia"),
    "other prefix": (body(run('<x:cs xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
                              '<w:sz w:val="2"/><w:szCs w:val="24"/>')), "(w:cs"),
}


@pytest.mark.parametrize("case", DEFAULT_NAMESPACE)
def test_a_run_property_in_another_spelling_is_refused(tmp_path, case):
    """rev-tpl15 1: `<cs xmlns="…main"/>` is w:cs to Word, LibreOffice and lxml – a 12-point amount in Word was a
    1-point speck in the PDF, and sprawdz said OK."""
    spec, named = DEFAULT_NAMESPACE[case]
    refused_everywhere(tmp_path, spec, named)


# --- finding 7: the style bound whatever the whitespace after the tag's name -----------------------------------------

def many_styles(count: int, gap: str = "\n") -> dict:
    """styles.xml without basedOn and with every <w:style followed by gap, plus count paragraph styles."""
    import re

    def edit(xml: str) -> str:
        xml = re.sub(r"<w:basedOn [^>]*/>", "", xml).replace("<w:style ", "<w:style" + gap)
        extra = "".join(f'<w:style{gap}w:type="paragraph" w:styleId="S{i}"><w:name w:val="S{i}"/></w:style>'
                        for i in range(count))
        return xml.replace("</w:styles>", extra + "</w:styles>", 1)
    return {"word/styles.xml": edit}


@pytest.mark.parametrize("gap", ["\n", "\t", "\r\n  "], ids=["newline", "tab", "crlf"])
def test_the_style_bound_holds_whatever_the_whitespace(tmp_path, gap):
    """rev-tpl15 7: 20 000 styles written `<w:style\\n` passed sprawdz; plan --pdf ran 117 s and blamed LibreOffice's
    installation."""
    refused_everywhere(tmp_path, many_styles(1500, gap), "stylów (najwyżej 1 000)")


# --- finding 8: a namespace declaration written with a character reference ------------------------------------------

def escaped(chart_xml: bytes) -> bytes:
    return chart_xml.replace(b'"http://schemas.openxmlformats.org/drawingml/',
                             b'"http://schemas.openxmlformats.org/&#100;rawingml/')


@pytest.mark.parametrize("chart_xml", [escaped(chart_with_title(10_000)), escaped(chart_with_title(3))],
                         ids=["long title", "short title"])
def test_a_namespace_declared_by_reference_is_refused(tmp_path, chart_xml):
    """rev-tpl15 8: `&#100;rawingml` is drawingml to every reader, yet skipped the chart-text bound (a title of
    10 000 runs: 112 s and a false blame on LibreOffice); Word never writes a reference there."""
    refused_everywhere(tmp_path, with_chart(chart_xml), "przestrzeń nazw zapisaną przez odwołanie")


def test_a_chart_spelled_plainly_still_passes(tmp_path):
    passes(tmp_path, with_chart(chart_with_title(3)))


# --- finding 18: a picture's relationship id written with an entity --------------------------------------------------

def with_id(spec: dict, ident: str) -> dict:
    """The picture spec with its relationship id (rId90) written as ident."""
    edits = dict(spec["edits"])
    rels, doc = edits[RELS], edits[DOC]
    edits[RELS] = lambda xml: rels(xml).replace('Id="rId90"', f'Id="{ident}"')
    edits[DOC] = lambda xml: doc(xml).replace('r:embed="rId90"', f'r:embed="{ident}"')
    return {**spec, "edits": edits}


@pytest.mark.parametrize("ident", ["rIdB&amp;9", "rIdB&#57;", "rId'9", "rId&lt;9"])
def test_a_picture_id_written_otherwise_still_spends_the_budget(tmp_path, ident):
    """rev-tpl15 18: `rIdB&amp;9` escaped the drawn-pixels budget – 50 uses of a 36 Mpx picture killed LibreOffice
    after 2 × 55 s, blamed on its installation."""
    refused_everywhere(tmp_path, with_id(_drawn(2), ident), "obrazy rysowane w dokumencie mają razem ponad 60 mln pikseli")


# --- finding 9: Word's markup wrapped in an element of another namespace, at any depth -------------------------------

W16DU = 'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du"'


def amount(inner: str) -> dict:
    return body(f'<w:p><w:r><w:t xml:space="preserve">FLD-TEST: kwota 1</w:t></w:r>{inner}'
                '<w:r><w:t xml:space="preserve">00 zł :END</w:t></w:r></w:p>')


def table(row: str) -> dict:
    return body('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>a</w:t>'
                f'</w:r></w:p></w:tc></w:tr>{row}</w:tbl><w:p/>')


SDT_BLOCK = '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>UKRYTE-SDT kwota 900 zł</w:t></w:r></w:p></w:sdtContent></w:sdt>'
WRAPPED = {
    "sym": amount(f'<w:r><w16du:wrap {W16DU}><w:sym w:font="Arial" w:char="0039"/></w16du:wrap></w:r>'),
    "tab": amount(f'<w:r><w16du:wrap {W16DU}><w:tab/></w16du:wrap></w:r>'),
    "sym in w:wrap": amount('<w:r><w:wrap><w:sym w:font="Arial" w:char="0039"/></w:wrap></w:r>'),
    "hyperlink": amount(f'<w16du:wrap {W16DU}><w:hyperlink w:anchor="x"><w:r><w:t>9</w:t></w:r></w:hyperlink>'
                        '</w16du:wrap>'),
    "inline sdt": amount(f'<w16du:wrap {W16DU}><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>9</w:t></w:r></w:sdtContent>'
                         '</w:sdt></w16du:wrap>'),
    "block sdt": body(f'<w16du:wrap {W16DU}>{SDT_BLOCK}</w16du:wrap>'),
    "row sdt": table(f'<w16du:wrap {W16DU}><w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>UKRYTE-ROW kwota '
                     '900 zł</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt></w16du:wrap>'),
}


@pytest.mark.parametrize("case", WRAPPED)
def test_words_markup_wrapped_anywhere_is_refused(tmp_path, case):
    """rev-tpl15 9: the container rule looked one level up – PDF „kwota 1900 zł” or „UKRYTE-SDT kwota 900 zł”, while
    Word 2016/2019 skip the wrapper with all inside („kwota 100 zł”, nothing)."""
    refused_everywhere(tmp_path, WRAPPED[case], "z tekstem Worda")


NESTED = {
    "inline sdt": amount('<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>9</w:t></w:r></w:sdtContent></w:sdt>'),
    "block sdt": body(SDT_BLOCK),
    "hyperlink": amount('<w:hyperlink w:anchor="x"><w:r><w:t>9</w:t></w:r></w:hyperlink>'),
    "symbol": amount('<w:r><w:sym w:font="Arial" w:char="0039"/><w:tab/><w:br/></w:r>'),
    "math": body('<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><w:rPr>'
                 '<w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t>x</m:t></m:r></m:oMath></w:p>'),
}


@pytest.mark.parametrize("case", NESTED)
def test_words_own_nesting_passes(tmp_path, case):
    passes(tmp_path, NESTED[case])


# --- findings 5 and 15: printed text outside w:t in the public version -----------------------------------------------

from test_attacks_templates_rev_tpl11 import generated  # noqa: E402
from test_attacks_templates_rev_tpl14b import fx  # noqa: E402
from test_template_package import field  # noqa: E402


def symbols(text: str, font: str = "Arial") -> str:
    return "".join(f'<w:r><w:sym w:font="{font}" w:char="{ord(c):04X}"/></w:r>' for c in text)


def public_text(tmp_path, spec) -> str:
    import re
    document = generated(tmp_path, spec, "--publikacja")[DOC].decode()
    return document, "".join(re.findall(r"<w:(?:t|instrText)(?: [^>]*)?>([^<]*)<", document))


def test_a_phone_typed_as_symbols_is_scrubbed(tmp_path):
    """rev-tpl15 5: „tel. 600 100 200” as w:sym characters (Wstawianie → Symbol) was printed in the public PDF."""
    spec = body('<w:p><w:r><w:t xml:space="preserve">UKRYTE-SYM tel. </w:t></w:r>' + symbols("600 100 200")
                + '<w:r><w:t xml:space="preserve"> :END</w:t></w:r></w:p>')
    document, text = public_text(tmp_path, spec)
    assert "600" not in text.replace(" ", "") and "w:sym" not in document, text
    assert "[numer telefonu usunięty] :END" in text, text[:200]


def test_pictograms_of_a_symbol_font_stay(tmp_path):
    document, _text = public_text(tmp_path, body('<w:p>' + symbols("\uf0fe", "Wingdings") + symbols("6", "Wingdings")
                                                 + '</w:p>'))
    assert document.count("<w:sym ") == 2, document[:3000]


def test_a_field_code_split_over_runs_is_scrubbed_whole(tmp_path):
    """rev-tpl15 15: a DATE picture's literal „tel. 600 ” | „100 200” survived, scrubbed run by run; Word and the PDF
    compute the date from the code, so they printed the phone."""
    code = field(' DATE \\@ "\'Sprawę prowadzi Jan ', 'Nowak, tel. 600 ', '100 200, dnia\' d MMMM yyyy" ')
    document, text = public_text(tmp_path, body(f'<w:p><w:r><w:t xml:space="preserve">UKRYTE-DSPLIT: </w:t></w:r>'
                                                f'{code}</w:p>'))
    assert "600" not in text and "100 200" not in text, text[:400]
    assert "[numer telefonu usunięty]" in text, text[:400]


# --- finding 10: a picture's own metadata in the public version -------------------------------------------------------

def _chunk(kind: bytes, data: bytes) -> bytes:
    import struct
    import zlib
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def tagged_png() -> bytes:
    """A 40 × 40 PNG whose text chunks hold a name, a phone and an address."""
    from test_template_package import png
    plain = png(40, 40)
    cut = plain.index(b"IDAT") - 4
    texts = (_chunk(b"tEXt", b"Author\0UKRYTE-EXIF Jan Nowak tel. 600 100 200")
             + _chunk(b"iTXt", "Description\0\0\0\0\0UKRYTE-ITXT ul. Lipowa 5".encode()))
    return plain[:cut] + texts + plain[cut:]


def tagged_jpeg() -> bytes:
    """A 40 × 40 JPEG (its frame header) with an EXIF segment and a comment holding a name and a phone."""
    from test_template_package import jpeg
    exif = b"Exif\0\0UKRYTE-EXIF Jan Nowak"
    comment = b"UKRYTE-COM 600 100 200"
    data = jpeg(40, 40)
    return (data[:2] + b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif + b"\xff\xfe"
            + (len(comment) + 2).to_bytes(2, "big") + comment + data[2:])


@pytest.mark.parametrize("name, data", [("foto.png", tagged_png()), ("foto.jpeg", tagged_jpeg())], ids=["png", "jpeg"])
def test_a_pictures_metadata_is_left_out_of_the_public_version(tmp_path, name, data):
    """rev-tpl15 10: PNG text chunks (author, comment, description) went into the public .docx unchanged; the
    picture itself is kept, drawable."""
    from test_template_package import in_body as at_anchor, jpeg, png, with_image
    from test_templates_images import _BLIP
    spec = with_image(name, data)
    spec["edits"] = {**spec["edits"], **at_anchor(_BLIP.format(n=100))}
    parts = generated(tmp_path, spec, "--publikacja")
    (picture,) = [blob for part, blob in parts.items() if part.startswith("word/media/")]
    assert b"UKRYTE" not in picture
    assert picture == (png(40, 40) if name.endswith(".png") else jpeg(40, 40))  # the picture's own bytes, whole


# --- findings 2, 3, 4, 13: run properties Word and LibreOffice show differently --------------------------------------

OTHERWISE = {
    "rtl": (body(run('<w:rtl/><w:sz w:val="2"/><w:szCs w:val="24"/>')), "(w:rtl)"),
    "rtl by a style": (styled('<w:rtl/>'), "tekst w stylu „Kwota”"),
    "white fill": (body(run(f'<w14:textFill {W14}><w14:solidFill><w14:srgbClr w14:val="FFFFFF"/></w14:solidFill>'
                            '</w14:textFill>')), "jasnym kolorem"),
    "white by luminance": (body(run(f'<w14:textFill {W14}><w14:solidFill><w14:schemeClr w14:val="tx1"><w14:lumMod '
                                    'w14:val="0"/><w14:lumOff w14:val="100000"/></w14:schemeClr></w14:solidFill>'
                                    '</w14:textFill>')), "kolorem motywu"),
    "theme fill by a style": (styled(f'<w14:textFill {W14}><w14:solidFill><w14:schemeClr w14:val="bg1"/>'
                                     '</w14:solidFill></w14:textFill>'), "tekst w stylu „Kwota”"),
    "fit text": (body(run('<w:fitText w:val="100" w:id="12345"/>', "900 zł SCISNIETE")), "(w:fitText"),
}


@pytest.mark.parametrize("case", OTHERWISE)
def test_a_run_property_the_readers_show_otherwise_is_refused(tmp_path, case):
    """rev-tpl15 2, 3, 4: a 12-point amount in Word a 1-point speck in the PDF (w:rtl takes szCs as w:cs does);
    text white in Word, black in the PDF; 16 characters squeezed into 5 pt in Word, full width in the PDF."""
    spec, named = OTHERWISE[case]
    refused_everywhere(tmp_path, spec, named)


@pytest.mark.parametrize("properties", ['<w:rtl w:val="0"/>', f'<w14:textFill {W14}><w14:solidFill><w14:srgbClr '
                                        'w14:val="1F3864"/></w14:solidFill></w14:textFill>'], ids=["rtl off", "dark fill"])
def test_run_properties_both_readers_show_alike_pass(tmp_path, properties):
    passes(tmp_path, body(run(properties)))


@pytest.mark.parametrize("colour", ['w:val="000000" w:themeColor="background1"',
                                    'w:val="404040" w:themeColor="text1" w:themeShade="BF"'], ids=["bg1", "tx1"])
def test_a_theme_colour_is_left_out_so_both_draw_the_stored_one(tmp_path, colour):
    """rev-tpl15 13: `w:val="000000" w:themeColor="background1"` – black in the PDF, white (invisible) in Word; the
    theme colour is left out on reading, so Word draws w:val as LibreOffice does (a stored white is then white in
    both, refused as text no page shows: test_unseen_rev_tpl21)."""
    from test_attacks_templates_rev_tpl11 import generated
    document = generated(tmp_path, body(run(f"<w:color {colour}/>", "900 zł THEME")))[DOC].decode()
    assert "themeColor" not in document and "themeShade" not in document and colour.split()[0] in document


# --- findings 16 and 6: styles the readers take otherwise ----------------------------------------------------------

from test_attacks_templates_rev_tpl12b import style  # noqa: E402
from test_attacks_templates_rev_tpl12b import styled as styled_run  # noqa: E402
from test_attacks_templates_rev_tpl14b import with_styles  # noqa: E402


def named(kind: str, ident: str, name: str, properties: str) -> str:
    return style(kind, ident, properties).replace(f'<w:name w:val="{ident}"/>', f'<w:name w:val="{name}"/>')


def test_two_styles_with_one_name_are_refused(tmp_path):
    """rev-tpl15 16: LibreOffice keys styles by name – the PDF printed „UKRYTE-A1”, which Word (by id) hides."""
    styles = named("paragraph", "Aa1", "Notatka", "<w:vanish/>") + named("paragraph", "Aa2", "Notatka", "<w:b/>")
    body_xml = styled_run("WIDOCZNE-A2 kwota 900 zł", paragraph="Aa2") + styled_run("UKRYTE-A1", paragraph="Aa1")
    refused_everywhere(tmp_path, with_styles(body_xml, styles), "„Notatka” (identyfikatory „Aa1”, „Aa2”)")


def test_styles_whose_names_differ_in_case_or_type_pass(tmp_path):
    styles = (named("paragraph", "Aa1", "Notatka", "<w:b/>") + named("paragraph", "Aa2", "notatka", "<w:i/>")
              + named("character", "Cc1", "Notatka", "<w:b/>"))
    passes(tmp_path, with_styles(styled_run("kwota", "Cc1", "Aa2"), styles))


def test_a_table_style_showing_hidden_text_in_its_header_row_is_refused(tmp_path):
    """rev-tpl15 6: the table style hides its text and shows the header row again – both readers show row 1, the
    public version cut it."""
    table_style = ('<w:style w:type="table" w:styleId="TabUkr2"><w:name w:val="Tabela ukryta 2"/><w:rPr><w:vanish/>'
                   '</w:rPr><w:tblPr/><w:tblStylePr w:type="firstRow"><w:rPr><w:vanish w:val="0"/></w:rPr>'
                   '</w:tblStylePr></w:style>')
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="TabUkr2"/><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr>'
             '<w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>WIDOCZNE-ROW1</w:t></w:r></w:p>'
             '</w:tc></w:tr></w:tbl><w:p/>')
    refused_everywhere(tmp_path, with_styles(table, table_style), "„Tabela ukryta 2”")
