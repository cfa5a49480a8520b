"""An option of another command is told where it belongs – finding 13 of rev-sys7."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


@pytest.mark.parametrize("args, told", [
    (["plan", LECZNA, "-j", "2"], "Nie ma opcji „-j”. -j jest opcją poleceń wszystko, pdf – w poleceniu plan jej nie ma."),
    (["plan", LECZNA, "--pusty"], "--pusty jest opcją polecenia protokol – w poleceniu plan jej nie ma."),
])
def test_an_option_of_a_sibling_command_is_told_where_it_belongs(tmp_path, monkeypatch, args, told):
    """`plan sprawa.yaml -j 2` was „Nie ma opcji „-j”.” – the option exists, in `wszystko` and `pdf`."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(a) for a in args])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and told in said, said


def test_an_option_no_command_has_gets_no_such_word(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said = " ".join(CliRunner().invoke(main, ["plan", str(LECZNA), "--xyz"]).output.split())
    assert "Nie ma opcji „--xyz”." in said and "jest opcją" not in said, said


@pytest.mark.parametrize("typed, meant", [("-O", "-o"), ("-J", "-j")])
def test_a_short_option_in_caps_lock_is_told_the_option_meant(tmp_path, monkeypatch, typed, meant):
    """Finding 6: `-O wyn` (Caps Lock) was „Nie ma opcji „-O”.” with no hint, while `--Wyjscie` got one."""
    monkeypatch.chdir(tmp_path)
    said = " ".join(CliRunner().invoke(main, ["wszystko", str(LECZNA), typed, "2"]).output.split())
    assert f"Nie ma opcji „{typed}”. Czy chodziło o „{meant}”?" in said, said
