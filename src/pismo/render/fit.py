"""One page when the text fits: tighten spacing before a document breaks onto a nearly empty page.

Word and LibreOffice cannot shrink spacing to fit, so pismo estimates the height of a rendered
document from its WordprocessingML (paragraph lengths, sizes, spacing, table rows). A document
that overflows one page by a little gets half its paragraph spacing and slightly tighter lines;
a document that needs two pages anyway keeps the house spacing.
"""

from __future__ import annotations

import math
import re

from lxml import etree

from pismo.render import package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAGE_HEIGHT = 728.0  # pt: A4 (841.9) minus the 2 cm top and bottom margins
TEXT_WIDTH = 467.7  # pt: 21 cm minus 2.5 and 2 cm
CHAR_WIDTH = 0.44  # average advance of Times New Roman in Polish prose, in ems
LINE_HEIGHT = 1.15  # single line spacing, in ems
TIGHT_LINE = 228  # 95 % of single spacing, in 240ths of a line
# Tighten only what a tighter page can hold: beyond this share of a page the document needs two.
TIGHTEN_FROM, TIGHTEN_UP_TO = 0.95, 1.25

_SPACING = re.compile(rb"<w:spacing\b[^>]*>")
_BEFORE_AFTER = re.compile(rb'(\bw:(?:before|after)=")([0-9]{1,9})(")')  # longer numbers are left as they are
_NUMBER = re.compile(r"-?[0-9]{1,9}")  # what the estimate reads: ASCII digits, a size Word could mean
_DEFAULT_LINE = re.compile(rb'(<w:pPrDefault><w:pPr><w:spacing\b[^>]*?\bw:line=")240(")')


def _number(value: str | None) -> int | None:
    """An attribute's whole number, or None for anything else (a template's odd value is ignored, not fatal).

    Only ASCII digits: str.isdigit() is also true for '²' or '١', which int() refuses or reads as a digit
    Word does not; and at most nine of them, so that no value overflows the estimate.
    """
    return int(value) if value is not None and _NUMBER.fullmatch(value) else None


def _twips(element, attribute: str) -> float:
    value = _number(element.get(W + attribute)) if element is not None else None
    return value / 20 if value is not None else 0.0


def _half_points(element) -> float | None:
    value = _number(element.get(W + "val"))
    return value / 2 if value is not None and value >= 0 else None


class Styles:
    """The paragraph styles' size, spacing and indent, as far as the estimate needs them."""

    def __init__(self, styles_xml: bytes | None) -> None:
        self.props: dict[str, dict] = {}
        if not styles_xml:
            return
        root = etree.fromstring(styles_xml, package.safe_parser())
        for style in root.iter(W + "style"):
            ppr, rpr = style.find(W + "pPr"), style.find(W + "rPr")
            self.props[style.get(W + "styleId")] = _props(ppr, rpr)

    def of(self, style_id: str | None) -> dict:
        return self.props.get(style_id or "Normal", self.props.get("Normal", {}))


def _props(ppr, rpr) -> dict:
    found = {}
    if ppr is not None:
        spacing, ind = ppr.find(W + "spacing"), ppr.find(W + "ind")
        for name in ("before", "after"):
            if spacing is not None and spacing.get(W + name) is not None:
                found[name] = _twips(spacing, name)
        if ind is not None:
            found["left"] = _twips(ind, "left")
            found["first"] = _twips(ind, "firstLine")
    size = rpr.find(W + "sz") if rpr is not None else None
    if size is not None and _half_points(size) is not None:
        found["size"] = _half_points(size)
    return found


def _paragraph(p, width: float, styles: Styles) -> float:
    ppr = p.find(W + "pPr")
    style = ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None else None
    props = {**styles.of(style), **_props(ppr, None)}
    sizes = [size for size in map(_half_points, p.iter(W + "sz")) if size is not None]
    size = max(sizes) if sizes else props.get("size", 12.0)
    text = "".join(t.text or "" for t in p.iter(W + "t")) + " " * 4 * len(list(p.iter(W + "tab")))
    usable = max(width - props.get("left", 0.0), 36.0)
    length = len(text) * CHAR_WIDTH * size + props.get("first", 0.0)
    lines = max(1, math.ceil(length / usable))
    return props.get("before", 0.0) + lines * LINE_HEIGHT * size + props.get("after", 0.0)


def _table(tbl, styles: Styles) -> float:
    total = 0.0
    for row in tbl.findall(W + "tr"):
        heights = [0.0]
        for cell in row.findall(W + "tc"):
            width = _twips(cell.find(f"{W}tcPr/{W}tcW"), "w") or TEXT_WIDTH
            heights.append(sum(_block(child, width, styles) for child in cell))
        total += max(heights)
    return total


def _block(element, width: float, styles: Styles) -> float:
    if element.tag == W + "p":
        return _paragraph(element, width, styles)
    if element.tag == W + "tbl":
        return _table(element, styles)
    return 0.0


def height(document_xml: bytes, styles_xml: bytes | None) -> float:
    """Estimated height of the body in points, ignoring page breaks."""
    root = etree.fromstring(document_xml, package.safe_parser())
    body = root.find(W + "body")
    styles = Styles(styles_xml)
    return sum(_block(child, TEXT_WIDTH, styles) for child in body) if body is not None else 0.0


def needs_tightening(document_xml: bytes, styles_xml: bytes | None) -> bool:
    """A document a little over one page: tighter spacing keeps it on one."""
    if b"w:pageBreakBefore" in document_xml or b'w:type="page"' in document_xml:
        return False
    return TIGHTEN_FROM * PAGE_HEIGHT < height(document_xml, styles_xml) <= TIGHTEN_UP_TO * PAGE_HEIGHT


def tighten(xml: bytes) -> bytes:
    """Halve every paragraph's space before and after; single line spacing down to 95 %."""
    half = lambda m: m.group(1) + str(int(m.group(2)) // 2).encode() + m.group(3)  # noqa: E731
    xml = _SPACING.sub(lambda m: _BEFORE_AFTER.sub(half, m.group()), xml)
    return _DEFAULT_LINE.sub(rb"\g<1>" + str(TIGHT_LINE).encode() + rb"\g<2>", xml)


def fit_parts(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts of a rendered document, tightened when that keeps it on one page."""
    found = dict(parts)
    document, styles = found.get("word/document.xml"), found.get("word/styles.xml")
    if document is None or not needs_tightening(document, styles):
        return parts
    return [(name, tighten(blob) if name in ("word/document.xml", "word/styles.xml") else blob)
            for name, blob in parts]
