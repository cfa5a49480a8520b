"""Raised and lowered text of a Word document, and equations' structure, as characters the plan's text can hold.

Word draws a superscript digit small and high ("art. 43¹", "2500 m²"); read as a plain digit it joins the number
before it ("art. 431" – an article that does not exist). A run set in superscript or subscript (w:vertAlign, or
LibreOffice's w:position with a smaller size) is written with the Unicode superscript or subscript characters; an
equation's power and index likewise, and its fraction as "1/4" ("o ¼" was read "o 14"). The body is rewritten in
place before it is read, in one walk over its runs and equations.
"""

from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

SUPERSCRIPT = str.maketrans("0123456789+-−=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ")
SUBSCRIPT = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
_TABLES = {"superscript": SUPERSCRIPT, "subscript": SUBSCRIPT}
_DONE = set("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_DEFAULT_SIZE = 20  # half-points: Word's size of text when neither the run nor the document says (10 pt)


def rewrite_raised(body, style_align, default_size: int | None, symbol_run) -> None:
    """Give raised and lowered runs, and equations, the characters Word shows. style_align(style_id) is a
    character style's w:vertAlign value (or None); symbol_run(run) tells a run in a symbol font (its letters
    are signs, never digits)."""
    normal = default_size or _DEFAULT_SIZE
    for run in body.iter(_W + "r"):
        table = _TABLES.get(_alignment(run, style_align, normal) or "")
        if table is not None and not symbol_run(run):
            for text in run.findall(_W + "t"):  # its own text: a text box in it is a run's of its own
                text.text = (text.text or "").translate(table)
    _equations(body)


def _alignment(run, style_align, normal: int) -> str | None:
    """"superscript"/"subscript" for a run Word draws raised or lowered, else None: its own w:vertAlign, its
    character style's, or a w:position with a size smaller than the text before it (as LibreOffice saves one)."""
    rpr = run.find(_W + "rPr")
    if rpr is None:
        return None
    align = rpr.find(_W + "vertAlign")
    if align is not None:
        return align.get(_W + "val")
    style = rpr.find(_W + "rStyle")
    if style is not None and style_align(style.get(_W + "val")):
        return style_align(style.get(_W + "val"))
    shift, size = _number(rpr.find(_W + "position")), _number(rpr.find(_W + "sz"))
    if not shift or size is None or size >= (_size(run.getprevious()) or normal):
        return None
    return "superscript" if shift > 0 else "subscript"


def _size(node) -> int | None:
    """The size a run before sets itself (half-points), if it is a run."""
    if node is None or node.tag != _W + "r":
        return None
    return _number(node.find(f"{_W}rPr/{_W}sz"))


def _number(element) -> int | None:
    value = element.get(_W + "val") if element is not None else None
    try:
        return int(value) if value is not None and len(value) < 8 else None
    except ValueError:
        return None


_SHORT = 32  # characters of an equation's part looked at: "one number or name" is shorter than this


def _equations(body) -> None:
    """An equation's power and index as superscript and subscript characters ("m²"), a fraction as
    numerator/denominator ("1/4", parenthesised when either is more than one number or name). Each equation
    is walked once, bottom-up: a part nested in a part is never read again for every level around it."""
    done = set()
    for top in body.iter(_M + "oMath", _M + "sup", _M + "sub", _M + "f"):
        if top not in done:
            nodes = list(top.iter())
            done.update(node for node in nodes if node.tag in _PARTS)
            _equation(nodes, _starts(nodes))


_PARTS = {_M + "oMath", _M + "sup", _M + "sub", _M + "f"}


def _starts(nodes: list) -> dict:
    """Each node's text (its m:t pieces, nested ones too) up to _SHORT + 1 characters, built from the
    children's (a fraction's starting with its slash: it is never one number): nodes is one subtree in document
    order, so reversed every node comes after its children."""
    starts: dict = {}
    for node in reversed(nodes):
        text = (node.text or "") if node.tag == _M + "t" else "/" if node.tag == _M + "f" else ""
        for child in node:
            if len(text) > _SHORT:
                break
            text += starts.get(child, "")
        starts[node] = text[:_SHORT + 1]
    return starts


def _equation(nodes: list, starts: dict) -> None:
    """Powers and indexes written as Word shows them, fractions with their slash, in one walk down: a piece
    takes the table of the outermost power or index around it written in small characters, superscript when
    either is a power (as Word draws an index in a power)."""
    tables: dict = {}
    for node in nodes:
        parent = node.getparent()
        table = tables.get(parent) if parent is not None else None
        if node.tag in (_M + "sup", _M + "sub") and table is None:
            table = _small(node, starts[node], node.tag == _M + "sup")
        elif node.tag == _M + "sup":  # in a small part its text fits too; a power in an index stays raised
            table = SUPERSCRIPT
        elif node.tag == _M + "f":
            _fraction(node, starts)
        elif node.tag == _M + "t" and table is not None:
            node.text = (node.text or "").translate(table)
        tables[node] = table


def _small(part, text: str, up: bool):
    """The table a power (up) or index is written with, or None when it is written "^(x+y)" / "_(x+y)"."""
    table = SUPERSCRIPT if up else SUBSCRIPT
    if len(text) <= _SHORT and all(ord(char) in table or char in _DONE for char in text):
        return table
    if text:  # "x+y" has no superscript letters: written as TeX writes it, never joined to the base
        _insert(part, 0, ("^" if up else "_") + "(")
        _insert(part, len(part), ")")
    return None


def _fraction(fraction, starts: dict) -> None:
    numerator, denominator = fraction.find(_M + "num"), fraction.find(_M + "den")
    if numerator is None or denominator is None:
        return
    wrap = [not (len(starts[part]) <= _SHORT and starts[part].strip().isalnum()) for part in (numerator, denominator)]
    if wrap[0]:
        _insert(numerator, 0, "(")
        _insert(numerator, len(numerator), ")")
    _insert(denominator, 0, "/(" if wrap[1] else "/")
    if wrap[1]:
        _insert(denominator, len(denominator), ")")


def _insert(parent, at: int, text: str) -> None:
    """An equation's run of `text` put into parent at `at`."""
    run = parent.makeelement(_M + "r")
    piece = run.makeelement(_M + "t")
    piece.text = text
    run.append(piece)
    parent.insert(at, run)
