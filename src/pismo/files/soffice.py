"""The LibreOffice program: finding it, giving it a profile, starting and stopping it.

A profile (LibreOffice's "user installation") takes a second or so to create and
two processes sharing one fail silently, so each pismo process borrows a
persistent profile from a small pool in the user's cache folder, holding an OS
lock on its slot while soffice runs; when every slot is taken it falls back to a
throw-away profile. A profile that cannot be used is deleted and made afresh.
"""

from __future__ import annotations

import collections
import contextlib
import locale
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

from pismo import typed
from pismo.files import folderlock
from pismo.files.scratch import Scratch

ENV_VAR = "PISMO_SOFFICE"
INSTALL_HINT = (
    "Zainstaluj LibreOffice:\n"
    "  Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation\n"
    "  Windows: pobierz i zainstaluj LibreOffice ze strony https://www.libreoffice.org\n"
    "Jeśli LibreOffice jest już zainstalowany, a pismo go nie znajduje, podaj ścieżkę do programu soffice (np. "
    "/opt/libreoffice24.8/program/soffice albo C:\\Program Files\\LibreOffice\\program\\soffice.exe) opcją "
    f"--soffice albo w zmiennej środowiskowej {ENV_VAR}."
)
PROFILE_ROOM = 50 * 1024 * 1024  # free bytes a LibreOffice profile may need as it is made or updated
PROFILE_SLOTS = 8  # concurrent soffice processes with a warm profile, across all pismo processes of a user
OPT = Path("/opt")  # where libreoffice.org's own Linux packages install: /opt/libreoffice24.8/program/soffice
OUTPUT_TAIL = 4096  # bytes of soffice's own output kept for a message; the rest is read and dropped


WORD_FILTER = "MS Word 2007 XML"  # every document read as Word's, never by type detection – by `pismo pdf` and the
# browser's preview alike: a .docx LibreOffice's zip reader rejects (data before it) was opened as text or HTML, a PDF
# of garbage with rc 0 (rev-pdf8 #7), and an OpenDocument text named .docx as such, its linked picture fetched
# (rev-pdf8 #12); Word templates and macro-enabled documents load by it alike
PDF_FILTER = "writer_pdf_Export"  # Writer's PDF export: a document imported as a web page would have had another


class PdfUnavailable(Exception):
    """LibreOffice cannot be found; the message is for the user and says how to install it."""


class PdfError(Exception):
    """Conversion refused or failed; the message is for the user. written: the PDFs that were made. advice: what
    to do, lines of their own after the message – no failure of their own (each line of the message is one)."""

    def __init__(self, message: str, written: list[Path] | None = None, advice: str = "") -> None:
        super().__init__(f"{message}\n{advice}" if advice else message)
        self.written = list(written or [])
        self.failure, self.advice = message, advice


# --- finding the program -------------------------------------------------------------------------

def _windows() -> bool:
    return os.name == "nt"


