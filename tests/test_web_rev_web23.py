"""Two tabs and one list: an item removed and another added on the disk are a removal and an addition, not one
item moved and rewritten – the form's edit of the removed item is asked as a restore, never written into the
colleague's new item, and no preselected answer deletes an item nobody removed (findings 2 and 10 of the
twenty-third web review, rev-web23, of issue 17)."""

from __future__ import annotations

import copy
import re

import pytest

from test_web_items import TEXT

from pismo.web import form, merge

PROTOCOL = "spotkania[0].protokol"
NEW = {"obecni": {"imie_nazwisko": "Nowa Osoba", "funkcja": "mieszkanka"},
       "ustalenia": {"tresc": "Nowe ustalenie A.", "odpowiedzialny": "Straż Miejska", "termin": "2026-09-30"},
       "przebieg": "A-KONIEC"}
EDIT = {"obecni": ("funkcja", "dzielnicowa rejonu XIII (B)"), "ustalenia": ("termin", "co tydzień"),
        "przebieg": (None, "B1")}


def _disk(name: str, removed: int, top: bool) -> list[tuple[str, str]]:
    """Tab A's save: item removed of the list name gone, a new item added at the top (or the end)."""
    data = form.load(TEXT)
    items = data["spotkania"][0]["protokol"][name]
    del items[removed]
    items.insert(0, copy.deepcopy(NEW[name])) if top else items.append(copy.deepcopy(NEW[name]))
    return form.posted(data)


def _without(posted: list[tuple[str, str]], head: str, k: int) -> list[tuple[str, str]]:
    """A post with item k of the list head removed, as the page sends it: later items renumbered, their origin
    (form.ORIGIN) kept."""
    out, item = [], re.compile(rf"{re.escape(head)}\[(\d+)\]")
    for key, value in posted:
        m = item.match(key)
        if m and int(m.group(1)) == k:
            continue
        if m and int(m.group(1)) > k:
            key = f"{head}[{int(m.group(1)) - 1}]{key[m.end():]}"
        out.append((key, value))
    return out


def _edited(name: str, k: int) -> list[tuple[str, str]]:
    """Tab B's save: item k of the list name edited."""
    field, value = EDIT[name]
    key = f"{PROTOCOL}.{name}[{k}]" + (f".{field}" if field else "")
    return [(n, value if n == key else v) for n, v in form.posted(form.load(TEXT))]


def _new_item(found: merge.Merge, name: str):
    """The merged form's item of the list name that holds the disk's new item's first value, as the form posts it:
    the text of a point, the shown fields of an item."""
    head, first = f"{PROTOCOL}.{name}", NEW[name] if name == "przebieg" else next(iter(NEW[name].values()))
    items: dict[str, dict[str, str]] = {}
    for key, value in found.fields:
        m = re.match(rf"{re.escape(head)}\[(\d+)\](?:\.(\w+))?$", key)
        if m and not (m.group(2) or "").startswith("__"):
            items.setdefault(m.group(1), {})[m.group(2) or ""] = value
    held = [fields for fields in items.values() if first in fields.values()]
    assert len(held) == 1, items
    return held[0][""] if name == "przebieg" else held[0]


@pytest.mark.parametrize("name, removed, top", [("obecni", 0, False), ("ustalenia", 0, False),
                                                ("przebieg", 0, False), ("przebieg", 3, True),
                                                ("ustalenia", 3, True), ("przebieg", 1, True)])
def test_the_forms_edit_of_an_item_the_disk_removed_is_a_restore_not_written_into_the_disks_new_item(name, removed, top):
    """Finding 2: the removed item and the new one were paired as „moved and rewritten”; „Twoja wersja” wrote
    the form's edit into the colleague's new item (a new attendee given the removed officer's function)."""
    base = form.posted(form.load(TEXT))
    found = merge.three_way(base, _edited(name, removed), _disk(name, removed, top))
    assert not found.conflicts and not found.unsure and not found.keep, found
    assert len(found.restore) == 1, found.restore
    assert f" {removed + 1} (" in found.restore[0].shown, found.restore  # the removed item, by its number
    assert _new_item(found, name) == NEW[name]  # the disk's new item, as the disk has it


@pytest.mark.parametrize("name, removed, top", [("obecni", 0, False), ("przebieg", 0, False),
                                                ("ustalenia", 3, True)])
def test_an_item_both_tabs_removed_is_not_the_disks_new_item(name, removed, top):
    """Finding 10: both tabs removed one item, the disk also added one; the new item was taken for the removed one
    changed on the disk, and the preselected „usuń cały element” deleted it."""
    base = form.posted(form.load(TEXT))
    found = merge.three_way(base, _without(base, f"{PROTOCOL}.{name}", removed), _disk(name, removed, top))
    assert not found.keep and not found.conflicts and not found.restore and not found.unsure, found
    assert _new_item(found, name) == NEW[name]
