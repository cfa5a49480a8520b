#!/usr/bin/env python3
"""pismo throughput benchmark (a script, not a test).

Measures, side by side in one run:

1. synthetic cases of varied sizes, derived from cases/wrzosogrod-rejon-xiii-2026.yaml;
2. docs/s and ms/doc of pismo (load+collect+render in one process, template cache warm;
   plus the load / collect / render-only shares) against bare docxtpl
   (DocxTemplate(path); render(context, autoescape=True); save(BytesIO)) on the SAME items;
3. PDF: one soffice process for all documents vs one soffice process per file;
4. peak memory of a big batch vs a small one (fresh child process each);
5. cold start of the `pismo` command and of `import pismo.cli.main`;
6. a case with 10 000 actions (plan + informacja).

Run from the project root:  .venv/bin/python bench/bench.py   (see bench/README.md)
The machine may be shared and noisy: compare ratios within one run and quote medians.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BASE_CASE = ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"
COLD_CASE = ROOT / "cases" / "leczna-rejon-3-2025.yaml"

# Size profiles cycled over the cases: (actions ×, partners ×, meetings ×).
# The cycle is 10 long, so any batch of ≥ 10 cases holds every size.
PROFILES = [(1, 1, 1), (2, 1, 1), (1, 2, 1), (1, 1, 2), (4, 2, 2),
            (8, 3, 1), (2, 3, 3), (16, 1, 1), (3, 2, 4), (8, 3, 3)]


# --------------------------------------------------------------------------- synthetic cases

def _sfx(ident: str, copy_no: int) -> str:
    return ident if copy_no == 0 else f"{ident}-{copy_no}"


def multiply_case(base: dict, k_actions: int, k_partners: int, k_meetings: int,
                  actions_total: int | None = None, short_text: bool = False) -> dict:
    """A copy of the base case with lists multiplied; every cross-reference stays valid.

    Partner copy p owns addressees "<id>-p"; letter copy p goes to partner copy p's
    addressee; meeting copy m invites partner copy (m % k_partners)'s addressees; action
    copy a refers to partner copy (a % k_partners) and to letters/meetings of the same copies.
    """
    data = copy.deepcopy(base)
    n_actions_base = len(base["dzialania"])
    if actions_total is None:
        actions_total = n_actions_base * k_actions

    # partners and their addressees
    partners = []
    for p in range(k_partners):
        for partner in base["partnerzy"]:
            new = copy.deepcopy(partner)
            new["id"] = _sfx(partner["id"], p)
            for a in new.get("adresaci", []):
                a["id"] = _sfx(a["id"], p)
            partners.append(new)
    data["partnerzy"] = partners

    # letters: one set per partner copy
    letters = []
    for p in range(k_partners):
        for w in base["wnioski"]:
            new = copy.deepcopy(w)
            new["id"] = _sfx(w["id"], p)
            new["adresat"] = _sfx(w["adresat"], p)
            letters.append(new)
    data["wnioski"] = letters

    # meetings
    meetings = []
    for m in range(k_meetings):
        for i, meeting in enumerate(base["spotkania"]):
            new = copy.deepcopy(meeting)
            new["id"] = _sfx(meeting["id"], m)
            new["numer"] = f"{m * len(base['spotkania']) + i + 1}/2026"
            new["zaproszeni"] = [_sfx(a, m % k_partners) for a in meeting["zaproszeni"]]
            meetings.append(new)
    data["spotkania"] = meetings

    # actions (and their realisation entries)
    letter_ids = {w["id"] for w in base["wnioski"]}
    actions, done = [], []
    base_done = {x["dzialanie"]: x for x in base["realizacja"]["dzialania"]}
    for n in range(actions_total):
        c, action = divmod(n, n_actions_base)
        action = base["dzialania"][action]
        new = copy.deepcopy(action)
        new["id"] = _sfx(action["id"], c)
        new["partnerzy"] = [_sfx(p, c % k_partners) for p in action.get("partnerzy", [])]
        new["dokumenty"] = [_sfx(d, c % (k_partners if d in letter_ids else k_meetings))
                            for d in action.get("dokumenty", [])]
        if not new["partnerzy"]:
            del new["partnerzy"]
        if not new["dokumenty"]:
            del new["dokumenty"]
        if short_text:
            new["opis"] = f"Działanie nr {n + 1}: {action['opis'][:60]}"
        actions.append(new)
        if action["id"] in base_done:
            entry = copy.deepcopy(base_done[action["id"]])
            entry["dzialanie"] = new["id"]
            if short_text:
                entry["opis"] = f"Realizacja działania nr {n + 1}."
            done.append(entry)
    data["dzialania"] = actions
    data["realizacja"]["dzialania"] = done
    data["realizacja"]["partnerzy"] = [
        {**copy.deepcopy(x), "partner": _sfx(x["partner"], p)}
        for p in range(k_partners) for x in base["realizacja"]["partnerzy"]
    ]
    return data


def dump_case(data: dict, path: Path) -> int:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def make_cases(n: int, folder: Path) -> list[Path]:
    base = yaml.safe_load(BASE_CASE.read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        profile = PROFILES[i % len(PROFILES)]
        path = folder / f"sprawa-{i:04d}-a{profile[0]}-p{profile[1]}-m{profile[2]}.yaml"
        dump_case(multiply_case(base, *profile), path)
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- helpers

def median(values):
    return statistics.median(values) if values else float("nan")


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def table(headers: list[str], rows: list[list], title: str | None = None) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    if title:
        print(f"\n== {title}")
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    sys.stdout.flush()


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "python": platform.python_version(), "cpu": cpu,
            "date": time.strftime("%Y-%m-%d %H:%M")}


# --------------------------------------------------------------------------- 2. throughput

def throughput(paths: list[Path], repeats: int) -> dict:
    from docxtpl import DocxTemplate

    from pismo.render import engine
    from pismo.documents.kinds import REGISTRY
    from pismo.render.engine import TemplateSet
    from pismo.documents.generate import collect, render
    from pismo.case.loader import load_case

    kinds = REGISTRY.names(main_only=True)
    templates = TemplateSet()

    # one-off: compile every built-in template (what the per-process cache saves)
    engine._cached.cache_clear()
    names = sorted(p.name for p in engine.BUILTIN_DIR.glob("*.docx"))
    t0 = time.perf_counter()
    for name in names:
        templates.get(name)
    compile_s = time.perf_counter() - t0

    # the items, made once, for the render-only and the docxtpl runs
    items = [collect(load_case(p), kinds) for p in paths]
    docx_items = [it for case_items in items for it in case_items if it.template is not None]
    n_docx = len(docx_items)
    n_all = sum(len(c) for c in items)

    def pismo_full():
        t = time.perf_counter()
        t_load = t_collect = 0.0
        for p in paths:
            a = time.perf_counter()
            case = load_case(p)
            b = time.perf_counter()
            its = collect(case, kinds)
            c = time.perf_counter()
            render(its, templates)  # bytes discarded: in memory only
            t_load += b - a
            t_collect += c - b
        return time.perf_counter() - t, t_load, t_collect

    def pismo_render_only():
        t = time.perf_counter()
        for its in items:
            render(its, templates)
        return time.perf_counter() - t

    def bare_docxtpl():
        t = time.perf_counter()
        for it in docx_items:
            tpl = DocxTemplate(templates.path(it.template))
            tpl.render(it.context, autoescape=True)
            tpl.save(io.BytesIO())
        return time.perf_counter() - t

    pismo_full()  # warm-up (imports, caches)
    full, load, coll, rend, bare = [], [], [], [], []
    for _ in range(repeats):  # interleaved, so noise hits all three alike
        f, l, c = pismo_full()
        full.append(f), load.append(l), coll.append(c)
        rend.append(pismo_render_only())
        bare.append(bare_docxtpl())
    return {
        "cases": len(paths), "docs_docx": n_docx, "docs_all": n_all, "repeats": repeats,
        "templates": len(names), "compile_s": compile_s,
        "full_s": median(full), "load_s": median(load), "collect_s": median(coll),
        "render_s": median(rend), "docxtpl_s": median(bare),
        "ratio_runs": [f / b for f, b in zip(full, bare)],
        "ratio_render_runs": [r / b for r, b in zip(rend, bare)],
    }


def report_throughput(r: dict) -> None:
    n = r["docs_docx"]
    rows = []
    for label, secs in (("pismo: load+collect+render", r["full_s"]),
                        ("  of which load_case (YAML+validation)", r["load_s"]),
                        ("  of which collect (contexts)", r["collect_s"]),
                        ("pismo: render only", r["render_s"]),
                        ("bare docxtpl", r["docxtpl_s"])):
        rows.append([label, f"{n / secs:.1f}", fmt_ms(secs / n), f"{secs:.3f}"])
    table(["pipeline", "docs/s", "ms/doc", "batch s"], rows,
          f"Throughput: {r['cases']} cases, {n} .docx documents "
          f"({r['docs_all'] - n} .ics besides), median of {r['repeats']} repeats")
    ratio_full = r["full_s"] / r["docxtpl_s"]
    ratio_render = r["render_s"] / r["docxtpl_s"]
    table(["ratio per document", "pismo/docxtpl", "goal ≤ 0.333", "per-repeat ratios"], [
        ["load+collect+render", f"{ratio_full:.3f}", "yes" if ratio_full <= 1 / 3 else "NO",
         " ".join(f"{x:.3f}" for x in r["ratio_runs"])],
        ["render only", f"{ratio_render:.3f}", "yes" if ratio_render <= 1 / 3 else "NO",
         " ".join(f"{x:.3f}" for x in r["ratio_render_runs"])],
    ], "pismo/docxtpl per document (lower is better)")
    print(f"one-off template compile (cache cold, {r['templates']} templates): "
          f"{r['compile_s'] * 1000:.0f} ms in total, {r['compile_s'] / r['templates'] * 1000:.0f} ms each")


# --------------------------------------------------------------------------- 3. PDF

def pdf_bench(paths: list[Path], sample: int, work: Path) -> dict | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("\n== PDF: soffice not found – skipped")
        return None
    from pismo.documents.kinds import REGISTRY
    from pismo.render.engine import TemplateSet
    from pismo.documents.generate import collect, render
    from pismo.case.loader import load_case

    # a sample covering every kind of document, from the first cases
    docs, seen = [], {}
    out = work / "pdf-in"
    out.mkdir(parents=True, exist_ok=True)
    for p in paths:
        for r in render(collect(load_case(p), REGISTRY.names(main_only=True)), TemplateSet()):
            if r.item.template is None or seen.get(r.item.rodzaj, 0) >= max(1, sample // 6):
                continue
            seen[r.item.rodzaj] = seen.get(r.item.rodzaj, 0) + 1
            target = out / f"{len(docs):02d}-{r.item.filename}"
            target.write_bytes(r.data)
            docs.append(target)
            if len(docs) >= sample:
                break
        if len(docs) >= sample:
            break

    def run(files, profile, outdir):
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                       check=True, capture_output=True, timeout=600)

    t = time.perf_counter()
    run(docs, Path(tempfile.mkdtemp(prefix="pismo-lo-one-")), work / "pdf-one")
    one = time.perf_counter() - t
    profile = Path(tempfile.mkdtemp(prefix="pismo-lo-each-"))
    t = time.perf_counter()
    for d in docs:
        run([d], profile, work / "pdf-each")
    each = time.perf_counter() - t
    made = len(list((work / "pdf-one").glob("*.pdf"))), len(list((work / "pdf-each").glob("*.pdf")))
    n = len(docs)
    table(["soffice", "docs/s", "ms/doc", "total s", "pdfs made"], [
        ["one process, all documents", f"{n / one:.2f}", f"{one / n * 1000:.0f}", f"{one:.1f}", made[0]],
        ["one process per document", f"{n / each:.2f}", f"{each / n * 1000:.0f}", f"{each:.1f}", made[1]],
    ], f"PDF: {n} documents, fresh LibreOffice profile per run (its first start included)")
    return {"docs": n, "one_s": one, "each_s": each}


# --------------------------------------------------------------------------- 4. memory

def _proc_status(field: str) -> int:
    """A /proc/self/status value in KiB (VmRSS, VmHWM), 0 where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory_child(folder: Path, count: int) -> None:
    """Runs in a fresh process: render `count` cases one at a time, discard the bytes."""
    import tracemalloc

    from pismo.documents.kinds import REGISTRY
    from pismo.render.engine import TemplateSet
    from pismo.documents.generate import collect, render
    from pismo.case.loader import load_case

    paths = sorted(folder.glob("*.yaml"))[:count]
    templates = TemplateSet()
    rss_before = _proc_status("VmRSS")
    tracemalloc.start()
    docs = 0
    t = time.perf_counter()
    for p in paths:
        docs += len(render(collect(load_case(p), REGISTRY.names(main_only=True)), templates))  # bytes dropped here
    seconds = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"cases": len(paths), "docs": docs, "peak": peak, "seconds": seconds,
                      "rss_before_kb": rss_before,
                      "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "hwm_kb": _proc_status("VmHWM")}))


