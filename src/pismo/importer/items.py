"""Items of the list sections: actions with deadlines, partners, ways of informing.

Lines are grouped into items first (sub-items, wrapped lines and a separate
deadline line join the item they belong to), then each item is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pismo.importer.columns import attribute_note
from pismo.importer.dates import (DATE, Deadline, Period, Termin, before_end_date, deadline_line, deadline_only, parse_spec,
                                  split_deadline, unread_deadline)
from pismo.importer.lines import ABBREVIATIONS, DEPARTMENT as _DEPARTMENT, Line, hangs, quoted, split_inline_list
from pismo.importer.plan import Action, Partner
from pismo.importer.sources import SourceError
from pismo.polish import join_and

NUMBER_CELL = re.compile(r"\d{1,3}\.?")  # the "Lp." column
_SENTENCE_END = re.compile(r"[.:](?=\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"(])")
_DASH = re.compile(r"\s[-–—]\s")
# A header cell's words ("Lp.", "Proponowane działania", "Termin realizacji", "Nazwa podmiotu", "Zakres zadań",
# "Zadania do realizacji", "Działanie i termin"): a cell of these words alone names a column; "Od" | "Do" too.
_HEADER_WORD = re.compile(
    r"l\.?\s*p|nr|działa\w*|opis\w*|zada\w*|sposób|sposoby|termin\w*|data|daty|realizacj\w*|wykonani\w*"
    r"|rozpoczęci\w*|zakończeni\w*|od|do|dnia|początek|koniec|podmiot\w*|współ\w+|odpowiedzialn\w*|realizując\w*"
    r"|uwagi|partner\w*|forma|formy|instytucj\w*|proponowan\w*|planowan\w*|zaplanowan\w*|przewidywan\w*"
    r"|rodzaj|zakres|nazwa|przedsięwzię\w*|i|oraz|lub|osob\w*|jednostk\w*|wykonawc\w*", re.I)
_HEADER_WORDS = 5  # a header cell is short: "Podmiot współpracujący i zakres zadań"
_WRAP_START = "„\"“'«("
_PAGE_LINE = 50  # characters: a shorter line ended where its text ended, not at the page's edge
_FULL = 0.6  # of the page's width: a line and the next one's first word longer than this may have filled it
WRAPPED = ("dołączono wiersz zaczynający się wielką literą do pozycji powyżej (pozycja nie kończyła się kropką) "
           "– sprawdź, czy to nie osobna pozycja")
WRAPPED_ON = ("dołączono wiersz zaczynający się wielką literą do pozycji powyżej (wiersz nad nim sięgał końca "
              "strony) – sprawdź, czy to nie osobna pozycja")
JOINED = "połączono wiersze w jedną pozycję – sprawdź, czy to nie są osobne pozycje listy"
# A report of what was done ("Realizacja: przeprowadzono 24 kontrole…"), written into some published plans.
_RESULT = re.compile(r"[\s–—-]*(?:realizacja|sposób\s+realizacji|stan\s+realizacji|wykonanie|efekty?|wyniki?)\s*:",
                     re.I)
NO_DEADLINE = "w tekście brak terminu albo go nie rozpoznano – przyjęto cały okres planu; wpisz właściwy termin"


@dataclass
class Item:
    text: str
    kind: tuple | None = None  # Line.style of its first line: which list it belongs to
    notes: list[str] = field(default_factory=list)
    cells: tuple[str, ...] = ()
    open: bool = False  # ends with a colon: marked lines after it are its sub-items
    results: list[str] = field(default_factory=list)  # "Realizacja: …" lines, kept after the deadline
    after: list[str] = field(default_factory=list)  # wrapped lines after the deadline: the text goes on
    subs: list[tuple[str, str]] = field(default_factory=list)  # sub-items (marker, text): a)/b), nested bullets
    joined: int = 0  # characters of the lines joined to the first one
    header: bool = False  # a table row Word marks as its header: the names of the columns of the rows below
    marker: str = ""  # its first line's list marker: a bullet of another sign under an open item is a sub-item
    columns: tuple[int, ...] = ()  # a table row: the column of each of its cells (Line.columns)
    sub_level: int = 0  # the list level of its last sub-item: a line above it closes the sub-list

    @property
    def full(self) -> str:
        """The whole item as one text (partners and ways of informing have no sub-items): markers kept."""
        subs = [f"{marker} {text}" if marker[:1].isalnum() else text for marker, text in self.subs]
        return " ".join([self.text, *self.after, *subs, *self.results])

    def add(self, line: Line) -> None:
        if self.subs:  # a wrapped sub-item goes on
            marker, text = self.subs[-1]
            self.subs[-1] = (marker, f"{text} {line.text}")
            return
        piece = f"{line.marker} {line.text}" if line.kind == "number" else line.text
        self.text = f"{self.text} {piece}".strip()

    def add_sub(self, line: Line) -> None:
        self.subs.append((line.marker, line.text))
        self.sub_level = line.level


_TIME_START = re.compile(r"\d{1,2}[.:]\d{2}(?![.\d])")


def continues(previous: str, text: str) -> bool:
    """A line wrapped inside a sentence: no sentence end before it, lower-case start or a time
    ("…w godzinach" / "18.00-23.00.")."""
    return bool(previous) and not _stops(previous) and (text[:1].islower() or bool(_TIME_START.match(text)))


def _stops(previous: str) -> bool:
    """Whether a line ends a sentence: „.”, „!”, „?”, „;”, „:” – not the dot of an abbreviation („takie jak np.”)."""
    previous = previous.rstrip()
    if not previous.endswith("."):
        return previous.endswith(("!", "?", ";", ":"))
    word = previous[:-1].rsplit(None, 1)[-1:] or [""]
    return word[0].lstrip("(„\"").lower() not in _GOES_ON_AFTER


_GOES_ON_AFTER = ABBREVIATIONS - {"r", "itp", "itd", "jw"}  # abbreviations a sentence does not end with


_YEAR_ON = re.compile(r"(?:\d{4}\s*)?(?:r\.|roku)(?!\w)|\d{4}\s*r(?:\.|oku)", re.I)  # „2025 roku.”, „r.”




_OPEN_START = re.compile(rf"\bod\s+(?:dnia\s+)?{DATE}\s*(?:r\.|roku)?\Z", re.I)  # a period's start ending a line
_UNTIL = re.compile(rf"do\s+(?:dnia\s+)?{DATE}", re.I)  # and its end opening the next
_START_CHARS = 60


_DAY_MONTH_END = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$")  # a date's day and month, its year on the next line


def _carried_on(previous: str, text: str) -> bool:
    """A line a hard wrap cut from the sentence above (a .txt from a PDF or an e-mail): the year of its date
    („… od 1 lipca” / „2025 roku do …”) or the words of a bracket it left open."""
    previous = previous.rstrip()
    if hangs(previous, text):  # „… oraz ul.” / „Wiklinowej)”, „… w okresie od” / „1 lipca 2025 r.”
        return True
    if _UNTIL.match(text) and _OPEN_START.search(previous[-_START_CHARS:]):  # „…, od 01.04.2026 r.” / „do 31.08…”
        return True
    if _DAY_MONTH_END.search(previous) and _YEAR_ON.match(text):  # „… – do 30.04.” / „2026 r.,”: the date's year
        return True
    if not previous or previous.endswith((".", "!", "?", ";")):
        return False
    return bool(_YEAR_ON.match(text)) or previous.count("(") > previous.count(")")


def _wrapped(previous: str, text: str, line: str, width: int) -> bool:
    """A list item broken by the page's edge (text from a PDF, a hard-wrapped .txt): the unmarked line after it
    starts with a quoted name after no final punctuation ("…Spółdzielni Mieszkaniowej" / "„Zamość” – …"), or with
    a capital after a line the page's edge ended – mid-sentence, or at a sentence's end when the text's width is
    known (a bulleted item's next sentence); a short item ("• Strona KPP") is a whole one."""
    open_ended = not previous.rstrip().endswith((".", "!", "?", ";", ":", ","))
    if text[:1] in _WRAP_START or text[:1].islower():
        return open_ended and text[:1] in _WRAP_START
    if open_ended:
        return _full(line, text, width)
    return bool(width) and line.endswith(".") and _full(line, text, width, 1.0)


def _dashed_deadline(item: Item, line: Line, period: Period | None) -> bool:
    """A dashed line under an item that is only a date („4) spotkanie z zarządcą …” / „   – do 20 kwietnia 2026
    r.,”): the item's deadline wrapped with its dash, no sub-item – unless the item opens a list („…:”). Several
    such lines („– 15 kwietnia 2026 r.,” / „– 20 maja 2026 r.,”) are all the item's dates: a line that is only a
    date is never an action of its own."""
    if not (item.kind and not item.open and line.kind == "bullet"):
        return False
    if line.marker in "-–—" and parse_spec(line.text.rstrip(" ,;"), period):
        return True
    return (line.marker in "-–—" or _nested(item, line)) and _further_date(item, line, period)


def _further_date(item: Item, line: Line, period: Period | None) -> bool:
    """A dashed line nested under a dated item, a few words before a date („– do 30.04.2026 r.” / „– ponownie do
    31.08.2026 r.”, „– drugi raz – 31.08.2026 r.”, „– ponownie w czerwcu 2026 r.”, „– kolejne spotkanie
    15.06.2026 r.”): the item's further date with its words, never an action of its own („ponownie”)."""
    if line.style == item.kind:
        return False
    found = split_deadline(line.text.rstrip(" ,;"), period)
    if found is None or found.termin.do is None or len(before_end_date(found.opis).split()) > _FURTHER_WORDS:
        return False
    own = _own_deadline(item, period)
    return own is not None and own.termin.do is not None and not _inside(own.termin, found.termin)


def _inside(own: Termin, sub: Termin) -> bool:
    """A sub-item's date within its item's own period („spotkania – IV–VI 2026 r.” / „– ul. Fabryczna 12 –
    15.04.2026 r.”): one of the meetings the period holds, never the item's further date."""
    return bool(own.od and own.do and sub.do and own.od <= (sub.od or sub.do) and sub.do <= own.do)


def _dated_inside(item: Item, line: Line, period: Period | None) -> bool:
    """A nested line dated inside its item's own period: the item's sub-item with its date (_inside)."""
    own, found = _own_deadline(item, period), split_deadline(line.text.rstrip(" ,;"), period)
    return bool(own and found and found.opis and _inside(own.termin, found.termin))


_FURTHER_WORDS = 3  # „ponownie”, „drugi raz”, „I etap”: a sub-item's own action has more


def _wrapped_deadline(item: Item, line: Line) -> bool:
    """A hard wrap left an item's „– termin realizacji w okresie od …” at a line's start: its dash is no bullet
    (a deadline line with a colon is the item's deadline as well)."""
    return bool(item.kind) and line.kind == "bullet" and line.marker in "-–—" and bool(_TERMIN.match(line.text))


_TERMIN = re.compile(r"termin\w*\b", re.I)


def page_width(lines: list[Line]) -> int:
    """The characters a line of the text reaches: the length a tenth of its lines reach or pass (a hard-wrapped
    text's lines end near its wrap width; a few long ones – an address, a link – do not move it)."""
    sizes = sorted((len(line.text) for line in lines if line.text and not line.cells), reverse=True)
    return sizes[len(sizes) // 10] if sizes else 0


def _full(line: str, text: str, width: int, share: float = _FULL) -> bool:
    """Whether the page's edge ended the line: the next line's first word would not have fitted after it (by
    default within four tenths: proportional fonts, joined lines widen the text). Without a width known, a line as
    long as a page's."""
    if not width:
        return len(line) >= _PAGE_LINE
    return len(line) + 1 + len(text.split(" ", 1)[0]) > width * share


# a lower-case word that goes on with a sentence at a line's start: a conjunction, a preposition, a relative word
_GOES_ON = re.compile(r"(?:od|do|w|we|z|ze|na|i|a|oraz|dla|przez|po|o|u|lub|albo|za|przy|jak|czy|że|np\.|tj\.|m\.in\."
                      r"|któr\w+|mając\w+|zwiększając\w+|dotycząc\w+|realizowan\w+)(?!\w)")


def _apart(line: str, text: str, width: int) -> bool:
    """A lower-case line under a short one it would have fitted on, neither going on with the other's words: in a
    list without bullets, one typed an item a line („strona internetowa KPP” / „ulotki w skrzynkach”), not a
    wrapped sentence (under a bulleted item an unbulleted line is the item's: the next item has its bullet)."""
    line = line.rstrip()
    return bool(width) and text[:1].islower() and not _full(line, text, width) and not line.endswith(
        (",", "-", "–")) and not hangs(line, text) and not _GOES_ON.match(text)


# Characters before an item's end that a deadline can start at: a clause and its 160 characters of dates, in a
# text of single spaces (Lines are clean). Asked for every joined line, 4 000 made 19 000 lines take 94 s.
_DEADLINE_REACH = 400
MAX_ITEM_TEXT = 20_000  # characters joined to one item's first line: an action is some hundred characters long


def _complete(item: Item, period: Period | None) -> bool:
    """An item that has its own deadline ends there: the next line starts another one.

    Only an item that announces sub-items ("…, w szczególności:") takes them in after its deadline. A
    deadline is short, so only the item's end is read (from a word's start): asked again for every wrapped
    line, the whole text made an item of thousands of lines quadratic.
    """
    return not item.open and _own_deadline(item, period) is not None


def _own_deadline(item: Item, period: Period | None) -> Deadline | None:
    """The deadline ending the item's text (its end only: see _complete)."""
    text = item.text.rstrip(",;")
    end = len(text.rstrip(" .;,"))
    if end > _DEADLINE_REACH:
        space = text.find(" ", end - _DEADLINE_REACH)
        text = text[space + 1:] if space >= 0 else text
    return split_deadline(text, period)


def _tail(item: Item) -> str:
    """The text a next line would go on from: the last sub-item's, else the item's."""
    return item.subs[-1][1] if item.subs else item.text


def header_row(cells: tuple[str, ...]) -> bool:
    """Whether every cell of a row names a column ("Lp. | Proponowane działania | Termin realizacji"), or two of
    three cells or more do and the others are short labels ("Osoba do kontaktu", "Miejsce", "Wskaźnik"): a column
    pismo does not know makes no header a partner „Lp”."""
    known = sum(1 for cell in cells if _header_cell(cell))
    return known == len(cells) or len(cells) >= 3 and known >= 2 and all(
        _header_cell(cell) or _LABEL.fullmatch(cell) for cell in cells)


_LABEL = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][^\d.!?;:,]{0,40}")  # a column's name: capitalised, short, no number nor sentence


def opening_header(cells: tuple[str, ...]) -> bool:
    """A table's first row naming its columns in any words: every cell a short label or question, no sentence nor
    number, the first naming who („Podmiot”, „Nazwa instytucji”, „Kto?”) – „Podmiot | Planowane przez podmiot
    działania” is no partner „Podmiot”."""
    return len(cells) >= 2 and all(_LABEL.fullmatch(cell.strip().rstrip("?")) and len(cell.split()) <= _HEADER_WORDS
                                   for cell in cells) and (_header_cell(cells[0]) or cells[0].strip().endswith("?"))


def _header_cell(cell: str) -> bool:
    words = re.split(r"[\s/]+", cell.strip(" .:"))
    return 0 < len(words) <= _HEADER_WORDS and all(_HEADER_WORD.fullmatch(word.strip(".,:()")) for word in words)


def _other_bullet(item: Item, line: Line) -> bool:
    """A bullet of another sign than the open item's („· Spotkania z mieszkańcami ulic:” / „- Jaśminowej”), the
    first under it or of its sub-items' sign: the item's sub-item (a third sign is the list's next item)."""
    return line.kind == "bullet" and line.marker != item.marker and (not item.subs or item.subs[-1][0] == line.marker)


def _whole_item(line: Line) -> bool:
    """A line at the list's own level that is a whole item – a sentence of several words ending with a full stop
    („- Za pośrednictwem lokalnych mediów.”) – not a piece going on with the line above („- Jaśminowej – do
    30.04.2026 r.,”): the list's items under an introduction, never its sub-items."""
    return not line.level and line.text.endswith(".") and len(re.findall(r"[^\W\d_]{2,}", line.text)) >= 4


def _sub_item(last: Item, line: Line) -> bool:
    """A differently marked line right under an item ending with „:”, or under its sub-items: the item's sub-item
    – unless the first of them is a whole item (an introduction „W ramach planu przewiduje się …:” over the list)."""
    return bool(last.kind and last.open and (line.style != last.kind or _other_bullet(last, line))
                and (last.subs or not _whole_item(line)))


def _next_item(last: Item, line: Line) -> bool:
    """A list line that is the next item, never the item's sub-item: a number of the item's own list („2.” under
    „1. kontrole …, także”), whatever the item ends with and whichever list came before it (only an item announcing
    sub-items – „1. Działania profilaktyczne:” – may number them as itself); or a line a level above the item's
    sub-items (Word's „List Bullet” after „List Bullet 2” under a „List Number” item), whatever its list's sign."""
    return (line.kind == "number" and line.style == last.kind and not last.open
            or bool(last.subs and line.kind and line.level < last.sub_level))


def _named_tasks(last: Item, line: Line, part: int, period: Period | None) -> bool:
    """A partner's name on an unbulleted line ending with „:” over bulleted lines in lower case („Urząd Miejski
    w Opatowie:” / „– udział w spotkaniu z mieszkańcami,”): its tasks, never partners of their own – an
    introduction („We współpracy z:”, „W realizacji działań uczestniczyć będą:”) stands over partners, and a
    line of „<name> – <tasks>” („– dyrektor Zespołu Szkół – udostępnienie sali”) is a partner, whatever its case."""
    return (part == 4 and not last.kind and last.open and line.kind == "bullet" and line.text[:1].islower()
            and not _lead_in_words(last.text) and not _named_line(line.text, period))


# the last word of a list's lead-in („Współpraca z:”, „Podmioty, z którymi …:”) or a verb's form in lower case
# („uczestniczyć będą”, „współpracują”, „jest”): a sentence introducing partners, never a unit's name
_LEAD_IN_END = re.compile(r"(?<!\w)(?:z|ze|w|we|z\s+udziałem|przy|przez|dla|między|pomiędzy|są|to)\s*:?\Z")
_LOWER = "a-ząćęłńóśźż"
_VERB = re.compile(rf"(?<![\w.])(?:[{_LOWER}]+[ćą]|będzie|jest|zostanie|weźmie|wezmą|[{_LOWER}]+uje)(?!\w)")


def _lead_in_words(text: str) -> bool:
    """Whether an unbulleted „…:” line introduces a list rather than names a unit: it ends in a preposition,
    announces what follows or has a verb (a unit's name has none: „Urząd Miejski w Opatowie”)."""
    return bool(_LEAD_IN_END.search(text) or _ANNOUNCES.search(text) or _VERB.search(text))


def partners_intro(item: Item) -> bool:
    """An unbulleted line marked as the partners' introduction that reads as one – a verb or a closing preposition
    („Dzielnicowy w realizacji planu będzie współpracował z:”): no partner; a unit's name („Urząd Miejski w
    Opatowie:”) stays one."""
    return (not item.cells and not item.kind and not item.subs
            and (item.text.endswith(":") and _lead_in_words(item.text)
                 or item.text.endswith(".") and bool(_ANNOUNCES.search(item.text)))
            and any(note in (INTRODUCTION, UNBULLETED_INTRODUCTION) for note in item.notes))  # „… z poniższymi
    # podmiotami.” announces the list with its full stop as well


def instrumental(name: str | None) -> bool:
    """„Urzędem Gminy Wąwolnica”, „Gminną Komisją …” after „… współpracował z:”: a name whose first word the
    dictionary reads in the instrumental, never in the nominative – the documents print the name as written."""
    from pismo.morph.dictionary import analyse

    cases = [r.cases for r in analyse(name.split()[0])] if name and name.split() else []
    return any("inst" in found for found in cases) and not any("nom" in found for found in cases)


def _named_line(text: str, period: Period | None) -> bool:
    """A line of „<name> – <tasks>”: a dash that is not the one before the line's deadline."""
    return bool(_DASH.search(text)) and split_deadline(text, period) is None


def _nested(last: Item, line: Line) -> bool:
    """A line the source sets a level deeper than the item above (an indented dash under a bullet, Word's „List
    Bullet 2”): its sub-item even after the item's deadline („- patrole … – IV–VIII 2026 r.,” / „   – w piątki …”),
    unless it has a date of its own (then an action, or the item's further date: _further_date)."""
    return bool(last.kind and line.style and line.style[1] > last.kind[1])


INTRODUCTION = ("ten wiersz kończy się dwukropkiem, a pod nim stoją całe pozycje listy – wygląda na wstęp do listy, "
                "nie na jej pozycję; sprawdź i usuń go, jeśli nie jest osobną pozycją planu")


def _introduces(last: Item, line: Line) -> bool:
    """The item ending with „:” stands over whole items of another list sign: an introduction to them."""
    return bool(last.open and not last.subs and line.kind and line.marker != last.marker and _whole_item(line))


UNBULLETED_INTRODUCTION = ("ten wiersz bez punktora stoi nad pozycjami listy i je zapowiada – wygląda na wstęp do "
                           "listy, nie na jej pozycję; sprawdź i usuń go, jeśli nie jest osobną pozycją planu")
AFTER_LIST = ("ten wiersz bez punktora stoi po pozycjach listy z punktorami – wygląda na zdanie zamykające listę, nie "
              "na jej pozycję; sprawdź i usuń go (albo przenieś), jeśli nie jest osobną pozycją planu")
# words announcing a list at the sentence's end („… w następujący sposób:”, „… podejmie następujące działania.”,
# „… z poniższymi podmiotami.”) – an item naming its own objects after them („Rozpoznanie następujących miejsc
# …: przystanku, parku.”, „Zamieszczenie poniższej informacji na stronie internetowej KPP.”) announces nothing
_ANNOUNCES = re.compile(r"\b(?:(?:następując|poniższ|niżej\s+wymienion)\w*(?:\s+[\w-]+){0,4}|m\.\s?in\.)\s*[:.]?\s*$",
                        re.I)


def _no_item(notes: list[str]) -> bool:
    """Whether a note says the line is a list's introduction or closing sentence, not an item."""
    return any(note in (INTRODUCTION, UNBULLETED_INTRODUCTION, AFTER_LIST, UNDATED_CLOSING, STAGE_ROW)
               for note in notes)


STAGE_ROW = ("ten wiersz stoi między wierszami tabeli bez jej kolumn (np. komórka scalona na całą szerokość: „Etap "
             "I – …”) – wygląda na nagłówek etapu albo grupy, nie na pozycję listy; sprawdź i usuń go albo dopisz "
             "do opisu pozycji pod nim")


# „Etap I – rozpoznanie (III 2026 r.):”, „I etap – rozpoznanie (…)”, „Etap I: rozpoznanie (…)”, „Część I. Działania
# profilaktyczne (IV–VI 2026 r.)” on a line of its own
# over the items of the stage, the closing colon or not
_STAGE_HEAD = re.compile(r"(?:(?:etap|faza|część)\s+(?:[IVX]{1,4}|\d{1,2})|(?:[IVX]{1,4}|\d{1,2}\.?)\s+(?:etap|faza|część))\b"
                         r"(?:\s*:(?=.))?[^:]{0,150}:?", re.I)
STAGE_LINE = ("wiersz {} to nagłówek etapu, nie działanie – pominięto go na liście działań; działania pod nim bez "
              "własnego terminu dostały okres etapu; sprawdź")
STAGE_UNREAD = ("wiersz {} to nagłówek etapu, nie działanie – pominięto go na liście działań; okresu etapu nie "
                "odczytano, więc działania pod nim bez własnego terminu dostały cały okres planu; sprawdź")
STAGE_PERIOD = "w tekście brak terminu – przyjęto okres etapu z nagłówka {} nad działaniem; sprawdź"


# a numbered line naming its stage by the noun alone, the number its list's, with the stage's period in brackets
# („I. Faza rozpoznawcza (III 2026 r.)”, „1. Etap rozpoznania (III 2026 r.):”)
_STAGE_NOUN = re.compile(r"(?:etap|faza|okres|część)\s+[^\W\d_][^:()]{0,100}\([^()]{1,60}\)\s*:?", re.I)


def _staging(text: str, kind: tuple | None) -> bool:
    """Whether a line's or item's text names a stage: „Etap I – …” however marked, „Faza …(period)” numbered."""
    return bool(_STAGE_HEAD.fullmatch(text) or kind and kind[0] != "bullet" and _STAGE_NOUN.fullmatch(text))


def _stage_line(line: Line) -> bool:
    return line.kind == "number" and _staging(line.text, line.style)


def _under_stage(last: Item, line: Line) -> bool:
    """A list line right under a numbered stage heading of another list („1. Etap I – rozpoznanie (III–IV 2026
    r.)” / „a) …”, Word's „Etap I.” over „–” items): the first of the stage's items, never the heading's sub-item
    nor its further date."""
    return bool(last.kind and last.kind[0] != "bullet" and not last.subs and not last.cells and line.kind
                and line.style != last.kind and _staging(last.text, last.kind))


def stage_heading(item: Item, below: Item | None, period: Period | None) -> tuple[str, Termin | None] | None:
    """An unmarked „Etap I – rozpoznanie (III 2026 r.):” over list items, or a numbered one over items of another
    list („1. Etap I – …” / „a) …”): the stage's heading, never an action – (its text, its period when the text
    gives one)."""
    if STAGE_ROW in item.notes and not item.subs and (_STAGE_HEAD.fullmatch(item.text) or _STAGE_NOUN.fullmatch(
            item.text)):  # a table's row merged over its columns („Etap I – rozpoznanie (III 2026 r.)”)
        return _stage_period(item.text, period)
    if item.cells or item.subs or not (below and below.kind) or not _staging(item.text, item.kind) or (
            item.kind and (item.kind[0] == "bullet" or below.kind == item.kind)):
        return None
    return _stage_period(item.text, period)


def _stage_period(text: str, period: Period | None) -> tuple[str, Termin | None]:
    """A stage heading's text and the period it names, if one."""
    text = text.rstrip(" :")
    termin = next(filter(None, (parse_spec(bracket.group(1), period)  # „(III–IV 2026 r.)”, at the end or not
                                for bracket in re.finditer(r"\(([^()]{1,60})\)", text[:_STAGE_CHARS]))), None)
    found = split_deadline(text, period) if termin is None else None
    termin = found.termin if found and not found.termin.several else termin
    return text, termin if termin and termin.do else None


_STAGE_CHARS = 200  # a stage heading's length: _STAGE_HEAD's


def staged(found: Action, stage: tuple[str, Termin | None] | None) -> Action:
    """An action under a stage's heading without a deadline of its own: the stage's period, marked."""
    if stage is None or stage[1] is None or NO_DEADLINE not in found.notes:
        return found
    found.termin = Termin(stage[1].od, stage[1].do)
    found.notes = [STAGE_PERIOD.format(quoted(stage[0])) if note == NO_DEADLINE else note for note in found.notes]
    return found


def _unbulleted_intro(last: Item | None, line: Line) -> bool:
    """An unbulleted item right over the first item of a list, ending with „:” or announcing what follows („W
    ramach planu dzielnicowy podejmie następujące działania”): the list's introduction, not one of its items; over
    an unbulleted list it both ends with „:” and announces („… w następujący sposób:”)."""
    if not last or last.kind or last.cells or last.subs:
        return False
    if line.kind:
        return last.text.endswith(":") or bool(_ANNOUNCES.search(last.text))
    return not line.cells and last.text.endswith((":", ".")) and bool(_ANNOUNCES.search(last.text))  # a list
    # typed without bullets: „W ramach planu zostaną zrealizowane następujące działania:” (or „… działania.”) /
    # „Wystąpienie … – do …”


AFTER_DEADLINE = ("wiersz {} pod terminem pozycji to dalszy ciąg jej tekstu (zawinięty wiersz) – dołączono go do "
                  "opisu; sprawdź")


def _after_deadline(last: Item, line: Line, period: Period | None) -> bool:
    """A hard-wrapped list item's rest after its deadline („1) znakowanie rowerów – 9 maja 2026 r.” / „   w godz.
    10-14,”): a line in lower case or opening a bracket, under an item that has its deadline, and no deadline of
    its own – the item's, never an item of its own."""
    return bool(last.kind and (line.text[:1].islower() or line.text[:1] == "(") and _complete(last, period)
                and split_deadline(line.text, period) is None and not deadline_only(line.text, period))


def _dated_rest(last: Item, line: Line, period: Period | None) -> bool:
    """A hard-wrapped list item's rest after its deadline with a date of its own („3. Wystąpienie … – termin: do
    31.03.2026 r.” / „oraz ponowienie wystąpienia do 30.06.2026 r.”): an unmarked line opening with a word that
    goes on with a sentence (a conjunction, a preposition) or a bracket, under a marked item with its deadline,
    goes on with the item – the item's dates read together, never an action of its own („oraz ponowienie …”); a
    line of its own words („kontrole sklepów – do 31.07.2026 r.”) is an item typed without its bullet."""
    return bool(last.kind and (_GOES_ON.match(line.text) or line.text[:1] == "(") and _complete(last, period)
                and split_deadline(line.text, period) is not None)


def _o_word(last: Item | None, line: Line, period: Period | None, alone: bool) -> tuple[Line, str]:
    """A typed „o” opening a wrapped line is the preposition, not Word's second-level bullet: before a time („o
    godz. 7.30–8.00 …”, „o 18.00”) under any item, in lower case under a numbered item that has its deadline
    („2) spotkanie … – 14 kwietnia 2026 r.” / „   o godz. 18.00 w świetlicy RSM,”), or in lower case alone under
    an item of a part with no „o” list (alone: see _lone_os). (line, note to add)."""
    if not (last and last.kind and line.marker == "o" and line.kind == "bullet"):
        return line, ""
    timed = bool(_O_TIME.match(line.text))
    known = last.kind[0] != "bullet" and line.text[:1].islower() and _complete(last, period)
    lone = alone and not last.text.endswith(":") and not last.subs
    if not (timed or known or lone):
        return line, ""
    word = Line(f"o {line.text}", number=line.number, note=line.note, indented=True)
    if timed and not _complete(last, period):
        return word, O_WORD.format(quoted(word.text))
    return word, "" if timed or known else O_ALONE.format(quoted(word.text))


def _lone_os(entries: list[tuple[Line, str | None]]) -> set[int]:
    """Indices of the typed „o” lines in lower case („   o ile pozwoli stan etatowy”) that may be the preposition
    opening a hard-wrapped rest: the part has no „o⇥” (Word's bullet for sure) and no two „o” lines under one
    item (Word's sub-list) – each stands alone under its item."""
    found, under, seen = [], 0, set()  # under: „o” lines under the current item
    for at, (line, _note) in enumerate(entries):
        if line.marker == "o" and line.kind == "bullet":
            under += 1
            if not line.spaced_o or under > 1:
                return set()
            found.append(at)
        elif line.cells or (line.kind and not line.level):
            under = 0
    return {at for at in found if entries[at][0].text[:1].islower()}


# „o godz. 18”, „o 18.00” – never a date („o 15.04.2026 r.”: Word's bullet of a dated sub-item, rev-imp17 #15)
_O_TIME = re.compile(r"(?:godz\.|godzin\w*|\d{1,2}[.:]\d{2}(?!\d|[./-]\d))", re.I)
O_WORD = ("„o” na początku wiersza {} to słowo przed godziną, nie punktor – wiersz dołączono do pozycji powyżej "
          "jako dalszy ciąg jej tekstu; sprawdź")
O_ALONE = ("„o” na początku wiersza {} wzięto za słowo zdania z wiersza wyżej, nie za punktor (lista nie ma innych "
           "podpunktów „o”) – wiersz dołączono do pozycji powyżej jako dalszy ciąg jej tekstu; sprawdź, a jeśli to "
           "podpunkt, zapisz go w osobnym wierszu po myślniku")


def _mark_closing(items: list[Item], period: Period | None) -> None:
    """A sentence without a bullet ending the part right after its bulleted items („Współpraca z wymienionymi
    podmiotami będzie miała charakter stały.”) closes the list, no item of it; unbulleted items going on after
    bulleted ones (a list typed half with bullets) are items, and so is a line of its own deadline or of a
    „<podmiot> – <zadania>” shape („Ponadto dzielnicowy przeprowadzi spotkanie … – termin: do 31.05.2026 r.”).
    In a list typed without bullets under its introduction, an undated sentence after dated items closes it."""
    if len(items) < 2:
        return
    last, before = items[-1], items[-2]
    if last.kind or last.cells or last.subs or not last.text[:1].isupper() or not last.text.endswith(".") or len(
            re.findall(r"[^\W\d_]{2,}", last.text)) < 5 or _DASH.search(last.text) or _complete(last, period):
        return
    if before.kind and before.kind[0] == "bullet":
        last.notes.append(AFTER_LIST)
    elif (len(items) > 3 and UNBULLETED_INTRODUCTION in items[0].notes
          and all(not item.kind and not item.cells and _complete(item, period) for item in items[1:-1])):
        last.notes.append(UNDATED_CLOSING)


UNDATED_CLOSING = ("ten wiersz stoi po pozycjach listy z terminami, a sam terminu nie ma – wygląda na zdanie zamykające "
                   "listę, nie na jej pozycję; sprawdź i usuń go (albo przenieś), jeśli nie jest osobną pozycją planu")


def _goes_on(last: Item, text: str, previous: str, width: int, commas: bool, hanging: bool) -> bool:
    """Whether an unmarked line goes on with the item above: a sentence wrapped (not a list without bullets typed
    an item a line, nor one ending its items with „,”), or a bulleted item the page's edge broke – never under
    items going on in indented lines."""
    if continues(_tail(last), text):
        return bool(last.kind) or commas or not _apart(previous, text, width)
    return bool(last.kind) and not hanging and _wrapped(_tail(last), text, previous, width)


def group_items(entries: list[tuple[Line, str | None]], period: Period | None, part: int = 0,
                width: int = 0) -> list[Item]:
    """Lines of a list section (part 3, 4 or 5) → items; width: page_width of the whole text."""
    items: list[Item] = []
    previous = ""  # the line before, as the source broke it
    hanging = False  # items go on in indented lines: an unindented line is never one of them
    primary = None
    commas = False  # an item before the last one ends with "," or ";": a list ending items so
    entries = [(piece, note) for line, note in entries for piece in split_inline_list(line)]
    lone_os = _lone_os(entries)
    for at, (line, note) in enumerate(entries):
        last = items[-1] if items else None
        line, o_note = _o_word(last, line, period, at in lone_os)
        note = "; ".join(filter(None, [note, o_note])) or None
        kind = line.style
        if line.cells:
            commas = commas or bool(last and last.text.endswith((",", ";")))
            cells, subs, moved = _cell_paragraphs(line, period) if part == 3 else (line.cells, [], [])
            items.append(Item(" ".join(cells), None, ([note] if note else []) + moved, cells, header=line.header,
                              columns=line.columns, subs=subs))
        elif last and not last.cells and (deadline_line(line.text) or deadline_only(line.text, period) or (
                _wrapped_deadline(last, line) and not _complete(last, period))):
            last.text = f"{last.text} – {line.text}"  # read or not, a deadline line belongs to the item above
        elif last and not last.cells and not _under_stage(last, line) and _dashed_deadline(last, line, period):
            dated = _complete(last, period)  # a further date: the item's dates listed, the latest its deadline
            last.text = f"{last.text}{' ' if last.text.endswith(',') else ', ' if dated else ' – '}{line.text}"
        elif last and not last.cells and kind is None and _dated_rest(last, line, period):
            last.text = f"{last.text} {line.text}"  # „3. Wystąpienie … – do 31.03.2026 r.” / „oraz ponowienie … do
            last.notes += [AFTER_DEADLINE.format(quoted(line.text))] + ([note] if note else [])  # 30.06.2026 r.”
        elif last and not last.cells and _RESULT.match(line.text):
            last.results.append(line.text)
            last.notes.append(f"{quoted(line.text)} to sprawozdanie z wykonania, nie treść planu – dołączono je "
                              "do pozycji powyżej; przenieś je albo usuń")
        elif last and not last.cells and part in (3, 4) and line.kind != "number" and attribute_note(line.text, part):
            last.notes.append(attribute_note(line.text, part))  # „Odpowiedzialny: asp. …”: the item's, no item
            last.notes += [note] if note else []
        elif last and not last.cells and not last.subs and line.kind != "number" and _TASKS_LINE.match(line.text):
            last.text = f"{last.text.rstrip(' .;,')}; {line.text}"  # „Zadania: …” under a partner's name: its tasks
            last.notes += [note] if note else []
        elif last and not last.cells and kind and not _next_item(last, line) and not _under_stage(last, line) and (
                not _stage_line(line)) and (_sub_item(last, line) or _named_tasks(last, line, part, period) or (
                    primary and kind != primary and not _introduces(last, line))) and (
                _nested(last, line) and (split_deadline(line.text, period) is None or _dated_inside(last, line, period))
                or not _complete(last, period)):
            last.add_sub(line)  # a differently marked line under an item: its sub-item
            last.notes += [note] if note else []
        elif last and not last.cells and kind is None and (_carried_on(_tail(last), line.text) or (
                last.kind and line.indented and not _complete(last, period))):
            hanging = hanging or line.indented
            last.add(line)  # a hard-wrapped date's year, an open bracket's words, a hanging indent: never an item
            last.notes += [note] if note else []
        elif last and not last.cells and kind is None and _goes_on(last, line.text, previous, width, commas,
                                                                    hanging) and not _complete(last, period):
            if commas or last.text.endswith((",", ";")):  # a list ending items with ","
                last.notes.append(JOINED)
            elif not continues(_tail(last), line.text) and line.text[:1].isupper():
                last.notes.append(WRAPPED_ON if _stops(_tail(last)) else WRAPPED)
            last.add(line)
            last.notes += [note] if note else []
        elif last and not last.cells and kind is None and _after_deadline(last, line, period):
            last.after.append(line.text)  # „1) znakowanie rowerów – 9 maja 2026 r.” / „   w godz. 10-14,”
            last.notes += [AFTER_DEADLINE.format(quoted(line.text))] + ([note] if note else [])
        else:
            commas = commas or bool(last and last.text.endswith((",", ";")))
            if last and _introduces(last, line):
                last.notes.append(INTRODUCTION)
            elif _unbulleted_intro(last, line) and (len(items) == 1 or (
                    items[-2].kind and not items[-2].cells and last.text.endswith(":"))):
                last.notes.append(UNBULLETED_INTRODUCTION)  # the list's first line, or one between its bullets
            primary = kind if last and _under_stage(last, line) else primary or kind  # a stage's items: a list
            items.append(Item(line.text, kind, [note] if note else [], open=line.text.endswith(":"),
                              marker=line.marker))
        previous = line.text
        if last is not None and items[-1] is last:  # the line went into the item above
            last.joined += len(line.text) + 1
            if last.joined > MAX_ITEM_TEXT:
                raise _too_long(last, line.number)
    _mark_closing(items, period)
    return items


def _too_long(item: Item, number: int) -> SourceError:
    """An item grown past any plan's by the lines joined to it: refused while they are joined."""
    return SourceError(f"pozycja listy {quoted(item.text, 80)} ma ponad {MAX_ITEM_TEXT} znaków (dołączono do niej "
                       f"kolejne wiersze, aż do wiersza {number}), a działanie, podmiot czy sposób informowania "
                       "w planie ma ich najwyżej kilkaset – to nie wygląda na plan; sprawdź, czy to właściwy plik, "
                       "a gdy to są osobne pozycje, zacznij każdą od punktora (np. „-”) w nowym wierszu – nic nie "
                       "zapisano")


def word_before(text: str, end: int) -> str:
    """The word ending at `end` (after the last space or "("), read from a window longer than any abbreviation:
    a paragraph of stops after abbreviations is read once, not from its start at every stop."""
    return re.search(r"[^\s(]*\Z", text[max(0, end - 20):end]).group()


def sentence_end(text: str) -> int | None:
    """Index of the full stop (or colon) ending the first sentence; abbreviations do not end one."""
    for found in _SENTENCE_END.finditer(text):
        before = word_before(text, found.start())
        if found.group() == "." and (before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())):
            continue
        return found.start()
    return None


