"""A warm converter: one LibreOffice kept running, a .docx to PDF in a fraction of a second.

Starting soffice costs about a second per call; the browser's preview needs
far less. So a headless soffice is kept running and driven over its UNO pipe.
The UNO bindings only load in LibreOffice's own Python (or Debian's
python3-uno for the system python) – not in pismo's venv – so the driving is
done by a small bridge script (pismo/uno_bridge.py) run in such a Python, which
starts soffice in the bridge's process group and talks JSON lines with us.
unoserver does the same, but it must itself be installed into LibreOffice's
Python; our bridge is one file with no dependency, run from where pismo is.

Every request has a timeout: a LibreOffice that hangs or dies is killed
(process group) and started again, a dead one transparently for the request.
The bridge stops soffice when its stdin closes, and watches its owner, so
LibreOffice ends with its owner even if the owner is killed while LibreOffice
is stuck in a document. Without a UNO-capable Python the converter
still works, cold: one soffice run per document (warm is False).
"""

from __future__ import annotations

import atexit
import io
import json
import os
import queue
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import weakref
import zipfile
from pathlib import Path

from pismo.files.scratch import Scratch
from pismo.files.pdf_reasons import NO_PDF, files_limit, store_refused, unloaded, with_advice
from pismo.files.soffice import (PDF_FILTER, WORD_FILTER, PdfError, borrow_profile, find_soffice, kill_group,
                                  start)
from pismo.files.read import os_reason
from pismo.polish import seconds

BRIDGE = Path(__file__).with_name("uno_bridge.py")
TEMP = "tmp"  # LibreOffice's own temporary folder (its lu….tmp, a partial PDF of a killed one) in the converter's
START_SECONDS = 90.0  # both tries of a start (a cold LibreOffice with a new profile on a slow PC: ~20 s)
STARTING_WAIT = 15.0  # what a request waits for a start under way before it says so
HOLD_MARGIN = 5.0  # seconds a waiting request allows past the most the one converting may take
CLOSE_WAIT = 5.0  # what close() waits for a start or a conversion it ended to let go
RETRY_START_AFTER = (60.0, 300.0, 900.0)  # a failed start is told at once this long (1st, 2nd, further failures)
REQUEST_SECONDS = 30.0  # per document, plus …
MEGABYTE_SECONDS = 20.0  # … this per megabyte
MAX_PDF_BYTES = 256 * 1024 * 1024
_uno_pythons: dict[str, str | None] = {}


class TimedOut(PdfError):
    """LibreOffice did not convert the document in time; it was stopped and starts again, so one more try of the
    document is worth it (a LibreOffice stuck once, not a document it can never finish)."""


class NotStarted(PdfError):
    """LibreOffice took no document: its start failed (lately) or is under way – no document's fault, none was
    tried. soon: it is starting now, so the caller says to try again in a moment, each in its own words (the
    preview: refresh; „Pobierz z PDF”: click again)."""

    def __init__(self, message: str, soon: bool = False) -> None:
        super().__init__(message)
        self.soon = soon


def uno_python(soffice: str) -> str | None:
    """A Python that can import uno for this LibreOffice: its own, ours, or the system's (None if none)."""
    if soffice in _uno_pythons:
        return _uno_pythons[soffice]
    program = Path(soffice).resolve().parent
    candidates = [program / "python.exe", program / "python", program.parent / "Resources" / "python",
                  Path(sys.executable), Path("/usr/bin/python3")]
    found = None
    for candidate in dict.fromkeys(candidates):
        if candidate.is_file() and _imports_uno(candidate):
            found = str(candidate)
            break
    _uno_pythons[soffice] = found
    return found


