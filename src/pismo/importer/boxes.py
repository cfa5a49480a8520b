"""A form's check boxes, in every way Word and typists write them, read as one of three signs: "☐" not ticked,
"☑"/"☒" ticked. Every place the importer reads options (a line of text, a column of a table) reads them here
first, so a box is never left in an option's text and its state is never lost."""

from __future__ import annotations

import re
import unicodedata

SIGNS = ("☐", "☑", "☒")
UNTICKED = "☐"
# empty squares (Word's Wingdings box "◻", typed "□"): a bullet at a line's start, a box anywhere else
EMPTY = "□◻▢◽⬜❑❒❏❐🗆"
# ticked boxes other than "☑"/"☒": "⊠", the ballot boxes "🗹"/"🗷", Word's Wingdings X in a box "⌧"
TICKED_BOXES = "⊠🗹🗷⌧"
_TICKS = "xXvV✓✔×✗✘"
# typed: "[ ]", "[   ]", "[x]", "[ x ]", "[v]", "[✓]", "[×]", "[-]" (not chosen); in round brackets "( )", "(x)"
# only at an option's start or end ("(v)" is a roman five there, "(x)" mid-sentence anything)
# likewise in the other brackets a keyboard has: „{ }”/„{X}”, „< >”/„<x>”
_SQUARE = re.compile(rf"(?<!\S)(?:\[\s*(?P<s>[{_TICKS}]|-)?\s*\]|\{{\s*(?P<c>[{_TICKS}]|-)?\s*\}}"
                     rf"|<\s*(?P<a>[{_TICKS}]|-)?\s*>)(?!\S)")
_ROUND = re.compile(r"^\(\s*([xX✓✔]?)\s*\)(?=\s)|(?<=\s)\(\s*([xX✓✔]?)\s*\)$")
_SQUARES = re.compile(rf"(?<!\S)[{EMPTY}](?!\S)")
_ROUND_EMPTY = re.compile(r"\(\s*\)\s")  # "( ) Prasa lokalna": a form of round boxes
# a box ticked with any sign („(v)”, „(•)”, „(o)”, „[■]”, „[*]”) opening a line beside lines opening with an empty
# one of the same shape: a tick, never a roman five nor a sign printed in the option
_ROUND_TICK = re.compile(r"\(\s*[vV•●■◼*oO+]\s*\)(?=\s)")
_SQUARE_EMPTY = re.compile(r"\[\s*\]\s")
_SQUARE_TICK = re.compile(r"\[\s*[•●■◼*oO+]\s*\](?=\s)")
_TICKED_SQUARES = re.compile(rf"(?<!\S)[{TICKED_BOXES}](?!\S)")
# a yes/no answer typed after the option: "Ulotki…: NIE", "Ulotki… – tak", "Ulotki… (nie)"
# or not applicable, not planned, given up: „… – nie dotyczy”, „…: nie przewiduje się”, „… – n/d”, „… – brak”,
# „… – odstąpiono”, „… – zrezygnowano”, „… NIE DOTYCZY” – „nie” and any one word (a verb, „się” after it)
_NO = r"nie(?:\s+\w+(?:\s+się)?)?|n\s*/\s*d|brak|odstąpiono|zrezygnowano|nie\s+realizowano"
# – the list's own comma or semicolon after it („- lokalna prasa – NIE,”) as its full stop
_ANSWER = re.compile(rf"(?P<a>.*?\S)(?:\s*:|\s+[–—-])\s*(?P<w>tak|{_NO})[.,;]?|(?P<a2>.*?\S)\s*\((?P<w2>tak|{_NO})\)"
                     r"[.,;]?|(?P<a3>.*?\S)\s+(?P<w3>NIE\s+DOTYCZY)[.,;]?", re.I | re.S)
_CELL = re.compile(rf"\[\s*([{_TICKS}]?)\s*\]|\(\s*([{_TICKS}]?)\s*\)|([{EMPTY}])|([✓✔])")
# a yes/no form: "Ulotki… TAK ☐ NIE ☒", "☒ tak ☐ nie Ulotki…"
_BOX = f"[{''.join(SIGNS)}]"
_YES_NO = re.compile(rf"(?P<a>.*?\S)\s*\btak\s*(?P<y>{_BOX})\s*[/,;]?\s*\bnie\s*(?P<n>{_BOX})"
                     rf"|(?P<y2>{_BOX})\s*tak\b\s*[/,;]?\s*(?P<n2>{_BOX})\s*nie\b\s*(?P<b>\S.*)", re.I | re.S)


