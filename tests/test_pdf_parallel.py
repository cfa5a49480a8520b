"""pismo.files.pdf under faults: parallel processes, killed and hanging LibreOffice, profiles, disks, Ctrl+C."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA, MINIMAL_PDF, ROOT, WRZOSOGROD
from pismo.files import converter, pdf, soffice
from pismo.cli.main import main

FAKE = Path(__file__).parent / "fake_soffice.py"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
posix_only = pytest.mark.skipif(os.name == "nt", reason="the fake soffice is started through a shell script")


def _need_soffice() -> None:
    if not SOFFICE or not shutil.which("pdfinfo"):
        if os.environ.get("CI"):
            pytest.fail("CI musi mieć LibreOffice i poppler-utils (zob. .ci/run)", pytrace=False)
        pytest.skip("brak LibreOffice lub poppler-utils")


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Profiles in a cache folder of this test only."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(soffice, "cache_folder", lambda: tmp_path / "cache" / "pismo")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The documents of both example cases (24), generated once."""
    root = tmp_path_factory.mktemp("docx")
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), str(WRZOSOGROD), "-o", str(root), "-j", "1"])
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def documents(generated, tmp_path):
    shutil.copytree(generated, tmp_path / "docx")
    return sorted((tmp_path / "docx").rglob("*.docx"))


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """The fake soffice as a program, its log, and a setter for its misbehaviour; no warm converter."""
    monkeypatch.setattr(converter, "uno_python", lambda soffice: None)
    script = tmp_path / "fake-soffice"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE}" "$@"\n')
    script.chmod(0o755)
    log = tmp_path / "fake.log"
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))

    class Fake:
        program = str(script)

        @staticmethod
        def runs() -> list[list[str]]:
            return [line.split() for line in log.read_text().splitlines()] if log.exists() else []

        @staticmethod
        def behave(flags: str) -> None:
            monkeypatch.setenv("FAKE_SOFFICE", flags)

    return Fake


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


# --- with the real LibreOffice -------------------------------------------------------------------

def test_parallel_batch_survives_a_killed_libreoffice_and_every_pdf_is_whole(documents, tmp_path):
    _need_soffice()
    killed = threading.Event()

    def kill_one_libreoffice_at_work():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed.is_set():
            ours = _our_soffice_bins(tmp_path / "cache")
            if len(ours) == 2 and any(Path(tempfile.gettempdir()).glob("pismo-pdf-*/*/*/*.pdf")):
                os.kill(ours[0], signal.SIGKILL)
                killed.set()
            time.sleep(0.05)

    watcher = threading.Thread(target=kill_one_libreoffice_at_work)
    watcher.start()
    documents = documents[:10]
    written = pdf.convert(documents, SOFFICE, jobs=2)
    watcher.join()
    assert killed.is_set(), "nie udało się zabić LibreOffice w trakcie pracy"
    assert written == [d.with_suffix(".pdf") for d in documents]
    for path in written:
        assert path.read_bytes()[:5] == b"%PDF-"
        assert pdf.pdf_pages(path) == _pages(path) >= 1, path.name


