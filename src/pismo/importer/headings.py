"""The plan's title and its five section headings, in the many ways units write them.

A heading is recognised by its key phrase at the start of a line followed only
by words that headings use (or proper names), up to a full stop, a colon or a
dash; whatever follows is the section's first text. So a sentence such as
"Zakładany cel zostanie osiągnięty, gdy…" stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pismo.importer.dates import DATE
from pismo.importer.lines import strip_markers

_KEYS = {
    1: r"charakterystyk\w*\s+(?:zdiagnozowanego\s+|rozpoznanego\s+)?zagroże\w*|zdiagnozowane\s+zagroże\w*"
       r"|diagnoz\w*\s+zagroże\w*|opis\s+(?:zdiagnozowanego\s+)?zagroże\w*",
    2: r"zakładan\w+\s+cel\w*|cel\w*\s+do\s+osiągnięcia|cel\s+działania\s+priorytetowego",
    3: r"(?:proponowane|planowane|zaplanowane|przewidywane|proponowany)\s+działani\w*"
       r"|działania\s+wraz\s+z\s+terminami|działania\s+i\s+terminy\b",  # „… ich realizacji”
    4: r"podmioty\s+współ\w+|współpracujące\s+podmioty|instytucje\s+współ\w+"
       r"|podmioty\s+i\s+instytucje\s+współ\w+",
    5: r"(?:proponowany\s+|planowany\s+)?sposób\s+(?:przekazywania|informowania|przekazania|poinformowania)\b"
       r"|sposoby\s+(?:przekazywania|informowania)\b|informowanie\s+społeczności\b",
}
_KEY_RES = {n: re.compile(p, re.I) for n, p in _KEYS.items()}
# Short labels some units use instead of the headings ("Cel:", "Działania:", "Partnerzy:"); a label is
# a heading only alone on its line or before a colon, so "Cel zostanie osiągnięty…" stays text.
# A label's words: a noun naming the part, with the words forms put before or after it („Opis problemu”,
# „Planowane przedsięwzięcia”, „Zakładany cel”, „Podmioty współpracujące”, „Sposób przekazywania informacji”) –
# never a bare „Zadania:” (a partner's tasks label).
_PLANNED = r"(?:(?:planowane|proponowane|zaplanowane|przewidywane|podejmowane)\s+)"
_LABELS = {
    1: r"(?:(?:opis|diagnoza|charakterystyka|identyfikacja|analiza|rozpoznane|zdiagnozowane)\s+)?"
       r"(?:problemu|zagrożeni[ae]|zagrożeń)"
       r"(?:\s+w\s+rejonie)?|problem|diagnoza|charakterystyka",
    2: r"(?:(?:główny|zakładany|planowany)\s+)?cel(?:e|\s+działania|\s+działań|\s+do\s+osiągnięcia)?",
    3: rf"{_PLANNED}?(?:działania|przedsięwzięcia|czynności)(?:\s+i\s+terminy(?:\s+realizacji)?)?"
       rf"|{_PLANNED}zadania|działania\s+(?:dzielnicowego|planowane)|harmonogram(?:\s+działań)?",
    4: r"partnerzy|podmioty(?:\s+współpracujące)?|współpraca|instytucje\s+współpracujące",
    5: r"(?:po)?informowanie(?:\s+(?:mieszkańców|społeczności))?"
       r"|sposób\s+(?:po)?informowania(?:\s+(?:mieszkańców|społeczności))?"
       r"|(?:sposób\s+)?przekazywani[ae]\s+informacji(?:\s+mieszkańcom)?",
}
_LABEL_RES = {n: re.compile(rf"(?:{p})\s*(?::\s*|$)", re.I) for n, p in _LABELS.items()}
_VOCABULARY = set("""
    a i oraz lub ich jego jej ze z w we na do o od dla przez nie tym także też wraz wskazaniem planowanych
    charakterystyka zdiagnozowanego zagrożenia zagrożenie rejonie rejonu służbowym służbowego dzielnicowego
    zakładany zakładane zakładana cel cele celu osiągnięcia osiągnięcie sposób oceny realizacji
    proponowane planowane działania działań terminami terminy termin terminem realizacji poszczególnych etapów
    etapu zadań zadania zadaniami podmioty współpracujące współdziałające instytucje realizacji działania
    priorytetowego priorytetowym planu plan proponowany sposób przekazywania informowania poinformowania społeczności
    lokalnej mieszkańcom mieszkańców informacji informacje działaniu nr numer
