"""A web save changes only what the user changed: every value the page showed and the user left as it was keeps
its text in the case file – whatever YAML made of it, whether or not the form has a control that fits it."""

from __future__ import annotations

import difflib

import pytest

from helpers import WRZOSOGROD
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture

OTHER = ("jednostka.miejscowosc", "Wrzosogród Nowy")  # the one field each save changes
_LIST = ("  miejsca:\n    - ul. Klonowa 12 (rejon sklepu spożywczo-monopolowego)\n"
         "    - plac zabaw przy ul. Lipowej\n")
_ITEM = ("    - id: interwencje\n      nazwa: Liczba interwencji podjętych w rejonie sklepu i placu zabaw\n"
         "      wartosc_wyjsciowa: 12\n      wartosc_docelowa: 9\n      jednostka: interwencji\n"
         "      sposob_oceny: analiza interwencji odnotowanych w systemie ewidencji Policji\n")
_FIRST_PLACE = "    - ul. Klonowa 12 (rejon sklepu spożywczo-monopolowego)\n"
_AS_WRITTEN = [  # (the example's text, what the file has instead: each must survive a save of another field)
    # finding 1: a placeholder for a whole group, list or list item
    ("okres:\n  od: 2026-03-01\n  do: 2026-08-31\n", "okres: UZUPEŁNIJ\n"),
    ("  wskazniki:                      # wartości osiągnięte w okresie planu\n    - wskaznik: kmzb\n      wartosc: 6\n"
     "    - wskaznik: interwencje\n      wartosc: 10\n", "  wskazniki: UZUPEŁNIJ  # po zakończeniu okresu\n"),
    (_ITEM, "    - UZUPEŁNIJ drugi wskaźnik\n"),
    (_LIST, "  miejsca: UZUPEŁNIJ\n"),
    ("      status: zrealizowane\n      data: 2026-03-09\n", "      status: zrealizowane\n      data:\n"),
    ("    - dzialanie: zajecia-w-szkole\n", "    - UZUPEŁNIJ\n    - dzialanie: zajecia-w-szkole\n"),
    ("    pismo:\n      data: 2026-03-10\n      znak: PR-RD-0151-14/26      # znak zmyślony\n"
     "      podpisuje: komendant\n      egzemplarze:\n        - adresat\n        - a/a\n", "    pismo: {}\n"),
    # finding 2: a list or a group where the form has a one-line field (and in a list of lines)
    ("  telefon: 47 855 10 00\n", "  telefon: [47 855 10 00, 47 855 10 01]\n"),
    ("  telefon: 47 855 10 00\n", "  telefon: {sekretariat: 47 855 10 00}\n"),
    ("  opis: Osiedle Wrzosowisko – ulice Klonowa, Lipowa, Jesionowa i Bukowa\n",
     "  opis:\n    - Osiedle Wrzosowisko\n    - {ulice: [Klonowa, Lipowa]}\n"),
    ("    - WE WRZOSOGRODZIE\n", "    - {linia: WE WRZOSOGRODZIE}\n"),
    # finding 5: an item of a list of lines written over several lines
    (_FIRST_PLACE, "    - |-\n      ul. Klonowa 12\n      (rejon sklepu)\n"),
    (_FIRST_PLACE, "    - >\n      ul. Klonowa 12\n\n      (rejon sklepu)\n"),
    # finding 7: a scalar YAML reads as a number, kept as written
    ("    numer: 1/2026\n", "    numer: 1.10\n"),
    ("    numer: 1/2026\n", "    numer: 010\n"),
    ("      wartosc_wyjsciowa: 9\n", "      wartosc_wyjsciowa: 9.50\n"),
    ("      wartosc_wyjsciowa: 9\n", "      wartosc_wyjsciowa: 0x9\n"),
    ("  numer: XIII ", "  numer: 1_3 "),
    ("  telefon: 47 855 10 00\n", "  telefon: 1e3\n"),
    # finding 4: a value over two lines in a one-line number, district or date-or-text field is not glued
    ("      wartosc_wyjsciowa: 9\n", "      wartosc_wyjsciowa: |-\n        9\n        10\n"),
    ("  numer: XIII ", "  numer: |-\n    XIII\n    XIV\n  xnumer: XIII "),
    ("          termin: raz w miesiącu\n", "          termin: |-\n            raz\n            w miesiącu\n"),
    # a required choice missing from the file is not written with the form's first choice
    ("      status: w trakcie\n", ""),
]


