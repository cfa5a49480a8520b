"""The thirteenth web review (rev-web13) of issue 17: a restore by three tabs of an item with nested lists, a
case file put back while its form was open, a history version in ISO-8859-2, Tabs pismo's reader accepts, the
placeholder signs of a new period."""

from __future__ import annotations

import re

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web.form import load


def _three_tabs_restore(web, removed: str, b_edits: dict, c_edits: dict):
    """Tabs A, B, C open the case; A removes an item and saves; B and C each change fields of it and get the
    restore page; B saves from it. C's answer to its own restore page, and the file."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(3)]
    page = web.post("/sprawy/sprawa", tabs[0] + [("akcja", f"usun:{removed}")])[2].decode()
    assert web.post("/sprawy/sprawa", _form_fields(page) + [("akcja", "zapisz")])[0] == 303
    pages = []
    for fields, edits in ((tabs[1], b_edits), (tabs[2], c_edits)):
        for key, value in edits.items():
            fields = _replace(fields, f"{removed}.{key}", value)
        status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
        assert status == 409 and "usunięte na dysku" in body.decode()
        pages.append(body.decode())
    assert web.post("/sprawy/sprawa", _conflict_form(pages[0]))[0] == 303
    return web.post("/sprawy/sprawa", _conflict_form(pages[1])), path


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_three_tabs_restoring_a_meeting_keep_an_attendee_edit_on_its_attendee(web):
    """Finding 2: B restored Spotkanie 1 with attendee 2's function changed, C with attendee 1's: C's edit was
    asked about a non-existent „Uczestnik 5” and written as a new nameless attendee, the real one unchanged."""
    (status, _, body), path = _three_tabs_restore(
        web, "spotkania[0]", {"protokol.obecni[1].funkcja": "FUNKCJA B"}, {"protokol.obecni[0].funkcja": "FUNKCJA C"})
    page = body.decode()
    assert "Zmienione w obu miejscach" not in page and "Uczestnik 5" not in page, _words(page)[:3000]
    if status == 409:
        status = web.post("/sprawy/sprawa", _conflict_form(page))[0]
    assert status == 303
    meeting = load(path.read_text(encoding="utf-8"))["spotkania"][0]
    obecni = meeting["protokol"]["obecni"]
    before = load(TEXT)["spotkania"][0]["protokol"]["obecni"]
    assert [o.get("imie_nazwisko") for o in obecni] == [o.get("imie_nazwisko") for o in before]
    assert [o.get("funkcja") for o in obecni[:2]] == ["FUNKCJA C", "FUNKCJA B"]


def test_three_tabs_restoring_a_partner_keep_an_adresat_edit_on_its_adresat(web):
    """Finding 2's class with identifiers: Partner 1 restored by B (its tasks) and C (its adresat's function)."""
    (status, _, body), path = _three_tabs_restore(
        web, "partnerzy[0]", {"zadania": "ZADANIA B"}, {"adresaci[0].osoba.funkcja": "FUNKCJA C"})
    page = body.decode()
    assert "Zmienione w obu miejscach" not in page and "Adresat 2" not in page, _words(page)[:3000]
    if status == 409:
        status = web.post("/sprawy/sprawa", _conflict_form(page))[0]
    assert status == 303
    partner = load(path.read_text(encoding="utf-8"))["partnerzy"][0]
    assert partner["zadania"] == "ZADANIA B"
    assert [(a.get("id"), a["osoba"]["funkcja"]) for a in partner["adresaci"]] == [("prezydent-miasta", "FUNKCJA C")]

