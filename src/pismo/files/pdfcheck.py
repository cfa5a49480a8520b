"""Whether a file is a PDF a reader opens, and its pages: its structure followed as a reader follows it.

The last startxref leads to the cross-reference (a table, or a stream object), its trailer names the document's
catalog (/Root), the catalog its page tree (/Pages), and the page tree's /Count says how many pages there are.
A text that only looks like a PDF („%PDF”, a „/Type /Page” somewhere, a startxref pointing at „xref”) has no
such chain, and no reader opens it (rev-pdf3 #9). No PDF library is a dependency of pismo; LibreOffice writes
uncompressed catalogs and a classic table; a PDF 1.5 writer may keep the catalog in a compressed object stream
(/Type /ObjStm, Flate) – it is decompressed within bounds and read like a reader does, so such a file is not refused.
"""

from __future__ import annotations

import os
import re
import stat
import zlib
from pathlib import Path

TAIL = 1024  # bytes at the end holding startxref and %%EOF, as readers look for them
OBJECT_BYTES = 64 * 1024  # an object's dictionary is read this far at first (a page tree on to its end)
SECTIONS = 32  # cross-reference sections (incremental updates) followed at most
OBJECT_STREAMS = 256  # compressed object streams looked into at most
PACKED = 8 << 20  # bytes of one object stream read at most, and decompressed at most
TABLE = 64 << 20  # bytes of one cross-reference table read at most: 20 a object, some 3 million objects

_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})\s")
_TABLE = re.compile(rb"\s*xref\s")
_SUBSECTION = re.compile(rb"(\d{1,10})\s+(\d{1,10})\s*[\r\n]")
_ENTRY = re.compile(rb"(\d{10})\s(\d{5})\s([nf])")
_STREAM_OBJECT = re.compile(rb"\s*\d+\s+\d+\s+obj\b")
_BRACKETS = re.compile(rb"<<|>>")
_REFERENCE = rb"/%s\s*(\d{1,10})\s+(\d{1,5})\s+R"


