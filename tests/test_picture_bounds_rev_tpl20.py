"""rev-tpl20 15, 18: an animated PNG whose frames declare sizes far past its canvas (IHDR 16 × 16, each fcTL
7000 × 7000) was inflated frame by frame, ~0,5 GB and 0,75 s each, by the check and the public version alike –
the declared-size rule read IHDR only; an EMF header whose description count runs past its record kept the
description the stripper exists to blank.

No test here runs LibreOffice.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from pismo.render import images
from pismo.render.metadata import Unreadable, stripped
from test_picture_bounds_rev_tpl19b import SMALL, apng, chunk, control
from test_png_bounds_rev_tpl19 import EOF_RECORD, ROWS, TEXT, emf


def animation(*frames: tuple[int, int, int, int]) -> bytes:
    """A 4×4 picture whose frames after the first declare (width, height, x, y), each with a 2×2 frame's data."""
    parts = b""
    for number, (width, height, x, y) in enumerate(frames, 1):
        parts += chunk(b"fcTL", struct.pack(">IIIIIHHBB", 2 * number - 1, width, height, x, y, 1, 10, 0, 0))
        parts += chunk(b"fdAT", struct.pack(">I", 2 * number) + zlib.compress(SMALL))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) +
            chunk(b"acTL", struct.pack(">II", 1 + len(frames), 0)) + control(0, 4, 4) +
            chunk(b"IDAT", zlib.compress(ROWS)) + parts + chunk(b"IEND", b""))


@pytest.mark.parametrize("frame", [(7000, 7000, 0, 0), (2, 2, 3, 0), (2, 2, 0, 4294967295)])
def test_a_frame_past_its_canvas_is_refused_unread(frame):
    bomb = animation(frame)
    with pytest.raises(images.TooLarge, match="klatkę animacji .* wychodzącą poza cały obraz \\(4 × 4\\)"):
        images.check(bomb)
    with pytest.raises(Unreadable):
        stripped(bomb)


def test_frames_count_against_the_limits():
    assert images.check(animation((2, 2, 0, 0), (4, 4, 0, 0))) == 16 + 16 + 4 + 16  # canvas, then every frame
    with pytest.raises(images.TooLarge, match="ponad 1000 klatek"):
        images.check(animation(*[(1, 1, 0, 0)] * (images.MAX_FRAMES + 1)))


def test_an_ordinary_animation_passes_and_is_kept():
    plain = apng(zlib.compress(SMALL))
    assert images.check(plain) == 16 + 16 + 4 and stripped(plain) == plain


def described(count: int) -> bytes:
    """An EMF whose header holds a description at 108, its count as given (the header record ends with it)."""
    picture = bytearray(emf(EOF_RECORD, extra=bytes(8) + TEXT))
    picture[60:68] = struct.pack("<II", count, 108)
    return bytes(picture)


@pytest.mark.parametrize("count", [len(TEXT) // 2, 0x01000000, 0xFFFFFFFF, len(TEXT) // 2 + 3])
def test_an_emf_description_is_blanked_whatever_its_count(count):
    kept = stripped(described(count))
    assert TEXT[:8] not in kept and len(kept) == len(described(count))
    assert kept[:60] == described(count)[:60] and kept[108:108 + len(TEXT)] == bytes(len(TEXT))


# --- rev-tpl20 9: EMF records the table of sizes missed, and the reserved types ---------------------------------

from test_picture_bounds_rev_tpl19b import records  # noqa: E402
from test_png_bounds_rev_tpl19 import record  # noqa: E402

DEFINED = {120: struct.pack("<ii", 0, 0), 109: bytes(8), 119: struct.pack("<I", 1) + bytes(8) + bytes(8)}


@pytest.mark.parametrize("kind", list(DEFINED))
def test_records_the_table_missed_are_cut_to_their_fields(kind):
    kept = stripped(emf(record(kind, DEFINED[kind] + TEXT), EOF_RECORD))
    assert TEXT[:8] not in kept and [len(r) for k, r in records(kept) if k == kind] == [8 + len(DEFINED[kind])]
    plain = emf(record(kind, DEFINED[kind]), EOF_RECORD)
    assert stripped(plain) == plain


@pytest.mark.parametrize("kind", [69, 107, 117, 121])
def test_reserved_records_and_a_colour_profiles_name_are_dropped(kind):
    kept = stripped(emf(record(kind, TEXT), EOF_RECORD))
    assert TEXT[:8] not in kept and kind not in [k for k, _ in records(kept)]
