"""rev-pdf1 (the first PDF review of issue 17): a LibreOffice that hangs at start, previews of many documents."""

from __future__ import annotations

import os
import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from pismo.files import converter as conv
from pismo.files.soffice import PdfError

UNO = conv.uno_python(shutil.which("soffice") or "/usr/bin/soffice") if shutil.which("soffice") else None
needs_uno = pytest.mark.skipif(not (UNO and os.name == "posix"), reason="brak LibreOffice z Pythonem UNO")


def fake(tmp_path: Path, body: str) -> str:
    """A fake soffice program (a shell script) – the converter's bridge starts it as LibreOffice."""
    path = tmp_path / "soffice"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


@pytest.fixture
def hanging(tmp_path, monkeypatch):
    """A converter whose LibreOffice never opens its pipe, with a start allowance of 2 s."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(conv, "START_SECONDS", 2.0)
    monkeypatch.setattr(conv, "STARTING_WAIT", 0.5)
    converter = conv.Converter(fake(tmp_path, "exec sleep 60"))
    yield converter
    converter.close()


@needs_uno
def test_a_hanging_start_is_bounded_and_then_told_at_once_not_retried_by_every_request(hanging):
    began = time.monotonic()
    with pytest.raises(PdfError) as first:
        hanging.start()
    assert time.monotonic() - began < 6
    assert "nie uruchomił się" in str(first.value)
    began = time.monotonic()
    with pytest.raises(PdfError) as again:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 1  # remembered, not 2 × the allowance per request
    assert "nie uruchomił się" in str(again.value) and "kolejna próba uruchomienia za" in str(again.value)


@needs_uno
def test_a_request_during_the_start_says_libreoffice_is_starting_not_busy(hanging):
    starting = threading.Thread(target=lambda: pytest.raises(PdfError, hanging.start))
    starting.start()
    time.sleep(0.3)
    began = time.monotonic()
    with pytest.raises(PdfError) as waiting:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 1.5  # the short wait for a start, not the document's 30 s
    assert "jeszcze się uruchamia" in str(waiting.value) and "zajęty" not in str(waiting.value)
    starting.join()


def _docx() -> bytes:
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return data.getvalue()
