"""The eighteenth web review (rev-web18) of issue 17: what the case reader refuses is not read again by ruamel."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from helpers import WRZOSOGROD
from test_web_http import _form_fields, _replace, _upload, web  # noqa: F401 - web: the server fixture
from test_web_rev_web16 import _save

from pismo.case import yamlio
from pismo.errors import CaseError
from pismo.web import form, tabs

BASE = WRZOSOGROD.read_text(encoding="utf-8")
TOWN = "  miejscowosc: Wrzosogród"
DEEP = "inne: " + "[" * 1500 + "]" * 1500 + "\n"


def _refused_by_reader(text: str) -> bool:
    try:
        yamlio.parse_case_bytes(Path("sprawa.yaml"), text.encode("utf-8"))
    except CaseError:
        return True
    return False


REFUSED = {
    "anchor-pl": BASE.replace(TOWN, "  miejscowosc: &miejscowość Wrzosogród", 1) + DEEP,
    "anchor-dot": BASE.replace(TOWN, "  miejscowosc: &a.b Wrzosogród", 1) + DEEP,
    "flow-items": BASE + "inne: [" + ", ".join(["a"] * 100_000) + "]\n",
    "block-items": BASE + "inne:\n" + "  - a\n" * 100_000,
    "many-keys": BASE + "inne: {" + ", ".join(f"k{i}: 1" for i in range(100_000)) + "}\n",
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_text_the_case_reader_refuses_is_never_handed_to_ruamel(name, monkeypatch):
    """Findings 1 and 7 (t1.py, t14.py): an anchor libyaml refuses and ruamel takes hid 1 500 „[” from the depth
    guard, and 100 000 items or keys were under it – ruamel then read the file for 4–25 s per display of the case
    list, for a file the page shows as unreadable anyway. One pre-check tells all of it from libyaml's events."""
    text = REFUSED[name]
    assert _refused_by_reader(text)
    monkeypatch.setattr(form, "_yaml", lambda *a: pytest.fail("ruamel was given a text the case reader refuses"))
    assert form.load(text) is None


@pytest.mark.parametrize("extra, many", [
    (lambda n: "inne: [" + ", ".join(["a"] * n) + "]\n", yamlio.MAX_ITEMS),
    (lambda n: "inne:\n" + "".join(f"  k{i}: 1\n" for i in range(n)), yamlio.MAX_KEYS),
    (lambda n: "inne: " + "[" * n + "a" + "]" * n + "\n", yamlio.MAX_DEPTH - 1),
])
def test_the_pre_check_has_the_case_readers_bounds(extra, many):
    """The pre-check refuses exactly where the case reader does: at its bound read, one more refused."""
    for count in (many, many + 1):
        text = BASE + extra(count)
        assert tabs.refused(text) is _refused_by_reader(text), count
    assert not tabs.refused(BASE + extra(many)) and tabs.refused(BASE + extra(many + 1))


def test_an_ordinary_case_is_still_read():
    assert isinstance(form.load(BASE), dict) and isinstance(form.load("\ufeff" + BASE), dict)


FLOW = "informowanie: [Strona internetowa KMP, # pierwsze\n  Tablice osiedlowe,   # drugie\n  Obchód rejonu]\n"


def _with_flow_comments() -> bytes:
    listed = BASE[BASE.index("informowanie:\n"):]
    listed = listed[:listed.index("\n", listed.index("  - Informowanie podczas spotkań")) + 1]
    return BASE.replace(listed, FLOW, 1).replace("\n", "\r\n").encode()


def test_an_untouched_flow_list_keeps_its_comments_through_a_save_of_another_field(web):
    """Finding 5 (t7.py flow-comment-crlf): ruamel drops a comment inside […] on reading, so the list never
    equalled its dump and a save of „Miejscowość” wrote it on one line without its two notes. Untouched, it keeps
    its text; edited, it is written anew and the lost notes are told."""
    data = _with_flow_comments()
    notice, saved = _save(web, data, lambda f: _replace(f, "jednostka.miejscowosc", "Wrzosogród-Zdrój"))
    assert FLOW.replace("\n", "\r\n").encode() in saved
    changed = [(a, b) for a, b in zip(data.split(b"\n"), saved.split(b"\n")) if a != b]
    assert len(changed) == 1 and b"miejscowosc: Wrzosog" in changed[0][1], changed  # nothing else rewritten
    assert "Nie zachowano" not in notice, notice
    notice, saved = _save(web, data, lambda f: [(k, v.replace("Tablice osiedlowe", "Tablice") if k == "informowanie"
                                                 else v) for k, v in f])
    assert "informowanie: [Strona internetowa KMP, Tablice, Obchód rejonu]\r\n".encode() in saved
    assert "Nie zachowano komentarzy z wierszy" in notice, notice


OLE = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)  # an old Word .doc's first bytes


