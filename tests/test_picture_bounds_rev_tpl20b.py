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


# --- rev-tpl20 12: palette entries no pixel uses ----------------------------------------------------------------

def _filtered(rows: list[bytes], kind: int) -> bytes:
    """Rows of one byte per pixel filtered by kind (0 none, 1 sub, 2 up, 3 average, 4 Paeth)."""
    out, previous = b"", bytes(len(rows[0]))
    for row in rows:
        line = bytearray()
        for i, value in enumerate(row):
            left, up, corner = (row[i - 1] if i else 0), previous[i], (previous[i - 1] if i else 0)
            estimate = left + up - corner
            paeth = min((abs(estimate - left), 0, left), (abs(estimate - up), 1, up),
                        (abs(estimate - corner), 2, corner))[2]
            line.append((value - (0, left, up, (left + up) // 2, paeth)[kind]) & 255)
        out += bytes([kind]) + bytes(line)
        previous = row
    return out


def _palette_png(kind: int, frame: bytes = b"") -> bytes:
    from test_png_bounds_rev_tpl19 import chunk
    palette = b"\xe3\x06\x13\xff\xff\xff" + (RIDE * 20)[:254 * 3]
    rows = [bytes((x // 4 + y // 4) % 2 for x in range(16)) for y in range(16)]
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 3, 0, 0, 0)) +
            chunk(b"PLTE", palette) + chunk(b"tRNS", b"\xff" * 2 + RIDE[:40]) + frame +
            chunk(b"IDAT", __import__("zlib").compress(_filtered(rows, kind))) + chunk(b"IEND", b""))


@pytest.mark.parametrize("kind", [0, 1, 2, 3, 4])
def test_palette_entries_no_pixel_uses_are_zeroed(kind):
    from test_picture_bounds_rev_tpl19b import chunks
    kept = stripped(_palette_png(kind))
    palette = dict(chunks(kept))[b"PLTE"]
    assert RIDE[:6] not in kept and palette[:6] == b"\xe3\x06\x13\xff\xff\xff" and palette[6:] == bytes(254 * 3)
    assert dict(chunks(kept))[b"tRNS"] == b"\xff\xff" + bytes(40)


def test_a_palette_every_entry_of_which_is_used_is_kept_byte_for_byte():
    from test_png_bounds_rev_tpl19 import chunk
    import zlib
    rows = [bytes(range(16 * y, 16 * y + 16)) for y in range(16)]
    picture = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 3, 0, 0, 0)) +
               chunk(b"PLTE", bytes(range(256)) * 3) + chunk(b"IDAT", zlib.compress(_filtered(rows, 4))) +
               chunk(b"IEND", b""))
    assert stripped(picture) == picture


def test_an_entry_only_a_frame_uses_stays():
    import zlib
    from test_picture_bounds_rev_tpl19b import chunks, control
    from test_png_bounds_rev_tpl19 import chunk
    picture = _palette_png(0)
    frame = (control(1, 2, 2) + chunk(b"fdAT", struct.pack(">I", 2) + zlib.compress(b"\0\x02\x02\0\x02\x02")))
    at = picture.index(b"IEND") - 4
    picture = picture[:at] + frame + picture[at:]
    at = picture.index(b"PLTE") - 4
    picture = picture[:at] + chunk(b"acTL", struct.pack(">II", 2, 0)) + control(0, 16, 16) + picture[at:]
    palette = dict(chunks(stripped(picture)))[b"PLTE"]
    assert palette[6:9] == RIDE[:3] and palette[9:] == bytes(253 * 3)


def test_an_interlaced_picture_of_two_bits_keeps_the_entries_it_uses():
    import zlib
    from test_picture_bounds_rev_tpl19b import chunks
    from test_png_bounds_rev_tpl19 import chunk
    # 8 × 8, 2 bits a pixel, every pixel index 1: each pass's rows are 0x55 bytes after a filter byte 0
    rows = b""
    for x, y, dx, dy in ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
                         (0, 1, 1, 2)):
        columns, count = -(-(8 - x) // dx), -(-(8 - y) // dy)
        rows += (b"\0" + b"\x55" * -(-columns * 2 // 8)) * count
    picture = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 2, 3, 0, 0, 1)) +
               chunk(b"PLTE", b"\0\0\0\xff\xff\xffZZQ" + RIDE[:3]) + chunk(b"IDAT", zlib.compress(rows)) +
               chunk(b"IEND", b""))
    assert dict(chunks(stripped(picture)))[b"PLTE"] == b"\0\0\0\xff\xff\xff" + bytes(6)


def _lzw(pixels: bytes, minimum: int = 8) -> bytes:
    """Pixels as GIF LZW codes of minimum + 1 bits, a clear code before every 200 (the table never grows past a
    width), the end code last."""
    codes = []
    for i, pixel in enumerate(pixels):
        if i % 200 == 0:
            codes.append(1 << minimum)
        codes.append(pixel)
    codes.append((1 << minimum) + 1)
    store = bits = 0
    out = bytearray()
    for code in codes:
        store |= code << bits
        bits += minimum + 1
        while bits >= 8:
            out.append(store & 255)
            store, bits = store >> 8, bits - 8
    return bytes(out) + (bytes([store]) if bits else b"")


def _gif(table: bytes, data: bytes, local: bool = False) -> bytes:
    blocks = b"".join(bytes([len(data[k:k + 255])]) + data[k:k + 255] for k in range(0, len(data), 255)) + b"\0"
    flags = 0x80 | (len(table) // 3).bit_length() - 2
    screen = struct.pack("<HHBBB", 16, 16, 0 if local else 0xF0 | flags & 7, 0, 0) + (b"" if local else table)
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, 16, 16, flags if local else 0) + (table if local else b"")
    return b"GIF89a" + screen + image + b"\x08" + blocks + b"\x3b"


CHEQUER = bytes((x // 4 + y // 4) % 2 for y in range(16) for x in range(16))
TABLE = b"\xe3\x06\x13\xff\xff\xff" + (RIDE * 20)[:254 * 3]


@pytest.mark.parametrize("local", [False, True])
def test_gif_colour_table_entries_no_pixel_uses_are_zeroed(local):
    kept = stripped(_gif(TABLE, _lzw(CHEQUER), local))
    assert RIDE[:6] not in kept and b"\xe3\x06\x13\xff\xff\xff" + bytes(254 * 3) in kept


def test_bytes_after_a_gif_images_end_code_are_cut():
    kept = stripped(_gif(TABLE[:6] + bytes(250 * 3) + b"ZZQ" * 4, _lzw(CHEQUER) + RIDE))
    assert RIDE[:6] not in kept and b"ZZQ" not in kept
    assert stripped(kept) == kept == _gif(TABLE[:6] + bytes(254 * 3), _lzw(CHEQUER))


def test_an_ordinary_gif_is_copied_byte_for_byte():
    picture = _gif(bytes(range(256)) * 3, _lzw(bytes(range(256))))
    assert stripped(picture) == picture
