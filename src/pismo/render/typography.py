"""Fonts, languages and styles of a part: each new one costs LibreOffice work its size does not show.

LibreOffice asks fontconfig for a substitute for every font family it has not
seen (20 000 names: over 150 s), builds locale data for every language (5000:
over 100 s) and resolves every property through a style's whole basedOn chain
(20 000 deep: over 100 s; two styles based on each other crashed it on every
PDF). A letter uses a handful of fonts, one or two languages and a style chain
a few deep, so each is bounded by name (workload.check turns Refused into
TooMuch).
"""

from __future__ import annotations

import re

from lxml import etree

from pismo.polish import thousands

MAX_FONTS = 50  # distinct font families a part – and all parts together – name (runs, styles, font table, w:sym,
# charts' and shapes' DrawingML text, the theme)
MAX_LANGUAGES = 20  # distinct languages a part – and all parts together – mark text with (w:lang)
MAX_STYLES = 1000  # styles of a part (20 000 all based on Normal: 19 s)
MAX_STYLE_DEPTH = 20  # styles a style is based on, one on another (basedOn)
_FONT_ATTRIBUTES = ("ascii", "hAnsi", "eastAsia", "cs")
_LANGUAGE_ATTRIBUTES = ("val", "eastAsia", "bidi")
_WORD = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         "http://purl.oclc.org/ooxml/wordprocessingml/main"}
_DRAWINGML = {"http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"}
_DRAWING_FONTS = ("latin", "ea", "cs", "sym")  # a run's or a theme's fonts (a theme's script fonts, a:font, unused)
_VML = "urn:schemas-microsoft-com:vml"
_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;]*)", re.IGNORECASE)
_DRAWING_RUNS = ("rPr", "defRPr", "endParaRPr")
_CHART_LANGUAGE = ("http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart")


class Refused(Exception):
    """Too many fonts, languages or styles, or a style chain too deep or circular; the message is Polish."""


_FONT_WHY = "LibreOffice szuka zamiennika dla każdej czcionki, której nie zna"
_FONT_TODO = ("ogranicz w Wordzie liczbę czcionek (Narzędzia główne → Czcionka), także w stylach, nagłówkach i "
              "stopkach, i usuń zbędne z tabeli czcionek, zapisując szablon ponownie")
_LANGUAGE_WHY = "LibreOffice przygotowuje dane językowe dla każdego z nich"
_LANGUAGE_TODO = ("zaznacz cały tekst i ustaw w Wordzie jeden język (Recenzja → Język → Ustaw język sprawdzania), także "
                  "w stylach, nagłówkach i stopkach")
# a style element with any prefix or none, followed by any whitespace (`<w:style\n` is XML-equal to `<w:style `)
_STYLE = re.compile(rb"[<:]style[\s/>]")


def check(part: str, tree, blob: bytes) -> None:
    """Refused for a part naming too many fonts or languages, or whose styles are too many, too deep or circular;
    only parts with such words are walked."""
    if any(word in blob for word in (b"rFonts", b"<w:font ", b"sym", b"typeface", b"font-family")):
        _check_distinct(f"część {part}", fonts(tree), MAX_FONTS, "różnych czcionek", _FONT_WHY, _FONT_TODO)
    if b"lang" in blob:
        _check_distinct(f"część {part}", languages(tree), MAX_LANGUAGES, "różnych języków tekstu", _LANGUAGE_WHY, _LANGUAGE_TODO)
    if b"basedOn" in blob or _STYLE.search(blob):
        check_styles(part, tree)


def check_template(trees: dict) -> None:
    """The same bounds over all parts together: LibreOffice lays out one document, so fonts and languages spread
    over hundreds of header and footer parts (one per section) cost it as much as in one part."""
    _check_distinct("wszystkie części razem", set().union(*(fonts(t) for t in trees.values())), MAX_FONTS,
                    "różnych czcionek", _FONT_WHY, _FONT_TODO)
    _check_distinct("wszystkie części razem", set().union(*(languages(t) for t in trees.values())), MAX_LANGUAGES,
                    "różnych języków tekstu", _LANGUAGE_WHY, _LANGUAGE_TODO)


def fonts(tree) -> set[str]:
    """Font families a part names: in runs and styles, its font table, symbol characters (w:sym), and the text
    of charts, shapes and the theme (DrawingML typeface; +mn-lt and the like name the theme's, counted there)."""
    return (_values(tree, ("rFonts",), _FONT_ATTRIBUTES) | _values(tree, ("font",), ("name",))
            | _values(tree, ("sym",), ("font",))
            | {v for v in _values(tree, _DRAWING_FONTS, ("typeface",), _DRAWINGML) if not v.startswith("+")}
            | _wordart_fonts(tree))


