"""The save path after the tenth web review (rev-web10) of issue 17: identical copies in a list without id are
asked, a restored item keeps its own text, notes travel with their item, a comment goes with its value, an item
keeps its own indentation, an unreadable disk keeps the loaded version's comments, and line ends are kept."""

from __future__ import annotations

import copy
import re

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_2, ACTION_3, TEXT, _after_buttons, _two_tabs
from test_web_rev_web9 import OBECNI, _region, three

from pismo.web import form

JOLANTA = """        - imie_nazwisko: Jolanta Próbna
          funkcja: Przewodnicząca Rady Osiedla Wrzosowisko
"""


def test_one_of_two_identical_copies_removed_on_disk_and_the_other_edited_is_asked():
    """Finding 1's variant: which copy the disk removed cannot be told – the edit was offered as a restore of
    „the removed one”, pre-selected, and one click wrote both copies again (the disk's removal undone)."""
    base = form.load(TEXT.replace(JOLANTA, JOLANTA + JOLANTA, 1))
    for removed, edited in ((1, 2), (2, 1)):
        theirs, mine = copy.deepcopy(base), copy.deepcopy(base)
        del theirs["spotkania"][0]["protokol"]["obecni"][removed]
        mine["spotkania"][0]["protokol"]["obecni"][edited]["funkcja"] = "ZMIANA B"
        found = three(base, mine, theirs)
        assert not found.restore, (removed, edited)
        assert [(c.key, c.unsure) for c in found.conflicts] == [(f"{OBECNI}[1].funkcja", True)]
        names = [v for k, v in found.fields if k.startswith(OBECNI) and k.endswith("imie_nazwisko")]
        assert names.count("Jolanta Próbna") == 1 and len(names) == 4


NOTE = "    # brak adresatów – szkoła nie dostaje pism z tego planu (pole nieobowiązkowe)\n"


@pytest.mark.parametrize("between", ["\n", "   # uwaga w kolumnie 3\n", "\n      # głębiej\n\n"],
                         ids=["blank", "column-3", "blank-deeper-blank"])
def test_the_last_item_s_note_travels_past_a_blank_line_or_another_comment(web, between):
    """Finding 3: a blank line (or a comment at another column) between the school's last field and its note
    ended the note's run – the note stayed behind, under the community's addressee."""
    text = TEXT.replace(NOTE, between + NOTE, 1)
    school = _region(text, "  - id: szkola\n", "\n# 5. Proponowany")
    community = _region(text, "  - id: wspolnota\n", "  - id: szkola\n")
    assert school.endswith(between + NOTE)
    _, saved = _after_buttons(web, ["gora:partnerzy[4]"], text)
    assert saved == text.replace(community + school, school + community)


def _saved_after_edit(web, text: str, name: str, value: str) -> bytes:
    """The file's bytes after the field name was set to value in the form and saved."""
    path = web.folder / "sprawa.yaml"
    path.write_bytes(text.encode("utf-8"))
    page = web.get("/sprawy/sprawa")[2].decode()
    fields = _replace(_form_fields(page), name, value)
    assert (name, value) in fields
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303 and "zapisano=1" in headers["Location"], status
    return path.read_bytes()


def test_an_item_in_its_own_deeper_indentation_keeps_it_when_one_field_is_edited(web):
    """Finding 6: every line of an action written „  -   id: …” (fields at 6) was rewritten at 4 columns when
    its deadline was changed; only the edited line changes."""
    own = "".join(("  -   " + line[4:]) if line.startswith("  - ") else "  " + line if line.strip() else line
                  for line in ACTION_2.splitlines(keepends=True))
    assert own.startswith("  -   id: wniosek-do-strazy\n      opis: >-\n        Wystąpienie")
    text = TEXT.replace(ACTION_2, own, 1)
    saved = _saved_after_edit(web, text, "dzialania[1].termin.do", "2026-04-15").decode("utf-8")
    assert saved == text.replace(own, own.replace("        do: 2026-03-31\n", "        do: 2026-04-15\n"), 1)


