"""Findings of the sixth PDF review (rev-pdf6) of issue 17, and rev-sys7 #4."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import LECZNA, MINIMAL_PDF, copying_soffice, soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """The Łęczna case's documents, made once: copied by each test."""
    out = tmp_path_factory.mktemp("made")
    case = case_copy(out / "sprawy" / "h.yaml", LECZNA)
    assert run("wszystko", case, "-o", out / "pisma").exit_code == 0
    return out / "pisma" / "h"


def _folder(made: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "h"
    shutil.copytree(made, folder)
    return folder


def crashing_soffice(tmp_path: Path, crash_on: str, log: Path) -> str:
    """A stand-in LibreOffice printing its „convert …” line for each document, then writing its PDF – dying by
    SIGSEGV at every document whose name contains `crash_on`, as LibreOffice does on a document that crashes it."""
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                          'prev="$a"; done\nmkdir -p "$out"\n'
                          f'echo "$*" >> "{log}"\n'
                          'for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'case "$a" in *{crash_on}*) kill -SEGV $$;; esac; cp "{minimal}" "$out/$b.pdf";; esac; done',
                          "crashing-soffice")


def test_a_crash_at_one_document_costs_only_that_document(made, tmp_path):
    """Finding 1: the retry kept the crashing document first, so every sound document after it lost its PDF and
    was sent to look for damage; now it goes last, is named, and the others get their PDFs."""
    folder = _folder(made, tmp_path)
    log = tmp_path / "starts.log"
    result = run("pdf", folder, "-j", "1", "--soffice", crashing_soffice(tmp_path, "wniosek", log))
    said = " ".join(result.output.split())
    assert result.exit_code == 1, said
    documents = sorted(folder.glob("*.docx"))
    made_pdfs = sorted(p.stem for p in folder.glob("*.pdf"))
    assert made_pdfs == sorted(d.stem for d in documents if d.stem != "wniosek-monitoring"), said
    assert "1 z 9" in said and "wniosek-monitoring.docx: LibreOffice uległ awarii (sygnał 11)" in said, said
    assert "przy zamianie tego dokumentu" in said, said
    starts = log.read_text().splitlines()
    assert len(starts) == 2 and starts[1].rstrip().endswith("wniosek-monitoring.docx"), starts


def test_a_document_never_reached_after_a_crash_is_not_sent_to_look_for_damage(tmp_path):
    """The documents a crash left unconverted in the last attempt are told the document it crashed at."""
    documents = [pdf._Document(Path(f"/x/{name}.docx"), Path(), Path(), 1) for name in ("a", "b")]
    documents[0].stalls, documents[0].failed = 1, ("LibreOffice uległ awarii (sygnał 11)",)
    pdf._culprits_judged(documents, "LibreOffice uległ awarii (sygnał 11)", None)
    assert "przy zamianie tego dokumentu" in documents[0].error and not documents[0].refused
    assert "przy innym dokumencie („a.docx”)" in documents[1].error and documents[1].refused
    assert pdf._advice(documents[1:]) != pdf.DAMAGE_ADVICE


