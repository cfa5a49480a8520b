"""The third PDF review (rev-pdf3) of issue 17, its low findings: a read-only PDF, a document open in Word, a file
no reader opens, „Pobierz z PDF” after a failed start."""

from __future__ import annotations

import json
import time

import pytest

from helpers import LECZNA, copying_soffice, pdf_of, soffice_script
from test_files_case_folder import case_copy, run


def _written_with_pdf(tmp_path):
    """A plan and its PDF, made by `pismo plan --pdf` (the PDF recorded as made of the plan)."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    soffice = copying_soffice(tmp_path)
    assert run("plan", case, "-o", out, "--pdf", "--soffice", soffice).exit_code == 0
    return case, out, out / "h" / "plan.docx", soffice


def _counting(tmp_path, soffice: str) -> tuple[str, object]:
    """A stand-in LibreOffice that counts its runs."""
    calls = tmp_path / "calls"
    return soffice_script(tmp_path, f'echo x >> "{calls}"\nexec "{soffice}" "$@"', "counting-soffice"), calls


def test_a_read_only_pdf_of_the_unchanged_document_is_left_without_a_failure(tmp_path):
    """Finding 3: the officer marks the PDF sent read-only; each later `--pdf` run of the case (the plan unchanged)
    failed (rc 5) on it, after LibreOffice had converted it."""
    case, out, docx, soffice = _written_with_pdf(tmp_path)
    pdf = docx.with_suffix(".pdf")
    pdf.chmod(0o444)
    before = pdf.read_bytes()
    counting, calls = _counting(tmp_path, soffice)
    result = run("plan", case, "-o", out, "--pdf", "--soffice", counting)
    said = " ".join(result.output.split())
    assert result.exit_code == 0, said
    assert "tylko do odczytu" not in said, said
    assert pdf.read_bytes() == before and not calls.exists(), said
    result = run("pdf", docx, "--soffice", counting)
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and "Bez zmian" in said and str(pdf) in said, said
    assert not calls.exists(), said


def test_a_read_only_pdf_of_a_changed_document_is_refused_before_libreoffice_and_the_note_says_nadpisz(tmp_path):
    """Finding 3: after a real change the stale note sent the officer to a `pismo pdf` that refused the read-only
    PDF – after converting it."""
    case, out, docx, soffice = _written_with_pdf(tmp_path)
    pdf = docx.with_suffix(".pdf")
    pdf.chmod(0o444)
    with open(docx, "ab") as stream:  # the plan corrected (any other bytes: pismo's record no longer matches)
        stream.write(b"\0")
    counting, calls = _counting(tmp_path, soffice)
    result = run("pdf", docx, "--soffice", counting)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "tylko do odczytu" in said, said
    assert not calls.exists(), said
    result = run("plan", case, "-o", out)
    said = " ".join(result.output.split())
    assert "powstał z wcześniejszej wersji" in said and "--nadpisz" in said, said


def test_a_pdf_of_a_document_open_in_word_says_it_is_of_the_saved_version(tmp_path):
    """Finding 7: `pismo pdf` of a document open in Word (its ~$ owner file beside) said nothing – the corrections
    still on the screen are not in the PDF."""
    case, out, docx, soffice = _written_with_pdf(tmp_path)
    (docx.parent / "~$plan.docx").write_bytes(b"\x08jan" + b"\0" * 60)
    result = run("pdf", docx, "--nadpisz", "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code == 0, said
    assert "otwarty w Wordzie" in said and "wersji zapisanej na dysku" in said, said


def test_a_pdf_of_a_document_open_in_libreoffice_says_so_too(tmp_path):
    """Finding 7: the same with LibreOffice's lock file of another computer."""
    case, out, docx, soffice = _written_with_pdf(tmp_path)
    (docx.parent / ".~lock.plan.docx#").write_text(",jan,inny-komputer,06.12.2026 11:20,file:///x;\n")
    result = run("pdf", docx, "--nadpisz", "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code == 0, said
    assert "otwarty w LibreOffice przez: jan" in said and "wersji zapisanej na dysku" in said, said


# --- finding 10: „Pobierz z PDF” after a failed LibreOffice start ---------------------------------------------

@pytest.fixture
def not_started(tmp_path, monkeypatch):
    """The server, its converter telling each document what a LibreOffice whose start failed tells."""
    from web_server import start

    from pismo.files.converter import NotStarted
    from pismo.web import core

    running = start(tmp_path)
    running.told = NotStarted("LibreOffice wcześniej się nie uruchomił – uruchamia się ponownie", soon=True)

    class Converter:
        def to_pdf(self, docx):
            raise running.told

    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "_the_converter", Converter)
    yield running
    running.stop()


