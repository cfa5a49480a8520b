"""Temporary folders of a pismo process, and those a killed pismo process left behind.

A process killed outright (SIGKILL, the task manager, a power cut) cannot remove
its temporary folders (LibreOffice's staging, a throw-away profile), nor the
socket file of the pipe its LibreOffice listened on. So each one
holds a lock (folderlock) for as long as its owner lives, and the next pismo
process that makes a temporary folder removes the folders whose lock it can
take – their owner is gone. Only folders of pismo's own names, owned by this
user, real folders (no links) are touched. A folder's name carries its owner's
pid, so one without a lock file (its owner killed before it could lock it, or
a LibreOffice outliving its owner made it again) goes once that process is gone
– it may hold a case's PDF; one of an older pismo's name, without a pid, only
once it is a day old. A pipe goes when the process its name carries is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

from pismo.files import folderlock

PREFIXES = ("pismo-lo-", "pismo-pdf-")  # the folders LibreOffice runs use
UNLOCKED_AGE = 24 * 3600.0
OWNER_LOCK = ".pismo-wlasciciel.lock"  # held while the owner lives; not the folder's write lock, which
# a PDF placed in the folder (the warm converter's cold path) takes for itself


class Scratch:
    """A fresh temporary folder held by this process until remove()."""

    def __init__(self, prefix: str) -> None:
        remove_stale()
        self.path = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))
        self._held = folderlock.try_hold(self.path / OWNER_LOCK)

    def remove(self) -> None:
        """Remove the folder, its lock last, whatever Ctrl+C comes meanwhile (taken after): cut short with the
        lock let go first, the folder – copies of documents – was left to the next runs for a day."""
        from pismo.files.output import uninterrupted

        held, self._held = self._held, None
        with uninterrupted() as pressed:
            shutil.rmtree(self.path, ignore_errors=True)  # all but an open lock file on Windows
            if held is not None:
                held.release()
            shutil.rmtree(self.path, ignore_errors=True)
        if pressed:
            raise KeyboardInterrupt


def remove_stale(folder: Path | None = None) -> list[Path]:
    """Remove the temporary folders of pismo processes that are gone, and the pipes (socket files) their
    LibreOffice left; what was removed. folder: where to look (default the system's temporary folders)."""
    removed = []
    for place in [Path(folder)] if folder else list(dict.fromkeys(map(Path, (tempfile.gettempdir(), "/tmp")))):
        try:
            entries = [e for e in os.scandir(place) if e.name.startswith(PREFIXES) or _PIPE.fullmatch(e.name)]
        except OSError:
            continue
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.name.startswith(PREFIXES) and _ours(entry) and _abandoned(Path(entry.path)):
                    removed.append(Path(entry.path))
                elif _PIPE.fullmatch(entry.name) and _dead_pipe(entry):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


# LibreOffice's pipe of a converter (converter.py names it pismo-<owner's pid>-<random>), a socket file on POSIX
_PIPE = re.compile(r"OSL_PIPE_(\d+)_pismo-(\d+)-[0-9a-f]+")


def _dead_pipe(entry: os.DirEntry) -> bool:
    """This user's socket of a pipe whose owner is gone (a pid taken since by another process counts as alive)."""
    match = _PIPE.fullmatch(entry.name)
    info = entry.stat(follow_symlinks=False)
    if not hasattr(os, "getuid") or not stat.S_ISSOCK(info.st_mode) or info.st_uid != os.getuid():
        return False
    if int(match.group(1)) != os.getuid():
        return False
    return _gone(int(match.group(2)))


def _gone(pid: int) -> bool:
    """No process has this pid (one that took it since counts as alive: nothing of a live one is removed)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, another user's
    return False


def _ours(entry: os.DirEntry) -> bool:
    info = entry.stat(follow_symlinks=False)
    return stat.S_ISDIR(info.st_mode) and (not hasattr(os, "getuid") or info.st_uid == os.getuid())


_OWNER = re.compile(r"pismo-(?:lo-profil|lo|pdf)-(\d+)-")  # Scratch's names: prefix, owner's pid, random


def _abandoned(path: Path) -> bool:
    """Remove the folder when no live process holds it; whether it was removed."""
    lock = path / OWNER_LOCK
    if not lock.exists():
        owner = _OWNER.match(path.name) if hasattr(os, "getuid") else None  # Windows' os.kill(pid, 0) kills
        if not (_gone(int(owner.group(1))) if owner else time.time() - path.lstat().st_mtime >= UNLOCKED_AGE):
            return False
        shutil.rmtree(path, ignore_errors=True)
        return True
    held = folderlock.try_hold(lock)
    if held is None:
        return False  # its owner is alive (or this file system cannot tell: left alone)
    try:
        shutil.rmtree(path, ignore_errors=True)
    finally:
        held.release()
    return True
