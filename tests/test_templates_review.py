"""Issue 17, templates review: a template's package read as Word and LibreOffice read it, not as it looks.

Each input failed before its fix: a field code hidden by a comment or a strict-schema attribute, an image
whose size a second tag or a lenient data: address hid.
"""

from __future__ import annotations

import base64
import re
import struct

import pytest

from conftest import run
from helpers import LECZNA
from pismo.render import blueprints, ooxml
from pismo.render.engine import BUILTIN_DIR, Template, TemplateError
from test_template_package import DOC, refused_everywhere, build, field, in_body, png, with_image

STRICT = 'xmlns:s="http://purl.oclc.org/ooxml/wordprocessingml/main"'


def _strict_field(instruction: str) -> str:
    """A complex field whose field characters carry the type only in the strict schema's namespace."""
    return (f'<w:r><w:fldChar {STRICT} s:fldCharType="begin"/></w:r><w:r><w:instrText>{instruction}</w:instrText></w:r>'
            f'<w:r><w:fldChar {STRICT} s:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
            f'<w:r><w:fldChar {STRICT} s:fldCharType="end"/></w:r>')


def _tiff_with_repeated_size(first: int, second: int) -> bytes:
    """A TIFF whose width and height tags each appear twice: libtiff reads the first, a naive reader the last."""
    entries = [(256, 4, 1, first), (256, 4, 1, second), (257, 4, 1, first), (257, 4, 1, second), (258, 3, 1, 1)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + struct.pack("<I", 0)
    return b"II*\0" + struct.pack("<I", 8) + ifd


def _svg_with(address: str) -> bytes:
    return ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
            f'<image width="10" height="10" xlink:href="{address}"/></svg>').encode()


_BOMB = base64.b64encode(png(30000, 30000)).decode()
HIDDEN = {
    # finding 7: the instruction's text after a comment, a processing instruction or an empty element
    "instruction-after-a-comment": (in_body(field("<!-- --> FILENAME \\p ")), "zawiera komentarz XML"),
    "instruction-after-a-processing-instruction": (in_body(field("<?x y?> FILENAME \\p ")), "zawiera instrukcję przetwarzania"),
    "instruction-after-an-empty-element": (in_body(field("<w:r/> FILENAME \\p ")), "element instrText zawiera coś poza tekstem"),
    "keyword-split-by-a-comment": (in_body(field("INCLUDE<!-- -->TEXT &quot;C:\\\\a.txt&quot; ")), "zawiera komentarz XML"),
    # finding 8: attributes in the strict schema's namespace
    "simple-field-strict-attribute": (in_body(f'<w:fldSimple {STRICT} s:instr=" FILENAME \\p "/>'), "FILENAME"),
    "simple-field-both-attributes": (in_body(f'<w:fldSimple {STRICT} w:instr=" PAGE " s:instr=" USERNAME "/>'),
                                     "USERNAME"),
    "nested-strict-field": (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
                                    '</w:instrText></w:r>' + _strict_field(" INCLUDEPICTURE &quot;C:\\\\a.png&quot; ")
                                    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'), "INCLUDEPICTURE"),
    "field-character-of-two-kinds": (in_body(f'<w:r><w:fldChar {STRICT} w:fldCharType="end" s:fldCharType="begin"/>'
                                             '</w:r>'), "znak pola rodzaju „begin”, „end”"),
    # finding 10: a size tag given twice, the first one huge
    "tiff-size-tag-twice": (with_image("a.tiff", _tiff_with_repeated_size(16000, 100)), "16000 × 16000"),
    # finding 14: an embedded PNG bomb behind a space before the comma, or no comma at all
    "svg-data-space-before-comma": (with_image("a.svg", _svg_with("data:image/png;base64 ," + _BOMB)), "w postaci, której pismo nie sprawdza"),
    "svg-data-without-comma": (with_image("a.svg", _svg_with("data:image/png;base64 " + _BOMB)), "w postaci, której pismo nie sprawdza"),
    "svg-data-upper-case": (with_image("a.svg", _svg_with("DATA:image/png;BASE64, " + _BOMB)), "30000 × 30000"),
    # second review: the code written as ordinary text (w:t) between begin and separate, also by template code
    "code-in-text-between-begin-and-separate": (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>'
                                                        ' FILENAME \\p </w:t></w:r><w:r><w:fldChar w:fldCharType='
                                                        '"separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar '
                                                        'w:fldCharType="end"/></w:r>'), "FILENAME"),
    # second review: a stray FF 00 before the frame header made the walk skip it to a decoy
    "jpeg-frame-after-a-stray-ff-00": (with_image("a.jpeg", b"\xff\xd8\xff\x00\xff\xc0\x00\x11\x08"
                                                  + struct.pack(">HH", 16000, 16000) + b"\x01\x01\x11\x00"
                                                  + b"\xff\xd9"), "16000 × 16000"),
}


