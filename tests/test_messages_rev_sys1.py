"""What pismo's commands and its browser application tell the officer when the system misbehaves: findings of the
first system-messages review (rev-sys1) of issue 17."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from conftest import run

from helpers import LECZNA
from pismo.files import converter, soffice

FAKE = Path(__file__).parent / "fake_soffice.py"
posix_only = pytest.mark.skipif(os.name == "nt", reason="the fake soffice is started through a shell script")


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """A fake soffice program that makes PDFs; no warm converter."""
    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    script = tmp_path / "fake-soffice"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE}" "$@"\n')
    script.chmod(0o755)
    return str(script)


# --- 1: a relative XDG_CACHE_HOME or HOME ---------------------------------------------------------------

@posix_only
@pytest.mark.parametrize("variables", [{"XDG_CACHE_HOME": "rel"}, {"XDG_CACHE_HOME": None, "HOME": "relhome"},
                                       {"XDG_CACHE_HOME": "", "HOME": "relhome"}])
def test_a_relative_cache_folder_or_home_is_not_used_and_the_pdf_is_made(tmp_path, monkeypatch, fake, variables):
    """Finding 1 of rev-sys1: a relative XDG_CACHE_HOME (or HOME) ended `plan --pdf` in „nieoczekiwany błąd programu
    … ValueError: relative path can't be expressed as a file URI”, exit 1 after the documents were written, and left
    an empty cache tree in the current folder. The XDG spec says a relative XDG_CACHE_HOME is to be ignored."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for name, value in variables.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    result = run("plan", LECZNA, "-o", "out", "--pdf", "--soffice", fake)
    assert result.exit_code == 0, result.output
    assert (work / "out" / "leczna-rejon-3-2025" / "plan.pdf").exists()
    assert sorted(p.name for p in work.iterdir()) == ["out"]


def test_a_relative_home_is_not_a_cache_folder(monkeypatch):
    monkeypatch.setenv("HOME", "relhome")
    monkeypatch.setenv("XDG_CACHE_HOME", "rel")
    folder = soffice.cache_folder()
    assert folder is None or folder.is_absolute()


def test_a_missing_home_is_not_made_for_a_profile(tmp_path, monkeypatch):
    """Finding 14 of rev-sys1: a HOME on an unmounted share got a local skeleton of folders (/nonexistent/home/.cache/
    pismo/libreoffice); a throw-away profile does instead."""
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "gone" / "home"))
    profile = soffice.borrow_profile()
    try:
        assert profile.uri.startswith("file:///")
    finally:
        profile.release()
    assert not (tmp_path / "gone").exists()


def test_the_servers_warm_up_never_raises(monkeypatch):
    """Finding 1 of rev-sys1: an unexpected error in the warm-up thread printed a traceback in `pismo serwer`'s
    window."""
    from pismo.web import core

    class Broken:
        def start(self):
            raise ValueError("relative path can't be expressed as a file URI")

    monkeypatch.setattr(core, "_the_converter", lambda: Broken())
    core.warm_up()


# --- 10: a unit's template not found under its exact name -----------------------------------------------

@pytest.fixture
def unit(tmp_path):
    from pismo import api

    folder = tmp_path / "tp"
    api.export_templates(folder)
    return folder


def test_a_template_renamed_by_a_browser_or_in_capitals_is_named_and_the_built_in_one_said(unit, tmp_path):
    """Finding 10 of rev-sys1: „plan (1).docx” and „Wniosek.DOCX” were passed over without a word, the documents
    made with the built-in templates."""
    (unit / "plan.docx").rename(unit / "plan (1).docx")
    (unit / "wniosek.docx").rename(unit / "Wniosek.DOCX")
    plan = run("plan", LECZNA, "-o", tmp_path / "out", "--szablony", unit)
    assert plan.exit_code == 0, plan.output
    assert "szablon plan.docx" in plan.output and "„plan (1).docx”" in plan.output, plan.output
    assert "użyto wbudowanego" in plan.output and "wniosek" not in plan.output
    request = run("wniosek", LECZNA, "-o", tmp_path / "out", "--szablony", unit)
    assert "szablon wniosek.docx" in request.output and "„Wniosek.DOCX”" in request.output, request.output


def test_templates_missing_from_a_units_folder_are_told_once_per_command(unit, tmp_path):
    for name in ("zaproszenie.docx", "protokol.docx"):
        (unit / name).unlink()
    result = run("wszystko", LECZNA, LECZNA.parent / "wrzosogrod-rejon-xiii-2026.yaml", "-o", tmp_path / "out",
                 "--szablony", unit)
    assert result.exit_code == 0, result.output
    told = [line for line in result.output.splitlines() if "nie ma w folderze" in line]
    assert len(told) == 1 and "protokol.docx" in told[0] and "zaproszenie.docx" in told[0], result.output


