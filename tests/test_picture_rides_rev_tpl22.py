"""rev-tpl22 6, 7, 8 and 4: what a picture carries that no reader draws with goes from the public copy – a BMP
table entry's reserved byte and a V4/V5 header's unread fields (in a metafile's bitmap too), PNG chunks outside
the few that draw it; an RLE bitmap whose header gives no data size keeps its pixels; a GIF's walk is bounded
by its data, not by the size it declares.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct

import pytest

from pismo.render import metadata
from pismo.render.metadata import stripped
from test_picture_rides_rev_tpl21 import bmp

RIDE = b"ZZQ22 Jan Nowak ul. Lipowa 5 PESEL 80010112345 "


# --- 6: BMP bytes no reader draws with -----------------------------------------------------------------------

def test_each_used_table_entrys_reserved_byte_is_zeroed():
    ramp = b"".join(bytes([i, i, i, (RIDE * 6)[i]]) for i in range(256))
    kept = stripped(bmp(256, 2, 8, ramp, bytes(range(256)) * 2, colours=256))
    assert RIDE[:6] not in kept and kept[54:54 + 1024] == b"".join(bytes([i, i, i, 0]) for i in range(256))


def v5(bits: int, pixels: bytes, space: int = 0x73524742, width: int = 4) -> bytes:
    info = (struct.pack("<IiiHHIIiiII", 124, width, 2, 1, bits, 0, len(pixels), 2835, 2835, 0, 0) +
            (RIDE * 2)[:16] + struct.pack("<I", space) + (RIDE * 2)[:48] + struct.pack("<I", 4) + bytes(8) + RIDE[:4])
    return b"BM" + struct.pack("<IHHI", 138 + len(pixels), 0, 0, 138) + info + pixels


def test_a_v5_headers_unread_fields_are_zeroed_under_srgb():
    pixels = b"\x20\x40\x80" * 4 * 2
    kept = stripped(v5(24, pixels))
    assert RIDE[:4] not in kept and kept[14 + 40:14 + 56] == bytes(16) and kept[14 + 60:14 + 108] == bytes(48)
    assert kept[14 + 120:14 + 124] == bytes(4) and kept[-len(pixels):] == pixels
    assert kept[14 + 56:14 + 60] == struct.pack("<I", 0x73524742)


def test_a_calibrated_v5_keeps_its_endpoints_and_a_32_bit_one_its_masks():
    pixels = b"\x20\x40\x80\xff" * 4 * 2
    kept = stripped(v5(32, pixels, space=0))
    assert kept[14 + 40:14 + 56] == (RIDE * 2)[:16] and kept[14 + 60:14 + 108] == (RIDE * 2)[:48]


def test_a_metafile_bitmaps_reserved_bytes_and_header_are_zeroed():
    bmi = struct.pack("<IiiHHIIiiII", 40, 256, 2, 1, 8, 0, 512, 0, 0, 256, 0x5A5A5A5A) + \
        b"".join(bytes([i, i, i, (RIDE * 6)[i]]) for i in range(256))
    header, bits = metadata._dib_cleaned(bmi, bytes(range(256)) * 2, metadata._dib(bmi))
    assert len(header) == len(bmi) and header[40 + 3::4] == bytes(256) and header[36:40] == bytes(4)


# --- 8: PNG chunks not needed to draw ------------------------------------------------------------------------

from test_picture_rides_rev_tpl21 import png  # noqa: E402
from test_png_palette_rev_tpl20c import chunk, chunks  # noqa: E402


@pytest.mark.parametrize("kind, body", [
    (b"cHRM", b"ZZQ22 PESEL 80010112345 J.Nowak."), (b"mDCv", b"ul. Lipowa 5 tel 6001002"), (b"cLLi", b"ZZQ22JN!"),
    (b"cICP", b"ZQ22"), (b"sBIT", b"\x08\x08\x08"), (b"bKGD", b"ZQ22ZQ")])
def test_chunks_no_reader_draws_with_go(kind, body):
    kept = stripped(png(2, chunk(b"sRGB", b"\0") + chunk(kind, body)))
    assert kind not in chunks(kept) and body not in kept and b"sRGB" in chunks(kept)


def test_gamma_goes_beside_srgb_and_stays_alone():
    assert b"gAMA" not in chunks(stripped(png(2, chunk(b"sRGB", b"\0") + chunk(b"gAMA", b"\0\0\xb1\x8f"))))
    assert chunks(stripped(png(2, chunk(b"gAMA", b"\0\0\xb1\x8f"))))[b"gAMA"] == b"\0\0\xb1\x8f"


# --- 7: an RLE bitmap whose header gives no data size --------------------------------------------------------

from pismo.render.metadata import Unreadable  # noqa: E402
from test_picture_bounds_rev_tpl20b import RECTANGLE, wmf, wmf_record  # noqa: E402
from test_picture_rides_rev_tpl21 import RLE8, TWO  # noqa: E402


def _unsized(picture: bytes) -> bytes:
    return picture[:34] + bytes(4) + picture[38:]  # biSizeImage 0


def test_an_rle_bitmap_of_no_size_given_keeps_its_pixels():
    sized = bmp(8, 8, 8, TWO, RLE8, compression=1, colours=2)
    assert stripped(_unsized(sized)) == sized
    assert stripped(_unsized(bmp(8, 8, 8, TWO, RLE8 + RIDE, compression=1, colours=2))) == sized


def test_an_rle_bitmap_with_no_codes_is_refused_not_copied_empty():
    with pytest.raises(Unreadable):
        stripped(_unsized(bmp(8, 8, 8, TWO, b"", compression=1, colours=2)))


def test_a_metafiles_rle_bitmap_of_no_size_given_keeps_its_pixels():
    info = struct.pack("<IiiHHIIiiII", 40, 8, 8, 1, 8, 1, 0, 0, 0, 2, 0) + TWO
    record = wmf_record(0x0F43, struct.pack("<IHhhhhhhhh", 0x00CC0020, 0, 8, 8, 0, 0, 600, 1000, 0, 0) + info + RLE8)
    kept = stripped(wmf(record, RECTANGLE))
    assert RLE8 in kept and len(kept) == len(wmf(record, RECTANGLE))


# --- 4: a GIF's walk bounded by its data, not by the size it declares -----------------------------------------

from pismo.render import public  # noqa: E402
from pismo.render.metadata import Costly  # noqa: E402


def _declared(width: int, height: int, data: bytes, frames: int = 1) -> bytes:
    """A two-colour GIF declaring width × height, each frame's LZW data (minimum code size 2) `data`."""
    blocks = b"".join(bytes([len(data[k:k + 255])]) + data[k:k + 255] for k in range(0, len(data), 255)) + b"\0"
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02" + blocks
    return b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff" + frame * frames + b";"


