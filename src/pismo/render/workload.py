"""Drawing work a template asks of LibreOffice that neither its size nor its pixels show.

A few hundred bytes of XML can keep LibreOffice busy for minutes while converting
every letter to PDF: a chart declaring a hundred million points, a page half a
centimetre wide, glow and soft edges LibreOffice renders as bitmaps per drawing.
Such parts are refused by name before anything is written, on the template and
again on every part jinja has filled (a loop can repeat a shape, a tag write a page
size). Pictures drawn more often than they are named are weighed in
template_package.drawing_weights.
"""

from __future__ import annotations

import re

from lxml import etree

from pismo.polish import thousands
from pismo.render import drawing_text, notes, reach, typography


class TooMuch(Exception):
    """A part asks LibreOffice for unbounded drawing work; the message is Polish and names the part."""


MAX_CHART_VALUES = 5000  # points of all data series and categories of one chart (a letter's chart has dozens)
# Points coloured one by one (varyColors, and every pie and doughnut): LibreOffice gives each its own colour and
# legend entry – a pie of 500 slices 10 s, 1000 slices 35 s, 2499 hung it; a letter's pie has a dozen
MAX_VARIED_POINTS = 100
_PIES = {"pieChart", "pie3DChart", "doughnutChart", "ofPieChart"}
MAX_SERIES = 50  # of one chart: each gets a line, a colour and a legend entry (2000 series: 12.5 s; a letter's: a few)
# A point coloured or labelled one by one, and a series, weigh this many values in the template-wide budget of
# drawings (images.CHART_VALUE_PIXELS each, every drawing of a chart counted): 30 pies of 100 labelled slices
# took 31 s, a chart of 2000 series drawn 10 times 90 s
VARIED_WEIGHT = 300
THREE_D_WEIGHT = 5  # a value of a 3-D chart costs as much as five (2499 labelled cylinders: 32 s, 525 MB)
_CHART_TEXT = (b"ptCount", b"idx", b"dPt")

# VML WordArt (v:textpath): LibreOffice turns every letter into outlines scaled to the shape – 100 strings of
# 10 000 characters took 3.7 GB and crashed it; a letter's WordArt is a few words
MAX_WORDART_TEXT = 200  # characters of one shape's string
MAX_WORDART_TOTAL = 1000  # characters of all WordArt strings of a part and of all parts, counted after filling too
MAX_WORDART_SHAPES = 20  # WordArt strings of a part and of all parts (1000 one-letter ones: 18 s; a watermark is one)
_VML = "urn:schemas-microsoft-com:vml"

TWIPS_PER_CM = 1440 / 2.54
MIN_PAGE_SIDE = 5669  # twips, 10 cm: an A6 page (10.5 × 14.8 cm) either way round
MAX_PAGE_SIDE = 31680  # twips, 55.9 cm (22 inches, the largest page Word sets)
MIN_TEXT_SIDE = 1701  # twips, 3 cm of the page left for text between the margins, each way
MAX_SECTIONS = 200  # a letter has one or a few; LibreOffice makes a page style for each (3000: 24 s, 8000: hung)
MAX_COLUMNS = 12
MAX_TYPE = 4000  # twips, 200 pt: a character, a line or a paragraph's spacing (Normal at 1638 pt hung LibreOffice)
MAX_INDENT = 7937  # twips, 14 cm of a paragraph's indents together: a few cm of line remain on A4
MAX_LINES = 2400  # 240ths of a line: spacing of ten lines (an automatic 125-line spacing runs like 1500 pt)
_TYPE_TEXT = (b"sz", b"spacing", b"ind")
# Fields of every kind: LibreOffice computes each where it is laid out (20 000 SEQ fields: over 120 s, 5000: 32 s,
# 2000: 12.6 s; 20 000 PAGE fields: 17 s); a letter has a handful, a footer's count on every page
MAX_FIELDS = 500
MIN_COLUMN = 567  # twips, 1 cm
_UNITS = {"": 1, "mm": TWIPS_PER_CM / 10, "cm": TWIPS_PER_CM, "in": 1440, "pt": 20, "pc": 240, "pi": 240}
_MEASURE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*")