def _job_text(web) -> str:
    status, headers, _ = web.post(f"/sprawy/{LECZNA.stem}/pdf", {"csrf": web.csrf})
    assert status == 303
    for _ in range(300):
        state = json.loads(web.get(headers["Location"] + "/stan")[2])
        if state["stan"] != "pracuje":
            return state["tekst"]
        time.sleep(0.05)
    raise AssertionError("the job did not finish")


def test_a_download_after_a_failed_start_says_to_click_again_and_names_no_document(not_started):
    """Finding 10: „odśwież stronę za chwilę” (a refresh shows the same failed job) and „nie utworzono PDF dokumentu
    plan.docx:” (LibreOffice tried no document)."""
    from pismo.files.converter import NotStarted

    said = _job_text(not_started)
    assert "kliknij „Pobierz z PDF” jeszcze raz" in said and "odśwież" not in said, said
    assert "dokumentu" not in said and ".docx" not in said, said
    not_started.told = NotStarted("LibreOffice nie uruchomił się, także z nowym profilem – kolejna próba "
                                  "uruchomienia za 49 s")
    said = _job_text(not_started)
    assert "kolejna próba uruchomienia za 49 s" in said and ".docx" not in said and "odśwież" not in said, said


def test_the_preview_after_a_failed_start_still_says_to_refresh():
    """Finding 10: the preview keeps its own words – a refreshed preview tries again."""
    from pismo.files.converter import NotStarted
    from pismo.web import core

    class Converter:
        def to_pdf(self, docx):
            raise NotStarted("LibreOffice jeszcze się uruchamia (od 3 s)", soon=True)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(core, "_the_converter", Converter)
        with pytest.raises(core.NoPdf) as told:
            core.to_pdf(b"PK")
    assert str(told.value) == "LibreOffice jeszcze się uruchamia (od 3 s); odśwież stronę za chwilę"


# --- finding 9: a file no PDF reader opens ------------------------------------------------------------------

_pdf = pdf_of  # the table-based PDF every reader opens, its objects and trailer given

_CATALOG, _TREE = b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"
_PAGES = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * 2


@pytest.mark.parametrize("data", [
    _pdf([b"<< /Type /Page >>"], b"<< /Size 2 >>"),  # the review's file: no catalog, no page tree
    _pdf([_CATALOG, _TREE, *_PAGES], b"<< /Size 5 >>"),  # a trailer without /Root
    _pdf([b"<< /Type /Font >>", _TREE, *_PAGES], b"<< /Size 5 /Root 1 0 R >>"),  # /Root is no catalog
    _pdf([b"<< /Type /Catalog >>", _TREE, *_PAGES], b"<< /Size 5 /Root 1 0 R >>"),  # a catalog without pages
    _pdf([_CATALOG, b"<< /Type /Pages /Kids [] >>"], b"<< /Size 3 /Root 1 0 R >>"),  # a page tree without /Count
    _pdf([_CATALOG, _TREE, *_PAGES], b"<< /Size 5 /Root 9 0 R >>"),  # /Root names a missing object
], ids=["no-catalog", "no-root", "root-not-catalog", "catalog-without-pages", "tree-without-count", "missing-root"])
def test_a_file_no_reader_opens_has_no_pages(tmp_path, data):
    """Finding 9: a „/Type /Page” anywhere and a startxref pointing at „xref” made a file no reader opens count
    as a PDF with a page."""
    from pismo.files import pdf

    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    assert pdf.pdf_pages(path) == 0


def test_a_complete_pdf_has_the_pages_of_its_page_tree(tmp_path):
    """Finding 9: the pages are the page tree's /Count, found by the trailer's /Root and the catalog's /Pages."""
    from helpers import MINIMAL_PDF

    from pismo.files import pdf

    path = tmp_path / "x.pdf"
    path.write_bytes(_pdf([_CATALOG, _TREE, *_PAGES], b"<< /Size 5 /Root 1 0 R /Info 9 0 R >>"))
    assert pdf.pdf_pages(path) == 2
    path.write_bytes(MINIMAL_PDF)
    assert pdf.pdf_pages(path) == 1


