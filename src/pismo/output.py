"""Writing a command's files: all or none, atomically, never overwriting unasked.

What a user can rely on, whatever fails:

- Confinement. A file or case-folder name is a plain name: no slashes or
  backslashes, not "." or "..", no hidden (dot) names, no control or invisible
  formatting characters, at most 200 bytes, and valid on Windows too (no
  CON, NUL, COM1 …, no <>:"|?*, no dot or space at the end – Windows would drop
  it, so "sprawa." and "sprawa" would be one folder). Nothing is ever written
  outside the output folder. An existing symbolic link, folder or special file
  where a document should go is refused, even with --nadpisz, and so is a case
  folder that is a symbolic link: pismo never writes through a link (the output
  folder -o itself may be one – the user named it). Names are compared without
  regard to case, as Windows and macOS do: two files of one command may not
  differ in case only.
- Write phase. Every file is first written in full (and fsync'ed) to a hidden
  temporary `.NAME.pismo-XXXXXXXX.tmp` beside its target. If anything fails here
  (disk full, no permission, …) the temporaries are removed: nothing changed.
- Commit phase. Each file about to be replaced first gets a hidden backup
  (`.NAME.pismo-XXXXXXXX.bak`: a hard link, or a copy where the file system has
  none); then each temporary is renamed onto its name, which is atomic. If a
  rename fails, the renamed files are rolled back – new ones removed, replaced
  ones restored from their backups – so the folder is as before. Should the roll
  back itself fail, the message names each file and where its old version is.
- Killed process (SIGKILL, power cut). Every name holds either its old or its
  new complete content, never a partial one; a killed case may hold a mix, and
  its manifest.json, written last, is then missing or old. Hidden `.pismo-`
  temporaries or backups may remain: nothing reads them, and the next write of
  the same names in that folder removes them. (Two pismo runs writing the same
  case folder at the same moment are not supported.)
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import tempfile
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 200  # leaves room for the temporary's prefix and suffix within the usual 255
_MARK = "pismo-"
_LEFTOVER_SUFFIXES = (".tmp", ".bak")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


class OutputError(Exception):
    """Files cannot be written; the message is for the user."""


# --- names and folders ---------------------------------------------------------------------------

_WINDOWS_DEVICE = re.compile(r"(?i)con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]")
_WINDOWS_FORBIDDEN = set('<>:"|?*')


def name_problem(name: str) -> str | None:
    """Why a file or folder name cannot be used (None if it can): the one rule for names pismo writes."""
    if not name or name in (".", ".."):
        return "pusta albo oznacza folder nadrzędny"
    if any("\udc80" <= char <= "\udcff" for char in name):  # bytes that were not UTF-8
        return "zawiera bajty spoza UTF-8 (np. polskie litery zapisane w innym kodowaniu)"
    if "/" in name or "\\" in name:
        return "zawiera ukośnik (byłaby ścieżką, a nie nazwą)"
    if any(ord(char) < 32 or char == "\x7f" for char in name):
        return "zawiera znak sterujący"
    if any(unicodedata.category(char) == "Cf" for char in name):
        return "zawiera niewidoczny znak formatujący (np. zmianę kierunku tekstu)"
    if name.startswith("."):
        return "zaczyna się od kropki (plik ukryty)"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return f"jest dłuższa niż {MAX_NAME_BYTES} bajtów"
    return _windows_problem(name)


def _windows_problem(name: str) -> str | None:
    """What Windows refuses or changes in a name (documents are read there too)."""
    if name[-1] in ". ":
        return "kończy się kropką albo spacją (Windows usuwa je z końca nazwy)"
    if _WINDOWS_FORBIDDEN & set(name):
        return "zawiera znak niedozwolony w systemie Windows (< > : \" | ? *)"
    if _WINDOWS_DEVICE.fullmatch(name.split(".")[0].rstrip(" ")):  # CON, con.docx, "Nul .txt" alike
        return "to zastrzeżona nazwa urządzenia w systemie Windows (CON, PRN, AUX, NUL, COM1…, LPT1…)"
    return None


def same_name_key(name: str) -> str:
    """A name as case-insensitive file systems (Windows, macOS) see it."""
    return unicodedata.normalize("NFC", name).casefold()


def _confined(folder: Path, name: str, what: str = "pliku wynikowego") -> Path:
    """The path of a name inside folder, refused if the name could lead anywhere else."""
    problem = name_problem(name)
    if problem:
        shown = repr(name) if len(name) <= 60 else repr(name[:57]) + "…"
        raise OutputError(f"{folder}: niedozwolona nazwa {what} {shown} – {problem}; nic nie zapisano")
    return folder / name


def subfolder(root: Path, name: str) -> Path:
    """A case's folder inside the output folder: the file-name rule, and no symbolic link."""
    folder = _confined(Path(root), name, "folderu sprawy")
    if folder.is_symlink():
        raise OutputError(f"{folder}: folder sprawy jest dowiązaniem symbolicznym (do {os.readlink(folder)}) – pismo "
                          "nie zapisuje przez dowiązania; usuń je albo podaj inny folder wyjściowy (-o); nic nie zapisano")
    return folder


