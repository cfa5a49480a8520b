"""What pismo tells the officer when the system stands in LibreOffice's way: the open findings of the third
system-messages review (rev-sys3) of issue 17, and the smaller ones of the second (rev-sys2)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import LECZNA, copying_soffice, soffice_script
from test_messages_rev_sys2b import plan_docx  # noqa: F401 - the fixture: one plan.docx for the module

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
DAMAGE = "uszkodzon"  # „dokument może być uszkodzony”, „sprawdź, czy nie są uszkodzone”
SRC = Path(__file__).resolve().parents[1] / "src"


def _pismo(*args, files: tuple[int, int] | None = None, cwd: Path) -> tuple[int, str, float]:
    """pismo run as the officer runs it, under an open-files limit (soft, hard) as `ulimit -n` sets it."""
    def limited():
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, files)

    env = dict(os.environ, PYTHONPATH=str(SRC))
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pismo", *map(str, args)], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, preexec_fn=limited if files else None)
    return done.returncode, " ".join((done.stdout + done.stderr).split()), time.monotonic() - began


# --- 3: a low open-files limit is told at once, as the session's ---------------------------------------------------

@posix_only
def test_an_open_files_limit_too_low_for_libreoffice_is_told_before_it_starts(plan_docx, tmp_path):
    """Finding 3 of rev-sys3: under `ulimit -n 12`/`16` LibreOffice hung 222 s for one 7 kB document, then
    „przestał odpowiadać” + the damaged-.docx advice. The limit is told at once and LibreOffice is not started."""
    started = tmp_path / "started"
    converting = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'touch "{started}"\nexec "{converting}" "$@"', "soffice")
    document = tmp_path / "plan.docx"
    document.write_bytes(plan_docx.read_bytes())
    code, said, took = _pismo("pdf", document, "--soffice", soffice, files=(16, 16), cwd=tmp_path)
    assert code != 0 and "ulimit -n 16" in said and "limit otwartych plików" in said, said
    assert DAMAGE not in said and "--soffice" not in said and "przestał odpowiadać" not in said, said
    assert not started.exists() and not document.with_suffix(".pdf").exists() and took < 60, said


@posix_only
def test_a_low_soft_open_files_limit_is_raised_to_the_hard_one_for_libreoffice(plan_docx, tmp_path):
    """Finding 3 of rev-sys3: a soft limit below what LibreOffice needs, with room under the hard one, is raised –
    any process may – so the PDF is made."""
    seen = tmp_path / "seen"
    converting = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'ulimit -n > "{seen}"\nexec "{converting}" "$@"', "soffice")
    document = tmp_path / "plan.docx"
    document.write_bytes(plan_docx.read_bytes())
    code, said, _ = _pismo("pdf", document, "--soffice", soffice, files=(16, 4096), cwd=tmp_path)
    assert code == 0 and document.with_suffix(".pdf").exists(), said
    assert int(seen.read_text()) >= 20, seen.read_text()


@posix_only
def test_a_libreoffice_hanging_under_a_low_open_files_limit_is_told_by_the_limit(plan_docx, tmp_path,
                                                                                monkeypatch):
    """Finding 3 of rev-sys3: a stall under a low open-files limit (one LibreOffice can start under) is the limit's,
    not „przestał odpowiadać” with the damaged-.docx advice."""
    import resource

    from click.testing import CliRunner

    from pismo.cli.main import main
    from pismo.files import pdf

    real = resource.getrlimit
    monkeypatch.setattr(resource, "getrlimit", lambda which: (24, 24) if which == resource.RLIMIT_NOFILE
                        else real(which))
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 0.5)
    document = tmp_path / "plan.docx"
    document.write_bytes(plan_docx.read_bytes())
    result = CliRunner().invoke(main, ["pdf", str(document), "--soffice", soffice_script(tmp_path, "sleep 30",
                                                                                          "soffice")])
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "limit otwartych plików (ulimit -n 24)" in said, said
    assert DAMAGE not in said, said


def test_too_many_open_files_names_the_sessions_limit_not_pismos_own_module(tmp_path):
    """Finding 3 of rev-sys3: `wszystko -j 3` under `ulimit -n 16` said „…/pismo/files/casefile.py: otwarto zbyt
    wiele plików naraz – sprawdź ścieżkę” (a lazy import of a worker failed) – pismo's own file is no path of the
    officer's, and the limit is the cause."""
    import errno

    import pismo
    from pismo.errors import from_os_error

    own = Path(pismo.__file__).with_name("files") / "casefile.py"
    said = str(from_os_error(OSError(errno.EMFILE, "Too many open files", str(own))))
    assert str(own) not in said and "casefile.py" not in said and "sprawdź ścieżkę" not in said, said
    assert "ulimit -n" in said, said
    other = str(from_os_error(OSError(errno.ENOENT, "No such file", str(own))))
    assert "casefile.py" not in other, other