def _square_mark(found: re.Match) -> str | None:
    return found.group("s") or found.group("c") or found.group("a")


def _sign(ticked: str | None) -> str:
    return "☒" if ticked and ticked != "-" else UNTICKED


def boxed_text(text: str, answers: bool = True) -> str:
    """The text with each box typed or drawn as a sign of SIGNS; a yes/no pair, or – when answers, in the part of
    a form's options – a typed answer at the end („…: NIE”), as one box after the option."""
    if any(char in text for char in "[({<" + EMPTY + TICKED_BOXES):
        text = _SQUARE.sub(lambda found: _sign(_square_mark(found)), text)
        text = _ROUND.sub(lambda found: _sign(found.group(1) or found.group(2)), text)
        text = _SQUARES.sub(UNTICKED, text)
        text = _TICKED_SQUARES.sub("☒", text)
    answer = yes_no(text) or answers and _typed_answer(text)
    return f"{answer[0]} {answer[1]}" if answer else text


def round_ticks(texts: list[str], boxed: bool = False) -> list[str]:
    """The texts with a „(v)”, „(•)”, „[■]”, „[*]” … opening one read as a ticked box „☒” where others open with
    an empty box of its shape „( )”, „[ ]”: beside them it is a tick, never a roman five (numbered "(iv)", "(v)"
    are read before) nor a sign left in the chosen option's text; a bare „X ” likewise beside any empty box
    (boxed: one is a line's list sign, „☐ ulotki”)."""
    for empty, tick in ((_ROUND_EMPTY, _ROUND_TICK), (_SQUARE_EMPTY, _SQUARE_TICK)):
        if any(empty.match(text) for text in texts):
            texts = [tick.sub("☒", text, 1) if tick.match(text) else text for text in texts]
    if boxed or any(_ANY_EMPTY.match(text) for text in texts):  # „X zebranie wiejskie” beside „☐ ulotki”
        texts = [_LONE_TICK.sub("☒ ", text, 1) if _LONE_TICK.match(text) else text for text in texts]
    for yes, no in _LEADING_ANSWERS:
        if any(no.match(text) for text in texts) and any(yes.match(text) for text in texts):
            texts = [yes.sub("☒ ", text, 1) if yes.match(text) else no.sub("☐ ", text, 1) for text in texts]
    return texts


# a line opening with an empty box of any shape; a bare tick letter and a space before a lower-case option („X
# zebranie wiejskie”) – never a Roman ten before a name („X Festiwal”)
_ANY_EMPTY = re.compile(rf"(?:[{UNTICKED}{EMPTY}]|\[\s*\]|\(\s*\))\s")
_LONE_TICK = re.compile(r"[xX✓✔]\s+(?=[a-ząćęłńóśźż])")
# options opening with a yes or no of their own, a form's two answers typed before each: „TAK Ulotki…” / „NIE
# Prasa…”, „X Ulotki…” / „_ Prasa…”. Only beside each other – alone, „NIE planujemy…” is a sentence, „X” a numeral.
_LEADING_ANSWERS = ((re.compile(r"(?:TAK|(?i:tak)\s*[:–—-])\s+(?=\S)"), re.compile(r"(?:NIE|(?i:nie)\s*[:–—-])\s+(?=\S)")),
                    (re.compile(rf"[{_TICKS}+]\s+(?=\S)"), re.compile(r"_+\s+(?=\S)")))


def _typed_answer(text: str) -> tuple[str, str] | None:
    """(option, its box) of an option answered in words at its end ("Ulotki…: NIE"): a "nie" is an option not
    chosen, never a way of informing printed with its „: NIE”."""
    found = _ANSWER.fullmatch(text.strip()) if not any(sign in text for sign in SIGNS) else None
    if found is None:
        return None
    if found.group("w3") and not found.group("w3").isupper():  # „… a nie dotyczy” is a sentence, „NIE DOTYCZY” an answer
        return None
    word = (found.group("w") or found.group("w2") or found.group("w3")).lower()
    option = found.group("a") or found.group("a2") or found.group("a3")
    end = text.rstrip()[-1:]
    stop = end if end in ".,;" and not option.endswith(end) else ""  # the option ends where it did
    return option + stop, "☒" if word == "tak" else UNTICKED


