"""The fourth PDF review (rev-pdf4) of issue 17: LibreOffice's time allowances when it hangs, what a hang is put
down to, and the notes of stale and kept PDFs."""

from __future__ import annotations

import time

from helpers import soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf

CONVERT_LINE = 'echo "convert $a -> x.pdf using filter : writer_pdf_Export"'


def _small_allowances(monkeypatch, start: float = 1.0, document: float = 0.5) -> None:
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", start)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", document)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.3)


def _written(tmp_path, kind: str = "plan"):
    """The documents of a case, written without PDFs (a kind, or all of them)."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run(kind, case, "-o", out).exit_code == 0
    return case, out / "h"


def test_repeated_convert_lines_do_not_renew_the_allowance_without_end(tmp_path, monkeypatch):
    """Finding 4: a program repeating LibreOffice's „convert …” line and writing no PDF was waited for without
    end – every line renewed the document's allowance."""
    _small_allowances(monkeypatch)
    docx = _written(tmp_path)[1] / "plan.docx"
    looping = soffice_script(tmp_path, 'for i in $(seq 60); do for a in "$@"; do case "$a" in *.docx) '
                                       f'{CONVERT_LINE};; esac; done; sleep 0.2; done', "looping-soffice")
    began = time.monotonic()
    result = run("pdf", docx, "--soffice", looping)
    took = time.monotonic() - began
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert took < 8, (took, said)
    assert "przestał odpowiadać" in said, said
