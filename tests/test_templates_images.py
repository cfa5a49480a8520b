"""Issue 17, third templates review: pictures cost what LibreOffice spends on them, not what a partial reading shows.

Each input passed before its fix: a GIF read only up to 100 000 blocks (its huge last frame unseen), one picture
drawn many times under a budget that counted it once, SVG markers and masks drawn per vertex or as bitmaps, an
SVG picture in UTF-16 whose attributes were never read.
"""

from __future__ import annotations

import struct

import pytest

from pismo.render import images
from test_template_package import REL, jpeg, png, refused_everywhere, with_image, tiff, emf, wmf

_HEAD = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"


def _frame(side: int) -> bytes:
    return b"\x2c" + struct.pack("<HHHHB", 0, 0, side, side, 0) + b"\x02\x02\x4c\x01\x00"


def _gif(tiny: int, last: int) -> bytes:
    """tiny frames of 1 × 1, then one of last × last (finding 13's bomb when tiny is 100 000)."""
    return _HEAD + _frame(1) * tiny + _frame(last) + b"\x3b"


def _tiff_chain(count: int) -> bytes:
    """A TIFF of count empty directories, each pointing at the next."""
    blob = b"II*\0" + struct.pack("<I", 8)
    for i in range(count):
        blob += struct.pack("<HI", 0, 8 + 6 * (i + 1) if i + 1 < count else 0)
    return blob


def _emf_records(count: int) -> bytes:
    """An EMF header and count records of 8 bytes before its end: a reader stopping early sees no end."""
    header = emf(10, 10)[:-20]
    return header + struct.pack("<II", 70, 8) * count + struct.pack("<IIIII", 14, 20, 0, 16, 20)


def test_a_gif_with_a_huge_frame_after_100000_tiny_ones_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, with_image("a.gif", _gif(100_000, 16000)), "ponad 1000 klatek")


@pytest.mark.parametrize("blob", [_gif(1001, 1), _tiff_chain(100_001), _emf_records(100_001),
                                  b"\0" + (png(1, 1) * 100_001)], ids=["gif-frames", "tiff", "emf", "pngs-inside"])
def test_an_image_read_only_in_part_is_refused(blob):
    with pytest.raises(images.TooLarge, match="ponad"):
        images.check(blob)


def test_images_read_to_their_end_still_pass():
    assert images.check(_gif(999, 1)) > 0
    assert images.check(_tiff_chain(50)) == 0  # empty directories declare no pixels
    assert images.check(tiff(100, 100)) == 10_000
    assert images.check(_emf_records(1000)) > 0


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">{}</svg>'
_PATH = '<path d="M0 0' + " l0.01 0.01" * 50 + '" {}/>'
_UNBOUNDED = {
    # finding 4: a marker drawn at every vertex, by attribute, by style or by a style sheet
    "marker-attribute": SVG.format('<defs><marker id="m"><circle r="1"/></marker></defs>'
                                   + _PATH.format('marker-mid="url(#m)"')),
    "marker-in-a-style-sheet": SVG.format('<style>path { marker: url(#m) }</style><defs><marker id="m"><circle r="1"/>'
                                          '</marker></defs>' + _PATH.format("")),
    # finding 11: masks, also when only a style sheet uses them; clip paths and filters alike
    "mask-in-a-style-sheet": SVG.format('<style>.c { mask: url(#k) }</style><mask id="k"><rect width="5" height="5"/>'
                                        '</mask>' + '<rect class="c" width="5" height="5"/>' * 10),
    "clip-path": SVG.format('<clipPath id="k"><rect width="5" height="5"/></clipPath><rect clip-path="url(#k)" '
                            'width="9" height="9"/>'),
    "filter": SVG.format('<filter id="f"><feGaussianBlur stdDeviation="3"/></filter><rect filter="url(#f)" width="9" '
                         'height="9"/>'),
}


@pytest.mark.parametrize("name", list(_UNBOUNDED))
def test_svg_drawn_at_a_cost_its_size_does_not_bound_is_refused(name):
    from lxml import etree
    with pytest.raises(images.TooLarge, match=r"\((marker|mask|clipPath|filter)\)"):
        images.check_svg(etree.ElementTree(etree.fromstring(_UNBOUNDED[name].encode())))


