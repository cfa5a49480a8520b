"""The font Word draws a run's text or a list's number in, resolved the way Word does.

A font reaches text in many ways: the run's own w:rFonts, its character style, the paragraph's style chain (or the
default paragraph style), the table's style with its conditional formatting (first column, header row …) and the
document's defaults; a list's number takes the numbering level's run properties over the paragraph mark's. A font
named by the theme (w:asciiTheme="minorHAnsi") is the theme part's major or minor font. Judging only the fonts
written in a run missed a pictogram font reached any other way (rev-tpl16 4, 5): Word drew ☐/☑, the PDF „¨”/„þ”.
Word's order (ECMA-376 17.7.2): defaults, table style, paragraph style, character style, direct formatting – each
font slot (ascii, hAnsi, eastAsia, cs) taken from the nearest that sets it, a theme name over a written one.
A table style's conditions come with its base style's, a list's numId and level each from the paragraph or its
style, and runs printing no w:t (a field's code, whose font the computed PAGE or DATE takes; a note's reference
mark) are judged as text (rev-tpl17 6, 13, 14).
"""

from __future__ import annotations

from lxml import etree

from pismo.render import reach, run_properties

_W = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "http://purl.oclc.org/ooxml/wordprocessingml/main"}
SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
_THEME_ATTRIBUTES = {"asciitheme": "ascii", "hansitheme": "hAnsi", "eastasiatheme": "eastAsia", "cstheme": "cs"}
# a theme font name's script → the theme's element: majorAscii/majorHAnsi → a:latin, …EastAsia → a:ea, …Bidi → a:cs
_THEME_SCRIPTS = {"ascii": "latin", "hansi": "latin", "eastasia": "ea", "bidi": "cs"}
_STORIES = {"document", "hdr", "ftr", "footnotes", "endnotes", "comments"}

Fonts = dict  # slot → (font, where it comes from, in Polish)


