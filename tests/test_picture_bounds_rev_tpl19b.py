"""rev-tpl19 2 follow-up: bytes riding in an EMF record whose size its fields define (points, palette entries,
region data, a font's LogFont, a bitmap record's gaps) and in an animated PNG's frame data (after a frame's zlib
stream, rows past its height) reached the public picture – only fixed-size records and the still image's IDAT were
cut. Ordinary records and frames are copied byte for byte.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from pismo.render.metadata import stripped
from test_png_bounds_rev_tpl19 import EOF_RECORD, MARK, ROWS, TEXT, chunk, emf, record


def records(picture: bytes) -> list[tuple[int, bytes]]:
    found, at = [], struct.unpack("<I", picture[4:8])[0]
    while at < len(picture):
        kind, size = struct.unpack("<II", picture[at:at + 8])
        found.append((kind, picture[at:at + size]))
        at += size
    return found


POINTS16 = struct.pack("<4i", 0, 0, 9, 9) + struct.pack("<I", 2) + struct.pack("<4h", 1, 1, 8, 8)
POLYPOLY16 = struct.pack("<4i", 0, 0, 9, 9) + struct.pack("<II", 1, 2) + struct.pack("<I", 2) + struct.pack("<4h", 1, 1, 8, 8)
PALETTE = struct.pack("<IHH", 1, 0x300, 2) + b"\x00\x00\x00\x00\xff\xff\xff\x00"
ENTRIES = struct.pack("<III", 1, 0, 2) + b"\x00\x00\x00\x00\xff\xff\xff\x00"
REGION = struct.pack("<II", 48, 5) + struct.pack("<IIII", 32, 1, 1, 16) + struct.pack("<4i", 0, 0, 9, 9) * 2
FONT = struct.pack("<I", 1) + struct.pack("<5i8B", -16, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + \
    "Arial".encode("utf-16-le").ljust(64, b"\0")
BMI = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, 4, 0, 0, 0, 0)
BITS = b"\x13\x06\xe3\x00"


def dib(gap: bytes = b"", tail: bytes = b"") -> bytes:
    """EMR_STRETCHDIBITS: its 80 bytes of fields, a gap, the bitmap's header and bits, a tail."""
    at = 80 + len(gap)
    fields = struct.pack("<4i6i", 0, 0, 9, 9, 0, 0, 0, 0, 1, 1) + struct.pack("<IIII", at, 40, at + 40, 4) + \
        struct.pack("<IIii", 0, 0xCC0020, 1, 1)
    return record(81, fields + gap + BMI + BITS + tail)


RIDING = {
    "polyline16": record(87, POINTS16 + TEXT),
    "polypolygon16": record(91, POLYPOLY16 + TEXT),
    "createpalette": record(49, PALETTE + TEXT),
    "setpaletteentries": record(50, ENTRIES + TEXT),
    "extselectcliprgn": record(75, REGION + TEXT),
    "font past its LogFont": record(82, FONT + TEXT.ljust(228, b"\0")),  # a LogFontPanose's size: LogFont only
    "font with no design vector": record(82, FONT + TEXT.ljust(400, b"\0")),
    "bitmap gap and tail": dib(TEXT, TEXT),
}
PLAIN = {"polyline16": record(87, POINTS16), "polypolygon16": record(91, POLYPOLY16),
         "createpalette": record(49, PALETTE), "setpaletteentries": record(50, ENTRIES),
         "extselectcliprgn": record(75, REGION), "font": record(82, FONT), "bitmap": dib()}


@pytest.mark.parametrize("name", RIDING)
def test_bytes_riding_in_counted_emf_records_are_cut(name):
    kept = stripped(emf(RIDING[name], EOF_RECORD))
    assert TEXT not in kept and TEXT[:8] not in kept, name
    assert struct.unpack("<I", kept[48:52])[0] == len(kept)
    (kind, cut), = [(k, r) for k, r in records(kept) if k not in (1, 14)]
    assert len(cut) == len(PLAIN.get(name, PLAIN["font"] if kind == 82 else dib(TEXT))), name  # a gap stays, zeroed


def test_the_bitmap_a_record_points_to_stays():
    cut = [r for k, r in records(stripped(emf(dib(TEXT, TEXT), EOF_RECORD))) if k == 81][0]
    at, bmi, bits_at, bits = struct.unpack("<IIII", cut[48:64])
    assert cut[at:at + bmi] == BMI and cut[bits_at:bits_at + bits] == BITS and cut[80:at] == bytes(at - 80)


@pytest.mark.parametrize("name", PLAIN)
def test_ordinary_counted_records_are_copied_byte_for_byte(name):
    plain = emf(PLAIN[name], EOF_RECORD)
    assert stripped(plain) == plain, name


# --- an animated PNG's frames ----------------------------------------------------------------------------------

