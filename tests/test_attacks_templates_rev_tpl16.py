"""Findings of the sixteenth template review (rev-tpl16) of issue 17: the public version decided what to clean by a
part's name and copied what its picture stripper could not read through; the template checks judged fonts, styles
and outlines in some of the places Word applies them.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from pismo.render import metadata
from pismo.render.public import NotPublic, public_parts
from test_template_package import jpeg

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PRIVATE = "Jan Nowak tel. 600 100 200"


def scrub(text: str) -> str:
    return text.replace("Jan Nowak", "[osoba]").replace("600 100 200", "[telefon]")


def published(extra: list[tuple[str, str, bytes]], body: str = "") -> dict[str, bytes]:
    """The public parts of a package whose document has relationships (id, type, target, bytes) to extra parts."""
    document = f'<w:document xmlns:w="{W}" xmlns:r="{REL[:-1]}"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>{body}</w:body></w:document>'
    root = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" '
            f'Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
    rels = "".join(f'<Relationship Id="x{i}" Type="{REL}{kind}" Target="{target}"/>'
                   for i, (kind, target, _) in enumerate(extra))
    rels = f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    parts = [("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", root.encode()),
             ("word/document.xml", document.encode()), ("word/_rels/document.xml.rels", rels.encode())]
    parts += [("word/" + target, blob) for _, target, blob in extra]
    return dict(public_parts(parts, scrub))


# --- finding 1: an XML part whose name does not end in .xml -------------------------------------------------------

@pytest.mark.parametrize("name", ["header9.dat", "header9", "header9.XML.bin"])
def test_a_header_named_otherwise_is_scrubbed_as_xml(name):
    """rev-tpl16 1: a header word/header9.dat (named by its content type) was copied verbatim: „Jan Nowak tel. 600
    100 200” printed on every page of the public PDF."""
    header = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>UKRYTE {PRIVATE}</w:t></w:r></w:p></w:hdr>'.encode()
    shown = '<w:sectPr><w:headerReference w:type="default" r:id="x0"/></w:sectPr>'
    parts = published([("header", name, header)], shown)
    assert b"UKRYTE [osoba] tel. [telefon]" in parts["word/" + name], parts["word/" + name]


def test_an_unknown_binary_part_is_refused():
    """rev-tpl16 1: what the public version cannot read is never copied."""
    with pytest.raises(NotPublic, match="word/media/x.bin"):
        published([("image", "media/x.bin", b"\0\1UKRYTE " + PRIVATE.encode())])


# --- finding 8: printer settings ----------------------------------------------------------------------------------

def test_printer_settings_are_left_out():
    """rev-tpl16 8: printerSettings1.bin (the device's name, a driver's user name) went into the public .docx."""
    device = "\\\\KPP\\UKRYTE-PRN Jan Nowak".encode("utf-16-le")
    parts = published([("printerSettings", "printerSettings/printerSettings1.bin", device)])
    assert "word/printerSettings/printerSettings1.bin" not in parts
    assert b"printerSettings" not in parts["word/_rels/document.xml.rels"]


# --- findings 2, 3, 13: a picture the stripper cannot read through ------------------------------------------------

def chunk(kind: bytes, data: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(kind + data) if crc is None else crc
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_with(*chunks: bytes) -> bytes:
    head = chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + head + b"".join(chunks) + chunk(b"IDAT", zlib.compress(b"\0" * 6)) + chunk(b"IEND", b"")


def test_a_png_with_a_damaged_ancillary_chunk_loses_its_text():
    """rev-tpl16 2: one tIME chunk with a bad CRC made the stripper give up and copy the tEXt chunk."""
    tagged = png_with(chunk(b"tEXt", b"Author\0UKRYTE " + PRIVATE.encode()), chunk(b"tIME", b"\7\xea\x0c\6\0\0\0", 0))
    assert metadata.stripped(tagged) == png_with()


def test_a_png_with_a_damaged_image_chunk_is_refused():
    damaged = png_with(chunk(b"tEXt", b"Author\0UKRYTE"))[:-20]
    with pytest.raises(metadata.Unreadable):
        metadata.stripped(damaged)
    with pytest.raises(NotPublic, match="word/media/foto.png"):
        published([("image", "media/foto.png", damaged)])


def exif(text: str) -> bytes:
    art = text.encode() + b"\0"
    tiff = b"MM\0*" + struct.pack(">IHHHII", 8, 1, 0x013B, 2, len(art), 26) + b"\0\0\0\0" + art
    return b"\xff\xe1" + struct.pack(">H", len(tiff) + 8) + b"Exif\0\0" + tiff


def photo() -> bytes:
    """A JPEG with a scan: SOI, JFIF, frame, scan header, entropy-coded data (a stuffed 0xFF00, a restart), EOI."""
    base = jpeg(16, 16)[:-2]
    scan = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00"
    return base + scan + b"\x12\xff\x00\x34\xff\xd0\x56" + b"\xff\xd9"


def test_a_jpeg_with_a_stray_byte_loses_its_exif():
    """rev-tpl16 2: one 0x00 between segments (libjpeg skips it) made the stripper copy the EXIF whole."""
    image = photo()
    tagged = image[:2] + exif("UKRYTE " + PRIVATE) + b"\x00" + image[2:]
    assert metadata.stripped(tagged) == image


def test_a_jpegs_secondary_images_go():
    """rev-tpl16 13: a phone photo's MPF images after the first EOI, each with its EXIF (GPS, name), were copied."""
    image = photo()
    second = image[:2] + exif("UKRYTE-MPF " + PRIVATE + " GPS 51.3,22.9") + image[2:]
    assert metadata.stripped(image[:2] + exif("UKRYTE-1") + image[2:] + second) == image