""".split())
# A period inside a heading: "Cel do osiągnięcia w okresie 01.08.2024 r. - 31.01.2025 r.".
_HEADING_PERIOD = re.compile(rf"(?:(?:w|na|za)\s+okres(?:ie)?\s+|okres\s*:?\s*)?(?:od\s+(?:dnia\s+)?)?{DATE}\s*"
                             rf"(?:do(?:\s+dnia)?\b|[-–—])\s*{DATE}", re.I)
_TERMINATOR = re.compile(r"\s*(?:[.:;]|\s[-–—]\s)\s*")
_SPACES = re.compile(r"\s*")
# A heading ends within this many characters: a line is searched for one in a window this long, so
# finding headings inside a line stays linear in its length.
_HEADING_WINDOW = 400
_WORD = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]*)*/?|\d+|[,()/„”\"]")

_TITLE = re.compile(
    r"(?:informacja\s+(?:dotycząca\s+realizacji|z\s+realizacji|o\s+realizacji)\s+planu"
    r"|plan\s+działa(?:nia|ń)\s+priorytetow(?:ego|ych)|plan\s+priorytetowy|priorytetowy\s+plan\s+działania)", re.I)
_TITLE_TAIL = re.compile(
    r"\s*(?:$|[-–—:,(]|działania\b|dla\b|na\s+okres|za\s+okres|w\s+okresie|na\s+(?:rok|lata|półrocze)|od\b"
    r"|rejon|nr\b|numer\b|dzielnicow|zespołu|wydziału|komendy|komisariatu|posterunku|kpp|kmp|krp)", re.I)


@dataclass
class Heading:
    sections: tuple[int, ...]  # one, or more when headings were merged into one line
    rest: str  # text after the heading on the same line
    label: bool = False  # only a short label ("Cel:", "Diagnoza"), no numbered heading's words


def _key_at(text: str, pos: int) -> tuple[int, int] | None:
    """(section, end) of a key phrase starting exactly at pos."""
    for number, key in _KEY_RES.items():
        found = key.match(text, pos)
        if found:
            return number, found.end()
    return None


def _heading_word(word: str, shouting: bool) -> bool:
    parts = [p for p in re.split(r"[-/]", word.lower()) if p]
    if all(p in _VOCABULARY for p in parts) or word.isdigit() or word in ",()/„”\"":
        return True
    if re.fullmatch(r"[IVXLC]+", word):
        return True
    return not shouting and word[:1].isupper()  # a proper name: "… w Łęcznej"


def _label(text: str) -> Heading | None:
    """A short label ("Cel:", "Działania", "Partnerzy: Straż Miejska…") and the text after it."""
    for number, label in _LABEL_RES.items():
        found = label.match(text)
        if found:
            return Heading((number,), text[found.end():].strip(), label=True)
    return None


# What formal documents write before a part's number ("§ 1.", "Rozdział 1.", "Część 1:", "Ad. 1.", "Pkt 1."), and
# bold marks of a chat or Markdown copy ("**1."): with the number, part of the heading, never text of its own.
_NUMBERED_AS = re.compile(r"(?:\*+\s*|(?:§|rozdział|część|ad\.?|pkt\.?|punkt)\s*)(?:\d{1,2}|[IVX]{1,4})\s*[.:)]?\s+"
                          r"(?:\*+\s*)?", re.I)


# Any other one word before a number ("Dział 1.", "Etap 1.", "Ust. 1."): a heading word when it stands so before
# two parts' own numbers at least (recognise._heading_words).
_WORD_NUMBERED = re.compile(r"[^\W\d_]{2,12}\.?\s*(?=(?P<n>\d{1,2}|[IVX]{1,4})\s*[.:)]?\s)", re.I)


def word_numbered(text: str) -> tuple[str, int] | None:
    """(word, where its number starts) of a line that is a part's heading with one word before its own number."""
    found = _WORD_NUMBERED.match(text)
    if found is None:
        return None
    heading = parse_heading(text[found.end():found.end() + _HEADING_WINDOW])
    number = found.group("n")
    value = int(number) if number.isdigit() else _ROMAN_VALUES.get(number.upper())
    if heading is None or heading.sections[0] != value:
        return None
    return found.group().strip().rstrip(".").lower(), found.end()