def _with_relationship(source: Path, target: Path, relationship: str) -> Path:
    """A copy of a .docx whose main part has one more relationship."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as copy:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", relationship.encode() + b"</Relationships>")
            copy.writestr(info, data)
    return target


def test_a_document_with_a_linked_picture_is_refused_before_libreoffice_runs(made, tmp_path):
    """Finding 16: LibreOffice fetched a linked picture from its server while converting – pismo never uses the
    network; the document is refused by name and part, LibreOffice never gets it (the sound one beside it still
    gets its PDF since rev-pdf7 #1's follow-up: one refused document no longer costs the whole run)."""
    folder = tmp_path / "d"
    folder.mkdir()
    linked = _with_relationship(made / "plan.docx", folder / "obraz.docx", (
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        'Target="http://127.0.0.1:9/obrazek.png" TargetMode="External"/>'))
    shutil.copy(made / "informacja.docx", folder)
    starts = tmp_path / "starts"
    converting = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'echo "$*" >> "{starts}"\n"{converting}" "$@"')
    result = run("pdf", folder, "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert f"{linked}: dokument odwołuje się do zasobu spoza niego: „http://127.0.0.1:9/obrazek.png” " \
           "(część word/_rels/document.xml.rels)" in said, said
    assert "nie łączy się z siecią" in said, said
    assert "obraz.docx" not in starts.read_text() and not (folder / "obraz.pdf").exists()
    assert (folder / "informacja.pdf").exists(), said


def test_an_external_hyperlink_is_no_reach_out(made, tmp_path):
    """A web link is followed only when clicked: such a document converts."""
    folder = tmp_path / "d"
    folder.mkdir()
    _with_relationship(made / "plan.docx", folder / "link.docx", (
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'hyperlink" Target="https://example.org/" TargetMode="External"/>'))
    result = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    assert (folder / "link.pdf").exists()


def test_ctrl_c_after_pdfs_were_placed_and_recorded_says_they_were():
    """Finding 7, rev-sys7 #4: in a case folder each PDF is recorded as placed, so the words after Ctrl+C (taken
    from the unrecorded ones) said „zanim zapisał pierwszy plik PDF – nie utworzono żadnego” under the list of
    the PDFs written (the Ctrl+C's `written`). One source for both."""
    from pismo import api, errors

    assert not pdf.placed()
    written = [Path("/sprawy/h/plan.pdf"), Path("/sprawy/h/informacja.pdf")]
    with pytest.raises(errors.Interrupted) as stopped:
        with api._pdf_errors(api._pdf_interrupted("Przerwano. ")):
            pdf._STARTED[0] += 1
            interrupt = KeyboardInterrupt()
            interrupt.written = written
            raise interrupt
    assert stopped.value.pdfs == written
    said = str(stopped.value)
    assert "pliki PDF zapisane przed przerwaniem są kompletne" in said, said
    assert "nie utworzono żadnego" not in said and "nie zapisano" not in said, said


def test_ctrl_c_before_any_pdf_was_placed_blames_no_libreoffice_progress():
    """Finding 2: „LibreOffice zatrzymano, zanim zapisał pierwszy plik PDF” of a LibreOffice that had written five
    (placed only when its process ends) or had already ended (a wait for the folder's lock)."""
    from pismo import api

    said = api._pdf_interrupted("Przerwano. ")
    pdf._STARTED[0] += 1
    assert said([]) == "Przerwano. Zamianę na PDF zatrzymano; żadnego pliku PDF nie zapisano obok dokumentów."


def test_the_manifest_is_rewritten_once_per_batch_not_per_pdf(made, tmp_path, monkeypatch):
    """Finding 18: each PDF placed rewrote the whole manifest – time grew with the square of the documents (2 000:
    91 s of pismo's own time). Now a batch's PDFs of a folder are recorded together, before its lock is let go."""
    from pismo.files import output

    folder = _folder(made, tmp_path)
    calls = []
    original = output.add_to_record_locked

    def counted(*args, **kwargs):
        calls.append(sorted(args[1]))
        return original(*args, **kwargs)

    monkeypatch.setattr(output, "add_to_record_locked", counted)
    result = run("pdf", folder, "-j", "1", "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    pdfs = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(pdfs) == 9 and calls == [pdfs]
    recorded = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["dokumenty"]
    assert sorted(e["plik"] for e in recorded if e["rodzaj"] == "pdf") == pdfs


def test_judging_a_document_libreoffice_could_not_load_is_bounded(made, tmp_path):
    """Finding 17: a 1.2 MB .docx holding a 1.2 GB part of spaces (and a main part cut in half) took pismo 2.5 GB
    and 21 s to judge – every part unpacked and parsed whole; under a memory limit the whole run ended. A part
    Word and LibreOffice ignore is not judged beyond the bound; a main part cut in half still is damage."""
    import time
    import tracemalloc

    bomb = tmp_path / "bomba.docx"
    with zipfile.ZipFile(made / "plan.docx") as archive, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            data = archive.read(info)
            copy.writestr(info.filename, data)
        with copy.open("customXml/item1.xml", "w") as part:
            for _ in range(160):
                part.write(b" " * (1 << 20))
    assert bomb.stat().st_size < 2_000_000
    document = pdf._Document(bomb, bomb, bomb, bomb.stat().st_size)
    tracemalloc.start()
    began = time.monotonic()
    try:
        judged = pdf._word_document(document)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert judged is True
    assert peak < 40_000_000, peak
    assert time.monotonic() - began < 5
    cut = tmp_path / "uciety.docx"
    with zipfile.ZipFile(made / "plan.docx") as archive, zipfile.ZipFile(cut, "w") as copy:
        for info in archive.infolist():
            data = archive.read(info)
            copy.writestr(info.filename, data[:len(data) // 2] if info.filename == "word/document.xml" else data)
    assert pdf._word_document(pdf._Document(cut, cut, cut, cut.stat().st_size)) is False


def test_libreoffice_asking_to_be_started_again_is_started_again(made, tmp_path):
    """Finding 3: soffice.bin ends with code 81 after making a new profile („start me again”, which LibreOffice's
    own soffice script does): it was called „not LibreOffice” and not retried, though the next run worked."""
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(made / "plan.docx", folder)
    asked = tmp_path / "asked"
    copying = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'[ -e "{asked}" ] || {{ touch "{asked}"; exit 81; }}\nexec "{copying}" "$@"',
                             "restarting-soffice")
    result = run("pdf", folder, "--soffice", soffice)
    assert result.exit_code == 0, result.output
    assert (folder / "plan.pdf").exists() and "rzeczywiście LibreOffice" not in result.output


def test_a_silent_failed_start_of_a_program_that_converted_is_libreoffices_and_retried(made, tmp_path, monkeypatch):
    """Finding 15: the program made 3 PDFs, then a start of it ended with code 1 without a word – told „czy to
    rzeczywiście LibreOffice” and not tried a second time."""
    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    folder = _folder(made, tmp_path)
    starts = tmp_path / "starts"
    copying = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'echo x >> "{starts}"\n[ "$(wc -l < "{starts}")" -gt 1 ] && exit 1\n'
                             f'exec "{copying}" "$@"', "failing-later-soffice")
    result = run("pdf", folder, "-j", "1", "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code == 1, said
    assert len(list(folder.glob("*.pdf"))) == 3
    assert "rzeczywiście LibreOffice" not in said and "LibreOffice zakończył pracę z błędem (kod 1)" in said, said
    assert len(starts.read_text().splitlines()) == 3  # the failing batch was started a second time, with a document
    # it converted first – that one failing too, the last batch is not started (rev-pdf11 #8)


def test_no_room_for_libreoffices_folder_is_the_temporary_disk_s_fault(tmp_path, monkeypatch):
    """Finding 6: ENOSPC making the folder of the retry's LibreOffice was told „nie można uruchomić programu
    LibreOffice … sprawdź program podany w --soffice”; a disk out of file entries (inodes) is full too."""
    import errno

    said = pdf._no_temp(OSError(errno.ENOSPC, "No space left on device"))
    assert said.startswith("brak miejsca na dysku w folderze tymczasowym") and "--soffice" not in said, said
    assert pdf.fault_of(said) == "space"
    monkeypatch.setattr(pdf, "_free_entries", lambda folder: 20)
    said = pdf.full_disk(tmp_path, "LibreOffice nie mógł zapisać PDF")
    assert said and "wolne wpisy plików" in said, said


def test_a_small_temporary_disk_that_took_this_runs_pdfs_is_not_full(tmp_path, monkeypatch):
    """Finding 8: with under 20 MB free in the temporary folder, a damaged document was told „brak miejsca na
    dysku … zwolnij miejsce” though LibreOffice had just written the other PDFs of the run there."""
    monkeypatch.setattr(pdf, "_free_bytes", lambda folder: 600 * 1024)
    monkeypatch.setattr(pdf, "_free_entries", lambda folder: 10_000)
    run_ = pdf._Run("soffice", None, False)
    run_.converted = True
    document = pdf._Document(tmp_path / "a.docx", tmp_path / "a.docx", tmp_path / "a.pdf", 1)
    assert pdf._why(tmp_path, "", run_, [document]) == pdf.NO_PDF
    run_.converted = False
    assert pdf._why(tmp_path, "", run_, [document]).startswith("brak miejsca na dysku")


def test_the_warm_converter_says_free_space_once(tmp_path, monkeypatch):
    """Finding 9: „… – zwolnij miejsce – zwolnij miejsce na dysku i uruchom zamianę ponownie”."""
    from pismo.files import converter

    monkeypatch.setattr(pdf, "_free_bytes", lambda folder: 1024)
    said = converter._refused({"ok": False, "message": "x"}, tmp_path / "a.pdf")
    assert said.count("zwolnij miejsce") == 1, said


def test_a_libreoffice_working_at_full_processor_is_not_stopped_as_hung(made, tmp_path, monkeypatch):
    """Finding 10: a sound document of 10 000 pages (90 s of LibreOffice's work) was killed after its allowance,
    twice, as „przestał odpowiadać” – LibreOffice was busy laying it out. Using the processor is progress."""
    import sys

    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 2.0)
    monkeypatch.setattr(pdf, "MEGABYTE_ALLOWANCE", 0.0)
    monkeypatch.setattr(pdf, "TEXT_ALLOWANCE", 0.0)
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(made / "plan.docx", folder)
    copying = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'"{sys.executable}" -c "import time\nend = time.time() + 3.5\n'
                             'while time.time() < end: pass"\n'
                             f'exec "{copying}" "$@"', "busy-soffice")  # 3.5 s of work: allowance 2.5, run 4.5
    result = run("pdf", folder, "--soffice", soffice)
    assert result.exit_code == 0, result.output
    assert (folder / "plan.pdf").exists()


def test_a_busy_tree_is_measured():
    """The processor time of a process and those under it grows while they work, and stays while they sleep."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "import time\nend = time.time() + 1\nwhile time.time() < end: pass\n"
                              "time.sleep(6)"])
    try:
        busy = pdf._Busy(child.pid)
        import time

        time.sleep(0.8)
        assert busy.working()
        time.sleep(2.5)  # its work is over
        busy.working()
        time.sleep(1.5)
        assert not busy.working()
    finally:
        child.kill()
        child.wait()


def stopping_soffice(tmp_path: Path, after: int, log: Path) -> str:
    """A stand-in for a LibreOffice that quietly stops after `after` documents of its list (7.4 did after 245):
    their „convert …” lines and PDFs, then code 0 without a word."""
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, 'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                          f'prev="$a"; done\nmkdir -p "$out"; n=0; echo start >> "{log}"\n'
                          'for a in "$@"; do case "$a" in *.docx) n=$((n+1)); '
                          f'[ $n -gt {after} ] && exit 0; b=$(basename "$a" .docx); '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "stopping-soffice")


def test_documents_a_libreoffice_stopping_early_never_reached_are_converted_in_parts(made, tmp_path):
    """Finding 13: LibreOffice ending well after the first part of its list – the retry gave the rest to one
    process again, which stopped at the same point, and each document it never opened was told „dokument może
    być uszkodzony”. The retry gives them in parts as large as what it converted."""
    folder = _folder(made, tmp_path)
    log = tmp_path / "starts"
    result = run("pdf", folder, "-j", "1", "--soffice", stopping_soffice(tmp_path, 3, log))
    assert result.exit_code == 0, result.output
    assert len(list(folder.glob("*.pdf"))) == 9
    assert len(log.read_text().splitlines()) == 3  # 3 converted; the 6 left in two parts of 3


def test_a_document_never_reached_is_told_so_not_sent_to_look_for_damage(tmp_path):
    """Finding 13: a document LibreOffice never reached (it ended before its „convert …” line) is no damage."""
    document = pdf._Document(tmp_path / "a.docx", tmp_path / "a.docx", tmp_path / "nie-ma.pdf", 1)
    document.unreached = True
    said = pdf._unusable(document, pdf.NO_PDF)
    assert "zanim doszedł do tego dokumentu" in said and "uszkodzony" not in said


def test_a_pdf_libreoffice_wrote_incomplete_sends_nobody_to_look_for_damage(made, tmp_path):
    """Finding 14: „sprawdź, czy program LibreOffice działa poprawnie” on the line, then the closing advice sent the
    officer to check the documents for damage."""
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(made / "plan.docx", folder)
    soffice = soffice_script(tmp_path, 'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                             'prev="$a"; done\nmkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) '
                             'printf "%%PDF-1.7 urwany" > "$out/$(basename "$a" .docx).pdf";; esac; done', "cutting")
    result = run("pdf", folder, "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and "niepełny albo uszkodzony" in said, said
    assert pdf.DAMAGE_ADVICE not in said, said


@pytest.mark.parametrize("value, blank", [(" ", "podano same spacje"), ("/usr/bin/soffice\n", "znak końca wiersza"),
                                          ("\t/usr/bin/soffice", "znak tabulacji")])
def test_a_soffice_value_of_blanks_is_shown_quoted_and_named(value, blank, monkeypatch):
    """Finding 4: PISMO_SOFFICE=" " began the line with blanks (no „błąd:”), a pasted line end broke the message in
    two and was called „spację”."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_installed", lambda: None)
    monkeypatch.setattr(soffice.os.path, "exists", lambda path: path == "/usr/bin/soffice")
    monkeypatch.setenv("PISMO_SOFFICE", value)
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(None)
    said = str(refused.value)
    assert said.startswith("„") and "\n" not in said.split(".\n")[0] and blank in said, said
    assert "\t" not in said and "spację" not in said, said


