"""Findings of the seventeenth template review (rev-tpl17) of issue 17: the public version kept what it did not
understand (an SVG's attributes, comments and embedded photos, metafiles' comment records and embedded pictures,
colour profiles, Symbol text in private-use codes); the template checks judged fonts only where a run holds text.

No test here runs LibreOffice.
"""

from __future__ import annotations

import base64
import struct
import zlib

import pytest

from pismo.render import metadata
from pismo.render.public import NotPublic
from test_attacks_templates_rev_tpl16 import PRIVATE, chunk, emf, exif, photo, png_with, published

SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
INKSCAPE = ('xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
            'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"')


def public_svg(svg: str) -> bytes:
    return published([("image", "media/rys.svg", svg.encode())])["word/media/rys.svg"]


# --- finding 1: an SVG's attributes, comments and style sheet -----------------------------------------------------

def test_an_svgs_editor_attributes_comments_and_style_go():
    """rev-tpl17 1: Inkscape's aria-label (lettering turned into paths), sodipodi:docname, export-filename, a
    comment, a <style> sheet and data-* went into the public .docx byte for byte."""
    svg = (f'<svg {SVG} {INKSCAPE} width="40" height="40" sodipodi:docname="UKRYTE-DOC {PRIVATE}.svg" '
           f'inkscape:export-filename="/home/jan.nowak/UKRYTE-EXP.png"><!-- UKRYTE-COM {PRIVATE} -->'
           f'<style>/* UKRYTE-CSS {PRIVATE} */ rect {{ fill: red }}</style>'
           f'<sodipodi:namedview id="UKRYTE-NV" inkscape:label="UKRYTE-NVL"/>'
           f'<g aria-label="UKRYTE-ARIA {PRIVATE}" inkscape:label="UKRYTE-LABEL" data-autor="UKRYTE-DATA" '
           f'id="Jan_Nowak_600100200"><path d="M 0 0 L 600 100 200 Z" style="fill:#ff0000;-x-note:UKRYTE-ST"/>'
           f'<use xlink:href="#Jan_Nowak_600100200"/><rect width="40" height="40" fill="url(#Jan_Nowak_600100200)"/>'
           f'</g></svg>')
    kept = public_svg(svg)
    assert b"UKRYTE" not in kept and b"Nowak" not in kept and b"jan.nowak" not in kept, kept
    assert b'd="M 0 0 L 600 100 200 Z"' in kept and b"fill:#ff0000" in kept and b"<rect" in kept, kept
    assert b'xlink:href="#i1"' in kept and b'fill="url(#i1)"' in kept and b'id="i1"' in kept, kept


# --- finding 2: a picture embedded in an SVG -----------------------------------------------------------------------

def test_a_picture_inside_an_svg_loses_its_exif():
    """rev-tpl17 2: <image href="data:image/jpeg;base64,…"> kept its EXIF Artist „Jan Nowak tel. 600 100 200”."""
    image = photo()
    tagged = base64.b64encode(image[:2] + exif("UKRYTE-SVGEXIF " + PRIVATE) + image[2:]).decode()
    kept = public_svg(f'<svg {SVG} width="16" height="16"><image width="16" height="16" '
                      f'xlink:href="data:image/jpeg;base64,{tagged}"/></svg>')
    data = kept.split(b"base64,")[1].split(b'"')[0]
    assert base64.b64decode(data) == image


@pytest.mark.parametrize("address", ["data:image/svg+xml;base64,PHN2Zy8+", "file:///home/jan.nowak/x.png",
                                     "data:image/jpeg;base64,AAAA"])
def test_a_picture_inside_an_svg_that_cannot_be_cleaned_is_refused(address):
    with pytest.raises(NotPublic, match="rys.svg"):
        public_svg(f'<svg {SVG}><image width="16" height="16" href="{address}"/></svg>')


# --- findings 3 and 15: metafiles' comments and embedded pictures --------------------------------------------------

def emf_comment(data: bytes) -> bytes:
    data += b"\0" * (-len(data) % 4)
    return struct.pack("<III", 70, 12 + len(data), len(data)) + data


