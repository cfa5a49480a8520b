"""Every regular expression `pismo import` applies to a plan's text, run against long adversarial lines.

A pattern whose quantifiers can split the same characters in many ways (``[\\w-]+(?:[ -][\\w-]+)*`` over a row of
hyphens), or that a search restarts at every position of a long run (``\\s*x`` over spaces), takes time that grows
with the square or a higher power of the line. Such a pattern is found here by what it does, not by reading it:

1. `collect()` imports the plans of tests/import in a child process whose `re` hands out recording patterns:
   every pattern compiled by pismo's code is noted with the methods called on it (search, match, fullmatch,
   finditer…) and a few of the texts it matched;
2. `superlinear()` calls each pattern, by each of its methods, on lines made of a prefix (generic ones and the
   first words of what the pattern matched) and a run of a short unit ("-", " ", "a-", "1.", "Ul. "…) of length
   n and 4n; work that grows more than about 4× is measured again on longer lines and reported.

Time is compared within one run (n against 4n), never against a fixed limit.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "tests" / "import").iterdir()) + [ROOT / "tests" / "data" / "informacja-leczna-rejon-3-2025.txt"]

_CHILD = r"""
import json, os, re, sys
SRC = os.path.realpath(sys.argv[1])
found = {}

class Recorded:
    # a compiled pattern that notes how it is used
    def __init__(self, real, key):
        self._real, self._key = real, key
    def __getattr__(self, name):
        attr = getattr(self._real, name)
        if name in ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn"):
            entry = found[self._key]
            entry["modes"][name] = 1
            def call(*args, **kwargs):
                result = attr(*args, **kwargs)
                if name in ("search", "match", "fullmatch") and result and len(entry["samples"]) < 3 \
                        and result.group() and result.group() not in entry["samples"]:
                    entry["samples"].append(result.group()[:40])
                return result
            return call
        return attr

real_compile = re._compile

def compile_recorded(pattern, flags):
    if isinstance(pattern, Recorded):
        return pattern
    compiled = real_compile(pattern, flags)
    frame = sys._getframe(1)
    while frame and os.path.realpath(frame.f_code.co_filename).startswith(os.path.dirname(re.__file__)):
        frame = frame.f_back
    where = os.path.realpath(frame.f_code.co_filename) if frame else ""
    if not where.startswith(SRC) or not isinstance(compiled.pattern, str):
        return compiled
    key = (compiled.pattern, compiled.flags)
    if key not in found:
        found[key] = {"pattern": compiled.pattern, "flags": compiled.flags, "modes": {}, "samples": [],
                      "where": f"{os.path.relpath(where, SRC)}:{frame.f_lineno}"}
    return Recorded(compiled, key)

re._compile = compile_recorded
from pismo.importer import SourceError, import_plans
for path in sys.argv[2:]:
    try:
        import_plans(path)
    except SourceError:
        pass
print(json.dumps(list(found.values()), ensure_ascii=True))
"""


def collect() -> list[dict]:
    """Every pattern pismo's code compiles while importing the sample plans, with how it is called."""
    src = ROOT / "src" / "pismo"
    done = subprocess.run([sys.executable, "-c", _CHILD, str(src), *map(str, SOURCES)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


PREFIXES = ["", "A", "Aa", "1", "1. ", "od ", "do ", "termin ", "asp. ", "rejon ", "tel. ", "Plan ", "(",
            "Sporządził: "]
UNITS = ["-", " ", "a", "A", "1", ".", ",", "-a", "a-", "a ", "A ", "Aa ", "1.", "1 ", ". ", "a.", "A. ", ", ", "- ",
         "a,", "Ul. ", "i ", "r. ", "( ", ":", "/", "1.1", " - a", "a@", "a-A", "aA", "–", " ("]
QUICK_PREFIXES = ["", "A", "1"]
QUICK_UNITS = ["-", " ", "a", "-a", "a ", "A ", "1.", ". ", "a.", ", ", "a-A"]
SUFFIXES = ["", "!"]
MEASURED = 0.002  # seconds of CPU: enough work that the call's own overhead does not count


def _caller(pattern: re.Pattern, mode: str):
    method = getattr(pattern, mode)
    if mode in ("finditer", "findall", "split"):
        return lambda text: list(method(text))
    if mode in ("sub", "subn"):
        return lambda text: method("", text)
    return method


def _seconds(call, text: str, repeats: int = 1) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()  # CPU time of this thread: other processes' load does not count
        call(text)
        best = min(best, time.thread_time() - start)
    return best


def _growth(call, make, longest: int) -> tuple[float, int] | None:
    """Time for 4n over time for n at the first n whose 4n takes measurable work; None when even the longest
    line is too quick to tell (linear). Lengths grow 4× at a time, so a pattern that explodes is caught
    while its lines are still short."""
    length = 64
    while length * 4 <= longest:
        if _seconds(call, make(4 * length)) > MEASURED:
            ratios = [_seconds(call, make(4 * length), 3) / max(_seconds(call, make(length), 3), 1e-9)
                      for _ in range(2)]
            return min(ratios), length
        length *= 4
    return None


def _prefixes(entry: dict, generic: list[str]) -> list[str]:
    own = [sample.split()[0] for sample in entry["samples"] if sample.split()]
    own += [sample.split()[0] + " " for sample in entry["samples"] if sample.split()]
    return list(dict.fromkeys(generic + own))


def superlinear(entries: list[dict], limit: float = 10.0, longest: int = 16384, quick: bool = False) -> list[str]:
    """The patterns (with method and line) whose time grows more than `limit` times when the line grows 4×."""
    bad = []
    prefixes, units = (QUICK_PREFIXES, QUICK_UNITS) if quick else (PREFIXES, UNITS)
    for entry in entries:
        pattern = re.compile(entry["pattern"], entry["flags"])
        for mode in entry["modes"]:
            call = _caller(pattern, mode)
            for prefix, unit, suffix in itertools.product(_prefixes(entry, prefixes), units, SUFFIXES):
                def make(length, prefix=prefix, unit=unit, suffix=suffix):
                    return prefix + unit * (length // len(unit)) + suffix
                found = _growth(call, make, longest)
                if found and found[0] > limit:
                    bad.append(f"{entry['where']} .{mode}() ×{found[0]:.0f} for 4× the line "
                               f"({prefix!r} + {unit!r}×{found[1] // len(unit)} + {suffix!r}): {entry['pattern'][:120]}")
                    break
    return bad


if __name__ == "__main__":  # a report of every pattern that grows faster than linearly
    for line in superlinear(collect(), quick="--quick" in sys.argv):
        print(line, flush=True)