def typed_no(text: str) -> str | None:
    """The words an option answered no in words at its end is answered with („– NIE”, „– nie dotyczy”), to be
    quoted in its note – no box sign was typed; else None."""
    found = _typed_answer(text)
    if found is None or found[1] != UNTICKED:
        return None
    option = found[0].rstrip(".,;")
    return text.strip()[len(option):].strip(" .,;") or None


def yes_no(text: str) -> tuple[str, str] | None:
    """(option, its box) of a yes/no form's line ("Ulotki… TAK ☐ NIE ☒", "☒ tak ☐ nie Ulotki…"): ticked only when
    the answer is yes – both or neither ticked reads as not ticked, so the option is marked; never a bare "NIE"."""
    lower = text.lower()
    found = _YES_NO.fullmatch(text.strip()) if "tak" in lower and "nie" in lower else None
    if found is None:
        return None
    yes, no = (found.group("y"), found.group("n")) if found.group("a") else (found.group("y2"), found.group("n2"))
    return found.group("a") or found.group("b"), "☒" if yes != UNTICKED and no == UNTICKED else UNTICKED


def box_cell(cell: str) -> str | None:
    """The sign of a cell that is only a box ("☐", "◻", "[ ]", "(x)", "✓"), else None."""
    if cell in SIGNS:
        return cell
    found = _CELL.fullmatch(cell.strip())
    if found is None:
        return _answer_cell(cell) if "tak" in cell.lower() else None
    if found.group(3):
        return UNTICKED
    return _sign(found.group(1) or found.group(2) or found.group(4))


def _answer_cell(cell: str) -> str | None:
    """The box of a cell that is only a yes/no answer („☒ tak ☐ nie”, „TAK [ ] NIE [x]”), else None."""
    text = _SQUARE.sub(lambda found: _sign(_square_mark(found)), cell.strip())
    answer = yes_no(f"x {text}") or yes_no(f"{text} x")
    return answer[1] if answer and answer[0] == "x" else None


def yes_no_columns(first: str, second: str) -> str:
    """The box of an option answered in two columns TAK | NIE, a box in each: ticked only when yes alone is."""
    return "☒" if first != UNTICKED and second == UNTICKED else UNTICKED


# A form table's answer columns, named in its header row: "TAK" | "NIE" side by side, or one choice column
# ("Wybór (X)", "Zaznacz X", "X"); a mark typed in them ("X", "x", "✓", "v", or "tak"/"nie" in a choice column)
# is a box, an empty cell an unticked one.
_CHOICE_HEADER = re.compile(r"(?:wyb[óo]r|wybran[ay]|zaznacz\w*)(?:\s+\w+)?\s*(?:\(\s*[x✓]\s*\)|[„\"]?[x✓][”\"]?)?"
                            r"|\(\s*[x✓]\s*\)|(?:\w+\s+)?\(?\s*(?:tak|t|1|\+)\s*/\s*(?:nie|n|0|-)\s*\)?",
                            re.I)  # „Zastosowano (tak/nie)”, „Planowany (T/N)”, „Realizacja (1/0)”
# what a form's answer cell says no with: a word, a letter, a zero, a dash; any other short mark – „X”, „+”, „1”,
# „T”, „●”, „*” – says yes
_NO_MARK = {"nie", "n", "0", "-", "–", "—", "brak", "nie dotyczy", "n/d", "nd", "nie wybrano", "nie przewiduje się"}
_YES_MARK = re.compile(rf"[{_TICKS}]|tak|t|1|[^\w\s?]", re.I)


# the names of a yes/no form's two answer columns: „Tak | Nie”, „T | N”, „Wybrano | Nie wybrano”, „Nie dotyczy | Tak”
_ANSWER_NAME = {"tak": "tak", "t": "tak", "wybrano": "tak", "zastosowano": "tak", "dotyczy": "tak",
                "nie": "nie", "n": "nie", "nie wybrano": "nie", "nie zastosowano": "nie", "nie dotyczy": "nie"}
