"""Reading a template package a unit brings: untrusted input, checked before anything uses it.

A .docx is a zip of XML parts, images and relationships. A unit's template may
be hostile or simply broken, so its package is read within size limits counted
on the unpacked bytes, every entry once (a repeated name is refused, whatever
its case), every XML part parsed with a safe parser (no DTD, no entities, no
network), every image's declared pixel size bounded, and nothing in it may
reach outside the package (reach.py), nor ask LibreOffice for drawing work its
size does not show (workload.py; pictures drawn again and again weigh as often). Macros, encryption and the names of
authors of comments or tracked changes are refused; parts that only name the
template's author are left out (package.without_private_parts), and so is the
second package a VML shape may carry (package.without_gfxdata) and the settings' attached template
(package.without_attached_template).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from pismo.polish import thousands
from pismo.render import (drawing_text, drawn_fonts, images, normalise, package, reach, run_properties, style_rules,
                          typography, unseen, workload)
from pismo.render import pages as pages_
from pismo.files.read import Unreadable, read_limited

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024  # the package on disk, and all its parts unpacked
MAX_PART_BYTES = 10 * 1024 * 1024  # one part unpacked
MAX_ENTRIES = 1000
# Elements and attributes of all XML parts together (counted as "<" and "=", an upper bound): checking
# each costs some microseconds; Word's letters have some tens of thousands, a hostile part millions.
MAX_MARKUP = 400_000
CHUNK = 64 * 1024
CONTENT_TYPES = "[Content_Types].xml"
_TEMPLATE_PART = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
PART_LABELS = {"document": "treść", "header": "nagłówek", "footer": "stopka"}
_XML_TYPE = re.compile(r"[/+]xml$")
_OTHER_BINARY = {"font", "printersettings", "package"}  # parts no reader takes for XML or an image (package: charts)
_BINARY_TYPES = _OTHER_BINARY | {"image", "thumbnail"}


class TemplateError(Exception):
    """A template cannot be used or rendered; the message is for the user."""


def is_template_part(name: str) -> bool:
    """Parts jinja fills: the body, headers and footers."""
    return bool(_TEMPLATE_PART.match(name))


def part_label(name: str) -> str:
    """A template part in the user's words (treść, nagłówek, stopka)."""
    return PART_LABELS[re.match(r"word/([a-z]+)", name).group(1)]


def read_template_file(path: Path, name: str) -> bytes:
    """A template file's bytes, refused unread when it is no regular file or larger than any template should be."""
    try:
        data = read_limited(path, MAX_TEMPLATE_BYTES)
    except Unreadable as exc:
        raise TemplateError(f"szablon {name}: {exc}") from None
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"szablon {name}: plik jest zbyt duży (ponad {MAX_TEMPLATE_BYTES // 2**20} MB; szablon "
                            "może mieć najwyżej tyle) – usuń z niego duże obrazy")
    return data