def _cell_paragraphs(line: Line, period: Period | None) -> tuple[tuple[str, ...], list[tuple[str, str]], list[str]]:
    """A Word row's cells read by their paragraphs: a deadline cell of dated paragraphs („15.04.2026 r.¶20.05.2026
    r.”) lists its dates, the words after them („IV–VIII 2026 r.¶w godz. 16–22”) go to the action's cell; an
    action cell of a line ending with „:” and listed paragraphs („Spotkania:¶– akcja ulotkowa,¶– pogadanka”) is
    the action and its sub-items. (cells, sub-items, notes)."""
    cells, subs, notes = list(line.cells), [], []
    if len(line.cell_lines) != len(cells):
        return line.cells, subs, notes
    action = next((at for at, cell in enumerate(cells) if not NUMBER_CELL.fullmatch(cell)), None)
    for at, paragraphs in enumerate(line.cell_lines):
        texts = [paragraph.text if at == action else _as_typed(paragraph) for paragraph in paragraphs]
        if len(texts) < 2 or at != action and _one_term(texts, period):
            continue
        dated = 0
        while dated < len(texts) and (parse_spec(texts[dated], period) or deadline_only(texts[dated], period) or (
                dated and _TERMS_JOINED.fullmatch(texts[dated]) and dated + 1 < len(texts)
                and parse_spec(texts[dated + 1], period))):  # „III–IV 2026 r.¶oraz¶VIII 2026 r.”: two terms
            dated += 1
        words = " ".join(texts[dated:])  # after the dates: the action's words, unless dated too („ponownie do …”)
        if dated and at != action and (not words or action is not None and split_deadline(words, period) is None):
            cells[at] = _terms_text(texts[:dated])
            if words:
                cells[action] = f"{_without_full_stop(cells[action])} {words}"
                notes.append(MOVED_WORDS.format(quoted(words)))
        elif at == action and texts[0].endswith(":") and all(paragraph.kind for paragraph in paragraphs[1:]):
            cells[at] = texts[0].rstrip(" :")
            subs = [(paragraph.marker, paragraph.text) for paragraph in paragraphs[1:]]
    return tuple(cells), subs, notes


