"""Polish names of the invisible characters a case file's value can hold: a message names what the officer cannot
see in his own words, never by its English Unicode name („ZERO WIDTH SPACE”)."""

from __future__ import annotations

_DIRECTION = "znak kierunku pisma"
_NAMES = {
    "\u00ad": "miękki łącznik",
    "\u0085": "znak następnego wiersza",
    "\u200b": "spacja o zerowej szerokości",
    "\u200c": "rozdzielacz o zerowej szerokości",
    "\u200d": "łącznik o zerowej szerokości",
    "\u2060": "niewidoczny łącznik słów",
    "\ufeff": "znak kolejności bajtów",
    "\u2028": "separator wiersza",
    "\u2029": "separator akapitu",
    "\ufffc": "znak obiektu osadzonego z Worda, w PDF-ie ramka „OBJ”",
    **dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", _DIRECTION),
    **dict.fromkeys("\u2061\u2062\u2063\u2064", "niewidoczny operator matematyczny"),
}


def invisible(char: str, what: str = "niewidoczny znak") -> str:
    """„niewidoczny znak U+200B (spacja o zerowej szerokości)”; a character without a Polish name by its code alone."""
    name = _NAMES.get(char)
    return f"{what} U+{ord(char):04X}" + (f" ({name})" if name else "")
