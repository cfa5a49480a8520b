"""A save that meets a changed file: a three-way merge of the form, field by field.

The page was loaded from one version of the case (the base); meanwhile the file
on disk changed (theirs), and the user changed the form (mine). All three are
compared as the page posts them (pismo.web.form.posted), one value per field:
a field only the user changed takes the user's value, a field only the disk
changed keeps the disk's, and a field changed on both sides differently is a
conflict the user decides. Nothing else of the form is written over the disk.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field, replace

from pismo.case.model import Sprawa
from pismo.web import form, texts

NOT_FIELDS = {"csrf", "wersja", "akcja", "bazowa", "formularz"}  # bazowa: an older page's; formularz: see app.FORM
IDENTIFIERS = (".id", ".dzialanie")  # the fields that name a list item (see _pairs)
NAMES = (*IDENTIFIERS, ".imie_nazwisko")  # what the page names an item by beside its number (an attendee: a name)
ABSENT = "\u2400brak"  # a choice's value for "the field is not there" (an item removed on one side)
LEFT_OUT = ".__usuniete"  # beside an item the disk removed and the form changed: "1" leaves it removed
ORDER = ".__kolejnosc"  # beside a list both sides reordered: its numbers in the order chosen, empty: as posted
ASKED = ".__pytanie"  # beside a field the conflict page asks about: the post must answer it (see unanswered)


def chosen(posted) -> list[tuple[str, str]]:
    """The posted pairs as the conflict page's choices make them: without a field chosen absent and every field
    of an item the user chose to leave removed (see Restore), a list's items in the order chosen (see Order)."""
    posted = [(key, value) for key, value in posted if value != ABSENT and not key.endswith(ASKED)]
    dropped = tuple(key[:-len(LEFT_OUT)] for key, value in posted if key.endswith(LEFT_OUT) and value == "1")
    posted = [(key, value) for key, value in posted if not key.endswith(LEFT_OUT)
              and not any(key == item or key.startswith(item + ".") for item in dropped)]
    orders = sorted(((key[:-len(ORDER)], value) for key, value in posted if key.endswith(ORDER)),
                    key=lambda pair: -len(pair[0]))  # a list in a list's item first: its name has the outer number
    posted = _origins_of_items_left([(key, value) for key, value in posted if not key.endswith(ORDER)])
    for head, value in orders:
        numbers = value.split(",") if re.fullmatch(r"\d+(,\d+)*", value) else []
        present = {match.group() for key, _ in posted if (match := re.match(re.escape(head) + r"\[\d+\]", key))}
        if sorted(numbers) == sorted(n[len(head) + 1:-1] for n in present):  # the list's own items, each once
            renumber = {f"{head}[{n}]": f"{head}[{place}]" for place, n in enumerate(numbers)}
            posted = [(_renumbered(key, head, renumber), value) for key, value in posted]
    return posted


