"""A public version's package: only what the letter prints, its text scrubbed as the case's fields are.

The case is redacted before a public document is built (pismo.publication.redact), but a unit's template
carries text of its own, and much of it is never printed: a glossary of building blocks, document variables,
alt text, smart-tag attributes, content controls' titles, bookmark names, hidden runs, parts nothing names.
A reading before publishing finds none of these, so the public file is rebuilt here: parts the letter does
not lay out are left out, invisible texts go, and every paragraph's text (body, headers, footers, notes,
text boxes, charts) passes through the same scrubber as the case's texts – a footer's „tel. 606 100 200”
goes as the case's telephone does.
"""

from __future__ import annotations

import base64
import bisect
import functools
import itertools
import os
import posixpath
import re
from typing import Callable
from urllib.parse import quote, unquote, unquote_plus, urlsplit, urlunsplit

from lxml import etree

from pismo.render import metadata, package, shown_headers
from pismo.publication.redact import NAME_MARK

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARAGRAPHS = ("p",)  # w:p and a:p: the units a phone or a name is read in
MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_TEXTS = {f"{{{W}}}t", "{http://schemas.openxmlformats.org/drawingml/2006/main}t", f"{{{MATH}}}t"}
# Attribute values that identify rather than say: ids and revision ids, relationship ids, markup-compatibility
# prefixes, and style names' references (a style id scrubbed apart from the styles naming it would unstyle the text).
# Every other attribute value is scrubbed, as text is: a list of those Word prints (lvlText, formatCode, textpath's
# string, a drop-down's entries, a picture's name …) would miss the next one – but values whose schema type says
# no person wrote them are kept (_is_formatting): colours, fonts and script codes (rev-tpl19 4).
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_XML = "http://www.w3.org/XML/1998/namespace"
_VML = {"urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office",
        "urn:schemas-microsoft-com:office:word"}
_STYLE_REFERENCES = {f"{{{W}}}{name}" for name in ("pStyle", "rStyle", "tblStyle", "basedOn", "next", "link",
                                                   "numStyleLink", "styleLink")}
# An allow-list: the relationships (their types' last segment, lower case) to parts a letter lays out. Anything
# else stays out of the public version: building blocks, the preview picture, custom XML and the author's
# properties (pismo writes its own core and app properties), a chart's embedded workbook (Word's „Edytuj dane” shows
# all of it, not only what the chart plots; the chart draws from its cached values), printer settings (the device's
# and its driver's data), and any part of another program's – an add-in's saved state, a type not known here
# (rev-tpl18 9): what is not known to be laid out is not printed.
_LAID_OUT = {"officedocument", "core-properties", "extended-properties", "styles", "styleswitheffects", "numbering",
             "settings", "websettings", "fonttable", "font", "theme", "themeoverride", "header", "footer",
             "footnotes", "endnotes", "comments", "commentsextended", "commentsids", "commentsextensible", "image",
             "hdphoto", "hyperlink", "chart", "chartusershapes", "chartstyle", "chartcolorstyle", "diagramdata",
             "diagramlayout", "diagramquickstyle", "diagramcolors", "diagramdrawing"}
# A colour as OOXML and VML write it (ST_HexColor, a:srgbClr/@val, VML's „#4f81bd [3204]”), on an attribute or
# element whose name says colour: a plate's or a surname's pattern may match „DB1234”, „FAC090”.
_HEX_COLOUR = re.compile(r"#?(?:[0-9A-Fa-f]{3}){1,2}(?:\s*\[\d+\])?")
_COLOURED = ("color", "clr", "fill")
# Elements naming a font or a script (w:rFonts, DrawingML's a:latin … and a theme's a:font/@script, the font table's
# w:font and w:altName, a symbol's font): every attribute of theirs is a font's name, a script code or a number.
_FONT_ELEMENTS = {"rfonts", "latin", "ea", "cs", "sym", "font", "bufont", "altname", "panose1", "charset", "family",
                  "pitch", "sig"}
# A VML shape's geometry: formulas („sum @0 0 10800”, „@n” a formula's result), paths, handles, connection points
# and coordinates Word writes with every WordArt, watermark and shape type – numbers, no text (rev-tpl20 2)
_VML_GEOMETRY = {"eqn", "path", "v", "connectlocs", "connectangles", "position", "adj", "coordsize", "coordorigin",
                 "textboxrect", "xrange", "yrange", "limo", "polar", "radiusrange", "points", "from", "to",
                 "control1", "control2", "spt", "wrapcoords"}
_INVISIBLE_ATTRIBUTES = {"descr", "title", "alt", "tooltip"}  # alt text, titles, tooltips: never on the page
# Elements no page shows: document variables, smart tags' and custom XML markup's attributes, content controls'
# labels and bindings, tracked deletions, a form field's help, status and default texts, a table's alt text, editing
# permissions (the accounts allowed to edit: pismo drops the document's protection, so they mean nothing)
_INVISIBLE_ELEMENTS = {f"{{{W}}}{name}" for name in (
    "docVars", "smartTagPr", "customXmlPr", "alias", "tag", "dataBinding", "placeholder", "del", "moveFrom",
    "delText", "delInstrText", "helpText", "statusText", "tblCaption", "tblDescription", "permStart", "permEnd")}
_INVISIBLE_ELEMENTS.add("{http://schemas.openxmlformats.org/drawingml/2006/chart}externalData")
_CHART_FILTERS = "http://schemas.microsoft.com/office/drawing/2012/chart"  # c15:filtered…: series a chart hides

Scrub = Callable[[str], str]


class NotPublic(ValueError):
    """A part the public version cannot clean (a picture it cannot read through, a metafile drawing text of its
    own): the message, in Polish, names it and says what to do."""


def public_parts(parts: list[tuple[str, bytes]], scrub: Scrub) -> list[tuple[str, bytes]]:
    """The parts of a public letter: those reached from the package's root by a relationship of a part laid out,
    less the headers and footers no page shows, their invisible texts removed and every text scrubbed. A part is
    read by what it holds, not by its name: XML whatever its name ends with (Word opens a header by its
    relationship), a picture less its metadata; what cannot be cleaned is refused (NotPublic), never copied."""
    parts = shown_headers.shown_only(parts)
    kept = _laid_out(parts)
    parts = _referenced_notes(package.drop_parts(parts, {name.lower() for name, _ in parts} - kept))
    scrub = _Remembering(scrub)
    parts = _unlinked(parts, scrub)
    styles = _hiding_styles(parts)
    fonts = _fonts(parts)
    with metadata.one_budget():
        cleaned = [(name, _public_part(name, blob, scrub, styles, name.lower() in fonts)) for name, blob in parts]
    return _renamed(cleaned, fonts)


