"""A broken LibreOffice that pismo found itself (none given) is named with where it was found, and the officer is
not sent to --soffice or PISMO_SOFFICE he never used – finding 3 of rev-sys8."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main

LAUNCHER = "#!/bin/sh\necho \"/opt/x/program/soffice: exec: oosplash: not found\" >&2\nexit 127\n"


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
    assert f"sprawdź program podany w --soffice ({program})" in said, said


def test_the_programs_failure_is_said_once_for_a_folder(tmp_path, monkeypatch):
    """`pismo pdf outq` said the same line, the program named in each, for every one of 28 documents."""
    folder, program = _broken_on_path(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["plan", str(LECZNA), "-o", "out"]).exit_code == 0
    made = next((tmp_path / "out").iterdir())
    for name in ("a.docx", "b.docx"):
        (made / name).write_bytes((made / "plan.docx").read_bytes())
    monkeypatch.delenv("PISMO_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    result = CliRunner().invoke(main, ["pdf", str(made)])
    said = " ".join(result.output.split())
    assert "każdy z 3 plików (" in said and "): program uruchomiony jako LibreOffice" in said, said
    assert result.output.count(str(program)) == 1, result.output


def test_a_bare_name_not_on_path_is_told_so(monkeypatch):
    """Finding 9: `--soffice libreoffice7.6` was „nie ma tu programu” – a bare name is looked up on PATH, no „here”."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_installed", lambda: "/usr/bin/soffice")
    try:
        soffice.find_soffice("libreoffice7.6-nie-ma")
    except soffice.PdfUnavailable as refused:
        told = str(refused)
    assert "nie ma programu o tej nazwie w żadnym folderze ze zmiennej PATH" in told, told
    assert "nie ma tu" not in told and "jako /usr/bin/soffice" in told, told


def test_pismo_soffice_in_word_quotes_or_with_a_hard_space_is_told_for_a_variable(monkeypatch):
    """Finding 4: Word's quotes in PISMO_SOFFICE were advised „ujmij w zwykły cudzysłów” (refused next), a hard
    space „wpisz to polecenie ręcznie” – it is a variable, not a command."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_installed", lambda: None)
    for value, told in (("„/usr/bin/soffice”", "podaj ją bez cudzysłowu, także gdy ma spacje"),
                        ("/usr/bin/soffice\u00a0", "w ścieżce jest niewidoczny znak U+00A0")):
        monkeypatch.setenv("PISMO_SOFFICE", value)
        with pytest.raises(soffice.PdfUnavailable) as refused:
            soffice.find_soffice(None)
        assert told in str(refused.value) and "zwykły cudzysłów" not in str(refused.value), refused.value
        assert "polecenie ręcznie" not in str(refused.value), refused.value
