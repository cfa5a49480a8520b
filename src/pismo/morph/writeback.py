"""`pismo odmien`: write the derived forms into the case file, keeping everything else.

Each derived value (pismo.morph.fill) becomes one line of the file, marked with a
comment, in the mapping it belongs to; a name written in the short form
("nazwa: Komenda …") becomes "nazwa:" with "mianownik:" and the new form under it.
Comments, blank lines, order and quoting of everything else stay as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from pismo.case.yamlio import read_case_bytes
from pismo.files import casefile
from pismo.files.casefile import ChangedMeanwhile
from pismo.files.output import Committed

MARK = "# ze słownika – sprawdź"
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")


@dataclass
class Written:
    """What `odmien` did: the forms written (location, value) and what it could not derive."""

    forms: list
    problems: list


def scalar(value: str) -> str:
    """A value as YAML text: plain when it reads back unchanged, else double-quoted."""
    if _PLAIN.fullmatch(value) and ": " not in value and " #" not in value and not value.endswith((":", " ")):
        try:
            if yaml.safe_load(value) == value:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def _child(node, part):
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == part:
                return key, value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return None, node.value[part]
    return None, None


def _last_line(node, lines: list[str]) -> int:
    """0-based index of the last line a node's text takes."""
    if isinstance(node, yaml.MappingNode) and node.value:
        return _last_line(node.value[-1][1], lines)
    if isinstance(node, yaml.SequenceNode) and node.value:
        return _last_line(node.value[-1], lines)
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        end = node.end_mark.line - (1 if node.end_mark.column == 0 else 0)
        while end > node.start_mark.line and not lines[end].strip():
            end -= 1
        return end
    return node.end_mark.line if node.end_mark.column > 0 or node.end_mark.line == node.start_mark.line \
        else node.end_mark.line - 1


def _edits(text: str, derived, note: str = MARK) -> tuple[dict, dict, list]:
    """(insert after line → new lines, replaced line → new lines, forms that cannot be written)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    lines = text.split("\n")
    inserts: dict[int, list[str]] = {}
    replaces: dict[int, list[str]] = {}
    skipped = []
    for d in derived:
        *path, key = d.loc
        parent_key, node = None, root
        for part in path:
            parent_key, node = _child(node, part)
            if node is None:
                break
        line = f"{key}: {scalar(d.value)}  {note}" if isinstance(d.value, str) else f"{key}:  {note}"
        if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
            indent = node.value[0][0].start_mark.column
            items = [] if isinstance(d.value, str) else [" " * (indent + 2) + f"- {scalar(v)}" for v in d.value]
            inserts.setdefault(_last_line(node, lines), []).extend([" " * indent + line, *items])
        elif (isinstance(d.value, str) and isinstance(node, yaml.ScalarNode) and parent_key is not None
              and node.style not in ("|", ">")
              and node.start_mark.line == node.end_mark.line == parent_key.start_mark.line):
            row = parent_key.start_mark.line  # "nazwa: Komenda …  # comment" → "nazwa:  # comment" + lines
            source = lines[row]
            indent = " " * (parent_key.start_mark.column + 2)
            rest = source[node.end_mark.column:].strip()
            head = source[:node.start_mark.column].rstrip() + (f"  {rest}" if rest else "")
            first = source[node.start_mark.column:node.end_mark.column]
            new = replaces.get(row) or [head, f"{indent}mianownik: {first}"]
            replaces[row] = new + [indent + line]
        else:
            skipped.append(d)
    return inserts, replaces, skipped


def with_forms(text: str, derived, note: str = MARK) -> tuple[str, list]:
    """The case text (lines ending in \\n) with derived forms written in, each line marked with note;
    (text, the forms that could not be placed)."""
    inserts, replaces, skipped = _edits(text, derived, note)
    out = []
    for number, line in enumerate(text.split("\n")):
        out.extend(replaces.get(number, [line]))
        out.extend(inserts.get(number, []))
    return "\n".join(out), skipped


def write_forms(path: Path, derived, read: bytes | None = None) -> list:
    """Write derived forms into the file at path; returns those that could not be placed. `read`: the bytes the
    forms were derived from – the file must still hold them, up to the instant it is replaced (ChangedMeanwhile:
    an editor or pismo serwer saved it, and that save is kept)."""
    raw = read_case_bytes(Path(path))
    if read is not None and raw != read:
        raise ChangedMeanwhile(str(path))
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3 if bom else 0:].decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    text, skipped = with_forms(text.replace("\r\n", "\n"), derived)
    data = ("\ufeff" if bom else "") + text.replace("\n", newline)
    try:
        _replace(Path(path), data.encode("utf-8"), hashlib.sha256(raw).hexdigest())
    except Committed as done:  # Ctrl+C as the file took its new text: it holds the forms all the same
        done.skipped = skipped
        raise
    return skipped


SharedFile = casefile.SharedFile  # the case file has other names (hard links): casefile.replace refuses it


def _replace(path: Path, data: bytes, expected: str) -> None:
    """Write the whole file or nothing, only over the version the forms were derived from (casefile.replace:
    the name always holds a complete version; ChangedMeanwhile when an editor or pismo serwer saved it). A
    symbolic link is written through to the file it names (the case the user and colleagues work on stays one
    file); a file with other names (hard links) is refused, as a rename would split it."""
    casefile.replace(Path(os.path.realpath(path)), data, expected)


def odmien(path: Path) -> Written:
    """Load the case, derive what it leaves out, write it in. Raises CaseError for a broken case."""
    from pismo.case.loader import load_case

    read = read_case_bytes(Path(path))  # the forms are derived from these bytes and written only over them
    case = load_case(path, for_documents=False)  # rewritten in place: no documents' folder is named after it
    unknown = [w for w in case.warnings if w.field and w.field.endswith(".plec") and "słownik nie zna" in w.message]
    if not case.derived:
        return Written([], unknown)
    try:
        skipped = write_forms(Path(path), case.derived, read)
    except Committed as done:  # Ctrl+C as the file took its new text: what it holds now is told all the same
        done.result = _written(case, unknown, done.skipped)
        raise
    return _written(case, unknown, skipped)


def _written(case, unknown: list, skipped: list) -> Written:
    written = [d for d in case.derived if d not in skipped]
    return Written(written, unknown + [case.problem(d.loc, f"nie udało się wpisać: {d.shown} – wpisz ręcznie")
                                       for d in skipped])
