"""Drawings and runs Word does not show but LibreOffice prints, or that no page shows: refused by name.

A drawing hidden in Word's Selection Pane (wp:docPr, pic:cNvPr … hidden="1"), a VML shape styled
visibility:hidden and a run marked w:specVanish (ECMA-376 Part 1 §17.3.2.36: always hidden) are not shown by Word;
LibreOffice 7.4 prints them in the PDF – the letter and its PDF would say different things, and the public
version would carry a text its reader never sees (rev-tpl18 3, 8). A drawing placed wholly off every page, or
a text box whose text area reaches off it, is printed by neither reader, yet its text stays in the file – judged
for DrawingML anchors, the shapes of a group and VML shapes alike, at every position a reader takes.
"""

from __future__ import annotations

import math
import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_LARGEST_PAGE = 31680  # twips: 22 inches, Word's largest page side
_EMU_PER_TWIP = 635
_HIDDEN_VML = re.compile(r"(^|;)\s*visibility\s*:\s*hidden\s*(;|$)", re.I)
_VML = "urn:schemas-microsoft-com:vml"
_VML_SHAPES = ("shape", "rect", "roundrect", "oval", "line", "polyline", "arc", "curve", "image", "group", "textbox")
# as the readers read it: a sign, a fraction, an exponent („+3000pt”, „3e3pt” – rev-tpl20 14)
_CSS_LENGTH = re.compile(r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(pt|in|cm|mm|pc|px|emu)?\s*$", re.I)
_EMU_PER_UNIT = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "pc": 152400, "px": 9525, "emu": 1, None: 9525}
_SELECTION_PANE = "odkryj go w okienku Zaznaczenie (Narzędzia główne → Zaznacz → Okienko zaznaczenia) albo usuń go"


class Refused(Exception):
    """A drawing or run no page of Word shows; the message is Polish and names the part and the object."""


def check(part: str, tree, document=None, styles=None, sheets: "Sheets | None" = None) -> None:
    """document: the main document's tree, whose sections give a header's or footer's page; styles: the styles'
    tree, whose shading a white run may stand on; sheets: what the template's page parts lay under text (drawn();
    None: judged from this part and the document alone)."""
    root = _root(tree)
    page = _Backdrop(part, root, document, styles, sheets)
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
        if local == "r":
            _check_run(part, element, page)
    _check_on_page(part, root, document)
    _check_exact(part, root)
    _check_styles(part, root, [document] if sheets is None else sheets.texts)


# A run drawn where or how no page shows it (rev-tpl21 6): raised or lowered past a few lines (w:position, half-
# points), smaller than any letter's font (w:sz, half-points), scaled to a sliver (w:w, percent), white on white.
_FARTHEST_SHIFT = 200  # 100 pt
_SMALLEST_SIZE = 8  # 4 pt
_NARROWEST_SCALE = 30
_WHITE = 0xF0  # each channel at least: white to the eye on white paper
_HOW_TO_CLEAR = ("usuń ten tekst albo to formatowanie (zaznacz go i wyczyść formatowanie: Narzędzia główne → Wyczyść "
                 "całe formatowanie)")


def _check_run(part: str, run, page: "_Backdrop") -> None:
    """Refused: a run with text whose own properties put it where or make it so no page shows it, or white on a
    white page whichever gives it the colour – the run, its character or paragraph style, the document's defaults
    (rev-tpl23 8: a style's white passed) –: it stays in the letter's file and in the public version."""
    if not _own_text(run).strip():
        return
    properties = run.find(f"{{{W}}}rPr")
    why, advice = None if properties is None else _unseen_by(properties), _HOW_TO_CLEAR
    if why is None:
        colour, source = page.chains.colour(run)
        if _white(colour) and not page.under(run):
            why, advice = _whitened_by(source)
    if why:
        raise Refused(f"część {part}: tekst „{_quote(run.getparent())}” {why} – nie widać go na stronie, a zostaje w "
                      f"pliku i w wersji do publikacji; {advice}")


def _whitened_by(source) -> tuple[str, str]:
    """Why a white run is refused and what to do, by where its colour comes from (_Chains.colour)."""
    if source is None:
        return "jest biały na białej stronie (Kolor czcionki)", _HOW_TO_CLEAR
    if source == _DEFAULTS:
        return ("jest biały na białej stronie (domyślny kolor czcionki dokumentu)",
                "ustaw zwykły kolor czcionki jako domyślny (Czcionka → Ustaw jako domyślne) albo usuń ten tekst")
    name = source.find(f"{{{W}}}name")
    return (f"jest biały na białej stronie (Kolor czcionki stylu „"
            f"{source.get(f'{{{W}}}styleId') if name is None else name.get(f'{{{W}}}val')}”)",
            "popraw ten styl (okienko Style → Modyfikuj) albo usuń ten tekst")


_RUN_RULES = ("position", "sz", "w")


def _unseen_by(properties, rules=_RUN_RULES) -> str | None:
    """What in run properties (a run's or a style's) puts its text where or makes it so no page shows it; rules:
    the properties judged."""
    shift, size, scale = (_value(properties, local) if local in rules else None for local in _RUN_RULES)
    if shift is not None and abs(shift) > _FARTHEST_SHIFT:
        return (f"jest {'podniesiony' if shift > 0 else 'obniżony'} o {_points(abs(shift) * 6350)} pt (Czcionka → "
                "Zaawansowane → Położenie)")
    if size is not None and size < _SMALLEST_SIZE:
        return f"ma rozmiar {_points(size * 6350)} pt – mniej niż {_points(_SMALLEST_SIZE * 6350)} pt"
    if scale is not None and scale < _NARROWEST_SCALE:
        return f"ma skalę {scale} % (Czcionka → Zaawansowane → Skala)"
    return None


def _check_styles(part: str, root, texts: list) -> None:
    """Refused: the document's defaults, or a style the document's text stands in, whose run properties hide it as
    _unseen_by says – judged for the text that takes the property from it: a run (or its character style) setting
    its own size overrides its paragraph's style, any style setting it the defaults (rev-tpl22 5); what a style is
    based on is followed for what overrides, not for what hides."""
    if etree.QName(root).localname != "styles":
        return
    used = _styled_text(texts, root)
    defaults = root.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
    why = None if defaults is None else next(filter(None, (_unseen_by(defaults, (local,))
                                                          for local in used.get(None, {}))), None)
    if why:
        raise Refused(f"część {part}: domyślne formatowanie dokumentu {why} – tekstu w nim nie widać na stronie, a "
                      "zostaje w pliku; ustaw zwykłe formatowanie (Czcionka → Ustaw jako domyślne)")
    for style in root.iter(f"{{{W}}}style"):
        ident, properties = style.get(f"{{{W}}}styleId") or "", style.find(f"{{{W}}}rPr")
        texts = {} if properties is None else used.get(ident, {})
        why, text = next(((w, t) for w, t in ((_unseen_by(properties, (local,)), t) for local, t in texts.items())
                          if w), (None, None))
        if why:
            name = style.find(f"{{{W}}}name")
            raise Refused(f"część {part}: styl „{ident if name is None else name.get(f'{{{W}}}val')}” {why}, a stoi w "
                          f"nim tekst „{text}” – nie widać go na stronie, a zostaje w pliku i w wersji do "
                          "publikacji; popraw ten styl (okienko Style → Modyfikuj) albo usuń ten tekst")


def _styled_text(texts: list, styles) -> dict[str | None, dict[str, str]]:
    """For each style (id; None: the document's defaults) and run property of _RUN_RULES, the first text of the
    document's runs that take the property from it: a run's character style unless the run sets it, its
    paragraph's style (or the default paragraph style) unless the run or its character style sets it, the
    defaults unless any of them does. texts: the trees of the parts whose text a page prints – the document, its
    headers, footers and notes (rev-tpl23 7: a 1-pt style in a header passed)."""
    chains = _Chains(styles)
    used: dict[str | None, dict[str, str]] = {}
    for run in (r for root in texts if root is not None for r in _root(root).iter(f"{{{W}}}r")):
        text = _own_text(run).strip()
        if not text:
            continue
        text = text if len(text) <= 40 else text[:39] + "…"
        own, holders = run.find(f"{{{W}}}rPr"), chains.holders(run)
        for local in _RUN_RULES:
            if own is not None and own.find(f"{{{W}}}{local}") is not None:
                continue
            for ident in (h for h in holders if h is not None):
                used.setdefault(ident, {}).setdefault(local, text)
                if chains.sets(ident, local):
                    break
            else:
                used.setdefault(None, {}).setdefault(local, text)
    return used


