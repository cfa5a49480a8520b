#!/usr/bin/env python3
"""`pismo import` on one-line files: time against line length (a script, not a test).

A text pasted from a web page may come as one line of hundreds of kilobytes. Recognition must stay linear in
the input: each shape below is imported at growing sizes; the last column is time per kilobyte at the largest
size divided by that at the smallest (about 1 when linear, about the size ratio when quadratic).

    .venv/bin/python bench/import_lines.py                        # this tree
    .venv/bin/python bench/import_lines.py --baseline /path/to/other/src   # side by side with another tree

With --baseline the same shapes run in a child process on the other source tree (e.g. a checkout of main
before a change); medians of --repeats runs, each import in a fresh temporary file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import baseline
from baseline import by_size, in_child, median_seconds

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "informacja-leczna-rejon-3-2025.txt"
HEAD = ("Plan działania priorytetowego dla rejonu nr 3\n1. Charakterystyka zdiagnozowanego zagrożenia.\nx\n"
        "2. Zakładany cel do osiągnięcia.\ny\n3. Proponowane działania.\n")
HEADINGS = ("1. Charakterystyka zdiagnozowanego zagrożenia. 2. Zakładany cel do osiągnięcia. 3. Proponowane "
            "działania. 4. Podmioty współpracujące. 5. Sposób informowania. ")


def _tokens(size: int, seed: int = 1) -> str:
    words = REFERENCE.read_text(encoding="utf-8").split() + ["1.", "5.", "a)", "IV.", "–", "do", "30.06.2026",
                                                              "r.", "od", "Cel:", "•", "tel.", "Drukuj"]
    rnd, out, n = random.Random(seed), [], 0
    while n < size:
        out.append(rnd.choice(words))
        n += len(out[-1]) + 1
    return " ".join(out)


SHAPES = {  # name → one line of about `size` characters
    "the reference text": lambda size: _repeat(" ".join(REFERENCE.read_text(encoding="utf-8").split()) + " ", size),
    "merged headings": lambda size: _repeat(HEADINGS, size),
    "one heading repeated": lambda size: _repeat("1. Charakterystyka zdiagnozowanego zagrożenia w rejonie. ", size),
    "Roman markers": lambda size: _repeat("IV. ", size),
    "dates": lambda size: _repeat("od 1.07.2025 r. do 31.12.2025 r. ", size),
    "random plan words": _tokens,
    "numbered inline list": lambda size: "1) x " + "".join(f"{i}) x " for i in range(2, size // 7)),
    "commas, no deadline": lambda size: _repeat("Spotkanie w szkole, ", size) + " – x (",
    "termin, no deadline": lambda size: _repeat("termin x ", size) + "(",
    # not one line: part 5 opened by one bulleted way and then unbulleted lines (rev-imp14 finding 7)
    "unbulleted lines": lambda size: "x\n5. Sposób informowania.\n· Strona.\n" + _repeat("ulotki w skrzynkach.\n", size),
}


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def measure(sizes: list[int], repeats: int, src: str = str(ROOT / "src")) -> dict[str, dict[int, float]]:
    """Median seconds of `import_plans` per shape and size (a plan whose section 3 is the one line)."""
    sys.path.insert(0, src)
    from pismo.importer import SourceError, import_plans

    found: dict[str, dict[int, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"  # modules and patterns loaded before anything is timed
        warm.write_text(HEAD + "Kontrole.\n5. Sposób informowania.\nStrona.\n", encoding="utf-8")
        import_plans(warm)
        for name, shape in SHAPES.items():
            found[name] = {}
            for size in sizes:
                path = Path(folder) / "plan.txt"
                path.write_text(HEAD + shape(size) + "\n5. Sposób informowania.\nStrona.\n", encoding="utf-8")
                found[name][size] = median_seconds(lambda: import_plans(path), repeats, SourceError)
    return found


def _child(src: str, sizes: list[int], repeats: int, limit: float) -> dict | None:
    found = in_child("import_lines", [sizes, repeats], src, limit)
    return None if found is None else by_size(found)


def report(figures: dict, sizes: list[int], label: str) -> None:
    print(f"\n{label}: median seconds per import (one line of N kB in section 3)")
    print(f"{'shape':<22}" + "".join(f"{size // 1000:>8} kB" for size in sizes) + "   growth")
    for name, row in figures.items():
        cells = "".join(f"{row[size]:>11.3f}" if isinstance(row[size], float) else f"{row[size][:11]:>11}"
                        for size in sizes)
        ends = (row[sizes[0]], row[sizes[-1]])
        growth = (f"{ends[1] / sizes[-1] / (ends[0] / sizes[0]):>6.1f}"
                  if all(isinstance(v, float) for v in ends) else "     –")
        print(f"{name:<22}{cells}   {growth}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="35000,70000,140000")
    parser.add_argument("--repeats", type=int, default=3)
    baseline.add_options(parser, 1800)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"size ratio {sizes[-1] / sizes[0]:.0f}: growth ≈ 1 is linear, ≈ {sizes[-1] / sizes[0]:.0f} quadratic")
    if args.baseline:
        base = _child(args.baseline, sizes, args.repeats, args.baseline_limit)
        if base is None:
            print(f"\nbaseline {args.baseline}: gave up after {args.baseline_limit:.0f} s")
        else:
            report(base, sizes, f"baseline {args.baseline}")
    report(measure(sizes, args.repeats), sizes, "this tree")


if __name__ == "__main__":
    main()
