"""Files on disk: the everyday re-run, the record of what pismo wrote, inputs never replaced, all-or-none
for every command that writes, Polish reasons for system errors, one writer per folder, many documents.

Full disks are simulated by failing output._write_bytes; concurrency uses real processes.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

import pismo
from helpers import LECZNA, ROOT
from pismo.files import read as files, folderlock, output, record
from pismo.cli.main import main
from pismo.render.engine import BUILTIN_DIR

CASE_DIR = "leczna-rejon-3-2025"
SRC = str(Path(pismo.__file__).resolve().parents[1])  # the pismo under test, for child processes
THREAT = "problemem wymagającym podjęcia długoterminowych"


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def case_copy(folder: Path, source: Path = LECZNA, replace: dict[str, str] | None = None, name: str | None = None) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert old in text
        text = text.replace(old, new)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or source.name)
    path.write_text(text, encoding="utf-8")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_of(folder: Path) -> dict[str, str]:
    """{file: sha256} of the folder's manifest."""
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {entry["plik"]: entry["sha256"] for entry in data["dokumenty"]}


def assert_manifest_matches(folder: Path) -> dict[str, str]:
    """Every file the manifest lists is beside it with the recorded content."""
    listed = manifest_of(folder)
    for name, digest in listed.items():
        assert sha(folder / name) == digest, f"{name}: manifest nie zgadza się z plikiem"
    return listed


def documents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "manifest.json"}


# --- regenerate without clobbering ---------------------------------------------------------------

def test_rerun_after_editing_the_case_replaces_pismos_files_without_nadpisz(tmp_path):
    case = case_copy(tmp_path / "sprawy")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    folder = out / CASE_DIR
    before = documents(folder)
    case_copy(tmp_path / "sprawy", replace={THREAT: "problemem, który wymaga długoterminowych"})
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0, again.output
    after = documents(folder)
    assert after["plan.docx"] != before["plan.docx"]  # the edit reached the plan
    assert after.keys() == before.keys()
    assert_manifest_matches(folder).keys() == after.keys()


def test_a_file_edited_by_hand_is_refused_by_name_and_kept(tmp_path):
    out = tmp_path / "pisma"
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    folder = out / CASE_DIR
    edited = sorted(folder.glob("wniosek-*.docx"))[0]
    edited.write_bytes(b"poprawione w Wordzie")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = run("wszystko", LECZNA, "-o", out)
    assert result.exit_code == 1
    assert f"pliki zmienione po utworzeniu przez pismo (np. poprawione w Wordzie): {edited}" in result.output
    assert "--nadpisz" in result.output
    # finding 33 of the fifth messages review of issue 17: the way out that keeps the edit is said, not only --nadpisz
    assert "aby zachować poprawki, przenieś te pliki albo zmień ich nazwy" in result.output
    assert "poprawki przepadną" in result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # all or none: nothing else written
    forced = run("wszystko", LECZNA, "-o", out, "--nadpisz")
    assert forced.exit_code == 0, forced.output
    assert edited.read_bytes() != b"poprawione w Wordzie"
    assert_manifest_matches(folder)


def test_a_file_pismo_never_wrote_is_refused(tmp_path):
    folder = tmp_path / "pisma" / CASE_DIR
    folder.mkdir(parents=True)
    (folder / "plan.docx").write_bytes(b"moj plan")
    result = run("plan", LECZNA, "-o", tmp_path / "pisma")
    assert result.exit_code == 1 and f"pliki już istnieją: {folder / 'plan.docx'}" in result.output
    assert (folder / "plan.docx").read_bytes() == b"moj plan"
    assert not (folder / "manifest.json").exists()


def test_a_manifest_that_is_not_pismos_is_not_replaced_unasked(tmp_path):
    folder = tmp_path / "pisma" / CASE_DIR
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text("moje notatki")
    result = run("plan", LECZNA, "-o", tmp_path / "pisma")
    assert result.exit_code == 1 and "manifest.json" in result.output
    assert (folder / "manifest.json").read_text() == "moje notatki"


@pytest.mark.parametrize("manifest", ["[" * 2000 + "]" * 2000,
                                      json.dumps({"sprawa": "x", "dokumenty": [{"plik": "a\u0000b.docx",
                                                                               "sha256": "0" * 64}]})],
                         ids=["nested-deeply", "a-name-with-nul"])