def _our_soffice_bins(cache: Path) -> list[int]:
    """soffice.bin processes working with a profile from this test's cache folder."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if entry.name.isdigit() and "soffice.bin" in command and str(cache) in command:
            found.append(int(entry.name))
    return sorted(found)


def test_two_concurrent_pdf_runs_both_succeed(documents, tmp_path):
    _need_soffice()
    halves = {"a": documents[:3], "b": documents[12:15]}
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [subprocess.Popen([sys.executable, "-m", "pismo", "pdf", "-j", "1", *map(str, files)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for files in halves.values()]
    for process in runs:
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, output
    for files in halves.values():
        for document in files:
            assert pdf.pdf_pages(document.with_suffix(".pdf")) >= 1
    profiles = [p for p in (tmp_path / "cache" / "pismo" / "libreoffice").glob("profil-*") if p.is_dir()]
    assert len(profiles) == 2  # one slot each (a slot's lock file goes with its holder, as folderlock's do)


def test_profile_made_unusable_is_rebuilt(documents, tmp_path):
    _need_soffice()
    profile = tmp_path / "cache" / "pismo" / "libreoffice" / "profil-0"
    profile.mkdir(parents=True)
    (profile / "user").write_text("to nie jest folder")  # LibreOffice: "User installation could not be completed"
    assert pdf.convert(documents[:1], SOFFICE) == [documents[0].with_suffix(".pdf")]
    assert (profile / "user").is_dir()


def test_pdfs_on_two_file_systems(documents, tmp_path, monkeypatch):
    _need_soffice()
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("brak drugiego systemu plików")
    elsewhere = Path(tempfile.mkdtemp(dir=other))
    try:
        moved = elsewhere / documents[1].name
        shutil.copy(documents[1], moved)
        monkeypatch.setenv("TMPDIR", str(elsewhere))  # the staging too lies on the other disk
        tempfile.tempdir = None
        written = pdf.convert([documents[0], moved], SOFFICE)
        assert [pdf.pdf_pages(p) >= 1 for p in written] == [True, True]
        assert written == [documents[0].with_suffix(".pdf"), moved.with_suffix(".pdf")]
    finally:
        tempfile.tempdir = None
        shutil.rmtree(elsewhere, ignore_errors=True)


# --- with the fake soffice -----------------------------------------------------------------------

@posix_only
def test_jobs_split_documents_among_processes_with_their_own_profiles(documents, fake):
    written = pdf.convert(documents[:9], fake.program, jobs=2)
    assert written == [d.with_suffix(".pdf") for d in documents[:9]]
    runs = fake.runs()
    assert len(runs) == 2 and runs[0][1] != runs[1][1], "każdy proces musi mieć własny profil"
    assert sorted(name for run in runs for name in run[2:]) == sorted(f"{i:05d}-{d.name}"
                                                                       for i, d in enumerate(documents[:9]))


@posix_only
def test_a_hanging_document_costs_only_itself(documents, fake):
    fake.behave("hang-on:00001-")
    with pytest.raises(pdf.PdfError) as failure:  # 3 s, not 1: under load a sound document once went 1 s silent
        pdf.convert(documents[:4], fake.program, timeout=3)
    message = str(failure.value)
    assert "nie udało się zamienić na PDF 1 z 4 plików (utworzono 3)" in message
    assert f"{documents[1]}: LibreOffice przestał odpowiadać przy dokumencie – przekroczono limit czasu (3 s bez postępu)" in message
    assert "także za drugim razem" in message
    assert failure.value.written == [documents[i].with_suffix(".pdf") for i in (0, 2, 3)]
    assert not documents[1].with_suffix(".pdf").exists()
    assert [run[2:] for run in fake.runs()][1][-1].startswith("00001-"), "wieszający się dokument idzie na koniec"


@posix_only
def test_killed_process_is_retried_with_the_rest_of_its_documents(documents, fake):
    fake.behave("die-once:00002-")
    written = pdf.convert(documents[:6], fake.program, jobs=2)
    assert written == [d.with_suffix(".pdf") for d in documents[:6]]
    runs = fake.runs()
    names = [f"{i:05d}-{d.name}" for i, d in enumerate(documents[:6])]
    assert sorted(run[2:] for run in runs) == sorted([names[:3], names[3:], names[2:3]]), \
        "ponawia się tylko to, czego brak"


@posix_only
def test_a_file_that_only_starts_with_pdf_is_not_accepted(documents, fake):
    fake.behave("bad-pdf")
    with pytest.raises(pdf.PdfError, match=r"zapisał plik PDF, którego nie da się otworzyć .*\(także za drugim razem\)") \
            as failure:
        pdf.convert(documents[:1], fake.program)
    assert "dokument może być uszkodzony" not in str(failure.value), "the .docx is not to blame"
    assert not documents[0].with_suffix(".pdf").exists()
    assert pdf.pdf_pages(documents[0]) == 0


@posix_only
def test_a_pdf_written_under_another_name_is_named(documents, fake):
    fake.behave("upper-pdf")
    with pytest.raises(pdf.PdfError) as failure:
        pdf.convert(documents[:1], fake.program)
    stem = f"00000-{documents[0].stem}"
    assert f"pod inną nazwą („{stem}.PDF” zamiast „{stem}.pdf”)" in str(failure.value)
    assert not documents[0].with_suffix(".pdf").exists() and not documents[0].with_suffix(".PDF").exists()


@posix_only
def test_flooding_output_is_read_bounded_and_reported_in_polish(documents, fake):
    fake.behave("flood")
    result = CliRunner().invoke(main, ["pdf", "--soffice", fake.program, str(documents[0])])
    assert result.exit_code == 1, result.output
    assert "LibreOffice zakończył pracę z błędem (kod 1)" in result.output
    assert len(result.output) < 2000 and "Traceback" not in result.output


@posix_only
def test_profile_that_fails_is_rebuilt_for_the_retry(documents, fake, tmp_path):
    profile = tmp_path / "cache" / "pismo" / "libreoffice" / "profil-0"
    profile.mkdir(parents=True)
    (profile / "zepsuty").write_text("x")
    fake.behave("fail-if-profile-has:zepsuty")
    assert pdf.convert(documents[:1], fake.program) == [documents[0].with_suffix(".pdf")]
    assert len(fake.runs()) == 2 and not (profile / "zepsuty").exists()


@posix_only
def test_leftover_lock_of_a_killed_libreoffice_is_removed(documents, fake, tmp_path):
    profile = tmp_path / "cache" / "pismo" / "libreoffice" / "profil-0"
    profile.mkdir(parents=True)
    (profile / ".lock").write_text("[Lockdata]\nHost=x\n")
    fake.behave("fail-if-profile-has:.lock")
    assert pdf.convert(documents[:1], fake.program) == [documents[0].with_suffix(".pdf")]
    assert len(fake.runs()) == 1


@posix_only
def test_disk_full_while_placing_a_pdf(documents, fake, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf, "_copy", full)
    before = {p: p.read_bytes() for p in documents[:2]}
    result = CliRunner().invoke(main, ["pdf", "--soffice", fake.program, *map(str, documents[:2])])
    assert result.exit_code == 1, result.output
    assert "brak miejsca na dysku" in result.output and "także za drugim razem" not in result.output
    assert "No space" not in result.output and "Traceback" not in result.output
    assert {p: p.read_bytes() for p in documents[:2]} == before
    assert [p.name for p in documents[0].parent.iterdir() if p.name.endswith((".pdf", ".tmp"))] == []


@posix_only
@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_ctrl_c_exits_130_kills_libreoffice_and_leaves_nothing(documents, fake, tmp_path, stop):
    """Ctrl+C, a kill or a closed terminal: a SIGTERM or SIGHUP left LibreOffice running (a hung one then held
    its profile for good)."""
    fake.behave("hang-on:00000-")
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(temp), "XDG_CACHE_HOME": str(tmp_path / "c")}
    process = subprocess.Popen([sys.executable, "-m", "pismo", "pdf", "-j", "2", "--soffice", fake.program,
                                *map(str, documents[:6])], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 30
    while len(fake.runs()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(getattr(signal, stop))
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 130, output
    assert "Przerwano" in output and "Traceback" not in output
    for run in fake.runs():
        with pytest.raises(ProcessLookupError):
            os.killpg(int(run[0]), 0)
    assert list(temp.iterdir()) == [], "zostały pliki tymczasowe"
    time.sleep(0.5)
    assert not documents[0].with_suffix(".pdf").exists()
    assert not list(documents[0].parent.glob(".*.tmp"))


@posix_only
def test_a_libreoffice_that_stops_quietly_after_many_documents_loses_none(tmp_path, fake):
    """LibreOffice 7.4 stopped after 245 documents with exit code 0: of 809, 319 were reported damaged."""
    fake.behave("stop-after:120")
    source = tmp_path / "plan.docx"
    shutil.copy(ROOT / "templates" / "plan.docx", source)
    documents = []
    for n in range(250):
        documents.append(tmp_path / f"zaproszenie-{n:03d}.docx")
        shutil.copyfile(source, documents[-1])
    assert pdf.convert(documents, fake.program) == [d.with_suffix(".pdf") for d in documents]
    assert [len(run) - 2 for run in fake.runs()] == [100, 100, 50]


@posix_only
def test_a_killed_pismos_libreoffice_keeps_its_profile_until_it_ends(documents, fake, tmp_path, monkeypatch):
    """pismo killed outright (SIGKILL, a closed terminal) freed its profile slot while its LibreOffice, in a
    process group of its own, still worked there; the next run took that profile, removed its lock file and
    started a second LibreOffice on it."""
    fake.behave("hang-on:00000-")
    cache = tmp_path / "c"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(cache)}
    process = subprocess.Popen([sys.executable, "-m", "pismo", "pdf", "--soffice", fake.program, str(documents[0])],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not fake.runs() and time.monotonic() < deadline:
        time.sleep(0.05)
    process.kill()
    process.wait(timeout=30)
    group = int(fake.runs()[0][0])
    try:
        assert "profil-0" in fake.runs()[0][1]
        os.killpg(group, 0)  # its LibreOffice still works
        monkeypatch.setattr(soffice, "cache_folder", lambda: cache / "pismo")
        borrowed = soffice.borrow_profile()
        try:
            assert borrowed.path.name == "profil-1", "profil pracującego LibreOffice oddany drugiemu"
        finally:
            borrowed.release()
    finally:
        os.killpg(group, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # once it has ended, the slot is free again
        borrowed = soffice.borrow_profile()
        borrowed.release()
        if borrowed.path.name == "profil-0":
            break
        time.sleep(0.1)
    assert borrowed.path.name == "profil-0"


@posix_only
def test_pdf_command_takes_folders_recursively(documents, fake, tmp_path):
    folder = tmp_path / "docx"
    (folder / ".ukryty").mkdir()
    shutil.copy(documents[0], folder / ".ukryty" / "x.docx")
    shutil.copy(documents[0], folder / "~$lock.docx")
    result = CliRunner().invoke(main, ["pdf", "--soffice", fake.program, str(folder)])
    assert result.exit_code == 0, result.output
    assert f"Zapisano pliki PDF ({len(documents)})" in result.output
    assert all(d.with_suffix(".pdf").exists() for d in documents)
    assert not (folder / ".ukryty" / "x.pdf").exists() and not (folder / "~$lock.pdf").exists()


def test_empty_folder_is_refused(tmp_path):
    (tmp_path / "pusty").mkdir()
    result = CliRunner().invoke(main, ["pdf", str(tmp_path / "pusty")])
    assert result.exit_code == 1 and "nie ma dokumentów Word (.docx)" in result.output


def test_windows_soffice_found_in_program_files(tmp_path, monkeypatch):
    program = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"MZ")
    monkeypatch.setattr(soffice, "_windows", lambda: True)
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("PISMO_SOFFICE", raising=False)
    for name in ("ProgramW6432", "ProgramFiles(x86)", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "nie-ma"))
    with pytest.raises(pdf.PdfUnavailable):
        pdf.find_soffice()
    monkeypatch.setenv("ProgramFiles(x86)", str(tmp_path / "Program Files"))
    assert pdf.find_soffice() == str(program)


def test_allowance_grows_with_the_work():
    run = pdf._Run("soffice", None, False)
    small, big = (pdf._Document(Path("a"), Path("a"), Path("a"), size) for size in (20_000, 5_000_000))
    assert pdf._allowance(run, small, started=False) > pdf._allowance(run, small, started=True)
    assert pdf._allowance(run, big, started=True) > pdf._allowance(run, small, started=True) + 10


def test_pdf_pages_counts_pages_and_refuses_a_cut_file(tmp_path):
    whole = tmp_path / "a.pdf"
    whole.write_bytes(MINIMAL_PDF)
    assert pdf.pdf_pages(whole) == 1
    whole.write_bytes(MINIMAL_PDF[:-20])
    assert pdf.pdf_pages(whole) == 0
    # it only looks complete: startxref points nowhere (past the end), or not at a cross-reference
    whole.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Page >> garbage\nstartxref\n999999\n%%EOF\n")
    assert pdf.pdf_pages(whole) == 0
    whole.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Page >> garbage\nstartxref\n3\n%%EOF\n")
    assert pdf.pdf_pages(whole) == 0


@posix_only
def test_full_temporary_disk_is_named_as_the_reason(documents, fake, monkeypatch):
    fake.behave("bad-pdf")  # soffice "ends well" but leaves no usable PDF, as on a full disk
    monkeypatch.setattr(pdf.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(pdf.PdfError, match="brak miejsca na dysku w folderze tymczasowym") as failure:
        pdf.convert(documents[:1], fake.program)
    assert "uszkodzony)" not in str(failure.value).splitlines()[1]


@posix_only
def test_really_full_disk_keeps_the_docx_and_leaves_no_half_pdf(documents, fake, tmp_path):
    small = tmp_path / "maly-dysk"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("nie można zamontować małego systemu plików (potrzebny root)")
    try:
        document = small / "plan.docx"
        shutil.copy(next(d for d in documents if d.name == "plan.docx"), document)
        filler = small / "wypelniacz"
        with open(filler, "wb") as stream, pytest.raises(OSError):
            stream.write(b"x" * 200_000)
        before = document.read_bytes()
        result = CliRunner().invoke(main, ["pdf", "--soffice", fake.program, str(document)])
        assert result.exit_code == 1, result.output
        assert "brak miejsca na dysku" in result.output and "Traceback" not in result.output
        assert document.read_bytes() == before
        assert sorted(p.name for p in small.iterdir()) == ["plan.docx", "wypelniacz"]
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)


@posix_only
def test_pdfs_made_before_ctrl_c_are_recorded_as_pismos(documents, fake, tmp_path):
    """PDFs put in place before Ctrl+C were never recorded: the next run refused pismo's own PDFs."""
    fake.behave("hang-on:00001-")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(tmp_path / "c")}
    process = subprocess.Popen([sys.executable, "-m", "pismo", "pdf", "-j", "1", "--soffice", fake.program,
                                *map(str, documents[:3])], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    first = documents[0].with_suffix(".pdf")
    deadline = time.monotonic() + 60
    while not first.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 130, output
    manifest = json.loads((documents[0].parent / "manifest.json").read_text(encoding="utf-8"))
    assert first.name in {entry["plik"] for entry in manifest["dokumenty"]}, output


def _ctrl_c_after_placing(monkeypatch, count: int) -> list:
    """A real SIGINT (to the main thread) once `count` PDFs took their names; the PDFs placed, as they come."""
    real, placed = pdf._place_locked, []

    def place(document, run):
        real(document, run)
        if not document.error:
            placed.append(document.target)
        if len(placed) == count:  # to the main thread, as the terminal's Ctrl+C is taken there
            signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

    monkeypatch.setattr(pdf, "_place_locked", place)
    monkeypatch.setattr(pdf, "PER_PROCESS", 2)  # placed a batch at a time: Ctrl+C comes between batches
    return placed


@posix_only
def test_ctrl_c_in_the_pdf_step_of_wszystko_lists_the_documents_and_the_pdfs_written(tmp_path, fake, monkeypatch):
    """Ctrl+C while wszystko --pdf made the PDFs said only "Przerwano tworzenie PDF…": not which cases were
    written, nor which PDFs were placed (third files review, finding 9)."""
    placed = _ctrl_c_after_placing(monkeypatch, 3)
    out = tmp_path / "pisma"
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "--pdf", "-j", "1",
                                       "--soffice", fake.program])
    assert result.exit_code == 130, result.output
    folder = out / LECZNA.stem
    documents = sorted(folder.glob("*.docx"))
    written = [p for p in folder.iterdir() if p.suffix != ".pdf" and not p.name.startswith(".")]
    assert f"zapisano pliki ({len(written)}) w {folder}" in result.output, result.output
    pdfs = sorted(folder.glob("*.pdf"))
    assert 3 <= len(pdfs) < len(documents) and sorted(placed) == pdfs
    assert f"Zapisano pliki PDF ({len(pdfs)}) przed przerwaniem:" in result.output, result.output
    assert all(f"  {p}\n" in result.output for p in pdfs), result.output
    assert "Przerwano tworzenie PDF" in result.output
    assert f"Aby utworzyć pozostałe, uruchom „pismo pdf {folder}”." in result.output, result.output  # rev-files5


