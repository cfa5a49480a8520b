"""Lines of a source document: clean text plus the list marker each one carries.

Every reader (plain text, Word) produces the same Line objects, so recognising
a plan never depends on where its text came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from pismo.case.model import INVISIBLE_CHARS

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {"r", "ul", "al", "pl", "nr", "itp", "itd", "np", "tj", "ok", "godz", "tel", "św", "im", "in",
                 "m.in", "dot", "wg", "pkt", "ust", "art", "jw", "mgr", "inż", "sp", "o.o", "zm", "poz", "ds", "gen",
                 "ks", "os"}
# A word no sentence of a plan ends with – a preposition, a conjunction, a street's abbreviation, a connective
# („tj.”, „np.”, „czyli”, „niż”, „w tym”): a line ending in it goes on below, a text cut to end in it lost its rest.
# The one-letter ones only in lower case: a capital one is a Roman numeral or a letter („klasy I”, „klatka A”).
HANGING = re.compile(r"(?<![\w.])(?:(?-i:[wziaou])|dnia|od|do|we|ze|na|oraz|dla|przez|po|lub|albo|ale|lecz|bądź|za|przy"
                     r"|niż|czyli|tj\.|np\.|m\.in\.|tzn\.|tym|zwłaszcza|najpóźniej|ul\.|al\.|pl\.|nr"
                     r"|przede\s+wszystkim|w\s+szczególności)\Z",
                     re.I)  # a domain's „.pl.” („www.pulawy.policja.gov.pl.”) ends a sentence: no „pl.” after a dot
# Adverbs that end a sentence as often as they open a clause („w weekendy również”, „w sklepach także”): they hang
# only where they open one – after „a”/„i”/„oraz” („… a także”: whatever the next line) or after a comma or a dash
# („…, również”: over a lower-case line or a name in another case than the nominative – „Placu Jana Pawła II …”;
# a capitalised nominative opens an item: „…, także” / „Straż Gminna – wspólne patrole”).
_OPENING_ADVERB = re.compile(r"(?:(?P<mark>[,;(–—-])\s*|(?<![\w.])(?:a|i|oraz|ale|lecz)\s+)(?:także|również|zaś"
                             r"|ponadto|natomiast|szczególnie|głównie|przeważnie|najczęściej)\Z", re.I)
HANGING_REACH = 20  # the end of a text HANGING is asked about: its longest words („w szczególności”) and a space


def hangs(text: str, following: str | None = None) -> bool:
    """Whether the text ends in a word that goes on with the next (HANGING, or an adverb opening a clause – see
    _OPENING_ADVERB), read from its end only."""
    end = text[-HANGING_REACH:]
    if HANGING.search(end):
        return True
    adverb = _OPENING_ADVERB.search(end)
    if not adverb or not adverb.group("mark") or following is None or following[:1].islower():
        return bool(adverb)
    return not _nominative(following.split()[0].strip(",.;:") if following.split() else "")


def _nominative(word: str) -> bool:
    """Whether the dictionary reads the word in the nominative (or does not know it)."""
    from pismo.morph.dictionary import analyse

    readings = [r.cases for r in analyse(word) if r.cases]
    return not readings or any("nom" in cases for cases in readings)
# Invisible characters pasted from web pages and Word: the ones the case model refuses, and soft hyphens.
_INVISIBLE = re.compile(f"[\u00ad{INVISIBLE_CHARS}]")
# Control characters, C1 ones too (U+0080–U+009F: a Windows-1252 dash or quote read as Latin-1) and the line
# separators a case file may not hold: each becomes a space.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
# Typed bullets: dots, arrows, geometric shapes, dingbats and emoji (🔹 ✅ ❖ 👉 ★), an emoji's variation
# selector with them; Word's Wingdings/Symbol bullets arrive as private-use characters (U+F000–U+F0FF).
_SYMBOL = "·•∙\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\uf000-\uf0ff"
_BULLET = re.compile(rf"^([{_SYMBOL}]\ufe0f?)\s*(?=\S)"
                     r"|^([-–—*])\s+(?=\S)")
# Word's second-level bullet "o" pasted as text: "o" and a tab (Notepad), or an indented "o" and spaces (e-mail,
# PDF); never the word "o" starting a line ("o doświetlenie skweru" wrapped from the line above).
_SUB_BULLET = re.compile(r"^(?:o\t+|[ \t\u00a0]+o[ \t\u00a0]+)(?=\S)")
_SPACED_O = re.compile(r"[ \t\u00a0]+o[ \u00a0]+(?=\S)")  # no tab after the „o”: maybe the word
# "1.", "1)", "2. 2." (a pasted HTML list), "1.2.", "a)", "IV.", "ii.", "(iii)", "(IV)"; never a date such as
# 1.07.2025, nor "(x)" – a ticked box – or "(v)": the fifth or tenth item only after "(iv)", "(ix)" (numbered_after).
_INDENT = re.compile(rf"(?=  |\t)[ \t]*(?:[-–—*]\s|[{_SYMBOL}])")  # an indented typed bullet, a dash or a sign
# Two levels without the final dot („3.1 ”, „3.1<TAB>”, „3.1) ” – Word's multilevel list pasted as text) and „§ 1.”
# are numbers too, before a capital; never a date („31.07 r.”: a month with its leading zero, a day over 9) nor an
# amount („2.5 mln zł”).
_NUMBER = re.compile(r"^((?:\d{1,2}\.){1,3}(?!\d)|\d\.[1-9]\d?(?:\.[1-9]\d?)?\)?(?=\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"(])|§\s?\d{1,3}\.?(?=\s)|\d{1,2}\)"
                     r"|[a-z]\)|[IVX]{1,4}[.)](?=\s)|[ivx]{1,4}[.)](?=\s)"
                     r"|\((?![xXvV]\))(?:[ivx]{1,4}|[IVX]{1,4})\)(?=\s))\s*(?=\S)")
_LEVEL_TWO = re.compile(r"(\d{1,2}\.){2,3}|\d\.\d{1,2}(\.\d{1,2})?\)?")
_FIVE_OR_TEN = re.compile(r"\(([xXvV])\)\s+(?=\S)")
_BEFORE = {"(iv)": "v", "(IV)": "V", "(ix)": "x", "(IX)": "X"}


@dataclass
class Line:
    """One paragraph or line of the source, or one table row (cells)."""

    text: str
    marker: str = ""  # the list marker as typed or as Word numbers it: "•", "-", "1.", "a)"
    kind: str = ""  # "bullet", "number" or "" (a plain paragraph)
    level: int = 0  # list nesting: Word's w:ilvl, or 1 for typed "1.2." numbers
    cells: tuple[str, ...] = ()  # the cells of a table row
    number: int = 0  # line or paragraph number in the source
    cell_lines: tuple = ()  # Word tables: each cell's paragraphs as Lines (a form's text cell holds a list)
    note: str = ""  # what to check in it, from the source (a floating text box's text, read apart)
    header: bool = False  # a table's first row Word marks as its header (w:tblHeader): never an item
    indented: bool = False  # an unmarked typed line opening with blanks: a hanging indent goes on with the item
    columns: tuple[int, ...] = ()  # each of cells' column in the table (empty cells are not in cells): a row
    # with a blank „Uwagi” cell keeps its deadline in the deadline's column
    spaced_o: bool = False  # a typed „o” bullet with spaces after it, no tab: Word's bullet or the preposition
    # opening a hard-wrapped rest („1. Wystąpienie do Burmistrza” / „   o ustawienie słupków …”)
    laid: tuple[str, ...] = ()  # the pieces tabs or runs of spaces lay side by side („Sporządził:⇥⇥Zatwierdził:”),
    # an indented line's first one empty: the columns of signature blocks typed next to each other

    @property
    def listed(self) -> bool:
        return bool(self.kind)

    @property
    def style(self) -> tuple[str, int] | None:
        """What kind of list the line belongs to: "1." and "a)" items are different lists."""
        if not self.kind:
            return None
        if self.kind == "bullet":
            return "bullet", self.level
        shape = re.sub(r"[0-9]+", "1", self.marker)
        shape = re.sub(r"^(\(?)[ivxlc]{2,}(?=[.)])", r"\1a", shape)  # "ii)" goes on after "i)"
        shape = re.sub(r"^(\(?)[IVXLC]+(?=[.)])", r"\1I", shape)
        shape = re.sub(r"^(\(?)[a-zA-Z](?=[.)])", r"\1a", shape)
        return shape, self.level

    def with_text(self, text: str) -> "Line":
        return Line(text, self.marker, self.kind, self.level, self.cells, self.number, self.cell_lines, self.note,
                    indented=self.indented, columns=self.columns, spaced_o=self.spaced_o)


MAX_QUOTED = 200  # characters of the source a warning quotes: a line may be megabytes long


def quoted(text: str, limit: int = MAX_QUOTED) -> str:
    """„text” for a warning or a note, cut to limit characters: the source itself is kept elsewhere."""
    return f"„{text if len(text) <= limit else text[:limit - 1].rstrip() + '…'}”"


# A unit of an office or company named after it ("Urząd Miejski – Referat Inwestycji").
DEPARTMENT = re.compile(r"(?:Referat|Wydział|Dział|Biuro|Sekcja|Zespół|Departament|Oddział|Zakład|Komórka"
                        r"|Ogniwo|Rewir|Pion|Inspektorat)\b")
_NAME_WORDS = 15  # words of a name paragraph before its units (an office's name, never a sentence)


def cell_text(paragraphs: list[str]) -> str:
    """A table cell's text from its paragraphs' texts: an office's name with its units as paragraphs of their own
    ("Urząd Miejski" / "Referat A" / "Referat B") reads as written in one line, "Urząd Miejski – Referat A oraz
    Referat B", never one run-on name."""
    texts = [text for text in map(clean, paragraphs) if text]
    first = texts[0].rstrip(" ,;") if texts else ""
    if len(texts) > 1 and 0 < len(first.split()) <= _NAME_WORDS and not DEPARTMENT.match(first) \
            and all(DEPARTMENT.match(text) and len(text.split()) <= _NAME_WORDS for text in texts[1:]):
        units = [text.rstrip(" ,;.") for text in texts[1:]]
        return f"{first.rstrip('.')} – {', '.join(units[:-1])}{' oraz ' if len(units) > 1 else ''}{units[-1]}"
    return clean(" ".join(texts))


