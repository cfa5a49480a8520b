"""rev-tpl21 #1: a GIF's LZW walk read codes past the pixels its image declares – a 16 × 16 image followed by MBs of
clear codes cost seconds of CPU each, and literal codes past the image (pixels no reader draws) rode into the
public picture. The walk stops at the declared pixel count, ends the data there, and refuses data with far more
codes than the image has pixels."""

from __future__ import annotations

import struct
import time

import pytest

from pismo.render import metadata

RIDE = b"ZZQ34 Jan Nowak ul. Lipowa 5 PESEL 80010112345"


def _packed(codes: list[int], width: int) -> bytes:
    value = sum(code << (k * width) for k, code in enumerate(codes))
    return value.to_bytes(-(-len(codes) * width // 8), "little")


def _gif(side: int, minimum: int, data: bytes) -> bytes:
    blocks = b"".join(bytes([len(data[k:k + 255])]) + data[k:k + 255] for k in range(0, len(data), 255)) + b"\0"
    return (b"GIF89a" + struct.pack("<HHBBB", side, side, 0xF7, 0, 0) + b"\0\0\0\xff\xff\xff" * 128 + b"\x2c"
            + struct.pack("<HHHHB", 0, 0, side, side, 0) + bytes([minimum]) + blocks + b";")


def _image_data(gif: bytes) -> bytes:
    position, data = 13 + 768 + 10 + 1, bytearray()
    while gif[position]:
        data += gif[position + 1:position + 1 + gif[position]]
        position += gif[position] + 1
    return bytes(data)


def test_codes_past_the_declared_pixels_are_cut_and_ended():
    pixels = [k % 2 for k in range(16)]
    ridden = _gif(4, 8, _packed([256, *pixels, *RIDE, 257], 9))
    assert _image_data(metadata.stripped(ridden)) == _packed([256, *pixels, 257], 9)


def test_an_image_ending_at_its_last_pixel_is_copied_as_it_is():
    plain = _gif(4, 8, _packed([256, *[k % 2 for k in range(16)], 257], 9))
    assert _image_data(metadata.stripped(plain)) == _image_data(plain)


def test_a_small_image_with_megabytes_of_clear_codes_is_refused_at_once():
    flood = _gif(16, 2, _packed([4, 0, 0, 4, 4, 4, 4, 4], 3) + _packed([4] * 8, 3) * 700_000)  # clear, 0, 0, clears
    start = time.process_time()
    with pytest.raises(metadata.Unreadable):
        metadata.stripped(flood)
    assert time.process_time() - start < 0.5
