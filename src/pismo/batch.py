"""Many cases at once: each in its own worker, one broken case stops no other.

Workers ignore Ctrl+C; the parent stops handing out cases and waits for the
running ones, which write atomically, so an interrupted batch leaves only
complete documents.
"""

from __future__ import annotations

import os
import signal
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CaseResult:
    """What one case gave: written files, or the problems that stopped it."""

    path: Path
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Job:
    kinds: list[str]
    out_root: Path
    templates: Path | None
    overwrite: bool
    manifest: bool


def run_case(path: Path, job: Job) -> CaseResult:
    """Load, render and write one case; every failure becomes Polish text."""
    from pismo.engine import TemplateError, TemplateSet
    from pismo.generate import DocumentError, generate
    from pismo.loader import load_case
    from pismo.output import OutputError
    from pismo.problems import CaseError

    result = CaseResult(Path(path))
    try:
        case = load_case(path)
        result.warnings = [str(w) for w in case.warnings]
        result.written = generate(case, job.kinds, job.out_root, TemplateSet(job.templates), job.overwrite,
                                  job.manifest)
    except (CaseError, DocumentError) as exc:
        result.problems = [str(p) for p in exc.problems]
    except (TemplateError, OutputError) as exc:
        result.problems = [f"{path}: {exc}"]
    return result


def folder_clashes(paths: list[Path]) -> list[str]:
    """Cases that would write into one output folder, which is named after the file: refused before any runs.

    Run together they would replace each other's documents (and, in parallel,
    remove each other's temporaries). Names are compared as Windows and macOS
    compare them: without regard to case.
    """
    from pismo.output import same_name_key

    seen: dict[str, Path] = {}
    messages = []
    for path in map(Path, paths):
        first = seen.get(same_name_key(path.stem))
        if first is None:
            seen[same_name_key(path.stem)] = path
            continue
        if _same_file(first, path):
            messages.append(f"{path}: ten sam plik sprawy podano dwa razy – podaj go raz")
        else:
            messages.append(f"{first} i {path}: obie sprawy trafiłyby do tego samego folderu „{first.stem}” "
                            "(folder nazywa się jak plik sprawy) – zmień nazwę jednego z plików")
    return messages


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    return os.cpu_count() or 1


def run_cases(paths: list[Path], job: Job, jobs: int, on_done=None) -> list[CaseResult]:
    """Run every case; in-process for one case or one job, else in worker processes.

    on_done(result) is called as each case finishes. KeyboardInterrupt propagates
    after running cases have finished; results so far are on the exception.
    """
    results: list[CaseResult] = []
    if jobs <= 1 or len(paths) <= 1:
        try:
            for path in paths:
                results.append(run_case(path, job))
                if on_done:
                    on_done(results[-1])
        except KeyboardInterrupt as exc:
            exc.results = results
            raise
        return results
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(paths)), initializer=_ignore_interrupt)
    try:
        futures = {pool.submit(run_case, path, job): path for path in paths}
        for future in as_completed(futures):
            results.append(future.result())
            if on_done:
                on_done(results[-1])
    except KeyboardInterrupt as exc:
        pool.shutdown(wait=True, cancel_futures=True)
        reported = {r.path for r in results}
        results += [f.result() for f, path in futures.items()
                    if path not in reported and f.done() and not f.cancelled() and f.exception() is None]
        exc.results = results
        raise
    pool.shutdown(wait=True)
    order = {path: i for i, path in enumerate(paths)}
    return sorted(results, key=lambda r: order.get(r.path, 0))
