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


# --- 7, 12: pismo's own terminal output passes, text from outside is shown the same on a terminal and a pipe -----

@posix_only
def test_the_progress_bar_on_a_terminal_is_drawn_not_escaped(tmp_path):
    """Finding 7 of rev-sys2: `pismo wszystko A B C` on a terminal printed its bar as „<U+000D><U+001B>[?25lSprawy
    [###…]” – the sanitiser escaped the carriage return and cursor codes click draws the bar with."""
    second = tmp_path / "druga.yaml"
    second.write_text(LECZNA.read_text(encoding="utf-8"), encoding="utf-8")
    master, slave = os.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "pismo", "wszystko", str(LECZNA), str(second), "-o", "out"],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=slave, timeout=300)
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other end is closed and everything was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    text = shown.decode("utf-8", "replace")
    assert done.returncode == 0, text
    assert "Sprawy" in text and "\r" in text and "100%" in text, text
    assert "<U+" not in text, text


def test_a_name_with_an_escape_sequence_is_shown_whole_on_a_pipe(tmp_path):
    """Finding 12 of rev-sys2: on a pipe or a log click deleted the escape sequence from a file name before the
    sanitiser saw it – „xtajne.yaml: … zawiera znak sterujący” named a file that does not exist."""
    from conftest import run

    case = tmp_path / "x\x1b[8mtajne\x1b[0m.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("sprawdz", case)
    assert "x<U+001B>[8mtajne<U+001B>[0m.yaml" in result.output, result.output
    assert "xtajne.yaml" not in result.output and "\x1b" not in result.output, result.output
    wrong = run("wszystko", "-j", "\x1b[2J", LECZNA)
    assert wrong.exit_code == 2 and "<U+001B>[2J" in wrong.output, wrong.output
