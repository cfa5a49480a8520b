"""The twenty-second web review (rev-web22) of issue 17: the disk's id-less list items (protocol points, ustalenia,
attendees) are paired with the page's by position and content – a removal or an addition above never shifts an
edit into another item, loses one or writes one twice."""

from __future__ import annotations

import copy
import datetime
import html
import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT
from test_web_rev_web14 import _tab
from test_web_rev_web16 import _words

from pismo import api
from pismo.web import form

PB = "spotkania[0].protokol.przebieg"
US = "spotkania[0].protokol.ustalenia"
OB = "spotkania[0].protokol.obecni"
UP, RM, ADD = "gora:{}[{}]".format, "usun:{}[{}]".format, "dodaj:{}".format
P1, P2, P3, P4 = form.load(TEXT)["spotkania"][0]["protokol"]["przebieg"]
P3D = P3.strip() + " – DYSK2"


def _saved(web, a_steps, b_steps, picks: str) -> tuple[dict, str]:
    """Tabs A and B open the case; A does its steps and saves, then B; B's conflict page (if any) answered with
    picks, one digit per radio group in the page's order (0: the first choice). The saved meeting's protocol."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], a_steps) + [("akcja", "zapisz")])[0] == 303
    status, _, body = web.post("/sprawy/sprawa", _tab(web, tabs[1], b_steps) + [("akcja", "zapisz")])
    page = body.decode()
    assert status == 409, _words(page)[:2000]  # the disk changed: a page to confirm, with picks' questions
    asked = list(dict.fromkeys(re.findall(r'type="radio" name="([^"]*)"', page)))
    assert len(asked) == len(picks), (asked, _words(page)[:3000])
    choose = {name: html.unescape(re.findall(rf'type="radio" name="{re.escape(name)}" value="([^"]*)"',
                                             page)[int(pick)]) for name, pick in zip(asked, picks)}
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(page, choose))
    assert status == 303, _words(body.decode())[:2000]
    return form.load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"], page


def _points(protocol: dict) -> list[str]:
    return [point.strip() for point in protocol["przebieg"]]


P = [p.strip() for p in (P1, P2, P3, P4)]
SHAPES = {
    # the plainest: A edits point 1 and removes point 4, B edits point 4 – a restore box for point 4
    "rm4-edit1-vs-edit4": ([(f"{PB}[0]", "P1 DYSK"), RM(PB, 3)], [(f"{PB}[3]", "P4 FORM")],
                           {"0": ["P1 DYSK", P[1], P[2], "P4 FORM"], "1": ["P1 DYSK", P[1], P[2]]}),
    # A removes point 1, edits 3 and 4; B moves point 4 up and edits it – point 4 asked, point 3 the disk's
    "rm1-edit34-vs-up4-edit": ([(f"{PB}[3]", "A4"), (f"{PB}[2]", P3D), RM(PB, 0)], [UP(PB, 3), (f"{PB}[2]", "B4")],
                               {"0": [P[1], "B4", P3D], "1": [P[1], "A4", P3D]}),
    # A removes point 1 and edits 3; B moves 4 up and edits it: nothing to ask
    "rm1-edit3-vs-up4-edit": ([(f"{PB}[2]", "P3 DYSK2"), RM(PB, 0)], [UP(PB, 3), (f"{PB}[2]", "B4")],
                              {"": [P[1], "B4", "P3 DYSK2"]}),
    # A removes point 1 and edits 3; B edits 1 – a restore box for point 1, point 3 the disk's
    "rm1-edit3-vs-edit1": ([(f"{PB}[2]", "P3 DYSK2"), RM(PB, 0)], [(f"{PB}[0]", "P1 FORM")],
                           {"0": ["P1 FORM", P[1], "P3 DYSK2", P[3]], "1": [P[1], "P3 DYSK2", P[3]]}),
    # A adds a point at the top and edits point 2; B edits point 2 – point 2 asked, the new point kept
    "a-addtop-edit2-vs-edit2": ([(f"{PB}[1]", "P2 DYSK"), ADD(PB), (f"{PB}[4]", "NOWY Z DYSKU"), UP(PB, 4),
                                 UP(PB, 3), UP(PB, 2), UP(PB, 1)], [(f"{PB}[1]", "P2 FORM")],
                                {"0": ["NOWY Z DYSKU", P[0], "P2 FORM", P[2], P[3]],
                                 "1": ["NOWY Z DYSKU", P[0], "P2 DYSK", P[2], P[3]]}),
    # A edits point 1 and removes point 4; B removes point 1 – a keep box for point 1
    "rm1-vs-edit1-rm4": ([(f"{PB}[0]", "P1 DYSK"), RM(PB, 3)], [RM(PB, 0)],
                         {"0": [P[1], P[2]], "1": ["P1 DYSK", P[1], P[2]]}),
}


@pytest.mark.parametrize("shape,picks", [(shape, picks) for shape, (*_, results) in SHAPES.items()
                                         for picks in results])
def test_an_id_less_item_is_paired_with_the_disks_by_place_and_content(web, shape, picks):
    """Finding 3: the disk's unmatched points were paired in the disk's order with any base point, the one the form
    edited first – an edit written into another point, a point lost and another written twice."""
    a_steps, b_steps, results = SHAPES[shape]
    protocol, page = _saved(web, a_steps, b_steps, picks)
    assert _points(protocol) == results[picks], _words(page)[:3000]
    words = _words(page)
    assert TOLD.get(shape, "") in words and ("sprawdź, czy" in words) == (shape in UNSURE), words[:3000]


TOLD = {"rm4-edit1-vs-edit4": "Punkt przebiegu 4 (Przyjęto ustalenia zapisane poniżej. Na tym spotkanie zakoń…) –"
                              " usunięte na dysku, a w formularzu zmienione",
        "rm1-edit3-vs-up4-edit": "Punkt przebiegu 1 : usunięte (cały element)",
        "rm1-edit3-vs-edit1": "– usunięte na dysku, a w formularzu zmienione",
        "rm1-vs-edit1-rm4": "– usunięte w formularzu, a na dysku zmienione"}
UNSURE = {"rm1-edit34-vs-up4-edit", "a-addtop-edit2-vs-edit2"}  # an edited text keeps no value: said so, asked


def test_a_new_ustalenie_above_is_not_given_the_forms_change_of_another(web):
    """Finding 3: A's new ustalenie at the top took B's new deadline of ustalenie 2, whose own date stayed old."""
    a_steps = [(f"{US}[1].tresc", "U2 DYSK"), ADD(US), (f"{US}[4].tresc", "NOWE Z DYSKU"),
               (f"{US}[4].odpowiedzialny", "Rada Osiedla Wrzosowisko"), (f"{US}[4].termin", "na bieżąco"),
               UP(US, 4), UP(US, 3), UP(US, 2), UP(US, 1)]
    protocol, page = _saved(web, a_steps, [(f"{US}[1].termin", "2026-05-15")], "")
    got = [(u["tresc"].strip(), str(u["termin"])) for u in protocol["ustalenia"]]
    assert got[0] == ("NOWE Z DYSKU", "na bieżąco") and got[2] == ("U2 DYSK", "2026-05-15"), got


def test_an_attendee_replaced_on_disk_keeps_its_place(web):
    """Finding 3: A removed attendee 1 and replaced attendee 3, B moved attendee 4 up and renamed it – the page
    told the removed attendee as replaced and the new one took her first place."""
    a_steps = [(f"{OB}[2].imie_nazwisko", "Adam Zastępczy"), (f"{OB}[2].funkcja", "zastępca przewodniczącej"),
               RM(OB, 0)]
    protocol, page = _saved(web, a_steps, [UP(OB, 3), (f"{OB}[2].imie_nazwisko", "Krzysztof Umowny-Nowak")], "")
    names = [o["imie_nazwisko"] for o in protocol["obecni"]]
    assert names[1:] == ["Krzysztof Umowny-Nowak", "Adam Zastępczy"] and len(names) == 3, names


def _without(text: str, start: str, end: str) -> str:
    """text without its lines from start up to (not including) end: a colleague's editor deleting a block."""
    return text[:text.index(start)] + text[text.index(end):]