def windows_candidates() -> list[Path]:
    """Where LibreOffice's installer puts soffice.exe (64- and 32-bit, per-user, versioned folders)."""
    roots = [os.environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        roots.append(str(Path(local) / "Programs"))
    found: list[Path] = []
    for root in dict.fromkeys(r for r in roots if r):
        folders = sorted(Path(root).glob("LibreOffice*"), reverse=True)  # "LibreOffice", "LibreOffice 7", …
        found += [folder / "program" / "soffice.exe" for folder in folders]
    return found


def find_soffice(option: str | None = None) -> str:
    """The soffice program: --soffice, then $PISMO_SOFFICE, then PATH, then the usual install folders. A folder
    given is looked into: LibreOffice's „program” folder (what Explorer shows), its install folder, a Mac's
    LibreOffice.app."""
    for given, source in ((option, "opcja --soffice"), (os.environ.get(ENV_VAR), f"zmienna {ENV_VAR}")):
        if given:
            found = _given(given)
            if not found:
                raise PdfUnavailable(f"{_as_given(given)} ({source}): {_not_a_program(given, option is None)}")
            if given is option:
                _TYPED[found] = option
            return found
    found = _installed()
    if not found:
        raise PdfUnavailable("Nie znaleziono programu LibreOffice (soffice), potrzebnego do tworzenia PDF.\n"
                             + INSTALL_HINT)
    _FOUND[found] = "w PATH" if found in (shutil.which("soffice"), shutil.which("libreoffice")) else \
        "w folderze instalacji LibreOffice"
    return found


_FOUND: dict[str, str] = {}  # programs pismo found itself in this process (none was given), with where
_TYPED: dict[str, str] = {}  # programs given in --soffice in this process, with the words typed


def given_program(program: str) -> str | None:
    """The --soffice words that gave `program`, for a command pismo advises to type again; None when it came
    from PISMO_SOFFICE (still set) or pismo found it."""
    return _TYPED.get(program)


def found_itself(program: str) -> bool:
    """Whether pismo found this program itself (not given in --soffice or PISMO_SOFFICE)."""
    return program in _FOUND


def check_program(program: str) -> str:
    """What to do about a program that did not act as LibreOffice: the one given is checked where it was given;
    one pismo found itself is named, with where – „podany w --soffice” sent the officer to what he never used."""
    if program in _FOUND:
        return (f"pismo samo znalazło ten program {_FOUND[program]} ({program}) – zainstaluj LibreOffice ponownie albo podaj właściwy program "
                f"w opcji --soffice lub w zmiennej {ENV_VAR}")
    return f"sprawdź program podany {_given_where(program)} ({program}), czy to rzeczywiście LibreOffice"


def _given_where(program: str) -> str:
    """Where a program pismo did not find itself was given: `pismo serwer` has no --soffice, and its pages sent the
    officer to an option the command he ran does not have."""
    if program in _TYPED:
        return "w --soffice"
    return f"w zmiennej {ENV_VAR}" if os.environ.get(ENV_VAR) else f"w --soffice albo w zmiennej {ENV_VAR}"


def _give_instead(program: str) -> str:
    """How to give another program instead of this one, where this one was given."""
    if program in _TYPED:
        return "podaj go w --soffice"
    if os.environ.get(ENV_VAR):
        return f"podaj go w zmiennej {ENV_VAR} albo usuń tę zmienną"
    return f"podaj go w --soffice albo w zmiennej {ENV_VAR}"


def not_starting(program: str) -> str:
    """Which program did not start (its libraries missing: code 127), with where it came from, and another
    LibreOffice of this computer to give instead – „zainstaluj go ponownie” sent the officer to reinstall a sound
    /usr/bin/soffice while a broken copy early on PATH was the one run (rev-pdf8 #10)."""
    where = (f"znaleziony {_FOUND[program]}" if program in _FOUND
             else f"podany {_given_where(program)}")
    others = [str(c) for c in _every_install() if os.path.realpath(c) != os.path.realpath(program)]
    also = f"; na tym komputerze jest też {others[0]} – {_give_instead(program)}" if others else ""
    return f"uruchomiony program: {program} ({where}){also}"


def _every_install() -> list[Path]:
    """Every LibreOffice program on PATH and in the usual install folders, each once."""
    found = [Path(folder) / name for folder in filter(None, os.environ.get("PATH", "").split(os.pathsep))
             for name in ("soffice", "libreoffice")]
    found += [*_versioned_on_path(), *_usual()]
    if _windows():
        found += windows_candidates()
    usable = [c for c in found if c.is_file() and (_windows() or os.access(c, os.X_OK))]
    return list({os.path.realpath(c): c for c in reversed(usable)}.values())[::-1]


def _as_given(given: str) -> str:
    """The value given, for the start of a message: quoted with its blanks and control characters shown when it has
    any – a value of spaces began the line with blanks (read as a continuation, without „błąd:”), a pasted line end
    broke the message in two."""
    from pismo.case.yamlio import visible

    shown = visible(given)
    return f"„{shown}”" if given != given.strip() or shown != given else given


_BLANKS = {" ": ("spację", "ją"), "\t": ("znak tabulacji", "go"), "\n": ("znak końca wiersza", "go"),
           "\r": ("znak końca wiersza", "go")}


def _given(given: str) -> str | None:
    """The program given: a bare name („libreoffice”) is one on PATH, as every shell reads it – a subfolder of
    that name in the working folder was taken for it; a folder given by its path is looked into."""
    bare = not any(separator and separator in given for separator in (os.sep, os.altsep))
    found = shutil.which(given) if bare or not os.path.isdir(given) else None
    return found or (_in_folder(Path(given)) if os.path.isdir(given) else None)


def _installed() -> str | None:
    """LibreOffice on PATH or in the usual install folders."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if _windows():  # Windows has no execute bit: a file there is the program
        return next((str(candidate) for candidate in windows_candidates() if candidate.is_file()), None)
    usual = [*_versioned_on_path(), *_usual()]
    return next((str(candidate) for candidate in usual if candidate.is_file() and os.access(candidate, os.X_OK)),
                None)


def _usual() -> list[Path]:
    """The usual install folders' programs, the one list for finding LibreOffice and for listing every install:
    Debian's own /usr/lib/libreoffice was listed, but not looked in when PATH lacked /usr/bin (rev-sys12 #16)."""
    return [Path(DEBIAN), Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            *sorted(OPT.glob("libreoffice*/program/soffice"), key=_version, reverse=True)]


DEBIAN = "/usr/lib/libreoffice/program/soffice"  # Debian's and Ubuntu's packages (/usr/bin/soffice links to it)


def _versioned_on_path() -> list[Path]:
    """`libreoffice24.8` and the like on PATH, newest first: the only name libreoffice.org's own Linux packages
    put there (the program is /opt/libreoffice24.8/program/soffice) – such an install was „not found”."""
    found = []
    for folder in dict.fromkeys(filter(None, os.environ.get("PATH", "").split(os.pathsep))):
        try:
            found += [entry.resolve() for entry in Path(folder).iterdir()  # a link to …/program/soffice: its
                      if re.fullmatch(r"libreoffice\d+(\.\d+)*", entry.name)]  # script finds its folder by itself
        except OSError:  # a folder on PATH that is gone or closed
            continue
    return sorted(found, key=_version, reverse=True)


def _version(path: Path) -> tuple[int, ...]:
    """The version in a LibreOffice folder's or program's name, as numbers: 24.8 is newer than 7.6."""
    name = next((part for part in reversed(path.parts) if part.startswith("libreoffice")), "")  # after resolve():
    # the folder's name, /opt/libreoffice24.8
    return tuple(int(number) for number in re.findall(r"\d+", name))


def _in_folder(folder: Path) -> str | None:
    """soffice inside a folder given for it (PATHEXT finds soffice.exe on Windows)."""
    for inner in (folder, folder / "program", folder / "Contents" / "MacOS"):
        found = shutil.which("soffice", path=str(inner))
        if found:
            return found
    return None


def _unrunnable_in(folder: Path) -> str | None:
    """The soffice file in a folder given for it (where _in_folder looks) that the account cannot run: on a medium
    mounted noexec or without the execute bit – the folder was told „nie ma w nim programu LibreOffice” (rev-pdf13
    #4). None when there is none."""
    for inner in (folder, folder / "program", folder / "Contents" / "MacOS"):
        for name in ("soffice", "soffice.exe"):
            if (inner / name).is_file():
                return str(inner / name)
    return None


def _folder_not_runnable(program: str) -> str:
    """Why LibreOffice's program found in a folder given cannot be run, the medium first (as _not_runnable)."""
    from pismo.polish import as_typed

    bare = not os.stat(program).st_mode & 0o111
    if _noexec(program):
        chmod = f", nadaj tam programowi soffice prawo wykonania (chmod +x …/{Path(program).name})" if bare else ""
        return (f"w folderze jest program LibreOffice {program}, ale leży on na nośniku, z którego system nie pozwala "
                "uruchamiać programów (zamontowanym z opcją noexec, np. pendrive albo dysk sieciowy) – skopiuj cały "
                f"folder LibreOffice na dysk komputera (np. do folderu domowego){chmod} i podaj tę ścieżkę")
    return (f"w folderze jest program LibreOffice {program}, ale nie ma on prawa wykonania (np. rozpakowany z "
            f"archiwum zip albo skopiowany z dysku Windows) – nadaj je poleceniem chmod +x {as_typed(program)} "
            "i uruchom polecenie ponownie")


def _not_a_program(given: str, variable: bool = False) -> str:
    """Why what was given is no LibreOffice, with what to do: a LibreOffice installed elsewhere is named (the
    install advice was untrue for it), else how to install it. What a shell would have read otherwise is named:
    a „~” it did not expand (quoted), quotes kept around the path, arguments after the program. `variable`: given
    in PISMO_SOFFICE, which is corrected or removed – there is no option to leave out."""
    typed = _variable_slip(given) if variable else ""
    typed = typed or _typing_slip(given)
    if typed:
        why = typed
    elif os.path.isdir(given) and _unrunnable_in(Path(given)):
        why = _folder_not_runnable(_unrunnable_in(Path(given)))
    elif os.path.isdir(given):
        why = ("to folder, a nie ma w nim programu LibreOffice – podaj ścieżkę do programu soffice (Windows: "
               "…\\LibreOffice\\program\\soffice.exe, Mac: /Applications/LibreOffice.app)")
    elif os.path.isfile(given):
        why = _not_runnable(given)
    elif not any(separator and separator in given for separator in (os.sep, os.altsep)):  # looked up on PATH
        why = "nie ma programu o tej nazwie w żadnym folderze ze zmiennej PATH"
    else:
        why = "nie ma tu programu LibreOffice (soffice)"
    elsewhere = _installed()
    if elsewhere:
        leave = f"usunąć zmienną {ENV_VAR}" if variable else "pominąć opcję"
        return f"{why}. LibreOffice jest zainstalowany jako {elsewhere} – możesz podać ten program albo {leave}."
    return f"{why}.\n{INSTALL_HINT}"


def _not_runnable(given: str) -> str:
    """Why a file given cannot be run, with the step that helps: LibreOffice's AppImage as a browser saves it (no
    execute bit – its own first step is chmod +x), or a program on a medium mounted noexec (a pen drive, a share)
    – both were told „to nie jest program”, which is untrue of LibreOffice's own package (rev-pdf11 #6). The medium
    first: without the execute bit there, only „chmod +x” was told, and after it the medium (rev-pdf12 #3)."""
    from pismo.polish import as_typed

    appimage = _appimage(given)
    what = "to pakiet AppImage programu LibreOffice, ale " if appimage else ""
    if _noexec(given):  # whatever its mode: chmod +x there changes nothing, and the next run told this (rev-pdf12 #3)
        bare = not os.stat(given).st_mode & 0o111
        which = "" if appimage or not bare else "jeśli to program LibreOffice (soffice), "
        chmod = ", nadaj mu tam prawo wykonania (chmod +x)" if bare else ""
        return (f"{what}plik leży na nośniku, z którego system nie pozwala uruchamiać programów (zamontowanym z "
                f"opcją noexec, np. pendrive albo dysk sieciowy) – {which}skopiuj go do folderu na dysku komputera "
                f"(np. do folderu domowego){chmod} i podaj tę ścieżkę")
    if appimage:
        return (f"{what}plik nie ma prawa wykonania (przeglądarka zapisuje tak pobrane pliki) – nadaj je poleceniem "
                f"chmod +x {as_typed(given)} i uruchom polecenie ponownie")
    return ("to nie jest program (plik nie ma prawa wykonania) – podaj ścieżkę do programu LibreOffice (soffice); "
            f"jeśli to on, nadaj mu prawo wykonania: chmod +x {as_typed(given)}")


def _appimage(path: str) -> bool:
    """The file is an AppImage: by its name, or by its mark („AI” and the type after the ELF header's start)."""
    if path.lower().endswith(".appimage"):
        return True
    try:
        with open(path, "rb") as stream:
            start = stream.read(11)
    except OSError:
        return False
    return start[:4] == b"\x7fELF" and start[8:10] == b"AI"


def _noexec(path: str) -> bool:
    """The file's file system is mounted noexec (no program on it runs, whatever its mode)."""
    try:
        return bool(os.statvfs(path).f_flag & getattr(os, "ST_NOEXEC", 0))
    except OSError:
        return False


def _variable_slip(given: str) -> str:
    """Quotes or a hard space in PISMO_SOFFICE, told for a variable ("" when none): the command line's advice
    („ujmij w zwykły cudzysłów”, „wpisz polecenie ręcznie”) led to the next refusal – a variable takes a path
    with spaces as it is."""
    if given.endswith("\r") or not typed.slip(given):
        return ""
    hidden = next((ch for ch in given if ch in typed.UNSEEN), None)
    if hidden is not None:
        return f"w ścieżce jest niewidoczny znak U+{ord(hidden):04X} (np. twarda spacja z Worda) – usuń go"
    return "ścieżka jest ujęta w cudzysłów, który stałby się jej częścią – podaj ją bez cudzysłowu, także gdy ma spacje"


def _typing_slip(given: str) -> str:
    """What in a path given for LibreOffice a shell would have read otherwise ("" when nothing)."""
    if not given.strip():
        return "podano same spacje zamiast ścieżki – podaj ścieżkę do programu LibreOffice (soffice)"
    slip = typed.slip(given)  # a CR, Word's quotes, a hard space: as every word on the command line is told
    if slip:
        return slip
    if given != given.strip() and os.path.exists(given.strip()):  # pasted from a file manager: unseen in the message
        at = 0 if given[0].isspace() else -1
        blank, it = _BLANKS.get(given[at], ("biały znak", "go"))
        return f"ścieżka ma {blank} na {'początku' if at == 0 else 'końcu'} – usuń {it}: „{given.strip()}”"
    habit = typed.windows_habit(given)  # a Windows path, an unexpanded variable: the one rule of every path
    if habit is not None:  # („nie ma programu o tej nazwie w żadnym folderze ze zmiennej PATH” – rev-sys13 #9)
        told, example = habit[:2]
        return told + (f" – podaj ścieżkę tego systemu, np. {example}" if example and os.path.isfile(example) else "")
    if given.startswith("~"):
        example = typed.home_example(*given.replace(os.sep, "/").split("/", 1))
        return ("„~” na początku nie zostało zamienione na folder domowy (w cudzysłowie powłoka go nie zamienia) – "
                + (f"podaj pełną ścieżkę (np. {example})" if example else "podaj pełną ścieżkę (zaczynającą się od /)"))
    if " -" in given and not os.path.exists(given):
        return ("podano program razem z opcjami – podaj samą ścieżkę do programu soffice (pismo samo dodaje swoje "
                "opcje)")
    return ""


# --- profiles ------------------------------------------------------------------------------------

def cache_folder() -> Path | None:
    """The platform's per-user cache folder for pismo; None when the environment gives none to use: a relative
    XDG_CACHE_HOME is to be ignored (XDG Base Directory spec), a relative or missing home is none – a relative one
    ended a run in a traceback (no file URI for a profile there), a missing one (a share not mounted) got a local
    skeleton of folders made for it."""
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):
        home = None
    home = home if home is not None and home.is_absolute() and home.is_dir() else None
    if _windows():
        local = os.environ.get("LOCALAPPDATA")
        base = Path(local) if local and Path(local).is_absolute() else home and home / "AppData" / "Local"
        return base and base / "pismo" / "Cache"
    if sys.platform == "darwin":
        return home and home / "Library" / "Caches" / "pismo"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home and home / ".cache"
    return base and base / "pismo"