def read_package(name: str, data: bytes) -> list[tuple[str, bytes]]:
    """The parts of a template package in order, each checked; TemplateError naming the first refused part."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise TemplateError(f"szablon {name}: to nie jest plik .docx (uszkodzony albo innego rodzaju) – "
                            "zapisz szablon w Wordzie jako „Dokument programu Word (*.docx)”") from None
    with archive:
        infos = archive.infolist()
        _check_members(name, infos)
        entries = normalise.parts(package.without_attached_template(package.without_gfxdata(
            _read_members(name, archive, infos))))
    check_parts(name, entries)
    return entries


def check_parts(name: str, entries: list[tuple[str, bytes]]) -> None:
    """Every part parsed or measured; nothing that reaches outside; no macros or authors' names."""
    parts = dict(entries)
    types = content_types(name, parts)
    xml_parts = [(part, blob) for part, blob in entries if _is_xml(part, blob, types)]
    counted = _check_markup(name, xml_parts)
    trees = {part: parse_part(name, part, blob) for part, blob in xml_parts}
    referenced = reach.targets(trees)
    _check_models(name, referenced)
    pointed = [(part, blob) for part, blob in entries  # read as XML by what points at it, whatever its name says
               if part not in trees and referenced.get(part.lower(), set()) - _BINARY_TYPES]
    _check_markup(name, pointed, counted)
    trees.update((part, parse_part(name, part, blob)) for part, blob in pointed)
    _check_main_document(name, trees, types)
    _check_private_parts(name, parts, referenced)
    _check_fonts(name, parts, trees, referenced)
    pixels = images.Budget()
    for part, blob in entries:
        if part not in trees:
            _check_binary(name, part, blob, referenced.get(part.lower(), set()), pixels)
    if any("macroenabled" in t for t in types.values()):
        raise _macros(name)
    for part, tree in trees.items():
        if etree.QName(tree.getroot()).localname.lower() == "svg":
            try:
                images.check_svg(tree)
            except images.TooLarge as exc:
                raise TemplateError(f"szablon {name}: rysunek {part} ma {exc} – zapisz go jako PNG lub JPEG i wstaw "
                                    "ponownie") from None
            outside = reach.svg_outside(tree.getroot(), parts[part])
            if outside:  # the rule pdf.py keeps for every document converted (rev-pdf13 #1)
                raise TemplateError(f"szablon {name}: rysunek SVG {part} wczytuje plik lub zasób spoza szablonu: "
                                    f"{outside} – LibreOffice wczytałby go przy zamianie na PDF; zapisz rysunek jako "
                                    "PNG lub JPEG i wstaw go ponownie")
        elif "image" in referenced.get(part.lower(), set()) or _holds_svg(tree, parts[part]) or _x_bitmap(parts[part]):
            raise TemplateError(f"szablon {name}: część {part} jest wskazana jako obraz, zawiera rysunek SVG albo tekst "
                                "obrazu X (XBM, XPM), ale nie jest rysunkiem SVG (<svg> jako pierwszy element) – "
                                "LibreOffice narysowałby ją bez sprawdzenia; zapisz obraz jako PNG lub JPEG i wstaw go "
                                "ponownie")
    links, unmeasured = reach.hyperlinks(trees), reach.unmeasured(trees)
    sheets = unseen.drawn(trees)
    for part, tree in trees.items():
        _check_authors(name, part, tree, parts[part])
        _check_unfilled_tags(name, part, parts[part])
        try:
            rels = part.lower().endswith(".rels")
            reach.check_tree(part, tree, template_code=is_template_part(part), attributes=not rels,
                             hyperlinks=links.get(part.lower()), unmeasured=unmeasured.get(part.lower()),
                             pixels=pixels, blob=parts[part])
            if rels:
                reach.check_relationships(part, tree, parts)
            workload.check(part, tree, parts[part])
            style_rules.check(part, tree)
            unseen.check(part, tree, trees.get("word/document.xml"), trees.get("word/styles.xml"), sheets)
        except (reach.Outside, workload.TooMuch, style_rules.Refused, unseen.Refused) as exc:
            raise TemplateError(f"szablon {name}: {exc}") from None
    try:
        drawn_fonts.check(trees)
    except run_properties.Differs as exc:
        raise TemplateError(f"szablon {name}: {exc}") from None
    _check_strict(name, trees)
    _check_diagram_texts(name, trees, referenced)
    try:
        typography.check_template(trees)
        drawing_text.check_template([drawing_text.check(part, tree, parts[part]) for part, tree in trees.items()])
        workload.check_document_wordart(trees)
        pages = _pages(trees, referenced)
        workload.check_document_fields({part: trees[part] for part in pages}, pages)
    except (typography.Refused, drawing_text.TooLong, workload.TooMuch) as exc:
        raise TemplateError(f"szablon {name}: {exc}") from None
    try:
        weights = drawing_weights(entries)
        extra = forced_page_pixels(entries, weights, pages, trees.get("word/document.xml"), break_styles(trees, referenced))
        images.check_drawn(drawn_pixels(entries, weights) + extra, _most_drawn(entries, weights))
    except images.TooLarge as exc:
        raise TemplateError(f"szablon {name}: {exc}") from None


def _check_diagram_texts(name: str, trees: dict, referenced: dict[str, set[str]]) -> None:
    """A SmartArt's data model (what Word lays the diagram out from) and its drawing (what LibreOffice draws in the
    PDF) hold the same paragraphs of text, as the branches of mc:AlternateContent must: else the letter in Word
    and its PDF say different things. The drawing is the one the data model's extension names (dsp:dataModelExt
    relId, a relationship of the part inserting the diagram)."""
    lower = {part.lower(): part for part in trees}
    for source, ids in reach.internal_targets(trees).items():
        for target in ids.values():
            if "diagramdata" not in referenced.get(target, set()) or target not in lower:
                continue
            data = trees[lower[target]]
            ext = next((e for e in data.iter("{*}dataModelExt") if e.get("relId")), None)
            drawing = ids.get(ext.get("relId")) if ext is not None else None
            if drawing not in lower:
                continue
            said = _paragraphs(data.iter(*(f"{{{ns}}}t" for ns in reach.DIAGRAM_NAMESPACES)))
            drawn = _paragraphs(trees[lower[drawing]].iter("{*}txBody"))
            if sorted(said) != sorted(drawn):
                one = next(iter(sorted(set(said) - set(drawn)) or sorted(set(drawn) - set(said))), "")
                raise TemplateError(f"szablon {name}: część {lower[target]}: diagram SmartArt ma w danych inny tekst niż "
                                    f"na rysunku ({lower[drawing]}), np. „{one[:80]}” – Word pokazuje tekst z danych, a "
                                    "PDF z rysunku; popraw tekst diagramu w Wordzie (Projektowanie SmartArt → Okienko "
                                    "tekstu) i zapisz szablon ponownie")


