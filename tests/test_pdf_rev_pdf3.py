"""The third PDF review (rev-pdf3) of issue 17: LibreOffice's time allowances and the reasons a PDF is missing."""

from __future__ import annotations

import time
from pathlib import Path

from helpers import copying_soffice, soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf


def _plan(tmp_path):
    """One small document of pismo's, written without a PDF."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    return out / "h" / "plan.docx"


def _small_allowances(monkeypatch, start: float = 2.0, document: float = 0.5) -> None:
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", start)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", document)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.3)


def test_a_slow_start_within_the_start_allowance_converts(tmp_path, monkeypatch):
    """Finding 1: a cold start slower than half the start allowance (56–110 s of 110 s) was killed at 55 s in
    each try and the officer told to reinstall a working LibreOffice."""
    _small_allowances(monkeypatch)
    docx = _plan(tmp_path)
    copying = copying_soffice(tmp_path)
    slow = soffice_script(tmp_path, f'sleep 1.6\nexec "{copying}" "$@"', "slow-soffice")
    result = run("pdf", docx, "--soffice", slow)
    assert result.exit_code == 0, result.output
    assert pdf.pdf_pages(docx.with_suffix(".pdf")) == 1


def test_a_start_that_hangs_is_paid_once_and_not_tried_again(tmp_path, monkeypatch):
    """Finding 1 (the original rev-pdf2 #6): a LibreOffice hanging at start is waited for one start allowance, not
    once per try; it is the program's fault."""
    _small_allowances(monkeypatch, start=1.0)
    docx = _plan(tmp_path)
    calls = tmp_path / "calls"
    hanging = soffice_script(tmp_path, f'echo x >> "{calls}"\nexec sleep 60', "hanging-soffice")
    began = time.monotonic()
    result = run("pdf", docx, "--soffice", hanging)
    took = time.monotonic() - began
    assert result.exit_code != 0, result.output
    assert calls.read_text().count("x") == 1, result.output
    assert took < 3.5, took
    said = " ".join(result.output.split())
    assert "uruchamia się ręcznie" in said and "uszkodzone" not in said, said


def test_a_long_document_libreoffice_started_on_is_not_blamed_on_the_program(tmp_path, monkeypatch):
    """Finding 4: LibreOffice printed its „convert …” line (it started and loaded the document) and was then
    stopped: „nie uruchomił się … zainstaluj go ponownie” sent the officer to reinstall a working program."""
    _small_allowances(monkeypatch, start=1.0)
    docx = _plan(tmp_path)
    busy = soffice_script(tmp_path, 'for a in "$@"; do case "$a" in *.docx) '
                                    'echo "convert $a -> x.pdf using filter : writer_pdf_Export";; esac; done\n'
                                    'exec sleep 60', "busy-soffice")
    result = run("pdf", docx, "--soffice", busy)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert "nie uruchomił się" not in said and "uruchamia się ręcznie" not in said, said
    assert "przestał odpowiadać przy" in said and "uszkodzone" in said, said


def _document(size: int, text: int = 0) -> pdf._Document:
    return pdf._Document(Path("a"), Path("a"), Path("a"), size, text=text)


def test_the_allowance_fits_the_work_and_has_a_cap():
    """Finding 5: a hung LibreOffice with a 48 MB document of photos was waited for 2 × 1017 s (20 s per MB of
    zip), for a conversion of 9.5 s; a long text (26 MB of XML in a 96 KB zip) needs more than a short one."""
    run_ = pdf._Run("soffice", None, False)
    small, photos = _document(20_000, 50_000), _document(48_000_000, 100_000)
    long_text = _document(96_000, 26_000_000)
    assert pdf._allowance(run_, small, started=False) > pdf._allowance(run_, small, started=True)
    assert pdf._allowance(run_, photos, started=False) < 400
    assert pdf._allowance(run_, long_text, started=True) > 120
    assert pdf._allowance(run_, _document(10 ** 10, 10 ** 10), started=True) == pdf.DOCUMENT_CAP
