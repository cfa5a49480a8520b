"""The fifteenth web review (rev-web15) of issue 17: a paragraph break the user deletes on a line of only spaces,
a header comment above „---”, an empty row beside a removed item, „Nowa sprawa” beside a file the list skips."""

from __future__ import annotations

import re

import pytest

from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web.form import load


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _save(web, text: str, edit) -> tuple[str, str]:
    """(the page's notice, the file) after the case written as text was opened, edit(fields) applied, saved."""
    path = web.folder / "sprawa.yaml"
    path.write_bytes(text.encode("utf-8"))
    fields = edit(_form_fields(web.get("/sprawy/sprawa")[2].decode()))
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303, status
    return _words(web.get(headers["Location"])[2].decode()), path.read_text(encoding="utf-8")


@pytest.mark.parametrize("spaces", ["    ", "      "])
def test_a_paragraph_break_deleted_on_a_line_of_only_spaces_stays_deleted(web, spaces):
    """Finding 1: the empty line between two paragraphs written as spaces (an editor's auto-indent) came back after
    the user deleted it (joined the paragraphs) – „Zapisano”, the file kept both paragraphs. Lines of only spaces the
    user did not touch stay as written."""
    spaced = TEXT.replace("nietrzeźwymi.\n\n", f"nietrzeźwymi.\n{spaces}\n")
    spaced = spaced.replace("\n\njednostka:", "\n  \njednostka:")
    assert spaced.count(f"\n{spaces}\n") == 1 and "\n  \njednostka:" in spaced

    def join(fields):
        value = dict(fields)["zagrozenie.opis"]
        joined = re.sub(r"nietrzeźwymi\.(\r?\n)[ ]*\r?\n", r"nietrzeźwymi.\1", value)
        assert joined != value
        return _replace(fields, "zagrozenie.opis", joined)

    _, saved = _save(web, spaced, join)
    assert "nietrzeźwymi.\n    W godzinach" in saved
    assert "\n\n    W godzinach" not in load(saved)["zagrozenie"]["opis"] and "\n  \njednostka:" in saved


@pytest.mark.parametrize("start", ["---", "---  # dokument", "---\t# dokument"])
def test_a_header_comment_above_a_document_start_stays_when_a_field_is_saved(web, start):
    """Finding 2: a header comment followed by „---” (as many editors' templates begin) was deleted with the „---” by
    a save of any field, and the notice named only some of its lines with a wrong reason; only the edited line
    changes now, and no comment is told lost."""
    header_end = TEXT.index("\njednostka:") + 1
    text = TEXT[:header_end] + start + "\n" + TEXT[header_end:]
    notice, saved = _save(web, text, lambda fields: _replace(fields, "jednostka.miejscowosc", "Wrzosogród X"))
    changed = [(a, b) for a, b in zip(text.split("\n"), saved.split("\n")) if a != b]
    assert len(saved.split("\n")) == len(text.split("\n")) and len(changed) == 1, changed[:5]
    assert "Wrzosogród X" in changed[0][1] and "Nie zachowano komentarzy" not in notice, notice[:1500]


ATTENDEES = "spotkania[0].protokol.obecni"


def _tab(web, fields, steps):
    from test_web_rev_web14 import _tab as tab

    return tab(web, fields, steps)


@pytest.mark.parametrize("leave", [False, True])
def test_an_item_the_disk_removed_is_never_paired_with_an_empty_row_the_disk_added(web, leave):
    """Finding 3: another tab removed attendee 1 and added an empty row; this tab changed attendee 1's Funkcja – the
    page told a reorder and a cleared name, paired the edit with the empty row, and „Twoja wersja” wrote a nameless
    attendee. It asks the restore of the removed attendee, with the edit, and keeps the empty row."""
    from test_web_conflict import _conflict_form

    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    names = [o["imie_nazwisko"] for o in load(TEXT)["spotkania"][0]["protokol"]["obecni"]]
    tabs = [_form_fields(web.get("/sprawy/sprawa")[2].decode()) for _ in range(2)]
    steps = [f"usun:{ATTENDEES}[0]", f"dodaj:{ATTENDEES}"]
    assert web.post("/sprawy/sprawa", _tab(web, tabs[0], steps) + [("akcja", "zapisz")])[0] == 303
    fields = _replace(tabs[1], f"{ATTENDEES}[0].funkcja", "FUNKCJA C")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page, words = body.decode(), _words(body.decode())
    assert status == 409 and "usunięte na dysku, a w formularzu zmienione" in words, words[:3000]
    assert "kolejność" not in words and "→ (puste)" not in words and "Nie da się pewnie" not in words, words[:3000]
    choose = {m.group(1): "1" for m in re.finditer(r'name="([^"]*__usuniete)" value="1"', page)} if leave else {}
    assert web.post("/sprawy/sprawa", _conflict_form(page, choose))[0] == 303
    saved = load(path.read_text(encoding="utf-8"))["spotkania"][0]["protokol"]["obecni"]
    assert [o.get("imie_nazwisko") for o in saved] == ([] if leave else [names[0]]) + names[1:] + [None], saved
    assert leave or saved[0]["funkcja"] == "FUNKCJA C"


