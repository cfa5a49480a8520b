"""Footnotes and numbers a template starts: small XML LibreOffice spends minutes on.

A note holding a note reference (itself, or 1 → 2 → 1) – Word never writes one – left LibreOffice without a
PDF of any letter. Notes that do not fit on their anchor's page are re-flowed again and again: 200 references in
one paragraph took 2.9 s, 500 over 90 s, the same reference repeated by a loop as long. A Roman numeral of two
billion is two million „M” LibreOffice builds and lays out (a footnote numbered so: over 60 s and 3.6 GB).
Each is refused by part name, on the template and on every filled part.
"""

from __future__ import annotations

from lxml import etree

from pismo.polish import thousands

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_IN_PARAGRAPH = 20  # note references in one paragraph (a letter's sentence has one or two)
MAX_REFERENCES = 500  # in one part (2000 footnotes one per paragraph: 5.4 s)
MAX_START = 32767  # Word's own largest list start
MAX_ROMAN_START = 3999  # the largest Roman numeral written without a run of „M”
_ROMAN = {"upperRoman", "lowerRoman"}
_REFERENCES = (f"{{{W}}}footnoteReference", f"{{{W}}}endnoteReference")
# (element, attribute of its number, what it numbers – in Polish, genitive)
_STARTS = {"numStart": ("val", "przypisów"), "pgNumType": ("start", "stron"), "lnNumType": ("start", "wierszy"),
           "start": ("val", "listy"), "startOverride": ("val", "listy")}
# Where Word sets each start number (rev-tpl18 4: one sentence for all named three dialogs, none of them line numbers')
_WHERE_SET = {"numStart": "Odwołania → Przypisy → Rozpocznij od",
              "pgNumType": "Wstawianie → Numer strony → Formatuj numery stron → Rozpocznij od",
              "lnNumType": "Układ → Numery wierszy → Opcje numerowania wierszy → Rozpocznij od",
              "start": "Narzędzia główne → Numerowanie → Ustaw wartość numerowania",
              "startOverride": "Narzędzia główne → Numerowanie → Ustaw wartość numerowania"}


class Refused(Exception):
    """A part's notes or start numbers would keep LibreOffice busy for minutes; the message is Polish."""


def check(part: str, tree, blob: bytes) -> None:
    if b"noteReference" in blob:
        check_references(part, tree)
    if b"Start" in blob or b"start" in blob or b"NumType" in blob:
        check_starts(part, tree)


def check_references(part: str, tree) -> None:
    """No note reference inside a note, at most MAX_IN_PARAGRAPH in a paragraph and MAX_REFERENCES in the part,
    each note referenced once."""
    seen, per_paragraph = set(), {}
    for reference in tree.iter(*_REFERENCES):
        if _inside_note(reference):
            raise Refused(f"część {part}: przypis zawiera odwołanie do przypisu (do samego siebie albo do innego) – "
                          "Word takiego nie zapisuje, a LibreOffice nie tworzy wtedy PDF żadnego pisma; usuń odwołanie "
                          "z tekstu przypisu w szablonie")
        key = (etree.QName(reference).localname, reference.get(f"{{{W}}}id"))
        if key in seen:
            raise Refused(f"część {part}: ten sam przypis (numer {key[1]}) jest wstawiony kilka razy – Word wstawia "
                          "każdy przypis raz, a LibreOffice składa każde powtórzenie, co trwa minuty; nie powtarzaj "
                          "odwołania do przypisu w pętli ani nie kopiuj go")
        seen.add(key)
        paragraph = _paragraph(reference)
        per_paragraph[paragraph] = per_paragraph.get(paragraph, 0) + 1
        if per_paragraph[paragraph] > MAX_IN_PARAGRAPH or len(seen) > MAX_REFERENCES:
            where = (f"ponad {MAX_IN_PARAGRAPH} odwołań do przypisów w jednym akapicie" if len(seen) <= MAX_REFERENCES
                     else f"ponad {MAX_REFERENCES} odwołań do przypisów")
            raise Refused(f"część {part}: pismo ma {where} (najwyżej {MAX_IN_PARAGRAPH} w akapicie i {MAX_REFERENCES} "
                          "w części) – LibreOffice układa przypisy, które nie mieszczą się na stronie, przy każdym "
                          "piśmie przez minuty; usuń zbędne przypisy")


def _inside_note(element) -> bool:
    return any(a.tag in (f"{{{W}}}footnote", f"{{{W}}}endnote") for a in element.iterancestors())


def _paragraph(element):
    return next((a for a in element.iterancestors(f"{{{W}}}p")), None)


def check_starts(part: str, tree) -> None:
    """Start numbers of notes, pages, line numbers and lists at most MAX_START, Roman ones MAX_ROMAN_START."""
    for element in tree.iter(*(f"{{{W}}}{local}" for local in _STARTS)):
        local = etree.QName(element).localname
        if local == "start" and etree.QName(element.getparent()).localname != "lvl":
            continue
        attribute, what = _STARTS[local]
        value = element.get(f"{{{W}}}{attribute}")
        if value is None:
            continue
        roman = _format(element) in _ROMAN
        limit = MAX_ROMAN_START if roman else MAX_START
        try:
            number = int(value.strip())
        except ValueError:
            number = limit + 1
        if abs(number) > limit:
            raise Refused(f"część {part}: numeracja {what} zaczyna się od {value[:20]} (najwyżej "
                          f"{thousands(MAX_START)}, w cyfrach rzymskich {MAX_ROMAN_START}) – LibreOffice buduje tak "
                          "wielki numer przy każdym piśmie przez minuty i gigabajty pamięci; ustaw w Wordzie mniejszy "
                          f"numer początkowy ({_WHERE_SET[local]})")


def _format(element) -> str | None:
    """The number format an element's start is written in: its own w:fmt, or its sibling w:numFmt's value."""
    own = element.get(f"{{{W}}}fmt")
    if own is not None:
        return own
    sibling = element.getparent().find(f"{{{W}}}numFmt")
    return None if sibling is None else sibling.get(f"{{{W}}}val")
