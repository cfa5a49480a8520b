"""Objects in a Word document whose content is no text of the document: an embedded file (an Excel sheet pasted
as an object – how units paste an actions table), a chart, a SmartArt diagram, a picture.

Word shows and prints them where they stand, so they are never dropped silently: a SmartArt's text (in its data
part) is read as a list where the diagram stands; any other object leaves a line marked UNREAD in its place, which
recognition turns into a note on its part of the plan, and the document's warning names them all.
"""

from __future__ import annotations

from lxml import etree

from pismo.render.package import safe_parser

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_O = "{urn:schemas-microsoft-com:office:office}"
_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
UNREAD = "\U000f0000"  # starts a line that stands for an object: a character no text has (a plane-15 private one)
MAX_DIAGRAM_ITEMS = 200  # a diagram's boxes read as lines; a plan's SmartArt has a handful
# what all diagrams together may put into the text: many drawings may name one data part (each reads it once
# more), so the text they make is bounded, not only the data part
MAX_DIAGRAM_LINES, MAX_DIAGRAM_CHARACTERS = 20_000, 10 * 1024 * 1024
_PROGRAMS = (("excel.chart", "wykres programu Excel"), ("excel", "arkusz programu Excel"),
             ("word", "dokument programu Word"), ("powerpoint", "prezentacja programu PowerPoint"),
             ("acroexch", "dokument PDF"), ("package", "wstawiony plik"))


class TooMuchText(Exception):
    """The document's diagrams together hold more text than any plan; the message is for the user."""


def unread(text: str) -> str | None:
    """What object a line stands for ("osadzony obiekt (arkusz programu Excel)"), None for a line of text."""
    return text[len(UNREAD):].strip() if text.startswith(UNREAD) else None


def replace_objects(body, related) -> list[str]:
    """Put in place of each object of the body what can be read of it; return the objects not read, as a warning
    names them. related(rId) is the bytes of a part the document's relationship names (None: none)."""
    found = []
    diagrams = _Diagrams(related)
    own: dict = {}  # paragraph → whether it has text of its own, asked before any diagram of it is replaced
    for ole in list(body.iter(_O + "OLEObject")):
        holder = ole.getparent()  # w:object (or an old w:pict)
        if holder is not None and holder.getparent() is not None:
            found.append(_put(holder, f"osadzony obiekt ({_program(ole.get('ProgID') or '')})"))
    for data in list(body.iter(_A + "graphicData")):
        drawing = next(data.iterancestors(_W + "drawing"), None)
        if drawing is None or drawing.getparent() is None:
            continue
        if data.get("uri") == _CHART:
            found.append(_put(drawing, "wykres"))
        elif data.get("uri") == _DIAGRAM:
            ids = data.find(_DGM + "relIds")
            texts = diagrams.texts(ids.get(_R + "dm") if ids is not None else None)
            found += [] if texts else [_put(drawing, "diagram SmartArt")]
            if texts:
                _put_texts(drawing, texts, _has_text(drawing, own))
    return found


class _Diagrams:
    """The texts of the diagrams' data parts, each part read once however many drawings name it (400 drawings
    naming one part of 90 000 boxes took minutes), and what all of them put into the text, counted."""

    def __init__(self, related) -> None:
        self.related, self.read, self.lines, self.characters = related, {}, 0, 0

    def texts(self, rid: str | None) -> list[str]:
        data = self.related(rid) if rid else None
        key = id(data)  # the same part's bytes, under any relationship naming it
        if key not in self.read:
            texts = _diagram_texts(data)
            self.read[key] = data, texts, sum(map(len, texts))
        _data, texts, characters = self.read[key]
        self.lines, self.characters = self.lines + len(texts), self.characters + characters
        if self.lines > MAX_DIAGRAM_LINES or self.characters > MAX_DIAGRAM_CHARACTERS:
            raise TooMuchText(f"diagramy SmartArt w dokumencie mają razem ponad {MAX_DIAGRAM_LINES} pól albo "
                              f"{MAX_DIAGRAM_CHARACTERS // (1024 * 1024)} MB tekstu – plan działania ma ich "
                              "kilka; to nie wygląda na plan – sprawdź, czy to właściwy plik, albo skopiuj do "
                              "osobnego pliku .txt tylko tekst planu")
        return texts


def _program(prog_id: str) -> str:
    name = prog_id.lower()
    return next((what for start, what in _PROGRAMS if name.startswith(start)), "obiekt innego programu")


def _put(node, what: str) -> str:
    """Replace node by a line standing for it (in a table's cell: by nothing – the warning names it)."""
    inside_cell = next(node.iterancestors(_W + "tc"), None) is not None
    _replace(node, [] if inside_cell else [f"\n{UNREAD}{what}\n"])
    return what


def _put_texts(node, texts: list[str], in_sentence: bool) -> None:
    """A diagram's boxes as list items where it stands (in a table's cell: one after another, as a cell reads).
    A diagram in a paragraph with text of its own (anchored mid-sentence) becomes a floating text box of its
    boxes: read apart before the paragraph and marked, never cutting the sentence and glued to its rest."""
    if next(node.iterancestors(_W + "tc"), None) is not None:
        _replace(node, ["; ".join(texts)])
    elif in_sentence:
        node.getparent().replace(node, _diagram_box(node, texts))
    else:
        _replace(node, [f"\n• {text}" for text in texts] + ["\n"])


DIAGRAM = "pismo-diagram"  # the attribute of a floating box made of a diagram's boxes


def _diagram_box(node, texts: list[str]):
    """A floating text box (wp:anchor → wps:txbx) holding a paragraph "• box" per diagram box."""
    wps = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
    drawing = node.makeelement(_W + "drawing")
    anchor = etree.SubElement(drawing, "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
                                       "anchor", {DIAGRAM: "1"})
    content = etree.SubElement(etree.SubElement(etree.SubElement(anchor, wps + "wsp"), wps + "txbx"),
                               _W + "txbxContent")
    for text in texts:
        etree.SubElement(etree.SubElement(etree.SubElement(content, _W + "p"), _W + "r"), _W + "t").text = f"• {text}"
    return drawing


def _has_text(node, own: dict) -> bool:
    """Whether the paragraph the node stands in has text of its own (looked at once per paragraph)."""
    paragraph = next(node.iterancestors(_W + "p"), None)
    if paragraph not in own:
        own[paragraph] = paragraph is not None and any((t.text or "").strip() for t in paragraph.iter(_W + "t"))
    return own[paragraph]


def _replace(node, texts: list[str]) -> None:
    parent = node.getparent()
    at = parent.index(node)
    parent.remove(node)
    for offset, text in enumerate(texts):
        piece = parent.makeelement(_W + "t")
        piece.text = text
        parent.insert(at + offset, piece)


def _diagram_texts(data: bytes | None) -> list[str]:
    """The text of a SmartArt's boxes (its data part's points of type "node"), a box a line; [] when unreadable."""
    if not data:
        return []
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        return []
    texts = []
    for point in root.iter(_DGM + "pt"):
        if point.get("type", "node") != "node":
            continue
        lines = [" ".join("".join(p.itertext(_A + "t")).split()) for p in point.iter(_A + "p")]
        text = " ".join(line for line in lines if line)
        if text:
            texts.append(text)
        if len(texts) >= MAX_DIAGRAM_ITEMS:
            break
    return texts