_DEFAULTS = "defaults"  # _Chains.colour's source: the document's defaults (w:docDefaults)


class _Chains:
    """The one index of a template's styles (styles: its tree, None when it has none): each style by its id (the
    first of an id), the default paragraph style's id, the document's default run properties; what a style's chain
    up w:basedOn gives, walked by ids (rev-tpl23 11: id() of freed element proxies is reused)."""

    def __init__(self, styles) -> None:
        root = None if styles is None else _root(styles)
        self.styles: dict = {}
        for style in () if root is None else root.iter(f"{{{W}}}style"):
            if style.get(f"{{{W}}}styleId") is not None:
                self.styles.setdefault(style.get(f"{{{W}}}styleId"), style)
        self.default = next((i for i, s in self.styles.items() if s.get(f"{{{W}}}type") == "paragraph" and
                             (s.get(f"{{{W}}}default") or "").strip().lower() in _ON), None)
        self.defaults = None if root is None else root.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
        self._found: dict = {}

    def chain(self, ident: str | None):
        """A style and those it is based on, nearest first, each once."""
        seen: set[str] = set()
        while ident in self.styles and ident not in seen:
            seen.add(ident)
            yield self.styles[ident]
            based = self.styles[ident].find(f"{{{W}}}basedOn")
            ident = None if based is None else based.get(f"{{{W}}}val")

    def found(self, ident: str | None, path: str) -> tuple:
        """The first element at path in a style's chain and the style giving it; (None, None) when none does."""
        if (ident, path) not in self._found:
            self._found[ident, path] = next(((s.find(path), s) for s in self.chain(ident)
                                              if s.find(path) is not None), (None, None))
        return self._found[ident, path]

    def sets(self, ident: str, local: str) -> bool:
        """Whether a style, or one it is based on, sets a run property."""
        return self.found(ident, f"{{{W}}}rPr/{{{W}}}{local}")[0] is not None

    def holders(self, run) -> tuple:
        """The styles a run takes its properties from, nearest first: its character style's id (None: none) and
        its paragraph's style's – the default paragraph style's when it names none or one not defined."""
        character = run.find(f"{{{W}}}rPr/{{{W}}}rStyle")
        paragraph = next(run.iterancestors(f"{{{W}}}p"), None)
        held = None if paragraph is None else paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        held = None if held is None else held.get(f"{{{W}}}val")
        return (None if character is None else character.get(f"{{{W}}}val") or "",
                held if held in self.styles else self.default)

    def colour(self, run) -> tuple:
        """The w:color a run takes and its source – None (its own), a style, _DEFAULTS –: its own, else its
        styles' (holders, each up its chain), else the document's defaults; (None, None) when none gives one."""
        own = run.find(f"{{{W}}}rPr/{{{W}}}color")
        if own is not None:
            return own, None
        for ident in self.holders(run):
            colour, style = self.found(ident, f"{{{W}}}rPr/{{{W}}}color")
            if colour is not None:
                return colour, style
        colour = None if self.defaults is None else self.defaults.find(f"{{{W}}}color")
        return colour, None if colour is None else _DEFAULTS


def _value(properties, local: str) -> int | None:
    """A run property's whole-number w:val (None when not given or not a number)."""
    found = properties.find(f"{{{W}}}{local}")
    return None if found is None else _integer(found.get(f"{{{W}}}val"))


def _white(colour) -> bool:
    """Whether a w:color is white to the eye (its theme colour is left out on reading: both readers draw w:val)."""
    value = "" if colour is None else (colour.get(f"{{{W}}}val") or "").strip()
    return bool(re.fullmatch(r"[0-9A-Fa-f]{6}", value)) and all(int(value[i:i + 2], 16) >= _WHITE for i in (0, 2, 4))


_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PAGE_PART = re.compile(r"word/(header|footer)\d*\.xml")
_DOCUMENT = "word/document.xml"
_TEXT_PART = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
_ON = ("1", "true", "on")


def drawn(trees: dict, unsure: bool = False) -> "Sheets":
    """What each page part (the body by section, a header, a footer) draws that a white run on the same page may
    stand on – a header's band reaches under the footer's text (rev-tpl22 1), a logo beside the text does not."""
    return Sheets(trees, unsure)


class Sheets:
    """The drawings that may lie under text, by page: per header and footer part, and per section of the body with
    the header and footer parts the section prints (a section without a reference of a type keeps the previous
    section's). unsure: a part could not be read – any white run passes."""

    def __init__(self, trees: dict, unsure: bool = False) -> None:
        self.unsure, self._targets = unsure, None
        trees = {part.lower(): _root(tree) for part, tree in trees.items() if tree is not None}
        if "word/_rels/document.xml.rels" in trees:
            from pismo.render import reach
            self._targets = {r.get("Id"): reach.resolve("word/_rels/document.xml.rels", (r.get("Target") or "").strip())
                             for r in trees["word/_rels/document.xml.rels"].iter("{*}Relationship")}
        document = trees.get(_DOCUMENT)
        self.page = _Page.of(document if document is not None else etree.Element("page"))
        self.parts = {part: _lying(tree, self.page) for part, tree in trees.items() if _PAGE_PART.fullmatch(part)}
        self.texts = [tree for part, tree in sorted(trees.items(), key=lambda item: item[0] != _DOCUMENT)
                      if _TEXT_PART.fullmatch(part)]  # the document's first: its text is quoted first
        self.background = document is not None and document.find(f"{{{W}}}background") is not None
        self.sections = [] if document is None else self.of_body(document)[0]

    def of_body(self, root) -> tuple[list, dict]:
        """The body's sections as (what their own paragraphs lay under text, what the header and footer parts they
        print do), and each top-level body element's section number."""
        body, sections, where, chunk, printed = root.find(f"{{{W}}}body"), [], {}, [], {}
        for element in () if body is None else body:
            ends = element if element.tag == f"{{{W}}}sectPr" else element.find(f"{{{W}}}pPr/{{{W}}}sectPr")
            if element.tag != f"{{{W}}}sectPr":
                where[element] = len(sections)  # the element, not id(): a freed proxy's id is reused (rev-tpl23 11)
                chunk.append(element)
            if ends is not None:
                sections.append(self._section(chunk, ends, printed))
                chunk = []
        if chunk or not sections:
            sections.append(self._section(chunk, None, printed))
        return sections, where

    def _section(self, elements: list, properties, printed: dict) -> tuple:
        for reference in () if properties is None else properties:
            kind = etree.QName(reference).localname
            if kind in ("headerReference", "footerReference"):
                printed[(kind, reference.get(f"{{{W}}}type") or "default")] = \
                    (self._targets or {}).get(reference.get(f"{{{_R}}}id"))
        parts = set(printed.values()) if self._targets is not None else None
        return _any([_lying(e, self.page) for e in elements]), parts, \
            _any([f for p, f in self.parts.items() if parts is None or p in parts])

    def printing(self, part: str) -> list:
        """The sections whose pages print a header or footer part (all, when none is known to)."""
        return [s for s in self.sections if s[1] is None or part in s[1]] or self.sections


def _any(flags: list) -> tuple[bool, list]:
    return any(b for b, _ in flags), [reach for _, front in flags for reach in front]


def _root(tree):
    return tree.getroot() if hasattr(tree, "getroot") else tree


def _lying(root, page: "_Page") -> tuple[bool, list]:
    """(behind, in front): whether a part or element anchors a drawing that paints behind its text (Word's „Za
    tekstem”, a VML shape of negative z-index), and where on the page (_reach) those in front of it or wrapped by
    it lie, which a text box's text may lie on (rev-tpl23 2: a band the header's text flows above and below, a box
    over it – rev-tpl24 9: only a box meeting it). Inline drawings lie under no text, nor do shapes the text wraps
    around under that text (rev-tpl33: any drawing was a colour)."""
    behind, front = False, []
    for drawing in root.iter(f"{{{WP}}}anchor"):
        if _paints(drawing):
            if (drawing.get("behindDoc") or "").strip().lower() in _ON:
                behind = True
            else:
                front.append(_reach(drawing, page))
    for shape in root.iter(f"{{{_VML}}}*"):
        style = shape.get("style") or ""
        if etree.QName(shape).localname in _VML_SHAPES[:-2] and _vml_paints(shape) and \
                re.search(r"position\s*:\s*absolute", style, re.I):
            if re.search(r"z-index\s*:\s*-", style, re.I):
                behind = True
            else:
                front.append(_ANYWHERE)
    return behind, front


_ANYWHERE = (-math.inf, math.inf)


