"""The next period's plan from the previous one: `pismo nowa NOWA.yaml --z POPRZEDNIA.yaml`.

Plans often continue: the unit, the people, the partners and the addressees stay,
the dates move by the length of the period, and what belongs to the old period
(realisation, minutes of held meetings, letter reference numbers) is cleared.
The case file is edited as text, so every comment the officer wrote survives.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pismo import polish
from pismo.errors import readable
from pismo.case.problems import dotted
from pismo.case.yamlio import compose, read_case_text

PLACEHOLDER_ZNAK = "UZUPEŁNIJ znak pisma"


class PeriodError(ValueError):
    """The previous plan has no period to move from (message in Polish)."""


@dataclass
class Shift:
    """How dates move: by whole months when the period is whole months, else by days."""

    months: int = 0
    days: int = 0

    def apply(self, day: dt.date) -> dt.date:
        if self.days:
            return day + dt.timedelta(days=self.days)
        month_end = day.day == calendar.monthrange(day.year, day.month)[1]
        index = day.year * 12 + day.month - 1 + self.months
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return dt.date(year, month + 1, last if month_end else min(day.day, last))

    def describe(self) -> str:
        if self.days:
            return polish.count(self.days, "dzień", "dni", "dni")
        return polish.count(self.months, "miesiąc", "miesiące", "miesięcy")


def shift_for(start: dt.date, end: dt.date) -> Shift:
    """A period from a month's first day to a month's last moves by its months; any other by its days."""
    whole = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole:
        return Shift(months=(end.year - start.year) * 12 + end.month - start.month + 1)
    return Shift(days=(end - start).days + 1)


@dataclass
class NextPeriod:
    """The new case file's text and what the officer should look at."""

    text: str
    old: tuple[dt.date, dt.date]
    new: tuple[dt.date, dt.date]
    shift: Shift
    notes: list[str] = field(default_factory=list)


_CLEARED = (("realizacja",), ("spotkania", "*", "protokol"))  # what belonged to the old period


def next_period(text: str, source_name: str = "") -> NextPeriod:
    """The previous plan's text → the next period's, comments kept."""
    root = _root(text)
    start, end = _period(root)
    shift = shift_for(start, end)
    edits: list[tuple[int, int, str]] = []
    notes: list[str] = []
    cleared = _cleared_entries(root, text)
    errors = _carried_errors(text, cleared)
    told = {problem.field for problem in errors}
    for begin, finish, _what in cleared:
        edits.append((begin, finish, ""))
    inside = [(b, f) for b, f, _ in cleared]
    for node, loc in _scalars(root, ()):
        if any(b <= node.start_mark.index < f for b, f in inside):
            continue
        if node.tag == "tag:yaml.org,2002:timestamp" and not node.style:
            day = _date(node.value)
            if day is None:
                continue
            moved = _moved(shift, day, node.start_mark.line + 1)
            edits.append((node.start_mark.index, node.end_mark.index, moved.isoformat()))
            if _meeting_date(loc):
                notes += _meeting_day(day, moved, loc)
        elif loc[-2:] == ("pismo", "znak") or loc[-2:] == ("zaproszenie", "znak"):
            edits.append((node.start_mark.index, node.end_mark.index, f'"{PLACEHOLDER_ZNAK}"'))
        elif _text_deadline(loc) and node.tag == "tag:yaml.org,2002:str" and dotted(loc) not in told:
            notes += _text_deadline_kept(node.value, loc, (start, end), shift)  # an error is named as one
    new_start, new_end = (_moved(shift, day, _child(_child(root, "okres")[1], key)[1].start_mark.line + 1)
                          for day, key in ((start, "od"), (end, "do")))
    notes += [f"{what}: usunięto (należy do poprzedniego okresu)" for *_, what in cleared]
    notes += _errors_told(errors, shift)
    body = _apply(text, edits).rstrip("\n") + "\n"
    header = _header(source_name, (start, end), (new_start, new_end), shift, notes)
    return NextPeriod(header + body, (start, end), (new_start, new_end), shift, notes)


def _moved(shift: Shift, day: dt.date, line: int) -> dt.date:
    """A date moved to the next period; one that would leave the calendar (9999-12-31 written for „do
    odwołania”) is the old plan's error, told with its line, not a failure of pismo."""
    try:
        return shift.apply(day)
    except (ValueError, OverflowError):
        raise PeriodError(f"w poprzednim planie w wierszu {line} jest data {polish.date_numeric(day, 'r.')}, której nie "
                          f"da się przesunąć o {shift.describe()} – popraw ją (pismo przyjmuje lata 1900–2100)") from None


