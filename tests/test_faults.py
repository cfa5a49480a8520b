"""Faults: an unusable output folder, a full disk, a failed rename, corrupt templates, a killed batch.

Every failure must be a Polish message naming the place (exit code 1, no
traceback), leave earlier files byte for byte as they were, and leave no partial
document and no visible temporary file.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from conftest import run

from helpers import LECZNA, MINIMAL_PDF, WRZOSOGROD
from pismo.render import engine, template_package
from pismo.files import output
from pismo.render.engine import BUILTIN_DIR

CASE_DIR = "leczna-rejon-3-2025"
LEFTOVER = re.compile(r"^(\..+\.pismo-[^.]+\.(tmp|bak)|\.pismo\.lock|\.pismo-w-toku\.json)$")  # a killed run's lock, pending record




def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(result, *fragments):
    assert result.exit_code == 1, result.output
    for fragment in fragments:
        assert fragment in result.output, f"brak „{fragment}” w:\n{result.output}"


def written_with_old_content(out: Path) -> dict[str, bytes]:
    """All documents of the Łęczna case written, then each replaced by a recognisable old version."""
    assert run("wszystko", LECZNA, "-o", out).exit_code == 0
    for n, path in enumerate(sorted((out / CASE_DIR).iterdir())):
        path.write_bytes(f"stara wersja {n}".encode())
    return snapshot(out)


# --- the output folder ---------------------------------------------------------------------------

def test_output_folder_is_a_file(tmp_path):
    blocker = tmp_path / "pisma"
    blocker.write_text("zwykły plik")
    result = run("wszystko", LECZNA, WRZOSOGROD, "-o", blocker, "-j", "1")
    assert_refused(result, f"{blocker}: to jest plik, a nie folder", "-o")
    assert result.output.count("to jest plik") == 1  # said once, not once per case
    assert blocker.read_text() == "zwykły plik"


def test_output_folder_inside_a_file(tmp_path):
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    result = run("plan", LECZNA, "-o", blocker / "pisma")
    assert_refused(result, f"{blocker}: to jest plik, a nie folder")


def test_output_folder_cannot_be_created_simulated(tmp_path, monkeypatch):
    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "mkdir", refuse)
    result = run("plan", LECZNA, "-o", tmp_path / "nowy")
    assert_refused(result, str(tmp_path / "nowy"), "nie można utworzyć folderu", "brak uprawnień", "(-o)")
    assert "Permission denied" not in result.output


def test_read_only_output_folder_simulated(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("wniosek", LECZNA, "-o", out).exit_code == 0
    before = snapshot(out)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run("plan", LECZNA, "-o", out)
    assert_refused(result, f"{out / CASE_DIR / 'plan.docx'}: nie można zapisać (brak uprawnień do zapisu",
                   "nie zapisano żadnego z plików (2)")  # plan.docx and manifest.json
    assert snapshot(out) == before


def test_output_folder_read_only(tmp_path, monkeypatch):
    """Also as root (CI), who may write anywhere: there the system's refusal is simulated, the same EACCES."""
    parent = tmp_path / "tylko-odczyt"
    parent.mkdir()
    parent.chmod(0o555)
    if not hasattr(os, "geteuid") or os.geteuid() == 0:
        real_mkdir = os.mkdir

        def refused(path, *args, **kwargs):
            if Path(path).parent == parent:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_mkdir(path, *args, **kwargs)

        monkeypatch.setattr(os, "mkdir", refused)
    try:
        result = run("plan", LECZNA, "-o", parent)
    finally:
        parent.chmod(0o755)
    assert_refused(result, str(parent / CASE_DIR), "brak uprawnień")
    assert not (parent / CASE_DIR).exists()


# --- a full disk ---------------------------------------------------------------------------------

def fail_on_call(number: int, error: int = errno.ENOSPC):
    """A stand-in for output._write_bytes failing on its n-th call, as a full disk does."""
    real = output._write_bytes
    calls = []

    def write(handle, data):
        calls.append(handle)
        if len(calls) == number:
            raise OSError(error, os.strerror(error))
        real(handle, data)

    return write


