"""Word's inserted symbols (w:sym): the character a symbol font draws, as Unicode.

Word stores Insert → Symbol as a font and a code, mostly in the private-use range
U+F020–U+F0FF ("Symbol", F0B4 draws ×). The plan's text needs the character
itself ("100 × 2", not "1002"); a code from a font not known here stays as its
private-use character, which the importer takes for a bullet.
"""

from __future__ import annotations

import re

# Adobe Symbol encoding: Greek letters and mathematical signs.
_SYMBOL = dict(zip(range(0x20, 0x7F), (
    " !∀#∃%&∋()∗+,−./0123456789:;<=>?"
    "≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_"
    "‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")))
_SYMBOL.update(zip(range(0xA1, 0xE6), (
    "ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵"
    "ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
    "◊〈®©™∑")))
_SYMBOL.update({0xA0: "€", 0xF1: "〉", 0xF2: "∫"})
# Wingdings: the signs plans use as bullets, ticks and contact marks.
_WINGDINGS = {0x28: "☎", 0x29: "✆", 0x2A: "✉", 0x4A: "☺", 0x4C: "☹", 0x6C: "●", 0x6E: "■", 0x6F: "□",
              0x71: "❑", 0x75: "◆", 0x78: "⌧", 0x76: "❖", 0x77: "⬥", 0x9F: "•", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢",
              0xE0: "➔", 0xE8: "➔", 0xF0: "⇨", 0xFB: "✘", 0xFC: "✔", 0xFD: "☒", 0xFE: "☑"}
_WINGDINGS.update({0x20: " ", 0xA0: "\u00a0"})  # drawn blank: the space typed after a bullet before the font
# is switched back is a space, not a private-use character in front of the text
# Wingdings 2: the check boxes and ticks Word users type as letters ("R" ☑, "£" ☐), and a few bullets.
_WINGDINGS_2 = {0x20: " ", 0xA0: "\u00a0", 0x4F: "✗", 0x50: "✓", 0x51: "☒", 0x52: "☑", 0x53: "☒", 0x54: "☒",
                0x55: "☒", 0x56: "☒", 0x97: "•", 0x98: "•", 0x99: "•", 0x9A: "●", 0x9B: "●", 0x9E: "⦿", 0xA1: "◾",
                0xA2: "■", 0xA3: "☐", 0xA8: "▣"}
_WEBDINGS = {0x20: " ", 0xA0: "\u00a0", 0x61: "✓", 0x72: "✗"}
_BLANK = {0x20: " ", 0xA0: "\u00a0"}
# Symbol fonts whose letters draw signs: a code with no sign known here is its private-use character, never the
# letter typed ("R" in Wingdings 2 is ☑, not a word's first letter).
_FONTS = {"symbol": _SYMBOL, "wingdings": _WINGDINGS, "wingdings 2": _WINGDINGS_2, "webdings": _WEBDINGS,
          **{name: _BLANK for name in ("wingdings 3", "marlett", "zapf dingbats", "itc zapf dingbats", "zapfdingbats",
                                       "mt extra", "ms outlook", "bookshelf symbol 7", "ms reference specialty")}}
DECLARED = "(symbol font)"  # a font the document's font table declares a symbol font (charset 02), not known here
_FONTS[DECLARED] = _BLANK
SYMBOL_FONTS = frozenset(_FONTS)
# Fonts whose characters are Unicode's, though a font table may declare them symbol fonts (charset 02): LibreOffice
# does so for OpenSymbol, the font of its Insert → Special Character ("±", "°", "§" became private-use characters).
UNICODE_FONTS = frozenset(("opensymbol", "starsymbol", "arial unicode ms", "segoe ui symbol", "segoe ui emoji",
                           "cambria math", "dejavu sans", "noto sans symbols", "noto sans symbols2", "noto sans math"))


def symbol_text(font: str | None, code: str | None) -> str:
    """The character of a w:sym; "" when the code is no character (out of range, a surrogate, a control)."""
    if not code or not re.fullmatch(r"[0-9A-Fa-f]{1,6}", code):
        return ""
    value = int(code, 16)
    table = _FONTS.get((font or "").strip().lower())
    low = value - 0xF000 if 0xF000 <= value <= 0xF0FF else value
    if table is not None and low in table:
        return table[low]
    if table is not None and 0x20 <= low < 0x100:
        value = 0xF000 + low  # a symbol font's code: its private-use character
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF or value < 0x20 or 0x7F <= value < 0xA0:
        return ""
    return chr(value)


_TABLES: dict[str, dict[int, str]] = {}


def symbol_table(font: str) -> dict[int, str]:
    """A str.translate table of the characters typed in a symbol font (codes below 256, or their private-use form
    U+F0xx as LibreOffice saves them) to the signs it draws, made once per font: a run of millions of characters was read a regular expression per character (33 s)."""
    if font not in _TABLES:
        _TABLES[font] = {code: symbol_text(font, f"{code:X}") for code in (*range(0x100), *range(0xF000, 0xF100))}
    return _TABLES[font]