def test_an_emfs_comment_records_go_but_emf_plus_drawing():
    """rev-tpl17 3: an EMR_COMMENT holding „Jan Nowak tel. 600 100 200” stayed in the public .docx."""
    plus = struct.pack("<HHII", 0x4003, 0, 12 + 28, 28) + ("UKRYTE " + PRIVATE[:7]).encode("utf-16-le")
    plus += struct.pack("<HHII", 0x400A, 0, 12, 0)  # EmfPlusClear: drawing, kept
    picture = emf(emf_comment(("UKRYTE-EMFCOM " + PRIVATE).encode("utf-16-le")), emf_comment(b"EMF+" + plus),
                  struct.pack("<III", 18, 12, 1))
    kept = metadata.stripped(picture)
    assert "UKRYTE".encode("utf-16-le") not in kept and struct.pack("<HH", 0x400A, 0) in kept, kept
    assert struct.unpack("<II", kept[48:56]) == (len(kept), 4)  # header, EMF+ comment, SETBKMODE, EOF
    assert kept.endswith(picture[-32:])


def dib_record(compression: int) -> bytes:
    """An EMR_STRETCHDIBITS whose bitmap header says BI_JPEG (4) or BI_RGB (0), its bits a JPEG with EXIF."""
    bits = b"\xff\xd8" + exif("UKRYTE-EMFEXIF " + PRIVATE) + b"\xff\xd9"
    bits += b"\0" * (-len(bits) % 4)
    info = struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, 24, compression, len(bits), 0, 0, 0, 0)
    head = 80
    fields = struct.pack("<II4i6i4I", 81, head + len(info) + len(bits), 0, 0, 2, 2, 0, 0, 0, 0, 2, 2,
                         head, len(info), head + len(info), len(bits))
    fields += struct.pack("<IIii", 0, 0xCC0020, 2, 2)
    return fields + info + bits


def test_an_emfs_jpeg_bitmap_is_refused():
    """rev-tpl17 3: an EMR_STRETCHDIBITS with BI_JPEG kept the JPEG's EXIF."""
    with pytest.raises(NotPublic, match="rys.emf.*inny obraz"):
        published([("image", "media/rys.emf", emf(dib_record(4)))])
    assert metadata.stripped(emf(dib_record(0)))


WMF_HEAD = struct.pack("<HHHIHIH", 1, 9, 0x0300, 0, 0, 0, 0)
WMF_END = struct.pack("<IH", 3, 0)


