"""A name's own quotes and the officer's existing folders are never taken for what the shell kept: finding 1 of
rev-sys8 (Osiedle „Słoneczne”, 'Park'.yaml, a new subfolder of „Archiwum” or Rejon<U+00A0>3, words after „--”)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo import typed
from pismo.cli.main import main


def _run(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("word", ["Osiedle „Słoneczne”", "Rejon 'Północ'", "'Park'.yaml", "„Łęczna” 2025",
                                  "Szablony KPP „Łęczna”"])
def test_a_names_own_quotes_are_not_refused(word):
    """A quote at an end with its mate inside the word is the name's own pair."""
    assert typed.slip(word) is None


@pytest.mark.parametrize("word, told", [
    ("„moje pisma”", "wpisz moje pisma bez cudzysłowu"),
    ("'moje", "zaczyna się od znaku cudzysłowu (')"),
    ("pisma”", "kończy się znakiem cudzysłowu (”)"),
])
def test_quotes_the_shell_kept_are_still_refused(word, told):
    assert told in typed.slip(word)


def test_a_new_case_folder_named_with_quotes_is_written(tmp_path, monkeypatch):
    """`-o "Osiedle „Słoneczne”"` was refused on the first run only (the folder did not exist yet)."""
    result = _run(tmp_path, monkeypatch, "plan", LECZNA, "-o", "Osiedle „Słoneczne”")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "Osiedle „Słoneczne”").is_dir()


@pytest.mark.parametrize("folder, out", [("„Archiwum”", "„Archiwum”/2025"), ("'Stare'", "'Stare'/pisma"),
                                         ("Rejon\u00a03", "Rejon\u00a03/pisma")])
def test_a_new_subfolder_of_an_existing_folder_is_written(tmp_path, monkeypatch, folder, out):
    """The existing folder is the officer's, quotes and hard spaces as he named it: the advice made a second one."""
    (tmp_path / folder).mkdir()
    result = _run(tmp_path, monkeypatch, "plan", LECZNA, "-o", out)
    assert result.exit_code == 0, result.output
    assert (tmp_path / out).is_dir()


def test_quotes_around_a_new_subfolder_are_refused_with_its_folder_kept(tmp_path):
    (tmp_path / "„Archiwum”").mkdir()
    told = typed.slip(f"{tmp_path}/„Archiwum”/„2025”")
    assert f"wpisz {tmp_path}/„Archiwum”/2025 bez cudzysłowu" in told, told


def test_words_after_double_dash_are_names(tmp_path, monkeypatch):
    """`nowa -- "'Park.yaml"`: after „--” a word is a name, its quotes its own."""
    result = _run(tmp_path, monkeypatch, "nowa", "--", "'Park.yaml")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "'Park.yaml").is_file()


def test_a_lone_cr_after_a_line_continuation_is_named_as_such(tmp_path, monkeypatch):
    """Finding 8: `\\` at the end of a CRLF line leaves a word that is only CR: „„” kończy się znakiem CR” named an
    empty word."""
    result = _run(tmp_path, monkeypatch, "plan", LECZNA, "\r", "-o", "x")
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "osobny znak CR (U+000D) – po „\\” na końcu wiersza" in said, said
    assert "„”" not in said


def test_a_word_after_double_dash_is_no_option(tmp_path, monkeypatch):
    """Finding 7: `nowa -- -pdf.yaml` was „wygląda na opcję … napisz jako ./-pdf.yaml” (refused again by nowa):
    after „--” the word is a name, told by the rules for names (here: the file does not exist)."""
    result = _run(tmp_path, monkeypatch, "sprawdz", "--", "-nowa.yaml")
    said = " ".join(result.output.split())
    assert "wygląda na opcję" not in said and "-nowa.yaml" in said and "nie istnieje" in said, said


@pytest.mark.parametrize("name", ["–plan.yaml", "—2026.yaml"])
def test_a_file_name_starting_with_a_word_dash_is_no_option(tmp_path, monkeypatch, name):
    """Finding 2: `nowa "–plan.yaml"` was told to write „--plan.yaml”, an option that does not exist."""
    result = _run(tmp_path, monkeypatch, "nowa", name)
    assert result.exit_code == 0 and (tmp_path / name).is_file(), result.output


def test_a_word_dash_before_an_option_is_still_named(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, "plan", LECZNA, "–nadpisz")
    assert result.exit_code == 2 and "wpisz --nadpisz" in result.output, result.output