def test_a_progressive_jpegs_segments_between_scans_are_read():
    """rev-tpl16 13: a comment or APPn between two scans was copied as the image's data."""
    image = photo()
    comment = b"\xff\xfe" + struct.pack(">H", 2 + len(PRIVATE)) + PRIVATE.encode()
    scan = image[image.index(b"\xff\xda"):-2]
    tagged = image[:-2] + comment + scan + b"\xff\xd9"
    assert metadata.stripped(tagged) == image[:-2] + scan + b"\xff\xd9"


GIF_HEAD = b"GIF89a\x02\x00\x02\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff"
# (its codes draw both colours – black, white: an entry no pixel uses is zeroed since rev-tpl20 12)
GIF_FRAME = b"\x2c\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02\x44\x0a\x00"


def test_a_gif_without_its_trailer_loses_its_comment():
    """rev-tpl16 2: a GIF ending without 0x3B (every reader draws it) made the stripper copy its comment."""
    text = ("UKRYTE-GIFCOM " + PRIVATE).encode()
    tagged = GIF_HEAD + b"\x21\xfe" + bytes([len(text)]) + text + b"\x00" + GIF_FRAME
    assert metadata.stripped(tagged) == GIF_HEAD + GIF_FRAME + b";"


def test_a_gifs_plain_text_block_goes():
    """rev-tpl16 3: the Plain Text Extension (no reader draws it) kept „Jan Nowak tel. 600 100 200”."""
    text = ("UKRYTE-GIFTXT " + PRIVATE).encode()
    block = b"\x21\x01\x0c" + struct.pack("<HHHH", 0, 0, 2, 2) + b"\x01\x01\x01\x00" + bytes([len(text)]) + text + b"\0"
    assert metadata.stripped(GIF_HEAD + block + GIF_FRAME + b";") == GIF_HEAD + GIF_FRAME + b";"


def test_what_follows_an_unknown_gif_block_goes():
    text = PRIVATE.encode()
    assert metadata.stripped(GIF_HEAD + GIF_FRAME + b"\x00" + text + b";") == GIF_HEAD + GIF_FRAME + b";"


# --- finding 12: text drawn by a vector picture -------------------------------------------------------------------

def emf(*records: bytes, description: str = "") -> bytes:
    """An EMF: its header (with a description) and records, closed by EMR_EOF."""
    described = description.encode("utf-16-le")
    described += b"\0" * (-len(described) % 4)
    eof = struct.pack("<IIIII", 14, 20, 0, 16, 20)
    body = b"".join(records) + eof
    size = 88 + len(described)
    total = size + len(body)
    header = struct.pack("<II4i4iIIIIHHIIIiiii", 1, size, 0, 0, 400, 40, 0, 0, 10583, 1058, 0x464D4520, 0x10000,
                         total, 2 + len(records), 1, 0, len(description), 88 if description else 0, 0, 1920, 1080,
                         508, 286)
    return header + described + body


