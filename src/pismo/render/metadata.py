"""Pictures less the texts they carry beside their pixels, for a public version.

A camera or a gallery app writes the photographer, a description, the place (EXIF, XMP, IPTC, PNG text chunks)
into the picture's file, and Word keeps the bytes as inserted: the public .docx would hand them out though no
reader shows them. Only what draws the picture is kept – PNG's image, transparency, gamma, sRGB, pixel size and
animation chunks (a whitelist: not a colour profile, whose name is free text, nor HDR or chromaticity data),
JPEG's frame, tables and scans, JFIF and Adobe's colour transform. A photo's EXIF orientation both readers turn
the picture by is kept, alone in a new EXIF block of its own. A GIF loses its comments and its programs' blocks
(XMP among them) but the animation's loop. Kept segments and chunks are cut to the size their format defines (a
JFIF header without its thumbnail), so no bytes ride in them; colour-table entries no pixel indexes, tables no scan
reads and the padding of rows are zeroed or dropped (PNG, GIF, BMP, a metafile's bitmaps, a JPEG's tables). Not
cut: a JPEG scan's bytes after its last coded block – where the Huffman-coded data ends only a full decoder knows,
no marker says it (rev-tpl21 12). A WebP, whose last partition likewise runs to its chunk's end, is refused
(Opaque: rev-tpl21 11).
What a picture holds past what is read through (a JPEG's data after its first image – a phone photo's secondary
images with their own EXIF –, bytes after a GIF's or PNG's end) goes; a picture that cannot be read through is
refused (Unreadable), never copied as it was. EMF and WMF pictures draw text of their own (a table pasted from Excel
as a metafile): drawn_text finds it; an EMF's header description and the comment records of both go, and a
metafile holding another picture (a JPEG bitmap, a WMF's EMF) is refused (Embedded).
"""

from __future__ import annotations

import array
import contextlib
import contextvars
import functools
import itertools
import operator
import struct
import sys
import types
import zlib

from pismo.render import images

_PNG = b"\x89PNG\r\n\x1a\n"
# Critical chunks are kept whatever their name (a reader needs them); of the ancillary ones only those a reader draws
# with – transparency, gamma, sRGB, pixel size, animation –, a whitelist (rev-tpl22 8): not tEXt, zTXt, iTXt, eXIf,
# tIME, a program's private chunk, nor what describes the picture without changing how Word or LibreOffice draw it
# (cHRM – ignored beside sRGB, unread by both alone –, cICP, mDCv and cLLi's HDR mastering data, sBIT, bKGD)
_PNG_CRITICAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}
# A colour profile (PNG iCCP, JPEG APP2) goes too: its name and description tags are free text a calibration tool
# fills with its user's name, and both readers assume sRGB without it
_PNG_KEPT = _PNG_CRITICAL | {b"tRNS", b"gAMA", b"sRGB", b"pHYs", b"acTL", b"fcTL", b"fdAT"}
# APPn segments kept, by the name they start with, cut to their defined size: JFIF's 14 bytes with no thumbnail
# (a picture of the photo before it was cropped or blacked out, as EXIF's), Adobe's 12
# The longest body of each kept ancillary chunk (its format's): one longer carries bytes no reader reads
_PNG_LONGEST = {b"tRNS": 256, b"gAMA": 4, b"sRGB": 1, b"pHYs": 9, b"acTL": 8, b"fcTL": 26}
_JPEG_KEPT = {0xE0: (b"JFIF\0", 14), 0xEE: (b"Adobe", 12)}


class Unreadable(ValueError):
    """A picture the stripper cannot read through: copying it would copy what it could not judge."""


class Costly(Unreadable):
    """A picture whose data would cost more walking to clean than the largest picture the pixel budget allows (a
    GIF's LZW codes past _GIF_CODES, a JPEG's Huffman codes past _JPEG_CODES); `what`: how much, in Polish."""

    def __init__(self, message: str, what: str = "") -> None:
        super().__init__(message)
        self.what = what


class Opaque(Exception):
    """A picture whose coded data only a full decoder reads to its end: a WebP's last VP8 partition, or its VP8L
    bitstream, runs to its chunk's end as far as its headers say, so text after it rides to every reader unseen
    (rev-tpl21 11) – refused in the public version, not cleaned (as TIFF is)."""


class Embedded(Exception):
    """A metafile holding a picture of another format (an EMF's JPEG or PNG bitmap, a WMF's EMF) whose metadata
    the stripper does not reach."""


def stripped(blob: bytes) -> bytes | None:
    """The picture less its metadata (PNG, JPEG, GIF, BMP, EMF, WMF); None for other bytes; Unreadable when the
    picture cannot be read through; Opaque for a WebP."""
    try:
        if blob.startswith(_PNG):
            return _png(blob)
        if blob.startswith(b"\xff\xd8"):
            return _jpeg(blob)
        if blob[:6] in (b"GIF87a", b"GIF89a"):
            return _gif(blob)
        if blob[:4] == b"RIFF" and blob[8:12] == b"WEBP":
            raise Opaque("WebP")
        if blob[:4] == b"\x01\0\0\0" and blob[40:44] == b" EMF":
            return _emf(blob)
        if blob[:2] == b"BM":
            return _bmp(blob)
        if blob[:4] == b"\xd7\xcd\xc6\x9a" or blob[:6] in (b"\x01\0\x09\0\0\x03", b"\x02\0\x09\0\0\x03"):
            return _wmf(blob)
    except Costly:
        raise
    except (ValueError, struct.error, IndexError) as exc:
        raise Unreadable(str(exc)) from None
    return None


def _png(blob: bytes) -> bytes:
    out, position, animated = [_PNG], len(_PNG), False
    srgb = _has_srgb(blob)  # gAMA goes beside it: a reader knowing sRGB ignores gAMA (PNG 3rd ed. 4.3)
    while position < len(blob):
        (length,) = struct.unpack(">I", blob[position:position + 4])
        kind = blob[position + 4:position + 8]
        end = position + 12 + length
        if end > len(blob):
            raise ValueError("damaged chunk")
        if zlib.crc32(blob[position + 4:end - 4]) != struct.unpack(">I", blob[end - 4:end])[0]:
            if kind[:1].isupper():
                raise ValueError("damaged chunk")
            position = end  # a reader skips a damaged ancillary chunk: so does the copy
            continue
        if kind[:1].isupper() and kind not in _PNG_CRITICAL:
            raise ValueError("unknown critical chunk")
        animated |= kind == b"acTL"
        if kind in _PNG_KEPT and length <= _PNG_LONGEST.get(kind, length) and not (kind == b"gAMA" and srgb) and \
                (animated or kind not in (b"fcTL", b"fdAT")):  # frames no reader draws without acTL
            out.append(blob[position:end])
        elif kind == b"eXIf" and _orientation(blob[position + 8:end - 4]) not in (None, 1):
            tiff = _turned(_orientation(blob[position + 8:end - 4]))
            out.append(struct.pack(">I", len(tiff)) + kind + tiff + struct.pack(">I", zlib.crc32(kind + tiff)))
        position = end
        if kind == b"IEND":
            break
    return _png_bounded(b"".join(out))


def _has_srgb(blob: bytes) -> bool:
    """Whether a PNG holds an sRGB chunk before its image data (where it counts)."""
    position = len(_PNG)
    while position + 8 <= len(blob):
        (length,) = struct.unpack(">I", blob[position:position + 4])
        kind = blob[position + 4:position + 8]
        if kind in (b"IDAT", b"IEND"):
            return False
        if kind == b"sRGB" and length == 1:
            return True
        position += 12 + length
    return False


_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}  # by colour type