def test_a_complete_units_folder_gets_no_note(unit, tmp_path):
    result = run("wszystko", LECZNA, "-o", tmp_path / "out", "--szablony", unit)
    assert result.exit_code == 0, result.output
    assert "Uwaga: szablon" not in result.output and "wbudowan" not in result.output, result.output


def test_a_folder_without_any_template_is_refused(tmp_path):
    empty = tmp_path / "emptyt"
    empty.mkdir()
    (empty / "Plan.DOCX").write_bytes(b"")
    result = run("plan", LECZNA, "-o", tmp_path / "out", "--szablony", empty)
    assert result.exit_code == 1, result.output
    assert "nie ma żadnego szablonu pisma" in result.output and "„Plan.DOCX” → plan.docx" in result.output
    assert not (tmp_path / "out").exists()


# --- 2, 3: a case file that cannot be read has no errors to correct ----------------------------------------

def _unreadable(tmp_path, how: str) -> Path:
    path = tmp_path / f"{how}.yaml"
    if how == "folder":
        path.mkdir()
    elif how == "fifo":
        os.mkfifo(path)
    return path  # "brak": not there at all


@pytest.mark.parametrize("how", ["brak"] + (["fifo"] if hasattr(os, "mkfifo") else []))  # a folder: its cases
def test_deadlines_of_a_file_that_cannot_be_read_say_why(tmp_path, how):
    """Finding 2 of rev-sys1: `pismo terminy brak.yaml` said only „błędy: 1 – terminów tej sprawy nie pokazano
    (sprawdź: pismo sprawdz brak.yaml)”, never that the file is not there."""
    path = _unreadable(tmp_path, how)
    result = run("terminy", path)
    assert result.exit_code == 1
    assert {"brak": "plik nie istnieje", "fifo": "to nie jest zwykły plik"}[how] in result.output, result.output
    assert "błędy: 1" not in result.output and "pismo sprawdz" not in result.output, result.output


def test_deadlines_of_a_case_with_errors_still_point_to_sprawdz(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(LECZNA.read_text(encoding="utf-8").replace("telefon:", "telefon: [", 1), encoding="utf-8")
    result = run("terminy", bad)
    assert result.exit_code == 1 and "pismo sprawdz" in result.output, result.output


@pytest.mark.parametrize("how", ["brak", "folder"])
def test_checking_a_file_that_cannot_be_read_does_not_ask_to_correct_it(tmp_path, how):
    """Finding 3 of rev-sys1 (rev-msg6 #8): `pismo sprawdz brak.yaml` ended „błędy: 1 – popraw je i uruchom
    sprawdzenie ponownie” – nothing to correct in a file that is not there."""
    path = _unreadable(tmp_path, how)
    result = run("sprawdz", path)
    assert result.exit_code == 1
    assert "popraw je" not in result.output and "błędy: 1" not in result.output, result.output
    assert "nie sprawdzono" in result.output, result.output


def test_a_new_period_from_a_previous_plan_that_cannot_be_read_has_nothing_to_correct(tmp_path, monkeypatch):
    """Finding 3 of rev-sys1: `nowa z.yaml --z u.yaml` of an unreadable plan (chmod 000) added „popraw błędy
    poprzedniego planu”."""
    from pismo.case import yamlio
    from pismo.files.read import Unreadable

    previous = tmp_path / "u.yaml"
    previous.write_bytes(LECZNA.read_bytes())

    def denied(path, limit):
        raise Unreadable("brak uprawnień do odczytu pliku")

    monkeypatch.setattr(yamlio, "read_limited", denied)
    result = run("nowa", tmp_path / "z.yaml", "--z", previous)
    assert result.exit_code == 1 and "brak uprawnień do odczytu pliku" in result.output, result.output
    assert "popraw błędy" not in result.output, result.output


# --- 7: web, a cases folder the server may not write in ------------------------------------------------------

@pytest.fixture
def web(tmp_path):
    from web_server import start

    running = start(tmp_path)
    yield running
    running.stop()


def _read_only(monkeypatch, folder: Path) -> None:
    """The cases folder as chmod 555 makes it for a user who is not root (the tests may run as root)."""
    import errno

    from pismo.files import casefile, output
    from pismo.web import store

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store, "writable", lambda path: not Path(path).is_relative_to(folder))
    monkeypatch.setattr(output, "write_all", lambda *a, **k: (_ for _ in ()).throw(
        output.OutputError("nie można zapisać", reason=output._reason(PermissionError(errno.EACCES, "x"))[0])))
    monkeypatch.setattr(casefile, "replace", denied)
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):  # no folder can be made in it either (the web's history folder)
        if Path(self).is_relative_to(folder):
            denied()
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)