def test_a_second_ctrl_c_during_the_clean_up_still_removes_the_staging_folder(tmp_path, monkeypatch):
    """A second Ctrl+C while an interrupted run removed its staging folder (copies of every document) stopped the
    removal half-way, and the owner's lock was already let go: the next runs kept the folder a day (third files
    review, finding 7). The clean-up now finishes first, the lock goes last, and Ctrl+C is taken after."""
    from types import SimpleNamespace

    from pismo.files import scratch

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = scratch.Scratch("pismo-pdf-")
    (made.path / "0" / "in").mkdir(parents=True)
    (made.path / "0" / "in" / "00000-zaproszenie.docx").write_bytes(b"Jan Kowalski, ul. Lipowa 5")

    def interrupted(path, **kwargs):
        signal.raise_signal(signal.SIGINT)  # Ctrl+C as the removal starts
        return shutil.rmtree(path, **kwargs)

    monkeypatch.setattr(scratch, "shutil", SimpleNamespace(rmtree=interrupted))
    with pytest.raises(KeyboardInterrupt):
        made.remove()
    assert not made.path.exists(), "folder tymczasowy z kopiami dokumentów pozostał"


class _Killed(BaseException):
    """pismo ended outright (SIGKILL, a power cut): no handler of pismo's runs after it."""


