"""The branches of mc:AlternateContent must print the same: Word and LibreOffice may take different ones.

A reader shows the first mc:Choice whose Requires it understands, else the
mc:Fallback. Word 2013 and later understand w15, w16…; LibreOffice 7.4 only
wps, wpg and w14 – so a template whose Choice says the case's dates and whose
Fallback says other ones makes a .docx the officer checks in Word and a PDF
that says otherwise. The same letters printed otherwise are as bad: hidden
(w:vanish) in one branch and shown in the other, another symbol (w:sym), font,
size, colour or list number. Word itself writes AlternateContent for shapes and
text boxes, with the same WordprocessingML in the DrawingML Choice and the VML
Fallback – so the branches are compared whole: their WordprocessingML elements,
attributes, text and properties (of runs, paragraphs, tables – all of them, as
any can hide or change what is printed), the DrawingML or VML around them left
out; checked on the template and again after filling.

The shape around the text can hide, move or shrink it too, so where the two
readers may take different branches – LibreOffice 7.4 takes every Choice whose
Requires is exactly „wps”, „wpg” or „w14”, by the prefix whatever namespace it
names, else the Fallback (tried: two such Choices both printed) – branches with
text must be the same XML. Word's own text boxes require wps: both take it.

Charts, SmartArt and other DrawingML parts LibreOffice reads with another
importer (oox), which takes a Choice only for a14, p14, p15, x12ac and v – a
chart title in a wps Choice and another in the Fallback printed the Fallback's
„900 zł” where Word shows the Choice's „100 zł”. Their text is DrawingML's
(a:t, c:v), not WordprocessingML's, and a branch without text decides what is
shown too (data labels on, an axis, a deleted series) – so there branches must be
the same XML whatever they require, but Word's own chart style (c14:style, c:style).
"""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WORD = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         "http://purl.oclc.org/ooxml/wordprocessingml/main"}
_TEXT = {"t", "instrText", "delText", "delInstrText"}  # elements whose text a reader shows or runs
_WRAPPERS = {"drawing", "pict"}  # a shape in DrawingML (Choice) or VML (Fallback): only what it holds is compared
_MARKERS = {"bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak", "permStart", "permEnd"}  # unprinted
_SHORT = 60
# Word 2016+'s emoji (w16se:symEx, its character in w16se:char) in a Choice whose Fallback writes the character as
# text: both readers show that character
_SYMBOL_EX = "{http://schemas.microsoft.com/office/word/2015/wordml/symex}symEx"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_LIBREOFFICE = {"wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",  # Requires it takes
                "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
                "w14": "http://schemas.microsoft.com/office/word/2010/wordml"}


class Differs(Exception):
    """The branches of an AlternateContent print otherwise; the message is Polish and names the part."""


def check(part: str, tree) -> None:
    """Differs for an mc:AlternateContent whose branches hold other text, or the same text shown otherwise,
    naming the part and the text."""
    writer = _writer(tree)
    for alternate in tree.iter(f"{{{_MC}}}AlternateContent"):
        branches = [branch for branch in alternate if _is_branch(branch)]
        printed = [_printed(branch) for branch in branches]
        if len(set(printed)) < 2:
            _check_readers_agree(part, branches, writer)
            continue
        texts = [_text(branch) for branch in branches]
        first = texts[0]
        if len(set(texts)) > 1:
            other = next(t for t in texts if t != first)
            what = f"różny tekst („{_short(first)}” i „{_short(other)}”)"
        else:
            what = (f"ten sam tekst („{_short(first)}”) pokazany inaczej (ukryty, innym symbolem, czcionką, kolorem, "
                    "rozmiarem, numerem listy albo w innym układzie)")
        raise Differs(f"część {part}: zawartość alternatywna (mc:AlternateContent) ma w swoich wariantach {what} – "
                      "Word pokazuje jeden wariant, a LibreOffice w PDF może pokazać drugi, więc PDF mówiłby co innego "
                      "niż pismo; Word zapisuje w obu wariantach to samo (pole tekstowe, kształt) – usuń tę zawartość "
                      "albo wstaw pole tekstowe ponownie w Wordzie")


def _check_readers_agree(part: str, branches: list, writer: bool = True) -> None:
    """Differs for branches holding text that differ in anything (a shape hidden, moved or shrunk in one) when
    Word and LibreOffice may take different ones: in a WordprocessingML part (writer) LibreOffice 7.4 takes every
    Choice requiring exactly one of _LIBREOFFICE (by that prefix, whatever its namespace) and else the Fallback,
    Word the first it understands; in another part (a chart) any text, DrawingML's too, counts, whatever the
    branches require."""
    shown = [_text(branch) if writer else " ".join("".join(branch.itertext()).split()) for branch in branches]
    if writer and (_agreed(branches) or not any(shown) or all(_plain(branch) for branch in branches)):
        return
    if not writer and _chart_style(branches):
        return
    if len({_whole(branch) for branch in branches}) < 2:
        return
    requires = ", ".join(f"„{' '.join((b.get('Requires') or '').split())[:30]}”" for b in branches
                         if etree.QName(b).localname == "Choice")
    text = next(filter(None, shown), "")
    raise Differs(f"część {part}: zawartość alternatywna (mc:AlternateContent)"
                  f"{f' z tekstem („{_short(text)}”)' if text else ''} ma warianty (wymagające {requires or 'niczego'}), z których Word może pokazać inny niż LibreOffice "
                  "w PDF – a warianty różnią się (np. rysunkiem, jego widocznością, położeniem albo rozmiarem), więc "
                  "PDF mógłby mówić co innego niż pismo; usuń tę zawartość albo wstaw pole tekstowe lub kształt "
                  "ponownie w Wordzie")


