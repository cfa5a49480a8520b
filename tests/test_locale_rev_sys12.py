"""rev-sys12 (issue 17) in a locale that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0), typed from a UTF-8 terminal:
every rule reading a word of the command line reads it as typed – a Windows switch with a Polish letter (#2), the
kind of `szablony zmienne` (#10)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a POSIX locale")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _pismo(cwd: Path, *args: str) -> tuple[int, bytes]:
    environment = {**os.environ, "PYTHONPATH": SRC, "LC_ALL": "C", "PYTHONUTF8": "0"}
    done = subprocess.run([sys.executable, "-m", "pismo", *(a.encode("utf-8") for a in args)], cwd=cwd,
                          env=environment, capture_output=True, timeout=180)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("args, meant", [
    (["terminy", "sprawa.yaml", "/dzień:1.05.2025"], "--dzien 1.05.2025"),
    (["plan", "sprawa.yaml", "/wyjście:/tmp/x"], "--wyjscie /tmp/x"),
    (["sprawdz", "sprawa.yaml", "/wyjście:/tmp/x"], "w poleceniu sprawdz jej nie ma"),
])
def test_a_windows_switch_with_a_polish_letter_is_told_in_an_ascii_locale(tmp_path, args, meant):
    """#2: terminy took `/dzień:1.05.2025` as a case file (the list shown, code 1), plan „Nadmiarowy argument”."""
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    code, said = _pismo(tmp_path, *args)
    assert code == 2 and b"to zapis opcji z Windows" in said and meant.encode() in said, said.decode("utf-8", "replace")
    assert args[2].encode("utf-8") in said  # the word as the officer's terminal shows it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sprawa.yaml"]


@pytest.mark.parametrize("kind", ["protokół", "Protokół", "lista-obecności"])
def test_szablony_zmienne_takes_a_kind_with_polish_letters_in_an_ascii_locale(tmp_path, kind):
    """#10: „nieznany rodzaj dokumentu lub szablon "protokół"” under LC_ALL=C – the folding saw surrogates."""
    code, said = _pismo(tmp_path, "szablony", "zmienne", kind)
    assert code == 0 and b"nieznany" not in said, said.decode("utf-8", "replace")
