"""rev-pdf13 mediums: a LibreOffice folder that cannot run told as having no LibreOffice (#4); broken PDFs from the
first start told as a snap/Flatpak /tmp (#6)."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from pismo.files import pdf
from test_pdf_rev_pdf8 import _sound
from test_pdf_rev_pdf12 import _fake
from test_soffice_rev_pdf11 import _refusal


# --- #4: the folder's program is there, it cannot run ---------------------------------------------------------------

@pytest.mark.parametrize("given", ["", "program"])
def test_a_folder_whose_soffice_lacks_the_execute_bit_says_so(tmp_path, given):
    program = tmp_path / "lo" / "program" / "soffice"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n")
    program.chmod(0o644)
    said = _refusal(tmp_path / "lo" / given)
    assert f"w folderze jest program LibreOffice {program}, ale nie ma on prawa wykonania" in said, said
    assert f"chmod +x {program}" in said and "nie ma w nim programu" not in said, said


@pytest.mark.parametrize("mode, chmod", [(0o755, False), (0o644, True)])
def test_a_folder_on_a_noexec_medium_is_told_the_medium_first(tmp_path, monkeypatch, mode, chmod):
    program = tmp_path / "lo" / "program" / "soffice"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n")
    program.chmod(mode)
    real_statvfs, real_access = os.statvfs, os.access
    monkeypatch.setattr(os, "statvfs", lambda path: SimpleNamespace(f_flag=os.ST_NOEXEC)
                        if str(path).startswith(str(tmp_path)) else real_statvfs(path))
    monkeypatch.setattr(os, "access", lambda path, how, **kw: False if str(path).startswith(str(tmp_path))
                        and how & os.X_OK else real_access(path, how, **kw))  # as a noexec mount answers
    said = _refusal(tmp_path / "lo")
    assert f"w folderze jest program LibreOffice {program}, ale leży on na nośniku" in said, said
    assert "skopiuj cały folder LibreOffice na dysk komputera" in said and ("chmod +x" in said) == chmod, said


# --- #6: unusable PDFs written where LibreOffice said are no sign of a /tmp of its own ------------------------------

def test_unusable_pdfs_from_the_first_start_are_not_told_as_a_closed_tmp(tmp_path):
    from pismo.files.converter import _not_starting

    script, _ = _fake(tmp_path, ["bad"])
    with pytest.raises(pdf.PdfError) as failed:
        pdf.convert(_sound(tmp_path, ("a-dobry", "b-dobry")), script)
    said = " ".join(str(failed.value).split())
    assert failed.value.written == [] and pdf.CANNOT_SEE not in said and "snap" not in said, said
    assert "LibreOffice zapisał plik PDF, którego nie da się otworzyć" in said, said
    assert not _not_starting(failed.value.reasons[0]), failed.value.reasons  # the web: no failed start


# --- #2: a lone start ending well having made nothing is no evidence against its document ----------------------------

def _told(said: str, name: str) -> str:
    return next(line for line in said.splitlines() if f"{name}.docx:" in line)


def test_a_lone_leftover_given_to_a_libreoffice_that_stopped_working_is_not_sent_to_word(tmp_path, monkeypatch):
    """The 101st document: its batch alone, every start of it ending at once with code 0 and no PDF."""
    monkeypatch.setattr(pdf, "PER_PROCESS", 2)
    script, _ = _fake(tmp_path, ["ok", "quiet"])
    with pytest.raises(pdf.PdfError) as failed:
        pdf.convert(_sound(tmp_path, ("a-dobry", "b-dobry", "c-dobry")), script, jobs=1)
    said = _told(str(failed.value), "c-dobry")
    assert "otwórz go w Wordzie" not in said and "to wina programu, nie dokumentów" in said, said


def test_documents_a_start_never_reached_are_not_told_passed_over(tmp_path):
    """LibreOffice stopped after one PDF, then ended at once at every start: b… were never passed over by it."""
    script, _ = _fake(tmp_path, ["ok", "quiet"], stop_after=1)
    with pytest.raises(pdf.PdfError) as failed:
        pdf.convert(_sound(tmp_path, ("a-dobry", "b-dobry", "c-dobry")), script, jobs=1)
    for name in ("b-dobry", "c-dobry"):
        said = _told(str(failed.value), name)
        assert "pominął ten dokument" not in said and "otwórz go w Wordzie" not in said, said


# --- #7: a retry start after a hang that loads none of its documents is the program's ------------------------------

def test_a_retry_that_loads_nothing_after_a_hang_does_not_send_sound_documents_to_word(tmp_path):
    """c hangs the first start (a, b converted); the retry „could not load” each of d, e, c."""
    script, log = _fake(tmp_path, ["ok", "unload"])
    fake = Path(script)
    fake.write_text(fake.read_text().replace('if "wisi" in b:', 'if "wisi" in b and n == 0:'))  # hangs once
    with pytest.raises(pdf.PdfError) as failed:
        pdf.convert(_sound(tmp_path, ("a-dobry", "b-dobry", "c-wisi", "d-dobry", "e-dobry")), script, jobs=1,
                    timeout=2)
    said = str(failed.value)
    assert failed.value.written and len(failed.value.written) == 2, said
    for name in ("d-dobry", "e-dobry"):
        told = _told(said, name)
        assert "nie mógł wczytać żadnego z dokumentów" in told and "to raczej błąd programu" in told, told


# --- #3: a document LibreOffice ends quietly at does not take the sound one after it down ---------------------------

def test_the_sound_document_after_one_libreoffice_ends_at_gets_its_pdf(tmp_path):
    script, log = _fake(tmp_path, ["ok"])
    fake = Path(script)
    fake.write_text(fake.read_text().replace('    if "wisi" in b:', '    if "koniec" in b: sys.exit(0)\n    if "wisi" in b:'))
    with pytest.raises(pdf.PdfError) as failed:
        pdf.convert(_sound(tmp_path, ("a-dobry", "b-dobry", "c-koniec", "d-dobry", "e-dobry")), script, jobs=1)
    assert sorted(p.name for p in failed.value.written) == ["a-dobry.pdf", "b-dobry.pdf", "d-dobry.pdf",
                                                            "e-dobry.pdf"], str(failed.value)
