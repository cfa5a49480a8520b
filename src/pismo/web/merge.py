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

from pismo.web import form, texts

NOT_FIELDS = {"csrf", "wersja", "akcja"}
IDENTIFIERS = (".id", ".dzialanie")  # the fields that name a list item (see _pairs)
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
    reordered: list[str] = field(default_factory=list)  # the lists whose items the disk put in another order


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
    """List items are compared with themselves, not with what stands at their index: the form's items by where
    they came from (form.ORIGIN), the disk's by their identifier or their unchanged content – an item moved in
    one tab is the same item in the other, and items added in both tabs are two items."""
    (base, _), (mine, _) = by_origin(_values(base_pairs)), by_origin(_values(mine_pairs))
    theirs, places, reordered = _matched(base, _values(theirs_pairs))
    for key in form.suggested(mine):  # a dictionary form shown pre-filled is not the user's change
        mine[key] = base.get(key)
    merge, where = Merge(), _Places(places)
    for key in dict.fromkeys([*theirs, *mine, *base]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        change = Change(key, b, m, t)
        if _same(m, b) or _same(m, t):
            chosen = t
            if not _same(m, t) and _told(key, b, t):
                merge.theirs.append(change)
        elif _same(t, b):
            chosen = m
            if _told(key, b, m):
                merge.mine.append(change)
        elif _shown(key):
            merge.conflicts.append(change)
            where.add(key, filled=False)
            continue
        else:
            chosen = m
        if chosen is not None:
            merge.fields.append((key, chosen))
            where.add(key)
    merge.reordered = [texts.describe(form.parse_path(head)) for head in reordered]
    return where.apply(merge)


def _told(key: str, before: str | None, after: str | None) -> bool:
    """A change the page lists: a field the user sees, not an empty field of an added item."""
    return _shown(key) and not (before is None and after == "")


def _same(a: str | None, b: str | None) -> bool:
    """Equal as the save reads them: a text area's leading and trailing line ends are no change (the page
    re-rendered after a list button shows a block text without its last line end)."""
    return a == b or (a is not None and b is not None and a.strip("\n") == b.strip("\n"))


def _lists(values: dict[str, str]) -> dict[str, dict[str, dict[str, str]]]:
    """Every list's items, in one pass over the values (a case's nested lists are many: one pass for each
    list made a conflict of 600 partners take minutes): head -> index -> {the rest of the posted name: value}."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for key, value in values.items():
        for match in _ANY_INDEX.finditer(key):
            out.setdefault(key[:match.start()], {}).setdefault(match.group(1), {})[key[match.end():]] = value
    return out


def _identifier(fields: dict[str, str]) -> str | None:
    """What names an item: its `id`, or the action a report's item is about (realizacja.dzialania)."""
    return next((fields[key] for key in IDENTIFIERS if fields.get(key)), None)


def _content(fields: dict[str, str]) -> tuple:
    """An item's values without its place in the file (form.ORIGIN): a moved item equals itself."""
    return tuple(sorted((key, value) for key, value in fields.items() if not key.endswith(form.ORIGIN)))


def _pairs(base: dict, theirs: dict) -> dict[str, str]:
    """The disk's items (index -> the base item's index): by identifier, then by unchanged content, then –
    when nothing on the disk moved – by place. Looked up, not compared pair by pair: lists may be long."""
    out: dict[str, str] = {}
    for how in (_identifier, _content):
        taken, left = set(out.values()), {}
        for k, fields in base.items():
            if k not in taken and (value := how(fields)) is not None:
                left.setdefault(value, []).append(k)
        for i, fields in theirs.items():
            found = left.get(how(fields), []) if i not in out else []
            if len(found) == 1 and found[0] not in taken:
                out[i] = found[0]
                taken.add(found[0])
    if len(base) == len(theirs) and all(i == k for i, k in out.items()):
        taken = set(out.values())
        out.update({i: i for i in theirs if i not in out and i in base and i not in taken})
    return out


def _matched(base: dict[str, str], theirs: dict[str, str]) -> tuple[dict[str, str], dict, list[str]]:
    """The disk's values named by the base's items (an item new on the disk is "[tN]"), where each item
    stands on the disk: (list, item) -> its index there, and the lists whose items the disk reordered."""
    out, pairs, places = {}, {}, {}
    base_lists, their_lists = _lists(base), _lists(theirs)
    for key, value in theirs.items():
        if key.endswith(form.ORIGIN):
            continue
        name, last = "", 0
        for match in _INDEX.finditer(key):
            head, raw = name + key[last:match.start()], key[:match.start()]
            if (head, raw) not in pairs:
                pairs[(head, raw)] = _pairs(base_lists.get(head, {}), their_lists.get(raw, {}))
            token = pairs[(head, raw)].get(match.group(1), f"t{match.group(1)}")
            places[(head, token)] = int(match.group(1))
            name, last = f"{head}[{token}]", match.end()
        out[name + key[last:]] = value
    return out, places, _reordered(pairs)


def _reordered(pairs: dict) -> list[str]:
    """The lists whose matched items stand in another order on the disk than in the base."""
    out = []
    for (head, _), matched in pairs.items():
        order = [int(k) for _, k in sorted(matched.items(), key=lambda pair: int(pair[0])) if k.isdigit()]
        if order != sorted(order) and head not in out:
            out.append(head)
    return out


class _Places:
    """The merged form's items numbered as they will stand: the disk's in the disk's order, then the others
    (added in the form, or gone from the disk) in the form's order; each with its index on the disk."""

    def __init__(self, places: dict) -> None:
        self.places = places
        self.order: dict[str, list[str]] = {}
        for head, token in sorted(places, key=places.get):
            self.order.setdefault(head, []).append(token)
        self.used: set[tuple[str, str]] = set()
        self.filled: set[tuple[str, str]] = set()  # items with a field whatever is chosen: their origin is posted
        self.present: dict[str, dict[str, int]] = {}  # head -> {token: number}, once all fields are added

    def add(self, key: str, filled: bool = True) -> None:
        for match in _TOKEN.finditer(key):
            head, token = key[:match.start()], match.group(1)
            self.used.add((head, token))
            if filled:
                self.filled.add((head, token))
            if token not in self.order.setdefault(head, []):
                self.order[head].append(token)

    def name(self, key: str) -> str:
        name, last = "", 0
        for match in _TOKEN.finditer(key):
            head, token = key[:match.start()], match.group(1)
            name += f"{key[last:match.start()]}[{self._index(head, token)}]"
            last = match.end()
        return name + key[last:]

    def _index(self, head: str, token: str) -> str:
        """The item's number in the merged list; an item in none of the merged fields (removed on disk and
        left by the user: only told) keeps the number the user saw it under."""
        present = self.present.get(head)
        if present is None:
            present = self.present[head] = {t: i for i, t in enumerate(
                t for t in self.order.get(head, []) if (head, t) in self.used)}
        return str(present[token]) if token in present else token.lstrip("+t")

    def apply(self, merge: Merge) -> Merge:
        renamed = lambda changes: [Change(self.name(c.key), c.base, c.mine, c.theirs) for c in changes]
        origins = [(self.name(f"{head}[{token}]") + form.ORIGIN, str(self.places.get((head, token), "")))
                   for head, token in sorted(self.filled)]
        return Merge([(self.name(k), v) for k, v in merge.fields] + origins, renamed(merge.conflicts),
                     renamed(merge.mine), renamed(merge.theirs), merge.reordered)


def untouched(base, pairs) -> frozenset[str]:
    """The paths of the fields, groups, lists and items of base whose every posted value is what the page showed
    for them: left by the user, they keep the file's text on a save (pismo.web.form.to_text) – a placeholder
    for a whole group, `1.10`, a list where the form has a one-line field are the file's, not the form's."""
    (shown, _), (given, moved) = by_origin(_values(form.posted(base))), by_origin(_values(pairs))
    for key in form.suggested(given):  # a dictionary form shown pre-filled is not the user's change
        given[key] = shown.get(key)
    seen: set[str] = set()
    touched: set[str] = set().union(*map(_above, moved))
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
    key = re.sub(r"\.__\w+$", "", key)
    return {key[:m.start()] for m in re.finditer(r"(?=[.\[])", key) if m.start()} | {key}


def by_origin(values: dict[str, str]) -> tuple[dict[str, str], set[str]]:
    """The posted values named by the items' places in the file the page came from (form.ORIGIN), so that an item
    moved by a button is compared with itself; an added item is "[+n]". Also the lists whose order changed."""
    out, moved, origins, used = {}, set(), {}, {}
    for key, value in values.items():
        if key.endswith(form.ORIGIN):
            continue
        name, last = "", 0
        for match in _INDEX.finditer(key):
            item = key[:match.end()]
            if item not in origins:
                origins[item] = _origin(values.get(item + form.ORIGIN, match.group(1)), match.group(1),
                                        used.setdefault(name + key[last:match.start()], set()))
            origin = origins[item]
            if origin != match.group(1):
                moved.add(name + key[last:match.start()])
            name += f"{key[last:match.start()]}[{origin}]"
            last = match.end()
        out[name + key[last:]] = value
    return out, moved


def _origin(posted: str, index: str, used: set[str]) -> str:
    """An item's origin as form.read_origin takes it: a plain number used once in its list; a forged,
    stale or repeated one makes the item an added one ("+n"), never a copy of another item."""
    if not (posted.isascii() and posted.isdigit() and len(posted) < 7) or str(int(posted)) in used:
        return f"+{index}"
    used.add(str(int(posted)))
    return str(int(posted))


_INDEX = re.compile(r"\[(\d+)\]")
_ANY_INDEX = re.compile(r"\[([^\]]+)\]")  # an item in the posted names or in by_origin's
_TOKEN = re.compile(r"\[([+t]?\d+)\]")  # an item in by_origin's and _matched's names
