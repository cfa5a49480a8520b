"""Declared pixel sizes of the images in a template, read from their headers.

A small file can declare an image of hundreds of megapixels: LibreOffice then
spends a minute and gigabytes decoding it for every document. Only the headers
are read here (never the pixels), for PNG, JPEG, GIF (every frame), BMP, TIFF
(every directory), WebP, and the bounds and embedded bitmaps of EMF and WMF.
"""

from __future__ import annotations

import binascii
import re
import struct

from lxml import etree

from pismo.polish import thousands

MAX_PIXELS = 40_000_000  # a 40-megapixel photo is already far more than a letter needs
MAX_SIDE = 20_000
MAX_TOTAL_PIXELS = 60_000_000  # all pictures of one template: each decoded again for every document
_PNG = b"\x89PNG\r\n\x1a\n"
_MAX_STEPS = 100_000  # records, blocks or directories read in one image; more is refused, never half read
HEADER_PAGES = 10  # pages a header's or footer's picture is counted for: LibreOffice draws it on every page
# A picture drawn an unknown number of times (a list's picture bullet in every item, a theme's fill in every shape
# of its style): a bullet needs some dozens of pixels, so such a picture is kept this small.
MAX_REPEATED_PIXELS = 65_536
# A chart's value weighs like this many pixels: LibreOffice took ~10 µs a declared value (2 million: 21 s), ~60 ns
# a pixel decoded (720 Mpx: 46 s); a chart of MAX_CHART_VALUES weighs 1 Mpx, as often as it is drawn.
CHART_VALUE_PIXELS = 200
MAX_SCANS = 100  # of a progressive JPEG, each decoded over the whole picture (libjpeg writes 10, a photo has a few)
MAX_FRAMES = 1000  # frames of one GIF: LibreOffice decodes every one, and no letter's picture has more


class TooLarge(Exception):
    """An image declares more pixels than allowed, or a size that cannot be read; the message says which."""


def _steps():
    """Indices of the records a reader walks; TooLarge past _MAX_STEPS: LibreOffice reads on to the end,
    so an image read only in part could hide a huge frame after the part read."""
    yield from range(_MAX_STEPS)
    raise _too_many()


def _too_many() -> TooLarge:
    return TooLarge(f"ponad {thousands(_MAX_STEPS)} rekordów, klatek lub katalogów (tylu pismo nie odczytuje)")


def check(blob: bytes) -> int:
    """The pixels the blob declares in all its images and frames; TooLarge when any of them is over the
    limits, or an image of a known format declares no size we can read (a reader that finds one elsewhere
    might find a huge one)."""
    try:
        found = sizes(blob)
    except (struct.error, IndexError, ValueError):
        found = []
    if _format(blob) and (not found or not _declared(blob)):
        raise TooLarge("rozmiar, którego nie da się odczytać (uszkodzony nagłówek)")
    for width, height in found:
        if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
            raise TooLarge(f"{width} × {height} pikseli")
    return sum(width * height for width, height in found)


def _declared(blob: bytes) -> bool:
    """Whether the image's own header was read (not only PNGs found inside it)."""
    try:
        return bool(_READERS[_format(blob)](blob))
    except (struct.error, IndexError, ValueError):
        return False


class OverBudget(TooLarge):
    """All the pictures of a template together declare more than MAX_TOTAL_PIXELS."""


class Budget:
    """Pixels of all the pictures of one template: each within MAX_PIXELS, and all together within
    MAX_TOTAL_PIXELS, since LibreOffice decodes every one of them for every document."""

    def __init__(self) -> None:
        self.pixels = 0

    def spend(self, pixels: int) -> None:
        self.pixels += pixels
        if self.pixels > MAX_TOTAL_PIXELS:
            raise OverBudget(f"obrazy szablonu mają razem ponad {MAX_TOTAL_PIXELS // 10**6} mln pikseli (każdy z nich "
                             "LibreOffice odczytuje dla każdego pisma) – zmniejsz obrazy, zapisz je jako PNG lub JPEG "
                             "i wstaw ponownie")