def _paragraphs(bodies) -> list[str]:
    """The non-empty paragraphs (a:p, spaces collapsed) of DrawingML text bodies."""
    found = []
    for body in bodies:
        for paragraph in body.iter("{*}p"):
            text = " ".join("".join(t.text or "" for t in paragraph.iter("{*}t")).split())
            if text:
                found.append(text)
    return found


_TAG_TEXT = re.compile(rb"\{[{%]")  # in a part's text, markup stripped: Word splits a tag over runs ({</w:t>…{)


def _check_unfilled_tags(name: str, part: str, blob: bytes) -> None:
    """A template tag in a part jinja does not fill (notes, charts, SmartArt, a header stored under another name
    than word/headerN.xml) is refused: it was printed raw, „okres {{ okres_r }}”, in every letter."""
    if is_template_part(part) or package.is_private(part) or part.lower().endswith(".rels") \
            or part == CONTENT_TYPES or part.lower().startswith("docprops/") or b"{" not in blob:
        return
    if _TAG_TEXT.search(re.sub(rb"<[^>]*>", b"", blob)):
        raise TemplateError(f"szablon {name}: część {part} zawiera znacznik szablonu ({{{{ … }}}} albo {{% … %}}), a "
                            "pismo nie wypełnia tej części – znaczniki wypełnia tylko w treści, nagłówkach i stopkach "
                            "(word/document.xml, word/headerN.xml, word/footerN.xml), więc w piśmie zostałby kod "
                            "szablonu; przenieś znacznik do treści pisma (przypisy, wykresy i SmartArt nie są "
                            "wypełniane), a nagłówek zapisany pod inną nazwą zapisz ponownie w Wordzie")


def _x_bitmap(blob: bytes) -> bool:
    """Whether an XML part's text reads as an X bitmap (XBM, XPM) to LibreOffice, which draws one from any part a
    picture element points at, whatever the relationship's type: no Word part has such text."""
    return b"/* XPM */" in blob or b"#define" in blob and b"_width" in blob


def _holds_svg(tree, blob: bytes) -> bool:
    """Whether an SVG drawing stands anywhere in the part: LibreOffice takes any part with '<svg' near its start for
    a drawing and draws the <svg> inside, so only a part whose root it is is checked as one (images.check_svg)."""
    return b"svg" in blob.lower() and any(etree.QName(e).localname.lower() == "svg" for e in tree.iter(tag=etree.Element))


def _check_private_parts(name: str, parts: dict[str, bytes], referenced: dict[str, set[str]]) -> None:
    """A part named as private data (package.is_private, dropped from documents) used as anything else is refused."""
    for part in parts:
        if package.is_private(part) and referenced.get(part.lower(), set()) - package.PRIVATE_TYPES:
            raise TemplateError(f"szablon {name}: część {part} ma nazwę części z danymi prywatnymi (których pismo nie "
                                "kopiuje do pism), a jest użyta jako inna część dokumentu (np. stopka) – otwórz szablon "
                                "w Wordzie i zapisz go jako nowy plik .docx")


_DOCUMENT_KINDS = {"officedocument", "header", "footer", "footnotes", "endnotes"}


def document_pages(entries: list[tuple[str, bytes]]) -> dict[str, int]:
    """_pages of a package read_package accepted."""
    return _pages(dict(entries), reach.targets(_relationships(entries)))


def _pages(parts, referenced: dict[str, set[str]]) -> dict[str, int]:
    """The parts laid out as the document – its body, headers, footers, notes – with how often LibreOffice lays
    each out: a header or footer on every page (counted as images.HEADER_PAGES), the rest once."""
    found = {}
    for part in parts:
        kinds = referenced.get(part.lower(), set())
        if kinds & _DOCUMENT_KINDS or is_template_part(part):
            found[part] = images.HEADER_PAGES if kinds & {"header", "footer"} else 1
    return found


_EMBEDDED_FONT = {"embedRegular", "embedBold", "embedItalic", "embedBoldItalic"}


def _check_fonts(name: str, parts: dict[str, bytes], trees: dict, referenced: dict[str, set[str]]) -> None:
    """A font the template brings is refused: LibreOffice draws the PDF with it, so a font whose shapes differ
    from its characters shows other dates and numbers than the letter; and FreeType runs its hinting programs."""
    for part in parts:
        if part.lower().startswith("word/fonts/") or "font" in referenced.get(part.lower(), set()):
            raise _embedded_font(name, part)
    for part, tree in trees.items():
        if b"embed" in parts[part] and any(etree.QName(e).localname in _EMBEDDED_FONT
                                           for e in tree.iter(tag=etree.Element)):
            raise _embedded_font(name, part)


def _embedded_font(name: str, part: str) -> TemplateError:
    return TemplateError(f"szablon {name}: część {part} to czcionka osadzona w szablonie albo odwołanie do niej – "
                         "pisma używają czcionek zainstalowanych na komputerze; w Wordzie wyłącz Plik → Opcje → "
                         "Zapisywanie → „Osadź czcionki w pliku” i zapisz szablon ponownie")


