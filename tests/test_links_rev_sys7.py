"""A system link is never advised to be removed – finding 7 of rev-sys7."""

from __future__ import annotations

import os
import sys

import pytest
from click.testing import CliRunner

from pismo.cli.main import main


@pytest.mark.skipif(sys.platform != "linux" or not os.path.islink("/dev/stdout"), reason="Linux's /dev/stdout")
def test_nowa_dev_stdout_is_not_advised_to_be_removed(tmp_path, monkeypatch):
    """`pismo nowa /dev/stdout` said „usuń je albo podaj inną nazwę pliku” – run as root, the advice removes
    /dev/stdout for every program."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["nowa", "/dev/stdout"])
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "usuń je" not in said, said
    # told as „-” is since rev-sys11 #13: the standard output is no file for a case
    assert "„/dev/stdout” (odczyt ze standardowego wejścia albo zapis na standardowe wyjście) nie jest obsługiwane" \
        in said and "podaj nazwę pliku" in said, said
    assert not (tmp_path / "stdout").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_the_officers_own_link_is_still_advised_to_be_removed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink(tmp_path / "gdzies.yaml", tmp_path / "l.yaml")
    said = " ".join(CliRunner().invoke(main, ["nowa", "l.yaml"]).output.split())
    assert "l.yaml: to dowiązanie symboliczne" in said and "usuń je albo podaj inną nazwę pliku" in said, said
