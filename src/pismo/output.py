"""Writing a command's files: all or none, atomically, never overwriting unasked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


class OutputError(Exception):
    """Files cannot be written; the message is for the user."""


def _confined(folder: Path, name: str) -> Path:
    """The output path for a file name, refused if it leaves the folder."""
    if not name or name != Path(name).name or name in (".", ".."):
        raise OutputError(f"niedozwolona nazwa pliku wynikowego: {name!r}")
    return folder / name


def write_all(folder: Path, files: list[tuple[str, bytes]], overwrite: bool = False) -> list[Path]:
    """Write every file or none: all go to temporary files first, then are renamed."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: to jest plik, a nie folder – podaj inny folder wyjściowy (-o)") from None
    except OSError as exc:
        raise OutputError(f"{folder}: nie można utworzyć folderu ({exc.strerror})") from None
    targets = [_confined(folder, name) for name, _ in files]
    existing = [t for t in targets if t.exists()]
    if existing and not overwrite:
        names = ", ".join(str(t) for t in existing)
        raise OutputError(f"pliki już istnieją: {names} – nic nie zapisano; aby je zastąpić, użyj --nadpisz")
    temps: list[Path] = []
    try:
        for target, (_, data) in zip(targets, files):
            temps.append(_write_temp(folder, target.name, data))
        for temp, target in zip(temps, targets):
            os.replace(temp, target)
    except OSError as exc:
        for temp in temps:
            temp.unlink(missing_ok=True)
        raise OutputError(f"{folder}: błąd zapisu ({exc.strerror or exc}) – nie zapisano dokumentów") from None
    return targets


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp's 0600 would hide documents from colleagues
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)
