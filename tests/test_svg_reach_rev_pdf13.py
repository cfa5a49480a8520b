"""rev-pdf13 #1: an SVG picture inside a .docx whose <image> named file:///… made LibreOffice put a file of the
converting computer's disk into the PDF; the one reach rule now reads the drawings too (pdf, templates)."""

from __future__ import annotations

import pytest

from pismo.files import pdf
from test_pdf_rev_pdf7 import _RELS, _converted, _package
from test_template_package import refused_everywhere, with_image

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="8" height="8">{}</svg>'
_DOT = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
        "RU5ErkJggg==")
_PICTURE = f'<Relationship Id="rId5" Type="{_RELS}/image" Target="media/image1.png"/>'

OUTSIDE = {
    "file": '<image width="8" height="8" xlink:href="file:///home/jan/Obrazy/dowod.png"/>',
    "absolute": '<image width="8" height="8" href="/home/jan/Obrazy/dowod.png"/>',
    "relative": '<image width="8" height="8" xlink:href="../Obrazy/dowod.png"/>',
    "use": '<use xlink:href="file:///home/jan/rys.svg#a"/>',
    "feimage": '<filter id="f"><feImage xlink:href="file:///home/jan/a.png"/></filter>',
    "style-attribute": '<rect width="8" height="8" style="fill:url(file:///home/jan/a.svg#p)"/>',
    "style-sheet": '<style>rect { fill: url("/home/jan/a.svg#p") }</style><rect width="8" height="8"/>',
    "import": "<style>@import 'a.css';</style>",
}


def _svg_docx(tmp_path, inside: str, name: str = "image1.png"):
    """A .docx whose picture part (named as Word names a PNG) is an SVG drawing – LibreOffice tells it by content."""
    return _package(tmp_path / "rys.docx", _PICTURE, extra={f"word/media/{name}": SVG.format(inside)})


@pytest.mark.parametrize("inside", OUTSIDE.values(), ids=OUTSIDE.keys())
def test_an_svg_reaching_outside_refuses_the_document_by_name(tmp_path, inside):
    said = pdf._reaching_out(_svg_docx(tmp_path, inside))
    assert "rysunek SVG" in said and "word/media/image1.png" in said and "PNG lub JPEG" in said, said


def test_a_stylesheet_instruction_before_the_drawing_is_refused(tmp_path):
    docx = _package(tmp_path / "rys.docx", _PICTURE, extra={"word/media/image1.svg": '<?xml-stylesheet href="/a.css"?>'
                                                             + SVG.format("")})
    assert "xml-stylesheet" in pdf._reaching_out(docx)


@pytest.mark.parametrize("inside", [f'<image width="8" height="8" xlink:href="{_DOT}"/>',
                                    '<defs><rect id="a" width="1" height="1"/></defs><use xlink:href="#a"/>',
                                    '<rect width="8" height="8" style="fill:url(#g)"/>'], ids=["data", "use", "url"])
def test_an_svg_drawn_from_itself_still_converts(tmp_path, inside):
    assert pdf._reaching_out(_svg_docx(tmp_path, inside, "image1.svg")) == ""


def test_pdf_refuses_it_before_libreoffice_runs(tmp_path):
    """The command names the document and starts no LibreOffice (a missing program would be told otherwise)."""
    docx = _svg_docx(tmp_path, OUTSIDE["file"])
    written, said = _converted([docx], str(tmp_path / "no-soffice"))
    assert written == [] and "rys.docx" in said and "file:///home/jan/Obrazy/dowod.png" in said, said


def test_a_templates_svg_reaching_out_through_css_is_refused(tmp_path):
    """The template check keeps the same rule (its attribute check did not read CSS url(…))."""
    refused_everywhere(tmp_path, with_image("a.svg", SVG.format(OUTSIDE["style-attribute"]).encode()),
                       "url(file:///home/jan/a.svg#p)")
