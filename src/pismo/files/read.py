"""Reading an input file safely: only regular files, never more than a limit.

Case files, templates and plans to import all come from the user's disk, where a
name can point at a folder, a device that never ends (/dev/zero) or a named pipe
that blocks forever. One reader refuses those before opening, reads at most
limit + 1 bytes (enough to tell "too big" without reading it all) and turns the
system's English errors into Polish reasons (os_reason, used by every module
that reports a failed file operation).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class Unreadable(Exception):
    """The file cannot be read; the message is Polish and says why."""


def _codes(*names: str) -> tuple[int, ...]:
    """The errno numbers of these names that this system has (EDQUOT, ESTALE … are not everywhere)."""
    return tuple(getattr(errno, name) for name in names if hasattr(errno, name))


# The system's own texts ("No space left on device") are English: every class of error gets Polish words – without
# brackets, as every message puts the reason in its own („nie można zapisać pliku (…)”).
_OS_REASONS = [
    (_codes("ENOSPC", "EDQUOT"), "brak miejsca na dysku"),
    (_codes("EFBIG"), "plik jest za duży dla tego nośnika albo przekracza ustawiony limit rozmiaru plików"),
    (_codes("EACCES", "EPERM"), "brak uprawnień albo plik jest otwarty w innym programie, np. w Wordzie"),
    (_codes("EROFS"), "nośnik jest tylko do odczytu"),
    (_codes("EBUSY", "ETXTBSY", "EAGAIN", "EWOULDBLOCK", "ENOLCK"), "plik jest zajęty przez inny program"),
    (_codes("ENAMETOOLONG"), "nazwa pliku albo cała ścieżka do niego jest zbyt długa"),
    (_codes("ENOENT"), "plik albo folder nie istnieje"),
    (_codes("ENOTDIR"), "część ścieżki nie jest folderem"),
    (_codes("EISDIR"), "to jest folder, a nie plik"),
    (_codes("EEXIST", "ENOTEMPTY"), "plik albo folder o tej nazwie już istnieje"),
    (_codes("ELOOP"), "dowiązania symboliczne tworzą pętlę"),
    (_codes("EMFILE", "ENFILE"), "otwarto zbyt wiele plików naraz"),
    (_codes("ENOMEM"), "za mało pamięci"),
    (_codes("EINVAL", "EILSEQ"), "nazwa pliku albo operacja niedozwolona w tym systemie plików"),
    (_codes("EXDEV"), "pliki leżą na różnych dyskach"),
    (_codes("EIO", "ENXIO", "ENODEV", "EMEDIUMTYPE", "ENOMEDIUM"), "błąd odczytu lub zapisu nośnika – dysku albo pendrive'a"),
    (_codes("ESTALE", "ETIMEDOUT", "EHOSTDOWN", "EHOSTUNREACH", "ENETDOWN", "ENETUNREACH", "ECONNRESET",
            "ECONNABORTED", "ENOLINK", "EREMOTEIO", "ECOMM"), "utracono połączenie z dyskiem sieciowym"),
    (_codes("ENOTSUP", "EOPNOTSUPP", "ENOSYS"), "ten system plików nie obsługuje tej operacji"),
    (_codes("ENOEXEC", "E2BIG"), "tego pliku nie można uruchomić jako programu"),
    (_codes("EADDRINUSE", "EADDRNOTAVAIL"), "adres albo port jest zajęty lub niedostępny"),
    (_codes("ECONNREFUSED"), "połączenie odrzucone"),
]
_REASON_OF = {code: reason for codes, reason in _OS_REASONS for code in codes}


def os_reason(exc: OSError) -> str:
    """Why a system call failed, in Polish: the one place that translates the system's errors."""
    if exc.errno == errno.EMFILE:  # this process's own limit: named, it is the session's (ulimit -n)
        return f"{_REASON_OF[exc.errno]} – {_files_limit()}"  # no brackets: messages put the reason in theirs
    if exc.errno in _REASON_OF:
        return _REASON_OF[exc.errno]
    code = errno.errorcode.get(exc.errno) if exc.errno is not None else None
    return "nieoczekiwany błąd systemu" + (f" o kodzie {code}" if code else "")


def _files_limit() -> str:
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):
        return "limit systemu"
    return "limit tej sesji: ulimit -n" + ("" if soft == resource.RLIM_INFINITY else f" {soft}")


def case_files(folder: Path) -> list[Path]:
    """The case files directly inside a folder: .yaml or .yml in any letter case (REJON3.YAML of a FAT stick was
    not seen by terminy, though sprawdz reads it: rev-sys12 #12), hidden ones („._plan.yaml” of a Mac) skipped."""
    return [path for path in folder_files(folder)
            if path.name.lower().endswith((".yaml", ".yml")) and not path.name.startswith(".")]


