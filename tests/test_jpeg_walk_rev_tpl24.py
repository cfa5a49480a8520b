"""rev-tpl24 1, 2, 3, 6, 7, 13: the JPEG walk charges what it reads (a 12-Mpx progressive photo was charged 3,5×
its codes and refused), charges DC refinement bits, builds only the Huffman tables a scan uses, passes an
end-of-band run in one step, shares one budget among a template's pictures, and refuses in Polish what it does not
walk (arithmetic, lossless, hierarchical JPEGs; more than four components) instead of copying it.

No test here runs LibreOffice."""
from __future__ import annotations

import struct
import time

import pytest

from pismo.render import metadata, public
from pismo.render.metadata import Costly, Opaque, stripped

RIDE = b"ZZQ24 Jan Nowak PESEL 80010112345 ul. Lipowa 5"


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _progressive(width: int, height: int, refinements: int = 0, eob_scans: int = 0, tables: bytes = b"",
                 sof: int = 0xC2) -> bytes:
    """A grey progressive JPEG: a DC first scan (the 1-bit code „size 0” a block), `refinements` DC refinement
    scans (a bit a block), `eob_scans` AC refinement scans of end-of-band runs (EOB14: 32 767 blocks a code),
    RIDE after the last scan; `tables`: DHT segments no scan uses, put first."""
    blocks = -(-width // 8) * -(-height // 8)
    runs = "".join("0" + "1" * 14 for _ in range(-(-blocks // 32767)))
    runs += "1" * (-len(runs) % 8)
    ac = bytes(int(runs[i:i + 8], 2) for i in range(0, len(runs), 8)).replace(b"\xff", b"\xff\x00")
    picture = (b"\xff\xd8" + tables + _segment(0xDB, b"\x00" + b"\x01" * 64)
               + _segment(sof, b"\x08" + struct.pack(">HH", height, width) + b"\x01\x01\x11\x00")
               + _segment(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00")
               + _segment(0xC4, b"\x10\x01" + b"\x00" * 15 + b"\xe0")
               + _segment(0xDA, b"\x01\x01\x00\x00\x00\x00") + bytes(-(-blocks // 8)))
    for _ in range(refinements):
        picture += _segment(0xDA, b"\x01\x01\x00\x00\x00\x10") + bytes(-(-blocks // 8))
    for _ in range(eob_scans):
        picture += _segment(0xDA, b"\x01\x01\x00\x01\x3f\x10") + ac
    return picture + RIDE + b"\xff\xd9"


def test_a_progressive_scan_is_charged_its_codes_once(monkeypatch):
    """rev-tpl24 1: 64 blocks, 64 one-bit codes – charged 64, not twice as many."""
    monkeypatch.setattr(metadata, "_JPEG_CODES", 70)
    kept = stripped(_progressive(64, 64))
    assert RIDE not in kept


def test_dc_refinement_bits_are_charged(monkeypatch):
    """rev-tpl24 2: 20 DC refinement scans of 64 blocks read 1 280 bits, charged as 160 codes."""
    monkeypatch.setattr(metadata, "_JPEG_CODES", 200)
    with pytest.raises(Costly):
        stripped(_progressive(64, 64, refinements=20))
    monkeypatch.setattr(metadata, "_JPEG_CODES", 64 + 160)
    assert RIDE not in stripped(_progressive(64, 64, refinements=20))


def test_an_end_of_band_run_is_passed_in_one_step(monkeypatch):
    """rev-tpl24 13: a refinement scan of one end-of-band run over blocks with nothing to refine costs its one
    code, and 99 of them over 40 Mpx walk in well under a second (they took 3,5 s and were refused)."""
    monkeypatch.setattr(metadata, "_JPEG_CODES", 64 + 30)
    assert RIDE not in stripped(_progressive(64, 64, eob_scans=30))
    monkeypatch.undo()
    picture = _progressive(8000, 5000, eob_scans=99)
    began = time.process_time()
    assert RIDE not in stripped(picture)
    assert time.process_time() - began < 2


def test_only_the_huffman_tables_a_scan_uses_are_built(monkeypatch):
    """rev-tpl24 3: thousands of table definitions no scan reads cost no 65 536-entry lookup each."""
    unused = _segment(0xC4, (b"\x11\x01" + b"\x00" * 15 + b"\x00") * 3000)
    built = []
    real = metadata._huffman
    monkeypatch.setattr(metadata, "_huffman", lambda table, dc: built.append(table) or real(table, dc))
    kept = stripped(_progressive(64, 64, eob_scans=1, tables=unused))
    assert RIDE not in kept and len(built) == 2


def test_a_template_s_pictures_share_one_budget(monkeypatch):
    """rev-tpl24 7: each picture fits the budget, the two together do not."""
    monkeypatch.setattr(metadata, "_JPEG_CODES", 100)
    picture = _progressive(64, 64)
    stripped(picture)
    stripped(picture)
    with metadata.one_budget():
        stripped(picture)
        with pytest.raises(Costly):
            stripped(picture)


def test_public_parts_share_one_budget(monkeypatch):
    monkeypatch.setattr(metadata, "_JPEG_CODES", 100)
    seen = []
    monkeypatch.setattr(public, "_public_part", lambda name, blob, *rest: seen.append(metadata._SHARED.get()) or blob)
    monkeypatch.setattr(public, "_laid_out", lambda parts: {name.lower() for name, _ in parts})
    public.public_parts([("word/media/a.jpeg", b""), ("word/media/b.jpeg", b"")], lambda text: text)
    assert len(seen) == 2 and seen[0] is not None and seen[0] is seen[1]


@pytest.mark.parametrize("marker, kind", [(0xC9, "JPEG z kodowaniem arytmetycznym"), (0xC3, "JPEG bezstratny"),
                                          (0xC5, "JPEG hierarchiczny"), (0xCA, "JPEG z kodowaniem arytmetycznym")])
def test_a_jpeg_of_a_process_not_walked_is_refused_in_polish(marker, kind):
    """rev-tpl24 6: an arithmetic-coded JPEG's text after its scans rode to the public picture."""
    picture = _progressive(64, 64, sof=marker)
    with pytest.raises(Opaque, match=kind):
        stripped(picture)
    with pytest.raises(public.NotPublic, match=rf"obraz word/media/image1.jpeg jest w formacie {kind} .*"
                                               r"zapisz go ponownie jako zwykły JPEG albo PNG"):
        public._binary("word/media/image1.jpeg", picture)


def test_a_frame_of_more_than_four_components_is_refused():
    """rev-tpl24 7: 76 components of one scan each walked 12 M codes a picture; no photo has more than 4."""
    components = b"".join(bytes([k, 0x11, 0]) for k in range(1, 6))
    frame = _segment(0xC0, b"\x08" + struct.pack(">HH", 8, 8) + b"\x05" + components)
    with pytest.raises(Opaque, match="JPEG o 5 składowych koloru"):
        stripped(b"\xff\xd8" + frame + b"\xff\xd9")
    four = _segment(0xC0, b"\x08" + struct.pack(">HH", 8, 8) + b"\x04" + components[:12])
    assert stripped(b"\xff\xd8" + four + b"\xff\xd9") == b"\xff\xd8" + four + b"\xff\xd9"
