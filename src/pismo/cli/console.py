"""The console around the command: streams that never fail on a character, Ctrl+C always said the same way.

On Windows a redirected or piped stdout (`pismo --help > pomoc.txt`, `pismo terminy | more`) is encoded in
the ANSI code page (cp1250) or the console's OEM one (cp852), which lack "→", "…", "„" or a Cyrillic name:
Python would end the command with a UnicodeEncodeError after the documents were written. Characters that do
not fit become their closest plain form ("…" → "...", "→" → "->"), else "?".

Ctrl+C must end every command with "Przerwano." and exit 130 (README, "Kody wyjścia"), also while pismo's
modules are still imported (a traceback from the middle of an import) and before click would turn it into its
own Abort (exit 1): the entry point holds the interrupt back from its first instruction until the command runs
(`resume` then raises it). What runs before the entry point – Python's start and the console script's own
`import re` (pip writes that script) – is out of our reach: a Ctrl+C there is Python's (README says so).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import re
import signal
import sys
import unicodedata

from pismo.errors import INTERRUPTED, visible

INTERRUPTED_TEXT = "Przerwano."

_PLAIN = {"…": "...", "→": "->", "←": "<-", "„": '"', "”": '"', "“": '"', "‘": "'", "’": "'", "–": "-",
          "—": "-", "−": "-", "\u00a0": " ", "\u202f": " ", "•": "*", "×": "x", "≥": ">=", "≤": "<="}


def _plain(error: UnicodeEncodeError) -> tuple[str | bytes, int]:
    """The characters the stream cannot take: a name's bytes as they are (_name_bytes), the rest folded – each
    run on its own: pismo's „ right before a name made one run with it, and the name became „????ka” (rev-sys11
    #10)."""
    text = error.object[error.start:error.end]
    parts = []
    for run in re.findall("[\udc80-\udcff]+|[^\udc80-\udcff]+", text):
        raw = _name_bytes(run, error.encoding)
        parts.append(raw if raw is not None else "".join(_plain_char(c, error.encoding) for c in run))
    if all(isinstance(part, str) for part in parts):
        return "".join(parts), error.end
    return b"".join(p if isinstance(p, bytes) else p.encode(error.encoding) for p in parts), error.end


def _name_bytes(text: str, encoding: str) -> bytes | None:
    """A name's UTF-8 bytes as the file system gave them (surrogate-escaped, polish.as_typed) written as they are to an
    ASCII stream (LC_ALL=C, whose terminal is most often UTF-8): folded, „pismo sprawdz 'laka.yaml'” named another
    file than łąka.yaml (rev-sys10 #9). None for anything else."""
    if codecs.lookup(encoding).name != "ascii" or not all("\udc80" <= c <= "\udcff" for c in text):
        return None
    raw = bytes(ord(c) - 0xDC00 for c in text)
    try:
        shown = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return raw if visible(shown) == shown else None  # a C1 control (U+009B) would reach the terminal


_ESCAPED = re.compile("[\udc80-\udcff]+")


def _shown(text: str, encoding: str | None) -> str:
    """visible(text), but a name's UTF-8 bytes kept escaped for an ASCII stream (_name_bytes writes them as they
    are): visible read them as letters, which the stream then folded (rev-sys10 #9)."""
    kept, at = [], 0
    for run in _ESCAPED.finditer(text) if encoding and codecs.lookup(encoding).name == "ascii" else ():
        if _name_bytes(run.group(), encoding) is not None:
            kept += [visible(text[at:run.start()], keep="\n\t"), run.group()]
            at = run.end()
    return "".join(kept) + visible(text[at:], keep="\n\t")


def _plain_char(char: str, encoding: str) -> str:
    plain = _PLAIN.get(char) or _unaccented(char) or "?"
    try:
        plain.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "?"
    return plain


def _unaccented(char: str) -> str:
    """A letter without its accent („ł” → „l”, „ż” → „z”): „nieprawidlowy” reads, „nieprawid?owy” does not."""
    base = unicodedata.normalize("NFKD", {"ł": "l", "Ł": "L"}.get(char, char))
    return "".join(c for c in base if not unicodedata.combining(c))


