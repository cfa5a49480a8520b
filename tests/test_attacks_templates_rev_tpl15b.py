"""Findings of the fifteenth template review (rev-tpl15) of issue 17, second part: what Word shows otherwise than the
PDF by the letters of a date picture, by run content that is no field, by a symbol font typed as letters; false
refusals of Word's own form fields and captions; what the public version keeps that no page shows.

Each reading was tried by converting with soffice and reading the PDF with pdftotext; Word's side is taken from its
documented behaviour (no Word here). No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl14b import body, fx
from test_attacks_templates_rev_tpl11 import generated
from test_template_package import DOC, REL, RELS, refused_everywhere
from test_templates_round7 import passes
from pismo.render import reach

# --- finding 19: a date picture's letters read otherwise -------------------------------------------------------------

# (picture, what the message names): soffice printed the month for „dd.mm.yyyy” (Word: the minutes), the minutes for
# „HH:MM” (Word: the month), 13:18 for „h:mm” (Word: 1:18), „2026.” for an unquoted „r.”, „PM” for „am/pm”
READ_OTHERWISE = [("dd.mm.yyyy", "miesiąc to wielkie M"), ("d.m.yy", "„m”"), ("HH:MM", "minuty to małe mm"),
                  ("h:mm", "godzina to wielkie H"), ("d MMMM yyyy r.", "'r.'"), ("DD.MM.YYYY", "„DD”"),
                  ("H:mm am/pm", "AM/PM"), ("y", "„y”")]
READ_ALIKE = ["dd.MM.yyyy", "d MMMM yyyy", "'Łęczna, dnia' d MMMM yyyy 'r.'", "yyyy-MM-dd HH:mm", "HH:mm:ss",
              "dddd, d MMMM yyyy", "MMM-yy", "h:mm AM/PM", "mm:ss", "dd.MM.yyyy HH:mm"]


@pytest.mark.parametrize("picture, named", READ_OTHERWISE)
def test_a_date_picture_read_otherwise_is_refused_by_name(picture, named):
    """rev-tpl15 19: ` DATE \\@ "dd.mm.yyyy" ` was „06.12.2026” in the PDF and „06.31.2026” in Word."""
    with pytest.raises(reach.Outside) as caught:
        reach.check_field(DOC, f' DATE \\@ "{picture}" ')
    assert named in str(caught.value) and "czytają różnie" in str(caught.value), str(caught.value)


@pytest.mark.parametrize("picture", READ_ALIKE)
def test_a_date_picture_read_alike_passes(picture):
    reach.check_field(DOC, f' TIME \\@ "{picture}" ')


def test_a_minutes_picture_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, body(fx(' DATE \\@ "dd.mm.yyyy" ', "06.12.2026")), "wielkie M (np. „dd.MM.yyyy”)")


# --- finding 14: page-number and date blocks of run content ---------------------------------------------------------

W_MAIN = 'xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BLOCKS = {"pgNum": '<w:r><w:pgNum/></w:r>', "dayLong": '<w:r><w:dayLong/></w:r>',
          "yearShort": '<w:r><w:yearShort/></w:r>', "monthLong": f'<w:r><monthLong {W_MAIN}/></w:r>'}


@pytest.mark.parametrize("name", BLOCKS)
def test_a_page_or_date_block_is_refused_by_name(tmp_path, name):
    """rev-tpl15 14: „strona <w:pgNum/> dnia <w:dayLong/>…” – Word shows the page and today's date, the PDF
    „strona  dnia ..”."""
    paragraph = ('<w:p><w:r><w:t xml:space="preserve">FLD-TEST: strona </w:t></w:r>' + BLOCKS[name]
                 + '<w:r><w:t xml:space="preserve"> :END</w:t></w:r></w:p>')
    refused_everywhere(tmp_path, body(paragraph), f"blok w:{name}")


# --- finding 17: text typed in a pictogram font ---------------------------------------------------------------------

def fonted(font: str, text: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t>{text}</w:t></w:r>'


BOXES = ('<w:p><w:r><w:t xml:space="preserve">zgoda: </w:t></w:r>' + fonted("Wingdings", "¨")
         + '<w:r><w:t xml:space="preserve"> tak </w:t></w:r>' + fonted("Wingdings", "þ")
         + '<w:r><w:t xml:space="preserve"> nie</w:t></w:r></w:p>')


def test_check_boxes_typed_in_wingdings_are_refused(tmp_path):
    """rev-tpl15 17: „☐ tak ☑ nie” in Word was „¨ tak þ nie” in the PDF – which answer is ticked was lost."""
    refused_everywhere(tmp_path, body(BOXES), "czcionką symboli Wingdings")


@pytest.mark.parametrize("spec", [body('<w:p>' + fonted("Webdings", "100 zł") + '</w:p>'),
                                  body('<w:p>' + fonted("Wingdings", "\uf0fe") + '</w:p>'),
                                  body(f'<w:p><w:r><w:rPr><rFonts {W_MAIN} ascii="Wingdings"/></w:rPr><w:t>þ</w:t></w:r>'
                                       '</w:p>')],
                         ids=["webdings amount", "private use", "default namespace"])
def test_other_text_in_a_pictogram_font_is_refused(tmp_path, spec):
    refused_everywhere(tmp_path, spec, "czcionką symboli")


def test_a_style_in_a_pictogram_font_is_refused(tmp_path):
    from test_attacks_templates_rev_tpl14b import styled
    refused_everywhere(tmp_path, styled('<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>'),
                       "tekst w stylu „Kwota” jest napisany czcionką symboli Wingdings 2")


def test_symbols_inserted_as_symbols_and_symbol_font_text_pass(tmp_path):
    """w:sym of Wingdings LibreOffice recodes (☐ ☑ in the PDF); Symbol's Greek letters it draws as Word does."""
    passes(tmp_path, body('<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>' + fonted("Symbol", "a b")
                          + '<w:r><w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
                          '</w:p>'))


