"""Issue 17, third templates review: pictures cost what LibreOffice spends on them, not what a partial reading shows.

Each input passed before its fix: a GIF read only up to 100 000 blocks (its huge last frame unseen), one picture
drawn many times under a budget that counted it once, SVG markers and masks drawn per vertex or as bitmaps, an
SVG picture in UTF-16 whose attributes were never read.
"""

from __future__ import annotations

import struct

import pytest

from pismo.render import images
from test_template_package import png, refused_everywhere, with_image, tiff, emf

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
