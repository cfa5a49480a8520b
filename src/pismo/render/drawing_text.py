"""Text of charts and DrawingML shapes (titles, axis titles, data labels, SmartArt): bounded like a letter's.

LibreOffice lays out each run of such a text on its own and the cost grows
faster than the runs: a chart title of 10 000 one-letter runs took 95 s for
every letter, in distinct fonts over 120 s. A title or label is a few words in a
run or two, so each text, each part and the template are bounded in runs (and
paragraphs) and characters; fonts and languages of this text count with the
template's (typography.py).
"""

from __future__ import annotations

from lxml import etree

from pismo.polish import thousands

MAX_PIECES = 100  # paragraphs and runs of one text (a title, an axis title, a label, a shape's text)
MAX_CHARACTERS = 1000  # characters of one text
MAX_ALL_PIECES = 2000  # of all such texts of a part, and of the template together
MAX_ALL_CHARACTERS = 20_000
_DRAWINGML = {"http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"}
_RUNS = {"r", "fld", "br"}
_TODO = ("LibreOffice składa każdy fragment osobno, co przy każdym piśmie trwa minuty; skróć ten tekst w Wordzie "
         "albo nadaj mu całemu jedno formatowanie (zaznacz go i naciśnij Ctrl+Spacja)")


class TooLong(Exception):
    """A chart's or shape's text of too many runs or characters; the message is Polish and names the part."""


def check(part: str, tree, blob: bytes) -> tuple[int, int]:
    """TooLong for a DrawingML text or a part's texts over the bounds; the part's (pieces, characters)."""
    if b"drawingml" not in blob:
        return 0, 0
    texts: dict = {}
    pieces = characters = 0
    for paragraph in tree.iter("{*}p"):
        if etree.QName(paragraph).namespace not in _DRAWINGML:
            continue
        runs = [c for c in paragraph if isinstance(c.tag, str) and etree.QName(c).localname in _RUNS]
        size = sum(len(t.text or "") for run in runs for t in run if etree.QName(t).localname == "t")
        text = texts.setdefault(paragraph.getparent(), [0, 0])
        text[0] += 1 + len(runs)
        text[1] += size
        pieces, characters = pieces + 1 + len(runs), characters + size
        if text[0] > MAX_PIECES or text[1] > MAX_CHARACTERS:
            raise TooLong(f"część {part}: tekst wykresu lub kształtu (tytuł, tytuł osi, etykieta danych) ma "
                          f"{thousands(text[0])} akapitów i fragmentów o osobnym formatowaniu oraz "
                          f"{thousands(text[1])} znaków (najwyżej {MAX_PIECES} i {thousands(MAX_CHARACTERS)} w "
                          f"jednym tekście) – {_TODO}")
        _check_all(f"część {part}", pieces, characters)
    return pieces, characters


def check_template(measured: list[tuple[int, int]]) -> None:
    """TooLong for the texts of all parts together (measured: check's counts of each part)."""
    _check_all("wszystkie części razem", sum(m[0] for m in measured), sum(m[1] for m in measured))


def _check_all(where: str, pieces: int, characters: int) -> None:
    if pieces > MAX_ALL_PIECES or characters > MAX_ALL_CHARACTERS:
        raise TooLong(f"{where}: teksty wykresów i kształtów (tytuły, tytuły osi, etykiety danych) mają razem ponad "
                      f"{thousands(MAX_ALL_PIECES)} akapitów i fragmentów o osobnym formatowaniu albo ponad "
                      f"{thousands(MAX_ALL_CHARACTERS)} znaków ({thousands(pieces)} i {thousands(characters)}) – "
                      f"{_TODO}")
