"""What the user reads when things go wrong around the command itself: unreadable arguments, a console that
cannot show every character, Ctrl+C, a flood of errors, a quote left open (the messages review of issue 17)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "cases" / "leczna-rejon-3-2025.yaml"
DENIED_FILE = "brak uprawnień do odczytu pliku"
DENIED_FOLDER = "brak uprawnień do odczytu folderu"


def pismo(*args, cwd: Path, env: dict | None = None, as_user: bool = False, timeout: float = 120):
    """`python -m pismo ARGS…` in a child; as_user: without root's right to read any file (as an officer's
    account runs it), so that file permissions apply."""
    command = [sys.executable, "-m", "pismo", *map(str, args)]
    if as_user and hasattr(os, "geteuid") and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root without setpriv: file permissions do not apply")
        caps = "-dac_override,-dac_read_search,-fowner"
        command = ["setpriv", "--bounding-set", caps, "--inh-caps", caps, "--", *command]
    return subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout)


def _no_click_english(result) -> None:
    for english in ("is not readable", "Traceback", "Usage:", "Użycie:"):
        assert english not in result.stderr + result.stdout, result.stderr


# --- 1. an argument that cannot be read ---------------------------------------------------------------

@pytest.fixture
def locked(tmp_path):
    """An unreadable case beside a good one, a folder without read and one without search permission."""
    shutil.copy(EXAMPLE, tmp_path / "ok.yaml")
    shutil.copy(EXAMPLE, tmp_path / "zamkniety.yaml")
    (tmp_path / "zamkniety.yaml").chmod(0)
    for name, mode in (("bez-odczytu", 0o300), ("bez-wejscia", 0o600)):
        (tmp_path / name).mkdir()
        shutil.copy(EXAMPLE, tmp_path / name / "a.yaml")
        shutil.copy(ROOT / "templates" / "plan.docx", tmp_path / name / "plan.docx")
        (tmp_path / name).chmod(mode)
    yield tmp_path
    for name in ("bez-odczytu", "bez-wejscia"):
        (tmp_path / name).chmod(0o755)


def test_unreadable_case_is_said_by_pismo_and_the_others_are_checked(locked):
    result = pismo("sprawdz", "zamkniety.yaml", "ok.yaml", cwd=locked, as_user=True)
    _no_click_english(result)
    assert result.returncode == 1
    assert f"zamkniety.yaml: {DENIED_FILE}" in result.stderr
    assert "ok.yaml: poprawny" in result.stdout  # the next file was still checked


@pytest.mark.parametrize("args, said", [
    (("plan", "zamkniety.yaml", "-o", "wyjscie"), DENIED_FILE),
    (("odmien", "zamkniety.yaml"), DENIED_FILE),
    (("nowa", "--z", "zamkniety.yaml", "nowa.yaml"), DENIED_FILE),
    (("terminy", "zamkniety.yaml", "ok.yaml"), "błędy: 1 – terminów tej sprawy nie pokazano"),
])
def test_unreadable_case_in_every_command(locked, args, said):
    result = pismo(*args, cwd=locked, as_user=True)
    _no_click_english(result)
    assert result.returncode == 1
    assert f"zamkniety.yaml: {said}" in result.stderr


def test_unreadable_plan_to_import(locked):
    shutil.copy(EXAMPLE, locked / "plan.txt")
    (locked / "plan.txt").chmod(0)
    result = pismo("import", "plan.txt", "-o", "z-importu.yaml", cwd=locked, as_user=True)
    _no_click_english(result)
    assert result.returncode == 1
    assert f"plan.txt: {DENIED_FILE}" in result.stderr


@pytest.mark.parametrize("folder", ["bez-odczytu", "bez-wejscia"])
@pytest.mark.parametrize("args", [
    ("pdf", "{}"),
    ("szablony", "sprawdz", "{}"),
    ("plan", "ok.yaml", "--szablony", "{}", "-o", "wyjscie"),
    ("serwer", "--katalog", "{}", "--bez-przegladarki", "--port", "0"),
])
def test_unreadable_folder_is_said_in_polish(locked, args, folder):
    result = pismo(*(a.format(folder) for a in args), cwd=locked, as_user=True, timeout=60)
    _no_click_english(result)
    assert result.returncode == 1
    assert f"{folder}: {DENIED_FOLDER}" in result.stderr
    assert not (locked / "wyjscie").exists()
