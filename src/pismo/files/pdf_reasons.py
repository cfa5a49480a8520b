"""Why LibreOffice made no PDF, in Polish, and whose fault that is: the one place that decides whether the closing
advice may send the officer to look for damage in the documents – a reason that is the program's, the system's
(memory, a limit set with ulimit, the disk) or pismo's temporary folder's never does."""

from __future__ import annotations

import re
import signal

NOT_RUNNING = "LibreOffice nie uruchomił się"
NO_MEMORY = "programowi LibreOffice zabrakło pamięci"
KILLED = "LibreOffice został zatrzymany z zewnątrz"
STOPPED = "LibreOffice zamknięto z zewnątrz"
LIMITED = "LibreOffice przekroczył ustawiony limit"
NO_SPACE = "brak miejsca na dysku"
TOO_FEW_FILES = "limit otwartych plików ustawiony dla tej sesji"
CANNOT_SEE = "LibreOffice nie widzi dokumentów przygotowanych mu przez pismo"
NOT_LIBREOFFICE = "program uruchomiony jako LibreOffice nie przyjął poleceń LibreOffice"
NO_FILTER = "LibreOffice nie ma filtru zapisu do PDF"
STORE_REFUSED = "LibreOffice nie mógł zapisać pliku PDF"
RESTART = 81  # LibreOffice's „start me again” (after making a profile)

# a reason's start → its outcome for the closing advice; a reason not listed may be the document's
_FAULTS = ((NOT_RUNNING, "broken"), (NO_MEMORY, "memory"), (KILLED, "memory"), (STOPPED, "stopped"),
           (LIMITED, "limit"), (TOO_FEW_FILES, "limit"), (NO_SPACE, "space"), (CANNOT_SEE, "program"),
           (NOT_LIBREOFFICE, "program"), (NO_FILTER, "broken"), (STORE_REFUSED, "system"))

_ADVICE = {
    "memory": "zamknij inne programy i uruchom zamianę ponownie (przy wielu dokumentach zamieniaj mniej naraz)",
    "limit": ("to limit ustawiony dla tej sesji (ulimit), nie wada dokumentów – uruchom zamianę bez niego albo poproś "
              "administratora o jego zniesienie"),
    "broken": ("to błąd programu LibreOffice, nie dokumentów – sprawdź, czy LibreOffice uruchamia się ręcznie, a "
               "jeśli nie, zainstaluj go ponownie"),
    "space": "zwolnij miejsce na dysku i uruchom zamianę ponownie",
    "stopped": "to nie wada dokumentów – uruchom zamianę ponownie i nie zamykaj LibreOffice, zanim skończy",
    "system": "usuń przyczynę podaną wyżej i uruchom zamianę ponownie",
}
NO_PDF = "LibreOffice nie utworzył pliku PDF (dokument może być uszkodzony)"
DAMAGE_ADVICE = ("Zamiana na PDF nie zmieniła plików .docx; jeśli powodem nie jest brak miejsca ani uprawnień, otwórz je "
                 "w Wordzie lub LibreOffice, sprawdź, czy nie są uszkodzone, i uruchom zamianę ponownie.")


def fault_of(reason: str) -> str:
    """The outcome of a reason that is not the document's fault ("" when it may be)."""
    return next((outcome for start, outcome in _FAULTS if reason.startswith(start)), "")


def unloaded(suspect: bool = True) -> str:
    """Why LibreOffice, running, made no PDF of a document: a memory limit of the session it matches (under
    ulimit -v it says it could not load the document), else the document may be damaged – the CLI's and the web
    preview's one wording (the preview called pismo's own sound plan „może być uszkodzony” under the limit).
    `suspect` False (a document of the run converted under the limit, or this one is damaged): never the limit –
    every damaged document was sent to the administrator on a machine with any memory limit."""
    return (session_limit() if suspect else "") or NO_PDF


def with_advice(reason: str) -> str:
    """A reason not the document's with what to do, for a caller with no closing advice (the web preview)."""
    outcome = fault_of(reason)
    return f"{reason} – {_ADVICE[outcome]}" if outcome in _ADVICE else reason


