"""A case folder holds the documents of its case only: what the case no longer makes, and another case's folder.

Findings 1 and 2 of the sixth files review (rev-files6) of issue 17: a meeting renamed left its invitations
in the folder and in manifest.json without a word; a case file of the same name from another folder took the
folder over silently; the note about PDFs of the previous version named the officer's own PDF and pointed at
a command that ended in --nadpisz.
"""

from __future__ import annotations

import hashlib
import os
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import run_interrupted_in_commit
from helpers import LECZNA, WRZOSOGROD, copying_soffice, soffice_script as fake_soffice
from pismo.cli.main import main
from pismo.files import output

OLD, NEW = "spotkanie-monitoring", "spotkanie-kamery"


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def case_copy(path: Path, source: Path = LECZNA, replace: dict[str, str] | None = None) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert old in text
        text = text.replace(old, new)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def listed(folder: Path) -> dict[str, str]:
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {entry["plik"]: entry["sha256"] for entry in data["dokumenty"]}


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def record_pdf(pdf: Path, data: bytes) -> None:
    """A PDF pismo made beside a document: written and recorded as `pismo pdf` records it."""
    pdf.write_bytes(data)
    output.add_to_record({pdf: (hashlib.sha256(data).hexdigest(), len(data))}, "pdf")


# --- finding 1: documents the case no longer makes -------------------------------------------------------

