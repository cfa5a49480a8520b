"""The twenty-first web review (rev-web21) of issue 17: an asked list item carries its origin through the conflict
page – a protocol point moved and edited in one tab while the disk (another tab) edited it is saved once, as
chosen, never lost with a neighbour written in its place twice."""

from __future__ import annotations

import html
import re

import pytest
from werkzeug.datastructures import MultiDict

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT
from test_web_rev_web14 import _tab
from test_web_rev_web16 import _words

from pismo.web import form, merge

POINTS = "spotkania[0].protokol.przebieg"
UP, DOWN = "gora:" + POINTS + "[{}]", "dol:" + POINTS + "[{}]"


def _points(text: str) -> list[str]:
    return list(form.load(text)["spotkania"][0]["protokol"]["przebieg"])


def _saved(web, disk_steps, form_steps, pick: int) -> tuple[list[str], str]:
    """Tabs A and B open the case; A does its steps and saves (the disk's change), then B; B's conflict page
    answered with each question's pick-th choice (0: „Twoja wersja”, 1: „Wersja z dysku”): the saved points."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], disk_steps) + [("akcja", "zapisz")])[0] == 303
    status, _, body = web.post("/sprawy/sprawa", _tab(web, tabs[1], form_steps) + [("akcja", "zapisz")])
    page = body.decode()
    assert status == 409 and "sprawdź, czy to ten sam element" in page, _words(page)[:2000]
    asked = dict.fromkeys(re.findall(r'type="radio" name="([^"]*)"', page))
    choose = {name: html.unescape(re.findall(rf'type="radio" name="{re.escape(name)}" value="([^"]*)"', page)[pick])
              for name in asked}
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(page, choose))
    assert status == 303, _words(body.decode())[:2000]
    return _points(path.read_text(encoding="utf-8")), page


P1, P2, P3, P4 = _points(TEXT)
SHAPES = {
    # finding 4's two tabs (t5.py): B moves point 4 up once and edits it, A edited it
    "up once": ([(f"{POINTS}[3]", "Z DYSKU")], [UP.format(3), (f"{POINTS}[2]", "Z FORMULARZA")],
                [P1, P2, "{}", P3]),
    # point 4 moved to the top (three clicks) and edited (t1.py pmv-move-edit-vs-edit4)
    "to the top": ([(f"{POINTS}[3]", "Z DYSKU")],
                   [UP.format(3), UP.format(2), UP.format(1), (f"{POINTS}[0]", "Z FORMULARZA")],
                   ["{}", P1, P2, P3]),
    # point 3 moved up once and edited, the disk edited it (pmv-up1-edit-vs-edit3)
    "point 3 up": ([(f"{POINTS}[2]", "Z DYSKU")], [UP.format(2), (f"{POINTS}[1]", "Z FORMULARZA")],
                   [P1, "{}", P2, P4]),
    # a point added and moved up above point 3, point 3 edited (pmv-add-up-edit4-vs-edit3)
    "added above": ([(f"{POINTS}[2]", "Z DYSKU")],
                    [f"dodaj:{POINTS}", (f"{POINTS}[4]", "NOWY"), UP.format(4), UP.format(3),
                     (f"{POINTS}[3]", "Z FORMULARZA")], [P1, P2, "NOWY", "{}", P4]),
    # moved down once and twice (pmv-down-edit-vs-edit, pmv-down2-edit-vs-edit1)
    "down once": ([(f"{POINTS}[0]", "Z DYSKU")], [DOWN.format(0), (f"{POINTS}[1]", "Z FORMULARZA")],
                  [P2, "{}", P3, P4]),
    "down twice": ([(f"{POINTS}[0]", "Z DYSKU")],
                   [DOWN.format(0), DOWN.format(1), (f"{POINTS}[2]", "Z FORMULARZA")], [P2, P3, "{}", P4]),
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("pick", [0, 1])
def test_a_point_moved_and_edited_while_the_disk_edited_it_is_saved_once_as_chosen(web, shape, pick):
    """Finding 4: the asked point had no origin on the conflict page, the save took its place for it – both
    versions lost, a neighbour written twice, whatever the answer."""
    disk_steps, form_steps, expected = SHAPES[shape]
    points, page = _saved(web, disk_steps, form_steps, pick)
    asked = re.findall(r'name="([^"]*)\.__pytanie"', page)
    assert asked and all(f'name="{key}{form.ORIGIN}"' in page for key in asked), asked
    chosen = ("Z FORMULARZA", "Z DYSKU")[pick]
    assert points == [point.format(chosen) for point in expected], points


def test_a_list_item_without_its_origin_mark_is_an_added_item_never_its_place():
    """The root of finding 4: an item posted without its mark took the origin of where it stands – moved up, the
    origin of the neighbour it displaced, whose text the save then wrote twice."""
    posted = MultiDict(form.posted(form.load(TEXT)))
    posted.setlist(f"{POINTS}[2]", ["NOWY"])
    del posted[f"{POINTS}[2]{form.ORIGIN}"]
    read = form.from_form(posted)["spotkania"][0]["protokol"]["przebieg"]
    assert [item.origin for item in read] == [0, 1, None, 3]
    assert merge.by_origin({"spotkania[0].__z": "0", f"{POINTS}[2]": "NOWY"})[0] == {f"{POINTS}[+2]": "NOWY"}


def test_an_origin_mark_left_alone_by_the_choices_is_dropped():
    """Every item of the conflict page posts its origin; an asked item whose every field was chosen absent leaves
    its mark alone – read, it would be an empty item."""
    posted = [(f"{POINTS}[0]{form.ORIGIN}", "0"), (f"{POINTS}[0]", merge.ABSENT),
              (f"{POINTS}[1]{form.ORIGIN}", "1"), (f"{POINTS}[1]", "tekst")]
    assert merge.chosen(posted) == posted[2:]


@pytest.mark.parametrize("disk_steps, told", [
    ([("jednostka.telefon", "47 855 10 99")], "usunięte (cały element)"),  # t1.py przebieg-rm-vs-phone
    ([(f"{POINTS}[1]", P2 + "\nDOPISANE Z DYSKU")], "usunięte w formularzu, a na dysku zmienione"),  # -rm-vs-edit
])
def test_a_removed_text_item_is_named_by_its_text(web, disk_steps, told):
    """Finding 3: a protocol point the form removed was „Punkt przebiegu „(pusty)” (wcześniej nr 2)” – a text item
    has its value at its own name, looked for only under its fields; named now by its text, on one line, short."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], disk_steps) + [("akcja", "zapisz")])[0] == 303
    status, _, body = web.post("/sprawy/sprawa", _tab(web, tabs[1], [f"usun:{POINTS}[1]"]) + [("akcja", "zapisz")])
    said = _words(body.decode())
    assert status == 409 and "(pusty)" not in said, said[:3000]
    named = f"Punkt przebiegu „{' '.join(P2.split())[:59]}…” (wcześniej nr 2)"
    assert re.search(re.escape(named) + r" ?[:–] " + re.escape(told), said), said[:3000]
