#!/usr/bin/env python3
"""The public version's palette check of a PNG: seconds against its size (a script, not a test).

A palette picture's PLTE entries no pixel uses are zeroed (rev-tpl20 12), so its rows are inflated and unfiltered
to find the indices they use. Each picture here is 8-bit with a 256-entry palette of which it uses 2 – the
case that must read every row – its rows written with one PNG filter each (none, Sub, Up, Average, Paeth, or the
five in turn), at N megapixels. pismo.render.metadata.stripped runs on it for this tree and, with --baseline,
another beside it (in a child process each; median CPU seconds).

    .venv/bin/python bench/png_palette.py                                   # this tree
    .venv/bin/python bench/png_palette.py --baseline /path/to/other/src     # and another tree
    .venv/bin/python bench/png_palette.py --sizes 0.5,2,8 --filters paeth,mixed --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import struct
import sys
import time
import zlib
from pathlib import Path

import baseline
from baseline import in_child

ROOT = Path(__file__).resolve().parents[1]
FILTERS = {"none": 0, "sub": 1, "up": 2, "average": 3, "paeth": 4, "mixed": None}


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _filtered(line: bytes, up: bytes, kind: int) -> bytes:
    """One row written with PNG filter `kind` (one byte per pixel)."""
    out = bytearray(len(line))
    for i, value in enumerate(line):
        left, above, corner = line[i - 1] if i else 0, up[i], up[i - 1] if i else 0
        if kind == 4:
            p = left + above - corner
            pa, pb, pc = abs(p - left), abs(p - above), abs(p - corner)
            guess = left if pa <= pb and pa <= pc else above if pb <= pc else corner
        else:
            guess = (0, left, above, (left + above) // 2)[kind]
        out[i] = (value - guess) & 255
    return bytes([kind]) + bytes(out)


def picture(megapixels: float, name: str) -> bytes:
    """A 4:3 palette PNG of about `megapixels`, 2 of its 256 entries used, rows filtered by `name` (FILTERS).
    Every row differs from every other (its number in its first pixels, then stripes): no row repeats a row
    before it over the same row above, as a photo's scan would not."""
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    height = int(megapixels * 1e6 / width)
    rows, up = [], bytes(width)
    for y in range(height):
        line = bytes(y >> x & 1 if x < 24 else (x + y) // 3 % 2 for x in range(width))
        rows.append(_filtered(line, up, FILTERS[name] if FILTERS[name] is not None else y % 5))
        up = line
    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    palette = bytes(value for k in range(256) for value in (k, 255 - k, k // 2))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"PLTE", palette) + \
        _chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + _chunk(b"IEND", b"")


def measure(sizes: list[float], repeats: int, filters: list[str], src: str) -> dict:
    """Median CPU seconds of metadata.stripped on each picture (CPU, not wall: the machine is shared), by the
    tree at `src` (first on sys.path)."""
    sys.path.insert(0, src)
    from pismo.render import metadata

    figures = {}
    for name in filters:
        figures[name] = {}
        for size in sizes:
            blob = picture(size, name)
            metadata.stripped(picture(0.01, name))  # tables built once per process: not the picture's cost
            times = []
            for _ in range(repeats):
                start = time.process_time()
                metadata.stripped(blob)
                times.append(time.process_time() - start)
            figures[name][str(size)] = statistics.median(times)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.5,2", help="megapixels of each picture")
    parser.add_argument("--filters", default=",".join(FILTERS), help="row filters: " + ", ".join(FILTERS))
    parser.add_argument("--repeats", type=int, default=3)
    baseline.add_options(parser, 900)
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    filters = args.filters.split(",")
    trees = {}
    if args.baseline:
        trees["baseline"] = in_child("png_palette", [sizes, args.repeats, filters], args.baseline, args.baseline_limit)
    trees["this tree"] = in_child("png_palette", [sizes, args.repeats, filters], str(ROOT / "src"))
    print("Palette PNG, 2 of 256 entries used: median CPU seconds of metadata.stripped")
    print(f"{'filter':>8}{'Mpx':>6}" + "".join(f"{label:>12}" for label in trees) + ("     ratio" if args.baseline else ""))
    for name in filters:
        for size in sizes:
            cells = [tree[name][str(size)] if tree else None for tree in trees.values()]
            line = "".join(f"{c:>12.3f}" if isinstance(c, float) else f"{c or 'gave up':>12}" for c in cells)
            if args.baseline and all(isinstance(c, float) for c in cells) and cells[1]:
                line += f"{cells[0] / cells[1]:>9.0f}×"
            print(f"{name:>8}{size:>6}" + line)


if __name__ == "__main__":
    main()