def renamed_meeting(tmp_path: Path) -> tuple[Path, Path, Path]:
    case = case_copy(tmp_path / "sprawy" / "stale.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "stale"
    assert any(OLD in name for name in names(folder))
    case_copy(case, replace={OLD: NEW})
    return case, out, folder


def test_documents_of_a_renamed_meeting_are_removed_and_named(tmp_path):
    case, out, folder = renamed_meeting(tmp_path)
    old_files = sorted(name for name in names(folder) if OLD in name)
    assert len(old_files) >= 5  # invitations, the calendar file, the protocol form, the attendance list
    invitation = next(name for name in old_files if name.startswith("zaproszenie-"))
    record_pdf_of(folder / invitation, b"%PDF zaproszenie")
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not [name for name in names(folder) if OLD in name]  # the old meeting's documents and PDF went
    assert any(NEW in name for name in names(folder))
    assert not [name for name in listed(folder) if OLD in name]
    assert set(listed(folder)) == names(folder) - {"manifest.json"}
    assert "Usunięto dokumenty, których sprawa już nie zawiera" in result.output
    assert invitation in result.output


def test_a_single_kind_command_removes_them_too_and_keeps_the_other_kinds(tmp_path):
    case, out, folder = renamed_meeting(tmp_path)
    requests = {name for name in names(folder) if name.startswith("wniosek-")}
    result = run("zaproszenia", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not [name for name in names(folder) if OLD in name and name.startswith(("zaproszenie-", "spotkanie-"))]
    assert requests <= names(folder) and requests <= set(listed(folder))
    assert "plan.docx" in names(folder) and "plan.docx" in listed(folder)


def test_an_edited_document_the_case_no_longer_makes_is_kept_and_named(tmp_path):
    case, out, folder = renamed_meeting(tmp_path)
    edited = folder / f"protokol-formularz-{OLD}.docx"
    edited.write_bytes(b"poprawione w Wordzie")
    mine = folder / f"notatka-{OLD}.docx"  # never pismo's: not a word about it
    mine.write_bytes(b"moja notatka")
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert edited.read_bytes() == b"poprawione w Wordzie" and mine.read_bytes() == b"moja notatka"
    assert f"zostały dokumenty, których sprawa już nie zawiera" in result.output
    assert str(edited) in result.output and mine.name not in result.output
    assert edited.name not in listed(folder)


def test_a_removal_is_undone_with_the_rest_when_the_write_fails(tmp_path, monkeypatch):
    case, out, folder = renamed_meeting(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real = output._place

    def failing(source, target, clobber):
        if target.name == "manifest.json" and source.name.endswith(".tmp"):
            raise OSError(28, "No space left on device")
        return real(source, target, clobber)

    monkeypatch.setattr(output, "_place", failing)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 1 and "brak miejsca na dysku" in result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_the_files_of_a_kind_the_case_cannot_make_now_are_kept(tmp_path, monkeypatch):
    """A kind blocked by missing data names no files: what it made before may still be the case's."""
    from pismo.case.problems import MissingData
    from pismo.documents import builders

    case, out, folder = renamed_meeting(tmp_path)
    requests = {name for name in names(folder) if name.startswith("wniosek-")}
    assert requests

    def missing(sprawa, **options):
        raise MissingData(("wnioski",))

    monkeypatch.setattr(builders, "wnioski", missing)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert requests <= names(folder) and requests <= set(listed(folder))
    assert not [name for name in names(folder) if OLD in name]  # the meeting's files are known gone all the same


# --- finding 1b: another case's folder -------------------------------------------------------------------

def test_a_folder_of_another_case_file_with_the_same_name_is_refused(tmp_path):
    first = case_copy(tmp_path / "2025" / "rejon.yaml")
    second = case_copy(tmp_path / "2026" / "rejon.yaml", WRZOSOGROD)
    out = tmp_path / "pisma"
    assert run("wszystko", first, "-o", out).exit_code == 0
    folder = out / "rejon"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    refused = run("wszystko", second, "-o", out)
    assert refused.exit_code == 1, refused.output
    assert "dokumenty innej sprawy" in refused.output and str(first) in refused.output
    assert "--nadpisz" in refused.output and "nic nie zapisano" in refused.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    taken = run("wszystko", second, "-o", out, "--nadpisz")
    assert taken.exit_code == 0, taken.output
    assert "wniosek-wniosek-monitoring.docx" not in names(folder)  # the other case's own documents went
    assert set(listed(folder)) == names(folder) - {"manifest.json"}
    assert run("wszystko", second, "-o", out).exit_code == 0  # now the folder is this case's


def test_the_same_case_file_moved_to_another_folder_keeps_its_folder(tmp_path):
    first = case_copy(tmp_path / "robocze" / "rejon.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", first, "-o", out).exit_code == 0
    moved = tmp_path / "archiwum" / "rejon.yaml"
    moved.parent.mkdir()
    shutil.move(first, moved)
    result = run("wszystko", moved, "-o", out)
    assert result.exit_code == 0, result.output


def test_a_folder_written_before_the_case_file_was_recorded_is_still_the_cases(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "rejon.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    manifest = out / "rejon" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({"sprawa": "rejon", "dokumenty": data["dokumenty"]}), encoding="utf-8")
    assert run("wszystko", case, "-o", out).exit_code == 0


# --- finding 2: the officer's own PDF is no PDF of the previous version -------------------------------------

def test_the_officers_own_pdf_is_not_called_a_previous_version(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "scan.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "scan"
    scan = folder / "plan.pdf"
    scan.write_bytes(b"%PDF-1.4 skan podpisanego planu")
    record_pdf(folder / "informacja.pdf", b"%PDF-1.4 pismo")  # pismo's own, unchanged: of the previous version
    record_pdf(folder / "protokol-pusty.pdf", b"%PDF-1.4 pismo")
    (folder / "protokol-pusty.pdf").write_bytes(b"%PDF-1.4 podpisany cyfrowo")  # pismo's, changed since
    case_copy(case, replace={"Łęcznej": "Łęcznej "})
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"plik PDF z poprzedniej wersji dokumentu – może się od niego różnić: {folder / 'informacja.pdf'};" \
        in result.output
    assert str(scan) not in result.output and "protokol-pusty.pdf" not in result.output
    assert scan.read_bytes() == b"%PDF-1.4 skan podpisanego planu"


def test_pdf_refusing_the_officers_own_pdf_says_it_is_not_pismos_and_what_nadpisz_loses(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "scan.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    scan = out / "scan" / "plan.pdf"
    scan.write_bytes(b"%PDF-1.4 skan")
    refused = run("pdf", out / "scan")
    assert refused.exit_code == 1
    assert f"nie utworzyło ich pismo albo zmieniono je po utworzeniu (np. skan podpisanego dokumentu): {scan}" \
        in refused.output
    assert "przenieś je albo zmień im nazwy" in refused.output and "przepadnie" in refused.output
    bare = tmp_path / "luzem"  # a folder of documents without a record: pismo cannot tell its PDFs
    bare.mkdir()
    shutil.copy(out / "scan" / "plan.docx", bare / "plan.docx")
    (bare / "plan.pdf").write_bytes(b"%PDF-1.4 wczesniej")
    refused = run("pdf", bare)
    assert refused.exit_code == 1 and "bez wykazu manifest.json" in refused.output, refused.output
    assert scan.read_bytes() == b"%PDF-1.4 skan" and (bare / "plan.pdf").read_bytes() == b"%PDF-1.4 wczesniej"


def test_a_file_that_is_no_pdf_under_a_pdfs_name_is_never_replaced(tmp_path):
    """A case file saved as plan.pdf in its output folder: `pismo pdf --nadpisz` replaced it."""
    folder = tmp_path / "pisma" / "plan"
    case = case_copy(folder / "plan.pdf")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    before = case.read_bytes()
    refused = run("pdf", folder, "--nadpisz")
    assert refused.exit_code == 1
    assert f"{case}: w miejscu pliku PDF jest plik, który nie jest PDF-em" in refused.output, refused.output
    assert "także z --nadpisz" in refused.output
    assert case.read_bytes() == before


# --- finding 4: PDFs of the current documents are no previous version ------------------------------------

@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_a_rerun_of_an_unchanged_case_calls_no_pdf_stale(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "r.yaml")
    out = tmp_path / "pisma"
    made = run("wszystko", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path))
    assert made.exit_code == 0, made.output
    folder = out / "r"
    assert (folder / "plan.pdf").exists()
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0 and "poprzedniej wersji" not in again.output, again.output
    case_copy(case, replace={"Łęcznej": "Łęcznej "})
    changed = run("plan", case, "-o", out)
    assert f"plik PDF z poprzedniej wersji dokumentu – może się od niego różnić: {folder / 'plan.pdf'};" \
        in changed.output, changed.output
    still = run("plan", case, "-o", out)  # the plan is not written again, but its PDF is still of the old one
    assert f"może się od niego różnić: {folder / 'plan.pdf'};" in still.output, still.output


# --- finding 3: a write killed while its files are put in place ------------------------------------------

KILLED_WRITE = """
import os, sys
from pathlib import Path
sys.path.insert(0, {src!r})
from pismo import api
from pismo.files import output
real, placed = output._place, []

def dying(source, target, clobber):
    real(source, target, clobber)
    placed.append(target)
    if len(placed) == 3:
        os._exit(9)  # a power cut: no roll back, no manifest

output._place = dying
api.generate(Path({case!r}), out=Path({out!r}))
"""


@pytest.mark.parametrize("first", [True, False], ids=["first-write", "rewrite"])
def test_a_write_killed_midway_leaves_files_the_next_run_takes_for_pismos(tmp_path, first):
    import subprocess
    import sys

    import pismo

    case = case_copy(tmp_path / "sprawy" / "k.yaml")
    out = tmp_path / "pisma"
    folder = out / "k"
    if not first:
        assert run("wszystko", case, "-o", out).exit_code == 0
        case_copy(case, replace={"Łęcznej": "Łęcznej "})  # every document changes
    src = str(Path(pismo.__file__).resolve().parents[1])
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITE.format(src=src, case=str(case), out=str(out))])
    assert killed.returncode == 9
    assert (folder / ".pismo-w-toku.json").exists()
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0, again.output
    assert not (folder / ".pismo-w-toku.json").exists()
    assert set(listed(folder)) == names(folder) - {"manifest.json"}
    for name, digest in listed(folder).items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


# --- finding 5: messages after interrupted runs ----------------------------------------------------------

def test_an_interrupted_batch_speaks_of_other_cases_only_when_there_are_some(tmp_path, monkeypatch):
    from pismo import api
    from pismo.documents import batch

    def interrupted_after(count):
        def run_cases(paths, job, jobs, on_done=None, on_stop=None):
            stop = KeyboardInterrupt()
            stop.results = [api.Result(Path(p)) for p in paths[:count]]
            raise stop
        return run_cases

    cases = [case_copy(tmp_path / f"s{n}.yaml") for n in range(2)]
    for count, others in ((2, False), (1, True)):
        monkeypatch.setattr(batch, "run_cases", interrupted_after(count))
        result = run("wszystko", *cases, "-o", tmp_path / "pisma")
        assert result.exit_code == 130
        assert f"Ukończone sprawy: {count} z 2; ich dokumenty są kompletne" in result.output, result.output
        assert ("pozostałych nie utworzono" in result.output) is others


def test_ctrl_c_after_all_was_done_changes_neither_the_summary_nor_the_exit_code(tmp_path, monkeypatch):
    import signal

    from pismo.cli import console, main as cli

    monkeypatch.setattr(console, "_own_process", True)  # as pismo's entry point runs it
    real = cli._print_results

    def pressed_now(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C just after the last PDF, as the summary is printed
        return real(*args, **kwargs)

    monkeypatch.setattr(cli, "_print_results", pressed_now)
    handler = signal.getsignal(signal.SIGINT)
    try:
        result = run("wszystko", case_copy(tmp_path / "s.yaml"), "-o", tmp_path / "pisma")
    finally:
        signal.signal(signal.SIGINT, handler)
    assert result.exit_code == 0, result.output
    assert "Przerwano" not in result.output


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_a_libreoffice_crash_is_told_as_one_not_as_its_backtrace(tmp_path):
    crashing = fake_soffice(tmp_path, 'echo "/usr/lib/libreoffice/program/soffice.bin(+0x10b1)[0x5606473c00b1]"\n'
                                      "kill -ABRT $$")
    result = run("plan", case_copy(tmp_path / "s.yaml"), "-o", tmp_path / "pisma", "--pdf", "--soffice", crashing)
    assert result.exit_code == 5, result.output
    assert "LibreOffice uległ awarii (sygnał 6)" in result.output, result.output
    assert "0x5606473c00b1" not in result.output and "kod 134" not in result.output


@pytest.mark.skipif(os.name == "nt", reason="grupa procesów i sygnały POSIX")
def test_libreoffice_does_not_outlive_a_pismo_killed_hard(tmp_path):
    """kill -9 of pismo during --pdf left its LibreOffice (and soffice.bin, a child of oosplash) running for good."""
    import signal
    import subprocess
    import sys
    import time

    pids = tmp_path / "pids"
    hanging = fake_soffice(tmp_path, f'sleep 300 &\necho $! >> "{pids}"\necho $$ >> "{pids}"\nwait')
    case = case_copy(tmp_path / "s.yaml")
    pismo = subprocess.Popen([sys.executable, "-m", "pismo", "plan", str(case), "-o", str(tmp_path / "pisma"),
                              "--pdf", "--soffice", str(hanging)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            if pids.exists() and len(pids.read_text().split()) == 2:
                break
            time.sleep(0.05)
        started = [int(pid) for pid in pids.read_text().split()]
    finally:
        pismo.send_signal(signal.SIGKILL)
        pismo.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and [pid for pid in started if alive(pid)]:
        time.sleep(0.1)
    left = [pid for pid in started if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "LibreOffice przeżył zamknięte siłą pismo"


def alive(pid: int) -> bool:
    """The process runs (a zombie no reaper took counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _converting(folder: Path, meanwhile):
    """A stand-in for one LibreOffice run: `meanwhile()` happens, then a PDF for every staged copy."""
    from helpers import MINIMAL_PDF

    def run_soffice(run, profile, outdir, staged):
        meanwhile()
        outdir.mkdir(exist_ok=True)
        for document in staged:
            document.produced.write_bytes(MINIMAL_PDF)
        return ""
    return run_soffice


def test_a_folder_moved_away_during_pdf_is_said_not_blamed_on_the_documents(tmp_path, monkeypatch):
    import sys

    from pismo.files import pdf
    from pismo.render.engine import BUILTIN_DIR

    folder = tmp_path / "sprawa"
    folder.mkdir()
    documents = [folder / "plan.docx", folder / "wniosek.docx"]
    for document in documents:
        shutil.copy(BUILTIN_DIR / "plan.docx", document)
    monkeypatch.setattr(pdf, "_run_soffice", _converting(folder, lambda: shutil.move(folder, tmp_path / "archiwum")))
    with pytest.raises(pdf.PdfError) as error:
        pdf.convert(documents, sys.executable)
    told = str(error.value)
    assert f"folderu {folder} już nie ma (przeniesiono go albo usunięto w czasie zamiany)" in told, told
    assert "uszkodzone" not in told and "pozostały bez zmian" not in told


def test_documents_changed_during_pdf_are_not_said_to_be_unchanged(tmp_path, monkeypatch):
    import sys

    from pismo.files import pdf
    from pismo.render.engine import BUILTIN_DIR

    documents = [tmp_path / "plan.docx"]
    shutil.copy(BUILTIN_DIR / "plan.docx", documents[0])
    newer = lambda: documents[0].write_bytes(documents[0].read_bytes() + b"\0")  # noqa: E731
    monkeypatch.setattr(pdf, "_run_soffice", _converting(tmp_path, newer))
    with pytest.raises(pdf.PdfError) as error:
        pdf.convert(documents, sys.executable)
    told = str(error.value)
    assert "dokument zmieniono w czasie tworzenia PDF" in told and "Pliki .docx pozostały bez zmian" not in told, told


@pytest.mark.skipif(os.name == "nt", reason="skrypt powłoki")
def test_a_program_that_cannot_start_is_said_so_once_and_in_polish(tmp_path):
    crlf = tmp_path / "crlf.sh"
    crlf.write_bytes(b"#!/bin/sh\r\nexit 0\r\n")
    crlf.chmod(0o755)
    result = run("plan", case_copy(tmp_path / "s.yaml"), "-o", tmp_path / "pisma", "--pdf", "--soffice", crlf)
    assert result.exit_code == 5, result.output
    assert f"nie można uruchomić programu LibreOffice {crlf} (plik istnieje, ale system nie może go uruchomić" \
        in result.output, result.output
    assert "także za drugim razem" not in result.output and "uszkodzone" not in result.output
    assert "Error" not in result.output and "errno" not in result.output


@pytest.mark.skipif(os.name == "nt", reason="skrypt powłoki")
def test_libreoffices_own_temporary_folders_go_with_pismos(tmp_path, monkeypatch):
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    leaving = fake_soffice(tmp_path, 'mkdir -p "${TMPDIR:-/tmp}/lu12450et6w.tmp"\nexit 1')
    result = run("plan", case_copy(tmp_path / "s.yaml"), "-o", tmp_path / "pisma", "--pdf", "--soffice", leaving)
    assert result.exit_code == 5, result.output
    assert list(temp.iterdir()) == [], "LibreOffice zostawił pliki tymczasowe"


# --- rev-files7 finding 1: PDFs of the officer's own or edited documents are never removed ----------------

def record_pdf_of(docx: Path, data: bytes = b"%PDF-1.4 pismo") -> Path:
    """The PDF `pismo pdf` makes of a .docx and records with the sha256 of the document it was made from."""
    pdf = docx.with_suffix(".pdf")
    pdf.write_bytes(data)
    source = hashlib.sha256(docx.read_bytes()).hexdigest()
    output.add_to_record({pdf: (hashlib.sha256(data).hexdigest(), len(data), source)}, "pdf")
    return pdf


def test_a_pdf_of_the_officers_own_document_stays_through_every_write(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "own.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "own"
    own = folder / "notatka.docx"
    shutil.copy(folder / "plan.docx", own)  # the officer's own document beside the case's
    pdf = record_pdf_of(own)
    own.write_bytes(own.read_bytes() + b" ")  # edited after the PDF was sent
    for command in ("plan", "wszystko"):
        result = run(command, case, "-o", out)
        assert result.exit_code == 0, result.output
        assert pdf.read_bytes() == b"%PDF-1.4 pismo" and "notatka" not in result.output, result.output


def test_the_pdf_of_an_edited_letter_the_case_no_longer_makes_stays_with_it(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "edit.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "edit"
    letter = folder / "wniosek-monitoring.docx"
    letter.write_bytes(letter.read_bytes() + b" ")  # edited in Word, then converted and sent
    pdf = record_pdf_of(letter)
    case_copy(case, replace={"wniosek-monitoring": "wniosek-kamery"})
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert letter.exists() and pdf.read_bytes() == b"%PDF-1.4 pismo"
    assert str(pdf) in result.output and "Usunięto" not in result.output, result.output


def test_the_pdf_made_of_a_letter_before_its_edit_stays_too(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "before.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "before"
    letter = folder / "wniosek-monitoring.docx"
    original = letter.read_bytes()
    letter.write_bytes(original + b" ")
    pdf = record_pdf_of(letter)  # the PDF of the edit…
    letter.write_bytes(original)  # …and the letter back as pismo made it: the PDF is still the officer's text
    case_copy(case, replace={"wniosek-monitoring": "wniosek-kamery"})
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not letter.exists() and pdf.read_bytes() == b"%PDF-1.4 pismo", result.output
    assert str(pdf) in result.output


def test_a_pdf_of_an_unchanged_document_the_case_no_longer_makes_goes_with_it(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "gone.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "gone"
    letter = folder / "wniosek-monitoring.docx"
    pdf = record_pdf_of(letter)
    old_pdf = folder / "plan.pdf"  # a PDF recorded without its document's digest (an older pismo): kept
    record_pdf(old_pdf, b"%PDF-1.4 stary")
    case_copy(case, replace={"wniosek-monitoring": "wniosek-kamery"})
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not letter.exists() and not pdf.exists()
    assert f"Usunięto dokumenty, których sprawa już nie zawiera" in result.output and str(pdf) in result.output
    assert old_pdf.exists()
    assert set(listed(folder)) == names(folder) - {"manifest.json"}


# --- rev-files7 finding 8: a document that cannot be removed blocks nothing --------------------------------

def test_a_document_that_cannot_be_removed_stays_named_and_the_write_goes_on(tmp_path, monkeypatch):
    case, out, folder = renamed_meeting(tmp_path)
    stuck = folder / f"{OLD}.ics"
    assert stuck.exists()
    real = output._set_aside

    def locked(target):
        if target == stuck:  # open in Outlook on Windows: no rename
            raise PermissionError(13, "Permission denied", str(target))
        return real(target)

    monkeypatch.setattr(output, "_set_aside", locked)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert stuck.exists() and any(NEW in name for name in names(folder))
    assert f"nie usunięto dokumentów, których sprawa już nie zawiera – nie można ich usunąć" in result.output
    assert str(stuck) in result.output and "nie można zapisać" not in result.output
    assert set(listed(folder)) == names(folder) - {"manifest.json"}  # still pismo's: the next write removes it
    monkeypatch.setattr(output, "_set_aside", real)
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0 and not stuck.exists(), again.output
    assert str(stuck) in again.output


# --- rev-files7 finding 4: Ctrl+C during the commit hides nothing it did ------------------------------------

def test_ctrl_c_while_the_files_are_put_in_place_still_names_what_was_removed_and_left(tmp_path, monkeypatch):
    case, out, folder = renamed_meeting(tmp_path)
    edited = folder / f"protokol-formularz-{OLD}.docx"
    edited.write_bytes(b"poprawione w Wordzie")
    result = run_interrupted_in_commit(monkeypatch, "wszystko", case, "-o", out)
    assert result.exit_code == 130, result.output
    assert not [name for name in names(folder) if OLD in name and name != edited.name]
    assert "Usunięto dokumenty, których sprawa już nie zawiera" in result.output, result.output
    assert f"zostały dokumenty, których sprawa już nie zawiera" in result.output and str(edited) in result.output


# --- rev-files7 finding 5: a kill right after the commit brings no removed document back ------------------

KILLED_AFTER_COMMIT = """
import os, sys
from pathlib import Path
sys.path.insert(0, {src!r})
from pismo import api
from pismo.files import output
real = output._discard

def dying(paths):
    paths = list(paths)
    if any(str(p).endswith(".bak") for p in paths):
        os._exit(9)  # a power cut: all is in place, the backups are not yet removed
    real(paths)

output._discard = dying
api.generate(Path({case!r}), out=Path({out!r}))
"""


def test_a_write_killed_after_its_commit_brings_no_removed_document_back(tmp_path):
    import subprocess
    import sys

    import pismo

    case, out, folder = renamed_meeting(tmp_path)
    src = str(Path(pismo.__file__).resolve().parents[1])
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT.format(src=src, case=str(case), out=str(out))])
    assert killed.returncode == 9
    assert [name for name in names(folder) if name.endswith(".bak")]  # the removed documents, moved aside
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0, again.output
    assert not [name for name in names(folder) if OLD in name or name.startswith(".")], names(folder)
    assert set(listed(folder)) == names(folder) - {"manifest.json"}


# --- rev-files7 finding 6: no PDFs of a folder a killed write left half-replaced -----------------------------

@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_pdf_refuses_a_folder_whose_write_did_not_finish(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "half.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "half"
    from pismo.files import record

    new_plan = {"plik": "plan.docx", "sha256": "0" * 64, "rozmiar": 1}  # a version not yet in place
    record.write_pending(folder, [new_plan], output._write_temp)  # a write killed while putting its files in place
    soffice = copying_soffice(tmp_path)
    refused = run("pdf", folder, "--soffice", soffice)
    assert refused.exit_code != 0, refused.output
    assert "zapisu dokumentów w tym folderze nie dokończono" in refused.output, refused.output
    assert f"pismo wszystko {case}" in refused.output and "nic nie zamieniono na PDF" in refused.output
    assert not [name for name in names(folder) if name.endswith(".pdf")]
    one = run("pdf", folder / "plan.docx", "--soffice", soffice)  # one document of it: the same
    assert one.exit_code != 0 and "nie dokończono" in one.output, one.output
    assert run("wszystko", case, "-o", out).exit_code == 0
    made = run("pdf", folder, "--soffice", soffice)
    assert made.exit_code == 0 and (folder / "plan.pdf").exists(), made.output
    entry = {"plik": "plan.docx", "sha256": listed(folder)["plan.docx"]}
    record.write_pending(folder, [entry], output._write_temp)  # killed after its commit: the write is complete
    again = run("pdf", folder, "--soffice", soffice, "--nadpisz")
    assert again.exit_code == 0, again.output


# --- rev-files7 findings 2 and 7: documents of the previous version left beside the new ones are named -------

def test_a_public_version_of_the_previous_version_is_named_until_made_again(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "pub.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out, "--publikacja").exit_code == 0
    folder = out / "pub"
    public = folder / "plan-publikacja.docx"
    assert public.exists()
    same = run("wszystko", case, "-o", out)
    assert same.exit_code == 0 and "publikacji z poprzedniej wersji" not in same.output, same.output
    case_copy(case, replace={"Bobrowniki w Łęcznej": "Bobrowniki-NOWE w Łęcznej"})
    for _ in range(2):  # said again on the next run: the public file is still of the old text
        changed = run("wszystko", case, "-o", out)
        assert changed.exit_code == 0, changed.output
        assert "wersje do publikacji z poprzedniej wersji sprawy" in changed.output, changed.output
        assert str(public) in changed.output and "--publikacja" in changed.output
    renewed = run("wszystko", case, "-o", out, "--publikacja")
    assert renewed.exit_code == 0 and "publikacji z poprzedniej wersji" not in renewed.output, renewed.output


def test_a_letter_that_became_incomplete_is_named_as_of_the_previous_version(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "inc.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / "inc"
    letter = folder / "wniosek-monitoring.docx"
    before = letter.read_bytes()
    case_copy(case, replace={"      data: 2025-07-14": "      data: UZUPEŁNIJ"})
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 4, result.output
    assert letter.read_bytes() == before  # kept: it may still be the case's
    assert "zostały dokumenty z poprzedniej wersji sprawy, których teraz nie utworzono" in result.output, result.output
    assert str(letter) in result.output and "plan.docx" not in result.output.split("nie utworzono")[-1]


# --- rev-files7 finding 9: smaller messages ----------------------------------------------------------------

def test_a_document_removed_during_pdf_is_said_removed_not_changed(tmp_path, monkeypatch):
    import sys

    from pismo.files import pdf
    from pismo.render.engine import BUILTIN_DIR

    documents = [tmp_path / "plan.docx", tmp_path / "zaproszenie.docx"]
    for document in documents:
        shutil.copy(BUILTIN_DIR / "plan.docx", document)
    monkeypatch.setattr(pdf, "_run_soffice", _converting(tmp_path, documents[1].unlink))  # a write removed it
    with pytest.raises(pdf.PdfError) as error:
        pdf.convert(documents, sys.executable)
    told = str(error.value)
    assert f"{documents[1]}: dokumentu już nie ma (usunięto go w czasie tworzenia PDF" in told, told
    assert "zmieniono" not in told and "uruchom zamianę ponownie" not in told and "uszkodzone" not in told
    assert (tmp_path / "plan.pdf").exists() and not (tmp_path / "zaproszenie.pdf").exists()


def test_ctrl_c_as_nowa_puts_its_file_in_place_ends_in_its_full_success(tmp_path, monkeypatch):
    result = run_interrupted_in_commit(monkeypatch, "nowa", tmp_path / "nn.yaml")
    assert result.exit_code == 0 and "Utworzono wzór sprawy" in result.output, result.output
    assert "Przerwano" not in result.output and "pozostałych kroków" not in result.output
    assert (tmp_path / "nn.yaml").read_text(encoding="utf-8").strip()


@pytest.mark.skipif(os.name == "nt", reason="dowiązania symboliczne")
def test_nowa_to_a_symbolic_link_asks_for_another_name_not_another_folder(tmp_path):
    source = case_copy(tmp_path / "n1.yaml")
    link = tmp_path / "n1link.yaml"
    link.symlink_to(source.name)
    before = source.read_bytes()
    for args in (("nowa", link), ("nowa", "--z", source, link)):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert f"{link}: to dowiązanie symboliczne (do n1.yaml)" in result.output, result.output
        assert "podaj inną nazwę pliku" in result.output and "folder" not in result.output
    assert source.read_bytes() == before and link.is_symlink()