def _reach(anchor, page: "_Page") -> tuple[float, float]:
    """The top and bottom (EMU from the page's top) between which an anchored drawing may lie, over every extent
    and position a reader takes, turned as it is; a frame not known (a paragraph's, a line's) anywhere on the page,
    but the first paragraph of a header, which starts at the header's distance from the page's top."""
    low, high = math.inf, -math.inf
    rotation = _rotation(next((e for e in anchor.iter(*_SHAPES)), None))
    for size in _extents(anchor):
        (_, top), (_, tall) = _rotated((0, 0), size, size, rotation, (0, 0, 0, 0))
        for (_, y), (_, relative) in _positions(anchor, page, size, rotation):
            first, last = page.origins(1, relative)
            if relative.strip().lower() == "paragraph":
                first, last = _header_paragraph(anchor, page) or (first, last)
            low, high = min(low, first + y + top), max(high, last + y + top + tall)
    return (low, high) if low <= high else _ANYWHERE


def _header_paragraph(anchor, page: "_Page") -> tuple[int, int] | None:
    """Where the paragraph holding an anchor starts, when it is a header's first: at the header's distance."""
    paragraph = next(anchor.iterancestors(f"{{{W}}}p"), None)
    header = None if paragraph is None else paragraph.getparent()
    if header is None or header.tag != f"{{{W}}}hdr" or next(header.iterchildren(etree.Element), None) is not paragraph \
            or page.header is None or paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle") is not None:
        return None  # (a style's spacing before it is not read: anywhere)
    spacing = paragraph.find(f"{{{W}}}pPr/{{{W}}}spacing")
    before = 0 if spacing is None else abs(_twips(spacing, "before"))
    return page.header[0], page.header[1] + before


def _meets(reach: tuple[float, float], fronts: list) -> bool:
    return any(low < reach[1] and reach[0] < high for low, high in fronts)


def _paints(drawing) -> bool:
    """Whether a DrawingML drawing may paint a colour: anything but text boxes known to be unfilled and their text;
    when unsure, a colour."""
    others, boxes = _painters(drawing)
    return others or bool(boxes)


def _vml_paints(shape) -> bool:
    return _filled(shape) or etree.QName(shape).localname == "image" or shape.find(f"{{{_VML}}}imagedata") is not None


def _painters(drawing) -> tuple[bool, set]:
    """What a DrawingML drawing paints: whether anything but text boxes may (unsure: yes), and its filled text
    boxes – a run's box is left out of them (_Backdrop._holder_paints)."""
    data = next(drawing.iter(f"{{{_A}}}graphicData"), None)
    stack, boxes = [] if data is None else list(data), set()
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if element.tag == f"{{{_WPS}}}wsp":
            if _filled(element):
                boxes.add(element)
        elif etree.QName(element).namespace in (_WPG, _A):
            stack.extend(element)
        else:
            return True, boxes
    return False, boxes


def _vml_group_paints(group) -> bool:
    return any(etree.QName(s).localname in _VML_SHAPES[:-2] and _vml_paints(s) for s in group.iter(f"{{{_VML}}}*"))


class _Backdrop:
    """What a part's white runs may stand on, judged once a part (rev-tpl22 9: per run it was quadratic)."""

    def __init__(self, part: str, root, document, styles, sheets: Sheets | None) -> None:
        self.part, self.root, self.styles, self._styles, self._page = part.lower(), root, styles, {}, None
        self._chains: _Chains | None = None
        self._holders: dict = {}  # drawing (kept alive: its proxy's id is not reused) → what it paints
        self.sheets = sheets if sheets is not None else Sheets({part: root, _DOCUMENT: document})

    @property
    def chains(self) -> _Chains:
        """The styles' index, made once a part and only for a part with runs."""
        if self._chains is None:
            self._chains = _Chains(self.styles)
        return self._chains

    def under(self, run) -> bool:
        """Whether a white run may stand on a colour: it or its paragraph shaded or highlighted (directly or by a
        style), a cell or a text box around it filled (_filled_around), the drawing holding its box painting, a
        drawing its page lays under it (_lies_under), a coloured page."""
        paragraph = next(run.iterancestors(f"{{{W}}}p"), None)
        marks = [run.find(f"{{{W}}}rPr/{{{W}}}shd"), run.find(f"{{{W}}}rPr/{{{W}}}highlight")]
        if paragraph is not None:
            marks.append(paragraph.find(f"{{{W}}}pPr/{{{W}}}shd"))
        return any(map(_coloured, marks)) or _filled_around(run) or self._styled(run, paragraph) or \
            self._holder_paints(run) or self._lies_under(run)

    def _styled(self, run, paragraph) -> bool:
        """Whether the styles a run takes from (_Chains.holders) shade it; without the styles part, any style named
        may (when unsure, a colour)."""
        if self.styles is None:
            return run.find(f"{{{W}}}rPr/{{{W}}}rStyle") is not None or \
                paragraph is not None and paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle") is not None
        return any(self._shaded(ident) for ident in self.chains.holders(run) if ident is not None)

    def _holder_paints(self, properties) -> bool:
        """Whether the drawing holding the text box a run is in paints something besides that box – a group's
        rectangle under it, inline or anchored; each drawing judged once (rev-tpl23 5: per run it was quadratic)."""
        box = next(properties.iterancestors(f"{{{W}}}txbxContent"), None)
        drawing = None if box is None else next(box.iterancestors(f"{{{WP}}}anchor", f"{{{WP}}}inline",
                                                                  f"{{{_VML}}}group"), None)
        if drawing is None:
            return False
        if drawing not in self._holders:
            self._holders[drawing] = (_vml_group_paints(drawing), set()) if drawing.tag == f"{{{_VML}}}group" \
                else _painters(drawing)
        others, boxes = self._holders[drawing]
        shape = next((a for a in box.iterancestors() if a.tag == f"{{{_WPS}}}wsp"), None)
        return others or len(boxes) > (shape in boxes)

    def _lies_under(self, properties) -> bool:
        """Whether a drawing on the run's page lies behind text, or – for a run in a text box, which lies over
        it (a banner's rectangle under a transparent box) – in front of the page's text: in the run's own section
        of the body and the header and footer parts it prints; for a header or footer, in every section printing
        it (rev-tpl33)."""
        if self.sheets.unsure or self.sheets.background or self.root.find(f"{{{W}}}background") is not None:
            return True
        if self._page is None:
            if self.part == _DOCUMENT:
                self._page = self.sheets.of_body(self.root)
            else:
                self._page = ([(_lying(self.root, self.sheets.page), None, (False, []))] +
                              (self.sheets.printing(self.part) if _PAGE_PART.fullmatch(self.part) else
                               self.sheets.sections), {})
        sections, where = self._page
        top = next((a for a in properties.iterancestors() if a in where), None)
        flags = [f for own, _, printed in (sections if top is None else [sections[where[top]]]) for f in (own, printed)]
        box = next(properties.iterancestors(f"{{{W}}}txbxContent"), None)
        anchor = None if box is None else next(box.iterancestors(f"{{{WP}}}anchor", f"{{{WP}}}inline",
                                                                 f"{{{_VML}}}*"), None)
        reach = _ANYWHERE if anchor is None or anchor.tag != f"{{{WP}}}anchor" else _reach(anchor, self.sheets.page)
        return any(behind or box is not None and _meets(reach, front) for behind, front in flags)

    def _shaded(self, ident: str) -> bool:
        """Whether a style, or what it is based on, shades its text."""
        if ident not in self._styles:
            self._styles[ident] = self._style_shaded(ident)
        return self._styles[ident]

    def _style_shaded(self, ident: str) -> bool:
        """A chain longer than _DEEPEST is taken as shaded (unsure)."""
        chain = self.chains.chain(ident)
        for depth, style in enumerate(chain):
            if depth == _DEEPEST or any(_coloured(style.find(path)) for path in (
                    f"{{{W}}}pPr/{{{W}}}shd", f"{{{W}}}rPr/{{{W}}}shd", f"{{{W}}}rPr/{{{W}}}highlight")):
                return True
        return False


_DEEPEST = 20  # styles in a chain up w:basedOn judged for shading
_NO_COLOUR = ("", "auto", "none", "ffffff", "#ffffff", "white", "bg1", "lt1")