def _referenced_notes(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts less the footnotes and endnotes nothing refers to (a note of a paragraph the template left out, one
    whose reference was deleted): no page prints them, as no page shows a header no section names."""
    referenced: set[tuple[str, str]] = set()
    for _, blob in parts:
        if b"noteReference" in blob and (root := _xml(blob)) is not None:
            referenced |= {(etree.QName(e).localname[:-9], e.get(f"{{{W}}}id"))
                           for e in root.iter(f"{{{W}}}footnoteReference", f"{{{W}}}endnoteReference")}
    out = []
    for name, blob in parts:
        root = _xml(blob) if b"footnotes" in blob[:4096] or b"endnotes" in blob[:4096] else None
        if root is None or etree.QName(root).localname not in ("footnotes", "endnotes"):
            out.append((name, blob))
            continue
        unread = [note for note in root if _local(note) in ("footnote", "endnote")
                  and (note.get(f"{{{W}}}type") or "normal") == "normal"
                  and (_local(note), note.get(f"{{{W}}}id")) not in referenced]
        for note in unread:
            root.remove(note)
        out.append((name, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                    if unread else blob))
    return out


def _renamed(parts: list[tuple[str, bytes]], fonts: set[str]) -> list[tuple[str, bytes]]:
    """The pictures (every part not XML, less embedded fonts) under new names, word/media/imageN.ext, with the
    relationships and content types naming them: a part's name is the template maker's („jan.nowak@example.com.png”,
    „tel. 600 100 200.png”), no reader shows it, and it would go out in the public .docx (rev-tpl16 10)."""
    from pismo.render.reach import resolve

    taken = {name.lower() for name, _ in parts}
    moves: dict[str, str] = {}
    for name, blob in parts:
        lower = name.lower()
        if lower == "[content_types].xml" or lower.endswith(".rels") or lower in fonts or _xml(blob) is not None:
            continue
        extension = posixpath.splitext(lower)[1]
        extension = extension if re.fullmatch(r"\.[a-z0-9]{1,8}", extension) else ".bin"
        number = len(moves) + 1
        while f"word/media/image{number}{extension}" in taken:
            number += 1
        moves[lower] = f"word/media/image{number}{extension}"
        taken.add(moves[lower])
    if not moves:
        return parts
    out = []
    for name, blob in parts:
        if name.lower() in moves:
            out.append((moves[name.lower()], blob))
        elif name.lower().endswith(".rels"):
            out.append((name, _retargeted(name, blob, moves, resolve)))
        elif name == "[Content_Types].xml":
            out.append((name, _retyped(blob, moves)))
        else:
            out.append((name, blob))
    return out


def _retargeted(rels: str, blob: bytes, moves: dict[str, str], resolve) -> bytes:
    """A relationship part whose targets follow the moved parts."""
    root = etree.fromstring(blob, package.safe_parser())
    folder = posixpath.dirname(posixpath.dirname(rels))
    changed = False
    for relation in root.iter("{*}Relationship"):
        if (relation.get("TargetMode") or "").strip().lower() == "external":
            continue
        target = resolve(rels.lower(), (relation.get("Target") or "").strip())
        if target in moves:
            relation.set("Target", posixpath.relpath(moves[target], folder or "."))
            changed = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else blob


def _retyped(blob: bytes, moves: dict[str, str]) -> bytes:
    """[Content_Types].xml naming the moved parts: an Override moved with its part, one added when the part's
    extension changed (to .bin) and its type came from the extension's Default."""
    root = etree.fromstring(blob, package.safe_parser())
    defaults = {(e.get("Extension") or "").lower(): e.get("ContentType") for e in root if _local(e) == "Default"}
    overrides = {unquote(e.get("PartName") or "").lstrip("/").lower(): e for e in root if _local(e) == "Override"}
    for old, new in moves.items():
        override = overrides.get(old)
        kind = override.get("ContentType") if override is not None else defaults.get(posixpath.splitext(old)[1][1:])
        if override is not None:
            override.set("PartName", "/" + new)
        elif kind and posixpath.splitext(new)[1] != posixpath.splitext(old)[1]:
            added = etree.SubElement(root, etree.QName(root, "Override").text if root.nsmap.get(None) else "Override")
            added.set("PartName", "/" + new)
            added.set("ContentType", kind)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _fonts(parts: list[tuple[str, bytes]]) -> set[str]:
    """Parts (lower case) reached only as embedded fonts: obfuscated font files, copied as they are."""
    from pismo.render.reach import resolve

    by_font, by_other = set(), set()
    for name, blob in parts:
        if name.lower().endswith(".rels"):
            for relation in etree.fromstring(blob, package.safe_parser()).iter("{*}Relationship"):
                kind = (relation.get("Type") or "").rstrip("/").rsplit("/", 1)[-1].lower()
                target = resolve(name.lower(), (relation.get("Target") or "").strip())
                (by_font if kind == "font" else by_other).add(target)
    return by_font - by_other


class _Remembering:
    """The scrubber remembering its answers: most attribute values (sizes, colours, fonts) recur many times; its
    spans too, when it says them (pismo.publication.redact.Scrubber)."""

    def __init__(self, scrub: Scrub) -> None:
        self.scrub, self.answers = scrub, {}
        if hasattr(scrub, "spans"):
            self.spans = functools.lru_cache(maxsize=4096)(scrub.spans)

    def __call__(self, text: str) -> str:
        if text not in self.answers:
            self.answers[text] = self.scrub(text)
        return self.answers[text]


def _laid_out(parts: list[tuple[str, bytes]]) -> set[str]:
    """Names (lower case) of the package's parts reached from its root by relationships of types in _LAID_OUT."""
    from pismo.render.reach import resolve  # reach builds on package

    blobs = {name.lower(): blob for name, blob in parts}
    kept, todo = {"[content_types].xml"}, [""]
    while todo:
        source = todo.pop()
        rels = posixpath.join(posixpath.dirname(source), "_rels", posixpath.basename(source) + ".rels")
        if rels not in blobs:
            continue
        kept.add(rels)
        for relation in etree.fromstring(blobs[rels], package.safe_parser()).iter("{*}Relationship"):
            kind = (relation.get("Type") or "").rstrip("/").rsplit("/", 1)[-1].lower()
            if kind not in _LAID_OUT or (relation.get("TargetMode") or "").strip().lower() == "external":
                continue
            target = resolve(rels, (relation.get("Target") or "").strip())
            if target and target in blobs and target not in kept:
                kept.add(target)
                todo.append(target)
    return kept


# Keys of _hiding_styles for what decides when nothing nearer does (no XML attribute holds a NUL)
DEFAULT_PARAGRAPH, DEFAULT_TABLE, DOC_DEFAULTS = "\0paragraph", "\0table", "\0defaults"


def _hiding_styles(parts: list[tuple[str, bytes]]) -> dict:
    """Whether each style of word/styles.xml hides its runs or shows them again (w:vanish, its own or of the
    style it is based on, the nearest deciding), keyed by (type, id): a run's w:rStyle names a character style,
    a paragraph's w:pStyle a paragraph style (one naming a style of another type is none to Word and LibreOffice).
    Styles that say neither are left out. Also the default paragraph and table styles' decision
    (DEFAULT_PARAGRAPH, DEFAULT_TABLE) and the document defaults'."""
    blob = next((blob for name, blob in parts if name.lower() == "word/styles.xml"), None)
    if blob is None:
        return {}
    root = etree.fromstring(blob, package.safe_parser())
    own: dict[tuple[str, str], tuple[bool | None, str | None]] = {}
    defaults: dict[str, str] = {}
    for style in root.iter(f"{{{W}}}style"):
        based = style.find(f"{{{W}}}basedOn")
        kind, ident = style.get(f"{{{W}}}type") or "paragraph", style.get(f"{{{W}}}styleId") or ""
        own.setdefault((kind, ident), (_vanish(style.find(f"{{{W}}}rPr")),
                                       None if based is None else based.get(f"{{{W}}}val")))
        if (style.get(f"{{{W}}}default") or "").lower() in ("1", "true", "on"):
            defaults.setdefault(kind, ident)
    decided: dict = {}
    for key in own:
        seen, current = set(), key
        while current in own and current not in seen:  # a cycle of basedOn decides nothing
            seen.add(current)
            vanish, based_on = own[current]
            if vanish is not None:
                decided[key] = vanish
                break
            current = (key[0], based_on)
    for kind, key in (("paragraph", DEFAULT_PARAGRAPH), ("table", DEFAULT_TABLE)):
        if (kind, defaults.get(kind)) in decided:
            decided[key] = decided[(kind, defaults[kind])]
    document = _vanish(root.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr"))
    if document is not None:
        decided[DOC_DEFAULTS] = document
    return decided


def _public_part(name: str, blob: bytes, scrub: Scrub, styles: dict | None = None, font: bool = False) -> bytes:
    """An XML part (whatever its name) less its invisible texts, its texts scrubbed; a picture less its metadata;
    an embedded font and unchanged parts as they were; anything else refused (NotPublic)."""
    if name == "[Content_Types].xml":
        return blob
    root = _xml(blob)
    if root is None:
        return blob if font else _binary(name, blob)
    if etree.QName(root).localname == "svg":
        return _svg(name, root, scrub)
    changed = _scrub_links(root, scrub) if name.lower().endswith(".rels") else _clean(root, scrub, styles or {}, name)
    if not changed:
        return blob
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _xml(blob: bytes):
    """The part's tree when it is XML (the checks read such a part as XML whatever its name); None otherwise."""
    if not blob.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return None
    try:
        return etree.fromstring(blob, package.safe_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None


_WHAT_TO_DO = "wstaw obraz jako PNG lub JPEG albo wpisz jego treść w dokumencie"
# a JPEG of a process the public version does not walk (rev-tpl24 6/7): any editor re-saves it as an ordinary one
_RESAVE_JPEG = ("otwórz obraz w programie graficznym (np. Paint lub GIMP), zapisz go ponownie jako zwykły JPEG albo "
                "PNG i wstaw go do szablonu")


def _binary(name: str, blob: bytes) -> bytes:
    """A picture less its metadata; a metafile drawing no text; anything else is refused (NotPublic)."""
    try:
        picture = metadata.stripped(blob)
    except metadata.Costly as exc:
        raise NotPublic(f"obraz {name} ma tyle danych ({exc.what}), że ich sprawdzenie trwałoby zbyt długo – zapisz "
                        "go jako PNG lub JPEG w mniejszym rozmiarze i wstaw go do szablonu ponownie") from None
    except metadata.Unreadable:
        raise NotPublic(f"obrazu {name} nie da się odczytać do końca (uszkodzony plik), więc nie można usunąć jego "
                        f"metadanych – zapisz obraz ponownie w programie graficznym i wstaw go do szablonu") from None
    except metadata.Opaque as exc:
        what_to_do = _RESAVE_JPEG if str(exc).startswith("JPEG") else _WHAT_TO_DO
        raise NotPublic(f"obraz {name} jest w formacie {exc} – wersja publiczna nie może usunąć z niego danych "
                        "zapisanych po zakodowanym obrazie (czytnik ich nie pokazuje, a zostają w pliku); "
                        f"{what_to_do}") from None
    except metadata.Embedded:
        raise NotPublic(f"obraz wektorowy {name} zawiera w sobie inny obraz (JPEG, PNG lub metaplik), którego "
                        f"metadanych wersja publiczna nie może usunąć – {_WHAT_TO_DO}") from None
    if picture is None:
        raise NotPublic(f"części {name} nie da się oczyścić z danych (nieznany format) – usuń ją z szablonu "
                        f"albo {_WHAT_TO_DO}")
    if metadata.drawn_text(picture):
        raise NotPublic(f"obraz wektorowy {name} zawiera napisy, których wersja publiczna nie może sprawdzić – "
                        f"{_WHAT_TO_DO}")
    return picture


_SVG_TEXTS = {"text", "tspan", "textPath", "foreignObject"}
_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"
# An allow-list: the elements that draw a picture with no text of its own (text elements are refused; patterns,
# masks, filters … are refused by the template checks) and the attributes that give geometry, colour and
# references. Everything else an editor writes (Inkscape's aria-label holding the text of lettering turned into
# paths, sodipodi:docname, inkscape:export-filename, data-*, a <style> sheet's comments, XML comments) goes.
_SVG_DRAWING = {"svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line", "polyline",
                "polygon", "linearGradient", "radialGradient", "stop", "image", "switch"}
_SVG_PAINT = {"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
              "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "color",
              "display", "visibility", "stop-color", "stop-opacity", "clip-rule", "overflow", "vector-effect",
              "shape-rendering", "image-rendering", "color-interpolation", "paint-order"}
_SVG_ATTRIBUTES = _SVG_PAINT | {
    "id", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "width", "height",
    "points", "transform", "viewBox", "preserveAspectRatio", "offset", "gradientUnits", "gradientTransform",
    "spreadMethod", "pathLength", "version", "style", "href"}
_SVG_PICTURES = {"image/png", "image/jpeg", "image/jpg", "image/gif"}
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|(rgba?|hsla?)\([\d\s.,%]*\)|url\(#i\d+\)")
_GEOMETRY = re.compile(r"[\d\s.,eE+\-MmZzLlHhVvCcSsQqTtAa]*")  # numbers and path commands: no text to scrub


def _svg(name: str, root, scrub: Scrub) -> bytes:
    """An SVG picture rebuilt from what draws it (_SVG_DRAWING, _SVG_ATTRIBUTES), its ids renamed, an embedded
    picture less its metadata; one drawing text is refused (NotPublic)."""
    elements = list(root.iter(tag=etree.Element))
    if any(_svg_text(e) for e in elements):
        raise NotPublic(f"obraz wektorowy {name} zawiera napisy, których wersja publiczna nie może sprawdzić – "
                        f"{_WHAT_TO_DO}")
    _styled(name, elements)
    ids: dict[str, str] = {}
    for element in elements:
        ident = element.get("id") if etree.QName(element).localname in _SVG_DRAWING else None
        if ident is not None and ident not in ids:
            ids[ident] = f"i{len(ids) + 1}"
    copy = _svg_copy(name, root, ids, scrub)
    return etree.tostring(copy, xml_declaration=True, encoding="UTF-8")


def _svg_text(element) -> bool:
    """Whether an element draws text: a text element, or a foreignObject holding anything (Illustrator's empty
    one only marks its private data, which the copy leaves out as it leaves out <i:pgf>, rev-tpl18 12)."""
    local = etree.QName(element).localname
    if local == "foreignObject":
        return len(element) > 0 or bool((element.text or "").strip())
    return local in _SVG_TEXTS


_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_SELECTOR = re.compile(r"([A-Za-z][\w-]*)?((?:\.[\w-]+)*)(#[\w-]+)?((?:\.[\w-]+)*)")


def _styled(name: str, elements: list) -> None:
    """The colours a <style> sheet gives (Illustrator's default export: .cls-1{fill:#e30613}) written into each
    element's style attribute, ahead of its own, as the sheet applies them: by specificity, then order. The copy
    keeps no sheet; a sheet of other than simple type, class and id selectors is refused by name, never dropped
    into a black picture (rev-tpl18 7)."""
    sheet = "".join("".join(e.itertext()) for e in elements if etree.QName(e).localname == "style")
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S).replace("<![CDATA[", "").replace("]]>", "")
    if not sheet.strip():
        return
    rules = []
    for order, (selectors, body) in enumerate(_CSS_RULE.findall(sheet)):
        for selector in selectors.split(","):
            match = _CSS_SELECTOR.fullmatch(selector.strip())
            if match is None or not selector.strip():
                raise NotPublic(f"obraz wektorowy {name} ma kolory w arkuszu stylów (<style>) z regułą "
                                f"„{selector.strip()[:40]}”, której wersja publiczna nie umie odczytać – zapisz go z "
                                "kolorami w atrybutach (Illustrator: Eksportuj jako → SVG, Style: Atrybuty "
                                f"prezentacji) albo {_WHAT_TO_DO}")
            tag, classes, ident = match.group(1), set((match.group(2) + match.group(4)).split(".")) - {""}, match.group(3)
            rules.append(((bool(ident), len(classes), bool(tag)), order, tag, classes, ident, body.replace("!important", "")))
    if _CSS_RULE.sub("", sheet).strip():
        raise NotPublic(f"obraz wektorowy {name} ma arkusz stylów (<style>), którego wersja publiczna nie umie "
                        "odczytać (np. @import, @media) – zapisz go z kolorami w atrybutach (Illustrator: Eksportuj "
                        f"jako → SVG, Style: Atrybuty prezentacji) albo {_WHAT_TO_DO}")
    rules.sort(key=lambda rule: rule[:2])
    for element in elements:
        local, own = etree.QName(element).localname, set((element.get("class") or "").split())
        given = [body for _, _, tag, classes, ident, body in rules
                 if (tag is None or tag == local) and classes <= own and (ident is None or ident[1:] == element.get("id"))]
        if given:
            element.set("style", ";".join([*given, element.get("style") or ""]))


def _svg_copy(name: str, element, ids: dict[str, str], scrub: Scrub):
    """The element with its allowed attributes and children, no text (drawing elements hold none)."""
    copy = etree.Element(f"{{{_SVG}}}{etree.QName(element).localname}", nsmap={None: _SVG, "xlink": _XLINK})
    for key, value in element.attrib.items():
        qualified = etree.QName(key)
        if qualified.localname not in _SVG_ATTRIBUTES or qualified.namespace not in (None, _XLINK) or \
                qualified.namespace == _XLINK and qualified.localname != "href":
            continue
        kept = _svg_value(name, qualified.localname, value, ids, scrub)
        if kept is not None:
            copy.set(key, kept)
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).namespace == _SVG and \
                etree.QName(child).localname in _SVG_DRAWING:
            copy.append(_svg_copy(name, child, ids, scrub))
    return copy


def _svg_value(name: str, attribute: str, value: str, ids: dict[str, str], scrub: Scrub) -> str | None:
    """An attribute's value as the public picture keeps it: ids and references renamed, an embedded picture
    stripped, a style less declarations of other properties, the rest scrubbed as text is (None: dropped)."""
    if attribute == "id":
        return ids.get(value)
    if attribute == "href":
        value = value.strip()
        if value.startswith("#"):
            return "#" + ids[value[1:]] if value[1:] in ids else None
        return _svg_picture(name, value)
    if attribute == "style":
        declarations = [d.split(":", 1) for d in value.split(";") if ":" in d]
        kept = [(p.strip(), _svg_references(v.strip(), ids)) for p, v in declarations if p.strip() in _SVG_PAINT]
        return ";".join(f"{p}:{_svg_plain(v, scrub)}" for p, v in kept) or None  # a property's name is no text
    return _svg_plain(_svg_references(value, ids), scrub)


def _svg_plain(value: str, scrub: Scrub) -> str:
    """A value scrubbed as text is, but numbers, path commands and colours, which say nothing."""
    return value if _GEOMETRY.fullmatch(value) or _COLOUR.fullmatch(value.strip()) else scrub(value)


def _svg_references(value: str, ids: dict[str, str]) -> str:
    return re.sub(r"url\(\s*['\"]?#([^)'\"\s]+)['\"]?\s*\)",
                  lambda m: f"url(#{ids[m.group(1)]})" if m.group(1) in ids else "none", value)


def _svg_picture(name: str, address: str) -> str:
    """A data: picture inside an SVG less its metadata, as a picture of the letter; any other address refused."""
    head, _, data = address.partition(",")
    kind = head[5:].split(";")[0].strip().lower() if head.lower().startswith("data:") else ""
    if kind not in _SVG_PICTURES or not head.lower().endswith(";base64"):
        raise NotPublic(f"obraz wektorowy {name} odwołuje się do obrazu, którego wersja publiczna nie może "
                        f"oczyścić z metadanych – {_WHAT_TO_DO}")
    try:
        picture = base64.b64decode("".join(data.split()), validate=True)
    except ValueError:
        picture = b""
    cleaned = _binary(name, picture) if picture else None
    if not cleaned:
        raise NotPublic(f"obraz osadzony w obrazie wektorowym {name} jest uszkodzony – {_WHAT_TO_DO}")
    return f"data:{kind};base64," + base64.b64encode(cleaned).decode("ascii")


def _scrub_links(root, scrub: Scrub) -> bool:
    """External targets (mailto:, a profile's address) scrubbed as addresses (_public_address); one nothing of
    which is public and still named by something _unlinked could not unlink leads to _NOWHERE."""
    changed = False
    for relation in root.iter("{*}Relationship"):
        if (relation.get("TargetMode") or "").strip().lower() == "external":
            target = relation.get("Target") or ""
            kept = _public_address(target, scrub) or _NOWHERE
            if kept != target:
                relation.set("Target", kept)
                changed = True
    return changed


def _public_address(address: str, scrub: Scrub) -> str | None:
    """A link's address scrubbed as text is, read as its reader reads it (a query's „+” is a space: „tel=600+100+200”
    is a phone), and still an address: where the scrubber would leave no web or e-mail address („[adres profilu
    usunięty]”, which Word opens as a file beside the document), the site's root instead, or None when even that is
    scrubbed – nothing of it is public, the link goes (_unlinked, rev-tpl18 16). Unchanged when there is nothing to
    scrub."""
    from pismo.render.reach import is_web

    canonical = _canonical(address)
    if canonical != address and _public_address(canonical, scrub) != canonical:
        return _public_address(canonical, scrub)  # „wa.me:443/…”, „facebook.com./…”: the service a browser opens
    head, mark, query = address.partition("?")
    read = _read(head, " ") + mark + unquote_plus(query)
    if scrub(read) == read and _scrubbed_path(head, scrub) == head:
        return address
    cleaned = _scrubbed_path(head, scrub) + mark + _scrubbed_query(query, scrub)
    parts = urlsplit(address)
    if parts.scheme.lower() == "mailto":
        return _public_mailbox(cleaned)
    if is_web(cleaned) and urlsplit(cleaned).netloc == parts.netloc:
        return cleaned
    root = f"{parts.scheme}://{parts.netloc}/"
    if parts.scheme.lower() in ("http", "https") and parts.netloc and scrub(root) == root:
        return root
    return None  # a site the scrubber reads as a profile's whole (wa.me/…): no address of it is public


def _canonical(address: str) -> str:
    """A web address as a browser opens it: its host without a user, a port or a trailing dot (rev-tpl20 17)."""
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return address
    return urlunsplit((parts.scheme, parts.hostname.rstrip("."), parts.path, parts.query, parts.fragment))


def _scrubbed_path(path: str, scrub: Scrub) -> str:
    """An address before its query scrubbed as text is, in both of its readings (_read): a path's „+” as itself
    („mailto:jan+sprawy@…”, „+48 600…”, a handle „wrzos_zenek”), then as the words a site means by it, „+” and „_”
    spaces („pesel+80010112340”, „tel+600+100+200”: the text scrubber reads „+80010112340” as an international
    number). Names are read in the words only: „Staszica+9” read as itself is a surname the address it means,
    „Staszica 9”, is not, and „Jan_Paweł_II” is the title „Jan Paweł II” (rev-tpl21 3)."""
    path = _scrubbed_reading(path, scrub, "+", names=False)
    return _scrubbed_reading(path, scrub, " ")


def _read(path: str, plus: str) -> str:
    """A path as its reader reads it: escapes decoded, a bare „+” read as `plus` – read as a space, „_” too."""
    return "".join(_read_units(path, plus)[1])


def _read_units(path: str, plus: str) -> tuple[list[str], list[str]]:
    """A path's units – a character, or a run of escapes (one UTF-8 text) – and each one's reading."""
    units = re.findall(r"(?:%[0-9A-Fa-f]{2})+|.", path, re.S)
    words = str.maketrans("_", " ") if plus == " " else {}
    return units, [plus if unit == "+" else unquote(unit).translate(words) for unit in units]


def _scrubbed_reading(path: str, scrub: Scrub, plus: str, names: bool = True) -> str:
    """A path scrubbed in one reading, what the scrubber leaves kept byte for byte: a path's „+” or „%2C” it did
    not touch is no „%2B” or „,” after it (rev-tpl20 4: a map's place name „Komenda+Powiatowa+…” became the
    literal text „Komenda%2BPowiatowa”). Without `names`, the names it finds stay."""
    units, pieces = _read_units(path, plus)
    whole = "".join(pieces)
    spans = [span for span in _spans(scrub, whole) if names or span[2] != NAME_MARK]
    new = _distributed(pieces, whole, spans)
    return "".join(unit if text == piece else quote(text, safe=":/#@") for unit, piece, text in zip(units, pieces, new))


def _scrubbed_query(query: str, scrub: Scrub) -> str:
    """A query's fields each scrubbed as read, its key with its value („pesel=80010112345”: the key says what the
    number is), and encoded again whole: a value's encoded „&” stays in its value, not a field of its own
    (rev-tpl19 1)."""
    fields = []
    for field in query.split("&"):
        key, equals, value = field.partition("=")
        cleaned = scrub(unquote_plus(key) + equals + unquote_plus(value))
        key, equals, value = cleaned.partition("=") if equals else (cleaned, "", "")
        fields.append(quote(key, safe="") + equals + quote(value, safe=""))
    return "&".join(fields)


def _unlinked(parts: list[tuple[str, bytes]], scrub: Scrub) -> list[tuple[str, bytes]]:
    """The parts less the links to an address nothing of which is public (wa.me/48600100200: the scrubber takes it
    whole): a w:hyperlink's runs stay in its paragraph without the link and its character style „Hyperlink”, a
    drawing's a:hlinkClick goes, and the relationship with its last reference. A link to „example.invalid” was no
    link a reader could use."""
    dead: dict[str, set[str]] = {}
    for name, blob in parts:
        root = _xml(blob) if name.lower().endswith(".rels") and b"xternal" in blob else None
        for relation in () if root is None else root.iter("{*}Relationship"):
            if (relation.get("TargetMode") or "").strip().lower() == "external" and \
                    _public_address(relation.get("Target") or "", scrub) is None:
                dead.setdefault(_source(name), set()).add(relation.get("Id"))
    if not dead:
        return parts
    styles = _hyperlink_styles(parts)
    gone: dict[str, set[str]] = {}
    out = []
    for name, blob in parts:
        ids = dead.get(name.lower())
        root = _xml(blob) if ids else None
        if root is None:
            out.append((name, blob))
            continue
        gone[name.lower()] = ids - _unlink(root, ids, styles)
        out.append((name, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)))
    return [(name, _without_relationships(blob, gone.get(_source(name), set())) if name.lower().endswith(".rels")
             else blob) for name, blob in out]


def _source(rels: str) -> str:
    """The part (lower case) a relationship part speaks for: word/_rels/document.xml.rels → word/document.xml."""
    return posixpath.join(posixpath.dirname(posixpath.dirname(rels)), posixpath.basename(rels)[:-5]).lower()


def _unlink(root, ids: set[str], styles: set[str]) -> set[str]:
    """Links to ids unwrapped (w:hyperlink) or dropped (a:hlinkClick, a:hlinkHover); the ids still named otherwise."""
    kept = set()
    for element in list(root.iter(tag=etree.Element)):
        named = {v for k, v in element.attrib.items() if etree.QName(k).namespace == _RELATIONSHIPS} & ids
        if not named:
            continue
        if element.tag == f"{{{W}}}hyperlink":
            for style in element.iter(f"{{{W}}}rStyle"):
                if style.get(f"{{{W}}}val") in styles:
                    style.getparent().remove(style)
            _unwrap(element)
        elif _local(element).startswith("hlink"):
            element.getparent().remove(element)
        else:
            kept |= named
    return kept


def _unwrap(element) -> None:
    """The element replaced by its children."""
    parent = element.getparent()
    at = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(at + offset, child)
    parent.remove(element)


def _hyperlink_styles(parts: list[tuple[str, bytes]]) -> set[str]:
    """The ids of the character style Word gives a link's text (named „Hyperlink”; its id „Hipercze” in a Polish
    Word)."""
    blob = next((blob for name, blob in parts if name.lower() == "word/styles.xml"), None)
    root = None if blob is None else _xml(blob)
    names = [] if root is None else [(s.get(f"{{{W}}}styleId"), s.find(f"{{{W}}}name")) for s in root.iter(f"{{{W}}}style")]
    return {ident for ident, name in names if name is not None and (name.get(f"{{{W}}}val") or "").lower() == "hyperlink"}


def _without_relationships(blob: bytes, ids: set[str]) -> bytes:
    if not ids:
        return blob
    root = etree.fromstring(blob, package.safe_parser())
    for relation in list(root.iter("{*}Relationship")):
        if relation.get("Id") in ids:
            root.remove(relation)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _clean(root, scrub: Scrub, styles: dict, part: str = "") -> bool:
    """The part less its invisible texts; every paragraph's text scrubbed whole (symbols of a text font read as
    text), every field's code whole, then every other text node and every attribute value but identifiers
    (_is_identifier) on its own."""
    _check_uncropped(root, part)
    changed = _drop_invisible(root, scrub, styles) | _symbols_as_text(root) | _unlinked_fields(root, scrub)
    for element in root.iter(tag=etree.Element):
        if etree.QName(element).localname in _PARAGRAPHS:
            changed |= _scrub_paragraph(element, scrub)
    for code in _field_codes(root):
        changed |= _scrub_joined(code, _printed_code) | _scrub_joined(code, functools.partial(_linked, scrub=scrub))
        changed |= _scrub_joined(code, _field_scrub(scrub))
    for simple in root.iter(f"{{{W}}}fldSimple"):
        if _printed_code(simple.get(f"{{{W}}}instr") or "") != (simple.get(f"{{{W}}}instr") or ""):
            simple.set(f"{{{W}}}instr", _printed_code(simple.get(f"{{{W}}}instr") or ""))
            changed = True
    for node in root.iter():
        if not (node.tag in _TEXTS and _paragraph_of(node) is not None):
            changed |= _scrub_text(node, _field_scrub(scrub) if node.tag == f"{{{W}}}instrText" else scrub)
        changed |= _scrub_tail(node, scrub)
        if not isinstance(node.tag, str):
            continue  # a comment or processing instruction: no attributes
        for key, value in node.attrib.items():
            scrubbing = _ATTRIBUTE_SCRUBS.get((node.tag, key), lambda given: given)(scrub)
            if not (_is_identifier(node, key) or _is_formatting(node, key, value)) and scrubbing(value) != value:
                node.set(key, _style_name(node, key) or scrubbing(value))
                changed = True
    return changed


def _as_bookmark(scrub: Scrub) -> Scrub:
    """A bookmark's name read as its words: Word allows no space in one, so „termin_realizacji” is the usual form
    and no handle; one naming a person is still scrubbed (rev-tpl20 16)."""
    return lambda name: name if scrub(name.replace("_", " ")) == name.replace("_", " ") else scrub(name)


_BOOKMARK_SWITCH = re.compile(r'(\\l\s*)("[^"]*"?|\S+)', re.I)  # HYPERLINK \l: the bookmark it leads to


def _field_scrub(scrub: Scrub) -> Scrub:
    """A field's code scrubbed with its bookmark names (\\l) read as bookmarks' names are."""
    named = _as_bookmark(scrub)

    def scrubbed(code: str) -> str:
        out, last = [], 0
        for m in _BOOKMARK_SWITCH.finditer(code):
            out += [scrub(code[last:m.start(2)]), named(m.group(2))]
            last = m.end()
        return "".join(out) + scrub(code[last:])
    return scrubbed


def _as_theme_name(scrub: Scrub) -> Scrub:
    """A theme's or its schemes' name: free text (Projektowanie → Motywy → Zapisz bieżący motyw takes any), yet
    printed nowhere and no text of the letter – one the scrubber would change becomes Word's neutral „Office”,
    with no marker counted as a removed name: Word's own „Gallery” (Galeria) read as a surname told the officer of
    four names removed from a template holding none (rev-tpl20 2)."""
    return lambda name: name if scrub(name) == name else "Office"


_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
# Attribute values scrubbed by their own reading: bookmarks' names, the links to them, a simple field's code, a
# theme's names
_ATTRIBUTE_SCRUBS = {(f"{{{W}}}bookmarkStart", f"{{{W}}}name"): _as_bookmark,
                     (f"{{{W}}}hyperlink", f"{{{W}}}anchor"): _as_bookmark,
                     (f"{{{W}}}fldSimple", f"{{{W}}}instr"): _field_scrub,
                     **{(f"{{{_DRAWING}}}{local}", "name"): _as_theme_name
                        for local in ("theme", "clrScheme", "fontScheme", "fmtScheme")}}


def _is_formatting(element, key: str, value: str) -> bool:
    """Whether an attribute's value is a colour, a font's or a script's name or a VML shape's geometry: formatting no
    person wrote, which a scrubbed value would spoil (red text printed black, a letter set in a fallback font)."""
    local, attribute = _local(element).lower(), etree.QName(key).localname.lower()
    if local in _FONT_ELEMENTS and etree.QName(element).namespace not in _VML:
        return True
    if etree.QName(element).namespace in _VML and attribute in _VML_GEOMETRY:
        return True
    return bool(_HEX_COLOUR.fullmatch(value.strip())) and any(word in name for name in (local, attribute)
                                                               for word in _COLOURED)


def _style_name(element, key: str) -> str | None:
    """A style's name that would be scrubbed: its id instead (Word's linked „Title Char”, „Heading 1 Char” read as
    surnames; scrubbed, two styles would share one name). The id is kept as an identifier anyway."""
    style = element.getparent()
    if _local(element) == "name" and style is not None and style.tag == f"{{{W}}}style" and key == f"{{{W}}}val":
        return style.get(f"{{{W}}}styleId")
    return None


_ENTRY_FIELD = re.compile(r'^(\s*(XE|TC)\b).*$', re.I | re.S)  # an index's or contents' entry: printed by no page
_SCREEN_TIP = re.compile(r'\\o\s*("[^"]*"?|\S+)', re.I)  # HYPERLINK's \o: the tooltip, w:hyperlink/@w:tooltip's twin


_NOWHERE = "https://example.invalid/"  # a web address that leads nowhere (RFC 2606 reserves .invalid)
_NO_MAILBOX = "mailto:adres.usuniety@example.invalid"  # the same for an e-mail address (redact.MAILBOX_REMOVED)
_MAILBOXES = re.compile(r"[^@\s,]+@[^@\s,]+\.[^@\s,]+(,[^@\s,]+@[^@\s,]+\.[^@\s,]+)*")


def _public_mailbox(cleaned: str) -> str:
    """A scrubbed mailto: still addressed to a mailbox: where the scrubber took the address („[adres e-mail
    usunięty]”, an invalid recipient in every mail client), _NO_MAILBOX with the scrubbed message's fields
    (rev-tpl19 5)."""
    from pismo.render.reach import is_web

    head, mark, query = cleaned.partition("?")
    if is_web(cleaned) and _MAILBOXES.fullmatch(unquote(head[len("mailto:"):])):
        return cleaned
    return _NO_MAILBOX + mark + query if is_web(_NO_MAILBOX + mark + query) else _NO_MAILBOX
def _unlinked_fields(root, scrub: Scrub) -> bool:
    """HYPERLINK fields to an address nothing of which is public, as _unlinked's links: the field's markup goes,
    its result stays as text (a field holding another field in its code is left to _linked)."""
    changed = False
    for simple in list(root.iter(f"{{{W}}}fldSimple")):
        if _dead_field(simple.get(f"{{{W}}}instr") or "", scrub):
            _unwrap(simple)
            changed = True
    for marks, code in _plain_fields(root):
        if _dead_field("".join(t.text or "" for t in code), scrub):
            for element in marks + code:
                run = element.getparent()
                run.remove(element)
                if run.tag == f"{{{W}}}r" and all(_local(c) == "rPr" for c in run):
                    run.getparent().remove(run)
            changed = True
    return changed


def _dead_field(code: str, scrub: Scrub) -> bool:
    found = _FIELD_ADDRESS.match(code)
    return bool(found) and _public_address(found.group(2).strip('"'), scrub) is None


def _plain_fields(root) -> list[tuple[list, list]]:
    """Complex fields holding no other field: (their begin, separate and end marks, their code's w:instrText)."""
    found, open_fields = [], []
    for element in root.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText"):
        kind = element.get(f"{{{W}}}fldCharType") if element.tag == f"{{{W}}}fldChar" else "code"
        if kind == "begin":
            for field in open_fields:
                field["nested"] = True
            open_fields.append({"marks": [element], "code": [], "nested": False})
        elif open_fields and kind == "code":
            open_fields[-1]["code"].append(element)
        elif open_fields and kind == "separate":
            open_fields[-1]["marks"].append(element)
        elif open_fields and kind == "end":
            field = open_fields.pop()
            if not field["nested"]:
                found.append((field["marks"] + [element], field["code"]))
    return found


# the address after any switches Word reads before it (\o "tip", \t "frame", \m, \n – rev-tpl20 8)
_FIELD_ADDRESS = re.compile(r'^(\s*HYPERLINK\s+(?:\\[ot]\s*(?:"[^"]*"|[^\s"\\]+)\s+|\\[mn]\s+)*)'
                            r'("[^"]*"|[^\s"\\]+)', re.I)


def _linked(code: str, scrub: Scrub) -> str:
    """A HYPERLINK field's code with its address scrubbed as a link's target is (_public_address)."""
    found = _FIELD_ADDRESS.match(code)
    if not found:
        return code
    address = found.group(2).strip('"')
    kept = _public_address(address, scrub) or _NOWHERE  # a field _unlinked_fields could not take apart
    return code if kept == address else code[:found.start(2)] + f'"{kept}"' + code[found.end(2):]


def _printed_code(code: str) -> str:
    """A field's code less the text it never prints: an XE or TC field's entry (shown only through an index or a
    table of contents, whose result the document holds as text), a HYPERLINK's screen tip."""
    entry = _ENTRY_FIELD.match(code)
    if entry:
        return entry.group(1) + ' "" '
    if code.strip().upper().startswith("HYPERLINK"):
        return _SCREEN_TIP.sub("", code)
    return code


_CROPS = {"{http://schemas.openxmlformats.org/drawingml/2006/main}srcRect": ("l", "t", "r", "b"),
          "{urn:schemas-microsoft-com:vml}imagedata": ("cropleft", "croptop", "cropright", "cropbottom")}


def _check_uncropped(root, part: str) -> None:
    """A picture cropped in Word keeps its cut-away part in the file (a:srcRect, VML's crop attributes only say
    what to show); the public version cannot cut pixels (no image library), so it refuses one by name and part,
    saying how Word cuts them off."""
    for element in root.iter(*_CROPS):
        if any(_cut(element.get(side)) for side in _CROPS[element.tag]):
            holder = next((a for a in element.iterancestors() if etree.QName(a).localname in ("pic", "shape", "sp")),
                          element)
            named = next((e.get("name") for e in holder.iter("{*}cNvPr") if e.get("name")), None)
            raise NotPublic(f"obraz{f' „{named[:60]}”' if named else ''} (część {part}) jest przycięty w Wordzie, a "
                            "plik zawiera go całego, z wyciętą częścią – zaznacz go w Wordzie i wybierz Formatowanie "
                            "obrazu → Kompresuj obrazy, zaznacz „Usuń przycięte obszary obrazów” i kliknij OK, potem "
                            "zapisz szablon; obraz wektorowy (SVG, EMF), którego Word tak nie przytnie, przytnij w "
                            "programie graficznym i wstaw go ponownie")


def _cut(value: str | None) -> bool:
    """Whether a crop value cuts something away (a negative one pads, a zero does nothing)."""
    text = (value or "").strip().lower().rstrip("f")
    try:
        return float(text) > 0
    except ValueError:
        return bool(text)


def _is_identifier(element, key: str) -> bool:
    """Whether an attribute names something else in the package (see _STYLE_REFERENCES) rather than says anything."""
    name = etree.QName(key)
    local = name.localname.lower()
    if etree.QName(element).namespace in _VML or name.namespace in _VML:
        return False  # a VML shape's id and o:spid hold its name as Word's selection pane gives it (rev-tpl17 12)
    if name.namespace in (_RELATIONSHIPS, _COMPATIBILITY, _XML) or local.endswith("id") or local.startswith("rsid"):
        return True
    return element.tag in _STYLE_REFERENCES and key == f"{{{W}}}val"


def _drop_invisible(root, scrub: Scrub, styles: dict) -> bool:
    """Texts no page shows: alt text and titles, document variables, smart tags' and content controls' labels and
    bindings, hidden runs (directly or by their style), tracked deletions, bookmarks named with private data."""
    doomed = [e for e in root.iter(*_INVISIBLE_ELEMENTS)] + _unchosen_entries(root)
    doomed += [e for e in root.iter(f"{{{_CHART_FILTERS}}}*") if etree.QName(e).localname.startswith("filtered")]
    doomed += [e for e in root.iter(f"{{{W}}}default") if etree.QName(e.getparent()).localname == "textInput"]
    seen: dict = {}  # paragraph or table → its style id, worked out once (a tab-separated paragraph has many runs)
    hidden = [run for run in root.iter(f"{{{W}}}r") if _hidden(run, styles, seen)]
    doomed += [run for run in hidden if run.find(f"{{{W}}}fldChar") is None]  # a field's characters keep it whole
    blanked = [text for run in hidden for text in run.iter(f"{{{W}}}t") if text.text]
    for text in blanked:
        text.text = ""
    marks = [e for e in root.iter(f"{{{W}}}bookmarkStart")
             if scrub((e.get(f"{{{W}}}name") or "").replace("_", " ")) != (e.get(f"{{{W}}}name") or "").replace("_", " ")]
    ids = {e.get(f"{{{W}}}id") for e in marks}
    doomed += marks + [e for e in root.iter(f"{{{W}}}bookmarkEnd") if e.get(f"{{{W}}}id") in ids]
    for element in doomed:
        if element.getparent() is not None:
            element.getparent().remove(element)
    stripped = False
    for element in root.iter(tag=etree.Element):
        for key in [k for k in element.attrib if etree.QName(k).localname in _INVISIBLE_ATTRIBUTES]:
            del element.attrib[key]
            stripped = True
    return bool(doomed or blanked) or stripped


def _unchosen_entries(root) -> list:
    """The entries of drop-downs that are not shown: a content control's list items other than the one its content
    shows, a form drop-down's entries other than its chosen one (which becomes the first and only)."""
    doomed = []
    for listing in root.iter(f"{{{W}}}dropDownList", f"{{{W}}}comboBox"):
        listing.attrib.pop(f"{{{W}}}lastValue", None)
        content = listing.getparent().getparent().find(f"{{{W}}}sdtContent") \
            if listing.getparent() is not None and listing.getparent().getparent() is not None else None
        shown = "" if content is None else "".join(t.text or "" for t in content.iter(f"{{{W}}}t")).strip()
        doomed += [item for item in listing.iter(f"{{{W}}}listItem")
                   if (item.get(f"{{{W}}}displayText") or item.get(f"{{{W}}}value") or "").strip() != shown]
    for listing in root.iter(f"{{{W}}}ddList"):
        entries = listing.findall(f"{{{W}}}listEntry")
        chosen = next((_number(listing.find(f"{{{W}}}{kind}")) for kind in ("result", "default")
                       if listing.find(f"{{{W}}}{kind}") is not None), 0)
        doomed += [entry for index, entry in enumerate(entries) if index != chosen]
        for kind in ("result", "default"):
            if listing.find(f"{{{W}}}{kind}") is not None:
                listing.find(f"{{{W}}}{kind}").set(f"{{{W}}}val", "0")
    return doomed


def _number(element) -> int:
    try:
        return int(element.get(f"{{{W}}}val") or "0")
    except ValueError:
        return 0


def _hidden(run, styles: dict, seen: dict | None = None) -> bool:
    """Whether Word hides the run: its own w:vanish decides; else w:vanish is a toggle across the style hierarchy
    (ECMA-376 Part 1 §17.7.3, as Word and LibreOffice apply it): each of its character style, its paragraph's style
    (the default paragraph style's when it names none) and its table's style (the default table style's) that
    hides turns hiding over – two hiding styles show the run; when none of them says, the document defaults
    decide (styles: _hiding_styles). `seen` keeps each paragraph's and table's style for the next run in it."""
    properties = run.find(f"{{{W}}}rPr")
    own = _vanish(properties)
    if own is not None:
        return own
    seen = {} if seen is None else seen
    paragraph = _ancestor(run, "p")
    table = _ancestor(run, "tbl")
    paragraph_style = _container_style(paragraph, "pPr", "pStyle", seen)
    table_style = _container_style(table, "tblPr", "tblStyle", seen)
    levels = [styles.get(("character", _style(properties, "rStyle"))),
              styles.get(("paragraph", paragraph_style)) if paragraph_style else styles.get(DEFAULT_PARAGRAPH)]
    if table is not None:
        levels.append(styles.get(("table", table_style)) if table_style else styles.get(DEFAULT_TABLE))
    said = [level for level in levels if level is not None]
    if said:
        return sum(said) % 2 == 1
    return styles.get(DOC_DEFAULTS, False)


def _container_style(container, properties: str, name: str, seen: dict) -> str | None:
    """The style id a paragraph's (table's) properties name, looked up once per container: finding its w:pPr
    reads past every run of a paragraph that has none, so per run that made the pass quadratic (rev-pub17 19)."""
    if container is None:
        return None
    if container not in seen:
        seen[container] = _style(container.find(f"{{{W}}}{properties}"), name)
    return seen[container]


def _ancestor(element, local: str):
    """The nearest WordprocessingML element of this local name holding the element (None: none)."""
    return next((a for a in element.iterancestors(f"{{{W}}}{local}")), None)


def _vanish(properties) -> bool | None:
    """Whether run properties hide (True) or show again (False) their text; None when they say neither."""
    vanish = None if properties is None else properties.find(f"{{{W}}}vanish")
    if vanish is None:
        return None
    return (vanish.get(f"{{{W}}}val") or "true").lower() not in ("false", "0", "off")


def _style(properties, name: str) -> str | None:
    """The style id properties name (w:rStyle, w:pStyle)."""
    element = None if properties is None else properties.find(f"{{{W}}}{name}")
    return None if element is None else element.get(f"{{{W}}}val")


def _scrub_text(element, scrub: Scrub) -> bool:
    text = element.text or ""
    if not text.strip() or scrub(text) == text:
        return False
    element.text = scrub(text)
    return True


def _scrub_tail(element, scrub: Scrub) -> bool:
    text = element.tail or ""
    if not text.strip() or scrub(text) == text:
        return False
    element.tail = scrub(text)
    return True


def _symbols_as_text(root) -> bool:
    """Each w:sym printing a character as text made the w:t it prints as (Wstawianie → Symbol writes „6” of Arial
    so, as 0036 or F036, and the Symbol font's digits, space and punctuation are text too: both readers draw them as
    such), so a phone typed through it is scrubbed as any text; so are such characters typed in a w:t (_SYMBOL_TEXT).
Pictograms and other private-use characters stay."""
    changed = False
    for symbol in list(root.iter(f"{{{W}}}sym")):
        character = _symbol_character(symbol)
        if character is None:
            continue
        text = etree.Element(f"{{{W}}}t")
        text.text = character
        text.tail = symbol.tail
        symbol.getparent().replace(symbol, text)
        changed = True
    for text in root.iter(f"{{{W}}}t"):
        if text.text and text.text != text.text.translate(_SYMBOL_TEXT):
            text.text = text.text.translate(_SYMBOL_TEXT)
            changed = True
    return changed


# A symbol font's digits, space and punctuation typed as text (Word keeps Symbol text as U+F020–U+F07E): read as
# the characters they draw, as w:sym's are; letters stay (Symbol draws them as Greek)
_SYMBOL_TEXT = {code: code - 0xF000 for code in range(0xF020, 0xF07F) if not chr(code - 0xF000).isalpha()}


def _symbol_character(symbol) -> str | None:
    """The text character a w:sym prints (a symbol font's F0xx code read as xx, the Symbol font's through its
    table); None for a pictogram or a code that is no text."""
    font = (symbol.get(f"{{{W}}}font") or "").strip().lower()
    try:
        code = int(symbol.get(f"{{{W}}}char") or "", 16)
    except ValueError:
        return None
    if 0xF020 <= code <= 0xF0FF:
        code -= 0xF000
    if font == "symbol":
        return chr(code) if 0x20 <= code < 0x7F and not chr(code).isalpha() else None
    if font in _SYMBOL_FONTS or not 0x20 <= code < 0xE000 or 0xD800 <= code < 0xE000:
        return None
    return chr(code)


_SYMBOL_FONTS = {"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett", "zapf dingbats",
                 "ms outlook", "bookshelf symbol 7", "ms reference specialty", "mt extra"}


def _field_codes(root) -> list[list]:
    """The w:instrText elements of each complex field's code, in order: Word splits a code over runs wherever it
    was edited, so „tel. 600 ” | „100 200” is one phone only when read whole."""
    codes, current = [], None
    for element in root.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText"):
        if element.tag == f"{{{W}}}instrText":
            if current is None:
                current = []
                codes.append(current)
            current.append(element)
        else:
            current = [] if element.get(f"{{{W}}}fldCharType") == "begin" else None
            if current is not None:
                codes.append(current)
    return [code for code in codes if code]


# Word's non-breaking and optional hyphens (Ctrl+Shift+-, Ctrl+-): run content, not text, drawn between texts
_HYPHENS = {f"{{{W}}}noBreakHyphen", f"{{{W}}}softHyphen"}


# A run's line breaks and tabs (Shift+Enter, Tab; a drawing's a:br): drawn between texts, read as what they show
# – glued, a column of counts one a line read as a phone („Interwencje:⏎512⏎433⏎201”, rev-pub18 16), two names
# as one word.
_DRAWN = {f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n", f"{{{W}}}tab": "\t",
          "{http://schemas.openxmlformats.org/drawingml/2006/main}br": "\n"}


class _Drawn:
    """A line break or tab element read as its character in a paragraph's text (_DRAWN)."""

    def __init__(self, element) -> None:
        self.element, self.text, self.tag = element, _DRAWN[element.tag], element.tag

    def replace(self, text: str) -> None:
        """Gone inside a removed span; a marker its span starts with takes its place as a text."""
        if text:
            shown = etree.Element(f"{{{W}}}t" if self.tag.startswith(f"{{{W}}}") else
                                  "{http://schemas.openxmlformats.org/drawingml/2006/main}t")
            shown.text = text
            self.element.addprevious(shown)
        shown_tail = self.element.tail
        parent = self.element.getparent()
        if shown_tail:  # never in WordprocessingML, kept if a writer put one
            previous = self.element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + shown_tail
            else:
                parent.text = (parent.text or "") + shown_tail
        parent.remove(self.element)


def _scrub_paragraph(paragraph, scrub: Scrub) -> bool:
    """A paragraph's text read whole (a phone split over runs is still one), the scrubber's changes written back
    into the runs they fall in, so formatting stays around them; a hyphen element inside a removed span goes with
    it („605‑444‑341” typed with non-breaking hyphens); a line break or a tab is read as one (_DRAWN)."""
    texts, hyphens, offset = [], [], 0
    for element in paragraph.iter(*_TEXTS, *_HYPHENS, *_DRAWN):
        if _paragraph_of(element) is not paragraph:
            continue
        if element.tag in _HYPHENS:
            hyphens.append((offset, element))
        elif element.tag in _DRAWN:
            if etree.QName(element.getparent()).localname in ("r", "p"):  # not a paragraph's tab stop (w:tabs)
                texts.append(_Drawn(element))
                offset += 1
        else:
            texts.append(element)
            offset += len(element.text or "")
    return _scrub_joined(texts, scrub, hyphens)


def _scrub_joined(texts: list, scrub: Scrub, hyphens: list[tuple[int, object]] = ()) -> bool:
    """Text elements read as one text, the scrubber's changes written back into the elements they fall in: by the
    offsets of the spans it replaces, so the work grows with the text (a diff of the text against its scrubbed copy
    took two minutes for a pasted chat of 50 KB). `hyphens`: (offset in the text, element) of elements drawn
    between the texts, removed when inside a replaced span."""
    pieces = [t.text or "" for t in texts]
    whole = "".join(pieces)
    spans = _spans(scrub, whole)
    if not spans or not whole:
        return False
    for element, text in zip(texts, _distributed(pieces, whole, spans)):
        if isinstance(element, _Drawn):
            if text != element.text:
                element.replace(text)
            continue
        element.text = text
        if element.tag in (f"{{{W}}}t", f"{{{W}}}instrText"):
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    starts = [a for a, _, _ in spans]
    for offset, element in hyphens:
        k = bisect.bisect_left(starts, offset) - 1  # the last span starting before the hyphen
        if k >= 0 and offset < spans[k][1]:
            element.getparent().remove(element)
    return True


def _spans(scrub: Scrub, text: str) -> list[tuple[int, int, str]]:
    """The spans (start, end, new text) the scrubber replaces, those that change the text; a scrubber that does
    not say them (a plain function) gives one span from the first change to the last."""
    if hasattr(scrub, "spans"):
        return [(a, b, mark) for a, b, mark in scrub.spans(text) if text[a:b] != mark]
    cleaned = scrub(text)
    if cleaned == text:
        return []
    head = len(os.path.commonprefix([text, cleaned]))
    tail = len(os.path.commonprefix([text[head:][::-1], cleaned[head:][::-1]]))
    return [(head, len(text) - tail, cleaned[head:len(cleaned) - tail])]


def _distributed(pieces: list[str], whole: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """Each piece's new text: its characters outside the spans, and each span's new text in the piece holding the
    span's first character (the last piece holds one at the very end)."""
    ends = list(itertools.accumulate(map(len, pieces)))
    out: list[list[str]] = [[] for _ in pieces]
    done = 0
    for a, b, mark in [*spans, (len(whole), len(whole), "")]:
        while done < a:
            k = bisect.bisect_right(ends, done)
            stop = min(a, ends[k])
            out[k].append(whole[done:stop])
            done = stop
        if mark:
            out[bisect.bisect_right(ends, min(a, len(whole) - 1))].append(mark)
        done = max(done, b)
    return ["".join(texts) for texts in out]


def _paragraph_of(element):
    parent = element.getparent()
    while parent is not None and etree.QName(parent).localname not in _PARAGRAPHS:
        parent = parent.getparent()
    return parent