def text_record(text: str) -> bytes:
    encoded = text.encode("utf-16-le")
    encoded += b"\0" * (-len(encoded) % 4)
    dx = struct.pack(f"<{len(text)}i", *([9] * len(text)))
    size = 76 + len(encoded) + len(dx)
    return (struct.pack("<II4iIff", 84, size, 0, 0, 400, 40, 1, 1.0, 1.0)
            + struct.pack("<iiIIIiiiiI", 5, 25, len(text), 76, 0, 0, 0, 400, 40, 76 + len(encoded)) + encoded + dx)


def test_a_metafile_drawing_text_is_refused():
    """rev-tpl16 12: an EMF's EXTTEXTOUTW „Jan Nowak tel. 600 100 200” (a table pasted from Excel as a picture) was
    copied into the public version, drawn and searchable in its PDF."""
    with pytest.raises(NotPublic, match="rys.emf.*napisy"):
        published([("image", "media/rys.emf", emf(text_record("UKRYTE " + PRIVATE)))])


def test_emf_plus_drawing_text_is_refused():
    plus = struct.pack("<HHII", 0x401C, 0, 28, 16) + b"\0" * 16
    comment = struct.pack("<III", 70, 16 + len(plus), 4 + len(plus)) + b"EMF+" + plus
    assert metadata.drawn_text(emf(comment))


def test_a_metafile_without_text_stays_less_its_description():
    bkmode = struct.pack("<III", 18, 12, 1)
    drawing = emf(bkmode, description="Excel\0UKRYTE Jan Nowak.xlsx\0")
    kept = published([("image", "media/rys.emf", drawing)])["word/media/image1.emf"]
    assert "Nowak".encode("utf-16-le") not in kept and len(kept) == len(drawing) and kept.endswith(drawing[-32:])


def test_a_wmf_drawing_text_is_refused():
    header = struct.pack("<HHHIHIH", 1, 9, 0x0300, 0, 0, 0, 0)
    textout = struct.pack("<IHH", 3 + 1 + 3, 0x0521, 2) + b"Jn" + struct.pack("<HH", 5, 5)
    closing = struct.pack("<IH", 3, 0)
    assert metadata.drawn_text(header + textout + closing)
    assert not metadata.drawn_text(header + closing)


def test_an_svg_drawing_text_is_refused_and_its_title_goes():
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><title>UKRYTE Jan Nowak</title>'
           '<desc>tel. 600 100 200</desc><rect width="40" height="40"/>{}</svg>')
    with pytest.raises(NotPublic, match="rys.svg"):
        published([("image", "media/rys.svg", svg.format(f"<text>{PRIVATE}</text>").encode())])
    kept = published([("image", "media/rys.svg", svg.format("").encode())])["word/media/rys.svg"]
    assert b"UKRYTE" not in kept and b"600" not in kept and b"<rect" in kept


# --- finding 9: digits inserted as symbols -------------------------------------------------------------------------

