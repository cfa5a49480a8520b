"""rev-pdf1 (the first PDF review of issue 17), third part: a server killed hard while its LibreOffice is stuck,
the temporary folders dead servers leave."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pismo.files import converter as conv
from pismo.files import scratch
from test_converter import _members

UNO = conv.uno_python(shutil.which("soffice") or "/usr/bin/soffice") if shutil.which("soffice") else None
needs_uno = pytest.mark.skipif(not (UNO and os.name == "posix"), reason="brak LibreOffice z Pythonem UNO")
posix_only = pytest.mark.skipif(os.name != "posix", reason="sygnały i /proc systemu POSIX")
SRC = Path(__file__).resolve().parents[1] / "src"


def _alive(pid: int) -> bool:
    """Running (a zombie awaiting its reaper counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def _wait_for(test, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.1)
    return test()


# --- finding 4: pismo serwer killed hard while its LibreOffice is stuck ---------------------------------------

@needs_uno
def test_a_server_killed_hard_takes_its_stuck_libreoffice_and_bridge_along(tmp_path):
    """kill -9 of a real `pismo serwer` whose LibreOffice hangs (here at start, the bridge waiting in UNO, not
    reading its stdin): the bridge and LibreOffice end within seconds, and the next start removes the dead
    server's temporary folder."""
    marker, temp = tmp_path / "soffice.pids", tmp_path / "tmp"
    temp.mkdir()
    soffice = tmp_path / "soffice"
    soffice.write_text(f'#!/bin/sh\necho "$$ $PPID" > "{marker}"\nexec sleep 300\n')
    soffice.chmod(soffice.stat().st_mode | stat.S_IEXEC)
    (tmp_path / "sprawy").mkdir()
    env = dict(os.environ, PISMO_SOFFICE=str(soffice), XDG_CACHE_HOME=str(tmp_path / "cache"), TMPDIR=str(temp),
               PYTHONPATH=str(SRC))
    command = [sys.executable, "-m", "pismo", "serwer", "--katalog", str(tmp_path / "sprawy"), "--port", "0",
               "--bez-przegladarki"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pids: list[int] = []
    try:
        assert _wait_for(lambda: marker.exists() and len(marker.read_text().split()) == 2, 60), "soffice nie ruszył"
        pids = [int(pid) for pid in marker.read_text().split()]  # the fake LibreOffice and the bridge
        left = [p for p in temp.iterdir() if p.name.startswith("pismo-lo-")]
        assert left, list(temp.iterdir())
        time.sleep(1)
        server.kill()
        server.wait()
        assert _wait_for(lambda: not any(map(_alive, pids)), 5), "LibreOffice i most przeżyły serwer"
        restarted = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert _wait_for(lambda: not any(p.exists() for p in left), 30), list(temp.iterdir())
        finally:
            restarted.kill()  # its LibreOffice hangs too: ended by the same watch
            restarted.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        for pid in pids:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


_STUCK_OWNER = """
import io, sys
import docx
from pismo.files.converter import Converter
document = docx.Document()
document.add_paragraph("Pismo w sprawie spotkania")
data = io.BytesIO()
document.save(data)
converter = Converter()
converter.to_pdf(data.getvalue())
print(converter._bridge.pid, flush=True)
sys.stdin.readline()
converter.to_pdf(data.getvalue(), timeout=600)
"""


@needs_uno
def test_an_owner_killed_hard_while_libreoffice_is_stuck_in_a_document_takes_it_along(tmp_path):
    """The bridge waits in LibreOffice's conversion (soffice.bin stopped: a layout that never ends) and reads no
    stdin; its owner killed with kill -9 meanwhile: bridge and LibreOffice end within seconds."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(SRC))
    owner = subprocess.Popen([sys.executable, "-c", _STUCK_OWNER], env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    group = []
    try:
        pgid = int(owner.stdout.readline())
        group = _members(pgid)
        office = [p for p in group if b"soffice.bin" in Path(f"/proc/{p}/cmdline").read_bytes()]
        assert office, group
        os.kill(office[0], signal.SIGSTOP)
        owner.stdin.write("dalej\n")
        owner.stdin.flush()
        time.sleep(1.5)  # the request is with the stopped LibreOffice
        owner.kill()
        owner.wait()
        assert _wait_for(lambda: not _members(pgid), 5), "LibreOffice i most przeżyły właściciela"
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()
        for pid in group:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


@posix_only
def test_a_temporary_folder_without_its_owner_lock_goes_once_its_owner_is_gone(tmp_path):
    """A folder of a dead pismo with no owner lock in it (LibreOffice re-made it after the owner's folder was
    removed, or the owner died before locking it) waited a day – a case PDF stayed in the system's temp."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    dead = tmp_path / f"pismo-lo-{dead_pid}-abc123"
    living = tmp_path / f"pismo-lo-{os.getpid()}-def456"
    older = tmp_path / "pismo-lo-xyz789"  # an older pismo's name, no owner to tell
    for folder in (dead, living, older):
        folder.mkdir()
        (folder / "sprawa.pdf").write_bytes(b"%PDF-")
    removed = scratch.remove_stale(tmp_path)
    assert dead in removed and not dead.exists()
    assert living.exists() and older.exists()


@posix_only
def test_a_new_temporary_folder_carries_its_owners_pid(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = scratch.Scratch("pismo-lo-")
    try:
        assert made.path.name.startswith(f"pismo-lo-{os.getpid()}-"), made.path
        assert scratch.remove_stale(tmp_path) == [] and made.path.exists()
    finally:
        made.remove()


# --- finding 8: Ctrl+C while the guard starts LibreOffice ---------------------------------------------------

@posix_only
def test_a_stop_while_the_guard_starts_libreoffice_stops_the_libreoffice_it_started(tmp_path):
    """SIGTERM (kill_group after Ctrl+C) after the guard's fork but before Popen returned found no child to kill
    and the guard left: the new soffice, in a session of its own, ran on nobody's (2 of 18 timed tries)."""
    from pismo.files import soffice

    marker = tmp_path / "child.pid"
    script = tmp_path / "guard.py"
    script.write_text(
        "import os, signal, subprocess, sys\n"
        "real = subprocess.Popen\n"
        "class Starting(real):\n"
        "    def __init__(self, *args, **kwargs):\n"
        "        super().__init__(*args, **kwargs)\n"
        f"        open({str(marker)!r}, 'w').write(str(self.pid))\n"
        "        os.kill(os.getpid(), signal.SIGTERM)  # the stop comes before Popen has returned\n"
        "        len('handled here')\n"
        "subprocess.Popen = Starting\n"
        "sys.argv = ['guard', str(os.getppid()), '', 'sleep', '30']\n"
        f"exec(compile({soffice._GUARD!r}, 'guard', 'exec'))\n")
    guard = subprocess.run([sys.executable, str(script)], timeout=30)
    child = int(marker.read_text())
    try:
        assert guard.returncode == 137
        assert _wait_for(lambda: not _alive(child), 3), "LibreOffice uruchomiony w chwili zatrzymania działa dalej"
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)


# --- finding 10: one timed-out document of „Pobierz z PDF” ---------------------------------------------------

class _Stalling:
    """The server's converter whose LibreOffice stalls on the second document `stalls` times (a real converter's
    timeout: LibreOffice stopped and restarted), then converts."""

    def __init__(self, stalls: int) -> None:
        self.stalls, self.calls = stalls, 0

    def to_pdf(self, docx: bytes, timeout=None) -> bytes:
        from helpers import MINIMAL_PDF

        self.calls += 1
        if self.calls >= 2 and self.stalls:
            self.stalls -= 1
            raise conv.TimedOut("LibreOffice nie zamienił dokumentu w ciągu 30 s (przekroczono limit czasu) – "
                                "został zatrzymany i uruchomiony ponownie")
        return MINIMAL_PDF


@pytest.fixture
def zip_job(tmp_path, monkeypatch):
    from pismo.web import core
    from web_server import start

    running = start(tmp_path)
    monkeypatch.setattr(core, "pdf_available", lambda: True)
    yield running, lambda converter: monkeypatch.setattr(core, "_the_converter", lambda: converter)
    running.stop()


def _zip_state(running) -> dict:
    import json

    from helpers import LECZNA

    status, headers, _ = running.post(f"/sprawy/{LECZNA.stem}/pdf", {"csrf": running.csrf})
    assert status == 303
    for _ in range(600):
        state = json.loads(running.get(headers["Location"] + "/stan")[2])
        if state["stan"] != "pracuje":
            return state
        time.sleep(0.05)
    raise AssertionError("zadanie się nie skończyło")


def test_a_document_that_timed_out_once_is_tried_again_after_the_restart_and_the_zip_is_made(zip_job):
    running, use = zip_job
    converter = _Stalling(1)
    use(converter)
    state = _zip_state(running)
    assert state["stan"] == "gotowe", state
    assert converter.stalls == 0


def test_a_document_that_times_out_twice_fails_the_job_saying_so(zip_job):
    running, use = zip_job
    use(_Stalling(2))
    state = _zip_state(running)
    assert state["stan"] == "blad", state
    said = json_text(state)
    assert "przekroczono limit czasu" in said and "także za drugim razem" in said, said


def json_text(state: dict) -> str:
    return " ".join(str(value) for value in state.values())


# --- finding 11: small untrue words ---------------------------------------------------------------------------

def test_ctrl_c_before_any_libreoffice_ran_does_not_say_it_was_stopped(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from pismo.cli.main import main
    from pismo.files import pdf

    document = tmp_path / "plan.docx"
    document.write_bytes(b"PK")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pdf, "check_inputs", interrupted)
    result = CliRunner().invoke(main, ["pdf", str(document), "--soffice", "/bin/true"])
    said = " ".join(result.output.split())
    assert result.exit_code == 130, result.output
    assert "LibreOffice zatrzymano" not in said and "nie został jeszcze uruchomiony" in said, said
    assert "nie utworzono żadnego pliku PDF" in said, said


def test_a_pdf_or_a_folder_that_cannot_be_written_is_not_said_to_be_open_in_word(tmp_path, monkeypatch):
    import errno
    import tempfile

    from pismo.files import pdf

    document = pdf._Document(tmp_path / "plan.docx", tmp_path / "s.docx", tmp_path / "s.pdf", 1)
    pdf._unplaced(document, PermissionError(errno.EACCES, "Permission denied"))
    assert "Wordzie" not in document.error and "przeglądarce PDF" in document.error, document.error
    assert "pozostał bez zmian" not in document.error, document.error  # a .docx the same command just wrote

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    said = pdf._unwritable(tmp_path)
    assert "Wordzie" not in said and "otwarty" not in said and "w tym folderze" in said, said


def test_the_closing_advice_does_not_say_docx_stayed_unchanged_after_they_were_written():
    from pismo.files import pdf_reasons

    for said in (pdf_reasons.DAMAGE_ADVICE, pdf_reasons.advice({"system"})):
        assert "pozostały bez zmian" not in said and "nie zmieniła plików .docx" in said, said


# --- pdf3's doubt: the older-PDF note after the first write -----------------------------------------------

@posix_only
def test_a_pdf_older_than_its_edited_document_is_named_by_every_write_until_renewed(tmp_path):
    from click.testing import CliRunner
    from test_pdf_rev_pdf1b import copying_soffice, edit_in_word

    from helpers import LECZNA
    from pismo.cli.main import main

    soffice = copying_soffice(tmp_path)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "--pdf", "--soffice", soffice]).exit_code == 0
    plan = next(out.rglob("plan.docx"))
    edit_in_word(plan)
    for attempt in (1, 2, 3):
        again = CliRunner().invoke(main, ["wniosek", str(LECZNA), "-o", str(out)])
        flat = " ".join(again.output.split())
        assert again.exit_code == 0, again.output
        assert f"{plan.with_suffix('.pdf')} powstał z wcześniejszej wersji" in flat, (attempt, again.output)
    assert CliRunner().invoke(main, ["pdf", str(plan), "--soffice", soffice]).exit_code == 0
    after = CliRunner().invoke(main, ["wniosek", str(LECZNA), "-o", str(out)])
    assert after.exit_code == 0 and "wcześniejszej wersji" not in after.output, after.output