def test_libreoffice_that_cannot_start_for_the_systems_limit_is_not_sent_to_check_soffice():
    """Finding 3 of rev-sys3: `ulimit -n 8` – „nie można uruchomić programu LibreOffice /usr/bin/soffice (otwarto
    zbyt wiele plików naraz) – sprawdź program podany w --soffice albo w zmiennej PISMO_SOFFICE”; none was given."""
    import errno

    from pismo.files.pdf import _not_started

    said = _not_started("/usr/bin/soffice", OSError(errno.EMFILE, ""))
    assert "--soffice" not in said and "PISMO_SOFFICE" not in said and "ulimit -n" in said, said


@posix_only
def test_the_web_preview_tells_the_open_files_limit_at_once(tmp_path, monkeypatch):
    """Finding 3 of rev-sys3 in the web preview: the warm converter's start hung the same way; told at once."""
    import resource

    from pismo.files.converter import Converter
    from pismo.files.soffice import PdfError

    real = resource.getrlimit
    monkeypatch.setattr(resource, "getrlimit", lambda which: (16, 16) if which == resource.RLIMIT_NOFILE
                        else real(which))
    converter = Converter(soffice_script(tmp_path, "sleep 30", "soffice"))
    began = time.monotonic()
    with pytest.raises(PdfError) as raised:
        converter.start()
    converter.close()
    assert "ulimit -n 16" in str(raised.value) and time.monotonic() - began < 20, raised.value


# --- 10: the web preview's reasons are pdf_reasons' -----------------------------------------------------------------

@posix_only
def test_the_web_preview_names_the_memory_limit_the_cli_names(tmp_path, monkeypatch):
    """Finding 10 of rev-sys3: under `ulimit -v 400000` the preview said of pismo's own sound plan „LibreOffice nie
    zamienił dokumentu na PDF (dokument może być uszkodzony) (LibreOffice nie otworzył dokumentu)”; the CLI named
    the limit for the same case. One place (pdf_reasons) decides it for both."""
    import resource

    from pismo.files import converter, pdf_reasons

    real = resource.getrlimit
    monkeypatch.setattr(resource, "getrlimit", lambda which: (400_000 * 1024, resource.RLIM_INFINITY)
                        if which == resource.RLIMIT_AS else real(which))
    said = converter._refused({"ok": False, "why": "not_loaded"}, tmp_path / "x.pdf")
    assert "ulimit -v 400000" in said and DAMAGE not in said and "administratora" in said, said
    assert said.startswith(pdf_reasons.unloaded()), said
    monkeypatch.setattr(resource, "getrlimit", real)
    if pdf_reasons.session_limit():
        pytest.skip("this session has a memory limit of its own")
    plain = converter._refused({"ok": False, "why": "not_loaded"}, tmp_path / "x.pdf")
    assert plain.startswith(pdf_reasons.NO_PDF) and "nie otworzył dokumentu" in plain and DAMAGE in plain, plain


# --- rev-sys2 10: the words the officer types first for help and version get a hint --------------------------------

@pytest.mark.parametrize("args, hint", [(["pomoc"], "--help"), (["help"], "--help"), (["--pomoc"], "--help"),
                                        (["plan", "--pomoc"], "--help"), (["--wersja"], "--version"),
                                        (["wersja"], "--version")])
def test_help_and_version_in_polish_words_get_a_hint(args, hint):
    """Finding 10 of rev-sys2: `pismo pomoc`, `help`, `--pomoc`, `--wersja` were „Nie ma polecenia/opcji …” alone."""
    from click.testing import CliRunner

    from pismo.cli.main import main

    result = CliRunner().invoke(main, args)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and f"Czy chodziło o „{hint}”?" in said, said
