"""Red-team review of templates a unit brings (issue 17, reviewer "templates"): each class refused by name
by `pismo szablony sprawdz` and by a generating command, before anything is written."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from conftest import run

from helpers import LECZNA
from test_template_package import refused_everywhere, DOC, REL, build, field, in_body, package, png, rel, with_image

STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def instr_field(instruction_xml: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{instruction_xml}'
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def strict_chars(kind: str) -> str:
    return f'<w:r><w:fldChar xmlns:s="{STRICT_W}" s:fldCharType="{kind}"/></w:r>'


def tiff(*entries: tuple[int, int, int, int], tail: bytes = b"") -> bytes:
    """A little-endian TIFF of one directory with these (tag, kind, count, value) entries, in this order."""
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + struct.pack("<I", 0)
    return b"II*\0" + struct.pack("<I", 8) + ifd + tail


def svg(inner: str) -> bytes:
    return ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" '
            f'height="100">{inner}</svg>').encode()


def svg_image(uri: str) -> bytes:
    return svg(f'<image width="10" height="10" xlink:href="{uri}"/>')


def images(*blobs: tuple[str, bytes]) -> dict:
    """Pictures added as parts, each with its own image relationship."""
    relations = "".join(f'<Relationship Id="rId{90 + i}" Type="{REL}image" Target="media/{name}"/>'
                        for i, (name, _) in enumerate(blobs))
    return {"edits": {"word/_rels/document.xml.rels": lambda xml: xml.replace("</Relationships>",
                                                                              relations + "</Relationships>")},
            "extra": [(f"word/media/{name}", blob) for name, blob in blobs]}


def at_end(blocks: str) -> dict:
    """Paragraphs and tables put at the end of the body, before its section properties."""
    def edit(xml: str) -> str:
        at = xml.rindex("<w:sectPr")
        return xml[:at] + blocks + xml[at:]
    return {DOC: edit}


def para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def table(*rows: str) -> str:
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>'
            + "".join(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{row}</w:tc></w:tr>'
                      for row in rows) + "</w:tbl>")


TEXT_BOX = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:30pt"><v:textbox>'
            '<w:txbxContent><w:p><w:r><w:t>W RAMCE</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
PICTURE = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<wp:extent cx="10" cy="10"/><wp:docPr id="{id}" name="Obraz" descr="{descr}"/></wp:inline></w:drawing></w:r>')
BIG_PNG = base64.b64encode(png(30000, 30000)).decode()
W_PART = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.'
          'org/wordprocessingml/2006/main">{}</w:footnotes>')

HOSTILE = {
    # 7: text after a comment, processing instruction or element inside w:instrText / w:t
    "instr-after-comment": (in_body(instr_field("<!-- --> FILENAME \\p ")), "word/document.xml"),
    "instr-after-pi": (in_body(instr_field("<?x y?> FILENAME \\p ")), "word/document.xml"),
    "instr-after-element": (in_body(instr_field("<w:r/> FILENAME \\p ")), "instrText"),
    "deleted-instr-after-comment": (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText>'
                                            '<w:r/>INCLUDETEXT x</w:delInstrText></w:r><w:r><w:fldChar '
                                            'w:fldCharType="end"/></w:r>'), "śledzone zmiany"),
    "instr-after-comment-in-another-part": ({"extra": [("word/footnotes.xml", W_PART.format(
        '<w:p><w:r><w:instrText><!-- --> FILENAME</w:instrText></w:r></w:p>'))]}, "instrText"),
    "text-holding-element": (in_body('<w:r><w:t>a<w:r/>b</w:t></w:r>'), "element t"),
    "comment-in-footer": ({"word/footer1.xml": lambda xml: xml.replace("</w:ftr>", "<!-- x --></w:ftr>")},
                          "word/footer1.xml"),
    # 8: field attributes in the strict schema's namespace on a transitional document
    "simple-field-strict-instr": (in_body(f'<w:fldSimple xmlns:s="{STRICT_W}" s:instr=" FILENAME \\p "><w:r><w:t>x'
                                          '</w:t></w:r></w:fldSimple>'), "FILENAME"),
    "nested-field-strict-chars": (in_body(field(" PAGE ")[:-len('<w:r><w:fldChar w:fldCharType="end"/></w:r>')]
                                          .replace('<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '')
                                          .replace('<w:r><w:t>x</w:t></w:r>', '')  # no text in a code (refused)
                                          + strict_chars("begin") + '<w:r><w:instrText> USERNAME </w:instrText></w:r>'
                                          + strict_chars("separate") + strict_chars("end")
                                          + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar '
                                          'w:fldCharType="end"/></w:r>'), "USERNAME"),
    "field-char-of-two-kinds": (in_body(f'<w:r><w:fldChar xmlns:s="{STRICT_W}" w:fldCharType="begin" '
                                        's:fldCharType="end"/></w:r>'), "znak pola rodzaju „begin”, „end”"),
    "unqualified-instr": (in_body('<w:fldSimple instr=" INCLUDETEXT x "/>'), "INCLUDETEXT"),
    # 10: an image's size read two ways (a tag repeated, a kind no reader agrees on, a header not read at all)
    "tiff-size-tags-repeated-large-first": (with_image("a.tiff", tiff((256, 4, 1, 16000), (256, 4, 1, 100),
                                                                      (257, 4, 1, 16000), (257, 4, 1, 100))),
                                            "16000 × 16000"),
    "tiff-size-tags-repeated-large-last": (with_image("a.tiff", tiff((256, 3, 1, 100), (256, 3, 1, 30000),
                                                                     (257, 3, 1, 100), (257, 3, 1, 30000))),
                                           "30000 × 30000"),
    "tiff-size-as-rational": (with_image("a.tiff", tiff((256, 5, 1, 8), (257, 4, 1, 100))), "nie da się odczytać"),
    "tiff-unreadable-with-small-png-inside": (with_image("a.tiff", b"II*\0" + struct.pack("<I", 10**6) + png(10, 10)),
                                              "nie da się odczytać"),
    # 14: data: URIs other than exactly data:<type>;base64,<data>, or of a format not measured here
    "svg-data-space-before-comma": (with_image("a.svg", svg_image("data:image/png;base64 ," + BIG_PNG)),
                                    "word/media/a.svg"),
    "svg-data-space-after-base64": (with_image("a.svg", svg_image("data:image/png; base64," + BIG_PNG)),
                                    "word/media/a.svg"),
    "svg-data-with-parameter": (with_image("a.svg", svg_image("data:image/png;charset=x;base64," + BIG_PNG)),
                                "word/media/a.svg"),
    "svg-data-percent-encoded": (with_image("a.svg", svg_image("data:image/png,%89PNG%0D%0A")), "word/media/a.svg"),
    "svg-data-nested-svg": (with_image("a.svg", svg_image("data:image/svg+xml;base64," + base64.b64encode(
        svg('<rect width="1" height="1"/>')).decode())), "SVG w rysunku SVG"),
    # 18: pictures each within the limit, together far over it
    "many-pictures-each-within-the-limit": (images(*[(f"a{i}.png", png(6000, 6000)) for i in range(3)]),
                                            "razem ponad 60 mln pikseli"),
    "many-embedded-pictures-each-within-the-limit": (with_image("a.svg", svg("".join(
        f'<image width="1" height="1" xlink:href="data:image/png;base64,{base64.b64encode(png(6000, 6000 + i)).decode()}"/>'
        for i in range(3)))), "razem ponad 60 mln pikseli"),
    # 20: a part not in UTF-8 as declared
    "document-declared-latin2": ({DOC: lambda xml: xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-2"', 1)},
                                 "ISO-8859-2"),
    "styles-in-utf16": ({"extra": [("customXml/item1.xml", '<?xml version="1.0" encoding="UTF-16"?><a/>'
                                    .encode("utf-16"))]}, "customXml/item1.xml"),
    # 17: millions of elements and attributes in parts no document needs
    "custom-xml-full-of-attributes": ({"extra": [("customXml/item1.xml", '<a xmlns:a="urn:x">'
                                                  + '<a:b c="1" d="2" e="3" f="4"/>' * 90000 + "</a>")]},
                                      "zbyt wiele elementów"),
    # 9: SVG drawings whose work their size does not bound
    "svg-pattern": (with_image("a.svg", svg('<defs><pattern id="p" width="0.1" height="0.1" patternUnits='
                                            '"userSpaceOnUse"><rect width="0.05" height="0.05"/></pattern></defs>'
                                            '<rect width="200" height="100" fill="url(#p)"/>')), "pattern"),
    "svg-use-billion": (with_image("a.svg", svg('<g id="g0"><rect width="1" height="1"/></g>' + "".join(
        f'<g id="g{i}">' + f'<use xlink:href="#g{i - 1}"/>' * 10 + "</g>" for i in range(1, 10)))), "word/media/a.svg"),
    "svg-use-loop": (with_image("a.svg", svg('<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>')),
                     "word/media/a.svg"),
    "svg-url-references": (with_image("a.svg", svg('<g id="g0"><rect width="1" height="1"/></g>' + "".join(
        f'<mask id="g{i}">' + f'<rect mask="url(#g{i - 1})"/>' * 10 + "</mask>" for i in range(1, 10)))),
        "word/media/a.svg"),
    # 16: a comment between "{" and "#" hid an unclosed comment tag
    "comment-between-brace-and-hash": (in_body('<w:r><w:t xml:space="preserve">PRZED {<!-- -->#</w:t></w:r>'),
                                       "word/document.xml"),
    # 13: tags replacing a table row, cell or paragraph where they do not stand alone in one
    "tc-tag-between-tables": (at_end(table(para("TABELA-A")) + para("AKAPIT-1") + para("{{tc rejon }}")
                                     + table(para("TABELA-B"))), "{{tc rejon }}"),
    "tr-tag-between-tables": (at_end(table(para("A")) + para("{%tr if true %}") + table(para("B"))
                                     + para("{%tr endif %}")), "{%tr if true %}"),
    "tc-tag-after-nested-table": (at_end(table(table(para("W")) + para("{{tc rejon }}"))), "{{tc rejon }}"),
    "tr-tag-before-nested-table": (at_end(table(para("{%tr if true %}") + table(para("W")))
                                           + table(para("{%tr endif %}"))), "{%tr if true %}"),
    "tr-comment-between-tables": (at_end(table(para("A")) + para("{#tr x #}") + table(para("B"))), "{#tr x #}"),
    # 21: a paragraph tag in a paragraph that holds a text box (paragraphs within it)
    "p-tag-after-text-box": (at_end(para("{%p if true %}") + para("TEKST") + "<w:p>" + TEXT_BOX
                                    + '<w:r><w:t>{%p endif %}</w:t></w:r></w:p>' + para("PO")), "{%p endif %}"),
    "p-tag-before-text-box": (at_end('<w:p><w:r><w:t>{%p if true %}</w:t></w:r>' + TEXT_BOX + "</w:p>"
                                     + para("TEKST") + para("{%p endif %}")), "{%p if true %}"),
    # 15: tags in attributes, which jinja reads as text like the rest of the XML
    "comment-over-picture-descriptions": (at_end(para("PRZED") + "<w:p>" + PICTURE.format(id=1, descr="{#") + "</w:p>"
                                                 + para("UKRYTY") + "<w:p>" + PICTURE.format(id=2, descr="#}")
                                                 + "</w:p>" + para("PO")), "poza tekstem"),
    "if-in-bookmark-names": (at_end('<w:p><w:bookmarkStart w:id="1" w:name="{% if false %}"/></w:p>' + para("UKRYTY")
                                    + '<w:p><w:bookmarkStart w:id="2" w:name="{% endif %}"/></w:p>'), "poza tekstem"),
    "expression-in-a-tooltip": (in_body('<w:hyperlink w:anchor="a" w:tooltip="{{ rejon }}"><w:r><w:t>x</w:t></w:r>'
                                        '</w:hyperlink>'), "poza tekstem"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_template_is_refused_by_name_everywhere(tmp_path, name):
    refused_everywhere(tmp_path, *HOSTILE[name])


def test_ordinary_svg_drawings_pass(tmp_path):
    """Shapes reused through <use> and a gradient by url(#…) are what drawings hold."""
    drawing = svg('<defs><linearGradient id="l"><stop offset="0"/></linearGradient><circle id="c" r="2"/></defs>'
                  + '<use href="#c" x="5"/>' * 50 + '<rect width="9" height="9" fill="url(#l)"/>')
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(with_image("a.svg", drawing)))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output


def test_element_tags_in_their_own_element_still_work(tmp_path):
    """{%tr%} in a row of its own, {%p%} in a paragraph of its own (also inside a text box) are what docxtpl offers."""
    blocks = (table(para("{%tr for i in [1, 2] %}"), para("WIERSZ-{{ i }}"), para("{%tr endfor %}"))
              + para("{%p if true %}") + para("AKAPIT") + para("{%p endif %}")
              + '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
              + para("{%p if true %}") + para("W RAMCE") + para("{%p endif %}")
              + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(at_end(blocks)))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output
