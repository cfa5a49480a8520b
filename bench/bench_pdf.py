#!/usr/bin/env python3
"""PDF benchmark (a script, not a test): parallel batches, the warm converter, --pdf overhead.

Side by side in one run, medians of interleaved repeats:

1. a 20-case batch (copies of both example cases) converted by pismo.files.pdf.convert at -j 1 and -j 2;
2. a one-document preview (the Łęczna plan) on the warm converter vs a cold
   `soffice --convert-to pdf` of the same file on a warm profile;
3. `pismo wszystko --pdf` on the Łęczna case vs `pismo wszystko` without PDF followed by
   `soffice --convert-to pdf` of its documents on a warm profile.

Run from the project root:  .venv/bin/python bench/bench_pdf.py   (see bench/README.md)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CASES = [ROOT / "cases" / "leczna-rejon-3-2025.yaml", ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def pismo(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pismo", *args], env=ENV, check=True, capture_output=True)


def batch(work: Path, cases: int, repeats: int, soffice: str) -> dict:
    from pismo.files.pdf import convert

    folder = work / "cases"
    folder.mkdir()
    paths = []
    for number in range(cases):
        path = folder / f"sprawa-{number:02d}.yaml"
        shutil.copy(CASES[number % 2], path)
        paths.append(path)
    pismo("wszystko", *map(str, paths), "-o", str(work / "batch"), "-j", "2")
    documents = sorted((work / "batch").rglob("*.docx"))
    convert(documents, soffice, overwrite=True, jobs=2)  # warm-up: both profiles made
    found = {"cases": cases, "documents": len(documents)}
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(repeats):
        for jobs in (1, 2):
            times[jobs].append(timed(lambda: convert(documents, soffice, overwrite=True, jobs=jobs)))
    j1, j2 = statistics.median(times[1]), statistics.median(times[2])
    found["convert-to"] = {"j1_s": j1, "j2_s": j2, "ratio": j2 / j1, "j1_runs": times[1], "j2_runs": times[2]}
    return found


def preview(work: Path, runs: int, soffice: str) -> dict:
    from pismo.files.converter import Converter

    pismo("plan", str(CASES[0]), "-o", str(work / "preview"))
    plan = work / "preview" / CASES[0].stem / "plan.docx"
    data = plan.read_bytes()
    profile = (work / "profil-zimny").as_uri()
    cold_run = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                "--outdir", str(work / "zimny"), str(plan)]
    subprocess.run(cold_run, check=True, capture_output=True)  # the profile is made before timing
    with Converter(soffice) as converter:
        converter.to_pdf(data)  # the first document loads Writer's libraries
        warm, cold = [], []
        for _ in range(runs):
            warm.append(timed(lambda: converter.to_pdf(data)))
            cold.append(timed(lambda: subprocess.run(cold_run, check=True, capture_output=True)))
    w, c = statistics.median(warm), statistics.median(cold)
    return {"warm": converter.warm, "warm_s": w, "cold_s": c, "speedup": c / w, "warm_runs": warm,
            "cold_runs": cold}


def overhead(work: Path, runs: int, soffice: str) -> dict:
    profile = (work / "profil-cienki").as_uri()
    out_pdf, out_plain = work / "z-pdf", work / "bez-pdf"
    folder = out_plain / CASES[0].stem

    def with_pdf():
        pismo("wszystko", str(CASES[0]), "-o", str(out_pdf), "--nadpisz", "--pdf")

    def plain_then_soffice():
        pismo("wszystko", str(CASES[0]), "-o", str(out_plain), "--nadpisz")
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to",
                        "pdf", "--outdir", str(folder), *map(str, sorted(folder.glob("*.docx")))],
                       check=True, capture_output=True)

    with_pdf()  # warm-up: profiles made, files cached
    plain_then_soffice()
    a, b = [], []
    for _ in range(runs):
        a.append(timed(with_pdf))
        b.append(timed(plain_then_soffice))
    ma, mb = statistics.median(a), statistics.median(b)
    return {"with_pdf_s": ma, "plain_plus_soffice_s": mb, "ratio": ma / mb, "with_pdf_runs": a,
            "plain_plus_soffice_runs": b}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3, help="batch repeats (default 3)")
    parser.add_argument("--runs", type=int, default=9, help="preview and --pdf runs (default 9)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from pismo.files.pdf import find_soffice

    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="pismo-bench-pdf-") as temp:
        work = Path(temp)
        print(f"machine: nproc {os.cpu_count()}, load {os.getloadavg()[0]:.2f}; soffice {soffice}")
        b = batch(work, args.cases, args.repeats, soffice)
        print(f"\n1. batch: {b['cases']} cases, {b['documents']} documents, median of {args.repeats}")
        m = b["convert-to"]
        print(f"   -j 1: {m['j1_s']:.2f} s   -j 2: {m['j2_s']:.2f} s   -j 2 / -j 1 = {m['ratio']:.2f} (goal ≤ 0.6)")
        p = preview(work, args.runs, soffice)
        print(f"\n2. preview of plan.docx, median of {args.runs} (warm converter: {p['warm']})")
        print(f"   warm converter: {p['warm_s']:.3f} s   cold soffice: {p['cold_s']:.3f} s   "
              f"speed-up {p['speedup']:.1f}× (goal ≤ 0.3 s, ≥ 3×)")
        o = overhead(work, args.runs, soffice)
        print(f"\n3. wszystko --pdf (Łęczna), median of {args.runs}")
        print(f"   with --pdf: {o['with_pdf_s']:.2f} s   without + soffice: {o['plain_plus_soffice_s']:.2f} s   "
              f"ratio {o['ratio']:.2f} (goal ≤ 1.2)")
        print(f"\nload at the end: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"batch": b, "preview": p, "overhead": o}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