def check_drawn(pixels: int, most: str = "") -> None:
    """OverBudget when the drawings of a document (every use of a picture counted) are over MAX_TOTAL_PIXELS;
    most: the part drawing most of them, named when given."""
    if pixels > MAX_TOTAL_PIXELS:
        where = f" (najwięcej w części {most})" if most else ""
        raise OverBudget(f"obrazy rysowane w dokumencie mają razem ponad {MAX_TOTAL_PIXELS // 10**6} mln pikseli{where} – "
                         "LibreOffice odczytuje obraz osobno przy każdym jego wstawieniu (także ten sam obraz wstawiony "
                         "wiele razy albo powtarzany w pętli; obraz w nagłówku, stopce albo w powtarzanym wierszu "
                         f"nagłówka tabeli liczy się jak na {HEADER_PAGES} stronach, obraz w wypełnieniu wykresu tyle "
                         f"razy, ile punktów ma wykres, a sam wykres jak {CHART_VALUE_PIXELS} pikseli za każdy punkt, "
                         "a za każdą serię i każdy punkt kolorowany lub opisany osobno (np. wycinek koła) 300 razy "
                         "tyle – przy każdym wstawieniu); wstaw go mniej razy albo zmniejsz, zapisz jako PNG lub "
                         "JPEG i wstaw ponownie")


def limit_message(exc: TooLarge) -> str:
    """What the user reads after the image's name."""
    if isinstance(exc, OverBudget):
        return f"– {exc}"
    return (f"ma {exc} – obraz może mieć najwyżej {MAX_PIXELS // 10**6} mln pikseli i bok do {MAX_SIDE} pikseli, "
            f"a wszystkie obrazy szablonu razem {MAX_TOTAL_PIXELS // 10**6} mln pikseli; zmniejsz go, zapisz jako PNG "
            "lub JPEG i wstaw ponownie")


def recognised(blob: bytes) -> bool:
    """Whether the blob is an image of a format whose size is read here (or an SVG drawing)."""
    return _format(blob) is not None or blob.lstrip()[:5].lower() in (b"<?xml", b"<svg ") and b"<svg" in blob[:4096]


# Elements whose drawing costs far more than their size: LibreOffice draws a pattern tile by tile over the area
# it fills (a 400-byte one took 34 s and 2 GB), a marker at every vertex of a path (6000 vertices: over 2 minutes),
# a mask, clip path or filter as a bitmap for every element using it (1000 masked rectangles: 30 s), also when the
# reference is written in a style sheet. A letter's logo or icon has none of them (Word's icons never do).
_UNBOUNDED_SVG = {
    "pattern": "wypełnienie wzorem ({}), które LibreOffice rysuje kafelek po kafelku, bez ograniczenia ich liczby",
    "marker": "znacznik linii ({}), który LibreOffice rysuje przy każdym wierzchołku linii",
    "mask": "maskę ({}), którą LibreOffice rysuje jako osobny obraz dla każdego elementu, który jej używa",
    "clippath": "ścieżkę przycięcia ({}), którą LibreOffice rysuje osobno dla każdego elementu, który jej używa",
    "filter": "filtr ({}), który LibreOffice oblicza jako osobny obraz dla każdego elementu, który go używa",
}
# A gradient that repeats or reflects is drawn band by band over the shape it fills: a one-unit vector over a
# million-unit rectangle took 44 s and 4 GB. Written as an attribute or, which LibreOffice also reads, as a style.
_SPREAD = re.compile(rb"spreadmethod\s*[:=]\s*[\"']?\s*([\w-]*)", re.IGNORECASE)
MAX_SVG_ELEMENTS = 100_000  # elements of a drawing once every <use> and url(#…) reference is drawn out
_REFERENCE = re.compile(r"url\(\s*['\"]?#\s*([^)'\"\s]+)")


