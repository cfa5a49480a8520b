"""rev-tpl18 1, 11: a WebP's colour profile (and chunks inside its frames) and bytes riding in segments the
stripper keeps (a JFIF thumbnail, an overlong Adobe, bKGD or pHYs, a GIF's loop or timing block, reserved JPEG
markers, PNG frames without an animation, EMF records of no type or after the end) reached the public picture."""

from __future__ import annotations

import struct

import pytest

from pismo.render import metadata
from test_attacks_templates_rev_tpl16 import GIF_FRAME, GIF_HEAD, chunk, emf, photo, png_with

M = b"UKRYTE Jan Nowak ul. Lipowa 5 PESEL 80010112345"
VP8L = b"VP8L" + struct.pack("<I", 13) + bytes.fromhex("2f00000010071011118888fe07") + b"\0"


def riff(*chunks: bytes) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def webp_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\0" if len(data) & 1 else b"")


@pytest.mark.parametrize("picture", [
    riff(webp_chunk(b"VP8X", bytes([0x20]) + b"\0" * 9), webp_chunk(b"ICCP", b"\0" * 128 + b"desc" + M), VP8L),
    riff(webp_chunk(b"VP8X", bytes([0x02]) + b"\0" * 9), webp_chunk(b"ANIM", b"\0" * 6),
         webp_chunk(b"ANMF", b"\0" * 16 + webp_chunk(b"XMP ", M) + VP8L))])
def test_a_webp_with_a_profile_or_a_frames_own_chunks_is_refused_whole(picture):
    """Cleaned chunk by chunk until rev-tpl21 11: bytes after its coded pixels rode on – a WebP is refused now."""
    with pytest.raises(metadata.Opaque):
        metadata.stripped(picture)


def jpeg_with(segment: bytes) -> bytes:
    image = photo()
    return image[:2] + segment + image[2:]


def segment(marker: int, data: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data


@pytest.mark.parametrize("picture", [
    jpeg_with(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\x02\x02" + M)),  # a 2×2 thumbnail and more
    jpeg_with(segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01" + M)),
    jpeg_with(segment(0xC8, M)), jpeg_with(segment(0xCC, M)),
    png_with(chunk(b"fdAT", b"\0\0\0\1" + M)), png_with(chunk(b"bKGD", M)), png_with(chunk(b"pHYs", M)),
    emf(struct.pack("<II", 0x7777, 8 + 48) + M + b"\0"),
    emf() + struct.pack("<II", 0x7777, 56) + M + b"\0",
    GIF_HEAD + b"\x21\xff\x0bNETSCAPE2.0" + bytes([len(M)]) + M + b"\0" + GIF_FRAME + b";",
    GIF_HEAD + b"\x21\xf9" + bytes([len(M)]) + M + b"\0" + GIF_FRAME + b";",
])
def test_kept_segments_carry_nothing_past_their_format(picture):
    assert M not in metadata.stripped(picture)


def test_a_jfif_header_stays_without_its_thumbnail():
    kept = metadata.stripped(jpeg_with(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\x02\x02" + b"\x7f" * 12)))
    assert segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0") in kept and b"\x7f" * 12 not in kept


def test_a_gifs_loop_and_timing_stay():
    loop, timing = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00", b"\x21\xf9\x04\x00\x0a\x00\x00\x00"
    assert metadata.stripped(GIF_HEAD + loop + timing + GIF_FRAME + b";") == GIF_HEAD + loop + timing + GIF_FRAME + b";"


# --- finding 15: a BMP (Paint's default) was refused as of unknown format ------------------------------------------

def bmp(header_size: int = 40, gap: bytes = b"", tail: bytes = b"", profile: bytes = b"", compression: int = 0) -> bytes:
    pixels = b"\x00\x00\xff\x00"  # one red pixel, its row padded
    info = struct.pack("<IiiHHIIiiII", header_size, 1, 1, 1, 24, compression, len(pixels), 2835, 2835, 0, 0)
    if header_size == 124:
        info += struct.pack("<I", 0) * 4 + struct.pack("<I", 0x4D424544) + b"\0" * 36 + struct.pack("<I", 4)
        info += struct.pack("<II", 124 + len(pixels), len(profile)) + b"\0" * 4
    start = 14 + len(info) + len(gap)
    return b"BM" + struct.pack("<IHHI", start + len(pixels), 0, 0, start) + info + gap + pixels + profile + tail


def test_a_plain_bmp_is_kept_as_it_is():
    assert metadata.stripped(bmp()) == bmp()


def test_a_bmps_hidden_bytes_and_colour_profile_go():
    assert metadata.stripped(bmp(gap=M, tail=M)) == bmp()
    kept = metadata.stripped(bmp(124, profile=b"desc" + M))
    assert M not in kept and struct.unpack("<I", kept[14 + 56:14 + 60])[0] == 0x73524742, kept
    assert kept[14 + 112:14 + 120] == b"\0" * 8


def test_a_bmp_holding_a_jpeg_is_refused():
    with pytest.raises(metadata.Embedded):
        metadata.stripped(bmp(compression=4))
