"""A table's columns named in its header row: which hold the action (its text, its deadline) or the partner (its
name, its tasks), and which are something else – who is responsible, a contact person, a place, a partner's
period. Those others were glued into every action's or partner's text; they are left out with a note that
quotes them, so nothing is lost and nothing is printed as the plan's text."""

from __future__ import annotations

import re
from dataclasses import replace

from pismo.importer.lines import quoted

# Words of a column that is never the item's text, whatever else its name says („Osoba odpowiedzialna za
# działanie”, „Odpowiedzialny za realizację”); a partner's own name wins over them („Podmiot odpowiedzialny”).
_OTHER = re.compile(r"odpowiedzialn\w*|realizując\w*|realizator\w*|wykonawc\w*|osob\w*|kontakt\w*|telefon\w*"
                    r"|tel|e-?mail|adres\w*|uwagi|miejsce|miejsca|wskaźnik\w*|mierni\w*|efekt\w*|status|koszt\w*"
                    r"|budżet|finansow\w*|podpis", re.I)
_OWN = {
    3: re.compile(r"l\.?\s*p|nr|działa\w*|zada\w*|opis\w*|przedsięwzię\w*|forma|formy|sposób|rodzaj|termin\w*"
                  r"|data|daty|od|do|okres|etap\w*|czas|harmonogram\w*|kiedy|realizacj\w*", re.I),
    4: re.compile(r"l\.?\s*p|nr|podmiot\w*|instytucj\w*|partner\w*|nazwa|jednostk\w*|zada\w*|zakres\w*|współ\w+"
                  r"|działa\w*|forma|formy|opis\w*|rodzaj|rola", re.I),
}
_NUMBER = re.compile(r"l\.?\s*p|nr|numer", re.I)
# a partner's name column; who carries out its tasks (a „Wykonawca”, a „Realizator”) is the partner itself
_NAME = re.compile(r"podmiot\w*|instytucj\w*|partner\w*|nazwa|jednostk\w*|wykonawc\w*|(?:współ)?realizator\w*",
                   re.I)


# a line „Label: value” under an item whose label opens with such a word („Odpowiedzialny: asp. …”, „Osoba do
# kontaktu: …”, „Miernik: …”): the item's attribute, as its column in a table
_ATTRIBUTE = re.compile(r"[\s–—-]*(?P<label>[^\W\d]+(?:[\s-]+[^\W\d]+){0,3})\s*:\s*(?=\S)")


def attribute_note(text: str, part: int) -> str | None:
    """A note that quotes a line naming who is responsible, a measure, a contact, a remark („Odpowiedzialny: asp.
    Jan Lis”) – left out of the item above as its table column is – or None for any other line."""
    found = _ATTRIBUTE.match(text)
    if found is None or not _OTHER.fullmatch(_words(found.group("label"))[0]):
        return None
    return (f"wiersz {quoted(text, len(text))} nie jest częścią {'działania' if part == 3 else 'zadań podmiotu'} – "
            "pominięto go; jeśli ma być w tekście, dopisz go")


def _words(cell: str) -> list[str]:
    return [word.strip(".,:()") for word in re.split(r"[\s/]+", cell.strip(" .:")) if word.strip(".,:()")]


def other_columns(header: tuple[str, ...], part: int) -> list[int]:
    """Positions of the header's columns that hold no part of an action (part 3) or a partner (part 4)."""
    own, out = _OWN[part], []
    for at, cell in enumerate(header):
        words = _words(cell)
        named = part == 4 and any(_NAME.fullmatch(word) for word in words)
        other = any(_OTHER.fullmatch(word) for word in words)
        mine = any(own.fullmatch(word) for word in words)  # „Działanie / osoba odpowiedzialna”: the action's
        if not named and (words and _OTHER.fullmatch(words[0])  # „Osoba odpowiedzialna za działanie”
                          or not mine and (other or part == 4)):  # a partner's „Termin”: its own period
            out.append(at)
    return out if len(out) < len(header) - 1 else []  # a header of mostly unknown words tells nothing