_TERMS_JOINED = re.compile(r"oraz|i|a\s+także|a\s+następnie|,|;", re.I)  # a paragraph joining two terms


def _terms_text(texts: list[str]) -> str:
    """A deadline cell's dated paragraphs as one text: „, ” between terms, a joining word („oraz”) kept as typed."""
    out, joined = "", False
    for text in (text.rstrip(" ,;") for text in texts):
        if not text:
            continue  # „,” alone between two dates
        if _TERMS_JOINED.fullmatch(text):
            out, joined = f"{out} {text}", True
        else:
            out, joined = (f"{out}{' ' if joined else ', '}{text}" if out else text), False
    return out


def _as_typed(paragraph: Line) -> str:
    """A deadline cell's paragraph as typed: a dash opening it is the range's („01.03.2026 r.¶– 31.03.2026 r.”)."""
    dashed = paragraph.kind == "bullet" and paragraph.marker in ("-", "–", "—")
    return f"{paragraph.marker} {paragraph.text}" if dashed else paragraph.text


def _one_term(texts: list[str], period: Period | None) -> bool:
    """Whether a cell's paragraphs are one term broken across them („IV 2026 r. –¶VI 2026 r.”, „od 01.04.2026
    r.¶do 30.06.2026 r.”): read whole, as the cell's text, never as several dates."""
    termin = parse_spec(" ".join(texts), period)
    return termin is not None and termin.several is None