def parse_heading(text: str, depth: int = 0) -> Heading | None:
    """The section(s) a line opens, or None when it is ordinary text."""
    numbered = _NUMBERED_AS.match(text)
    text = strip_markers(text[numbered.end():].rstrip("* ") if numbered else text)  # "**1. Cel…**"
    label = _label(text)
    if label:
        label.label = not numbered  # "Część 1: Diagnoza" is a numbered heading
        return label
    first = _key_at(text, 0)
    if first is None:
        return None
    sections, pos = [first[0]], first[1]
    shouting = text.isupper()
    rest = ""
    while pos < len(text):
        stop = _TERMINATOR.match(text, pos)
        if stop:
            rest = text[stop.end():]
            break
        pos = _SPACES.match(text, pos).end()
        key = _key_at(text, pos)
        if key:
            sections.append(key[0])
            pos = key[1]
            continue
        period = _HEADING_PERIOD.match(text, pos)
        if period:
            pos = period.end()
            continue
        word = _WORD.match(text, pos)
        if not word or not _heading_word(word.group(), shouting):
            return None
        pos = word.end()
    inner = parse_heading(rest, depth + 1) if rest and depth < len(_KEYS) else None  # five sections at most
    if inner:
        sections += inner.sections
        rest = inner.rest
    return Heading(tuple(dict.fromkeys(sections)), rest.strip())


_WORD_BEFORE = re.compile(r"(?<![^\s.:;])(?:\*+|§|rozdział|część|ad\.?|pkt\.?|punkt)\s*\Z", re.I)
_INNER_MARKER = re.compile(r"(?<=\s)(?:\d{1,2}|[IVX]{1,4})[.)]")


def inner_headings(text: str) -> list[int]:
    """Where numbered headings start inside a line ("…: Rada Osiedla – spotkania. 5. Proponowany sposób
    przekazywania…: zamieszczenie informacji…"): the line is to be cut there. One pass over the line.

    The heading's number must be its section's. A line made of headings alone ("3. Proponowane działania….
    4. Podmioty współpracujące….") stays one merged heading: the lines after it may belong to either part;
    so does what follows a cut when it is headings alone.
    """
    if _headings_only(text):
        return []
    cuts = []
    for found in _INNER_MARKER.finditer(text):
        heading = parse_heading(text[found.start():found.start() + _HEADING_WINDOW])
        if heading and heading.sections[0] == number_value(found.group()):
            before = _WORD_BEFORE.search(text, max(0, found.start() - 12), found.start())  # "… tekst. § 2. Cel…"
            cuts.append(before.start() if before else found.start())
            if _headings_only(text[found.end():found.end() + 3 * _HEADING_WINDOW + 1]):  # never the whole rest
                break
    return cuts


def _headings_only(text: str) -> bool:
    """Whether a text is headings and nothing else (such a text is short: five headings at most)."""
    if len(text) > 3 * _HEADING_WINDOW:
        return False
    whole = parse_heading(text)
    return bool(whole and not whole.rest)


