"""Reading an input file safely: only regular files, never more than a limit.

Case files, templates and plans to import all come from the user's disk, where a
name can point at a folder, a device that never ends (/dev/zero) or a named pipe
that blocks forever. One reader refuses those before opening, reads at most
limit + 1 bytes (enough to tell "too big" without reading it all) and turns the
system's English errors into Polish reasons.
"""

from __future__ import annotations

import errno
import stat
from pathlib import Path


class Unreadable(Exception):
    """The file cannot be read; the message is Polish and says why."""


OS_ERRORS = {  # the system's own texts are English
    errno.ENAMETOOLONG: "nazwa pliku jest zbyt długa",
    errno.ELOOP: "dowiązania symboliczne tworzą pętlę",
    errno.ENOTDIR: "część ścieżki nie jest folderem",
    errno.EIO: "błąd odczytu z dysku",
}


def read_limited(path: Path, limit: int) -> bytes:
    """At most limit + 1 bytes of a regular file; Unreadable for anything else."""
    try:
        mode = Path(path).stat().st_mode
        if stat.S_ISDIR(mode):
            raise Unreadable("to jest folder, a nie plik")
        if not stat.S_ISREG(mode):
            raise Unreadable("to nie jest zwykły plik (urządzenie, potok lub gniazdo)")
        with Path(path).open("rb") as stream:
            return stream.read(limit + 1)
    except FileNotFoundError:
        raise Unreadable("plik nie istnieje") from None
    except PermissionError:
        raise Unreadable("brak uprawnień do odczytu pliku – sprawdź uprawnienia albo skopiuj plik do swojego folderu") from None
    except OSError as exc:
        reason = OS_ERRORS.get(exc.errno, f"błąd systemu {errno.errorcode.get(exc.errno, exc.errno)}")
        raise Unreadable(f"nie można odczytać pliku ({reason})") from None
