"""Follow-ups of rev-sys8 #6 (issue 17): in a locale that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0) the manifest
keeps a Polish case name as text, not as the surrogates Python decoded it to, and the run says which setting to
change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli import console
from pismo.cli.main import main
from pismo.files import record

posix_only = pytest.mark.skipif(os.name != "posix", reason="a POSIX locale")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _pismo(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": SRC, **env}
    return subprocess.run([sys.executable, "-m", "pismo", *args], cwd=cwd, env=environment, capture_output=True,
                          timeout=300)


@posix_only
def test_a_polish_case_name_is_recorded_as_text_in_an_ascii_locale(tmp_path):
    """The manifest said "sprawa": "\\udcc5\\udc81\\udcc4\\udc99czna" – no name to any other reader or locale."""
    case = tmp_path / "Łęczna.yaml"
    shutil.copy(LECZNA, case)
    result = _pismo(tmp_path, "wszystko", "Łęczna.yaml", "-o", "wyniki", LC_ALL="C", PYTHONUTF8="0")
    assert result.returncode == 0, result.stderr.decode("ascii", "replace")
    manifest = (tmp_path / "wyniki" / "Łęczna" / "manifest.json").read_bytes().decode("utf-8")
    assert "\\udc" not in manifest, manifest[:200]
    fields = json.loads(manifest)
    assert fields["sprawa"] == "Łęczna" and fields["plik_sprawy"] == "../../Łęczna.yaml", fields
    again = _pismo(tmp_path, "wszystko", "Łęczna.yaml", "-o", "wyniki")  # the same folder, a UTF-8 locale
    assert again.returncode == 0, again.stderr.decode()
    said = result.stderr.decode("ascii", "replace")
    assert "Uwaga: ustawienia regionalne systemu (LC_ALL=C) nie uzywaja UTF-8" in said, said
    assert "ustaw LC_ALL=C.UTF-8" in said and "usun PYTHONUTF8=0" in said, said


def test_names_round_trip_between_the_record_and_the_file_system():
    as_ascii_locale = "Łęczna.yaml".encode("utf-8").decode("ascii", "surrogateescape")
    assert record.as_path(record.as_text(os.fsdecode("Łęczna.yaml".encode()))) == os.fsdecode("Łęczna.yaml".encode())
    assert record.as_text(os.fsdecode(b"spraw\xb1.yaml")) == "spraw\udcb1.yaml"  # a byte outside UTF-8 stays one
    assert record.as_text("sprawa.yaml") == "sprawa.yaml"
    if sys.getfilesystemencoding() == "utf-8":
        assert record.as_text(as_ascii_locale) == "Łęczna.yaml"


def test_a_utf8_system_is_told_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "getfilesystemencoding", lambda: "utf-8")
    result = CliRunner().invoke(main, ["terminy", str(LECZNA)])
    assert "regionalne" not in result.output, result.output
    assert console.locale_warning() is None


@posix_only
def test_a_latin2_locale_names_its_variable(monkeypatch):
    monkeypatch.setattr(sys, "getfilesystemencoding", lambda: "iso8859-2")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_CTYPE", raising=False)
    monkeypatch.delenv("PYTHONUTF8", raising=False)
    monkeypatch.setenv("LANG", "pl_PL.ISO-8859-2")
    said = console.locale_warning()
    assert "(LANG=pl_PL.ISO-8859-2) nie używają UTF-8" in said and "ustaw LANG=C.UTF-8" in said, said
    assert "PYTHONUTF8" not in said, said
