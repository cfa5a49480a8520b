"""rev-tpl20 10, 11: bytes riding in metafile records reached the public picture – EMF+ records (inside the EMF
comment „EMF+” Office writes with every chart saved as a picture) were copied whole, and WMF records had no cut at
all: text after a record's parameters, in a record of no known function or in a header declared longer than its
9 words went out as it came.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct

import pytest

from pismo.render.metadata import stripped
from test_png_bounds_rev_tpl19 import EOF_RECORD, emf, record

RIDE = b"ZZQ13 Jan Nowak ul. Lipowa 5 PESEL 80010112345\0\0"


def plus(kind: int, flags: int, data: bytes, declared: int | None = None) -> bytes:
    data += b"\0" * (-len(data) % 4)
    return struct.pack("<HHII", kind, flags, 12 + len(data), len(data) if declared is None else declared) + data


HEADER = plus(0x4001, 1, struct.pack("<IIII", 0xDBC01002, 0, 96, 96))


def dual(*records: bytes) -> bytes:
    """An EMF+ dual picture: its EMF+ records in one comment, then the GDI end."""
    body = HEADER + b"".join(records)
    return emf(record(70, struct.pack("<I", 4 + len(body)) + b"EMF+" + body), EOF_RECORD)


RIDING_PLUS = {
    "SetAntiAliasMode, its DataSize 0": plus(0x401E, 1, RIDE, 0),
    "SetAntiAliasMode, its DataSize the text": plus(0x401E, 1, RIDE),
    "EndOfFile": plus(0x4002, 0, RIDE),
    "Clear": plus(0x4009, 0, struct.pack("<I", 0xFFFFFFFF) + RIDE),
    "SetWorldTransform": plus(0x402A, 0, struct.pack("<6f", 1, 0, 0, 1, 0, 0) + RIDE),
    "FillEllipse (compressed rectangle)": plus(0x400E, 0x4000, struct.pack("<I4h", 0, 0, 0, 9, 9) + RIDE),
    "FillRects": plus(0x400A, 0, struct.pack("<II4f", 0, 1, 0, 0, 9, 9) + RIDE),
    "DrawLines": plus(0x400D, 0x4000, struct.pack("<I4h", 2, 0, 0, 9, 9) + RIDE),
    "a reserved type (MultiFormatSection)": plus(0x4006, 0, RIDE),
    "a type past the last": plus(0x4050, 0, RIDE),
}


@pytest.mark.parametrize("name", list(RIDING_PLUS))
def test_bytes_riding_in_emf_plus_records_are_cut(name):
    assert RIDE[:12] not in stripped(dual(RIDING_PLUS[name]))


def test_text_past_the_emf_plus_header_is_cut():
    riding = plus(0x4001, 1, struct.pack("<IIII", 0xDBC01002, 0, 96, 96) + RIDE)
    body = riding + plus(0x4002, 0, b"")
    picture = emf(record(70, struct.pack("<I", 4 + len(body)) + b"EMF+" + body), EOF_RECORD)
    kept = stripped(picture)
    assert RIDE[:12] not in kept and HEADER in kept


def test_ordinary_emf_plus_records_are_copied_byte_for_byte():
    drawing = [plus(0x401E, 1, b""), plus(0x4009, 0, struct.pack("<I", 0xFFFFFFFF)),
               plus(0x400E, 0x4000, struct.pack("<I4h", 0, 0, 0, 9, 9)),
               plus(0x400A, 0, struct.pack("<II4f", 0, 1, 0, 0, 9, 9)),
               plus(0x400D, 0x4000 | 0x0800, struct.pack("<I", 2) + b"\x01\x01\x02\x02"),  # relative: as it is
               plus(0x4008, 0x0100, struct.pack("<III", 0xDBC01002, 0, 0xFF00FF00)),  # a brush object
               plus(0x4002, 0, b"")]
    picture = dual(*drawing)
    assert stripped(picture) == picture


# --- rev-tpl20 11: WMF ----------------------------------------------------------------------------------------

def wmf_record(function: int, params: bytes) -> bytes:
    return struct.pack("<IH", (6 + len(params)) // 2, function) + params


BRUSH = wmf_record(0x02FC, struct.pack("<HIH", 0, 0x0000FF, 0))
SELECT = wmf_record(0x012D, struct.pack("<H", 0))
RECTANGLE = wmf_record(0x041B, struct.pack("<hhhh", 500, 900, 0, 0))
POLYGON = wmf_record(0x0324, struct.pack("<H6h", 3, 0, 0, 9, 0, 5, 9))
TEXT_OUT = wmf_record(0x0521, struct.pack("<H", 5) + b"Pilne\0" + struct.pack("<hh", 10, 10))


def wmf(*records: bytes, header_words: int = 9, extra: bytes = b"") -> bytes:
    body = b"".join(records) + wmf_record(0, b"")
    head = struct.pack("<HHHIHIH", 1, header_words, 0x300, 0, 1, 0, 0) + extra
    head = head[:6] + struct.pack("<I", (len(head) + len(body)) // 2) + head[10:]
    placeable = struct.pack("<IHhhhhHI", 0x9AC6CDD7, 0, 0, 0, 1000, 600, 1440, 0)
    checksum = 0
    for at in range(0, 20, 2):
        checksum ^= struct.unpack("<H", placeable[at:at + 2])[0]
    return placeable + struct.pack("<H", checksum) + head + body


RIDING_WMF = {
    "after a state record's parameter": wmf(BRUSH, SELECT, wmf_record(0x0102, struct.pack("<H", 1) + RIDE), RECTANGLE),
    "after a rectangle": wmf(BRUSH, SELECT, wmf_record(0x041B, struct.pack("<hhhh", 500, 900, 0, 0) + RIDE)),
    "in a record of no known function": wmf(BRUSH, SELECT, wmf_record(0x0999, RIDE), RECTANGLE),
    "after a polygon's points": wmf(BRUSH, SELECT, wmf_record(0x0324, POLYGON[6:] + RIDE)),
    "in the header past its 9 words": wmf(BRUSH, SELECT, RECTANGLE, header_words=9 + len(RIDE) // 2, extra=RIDE),
}


@pytest.mark.parametrize("name", list(RIDING_WMF))
def test_bytes_riding_in_wmf_records_are_cut(name):
    kept = stripped(RIDING_WMF[name])
    assert RIDE[:12] not in kept
    assert RECTANGLE in kept or POLYGON in kept
    assert struct.unpack("<H", kept[24:26])[0] == 9  # the header's own size


def test_an_ordinary_wmf_is_copied_byte_for_byte():
    picture = wmf(BRUSH, SELECT, RECTANGLE, POLYGON, TEXT_OUT)
    assert stripped(picture) == picture


def test_the_placeable_headers_reserved_bytes_are_zeroed():
    picture = bytearray(wmf(BRUSH, SELECT, RECTANGLE))
    picture[16:20] = b"ZZQ1"
    kept = stripped(bytes(picture))
    assert kept[16:20] == b"\0\0\0\0" and kept == wmf(BRUSH, SELECT, RECTANGLE)
