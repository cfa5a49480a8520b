"""Findings of the twelfth PDF review (rev-pdf12) in the web's cold converter (no UNO): requests waiting for a start
that hung each repeated it in full; close() left the conversion under way running and let a waiting request start
LibreOffice after it."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from pismo.files import converter, pdf
from pismo.files.soffice import PdfError

from helpers import soffice_script
from test_pdf_rev_pdf7 import _package


def _cold(tmp_path: Path, body: str) -> tuple[converter.Converter, Path]:
    """A cold converter over a stand-in LibreOffice logging each start's process id, then running `body`."""
    log = tmp_path / "starts.log"
    made = converter.Converter(soffice="soffice")
    made._soffice = soffice_script(tmp_path, f'echo $$ >> "{log}"\n{body}')
    made._python = None
    return made, log


def _request(made: converter.Converter, tmp_path: Path, name: str, got: dict) -> threading.Thread:
    """A request converting a sound document in a thread; what it got (the error, or "PDF") and when, in `got`."""
    source = _package(tmp_path / f"{name}.docx", relationships="")

    def run() -> None:
        try:
            made.convert_file(source, tmp_path / f"{name}-out.pdf", 1.0)
            got[name] = ("PDF", time.monotonic())
        except PdfError as exc:
            got[name] = (exc, time.monotonic())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _starts(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()] if log.exists() else []


def test_requests_waiting_for_a_hung_cold_start_share_its_outcome(tmp_path, monkeypatch):
    """Finding 2: LibreOffice hung at its start; a second request waited for the first's whole hang, then started
    LibreOffice itself and waited out its own – 241 s for two with the shipped allowances."""
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 2.0)
    made, log = _cold(tmp_path, "exec sleep 60")
    got: dict = {}
    began = time.monotonic()
    first = _request(made, tmp_path, "a", got)
    while not made._held_since:
        time.sleep(0.05)
    second = _request(made, tmp_path, "b", got)
    first.join(60)
    second.join(60)
    assert len(_starts(log)) == 1, log.read_text()
    for name in ("a", "b"):
        said = str(got[name][0])
        assert "nie uruchomił się albo przestał odpowiadać" in said and "błąd programu LibreOffice" in said, said
    assert got["b"][1] - got["a"][1] < 2, got  # told with the first, not after a hang of its own
    assert isinstance(got["b"][0], converter.NotStarted) and "kolejna próba uruchomienia możliwa" in str(got["b"][0])
    assert got["b"][1] - began < 10, got


def test_a_cold_conversion_that_works_clears_an_old_start_failure(tmp_path):
    """A start failure is told only while it is the last word: once a cold conversion works, later requests (after
    the wait told) are not told it again."""
    from helpers import copying_soffice

    made, log = _cold(tmp_path, "")
    made._soffice = copying_soffice(tmp_path)
    made._failed_start = (time.monotonic() - 1000, "dawny", 1)
    made.convert_file(_package(tmp_path / "a.docx", relationships=""), tmp_path / "a-out.pdf", 5.0)
    assert (tmp_path / "a-out.pdf").exists() and made._failed_start is None


def test_close_ends_the_cold_conversion_and_no_waiting_request_starts_libreoffice(tmp_path, monkeypatch):
    """Finding 7: close() during a cold conversion waited 5 s and returned with LibreOffice running (a PDF came 28 s
    later), and the request waiting for the converter started a new LibreOffice after close()."""
    made, log = _cold(tmp_path, "exec sleep 60")
    got: dict = {}
    first = _request(made, tmp_path, "a", got)
    while not _starts(log):
        time.sleep(0.05)
    second = _request(made, tmp_path, "b", got)
    time.sleep(0.5)
    began = time.monotonic()
    made.close()
    assert time.monotonic() - began < 3
    first.join(10)
    second.join(10)
    assert all(str(got[name][0]) == "przerwano" for name in ("a", "b")), got
    time.sleep(1)
    starts = _starts(log)
    assert len(starts) == 1, starts
    with pytest.raises(ProcessLookupError):
        os.kill(starts[0], 0)