def drawing_weights(entries: list[tuple[str, bytes]]) -> dict[str, dict[str, int]]:
    """Pixels each relationship id draws, by the part (lower case) using it; only ids of pictures with pixels and
    of charts (images.CHART_VALUE_PIXELS for each value: LibreOffice builds a chart again for every drawing of it).
    Of a package whose parts check_parts has read: an SVG picture weighs its images as often as it draws them,
    a picture of a part LibreOffice draws again and again as often as _repeats says; TooLarge for a picture
    drawn an unknown number of times (a list's picture bullet, a theme's fill) over images.MAX_REPEATED_PIXELS."""
    relationships = _relationships(entries)
    targets = reach.internal_targets(relationships)
    kinds = reach.targets(relationships)
    wanted = {target for ids in targets.values() for target in ids.values()}
    charts = {part.lower(): workload.chart_values(part, etree.ElementTree(etree.fromstring(blob, package.safe_parser())))
              for part, blob in entries if "chart" in kinds.get(part.lower(), set())}
    weight = {part.lower(): workload.chart_weight(part, etree.ElementTree(etree.fromstring(blob, package.safe_parser())))
              * images.CHART_VALUE_PIXELS if part.lower() in charts
              else _picture_pixels(blob) for part, blob in entries if part.lower() in wanted}
    repeats = _repeats(entries, kinds, charts)
    for source, ids in targets.items():
        large = next((t for t in ids.values() if weight.get(t, 0) > images.MAX_REPEATED_PIXELS), None)
        if repeats.get(source, (1, None))[1] and large:
            raise images.TooLarge(f"obraz {large} ma {thousands(weight[large])} pikseli, a jest użyty jako "
                                  f"{repeats[source][1]} (część {source}) – taki obraz może mieć najwyżej "
                                  f"{thousands(images.MAX_REPEATED_PIXELS)} pikseli (np. 256 × 256); zmniejsz go, "
                                  "zapisz jako PNG i wstaw ponownie (albo użyj zwykłego punktora lub wypełnienia "
                                  "kolorem)")
    found = {source: {rid: weight[target] * repeats.get(source, (1, None))[0] for rid, target in ids.items()
                      if weight.get(target)} for source, ids in targets.items()}
    return _diagrams_by_insertion(entries, found, targets, kinds, repeats)


_DIAGRAM_PARTS = {"diagramdata", "diagramdrawing"}


def _diagrams_by_insertion(entries, found: dict, targets: dict, kinds: dict, repeats: dict) -> dict[str, dict[str, int]]:
    """The weights with a SmartArt's pictures (its data model's and drawing's) weighed by the id that inserts it
    (dgm:relIds r:dm), each insertion counted, instead of once by the diagram's own parts: a diagram of one 36 Mpx
    picture inserted 8 times took 37–52 s and 2 GB. A part's drawings of diagrams all count at each insertion
    (which drawing belongs to which data model is a relationship of the data model's extension)."""
    blobs = {part.lower(): blob for part, blob in entries}
    diagram_parts = {part for part, kind in kinds.items() if kind & _DIAGRAM_PARTS}
    pixels = {part: reach.drawn_pixels(blobs.get(part, b""), found.get(part, {})) for part in diagram_parts}
    for source, ids in targets.items():
        drawings = sum(pixels.get(t, 0) for t in set(ids.values()) if "diagramdrawing" in kinds.get(t, set()))
        for rid, target in ids.items():
            if "diagramdata" in kinds.get(target, set()) and pixels.get(target, 0) + drawings:
                found.setdefault(source, {})[rid] = (pixels.get(target, 0) + drawings) * repeats.get(source, (1, None))[0]
    return {source: weights for source, weights in found.items() if source not in diagram_parts}


_DRAWN_PER_USE = {"numbering": "wypunktowanie obrazkowe listy, które LibreOffice rysuje przy każdym jej elemencie",
                  "theme": "wypełnienie z motywu dokumentu, które LibreOffice rysuje w każdym kształcie tego stylu"}


def _repeats(entries: list[tuple[str, bytes]], kinds: dict[str, set[str]],
             charts: dict[str, int]) -> dict[str, tuple[int, str | None]]:
    """How often LibreOffice draws each picture of a part (lower case), when more than once, and what the part is
    when that is unknown: a header's or footer's on every page (images.HEADER_PAGES), a chart's for every value it
    declares (charts: values by chart part), a list's picture bullet or a theme's fill in every item or shape
    using it (counted as HEADER_PAGES, and kept small)."""
    found = {part: (max(1, values), None) for part, values in charts.items()}
    for part, _blob in entries:
        kind = kinds.get(part.lower(), set())
        per_use = next((_DRAWN_PER_USE[k] for k in sorted(kind & set(_DRAWN_PER_USE))), None)
        if per_use or kind & {"header", "footer"}:
            found[part.lower()] = (images.HEADER_PAGES, per_use)
    return found