class Profile:
    """A LibreOffice profile folder this process may use alone until release(): a slot of the pool
    (held: its lock) or a throw-away one (scratch: a temporary folder)."""

    def __init__(self, path: Path, held=None, scratch=None) -> None:
        self.path = path
        self._held = held
        self._scratch = scratch

    @property
    def uri(self) -> str:
        return self.path.absolute().as_uri()

    @property
    def pass_fds(self) -> tuple[int, ...]:
        """For Popen: the slot's lock goes with the soffice using it, so that a pismo killed meanwhile does not
        free the slot while its LibreOffice still runs (or shuts down) there (POSIX: flock locks are shared
        with children; Windows: nothing to pass)."""
        fd = self._held.fd if self._held is not None else None
        return () if fd is None or _windows() else (fd,)

    def prepare(self) -> None:
        """Remove what a killed soffice left (its lock file) and a profile that cannot work."""
        if self.path.exists() and not (self.path.is_dir() and (not (self.path / "user").exists()
                                                               or (self.path / "user").is_dir())):
            self.rebuild()
        with contextlib.suppress(OSError):
            (self.path / ".lock").unlink(missing_ok=True)  # we hold the slot: no live soffice owns it

    def rebuild(self) -> None:
        """Delete the profile; soffice makes a fresh one on its next start."""
        if self.path.is_dir() and not self.path.is_symlink():
            shutil.rmtree(self.path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def release(self) -> None:
        held, scratch, self._held, self._scratch = self._held, self._scratch, None, None
        if scratch is not None:
            scratch.remove()
        if held is not None:
            held.release()


def office_can_open(path: Path) -> bool:
    """Whether LibreOffice started in this locale can use a profile at `path`: it turns the profile's file URI
    (UTF-8) back into a file name in the locale's own character set, and in one without the name's letters
    (LC_ALL=C: ASCII) it never started – 110 s and no PDF with the cache under „/home/łukasz” („…zainstaluj go
    ponownie”, rev-sys9 #5). The C library's codeset, not Python's: its UTF-8 mode leaves LibreOffice's as it is."""
    name = os.fsencode(path.absolute())
    if _windows() or name.isascii():
        return True
    try:
        codeset = locale.nl_langinfo(locale.CODESET)
    except (AttributeError, ValueError):
        return True
    if codeset.lower().replace("-", "").replace("_", "") != "utf8":
        return False
    try:
        name.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def borrow_profile() -> Profile:
    """A free persistent profile from the pool, or a throw-away one if all are taken or the cache is unusable
    (its disk without room: LibreOffice failed there with a bare path, while the temporary folder had room)."""
    cache = cache_folder()
    try:
        if cache is None or not office_can_open(cache):
            raise OSError("no cache folder LibreOffice can use")
        folder = cache / "libreoffice"
        folder.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(folder).free < PROFILE_ROOM:
            raise OSError("no room for a profile")
        for slot in range(PROFILE_SLOTS):
            held = folderlock.try_hold(folder / f"profil-{slot}.lock")
            if held is not None:
                return Profile(folder / f"profil-{slot}", held=held)
    except OSError:
        pass
    scratch = Scratch("pismo-lo-profil-")
    return Profile(scratch.path / "profil", scratch=scratch)


# --- processes -----------------------------------------------------------------------------------

def start(command: list[str], temp: Path | None = None, **kwargs) -> subprocess.Popen:
    """Start soffice (or a helper) in its own process group, so that it and its children can be killed
    together and a Ctrl+C in the terminal reaches only pismo, which then stops them itself. `temp`: the
    temporary folder it gets (one pismo removes: LibreOffice's own lu….tmp folders were left in the
    system's by every interrupted or failed run)."""
    group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if _windows() else {"start_new_session": True})
    kwargs["env"] = _usable_temp(kwargs.get("env"))
    if temp is not None:
        kwargs["env"].update(dict.fromkeys(("TMPDIR", "TEMP", "TMP"), str(temp)))
    _usable_home(kwargs["env"], temp)
    _usable_path(kwargs["env"])
    return subprocess.Popen(command, stdin=kwargs.pop("stdin", subprocess.DEVNULL), **group, **kwargs)


