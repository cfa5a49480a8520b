"""What every test module shares: one way to run the `pismo` command in-process."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

# Commands a test starts in a subprocess run this checkout's code, also where the environment's
# pismo is installed from another one (a shared venv, a relative PYTHONPATH that a subprocess's
# working folder no longer resolves).
_SRC = str(Path(__file__).resolve().parent.parent / "src")
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (_SRC, os.environ.get("PYTHONPATH"))))


def run(*args):
    """`pismo ARGS…` in-process; its Result. A crash (any exception but the command's own exit) fails the test."""
    from pismo.cli.main import main

    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def run_interrupted_in_commit(monkeypatch, *args):
    """`pismo ARGS…` with Ctrl+C pressed as its files are put in place (held back until every file is there),
    as pismo's entry point runs it; its Result."""
    from pismo.cli import console
    from pismo.files import output

    monkeypatch.setattr(console, "_own_process", True)
    real = output._commit

    def pressed_meanwhile(*a, **kw):
        os.kill(os.getpid(), signal.SIGINT)
        return real(*a, **kw)

    monkeypatch.setattr(output, "_commit", pressed_meanwhile)
    handler = signal.getsignal(signal.SIGINT)
    try:
        return run(*args)
    finally:
        signal.signal(signal.SIGINT, handler)
        monkeypatch.setattr(output, "_commit", real)


_SIGNALS = [getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT") if hasattr(signal, name)]


@pytest.fixture(autouse=True)
def _signal_handlers():
    """Each test starts with the handlers the one before found: a command run in-process after Ctrl+C leaves
    Ctrl+C ignored (as a real pismo does while it exits), which made the next test's Ctrl+C do nothing."""
    saved = {s: signal.getsignal(s) for s in _SIGNALS}
    yield
    for s, handler in saved.items():
        if handler is not None:
            signal.signal(s, handler)


@pytest.fixture(autouse=True)
def _no_pdf_left_placed():
    """A test that calls pdf.convert directly (not through pismo.api, which records and so forgets every PDF it
    placed) leaves its PDFs in the process's list of placed-but-unrecorded ones; the next test's Ctrl+C words
    would name them (test_faults' non-UTF-8 name before test_pdf_rev_pdf6's Ctrl+C test)."""
    yield
    from pismo.files import pdf

    pdf._PLACED.clear()


def _chattr(flag: str, *paths) -> bool:
    import subprocess

    try:
        return subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.fixture
def flagged():
    """Sets a flag (chattr +a, +i – Finder's „Zablokowany”) on files and folders, and takes it off afterwards."""
    done = []

    def flag(how, *paths):
        if not _chattr(how, *paths):
            pytest.skip(f"chattr {how} is not available here")
        done.append((how.replace("+", "-"), paths))

    yield flag
    for how, paths in done:
        _chattr(how, *paths)


@pytest.fixture
def umask_022(monkeypatch):
    """A umask of 022 for the process and for pismo's own reading of it (output._UMASK is read once)."""
    yield from _umask(monkeypatch, 0o022)


@pytest.fixture
def umask_077(monkeypatch):
    """A private umask (077), as umask_022."""
    yield from _umask(monkeypatch, 0o077)


def _umask(monkeypatch, value: int):
    from pismo.files import output

    old = os.umask(value)
    monkeypatch.setattr(output, "_UMASK", value)
    yield
    os.umask(old)


@pytest.fixture
def no_install_folders(monkeypatch, tmp_path):
    """LibreOffice's usual install folders hidden: a test emptying PATH means „no LibreOffice here”, and pismo looks
    in those folders whatever PATH says (rev-sys12 #16)."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "DEBIAN", str(tmp_path / "brak-instalacji" / "soffice"))
    monkeypatch.setattr(soffice, "OPT", tmp_path / "brak-instalacji")
