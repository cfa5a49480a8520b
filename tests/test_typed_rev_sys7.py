"""What a word on the command line holds unseen – a CR, Word's quotes, hard spaces, Windows' „/o:x” – is named
before anything is written, for every value, flag and command name: findings 1, 14, 17 and 19 of rev-sys7."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main

CR = "kończy się znakiem CR (U+000D) – skrypt zapisano z końcami wierszy systemu Windows"


def _run(tmp_path, monkeypatch, *args, env=None):
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


@pytest.mark.parametrize("args, shown", [
    (["terminy", LECZNA, "--dzien", "2025-05-01\r"], "„2025-05-01”"),
    (["plan", LECZNA, "--pdf", "--soffice", "/usr/bin/soffice\r"], "„/usr/bin/soffice”"),
    (["plan", LECZNA, "--nadpisz\r"], "„--nadpisz”"),
    (["terminy\r"], "„terminy”"),
    (["szablony", "lista\r"], "„lista”"),
    (["szablony", "zmienne", "plan\r"], "„plan”"),
    (["serwer", "--port\r", "8000"], "„--port”"),
    (["wszystko", LECZNA, "-j", "1", "--wyjscie=wyniki\r"], "„wyniki”"),
])
def test_a_trailing_cr_is_named_for_every_word(tmp_path, monkeypatch, args, shown):
    """Finding 1: `--dzien 2025-05-01<CR>` was „not a date”, `--soffice …<CR>` „has a space at its end”, and a
    command or flag „does not exist. Did you mean” the same name."""
    result = _run(tmp_path, monkeypatch, *args)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and f"{shown} {CR}" in said, said
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("args, told", [
    (["plan", LECZNA, "-o", "„moje pisma”"], "„„moje pisma”” jest ujęte w cudzysłów, który stałby się częścią "
                                             "wartości – wpisz moje pisma bez cudzysłowu"),
    (["plan", LECZNA, "--wyjscie=“moje pisma”"], "wpisz moje pisma bez cudzysłowu"),
    (["sprawdz", "„leczna.yaml”"], "wpisz leczna.yaml bez cudzysłowu"),
    (["terminy", LECZNA, "--dzien", "„2025-05-01”"], "wpisz 2025-05-01 bez cudzysłowu"),
    (["plan", LECZNA, "-o", "'moje", "pisma'"], "„'moje” zaczyna się od znaku cudzysłowu (')"),
])
def test_word_quotes_around_a_value_are_named_before_anything_is_written(tmp_path, monkeypatch, args, told):
    """Finding 14: `-o "„moje pisma”"` wrote the documents into a folder named with the quotes, exit 0."""
    result = _run(tmp_path, monkeypatch, *args)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and told in said, said
    assert os.listdir(tmp_path) == []


def test_a_quoted_name_of_an_existing_file_is_taken(tmp_path, monkeypatch):
    """A file that is named with the quotes is what was meant: read, not refused."""
    (tmp_path / "„s”.yaml").write_bytes(LECZNA.read_bytes())
    result = _run(tmp_path, monkeypatch, "sprawdz", "„s”.yaml")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("args, told", [
    (["plan", "leczna.yaml\u00a0-o\u00a0wyniki"], "w „leczna.yaml<U+00A0>-o<U+00A0>wyniki” jest twarda spacja U+00A0"),
    (["plan", LECZNA, "--pdf\u00a0"], "w „--pdf<U+00A0>” jest twarda spacja U+00A0"),
    (["plan", LECZNA, "-o", "\u200bwyn"], "w „<U+200B>wyn” jest niewidoczna spacja (o zerowej szerokości) U+200B"),
])
def test_hard_and_zero_width_spaces_are_named(tmp_path, monkeypatch, args, told):
    """Finding 17: a command copied with U+00A0 between its words was „sprawa.yaml -o wyniki: plik nie istnieje”
    (shown with plain spaces), and `-o <U+200B>wyn` wrote into a folder that only looks like „wyn”."""
    (tmp_path / "leczna.yaml").write_bytes(LECZNA.read_bytes())
    result = _run(tmp_path, monkeypatch, *args)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and told in said and "wpisz to polecenie ręcznie" in said, said
    assert os.listdir(tmp_path) == ["leczna.yaml"]


@pytest.mark.parametrize("args, typed, meant", [
    (["wszystko", LECZNA, "/o:x"], "/o:x", "-o x"),
    (["wszystko", LECZNA, "/o", "x"], "/o", "-o x"),
    (["wszystko", LECZNA, "/j:2"], "/j:2", "-j 2"),
    (["pdf", "pisma", "/nadpisz"], "/nadpisz", "--nadpisz"),
    (["plan", LECZNA, "/PDF"], "/PDF", "--pdf"),
    (["plan", "/?"], "/?", "--help"),
    (["/h"], "/h", "-h"),
    (["/help"], "/help", "--help"),
])
def test_a_windows_switch_is_told_with_the_option_meant(tmp_path, monkeypatch, args, typed, meant):
    """Finding 19 (and 6): `wszystko sprawa.yaml /o:x` wrote the documents into pisma/ and told „/o:x” a failed
    case; `/o wyn`, `/nadpisz`, `/h` had no word of how options are written."""
    result = _run(tmp_path, monkeypatch, *args)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and f"„{typed}” to zapis opcji z Windows" in said, said
    assert f"Czy chodziło o „{meant}”?" in said, said
    assert os.listdir(tmp_path) == []


def test_a_root_folder_given_to_an_option_is_no_windows_switch():
    """`-o /o`: the value of an option is a path (a folder in the root one), whatever its name – not refused;
    `/o` where a case is expected is."""
    import click

    from pismo.cli import click_pl

    command = main.commands["wszystko"]
    ctx = click.Context(command)
    click_pl._windows_switch(command, ctx, ["s.yaml", "-o", "/o"])
    with pytest.raises(click.UsageError):
        click_pl._windows_switch(command, ctx, ["s.yaml", "/o"])


def test_pismo_soffice_ending_in_cr_is_told_so(monkeypatch):
    """Finding 1: PISMO_SOFFICE=$'/usr/bin/soffice\\r' was „ścieżka ma spację na końcu” – there is none."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_installed", lambda: None)
    monkeypatch.setenv("PISMO_SOFFICE", "/usr/bin/soffice\r")
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(None)
    assert f"„/usr/bin/soffice” {CR}" in str(refused.value) and "spację" not in str(refused.value), refused.value
