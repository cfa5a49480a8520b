"""Follow-ups of the ninth system-messages review (rev-sys9) of issue 17: Word's minus in every spelling of a
number option (#3), a unit written with --czas (#6), Word's dash mixed with a hyphen before an option (#11)."""

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
    (["wszystko", LECZNA, "-j=−2"], "„−2” to liczba ujemna, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 2"),
    (["wszystko", LECZNA, "-j−2"], "„−2” to liczba ujemna, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 2"),
    (["wszystko", LECZNA, "-j:−2"], "„−2” to liczba ujemna, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 2"),
    (["terminy", LECZNA, "/dni:−5"], "„−5” to liczba ujemna, a --dni przyjmuje liczby od 0 do 36500 – wpisz np. "
                                     "--dni 5"),
    (["terminy", LECZNA, "--dni", "−5 "], "to liczba ujemna, a --dni przyjmuje liczby od 0 do 36500 – wpisz np. "
                                          "--dni 5"),
    (["terminy", LECZNA, "--dni", " −5"], "wpisz np. --dni 5"),
])
def test_words_minus_is_told_once_in_every_spelling_of_the_option(tmp_path, monkeypatch, args, told):
    """#3: `-j=−2` was advised „-j −2” (then refused as negative), `-j−2` and `'−5 '` were „not a number”,
    `/dni:−5` was advised „--dni −5” – two steps, the Word minus copied into the advice."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and told in said, said
    assert "−2 albo" not in said and "„--dni −5”" not in said and "nie jest liczba" not in said, said
    assert list(tmp_path.iterdir()) == []


def test_words_minus_before_zero_is_no_negative_number(tmp_path, monkeypatch):
    """#3: „−0” was called a negative number; 0 is in --dni's range, only the dash is wrong."""
    code, said = _said(tmp_path, monkeypatch, "terminy", LECZNA, "--dni", "−0")
    assert code == 2 and "liczba ujemna" not in said and "wpisz --dni 0" in said, said


@pytest.mark.parametrize("given, seconds", [("600s", 600), ("10m", 600), ("10 min", 600), ("2h", 3600)])
def test_czas_with_a_unit_is_told_as_seconds(tmp_path, monkeypatch, given, seconds):
    """#6: `--czas 600s` / `10m` were „to nie jest liczba całkowita” with the unit unnamed."""
    (tmp_path / "a.docx").write_bytes(b"")
    code, said = _said(tmp_path, monkeypatch, "pdf", "a.docx", "--czas", given)
    assert code == 2 and f"„{given}” – podaj samą liczbę sekund, bez jednostki, np. --czas {seconds}" in said, said


@pytest.mark.parametrize("command", [["plan", LECZNA], ["wszystko", LECZNA]])
@pytest.mark.parametrize("typed, where", [("–-pdf", "zaczyna się od półpauzy (–)"),
                                          ("-–pdf", "zaczyna się od łącznika i półpauzy (–)"),
                                          ("—-nadpisz", "zaczyna się od pauzy (—)")])
def test_words_dash_mixed_with_a_hyphen_is_told_as_the_option_meant(tmp_path, monkeypatch, command, typed, where):
    """#11: `–-pdf` was an extra argument – for wszystko a second case file, the documents written without PDF –
    and `-–pdf` „Nie ma opcji „-–””."""
    code, said = _said(tmp_path, monkeypatch, *command, "-o", "w", typed)
    meant = "--" + typed.lstrip("-–—")
    assert code == 2 and f"„{typed}” {where}, a nie od łączników (-) – wpisz {meant}" in said, said
    assert list(tmp_path.iterdir()) == []