_GUARD = """
import os, signal, subprocess, sys, threading, time
parent, fds, command = int(sys.argv[1]), [int(f) for f in sys.argv[2].split(",") if f], sys.argv[3:]
child, stopping = None, []
def stop(*_):
    if child is None:  # Popen under way: the program it may have started is not known yet - stopped after it
        stopping.append(True)
        return
    try:
        os.killpg(child.pid, signal.SIGKILL)
        os.waitpid(child.pid, 0)
    except OSError:
        pass
    os._exit(137)
signal.signal(signal.SIGTERM, stop)
try:
    child = subprocess.Popen(command, pass_fds=fds, stdin=subprocess.DEVNULL, start_new_session=True)
except OSError as exc:
    print(f"pismo-guard-errno: {exc.errno}", flush=True)
    sys.exit(127)
if stopping:
    stop()
def watch():
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            stop()
threading.Thread(target=watch, daemon=True).start()
code = child.wait()
try:
    os.killpg(child.pid, signal.SIGKILL)  # what it left in its group (a crash reporter) holds the profile's lock
except OSError:
    pass
sys.exit(code if code >= 0 else 128 - code)
"""


def guarded(command: list[str], pass_fds=()) -> list[str]:
    """The command run by a small guard (POSIX) that kills its whole process group once the pismo that started
    it is gone: a pismo killed hard (kill -9, the OOM killer) left its LibreOffice running for good, soffice.bin
    a child of oosplash, which a parent-death signal would not reach. The guard leads the group start() makes,
    passes the profile's lock on, and exits with the command's code (128 + N when a signal N ended it); the
    command runs in a process group of its own, which the guard kills (and reaps) on SIGTERM (kill_group).
    On Windows there is no guard: a LibreOffice left by a pismo ended in the Task Manager stays until it ends
    itself or is ended there too."""
    if _windows() or getattr(sys, "frozen", False) or not sys.executable:
        return command
    return [sys.executable, "-I", "-S", "-c", _GUARD, str(os.getpid()), ",".join(map(str, pass_fds)), *command]


