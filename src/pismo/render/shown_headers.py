"""Headers and footers no page shows, left out of a public version.

Word shows a section's first-page header only with its own „Inna pierwsza strona” (w:titlePg; a later section
without a first-page header of its own inherits it) and its even-page header
only with „Inne na stronach parzystych i nieparzystych” (w:evenAndOddHeaders in the settings); a header the main
part's relationships name but no section uses is shown nowhere. Such a header held a unit's internal note and went
into the public .docx (rev-tpl14 11): a public version holds only what the letter prints.
"""

from __future__ import annotations

import posixpath

from lxml import etree

from pismo.render import package

_W = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"}
_OFF = {"0", "false", "off"}
_KINDS = ("header", "footer")


def shown_only(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts less the headers and footers no page shows, and less the main part's references to them."""
    from pismo.render.reach import resolve  # reach builds on package

    blobs = {name.lower(): blob for name, blob in parts}
    main = _target(blobs, "_rels/.rels", "officedocument")
    if main is None or main not in blobs:
        return parts
    main_rels = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    settings = _target(blobs, main_rels, "settings")
    root = etree.fromstring(blobs[main], package.safe_parser())
    even = settings in blobs and any(_on(flag) for flag in etree.fromstring(blobs[settings], package.safe_parser())
                                     .iter("{*}evenAndOddHeaders") if etree.QName(flag).namespace in _W)
    references = [e for e in root.iter(*(f"{{*}}{kind}Reference" for kind in _KINDS)) if etree.QName(e).namespace in _W]
    unshown_first = _unshown_first(root)
    doomed = [e for e in references if (_value(e, "type") or "default") == "even" and not even or e in unshown_first]
    for reference in doomed:
        reference.getparent().remove(reference)
    used = {_value(e, "id") for e in references if e not in doomed}
    dropped = {resolve(main_rels, (r.get("Target") or "").strip()) for r in _relations(blobs, main_rels)
               if _kind(r) in _KINDS and r.get("Id") not in used} - {None}
    if not dropped and not doomed:
        return parts
    edited = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return package.drop_parts([(n, edited if n.lower() == main else b) for n, b in parts], dropped)


def _unshown_first(root) -> list:
    """First-page references no page shows: a section shows its first-page header only with its own titlePg, and a
    later section without a first-page reference of its own inherits it (so shows it with its titlePg)."""
    sections = [e for e in root.iter("{*}sectPr") if etree.QName(e).namespace in _W]
    unshown = []
    for kind in _KINDS:
        for index, section in enumerate(sections):
            reference = _first_reference(section, kind)
            if reference is None:
                continue
            shown = False
            for later in sections[index:]:
                if later is not section and _first_reference(later, kind) is not None:
                    break
                shown = shown or any(_on(flag) for flag in later.iterchildren("{*}titlePg")
                                     if etree.QName(flag).namespace in _W)
            if not shown:
                unshown.append(reference)
    return unshown


def _first_reference(section, kind: str):
    return next((e for e in section.iterchildren(f"{{*}}{kind}Reference")
                 if etree.QName(e).namespace in _W and (_value(e, "type") or "default") == "first"), None)


def _relations(blobs: dict, rels: str) -> list:
    return list(etree.fromstring(blobs[rels], package.safe_parser()).iter("{*}Relationship")) if rels in blobs else []


def _kind(relation) -> str:
    return (relation.get("Type") or "").strip().rstrip("/").rsplit("/", 1)[-1].lower()


def _target(blobs: dict, rels: str, kind: str) -> str | None:
    """The part (lower case) the first relationship of this type ending in rels points at."""
    from pismo.render.reach import resolve
    return next((resolve(rels, (r.get("Target") or "").strip()) for r in _relations(blobs, rels) if _kind(r) == kind),
                None)


def _value(element, name: str) -> str | None:
    return next((v.strip() for k, v in element.attrib.items() if etree.QName(k).localname == name), None)


def _on(flag) -> bool:
    return (_value(flag, "val") or "1").lower() not in _OFF
