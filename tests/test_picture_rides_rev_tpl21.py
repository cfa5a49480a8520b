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

from pismo.render import metadata
from pismo.render.metadata import Unreadable, stripped
from test_png_palette_rev_tpl20c import chunk, chunks

RIDE = b"ZZQ Jan Nowak ul. Lipowa 5 PESEL 80010112345 "


def png(colour: int, middle: bytes, depth: int = 8, width: int = 4, rows: bytes | None = None, height: int = 4) -> bytes:
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    length = -(-width * depth * channels // 8)
    rows = b"".join(b"\0" + bytes(range(7, 7 + length)) for _ in range(height)) if rows is None else rows
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)) + \
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
    (3, chunk(b"PLTE", bytes(range(3, 15))) + chunk(b"tRNS", b"\x03\x80")), (0, chunk(b"gAMA", b"\0\0\xb1\x8f")),
    (4, chunk(b"pHYs", b"\0\0\x0b\x13\0\0\x0b\x13\x01")), (2, chunk(b"tRNS", bytes(6))), (6, chunk(b"sRGB", b"\0"))])
def test_pictures_with_chunks_of_their_colour_types_size_are_kept_byte_for_byte(colour, middle):
    """bKGD and sBIT of the right length went here too, until rev-tpl22 8: no reader draws with either."""
    picture = png(colour, middle, rows=b"\0\0\1\2\3" * 4 if colour == 3 else None)
    assert stripped(picture) == picture


# --- 7: WMF bitmap and region records ------------------------------------------------------------------------

from test_picture_bounds_rev_tpl20b import RECTANGLE, wmf, wmf_record  # noqa: E402

WORDS = RIDE + b"\0" * (len(RIDE) % 2)
DIB = struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, 24, 0, 16, 2835, 2835, 0, 0) + b"\0\0\xff\xff\xff\xff\0\0" * 2
PAL_DIB = struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, 1, 0, 8, 0, 0, 2, 0) + b"\1\0\2\0" + b"\x40\0\0\0\x80\0\0\0"
BITMAP16 = struct.pack("<HHHHBB", 0, 9, 2, 2, 1, 1) + b"\xaa\x80\x55\x00"  # 9 × 2, 1 bit: a word a row
REGION = struct.pack("<HHIHHH4h", 0, 6, 0, 34, 1, 8, 0, 0, 9, 9) + struct.pack("<HHH2hH", 2, 0, 9, 0, 9, 2)
BITMAP_RECORDS = {
    "META_STRETCHDIB": (0x0F43, struct.pack("<IHhhhhhhhh", 0x00CC0020, 0, 2, 2, 0, 0, 600, 1000, 0, 0) + DIB),
    "META_STRETCHDIB, palette indices": (0x0F43, struct.pack("<IH8h", 0x00CC0020, 1, 2, 2, 0, 0, 9, 9, 0, 0) + PAL_DIB),
    "META_DIBSTRETCHBLT": (0x0B41, struct.pack("<Ihhhhhhhh", 0x00CC0020, 2, 2, 0, 0, 600, 1000, 0, 0) + DIB),
    "META_DIBBITBLT": (0x0940, struct.pack("<I6h", 0x00CC0020, 0, 0, 2, 2, 0, 0) + DIB),
    "META_DIBCREATEPATTERNBRUSH": (0x0142, struct.pack("<HH", 5, 0) + DIB),
    "META_SETDIBTODEV": (0x0D33, struct.pack("<Hhhhhhhhh", 0, 2, 0, 0, 2, 2, 0, 0, 0) + DIB),
    "META_BITBLT": (0x0922, struct.pack("<I6h", 0x00CC0020, 0, 0, 2, 9, 0, 0) + BITMAP16),
    "META_STRETCHBLT": (0x0B23, struct.pack("<I8h", 0x00CC0020, 2, 9, 0, 0, 9, 9, 0, 0) + BITMAP16),
    "META_CREATEPATTERNBRUSH": (0x01F9, BITMAP16[:10] + bytes(22) + BITMAP16[10:]),
    "META_CREATEREGION": (0x06FF, REGION),
}