MOVED_WORDS = "słowa {} spod daty w komórce terminu dopisano do opisu działania – sprawdź"


def _row_text(cells: tuple[str, ...], period: Period | None) -> str:
    """A table row of actions as one text: number cells dropped, the deadline cell last."""
    cells = [c for c in cells if not NUMBER_CELL.fullmatch(c)]
    dated = [c for c in cells if parse_spec(c, period) or deadline_only(c, period)]
    rest = [c for c in cells if c not in dated]
    starts = [c for c in rest if _FROM.match(c)]
    if len(starts) == 1 and len(dated) == 1 and parse_spec(f"{starts[0]} {dated[0]}", period):
        dated = [f"{starts[0]} {dated[0]}"]  # „od 01.03.2026 r.” | „do 31.08.2026 r.”: one period
        rest.remove(starts[0])
    return " – ".join([_without_full_stop(c) for c in rest] + dated)


_FROM = re.compile(r"od\s+(?:dnia\s+)?\d", re.I)  # a start cell: „od 01.03.2026 r.”


def _without_full_stop(cell: str) -> str:
    """A cell's own full stop goes: the documents print " – termin …" after the action ("godz." stays)."""
    last = re.split(r"[\s(]", cell[:-1])[-1].lower() if cell.endswith(".") else ""
    return cell[:-1] if len(last) > 1 and last not in ABBREVIATIONS else cell


