"""Items of the list sections: actions with deadlines, partners, ways of informing.

Lines are grouped into items first (sub-items, wrapped lines and a separate
deadline line join the item they belong to), then each item is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pismo.importer.dates import Period, Termin, deadline_only, parse_spec, split_deadline
from pismo.importer.lines import ABBREVIATIONS, Line
from pismo.importer.plan import Action, Partner
from pismo.polish import join_and

_SENTENCE_END = re.compile(r"[.:](?=\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"(])")
_DASH = re.compile(r"\s[-–—]\s")
_HEADER_CELL = re.compile(
    r"l\.?\s*p\.?|nr|działani[ea]|opis(?:\s+działania)?|zadani[ea]|sposób(?:\s+realizacji)?|termin(?:\s+realizacji)?"
    r"|podmiot\w*(?:\s+współ\w+)?|odpowiedzialn\w*|realizując\w*|uwagi|partner\w*|forma|instytucj\w*", re.I)
NO_DEADLINE = "w tekście brak terminu albo go nie rozpoznano – przyjęto cały okres planu; wpisz właściwy termin"


@dataclass
class Item:
    text: str
    kind: tuple | None = None  # Line.style of its first line: which list it belongs to
    notes: list[str] = field(default_factory=list)
    cells: tuple[str, ...] = ()
    open: bool = False  # ends with a colon: marked lines after it are its sub-items

    def add(self, line: Line) -> None:
        piece = f"{line.marker} {line.text}" if line.kind == "number" else line.text
        self.text = f"{self.text} {piece}".strip()


def continues(previous: str, text: str) -> bool:
    """A line wrapped inside a sentence: no sentence end before it, lower-case start."""
    return bool(previous) and not previous.rstrip().endswith((".", "!", "?", ";", ":")) and text[:1].islower()


def header_row(cells: tuple[str, ...]) -> bool:
    return all(_HEADER_CELL.fullmatch(cell.strip(" .:")) for cell in cells)


def group_items(entries: list[tuple[Line, str | None]], period: Period | None) -> list[Item]:
    """Lines of a list section → items."""
    items: list[Item] = []
    primary = None
    for line, note in entries:
        kind = line.style
        last = items[-1] if items else None
        if line.cells:
            items.append(Item(line.text, None, [note] if note else [], line.cells))
        elif last and not last.cells and deadline_only(line.text, period) is not None:
            last.text = f"{last.text} – {line.text}"
        elif last and not last.cells and (
                (last.kind and last.open and kind != last.kind) or (kind and primary and kind != primary)
                or (kind is None and continues(last.text, line.text))):
            last.add(line)
            last.notes += [note] if note else []
        else:
            items.append(Item(line.text, kind, [note] if note else [], open=line.text.endswith(":")))
            primary = primary or kind
    return items


def sentence_end(text: str) -> int | None:
    """Index of the full stop (or colon) ending the first sentence; abbreviations do not end one."""
    for found in _SENTENCE_END.finditer(text):
        before = re.split(r"[\s(]", text[:found.start()])[-1]
        if found.group() == "." and (before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())):
            continue
        return found.start()
    return None


def _row_text(cells: tuple[str, ...], period: Period | None) -> str:
    """A table row of actions as one text: number cells dropped, the deadline cell last."""
    cells = [c for c in cells if not re.fullmatch(r"\d{1,3}\.?", c)]
    dated = [c for c in cells if parse_spec(c, period) or deadline_only(c, period)]
    rest = [c for c in cells if c not in dated]
    return " – ".join(rest + dated)


def action(item: Item, period: Period | None) -> Action:
    notes = list(item.notes)
    text = _row_text(item.cells, period) if item.cells else item.text
    if item.cells and len(item.cells) > 2:
        notes.append("działanie złożone z kolumn tabeli – sprawdź opis")
    found = split_deadline(text, period)
    if found is None:
        return Action(text, Termin(*(period or (None, None))), notes + [NO_DEADLINE])
    if not found.opis:
        return Action(None, found.termin, notes + ["w tekście jest sam termin, bez opisu działania"])
    return Action(found.opis, found.termin, notes)


def split_departments(text: str) -> list[str]:
    """'Referat A oraz Referat B' → both; only when pismo prints them back the same way."""
    parts = re.split(r",\s+|\s+oraz\s+", text)
    if len(parts) > 1 and join_and(parts) == text and all(p[:1].isupper() for p in parts):
        return parts
    return [text]


def partner(item: Item) -> Partner:
    """'<name> – <departments>. <tasks>' or '<name>. <tasks>'."""
    notes = list(item.notes)
    if item.cells:
        cells = [c for c in item.cells if not re.fullmatch(r"\d{1,3}\.?", c)]
        return Partner(cells[0], [], " ".join(cells[1:]) or None, notes)
    text = item.text
    end, dash = sentence_end(text), _DASH.search(text)
    if dash and (end is None or dash.start() < end):
        name, after = text[:dash.start()], text[dash.end():]
        stop = sentence_end(after)
        middle, tasks = (after[:stop], after[stop + 1:].strip()) if stop is not None else (after.rstrip(". "), "")
        if middle[:1].isupper() and len(middle.split()) <= 25:
            return _checked(Partner(name, split_departments(middle), tasks or None, notes))
        notes.append(f"w tekście po nazwie był myślnik („{name} – …”); dokument wydrukuje „{name}. …” "
                     "– sprawdź")
        return _checked(Partner(name, [], after, notes))
    if end is not None:
        if text[end] == ":":
            notes.append("w tekście po nazwie był dwukropek; dokument wydrukuje kropkę – sprawdź")
        return _checked(Partner(text[:end], [], text[end + 1:].strip() or None, notes))
    if len(text.split()) <= 12:
        return _checked(Partner(text.rstrip(". "), [], None, notes))
    return _checked(Partner(None, [], text, notes))


def _checked(p: Partner) -> Partner:
    if p.nazwa and len(p.nazwa.split()) > 15:
        whole = p.nazwa + (". " + p.zadania if p.zadania else "")
        note = "nie rozpoznano nazwy podmiotu – cały tekst zapisano jako zadania"
        return Partner(None, [], whole, p.notes + [note])
    if p.nazwa is None:
        p.notes.append("nie rozpoznano nazwy podmiotu – wpisz ją")
    if p.zadania is None:
        p.notes.append("w tekście brak zadań podmiotu – wpisz je")
    return p
