"""Drawings and runs Word does not show but LibreOffice prints, or that no page shows: refused by name.

A drawing hidden in Word's Selection Pane (wp:docPr, pic:cNvPr … hidden="1"), a VML shape styled
visibility:hidden and a run marked w:specVanish (ECMA-376 Part 1 §17.3.2.36: always hidden) are not shown by Word;
LibreOffice 7.4 prints them in the PDF – the letter and its PDF would say different things, and the public
version would carry a text its reader never sees (rev-tpl18 3, 8). A drawing anchored wholly off every page
(a position beyond the page's size either way, DrawingML's or a VML shape's style) is printed by neither, yet its
text stays in the file.
"""

from __future__ import annotations

import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_LARGEST_PAGE = 31680  # twips: 22 inches, Word's largest page side
_EMU_PER_TWIP = 635
_HIDDEN_VML = re.compile(r"(^|;)\s*visibility\s*:\s*hidden\s*(;|$)", re.I)
_VML = "urn:schemas-microsoft-com:vml"
_VML_SHAPES = ("shape", "rect", "roundrect", "oval", "line", "polyline", "arc", "curve", "image", "group", "textbox")
_CSS_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d*)?|-?\.\d+)\s*(pt|in|cm|mm|pc|px|emu)?\s*$", re.I)
_EMU_PER_UNIT = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "pc": 152400, "px": 9525, "emu": 1, None: 9525}
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
        if local in _VML_SHAPES and etree.QName(element).namespace == _VML and \
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
    for name, start, length in _anchored(root) + _vml_positioned(root):
        if start >= page or start + length + page <= 0:
            raise Refused(f"część {part}: obiekt „{name}” leży poza stroną (przesunięty o {start / 360000:.0f} cm) – "
                          "nie widać go na żadnej stronie, a jego treść zostaje w pliku; przesuń go na stronę albo "
                          "usuń go")


def _anchored(root) -> list[tuple[str, int, int]]:
    """DrawingML anchors' (name, offset, size) in EMU, each axis apart."""
    found = []
    for anchor in root.iter(f"{{{WP}}}anchor"):
        extent = anchor.find(f"{{{WP}}}extent")
        for axis, size in (("H", "cx"), ("V", "cy")):
            offset = anchor.find(f"{{{WP}}}position{axis}/{{{WP}}}posOffset")
            start = None if offset is None or extent is None else _integer(offset.text)
            if start is not None:
                found.append((_name(anchor.find(f"{{{WP}}}docPr")), start, _integer(extent.get(size)) or 0))
    return found


def _vml_positioned(root) -> list[tuple[str, int, int]]:
    """VML shapes placed by their style (Word's compatibility-mode w:pict, rev-tpl19 3): (name, left + margin-left
    or top + margin-top, width or height) in EMU. A group's children are in its own coordinates: not read."""
    found = []
    for shape in root.iter(*(f"{{{_VML}}}{local}" for local in _VML_SHAPES)):
        if any(etree.QName(a).namespace == _VML for a in shape.iterancestors(tag=etree.Element)):
            continue
        style = dict((key.strip().lower(), value) for key, _, value in
                     (item.partition(":") for item in (shape.get("style") or "").split(";")))
        if style.get("position", "").strip().lower() != "absolute":
            continue
        for start, extra, size in (("left", "margin-left", "width"), ("top", "margin-top", "height")):
            offsets = [_emu(style.get(key)) for key in (start, extra)]
            if any(offset is not None for offset in offsets):
                found.append((_name(shape), sum(o or 0 for o in offsets), max(_emu(style.get(size)) or 0, 0)))
    return found


def _emu(value: str | None) -> int | None:
    """A VML style length (pt, in, cm, mm, pc, px – a bare number is px – or emu) in EMU."""
    found = _CSS_LENGTH.match(value or "")
    return None if not found else round(float(found.group(1)) * _EMU_PER_UNIT[(found.group(2) or "").lower() or None])


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
