"""rev-tpl22 3: a picture's rows compressed again (a byte after the zlib stream, padding bits set) cost 9 s of
CPU a 4-Mpx picture at zlib level 9; they are compressed at zlib's default level 6, bounded in time.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct
import zlib

from pismo.render import metadata
from test_png_palette_rev_tpl20c import chunk


def test_rows_compressed_again_use_zlibs_default_level(monkeypatch):
    rows = b"".join(b"\0" + bytes((x * y) & 1 for x in range(64)) for y in range(64))
    picture = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(rows) + b"ZZ") + chunk(b"IEND", b"")
    levels, compress = [], zlib.compress
    monkeypatch.setattr(metadata.zlib, "compress", lambda data, level=-1: levels.append(level) or compress(data, level))
    kept = metadata.stripped(picture)
    assert b"ZZ" not in kept and levels and all(0 <= level <= 6 for level in levels)
    assert zlib.decompress(kept[kept.index(b"IDAT") + 4:kept.index(b"IEND") - 8]) == rows