class Resolver:
    """Fonts of one document part's styles, numbering and theme (a story part uses its document's)."""

    def __init__(self, styles=None, numbering=None, theme=None):
        self.theme = _theme_fonts(theme)
        self.styles = {_attribute(s, "styleId"): s for s in _children(styles, "style")}
        self.defaults = {(_attribute(s, "type") or "paragraph"): s for s in _children(styles, "style")
                         if _attribute(s, "default").lower() in ("1", "true", "on")}
        root = styles.getroot() if hasattr(styles, "getroot") else styles
        defaults = next(root.iter("{*}rPrDefault"), None) if root is not None else None
        self.document = self.fonts(_rfonts(defaults), "domyślnego formatowania dokumentu")
        self.numbering = numbering.getroot() if hasattr(numbering, "getroot") else numbering
        self._style_cache: dict = {}

    def fonts(self, rfonts, where: str) -> Fonts:
        """The slots one w:rFonts sets: a theme name (resolved through the theme) over a written font."""
        found: Fonts = {}
        if rfonts is None:
            return found
        for key, value in rfonts.attrib.items():
            local = etree.QName(key).localname
            if local in SLOTS and value.strip() and local not in found:
                found[local] = (value.strip(), where)
        for key, value in rfonts.attrib.items():
            slot = _THEME_ATTRIBUTES.get(etree.QName(key).localname.lower())
            font = self._theme_font(value)
            if slot and font:
                found[slot] = (font, f"motywu dokumentu ({value.strip()}), {where}")
        return found

    def _theme_font(self, name: str) -> str | None:
        name = name.strip().lower()
        group = "major" if name.startswith("major") else "minor" if name.startswith("minor") else None
        script = _THEME_SCRIPTS.get(name[5:]) if group else None
        return self.theme.get((group, script)) if script else None

    def style(self, ident: str | None, seen: frozenset = frozenset()) -> Fonts:
        """A style's fonts with those of the styles it is based on (the nearer first)."""
        if not ident or ident in seen or ident not in self.styles:
            return {}
        if ident not in self._style_cache:
            style = self.styles[ident]
            based = next((_attribute(e, "val") for e in _children(style, "basedOn")), None)
            rpr = next(_children(style, "rPr"), None)
            own = self.fonts(_rfonts(rpr), f"stylu „{_name(style)}”")
            self._style_cache[ident] = {**self.style(based, seen | {ident}), **own}
        return self._style_cache[ident]

    def table(self, table) -> list[Fonts]:
        """The fonts a table's style may give its cells: the whole table's and each conditional formatting's (which
        applies depends on w:tblLook and the cell's place, so each is judged)."""
        if table is None:
            return [{}]
        ident = next((_attribute(e, "val") for p in _children(table, "tblPr") for e in _children(p, "tblStyle")), None)
        style = self.styles.get(ident) if ident else self.defaults.get("table")
        whole = self.style(_attribute(style, "styleId")) if style is not None else {}
        conditions = self._conditions(_attribute(style, "styleId"), frozenset()) if style is not None else {}
        return [whole] + [{**whole, **c} for c in conditions.values() if c]

    def _conditions(self, ident: str, seen: frozenset) -> dict:
        """A table style's conditional formatting's fonts by type, with those of the styles it is based on (Word
        keeps a base style's header row or first column; the nearer style's slots over the base's, per type)."""
        style = self.styles.get(ident)
        if style is None or ident in seen:
            return {}
        based = next((_attribute(e, "val") for e in _children(style, "basedOn")), None)
        found = dict(self._conditions(based, seen | {ident})) if based else {}
        for condition in _children(style, "tblStylePr"):
            kind = _attribute(condition, "type")
            own = self.fonts(_rfonts(next(_children(condition, "rPr"), None)),
                             f"stylu tabeli „{_name(style)}” (formatowanie warunkowe „{kind}”)")
            found[kind] = {**found.get(kind, {}), **own}
        return found

    def paragraph(self, paragraph) -> Fonts:
        ppr = next(_children(paragraph, "pPr"), None)
        ident = next((_attribute(e, "val") for e in _children(ppr, "pStyle")), None) if ppr is not None else None
        if ident not in self.styles:
            style = self.defaults.get("paragraph")
            ident = _attribute(style, "styleId") if style is not None else None
        return self.style(ident)

    def run(self, run, under: Fonts) -> Fonts:
        """A run's fonts over what its paragraph and table give (under)."""
        return self.properties(next(_children(run, "rPr"), None), under, "tekstu")

    def properties(self, rpr, under: Fonts, where: str) -> Fonts:
        """Run properties' fonts (their character style's, then their own) over under."""
        if rpr is None:
            return under
        character = next((_attribute(e, "val") for e in _children(rpr, "rStyle")), None)
        return {**under, **self.style(character), **self.fonts(_rfonts(rpr), where)}

    def level(self, paragraph):
        """The numbering level (w:lvl) a paragraph's number is drawn by, or None: its own w:numPr or its style's."""
        if self.numbering is None:
            return None
        ppr = next(_children(paragraph, "pPr"), None)
        own = next(_children(ppr, "numPr"), None) if ppr is not None else None
        ident = next((_attribute(e, "val") for e in _children(ppr, "pStyle")), None) if ppr is not None else None
        styled = self._style_numbering(ident, frozenset())
        # numId and ilvl each from the paragraph when it writes it, else from its style (Tab on a style's list item
        # writes the level alone)
        number = next((_attribute(e, "val") for n in (own, styled) for e in _children(n, "numId")), "")
        level = next((_attribute(e, "val") for n in (own, styled) for e in _children(n, "ilvl")), "0") or "0"
        instance = next((n for n in _children(self.numbering, "num") if _attribute(n, "numId") == number), None)
        if instance is None or number.strip() in ("", "0"):
            return None
        override = next((lvl for o in _children(instance, "lvlOverride") if _attribute(o, "ilvl") == level
                         for lvl in _children(o, "lvl")), None)
        if override is not None:
            return override
        abstract = next((_attribute(e, "val") for e in _children(instance, "abstractNumId")), None)
        definition = next((a for a in _children(self.numbering, "abstractNum")
                           if _attribute(a, "abstractNumId") == abstract), None)
        return next((lvl for lvl in _children(definition, "lvl") if _attribute(lvl, "ilvl") == level), None) \
            if definition is not None else None

    def _style_numbering(self, ident, seen: frozenset):
        style = self.styles.get(ident) if ident else self.defaults.get("paragraph")
        if style is None or ident in seen:
            return None
        found = next((n for p in _children(style, "pPr") for n in _children(p, "numPr")), None)
        if found is not None:
            return found
        based = next((_attribute(e, "val") for e in _children(style, "basedOn")), None)
        return self._style_numbering(based, seen | {ident}) if based else None