def _png_bounded(png: bytes) -> bytes:
    """Critical chunks cut to what a reader reads, as the ancillary ones are (rev-tpl19 2): IHDR's 13 bytes, a
    palette's entries a pixel can index – no palette where the pixels hold their colours (a truecolour picture's
    PLTE is a hint for 256-colour screens no reader draws with: rev-tpl21 2) –, tRNS to its colour type's size,
    an empty IEND, and the image data to its rows (bytes after the zlib stream or rows past the height ride
    unread: the rows are compressed again)."""
    chunks = _png_chunks(png)
    header = next((body for kind, body in chunks if kind == b"IHDR"), b"")[:13]
    if len(header) < 13:
        raise ValueError("damaged header")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth not in _PNG_DEPTHS.get(colour, ()) or interlace > 1:
        raise ValueError("damaged header")  # no reader draws it: a 16-bit palette, a depth of 3
    if not any(kind == b"IDAT" for kind, _ in chunks):
        raise ValueError("no image data")  # nothing a reader draws (was a StopIteration, past the refusal)
    palette = next((len(body) // 3 for kind, body in chunks if kind == b"PLTE"), 0)
    indexed = min(1 << depth, 256)
    limits = {b"IHDR": 13, b"PLTE": 3 * min(palette, indexed) if colour == 3 else 0, b"IEND": 0,
              b"tRNS": {0: 2, 2: 6, 3: min(palette, indexed)}.get(colour, 0)}
    kept = [(kind, body[:limits.get(kind, len(body))]) for kind, body in chunks
            if not (kind in (b"tRNS", b"PLTE") and limits[kind] == 0)]
    budget = [_FILTERED_ROWS]
    data = _png_rows(b"".join(body for kind, body in chunks if kind == b"IDAT"),
                     (width, height, depth * _PNG_CHANNELS.get(colour, 4), interlace), budget)
    if data is not None:
        first = next(i for i, (kind, _) in enumerate(kept) if kind == b"IDAT")
        kept = [c for c in kept[:first] if c[0] != b"IDAT"] + [(b"IDAT", data)] + \
            [c for c in kept[first:] if c[0] != b"IDAT"]
    kept = _apng_bounded(kept, (width, height), depth * _PNG_CHANNELS.get(colour, 4), interlace, budget)
    if colour == 3:
        kept = _palette_used(kept, (width, height), depth, interlace)
    return _PNG + b"".join(struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
                           for kind, body in kept)


def _apng_bounded(chunks: list[tuple[bytes, bytes]], canvas: tuple[int, int], bits: int,
                  interlace: int, budget: list[int]) -> list[tuple[bytes, bytes]]:
    """An animation's frame data (fdAT) cut to its frame's rows, as the image data is: each frame's fdAT chunks,
    after their sequence numbers, are one zlib stream of the rows its fcTL's width and height define; one after
    no fcTL belongs to no frame. A frame reaching past the canvas is no APNG (nor inflated: rev-tpl20 15). Where
    one changed, every fcTL and fdAT is numbered again in order, as readers require."""
    out: list[tuple[bytes, bytes]] = []
    frame: list[tuple[bytes, bytes]] = []
    size, changed = None, False

    def close() -> None:
        nonlocal changed
        if frame:
            rows = _png_rows(b"".join(body[4:] for _, body in frame), size, budget)
            changed |= rows is not None
            out.extend([(b"fdAT", bytes(4) + rows)] if rows is not None else frame)
            frame.clear()

    for kind, body in chunks:
        if kind == b"fdAT":
            changed |= size is None or len(body) < 4
            if size is not None and len(body) >= 4:
                frame.append((kind, body))
            continue
        close()
        if kind == b"fcTL" and len(body) >= 20:
            width, height, x, y = struct.unpack(">IIII", body[4:20])
            if x + width > canvas[0] or y + height > canvas[1]:
                raise ValueError("animation frame outside the picture")
            size = (width, height, bits, interlace)
        out.append((kind, body))
    close()
    if not changed:
        return chunks
    numbers = itertools.count()
    return [(kind, struct.pack(">I", next(numbers)) + body[4:] if kind in (b"fcTL", b"fdAT") else body)
            for kind, body in out]


def _palette_used(chunks: list[tuple[bytes, bytes]], canvas: tuple[int, int], depth: int,
                  interlace: int) -> list[tuple[bytes, bytes]]:
    """A palette picture's PLTE and tRNS with the entries no pixel indexes zeroed – the image's and every frame's
    (rev-tpl20 12: a 2-colour logo saved with 256 entries carried 254 of free text). The rows are read until every
    entry is found used: no further than the data that can still zero one."""
    streams = [(canvas, [body for kind, body in chunks if kind == b"IDAT"])]
    for kind, body in chunks:
        if kind == b"fcTL" and len(body) >= 12:
            streams.append((struct.unpack(">II", body[4:12]), []))
        elif kind == b"fdAT" and len(streams) > 1:
            streams[-1][1].append(body[4:])  # joined once: a frame may come in a million chunks
    entries = next((len(body) // 3 for kind, body in chunks if kind == b"PLTE"), 0)
    seen = _Seen(depth, entries)
    for (width, height), data in streams:
        if seen.whole:
            break
        _read_indices(b"".join(data), width, height, depth, interlace, seen)
    return [(kind, _zeroed(body, seen.indices, 3 if kind == b"PLTE" else 1) if kind in (b"PLTE", b"tRNS") else body)
            for kind, body in chunks]


def _zeroed(table: bytes, used: set[int], entry: int) -> bytes:
    return b"".join(table[k:k + entry] if k // entry in used else bytes(len(table[k:k + entry]))
                    for k in range(0, len(table), entry))


class _Seen:
    """The byte values an image's unfiltered rows hold, each found once by bytes.translate (C speed: the bytes
    are never walked in Python), and the palette indices they pack – padding bits counted: they can only keep
    an entry."""

    def __init__(self, depth: int, entries: int) -> None:
        self.values, self.indices, self.whole = b"", set(), entries == 0
        self.shifts, self.mask, self.entries = range(8 - depth, -1, -depth), (1 << depth) - 1, entries

    def add(self, pixels: bytes) -> None:
        new = pixels.translate(None, self.values)
        while new:  # at most 256 rounds over the whole picture, each deleting a value found
            self.values += new[:1]
            self.indices.update((new[0] >> shift) & self.mask for shift in self.shifts)
            new = new.translate(None, new[:1])
        self.whole = self.indices.issuperset(range(self.entries))


# LZW codes a GIF's frames may walk together: an ordinary picture has a code for every one to a few dozen pixels
# (a photo of 8 Mpx saved as GIF 3,5 million, 0,9 s of CPU); a picture of images.MAX_PIXELS written uncompressed,
# a clear after each 254 codes, stays within it (rev-tpl23 3)
_GIF_CODES = images.MAX_PIXELS + images.MAX_PIXELS // 128
# what a clear code costs of that budget: encoders clear when their table is full – giflib every ~3 800 codes, one
# writing uncompressed 8-bit data every 254 –, so a clear weighed as 256 codes at most doubles what an ordinary GIF
# costs; data of clears each drawing a pixel or two (narrow codes, millions to a part) runs out of budget after a
# few hundred thousand codes, not after 40 million (tpl34: rev-tpl22's bigclears GIF walked 5,9 s, then passed)
_CLEAR_COST = 256
_GIF_COSTLY = (f"ponad {_GIF_CODES // 10**6} mln kodów GIF, każdy kod czyszczenia tablicy liczony jak "
               f"{_CLEAR_COST}")
_IDLE_CLEARS = 64  # clear codes an image may hold with nothing drawn after them
_BLOCK = 1 << 18  # inflated bytes read at a time: whole rows, a few hundred kB
_KNOWN_ROWS, _KNOWN_LENGTH = 4096, 64  # narrow rows kept unfiltered for a repeat (_unfiltered): under 1 MB


def _read_indices(data: bytes, width: int, height: int, depth: int, interlace: int, seen: _Seen) -> None:
    """The indices an image's rows use into `seen`, each pass's rows inflated a block at a time and unfiltered
    (_UNFILTERED); no further than its declared rows, and no further once every entry is used."""
    stream, tail = zlib.decompressobj(), data
    _png_size(width, height, depth, interlace)  # a picture past _LARGEST_PICTURE is not read
    for x, y, dx, dy in (_ADAM7 if interlace else ((0, 0, 1, 1),)):
        columns, count = max(0, -(-(width - x) // dx)), max(0, -(-(height - y) // dy))
        length = -(-columns * depth // 8)
        previous, known = bytes(length), {}
        while columns and count and not seen.whole:
            rows = min(count, max(1, _BLOCK // (length + 1)))
            block, tail = _inflate(stream, tail, rows * (length + 1))
            if not block:
                return  # the data ends short: a reader draws no more either
            count -= rows
            previous = _unfiltered(bytearray(block), length, previous, seen, known)


def _inflate(stream, tail: bytes, size: int) -> tuple[bytes, bytes]:
    """Up to `size` more bytes of a zlib stream (fewer where it ends), with the input left unread."""
    out = []
    while size > 0:
        try:
            piece = stream.decompress(tail, size)
        except zlib.error:
            raise ValueError("damaged image data") from None
        tail = stream.unconsumed_tail
        if not piece:  # no output though room for it: the stream ended or its input did
            break
        out.append(piece)
        size -= len(piece)
    return b"".join(out), tail


def _unfiltered(block: bytearray, length: int, previous: bytes, seen: _Seen, known: dict) -> bytes:
    """A block of rows' byte values into `seen` once their filters are undone (of one byte per pixel: a
    palette's); the last row, the next block's previous. A narrow row filtered as one before it, over the same
    row above, is looked up in `known` (a narrow picture: a few thousand kinds of row, millions of rows, each
    costing more to set up than to walk)."""
    filters = bytes(block[0::length + 1])
    del block[0::length + 1]
    if not filters.strip(b"\0"):  # no row filtered: the bytes are the indices
        seen.add(block)
        return bytes(block[-length:]) if len(block) >= length else previous
    lines = []
    for k, kind in enumerate(filters):
        if kind > 4:
            raise ValueError("damaged image data")
        key = (kind, bytes(block[k * length:(k + 1) * length]), previous)
        line = known.get(key)
        if line is None:
            line = _UNFILTERED[kind](key[1], previous)
            if length <= _KNOWN_LENGTH and len(known) < _KNOWN_ROWS:
                known[key] = line
        lines.append(line)
        previous = line
    seen.add(b"".join(lines))
    return previous


_VALUE = operator.itemgetter(256)  # a byte's state's value (_average_states, _paeth_states)


def _average(raw: bytes, up: bytes) -> bytes:
    """Average: each byte raw + ⌊(left + up) / 2⌋ – walked by _average_states' table, in C, over the up and raw
    bytes in turn."""
    steps = bytearray(2 * len(raw))
    steps[0::2], steps[1::2] = up[:len(raw)], raw
    states = itertools.accumulate(steps, operator.getitem, initial=_average_states()[0])
    return bytes(map(_VALUE, itertools.islice(states, 2, None, 2)))


def _paeth(raw: bytes, up: bytes) -> bytes:
    """Paeth: each byte raw + whichever of left, up and up-left is nearest left + up − up-left – walked by
    _paeth_states' table, in C, over three 16-bit steps a byte: the up-left byte c, up − c + 256 (1…511: the
    rows' 16-bit lanes subtracted as integers, no lane borrowing) and (c + raw) mod 256."""
    size = len(raw)
    corners = b"\0" + up[:size - 1]
    differences = (_widened(up[:size]) + _lanes(size) - _widened(corners)).to_bytes(2 * size, "little")
    sums = _bytewise(int.from_bytes(corners, "little"), int.from_bytes(raw, "little"), size).to_bytes(size, "little")
    steps = bytearray(6 * size)  # little-endian 16-bit lanes
    steps[0::6], steps[2::6], steps[3::6], steps[4::6] = corners, differences[0::2], differences[1::2], sums
    lanes = array.array("H", bytes(steps))
    if sys.byteorder == "big":
        lanes.byteswap()
    states = itertools.accumulate(lanes, operator.getitem, initial=_paeth_states()[0])
    return bytes(map(_VALUE, itertools.islice(states, 3, None, 3)))


def _widened(row: bytes) -> int:
    """A row's bytes as the 16-bit lanes of one integer."""
    lanes = bytearray(2 * len(row))
    lanes[0::2] = row
    return int.from_bytes(lanes, "little")


@functools.lru_cache(maxsize=64)
def _lanes(size: int) -> int:
    return int.from_bytes(b"\0\1" * size, "little")  # 256 in each of `size` 16-bit lanes


@functools.cache
def _average_states() -> list[list]:
    """A state for each byte value (its value at index 256); from it the up byte leads to the half sum's state,
    from which the raw byte leads to the next byte's state."""
    values: list[list] = [[None] * 256 + [a] for a in range(256)]
    halves = [[values[(h + raw) & 255] for raw in range(256)] for h in range(256)]
    for left, state in enumerate(values):
        state[:256] = [halves[(left + up) >> 1] for up in range(256)]
    return values


@functools.cache
def _paeth_states() -> list[list]:
    """A state for each byte value (its value at index 256); from it the up-left byte c leads to the state of
    e = left − c (−255…255: a list of 511 takes them as Python's indices do), d + 256 (d = up − c) to that of the
    prediction less c (e, d or 0: PNG's nearest of left, up and c), and (c + raw) mod 256 to the next byte's."""
    values: list[list] = [[None] * 256 + [a] for a in range(256)]
    predicted: list = [None] * 511
    for q in range(-255, 256):
        predicted[q] = [values[(q + x) & 255] for x in range(256)]
    lefts: list = [None] * 511
    for e in range(-255, 256):
        lefts[e] = [None] * 512
        for d in range(-255, 256):
            near = e if abs(d) <= abs(e) and abs(d) <= abs(d + e) else d if abs(e) <= abs(d + e) else 0
            lefts[e][d + 256] = predicted[near]
    for left, state in enumerate(values):
        state[:256] = [lefts[left - c] for c in range(256)]
    return values


def _sub(raw: bytes, up: bytes) -> bytes:
    """Sub: each byte raw + left, i.e. the row's running sum – doubling shifts of the row as one integer, added
    byte by byte (_bytewise)."""
    row, shift = int.from_bytes(raw, "little"), 8
    while shift < 8 * len(raw):
        row, shift = _bytewise(row, row << shift, len(raw)), shift * 2
    return row.to_bytes(len(raw), "little")


def _up(raw: bytes, up: bytes) -> bytes:
    """Up: each byte raw + up, the two rows added as integers byte by byte (_bytewise)."""
    size = min(len(raw), len(up))
    return _bytewise(int.from_bytes(raw[:size], "little"), int.from_bytes(up[:size], "little"), size).to_bytes(
        size, "little")


def _bytewise(a: int, b: int, size: int) -> int:
    """`size` bytes of a and b added each modulo 256: the low 7 bits added, the top bits xored in, no carry
    leaving a byte."""
    low, top = _masks(size)
    return ((a & low) + (b & low)) ^ ((a ^ b) & top)


@functools.lru_cache(maxsize=64)
def _masks(size: int) -> tuple[int, int]:
    return int.from_bytes(b"\x7f" * size, "little"), int.from_bytes(b"\x80" * size, "little")


_UNFILTERED = (lambda raw, up: raw, _sub, _up, _average, _paeth)


def _png_chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    chunks, position = [], len(_PNG)
    while position < len(png):
        (length,) = struct.unpack(">I", png[position:position + 4])
        chunks.append((png[position + 4:position + 8], png[position + 8:position + 8 + length]))
        position += 12 + length
    return chunks


def _png_size(width: int, height: int, bits: int, interlace: int) -> int:
    """The image data's length once inflated: each row of each pass, its filter byte first."""
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    size = 0
    for x, y, dx, dy in passes:
        columns, rows = max(0, -(-(width - x) // dx)), max(0, -(-(height - y) // dy))
        if columns and rows:
            size += rows * (1 + -(-columns * bits // 8))
    if size > _LARGEST_PICTURE:
        raise ValueError("picture too large")
    return size


_LARGEST_PICTURE = 1 << 28  # inflated bytes: 256 MB, past any picture a letter holds
# zlib's default: level 9 walks deflate's hash chains far longer for a few % smaller rows – 9,2 s of CPU on a
# 2000 × 2000 picture of bytes 0/1 (0,6 MB), 0,3 s at 6 (rev-tpl22 3)
_RECOMPRESSION = 6


def _png_rows(data: bytes, geometry: tuple[int, int, int, int], budget: list[int]) -> bytes | None:
    """The image data (width, height, bits a pixel, interlace) compressed again, cut to its rows, the bits past
    each row's last pixel zeroed; None when it holds nothing else. `budget`: the filtered rows the picture may
    still have unfiltered one by one (_png_unpadded)."""
    size = _png_size(*geometry)
    stream = zlib.decompressobj()
    try:
        rows = stream.decompress(data, max(size, 1))[:size]
        more = stream.decompress(stream.unconsumed_tail, 1) if not stream.eof else b""
    except zlib.error:
        raise ValueError("damaged image data") from None
    unpadded = _png_unpadded(rows, *geometry, budget)
    if stream.eof and not stream.unused_data and not more and unpadded is None:  # short data hides nothing
        return None
    return zlib.compress(rows if unpadded is None else unpadded, _RECOMPRESSION)


class _Rows:
    """A sink for _unfiltered's rows (in _Seen's place): their bytes, block by block."""

    whole = False

    def __init__(self) -> None:
        self.blocks: list[bytes] = []

    def add(self, pixels: bytes) -> None:
        self.blocks.append(bytes(pixels))


# Filtered rows of a picture (its frames' too) unfiltered one by one in Python (~5 µs each) to find their padding
# bits: a picture drawn at MAX_SIDE rows in each pass takes a fraction of them; more is refused, never half read
_FILTERED_ROWS = 300_000


def _png_unpadded(rows: bytes, width: int, height: int, bits: int, interlace: int,
                  budget: list[int]) -> bytes | None:
    """Rows of fewer than 8 bits a pixel with the bits past each row's last pixel zeroed, unfiltered and written
    again unfiltered (no reader draws them: rev-tpl21 13, a 1-pixel-wide picture carried 7 bits a row); None when
    every padding bit is zero already."""
    if bits >= 8:
        return None
    out, at, changed = [], 0, False
    for x, y, dx, dy in (_ADAM7 if interlace else ((0, 0, 1, 1),)):
        columns, count = max(0, -(-(width - x) // dx)), max(0, -(-(height - y) // dy))
        length = -(-columns * bits // 8)
        if not columns or not count:
            continue
        count = min(count, (len(rows) - at) // (length + 1))
        part, at = rows[at:at + count * (length + 1)], at + count * (length + 1)
        pixels = _png_pixels(part, length, budget) if columns * bits % 8 else None
        row = b"\xff" * (length - 1) + bytes([0xFF << (8 - columns * bits % 8) & 0xFF])
        masked = (int.from_bytes(pixels, "big") & int.from_bytes(row * count, "big")).to_bytes(len(pixels), "big") \
            if pixels else pixels
        if masked == pixels:
            out.append(part)
            continue
        changed, framed = True, bytearray(len(part))
        for k in range(length):  # a column of bytes at a time, each row's filter byte 0
            framed[1 + k::length + 1] = masked[k::length]
        out.append(bytes(framed))
    return b"".join(out) + rows[at:] if changed else None


def _png_pixels(part: bytes, length: int, budget: list[int]) -> bytes:
    """A pass's rows unfiltered, their filter bytes gone, a block at a time (as _read_indices reads them); a block
    of filtered rows counted against `budget`."""
    sink, previous, known = _Rows(), bytes(length), {}
    step = max(1, _BLOCK // (length + 1)) * (length + 1)
    for start in range(0, len(part), step):
        block = bytearray(part[start:start + step])
        if block[0::length + 1].strip(b"\0"):
            budget[0] -= len(block) // (length + 1)
            if budget[0] < 0:
                raise ValueError("too many filtered rows")
        previous = _unfiltered(block, length, previous, sink, known)
    return b"".join(sink.blocks)


def _jpeg(blob: bytes) -> bytes:
    """The JPEG's first image: its frame, tables and scans (read through, a progressive JPEG's segments between
    scans too) up to its end of image; what follows (MPF's secondary images, each with its EXIF) goes. Bytes
    between segments are skipped as readers skip them; tables no scan reads go (_tables_read); a scan's data past
    its last block goes (_Scans)."""
    out, position, scans = [b"\xff\xd8"], 2, _Scans()
    while position < len(blob):
        if blob[position] != 0xFF:  # stray bytes: a reader resynchronises on the next marker
            position = blob.find(b"\xff", position)
            if position < 0:
                break
            continue
        marker = blob[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:  # end of image: what follows is not this picture
            out.append(b"\xff\xd9")
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(blob[position:position + 2])
            position += 2
            continue
        (length,) = struct.unpack(">H", blob[position + 2:position + 4])
        end = position + 2 + length
        if end > len(blob) or length < 2:
            raise ValueError("damaged segment")
        turned = _orientation(blob[position + 10:end]) if blob[position + 4:position + 10] == _EXIF else None
        if marker == 0xE1 and turned not in (None, 1):
            exif = _EXIF + _turned(turned)
            out.append(b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif)
        if 0xC0 <= marker <= 0xCF and marker not in (0xC8, 0xCC) or marker in _JPEG_TABLES or \
                marker == 0xCC and _conditioning(blob[position + 4:end]):  # not JPG (reserved), a DAC of other bytes
            out.append(blob[position:end])
        elif marker in _JPEG_KEPT and blob[position + 4:end].startswith(_JPEG_KEPT[marker][0]):
            out.append(_jpeg_header(marker, blob[position + 4:end]))
        scans.see(marker, blob[position + 4:end])
        position = end
        if marker == 0xDA:  # a scan's entropy-coded data, up to the next marker
            position = _scan_end(blob, position)
            out.append(scans.read(blob[end - length + 2:end], blob[end:position]))
    return b"".join(_tables_read(out))


def _tables_read(parts: list[bytes]) -> list[bytes]:
    """The JPEG's segments with the quantisation and Huffman tables no scan reads left out (rev-tpl21 12: a table
    no component or scan names carried 64 bytes of free text): a definition counts as read when a later scan
    names its slot – a Huffman table by the scan's Td or Ta, a quantisation table by the frame's Tq of a
    component the scan holds – before the slot is defined again; a segment left with no table goes."""
    tables: dict[int, list[tuple[tuple, bytes]]] = {}
    current: dict[tuple, tuple[int, int]] = {}
    read, quantisers = set(), {}
    for index, part in enumerate(parts):
        marker = part[1] if part[:1] == b"\xff" and len(part) >= 4 else None
        if marker in (0xDB, 0xC4):
            tables[index] = _jpeg_tables(marker, part[4:])
            for number, (slot, _) in enumerate(tables[index]):
                current[slot] = (index, number)
        elif marker is not None and 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            quantisers = {part[10 + 3 * k]: part[12 + 3 * k] for k in range(part[9]) if 12 + 3 * k < len(part)}
        elif marker == 0xDA:
            for k in range(part[4]):
                component, selectors = part[5 + 2 * k:7 + 2 * k]
                read.update(current.get(slot) for slot in (("q", quantisers.get(component)), ("h", 0, selectors >> 4),
                                                          ("h", 1, selectors & 15)))
    out = []
    for index, part in enumerate(parts):
        if index in tables:
            kept = b"".join(body for number, (_, body) in enumerate(tables[index]) if (index, number) in read)
            part = part[:2] + struct.pack(">H", 2 + len(kept)) + kept if kept else b""
        out.append(part)
    return out


def _jpeg_tables(marker: int, data: bytes) -> list[tuple[tuple, bytes]]:
    """A DQT's or DHT's tables: each one's slot and bytes; ValueError when one runs past the segment."""
    tables, position = [], 0
    while position < len(data):
        head = data[position]
        if marker == 0xDB:
            size, slot = 1 + 64 * (2 if head >> 4 else 1), ("q", head & 15)
        else:
            size, slot = 17 + sum(data[position + 1:position + 17]), ("h", head >> 4, head & 15)
        if position + size > len(data) or (marker == 0xC4 and position + 17 > len(data)):
            raise ValueError("damaged segment")
        tables.append((slot, data[position:position + size]))
        position += size
    return tables


def _conditioning(data: bytes) -> bool:
    """Whether a DAC segment holds only arithmetic conditioning entries (class and table byte, value byte)."""
    return len(data) % 2 == 0 and all(byte & 0xEC == 0 for byte in data[::2])


def _jpeg_header(marker: int, data: bytes) -> bytes:
    """A kept APPn segment at its defined size (JFIF's thumbnail size set to none)."""
    data = data[:_JPEG_KEPT[marker][1]]
    if marker == 0xE0 and len(data) == 14:
        data = data[:12] + b"\0\0"
    return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data


def _scan_end(blob: bytes, position: int) -> int:
    """Where a scan's entropy-coded data ends: at the first 0xFF that is neither stuffed (0xFF00), a restart marker
    nor a fill byte."""
    while True:
        position = blob.find(b"\xff", position)
        if position < 0 or position + 1 >= len(blob):
            return len(blob)
        following = blob[position + 1]
        if following == 0xFF:
            position += 1
        elif following == 0 or 0xD0 <= following <= 0xD7:
            position += 2
        else:
            return position


# Huffman codes the JPEGs of one template (one_budget) may have read together: an ordinary photo has one to two
# a byte of its data – 6 MB of JPEG or more, where Word stores a photo at 220 ppi in some hundred kB; a 12-Mpx
# progressive photo (GIMP's default) 3,8 M, charged 4,3 M (rev-tpl24 1: charged 3,5× its codes, it was
# refused) –; each code is counted once, the rest of the walk by _STEPS; a block of an end-of-band run with no
# coefficient to refine costs nothing: the run is skipped in one step (rev-tpl24 13)
_JPEG_CODES = 12_000_000
_STEPS = 8  # what else a progressive walk does (coefficients passed, bits skipped) at the cost of one code

_JPEG_COMPONENTS = 4  # colour components a photo has at most (CMYK); more only make the walk longer (rev-tpl24 7)
_JPEG_PROCESSES = {0xC3: "JPEG bezstratny", 0xC5: "JPEG hierarchiczny", 0xC6: "JPEG hierarchiczny",
                   0xC7: "JPEG hierarchiczny", 0xC9: "JPEG z kodowaniem arytmetycznym",
                   0xCA: "JPEG z kodowaniem arytmetycznym", 0xCB: "JPEG bezstratny", 0xCD: "JPEG hierarchiczny",
                   0xCE: "JPEG hierarchiczny", 0xCF: "JPEG hierarchiczny"}
_SHARED: contextvars.ContextVar[list | None] = contextvars.ContextVar("jpeg_budget", default=None)


def _jpeg_costly() -> Costly:
    """The refusal of JPEG data past the budget, saying what was counted."""
    codes = f"{_JPEG_CODES:,}".replace(",", " ")
    return Costly("too many Huffman codes", f"ponad {codes} kodów JPEG, licząc {_STEPS} współczynników lub bitów "
                  "doprecyzowania jak jeden kod")


@contextlib.contextmanager
def one_budget():
    """Within it, every JPEG stripped shares one _JPEG_CODES budget (rev-tpl24 7: one a picture let a template of
    a dozen walk a dozen times as long)."""
    token = _SHARED.set([_JPEG_CODES])
    try:
        yield
    finally:
        _SHARED.reset(token)


class _Scans:
    """What a Huffman-coded JPEG's scans read, sequential or progressive (SOF0, SOF1, SOF2): bytes after the last
    block of a scan or of a restart interval are skipped by every decoder („extraneous bytes before marker”) – free
    room for text riding to the public picture (tpl35) –, so they are cut. The frame, the Huffman tables and the
    restart interval in force are followed segment by segment; a frame of another process (arithmetic, lossless,
    hierarchical: their data is not walked, text after it would ride – rev-tpl24 6) or of more than
    _JPEG_COMPONENTS components is Opaque; a scan that cannot be walked (a table missing, a code no table has,
    data running short) is kept as it is. Huffman tables are built only when a scan uses them (rev-tpl24 3)."""

    def __init__(self) -> None:
        self.frame: tuple | None = None  # (width, height, {component id: (h, v)})
        self.huffman: dict = {}  # slot: the table's bytes
        self.built: dict = {}  # (table bytes, dc): its lookup
        self.left = _SHARED.get() or [_JPEG_CODES]  # one list, shared by the template's pictures
        self.interval, self.progressive, self.masks = 0, False, {}

    def see(self, marker: int, body: bytes) -> None:
        """Follow a segment (its bytes after the length)."""
        if marker in (0xC0, 0xC1, 0xC2):
            height, width, count = struct.unpack(">HHB", body[1:6])
            if count > _JPEG_COMPONENTS:
                raise Opaque(f"JPEG o {count} składowych koloru")
            parts = {body[6 + 3 * k]: (body[7 + 3 * k] >> 4, body[7 + 3 * k] & 15) for k in range(count)}
            self.frame = (width, height, parts) if width and height and all(all(f) for f in parts.values()) else None
            self.progressive, self.masks = marker == 0xC2, {}
        elif marker in _JPEG_PROCESSES:
            raise Opaque(_JPEG_PROCESSES[marker])
        elif marker == 0xC4:
            self.huffman.update(_jpeg_tables(marker, body))
        elif marker == 0xDD and len(body) >= 2:
            self.interval = struct.unpack(">H", body[:2])[0]

    def read(self, header: bytes, data: bytes) -> bytes:
        """A scan's entropy-coded data (header: its SOS segment's bytes after the length) less what no decoder
        reads: each restart interval cut after its last block, intervals past the scan's blocks left out."""
        units, mcus = self._units(header)
        spectral = header[1 + 2 * header[0]:4 + 2 * header[0]] if units else b""
        if len(spectral) < 3 or not all(all(pair) for pair in units) and not self.progressive:
            return data
        start, end, approximation = spectral
        needed = (1,) if start else () if approximation >> 4 else (0,)  # the AC table, none, the DC table
        if self.progressive and (start > end or end > 63 or start and header[0] != 1 or not start and end or
                                 any(pair[k] is None for pair in units for k in needed)):
            return data
        per = self.interval or mcus
        intervals, out = _intervals(data), []
        for number in range(-(-mcus // per)):
            if number >= len(intervals):
                return data  # fewer intervals than blocks: a decoder fills them in, nothing to cut
            raw, marker = intervals[number]
            count, unstuffed = min(per, mcus - number * per), raw.replace(b"\xff\x00", b"\xff")
            if self.progressive:
                masks = self.masks.setdefault(header[1], [0] * mcus) if spectral[0] else []
                used, codes = _progressive_read(unstuffed, units, (number * per, count), spectral, masks,
                                                self.left[0])
            else:
                used, codes = _blocks_read(unstuffed, units, count, self.left[0])
            self.left[0] -= codes
            if used is None:
                return data
            out.append(raw[:_stuffed_length(raw, used)] + (marker if number + 1 < -(-mcus // per) else b""))
        return b"".join(out)

    def _units(self, header: bytes) -> tuple[list, int]:
        """The (DC, AC) decoders of each block of an MCU in order (None: not defined, or not fitting) and the scan's
        number of MCUs; ([], 0) when the scan is not walked."""
        if self.frame is None or not header:
            return [], 0
        width, height, parts = self.frame
        tallest, widest = max(v for _, v in parts.values()), max(h for h, _ in parts.values())
        units = []
        for k in range(header[0]):
            component, selectors = header[1 + 2 * k:3 + 2 * k]
            tables = (self._table(("h", 0, selectors >> 4)), self._table(("h", 1, selectors & 15)))
            if component not in parts:  # (a table not defined, or not fitting: None)
                return [], 0
            h, v = parts[component]
            units += [tables] * (1 if header[0] == 1 else h * v)
        if header[0] == 1:
            h, v = parts[header[1]]
            return units, -(-(-(-width * h // widest)) // 8) * -(-(-(-height * v // tallest)) // 8)
        return units, -(-width // (8 * widest)) * -(-height // (8 * tallest))

    def _table(self, slot: tuple) -> list[int] | None:
        """The lookup of the table defined in the slot (None: none, or not fitting), built once for its bytes."""
        table = self.huffman.get(slot)
        if table is None:
            return None
        key = (table, slot[1] == 0)
        if key not in self.built:
            self.built[key] = _huffman(table, slot[1] == 0)
        return self.built[key]


class _Short(Exception):
    """Entropy-coded data running short, or holding a code no table has: a scan not cut."""


class _Bits:
    """Unstuffed entropy-coded data read bit by bit: Huffman codes (counted against a budget) and plain bits."""

    def __init__(self, data: bytes, allowed: int) -> None:
        self.data, self.allowed, self.acc, self.bits, self.position, self.codes = data, allowed, 0, 0, 0, 0
        self.steps = 0  # coefficients passed and bits read outside codes: _STEPS of them cost as a code

    def _fill(self) -> None:
        if self.bits < 32:
            if self.position > len(self.data) + 8:
                raise _Short
            chunk = self.data[self.position:self.position + 4].ljust(4, b"\0")
            self.acc = (self.acc & ((1 << self.bits) - 1)) << 32 | int.from_bytes(chunk, "big")
            self.position, self.bits = self.position + 4, self.bits + 32

    def charge(self, codes: int = 0, steps: int = 0) -> None:
        """Count codes read and other steps; Costly past the budget."""
        self.codes, self.steps = self.codes + codes, self.steps + steps
        if self.cost() > self.allowed:
            raise _jpeg_costly()

    def cost(self) -> int:
        return self.codes + self.steps // _STEPS

    def code(self, table: list) -> int:
        self.charge(1)
        self._fill()
        entry = table[self.acc >> (self.bits - 16) & 0xFFFF]
        if not entry:
            raise _Short
        self.bits -= entry >> 8
        return entry & 255

    def take(self, count: int) -> int:
        """The next `count` bits (up to 16) as a number."""
        self._fill()
        self.bits -= count
        return self.acc >> self.bits & ((1 << count) - 1)

    def skip(self, count: int) -> None:
        """Pass `count` bits in one step."""
        if count > self.bits:
            passed = self.position * 8 - self.bits + count
            self.acc, self.bits, self.position = 0, 0, passed // 8
            count = passed % 8
        self._fill()
        self.bits -= count

    def used(self) -> int | None:
        used = -(-(self.position * 8 - self.bits) // 8)
        return used if used <= len(self.data) else None


def _progressive_read(data: bytes, units: list, blocks: tuple[int, int], spectral: bytes, masks: list,
                      allowed: int) -> tuple[int | None, int]:
    """_blocks_read for one restart interval of a progressive scan (ITU T.81 G.1.2, as libjpeg's jdphuff.c reads
    it): `blocks` (first, count) – MCUs of a DC scan, blocks of an AC scan, whose component's coefficients already
    non-zero `masks` holds a bit mask of each block for (an AC refinement reads a correction bit for each). Every
    code and bit read is charged (a DC refinement's bit a block too – rev-tpl24 2); an end-of-band run is passed in
    one step, reading only its blocks' correction bits (rev-tpl24 13)."""
    start, end, approximation = spectral
    reader, run, index, last = _Bits(data, allowed), 0, blocks[0], blocks[0] + blocks[1]
    try:
        while index < last:
            if not start and approximation >> 4:  # a DC refinement: a bit a block
                reader.charge(steps=(last - index) * len(units))
                reader.skip((last - index) * len(units))
                break
            if not start:
                for dc, _ in units:
                    reader.skip(reader.code(dc))
            elif run:
                count = min(run, last - index)
                if approximation >> 4:
                    _run_corrected(reader, masks[index:index + count], start, end)
                index, run = index + count, run - count
                continue
            elif approximation >> 4:
                masks[index], run = _refined(reader, units[0][1], masks[index], start, end, 0)
            else:
                masks[index], run = _first(reader, units[0][1], masks[index], start, end)
            index += 1
    except _Short:
        return None, reader.cost()
    return reader.used(), reader.cost()


def _run_corrected(reader: _Bits, masks: list, start: int, end: int) -> None:
    """Pass the blocks of a refinement scan's end-of-band run: a correction bit for each coefficient of the band
    already non-zero; each bit and each block holding one charged, blocks of none passed at C speed."""
    band = ((1 << (end - start + 1)) - 1) << start
    holding = len(masks) - masks.count(0)
    if holding:
        bits = sum(map(int.bit_count, map(band.__and__, masks)))
        reader.charge(steps=holding + bits)
        reader.skip(bits)


def _first(reader: _Bits, ac: list, mask: int, k: int, end: int) -> tuple[int, int]:
    """An AC first scan's block: the coefficients it makes non-zero and the end-of-band run it starts."""
    while k <= end:
        symbol = reader.code(ac)
        run, size = symbol >> 4, symbol & 15
        if size:
            k += run
            reader.skip(size)
            mask |= 1 << min(k, 63)
        elif run == 15:
            k += 15
        else:
            return mask, (1 << run) - 1 + (reader.take(run) if run else 0)
        k += 1
    return mask, 0


def _refined(reader: _Bits, ac: list, mask: int, start: int, end: int, run: int) -> tuple[int, int]:
    """An AC refinement scan's block: its coefficients non-zero after it and the end-of-band run left."""
    k = start
    if not run:
        while k <= end:
            symbol = reader.code(ac)
            zeros, size = symbol >> 4, symbol & 15
            if size:
                reader.skip(1)
            elif zeros != 15:
                run = (1 << zeros) + (reader.take(zeros) if zeros else 0)
                break
            passed, corrected = k, 0
            while k <= end:  # to the zero coefficient the symbol names, a correction bit for each non-zero one
                if mask >> k & 1:
                    corrected += 1
                elif zeros == 0:
                    break
                else:
                    zeros -= 1
                k += 1
            reader.charge(steps=k - passed)  # the coefficients passed (a correction bit each non-zero one)
            reader.skip(corrected)
            if size:
                mask |= 1 << min(k, 63)
            k += 1
    if run:
        if k <= end:
            reader.skip(bin(mask >> k & ((1 << (end - k + 1)) - 1)).count("1"))
        run -= 1
    return mask, run


def _huffman(table: bytes, dc: bool) -> list[int] | None:
    """A DHT table (its class and slot byte, 16 counts, symbols) as a lookup of every 16-bit prefix: the code's
    length << 8 | its symbol, 0 for no code; None for a table whose codes do not fit or a DC table with a size
    past 16 bits."""
    if dc and any(symbol > 16 for symbol in table[17:]):
        return None
    lookup, code, symbols = [0] * 65536, 0, iter(table[17:])
    for length in range(1, 17):
        for _ in range(table[length]):
            span = 1 << (16 - length)
            if (code + 1) * span > 65536:
                return None
            lookup[code * span:(code + 1) * span] = [length << 8 | next(symbols)] * span
            code += 1
        code <<= 1
    return lookup


def _blocks_read(data: bytes, units: list, mcus: int, allowed: int) -> tuple[int | None, int]:
    """The bytes of unstuffed entropy-coded data the blocks of `mcus` MCUs read (each: a DC difference, AC
    coefficients to the end of block) – None when a code is in no table or the data runs short – and the codes
    read; Costly past `allowed` codes."""
    acc = bits = position = codes = 0
    for _ in range(mcus):
        if codes > allowed:
            raise _jpeg_costly()
        for dc, ac in units:
            table, k = dc, 0
            while k < 64:
                if bits < 32:
                    if position > len(data) + 8:
                        return None, codes  # run short: a decoder fills the rest in
                    acc = (acc & ((1 << bits) - 1)) << 32 | int.from_bytes(data[position:position + 4].ljust(4, b"\0"), "big")
                    position, bits = position + 4, bits + 32
                entry = table[acc >> (bits - 16) & 0xFFFF]
                codes += 1
                if not entry:
                    return None, codes
                symbol = entry & 255
                size = symbol if table is dc else symbol & 15
                bits -= (entry >> 8) + size
                if table is dc:
                    table, k = ac, 1
                elif size:
                    k += (symbol >> 4) + 1
                elif symbol == 0xF0:
                    k += 16
                else:
                    break
    used = -(-(position * 8 - bits) // 8)
    return (used if used <= len(data) else None), codes


def _intervals(data: bytes) -> list[tuple[bytes, bytes]]:
    """A scan's entropy-coded data split at its restart markers: each interval's bytes and the marker after it."""
    found, start, position = [], 0, 0
    while (position := data.find(b"\xff", position)) >= 0 and position + 1 < len(data):
        if 0xD0 <= data[position + 1] <= 0xD7:
            found.append((data[start:position], data[position:position + 2]))
            start = position = position + 2
        else:
            position += 2 if data[position + 1] == 0 else 1
    return found + [(data[start:], b"")]


def _stuffed_length(raw: bytes, used: int) -> int:
    """The raw length holding the first `used` unstuffed bytes (a 0xFF written as 0xFF 0x00)."""
    length, position = used, 0
    while (position := raw.find(b"\xff\x00", position)) >= 0 and position < length:
        length, position = length + 1, position + 2
    return length


_JPEG_TABLES = {0xDA, 0xDB, 0xDD}  # scan, quantisation tables, restart interval; not DNL or the hierarchical ones
_EXIF = b"Exif\0\0"
_ORIENTATION = 0x0112


def _orientation(tiff: bytes) -> int | None:
    """The orientation (1–8) in the first directory of EXIF's TIFF structure; None when it has none or is damaged."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None:
        return None
    try:
        (start,) = struct.unpack(order + "I", tiff[4:8])
        (count,) = struct.unpack(order + "H", tiff[start:start + 2])
        for entry in range(start + 2, start + 2 + 12 * count, 12):
            tag, kind = struct.unpack(order + "HH", tiff[entry:entry + 4])
            if tag == _ORIENTATION and kind == 3:
                return struct.unpack(order + "H", tiff[entry + 8:entry + 10])[0]
    except struct.error:
        return None
    return None


def _turned(orientation: int) -> bytes:
    """A TIFF structure holding only the orientation."""
    return b"MM\0*" + struct.pack(">IHHHIHHI", 8, 1, _ORIENTATION, 3, 1, orientation, 0, 0)


_GIF_LOOPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")  # the application blocks that only say how often an animation runs


def _gif(blob: bytes) -> bytes:
    """The GIF less its comment blocks and application blocks other than the animation's loop count; each image's
    data cut at its end code and its colour tables' entries no pixel uses zeroed (rev-tpl20 12: bytes rode in both,
    every reader stops at the end code)."""
    table = 3 << ((blob[10] & 7) + 1) if blob[10] & 0x80 else 0
    position = 13 + table
    out = [blob[:position]]
    used, kept, budget = {blob[11]}, set(), [_GIF_CODES]  # the background's entry; each frame's transparent one
    while position < len(blob) and blob[position] != 0x3B:  # a GIF without its trailer ends with its data
        if blob[position] == 0x21:
            end = _sub_blocks(blob, position + 2)
            label, name = blob[position + 1], blob[position + 3:position + 14]
            # frame timing, the loop; not plain text (label 0x01): no reader draws it, so it is metadata in effect
            if label == 0xF9 and blob[position + 2] >= 4:  # its one block of 4 bytes, nothing after
                out.append(b"\x21\xf9\x04" + blob[position + 3:position + 7] + b"\0")
                kept.add(blob[position + 6])
            elif label == 0xFF and name in _GIF_LOOPS and blob[position + 14] >= 3:  # sub-block 1, loop count
                out.append(blob[position:position + 14] + b"\x03" + blob[position + 15:position + 18] + b"\0")
        elif blob[position] == 0x2C:
            packed = blob[position + 9]
            local = 3 << ((packed & 7) + 1) if packed & 0x80 else 0
            end = _sub_blocks(blob, position + 11 + local)
            pixels = struct.unpack("<HH", blob[position + 5:position + 9])
            data, indices = _gif_data(blob, position + 10 + local, end, pixels[0] * pixels[1], budget)
            head = blob[position:position + 10 + local]
            if local:
                head = head[:10] + _zeroed(head[10:], indices | kept, 3)
            else:
                used |= indices | kept
            out.append(head + data)
        else:
            break  # a reader stops at a block it does not know: so does the copy
        position = end
    out[0] = out[0][:13] + _zeroed(out[0][13:], used, 3)
    return b"".join(out) + b";"


def _gif_data(blob: bytes, position: int, end: int, pixels: int, budget: list[int]) -> tuple[bytes, set[int]]:
    """An image's LZW code size and sub-blocks cut after its end code or its last declared pixel (_lzw), and the
    colour indices it draws; budget: the codes the picture's frames may still walk."""
    minimum = blob[position]
    data, at = bytearray(), position + 1
    while at < end - 1:
        data += blob[at + 1:at + 1 + blob[at]]
        at += blob[at] + 1
    indices, data = _lzw(bytes(data), minimum, pixels, budget)
    return bytes([minimum]) + b"".join(bytes([len(data[k:k + 255])]) + data[k:k + 255]
                                       for k in range(0, len(data), 255)) + b"\0", indices


def _lzw(data: bytes, minimum: int, pixels: int, budget: list[int] | None = None) -> tuple[set[int], bytes]:
    """The colour indices a GIF image's LZW codes draw (those are the literal codes: every longer string is made of
    them) and its codes up to its end code – or to the code drawing its last declared pixel, an end code put after
    it: every reader stops there, bytes past it ride unread (rev-tpl21 1). Clear codes, which draw nothing, are
    bounded by the image's size, and a run of them drawing nothing between by _IDLE_CLEARS, so a small image's data
    cannot cost minutes of walking; and the walk reads at most its budget's codes, counted one by one at the width
    each has, whatever size the picture declares (rev-tpl22 4; rev-tpl23 3: counted as 9-bit codes, an ordinary
    8-Mpx GIF of 12-bit ones was refused), a clear code counted as _CLEAR_COST: Costly past it."""
    if not 2 <= minimum <= 8:  # the GIF spec's code sizes; at 1 this walk kept 2-bit codes, giflib grows them
        raise ValueError("damaged image data")
    budget = budget if budget is not None else [_GIF_CODES]
    indices, walked, codes = _lzw_walk(data, minimum, pixels, budget[0])
    budget[0] -= codes
    return indices, walked


def _lzw_walk(data: bytes, minimum: int, pixels: int, allowed: int) -> tuple[set[int], bytes, int]:
    """_lzw's walk over the data and the cost of the codes it read (_CLEAR_COST a clear code); Costly when it goes
    past `allowed`."""
    clear = 1 << minimum
    width, following, previous = minimum + 1, clear + 2, None
    lengths = [1] * clear + [0] * (4096 - clear)  # how many pixels each table entry draws
    indices: set[int] = set()
    store = bits = read = position = drawn = clears = idle = codes = 0
    while True:
        while bits < width and position < len(data):
            store |= data[position] << bits
            position, bits = position + 1, bits + 8
        if bits < width:
            return indices, data, codes
        codes += 1
        if codes > allowed:
            raise Costly("too many LZW codes", _GIF_COSTLY)
        code = store & ((1 << width) - 1)
        store, bits, read = store >> width, bits - width, read + width
        if code == clear:
            idle += previous is None  # a clear after a clear: no encoder writes runs of them
            width, following, previous, clears = minimum + 1, clear + 2, None, clears + 1
            if clears > 2 * pixels + 4096 or idle > _IDLE_CLEARS:  # these only cost time
                raise ValueError("damaged image data")
            codes += _CLEAR_COST - 1
            if codes > allowed:
                raise Costly("too many LZW clear codes", _GIF_COSTLY)
            continue
        if code == clear + 1:
            return indices, data[:-(-read // 8)], codes
        if code < clear:
            indices.add(code)
        elif code > following or (code == following and previous is None):
            raise ValueError("damaged image data")
        drawn += lengths[code] if code < following else lengths[previous] + 1
        if previous is not None and following < 4096:
            lengths[following] = lengths[previous] + 1
            following += 1
            if following == 1 << width and width < 12:
                width += 1
        previous = code
        if drawn >= pixels:
            return indices, _ended(data, read, width, clear + 1), codes


def _ended(data: bytes, read: int, width: int, end: int) -> bytes:
    """LZW data cut after its first `read` bits, its end code (`width` bits) after them – as it is when the
    data's next code is its end code already."""
    value = int.from_bytes(data[:-(-(read + width) // 8)], "little")
    if value >> read & ((1 << width) - 1) == end and len(data) * 8 >= read + width:
        return data[:-(-(read + width) // 8)]
    value = value & ((1 << read) - 1) | end << read
    return value.to_bytes(-(-(read + width) // 8), "little")


def _sub_blocks(blob: bytes, position: int) -> int:
    """Where the sub-blocks starting at position end (after their empty closing one)."""
    while blob[position]:
        position += blob[position] + 1
    return position + 1


_BMP_SRGB = 0x73524742  # LCS_sRGB, in place of an embedded or linked colour profile (PROFILE_EMBEDDED, _LINKED)


def _bmp(blob: bytes) -> bytes:
    """The bitmap rebuilt from its headers, colour masks and table, and pixel rows, nothing between or after them
    (where bytes would ride unread); a V5 header's colour profile – embedded, or linked by a file's path – goes
    (sRGB in its place); Embedded when its pixels are a JPEG or PNG file. Only what a reader draws with stays
    (rev-tpl21 10): a table entry no pixel indexes is zeroed, a bitmap of more than 8 bits loses its table (a hint
    for 256-colour screens), each row's padding is zeroed and RLE data ends at its end code."""
    (offset,) = struct.unpack("<I", blob[10:14])
    dib = _dib(blob[14:14 + 124])
    header = bytearray(blob[14:14 + dib.size])
    if dib.size == 124:
        header[56:60] = struct.pack("<I", _BMP_SRGB) if struct.unpack("<I", header[56:60])[0] in (
            0x4D424544, 0x4C494E4B) else header[56:60]
        header[112:120] = b"\0" * 8  # the profile's offset and size
    _unread_zeroed(header, dib)
    masks = blob[14 + dib.size:14 + dib.size + dib.masks]
    table = blob[14 + dib.size + dib.masks:14 + dib.size + dib.masks + dib.table]
    data = blob[offset:] if dib.unsized else blob[offset:offset + dib.pixels]
    if len(header) + len(masks) + len(table) != dib.size + dib.masks + dib.table or len(data) < dib.pixels:
        raise ValueError("damaged bitmap")
    if dib.compression in (1, 2):
        data, used = _rle(data, dib)
        if not data:
            raise ValueError("damaged bitmap")  # no codes: never a public picture without its pixels (rev-tpl22 7)
    else:
        data = _unpadded(data, dib)
        used = _dib_indices(data, dib) if dib.bits <= 8 else set()
    if dib.bits > 8:
        table = b""
        if dib.size >= 40:
            header[32:36] = bytes(4)  # biClrUsed
    else:
        table = _table_zeroed(table, used, dib.entry)
    if dib.size >= 40:
        header[20:24] = struct.pack("<I", len(data))  # biSizeImage: the data's, not a free number
    head = bytes(header) + masks + table
    return b"BM" + struct.pack("<IHHI", 14 + len(head) + len(data), 0, 0, 14 + len(head)) + head + data


def _table_zeroed(table: bytes, used: set[int], entry: int) -> bytes:
    """A bitmap's colour table with the entries no pixel indexes zeroed, and each used RGBQUAD's rgbReserved byte
    (ignored by readers; a 32-bit bitmap, whose 4th byte some take for alpha, has no table) – rev-tpl22 6."""
    table = _zeroed(table, used, entry)
    if entry != 4:
        return table
    quads = bytearray(table)
    quads[3::4] = bytes(len(quads[3::4]))
    return bytes(quads)


def _unread_zeroed(header: bytearray, dib: _Dib) -> None:
    """A bitmap header's fields no reader draws with, zeroed in place (rev-tpl22 6): biClrImportant; a V4/V5
    header's colour masks when the pixels are indices or 24-bit colours, its endpoints and gammas unless its colour
    space is calibrated RGB (the only one reading them), bV5Reserved; an unknown rendering intent becomes
    LCS_GM_IMAGES."""
    if dib.size < 40:
        return
    header[36:40] = bytes(4)
    if dib.size < 108:
        return
    if dib.compression == 0 and dib.bits not in (16, 32):
        header[40:56] = bytes(16)
    if struct.unpack("<I", header[56:60])[0] != 0:  # not LCS_CALIBRATED_RGB
        header[60:108] = bytes(48)
    if dib.size == 124:
        if struct.unpack("<I", header[108:112])[0] not in (1, 2, 4, 8):
            header[108:112] = struct.pack("<I", 4)
        header[120:124] = bytes(4)


def _unpadded(data: bytes, dib: _Dib | types.SimpleNamespace) -> bytes:
    """An uncompressed bitmap's rows with the bits past each row's last pixel zeroed (whole integers: no walk)."""
    used = dib.bits * abs(dib.width)
    if used == 8 * dib.row or not data:
        return data
    row = b"\xff" * (used // 8) + (bytes([0xFF << (8 - used % 8) & 0xFF]) if used % 8 else b"")
    mask = (row + bytes(dib.row - len(row))) * abs(dib.height)
    return (int.from_bytes(data, "big") & int.from_bytes(mask, "big")).to_bytes(len(data), "big")


def _dib_indices(data: bytes, dib: _Dib) -> set[int]:
    """The table entries an uncompressed bitmap's rows (padding zeroed) index: whole bytes through _Seen, each
    row's last, partial byte by its pixels only."""
    used, seen = dib.bits * abs(dib.width), _Seen(dib.bits, 0)
    full = used // 8
    for k in range(full):  # one column of bytes at a time: C-speed slices, a few per byte of a row
        seen.add(data[k::dib.row])
    indices = set(seen.indices)
    if used % 8:
        for value in set(data[full::dib.row]):
            indices.update((value >> (8 - dib.bits - shift)) & ((1 << dib.bits) - 1)
                           for shift in range(0, used % 8, dib.bits))
    return indices


_RLE_STEPS = 1_000_000  # codes of one RLE bitmap walked in Python (0.25–0.5 µs each): a drawing needs far fewer


def _rle_steps():
    yield from range(_RLE_STEPS)
    raise ValueError("too many RLE codes")


def _rle(data: bytes, dib: _Dib) -> tuple[bytes, set[int]]:
    """RLE8 or RLE4 data up to its end-of-bitmap code or its last row (what a reader draws), the padding of its
    absolute runs zeroed, and the table entries its pixels index; ValueError for a run past the data, a move
    that goes nowhere (no writer makes one: only a way to make the walk long) or more than _RLE_STEPS codes."""
    out, position, row, four, steps = bytearray(), 0, 0, dib.compression == 2, _rle_steps()
    pairs, single = bytearray(), set()  # bytes whose two halves are drawn (RLE4), bytes of one drawn half
    while position + 1 < len(data) and row < abs(dib.height):
        next(steps)
        count, value = data[position], data[position + 1]
        if count:
            (single.add(value) if four and count == 1 else pairs.append(value))
            out += data[position:position + 2]
            position += 2
        elif value in (0, 1):
            out += data[position:position + 2]
            position, row = position + 2, row + 1 if value == 0 else abs(dib.height)
        elif value == 2:
            if position + 4 > len(data) or not any(data[position + 2:position + 4]):
                raise ValueError("damaged bitmap")
            out += data[position:position + 4]
            position, row = position + 4, row + data[position + 3]
        else:
            size = (value + 1) // 2 if four else value
            run = bytearray(data[position + 2:position + 2 + size])
            if len(run) < size:
                raise ValueError("damaged bitmap")
            if four and value % 2:
                run[-1] &= 0xF0  # the last byte's low half: no pixel
                single.add(run[-1])
            pairs += run[:len(run) - 1] if four and value % 2 else run
            out += data[position:position + 2] + run + bytes(size % 2)
            position += 2 + size + size % 2
    values = set(pairs)
    if not four:
        return bytes(out), values
    return bytes(out), {half for byte in values for half in (byte >> 4, byte & 15)} | {byte >> 4 for byte in single}


_EMF_TEXT = {83, 84, 96, 97, 108}  # EMR_EXTTEXTOUTA/W, EMR_POLYTEXTOUTA/W, EMR_SMALLTEXTOUT
_EMF_COMMENT, _EMF_EOF, _EMF_LAST_RECORD = 70, 14, 122  # EMR_COMMENT, EMR_EOF, EMR_CREATECOLORSPACEW
# Colour spaces and profiles (EMR_CREATECOLORSPACE(W), SET/DELETECOLORSPACE, SETICMPROFILEA/W): a profile file's
# path (C:\Users\…) and data, whose description is free text – dropped as PNG's iCCP is; readers assume sRGB
_EMF_COLOUR_SPACES = {99, 100, 101, 112, 113, 121, 122}  # 121: EMR_COLORMATCHTOTARGETW names a profile (rev-tpl20 9)
_EMF_PLUS_TEXT = {0x401C, 0x4036}  # EMF+ DrawString, DrawDriverString
_WMF_TEXT = {0x0521, 0x0A32}  # META_TEXTOUT, META_EXTTEXTOUT


_EMF_BITMAPS = {76: 84, 77: 84, 78: 84, 79: 96, 80: 48, 81: 48, 114: 84, 116: 84, 93: 16, 94: 16}  # offBmi's place
_EMF_PLUS_COMMENT, _EMF_PLUS_OBJECT, _EMF_PLUS_IMAGE = 0x4003, 0x4008, 5


def _emf(blob: bytes) -> bytes:
    """The EMF with its header's description (the program's and often the source file's name) blanked, its
    comment records (where programs keep private data) left out but EMF+ drawing, its colour spaces too; Embedded
    when a bitmap is a whole JPEG or PNG file or an EMF+ object a picture."""
    count, offset = struct.unpack("<II", blob[60:68])
    end = min(offset + 2 * count, struct.unpack("<I", blob[4:8])[0], len(blob))  # a count past the header: its end
    if count and offset < end:  # (rev-tpl20 18)
        blob = blob[:offset] + b"\0" * (end - offset) + blob[end:]
    records, position = [], 0
    while position + 8 <= len(blob):
        kind, size = struct.unpack("<II", blob[position:position + 8])
        if size < 8 or size % 4 or position + size > len(blob):
            raise ValueError("damaged record")
        record = blob[position:position + size]
        if kind in _EMF_BITMAPS:
            _plain_bitmap(record, _EMF_BITMAPS[kind])
        if kind == _EMF_COMMENT:
            record = _emf_plus(record) if record[12:16] == b"EMF+" else b""
        if kind in _EMF_COLOUR_SPACES:
            record = b""
        if record and 1 <= kind <= _EMF_LAST_RECORD and kind not in _EMF_RESERVED:  # no reader draws these
            records.append(_emf_bounded(kind, record))
        position += size
        if kind == _EMF_EOF:
            break  # what follows the end is no part of the picture
    body = b"".join(records)
    return body[:48] + struct.pack("<II", len(body), len(records)) + body[56:]


# Records of a fixed size (MS-EMF 2.3), by type: one declared longer carries bytes no reader reads (rev-tpl19 2)
_EMF_FIXED = {9: 16, 10: 16, 11: 16, 12: 16, 13: 16, 15: 20, 17: 12, 18: 12, 19: 12, 20: 12, 21: 12, 22: 12, 24: 12,
              25: 12, 27: 16, 29: 24, 30: 24, 33: 8, 34: 12, 35: 32, 36: 36, 37: 12, 38: 28, 39: 24, 40: 12, 42: 24,
              43: 24, 44: 32, 45: 40, 46: 40, 47: 40, 48: 12, 52: 8, 54: 16, 57: 12, 58: 12, 59: 8, 60: 8, 61: 8,
              62: 24, 63: 24, 64: 24, 65: 8, 66: 8, 67: 12, 68: 8, 98: 12, 115: 12, 16: 12, 23: 32, 26: 16,
              28: 8, 31: 24, 32: 24, 41: 28, 51: 16, 53: 24, 55: 40, 100: 12, 101: 12, 104: 48, 111: 24}
_EMF_FIXED.update({109: 16, 120: 16})  # EMR_FORCEUFIMAPPING, EMR_SETTEXTJUSTIFICATION (rev-tpl20 9)
_EMF_RESERVED = {69, 107, 117}  # MS-EMF's reserved record types: of no known type, dropped as such
_EMF_HEADER = 108  # the header record's fields with its OpenGL flag and size in micrometres


def _u32(record: bytes, at: int) -> int:
    return struct.unpack("<I", record[at:at + 4])[0] if at + 4 <= len(record) else 0


# Records whose size their fields define (MS-EMF 2.3): points, polygons, palette entries, region data, a gradient's
# vertices, a colour profile's name and data, escapes' data; a font's is its LogFont (_design_vector)
_EMF_COUNTED = {
    **{kind: (lambda r: 28 + 8 * _u32(r, 24)) for kind in (2, 3, 4, 5, 6)},
    **{kind: (lambda r: 28 + 4 * _u32(r, 24)) for kind in (85, 86, 87, 88, 89)},
    **{kind: (lambda r: 32 + 4 * _u32(r, 24) + 8 * _u32(r, 28)) for kind in (7, 8)},
    **{kind: (lambda r: 32 + 4 * _u32(r, 24) + 4 * _u32(r, 28)) for kind in (90, 91)},
    56: lambda r: 28 + 9 * _u32(r, 24), 92: lambda r: 28 + 5 * _u32(r, 24),
    49: lambda r: 16 + 4 * (_u32(r, 12) >> 16), 50: lambda r: 20 + 4 * _u32(r, 16),
    75: lambda r: 16 + _u32(r, 8), 71: lambda r: 32 + _u32(r, 24), 72: lambda r: 40 + _u32(r, 24),
    73: lambda r: 28 + _u32(r, 24), 74: lambda r: 28 + _u32(r, 24),
    112: lambda r: 20 + _u32(r, 12) + _u32(r, 16), 113: lambda r: 20 + _u32(r, 12) + _u32(r, 16),
    102: lambda r: 12 + _u32(r, 8), 103: lambda r: 28 + _u32(r, 24),
    119: lambda r: 20 + 8 * _u32(r, 8),  # EMR_SETLINKEDUFIS (rev-tpl20 9)
    105: lambda r: 16 + _u32(r, 12), 106: lambda r: 16 + _u32(r, 12), 110: lambda r: 20 + _u32(r, 12) + _u32(r, 16),
}
_EMF_FONT, _EMF_LOGFONT, _EMF_PANOSE, _EMF_DESIGN = 82, 104, 332, 0x08007664  # EMR_EXTCREATEFONTINDIRECTW
_EMF_GRADIENT, _EMF_TRIANGLES = 118, 2  # EMR_GRADIENTFILL, GRADIENT_FILL_TRIANGLE
# Records holding bitmaps: their fixed fields' size and where each (offBmi, cbBmi, offBits, cbBits) stands; bytes
# neither in the fields nor in a bitmap they point to are read by no reader
_EMF_BITMAP_FIELDS = {76: (100, (84,)), 77: (108, (84,)), 78: (128, (84, 112)), 79: (140, (96, 124)),
                      80: (76, (48,)), 81: (80, (48,)), 114: (108, (84,)), 116: (108, (84,)), 93: (32, (16,)),
                      94: (32, (16,)), 95: (52, (12,))}


def _emf_bounded(kind: int, record: bytes) -> bytes:
    """A record cut to its defined size: a fixed one to its type's, a counted one to its counts', EMR_EOF to its
    palette; in a record pointing into itself (the header, a bitmap's) the bytes nothing points to are zeroed – the
    header's description and pixel format keep their offsets – and a bitmap record cut after its last bitmap."""
    if kind == 1:
        count, offset = struct.unpack("<II", record[60:68])
        pixels, at = struct.unpack("<II", record[88:96]) if len(record) >= 96 else (0, 0)
        return _emf_pointed(record, [(0, _EMF_HEADER), (offset, 2 * count), (at, 40 if pixels else 0)], None)
    if kind == _EMF_FONT:
        used = [(0, _EMF_LOGFONT)] + _design_vector(record)
        return _emf_pointed(record, used, max(start + length for start, length in used))
    if kind == _EMF_GRADIENT:  # a rectangle's 8 bytes with 4 of padding a reader may count on, zeroed (MS-EMF 2.3.5.12)
        vertices, items = 36 + 16 * _u32(record, 24), _u32(record, 28)
        used = vertices + (12 if _u32(record, 32) == _EMF_TRIANGLES else 8) * items
        return _emf_pointed(record, [(0, used)], vertices + 12 * items)
    if kind in _EMF_BITMAP_FIELDS:
        fixed, pairs = _EMF_BITMAP_FIELDS[kind]
        pointed = [(_u32(record, at + step), _u32(record, at + step + 4)) for at in pairs for step in (0, 8)]
        if kind == _EMF_EXTCREATEPEN and _u32(record, 28) & 0xF == _PS_USERSTYLE:  # else no reader reads them
            pointed.append((fixed, 4 * _u32(record, 48)))  # an extended pen's style entries, its dashes
        elif kind == _EMF_EXTCREATEPEN:
            record = record[:48] + bytes(4) + record[52:]  # none counted: they go (rev-tpl23 10)
        if any(length and start + length > len(record) for start, length in pointed):
            raise ValueError("damaged record")  # a reader skips what runs past its record: it would ride unread
        used = [(0, fixed)] + pointed
        return _emf_dibs_cleaned(kind, _emf_pointed(record, used, max(start + length for start, length in used)))
    size = _EMF_FIXED.get(kind)
    if kind == _EMF_EOF and len(record) >= 20:
        size = 20 + 4 * _u32(record, 8)
    elif kind in _EMF_COUNTED:
        size = _EMF_COUNTED[kind](record)
    if size is None or len(record) <= size:
        return record
    size += -size % 4
    cut = record[:4] + struct.pack("<I", size) + record[8:size]
    return cut[:-4] + struct.pack("<I", size) if kind == _EMF_EOF else cut  # EOF ends with its own size


# Where a bitmap record's ColorUsage for each of its bitmaps stands (MS-EMF 2.3.1); an extended pen's is its
# LogPenEx's ColorRef, read by _emf_usage
_EMF_USAGES = {76: (80,), 77: (80,), 78: (80, 108), 79: (92, 120), 80: (64,), 81: (64,), 114: (80,), 116: (80,),
               93: (12,), 94: (12,), 95: (40,)}
_EMF_EXTCREATEPEN, _BS_DIBPATTERNS, _PS_USERSTYLE = 95, (5, 6), 7  # BS_DIBPATTERN, BS_DIBPATTERNPT


def _emf_usage(kind: int, record: bytes, place: int) -> int:
    """A bitmap's ColorUsage; an extended pen's (rev-tpl22, after tpl31): its ColorRef's low word under a DIB
    pattern brush style (MS-EMF 2.2.20 LogPenEx), RGB colours otherwise (a BS_PATTERN's bitmap)."""
    if kind != _EMF_EXTCREATEPEN:
        return _u32(record, place)
    return _u32(record, place) & 0xFFFF if _u32(record, 36) in _BS_DIBPATTERNS else 0


def _emf_dibs_cleaned(kind: int, record: bytes) -> bytes:
    """A bitmap record with each bitmap's unused table entries and row padding zeroed in place (_dib_cleaned)."""
    out = bytearray(record)
    for at, place in zip(_EMF_BITMAP_FIELDS[kind][1], _EMF_USAGES.get(kind, ())):
        offset, size, start, length = (_u32(record, at + step) for step in (0, 4, 8, 12))
        if not size or offset + size > len(record) or start + length > len(record):
            continue
        dib = _dib(record[offset:offset + size], _emf_usage(kind, record, place))
        if dib.size + dib.masks + dib.table > size:
            raise ValueError("damaged record")
        bmi, bits = _dib_cleaned(record[offset:offset + size], record[start:start + length], dib)
        out[offset:offset + size], out[start:start + length] = bmi, bits
    return bytes(out)


def _design_vector(record: bytes) -> list[tuple[int, int]]:
    """A font record's design vector, read only past a LogFontPanose's size and with its signature (MS-EMF 2.2.4,
    at most 16 axes); the LogFontEx's names before it (full name, style, script) no reader draws with."""
    if len(record) <= _EMF_PANOSE or _u32(record, 360) != _EMF_DESIGN or _u32(record, 364) > 16:
        return []
    return [(360, 8 + 4 * _u32(record, 364))]


def _emf_pointed(record: bytes, used: list[tuple[int, int]], size: int | None) -> bytes:
    """The record with only the ranges used kept, the rest zeroed; cut to size (None: its own) when shorter."""
    kept = bytearray(len(record))
    for start, length in used:
        length = max(0, min(length, len(record) - start))
        kept[start:start + length] = record[start:start + length]
    if size is None or size >= len(record):
        return bytes(kept)
    size = max(size + -size % 4, 8)
    return record[:4] + struct.pack("<I", size) + bytes(kept[8:size])


def _plain_bitmap(record: bytes, place: int) -> None:
    """Embedded when the record's bitmap header says its bits are a JPEG or PNG file (BI_JPEG, BI_PNG)."""
    if place + 8 <= len(record):
        offset, size = struct.unpack("<II", record[place:place + 8])
        if size >= 20 and offset + 20 <= len(record) and struct.unpack("<I", record[offset + 16:offset + 20])[0] in (4, 5):
            raise Embedded("bitmap")


def _emf_plus(record: bytes) -> bytes:
    """An EMF+ comment record less its EmfPlusComment records; Embedded for an EMF+ picture object."""
    out, position, data = [], 16, record
    while position + 12 <= len(data):
        kind, flags, size = struct.unpack("<HHI", data[position:position + 8])
        if size < 12 or position + size > len(data):
            raise ValueError("damaged record")
        if kind == _EMF_PLUS_OBJECT and (flags >> 8) & 0x7F == _EMF_PLUS_IMAGE:
            raise Embedded("EMF+ image")
        if kind != _EMF_PLUS_COMMENT and 0x4001 <= kind <= _EMF_PLUS_LAST and kind not in _EMF_PLUS_RESERVED:
            out.append(_emf_plus_bounded(kind, flags, data[position:position + size]))
        position += size
    plus = b"EMF+" + b"".join(out)
    return struct.pack("<III", _EMF_COMMENT, 12 + len(plus), len(plus)) + plus


_EMF_PLUS_LAST, _EMF_PLUS_RESERVED = 0x403A, {0x4005, 0x4006, 0x4007}  # SetTSClip; MultiFormatStart/Section/End
# EMF+ records whose data size their type defines (MS-EMFPLUS 2.3) – the header, the end, the drawing state,
# transforms, clipping, shapes by a brush, pen or path id – or their counts of rectangles and points (4 or 8 bytes,
# 8 or 16 with the C flag clear); a record declared longer carries bytes no reader reads (rev-tpl20 10)
_EMF_PLUS_FIXED = {0x4001: 16, 0x4002: 0, 0x4004: 0, 0x4009: 4, 0x4013: 4, 0x4014: 4, 0x4015: 4, 0x401D: 8,
                   **{kind: 0 for kind in range(0x401E, 0x4025)}, 0x4025: 4, 0x4026: 4, 0x4027: 36, 0x4028: 4,
                   0x4029: 4, 0x402A: 24, 0x402B: 0, 0x402C: 24, 0x402D: 8, 0x402E: 8, 0x402F: 4, 0x4030: 4,
                   0x4031: 0, 0x4032: 16, 0x4033: 0, 0x4034: 0, 0x4035: 8}
# (fields before the rectangle, or before a count of items, where the count stands, an item's kind)
_EMF_PLUS_SHAPES = {0x400E: (4, None, "rect"), 0x400F: (0, None, "rect"), 0x4010: (12, None, "rect"),
                    0x4011: (8, None, "rect"), 0x4012: (8, None, "rect"), 0x400A: (8, 4, "rect"),
                    0x400B: (4, 0, "rect"), 0x400C: (8, 4, "point"), 0x400D: (4, 0, "point"),
                    0x4016: (12, 8, "point"), 0x4017: (8, 4, "point"), 0x4018: (16, 12, "point"),
                    0x4019: (4, 0, "point")}


def _emf_plus_bounded(kind: int, flags: int, record: bytes) -> bytes:
    """An EMF+ record cut to the data its type defines (Size and DataSize with it) – an object to its object's
    (rev-tpl21 8), one of no defined type dropped; as it is when its data is not known (a path of relative points
    drawn directly, an object continued in the next record) or shorter."""
    size = _EMF_PLUS_FIXED.get(kind)
    if kind == _EMF_PLUS_OBJECT and not flags & 0x8000:
        if not 1 <= (flags >> 8) & 0x7F <= _EMF_PLUS_LAST_OBJECT:
            return b""
        size = _plus_object(((flags >> 8) & 0x7F), record[12:])
    if kind in _EMF_PLUS_SHAPES and not flags & 0x0800:  # P: points of 1 or 2 bytes each
        before, at, item = _EMF_PLUS_SHAPES[kind]
        width = (8 if flags & 0x4000 else 16) if item == "rect" else (4 if flags & 0x4000 else 8)
        size = before + width * (1 if at is None else _u32(record, 12 + at))
    if size is None or len(record) <= 12 + size:
        return record
    size += -size % 4
    return record[:4] + struct.pack("<II", 12 + size, size) + record[12:12 + size]


_EMF_PLUS_LAST_OBJECT = 9  # CustomLineCap
_EMF_PLUS_TEXTURE = 2  # a brush filled with a picture


def _plus_object(kind: int, data: bytes) -> int:
    """The size of an EMF+ object's data by its type (MS-EMFPLUS 2.2.1): a brush, pen, path, region, font, string
    format, image attributes or custom line cap; ValueError when it runs past its record (no reader draws it)."""
    size = {1: _plus_brush, 2: _plus_pen, 3: _plus_path, 4: _plus_region, 6: lambda d, at: 24 + 2 * _u32(d, 20),
            7: lambda d, at: 60 + 4 * _u32(d, 52) + 8 * _u32(d, 56), 8: lambda d, at: 24,
            9: _plus_cap}[kind](data, 0)
    if size > len(data):
        raise ValueError("damaged record")
    return size


def _plus_brush(data: bytes, at: int) -> int:
    """A brush's size from `at`: solid, hatch, path or linear gradient (their optional transform and blends by
    flag); Embedded for a texture (a picture), ValueError for no defined type."""
    kind, flags = _u32(data, at + 4), _u32(data, at + 8)
    if kind == 0:
        return 12
    if kind == 1:
        return 20
    if kind == _EMF_PLUS_TEXTURE:
        raise Embedded("EMF+ texture")
    if kind == 3:  # centre colour and point, surrounding colours, boundary (a path or points)
        position = at + 32 + 4 * _u32(data, at + 28)
        position += 4 + (_u32(data, position) if flags & 0x01 else 8 * _u32(data, position))
        blends = (0x04, 0x08)
    elif kind == 4:  # rectangle, start and end colours, two reserved
        position, blends = at + 48, (0x04, 0x08, 0x10)
    else:
        raise ValueError("damaged record")
    position += 24 if flags & 0x02 else 0
    for flag in blends:
        if flags & flag:
            position += 4 + 8 * _u32(data, position)
    return position + (12 if kind == 3 and flags & 0x40 else 0) - at


# A pen's optional fields in order (MS-EMFPLUS 2.2.2.35), by flag: (fixed bytes, bytes a count at its start counts)
_PEN_FIELDS = ((0x0001, 24, 0), (0x0002, 4, 0), (0x0004, 4, 0), (0x0008, 4, 0), (0x0010, 4, 0), (0x0020, 4, 0),
               (0x0040, 4, 0), (0x0080, 4, 0), (0x0100, 4, 4), (0x0200, 4, 0), (0x0400, 4, 4), (0x0800, 4, 1),
               (0x1000, 4, 1))


def _plus_pen(data: bytes, at: int) -> int:
    """A pen's size: its flags, unit and width, the optional fields its flags name, then its brush."""
    flags, position = _u32(data, at + 8), at + 20
    for flag, fixed, counted in _PEN_FIELDS:
        if flags & flag:
            position += fixed + counted * _u32(data, position)
    return position + _plus_brush(data, position) - at


def _plus_path(data: bytes, at: int) -> int:
    """A path's size: its points (relative ones of 1 or 2 bytes a coordinate, compressed ones of 2, else 4),
    their types (one byte each, or runs of 2 bytes), padded to 4 bytes."""
    count, flags, position = _u32(data, at + 4), _u32(data, at + 8), at + 12
    if flags & 0x0800:  # relative: each coordinate 1 byte, or 2 when its high bit is set
        for _ in range(2 * count):
            if position >= len(data):
                raise ValueError("damaged record")
            position += 2 if data[position] & 0x80 else 1
    else:
        position += (4 if flags & 0x4000 else 8) * count
    if flags & 0x1000:  # run-length types: 2 bytes a run of up to 63 points
        covered = 0
        while covered < count:
            if position + 2 > len(data) or not data[position] & 0x3F:
                raise ValueError("damaged record")
            covered, position = covered + (data[position] & 0x3F), position + 2
    else:
        position += count
    return position + -(position - at) % 4 - at


def _plus_region(data: bytes, at: int) -> int:
    """A region's size: its tree of nodes – a combination's two children, a rectangle, a path, empty or
    infinite – walked from the root."""
    position, pending = at + 8, 1
    while pending:
        if position + 4 > len(data):
            raise ValueError("damaged record")
        kind, position, pending = _u32(data, position), position + 4, pending - 1
        if 1 <= kind <= 5:
            pending += 2
        elif kind == 0x10000000:
            position += 16
        elif kind == 0x10000001:
            position += 4 + _u32(data, position)
        elif kind not in (0x10000002, 0x10000003):
            raise ValueError("damaged record")
    return position - at


def _plus_cap(data: bytes, at: int) -> int:
    """A custom line cap's size: an adjustable arrow's fields, or a default cap's and its fill and line paths."""
    if _u32(data, at + 4) == 1:
        return 60
    flags, position = _u32(data, at + 8), at + 56
    for flag in (0x01, 0x02):
        if flags & flag:
            position += 4 + _u32(data, position)
    return position - at


_WMF_ESCAPE, _WMF_MFCOMMENT, _WMF_EMF = 0x0626, 0x000F, b"WMFC"


def _wmf(blob: bytes) -> bytes:
    """The WMF less its comment escapes, each record cut to its function's parameters and one of no known function
    dropped, its header cut to its 9 words (rev-tpl20 11: bytes rode in all three); Embedded when an escape carries
    an EMF (LibreOffice draws that EMF instead)."""
    start = 22 if blob[:4] == b"\xd7\xcd\xc6\x9a" else 0
    (header,) = struct.unpack("<H", blob[start + 2:start + 4])
    if 2 * header < _WMF_HEADER:
        raise ValueError("damaged header")
    records, position = [], start + 2 * header
    while position + 6 <= len(blob):
        size, function = struct.unpack("<IH", blob[position:position + 6])
        if size < 3 or position + 2 * size > len(blob):
            if function == 0 and size >= 3:
                break
            raise ValueError("damaged record")
        record = blob[position:position + 2 * size]
        escape = struct.unpack("<H", record[6:8])[0] if function == _WMF_ESCAPE and len(record) >= 8 else None
        if escape == _WMF_MFCOMMENT and record[10:14] == _WMF_EMF:
            raise Embedded("EMF in WMF")
        if escape != _WMF_MFCOMMENT and _wmf_known(function):
            records.append(_wmf_bounded(function, record))
        position += 2 * size
        if function == 0:
            break
    body = b"".join(records)
    head = blob[start:start + min(2 * header, _WMF_HEADER)]
    head = head[:2] + struct.pack("<HHI", len(head) // 2, _u16(head, 4), (len(head) + len(body)) // 2) + head[10:16] + \
        b"\0\0"  # NumberOfMembers: unused
    return _placeable(blob[:start]) + head + body


_WMF_HEADER = 18  # bytes: Type, HeaderSize, Version, Size, NumberOfObjects, MaxRecord, NumberOfMembers
# Records of a fixed number of parameter words (MS-WMF 2.3), by function; the state records' optional reserved
# word counted in
_WMF_FIXED = {0x0000: 0, 0x0035: 0, 0x001E: 0, 0x0102: 2, 0x0103: 2, 0x0104: 2, 0x0105: 2, 0x0106: 2, 0x0107: 2,
              0x0108: 1, 0x012E: 2, 0x0127: 1, 0x012A: 1, 0x012B: 1, 0x012C: 1, 0x012D: 1, 0x0139: 1, 0x01F0: 1,
              0x0234: 1, 0x0149: 2, 0x0201: 2, 0x0209: 2, 0x020A: 2, 0x020B: 2, 0x020C: 2, 0x020D: 2, 0x020E: 2,
              0x020F: 2, 0x0211: 2, 0x0213: 2, 0x0214: 2, 0x0220: 2, 0x0228: 2, 0x0231: 2, 0x0410: 4, 0x0412: 4,
              0x0415: 4, 0x0416: 4, 0x0418: 4, 0x0419: 4, 0x041B: 4, 0x041F: 4, 0x0429: 4, 0x061C: 6, 0x061D: 6,
              0x0548: 5, 0x0817: 8, 0x081A: 8, 0x0830: 8, 0x02FA: 5, 0x02FC: 4, 0x02FB: 25}


def _u16(record: bytes, at: int) -> int:
    return struct.unpack("<H", record[at:at + 2])[0] if at + 2 <= len(record) else 0


def _wmf_polygons(record: bytes) -> int:
    count = _u16(record, 6)
    return 1 + count + 2 * sum(_u16(record, 8 + 2 * k) for k in range(count))


def _wmf_text_out(record: bytes) -> int:
    length = _u16(record, 10)  # Y, X, StringLength, fwOpts, [Rectangle], String, [Dx]
    return 4 + (4 if _u16(record, 12) & 0x0006 else 0) + (length + 1) // 2 + length


# Records whose parameters their counts define: text, points, polygons, palettes, an escape's data
_WMF_COUNTED = {0x0521: lambda r: 3 + (_u16(r, 6) + 1) // 2, 0x0A32: _wmf_text_out,
                0x0324: lambda r: 1 + 2 * _u16(r, 6), 0x0325: lambda r: 1 + 2 * _u16(r, 6), 0x0538: _wmf_polygons,
                0x0037: lambda r: 2 + 2 * _u16(r, 8), 0x00F7: lambda r: 2 + 2 * _u16(r, 8),
                0x0436: lambda r: 2 + 2 * _u16(r, 8), _WMF_ESCAPE: lambda r: 2 + (_u16(r, 8) + 1) // 2}
# Records holding a bitmap (MS-WMF 2.3.1, 2.3.4): where in the record its DIB or Bitmap16 starts and, for a DIB,
# where its ColorUsage word stands (None: RGB colours); a blit record as long as its function's high byte + 3 words
# holds none (its fixed fields, a reserved word among them)
_WMF_DIBS = {0x0940: (22, None), 0x0B41: (26, None), 0x0F43: (28, 10), 0x0D33: (24, 6), 0x0142: (10, 8)}
_WMF_BITMAP16 = {0x0922: 22, 0x0B23: 26}
_WMF_PATTERN, _WMF_REGION, _WMF_BS_PATTERN = 0x01F9, 0x06FF, 3


def _wmf_known(function: int) -> bool:
    return function in _WMF_FIXED or function in _WMF_COUNTED or function in _WMF_DIBS or \
        function in _WMF_BITMAP16 or function in (_WMF_PATTERN, _WMF_REGION)


def _wmf_bounded(function: int, record: bytes) -> bytes:
    """A record cut to its function's parameters – a bitmap record after its bitmap, a region after its scans
    (rev-tpl21 7) – its size word set to match; as it is when shorter."""
    words = _WMF_FIXED.get(function)
    if function in _WMF_COUNTED:
        words = _WMF_COUNTED[function](record)
    elif function in _WMF_DIBS or function in _WMF_BITMAP16:
        record = _wmf_dib_cleaned(function, record)
        words = _wmf_bitmap_end(function, record) // 2 - 3
    elif function == _WMF_PATTERN:  # a partial Bitmap16's 14 bytes, 18 reserved, then its bits
        record = _bitmap16_cleaned(record, 6, 6 + 32)
        words = (6 + 32 + _bitmap16_bits(record, 6) + 1) // 2 - 3
    elif function == _WMF_REGION:
        words = (_wmf_region_end(record) + 1) // 2 - 3
    if words is None or len(record) <= 6 + 2 * words:
        return record
    return struct.pack("<IH", 3 + words, function) + record[6:6 + 2 * words]


def _wmf_dib_cleaned(function: int, record: bytes) -> bytes:
    """A DIB record with its bitmap's table entries no pixel indexes and its row padding zeroed (_dib_cleaned)."""
    if len(record) <= 2 * ((function >> 8) + 3):
        return record
    if function in _WMF_BITMAP16:
        return _bitmap16_cleaned(record, _WMF_BITMAP16[function], _WMF_BITMAP16[function] + 10)
    at = _WMF_DIBS[function][0]
    usage = _wmf_usage(function, record)
    dib = _dib(record[at:], usage)
    head, end = at + dib.size + dib.masks + dib.table, len(record) if dib.unsized else at + dib.length
    if end > len(record):
        raise ValueError("damaged record")
    bmi, bits = _dib_cleaned(record[at:head], record[head:end], dib)
    return record[:at] + bmi + bits + record[end:]


def _wmf_usage(function: int, record: bytes) -> int:
    """A DIB record's ColorUsage: RGB colours (0), palette indices (1) or none (2)."""
    place = _WMF_DIBS[function][1]
    if place is None or function == 0x0142 and _u16(record, 6) == _WMF_BS_PATTERN:
        return 0  # a blit's DIB, a BS_PATTERN brush: RGB whatever a field says
    return _u16(record, place)


def _dib_cleaned(bmi: bytes, bits: bytes, dib: _Dib) -> tuple[bytes, bytes]:
    """A bitmap's header and table, and its pixels, each as long as before (a metafile points into them): the
    entries no pixel indexes zeroed (all of them past 8 bits a pixel), row padding zeroed, RLE data after its end
    code zeroed – as for a BMP file (rev-tpl21 10)."""
    if dib.compression in (1, 2):
        cleaned, used = _rle(bits, dib)
        cleaned += bytes(len(bits) - len(cleaned))
    elif len(bits) == dib.pixels:
        cleaned = _unpadded(bits, dib)
        used = _dib_indices(cleaned, dib) if dib.bits <= 8 else set()
    else:  # a part of the rows (a SETDIBITSTODEVICE's scans): its pixels as they are, every entry kept
        cleaned, used = bits, set(range(dib.entries))
    start = dib.size + dib.masks
    table, header = bmi[start:start + dib.table], bytearray(bmi[:dib.size])
    _unread_zeroed(header, dib)
    if dib.entry:
        table = _table_zeroed(table, used if dib.bits <= 8 else set(), dib.entry)
    return bytes(header) + bmi[dib.size:start] + table + bmi[start + len(table):], cleaned


def _wmf_bitmap_end(function: int, record: bytes) -> int:
    """Where a bitmap record's bitmap ends, rounded to a word; ValueError when past the record (no reader draws
    the bitmap: the bytes would be copied unjudged)."""
    if len(record) <= 2 * ((function >> 8) + 3):
        return len(record)  # a blit from the screen, no bitmap
    if function in _WMF_BITMAP16:
        at = _WMF_BITMAP16[function]
        end = at + 10 + _bitmap16_bits(record, at)
    else:
        at = _WMF_DIBS[function][0]
        dib = _dib(record[at:], _wmf_usage(function, record))
        end = len(record) if dib.unsized else at + dib.length
    if end > len(record):
        raise ValueError("damaged record")
    return end + end % 2


def _bitmap16_cleaned(record: bytes, at: int, bits: int) -> bytes:
    """A record whose Bitmap16 (at `at`, its bits at `bits`) has each row's padding zeroed, as a DIB's."""
    width, height, depth = _u16(record, at + 2), _u16(record, at + 4), record[at + 9] if at + 9 < len(record) else 0
    end = bits + _bitmap16_bits(record, at)
    if end > len(record) or not depth:
        return record  # refused by _wmf_bitmap_end, or no pixels
    rows = types.SimpleNamespace(bits=depth, width=width, height=height, row=(width * depth + 15) >> 4 << 1)
    return record[:bits] + _unpadded(record[bits:end], rows) + record[end:]


def _bitmap16_bits(record: bytes, at: int) -> int:
    """The bytes of a Bitmap16's bits (Width, Height, WidthBytes, Planes, BitsPixel at `at` + 2): rows of whole
    words, as MS-WMF 2.2.2.1 computes them."""
    width, height, bits = _u16(record, at + 2), _u16(record, at + 4), record[at + 9] if at + 9 < len(record) else 0
    return ((width * bits + 15) >> 4 << 1) * height


def _wmf_region_end(record: bytes) -> int:
    """Where a region's scans end (MS-WMF 2.2.1.5: 22 bytes of fields from the record's parameters, then ScanCount
    scans of Count, Top, Bottom, Count left and right words, Count again)."""
    position = 6 + 22
    for _ in range(_u16(record, 6 + 10)):
        if position + 8 > len(record):
            break
        position += 8 + 2 * _u16(record, position)
    return min(position, len(record))


class _Dib:
    """A device-independent bitmap's layout (a BMP file's after its 14-byte file header, a WMF record's): header
    size, colour masks' and table's bytes, pixel bytes; Embedded when its pixels are a JPEG or PNG file."""

    def __init__(self, info: bytes, usage: int = 0) -> None:
        (self.size,) = struct.unpack("<I", info[:4])
        if self.size == 12:
            self.width, self.height, _, self.bits = struct.unpack("<HHHH", info[4:12])
            self.compression, colours, self.entry, self.masks = 0, 0, 3, 0
        elif self.size in (40, 52, 56, 108, 124):
            self.width, self.height, _, self.bits, self.compression = struct.unpack("<iiHHI", info[4:20])
            (colours,) = struct.unpack("<I", info[32:36])
            self.entry = 4
            self.masks = {3: 12, 6: 16}.get(self.compression, 0) if self.size == 40 else 0
        else:
            raise ValueError("unknown bitmap header")
        if self.compression in (4, 5):
            raise Embedded("bitmap")
        self.entry = {1: 2, 2: 0}.get(usage, self.entry)  # DIB_PAL_COLORS: palette indices; DIB_PAL_INDICES: none
        self.entries = colours or (1 << self.bits if self.bits <= 8 else 0)
        self.table = self.entry * self.entries
        self.row = (self.bits * abs(self.width) + 31) // 32 * 4
        self.pixels = struct.unpack("<I", info[20:24])[0] if self.compression in (1, 2) else \
            self.row * abs(self.height)
        # RLE data of no size given: readers read its codes to the end code (rev-tpl22 7), so does the copy
        self.unsized = self.compression in (1, 2) and not self.pixels
        self.length = self.size + self.masks + self.table + self.pixels


def _dib(info: bytes, usage: int = 0) -> _Dib:
    if len(info) < 40 and not (len(info) >= 12 and info[:4] == b"\x0c\0\0\0"):
        raise ValueError("damaged bitmap")
    return _Dib(info, usage)


def _placeable(head: bytes) -> bytes:
    """A placeable header with its reserved 4 bytes zeroed and its checksum made again; b"" stays."""
    if len(head) != 22:
        return head
    head = head[:16] + b"\0\0\0\0"  # Key, HWmf, BoundingBox, Inch; Reserved
    checksum = 0
    for at in range(0, 20, 2):
        checksum ^= _u16(head, at)
    return head + struct.pack("<H", checksum)


def drawn_text(blob: bytes) -> bool:
    """Whether a metafile (EMF, EMF+, WMF) draws text of its own; a damaged one counts as drawing text."""
    try:
        if blob[:4] == b"\x01\0\0\0" and blob[40:44] == b" EMF":
            return _emf_text(blob)
        if blob[:4] == b"\xd7\xcd\xc6\x9a":
            return _wmf_text(blob, 22)
        if blob[:6] in (b"\x01\0\x09\0\0\x03", b"\x02\0\x09\0\0\x03"):
            return _wmf_text(blob, 0)
    except (struct.error, IndexError):
        return True
    return False


def _emf_text(blob: bytes) -> bool:
    position = 0
    while position + 8 <= len(blob):
        kind, size = struct.unpack("<II", blob[position:position + 8])
        if size < 8 or size % 4:
            return True
        if kind in _EMF_TEXT:
            return True
        if kind == _EMF_COMMENT and blob[position + 12:position + 16] == b"EMF+" and \
                _emf_plus_text(blob[position + 16:position + size]):
            return True
        position += size
    return False


def _emf_plus_text(records: bytes) -> bool:
    position = 0
    while position + 12 <= len(records):
        kind, _, size = struct.unpack("<HHI", records[position:position + 8])
        if kind in _EMF_PLUS_TEXT:
            return True
        if size < 12:
            return True
        position += size
    return False


def _wmf_text(blob: bytes, start: int) -> bool:
    (header,) = struct.unpack("<H", blob[start + 2:start + 4])
    position = start + 2 * header
    while position + 6 <= len(blob):
        size, function = struct.unpack("<IH", blob[position:position + 6])
        if function in _WMF_TEXT:
            return True
        if size < 3:
            return function != 0  # the closing record
        position += 2 * size
    return False