def test_an_svg_marker_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, with_image("a.svg", _UNBOUNDED["marker-attribute"].encode()), "(marker)")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-7"])
def test_an_svg_not_in_utf8_is_refused_everywhere(tmp_path, encoding):
    """Finding 10: in UTF-16 a file: link is no word in the bytes that the attribute checks look for first
    (refused for its zero bytes); in UTF-7 it can be written in ASCII letters that spell no link."""
    svg = f'<?xml version="1.0" encoding="{encoding}"?>' + SVG.format('<image width="10" height="10" '
                                                                      'xlink:href="file:///etc/passwd"/>')
    blob = svg.encode("utf-16-le" if encoding == "utf-16-le" else encoding)
    refused_everywhere(tmp_path, with_image("a.svg", blob), "w UTF-8")


_GRADIENT = ('<defs><{kind} id="g" gradientUnits="userSpaceOnUse" x2="1" r="1" {spread}><stop offset="0" '
             'stop-color="red"/><stop offset="1" stop-color="blue"/></{kind}></defs>'
             '<rect width="1000000" height="1" fill="url(#g)"/>')
_SPREADS = {
    "linear-repeat": _GRADIENT.format(kind="linearGradient", spread='spreadMethod="repeat"'),
    "radial-reflect": _GRADIENT.format(kind="radialGradient", spread='spreadMethod=" reflect "'),
    "in-a-style": _GRADIENT.format(kind="linearGradient", spread='style="spreadMethod: repeat"'),
    "in-a-style-sheet": '<style>linearGradient { spreadMethod:reflect }</style>'
                        + _GRADIENT.format(kind="linearGradient", spread=""),
}


@pytest.mark.parametrize("name", list(_SPREADS))
def test_an_svg_gradient_that_repeats_is_refused(name):
    """Finding 9 of the fourth template review: a repeating gradient is drawn band by band (948 bytes: 44 s, 4 GB)."""
    from lxml import etree
    with pytest.raises(images.TooLarge, match=r"spreadMethod=(repeat|reflect)"):
        images.check_svg(etree.ElementTree(etree.fromstring(SVG.format(_SPREADS[name]).encode())))


def test_an_svg_gradient_that_repeats_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, with_image("a.svg", SVG.format(_SPREADS["linear-repeat"]).encode()),
                       "spreadMethod=repeat")


def test_an_svg_gradient_padded_still_passes():
    from lxml import etree
    for spread in ('spreadMethod="pad"', ""):
        svg = SVG.format(_GRADIENT.format(kind="linearGradient", spread=spread))
        assert images.check_svg(etree.ElementTree(etree.fromstring(svg.encode()))) == 0


def test_a_plain_svg_icon_still_passes():
    from lxml import etree
    images.check_svg(etree.ElementTree(etree.fromstring(SVG.format(
        '<defs><linearGradient id="g"/></defs><circle r="4" fill="url(#g)"/>' + _PATH.format("")).encode())))


# finding 7: one picture drawn many times is decoded each time
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_BLIP = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
         '<wp:extent cx="9525" cy="9525"/><wp:docPr id="{n}" name="o{n}"/><a:graphic '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.'
         'openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/'
         '2006/picture"><pic:nvPicPr><pic:cNvPr id="{n}" name="o{n}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
         '<a:blip r:embed="rId90"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline>'
         '</w:drawing></w:r>')


def _drawn(times: int, side: int = 6000, loop: int = 0) -> dict:
    """plan.docx drawing one side × side PNG times times in its first paragraph, inside a {%p for %} of loop
    rounds when loop is given."""
    from test_template_package import ANCHOR, DOC
    body = "".join(_BLIP.format(n=100 + i) for i in range(times))
    spec = with_image("a.png", png(side, side))
    if loop:
        edit = lambda xml: xml.replace(  # noqa: E731
            "<w:body>", f'<w:body><w:p><w:r><w:t>{{%p for i in range({loop}) %}}</w:t></w:r></w:p><w:p>{body}</w:p>'
                        '<w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>', 1)
    else:
        edit = lambda xml: xml.replace(ANCHOR, ANCHOR + body, 1)  # noqa: E731
    spec["edits"] = {**spec["edits"], DOC: edit}
    return spec


@pytest.mark.parametrize("spec", [_drawn(2), _drawn(1, loop=2)], ids=["drawn-twice", "drawn-in-a-loop"])
def test_one_picture_drawn_over_the_budget_is_refused_everywhere(tmp_path, spec):
    refused_everywhere(tmp_path, spec, "obrazy rysowane w dokumencie mają razem ponad 60 mln pikseli")


def test_an_svg_drawing_one_image_by_use_weighs_each_use():
    import base64
    from lxml import etree
    data = base64.b64encode(png(6000, 6000)).decode()
    svg = SVG.format(f'<defs><image id="im" width="9" height="9" xlink:href="data:image/png;base64,{data}"/></defs>'
                     + '<use xlink:href="#im"/>' * 2)
    with pytest.raises(images.TooLarge, match="przy rysowaniu mają razem"):
        images.check_svg(etree.ElementTree(etree.fromstring(svg.encode())))