def folder_files(folder: Path) -> list[Path]:
    """The regular files directly inside a folder, sorted; Unreadable (Polish) when the folder cannot be listed
    or its files cannot be reached (a folder with read but without search permission lists names only)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(Path(entry.path) for entry in entries if _regular(entry))
    except FileNotFoundError:
        raise Unreadable("folder nie istnieje") from None
    except NotADirectoryError:
        raise Unreadable("to jest plik, a nie folder") from None
    except PermissionError:
        raise Unreadable(folder_denied(folder)) from None
    except OSError as exc:
        raise Unreadable(f"nie można odczytać folderu ({os_reason(exc)})") from None


def folder_denied(folder) -> str:
    """Why a folder's files cannot be reached: a folder whose names can be listed but that may not be entered
    (read without search permission) is told so – „brak uprawnień do odczytu” of a folder that can be read."""
    try:
        listable = os.access(folder, os.R_OK) and not os.access(folder, os.X_OK)
    except (OSError, ValueError, TypeError):
        listable = False
    return ("brak uprawnień do wejścia do folderu (widać tylko nazwy plików) – sprawdź uprawnienia albo skopiuj pliki "
            "do swojego folderu") if listable else FOLDER_DENIED


def _regular(entry: os.DirEntry) -> bool:
    """A regular file; an entry whose own look-up fails (a looping link, EIO of one damaged file) is listed too,
    so that reading it names that file – it does not make the whole folder unreadable."""
    try:
        return stat.S_ISREG(entry.stat().st_mode)
    except (FileNotFoundError, NotADirectoryError):  # a dangling link, a file removed meanwhile
        return False
    except PermissionError:  # no search permission: every entry fails, the folder is the cause
        raise
    except OSError:
        return True


_OLE = b"\xd0\xcf\x11\xe0"  # an OLE container: an old .doc, or what Word keeps a password-protected .docx in
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # saving it as .docx again keeps the password
REMOVE_PASSWORD = ("otwórz go w Wordzie, usuń hasło (Plik → Informacje → Chroń dokument → Szyfruj przy użyciu hasła → "
                   "wyczyść pole hasła → OK), zapisz dokument")


def password_protected(raw: bytes) -> bool:
    """A Word document saved with a password – the one test of every reader (import, templates, PDF): neither
    damaged nor „not a Word document”, its text is only encrypted."""
    return raw.startswith(_OLE) and _ENCRYPTED_PACKAGE in raw


def old_word(raw: bytes) -> bool:
    """An OLE container without a password: an old Word document (.doc)."""
    return raw.startswith(_OLE)


FOLDER_DENIED = "brak uprawnień do odczytu folderu – sprawdź uprawnienia albo skopiuj pliki do swojego folderu"


def read_limited(path: Path, limit: int, follow: bool = True) -> bytes:
    """At most limit + 1 bytes of a regular file; Unreadable for anything else. The kind is told by the open
    descriptor (opened without blocking: a named pipe swapped in after a look at the name cannot hang the read);
    `follow=False`: a symbolic link is refused, not read through."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        if not follow and Path(path).is_symlink():
            raise Unreadable(LINK_REFUSED)
        handle = os.open(path, flags)
    except Unreadable:
        raise
    except OSError as exc:
        raise _unreadable(exc, follow, path) from None
    try:
        return _read_regular(handle, limit)
    except OSError as exc:
        raise _unreadable(exc, follow, path) from None
    finally:
        os.close(handle)


LINK_REFUSED = "to jest dowiązanie symboliczne – pismo nie czyta plików przez dowiązania"


def _read_regular(handle: int, limit: int) -> bytes:
    mode = os.fstat(handle).st_mode
    if stat.S_ISDIR(mode):
        raise Unreadable("to jest folder, a nie plik")
    if not stat.S_ISREG(mode):
        raise Unreadable("to nie jest zwykły plik (urządzenie, potok lub gniazdo)")
    if hasattr(os, "set_blocking"):
        os.set_blocking(handle, True)
    chunks, left = [], limit + 1
    while left > 0:
        chunk = os.read(handle, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _unreadable(exc: OSError, follow: bool, path=None) -> Unreadable:
    if isinstance(exc, FileNotFoundError):
        return Unreadable("plik nie istnieje")
    if isinstance(exc, IsADirectoryError) or (isinstance(exc, PermissionError) and path and os.path.isdir(path)):
        return Unreadable("to jest folder, a nie plik")  # a folder without permissions is still no file
    if isinstance(exc, PermissionError):
        return Unreadable("brak uprawnień do odczytu pliku – sprawdź uprawnienia albo skopiuj plik do swojego folderu")
    if not follow and exc.errno == errno.ELOOP:
        return Unreadable(LINK_REFUSED)
    return Unreadable(f"nie można odczytać pliku ({os_reason(exc)})")
