"""What the recogniser found: plain data, each piece with the reasons to check it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pismo.case.yamlio import MAX_ITEMS
from pismo.importer.dates import Period, Termin
from pismo.importer.header import Named, Officer
from pismo.importer.sources import SourceError


@dataclass
class Text:
    value: str
    notes: list[str] = field(default_factory=list)


@dataclass
class Action:
    opis: str | None  # None: the source gave only a deadline
    termin: Termin
    notes: list[str] = field(default_factory=list)
    podpunkty: list[str] = field(default_factory=list)  # sub-items: a)/b), nested bullets


@dataclass
class Partner:
    nazwa: str | None  # None: not recognisable; written as a placeholder
    komorki: list[str]
    zadania: str | None
    notes: list[str] = field(default_factory=list)


@dataclass
class Plan:
    title: str | None = None
    district: str | None = None
    districts: list[str] = field(default_factory=list)  # one plan for several districts: all their numbers
    area: str | None = None  # a plan without a district number: "gminy Dębina" („na terenie gminy Dębina”)
    period: Period | None = None
    unit: Named | None = None
    superior_unit: Named | None = None  # the komenda above a posterunek or komisariat, when the text names it
    team: Named | None = None
    department: Named | None = None
    officer: Officer | None = None
    officers: list[Officer] = field(default_factory=list)  # "Sporządzili:": everyone who prepared the plan
    officer_functions: dict[int, str] = field(default_factory=dict)  # officers[i]'s function line
    function: str | None = None  # the officer's function under the signature
    superior: Officer | None = None  # who approves the plan (the "ZATWIERDZAM" block)
    superior_lines: list[str] = field(default_factory=list)  # the function lines of that block
    phone: str | None = None
    email: str | None = None
    place: str | None = None  # the town of the place-and-date line, nominative as written
    date: dt.date | None = None  # the plan's date from that line
    dates: list = field(default_factory=list)  # (date, line, made) of every line dating the plan: see plan_date
    problem: list[Text] = field(default_factory=list)
    goal: list[Text] = field(default_factory=list)
    indicators: list = field(default_factory=list)  # pismo.importer.targets.Indicator: measures the goal states
    actions: list[Action] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    informing: list[Text] = field(default_factory=list)
    width: int = 0  # items.page_width of the text: where a hard-wrapped line ended at the page's edge
    found: set[int] = field(default_factory=set)  # sections whose heading the source has
    merged: list[tuple[int, ...]] = field(default_factory=list)  # headings written as one line
    section_notes: dict[int, list[str]] = field(default_factory=dict)
    unread_parts: set[int] = field(default_factory=set)  # parts holding an object whose content was not read
    field_notes: dict[str, list[str]] = field(default_factory=dict)  # "unit", "district", … → doubts
    ignored: list[str] = field(default_factory=list)  # page chrome and intro lines left out
    header_rows: list[str] = field(default_factory=list)  # tables' header rows ("Lp. | Działanie | Termin") left out
    signed: bool = False  # the officer was read from a "Sporządził:" line: a second one does not replace them
    checked_by: list[str] = field(default_factory=list)  # the name line of a checker's block („Sprawdził:”) the
    # superior was read from, with no approval above it: an approval's block below replaces it
    checking: str = ""  # the label of the checker's block being read („Sprawdził:”, „Opiniuję:”), else ""
    officer_line: str = ""  # the unlabelled line the officer was read from: listed when „Sporządził:” replaces it
    warnings: list[str] = field(default_factory=list)

    def note(self, section: int, text: str) -> None:
        self.section_notes.setdefault(section, []).append(text)


_PARTS = (("problem", "część 1 planu (opis problemu)"), ("goal", "część 2 planu (cel)"),
          ("actions", "część 3 planu (działania)"), ("partners", "część 4 planu (podmioty)"),
          ("informing", "część 5 planu (sposób informowania)"))


def check_parts(plan: Plan) -> None:
    """Refuse a part of more items than a case file may list, as soon as it has them: found only in the case
    file, 19 000 actions were refused after the whole import (half a minute)."""
    for name, what in _PARTS:
        if len(getattr(plan, name)) > MAX_ITEMS:
            raise too_many(what)


def check_lists(plan: Plan) -> None:
    """Every list the case file will hold, within what a case file may list; before it is written."""
    check_parts(plan)
    lists = [("lista mierników celu", plan.indicators), ("lista numerów rejonów", plan.districts),
             ("lista sporządzających plan", plan.officers)]
    lists += [(f"lista podpunktów działania {n}", a.podpunkty) for n, a in enumerate(plan.actions, 1)]
    lists += [(f"lista komórek podmiotu {n}", p.komorki) for n, p in enumerate(plan.partners, 1)]
    for what, items in lists:
        if len(items) > MAX_ITEMS:
            raise too_many(what)


def too_many(what: str) -> SourceError:
    """What (a singular noun: "lista …", "część …", as the verb "ma" needs) holds more items than a case file may."""
    return SourceError(f"{what} ma ponad {MAX_ITEMS} pozycji, a pismo czyta listy do tej długości (plan działania "
                       "ma ich kilka lub kilkanaście) – to nie wygląda na plan; sprawdź, czy to właściwy plik, albo "
                       "skopiuj do osobnego pliku tylko tekst planu, a zbyt długą listę skróć lub podziel – nic nie "
                       "zapisano")