def _blocking_file(folder: Path) -> Path | None:
    """The folder or the nearest of its parents that exists but is not a folder (or is a broken link)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists() or candidate.is_symlink():
            return None if candidate.is_dir() else candidate
    return None


def check_folder(folder: Path) -> None:
    """Refuse at once an output folder that is, or lies inside, a file or a broken link."""
    blocker = _blocking_file(Path(folder))
    if blocker is not None and blocker.is_symlink():
        raise OutputError(f"{blocker}: to dowiązanie symboliczne do nieistniejącego miejsca ({os.readlink(blocker)}) – "
                          "usuń je albo podaj inny folder wyjściowy (-o)")
    if blocker is not None:
        raise OutputError(f"{blocker}: to jest plik, a nie folder – podaj inny folder wyjściowy (-o)")


def _make_folder(folder: Path) -> None:
    check_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        check_folder(folder)  # a file appeared meanwhile
        raise OutputError(f"{folder}: nie można utworzyć folderu – istnieje tam plik") from None
    except OSError as exc:
        what, todo = _FOLDER_ACCESS if exc.errno in (errno.EACCES, errno.EPERM) else _reason(exc)
        raise OutputError(f"{folder}: nie można utworzyć folderu ({what}) – {todo}") from None


# --- Polish reasons ------------------------------------------------------------------------------

_SPACE = ("brak miejsca na dysku", "zwolnij miejsce albo podaj inny folder wyjściowy (-o)")
_ACCESS = ("brak uprawnień do zapisu albo plik jest otwarty w innym programie, np. w Wordzie",
           "zamknij plik albo podaj folder, w którym możesz zapisywać (-o)")
_FOLDER_ACCESS = ("brak uprawnień do zapisu w tym miejscu", "podaj folder, w którym możesz zapisywać (-o)")
_REASONS = {
    errno.ENOSPC: _SPACE,
    errno.EACCES: _ACCESS,
    errno.EPERM: _ACCESS,
    errno.EROFS: ("nośnik tylko do odczytu", "podaj inny folder wyjściowy (-o)"),
    errno.ENAMETOOLONG: ("ścieżka jest zbyt długa", "podaj folder wyjściowy o krótszej ścieżce (-o)"),
    errno.EIO: ("błąd odczytu lub zapisu nośnika", "sprawdź dysk albo podaj inny folder wyjściowy (-o)"),
    errno.EBUSY: ("plik jest zajęty przez inny program", "zamknij go i uruchom polecenie ponownie"),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = ("wyczerpany przydział miejsca na dysku", _SPACE[1])


def _reason(exc: OSError) -> tuple[str, str]:
    """(what went wrong, what to do) in Polish for an OS error."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return f"błąd systemu: {exc.strerror or exc}", "sprawdź folder wyjściowy i uruchom polecenie ponownie"


# --- writing -------------------------------------------------------------------------------------

def write_all(folder: Path, files: list[tuple[str, bytes]], overwrite: bool = False) -> list[Path]:
    """Write every file or none (see the module's docstring for the guarantees)."""
    folder = Path(folder)
    targets = [_confined(folder, name) for name, _ in files]
    if not targets:  # nothing to write: no empty folder left behind either
        return []
    _refuse_same_names([t.name for t in targets], folder)
    _make_folder(folder)
    replaced = _existing(targets, overwrite)
    _remove_leftovers(folder, [t.name for t in targets])
    temps: list[Path] = []
    backups: dict[Path, Path] = {}
    try:
        for target, (_, data) in zip(targets, files):
            temps.append(_write_temp(folder, target.name, data))
        for target in replaced:
            backups[target] = _backup(target)
    except OSError as exc:
        _discard([*temps, *backups.values()])
        what, todo = _reason(exc)
        failed = targets[len(temps)] if len(temps) < len(targets) else replaced[len(backups)]
        raise OutputError(f"{failed}: nie można zapisać ({what}) – nie zapisano żadnego z plików "
                          f"({len(targets)}), pliki istniejące wcześniej pozostały bez zmian; {todo}") from None
    _commit(temps, targets, backups)
    _discard(list(backups.values()))
    _sync_folder(folder)
    return targets


