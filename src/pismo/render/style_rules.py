"""Styles whose effect Word, LibreOffice and the public version would read otherwise: refused by name.

Two styles with one w:styleId (Word never writes them): LibreOffice takes the first, another reader the last –
one hid „DUPL-STYLE” in the PDF, the public version kept it. Two styles of one type with one w:name: Word applies
a style by its id, LibreOffice keys styles by name and gave the hiding one the other's properties. A table style
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
    named = Counter((_attribute(s, "type") or "paragraph", _name(s)) for s in styles)
    twice = next((key for key, count in named.items() if count > 1 and key[1]), None)
    if twice is not None:
        idents = ", ".join(f"„{_attribute(s, 'styleId')}”" for s in styles
                           if (_attribute(s, "type") or "paragraph", _name(s)) == twice)
        raise Refused(f"część {part} ma kilka stylów o tej samej nazwie „{twice[1]}” (identyfikatory {idents}) – Word "
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


def _attribute(element, local: str) -> str:
    return next((v for k, v in element.attrib.items() if etree.QName(k).localname == local), "")


def _name(style) -> str:
    name = next((n for n in style if etree.QName(n).localname == "name"), None)
    return (_attribute(name, "val") if name is not None else "") or _attribute(style, "styleId")