@pytest.mark.parametrize("name, old, new", [
    ("jednostka.telefon", "telefon: 47 855 10 00", "47 855 10 01"),
    ("jednostka.nazwa.mianownik", "mianownik: Komenda Miejska Policji we Wrzosogrodzie", "Komenda Miejska Policji"),
], ids=["lf-line", "crlf-line"])
def test_each_untouched_line_keeps_its_own_line_end(web, name, old, new):
    """rev-web8 v17: a file with CRLF on its first lines and LF after became all CRLF on a save of one field."""
    lines = TEXT.splitlines(keepends=True)
    text = "".join(line.replace("\n", "\r\n") for line in lines[:20]) + "".join(lines[20:])
    assert text.count(old) == 1 and "\r\n" in text
    saved = _saved_after_edit(web, text, name, new).decode("utf-8")
    assert saved == text.replace(old, old.split(": ")[0] + ": " + new, 1)


FORM = "    dopelniacz: Wydziału Prewencji\n"


@pytest.mark.parametrize("mark", ["# ze słownika – sprawdź", "# ze słownika – potwierdzone w przeglądarce"])
def test_the_dictionary_s_comment_goes_with_its_value(web, mark):
    """Finding 4: a value typed over a form `pismo odmien` wrote kept odmien's „# ze słownika – sprawdź” – the
    user's own form marked as taken from the dictionary."""
    text = TEXT.replace(FORM, FORM.rstrip("\n") + f"  {mark}\n", 1)
    saved = _saved_after_edit(web, text, "jednostka.wydzial.dopelniacz", "Wydziału Prewencji i Ruchu")
    assert saved.decode("utf-8") == TEXT.replace(FORM, "    dopelniacz: Wydziału Prewencji i Ruchu\n", 1)


def test_the_user_s_value_chosen_over_odmien_s_drops_its_comment(web):
    """Finding 4 on the conflict page: odmien wrote the form while the page was open, the user typed another one
    and kept „Twoja wersja” – the file said the user's form came from the dictionary, to be checked."""
    marked = "    dopelniacz: Wydziału Prewencji  # ze słownika – sprawdź\n"
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.wydzial.dopelniacz",
                      "Wydziału Prewencji i Ruchu")
    path.write_text(TEXT.replace(FORM, marked, 1).replace("Rewiru Dzielnicowych", "Rewiru Dzielnicowych I", 1),
                    encoding="utf-8")
    status, _, page = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 409
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page.decode()))
    saved = path.read_text(encoding="utf-8")
    assert status == 303 and "    dopelniacz: Wydziału Prewencji i Ruchu\n" in saved and "sprawdź" not in saved


def test_the_whole_form_saved_over_an_unreadable_disk_keeps_the_loaded_version_s_comments(web):
    """Finding 7: a quote left open in a text editor while the form was open – „Zapisz całą moją wersję z
    formularza” wrote the form without any of the file's 50 comments, though the loaded version has them."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), "jednostka.miejscowosc", "Wrzosogród Dolny")
    path.write_text(TEXT.replace("telefon: 47 855 10 00", 'telefon: "47 855 10 00', 1), encoding="utf-8")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page = body.decode()
    assert status == 409 and "Wersji z dysku nie da się odczytać" in page
    action = re.search(r'<form method="post" action="(/sprawy/sprawa/historia/[^"]+)"', page).group(1)
    version = re.search(r'name="wersja" value="([^"]+)"', page.split(action, 1)[1]).group(1)
    status, _, _ = web.post(action, [("csrf", web.csrf), ("wersja", version)])
    assert status == 303
    saved, lines = path.read_text(encoding="utf-8").split("\n"), TEXT.split("\n")
    changed = [(a, b) for a, b in zip(lines, saved) if a != b]
    assert len(saved) == len(lines) and len(changed) == 1, changed[:3]
    assert changed[0][1].startswith("  miejscowosc: Wrzosogród Dolny") and "# do daty pisma" in changed[0][1]


def test_an_item_restored_on_the_conflict_page_keeps_its_own_text_and_comment(web):
    """Finding 2: „Przywróć cały usunięty element” rebuilt the action from the form – its „# termin cykliczny”
    comment dropped in silence, `opis: >-` made one line, `[straz-miejska]` a block list, `termin`'s keys
    reordered; the user had changed one date."""
    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[2]"]),
                           lambda f: (_replace(f, "dzialania[2].termin.do", "2026-04-15"), []))
    assert "Działanie 3 (wspolne-patrole) – usunięte na dysku" in page
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    assert path.read_text(encoding="utf-8") == TEXT.replace(
        ACTION_3, ACTION_3.replace("      do: 2026-08-31\n", "      do: 2026-04-15\n"), 1)
