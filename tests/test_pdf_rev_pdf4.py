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


HANGLINE = ('for a in "$@"; do case "$a" in *.docx) ' + CONVERT_LINE + '; exec sleep 60;; esac; done')  # starts at its first document and hangs there


def test_the_retry_of_a_document_libreoffice_stalled_at_waits_shorter_and_is_told(tmp_path, monkeypatch):
    """Finding 6: a hung LibreOffice at a 48 MB document was waited for 2 × 169 s in silence – the retry got the
    whole allowance again."""
    _small_allowances(monkeypatch)
    docx = _written(tmp_path)[1] / "plan.docx"
    monkeypatch.setattr(pdf, "MEGABYTE_ALLOWANCE", 4.0 / (docx.stat().st_size / 1e6))  # 4 s for the plan
    hanging = soffice_script(tmp_path, HANGLINE, "hangline-soffice")
    first = pdf._allowance(pdf._Run("x", None, False), pdf._Document(docx, docx, docx, docx.stat().st_size), True)
    began = time.monotonic()
    result = run("pdf", docx, "--soffice", hanging)
    took = time.monotonic() - began
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert first > 3 and took < first * 1.6 + 1, (first, took, said)
    assert "plan.docx i został zatrzymany – próbuję jeszcze raz" in said, said


def test_libreoffice_stalling_at_two_documents_in_a_row_is_the_program_not_the_documents(tmp_path, monkeypatch):
    """Finding 3: a LibreOffice hanging at whatever it opens – each of 9 documents was told LibreOffice stopped
    „przy dokumencie … może być uszkodzony”, also the 7 it never opened, and sent to look for damage."""
    _small_allowances(monkeypatch)
    folder = _written(tmp_path, "wszystko")[1]
    hanging = soffice_script(tmp_path, HANGLINE, "hangline-soffice")
    result = run("pdf", folder, "--soffice", hanging, "--jobs", "1")
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert "uszkodz" not in said and "bardzo długi" not in said, said
    assert "dwóch różnych dokumentach" in said, said


def test_the_documents_libreoffice_never_opened_are_not_told_it_stalled_at_them(tmp_path, monkeypatch):
    """Finding 3: the stall is named for the document LibreOffice was at, the others are told they were not
    converted because of it."""
    _small_allowances(monkeypatch)
    folder = _written(tmp_path, "wszystko")[1]
    stubborn = soffice_script(tmp_path, 'for a in "$@"; do case "$a" in *-plan.docx) '  # hangs at plan.docx alone
                                        f'{CONVERT_LINE}; exec sleep 60;; esac; done', "stubborn-soffice")
    result = run("pdf", folder, "--soffice", stubborn, "--jobs", "1")
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert said.count("bardzo długi albo uszkodzony") == 1, said
    assert "przy innym dokumencie" in said, said


def test_a_stale_read_only_pdf_is_renewed_with_nadpisz_in_the_note(tmp_path):
    """Finding 2: after a case change `wszystko --pdf` said „aby je odnowić, uruchom „pismo pdf FOLDER”” of one
    read-only plan.pdf – the very command that refuses it; and spoke of one file in the plural."""
    from helpers import copying_soffice

    case = case_copy(tmp_path / "sprawy" / "r.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    made = out / "r" / "plan.pdf"
    made.chmod(0o444)
    case_copy(case, replace={"Łęcznej": "Łęcznej "})
    result = run("plan", case, "-o", out)
    said = " ".join(result.output.split())
    assert result.exit_code == 0, said
    assert (f"plik PDF z poprzedniej wersji dokumentu – może się od niego różnić: {made}; jest oznaczony jako tylko "
            f"do odczytu (np. wersja wysłana), więc aby go odnowić, uruchom „pismo pdf {made.with_suffix('.docx')} "
            "--nadpisz”") in said, said
    made.chmod(0o644)
    plain = " ".join(run("plan", case, "-o", out).output.split())
    assert f"może się od niego różnić: {made}; aby go odnowić, uruchom „pismo pdf {made.parent}”" in plain, plain


def test_a_kept_current_pdf_of_a_document_open_in_word_says_it_is_open(tmp_path):
    """Finding 5: `pismo pdf` of a document open in Word whose read-only PDF is current said only „Bez zmian …
    PDF powstał z obecnej wersji” – nothing of the corrections on the screen."""
    from helpers import copying_soffice

    case = case_copy(tmp_path / "sprawy" / "w.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    docx = out / "w" / "plan.docx"
    docx.with_suffix(".pdf").chmod(0o444)
    (docx.parent / "~$plan.docx").write_bytes(b"\x07Jan Kowalski      ")
    result = run("pdf", docx, "--soffice", copying_soffice(tmp_path))
    said = " ".join(result.output.split())
    assert result.exit_code == 0, said
    assert "Bez zmian" in said and f"{docx} jest otwarty w Wordzie przez: Jan Kowalski" in said, said
    assert f"zapisz go i uruchom „pismo pdf {docx} --nadpisz” ponownie" in said, said
