"""Findings of the fifth PDF review (rev-pdf5) of issue 17."""

from __future__ import annotations

import time

from helpers import pdf_of, soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf, pdfcheck


def test_a_flat_page_tree_of_ten_thousand_kids_is_read_to_its_end(tmp_path):
    """LibreOffice writes one /Pages object listing every page: from ~6 900 pages it is over 64 KB (finding 1)."""
    count = 10_000
    kids = b" ".join(b"%d 0 R" % (3 + page) for page in range(count))
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Kids[" + kids + b"]/Type/Pages/Count %d>>" % count]
    objects += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"] * count
    path = tmp_path / "dlugi.pdf"
    path.write_bytes(pdf_of(objects, b"<</Size %d/Root 1 0 R>>" % (len(objects) + 1)))
    assert len(objects[1]) > pdfcheck.OBJECT_BYTES
    assert pdfcheck.pages(path) == count


def test_a_page_tree_cut_by_the_end_of_the_file_is_still_refused(tmp_path):
    """Read to the file's end, not beyond: a tree whose dictionary never closes is no page tree."""
    kids = b" ".join(b"%d 0 R" % (3 + page) for page in range(9_000))
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Count 9000/Kids[" + kids]
    path = tmp_path / "urwany.pdf"
    path.write_bytes(pdf_of(objects, b"<</Size 3/Root 1 0 R>>"))
    assert pdfcheck.pages(path) == 0


def test_a_libreoffice_hung_at_start_is_not_waited_for_again_for_every_batch(tmp_path, monkeypatch):
    """Finding 10: 201 documents waited 3 × 110 s for a LibreOffice hung at start – a start per batch of 100; now
    it is started once more, its first document last and a share of the start's time waited (it may have hung
    loading that document – rev-pdf8 #13), then for no other batch."""
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 1.0)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.3)
    monkeypatch.setattr(pdf, "PER_PROCESS", 2)
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "h"
    documents = sorted(folder.glob("*.docx"))
    assert len(documents) > 4
    starts = tmp_path / "starts"
    hung = soffice_script(tmp_path, f'echo start >> "{starts}"; exec sleep 60', "hung-soffice")
    began = time.monotonic()
    result = run("pdf", folder, "-j", "1", "--soffice", hung)
    took = time.monotonic() - began
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert starts.read_text().count("start") == 2, said  # once more with its first document last (rev-pdf8 #13)
    assert took < 6, (took, said)
    assert f"każdy z {len(documents)} plików ({documents[0]}, " in said, said  # a few named, and the count (rev-pdf9
    assert f" i {len(documents) - 3} innych):" in said, said  # #6: 150 paths were one line of 5 874 characters)
    assert not list(folder.glob("*.pdf")), said