# --- finding 11: a legacy drop-down form field ----------------------------------------------------------------------

def drop_down(selection: str, stored: str = "nie") -> str:
    return ('<w:p><w:r><w:t xml:space="preserve">odpowiedź: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="Lista1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList>{selection}<w:listEntry '
            'w:val="tak"/><w:listEntry w:val="nie"/><w:listEntry w:val="nie wiem"/></w:ddList></w:ffData></w:fldChar>'
            '</w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar '
            f'w:fldCharType="separate"/></w:r><w:r><w:t>{stored}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:p>')


@pytest.mark.parametrize("selection", ['<w:result w:val="1"/>', "", '<w:result w:val="2"/><w:default w:val="1"/>'],
                         ids=["result", "first", "result over default"])
def test_a_drop_down_both_readers_show_alike_passes(tmp_path, selection):
    """rev-tpl15 11: soffice printed „odpowiedź: nie” for w:result 1 – the entry Word shows – yet it was refused."""
    passes(tmp_path, body(drop_down(selection)))


@pytest.mark.parametrize("selection, named", [('<w:default w:val="2"/>', "pozycję domyślną"),
                                              ('<w:result w:val="7"/>', "pozycję nr 8, a ma ich 3")],
                         ids=["default only", "out of range"])
def test_a_drop_down_the_readers_show_otherwise_is_refused(tmp_path, selection, named):
    """soffice printed „tak” for w:default 2 without a result, where Word shows „nie wiem”."""
    refused_everywhere(tmp_path, body(drop_down(selection)), named)


# --- finding 12: Word's caption with the chapter's number --------------------------------------------------------

CHAPTER_SWITCH = "usuń przełącznik \\s 1 z pola SEQ (w Wordzie: Wstawianie → Podpis → Numerowanie"


@pytest.mark.parametrize("code", [" SEQ Tabela \\* ARABIC \\s 1 ", " SEQ Tabela \\* ARABIC \\s 1 \\* MERGEFORMAT "],
                         ids=["caption", "with mergeformat"])
