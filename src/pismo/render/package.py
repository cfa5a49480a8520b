"""Writing .docx packages byte for byte reproducibly.

A .docx is a zip; zip entries carry timestamps and host flags, and Word's
document properties carry dates and the generator's name. Everything here is
fixed or taken from the case, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import zipfile
from xml.sax.saxutils import escape

from lxml import etree

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CORE = "docProps/core.xml"
APP = "docProps/app.xml"
# Parts of a template that may name its author: Word's list of people who edited or commented
# (names, e-mail addresses) and custom document properties. Never copied into a document.
PRIVATE_PARTS = ("word/people.xml", "docprops/custom.xml")

_CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>"
    "<cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>pl-PL</dc:language>"
    "<cp:revision>1</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>'
    "</cp:coreProperties>"
)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>pismo</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>1.0000</AppVersion></Properties>"
).encode("utf-8")


def core_xml(title: str, author: str, date: dt.date) -> bytes:
    """Document properties: title, author = the unit, dates = the document's date."""
    stamp = f"{date.isoformat()}T00:00:00Z"
    title, author = (" ".join(text.split()) for text in (title, author))  # no typographic NBSPs
    return _CORE_XML.format(title=escape(title), author=escape(author), date=stamp).encode("utf-8")


def zip_parts(parts: list[tuple[str, bytes]]) -> bytes:
    """Zip parts in the given order with fixed timestamps and flags; a name twice is a bug, never a warning."""
    names = [name.lower() for name, _ in parts]
    if len(set(names)) != len(names):
        raise ValueError("duplicate part names")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buffer.getvalue()


_PARSERS = threading.local()


def safe_parser() -> etree.XMLParser:
    """An XML parser for untrusted parts: no entities expanded, no DTD or network access.

    One per thread (lxml parsers are not thread-safe), made once: making one costs
    more than parsing a letter's body, which happens for every document.
    """
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                   huge_tree=False)
    return parser


def is_private(part: str) -> bool:
    """Parts naming people, never copied into a document: the list of editors, custom properties, and the
    document library's properties (SharePoint, OneDrive: editors' names and e-mails) kept as custom XML."""
    return part.lower() in PRIVATE_PARTS or part.lower().startswith("customxml/")


# Relationship types (their last segment, lower case) by which private parts are reached; a private part reached
# by any other (a footer stored under customXml/) is refused by template_package: dropping it would leave the
# reference dangling, copying it would carry what no check read as a document part.
PRIVATE_TYPES = {"customxml", "customxmlprops", "people", "custom-properties"}