def _wordart_fonts(tree) -> set[str]:
    """Fonts VML WordArt draws its string in (v:textpath style="font-family:…")."""
    found = set()
    for path in tree.iter(f"{{{_VML}}}textpath"):
        for key, value in path.attrib.items():
            if etree.QName(key).localname == "style":
                found.update(name.strip().strip("'\"").strip().lower()
                             for family in _FONT_FAMILY.findall(value) for name in family.split(","))
    return found - {""}


def languages(tree) -> set[str]:
    """Languages text is marked with: w:lang, and a chart's or shape's runs (lang, altLang) and a chart's c:lang."""
    return (_values(tree, ("lang",), _LANGUAGE_ATTRIBUTES) | _values(tree, _DRAWING_RUNS, ("lang", "altLang"), _DRAWINGML)
            | _values(tree, ("lang",), ("val",), _CHART_LANGUAGE))


def _values(tree, locals_: tuple[str, ...], attributes: tuple[str, ...], namespaces=_WORD) -> set[str]:
    """Distinct values (case and spaces ignored) of those attributes of elements of those names and namespaces."""
    found = set()
    for element in tree.iter(*(f"{{*}}{local}" for local in locals_)):
        if etree.QName(element).namespace not in namespaces:
            continue
        for key, value in element.attrib.items():
            if etree.QName(key).localname in attributes and value.strip():
                found.add(value.strip().lower())
    return found


def _check_distinct(where: str, values: set[str], limit: int, what: str, why: str, todo: str) -> None:
    if len(values) > limit:
        shown = ", ".join(f"„{v[:30]}”" for v in sorted(values)[:3])
        raise Refused(f"{where}: szablon używa {thousands(len(values))} {what} (najwyżej {limit}; np. {shown}) – "
                      f"{why}, co przy każdym piśmie trwa minuty; {todo}")


def check_styles(part: str, tree) -> None:
    """At most MAX_STYLES styles, each with a basedOn chain of at most MAX_STYLE_DEPTH styles and no cycle."""
    parents = {}
    for style in tree.iter("{*}style"):
        if etree.QName(style).namespace not in _WORD:
            continue
        ident = _attribute(style, "styleId")
        based = next((c for c in style if isinstance(c.tag, str) and etree.QName(c).localname == "basedOn"), None)
        parents[ident] = _attribute(based, "val") if based is not None else None
    if len(parents) > MAX_STYLES:
        raise Refused(f"część {part}: szablon ma {thousands(len(parents))} stylów (najwyżej {thousands(MAX_STYLES)}) – "
                      "LibreOffice tworzy każdy przy każdym piśmie; usuń zbędne style w Wordzie (Narzędzia główne → "
                      "Style → Zarządzaj stylami)")
    depth: dict[str, int] = {}
    for start in parents:
        chain, style = [], start
        while style in parents and style not in depth:
            if style in chain:
                cycle = chain[chain.index(style):] + [style]
                raise Refused(f"część {part}: style są oparte jeden na drugim w koło ({' → '.join(_names(cycle))}) – "
                              "LibreOffice przy każdym piśmie zawiesza się albo ulega awarii; w Wordzie zmień w "
                              "jednym z nich „Styl oparty na” (Zmodyfikuj styl) na Normalny")
            chain.append(style)
            style = parents[style]
        below = depth.get(style, 0)
        for style in reversed(chain):
            below = depth[style] = below + 1
            if below - 1 > MAX_STYLE_DEPTH:  # the styles it is based on
                raise Refused(f"część {part}: styl „{_name(style)}” jest oparty na ponad {MAX_STYLE_DEPTH} stylach po "
                              "kolei (styl oparty na stylu opartym na …) – LibreOffice odczytuje każdą cechę przez "
                              "cały łańcuch, co przy każdym piśmie trwa minuty; w Wordzie ustaw w nim „Styl oparty "
                              "na” (Zmodyfikuj styl) bliżej Normalnego")


def _attribute(element, name: str) -> str:
    return next((v for k, v in element.attrib.items() if etree.QName(k).localname == name), "")


def _name(style: str) -> str:
    return style[:40]


def _names(styles: list[str]) -> list[str]:
    return [f"„{_name(s)}”" for s in styles]