def test_disk_full_writes_nothing_and_keeps_earlier_files(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("wniosek", LECZNA, "-o", out).exit_code == 0
    before = snapshot(out)
    monkeypatch.setattr(output, "_write_bytes", fail_on_call(3))
    result = run("zaproszenia", LECZNA, "-o", out)
    third = out / CASE_DIR / "zaproszenie-spotkanie-monitoring-zarzad-sm-wspolnota.docx"
    assert_refused(result, f"{third}: nie można zapisać (brak miejsca na dysku)",
                   "nie zapisano żadnego z plików (5)", "pozostały bez zmian", "zwolnij miejsce")
    assert "No space" not in result.output
    assert snapshot(out) == before  # the earlier wniosek intact; no invitation, no temporary


def test_disk_full_while_replacing_keeps_every_old_file(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = written_with_old_content(out)
    monkeypatch.setattr(output, "_write_bytes", fail_on_call(5))
    result = run("wszystko", LECZNA, "-o", out, "--nadpisz")
    assert_refused(result, "brak miejsca na dysku", "pozostały bez zmian")
    assert snapshot(out) == before


def no_links(*args, **kwargs):
    raise OSError(errno.EPERM, "Operation not permitted")  # e.g. FAT or exFAT on a USB stick


def test_a_file_system_without_hard_links_writes_new_files_and_rolls_back_a_failed_replace(tmp_path, monkeypatch):
    """New files are given their names by a hard link (never replacing a file saved meanwhile); where the file
    system has none, a rename does it, and a failure midway still puts every old file back."""
    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "out"
    before = written_with_old_content(out)
    failing_replace(monkeypatch, lambda s, t: s.suffix == ".tmp" and t.name == "informacja.docx")
    result = run("wszystko", LECZNA, "-o", out, "--nadpisz")
    assert_refused(result, "przywrócono stan sprzed polecenia", "pozostały bez zmian")
    assert snapshot(out) == before


def test_a_windows_usb_stick_without_hard_links_takes_new_files(tmp_path, monkeypatch):
    """Finding 8 of the fifth files review of issue 17: on exFAT/FAT32 Windows fails a hard link with
    ERROR_INVALID_FUNCTION, which Python reports as EINVAL – every new document was refused („nazwa pliku albo
    operacja niedozwolona w tym systemie plików”) and only --nadpisz wrote."""
    def incorrect_function(*args, **kwargs):
        exc = OSError(errno.EINVAL, "Incorrect function")
        exc.winerror = 1
        raise exc

    monkeypatch.setattr(os, "link", incorrect_function)
    result = run("wszystko", LECZNA, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / CASE_DIR / "plan.docx").is_file()


def failing_replace(monkeypatch, fail):
    """os.replace and os.link (how new files get their names) fail where fail(source, target) says so, like a
    file held open in Word."""
    for name in ("replace", "link"):
        real = getattr(os, name)

        def replace(source, target, *args, real=real, **kwargs):
            if fail(Path(source), Path(target)):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real(source, target, *args, **kwargs)

        monkeypatch.setattr(os, name, replace)


def test_failed_rename_midway_rolls_back_replaced_files(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = written_with_old_content(out)
    failing_replace(monkeypatch, lambda s, t: s.suffix == ".tmp" and t.name == "protokol-pusty.docx")
    result = run("wszystko", LECZNA, "-o", out, "--nadpisz")
    assert_refused(result, f"{out / CASE_DIR / 'protokol-pusty.docx'}: nie można zapisać",
                   "otwarty w innym programie", "przywrócono stan sprzed polecenia", "pozostały bez zmian")
    assert snapshot(out) == before  # plan.docx … protokol.docx had been replaced: all restored


def test_failed_rename_midway_removes_new_files(tmp_path, monkeypatch):
    out = tmp_path / "out"
    failing_replace(monkeypatch, lambda s, t: s.suffix == ".tmp" and t.name == "informacja.docx")
    result = run("wszystko", LECZNA, "-o", out)
    assert_refused(result, "przywrócono stan sprzed polecenia")
    assert snapshot(out) == {}


def test_failed_roll_back_says_which_files_and_where_the_old_ones_are(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = written_with_old_content(out)
    failing_replace(monkeypatch, lambda s, t: (s.suffix == ".tmp" and t.name == "informacja.docx")
                    or (s.suffix == ".bak" and t.name == "plan.docx"))
    result = run("wszystko", LECZNA, "-o", out, "--nadpisz")
    assert_refused(result, "nie udało się przywrócić stanu sprzed polecenia", str(out / CASE_DIR / "plan.docx"))
    backup = re.search(r"poprzednia zachowana jako (\.plan\.docx\.pismo-\w+\.bak)", result.output).group(1)
    assert (out / CASE_DIR / backup).read_bytes() == before[f"{CASE_DIR}/plan.docx"]
    after = snapshot(out)
    assert {k: v for k, v in after.items() if not k.endswith((".bak", "plan.docx"))} == \
           {k: v for k, v in before.items() if not k.endswith("plan.docx")}


def test_leftovers_of_a_killed_run_are_hidden_and_removed_by_the_next(tmp_path):
    folder = tmp_path / CASE_DIR
    folder.mkdir()
    (folder / "plan.docx").write_bytes(b"PK stary plan")  # the backup below is of a file still in place
    leftovers = [folder / ".plan.docx.pismo-abcd1234.tmp", folder / ".plan.docx.pismo-0000ffff.bak"]
    for path in leftovers:
        path.write_bytes(b"PK niepelny")
    mine = folder / ".plan.docx.moje-notatki.tmp"  # not pismo's: never touched
    mine.write_bytes(b"moje")
    assert run("plan", LECZNA, "-o", tmp_path, "--nadpisz").exit_code == 0
    assert not any(p.exists() for p in leftovers) and mine.read_bytes() == b"moje"
    assert sorted(p.name for p in folder.iterdir()) == [".plan.docx.moje-notatki.tmp", "manifest.json", "plan.docx"]


def test_leftovers_of_a_killed_pdf_run_are_removed_by_the_next_write(tmp_path):
    """Only the leftovers of the names the command writes were removed: a half-copied PDF temporary of a run
    killed while placing it stayed for good, and a PDF moved aside was never put back."""
    folder = tmp_path / CASE_DIR
    folder.mkdir()
    (folder / ".plan.pdf.pismo-v105507v.tmp").write_bytes(b"%PDF-1.7 urwany")
    (folder / ".wniosek.pdf.pismo-0a1b2c3d.bak").write_bytes(b"%PDF wniosek uzytkownika")
    assert run("plan", LECZNA, "-o", tmp_path).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.json", "plan.docx", "wniosek.pdf"]
    assert (folder / "wniosek.pdf").read_bytes() == b"%PDF wniosek uzytkownika"


def test_a_file_left_moved_aside_by_a_killed_run_is_put_back_by_the_next(tmp_path):
    """Killed between moving plan.docx aside and putting the new one in place: only the hidden backup holds
    the user's plan. The next run must put it back (and then refuse to replace it unasked), not delete it."""
    folder = tmp_path / CASE_DIR
    folder.mkdir()
    (folder / ".plan.docx.pismo-0000ffff.bak").write_bytes(b"PK plan poprawiony w Wordzie")
    result = run("plan", LECZNA, "-o", tmp_path)
    assert_refused(result, "już istnieją", str(folder / "plan.docx"))
    assert sorted(p.name for p in folder.iterdir()) == ["plan.docx"]
    assert (folder / "plan.docx").read_bytes() == b"PK plan poprawiony w Wordzie"


# --- corrupt templates ---------------------------------------------------------------------------

def template_zip(path: Path, edit=None, extra: dict[str, bytes] | None = None, drop: str | None = None) -> Path:
    """A copy of the built-in plan.docx with parts edited (name → bytes → bytes), added or dropped."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(BUILTIN_DIR / "plan.docx") as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename == drop:
                continue
            data = source.read(info)
            out.writestr(info.filename, edit(info.filename, data) if edit else data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return path


def docm(path: Path) -> Path:
    macro_type = b"application/vnd.ms-word.document.macroEnabled.main+xml"
    return template_zip(path, lambda name, data: data.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", macro_type)
        if name == "[Content_Types].xml" else data, extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0makro"})


def docm_without_vba_part(path: Path) -> Path:
    return template_zip(path, lambda name, data: data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
                        if name == "[Content_Types].xml" else data)


def not_a_zip(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("To jest zwykły tekst, a nie dokument Word.")
    return path


def truncated(path: Path) -> Path:
    data = (BUILTIN_DIR / "plan.docx").read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data[: len(data) // 2])
    return path


def external_link(path: Path) -> Path:
    rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/subDocument" '
            b'Target="http://przyklad.invalid/szablon.dotm" TargetMode="External"/></Relationships>')
    return template_zip(path, extra={"word/_rels/settings.xml.rels": rels})


BOMB_BYTES = 60 * 2**20


def bomb(path: Path, declared: int | None = None) -> Path:
    """plan.docx with a 60 MB part of zeros (60 kB packed); `declared` rewrites its size in the directory."""
    template_zip(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("word/media/obraz.png", "w") as part:
        block = bytes(2**20)
        for _ in range(BOMB_BYTES // len(block)):
            part.write(block)
    if declared is not None:
        declare_size(path, "word/media/obraz.png", declared)
    assert path.stat().st_size < 1_000_000
    return path


def declare_size(path: Path, member: str, size: int) -> None:
    """Rewrite a member's unpacked size in the zip's central directory: a lying header."""
    data = bytearray(path.read_bytes())
    entry = 0
    while True:
        entry = data.index(b"PK\x01\x02", entry + 1)
        name_length = int.from_bytes(data[entry + 28: entry + 30], "little")
        if data[entry + 46: entry + 46 + name_length] == member.encode():
            data[entry + 24: entry + 28] = size.to_bytes(4, "little")
            path.write_bytes(bytes(data))
            return


CORRUPT = {
    "not-a-zip": (not_a_zip, "to nie jest plik .docx"),
    "truncated": (truncated, "to nie jest plik .docx"),
    "no-document-part": (lambda p: template_zip(p, drop="word/document.xml"), "brak treści dokumentu (word/document.xml)"),
    "docm-renamed": (docm, "zawiera makra"),
    "docm-content-type-only": (docm_without_vba_part, "zawiera makra"),
    "external-link": (external_link, "odwołuje się do zasobu zewnętrznego „http://przyklad.invalid/szablon.dotm”"),
    "zip-bomb": (bomb, "po rozpakowaniu byłby zbyt duży"),
    "zip-bomb-lying-header": (lambda p: bomb(p, declared=1000), "archiwum jest uszkodzone (część word/media/obraz.png)"),
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_corrupt_template_is_refused_and_nothing_is_written(tmp_path, kind):
    make, message = CORRUPT[kind]
    template = make(tmp_path / "szablony" / "plan.docx")
    out = tmp_path / "out"
    result = run("wszystko", LECZNA, "--szablony", tmp_path / "szablony", "-o", out)
    assert_refused(result, f"szablon {template}: {message}", "nie utworzono dokumentów")
    assert not out.exists() or snapshot(out) == {}  # not even the documents that do not use plan.docx


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_template_check_reports_the_same_fault(tmp_path, kind):
    make, message = CORRUPT[kind]
    make(tmp_path / "szablony" / "plan.docx")
    result = run("szablony", "sprawdz", tmp_path / "szablony")
    assert_refused(result, f"plan.docx: {message}")


def count_unpacked(monkeypatch) -> list[int]:
    """Bytes handed out by zipfile's member readers."""
    sizes: list[int] = []
    real = zipfile.ZipExtFile.read

    def read(self, n=-1):
        data = real(self, n)
        sizes.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    return sizes


@pytest.mark.parametrize("declared", [None, 1000])
def test_zip_bomb_is_never_unpacked_in_full(tmp_path, monkeypatch, declared):
    path = bomb(tmp_path / "plan.docx", declared)
    sizes = count_unpacked(monkeypatch)
    with pytest.raises(engine.TemplateError):
        engine.Template.from_path(path)
    assert sum(sizes) < 2**20  # honest header: refused unread; lying header: stopped at the declared size


def test_unpacking_stops_at_the_limit_whatever_the_headers_say():
    class Endless(io.RawIOBase):
        """A member that never ends, as a lying zip would present it."""
        handed = 0

        def read(self, n=-1):
            self.handed += n
            return bytes(n)

    stream = Endless()
    assert template_package.read_bounded(stream, 2**20) is None
    assert stream.handed <= 2**20 + template_package.CHUNK
    assert template_package.read_bounded(io.BytesIO(b"x" * 1000), 1000) == b"x" * 1000


def test_limits_count_all_parts_together(tmp_path, monkeypatch):
    monkeypatch.setattr(template_package, "MAX_TEMPLATE_BYTES", 40_000)  # the real plan.docx unpacks to less than this
    engine.Template.from_path(BUILTIN_DIR / "plan.docx")
    path = template_zip(tmp_path / "plan.docx", extra={"word/media/a.bin": bytes(30_000), "word/media/b.bin": bytes(30_000)})
    with pytest.raises(engine.TemplateError, match="po rozpakowaniu byłby zbyt duży"):
        engine.Template.from_path(path)


def test_oversized_template_file_is_not_read(tmp_path, monkeypatch):
    path = template_zip(tmp_path / "plan.docx")
    monkeypatch.setattr(template_package, "MAX_TEMPLATE_BYTES", path.stat().st_size - 1)
    with pytest.raises(engine.TemplateError, match=r"plik jest zbyt duży"):
        engine.Template.from_path(path)


def test_a_named_pipe_posing_as_a_template_is_refused_not_waited_for(tmp_path):
    """Opening a FIFO blocks until someone writes: it must be refused before it is opened."""
    folder = tmp_path / "szablony"
    folder.mkdir()
    os.mkfifo(folder / "plan.docx")
    result = subprocess.run([sys.executable, "-m", "pismo", "plan", str(LECZNA), "--szablony", str(folder),
                             "-o", str(tmp_path / "out")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert "to nie jest zwykły plik" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


# --- a killed batch ------------------------------------------------------------------------------

def reference_files(tmp_path) -> dict[str, dict[str, bytes]]:
    """Each example case's documents by file name, generated separately."""
    out = tmp_path / "wzorzec"
    assert run("wszystko", LECZNA, WRZOSOGROD, "-o", out, "-j", "1").exit_code == 0
    return {case.stem: {p.name: p.read_bytes() for p in (out / case.stem).iterdir() if p.name != "manifest.json"}
            for case in (LECZNA, WRZOSOGROD)}


def assert_only_complete_documents(out: Path, sources: dict[str, Path], reference) -> int:
    """Every visible file is a finished one; a folder with a manifest holds all it lists. Complete folders."""
    complete = 0
    for folder in out.iterdir():
        expected = reference[sources[folder.name].stem]
        for path in folder.iterdir():
            if path.name.startswith("."):
                assert LEFTOVER.match(path.name), f"{path}: nieznany plik ukryty"
            elif path.name != "manifest.json":
                assert path.read_bytes() == expected[path.name], f"{path}: dokument niekompletny"
        manifest = folder / "manifest.json"
        if manifest.exists():
            listed = json.loads(manifest.read_text(encoding="utf-8"))["dokumenty"]
            assert sorted(d["plik"] for d in listed) == sorted(expected)
            for entry in listed:
                assert (folder / entry["plik"]).read_bytes() == expected[entry["plik"]]
            complete += 1
    return complete


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_killed_batch_leaves_only_complete_documents_and_the_rerun_completes(tmp_path):
    reference = reference_files(tmp_path)
    sources = {}
    for n in range(36):
        path = tmp_path / "sprawy" / f"sprawa-{n:02d}.yaml"
        path.parent.mkdir(exist_ok=True)
        shutil.copy(LECZNA if n % 2 else WRZOSOGROD, path)
        sources[path.stem] = LECZNA if n % 2 else WRZOSOGROD
    cases = sorted(tmp_path.joinpath("sprawy").iterdir())
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pismo", "wszystko", *map(str, cases), "-o", str(out), "-j", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if out.exists() and any((folder / "manifest.json").exists() for folder in out.iterdir()):
            break
        time.sleep(0.01)
    killed = process.poll() is None
    if killed:
        os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers, with no chance to clean up
    process.wait(timeout=60)

    complete = assert_only_complete_documents(out, sources, reference)
    assert complete >= 1
    if killed:
        assert complete < len(cases), "the batch finished before it could be killed"

    rerun = subprocess.run([*command, "--nadpisz"], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert assert_only_complete_documents(out, sources, reference) == len(cases)
    assert not [p for p in out.rglob(".*")], "the rerun removes the killed run's temporaries"


# --- two documents for one name ------------------------------------------------------------------

def case_copy(path: Path, source: Path = LECZNA, replace: dict[str, str] | None = None) -> Path:
    """A copy of an example case under another name, with texts replaced."""
    text = source.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert old in text
        text = text.replace(old, new)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("second", ["r2/sprawa.yaml", "r2/SPRAWA.yaml"])
def test_cases_with_the_same_name_are_refused_before_anything_is_written(tmp_path, jobs, second):
    first = case_copy(tmp_path / "r1" / "sprawa.yaml")
    other = case_copy(tmp_path / second, WRZOSOGROD)
    out = tmp_path / "out"
    for overwrite in ([], ["--nadpisz"]):
        result = run("wszystko", first, other, "-o", out, "-j", jobs, *overwrite)
        assert_refused(result, f"{first} i {other}: obie sprawy trafiłyby do tego samego folderu „sprawa”",
                       "zmień nazwę jednego z plików", "Nie utworzono żadnych dokumentów.")
        assert not out.exists()


def test_the_same_case_given_twice_is_refused(tmp_path):
    case = case_copy(tmp_path / "sprawa.yaml")
    result = run("wszystko", case, tmp_path / "." / "sprawa.yaml", "-o", tmp_path / "out")
    assert_refused(result, "ten sam plik sprawy podano dwa razy")
    assert not (tmp_path / "out").exists()


MEETING_CALLED_PUSTY = {"spotkanie-otwierajace": "pusty"}
IDS_THAT_MEET = {"spotkanie-otwierajace": "spotkanie-rada", "spotkanie-podsumowujace": "spotkanie",
                 "zarzad-wspolnoty": "osiedla-x", "rada-osiedla-wrzosowisko": "rada-osiedla-x"}


def test_meeting_named_like_the_blank_form_is_refused(tmp_path):
    case = case_copy(tmp_path / "sprawa.yaml", WRZOSOGROD, MEETING_CALLED_PUSTY)
    message = (f"{case}:334:9: spotkania[0].id: dwa dokumenty (protokol, protokol-pusty) miałyby tę samą nazwę "
               "pliku „protokol-pusty.docx”")
    for command in (["protokol"], ["protokol", "--pusty"]):
        result = run(*command, case, "-o", tmp_path / "out")
        assert_refused(result, message, "z identyfikatora „pusty” (spotkania[0].id)")
        assert not (tmp_path / "out").exists()
    result = run("wszystko", case, "-o", tmp_path / "out")
    assert result.exit_code == 4 and result.output.count(message) == 1, result.output
    assert not list((tmp_path / "out").rglob("protokol*")), "both kinds of the clash are left out"


def test_ids_joined_into_the_same_file_name_are_refused(tmp_path):
    case = case_copy(tmp_path / "sprawa.yaml", WRZOSOGROD, IDS_THAT_MEET)
    result = run("zaproszenia", case, "-o", tmp_path / "out")
    assert_refused(result, "miałyby tę samą nazwę pliku „zaproszenie-spotkanie-rada-osiedla-x.docx”",
                   "„spotkanie-rada” (spotkania[0].id), „spotkanie” (spotkania[1].id)",
                   "„rada-osiedla-x” (partnerzy[2].adresaci[0].id)", "zmień jeden z nich")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("names", [["plan.docx", "plan.docx"], ["plan.docx", "PLAN.docx"]])
def test_write_all_refuses_two_files_of_one_name(tmp_path, names):
    with pytest.raises(output.OutputError, match="dwa pliki miałyby tę samą nazwę"):
        output.write_all(tmp_path / "sprawa", [(name, b"x") for name in names])
    assert not (tmp_path / "sprawa").exists()


# --- links and names of the case folder ----------------------------------------------------------

def test_case_folder_that_is_a_link_is_refused(tmp_path):
    elsewhere = tmp_path / "gdzie-indziej"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / CASE_DIR).symlink_to(elsewhere)
    result = run("plan", LECZNA, "-o", out, "--nadpisz")
    assert_refused(result, f"{out / CASE_DIR}: folder sprawy jest dowiązaniem symbolicznym", "nic nie zapisano")
    assert list(elsewhere.iterdir()) == []


def test_output_folder_that_is_a_link_is_followed(tmp_path):
    real = tmp_path / "prawdziwy"
    real.mkdir()
    (tmp_path / "skrot").symlink_to(real)
    assert run("plan", LECZNA, "-o", tmp_path / "skrot").exit_code == 0
    assert (real / CASE_DIR / "plan.docx").is_file()


def test_broken_link_as_the_output_folder_has_its_own_message(tmp_path):
    (tmp_path / "pisma").symlink_to(tmp_path / "nie-istnieje")
    result = run("plan", LECZNA, "-o", tmp_path / "pisma")
    assert_refused(result, f"{tmp_path / 'pisma'}: to dowiązanie symboliczne do nieistniejącego miejsca")
    assert "to jest plik" not in result.output


WINDOWS_NAMES = {
    "CON.yaml": "zastrzeżona nazwa urządzenia w systemie Windows",
    "nul.yaml": "zastrzeżona nazwa urządzenia w systemie Windows",
    "Com1.yaml": "zastrzeżona nazwa urządzenia w systemie Windows",
    "lpt9.yaml": "zastrzeżona nazwa urządzenia w systemie Windows",
    "conin$.yaml": "zastrzeżona nazwa urządzenia w systemie Windows (CON, PRN, AUX, NUL, CONIN$, CONOUT$",
    "CONOUT$.yaml": "zastrzeżona nazwa urządzenia w systemie Windows (CON, PRN, AUX, NUL, CONIN$, CONOUT$",
    "sprawa .yaml": "kończy się kropką albo spacją",
    "sprawa..yaml": "kończy się kropką albo spacją",
    "spr\u202eawa.yaml": "niewidoczny znak formatujący",
    "sprawa:1.yaml": "znak niedozwolony w systemie Windows",
}


@pytest.mark.parametrize("name", sorted(WINDOWS_NAMES))
def test_case_names_windows_cannot_hold_are_refused(tmp_path, name):
    case = case_copy(tmp_path / "sprawy" / name)
    result = run("plan", case, "-o", tmp_path / "out")
    assert_refused(result, "niedozwolona nazwa folderu sprawy", WINDOWS_NAMES[name])
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["aux.docx", "CON", "plan.docx.", "plan.docx ", "a|b.docx", "\u200bplan.docx"])
def test_file_names_windows_cannot_hold_are_refused(tmp_path, name):
    with pytest.raises(output.OutputError, match="niedozwolona nazwa pliku wynikowego"):
        output.write_all(tmp_path / "sprawa", [(name, b"x")])


@pytest.mark.parametrize("name", ["console.docx", "conx.docx", "com10.docx", "sprawa-łęczna.docx"])
def test_ordinary_names_like_device_names_pass(tmp_path, name):
    assert output.write_all(tmp_path / "sprawa", [(name, b"x")])[0].read_bytes() == b"x"


# --- file names that are not UTF-8 ---------------------------------------------------------------

NOT_UTF8 = os.fsdecode(b"sprawa_\xb3\xeaczna")  # "łęczna" in ISO 8859-2


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
@pytest.mark.parametrize("command", [["wszystko"], ["plan"], ["sprawdz"]])
def test_case_file_name_that_is_not_utf8_is_refused(tmp_path, command):
    case = case_copy(tmp_path / f"{NOT_UTF8}.yaml")
    result = run(*command, case, *(["-o", tmp_path / "out"] if command != ["sprawdz"] else []))
    assert_refused(result, "zawiera bajty spoza UTF-8", "zmień nazwę pliku sprawy")
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
def test_pdf_of_a_document_whose_name_is_not_utf8(tmp_path, monkeypatch):
    from pismo.files import pdf

    document = tmp_path / f"{NOT_UTF8}.docx"
    shutil.copy(BUILTIN_DIR / "plan.docx", document)
    staged = []

    def fake_soffice(run, profile, outdir, documents):
        staged.extend(d.staged for d in documents)
        outdir.mkdir(exist_ok=True)
        for document in documents:
            document.produced.write_bytes(MINIMAL_PDF)
        return ""

    monkeypatch.setattr(pdf, "_run_soffice", fake_soffice)
    assert pdf.convert([document], sys.executable) == [tmp_path / f"{NOT_UTF8}.pdf"]
    assert [path.name for path in staged] == ["00000-dokument.docx"]  # a name soffice can load
    assert (tmp_path / f"{NOT_UTF8}.pdf").read_bytes() == MINIMAL_PDF


def test_a_pdf_is_never_placed_beside_a_document_changed_while_it_was_made(tmp_path, monkeypatch):
    """Two runs into one folder: the first's LibreOffice was slow, the second wrote a newer plan.docx (and its
    PDF); then the first placed the older plan's PDF over it, and both said they had succeeded."""
    from pismo.files import pdf

    documents = [tmp_path / "plan.docx", tmp_path / "wniosek.docx"]
    for document in documents:
        shutil.copy(BUILTIN_DIR / "plan.docx", document)

    def slow_soffice(run, profile, outdir, staged):
        documents[0].write_bytes(documents[0].read_bytes() + b"\0")  # another run writes a newer plan meanwhile
        outdir.mkdir(exist_ok=True)
        for document in staged:
            document.produced.write_bytes(MINIMAL_PDF)
        return ""

    monkeypatch.setattr(pdf, "_run_soffice", slow_soffice)
    with pytest.raises(pdf.PdfError) as error:
        pdf.convert(documents, sys.executable)
    assert f"{documents[0]}: dokument zmieniono w czasie tworzenia PDF" in str(error.value)
    assert "także za drugim razem" not in str(error.value)
    assert error.value.written == [tmp_path / "wniosek.pdf"] and not (tmp_path / "plan.pdf").exists()


def test_the_record_is_read_once_and_each_file_hashed_once_for_many_pdfs(tmp_path, monkeypatch):
    """pdf re-read and re-parsed manifest.json for every PDF (5012 files: 103 s before a refusal), and a
    record naming one big file 300 times hashed it 300 times."""
    from pismo.files import pdf, record

    names = [f"zaproszenie-{n}.docx" for n in range(200)]
    for name in names:
        shutil.copy(BUILTIN_DIR / "plan.docx", tmp_path / name)
        (tmp_path / name).with_suffix(".pdf").write_bytes(b"%PDF wlasny")
    entries = [{"plik": name.replace(".docx", ".pdf"), "sha256": "0" * 64} for name in names]
    entries += [{"plik": "zaproszenie-0.pdf", "sha256": "1" * 64}] * 300
    (tmp_path / "manifest.json").write_text(json.dumps({"sprawa": "x", "dokumenty": entries}))
    reads, hashes = [], []
    real_read, real_sha = record.read, record.sha256_of
    monkeypatch.setattr(record, "read", lambda folder, **kw: reads.append(folder) or real_read(folder, **kw))
    monkeypatch.setattr(record, "sha256_of", lambda path: hashes.append(path) or real_sha(path))
    with pytest.raises(pdf.PdfError, match="pliki PDF już istnieją"):
        pdf.check_inputs([tmp_path])
    assert len(reads) == 1 and len(hashes) == len(set(hashes)) == 200, (len(reads), len(hashes))
    hashes.clear()
    assert record.unchanged(tmp_path, entries) == {}
    assert len(hashes) == 200


def test_pdf_of_a_document_with_a_long_name(tmp_path, monkeypatch):
    """A valid name of 251 bytes got the staging number in front and exceeded 255: „zwolnij miejsce na dysku”."""
    from pismo.files import pdf

    document = tmp_path / ("pismo-" + "ż" * 120 + ".docx")
    shutil.copy(BUILTIN_DIR / "plan.docx", document)

    def fake_soffice(run, profile, outdir, documents):
        outdir.mkdir(exist_ok=True)
        for staged in documents:
            staged.produced.write_bytes(MINIMAL_PDF)
        return ""

    monkeypatch.setattr(pdf, "_run_soffice", fake_soffice)
    assert pdf.convert([document], sys.executable) == [document.with_suffix(".pdf")]
    assert document.with_suffix(".pdf").read_bytes() == MINIMAL_PDF


def test_a_pdf_its_record_cannot_take_is_removed_and_told(tmp_path, monkeypatch):
    """Finding 1 of the fifth files review of issue 17: on a full disk the PDF stayed while manifest.json could not
    be rewritten – pismo's own PDF named by no record; the next run refused it ('już istnieją … --nadpisz')."""
    from pismo.files import output, pdf

    assert run("plan", LECZNA, "-o", tmp_path / "out").exit_code == 0
    document = next((tmp_path / "out").rglob("plan.docx"))

    def fake_soffice(run_, profile, outdir, documents):
        outdir.mkdir(exist_ok=True)
        for staged in documents:
            staged.produced.write_bytes(MINIMAL_PDF)
        return ""

    def full(folder, files, kind):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf, "_run_soffice", fake_soffice)
    monkeypatch.setattr(output, "add_to_record_locked", full)
    with pytest.raises(pdf.PdfError) as error:
        pdf.convert([document], sys.executable)
    assert "nie można zapisać wykazu plików manifest.json (brak miejsca na dysku" in str(error.value), str(error.value)
    assert not document.with_suffix(".pdf").exists() and error.value.written == []
    monkeypatch.undo()
    monkeypatch.setattr(pdf, "_run_soffice", fake_soffice)
    assert pdf.convert([document], sys.executable) == [document.with_suffix(".pdf")]  # the next run goes on
