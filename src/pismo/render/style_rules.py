"""Styles whose effect Word, LibreOffice and the public version would read otherwise: refused by name.

Two styles with one w:styleId (Word never writes them): LibreOffice takes the first, another reader the last –
one hid „DUPL-STYLE” in the PDF, the public version kept it. Two styles of one type with one w:name: Word applies
a style by its id, LibreOffice keys styles by name and gave the hiding one the other's properties; so two named by
Word's and LibreOffice's names of one built-in style („toc 1” is its „Contents 1”, rev-tpl16 11) when one hides text. A table style
hiding or showing text only in some rows or columns (w:vanish, on or off, in w:tblStylePr, chosen by w:tblLook and
w:cnfStyle): Word and LibreOffice apply it, the public version, which does not lay tables out, would not.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

class Refused(Exception):
    """A style the readers take otherwise; the message is Polish and names the part and the style."""


def check(part: str, tree) -> None:
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    if etree.QName(root).localname != "styles":
        return
    styles = [s for s in root if etree.QName(s).localname == "style"]
    counts = Counter(_attribute(s, "styleId") for s in styles)
    repeated = next((ident for ident, count in counts.items() if count > 1), None)
    if repeated is not None:
        names = ", ".join(f"„{_name(s)}”" for s in styles if _attribute(s, "styleId") == repeated)
        raise Refused(f"część {part} ma kilka stylów o tym samym identyfikatorze „{repeated}” ({names}) – tego Word "
                      "nie zapisuje, a programy biorą różne z nich (PDF mógłby ukryć tekst, który pismo pokazuje); "
                      "usuń albo przemianuj jeden z nich w okienku Style i zapisz szablon jako nowy plik .docx")
    twice = _merged(styles)
    if twice is not None:
        same = [s for s in styles if _key(s) == twice]
        idents = ", ".join(f"„{_attribute(s, 'styleId')}”" for s in same)
        names = " i ".join(dict.fromkeys(f"„{_name(s)}”" for s in same))
        what = f"tej samej nazwie {names}" if len(set(map(_name, same))) == 1 else \
            f"nazwach {names}, które LibreOffice czyta jako jedną („{twice[1]}”)"
        raise Refused(f"część {part} ma kilka stylów o {what} (identyfikatory {idents}) – Word "
                      "wybiera styl po identyfikatorze, a LibreOffice po nazwie, więc PDF mógłby pokazać tekst, który "
                      "pismo ukrywa (albo odwrotnie); zmień nazwę jednego z nich w okienku Style (Zmodyfikuj styl) i "
                      "zapisz szablon jako nowy plik .docx")
    for style in styles:
        for conditional in style.iter("{*}tblStylePr"):
            if next(conditional.iter("{*}vanish"), None) is not None:
                raise Refused(f"część {part}: styl tabeli „{_name(style)}” ukrywa tekst w części tabeli (formatowanie "
                              f"warunkowe „{_attribute(conditional, 'type')}”, np. wiersz nagłówka) – wersja publiczna "
                              "nie rozpozna, co tak ukryto; usuń ukrycie z tego stylu tabeli (Projekt tabeli → "
                              "Modyfikuj styl tabeli → Czcionka)")


# Word's built-in style names (lower case) LibreOffice reads as one of its own (writerfilter's ConvertStyleName):
# „toc 1” and „Contents 1”, „heading 1” and „Heading 1”, „footnote text” and „Footnote” are one style there
_LIBREOFFICE_NAMES = {
    "normal": "Standard", "footnote text": "Footnote", "annotation text": "Marginalia", "header": "Header",
    "footer": "Footer", "index heading": "Index Heading", "caption": "Caption", "table of figures": "Figure Index 1",
    "envelope address": "Addressee", "envelope return": "Sender", "footnote reference": "Footnote Characters",
    "line number": "Line Numbering", "page number": "Page Number", "pagenumber": "Page Number",
    "endnote reference": "Endnote Characters", "endnote text": "Endnote", "table of authorities": "Bibliography Heading",
    "list": "List", "list bullet": "List 1", "list number": "Numbering 1", "list continue": "List 1 Cont.",
    "title": "Title", "closing": "Appendix", "signature": "Signature", "body text": "Text body",
    "bodytext": "Body Text", "body text indent": "Body Text, Indented", "bodytextindent": "Body Text, Indented",
    "subtitle": "Subtitle", "salutation": "Complimentary Close", "body text first indent": "First Line Indent",
    "hyperlink": "Internet Link", "followedhyperlink": "Visited Internet Link", "strong": "Strong Emphasis",
    "emphasis": "Emphasis", "no list": "No List", "nolist": "No List", "tocheading": "Contents Heading",
    **{f"heading {n}": f"Heading {n}" for n in range(1, 10)}, **{f"index {n}": f"Index {n}" for n in range(1, 4)},
    **{f"{toc}{n}": f"Contents {n}" for n in range(1, 10) for toc in ("toc ", "toc")},
    **{f"list bullet {n}": f"List {n}" for n in range(2, 6)},
    **{f"list number {n}": f"Numbering {n}" for n in range(2, 6)},
    **{f"list continue {n}": f"List {n} Cont." for n in range(2, 6)},
}


def _merged(styles: list) -> tuple[str, str] | None:
    """The (type, name) of styles LibreOffice takes for one: named alike, or named by Word's and LibreOffice's names
    for one built-in style when one of them hides text and another not (Word's own template defines both „List 2”
    and „List Bullet 2”, LibreOffice's documents both „Footnote Characters” and „Footnote Reference”: alike they
    print alike)."""
    by_id = {_attribute(s, "styleId"): s for s in styles}
    groups: dict[tuple[str, str], list] = {}
    for style in styles:
        groups.setdefault(_key(style), []).append(style)
    return next((key for key, same in groups.items() if len(same) > 1 and key[1] and (
        len({_name(s) for s in same}) < len(same) or len({_hidden(s, by_id) for s in same}) > 1)), None)


def _hidden(style, by_id: dict, seen: frozenset = frozenset()) -> bool:
    """Whether a style hides its text (w:vanish in it or in a style it is based on)."""
    rpr = next((e for e in style if etree.QName(e).localname == "rPr"), None)
    vanish = next((e for e in rpr if etree.QName(e).localname == "vanish"), None) if rpr is not None else None
    if vanish is not None:
        return _attribute(vanish, "val").strip().lower() not in ("0", "false", "off")
    based = next((_attribute(e, "val") for e in style if etree.QName(e).localname == "basedOn"), None)
    parent = by_id.get(based)
    return parent is not None and based not in seen and _hidden(parent, by_id, seen | {based})


def _key(style) -> tuple[str, str]:
    """A style's type and name as LibreOffice keys it: a Word built-in name mapped to LibreOffice's own."""
    name = _name(style)
    return _attribute(style, "type") or "paragraph", _LIBREOFFICE_NAMES.get(name.lower(), name)


def _attribute(element, local: str) -> str:
    return next((v for k, v in element.attrib.items() if etree.QName(k).localname == local), "")


def _name(style) -> str:
    name = next((n for n in style if etree.QName(n).localname == "name"), None)
    return (_attribute(name, "val") if name is not None else "") or _attribute(style, "styleId")