# A form's label before an action ("Działanie: …", "Zadanie nr 2: …"): no part of what the documents print.
_ACTION_LABEL = re.compile(r"(?:działanie|zadanie|przedsięwzięcie)(?:\s+(?:nr\s*)?\d{1,2}\.?)?\s*:\s*(?=\S)", re.I)
# the same labels before a partner („Podmiot 1: Urząd …”) and a way of informing („Sposób 2: Ulotki …”)
# any wording of it: „Nazwa podmiotu:”, „Podmiot współpracujący 1:”, „Partner nr 2 –” (a dash after a number only)
_PARTNER_NOUN = r"(?:nazwa\s+)?(?:podmiot\w*|partner\w*|instytucj\w*)(?:\s+(?!nr\b)[a-ząćęłńóśźż]+\w*)?"
_PARTNER_LABEL = re.compile(rf"{_PARTNER_NOUN}(?:\s*:|\s+(?:nr\s*)?\d{{1,2}}\.?\s*(?::|[-–—]\s))\s*(?=\S)", re.I)
# a form's label before a way of informing: „Sposób:”, a form's own noun (and a word) with a number – „Forma 1:”,
# „Sposób informowania nr 2:”, „Kanał 3:”; any other words before a number („Spotkania w SP nr 2:”, „Gazetka
# parafialna nr 4:”) say where or through what – the way's own text, kept
_WAY_LABEL = re.compile(r"(?:sposób|(?:sposób|forma|kanał|pozycja|punkt|poz\.|pkt\.?)(?:\s+[^\W\d]+)?\s+(?:nr\s*)?"
                        r"\d{1,2}\.?)\s*:\s*(?=\S)", re.I)
