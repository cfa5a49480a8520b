"""The fourteenth web review (rev-web14) of issue 17: a restore by three tabs of an item one tab removed a nested
item of and another edited it, Tabs after values in bulk, an added empty row, a reorder in a removed item, a case
file renamed to an extension the list skips."""

from __future__ import annotations

import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web import form
from pismo.web.form import load


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _tab(web, fields, steps):
    """A tab's form after its steps: ("@action") a list button, (name, value) a field typed."""
    for step in steps:
        if isinstance(step, str):
            fields = _form_fields(web.post("/sprawy/sprawa", fields + [("akcja", step)])[2].decode())
        else:
            fields = _replace(fields, *step)
    return fields


def _three_tabs(web, removed: str, b_steps, c_steps):
    """Tabs A, B, C open the case; A removes an item and saves; B and C change it and each get the restore page;
    B saves its page as offered. C's restore page, as the server answers its „Zapisz” as offered."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(3)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], [f"usun:{removed}"]) + [("akcja", "zapisz")])[0] == 303
    pages = []
    for fields, steps in ((tabs[1], b_steps), (tabs[2], c_steps)):
        status, _, body = web.post("/sprawy/sprawa", _tab(web, fields, steps) + [("akcja", "zapisz")])
        assert status == 409 and "usunięte na dysku" in body.decode(), _words(body.decode())[:2000]
        pages.append(body.decode())
    assert web.post("/sprawy/sprawa", _conflict_form(pages[0]))[0] == 303
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(pages[1]))
    return status, body.decode(), path


def _answer(web, page: str, leave: bool) -> dict:
    """C's answer to its second page: the nested item restored (as offered) or left removed; the case saved."""
    choose = {}
    if leave:
        choose = {m.group(1): "1" for m in re.finditer(r'name="([^"]*__usuniete)" value="1"', page)}
    assert web.post("/sprawy/sprawa", _conflict_form(page, choose))[0] == 303
    return load((web.folder / "sprawa.yaml").read_text(encoding="utf-8"))


ATTENDEE = "spotkania[0].protokol.obecni"
NAMES = [o["imie_nazwisko"] for o in load(TEXT)["spotkania"][0]["protokol"]["obecni"]]
PARAS = load(TEXT)["spotkania"][0]["protokol"]["przebieg"]


@pytest.mark.parametrize("leave", [False, True])
def test_three_tabs_one_removing_an_attendee_the_other_editing_it_are_asked_about_that_attendee(web, leave):
    """Finding 1: B removed attendee 1 of the restored meeting, C changed its function: „Twoja wersja” was
    pre-checked for its function alone and „Zapisz” wrote attendee 2 twice in its place, C's edit nowhere."""
    status, page, path = _three_tabs(web, "spotkania[0]", [f"usun:{ATTENDEE}[0]"],
                                     [(f"{ATTENDEE}[0].funkcja", "FUNKCJA C")])
    words = _words(page)
    assert status == 409 and "Uczestnik 1" in words and "usunięte na dysku, a w formularzu zmienione" in words, \
        words[:3000]
    assert "Wersja z dysku: (nie ma – usunięte)" not in words, words[:3000]
    obecni = _answer(web, page, leave)["spotkania"][0]["protokol"]["obecni"]
    if leave:
        assert [o["imie_nazwisko"] for o in obecni] == NAMES[1:]
    else:
        assert [o["imie_nazwisko"] for o in obecni] == NAMES
        assert obecni[0]["funkcja"] == "FUNKCJA C"


def test_three_tabs_one_removing_a_paragraph_the_other_rewriting_it_write_no_paragraph_twice(web):
    """Finding 1 with a list of texts: paragraph 2 was written twice in the place of the removed one."""
    status, page, path = _three_tabs(web, "spotkania[0]", ["usun:spotkania[0].protokol.przebieg[0]"],
                                     [("spotkania[0].protokol.przebieg[0]", "Spotkanie otworzyła dzielnicowa.")])
    words = _words(page)
    assert status == 409 and "usunięte na dysku, a w formularzu zmienione" in words, words[:3000]
    przebieg = _answer(web, page, False)["spotkania"][0]["protokol"]["przebieg"]
    assert [p.strip() for p in przebieg] == ["Spotkanie otworzyła dzielnicowa.", *(p.strip() for p in PARAS[1:])]


