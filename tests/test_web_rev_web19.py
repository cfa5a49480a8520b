"""The nineteenth web review (rev-web19) of issue 17: an item the form removed and the disk changed is one
whole-item question – „Wersja z dysku” keeps the disk's whole item, never one field as the item."""

from __future__ import annotations

import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT
from test_web_rev_web14 import _tab
from test_web_rev_web16 import _words

from pismo.web.form import load

MEETING = "spotkania[0]"
PEOPLE = f"{MEETING}.protokol.obecni"
AGREED = f"{MEETING}.protokol.ustalenia"
PRUNING = "Przycięcie żywopłotu wzdłuż placu zabaw"


def _pages(web, disk_steps, form_steps) -> tuple[str, dict]:
    """Tabs A and B open the case; A does its steps and saves (the disk's change), then B: B's conflict page (raw
    HTML) and the disk's data as A saved it."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], disk_steps) + [("akcja", "zapisz")])[0] == 303
    disk = load(path.read_text(encoding="utf-8"))
    status, _, body = web.post("/sprawy/sprawa", _tab(web, tabs[1], form_steps) + [("akcja", "zapisz")])
    assert status == 409, status
    return body.decode(), disk


def _saved(web, page: str, keep: bool) -> dict:
    """The case as saved from the conflict page: every whole-item question answered „zostaw, jak na dysku” (keep)
    or as offered (the form's removal)."""
    choose = {name: "" for name in re.findall(r'name="([^"]*__usuniete)" value=""', page)} if keep else {}
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(page, choose))
    assert status == 303, _words(body.decode())[:2000]
    return load((web.folder / "sprawa.yaml").read_text(encoding="utf-8"))


def _without(data: dict, path: str) -> dict:
    """data with the item at path (dotted, with [n]) removed."""
    *parts, last = re.findall(r"\w+|\[\d+\]", path)
    node = data
    for part in parts:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    del node[int(last[1:-1])]
    return data


