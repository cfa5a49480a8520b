"""The save path after the eleventh web review (rev-web11) of issue 17: line ends of a mixed file kept in linear
time, a restore tied to its version, identical copies and one id never written twice, truthful notices, and a
post without the form's fields refused."""

from __future__ import annotations

import html
import random
import re
import time

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_2, ACTION_3, TEXT, _added, _two_tabs
from test_web_rev_web10b import _saved_after_edit

from pismo.web import comments, store

RUN = "    opis: |-\n" + "      wiersz\n" * 8000


def _mixed(text: str, crlf: int = 3) -> bytes:
    """text as a file whose first crlf lines end in CRLF and the rest in LF (a paste from Windows)."""
    return text.encode("utf-8").replace(b"\n", b"\r\n", crlf)


@pytest.mark.parametrize("edit", [lambda t: t.replace("Wrzosogród", "Wrzosogród Dolny", 1),
                                  lambda t: t.replace("Wrzosogród", "Wrzosogród Dolny", 1) + "# koniec\n"],
                         ids=["one-field", "top-and-bottom"])
def test_a_mixed_file_with_a_long_run_of_equal_lines_is_saved_at_once(edit):
    """Finding 9: 14 000 equal lines in a file of CRLF and LF lines – a save took 64 s (6 000: 10 s), quadratic,
    and blocked every other save meanwhile."""
    text = TEXT.replace(ACTION_2, ACTION_2.replace("    opis: >-\n", RUN, 1), 1)
    assert text.count("      wiersz\n") == 8000
    started = time.perf_counter()
    saved = store._as_file(edit(text), _mixed(text))
    assert time.perf_counter() - started < 2
    assert saved == _mixed(edit(text))


def test_a_mixed_file_of_repeated_lines_changed_throughout_is_saved_at_once():
    """Finding 9's harder shape: lines repeated (each under 1 % of the file, so difflib's junk heuristic would not
    help) and changed every 50 lines."""
    rng = random.Random(17)
    lines = [f"  - wiersz {rng.randrange(150)}\n" for _ in range(6000)]
    text = "".join(lines)
    changed = "".join("  - zmieniony\n" if at % 50 == 0 else line for at, line in enumerate(lines))
    started = time.perf_counter()
    saved = store._as_file(changed, _mixed(text, 2))
    assert time.perf_counter() - started < 2
    assert saved.count(b"\r\n") == 2 and saved.replace(b"\r\n", b"\n") == changed.encode("utf-8")


@pytest.mark.parametrize("name, old, new", [
    ("jednostka.telefon", "telefon: 47 855 10 00", "47 855 10 01"),
    ("jednostka.nazwa.mianownik", "mianownik: Komenda Miejska Policji we Wrzosogrodzie", "Komenda Miejska Policji"),
], ids=["lf-line", "crlf-line"])
def test_each_line_keeps_its_end_past_a_run_of_equal_lines(web, name, old, new):
    """Finding 9: the linear alignment still gives each untouched line its own end, past the run."""
    lines = TEXT.replace(ACTION_2, ACTION_2.replace("    opis: >-\n", RUN, 1), 1)
    text = _mixed(lines, 20).decode("utf-8")
    saved = _saved_after_edit(web, text, name, new).decode("utf-8")
    assert saved == text.replace(old, old.split(": ")[0] + ": " + new, 1)


PHONE = "47 855 10 00"
NEIGHBOUR = "    partnerzy: [rada-osiedla, wspolnota]\n"


def _restore_page(web, text: str) -> tuple[str, object]:
    """A removes Działanie 3 and saves, B changes its „Do”: B's restore page (and the file)."""
    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[2]"]),
                           lambda f: (_replace(f, "dzialania[2].termin.do", "2026-04-15"), []), text)
    assert "Działanie 3 (wspolne-patrole) – usunięte na dysku" in page
    return page, path


def test_a_restore_carried_into_a_second_conflict_keeps_its_own_text(web):
    """Finding 1: the file changed again before „Zapisz” on the restore page; the second page's version moved on
    while the restore still named the item's place in the first – Działanie 4's comment (with a phone) was
    written onto the restored action, its own comment lost. (Its place: test_web_rev_web11b.)"""
    text = TEXT.replace(NEIGHBOUR, NEIGHBOUR.rstrip("\n") + "  # tylko przez p. Nowaka, tel. 600 100 200\n", 1)
    assert text != TEXT and "600 100 200" not in ACTION_3
    page, path = _restore_page(web, text)
    on_disk = path.read_text(encoding="utf-8")
    path.write_text(on_disk.replace(PHONE, "47 855 10 01", 1), encoding="utf-8")  # Notepad, meanwhile
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 409, status
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(body.decode()))
    assert status == 303, status
    restored = ACTION_3.replace("      do: 2026-08-31\n", "      do: 2026-04-15\n")
    saved = path.read_text(encoding="utf-8")
    assert restored in saved and saved.count("600 100 200") == 1  # its own text, no other item's comment
    assert saved.replace(restored, "", 1) == text.replace(PHONE, "47 855 10 01", 1).replace(ACTION_3, "", 1)


