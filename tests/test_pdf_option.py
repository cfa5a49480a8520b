"""--pdf on the generating commands: a PDF beside every document, or a clear message."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD, copying_soffice, soffice_script
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


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
@pytest.mark.parametrize("command", [["wszystko", str(LECZNA), str(WRZOSOGROD)], ["plan", str(LECZNA)]])
def test_documents_written_but_pdfs_failed_is_a_code_of_its_own(tmp_path, command):
    """Exit 1 says nothing was made, yet the documents were written and only the PDFs failed (fifth files
    review, finding 5): a script took it for a run that made nothing."""
    failing = tmp_path / "fake-soffice"
    failing.write_text("#!/bin/sh\nexit 1\n")
    failing.chmod(0o755)
    result = CliRunner().invoke(main, [*command, "-o", str(tmp_path / "out"), "--pdf", "--soffice", str(failing)])
    assert result.exit_code == 5, result.output
    assert "nie udało się zamienić na PDF" in result.output, result.output
    assert list((tmp_path / "out").rglob("plan.docx")) and not list((tmp_path / "out").rglob("*.pdf"))


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
@pytest.mark.parametrize("kind", ["wszystko", "plan"])
def test_a_pdf_of_the_previous_version_beside_a_new_document_is_named(tmp_path, kind):
    """A re-run whose PDF step failed (or was interrupted, or not asked for) left the PDFs of the previous
    version beside the new documents, unmentioned: a plan of 8 September beside its PDF of 1 September
    (fifth files review, finding 7). The case is changed in between: a PDF of the very document is no
    previous version (sixth files review, finding 4)."""
    case = tmp_path / LECZNA.name
    shutil.copy(LECZNA, case)
    command = [kind, str(case)]

    copying = copying_soffice(tmp_path)
    failing = soffice_script(tmp_path, "exit 1", "failing-soffice")
    out = tmp_path / "out"
    first = CliRunner().invoke(main, [*command, "-o", str(out), "--pdf", "--soffice", str(copying)])
    assert first.exit_code == 0, first.output
    plan_pdf = next(out.rglob("plan.pdf"))
    assert "poprzedniej wersji" not in first.output
    case.write_text(case.read_text(encoding="utf-8").replace("Łęcznej", "Łęcznej "), encoding="utf-8")
    for extra in (["--pdf", "--soffice", str(failing)], []):
        again = CliRunner().invoke(main, [*command, "-o", str(out), *extra])
        assert "PDF z poprzedniej wersji dokument" in again.output, again.output
        assert str(plan_pdf.parent) in again.output and "pismo pdf" in again.output
    fresh = CliRunner().invoke(main, [*command, "-o", str(out), "--pdf", "--soffice", str(copying)])
    assert fresh.exit_code == 0 and "poprzedniej wersji" not in fresh.output, fresh.output


def test_many_pdfs_of_the_previous_version_are_counted_not_listed(tmp_path):
    """A case of hundreds of documents: the note named every old PDF in one line."""
    import hashlib
    from pathlib import Path

    from pismo import api
    from pismo.files import output

    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "manifest.json").write_text('{"sprawa": "s", "dokumenty": []}')
    documents = [folder / f"zaproszenie-{n}.docx" for n in range(23)]
    for document in documents:
        document.with_suffix(".pdf").write_bytes(b"%PDF")
    output.add_to_record({d.with_suffix(".pdf"): (hashlib.sha256(b"%PDF").hexdigest(), 4) for d in documents[:-1]},
                         "pdf")  # pismo's PDFs; the last is the officer's own: not of a previous version
    result = api.Result(Path("s.yaml"), [api.WrittenFile(d, "zaproszenie") for d in documents])
    api._note_stale_pdfs(result, made=[documents[0].with_suffix(".pdf")])
    assert result.notes == [f"Uwaga: pliki PDF z poprzedniej wersji dokumentów – mogą się od nich różnić: 21 plików w "
                            f"{folder}; aby je odnowić, uruchom „pismo pdf {folder}”."]


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_the_pdfs_made_before_a_pdf_failure_are_listed(tmp_path):
    """'nie udało się zamienić na PDF 1 z 9 plików (utworzono 8)' said how many PDFs were made, not which."""
    all_but_plan = copying_soffice(tmp_path, "soffice", failing="*plan.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "--pdf", "--soffice",
                                       str(all_but_plan)])
    assert result.exit_code == 5, result.output
    made = sorted(out.rglob("*.pdf"))
    assert made and not list(out.rglob("plan.pdf"))
    assert f"Zapisano pliki PDF ({len(made)}):" in result.output, result.output
    assert all(f"  {p}\n" in result.output for p in made), result.output