codecs.register_error("pismo-plain", _plain)


def locale_warning() -> str | None:
    """Why Polish letters may show wrong, when Python runs in a locale that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0,
    pl_PL.ISO-8859-2): the setting at fault named, with the one to type – else None (every UTF-8 system, Windows,
    macOS). Names themselves are kept by their bytes (record.as_text, output.name_problem)."""
    if os.name != "posix" or sys.getfilesystemencoding().lower().replace("-", "").replace("_", "") == "utf8":
        return None
    name = next((n for n in ("LC_ALL", "LC_CTYPE", "LANG") if os.environ.get(n)), None)
    said = f"{name}={os.environ[name]}" if name else "LANG nie jest ustawione"
    off = " albo usuń PYTHONUTF8=0, które wyłącza tryb UTF-8 Pythona" if os.environ.get("PYTHONUTF8") == "0" else ""
    if name and re.search(r"utf-?8", os.environ[name], re.IGNORECASE):  # it names UTF-8: not installed, C instead
        return (f"ustawienia regionalne {os.environ[name]} ({name}) nie są zainstalowane w tym systemie (lista: "
                "locale -a), więc polskie litery w komunikatach i nazwach plików mogą być pokazane bez ogonków albo "
                f"błędnie – ustaw {name}=C.UTF-8 albo zainstaluj {os.environ[name]}{off}")
    return (f"ustawienia regionalne systemu ({said}) nie używają UTF-8, więc polskie litery w komunikatach i nazwach "
            f"plików mogą być pokazane bez ogonków albo błędnie – ustaw {name or 'LANG'}=C.UTF-8 (albo pl_PL.UTF-8, jeśli "
            f"jest zainstalowane){off}")


def tolerant_streams() -> None:
    """stdout and stderr write every text: what the encoding cannot hold is replaced, never raised."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="pismo-plain")
            except (ValueError, OSError):  # a stream already written in a way that cannot change
                pass


class _ReportSink(io.RawIOBase):
    """stdout's (or stderr's) bytes, written to its file descriptor; a write the system refuses (a reader that stopped, a full
    disk the output was redirected to) is noted and the rest of the report dropped, so that the command still
    does all its work and exits with its own code – it stopped halfway: `sprawdz A B C | head -1` exited 0 with C
    never checked, `wszystko … > /dev/full` 1 („plik lub folder: brak miejsca”) with every document written."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.failure: OSError | None = None
        self.terminal = os.isatty(fd)  # asked now: a hung-up terminal is no tty any more

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data) -> int:
        if self.failure is None:
            try:
                return os.write(self._fd, data)
            except OSError as exc:
                self.failure = exc
        return len(data)


class _ClosedOut(io.TextIOBase):
    """stdout closed when pismo started (`>&-`, a service without one): Python gives None, and the report vanished
    without a word, exit 0 – `terminy` in a script told nothing (rev-sys13 #3). What would have been written is only
    noted, for report_lost to say: descriptor 1 may be a file pismo opened since."""

    encoding = "utf-8"
    errors = "pismo-plain"

    def __init__(self) -> None:
        super().__init__()
        self.written = False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        return len(text)


_sink: _ReportSink | None = None
_closed: _ClosedOut | None = None


def report_stream() -> None:
    """stdout and stderr that never fail the command: see _ReportSink. stderr's refusal (`2>&1 | head -1`,
    `2>/dev/full`) ended the command with 0 or 1 whatever it had found – `sprawdz` of a file with errors „correct”.
    A terminal too, where it can go away: its window closed, every write is refused (EIO) – the report of an
    interrupted run became a traceback, a stopped `serwer`'s line a disk fault with code 1 (rev-sys14 #8 #9 #17).
    Windows' console is left as it is (written by other means, it neither fills up nor goes away)."""
    global _sink, _closed
    if sys.stdout is None:
        sys.stdout = _closed = _ClosedOut()
    _sink = _tolerant("stdout")
    _tolerant("stderr")