def test_a_chapter_numbered_caption_names_its_chapter_switch(tmp_path, code):
    """rev-tpl15 12: the message named `\\* ARABIC`, which pismo strips from every other caption; removing it, the
    officer was refused again for `\\s 1`."""
    checked, _made = refused_everywhere(tmp_path, body(fx(code, "1-1")), CHAPTER_SWITCH)
    assert "\\* ARABIC" not in checked.output.split("przełącznikiem")[1]


def test_a_chapter_switch_in_a_split_code_is_named_first():
    """A code split over runs is not rewritten on reading; the switch that matters is still named first."""
    with pytest.raises(reach.Outside) as caught:
        reach.check_field(DOC, " SEQ Tabela \\* ARABIC \\s 1 ")
    assert CHAPTER_SWITCH in str(caught.value)
    with pytest.raises(reach.Outside) as caught:
        reach.check_field(DOC, " SEQ Tabela \\* ARABIC ")  # alone, not rewritten: LibreOffice counts it anew
    assert "przełącznik \\* ARABIC" in str(caught.value)


# --- rev-tpl14 11: headers no page shows, in the public version -------------------------------------------------------

HDR = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/'
       'wordprocessingml/2006/main"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:hdr>')
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


def with_headers(references: str, settings: str = "") -> dict:
    """Headers 7 (shown: default), 8 (named by no section), 9 (even) and 6 (first page), the section's references."""
    rels = "".join(f'<Relationship Id="rIdH{n}" Type="{REL}header" Target="header{n}.xml"/>' for n in (6, 7, 8, 9))
    types = "".join(f'<Override PartName="/word/header{n}.xml" ContentType="{HEADER_TYPE}"/>' for n in (6, 7, 8, 9))
    texts = {6: "UKRYTE-FIRST notatka", 7: "WIDOCZNY naglowek", 8: "UKRYTE-NOREF notatka", 9: "UKRYTE-EVEN notatka"}
    edits = {RELS: lambda xml: xml.replace("</Relationships>", rels + "</Relationships>"),
             "[Content_Types].xml": lambda xml: xml.replace("</Types>", types + "</Types>"),
             DOC: lambda xml: xml.replace("<w:sectPr>", "<w:sectPr>" + references, 1)}
    if settings:
        edits["word/settings.xml"] = lambda xml: xml.replace("</w:settings>", settings + "</w:settings>", 1)
    return {"edits": edits, "extra": [(f"word/header{n}.xml", HDR.format(text).encode()) for n, text in texts.items()]}


REFERENCES = ('<w:headerReference w:type="default" r:id="rIdH7"/><w:headerReference w:type="even" r:id="rIdH9"/>'
              '<w:headerReference w:type="first" r:id="rIdH6"/>')


def test_headers_no_page_shows_are_left_out_of_the_public_version(tmp_path):
    """rev-tpl14 11: an even-page header without „Inne na stronach parzystych i nieparzystych”, a first-page one
    without „Inna pierwsza strona” and one no section names went into the public .docx, a unit's note in them."""
    parts = generated(tmp_path, with_headers(REFERENCES), "--publikacja")
    everything = b"".join(parts.values()).decode("utf-8", "replace")
    assert "UKRYTE" not in everything and "WIDOCZNY naglowek" in everything
    assert "rIdH9" not in parts[DOC].decode() and "rIdH6" not in parts[DOC].decode()
    assert "header8" not in parts[RELS].decode() and "header9" not in parts["[Content_Types].xml"].decode()


def test_headers_the_pages_show_stay(tmp_path):
    spec = with_headers(REFERENCES + "<w:titlePg/>", "<w:evenAndOddHeaders/>")
    parts = generated(tmp_path, spec, "--publikacja")
    assert {"word/header6.xml", "word/header7.xml", "word/header9.xml"} <= set(parts) and "word/header8.xml" not in parts
    assert "rIdH9" in parts[DOC].decode() and "rIdH6" in parts[DOC].decode()