def test_three_tabs_one_removing_an_adresat_the_other_editing_it_write_a_whole_adresat(web):
    """Finding 1 with identifiers: an adresat with no id, name or address was written."""
    status, page, path = _three_tabs(web, "partnerzy[0]", ["usun:partnerzy[0].adresaci[0]"],
                                     [("partnerzy[0].adresaci[0].osoba.funkcja", "FUNKCJA C")])
    words = _words(page)
    assert status == 409 and "usunięte na dysku, a w formularzu zmienione" in words, words[:3000]
    adresaci = _answer(web, page, False)["partnerzy"][0]["adresaci"]
    assert [(a["id"], a["osoba"]["funkcja"], bool(a.get("adres"))) for a in adresaci] == \
        [("prezydent-miasta", "FUNKCJA C", True)]


def test_three_tabs_one_editing_an_attendee_the_other_removing_it_ask_each_field_nothing_chosen(web):
    """Finding 1's mirror: B changed attendee 2's function, C removed attendee 2: only the function was asked,
    with C's removal pre-checked, and choosing the disk's wrote an attendee without a name."""
    status, page, path = _three_tabs(web, "spotkania[0]", [(f"{ATTENDEE}[1].funkcja", "FUNKCJA B")],
                                     [f"usun:{ATTENDEE}[1]"])
    assert status == 409
    form = page.split('<form method="post" action="/sprawy/', 1)[1]
    radios = re.findall(r'<input type="radio" name="([^"]*)" value="([^"]*)"([^>]*)>', form)
    asked = {name for name, _, _ in radios}
    assert any(name.endswith(".imie_nazwisko") for name in asked), _words(page)[:3000]
    assert not any(" checked" in rest for name, _, rest in radios if ".obecni[" in name), _words(page)[:3000]
    disk = {name: value for name, value, _ in radios if value != "\u2400brak"}
    assert web.post("/sprawy/sprawa", _conflict_form(page, disk))[0] == 303
    obecni = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]
    assert [(o.get("imie_nazwisko"), o.get("funkcja")) for o in obecni][1] == (NAMES[1], "FUNKCJA B")


def _tabbed(count: int) -> str:
    """TEXT with a Tab after the value of its first `count` one-line fields (a Notepad user aligning values)."""
    lines, done = TEXT.split("\n"), 0
    for at, line in enumerate(lines):
        if done < count and re.fullmatch(r"\s*(- )?[a-z_]+: [^\s|>#\"'].*[^\s]", line) and "#" not in line:
            lines[at], done = line + "\t", done + 1
    assert done == count
    return "\n".join(lines)


@pytest.mark.parametrize("count", [51, 150])
def test_a_case_with_many_tabs_after_values_opens_and_saves(web, monkeypatch, count):
    """Finding 3: more than 50 Tabs after values (valid for `pismo sprawdz`) were read again one by one, up to 50,
    then refused with an empty „Popraw plik w edytorze tekstu:” box – and each Tab re-read a large case whole."""
    text = _tabbed(count)
    reads = []
    real = form._yaml
    monkeypatch.setattr(form, "_yaml", lambda *args: reads.append(1) or real(*args))
    assert form.load(text) == form.load(TEXT) and len(reads) <= 3, len(reads)
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    status, _, body = web.get("/sprawy/sprawa")
    assert status == 200 and 'id="formularz"' in body.decode(), _words(body.decode())[:1500]
    fields = _replace(_form_fields(body.decode()), "jednostka.miejscowosc", "Wrzosogród Dolny")
    assert web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])[0] == 303
    saved = path.read_text(encoding="utf-8")
    assert load(saved)["jednostka"]["miejscowosc"] == "Wrzosogród Dolny" and saved.count("\t") == count


