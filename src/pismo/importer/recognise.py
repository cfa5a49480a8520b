"""Lines of a source → a Plan: title block, five sections, page chrome left out.

The source is cut at the first section heading: what stands before it is the
title block (anything before the title itself is the web page's intro); what
follows is sorted into the sections by their headings. Text that fits nowhere
is kept in the nearest section with a note, never dropped; only page chrome is
left out, and it is listed in the case file's header.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pismo.importer import header as hd
from pismo.importer.boxes import (EMPTY, SIGNS, TICKED_BOXES, UNTICKED, answer_columns, box_cell, boxed_text,
                                  round_ticks, sign_fill, typed_no, yes_no, yes_no_columns)
from pismo.importer.chrome import is_chrome, starts_footer
from pismo.importer.dates import DATE, find_period, parse_date
from pismo.importer.headings import (HEADING_CHARS, extra_heading, inner_headings, is_title, is_title_continuation,
                                     number_value, parse_heading, word_numbered)
from pismo.importer.columns import start_only, without_other_columns
from pismo.importer.items import (ONLY_NAME, NUMBER_CELL, STAGE_LINE, STAGE_ROW, STAGE_UNREAD, Item, action, continues, group_items,
                                  header_row, instrumental, opening_header, page_width, partner, partners_intro,
                                  stage_heading, staged, way_text)
from pismo.importer.lines import Line, hangs, numbered_after, quoted, typed_line
from pismo.importer.objects import unread
from pismo.importer.plan import MAX_ITEMS, Partner, Plan, Text, check_parts, too_many
from pismo.importer.sources import MAX_LINES, SourceError, too_many_lines
from pismo.importer.targets import indicators
from pismo.polish import count

HEADING_QUOTED = 80  # characters of a heading a note quotes

Entry = tuple[Line, "str | None"]  # a line of a section and the reason to check it, if any

NO_PLAN = ("nie rozpoznano planu – nie znaleziono nagłówków jego części (np. „1. Charakterystyka zdiagnozowanego "
           "zagrożenia w rejonie służbowym”, „2. Zakładany cel do osiągnięcia”)")
LEFTOVER = "tekst spod tytułu, którego nie rozpoznano – przenieś go we właściwe miejsce albo usuń"
# the signature's label: „Sporządził(a):”, „Plan sporządził:”, „Sporządził i opracował:”; its synonyms
# („Opracowała”, „Przygotował”, „Wykonał”) only as a label – with a colon or alone on the line, never a sentence
SIGNED = re.compile(r"(?:plan\s+)?(?:sporządził|opracował|przygotował|wykonał)(?P<female>a)?\b"
                    r"(?:(?<=sporządził)|(?<=sporządziła)|(?=\s*(?::|$)))(?:\s+i\s+(?:sporządził|opracował)a?\b)?"
                    r"\s*:?\s*(?P<rest>.*)", re.I)
SIGNED_MANY = re.compile(r"sporządzi(?:li|ły)\b\s*:?\s*(?P<rest>.*)", re.I)
# A town of one to five words joined by spaces or hyphens ("Kędzierzyn-Koźle", "Nowe Miasto nad Pilicą"); a word
# holds no hyphen, so a row of hyphens ("Podpis-------") splits one way only and is refused in linear time.
_PLACE_DATE = re.compile(rf"(?P<place>[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:[ -]\w+){{0,4}}),\s*"
                         rf"(?:dnia\s+)?(?P<date>{DATE})\s*\.?", re.I)
# „Zatwierdzam do realizacji”, „Akceptuję do realizacji”: the stamp's common wording, its words the label's
_FOR_REALISATION = r"(?:\s+do\s+realizacji)?"
# „Zatwierdził: …”, „Akceptuję: …”, „Akceptowała: …” with the approver on the same line
_APPROVED = re.compile(r"(?:(?:sprawdził|zaopiniował|opiniował)a?\s+i\s+)?"  # „Sprawdził i zatwierdził:”
                       r"(?P<word>(?:zatwierdził|akceptował)(?P<female>a)?|akceptuję|zatwierdzam)\b"
                       rf"{_FOR_REALISATION}\s*:?\s*(?P<rest>.*)", re.I)
_BLANK_FOR_SIGNATURE = re.compile(r"(?:[\s.…_:/()-]|\b(?:dnia|data|podpis|pieczęć|i)\b)*", re.I)
_BLANK_YEAR = re.compile(r"(?:(?:dnia|data)\s*:?\s*)?[.…_]{2,}[\s.…_/-]*(?:\d{4}\s*(?:r\.?|roku)?)?", re.I)


def _blank(text: str) -> bool:
    """A line left for the approval's date or signature („dnia …………………”, „……… 2026 r.”): no function."""
    return bool(_BLANK_FOR_SIGNATURE.fullmatch(text) or _BLANK_YEAR.fullmatch(text))
_FROM_PAGE = {
    "district": "numer rejonu wzięto z tekstu przed tytułem planu (np. nagłówka strony) – sprawdź",
    "unit": "nazwę jednostki wzięto z tekstu przed tytułem planu (np. nagłówka strony) – sprawdź",
    "period": "okres wzięto z tekstu przed tytułem planu – sprawdź",
    "officer": "dzielnicowego wzięto z tekstu przed tytułem planu – sprawdź",
}
_GOALISH = re.compile(r"(?:główn\w+\s+|zakładan\w+\s+)?cel\w*\b|dążenie\b|celem\b", re.I)
# How a way of informing begins ("Informacja o działaniach przekazywana będzie…", "Ogłoszenia na tablicy…");
# no partner's name begins so.
_INFORMING = re.compile(r"(?:informacj\w*|informowani\w*|ogłosze\w*|publikacj\w*|zamieszczeni\w*|rozmow\w*"
                        r"|spotkani\w*\s+z\s+mieszkańc\w*|zebrani\w*|stron\w*\s+internetow\w*|tablic\w*\s+ogłoszeń"
                        r"|za\s+pośrednictwem|przekazywani\w*\s+informacji|ulotk\w*|media|mediów|facebook)\b", re.I)


def _shown(line: Line) -> str:
    text = " | ".join(line.cells) if line.cells else line.text
    return f"{line.marker} {text}".strip()


def heading_of(line: Line) -> tuple | None:
    """(Heading, lines after it) of a heading line, or of a table row whose first cell is a heading."""
    if not line.cells:
        heading = parse_heading(line.text)
        rest = _rest_line(heading.rest, line) if heading and heading.rest else None
        rest = _inline_list(rest, heading.sections) if rest else None
        return (heading, rest or []) if heading else None  # the heading's number stays with it
    heading = parse_heading(line.cells[0])
    if heading is None or heading.label and header_row(line.cells):  # "Działania | Termin": a header row
        return None
    rest = [Line(heading.rest, number=line.number)] if heading.rest else []
    if line.cell_lines:  # a Word form: each paragraph of the text cell is a line of its own
        return heading, rest + [piece for cell in line.cell_lines[1:] for piece in cell]
    return heading, rest + [Line(text, number=line.number) for text in line.cells[1:]]


def _rest_line(rest: str, line: Line) -> Line:
    """The text after a heading on its line as a line of its own: a typed bullet before it („· ”, „- ”) taken off
    as on a line of its own (Word's style separator joins the heading and the part's first item)."""
    typed = typed_line(rest, line.number)
    return replace(typed, note=line.note) if typed.kind == "bullet" else Line(rest, number=line.number, note=line.note)


_INLINE_SEPARATOR = re.compile(r"[,;]\s+|[()]")  # a comma or semicolon between two items, or a bracket
_INLINE_ITEM_WORDS = 12  # a way of informing or a partner of the list, never a sentence's clause
INLINE_SPLIT = ("ta pozycja stała w wierszu nagłówka części razem z innymi, po przecinkach – rozdzielono je na "
                "osobne pozycje; sprawdź")


def _inline_list(rest: Line, sections: tuple[int, ...]) -> list[Line]:
    """The text after part 4's or 5's heading on its line as the part's items when it is a comma list („4.
    Podmioty współpracujące: Urząd Gminy (naprawa oświetlenia), Zespół Szkół (udostępnienie sali).”, „5. …:
    strona KPP, spotkania z mieszkańcami.”) – each item marked; else the one line."""
    if sections not in ((4,), (5,)) or rest.kind or rest.note:
        return [rest]
    pieces = [piece.strip() for piece in _outside_brackets(rest.text) if piece.strip()]
    if len(pieces) < 2 or any(len(piece.split()) > _INLINE_ITEM_WORDS for piece in pieces) or sections == (4,) and (
            not all(piece.rstrip(" .").endswith(")") for piece in pieces)):  # partners: „<name> (<tasks>)” each
        return [rest]
    return [Line(piece, "–", "bullet", 0, (), rest.number, note=INLINE_SPLIT) for piece in pieces]


def _outside_brackets(text: str) -> list[str]:
    """The text cut at each comma or semicolon outside brackets („Urząd Gminy (naprawa, monitoring), …”)."""
    pieces, start, depth = [], 0, 0
    for found in _INLINE_SEPARATOR.finditer(text):
        sign = found.group()
        depth = depth + 1 if sign == "(" else max(depth - 1, 0) if sign == ")" else depth
        if sign not in "()" and not depth:
            pieces.append(text[start:found.start()])
            start = found.end()
    return pieces + [text[start:]]


def chrome_line(line: Line) -> bool:
    """Chrome, judged leniently for list items: a bullet "Facebook" may be a way of informing."""
    if line.cells:
        return False
    if line.listed:
        return is_chrome(line.text) and not re.fullmatch(r"[\w ]{1,30}", line.text)
    return is_chrome(line.text)


def prepare(lines: list[Line]) -> list[Line]:
    """Empty lines out, wrapped headings joined, headings inside a line cut apart: once per source."""
    lines = _round_ticks(numbered_after(_heading_words([line for line in lines if line.text or line.cells])))
    return _split_at_headings(_join_wrapped_headings(lines))


def _round_ticks(lines: list[Line]) -> list[Line]:
    """A „(v)” opening a line among lines opening with „( )” read as a tick (boxes.round_ticks)."""
    texts = round_ticks([line.text for line in lines], any(line.marker in (UNTICKED, *EMPTY) for line in lines))
    return [line.with_text(text) if text is not line.text else line for line, text in zip(lines, texts)]


