"""A page holding several plans (a komisariat's page, one block per district) → one block of lines per plan.

A plan begins at its title, or where the five headings start again from the first; the short
lines right above that name whose plan follows ("Rejon służbowy nr 2 – sierż. Ewa Lis, tel. …")
go with it. The page's own intro (the unit's name, the page title) is shared: every block after the
first gets it in front, so each plan reads the unit from it as the first one does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pismo.importer import header as hd
from pismo.importer.headings import is_title
from pismo.importer.lines import Line, quoted
from pismo.importer.recognise import (SIGNED, SIGNED_MANY, STAMP_ABOVE, STAMP_BELOW, chrome_line, heading_of,
                                      title_index)
from pismo.importer.sources import SourceError

MAX_PLANS = 1000  # plans in one source: a komenda's page of every district has some hundreds
MAX_SHARED_INTRO = 40  # lines of the page's intro copied before every plan after the first (the unit's name and
# the page's title stand right above the first plan; 1 000 lines of intro times 200 plans made 34 MB of cases)
_INTRODUCING = re.compile(r"(?:dzielnicow|rejon|posterun|komisariat|komend|zesp[oó]ł|rewir|kontakt)\w*\b", re.I)
_FUNCTION = re.compile(r"dzielnicow[ya]\b", re.I)


def split_plans(lines: list[Line]) -> list[list[Line]]:
    """The prepared lines of a source, one list per plan; a single plan (or none) stays one list."""
    sections = [None if chrome_line(line) else _section(line) for line in lines]
    first = next((i for i, section in enumerate(sections) if section), None)
    if first is None:
        return [lines]
    starts = _starts(lines, sections, first, _stamps(lines, first))
    if not starts:
        return [lines]
    if len(starts) + 1 > MAX_PLANS:
        raise SourceError(f"plik zawiera ponad {MAX_PLANS} planów (znaleziono {len(starts) + 1}) – podziel go na "
                          "mniejsze pliki, np. osobny dla każdego komisariatu, i zaimportuj każdy z nich")
    page = _shared(_page_intro(lines[:first]))
    ends = starts[1:] + [len(lines)]
    return [lines[:starts[0]]] + [page + lines[a:b] for a, b in zip(starts, ends)]


MAX_SHARED_LINE, MAX_SHARED_CHARS = 300, 6000  # the unit's name and the page's title are short lines


def _shared(intro: list[Line]) -> list[Line]:
    """The page's intro copied before every later plan: its last short lines, a few kilobytes in all (40 lines of
    50 000 characters times 40 plans made 84 MB of cases)."""
    shared, size = [], 0
    for line in reversed(intro[-MAX_SHARED_INTRO:]):
        size += len(line.text)
        if len(line.text) > MAX_SHARED_LINE or size > MAX_SHARED_CHARS:
            break
        shared.append(line)
    return shared[::-1]


def _section(line: Line) -> int | None:
    found = heading_of(line)
    return found[0].sections[0] if found else None


def _stamps(lines: list[Line], first: int) -> str:
    """Where the page's plans have their approval stamps: "above" – the first plan's stands above its title, so has
    every plan's; "below" – the last plan's stands under its signature at the page's end; "" – not told."""
    if _stamp_at(lines, max(-1, first - _HEAD_LINES), first) is not None:
        return "above"
    return "below" if _stamp_at(lines, max(first, len(lines) - 1 - _STAMP_LINES), len(lines)) is not None else ""


def _starts(lines: list[Line], sections: list[int | None], first: int, stamps: str) -> list[int]:
    """Where each plan after the first begins (indices into lines); one pass. Stamps: where the page's plans have
    their approval stamps (_stamps)."""
    starts: list[int] = []
    current = 1
    for i in range(first + 1, len(lines)):
        section = sections[i]
        floor = starts[-1] if starts else first
        if section is not None:
            if section == 1 and current >= 2 and _goes_on(sections, i):  # the headings start again, no title
                starts.append(_lead_in(lines, i, floor, stamps))
            current = section
        elif _title_of_next(lines, sections, i, current):
            starts.append(_lead_in(lines, i, floor, stamps))
            current = 0  # its first heading is no second restart
    return starts


def _goes_on(sections: list[int | None], at: int) -> bool:
    """A first heading that opens a plan: the next heading is a later section, not another first one."""
    return next((s for s in sections[at + 1:] if s is not None), 2) != 1


