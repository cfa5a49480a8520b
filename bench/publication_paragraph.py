#!/usr/bin/env python3
"""`--publikacja` on one long paragraph: CPU seconds against its size (a script, not a test).

A pasted messenger export or a long note is one paragraph of the letter, a run per line with line breaks between:
long unchanged stretches between sparse removals. The public version reads the paragraph whole through the
scrubber and writes its changes back into the runs; a diff of the text against its scrubbed copy made that
superlinear (52 kB of a field took two minutes). Here a paragraph of N kB of distinct lines, a phone in one line of
five, goes through pismo.render.public's paragraph scrubbing with the case's scrubber, for this tree and, with
--baseline, another beside it (in a child process each; median CPU seconds). Seconds per kB at the largest size
over that at the smallest: about 1 when linear, about the size ratio when quadratic.

Three shapes of the paragraph, each measured: `lines` (above); `tabs` – rows pasted from a spreadsheet, a
tab-separated cell a run, Word's way (rev-pub17 19: a per-run lookup of the paragraph's style read past all its
runs); `loop` – a template's loop repeating one sentence with a first name in one run („Ala ma kota i psa.”,
rev-tpl18 17: each mention looked for its line's start back through the whole paragraph).

    .venv/bin/python bench/publication_paragraph.py                                  # this tree
    .venv/bin/python bench/publication_paragraph.py --baseline /path/to/other/src    # and another tree
    .venv/bin/python bench/publication_paragraph.py --shapes tabs,loop --sizes 64,256   # chosen shapes and sizes
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import baseline
from baseline import by_size, in_child

ROOT = Path(__file__).resolve().parents[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PLACES = ["pod sklepem", "na klatce", "przy garażach", "na boisku", "za szkołą", "pod wiatą", "na placu zabaw"]
DEEDS = ["piją alkohol", "krzyczą do późna", "palą przy wejściu", "rzucają butelkami", "zaczepiają dzieci"]


def line(i: int) -> str:
    """A distinct note's line; one in five gives a phone."""
    text = f"Wpis {i}: {i % 28 + 1}.{i % 12 + 1:02d} godz. {i % 24}:{i % 60:02d} {PLACES[i % 7]} {DEEDS[i % 5]}"
    return text + (f", tel. 606 {100 + i % 900} {200 + i % 700}." if i % 5 == 0 else ".")


def cell(i: int) -> str:
    """A spreadsheet row's cell: a row's date, place, deed and count in turn."""
    return [f"{i % 28 + 1}.{i % 12 + 1:02d}.2025", PLACES[i % 7], DEEDS[i % 5], str(i % 9)][i % 4]


def paragraph_xml(kilobytes: int, shape: str = "lines") -> str:
    """One w:p of about `kilobytes` of text in the given shape (see the module's text)."""
    if shape == "loop":
        sentence = "Ala ma kota i psa. "
        return f'<w:p xmlns:w="{W}"><w:r><w:t>{sentence * (kilobytes * 1024 // len(sentence))}</w:t></w:r></w:p>'
    text, separator = (line, "<w:r><w:br/></w:r>") if shape == "lines" else (cell, "<w:r><w:tab/></w:r>")
    runs, size = [], 0
    while size < kilobytes * 1024:
        runs.append(f"<w:r><w:t>{text(len(runs))}</w:t></w:r>")
        size += len(runs[-1].encode("utf-8")) - 22
    return f'<w:body xmlns:w="{W}"><w:p>' + separator.join(runs) + "</w:p></w:body>"


def measure(sizes: list[int], repeats: int, shapes: list[str], src: str) -> dict:
    """Median CPU seconds of the public pass over one paragraph of each shape and size – its hidden runs dropped,
    then its text scrubbed – by the tree at `src` (first on sys.path)."""
    sys.path.insert(0, src)
    from functools import partial

    from lxml import etree

    from pismo.publication import redact
    from pismo.publication.names import Names
    from pismo.render import public

    names = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"], places=["Wrzosogród"])
    scrub = redact.Scrubber(names) if hasattr(redact, "Scrubber") else partial(redact.scrub, names=names)
    figures = {}
    for shape in shapes:
        times = figures[shape] = {}
        for kilobytes in sizes:
            runs = []
            for _ in range(repeats):
                root = etree.fromstring(paragraph_xml(kilobytes, shape))
                paragraph = root if root.tag == f"{{{W}}}p" else root[0]
                start = time.process_time()
                public._drop_invisible(root, scrub, {})
                public._scrub_paragraph(paragraph, scrub)
                runs.append(time.process_time() - start)
            times[kilobytes] = statistics.median(runs)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,20,50", help="kB of the one paragraph")
    parser.add_argument("--shapes", default="lines,tabs,loop", help="shapes of the paragraph: lines, tabs, loop")
    parser.add_argument("--repeats", type=int, default=1)
    baseline.add_options(parser, 900)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    trees = {}
    if args.baseline:
        found = in_child("publication_paragraph", [sizes, args.repeats, shapes], args.baseline, args.baseline_limit)
        trees["baseline"] = by_size(found) if found else None
    trees["this tree"] = by_size(in_child("publication_paragraph", [sizes, args.repeats, shapes], str(ROOT / "src")))
    for shape in shapes:
        print(f"One long paragraph ({shape}): median CPU seconds of its public pass")
        rows = {label: tree[shape] if tree else None for label, tree in trees.items()}
        print(f"{'kB':>6}" + "".join(f"{label:>16}" for label in rows))
        for kilobytes in sizes:
            print(f"{kilobytes:>6}" + "".join(f"{t[kilobytes]:>16.2f}" if t else f"{'gave up':>16}"
                                              for t in rows.values()))
        growth = [f"{t[sizes[-1]] / sizes[-1] / (t[sizes[0]] / sizes[0]):>16.2f}" if t else f"{'–':>16}"
                  for t in rows.values()]
        print(f"{'growth':>6}" + "".join(growth) + f"   (≈1 linear, ≈{sizes[-1] / sizes[0]:.0f} quadratic)")


if __name__ == "__main__":
    main()