def _refuse_same_names(names: list[str], folder: Path) -> None:
    """The last guard: one file would replace another written by the same command."""
    seen: dict[str, str] = {}
    for name in names:
        first = seen.get(same_name_key(name))
        seen[same_name_key(name)] = name
        if first is not None:
            same = f"„{name}”" if first == name else f"„{first}” i „{name}” (różnią się tylko wielkością liter)"
            raise OutputError(f"{folder}: dwa pliki miałyby tę samą nazwę: {same} – jeden zastąpiłby drugi; "
                              "nic nie zapisano")


def _existing(targets: list[Path], overwrite: bool) -> list[Path]:
    """Targets that exist and will be replaced; refuses links, folders, and replacing unasked."""
    existing = [t for t in targets if os.path.lexists(t)]
    for target in existing:
        if target.is_symlink():
            raise OutputError(f"{target}: to dowiązanie symboliczne (do {os.readlink(target)}) – pismo nie "
                              "zapisuje przez dowiązania; usuń je albo podaj inny folder wyjściowy (-o); nic nie zapisano")
        if not target.is_file():
            raise OutputError(f"{target}: istnieje, ale nie jest zwykłym plikiem (np. jest folderem) – usuń go "
                              "albo podaj inny folder wyjściowy (-o); nic nie zapisano")
    if existing and not overwrite:
        names = ", ".join(str(t) for t in existing)
        raise OutputError(f"pliki już istnieją: {names} – nic nie zapisano; aby je zastąpić, użyj --nadpisz")
    return existing


def _commit(temps: list[Path], targets: list[Path], backups: dict[Path, Path]) -> None:
    """Rename every temporary onto its target; on failure put back what was there."""
    placed: list[Path] = []
    for temp, target in zip(temps, targets):
        try:
            os.replace(temp, target)
        except OSError as exc:
            stuck = _roll_back(placed, backups)
            _discard([*temps, *(b for t, b in backups.items() if t not in stuck)])
            what, todo = _reason(exc)
            raise OutputError(f"{target}: nie można zapisać ({what}) – " + _after_roll_back(stuck, backups, len(targets))
                              + f"; {todo}") from None
        placed.append(target)


def _roll_back(placed: list[Path], backups: dict[Path, Path]) -> list[Path]:
    """Undo the renames done so far; the targets that could not be restored."""
    stuck = []
    for target in reversed(placed):
        try:
            if target in backups:
                os.replace(backups[target], target)
            else:
                os.unlink(target)
        except OSError:
            stuck.append(target)
    return stuck


def _after_roll_back(stuck: list[Path], backups: dict[Path, Path], count: int) -> str:
    if not stuck:
        return (f"przywrócono stan sprzed polecenia: nie zapisano żadnego z plików ({count}), "
                "pliki istniejące wcześniej pozostały bez zmian")
    notes = [f"{t} (nowa wersja; poprzednia zachowana jako {backups[t].name})" if t in backups
             else f"{t} (nowy plik – usuń go)" for t in stuck]
    return "nie udało się przywrócić stanu sprzed polecenia dla plików: " + ", ".join(notes)


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    handle, temp = tempfile.mkstemp(prefix=f".{name}.{_MARK}", suffix=".tmp", dir=folder)
    try:
        try:
            os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp's 0600 would hide documents from colleagues
            _write_bytes(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def _write_bytes(handle: int, data: bytes) -> None:
    """Every byte to the open file (os.write may write only part)."""
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def _backup(target: Path) -> Path:
    """A hidden second name for the current content of target, which stays in place."""
    backup = target.with_name(f".{target.name}.{_MARK}{secrets.token_hex(4)}.bak")
    try:
        os.link(target, backup)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOSPC):
            raise
        _copy(target, backup)  # no hard links here (e.g. FAT)
    return backup


def _copy(source: Path, target: Path) -> None:
    with open(source, "rb") as reader, open(target, "xb") as writer:
        try:
            shutil.copyfileobj(reader, writer)
        except BaseException:
            writer.close()
            target.unlink(missing_ok=True)
            raise


def _remove_leftovers(folder: Path, names: list[str]) -> None:
    """Hidden temporaries and backups of these names left by a killed run."""
    prefixes = tuple(f".{name}.{_MARK}" for name in names)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    _discard(entry.path for entry in entries
             if entry.name.startswith(prefixes) and entry.name.endswith(_LEFTOVER_SUFFIXES))


def _discard(paths) -> None:
    for path in paths:
        try:
            Path(path).unlink(missing_ok=True)
        except OSError:
            pass


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX only; best effort)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