def test_a_new_case_in_a_read_only_cases_folder_is_told_as_such(web, monkeypatch):
    """Finding 7 of rev-sys1: „Nie utworzono sprawy / brak uprawnień do zapisu albo plik jest otwarty w innym
    programie, np. w Wordzie w folderze spraw” – no file could be open, no capital, no full stop, no action."""
    import html

    import re as re_

    _read_only(monkeypatch, web.folder)
    _, _, page = web.get("/")
    csrf = re_.search(r'name="csrf" value="([^"]+)"', page.decode()).group(1)
    status, _, body = web.post("/nowa", {"nazwa": "nowa1", "csrf": csrf})
    text = html.unescape(body.decode())
    assert status == 400 and "Nie utworzono sprawy" in text
    assert f"Nie można zapisywać w folderze spraw ({web.folder})" in text, text
    assert "„pismo serwer --katalog” z innym folderem." in text and "Wordzie" not in text, text


def test_saving_in_a_read_only_cases_folder_names_the_folder_and_no_command_line_advice(web, monkeypatch):
    """Finding 7 of rev-sys1: saving said „… – podaj inny folder, w którym możesz zapisywać) … (np. po zwolnieniu
    miejsca)” – advice for the command line and about another cause."""
    import html

    from test_web_http import _form_fields, _replace

    case = LECZNA.stem
    _, _, body = web.get(f"/sprawy/{case}")
    fields = _replace(_form_fields(body.decode()), "jednostka.miejscowosc", "Łęczna Nowa")
    _read_only(monkeypatch, web.folder)
    status, _, page = web.post(f"/sprawy/{case}", fields + [("akcja", "zapisz")])
    text = html.unescape(page.decode())
    assert status == 500 and f"Nie zapisano: nie można zapisywać w folderze spraw ({web.folder})" in text, text
    assert "podaj inny folder" not in text and "zwolnieniu miejsca" not in text, text
    assert "Zmiany są nadal w formularzu" in text


# --- 8, 9: the command's report cannot be written (a full disk, a reader that stopped) ------------------------

def _pismo(*args, cwd: Path, stdout) -> "subprocess.CompletedProcess":
    import subprocess

    return subprocess.run([sys.executable, "-m", "pismo", *map(str, args)], cwd=cwd, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=300)


def _bad_case(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.yaml"
    bad.write_text(LECZNA.read_text(encoding="utf-8").replace("telefon:", "telefon: [", 1), encoding="utf-8")
    return bad


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_report_to_a_full_disk_keeps_the_commands_code_and_names_the_output(tmp_path):
    """Finding 8 of rev-sys1: `pismo wszystko c.yaml -o out > /dev/full` said „plik lub folder: brak miejsca – sprawdź
    ścieżkę”, exit 1, though every document was written."""
    with open("/dev/full", "w") as full:
        made = _pismo("wszystko", LECZNA, "-o", tmp_path / "out", cwd=tmp_path, stdout=full)
        checked = _pismo("sprawdz", LECZNA, _bad_case(tmp_path), cwd=tmp_path, stdout=full)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "out" / LECZNA.stem / "manifest.json").exists()
    for result in (made, checked):
        assert "plik lub folder" not in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert "standardowe wyjście" in result.stderr and "brak miejsca" in result.stderr, result.stderr
    assert checked.returncode == 1 and "bad.yaml" in checked.stderr, checked.stderr


