#!/usr/bin/env python3
"""`pismo import` on small files that ask for much work (a script, not a test): the resource findings of the
third import review (rev-imp3) of issue 17, each shape at growing sizes.

    .venv/bin/python bench/import_resources.py                               # this tree
    .venv/bin/python bench/import_resources.py --baseline /path/to/other/src  # side by side with another tree

Each import runs to its end, a refusal included (a refusal is a result: the time to it is what counts). The
last column is time per unit at the largest size divided by that at the smallest: about 1 when linear, about
the size ratio when quadratic. Medians of --repeats runs; with --baseline the same shapes run in a child
process on the other source tree (e.g. main before a change).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

import baseline
from baseline import by_size, in_child, median_seconds

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "informacja-leczna-rejon-3-2025.txt"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body_xml: str) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("3. Proponowane działania")
    document.element.body.append(parse_xml(body_xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _merged_cells(rows: int) -> bytes:
    """Finding 2: 200 cells of 400 characters merged down over `rows` rows."""
    cell = f"<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>{'Straż Miejska ' * 28}</w:t></w:r></w:p></w:tc>"
    rest = '<w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc>'
    return _docx(f"<w:tbl {W}><w:tr>{cell * 200}</w:tr>{('<w:tr>' + rest * 200 + '</w:tr>') * rows}</w:tbl>")


def _merged_symbols(rows: int) -> bytes:
    """Finding 2: one cell of 20 000 w:sym merged down over `rows` rows."""
    cell = ('<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r>'
            + '<w:sym w:font="Symbol" w:char="F061"/>' * 20_000 + '</w:r></w:p></w:tc>')
    rest = '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc></w:tr>'
    return _docx(f"<w:tbl {W}><w:tr>{cell}</w:tr>{rest * rows}</w:tbl>")


def _hidden_deep(runs: int) -> bytes:
    """Finding 10: `runs` hidden runs 200 levels deep in custom XML."""
    inner = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>x</w:t></w:r>' * runs
    return _docx(f"<w:p {W}>" + '<w:customXml w:element="x">' * 200 + inner + "</w:customXml>" * 200 + "</w:p>")


def _plan_with(section: str, lines: list[str]) -> bytes:
    """The reference plan with lines put after the heading that starts with `section`."""
    text = REFERENCE.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(text) if line.startswith(section)) + 1
    return "\n".join(text[:at] + lines + text[at:]).encode("utf-8")


def _goal_targets(targets: int) -> bytes:
    """Finding 5: a goal of `targets` targets, each naming its count."""
    return _plan_with("2.", [" ".join(f"Zmniejszenie liczby interwencji o {n % 90 + 1}% (w 2022 r. {n + 10} "
                                      "interwencji)." for n in range(targets))])


def _wrapped_lines(lines: int) -> bytes:
    """Finding 6: one action wrapped over `lines` lines (none names a deadline)."""
    return _plan_with("3.", ["- Kontrole rejonu skweru, w tym"] + [f"kontrola punktu numer {n} oraz"
                                                                  for n in range(lines)])


def _run_of_pieces(pieces: int) -> bytes:
    """rev-imp5 finding 1: one run of `pieces` one-character w:t (each looked its run's font up)."""
    return _docx(f"<w:p {W}><w:r>" + "<w:t>a</w:t>" * pieces + "</w:r></w:p>")


def _paragraph_of_runs(runs: int) -> bytes:
    """rev-imp5 finding 2: one paragraph of `runs` runs without w:pPr (each scanned the paragraph)."""
    return _docx(f"<w:p {W}>" + "<w:r><w:t>a</w:t></w:r>" * runs + "</w:p>")


def _runs_deep(runs: int) -> bytes:
    """rev-imp5 finding 6: `runs` visible runs 200 levels deep in custom XML (a generator per level)."""
    inner = "<w:r><w:t>x</w:t></w:r>" * runs
    return _docx(f"<w:p {W}>" + '<w:customXml w:element="x">' * 200 + inner + "</w:customXml>" * 200 + "</w:p>")


def _action_of_dashes(dashes: int) -> bytes:
    """rev-imp5 finding 8: one action line of `dashes` spaced dashes (each copied the rest of the line)."""
    return _plan_with("3.", ["- Kontrole rejonu skweru" + " - a" * dashes])


def _headings_in_a_line(headings: int) -> bytes:
    """rev-imp5 finding 11: part 1's line followed by `headings` numbered headings (each copied the rest)."""
    return _plan_with("1.", ["Tekst" + " 1. Charakterystyka zagrożenia: tekst" * headings])


def _wrapped_prose(lines: int) -> bytes:
    """rev-imp6 finding 1: part 1 of `lines` lines of 400 characters, each continuing the sentence before."""
    return _plan_with("1.", [("i dalej tekst " * 29).strip() for _ in range(lines)])


def _struck_runs(runs: int) -> bytes:
    """rev-imp6 finding 2: one paragraph of `runs` struck-through runs of 80 characters."""
    return _docx(f"<w:p {W}>" + f"<w:r><w:rPr><w:strike/></w:rPr><w:t>{'przekreśl ' * 8}</w:t></w:r>" * runs + "</w:p>")


def _tab_cells(cells: int) -> bytes:
    """rev-imp6 finding 12: an actions row of `cells` tab-separated cells (each was tried as a deadline)."""
    return _plan_with("3.", ["1.\t" + "\t".join(["x"] * cells) + "\tdo 31.08.2026 r."])


SHAPES = {  # name → (unit, base size, maker, suffix)
    "merged cells": ("rows", 40, _merged_cells, ".docx"),
    "merged symbols": ("rows", 500, _merged_symbols, ".docx"),
    "goal targets": ("targets", 250, _goal_targets, ".txt"),
    "wrapped lines": ("lines", 2500, _wrapped_lines, ".txt"),
    "hidden deep": ("runs", 20_000, _hidden_deep, ".docx"),
    "run of pieces": ("pieces", 10_000, _run_of_pieces, ".docx"),
    "paragraph of runs": ("runs", 10_000, _paragraph_of_runs, ".docx"),
    "runs deep": ("runs", 10_000, _runs_deep, ".docx"),
    "action of dashes": ("dashes", 50_000, _action_of_dashes, ".txt"),
    "headings in a line": ("headings", 2_500, _headings_in_a_line, ".txt"),
    "wrapped prose": ("lines", 2_000, _wrapped_prose, ".txt"),
    "struck runs": ("runs", 10_000, _struck_runs, ".docx"),
    "tab cells": ("cells", 100_000, _tab_cells, ".txt"),
}


def measure(scales: list[int], repeats: int, src: str = str(ROOT / "src")) -> dict[str, dict[int, float | str]]:
    """Median seconds of `import_plans` per shape and scale."""
    sys.path.insert(0, src)
    from pismo.importer import SourceError, import_plans

    found: dict[str, dict[int, float | str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, (_unit, base, make, suffix) in SHAPES.items():
            found[name] = {}
            for scale in scales:
                path = Path(folder) / f"plan{suffix}"
                path.write_bytes(make(base * scale))
                found[name][scale] = median_seconds(lambda: import_plans(path), repeats, SourceError)
    return found


def _child(src: str, scales: list[int], repeats: int, limit: float) -> dict | None:
    found = in_child("import_resources", [scales, repeats], src, limit)
    return None if found is None else by_size(found)


def report(figures: dict, scales: list[int], label: str) -> None:
    print(f"\n{label}: median seconds per import")
    print(f"{'shape':<16}{'unit':>12}" + "".join(f"{'×' + str(scale):>10}" for scale in scales) + "   growth")
    for name, row in figures.items():
        unit, base = SHAPES[name][:2]
        cells = "".join(f"{row[s]:>10.2f}" if isinstance(row[s], float) else f"{row[s][:10]:>10}" for s in scales)
        ends = (row[scales[0]], row[scales[-1]])
        growth = (f"{ends[1] / scales[-1] / (ends[0] / scales[0]):>6.1f}"
                  if all(isinstance(v, float) for v in ends) else "     –")
        print(f"{name:<16}{f'{base} {unit}':>12}{cells}   {growth}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,2,4", help="multiples of each shape's base size")
    parser.add_argument("--repeats", type=int, default=3)
    baseline.add_options(parser, 1800)
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    print(f"scale ratio {scales[-1] / scales[0]:.0f}: growth ≈ 1 is linear, ≈ {scales[-1] / scales[0]:.0f} quadratic")
    if args.baseline:
        base = _child(args.baseline, scales, args.repeats, args.baseline_limit)
        if base is None:
            print(f"\nbaseline {args.baseline}: gave up after {args.baseline_limit:.0f} s")
        else:
            report(base, scales, f"baseline {args.baseline}")
    report(measure(scales, args.repeats), scales, "this tree")


if __name__ == "__main__":
    main()