def symbols(font: str, codes: str) -> str:
    return "".join(f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>' for code in codes.split())


PHONE_F0 = "F036 F030 F030 F020 F031 F030 F030 F020 F032 F030 F030"


@pytest.mark.parametrize("font, codes", [("Symbol", PHONE_F0), ("Symbol", PHONE_F0.replace("F0", "00")),
                                         ("Arial", PHONE_F0)], ids=["symbol", "symbol 00xx", "arial F0xx"])
def test_a_phone_inserted_as_symbols_is_scrubbed(font, codes):
    """rev-tpl16 9: „600 100 200” picked from the Symbol font's table (its digits are digits) or as a text font's
    F0xx code was drawn in the public PDF."""
    body = f'<w:p><w:r><w:t xml:space="preserve">UKRYTE-SYM tel. </w:t></w:r>{symbols(font, codes)}</w:p>'
    document = published([], body)["word/document.xml"].decode("utf-8")
    assert "[telefon]" in document and "w:sym" not in document, document


def test_pictograms_stay_symbols():
    body = f'<w:p>{symbols("Wingdings", "F0FE F0A8")}{symbols("Symbol", "F061 F0B7")}</w:p>'
    document = published([], body)["word/document.xml"].decode("utf-8")
    assert document.count("w:sym ") == 4, document


# --- finding 6: a DATE picture's unclosed apostrophe ---------------------------------------------------------------

def test_an_unclosed_apostrophe_in_a_date_picture_is_refused():
    """rev-tpl16 6: `\\@ "d MMMM yyyy 'r."` – the PDF printed „6 grudnia 2026 "r.”."""
    from pismo.render import date_pictures
    assert "'r." in date_pictures.problem("d MMMM yyyy 'r.")
    assert "zamknij" in date_pictures.problem("'dnia d MMMM yyyy")
    assert date_pictures.problem("'dnia' d MMMM yyyy 'r.'") is None


def test_an_unclosed_apostrophe_is_refused_everywhere(tmp_path):
    from test_attacks_templates_rev_tpl14b import body as in_document, fx
    from test_template_package import refused_everywhere
    refused_everywhere(tmp_path, in_document(fx(' DATE \\@ "d MMMM yyyy \'r." ', "6 grudnia 2026 r.")), "'r.")


# --- finding 14: a wide or light text outline -----------------------------------------------------------------------

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def outline(width: int, colour: str) -> str:
    return (f'<w14:textOutline {W14} w14:w="{width}" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill>'
            f'<w14:srgbClr w14:val="{colour}"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/>'
            '</w14:textOutline>')


@pytest.mark.parametrize("width, colour", [(254000, "FFFFFF"), (254000, "000000"), (9525, "FFFFFF")],
                         ids=["wide white", "wide black", "thin white"])
def test_a_covering_text_outline_is_refused(tmp_path, width, colour):
    """rev-tpl16 14: a 20-pt white outline Word strokes over „900 zł” passed; the PDF printed it in black."""
    from test_attacks_templates_rev_tpl14b import body as in_document, run
    from test_template_package import refused_everywhere
    refused_everywhere(tmp_path, in_document(run(outline(width, colour), "900 zł")), "Kontur tekstu")


def test_a_thin_dark_outline_or_none_passes(tmp_path):
    from test_attacks_templates_rev_tpl14b import body as in_document, run
    from test_templates_round7 import passes
    none = f'<w14:textOutline {W14} w14:w="9525"><w14:noFill/></w14:textOutline>'
    passes(tmp_path, in_document(run(outline(9525, "1F1F1F") + none, "900 zł")))


# --- finding 7: a first-page header per section ---------------------------------------------------------------------

HEADER = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>UKRYTE-HDR notatka wewnętrzna</w:t></w:r></w:p></w:hdr>'.encode()
FIRST = '<w:headerReference w:type="first" r:id="x0"/>'


@pytest.mark.parametrize("sections, shown", [
    (('<w:titlePg/>', FIRST), False),  # rev-tpl16 7: another section's titlePg does not show this one's
    ((FIRST, '<w:titlePg/>'), True),  # the next section inherits the first-page header and shows it
    ((FIRST, '<w:headerReference w:type="first" r:id="x1"/><w:titlePg/>'), False),  # … unless it has its own
    (('', FIRST + '<w:titlePg/>'), True),
])
def test_a_first_page_header_is_judged_by_its_section(sections, shown):
    """rev-tpl16 7: a first-page header no page showed was published when any other section had „Inna pierwsza
    strona”."""
    first, last = sections
    body = f'<w:p><w:pPr><w:sectPr>{first}</w:sectPr></w:pPr></w:p><w:sectPr>{last}</w:sectPr>'
    parts = published([("header", "header9.xml", HEADER),
                       ("header", "header8.xml", HEADER.replace(b"UKRYTE", b"INNY"))], body)
    assert ("word/header9.xml" in parts) == shown, sorted(parts)


# --- findings 4 and 5: a pictogram font reached through the theme, a table style, a numbering level -------------------

THEME_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
BOXES = '<w:r><w:rPr>{}</w:rPr><w:t>¨</w:t></w:r><w:r><w:t xml:space="preserve"> tak </w:t></w:r>'


def themed(major: str = "Times New Roman", minor: str = "Times New Roman") -> dict:
    """Edits adding a theme part whose major and minor Latin fonts are given."""
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    theme = (f'<a:theme xmlns:a="{a}" name="T"><a:themeElements><a:fontScheme name="F">'
             f'<a:majorFont><a:latin typeface="{major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
             f'<a:minorFont><a:latin typeface="{minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
             '</a:fontScheme></a:themeElements></a:theme>')
    return {"word/_rels/document.xml.rels": lambda xml: xml.replace(
                "</Relationships>", f'<Relationship Id="rIdT9" Type="{THEME_TYPE}" Target="theme/theme1.xml"/>'
                "</Relationships>"),
            "[Content_Types].xml": lambda xml: xml.replace("</Types>", '<Override PartName="/word/theme/theme1.xml" '
                                                           'ContentType="application/vnd.openxmlformats-officedocument.'
                                                           'theme+xml"/></Types>'),
            "word/theme/theme1.xml": theme}


def spec_of(edits: dict) -> dict:
    """A build spec: callables edit the built-in template's parts, strings are new parts."""
    return {"edits": {k: v for k, v in edits.items() if callable(v)},
            "extra": [(k, v.encode()) for k, v in edits.items() if not callable(v)]}


def with_styles(*styles: str) -> dict:
    return {"word/styles.xml": lambda xml: xml.replace("</w:styles>", "".join(styles) + "</w:styles>", 1)}


def with_level(fmt: str, text: str, fonts: str = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>') -> dict:
    level = (f'<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
             f'<w:lvlText w:val="{text}"/><w:rPr>{fonts}</w:rPr></w:lvl></w:abstractNum>')
    return {"word/numbering.xml": lambda xml: xml.replace('<w:num w:numId="1">', level + '<w:num w:numId="1">', 1)
            .replace("</w:numbering>", '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num></w:numbering>')}


def numbered(number: int, mark: str = "") -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>{mark}</w:pPr>'
            '<w:r><w:t>punkt pierwszy</w:t></w:r></w:p>')


TABLE_STYLE = ('<w:style w:type="table" w:styleId="TabPola"><w:name w:val="Tabela pól"/><w:tblPr/>'
               '<w:tblStylePr w:type="firstCol"><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
               '</w:tblStylePr></w:style>')
TABLE = ('<w:tbl><w:tblPr><w:tblStyle w:val="TabPola"/><w:tblLook w:val="04A0" w:firstColumn="1"/></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>¨</w:t>'
         '</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>tak</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>')
WINGDINGS_MARK = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'


def in_body(xml: str) -> dict:
    from test_templates_round7 import in_body as edit
    return {"word/document.xml": edit(xml)}


def pictogram_cases() -> dict:
    from test_attacks_templates_rev_tpl12b import style
    line = '<w:p>' + BOXES + '</w:p>'
    return {
        "theme minor": ({**themed(minor="Wingdings"), **in_body(line.format(
            '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'))}, "minorHAnsi"),
        "theme in a style": ({**themed(major="Wingdings"), **with_styles(style(
            "character", "Pola", '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>')),
            **in_body(line.format('<w:rStyle w:val="Pola"/>'))}, "majorHAnsi"),
        "table style condition": ({**with_styles(TABLE_STYLE), **in_body(TABLE)}, "Tabela pól"),
        "numbering level": ({**with_level("decimal", "%1."), **in_body(numbered(9))}, "numer akapitu"),
        "numbering level text": ({**with_level("decimal", "Pkt %1 –"), **in_body(numbered(9))}, "numer akapitu"),
        "numbered paragraph mark": ({**in_body(numbered(2, WINGDINGS_MARK))}, "znaku końca akapitu"),
    }


@pytest.mark.parametrize("case", list(pictogram_cases()))
def test_a_pictogram_font_however_reached_is_refused(tmp_path, case):
    """rev-tpl16 4, 5: Wingdings through the theme, a table style's first column, a numbering level or a numbered
    paragraph's mark – Word drew ☐/☑ or pictogram numbers, the PDF „¨”/„þ” and „1.”."""
    from test_template_package import refused_everywhere
    edits, named = pictogram_cases()[case]
    checked, _ = refused_everywhere(tmp_path, spec_of(edits), "Wingdings")
    assert named in checked.output, checked.output


def test_bullets_and_a_theme_nothing_draws_in_pass(tmp_path):
    """A bullet list in Wingdings (Word's own ▪ bullets), a theme whose pictogram font no text uses, a table style's
    condition each cell's text overrides (which cells a condition
    formats is not worked out: any may), and an empty paragraph mark in Wingdings pass."""
    from test_attacks_templates_rev_tpl12b import style
    from test_templates_round7 import passes
    overridden = TABLE.replace('<w:r><w:t>', '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>')
    edits = {**themed(major="Wingdings"), **with_level("bullet", "§"), **with_styles(TABLE_STYLE, style(
        "character", "Zwykly", '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>')),
        **in_body(numbered(9) + overridden + '<w:p><w:pPr>' + WINGDINGS_MARK + '</w:pPr></w:p>'
                  + '<w:p><w:r><w:rPr><w:rStyle w:val="Zwykly"/></w:rPr><w:t>tekst</w:t></w:r></w:p>')}
    passes(tmp_path, spec_of(edits))


# --- finding 11: style names LibreOffice reads as one ------------------------------------------------------------------

@pytest.mark.parametrize("hidden, shown", [("Contents 1", "toc 1"), ("Footnote", "footnote text"),
                                           ("Heading 1", "heading 1"), ("heading 1", "Heading 1"),
                                           ("Standard", "Normal"), ("List 2", "List Bullet 2")])
def test_style_names_libreoffice_reads_as_one_are_refused(tmp_path, hidden, shown):
    """rev-tpl16 11: „Contents 1” (hidden) and „toc 1” – LibreOffice merged them and printed the paragraph Word hid."""
    from test_template_package import refused_everywhere
    styles = (f'<w:style w:type="paragraph" w:styleId="Aa1"><w:name w:val="{hidden}"/><w:rPr><w:vanish/></w:rPr>'
              f'</w:style><w:style w:type="paragraph" w:styleId="Aa2"><w:name w:val="{shown}"/><w:rPr><w:b/></w:rPr>'
              '</w:style>')
    body = ('<w:p><w:pPr><w:pStyle w:val="Aa2"/></w:pPr><w:r><w:t>WIDOCZNE</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pStyle w:val="Aa1"/></w:pPr><w:r><w:t>UKRYTE</w:t></w:r></w:p>')
    checked, _ = refused_everywhere(tmp_path, spec_of({**with_styles(styles), **in_body(body)}), "Aa1")
    assert f"„{hidden}”" in checked.output and f"„{shown}”" in checked.output, checked.output


def test_style_names_libreoffice_keeps_apart_pass(tmp_path):
    """Names LibreOffice keeps apart („Heading 10”, „toc 2”, „Contents 3”) and ones it reads as one but neither
    hiding text („List 2” and „List Bullet 2”, both in Word's own template) pass."""
    from test_templates_round7 import passes
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="{name}"/></w:style>'
                     for i, name in enumerate(["Heading 10", "toc 2", "Contents 3", "Nagłówek 1", "List 2",
                                                       "List Bullet 2"]))
    passes(tmp_path, spec_of({**with_styles(styles), **in_body('<w:p><w:r><w:t>tekst</w:t></w:r></w:p>')}))


# --- finding 10: part names holding contacts ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["jan.nowak@example.com.png", "tel. 600 100 200.png", "Jan Nowak.p@g"])
def test_a_pictures_part_name_does_not_go_out(name):
    """rev-tpl16 10: `word/media/jan.nowak@example.com.png` kept its name in the public .docx and its relationship."""
    parts = published([("image", "media/" + name, png_with())])
    everything = b"".join(n.encode() + blob for n, blob in parts.items()).lower()
    assert b"nowak" not in everything and b"600" not in everything, sorted(parts)
    moved = next(n for n in parts if n.startswith("word/media/"))
    assert moved.startswith("word/media/image1."), moved
    assert f'Target="{moved[5:]}"'.encode() in parts["word/_rels/document.xml.rels"]