def advice(outcomes: set[str], reasons=()) -> str | None:
    """The closing advice for failures none of which is the document's, by the gravest outcome (None: no system
    outcome among them – the caller's own wording). A broken LibreOffice whose every reason told its own remedy
    (`reasons`: an AppImage that cannot mount) is sent to it – „zainstaluj go ponownie” under „rozpakuj pakiet”
    said the opposite (rev-pdf11 #10)."""
    for outcome in ("memory", "limit", "broken", "space", "stopped", "system"):
        if outcome in outcomes:
            told = outcome == "broken" and reasons and all(APPIMAGE in reason for reason in reasons)
            said = "to błąd programu LibreOffice, nie dokumentów – zrób to, co podano wyżej" if told else \
                _ADVICE[outcome]
            return f"Zamiana na PDF nie zmieniła plików .docx; {said}."
    return None


def failure(code: int, said: str) -> str:
    """Why soffice ended with this code, in Polish: a signal (negative, or 128 + N from a shell or the guard)
    tells its own cause, and a line of its backtrace („soffice.bin(+0x10b1)[0x5606…]”) is no message. Running out
    of memory, a kill or a stop from outside (Linux's OOM killer; a task manager, a logout) and a limit of the
    session it matches are said by pismo, never as the document's fault; a program that says it could not start
    is told as such."""
    if PROGRESS.match(said) or UNLOADED.search(said) or "pismo-pdf-" in said:  # of another document (its „convert
        said = ""  # …”, or one it could not load and went past – rev-pdf8 #3), or pismo's staging
    number = -code if code < 0 else code - 128 if code > 128 else 0
    how = f"awaria, sygnał {number}" if number else f"kod {code}"
    memory = bool(_NO_MEMORY.search(said))
    limit = session_limit(number, memory)
    if limit:
        loading = " – nie mógł wczytać swoich bibliotek" if _CANNOT_START.search(said) else ""
        return f"{limit}{loading}" + (f" (sygnał {number})" if number else "")
    if memory:
        return f"{NO_MEMORY} przy zamianie dokumentu ({how})"
    if number == signal.SIGKILL:
        return f"{KILLED} (sygnał 9) – zwykle system kończy go tak, gdy zabraknie pamięci"
    if number in _OUTSIDE:
        return (f"{STOPPED} (sygnał {number} – np. zakończono go w menedżerze zadań, poleceniem kill albo przy "
                "wylogowaniu)")
    quote = f"; jego komunikat: „{said}”" if said and not _BACKTRACE.search(said) else ""
    if _CANNOT_START.search(said) or code == RESTART:  # 81: it asked to be restarted, and did so again
        return f"{NOT_RUNNING} ({how}){quote}{_appimage(said)}"
    if number:
        return f"LibreOffice uległ awarii (sygnał {number}){quote}"
    return f"LibreOffice zakończył pracę z błędem ({how}){quote}"


def missing_filter(said: str) -> str:
    """LibreOffice's own „Error: no export filter for … found” (an installation without Writer or its PDF filter):
    the program's fault, said with its words – „dokument może być uszkodzony” blamed the documents ("" otherwise)."""
    if not _NO_FILTER.search(said):
        return ""
    return (f"{NO_FILTER} (napisał „no export filter” – niepełna instalacja, np. bez programu Writer, w Linuksie "
            "pakietu libreoffice-writer; doinstaluj go)")


_NO_FILTER = re.compile(r"no export filter", re.IGNORECASE)


def store_refused(said: str) -> str:
    """LibreOffice's own „Error Area:Io Class:Access” (it could not store the PDF – a folder it may read but not
    write: a snap's, a Flatpak's or an AppArmor-confined LibreOffice, a share without write rights): the folder's
    fault, said with its words – „dokument może być uszkodzony” sent the officer to re-save sound documents."""
    import tempfile

    match = _STORE.search(said)
    if not match:
        return ""
    return (f"{STORE_REFUSED} ({_STORE_WHY[match[1].casefold()]} – jego komunikat: „Class:{match[1]}”) w folderze "
            f"tymczasowym {tempfile.gettempdir()} – sprawdź, czy wolno w nim zapisywać (albo wskaż inny w zmiennej "
            "TMPDIR); LibreOffice zamknięty we własnym środowisku (snap, Flatpak, AppArmor) może nie mieć tam prawa "
            "zapisu – wtedy zainstaluj go z pakietów systemu")


_STORE = re.compile(r"Class:(Access|Write|Locking)\b", re.IGNORECASE)
_STORE_WHY = {"access": "odmowa dostępu", "write": "błąd zapisu", "locking": "plik jest zablokowany"}


