"""rev-pdf2 (the second PDF review of issue 17): stopping the server at any point, a LibreOffice that hangs
at start met by the web preview."""

from __future__ import annotations

import queue
import re
import subprocess
import threading
import time

import pytest

from pismo.files import converter as conv
from pismo.files.soffice import PdfError, start

from helpers import soffice_script
from test_pdf_rev_pdf1 import UNO, _docx, hanging, needs_uno  # noqa: F401 – hanging is a fixture


def _in_thread(call) -> tuple[threading.Thread, list[Exception]]:
    errors: list[Exception] = []

    def run() -> None:
        try:
            call()
        except PdfError as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, errors


# --- findings 1 and 10: close() while a start or a conversion is under way ----------------------------------

@needs_uno
def test_closing_while_the_start_still_looks_for_libreoffices_python_ends_at_once(tmp_path, monkeypatch):
    """Finding 1: close() during the probe for LibreOffice's Python (before `_starting_since` is set) waited on
    the start's lock and the start went on with both tries of a hanging LibreOffice (90 s)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(conv, "START_SECONDS", 30.0)
    probing = threading.Event()

    def slow_probe(soffice: str) -> str:
        probing.set()
        time.sleep(1.0)
        return UNO

    monkeypatch.setattr(conv, "uno_python", slow_probe)
    converter = conv.Converter(soffice_script(tmp_path, "exec sleep 120", "soffice"))
    starting, errors = _in_thread(converter.start)
    assert probing.wait(10)
    began = time.monotonic()
    converter.close()
    starting.join(timeout=5)
    assert time.monotonic() - began < 5, "close() waited for the start"
    assert not starting.is_alive() and errors and "przerwano" in str(errors[0])
    assert converter._bridge is None


class _Stuck:
    """A bridge that never answers (LibreOffice stuck in a document): a sleeping process in its own group."""

    def __init__(self, converter: conv.Converter) -> None:
        self.converter = converter

    def __call__(self, timeout: float) -> None:
        bridge = start(["sleep", "120"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.converter._bridge = self.converter._state["bridge"] = bridge
        self.converter._replies = queue.Queue()
        threading.Thread(target=conv._read_replies, args=(bridge.stdout, self.converter._replies),
                         daemon=True).start()


@needs_uno
def test_closing_while_libreoffice_is_stuck_in_a_document_ends_at_once(tmp_path, monkeypatch):
    """Finding 10: close() waited for the document's whole allowance (30 s and more) under the lock the
    conversion holds."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(conv, "uno_python", lambda soffice: UNO)
    converter = conv.Converter(soffice_script(tmp_path, "exec sleep 120", "soffice"))
    monkeypatch.setattr(converter, "_start_bridge", _Stuck(converter))
    converter.start()
    bridge = converter._bridge
    converting, errors = _in_thread(lambda: converter.to_pdf(_docx(), timeout=60))
    time.sleep(0.5)
    began = time.monotonic()
    converter.close()
    converting.join(timeout=5)
    assert time.monotonic() - began < 5, "close() waited for the document's allowance"
    assert not converting.is_alive() and errors
    assert bridge.poll() is not None


# --- finding 9: the web preview and a LibreOffice that hangs at start ---------------------------------------

@needs_uno
def test_after_a_failed_start_a_request_never_waits_for_the_next_start(hanging, monkeypatch):
    """Finding 9: once the minute of „kolejna próba za …” was over, the next preview started LibreOffice again
    inside the request and waited the whole start (90 s); now that start runs in the background, the request
    is told at once, and the wait before the next try grows with failures in a row."""
    monkeypatch.setattr(conv, "RETRY_START_AFTER", (0.5, 300.0, 900.0))
    with pytest.raises(PdfError):
        hanging.start()
    time.sleep(0.6)
    began = time.monotonic()
    with pytest.raises(PdfError) as told:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 1, "the request waited for the start"
    assert "uruchamia się ponownie" in str(told.value), told.value
    began = time.monotonic()
    with pytest.raises(PdfError) as meanwhile:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 1 and "uruchamia" in str(meanwhile.value), meanwhile.value
    deadline = time.monotonic() + 10
    while hanging._failed_start[2] < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    began = time.monotonic()
    with pytest.raises(PdfError) as later:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 1
    assert re.search(r"kolejna próba uruchomienia możliwa za (29\d|300) s", str(later.value)), later.value