def test_an_added_empty_row_is_saved_and_told_when_the_disk_changed_only_a_comment(web):
    """Finding 5: „Dodaj uczestnika” left empty and „Zapisz” while the file changed only in a comment: „Bez zmian –
    plik sprawy ma już te zmiany” – untrue, the row was dropped; with a field changed on disk the page told
    „Twoje zmiany (0)” and wrote the row."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _tab(web, _form_fields(web.get("/sprawy/sprawa")[2].decode()), [f"dodaj:{ATTENDEE}"])
    first = TEXT.index("#")
    path.write_text(TEXT[:first] + "# uwaga kolegi\n" + TEXT[first:], encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    words = _words(body.decode())
    assert status == 409 and f"Uczestnik {len(NAMES) + 1} : nowy, pusty element" in words, words[:3000]
    assert web.post("/sprawy/sprawa", _conflict_form(body.decode()))[0] == 303
    saved = path.read_text(encoding="utf-8")
    assert "# uwaga kolegi" in saved and len(load(saved)["spotkania"][0]["protokol"]["obecni"]) == len(NAMES) + 1


TASKS = [u["tresc"] for u in load(TEXT)["spotkania"][0]["protokol"]["ustalenia"]]


@pytest.mark.parametrize("leave", [False, True])
def test_a_reorder_inside_an_item_the_disk_removed_is_the_restore_question(web, leave):
    """Finding 6: a tab that only moved Ustalenie 3 up in a meeting another tab removed was told the new order
    „zostanie naniesiona”, asked nothing, and „Zapisz” answered „Bez zmian – nic nie zapisano”."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], ["usun:spotkania[0]"]) + [("akcja", "zapisz")])[0] == 303
    fields = _tab(web, tabs[1], ["gora:spotkania[0].protokol.ustalenia[2]"])
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page, words = body.decode(), _words(body.decode())
    assert status == 409 and "usunięte na dysku, a w formularzu zmienione" in words, words[:3000]
    restore = words[words.index("usunięte na dysku, a w formularzu zmienione"):words.index("Twoje zmiany z formularza")]
    assert "Ustalenia : nowa kolejność elementów" in restore, restore
    assert "Twoje zmiany z formularza (0)" in words, words[:3000]
    meetings = _answer(web, page, leave)["spotkania"]
    if leave:
        assert len(meetings) == len(load(TEXT)["spotkania"]) - 1
    else:
        assert [u["tresc"] for u in meetings[0]["protokol"]["ustalenia"]] == [TASKS[0], TASKS[2], TASKS[1], TASKS[3]]


@pytest.mark.parametrize("renamed", ["sprawa.yml", "sprawa.yaml.txt", "sprawa.YAML"])
def test_a_case_file_renamed_to_an_extension_the_list_skips_is_not_offered_as_deleted(web, renamed):
    """Finding 2: a case renamed to „.yml” (or saved by Notepad as „.yaml.txt”) after a web save was listed both
    as skipped and as deleted („usunięto go albo przeniesiono… plik powstanie na nowo”); its restore made
    sprawa.yaml from the older version beside the newest text, which then vanished from the list."""
    from test_web_rev_web10b import _saved_after_edit
    from test_web_rev_web12 import _restore, _versions

    path = web.folder / "sprawa.yaml"
    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    name = _versions(web)[0]
    path.rename(web.folder / renamed)
    listing = _words(web.get("/")[2].decode())
    assert f"{renamed} – zmień" in listing and "nie ma już w folderze" not in listing, listing[:2000]
    for address in ("/sprawy/sprawa", "/sprawy/sprawa/historia", f"/sprawy/sprawa/historia/{name}"):
        status, _, body = web.get(address)
        words = _words(body.decode())
        assert status == 404 and renamed in words and "usunięto go" not in words, (address, words[:1500])
    assert _restore(web, name)[0] != 303 and not path.exists()
    path.write_text(TEXT, encoding="utf-8")  # a case of that name made anew beside it: the newer text still named
    listing = _words(web.get("/")[2].decode())
    assert f"{renamed} – obok jest sprawa „sprawa”" in listing, listing[:2000]