CLEAR_PAIRS = (0o04040404).to_bytes(3, "little") * 2000  # 3-bit codes clear, 0, clear, 0 …: a pixel a pair


def test_a_large_declared_gif_of_clear_pairs_is_refused_within_its_codes(monkeypatch):
    monkeypatch.setattr(metadata, "_GIF_CODES", 10_000)
    walked = []
    monkeypatch.setattr(metadata, "_lzw_walk", lambda data, *rest: walked.append(rest[-1]) or walk(data, *rest))
    with pytest.raises(Costly):
        stripped(_declared(5400, 5400, CLEAR_PAIRS))
    assert walked == [10_000]  # the codes' budget, not the 16 000 codes of the data


def test_the_budget_is_the_pictures_not_each_frames(monkeypatch):
    monkeypatch.setattr(metadata, "_GIF_CODES", 10_000)
    monkeypatch.setattr(metadata, "_CLEAR_COST", 1)  # counted as codes here: weighed, 2000 clears are past 10 000
    stripped(_declared(5400, 5400, CLEAR_PAIRS[:1500], frames=2))  # 2 × 4000 codes
    with pytest.raises(Costly):
        stripped(_declared(5400, 5400, CLEAR_PAIRS[:1500], frames=3))


def test_the_public_version_says_why_in_polish(monkeypatch):
    monkeypatch.setattr(metadata, "_GIF_CODES", 10_000)
    with pytest.raises(public.NotPublic, match="obraz word/media/image1.gif ma tyle danych .* zapisz go jako PNG"):
        public._binary("word/media/image1.gif", _declared(5400, 5400, CLEAR_PAIRS))


walk = metadata._lzw_walk


# --- rev-tpl21 11: a WebP's bytes after its frame – refused in the public version, as TIFF is ------------------

from test_picture_metadata_rev_tpl18 import VP8L, riff  # noqa: E402


def test_a_webp_with_text_after_its_frame_is_refused_in_polish():
    lossy = b"VP8 " + struct.pack("<I", 10 + len(RIDE)) + b"\x50\x02\0\x9d\x01\x2a\x40\0\x30\0" + RIDE
    for picture in (riff(lossy), riff(VP8L)):
        with pytest.raises(public.NotPublic, match="obraz word/media/image1.webp jest w formacie WebP – wersja "
                                                   "publiczna nie może usunąć .* wstaw obraz jako PNG lub JPEG"):
            public._binary("word/media/image1.webp", picture)


# --- an EMF extended pen's bitmap (EMR_EXTCREATEPEN), cleaned as the other EMF bitmaps are ---------------------

from test_picture_rides_rev_tpl21 import CLEAN, PADDED, TABLE, info  # noqa: E402
from test_png_bounds_rev_tpl19 import EOF_RECORD, emf, record  # noqa: E402


def ext_pen(bmi: bytes, bits: bytes, style: int = 6, colour: int = 0) -> bytes:
    """EMR_EXTCREATEPEN: ihPen, the bitmap's offsets and sizes, a LogPenEx of no style entries, then the bitmap."""
    fields = struct.pack("<IIIII", 1, 52, len(bmi), 52 + len(bmi), len(bits)) + \
        struct.pack("<IIIII", 0x10000, 1, style, colour, 0) + struct.pack("<I", 0)
    return record(95, fields + bmi + bits)


@pytest.mark.parametrize("style", [3, 5, 6])  # BS_PATTERN, BS_DIBPATTERN, BS_DIBPATTERNPT
def test_an_extended_pens_bitmap_loses_unused_entries_reserved_bytes_and_padding(style):
    kept = stripped(emf(ext_pen(info(8, 256, 8) + TABLE, PADDED, style), EOF_RECORD))
    assert RIDE[:6] not in kept
    assert kept == emf(ext_pen(info(8, 256, 8) + TABLE[:8] + bytes(254 * 4), CLEAN, style), EOF_RECORD)


def test_an_extended_pens_palette_indices_are_kept_as_indices():
    clean = emf(ext_pen(info(8, 4, 8) + b"\1\0\2\0\0\0\0\0", CLEAN, colour=1), EOF_RECORD)
    assert stripped(emf(ext_pen(info(8, 4, 8) + b"\1\0\2\0ZQ9a", CLEAN, colour=1), EOF_RECORD)) == clean