@posix_only
def test_a_pdf_is_recorded_as_soon_as_it_is_placed(documents, fake, monkeypatch):
    """A hard kill while a group of PDFs was placed left every PDF of the group unrecorded, so the re-run
    refused pismo's own PDFs – README says each PDF joins manifest.json at once (third files review, finding 8)."""
    from pismo.files import output

    folder = documents[0].parent
    ours = [d for d in documents if d.parent == folder]
    real, placed = output.put_in_place, []

    def put_in_place(temp, target, *args):
        if len(placed) == 3:
            raise _Killed
        real(temp, target, *args)
        placed.append(target)

    monkeypatch.setattr(output, "put_in_place", put_in_place)
    with pytest.raises(_Killed):
        pdf.convert(ours, fake.program)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    recorded = {entry["plik"] for entry in manifest["dokumenty"]}
    assert len(placed) == 3 and {p.name for p in placed} <= recorded, "PDF zapisany, ale nie wpisany do wykazu"


@posix_only
@pytest.mark.parametrize("spelled", ["alike", "apart"])
def test_the_threads_of_one_pdf_run_never_wait_for_each_other_as_for_another_pismo(documents, fake, monkeypatch,
                                                                                   spelled):
    """Two LibreOffice threads of one `pismo pdf` placing into one folder: the second was told "inne polecenie
    pismo zapisuje w tym folderze" – its own run's other thread held the folder's lock file (third files review,
    finding 3); with a group slower than the lock's minute its PDFs would have failed."""
    from pismo.files import folderlock

    folder = documents[0].parent
    ours = [d for d in documents if d.parent == folder]
    if spelled == "apart":  # the same folder, written two ways (d/x.docx and d/../d/y.docx)
        ours = ours[:4] + [folder / ".." / folder.name / d.name for d in ours[4:]]
    told = []
    monkeypatch.setattr(folderlock, "waiting", told.append)
    real_place, real_in, entered = pdf._place_locked, pdf._place_in, []

    def place_in(folder, group, run):
        entered.append(group)
        return real_in(folder, group, run)

    def place(document, run):
        deadline = time.monotonic() + 30
        while len(entered) < 2 and time.monotonic() < deadline:  # the other thread comes to place too
            time.sleep(0.01)
        time.sleep(0.1)  # twice what the lock's wait is here: a group slower than the lock's minute
        real_place(document, run)

    monkeypatch.setattr(pdf, "_place_in", place_in)
    monkeypatch.setattr(pdf, "_place_locked", place)
    monkeypatch.setattr(folderlock, "WAIT_SECONDS", 0.05)
    assert pdf.convert(ours, fake.program, jobs=2) == [d.with_suffix(".pdf") for d in ours]
    assert all(d.with_suffix(".pdf").exists() for d in ours)
    assert told == [], "jeden przebieg pismo czekał na samego siebie jak na inne polecenie"


