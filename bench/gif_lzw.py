#!/usr/bin/env python3
"""The public version's GIF walk: median CPU seconds of pismo.render.metadata.stripped on GIFs whose LZW data runs past
the pixels they declare (a script, not a test; rev-tpl21 1).

Each GIF's image data is walked code by code to find its end and the colours it uses. Cases: a 16 × 16 image
followed by N MB of 2-bit clear codes (no pixels), the same image followed by N MB of 9-bit literal codes
(pixels past the image), and an ordinary 1000 × 600 image written as literal codes with a clear code every 254
(the most codes a picture of its size has). With --baseline another tree runs beside this one (child processes).

    .venv/bin/python bench/gif_lzw.py                                   # this tree
    .venv/bin/python bench/gif_lzw.py --baseline /path/to/other/src     # and another tree
"""

from __future__ import annotations

import argparse
import statistics
import struct
import sys
import time
from pathlib import Path

import baseline
from baseline import in_child

ROOT = Path(__file__).resolve().parents[1]
CASES = ("clears", "literals", "ordinary")


def _packed(codes: list[int], width: int) -> bytes:
    out, store, bits = bytearray(), 0, 0
    for code in codes:
        store, bits = store | code << bits, bits + width
        while bits >= 8:
            out.append(store & 255)
            store, bits = store >> 8, bits - 8
    return bytes(out + (bytes([store]) if bits else b""))


def picture(case: str, megabytes: float) -> bytes:
    """A GIF of `case` (CASES): its image data as sub-blocks after a 256-colour table."""
    width, height, minimum = 16, 16, 8
    if case == "clears":
        minimum = 1
        data = bytes([0b01_00_00_10]) + b"\xaa" * int(megabytes * 1e6)  # clear, pixels, then clear codes only
    elif case == "literals":
        block = _packed(([256] + [k % 200 for k in range(254)]) * 8, 9)  # a clear every 254: 9-bit codes throughout
        data = block * int(megabytes * 1e6 / len(block))
    else:
        width, height = 1000, 600
        codes = []
        for start in range(0, width * height, 254):
            codes += [256] + [(start + k) % 251 for k in range(min(254, width * height - start))]
        data = _packed(codes + [257], 9)
    colours = 3 << minimum if minimum > 1 else 6
    flags = 0x80 | (minimum - 1 if minimum > 1 else 0)
    blocks = b"".join(bytes([len(data[k:k + 255])]) + data[k:k + 255] for k in range(0, len(data), 255)) + b"\0"
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, flags, 0, 0) + bytes(colours) + b"\x2c"
            + struct.pack("<HHHHB", 0, 0, width, height, 0) + bytes([minimum]) + blocks + b";")


def measure(megabytes: float, repeats: int, src: str) -> dict:
    """Median CPU seconds of metadata.stripped on each case (CPU, not wall: the machine is shared), by the tree at
    `src`; a refusal counts as done."""
    sys.path.insert(0, src)
    from pismo.render import metadata

    figures = {}
    for case in CASES:
        blob, times = picture(case, megabytes), []
        for _ in range(repeats):
            start = time.process_time()
            try:
                metadata.stripped(blob)
            except metadata.Unreadable:
                pass
            times.append(time.process_time() - start)
        figures[case] = statistics.median(times)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=9.5, help="size of the data past the image")
    parser.add_argument("--repeats", type=int, default=3)
    baseline.add_options(parser)
    args = parser.parse_args()
    trees = {}
    if args.baseline:
        trees["baseline"] = in_child("gif_lzw", [args.megabytes, args.repeats], args.baseline, 900)
    trees["this tree"] = in_child("gif_lzw", [args.megabytes, args.repeats], str(ROOT / "src"))
    print(f"GIF LZW walk, {args.megabytes} MB past the image: median CPU seconds of metadata.stripped")
    print(f"{'case':>10}" + "".join(f"{label:>12}" for label in trees))
    for case in CASES:
        cells = [tree[case] if tree else "gave up" for tree in trees.values()]
        print(f"{case:>10}" + "".join(f"{c:>12.3f}" if isinstance(c, float) else f"{c:>12}" for c in cells))


if __name__ == "__main__":
    main()