def clean(text: str) -> str:
    """One line of plain text: no invisible characters, single spaces (NBSP too), letters composed (NFC: "ż" as
    one character, as every pattern spells it, not "z" and a dot above)."""
    text = unicodedata.normalize("NFC", CONTROL.sub(" ", _INVISIBLE.sub("", text)))
    return " ".join(text.split())


def split_marker(raw: str) -> tuple[str, str, int, str]:
    """(marker, kind, level, rest) of a typed line; tabs and indentation still tell Word's "o" bullet."""
    raw = CONTROL.sub(lambda m: m.group() if m.group() == "\t" else " ", _INVISIBLE.sub("", raw))
    sub = _SUB_BULLET.match(raw)
    if sub:
        return "o", "bullet", 1, raw[sub.end():].strip()
    indented = bool(_INDENT.match(raw))
    nested = bool(re.match(r"(?:  |\t)[ \t]*\d", raw))  # „   1. Szkoła …” under „1. Pogadanki …:”
    raw = raw.strip()
    bullet = _BULLET.match(raw)
    if bullet:  # a bullet indented under an item („   - Jaśminowej”, „   • Wiosennej”) is a nested list's, as „o” is
        return (bullet.group(1) or bullet.group(2)), "bullet", int(indented), raw[bullet.end():]
    number = _NUMBER.match(raw)
    if number:
        marker = number.group(1).strip()
        level = 1 if _LEVEL_TWO.fullmatch(marker) or nested else 0
        rest = raw[number.end():]
        again = _NUMBER.match(rest)  # "2. 2.Zakładany cel" from a pasted list
        if again and again.group(1).strip() == marker:
            rest = rest[again.end():]
        return marker, "number", level, rest
    return "", "", 0, raw


