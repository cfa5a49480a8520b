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
            for text in run.iter(_W + "t"):
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


def _equations(body) -> None:
    """An equation's power and index as superscript and subscript characters ("m²"), a fraction as
    numerator/denominator ("1/4", parenthesised when either is more than one number or name)."""
    for tag, table, sign in ((_M + "sup", SUPERSCRIPT, "^"), (_M + "sub", SUBSCRIPT, "_")):
        for part in list(body.iter(tag)):
            pieces = list(part.iter(_M + "t"))
            whole = "".join(piece.text or "" for piece in pieces)
            if all(ord(char) in table or char in _DONE for char in whole):  # a power's power: one already
                for piece in pieces:
                    piece.text = (piece.text or "").translate(table)
            elif whole:  # "x+y" has no superscript letters: written as TeX writes it, never joined to the base
                _insert(part, 0, sign + "(")
                _insert(part, len(part), ")")
    for fraction in list(body.iter(_M + "f")):
        numerator, denominator = fraction.find(_M + "num"), fraction.find(_M + "den")
        if numerator is None or denominator is None:
            continue
        over = "".join(numerator.itertext(_M + "t")).strip(), "".join(denominator.itertext(_M + "t")).strip()
        wrap = [not part.isalnum() for part in over]
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
