"""A template's parts rewritten on reading, where a change Word does not see makes LibreOffice print alike.

LibreOffice counts a SEQ field anew whenever its code has any switch, and prints the stored number of one
without: Word's captions (` SEQ Tabela \\* ARABIC `, often with `\\* MERGEFORMAT`) printed „Tabela 2” where the
letter, as Word shows it, says „Tabela 3”. Both switches change nothing Word shows (arabic is SEQ's own format),
so they are left out of a SEQ code standing whole in one w:instrText or w:fldSimple, wherever they stand in it
(Word writes ` SEQ Tabela \\* ARABIC \\s 1 ` for a caption with the chapter's number); any other switch is
refused (reach). w:webHidden is left out too (run_properties).
"""

from __future__ import annotations

import re

from lxml import etree

from pismo.render import package, run_properties

_SEQ = re.compile(r"^\s*SEQ\s+[^\s\\\"]+", re.I)
CAPTION_SWITCH = re.compile(r"\s+\\\*\s*(?:ARABIC|MERGEFORMAT)\b", re.I)  # Word's caption switches, changing nothing


def parts(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts with Word's caption switches left out of SEQ codes and w:webHidden dropped."""
    return run_properties.without_web_hidden([(name, _seq_as_stored(blob) if b"SEQ" in blob.upper() else blob)
                                              for name, blob in entries])


def _seq_as_stored(blob: bytes) -> bytes:
    try:
        root = etree.fromstring(blob, package.safe_parser())
    except (etree.XMLSyntaxError, ValueError):
        return blob  # left to the checks that refuse it
    changed = False
    for element in root.iter("{*}instrText", "{*}fldSimple"):
        local = etree.QName(element).localname
        keys = [k for k in element.attrib if etree.QName(k).localname == "instr"] if local == "fldSimple" else []
        for key in keys:
            plain = _plain(element.get(key))
            changed |= plain != element.get(key)
            element.set(key, plain)
        if local == "instrText" and element.text and not len(element):
            plain = _plain(element.text)
            changed |= plain != element.text
            element.text = plain
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else blob


def _plain(code: str) -> str:
    """A SEQ code less Word's caption switches; any other code as it is."""
    head = _SEQ.match(code)
    return code if head is None else head.group(0) + CAPTION_SWITCH.sub("", code[head.end():])
