"""The third PDF review (rev-pdf3) of issue 17: LibreOffice's time allowances and the reasons a PDF is missing."""

from __future__ import annotations

import time
from pathlib import Path

from helpers import copying_soffice, soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf


def _plan(tmp_path):
    """One small document of pismo's, written without a PDF."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    return out / "h" / "plan.docx"


def _small_allowances(monkeypatch, start: float = 2.0, document: float = 0.5) -> None:
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", start)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", document)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.3)


def test_a_slow_start_within_the_start_allowance_converts(tmp_path, monkeypatch):
    """Finding 1: a cold start slower than half the start allowance (56–110 s of 110 s) was killed at 55 s in
    each try and the officer told to reinstall a working LibreOffice."""
    _small_allowances(monkeypatch)
    docx = _plan(tmp_path)
    copying = copying_soffice(tmp_path)
    slow = soffice_script(tmp_path, f'sleep 1.6\nexec "{copying}" "$@"', "slow-soffice")
    result = run("pdf", docx, "--soffice", slow)
    assert result.exit_code == 0, result.output
    assert pdf.pdf_pages(docx.with_suffix(".pdf")) == 1


def test_a_start_that_hangs_is_paid_once_and_not_tried_again(tmp_path, monkeypatch):
    """Finding 1 (the original rev-pdf2 #6): a LibreOffice hanging at start is waited for one start allowance, not
    once per try; it is the program's fault."""
    _small_allowances(monkeypatch, start=1.0)
    docx = _plan(tmp_path)
    calls = tmp_path / "calls"
    hanging = soffice_script(tmp_path, f'echo x >> "{calls}"\nexec sleep 60', "hanging-soffice")
    began = time.monotonic()
    result = run("pdf", docx, "--soffice", hanging)
    took = time.monotonic() - began
    assert result.exit_code != 0, result.output
    assert calls.read_text().count("x") == 1, result.output
    assert took < 3.5, took
    said = " ".join(result.output.split())
    assert "uruchamia się ręcznie" in said and "uszkodzone" not in said, said


def test_a_long_document_libreoffice_started_on_is_not_blamed_on_the_program(tmp_path, monkeypatch):
    """Finding 4: LibreOffice printed its „convert …” line (it started and loaded the document) and was then
    stopped: „nie uruchomił się … zainstaluj go ponownie” sent the officer to reinstall a working program."""
    _small_allowances(monkeypatch, start=1.0)
    docx = _plan(tmp_path)
    busy = soffice_script(tmp_path, 'for a in "$@"; do case "$a" in *.docx) '
                                    'echo "convert $a -> x.pdf using filter : writer_pdf_Export";; esac; done\n'
                                    'exec sleep 60', "busy-soffice")
    result = run("pdf", docx, "--soffice", busy)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert "nie uruchomił się" not in said and "uruchamia się ręcznie" not in said, said
    assert "przestał odpowiadać przy" in said and "uszkodzone" in said, said


def _document(size: int, text: int = 0) -> pdf._Document:
    return pdf._Document(Path("a"), Path("a"), Path("a"), size, text=text)


def test_the_allowance_fits_the_work_and_has_a_cap():
    """Finding 5: a hung LibreOffice with a 48 MB document of photos was waited for 2 × 1017 s (20 s per MB of
    zip), for a conversion of 9.5 s; a long text (26 MB of XML in a 96 KB zip) needs more than a short one."""
    run_ = pdf._Run("soffice", None, False)
    small, photos = _document(20_000, 50_000), _document(48_000_000, 100_000)
    long_text = _document(96_000, 26_000_000)
    assert pdf._allowance(run_, small, started=False) > pdf._allowance(run_, small, started=True)
    assert pdf._allowance(run_, photos, started=False) < 400
    assert pdf._allowance(run_, long_text, started=True) > 120
    assert pdf._allowance(run_, _document(10 ** 10, 10 ** 10), started=True) == pdf.DOCUMENT_CAP


UNLOADED = 'for a in "$@"; do case "$a" in *.docx) echo "Error: source file could not be loaded";; esac; done; exit 0'


def _rewired(source: Path, target: Path, change) -> Path:
    """A copy of a .docx with its package wiring changed: every XML part still well formed."""
    import zipfile

    with zipfile.ZipFile(source) as reading, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as writing:
        for item in reading.infolist():
            changed = change(item.filename, reading.read(item.filename))
            if changed is not None:
                writing.writestr(item.filename, changed)
    return target


MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
BROKEN_PACKAGES = {
    "bez-typow": lambda name, data: None if name == "[Content_Types].xml" else data,
    "bez-rels": lambda name, data: None if name == "_rels/.rels" else data,
    "rels-brak": lambda name, data: data.replace(b"word/document.xml", b"word/dokument.xml")
    if name == "_rels/.rels" else data,
    "typ-zly": lambda name, data: data.replace(MAIN, b"application/xml") if name == "[Content_Types].xml" else data,
}


def test_a_docx_with_a_broken_package_is_the_document_s_not_a_snap_s(tmp_path):
    """Finding 2: a .docx without [Content_Types].xml or _rels/.rels, or whose main part is missing or mistyped,
    which LibreOffice „could not load”, was put down to a snap's or Flatpak's private /tmp."""
    plan = _plan(tmp_path)
    soffice = soffice_script(tmp_path, UNLOADED, "soffice")
    for name, change in BROKEN_PACKAGES.items():
        broken = _rewired(plan, tmp_path / f"{name}.docx", change)
        said = " ".join(run("pdf", broken, "--soffice", soffice).output.split())
        assert "snap" not in said and "nie widzi" not in said, (name, said)
        assert "uszkodzon" in said, (name, said)
    sound = " ".join(run("pdf", plan, "--soffice", soffice).output.split())
    assert "nie widzi" in sound, sound  # a sound document LibreOffice cannot load is still the private /tmp


WRONG_PROGRAMS = {
    "removed": 'echo "$0: 2: exec: /opt/libreoffice7.5/program/soffice: not found" >&2; exit 127',
    "false": "exit 1",
    "python": "echo \"usage: python3 [option] ... Try \\`python -h' for more information.\" >&2; exit 2",
}


def test_a_wrong_program_exiting_with_an_error_is_not_the_documents_fault(tmp_path):
    """Finding 6: a wrapper to a removed LibreOffice (exit 127, „not found”), /bin/false, or another tool's usage
    line was told as „LibreOffice zakończył pracę z błędem” with the advice to check the documents for damage."""
    plan = _plan(tmp_path)
    for name, body in WRONG_PROGRAMS.items():
        calls = tmp_path / f"calls-{name}"
        program = soffice_script(tmp_path, f'echo x >> "{calls}"\n{body}', f"soffice-{name}")
        said = " ".join(run("pdf", plan, "--soffice", program).output.split())
        assert "rzeczywiście LibreOffice" in said and "uszkodzone" not in said, (name, said)
        assert calls.read_text().count("x") == 1, (name, said)  # no second try of a program that is not LibreOffice


def test_a_damaged_manifest_is_not_called_missing(tmp_path):
    """Finding 8: with manifest.json cut short, `pismo pdf` said the folder was „bez wykazu manifest.json”."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    (out / "h" / "manifest.json").write_text('{"dokumenty": [')
    said = " ".join(run("pdf", out / "h" / "plan.docx", "--soffice", copying_soffice(tmp_path)).output.split())
    assert "manifest.json w folderze jest uszkodzony" in said and "bez wykazu" not in said, said