def _packed_pdf(packed: dict[int, bytes], plain: dict[int, bytes], root: int = 1, damage: bool = False) -> bytes:
    """A PDF 1.5 as newer writers save it: the packed objects in one Flate-compressed object stream, the others
    plain, and a cross-reference stream (whose compressed offsets the check does not need) with the trailer's
    keys."""
    import zlib

    bodies, offsets, position = [], [], 0
    for content in packed.values():
        offsets.append(position)
        bodies.append(content + b"\n")
        position += len(content) + 1
    header = b" ".join(b"%d %d" % (number, offset) for number, offset in zip(packed, offsets)) + b"\n"
    data = zlib.compress(header + b"".join(bodies))
    if damage:
        data = data[:8] + b"\x00" * (len(data) - 8)
    body = b"%PDF-1.5\n"
    body += b"10 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        len(packed), len(header), len(data)) + data + b"\nendstream\nendobj\n"
    for number, content in plain.items():
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += (b"11 0 obj\n<< /Type /XRef /Size 12 /Root %d 0 R /W [1 4 2] /Length 4 >>\nstream\n\x00\x00\x00\x00"
             b"\nendstream\nendobj\n" % root)
    return body + b"startxref\n%d\n%%%%EOF\n" % xref


def test_a_pdf_keeping_its_catalog_in_a_compressed_object_stream_has_its_pages(tmp_path):
    """Finding 9's check followed only plain objects: a PDF 1.5 writer (a newer LibreOffice, Word) keeping the
    catalog and page tree in a compressed object stream – a PDF every reader opens – was refused."""
    from pismo.files import pdf

    path = tmp_path / "x.pdf"
    path.write_bytes(_packed_pdf({1: _CATALOG, 2: _TREE}, {3: _PAGES[0], 4: _PAGES[1]}))
    assert pdf.pdf_pages(path) == 2


@pytest.mark.parametrize("root, damage", [(7, False), (1, True)], ids=["root-in-no-stream", "damaged-stream"])
def test_a_compressed_pdf_without_its_catalog_has_no_pages(tmp_path, root, damage):
    """The object stream is read as a reader reads it: a /Root it does not hold, or a stream that does not
    decompress, is still no PDF."""
    from pismo.files import pdf

    path = tmp_path / "x.pdf"
    path.write_bytes(_packed_pdf({1: _CATALOG, 2: _TREE}, {3: _PAGES[0], 4: _PAGES[1]}, root=root, damage=damage))
    assert pdf.pdf_pages(path) == 0


def test_a_long_documents_pdf_with_a_table_of_megabytes_has_its_pages(tmp_path):
    """rev-pdf4 #1: only the first 64 KB of the cross-reference table were read – a PDF of more than some 3 300
    objects (a 1 100-page plan, a document of 1 300 photos) was refused as one no reader opens."""
    from pismo.files import pdf

    path = tmp_path / "x.pdf"
    filler = [b"<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] >>"] * 60_000  # a table of 1.2 MB
    path.write_bytes(_pdf([*filler, _CATALOG.replace(b"2 0 R", b"60002 0 R"),
                           _TREE.replace(b"[3 0 R 4 0 R]", b"[]")], b"<< /Size 60003 /Root 60001 0 R >>"))
    assert pdf.pdf_pages(path) == 2


def test_a_fifo_where_the_pdf_should_be_has_no_pages_and_does_not_block(tmp_path):
    """rev-pdf4 #7: a named pipe left by a broken program where the PDF should be blocked `pismo pdf` for good
    (opening it waits for a writer; Ctrl+C did not end the wait)."""
    import os
    import threading

    from pismo.files import pdf

    path = tmp_path / "x.pdf"
    os.mkfifo(path)
    got = []
    reader = threading.Thread(target=lambda: got.append(pdf.pdf_pages(path)), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive() and got == [0]


def test_a_libreoffice_stand_in_writing_such_a_file_gets_no_pdf_placed(tmp_path):
    """Finding 9: `pismo pdf` said „Zapisano pliki PDF (1)” of the review's file."""
    case, out, docx, _ = _written_with_pdf(tmp_path)
    bogus = tmp_path / "bogus.pdf"
    bogus.write_bytes(_pdf([b"<< /Type /Page >>"], b"<< /Size 2 >>"))
    writing = soffice_script(tmp_path, 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                                       'prev="$a"; done\nmkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) '
                                       f'cp "{bogus}" "$out/$(basename "$a" .docx).pdf";; esac; done', "bogus-soffice")
    before = docx.with_suffix(".pdf").read_bytes()
    result = run("pdf", docx, "--nadpisz", "--soffice", writing)
    assert result.exit_code != 0, result.output
    assert docx.with_suffix(".pdf").read_bytes() == before, result.output