def not_libreoffice(code: int, said: str) -> bool:
    """An error exit that is a wrong program's, not LibreOffice's (the caller knows it showed no sign of work): the
    shell's „cannot run”/„not found” (126, 127: a wrapper to a removed LibreOffice), a usage line of another tool,
    or an error without a word, or one in no words of LibreOffice's (Chromium's „…:ERROR:chrome/app/…” – rev-pdf8
    #5) – the damage advice sent the officer to check documents never opened."""
    if code <= 0 or code > 128 or _CANNOT_START.search(said) or _NO_MEMORY.search(said) or "loaded" in said:
        return False
    return code in (126, 127) or not said.strip() or bool(_OTHER_TOOL.search(said)) or not _OWN_WORDS.search(said)


_OTHER_TOOL = re.compile(r"usage|--help|-h'|unrecognized option|invalid option|unknown option|illegal option|"
                         r"not found", re.IGNORECASE)
_OWN_WORDS = re.compile(r"(?i:libre ?office|soffice|openoffice|javaldx)|^Error: ")  # LibreOffice's lines name it or
# open so („Error: source file could not be loaded”)
_OUTSIDE = {getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT", "SIGUSR1", "SIGUSR2",
                                                "SIGALRM") if hasattr(signal, name)}  # never raised by a crash
SMALL_FILES = 64 * 1024 * 1024  # a file size limit below it may stop LibreOffice's PDF or profile: any crash
NEEDED_MEMORY = 4 * 1024 ** 3  # an address-space limit below it may stop LibreOffice: a memory symptom
NEEDED_FILES = 24  # open files LibreOffice needs: under `ulimit -n 18` it aborted and its oosplash hung for good;
# under 20 it failed 18 of 30 documents (images need more than the plan), 22 converted them: a margin above it
LOW_FILES = 64  # an open-files limit below it is raised to the hard one, and named for a stall or a crash
RAISED_FILES = 1024  # … raised this far at most (select() and old programs expect no more)


def files_limit() -> str:
    """Why LibreOffice cannot run under the session's open-files limit (ulimit -n), "" when it can: a low soft
    limit is first raised up to the hard one (any process may). Told before LibreOffice starts – under the limit
    it hung until pismo's allowance ran out (222 s for one 7 kB document), then „przestał odpowiadać” and the
    damaged-.docx advice."""
    try:
        import resource
    except ImportError:
        return ""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    unset = resource.RLIM_INFINITY
    if soft == unset or soft >= LOW_FILES:
        return ""
    wanted = RAISED_FILES if hard == unset else min(hard, RAISED_FILES)
    if wanted > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass
    if soft >= NEEDED_FILES:
        return ""
    return (f"{TOO_FEW_FILES} (ulimit -n {soft}) jest za niski dla LibreOffice, który potrzebuje co najmniej "
            f"{NEEDED_FILES} – to nie wada dokumentów; uruchom zamianę bez tego limitu albo poproś administratora o "
            "jego zniesienie")


def few_files() -> str:
    """The open-files limit named as the cause of a stall or a crash when it is low, else ""."""
    try:
        import resource
    except ImportError:
        return ""
    files = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    low = files != resource.RLIM_INFINITY and files < LOW_FILES
    return f"{LIMITED} otwartych plików (ulimit -n {files})" if low else ""


def session_limit(number: int = 0, memory: bool = True) -> str:
    """The limit set with ulimit (LibreOffice inherits pismo's) that this failure matches, "" when none does
    (or on Windows): the file size one for SIGXFSZ, or a crash under a small one; the CPU-time one for SIGXCPU,
    or a SIGKILL once LibreOffice used that time; the address-space one for a sign of memory (`memory`: its own
    words, or ending well without loading the document; an abort) under a limit below what LibreOffice needs.
    Any set limit blamed for every failure sent a damaged document or a crash to the administrator."""
    try:
        import resource
    except ImportError:
        return ""
    fsize, cpu = (resource.getrlimit(which)[0] for which in (resource.RLIMIT_FSIZE, resource.RLIMIT_CPU))
    unset = resource.RLIM_INFINITY
    if number == getattr(signal, "SIGXFSZ", None) or (number and fsize != unset and fsize < SMALL_FILES):
        return f"{LIMITED} rozmiaru plików (ulimit -f{_shown(fsize, 1024)})"
    if number == getattr(signal, "SIGXCPU", None) or (number == signal.SIGKILL and cpu != unset
                                                      and _children_seconds(resource) >= cpu):
        return f"{LIMITED} czasu procesora (ulimit -t{_shown(cpu, 1)})"
    if number and few_files():
        return few_files()
    if memory or number == signal.SIGABRT:
        return _memory_limit(resource)
    return ""


