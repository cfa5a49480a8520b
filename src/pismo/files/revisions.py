"""Tracked changes accepted in the copy of a .docx LibreOffice prints (rev-pdf13 #5).

LibreOffice prints a .docx with its tracked changes shown: a name, an address, a phone the officer deleted
under Word's „Śledź zmiany” stood in the PDF struck through but readable, as text. Word's final view – and
pismo's importer – read a deletion as gone. So the copy converted has every change accepted: deleted and
moved-away content removed (with deleted table rows and paragraph marks), inserted and moved-in content kept
without its mark, the records of former formatting dropped. The officer is told (api.revised_pdf_notes).
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_NAMESPACES = {W, "http://purl.oclc.org/ooxml/wordprocessingml/main"}  # transitional and strict
_GONE = {"del", "moveFrom"}  # the changed content goes with its mark
_KEPT = {"ins", "moveTo"}  # the content stays, the mark goes
_RECORDS = {"rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange",
            "tblGridChange", "numberingChange", "cellIns", "cellMerge", "moveFromRangeStart", "moveFromRangeEnd",
            "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
            "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
            "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd"}
_LEFTOVER_TEXT = {"delText", "delInstrText"}  # deleted text outside a deletion (Word never writes it): gone too
# the quick search for a change's mark in a part's text, whatever its namespace prefix („w:”, „ś:”, none)
_MARKS = re.compile(r"<(?:[^\s<>/:!?]+:)?(?:del|ins|moveFrom|moveTo|delText|delInstrText|cellDel|cellIns|cellMerge|"
                    r"\w+PrChange|tblPrExChange|tblGridChange|numberingChange|customXml\w*RangeStart)[\s/>]")
MAX_PART = 64 * 1024 * 1024  # bytes of one XML part rewritten (a letter's body: tens of kilobytes)


class Unreadable(ValueError):
    """A part holding tracked changes pismo cannot read to accept them; the message is the part's name."""


def accepted(blob: bytes) -> bytes | None:
    """The package with every tracked change accepted, None when it holds none. Unreadable for a part with changes
    that does not parse (or is too large); zip errors as zipfile raises them."""
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        changed = {}
        for info in archive.infolist():
            if not info.filename.lower().endswith(".xml") or info.file_size > MAX_PART:
                if info.filename.lower().endswith(".xml"):
                    raise Unreadable(info.filename)
                continue
            data = archive.read(info)
            if _MARKS.search(_text(data)):
                rewritten = _accepted_part(info.filename, data)
                if rewritten is not None:
                    changed[info.filename] = rewritten
        if not changed:
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                copy.writestr(info, changed.get(info.filename) or archive.read(info))
    return out.getvalue()


def _text(data: bytes) -> str:
    """A part's text for the quick search: an XML part is UTF-8 or UTF-16 (ECMA-376 Part 2) – a UTF-16 part's
    deletions went to LibreOffice unaccepted, printed (rev-pdf14 #4)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    elif data.startswith(b"<\x00"):
        codec = "utf-16-le"
    elif data.startswith(b"\x00<"):
        codec = "utf-16-be"
    else:
        codec = "utf-8"
    return data.decode(codec, errors="replace")


def _accepted_part(name: str, data: bytes) -> bytes | None:
    from pismo.render.package import safe_parser

    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        raise Unreadable(name) from None
    if not accept(root):
        return None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _local(element) -> str | None:
    """The WordprocessingML name of an element, None for any other."""
    qualified = etree.QName(element)
    return qualified.localname if qualified.namespace in _W_NAMESPACES else None


def accept(root) -> bool:
    """Every tracked change in the part accepted, in place; whether there was any."""
    found = False
    marks = [e for e in root.iter(tag=etree.Element) if _local(e) in _GONE | _KEPT | _RECORDS | _LEFTOVER_TEXT
             | {"cellDel"}]
    merged = []
    for element in marks:
        local, parent = _local(element), element.getparent()
        if parent is None:
            continue
        found = True
        holder = _local(parent)
        if local in ("del", "moveFrom") and holder == "rPr" and _local(parent.getparent()) == "pPr":
            merged.append(parent.getparent().getparent())  # a paragraph mark deleted: joined with the next
            parent.remove(element)
        elif local in _GONE and holder == "trPr":
            _remove(parent.getparent())  # a table row deleted
        elif local == "cellDel":
            _remove(next((a for a in element.iterancestors() if _local(a) == "tc"), element))
        elif local in _GONE or local in _RECORDS or local in _LEFTOVER_TEXT:
            _remove(element)
        elif holder in ("rPr", "trPr", "pPr"):  # an insertion's mark on a paragraph mark or row: the mark goes
            parent.remove(element)
        else:
            _unwrap(element)
    for paragraph in reversed(merged):
        _join(paragraph)
    for table in [t for t in root.iter(tag=etree.Element) if _local(t) == "tbl"]:
        if not any(_local(child) == "tr" for child in table):
            _remove(table)  # every row deleted
    return found


def _remove(element) -> None:
    """The element out of the tree, its tail (text between elements, none in Word's XML) kept."""
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element) -> None:
    """The element's children in its place."""
    parent = element.getparent()
    at = parent.index(element)
    for child in reversed(list(element)):
        parent.insert(at, child)
    parent.remove(element)


def _join(paragraph) -> None:
    """A paragraph whose mark was deleted joined with the paragraph after it, as Word does on accepting: its content
    goes in front of the next one's, which keeps its own properties. Nothing follows (a table, a cell's end): it
    stays as it is, its mark no longer marked."""
    following = paragraph.getnext()
    if paragraph.getparent() is None or following is None or _local(following) != "p":
        return
    at = 1 if len(following) and _local(following[0]) == "pPr" else 0
    for child in reversed([c for c in paragraph if _local(c) != "pPr"]):
        following.insert(at, child)
    _remove(paragraph)
