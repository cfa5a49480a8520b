"""Content in a namespace Word does not know: Word drops it, LibreOffice prints it.

Markup Compatibility (ECMA-376 Part 3): an element of a namespace the reader does
not understand, listed in mc:Ignorable, is skipped with everything in it (Word
does so; without mc:Ignorable Word calls the file damaged), while LibreOffice
reads on into the runs inside – so „<zz:wrap><w:r><w:t>kwota 900 zł</w:t>…”
is in the PDF and not in the .docx the officer checked. So in the parts both
readers print text from (WordprocessingML, charts, SmartArt), an element of a
namespace outside the ones Word writes may hold no text and no element of a
known namespace (runs, paragraphs, drawings); Word's own extension elements
(w14, w15, w16…, wp14, a14, c14…) are known, and an unknown one holding only
attributes or its own empty elements (a newer Word's ids, flags) passes.
"""

from __future__ import annotations

import html
import re

from lxml import etree

_ECMA = ("wordprocessingml/{}main", "officeDocument/{}relationships", "officeDocument/{}math", "drawingml/{}main",
         "drawingml/{}wordprocessingDrawing", "drawingml/{}picture", "drawingml/{}chart", "drawingml/{}chartDrawing",
         "drawingml/{}diagram", "drawingml/{}lockedCanvas", "drawingml/{}compatibility", "schemaLibrary/{}main")