def test_a_form_saved_while_its_file_became_yml_names_that_file(web):
    """Finding 2 (s30.py): a form open while a colleague's edit made the file „.yml” was told only that the file
    was gone – the page can name the file the list skips."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.miejscowosc", "Wrzosogród X")
    path.rename(web.folder / "sprawa.yml")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    words = _words(body.decode())
    assert "„sprawa.yml”" in words and "zmień jego nazwę na „sprawa.yaml”" in words, words[:2000]


def test_a_next_period_of_a_plan_deleted_after_the_list_loaded_names_it_and_its_history(web):
    """Finding 4: „Nowy okres na podstawie…” of a plan deleted in Explorer after the list was loaded answered only
    „Nie utworzono sprawy – plik nie istnieje” – no case named, no word of its history."""
    from test_web_rev_web10b import _saved_after_edit

    _saved_after_edit(web, TEXT, "jednostka.miejscowosc", "Wrzosogród Dolny")
    (web.folder / "sprawa.yaml").unlink()
    status, _, body = web.post("/nowy-okres", {"nazwa": "nowy", "z": "sprawa", "csrf": web.csrf})
    words = _words(body.decode())
    assert status == 404 and "„sprawa”" in words and 'href="/sprawy/sprawa/historia"' in body.decode(), words[:1500]
    assert not (web.folder / "nowy.yaml").exists()
    status, _, body = web.post("/nowy-okres", {"nazwa": "nowy", "z": "../x", "csrf": web.csrf})
    assert status == 400 and "Niedozwolona nazwa sprawy" in _words(body.decode())


@pytest.mark.parametrize("spaces", ["     ", " "])
def test_keys_with_spaces_before_the_colon_keep_them_when_a_neighbour_is_saved(web, spaces):
    """Finding 7: keys aligned in Notepad („telefon     : 47 855 10 00”) were rewritten „telefon: …” when another
    field of the same group was saved; only the edited line changes."""
    from test_web_rev_web10b import _saved_after_edit

    aligned = TEXT.replace("  telefon: 47", f"  telefon{spaces}: 47").replace("  email: prew", f"  email{spaces}: prew")
    aligned = aligned.replace("\njednostka:\n", f"\njednostka{spaces}:\n")
    assert aligned.count(f"{spaces}: ") >= 2 and f"\njednostka{spaces}:\n" in aligned
    saved = _saved_after_edit(web, aligned, "jednostka.miejscowosc", "Wrzosogród X").decode("utf-8")
    changed = [(a, b) for a, b in zip(aligned.splitlines(), saved.splitlines()) if a != b]
    assert len(saved.splitlines()) == len(aligned.splitlines()) and len(changed) == 1, changed
    assert "Wrzosogród X" in changed[0][1]


def test_lines_of_only_spaces_are_kept_when_a_field_is_saved(web):
    """rev-web12's finding 7: blank lines written as spaces (an editor's auto-indent) were emptied or deleted all
    over the file by a save of one field – the one under the header comment deleted; only the edited line changes."""
    from test_web_rev_web10b import _saved_after_edit

    spaced = "".join("   \n" if line == "\n" else line for line in TEXT.splitlines(keepends=True))
    assert spaced.count("\n   \n") > 5
    saved = _saved_after_edit(web, spaced, "jednostka.miejscowosc", "Wrzosogród X").decode("utf-8")
    changed = [(a, b) for a, b in zip(spaced.splitlines(), saved.splitlines()) if a != b]
    assert len(saved.splitlines()) == len(spaced.splitlines()) and len(changed) == 1, changed[:5]
    assert "Wrzosogród X" in changed[0][1]


def test_an_item_the_disk_removed_is_told_once_by_its_identifier(web):
    """rev-web11's finding 6: an action another tab removed was told field by field („Działanie 2 › Identyfikator:
    wniosek-do-strazy → (nie ma – usunięte)”, its empty fields too – „Termin › Od: (puste) → …”) right under the
    user's own change of another action numbered the same."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], ["usun:dzialania[1]"]) + [("akcja", "zapisz")])[0] == 303
    fields = _replace(tabs[1], "dzialania[2].termin.do", "2026-04-15")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    words = _words(body.decode())
    disk = words[words.index("Zmiany na dysku"):]
    assert status == 409 and "Zmiany na dysku (1)" in words, words[:3000]
    assert "Działanie 2 (wniosek-do-strazy) : usunięte (cały element)" in disk, disk[:1500]
    assert "(nie ma – usunięte)" not in disk and "(puste)" not in disk, disk[:1500]
    assert web.post("/sprawy/sprawa", _conflict_form(body.decode()))[0] == 303
    saved = load(path.read_text(encoding="utf-8"))["dzialania"]
    assert "wniosek-do-strazy" not in [a["id"] for a in saved]
    assert next(a for a in saved if a["id"] == "wspolne-patrole")["termin"]["do"].isoformat() == "2026-04-15"