def _picture_pixels(blob: bytes) -> int:
    """Pixels a picture part draws once: an image's, or an SVG drawing's images with their repeats; 0 otherwise."""
    if images.measured(blob):
        return images.check(blob)
    try:
        tree = etree.ElementTree(etree.fromstring(blob, package.safe_parser()))
    except (etree.XMLSyntaxError, ValueError):
        return 0
    return images.check_svg(tree) if etree.QName(tree.getroot()).localname.lower() == "svg" else 0


def _most_drawn(entries: list[tuple[str, bytes]], weights: dict[str, dict[str, int]]) -> str:
    """The part whose drawings weigh most, to name it when all of them are too many."""
    return max(((reach.drawn_pixels(blob, weights.get(part.lower(), {})), part) for part, blob in entries),
               default=(0, ""))[1]


def break_styles(trees: dict, referenced: dict[str, set[str]]) -> frozenset[str]:
    """The styles whose paragraphs start a page (pages.break_styles) of the styles part, found by its relationship."""
    styles = next((tree for part, tree in trees.items() if "styles" in referenced.get(part.lower(), set())), None)
    return pages_.break_styles(styles)


def document_break_styles(entries: list[tuple[str, bytes]]) -> frozenset[str]:
    """break_styles of a package read_package accepted."""
    referenced = reach.targets(_relationships(entries))
    styles = [(part, blob) for part, blob in entries if "styles" in referenced.get(part.lower(), set())]
    return break_styles({part: etree.ElementTree(etree.fromstring(blob, package.safe_parser())) for part, blob in styles},
                        referenced)


def forced_page_pixels(entries: list[tuple[str, bytes]], weights: dict[str, dict[str, int]], laid_out: dict[str, int],
                       document, styles: frozenset[str]) -> int:
    """Pixels the header and footer pictures add on the pages the body forces beyond images.HEADER_PAGES
    (pages.py); images.OverBudget, saying so, when they alone are over the budget. laid_out: _pages."""
    headers = [(part, blob) for part, blob in entries if laid_out.get(part, 1) > 1]
    header_pixels = drawn_pixels(headers, weights)
    if not header_pixels:
        return 0
    count = pages_.forced(document, styles)
    pages_.check(header_pixels, count)
    return pages_.extra_pixels(header_pixels, count)


def drawn_pixels(entries: list[tuple[str, bytes]], weights: dict[str, dict[str, int]]) -> int:
    """Pixels of every drawing of a picture in the parts (LibreOffice decodes each one for every document)."""
    return sum(reach.drawn_pixels(blob, weights[part.lower()]) for part, blob in entries if weights.get(part.lower()))


_WORD_MAIN = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
              "http://purl.oclc.org/ooxml/wordprocessingml/main"}
_MAIN_TYPES = ("/officedocument/2006/relationships/officedocument", "/officedocument/relationships/officedocument")


_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


_STRICT = "http://purl.oclc.org/ooxml/"
_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _check_strict(name: str, trees: dict) -> None:
    """No part in ISO 29500 Strict's namespaces (Word's „Dokument Strict Open XML”): the public version reads and
    scrubs the transitional ones, so a Strict template's own text and hidden runs were published as they stood.
    Checked after the parts' own checks, which name a Strict attribute smuggled into a transitional part."""
    for part, tree in trees.items():
        for element in tree.iter(tag=etree.Element):
            if any(key.startswith("{" + _STRICT) for key in (element.tag, *element.attrib)) or (
                    element.get("Type") or "").startswith(_STRICT) or element.get(f"{{{_TRANSITIONAL}}}conformance") == "strict":
                raise TemplateError(f"szablon {name}: część {part} jest zapisana w formacie „Strict Open XML”, którego "
                                    "pismo nie przyjmuje – otwórz szablon w Wordzie i zapisz go jako zwykły dokument "
                                    "(Plik → Zapisz jako → Dokument programu Word (*.docx))")


def _check_main_document(name: str, trees: dict, types: dict[str, str]) -> None:
    """The document Word and LibreOffice open is word/document.xml, a w:document with a body, of a document's
    content type: only that part is filled as the letter's text; another (<a/>, a body elsewhere) made an empty
    or unfilled letter, and a template's (.dotx) type a letter Word does not open."""
    package_rels = next((tree for part, tree in trees.items() if part.lower() == "_rels/.rels"), None)
    mains = [reach.resolve("_rels/.rels", rel.get("Target", "")) for rel in
             (package_rels.getroot() if package_rels is not None else [])
             if isinstance(rel.tag, str) and rel.get("Type", "").lower().endswith(_MAIN_TYPES)]
    document = next((tree.getroot() for part, tree in trees.items() if part == "word/document.xml"), None)
    kind = etree.QName(document) if document is not None else None
    declared = types.get("word/document.xml", "")
    if document is not None and declared != _DOCUMENT_TYPE and "macroenabled" not in declared:  # macros: own message
        raise TemplateError(f"szablon {name}: treść (word/document.xml) jest zapisana jako szablon Worda (.dotx) albo "
                            "część innego rodzaju, a nie jako dokument – Word nie otworzyłby pism; zapisz szablon w "
                            "Wordzie jako „Dokument programu Word (*.docx)”")
    if (mains != ["word/document.xml"] or kind is None or kind.localname != "document"
            or kind.namespace not in _WORD_MAIN or document.find(f"{{{kind.namespace}}}body") is None):
        raise TemplateError(f"szablon {name}: treść (word/document.xml) nie jest dokumentem Word z treścią (brak "
                            "elementu w:document z w:body albo plik wskazuje inną część jako dokument) – zapisz "
                            "szablon w Wordzie jako „Dokument programu Word (*.docx)”")