@pytest.mark.parametrize("name", list(BITMAP_RECORDS))
def test_bytes_after_a_wmf_bitmap_or_region_are_cut(name):
    function, params = BITMAP_RECORDS[name]
    kept = stripped(wmf(wmf_record(function, params + WORDS), RECTANGLE))
    assert RIDE[:12] not in kept and kept == wmf(wmf_record(function, params), RECTANGLE)


@pytest.mark.parametrize("name", list(BITMAP_RECORDS))
def test_wmf_bitmap_records_are_copied_byte_for_byte(name):
    picture = wmf(wmf_record(*BITMAP_RECORDS[name]), RECTANGLE)
    assert stripped(picture) == picture


def test_a_blit_with_no_bitmap_and_a_bitmap_longer_than_its_record():
    screen = wmf(wmf_record(0x0940, struct.pack("<IH6h", 0x00F00021, 0, 0, 0, 2, 2, 0, 0)), RECTANGLE)
    assert stripped(screen) == screen
    short = wmf(wmf_record(0x0F43, BITMAP_RECORDS["META_STRETCHDIB"][1][:-4]), RECTANGLE)
    with pytest.raises(Unreadable):
        stripped(short)


# --- 10: BMP colour tables, row padding, RLE after its end code -----------------------------------------------

def bmp(width: int, height: int, bits: int, table: bytes, pixels: bytes, compression: int = 0,
        colours: int = 0) -> bytes:
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, bits, compression, len(pixels), 2835, 2835, colours, 0)
    return b"BM" + struct.pack("<IHHI", 54 + len(table) + len(pixels), 0, 0, 54 + len(table)) + info + table + pixels


TWO = b"\0\0\xff\0\xff\xff\xff\0"
CHECKER = b"".join(bytes((x + y) % 2 for x in range(8)) for y in range(8))
RLE8 = b"".join(b"\x08" + bytes([y % 2]) + b"\0\0" for y in range(8))[:-2] + b"\0\x01"


def test_table_entries_no_pixel_indexes_are_zeroed():
    kept = stripped(bmp(8, 8, 8, TWO + (RIDE * 30)[:254 * 4], CHECKER, colours=256))
    assert RIDE[:8] not in kept and kept[54:54 + 1024] == TWO + bytes(254 * 4) and kept[-64:] == CHECKER


def test_a_truecolour_bitmaps_table_goes():
    pixels = b"\x20\x40\x80" * 4 * 2
    kept = stripped(bmp(4, 2, 24, (RIDE * 6)[:256], pixels, colours=64))
    assert kept == bmp(4, 2, 24, b"", pixels)


@pytest.mark.parametrize("bits, width", [(8, 1), (1, 9), (4, 3), (24, 1)])
def test_row_padding_is_zeroed(bits, width):
    row = (bits * width + 31) // 32 * 4
    used = bits * width
    lines = [bytearray((RIDE * 3)[y * row:(y + 1) * row]) for y in range(4)]
    table = TWO + bytes(4 * ((1 << bits) - 2)) if bits <= 8 else b""
    picture = bmp(width, 4, bits, table, b"".join(lines))
    kept = stripped(picture)
    for y, line in enumerate(lines):
        bits_of = int.from_bytes(kept[-4 * row:][y * row:(y + 1) * row], "big")
        assert bits_of >> (8 * row - used) == int.from_bytes(line, "big") >> (8 * row - used)  # the pixels
        assert bits_of & ((1 << (8 * row - used)) - 1) == 0  # the padding


def test_rle_data_after_its_end_code_goes():
    kept = stripped(bmp(8, 8, 8, TWO, RLE8 + RIDE, compression=1, colours=2))
    assert RIDE[:8] not in kept and kept == bmp(8, 8, 8, TWO, RLE8, compression=1, colours=2)


