"""A save that meets a changed file: a three-way merge of the form, field by field.

The page was loaded from one version of the case (the base); meanwhile the file
on disk changed (theirs), and the user changed the form (mine). All three are
compared as the page posts them (pismo.web.form.posted), one value per field:
a field only the user changed takes the user's value, a field only the disk
changed keeps the disk's, and a field changed on both sides differently is a
conflict the user decides. Nothing else of the form is written over the disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pismo.case.problems import dotted
from pismo.web import form, texts

NOT_FIELDS = {"csrf", "wersja", "akcja"}
ABSENT = "\u2400brak"  # a choice's value for "the field is not there" (an item removed on one side)


def without_absent(posted):
    """The posted pairs without the fields a choice removed."""
    return [(key, value) for key, value in posted if value != ABSENT]


@dataclass(frozen=True)
class Change:
    key: str  # the posted name, a dotted path
    base: str | None  # None: the field was not there
    mine: str | None
    theirs: str | None

    @property
    def where(self) -> str:
        return texts.describe(form.parse_path(self.key))


@dataclass
class Merge:
    fields: list[tuple[str, str]] = field(default_factory=list)  # the merged form, conflicts left out
    conflicts: list[Change] = field(default_factory=list)
    mine: list[Change] = field(default_factory=list)  # applied on top of the disk's version
    theirs: list[Change] = field(default_factory=list)  # changed on disk only: kept


def _values(pairs) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in pairs:
        if key not in NOT_FIELDS and key not in out and value != ABSENT:
            out[key] = value.replace("\r\n", "\n").replace("\r", "\n")
    return out


def _shown(key: str) -> bool:
    """A field the user sees (the hidden markers of lists and present keys follow their fields)."""
    return not key.rsplit(".", 1)[-1].startswith("__")


def three_way(base_pairs, mine_pairs, theirs_pairs) -> Merge:
    base, mine, theirs = _values(base_pairs), _values(mine_pairs), _values(theirs_pairs)
    for key in form.suggested(mine):  # a dictionary form shown pre-filled is not the user's change
        mine[key] = base.get(key)
    merge = Merge()
    for key in dict.fromkeys([*theirs, *mine, *base]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        change = Change(key, b, m, t)
        if m == b or m == t:
            chosen = t
            if m != t and _shown(key):
                merge.theirs.append(change)
        elif t == b:
            chosen = m
            if _shown(key):
                merge.mine.append(change)
        elif _shown(key):
            merge.conflicts.append(change)
            continue
        else:
            chosen = m
        if chosen is not None:
            merge.fields.append((key, chosen))
    return merge


def untouched(base, pairs) -> frozenset[str]:
    """The paths of the fields, groups, lists and items of base whose every posted value is what the page showed
    for them: left by the user, they keep the file's text on a save (pismo.web.form.to_text) – a placeholder
    for a whole group, `1.10`, a list where the form has a one-line field are the file's, not the form's."""
    shown, given = _values(form.posted(base)), _values(pairs)
    for key in form.suggested(given):  # a dictionary form shown pre-filled is not the user's change
        given[key] = shown.get(key)
    seen: set[str] = set()
    touched: set[str] = set()
    for key in shown.keys() | given.keys():
        if key.endswith(form.SUGGESTED):
            continue
        above = _above(key)
        seen |= above
        if shown.get(key) != given.get(key):
            touched |= above
    return frozenset(seen - touched)


def _above(key: str) -> set[str]:
    """A posted name's field and every group, list and item it is in ("a[0].b.__byla": a, a[0], a[0].b)."""
    loc = form.parse_path(re.sub(r"\.__\w+$", "", key))
    return {dotted(loc[:i]) for i in range(1, len(loc) + 1)}
