"""Drawings and runs Word does not show but LibreOffice prints, or that no page shows: refused by name.

A drawing hidden in Word's Selection Pane (wp:docPr, pic:cNvPr … hidden="1"), a VML shape styled
visibility:hidden and a run marked w:specVanish (ECMA-376 Part 1 §17.3.2.36: always hidden) are not shown by Word;
LibreOffice 7.4 prints them in the PDF – the letter and its PDF would say different things, and the public
version would carry a text its reader never sees (rev-tpl18 3, 8). A drawing anchored wholly off every page
(a position beyond the page's size either way) is printed by neither, yet its text stays in the file.
"""

from __future__ import annotations

import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_LARGEST_PAGE = 31680  # twips: 22 inches, Word's largest page side
_EMU_PER_TWIP = 635
_HIDDEN_VML = re.compile(r"(^|;)\s*visibility\s*:\s*hidden\s*(;|$)", re.I)
_SELECTION_PANE = "odkryj go w okienku Zaznaczenie (Narzędzia główne → Zaznacz → Okienko zaznaczenia) albo usuń go"


class Refused(Exception):
    """A drawing or run no page of Word shows; the message is Polish and names the part and the object."""


def check(part: str, tree) -> None:
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    for element in root.iter(tag=etree.Element):
        local = etree.QName(element).localname
        if local in ("docPr", "cNvPr") and (element.get("hidden") or "").strip().lower() in ("1", "true", "on"):
            raise Refused(f"część {part}: obiekt „{_name(element)}” jest ukryty – Word go nie pokazuje, a PDF by go "
                          f"wydrukował; {_SELECTION_PANE}")
        if local in ("shape", "rect", "roundrect", "oval", "line", "polyline", "arc", "curve", "image", "group",
                     "textbox") and etree.QName(element).namespace == "urn:schemas-microsoft-com:vml" and \
                _HIDDEN_VML.search(element.get("style") or ""):
            raise Refused(f"część {part}: kształt „{element.get('id') or local}” jest ukryty (visibility:hidden) – "
                          f"Word go nie pokazuje, a PDF by go wydrukował; {_SELECTION_PANE}")
        if local == "specVanish" and element.getparent() is not None and \
                etree.QName(element.getparent()).localname == "rPr" and not _paragraph_mark(element.getparent()):
            raise Refused(f"część {part}: tekst „{_text(element)}” jest zawsze ukryty (w:specVanish) – Word go nie "
                          "pokazuje, a PDF by go wydrukował; usuń ten tekst albo jego ukrycie (zaznacz go i wyczyść "
                          "formatowanie: Narzędzia główne → Wyczyść całe formatowanie)")
    _check_on_page(part, root)


def _check_on_page(part: str, root) -> None:
    """Anchored drawings whose position puts them off every page: the page's origin of any frame (page, margin,
    column, paragraph) lies on the page, so an offset beyond the page's side either way leaves it off."""
    sides = [_integer(size.get(f"{{{W}}}{axis}")) for size in root.iter(f"{{{W}}}pgSz") for axis in ("w", "h")]
    page = max([side for side in sides if side] or [_LARGEST_PAGE]) * _EMU_PER_TWIP
    for anchor in root.iter(f"{{{WP}}}anchor"):
        extent = anchor.find(f"{{{WP}}}extent")
        for axis, size in (("H", "cx"), ("V", "cy")):
            offset = anchor.find(f"{{{WP}}}position{axis}/{{{WP}}}posOffset")
            if offset is None or extent is None:
                continue
            start, length = _integer(offset.text), _integer(extent.get(size)) or 0
            if start is not None and (start >= page or start + length + page <= 0):
                docpr = anchor.find(f"{{{WP}}}docPr")
                raise Refused(f"część {part}: obiekt „{_name(docpr)}” leży poza stroną (przesunięty o "
                              f"{start / 360000:.0f} cm) – nie widać go na żadnej stronie, a jego treść zostaje w "
                              "pliku; przesuń go na stronę albo usuń go")


def _integer(value) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _paragraph_mark(properties) -> bool:
    parent = properties.getparent()
    return parent is not None and etree.QName(parent).localname == "pPr"


def _name(element) -> str:
    return "" if element is None else (element.get("name") or element.get("id") or "")[:60]


def _text(element) -> str:
    run = element.getparent().getparent()
    text = "".join(t.text or "" for t in run.iter(f"{{{W}}}t")) if run is not None else ""
    return text if len(text) <= 60 else text[:57] + "…"