PROTOCOL = "Spotkanie 1 › Protokół spotkania – cała ta część usunięta na dysku, a w formularzu zmieniona"
REPORT = "Realizacja (ocena na koniec okresu) – cała ta część usunięta na dysku, a w formularzu zmieniona"
GROUPS = {  # the disk removes a whole group; the form changes one field in it: (step, the page's legend, the change)
    "protokol": ((f"{PB}[1]", "B2"), PROTOCOL, ("przebieg", 1, None, "B2")),
    "protokolant": (("spotkania[0].protokol.protokolant", "sierż. Jan Nowy"), PROTOCOL,
                    ("protokolant", None, None, "sierż. Jan Nowy")),
    "ustalenie": ((f"{US}[1].termin", "2026-05-15"), PROTOCOL, ("ustalenia", 1, "termin", datetime.date(2026, 5, 15))),
    "realizacja": (("realizacja.dzialania[0].opis", "B: zrobiono"), REPORT, ("dzialania", 0, "opis", "B: zrobiono")),
}


def _cut(text: str, group: str) -> str:
    """text without the group: a colleague's editor deleting meeting 1's protocol or the report's block."""
    if group == "realizacja":
        start = text.index("\nrealizacja:") + 1
        end = re.search(r"\n(?=\S)", text[start:])
        return text[:start] + (text[start + end.end():] if end else "")
    return text[:text.index("    protokol:")] + text[text.index("  - id: spotkanie-podsumowujace"):]