def test_a_picture_drawn_a_few_times_within_the_budget_passes(tmp_path):
    from conftest import run
    from helpers import LECZNA
    from test_template_package import build
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(_drawn(3, side=1000, loop=3)))
    assert run("szablony", "sprawdz", folder).exit_code == 0
    assert run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out").exit_code == 0


@pytest.mark.parametrize("xml", [
    '<a xmlns:r="r"><b z="a b" r:embed="rId5"/><b r:embed = \' rId5 \'/></a>',  # a spaced value, other quotes
    '<a xmlns:r="r"><b r:embed="&#114;Id5"/><b r:embed="rId5"/></a>',  # written by character reference
])
def test_every_use_of_a_picture_is_counted(xml):
    from pismo.render import reach
    assert reach.drawn_pixels(xml.encode(), {"rId5": 7, "rId6": 100}) == 14


# --- the fourth templates review of issue 17 ----------------------------------------------------------------------

def _wmf_with(*records: bytes) -> bytes:
    """A placeable WMF of 10 × 10 pixels whose records are the given ones (each: function, parameters)."""
    body = b"".join(struct.pack("<IH", 3 + len(params) // 2, function) + params for function, params in records)
    head = wmf(10, 10)
    return head[:-6] + body + struct.pack("<IH", 3, 0)


def _dib_header(side: int) -> bytes:
    return struct.pack("<IiiHHIIiiII", 40, side, side, 1, 8, 1, 0, 0, 0, 0, 0)


def _emf_comment(blob: bytes) -> bytes:
    """META_ESCAPE's MFCOMMENT carrying a whole EMF in one piece ("WMFC", META_ESCAPE_ENHANCED_METAFILE)."""
    blob += b"\0" * (len(blob) % 2)
    return (struct.pack("<HH", 0x000F, 34 + len(blob)) + b"WMFC" + struct.pack("<IIHIIIII", 1, 0x10000, 0, 0, 1,
                                                                               len(blob), 0, len(blob)) + blob)


def test_a_wmf_pattern_brush_is_measured():
    """Finding 2: a 16000 × 16000 DIB in META_DIBCREATEPATTERNBRUSH passed (five of them: a 26 s PDF run)."""
    with pytest.raises(images.TooLarge, match="16000 × 16000"):
        images.check(_wmf_with((0x0142, struct.pack("<HH", 5, 0) + _dib_header(16000))))
    assert images.check(_wmf_with((0x0142, struct.pack("<HH", 5, 0) + _dib_header(100)))) == images.check(_wmf_with()) + 10_000


@pytest.mark.parametrize("record", [(0x01F9, struct.pack("<HHHHBB", 0, 16000, 16000, 2000, 1, 1) + b"\0" * 20),
                                    (0x0922, struct.pack("<I6h", 0xCC0020, 0, 0, 9, 9, 0, 0)
                                     + struct.pack("<HHHHBB", 0, 16000, 16000, 2000, 1, 1)),
                                    (0x0B23, struct.pack("<I8h", 0xCC0020, 9, 9, 0, 0, 9, 9, 0, 0)
                                     + struct.pack("<HHHHBB", 0, 16000, 16000, 2000, 1, 1))],
                         ids=["createpatternbrush", "bitblt", "stretchblt"])
def test_a_wmf_old_bitmap_pismo_does_not_read_is_refused(record):
    with pytest.raises(images.TooLarge, match="starą bitmapę"):
        images.check(_wmf_with(record))


def test_a_wmf_bitblt_without_a_bitmap_still_passes():
    assert images.check(_wmf_with((0x0922, struct.pack("<I7h", 0xF00021, 0, 0, 0, 9, 9, 0, 0)))) == images.check(_wmf_with())


def test_an_emf_embedded_in_a_wmf_is_measured():
    """LibreOffice draws the EMF a WMF carries in its comments instead of the WMF's own records."""
    with pytest.raises(images.TooLarge, match="20000 × 20000"):
        images.check(_wmf_with((0x0626, _emf_comment(emf(20000, 20000)))))
    assert images.check(_wmf_with((0x0626, _emf_comment(emf(10, 10))))) > 0


def test_a_wmf_pattern_brush_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, with_image("a.wmf", _wmf_with((0x0142, struct.pack("<HH", 5, 0) + _dib_header(16000)))),
                       "16000 × 16000")


def _tiff_overlapping(count: int) -> bytes:
    """Finding 6: count directories, each declaring 65 535 entries that overlap the next directories."""
    entries = 2 + 12 * 65535
    blob = bytearray(b"\xff" * (8 + 8 * count + entries + 16))
    blob[0:8] = b"MM\0*" + struct.pack(">I", 8)
    for i in range(count):
        struct.pack_into(">H", blob, 8 + 4 * i, 65535)
        struct.pack_into(">I", blob, 8 + 4 * i + entries, 8 + 4 * (i + 1) if i + 1 < count else 0)
    return bytes(blob)


def test_a_tiff_of_many_overlapping_directories_is_refused():
    """600 such directories kept sprawdz busy past 150 s; the entries of all directories count together."""
    with pytest.raises(images.TooLarge, match="ponad 100 000 rekordów, klatek"):
        images.check(_tiff_overlapping(3))


def _in_footer(side: int) -> dict:
    """plan.docx whose footer draws one side × side PNG (drawn on every page of the letter)."""
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId90" Type="{REL}image" '
            'Target="media/a.png"/></Relationships>')
    return {"edits": {"word/footer1.xml": lambda xml: xml.replace("</w:p>", _BLIP.format(n=200) + "</w:p>", 1)},
            "extra": [("word/_rels/footer1.xml.rels", rels.encode()), ("word/media/a.png", png(side, side))]}


