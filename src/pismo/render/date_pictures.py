"""A DATE or TIME field's picture (\\@ "…") whose letters Word and LibreOffice read alike, each tried with soffice.

Rule: outside its apostrophe-quoted text a picture holds only letters both readers print the same. Word reads the
letters by case – M month, m minutes, H the 24-hour and h the 12-hour clock – and prints any other letter as it
stands; LibreOffice reads them by their place – „dd.mm.yyyy” is the month to it and the minutes to Word
(„06.12.2026” in the PDF, „06.31.2026” in Word), „HH:MM” the minutes (Word: the month), h the 24-hour clock unless
AM/PM follows, „r.” the year („6 grudnia 2026 2026.”), „am/pm” as „PM”. Anything else is refused by name with the
fix. So are the page-number and date blocks of run content (w:pgNum, w:dayLong …, from Word 97 templates): Word
shows the current page or date there, LibreOffice nothing („strona  dnia ..” in the PDF).
"""

from __future__ import annotations

import re

from lxml import etree

# A run of one letter, apostrophe-quoted text (printed as written by both), AM/PM in either case, or anything else
_TOKEN = re.compile(r"'[^']*'?|am/pm|([A-Za-z])\1*|[^A-Za-z']", re.I)
_COUNTS = {"d": (1, 2, 3, 4), "M": (1, 2, 3, 4), "y": (2, 4), "H": (1, 2), "s": (1, 2), "h": (1, 2), "m": (1, 2)}


def problem(picture: str) -> str | None:
    """What in the picture the two readers print otherwise, with the fix (Polish); None when nothing."""
    tokens = [match.group(0) for match in _TOKEN.finditer(picture)]
    letters = [(i, t) for i, t in enumerate(tokens) if t[0].isalpha() and t.lower() != "am/pm"]
    clock = any(t == "AM/PM" for t in tokens)
    unclosed = next((t for t in tokens if t.startswith("'") and (len(t) == 1 or not t.endswith("'"))), None)
    if unclosed is not None:  # Word prints the rest as written, LibreOffice with the picture's closing quote („"r.”)
        return (f"„{unclosed}” – tekst otwarty apostrofem nie jest nim zamknięty: Word drukuje go bez apostrofu, "
                f"a LibreOffice z cudzysłowem; zamknij go apostrofem, np. d MMMM yyyy 'r.'")
    for index, token in letters:
        letter = token[0]
        if letter.lower() in _COUNTS and letter not in _COUNTS:
            return (f"„{token}” – tę wielką literę Word i LibreOffice czytają inaczej niż małą; dzień, rok i sekundy to "
                    "małe litery (np. „dd.MM.yyyy HH:mm:ss”)")
        if letter not in _COUNTS:
            return (f"„{token}” – Word pisze tę literę tak, jak stoi, a LibreOffice czyta ją inaczej (np. „r.” jako "
                    "rok); tekst ujmij w apostrofy, np. d MMMM yyyy 'r.'")
        if len(token) not in _COUNTS[letter]:
            return f"„{token}” – tej liczby liter Word i LibreOffice nie czytają tak samo; napisz np. d, dd, MM, yyyy"
        before = _neighbour(letters, index, -1)
        after = _neighbour(letters, index, 1)
        by_clock = before in ("h", "H") or after == "s"
        if letter == "m" and not by_clock:
            return (f"„{token}” – Word czyta małe m jako minuty, a LibreOffice tu jako miesiąc; miesiąc to wielkie M "
                    "(np. „dd.MM.yyyy”), minuty – mm tuż po godzinie (HH:mm)")
        if letter == "M" and by_clock:
            return (f"„{token}” – Word czyta wielkie M jako miesiąc, a LibreOffice po godzinie jako minuty; minuty to "
                    "małe mm (np. „HH:mm”)")
        if letter == "h" and not clock:
            return (f"„{token}” – Word czyta małe h jako godzinę zegara 12-godzinnego, a LibreOffice jako 24-godzinnego "
                    "(„1:18” i „13:18”); godzina to wielkie H (np. „HH:mm”)")
    if any(t.lower() == "am/pm" and t != "AM/PM" for t in tokens):
        return "„am/pm” – LibreOffice pisze „PM”, Word „pm”; napisz AM/PM albo zegar 24-godzinny (HH:mm)"
    return None


def _neighbour(letters: list[tuple[int, str]], index: int, step: int) -> str | None:
    """The letter of the picture item next to the one at index (step -1 before, 1 after), whatever stands between."""
    position = next(n for n, (i, _t) in enumerate(letters) if i == index) + step
    return letters[position][1][0] if 0 <= position < len(letters) else None


_WORD = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"}
# Run content Word replaces by the page number or today's date when it shows the run, and the field to use instead
BLOCKS = {"pgNum": ("numer strony", "PAGE (Wstawianie → Numer strony)"),
          **{f"{unit}{size}": (what, "DATE (Wstawianie → Data i godzina)") for unit, what in
             (("day", "dzień"), ("month", "miesiąc"), ("year", "rok")) for size in ("Short", "Long")}}


def block(tree) -> tuple[str, str, str] | None:
    """The first page-number or date block of WordprocessingML in the tree: (its name, what Word shows, the field)."""
    found = next((e for e in tree.iter(*("{*}" + name for name in BLOCKS)) if etree.QName(e).namespace in _WORD), None)
    return None if found is None else (etree.QName(found).localname, *BLOCKS[etree.QName(found).localname])
