"""Whether a file is a PDF a reader opens, and its pages: its structure followed as a reader follows it.

The last startxref leads to the cross-reference (a table, or a stream object), its trailer names the document's
catalog (/Root), the catalog its page tree (/Pages), and the page tree's /Count says how many pages there are.
A text that only looks like a PDF („%PDF”, a „/Type /Page” somewhere, a startxref pointing at „xref”) has no
such chain, and no reader opens it (rev-pdf3 #9). No PDF library is a dependency of pismo; LibreOffice writes
uncompressed catalogs and a classic table, and an object inside a compressed object stream is not looked for –
such a file is refused, never accepted unopened.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

TAIL = 1024  # bytes at the end holding startxref and %%EOF, as readers look for them
OBJECT_BYTES = 64 * 1024  # an object's dictionary is read this far at most
SECTIONS = 32  # cross-reference sections (incremental updates) followed at most

_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})\s")
_TABLE = re.compile(rb"\s*xref\s")
_SUBSECTION = re.compile(rb"(\d{1,10})\s+(\d{1,10})\s*[\r\n]")
_ENTRY = re.compile(rb"(\d{10})\s(\d{5})\s([nf])")
_STREAM_OBJECT = re.compile(rb"\s*\d+\s+\d+\s+obj\b")
_REFERENCE = rb"/%s\s*(\d{1,10})\s+(\d{1,5})\s+R"


def pages(path: Path) -> int:
    """The pages of a complete PDF a reader opens; 0 if it is missing, cut short, or its catalog or page tree
    cannot be found."""
    try:
        with open(path, "rb") as stream:
            return _pages(stream)
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
    stream.seek(offset)
    head = stream.read(OBJECT_BYTES)
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
        stream.seek(int(previous.group(1)))
        head = stream.read(OBJECT_BYTES)
    return offsets, trailer


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
    depth, position = 0, start
    while position < len(text) - 1:
        pair = text[position:position + 2]
        if pair == b"<<":
            depth, position = depth + 1, position + 2
        elif pair == b">>":
            depth, position = depth - 1, position + 2
            if depth == 0:
                return text[start:position]
        else:
            position += 1
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
        place = _find(stream, re.compile(rb"(?<!\d)" + header))
    if place is None:
        return b""
    stream.seek(place)
    text = stream.read(OBJECT_BYTES)
    opening = re.compile(rb"\s*" + header).match(text)
    return _dictionary(text[opening.end():].partition(b"endobj")[0]) if opening else b""


def _find(stream, header: re.Pattern) -> int | None:
    """Where an object's header is, the file read a megabyte at a time (a cross-reference stream's offsets are
    compressed)."""
    stream.seek(0)
    base, carry = 0, b""
    for chunk in iter(lambda: stream.read(1 << 20), b""):
        block = carry + chunk
        found = header.search(block)
        if found:
            return base + found.start()
        carry = block[-32:]
        base += len(block) - len(carry)
    return None