# ECMA-376's own, transitional and strict: no other under their hosts is Word's (a made-up one hides as any other)
_OPEN = {f"http://schemas.openxmlformats.org/{tail.format('2006/')}" for tail in _ECMA} | {
    f"http://purl.oclc.org/ooxml/{tail.format('')}" for tail in _ECMA} | {
    "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_OFFICE = "http://schemas.microsoft.com/office/"
_KNOWN_OFFICE = {  # what Word 2007-2024 writes into documents, headers, notes, styles, charts and SmartArt
    "word/2006/wordml", "word/2010/wordml", "word/2010/wordprocessingCanvas", "word/2010/wordprocessingDrawing",
    "word/2010/wordprocessingGroup", "word/2010/wordprocessingInk", "word/2010/wordprocessingShape",
    "word/2012/wordml", "word/2015/wordml/symex", "word/2016/wordml/cid", "word/2018/wordml",
    "word/2018/wordml/cex", "word/2020/wordml/sdtdatahash", "word/2023/wordml/word16du",
    "word/2024/wordml/sdtformatlock", "drawing/2008/diagram", "drawing/2010/main", "drawing/2012/main",
    "drawing/2014/main", "drawing/2016/11/main", "drawing/2007/7/7/main", "drawing/2016/SVG/main", "drawing/2016/ink",
    "drawing/2017/model3d", "drawing/2017/decorative", "drawing/2018/hyperlinkcolor",
    "drawing/2020/classificationShape", "drawing/2021/svgextension", "drawing/2007/8/2/chart",
    "drawing/2010/chart", "drawing/2012/chart", "drawing/2014/chart", "drawing/2015/06/chart",
    "drawing/2017/03/chart", "drawing/2012/chartStyle", "drawing/2014/chart/ac", "drawing/2010/slicer",
    "drawing/2014/chartex", "drawing/2015/9/8/chartex", "drawing/2015/10/21/chartex", "drawing/2016/5/9/chartex",
    "drawing/2016/5/10/chartex", "drawing/2016/5/11/chartex", "drawing/2016/5/12/chartex",
    "drawing/2016/5/13/chartex", "drawing/2016/5/14/chartex", "2019/extlst", "thememl/2012/main",
}
KNOWN = {_OFFICE + tail for tail in _KNOWN_OFFICE} | {
    "urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office", "urn:schemas-microsoft-com:office:word",
    "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2001/XMLSchema-instance",
}
# What Word 2016 as released understands, the oldest Word a letter is opened in: mc:MustUnderstand may name only
# these – it refuses a letter requiring w16cid (later 2016 updates), w16 (2018), w16du (2023), w16sdtfl (2024) …
_WORD_2016_OFFICE = {
    "word/2006/wordml", "word/2010/wordml", "word/2010/wordprocessingCanvas", "word/2010/wordprocessingDrawing",
    "word/2010/wordprocessingGroup", "word/2010/wordprocessingInk", "word/2010/wordprocessingShape",
    "word/2012/wordml", "word/2015/wordml/symex", "drawing/2008/diagram", "drawing/2010/main", "drawing/2012/main",
    "drawing/2014/main", "drawing/2007/8/2/chart", "drawing/2010/chart", "drawing/2012/chart", "drawing/2014/chart",
    "drawing/2012/chartStyle", "drawing/2014/chartex", "drawing/2010/slicer", "thememl/2012/main",
}
WORD_2016 = {_OFFICE + tail for tail in _WORD_2016_OFFICE} | (KNOWN - {_OFFICE + tail for tail in _KNOWN_OFFICE})
# Parts LibreOffice and Word print text from, by their root's namespace
_PRINTED_ROOTS = ("http://schemas.openxmlformats.org/wordprocessingml/", "http://purl.oclc.org/ooxml/wordprocessingml/",
                  "http://schemas.openxmlformats.org/drawingml/", "http://purl.oclc.org/ooxml/drawingml/",
                  _OFFICE + "drawing/")
_DECLARED = re.compile(rb"""xmlns(?::[^\s=]+)?\s*=\s*(["'])(.*?)\1""", re.S)
_UNPREFIXED = re.compile(rb"<[^\s/>:!?]+[\s/>]")  # a start tag without a prefix: no namespace or a default one


class Unknown(Exception):
    """Content in a namespace Word does not know; the message is Polish and names the part."""

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
_BLOCK = ("body", "tc", "txbxContent", "hdr", "ftr", "footnote", "endnote", "comment", "sdtContent", "customXml",
          "docPartBody")
# Where Word writes its text: a WordprocessingML paragraph, table, table row or cell, run or text element stands only in one of these
# elements of the same namespace (mc:AlternateContent's branches in between count as where the AlternateContent
# stands). Any other element holding them – w16du:wrap, wne:wrap, cx:wrap, w:wrap – is one Word skips with its
# text or calls damaged, while LibreOffice reads on into it (or the other way round)
_TEXT_HOLDERS = ("p", "tbl", "tr", "tc", "r", "t", "delText", "instrText", "delInstrText")
CONTAINERS = {
    "p": _BLOCK, "tbl": _BLOCK, "tr": ("tbl", "sdtContent", "customXml"), "tc": ("tr", "sdtContent", "customXml"),
    "r": ("p", "hyperlink", "fldSimple", "smartTag", "customXml", "sdtContent", "ins", "del", "moveFrom", "moveTo",
          "dir", "bdo", "rubyBase", "rt"),
    "t": ("r",), "delText": ("r",), "instrText": ("r",), "delInstrText": ("r",),
    **{kind: ("r",) for kind in ("sym", "br", "cr", "ptab", "noBreakHyphen", "softHyphen", "fldChar", "drawing",
                                 "object")}, "tab": ("r", "tabs"), "pict": ("r", "numPicBullet"),
}
_MATH = ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math")
_OWN = "self::w:* or self::s:* or self::m:* or self::n:*"  # WordprocessingML, or math (whose runs hold w:rPr, w:br …)


def _parent_test(names, math: bool = False) -> str:
    """XPath: the node's parent – or the parent of the AlternateContent whose branch it stands in – is one of names
    (math: or a math element, whose runs hold Word's run content)."""
    own = " or ".join([f"self::{p}:{n}" for p in ("w", "s") for n in names] + (["self::m:* or self::n:*"] if math else []))
    return (f"parent::*[{own}] or (parent::mc:Choice | parent::mc:Fallback)"
            f"/parent::mc:AlternateContent/parent::*[{own}]")


_SPACES = {"w": _W[0], "s": _W[1], "mc": _MC, "m": _MATH[0], "n": _MATH[1],
           "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "v": "urn:schemas-microsoft-com:vml"}
_MISPLACED = etree.XPath(" | ".join(f"//{p}:{kind}[not({_parent_test(names, kind not in _TEXT_HOLDERS)})]"
                                    for kind, names in CONTAINERS.items() for p in ("w", "s")), namespaces=_SPACES)
# Any WordprocessingML element standing in an element of another namespace (w16du:wrap around a w:hyperlink, a w:sdt
# or a w:sym): Word skips or refuses the stranger with all inside, LibreOffice reads on. Word's own hosts are math,
# an AlternateContent branch standing in Word's markup, and a text box's content in its shape (wps:txbx, v:textbox)
_STRAY = etree.XPath(
    f"(//w:* | //s:*)[parent::*][not(parent::*[{_OWN}])]"
    f"[not((parent::mc:Choice | parent::mc:Fallback)/parent::mc:AlternateContent/parent::*[{_OWN}])]"
    "[not((self::w:txbxContent or self::s:txbxContent) and (parent::wps:txbx or parent::v:textbox))]",
    namespaces=_SPACES)


def _check_containers(part: str, root) -> None:
    """Unknown for Word's text (a paragraph, table, row, cell, run, text or run content) standing in an element Word
    never writes it in, or for any WordprocessingML element standing in another namespace's element (_STRAY) –
    so a wrapper is found at whatever depth it stands between the body and the text."""
    misplaced = next(iter(_MISPLACED(root)), None)
    if misplaced is None:
        misplaced = next(iter(_STRAY(root)), None)
    if misplaced is None:
        return
    holder = misplaced.getparent()
    if etree.QName(holder).namespace == _MC:
        holder = holder.getparent().getparent()
    shown = f"{holder.prefix}:{etree.QName(holder).localname}" if holder.prefix else etree.QName(holder).localname
    raise Unknown(f"część {part} zawiera element {shown} z tekstem Worda (w:{etree.QName(misplaced).localname}) – Word "
                  "nie zapisuje tekstu w takim elemencie, więc pomija go razem z tekstem albo uznaje plik za "
                  "uszkodzony, a LibreOffice może go wydrukować w PDF (albo odwrotnie); usuń ten element (zostaw "
                  "tylko tekst Worda) i zapisz szablon ponownie w Wordzie")


def known(namespace: str | None) -> bool:
    return namespace in _OPEN or namespace in KNOWN


def check(part: str, tree, blob: bytes | None = None) -> None:
    """Unknown for an element of a namespace Word does not know holding text or known elements, in a part whose
    text a reader prints; blob: the part's bytes, when given the tree is walked only if they declare such a
    namespace or have an element without a prefix (a filled part is checked for every document). And, whatever
    the namespaces, Word's text standing where Word never writes it, and mc:MustUnderstand Word would stop at."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    if blob is not None:
        _check_declarations(part, blob)
    _check_compatibility(part, root)
    if not (etree.QName(root).namespace or "").startswith(_PRINTED_ROOTS):
        return
    if blob is None or not _only_known(blob):
        for element in root.iter(tag=etree.Element):
            namespace = etree.QName(element).namespace
            if not known(namespace) and _holds_content(element):
                raise Unknown(_message(part, element, namespace))
    _check_containers(part, root)


def _check_compatibility(part: str, root) -> None:
    """Unknown for mc:MustUnderstand naming a prefix not declared there or a namespace Word 2016 does not know
    (WORD_2016): that Word then refuses to open the letter, LibreOffice converts it. (A prefix in mc:Ignorable that
    is not declared is let be: templates pass with it and what Word does with it is unknown.)"""
    for attribute in root.xpath("//@mc:MustUnderstand", namespaces={"mc": _MC}):
        element = attribute.getparent()
        for prefix in attribute.split():
            namespace = element.nsmap.get(prefix)
            if namespace is None or not (namespace in _OPEN or namespace in WORD_2016):
                named = f"przestrzeni nazw „{namespace}”" if namespace else f"przedrostka „{prefix}”"
                raise Unknown(f"część {part}: atrybut mc:MustUnderstand wymaga {named}, której nie zna Word 2016 "
                              "– taki Word nie otworzyłby pisma („problemy z zawartością”), choć PDF by powstał; usuń "
                              "ten atrybut i zapisz szablon ponownie w Wordzie")


def _check_declarations(part: str, blob: bytes) -> None:
    """Unknown for a namespace declared with a reference (`&#100;rawingml`): the same namespace to every reader, but
    the byte tests in front of the tree checks (drawingml, chart) read it as written; Word never writes one."""
    for _quote, value in _DECLARED.findall(blob):
        if b"&" in value:
            shown = value.decode("utf-8", "replace")
            raise Unknown(f"część {part} deklaruje przestrzeń nazw zapisaną przez odwołanie do znaku („{shown[:80]}”) – "
                          "Word nigdy tak jej nie zapisuje, a pismo rozpoznaje przestrzenie nazw po ich zapisie; "
                          "zapisz szablon ponownie w Wordzie (Plik → Zapisz jako → Dokument programu Word)")


def _only_known(blob: bytes) -> bool:
    """Whether every namespace the bytes declare is known and every start tag has a prefix."""
    declared = {html.unescape(value.decode("utf-8", "replace")) for _quote, value in _DECLARED.findall(blob)}
    return all(known(namespace) for namespace in declared) and not _UNPREFIXED.search(blob)


def _holds_content(element) -> bool:
    """Text (not only spaces) anywhere in it, or an element of a known namespace: what a reader reading on
    into it would print or draw."""
    if any(text.strip() for text in element.itertext()):
        return True
    return any(known(etree.QName(inner).namespace) for inner in element.iter(tag=etree.Element) if inner is not element)


def _message(part: str, element, namespace: str | None) -> str:
    name = etree.QName(element).localname
    prefix = element.prefix
    shown = f"{prefix}:{name}" if prefix else name
    text = " ".join("".join(element.itertext()).split())
    text = text if len(text) <= 60 else text[:59] + "…"
    where = f"z przestrzeni nazw „{namespace}”, której Word nie zna" if namespace else "bez przestrzeni nazw"
    what = f" z tekstem „{text}”" if text else " z treścią (akapity, tekst albo rysunki)"
    return (f"część {part} zawiera element {shown} {where},{what} – Word pomija taki element razem z treścią (gdy "
            "jego przedrostek jest w mc:Ignorable) albo uznaje plik za uszkodzony, a LibreOffice drukuje jego treść "
            "w PDF, więc PDF mówiłby co innego niż pismo; usuń ten element (zostaw tylko tekst Worda) i zapisz "
            "szablon ponownie w Wordzie")