def test_a_hostile_manifest_is_no_record_and_no_crash(tmp_path, manifest):
    """Third files review: 2000 nested brackets ended json in a RecursionError (a traceback in `pismo pdf`), a NUL in
    a listed name os.lstat in a ValueError – both 'nieoczekiwany błąd programu'."""
    folder = tmp_path / "pisma" / CASE_DIR
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(manifest)
    result = run("plan", LECZNA, "-o", tmp_path / "pisma")
    assert "nieoczekiwany" not in result.output and "Traceback" not in result.output, result.output
    assert record.read(folder) == [] or all("\0" not in e["plik"] for e in record.read(folder))


def test_single_kind_commands_keep_one_true_record(tmp_path):
    """plan, wniosek, then wszystko, then plan after an edit: the manifest lists every file with its content."""
    case = case_copy(tmp_path / "sprawy")
    out = tmp_path / "pisma"
    folder = out / CASE_DIR
    assert run("plan", case, "-o", out).exit_code == 0
    assert run("wniosek", case, "-o", out).exit_code == 0
    assert set(assert_manifest_matches(folder)) == {"plan.docx", *(p.name for p in folder.glob("wniosek-*.docx"))}
    assert run("plan", case, "-o", out).exit_code == 0  # unchanged case: nothing refused
    assert run("wszystko", case, "-o", out).exit_code == 0
    everything = assert_manifest_matches(folder)
    case_copy(tmp_path / "sprawy", replace={THREAT: "problemem, który wymaga długoterminowych"})
    assert run("plan", case, "-o", out).exit_code == 0
    now = assert_manifest_matches(folder)
    assert now.keys() == everything.keys() and now["plan.docx"] != everything["plan.docx"]
    assert {k: v for k, v in now.items() if k != "plan.docx"} == {k: v for k, v in everything.items() if k != "plan.docx"}


def test_a_hand_edit_of_another_kind_drops_out_of_the_record(tmp_path):
    out = tmp_path / "pisma"
    folder = out / CASE_DIR
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    request = sorted(folder.glob("wniosek-*.docx"))[0]
    request.write_bytes(b"poprawione")
    assert run("plan", LECZNA, "-o", out).exit_code == 0
    assert request.name not in assert_manifest_matches(folder)
    refused = run("wniosek", LECZNA, "-o", out)
    assert refused.exit_code == 1 and str(request) in refused.output
    assert request.read_bytes() == b"poprawione"


def test_a_recorded_file_is_hashed_only_when_its_size_could_be_pismos(tmp_path, monkeypatch):
    """Every recorded name was hashed in full on every write: an 8 GB sparse file listed in manifest.json cost
    93 s per run. The record keeps each file's size, compared first; a file above the cap is never pismo's."""
    out = tmp_path / "pisma"
    folder = out / CASE_DIR
    assert run("plan", LECZNA, "-o", out).exit_code == 0
    plan = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["dokumenty"][0]
    assert plan["rozmiar"] == (folder / "plan.docx").stat().st_size
    with open(folder / "nagranie.mp4", "wb") as stream:  # sparse: bigger than the cap, nothing on disk
        stream.truncate(record.MAX_FILE_BYTES + 1)
    (folder / "notatka.docx").write_bytes(b"krotka")
    entries = [plan, {"rodzaj": "x", "plik": "nagranie.mp4", "adresat": None, "sha256": "0" * 64},
               {"rodzaj": "x", "plik": "notatka.docx", "adresat": None, "sha256": "0" * 64, "rozmiar": 7}]
    (folder / "manifest.json").write_text(json.dumps({"sprawa": CASE_DIR, "dokumenty": entries}))
    hashed = []
    real = record.sha256_of
    monkeypatch.setattr(record, "sha256_of", lambda path: hashed.append(Path(path).name) or real(path))
    assert run("plan", LECZNA, "-o", out).exit_code == 0
    assert "nagranie.mp4" not in hashed and "notatka.docx" not in hashed, hashed
    assert "plan.docx" in hashed  # a file of its recorded size is still compared by content
    assert set(manifest_of(folder)) == {"plan.docx"}


def test_an_unchanged_document_is_left_alone(tmp_path):
    """Re-running after a change elsewhere does not touch a document whose bytes stay the same (it may
    be open in Word, where replacing it would fail)."""
    out = tmp_path / "pisma"
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    plan = out / CASE_DIR / "plan.docx"
    inode = plan.stat().st_ino
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    assert plan.stat().st_ino == inode


# --- an input is never an output -----------------------------------------------------------------

