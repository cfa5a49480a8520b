"""Styles whose effect Word, LibreOffice and the public version would read otherwise: refused by name.

Two styles with one w:styleId (Word never writes them): LibreOffice takes the first, another reader the last –
one hid „DUPL-STYLE” in the PDF, the public version kept it. A table style hiding text only in some rows or
columns (w:vanish in w:tblStylePr, chosen by w:tblLook and w:cnfStyle): Word and LibreOffice hide it, the public
version, which does not lay tables out, would publish it.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

_OFF = {"0", "false", "off"}


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
    for style in styles:
        for conditional in style.iter("{*}tblStylePr"):
            if any(_on(v) for v in conditional.iter("{*}vanish")):
                raise Refused(f"część {part}: styl tabeli „{_name(style)}” ukrywa tekst w części tabeli (formatowanie "
                              f"warunkowe „{_attribute(conditional, 'type')}”, np. wiersz nagłówka) – wersja publiczna "
                              "nie rozpozna, co tak ukryto; usuń ukrycie z tego stylu tabeli (Projekt tabeli → "
                              "Modyfikuj styl tabeli → Czcionka)")


def _on(vanish) -> bool:
    return not _OFF & {v.strip().lower() for k, v in vanish.attrib.items() if etree.QName(k).localname == "val"}


def _attribute(element, local: str) -> str:
    return next((v for k, v in element.attrib.items() if etree.QName(k).localname == local), "")


def _name(style) -> str:
    name = next((n for n in style if etree.QName(n).localname == "name"), None)
    return (_attribute(name, "val") if name is not None else "") or _attribute(style, "styleId")
