"""Findings of the eleventh files review (rev-files11) of issue 17, second part (5, 13, 14), and what the
files-on-disk self-review after it found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run
from pismo.files import output
from test_files_case_folder import OLD, listed, names, record_pdf_of, renamed_meeting


# --- finding 5: a document the case no longer makes was removed although open in LibreOffice/Word -----------------

@pytest.mark.parametrize("lock_of, data", [
    (lambda name: f".~lock.{name}#", b"Jan Kowalski,jkowalski,inny-komputer,06.12.2026 08:00,file:///h/lo/4;"),
    (lambda name: "~$" + name[2:], b"\x0dAnna Zmys\xb3ona" + b" " * 40),
], ids=["LibreOffice", "Word"])
def test_a_document_no_longer_made_that_is_open_elsewhere_stays_and_goes_later(tmp_path, lock_of, data):
    case, out, folder = renamed_meeting(tmp_path)
    invitation = next(p for p in folder.iterdir() if OLD in p.name and p.name.startswith("zaproszenie-"))
    pdf = record_pdf_of(invitation, b"%PDF zaproszenie")
    before = invitation.read_bytes()
    lock = folder / lock_of(invitation.name)
    lock.write_bytes(data)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert invitation.read_bytes() == before and pdf.exists()  # open: kept, with its PDF
    assert "nie można ich usunąć" in said and str(invitation) in said, said
    assert "Usunięto" not in said or invitation.name not in said.split("Usunięto", 1)[1].split(".")[0], said
    assert invitation.name in listed(folder) and pdf.name in listed(folder)  # still pismo's: removed later
    assert not [name for name in names(folder) if ".pismo-" in name]
    lock.unlink()  # closed
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0, again.output
    assert not invitation.exists() and not pdf.exists(), again.output