def test_case_file_named_like_the_manifest_inside_the_output_folder_is_never_replaced(tmp_path):
    out = tmp_path / "pisma"
    case = case_copy(out / "manifest", name="manifest.json")  # YAML is read whatever the extension
    original = case.read_bytes()
    for flags in ([], ["--nadpisz"]):
        result = run("plan", case, "-o", out, *flags)
        assert result.exit_code == 1
        assert f"{case}: to plik, z którego polecenie czyta" in result.output and "także z --nadpisz" in result.output
        assert case.read_bytes() == original
    assert not (out / "manifest" / "plan.docx").exists()


def test_case_file_linked_under_a_document_name_is_never_replaced(tmp_path):
    out = tmp_path / "pisma"
    case = case_copy(tmp_path / "sprawy", name=f"{CASE_DIR}.yaml")
    (out / CASE_DIR).mkdir(parents=True)
    os.link(case, out / CASE_DIR / "plan.docx")  # a hard link: another name of the same file
    original = case.read_bytes()
    result = run("plan", case, "-o", out, "--nadpisz")
    assert result.exit_code == 1 and "to plik, z którego polecenie czyta" in result.output
    assert case.read_bytes() == original


def test_template_in_the_case_folder_is_never_replaced(tmp_path):
    out = tmp_path / "pisma"
    templates = out / CASE_DIR
    templates.mkdir(parents=True)
    shutil.copy(BUILTIN_DIR / "plan.docx", templates / "plan.docx")
    original = (templates / "plan.docx").read_bytes()
    result = run("plan", LECZNA, "-o", out, "--szablony", templates, "--nadpisz")
    assert result.exit_code == 1 and f"{templates / 'plan.docx'}: to plik, z którego polecenie czyta" in result.output
    assert (templates / "plan.docx").read_bytes() == original


def test_import_never_replaces_its_source_through_a_link(tmp_path):
    source = tmp_path / "plan.txt"
    shutil.copy(ROOT / "tests" / "import" / "02-bez-numerow.txt", source)
    original = source.read_bytes()
    os.link(source, tmp_path / "sprawa.yaml")
    result = run("import", source, "-o", tmp_path / "sprawa.yaml", "--nadpisz")
    assert result.exit_code == 1 and "nie może zastąpić pliku wejściowego" in result.output, result.output
    assert source.read_bytes() == original


# --- all or none for nowa and szablony eksport ---------------------------------------------------

def disk_full_after(monkeypatch, allowed_bytes: int):
    """os-level writes fail with ENOSPC once `allowed_bytes` are written, as on a nearly full disk."""
    real = os.write
    state = {"left": allowed_bytes}

    def write(handle, data):
        if state["left"] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        data = bytes(data[: state["left"]])
        state["left"] -= len(data)
        return real(handle, data)

    monkeypatch.setattr(os, "write", write)
    return state


def test_nowa_on_a_full_disk_leaves_no_truncated_file_and_the_rerun_works(tmp_path, monkeypatch):
    target = tmp_path / "sprawa.yaml"
    disk_full_after(monkeypatch, 1000)
    result = run("nowa", target)
    assert result.exit_code == 1
    assert "brak miejsca na dysku" in result.output and "No space" not in result.output
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert run("nowa", target).exit_code == 0
    assert "UZUPEŁNIJ" in target.read_text(encoding="utf-8")


def test_szablony_eksport_on_a_full_disk_copies_none_and_the_rerun_works(tmp_path, monkeypatch):
    target = tmp_path / "szablony"
    disk_full_after(monkeypatch, 20_000)  # more than one template, less than all
    result = run("szablony", "eksport", target)
    assert result.exit_code == 1
    assert "brak miejsca na dysku" in result.output and "No space" not in result.output
    assert not target.exists() or list(target.iterdir()) == []
    monkeypatch.undo()
    assert run("szablony", "eksport", target).exit_code == 0
    assert {p.name for p in target.iterdir()} == {p.name for p in BUILTIN_DIR.glob("*.docx")}


# --- Polish reasons --------------------------------------------------------------------------------

@pytest.mark.parametrize("code", sorted({c for codes, _ in files._OS_REASONS for c in codes}
                                        | {errno.ENOTSUP, errno.E2BIG, errno.ECHILD}))
def test_every_system_error_gets_polish_words(code):
    reason = files.os_reason(OSError(code, os.strerror(code)))
    assert os.strerror(code) not in reason
    known = {polish for _, polish in files._OS_REASONS}  # a limit of this session may follow its reason („… – ulimit -n”)
    assert reason in known or any(reason.startswith(f"{polish} – ") for polish in known) or \
        reason == f"nieoczekiwany błąd systemu o kodzie {errno.errorcode[code]}"


