"""A broken LibreOffice that pismo found itself (none given) is named with where it was found, and the officer is
not sent to --soffice or PISMO_SOFFICE he never used – finding 3 of rev-sys8."""

from __future__ import annotations

import os

from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main

LAUNCHER = "#!/bin/sh\necho \"$0: exec: oosplash: not found\" >&2\nexit 127\n"


def _broken_on_path(tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(LAUNCHER)
    program.chmod(0o755)
    return folder, program


def test_a_broken_libreoffice_found_on_path_is_named(tmp_path, monkeypatch):
    folder, program = _broken_on_path(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PISMO_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", "out", "--pdf"])
    said = " ".join(result.output.split())
    assert f"pismo samo znalazło ten program w PATH ({program}) – zainstaluj LibreOffice ponownie" in said, said
    assert "podany" not in said and "sprawdź program podany w --soffice" not in said, said


def test_a_broken_program_given_is_sent_back_to_where_it_was_given(tmp_path, monkeypatch):
    folder, program = _broken_on_path(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", "out", "--pdf", "--soffice", str(program)])
    said = " ".join(result.output.split())
    assert f"sprawdź program podany w --soffice albo w zmiennej PISMO_SOFFICE ({program})" in said, said