def check_svg(tree) -> int:
    """The pixels of the images an SVG drawing embeds, each counted as often as it is drawn (LibreOffice
    decodes it again for every <use>); TooLarge when the drawing's work is not bounded by its size: patterns,
    markers, masks, clip paths and filters (_UNBOUNDED_SVG), references (<use>, url(#…)) that nest into
    billions of elements, or images drawn over MAX_TOTAL_PIXELS."""
    elements = [e for e in tree.iter(tag=etree.Element)]
    refused = next((etree.QName(e).localname for e in elements
                    if etree.QName(e).localname.lower() in _UNBOUNDED_SVG), None)
    if refused:
        raise TooLarge(_UNBOUNDED_SVG[refused.lower()].format(refused))
    _check_spread(tree)
    ids = _unambiguous_ids(elements)
    weights: dict = {}  # element -> (elements, pixels) once drawn out

    def weigh(element, depth: int) -> tuple[int, int]:
        if element in weights:
            return weights[element]
        href = next((v for k, v in element.attrib.items() if etree.QName(k).localname == "href"), "").strip()
        total, pixels = 1 + _characters(element), _embedded_pixels(href)
        if depth < 100:
            targets = [ids.get(ref) for value in element.attrib.values() for ref in _REFERENCE.findall(value)]
            targets.append(ids.get(href[1:].strip()) if href.startswith("#") else None)  # ids hold no space
            for child in list(element) + [t for t in targets if t is not None]:
                if isinstance(child.tag, str):
                    size, drawn = weigh(child, depth + 1)
                    total, pixels = total + size, pixels + drawn
                    if total > MAX_SVG_ELEMENTS or pixels > MAX_TOTAL_PIXELS:
                        break
        else:  # nested deeper than any drawing: a loop of references
            total = MAX_SVG_ELEMENTS + 1
        weights[element] = min(total, MAX_SVG_ELEMENTS + 1), min(pixels, MAX_TOTAL_PIXELS + 1)
        return weights[element]

    total, pixels = weigh(tree.getroot(), 0)
    if total > MAX_SVG_ELEMENTS:
        raise TooLarge(f"ponad {thousands(MAX_SVG_ELEMENTS)} elementów po rozwinięciu odwołań (<use>, url(#…)), "
                       "licząc każdy znak tekstu jak element")
    if pixels > MAX_TOTAL_PIXELS:
        raise TooLarge(f"osadzone obrazy, które przy rysowaniu mają razem ponad {MAX_TOTAL_PIXELS // 10**6} mln pikseli "
                       "(LibreOffice odczytuje obraz osobno przy każdym jego użyciu, także przez <use>)")
    return pixels


def _characters(element) -> int:
    """Characters of text an element draws (its own and after each child), spaces aside: LibreOffice lays out
    every one as a glyph, again for each <use> (500 000 characters drawn 20 times: 38 s a PDF)."""
    return sum(len("".join(text.split())) for text in [element.text or ""] + [child.tail or "" for child in element])


def _unambiguous_ids(elements) -> dict:
    """Elements by id; TooLarge when a reference could be read two ways: an id given twice (pismo would weigh
    one element, LibreOffice draw the first), an element with two addresses or ids (href and xlink:href,
    id and xml:id), or an id holding a space (no drawing program writes one; an address read trimmed by one
    reader and as written by another names it or another element)."""
    ids: dict = {}
    for element in elements:
        named = [etree.QName(k).localname for k in element.attrib]
        if named.count("href") > 1 or named.count("id") > 1:
            raise TooLarge(f"element <{etree.QName(element).localname}> z dwoma adresami albo identyfikatorami (href "
                           "i xlink:href, id i xml:id), z których programy biorą różne")
        key = next((v for k, v in element.attrib.items() if etree.QName(k).localname == "id"), None)
        if key in ids:
            raise TooLarge(f"dwa elementy o tym samym identyfikatorze „{key[:40]}”, z których programy rysują różne")
        if key and any(c.isspace() for c in key):  # pismo trims an address, LibreOffice keeps trailing spaces
            raise TooLarge(f"element o identyfikatorze ze spacją („{key[:40]}”), do którego programy odwołują się "
                           "różnie")
        if key:
            ids[key] = element
    return ids