def test_an_unusual_error_while_writing_is_polish_and_names_the_file(tmp_path, monkeypatch):
    def fail(handle, data):
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    monkeypatch.setattr(output, "_write_bytes", fail)
    result = run("plan", LECZNA, "-o", tmp_path)
    assert result.exit_code == 1 and os.strerror(errno.EFBIG) not in result.output
    assert (f"{tmp_path / CASE_DIR / 'plan.docx'}: nie można zapisać (plik jest za duży dla tego nośnika albo przekracza "
            "ustawiony limit rozmiaru plików)") in result.output


# --- one writer per folder -----------------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from pismo.files import folderlock
    with folderlock.holding(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
        print(time.time(), flush=True)  # the moment it lets go
""")


def hold_lock(folder: Path, seconds: float) -> subprocess.Popen:
    """Another process that holds the folder's lock for a while."""
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": SRC}
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), str(seconds)], stdout=subprocess.PIPE,
                               text=True, env=env)
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_run_is_refused_in_polish_while_another_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(folderlock, "WAIT_SECONDS", 0.3)
    holder = hold_lock(tmp_path / CASE_DIR, 30)
    try:
        result = run("plan", LECZNA, "-o", tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1
    assert "w tym folderze zapisuje teraz inne polecenie pismo" in result.output and "nic nie zapisano" in result.output
    assert not (tmp_path / CASE_DIR / "plan.docx").exists()
    assert run("plan", LECZNA, "-o", tmp_path).exit_code == 0  # the killed holder left no stale lock
    assert not (tmp_path / CASE_DIR / folderlock.LOCK_NAME).exists()


def test_a_second_run_waits_for_the_first(tmp_path):
    holder = hold_lock(tmp_path / CASE_DIR, 2.0)
    result = run("plan", LECZNA, "-o", tmp_path)
    released = float(holder.communicate(timeout=30)[0])
    assert result.exit_code == 0, result.output
    assert (tmp_path / CASE_DIR / "plan.docx").stat().st_mtime >= released - 0.05


SLOW_RENAMES = textwrap.dedent("""
    import os, random, sys, time
    real = os.replace
    def replace(*args, **kwargs):  # widen and shuffle the window in which two unlocked runs would interleave
        time.sleep(random.uniform(0, 0.2))
        return real(*args, **kwargs)
    os.replace = replace
    from pismo.cli.main import main
    main(sys.argv[1:], prog_name="pismo")
""")


def test_concurrent_runs_into_one_folder_leave_a_manifest_that_matches_its_files(tmp_path):
    """Two different cases of one name write one folder at once, again and again: whatever order they
    take, the folder ends as one run left it and the manifest lists exactly its files' contents."""
    first = case_copy(tmp_path / "a")
    second = case_copy(tmp_path / "b", replace={THREAT: "problemem, który wymaga długoterminowych"})
    out = tmp_path / "pisma"
    env = {**os.environ, "PYTHONPATH": SRC}
    for _ in range(2):
        runs = [subprocess.Popen([sys.executable, "-c", SLOW_RENAMES, "wszystko", str(case), "-o", str(out), "--nadpisz"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
                for case in (first, second)]
        for process in runs:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
        listed = assert_manifest_matches(out / CASE_DIR)
        assert set(listed) == set(documents(out / CASE_DIR))


def test_the_lock_on_windows_uses_msvcrt_and_never_fcntl(tmp_path, monkeypatch):
    """The Windows path: msvcrt.locking (simulated with flock here), no fcntl import, the lock file removed
    after it is let go (Windows cannot remove an open file)."""
    import fcntl
    import types

    def locking(fd, mode, nbytes):
        assert nbytes == 1 and os.lseek(fd, 0, os.SEEK_CUR) == 0
        try:
            fcntl.flock(fd, fcntl.LOCK_UN if mode == fake.LK_UNLCK else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OSError(errno.EACCES, "Permission denied") from None

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0, locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` now fails, as on Windows
    monkeypatch.setattr(folderlock, "_windows", lambda: True)
    entered = threading.Event()
    leave = threading.Event()

    def hold():
        with folderlock.holding(tmp_path):
            entered.set()
            leave.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert entered.wait(10)
    with pytest.raises(folderlock.Busy):
        with folderlock.holding(tmp_path, wait=0.2):
            pass
    leave.set()
    holder.join()
    with folderlock.holding(tmp_path, wait=0.2):
        assert (tmp_path / folderlock.LOCK_NAME).exists()
    assert not (tmp_path / folderlock.LOCK_NAME).exists()


def test_a_file_system_without_locks_still_writes(tmp_path, monkeypatch):
    def no_locks(fd):
        raise folderlock._Unsupported()

    monkeypatch.setattr(folderlock, "_try_lock", no_locks)
    assert run("plan", LECZNA, "-o", tmp_path).exit_code == 0


# --- many documents ------------------------------------------------------------------------------

def many_invitations(folder: Path, count: int) -> Path:
    """The Łęczna case with `count` more addressees invited to its meeting."""
    entries = "".join(f"      - id: m{n:05d}\n        kolegialny: true\n        nazwa:\n          - Wspólnota Mieszkaniowa "
                      f"nr {n}\n        adres:\n          - ul. Jaśminowa {n}\n          - 21-010 Łęczna\n"
                      for n in range(count))
    invited = "".join(f"      - m{n:05d}\n" for n in range(count))
    return case_copy(folder, replace={"  - id: rada-osiedla\n": entries + "  - id: rada-osiedla\n",
                                      "      - zarzad-sm-wspolnota\n    porzadek:":
                                      "      - zarzad-sm-wspolnota\n" + invited + "    porzadek:"})


def test_many_documents_are_written_as_they_are_rendered(tmp_path, monkeypatch):
    """Memory does not grow with the documents' size: each is on disk before the next is made."""
    from pismo import api
    from pismo.render import engine

    case = many_invitations(tmp_path / "sprawy", 40)
    real = engine.Template.render

    def heavy(self, *args, **kwargs):  # a 2 MB document each
        return real(self, *args, **kwargs) + os.urandom(16) + bytes(2 * 2**20)

    monkeypatch.setattr(engine.Template, "render", heavy)
    tracemalloc.start()
    try:
        written = api.generate(case, ["zaproszenia"], tmp_path / "pisma").written
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(written) == 45  # 43 invitations, the calendar file, the manifest
    assert peak < 20 * 2**20, f"szczyt pamięci {peak / 2**20:.0f} MB przy 43 dokumentach po 2 MB"


def test_a_failure_halfway_through_many_documents_leaves_nothing(tmp_path, monkeypatch):
    from pismo.render import engine

    case = many_invitations(tmp_path / "sprawy", 20)
    real = engine.Template.render
    calls = []

    def fail_at_tenth(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 10:
            raise MemoryError()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(engine.Template, "render", fail_at_tenth)
    result = run("zaproszenia", case, "-o", tmp_path / "pisma")
    assert result.exit_code == 1 and "za mało pamięci" in result.output
    assert not (tmp_path / "pisma").exists() or not any((tmp_path / "pisma").rglob("*.*"))


def test_no_message_quotes_the_systems_own_error_text():
    """exc.strerror is English ("No space left on device"): only files.read.os_reason may look at it."""
    source = Path(pismo.__file__).parent
    quoting = [f"{path.relative_to(source)}:{n}" for path in sorted(source.rglob("*.py")) if path.relative_to(source).as_posix() != "files/read.py"
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "strerror" in line]
    assert quoting == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) potrzebny do PDF")
def test_rerun_with_pdf_replaces_pismos_own_pdf_and_keeps_an_edited_one(tmp_path):
    out = tmp_path / "pisma"
    folder = out / CASE_DIR
    assert run("plan", LECZNA, "-o", out, "--pdf").exit_code == 0
    assert "plan.pdf" in assert_manifest_matches(folder)  # the PDF joins the record
    again = run("plan", LECZNA, "-o", out, "--pdf")
    assert again.exit_code == 0, again.output
    assert "plan.pdf" in assert_manifest_matches(folder)
    (folder / "plan.pdf").write_bytes(b"%PDF poprawiony")
    edited = run("plan", LECZNA, "-o", out, "--pdf")
    assert edited.exit_code == 5 and f"{folder / 'plan.pdf'}" in edited.output and "--nadpisz" in edited.output
    assert (folder / "plan.pdf").read_bytes() == b"%PDF poprawiony"
    assert "plan.pdf" not in assert_manifest_matches(folder)


@pytest.mark.parametrize("where", ["case", "template"])
def test_a_pdf_never_replaces_a_file_the_command_reads(tmp_path, monkeypatch, where):
    """A case file (or a file of the unit's template folder) named like the PDF of a document, in the case's
    output folder, was replaced by that PDF with --pdf --nadpisz: the PDFs were placed outside the check the
    documents pass."""
    folder = tmp_path / "out" / "plan"
    folder.mkdir(parents=True)
    if where == "case":
        case, extra = folder / "plan.pdf", []
        shutil.copy(LECZNA, case)
    else:
        case, extra = tmp_path / "plan.yaml", ["--szablony", str(folder)]
        shutil.copy(LECZNA, case)
        (folder / "plan.pdf").write_bytes(b"%PDF plik w folderze szablonow")
        shutil.copy(BUILTIN_DIR / "wniosek.docx", folder)  # a folder without any template is refused
    fake = tmp_path / "soffice"  # never reached: the refusal comes before LibreOffice
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PISMO_SOFFICE", str(fake))
    before = (folder / "plan.pdf").read_bytes()
    result = run("plan", case, "-o", tmp_path / "out", "--pdf", "--nadpisz", *extra)
    assert result.exit_code == 5, result.output  # the documents were written, the PDF refused
    assert f"{folder / 'plan.pdf'}: to plik, z którego polecenie czyta" in result.output, result.output
    assert (folder / "plan.pdf").read_bytes() == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) potrzebny do PDF")
def test_pdfs_have_the_permissions_of_the_documents_beside_them(tmp_path):
    """mkstemp's 0600 made every PDF unreadable for colleagues on a shared folder, the .docx beside it 0644."""
    old = os.umask(0o022)
    try:
        assert run("plan", LECZNA, "-o", tmp_path, "--pdf").exit_code == 0
    finally:
        os.umask(old)
    folder = tmp_path / CASE_DIR
    assert oct((folder / "plan.pdf").stat().st_mode & 0o777) == oct((folder / "plan.docx").stat().st_mode & 0o777) \
        == "0o644"


def test_ctrl_c_between_two_renames_leaves_the_folder_as_before(tmp_path, monkeypatch):
    out = tmp_path / "pisma"
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    folder = out / CASE_DIR
    for path in folder.glob("*.docx"):
        path.write_bytes(b"stara wersja " + path.name.encode())
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real = os.replace
    calls = []

    def interrupted(source, target, *args, **kwargs):
        calls.append(target)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.write_all(folder, [(name, b"nowa") for name in sorted(before)], overwrite=True)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_ctrl_c_pressed_twice_while_files_are_put_in_place_waits_until_all_are(tmp_path, monkeypatch, stop):
    """A real SIGINT amid the renames (and a second one amid the next): the folder held a mix of new and old
    files and hundreds of hidden backups, and the message said the case was not made. Now every file is put
    in place first, the backups go, and the interruption says the case was finished."""
    import signal

    out = tmp_path / "pisma"
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    folder = out / CASE_DIR
    for path in folder.glob("*.docx"):
        path.write_bytes(b"stara wersja " + path.name.encode())
    real, calls = output._place, []

    def pressed(source, target, clobber):
        calls.append(target)
        if len(calls) in (3, 4):
            signal.raise_signal(getattr(signal, stop))  # a kill (SIGTERM) or a closed terminal (SIGHUP) too
        return real(source, target, clobber)

    monkeypatch.setattr(output, "_place", pressed)
    result = run("wszystko", LECZNA, "-o", out, "--nadpisz")
    monkeypatch.undo()
    assert result.exit_code == 130, result.output
    assert "Ukończone sprawy: 1 z 1" in result.output, result.output
    assert f"zapisano pliki ({len(list(folder.iterdir()))}) w {folder}" in result.output, result.output
    assert not list(folder.glob(".*pismo-*")), "zostały ukryte kopie"
    assert not [p for p in folder.glob("*.docx") if p.read_bytes().startswith(b"stara wersja")]
    assert_manifest_matches(folder)


def test_ctrl_c_held_back_with_pdf_says_the_pdfs_were_not_made(tmp_path, monkeypatch):
    """After a Ctrl+C held back while the files were put in place, wszystko --pdf said the case was finished and
    nothing of the PDFs it was asked for (they are made at the end, so none were)."""
    import signal

    out = tmp_path / "moje pisma"  # the advice names the case's folder, quoted (a space: third files review)
    real, calls = output._place, []

    def pressed(source, target, clobber):
        calls.append(target)
        if len(calls) == 3:
            signal.raise_signal(signal.SIGINT)
        return real(source, target, clobber)

    monkeypatch.setattr(output, "_place", pressed)
    result = run("wszystko", LECZNA, "-o", out, "--pdf")
    monkeypatch.undo()
    assert result.exit_code == 130, result.output
    advice = f'Plików PDF nie utworzono – aby je utworzyć, uruchom „pismo pdf "{out / CASE_DIR}"”.'
    assert advice in result.output, result.output
    assert not list((out / CASE_DIR).glob("*.pdf"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_case_never_replaces_another_case_file_of_the_same_command(tmp_path, jobs):
    """wszystko A B: B's case file sits where A writes (YAML named like A's plan): B is an input of the command."""
    out = tmp_path / "pisma"
    first = case_copy(tmp_path / "sprawy", name="a.yaml")
    second = case_copy(out / "a", source=LECZNA, name="plan.docx")  # YAML is read whatever the extension
    original = second.read_bytes()
    result = run("wszystko", first, second, "-o", out, "-j", jobs, "--nadpisz")
    assert result.exit_code != 0
    assert f"{second}: to plik, z którego polecenie czyta" in result.output
    assert second.read_bytes() == original


def test_no_template_of_the_folder_is_replaced_even_one_this_command_does_not_use(tmp_path):
    out = tmp_path / "pisma"
    templates = out / CASE_DIR
    templates.mkdir(parents=True)
    (templates / "informacja.docx").write_bytes((BUILTIN_DIR / "informacja.docx").read_bytes())
    original = (templates / "informacja.docx").read_bytes()
    result = run("plan", LECZNA, "-o", out, "--szablony", templates, "--nadpisz")
    assert result.exit_code == 0, result.output  # plan does not write informacja.docx: nothing to refuse
    result = run("wszystko", LECZNA, "-o", out, "--szablony", templates, "--nadpisz")
    assert result.exit_code != 0 and "to plik, z którego polecenie czyta" in result.output
    assert (templates / "informacja.docx").read_bytes() == original


LONG = "ą" * 130  # 260 bytes: one name longer than any file system allows (a pasted case title)


@pytest.mark.parametrize("command", [
    ["plan", LECZNA, "-o", LONG], ["nowa", f"{LONG}/x.yaml"], ["szablony", "eksport", LONG],
    ["szablony", "sprawdz", LONG], ["pdf", f"{LONG}.docx"], ["pdf", LONG], ["plan", LECZNA, "--szablony", LONG],
    ["import", f"{LONG}.docx"], ["import", LECZNA, "-o", f"{LONG}/x.yaml"],
    ["plan", LECZNA, "-o", "/".join(["k" * 200] * 22)],
])
def test_a_name_or_path_too_long_is_said_in_polish(tmp_path, monkeypatch, command):
    """Path.exists() and friends raise for a name too long (Python 3.11): most commands ended in a traceback."""
    monkeypatch.chdir(tmp_path)
    result = run(*command)
    assert result.exit_code == 1, result.output
    assert "zbyt dług" in result.output and "Errno" not in result.output and "OSError" not in result.output, \
        result.output


@pytest.mark.parametrize("kind", ["link", "folder"])
def test_a_link_or_folder_in_place_of_the_lock_file_is_refused_by_name(tmp_path, kind):
    """Taking the folder's lock opened .pismo.lock following a link: an empty file appeared outside the output
    folder, wherever the link pointed."""
    folder = tmp_path / "out" / CASE_DIR
    folder.mkdir(parents=True)
    outside = tmp_path / "poza-folderem.txt"
    if kind == "link":
        (folder / ".pismo.lock").symlink_to(outside)
    else:
        (folder / ".pismo.lock").mkdir()
    result = run("plan", LECZNA, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert f"{folder / '.pismo.lock'}: w miejscu ukrytego pliku blokady pismo jest" in result.output, result.output
    assert not outside.exists() and not (folder / "plan.docx").exists()


def test_a_system_refusal_no_check_foresaw_says_what_to_do_for_its_cause():
    """A folder one may not enter ended in a PermissionError traceback (-o, import -o, pdf); the net that now
    catches it must not tell the user to shorten a path that is merely forbidden."""
    from pismo.errors import from_os_error

    denied = str(from_os_error(PermissionError(errno.EACCES, "Permission denied", "noexec/out")))
    long = str(from_os_error(OSError(errno.ENAMETOOLONG, "File name too long", "ą" * 130)))
    assert denied.startswith("noexec/out: brak uprawnień") and "masz dostęp" in denied and "krótsz" not in denied
    assert "krótszą ścieżkę" in long and "Permission" not in denied + long


def test_a_hidden_entry_shaped_like_a_backup_is_put_back_only_if_it_is_a_file(tmp_path):
    """A link or folder named like pismo's backup became a visible link or folder: pismo makes only files."""
    folder = tmp_path / CASE_DIR
    folder.mkdir()
    (folder / ".notatka.txt.pismo-abcdef12.bak").symlink_to(tmp_path / "poza.txt")
    (folder / ".katalog.pismo-abcdef12.bak").mkdir()
    assert run("plan", LECZNA, "-o", tmp_path).exit_code == 0
    assert not (folder / "notatka.txt").exists() and not (folder / "notatka.txt").is_symlink()
    assert not (folder / "katalog").exists()


def test_a_wait_for_a_folder_ends_at_once_when_the_run_is_stopped(tmp_path, monkeypatch):
    """Ctrl+C while a PDF waited for another pismo's folder lock took up to a minute to end the run. Ends
    without one pause between attempts (counted, not timed)."""
    import threading
    import types

    from pismo.files import folderlock

    def pause(seconds):
        raise AssertionError(f"czekanie {seconds} s mimo zatrzymania")

    monkeypatch.setattr(folderlock, "time", types.SimpleNamespace(monotonic=time.monotonic, sleep=pause))
    stop = threading.Event()
    with folderlock.holding(tmp_path):
        stop.set()
        with pytest.raises(folderlock.Busy):
            with folderlock.holding(tmp_path, wait=30, stop=stop):
                pass


def _ctrl_c_after_first_placed(monkeypatch):
    """A real SIGINT right after the first file of a commit took its name (held back until all are placed)."""
    import signal

    real, calls = output._place, []

    def pressed(source, target, clobber):
        real(source, target, clobber)
        calls.append(target)
        if len(calls) == 1:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(output, "_place", pressed)


@pytest.mark.parametrize("command", ["nowa", "import", "szablony eksport"])
def test_ctrl_c_held_back_while_a_command_puts_its_files_in_place_says_what_was_written(tmp_path, monkeypatch,
                                                                                         command):
    """import, nowa and szablony eksport wrote every file after a held-back Ctrl+C, yet said only "Przerwano.":
    the re-run then refused the files as existing (third files review, finding 2)."""
    source = tmp_path / "plan.txt"
    shutil.copy(ROOT / "tests" / "import" / "02-bez-numerow.txt", source)
    target = tmp_path / ("szablony" if command == "szablony eksport" else "sprawa.yaml")
    args = {"nowa": ["nowa", target], "import": ["import", source, "-o", target],
            "szablony eksport": ["szablony", "eksport", target]}[command]
    _ctrl_c_after_first_placed(monkeypatch)
    result = run(*args)
    monkeypatch.undo()
    written = sorted(target.iterdir()) if target.is_dir() else [target]
    if command == "nowa":  # one file and no other step: done, as said (finding 9e of rev-files7, f922af2)
        assert result.exit_code == 0, result.output
        assert f"Utworzono wzór sprawy: {target}" in result.output and "przerwan" not in result.output, result.output
        assert target.stat().st_size > 0
        return
    assert result.exit_code == 130, result.output
    assert written and all(p.stat().st_size > 0 for p in written)
    assert f"Zapisano pliki ({len(written)}) przed przerwaniem" in result.output, result.output
    assert all(str(p) in result.output for p in written), result.output
    assert "pozostałych kroków polecenia nie wykonano" in result.output, result.output


@pytest.mark.parametrize("cases, said", [
    (4, "uruchom „pismo pdf {a}/c0 {a}/c1 {a}/c2 {a}/c3”."),
    (11, "uruchom „pismo pdf FOLDER” dla każdego z 11 folderów spraw w {a}."),
])
def test_the_pdf_advice_after_ctrl_c_names_every_case_folder(tmp_path, cases, said):
    """Finding 9 of the fifth files review of issue 17: with four or more cases the advice read
    „pismo pdf out/a out/b out/c …” – typed as shown it failed on the „…” and left the fourth folder out."""
    from types import SimpleNamespace

    from pismo.api import _pdf_command

    out = tmp_path / "out"
    done = [SimpleNamespace(error=None, documents=[out / f"c{n}" / "plan.docx"]) for n in range(cases)]
    assert f"uruchom {_pdf_command(done, out)}." == said.format(a=out)
