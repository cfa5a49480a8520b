"""rev-tpl20 12 follow-up (found by tpl28): the check of which palette entries a PNG's pixels use undid the rows'
filters byte by byte in Python (~0.5 s per 2 Mpx, ~15 s at a template's 60 Mpx). Rows are now unfiltered by
whole-row integer arithmetic (Sub, Up) and table walks in C (Average, Paeth), the values found by bytes.translate,
and reading stops once every entry is used. The entries found must be exactly those a reader draws; hostile
pictures (data inflating past the rows, bad filter bytes, a 16-bit palette, a palette of one) are refused as
unreadable or handled – never a traceback or a hang.

No test here runs LibreOffice; bench/png_palette.py measures the time.
"""

from __future__ import annotations

import random
import struct
import sys
import zlib

import pytest

from pismo.render import metadata
from pismo.render.public import NotPublic, _binary

ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
PALETTE = bytes(range(256)) * 3


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(data: bytes, width: int, height: int, depth: int = 8, interlace: int = 0, palette: bytes = PALETTE,
        colour: int = 3, extra: bytes = b"", compressed: bool = False) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", palette) + extra + \
        chunk(b"IDAT", data if compressed else zlib.compress(data)) + chunk(b"IEND", b"")


def chunks(blob: bytes) -> dict[bytes, bytes]:
    found, at = {}, 8
    while at < len(blob):
        (length,) = struct.unpack(">I", blob[at:at + 4])
        found.setdefault(blob[at + 4:at + 8], blob[at + 8:at + 8 + length])
        at += 12 + length
    return found