GUARD_ERRNO = re.compile(r"pismo-guard-errno: (\d+)")  # the guard's line when the command would not start


def is_guarded(command: list[str]) -> bool:
    return isinstance(command, list) and len(command) > 5 and command[4] == _GUARD


def _usable_temp(env: dict | None) -> dict:
    """The environment with its temporary folder one that can be written: LibreOffice takes TMPDIR/TEMP/TMP as
    they are, Python skips one it cannot write to. A TEMP pointing at a removed folder made soffice fail and the
    document was blamed („dokument może być uszkodzony”)."""
    import tempfile

    env = dict(os.environ if env is None else env)
    for name in ("TMPDIR", "TEMP", "TMP"):
        if name in env:
            env[name] = tempfile.gettempdir()
    return env


_SYSTEM_PATH = ("/usr/local/bin", "/usr/bin", "/bin")


def _usable_path(env: dict) -> None:
    """PATH with the system's own folders at its end when it lacks them: LibreOffice's start script (Debian's
    soffice) runs dirname, ls and sed from PATH – without /usr/bin it looked for its program in the current folder,
    and a LibreOffice found in /usr/lib/libreoffice failed to start (rev-sys12 #16)."""
    if _windows():
        return
    folders = [folder for folder in env.get("PATH", "").split(os.pathsep) if folder]
    env["PATH"] = os.pathsep.join([*folders, *(folder for folder in _SYSTEM_PATH if folder not in folders)])


