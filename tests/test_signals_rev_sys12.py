"""rev-sys12 #18 (issue 17): Ctrl+\\ (SIGQUIT), a closed terminal (SIGHUP) and a kill (SIGTERM) in pismo's first
moments are held back as Ctrl+C is – they ended it with 131/129/143 and the shell's English „Quit”."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA

SRC = str(Path(__file__).resolve().parents[1] / "src")
# the signal sent while pismo is still importing its modules (as a key pressed in the first 0.1 s)
_EARLY = """
import importlib.abc, os, signal, sys
SENT = getattr(signal, sys.argv[1])
signal.signal(SENT, signal.SIG_DFL)  # as a terminal's process has it, whatever the test runner ignores
class Early(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pismo.cli.console":
            os.kill(os.getpid(), SENT)
        return None
sys.meta_path.insert(0, Early())
sys.argv = ["pismo", *sys.argv[2:]]
from pismo.cli import main
main()
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("name", ["SIGQUIT", "SIGHUP", "SIGTERM", "SIGINT"])
def test_a_stopping_signal_while_pismo_starts_is_told_as_ctrl_c(tmp_path, name):
    done = subprocess.run([sys.executable, "-c", _EARLY, name, "sprawdz", str(LECZNA)], cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 130 and done.stderr.strip().endswith("Przerwano."), (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