def test_an_rle_absolute_runs_padding_is_zeroed_and_its_entries_kept():
    kept = stripped(bmp(3, 1, 8, TWO + b"ZQ9aZQ9b", b"\0\x03\x01\x02\x03Z\0\x01", compression=1, colours=4))
    assert kept == bmp(3, 1, 8, bytes(4) + TWO[4:] + b"ZQ9\0ZQ9\0", b"\0\x03\x01\x02\x03\0\0\x01", compression=1,
                       colours=4)  # entry 0 indexed by no pixel; each entry's reserved byte zeroed (rev-tpl22 6)


@pytest.mark.parametrize("data", [b"\0\x02\0\0" * 4 + b"\0\x01", b"\0\x09\x01\x02"])
def test_a_hostile_rle_bitmap_is_refused(data):
    with pytest.raises(Unreadable):
        stripped(bmp(8, 8, 8, TWO, data, compression=1, colours=2))


@pytest.mark.parametrize("picture", [bmp(8, 8, 8, TWO, CHECKER, colours=2), bmp(8, 8, 8, TWO, RLE8, compression=1, colours=2),
                                     bmp(4, 2, 24, b"", b"\x20\x40\x80" * 8), bmp(8, -8, 1, TWO, b"\x55\0\0\0" * 8)])
def test_an_ordinary_bitmap_is_copied_byte_for_byte(picture):
    assert stripped(picture) == picture


# --- 8: EMF+ objects ------------------------------------------------------------------------------------------

from pismo.render.metadata import Embedded  # noqa: E402
from test_picture_bounds_rev_tpl20b import dual, plus  # noqa: E402

V = 0xDBC01002
SOLID = struct.pack("<III", V, 0, 0xFF3366CC)
LINEAR = struct.pack("<IIII4fIIII", V, 4, 0x02 | 0x08, 0, 0, 0, 9, 9, 0xFF000000, 0xFFFFFFFF, 0, 0) + \
    struct.pack("<6f", 1, 0, 0, 1, 0, 0) + struct.pack("<I2f2f", 2, 0, 1, 0, 1)
GRADIENT = struct.pack("<IIIII2fI", V, 3, 0x40, 0, 0xFF00FF00, 4, 4, 1) + struct.pack("<I", 0xFF0000FF) + \
    struct.pack("<I4f", 2, 0, 0, 9, 9) + struct.pack("<I2f", 2, 0.5, 0.5)
PATH = struct.pack("<III", V, 3, 0) + struct.pack("<6f", 0, 0, 9, 0, 5, 9) + b"\0\1\x81\0"
OBJECTS = {
    "solid brush": (1, SOLID),
    "hatch brush": (1, struct.pack("<IIIII", V, 1, 5, 0xFF000000, 0xFFFFFFFF)),
    "linear gradient with a transform and blend factors": (1, LINEAR),
    "path gradient with a focus": (1, GRADIENT),
    "dashed pen": (2, struct.pack("<IIIIf", V, 0, 0x0100 | 0x0008, 0, 2.0) + struct.pack("<II2f", 0, 2, 1, 2) + SOLID),
    "path of floats": (3, PATH),
    "path of compressed points, run-length types": (3, struct.pack("<III", V, 3, 0x4000 | 0x1000) +
                                                    struct.pack("<6h", 0, 0, 9, 0, 5, 9) + b"\x43\x01\0\0"),
    "path of relative points": (3, struct.pack("<III", V, 2, 0x0800) + b"\x01\x02\x80\x90\x05\0\0\0"),
    "region: a rectangle and a path": (4, struct.pack("<III", V, 2, 1) + struct.pack("<I4f", 0x10000000, 0, 0, 9, 9) +
                                       struct.pack("<II", 0x10000001, len(PATH)) + PATH),
    "font": (6, struct.pack("<IfIIII", V, 12.0, 2, 0, 0, 5) + "Arial".encode("utf-16-le") + b"\0\0"),
    "string format with a tab stop": (7, struct.pack("<15I", V, 0, 0x0415, *([0] * 10), 1, 0) + struct.pack("<f", 36)),
    "image attributes": (8, struct.pack("<6I", V, 0, 0, 0xFF000000, 0, 0)),
    "adjustable arrow cap": (9, struct.pack("<II9I4f", V, 1, *([0] * 9), 0, 0, 0, 0)),
}


