"""--pdf on the generating commands: a PDF beside every document, or a clear message."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo.cli.main import main

HAVE_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


@pytest.mark.skipif(not HAVE_SOFFICE and not os.environ.get("CI"), reason="brak LibreOffice")
def test_pdf_beside_every_document_of_a_batch_in_one_soffice_run(tmp_path, monkeypatch):
    import subprocess

    starts = []
    real_popen = subprocess.Popen

    def counting(command, *args, **kwargs):
        if "--convert-to" in command or any(str(part).endswith("uno_bridge.py") for part in command):
            starts.append(command)  # a LibreOffice started for conversion, directly or by the warm converter
        return real_popen(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", counting)
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), str(WRZOSOGROD), "-o", str(tmp_path), "--pdf", "-j", "1"])
    assert result.exit_code == 0, result.output
    documents = list(tmp_path.rglob("*.docx"))
    assert len(documents) > 20
    for document in documents:
        pdf = document.with_suffix(".pdf")
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), f"brak PDF: {pdf}"
    assert len(starts) == 1
    assert "PDF 24" in result.output
    assert not list(tmp_path.rglob(".pismo-pdf-*"))


def test_missing_libreoffice_keeps_the_documents_and_exits_3(tmp_path, monkeypatch):
    monkeypatch.setenv("PISMO_SOFFICE", str(tmp_path / "nie-ma-soffice"))
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", str(tmp_path), "--pdf"])
    assert result.exit_code == 3
    assert (tmp_path / "leczna-rejon-3-2025" / "plan.docx").exists()
    assert "nie utworzono PDF" in result.output and "LibreOffice" in result.output