def _part(data: dict, group: str) -> dict | None:
    return data.get("realizacja") if group == "realizacja" else data["spotkania"][0].get("protokol")


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("leave", [False, True])
def test_a_group_the_disk_removed_and_the_form_changed_is_asked_and_restored_whole(web, group, leave):
    """Finding 2: the disk removed a meeting's whole protocol (the report's realizacja), the form changed one thing
    in it – the page asked about that one field and wrote a stub group holding just it, failing `pismo sprawdz`."""
    step, told, change = GROUPS[group]
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _tab(web, _form_fields(web.get("/sprawy/sprawa")[2].decode()), [step])
    path.write_text(_cut(TEXT, group), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page = body.decode()
    words = _words(page)
    assert status == 409 and told in words and "Przywróć całą usuniętą część" in words, words[:3000]
    asked = list(dict.fromkeys(re.findall(r'type="radio" name="([^"]*)"', page)))
    assert len(asked) == 1, (asked, words[:3000])
    choose = {asked[0]: "1" if leave else ""}
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(page, choose))
    assert status == 303, _words(body.decode())[:2000]
    saved = path.read_text(encoding="utf-8")
    assert check_text(saved) == [], check_text(saved)
    if leave:
        assert _part(form.load(saved), group) is None
    else:
        restored, expected = _part(form.load(saved), group), copy.deepcopy(_part(form.load(TEXT), group))
        name, index, field, value = change
        where = expected if index is None else expected[name]
        key = name if index is None else index
        if field is None:
            where[key] = value
        else:
            where[key][field] = value
        assert _plain(restored) == _plain(expected), restored


def check_text(text: str) -> list[str]:
    """What `pismo sprawdz` calls errors in a case's text."""
    return [str(problem) for problem in api.check(text).problems if not problem.warning]


def _plain(value):
    """value with each text's runs of white space as one space: a restored group is written from the form, which
    shows a paragraph's wrapped lines as one."""
    if isinstance(value, dict):
        return {key: _plain(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return " ".join(value.split()) if isinstance(value, str) else value


SECOND = "Omówiono zakładany cel: zmniejszenie liczby zgłoszeń z 9 do 7 i interwencji z 12 do 9."


@pytest.mark.parametrize("disk", ["phone", "removed"])
def test_a_protocol_points_change_is_told_by_paragraphs(web, disk):
    """Finding 1: a protocol point's change was told by the file's wrapped lines – the untouched second paragraph
    removed and added again, a phantom empty 6th line – in „Twoje zmiany” and in the restore box."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _tab(web, _form_fields(web.get("/sprawy/sprawa")[2].decode()),
                  [(f"{PB}[1]", f"B2 pierwszy akapit.\n\n{SECOND}")])
    if disk == "phone":
        assert "  telefon: 47 855 10 00" in TEXT
        path.write_text(TEXT.replace("  telefon: 47 855 10 00", "  telefon: 47 855 10 99"), encoding="utf-8")
    else:
        data = form.load(TEXT)["spotkania"][0]["protokol"]["przebieg"]
        start = TEXT.index("Dzielnicowa przedstawiła")
        start = TEXT.rindex("\n", 0, start - 12) + 1  # the item's „- |” line
        end = TEXT.index("\n        - ", start) + 1
        assert form.load(TEXT[:start] + TEXT[end:])["spotkania"][0]["protokol"]["przebieg"] == data[:1] + data[2:]
        path.write_text(TEXT[:start] + TEXT[end:], encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    words = _words(body.decode())
    told = words[words.index("Punkt przebiegu 2"):words.index("Zapisz: moje zmiany")]
    assert status == 409 and "zmieniono akapit 1: Dzielnicowa przedstawiła" in told and "wiersz" not in told, told
    assert "B2 pierwszy akapit." in told and "akapit 2" not in told, told
