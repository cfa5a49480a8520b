"""Follow-ups of the thirteenth system-messages review (rev-sys13) of issue 17: numbers written in groups of
digits, Word's minus on --port, and a case file or an option given before the command."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def _said(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(a) for a in args], prog_name="pismo")
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("args, meant", [
    (["serwer", "--katalog", "brak", "--port", "18 765"], "„18 765” – liczbę pisze się bez spacji między cyframi – "
                                                           "wpisz --port 18765"),
    (["serwer", "--katalog", "brak", "--port", "18_765"], "„18_765” – liczbę pisze się bez „_” między cyframi – "
                                                           "wpisz --port 18765"),
    (["terminy", LECZNA, "--dni", "1 000"], "wpisz --dni 1000"),
    (["terminy", LECZNA, "--dni=1\u00a0000"], "wpisz --dni 1000"),  # Word's hard space: in one step
    (["terminy", LECZNA, "--dni", "1\u202f000"], "wpisz --dni 1000"),
])
def test_a_number_in_groups_of_digits_is_told_with_the_number_meant(tmp_path, monkeypatch, args, meant):
    """#10: „18 765” (Polish spacing of thousands) was „nie jest liczba całkowita”; Python's „18_765” was taken."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and meant in said, said


def test_words_minus_on_port_advises_a_port_an_officer_can_open(tmp_path, monkeypatch):
    """#10 (a folder that is not there: a port taken would end, not serve): „−1” of --port was advised „--port 1”, a port only the system's administrator may open."""
    code, said = _said(tmp_path, monkeypatch, "serwer", "--katalog", "brak", "--port", "−1")
    assert code == 2 and "wpisz np. --port 8765" in said, said


@pytest.mark.parametrize("name, meant", [("b.yaml", "sprawdz b.yaml albo pismo wszystko b.yaml"),
                                          ("plan.yaml", "sprawdz plan.yaml albo pismo wszystko plan.yaml"),
                                          ("pismo.docx", "pdf pismo.docx")])
def test_a_file_given_before_the_command_is_told_the_command_to_type_first(tmp_path, monkeypatch, name, meant):
    """#12: `pismo b.yaml` was „Nie ma polecenia „b.yaml””, `pismo plan.yaml` „Czy chodziło o plan?” – which led
    to `pismo plan` and „Brak argumentu”."""
    shutil.copy(LECZNA, tmp_path / name)
    code, said = _said(tmp_path, monkeypatch, name)
    assert code == 2 and f"Najpierw podaj polecenie, a po nim plik, np. pismo {meant}" in said, said
    assert "Czy chodziło" not in said, said


@pytest.mark.parametrize("args, meant", [
    (["-o", "wyn", "plan", "b.yaml"], "„-o” to opcja polecenia plan, a stoi przed nazwą polecenia – podaj ją po niej, "
                                      "np. pismo plan -o wyn b.yaml"),
    (["-j", "2", "wszystko", "b.yaml"], "np. pismo wszystko -j 2 b.yaml"),
    (["--pdf", "b.yaml"], "„--pdf” to opcja poleceń plan, wniosek, zaproszenia, protokol, informacja, wszystko, a stoi "
                          "przed nazwą polecenia – podaj ją po niej, np. pismo wszystko --pdf b.yaml"),
])
def test_a_commands_option_before_the_command_is_told_to_follow_it(tmp_path, monkeypatch, args, meant):
    """#12: `pismo -o wyn plan b.yaml` was „Nie ma opcji „-o”” – untrue for pismo, whose plan has -o."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and meant in said and "Nie ma opcji" not in said, said
