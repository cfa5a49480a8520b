"""bench/bench.py runs end to end in its quick mode (no timing assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench.py"


def test_bench_quick_runs():
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--cases", "2", "--repeats", "1",
         "--mem-cases", "1,2", "--cold-runs", "1"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for header in ("docs/s", "ms/doc", "pismo/docxtpl", "bare docxtpl", "render only",
                   "tracemalloc peak MiB", "maxrss MiB", "Cold start", "PDF: skipped", "Big case: skipped"):
        assert header in out, f"missing {header!r} in:\n{out}"


def test_bench_web_runs():
    script = BENCH.parent / "bench_web.py"
    result = subprocess.run([sys.executable, str(script), "--repeats", "1", "--no-preview"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for header in ("api.check", "round trip", "case page", "leczna-rejon-3-2025"):
        assert header in result.stdout, f"missing {header!r} in:\n{result.stdout}"
