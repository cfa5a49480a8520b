"""rev-pdf1 (the first PDF review of issue 17), second part: PDFs older than their documents, a full
temporary disk in the web path, LibreOffice outliving a killed server."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA, MINIMAL_PDF, copying_soffice
from pismo.cli.main import main

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")


def edit_in_word(document: Path) -> None:
    """The officer corrects the document in Word: its text changes, the file is a sound .docx."""
    with zipfile.ZipFile(document) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace("Łęcznej".encode(), "Łęcznej (poprawione)".encode(), 1)
    with zipfile.ZipFile(document, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


# --- finding 12: a PDF older than the officer's edit of its document --------------------------------------

@posix_only
def test_a_pdf_made_before_the_document_was_edited_in_word_is_named_with_the_command_renewing_it(tmp_path):
    soffice = copying_soffice(tmp_path)
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "--pdf", "--soffice", soffice])
    assert first.exit_code == 0, first.output
    plan = next(out.rglob("plan.docx"))
    edit_in_word(plan)
    refused = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "--pdf", "--soffice", soffice])
    assert refused.exit_code == 1, refused.output
    flat = " ".join(refused.output.split())
    assert f"{plan.with_suffix('.pdf')} powstał z wcześniejszej wersji {plan.name}" in flat, refused.output
    assert f"pismo pdf {plan}" in flat, refused.output
    other = CliRunner().invoke(main, ["wniosek", str(LECZNA), "-o", str(out), "--pdf", "--soffice", soffice])
    assert other.exit_code == 0, other.output
    flat = " ".join(other.output.split())
    assert str(plan.with_suffix(".pdf")) in flat and f"pismo pdf {plan}" in flat, other.output
    assert "wniosek.pdf" not in flat.split("Uwaga")[-1], other.output  # the PDF just made is no older one
    renewed = CliRunner().invoke(main, ["pdf", str(plan), "--soffice", soffice])
    assert renewed.exit_code == 0, renewed.output
    after = CliRunner().invoke(main, ["wniosek", str(LECZNA), "-o", str(out)])
    assert after.exit_code == 0 and "wcześniejszej wersji" not in after.output, after.output


@posix_only
def test_an_unchanged_folder_names_no_older_pdf(tmp_path):
    soffice = copying_soffice(tmp_path)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "--pdf", "--soffice", soffice]).exit_code == 0
    again = CliRunner().invoke(main, ["wniosek", str(LECZNA), "-o", str(out)])
    assert again.exit_code == 0 and "wcześniejszej wersji" not in again.output, again.output


# --- finding 9: a full temporary disk in the web path -------------------------------------------------------

SPACE_ERROR = ("SfxBaseModel::impl_store <file:///tmp/pismo-lo-szhy6_qe/9fbeeb3f3cc2.pdf> failed: 0x909(Error "
               "Area:Io Class:Space Code:9) at ./sfx2/source/doc/sfxbasemodel.cxx:3207")


class _Bridge:
    """The bridge process as the converter writes to it (the reply comes through the queue)."""

    class stdin:
        write = flush = staticmethod(lambda *a: None)


@pytest.mark.parametrize("free", [24 * 1024, 10 * 2**30])
def test_the_warm_converter_tells_a_full_temporary_disk_not_libreoffices_internals(tmp_path, monkeypatch, free):
    import queue

    from pismo.files import converter as conv
    from pismo.files import pdf
    from pismo.files.soffice import PdfError

    monkeypatch.setattr(pdf, "_free_bytes", lambda folder: free)
    converter = conv.Converter("soffice")
    converter._soffice, converter._python, converter._bridge = "soffice", "python3", _Bridge()
    converter._replies = queue.Queue()
    converter._replies.put({"ok": False, "why": "uno", "message": SPACE_ERROR})
    with pytest.raises(PdfError) as failed:
        converter._convert(tmp_path / "a.docx", tmp_path / "a.pdf", 1.0)
    said = str(failed.value)
    assert said.startswith("brak miejsca na dysku w folderze tymczasowym"), said
    assert "Sfx" not in said and "uszkodzon" not in said and "zwolnij miejsce" in said


@pytest.fixture
def zip_web(tmp_path, monkeypatch):
    from pismo.web import core
    from web_server import start

    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", lambda docx: MINIMAL_PDF)
    running = start(tmp_path)
    yield running
    running.stop()


def test_the_pdf_zip_job_on_a_full_temporary_disk_says_so_not_to_correct_the_case(zip_web, monkeypatch):
    import json
    import time

    from pismo import api
    from pismo.errors import OutputFailed
    from pismo.files import pdf

    def full(*args, **kwargs):
        raise OutputFailed("/tmp/pismo-web-7fjtqzae/w/zaproszenie.docx: nie można zapisać (brak miejsca na dysku) – "
                           "nie zapisano żadnego z plików (12); zwolnij miejsce albo podaj inny folder wyjściowy (-o)")
    monkeypatch.setattr(api, "generate", full)
    monkeypatch.setattr(pdf, "_free_bytes", lambda folder: 24 * 1024)
    status, headers, _ = zip_web.post(f"/sprawy/{LECZNA.stem}/pdf", {"csrf": zip_web.csrf})
    assert status == 303
    for _ in range(200):
        state = json.loads(zip_web.get(headers["Location"] + "/stan")[2])
        if state["stan"] != "pracuje":
            break
        time.sleep(0.05)
    said = state["tekst"]
    assert state["stan"] == "blad" and said.startswith("Nie udało się: brak miejsca na dysku w folderze tymczasowym"), said
    assert "popraw" not in said and "(-o)" not in said and "pismo-web-" not in said, said


def test_page_images_on_a_full_temporary_disk_say_so(monkeypatch):
    import errno

    from pismo.files import pdf
    from pismo.web import core, preview

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(preview.tempfile, "TemporaryDirectory", full)
    monkeypatch.setattr(pdf, "_free_bytes", lambda folder: 24 * 1024)
    with pytest.raises(core.NoPdf) as failed:
        preview.page_images(MINIMAL_PDF)
    assert str(failed.value).startswith("brak miejsca na dysku w folderze tymczasowym"), failed.value
