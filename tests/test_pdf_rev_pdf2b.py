"""A PDF the officer marked read-only (the version sent) is kept like a read-only document (finding 7 of the
second PDF review, rev-pdf2, of issue 17): the rename replaced it and left the new one writable."""

from __future__ import annotations

import os
import stat

from helpers import copying_soffice
from test_files_case_folder import case_copy, run


def test_a_read_only_pdf_is_kept_and_named_until_nadpisz(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "ro.yaml")
    out = tmp_path / "pisma"
    soffice = copying_soffice(tmp_path)
    assert run("wszystko", case, "-o", out, "--pdf", "--soffice", soffice).exit_code == 0
    pdf = out / "ro" / "plan.pdf"
    os.chmod(pdf, 0o444)
    sent = os.stat(pdf).st_ino
    case_copy(case, replace={"Łęcznej": "Łęcznej "})
    again = run("plan", case, "-o", out, "--pdf", "--soffice", soffice)
    assert "tylko do odczytu (np. wersja wysłana) – nie zastąpiono go" in again.output, again.output
    assert os.stat(pdf).st_ino == sent and stat.S_IMODE(os.stat(pdf).st_mode) == 0o444
    alone = run("pdf", out / "ro" / "plan.docx", "--soffice", soffice)
    assert "tylko do odczytu" in alone.output and alone.exit_code != 0, alone.output
    assert os.stat(pdf).st_ino == sent
    forced = run("pdf", out / "ro" / "plan.docx", "--soffice", soffice, "--nadpisz")
    assert forced.exit_code == 0, forced.output
    assert os.stat(pdf).st_ino != sent
