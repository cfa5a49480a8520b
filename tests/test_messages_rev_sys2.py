"""What pismo's commands and its browser application tell the officer when the system misbehaves: findings of the
second system-messages review (rev-sys2) of issue 17."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA

posix_only = pytest.mark.skipif(os.name == "nt", reason="closes a stream through a POSIX shell")


def _closed(*args, cwd: Path, close: str) -> subprocess.CompletedProcess:
    """pismo run with one of its streams closed (`>&-`, `2>&-`: a cron job, pythonw, a desktop launcher)."""
    return subprocess.run(["sh", "-c", f'exec "$@" {close}', "sh", sys.executable, "-m", "pismo", *map(str, args)],
                          cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)


# --- 2: stdout (or stderr) closed --------------------------------------------------------------------------------

@posix_only
def test_a_closed_stdout_keeps_the_commands_code_and_shows_no_traceback(tmp_path):
    """Finding 2 of rev-sys2: `pismo plan c.yaml -o o5 >&-` ended in „AttributeError: 'NoneType' object has no
    attribute 'flush'”, exit 1, though the documents were written; `sprawdz` of a correct file exited 1."""
    made = _closed("plan", LECZNA, "-o", tmp_path / "out", cwd=tmp_path, close=">&-")
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr and "AttributeError" not in made.stderr, made.stderr
    assert (tmp_path / "out" / LECZNA.stem / "plan.docx").exists()
    checked = _closed("sprawdz", LECZNA, cwd=tmp_path, close=">&-")
    assert checked.returncode == 0 and "Traceback" not in checked.stderr, checked.stderr


@posix_only
@pytest.mark.parametrize("close", [">&-", "2>&-", "2>/dev/full"])
def test_a_usage_error_that_cannot_be_shown_keeps_its_code_2(tmp_path, close):
    """Finding 2 of rev-sys2 (related): `pismo plan 2>&-` exited 1, README: 2 = „błędne wywołanie”."""
    if "full" in close and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    result = _closed("plan", cwd=tmp_path, close=close)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