def numbered_after(lines: list[Line]) -> list[Line]:
    """The lines with a "(v)" after an item numbered "(iv)", a "(x)" after "(ix)", read as the item's number – not
    as a ticked box, nor text."""
    out = []
    for line in lines:
        found = _FIVE_OR_TEN.match(line.text) if not line.kind and out else None
        found = found if found and _BEFORE.get(out[-1].marker) == found.group(1) else None
        out.append(Line(line.text[found.end():], f"({found.group(1)})", "number", out[-1].level, (), line.number,
                        note=line.note) if found else line)
    return out


def typed_line(raw: str, number: int) -> Line:
    """A line of a text file or a Word paragraph, its typed list marker taken off."""
    marker, kind, level, rest = split_marker(raw)
    return Line(clean(rest), marker, kind, level, (), number, indented=not kind and raw[:1] in (" ", "\t"),
                spaced_o=marker == "o" and bool(_SPACED_O.match(raw)), laid=laid_out(raw) if not kind else ())


_GAP = re.compile(r"[ \u00a0]*\t[\t \u00a0]*| {3,}")  # a tab, or three spaces and more: a column's gap


def laid_out(raw: str) -> tuple[str, ...]:
    """The pieces a line's gaps lay side by side (an indented line's first one empty), or () for one piece. Asked
    of short lines only: a signature's columns are short."""
    if len(raw) > _LAID_CHARS or not _GAP.search(raw.rstrip()):
        return ()
    pieces = tuple(clean(piece) for piece in _GAP.split(raw.rstrip()))
    return pieces if len(pieces) > 1 else ()


