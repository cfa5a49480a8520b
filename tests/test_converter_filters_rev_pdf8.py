"""The browser's preview reads a document by Word's import filter, as `pismo pdf` does (rev-pdf8 #7, #12): its warm
converter let LibreOffice detect the type, so a .docx with a mail header before its zip became a PDF of garbage."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main
from pismo.files import converter as conv
from pismo.files.pdf import PdfError
from pismo.files.soffice import PDF_FILTER, WORD_FILTER


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("docs")
    assert CliRunner().invoke(main, ["plan", str(LECZNA), "-o", str(out)]).exit_code == 0
    return next(out.rglob("plan.docx")).read_bytes()


@pytest.fixture(scope="module")
def warm():
    with conv.Converter() as converter:
        if not converter.warm:
            pytest.skip("brak Pythona z modułem uno (python3-uno)")
        yield converter


def test_the_request_names_the_filters_pismo_pdf_uses(tmp_path):
    request = conv._request(tmp_path / "a.docx", tmp_path / "a.pdf")
    assert request["import"] == WORD_FILTER and request["export"] == PDF_FILTER


def test_a_docx_with_data_before_its_zip_is_no_pdf_of_garbage(warm, plan):
    """A mail header before the zip: Python's zipfile reads it, LibreOffice's type detection took it as text."""
    mailed = (b"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
              b"Content-Transfer-Encoding: binary\r\n\r\n" + plan)
    assert zipfile.is_zipfile(io.BytesIO(mailed))
    with pytest.raises(PdfError):
        warm.to_pdf(mailed)


def test_a_sound_plan_still_converts(warm, plan):
    assert warm.to_pdf(plan)[:5] == b"%PDF-"