# DrawingML effects LibreOffice renders as a bitmap around every drawing that has them (100 small pictures with
# glow, soft edges and a blurred shadow: 86 s); a shadow blurred a little, as Word's picture styles and themes
# have it, costs little.
_EFFECTS = {"glow": "poświata (glow)", "softEdge": "miękkie krawędzie (softEdge)", "blur": "rozmycie (blur)",
            "reflection": "odbicie (reflection)"}
# Word's Picture Styles gallery gives a logo soft edges or a reflection: a few such drawings cost seconds (20: 3 s)
_GALLERY_EFFECTS = {"softEdge": "rad", "reflection": "blurRad"}
MAX_GALLERY_RADIUS = 635000  # EMU, 50 pt: the gallery's largest soft edge
MAX_GALLERY_EFFECTS = 5  # drawings with them in one part, counted after filling too
_SHADOWS = ("outerShdw", "innerShdw")
MAX_SHADOW_BLUR = 63500  # EMU, 5 pt
_DRAWINGML = {"http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"}
_EFFECT_TEXT = (b"glow", b"softEdge", b"blur", b"reflection")
_WORD = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         "http://purl.oclc.org/ooxml/wordprocessingml/main"}


def check(part: str, tree, blob: bytes) -> None:
    """TooMuch for a chart of too many points, a page too small for a letter, a drawing effect drawn as a
    bitmap, too many fonts, languages or styles (typography.py), notes or start numbers (notes.py); the bytes are looked at first, so a filled
    part without such words is not walked."""
    if b"sectPr" in blob:
        check_pages(part, tree)
    if any(word in blob for word in _TYPE_TEXT):
        check_type(part, tree)
    if b"instr" in blob:
        check_fields(part, tree)
    if any(word in blob for word in _EFFECT_TEXT):
        check_effects(part, tree)
    if b"textpath" in blob:
        check_wordart(part, tree)
    try:
        typography.check(part, tree, blob)
        drawing_text.check(part, tree, blob)
        notes.check(part, tree, blob)
    except (typography.Refused, drawing_text.TooLong, notes.Refused) as exc:
        raise TooMuch(str(exc)) from None
    if b"chart" in blob and any(word in blob for word in _CHART_TEXT):
        check_chart_kinds(part, tree, chart_values(part, tree))


def chart_values(part: str, tree) -> int:
    """Values a chart part declares (every point of every series, category level and cache; the points written
    where no ptCount is), refused over MAX_CHART_VALUES: LibreOffice makes room for each declared point (ptCount 10⁸ hung it, 10⁶ took 1.9 GB)."""
    total, declared = 0, {}
    for block in tree.iter("{*}ptCount", "{*}pt", "{*}lvl"):
        if "chart" not in (etree.QName(block).namespace or ""):
            continue
        local = etree.QName(block).localname
        if local == "ptCount":
            total += _count(part, block.get("val"))
        elif local == "pt":
            _count(part, block.get("idx"), index=True)
            parent = block.getparent()
            if parent not in declared:
                declared[parent] = _declares_count(parent) or _declares_count(parent.getparent())
            total += not declared[parent]  # a point of data without ptCount counts itself
        elif block.get("ptCount") is not None:  # chartex's level
            total += _count(part, block.get("ptCount"))
        if total > MAX_CHART_VALUES:
            raise _too_many_values(part, f"ponad {thousands(MAX_CHART_VALUES)}")
    levels = sum(1 for e in tree.iter("{*}lvl") if "chart" in (etree.QName(e).namespace or ""))
    if total * max(levels, 1) > MAX_CHART_VALUES:  # each level of multi-level categories labels every point
        raise _too_many_values(part, f"ponad {thousands(MAX_CHART_VALUES)} (licząc każdy poziom kategorii)")
    return total


def _declares_count(element) -> bool:
    """Whether chart data (a literal, a cache, a chartex level) says how many points it has."""
    return element is not None and (element.get("ptCount") is not None or any(
        isinstance(c.tag, str) and etree.QName(c).localname == "ptCount" for c in element))