# --- rev-tpl15's doubts: a photo's orientation; GIF, TIFF and WebP metadata ----------------------------------------

def exif(order: str, entries: list[tuple[int, int, bytes]]) -> bytes:
    """EXIF's TIFF structure with one directory of (tag, type, 4-byte value or offset) entries and text after it."""
    import struct
    mark = "<" if order == "II" else ">"
    head = order.encode() + struct.pack(mark + "HI", 42, 8) + struct.pack(mark + "H", len(entries))
    text = b"UKRYTE-ARTIST Jan Nowak\0"
    offset = 8 + 2 + 12 * len(entries) + 4
    body_ = b"".join(struct.pack(mark + "HHI", tag, kind, count) + (value or struct.pack(mark + "I", offset))
                     for tag, kind, count, value in entries)
    return head + body_ + b"\0\0\0\0" + text


def turned_jpeg(order: str) -> bytes:
    import struct
    from test_template_package import jpeg
    mark = "<" if order == "II" else ">"
    tiff = exif(order, [(0x013B, 2, 24, None), (0x0112, 3, 1, struct.pack(mark + "HH", 6, 0))])
    segment = b"Exif\0\0" + tiff
    data = jpeg(40, 40)
    return data[:2] + b"\xff\xe1" + (len(segment) + 2).to_bytes(2, "big") + segment + data[2:]


@pytest.mark.parametrize("order", ["II", "MM"], ids=["intel", "motorola"])
def test_a_photos_orientation_survives_the_stripping(order):
    """rev-tpl15 doubt: stripping EXIF lost the orientation both readers turn a phone's photo by – a portrait photo
    lay on its side in the public version. Kept alone; the artist's name goes."""
    from pismo.render import metadata
    stripped = metadata.stripped(turned_jpeg(order))
    assert b"UKRYTE" not in stripped
    assert b"Exif\0\0MM\0*" in stripped and b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06" in stripped


GIF_HEAD = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff"
GIF_LOOP = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
GIF_FRAME = b"\x21\xf9\x04\x00\x0a\x00\x00\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00"


def test_a_gifs_comments_and_xmp_are_left_out():
    """rev-tpl15 doubt: a GIF's comment and XMP blocks went into the public .docx; the frames and the loop stay."""
    from pismo.render import metadata
    comment, xmp = b"UKRYTE-GIF Jan Nowak 600", b"UKRYTE-XMP J"
    tagged = (GIF_HEAD + b"\x21\xfe" + bytes([len(comment)]) + comment + b"\x00" + GIF_LOOP
              + b"\x21\xff\x0bXMP DataXMP" + bytes([len(xmp)]) + xmp + b"\x00" + GIF_FRAME + b";")
    # (the 1 × 1 frame draws black: the white entry no pixel uses is zeroed – rev-tpl20 12)
    assert metadata.stripped(tagged) == GIF_HEAD[:16] + bytes(3) + GIF_LOOP + GIF_FRAME + b";"


def test_a_webp_with_exif_and_xmp_is_refused():
    import struct
    from pismo.render import metadata

    def chunk(kind: bytes, data: bytes) -> bytes:
        return kind + struct.pack("<I", len(data)) + data + b"\0" * (len(data) & 1)

    def riff(*chunks: bytes) -> bytes:
        body_ = b"WEBP" + b"".join(chunks)
        return b"RIFF" + struct.pack("<I", len(body_)) + body_

    image = chunk(b"VP8L", b"\x2f\x00\x00\x00\x00\x07\x00")
    tagged = riff(chunk(b"VP8X", b"\x0c\0\0\0" + b"\0" * 6), image, chunk(b"EXIF", b"MM\0*UKRYTE-EXIF Nowak"),
                  chunk(b"XMP ", b"<x>UKRYTE-XMP</x>"))
    with pytest.raises(metadata.Opaque):  # cleaned chunk by chunk until rev-tpl21 11: refused whole now
        metadata.stripped(tagged)
