"""Every document of both example cases opens in LibreOffice with sensible page counts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo.cli.main import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if not SOFFICE or not shutil.which("pdfinfo"):
    if os.environ.get("CI"):
        pytest.fail("CI musi mieć LibreOffice i poppler-utils (zob. .ci/run)", pytrace=False)
    pytest.skip("brak LibreOffice lub poppler-utils", allow_module_level=True)

MAX_PAGES = {"plan": 3, "wniosek": 1, "zaproszenie": 1, "protokol": 3, "lista-obecnosci": 1,
             "protokol-pusty": 3, "informacja": 4}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    root = tmp_path_factory.mktemp("pdf")
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), str(WRZOSOGROD), "-o", str(root / "docx")])
    assert result.exit_code == 0, result.output
    profile = (root / "profil").as_uri()
    pdfs = {}
    for case in sorted((root / "docx").iterdir()):
        documents = sorted(case.glob("*.docx"))
        out = root / "pdf" / case.name
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), *map(str, documents)], check=True, capture_output=True, timeout=300)
        pdfs.update({d: out / (d.stem + ".pdf") for d in documents})
    return pdfs


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_every_document_converts_with_expected_page_count(pdfs):
    assert len(pdfs) >= 20
    for document, pdf in pdfs.items():
        assert pdf.exists() and pdf.stat().st_size > 1000, f"brak PDF dla {document.name}"
        kind = next(k for k in sorted(MAX_PAGES, key=len, reverse=True) if document.stem.startswith(k))
        pages = _pages(pdf)
        assert 1 <= pages <= MAX_PAGES[kind], f"{document.name}: {pages} stron(y), oczekiwano najwyżej {MAX_PAGES[kind]}"


def test_page_footer_counts_pages(pdfs):
    for document, pdf in pdfs.items():
        pages = _pages(pdf)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        for page in range(1, pages + 1):
            assert f"Strona {page} z {pages}" in text, f"{document.name}: brak „Strona {page} z {pages}”"
        assert "{{" not in text and "{%" not in text, f"{document.name}: nierozwinięty znacznik szablonu"


def _page_texts(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _body_line(line: str) -> bool:
    """A line of body text (or a table), as opposed to the signature block and the notes under it."""
    line = line.strip()
    if line.startswith("Lp.") or line == "Na tym spotkanie zakończono.":
        return True
    if line.isupper() or re.match(r"(Sporządził|Wykonano|Egz\. nr|Załącznik|Protokołował|Prowadząc|Strona \d)", line):
        return False
    return len(line.split()) >= 6


def test_no_page_holds_only_a_signature_block(pdfs):
    """The signature goes over to a new page only with body text (issue 13: page 2 of every
    wniosek held only the closing, the signature and the notes)."""
    for document, pdf in pdfs.items():
        for number, page in enumerate(_page_texts(pdf), 1):
            signs = any(mark in page for mark in ("Z poważaniem", "Protokołował", "Sporządził"))
            assert not signs or any(_body_line(line) for line in page.splitlines()), \
                f"{document.name}: strona {number} zawiera sam blok podpisu:\n{page}"


def test_postal_codes_and_phones_never_break_at_a_line_end(pdfs):
    for document, pdf in pdfs.items():
        for line in "\n".join(_page_texts(pdf)).splitlines():
            assert not re.search(r"\b\d{2}[-\u2011]$", line.rstrip()), f"{document.name}: kod pocztowy złamany: {line}"


def test_protocols_print_their_times(pdfs):
    protocols = [pdf for document, pdf in pdfs.items() if document.stem.startswith("protokol-")
                 and "pusty" not in document.stem]
    assert len(protocols) == 3
    for pdf in protocols:
        assert "godz. 17:00" in " ".join("\n".join(_page_texts(pdf)).split())
