#!/usr/bin/env python3
"""`pismo import` of large plans within the limits: time against the number of items (a script, not a test).

Round 1 of the import review found 19 000 items taking 15–40 s, most of it in the case file's writer (each value
parsed twice by PyYAML to know whether it may be written plain). Each shape is imported whole – recognised,
written and read back – at growing sizes; medians of --repeats runs.

    .venv/bin/python bench/import_large.py                                    # this tree
    .venv/bin/python bench/import_large.py --baseline /path/to/other/src      # side by side with another tree
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import baseline
from baseline import by_size, in_child

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "informacja-leczna-rejon-3-2025.txt"
ACTION = "· Kontrola rejonu skweru przy ul. Jaśminowej nr {n} w godzinach wieczornych – termin do 31.12.2025 r."
PARTNER = "· Szkoła Podstawowa nr {n} w Łęcznej. Pogadanki z uczniami o bezpieczeństwie w drodze do szkoły."
SENTENCE = "Mieszkańcy osiedla zgłaszali spożywanie alkoholu w rejonie skweru i zakłócanie ciszy nocnej. "


def _plan(heading: str, extra: list[str]) -> str:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(heading)) + 1
    return "\n".join(lines[:at] + extra + lines[at:])


SHAPES = {  # name → the source text at size n
    "n actions": lambda n: _plan("3. Proponowane", [ACTION.format(n=i) for i in range(n)]),
    "n partners": lambda n: _plan("4. Podmioty", [PARTNER.format(n=i) for i in range(n)]),
    "part 1: n sentences": lambda n: _plan("1. Charakterystyka", [SENTENCE * n]),
}


def measure(sizes: list[int], repeats: int, src: str = str(ROOT / "src")) -> dict[str, dict[int, float]]:
    sys.path.insert(0, src)
    from pismo.importer import import_plans

    found: dict[str, dict[int, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.txt"
        path.write_text(SHAPES["n actions"](3), encoding="utf-8")
        import_plans(path)  # modules and patterns loaded before anything is timed
        for name, shape in SHAPES.items():
            found[name] = {}
            for size in sizes:
                path.write_text(shape(size), encoding="utf-8")
                times = []
                for _ in range(repeats):
                    start = time.perf_counter()
                    import_plans(path)
                    times.append(time.perf_counter() - start)
                found[name][size] = statistics.median(times)
    return found


def _child(src: str, sizes: list[int], repeats: int) -> dict:
    return by_size(in_child("import_large", [sizes, repeats], src))


def report(figures: dict, sizes: list[int], label: str) -> None:
    print(f"\n{label}: median seconds per import")
    print(f"{'shape':<22}" + "".join(f"{'n=' + str(size):>10}" for size in sizes))
    for name, row in figures.items():
        print(f"{name:<22}" + "".join(f"{row[size]:>10.2f}" for size in sizes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="240,480,960")
    parser.add_argument("--repeats", type=int, default=3)
    baseline.add_options(parser)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.baseline:
        report(_child(args.baseline, sizes, args.repeats), sizes, f"baseline {args.baseline}")
    report(measure(sizes, args.repeats), sizes, "this tree")


if __name__ == "__main__":
    main()