def _imports_uno(python: Path) -> bool:
    try:
        return subprocess.run([str(python), "-c", "import uno"], stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


class Converter:
    """Converter(soffice=None): start(), to_pdf(docx_bytes, timeout) -> PDF bytes, close(); a context manager.

    Raises PdfUnavailable (no LibreOffice) and PdfError (the document failed,
    or LibreOffice did not answer in time); the message is Polish. Safe to
    call from several threads: requests are served one at a time.
    """

    def __init__(self, soffice: str | None = None) -> None:
        self._soffice_option = soffice
        self._soffice: str | None = None
        self._python: str | None = None
        self._bridge: subprocess.Popen | None = None
        self._replies: queue.Queue = queue.Queue()
        self._profile = None
        self._folder: Path | None = None
        self._scratch: Scratch | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._closings = 0  # close() calls: a start they happened during does not go on
        self._finalizer = None
        self._pipe = ""
        self._starting_since: float | None = None
        self._failed_start: tuple[float, str, int] | None = None  # when, why, how many failures in a row
        self._restarting = False  # a start in the background (after a failure or a timeout) is under way
        self._held_since: float | None = None  # a request converting now: since when (time.monotonic) …
        self._held_until: float | None = None  # … and the most it may hold the converter until (_most)
        self._cancel = None  # the cold conversion under way's pdf.Cancel: close() ends it

    # --- lifetime ------------------------------------------------------------------------------

    def __enter__(self) -> Converter:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def warm(self) -> bool:
        """True when LibreOffice is kept running (a UNO-capable Python was found)."""
        return self._python is not None

    def start(self, timeout: float | None = None) -> None:
        """Find LibreOffice and start it (PdfUnavailable if there is none); idempotent."""
        closings = self._closings
        with self._lock:
            if self._soffice is None:
                soffice = find_soffice(self._soffice_option)
                too_few = files_limit()
                if too_few:  # told at once: under it LibreOffice hangs for the whole allowance
                    raise PdfError(too_few)
                self._python = uno_python(soffice)
                if self._closings != closings:  # closed while the probe ran (Ctrl+C of serwer at its start)
                    raise PdfError("przerwano")
                try:
                    self._scratch = Scratch("pismo-lo-")  # also removes what killed converters left
                    (self._scratch.path / TEMP).mkdir()
                except OSError as exc:
                    raise PdfError(f"nie można utworzyć folderu tymczasowego w {tempfile.gettempdir()} "
                                   f"({os_reason(exc)}) – zwolnij miejsce na dysku i spróbuj ponownie") from None
                self._folder = self._scratch.path
                self._profile = borrow_profile() if self.warm else None
                self._closed = False
                self._finalizer = weakref.finalize(self, _cleanup, self._cell())
                atexit.register(self._finalizer)
                self._soffice = soffice  # last: to_pdf of another thread takes it as „started” (its folder set)
            if self.warm and self._bridge is None:
                self._start_bridge(START_SECONDS if timeout is None else timeout)

    def _cell(self) -> dict:
        """What the finalizer needs to stop everything, without a reference to self."""
        self._state = {"bridge": None, "profile": self._profile, "scratch": self._scratch}
        return self._state

    def close(self) -> None:
        """Stop LibreOffice and remove the temporary files; the converter can be started again. A start or a
        conversion under way holds the lock for its whole allowance (Ctrl+C of serwer): it is ended at once."""
        self._closings += 1
        self._closed = True
        idle = self._lock.acquire(blocking=False)
        if not idle:
            self.abort()  # the start or the conversion fails at once and releases the lock
            if not self._lock.acquire(timeout=CLOSE_WAIT):  # a probe for LibreOffice's Python still running
                self._stop_bridge()
                return
        try:
            self._stop_bridge(graceful=idle)
            if self._finalizer is not None:
                self._finalizer()
                atexit.unregister(self._finalizer)
            self._soffice = self._finalizer = self._profile = self._folder = self._scratch = None
        finally:
            self._lock.release()

    def _start_bridge(self, timeout: float) -> None:
        """Start the bridge within timeout seconds; a start that failed lately is told again, not retried."""
        self._tell_failed_start()
        self._starting_since = time.monotonic()
        try:
            self._try_start(timeout)
            self._failed_start = None
        except PdfError as exc:
            if not self._closed:
                failures = self._failed_start[2] + 1 if self._failed_start else 1
                self._failed_start = (time.monotonic(), str(exc), failures)
            raise exc if isinstance(exc, NotStarted) else NotStarted(str(exc)) from None
        finally:
            self._starting_since = None

    def _tell_failed_start(self) -> None:
        """A start that failed lately, told at once; the wait grows with failures in a row (1, 5, 15 min)."""
        failed = self._failed_start
        if failed is None:
            return
        left = RETRY_START_AFTER[min(failed[2], len(RETRY_START_AFTER)) - 1] - (time.monotonic() - failed[0])
        if left > 0:
            raise NotStarted(f"{failed[1]}; kolejna próba uruchomienia możliwa za {seconds(left)} – wtedy spróbuj "
                             "ponownie")

    def _try_start(self, timeout: float) -> None:
        """Start the bridge and its soffice; a profile it cannot start with is rebuilt and tried once more
        (each try gets half the time, so a LibreOffice that hangs at start costs timeout, not more). Code 81 – its
        „start me again” after making a new profile – starts it once more on that profile: rebuilt, each try was a
        first start again, and the officer was sent to reinstall LibreOffice."""
        attempts = [1, 2]
        while attempts:
            attempt = attempts.pop(0)
            if self._closed:
                raise PdfError("przerwano")
            self._profile.prepare()
            pipe = self._pipe = f"pismo-{os.getpid()}-{secrets.token_hex(6)}"
            try:
                bridge = start([self._python, str(BRIDGE), self._soffice, self._profile.uri, pipe, str(os.getpid())],
                               self._folder / TEMP, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, pass_fds=self._profile.pass_fds)
            except OSError as exc:
                raise PdfError(f"nie można uruchomić LibreOffice ({os_reason(exc)})") from None
            self._bridge = self._state["bridge"] = bridge
            if self._closed:  # close() came between the start and the line above: it saw no bridge to kill
                self._stop_bridge()
                raise PdfError("przerwano")
            self._replies = queue.Queue()
            threading.Thread(target=_read_replies, args=(bridge.stdout, self._replies), daemon=True).start()
            reply = self._reply(timeout / 2)
            if reply.get("ready"):
                return
            self._stop_bridge()
            if reply.get("timeout"):
                reply = {"why": "no_answer", "seconds": round(timeout / 2)}
            if reply.get("why") == "not_started":  # the program itself would not run: a new profile cannot help
                from pismo.files.pdf import _not_started

                raise PdfError(_not_started(self._soffice, OSError(reply.get("errno"), "")))
            if self._closed:
                raise PdfError("przerwano")
            if _restart_asked(reply) and attempt > 0:
                attempts.insert(0, -attempt)  # once more, on the profile it made
                continue
            self._profile.rebuild()  # the usual reason LibreOffice does not start: its profile
        raise PdfError(_start_failed(reply, self._soffice))

    def _stop_bridge(self, graceful: bool = False) -> None:
        bridge, self._bridge = self._bridge, None
        if bridge is None:
            return
        if graceful:
            try:
                bridge.stdin.close()  # the bridge asks soffice to quit and ends itself
                bridge.wait(timeout=8)
            except (OSError, subprocess.TimeoutExpired):
                pass
        kill_group(bridge)
        self._state["bridge"] = None
        _remove_pipe(self._pipe)

    # --- converting ----------------------------------------------------------------------------

    def to_pdf(self, docx: bytes, timeout: float | None = None) -> bytes:
        """The PDF of a .docx, as bytes. timeout: seconds for this document (default grows with its size)."""
        if not zipfile.is_zipfile(io.BytesIO(docx)):
            raise PdfError("to nie jest dokument Word (.docx) – nie można go zamienić na PDF")
        limit = timeout if timeout is not None else REQUEST_SECONDS + MEGABYTE_SECONDS * len(docx) / 1e6
        if self._soffice is None:
            self.start()
        name = secrets.token_hex(6)
        source, target = self._folder / f"{name}.docx", self._folder / f"{name}.pdf"
        try:
            source.write_bytes(_changes_accepted(docx))
            self.convert_file(source, target, limit)
            return _read_pdf(target)
        except OSError as exc:
            raise PdfError(f"nie można zapisać pliku tymczasowego w {self._folder} ({os_reason(exc)})") from None
        finally:
            source.unlink(missing_ok=True)
            target.unlink(missing_ok=True)

    def convert_file(self, source: Path, target: Path, timeout: float) -> None:
        """Convert a .docx file to a PDF file (not checked here); for callers that stage their own files."""
        if self._soffice is None:
            self.start()
        starting = self._starting_since
        wait = 0 if self._restarting and self._failed_start else min(timeout, STARTING_WAIT) if starting else timeout
        acquired = self._acquire(wait, patient=not starting and wait > 0)
        if self._closed:  # closed while it waited: it starts no LibreOffice after close() (rev-pdf12 #7)
            if acquired:
                self._lock.release()
            raise PdfError("przerwano")
        if not acquired:
            held = self._held_since
            since = self._starting_since or starting or (time.monotonic() if self._restarting and held is None
                                                         else None)  # a restart about to begin
            raise self._busy(since, held)
        try:
            self._held_since = time.monotonic()
            self._held_until = self._held_since + self._most(timeout)
            self._convert(Path(source), Path(target), timeout)
        finally:
            self._held_since = self._held_until = None
            self._lock.release()

    def _acquire(self, wait: float, patient: bool) -> bool:
        """The converter for a request, waited for `wait` seconds – when `patient`, at least as long as the request
        converting now may hold it (_most): the cold converter holds it for its start too, and a second request
        gave up after 30 s while the first took 41 s (rev-pdf11 #9)."""
        end = time.monotonic() + wait
        while not self._closed:
            held = self._held_until if patient else None
            left = max(end, held + HOLD_MARGIN if held else 0.0) - time.monotonic()
            if left <= 0:
                return False
            if self._lock.acquire(timeout=min(left, 1.0)):
                return True
        return False

    def _most(self, limit: float) -> float:
        """The longest a request of `limit` seconds holds the converter: warm, its conversion and, when LibreOffice
        died at it, a start and a second try; cold, the command line's start and document, twice (its retry)."""
        if self.warm:
            return START_SECONDS + 2 * limit
        from pismo.files import pdf

        return 2 * (pdf.STARTUP_ALLOWANCE + limit)

    def _busy(self, since: float | None, held: float | None) -> PdfError:
        """Why the request could not have LibreOffice: still starting, or converting another request's document
        – with how long; „jeszcze się uruchamia (od 0,0 s)” was said of a converter busy converting (rev-pdf11 #9)."""
        if since is not None:
            return NotStarted(f"LibreOffice jeszcze się uruchamia (od {seconds(time.monotonic() - since)})", soon=True)
        took = f" (trwa już {seconds(time.monotonic() - held)})" if held is not None else ""
        return NotStarted(f"LibreOffice zamienia teraz na PDF inny dokument{took}", soon=True)

    def abort(self) -> None:
        """Kill LibreOffice now, from any thread (Ctrl+C); a request under way fails and nothing restarts."""
        self._closed = True
        bridge, cancel = self._bridge, self._cancel
        if bridge is not None:
            kill_group(bridge)
        if cancel is not None:  # the cold conversion's LibreOffice
            cancel()

    def _convert(self, source: Path, target: Path, limit: float) -> None:
        if not self.warm:
            self._convert_cold(source, target, limit)
            return
        for attempt in (1, 2):
            if self._closed:
                raise PdfError("przerwano")
            if self._bridge is None:
                self._start_or_tell()
            try:
                self._bridge.stdin.write((json.dumps(_request(source, target)) + "\n").encode())
                self._bridge.stdin.flush()
                reply = self._reply(limit)
            except OSError:
                reply = {"ok": False, "dead": True}
            if reply.get("ok"):
                return
            if reply.get("timeout"):
                self._stop_bridge()
                self._restart_soon()
                raise TimedOut(f"LibreOffice nie zamienił dokumentu w ciągu {seconds(limit)} (przekroczono limit czasu) "
                               "– został zatrzymany i uruchomiony ponownie")
            if not reply.get("dead"):
                raise PdfError(_refused(reply, target))
            self._stop_bridge()  # LibreOffice died: start it again and try once more
        raise PdfError(_died(reply.get("ended")))

    def _start_or_tell(self) -> None:
        """LibreOffice for a request: started by it only if no start failed; after a failure the next start
        runs in the background and the request is told at once (a preview waited 90 s once a minute)."""
        if self._failed_start is None:
            self._start_bridge(START_SECONDS)
            return
        self._tell_failed_start()
        self._restart_soon()
        raise NotStarted("LibreOffice wcześniej się nie uruchomił – uruchamia się ponownie", soon=True)

    def _convert_cold(self, source: Path, target: Path, limit: float) -> None:
        """One soffice run for the request: `limit` is the document's time, its cold start waited for on top as the
        CLI's is – as a timeout it covered the start too, and a slow PC's 40 s start failed every request, the
        document suspected (rev-pdf10 #6). A start that failed is remembered as the warm one's is (_failed_start):
        each request waiting for the converter started LibreOffice again and waited out its whole hang in turn – two
        requests 4 min, three 6 min (rev-pdf12 #2). close() ends it (_cancel)."""
        from pismo.files.pdf import Cancel, convert, program_at_start

        cancel = self._cancel = Cancel()
        try:
            if self._closed:
                raise PdfError("przerwano")
            self._tell_failed_start()
            convert([source], self._soffice, overwrite=True, document_time=limit, cancel=cancel)
        except PdfError as exc:  # its own reason (a program that cannot start, a full disk…), never a guess
            if cancel.cancelled:
                raise PdfError("przerwano") from None
            if isinstance(exc, NotStarted):
                raise
            reasons = getattr(exc, "reasons", None)
            said = program_at_start(reasons[0]) if reasons else str(exc)
            if reasons and _not_starting(reasons[0]):
                failures = self._failed_start[2] + 1 if self._failed_start else 1
                self._failed_start = (time.monotonic(), said, failures)
            raise PdfError(said) from None
        finally:
            self._cancel = None
        if cancel.cancelled:
            raise PdfError("przerwano")
        self._failed_start = None
        source.with_suffix(".pdf").replace(target)

    def _reply(self, timeout: float) -> dict:
        try:
            return self._replies.get(timeout=timeout)
        except queue.Empty:
            return {"ok": False, "timeout": True}

    def _restart_soon(self) -> None:
        """Bring LibreOffice back in the background, so the next request finds it warm."""
        def restart() -> None:
            try:
                with self._lock:
                    if not self._closed and self._soffice is not None and self._bridge is None:
                        self._start_bridge(START_SECONDS)
            except PdfError:
                pass  # remembered: the next request tells it
            finally:
                self._restarting = False

        if not self._restarting:
            self._restarting = True
            threading.Thread(target=restart, daemon=True).start()


def _changes_accepted(docx: bytes) -> bytes:
    """The document with its tracked changes accepted, as `pismo pdf` converts it (revisions.py, rev-pdf13 #5)."""
    from pismo.files import revisions

    try:
        return revisions.accepted(docx) or docx
    except revisions.Unreadable as exc:
        raise PdfError(f"dokument zawiera nieprzyjęte zmiany (śledzenie zmian) w części {exc}, której pismo nie może "
                       "odczytać – usunięty tekst byłby widoczny w PDF; przyjmij zmiany w Wordzie (Recenzja → "
                       "Zaakceptuj wszystkie zmiany) i zapisz dokument") from None
    except (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise PdfError("dokument Word (.docx) jest uszkodzony – nie można go zamienić na PDF") from None


def _not_starting(reason: str) -> bool:
    """A cold conversion's reason that is LibreOffice's start, not the document's: no sign of work at the lone
    document (pdf._lone) or a program that cannot run or is not LibreOffice."""
    from pismo.files.pdf import LONE, NOT_STARTED
    from pismo.files.pdf_reasons import fault_of

    return reason.startswith((LONE, NOT_STARTED)) or fault_of(reason) in ("broken", "program")


def _request(source: Path, target: Path) -> dict:
    """The bridge's request for one document, read and written by the filters `pismo pdf` uses: the preview let
    LibreOffice detect the type, and took a .docx with data before its zip as text, an ODT named .docx as ODT."""
    return {"in": str(source), "out": str(target), "import": WORD_FILTER, "export": PDF_FILTER}


def _read_replies(stream, replies: queue.Queue) -> None:
    """Each JSON line of the bridge into the queue; a dead bridge ends it with a 'dead' reply."""
    try:
        for line in iter(lambda: stream.readline(65536), b""):
            try:
                replies.put(json.loads(line))
            except ValueError:
                continue
    except (OSError, ValueError):
        pass
    replies.put({"ok": False, "dead": True})


def _refused(reply: dict, target: Path) -> str:
    """Why LibreOffice answered without a PDF: a full temporary disk (little free space, or its own „Class:Space”
    error) in pismo's words, else a limit of the session, else the document – pdf_reasons decides, as for the
    CLI; never LibreOffice's internals about the disk."""
    from pismo.files.pdf import full_disk

    space = "Class:Space" in str(reply.get("message") or "")
    full = full_disk(target.parent, "LibreOffice nie mógł zapisać PDF", certain=space)
    if full:  # it says what to do already: „– zwolnij miejsce – zwolnij miejsce na dysku …” said it twice
        return full
    reason = store_refused(str(reply.get("message") or "")) or unloaded()
    return NO_PDF + _reason(reply) if reason == NO_PDF else with_advice(reason)


def _died(code) -> str:
    """Why LibreOffice ended during the conversion, twice: its exit code or signal read as the CLI reads it (a
    limit of the session, a kill from outside, a crash) with what to do – it was said without a cause."""
    from pismo.files.pdf_reasons import failure

    when = "w czasie zamiany dokumentu, także za drugim razem"
    if not isinstance(code, int) or code == 0:
        return f"LibreOffice zakończył pracę {when}"
    return with_advice(f"{failure(code, '')} {when}")


def _restart_asked(reply: dict) -> bool:
    """soffice ended at start with LibreOffice's „start me again” (81, after making a new profile)."""
    from pismo.files.pdf_reasons import RESTART

    return reply.get("why") == "exited" and reply.get("code") == RESTART


def _start_failed(reply: dict, program: str = "") -> str:
    """LibreOffice that would not start with a new profile either: why (read as the CLI reads it, its own last
    words – „Out of memory” – included) and what to do; a cause pismo does not know is the program's. A program
    ending at once well, or as pdf_reasons.not_libreoffice reads it, is named with where it was given, as the CLI
    does – „zainstaluj LibreOffice ponownie” of /bin/true sent the officer to reinstall a sound LibreOffice."""
    from pismo.files.pdf_reasons import NOT_LIBREOFFICE, fault_of, not_libreoffice, with_advice
    from pismo.files.soffice import check_program, found_itself, last_line, not_starting

    code = reply.get("code")
    said = last_line(str(reply.get("said") or "").encode("latin-1", "replace"))
    if reply.get("why") == "exited" and isinstance(code, int) and (code == 0 or not_libreoffice(code, said)):
        quote = f"; jego komunikat: „{said}”" if said else ""
        return (f"{NOT_LIBREOFFICE}: {program or 'program'} zakończył pracę zaraz po uruchomieniu (kod {code}){quote} "
                f"– {check_program(program)}")
    reason = _reason(reply)
    told = _said_at_start(reply)
    if told and fault_of(told) not in ("", "broken"):  # memory, a limit, the disk: what to do is the cause's
        return f"LibreOffice nie uruchomił się, także z nowym profilem{reason}{with_advice(told)[len(told):]}"
    if program and not found_itself(program):  # the program given, named with where, never „reinstall it”
        quote = f"; jego komunikat: „{said}”" if said and said not in reason else ""
        return (f"LibreOffice nie uruchomił się, także z nowym profilem{reason}{quote} – to błąd programu, nie "
                f"dokumentów – sprawdź, czy ten program uruchamia się ręcznie; {not_starting(program)}")
    if told and fault_of(told):
        return f"LibreOffice nie uruchomił się, także z nowym profilem{reason}{with_advice(told)[len(told):]}"
    return with_advice(f"LibreOffice nie uruchomił się, także z nowym profilem{reason}")


def _said_at_start(reply: dict) -> str:
    """How soffice that ended at start ended, by its code and its last output line, as pdf_reasons words it (""
    unless it ended)."""
    from pismo.files.pdf_reasons import failure
    from pismo.files.soffice import last_line

    code = reply.get("code")
    if reply.get("why") != "exited" or not isinstance(code, int):
        return ""
    said = failure(code, last_line(str(reply.get("said") or "").encode("latin-1", "replace")))
    return said.replace(" przy zamianie dokumentu", "")  # no document was given to it yet


def _reason(reply: dict) -> str:
    """The bridge's failure code in Polish; LibreOffice's own words quoted only when they are its own."""
    from pismo.files.pdf_reasons import fault_of

    why = reply.get("why")
    code = reply.get("code")
    told = _said_at_start(reply)
    if told and (not 0 <= code <= 128 or fault_of(told)):  # a signal as pdf's „sygnał 9”, not „-9”; a known cause
        return f" (zaraz po uruchomieniu: {told})"
    if why == "exited":
        return f" (LibreOffice zakończył pracę zaraz po uruchomieniu, kod {reply.get('code')})"
    if why == "no_answer":
        return f" (LibreOffice nie odpowiedział w ciągu {reply.get('seconds')} s)"
    if why == "not_loaded":
        return " (LibreOffice nie otworzył dokumentu)"
    message = str(reply.get("message") or "").strip()
    return f" (komunikat LibreOffice: „{message}”)" if why == "uno" and message else ""


def _read_pdf(path: Path) -> bytes:
    from pismo.files.pdf import pdf_pages

    if not pdf_pages(path):
        raise PdfError("LibreOffice nie utworzył kompletnego pliku PDF (dokument może być uszkodzony)")
    if path.stat().st_size > MAX_PDF_BYTES:
        raise PdfError(f"plik PDF jest większy niż {MAX_PDF_BYTES // 2**20} MB – nie zostanie pokazany")
    return path.read_bytes()


def _remove_pipe(name: str) -> None:
    """The socket file a killed soffice leaves for its pipe (POSIX: /tmp/OSL_PIPE_<uid>_<name>)."""
    if name and hasattr(os, "getuid"):
        for folder in dict.fromkeys((tempfile.gettempdir(), "/tmp")):
            Path(folder, f"OSL_PIPE_{os.getuid()}_{name}").unlink(missing_ok=True)


def _cleanup(state: dict) -> None:
    """Stop the bridge and its soffice, give back the profile, remove the temporary folder."""
    bridge = state.get("bridge")
    if bridge is not None:
        kill_group(bridge)
        state["bridge"] = None
    if state.get("profile") is not None:
        state["profile"].release()
        state["profile"] = None
    if state.get("scratch") is not None:
        state["scratch"].remove()
        state["scratch"] = None