def _coloured(mark) -> bool:
    """Whether a shading (w:shd: its fill, its pattern's colour, a theme's fill) or a highlight gives a colour other
    than white (rev-tpl22 1: w:val="solid" draws w:color, not w:fill)."""
    if mark is None:
        return False
    value = (mark.get(f"{{{W}}}val") or "").strip().lower()
    if etree.QName(mark).localname == "highlight":
        return value not in _NO_COLOUR
    fill, colour = ((mark.get(f"{{{W}}}{k}") or "").strip().lower() for k in ("fill", "color"))
    return fill not in _NO_COLOUR or mark.get(f"{{{W}}}themeFill") is not None or \
        value not in ("", "clear", "nil") and colour not in ("ffffff", "white")


def _filled_around(properties) -> bool:
    """Whether a cell or text box around a run may be filled with a colour – at any depth (a table in a filled
    box, a table in a shaded cell: rev-tpl22 1): a cell shaded, in a table shaded or given a table style (whose
    fills are not judged here); a text box whose shape has a fill other than white, or a theme's."""
    for holder in properties.iterancestors(tag=etree.Element):
        local = etree.QName(holder).localname
        if local == "tc":
            table = next(holder.iterancestors(f"{{{W}}}tbl"), None)
            table = None if table is None else table.find(f"{{{W}}}tblPr")
            if _coloured(holder.find(f"{{{W}}}tcPr/{{{W}}}shd")) or table is not None and (
                    table.find(f"{{{W}}}tblStyle") is not None or _coloured(table.find(f"{{{W}}}shd"))):
                return True
        if local == "txbxContent":
            shape = next((a for a in holder.iterancestors() if a.tag == f"{{{_WPS}}}wsp"  # v:textbox: its shape's fill
                          or etree.QName(a).namespace == _VML and etree.QName(a).localname in _VML_SHAPES[:-1]), None)
            if shape is not None and _filled(shape):
                return True
    return False


def _filled(shape) -> bool:
    """Whether a text box's shape is filled with a colour other than white: DrawingML's fill (or its style's, when
    it gives none; a colour changed – „Tło 1, ciemniejszy 50%” – counts), VML's fillcolor (white when not given)."""
    if shape.tag != f"{{{_WPS}}}wsp":
        colour = (shape.get("fillcolor") or "white").strip().lower().split()[0]
        return (shape.get("filled") or "t").strip().lower() not in ("f", "false") and colour not in _NO_COLOUR
    properties = shape.find(f"{{{_WPS}}}spPr")
    fill = next((e for e in (properties if properties is not None else ()) if etree.QName(e).localname.endswith("Fill")), None)
    if fill is None:
        reference = shape.find(f"{{{_WPS}}}style/{{{_A}}}fillRef")
        return reference is not None and (_integer(reference.get("idx")) or 0) > 0
    if etree.QName(fill).localname != "solidFill":
        return etree.QName(fill).localname != "noFill"
    return any((e.get("val") or "").strip().lower() not in _NO_COLOUR or len(e) for e in fill if isinstance(e.tag, str))


def _check_exact(part: str, root) -> None:
    """Text an exact height cuts off (rev-tpl21 5): a table's row of „Dokładnie” height, or a text frame's (w:framePr
    hRule exact), whose paragraphs hold a line starting below it – printed by no reader, yet in the file."""
    for row in root.iter(f"{{{W}}}tr"):
        height = _exact_height(row.find(f"{{{W}}}trPr/{{{W}}}trHeight"))
        for cell in [] if height is None else _cells(row):
            width, tall = cell.find(f"{{{W}}}tcPr/{{{W}}}tcW"), _merged_height(row, cell, height)
            wide = _twips(width, "w") if width is not None and (width.get(f"{{{W}}}type") or "dxa") == "dxa" else 0
            hidden = None if tall is None else _first_unshown(_paragraphs(cell), wide, tall)
            if hidden:
                raise Refused(f"część {part}: wiersz tabeli ma wysokość „Dokładnie” {_points(height)} pt, a jego tekstu "
                              f"od „{hidden}” w nim nie widać na żadnej stronie, choć zostaje w pliku; ustaw wysokość "
                              "wiersza na „Co najmniej” (Właściwości tabeli → Wiersz) albo usuń ten tekst")
    for frame, paragraphs in _frames(root):
        height, width = _exact_height(frame, "h"), frame.get(f"{{{W}}}w")
        hidden = None if height is None else _first_unshown(paragraphs, _twips(frame, "w") if width else 0, height)
        if hidden:
            raise Refused(f"część {part}: ramka ma wysokość „Dokładnie” {_points(height)} pt, a jej tekstu od „{hidden}” "
                          "w niej nie widać na żadnej stronie, choć zostaje w pliku; ustaw wysokość ramki na „Co "
                          "najmniej” (Formatuj ramkę) albo usuń ten tekst")


def _merged_height(row, cell, height: int) -> int | None:
    """The height (EMU) a cell's text has: its row's, or the rows' it is merged down (w:vMerge) when all are of
    exact height (rev-tpl22 2); None when unbounded or judged with the cell it continues."""
    merge = cell.find(f"{{{W}}}tcPr/{{{W}}}vMerge")
    if merge is None:
        return height
    if (merge.get(f"{{{W}}}val") or "continue").strip() != "restart":
        return None
    column = _columns(row).get(cell)
    for following in row.itersiblings(f"{{{W}}}tr"):
        below = next((c for c, at in _columns(following).items() if at == column), None)
        merged = None if below is None else below.find(f"{{{W}}}tcPr/{{{W}}}vMerge")
        if merged is None or (merged.get(f"{{{W}}}val") or "continue").strip() == "restart":
            break
        more = _exact_height(following.find(f"{{{W}}}trPr/{{{W}}}trHeight"))
        if more is None:
            return None
        height += more
    return height


_CELL_WRAPPERS = {f"{{{W}}}sdt", f"{{{W}}}sdtContent", f"{{{W}}}customXml"}


def _cells(row) -> list:
    """A row's cells in order, also those a content control or custom XML wraps (w:sdt/w:sdtContent/w:tc – rev-tpl23
    6: they were never judged), not a nested table's."""
    cells, stack = [], list(reversed(row))
    while stack:
        element = stack.pop()
        if element.tag == f"{{{W}}}tc":
            cells.append(element)
        elif element.tag in _CELL_WRAPPERS:
            stack.extend(reversed(element))
    return cells


def _columns(row) -> dict:
    """Each cell of a row with the grid column it starts at (w:gridBefore, w:gridSpan)."""
    before = row.find(f"{{{W}}}trPr/{{{W}}}gridBefore")
    at, columns = (0 if before is None else _integer(before.get(f"{{{W}}}val")) or 0), {}
    for cell in _cells(row):
        columns[cell] = at
        span = cell.find(f"{{{W}}}tcPr/{{{W}}}gridSpan")
        at += max(1, (0 if span is None else _integer(span.get(f"{{{W}}}val")) or 1))
    return columns


def _exact_height(element, key: str = "val") -> int | None:
    """A height (EMU) given as exact (w:hRule="exact"); None otherwise."""
    if element is None or (element.get(f"{{{W}}}hRule") or "").strip() != "exact":
        return None
    value = _integer(element.get(f"{{{W}}}{key}"))
    return None if value is None else abs(value) * _EMU_PER_TWIP


def _frames(root):
    """Text frames: runs of adjacent paragraphs with the same w:framePr (Word joins them into one frame)."""
    group, last = [], None
    for paragraph in root.iter(f"{{{W}}}p"):
        frame = paragraph.find(f"{{{W}}}pPr/{{{W}}}framePr")
        key = None if frame is None else tuple(sorted(frame.attrib.items()))
        adjacent = group and paragraph.getprevious() is group[-1]
        if key is not None and key == last and adjacent:
            group.append(paragraph)
            continue
        if group:
            yield first, group
        group, last, first = ([paragraph], key, frame) if key is not None else ([], None, None)
    if group:
        yield first, group


def _points(emu: int) -> str:
    return f"{emu / 12700:g}".replace(".", ",")


