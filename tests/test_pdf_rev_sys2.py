"""rev-sys2 (the second system-messages review of issue 17): stopping the server while LibreOffice starts."""

from __future__ import annotations

import threading
import time

import pytest

from pismo.files import converter as conv
from pismo.files.soffice import PdfError

from helpers import soffice_script
from test_pdf_rev_pdf1 import needs_uno


@needs_uno
def test_closing_while_libreoffice_starts_ends_the_start_at_once(tmp_path, monkeypatch):
    """Finding 16: Ctrl+C of `pismo serwer` while its LibreOffice was starting did nothing for up to 90 s –
    close() waited for the start's allowance under the lock the start holds."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(conv, "START_SECONDS", 60.0)
    converter = conv.Converter(soffice_script(tmp_path, "exec sleep 120", "soffice"))
    errors: list[Exception] = []

    def start() -> None:
        try:
            converter.start()
        except PdfError as exc:
            errors.append(exc)

    starting = threading.Thread(target=start, daemon=True)
    starting.start()
    deadline = time.monotonic() + 10
    while converter._starting_since is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    began = time.monotonic()
    converter.close()
    assert time.monotonic() - began < 10, "close() waited for the start's allowance"
    starting.join(timeout=10)
    assert not starting.is_alive() and errors and "przerwano" in str(errors[0])