def chart_weight(part: str, tree) -> int:
    """The values a chart part weighs in the template's budget of drawings: its declared values, and
    VARIED_WEIGHT for each point coloured one by one and each series (what LibreOffice pays per chart drawn)."""
    varied, series, _three_d = _chart_kinds(tree)
    return chart_values(part, tree) + VARIED_WEIGHT * (varied + series)


def _chart_kinds(tree) -> tuple[int, int, bool]:
    """Points coloured or labelled one by one, series, and whether a chart is 3-D."""
    varied, series, three_d = 0, 0, False
    for group in _chart_groups(tree):
        local = etree.QName(group).localname
        three_d = three_d or "3D" in local
        vary = next((c for c in group if isinstance(c.tag, str) and etree.QName(c).localname == "varyColors"), None)
        if local in _PIES or vary is not None and (vary.get("val") or "1").strip().lower() not in ("0", "false"):
            varied += sum(_series_points(series) for series in group
                          if isinstance(series.tag, str) and etree.QName(series).localname == "ser")
        else:  # a point given its own colour (c:dPt) or label (c:dLbl) costs as much as a varied one
            varied += sum(len(_formatted_points(series)) for series in group
                          if isinstance(series.tag, str) and etree.QName(series).localname == "ser")
        series += sum(1 for c in group if isinstance(c.tag, str) and etree.QName(c).localname == "ser")
    return varied, series, three_d


def check_chart_kinds(part: str, tree, values: int) -> None:
    """A chart whose points are coloured one by one (pies, doughnuts, varyColors) of at most MAX_VARIED_POINTS
    points, of at most MAX_SERIES series, and a 3-D chart of at most MAX_CHART_VALUES / THREE_D_WEIGHT values
    (values: chart_values's count)."""
    varied, series, three_d = _chart_kinds(tree)
    if series > MAX_SERIES:
        raise TooMuch(f"część {part}: wykres ma {thousands(series)} serii danych (najwyżej {MAX_SERIES}) – "
                      "LibreOffice rysuje każdą osobno, z kolorem i pozycją legendy, co przy każdym piśmie trwa "
                      "minuty; zmniejsz w Wordzie zakres danych wykresu (Projekt wykresu → Zaznacz dane)")
    if varied > MAX_VARIED_POINTS:
        raise TooMuch(f"część {part}: wykres, którego każdy punkt ma inny kolor (wykres kołowy, pierścieniowy, "
                      "„Zróżnicuj kolory według punktu” albo punkty pokolorowane lub opisane pojedynczo), ma "
                      f"{thousands(varied)} punktów (najwyżej {MAX_VARIED_POINTS}) – LibreOffice koloruje i opisuje "
                      "każdy z nich osobno, co przy każdym piśmie trwa minuty; zmniejsz zakres danych albo wyłącz "
                      "w Wordzie zróżnicowanie kolorów (Formatuj serię danych → Wypełnienie) i przywróć punktom "
                      "jednakowy wygląd (zaznacz serię → Resetuj, aby dopasować styl)")
    if three_d and values * THREE_D_WEIGHT > MAX_CHART_VALUES:
        raise TooMuch(f"część {part}: wykres trójwymiarowy deklaruje {thousands(values)} wartości (najwyżej "
                      f"{thousands(MAX_CHART_VALUES // THREE_D_WEIGHT)}) – LibreOffice buduje bryłę dla każdej, co "
                      "przy każdym piśmie trwa minuty; zmień w Wordzie typ wykresu na płaski albo zmniejsz zakres "
                      "danych")


def _formatted_points(series) -> set[int]:
    """The points of a series formatted one by one: coloured (c:dPt) or labelled (c:dLbl) on their own – 2499
    labels each with its own fill kept LibreOffice over 150 s, the same points labelled alike 5 s."""
    found = set()
    for point in series.iter("{*}dPt", "{*}dLbl"):
        if "chart" in (etree.QName(point).namespace or ""):
            index = next((c for c in point if isinstance(c.tag, str) and etree.QName(c).localname == "idx"), None)
            found.add(_number(index.get("val")) if index is not None else -1 - len(found))
    return found