def test_a_start_hang_after_other_batches_converted_blames_no_document_it_never_opened(made, tmp_path, monkeypatch):
    """Finding 11: the first start converted, every later one hung before any sign of work – each document of the
    hung processes was told „przestał odpowiadać przy dokumencie … (dokument może być … uszkodzony)”. Now the
    document it may have been loading goes last in the retry, and a hang at two different documents in a row is
    the program's fault."""
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "MEGABYTE_ALLOWANCE", 0.0)
    monkeypatch.setattr(pdf, "TEXT_ALLOWANCE", 0.0)
    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    folder = _folder(made, tmp_path)
    starts = tmp_path / "starts"
    copying = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'echo x >> "{starts}"\n[ "$(wc -l < "{starts}")" -gt 1 ] && exec sleep 30\n'
                             f'exec "{copying}" "$@"', "hanging-later-soffice")
    result = run("pdf", folder, "-j", "1", "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code == 1, said
    assert len(list(folder.glob("*.pdf"))) == 3
    # the hung batch started again with a document it converted first: hung at that one too, it is the program's;
    # the last batch is not started (sys17, f092dc2) and told why (rev-pdf11 #11: two waits, not four)
    assert said.count("także z dokumentem, który wcześniej zamienił bez kłopotu") == 6, said
    assert said.count("to wina programu, nie dokumentów") == 6, said
    assert len(starts.read_text().splitlines()) == 3, said
    assert pdf.DAMAGE_ADVICE not in said, said


def test_the_web_converter_names_a_program_that_is_not_libreoffice(tmp_path):
    """Finding 12: `pismo serwer --soffice /bin/true` was told „LibreOffice nie uruchomił się … zakończył pracę
    zaraz po uruchomieniu, kod 0 – … zainstaluj go ponownie”; the CLI names the program and where it was given."""
    from pismo.files import converter

    said = converter._start_failed({"why": "exited", "code": 0, "said": ""}, "/bin/true")
    assert said.startswith(pdf.NOT_LIBREOFFICE) and "/bin/true" in said and "PISMO_SOFFICE" in said, said
    assert "zainstaluj" not in said, said
    crashed = converter._start_failed({"why": "exited", "code": -11, "said": ""}, "/usr/bin/soffice")
    assert "rzeczywiście LibreOffice" not in crashed, crashed


def test_the_web_converter_starts_libreoffice_again_when_it_asks_to_be(made, tmp_path, monkeypatch):
    """Finding 3 (web): the converter rebuilt the profile between its two tries, so each was a first start ending
    with code 81 („start me again”) – never past the start, and told to reinstall LibreOffice."""
    from pismo.files import converter

    real = shutil.which("soffice")
    if real is None:
        pytest.skip("LibreOffice is not installed")
    soffice = soffice_script(tmp_path, 'for a in "$@"; do case "$a" in -env:UserInstallation=file://*) '
                             'p="${a#-env:UserInstallation=file://}";; esac; done\n'
                             '[ -e "$p/made-by-fake" ] || { mkdir -p "$p"; touch "$p/made-by-fake"; exit 81; }\n'
                             f'exec "{real}" "$@"', "restarting-soffice")  # 81 on every new profile, as soffice.bin
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # a first use: no profile yet
    started = converter.Converter(soffice)
    try:
        assert started.to_pdf((made / "plan.docx").read_bytes()).startswith(b"%PDF")
    finally:
        started.close()


def test_ctrl_c_in_the_pdf_step_of_wszystko_reads_as_one_sentence_and_asks_for_no_rest_of_none():
    """Finding 7 (wszystko --pdf): „… są kompletne; Zamianę …” and „pozostałe” after „żadnego … nie zapisano”."""
    from pismo import api, errors

    said = api._pdf_interrupted("Przerwano tworzenie PDF. Dokumenty .docx są kompletne; ")
    pdf._STARTED[0] += 1
    assert "kompletne; zamianę na PDF zatrzymano; żadnego pliku PDF nie zapisano" in said([])
    stopped = api._pdfs_interrupted(errors.Interrupted([], said([])), [], Path("pisma"))
    assert "pozostałe" not in stopped.message and "Aby utworzyć pliki PDF, uruchom" in stopped.message, stopped.message