_LAID_CHARS = 300


MAX_CELLS = 64  # cells of a row of a text file: a plan's table has two to six columns


def text_line(raw: str, number: int) -> Line:
    """A line of a text file: tab-separated cells (a table pasted from Word or a web page) are a table row; a line
    of more cells than any plan's table is text (every cell of a row is tried as a deadline: 2.5 million cells of
    a 10 MB file took a minute)."""
    parts = raw.split("\t")
    if len(parts) > MAX_CELLS and sum(1 for part in parts if part.strip()) > MAX_CELLS:
        return typed_line(raw, number)
    filled = [(at, cell) for at, cell in enumerate(map(clean, parts)) if cell]
    cells = tuple(cell for _at, cell in filled)
    if len(cells) > 2 or len(cells) == 2 and not _marker_only(cells[0]):  # "1.<tab>Kontrole…" is a list item
        return Line(" ".join(cells), cells=cells, number=number, columns=tuple(at for at, _cell in filled))
    return typed_line(raw, number)


_CONTINUED_CHARS = 2000  # a row grown past any plan's cells by rows joined to it: the next one stays apart
CONTINUED_ROW = ("wiersz tabeli bez numeru, bez terminu – dalszy ciąg komórek wiersza wyżej (tekst zawinięty w "
                 "komórkach); dołączono go do nich – sprawdź")


def join_continued_rows(raw_lines: list[str], lines: list[Line]) -> list[Line]:
    """A pasted table's row with its number cell empty under a numbered row („1.⇥Patrole w rejonie parku⇥III–VIII
    2026 r.” / „⇥w dni wolne od pracy⇥”) is the wrap of the cells above, each cell's text joined to its column's:
    never a row, an action, of its own (nor its „o doświetlenie” Word's „o” bullet). A row of its own deadline
    („⇥Ulotki⇥do 30.06.2026 r.”) or opening with a capital (a partner's name repeated for its second task) stays a
    row: its number was left out."""
    from pismo.importer.dates import parse_spec

    out: list[Line] = []
    for raw, line in zip(raw_lines, lines):
        above = out[-1] if out else None
        parts = [clean(part) for part in raw.split("	")] if "	" in raw and len(raw) <= 10_000 else []
        filled = {at: part for at, part in enumerate(parts) if part}
        if not (above and above.columns and above.columns[0] == 0 and re.fullmatch(r"\d{1,3}\.?", above.cells[0])
                and len(above.text) < _CONTINUED_CHARS  # thousands of such rows are joined in linear work
                and parts and not parts[0] and filled and len(parts) <= MAX_CELLS
                and all(part[:1].islower() or part[:1] in "(0123456789" for part in filled.values())
                and not any(parse_spec(part, None) for part in filled.values())):  # „⇥Urząd Miejski⇥…”: a row
            out.append(line)
            continue
        cells = dict(zip(above.columns, above.cells))
        for at, part in filled.items():
            cells[at] = f"{cells[at]} {part}" if at in cells else part
        columns = tuple(sorted(cells))
        joined = tuple(cells[at] for at in columns)
        out[-1] = replace(above, text=" ".join(joined), cells=joined, columns=columns,
                          note=above.note if CONTINUED_ROW in above.note else "; ".join(filter(None, [above.note,
                                                                                                 CONTINUED_ROW])))
    return out


def _marker_only(text: str) -> bool:
    marker, _kind, _level, rest = split_marker(text + "\tX")  # a capital: „3.1” numbers only an item's sentence
    return bool(marker) and rest == "X"


def strip_markers(text: str) -> str:
    """The text without any leading list markers (headings are often numbered twice)."""
    for _ in range(3):
        marker, _kind, _level, rest = split_marker(text)
        if not marker:
            break
        text = rest
    return clean(text)