def _chart_groups(tree):
    """The chart groups (c:barChart, c:pieChart …) of every plot area of a chart part."""
    for area in tree.iter("{*}plotArea"):
        if "chart" in (etree.QName(area).namespace or ""):
            yield from (g for g in area if isinstance(g.tag, str) and etree.QName(g).localname.endswith("Chart"))


def _series_points(series) -> int:
    """A series' points: the most any of its data (values, categories) declares or numbers (checked by
    chart_values), also where no ptCount is written."""
    declared = (_number(e.get("val")) for e in series.iter("{*}ptCount"))
    numbered = (_number(e.get("idx")) + 1 for e in series.iter("{*}pt"))
    return max(max(declared, default=0), max(numbered, default=0))


def _number(value: str | None) -> int:
    try:
        return int((value or "0").strip())
    except ValueError:
        return 0


def check_wordart(part: str, tree) -> None:
    """VML WordArt strings (v:textpath/@string) of at most MAX_WORDART_TEXT characters each, MAX_WORDART_TOTAL
    and MAX_WORDART_SHAPES strings in the part."""
    _check_wordart(f"część {part}", "części", wordart(tree))


def check_document_wordart(trees: dict) -> None:
    """The same bounds over all parts together: 398 header and footer parts of 1000 characters each kept
    LibreOffice over 120 s."""
    _check_wordart("wszystkie części razem", "szablonu", [size for tree in trees.values() for size in wordart(tree)])


def wordart(tree) -> list[int]:
    """The characters of each VML WordArt string of a part (a shape type's text path, without one, draws none)."""
    return [len(value) for path in tree.iter(f"{{{_VML}}}textpath")
            for key, value in path.attrib.items() if etree.QName(key).localname == "string"]


def _check_wordart(where: str, scope: str, sizes: list[int]) -> None:
    total = 0
    for shapes, size in enumerate(sizes, 1):
        total += size
        if size > MAX_WORDART_TEXT or total > MAX_WORDART_TOTAL or shapes > MAX_WORDART_SHAPES:
            raise TooMuch(f"{where}: napis WordArt (kształt VML, v:textpath) ma {thousands(size)} znaków, a "
                          f"wszystkie napisy WordArt {scope} razem {thousands(total)} w {shapes} kształtach (najwyżej "
                          f"{MAX_WORDART_TEXT} w jednym, {thousands(MAX_WORDART_TOTAL)} razem i {MAX_WORDART_SHAPES} "
                          "kształtów) – LibreOffice zamienia każdą literę na rysunek, co przy każdym piśmie trwa "
                          "minuty i zajmuje gigabajty pamięci; skróć napis albo wstaw go jako zwykły tekst lub nowy "
                          "WordArt Worda (Wstawianie → WordArt), także powtarzany w pętli i w nagłówkach")


def _count(part: str, value: str | None, index: bool = False) -> int:
    try:
        number = int((value or "0").strip())
    except ValueError:
        raise TooMuch(f"część {part}: wykres podaje liczbę punktów lub numer punktu „{(value or '')[:20]}”, która "
                      "nie jest liczbą całkowitą – utwórz wykres ponownie w Wordzie") from None
    if number < 0 or number >= MAX_CHART_VALUES + (0 if index else 1):
        raise _too_many_values(part, f"punkt numer {thousands(number)}" if index else thousands(number))
    return number


def _too_many_values(part: str, count: str) -> TooMuch:
    return TooMuch(f"część {part}: wykres deklaruje {count} punktów danych (najwyżej "
                   f"{thousands(MAX_CHART_VALUES)} w jednym wykresie) – LibreOffice rezerwuje miejsce na każdy "
                   "z nich przy zamianie każdego pisma na PDF; zmniejsz zakres danych wykresu albo usuń wykres")