def test_a_footer_picture_is_weighed_for_many_pages_everywhere(tmp_path):
    """Finding 4: a 36 Mpx picture in the footer of a 32-page letter took 58 s (LibreOffice draws it on each page)."""
    checked, _made = refused_everywhere(tmp_path, _in_footer(6000), "stopce albo w powtarzanym wierszu nagłówka "
                                        "tabeli liczy się jak na 10 stronach")
    assert "najwięcej w części word/footer1.xml" in checked.output


def test_a_footer_logo_still_passes(tmp_path):
    from conftest import run
    from helpers import LECZNA
    from test_template_package import build
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(_in_footer(1000)))
    assert run("szablony", "sprawdz", folder).exit_code == 0
    assert run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out").exit_code == 0


def _emf_plus(image: bytes, continued: bool = False) -> bytes:
    """An EMF whose EMF+ comment holds one image object (EmfPlusImage), whole or as the first of two pieces."""
    flags = (5 << 8) | (0x8000 if continued else 0)
    data = (struct.pack("<I", len(image) * 2) if continued else b"") + image
    record = struct.pack("<HHII", 0x4008, flags, 12 + len(data), len(data)) + data
    record += b"\0" * (-len(record) % 4)
    comment = struct.pack("<III", 70, 16 + len(record), 4 + len(record)) + b"EMF+" + record
    if continued:  # the second piece: bytes of the object, no header of its own
        rest = struct.pack("<HHII", 0x4008, 5 << 8, 12 + 16, 16) + b"\xff" * 16
        comment += struct.pack("<III", 70, 16 + len(rest), 4 + len(rest)) + b"EMF+" + rest
    head = emf(10, 10)
    return head[:-20] + comment + head[-20:]


def _emf_plus_bitmap(width: int, height: int, compressed: bytes = b"") -> bytes:
    return struct.pack("<IIiiiiI", 0xDBC01002, 1, width, height, 0, 0x26200A, 1 if compressed else 0) + compressed


@pytest.mark.parametrize("image", [_emf_plus_bitmap(10, 10, jpeg(16000, 16000)), _emf_plus_bitmap(16000, 16000)],
                         ids=["jpeg", "pixels"])
@pytest.mark.parametrize("continued", [False, True], ids=["whole", "in-pieces"])
def test_a_bitmap_in_an_emf_plus_comment_is_measured(image, continued):
    """One step beside finding 2: LibreOffice draws EMF+ images too; only PNGs inside an EMF were measured."""
    with pytest.raises(images.TooLarge, match="16000 × 16000"):
        images.check(_emf_plus(image, continued))


def test_a_metafile_in_an_emf_plus_comment_is_refused():
    with pytest.raises(images.TooLarge, match="EMF\\+"):
        images.check(_emf_plus(struct.pack("<IIII", 0xDBC01002, 2, 3, 8) + emf(10, 10)[:8]))


def test_a_small_bitmap_in_an_emf_plus_comment_passes():
    assert images.check(_emf_plus(_emf_plus_bitmap(10, 10, jpeg(100, 100)))) >= 10_000
    assert images.check(_emf_plus(_emf_plus_bitmap(10, 10, png(100, 100)), continued=True)) >= 10_000