# „…; zadania: …”, „…, zakres współpracy: …” after a partner's name: where its tasks start
# any short label naming tasks or a scope and ending with „:” – „Zadania do realizacji:”, „Zadania podmiotu:”,
# „Planowane zadania:”, „Zakres współpracy:” – after the name's „;”, „,” or first „.”, or opening a line under it;
# never „Zadanie nr 2:”, an action's label
_TASKS_WORDS = r"(?:\w+\s+)?(?:zadani(?!e\b)\w*|zakres\w*)(?!\s+(?:nr\s*)?\d)(?:\s+\w+){0,2}?\s*:\s*(?=\S)"
_TASKS_LABEL = re.compile(rf"[;,.]\s*{_TASKS_WORDS}", re.I)
_TASKS_LINE = re.compile(_TASKS_WORDS, re.I)


def way_text(text: str) -> str:
    """A way of informing as the documents print it: a form's label („Sposób 1:”) off."""
    label = _WAY_LABEL.match(text)
    return text[label.end():] if label else text


def action(item: Item, period: Period | None) -> Action:
    notes = list(item.notes)
    text = _row_text(item.cells, period) if item.cells else item.text
    label = _ACTION_LABEL.match(text)
    text = text[label.end():] if label else text
    subs = [sub for _marker, sub in item.subs]
    if len([c for c in item.cells if not NUMBER_CELL.fullmatch(c)]) > 2:  # more than action | deadline
        notes.append("działanie złożone z kolumn tabeli – sprawdź opis")
    found = split_deadline(text, period) or _leading_deadline(text, period)
    if found is None and len(subs) > 1:
        found = _sub_deadlines(text, subs, period)
    if found is None and subs:  # "…, w szczególności:" / "a) peronów," / "b) poczekalni – na bieżąco."
        last = split_deadline(subs[-1], period)
        if last is not None and last.opis:
            note = LAST_SUB.format(quoted(subs[-1].rstrip(" ,;"))) if len(subs) > 1 and not text.rstrip().endswith(
                ":") else None  # under „…, w szczególności:” the sub-items end the action's sentence
            subs[-1] = last.opis
            found = Deadline(text.rstrip(" ,;:–—-"), last.termin, "; ".join(filter(None, [last.note, note])) or None)
    if found is None:
        unread = unread_deadline(text)
        if unread:  # the wording stays in the note: the documents print the period's dates
            text = unread[0]
            notes.append(f"nie odczytano terminu {quoted(unread[1])} – przyjęto cały okres planu; "
                         "wpisz właściwy termin")
        elif not _no_item(notes):  # a list's introduction is asked to go, not to get a deadline
            notes.append(NO_DEADLINE)
        opis, subs = _sub_items(text, subs)
        return Action(_with_results(_with_after(opis, item.after), item.results), Termin(*(period or (None, None))),
                      notes, subs)
    notes += [found.note] if found.note else []
    notes += [BEFORE_PERIOD.format(f"{found.termin.do:%d.%m.%Y}")] if period and found.termin.do and \
        found.termin.do < period[0] else []
    if not found.opis:
        return Action(None, found.termin, notes + ["w tekście jest sam termin, bez opisu działania"],
                      [s.rstrip(" ,;") for s in subs])
    opis, subs = _sub_items(found.opis, subs)
    return Action(_with_results(_with_after(opis, item.after), item.results), found.termin, notes, subs)