def test_a_restore_naming_another_case_s_version_takes_nothing_from_it(web):
    """Finding 1's variant: a post naming another case's version (devtools) pulled that case's comment into
    this case's restored action; a version counts only as one of this case's."""
    other = TEXT.replace(ACTION_3, ACTION_3.replace("  - id: wspolne-patrole\n",
                                                    "  - id: wspolne-patrole  # sprawa Y, tel. 600 100 200\n"), 1)
    (web.folder / "inna.yaml").write_text(other, encoding="utf-8")
    assert web.get("/sprawy/inna")[0] == 200
    other_version = store.digest(other.encode("utf-8"))
    page, path = _restore_page(web, TEXT)
    fields = [(k, re.sub(r"@[0-9a-f]+$", "@" + other_version, v) if k.endswith("__przywrocony") else
               other_version if k == "bazowa" else v) for k, v in _conflict_form(page)]
    assert any(k.endswith("__przywrocony") for k, _ in fields)
    status, headers, _ = web.post("/sprawy/sprawa", fields)
    assert status == 303, status
    saved = path.read_text(encoding="utf-8")
    assert "sprawa Y" not in saved and "- id: wspolne-patrole" in saved


def _ids(path) -> list[str]:
    from pismo.web.form import load

    return [action["id"] for action in load(path.read_text(encoding="utf-8"))["dzialania"]]


def test_one_action_added_in_two_tabs_under_one_id_is_one_item_asked(web):
    """Finding 11's variant: both tabs added action „festyn” with another description – the page asked nothing
    and wrote it twice under one id (`sprawdz` then blocked every document)."""
    page, path = _two_tabs(web, _added("festyn", "Festyn rodzinny na placu zabaw"),
                           _added("festyn", "Festyn rodzinny na placu zabaw przy ul. Lipowej"))
    assert "Zmienione w obu miejscach" in page
    status, _, _ = web.post("/sprawy/sprawa", _answered(page))
    assert status == 303, status
    assert _ids(path).count("festyn") == 1
    assert "Festyn rodzinny na placu zabaw przy ul. Lipowej" in path.read_text(encoding="utf-8")


def _answered(page: str) -> list[tuple[str, str]]:
    """The conflict page's form with every unchosen question answered „Twoja wersja” (its first radio)."""
    radios = dict.fromkeys(re.findall(r'<input type="radio" name="([^"]+)"', page))
    chosen = {}
    for name in radios:
        values = re.findall(rf'<input type="radio" name="{re.escape(name)}" value="([^"]*)"', page)
        chosen[name] = html.unescape(values[0])
    return _conflict_form(page, chosen)


def test_one_action_restored_in_two_tabs_is_written_once(web):
    """Finding 11: tabs B and C both restored the action tab A removed, each with its own date; C's second page
    asked nothing and wrote the action twice under one id, each copy with one tab's edit."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(3)]
    removed = web.post("/sprawy/sprawa", tabs[0] + [("akcja", "usun:dzialania[2]")])[2].decode()
    assert web.post("/sprawy/sprawa", _form_fields(removed) + [("akcja", "zapisz")])[0] == 303
    pages = []
    for fields, (key, value) in ((tabs[1], ("do", "2026-04-15")), (tabs[2], ("od", "2026-03-15"))):
        status, _, body = web.post("/sprawy/sprawa", _replace(fields, f"dzialania[2].termin.{key}", value) +
                                   [("akcja", "zapisz")])
        assert status == 409 and "usunięte na dysku" in body.decode()
        pages.append(body.decode())
    assert web.post("/sprawy/sprawa", _conflict_form(pages[0]))[0] == 303
    status, _, body = web.post("/sprawy/sprawa", _conflict_form(pages[1]))
    assert status == 409, status
    status, _, _ = web.post("/sprawy/sprawa", _answered(body.decode()))
    assert status == 303, status
    assert _ids(path).count("wspolne-patrole") == 1



@pytest.mark.parametrize("value", ["'Wrzosogród #1'", '"lokal #2 # i #3"', "'Szkoła #4'  "])
def test_a_value_holding_a_hash_hides_no_comment(value):
    """Finding 3: „Wrzosogród #1” typed in a field – the save kept the line's comment, but the notice said it was
    not kept: the scan for a comment started at the value's own „ #” and skipped the real one."""
    original = "jednostka:\n  miejscowosc: Wrzosogród    # do daty pisma\n  telefon: 1\n"
    saved = original.replace("Wrzosogród", value, 1)
    assert comments.lost(original, saved) == []
    assert comments.lost(original, saved.replace("    # do daty pisma", "")) == [2]


def test_a_post_without_the_form_s_fields_writes_nothing(web):
    """Not counted by the reviewer: a post of only `csrf` and `wersja` (a script) wrote the case as an empty
    skeleton; a post without the form's marker is refused in Polish and nothing is written."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    bare = [(key, value) for key, value in fields if key in ("csrf", "wersja")]
    status, _, body = web.post("/sprawy/sprawa", bare + [("akcja", "zapisz")])
    assert status == 400 and "nic nie zapisano" in body.decode() and "Traceback" not in body.decode()
    assert path.read_text(encoding="utf-8") == TEXT
    status, _, _ = web.post("/sprawy/sprawa", _replace(fields, "jednostka.miejscowosc", "Wrzosogród Dolny") +
                            [("akcja", "zapisz")])
    assert status == 303 and "Wrzosogród Dolny" in path.read_text(encoding="utf-8")