def _heading_words(lines: list[Line]) -> list[Line]:
    """A word standing before the numbers of two parts' headings or more ("Dział 1. …", "Dział 2. …") is part of
    the headings: left out of those lines, as "§" or "Rozdział" is, never text, an action or a partner."""
    found = {at: word_numbered(line.text) for at, line in enumerate(lines) if not line.cells and not line.kind}
    parts: dict[str, int] = {}
    for value in found.values():
        if value:
            parts[value[0]] = parts.get(value[0], 0) + 1
    return [line.with_text(line.text[found[at][1]:]) if found.get(at) and parts[found[at][0]] > 1 else line
            for at, line in enumerate(lines)]


_CONTENTS_TITLE = re.compile(r"spis\s+treści\s*:?", re.I)
_CONTENTS_AT = 200  # lines from the start a table of contents may stand at (after a title page)


_UNTICKED = ("☐", "❌", "✗", "✘")  # an unticked box of a form, a cross: an option not chosen, or rejected
_TICKED = ("☑", "☒", "✓", "✔", "✅")
_EMPTY_BOXES = tuple(EMPTY)  # bullets of their own, but empty boxes among ticked ones


_NUMBERED_BOX = re.compile(r"(\d{1,3}\.?)\s*(\S.{0,5})")  # an „Lp.” cell with the row's box: „1. ☒”, „2. [ ]”
_BOX_SPLIT = re.compile(rf"\s*([{''.join(SIGNS)}])\s*")


def _box_column(line: Line) -> Line:
    """A table row or tab-separated line whose one cell is only a box ("☐ | Ulotki…", "Ulotki…<TAB>◻",
    "[x] | Strona KPP") is the option with that box as its bullet: an unticked one is marked, the box sign never
    in its text."""
    numbered = _NUMBERED_BOX.fullmatch(line.cells[0].strip()) if line.cells else None
    if numbered and box_cell(numbered.group(2)):  # „1. ☒ | Urząd Miejski | Zadania”: the row's number and box
        line = replace(line, cells=numbered.groups() + line.cells[1:], columns=())
    signs = [box_cell(cell) for cell in line.cells]
    boxes = [at for at, sign in enumerate(signs) if sign]
    if not boxes and _leading_box(line.cells):  # „☒ Urząd Miejski | Zadania”: the box in the name's cell
        line = replace(line, cells=_leading_box(line.cells), columns=())
        signs = [box_cell(cell) for cell in line.cells]
        boxes = [at for at, sign in enumerate(signs) if sign]
    if len(boxes) == 2 and boxes[1] == boxes[0] + 1 and len(line.cells) > 2:  # a yes/no form's TAK | NIE columns
        signs[boxes[0]] = yes_no_columns(signs[boxes[0]], signs.pop(boxes[1]))
        line = replace(line, cells=line.cells[:boxes[1]] + line.cells[boxes[1] + 1:], columns=())
        boxes = boxes[:1]
    if len(boxes) != 1 or len(line.cells) < 2:
        return line
    others = line.cells[:boxes[0]] + line.cells[boxes[0] + 1:]
    others = tuple(cell for cell in others if not NUMBER_CELL.fullmatch(cell)) or others  # the „Lp.” column
    if len(others) == 1:
        return Line(others[0], signs[boxes[0]], "bullet", line.level, (), line.number, note=line.note)
    return Line(" ".join(others), signs[boxes[0]], "bullet", line.level, others, line.number, note=line.note)


_OPENING_BOX = re.compile(r"(\[[^\]\S]*[^\]\s]?\s*\]|\(\s*[xX✓✔]?\s*\)|\S)\s+(?=\S)")