def _check_on_page(part: str, root, document=None) -> None:
    """Positioned drawings no page prints: one wholly off every page, and one holding text whose text area (the box
    less its insets) reaches off the page past a bleed (_TOLERANCE) – its last lines or letters are printed by
    neither reader, yet stay in the file (rev-tpl18 2). Where the frame a position counts from is not known (a paragraph, a column), every place of
    it on the page is tried: only what is off wherever it stands is refused. Each reader's position is judged: Word's
    simplePos and percentage offsets, LibreOffice's posOffset (rev-tpl19 3)."""
    page = _Page.of(root if root.find(f".//{{{W}}}sectPr") is not None or document is None else document)
    for box in _anchored(root, page) + _vml_positioned(root, page) + _inline(root):
        if box.unread and box.text is not None:
            raise Refused(f"część {part}: nie można odczytać położenia ani rozmiaru pola tekstowego „{box.name}” "
                          f"(„{box.unread[0]}”) – czytnik może je umieścić poza stroną, a jego tekst zostaje w pliku; "
                          "ustaw jego położenie i rozmiar na nowo (Formatuj kształt → Układ) albo usuń je")
        if box.cut is not None:
            raise Refused(f"część {part}: pole tekstowe „{box.name}” stoi w akapicie o interlinii „Dokładnie” "
                          f"{_points(box.cut)} pt – widać z niego tylko pasek tej wysokości, a jego tekst zostaje w "
                          "pliku; ustaw interlinię tego akapitu na „Pojedynczo” albo „Co najmniej” (Akapit → Odstępy "
                          "→ Interlinia) albo usuń to pole")
        if box.empty:
            raise Refused(f"część {part}: pole tekstowe „{box.name}” nie ma miejsca na tekst (jest mniejsze niż jego "
                          "marginesy wewnętrzne) – jego tekstu nie widać na żadnej stronie, a zostaje w pliku; "
                          "powiększ je albo usuń")
        if box.unshown:
            raise Refused(f"część {part}: pole tekstowe „{box.name}” ma więcej tekstu, niż mieści (od „{box.unshown}”) "
                          "– tej części tekstu nie widać na żadnej stronie, a zostaje w pliku; powiększ pole, włącz "
                          "„Zmień rozmiar kształtu, aby dopasować go do tekstu” (Formatuj kształt → Pole tekstowe) "
                          "albo usuń nadmiar tekstu")
        if box.relative is None:
            continue  # an inline box stands in its line, on the page
        for axis in (0, 1):
            low, high = page.origins(axis, box.relative[axis])
            start, size = box.start[axis], box.size[axis]
            if low + start >= page.side[axis] or high + start + size <= 0:
                raise Refused(f"część {part}: obiekt „{box.name}” leży poza stroną (przesunięty o "
                              f"{start / 360000:.0f} cm) – nie widać go na żadnej stronie, a jego treść zostaje w "
                              "pliku; przesuń go na stronę albo usuń go")
            if box.text is None:
                continue
            text_start, text_size = box.text[axis]
            over = _overhang(low + text_start, high + text_start, text_size, page.side[axis])
            if over > _TOLERANCE:
                raise Refused(f"część {part}: pole tekstowe „{box.name}” wychodzi poza stronę (o "
                              f"{_cm(over)} cm) – części jego tekstu nie widać na żadnej stronie, a zostaje w pliku; "
                              "przesuń je na stronę albo zmniejsz je (tak, by cały tekst mieścił się na stronie)")


# EMU: 5 mm – a band with text a letterhead lets bleed off the page's edge (as print does, so no white sliver shows)
# holds its text in the visible part; past this, a line of text can lie off the page
_TOLERANCE = 180000
_PERCENT = 100000  # wp14:pctPosHOffset is in thousandths of a percent


def _overhang(first: int, last: int, size: int, side: int) -> int:
    """How far at least a span of size starting anywhere in [first, last] lies off [0, side]."""
    if size > side:
        return size - side + _gap(first, last, side - size, 0)
    return _gap(first, last, 0, side - size)


def _gap(first: int, last: int, low: int, high: int) -> int:
    """The distance between the ranges [first, last] and [low, high] (0 when they meet)."""
    return max(0, low - last, first - high)


def _cm(emu: int) -> str:
    return f"{emu / 360000:.1f}".replace(".", ",")


class _Page:
    """The page a part's drawings are placed on: its sides and margins in EMU, each a range over the sections (the
    largest page when the part names none: a header's page is its document's)."""

    def __init__(self, side: tuple[int, int], margins: tuple[tuple[int, int], ...],
                 header: tuple[int, int] | None = None) -> None:
        self.side, self.margins = side, margins  # margins: left, right, top, bottom – each (least, most)
        self.header = header  # the header's distance from the page's top (least, most); None: not known

    @classmethod
    def of(cls, root) -> "_Page":
        sections = [(s.find(f"{{{W}}}pgSz"), s.find(f"{{{W}}}pgMar")) for s in root.iter(f"{{{W}}}sectPr")]
        sides = [[_twips(size, axis) for size, _ in sections if size is not None] for axis in ("w", "h")]
        side = tuple(max([s for s in found if s] or [_LARGEST_PAGE * _EMU_PER_TWIP]) for found in sides)
        margins = []
        for key, axis in (("left", 0), ("right", 0), ("top", 1), ("bottom", 1)):
            found = [abs(_twips(margin, key)) for _, margin in sections if margin is not None]
            margins.append((min(found), max(found)) if found and len(found) == len(sections) else (0, side[axis]))
        headers = [abs(_twips(margin, "header")) for _, margin in sections
                   if margin is not None and margin.get(f"{{{W}}}header") is not None]
        header = (min(headers), max(headers)) if headers and len(headers) == len(sections) else None
        return cls(side, tuple(margins), header)

    def origins(self, axis: int, relative: str) -> tuple[int, int]:
        """Where the frame a position counts from may start on the page (least, most)."""
        side, (first, last) = self.side[axis], self.margins[2 * axis:2 * axis + 2]
        relative = _FRAMES.get(relative.strip().lower(), "")
        if relative == "page":
            return 0, 0
        if relative == "margin":
            return first
        if relative == "end":
            return side - last[1], side - last[0]
        if relative == "text" and axis == 0:
            return first[0], side - last[0]
        return 0, side  # a paragraph, a line, inner or outer margins, or not known: anywhere on the page

    def frame(self, axis: int, relative: str) -> int:
        """The least size of the frame a percentage offset counts in (Word allows the page and its margins)."""
        side, (first, last) = self.side[axis], self.margins[2 * axis:2 * axis + 2]
        sizes = {"page": side, "margin": side - first[1] - last[1], "leftmargin": first[0], "topmargin": first[0],
                 "rightmargin": last[0], "bottommargin": last[0]}
        return max(sizes.get(relative.strip().lower(), min(first[0], last[0])), 0)

    def span(self, axis: int, relative: str) -> tuple[int, int]:
        """Where on the page the frame an aligned drawing is placed in lies (start, end), as wide as the sections
        allow: Word keeps an aligned drawing inside this frame (wp:align, VML mso-position-horizontal/-vertical)."""
        side, (first, last) = self.side[axis], self.margins[2 * axis:2 * axis + 2]
        kind = _FRAMES.get(relative.strip().lower(), "")
        name = relative.strip().lower()
        if kind == "margin":
            return first[0], side - last[0]
        if kind == "page" and name not in ("page", ""):
            return 0, first[1]  # the left or top margin's area
        if kind == "end":
            return side - last[1], side
        if kind == "text" and axis == 0:
            return first[0], side - last[0]
        return 0, side  # the page, inner or outer margins, a paragraph, a line: somewhere on the page


# The frames positions count from (DrawingML's relativeFrom, VML's mso-position-…-relative) by where they start
_FRAMES = {"page": "page", "leftmargin": "page", "topmargin": "page", "left-margin-area": "page",
           "top-margin-area": "page", "margin": "margin", "rightmargin": "end", "bottommargin": "end",
           "right-margin-area": "end", "bottom-margin-area": "end", "column": "text", "character": "text",
           "text": "text", "char": "text", "": "text"}


def _twips(element, key: str) -> int:
    return (_integer(element.get(f"{{{W}}}{key}")) or 0) * _EMU_PER_TWIP


class _Box:
    """A positioned drawing: its start (relative to its frame) and size on each axis in EMU, rotation applied, the
    frame each axis counts from, and – when it holds text – its text area's start and size."""

    def __init__(self, name, start, size, relative, rotation=0.0, insets=None, body=None) -> None:
        self.name, self.relative = name, relative
        self.start, self.size = _rotated(start, size, size, rotation, (0, 0, 0, 0))
        self.text, self.empty, self.unshown, self.unread, self.cut = None, False, None, [], None
        if insets is not None:
            # a text area of no width or height: its text is printed nowhere (rev-tpl20 6)
            area = (size[0] - insets[0] - insets[2], size[1] - insets[1] - insets[3])
            self.empty = min(area) <= 0
            first, length = _rotated(start, size, size, rotation, insets)
            self.text = ((first[0], length[0]), (first[1], length[1]))
            if body is not None and not self.empty:
                self.unshown = _unshown(body, area)