def without_other_columns(item, header, part: int):
    """The item (a table row under the header row's item) without the cells of its other columns, each quoted in
    a note."""
    named = _header_of_cells(item, header)
    if named is None:
        return item
    labels = header.cells
    others = [at for at, column in enumerate(named) if column in other_columns(labels, part) and item.cells[at].strip()]
    if not others:
        return item
    notes = [f"kolumna „{labels[named[at]]}” tabeli ({quoted(item.cells[at], len(item.cells[at]))}) nie jest "
             f"częścią {'działania' if part == 3 else 'zadań podmiotu'} – pominięto ją; jeśli ma być w tekście, "
             "dopisz ją" for at in others]
    keep = [at for at in range(len(item.cells)) if at not in others]
    cells = tuple(item.cells[at] for at in keep)
    columns = tuple(item.columns[at] for at in keep) if len(item.columns) == len(item.cells) else ()
    return replace(item, text=" ".join(cells), cells=cells, columns=columns, notes=item.notes + notes)


def _header_of_cells(item, header) -> list[int | None] | None:
    """For each cell of the row, the header cell naming its column (None: a column without a name), or None when
    the row cannot be matched to the header. Both rows know their cells' columns (Line.columns): a row with an
    empty cell – nobody named yet, no date yet – keeps every other cell in its column. Without them the cells go
    by position, the „Lp.” cell Word numbers itself (empty in the text) left out."""
    if _positioned(item) and _positioned(header):
        by_column = {column: at for at, column in enumerate(header.columns)}
        if max(item.columns) <= max(header.columns):  # a cell past the header's last column: not its table's row
            return [by_column.get(column) for column in item.columns]
    labels = header.cells
    skip = 1 if len(item.cells) == len(labels) - 1 and _NUMBER.fullmatch(labels[0].strip(" .:")) else 0
    if not item.cells or len(item.cells) != len(labels) - skip:
        return None
    return list(range(skip, len(labels)))


def _positioned(row) -> bool:
    return bool(row.cells) and len(row.columns) == len(row.cells)


_START = re.compile(r"rozpoczęci\w*|początek|początku|start\w*|od", re.I)  # „Data rozpoczęcia”, „Od”
_END = re.compile(r"zakończeni\w*|koniec|końca|do", re.I)  # „Data zakończenia”, „Do”
START_ONLY = ("w tabeli jest tylko data rozpoczęcia ({}), kolumna daty zakończenia jest pusta – termin przyjęto od tej "
              "daty do końca okresu planu; wpisz właściwą datę zakończenia")


def start_only(item, header, period):
    """A row of an actions' table with „Data rozpoczęcia” | „Data zakończenia” columns whose end is empty or names no
    date („na bieżąco”, „ciągle”, „w miarę potrzeb”, „jednorazowo”): its date is when the action starts – from it
    to the plan's end, the end cell's words named in the note – never its deadline."""
    from pismo.importer.dates import names_date, parse_spec

    named = _header_of_cells(item, header) if header else None
    if named is None:
        return item
    labels = header.cells
    starts = [at for at, column in enumerate(named) if column is not None and _dated_column(labels[column], _START)]
    if len(starts) != 1 or not any(_dated_column(label, _END) for label in labels) or any(
            column is not None and _dated_column(labels[column], _END) and names_date(cell)
            for cell, column in zip(item.cells, named)):
        return item
    at = starts[0]
    termin = parse_spec(item.cells[at], period)
    begin = termin and (termin.od or termin.do)
    if not begin or not period or begin > period[1]:
        return item
    cells = list(item.cells)
    cells[at] = f"od {begin:%d.%m.%Y} do {period[1]:%d.%m.%Y}"
    open_end = [cell for cell, column in zip(item.cells, named) if column is not None and _dated_column(
        labels[column], _END)]
    keep = [n for n, (cell, column) in enumerate(zip(item.cells, named)) if not (
        column is not None and _dated_column(labels[column], _END))]
    note = OPEN_END.format(quoted(item.cells[at]), quoted(open_end[0])) if open_end else START_ONLY.format(
        quoted(item.cells[at]))
    return replace(item, text=" ".join(cells[n] for n in keep), cells=tuple(cells[n] for n in keep),
                   columns=tuple(item.columns[n] for n in keep) if item.columns else item.columns,
                   notes=item.notes + [note])


OPEN_END = ("w tabeli data rozpoczęcia to {}, a w kolumnie daty zakończenia jest {} – termin przyjęto od tej daty do "
            "końca okresu planu; sprawdź datę zakończenia")


def _dated_column(label: str, which: re.Pattern) -> bool:
    """A column of a date's start or end: „Data rozpoczęcia”, „Termin zakończenia”, „Od”."""
    words = _words(label)
    return 0 < len(words) <= 4 and any(which.fullmatch(word) for word in words)