def _chart_style(branches: list) -> bool:
    """Whether the branches are a chart's style as Word writes it (c14:style in the Choice, c:style in the
    Fallback): a colour scheme, no text, nothing shown or hidden."""
    return all(len(branch) and all(isinstance(c.tag, str) and etree.QName(c).localname == "style" for c in branch)
               for branch in branches)


def _plain(branch) -> bool:
    """Whether the branch is WordprocessingML only (no shape around its text, an emoji's symEx counted as its
    character): what it prints is all _printed compares."""
    return all(element.tag == _SYMBOL_EX or etree.QName(element).namespace in _WORD
               and etree.QName(element).localname not in _WRAPPERS
               for element in branch.iterdescendants(tag=etree.Element))


def _agreed(branches: list) -> bool:
    """Whether Word and LibreOffice take the same branch, and only it: a lone Fallback; or a first Choice that is
    the only one LibreOffice takes, whose prefix names the namespace Word knows, with at most one Fallback, the
    last (LibreOffice takes a Fallback before the Choice it takes too)."""
    fallbacks = [i for i, b in enumerate(branches) if etree.QName(b).localname == "Fallback"]
    if not branches or len(fallbacks) > 1 or fallbacks and fallbacks[0] != len(branches) - 1:
        return False
    first = branches[0]
    if etree.QName(first).localname == "Fallback":
        return True
    requires = first.get("Requires") or ""
    taken = [b for b in branches if etree.QName(b).localname == "Choice" and (b.get("Requires") or "") in _LIBREOFFICE]
    return taken == [first] and first.nsmap.get(requires) == _LIBREOFFICE.get(requires)


def _writer(tree) -> bool:
    """Whether the part is WordprocessingML's (document, header, notes, styles), which LibreOffice's Writer
    importer reads."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    return etree.QName(root).namespace in _WORD


def _is_branch(element) -> bool:
    return isinstance(element.tag, str) and etree.QName(element).namespace == _MC and \
        etree.QName(element).localname in ("Choice", "Fallback")


def _inner(alternate):
    """The first branch of an AlternateContent inside a branch (checked on its own to print the same as the others)."""
    return next((b for b in alternate if _is_branch(b)), None)


def _printed(element) -> tuple[str, ...]:
    """What a reader taking this branch prints, as a flat sequence: every WordprocessingML element with its
    attributes (but the revision marks, rsid*) and text, properties whole; DrawingML and VML around the text
    left out but for field codes and WordArt strings (instr, string), and marks that print nothing."""
    found: list[str] = []
    _walk(element, found)
    return tuple(found)


def _walk(element, found: list[str]) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child)
        if name.namespace == _MC and name.localname == "AlternateContent":
            branch = _inner(child)
            if branch is not None:
                _walk(branch, found)
            continue
        if child.tag == _SYMBOL_EX:  # printed as its character, as the Fallback's w:t prints it
            found.extend((f"<t []>{_symbol(child)}", "</t>"))
            continue
        found.extend(f"@{value}" for key, value in child.attrib.items()
                     if etree.QName(key).localname in ("instr", "string"))  # fldSimple's code, v:textpath's string
        if name.namespace not in _WORD or name.localname in _WRAPPERS:
            _walk(child, found)
        elif name.localname.endswith("Pr"):  # rPr, pPr, tcPr …: all of it, any namespace (w14 text fills too)
            found.append(etree.tostring(_without_revisions(child), method="c14n").decode())
        elif name.localname not in _MARKERS:
            attributes = sorted((etree.QName(k).localname, v) for k, v in child.attrib.items()
                                if etree.QName(k).namespace in _WORD and not etree.QName(k).localname.startswith("rsid"))
            text = (child.text or "") if name.localname in _TEXT else ""
            found.append(f"<{name.localname} {attributes}>{text}")
            _walk(child, found)
            found.append(f"</{name.localname}>")


def _whole(branch) -> bytes:
    """A branch's whole XML but rsid* and xml:space (docxtpl adds it when filling)."""
    return b"".join(etree.tostring(_without_revisions(child), method="c14n", with_tail=False)
                    for child in branch if isinstance(child.tag, str))


def _without_revisions(element):
    """A copy of the element without rsid* attributes (which revision wrote them; Word may differ per branch)
    and xml:space."""
    copy = deepcopy(element)
    for inner in copy.iter(tag=etree.Element):
        for key in [k for k in inner.attrib if etree.QName(k).localname.startswith("rsid") or k == _SPACE]:
            del inner.attrib[key]
    return copy


def _text(element) -> str:
    """The letters a reader taking this branch shows or runs (runs' text and symbols, field codes, WordArt
    strings), to name in the message."""
    found = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child)
        if name.namespace == _MC and name.localname == "AlternateContent":
            branch = _inner(child)
            found.append(_text(branch) if branch is not None else "")
            continue
        if name.localname in _TEXT:
            found.append(child.text or "")
        elif name.localname == "sym" or child.tag == _SYMBOL_EX:
            found.append(_symbol(child))
        found.extend(value for key, value in child.attrib.items()
                     if etree.QName(key).localname in ("instr", "string"))
        found.append(_text(child))
    return "".join(found)


def _symbol(element) -> str:
    """A w:sym's character (Word writes a symbol font's characters from F000 up)."""
    code = next((v for k, v in element.attrib.items() if etree.QName(k).localname == "char"), "")
    try:
        number = int(code, 16)
    except ValueError:
        return "?"
    number = number - 0xF000 if 0xF020 <= number <= 0xF0FF else number
    return chr(number) if 32 <= number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else "?"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[:_SHORT - 1] + "…"
