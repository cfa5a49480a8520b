"""Follow-ups of the seventh system-messages review (rev-sys7) of issue 17: a number with Word's minus (#2), one
„błąd:” prefix for every refusal (#9)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("args, told", [
    (["terminy", LECZNA, "--dni", "−5"], "„−5” to liczba ujemna, a --dni przyjmuje liczby od 0 do 36500 – wpisz np. "
                                         "--dni 5"),
    (["terminy", LECZNA, "--dni=–3"], "„–3” to liczba ujemna, a --dni przyjmuje liczby od 0 do 36500 – wpisz np. "
                                      "--dni 3"),
    (["terminy", LECZNA, "--dni", "−40000"], "wpisz np. --dni 36500"),
    (["wszystko", LECZNA, "-j", "−2"], "„−2” to liczba ujemna, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 2"),
])
def test_a_number_with_words_minus_is_told_once_with_what_to_type(tmp_path, monkeypatch, args, told):
    """#2: `--dni '−5'` was told „wpisz -5”, and -5 then refused as out of range – two steps to one answer."""
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and told in said, said
    assert "wpisz -" not in said and "wpisz --dni -" not in said, said
    assert list(tmp_path.iterdir()) == []


def test_a_plain_number_and_a_words_dash_before_an_option_still_behave(tmp_path, monkeypatch):
    """Ordinary input: `--dni 5` is taken; `–dni 5` (Word's dash before an option) keeps its own advice."""
    monkeypatch.chdir(tmp_path)
    assert _run("terminy", LECZNA, "--dni", "5").exit_code == 0
    result = _run("terminy", LECZNA, "–dni", "5")
    assert result.exit_code == 2 and "wpisz --dni" in result.output, result.output


def test_a_words_dash_before_a_bare_number_is_no_option(tmp_path, monkeypatch):
    """`terminy –5` (no option before it): a number is no option's name, never „wpisz -5” (then „Nie ma opcji”)."""
    monkeypatch.chdir(tmp_path)
    result = _run("terminy", "–5")
    assert "wpisz -5" not in result.output, result.output


@pytest.mark.parametrize("args", [["wszystko", LECZNA, "-j", "0"], ["plan"], ["serwer", "--katalog", LECZNA],
                                  ["plan", LECZNA, "-O", "x"]])
def test_every_refusal_starts_with_the_same_prefix(tmp_path, monkeypatch, args):
    """#9: click's usage errors said „Błąd:”, pismo's own „błąd:” – sometimes in one run."""
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    assert result.exit_code != 0 and "błąd: " in result.output, result.output
    assert "Błąd:" not in result.output, result.output


def test_words_minus_before_a_number_of_a_text_option_is_left_to_that_option(tmp_path, monkeypatch):
    """--dzien takes a date, not a number: „−5” is told as no date, once – not „wpisz --dzien -5”."""
    monkeypatch.chdir(tmp_path)
    result = _run("terminy", LECZNA, "--dzien", "−5")
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "„−5” to nie jest data" in said and "wpisz --dzien -5" not in said, said