@pytest.mark.parametrize("name", list(HIDDEN))
def test_what_word_and_libreoffice_would_read_is_refused_by_name(tmp_path, name):
    refused_everywhere(tmp_path, *HIDDEN[name])


def test_an_ordinary_embedded_picture_and_field_still_pass(tmp_path):
    spec = {**with_image("a.svg", _svg_with("data:image/png;base64," + base64.b64encode(png(100, 100)).decode())),}
    # (a field in Strict's namespace no longer passes: Strict templates are refused whole, rev-tpl14 finding 22)
    spec["edits"] = {**spec["edits"], **in_body(field(" PAGE ") + field(" NUMPAGES "))}
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output


SYNTAX = {  # finding 12: the generating commands say what `szablony sprawdz` says, in Polish
    "{% frobnicate %}": "błąd składni znacznika: znacznik „frobnicate” w niewłaściwym miejscu",
    "{{ tytul.obszar + }}": "błąd składni znacznika: nieoczekiwany znak „}}”",
    # the second review's: jinja's English with an offset into the XML (finding 5)
    "{{ 'abc }}": "błąd składni znacznika: niezamknięty cudzysłów '",
    "{% raw %}x": "błąd składni znacznika: blok {% raw %} bez zamknięcia {% endraw %}",
    "{{ x|nosuch }}": "błąd składni znacznika: nieznany filtr „nosuch”",
    "{{ tytul.obszar is nosuch }}": "błąd składni znacznika: nieznany test „nosuch”",
}


@pytest.mark.parametrize("code", list(SYNTAX))
def test_a_syntax_error_reads_the_same_in_every_command(tmp_path, code):
    from test_security import malicious_template

    malicious_template(tmp_path / "szablony", code)
    checked = run("szablony", "sprawdz", tmp_path / "szablony")
    made = run("plan", LECZNA, "--szablony", tmp_path / "szablony", "-o", tmp_path / "out")
    for result in (checked, made):
        assert result.exit_code == 1 and SYNTAX[code] in result.output, result.output
        assert "Encountered" not in result.output and "end of print statement" not in result.output
        assert not re.search(r"\bat \d|Missing|named", result.output), result.output


# --- images drawn many times over: SVG markers and DrawingML tile fills --------------------------------

_MARKER_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><defs><marker id="m">'
               + '<circle cx="1" cy="1" r="1"/>' * 500 + '</marker></defs><path d="M0 0 '
               + " ".join(f"L{i % 50} {i // 50}" for i in range(20000)) + '" marker-mid="url(#m)"/></svg>').encode()
_TILE = ('<w:r><w:drawing><a:blipFill xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
         '<a:tile tx="0" ty="0" sx="1" sy="1" flip="none" algn="tl"/></a:blipFill></w:drawing></w:r>')
REPEATED = {  # each took LibreOffice over a minute per document (checked with soffice --convert-to pdf)
    "svg-marker": (with_image("a.svg", _MARKER_SVG), "który LibreOffice rysuje przy każdym wierzchołku linii"),
    "drawingml-tile": (in_body(_TILE), "wypełnienie kafelkami z obrazu (tile)"),
}


@pytest.mark.parametrize("name", list(REPEATED))
def test_a_picture_drawn_without_bound_is_refused_everywhere(tmp_path, name):
    refused_everywhere(tmp_path, *REPEATED[name])


def _webp(chunk: bytes, body: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(body)) + b"WEBP" + chunk + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize("blob", [
    _webp(b"VP8X", b"\0\0\0\0" + (16000 - 1).to_bytes(3, "little") + (16000 - 1).to_bytes(3, "little")),  # extended
    _webp(b"VP8L", b"\x2f" + ((16000 - 1) | (16000 - 1) << 14).to_bytes(4, "little")),  # lossless
    _webp(b"VP8 ", b"\0\0\0\x9d\x01\x2a" + struct.pack("<HH", 16000, 16000)),  # lossy
], ids=["vp8x", "vp8l", "vp8"])
def test_every_kind_of_webp_header_is_measured(blob):
    from pismo.render import images

    with pytest.raises(images.TooLarge, match="16000 × 16000 pikseli"):
        images.check(blob)


