#!/usr/bin/env python3
"""`--publikacja`: leaks and over-redaction on the corpus, and time against case size (a script, not a test).

1. Corpus (tests/publication_corpus.py): per class, how many planted secrets survived (leaks) and how many
   parts that must stay were cut (over-redaction), out of all checks.
2. Size: the public version of the Wrzosogród example grown to N participants (half residents, half officers)
   and N repetitions of a paragraph with a name, a phone and an e-mail in each account of the meeting (hundreds
   of kB of text); median CPU seconds of `redact` (CPU, not wall time: a busy machine changes them less). Time
   per kB at the largest size over that at the smallest: about 1 when
   linear, about the size ratio when quadratic.

3. Whole command (`--case FILE`, repeatable): CPU seconds (user + system) of `pismo plan FILE --publikacja` in a
   child process, median of the repeats — CPU, not wall time, so a busy machine changes the figures less. With
   `--ellipsis` each case is also measured with an ellipsis („…”) in every text, which is not the text as seen
   (NFKC) and took the slow path of pismo.publication.visible for the whole text.

    .venv/bin/python bench/publication.py                                  # this tree
    .venv/bin/python bench/publication.py --baseline /path/to/other/src    # and another tree, side by side
    .venv/bin/python bench/publication.py --sizes 100 --case big.yaml --ellipsis --baseline /path/to/other/src
"""

from __future__ import annotations

import argparse
import copy
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import baseline
from baseline import in_child

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = (" Zgłoszenie przekazał Jan Kowalaaski, tel. 606 100 200, jan@wp.pl; ul. Adama Mickiewicza 5, "
             "st. asp. Anna Zmyślona.")