def _saved_after_changing_another_field(web, text: str) -> str:
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    fields = _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), *OTHER)
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303 and "zapisano=1" in headers["Location"]
    return path.read_text(encoding="utf-8")


def _changed_lines(old: str, new: str) -> list[str]:
    return [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and line[:3] not in ("+++", "---")]


@pytest.mark.parametrize("example, written", _AS_WRITTEN, ids=[w.strip()[:40] for _, w in _AS_WRITTEN])
def test_a_save_keeps_every_value_the_user_did_not_touch_as_written(web, example, written):
    """Findings 1, 2, 5 and 7 of the short web review (rev-web6) of issue 17: a save of another field wrote
    `okres: {}` for `okres: UZUPEŁNIJ`, [] or {} for a list's or an item's placeholder, Python's "['a', 'b']" for
    a list in a one-line field, two items for one written over two lines, and "1.1" for `numer: 1.10`."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    assert example in text
    text = text.replace(example, written, 1)
    saved = _saved_after_changing_another_field(web, text)
    assert _changed_lines(text, saved) == ["-  miejscowosc: Wrzosogród         # do daty pisma: „Wrzosogród, dnia …”",
                                           "+  miejscowosc: Wrzosogród Nowy    # do daty pisma: „Wrzosogród, dnia …”"]


def _saved_after(web, text: str, typed: dict[str, str]) -> tuple[str, str]:
    """(the page shown for text, the file after a save with typed put into the form's fields)."""
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    page = web.get("/sprawy/sprawa")[2].decode()
    fields = _form_fields(page)
    for name, value in typed.items():
        assert name in dict(fields), name
        fields = _replace(fields, name, value)
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303 and "zapisano=1" in headers["Location"]
    return page, path.read_text(encoding="utf-8")


def test_what_the_user_changes_is_written_over_the_files_form(web):
    """The other side of keeping: a field the user did change takes the typed value, also where the file had a
    placeholder for the whole group, a number YAML read as 1.1, a list in a one-line field, or a block item."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    for old, new in [("okres:\n  od: 2026-03-01\n  do: 2026-08-31\n", "okres: UZUPEŁNIJ\n"),
                     ("    numer: 1/2026\n", "    numer: 1.10\n"),
                     ("  telefon: 47 855 10 00\n", "  telefon: [47 855 10 00, 47 855 10 01]\n"),
                     (_FIRST_PLACE, "    - |-\n      ul. Klonowa 12\n      (rejon sklepu)\n")]:
        text = text.replace(old, new, 1)
    page, saved = _saved_after(web, text, {
        "okres.od": "2026-03-01", "spotkania[0].numer": "1.20", "jednostka.telefon": "47 855 10 00",
        "zagrozenie.miejsca": "ul. Klonowa 12\n(rejon sklepu)\nplac zabaw przy ul. Lipowej 2"})
    assert 'value="1.10"' in page and 'value="[47 855 10 00, 47 855 10 01]"' in page and "[&#39;" not in page
    assert "w pliku jest liczba – wpisz tu poprawioną wartość albo ujmij ją w cudzysłów w pliku sprawy" in page
    phone = page.split('data-sciezka="jednostka.telefon"', 1)[1].split('<div class="pole', 1)[0]
    assert "Wartość z pliku nie pasuje do tego pola" in phone and "kilka wierszy" not in phone, phone
    assert "okres:\n  od: 2026-03-01\n" in saved and "UZUPEŁNIJ" not in saved, "\n".join(_changed_lines(text, saved))
    assert '    numer: "1.20"\n' in saved and "  telefon: 47 855 10 00\n" in saved
    assert "    - |-\n      ul. Klonowa 12\n      (rejon sklepu)\n    - plac zabaw przy ul. Lipowej 2\n" in saved


def test_a_placeholder_for_a_group_kept_by_a_save_is_still_pointed_at(web):
    """Finding 1 of rev-web6: kept as written, the placeholder's check still shows at its group."""
    text = WRZOSOGROD.read_text(encoding="utf-8").replace("okres:\n  od: 2026-03-01\n  do: 2026-08-31\n",
                                                          "okres: UZUPEŁNIJ\n", 1)
    _, saved = _saved_after(web, text, dict([OTHER]))
    assert "okres: UZUPEŁNIJ\n" in saved
    page = web.get("/sprawy/sprawa")[2].decode()
    group = page.split('id="f-okres"', 1)[1].split("</fieldset>", 1)[0]
    assert 'class="komunikat blad"' in group, group[:600]
    assert "w pliku jest tu tekst „UZUPEŁNIJ” – wypełnij pola tej grupy w formularzu (zastąpią tę wartość) albo " \
           "w pliku sprawy w edytorze tekstu (wiersz " in group, group[:600]


def test_a_line_yaml_read_as_a_group_is_shown_as_written_and_kept(web):
    """Finding 2's sibling in a list of lines: „- Godz.: 17:00 otwarcie” (YAML reads a group) was shown as
    Python's "{'Godz.': '17:00 otwarcie'}"; it is shown as written, kept by a save of another field, and once
    the list is edited it is written as the text it was meant to be."""
    old = "      - Otwarcie spotkania i przedstawienie uczestników.\n"
    text = WRZOSOGROD.read_text(encoding="utf-8").replace(old, "      - Godz.: 17:00 otwarcie spotkania\n", 1)
    page, saved = _saved_after(web, text, dict([OTHER]))
    box = page.split('data-sciezka="spotkania[0].porzadek"', 1)[1].split("</textarea>", 1)[0]
    assert ">Godz.: 17:00 otwarcie spotkania\nPrzedstawienie planu" in box and "&#39;" not in box, box
    assert "      - Godz.: 17:00 otwarcie spotkania\n" in saved
    assert "popraw ją w tym polu (formularz zapisze ją jako tekst) albo w pliku sprawy" in page
    lines = "Godz.: 17:00 otwarcie spotkania\nPrzedstawienie planu.\nUwagi.\nZakończenie."
    _, saved = _saved_after(web, saved, {"spotkania[0].porzadek": lines})
    from pismo.web.form import load

    assert load(saved)["spotkania"][0]["porzadek"][:2] == ["Godz.: 17:00 otwarcie spotkania", "Przedstawienie planu."]


@pytest.mark.parametrize("example, written, path", [
    ("      wartosc_wyjsciowa: 9\n", "      wartosc_wyjsciowa: |-\n        9\n        10\n", "cel.wskazniki[0].wartosc_wyjsciowa"),
    ("  numer: XIII ", "  numer: |-\n    XIII\n    XIV\n  uwagi: XIII ", "rejon.numer"),
    ("  telefon: 47 855 10 00\n", "  telefon: |-\n    47 855 10 00\n    47 855 10 01\n", "jednostka.telefon"),
])
def test_a_value_over_two_lines_in_a_one_line_field_is_shown_and_told_so(web, example, written, path):
    """Finding 4 of rev-web6: a number or a district over two lines was shown glued in a one-line input, and
    its message quoted it as „9<U+000A>10”. Now the field shows both lines and says it takes one."""
    from pismo.web.form import field_id

    text = WRZOSOGROD.read_text(encoding="utf-8").replace(example, written, 1)
    (web.folder / "sprawa.yaml").write_text(text, encoding="utf-8")
    page = web.get("/sprawy/sprawa")[2].decode()
    box = page.split(f'data-sciezka="{path}"', 1)[1].split('<div class="pole', 1)[0]
    lines = [line.strip() for line in written.split("|-\n", 1)[1].splitlines()[:2]]
    assert f'<textarea id="{field_id(path)}"' in box and "\n".join(lines) in box, box
    message = f"to pole przyjmuje jeden wiersz, a wartość zawiera podział wiersza („{lines[0]}”, „{lines[1]}”)"
    assert message in box and "U+000A" not in page


def test_an_empty_item_of_a_list_of_lines_is_never_written_as_none(web):
    """Finding 6 of the eighth web review (rev-web8) of issue 17: an empty item of the letterhead (`    -`) was shown
    as „None” and, once another line of the list was edited, saved as `- None` – „poprawny”, and every letter's
    header printed „None”."""
    text = WRZOSOGROD.read_text(encoding="utf-8").replace("    - KOMENDA MIEJSKA POLICJI\n",
                                                         "    -\n    - KOMENDA MIEJSKA POLICJI\n", 1)
    assert "    -\n    - KOMENDA" in text
    page, saved = _saved_after(web, text, {"jednostka.naglowek": "KOMENDA MIEJSKA POLICJI\nWE WRZOSOGRODZIE NOWYM"})
    naglowek = page.split('name="jednostka.naglowek"', 1)[1].split("</textarea>", 1)[0]
    assert "None" not in naglowek, naglowek
    assert "None" not in saved and "    - WE WRZOSOGRODZIE NOWYM\n" in saved, "\n".join(_changed_lines(text, saved))


@pytest.mark.parametrize("mapping, sequence, offset", [(2, 2, 0), (4, 6, 4), (4, 4, 2), (3, 5, 3)])
def test_a_save_keeps_the_file_s_own_indentation(web, mapping, sequence, offset):
    """Finding 2 of the eighth web review (rev-web8) of issue 17: a one-field save re-indented the whole file
    when it used 4-space groups or list dashes flush with their key – every line showed as changed."""
    import io

    from pismo.web import form

    yaml = form._yaml()
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    stream = io.StringIO()
    yaml.dump(form.load(WRZOSOGROD.read_text(encoding="utf-8")), stream)
    text = stream.getvalue()
    assert f"\n{' ' * mapping}nazwa:\n" in text and f"naglowek:{' ' * 23}# nagłówek" not in text or mapping == 2
    saved = _saved_after_changing_another_field(web, text)
    changed = _changed_lines(text, saved)
    assert len(changed) == 2 and "Wrzosogród Nowy" in changed[1], changed[:6]


def test_a_comment_the_save_cannot_keep_is_told_with_its_line(web):
    """Finding 3 of the eighth web review (rev-web8) of issue 17: a comment inside a list in brackets was deleted
    (ruamel drops it) and the page said only „Zapisano”. Since rev-web18 #5 a list left as it was keeps its text
    and comments through a save of another field; a save of the list itself cannot keep them, and says so."""
    old = "  adres:\n    - ul. Wrzosowa 1\n    - 99-999 Wrzosogród\n"
    text = WRZOSOGROD.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, "  adres: [ul. Wrzosowa 1,   # ulica\n          99-999 Wrzosogród]   # kod\n", 1)
    line = text[:text.index("# ulica")].count("\n") + 1
    path = web.folder / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    fields = [(k, v.replace("ul. Wrzosowa 1", "ul. Wrzosowa 2") if v.startswith("ul. Wrzosowa 1\n") else v)
              for k, v in _replace(_form_fields(web.get("/sprawy/sprawa")[2].decode()), *OTHER)]
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303 and "ul. Wrzosowa 2" in path.read_text(encoding="utf-8")
    page = web.get(headers["Location"])[2].decode()
    assert f"Nie zachowano komentarza z wiersza {line} poprzedniej wersji pliku" in page, page[:2000]
    fields = _replace(_form_fields(page), OTHER[0], "Wrzosogród Stary")
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert "komentarz" not in web.get(headers["Location"])[2].decode().split("Zapisano", 1)[1][:300]