def drawn(blob: bytes) -> dict[tuple[int, int], bytes]:
    """Each pixel's colour as a reader draws it: its palette entry, rows unfiltered byte by byte (the spec's way)."""
    parts = chunks(blob)
    width, height, depth, _, _, _, interlace = struct.unpack(">IIBBBBB", parts[b"IHDR"])
    raw, at, out = zlib.decompress(parts[b"IDAT"]), 0, {}
    for x0, y0, dx, dy in (ADAM7 if interlace else ((0, 0, 1, 1),)):
        columns, rows = max(0, -(-(width - x0) // dx)), max(0, -(-(height - y0) // dy))
        if not columns or not rows:
            continue
        length = -(-columns * depth // 8)
        previous = bytearray(length)
        for r in range(rows):
            kind, line = raw[at], bytearray(raw[at + 1:at + 1 + length])
            at += length + 1
            for i in range(length):
                a, b, c = line[i - 1] if i else 0, previous[i], previous[i - 1] if i else 0
                p = a + b - c
                paeth = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(
                    p - c) else c
                line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth)[kind]) & 255
            previous = line
            for x in range(columns):
                index = line[x * depth // 8] >> (8 - depth - x * depth % 8) & (1 << depth) - 1
                out[x0 + x * dx, y0 + r * dy] = parts[b"PLTE"][3 * index:3 * index + 3]
    return out


def filtered(width: int, height: int, depth: int, interlace: int, colours: int, rnd: random.Random) -> bytes:
    """Rows of random indices below `colours`, each written with a random filter as an encoder would."""
    out = bytearray()
    for x0, y0, dx, dy in (ADAM7 if interlace else ((0, 0, 1, 1),)):
        columns, rows = max(0, -(-(width - x0) // dx)), max(0, -(-(height - y0) // dy))
        if not columns or not rows:
            continue
        length = -(-columns * depth // 8)
        previous = bytes(length)
        for _ in range(rows):
            bits = 0
            for _ in range(columns):
                bits = bits << depth | rnd.randrange(colours)
            line = (bits << (8 * length - columns * depth)).to_bytes(length, "big")
            kind = rnd.randrange(5)
            row = bytearray(length)
            for i in range(length):
                a, b, c = line[i - 1] if i else 0, previous[i], previous[i - 1] if i else 0
                p = a + b - c
                paeth = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(
                    p - c) else c
                row[i] = (line[i] - (0, a, b, (a + b) // 2, paeth)[kind]) & 255
            out += bytes([kind]) + row
            previous = line
    return bytes(out)


@pytest.mark.parametrize("seed", range(24))
def test_a_filtered_palette_picture_is_drawn_as_before_and_only_unused_entries_go(seed):
    rnd = random.Random(seed)
    depth, interlace = rnd.choice([1, 2, 4, 8]), seed % 2
    width, height = rnd.randint(1, 37), rnd.randint(1, 23)
    colours = min(1 << depth, rnd.choice([1, 2, 3, 40]))
    picture = png(filtered(width, height, depth, interlace, colours, rnd), width, height, depth, interlace,
                  PALETTE[:3 * (1 << depth)])
    kept = metadata.stripped(picture)
    assert drawn(kept) == drawn(picture)
    palette = chunks(kept)[b"PLTE"]
    used = set(drawn(picture).values())
    assert all(palette[k:k + 3] in used or palette[k:k + 3] == bytes(3) for k in range(0, len(palette), 3))


def test_the_rows_are_not_walked_byte_by_byte_in_python():
    """Python lines run per row or block, not per pixel: a 1000 × 60 picture of Paeth and Average rows using 2
    of 256 entries (all rows read) runs far fewer lines than it has pixels (before: several per pixel)."""
    rnd = random.Random(5)
    rows = bytearray()
    for y in range(60):
        kind = 3 + y % 2
        rows += bytes([kind]) + bytes(rnd.choice((0, 0, 0, 1)) for _ in range(1000))
    picture = png(bytes(rows), 1000, 60)
    metadata.stripped(png(bytes([3, 0, 4, 0]), 1, 2))  # the tables, built once
    lines = 0

    def count(frame, event, arg):
        nonlocal lines
        lines += event == "line"
        return count

    sys.settrace(count)
    try:
        metadata.stripped(picture)
    finally:
        sys.settrace(None)
    assert lines < 1000 * 60 // 10


def test_reading_stops_once_every_entry_is_used(monkeypatch):
    """A 2-entry palette both of whose entries the first row uses: no further block of rows is unfiltered (here a
    row a block; a bad filter byte further down is never reached)."""
    monkeypatch.setattr(metadata, "_BLOCK", 3)
    rows = bytes([0, 0, 1]) + bytes([9, 5, 5]) * 10
    kept = metadata.stripped(png(rows, 2, 11, palette=PALETTE[:6]))
    assert chunks(kept)[b"PLTE"] == PALETTE[:6]


def test_the_background_goes_and_its_entry_with_it():
    """Kept until rev-tpl22 8: neither reader draws a picture on its bKGD."""
    kept = metadata.stripped(png(bytes([0, 0, 0]), 2, 1, palette=PALETTE[:9], extra=chunk(b"bKGD", b"\x02")))
    assert b"bKGD" not in chunks(kept) and chunks(kept)[b"PLTE"] == PALETTE[:3] + bytes(6)


HOSTILE = {
    "a row's filter byte past 4": png(bytes([0, 1, 1]) + bytes([7, 1, 1]), 2, 2),
    "a 16-bit palette": png(bytes(9), 2, 2, depth=16),
    "a palette of depth 3": png(bytes(6), 2, 2, depth=3),
    "an interlace method of 2": png(bytes(6), 2, 2, interlace=2),
    "image data that is no zlib stream": png(b"\x78\x9c\xff\xff\xff" * 20, 4, 4, compressed=True),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_palette_picture_is_refused_in_polish(name):
    with pytest.raises(metadata.Unreadable):
        metadata.stripped(HOSTILE[name])
    with pytest.raises(NotPublic, match="nie da się odczytać do końca .* zapisz obraz ponownie"):
        _binary("word/media/image1.png", HOSTILE[name])


def test_image_data_inflating_far_past_its_rows_is_read_to_its_rows_only():
    stream = zlib.compressobj(9)
    data = b"".join(stream.compress(bytes(1 << 20)) for _ in range(64)) + stream.flush()  # 64 MB of zeros
    kept = metadata.stripped(png(data, 100, 100, compressed=True))
    assert len(zlib.decompress(chunks(kept)[b"IDAT"])) == 101 * 100
    assert chunks(kept)[b"PLTE"] == PALETTE[:3] + bytes(765)


def test_a_palette_of_one_and_indices_past_it_are_handled():
    kept = metadata.stripped(png(bytes([0, 0, 5, 200]), 3, 1, palette=PALETTE[:3]))
    assert chunks(kept)[b"PLTE"] == PALETTE[:3]
    kept = metadata.stripped(png(bytes([0, 5, 200]), 2, 1, palette=PALETTE[:3]))
    assert chunks(kept)[b"PLTE"] == bytes(3)


def test_deflate_blocks_that_inflate_to_nothing_end_the_reading():
    """20 000 empty stored blocks and no row: read to their end (no hang), no pixel – no entry kept."""
    empty = zlib.compressobj(0)
    data = empty.compress(b"") + empty.flush(zlib.Z_FULL_FLUSH) * 20000 + empty.flush()
    kept = metadata.stripped(png(data, 50, 50, compressed=True))
    assert chunks(kept)[b"PLTE"] == bytes(768)


def test_a_frame_in_a_great_many_chunks_is_joined_once():
    """An animation frame's data split into 800 000 fdAT chunks of one byte: joined once, not chunk by chunk
    (quadratic: 4 s of CPU, now 0.25 s). CPU time, not wall time: the machine may be busy."""
    import time

    rnd = random.Random(9)
    data = zlib.compress(b"".join(b"\0" + rnd.randbytes(640) for _ in range(1280)), 0)[:800_000]
    chunks_ = [(b"IHDR", struct.pack(">IIBBBBB", 640, 1280, 8, 3, 0, 0, 0)), (b"PLTE", PALETTE),
               (b"fcTL", struct.pack(">IIIIIHHBB", 0, 640, 1280, 0, 0, 1, 1, 0, 0))]
    chunks_ += [(b"fdAT", struct.pack(">I", k + 1) + data[k:k + 1]) for k in range(len(data))]
    start = time.process_time()
    metadata._palette_used(chunks_, (640, 1280), 8, 0)
    assert time.process_time() - start < 2
