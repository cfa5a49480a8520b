"""Findings of the fifth PDF review (rev-pdf5) of issue 17."""

from __future__ import annotations

from helpers import pdf_of

from pismo.files import pdfcheck


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