def check_pages(part: str, tree) -> None:
    """Every section's page (w:sectPr, also of section breaks) within real paper: at least MIN_PAGE_SIDE each
    way, at most MAX_PAGE_SIDE, MIN_TEXT_SIDE between the margins, a few columns of at least MIN_COLUMN –
    LibreOffice laid the plan's tables out on a 0.5 cm page for minutes without end."""
    sections = [s for s in tree.iter("{*}sectPr") if etree.QName(s).namespace in _WORD]
    if len(sections) > MAX_SECTIONS:
        raise TooMuch(f"część {part}: pismo ma {thousands(len(sections))} sekcji (najwyżej {MAX_SECTIONS}) – "
                      "LibreOffice tworzy styl strony dla każdej, co przy każdym piśmie trwa minuty; usuń w Wordzie "
                      "zbędne podziały sekcji (Narzędzia główne → Pokaż wszystko, usuń „Podział sekcji”), także "
                      "powtarzane w pętli")
    for section in sections:
        size = _child(part, section, "pgSz")
        width = _twips(part, size, "w", 11906)
        height = _twips(part, size, "h", 16838)
        if min(width, height) < MIN_PAGE_SIDE or max(width, height) > MAX_PAGE_SIDE:
            raise TooMuch(f"część {part}: strona ma wymiary {_cm(width)} × {_cm(height)} cm – dozwolone są strony "
                          f"od {_cm(MIN_PAGE_SIDE)} cm (format A6) do {_cm(MAX_PAGE_SIDE)} cm z każdej strony; ustaw "
                          "w Wordzie zwykły rozmiar papieru (Układ → Rozmiar, np. A4)")
        margins = _child(part, section, "pgMar")
        sides = {side: _twips(part, margins, side, 0) for side in ("left", "right", "gutter", "top", "bottom",
                                                                     "header", "footer")}
        negative = next((side for side in ("left", "right", "gutter") if sides[side] < 0), None)
        if negative:
            raise TooMuch(f"część {part}: margines {_SIDES[negative]} jest ujemny ({_cm(sides[negative])} cm) – "
                          "LibreOffice drukuje wtedy pustą stronę; ustaw w Wordzie marginesy od zera w górę "
                          "(Układ → Marginesy)")
        text_width = width - sides["left"] - sides["right"] - sides["gutter"]
        # the body ends above the footer, put at its distance from the edge (and starts below the header)
        text_height = height - max(abs(sides["top"]), sides["header"]) - max(abs(sides["bottom"]), sides["footer"])
        if min(text_width, text_height) < MIN_TEXT_SIDE:
            raise TooMuch(f"część {part}: marginesy strony zostawiają na tekst {_cm(max(text_width, 0))} × "
                          f"{_cm(max(text_height, 0))} cm – potrzeba co najmniej {_cm(MIN_TEXT_SIDE)} cm w każdą stronę; "
                          "zmniejsz marginesy i odległość nagłówka i stopki od krawędzi w Wordzie (Układ → Marginesy "
                          "→ Układ)")
        _check_columns(part, _child(part, section, "cols"), text_width)


def _check_columns(part: str, columns, text_width: float) -> None:
    if columns is None:
        return
    count = max(_twips(part, columns, "num", 1), sum(1 for c in columns if etree.QName(c).localname == "col"))
    space = _twips(part, columns, "space", 0)
    if count > MAX_COLUMNS or count > 1 and (text_width - space * (count - 1)) / count < MIN_COLUMN:
        raise TooMuch(f"część {part}: sekcja ma {int(count)} kolumn tekstu (najwyżej {MAX_COLUMNS}, każda co najmniej "
                      f"{_cm(MIN_COLUMN)} cm szerokości) – zmniejsz w Wordzie liczbę kolumn (Układ → Kolumny)")


_SIDES = {"left": "lewy", "right": "prawy", "gutter": "na oprawę (gutter)"}
_SETUP = {"pgSz": "rozmiar strony (w:pgSz)", "pgMar": "marginesy (w:pgMar)", "cols": "kolumny (w:cols)"}


