"""rev-tpl19 2: bytes riding in a PNG's critical chunks – after the image data's zlib stream, as rows past the
height, in palette entries no pixel can index, in an over-long tRNS, IHDR or IEND – reached the public picture."""

from __future__ import annotations

import struct
import zlib

import pytest

from pismo.render.metadata import stripped

MARK = b"ZZQ Jan Nowak PESEL 80010112345"
ROWS = b"".join(b"\0" + b"\xe3\x06\x13" * 4 for _ in range(4))


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(header: bytes = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0), middle: bytes = b"",
        data: bytes = zlib.compress(ROWS), end: bytes = b"") -> bytes:
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + middle + chunk(b"IDAT", data) + chunk(b"IEND", end)


def inflated(picture: bytes) -> bytes:
    at = picture.find(b"IDAT") - 4
    return zlib.decompress(picture[at + 8:at + 8 + struct.unpack(">I", picture[at:at + 4])[0]])


PALETTE = struct.pack(">IIBBBBB", 8, 1, 1, 3, 0, 0, 0)  # 1 bit a pixel: 2 colours
CASES = {
    "tRNS": png(middle=chunk(b"tRNS", b"\0" * 6 + MARK.ljust(200, b"."))),
    "after the stream": png(data=zlib.compress(ROWS) + MARK),
    "rows past the height": png(data=zlib.compress(ROWS + b"\0" + MARK)),
    "IEND": png(end=MARK),
    "IHDR": png(header=struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0) + MARK),
    "PLTE": png(PALETTE, chunk(b"PLTE", b"\0\0\0\xff\xff\xff" + MARK.ljust(48, b".")), zlib.compress(b"\0\x55")),
}


@pytest.mark.parametrize("name", CASES)
def test_riding_bytes_are_cut(name):
    kept = stripped(CASES[name])
    assert MARK not in kept and MARK[:6] not in inflated(kept), name


def test_a_plain_picture_is_copied_byte_for_byte_and_its_rows_kept():
    plain = png(middle=chunk(b"tRNS", b"\0" * 6))
    assert stripped(plain) == plain
    assert inflated(stripped(CASES["after the stream"])) == ROWS
    assert b"\xff\xff\xff" in stripped(CASES["PLTE"])


# --- the same for EMF: records longer than their type defines --------------------------------------------------

TEXT = "ZZQ Jan Nowak PESEL 80010112345 ".encode("utf-16-le")


def record(kind: int, data: bytes) -> bytes:
    return struct.pack("<II", kind, 8 + len(data)) + data


def emf(*records: bytes, extra: bytes = b"") -> bytes:
    header = record(1, struct.pack("<4i4i", 0, 0, 99, 99, 0, 0, 2600, 2600) + b" EMF" +
                    struct.pack("<IIIHHIII", 0x10000, 0, 0, 1, 0, 0, 0, 0) + struct.pack("<iiii", 1920, 1080, 508, 286)
                    + struct.pack("<III", 0, 0, 0) + extra)
    body = header + b"".join(records)
    return body[:48] + struct.pack("<II", len(body), 1 + len(records)) + body[56:]


EOF_RECORD = record(14, struct.pack("<III", 0, 16, 20))


@pytest.mark.parametrize("picture", [emf(record(18, struct.pack("<I", 1) + TEXT), EOF_RECORD),
                                     emf(record(14, struct.pack("<III", 0, 16, 20 + len(TEXT)) + TEXT)),
                                     emf(EOF_RECORD, extra=bytes(8) + TEXT)])  # past the micrometres
def test_bytes_riding_in_emf_records_are_cut(picture):
    kept = stripped(picture)
    assert TEXT not in kept and TEXT[:8] not in kept
    assert struct.unpack("<I", kept[48:52])[0] == len(kept)


def test_a_plain_emf_is_copied_byte_for_byte():
    plain = emf(record(18, struct.pack("<I", 1)), EOF_RECORD)
    assert stripped(plain) == plain