SMALL = b"".join(b"\0" + b"\x1d\x3f\x8f" * 2 for _ in range(2))  # a 2×2 frame's rows


def control(number: int, width: int, height: int) -> bytes:
    return chunk(b"fcTL", struct.pack(">IIIIIHHBB", number, width, height, 0, 0, 1, 10, 0, 0))


def apng(frame: bytes, split: bool = False) -> bytes:
    """A 4×4 picture, its first frame the image, a second frame of 2×2 in one fdAT or two."""
    data = [frame[:5], frame[5:]] if split else [frame]
    frames = b"".join(chunk(b"fdAT", struct.pack(">I", 2 + i) + part) for i, part in enumerate(data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) +
            chunk(b"acTL", struct.pack(">II", 2, 0)) + control(0, 4, 4) + chunk(b"IDAT", zlib.compress(ROWS)) +
            control(1, 2, 2) + frames + chunk(b"IEND", b""))


def chunks(picture: bytes) -> list[tuple[bytes, bytes]]:
    found, at = [], 8
    while at < len(picture):
        (length,) = struct.unpack(">I", picture[at:at + 4])
        found.append((picture[at + 4:at + 8], picture[at + 8:at + 8 + length]))
        at += 12 + length
    return found


@pytest.mark.parametrize("picture", [apng(zlib.compress(SMALL) + MARK), apng(zlib.compress(SMALL + b"\0" + MARK)),
                                     apng(zlib.compress(SMALL) + MARK, split=True)])
def test_bytes_riding_in_a_frame_are_cut(picture):
    kept = stripped(picture)
    frames = [body for kind, body in chunks(kept) if kind == b"fdAT"]
    assert MARK not in kept and zlib.decompress(b"".join(f[4:] for f in frames)) == SMALL
    numbers = [struct.unpack(">I", body[:4])[0] for kind, body in chunks(kept) if kind in (b"fcTL", b"fdAT")]
    assert numbers == list(range(len(numbers))), numbers


@pytest.mark.parametrize("split", [False, True])
def test_an_ordinary_animation_is_copied_byte_for_byte(split):
    plain = apng(zlib.compress(SMALL), split)
    assert stripped(plain) == plain


def test_a_fixed_record_the_first_table_missed_is_cut():
    """EMR_SCALEVIEWPORTEXTEX (24 bytes) declared longer."""
    kept = stripped(emf(record(31, struct.pack("<4i", 1, 1, 1, 1) + TEXT), EOF_RECORD))
    assert TEXT[:8] not in kept and [len(r) for k, r in records(kept) if k == 31] == [24]


def gradient(mode: int, tail: bytes = b"", padding: bytes = b"") -> bytes:
    """EMR_GRADIENTFILL: two vertices, one rectangle (8 bytes, then 4 of padding) or triangle (12 bytes)."""
    vertex = struct.pack("<iiHHHH", 0, 0, 0xff00, 0, 0, 0)
    item = struct.pack("<II", 0, 1) if mode != 2 else struct.pack("<III", 0, 1, 1)
    return record(118, struct.pack("<4iIII", 0, 0, 9, 9, 2, 1, mode) + vertex * 2 + item + padding + tail)


@pytest.mark.parametrize("mode", [0, 2])
def test_a_gradient_keeps_its_vertices_and_items_and_loses_what_rides(mode):
    padding = b"\0" * 4 if mode != 2 else b""
    plain = emf(gradient(mode, padding=padding), EOF_RECORD)
    assert stripped(plain) == plain  # a rectangle's padding kept, as Windows writes it
    kept = stripped(emf(gradient(mode, TEXT, b"ZZQ!" if mode != 2 else b""), EOF_RECORD))
    assert TEXT[:8] not in kept and b"ZZQ!" not in kept
    assert [r for k, r in records(kept) if k == 118] == [gradient(mode, padding=padding)]


def test_an_emfs_colour_space_and_profile_go():
    """As PNG's iCCP and WebP's ICCP: EMR_CREATECOLORSPACEW names a profile's file (a user's folder) and carries its
    data, EMR_SETICMPROFILEW the same; the drawing stays."""
    path = "C:\\Users\\jan.nowak\\profil.icc".encode("utf-16-le").ljust(520, b"\0")
    space = record(122, struct.pack("<I", 1) + struct.pack("<IIII", 0x50534F43, 0x400, 588, 0) + bytes(52) + path +
                   struct.pack("<II", 0, len(TEXT)) + TEXT)
    profile = record(113, struct.pack("<III", 0, 8, len(TEXT)) + b"p\0r\0f\0\0\0" + TEXT)
    line = record(87, POINTS16)
    kept = stripped(emf(space, record(100, struct.pack("<I", 1)), profile, line, EOF_RECORD))
    assert "jan.nowak".encode("utf-16-le") not in kept and TEXT[:8] not in kept
    assert [k for k, _ in records(kept)] == [87, 14]  # after the header
