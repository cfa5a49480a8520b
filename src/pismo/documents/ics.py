"""A meeting as an iCalendar file (RFC 5545) for the officer's calendar."""

from __future__ import annotations

import datetime as dt
import hashlib

from pismo.case.model import Spotkanie, Sprawa
from pismo.documents.context import topic

# Europe/Warsaw with the EU rules (last Sunday of March / October), so the file
# needs no time-zone database on the reader's side.
VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Warsaw",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
DEFAULT_LENGTH = dt.timedelta(hours=1, minutes=30)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character."""
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def _local(day: dt.date, hhmm: str) -> dt.datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _districts(s: Sprawa) -> str:
    """The plan's districts in a calendar entry's key: „3” for one (as before several existed), „5,6” for several."""
    return ",".join(f"{r.numer}" for _, r in s.rejony_planu())


def uid(s: Sprawa, m: Spotkanie) -> str:
    """Stable across runs: the same plan's meeting keeps its calendar entry."""
    key = f"{s.jednostka.nazwa.mianownik}|{_districts(s)}|{s.okres.od.isoformat()}|{m.id}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@pismo"


def _calendar(events: list[list[str]]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//pismo//Plan dzialania priorytetowego//PL",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", *VTIMEZONE]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def terminarz_ics(s: Sprawa) -> bytes:
    """Every deadline and meeting of the plan in one calendar: meetings at their hours,
    deadlines as all-day entries on their last day, done items marked so."""
    from pismo.case.deadlines import deadlines

    key = f"{s.jednostka.nazwa.mianownik}|{_districts(s)}|{s.okres.od.isoformat()}"
    stamp = s.plan.data if s.plan else s.okres.od
    events = []
    for t in deadlines(s):
        if t.kind == "protokol":
            continue  # the meeting's own entry stands for it
        ident = hashlib.sha256(f"{key}|{'.'.join(map(str, t.loc))}".encode("utf-8")).hexdigest()[:32]
        event = [f"UID:{ident}@pismo", f"DTSTAMP:{stamp:%Y%m%d}T000000Z"]
        if t.time:
            start = _local(t.day, t.time)
            end = _local(t.day, t.end_time) if t.end_time else start + DEFAULT_LENGTH
            event += [f"DTSTART;TZID=Europe/Warsaw:{start:%Y%m%dT%H%M%S}",
                      f"DTEND;TZID=Europe/Warsaw:{end:%Y%m%dT%H%M%S}"]
        else:
            event += [f"DTSTART;VALUE=DATE:{t.day:%Y%m%d}",
                      f"DTEND;VALUE=DATE:{t.day + dt.timedelta(days=1):%Y%m%d}", "TRANSP:TRANSPARENT"]
        event.append(f"SUMMARY:{escape(('[wykonane] ' if t.done else '') + t.what)}")
        if t.place:
            event.append(f"LOCATION:{escape(t.place)}")
        event.append(f"DESCRIPTION:{escape(t.when() + (chr(10) + t.detail if t.detail else ''))}")
        events.append(event)
    return _calendar(events)


def meeting_ics(s: Sprawa, m: Spotkanie, loc: tuple = ()) -> bytes:
    start = _local(m.data, m.godzina)
    end = _local(m.data, m.godzina_zakonczenia) if m.godzina_zakonczenia else start + DEFAULT_LENGTH
    stamp = (m.zaproszenie.data if m.zaproszenie and m.zaproszenie.data else m.data)
    agenda = "\n".join(f"{n}. {item}" for n, item in enumerate(m.porzadek, 1))
    organizer = s.osoby.sporzadzajacy()[0][1]  # of several officers, the first
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//pismo//Plan dzialania priorytetowego//PL",
        "CALSCALE:GREGORIAN", "METHOD:PUBLISH", *VTIMEZONE,
        "BEGIN:VEVENT",
        f"UID:{uid(s, m)}",
        f"DTSTAMP:{stamp:%Y%m%d}T000000Z",
        f"DTSTART;TZID=Europe/Warsaw:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Europe/Warsaw:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{escape('Spotkanie w sprawie ' + topic(m.temat))}",
        f"LOCATION:{escape(m.miejsce.nazwa + ', ' + m.miejsce.adres)}",
        f"DESCRIPTION:{escape('Porządek spotkania:' + chr(10) + agenda)}",
    ]
    if organizer.email:
        name = organizer.ranked().replace('"', "'")
        lines.append(f'ORGANIZER;CN="{name}":mailto:{organizer.email}')
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