_XDG = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def _usable_home(env: dict, temp: Path | None) -> None:
    """LibreOffice (its dconf and GIO) makes .cache/dconf and .config under HOME and the XDG_* folders as they are:
    a relative, empty or missing home (a share not mounted) got that skeleton made in the cases folder or on the
    local disk. Such a home becomes a folder in `temp` (removed with it); a relative XDG_* folder is left out,
    as the XDG spec says (pismo's own cache_folder ignores it too)."""
    if _windows():
        return
    for name in _XDG:
        if name in env and not os.path.isabs(env[name]):
            del env[name]
    home = env.get("HOME", "")
    if temp is not None and not (os.path.isabs(home) and os.path.isdir(home)):
        env["HOME"] = str(Path(temp).absolute() / "home")


def kill_group(process: subprocess.Popen) -> None:
    """Kill a process started by start() and everything it started (soffice.bin runs as its child)."""
    try:
        if _windows():
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, timeout=30)
        elif is_guarded(process.args):
            os.kill(process.pid, signal.SIGTERM)  # the guard kills its command's group and reaps it
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
                return
            os.killpg(process.pid, signal.SIGKILL)
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        with contextlib.suppress(OSError):
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=30)


class OutputTail:
    """Reads a process's output to the end in a thread, keeping only its last bytes (a flood costs no memory)."""

    def __init__(self, stream) -> None:
        self._kept: collections.deque[bytes] = collections.deque()
        self._size = 0
        self.progress = 0  # LibreOffice's „convert …” lines so far: it started and loaded a document
        self._partial = b""
        self.converting = b""  # the last of them: the document LibreOffice is at
        self.signs: list[tuple[str, bytes]] = []  # (_sign's kind, the line) of each document in turn – the first
        # MAX_SIGNS
        self.reached = 0  # signs so far: documents LibreOffice got to, loaded or not
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        with contextlib.suppress(OSError, ValueError):
            read = getattr(stream, "read1", stream.read)  # what has come, not a full 64 KB: progress is seen live
            for chunk in iter(lambda: read(65536), b""):
                self._kept.append(chunk)
                self._count(chunk)
                self._size += len(chunk)
                while self._size - len(self._kept[0]) >= OUTPUT_TAIL:
                    self._size -= len(self._kept.popleft())
        with contextlib.suppress(OSError):
            stream.close()

    def _count(self, chunk: bytes) -> None:
        """Count the progress lines, a line split between two reads once (a flood of one line costs no memory)."""
        lines = (self._partial + chunk).split(b"\n")
        self._partial = lines.pop()[:64]
        said = [line for line in lines if _PROGRESS.match(line.strip())]
        self.progress += len(said)
        if said:
            self.converting = said[-1][:4096]
        signs = [(kind, line[:4096]) for line in lines for kind in [_sign(line)] if kind]
        self.reached += sum(1 for kind, _ in signs if kind != "unstored")
        self.signs += signs[:max(0, MAX_SIGNS - len(self.signs))]

    def last_line(self, telling: bool = False) -> str:
        """The last non-empty line of the output (after the stream ended, or what came so far), fit to be quoted:
        in the system's 8-bit encoding when it is not UTF-8 (an old Polish LibreOffice's „B\xb3\xb1d” came out
        „B��d”), its control characters shown as <U+XXXX> (an escape sequence retitled the terminal)."""
        self._thread.join(timeout=2)
        return last_line(b"".join(self._kept)[-OUTPUT_TAIL:], telling)


