"""rev-pdf14 #1: SVG pictures LibreOffice draws without reading anything outside them – Illustrator's with the W3C
DOCTYPE, draw.io's with an <a xlink:href> link, ones carrying an XMP packet – were refused as reaching outside.
The rule now lets exactly these be and still refuses what a reader would act on."""

from __future__ import annotations

import pytest

from pismo.files import pdf
from test_pdf_rev_pdf7 import _package
from test_svg_reach_rev_pdf13 import _PICTURE, SVG

_SVG11 = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"'
_SVG10 = ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.0//EN" '
          '"http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd"')
_SQUARE = '<rect width="8" height="8" fill="#00f"/>'
_FILE = '<image width="8" height="8" xlink:href="file:///home/jan/dowod.png"/>'
_XMP = ('<metadata><?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""/></rdf:RDF>'
        '</x:xmpmeta><?xpacket end="w"?></metadata>')
_LINK = ('<switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/>'
         '<a transform="translate(0,-5)" xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" '
         'target="_blank"><text text-anchor="middle" x="50%" y="100%">Text is not SVG - cannot display</text></a>'
         '</switch>')

DRAWN = {
    "illustrator-svg11": (_SVG11 + ">\n", _SQUARE),
    "svg10": (_SVG10 + ">", _SQUARE),
    "drawio-link": ("", _SQUARE + _LINK),
    "local-link": ("", '<a href="http://127.0.0.1:8923/link">' + _SQUARE + "</a>"),
    "xmp": ('<?xml version="1.0" encoding="UTF-8"?>', _XMP + _SQUARE),
    "all-three": (_SVG11 + ">", _XMP + _SQUARE + _LINK),
}
REFUSED = {
    "entity": (_SVG11 + ' [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>', _SQUARE, "<!DOCTYPE"),
    "empty-subset": (_SVG11 + " []>", _SQUARE, "<!DOCTYPE"),
    "default-href": (_SVG11 + ' [<!ATTLIST image href CDATA "file:///etc/hostname">]>', '<image width="8"/>',
                     "<!DOCTYPE"),
    "stylesheet-in-subset": (_SVG11 + ' [<?xml-stylesheet href="file:///home/jan/a.css"?>]>', _SQUARE, "<!DOCTYPE"),
    "own-dtd": ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://127.0.0.1:8923/svg11.dtd">', _SQUARE,
                "<!DOCTYPE"),
    "system-only": ('<!DOCTYPE svg SYSTEM "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">', _SQUARE,
                    "<!DOCTYPE"),
    "other-public-id": ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1 Tiny//EN" '
                        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">', _SQUARE, "<!DOCTYPE"),
    "plain-one-in-a-comment": ("<!-- " + _SVG11 + "> -->" + _SVG11 + ' [<!ENTITY a "b">]>', _SQUARE, "<!DOCTYPE"),
    "stylesheet": ('<?xml-stylesheet href="file:///home/jan/a.css"?>', _SQUARE, "<?xml-stylesheet"),
    "other-instruction": ("", "<?php x?>" + _SQUARE, "<?php"),
    "image-with-doctype": (_SVG11 + ">", _FILE, "file:///home/jan/dowod.png"),
    "image-inside-link": ("", '<a xlink:href="#x">' + _FILE + "</a>", "file:///home/jan/dowod.png"),
    "image-with-xmp": ("", _XMP + _FILE, "file:///home/jan/dowod.png"),
    "use": ("", '<use xlink:href="file:///home/jan/rys.svg#a"/>', "file:///home/jan/rys.svg#a"),
    "feimage": ("", '<filter id="f"><feImage href="/home/jan/a.png"/></filter>', "/home/jan/a.png"),
    "link-styled": ("", '<a xlink:href="#x" style="fill:url(/home/jan/a.svg#p)">' + _SQUARE + "</a>", "url("),
}


def _said(tmp_path, prolog: str, inside: str) -> str:
    svg = (prolog + SVG.format(inside)).encode()
    return pdf._reaching_out(_package(tmp_path / "rys.docx", _PICTURE, extra={"word/media/image1.svg": svg}))


@pytest.mark.parametrize("prolog, inside", DRAWN.values(), ids=DRAWN.keys())
def test_an_svg_libreoffice_reads_nothing_for_converts(tmp_path, prolog, inside):
    assert _said(tmp_path, prolog, inside) == ""


@pytest.mark.parametrize("prolog, inside, named", REFUSED.values(), ids=REFUSED.keys())
def test_what_a_reader_acts_on_stays_refused(tmp_path, prolog, inside, named):
    said = _said(tmp_path, prolog, inside)
    assert "rysunek SVG" in said and named in said and "word/media/image1.svg" in said, said


def test_the_reviewers_illustrator_drawio_and_xmp_documents_convert_unrefused():
    """The reviewer's own inputs, where present on this machine."""
    from pathlib import Path

    inputs = Path("/work/review6/rev-pdf14/svg")
    found = [inputs / "v/illustrator-doctype.docx", inputs / "v/drawio-link.docx", inputs / "v2/xmp-xpacket.docx"]
    if not all(path.exists() for path in found):
        pytest.skip("rev-pdf14's inputs are not on this machine")
    assert [pdf._reaching_out(path) for path in found] == ["", "", ""]
