"""What pismo tells the officer, and which code it exits with, when the system stands in the way: findings of the
third system-messages review (rev-sys3) of issue 17."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA, soffice_script
from pismo.cli.main import main

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
DAMAGE = "uszkodzon"  # „dokument może być uszkodzony”, „sprawdź, czy nie są uszkodzone”


def _bad_case(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.yaml"
    bad.write_text(LECZNA.read_text(encoding="utf-8").replace("telefon:", "telefon: [", 1), encoding="utf-8")
    return bad


def _code(*args, cwd: Path, stderr, stdout=subprocess.DEVNULL) -> int:
    return subprocess.run([sys.executable, "-m", "pismo", *map(str, args)], cwd=cwd, stdout=stdout, stderr=stderr,
                          timeout=300).returncode


# --- 2, 4: the exit code is the outcome's, whatever happens to stderr ---------------------------------------------

def _commands(tmp_path: Path) -> list[tuple[list, int]]:
    """Commands with their README codes: a file with errors (1), documents without LibreOffice (3), documents with
    every PDF failed (5)."""
    killed = soffice_script(tmp_path, "kill -9 $$", "soffice")
    return [(["sprawdz", _bad_case(tmp_path)], 1),
            (["plan", LECZNA, "-o", tmp_path / "o3", "--pdf", "--soffice", tmp_path / "nie-ma" / "soffice"], 3),
            (["plan", LECZNA, "-o", tmp_path / "o5", "--pdf", "--soffice", killed], 5)]


@posix_only
def test_a_reader_of_stderr_that_went_away_never_turns_the_outcome_into_success(tmp_path):
    """Findings 2 of rev-sys3: `pismo sprawdz bad.yaml 2>&1 | head -1` exited 0 for a file with 16 errors, `plan --pdf`
    with every PDF failed the same: a broken pipe on stderr became „OK”."""
    for args, code in _commands(tmp_path):
        read, write = os.pipe()
        os.close(read)  # `2>&1 | head -1`: the reader is gone, every write meets a broken pipe
        try:
            got = _code(*args, cwd=tmp_path, stdout=write, stderr=write)
        finally:
            os.close(write)
        assert got == code, (args, got)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@posix_only
def test_a_stderr_that_refuses_writes_keeps_the_commands_code(tmp_path):
    """Finding 4 of rev-sys3: `2>/dev/full` (a log on a full disk) turned codes 3, 4 and 5 into 1 through an
    uncaught OSError – the documents were all written."""
    with open("/dev/full", "w") as full:
        for args, code in _commands(tmp_path):
            assert _code(*args, cwd=tmp_path, stderr=full) == code, args
    assert (tmp_path / "o5" / LECZNA.stem / "plan.docx").exists()