def hyperlinks(entries: list[tuple[str, bytes]]) -> dict[str, dict[str, str]]:
    """Web links by relationship id for each part (lower case) of a package read_package accepted."""
    return reach.hyperlinks(_relationships(entries))


def unmeasured(entries: list[tuple[str, bytes]]) -> dict[str, dict[str, tuple[str, str]]]:
    """reach.unmeasured of a package read_package accepted."""
    return reach.unmeasured(_relationships(entries))


def _relationships(entries: list[tuple[str, bytes]]) -> dict:
    return {part: etree.ElementTree(etree.fromstring(blob, package.safe_parser()))
            for part, blob in entries if part.lower().endswith(".rels")}


def content_types(name: str, parts: dict[str, bytes]) -> dict[str, str]:
    """Content type of each part name (lower case both), from [Content_Types].xml."""
    root = parse_part(name, CONTENT_TYPES, parts[CONTENT_TYPES]).getroot()
    defaults = _unique(name, [(reach.unquote(e.get("Extension") or "").strip().lower(), e.get("ContentType"))
                              for e in root.iter("{*}Default")], "plików o rozszerzeniu")
    overrides = _unique(name, [(reach.unquote(e.get("PartName") or "").strip().lstrip("/").lower(),
                                e.get("ContentType")) for e in root.iter("{*}Override")], "części")
    found = {}
    for part in parts:
        key = part.lower()
        found[key] = overrides.get(key) or defaults.get(posixpath.splitext(key)[1].lstrip("."), "")
    return found


def _unique(name: str, entries: list[tuple[str, str | None]], what: str) -> dict[str, str]:
    """Content types by part name or extension (lower case both); TemplateError for one named twice: pismo would
    check the part as one kind, a reader might take it for the other (a template's type, .dotx, before a letter's)."""
    found: dict[str, str] = {}
    for key, kind in entries:
        if key in found:
            raise TemplateError(f"szablon {name}: spis rodzajów części ({CONTENT_TYPES}) podaje rodzaj {what} "
                                f"„{key[:80]}” dwa razy – tego Word nie zapisuje; zapisz szablon ponownie w Wordzie")
        found[key] = (kind or "").lower()
    return found


def _is_xml(part: str, blob: bytes, types: dict[str, str]) -> bool:
    """By its name, its content type or its first bytes: a part any reader could take for XML."""
    lower = part.lower()
    return (lower.endswith((".xml", ".rels", ".vml", ".svg")) or bool(_XML_TYPE.search(types.get(lower, "")))
            or blob.lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"<") or blob[:2] in (b"\xff\xfe", b"\xfe\xff"))


def parse_part(name: str, part: str, blob: bytes) -> etree._ElementTree:
    """An XML part parsed safely; TemplateError naming it when it does not parse or declares a DTD.

    Office never writes a DTD into a package (the format forbids it): one there is
    an attempt to read local files (XXE) or to expand entities without end.
    """
    # A zero byte is never in UTF-8 XML (libxml2 reads UTF-16 without a mark, which the UTF-8 check passes); a
    # CDATA section Word never writes, and inside one "<w:t>" reads as a tag to the checks of template tags.
    if b"\x00" in blob:
        raise TemplateError(f"szablon {name}: część {part} nie jest zapisana w UTF-8 (zawiera bajty zerowe, np. UTF-16) "
                            "– tak Word jej nie zapisuje, a pismo sprawdza części w UTF-8; zapisz szablon ponownie w "
                            "Wordzie")
    if b"<![CDATA[" in blob and not part.lower().endswith(".svg"):
        raise TemplateError(f"szablon {name}: część {part} zawiera sekcję CDATA, której Word nie zapisuje – mogłaby "
                            "ukryć znacznik szablonu przed sprawdzeniem; zapisz szablon ponownie w Wordzie")
    try:
        tree = etree.ElementTree(etree.fromstring(blob, package.safe_parser()))
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():  # the safe parser's limit of 256 levels; valid XML, but no letter's
            raise TemplateError(f"szablon {name}: część {part} ma zbyt głęboko zagnieżdżone elementy (np. tabele "
                                "wstawione jedna w drugą kilkadziesiąt razy) – pismo jej nie odczytuje; uprość układ "
                                "w Wordzie (mniej tabel w tabelach, kształtów w kształtach)") from None
        raise _broken(name, part) from None
    except ValueError:
        raise _broken(name, part) from None
    if tree.docinfo.xml_version != "1.0":  # Word and the Open XML SDK read XML 1.0 only; the part is copied as is
        raise TemplateError(f"szablon {name}: część {part} deklaruje XML w wersji {tree.docinfo.xml_version[:10]} "
                            "(Word zapisuje i odczytuje tylko wersję 1.0, więc pisma byłyby dla niego uszkodzone) – "
                            "zapisz szablon ponownie w Wordzie")
    _check_utf8(name, part, blob, tree.docinfo.encoding or "UTF-8", etree.QName(tree.getroot()).localname)
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise TemplateError(f"szablon {name}: część {part} zawiera deklarację DTD (<!DOCTYPE>), której dokument Word "
                            "nie ma – to próba odczytu plików lub rozdęcia tekstu; użyj szablonu zapisanego w Wordzie")
    return tree