BEFORE_PERIOD = ("termin kończy się ({}) przed początkiem okresu planu – sprawdź rok (czy nie przepisano go z planu "
                 "z poprzedniego roku)")
LAST_SUB = ("termin odczytano z ostatniego podpunktu ({}) i przyjęto go jako termin całego działania – jeśli dotyczy "
            "tylko tego podpunktu, popraw termin działania; sprawdź")


# a deadline written before the action: „Do dnia 31.07.2025 roku – Wystąpienie …”, „[do dnia …] Wystąpienie …”
_LEADING = re.compile(r"[\[(](?P<b>[^\[\]()]{1,80})[\])]\s*[-–—:]?\s*(?=\S)|(?P<d>[^\[\]()–—]{1,80}?)\s+[-–—]\s+(?=\S)")


def _leading_deadline(text: str, period: Period | None) -> Deadline | None:
    """The action and its deadline when the deadline opens it, in brackets or before a dash, as a trailing one is
    read after it."""
    found = _LEADING.match(text)
    termin = parse_spec(found.group("b") or found.group("d"), period) if found else None
    if termin is None or termin.do is None and termin.od is None or not text[found.end():].strip():
        return None
    return Deadline(text[found.end():].strip(), termin)


def _sub_deadlines(text: str, subs: list[str], period: Period | None) -> Deadline | None:
    """Sub-items each dated („a) Jaśminowej – do 30.11.2025 r.”, „b) Wiosennej – do 31.08.2025 r.”): every date
    stays in its sub-item and the action ends with the latest, marked – the last one's is no deadline of all."""
    ends = [end for end in (_sub_end(sub.rstrip(" ,;"), period) for sub in subs) if end]
    if len(ends) < 2:
        return None
    return Deadline(text.rstrip(" ,;:–—-"), Termin(None, max(ends)),
                    f"podpunkty mają własne terminy – zostawiono je w podpunktach, a jako termin działania przyjęto "
                    f"najpóźniejszą datę ({max(ends):%-d.%m.%Y}); sprawdź termin")


def _sub_end(sub: str, period: Period | None):
    """The end of a sub-item's date: after its words („ponownie do 31.08.2026 r.”) or the whole sub-item („do
    30.04.2026 r.”, „Termin: 30.04.2026 r.”)."""
    found = split_deadline(sub, period)
    termin = found.termin if found else parse_spec(sub, period) or deadline_only(sub, period)
    return termin.do if termin else None


_INLINE_SUBS = re.compile(r":\s*(?=a\)\s)")


def _sub_items(opis: str, subs: list[str]) -> tuple[str, list[str]]:
    """The action's text and its sub-items as the documents print them (after "…: "): list punctuation off.
    Sub-items written inline ("…, w szczególności: a) peronów, b) poczekalni") are split off too."""
    if not subs:
        found = _INLINE_SUBS.search(opis)
        pieces = split_inline_list(Line(opis[found.end() + 2:].strip(), "a)", "number")) if found else []
        if len(pieces) > 1:
            opis, subs = opis[:found.start()], [piece.text for piece in pieces]
    subs = [cleaned for cleaned in (sub.strip().rstrip(" ,;") for sub in subs) if cleaned]
    return (opis.rstrip(" :") if subs else opis), subs


def _with_after(opis: str, after: list[str]) -> str:
    """The description with the wrapped lines its deadline stood before („… RSM „Czechów” w godz. 10-14”)."""
    return _without_full_stop(" ".join([opis, *after]).rstrip(" ,;")) if after else opis


def _with_results(opis: str, results: list[str]) -> str:
    if not results:
        return opis
    return " ".join([opis if opis.endswith((".", "!", "?")) else opis + ".", *results])


def split_departments(text: str) -> list[str]:
    """'Referat A oraz Referat B' → both; only when pismo prints them back the same way."""
    parts = re.split(r",\s+|(?<!\s)\s+oraz\s+", text)
    if len(parts) > 1 and join_and(parts) == text and all(p[:1].isupper() for p in parts):
        return parts
    return [text]


