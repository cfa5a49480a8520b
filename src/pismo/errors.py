"""What can go wrong in pismo, as types: each failure class carries its exit code and located problems.

Front ends catch PismoError once: the CLI prints the problems and exits with
exit_code (the table in README.md, "Kody wyjścia"); the web app shows them by
field. Nothing below the front ends prints or exits.
"""

from __future__ import annotations

import os
import unicodedata

OK = 0
FAILED = 1  # nothing was made: the case, a template, the output folder or the documents asked for
USAGE = 2  # click's own: wrong options or arguments
NO_PDF = 3  # documents written, but LibreOffice was not found
INCOMPLETE = 4  # the case is valid, but some documents cannot be made yet (others were written)
PDF_FAILED = 5  # documents written, but not every PDF (LibreOffice failed, a PDF refused, no room)
INTERRUPTED = 130  # Ctrl+C
# the signals that stop pismo as Ctrl+C does: a kill, a closed terminal, the terminal's second interrupt key
# (Ctrl+\ – SIGQUIT; Ctrl+Break on Windows) – SIGQUIT ended it with 131 and not a word
STOPPING = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGBREAK")

HIDDEN = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}  # Unicode categories a message never prints as they are


def visible(text, keep: str = "") -> str:
    """Text pismo did not write itself (a value, a file name, LibreOffice's line, an argument) as a message may
    show it: controls, format and separator characters as <U+XXXX>, so that it cannot break the line, reorder
    it or send the terminal an escape sequence (one retitled the window) – the officer sees what is there."""
    text = str(text)
    if text.isprintable():
        return text
    text = readable(text)
    return "".join(f"<U+{ord(ch):04X}>" if ch not in keep and unicodedata.category(ch) in HIDDEN else ch
                   for ch in text)


