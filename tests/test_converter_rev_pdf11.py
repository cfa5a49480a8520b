"""Findings of the eleventh PDF review (rev-pdf11) in the web's converter: a second request while the cold converter
converts, and the cold converter's hang at start in the browser's words."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from pismo.files import converter, pdf
from pismo.files.soffice import PdfError


def _cold(tmp_path: Path, hold: float) -> converter.Converter:
    """A cold converter (no UNO) whose every conversion takes `hold` seconds and writes a PDF."""
    made = converter.Converter(soffice="soffice")
    made._soffice, made._python = "soffice", None

    def convert(source, target, limit):
        time.sleep(hold)
        Path(target).write_bytes(b"%PDF")

    made._convert = convert
    return made


def test_a_second_request_waits_for_the_cold_conversion_under_way(tmp_path):
    """Finding 9: the cold converter held the converter for its start and document (41 s), a second request waited
    its own 30 s and was told „LibreOffice jeszcze się uruchamia (od 0,0 s)”."""
    made = _cold(tmp_path, 6)
    first = threading.Thread(target=made.convert_file, args=(tmp_path / "a.docx", tmp_path / "a.pdf", 1))
    first.start()
    while made._held_since is None:
        time.sleep(0.05)
    made.convert_file(tmp_path / "b.docx", tmp_path / "b.pdf", 1)  # its own 1 s: the first may take far longer
    first.join()
    assert (tmp_path / "b.pdf").exists()


def test_a_busy_converter_is_told_busy_not_starting(tmp_path, monkeypatch):
    """Finding 9: a request that could not have the converter was told it „jeszcze się uruchamia (od 0,0 s)”."""
    made = _cold(tmp_path, 6)
    monkeypatch.setattr(made, "_most", lambda limit: 0.0)
    monkeypatch.setattr(converter, "HOLD_MARGIN", 0.0)
    first = threading.Thread(target=made.convert_file, args=(tmp_path / "a.docx", tmp_path / "a.pdf", 1))
    first.start()
    while made._held_since is None:
        time.sleep(0.05)
    with pytest.raises(converter.NotStarted) as told:
        made.convert_file(tmp_path / "b.docx", tmp_path / "b.pdf", 0.5)
    first.join()
    said = str(told.value)
    assert told.value.soon and "zamienia teraz na PDF inny dokument (trwa już" in said, said
    assert "uruchamia" not in said, said


def test_the_cold_converters_hang_at_start_is_the_programs_in_the_browser(tmp_path, monkeypatch):
    """Finding 5: LibreOffice hanging at start in the web's cold converter: pismo's own document was told „może być
    uszkodzony: otwórz go w Wordzie … uruchom zamianę ponownie” and „zamień na PDF inny dokument”."""
    hung = pdf._lone(f"{pdf.HUNG_AT_START} – przekroczono limit czasu (120 s od uruchomienia bez żadnej oznaki pracy), "
                     "więc został zatrzymany", 1)

    def convert(*args, **options):
        error = PdfError("nie udało się zamienić na PDF 1 z 1 pliku")
        error.reasons = [hung]
        raise error

    monkeypatch.setattr(pdf, "convert", convert)
    made = converter.Converter(soffice="soffice")
    made._soffice = "soffice"
    with pytest.raises(PdfError) as told:
        made._convert_cold(tmp_path / "a.docx", tmp_path / "a.pdf", 30)
    said = str(told.value)
    assert said.startswith(f"{pdf.HUNG_AT_START} – przekroczono limit czasu (120 s"), said
    assert "błąd programu LibreOffice" in said, said
    for cli in ("uszkodz", "Wordzie", "uruchom zamianę", "inny dokument"):
        assert cli not in said, said