def _rotated(start, size, whole, rotation: float, insets) -> tuple[tuple[int, int], tuple[int, int]]:
    """The bounding box (start, size) of the rectangle start+insets … start+size−insets turned by rotation
    degrees about the centre of the whole box."""
    left, top, right, bottom = insets
    width, height = max(size[0] - left - right, 0), max(size[1] - top - bottom, 0)
    centre = (start[0] + whole[0] / 2, start[1] + whole[1] / 2)
    middle = (start[0] + left + width / 2, start[1] + top + height / 2)
    turn = math.radians(rotation)
    cos, sin = math.cos(turn), math.sin(turn)
    x = centre[0] + (middle[0] - centre[0]) * cos - (middle[1] - centre[1]) * sin
    y = centre[1] + (middle[0] - centre[0]) * sin + (middle[1] - centre[1]) * cos
    half = (abs(width * cos) + abs(height * sin)) / 2, (abs(width * sin) + abs(height * cos)) / 2
    return (round(x - half[0]), round(y - half[1])), (round(2 * half[0]), round(2 * half[1]))


def _anchored(root, page: _Page) -> list[_Box]:
    """DrawingML anchors, each at every position a reader takes (posOffset, Word's percentage offset, simplePos),
    and the shapes of a group (wpg) placed by the group's child coordinates."""
    boxes, linked = [], _linked(root)
    for anchor in root.iter(f"{{{WP}}}anchor"):
        name = _name(anchor.find(f"{{{WP}}}docPr"))
        shape = next((e for e in anchor.iter(*_SHAPES)), None)
        for size in _extents(anchor):
            for start, relative in _positions(anchor, page, size, _rotation(shape)):
                boxes += _placed(shape, name, start, size, relative, linked)
    return boxes


def _inline(root) -> list[_Box]:
    """Drawings in a line of text (wp:inline): on the page wherever the line is, their text boxes judged for room
    only (rev-tpl20 6: a text box of no size in a line held text no reader prints)."""
    boxes, linked = [], _linked(root)
    for inline in root.iter(f"{{{WP}}}inline"):
        shape = next((e for e in inline.iter(*_SHAPES)), None)
        line = _exact_line(inline)
        for size in _extents(inline):
            shown = size if line is None else (size[0], min(size[1], line))
            boxes += [_cut(box, line) for box in _placed(shape, _name(inline.find(f"{{{WP}}}docPr")), (0, 0), shown,
                                                           None, linked)]
    return boxes


def _exact_line(drawing) -> int | None:
    """The height (EMU) of the line a drawing in a line stands in when its paragraph's spacing is „Dokładnie”: both
    readers cut the drawing to it (rev-tpl21 5); None otherwise."""
    paragraph = next(drawing.iterancestors(f"{{{W}}}p"), None)
    spacing = None if paragraph is None else paragraph.find(f"{{{W}}}pPr/{{{W}}}spacing")
    if spacing is None or (spacing.get(f"{{{W}}}lineRule") or "").strip() != "exact":
        return None
    value = _integer(spacing.get(f"{{{W}}}line"))
    return None if value is None else abs(value) * _EMU_PER_TWIP


def _cut(box: _Box, line: int | None) -> _Box:
    box.cut = line if line is not None and (box.empty or box.unshown) else None
    return box


def _extents(drawing) -> list[tuple[int, int]]:
    """A drawing's sizes, one for each reader's wp:extent; an extent no reader finds: a box of no size, still judged."""
    return [(_integer(e.get("cx")) or 0, _integer(e.get("cy")) or 0) for e in _own(drawing, "extent")] or [(0, 0)]


def _placed(shape, name, start, size, relative, linked) -> list[_Box]:
    """The box of a drawing's shape at start, and those of a group's shapes."""
    boxes = [_Box(name, start, size, relative, _rotation(shape), _insets(shape), _body(shape, linked))]
    if shape is not None and etree.QName(shape).localname == "wgp":
        boxes += _members(shape, start, size, relative, name, linked=linked)
    return boxes


def _linked(root) -> set[str]:
    """The ids of text boxes whose text flows on into another box (wps:linkedTxbx)."""
    return {(e.get("id") or "").strip() for e in root.iter(f"{{{_WPS}}}linkedTxbx")}


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _own(anchor, local: str) -> list:
    """An anchor's own wp:<local> elements, those in its mc:AlternateContent's Choice and Fallback too: each is
    what one reader takes (rev-tpl20 13)."""
    found = []
    for child in anchor:
        if child.tag == f"{{{WP}}}{local}":
            found.append(child)
        elif child.tag == f"{{{_MC}}}AlternateContent":
            found += [e for branch in child for e in branch if e.tag == f"{{{WP}}}{local}"]
    return found


_WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SHAPES = (f"{{{_WPS}}}wsp", f"{{{_WPG}}}wgp", "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic")
_MEMBERS = (f"{{{_WPS}}}wsp", f"{{{_WPG}}}grpSp", "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic")


def _positions(anchor, page: _Page, size, rotation) -> list[tuple[tuple[int, int], tuple[str, str]]]:
    """Every (start, frames) a reader may place the anchor at, frames being (horizontal, vertical); an axis placed
    by wp:align (left, center, right, inside, outside; top, bottom) is placed within its frame (rev-tpl20 3)."""
    axes = []
    for number, axis in enumerate(("H", "V")):
        found = []
        for position in _own(anchor, f"position{axis}") or [None]:
            found += _axis(position, page, number, size, rotation)
        axes.append(found)
    found = [((x, y), (rx, ry)) for x, rx in axes[0] for y, ry in axes[1]]
    simple = anchor.find(f"{{{WP}}}simplePos")
    if (anchor.get("simplePos") or "").strip().lower() in ("1", "true", "on") and simple is not None:
        found.append(((_integer(simple.get("x")) or 0, _integer(simple.get("y")) or 0), ("page", "page")))
    return found


def _axis(position, page: _Page, number: int, size, rotation) -> list[tuple[int, str]]:
    """The (start, frame) pairs one wp:positionH or wp:positionV gives: its alignment's place, its offset, its
    percentage offset – an offset read as LibreOffice reads it, by its leading integer („30000000.0”, rev-tpl20 14)."""
    relative = "" if position is None else position.get("relativeFrom") or ""
    align = None if position is None else position.find(f"{{{WP}}}align")
    if align is not None:
        return [(_aligned(page, number, relative, align.text, size, rotation), "page")]
    axis = "HV"[number]
    starts = [] if position is None else [_leading(e.text) for e in position.iter(f"{{{WP}}}posOffset")]
    percents = [] if position is None else [_leading(e.text) for e in position.iter(f"{{*}}pctPos{axis}Offset")]
    return [(s, relative) for s in starts if s is not None] + \
        [(round(p * page.frame(number, relative) / _PERCENT), relative) for p in percents if p is not None] or \
        [(0, relative)]


def _leading(value) -> int | None:
    found = re.match(r"\s*([+-]?\d+)", value or "")
    return int(found.group(1)) if found else None


def _aligned(page: _Page, axis: int, relative: str, align: str | None, size, rotation: float) -> int:
    """The page-relative start on axis of a drawing of size turned by rotation whose turned outline Word aligns
    in its frame (inside is taken as left or top, outside as right or bottom; anything else centres it)."""
    low, high = page.span(axis, relative)
    extent = _rotated((0, 0), size, size, rotation, (0, 0, 0, 0))[1][axis]
    where = (align or "").strip().lower()
    first = low if where in ("left", "top", "inside") else high - extent if where in (
        "right", "bottom", "outside") else low + (high - low - extent) / 2
    return round(first + (extent - size[axis]) / 2)


def _rotation(shape) -> float:
    """A DrawingML shape's or group's turn in degrees (a:xfrm/@rot, in 60 000ths)."""
    transform = None if shape is None else next((e for e in shape if etree.QName(e).localname in
                                                 ("spPr", "grpSpPr")), None)
    transform = None if transform is None else transform.find(f"{{{_A}}}xfrm")
    return ((_integer(None if transform is None else transform.get("rot")) or 0) / 60000) % 360


class _Body:
    """A text box's paragraphs as its reader lays them out: content (w:txbxContent), whether the box grows to its
    text (DrawingML spAutoFit, VML mso-fit-shape-to-text) or hands it on to a linked box, whether its lines run down
    the page (vertical text) and wrap. A box set to shrink its text (normAutofit) keeps its size: LibreOffice 7.4
    neither shrinks the text nor grows the box, it cuts the lines past it (rev-tpl21 4)."""

    def __init__(self, content, grows: bool, vertical: bool, wraps: bool) -> None:
        self.content, self.grows, self.vertical, self.wraps = content, grows, vertical, wraps


