"""Follow-ups of the thirteenth system-messages review (rev-sys13) of issue 17: a report that cannot be shown is
said to be lost, a closed stdout as a full one."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from helpers import LECZNA

posix_only = pytest.mark.skipif(os.name == "nt", reason="closes a stream through a POSIX shell")


def _closed(*args, cwd, close: str = ">&-") -> subprocess.CompletedProcess:
    return subprocess.run(["sh", "-c", f'exec "$@" {close}', "sh", sys.executable, "-m", "pismo", *map(str, args)],
                          cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)


@posix_only
def test_a_report_to_a_closed_stdout_is_said_to_be_lost_with_the_commands_code(tmp_path):
    """#3: `pismo terminy c.yaml >&-` exited 0 with nothing said – a script got an empty list of deadlines and
    success; a full stdout was told („Uwaga: nie wypisano raportu …”), a closed one not."""
    listed = _closed("terminy", LECZNA, cwd=tmp_path)
    made = _closed("plan", LECZNA, "-o", tmp_path / "out", cwd=tmp_path)
    for result in (listed, made):
        said = " ".join(result.stderr.split())
        assert result.returncode == 0, said  # the command's own code, as for a full disk (rev-sys1 #8, rev-sys2 #2)
        assert "nie wypisano raportu polecenia – standardowe wyjście jest zamknięte" in said, said
        assert "kod wyjścia (0)" in said and "Traceback" not in said, said
    with zipfile.ZipFile(tmp_path / "out" / LECZNA.stem / "plan.docx") as document:  # descriptor 1, reused by a
        assert document.testzip() is None  # file pismo opened, got no line of the report


@posix_only
def test_a_closed_stdout_with_nothing_to_report_says_nothing():
    quiet = subprocess.run([sys.executable, "-c", "import pismo.cli.console as c, sys; sys.stdout = None; "
                            "c.report_stream(); c.report_lost(0)"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=60)
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