def is_title(text: str, following: str = "") -> bool:
    """The first line of the plan's title ("Plan działania priorytetowego…", "Informacja dotycząca…")."""
    text = strip_markers(text)
    if len(text) > 300:
        return False
    found = _TITLE.match(text)
    if found:
        return bool(_TITLE_TAIL.match(text, found.end()))
    return text.lower().rstrip(":. ") == "plan" and following.lower().startswith("działania priorytetowego")


def is_title_continuation(text: str) -> bool:
    """A later line of a title split over several lines."""
    return bool(re.match(r"(?:działania\s+priorytetowego|dla\s+rejonu|na\s+okres|za\s+okres|w\s+okresie)\b",
                         text, re.I))


_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# What a part added after the five is about: "6. Ocena realizacji planu", "VI. Podsumowanie".
_EXTRA_SUBJECT = re.compile(r"(?:ocena|podsumowanie|wnioski|uwagi|efekty|wyniki|sprawozdanie"
                            r"|informacja\s+o\s+(?:realizacji|efektach|wynikach))\b", re.I)


def number_value(marker: str) -> int:
    """1 for "1." or "I)", 0 when the marker is no number."""
    number = re.fullmatch(r"(\d{1,2})[.)]|([IVX]+)[.)]", marker or "")
    if not number:
        return 0
    return int(number.group(1)) if number.group(1) else _ROMAN_VALUES.get(number.group(2), 0)


HEADING_CHARS = 150  # a longer line is text, whatever its words: a heading is quoted in the note of every line after it


def extra_heading(line, previous=None) -> bool:
    """A numbered heading after section 5 ("6. Ocena realizacji…"); ask only once section 5 has begun.

    previous is section 5's last list item: a line that goes on numbering those items ("6." after "5.")
    is one of them, unless it names what an added part is about.
    """
    from pismo.importer.dates import split_deadline

    value, text = number_value(line.marker), line.text
    if not value and not line.kind:
        return _unnumbered_extra(text)
    if value < 6 or len(text) > HEADING_CHARS or len(text.split()) > 15 or not text[:1].isupper() or text.endswith((",", ";")):
        return False
    if split_deadline(text, None) is not None:
        return False  # "6. Spotkanie z mieszkańcami – do 30.06.2026 r." is an action
    goes_on = previous is not None and previous.style == line.style and number_value(previous.marker) == value - 1
    return not goes_on or bool(_EXTRA_SUBJECT.match(text))


# an unnumbered heading of an added part: its subject and a few words („Ocena realizacji”, „Efekty podjętych
# działań”, „Podsumowanie”) alone on the line, or as a label before its text („Ocena realizacji: cel osiągnięto…”)
_UNNUMBERED_EXTRA = re.compile(r"(?:ocena|podsumowanie|wnioski|efekty|wyniki|sprawozdanie"
                               r"|informacja\s+o\s+(?:realizacji|efektach|wynikach))(?:\s+[^\W\d]+){0,4}"
                               r"(?P<end>\s*:.*|)", re.I)  # a heading ends with no full stop
# words of a way of informing („Wyniki na stronie internetowej KPP”, „Informacja o realizacji podczas spotkań”)
_WAY_WORDS = re.compile(r"\b(?:podczas|poprzez|przez|w\s+trakcie|na\s+stron\w*|stron\w*\s+internetow\w*"
                        r"|media\w*|mediów|ulotk\w*|tablic\w*|gablot\w*|spotka\w*|facebook\w*)\b", re.I)


def _unnumbered_extra(text: str) -> bool:
    """An unnumbered heading after section 5 („Ocena realizacji”, „Efekty podjętych działań”, „Ocena realizacji:
    cel osiągnięto…”) – the evaluation an Informacja adds – never a way of informing about the plan."""
    found = _UNNUMBERED_EXTRA.fullmatch(text.strip())
    return bool(found) and text[:1].isupper() and not _WAY_WORDS.search(text.strip()[:found.start("end")])
