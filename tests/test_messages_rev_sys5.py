"""What pismo tells the officer when the system stands in the way: findings of the fifth system-messages review
(rev-sys5) of issue 17."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _made(folder) -> list[str]:
    return sorted(os.listdir(folder))


# --- 11: an option taken as the folder of the option before it ----------------------------------------------------

@pytest.mark.parametrize("args", [["-o", "--pdf"], ["--wyjscie", "--publikacja"], ["-o", "--nadpisz"],
                                  ["-o", "--szablony=x"]])
def test_an_option_is_never_the_output_folder(tmp_path, monkeypatch, args):
    """Finding 11 of rev-sys5: `--wyjscie --publikacja` wrote the full plan into „--publikacja/”, rc 0."""
    monkeypatch.chdir(tmp_path)
    result = _run("plan", LECZNA, *args)
    assert result.exit_code == 2, result.output
    assert "to opcja" in result.output and f"-o wyniki {args[1]}" in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)


def test_an_option_is_never_the_imported_case(tmp_path, monkeypatch):
    """Finding 11 of rev-sys5: `import … -o --nadpisz` advised „--nadpisz.yaml”, taken as an option again."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.txt").write_text("Plan\n", encoding="utf-8")
    result = _run("import", "p.txt", "-o", "--nadpisz")
    assert result.exit_code == 2, result.output
    assert "to opcja" in result.output and "--nadpisz.yaml" not in result.output, result.output


# --- 1: a short option written with „=” ----------------------------------------------------------------------------

@pytest.mark.parametrize("typed, told", [("-o=ox", "-o ox albo --wyjscie=ox"),
                                         ("-o=~/x", "-o ~/x albo --wyjscie=~/x")])
def test_a_short_option_with_equals_is_refused_with_both_spellings(tmp_path, monkeypatch, typed, told):
    """Finding 1 of rev-sys5: `-o=ox` wrote silently into a folder „=ox”."""
    monkeypatch.chdir(tmp_path)
    result = _run("plan", LECZNA, typed)
    assert result.exit_code == 2, result.output
    assert told in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)


def test_a_short_jobs_with_equals_is_told_how_to_write_it(tmp_path):
    """Finding 1 of rev-sys5: `-j=2` said only „„=2” – to nie jest liczba całkowita”."""
    result = _run("pdf", tmp_path / "a.docx", "-j=2")
    assert result.exit_code == 2, result.output
    assert "-j 2 albo --jobs=2" in result.output, result.output


def test_a_long_option_with_equals_still_works(tmp_path):
    result = _run("plan", LECZNA, f"--wyjscie={tmp_path / 'o'}")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o").is_dir()


# --- 6: a bare quoted „~” ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["plan", LECZNA, "-o", "~"], ["szablony", "eksport", "~"]])
def test_a_bare_unexpanded_tilde_is_refused(tmp_path, monkeypatch, args):
    """Finding 6 of rev-sys5: `-o '~'` made a folder „~”; the printed commands then pointed to the home folder."""
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert "„~” nie zostało zamienione" in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)


def test_printed_commands_never_name_the_home_folder(tmp_path, monkeypatch):
    """Finding 6 of rev-sys5: with a folder „~” already there, `pismo szablony sprawdz ~` pasted checks /root."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "~").mkdir()
    result = _run("szablony", "eksport", "~/t")
    assert result.exit_code == 0, result.output
    assert "pismo szablony sprawdz ./~/t" in result.output, result.output
    assert "--szablony ./~/t" in result.output, result.output


# --- 9: a script with Windows line endings --------------------------------------------------------------------------

def test_a_carriage_return_in_the_output_names_the_line_endings(tmp_path, monkeypatch):
    """Finding 9 of rev-sys5: `-o $'ocr\\r'` made a folder „ocr\\r” silently."""
    monkeypatch.chdir(tmp_path)
    result = _run("plan", LECZNA, "-o", "ocr\r")
    assert result.exit_code == 2, result.output
    assert "CR" in result.output and "dos2unix" in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)


def test_a_carriage_return_in_an_input_names_the_line_endings(tmp_path, monkeypatch):
    """Finding 9 of rev-sys5: `plan $'c.yaml\\r'` said only „c.yaml<U+000D>: plik nie istnieje”."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.yaml").write_bytes(LECZNA.read_bytes())
    result = _run("plan", "c.yaml\r", "-o", "o")
    assert result.exit_code == 2, result.output
    assert "końcami wierszy" in result.output, result.output


def test_a_blank_after_the_output_name_is_refused(tmp_path, monkeypatch):
    """Finding 9 of rev-sys5: `-o 'osp '` made a folder „osp ” (which Windows cannot open) silently."""
    monkeypatch.chdir(tmp_path)
    result = _run("plan", LECZNA, "-o", "osp ")
    assert result.exit_code == 2, result.output
    assert "kończy się spacją" in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)