def pages(path: Path) -> int:
    """The pages of a complete PDF a reader opens; 0 if it is missing, cut short, or its catalog or page tree
    cannot be found."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return 0
    with os.fdopen(handle, "rb") as stream:  # a FIFO left where the PDF should be must not block (rev-pdf4 #7)
        try:
            return _pages(stream) if stat.S_ISREG(os.fstat(handle).st_mode) else 0
        except (OSError, ValueError):
            return 0


def _pages(stream) -> int:
    if stream.read(5) != b"%PDF-":
        return 0
    size = stream.seek(0, os.SEEK_END)
    stream.seek(max(0, size - TAIL))
    end = stream.read()
    found = _STARTXREF.findall(end)
    if b"%%EOF" not in end or not found or int(found[-1]) >= size:
        return 0
    offsets, trailer = _cross_reference(stream, int(found[-1]))
    root = _reference(trailer, b"Root")
    catalog = _object(stream, offsets, root)
    if root is None or not re.search(rb"/Type\s*/Catalog(?![A-Za-z])", catalog):
        return 0
    tree = _object(stream, offsets, _reference(catalog, b"Pages"))
    count = re.search(rb"/Count\s+(\d{1,9})(?!\d)", tree)
    if not re.search(rb"/Type\s*/Pages(?![A-Za-z])", tree) or count is None:
        return 0
    return int(count.group(1))


def _cross_reference(stream, offset: int) -> tuple[dict[int, int], bytes]:
    """The objects' offsets of the classic tables (the latest update's first) and the last trailer's dictionary
    (of a cross-reference stream: its object's dictionary, the offsets then unknown)."""
    head = _section(stream, offset)
    if _STREAM_OBJECT.match(head):
        return {}, _dictionary(head)
    offsets: dict[int, int] = {}
    trailer = b""
    for _ in range(SECTIONS):
        if not _TABLE.match(head):
            raise ValueError("no cross-reference table")
        table, _, rest = head.partition(b"trailer")
        for start, entries in _subsections(table):
            for number, (place, kind) in enumerate(entries, start=start):
                if kind == b"n":
                    offsets.setdefault(number, place)
        section = _dictionary(rest)
        trailer = trailer or section
        previous = re.search(rb"/Prev\s+(\d{1,15})", section)
        if previous is None:
            break
        head = _section(stream, int(previous.group(1)))
    return offsets, trailer


def _section(stream, offset: int) -> bytes:
    """A cross-reference section from offset: its whole table up to „trailer” and the trailer's dictionary after
    it – a long document's table is megabytes (rev-pdf4 #1: only 64 KB were read, and every PDF of more than some
    3 300 objects was refused)."""
    stream.seek(offset)
    text = bytearray(stream.read(OBJECT_BYTES))
    if _STREAM_OBJECT.match(text):
        return bytes(text)
    found = text.find(b"trailer")
    while found < 0 and len(text) < TABLE:
        more = stream.read(1 << 20)
        if not more:
            break
        start = max(0, len(text) - len(b"trailer"))
        text += more
        found = text.find(b"trailer", start)
    if found >= 0:
        text += stream.read(max(0, found + OBJECT_BYTES - len(text)))
    return bytes(text if found < 0 else text[:found + OBJECT_BYTES])


def _subsections(table: bytes):
    """Each subsection's first object number and its (offset, kind) entries."""
    position = table.index(b"xref") + 4
    while True:
        while table[position:position + 1] in (b" ", b"\r", b"\n"):
            position += 1
        header = _SUBSECTION.match(table, position)
        if header is None:
            return
        start, count = int(header.group(1)), int(header.group(2))
        entries = _ENTRY.findall(table, header.end(), header.end() + 20 * count + 2)
        if len(entries) != count:
            raise ValueError("a cut cross-reference table")
        yield start, [(int(place), kind) for place, _, kind in entries]
        position = header.end() + 20 * count


def _dictionary(text: bytes) -> bytes:
    """The first dictionary « … » in text, nested ones within it (b"" if there is none)."""
    start = text.find(b"<<")
    if start < 0:
        return b""
    depth = 0
    for bracket in _BRACKETS.finditer(text, start):  # found by the regex engine: a page tree is megabytes
        depth += 1 if bracket.group() == b"<<" else -1
        if depth == 0:
            return text[start:bracket.end()]
    return b""


def _reference(dictionary: bytes, key: bytes) -> tuple[int, int] | None:
    found = re.search(_REFERENCE % key, dictionary)
    return (int(found.group(1)), int(found.group(2))) if found else None


def _object(stream, offsets: dict[int, int], reference: tuple[int, int] | None) -> bytes:
    """The dictionary of an object, at its offset in the table (else found by its „N G obj” header)."""
    if reference is None:
        return b""
    number, generation = reference
    header = rb"%d\s+%d\s+obj\b" % (number, generation)
    place = offsets.get(number)
    if place is None:
        place = next(_places(stream, re.compile(rb"(?<!\d)" + header)), None)
    if place is None:
        return _compressed(stream, number)
    stream.seek(place)
    text = stream.read(OBJECT_BYTES)
    opening = re.compile(rb"\s*" + header).match(text)
    return _dictionary(_to_end(stream, text, opening.end())) if opening else b""


def _to_end(stream, text: bytes, start: int) -> bytes:
    """The object's text from start up to its „endobj”, read on a megabyte at a time as far as the file goes:
    LibreOffice's page tree lists every page in one object, over 64 KB from ~6 900 pages (rev-pdf5 #1)."""
    text = bytearray(text)
    found = text.find(b"endobj", start)
    while found < 0 and (more := stream.read(1 << 20)):
        searched = max(start, len(text) - len(b"endobj"))
        text += more
        found = text.find(b"endobj", searched)
    return bytes(text[start:found if found >= 0 else len(text)])


def _places(stream, pattern: re.Pattern):
    """Where pattern matches, the file read a megabyte at a time (a cross-reference stream's offsets are
    compressed); the caller may read elsewhere between two places."""
    stream.seek(0)
    base, carry = 0, b""
    while chunk := stream.read(1 << 20):
        resume, block = stream.tell(), carry + chunk
        for match in pattern.finditer(block):
            if match.end() > len(carry):  # a match within the carried tail was found in the block before
                yield base + match.start()
                stream.seek(resume)
        carry = block[-32:]
        base += len(block) - len(carry)


def _compressed(stream, number: int) -> bytes:
    """The dictionary of object number kept in a compressed object stream (/Type /ObjStm): its header pairs
    „number offset”, then the objects from /First on."""
    for count, place in enumerate(_places(stream, re.compile(rb"/Type\s*/ObjStm(?![A-Za-z])"))):
        if count >= OBJECT_STREAMS:
            return b""
        start = max(0, place - 4096)
        stream.seek(start)
        window = stream.read(OBJECT_BYTES)
        opening = window.rfind(b"obj", 0, place - start)
        dictionary = _dictionary(window[opening + 3:]) if opening >= 0 else b""
        first = re.search(rb"/First\s+(\d{1,9})", dictionary)
        body = window.find(b"stream", window.find(dictionary) + len(dictionary)) if dictionary else -1
        if first is None or body < 0:
            continue
        body += 6 + (2 if window[body + 6:body + 8] == b"\r\n" else 1)
        stream.seek(start + body)
        packed = stream.read(PACKED)
        try:
            plain = zlib.decompressobj().decompress(packed, PACKED) if b"FlateDecode" in dictionary else packed
        except zlib.error:
            continue
        position = int(first.group(1))
        pairs = re.findall(rb"(\d{1,10})\s+(\d{1,10})", plain[:position])
        for found, offset in pairs:
            if int(found) == number:
                return _dictionary(plain[position + int(offset):position + int(offset) + OBJECT_BYTES])
    return b""
