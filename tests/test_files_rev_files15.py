"""The fifteenth files review (rev-files15) of issue 17: names that are not UTF-8, the manifest's and PDFs'
permissions, the messages of read-only media and sticky folders."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest

from conftest import run
from helpers import LECZNA, copying_soffice

posix_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
LODZ = os.fsdecode(b"\xb3\xf3d\xbc")  # „łódź” in Windows-1250: a name from an old zip or a share without utf8


# --- findings 15–17: a name that is not UTF-8 ended in „nieoczekiwany błąd programu” ---------------------------------

@posix_names
def test_pdf_of_a_folder_holding_a_document_whose_name_is_not_utf8_records_every_pdf(tmp_path):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    shutil.copy(folder / "plan.docx", folder / f"0-archiwum-{LODZ}.docx")
    result = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    assert "nieoczekiwany" not in result.output
    names = {entry["plik"] for entry in json.loads((folder / "manifest.json").read_bytes())["dokumenty"]}
    assert {f"0-archiwum-{LODZ}.pdf", "plan.pdf"} <= names  # the very name, read back as the file system gives it
    again = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert again.exit_code == 0 and "użyj --nadpisz" not in again.output, again.output  # its PDF is pismo's


@posix_names
def test_a_case_file_in_a_folder_whose_name_is_not_utf8_makes_its_documents_elsewhere(tmp_path):
    folder = tmp_path / f"sprawy-{LODZ}"
    folder.mkdir()
    case = folder / "rejon.yaml"
    shutil.copy(LECZNA, case)
    out = tmp_path / "pisma"
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    header = json.loads((out / "rejon" / "manifest.json").read_bytes())
    assert os.path.samefile(out / "rejon" / header["plik_sprawy"], case)  # the record still finds its case file
    assert run("plan", case, "-o", out).exit_code == 0  # the record is read back: the same case, no refusal


@posix_names
def test_next_period_of_a_case_file_whose_name_is_not_utf8(tmp_path):
    old = tmp_path / f"rejon-{LODZ}.yaml"
    shutil.copy(LECZNA, old)
    result = run("nowa", "--z", old, tmp_path / "nast.yaml")
    assert result.exit_code == 0, result.output
    assert "# Nowy okres na podstawie planu rejon-\ufffd\ufffdd\ufffd.yaml" in (tmp_path / "nast.yaml").read_text("utf-8")


@posix_names
def test_a_name_that_is_not_utf8_is_shown_one_way_in_a_message(tmp_path):
    case = tmp_path / f"rejon-{LODZ}.yaml"
    shutil.copy(LECZNA, case)
    result = run("sprawdz", case)
    assert "<U+DC" not in result.output and "rejon-\ufffd\ufffdd\ufffd.yaml: nazwa pliku „rejon-\ufffd" in result.output