def escape(identifier: bytes, data: bytes) -> bytes:
    body = struct.pack("<HH", 0x000F, len(identifier + data)) + identifier + data
    body += b"\0" * (len(body) % 2)
    return struct.pack("<IH", 3 + len(body) // 2, 0x0626) + body


def test_a_wmfs_comments_go():
    """rev-tpl17 3: a WMF's META_ESCAPE MFCOMMENT „Jan Nowak tel. 600 100 200” was kept (a WMF was passed whole)."""
    kept = metadata.stripped(WMF_HEAD + escape(b"UKRY", ("TE-WMFCOM " + PRIVATE).encode()) + WMF_END)
    assert kept[:6] == WMF_HEAD[:6] and kept[18:] == WMF_END and struct.unpack("<I", kept[6:10])[0] == 12


def test_a_wmf_carrying_an_emf_is_refused():
    """rev-tpl17 15: LibreOffice draws the EMF a WMF carries in its WMFC comments – its text too."""
    with pytest.raises(NotPublic, match="rys.wmf"):
        published([("image", "media/rys.wmf", WMF_HEAD + escape(b"WMFC", b"\x01\0\0\0" + b"\0" * 30) + WMF_END)])


# --- finding 9: colour profiles and other kept segments ------------------------------------------------------------

def test_a_pngs_colour_profile_goes():
    """rev-tpl17 9: iCCP's name „Jan Nowak tel 600 100 200” and its profile's text were kept."""
    profile = chunk(b"iCCP", b"UKRYTE-ICC Jan Nowak\0\0" + zlib.compress(b"UKRYTE-ICCBODY " + PRIVATE.encode()))
    assert metadata.stripped(png_with(profile)) == png_with()


def test_a_pngs_unknown_critical_chunk_is_unreadable():
    with pytest.raises(metadata.Unreadable):
        metadata.stripped(png_with(chunk(b"JANN", PRIVATE.encode())))


def test_a_jpegs_profile_and_dnl_segments_go():
    """rev-tpl17 9: an APP2 ICC_PROFILE and a DNL segment (FFDC, which libjpeg skips) kept their text."""
    image = photo()
    icc = b"ICC_PROFILE\0\1\1UKRYTE-JICC " + PRIVATE.encode()
    dnl = b"UKRYTE-DNL " + PRIVATE.encode()
    tagged = (image[:2] + b"\xff\xe2" + struct.pack(">H", len(icc) + 2) + icc
              + b"\xff\xdc" + struct.pack(">H", len(dnl) + 2) + dnl + image[2:])
    assert metadata.stripped(tagged) == image


# --- finding 5: Symbol text in its private-use codes ---------------------------------------------------------------

def test_a_phone_typed_in_symbol_private_use_codes_is_scrubbed():
    """rev-tpl17 5: „600 100 200” as U+F036 U+F030 … in a Symbol run's w:t was drawn in the public PDF, unscrubbed."""
    phone = "".join(chr(0xF000 + ord(c)) for c in "600 100 200")
    body = (f'<w:p><w:r><w:t xml:space="preserve">UKRYTE-SYMPUA tel. </w:t></w:r><w:r><w:rPr><w:rFonts '
            f'w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>{phone}</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Symbol"/>'
            f'</w:rPr><w:t>\uf061\uf062</w:t></w:r></w:p>')
    document = published([], body)["word/document.xml"].decode("utf-8")
    assert "[telefon]" in document and "\uf036" not in document and "\uf061\uf062" in document, document


# --- findings 6, 13, 14: a pictogram font through a base table style, a style's list, a field's code --------------

WD = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'


def field(code: str, result: str) -> str:
    """A complex field whose code runs are in Wingdings and whose stored result run is plain."""
    coded = f"<w:rPr>{WD}</w:rPr>"
    return (f'<w:p><w:r><w:t xml:space="preserve">Strona </w:t></w:r><w:r>{coded}<w:fldChar w:fldCharType="begin"/>'
            f'</w:r><w:r>{coded}<w:instrText xml:space="preserve">{code}</w:instrText></w:r><w:r>{coded}'
            f'<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r><w:r>{coded}'
            '<w:fldChar w:fldCharType="end"/></w:r></w:p>')


def late_cases() -> dict:
    from test_attacks_templates_rev_tpl12b import style
    from test_attacks_templates_rev_tpl16 import TABLE, in_body, with_level, with_styles
    base = ('<w:style w:type="table" w:styleId="TabBaza"><w:name w:val="Tabela bazowa"/><w:tblPr/>'
            f'<w:tblStylePr w:type="firstCol"><w:rPr>{WD}</w:rPr></w:tblStylePr></w:style>'
            '<w:style w:type="table" w:styleId="TabPola"><w:name w:val="Tabela pól"/><w:basedOn w:val="TabBaza"/>'
            '<w:tblPr/></w:style>')
    listed = style("paragraph", "ListaPunktow", "").replace("<w:rPr>", '<w:pPr><w:numPr><w:numId w:val="9"/>'
                                                             '</w:numPr></w:pPr><w:rPr>')
    item = ('<w:p><w:pPr><w:pStyle w:val="ListaPunktow"/><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr>'
            '<w:r><w:t>punkt pierwszy</w:t></w:r></w:p>')
    mark = f'<w:p><w:r><w:t>zdanie z przypisem</w:t></w:r><w:r><w:rPr>{WD}</w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>'
    return {
        "table style's base": ({**with_styles(base), **in_body(TABLE)}, "Tabela bazowa"),
        "style's list, paragraph's level": ({**with_level("decimal", "%1."), **with_styles(listed), **in_body(item)},
                                            "numer akapitu"),
        "PAGE code": (in_body(field(" PAGE ", "1")), "wynik pola"),
        "DATE code": (in_body(field(' DATE \\@ "dd.MM.yyyy" \\* CHARFORMAT ', "06.12.2026")), "wynik pola"),
        "footnote mark": (in_body(mark), "odsyłacza przypisu"),
    }


@pytest.mark.parametrize("case", list(late_cases()))
def test_a_pictogram_font_reached_late_is_refused(tmp_path, case):
    """rev-tpl17 6, 13, 14: Wingdings in a base table style's first column, in the level of a list a paragraph
    takes from its style with the level written on itself, in a field's code runs (the result takes the code's
    font) or on a footnote's reference mark: Word drew pictograms, the PDF „¨”, „1.”, „1”, „06.12.2026”."""
    from test_attacks_templates_rev_tpl16 import spec_of
    from test_template_package import refused_everywhere
    edits, named = late_cases()[case]
    checked, _ = refused_everywhere(tmp_path, spec_of(edits), "Wingdings")
    assert named in checked.output, checked.output


def test_fields_and_lists_in_text_fonts_pass(tmp_path):
    from test_attacks_templates_rev_tpl16 import in_body, spec_of
    from test_templates_round7 import passes
    plain = field(" PAGE ", "1").replace(f"<w:rPr>{WD}</w:rPr>", "")
    passes(tmp_path, spec_of(in_body(plain + plain.replace(" PAGE ", ' DATE \\@ "dd.MM.yyyy" '))))


# --- findings 7 and 8: a chart's text, a font table's alias --------------------------------------------------------

def titled_chart(properties: str) -> bytes:
    from test_templates_round9 import chart_of
    title = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:rPr lang="pl-PL">{properties}</a:rPr>'
             '<a:t>¨ tak þ nie</a:t></a:r></a:p></c:rich></c:tx></c:title>')
    return chart_of("barChart", 3).replace(b"<c:chart><c:plotArea>", f"<c:chart>{title}<c:plotArea>".encode())