SHAPES = {
    # the form removes an action, the disk changes its end date (rev-web19 #2, t2c.py rm-action)
    "action": ([("dzialania[0].termin.do", "2026-04-15")], ["usun:dzialania[0]"], "dzialania[0]",
               "Działanie „wniosek-do-prezydent” (wcześniej nr 1)"),
    # the form removes a whole meeting, the disk changes an ustalenie in it (t2.py rm-meeting-vs-edit)
    "meeting": ([(f"{AGREED}[1].termin", "2026-05-15")], [f"usun:{MEETING}"], MEETING,
                "Spotkanie „spotkanie-otwierajace” (wcześniej nr 1)"),
    # the form removes an attendee (no identifier), the disk changes his function
    "attendee": ([(f"{PEOPLE}[0].funkcja", "FUNKCJA Z DYSKU")], [f"usun:{PEOPLE}[0]"], f"{PEOPLE}[0]",
                 "Uczestnik „st. asp. Anna Zmyślona” (wcześniej nr 1)"),
    # the form removes an ustalenie, the disk changes its date
    "ustalenie": ([(f"{AGREED}[1].termin", "2026-05-15")], [f"usun:{AGREED}[1]"], f"{AGREED}[1]",
                  f"Ustalenie „{PRUNING}"),
    # the form removes a meeting, the disk adds an attendee to it
    "meeting, attendee added on disk": ([f"dodaj:{PEOPLE}"], [f"usun:{MEETING}"], MEETING,
                                        "Spotkanie „spotkanie-otwierajace” (wcześniej nr 1)"),
    # the form removes a meeting, the disk removes an attendee of it
    "meeting, attendee removed on disk": ([f"usun:{PEOPLE}[1]"], [f"usun:{MEETING}"], MEETING,
                                          "Spotkanie „spotkanie-otwierajace” (wcześniej nr 1)"),
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("keep", [False, True])
def test_an_item_the_form_removed_and_the_disk_changed_is_one_whole_item_question(web, shape, keep):
    """Finding 2: the form's removal of an item was split into boxes for the fields the disk changed in it, told
    nowhere else („Twoje zmiany z formularza (0)”), and „Wersja z dysku” wrote a stub – the action's new end date
    alone, a meeting of one ustalenie – neither the removal nor the disk's item."""
    disk_steps, form_steps, item, named = SHAPES[shape]
    page, disk = _pages(web, disk_steps, form_steps)
    words = _words(page)
    asked = words[words.index("Zmienione w obu miejscach"):words.index("Twoje zmiany z formularza")]
    assert f"{named}" in asked and "usunięte w formularzu, a na dysku zmienione" in asked, asked
    assert "Twoja wersja: (nie ma – usunięte)" not in words and "Nie da się pewnie ustalić" not in words, asked
    assert "Zmienione w obu miejscach – wybierz (1)" in words, asked
    saved = _saved(web, page, keep)
    assert saved == (disk if keep else _without(disk, item))


@pytest.mark.parametrize("keep", [False, True])
def test_a_list_the_form_emptied_while_the_disk_changed_an_item_is_asked_about_that_item(web, keep):
    """Finding 2, a list emptied: the form removed every ustalenie of the meeting, the disk changed one – asked
    whole; kept, the disk's item stays alone in the list, removed, the list is empty and the file still reads (an
    emptied block list under a key with a comment was written „ustalenia:  # termin…” / „[]” at column 0, the
    next two keys glued on one line: a file no reader could open)."""
    page, disk = _pages(web, [(f"{AGREED}[1].termin", "2026-05-15")], [f"usun:{AGREED}[0]"] * 4)
    assert "Zmienione w obu miejscach – wybierz (1)" in _words(page), _words(page)[:3000]
    saved = _saved(web, page, keep)
    protocol = disk["spotkania"][0]["protokol"]
    protocol["ustalenia"] = protocol["ustalenia"][1:2] if keep else []
    assert saved == disk


def test_an_emptied_list_under_a_commented_key_is_written_readable():
    """The list emptied (by the form or a merge) under a key with a comment on its line: `key: []` with the comment."""
    from pismo.web import form

    text = "p:\n  ustalenia:       # termin\n    - a: 1\n    - a: 2\n  protokolant: X\n  prowadzacy: Y\n"
    written, _ = form.to_text(text, {"p": {"ustalenia": [], "protokolant": "X", "prowadzacy": "Y"}})
    assert written == "p:\n  ustalenia: []    # termin\n  protokolant: X\n  prowadzacy: Y\n", written


FLOWS = {
    "quoted hash, comments in and after": "informowanie: ['Strona # KMP', \"Tablice #2\",  # uwaga w środku\n"
                                          "  Obchód]  # po nawiasie\n",
    "quoted hash, comment after": "informowanie: ['Strona # KMP',\n  Obchód]  # po nawiasie\n",
    "an address with #": "informowanie: [https://kmp.example.pl/#aktualnosci, # strona\n  Obchód]\n",
    "hours": "informowanie: [17:00, 18:00,  # godziny\n  Obchód]\n",
    "block text holding #": "informowanie: [Obchód,  # uwaga\n  Tablice]\nwnioski_uwagi: |\n  Nr # 5 i # 6\n",
}


@pytest.mark.parametrize("flow", FLOWS)
def test_an_untouched_flow_list_keeps_its_text_whatever_its_values_hold(web, flow):
    """Finding 1 (t7.py flow-hash-quoted, t7b.py flow-quoted-hash-only flow-url): a quoted „#” in the list was read
    as its comment and the real one after „]” never seen; a web address's „:” or an hour made ruamel's safe loader
    refuse the part – either way the untouched list was written on one line, its notes dropped, by a save of
    „Miejscowość”."""
    from test_web_rev_web16 import _save

    base = TEXT
    listed = base[base.index("informowanie:\n"):]
    listed = listed[:listed.index("\n", listed.index("  - Informowanie podczas spotkań")) + 1]
    data = base.replace(listed, FLOWS[flow], 1).encode()
    notice, saved = _save(web, data, lambda f: _replace(f, "jednostka.miejscowosc", "Wrzosogród-Zdrój"))
    changed = [(a, b) for a, b in zip(data.split(b"\n"), saved.split(b"\n")) if a != b]
    assert len(changed) == 1 and b"miejscowosc: Wrzosog" in changed[0][1], changed  # nothing else rewritten
    assert len(data.split(b"\n")) == len(saved.split(b"\n")) and "Nie zachowano" not in notice, notice


@pytest.mark.parametrize("text, found", [
    ("a: 'x # y'  # z\n", ["# z"]),
    ("a: \"x #y\" # z\n", ["# z"]),
    ("a: x#y\n", []),
    ("a: |\n  # nie komentarz\n# komentarz\n", ["# komentarz"]),
    ("a: [b, 'c # d']  # e\n", ["# e"]),
    ("a: [b,  # w środku\n  c]  # e\n", ["# e"]),
    ("# nad\na: b\n", ["# nad"]),
])
def test_comments_are_read_by_the_yaml_tokens(text, found):
    from pismo.web import layout

    assert layout._comments(text) == found


@pytest.mark.parametrize("blocker, named, what", [
    (".pismo-historia", "„.pismo-historia” jest plik", "file"),
    (".pismo-historia/sprawa", "„.pismo-historia/sprawa” jest plik", "file"),
    (".pismo-historia", "„.pismo-historia” jest dowiązanie symboliczne", "link"),
])
def test_a_history_folder_blocked_is_named_from_the_cases_folder(web, blocker, named, what):
    """Finding 3 (t10.py): a file where `.pismo-historia` should be was told as „/tmp/…/.pismo-historia: w miejscu
    folderu historii wersji jest plik …” – the server's full path, first, and no capital."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.miejscowosc", "Wrzosogród-Zdrój")
    place = web.folder / blocker
    place.parent.mkdir(exist_ok=True)
    if what == "link":
        place.symlink_to(web.folder.parent)
    else:
        place.write_text("kopia kolegi\n", encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    words = _words(body.decode())
    assert status == 500 and f"Nie zapisano – w folderze spraw w miejscu folderu historii wersji {named}" not in words
    assert f"W folderze spraw w miejscu folderu historii wersji {named}" in words, words[:1500]
    assert str(web.folder) not in words and path.read_text(encoding="utf-8") == TEXT


def test_an_item_told_unsure_is_numbered_as_the_questions_about_it(web):
    """Finding 2 (c): the notice „Nie da się pewnie ustalić…” numbered the item by the file about to be written
    („Ustalenie 2”, the disk removed ustalenie 1) right above its question numbered by the form („Ustalenie 3 ›
    Termin”) – one item, two numbers. (The disk removes ustalenie 2 – beside ustalenie 3, which it edits: since
    rev-web22 #3 an edited item alone between unchanged neighbours that keeps a value is surely itself.)"""
    page, _ = _pages(web, [f"usun:{AGREED}[1]", (f"{AGREED}[1].termin", "2026-06-01")],
                     [(f"{AGREED}[2].termin", "2026-07-01")])
    words = _words(page)
    notice = words[words.index("Nie da się pewnie ustalić"):words.index("Zmieniono go")]
    assert "Ustalenie 3 (Zamieszczenie informacji" in notice, notice
    assert "Ustalenie 3 › Termin – sprawdź, czy to ten sam element" in words, words[:3000]
