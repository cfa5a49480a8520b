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


def _plan(tmp_path):
    """One small document of pismo's, written without a PDF."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    return out / "h" / "plan.docx"


def test_a_libreoffice_hanging_at_start_costs_the_start_once_and_is_blamed_not_the_documents(tmp_path, monkeypatch):
    """Finding 6: both tries of a start that never made a PDF share one start allowance (the retry paid it again:
    221 s for one page), a line says pismo waits for LibreOffice, and the advice is about the program, not
    damage in the documents."""
    import time

    from helpers import soffice_script
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 4.0)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 1.0)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.5, raising=False)
    docx = _plan(tmp_path)
    hanging = soffice_script(tmp_path, "exec sleep 60", "hanging-soffice")
    began = time.monotonic()
    result = run("pdf", docx, "--soffice", hanging)
    took = time.monotonic() - began
    assert result.exit_code != 0, result.output
    assert took < 8.5, (took, result.output)  # one start allowance (5 s), not two (10 s)
    assert "Czekam na LibreOffice" in result.output, result.output
    assert "uszkodzone" not in result.output and "uruchamia się ręcznie" in result.output, result.output


def _corrected(docx, word: str) -> None:
    """A correction made in Word: a paragraph added to the document."""
    import docx as python_docx

    document = python_docx.Document(str(docx))
    document.add_paragraph(word)
    document.save(str(docx))


def test_a_pdf_renewed_by_pismo_pdf_is_named_again_after_the_next_correction(tmp_path):
    """Finding 2: after „pismo pdf plan.docx” (pismo's own advice) a second correction left plan.pdf without it –
    its record gives the corrected document's digest, which is no longer the document's; never named."""
    case = case_copy(tmp_path / "sprawy" / "e.yaml")
    out = tmp_path / "pisma"
    soffice = copying_soffice(tmp_path)
    assert run("plan", case, "-o", out, "--pdf", "--soffice", soffice).exit_code == 0
    plan = out / "e" / "plan.docx"
    _corrected(plan, "POPRAWKA1")
    note = f"{plan.with_suffix('.pdf')} powstał z wcześniejszej wersji plan.docx"
    assert note in run("wniosek", case, "-o", out).output  # this write drops the corrected plan's entry
    assert run("pdf", plan, "--soffice", soffice).exit_code == 0
    _corrected(plan, "POPRAWKA2")
    written = run("wniosek", case, "-o", out)
    assert written.exit_code == 0 and note in written.output, written.output
    refused = run("plan", case, "-o", out)
    assert refused.exit_code != 0 and note in refused.output, refused.output


def test_pismo_pdf_of_another_document_names_an_older_pdf_beside_it(tmp_path):
    """Finding 11: `pismo pdf` writes into the folder (PDFs, its record) but was silent about a PDF older than its
    corrected document there – the next write named it."""
    case = case_copy(tmp_path / "sprawy" / "e.yaml")
    out = tmp_path / "pisma"
    soffice = copying_soffice(tmp_path)
    assert run("plan", case, "-o", out, "--pdf", "--soffice", soffice).exit_code == 0
    assert run("wniosek", case, "-o", out).exit_code == 0
    plan = out / "e" / "plan.docx"
    _corrected(plan, "POPRAWKA1")
    other = run("pdf", out / "e" / "wniosek-monitoring.docx", "--soffice", soffice)
    assert other.exit_code == 0, other.output
    assert f"{plan.with_suffix('.pdf')} powstał z wcześniejszej wersji plan.docx" in other.output, other.output
    assert "wniosek-monitoring.pdf powstał" not in other.output


def test_the_warm_libreoffice_keeps_its_temporary_files_in_the_converters_folder():
    """Finding 3: the web's LibreOffice got the system's temporary folder – one killed for a stall (or with the
    server) left its lu….tmp there for good, once with a partial PDF of a case letter. In the converter's own
    folder they go with it (on close, or by the next start after a kill)."""
    from pathlib import Path

    from test_converter import _soffice_bin  # skips this test without LibreOffice (it reads /proc)
    from pismo.files import converter as conv

    converter = conv.Converter()
    try:
        converter.start()
        if not converter.warm:
            import pytest

            pytest.skip("brak Pythona z modułem uno (python3-uno)")
        environ = Path(f"/proc/{_soffice_bin(converter)}/environ").read_bytes().split(b"\0")
        temp = dict(item.decode().split("=", 1) for item in environ if b"=" in item).get("TMPDIR", "")
        assert Path(temp).is_relative_to(converter._folder), (temp, converter._folder)
    finally:
        converter.close()
    assert not Path(temp).exists()


def test_finished_pdf_zips_kept_in_memory_are_bounded_in_bytes(monkeypatch):
    """Finding 8: eight finished „Pobierz z PDF” zips of any size were kept (a 1 000-addressee case ~100 MB each);
    the oldest finished ones go once the kept bytes pass the bound – the newest stays whatever its size."""
    import time

    from pismo.web import jobs

    monkeypatch.setattr(jobs, "KEPT_BYTES", 2500, raising=False)
    kept = jobs.Jobs()
    started = []
    for number in range(4):
        job = kept.start("sprawa", f"wersja-{number}", lambda job: ("s.zip", b"x" * 1000))
        deadline = time.monotonic() + 10
        while job.state == "pracuje" and time.monotonic() < deadline:
            time.sleep(0.01)
        assert job.state == "gotowe"
        started.append(job)
    alive = [job for job in started if kept.get("sprawa", job.id) is not None]
    assert alive == started[-2:], [job.key for job in alive]
    big = kept.start("sprawa", "duża", lambda job: ("s.zip", b"x" * 5000))
    deadline = time.monotonic() + 10
    while big.state == "pracuje" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert kept.get("sprawa", big.id) is big and kept.get("sprawa", started[-1].id) is None


def test_a_bare_program_name_is_one_on_path_even_beside_a_folder_of_that_name(tmp_path, monkeypatch):
    """Finding 12: PISMO_SOFFICE=libreoffice was taken for a subfolder „libreoffice” of the working folder
    („to folder, a nie ma w nim programu LibreOffice”) – a bare name is a program on PATH, as in every shell."""
    from helpers import soffice_script
    from pismo.files.soffice import find_soffice

    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    program = soffice_script(bin_folder, "exit 0", "libreoffice")
    work = tmp_path / "praca"
    (work / "libreoffice").mkdir(parents=True)
    monkeypatch.chdir(work)
    monkeypatch.setenv("PATH", str(bin_folder))
    monkeypatch.setenv("PISMO_SOFFICE", "libreoffice")
    assert find_soffice() == program
    assert find_soffice("libreoffice") == program


def test_one_document_without_a_pdf_from_a_program_ending_well_without_a_word_blames_the_program(tmp_path):
    """rev-pdf1's open item: a program writing nothing and saying nothing, ending well (/bin/true, a broken
    wrapper) was „dokument może być uszkodzony” for one document – LibreOffice always says what it did."""
    from helpers import soffice_script

    docx = _plan(tmp_path)
    result = run("pdf", docx, "--soffice", soffice_script(tmp_path, "exit 0", "silent-soffice"))
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "nie utworzył pliku PDF" in said and "rzeczywiście LibreOffice" in said, said
    assert "uszkodzon" not in said, said
