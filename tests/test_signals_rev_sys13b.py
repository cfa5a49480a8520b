"""rev-sys13 #8, SIGINT: a background job started by a non-interactive shell (`pismo … &` in a script) ignores
Ctrl+C, meant for the foreground; pismo's entry point and console.resume_interrupt caught it anyway, so the
batch stopped with 130. Ignored at start, it stays ignored for the whole run; not ignored, it still stops pismo."""

import signal
import subprocess
import sys

import pytest

CHECK = """
import os, signal, sys
if sys.argv[1] == "ignored":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
from pismo.cli import main as entry  # the console script's function, before its module's name is the group's
from pismo.cli.main import main as group

@group.command("zbadaj")
def zbadaj():
    print("ignored" if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else "caught", flush=True)
    os.kill(os.getpid(), signal.SIGINT)
    print("went on", flush=True)

sys.argv = ["pismo", "zbadaj"]
entry()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="os.kill of SIGINT is no console Ctrl+C on Windows")
@pytest.mark.parametrize("start", ["ignored", "default"])
def test_ctrl_c_ignored_by_whoever_started_pismo_stays_ignored(start):
    done = subprocess.run([sys.executable, "-c", CHECK, start], capture_output=True, text=True, timeout=120)
    said = done.stdout.split()
    if start == "ignored":
        assert done.returncode == 0 and said == ["ignored", "went", "on"], (done.returncode, done.stdout, done.stderr)
    else:
        assert done.returncode == 130 and said == ["caught"] and "Przerwano" in done.stderr, (done.stdout,
                                                                                              done.stderr)
