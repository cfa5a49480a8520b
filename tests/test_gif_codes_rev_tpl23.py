"""rev-tpl23 3: a GIF's walk is bounded by the codes it reads, counted at their real width – an ordinary GIF of
12-bit codes was refused after 4/9 of its budget, as if every code were 9 bits."""
import random
import struct

import pytest

from pismo.render import images, metadata, public
from pismo.render.metadata import Costly, Unreadable, stripped


def _encoded(indices: bytes, minimum: int = 8) -> tuple[bytes, int]:
    """giflib's LZW: codes growing to 12 bits, a clear when the table is full; the data and its number of codes."""
    clear, end = 1 << minimum, (1 << minimum) + 1
    out, store, bits, width, count = bytearray(), 0, 0, minimum + 1, 0

    def emit(code: int) -> None:
        nonlocal store, bits, count
        store, bits, count = store | code << bits, bits + width, count + 1
        while bits >= 8:
            out.append(store & 255)
            store, bits = store >> 8, bits - 8

    table, following = {}, end + 1
    emit(clear)
    prefix = indices[0]
    for index in indices[1:]:
        if (prefix, index) in table:
            prefix = table[prefix, index]
            continue
        emit(prefix)
        if following < 4096:
            table[prefix, index], following = following, following + 1
            if following > 1 << width and width < 12:
                width += 1
        else:
            emit(clear)
            table, following, width = {}, end + 1, minimum + 1
        prefix = index
    emit(prefix)
    emit(end)
    return bytes(out) + (bytes([store]) if bits else b""), count


def _gif(width: int, height: int, data: bytes, minimum: int = 8) -> bytes:
    blocks = b"".join(bytes([len(data[k:k + 255])]) + data[k:k + 255] for k in range(0, len(data), 255)) + b"\0"
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, 0xF7, 0, 0) + bytes(range(256)) * 3 + b"\x2c"
            + struct.pack("<HHHHB", 0, 0, width, height, 0) + bytes([minimum]) + blocks + b";")


PIXELS = random.Random(23).randbytes(200 * 150)  # noise: mostly 12-bit codes
DATA, CODES = _encoded(PIXELS)
PHOTO = _gif(200, 150, DATA)


def test_an_ordinary_gif_within_its_codes_is_kept_whole(monkeypatch):
    assert len(DATA) * 8 > CODES * 11  # its codes are wide: a bound on bytes of 9-bit codes cuts it short
    monkeypatch.setattr(metadata, "_GIF_CODES", CODES)
    monkeypatch.setattr(metadata, "_CLEAR_COST", 1)  # clears counted as codes (test_gif_clears_rev_tpl23 weighs them)
    assert stripped(PHOTO) == PHOTO


def test_one_code_past_the_budget_is_refused(monkeypatch):
    monkeypatch.setattr(metadata, "_GIF_CODES", CODES - 2)  # the walk stops at the last pixel, before the end code
    monkeypatch.setattr(metadata, "_CLEAR_COST", 1)  # clears counted as codes (test_gif_clears_rev_tpl23 weighs them)
    with pytest.raises(Costly):
        stripped(PHOTO)


def test_the_budget_holds_the_largest_picture_written_uncompressed():
    # one 9-bit code a pixel and a clear code after each 254 (old PIL, IJG's djpeg): as many as a template's part holds
    from pismo.render.template_package import MAX_PART_BYTES
    codes = MAX_PART_BYTES * 8 // 9
    assert codes + codes // 254 * metadata._CLEAR_COST <= metadata._GIF_CODES


def test_a_run_of_clear_codes_drawing_nothing_is_refused_at_once(monkeypatch):
    walked = []
    monkeypatch.setattr(metadata, "_lzw_walk", lambda *args: walked.append(1) or walk(*args))
    with pytest.raises(Unreadable):  # min. code size 2: 3-bit codes, each 3 bytes eight clears (code 4)
        stripped(_gif(5400, 5400, (0o44444444).to_bytes(3, "little") * 1500, minimum=2))
    assert walked == [1]


def test_the_message_names_the_real_budget(monkeypatch):
    monkeypatch.setattr(metadata, "stripped", lambda blob: (_ for _ in ()).throw(Costly("too many LZW codes", metadata._GIF_COSTLY)))
    with pytest.raises(public.NotPublic, match=r"obraz word/media/image1.gif ma tyle danych \(ponad 40 mln kodów "
                                               r"GIF, każdy kod czyszczenia tablicy liczony jak 256\), że ich sprawdzenie "
                                               r"trwałoby zbyt długo"):
        public._binary("word/media/image1.gif", PHOTO)


walk = metadata._lzw_walk
