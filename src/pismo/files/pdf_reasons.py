"""Why LibreOffice made no PDF, in Polish, and whose fault that is: the one place that decides whether the closing
advice may send the officer to look for damage in the documents – a reason that is the program's, the system's
(memory, a limit set with ulimit, the disk) or pismo's temporary folder's never does."""

from __future__ import annotations

import re
import signal

NOT_RUNNING = "LibreOffice nie uruchomił się"
NO_MEMORY = "programowi LibreOffice zabrakło pamięci"
KILLED = "LibreOffice został zatrzymany z zewnątrz"
LIMITED = "LibreOffice przekroczył ustawiony limit"
NO_SPACE = "brak miejsca na dysku"
CANNOT_SEE = "LibreOffice nie widzi dokumentów przygotowanych mu przez pismo"
RESTART = 81  # LibreOffice's „start me again” (after making a profile)

# a reason's start → its outcome for the closing advice; a reason not listed may be the document's
_FAULTS = ((NOT_RUNNING, "broken"), (NO_MEMORY, "memory"), (KILLED, "memory"), (LIMITED, "limit"),
           (NO_SPACE, "space"), (CANNOT_SEE, "program"))

_ADVICE = {
    "memory": "zamknij inne programy i uruchom zamianę ponownie (przy wielu dokumentach zamieniaj mniej naraz)",
    "limit": ("to limit ustawiony dla tej sesji (ulimit), nie wada dokumentów – uruchom zamianę bez niego albo poproś "
              "administratora o jego zniesienie"),
    "broken": ("to błąd programu LibreOffice, nie dokumentów – sprawdź, czy LibreOffice uruchamia się ręcznie, a "
               "jeśli nie, zainstaluj go ponownie"),
    "space": "zwolnij miejsce na dysku i uruchom zamianę ponownie",
    "system": "usuń przyczynę podaną wyżej i uruchom zamianę ponownie",
}
DAMAGE_ADVICE = ("Zamiana na PDF nie zmieniła plików .docx; jeśli powodem nie jest brak miejsca ani uprawnień, otwórz je "
                 "w Wordzie lub LibreOffice, sprawdź, czy nie są uszkodzone, i uruchom zamianę ponownie.")


def fault_of(reason: str) -> str:
    """The outcome of a reason that is not the document's fault ("" when it may be)."""
    return next((outcome for start, outcome in _FAULTS if reason.startswith(start)), "")


def advice(outcomes: set[str]) -> str | None:
    """The closing advice for failures none of which is the document's, by the gravest outcome (None: no system
    outcome among them – the caller's own wording)."""
    for outcome in ("memory", "limit", "broken", "space", "system"):
        if outcome in outcomes:
            return f"Zamiana na PDF nie zmieniła plików .docx; {_ADVICE[outcome]}."
    return None


def failure(code: int, said: str) -> str:
    """Why soffice ended with this code, in Polish: a signal (negative, or 128 + N from a shell or the guard)
    is a crash, and a line of its backtrace („soffice.bin(+0x10b1)[0x5606…]”) is no message. Running out of
    memory, a kill from outside (Linux's OOM killer) and a limit of the session are said by pismo, never as the
    document's fault; a program that says it could not start is told as such."""
    if PROGRESS.match(said) or "pismo-pdf-" in said:  # its „convert …” of another document, or pismo's staging
        said = ""
    number = -code if code < 0 else code - 128 if code > 128 else 0
    how = f"awaria, sygnał {number}" if number else f"kod {code}"
    if _NO_MEMORY.search(said):
        return f"{NO_MEMORY} przy zamianie dokumentu ({how})"
    if number == signal.SIGKILL:
        return f"{KILLED} (sygnał 9) – zwykle system kończy go tak, gdy zabraknie pamięci"
    if number:
        limit = session_limit(number)
        if limit:
            return f"{limit} (sygnał {number})"
    quote = f"; jego komunikat: „{said}”" if said and not _BACKTRACE.search(said) else ""
    if _CANNOT_START.search(said) or code == RESTART:  # 81: it asked to be restarted, and did so again
        return f"{NOT_RUNNING} ({how}){quote}"
    if number:
        return f"LibreOffice uległ awarii (sygnał {number}){quote}"
    return f"LibreOffice zakończył pracę z błędem ({how}){quote}"


def session_limit(number: int = 0) -> str:
    """The limit set with ulimit that LibreOffice (which inherits pismo's) most likely ran into: the file size
    one for its signal SIGXFSZ or any crash under it, else the address-space one, under which it aborts or
    says the document „could not be loaded”; "" when none is set (or on Windows)."""
    try:
        import resource
    except ImportError:
        return ""
    fsize, space = (resource.getrlimit(which)[0] for which in (resource.RLIMIT_FSIZE, resource.RLIMIT_AS))
    if number == getattr(signal, "SIGXFSZ", None) or fsize != resource.RLIM_INFINITY:
        shown = f" {fsize // 1024}" if fsize != resource.RLIM_INFINITY else ""
        return f"{LIMITED} rozmiaru plików (ulimit -f{shown})"
    if space != resource.RLIM_INFINITY:
        return f"{LIMITED} pamięci (ulimit -v {space // 1024})"
    return ""


PROGRESS = re.compile(r"convert \S")  # LibreOffice's own progress line: „convert X -> Y using filter : …”
_CANNOT_START = re.compile(r"fatal error|cannot be started|could not be (?:completed|started)|user installation|"
                           r"error while loading shared librar|cannot open shared object|(?:cannot|can't|failed to) "
                           r"open display", re.IGNORECASE)  # LibreOffice's own words for „I did not start”
_NO_MEMORY = re.compile(r"bad_alloc|out of memory|cannot allocate|failed to allocate", re.IGNORECASE)
_BACKTRACE = re.compile(r"\(\+0x[0-9a-fA-F]+\)|\[0x[0-9a-fA-F]+\]")