def _title_of_next(lines: list[Line], sections: list[int | None], at: int, current: int) -> bool:
    """A title line that opens another plan: its headings start again within the next few lines.

    "Plan działania priorytetowego dla rejonu nr 3 jest kontynuacją…" is a sentence of this plan.
    """
    line = lines[at]
    following = lines[at + 1].text if at + 1 < len(lines) else ""
    if line.cells or not is_title(line.text, following):
        return False
    later = next((s for s in sections[at + 1:at + 6] if s is not None), None)
    return later is not None and (later == 1 or later < current)


def _lead_in(lines: list[Line], at: int, floor: int, stamps: str) -> int:
    """The start of the plan whose title or first heading is at `at`: the introducing lines above go with it,
    never the signature (and the function under it) that ends the plan before – nor an approval stamp under that
    signature, unless the page's plans have theirs above their titles; where the page does not tell, that guess
    is said in both plans."""
    start = at
    while start - 1 > floor and _introduces(lines[start - 1]) and not _ends_previous(lines, start - 1):
        start -= 1
    label = _stamp_at(lines, max(floor, start - 1 - _STAMP_LINES), start)
    if label is None:
        return start
    if stamps == "above":
        return label
    end = next((i for i in range(label + 1, at) if hd.find_officer(lines[i].text)), label)  # its name ends it
    start = max(start, end + 1)
    if not stamps:
        _mark_guess(lines, label, start)
    return start


def _mark_guess(lines: list[Line], label: int, start: int) -> None:
    """A stamp between a plan's signature and the next plan's title on a page whose first plan has none above its
    title: given to the plan above – a guess, said in both plans (on the stamp's label and the next plan's first
    line) so that the officer confirms whose superior it names."""
    stamp = quoted(" ".join(line.text for line in lines[label:start] if line.text), 120)
    for at, note in ((label, STAMP_ABOVE), (start, STAMP_BELOW)):
        if at < len(lines):
            lines[at] = replace(lines[at], note="; ".join(filter(None, [lines[at].note, note.format(stamp)])))


# the approval stamp's label over a plan's title („ZATWIERDZAM”, „AKCEPTUJĘ DO REALIZACJI”)
_STAMP = re.compile(r"(?:zatwierdzam|akceptuję)(?:\s+do\s+realizacji)?\W*", re.I)
_STAMP_LINES = 6  # lines of a stamp under its label: its date's blank, the function's lines, the name
_HEAD_LINES = 20  # lines above the first plan's first heading its stamp may stand in: the unit, the title, the stamp


def _stamp_at(lines: list[Line], floor: int, start: int) -> int | None:
    """An approval stamp's label right above `start` (its function and name between), searched down to `floor`:
    the stamp is never cut between two plans."""
    for label in range(start - 1, floor, -1):
        if _STAMP.fullmatch(lines[label].text) and not lines[label].cells:
            return label
        if lines[label].cells or lines[label].listed or len(lines[label].text) > 150 or SIGNED.fullmatch(
                lines[label].text):
            break
    return None


def _ends_previous(lines: list[Line], at: int) -> bool:
    """The officer's name under a bare "Sporządził:", or the function line under a name: the plan above's."""
    before = lines[at - 1]
    signed = SIGNED.fullmatch(before.text)
    if signed and not signed.group("rest").strip():
        return True
    for back in range(at - 1, max(at - 9, -1), -1):  # "Sporządzili:" and the names and functions under it
        if SIGNED_MANY.fullmatch(lines[back].text):
            return True
        if not (hd.find_officer(lines[back].text) or _FUNCTION.match(lines[back].text)):
            break
    text = lines[at].text
    return bool(_FUNCTION.match(text)) and not hd.find_officer(text) and bool(signed or hd.find_officer(before.text))


def _introduces(line: Line) -> bool:
    """A short line naming whose plan follows: "Dzielnicowa rejonu nr 2 – sierż. Ewa Lis, tel. …"."""
    text = line.text
    if line.cells or line.listed or len(text) > 150 or SIGNED.fullmatch(text) or SIGNED_MANY.fullmatch(text) \
            or heading_of(line):
        return False
    if chrome_line(line) or hd.find_officer(text) or hd.find_phone(text):
        return True
    return bool(_INTRODUCING.match(text)) and not text.endswith(".")


def _page_intro(head: list[Line]) -> list[Line]:
    """The page's lines before the first plan's own: those naming a district, an officer or a phone are
    that plan's; the rest (the unit, the page's title) is every plan's."""
    at = title_index(head)
    start = len(head) if at is None else at
    while start > 0 and _own(head[start - 1]):
        start -= 1
    return head[:start]


def _own(line: Line) -> bool:
    text = line.text
    return not line.cells and len(text) <= 150 and bool(
        hd.find_district(text) or hd.find_officer(text) or hd.find_phone(text) or hd.find_email(text))