@pytest.mark.parametrize("leave", [False, True])
def test_three_tabs_an_empty_row_beside_a_removed_attendee_is_not_its_partner(web, leave):
    """Finding 3 in the three-tab restore: A removed the meeting, B removed attendee 1 and added an empty row, C
    changed attendee 1's Funkcja – C's edit went to the empty row."""
    from test_web_rev_web14 import _answer, _three_tabs

    names = [o["imie_nazwisko"] for o in load(TEXT)["spotkania"][0]["protokol"]["obecni"]]
    status, page, _ = _three_tabs(web, "spotkania[0]", [f"usun:{ATTENDEES}[0]", f"dodaj:{ATTENDEES}"],
                                  [(f"{ATTENDEES}[0].funkcja", "FUNKCJA C")])
    words = _words(page)
    assert status == 409 and "usunięte na dysku, a w formularzu zmienione" in words, words[:3000]
    assert "kolejność" not in words and "Nie da się pewnie" not in words, words[:3000]
    saved = _answer(web, page, leave)["spotkania"][0]["protokol"]["obecni"]
    assert [o.get("imie_nazwisko") for o in saved] == ([] if leave else names[:1]) + names[1:] + [None], saved
    assert leave or saved[0]["funkcja"] == "FUNKCJA C"


@pytest.mark.parametrize("stray, typed", [("q1.yml", "q1"), ("q2.yaml.txt", "q2"), ("q3.yml.txt", "q3.yml"),
                                          ("q4.YAML", "q4")])
def test_a_new_case_beside_a_file_of_its_name_the_list_skips_names_that_file(web, stray, typed):
    """Finding 8: „Nowa sprawa” beside q1.yml was refused as „names differ only by letter case” (untrue); beside
    Notepad's q2.yaml.txt an empty skeleton q2.yaml was made without a word next to the officer's real text. Both
    name the file and say to rename it or choose another name; nothing is written."""
    (web.folder / stray).write_text(TEXT, encoding="utf-8")
    before = sorted(p.name for p in web.folder.iterdir())
    status, _, body = web.post("/nowa", {"nazwa": typed, "csrf": web.csrf})
    words = _words(body.decode())
    stem = stray.split(".")[0]
    assert status == 400 and f"W folderze jest plik „{stray}”" in words, (status, words[:1500])
    assert f"zmień jego nazwę na {stem}.yaml albo podaj inną nazwę nowej sprawy" in words
    assert "wielkością liter" not in words and sorted(p.name for p in web.folder.iterdir()) == before


_FAILING_SERVER = """
import sys
from pismo.web import app
def failing(self, request, nazwa, rodzaj):
    raise RuntimeError("zepsuty podgląd")
app.App.on_preview = failing
from pismo.cli import main
sys.argv = ["pismo", "serwer", "--katalog", sys.argv[1], "--port", "0", "--bez-przegladarki"]
main()
"""


def test_a_program_error_of_a_page_is_told_on_the_server_console_at_once(tmp_path):
    """The review's note: a preview's „Błąd programu” (500) never reached the console of `pismo serwer` started with
    its output in a file – the line „pismo serwer: błąd programu: …” sat in stderr's buffer until the server stopped."""
    import http.cookiejar
    import os
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "a.yaml").write_text(TEXT, encoding="utf-8")
    out, err = open(tmp_path / "out.log", "wb"), open(tmp_path / "err.log", "wb")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen([sys.executable, "-c", _FAILING_SERVER, str(tmp_path / "k")], stdout=out, stderr=err,
                              stdin=subprocess.DEVNULL, env=env)
    try:
        for _ in range(300):
            link = re.search(r"http://\S+", (tmp_path / "out.log").read_text(encoding="utf-8"))
            if link or server.poll() is not None:
                break
            time.sleep(0.1)
        assert link, (tmp_path / "err.log").read_text(encoding="utf-8")
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        opener.open(link.group()).read()
        with pytest.raises(urllib.error.HTTPError) as failed:
            opener.open(link.group().split("/?")[0] + "/sprawy/a/podglad/plan")
        assert failed.value.code == 500
        time.sleep(0.5)
        said = (tmp_path / "err.log").read_text(encoding="utf-8")
        assert "pismo serwer: błąd programu: RuntimeError: zepsuty podgląd" in said, said
    finally:
        server.terminate()
        server.wait(10)
        out.close()
        err.close()


@pytest.mark.parametrize("step", ["dol:dzialania[1]", "gora:dzialania[2]", "usun:dzialania[2]"])
def test_lines_of_only_spaces_between_actions_stay_when_an_action_is_moved_or_removed(web, step):
    """Finding 9: actions separated by lines of only spaces (an editor's auto-indent): „w dół” on Działanie 2 deleted
    three of the five separator lines, the moved items ran together; a removal took both separators around the
    action. Each action keeps a separator line before it, as written."""
    start, end = TEXT.index("\ndzialania:"), TEXT.index("\npartnerzy:")
    head, section = TEXT[:start], TEXT[start:end]
    first = section.index("\n  - id:") + 1
    spaced = head + section[:first] + section[first:].replace("\n  - id:", "\n  \n  - id:") + TEXT[end:]
    assert spaced.count("\n  \n  - id:") == len(load(TEXT)["dzialania"]) - 1

    def move(fields):
        return _form_fields(web.post("/sprawy/sprawa", fields + [("akcja", step)])[2].decode())

    _, saved = _save(web, spaced, move)
    ids = [a["id"] for a in load(saved)["dzialania"]]
    assert len(ids) == len(load(spaced)["dzialania"]) - step.startswith("usun")
    assert saved.count("\n  \n  - id:") == spaced.count("\n  \n  - id:") - step.startswith("usun"), saved[start:end]