def test_a_charts_title_in_a_pictogram_font_is_refused(tmp_path):
    """rev-tpl17 7: a chart title's <a:latin typeface="Wingdings"/> – Word drew pictograms, the PDF „¨ tak þ nie”."""
    from test_template_package import refused_everywhere
    from test_templates_round7 import with_chart
    checked, _ = refused_everywhere(tmp_path, with_chart(titled_chart(
        '<a:latin typeface="Wingdings"/><a:cs typeface="Wingdings"/>')), "Wingdings")
    assert "word/charts/chart1.xml" in checked.output and "¨ tak þ nie" in checked.output, checked.output


def test_a_charts_title_in_a_text_font_passes(tmp_path):
    from test_templates_round7 import passes, with_chart
    passes(tmp_path, with_chart(titled_chart('<a:latin typeface="Arial"/>')))


def test_a_font_aliased_to_a_pictogram_font_is_refused(tmp_path):
    """rev-tpl17 8: runs in „Ikony”, which fontTable.xml declares as an alias of Wingdings: the PDF „¨ tak þ nie”."""
    from test_attacks_templates_rev_tpl16 import in_body, spec_of
    from test_template_package import refused_everywhere
    alias = '<w:font w:name="Ikony"><w:altName w:val="Wingdings"/><w:charset w:val="02"/></w:font>'
    edits = {"word/fontTable.xml": lambda xml: xml.replace("</w:fonts>", alias + "</w:fonts>"),
             **in_body('<w:p><w:r><w:rPr><w:rFonts w:ascii="Ikony" w:hAnsi="Ikony"/></w:rPr><w:t>¨</w:t></w:r></w:p>')}
    checked, _ = refused_everywhere(tmp_path, spec_of(edits), "Ikony (w tabeli czcionek zastępowaną przez Wingdings)")


# --- finding 16: the template a document was made from ----------------------------------------------------------------

def test_an_attached_template_is_left_out_not_refused(tmp_path):
    """rev-tpl17 16: every document Word makes from a unit's .dotx names it in settings.xml (w:attachedTemplate and
    an external relationship); the template was refused with „usuń go” – the letter never needs it, so it goes."""
    import zipfile
    from test_templates_round7 import passes
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
            'Target="file:///C:\\Users\\jan.nowak\\Szablony\\KPP%20Pismo.dotx" TargetMode="External"/></Relationships>')
    spec = {"edits": {"word/settings.xml": lambda xml: xml.replace("<w:zoom", '<w:attachedTemplate r:id="rIdT" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:zoom', 1)},
            "extra": [("word/_rels/settings.xml.rels", rels.encode())]}
    passes(tmp_path, spec)
    letters = list(tmp_path.rglob("plan.docx"))
    made = [p for p in letters if "szablony" not in p.parts]
    assert made, letters
    with zipfile.ZipFile(made[0]) as letter:
        texts = b"".join(letter.read(n) for n in letter.namelist() if n.startswith("word/"))
    assert b"attachedTemplate" not in texts and b"jan.nowak" not in texts


# --- finding 12: a VML shape's name ------------------------------------------------------------------------------------

def test_a_vml_shapes_name_is_scrubbed():
    """rev-tpl17 12: <v:rect id="Jan Nowak tel. 600 100 200"> (the shape's name, Word's fallback beside wp:docPr) was
    skipped as an identifier and stayed in the public .docx."""
    body = ('<w:p><w:r><w:pict><v:rect xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" id="UKRYTE-VID Jan Nowak tel. 600 100 200" '
            'o:spid="_x0000_s1026 Jan Nowak" style="width:10pt;height:10pt"/></w:pict></w:r></w:p>')
    document = published([], body)["word/document.xml"].decode("utf-8")
    assert "Nowak" not in document and "600 100 200" not in document and "_x0000_s1026" in document, document