_TEXT_DEADLINE_KEPT = "Działanie {number} › Termin: „{text}” to termin wpisany tekstem – jego dat nie przesunięto; {fix}"
_TEXT_DEADLINE_FIX = "wpisz termin nowego okresu jako datę, np. przesunięty o {shift}: termin: / {fields}"
_TEXT_STAGES_FIX = "przesunięte o {shift} to {days} – wpisz daty nowego okresu w tekst terminu"
_TEXT_DEADLINE_ANY = "wpisz termin nowego okresu (najlepiej jako datę: do: RRRR-MM-DD)"
_OLD_ERROR = ("błąd poprzedniego planu, przeniesiony bez zmian (wiersz {line} starego pliku) – popraw go, a daty w nim "
              "przesuń o {shift}: {field}: {message}")
_OLD_ERRORS_SHOWN = 5


def _text_deadline(loc: tuple) -> bool:
    """Whether a value is an action's deadline, or a part of it, written in the file (dzialania[2].termin.opis)."""
    return len(loc) >= 3 and loc[0] == "dzialania" and isinstance(loc[1], int) and loc[2] == "termin" \
        and loc[3:] in ((), ("opis",))  # „cyklicznie” is the rhythm of a group whose od/do are moved


def _text_deadline_kept(text: str, loc: tuple, period: tuple[dt.date, dt.date], shift: Shift) -> list[str]:
    """The note on a deadline's text naming a day („31.07.2025”, „do 31 lipca”), read as sprawdz reads it: kept as
    written – the words around a date („przed wakacjami”, „(wniosek)”) may hold to the old day, which a shift of
    the figures alone would make false in print – with its dates moved as the fields' are, for the officer to write."""
    from types import SimpleNamespace

    from pismo.case.checks import deadline_reading

    reading = deadline_reading(text, SimpleNamespace(od=period[0], do=period[1]))
    if not reading:
        return []
    _found, days, stages, start = reading
    moved = [_moved(shift, day[0], 0) for day in days if day] if all(days) else []
    if not moved:
        fix = _TEXT_DEADLINE_ANY
    elif start:  # „od 1.07.2025 na bieżąco”: a start, its end the period's
        fields = f"od: {moved[0].isoformat()} / do: {_moved(shift, period[1], 0).isoformat()}"
        fix = _TEXT_DEADLINE_FIX.format(shift=shift.describe(), fields=fields)
    elif stages:
        fix = _TEXT_STAGES_FIX.format(shift=shift.describe(),
                                      days=" i ".join(polish.date_numeric(day, "r.") for day in moved))
    else:
        keys = ("do",) if len(moved) == 1 else ("od", "do")
        fields = " / ".join(f"{key}: {day.isoformat()}" for key, day in zip(keys, moved[-len(keys):]))
        fix = _TEXT_DEADLINE_FIX.format(shift=shift.describe(), fields=fields)
    return [_TEXT_DEADLINE_KEPT.format(number=loc[1] + 1, text=" ".join(text.split()), fix=fix)]


def _carried_errors(text: str, cleared: list) -> list:
    """The previous plan's own errors (pismo sprawdz) in what the new file keeps: carried as they stand, a wrong value
    not moved – those in a cleared entry (realizacja) go with it."""
    from pismo.case.loader import load_case_text
    from pismo.errors import CaseError

    try:
        load_case_text(text)
    except CaseError as exc:
        gone = [(text.count("\n", 0, begin) + 1, text.count("\n", 0, finish)) for begin, finish, _ in cleared]
        return [p for p in exc.problems if not p.warning and not any(a <= (p.line or 0) <= b for a, b in gone)]
    return []


def _errors_told(errors: list, shift: Shift) -> list[str]:
    """A note on each of the previous plan's errors (the first few), for the officer to correct in the new plan."""
    notes = [_OLD_ERROR.format(line=p.line, field=p.field or "plik", message=p.message, shift=shift.describe())
             for p in errors[:_OLD_ERRORS_SHOWN]]
    if len(errors) > _OLD_ERRORS_SHOWN:
        more = polish.count(len(errors) - _OLD_ERRORS_SHOWN, "inny błąd", "inne błędy", "innych błędów")
        notes.append(f"i {more} poprzedniego planu – sprawdź nowy plik poleceniem „pismo sprawdz”")
    return notes


def next_period_file(path) -> NextPeriod:
    """The next period from a previous plan's file; CaseError (located) when it does not read."""
    return next_period(read_case_text(path), readable(Path(path).name))  # the name goes into the new file's text


