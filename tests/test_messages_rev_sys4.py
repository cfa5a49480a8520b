"""What pismo tells the officer when the system stands in the way: findings of the fourth system-messages review
(rev-sys4) of issue 17."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main
from pismo.render.engine import BUILTIN_DIR

posix_only = pytest.mark.skipif(os.name == "nt", reason="dowiązania symboliczne i uprawnienia POSIX")


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


# --- 3: one broken entry of a folder is named, the folder is not called unreadable ---------------------------------

@posix_only
def test_a_looping_link_among_the_templates_is_named_not_the_folder(tmp_path):
    """Finding 3 of rev-sys4: `petla.docx -> petla.docx` made the templates folder „nie można odczytać folderu”."""
    folder = tmp_path / "tdir"
    folder.mkdir()
    (folder / "petla.docx").symlink_to("petla.docx")
    result = _run("szablony", "sprawdz", folder)
    assert "nie można odczytać folderu" not in result.output, result.output
    assert "petla.docx" in result.output and "pętl" in result.output, result.output
    shutil.copy(BUILTIN_DIR / "plan.docx", folder / "plan.docx")
    result = _run("plan", LECZNA, "-o", tmp_path / "o", "--szablony", folder)
    assert "nie można odczytać folderu" not in result.output, result.output
    assert result.exit_code == 0, result.output


@posix_only
def test_a_looping_link_among_the_cases_does_not_stop_the_server(tmp_path, monkeypatch):
    """Finding 3 of rev-sys4: `serwer --katalog` with one `petla.yaml -> petla.yaml` did not start."""
    folder = tmp_path / "k"
    folder.mkdir()
    shutil.copy(LECZNA, folder / "ok.yaml")
    (folder / "petla.yaml").symlink_to("petla.yaml")
    import pismo.web.server as server

    def stop(*_args, **_kwargs):
        raise SystemExit(7)

    monkeypatch.setattr(server, "build", stop)
    result = _run("serwer", "--katalog", folder, "--bez-przegladarki")
    assert "nie można odczytać folderu" not in result.output, result.output
    assert result.exit_code == 7, result.output


# --- 7: a folder that may not be entered is named, never „open in Word” -------------------------------------------

def _closed(monkeypatch, folder: Path) -> None:
    """`folder` has no search permission (root passes every check: the refusal is simulated)."""
    granted = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder and mode & os.X_OK
                        else granted(p, mode, **kw))
    stat = Path.stat

    def refused(self, **kw):
        if folder in (self.absolute(), *self.absolute().parents):
            raise PermissionError(13, "Permission denied", str(self))
        return stat(self, **kw)

    monkeypatch.setattr(Path, "stat", refused)


@posix_only
def test_a_file_in_a_folder_that_cannot_be_entered_names_the_folder(tmp_path, monkeypatch):
    """Finding 7 of rev-sys4: `import`/`pdf` of a file in a chmod 000 folder said „brak uprawnień albo plik jest
    otwarty w innym programie, np. w Wordzie – podaj inny folder”."""
    from pismo.errors import from_os_error

    folder = tmp_path / "noacc"
    folder.mkdir()
    _closed(monkeypatch, folder)
    told = str(from_os_error(PermissionError(13, "Permission denied", str(folder / "dobry.docx"))))
    assert "Word" not in told and f"folderu {folder}" in told, told
    monkeypatch.chdir(folder)
    told = str(from_os_error(PermissionError(13, "Permission denied", ".")))
    assert "Word" not in told and "bieżącego folderu" in told, told


@posix_only
def test_terminy_lists_the_readable_cases_beside_one_in_a_closed_folder(tmp_path, monkeypatch):
    """Finding 7 of rev-sys4: `terminy c.yaml noacc2/c.yaml` aborted the whole listing."""
    folder = tmp_path / "noacc2"
    folder.mkdir()
    shutil.copy(LECZNA, folder / "c.yaml")
    shutil.copy(LECZNA, tmp_path / "c.yaml")
    _closed(monkeypatch, folder)
    result = _run("terminy", tmp_path / "c.yaml", folder / "c.yaml", "--dzien", "2026-01-01")
    assert "Word" not in result.output and "noacc2" in result.output, result.output
    assert " – c – " in result.output, result.output  # the deadlines of the readable case
    assert result.exit_code == 1, result.output


# --- 4: a read-only case file is named; its history folder keeps the owner's rights ---------------------------------

@posix_only
@pytest.mark.parametrize("existing", [False, True])
def test_web_save_of_a_read_only_case_names_it_and_leaves_the_history_folder_writable(tmp_path, existing,
                                                                                      monkeypatch):
    """Finding 4 of rev-sys4: a save of a chmod 444 case made .pismo-historia/ok 0555 (also narrowed an existing
    0755 one) and was refused as „nie można zapisywać w folderze …/.pismo-historia/ok”, for good."""
    from pismo.web.store import HISTORY, Store, StoreError, digest

    case = tmp_path / "ok.yaml"
    shutil.copy(LECZNA, case)
    history = tmp_path / HISTORY / "ok"
    if existing:
        history.mkdir(parents=True)
        history.chmod(0o755)
        (history / "2026-01-01_10-00-00-000000_poprzednia.yaml").write_bytes(b"")  # an earlier save
    else:  # root writes into any folder: the copy stays, so the folder's mode can be seen
        monkeypatch.setattr(Store, "_forget", lambda *_args: None)
    case.chmod(0o444)
    text = case.read_text(encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        Store(tmp_path).save("ok", text.replace("telefon:", "telefon: 47 111 22 34 #", 1), digest(case.read_bytes()))
    assert "tylko do odczytu" in str(refused.value) and HISTORY not in str(refused.value), refused.value
    if existing or history.exists():  # refused before any history copy is made (rev-files13 9): nothing to narrow
        assert history.stat().st_mode & 0o700 == 0o700, oct(history.stat().st_mode)  # 0555 refused every later save
    if existing:
        assert history.stat().st_mode & 0o777 == 0o755, oct(history.stat().st_mode)


# --- 11: a password-protected document is told so by `pdf` as by `import` ------------------------------------------

def test_pdf_of_a_password_protected_document_says_so(tmp_path):
    """Finding 11 of rev-sys4: `pismo pdf szyfr.docx` said „plik jest uszkodzony albo to nie jest dokument Word”."""
    protected = tmp_path / "szyfr.docx"  # Word's encrypted .docx: an OLE container with an EncryptedPackage stream
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
                          + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(2000))
    pdf = _run("pdf", protected)
    imported = _run("import", protected, "-o", tmp_path / "x.yaml")
    for result in (pdf, imported):
        assert "zabezpieczony hasłem" in result.output and "uszkodzony" not in result.output, result.output
        assert result.exit_code != 0


# --- 1: a data-segment limit of the session is read as the address-space one is -------------------------------------

@posix_only
def test_an_abort_under_a_low_data_limit_names_it(monkeypatch):
    """Finding 1 of rev-sys4: under `ulimit -d 150000` LibreOffice's abort was „uległ awarii (sygnał 6)” with the
    damaged-document advice; only the address-space limit (-v) was read."""
    import resource
    import signal

    from pismo.files import pdf_reasons

    real = resource.getrlimit
    monkeypatch.setattr(resource, "getrlimit", lambda which: (150_000 * 1024, resource.RLIM_INFINITY)
                        if which == resource.RLIMIT_DATA else
                        (resource.RLIM_INFINITY, resource.RLIM_INFINITY) if which == resource.RLIMIT_AS
                        else real(which))
    assert "ulimit -d 150000" in pdf_reasons.session_limit(signal.SIGABRT, memory=False)
