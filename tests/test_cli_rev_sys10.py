"""Follow-ups of the tenth system-messages review (rev-sys10) of issue 17: the command line's advice must be
accepted when typed – Word's minus before a zero (#1)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pismo.cli.main import main


def _said(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("args, told", [
    (["wszystko", "brak.yaml", "-j", "−0"], "„−0” to zero, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 1"),
    (["wszystko", "brak.yaml", "-j=−0"], "„−0” to zero, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 1"),
    (["pdf", "brak.docx", "--czas", "−0"], "„−0” to zero, a --czas przyjmuje liczby od 10 do 3600 – wpisz np. "
                                            "--czas 10"),
])
def test_words_minus_before_zero_below_the_range_is_advised_a_value_in_it(tmp_path, monkeypatch, args, told):
    """#1: „wpisz -j 0” / „wpisz --czas 0” was the advice – refused next as out of range (two steps for one slip)."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and told in said, said
    assert list(tmp_path.iterdir()) == []
    typed = told.rsplit("wpisz np. ", 1)[1].split()
    code, said = _said(tmp_path, monkeypatch, *args[:2], *typed)  # the advice typed: only the file is missing
    assert "brak." in said and "zakres" not in said and "liczb" not in said, said