def _broken(name: str, part: str) -> TemplateError:
    return TemplateError(f"szablon {name}: część {part} jest uszkodzona (niepoprawny XML) – zapisz szablon ponownie "
                         "w Wordzie")


def _check_markup(name: str, xml_parts: list[tuple[str, bytes]], total: int = 0) -> int:
    """All XML parts together within MAX_MARKUP elements and attributes, counted before any is parsed (total:
    what the parts parsed before counted); the new total."""
    for part, blob in xml_parts:
        total += blob.count(b"<") + blob.count(b"=")
        if total > MAX_MARKUP:
            raise TemplateError(f"szablon {name}: części XML mają razem zbyt wiele elementów i atrybutów (ponad "
                                f"{thousands(MAX_MARKUP)}, przekroczone w części {part}) – to nie jest zwykły "
                                "dokument Word; zapisz szablon ponownie w Wordzie bez zbędnych części")
    return total


def _check_utf8(name: str, part: str, blob: bytes, declared: str, root: str = "") -> None:
    """A part in UTF-8 declared as UTF-8, as Word writes it: pismo reads template parts as UTF-8 whatever
    the declaration says, so another one would garble every document (and libxml2 reports UTF-16 as UTF-8).
    SVG pictures too: the checks of their links and embedded images look for words in their bytes first."""
    try:
        blob.decode("utf-8")
        utf8 = not blob.startswith((b"\xff\xfe", b"\xfe\xff"))
    except UnicodeDecodeError:
        utf8 = False
    if root.lower() == "svg" and not (utf8 and declared.upper().replace("-", "").replace("_", "") in ("UTF8", "ASCII",
                                                                                                      "USASCII")):
        raise TemplateError(f"szablon {name}: rysunek {part} nie jest zapisany w UTF-8 (pismo nie sprawdziłoby jego "
                            "odwołań i obrazów) – zapisz go jako PNG lub JPEG i wstaw ponownie")
    if not utf8:
        raise TemplateError(f"szablon {name}: część {part} nie jest zapisana w UTF-8, jak zapisuje ją Word – tekst pism "
                            "byłby zniekształcony; zapisz szablon ponownie w Wordzie")
    if declared.upper().replace("-", "").replace("_", "") != "UTF8":
        raise TemplateError(f"szablon {name}: część {part} deklaruje kodowanie {declared} zamiast UTF-8, w którym ją "
                            "zapisano (jak zapisuje ją Word) – tekst pism byłby zniekształcony; zapisz szablon ponownie "
                            "w Wordzie")


def _check_models(name: str, referenced: dict[str, set[str]]) -> None:
    """A Word 365 3D model (a glTF part, Wstawianie → Modele 3D) named as such: read as XML it was refused as
    a damaged file that saving again would mend, which it does not."""
    model = next((part for part, kinds in sorted(referenced.items()) if "model3d" in kinds), None)
    if model is not None:
        raise TemplateError(f"szablon {name}: zawiera model 3D ({model}; Wstawianie → Modele 3D), którego pismo nie "
                            "przyjmuje – LibreOffice rysuje w PDF tylko jego zapisany obraz, a Word obracany model; "
                            "zapisz model jako obraz (prawy przycisk myszy → Zapisz jako obraz), usuń model i wstaw "
                            "ten obraz w jego miejsce")


