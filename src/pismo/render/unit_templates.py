"""A unit's templates folder (--szablony) against the file names pismo looks for: a template not there under its
exact name is printed with the built-in one, which the officer is told – „plan (1).docx” (a browser's second copy),
„Wniosek.DOCX” (other letter case: Windows matches it, Linux and macOS do not) or an empty folder were passed over
without a word, and the unit's documents came out in the built-in layout."""

from __future__ import annotations

import difflib
import os
from pathlib import Path


def missing_notes(folder: Path, files: list[Path], needed: list[str], known: list[str]) -> list[str]:
    """One line per template of `needed` the folder lacks by its exact name, naming the file meant for it if
    there seems to be one; those without one in a single line."""
    lacking = [name for name in dict.fromkeys(needed) if not os.path.lexists(folder / name)]
    meant = _meant(files, known)
    notes = [f"Uwaga: szablon {name}: w folderze {folder} nie ma pliku o tej nazwie (jest „{meant[name]}” – zmień "
             f"jego nazwę na {name}, aby pismo go użyło) – użyto wbudowanego szablonu."
             for name in lacking if name in meant]
    plain = [name for name in lacking if name not in meant]
    if len(plain) == 1:
        notes.append(f"Uwaga: szablonu {plain[0]} nie ma w folderze {folder} – użyto wbudowanego.")
    elif plain:
        notes.append(f"Uwaga: szablonów {', '.join(plain)} nie ma w folderze {folder} – użyto wbudowanych.")
    return notes


def none_there(folder: Path, files: list[Path], known: list[str]) -> str | None:
    """Why a folder with no template of pismo's names at all is refused (the whole unit's layout would be lost
    silently: an empty or a wrong folder); None when it has one."""
    if any(os.path.lexists(folder / name) for name in known):
        return None
    meant = _meant(files, known)
    renames = "; ".join(f"„{file}” → {name}" for name, file in meant.items())
    hint = f" (zmień nazwy plików: {renames})" if renames else ""
    return (f"{folder}: w folderze nie ma żadnego szablonu pisma ({', '.join(known)}){hint} – podaj folder "
            "z szablonami jednostki albo pomiń opcję --szablony, aby użyć wbudowanych.")


def _meant(files: list[Path], known: list[str]) -> dict[str, str]:
    """Template name → a file of the folder most likely meant as it: the same name in other letter case, the
    name followed by something („plan (1).docx”, „plan-kopia.docx”), or a near spelling („wniosk.docx”)."""
    stems = {name.rpartition(".")[0].casefold(): name for name in known}
    meant: dict[str, str] = {}
    for file in files:
        if file.name in known or file.suffix.casefold() != ".docx":
            continue
        stem = file.stem.casefold()
        prefixes = [s for s in stems if stem == s or (stem.startswith(s) and not stem[len(s)].isalnum())]
        near = max(prefixes, key=len) if prefixes else next(iter(difflib.get_close_matches(stem, stems, 1, 0.8)),
                                                             None)
        if near is not None:
            meant.setdefault(stems[near], file.name)
    return meant