def _memory_limit(resource) -> str:
    """The lowest memory limit of the session below what LibreOffice needs, named by its ulimit letter."""
    low = memory_limit()
    return f"{LIMITED} pamięci (ulimit -{low[1]}{_shown(low[0], 1024)})" if low else ""


def memory_limit(below: float = NEEDED_MEMORY) -> tuple[int, str] | None:
    """The lowest memory limit of the session below `below` bytes – (bytes, its ulimit letter) – None when none
    is (or on Windows): the address space (-v) or the data segment (-d, systemd's LimitDATA=, limits.conf's
    `data` – on Linux it counts every private mapping, so it stops a program as -v does)."""
    try:
        import resource
    except ImportError:
        return None
    limits = [(resource.getrlimit(which)[0], letter) for which, letter in
              ((resource.RLIMIT_AS, "v"), (getattr(resource, "RLIMIT_DATA", None), "d")) if which is not None]
    low = sorted((limit, letter) for limit, letter in limits if limit != resource.RLIM_INFINITY and limit < below)
    return low[0] if low else None


def _shown(limit: int, unit: int) -> str:
    import resource

    return f" {limit // unit}" if limit != resource.RLIM_INFINITY else ""


def _children_seconds(resource) -> float:
    """The processor time pismo's ended programs used (LibreOffice's among them)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


PROGRESS = re.compile(r"convert \S")  # LibreOffice's own progress line: „convert X -> Y using filter : …”
UNLOADED = re.compile(r"source file could not be loaded", re.IGNORECASE)  # LibreOffice's of one document
_CANNOT_START = re.compile(r"fatal error|cannot be started|could not be (?:completed|started)|user installation|"
                           r"error (?:while )?loading (?:shared librar|lib)|cannot open shared object|"
                           r"(?:cannot|can't|failed to) open display|requires? \w+ to run|cannot mount appimage",
                           re.IGNORECASE)  # LibreOffice's own words for „I did not start”, or its loader's, runtime's


APPIMAGE = " – to LibreOffice w pakiecie AppImage"  # a start's failure told with its own remedy (_appimage)


def _appimage(said: str) -> str:
    """What to do when LibreOffice's AppImage cannot start without FUSE 2 (Ubuntu 22.04 and later lack it): its
    runtime says „AppImages require FUSE to run” – told „czy to rzeczywiście LibreOffice” (rev-pdf9 #7)."""
    if not re.search(r"fuse", said, re.IGNORECASE):
        return ""
    if re.search(r"cannot mount appimage", said, re.IGNORECASE):  # FUSE 2 there, no /dev/fuse or fusermount: a
        return (f"{APPIMAGE}, którego nie da się tu zamontować (FUSE nie działa – np. w "
                "kontenerze albo w WSL): rozpakuj pakiet (uruchom go z opcją --appimage-extract) i podaj w --soffice "
                "plik squashfs-root/AppRun, albo zainstaluj LibreOffice z pakietów systemu (sudo apt-get install "
                "libreoffice-writer-nogui)")  # container's – libfuse2 is no cure (rev-pdf10 #3)
    return (f"{APPIMAGE}, który do uruchomienia potrzebuje biblioteki FUSE 2: zainstaluj ją "
            "(Debian/Ubuntu: sudo apt-get install libfuse2) albo rozpakuj pakiet (uruchom go z opcją "
            "--appimage-extract) i podaj w --soffice plik squashfs-root/AppRun, albo zainstaluj LibreOffice z pakietów "
            "systemu (sudo apt-get install libreoffice-writer-nogui)")
_NO_MEMORY = re.compile(r"bad_alloc|out of memory|cannot allocate|failed to allocate|failed to map segment",
                        re.IGNORECASE)  # „failed to map segment”: the loader's mmap refused
_BACKTRACE = re.compile(r"\(\+0x[0-9a-fA-F]+\)|\[0x[0-9a-fA-F]+\]")
