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
from test_messages_rev_sys2b import plan_docx  # noqa: F401 - the fixture: one plan.docx for the module
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


# --- 5: a damaged document is not a LibreOffice that cannot see /tmp ----------------------------------------------


def _damaged(sound: Path, target: Path) -> Path:
    """word/document.xml cut in half: what a broken copy from a USB stick or an interrupted save leaves."""
    import zipfile

    with zipfile.ZipFile(sound) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            copy.writestr(info, data[:len(data) // 2] if info.filename == "word/document.xml" else data)
    return target


def _unloading_soffice(tmp_path: Path) -> str:
    """LibreOffice converting the sound documents and saying „source file could not be loaded” of the damaged."""
    from helpers import copying_soffice

    converting = copying_soffice(tmp_path, failing="*zly.docx")
    return soffice_script(tmp_path, f'"{converting}" "$@"\nfor a in "$@"; do case "$a" in *zly.docx) '
                                    "echo 'Error: source file could not be loaded';; esac; done", "soffice")


def _said(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["pdf", *map(str, args)])
    return result.exit_code, " ".join(result.output.split())


@posix_only
def test_a_damaged_document_alone_keeps_the_damage_advice(plan_docx, tmp_path):
    """Finding 5 of rev-sys3: `pismo pdf xmlzly.docx` (document.xml cut in half) was told as a snap/Flatpak
    LibreOffice that cannot see /tmp – reinstall it; the damage advice was dropped."""
    damaged = _damaged(plan_docx, tmp_path / "xmlzly.docx")
    code, said = _said(damaged, "--soffice", _unloading_soffice(tmp_path))
    assert code != 0 and "nie widzi dokumentów" not in said and "snap" not in said, said
    assert DAMAGE in said and "xmlzly.docx" in said, said


@posix_only
def test_a_damaged_document_beside_a_converted_one_keeps_the_damage_advice(plan_docx, tmp_path):
    """Finding 5 of rev-sys3: `pismo pdf brk3` made brk3/plan.pdf and then told brk3/xmlzly.docx as a LibreOffice
    that cannot see pismo's temporary folder – the one that had just converted plan.docx from it. Since rev-pdf7 #1
    a document whose parts pismo cannot read is refused before LibreOffice starts (it could not be checked for
    links LibreOffice would fetch): the damaged document is named as damaged, the sound one still gets its PDF."""
    folder = tmp_path / "brk3"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(plan_docx.read_bytes())
    _damaged(plan_docx, folder / "xmlzly.docx")
    code, said = _said(folder, "--soffice", _unloading_soffice(tmp_path))
    assert (folder / "plan.pdf").exists() and not (folder / "xmlzly.pdf").exists(), said
    assert code != 0 and "nie widzi dokumentów" not in said, said
    assert "xmlzly.docx: nie da się odczytać części word/document.xml" in said and "uszkodzony" in said, said


@posix_only
def test_a_libreoffice_that_loads_none_of_the_sound_documents_is_still_told_as_one_closed_in_its_tmp(plan_docx,
                                                                                                    tmp_path):
    """Finding 5 of rev-sys3 keeps 74c6409's reading where it is true: no document of the run converted, and
    pismo reads the document itself."""
    sound = tmp_path / "plan.docx"
    sound.write_bytes(plan_docx.read_bytes())
    code, said = _said(sound, "--soffice",
                       soffice_script(tmp_path, "echo 'Error: source file could not be loaded'", "soffice"))
    assert code != 0 and "nie widzi dokumentów" in said and DAMAGE not in said, said


# --- 7, 9, 1: each signal its own cause; a limit named only when the failure matches it -------------------------

def _limited(monkeypatch, **limits) -> None:
    """The session's limits as `ulimit` would set them (soft values; RLIMIT_… name → value)."""
    resource = pytest.importorskip("resource")
    real = resource.getrlimit
    monkeypatch.setattr(resource, "getrlimit", lambda which: next(
        ((value, resource.RLIM_INFINITY) for name, value in limits.items() if which == getattr(resource, name)),
        None) or real(which))


def _failed(plan_docx, tmp_path, body: str) -> str:
    result = CliRunner().invoke(main, ["pdf", str(plan_docx), "--soffice", soffice_script(tmp_path, body, "soffice")])
    assert result.exit_code != 0 and not plan_docx.with_suffix(".pdf").exists(), result.output
    return " ".join(result.output.split())


@posix_only
@pytest.mark.parametrize("limit, value, body", [
    ("RLIMIT_FSIZE", 2_000_000 * 1024, "echo 'Application Error'; kill -SEGV $$"),
    ("RLIMIT_AS", 8_000_000 * 1024, "echo 'Application Error'; kill -SEGV $$"),
    ("RLIMIT_AS", 8_000_000 * 1024, "kill -ABRT $$"),
])
def test_a_crash_under_a_generous_limit_is_a_crash(plan_docx, tmp_path, monkeypatch, limit, value, body):
    """Finding 7 of rev-sys3: under `ulimit -f 2000000` or `ulimit -v 8000000` a SIGSEGV was „przekroczył ustawiony
    limit … nie wada dokumentów” – sent to the administrator, the damage advice never given."""
    _limited(monkeypatch, **{limit: value})
    said = _failed(plan_docx, tmp_path, body)
    assert "limit" not in said and "awarii" in said and DAMAGE in said, said


@posix_only
def test_a_damaged_document_under_a_generous_memory_limit_keeps_the_damage_advice(plan_docx, tmp_path, monkeypatch):
    """Finding 7 of rev-sys3: `(ulimit -v 8000000; pismo pdf xmlzly.docx)` – „przekroczył ustawiony limit pamięci”."""
    _limited(monkeypatch, RLIMIT_AS=8_000_000 * 1024)
    damaged = _damaged(plan_docx, tmp_path / "xmlzly.docx")
    code, said = _said(damaged, "--soffice", _unloading_soffice(tmp_path))
    assert code != 0 and "limit" not in said and DAMAGE in said, said


@posix_only
@pytest.mark.parametrize("name, number", [("TERM", 15), ("HUP", 1), ("INT", 2)])
def test_libreoffice_stopped_from_outside_is_no_crash_nor_damage(plan_docx, tmp_path, name, number):
    """Finding 9 of rev-sys3: SIGTERM (a task manager's „Zakończ”, pkill, a logout), SIGHUP, SIGINT were „uległ
    awarii (sygnał 15)” + the damaged-.docx advice."""
    said = _failed(plan_docx, tmp_path, f"kill -{name} $$")
    assert f"zamknięto z zewnątrz (sygnał {number}" in said and "menedżerze zadań" in said, said
    assert "awarii" not in said and DAMAGE not in said and "pamięci" not in said, said


@posix_only
def test_the_cpu_time_limit_is_named_for_its_signals(plan_docx, tmp_path, monkeypatch):
    """Finding 9 of rev-sys3: SIGXCPU was „uległ awarii (sygnał 24)”; the kill at `ulimit -t 1`'s hard limit was
    „zatrzymany z zewnątrz … gdy zabraknie pamięci” + the memory advice."""
    said = _failed(plan_docx, tmp_path, "kill -XCPU $$")
    assert "limit czasu procesora" in said and "awarii" not in said and DAMAGE not in said, said
    _limited(monkeypatch, RLIMIT_CPU=1)
    burnt = _failed(plan_docx, tmp_path, "end=$(($(date +%s) + 2)); while [ $(date +%s) -lt $end ]; do :; done; "
                                         "kill -KILL $$")
    assert "limit czasu procesora (ulimit -t 1)" in burnt and "pamięci" not in burnt, burnt


@posix_only
def test_a_kill_without_a_cpu_limit_used_up_stays_told_as_from_outside(plan_docx, tmp_path, monkeypatch):
    """Finding 9 of rev-sys3 keeps rev-sys2's reading of SIGKILL where no limit explains it."""
    _limited(monkeypatch, RLIMIT_CPU=10_000, RLIMIT_FSIZE=2_000_000 * 1024)
    said = _failed(plan_docx, tmp_path, "kill -KILL $$")
    assert "zatrzymany z zewnątrz (sygnał 9)" in said and "limit" not in said, said


@posix_only
def test_libraries_not_loaded_under_a_memory_limit_name_the_limit(plan_docx, tmp_path, monkeypatch):
    """Finding 1 of rev-sys3: under `ulimit -v 150000` LibreOffice's loader failing („failed to map segment”, exit
    127) was „nie uruchomił się (kod 127)” + the English loader line + „zainstaluj go ponownie”."""
    _limited(monkeypatch, RLIMIT_AS=150_000 * 1024)
    said = _failed(plan_docx, tmp_path, "echo '/usr/lib/libreoffice/program/soffice.bin: error while loading shared "
                                        "libraries: libxcb.so.1: failed to map segment from shared object' >&2; exit 127")
    assert "limit pamięci (ulimit -v 150000)" in said and "bibliotek" in said, said
    assert "ponownie zainstaluj" not in said and "zainstaluj go" not in said and "failed to map" not in said, said
