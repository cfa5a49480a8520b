"""Findings 1, 2, 7 and 10 of the eleventh PDF review (rev-pdf11): an empty zip and an RTF with a byte-order mark
named .docx, a document LibreOffice passes over without a word, the closing advice under an AppImage's remedy."""

from __future__ import annotations

from pathlib import Path

from pismo.files import pdf
from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound
from test_pdf_rev_pdf9 import _soffice


def test_an_empty_zip_named_docx_is_told_empty(tmp_path):
    """Finding 1: a zip holding nothing (its end record only) was told a mail header or a web page stood before
    the Word document."""
    empty = tmp_path / "pusty.docx"
    empty.write_bytes(b"PK\x05\x06" + bytes(18))
    said = pdf._no_package(empty)
    assert said.startswith("plik jest pustym archiwum ZIP") and "przed dokumentem" not in said, said


def test_an_rtf_with_a_byte_order_mark_is_told_rtf(tmp_path):
    """Finding 2: RTF after a UTF-8 byte-order mark was „uszkodzony albo to nie jest dokument Word”."""
    rtf = tmp_path / "bom.docx"
    rtf.write_bytes(b"\xef\xbb\xbf{\\rtf1\\ansi hello}")
    assert pdf._no_package(rtf).startswith("to jest dokument RTF"), pdf._no_package(rtf)


def test_a_document_passed_over_by_a_libreoffice_that_converted_is_its_own(tmp_path):
    """Finding 7: LibreOffice converted a and c and passed b over without a word, twice: asked „czy to
    rzeczywiście LibreOffice”."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-cichy", "c-dobry"))
    written, said = _converted(paths, _soffice(tmp_path, log, "*cichy*) continue;; "), jobs=1)
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    reason = _lines(said)["b-cichy"]
    assert reason.startswith(" LibreOffice pominął ten dokument bez żadnego komunikatu (także za drugim razem)"), said
    assert "rzeczywiście LibreOffice" not in said and "--soffice" not in said, said


def test_an_appimages_own_remedy_is_not_contradicted_by_the_closing_advice():
    """Finding 10: under „rozpakuj pakiet …” the closing line said „zainstaluj go ponownie”."""
    document = pdf._Document(Path("a.docx"), Path("a.docx"), Path("a.pdf"), 1, refused=True, outcome="broken",
                             error="LibreOffice nie uruchomił się (kod 1) – to LibreOffice w pakiecie AppImage, którego "
                                   "nie da się tu zamontować (FUSE nie działa): rozpakuj pakiet")
    said = pdf._advice([document])
    assert "zrób to, co podano wyżej" in said and "zainstaluj" not in said, said
    document.error = "LibreOffice nie uruchomił się (kod 1)"
    assert "zainstaluj go ponownie" in pdf._advice([document])  # without a remedy of its own: the general one
