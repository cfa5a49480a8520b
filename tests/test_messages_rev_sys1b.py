"""What pismo's commands and its browser application tell the officer when the system misbehaves: the rest of the
findings of the first system-messages review (rev-sys1) of issue 17."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import run

from helpers import LECZNA

posix_only = pytest.mark.skipif(os.name == "nt", reason="control characters in file names are a POSIX thing")

OSC = "\x1b]0;TITLE\x07"
SHOWN = "<U+001B>]0;TITLE<U+0007>"


def _raw_controls(text: str) -> list[str]:
    return [ch for ch in text if ch not in "\n\t" and (ord(ch) < 32 or 0x7f <= ord(ch) < 0xa0)]


# --- 4: text from outside (file names, arguments) with control characters ------------------------------------

@posix_only
def test_a_case_file_named_with_an_escape_sequence_is_shown_not_sent_to_the_terminal(tmp_path):
    """Finding 4 of rev-sys1: `pismo sprawdz bl<ESC>]0;TITLE<BEL>.yaml` printed the raw name three times (the
    terminal's title changed) in a message saying the name „zawiera znak sterujący” the officer could not see."""
    case = tmp_path / f"bl{OSC}.yaml"
    shutil.copy(LECZNA, case)
    result = run("sprawdz", case)
    assert not _raw_controls(result.output), repr(result.output)
    assert f"bl{SHOWN}.yaml" in result.output, result.output


@posix_only
def test_an_output_folder_named_with_control_characters_is_shown(tmp_path):
    out = tmp_path / f"wy\r{OSC}"
    result = run("plan", LECZNA, "-o", out)
    assert result.exit_code == 0, result.output
    assert not _raw_controls(result.output), repr(result.output)
    assert f"wy<U+000D>{SHOWN}" in result.output, result.output



# --- 11: a LibreOffice that cannot start, on the path without a warm converter --------------------------------

def _script(tmp_path: Path, body: str, first: str = "#!/bin/bash\n") -> str:
    script = tmp_path / "soffice-fake"
    script.write_bytes((first + body).encode())
    script.chmod(0o755)
    return str(script)


@posix_only
def test_the_cold_converter_keeps_the_reason_a_program_did_not_start(tmp_path, monkeypatch):
    """Finding 11 of rev-sys1: without a UNO Python the web's converter replaced every reason with „(dokument może
    być uszkodzony albo LibreOffice nie odpowiadał) – także za drugim razem”, also for a program that cannot run
    (which is not tried twice)."""
    from pismo.files import converter, soffice

    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    script = _script(tmp_path, "exec soffice \"$@\"\r\n", first="#!/bin/sh\r\n")
    made = run("plan", LECZNA, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output
    docx = next((tmp_path / "out").rglob("plan.docx")).read_bytes()
    with converter.Converter(script) as cold, pytest.raises(soffice.PdfError) as failed:
        cold.to_pdf(docx)
    message = str(failed.value)
    assert f"nie można uruchomić programu LibreOffice {script}" in message, message
    assert "uszkodzon" not in message and "drugim razem" not in message, message


@posix_only
@pytest.mark.parametrize("said", ["LibreOffice 7.4 - Fatal Error: The application cannot be started.",
                                  "soffice.bin: error while loading shared libraries: libuno_sal.so.3: cannot open "
                                  "shared object file: No such file or directory"])
def test_a_libreoffice_that_cannot_start_is_not_blamed_on_the_document(tmp_path, monkeypatch, said):
    """Finding 11 of rev-sys1: LibreOffice that would not start (its own text says so) was told as an error on the
    document, with the advice to look for damage in the .docx."""
    from pismo.files import converter

    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    fake = _script(tmp_path, f"echo '{said}' >&2\nexit 1\n")
    result = run("plan", LECZNA, "-o", tmp_path / "out", "--pdf", "--soffice", fake)
    assert result.exit_code == 5, result.output
    assert f"LibreOffice nie uruchomił się (kod 1); jego komunikat: „{said}”" in result.output, result.output
    assert "uszkodzon" not in result.output and "otwórz je w Wordzie" not in result.output, result.output


# --- 15: out of memory in LibreOffice ------------------------------------------------------------------------

@posix_only
def test_libreoffice_out_of_memory_is_said_by_pismo_with_what_to_do(tmp_path, monkeypatch):
    """Finding 15 of rev-sys1: pismo's own „zabrakło pamięci … – pismo wymaga więcej pamięci” was quoted as
    LibreOffice's „jego komunikat”, then the advice to look for damage in the .docx."""
    from pismo.files import converter

    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    fake = _script(tmp_path, "echo \"terminate called after throwing an instance of 'std::bad_alloc'\" >&2\n"
                             "echo '  what():  std::bad_alloc' >&2\nkill -ABRT $$\n")
    result = run("plan", LECZNA, "-o", tmp_path / "out", "--pdf", "--soffice", fake)
    assert result.exit_code == 5, result.output
    assert "programowi LibreOffice zabrakło pamięci" in result.output and "zamknij inne programy" in result.output, result.output
    assert "jego komunikat" not in result.output and "pismo wymaga" not in result.output, result.output
    assert "uszkodzon" not in result.output and "otwórz je w Wordzie" not in result.output, result.output


# --- 14: smaller message defects -----------------------------------------------------------------------------

def test_checking_templates_in_a_file_names_no_option_the_command_lacks(tmp_path):
    """Finding 14 of rev-sys1: `pismo szablony sprawdz PLIK` advised „(--szablony)”, an option it has not."""
    given = tmp_path / "u.txt"
    given.write_text("x")
    result = run("szablony", "sprawdz", given)
    assert result.exit_code == 1, result.output
    assert "to jest plik, a nie folder – podaj folder z szablonami" in result.output, result.output
    assert "--szablony" not in result.output, result.output


@pytest.mark.parametrize("args, expected", [
    (["PLAN", LECZNA], "Nie ma polecenia „PLAN”. Czy chodziło o „plan”?"),
    (["plan", LECZNA, "--PDF"], "Nie ma opcji „--PDF”. Czy chodziło o „--pdf”?"),
    (["terminy", LECZNA, "--dzień", "2026-01-01"], "Nie ma opcji „--dzień”. Czy chodziło o „--dzien”?"),
    (["plan", LECZNA, "inna.yaml"], "Nadmiarowy argument: „inna.yaml”."),
])
def test_clicks_errors_quote_the_polish_way_and_hint_whatever_the_letter_case(args, expected):
    """Finding 14 of rev-sys1: `PLAN`, `--PDF` got no hint (Caps Lock), `--dzień` its hint in brackets after a
    full stop, names in English quotes '…', „Nadmiarowy argument (b.yaml)” no full stop."""
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert expected in result.output, result.output


@pytest.mark.parametrize("option", ["-o", "--szablony"])
def test_an_empty_path_is_refused_not_taken_as_the_current_folder(tmp_path, monkeypatch, option):
    """Finding 14 of rev-sys1: `-o ''` (an unset variable in a script) wrote into the current folder without a
    word."""
    monkeypatch.chdir(tmp_path)
    result = run("plan", LECZNA, option, "")
    assert result.exit_code == 2, result.output
    assert "pusta ścieżka" in result.output, result.output
    assert list(tmp_path.iterdir()) == [], result.output


def test_a_dash_for_standard_input_is_said_to_be_unsupported(tmp_path, monkeypatch):
    """Finding 14 of rev-sys1: `pismo sprawdz -` said „-: plik nie istnieje”: standard input is not read."""
    monkeypatch.chdir(tmp_path)
    result = run("sprawdz", "-")
    assert result.exit_code == 2, result.output
    assert "standardowego wejścia" in result.output, result.output


def test_a_western_windows_code_page_keeps_polish_words_readable():
    """Finding 14 of rev-sys1: output in cp1252 made „nieprawidłowy” „nieprawid?owy”."""
    from pismo.cli import console  # noqa: F401 – registers the error handler

    shown = "błąd: nieprawidłowy numer – Łódź, ŻÓŁĆ „ą”".encode("cp1252", "pismo-plain").decode("cp1252")
    assert shown == "blad: nieprawidlowy numer – Lódz, ZÓLC „a”", shown  # cp1252 has „ – ó Ó of its own


def test_a_forbidden_output_name_is_told_with_its_folder_and_polish_quotes(tmp_path, monkeypatch):
    """Finding 14 of rev-sys1: `pismo nowa nul.yaml` said „.: niedozwolona nazwa pliku wynikowego 'nul.yaml'”."""
    monkeypatch.chdir(tmp_path)
    result = run("nowa", "nul.yaml")
    assert result.exit_code == 1, result.output
    said = result.output
    assert "błąd: nul.yaml: nazwa pliku nie nadaje się na nazwę folderu dokumentów sprawy – " in said, said
    assert "zastrzeżona nazwa urządzenia" in said and "np. sprawa.yaml" in said, said
    assert "'" not in said and "))" not in said, said  # Polish quotes; no reason in brackets within brackets


def test_one_file_not_written_is_not_none_of_the_files_1(tmp_path, monkeypatch):
    """Finding 14 of rev-sys1: a full disk under `pismo nowa` said „nie zapisano żadnego z plików (1)”."""
    import errno

    from pismo.files import output

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output, "_write_temp", full)
    result = run("nowa", tmp_path / "nowa.yaml")
    assert result.exit_code == 1, result.output
    assert "nie zapisano pliku, " in result.output and "(1)" not in result.output, result.output