@pytest.mark.parametrize("data, filename", [(OLE, "plan.doc"), (b"PK\x03\x04uszkodzony", "plan.docx"),
                                            (b"to nie jest plan", "plan.txt")])
def test_an_import_refusal_is_a_sentence(web, data, filename):
    """Finding 8 (t5.py): „Nie zaimportowano planu” pages started with a small letter („to jest stary dokument
    Word (.doc)…”, „nie rozpoznano planu – …”): a reason passed on is the start of the page's sentence."""
    status, _, body = _upload(web, data, filename)
    page = body.decode()
    assert status == 400 and "Nie zaimportowano planu" in page, page[-2000:]
    said = page.split("<h1>Nie zaimportowano planu</h1>", 1)[1].split("<p", 1)[1].split(">", 1)[1].lstrip()
    assert said[:1].isupper() and "Nic nie zapisano." in said, said[:300]


def test_a_line_break_counts_once_in_the_field_limit(web):
    """Finding 9 (t17.py): 99 999 characters typed in 4 000 lines were refused as „ma 103 998 znaków” – the
    browser sends each line break as CRLF and both were counted; the limit is the text as stored."""
    path = web.folder / "sprawa.yaml"
    path.write_text(BASE, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    typed = "\r\n".join(["Hałas na placu zabaw noc."[:24]] * 4000)
    assert len(typed.replace("\r\n", "\n")) == 99_999
    status, _, body = web.post("/sprawy/sprawa", _replace(fields, "zagrozenie.opis", typed) + [("akcja", "zapisz")])
    assert status == 303, body.decode()[-3000:]
    assert typed.replace("\r\n", "\n") in load_text(path)
    over = typed + "\r\n" + "a" * 23
    status, _, body = web.post("/sprawy/sprawa", _replace(fields, "zagrozenie.opis", over) + [("akcja", "zapisz")])
    said = re.sub(r"\s+", " ", html.unescape(body.decode()))
    assert status == 413 and "ma 100 023 znaki, a jedno pole może mieć najwyżej 100 000" in said, said[-3000:]


def load_text(path) -> str:
    return str(form.load(path.read_text(encoding="utf-8"))["zagrozenie"]["opis"])


def _keep_at_end(tail: str = "") -> str:
    head = BASE[:BASE.rindex("  wnioski: >-")]
    return head + "  wnioski: |+\n    Wnoszę o kontynuowanie planu.\n\n" + tail


@pytest.mark.parametrize("tail", ["", "# koniec pliku\n"])
def test_no_end_marker_appears_after_a_keep_text_closing_the_file(tail):
    """Finding 3 (t3b.py): a save of „Miejscowość” appended „...” – ruamel's end of a „|+” text closing the
    stream – to a file that never had it; the file reads the same without it, so the file's text stays."""
    original = _keep_at_end(tail)
    data = form.load(original)
    data["jednostka"]["miejscowosc"] = "Wrzosogród-Zdrój"
    saved, _ = form.to_text(original, data)
    assert saved.endswith("planu.\n\n" + tail) and "\n..." not in saved, saved[-200:]
    data = form.load(original)
    data["realizacja"]["wnioski"] = "Nowy wniosek.\n\n\n"  # the text itself edited: the same value read back
    saved, _ = form.to_text(original, data)
    assert "\n..." not in saved and form.load(saved)["realizacja"]["wnioski"] == "Nowy wniosek.\n\n\n", saved[-200:]


MEETING = "spotkania[0].protokol"
PRUNING = "Przycięcie żywopłotu wzdłuż placu zabaw"


def test_a_field_of_an_item_the_form_removed_is_asked_under_the_removals_name(web):
    """Finding 2 (t2.py rm-vs-edit): B removed ustalenie 2, A changed its „Termin” on disk – the choice boxes said
    „Ustalenie 2 › Termin” (in B's form as sent „Ustalenie 2” is the next item) while the list below named the
    same item „Ustalenie „Przycięcie…” (wcześniej nr 2)” and promised its removal whatever was chosen above. Since
    rev-web19 #2 the item is asked whole (removed, or kept as the disk has it), its disk's change listed in it."""
    from test_web_rev_web16 import _conflict

    page = _conflict(web, [(f"{MEETING}.ustalenia[1].termin", "2026-05-15")], [f"usun:{MEETING}.ustalenia[1]"])
    asked = page[page.index("Zmienione w obu miejscach"):page.index("Twoje zmiany z formularza")]
    assert f"Ustalenie „{PRUNING}" in asked and "(wcześniej nr 2) – usunięte w formularzu" in asked, asked
    assert "Termin: 2026-04-30 → 2026-05-15" in asked, asked
    assert "Ustalenie 2 ›" not in asked, asked
    mine = page[page.index("Twoje zmiany z formularza"):page.index("Zmiany na dysku")]
    assert PRUNING not in mine and "usunięte (cały element)" not in mine, mine


@pytest.mark.parametrize("items, field, named", [
    ("obecni", "funkcja", r"Uczestnik 1 \(st\. asp\. Anna Zmyślona\)"),
    ("ustalenia", "termin", rf"Ustalenie 2 \({PRUNING}[^)]*\)"),
])
def test_an_item_the_disk_removed_is_named_by_what_it_held(web, items, field, named):
    """Finding 4 (t2.py diskrm-att-formedit, diskrm-formedit): the disk removed an attendee (an ustalenie) the form
    edited, and the page asked whether to bring back „Uczestnik 1” without saying who that was."""
    from test_web_rev_web16 import _conflict

    index = 0 if items == "obecni" else 1
    page = _conflict(web, [f"usun:{MEETING}.{items}[{index}]"], [(f"{MEETING}.{items}[{index}].{field}", "ZMIANA B")])
    assert re.search(rf"Spotkanie 1 › Protokół spotkania › {named} – usunięte na dysku, a w formularzu zmienione",
                     page), page[:3000]


@pytest.mark.parametrize("written", ["0x1F", "0o17", "0b101"])
def test_a_district_number_is_listed_as_the_file_writes_it(web, written):
    """rev-web17 #6 (t17.py hex, oct): `numer: 0x1F` was listed as „31”, `0o17` as „15” – the file's error is told
    in its row, the number as the officer wrote it."""
    text = re.sub(r"(?m)^(  numer: ).*$", lambda m: m.group(1) + written, BASE, count=1)
    assert text != BASE
    (web.folder / "sprawa.yaml").write_text(text, encoding="utf-8")
    row = web.get("/")[2].decode().split('href="/sprawy/sprawa"', 1)[1].split("</tr>", 1)[0]
    assert f"<td>{written}</td>" in row, row


def test_no_all_clear_under_a_refused_save(web):
    """rev-web17 #3 (t6.py): „Nie zapisano – pliku sprawy „sprawa.yaml” nie da się odczytać…” and right under it
    „Sprawa nie ma błędów ani pól do uzupełnienia.” – an all-clear on a page whose save was refused."""
    from test_web_rev_web16 import _words

    path = web.folder / "sprawa.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert "Sprawa nie ma błędów ani pól do uzupełnienia." in _words(web.get("/sprawy/sprawa")[2].decode())
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.miejscowosc", "Wrzosogród B")
    path.write_bytes(BASE.encode("utf-16"))
    page = _words(web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])[2].decode())
    assert "Nie zapisano" in page and "Sprawa nie ma błędów" not in page, page[:3000]
