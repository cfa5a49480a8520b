"""The thirteenth files review (rev-files13) of issue 17: findings fixed by the lead."""

from __future__ import annotations

import subprocess
import sys

from conftest import run
from helpers import LECZNA


# --- finding 4: Ctrl+C while pismo loads its case model ------------------------------------------------------

def test_ctrl_c_wrapped_in_a_librarys_error_is_the_interrupt(monkeypatch):
    """Python wraps a KeyboardInterrupt raised in __set_name__ in a RuntimeError (pydantic building a model):
    the catch-all told „nieoczekiwany błąd programu – zgłoś” with exit 1."""
    from pismo import api

    def loading(*args, **kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as pressed:
            raise RuntimeError("Error calling __set_name__ on 'PydanticDescriptorProxy' instance") from pressed

    monkeypatch.setattr(api, "check", loading)
    result = run("sprawdz", LECZNA)
    assert result.exit_code == 130, result.output
    assert "Przerwano." in result.output and "nieoczekiwany" not in result.output


def test_ctrl_c_a_library_reports_without_its_chain_is_the_interrupt_too(tmp_path):
    """pydantic-core reports an interrupt while building a validator as its SchemaError, the KeyboardInterrupt
    not chained: the press itself is remembered (in pismo's own process, as an officer runs it)."""
    child = (
        "import os, signal, sys, time\n"
        "from pismo import api\n"
        "def building(*args, **kwargs):\n"
        "    try:\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        time.sleep(5)\n"
        "    except KeyboardInterrupt:\n"
        "        pass\n"
        "    raise RuntimeError('Error building \"model-fields\" validator')\n"
        "api.check = building\n"
        f"sys.argv = ['pismo', 'sprawdz', {str(LECZNA)!r}]\n"
        "from pismo.cli import main\n"
        "main()\n")
    result = subprocess.run([sys.executable, "-c", child], cwd=tmp_path, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == "Przerwano."


def test_an_ordinary_bug_is_still_told_as_one(monkeypatch):
    """Only an interrupt is taken for one: a bug without a press stays „nieoczekiwany błąd programu”, exit 1."""
    from pismo import api

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "check", broken)
    result = run("sprawdz", LECZNA)
    assert result.exit_code == 1 and "nieoczekiwany błąd programu" in result.output