def check_type(part: str, tree) -> None:
    """Font sizes and paragraph spacing (styles, defaults, numbering, runs) up to MAX_TYPE: a character or line
    taller than the page keeps LibreOffice breaking pages (Normal at 1638 pt: over 45 s; 1500-pt lines: 93 pages)."""
    for element in tree.iter("{*}sz", "{*}szCs", "{*}spacing", "{*}ind"):
        namespace = etree.QName(element).namespace
        if namespace not in _WORD:
            continue
        if etree.QName(element).localname == "ind":
            _check_indents(part, element)
            continue
        if etree.QName(element).localname != "spacing":
            _bound(part, element, "val", MAX_TYPE, "rozmiar czcionki", plain=10)
            continue
        for name in ("before", "after"):
            _bound(part, element, name, MAX_TYPE, "odstęp akapitu")
        for name in ("beforeLines", "afterLines"):  # hundredths of a line
            _bound(part, element, name, MAX_LINES * 100 / 240, "odstęp akapitu", per=100, unit="wierszy")
        if element.get(f"{{{namespace}}}lineRule") in ("exact", "atLeast"):
            _bound(part, element, "line", MAX_TYPE, "interlinia")
        else:  # 240ths of a line
            _bound(part, element, "line", MAX_LINES, "interlinia", per=240, unit="wierszy")


def _check_indents(part: str, element) -> None:
    """A paragraph's indents (style, defaults, numbering, the paragraph) leave a few cm of line: 0.27 cm of line
    made 52 pages of the plan, and with a large footer distance LibreOffice ran for minutes."""
    sides = [max(_twips(part, element, name, 0, setting="wcięcia"), 0)
             for name in ("left", "start", "right", "end", "firstLine")]  # a hanging indent widens the first line
    total = max(sides[0], sides[1]) + max(sides[2], sides[3]) + sides[4]
    if total > MAX_INDENT:
        raise TooMuch(f"część {part}: wcięcia akapitu wynoszą razem {_cm(total)} cm (najwyżej {_cm(MAX_INDENT)} cm) "
                      "– na tekst zostaje wąski pasek, a LibreOffice łamie strony przy każdym piśmie przez minuty; "
                      "zmniejsz wcięcia w Wordzie (Narzędzia główne → Akapit), także w stylach (np. Normalny)")


def _bound(part: str, element, name: str, limit: float, what: str, plain: float = 1, per: float = 20,
           unit: str = "pt") -> None:
    """A size of type or spacing refused over limit; shown in points (twips / 20) or lines."""
    value = abs(_twips(part, element, name, 0, plain, setting=what))
    if value > limit:
        def shown(number: float) -> str:
            return f"{number / per:.1f}".replace(".0", "").replace(".", ",") + f" {unit}"
        raise TooMuch(f"część {part}: {what} ({name}) wynosi {shown(value)}, najwyżej {shown(limit)} – znak albo "
                      "wiersz większy niż strona sprawia, że LibreOffice łamie strony przy każdym piśmie przez minuty; "
                      "ustaw w Wordzie zwykły rozmiar czcionki i odstępy (Narzędzia główne → Czcionka, Akapit), także "
                      "w stylach (np. Normalny)")


def check_fields(part: str, tree) -> None:
    """At most MAX_FIELDS fields in a part: LibreOffice computes each where it lays it out."""
    _check_fields(f"część {part}", [(len(reach.field_instructions(part, tree)), 1)])


def check_document_fields(trees: dict, pages: dict[str, int]) -> None:
    """The same bound over the document's parts together (trees: part → tree; pages: how often each part is
    laid out – a header's or footer's on every page)."""
    _check_fields("wszystkie części razem (pola w nagłówku i stopce liczą się tyle razy, na ilu stronach "
                  f"LibreOffice je składa – jak na {max(pages.values(), default=1)} stronach)",
                  [(len(reach.field_instructions(part, tree)), pages.get(part, 1)) for part, tree in trees.items()])


