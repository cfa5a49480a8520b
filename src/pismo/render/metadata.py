"""Pictures less the texts they carry beside their pixels, for a public version.

A camera or a gallery app writes the photographer, a description, the place (EXIF, XMP, IPTC, PNG text chunks)
into the picture's file, and Word keeps the bytes as inserted: the public .docx would hand them out though no
reader shows them. Only what draws the picture is kept – PNG's image and colour chunks, JPEG's segments but its
application ones other than JFIF, the colour profile and Adobe's colour transform, and its comments.
"""

from __future__ import annotations

import struct
import zlib

_PNG = b"\x89PNG\r\n\x1a\n"
# Critical chunks are kept whatever their name (a reader needs them); of the ancillary ones only those about colour,
# transparency, pixel size and animation – not tEXt, zTXt, iTXt, eXIf, tIME or a program's private chunk
_PNG_KEPT = {b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
             b"cICP", b"mDCv", b"cLLi"}
_JPEG_KEPT = {0xE0: b"JFIF", 0xE2: b"ICC_PROFILE", 0xEE: b"Adobe"}  # APPn segments kept, by the name they start with


def stripped(blob: bytes) -> bytes:
    """The picture less its metadata (PNG and JPEG); any other bytes, or a file it cannot read through, unchanged."""
    try:
        if blob.startswith(_PNG):
            return _png(blob)
        if blob.startswith(b"\xff\xd8"):
            return _jpeg(blob)
    except (ValueError, struct.error, IndexError):
        pass
    return blob


def _png(blob: bytes) -> bytes:
    out, position = [_PNG], len(_PNG)
    while position < len(blob):
        (length,) = struct.unpack(">I", blob[position:position + 4])
        kind = blob[position + 4:position + 8]
        end = position + 12 + length
        if end > len(blob) or zlib.crc32(blob[position + 4:end - 4]) != struct.unpack(">I", blob[end - 4:end])[0]:
            raise ValueError("damaged chunk")
        if kind[:1].isupper() or kind in _PNG_KEPT:
            out.append(blob[position:end])
        position = end
        if kind == b"IEND":
            break
    return b"".join(out)


def _jpeg(blob: bytes) -> bytes:
    out, position = [b"\xff\xd8"], 2
    while position < len(blob):
        if blob[position] != 0xFF:
            raise ValueError("not a marker")
        marker = blob[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan: the rest is the image's data
            out.append(blob[position:])
            return b"".join(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(blob[position:position + 2])
            position += 2
            continue
        (length,) = struct.unpack(">H", blob[position + 2:position + 4])
        end = position + 2 + length
        if end > len(blob):
            raise ValueError("damaged segment")
        application = 0xE0 <= marker <= 0xEF
        if not (marker == 0xFE or application and not blob[position + 4:end].startswith(_JPEG_KEPT.get(marker, b"\0\0"))):
            out.append(blob[position:end])
        position = end
    return b"".join(out)
