"""rev-sys13 #8: `nohup pismo …` – a closed terminal (SIGHUP) ignored by whoever started pismo stays ignored once the
command group runs; a signal not ignored still stops pismo as Ctrl+C does."""

import signal
import subprocess
import sys

import pytest

CHECK = """
import signal, sys
if sys.argv[1] == "ignored":
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
from pismo.cli.main import _stop_on_termination
_stop_on_termination()
print("ignored" if signal.getsignal(signal.SIGHUP) == signal.SIG_IGN else "stops")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this system")
@pytest.mark.parametrize("start", ["ignored", "default"])
def test_a_closed_terminal_ignored_by_nohup_stays_ignored(start):
    done = subprocess.run([sys.executable, "-c", CHECK, start], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("ignored" if start == "ignored" else "stops")

