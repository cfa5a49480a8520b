"""One writer per folder at a time: a lock file held while a command writes there.

Two runs writing one case folder at once would interleave: one run's manifest
would list files the other replaced. The lock is the operating system's own
(fcntl.flock on Linux and macOS, msvcrt.locking on Windows), so it is released
when its process ends however it ends – a killed run leaves no stale lock to
detect, at most the empty lock file, which the next run reuses and removes.
A second run waits for the lock a while – telling its user so, through the
listener a front end sets (`waiting`) – then gives up with a Polish message.
try_hold() takes a lock without waiting, for locks held as long as a process
lives: LibreOffice profile slots, temporary folders (soffice.py, scratch.py).
"""

from __future__ import annotations

import errno
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".pismo.lock"
WAIT_SECONDS = 60.0
_POLL = 0.05
_UNSUPPORTED = {getattr(errno, name) for name in ("ENOLCK", "EOPNOTSUPP", "ENOTSUP", "ENOSYS", "EINVAL")
                if hasattr(errno, name)}


waiting = None  # listener(folder): called once when a command starts waiting for a folder another one holds


class Busy(Exception):
    """Another process holds the folder's lock and did not let go in time."""


class _Unsupported(Exception):
    """This file system has no locks (some network shares): the write goes on without one."""


def _windows() -> bool:
    return os.name == "nt"


def _try_lock(fd: int) -> bool:
    """Take the lock without waiting: True if taken, False if another process holds it."""
    try:
        if _windows():
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte is the lock (beyond the end is allowed)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # flock: two opens conflict even in one process
    except OSError as exc:
        if exc.errno in _UNSUPPORTED:
            raise _Unsupported() from None
        if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", -1)):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if _windows():
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _still_there(fd: int, path: Path) -> bool:
    """The locked file is still the one at path (the previous holder may have removed it meanwhile)."""
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino)


def _acquire(path: Path, wait: float, tell: bool = False, stop=None) -> int | None:
    """The locked file's descriptor; None where the file system has no locks. Busy after `wait` seconds;
    tell: the listener hears of the wait when the first attempt fails."""
    deadline = time.monotonic() + wait
    told = not tell
    while True:
        fd = _open(path)
        try:
            if _try_lock(fd):
                if _still_there(fd, path):
                    return fd
                _unlock(fd)
            else:
                _refuse_held(path, fd, time.monotonic() >= deadline)
        except _Unsupported:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
            raise Busy(path.parent)
        if not told:
            told = True
            if waiting is not None:
                waiting(path.parent)
        time.sleep(_POLL)


class NotOurs(OSError):
    """In the lock file's place is no lock pismo may take (_not_ours): a pipe or device, or another account's file
    in a sticky folder – the lock file's name is its filename."""


def _open(path: Path) -> int:
    """The lock file, never through a link: a link (or folder) put in its place is refused (OSError ELOOP or
    EISDIR with the lock file's name), so taking a lock creates nothing outside the folder; so is what _not_ours
    tells (NotOurs) – at once, never waited on."""
    if os.path.islink(path):
        raise OSError(errno.ELOOP, "lock file is a symbolic link", str(path))
    _refuse_not_a_file(path, lambda: os.lstat(path))
    flags = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o666)
    except PermissionError:
        if _windows() or not os.path.isfile(path):
            raise
        # another account's lock file (its run going on, or killed): flock needs no write access
        fd = os.open(path, os.O_RDONLY | flags)
    try:
        _refuse_not_a_file(path, lambda: os.fstat(fd))  # swapped meanwhile
    except BaseException:
        os.close(fd)
        raise
    return fd


def _refuse_not_a_file(path: Path, found) -> None:
    """Anything but a regular file in the lock file's place (a pipe another account planted was taken for a lock –
    held by its planter, every run waited 60 s „for another pismo”) is refused at once (NotOurs)."""
    try:
        if not stat.S_ISREG(found().st_mode):
            raise NotOurs(errno.EPERM, "not a lock file pismo may take", str(path))
    except FileNotFoundError:
        return


def _refuse_held(path: Path, fd: int, late: bool) -> None:
    """The lock file another process holds is refused (NotOurs, naming its owner) when it is another account's in a
    sticky folder this account does not own, which it may not remove: at once when every account may write the
    folder (a file planted in a 1777 one, held by its planter, kept every run waiting „for another pismo”), else –
    a teammate's run in the team's folder – after the wait, saying whose it is. One nobody holds (a killed run's)
    is taken as any lock; a teammate's held in a folder without the sticky bit is waited on."""
    try:
        found = os.fstat(fd)
        folder = os.stat(path.parent)
    except OSError:
        return
    if _not_ours(found, folder) and (late or folder.st_mode & 0o002):
        raise NotOurs(errno.EPERM, "a lock file another account holds", str(path))


def _not_ours(found: os.stat_result, folder: os.stat_result) -> bool:
    """Another account's lock file (not the folder owner's) in a sticky folder this account does not own: this
    account may not remove it, and waiting on it helps only while its owner's pismo writes there."""
    if _windows() or not hasattr(os, "geteuid") or os.geteuid() in (0, found.st_uid):
        return False
    return bool(folder.st_mode & stat.S_ISVTX) and found.st_uid != folder.st_uid and folder.st_uid != os.geteuid()


def _release(fd: int, path: Path) -> None:
    """Remove the lock file and let go. On POSIX it is removed while still held (a waiter that then
    locks the removed file sees it is gone and retries); Windows cannot remove an open file, so there
    it is removed after, when no other process has it open."""
    if not _windows():
        try:
            os.unlink(path)
        except OSError:
            pass
    try:
        _unlock(fd)
    except OSError:
        pass
    os.close(fd)
    if _windows():
        try:
            os.unlink(path)
        except OSError:
            pass  # another run has it open and takes the lock next


@contextmanager
def holding(folder: Path, wait: float | None = None, stop=None):
    """Hold the lock of an existing folder for the duration of the block; `stop` (an Event) ends the wait
    at once with Busy (Ctrl+C while a PDF waits for another pismo's folder)."""
    path = Path(folder) / LOCK_NAME
    fd = _acquire(path, WAIT_SECONDS if wait is None else wait, tell=True, stop=stop)
    try:
        yield
    finally:
        if fd is not None:
            _release(fd, path)


class Held:
    """A lock try_hold() took; release() lets it go (and removes its file)."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd, self.path = fd, path

    @property
    def fd(self) -> int | None:
        """The open lock file (None once released): a process it is passed to holds the lock too (flock)."""
        return self._fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _release(fd, self.path)


def try_hold(path: Path) -> Held | None:
    """The lock file at path, taken at once; None when another process holds it or the file system has no
    locks (then nobody can tell whether its owner lives)."""
    try:
        fd = _acquire(Path(path), 0)
    except (Busy, OSError):
        return None
    return None if fd is None else Held(fd, Path(path))