def _check_fields(where: str, weighed: list[tuple[int, int]]) -> None:
    """TooMuch when the fields, each counted weight times, are too many."""
    if sum(count * weight for count, weight in weighed) > MAX_FIELDS:
        raise TooMuch(f"{where}: pól jest ponad {MAX_FIELDS} (w nagłówku i stopce liczą się na każdej stronie) – "
                      "LibreOffice oblicza każde pole, co przy każdym piśmie trwa minuty; usuń zbędne pola w "
                      "Wordzie (Alt+F9 pokazuje kody pól), także powtarzane w pętli")


def _child(part: str, element, local: str):
    """The section's one setting of that name; a second is refused, as LibreOffice applies the last and pismo
    would have checked the first (Word writes one)."""
    found = [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == local]
    if len(found) > 1:
        raise TooMuch(f"część {part}: sekcja podaje {len(found)} razy {_SETUP[local]} – Word zapisuje to ustawienie "
                      "raz; ustaw rozmiar strony, marginesy i kolumny ponownie w Wordzie (Układ)")
    return found[0] if found else None


def _twips(part: str, element, name: str, default: float, plain: float = 1, setting: str = "strony") -> float:
    """A measure of Word in twips (a number, plain twips each, or with a unit: 2cm, 1in); default when not given.
    Only the attribute in the element's own namespace counts – LibreOffice reads w:w, not w or x:w."""
    value = element.get(f"{{{etree.QName(element).namespace}}}{name}") if element is not None else None
    if value is None:
        return default
    match = _MEASURE.fullmatch(value)
    if not match:
        raise TooMuch(f"część {part}: ustawienie {setting} {name}=„{value[:20]}” nie jest wymiarem, który zapisuje "
                      "Word – ustaw je ponownie w Wordzie")
    return float(match.group(1)) * (_UNITS[match.group(2)] if match.group(2) else plain)


def _cm(twips: float) -> str:
    return f"{twips / TWIPS_PER_CM:.1f}".replace(".", ",")


def check_effects(part: str, tree) -> None:
    """DrawingML's glow and blur, shadows blurred over MAX_SHADOW_BLUR, soft edges and reflections wider than the
    gallery's or on more than MAX_GALLERY_EFFECTS drawings, refused wherever they stand (a shape, a picture, a
    chart, a theme's effect styles)."""
    gallery = 0
    for element in tree.iter(*(f"{{*}}{local}" for local in (*_EFFECTS, *_SHADOWS))):
        if etree.QName(element).namespace not in _DRAWINGML:
            continue
        local = etree.QName(element).localname
        if local in _GALLERY_EFFECTS and _emu(element.get(_GALLERY_EFFECTS[local])) <= MAX_GALLERY_RADIUS:
            gallery += 1
            if gallery <= MAX_GALLERY_EFFECTS:
                continue
            what = (f"{_EFFECTS[local]} na ponad {MAX_GALLERY_EFFECTS} rysunkach (logo w stylu obrazu Worda jest "
                    "dozwolone, byle na kilku rysunkach)")
        elif local in _EFFECTS:
            what = _EFFECTS[local] + (" szerszy niż 50 pt" if local in _GALLERY_EFFECTS else "")
        elif _emu(element.get("blurRad")) > MAX_SHADOW_BLUR:
            what = f"cień rozmyty ponad {MAX_SHADOW_BLUR // 12700} pt ({local})"
        else:
            continue
        raise TooMuch(f"część {part}: rysunek ma efekt {what}, który LibreOffice rysuje jako osobny obraz przy każdym "
                      "rysunku, co przy wielu rysunkach trwa przy każdym piśmie minuty – usuń efekt w Wordzie "
                      "(Formatowanie kształtu lub obrazu → Efekty: bez poświaty i rozmycia, cień bez rozmycia lub "
                      "mały, miękkie krawędzie i odbicie najwyżej na kilku rysunkach)")


def _emu(value: str | None) -> int:
    """A length in EMU; an unreadable one counts as unbounded."""
    try:
        return int((value or "0").strip())
    except ValueError:
        return MAX_SHADOW_BLUR + 1