def _body(shape, linked: set[str]) -> _Body | None:
    """The text of a DrawingML shape (wps:wsp) as _Body; None when it holds none."""
    if shape is None or shape.tag != f"{{{_WPS}}}wsp":
        return None
    box, body = shape.find(f"{{{_WPS}}}txbx"), shape.find(f"{{{_WPS}}}bodyPr")
    content = None if box is None else box.find(f"{{{W}}}txbxContent")
    if content is None:
        return None
    fits = body is not None and any(etree.QName(e).localname == "spAutoFit" for e in body)
    flows = (box.get("id") or "").strip() in linked
    get = (lambda key: None) if body is None else body.get
    return _Body(content, fits or flows, (get("vert") or "horz") != "horz", (get("wrap") or "square") != "none")


# Lines of text a fixed-size text box shows (rev-tpl20 5): a lower bound of the height its paragraphs take – a
# paragraph's line at least its largest font size given directly (a style's size is not known here: at least
# _SMALLEST_LINE), its lines at least its breaks and, where no run is narrowed, its letters at _NARROWEST_LETTER
# of the size each across the box's width. A line starting below the text area is printed by no reader.
_SMALLEST_LINE = 4 * 12700  # EMU: 4 pt, less than any font a letter's style sets
_NARROWEST_LETTER = 0.2  # of the font size: narrower than an „i” or a space of the usual fonts


def _unshown(body: _Body, area: tuple[int, int]) -> str | None:
    """The beginning of the first paragraph holding a line that starts below the text area (None: all start in it)."""
    if body.grows:
        return None
    width, height = (area[1], area[0]) if body.vertical else area
    return _first_unshown(_paragraphs(body.content), width if body.wraps else 0, height)


def _first_unshown(paragraphs, width: int, height: int) -> str | None:
    """The beginning of the first of the paragraphs, laid out one below another in an area of width (0: lines not
    wrapped) and height, holding a line that starts below the area – or the first when the area is lower than half
    its line: even that line is cut more than by half (a table's row of „Dokładnie” 1 pt)."""
    top, below = 0, False
    for paragraph in paragraphs:
        line, count = _lines(paragraph, width)
        below = below or (count and (top + line * (count - 1) >= height or not top and line > 2 * height))
        if below and _beginning(paragraph):
            return _beginning(paragraph)  # (an empty paragraph below the area hides nothing)
        top += line * count
    return None


def _paragraphs(content):
    """The paragraphs of a text box one below another: its own and those of content controls around them (a
    table's cells stand side by side: not counted)."""
    for child in content:
        local = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if local == "p":
            yield child
        elif local in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo"):
            yield from _paragraphs(child)


def _lines(paragraph, width: int) -> tuple[int, int]:
    """A lower bound of a paragraph's line height (EMU) and its number of lines; 0 lines for one Word hides."""
    mark = paragraph.find(f"{{{W}}}pPr/{{{W}}}rPr")
    if mark is not None and _on(mark.find(f"{{{W}}}vanish")):
        return 0, 0  # a hidden paragraph mark joins the paragraph to the next
    runs = [r for r in paragraph.iter(f"{{{W}}}r") if not _on(r.find(f"{{{W}}}rPr/{{{W}}}vanish"))]
    sizes = [_size(r.find(f"{{{W}}}rPr")) for r in runs if any(t.text for t in r.iter(f"{{{W}}}t"))] or \
        [_size(mark)]
    line = max([s for s in sizes if s is not None] + [_SMALLEST_LINE if None in sizes else 0])
    line = _spaced(paragraph.find(f"{{{W}}}pPr/{{{W}}}spacing"), line)
    breaks = sum(1 for r in runs for b in r.iter(f"{{{W}}}br", f"{{{W}}}cr")
                 if (b.get(f"{{{W}}}type") or "textWrapping") == "textWrapping")
    letters = 0 if not width or any(_narrowed(r.find(f"{{{W}}}rPr")) for r in runs) else \
        sum(len(t.text or "") * _NARROWEST_LETTER * (_size(r.find(f"{{{W}}}rPr")) or _SMALLEST_LINE)
            for r in runs for t in r.iter(f"{{{W}}}t"))
    return line, max(breaks + 1, math.ceil(letters / width) if width > 0 else 1)


def _size(properties) -> int | None:
    """A run's font size given directly (w:sz, half-points) in EMU."""
    size = None if properties is None else properties.find(f"{{{W}}}sz")
    value = None if size is None else _integer(size.get(f"{{{W}}}val"))
    return None if value is None else value * 6350


def _spaced(spacing, line: int) -> int:
    """A line's height under the paragraph's line spacing: exactly given, at least given, or a multiple (240ths)."""
    value = None if spacing is None else _integer(spacing.get(f"{{{W}}}line"))
    if value is None:
        return line
    rule = (spacing.get(f"{{{W}}}lineRule") or "auto").strip()
    if rule == "exact":
        return abs(value) * _EMU_PER_TWIP
    if rule == "atLeast":
        return max(line, value * _EMU_PER_TWIP)
    return round(line * min(max(value, 0) / 240, 1))


def _narrowed(properties) -> bool:
    """A run drawn narrower than its font: scaled (w:w), condensed (w:spacing below 0) or fitted to a width."""
    if properties is None:
        return False
    scale = properties.find(f"{{{W}}}w")
    spacing = properties.find(f"{{{W}}}spacing")
    return properties.find(f"{{{W}}}fitText") is not None or \
        (scale is not None and (_integer(scale.get(f"{{{W}}}val")) or 0) < 100) or \
        (spacing is not None and (_integer(spacing.get(f"{{{W}}}val")) or 0) < 0)


def _on(toggle) -> bool:
    return toggle is not None and (toggle.get(f"{{{W}}}val") or "true").strip().lower() not in ("0", "false", "off")


