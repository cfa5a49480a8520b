"""rev-pdf1 (the first PDF review of issue 17), second part: PDFs older than their documents, a full
temporary disk in the web path, LibreOffice outliving a killed server."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA, MINIMAL_PDF
from pismo.cli.main import main

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")


def copying_soffice(tmp_path: Path) -> str:
    """A fake soffice writing a small PDF for every document into --outdir."""
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    script = tmp_path / "copying-soffice"
    script.write_text(f'#!/bin/sh\nout=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                      f'prev="$a"; done\nmkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) cp "{minimal}" '
                      f'"$out/$(basename "$a" .docx).pdf";; esac; done\n')
    script.chmod(0o755)
    return str(script)


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