# --- a refusal keeps its own commas (third review, finding 12) -----------------------------------------

def test_a_refusal_with_a_large_number_keeps_its_own_commas(monkeypatch):
    """Each message was built whole and then had every comma replaced to space out the number's thousands."""
    from lxml import etree

    from pismo import polish
    from pismo.render import engine, images, sandbox, template_package

    assert polish.thousands(400000) == "400 000" and polish.thousands(999) == "999"
    monkeypatch.setattr(template_package, "MAX_MARKUP", 1000)
    with pytest.raises(TemplateError, match=r"\(ponad 1 000, przekroczone w części "):
        template_package.read_package("t.docx", (BUILTIN_DIR / "plan.docx").read_bytes())
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><g id="a">' + "<rect/>" * 400 + "</g>" + \
        '<use href="#a"/>' * 400 + "</svg>"
    with pytest.raises(images.TooLarge, match=r"\(<use>, url\(#…\)\)"):
        images.check_svg(etree.ElementTree(etree.fromstring(svg)))
    monkeypatch.setattr(engine, "MAX_SOURCE", 1000)
    with pytest.raises(TemplateError, match="treść, nagłówki i stopki mają razem ponad 1 000 znaków"):
        Template("proba.docx", ooxml.docx_bytes(blueprints.p("x" * 2000), "Próba"))
    monkeypatch.setattr(sandbox, "MAX_VALUE", 10)
    with pytest.raises(Exception, match="sprawdź, co szablon porównuje"):
        sandbox.weighed([1] * 20)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="pipes are POSIX only")
def test_whatever_bears_a_template_name_is_checked_as_one(tmp_path):
    """Third review, finding 14: a pipe or a device link named plan.docx was skipped, then blamed on the filling
    with example data, and the count said 3 templates with errors of 1 checked."""
    import os

    folder = tmp_path / "szablony"
    folder.mkdir()
    os.mkfifo(folder / "plan.docx")
    (folder / "wniosek.docx").symlink_to("/dev/zero")
    (folder / "informacja.docx").mkdir()
    result = run("szablony", "sprawdz", folder)
    assert result.exit_code == 1, result.output
    for name, reason in [("plan", "to nie jest zwykły plik"), ("wniosek", "to nie jest zwykły plik"),
                         ("informacja", "to jest folder, a nie plik")]:
        assert f"{name}.docx: {reason}" in result.output, result.output
    assert "(sprawdzono: 3)" in result.output and "przykładowymi danymi" not in result.output


_PACKAGE_RELS = "_rels/.rels"
NOT_A_DOCUMENT = {  # third review, finding 16: an empty "plan" with rc 0, and sprawdz blamed the footer
    "root-a": {DOC: lambda xml: '<?xml version="1.0" encoding="UTF-8"?><a/>'},
    "no-body": {DOC: lambda xml: '<?xml version="1.0" encoding="UTF-8"?><w:document '
                                 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'},
    "main-elsewhere": {_PACKAGE_RELS: lambda xml: xml.replace('Target="word/document.xml"', 'Target="word/styles.xml"')},
}


@pytest.mark.parametrize("name", list(NOT_A_DOCUMENT))
def test_a_template_whose_text_is_no_word_document_is_refused_everywhere(tmp_path, name):
    refused_everywhere(tmp_path, NOT_A_DOCUMENT[name], "treść (word/document.xml) nie jest dokumentem Word z treścią")


def test_a_part_read_as_xml_only_because_a_relationship_points_at_it_is_counted(tmp_path):
    """Third review, finding 8: customXml/item1.dat (no XML name, type or first byte) parsed 1.25 million elements
    where every other XML part counts towards the 400 000 bound."""
    body = ("<r>" + "<a/>" * 420_000 + "</r>").encode("utf-16-be")  # no BOM: its first byte is NUL
    rels = "word/_rels/document.xml.rels"
    spec = {"edits": {rels: lambda xml: xml.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.'
                                                    'openxmlformats.org/officeDocument/2006/relationships/customXml" '
                                                    'Target="../customXml/item1.dat"/></Relationships>')},
            "extra": [("customXml/item1.dat", body)]}
    refused_everywhere(tmp_path, spec, "zbyt wiele elementów i atrybutów (ponad 400 000, przekroczone w części "
                                       "customXml/item1.dat)")