_MARK_NAMED = re.compile(r"\s*(?:\(\s*[x✓]\s*\)|\[\s*[x✓]\s*\])$")  # „Tak (X)”, „Nie [X]”: the mark they take


def answer_columns(cells) -> tuple[int, ...]:
    """The positions of a header row's answer columns, by their words, never their order: (TAK's, NIE's) for
    „TAK | NIE” or „NIE | TAK” side by side (also „Tak (X) | Nie (X)”), one for a choice column, else ()."""
    names = [_MARK_NAMED.sub("", cell.strip(" .:").lower()).strip(" .:") for cell in cells]
    if len(names) < 2:
        return ()
    kinds = [_ANSWER_NAME.get(name) for name in names]
    pairs = [at for at in range(len(names) - 1) if {kinds[at], kinds[at + 1]} == {"tak", "nie"}]
    if pairs and len(names) > 2:
        at = pairs[0]
        return (at, at + 1) if kinds[at] == "tak" else (at + 1, at)
    choices = [at for at, name in enumerate(names) if _CHOICE_HEADER.fullmatch(name)]
    return (choices[0],) if len(choices) == 1 else ()


def marked_cells(cells: list[str], columns: tuple[int, ...]) -> list[str] | None:
    """A form row's cells with the marks typed in its answer columns as boxes ("X" → "☒", an empty cell – or one
    cut off at the line's end – "☐"; "nie" in a choice column "☐"; a box as its sign), TAK's before NIE's
    whatever the header's order, or None when a cell there holds anything else, or no other cell has text (no
    form's row)."""
    out = list(cells) + [""] * (max(columns) + 1 - len(cells))
    if not any(cell.strip() for at, cell in enumerate(out) if at not in columns):
        return None
    for at in columns:
        mark = out[at].strip(" .")
        sign = box_cell(mark) if mark and "tak" not in mark.lower() else None
        if sign is None and (mark and not _answer_mark(mark) or len(columns) == 2 and mark.lower() in ("tak", "nie")):
            return None
        out[at] = sign or _answer_mark(mark) or UNTICKED
    if len(columns) == 2 and columns[0] > columns[1]:  # „NIE | TAK”: the answers in the order the rows are read in
        out[columns[1]], out[columns[0]] = out[columns[0]], out[columns[1]]
    return out


def _answer_mark(mark: str) -> str | None:
    """The box an answer cell's typed mark stands for – „☐” for no („0”, „N”, „-”, empty), „☒” for yes – or None
    for a cell of text (no form's row)."""
    if not mark or mark.lower() in _NO_MARK:
        return UNTICKED
    return "☒" if _YES_MARK.fullmatch(mark) else None


def typed_mark_rows(rows: list[list[str] | None]) -> list[list[str] | None]:
    """Rows of tables (each its cells, empty ones too; None between tables) with the marks typed under a header's
    answer columns read as boxes: an option's "X" in its TAK or NIE column is its answer, never "… – X"."""
    columns: tuple[int, ...] = ()
    out = []
    for cells in rows:
        marked = marked_cells(cells, columns) if cells is not None and columns else None
        if marked is None:
            columns = answer_columns(cells) if cells is not None else ()
        out.append(marked or cells)
    return out


_SHAPES = ("SQUARE", "CIRCLE", "DIAMOND", "LOZENGE", "STAR", "TRIANGLE", "PENTAGON", "HEXAGON", "BALLOT BOX")
_FILLED_NAMES = ("BLACK", "FISHEYE", "BULLSEYE", "CIRCLED BULLET")  # „▣” white square containing a black one


def sign_fill(sign: str) -> tuple[str, bool] | None:
    """(shape, filled) of a geometric sign by its Unicode name – „⬛”/„⬜”, „▣”/„□”, „◆”/„◇”, „★”/„☆”: a filled
    and an empty sign of one shape side by side are a form's ticked and unticked options, whichever pair of
    them a typist or a font chose; None for any other sign."""
    name = unicodedata.name(sign[:1], "") if sign else ""
    shape = next((shape for shape in _SHAPES if shape in name), None)
    if shape is None and not any(word in name for word in _FILLED_NAMES[1:]):
        return None
    return ("BOX" if shape in ("SQUARE", "BALLOT BOX") else shape or "CIRCLE"), any(word in name for word in _FILLED_NAMES)
