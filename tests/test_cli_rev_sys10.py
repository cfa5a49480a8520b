"""Follow-ups of the tenth system-messages review (rev-sys10) of issue 17: the command line's advice must be
accepted when typed – Word's minus before a zero (#1); Windows switches with „=” (#3) or another program's name of
an option (#7); a quoted „~” with a HOME that is no home (#4); an empty number (#14)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
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


@pytest.mark.parametrize("args, meant", [
    (["wszystko", LECZNA, "/o=wyniki"], "-o wyniki"),
    (["wszystko", LECZNA, "/wyjscie=wyniki"], "--wyjscie wyniki"),
    (["terminy", LECZNA, "/dni=5"], "--dni 5"),
    (["plan", LECZNA, "/pdf=tak"], "--pdf"),
    (["pdf", "brak.docx", "/timeout:600"], "--czas 600"),
    (["plan", LECZNA, "/out:x"], "--wyjscie x"),
    (["wszystko", LECZNA, "/output:x"], "--wyjscie x"),
])
def test_a_windows_switch_with_equals_or_another_programs_name_is_told_before_anything_is_written(
        tmp_path, monkeypatch, args, meant):
    """#3, #7: `/o=wyniki` and `/output:x` were taken as case files – `wszystko` wrote into pisma/ and counted the
    switch as a failed case; `/timeout:600` was „no such file”."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and "to zapis opcji z Windows" in said and f"Czy chodziło o „{meant}”?" in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, name, example", [
    (["wszystko", "brak.yaml", "-j", ""], "-j", "-j 1"),
    (["wszystko", "brak.yaml", "-j="], "-j", "-j 1"),
    (["pdf", "brak.docx", "--czas", ""], "--czas", "--czas 600"),  # the help's own example (rev-sys11 #6)
    (["terminy", "brak.yaml", "--dni="], "--dni", "--dni 1"),
    (["serwer", "--port", ""], "--port", "--port 8765"),
])
def test_an_empty_number_is_told_by_its_likely_cause(tmp_path, monkeypatch, args, name, example):
    """#14: `-j "$JOBS"` with the variable unset was „„” – to nie jest liczba całkowita”; the path options already
    named the likely cause."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and f"„{name}”" in said and "pusta wartość (np. nieustawiona zmienna w skrypcie)" in said \
        and f"np. {example}, albo pomiń opcję" in said and "liczba całkowita" not in said, said


@pytest.mark.parametrize("home", ["/nonexistent-home", "/proc", "{tmp}/dom\r", "{tmp}/plik"])
def test_a_home_that_is_no_home_is_not_given_as_the_example(tmp_path, monkeypatch, home):
    """#4: HOME=/nonexistent (a service account), /proc or a HOME with a CR was offered as „np. /nonexistent/pisma”
    – and following it failed."""
    from pismo.typed import home_example

    (tmp_path / "plik").write_text("x")
    (tmp_path / "dom\r").mkdir()
    monkeypatch.setenv("HOME", home.format(tmp=tmp_path))
    assert home_example("~", "pisma") is None
    monkeypatch.setenv("HOME", str(tmp_path))
    assert home_example("~", "pisma") == str(tmp_path / "pisma")


@pytest.mark.parametrize("args, meant", [
    (["plan", LECZNA, "–-o", "x"], "wpisz -o ("),
    (["wszystko", LECZNA, "–-j", "2"], "wpisz -j ("),
    (["plan", LECZNA, "–-output", "x"], "wpisz --wyjscie ("),
    (["plan", LECZNA, "–-PDF"], "wpisz --pdf ("),
    (["wszystko", LECZNA, "–-jobs=−2"], "wpisz np. --jobs 2 ("),  # the number rule's wording (rev-sys11 #1)
    (["wszystko", LECZNA, "–j", "−2"], "wpisz np. -j 2 ("),
    (["nowa", "n1.yaml", "–z", LECZNA], "wpisz --z ("),
])
def test_words_dash_before_an_option_is_advised_the_commands_real_option(tmp_path, monkeypatch, args, meant):
    """#2: `–-o` was advised „--o”, `–z` „-z”, `–-output` „--output”, `–-jobs=−2` „--jobs=−2” – options that do
    not exist, or Word's minus kept: two or three refusals for one slip."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and "tak zmienia kreski Word" in said and meant in said, said
    assert list(tmp_path.iterdir()) == []