@posix_only
def test_a_reader_that_stops_early_does_not_stop_the_check_nor_hide_its_code(tmp_path):
    """Finding 9 of rev-sys1: `pismo sprawdz A B C | head -1` exited 0, C never checked though it has errors."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line: every write meets a broken pipe
    try:
        result = _pismo("sprawdz", LECZNA, LECZNA, _bad_case(tmp_path), cwd=tmp_path, stdout=write)
    finally:
        os.close(write)
    assert result.returncode == 1, result.stderr
    assert "bad.yaml" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert "standardowe wyjście" not in result.stderr  # a reader gone is the user's choice: not told


# --- 11: the warm converter with a LibreOffice program that cannot start ---------------------------------------

@posix_only
def test_the_warm_converter_says_why_its_libreoffice_did_not_start(tmp_path):
    """Finding 11 of rev-sys1: a soffice script saved with CRLF line ends gave the web's preview „LibreOffice nie
    uruchomił się, także z nowym profilem” – the profile blamed, the program and its reason lost."""
    script = tmp_path / "crlf-soffice"
    script.write_bytes(b"#!/bin/sh\r\nexec soffice \"$@\"\r\n")
    script.chmod(0o755)
    if converter.uno_python(str(script)) is None:
        pytest.skip("no Python with UNO: the warm converter is not used here")
    warm = converter.Converter(str(script))
    try:
        with pytest.raises(soffice.PdfError) as failed:
            warm.start(timeout=30)
    finally:
        warm.close()
    message = str(failed.value)
    assert f"nie można uruchomić programu LibreOffice {script}" in message, message
    assert "końcami wierszy Windows" in message and "z nowym profilem" not in message, message


# --- 4, 5, 6: what LibreOffice said, quoted ------------------------------------------------------------------

def _script(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice-fake"
    script.write_text("#!/bin/bash\n" + body)
    script.chmod(0o755)
    return str(script)


@posix_only
def test_control_characters_libreoffice_printed_are_shown_not_sent_to_the_terminal(tmp_path, monkeypatch):
    """Finding 4 of rev-sys1: an OSC sequence in LibreOffice's last line reached the terminal raw (it retitled the
    window; the text the officer saw was not the text printed)."""
    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    fake = _script(tmp_path, "printf 'Error: \\033]0;HACKED\\007\\033[31mconversion failed\\n'\nexit 1\n")
    result = run("plan", LECZNA, "-o", tmp_path / "out", "--pdf", "--soffice", fake)
    assert result.exit_code == 5, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output, repr(result.output)
    assert "<U+001B>]0;HACKED<U+0007>" in result.output, result.output


@posix_only
def test_a_message_in_a_polish_8_bit_encoding_is_read_as_such(tmp_path, monkeypatch):
    """Finding 6 of rev-sys1: `B\\xb3\\xb1d: nie mo\\xbfna` (ISO-8859-2) was quoted as „B��d: nie mo�na”."""
    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    fake = _script(tmp_path, "printf 'B\\xb3\\xb1d: nie mo\\xbfna\\n'\nexit 2\n")
    result = run("plan", LECZNA, "-o", tmp_path / "out", "--pdf", "--soffice", fake)
    assert "„Błąd: nie można”" in result.output and "\ufffd" not in result.output, result.output


@posix_only
def test_a_second_failure_unlike_the_first_is_not_called_the_same(tmp_path, monkeypatch):
    """Finding 5 of rev-sys1: a crash (signal 11), then „kod 1” with a message, was told as the second reason
    „(także za drugim razem)”."""
    monkeypatch.setattr(converter, "uno_python", lambda program: None)
    state = tmp_path / "state"
    fake = _script(tmp_path, f"if [ ! -e {state} ]; then touch {state}; kill -SEGV $$; fi\n"
                             "echo 'Error: source file could not be loaded'\nexit 1\n")
    result = run("plan", LECZNA, "-o", tmp_path / "out", "--pdf", "--soffice", fake)
    assert "także za drugim razem" not in result.output, result.output
    assert "sygnał 11" in result.output and "kod 1" in result.output, result.output


# --- 13: `pismo pdf` without LibreOffice ------------------------------------------------------------------

def test_pdf_without_libreoffice_gives_one_error_line_then_the_install_advice(tmp_path, monkeypatch):
    """Finding 13 of rev-sys1: every line of the advice read „błąd: Zainstaluj LibreOffice:”, unlike under
    `plan --pdf`; the exit code 3 is the README's for a missing LibreOffice."""
    missing = tmp_path / "brak" / "soffice"
    made = run("plan", LECZNA, "-o", tmp_path)
    assert made.exit_code == 0, made.output
    monkeypatch.setenv("PATH", str(missing.parent))  # no LibreOffice elsewhere either (rev-sys2 1 names one there)
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "DEBIAN", str(missing))  # nor in the install folders (rev-sys12 #16 looks there)
    monkeypatch.setattr(soffice, "OPT", missing.parent)
    result = run("pdf", "--soffice", missing, tmp_path)
    assert result.exit_code == 3, result.output
    lines = result.output.splitlines()
    assert [line for line in lines if line.startswith("błąd:")] == [lines[0]], result.output
    assert "Zainstaluj LibreOffice:" in result.output
    again = run("plan", LECZNA, "-o", tmp_path / "inny", "--pdf", "--soffice", missing)
    assert again.exit_code == 3 and "Zainstaluj LibreOffice:" in again.output, again.output