def check(trees: dict) -> None:
    """run_properties.Differs at the first run or list number Word draws in a pictogram font (or in a font the
    font table makes an alias of one), and at DrawingML text (a chart's title) set in one."""
    aliases = _aliases(trees)
    for part, element, fonts in drawn(trees):
        slot = next((s for s in SLOTS if s in fonts and _pictogram(fonts[s][0], aliases)), None)
        if slot is None:
            continue
        font, where = fonts[slot]
        font = _pictogram(font, aliases)
        if etree.QName(element).localname == "p":
            text = run_properties._short(_paragraph_text(element))
            what = f"numer akapitu „{text}” listy jest rysowany – przez ustawienia {where} –"
        else:
            what = f"{describe(element)} jest rysowany – przez ustawienia {where} –"
        raise run_properties.pictogram(part, what, font)
    check_drawings(trees)


def _aliases(trees: dict) -> dict:
    """Font names (lower case) → the font fontTable.xml names as their alternative (w:altName): Word draws a font
    no machine has by it („Ikony” with altName Wingdings)."""
    found = {}
    for tree in trees.values():
        if _is(tree, "fonts"):
            for font in _children(tree, "font"):
                alternative = next((_attribute(e, "val") for e in _children(font, "altName")), "").strip()
                if alternative:
                    found.setdefault(_attribute(font, "name").strip().lower(), alternative)
    return found


def _pictogram(font: str, aliases: dict) -> str | None:
    """The pictogram font a font name draws in (itself or its alias, told so), or None."""
    if font.strip().lower() in run_properties.PICTOGRAM_FONTS:
        return font
    alternative = aliases.get(font.strip().lower(), "")
    if alternative.lower() in run_properties.PICTOGRAM_FONTS:
        return f"{font} (w tabeli czcionek zastępowaną przez {alternative})"
    return None


_DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"
_DRAWING_PROPERTIES = {f"{{{_DRAWINGML}}}{name}" for name in ("rPr", "defRPr", "endParaRPr")}


def check_drawings(trees: dict) -> None:
    """run_properties.Differs at DrawingML text properties (a chart's title, axis, legend; a shape's text) naming a
    pictogram font (a:latin, a:ea, a:cs), or a theme font (+mn-lt, +mj-lt) that is one: Word draws pictograms,
    LibreOffice the letters (rev-tpl17 7)."""
    theme = next((tree for tree in trees.values() if etree.QName(_root(tree)).localname == "theme"), None)
    faces = _theme_fonts(theme)
    aliases = _aliases(trees)
    for part, tree in trees.items():
        for properties in _root(tree).iter(*_DRAWING_PROPERTIES):
            for face in (_attribute(e, "typeface").strip() for e in properties
                         if isinstance(e.tag, str) and etree.QName(e).localname in ("latin", "ea", "cs")):
                group = {"+mn": "minor", "+mj": "major"}.get(face[:3].lower())
                script = {"lt": "latin", "ea": "ea", "cs": "cs"}.get(face[4:].lower())
                font = _pictogram(faces.get((group, script), "") if group else face, aliases)
                if font:
                    text = run_properties._short("".join(t.text or "" for t in properties.getparent().iter(
                        f"{{{_DRAWINGML}}}t")))
                    raise run_properties.pictogram(part, f"tekst grafiki (wykresu, kształtu) „{text}” jest rysowany "
                                                         "– przez ustawienia tekstu grafiki –", font)


def _root(tree):
    return tree.getroot() if hasattr(tree, "getroot") else tree


def drawn(trees: dict):
    """(part, element, fonts) for every run that prints (_prints) and every list number with text in the package's story
    parts: the fonts Word draws them in (a table's cell text once for each of its style's conditions)."""
    lower = {part.lower(): (part, tree) for part, tree in trees.items()}
    targets, kinds = reach.internal_targets(trees), reach.targets(trees)
    for owner, (name, tree) in lower.items():
        if not _is(tree, "document"):
            continue
        related = targets.get(owner, {}).values()
        pick = {kind: next((lower[t][1] for t in related if t in lower and kind in kinds.get(t, set())), None)
                for kind in ("styles", "numbering", "theme")}
        resolver = Resolver(pick["styles"], pick["numbering"], pick["theme"])
        stories = [(name, tree)] + [lower[t] for t in related if t in lower and t != owner
                                    and any(_is(lower[t][1], kind) for kind in _STORIES - {"document"})]
        for part, story in stories:
            yield from _story(resolver, part, story)