def partner(item: Item) -> Partner:
    """'<name> – <departments>. <tasks>' or '<name>. <tasks>'."""
    notes = list(item.notes)
    if item.cells:
        cells = [c for c in item.cells if not NUMBER_CELL.fullmatch(c)]
        name, units = _name_cell(cells[0])
        return Partner(name, units, _tasks(" ".join(cells[1:]), []), notes + _address_note(name))  # a cell needs no note for its "."
    listed = _listed_tasks(item, notes)
    if listed:
        return listed
    text = item.full
    label = _PARTNER_LABEL.match(text)
    text = text[label.end():] if label else text
    tasks = _TASKS_LABEL.search(text)
    if tasks and text[tasks.start()] == "." and tasks.start() != sentence_end(text):
        tasks = None  # „X. Wspólne patrole. Zakres: ☒ kamery”: a scope inside the tasks, the name ends before
    if tasks:  # „Rada Osiedla; zadania: ulotki …”: the name as a name cell's, the rest its tasks
        name, units = _name_cell(text[:tasks.start()].rstrip())
        return _checked(Partner(name, units, _tasks(text[tasks.end():], notes), notes))
    end, dash = sentence_end(text), _DASH.search(text)
    if dash and (end is None or dash.start() < end):
        name, after = text[:dash.start()], text[dash.end():]
        stop, second = sentence_end(after), _DASH.search(after)
        if second and (stop is None or second.start() < stop) and _expands(name, after[:second.start()]):
            notes.append(ABBREVIATED.format(quoted(name)))  # „GOPS – Gminny Ośrodek Pomocy Społecznej – wsparcie”
            name, after = f"{after[:second.start()].strip()} ({name.strip()})", after[second.end():]
            return _checked(Partner(name, [], _tasks(after, notes), notes))
        if second and (stop is None or second.start() < stop) and _DEPARTMENT.match(after):
            stop = second.start()  # "<name> – <department> – <tasks>"
            middle, tasks = after[:stop], after[second.end():]
        elif stop is not None:
            middle, tasks = after[:stop], after[stop + 1:].strip()
        else:
            middle, tasks = after.rstrip(". "), ""
        if middle[:1].isupper() and len(middle.split()) <= 25 and (tasks or _DEPARTMENT.match(middle)):
            return _checked(Partner(name, split_departments(middle), _tasks(tasks, notes), notes))
        # „GOPS – Pomoc rodzinom uczniów,”: capitalised words after the dash and nothing after them – the tasks
        # (a unit named there opens with its word: „– Referat Gospodarki Komunalnej”)
        notes.append(f"w tekście po nazwie był myślnik ({quoted(name + ' – …')}); dokument wydrukuje "
                     f"{quoted(name + ('' if name.endswith('.') else '.') + ' …')} "
                     "– sprawdź")
        return _checked(Partner(name, [], _tasks(after, notes), notes))
    if end is not None:
        if text[end] == ":":
            notes.append("w tekście po nazwie był dwukropek; dokument wydrukuje kropkę – sprawdź")
        return _checked(Partner(text[:end], [], text[end + 1:].strip() or None, notes))
    bracket = _BRACKET_TASKS.fullmatch(text.rstrip(" .,;"))
    if bracket and not _DEPARTMENT.match(bracket.group(2)):  # „Straż Gminna (wspólne patrole)”
        notes.append(BRACKET_TASKS.format(quoted(bracket.group(2))))
        return _checked(Partner(bracket.group(1), [], _tasks(bracket.group(2), []), notes))
    if len(text.split()) <= 12:
        return _checked(Partner(text.rstrip(". "), [], None, notes))
    return _checked(Partner(None, [], text, notes))


# a name of up to 12 words with its tasks in brackets after it, lower case and two words or more
_BRACKET_TASKS = re.compile(r"((?:\S+\s+){0,11}?\S+)\s*\(([a-ząćęłńóśźż][^()]*\s[^()]*)\)")
BRACKET_TASKS = "zadania podmiotu wzięto z nawiasu po jego nazwie ({}) – sprawdź"


ABBREVIATED = ("w tekście podmiot nazwano skrótem {} i pełną nazwą – zapisano pełną nazwę ze skrótem w nawiasie; "
               "sprawdź")


def _expands(abbreviation: str, name: str) -> bool:
    """Whether a name spells out an abbreviation by its capitalised words' initials („GOPS” – „Gminny Ośrodek
    Pomocy Społecznej w Wąwolnicy”)."""
    short = abbreviation.strip()
    if not re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,8}", short):
        return False
    initials = "".join(word[0] for word in name.split()[:len(short)] if word[:1].isupper())
    return initials == short


def _listed_tasks(item: Item, notes: list[str]) -> Partner | None:
    """A name alone on its line, its tasks the sub-items under it („- Urząd Miejski w Opatowie:” / „  – montaż
    słupków,” / „  – malowanie przejścia.”): the name and the tasks listed – never the tasks in the name."""
    label = _PARTNER_LABEL.match(item.text)
    name = item.text[label.end() if label else 0:].rstrip(" :")
    if not item.subs or item.after or item.results or _DASH.search(name) or sentence_end(name) is not None or len(
            name.split()) > 12:
        return None
    subs = [text.strip().rstrip(" ,;.") for _marker, text in item.subs]
    if all(_DEPARTMENT.match(sub) for sub in subs):  # „Urząd Miejski:” / „– Referat Inwestycji,”: its units
        return _checked(Partner(name, subs, None, notes))
    return _checked(Partner(*_name_cell(name), _tasks(", ".join(subs), notes), notes))


def _tasks(text: str, notes: list[str]) -> str | None:
    """Tasks as the documents print them: a sentence after the name ("<name>. <Tasks>.")."""
    text = text.strip()
    if not text:
        return None
    shaped = text.rstrip(" ,;")
    shaped = shaped[:1].upper() + shaped[1:]
    if not shaped.endswith((".", "!", "?", "…")):
        shaped += "."
    if shaped != text:
        notes.append("zadania zaczęto wielką literą i zakończono kropką – dokument drukuje je jako zdanie "
                     "po nazwie podmiotu")
    return shaped


def _name_cell(cell: str) -> tuple[str, list[str]]:
    """(name, units) of a partner's name cell as of its name in text: "Urząd Miejski – Referat A oraz Referat B."
    is the office and its units; the cell's own full stop goes (the documents print the name mid-sentence)."""
    name = _without_full_stop(cell)
    dash = _DASH.search(name)
    if dash and _DEPARTMENT.match(name, dash.end()):
        return name[:dash.start()], split_departments(name[dash.end():])
    return _bracketed_units(name)


_UNIT_SPLIT = re.compile(rf",\s+|\s+(?:oraz|i)\s+(?={_DEPARTMENT.pattern})")


def _bracketed_units(name: str) -> tuple[str, list[str]]:
    """(name, units) of a name with its units in brackets ("Urząd Miejski (Referat A, Referat B)"): read as
    after a dash, so the documents print them as pismo prints units."""
    start = name.rfind("(")
    head, inside = name[:start].rstrip(), name[start + 1:-1].strip()
    if not name.endswith(")") or not head or ")" in inside or not _DEPARTMENT.match(inside):
        return name, []
    units = [unit.strip() for unit in _UNIT_SPLIT.split(inside)]
    return head, units if all(_DEPARTMENT.match(unit) for unit in units) else [inside]


# An address or a phone after a partner's name, after a comma, in a bracket or after a dash ("…, ul. Długa 15",
# "… (ul. Bobrowniki 12, tel. 81 752 10 00)", "… – tel. …", "…, 21-010 Łęczna"): the documents would print it as
# part of the name.
_ADDRESS = re.compile(r"(?:,|\(|\s[–—-])\s*(?:(?:ul\.|ulica|al\.|aleja|pl\.|plac|os\.|osiedle|tel\.|telefon|tel:"
                      r"|e-?mail|adres)\s*\S|\d{2}-\d{3}\s|\+?\d{2,3}[\s-]?\d{3}[\s-]?\d{2,3}[\s-]?\d{2,3}\b)", re.I)


def _address_note(name: str | None) -> list[str]:
    found = _ADDRESS.search(name or "")
    if found is None:
        return []
    return [f"po nazwie podmiotu jest adres ({quoted(name[found.start() + 1:].strip(' –—-)'))}) – dokumenty wydrukują go "
            "jako część nazwy (np. w adresacie pisma); usuń go z „nazwa”, jeśli jest zbędny"]


def _checked(p: Partner) -> Partner:
    if p.nazwa and not p.komorki:
        p.nazwa, p.komorki = _bracketed_units(p.nazwa)
    p.notes += _address_note(p.nazwa)
    if p.nazwa and len(p.nazwa.split()) > 15:
        whole = p.nazwa + (". " + p.zadania if p.zadania else "")
        note = "nie rozpoznano nazwy podmiotu – cały tekst zapisano jako zadania"
        return Partner(None, [], whole, p.notes + [note])
    if p.nazwa is None:
        p.notes.append("nie rozpoznano nazwy podmiotu – wpisz ją")
    if p.zadania is None and not _no_item(p.notes):
        p.notes.append(ONLY_NAME)
    return p


ONLY_NAME = ("w tekście podano tylko nazwę podmiotu, bez jego zadań – wpisz je w „zadania” (dokument drukuje „nazwa. "
             "Zadania.”; dopóki jest UZUPEŁNIJ, dokumenty nie powstaną)")