@pytest.mark.parametrize("name", list(OBJECTS))
def test_bytes_after_an_emf_plus_object_are_cut(name):
    kind, data = OBJECTS[name]
    kept = stripped(dual(plus(0x4008, kind << 8 | 1, data + WORDS), plus(0x4002, 0, b"")))
    assert RIDE[:12] not in kept and kept == dual(plus(0x4008, kind << 8 | 1, data), plus(0x4002, 0, b""))


@pytest.mark.parametrize("name", list(OBJECTS))
def test_emf_plus_objects_are_copied_byte_for_byte(name):
    kind, data = OBJECTS[name]
    picture = dual(plus(0x4008, kind << 8 | 1, data), plus(0x4002, 0, b""))
    assert stripped(picture) == picture


def test_an_object_of_no_defined_type_goes_and_a_texture_is_refused():
    kept = stripped(dual(plus(0x4008, 12 << 8 | 1, WORDS), plus(0x4002, 0, b"")))
    assert kept == dual(plus(0x4002, 0, b""))
    with pytest.raises(Embedded):
        stripped(dual(plus(0x4008, 1 << 8 | 1, struct.pack("<IIII", V, 2, 0, 0) + WORDS)))


def test_an_object_longer_than_its_record_is_refused():
    with pytest.raises(Unreadable):
        stripped(dual(plus(0x4008, 3 << 8 | 1, PATH[:-8]), plus(0x4002, 0, b"")))


# --- 13: PNG row padding bits ----------------------------------------------------------------------------------

from test_png_palette_rev_tpl20c import drawn  # noqa: E402


def filtered_lines(lines: list[bytes], kinds: list[int]) -> bytes:
    """Rows written with the given filters, as an encoder would."""
    out, previous = bytearray(), bytes(len(lines[0]))
    for line, kind in zip(lines, kinds):
        row = bytearray(len(line))
        for i in range(len(line)):
            a, b, c = line[i - 1] if i else 0, previous[i], previous[i - 1] if i else 0
            p = a + b - c
            paeth = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c
            row[i] = (line[i] - (0, a, b, (a + b) // 2, paeth)[kind]) & 255
        out += bytes([kind]) + row
        previous = line
    return bytes(out)


def unfiltered_lines(picture: bytes, length: int) -> list[bytes]:
    raw, lines, previous = zlib.decompress(chunks(picture)[b"IDAT"]), [], bytes(length)
    for at in range(0, len(raw), length + 1):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + length])
        for i in range(length):
            a, b, c = line[i - 1] if i else 0, previous[i], previous[i - 1] if i else 0
            p = a + b - c
            paeth = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c
            line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth)[kind]) & 255
        lines.append(bytes(line))
        previous = bytes(line)
    return lines


def test_the_padding_bits_of_a_one_pixel_wide_picture_are_zeroed():
    lines = [bytes([(y % 2) << 7 | character & 0x7F]) for y, character in enumerate(RIDE)]
    picture = png(0, b"", depth=1, width=1, rows=filtered_lines(lines, [0] * len(lines)), height=len(lines))
    kept = stripped(picture)
    assert unfiltered_lines(kept, 1) == [bytes([(y % 2) << 7]) for y in range(len(lines))]


