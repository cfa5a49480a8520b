"""A JPEG's entropy-coded data past the last block of its scan, or of a restart interval, is read by no decoder
(libjpeg skips it as „extraneous bytes before marker”): text put there rode to the public picture, as did text
after the end of image. The scan is walked code by code (sequential Huffman JPEGs) and cut where its blocks end.

No test here runs LibreOffice."""
from __future__ import annotations

import struct

import pytest

from pismo.render import metadata, public
from pismo.render.metadata import Costly, stripped

RIDE = b"ZZQ35 Jan Nowak PESEL 80010112345 ul. Lipowa 5"


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


# one grey component, 16 x 16 (four blocks); DC table: size 0 is code „0”; AC table: end of block is code „0”
HEAD = (b"\xff\xd8" + _segment(0xDB, b"\x00" + b"\x01" * 64)
        + _segment(0xC0, b"\x08" + struct.pack(">HH", 16, 16) + b"\x01\x01\x11\x00")
        + _segment(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00")
        + _segment(0xC4, b"\x10\x01" + b"\x00" * 15 + b"\x00"))
SCAN = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
BLOCKS = b"\x00"  # four blocks of two bits each: DC 0, end of block


def _scan_data(picture: bytes) -> bytes:
    start = picture.index(SCAN) + len(SCAN)
    return picture[start:picture.index(b"\xff\xd9", start)]


def test_text_after_the_last_block_is_cut():
    kept = stripped(HEAD + SCAN + BLOCKS + RIDE + b"\xff\xd9" + RIDE)
    assert RIDE not in kept and _scan_data(kept) == BLOCKS and kept.endswith(b"\xff\xd9")


def test_a_scan_read_to_its_end_is_kept_as_it_is():
    plain = HEAD + SCAN + BLOCKS + b"\xff\xd9"
    assert stripped(plain) == plain


def test_text_after_a_restart_intervals_blocks_and_intervals_past_the_scan_are_cut():
    interval = b"\x3f"  # one block a restart interval: 00, padded with ones
    ridden = b"".join(interval + (RIDE if k == 1 else b"") + bytes([0xFF, 0xD0 + k]) for k in range(4))
    picture = HEAD + _segment(0xDD, b"\x00\x01") + SCAN + ridden + interval + RIDE + b"\xff\xd4" + RIDE + b"\xff\xd9"
    kept = _scan_data(stripped(picture))
    assert RIDE not in kept
    assert kept == b"\x3f\xff\xd0\x3f\xff\xd1\x3f\xff\xd2\x3f"  # four blocks, three markers between


def test_a_stuffed_byte_is_counted_once():
    # DC sizes 0 and 1 in the codes 0 and 1, AC end of block in 1: a block of DC size 1 with the bit 1 is „111”
    head = HEAD.replace(_segment(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00"),
                        _segment(0xC4, b"\x00\x02" + b"\x00" * 15 + b"\x00\x01")).replace(
        _segment(0xC4, b"\x10\x01" + b"\x00" * 15 + b"\x00"), _segment(0xC4, b"\x10\x02" + b"\x00" * 15 + b"\x01\x00"))
    data = b"\xff\x00\xff\x00"  # four blocks: twelve ones, padded with ones – two 0xFF bytes, each stuffed
    assert _scan_data(stripped(head + SCAN + data + RIDE + b"\xff\xd9")) == data


def test_a_scan_running_short_or_not_walked_is_kept():
    short = HEAD.replace(struct.pack(">HH", 16, 16), struct.pack(">HH", 800, 800)) + SCAN + BLOCKS + RIDE + b"\xff\xd9"
    assert _scan_data(stripped(short)) == BLOCKS + RIDE  # fewer blocks than the frame has: a decoder fills them in
    progressive = HEAD.replace(b"\xff\xc0", b"\xff\xc2") + SCAN + BLOCKS + RIDE + b"\xff\xd9"
    assert _scan_data(stripped(progressive)) == BLOCKS + RIDE  # not walked (its scans read otherwise)


def test_a_scan_past_the_codes_budget_is_refused_in_polish(monkeypatch):
    monkeypatch.setattr(metadata, "_JPEG_CODES", 3)
    picture = HEAD + SCAN + BLOCKS + b"\xff\xd9"
    with pytest.raises(Costly):
        stripped(picture)
    with pytest.raises(public.NotPublic, match=r"obraz word/media/image1.jpeg ma tyle danych \(ponad 3 kodów JPEG, "
                                               r"licząc 8 współczynników lub bitów doprecyzowania jak jeden kod\), "
                                               r"że ich sprawdzenie trwałoby zbyt długo"):
        public._binary("word/media/image1.jpeg", picture)


# --- progressive: DC and AC scans, first and refining; a refinement reads a bit for each coefficient made non-zero

def _bits(text: str) -> bytes:
    """Bits written out, padded with ones, a 0xFF stuffed."""
    text += "1" * (-len(text) % 8)
    return bytes(int(text[k:k + 8], 2) for k in range(0, len(text), 8)).replace(b"\xff", b"\xff\x00")


PROGRESSIVE = (b"\xff\xd8" + _segment(0xDB, b"\x00" + b"\x01" * 64)
               + _segment(0xC2, b"\x08" + struct.pack(">HH", 8, 8) + b"\x01\x01\x11\x00")
               + _segment(0xC4, b"\x00\x01" + b"\x00" * 15 + b"\x00")  # DC: size 0 is „0”
               + _segment(0xC4, b"\x10\x02" + b"\x00" * 15 + b"\x00\x01"))  # AC: end of band „0”, run 0 size 1 „1”
NONZERO = 9  # coefficients the AC first scan makes non-zero: the refinement reads nine correction bits
SCANS = [(b"\x00\x00\x01", "0"),  # DC first (Al 1): size 0
         (b"\x01\x3f\x01", "11" * NONZERO + "0"),  # AC first: nine coefficients of size 1, end of band
         (b"\x01\x3f\x10", "0" + "0" * NONZERO),  # AC refinement: end of band, a correction bit for each
         (b"\x00\x00\x10", "1")]  # DC refinement: one bit


def _progressive(tail: bytes) -> tuple[bytes, list[bytes]]:
    datas = [_bits(bits) for _, bits in SCANS]
    picture = PROGRESSIVE + b"".join(_segment(0xDA, b"\x01\x01\x00" + spectral) + data + tail
                                     for (spectral, _), data in zip(SCANS, datas))
    return picture + b"\xff\xd9", datas


def test_text_after_each_progressive_scans_blocks_is_cut():
    picture, datas = _progressive(RIDE)
    kept = stripped(picture)
    assert RIDE not in kept
    assert kept == _progressive(b"")[0] and len(datas[2]) == 2  # the refinement's second byte: correction bits


def test_a_progressive_picture_read_to_its_end_is_kept_as_it_is():
    plain, _ = _progressive(b"")
    assert stripped(plain) == plain