def _check_binary(name: str, part: str, blob: bytes, referenced_as: set[str], pixels: images.Budget) -> None:
    """A part that is no XML: an image of a known format within the pixel limits, or a font or printer setting."""
    if not images.recognised(blob) and not (referenced_as and referenced_as <= _OTHER_BINARY):  # all say so
        raise TemplateError(f"szablon {name}: część {part} nie jest obrazem w znanym formacie (PNG, JPEG, GIF, BMP, "
                            "TIFF, EMF, WMF, SVG) ani czcionką – usuń ją; obraz wstaw ponownie, zapisany jako PNG "
                            "lub JPEG")
    try:
        pixels.spend(images.check(blob))
    except images.TooLarge as exc:
        raise TemplateError(f"szablon {name}: obraz {part} {images.limit_message(exc)}") from None


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """What the zip's directory already tells: the parts present, once each, and their declared sizes."""
    if len(infos) > MAX_ENTRIES:
        raise TemplateError(f"szablon {name}: zbyt wiele części w archiwum ({len(infos)}) – to nie jest zwykły dokument Word")
    seen: set[str] = set()
    for info in infos:
        key = info.filename.lower()
        if key in seen:  # part names are case-insensitive (ECMA-376 part 2)
            raise TemplateError(f"szablon {name}: część {info.filename} występuje w archiwum więcej niż raz – "
                                "to nie jest plik zapisany przez Worda; zapisz szablon ponownie w Wordzie")
        seen.add(key)
        if _bad_member_name(info.filename):
            raise TemplateError(f"szablon {name}: niedozwolona nazwa części „{info.filename}” – to nie jest plik "
                                "zapisany przez Worda")
    if "word/document.xml" not in seen or CONTENT_TYPES.lower() not in seen:
        raise TemplateError(f"szablon {name}: brak treści dokumentu (word/document.xml) – to nie jest dokument Word")
    if any(i.filename.lower().endswith("vbaproject.bin") for i in infos):
        raise _macros(name)
    if any(i.flag_bits & 0x1 for i in infos):
        raise TemplateError(f"szablon {name}: plik jest zaszyfrowany (chroniony hasłem) – zapisz go w Wordzie bez hasła")
    if any(i.file_size > MAX_PART_BYTES for i in infos) or sum(i.file_size for i in infos) > MAX_TEMPLATE_BYTES:
        raise _too_big(name)


def _bad_member_name(member: str) -> bool:
    """Names no package part has: absolute, with backslashes, empty or dot segments, control characters."""
    segments = member.rstrip("/").split("/")
    return (member.startswith("/") or "\\" in member or any(s in ("", ".", "..") for s in segments)
            or any(ord(c) < 32 for c in member))


def _read_members(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> list[tuple[str, bytes]]:
    """Every part, counting the bytes actually unpacked: declared sizes can lie."""
    entries, total = [], 0
    for info in infos:
        if info.is_dir():
            continue
        try:
            with archive.open(info) as stream:
                blob = read_bounded(stream, min(MAX_PART_BYTES, MAX_TEMPLATE_BYTES - total))
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError):
            raise TemplateError(f"szablon {name}: archiwum jest uszkodzone (część {info.filename}) – "
                                "zapisz szablon ponownie w Wordzie") from None
        if blob is None:
            raise _too_big(name)
        total += len(blob)
        entries.append((info.filename, blob))
    return entries


def read_bounded(stream, limit: int) -> bytes | None:
    """The stream's bytes, or None as soon as there are more than limit (never unpacks further)."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _too_big(name: str) -> TemplateError:
    return TemplateError(f"szablon {name}: po rozpakowaniu byłby zbyt duży (część do {MAX_PART_BYTES // 2**20} MB, "
                         f"razem do {MAX_TEMPLATE_BYTES // 2**20} MB) – to nie jest zwykły dokument Word "
                         "(może to być tzw. bomba zip); użyj innego pliku")


def _macros(name: str) -> TemplateError:
    return TemplateError(f"szablon {name}: zawiera makra (to dokument Word z makrami, .docm) – zapisz go w Wordzie "
                         "jako zwykły „Dokument programu Word (*.docx)”, bez makr")


_TRACKED = ("del", "ins", "moveFrom", "moveTo", "delText", "delInstrText")
_COMMENTS = ("comment", "commentReference", "commentRangeStart", "commentRangeEnd")


def _check_authors(name: str, part: str, tree: etree._ElementTree, blob: bytes) -> None:
    """Comments and tracked changes carry their authors' names: refused (parts only naming them are dropped).
    Without their authors too: a comment's text is still copied into every document (a name and a phone in the
    public version) and deleted text is read by LibreOffice (a field's code as w:delText ran)."""
    if package.is_private(part):
        return
    if (b"author" in blob or b"initials" in blob) and tree.xpath(
            "//@*[local-name() = 'author' or local-name() = 'initials']"):  # names are never escaped
        raise TemplateError(f"szablon {name}: zawiera komentarze albo śledzone zmiany (z nazwiskami ich autorów, "
                            f"część {part}) – w Wordzie zaakceptuj lub odrzuć wszystkie zmiany i usuń komentarze "
                            "(karta Recenzja), a potem zapisz szablon ponownie")
    for element in tree.iter(*("{*}" + local for local in _TRACKED + _COMMENTS)):
        if "wordprocessingml" in (etree.QName(element).namespace or ""):
            what = "komentarze" if etree.QName(element).localname in _COMMENTS else "śledzone zmiany"
            raise TemplateError(f"szablon {name}: zawiera {what} (część {part}) – w Wordzie zaakceptuj lub odrzuć "
                                "wszystkie zmiany i usuń komentarze (karta Recenzja), a potem zapisz szablon ponownie")