def _check_spread(tree) -> None:
    """TooLarge for a gradient that repeats or reflects (any spreadMethod but the default pad): its bands are
    as many as the shape's length over the gradient's, which the file's size does not bound."""
    spread = next((m.group(1).decode() for m in _SPREAD.finditer(etree.tostring(tree))
                   if m.group(1).lower() != b"pad"), None)
    if spread is not None:
        raise TooLarge(f"gradient powtarzany lub odbijany (spreadMethod={spread}), który LibreOffice rysuje pas po "
                       "pasie, bez ograniczenia ich liczby")


def _embedded_pixels(href: str) -> int:
    """Pixels of an image written into an SVG as data:…;base64,…; 0 for anything else (reach.py refuses
    a data: address it cannot measure, and one over the limits)."""
    if not href[:5].lower() == "data:" or "," not in href:
        return 0
    try:
        return check(binascii.a2b_base64(href.split(",", 1)[1]))
    except (TooLarge, binascii.Error, ValueError):
        return 0


def measured(blob: bytes) -> bool:
    """Whether the blob is an image of a format whose size is read here (no SVG)."""
    return _format(blob) is not None


def sizes(blob: bytes) -> list[tuple[int, int]]:
    """(width, height) of every image the blob declares, embedded PNGs included; [] for unknown data."""
    kind = _format(blob)
    found = _READERS[kind](blob) if kind else []
    start = 1 if kind == "png" else 0
    if blob.count(_PNG) > _MAX_STEPS:
        raise _too_many()
    while (at := blob.find(_PNG, start)) >= 0:  # PNGs inside EMF+, TIFF …
        found.extend(_png(blob[at:at + 33]))
        start = at + 1
    return found


# Header sizes of a bitmap as Windows writes it (core, OS/2 2.x, info and its successors). A part starting with 'BM'
# and anything else is no BMP to LibreOffice either: it goes on detecting (an X bitmap after '#define' of 16 Mpx).
_DIB_HEADERS = {12, 16, 40, 52, 56, 64, 108, 124}


def _dib_header(blob: bytes, at: int) -> int:
    return struct.unpack("<I", blob[at:at + 4])[0]