def without_private_parts(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts less PRIVATE_PARTS and the parts reached only by a private relationship or as the package's
    thumbnail (custom XML stored as word/dane.xml: a content control bound to it showed its value, not the
    case's; the thumbnail pictures the template, not the letter), with the references naming them.

    Without those references the package stays valid: Word and LibreOffice open
    it without complaint. Nothing depends on the dropped parts but comments and
    tracked changes, which templates may not have (template_package.check_parts).
    """
    return drop_parts(parts, {name.lower() for name, _ in parts if is_private(name)} | _reached_only_by(parts, _DROPPED_TYPES))


_DROPPED_TYPES = PRIVATE_TYPES | {"thumbnail"}


def _reached_only_by(parts: list[tuple[str, bytes]], types: set[str]) -> set[str]:
    """Parts (lower case) some relationship of those types names and no other relationship does."""
    by_type, by_other = set(), set()
    for name, blob in parts:
        if name.lower().endswith(".rels"):
            for relation in etree.fromstring(blob, safe_parser()).iter("{*}Relationship"):
                kind = (relation.get("Type") or "").rstrip("/").rsplit("/", 1)[-1].lower()
                (by_type if kind in types else by_other).add(_target(name, relation))
    return by_type - by_other - {None}


def drop_parts(parts: list[tuple[str, bytes]], dropped: set[str]) -> list[tuple[str, bytes]]:
    """The parts less those named in dropped (lower case), their relationships' parts, and the content types and
    relationships naming them."""
    dropped = dropped | {_rels_of(name) for name in dropped}
    if not dropped & {name.lower() for name, _ in parts}:
        return parts
    out = []
    for name, blob in parts:
        if name.lower() in dropped:
            continue
        if name == "[Content_Types].xml":
            blob = _without(blob, "Override", lambda e: (e.get("PartName") or "").lstrip("/").lower() in dropped)
        elif name.endswith(".rels"):
            blob = _without(blob, "Relationship", lambda e: _target(name, e) in dropped)
        out.append((name, blob))
    return out


def _rels_of(part: str) -> str:
    folder, base = part.rsplit("/", 1) if "/" in part else ("", part)
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


# Settings that make the recipient's Word print or allow other than the PDF shows: print only form data, protection
# (locked for editing; a password is refused by the checks), update fields on opening; and change tracking with its
# markup hidden (a name the officer deletes stays in the file as a tracked deletion); left out of every letter.
UNSAFE_SETTINGS = ("printFormsData", "documentProtection", "writeProtection", "updateFields", "readModeInkLockDown",
                   "trackRevisions", "revisionView", "doNotTrackMoves", "doNotTrackFormatting",
                   "saveThroughXslt", "useXSLTWhenSaving")  # a save-time XSLT: its transform part is refused (reach)


def without_unsafe_settings(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts with the settings part (by its relationship, whatever its name) less UNSAFE_SETTINGS."""
    settings = _reached_only_by(parts, {"settings"})
    return [(name, _without(blob, UNSAFE_SETTINGS, lambda e: True) if name.lower() in settings else blob)
            for name, blob in parts]


def without_gfxdata(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts less VML's o:gfxdata attributes: each is a whole second package (a zip in base64, with
    relationships of its own, perhaps to a share or the web) that Word may read and nothing here checks.
    Word draws the VML shape without it. A part that does not parse is left to the checks that refuse it."""
    out = []
    for name, blob in parts:
        if b"gfxdata" in blob.lower():
            try:
                root = etree.fromstring(blob, safe_parser())
            except (etree.XMLSyntaxError, ValueError):
                root = None
            doomed = [] if root is None else [(element, key) for element in root.iter(tag=etree.Element)
                                               for key in element.attrib if _is_gfxdata(key)]
            for element, key in doomed:
                del element.attrib[key]
            if doomed:
                blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        out.append((name, blob))
    return out


def without_attached_template(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts less the settings' w:attachedTemplate and its external relationship: every document Word makes
    from a unit's own .dotx names it (file:///C:\\Users\\…\\KPP Pismo.dotx), the letter never needs it, and the
    recipient's Word would fetch it on opening. A part that does not parse is left to the checks that refuse it."""
    settings = _reached_only_by_safely(parts, {"settings"})
    out = []
    for name, blob in parts:
        try:
            if name.lower() in settings:
                blob = _without(blob, "attachedTemplate", lambda e: True)
            elif name.lower().endswith(".rels") and b"attachedtemplate" in blob.lower():
                blob = _without(blob, "Relationship", _external_attached_template)
        except (etree.XMLSyntaxError, ValueError):
            pass
        out.append((name, blob))
    return out


def _reached_only_by_safely(parts: list[tuple[str, bytes]], types: set[str]) -> set[str]:
    try:
        return _reached_only_by(parts, types)
    except (etree.XMLSyntaxError, ValueError):
        return set()


def _external_attached_template(relation) -> bool:
    kind = (relation.get("Type") or "").rstrip("/").rsplit("/", 1)[-1].lower()
    return kind == "attachedtemplate" and (relation.get("TargetMode") or "").strip().lower() == "external"


def _is_gfxdata(key: str) -> bool:
    return etree.QName(key).localname.lower() == "gfxdata"


def _target(rels: str, relation) -> str | None:
    """The part a relationship points to (lower case), None for an external one: read as the checks read it
    (decoded, trimmed), or a relationship to a dropped part written otherwise (item%31.xml) would stay dangling."""
    from pismo.render.reach import resolve  # reach builds on this module

    if (relation.get("TargetMode") or "").strip().lower() == "external":
        return None
    return resolve(rels, (relation.get("Target") or "").strip())


def _without(blob: bytes, tags: str | tuple[str, ...], drop) -> bytes:
    """An XML part less the elements of those local names for which drop(element) holds; unchanged bytes if none."""
    root = etree.fromstring(blob, safe_parser())
    doomed = [e for e in root.iter(*("{*}" + tag for tag in ((tags,) if isinstance(tags, str) else tags))) if drop(e)]
    if not doomed:
        return blob
    for element in doomed:
        element.getparent().remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