def memory_bench(sizes: list[int], work: Path) -> list[dict]:
    folder = work / "mem-cases"
    make_cases(max(sizes), folder)
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--_memory-child", str(folder), str(n)],
                             check=True, capture_output=True, text=True, timeout=1200)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    table(["batch", "docs", "tracemalloc peak MiB", "maxrss MiB", "VmHWM MiB", "RSS after imports MiB",
           "s (traced)"], [
        [f"{r['cases']} cases", r["docs"], f"{r['peak'] / 2**20:.1f}", f"{r['maxrss_kb'] / 1024:.1f}",
         f"{r['hwm_kb'] / 1024:.1f}", f"{r['rss_before_kb'] / 1024:.1f}", f"{r['seconds']:.1f}"] for r in results
    ], "Peak memory, one fresh process per batch, each case rendered and its bytes discarded")
    print("maxrss = getrusage(RUSAGE_SELF).ru_maxrss of the child; Linux carries the parent's RSS at fork\n"
          "into it, so this part runs first, while the parent is small. VmHWM = the child's own peak RSS.")
    return results


# --------------------------------------------------------------------------- 5. cold start

def cold_start(runs: int, work: Path) -> dict:
    pismo_cmd = Path(sys.executable).with_name("pismo")
    cmd = [str(pismo_cmd)] if pismo_cmd.exists() else [sys.executable, "-m", "pismo"]
    outdir = work / "cold-out"

    def timed(args):
        t = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT, timeout=300)
        return time.perf_counter() - t

    wszystko = [timed(cmd + ["wszystko", str(COLD_CASE), "-o", str(outdir), "--nadpisz"]) for _ in range(runs)]
    imports = [timed([sys.executable, "-c", "import pismo.cli.main"]) for _ in range(runs)]
    bare = [timed([sys.executable, "-c", "pass"]) for _ in range(runs)]
    # the SGJP dictionary loads only when a form is missing: the typed case never loads it
    untyped = work / "leczna-bez-form.yaml"
    untyped.write_text(re.sub(r"\n *(dopelniacz|narzednik|plec|powitanie|miejscownik): [^\n]*", "",
                              COLD_CASE.read_text(encoding="utf-8")), encoding="utf-8")
    check = [timed(cmd + ["sprawdz", str(COLD_CASE)]) for _ in range(runs)]
    check_derived = [timed(cmd + ["sprawdz", str(untyped)]) for _ in range(runs)]
    table(["cold start (subprocess)", "median ms", "min ms", "runs"], [
        ["pismo wszystko leczna-rejon-3-2025.yaml", f"{median(wszystko) * 1000:.0f}", f"{min(wszystko) * 1000:.0f}", runs],
        ["pismo sprawdz leczna (forms typed: no dictionary)", f"{median(check) * 1000:.0f}",
         f"{min(check) * 1000:.0f}", runs],
        ["pismo sprawdz leczna without typed forms (dictionary)", f"{median(check_derived) * 1000:.0f}",
         f"{min(check_derived) * 1000:.0f}", runs],
        ['python -c "import pismo.cli.main"', f"{median(imports) * 1000:.0f}", f"{min(imports) * 1000:.0f}", runs],
        ['python -c "pass" (interpreter alone)', f"{median(bare) * 1000:.0f}", f"{min(bare) * 1000:.0f}", runs],
    ], "Cold start")

    # -X importtime: top cumulative entries (bonus)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import pismo.cli.main"],
                          capture_output=True, text=True, cwd=ROOT)
    entries = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            entries.append((int(m.group(2)), int(m.group(1)), len(m.group(3)) // 2, m.group(4)))
    top = sorted(entries, reverse=True)[:8]
    table(["module (-X importtime)", "cumulative ms", "self ms", "depth"],
          [[name, f"{cum / 1000:.1f}", f"{own / 1000:.1f}", depth] for cum, own, depth, name in top],
          "Top imports of pismo.cli.main")
    return {"wszystko_s": median(wszystko), "import_s": median(imports), "python_s": median(bare),
            "sprawdz_s": median(check), "sprawdz_dictionary_s": median(check_derived)}


# --------------------------------------------------------------------------- 6. big case

def big_case(actions: int, work: Path) -> dict:
    from docxtpl import DocxTemplate

    from pismo.render.engine import TemplateSet
    from pismo.documents.generate import collect, render
    from pismo.case.loader import load_case
    from pismo.case.yamlio import MAX_BYTES

    base = yaml.safe_load(BASE_CASE.read_text(encoding="utf-8"))
    path = work / f"sprawa-{actions}-dzialan.yaml"
    size = dump_case(multiply_case(base, 1, 1, 1, actions_total=actions), path)
    note = f"full texts: {size / 2**20:.1f} MiB"
    if size > MAX_BYTES:  # pismo refuses files over MAX_BYTES: shorten the texts to fit
        size = dump_case(multiply_case(base, 1, 1, 1, actions_total=actions, short_text=True), path)
        note += f" > MAX_BYTES {MAX_BYTES / 2**20:.0f} MiB (refused) – shortened texts: {size / 2**20:.1f} MiB"
    templates = TemplateSet()
    for name in ("plan.docx", "informacja.docx"):
        templates.get(name)  # compile outside the timing

    t = time.perf_counter()
    case = load_case(path)
    t_load = time.perf_counter() - t
    rows, res = [], {"actions": actions, "bytes": size, "load_s": t_load}
    rows.append(["load_case", f"{t_load:.2f}", ""])
    for kind in ("plan", "informacja"):
        t = time.perf_counter()
        items = collect(case, [kind])
        t_collect = time.perf_counter() - t
        t = time.perf_counter()
        out = render(items, templates)
        t_render = time.perf_counter() - t
        t = time.perf_counter()
        tpl = DocxTemplate(templates.path(items[0].template))
        tpl.render(items[0].context, autoescape=True)
        tpl.save(io.BytesIO())
        t_bare = time.perf_counter() - t
        rows.append([f"{kind}: collect", f"{t_collect:.2f}", ""])
        rows.append([f"{kind}: render", f"{t_render:.2f}", f"{len(out[0].data) / 1024:.0f} KiB docx"])
        rows.append([f"{kind}: bare docxtpl, same context", f"{t_bare:.2f}", ""])
        res[kind] = {"collect_s": t_collect, "render_s": t_render, "docxtpl_s": t_bare}
    res["holes"] = holes = placeholders_check(base, actions, work)
    rows.append(["sprawdz, every action's text UZUPEŁNIJ", f"{holes['check_s']:.2f}", f"{holes['problems']} problems (CPU seconds)"])
    table(["step", "seconds", "note"], rows,
          f"A case with {actions} actions ({note}; {len(case.warnings)} warnings)")
    return res


def placeholders_check(base: dict, actions: int, work: Path) -> dict:
    """`pismo sprawdz` of the big case with every action's text still reading UZUPEŁNIJ: each printed
    placeholder is traced to its fields (each with each took 130 s for 26 000; tests/test_holes.py counts steps)."""
    from pismo import api

    data = multiply_case(base, 1, 1, 1, actions_total=actions, short_text=True)
    for action in data["dzialania"]:
        action["opis"] = "UZUPEŁNIJ"
    path = work / f"sprawa-{actions}-dziur.yaml"
    dump_case(data, path)
    t = time.process_time()
    report = api.check(path.read_text(encoding="utf-8"), path.name)
    seconds = time.process_time() - t
    return {"check_s": seconds, "problems": sum(len(k.problems) for k in report.kinds.values())}


# --------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="pismo vs bare docxtpl benchmark")
    ap.add_argument("--cases", type=int, default=None, help="synthetic cases in the throughput batch (default 50)")
    ap.add_argument("--repeats", type=int, default=None, help="timed repeats, median quoted (default 3)")
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: few cases, one repeat, no PDF, no 10 000-action case")
    ap.add_argument("--pdf-sample", type=int, default=6, help="documents converted to PDF (default 6)")
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF part")
    ap.add_argument("--mem-cases", default=None, help="batch sizes for the memory part (default 20,200)")
    ap.add_argument("--big-actions", type=int, default=10000, help="actions in the big case (0 = skip)")
    ap.add_argument("--cold-runs", type=int, default=None, help="subprocess runs for cold start (default 5)")
    ap.add_argument("--json", type=Path, default=None, help="also write all figures to this JSON file")
    ap.add_argument("--_memory-child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._memory_child:
        memory_child(Path(args._memory_child[0]), int(args._memory_child[1]))
        return 0

    quick = args.quick
    n_cases = args.cases or (4 if quick else 50)
    repeats = args.repeats or (1 if quick else 3)
    mem_sizes = [int(x) for x in (args.mem_cases or ("2,4" if quick else "20,200")).split(",")]
    cold_runs = args.cold_runs or (1 if quick else 5)
    do_pdf = not (quick or args.no_pdf)
    big = 0 if quick else args.big_actions

    info = machine()
    print(f"pismo benchmark – {info['date']} – nproc {info['nproc']}, Python {info['python']}, CPU {info['cpu']}")
    print(f"cases {n_cases}, repeats {repeats}, memory batches {mem_sizes}, cold runs {cold_runs}, "
          f"pdf {'sample ' + str(args.pdf_sample) if do_pdf else 'skipped'}, "
          f"big case {big or 'skipped'}{' (quick)' if quick else ''}")
    sys.stdout.flush()

    results: dict = {"machine": info}
    with tempfile.TemporaryDirectory(prefix="pismo-bench-") as tmp:
        work = Path(tmp)
        paths = make_cases(n_cases, work / "cases")
        results["memory"] = memory_bench(mem_sizes, work)  # first: the parent is still small
        results["throughput"] = r = throughput(paths, repeats)
        report_throughput(r)
        if do_pdf:
            results["pdf"] = pdf_bench(paths, args.pdf_sample, work)
        else:
            print("\n== PDF: skipped")
        results["cold"] = cold_start(cold_runs, work)
        if big:
            results["big"] = big_case(big, work)
        else:
            print("\n== Big case: skipped")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