def _root(text: str):
    try:
        root = compose(text)
    except Exception as exc:  # any YAML failure of the old file: the user fixes it first with sprawdz
        raise PeriodError("poprzedni plan nie jest poprawnym plikiem YAML – sprawdź go poleceniem "
                          "„pismo sprawdz” i popraw błędy") from exc
    if not isinstance(root, yaml.MappingNode):
        raise PeriodError("poprzedni plan nie zawiera pól sprawy (np. „okres:”)")
    return root


def _child(node, key: str):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k, v
    return None, None


def _period(root) -> tuple[dt.date, dt.date]:
    _, okres = _child(root, "okres")
    days = []
    for key in ("od", "do"):
        _, node = _child(okres, key)
        day = _date(node.value) if isinstance(node, yaml.ScalarNode) else None
        if day is None:
            raise PeriodError(f"poprzedni plan nie ma poprawnej daty okres.{key} (RRRR-MM-DD) – uzupełnij ją, "
                              "bo od niej liczy się nowy okres")
        days.append(day)
    if days[1] < days[0]:
        raise PeriodError("w poprzednim planie okres.do jest wcześniej niż okres.od – popraw okres")
    return days[0], days[1]


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def _scalars(node, loc: tuple):
    if isinstance(node, yaml.ScalarNode):
        yield node, loc
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(value, loc + (getattr(key, "value", "?"),))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _scalars(item, loc + (i,))


def _cleared_entries(root, text: str) -> list[tuple[int, int, str]]:
    """(start, end, field) of each mapping entry to remove, whole lines from its key to its value's end."""
    found = []
    for pattern in _CLEARED:
        for key, value, loc in _entries(root, pattern, ()):
            begin = _comments_above(text, text.rfind("\n", 0, key.start_mark.index) + 1)
            finish = _line_end(text, value.end_mark.index)
            found.append((begin, finish, ".".join(str(part) if not isinstance(part, int) else f"[{part}]"
                                                  for part in loc).replace(".[", "[")))
    return found


def _comments_above(text: str, begin: int) -> int:
    """A comment block right above a removed entry describes it: it goes too."""
    while begin > 0:
        previous = text.rfind("\n", 0, begin - 1) + 1
        if not text[previous:begin].strip().startswith("#"):
            break
        begin = previous
    return begin


def _line_end(text: str, index: int) -> int:
    """Where a removed block ends: a block's end mark may stand in the indentation of the
    next entry (keep that line whole) or in the middle of its last line (take the rest)."""
    line_start = text.rfind("\n", 0, index) + 1
    if not text[line_start:index].strip():
        return line_start
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _entries(node, pattern: tuple, loc: tuple):
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                yield from _entries(item, rest, loc + (i,))
        return
    key, value = _child(node, head)
    if key is None:
        return
    if rest:
        yield from _entries(value, rest, loc + (head,))
    else:
        yield key, value, loc + (head,)


def _meeting_date(loc: tuple) -> bool:
    return len(loc) == 3 and loc[0] == "spotkania" and loc[2] == "data"


def _meeting_day(old: dt.date, day: dt.date, loc: tuple) -> list[str]:
    """A moved meeting may land on another weekday, a weekend or a holiday: say so."""
    where = f"Spotkanie {loc[1] + 1} › Data"  # counted as the officer counts, named as the form names it
    weekday, was = polish.WEEKDAYS[day.weekday()], polish.WEEKDAYS[old.weekday()]
    holiday = polish.holiday_name(day)
    if holiday:
        return [f"{where}: {polish.date_words(day, 'r.')} to święto ({holiday}) – wybierz inny dzień"]
    if day.weekday() >= 5:
        return [f"{where}: {polish.date_words(day, 'r.')} to {weekday} – wybierz dzień roboczy"]
    if weekday != was:
        return [f"{where}: {polish.date_words(day, 'r.')} to {weekday} (było: {was}) – sprawdź dzień spotkania"]
    return []


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for begin, finish, replacement in sorted(edits):
        if begin < last:  # inside a removed entry
            continue
        out += [text[last:begin], replacement]
        last = finish
    out.append(text[last:])
    return "".join(out)


def _header(source: str, old, new, shift: Shift, notes: list[str]) -> str:
    lines = [
        f"# Nowy okres na podstawie planu{' ' + source if source else ''} "
        f"({old[0].isoformat()} – {old[1].isoformat()}).",
        f"# Wszystkie daty przesunięto o {shift.describe()}: nowy okres {new[0].isoformat()} – {new[1].isoformat()}.",
        "# Sprawdź daty, terminy i treść planu; usunięto realizację, protokoły spotkań i znaki pism.",
    ]
    lines += [f"#   – {note}" for note in notes if "usunięto" not in note]
    return "\n".join(lines) + "\n"
