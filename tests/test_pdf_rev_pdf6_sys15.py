"""Follow-ups of the sixth PDF review (rev-pdf6) of issue 17: a later LibreOffice's wait is told (#11), and a
document LibreOffice legitimately needs long for can be given more time (#10)."""

from __future__ import annotations

from helpers import MINIMAL_PDF, copying_soffice, soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf


def _case_documents(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    return out / "h"


def _short_waits(monkeypatch):
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 1.5)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.3)
    monkeypatch.setattr(pdf, "PER_PROCESS", 2)


def test_a_later_batch_whose_libreoffice_hangs_at_start_is_told_while_waited_for(tmp_path, monkeypatch):
    """#11: the first start converts, the next batch's LibreOffice hangs before any sign of work – the wait was
    told only before the run's first PDF, so a real run sat silent for 3 min 40 s. Whatever the machine's speed:
    each document of the first start has 2 s, and a first start slower than the notice's 0.3 s may be told as such
    before its PDFs (it failed once under load), never after them."""
    _short_waits(monkeypatch)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 2.0)  # a loaded machine's cp is no hang
    folder = _case_documents(tmp_path)
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    counter = tmp_path / "counter"
    soffice = soffice_script(tmp_path, f'n=$(cat "{counter}" 2>/dev/null || echo 0); echo $((n+1)) > "{counter}"\n'
                             '[ "$n" -ge 1 ] && exec sleep 60\n'
                             'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
                             'mkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                             'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                             f'cp "{minimal}" "$out/$b.pdf";; esac; done', "second-start-hangs")
    result = run("pdf", folder, "-j", "1", "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and len(list(folder.glob("*.pdf"))) == 2, said
    later = said.find("Czekam na LibreOffice uruchomiony dla kolejnych dokumentów (2 dokumenty) – od 0,3 s nie "
                      "zaczął ich zamieniać; czekam dalej… (Ctrl+C przerywa)")
    assert later >= 0, said
    first = said.find("nie utworzył jeszcze żadnego pliku PDF")
    assert first < later and said.count("nie utworzył jeszcze żadnego pliku PDF") <= 1, said  # two were made: only
    # a slow first start is told so, before them


def test_batches_that_start_at_once_tell_no_wait(tmp_path, monkeypatch):
    """Ordinary batches of a run that each start and convert at once: not a word of waiting."""
    _short_waits(monkeypatch)
    folder = _case_documents(tmp_path)
    result = run("pdf", folder, "-j", "1", "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0 and "Czekam" not in result.output, result.output
    assert len(list(folder.glob("*.pdf"))) == len(list(folder.glob("*.docx")))


def _slow_soffice(tmp_path, pause: float) -> str:
    """LibreOffice laying out a very long document: its „convert …” line, then `pause` seconds, then the PDF
    (a sleep uses no processor, so only the allowance decides, as where /proc is not read)."""
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, 'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                          'prev="$a"; done\nmkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) '
                          'b=$(basename "$a" .docx); echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'sleep {pause}; cp "{minimal}" "$out/$b.pdf";; esac; done', "slow-soffice")


def test_a_long_document_stopped_in_its_time_is_told_how_to_give_more(tmp_path, monkeypatch):
    """#10: a sound document LibreOffice needs long for had no way through – the stop now says how to allow more."""
    _short_waits(monkeypatch)
    folder = _case_documents(tmp_path)
    plan = folder / "plan.docx"
    result = run("pdf", plan, "--soffice", _slow_soffice(tmp_path, 3))
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and not plan.with_suffix(".pdf").exists(), said
    assert f"Jeśli dokument jest bardzo długi, daj LibreOffice więcej czasu na każdy dokument (w sekundach): " \
           f"pismo pdf {plan} --czas 600" in said, said


def test_czas_gives_libreoffice_the_time_a_long_document_needs(tmp_path, monkeypatch):
    _short_waits(monkeypatch)
    folder = _case_documents(tmp_path)
    plan = folder / "plan.docx"
    result = run("pdf", plan, "--soffice", _slow_soffice(tmp_path, 3), "--czas", "10")
    assert result.exit_code == 0 and plan.with_suffix(".pdf").exists(), result.output
    assert "bardzo długi" not in result.output, result.output


def test_czas_is_bounded(tmp_path):
    plan = tmp_path / "plan.docx"
    for value in ("5", "3601", "abc"):
        result = run("pdf", plan, "--czas", value)
        assert result.exit_code == 2 and "Nieprawidłowa wartość „--czas”" in result.output, result.output


def test_without_czas_the_allowance_still_scales_with_the_document(tmp_path):
    """Ordinary runs keep the scaled allowance; --czas replaces only each document's work, not the start's."""
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"x" * 1_000_000)
    document = pdf._Document(docx, docx, docx, docx.stat().st_size)
    assert pdf._allowance(pdf._Run("x", None, False), document, True) == pdf.DOCUMENT_ALLOWANCE + pdf.MEGABYTE_ALLOWANCE
    given = pdf._Run("x", None, False, document_time=600)
    assert pdf._allowance(given, document, True) == 600
    assert pdf._allowance(given, document, False) == pdf.STARTUP_ALLOWANCE + 600