def _origins_of_items_left(posted: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """posted without the origin mark (form.ORIGIN) of an item none of whose fields is left (each chosen absent):
    the page posts every item's origin, an asked one's too, and a mark alone would be read as an empty item."""
    items = {key[:m.end()] for key, _ in posted if not key.endswith(form.ORIGIN) for m in _INDEX.finditer(key)}
    return [(key, value) for key, value in posted if not key.endswith(form.ORIGIN) or key[:-len(form.ORIGIN)] in items]


def unanswered(posted) -> list[str]:
    """The fields the conflict page asked about that the post leaves unanswered (a script, an old browser or an
    edited page passes the radios' `required`): saved, such a field would be dropped from the file."""
    posted = list(posted)
    keys = {key for key, _ in posted}
    return [key[:-len(ASKED)] for key, _ in posted if key.endswith(ASKED) and key[:-len(ASKED)] not in keys]


def _renumbered(key: str, head: str, renumber: dict[str, str]) -> str:
    match = re.match(re.escape(head) + r"\[\d+\]", key)
    return renumber.get(match.group(), match.group()) + key[match.end():] if match else key


@dataclass(frozen=True)
class Change:
    key: str  # the posted name, a dotted path
    base: str | None  # None: the field was not there
    mine: str | None
    theirs: str | None
    unsure: bool = False  # an item the disk changed that cannot surely be told from its neighbours: no default
    path: str = ""  # the posted name where key is already in words (a restored item's change)
    label: str = ""  # key in words as the user's form numbers its items, with what names them (see _Labels)

    @property
    def where(self) -> str:
        return self.label or texts.describe(form.parse_path(self.key))

    def said(self, value: str | None) -> str | None:
        """A value as the page shows it: a checkbox's as the form's „tak” / „nie”, never the browser's „on” or
        its absence as „usunięte”; a text the file holds there (the form shows it in a text field) as written –
        shown as „tak”, the disk's „tak” typed in Notepad was a change told as none."""
        if form.is_checkbox(self.path or self.key):
            return "nie" if not value else "tak" if value == "on" else f"„{value}” (tekst zamiast zaznaczenia)"
        return value

    def steps(self, before: str | None, after: str | None) -> list[LineStep]:
        """A text of several lines changed, told part by part as the file will hold it („dodano wiersz 5: …”,
        „zmieniono akapit 2: …”): shown whole as old → new, an agenda run together read as if its last point had
        become its first, and the one point added was lost among the ones that stayed. Empty for a value of one
        line on both sides (shown as old → new)."""
        if before is None or after is None or ("\n" not in before and "\n" not in after):
            return []
        unit, old = form.parts(self.path or self.key, before)
        new = form.parts(self.path or self.key, after)[1]
        out: list[LineStep] = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if op == "replace" and i2 - i1 == j2 - j1:
                out += [LineStep("zmieniono", unit, j + 1, new[j], old[i])
                        for i, j in zip(range(i1, i2), range(j1, j2))]
                continue
            if op in ("replace", "delete"):
                out += [LineStep("usunięto", unit, i + 1, old[i]) for i in range(i1, i2)]
            if op in ("replace", "insert"):
                out += [LineStep("dodano", unit, j + 1, new[j]) for j in range(j1, j2)]
        return out


@dataclass(frozen=True)
class LineStep:
    """One line of a changed text of several lines: what happened to it, its number (in the text it stands in:
    the new one, or the old one for a line removed), its text, and for a changed line the text before."""
    what: str
    unit: str  # „wiersz” or „akapit”
    number: int
    text: str
    before: str | None = None


@dataclass(frozen=True)
class Restore:
    """An item the disk removed and the form changed: restored whole with the change, or left removed."""
    key: str  # the item's posted name in the merged form
    shown: str  # the item as the user saw it: its number in the page and what names it
    changes: tuple[Change, ...]  # the form's changes of it, named as the user saw them
    moved: tuple[str, ...] = ()  # the lists in it the form reordered, named as the user saw them
    group: bool = False  # a group of fields (a meeting's protocol), not a list item: see _groups_gone


@dataclass(frozen=True)
class Keep:
    """An item the form removed and the disk changed: removed, as the form has it, or kept whole as the disk has it
    (the mirror of Restore) – never one field of it written as the item."""
    key: str  # the item's posted name in the merged form
    shown: str  # the item as the user saw it: what it held and the number it had (see _dropped_shown)
    changes: tuple[Change, ...]  # the disk's changes of it, named within the item


@dataclass(frozen=True)
class Order:
    """A list both sides reordered: its items (what names them) in the disk's order and in the form's."""
    key: str  # the list's posted name in the merged form
    where: str
    form_order: str  # the merged list's numbers in the form's order: the choice's value (see chosen)
    disk: tuple[str, ...]
    form: tuple[str, ...]


@dataclass
class Merge:
    fields: list[tuple[str, str]] = field(default_factory=list)  # the merged form, conflicts left out
    conflicts: list[Change] = field(default_factory=list)
    mine: list[Change] = field(default_factory=list)  # applied on top of the disk's version
    theirs: list[Change] = field(default_factory=list)  # changed on disk only: kept
    reordered: list[str] = field(default_factory=list)  # the lists whose items the disk put in another order
    restore: list[Restore] = field(default_factory=list)
    keep: list[Keep] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # items changed on both sides, told from others only by place
    moved: list[str] = field(default_factory=list)  # the lists the form reordered: written in the form's order
    orders: list[Order] = field(default_factory=list)  # the lists reordered on both sides: the user chooses
    added: list[str] = field(default_factory=list)  # items the form added and left empty: written, told apart
    gone: list[str] = field(default_factory=list)  # items the disk removed (the form left them): told once each
    dropped: list[str] = field(default_factory=list)  # items the form removed (the disk left them): told once each

    @property
    def empty(self) -> bool:
        """Nothing to tell or ask: each change the form made the disk made too (another tab's, `pismo odmien`'s),
        so the disk's version already holds the form's – a page listing „(0)” on both sides would be untrue."""
        return not (self.conflicts or self.mine or self.theirs or self.reordered or self.restore or self.keep
                    or self.unsure
                    or self.moved or self.orders or self.added or self.gone or self.dropped)


def _values(pairs) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in pairs:
        if key not in NOT_FIELDS and key not in out and value != ABSENT:
            out[key] = value.replace("\r\n", "\n").replace("\r", "\n")
    return out


def _shown(key: str) -> bool:
    """A field the user sees (the hidden markers of lists and present keys follow their fields)."""
    return not key.rsplit(".", 1)[-1].startswith("__")


def three_way(base_pairs, mine_pairs, theirs_pairs, text_of=None) -> Merge:
    """List items are compared with themselves, not with what stands at their index: the form's items by where
    they came from (form.ORIGIN), the disk's by their identifier or their unchanged content – an item moved in
    one tab is the same item in the other, and items added in both tabs are two items. An item changed on
    both sides that only its place ties to the disk's is asked field by field, with nothing chosen; an item
    the disk removed and the form changed is restored whole or left removed, as the user chooses. text_of(version):
    this case's text of a version a restored item's marker names (see _restored_bases), or None."""
    form_at: dict[tuple[str, str], str] = {}
    (base, _), (mine, _) = by_origin(_values(base_pairs)), by_origin(_values(mine_pairs), form_at)
    restored_base = _restored_bases(mine, text_of) if text_of else {}
    for key in form.suggested(mine):  # a dictionary form shown pre-filled is not the user's change
        mine[key] = base.get(key)
    edited = _edited(base, mine)
    kept = {(key[:m.start()], m.group(1)) for key in mine for m in _TOKEN.finditer(key)}
    theirs, places, reordered, guessed = _matched(base, _values(theirs_pairs), edited, kept)
    mine, paired = _one_added(mine, theirs, restored_base)
    restored_base = {_renamed_item(key, paired): value for key, value in restored_base.items()
                     if _renamed_item(key, paired) != key}  # only a restore the disk also has (another tab's)
    mine, theirs, restored_base, places, nested = _restored_lists(mine, theirs, restored_base, places,
                                                                  set(paired.values()))
    order = _order(mine)
    shuffled = [head for head, tokens in order.items() if _shuffled(tokens)]
    unsure, removed = guessed & edited, _removed((edited | _holding(shuffled)) & kept, places, base)
    more_unsure, more_removed = _nested_changes(nested, restored_base, mine)
    unsure, removed, base_or_restored = unsure | more_unsure, removed | more_removed, {**restored_base, **base}
    merge, where, restored, blank = Merge(), _Places(places, order, set(shuffled) - set(reordered)), {}, {}
    disk_gone, gone = _removed({_split_item(key[:m.end()]) for key in base for m in _TOKEN.finditer(key)},
                               places, base), {}
    form_gone, dropped = _dropped(base, kept, places), {}
    disk_changed, kept_on_disk = _disk_changed(form_gone, base, theirs, reordered), {}
    unsure = {item for item in unsure if _within(f"{item[0]}[{item[1]}]", form_gone) is None}  # asked whole
    groups = _groups_gone(base, mine, theirs, places)
    removed, unsure = ({item for item in items if _group_of(f"{item[0]}[{item[1]}]", groups) is None}
                       for items in (removed, unsure))  # asked with the whole group
    for key in dict.fromkeys([*theirs, *mine, *base]):
        b, m, t = base.get(key, restored_base.get(key)), mine.get(key), theirs.get(key)
        item = _within(key, removed) or _group_of(key, groups)
        if item is not None:
            restored.setdefault(item, []).append(Change(key, b, m, t))
            continue
        if (item := _within(key, disk_changed)) is not None:
            kept_on_disk.setdefault(item, []).append(Change(key, b, m, t))
            if t is not None:  # the disk's whole item goes into the merged form: a choice may leave it out
                merge.fields.append((key, t))
                where.add(key)
            continue
        change = Change(key, b, m, t)
        if _same(m, b) or _same(m, t):
            chosen = t
            if not _same(m, t) and _told(key, b, t):
                if (item := _within(key, disk_gone)) is not None:
                    gone[item] = None  # the item told once, by what names it – not each field, the empty ones too
                else:
                    merge.theirs.append(change)
        elif _shown(key) and _within(key, unsure) is not None:
            merge.conflicts.append(Change(key, b, m, t, unsure=True))
            where.add(key)
            continue
        elif _same(t, b):
            chosen = m
            if m is None and (item := _within(key, form_gone)) is not None:
                dropped[item] = None  # the item told once, as the disk's removal is
            elif _told(key, b, m):
                merge.mine.append(change)
            elif _shown(key):
                blank[_added_item(key)] = None
        elif _shown(key):
            merge.conflicts.append(change)
            where.add(key)
            continue
        else:
            chosen = m
        if chosen is not None:
            merge.fields.append((key, chosen))
            where.add(key)
    in_restored = {head: item for head in shuffled
                   if (item := _within(head, removed) or _group_of(head, groups)) is not None}
    merge.restore = [_restore(item, changes, merge, where, [h for h, i in in_restored.items() if i == item],
                              base_or_restored, order) for item, changes in restored.items()]
    merge.reordered = [_described(head) for head in reordered if head not in shuffled
                       and _within(head, form_gone) is None]  # in an item the form removed: asked with it, or moot
    merge.moved = [_described(head) for head in shuffled if head not in reordered and head not in in_restored]
    merge.orders = _orders([head for head in shuffled if head in reordered], where, mine, theirs)
    told = {_added_item(change.key) for change in merge.mine}
    merge.added = [_described(item) for item in blank if item is not None and item not in told]
    labels = _Labels(form_at, places, (mine, theirs, base_or_restored))
    merge.unsure = [_unsure_shown(head, token, base_or_restored, theirs, labels.numbered)
                    for head, token in sorted(unsure)]  # numbered as the questions under it are
    merge.gone = [labels(f"{head}[{token}]") for head, token in gone]  # still in the form as sent: its number
    removed_shown = {item: _dropped_shown(*item, base, labels) for item in form_gone}
    merge.keep = [_keep(item, changes, removed_shown[item]) for item, changes in kept_on_disk.items()]
    asked = {item for c in merge.conflicts if (item := _within(c.key, form_gone)) is not None}
    merge.dropped = [removed_shown[item] for item in dropped if item not in asked]  # asked above, not promised
    for changes in (merge.mine, merge.theirs, merge.conflicts):
        changes[:] = [replace(c, label=_in_removed(c.key, form_gone, removed_shown) or labels(c.key)) for c in changes]
    return where.apply(merge)


def _disk_changed(form_gone: set, base: dict[str, str], theirs: dict[str, str],
                  reordered: list[str]) -> set[tuple[str, str]]:
    """The items the form removed in which the disk changed something the user sees – a field, an item of a list
    in it added, removed or moved: the removal and the disk's change are one question about the whole item."""
    out = {item for key in base.keys() | theirs.keys() if _shown(key) and not _same(base.get(key), theirs.get(key))
           and (item := _within(key, form_gone)) is not None}
    return out | {item for head in reordered if (item := _within(head, form_gone)) is not None}


def _keep(item: tuple[str, str], changes: list[Change], shown: str) -> Keep:
    """An item the form removed and the disk changed, with the disk's changes of it named within it: an item of a
    list in it the disk added or removed told once, by what names it, not field by field."""
    prefix = f"{item[0]}[{item[1]}]"
    sides = [{c.key: value for c in changes if (value := getattr(c, side)) is not None} for side in ("base", "theirs")]
    told, whole = [], {}
    for c in changes:
        if not _told(c.key, c.base, c.theirs) or _same(c.theirs, c.base):
            continue
        inner = next((c.key[:m.end()] for m in _TOKEN.finditer(c.key, len(prefix))
                      if not all(_holds(values, c.key[:m.end()]) for values in sides)), None)
        if inner is None:
            told.append(Change(_in_item(c.key, prefix), c.base, None, c.theirs, path=c.key))
        elif inner not in whole:
            whole[inner] = None
            base, theirs = (_item_name(_fields(values, inner)) if _holds(values, inner) else None for values in sides)
            told.append(Change(_in_item(inner, prefix), base, None, theirs))
    return Keep(prefix, shown, tuple(told))


def _holds(values: dict[str, str], item: str) -> bool:
    return any(key == item or key.startswith((item + ".", item + "[")) for key in values)


def _fields(values: dict[str, str], item: str) -> dict[str, str]:
    """An item's fields, named within it; an item that is itself a text (a protocol's point, a paragraph) under ""
    – looked for only under its fields, the paragraph was named „(pusty)”."""
    return {key[len(item):]: value for key, value in values.items()
            if key == item or key.startswith((item + ".", item + "["))}


def _in_item(key: str, prefix: str) -> str:
    """A name in words within the item it is in („Protokół spotkania › Uczestnik 2”)."""
    return _described(key).removeprefix(_described(prefix) + " › ")


def _in_removed(key: str, form_gone: set, shown: dict) -> str | None:
    """A field of an item the form removed, named through that item as its removal is named („Ustalenie
    „Przycięcie…” (wcześniej nr 2) › Termin”) – by the number it had, the form as sent gives it to the next item."""
    item = _within(key, form_gone)
    if item is None:
        return None
    prefix = f"{item[0]}[{item[1]}]"
    return shown[item] + _described(key).removeprefix(_described(prefix))


def _dropped(base: dict[str, str], kept: set, places: dict) -> set[tuple[str, str]]:
    """The items (list, item) the form removed that the disk still has (the outermost: an item in a removed one
    goes with it)."""
    items = {(key[:m.start()], m.group(1)) for key in base for m in _TOKEN.finditer(key)}
    return {(head, token) for head, token in items if (head, token) not in kept and (head, token) in places
            and all((head[:m.start()], m.group(1)) in kept for m in _TOKEN.finditer(head))}


class _Labels:
    """A name of by_origin's or _matched's in words, as the page names items everywhere: each item by its number in
    the user's form (an item the form no longer has: the number it had there, one only the disk has: its place
    on disk), the innermost one named also by its identifier or name – by the merged file's numbers an edited
    action was „Działanie 1” right above another „Działanie 1” listed as removed."""

    def __init__(self, form_at: dict[tuple[str, str], str], places: dict, sides: tuple[dict[str, str], ...]) -> None:
        self.form_at, self.places, self.names = form_at, places, {}
        for values in sides:
            for key, value in values.items():
                for suffix in NAMES:
                    if key.endswith(suffix) and value.strip():
                        self.names.setdefault((key[:-len(suffix)], suffix), value)

    def numbered(self, key: str) -> str:
        """The name with each item numbered as the user's form numbers it."""
        return self._numbered(key)[0]

    def _numbered(self, key: str) -> tuple[str, tuple[str, str] | None]:
        name, last, item = "", 0, None
        for match in _TOKEN.finditer(key):
            head, token = key[:match.start()], match.group(1)
            number = self.form_at.get((head, token))
            if number is None:
                number = str(self.places[(head, token)]) if token.startswith("t") and (head, token) in self.places \
                    else token.lstrip("+t")
            name += f"{key[last:match.start()]}[{number}]"
            last, item = match.end(), (key[:match.end()], name)
        return name + key[last:], item

    def __call__(self, key: str) -> str:
        name, item = self._numbered(key)
        words = texts.describe(form.parse_path(name))
        called = item and next((self.names[(item[0], s)] for s in NAMES if (item[0], s) in self.names), None)
        if not called:
            return words
        shown = texts.describe(form.parse_path(item[1]))
        return f"{shown} ({called}){words[len(shown):]}" if words.startswith(shown) else words


def _holding(heads) -> set[tuple[str, str]]:
    """The items (list, item) the given lists are in: a reorder of a list in an item is the user's change of it –
    in an item the disk removed it is the restore question, as a field's change is, never a promise of an order
    with nothing to put it on."""
    return {(head[:m.start()], m.group(1)) for head in heads for m in _TOKEN.finditer(head)}


def _added_item(key: str) -> str | None:
    """The outermost item the form added (by_origin's "+n") that a posted name is in, if any."""
    return next((key[:m.end()] for m in _TOKEN.finditer(key) if m.group(1).startswith("+")), None)


def _one_added(mine: dict[str, str], theirs: dict[str, str],
               restored: dict[str, str] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """The form's added items named as the disk's added item of the same identifier in the same list: one item,
    its fields compared and those added differently asked – two tabs that add (or restore) one action would
    otherwise write it twice under one id, each copy with one tab's edit, and every document be blocked. Also
    the names so changed (the form's item -> the disk's)."""
    added: dict[tuple[str, str], str] = {}
    for head, items in _lists(theirs).items():
        for token, fields in items.items():
            if token.startswith("t") and (name := _identifier(fields)) is not None:
                added.setdefault((head, name), token)
    renamed: dict[str, str] = {}
    for head, items in _lists(mine).items():
        for token, fields in items.items():
            name = _identifier(fields) if token.startswith("+") else None
            if name is not None and (head, name) in added:
                renamed[f"{head}[{token}]"] = f"{head}[{added.pop((head, name))}]"
    renamed.update(_same_restore(mine, theirs, restored or {}, set(renamed), set(renamed.values())))
    return ({_renamed_item(key, renamed): value for key, value in mine.items()} if renamed else mine), renamed


def _same_restore(mine: dict, theirs: dict, restored: dict, paired: set[str], taken: set[str]) -> dict[str, str]:
    """The form's restored items no identifier paired, each named as the disk's added item of its list that keeps
    most of the item's own fields as the version it came from had them (more than half): another tab's restore of
    it that also corrected its identifier – written otherwise as a second copy of the action."""
    donors, out = _lists(restored), {}
    for head, items in _lists(theirs).items():
        added = {token: _own(fields) for token, fields in items.items() if token.startswith("t")}
        for token, fields in donors.get(head, {}).items():
            item, donor = f"{head}[{token}]", set(_own(fields))
            if item in paired or f"{item}{form.RESTORED}" not in mine or not donor:
                continue
            shared, best = max(((len(donor & set(found)), t) for t, found in added.items()
                                if f"{head}[{t}]" not in taken), default=(0, None))
            if 2 * shared > len(donor):
                out[item] = f"{head}[{best}]"
                taken.add(out[item])
    return out


def _own(fields: dict[str, str]) -> tuple:
    """An item's own shown fields, without the items of its lists (named differently on each side)."""
    return tuple(pair for pair in _content(fields) if "[" not in pair[0] and _shown(pair[0]))


def _restored_lists(mine: dict, theirs: dict, restored: dict, places: dict, items: set[str]) -> tuple:
    """The lists inside an item both the form and the disk restored (another tab's restore saved first), their
    items paired with the version the item came from (restored, _restored_bases) on each side as any list's
    items are paired with the base (_pairs) and named by their place there – otherwise the form's attendee 1
    met no disk's item of its name: its edit asked against „usunięte” and written as a new nameless item. Also
    each such list's items: head -> (the version's, the disk's, the disk's paired by place only) – see
    _nested_changes."""
    nested: dict[str, tuple[set, set, set]] = {}
    while heads := [head for head, tokens in _lists(restored).items()
                    if any(head.startswith(item) for item in items) and any(t.startswith("+") for t in tokens)]:
        head = min(heads, key=len)  # an outer list first: the lists in its items are then named as its items
        before = _lists(restored)[head]
        names = {token: token.lstrip("+t") for token in before}
        plain = lambda items_: {token.lstrip("+t"): fields for token, fields in items_.items()}
        renames = []
        for side in (theirs, mine):
            found, guessed = _pairs(plain(before), plain(_lists(side).get(head, {})))
            tokens = {token.lstrip("+t"): token for token in _lists(side).get(head, {})}
            renames.append({f"{head}[{tokens[i]}]": f"{head}[{k}]" for i, k in found.items() if k in names.values()})
            if side is theirs:
                nested[head] = (set(names.values()), set(found.values()), {found[i] for i in guessed if i in found})
        theirs, mine = ({_renamed_item(key, renamed): value for key, value in side.items()}
                        for side, renamed in zip((theirs, mine), renames))
        restored = {_renamed_item(key, {f"{head}[{t}]": f"{head}[{n}]" for t, n in names.items()}): value
                    for key, value in restored.items()}
        places = {_split_item(_renamed_item(f"{h}[{t}]", renames[0])): at for (h, t), at in places.items()}
    return mine, theirs, restored, places, nested


def _nested_changes(nested: dict, restored: dict, mine: dict) -> tuple[set, set]:
    """The items of the lists inside a restored item (_restored_lists) that the form changed as the version the
    item came from had them, compared as any list's items are with the base (_matched, _removed): those the
    disk has only by their place (unsure: asked field by field, nothing chosen), and those the disk removed
    (another tab's restore without them: a Restore question) – paired by place only, the form's edit of a removed
    attendee was put on the disk's next attendee, that one written twice."""
    edited = {(head, token) for head, token in _edited(restored, mine) if head in nested}
    kept = {(head, token) for head, items in _lists(mine).items() if head in nested for token in items}
    unsure = {(head, token) for head, token in edited if token in nested[head][2]}
    removed = {(head, token) for head, token in edited & kept
               if token in nested[head][0] and token not in nested[head][1]}
    outermost = {item for item in removed if _within(f"{item[0]}[{item[1]}]", removed - {item}) is None}
    return unsure, outermost


def _split_item(key: str) -> tuple[str, str]:
    head, _, token = key[:-1].rpartition("[")
    return head, token


def _restored_bases(mine: dict[str, str], text_of) -> dict[str, str]:
    """The fields of each item the form restores (by_origin's names) as they were in the version its marker
    names: their base – a restore another tab saved first is then merged field by field as any item is (a field
    only that tab changed is its change), never asked as two additions against „(nie było)”, the form's copy
    of a field it never touched offered over the other tab's edit."""
    out: dict[str, str] = {}
    for key, marker in mine.items():
        path, _, version = marker.rpartition("@") if key.endswith(form.RESTORED) else ("", "", "")
        path = path.partition("#")[0]
        data = form.load(text) if path and (text := text_of(version)) else None
        if not isinstance(data, dict):
            continue
        prefix = key[:-len(form.RESTORED)]
        for name, value in _values(form.posted(data)).items():
            if name.startswith(path) and name[len(path):len(path) + 1] in (".", "[") \
                    and not name.endswith(form.ORIGIN):
                out[prefix + _INDEX.sub(r"[+\1]", name[len(path):])] = value  # items in it: added, as the form's
    return out


def _renamed_item(key: str, renamed: dict[str, str]) -> str:
    for old, new in renamed.items():
        if key.startswith(old) and key[len(old):len(old) + 1] in ("", ".", "["):
            return new + key[len(old):]
    return key


def _orders(heads: list[str], where: "_Places", mine: dict[str, str], theirs: dict[str, str]) -> list[Order]:
    """The lists both sides reordered, each with its items named in the disk's order and in the form's."""
    if not heads:
        return []
    items = _lists({**mine, **theirs})
    named = lambda head, side: tuple(_item_name(items.get(head, {}).get(t, {})) for t in where.order(head, side))
    return [Order(head, _described(head), "", named(head, False), named(head, True)) for head in heads]


def _order(values: dict[str, str]) -> dict[str, list[str]]:
    """Every list's items (by_origin's names) in the order the form posted them."""
    out: dict[str, dict[str, None]] = {}
    for key in values:
        for match in _TOKEN.finditer(key):
            out.setdefault(key[:match.start()], {})[match.group(1)] = None
    return {head: list(tokens) for head, tokens in out.items()}


def _shuffled(tokens: list[str]) -> bool:
    """Whether the form put the file's items of a list in another order (a removal or an addition does not)."""
    numbers = [int(t) for t in tokens if t.isdigit()]
    return numbers != sorted(numbers)


def _item_name(fields: dict[str, str]) -> str:
    """What names an item on the page by its content: its identifier (an attendee: the name), or its first
    field's value (a text item: its text), on one line."""
    fields = {key: value for key, value in fields.items() if _shown(key) and value.strip()}
    name = next((fields[key] for key in NAMES if key in fields), None) or next(iter(fields.values()), "(pusty)")
    name = " ".join(name.split())  # a paragraph's lines: one line of the page
    return name if len(name) <= 60 else name[:59] + "…"


def _dropped_shown(head: str, token: str, base: dict[str, str], labels: "_Labels") -> str:
    """An item the form removed, named by what it held and the number it had: the form as sent, which numbers
    every other line of the page, has it no more – by its old number it was „Ustalenie 2” right above the edit
    of the item that took that place, „Ustalenie 2 › Termin”."""
    prefix = f"{head}[{token}]"
    path = form.parse_path(_PLAIN.sub(r"[\1]", prefix))
    noun = texts.label(texts.schema_path(path[:-1]) + "[]")
    above = labels(prefix).rpartition(" › ")[0]  # the lists it is in, as every other line names them
    what = _item_name(_fields(base, prefix))
    return f"{above} › " * bool(above) + f"{noun} „{what}” (wcześniej nr {path[-1] + 1})"


def _edited(base: dict[str, str], mine: dict[str, str]) -> set[tuple[str, str]]:
    """The items (list, item) in which the form changed a field the user sees."""
    out = set()
    for key in mine.keys() | base.keys():
        if _shown(key) and not _same(mine.get(key), base.get(key)):
            out.update((key[:match.start()], match.group(1)) for match in _TOKEN.finditer(key))
    return out


def _removed(edited: set, places: dict, base: dict[str, str]) -> set[tuple[str, str]]:
    """The items the form changed (and kept: removed on both sides is no question) that the disk removed (the
    outermost: an item in a removed one goes with it)."""
    items = {(key[:match.start()], match.group(1)) for key in base for match in _TOKEN.finditer(key)}
    return {(head, token) for head, token in edited if (head, token) in items and (head, token) not in places
            and all((head[:m.start()], m.group(1)) in places for m in _TOKEN.finditer(head))}


def _within(key: str, items: set) -> tuple[str, str] | None:
    """The item of items that the posted name is in, if any."""
    return next(((key[:m.start()], m.group(1)) for m in _TOKEN.finditer(key)
                 if (key[:m.start()], m.group(1)) in items), None)


def _item_shown(head: str, token: str, base: dict[str, str], placed=None) -> str:
    """An item as the user saw it on the page: its place in words and what names it („Działanie 1 (wniosek…)”, an
    attendee by name, an item without either by its first field – „Uczestnik 1” alone did not say who);
    placed(name): its name in the merged form (_Places.name), numbered as the page's questions number it."""
    prefix = f"{head}[{token}]"
    fields = _fields(base, prefix)
    name = _item_name(fields) if any(_shown(key) and value.strip() for key, value in fields.items()) else None
    where = _described(placed(prefix) if placed else prefix)
    return f"{where} ({name})" if name else where


def _unsure_shown(head: str, token: str, base: dict[str, str], theirs: dict[str, str], placed) -> str:
    """An item tied to the disk's only by its place, with why nothing else ties them: numbered as the questions
    about its fields number it (placed: _Labels.numbered, the user's form) – by its place on disk it was
    „Ustalenie 3” in this sentence and „Ustalenie 2” in the question right under it, and by the merged file's
    „Ustalenie 2” above the question „Ustalenie 3 › Termin” (rev-web19 #2)."""
    prefix = f"{head}[{token}]."
    named = lambda values: _identifier({key[len(prefix) - 1:]: v for key, v in values.items() if key.startswith(prefix)})
    was, now = named(base), named(theirs)
    if was is None:
        why = "elementy tej listy nie mają identyfikatora"
    elif now is None:
        why = "na dysku usunięto mu identyfikator"
    elif now != was:
        why = f"na dysku zmieniono mu identyfikator na „{now}”"
    else:
        why = "ten sam identyfikator ma kilka elementów tej listy"
    return f"{_item_shown(head, token, base, placed)} – {why}"


def _described(key: str) -> str:
    """A name of by_origin's or _matched's in words, each item numbered as the user saw it."""
    return texts.describe(form.parse_path(_PLAIN.sub(r"[\1]", key)))


def _restore(item: tuple[str, str] | str, changes: list[Change], merge: Merge, where: "_Places",
             moved: list[str], before: dict[str, str], order: dict[str, list[str]]) -> Restore:
    """An item (or a group: its name, see _groups_gone) removed on disk: the form's whole item goes into the merged
    form (a choice may leave it out); moved: the lists in it the form reordered; before: the form's version before
    its changes, which names it; order: each list's items in the form's order (_order), its changes told so."""
    group = isinstance(item, str)
    prefix = item if group else f"{item[0]}[{item[1]}]"
    for change in changes:
        if change.mine is not None:
            merge.fields.append((change.key, change.mine))
            where.add(change.key)
    base = {c.key: c.base for c in changes if c.base is not None}
    was = base.get(prefix + ".id")  # its id before the form's changes: the donor's (form._donor)
    if not group and not _IN_ADDED.search(prefix):  # in an item another tab restored: its place is another's
        merge.fields.append((prefix + form.RESTORED, _PLAIN.sub(r"[\1]", prefix) + (f"#{was}" if was else "")))
    shown = _described(prefix) if group else _item_shown(*item, before)
    told = tuple(Change(_described(c.key).removeprefix(_described(prefix) + " › "), c.base, c.mine, None,
                        path=c.key)
                 for c in _in_page_order(changes, order, before) if _told(c.key, c.base, c.mine) and not _same(c.mine, c.base))
    return Restore(prefix, shown, told, tuple(_described(head).removeprefix(_described(prefix) + " › ")
                                              for head in moved), group)


def _in_page_order(changes: list[Change], order: dict[str, list[str]], before: dict[str, str]) -> list[Change]:
    """The changes in the order the page shows their fields: a group's fields in the form's (the model's) order, a
    list's items in the form's, an item the form removed where it stood before – they come in the order of the
    merged keys, which a browser's posting (inputs, then text areas) and the removed items' keys left jumbled."""
    was = _order(before)

    def place(change: Change) -> tuple:
        out, model = [], Sprawa
        for found in _PAGE_PART.finditer(change.key):
            if found.group("token") is not None:
                head = change.key[:found.start()]
                items = _interleave(order.get(head, []), was.get(head, []))
                out.append(items.index(found.group("token")) if found.group("token") in items else len(items))
                continue
            names = [spec.name for spec in form.specs(model)] if model is not None else []
            name = found.group("name")
            out.append(names.index(name) if name in names else len(names))
            model = next((spec.model for spec in form.specs(model) if spec.name == name), None) if name in names else None
        return tuple(out)
    return sorted(changes, key=place)


def _groups_gone(base: dict[str, str], mine: dict[str, str], theirs: dict[str, str], places: dict) -> set[str]:
    """The groups of fields (a meeting's „Protokół spotkania”, the report's „Realizacja”) the disk removed whole
    while the form changed a field in them, outermost: asked as a whole and restored as the form has it – merged
    field by field, the one field changed was written alone, a stub group that fails `pismo sprawdz`."""
    out: set[str] = set()
    changed = [key for key in mine.keys() | base.keys() if _shown(key) and not _same(mine.get(key), base.get(key))]
    if not changed:
        return out
    was, kept, left = _present(base), _present(mine), _present(theirs)
    for key in sorted(changed, key=len):
        for m in _GROUP_END.finditer(key):
            group = key[:m.start()]
            if _group_of(group, out) is None and group in was and group in kept and group not in left \
                    and all((group[:t.start()], t.group(1)) in places for t in _TOKEN.finditer(group)):
                out.add(group)
                break
    return out


def _present(values: dict[str, str]) -> set[str]:
    """The groups in the file a side posted: a field of one was there (the form's „__byla”) or a list in it has an
    item – an absent group is posted too, as empty fields."""
    out = set()
    for key in values:
        end = len(key) if key.endswith(".__byla") else key.rfind("[")
        out.update(key[:m.start()] for m in _GROUP_END.finditer(key, 0, max(end, 0)))
    return out


def _group_of(key: str, groups: set[str]) -> str | None:
    """The group of groups that the posted name is in (or is), if any."""
    return next((g for g in groups if key == g or key.startswith(g + ".") or key.startswith(g + "[")), None)


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


def _unnamed(fields: dict[str, str]) -> tuple | None:
    """An item's content but for what names it: an item renamed on one side is still itself."""
    if _identifier(fields) is None:
        return None
    return tuple(pair for pair in _content(fields) if pair[0] not in IDENTIFIERS)


def _pairs(base: dict, theirs: dict, edited: frozenset = frozenset(),
           kept: frozenset | None = None) -> tuple[dict[str, str], set[str]]:
    """The disk's items (index -> the base item's index): by identifier, then by unchanged content, then by the
    content but for the identifier (a renamed item), then – when nothing on the disk moved – by place; and the
    disk's items paired by place only (changed, so perhaps another item moved there). Looked up, not compared
    pair by pair: lists may be long."""
    out: dict[str, str] = {}
    for how in (_identifier, _content, _unnamed):
        taken, left = set(out.values()), {}
        for k, fields in base.items():
            if k not in taken and (value := how(fields)) is not None:
                left.setdefault(value, []).append(k)
        for i, fields in theirs.items():
            found = left.get(how(fields), []) if i not in out else []
            if len(found) == 1 and found[0] not in taken:
                out[i] = found[0]
                taken.add(found[0])
    guessed = set()
    if len(base) == len(theirs) and all(i == k for i, k in out.items()):
        taken = set(out.values())
        guessed = {i for i in theirs if i not in out and i in base and i not in taken}
        out.update({i: i for i in guessed})
    guessed |= _leftovers(base, theirs, out, edited, frozenset(base) if kept is None else kept)
    return out, guessed


def _leftovers(base: dict, theirs: dict, out: dict[str, str], edited: frozenset, kept: frozenset) -> set[str]:
    """The disk's items still unmatched, each paired (in place, out) with an unmatched base item of the same
    identifier (or none) between the same two surely matched neighbours (_stretches: a diff3-style alignment – an
    edited point between P2 and A4 is P3 or nothing, never a far item), best pair first: most values shared, then
    texts alike (difflib), then the same place in that stretch – a guess, so asked if the form changed it too: beside
    a removal, an addition or a move, an item changed on the disk is still one of the base's, never a new item with
    the base's told removed (and restored: written twice). Of identical copies the one the form changed and kept
    (edited, kept: the base's indexes), then one it kept: of two identical copies, one removed on the disk and one
    changed in the form, which is which cannot be told – asked, never offered as a restore of „the removed one”; of
    identical copies all but one of which the form removed, the disk's copy is surely the one the form kept: no
    guess, no question. One item left on each side after that, in different stretches: a moved and edited item,
    paired as a guess, only if it kept a value (a moved attendee's name); sharing nothing, they are a removal and
    an addition – the guess wrote the form's edit of the removed item into the colleague's new one, and an item
    both tabs removed deleted the new one (rev-web23 #2, #10)."""
    taken = set(out.values())
    unmatched, stretches, made = [k for k in base if k not in taken], _stretches(base, theirs, out), {}
    candidates, ratios = [], sum(len(stretches.get(i, ())) for i in theirs) <= 2500  # long lists: no difflib
    for i in (i for i in theirs if i not in out):
        name, empty = _identifier(theirs[i]), _unfilled(theirs[i])
        for k in stretches.get(i, ()):
            if _identifier(base[k]) == name and (not empty or _unfilled(base[k])):  # an empty row („Dodaj
                # uczestnika”, to fill in later) is no filled item's partner: nothing ties them
                candidates.append((_likeness(base[k], theirs[i], k in kept, k in edited, ratios), -abs(
                    stretches["rank"][("b", k)] - stretches["rank"][("t", i)]), i, k))
    for *_, i, k in sorted(candidates, key=lambda c: c[:2], reverse=True):
        if i not in made and k not in taken:
            made[i] = k
            taken.add(k)
    left, unpaired = [k for k in base if k not in taken], [i for i in theirs if i not in out and i not in made]
    if len(left) == len(unpaired) == 1 and _identifier(base[left[0]]) == _identifier(theirs[unpaired[0]]) \
            and _shares(base[left[0]], theirs[unpaired[0]]):
        made[unpaired[0]] = left[0]
    out.update(made)
    return {i for i, k in made.items() if not _sure(base, theirs, stretches, unmatched, kept, i, k)}


def _sure(base: dict, theirs: dict, stretches: dict, unmatched: list[str], kept: frozenset, i: str, k: str) -> bool:
    """A pair of _leftovers' no guess: the only identical copy the form kept, or the only two items between the
    same neighbours that still share a value (an ustalenie whose treść the disk changed: its termin and
    odpowiedzialny tie it)."""
    if [c for c in unmatched if c in kept and _content(base[c]) == _content(theirs[i])] == [k]:
        return True
    alone = stretches.get(i) == [k] and [j for j in theirs if stretches.get(j) == [k]] == [i]
    return alone and _shares(base[k], theirs[i])


def _shares(old: dict, new: dict) -> bool:
    """The two items still hold one value the user sees (not an empty one): something ties them besides place."""
    return any(_shown(key) and value for key, value in set(_content(old)) & set(_content(new)))


def _likeness(old: dict, new: dict, kept: bool, edited: bool, ratios: bool) -> tuple:
    """How surely the disk's item new is the base's old: values shared; for identical copies only, the one the form
    kept, then changed; texts alike (difflib ratio from one half up: less is chance)."""
    identical = _content(old) == _content(new)
    ratio = difflib.SequenceMatcher(None, _text(old), _text(new), autojunk=False).ratio() if ratios else 0
    return (len(set(_content(old)) & set(_content(new))), identical and kept, identical and edited,
            round(ratio, 2) if ratio >= 0.5 else 0)


def _text(fields: dict[str, str]) -> str:
    return "\n".join(value for key, value in sorted(fields.items()) if not key.endswith(form.ORIGIN))


def _stretches(base: dict, theirs: dict, out: dict[str, str]) -> dict:
    """Each unmatched disk item -> the unmatched base items between the same two anchors: the matched pairs that
    keep their order on both sides (the longest such run; an item the disk moved is no anchor). "rank": each
    unmatched item's place within its stretch, ("b", k) / ("t", i)."""
    pairs = sorted((_number(i), _number(k), i, k) for i, k in out.items() if i in theirs and k in base)
    anchors = _increasing(pairs)
    bounds = [(-1, -1)] + [(p[0], p[1]) for p in anchors] + [(10 ** 9, 10 ** 9)]
    matched = set(out.values())
    result: dict = {"rank": {}}
    for (ti, bi), (tj, bj) in zip(bounds, bounds[1:]):
        olds = sorted((k for k in base if k not in matched and bi < _number(k) < bj), key=_number)
        news = sorted((i for i in theirs if i not in out and ti < _number(i) < tj), key=_number)
        for rank, k in enumerate(olds):
            result["rank"][("b", k)] = rank
        for rank, i in enumerate(news):
            result["rank"][("t", i)] = rank
            result[i] = olds
    return result


def _increasing(pairs: list[tuple]) -> list[tuple]:
    """The longest run of pairs (sorted by their first number) whose second numbers increase too (patience
    sorting: lists may be long)."""
    tails, ends, before = [], [], {}
    for at, pair in enumerate(pairs):
        place = bisect.bisect_left(ends, pair[1])
        before[at] = tails[place - 1] if place else None
        if place == len(tails):
            tails.append(at), ends.append(pair[1])
        else:
            tails[place], ends[place] = at, pair[1]
    run, at = [], tails[-1] if tails else None
    while at is not None:
        run.append(pairs[at])
        at = before[at]
    return run[::-1]


def _unfilled(fields: dict[str, str]) -> bool:
    """An item with no value in any of its fields: nothing ties it to another item."""
    return not any(value for key, value in fields.items() if _shown(key) and value != "0")


def _number(index: str) -> int:
    return int(index) if index.isdigit() else -1


def _matched(base: dict[str, str], theirs: dict[str, str], edited: set = frozenset(),
             kept: set | None = None) -> tuple[dict[str, str], dict, list[str], set]:
    """The disk's values named by the base's items (an item new on the disk is "[tN]"), where each item
    stands on the disk: (list, item) -> its index there, the lists whose items the disk reordered, and the
    items (list, item) tied to the disk's only by their place (see _pairs; edited: the items the form changed,
    kept: the items the form still has – None: all)."""
    out, pairs, places, guessed = {}, {}, {}, set()
    base_lists, their_lists, mine, present = _lists(base), _lists(theirs), {}, {}
    for list_, token in edited:
        mine.setdefault(list_, set()).add(token)
    for list_, token in kept or ():
        present.setdefault(list_, set()).add(token)
    for key, value in theirs.items():
        if key.endswith(form.ORIGIN):
            continue
        name, last = "", 0
        for match in _INDEX.finditer(key):
            head, raw = name + key[last:match.start()], key[:match.start()]
            if (head, raw) not in pairs:
                pairs[(head, raw)] = _pairs(base_lists.get(head, {}), their_lists.get(raw, {}),
                                            frozenset(mine.get(head, ())),
                                            None if kept is None else frozenset(present.get(head, ())))
            matched, by_place = pairs[(head, raw)]
            token = matched.get(match.group(1), f"t{match.group(1)}")
            places[(head, token)] = int(match.group(1))
            if match.group(1) in by_place:
                guessed.add((head, token))
            name, last = f"{head}[{token}]", match.end()
        out[name + key[last:]] = value
    return out, places, _reordered({key: matched for key, (matched, _) in pairs.items()}), guessed


def _reordered(pairs: dict) -> list[str]:
    """The lists whose matched items stand in another order on the disk than in the base."""
    out = []
    for (head, _), matched in pairs.items():
        order = [int(k) for _, k in sorted(matched.items(), key=lambda pair: int(pair[0])) if k.isdigit()]
        if order != sorted(order) and head not in out:
            out.append(head)
    return out


class _Places:
    """The merged form's items numbered as they will stand: in the disk's order – or in the form's, where only
    the form reordered the list – the other side's items each after the item it followed there; each item with
    its index on the disk."""

    def __init__(self, places: dict, mine: dict[str, list[str]], form_first: set[str]) -> None:
        self.places, self.mine, self.form_first = places, mine, form_first
        self.disk: dict[str, list[str]] = {}
        for head, token in sorted(places, key=places.get):
            self.disk.setdefault(head, []).append(token)
        self.used: set[tuple[str, str]] = set()  # the merged form's items: each posts its origin
        self.present: dict[str, dict[str, int]] = {}  # head -> {token: number}, once all fields are added

    def add(self, key: str) -> None:
        for match in _TOKEN.finditer(key):
            self.used.add((key[:match.start()], match.group(1)))

    def order(self, head: str, form_first: bool) -> list[str]:
        """The list's merged items, in the form's or in the disk's order."""
        sides = (self.mine.get(head, []), self.disk.get(head, []))
        out = _interleave(*(sides if form_first else sides[::-1]))
        return [t for t in out if (head, t) in self.used]

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
            present = self.present[head] = {t: i for i, t in enumerate(self.order(head, head in self.form_first))}
        return str(present[token]) if token in present else token.lstrip("+t")

    def _origin(self, head: str, token: str, donors: tuple[str, ...]) -> str:
        """An item's origin in the merged form: its index on disk; inside an item the disk removed and the form
        restores, its index in that item as the page had it – the restored item takes its text from there
        (form.give_donors), so its adresat keeps its comment and the order of its keys; without it the item
        was written as a new one."""
        if head.startswith(donors) and token.isdigit():
            return token
        return str(self.places.get((head, token), ""))

    def form_order(self, head: str) -> str:
        """The merged list's numbers in the form's order (a choice's value, see chosen)."""
        return ",".join(self._index(head, t) for t in self.order(head, True))

    def apply(self, merge: Merge) -> Merge:
        renamed = lambda changes: [replace(c, key=self.name(c.key)) for c in changes]
        donors = tuple(r.key + "." for r in merge.restore)
        origins = [(self.name(f"{head}[{token}]") + form.ORIGIN, self._origin(head, token, donors))
                   for head, token in sorted(self.used)]  # an asked item's too: never guessed by place
        restore = [replace(r, key=self.name(r.key)) for r in merge.restore]
        keep = [replace(k, key=self.name(k.key)) for k in merge.keep]
        orders = [Order(self.name(o.key), o.where, self.form_order(o.key), o.disk, o.form) for o in merge.orders]
        fields = sorted([(self.name(k), v) for k, v in merge.fields] + origins, key=lambda pair: _in_order(pair[0]))
        return Merge(fields, renamed(merge.conflicts),
                     renamed(merge.mine), renamed(merge.theirs), merge.reordered, restore, keep, merge.unsure,
                     merge.moved, orders, merge.added, merge.gone, merge.dropped)


def _in_order(key: str) -> tuple:
    """A posted name's place among the merged form's fields: each list's items in their merged order, as a browser
    posts a form – a restored item's fields, merged last, would otherwise tell a second conflict page (where the
    item counts as the form's addition) that the form put it at the list's end."""
    parts = _INDEX.split(key)
    return tuple(int(part) if at % 2 else part for at, part in enumerate(parts))


def _interleave(first: list[str], second: list[str]) -> list[str]:
    """first's items, and second's that first lacks each after the item it follows in second and after the
    items only first has that follow that one (two tabs that each appended an item: first's, then second's)."""
    out, seen, others, after = list(first), set(first), set(second), None
    for token in second:
        if token not in seen:
            place = out.index(after) + 1 if after is not None else 0
            while place < len(out) and out[place] not in others:
                place += 1
            out.insert(place, token)
            seen.add(token)
        after = token
    return out


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


def by_origin(values: dict[str, str], form_at: dict | None = None) -> tuple[dict[str, str], set[str]]:
    """The posted values named by the items' places in the file the page came from (form.ORIGIN), so that an item
    moved by a button is compared with itself; an added item is "[+n]". Also the lists whose order changed;
    form_at gets each item's (list, origin) -> its index in the posted form."""
    out, moved, origins, used = {}, set(), {}, {}
    for key, value in values.items():
        if key.endswith(form.ORIGIN):
            continue
        name, last = "", 0
        for match in _INDEX.finditer(key):
            item = key[:match.end()]
            if item not in origins:
                origins[item] = _origin(values.get(item + form.ORIGIN, ""), match.group(1),
                                        used.setdefault(name + key[last:match.start()], set()))
            origin = origins[item]
            if form_at is not None:
                form_at[(name + key[last:match.start()], origin)] = match.group(1)
            if origin != match.group(1):
                moved.add(name + key[last:match.start()])
            name += f"{key[last:match.start()]}[{origin}]"
            last = match.end()
        out[name + key[last:]] = value
    return out, moved


def _origin(posted: str, index: str, used: set[str]) -> str:
    """An item's origin as form._read_origin takes it (form.origin_number): a missing, forged or stale one makes
    the item an added one ("+n"), never a copy of another item; one repeated in its list is never saved
    (form.repeated_origin refuses the post)."""
    number = form.origin_number(posted)
    if number is None or str(number) in used:
        return f"+{index}"
    used.add(str(number))
    return str(number)


_INDEX = re.compile(r"\[(\d+)\]")
_ANY_INDEX = re.compile(r"\[([^\]]+)\]")  # an item in the posted names or in by_origin's
_TOKEN = re.compile(r"\[([+t]?\d+)\]")  # an item in by_origin's and _matched's names
_PLAIN = re.compile(r"\[[+t]?(\d+)\]")
_PAGE_PART = re.compile(r"(?P<name>[^.\[\]]+)|\[(?P<token>[+t]?\d+)\]")  # a posted name's fields and items
_GROUP_END = re.compile(r"(?<=[^\]])\.")  # a dot after a name: what stands before it is a group of fields
_IN_ADDED = re.compile(r"\[t\d+\]")  # an item the disk added (another tab's restore)
