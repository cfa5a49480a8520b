"""A legacy drop-down form field (FORMDROPDOWN) whose shown entry both readers take alike, each tried with soffice.

Word shows the entry w:ddList's w:result selects, or w:default's without a result; LibreOffice prints the entry
at w:result, the first without one (w:default ignored), whatever the stored text says. So a list passes when it
has entries and names its shown one by a w:result in range, or shows its first one.
"""

from __future__ import annotations

from lxml import etree

_WORD = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"}


def problem(tree) -> str | None:
    """Why a drop-down list of the tree shows another entry in Word than in the PDF (Polish); None when none does."""
    for listed in tree.iter("{*}ddList"):
        if etree.QName(listed).namespace not in _WORD:
            continue
        entries = [e for e in listed if etree.QName(e).localname == "listEntry"]
        result, default = _index(listed, "result"), _index(listed, "default")
        shown = result if result is not None else default if default is not None else 0
        if not entries:
            return "lista rozwijana nie ma żadnej pozycji"
        if not 0 <= shown < len(entries):
            return f"lista rozwijana wskazuje pozycję nr {shown + 1}, a ma ich {len(entries)}"
        if result is None and shown:
            return ("lista rozwijana pokazuje pozycję domyślną (nie pierwszą), którą Word bierze, a LibreOffice w PDF "
                    "pomija")
    return None


def _index(listed, name: str) -> int | None:
    """The number of w:ddList's child name (w:result, w:default); -1 when it is no number."""
    found = [v for e in listed if etree.QName(e).localname == name for k, v in e.attrib.items()
             if etree.QName(k).localname == "val"]
    if not found:
        return None
    return int(found[0].strip()) if found[0].strip().isdigit() else -1