def _beginning(paragraph) -> str:
    text = " ".join("".join(t.text or "" for t in paragraph.iter(f"{{{W}}}t")).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _insets(shape) -> tuple[int, int, int, int] | None:
    """A shape's text insets (wps:bodyPr lIns, tIns, rIns, bIns) when it holds text; None when it holds none (a
    picture, a group: its shapes are judged each)."""
    if shape is None or shape.tag != f"{{{_WPS}}}wsp" or not any((t.text or "").strip() for t in shape.iter(
            f"{{{W}}}t", f"{{{_A}}}t")):
        return None  # (a text box with no text hides none)
    body = shape.find(f"{{{_WPS}}}bodyPr")
    get = (lambda key: None) if body is None else body.get
    return tuple(max(_integer(get(key)) if _integer(get(key)) is not None else default, 0)
                 for key, default in (("lIns", 91440), ("tIns", 45720), ("rIns", 91440), ("bIns", 45720)))


def _members(group, start, size, relative, name, turns=(), linked=frozenset()) -> list[_Box]:
    """The shapes of a DrawingML group, placed through the group's child offset and extent (a:chOff, a:chExt); in
    a turned group each turns with it about the group's centre (rev-tpl20 19: a turned group's shapes were not
    judged at all)."""
    boxes = []
    turns = ((_rotation(group), (start[0] + size[0] / 2, start[1] + size[1] / 2)),) + tuple(turns)
    transform = group.find(f"{{{_WPG}}}grpSpPr/{{{_A}}}xfrm")
    origin, extent = _pair(transform, "chOff"), _pair(transform, "chExt")
    if origin is None or extent is None or not all(extent):
        return boxes
    scale = (size[0] / extent[0], size[1] / extent[1])
    for member in group:
        if member.tag not in _MEMBERS:
            continue
        own = member.find(f"{{*}}{'grpSpPr' if member.tag.endswith('grpSp') else 'spPr'}/{{{_A}}}xfrm")
        offset, length = _pair(own, "off"), _pair(own, "ext")
        if offset is None or length is None:
            continue
        placed = tuple(round(start[i] + (offset[i] - origin[i]) * scale[i]) for i in (0, 1))
        measured = tuple(round(length[i] * scale[i]) for i in (0, 1))
        label = _name(next(member.iter("{*}cNvPr"), None)) or name
        moved, turned = _turned(placed, measured, turns), sum(degrees for degrees, _ in turns)
        if member.tag.endswith("grpSp"):
            boxes.append(_Box(label, moved, measured, relative, (turned + _rotation(member)) % 360))
            boxes += _members(member, placed, measured, relative, label, turns, linked)
        else:
            boxes.append(_Box(label, moved, measured, relative, (turned + _rotation(member)) % 360, _insets(member),
                              _body(member, linked)))
    return boxes


def _turned(start, size, turns) -> tuple[int, int]:
    """The start of a box of size whose centre is turned by each (degrees, pivot) of turns, innermost first."""
    x, y = start[0] + size[0] / 2, start[1] + size[1] / 2
    for degrees, (px, py) in turns:
        if degrees:
            turn = math.radians(degrees)
            x, y = (px + (x - px) * math.cos(turn) - (y - py) * math.sin(turn),
                    py + (x - px) * math.sin(turn) + (y - py) * math.cos(turn))
    return round(x - size[0] / 2), round(y - size[1] / 2)


def _pair(transform, local: str) -> tuple[int, int] | None:
    found = None if transform is None else transform.find(f"{{{_A}}}{local}")
    if found is None:
        return None
    values = [_integer(found.get(key)) for key in (("x", "y") if local.endswith("Off") or local == "off"
                                                   else ("cx", "cy"))]
    return None if None in values else (values[0], values[1])


def _vml_positioned(root, page: _Page) -> list[_Box]:
    """VML shapes placed by their style (Word's compatibility-mode w:pict, rev-tpl19 3): left + margin-left and
    top + margin-top, width and height, rotation; a group's shapes through its coordsize and coordorigin."""
    boxes = []
    for shape in root.iter(*(f"{{{_VML}}}{local}" for local in _VML_SHAPES)):
        if any(etree.QName(a).namespace == _VML for a in shape.iterancestors(tag=etree.Element)):
            continue
        style = _style(shape)
        if style.get("position", "").strip().lower() != "absolute":
            continue
        relative = (style.get("mso-position-horizontal-relative", ""), style.get("mso-position-vertical-relative", ""))
        start = tuple(sum(_emu(style.get(key)) or 0 for key in keys) for keys in
                      (("left", "margin-left"), ("top", "margin-top")))
        size = (max(_emu(style.get("width")) or 0, 0), max(_emu(style.get("height")) or 0, 0))
        start, relative = _vml_aligned(page, style, start, size, relative)
        box = _vml_box(shape, start, size, relative, style)
        box.unread = [f"{key}:{style[key]}" for key in _VML_PLACE if key in style and _emu(style[key]) is None]
        boxes.append(box)
        if etree.QName(shape).localname == "group":
            boxes += _vml_members(shape, start, size, relative, ((_degrees(style.get("rotation")), _centre(start, size)),))
    return boxes


_VML_PLACE = ("left", "margin-left", "top", "margin-top", "width", "height")


def _centre(start, size) -> tuple[float, float]:
    return start[0] + size[0] / 2, start[1] + size[1] / 2


def _vml_aligned(page: _Page, style, start, size, relative):
    """A VML shape's start and frames with an axis Word aligns (mso-position-horizontal/-vertical other than
    absolute: the offsets are not its place, rev-tpl20 1) placed within its frame."""
    start, relative = list(start), list(relative)
    for axis, key in enumerate(("mso-position-horizontal", "mso-position-vertical")):
        align = style.get(key, "").strip().lower()
        if align and align != "absolute":
            start[axis] = _aligned(page, axis, relative[axis], align, size, _degrees(style.get("rotation")))
            relative[axis] = "page"
    return tuple(start), tuple(relative)


def _vml_box(shape, start, size, relative, style, rotation=None) -> _Box:
    textbox = shape.find(f"{{{_VML}}}textbox")
    insets = None
    if (textbox is not None and any((t.text or "").strip() for t in textbox.iter(f"{{{W}}}t"))) or \
            shape.find(f"{{{_VML}}}textpath") is not None:
        given = [_emu(v) for v in ((textbox.get("inset") if textbox is not None else None) or "").split(",")]
        defaults = (91440, 45720, 91440, 45720)
        insets = tuple(given[i] if i < len(given) and given[i] is not None else defaults[i] for i in range(4))
    turn = _degrees(style.get("rotation")) if rotation is None else rotation
    return _Box(_name(shape), start, size, relative, turn, insets, _vml_body(shape, style))


def _vml_body(shape, style) -> _Body | None:
    """A VML text box's text as _Body: grown to its text (mso-fit-shape-to-text) or flowing on to the next box
    (mso-next-textbox) – on the shape or its v:textbox –, its lines down the page (layout-flow), unwrapped
    (mso-wrap-style:none)."""
    textbox = shape.find(f"{{{_VML}}}textbox")
    content = None if textbox is None else textbox.find(f"{{{W}}}txbxContent")
    if content is None:
        return None
    both = {**style, **_style(textbox)}
    grows = both.get("mso-fit-shape-to-text", "").lower() in ("t", "true") or bool(both.get("mso-next-textbox"))
    vertical = both.get("layout-flow", "horizontal").lower() not in ("horizontal", "")
    return _Body(content, grows, vertical, both.get("mso-wrap-style", "").lower() != "none")


def _vml_members(group, start, size, relative, turns) -> list[_Box]:
    """A VML group's shapes: their left, top, width and height are in the group's coordinates (coordorigin,
    coordsize – 0,0 and 1000,1000 unless given), placed here in the group's box; in a turned group each turns with
    it about the group's centre, turns being (degrees, pivot) innermost first (rev-tpl20 19: a turned group's shapes
    were not judged at all)."""
    origin = _numbers(group.get("coordorigin"), (0, 0))
    extent = _numbers(group.get("coordsize"), (1000, 1000))
    if not all(extent):
        return []
    scale = (size[0] / extent[0], size[1] / extent[1])
    boxes = []
    for member in group:
        if etree.QName(member).namespace != _VML or etree.QName(member).localname not in _VML_SHAPES:
            continue
        style = _style(member)
        own = [_number(style.get(key)) for key in ("left", "top", "width", "height")]
        placed = tuple(round(start[i] + ((own[i] or 0) - origin[i]) * scale[i]) for i in (0, 1))
        measured = tuple(round(max(own[i + 2] or 0, 0) * scale[i]) for i in (0, 1))
        turned = (sum(degrees for degrees, _ in turns) + _degrees(style.get("rotation"))) % 360
        box = _vml_box(member, _turned(placed, measured, turns), measured, relative, style, turned)
        box.unread = [f"{key}:{style[key]}" for key in ("left", "top", "width", "height")
                      if key in style and own[("left", "top", "width", "height").index(key)] is None]
        boxes.append(box)
        if etree.QName(member).localname == "group":
            inner = ((_degrees(style.get("rotation")), _centre(placed, measured)),) + tuple(turns)
            boxes += _vml_members(member, placed, measured, relative, inner)
    return boxes


def _style(shape) -> dict[str, str]:
    return dict((key.strip().lower(), value.strip()) for key, _, value in
                (item.partition(":") for item in (shape.get("style") or "").split(";")))


def _number(value: str | None) -> float | None:
    """A finite number as written („1e400” and „nan” are none a reader places a shape by)."""
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _numbers(value: str | None, default: tuple[int, int]) -> tuple[float, float]:
    found = [_number(v) for v in (value or "").split(",")]
    return tuple(found[i] if i < len(found) and found[i] is not None else default[i] for i in (0, 1))


def _degrees(value: str | None) -> float:
    """A VML rotation in degrees („90”, „-45.5”; „fd” marks 65 536ths)."""
    text = (value or "").strip().lower()
    number = _number(text[:-2] if text.endswith("fd") else text) or 0.0
    return (number / 65536 if text.endswith("fd") else number) % 360


def _emu(value: str | None) -> int | None:
    """A VML style length (pt, in, cm, mm, pc, px – a bare number is px – or emu) in EMU."""
    found = _CSS_LENGTH.match(value or "")
    number = None if not found else _number(found.group(1))
    return None if number is None else round(number * _EMU_PER_UNIT[(found.group(2) or "").lower() or None])


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


def _own_text(run) -> str:
    """A run's own text: not that of a text box in a drawing it holds, whose runs are judged with their own
    properties and paragraphs (rev-tpl23 4: a 12-pt box anchored in a 1-pt paragraph was judged as 1 pt)."""
    return "".join(t.text or "" for t in run.findall(f"{{{W}}}t"))


def _text(element) -> str:
    return _quote(element.getparent().getparent())  # the run of what run properties hold


def _quote(holder) -> str:
    """The text of a paragraph or run, less a held box's, shortened to quote."""
    box = None if holder is None else next(holder.iterancestors(f"{{{W}}}txbxContent"), None)
    text = "" if holder is None else "".join(t.text or "" for t in holder.iter(f"{{{W}}}t")  # not a held box's
                                             if next(t.iterancestors(f"{{{W}}}txbxContent"), None) is box)
    return text if len(text) <= 60 else text[:57] + "…"