def _format(blob: bytes) -> str | None:
    if blob.startswith(_PNG):
        return "png"
    if blob.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if blob[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if blob.startswith(b"BM") and len(blob) >= 26 and blob[6:10] == bytes(4) and _dib_header(blob, 14) in _DIB_HEADERS:
        return "bmp"
    if blob[:4] in (b"II*\0", b"MM\0*"):
        return "tiff"
    if blob[:4] == b"RIFF" and blob[8:12] == b"WEBP":
        return "webp"
    if blob[:4] == b"\x01\0\0\0" and blob[40:44] == b" EMF":
        return "emf"
    if blob[:4] == b"\xd7\xcd\xc6\x9a" or blob[:6] in (b"\x01\0\x09\0\0\x03", b"\x02\0\x09\0\0\x03"):
        return "wmf"
    return None


def _png(blob: bytes) -> list[tuple[int, int]]:
    """The canvas (IHDR), then every animation frame (fcTL): each frame is decoded at its own declared size, which
    APNG keeps within the canvas (rev-tpl20 15)."""
    if len(blob) < 24 or blob[12:16] != b"IHDR":
        return []
    width, height = struct.unpack(">II", blob[16:24])
    found, at = [(width, height)], 8
    for _ in _steps():
        if at + 8 > len(blob) or blob[at + 4:at + 8] == b"IEND":
            break
        (length,) = struct.unpack(">I", blob[at:at + 4])
        if blob[at + 4:at + 8] == b"fcTL" and length >= 20:
            w, h, x, y = struct.unpack(">IIII", blob[at + 12:at + 28])
            if x + w > width or y + h > height:
                raise TooLarge(f"klatkę animacji {w} × {h} pikseli wychodzącą poza cały obraz ({width} × {height})")
            found.append((w, h))
            if len(found) > MAX_FRAMES + 1:
                raise TooLarge(f"ponad {MAX_FRAMES} klatek (LibreOffice odczytuje każdą z nich dla każdego pisma)")
        at += 12 + length
    return found


def _jpeg(blob: bytes) -> list[tuple[int, int]]:
    found, at = [], 2
    while at + 4 <= len(blob):
        if len(found) > _MAX_STEPS:
            raise _too_many()
        if blob[at] != 0xFF:
            at += 1
            continue
        marker = blob[at + 1]
        if marker in (0xFF, 0x00, 0x01) or 0xD0 <= marker <= 0xD8:  # as libjpeg reads: FF 00 is no marker, skipped
            at += 1 if marker == 0xFF else 2
            continue
        if marker == 0xDA and blob.count(b"\xff\xda", at) > MAX_SCANS:  # FF is never data in a scan (FF 00)
            raise TooLarge(f"ponad {MAX_SCANS} przebiegów (skanów) JPEG (LibreOffice odczytuje cały obraz przy każdym "
                           "z nich)")
        if marker in (0xD9, 0xDA):  # end of image, start of scan: every frame header came before
            break
        length = struct.unpack(">H", blob[at + 2:at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", blob[at + 5:at + 9])
            found.append((width, height))
        at += 2 + max(length, 2)
    return found


def _gif(blob: bytes) -> list[tuple[int, int]]:
    width, height, packed = struct.unpack("<HHB", blob[6:11])
    found = [(width, height)]
    at = 13 + (3 * 2 ** ((packed & 7) + 1) if packed & 0x80 else 0)
    for _ in _steps():
        if at >= len(blob) or blob[at] == 0x3B:
            break
        if blob[at] == 0x2C:
            left, top, w, h, flags = struct.unpack("<HHHHB", blob[at + 1:at + 10])
            found.append((left + w, top + h))
            if len(found) > MAX_FRAMES + 1:  # the logical screen, then the frames
                raise TooLarge(f"ponad {MAX_FRAMES} klatek (LibreOffice odczytuje każdą z nich dla każdego pisma)")
            at += 10 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0) + 1
        elif blob[at] == 0x21:
            at += 2
        else:
            break
        while at < len(blob) and blob[at]:  # data sub-blocks
            at += blob[at] + 1
        at += 1
    return found


def _bmp(blob: bytes) -> list[tuple[int, int]]:
    return _dib(blob, 14)


def _dib(blob: bytes, at: int) -> list[tuple[int, int]]:
    """A device-independent bitmap's header: BITMAPCOREHEADER (12 bytes) or a BITMAPINFOHEADER and its successors."""
    size = struct.unpack("<I", blob[at:at + 4])[0]
    if size == 12:
        return [struct.unpack("<HH", blob[at + 4:at + 8])]
    width, height = struct.unpack("<ii", blob[at + 4:at + 12])
    return [(abs(width), abs(height))]


def _tiff(blob: bytes) -> list[tuple[int, int]]:
    order = "<" if blob[:2] == b"II" else ">"
    """Every directory's size tags; the entries of all directories together count against _MAX_STEPS, since
    600 directories of 65 535 overlapping entries each in a 1 MB file kept a loop per directory busy for minutes."""
    found, offset, seen, steps = [], struct.unpack(order + "I", blob[4:8])[0], set(), 0
    while offset and offset not in seen:
        seen.add(offset)
        count = struct.unpack(order + "H", blob[offset:offset + 2])[0]
        steps += 1 + count
        if steps > _MAX_STEPS:
            raise _too_many()
        size = {256: 0, 257: 0}
        for i in range(count):
            tag, kind, _, value = struct.unpack(order + "HHI4s", blob[offset + 2 + 12 * i:offset + 14 + 12 * i])
            if tag in size:  # a tag repeated: libtiff takes the first, others the last – the largest counts
                size[tag] = max(size[tag], _tiff_number(order, kind, value))
        found.append((size[256], size[257]))
        end = offset + 2 + 12 * count
        offset = struct.unpack(order + "I", blob[end:end + 4])[0]
    return found


_TIFF_NUMBERS = {1: "B", 3: "H", 4: "I", 6: "b", 8: "h", 9: "i"}  # BYTE, SHORT, LONG and their signed kinds


def _tiff_number(order: str, kind: int, value: bytes) -> int:
    """A size tag's value; ValueError for a kind no reader agrees on (a rational, a float, an offset)."""
    if kind not in _TIFF_NUMBERS:
        raise ValueError(kind)
    code = _TIFF_NUMBERS[kind]
    return abs(struct.unpack(order + code, value[:struct.calcsize(code)])[0])


def _webp(blob: bytes) -> list[tuple[int, int]]:
    chunk = blob[12:16]
    if chunk == b"VP8X":
        return [(1 + int.from_bytes(blob[24:27], "little"), 1 + int.from_bytes(blob[27:30], "little"))]
    if chunk == b"VP8L":
        bits = int.from_bytes(blob[21:25], "little")
        return [(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF))]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", blob[26:30])
        return [(width & 0x3FFF, height & 0x3FFF)]
    return []


_EMF_BITMAPS = {76: 84, 77: 84, 78: 84, 79: 96, 80: 48, 81: 48, 93: 16, 94: 16, 114: 84, 116: 84}  # record → offBmi at


def _emf(blob: bytes) -> list[tuple[int, int]]:
    """The picture's bounds in device pixels and its frame at 96 dpi, then every bitmap its records carry."""
    left, top, right, bottom = struct.unpack("<4i", blob[8:24])
    frame = struct.unpack("<4i", blob[24:40])  # hundredths of a millimetre
    found = [(right - left + 1, bottom - top + 1),
             (round((frame[2] - frame[0]) * 96 / 2540), round((frame[3] - frame[1]) * 96 / 2540))]
    at, pieces = 0, set()
    for _ in _steps():
        if at + 8 > len(blob):
            break
        kind, size = struct.unpack("<II", blob[at:at + 8])
        if kind in _EMF_BITMAPS and size >= _EMF_BITMAPS[kind] + 4:
            offset = struct.unpack("<I", blob[at + _EMF_BITMAPS[kind]:at + _EMF_BITMAPS[kind] + 4])[0]
            if offset and at + offset + 12 <= len(blob):
                found.extend(_dib(blob, at + offset))
        if kind == 70 and blob[at + 12:at + 16] == b"EMF+":
            found.extend(_emf_plus(blob, at + 16, at + 12 + struct.unpack("<I", blob[at + 8:at + 12])[0], pieces))
        if kind == 14 or size < 8:  # end of file, or a record that would loop
            break
        at += size
    return [(abs(w), abs(h)) for w, h in found]


def _emf_plus(blob: bytes, at: int, end: int, pieces: set) -> list[tuple[int, int]]:
    """Sizes of the images EMF+ records between at and end define (LibreOffice draws them too): a bitmap's
    pixels or its compressed image (PNG, JPEG…); TooLarge for a metafile inside. Only an object's first piece
    has the image's header; pieces holds the ids of objects whose next pieces are still to come."""
    found = []
    while at + 12 <= end:
        kind, flags, size, length = struct.unpack("<HHII", blob[at:at + 12])
        if kind == 0x4008 and (flags >> 8) & 0x7F == 5 and flags & 0xFF not in pieces:
            data = blob[at + 12 + (4 if flags & 0x8000 else 0):at + 12 + length]
            image_kind = struct.unpack("<I", data[4:8])[0]
            if image_kind == 2:
                raise TooLarge("rysunek zapisany wewnątrz rysunku EMF+, którego pismo nie mierzy")
            if image_kind == 1:
                width, height, _, _, compressed = struct.unpack("<iiiiI", data[8:28])
                found.extend(_compressed(data[28:]) if compressed else [(abs(width), abs(height))])
        if kind == 0x4008 and flags & 0x8000:
            pieces.add(flags & 0xFF)
        elif kind == 0x4008:
            pieces.discard(flags & 0xFF)
        if size < 12:
            break
        at += size
    return found


def _compressed(blob: bytes) -> list[tuple[int, int]]:
    """Sizes of an image stored whole inside another; TooLarge when its size cannot be read."""
    found = sizes(blob) if _format(blob) in ("png", "jpeg", "gif", "bmp", "tiff") else []
    if not found:
        raise TooLarge("obraz zapisany wewnątrz rysunku EMF+, którego rozmiaru pismo nie odczytuje")
    return found


_WMF_BITMAPS = {0x0F43: 28, 0x0B41: 26, 0x0940: 22, 0x0D33: 24, 0x0142: 10}  # record function → DIB at
# Records of Windows 3.0 and earlier carrying a device-dependent bitmap (a pattern brush always, BitBlt and
# StretchBlt when longer than without one), which LibreOffice decodes but pismo does not read: refused.
_WMF_OLD_BITMAPS = {0x01F9: "CREATEPATTERNBRUSH", 0x0922: "BITBLT", 0x0B23: "STRETCHBLT"}
_WMF_EMF_COMMENT = b"\x0f\x00"  # META_ESCAPE's MFCOMMENT, which may carry an EMF in pieces ("WMFC")


def _wmf(blob: bytes) -> list[tuple[int, int]]:
    """The placeable header's box at 96 dpi, then every bitmap the records carry, also in an EMF embedded
    in comments (LibreOffice draws that EMF instead of the WMF records)."""
    found, at, emf = [], 0, []
    if blob[:4] == b"\xd7\xcd\xc6\x9a":
        left, top, right, bottom, inch = struct.unpack("<hhhhH", blob[6:16])
        inch = inch or 1440
        found.append((round(abs(right - left) * 96 / inch), round(abs(bottom - top) * 96 / inch)))
        at = 22
    header_words = struct.unpack("<H", blob[at + 2:at + 4])[0]
    at += header_words * 2
    for _ in _steps():
        if at + 6 > len(blob):
            break
        size, function = struct.unpack("<IH", blob[at:at + 6])
        if function in _WMF_BITMAPS and size * 2 >= _WMF_BITMAPS[function] + 12:
            found.extend(_dib(blob, at + _WMF_BITMAPS[function]))
        if function in _WMF_OLD_BITMAPS and (function == 0x01F9 or size > (function >> 8) + 3):
            raise TooLarge(f"starą bitmapę (rekord {_WMF_OLD_BITMAPS[function]}), której rozmiaru pismo nie odczytuje")
        if function == 0x0626 and blob[at + 6:at + 8] == _WMF_EMF_COMMENT and blob[at + 10:at + 14] == b"WMFC":
            piece = struct.unpack("<I", blob[at + 32:at + 36])[0]
            emf.append(blob[at + 44:at + 44 + piece])
        if function == 0 or size < 3:
            break
        at += size * 2
    return found + (_emf(b"".join(emf)) if emf else [])


_READERS = {"png": _png, "jpeg": _jpeg, "gif": _gif, "bmp": _bmp, "tiff": _tiff, "webp": _webp, "emf": _emf,
            "wmf": _wmf}
