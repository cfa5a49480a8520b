"""Findings of the twelfth files review (rev-files12) of issue 17."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from conftest import run

SRC = Path(__file__).resolve().parents[1] / "src"


def _pismo(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    """`pismo ARGS…` in its own process (a hang is a timeout, not a stuck test run)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-m", "pismo", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env)


# --- finding 4: `pismo odmien` read the case file whole before any check ------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_odmien_of_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "k.yaml"
    os.mkfifo(pipe)
    try:
        done = _pismo("odmien", pipe, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("pismo odmien hung on a named pipe")
    assert done.returncode != 0
    assert "to nie jest zwykły plik" in done.stdout + done.stderr


def test_odmien_of_a_huge_file_reads_no_more_than_the_limit(tmp_path):
    huge = tmp_path / "k.yaml"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: no disk taken
    tracemalloc.start()
    try:
        result = run("odmien", huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code != 0 and "zbyt duży" in result.output, result.output
    assert peak < 60 * 1024 * 1024, peak


def test_odmien_still_writes_the_forms(tmp_path):
    from test_morph_cases import CASES, _stripped

    case = _stripped(CASES[0], tmp_path)
    before = case.read_bytes()
    result = run("odmien", case)
    assert result.exit_code == 0, result.output
    assert case.read_bytes() != before and "# ze słownika" in case.read_text(encoding="utf-8")