@pytest.mark.parametrize("depth, width", [(1, 9), (2, 3), (4, 5)])
def test_padding_bits_under_filters_are_zeroed_and_the_pixels_kept(depth, width):
    length, used = -(-width * depth // 8), width * depth
    lines = [(RIDE * 4)[length * y:length * (y + 1)] for y in range(4)]
    palette = bytes(range(3 * (1 << depth)))
    picture = png(3, chunk(b"PLTE", palette), depth=depth, width=width, rows=filtered_lines(lines, [1, 2, 3, 4]))
    kept = stripped(picture)
    assert drawn(kept) == drawn(picture)
    assert all(int.from_bytes(line, "big") & ((1 << (8 * length - used)) - 1) == 0
               for line in unfiltered_lines(kept, length))


def test_a_picture_with_too_many_filtered_rows_to_walk_is_refused(monkeypatch):
    monkeypatch.setattr(metadata, "_FILTERED_ROWS", 3)
    with pytest.raises(Unreadable):
        stripped(png(0, b"", depth=1, width=9, rows=filtered_lines([b"\xff\x81"] * 4, [1, 2, 3, 4])))


def test_a_picture_whose_padding_is_zero_is_kept_byte_for_byte():
    picture = png(0, b"", depth=1, width=9, rows=filtered_lines([b"\xff\x80", b"\x12\x00", b"\0\0", b"\x80\x80"],
                                                                [0, 1, 2, 4]))
    assert stripped(picture) == picture


# --- 12 (its smaller part): JPEG tables no scan reads ------------------------------------------------------------

def segment(marker: int, data: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data


HUFFMAN = bytes([0, 1] + [0] * 14) + b"\0"  # one code of 2 bits
DQT0, DHT0 = segment(0xDB, b"\0" + bytes(range(1, 65))), segment(0xC4, b"\x00" + HUFFMAN + b"\x10" + HUFFMAN)
FRAME = segment(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00")
SCAN = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x12\x34"


def jpeg(*segments: bytes) -> bytes:
    return b"\xff\xd8" + b"".join(segments) + b"\xff\xd9"


@pytest.mark.parametrize("extra", [
    segment(0xDB, b"\x03" + (RIDE * 2)[:64]),  # a quantisation table no component names
    segment(0xC4, b"\x13" + bytes([0] * 7 + [16] + [0] * 8) + RIDE[:16]),  # an AC table no scan names
    segment(0xC4, b"\x00" + bytes([0] * 7 + [16] + [0] * 8) + RIDE[:16]),  # DC 0, defined again before the scan
])
def test_tables_no_scan_reads_go(extra):
    kept = stripped(jpeg(extra, DQT0, DHT0, FRAME, SCAN))
    assert RIDE[:16] not in kept and kept == jpeg(DQT0, DHT0, FRAME, SCAN)


def test_unused_tables_in_a_segment_with_used_ones_go_and_the_used_stay():
    both = segment(0xDB, b"\0" + bytes(range(1, 65)) + b"\x02" + (RIDE * 2)[:64])
    assert stripped(jpeg(both, DHT0, FRAME, SCAN)) == jpeg(DQT0, DHT0, FRAME, SCAN)


def test_a_table_running_past_its_segment_is_refused():
    with pytest.raises(Unreadable):
        stripped(jpeg(DQT0, segment(0xC4, b"\x00" + bytes([0, 9] + [0] * 14) + b"\0"), FRAME, SCAN))


def test_a_jpeg_whose_tables_are_all_read_is_copied_byte_for_byte():
    picture = jpeg(DQT0, DHT0, FRAME, SCAN)
    assert stripped(picture) == picture


def test_an_rle_bitmap_of_more_codes_than_walked_is_refused(monkeypatch):
    monkeypatch.setattr(metadata, "_RLE_STEPS", 16)
    assert stripped(bmp(8, 8, 8, TWO, RLE8, compression=1, colours=2))  # 8 runs, 7 ends of line, the end: 16 codes
    with pytest.raises(Unreadable):
        stripped(bmp(8, 8, 8, TWO, b"\x01\x01" * 9 + RLE8, compression=1, colours=2))


# --- 10 in metafiles: a DIB's unused table entries and row padding -------------------------------------------------

from test_png_bounds_rev_tpl19 import EOF_RECORD, emf, record  # noqa: E402

TABLE = TWO + (RIDE * 30)[:254 * 4]
PADDED = b"".join(bytes([y % 2, y % 2]) + RIDE[2 * y:2 * y + 2] for y in range(2))  # 2 px, 2 bytes of padding
CLEAN = b"".join(bytes([y % 2, y % 2, 0, 0]) for y in range(2))


def info(bits: int, colours: int, size: int) -> bytes:
    return struct.pack("<IiiHHIIiiII", 40, 2, 2, 1, bits, 0, size, 0, 0, colours, 0)


def stretch_dibits(bmi: bytes, bits: bytes, usage: int = 0) -> bytes:
    """EMR_STRETCHDIBITS: its 80 bytes of fields, then the bitmap's header and table, then its bits."""
    fields = struct.pack("<4i6i", 0, 0, 9, 9, 0, 0, 0, 0, 2, 2) + \
        struct.pack("<IIII", 80, len(bmi), 80 + len(bmi), len(bits)) + struct.pack("<IIii", usage, 0xCC0020, 2, 2)
    return record(81, fields + bmi + bits)


def test_an_emf_bitmaps_unused_entries_and_row_padding_are_zeroed():
    kept = stripped(emf(stretch_dibits(info(8, 256, 8) + TABLE, PADDED), EOF_RECORD))
    assert RIDE[:8] not in kept
    assert kept == emf(stretch_dibits(info(8, 256, 8) + TWO + bytes(254 * 4), CLEAN), EOF_RECORD)


def test_a_wmf_bitmaps_unused_entries_and_row_padding_are_zeroed():
    fields = struct.pack("<IH8h", 0x00CC0020, 0, 2, 2, 0, 0, 9, 9, 0, 0)
    kept = stripped(wmf(wmf_record(0x0F43, fields + info(8, 256, 8) + TABLE + PADDED), RECTANGLE))
    assert RIDE[:8] not in kept
    assert kept == wmf(wmf_record(0x0F43, fields + info(8, 256, 8) + TWO + bytes(254 * 4) + CLEAN), RECTANGLE)


def test_a_metafile_bitmap_of_palette_indices_keeps_the_indices_it_uses():
    clean = emf(stretch_dibits(info(8, 4, 8) + b"\1\0\2\0\0\0\0\0", CLEAN, usage=1), EOF_RECORD)
    assert stripped(emf(stretch_dibits(info(8, 4, 8) + b"\1\0\2\0ZQ9a", CLEAN, usage=1), EOF_RECORD)) == clean


def test_a_png_with_no_image_data_is_refused_in_polish():
    """Found by fuzzing the cleaners: a PNG of no IDAT ended in StopIteration – a traceback, not a refusal."""
    from pismo.render.public import NotPublic, _binary
    picture = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")
    with pytest.raises(NotPublic, match="nie da się odczytać do końca"):
        _binary("word/media/image1.png", picture)


@pytest.mark.parametrize("function, fields", [(0x0922, struct.pack("<I6h", 0x00CC0020, 0, 0, 2, 9, 0, 0)),
                                              (0x01F9, b"")])
def test_a_wmf_bitmap16s_row_padding_is_zeroed(function, fields):
    head, bits = BITMAP16[:10], b"\xaa\xbf\x55\x5a"  # 9 pixels a row: 7 bits of padding in each
    if function == 0x01F9:
        head += bytes(22)
    kept = stripped(wmf(wmf_record(function, fields + head + bits), RECTANGLE))
    assert kept == wmf(wmf_record(function, fields + head + b"\xaa\x80\x55\x00"), RECTANGLE)