def readable(text: str) -> str:
    """A name as text to show or to write into a document: the bytes that are not UTF-8 (a name from a cp1250
    archive or share; os.fsdecode keeps them as lone surrogates, which no UTF-8 text can hold) as �."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no byte gave (from JSON): its own UTF-8 form, shown as �
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


class PismoError(Exception):
    """Base of every failure a user can meet; message and problems are Polish."""

    exit_code = FAILED

    def __init__(self, message: str = "", problems: list | None = None, hint: str | None = None) -> None:
        self.problems = list(problems or [])
        self.hint = hint  # what to do, shown after the problems
        self.message = message or "\n".join(str(p) for p in self.problems)
        super().__init__(self.message)

    def __reduce__(self):  # pickled whole between batch workers, whatever the subclass's __init__ takes
        return _restore, (type(self), dict(self.__dict__))

    def lines(self) -> list[str]:
        """What to show the user, one line each: the located problems, else the message."""
        return [str(p) for p in self.problems] or [self.message]


def _restore(cls: type, state: dict) -> PismoError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class CaseError(PismoError):
    """A case file cannot be used; carries every problem found at once."""

    def __init__(self, problems: list) -> None:
        super().__init__("", problems)


class CaseUnreadable(CaseError):
    """The case file itself could not be read (not there, a folder, no permission): nothing in it to correct."""


class DocumentError(PismoError):
    """A document cannot be made from this case; carries located problems."""

    def __init__(self, problems: list) -> None:
        super().__init__("", problems)


class TemplateFailed(PismoError):
    """A Word template cannot be read or rendered."""


class OutputFailed(PismoError):
    """Writing the documents was refused or failed; nothing was written."""


class InputFailed(PismoError):
    """An argument names something unusable (a missing templates folder, two cases for one folder)."""


class PdfFailed(PismoError):
    """LibreOffice could not convert the documents; `written` lists the PDFs it did make."""

    written: list = []


class PdfMissing(PismoError):
    """LibreOffice was not found."""

    exit_code = NO_PDF


class Incomplete(PismoError):
    """Some documents of the case cannot be made yet."""

    exit_code = INCOMPLETE


class Interrupted(PismoError):
    """The user pressed Ctrl+C; `results` holds what finished before, `pdfs` the PDFs placed before it."""

    exit_code = INTERRUPTED

    def __init__(self, results: list, message: str = "Przerwano.", pdfs: list | None = None) -> None:
        super().__init__(message)
        self.results, self.pdfs = results, pdfs or []


def from_os_error(exc: OSError) -> PismoError:
    """A system error no check foresaw (a name too long, a folder one may not enter…), as a located Polish
    failure: which path, why, and what to do."""
    from pismo.files.read import os_reason

    import errno

    gone = gone_folder() if exc.errno == errno.ENOENT else None
    if gone is not None and (exc.filename is None or not os.path.isabs(os.fsdecode(exc.filename))):
        return InputFailed(f"{gone_folder_told(gone)} i uruchom polecenie ponownie")
    if exc.errno in (errno.EMFILE, errno.ENFILE):  # the system's limit, whatever file it stopped
        return InputFailed(f"{os_reason(exc)} – zamknij inne programy, zwiększ limit otwartych plików (ulimit -n) "
                           "albo uruchom mniej spraw naraz (-j 1) i uruchom polecenie ponownie")
    where = exc.filename if exc.filename is not None and not _own(exc.filename) else "plik lub folder"
    closed = closed_folder(exc.filename) if exc.errno in (errno.EACCES, errno.EPERM) else None
    if closed is not None:
        return InputFailed(f"{where}: {closed}")
    todo = {errno.ENAMETOOLONG: "podaj krótszą ścieżkę albo krótszą nazwę",
            errno.EACCES: "podaj inny folder, do którego masz dostęp, albo poproś o uprawnienia",
            errno.EPERM: "podaj inny folder, do którego masz dostęp, albo poproś o uprawnienia",
            }.get(exc.errno, "sprawdź ścieżkę")
    return InputFailed(f"{where}: {os_reason(exc)} – {todo} i uruchom polecenie ponownie")


def closed_folder(filename) -> str | None:
    """Why a path was refused when a folder on its way (or the path itself, a folder) may not be entered – no
    search permission: the folder named, never „open in Word” (advice for a file being written). None otherwise."""
    if filename is None or isinstance(filename, int):
        return None
    try:
        shown = os.fsdecode(filename)
        full = os.path.abspath(shown)
        here = os.getcwd()
    except (OSError, ValueError, TypeError):
        return None
    folders = [full, *_ancestors(full)][::-1]
    for folder in folders:
        if os.path.isdir(folder) and not os.access(folder, os.X_OK):
            if folder == here:
                return (f"brak uprawnień do bieżącego folderu {folder} – nie można do niego wejść; przejdź do innego "
                        "folderu (cd) albo poproś o uprawnienia i uruchom polecenie ponownie")
            named = folder if os.path.isabs(shown) else os.path.relpath(folder)
            return (f"brak uprawnień do wejścia do folderu {named} – poproś o uprawnienia albo podaj inny folder, do "
                    "którego masz dostęp (pliki do odczytu najpierw tam skopiuj), i uruchom polecenie ponownie")
    return None


def _ancestors(path: str) -> list[str]:
    parents = []
    while os.path.dirname(path) != path:
        path = os.path.dirname(path)
        parents.append(path)
    return parents


def _own(filename) -> bool:
    """A file of pismo's own installation (a module a lazy import could not open): never the officer's path."""
    try:
        own = os.path.realpath(os.path.dirname(__file__))
        return os.path.commonpath([own, os.path.realpath(os.fsdecode(filename))]) == own
    except (ValueError, OSError, TypeError):
        return False


def gone_folder() -> str | None:
    """The current folder when it no longer exists (another window removed it, a USB stick was pulled): named from
    the shell's PWD; None while it is there. Without it a relative path failed as „plik lub folder … nie istnieje”
    under the name of a case file that was there."""
    try:
        os.getcwd()
        return None
    except FileNotFoundError:
        shown = os.environ.get("PWD", "")
        return shown if shown and os.path.isabs(shown) and not os.path.isdir(shown) else ""
    except OSError:
        return None


_gone_warned: list[str] = []  # the gone folder the run's first line already told (gone_folder_warning)


def gone_folder_told(gone: str) -> str:
    """The whole sentence – said once a run: a command failing on the gone folder later refers to it."""
    if _gone_warned:
        return "bieżący folder już nie istnieje (zob. uwagę wyżej) – przejdź do istniejącego folderu (cd)"
    named = f" ({gone})" if gone else ""
    return (f"bieżący folder{named} już nie istnieje (usunięto go albo odłączono nośnik) – przejdź do istniejącego "
            "folderu (cd) albo podaj pełne ścieżki plików i folderów")  # no option named: not every command has -o


def gone_folder_warning() -> str | None:
    """The warning a run begins with when its current folder is gone, else None."""
    gone = gone_folder()
    if gone is None:
        return None
    told = gone_folder_told(gone)
    _gone_warned.append(gone)
    return told


PISMO_NEEDS = 64 * 1024 * 1024  # under `ulimit -v 60000` pydantic's native code aborted in English (exit 134)


def memory_too_low() -> PismoError | None:
    """A memory limit of the session too low for pismo itself, told before any work: under it a native library
    aborts the process („memory allocation … failed”, exit 134) where Python cannot catch it."""
    from pismo.files.pdf_reasons import memory_limit

    low = memory_limit(PISMO_NEEDS)
    if low is None:
        return None
    return PismoError(f"limit pamięci tej sesji (ulimit -{low[1]} {low[0] // 1024}) jest za niski dla pismo, które "
                      f"potrzebuje co najmniej {PISMO_NEEDS // 2 ** 20} MB – uruchom polecenie bez tego limitu albo "
                      "poproś administratora o jego zniesienie")


def _short_of_memory(exc: BaseException) -> bool:
    """A library that could not be loaded for lack of memory („failed to map segment from shared object”, „cannot
    allocate memory” – an ImportError or OSError under `ulimit -v`): the same shortage as a MemoryError, not a bug."""
    import errno

    return (isinstance(exc, OSError) and exc.errno == errno.ENOMEM) or (
        isinstance(exc, (ImportError, OSError)) and any(sign in str(exc).lower() for sign in
                                                        ("failed to map segment", "cannot allocate memory")))


def unexpected(exc: BaseException, undone: str) -> PismoError:
    """A failure pismo did not foresee, in Polish: lack of memory is the computer's, anything else a bug to
    report – its Python name and text set apart as data for the authors, never as the reason."""
    if isinstance(exc, MemoryError) or _short_of_memory(exc):
        from pismo.files.pdf_reasons import memory_limit

        low = memory_limit(float("inf"))
        if low:  # closing other programs frees nothing under a limit of the session
            return PismoError(f"za mało pamięci w limicie tej sesji (ulimit -{low[1]} {low[0] // 1024}) – {undone}; "
                              "uruchom polecenie bez tego limitu albo poproś administratora o jego zniesienie")
        return PismoError(f"za mało pamięci – {undone}; zamknij inne programy i uruchom polecenie ponownie")
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return PismoError(f"nieoczekiwany błąd programu – {undone}; zgłoś ten błąd autorom pismo razem z poleceniem "
                      f"i plikiem sprawy (dane dla autorów: {detail})")
