"""What the bench scripts share: one script's `measure` run on another source tree, and the timing of one call.

A baseline (a checkout before a change) runs in a child process with that tree's `src` first on the path, so
its figures stand beside this tree's in one run on one machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def add_options(parser, limit: float | None = None) -> None:
    """--baseline (and, where a baseline may run away, --baseline-limit): one wording for every script."""
    parser.add_argument("--baseline", help="src folder of another tree, measured in a child process")
    if limit is not None:
        parser.add_argument("--baseline-limit", type=float, default=limit, help="seconds before the baseline is given up")


def in_child(module: str, args: list, src: str, limit: float | None = None) -> dict | None:
    """`module.measure(*args, src)` run on the tree `src` in a child process: its JSON result, None on timeout."""
    code = (f"import json, sys; sys.path.insert(0, {str(BENCH)!r}); import {module} as b; "
            f"print(json.dumps(b.measure(*{args!r}, {src!r})))")
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=limit,
                              env={**os.environ, "PYTHONPATH": src})
    except subprocess.TimeoutExpired:
        return None
    if done.returncode:
        sys.exit(done.stderr)
    return json.loads(done.stdout)


def by_size(figures: dict) -> dict:
    """JSON's string keys of each row back to the sizes they were."""
    return {name: {int(k): v for k, v in row.items()} for name, row in figures.items()}


def median_seconds(call, repeats: int, refusal: type[BaseException]) -> float | str:
    """Median seconds of call(); a refusal counts as done, any other failure is named (a baseline may crash)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            call()
        except refusal:
            pass
        except Exception as exc:  # recorded, not fatal
            return type(exc).__name__
        times.append(time.perf_counter() - start)
    return statistics.median(times)