def _tolerant(name: str) -> _ReportSink | None:
    """sys.<name> replaced by a text stream over a _ReportSink of its descriptor; the sink, None when left as is."""
    stream = getattr(sys, name)
    try:
        if stream is None or (stream.isatty() and os.name != "posix"):
            return None
        fd = stream.fileno()
        stream.flush()
    except (OSError, ValueError, AttributeError):
        return None
    sink = _ReportSink(fd)  # stderr line by line: a long-running command's (`pismo serwer`'s „błąd programu: …”)
    # line sat in the buffer until the server stopped, and the console never said why a page failed
    setattr(sys, name, io.TextIOWrapper(io.BufferedWriter(sink), encoding=stream.encoding, errors="pismo-plain",
                                        line_buffering=stream.line_buffering or name == "stderr",
                                        write_through=name == "stderr"))
    return sink


def report_lost(code) -> None:
    """Say on stderr that the report could not be written (not when its reader stopped reading: the user's
    choice), and that the command was done all the same, with its code."""
    if sys.stdout is not None:  # None: closed (`>&-`) or never opened (pythonw)
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
    failure = _sink.failure if _sink is not None else None
    if _closed is not None and _closed.written:
        why = "standardowe wyjście jest zamknięte (np. „>&-” w skrypcie)"
    elif failure is None or failure.errno in (errno.EPIPE, errno.EINVAL):
        return
    elif _sink.terminal:  # EIO: the window was closed (the disk is not at fault)
        why = "terminal, w którym uruchomiono polecenie, został zamknięty"
    else:
        from pismo.files.read import os_reason

        why = f"standardowe wyjście (przekierowane do pliku lub programu) odmówiło zapisu: {os_reason(failure)}"
    code = 0 if code is None else code if isinstance(code, int) else 1
    done = "Polecenie przerwano" if code == INTERRUPTED else "Polecenie wykonano do końca"
    with contextlib.suppress(OSError, ValueError, AttributeError):  # stderr closed too: nothing to say it on
        sys.stderr.write(f"Uwaga: nie wypisano raportu polecenia – {why}. {done}; jego wynik podaje kod wyjścia "
                         f"({code}).\n")
        sys.stderr.flush()


_NAMES: set[str] = set()  # names typed with a line break or tab in them, and their parts (note_name)


def note_name(path: str) -> None:
    """A path typed as an argument: where it holds a line break or a tab, it, each of its names holding one and
    their stems (a case's folder is named after its file) are shown as <U+000A> by every message quoting them –
    kept raw, „błąd: x” / „błąd: y.yaml: …” read as two errors about two files that do not exist."""
    if not any(char in path for char in "\n\t"):
        return
    names = [path]
    for part in path.replace(os.sep, "/").split("/"):
        if any(char in part for char in "\n\t"):
            names += [part, os.path.splitext(part)[0]]
    _NAMES.update(name for name in names if name.strip())  # a name of line breaks alone: every line break


def names_shown(text: str) -> str:
    """The text with the noted names' line breaks and tabs as <U+XXXX>, longest names first."""
    for name in sorted(_NAMES, key=len, reverse=True):
        if name in text:
            text = text.replace(name, visible(name))
    return text


class _Shown(io.TextIOBase):
    """A text stream that shows the control, format and separator characters written to it as <U+XXXX> (lines and
    tabs kept): every message of a command – pismo's, click's – quotes names and text from outside (file names,
    arguments, LibreOffice's line), and one with an escape sequence retitled the terminal or hid what it said."""

    def __init__(self, stream) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # click asks with b"" whether a stream takes bytes: it does not
            raise TypeError("a text stream")
        self.stream.write(_shown(names_shown(text), getattr(self.stream, "encoding", None)))
        return len(text)

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        self.stream.flush()

    @property
    def encoding(self):  # the stream's own: click writes to a text stream like it as it is
        return self.stream.encoding

    @property
    def errors(self):
        return self.stream.errors

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()


