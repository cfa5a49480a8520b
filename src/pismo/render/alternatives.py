"""The branches of mc:AlternateContent must say the same: Word and LibreOffice may take different ones.

A reader shows the first mc:Choice whose Requires it understands, else the
mc:Fallback. Word 2013 and later understand w15, w16…; LibreOffice 7.4 only
wps, wpg and w14 – so a template whose Choice says the case's dates and whose
Fallback says other ones makes a .docx the officer checks in Word and a PDF
that says otherwise. Word itself writes AlternateContent for shapes and text
boxes, with the same text in the DrawingML Choice and the VML Fallback, so
branches are allowed when their text (runs, field codes, WordArt strings) is
the same; checked on the template and again after filling.
"""

from __future__ import annotations

from lxml import etree

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_TEXT = {"t", "instrText", "delText", "delInstrText"}  # elements whose text a reader shows or runs
_SHORT = 60


class Differs(Exception):
    """The branches of an AlternateContent hold other text; the message is Polish and names the part."""


def check(part: str, tree) -> None:
    """Differs for an mc:AlternateContent whose branches hold other text, naming the part and both texts."""
    for alternate in tree.iter(f"{{{_MC}}}AlternateContent"):
        texts = [_text(branch) for branch in alternate if _is_branch(branch)]
        if len(set(texts)) > 1:
            first, other = texts[0], next(t for t in texts if t != texts[0])
            raise Differs(f"część {part}: zawartość alternatywna (mc:AlternateContent) ma w swoich wariantach różny "
                          f"tekst („{_short(first)}” i „{_short(other)}”) – Word pokazuje jeden wariant, a LibreOffice "
                          "w PDF może pokazać drugi, więc PDF mówiłby co innego niż pismo; Word zapisuje w obu "
                          "wariantach ten sam tekst (pole tekstowe, kształt) – usuń tę zawartość albo wstaw pole "
                          "tekstowe ponownie w Wordzie")


def _is_branch(element) -> bool:
    return isinstance(element.tag, str) and etree.QName(element).namespace == _MC and \
        etree.QName(element).localname in ("Choice", "Fallback")


def _text(element) -> str:
    """The text a reader taking this branch shows or runs: runs' text, field codes, WordArt strings; of an
    AlternateContent inside, one branch (checked on its own to say the same as the others)."""
    found = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child)
        if name.namespace == _MC and name.localname == "AlternateContent":
            branch = next((b for b in child if _is_branch(b)), None)
            found.append(_text(branch) if branch is not None else "")
            continue
        if name.localname in _TEXT:
            found.append(child.text or "")
        found.extend(value for key, value in child.attrib.items()
                     if etree.QName(key).localname in ("instr", "string"))  # fldSimple's code, v:textpath's string
        found.append(_text(child))
    return "".join(found)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[:_SHORT - 1] + "…"
