"""What the recogniser found: plain data, each piece with the reasons to check it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pismo.importer.dates import Period, Termin
from pismo.importer.header import Named, Officer


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
    problem: list[Text] = field(default_factory=list)
    goal: list[Text] = field(default_factory=list)
    indicators: list = field(default_factory=list)  # pismo.importer.targets.Indicator: measures the goal states
    actions: list[Action] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    informing: list[Text] = field(default_factory=list)
    found: set[int] = field(default_factory=set)  # sections whose heading the source has
    merged: list[tuple[int, ...]] = field(default_factory=list)  # headings written as one line
    section_notes: dict[int, list[str]] = field(default_factory=dict)
    field_notes: dict[str, list[str]] = field(default_factory=dict)  # "unit", "district", … → doubts
    ignored: list[str] = field(default_factory=list)  # page chrome and intro lines left out
    warnings: list[str] = field(default_factory=list)

    def note(self, section: int, text: str) -> None:
        self.section_notes.setdefault(section, []).append(text)