def _story(resolver: Resolver, part: str, tree):
    for paragraph in tree.iter("{*}p"):
        if etree.QName(paragraph).namespace not in _W:
            continue
        table = next((a for a in paragraph.iterancestors() if etree.QName(a).localname in ("tbl", "txbxContent")), None)
        cells = resolver.table(table if table is not None and etree.QName(table).localname == "tbl" else None)
        style = resolver.paragraph(paragraph)
        unders = [{**resolver.document, **cell, **style} for cell in cells]
        runs = [r for r in paragraph.iter("{*}r") if etree.QName(r).namespace in _W
                and next((p for p in r.iterancestors("{*}p")), None) is paragraph and _prints(r)]
        for run in runs:
            for under in unders:
                yield part, run, resolver.run(run, under)
        level = resolver.level(paragraph)
        if level is not None and _numbered_text(level):
            ppr = next(_children(paragraph, "pPr"), None)
            mark = next(_children(ppr, "rPr"), None) if ppr is not None else None
            own = resolver.fonts(_rfonts(next(_children(level, "rPr"), None)), "numeracji listy (numer akapitu)")
            for under in unders:
                yield part, paragraph, {**resolver.properties(mark, under, "znaku końca akapitu"), **own}


# Runs printing text without a w:t: a field's code (the computed PAGE or DATE takes the code's font), a note's
# reference mark, a page number
_PRINTING_MARKS = {"instrText", "footnoteReference", "endnoteReference", "footnoteRef", "endnoteRef", "pgNum"}


def _prints(run) -> bool:
    """Whether a run prints anything: text, or a field code's or a reference mark's characters."""
    return bool(_text(run).strip()) or any(
        etree.QName(e).localname in _PRINTING_MARKS or etree.QName(e).localname == "fldChar"
        and _attribute(e, "fldCharType") == "begin" for e in run if isinstance(e.tag, str))


def describe(run) -> str:
    """How a run is named in a refusal: its text, or what it prints instead."""
    text = _text(run).strip()
    if text:
        return f"tekst „{run_properties._short(text)}”"
    marks = {etree.QName(e).localname for e in run if isinstance(e.tag, str)}
    if marks & {"footnoteReference", "endnoteReference", "footnoteRef", "endnoteRef"}:
        return "znak odsyłacza przypisu"
    if "pgNum" in marks:
        return "numer strony"
    return "wynik pola (Word rysuje go czcionką kodu pola)"


def _numbered_text(level) -> bool:
    """Whether a level prints typed characters: not a bullet (a symbol Word and LibreOffice both draw from its
    font) and not an empty number."""
    fmt = next((_attribute(e, "val") for e in _children(level, "numFmt")), "decimal")
    text = next((_attribute(e, "val") for e in _children(level, "lvlText")), "")
    return fmt.strip().lower() != "bullet" and bool(text.strip())


def _theme_fonts(theme) -> dict:
    """(major|minor, latin|ea|cs) → typeface of a theme part's font scheme."""
    root = theme.getroot() if hasattr(theme, "getroot") else theme
    found = {}
    if root is None:
        return found
    for group in ("major", "minor"):
        for scheme in root.iter(f"{{*}}{group}Font"):
            for script in ("latin", "ea", "cs"):
                face = next((_attribute(e, "typeface") for e in _children(scheme, script)), "").strip()
                if face and (group, script) not in found:
                    found[(group, script)] = face
    return found


def _rfonts(rpr):
    return next((e for e in _children(rpr, "rFonts")), None) if rpr is not None else None


def _children(element, local: str):
    if element is None:
        return iter(())
    root = element.getroot() if hasattr(element, "getroot") else element
    return (e for e in root if isinstance(e.tag, str) and etree.QName(e).localname == local)


def _is(tree, local: str) -> bool:
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    return etree.QName(root).localname == local and etree.QName(root).namespace in _W


def _text(run) -> str:
    return "".join(t.text or "" for t in run.iter("{*}t") if etree.QName(t).namespace in _W)


def _attribute(element, local: str) -> str:
    return next((v for k, v in element.attrib.items() if etree.QName(k).localname == local), "")


def _name(style) -> str:
    return next((_attribute(n, "val") for n in _children(style, "name")), "") or _attribute(style, "styleId")


def _paragraph_text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter("{*}t") if etree.QName(t).namespace in _W)