def grown_case(n: int) -> dict:
    import yaml

    data = yaml.safe_load((ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml").read_text(encoding="utf-8"))
    held = next(m for m in data["spotkania"] if "protokol" in m)["protokol"]
    # n attendees in all, half residents, half officers: a list holds at most 1000 items (yamlio.MAX_ITEMS)
    letters = [chr(97 + i % 26) + chr(97 + i // 26 % 26) for i in range(n // 2)]
    held["obecni"] = ([{"imie_nazwisko": f"Jan Kowal{x}ski", "funkcja": "mieszkaniec"} for x in letters]
                      + held["obecni"]
                      + [{"imie_nazwisko": f"st. asp. Jan Nowak{x}", "funkcja": "dzielnicowy"} for x in letters])
    held["przebieg"] = [item + PARAGRAPH * n for item in held["przebieg"]]
    return data


def measure(sizes: list[int], repeats: int, src: str) -> dict:
    sys.path[:0] = [src, str(ROOT / "tests")]
    import yaml

    import publication_corpus
    from pismo.case.loader import load_case
    from pismo.publication.redact import redact

    corpus = {kind: {key: len(value) for key, value in row.items()}
              for kind, row in publication_corpus.evaluate().items()}
    times, kilobytes = {}, {}
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"sprawa-{n}.yaml"
            path.write_text(yaml.safe_dump(grown_case(n), allow_unicode=True), encoding="utf-8")
            kilobytes[n] = path.stat().st_size / 1024
            case = load_case(path).sprawa
            runs = []
            for _ in range(repeats):
                start = time.process_time()
                redact(case)
                runs.append(time.process_time() - start)
            times[n] = statistics.median(runs)
    return {"corpus": corpus, "times": times, "kilobytes": kilobytes}


def _child(src: str, sizes: list[int], repeats: int) -> dict:
    found = in_child("publication", [sizes, repeats], src)
    found["times"] = {int(k): v for k, v in found["times"].items()}
    found["kilobytes"] = {int(k): v for k, v in found["kilobytes"].items()}
    return found


def report(trees: dict[str, dict], sizes: list[int]) -> None:
    labels = list(trees)
    print("\nCorpus: leaks / over-redaction out of all checks, per class")
    print(f"{'class':<22}" + "".join(f"{label:>24}" for label in labels))
    kinds = list(dict.fromkeys(kind for tree in trees.values() for kind in tree["corpus"]))
    totals = {label: [0, 0, 0] for label in labels}
    for kind in kinds:
        cells = []
        for label in labels:
            row = trees[label]["corpus"].get(kind, {"leaks": 0, "over": 0, "total": 0})
            cells.append(f"{row['leaks']:>3} / {row['over']:>3} of {row['total']:>3}")
            for i, key in enumerate(("leaks", "over", "total")):
                totals[label][i] += row[key]
        print(f"{kind:<22}" + "".join(f"{cell:>24}" for cell in cells))
    print(f"{'all':<22}" + "".join(f"{t[0]:>3} / {t[1]:>3} of {t[2]:>3}".rjust(24) for t in totals.values()))
    print(f"\nSize: median CPU seconds of redact (N participants, N paragraphs per account)")
    first = trees[labels[0]]["kilobytes"]
    print(f"{'N':>6}{'kB':>8}" + "".join(f"{label:>24}" for label in labels))
    for n in sizes:
        print(f"{n:>6}{first[n]:>8.0f}" + "".join(f"{trees[label]['times'][n]:>24.2f}" for label in labels))
    growth = [trees[label]["times"][sizes[-1]] / first[sizes[-1]] / (trees[label]["times"][sizes[0]] / first[sizes[0]])
              for label in labels]
    print(f"{'growth':>14}" + "".join(f"{g:>24.1f}" for g in growth)
          + f"   (≈1 linear, ≈{first[sizes[-1]] / first[sizes[0]]:.0f} quadratic)")


def command_cpu(src: str, case: Path, repeats: int) -> float:
    """Median CPU seconds of `pismo plan CASE --publikacja` run by the tree at `src`."""
    import os
    import resource

    runs = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeats):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-m", "pismo", "plan", str(case), "--publikacja", "-o", out, "--nadpisz"],
                           env={**os.environ, "PYTHONPATH": src}, capture_output=True, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            runs.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(runs)


def with_ellipsis(case: Path, folder: Path) -> Path:
    """The case with „…” after the first word of every text line (a YAML scalar stays a scalar)."""
    import re

    lines = case.read_text(encoding="utf-8").splitlines(keepends=True)
    grown = [re.sub(r"^(\s*(?:- )?[\w]+: [A-ZŁŚŻŹĆŃÓĘĄ]\w+|\s*- [A-ZŁŚŻŹĆŃÓĘĄ]\w+) ", r"\1… ", line, count=1)
             for line in lines]
    path = folder / f"{case.stem}-wielokropek.yaml"
    path.write_text("".join(grown), encoding="utf-8")
    return path


def report_commands(srcs: dict[str, str], cases: list[Path], repeats: int) -> None:
    print("\nWhole command: median CPU seconds of `pismo plan CASE --publikacja`")
    print(f"{'case':<34}{'MB':>6}" + "".join(f"{label:>16}" for label in srcs))
    for case in cases:
        cells = [f"{command_cpu(src, case, repeats):>16.2f}" for src in srcs.values()]
        print(f"{case.name[:33]:<34}{case.stat().st_size / 1e6:>6.1f}" + "".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,200,400,800")
    parser.add_argument("--repeats", type=int, default=3)
    baseline.add_options(parser)
    parser.add_argument("--case", action="append", type=Path, default=[],
                        help="a case file: time the whole command on it (repeatable)")
    parser.add_argument("--ellipsis", action="store_true", help="also each case with „…” in every text")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    trees = {}
    if args.baseline:
        trees["baseline"] = _child(args.baseline, sizes, args.repeats)
    trees["this tree"] = _child(str(ROOT / "src"), sizes, args.repeats)
    report(trees, sizes)
    if args.case:
        srcs = {**({"baseline": args.baseline} if args.baseline else {}), "this tree": str(ROOT / "src")}
        with tempfile.TemporaryDirectory() as folder:
            cases = [c.resolve() for c in args.case]
            cases += [with_ellipsis(c, Path(folder)) for c in cases] if args.ellipsis else []
            report_commands(srcs, cases, args.repeats)


if __name__ == "__main__":
    main()