def last_line(raw: bytes, telling: bool = False) -> str:
    """The last non-empty line of soffice's output, fit to be quoted (OutputTail.last_line): the CLI's and the web
    converter's one reading. `telling` (it did not get going): the lines saying why it could not start, if any."""
    from pismo.case.yamlio import visible

    lines = [line.strip() for line in raw.splitlines() if line.strip() and b"javaldx" not in line]
    why = [line for line in lines if telling and _TELLING.search(line)][-2:]  # why it could not start, said above
    # its last line: an AppImage without FUSE ended „for more information”, „AppImages require FUSE” lost (rev-pdf9 #7)
    return visible(" / ".join(map(_decoded, why or lines[-1:])))[:300]


_TELLING = re.compile(rb"error (?:while )?loading (?:shared librar|lib)|cannot open shared object|"
                      rb"requires? \w+ to run|^fuse: |cannot mount appimage", re.IGNORECASE)  # a program's loader or
# runtime saying it cannot start (an AppImage whose mount failed: rev-pdf10 #3)


_PROGRESS = re.compile(rb"convert \S")  # as pdf_reasons.PROGRESS, of the raw output
_UNLOADED = re.compile(rb"source file could not be loaded", re.IGNORECASE)  # LibreOffice's, for one document
def _sign(line: bytes) -> str:
    """The kind of a line LibreOffice prints of a document: "convert" (its „convert …” line, after loading it),
    "unloaded" („source file could not be loaded”: it goes on to the next), "unstored" (after a convert line: it
    could not store that one's PDF, and goes on); "" for any other line."""
    if _PROGRESS.match(line.strip()):
        return "convert"
    if _UNLOADED.search(line):
        return "unloaded"
    return "unstored" if _UNSTORED.search(line) else ""


_UNSTORED = re.compile(rb"Class:(?:Access|Write|Locking)\b", re.IGNORECASE)  # as pdf_reasons.store_refused's
MAX_SIGNS = 1000  # documents' signs kept (a batch has at most 100 documents)


def _decoded(line: bytes) -> str:
    """UTF-8, else the locale's encoding, else the Polish one of the platform (cp1250 on Windows)."""
    import locale

    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = locale.getpreferredencoding(False)
    if _codec_name(encoding) in ("utf-8", "ascii"):  # the two Polish 8-bit ones: the one giving more Polish letters
        return max((line.decode(name, "replace") for name in ("cp1250", "iso-8859-2")),
                   key=lambda text: sum(ch in _POLISH for ch in text))  # cp1250's „ą” (\xb9) is „š” in ISO-8859-2
    return line.decode(encoding, "replace")


_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def _codec_name(encoding: str) -> str:
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return ""
