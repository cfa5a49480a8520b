"""Pictures less the texts they carry beside their pixels, for a public version.

A camera or a gallery app writes the photographer, a description, the place (EXIF, XMP, IPTC, PNG text chunks)
into the picture's file, and Word keeps the bytes as inserted: the public .docx would hand them out though no
reader shows them. Only what draws the picture is kept – PNG's image and colour chunks, JPEG's segments but its
application ones other than JFIF, the colour profile and Adobe's colour transform, and its comments. A photo's
EXIF orientation both readers turn the picture by is kept, alone in a new EXIF block of its own. A GIF loses its
comments and its programs' blocks (XMP among them) but the animation's loop; a WebP its EXIF and XMP chunks.
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
    """The picture less its metadata (PNG, JPEG, GIF, WebP); any other bytes, or a file it cannot read through, unchanged."""
    try:
        if blob.startswith(_PNG):
            return _png(blob)
        if blob.startswith(b"\xff\xd8"):
            return _jpeg(blob)
        if blob[:6] in (b"GIF87a", b"GIF89a"):
            return _gif(blob)
        if blob[:4] == b"RIFF" and blob[8:12] == b"WEBP":
            return _webp(blob)
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
        elif kind == b"eXIf" and _orientation(blob[position + 8:end - 4]) not in (None, 1):
            tiff = _turned(_orientation(blob[position + 8:end - 4]))
            out.append(struct.pack(">I", len(tiff)) + kind + tiff + struct.pack(">I", zlib.crc32(kind + tiff)))
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
        turned = _orientation(blob[position + 10:end]) if blob[position + 4:position + 10] == _EXIF else None
        if marker == 0xE1 and turned not in (None, 1):
            exif = _EXIF + _turned(turned)
            out.append(b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif)
        if not (marker == 0xFE or application and not blob[position + 4:end].startswith(_JPEG_KEPT.get(marker, b"\0\0"))):
            out.append(blob[position:end])
        position = end
    return b"".join(out)


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
    """The GIF less its comment blocks and application blocks other than the animation's loop count."""
    position = 13 + (3 << ((blob[10] & 7) + 1) if blob[10] & 0x80 else 0)
    out = [blob[:position]]
    while blob[position] != 0x3B:
        if blob[position] == 0x21:
            end = _sub_blocks(blob, position + 2)
            label, name = blob[position + 1], blob[position + 3:position + 14]
            if label in (0xF9, 0x01) or label == 0xFF and name in _GIF_LOOPS:  # frame timing, drawn text, loop
                out.append(blob[position:end])
        elif blob[position] == 0x2C:
            packed = blob[position + 9]
            end = _sub_blocks(blob, position + 11 + (3 << ((packed & 7) + 1) if packed & 0x80 else 0))
            out.append(blob[position:end])
        else:
            raise ValueError("not a block")
        position = end
    return b"".join(out) + b";"


def _sub_blocks(blob: bytes, position: int) -> int:
    """Where the sub-blocks starting at position end (after their empty closing one)."""
    while blob[position]:
        position += blob[position] + 1
    return position + 1


def _webp(blob: bytes) -> bytes:
    """The WebP less its EXIF and XMP chunks, its header's flags for them cleared."""
    chunks, position = [], 12
    while position + 8 <= len(blob):
        kind, (size,) = blob[position:position + 4], struct.unpack("<I", blob[position + 4:position + 8])
        end = position + 8 + size + (size & 1)
        if position + 8 + size > len(blob):
            raise ValueError("damaged chunk")
        if kind == b"VP8X":
            chunks.append(blob[position:position + 8] + bytes([blob[position + 8] & ~0x0C]) + blob[position + 9:end])
        elif kind not in (b"EXIF", b"XMP "):
            chunks.append(blob[position:end])
        position = end
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
