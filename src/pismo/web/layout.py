"""The case file's own layout through a save, section by section (a top-level key with the lines up to the next).

ruamel writes one indentation for the whole file; a file whose sections were written differently (one pasted
with 4 spaces, another with the dashes flush with their key) would have every other section re-indented by a
save of one field. So each section is taken from a dump in its own indentation, and a section whose data and
comments are what the file had keeps the file's text byte for byte.
"""

from __future__ import annotations

import re

from ruamel.yaml import YAML

_KEY = re.compile(r"(?m)^(?![\s#\-%]|\.\.\.(?:\s|$)|---(?:\s|$))(?P<key>[^\n]*?):(?:[ \t]|$)")  # a top-level key
_COMMENT = re.compile(r"(?:^|\s)(#.*)$")


def sections(text: str) -> tuple[str, dict[str, str]]:
    """(the lines before the first key, {key: its section's text}); a key written twice: no sections."""
    starts = list(_KEY.finditer(text))
    out: dict[str, str] = {}
    for match, after in zip(starts, starts[1:] + [None]):
        out[match.group("key")] = text[match.start():after.start() if after else len(text)]
    if len(out) != len(starts):
        return text, {}
    return text[:starts[0].start()] if starts else text, out


def styled(text: str, others: dict[str, str]) -> str:
    """text with the sections named in others (key -> a dump of the same data in that section's indentation)
    taken from those."""
    head, parts = sections(text)
    return head + "".join(sections(others[key])[1].get(key, part) if key in others else part
                          for key, part in parts.items())


def kept(original: str, text: str) -> str:
    """text with each section whose data and comments are the original's written as the original writes it."""
    _, before = sections(original)
    head, parts = sections(text)
    return head + "".join(before[key] if key in before and _same(before[key], part) else part
                          for key, part in parts.items())


def _same(old: str, new: str) -> bool:
    """The same data and the same comments, whatever the indentation and the text styles."""
    if old == new:
        return True
    if _comments(old) != _comments(new):
        return False
    try:
        loader = YAML(typ="safe")
        return loader.load(old) == loader.load(new)
    except Exception:  # a section that cannot be read alone (an alias of another section's anchor): the dump's
        return False


def _comments(text: str) -> list[str]:
    return [match.group(1).strip() for line in text.split("\n") if (match := _COMMENT.search(line))]
