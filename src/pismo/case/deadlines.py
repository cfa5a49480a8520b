"""The plan's calendar: action deadlines, meetings, minutes and the final report.

One list per case, shared by `pismo terminy`, the browser's case list and each
case's terminarz.ics. An item is done when the case says so (a realisation entry
"zrealizowane", minutes of a held meeting, the realisation report); otherwise it
is coming, or overdue once its day has passed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pismo import polish
from pismo.case.holes import is_hole
from pismo.case.model import PLACEHOLDER, Sprawa


@dataclass(frozen=True)
class Termin:
    """One dated item of a plan."""

    day: dt.date  # the deadline (or the meeting's day)
    what: str  # Polish, e.g. "Spotkanie w sprawie …" or "Termin działania: …"
    kind: str  # dzialanie, spotkanie, protokol, informacja
    loc: tuple  # the case field it comes from
    start: dt.date | None = None  # a range's first day
    time: str | None = None  # a meeting's hour
    end_time: str | None = None
    place: str | None = None
    recurring: str | None = None
    done: bool = False
    detail: str | None = None  # the whole text, where `what` is shortened

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.day < today

    def when(self) -> str:
        """The date as a person reads it: „18 marca 2026 r., godz. 17:00”."""
        text = polish.date_words(self.day, "r.")
        if self.start and self.start != self.day:
            text = f"{polish.date_words(self.start, 'r.')} – {text}"
        if self.recurring:
            text = f"{self.recurring}, do {polish.date_words(self.day, 'r.')}"
        return f"{text}, {polish.time_label(self.time)}" if self.time else text


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _named(what: str, number: int, ident, text: str, sep: str, field: str = "treść") -> str:
    """„Termin działania: …” with its text; a text still reading UZUPEŁNIJ tells no item from another (125
    identical lines), so such an item is named by its number and id."""
    if PLACEHOLDER not in text:
        return f"{what}{sep}{_short(text)}"
    text = f"{field} do uzupełnienia" if text.strip() == PLACEHOLDER else _short(text)
    return f"{what} {number}" + (f" ({ident})" if isinstance(ident, str) else "") + f": {text}"


def deadlines(s: Sprawa) -> list[Termin]:
    """Every dated item of the case, in date order; an item whose date still reads UZUPEŁNIJ has no place yet."""
    items = [t for t in _actions(s) + _meetings(s) + _report(s)
             if not any(is_hole(v) for v in (t.day, t.start, t.time, t.end_time))]
    return sorted(items, key=lambda t: (t.day, t.time or "", t.what))


def _actions(s: Sprawa) -> list[Termin]:
    finished = {r.dzialanie for r in (s.realizacja.dzialania if s.realizacja else [])
                if not is_hole(r.status) and r.status == "zrealizowane"}  # a status still to fill: not done
    return [Termin(a.termin.do, _named("Termin działania", i + 1, a.id, a.opis, ": "), "dzialanie",
                   ("dzialania", i, "termin"),
                   start=a.termin.od, recurring=a.termin.cyklicznie, done=a.id in finished,
                   detail=" ".join(a.opis.split()))
            for i, a in enumerate(s.dzialania) if not _in_words(a.termin)]


def _in_words(termin) -> bool:
    """An action without a fixed date ("na bieżąco") has no calendar entry; a whole termin still
    reading UZUPEŁNIJ has none yet either."""
    return is_hole(termin) or (termin.opis is not None and termin.do is None)


def _meetings(s: Sprawa) -> list[Termin]:
    items = []
    for i, m in enumerate(s.spotkania):
        place = f"{m.miejsce.nazwa}, {m.miejsce.adres}"
        held = m.protokol is not None
        items.append(Termin(m.data, _named("Spotkanie", i + 1, m.id, m.temat, " w sprawie ", "temat"), "spotkanie",
                            ("spotkania", i, "data"),
                            time=m.godzina, end_time=m.godzina_zakonczenia, place=place, done=held))
        if not held:
            minutes = _named("Protokół spotkania", i + 1, m.id, m.temat, " w sprawie ", "temat")
            items.append(Termin(m.data, minutes, "protokol", ("spotkania", i, "protokol"), done=False))
    return items


def _report(s: Sprawa) -> list[Termin]:
    return [Termin(s.okres.do, "Informacja dotycząca realizacji planu (ocena na koniec okresu)", "informacja",
                   ("realizacja",), done=s.realizacja is not None)]


def pending(s: Sprawa, today: dt.date) -> list[Termin]:
    """What is still to do on a day, overdue first. A past meeting without minutes shows
    as its overdue protokół; the protokół of a coming meeting is not due yet."""
    items = []
    for t in deadlines(s):
        if t.done or (t.kind == "protokol" and t.day >= today) or (t.kind == "spotkanie" and t.day < today):
            continue
        items.append(t)
    return order(items, today)


def order(items: list[Termin], today: dt.date) -> list[Termin]:
    """Overdue first, then coming; each in date order."""
    return sorted(items, key=lambda t: (not t.overdue(today), t.day, t.time or "", t.what))