def _leading_box(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cells with a box opening the row's first text cell („☒ Urząd…”, „◻ Rada…”, „[ ] Rada…”) as a cell of
    its own, else None: a box there is the row's, never part of a partner's name."""
    at = next((at for at, cell in enumerate(cells) if not NUMBER_CELL.fullmatch(cell)), None)
    found = _OPENING_BOX.match(cells[at]) if at is not None else None
    if found is None or not box_cell(found.group(1)):
        return None
    return cells[:at] + (found.group(1), cells[at][found.end():]) + cells[at + 1:]


def _answer_header(line: Line) -> bool:
    """A form table's header row naming its answer columns: „TAK” and „NIE” side by side, or „Wybór (X)”."""
    return bool(answer_columns(line.cells))


def _boxed(line: Line, answers: bool = True) -> Line:
    """The line with its boxes read (boxes.py): a column of boxes as the option's bullet, any other box as a sign,
    a yes/no form's boxes – the first taken for the line's bullet too – as one box of its option."""
    if line.cells:
        return _box_column(line)
    if line.kind == "bullet" and line.marker in TICKED_BOXES:  # "🗹 Ulotki…": a ticked box taken for a bullet
        line = Line(line.text, "☒", "bullet", line.level, (), line.number, note=line.note)
    text = boxed_text(line.text, answers)
    answer = yes_no(f"{line.marker} {text}") if line.kind == "bullet" and line.marker in SIGNS else None
    if answer:
        return Line(answer[0], answer[1], "bullet", line.level, (), line.number, note=line.note)
    return line.with_text(text)


def _split_boxes(typed: Line, answers: bool = True) -> list[Line]:
    """A form's options side by side on one line ("☒ strona KPP ☐ prasa lokalna ☒ spotkania", or with the boxes
    after the options: "Tak ☐ Nie ☒") → an item per option, each with its box as its bullet, so an unticked one is
    marked and no box sign stays in the text. A box in a column of its own or typed "[ ]" is read as one. A line
    neither starting nor ending with a box is prose („pole [ ] oznacza brak odpowiedzi”, „(pytanie: [x] tak /
    [ ] nie)” in an action): kept as typed, never split into items marked „usuń ją”. A typed answer („…: nie”)
    is an option's box only where answers are read (part 5's ways of informing): in prose it is the sentence's."""
    pairs = _box_pairs(typed)
    if pairs:
        return pairs
    line = _boxed(typed, answers)
    if line.cells:
        return [_cell_boxes(line)]
    if not any(box in line.text for box in SIGNS):
        return [line]
    if sum(map(line.text.count, SIGNS)) > MAX_ITEMS:  # counted before any is split off: 1.7 M options took 1.4 GB
        raise too_many(f"wiersz {line.number} planu (pola wyboru ☐ ☒)" if line.number else "wiersz planu (pola "
                       "wyboru ☐ ☒)")
    parts = _BOX_SPLIT.split(line.text)  # text, box, text, box, …, text
    texts, boxes = parts[0::2], parts[1::2]
    if not any(text.strip() for text in texts):  # a lost glyph on a line of its own: no paragraph nor option „☐”
        return [replace(typed, note=typed.note or _LONE_BOX)]
    if not answers and texts[0] and line.marker not in SIGNS and (texts[-1] or len(boxes) > 1 or not line.listed):
        return [replace(typed, note=typed.note or _PROSE_BOX)]  # outside part 5 a box opens or ends its item
    if not answers and texts[0] and texts[-1] and texts[0].rstrip().endswith(":"):
        return [replace(line, note=line.note or _PROSE_BOX)]  # „☒ Wystąpienie …, forma: ☒ pismo ☐ e-mail – …”
    if texts[0] and texts[-1] and line.marker not in SIGNS and not _lead_in(texts[0]):
        return [replace(typed, note=typed.note or _PROSE_BOX)]
    if not texts[-1] and texts[0] and line.marker not in SIGNS:  # each box after its option, a dash before it
        pairs = [(_SEPARATED.sub("", text), box, "bullet") for text, box in zip(texts, boxes)]
    else:
        pairs = [(texts[0], line.marker, line.kind)] + [(_LEADING.sub("", text), box, "bullet")
                                                        for text, box in zip(texts[1:], boxes)]
    said = typed_no(typed.text) if answers else None  # „- lokalna prasa – NIE,”: no box in the text to quote
    pieces = [Line(text, marker, kind, line.level, (), line.number, note=_ANSWERED_NO.format(quoted(said))
                   if said and marker == UNTICKED else "") for text, marker, kind in pairs if text]
    return pieces or [line]


_ANSWERED_NO = ("w tekście ta pozycja ma odpowiedź {} – nie wybrano jej; usuń ją, jeśli nie jest sposobem "
                "informowania")


def _box_pairs(line: Line) -> list[Line]:
    """A form row of several options, each a box cell beside its text cell ([☒ | strona KPP | ☐ | prasa]), as an
    option per pair with its box as its bullet – never one option holding all with their signs; else []."""
    cells = [cell for cell in line.cells if not NUMBER_CELL.fullmatch(cell)]
    signs = [box_cell(cell) for cell in cells]
    if len(cells) < 4 or len(cells) % 2:
        return []
    first = 0 if signs[0] else 1  # the box before or after its option
    if not all(bool(sign) == (at % 2 == first) for at, sign in enumerate(signs)):
        return []
    pairs = [(signs[at + first], cells[at + 1 - first]) for at in range(0, len(cells), 2)]
    return [Line(text, sign, "bullet", line.level, (), line.number, note=line.note) for sign, text in pairs]


_PROSE_BOX = ("w środku tego zdania stoi znak pola wyboru (zostawiony w tekście) – jeśli to pole formularza albo "
              "znak utracony przy kopiowaniu (np. myślnik), popraw zdanie")


_LONE_BOX = ("w tym wierszu stoi sam znak pola wyboru – jeśli to znak utracony przy kopiowaniu, usuń go; jeśli pole "
             "formularza, wpisz, czego dotyczy")
_LABEL_WORDS = 6  # words of an options' label („Sposób informowania:”); a longer lead-in is a sentence
_SENTENCE_END = re.compile(r"[.!?…]\s")


def _lead_in(text: str) -> bool:
    """Whether the text before a line's first box is a short label of the options after it („Sposób: ☒ strona
    ☐ prasa”), not a sentence that goes on inside a bracket („(pytanie: ☒ tak / ☐ nie)”) nor a paragraph up to a
    colon („… obraz. Wyniki: ☒ tak – 38%, ☐ nie – 62%.”)."""
    return (text.endswith(":") and text.count("(") == text.count(")") and len(text.split()) <= _LABEL_WORDS
            and not _SENTENCE_END.search(text))


def _cell_boxes(line: Line) -> Line:
    """A table row whose text cell holds a box inside its sentence („spotkanie … [ ] w Rejonie III”): kept as
    typed and marked, as the same sentence on a line of its own is."""
    if line.kind == "bullet" or not any(_box_inside(cell) for cell in line.cells):
        return line
    return replace(line, note=line.note or _PROSE_BOX)


def _box_inside(cell: str) -> bool:
    return not box_cell(cell) and any(sign in boxed_text(cell, False) for sign in SIGNS)


_SEPARATED = re.compile(r"\s*[:–—-]+$")  # "Ulotki – [ ]": the dash goes with its box
_LEADING = re.compile(r"^[:–—-]+\s*")


def _mark_empty_boxes(entries: list[Entry]) -> None:
    """An empty square bullet ("□", Wingdings "o") in a part whose other items are ticked ("☑ …") is an option
    not chosen, marked as "☐" is; in a list of its own it is only a bullet. So is an empty sign among items of its
    filled pair at the same level („■ …” / „□ …”, „● …” / „○ …”): a form ticked by filling its squares or dots."""
    ticked = any(line.marker in _TICKED for line, _note in entries)
    fills = {at: sign_fill(line.marker) for at, (line, _note) in enumerate(entries) if line.kind == "bullet"}
    filled = {(entries[at][0].level, fill[0]) for at, fill in fills.items() if fill and fill[1]}
    for at, (line, note) in enumerate(entries):
        fill = fills.get(at)
        if note is None and line.kind == "bullet" and (ticked and line.marker in _EMPTY_BOXES
                                                        or fill and not fill[1] and (line.level, fill[0]) in filled):
            entries[at] = (line, _unticked(line, force=True))


_CHECKLIST = ("wszystkie pozycje tej części mają puste pola wyboru („☐”) – odczytano je jako punktory listy; jeśli "
              "to formularz do wyboru, usuń pozycje niewybrane")


def _checklist(entries: list[Entry]) -> bool:
    """Whether every item of a list part (two or more) has an empty box and none is ticked (a checklist to tick
    when done, a form not filled in): the boxes are its bullets, the unticked notes of each item dropped – an
    officer following them deleted every action – and True for one note on the part."""
    boxed = [at for at, (line, note) in enumerate(entries) if line.kind == "bullet" and line.marker in _UNTICKED[:1]]
    bullets = [line for line, _note in entries if line.kind == "bullet"]
    if len(boxed) < 2 or len(boxed) != len(bullets) or any(line.marker in _TICKED for line, _note in entries):
        return False
    for at in boxed:
        line, note = entries[at]
        entries[at] = (line, None if note == _unticked(line) else note)
    return True


def _unticked(line: Line, force: bool = False) -> str | None:
    """A note for a list item marked as not chosen ("☐ Ulotki…" among "☒ …" – a form's options, Word's check box
    controls): the mark was taken for a bullet, and the option for a chosen one."""
    if line.kind == "bullet" and (force or line.marker in _UNTICKED):
        return (f"w tekście ta pozycja ma niezaznaczone pole albo krzyżyk („{line.marker}”) – jeśli jej nie wybrano, "
                "usuń ją")
    return None


def _after_signature(plan: Plan, current: int) -> str | None:
    """A note for text under the plan's signature (a postscript, an action added later): it went into part 5
    unmarked, and an action became a way of informing residents."""
    if plan.signed and current == 5:
        return "tekst pod podpisem planu – sprawdź, do której części planu należy, albo usuń go"
    return None


def drop_contents(lines: list[Line], warnings: list[str]) -> list[Line]:
    """A typed table of contents ("Spis treści" and the part headings with page numbers, copied from a page or a
    PDF) left out with a warning: its headings were taken for a plan of empty parts before the real one. Word's
    own is left out while the document is read."""
    for at, line in enumerate(lines[:_CONTENTS_AT]):
        if not _CONTENTS_TITLE.fullmatch(line.text):
            continue
        end = at + 1
        while end < len(lines) and _contents_entry(lines[end]):
            end += 1
        if end - at > 2:
            listed = "; ".join(quoted(entry.text) for entry in lines[at:end][:10])
            warnings.append(f"tekst ma spis treści – pominięto go, bo tylko powtarza nagłówki planu: {listed}; "
                            "sprawdź, czy wynik ma wszystkie części planu")
            return lines[:at] + lines[end:]
    return lines


def _contents_entry(line: Line) -> bool:
    """A contents line: a part's heading, then dot leaders, a tab or a space, and a page number."""
    text = line.text
    page = re.search(r"(?<!\d)\d{1,4}\Z", text) if len(text) < 400 else None
    if page is None:
        return False
    before = text[:page.start()]
    heading = before.rstrip(" .…·_")
    return len(heading) < len(before) and bool(heading) and parse_heading(heading) is not None


def first_heading(lines: list[Line]) -> int | None:
    """Where the plan's first section heading stands; None in a text without any."""
    return next((i for i, line in enumerate(lines) if not chrome_line(line) and heading_of(line)), None)


def recognise(lines: list[Line], warnings: list[str] | None = None) -> Plan:
    """The plan in these prepared lines (one plan's block); SourceError when no section heading is found."""
    plan = Plan(warnings=list(warnings or []), width=page_width(lines))
    first = first_heading(lines)
    if first is None:
        raise SourceError(NO_PLAN)
    leftovers = _header(plan, [line for line in lines[:first] if unread(line.text) is None])  # named in a warning
    buckets = _body(plan, lines[first:])
    buckets[1][:0] = [(line, LEFTOVER) for line in leftovers]
    _sections(plan, buckets)
    _from_body(plan)
    _guessed_stamps(plan, lines)
    return plan


# said on a page of several plans where the owner of an approval stamp between two plans is a guess (blocks.py)
STAMP_ABOVE = ("blok zatwierdzenia {} stoi między podpisem tego planu a tytułem następnego – przypisano go temu "
               "planowi, bo żaden plan na stronie nie ma go nad tytułem – sprawdź, czy nie zatwierdza następnego planu")
STAMP_BELOW = ("nad tytułem tego planu, pod podpisem poprzedniego, stoi blok zatwierdzenia {} – przypisano go "
               "poprzedniemu planowi – jeśli zatwierdza ten plan, wpisz tu jego przełożonego")
_GUESSES = tuple(note.split("{}")[0] for note in (STAMP_ABOVE, STAMP_BELOW))


def _guessed_stamps(plan: Plan, lines: list[Line]) -> None:
    """The notes the page's split left on the lines of a stamp whose plan is a guess: said at the superior."""
    for line in lines:
        for note in line.note.split("; ") if line.note else ():
            if note.startswith(_GUESSES):
                plan.field_notes.setdefault("superior", []).append(note)


def _join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """A heading wrapped onto the next line ("…poszczególnych etapów/" / "zadań.") is one line again."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last and not last.cells and not line.cells and not line.listed and line.text[:1].islower() \
                and not last.text.endswith((".", ":")):
            heading, joined = parse_heading(last.text), parse_heading(f"{last.text} {line.text}")
            if heading and not heading.rest and joined and joined.sections[0] == heading.sections[0]:
                out[-1] = last.with_text(f"{last.text} {line.text}")
                continue
        out.append(line)
    return out


def _split_at_headings(lines: list[Line]) -> list[Line]:
    """A numbered heading inside a line ("4. Podmioty…: Rada Osiedla – … 5. Proponowany sposób…: zamieszczenie
    informacji…") starts a line of its own, so the text after it goes to its part."""
    out: list[Line] = []
    for line in lines:
        cuts = [] if line.cells else inner_headings(line.text)
        if not cuts:
            out.append(line)
            continue
        out.append(line.with_text(line.text[:cuts[0]].rstrip()))
        out += [typed_line(line.text[a:b], line.number) for a, b in zip(cuts, cuts[1:] + [len(line.text)])]
        if len(out) > MAX_LINES:  # the lines a plan may have, counted after the cuts too (80 000 in one line)
            raise too_many_lines()
    return out


def _from_body(plan: Plan) -> None:
    """District and unit the title does not give, as the plan's own text names them ("w rejonie nr 3")."""
    text = "\n".join(t.value for t in plan.problem + plan.goal + plan.informing)
    for name, finder in (("district", hd.find_district), ("unit", hd.find_unit)):
        known = name == "district" and (plan.districts or plan.area)
        found = finder(text) if getattr(plan, name) is None and not known else None
        if found:
            setattr(plan, name, found[0])
            what = "numer rejonu" if name == "district" else "nazwę jednostki"
            plan.field_notes.setdefault(name, []).append(f"{what} wzięto z treści planu, nie z tytułu – sprawdź")


# ----------------------------------------------------------------------------------------- title block

def title_index(head: list[Line]) -> int | None:
    for i, line in enumerate(head):
        following = head[i + 1].text if i + 1 < len(head) else ""
        if not line.cells and not chrome_line(line) and is_title(line.text, following):
            return i
    return None


def _header(plan: Plan, head: list[Line]) -> list[Line]:
    """Read the title block into plan; return its lines that say nothing recognisable."""
    at = title_index(head)
    intro, block = (head[:at], head[at:]) if at is not None else ([], head)
    # lines are told apart by identity in sets: `in` on a list of Lines compared them field by field, and
    # thousands of lines before the first heading made the title block quadratic
    intro = _stamp_column(intro)
    stamp = {id(line) for line in _approval(plan, intro)}
    used = stamp | {id(line) for line in intro + block if id(line) not in stamp and (
        _made_on(plan, line) or _place_date_piece(plan, line))}
    block = [line for line in block if id(line) not in used]
    plan.ignored += [_shown(line) for line in intro if id(line) not in used]
    plan.ignored += [_shown(line) for line in block if chrome_line(line)]
    block = [line for line in block if not chrome_line(line)]
    title_lines = {id(line) for line in block if is_title(line.text) or is_title_continuation(line.text)
                   or (line.text.lower().rstrip(":. ") == "plan")}
    spans = read_info(plan, "\n".join(_shown(line) for line in block))
    missing = [name for name in _FROM_PAGE if getattr(plan, name) is None]
    # fills only what the title did not give; the approval block names the superior, not the officer
    read_info(plan, "\n".join(_shown(line) for line in intro if id(line) not in used))
    for name in missing:
        if getattr(plan, name) is not None:
            plan.field_notes.setdefault(name, []).append(_FROM_PAGE[name])
    leftovers, pos = [], 0
    for line in block:
        start, pos = pos, pos + len(_shown(line)) + 1
        if id(line) in title_lines or any(a < pos - 1 and b > start for a, b in spans):
            continue
        if line.cells and (line.header or header_row(line.cells)):
            plan.header_rows.append(_shown(line))
            continue
        leftovers.append(line)
    left = {id(line) for line in leftovers}
    plan.title = " ".join(_shown(line) for line in block if id(line) not in left) or None
    return leftovers


def read_info(plan: Plan, text: str) -> list[tuple[int, int]]:
    """Fill the plan's empty title fields from a text; return where the found pieces stand."""
    spans = []
    for field, finder in (("districts", hd.find_districts), ("area", hd.find_area)):
        found = finder(text) if not getattr(plan, field) else None
        if found:
            spans.append(found[1])
            setattr(plan, field, found[0])
            if field == "districts" and not re.match(r"rejon(?:ów|y)\b", text[found[1][0]:], re.I):
                plan.field_notes.setdefault("district", []).append(hd.ONE_NOUN_MANY)
    if plan.districts:
        plan.district = None
    for field, finder in (("district", hd.find_district), ("unit", hd.find_unit),
                          ("superior_unit", hd.find_superior_unit), ("team", hd.find_team),
                          ("department", hd.find_department), ("officer", hd.find_officer),
                          ("phone", hd.find_phone), ("email", hd.find_email), ("period", find_period)):
        found = finder(text)
        if found:
            spans.append(found[1])
            if getattr(plan, field) is None and not (field == "district" and plan.districts):
                setattr(plan, field, found[0])
    return spans


# ---------------------------------------------------------------------------------------------- body

def _body(plan: Plan, body: list[Line]) -> dict[int, list[Entry]]:
    """Sort the lines after the first heading into the five sections."""
    buckets: dict[int, list[Entry]] = {n: [] for n in range(1, 6)}
    current, footer, extra, signing, cut_by = 1, "", None, "", ""
    cut: list[str] = []  # text the page footer cut off that is not chrome by itself
    body = _side_by_side(body)
    later = _later_headings(body)
    boxes: dict[int, int] = {}  # part → the form's options its lines hold so far
    last_way = _LastItem(buckets[5])

    def options(line: Line) -> list[Line]:
        """The line's options, counted for its part before any is split off: 9.6 MB of lines of 999 took 1.3 GB."""
        boxed = _boxed(line, current == 5)
        boxes[current] = boxes.get(current, 0) + (sum(map(boxed.text.count, SIGNS)) if not boxed.cells else 0)
        if boxes[current] > MAX_ITEMS:
            raise too_many(f"część {current} planu (pola wyboru ☐ ☒)")
        return _split_boxes(line, current == 5)

    for at, line in enumerate(body):
        if not footer and not line.cells and not line.listed and starts_footer(line.text):
            footer = "attachments" if _attachments(line.text) else "page"
            cut_by = footer
        elif not footer and current == 5 and plan.signed and not line.cells and _DISTRIBUTION.fullmatch(line.text):
            footer = cut_by = "distribution"  # „Wykonano w 2 egz.:” / „Otrzymują:” under the signature
        elif footer == "attachments" and any(SIGNED.match(t) or SIGNED_MANY.match(t) for t in line.cells or [line.text]):
            footer = ""  # "Załączniki:" was the plan's own list, and its signature follows: read as such
        if footer or chrome_line(line) and not _list_goes_on(buckets[current], line) and not _opens_approval(
                line, current):
            plan.ignored.append(_shown(line))
            cut += [_shown(line)] if footer and not chrome_line(line) else []
            continue
        if unread(line.text) is not None:
            plan.note(current, f"w tej części planu dokument ma {unread(line.text)}, którego treści import nie odczytuje "
                               "– otwórz dokument w Wordzie i przepisz ją tutaj")
            plan.unread_parts.add(current)
            continue
        if _answer_header(line):  # a yes/no form's „Sposób informowania | TAK | NIE”: no item, nor a heading
            plan.header_rows.append(_shown(line))
            continue
        found = later[at][1]
        if found and at and _out_of_place(line, found[0], current, later[at + 1][0] if at + 1 < len(body) else ()):
            note = "; ".join(filter(None, [line.note, _out_of_place_note(found[0].sections[0], current)]))
            buckets[current] += [(piece, note) for piece in options(line)]
            continue
        if found:
            heading, rest = found
            extra = None
            _period_in_heading(plan, line)
            current = heading.sections[0]
            _merged(plan, heading.sections)
            plan.found.update(heading.sections)
            buckets[current] += [(piece, piece.note or None) for piece in rest]  # a split list marked
            continue
        if line.header and line.cells:  # Word marks it as the table's header row: whatever its words, no item
            if current in (3, 4):  # it names the columns of the rows below (_table_items)
                buckets[current].append((line, None))
            else:
                plan.header_rows.append(_shown(line))
            continue
        signing = _signature(plan, line, signing, current, body[at - 1] if at else None)
        if signing is not None:
            continue
        signing = ""
        if extra is None and current == 5 and not line.cells and extra_heading(line, last_way()):
            extra = line.text
        if extra is None and current >= 3 and _advice_heading(line):
            extra = line.text
        if extra:
            note = (f"tekst spoza pięciu części planu (od nagłówka {quoted(extra, HEADING_QUOTED)}) – przenieś go "
                    "we właściwe miejsce albo usuń")
            buckets[5].append((Line(_shown(line), number=line.number), note))  # never a sub-item of section 5
        else:
            buckets[current] += [(piece, line.note or piece.note or _unticked(piece) or _after_signature(plan, current))
                                 for piece in options(line)]
    for part, entries in buckets.items():
        _mark_empty_boxes(entries)
        if part >= 3 and _checklist(entries):
            plan.note(part, _CHECKLIST)
    if cut:
        dropped = count(len(cut), 'wiersz', 'wiersze', 'wierszy')
        where = {"attachments": "po nagłówku „Załączniki”", "distribution": "po rozdzielniku pod podpisem („Wykonano "
                 "w … egz.”, „Otrzymują:”)"}.get(cut_by, "po stopce strony internetowej")
        plan.warnings.append(f"{where} pominięto {dropped} (od {quoted(cut[0])}) – są wypisane na początku pliku "
                             "sprawy; sprawdź, czy nie są treścią planu")
    return buckets


# an office's distribution list under the signature: „Wykonano w 2 egz.:”, „Egz. nr 1 – …”, „Otrzymują:”, „Do
# wiadomości:”, „Rozdzielnik:”
_DISTRIBUTION = re.compile(r"(?:wykonano\s+w\s+\d{1,2}\s+egz\.?|egz\.\s*(?:nr\s*)?\d{1,2}\b.{0,150}|otrzymują"
                           r"|do\s+wiadomości|rozdzielnik)\s*:?", re.I)


def _out_of_place_note(section: int, current: int) -> str:
    if section == current:
        return ("ten wiersz wygląda jak nagłówek tej części planu, ale jest pozycją listy albo krótką etykietą w jej "
                "środku – zostawiono go tutaj jako tekst; sprawdź, czy to jego miejsce")
    where = f"a część {section} już minęła" if section < current else f"a część {section} ma własny nagłówek dalej"
    return (f"ten wiersz zaczyna się jak nagłówek części {section} planu, ale stoi w części {current}, {where} – "
            "zostawiono go tutaj; sprawdź, czy to jego miejsce")


def _later_headings(body: list[Line]) -> list[tuple[set, "tuple | None"]]:
    """For each line: (the parts whose numbered heading – not only a label – stands at it or after it, its heading).
    Worked out once, from the end: one pass."""
    out: list[tuple[set, "tuple | None"]] = [(set(), None)] * len(body)
    strong: set = set()
    for at in range(len(body) - 1, -1, -1):
        found = heading_of(body[at]) if not at or not _goes_on(body[at - 1], body[at]) else None
        if found and not _weak(body[at], found[0]):
            strong = strong | {found[0].sections[0]}
        out[at] = (strong, found)
    return out


def _goes_on(before: Line, line: Line) -> bool:
    """A line that carries on the sentence above – a hard-wrapped .txt's „zakładanego celu do osiągnięcia – termin
    …” – is no heading, whatever its words: unmarked, in lower case, after a line ending without a stop or colon."""
    return (not line.cells and not line.marker and not line.kind and line.text[:1].islower()
            and not before.cells and not before.text.rstrip().endswith((".", ":", ";", "!", "?")))


def _weak(line: Line, heading) -> bool:
    """A heading by a short label alone, or a list item: a part's heading only where no other tells it better."""
    numbered = number_value(line.marker) == heading.sections[0]
    return (heading.label or line.kind == "bullet") and not numbered


def _out_of_place(line: Line, heading, current: int, strong_later) -> bool:
    """A label or list item reading like a heading ("• Diagnoza", "Cel: wymiana 5 kamer…" under an action) that
    would go back to a part already open or passed, or forward to one whose own heading comes later: text of the
    part it stands in, never a heading that drops it or takes the later lines along."""
    section = heading.sections[0]
    return _weak(line, heading) and (section <= current or section in strong_later)


def _attachments(text: str) -> bool:
    """"Załączniki:" – a page's files or the plan's own list of attachments, before its signature."""
    return text.strip().lower().rstrip(" :»›") == "załączniki"


# A sub-heading of advice for residents after the actions: "Porady dla mieszkańców", "Pamiętaj!".
_ADVICE = re.compile(r"(?:porad\w*|rady\b|apel\w*|wskazówk\w*|zalece\w*|pamiętaj\w*|dobre\s+rady"
                     r"|jak\s+(?:się\s+)?(?:chronić|uniknąć|zabezpieczyć|ustrzec))", re.I)


def _advice_heading(line: Line) -> bool:
    """A short unlisted line opening advice for residents; its lines are no actions, partners or ways of informing."""
    text = line.text
    return (not line.cells and not line.listed and len(text) <= HEADING_CHARS and len(text.split()) <= 8
            and bool(_ADVICE.match(text))
            and not text.endswith((",", ";")))


def _period_in_heading(plan: Plan, line: Line) -> None:
    """"Cel do osiągnięcia w okresie 01.08.2024 r. - 31.01.2025 r.": the plan's period, when no other gives it."""
    found = None if plan.period or line.cells else find_period(line.text)
    if found:
        plan.period = found[0]
        plan.field_notes.setdefault("period", []).append("okres wzięto z nagłówka części planu – sprawdź")


# a page's own link, not a plan's sentence: an attachment with its size, a breadcrumb of menu words
_LINK_LIKE = re.compile(r"\(\s*\d+[,.]?\d*\s*[kKmMgG]i?B\s*\)|[»›]|\s/\s.*\s/\s|^wersja do druku", re.I)


def _list_goes_on(entries: list[Entry], line: Line) -> bool:
    """The line is the next item of the section's list: the last line ends with a comma (a short "Facebook"
    after it), or both are list items and this one is a sentence, not a menu's word ("Publikacja planu na stronie
    BIP w formacie .pdf", "Strona główna KMP / zakładka Dzielnicowi – informacja o planie")."""
    if not entries:
        return False
    last = entries[-1][0]
    return last.text.endswith((",", ";")) or (line.listed and last.listed and len(line.text.split()) >= 5
                                               and not _LINK_LIKE.search(line.text))


class _LastItem:
    """The last list item of a growing list of entries, looking only at the entries added since the last call:
    a scan back to it for every line made 19 900 unbulleted lines cost 12 s of CPU."""

    def __init__(self, entries: list[Entry]):
        self.entries, self.seen, self.line = entries, 0, None

    def __call__(self) -> Line | None:
        for line, _note in self.entries[self.seen:]:
            if line.listed:
                self.line = line
        self.seen = len(self.entries)
        return self.line


def _merged(plan: Plan, sections: tuple[int, ...]) -> None:
    if len(sections) > 1:
        plan.merged.append(sections)
        names = " i ".join(str(n) for n in sections)
        plan.note(sections[0], f"w tekście nagłówek łączył części {names} – sprawdź, czy tekst jest "
                               "we właściwej części")


def _signature(plan: Plan, line: Line, state: str, current: int, previous: Line | None = None) -> str | None:
    """Consume 'Sporządził(a): …', the officer's line and function after it, and 'Łęczna, dnia …' (previous: the
    source line above, whose rest a date line may be).

    Returns the new state ("M"/"K": the officer's name is to follow, "done": it was read, "": other),
    or None when the line is plan text.
    """
    if line.cells:
        return _signature_cells(plan, line, current) or _signature_row(plan, line.cells)
    text = line.text
    many = _several_signing(plan, text, state)
    if many is not None:
        return many
    if (state or current == 5) and _signature_blank(text):  # „Sporządził:” / „……………” / the name: the place to
        plan.ignored.append(_shown(line))  # sign, listed – never a way of informing
        return state
    signed = SIGNED.fullmatch(text)
    if signed:
        sex = "K" if signed.group("female") else "M"
        officer = hd.find_officer(signed.group("rest"), sex == "K")
        if officer and plan.signed and officer[0] != plan.officer:
            plan.field_notes.setdefault("officer", []).append(
                f"w tekście jest drugi podpis {quoted(text, 120)} – zostawiono pierwszy; sprawdź, kto sporządził plan")
            return "done"
        if officer:
            plan.officer, plan.signed = officer[0], True
            _contacts(plan, signed.group("rest"))
            return "done"
        if signed.group("rest").strip():  # a name without a rank is not read as an officer: listed, never lost
            plan.ignored.append(_shown(line))
        return sex
    approved = _APPROVED.fullmatch(text) if current >= 3 else None
    after = _approved_on_line(plan, approved, line) if approved else None
    if after is not None:  # "Zatwierdził: asp. szt. Jan Nowak" under the signature: the superior, as in a
        return after  # signatures' table
    block = _approval_block(plan, line, state, current)
    if block is not None:
        return block
    officer = hd.find_officer(text)
    if officer and state == "approval" and len(text) - (officer[1][1] - officer[1][0]) < 40:
        _approver(plan, officer[0], line)  # „Akceptuję:” / „Naczelnik Wydziału Prewencji” / „podinsp. Marek Wrona”
        return "approval"
    if officer and state not in ("M", "K") and (hd.spoken_of(officer[0]) or _item_rest(previous, line)
                                                 and not _signer_alone(officer, text)):
        return None  # „- ulotki wręczane przez dzielnicowego” / „  sierż. Tomasza Lisa podczas obchodu,”: the item's
    signs = bool(re.match(r"(?:dzielnicow[ya]|kierownik|asystent)\b", text, re.I))  # "dzielnicowa asp. Anna Nowak"
    if officer and (state in ("M", "K") or current == 5 or signs) and len(text) - (officer[1][1] - officer[1][0]) < 40:
        if plan.officer is None or state in ("M", "K"):
            found = hd.find_officer(text, (state == "K") if state in ("M", "K") else None)[0]
            if plan.officer_line and not plan.signed and found != plan.officer:  # the unlabelled name read first
                _unlabelled_replaced(plan)  # is listed, never lost
            plan.officer, plan.officer_line = found, "" if state in ("M", "K") else _shown(line)
        elif officer[0] != plan.officer:  # another name under the plan: listed and said, never dropped
            _second_signature(plan, line, "officer")
        plan.signed = plan.signed or state in ("M", "K")  # the name under „Sporządził:”: text below is under it
        _contacts(plan, text)
        return "done"
    if state == "done" and _contact_line(text):  # „tel. 47 811 22 33”, the e-mail under the name: the officer's
        _contacts(plan, text)
        return "done"
    if state == "done" and _OWN_FUNCTION.match(text) and len(text) < 120:
        plan.function = text
        return "done"  # the phone under the function is still the officer's
    if current >= 3 and state == "approval" and _approval_dated(plan, line):
        return "approval"
    if current >= 3 and (_made_on(plan, line) or _place_date(plan, text) or current == 5 and state != "approval" and _dated(plan, line, previous)):
        return ""
    return None


def _signature_blank(text: str) -> bool:
    """A line of dots, ellipses or underscores only („……………………”, „________”): a place to sign, no text."""
    return len(text) >= 3 and not text.strip(".…_ ")


def _dated(plan: Plan, line: Line, previous: Line | None) -> bool:
    """A date alone on an unlisted line of the last part („Data: 25.02.2026 r.” above „Sporządziła:”): the plan's
    date, as a place-and-date line is – only above the signature (under it, or under the approver, it is not the
    plan's) and not the rest of the item above („- zebranie wiejskie w Bochotnicy” / „  dnia 15.03.2026 r.”)."""
    if plan.signed or _item_goes_on(previous, line):
        return False
    found = None if line.kind else _DATE_LINE.fullmatch(line.text)
    day = parse_date(found.group("date")) if found else None
    if day:
        _plan_date(plan, day[0], line.text, False)
    return bool(day)


def _item_goes_on(previous: Line | None, line: Line) -> bool:
    """An indented line, or one under a list item left open (no full stop, or a colon): the item's wrapped rest."""
    above = previous.text.rstrip() if previous and not previous.cells else ""
    return line.indented or above.endswith(":") or bool(previous and previous.listed) and not above.endswith(
        (".", "!", "?", ";"))


def _item_rest(previous: Line | None, line: Line) -> bool:
    """A line hanging-indented (a few blanks, not a column's gap) right under a list item left open (no blank line
    between): its wrapped rest, whatever its first word – a rank opening it („  asp. szt. Janowi Mazurowi,”)
    makes it no signature."""
    return (line.indented and not line.laid and previous is not None and not previous.cells
            and line.number - previous.number <= 1
            and (previous.listed or previous.indented) and not previous.text.rstrip().endswith((".", "!", "?", ";")))


def _signer_alone(officer: tuple[hd.Officer, tuple[int, int]], text: str) -> bool:
    """A rank and a name in the nominative („  st. sierż. Marcin Wrona”) with nothing after it: a signature typed
    a few blanks in under the last item, never that item's rest (which names a person in another case)."""
    return hd.nominative(officer[0]) and not text[officer[1][1]:].strip(" ,.;:–—-")


_OWN_FUNCTION = re.compile(r"dzielnicow[ya]\b", re.I)  # the officer's function under the name


def _approved_on_line(plan: Plan, approved: re.Match, line: Line) -> str | None:
    """„Zatwierdził:”/„Akceptuję:” and the approver on one line („Akceptuję: Kierownik Rewiru Dzielnicowych kom.
    Jacek Pióro”): the superior, the words before the rank (or after the name: „kom. Jacek Pióro, Kierownik …”)
    the function, as written; „Zatwierdził:” alone opens the approval
    block (its lines follow), with words but no name it is listed. The signature's state after it, None: not
    read here."""
    rest = approved.group("rest")
    officer = hd.find_officer(rest, _said_sex(approved))
    if officer is None:
        if approved.group("word").lower().startswith("zatwierdził"):
            plan.ignored.append(_shown(line))
            return "" if rest.strip() else "approval"
        return None  # „Akceptuję:” alone: the approval block's opening (_approval_block)
    _approver(plan, officer[0], line)
    function = rest[:officer[1][0]].strip(" ,;–—-") or rest[officer[1][1]:].strip(" ,;–—-.")
    if plan.superior == officer[0] and not plan.superior_lines and function:
        plan.superior_lines = [function]  # as written („p.o. Kierownika …”, „Z-ca Komendanta …”): marked, never lost
    return "approval" if plan.superior == officer[0] and not plan.superior_lines else ""  # its function may follow


def _said_sex(approved: re.Match) -> bool | None:
    """Whether the approval's verb says a woman („Akceptowała”) or a man („Zatwierdził”); „Akceptuję”,
    „Zatwierdzam” say neither: the name tells."""
    return None if approved.group("word").lower().endswith(("ę", "m")) else bool(approved.group("female"))


def _approver(plan: Plan, officer, line: Line) -> None:
    """The name closing an approval block: the superior – or, with the superior known (a „ZATWIERDZAM” block
    above the title), a second approver, listed and said, never dropped. A checker's („Sprawdził:”) is the
    superior only while no approval names one, and said."""
    if plan.checking and plan.superior is not None and plan.superior != officer:
        plan.ignored.append(_shown(line))  # a checker beside a known approver: listed, said at the label
    elif plan.superior is None or plan.superior == officer:
        if plan.checking and plan.superior is None:
            plan.checked_by = [plan.checking, _shown(line)]
            plan.field_notes.setdefault("superior", []).append(CHECKER)
        plan.superior = officer
    else:
        _second_signature(plan, line, "superior")


CHECKER = ("przełożonego wzięto z bloku osoby sprawdzającej albo opiniującej plan („Sprawdził:”, „Opiniuję:”) – "
           "tekst nie ma bloku „Zatwierdzam”; sprawdź, czy to przełożony zatwierdzający plan")


def _approval_label(plan: Plan, line: Line) -> None:
    """„Zatwierdzam:”, „Sprawdził:” opening a block under the plan: listed; a checker's block is read apart (its
    person approves nothing), and an approval's replaces the superior read from a checker's block above it."""
    plan.ignored.append(_shown(line))
    plan.checking = line.text if _AGREED.fullmatch(line.text) else ""
    if plan.checking and plan.superior is not None:
        plan.field_notes.setdefault("superior", []).append(AGREED.format(quoted(line.text, 120)))
    elif not plan.checking and plan.checked_by:  # the checker's name (its label, function: listed already)
        plan.ignored.append(plan.checked_by[1])
        notes = plan.field_notes["superior"]
        notes[notes.index(CHECKER)] = AGREED.format(quoted(" ".join(plan.checked_by), 120))
        plan.superior, plan.superior_lines, plan.checked_by = None, [], []


def _second_signature(plan: Plan, line: Line, field: str) -> None:
    """A name under the plan that is not the one its field holds: among the lines left out, and a note on it."""
    plan.ignored.append(_shown(line))
    who = "osobę, która sporządziła plan" if field == "officer" else "przełożonego zatwierdzającego plan"
    plan.field_notes.setdefault(field, []).append(
        f"w tekście jest drugi podpis {quoted(line.text, 120)} – plik sprawy ma jedno pole na {who}, zostawiono "
        "pierwszy (drugi jest na liście pominiętych wierszy); sprawdź, który jest właściwy")


def _unlabelled_replaced(plan: Plan) -> None:
    """A name read as the signature from a line without a label, then the one under „Sporządził:”: the first is
    listed among the lines left out and said."""
    plan.ignored.append(plan.officer_line)
    plan.field_notes.setdefault("officer", []).append(
        f"nad podpisem „Sporządził(a):” jest wiersz z nazwiskiem {quoted(plan.officer_line, 120)} – przyjęto osobę "
        "spod „Sporządził(a):”, ten wiersz jest na liście pominiętych wierszy; sprawdź, czy nie jest treścią planu")


def _opens_approval(line: Line, current: int) -> bool:
    """„Akceptuję:” under part 5 opens the approval block (its name follows), never a web page's button."""
    return current == 5 and not line.kind and not line.cells and bool(_APPROVAL.fullmatch(line.text))


# an approval's opening word („Zatwierdzam”, „Uzgodniono:”) and a line naming a police function or unit
_APPROVAL = re.compile(r"(?:zatwierdzam|zatwierdzono|uzgodnił[a]?|uzgodniono|uzgadniam|akceptuję|zaakceptowano"
                       rf"|zaopiniowano|opiniuję(?:\s+pozytywnie)?|sprawdził[a]?|zaopiniował[a]?){_FOR_REALISATION}\s*:?", re.I)
_FUNCTION = re.compile(r"(?:(?:i\s+|ii\s+)?zastępca\s+)?(?:komendant\w*|kierownik\w*|naczelnik\w*|dzielnicow[ya]"
                       r"|wydział\w*|zespół|zespołu|referat\w*|ogniwo|rewir\w*|posterunek|komisariat\w*"
                       r"|komenda\s+(?:powiatowa|miejska|wojewódzka|stołeczna)|kpp|kmp)\b[^.;:]{0,100}", re.I)


def _approval_block(plan: Plan, line: Line, state: str, current: int) -> str | None:
    """Under the last part, an approval („Zatwierdzam”, „Uzgodniono:”) and the lines naming a function or unit
    after it – or such a line alone, a signature without a name („Dzielnicowy rejonu nr 3”): the plan's signing,
    listed among the lines left out, never a way of informing; None for a line of the plan."""
    if current != 5 or line.kind or line.cells:
        return None
    if _APPROVAL.fullmatch(line.text):
        _approval_label(plan, line)
        return "approval"
    if state == "approval" and _blank(line.text):
        plan.ignored.append(_shown(line))  # „dnia ……”: the stamp's blank, listed
        return "approval"
    text = line.text.strip()
    if state == "done" and _OWN_FUNCTION.match(text) and _FUNCTION.fullmatch(text):
        if not _function_sex(plan, text) or plan.district is None or text.lower() not in ("dzielnicowa", "dzielnicowy"):
            plan.ignored.append(_shown(line))  # „dzielnicowy KMP w Lublinie” under the officer's name: listed, and
        return "done"  # the phone or the approval block under it is read as under the name
    if _FUNCTION.fullmatch(text) and len(text.split()) <= _FUNCTION_WORDS and not _WAY_WORDS.search(text) and (
            state == "approval" or _PERSON.match(text)):  # a unit alone („Wydział …”) only under an approval
        plan.ignored.append(_shown(line))
        approving = state == "approval" or state == "done" and _SUPERIOR.match(text)  # a head's function under the
        if approving and len(plan.superior_lines) < _FUNCTION_LINES and (  # officer's name
                plan.superior is None or state == "approval" and not plan.superior_lines):
            plan.superior_lines.append(text)  # the approving superior's function, above the name or under it
        return "approval" if approving else ""
    if state == "approval" and plan.superior is None and 0 < len(plan.superior_lines) < _FUNCTION_LINES and (
            _FUNCTION_REST.fullmatch(text) and not _WAY_WORDS.search(text)):
        plan.ignored.append(_shown(line))  # „Komendant Komisariatu Policji” / „w Poniatowej”: the function's rest
        plan.superior_lines.append(text)
        return "approval"
    return None


def _function_sex(plan: Plan, text: str) -> bool:
    """The officer's sex from the function under a name whose first name does not say it („dzielnicowa” under
    „Sporządził:” / „st. sierż. A. Nowak”): True when it changed the sex read before (the label's), said."""
    from pismo.importer.writer import _named_sex  # a first name in the dictionary says it (writer.py's rule)

    feminine = text[:len("dzielnicowa")].lower() == "dzielnicowa"
    if plan.officer is None or plan.officers or plan.officer.kobieta == feminine or _named_sex(
            plan.officer) is not None:
        return False
    plan.officer = replace(plan.officer, kobieta=feminine, plec_pewna=True)
    plan.field_notes.setdefault("officer", []).append(
        f"płeć ({'K' if feminine else 'M'}) wzięto z funkcji {quoted(text)} pod nazwiskiem – sprawdź")
    return True


# the wrapped rest of a function's line: its unit's place („w Poniatowej”) or the unit's last words („Policji
# w Opolu Lubelskim”)
_FUNCTION_REST = re.compile(r"(?:(?:policji|prewencji)\s+)?(?:w|we|nad|pod)\s+[A-ZĆŁŚŻŹÓ][^\W\d_]+"
                            r"(?:\s+(?:nad\s+|pod\s+)?[A-ZĆŁŚŻŹÓ][^\W\d_]+){0,3}|policji|prewencji", re.I)
_SUPERIOR = re.compile(r"(?:(?:i\s+|ii\s+)?zastępca|komendant|kierownik|naczelnik)\b", re.I)
_FUNCTION_LINES = 3  # function lines of an approval block („Naczelnik” / „Wydziału Prewencji” / „KMP w …”)
_FUNCTION_WORDS = 10  # „I Zastępca Komendanta Powiatowego Policji w Nowym Mieście nad Pilicą”
_WAY_WORDS = re.compile(r"\s[-–—]\s|\b(?:podczas|poprzez|przez|w\s+trakcie|stron\w*|informuj\w*|spotka\w*)\b", re.I)
_PERSON = re.compile(r"(?:(?:i\s+|ii\s+)?zastępca|komendant|kierownik|naczelnik|dzielnicow[ya])\b", re.I)


def _several_signing(plan: Plan, text: str, state: str) -> str | None:
    """'Sporządzili:' and the officers after it, each maybe with a function line ("dzielnicowa rejonu …");
    returns "many" while reading them, None for a line that is not theirs."""
    many = SIGNED_MANY.fullmatch(text)
    if many:
        for officer in hd.find_officers(many.group("rest")):
            _add_officer(plan, officer)
        _contacts(plan, many.group("rest"))
        return "many"
    if state != "many" or len(text) > 150:
        return None
    officer = hd.find_officer(text)
    if officer and len(text) - (officer[1][1] - officer[1][0]) < 40:
        _add_officer(plan, officer[0])
        _contacts(plan, text)
        return "many"
    if plan.officers and re.match(r"dzielnicow[ya]\b", text, re.I):
        plan.officer_functions[len(plan.officers) - 1] = text
        return "many"
    return None


def _add_officer(plan: Plan, officer) -> None:
    plan.officers.append(officer)
    if len(plan.officers) == 1:
        plan.officer = officer


_MADE_ON = re.compile(rf"(?:data\s+(?:sporządzenia|opracowania|przygotowania)(?:\s+planu)?\s*:?|sporządzono(?:\s+dnia)?)"
                      rf"\s*(?P<date>{DATE})\s*(?:r\.|roku)?\s*\.?", re.I)
# a date alone on an unlisted line under the plan's last part, labelled or not („Data: …”, „dnia …”, „25.02.2026
# r.”), above the signature: the plan's date, never a way of informing
_DATE_LINE = re.compile(rf"(?:data\s*:|dnia)?\s*(?P<date>{DATE})\s*(?:r\.|roku)?\s*\.?", re.I)


def _made_on(plan: Plan, line: Line) -> bool:
    """„Data sporządzenia: 25.03.2026 r.”, a line or a form's row: the plan's date, as „Lublin, dnia …” is."""
    text = " ".join(line.cells) if line.cells else line.text
    made = _MADE_ON.fullmatch(text)
    day = parse_date(made.group("date")) if made else None
    if day:
        _plan_date(plan, day[0], text, True)
    return bool(day)


def _place_date(plan: Plan, text: str) -> bool:
    """'Łęczna, dnia 20.02.2026 r.': the plan's place and date, above the title or under the signature."""
    place_date = _PLACE_DATE.fullmatch(text)
    day = parse_date(place_date.group("date")) if place_date else None
    if day:
        plan.place = place_date.group("place")
        _plan_date(plan, day[0], text, False)
    return bool(day)


def _approval_dated(plan: Plan, line: Line) -> bool:
    """„Wąwolnica, dnia 02.03.2026 r.” under the approver's block: the day of approval, not of drawing up – listed
    among the lines left out and said at the superior, never the plan's date."""
    place_date = _PLACE_DATE.fullmatch(line.text)
    if not place_date or not parse_date(place_date.group("date")):
        return False
    plan.ignored.append(_shown(line))
    plan.field_notes.setdefault("superior", []).append(
        f"pod podpisem przełożonego jest data {quoted(line.text, 80)} – to data zatwierdzenia planu, nie jego "
        "sporządzenia; nie wpisano jej jako daty planu (jest na liście pominiętych wierszy) – sprawdź")
    return True


def _place_date_piece(plan: Plan, line: Line) -> bool:
    """A letterhead line with the place and date at its right after tabs or spaces („KOMENDA POWIATOWA
    POLICJI⇥⇥Opole Lubelskie, dnia 20.02.2026 r.”): the plan's place and date from that piece, the other pieces
    listed among the lines left out; a line of one piece read whole."""
    pieces = [piece for piece in (line.cells or line.laid) if piece]
    if len(pieces) < 2:
        return not line.cells and _place_date(plan, line.text)
    dated = next((at for at, piece in enumerate(pieces) if _place_date(plan, piece)), None)
    if dated is not None:
        plan.ignored += [piece for at, piece in enumerate(pieces) if at != dated]
    return dated is not None


def _plan_date(plan: Plan, day, text: str, made: bool) -> None:
    """The plan's date: the „Data sporządzenia” line's, else the last place-and-date line's (the one over the
    signature); every line dating the plan is kept – the writer names the others when they differ."""
    plan.dates.append((day, text, made))
    made_on = [date for date, _text, own in plan.dates if own]
    plan.date = made_on[0] if made_on else day


_CONTACT_WORDS = re.compile(r"[\s,;:./()-]*(?:(?:tel|telefon|kom|służbowy|fax|faks|e-?mail|adres)\b[\s,;:./()-]*)*",
                            re.I)


def _contact_line(text: str) -> bool:
    """A line of the officer's phone and e-mail only, labels aside („tel. 47 811 22 33”, „e-mail: jan@…”)."""
    rest = text
    for finder in (hd.find_phone, hd.find_email):
        found = finder(rest)
        rest = rest[:found[1][0]] + " " + rest[found[1][1]:] if found else rest
    return rest != text and _CONTACT_WORDS.fullmatch(rest) is not None


def _contacts(plan: Plan, text: str) -> None:
    """The phone and e-mail written on the signature line ("…, tel. 77 403 52 00")."""
    for field, finder in (("phone", hd.find_phone), ("email", hd.find_email)):
        found = finder(text)
        if found and getattr(plan, field) is None:
            setattr(plan, field, found[0])


def _signature_row(plan: Plan, cells: tuple[str, ...]) -> str | None:
    """A Word table laying out the signatures side by side: 'Sporządziła: …' | 'Zatwierdził: …'."""
    read = []
    for cell in cells:
        signed, approved = SIGNED.fullmatch(cell), _APPROVED.fullmatch(cell)
        found = signed or approved
        officer = hd.find_officer(found.group("rest"), bool(found.group("female")) if signed else _said_sex(
            approved)) if found else None
        if officer is None:
            return None
        read.append((bool(signed), officer[0], found.group("rest")))
    for signed, officer, rest in read:
        if signed:
            plan.officer = officer
            _contacts(plan, rest)
        elif plan.superior is None:
            plan.superior = officer
    return "done"


def _signature_cells(plan: Plan, line: Line, current: int) -> str | None:
    """A Word table laying out the signature blocks side by side, each cell its paragraphs („Sporządził:” / „st.
    asp. Jan Kowalski” / „dzielnicowy …” | „Akceptuję:” / „Naczelnik …” / „podinsp. Marek Wrona”): each cell read
    as the same lines are as paragraphs under part 5; a paragraph no block reads is listed, never a way of
    informing."""
    cells = line.cell_lines
    if current != 5 or not cells or not all(cell and _opens_signature(cell[0].text) for cell in cells):
        return None
    approves = any(_APPROVED.fullmatch(cell[0].text) for cell in cells)
    for cell in sorted(cells, key=lambda cell: not SIGNED.fullmatch(cell[0].text)):  # the author's first
        if approves and _AGREED.fullmatch(cell[0].text):
            _agreed(plan, cell)
            continue
        state = ""
        for piece in cell:
            state = _signature(plan, piece, state, current)
            if state is None:
                plan.ignored.append(_shown(piece))
                state = ""
    return "done"


# a block of a person who agreed or gave an opinion on the plan („Uzgodnił:”, „Zaopiniowała:”): neither its author
# nor the superior approving it when an approval („Zatwierdzam:”) stands beside it
_AGREED = re.compile(r"(?:uzgodnił|uzgodniono|uzgadniam|zaopiniował|zaopiniowano|opiniuję|sprawdził)a?"
                     r"(?:\s+pozytywnie)?\s*:?", re.I)
AGREED = ("obok podpisów jest blok {} – osoby uzgadniającej albo opiniującej plan plik sprawy nie zapisuje (jej "
          "wiersze są na liście pominiętych wierszy); sprawdź, czy przełożony zatwierdzający plan jest właściwy")


def _agreed(plan: Plan, cell: tuple[Line, ...]) -> None:
    """A column of an agreeing person beside the signatures: its lines listed, and said on the superior."""
    plan.ignored += [_shown(piece) for piece in cell]
    plan.field_notes.setdefault("superior", []).append(AGREED.format(quoted(" ".join(p.text for p in cell), 120)))


def _side_by_side(body: list[Line]) -> list[Line]:
    """Signature blocks typed next to each other, their columns apart by tabs or runs of spaces („Sporządził:⇥⇥
    Zatwierdził:” / „asp. Michał Bąk⇥⇥Komendant …” / „dzielnicowy⇥⇥nadkom. Robert Wilk”): one row whose cells
    hold each block's lines, as a Word table laying them out is read (_signature_cells) – never ways of
    informing, nor the approver taken for the officer."""
    out, at = [], 0
    while at < len(body):
        labels = _laid(body[at])
        if len(labels) == 2 and _opens_signature(labels[0]) and not _opens_signature(labels[1]):
            out.append(typed_line(" ".join(labels), body[at].number))  # „Sporządził:⇥st. sierż. Tomasz Lis”: a
            at += 1  # label and its own value, as the same with spaces
            continue
        if len(list(filter(None, labels))) < 2 or not all(_opens_signature(label) for label in labels if label):
            out.append(body[at])
            at += 1
            continue
        columns = [[label] for label in labels]
        end = at + 1
        while end < len(body) and end - at <= _BLOCK_LINES and _laid(body[end]):
            pieces = _laid(body[end])
            if len(pieces) > len(columns):
                break
            for column, piece in zip(columns[-len(pieces):] if pieces[0] == "" else columns, pieces):
                column += [piece] if piece and piece != column[-1] else []  # a Word row's empty cell read „as
                # above” (the name repeated under itself): no second signature
            end += 1
        columns = [column for column in columns if column and column[0]]
        out.append(Line(" ".join(column[0] for column in columns), cells=tuple(column[0] for column in columns),
                        number=body[at].number, cell_lines=tuple(tuple(typed_line(text, body[at].number)
                                                                       for text in column) for column in columns)))
        at = end
    return out


_BLOCK_LINES = 6  # lines of a signature block under its label: name, function, unit, phone


def _laid(line: Line) -> tuple[str, ...]:
    """The pieces a line lays side by side: a text file's tab-separated cells or a Word table's row of one
    paragraph a cell (by their columns, a piece's place kept), or a line's gaps of spaces."""
    if line.cells and line.columns and all(len(cell) <= 1 for cell in line.cell_lines):  # a Word table's row
        pieces = [""] * (max(line.columns) + 1)
        for column, cell in zip(line.columns, line.cells):
            pieces[column] = cell
        return tuple(piece for at, piece in enumerate(pieces) if piece or at == 0)
    return line.laid


def _opens_signature(text: str) -> bool:
    """A signature block's first line: „Sporządził(a):”, „Akceptuję:”, „Zatwierdził:” and their kin."""
    return bool(SIGNED.fullmatch(text) or SIGNED_MANY.fullmatch(text) or _APPROVED.fullmatch(text)
                or _APPROVAL.fullmatch(text))


_STAMP = re.compile(rf"(?:zatwierdzam|akceptuję){_FOR_REALISATION}\W*", re.I)  # an approval stamp's first line


def _pieces(line: Line) -> tuple[str, ...]:
    return line.cells or line.laid


def _stamp_column(intro: list[Line]) -> list[Line]:
    """A letterhead typed beside the approval stamp („KOMENDA POWIATOWA POLICJI⇥⇥ZATWIERDZAM” / „W PUŁAWACH⇥⇥Kierownik
    …” / „⇥⇥asp. szt. Jan Mazur”): from the line whose last piece opens the stamp on, the left pieces stay the
    letterhead's lines and the last ones follow them as the stamp's own lines – read as a stamp alone is."""
    at = next((i for i, line in enumerate(intro) if len(_pieces(line)) > 1 and _STAMP.fullmatch(_pieces(line)[-1])),
              None)
    if at is None:
        return intro
    end = at
    while end < len(intro) and len(_pieces(intro[end])) > 1:
        end += 1
    left = [Line(" ".join(filter(None, _pieces(line)[:-1])), number=line.number) for line in intro[at:end]]
    right = [Line(_pieces(line)[-1], number=line.number) for line in intro[at:end]]
    return intro[:at] + [line for line in left if line.text] + right + intro[end:]


def _approval(plan: Plan, intro: list[Line]) -> list[Line]:
    """The 'ZATWIERDZAM' (or 'AKCEPTUJĘ') block of a plan for approval: the superior's function lines and name,
    and the approval's date under them. „Akceptuję” is also a web page's button: its block holds function lines
    only, never a page's menu."""
    at = next((i for i, line in enumerate(intro) if _STAMP.fullmatch(line.text)), None)
    if at is None:
        return []
    accepts = intro[at].text[:1].lower() == "a"
    for end in range(at + 1, min(at + 8, len(intro))):
        officer = hd.find_officer(intro[end].text)
        lines = [line.text for line in intro[at + 1:end] if not _blank(line.text)]  # „dnia ……”: the stamp's blank
        if officer and accepts and not all(_FUNCTION.fullmatch(line) for line in lines):
            return []
        if officer:
            plan.superior = officer[0]
            plan.superior_lines = lines
            after = end + 1
            while after < len(intro) and _BLANK_FOR_SIGNATURE.fullmatch(intro[after].text):
                after += 1  # the blank for the date and signature
            dated = after < len(intro) and _approval_dated(plan, intro[after])  # „Wąwolnica, dnia …” under it
            return intro[at:after + dated]
    return []


# ------------------------------------------------------------------------------------------ sections

def _prose(entries: list[Entry]) -> list[Text]:
    """Paragraphs of sections 1 and 2; typed numbers stay, bullets go."""
    out: list[Text] = []
    joined: list[list[str]] = []  # each paragraph's lines, joined once at the end: `+=` on its text copied the
    # whole paragraph at every wrapped line (20 000 lines of a PDF's text: 34 s)
    for line, note in entries:
        notes = [note] if note else []
        if line.cells:
            out.append(Text(" – ".join(line.cells), notes + ["wiersz tabeli zapisany jako akapit – sprawdź"]))
            joined.append([out[-1].value])
            continue
        text = f"{line.marker} {line.text}" if line.kind == "number" else line.text
        if out and not line.kind and (continues(joined[-1][-1], text) or hangs(joined[-1][-1], text)):  # „… przy ul.” /
            # „Słowackiego 5 …”: a hard wrap after a hanging word; either reads only the end of the text before
            joined[-1].append(text)
            out[-1].notes += notes
        elif out and _wrapped_number(joined[-1], line):
            joined[-1].append(text)
            out[-1].notes += notes + [WRAPPED_NUMBER.format(quoted(line.marker))]
        else:
            out.append(Text(text, notes))
            joined.append([text])
    for paragraph, parts in zip(out, joined):
        paragraph.value = " ".join(parts)
    return out


WRAPPED_NUMBER = ("wiersz zaczynający się od {} dołączono do zdania powyżej – to liczba zawiniętego zdania, nie numer "
                  "akapitu; sprawdź")


def _wrapped_number(paragraph: list[str], line: Line) -> bool:
    """Parts 1–2 hard-wrapped before a sentence's closing number („W 2025 r. interwencji było” / „3. Zgłoszenia
    dotyczyły …”): a number past a list's first, under an unnumbered paragraph's line ending without a sentence's
    end, goes on with it – parts 1–2 have no numbered items such a line would introduce."""
    first = typed_line(paragraph[0], 0)
    return (line.kind == "number" and not line.level and number_value(line.marker) > 1 and first.kind != "number"
            and not paragraph[-1].rstrip().endswith((".", ":", ";", "!", "?")))


def _split_goal(plan: Plan) -> None:
    """Headings 1 and 2 merged into one: the goal starts at the first paragraph that states one."""
    if plan.goal:
        return
    at = next((i for i, t in enumerate(plan.problem) if i and _GOALISH.match(t.value)), None)
    if at is None:
        return
    plan.problem, plan.goal = plan.problem[:at], plan.problem[at:]
    plan.goal[0].notes.append("cel oddzielono od części 1 (nagłówki były połączone) – sprawdź podział")


def _split_informing(plan: Plan, buckets: dict[int, list[Entry]]) -> None:
    """Headings 4 and 5 merged into one: the ways of informing start at the first line that states one."""
    if buckets[5]:
        return
    at = next((i for i, (line, _note) in enumerate(buckets[4]) if not line.cells and _INFORMING.match(line.text)),
              None)
    if at is None:
        return
    buckets[4], buckets[5] = buckets[4][:at], buckets[4][at:]
    plan.note(5, "sposób informowania oddzielono od części 4 (nagłówki były połączone) – sprawdź podział")


def _column_numbers(cells: tuple[str, ...]) -> bool:
    """An official form's row numbering its columns under their names („1 | 2 | 3”): no item."""
    return all(re.fullmatch(r"\d{1,2}\.?", cell.strip()) and int(cell.strip(" .")) == at
               for at, cell in enumerate(cells, 1))


def _table_items(plan: Plan, items: list[Item], part: int):
    """The items of part 3 or 4, a table's header rows left out and each row under one read by its columns:
    a column that is no part of an action or a partner (columns.py) is left out with a note."""
    header = None  # the header row's Item
    under = False  # the row right under a header row
    for at, item in enumerate(items):
        opens = item.cells and not (at and items[at - 1].cells)  # a table's first row
        if item.cells and (item.header or header_row(item.cells) or opens and opening_header(item.cells)):
            plan.header_rows.append(" | ".join(item.cells))
            header, under = item, True
            continue
        if under and item.cells and _column_numbers(item.cells):
            plan.header_rows.append(" | ".join(item.cells))
            under = False
            continue
        under = False
        if header and not item.cells and items[at - 1].cells and at + 1 < len(items) and items[at + 1].cells:
            if _STAGE.match(item.text):  # „Etap I – rozpoznanie” merged across the table: the columns go on
                item.notes.append(STAGE_ROW)
            yield item  # a row of one cell („⇥kontrole sklepów⇥”) is a row of the table: its header goes on
            continue
        header = header if item.cells else None
        if header:
            item = without_other_columns(item, header, part)
            item = start_only(item, header, plan.period) if part == 3 else item
        yield item


_STAGE = re.compile(r"(?:etap|faza|część|krok|blok|grupa)\b|[IVX]{1,4}[.)]\s", re.I)  # a stage row's first word


def _joined_partner(last: Partner, found: Partner) -> bool:
    """A table row under the partner above with its name (a name cell merged over rows, one task each): its tasks
    are the partner's next ones – never the partner twice, each invited and written to twice."""
    if not found.nazwa or found.nazwa != last.nazwa or not found.zadania:
        return False
    last.zadania = f"{last.zadania} {found.zadania}" if last.zadania else found.zadania
    last.notes += found.notes + ["podmiot jest w kolejnych wierszach tabeli (np. scalona komórka nazwy) – połączono "
                                 "jego zadania w jedno; sprawdź"]
    return True


PARTNERS_INTRO = ("wiersz {} to wstęp do listy podmiotów, nie podmiot – pominięto go na liście; sprawdź, czy nie "
                  "jest podmiotem")
INSTRUMENTAL = ("nazwa podmiotu {} jest w narzędniku (jak po „współpraca z”) – dokumenty drukują ją tak, jak jest "
                "napisana; wpisz ją w mianowniku (np. „Urząd Gminy …”, nie „Urzędem Gminy …”)")


# the words a partner's name is written inside („We współpracy z Urzędem Miejskim …:”, „Urząd Miejski … w zakresie:”)
_NAME_LEAD = re.compile(r"(?:we\s+)?współ(?:prac[ayę]|działani[ue])\s+z(?:e)?\s+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))", re.I)
_NAME_SCOPE = re.compile(r"(?<!\s)\s+w\s+zakresie\s*:?\s*", re.I)  # linear on a run of blanks
SCOPE = ("po nazwie podmiotu było „w zakresie” – pominięto je w nazwie; zadania mogą być w dopełniaczu („naprawy "
         "…”) – dokumenty drukują je tak, jak są napisane; sprawdź")


def _bare_name(found: Partner) -> Partner:
    """The partner's name without the phrase it was written in – „We współpracy z” before it (the name then in the
    instrumental: said), „w zakresie” after it (the tasks then in the genitive: said; written after it in the
    name's sentence – „… w zakresie naprawy oświetlenia” – they are the tasks)."""
    name, tasks, notes = found.nazwa or "", found.zadania, found.notes
    lead = _NAME_LEAD.match(name)
    if lead and name[lead.end():].strip():
        name = name[lead.end():]
    scope = _NAME_SCOPE.search(name)
    if scope and name[:scope.start()].strip() and (tasks is None or not name[scope.end():].strip()):
        name, rest = name[:scope.start()], name[scope.end():].strip()
        if rest:
            tasks, notes = rest, [note for note in notes if note != ONLY_NAME]
        notes.append(SCOPE)
    if (name, tasks) == (found.nazwa or "", found.zadania):
        return found
    return replace(found, nazwa=name, zadania=tasks, notes=notes)


def _sections(plan: Plan, buckets: dict[int, list[Entry]]) -> None:
    plan.problem = _prose(buckets[1])
    plan.goal = _prose(buckets[2])
    check_parts(plan)
    if any(m[:2] == (1, 2) for m in plan.merged):
        _split_goal(plan)
    plan.indicators = indicators([t.value for t in plan.goal])
    if any(4 in m and 5 in m for m in plan.merged):
        _split_informing(plan, buckets)
    for merged in plan.merged:
        for later in merged[1:]:
            if not buckets[later] and not (later == 2 and plan.goal):
                plan.note(later, f"nagłówek tej części był w jednym wierszu z częścią {merged[0]} – "
                                 "jej tekst może być tam")
    items = list(_table_items(plan, group_items(buckets[3], plan.period, 3, plan.width), 3))
    stage = None  # the stage heading („Etap II – działania (IV–VII 2026 r.):”) the actions stand under
    for at, item in enumerate(items):
        head = stage_heading(item, items[at + 1] if at + 1 < len(items) else None, plan.period)
        if head:
            stage = head
            plan.note(3, (STAGE_LINE if head[1] else STAGE_UNREAD).format(quoted(item.text)))
            continue
        plan.actions.append(staged(action(item, plan.period), stage))
        check_parts(plan)
    rows = 0  # partners read from table rows in a row, the last of them plan.partners[-1]
    for item in _table_items(plan, group_items(buckets[4], plan.period, 4, plan.width), 4):
        if partners_intro(item):
            plan.note(4, PARTNERS_INTRO.format(quoted(item.text)))
            continue
        found = _bare_name(partner(item))
        found.notes += [INSTRUMENTAL.format(quoted(found.nazwa))] if instrumental(found.nazwa) else []
        if not (rows and item.cells and _joined_partner(plan.partners[-1], found)):
            plan.partners.append(found)
        rows = rows + 1 if item.cells else 0
        check_parts(plan)
    for item in group_items(buckets[5], plan.period, width=plan.width):
        text = " – ".join(item.cells) if item.cells else way_text(item.full)
        plan.informing.append(Text(text, item.notes))
        check_parts(plan)