def _next_marker(marker: str) -> str:
    """"a)" → "b)", "1)" → "2)"."""
    body = marker[:-1]
    return (str(int(body) + 1) if body.isdigit() else chr(ord(body) + 1)) + ")"


_INLINE_MARKER = re.compile(r"(?:[;,]\s*|(?<!\s)\s+)(?P<marker>\d{1,5}\)|[a-z]\))\s+(?=\S)")


def split_inline_list(line: Line) -> list[Line]:
    """A list flattened into one line ("a) … – na bieżąco; b) … – do 30.04.2026 r.; c) …") → one Line per
    item; only markers that go on in sequence from the line's own ("a)", "b)", "c)" or "1)", "2)") split it.
    One pass over the line, however many items it holds."""
    if line.kind != "number" or not re.fullmatch(r"[a-z]\)|\d{1,2}\)", line.marker):
        return [line]
    pieces, marker, start, text = [], line.marker, 0, line.text
    following = _next_marker(marker)
    for found in _INLINE_MARKER.finditer(text):
        if found.group("marker") != following or found.start() < start:
            continue
        pieces.append((marker, text[start:found.start()].rstrip(" ;,")))
        marker, start = following, found.end()
        following = _next_marker(marker)
    if not pieces:
        return [line]
    pieces.append((marker, text[start:]))
    return [Line(piece, mark, line.kind, line.level, (), line.number) for mark, piece in pieces]


# A word broken at the line's end (text copied from a PDF): "Zagro-" / "żenie". The hyphen stays in
# compound adjectives: "informacyjno-" / "profilaktycznych".
_BROKEN = re.compile(r"(?P<before>[^\W\d_]{1,64})[-\u00ad]\Z")  # searched in the line's last 65 characters
_COMPOUND_FIRST = re.compile(r"[^\W\d_]{2,}(?:no|wo|ko|lo)$", re.I)
_COMPOUND_SECOND = re.compile(r"[^\W\d_]{3,}(?:ych|ymi|ym|ego|emu|ej|ich|imi|iego|ny|na|ne|ną|wy|wa|we|wą|ki|ka|kie"
                              r"|ką|cy|ca|ce)\b")


def rejoin_broken_words(raw: list[str]) -> tuple[list[str], int]:
    """Lines with the words broken at their ends joined again; (lines, how many were joined)."""
    out, _groups, joined = _rejoin(raw, lambda at: True)
    return ["".join(pieces) for pieces in out], joined


def rejoin_broken_lines(lines: list[Line]) -> tuple[list[Line], int]:
    """A Word document's lines with the words broken at their ends joined again, as a text file's (a PDF's text
    pasted into Word: "infor-" / "macje"); a list item or a table row never continues the line before, nor does
    a line go on after a row. (lines, how many were joined)."""
    def may_join(at: int) -> bool:
        return not (lines[at].cells or lines[at].kind or lines[at - 1].cells)

    out, groups, joined = _rejoin([line.text for line in lines], may_join)
    return [lines[group[0]] if len(group) == 1 else lines[group[0]].with_text("".join(pieces))
            for pieces, group in zip(out, groups)], joined


def _rejoin(raw: list[str], may_join) -> tuple[list[list[str]], list[list[int]], int]:
    """Each line after the joins as its pieces, the numbers of the lines it is made of, how many were joined;
    may_join(at) tells whether line `at` may continue the one before it."""
    out: list[list[str]] = []  # each line as its pieces: a chain of joins is put together once, at the end
    groups: list[list[int]] = []
    joined = 0
    for at, line in enumerate(raw):
        text = line.strip()
        end = _end(out[-1]) if out and text[:1].islower() and may_join(at) else ""
        broken = _BROKEN.search(end) if end.endswith(("-", "\u00ad")) else None
        if broken:
            keep = end.endswith("-") and _COMPOUND_FIRST.fullmatch(broken.group("before")) \
                and _COMPOUND_SECOND.match(text)
            if not keep:
                out[-1][-1] = out[-1][-1][:-1]
            out[-1].append(text)
            groups[-1].append(at)
            joined += 1
        else:
            out.append([line.rstrip()])
            groups.append([at])
    return out, groups, joined


def _end(pieces: list[str], size: int = 65) -> str:
    """The last `size` characters of a line held as pieces: a word broken at its end is never longer."""
    tail, have = [], 0
    for piece in reversed(pieces):
        tail.append(piece[-(size - have):])
        have += len(tail[-1])
        if have >= size:
            break
    return "".join(reversed(tail))