@pytest.mark.parametrize("names", [("plan.docx", "plan.DOCX"), ("Plan.docx", "plan.docx")])
def test_two_documents_whose_pdfs_would_share_one_name_are_refused_before_libreoffice(tmp_path, names):
    """plan.docx and plan.DOCX: one PDF silently replaced the other (listed twice), or without --nadpisz a false
    "saved in another program" (third files review, finding 4). Windows and macOS see Plan.pdf and plan.pdf as
    one file too."""
    folder = tmp_path / "d"
    folder.mkdir()
    for name in names:
        shutil.copyfile(ROOT / "templates" / "plan.docx", folder / name)
    if len({p.name for p in folder.iterdir()}) < 2:
        pytest.skip("ten system plików nie odróżnia wielkości liter")
    for overwrite in (False, True):
        with pytest.raises(pdf.PdfError) as refused:
            pdf.convert([folder], "/nie/ma/takiego/soffice", overwrite=overwrite)
        message = str(refused.value)
        assert all(str(folder / name) in message for name in names), message
        assert "ten sam plik PDF" in message and "nic nie zamieniono na PDF" in message, message
    assert not list(folder.glob("*.pdf"))


def test_one_document_given_twice_under_two_spellings_is_converted_once(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copyfile(ROOT / "templates" / "plan.docx", folder / "plan.docx")
    assert pdf.check_inputs([folder / "plan.docx", folder / ".." / "d" / "plan.docx"]) == [folder / "plan.docx"]


def test_a_cache_disk_without_room_lends_a_profile_in_the_temporary_folder(tmp_path, monkeypatch):
    """The cache's disk full while the temporary folder had room: LibreOffice failed on its profile there (code 77,
    a bare path), twice, and the documents were blamed (fifth files review, finding 6)."""
    cache = tmp_path / "c" / "pismo"
    real = shutil.disk_usage

    def usage(path):
        found = real(path)
        if str(path).startswith(str(cache)):
            return found._replace(free=8 * 1024)
        return found

    monkeypatch.setattr(soffice, "cache_folder", lambda: cache)
    monkeypatch.setattr(shutil, "disk_usage", usage)
    borrowed = soffice.borrow_profile()
    try:
        assert not str(borrowed.path).startswith(str(cache)), "profil na dysku bez miejsca"
        assert str(borrowed.path).startswith(tempfile.gettempdir())
    finally:
        borrowed.release()
