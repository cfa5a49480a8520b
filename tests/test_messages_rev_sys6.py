"""What pismo tells the officer when the system stands in the way: findings of the sixth system-messages review
(rev-sys6) of issue 17."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from helpers import LECZNA, soffice_script
from pismo.cli.main import main


def _run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def _made(folder) -> list[str]:
    return sorted(os.listdir(folder))


# --- 1, 3, 11: a word only an option (or another shell) begins with is never a folder ---------------------------

@pytest.mark.parametrize("args, told", [
    (["-o", "--PDF"], "„--PDF” to opcja (--pdf), a nie ścieżka"),
    (["-o", "--pomoc"], "„--pomoc” to opcja (--help)"),
    (["-o", "-P"], "napisz jako ./-P"),
    (["-o", "--wersja"], "napisz jako ./--wersja"),
    (["-o", "--"], "„--” (koniec opcji) to nie ścieżka"),
    (["-o", ":ox"], "np. -o ox"),
    (["-o:ox"], "napisz -o ox albo --wyjscie=ox"),
    (["-o:"], "napisz -o FOLDER albo --wyjscie=FOLDER"),
    (["-o="], "napisz -o FOLDER albo --wyjscie=FOLDER"),
    (["-h=1"], "opcja -h nie przyjmuje wartości"),
    (["-o", "~root/x"], "„~root” nie zostało zamienione na folder domowy"),
    (["-o", "~+"], "„~+” nie zostało zamienione na folder"),
    (["-o", " ox"], "zaczyna się od spacji"),
    (["--szablony", "-x"], "np. --szablony szablony-jednostki;"),
])
def test_a_word_no_folder_is_named_by_is_refused_before_anything_is_written(tmp_path, monkeypatch, args, told):
    """Findings 1, 3, 4 and 11 of rev-sys6: `-o --PDF`, `-o -P`, `-o --`, `-o:ox`, `-o '~root/x'` made folders of
    those names, rc 0."""
    monkeypatch.chdir(tmp_path)
    result = _run("plan", LECZNA, *args)
    assert result.exit_code == 2, result.output
    assert told in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)


def test_an_existing_folder_beginning_with_a_dash_is_still_taken(tmp_path, monkeypatch):
    """The rule refuses only words that name nothing: a folder the officer really has is used."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-P").mkdir()
    result = _run("plan", LECZNA, "-o", "-P")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "-P").iterdir()


# --- 6: the refusal's example fits the option ----------------------------------------------------------------------

@pytest.mark.parametrize("args, told, never", [
    (["nowa", "--z", "--z", "c.yaml"], "np. --z poprzednia.yaml”", "poprzednia.yaml --z"),
    (["serwer", "--katalog", "--port", "0"], "np. --katalog sprawy --port LICZBA", "wyniki"),
    (["plan", LECZNA, "--szablony", "--pdf"], "np. --szablony szablony-jednostki --pdf", "wyniki"),
])
def test_the_example_of_an_option_taken_as_a_path_is_sensible(tmp_path, monkeypatch, args, told, never):
    """Finding 6 of rev-sys6: „np. --z POPRZEDNIA.yaml --z”, „--katalog wyniki --port”, „--szablony wyniki --pdf”."""
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    assert result.exit_code == 2, result.output
    said = result.output.replace("\n", " ")
    assert told.rstrip("”") in said and never not in said, said


# --- 2: typographic dashes -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, told", [
    (["plan", LECZNA, "—pdf"], "„—pdf” zaczyna się od pauzy (—), a nie od łączników (-) – wpisz --pdf"),
    (["plan", LECZNA, "–o", "ox"], "wpisz -o "),
    (["plan", LECZNA, "-o", "–pdf"], "półpauzy (–)"),
    (["wszystko", LECZNA, "–pdf"], "wpisz --pdf"),
    (["—help"], "wpisz --help"),
    (["plan", LECZNA, "−−pdf"], "znaku minus (−)"),
])
def test_a_typographic_dash_is_told_as_the_dashes_word_makes(tmp_path, monkeypatch, args, told):
    """Finding 2 of rev-sys6: „Nadmiarowy argument: „—pdf””, „–pdf: plik nie istnieje” after 18 documents."""
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert told in result.output and "Word" in result.output, result.output
    assert _made(tmp_path) == [], _made(tmp_path)


# --- 5: LibreOffice's own „Class:Access” ---------------------------------------------------------------------------

_ACCESS = ('echo "Error: Please verify input parameters... (SfxBaseModel::impl_store <file:///tmp/x.pdf> failed: '
           '0x507(Error Area:Io Class:Access Code:7))"\nexit 0')


@pytest.mark.parametrize("copies", [1, 2])
def test_libreoffice_refused_storing_the_pdf_is_the_folder_not_the_document(tmp_path, copies):
    """Finding 5 of rev-sys6: „Class:Access” dropped – a sound document (pismo's own plan) called „może być
    uszkodzony”, with two „zakończył pracę bez błędu … czy to rzeczywiście LibreOffice”."""
    from test_files_case_folder import case_copy

    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert _run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "s"
    for number in range(1, copies):
        (folder / f"plan{number}.docx").write_bytes((folder / "plan.docx").read_bytes())
    access = soffice_script(tmp_path, _ACCESS, "access-soffice")
    result = _run("pdf", folder, "--soffice", access, "-j", "1")
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "LibreOffice nie mógł zapisać pliku PDF (odmowa dostępu" in said, said
    assert said.count("Class:Access") == copies, said
    assert "uszkodz" not in said and "bez błędu" not in said and "rzeczywiście" not in said, said


# --- 7: next-step commands safe to paste ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["it's.yaml", "x`id`.yaml", "a$b.yaml", "x $HOME.yaml", "a!b.yaml", "a;b.yaml",
                                  "moja sprawa.yaml"])
def test_a_printed_next_step_pastes_back_as_the_name_given(tmp_path, monkeypatch, name):
    """Finding 7 of rev-sys6: „pismo sprawdz x`id`.yaml” ran `id` when pasted; „a$b.yaml” became „a.yaml”."""
    monkeypatch.chdir(tmp_path)
    result = _run("nowa", name)
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "pismo sprawdz " in line)
    assert _pasted(line.split("pismo sprawdz ", 1)[1]) == [name], line


def test_a_printed_folder_beginning_with_a_dash_is_no_option(tmp_path, monkeypatch):
    """Finding 7 of rev-sys6: `szablony eksport ./-tpl` advised „pismo szablony sprawdz -tpl” – „Nie ma opcji „-t””."""
    monkeypatch.chdir(tmp_path)
    result = _run("szablony", "eksport", "./-tpl")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "pismo szablony sprawdz " in line)
    assert _pasted(line.split("pismo szablony sprawdz ", 1)[1]) == ["./-tpl"], line


def _pasted(words: str) -> list[str]:
    """The arguments a POSIX shell makes of `words` (expanding „$”, running a backtick), else shlex's reading."""
    shell = shutil.which("bash") or shutil.which("sh")
    if shell is None:
        return shlex.split(words)
    made = subprocess.run([shell, "-c", f"printf '%s\\0' {words}"], capture_output=True, text=True, check=False)
    return made.stdout.split("\0")[:-1]
