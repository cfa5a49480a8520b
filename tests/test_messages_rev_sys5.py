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


# --- 3: `terminy` on a folder that cannot be listed ----------------------------------------------------------------

def _unlistable(monkeypatch, folder) -> None:
    """`folder` may not be listed (chmod 311 – a drop-box share; root passes every check: the refusal is simulated)."""
    scandir = os.scandir

    def refused(path="."):
        if os.path.realpath(path) == os.path.realpath(folder):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refused)


@pytest.mark.parametrize("given", [True, False])
def test_terminy_names_a_folder_it_may_not_list(tmp_path, monkeypatch, given):
    """Finding 3 of rev-sys5: `terminy nor` (chmod 311) said „Brak plików spraw (.yaml) w folderze nor”."""
    folder = tmp_path / "nor"
    folder.mkdir()
    (folder / "c.yaml").write_bytes(LECZNA.read_bytes())
    monkeypatch.chdir(tmp_path if given else folder)
    _unlistable(monkeypatch, folder)
    result = _run("terminy", *(["nor"] if given else []))
    assert result.exit_code == 1, result.output
    assert "Brak plików spraw" not in result.output, result.output
    assert "brak uprawnień do odczytu folderu" in result.output, result.output
    assert ("nor:" if given else "bieżący folder:") in result.output, result.output


def test_terminy_still_lists_a_readable_folder(tmp_path, monkeypatch):
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "c.yaml").write_bytes(LECZNA.read_bytes())
    (folder / "notatka.txt").write_text("x", encoding="utf-8")
    result = _run("terminy", folder, "--dzien", "2025-01-01")
    assert result.exit_code == 0, result.output
    assert "– c – " in result.output and "notatka" not in result.output, result.output


# --- 2: web – the cases folder replaced by another at the same path -------------------------------------------------

def test_web_says_the_cases_folder_was_replaced_and_never_writes_there(tmp_path):
    """Finding 2 of rev-sys5: `mv k_m k_m_moved; mkdir k_m` (a mount point left empty) – the list said „nie ma
    jeszcze plików spraw – utwórz nową” and „Nowa sprawa” wrote the case into the stand-in folder."""
    from test_web_http import CASE
    from web_server import start

    web = start(tmp_path)
    try:
        assert web.get("/")[0] == 200
        web.folder.rename(tmp_path / "moved")
        web.folder.mkdir()
        for status, _headers, body in (web.get("/"), web.get(f"/sprawy/{CASE}"),
                                       web.post("/nowa", {"nazwa": "n1", "csrf": web.csrf})):
            text = " ".join(body.decode().split())
            assert status == 503 and "inny folder" in text and "nie ma jeszcze plików" not in text, text
        assert list(web.folder.iterdir()) == []
        web.folder.rmdir()
        (tmp_path / "moved").rename(web.folder)  # the share back: the same folder again
        assert web.get("/")[0] == 200
    finally:
        web.stop()


# --- 10: web – a full temporary folder is named, never „Błąd programu … zgłoś go” -----------------------------------

def _no_space(*_args, **_kwargs):
    import errno

    raise OSError(errno.ENOSPC, "No space left on device")


def test_web_upload_into_a_full_temporary_folder_is_named(tmp_path, monkeypatch):
    """Finding 10 of rev-sys5: „Importuj plan” of a file over 500 kB with /tmp full gave 500 „Błąd programu”
    (werkzeug spools the form to a temporary file before any page sees it)."""
    import tempfile

    import werkzeug.formparser

    from test_web_http import _upload
    from web_server import start

    class Full(tempfile.SpooledTemporaryFile):
        rollover = _no_space

    monkeypatch.setattr(werkzeug.formparser, "SpooledTemporaryFile", Full)
    web = start(tmp_path)
    try:
        status, _headers, body = _upload(web, b"Plan\n" * 200_000, name="imp1")
        text = " ".join(body.decode().split())
        assert status == 507 and "brak miejsca na dysku" in text and "zgłoś" not in text, text
        assert tempfile.gettempdir() in text, text
        assert not (web.folder / "imp1.yaml").exists()
    finally:
        web.stop()


def test_web_zip_of_all_documents_with_a_full_temporary_folder_is_named(tmp_path, monkeypatch):
    """Finding 10 of rev-sys5: „Pobierz wszystkie (.zip)” with /tmp full gave 500 „Błąd programu … zgłoś go”."""
    from test_web_http import CASE
    from web_server import start
    from pismo.web import core

    web = start(tmp_path)
    try:
        monkeypatch.setattr(core.tempfile, "TemporaryDirectory", _no_space)
        status, _headers, body = web.get(f"/sprawy/{CASE}/dokumenty.zip")
        text = " ".join(body.decode().split())
        assert status == 507 and "brak miejsca na dysku" in text and "zgłoś" not in text, text
    finally:
        web.stop()