def unshown(stream):
    """The terminal itself behind a shown stream, for what pismo draws there on its own (the progress bar's carriage
    return and cursor codes: shown as <U+000D><U+001B>[?25l, the bar became a line of codes)."""
    return stream.stream if isinstance(stream, _Shown) else stream


@contextlib.contextmanager
def shown_streams():
    """stdout and stderr show what they are given (see _Shown) while a command runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (_Shown(stream) if stream is not None else None for stream in saved)
    try:
        yield
    finally:
        _NAMES.clear()
        for stream in (sys.stdout, sys.stderr):  # None: closed (`>&-`) or never opened (pythonw)
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
        sys.stdout, sys.stderr = saved


_pressed: list[bool] | None = None
_ignoring = False  # ignore_interrupt() set SIG_IGN (not whoever started pismo)
_own_process = False  # pismo's entry point runs this process (not a test's CliRunner, not a front end)
_kept_ignored = False  # Ctrl+C was ignored by whoever started pismo (`pismo … &` in a script): it stays ignored


def defer_interrupt(pressed: list[bool]) -> None:
    """Until resume(), Ctrl+C is noted in `pressed` instead of raised (imports, parsing the arguments); the
    entry point has already set the handler that notes it, before importing anything (this module too) – unless
    whoever started pismo ignores Ctrl+C: then it is never caught (a background job's Ctrl+C, meant for the
    foreground, stopped pismo with 130 – rev-sys13 #8)."""
    global _pressed, _own_process, _kept_ignored
    _pressed, _own_process = pressed, True
    _kept_ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def resume_interrupt() -> None:
    """Ctrl+C raises KeyboardInterrupt again, at once if it was pressed while held back (and after a command
    run in this process that left it ignored as it ended: the web app's, the tests')."""
    global _pressed, _ignoring, _struck
    _struck = False
    if _ignoring:
        _ignoring = False
        signal.signal(signal.SIGINT, signal.SIG_IGN if _kept_ignored else signal.default_int_handler)
    if _pressed is None:
        return
    pressed, _pressed = _pressed, None
    if not _kept_ignored:
        signal.signal(signal.SIGINT, _interrupt)
    if pressed:
        raise KeyboardInterrupt


_struck = False  # Ctrl+C was pressed since the command resumed it (in pismo's own process)


def _interrupt(signum, frame):
    """Python's own handler, remembering the press: a KeyboardInterrupt raised inside a library's machinery
    comes out wrapped in its error (pydantic building a model: SchemaError; __set_name__: RuntimeError)."""
    global _struck
    _struck = True
    raise KeyboardInterrupt


def was_interrupted(exc: BaseException) -> bool:
    """Whether an unforeseen error is really Ctrl+C: pressed since the command began, or a KeyboardInterrupt in
    its chain – the officer who pressed it was told „nieoczekiwany błąd programu – zgłoś” with exit 1
    (rev-files13 #4)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return _struck


def ignore_interrupt() -> None:
    """Once pismo is leaving after Ctrl+C, more Ctrl+C is ignored: one during Python's own shutdown printed its
    English traceback ('Exception ignored in … threading … KeyboardInterrupt'). In pismo's own process the window
    closed now (SIGHUP) is ignored too: its report is only lost (report_lost) – the hang-up killed pismo outright
    after its work, shell code 129 and no word (rev-sys14 #8)."""
    global _ignoring
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _own_process and hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    _ignoring = True


def done() -> None:
    """The command's work is over and it only reports: Ctrl+C from now on is ignored in pismo's own process (it
    ended a full summary with 130 and no word); a process that only runs a command (tests) keeps its own."""
    if _own_process:
        ignore_interrupt()


def interrupted() -> None:
    """Say so and exit 130."""
    ignore_interrupt()
    try:
        sys.stderr.write(f"\n{INTERRUPTED_TEXT}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    sys.exit(INTERRUPTED)
