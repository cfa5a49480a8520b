"""Text of charts and DrawingML shapes (titles, axis titles, data labels, SmartArt, names of categories and
series): bounded like a letter's.

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
MAX_NAME = 255  # characters of a chart's name of a category or series (a chart title in Excel: 255)
MAX_ALL_NAMES = 50_000  # of all such names of a part (2499 dates: 25 000, 4.9 s), and of the template together
_CHART = {"http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"}
_DRAWINGML = {"http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"}
_RUNS = {"r", "fld", "br"}
_TODO = ("LibreOffice składa każdy fragment osobno, co przy każdym piśmie trwa minuty; skróć ten tekst w Wordzie "
         "albo nadaj mu całemu jedno formatowanie (zaznacz go i naciśnij Ctrl+Spacja)")


class TooLong(Exception):
    """A chart's or shape's text of too many runs or characters; the message is Polish and names the part."""


def check(part: str, tree, blob: bytes) -> tuple[int, int, int]:
    """TooLong for a DrawingML text, a chart's name of a category or series, or a part's texts over the bounds;
    the part's (pieces, characters, characters of names)."""
    if b"drawingml" not in blob:
        return 0, 0, 0
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
    names = _names(part, tree) if b"chart" in blob else 0
    return pieces, characters, names


def check_template(measured: list[tuple[int, int, int]]) -> None:
    """TooLong for the texts of all parts together (measured: check's counts of each part)."""
    _check_all("wszystkie części razem", sum(m[0] for m in measured), sum(m[1] for m in measured))
    _check_names("wszystkie części razem", sum(m[2] for m in measured))


def _names(part: str, tree) -> int:
    """Characters of a chart's names of categories and series (c:v of string data): LibreOffice lays each out as
    a label, wrapped (100 categories of 2000 characters, labelled: 39 s; 196 of 252: 4.7 s)."""
    total = 0
    for value in tree.iter("{*}v"):
        if etree.QName(value).namespace not in _CHART or _in_numbers(value):
            continue
        size = len(value.text or "")
        total += size
        if size > MAX_NAME:
            raise TooLong(f"część {part}: nazwa kategorii lub serii wykresu ma {thousands(size)} znaków (najwyżej "
                          f"{MAX_NAME}: „{(value.text or '')[:30]}…”) – LibreOffice składa ją w każdej etykiecie, co "
                          "przy każdym piśmie trwa minuty; skróć nazwy w danych wykresu (Word: Wykres → Edytuj dane)")
        _check_names(f"część {part}", total)
    return total


def _in_numbers(value) -> bool:
    """Whether a c:v is a number of numeric data (printed as a short number, whatever its text)."""
    point = value.getparent()
    data = point.getparent() if point is not None else None
    return data is not None and etree.QName(data).localname in ("numCache", "numLit")


def _check_names(where: str, total: int) -> None:
    if total > MAX_ALL_NAMES:
        raise TooLong(f"{where}: nazwy kategorii i serii wykresów mają razem ponad {thousands(MAX_ALL_NAMES)} znaków "
                      f"({thousands(total)}) – LibreOffice składa każdą w etykiecie, co przy każdym piśmie trwa "
                      "minuty; skróć nazwy albo zmniejsz zakres danych wykresu (Word: Wykres → Edytuj dane)")


def _check_all(where: str, pieces: int, characters: int) -> None:
    if pieces > MAX_ALL_PIECES or characters > MAX_ALL_CHARACTERS:
        raise TooLong(f"{where}: teksty wykresów i kształtów (tytuły, tytuły osi, etykiety danych) mają razem ponad "
                      f"{thousands(MAX_ALL_PIECES)} akapitów i fragmentów o osobnym formatowaniu albo ponad "
                      f"{thousands(MAX_ALL_CHARACTERS)} znaków ({thousands(pieces)} i {thousands(characters)}) – "
                      f"{_TODO}")
