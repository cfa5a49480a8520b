"""rev-tpl21 2, 7–13: the public picture keeps only the bytes a reader draws with. A truecolour PNG's suggested
palette (PLTE), a bKGD or sBIT longer than its colour type's, a PNG's or BMP's row padding, a BMP's colour-table
entries no pixel indexes (a 24-bit one's whole table), an RLE bitmap's bytes after its end code, WMF bitmap records'
bytes after their DIB, EMF+ objects' bytes after their object, a WebP's bytes after its frame's partitions and a
JPEG's between its last entropy-coded byte and EOI all carried free text into the public version. Pictures drawn
only with what they need are copied byte for byte.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from pismo.render.metadata import stripped
from test_png_palette_rev_tpl20c import chunk, chunks

RIDE = b"ZZQ Jan Nowak ul. Lipowa 5 PESEL 80010112345 "


def png(colour: int, middle: bytes, depth: int = 8, width: int = 4, rows: bytes | None = None) -> bytes:
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    length = -(-width * depth * channels // 8)
    rows = b"".join(b"\0" + bytes(range(7, 7 + length)) for _ in range(4)) if rows is None else rows
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, 4, depth, colour, 0, 0, 0)) + \
        middle + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# --- 2: a truecolour PNG's PLTE, 9: bKGD and sBIT by colour type -----------------------------------------------

@pytest.mark.parametrize("colour", [2, 6])
def test_a_truecolour_pictures_suggested_palette_goes(colour):
    picture = png(colour, chunk(b"PLTE", (RIDE * 20)[:768]))
    kept = stripped(picture)
    assert RIDE[:8] not in kept and b"PLTE" not in chunks(kept)
    assert chunks(kept)[b"IDAT"] == chunks(picture)[b"IDAT"]  # the pixels are those of the picture


@pytest.mark.parametrize("colour, kind, body", [
    (3, b"bKGD", b"\0ZQ1a2"), (3, b"sBIT", b"\x08\x08\x08Z"), (0, b"bKGD", b"\0\0ZQ34"), (0, b"sBIT", b"\x08Z"),
    (4, b"sBIT", b"\x08\x08ZQ"), (2, b"sBIT", b"\x08\x08\x08Z"), (0, b"bKGD", b"\0")])
def test_bkgd_and_sbit_of_another_length_than_the_colour_types_go(colour, kind, body):
    palette = chunk(b"PLTE", b"\x10\x20\x30" * 16) if colour == 3 else b""
    kept = stripped(png(colour, palette + chunk(kind, body)))
    assert kind not in chunks(kept)


@pytest.mark.parametrize("colour, middle", [
    (3, chunk(b"PLTE", bytes(range(3, 15))) + chunk(b"sBIT", b"\x08\x08\x08") + chunk(b"bKGD", b"\x03")),
    (0, chunk(b"sBIT", b"\x08") + chunk(b"bKGD", b"\0\x07")), (4, chunk(b"sBIT", b"\x08\x08")),
    (2, chunk(b"sBIT", b"\x08\x08\x08") + chunk(b"bKGD", bytes(6))), (6, chunk(b"sBIT", b"\x08" * 4))])
def test_pictures_with_chunks_of_their_colour_types_size_are_kept_byte_for_byte(colour, middle):
    picture = png(colour, middle, rows=b"\0\0\1\2\3" * 4 if colour == 3 else None)
    assert stripped(picture) == picture
