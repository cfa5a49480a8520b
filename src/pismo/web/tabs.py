"""Tabs YAML reads as blanks, made spaces in one pass for ruamel's scanner, which refuses them.

pismo's reader (libyaml, pismo.case.yamlio) takes a Tab after a value, before a comment or after „:” as a blank;
ruamel stops at each. Read again once per Tab, a case with many (values aligned in Notepad, text pasted from a
spreadsheet) took seconds per view and was refused past a bound – with no error the checker could name."""

from __future__ import annotations

import re

import yaml

from pismo.case import yamlio

BREAK = re.compile(r"\r\n|\r|\n|\x85|\u2028|\u2029")  # libyaml's line breaks: its marks count lines by them
_BEFORE_COMMENT = re.compile(r"(?m)^[^#\n\r\x85\u2028\u2029]*")  # a line's part outside its comment
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def as_spaces(text: str) -> str:
    """text with each Tab libyaml reads as a blank between tokens (outside a scalar and a comment) a space – the
    same length, so every place in it stays; text as it was when libyaml refuses it (the checker says why)."""
    if "\t" not in text:
        return text
    bom = "\ufeff" if text.startswith("\ufeff") else ""  # libyaml's marks do not count it
    body = text[len(bom):]
    starts = [0] + [match.end() for match in BREAK.finditer(body)]
    out, last = [], 0
    loader = LOADER(body)
    try:
        while loader.check_token():
            token = loader.get_token()
            start = starts[token.start_mark.line] + token.start_mark.column
            end = max(start, starts[token.end_mark.line] + token.end_mark.column)
            out += [_blanks(body[last:start]), _header(body[start:end])]
            last = end
    except yaml.YAMLError:
        return text
    finally:
        loader.dispose()
    return bom + "".join(out) + _blanks(body[last:])


def refused(text: str, loader_class=LOADER) -> bool:
    """The case reader refuses the text before building anything of it: a YAML syntax error, nesting deeper than
    MAX_DEPTH, a group of more than MAX_KEYS fields, a list of more than MAX_ITEMS items or more than MAX_NODES
    values (pismo.case.yamlio counts them so). libyaml's events tell it in milliseconds; ruamel's pure-Python
    scanner took seconds per display of the case list for a file the page then shows as unreadable anyway –
    10 s for 1 500 „[” (quadratic in a flow's depth), 20 s for 100 000 keys, and any line libyaml refuses but
    ruamel takes (an anchor „&miejscowość”) hid what came after it. A text libyaml alone refuses is read as the
    case reader reads it, without libyaml (yamlio.libyaml_only)."""
    loader, open_, nodes = loader_class(text), [], 0  # open_: [is a mapping, children so far] per open collection
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > yamlio.MAX_NODES or len(open_) > yamlio.MAX_DEPTH or (open_ and _one_too_many(open_[-1])):
                    return True
                if isinstance(event, yaml.CollectionStartEvent):
                    open_.append([isinstance(event, yaml.MappingStartEvent), 0])
            elif isinstance(event, yaml.CollectionEndEvent):
                open_.pop()
    except yaml.YAMLError as exc:
        if loader_class is not yaml.SafeLoader and yamlio.libyaml_only(exc):
            return refused(text, yaml.SafeLoader)
        return True
    finally:
        loader.dispose()
    return False


def _one_too_many(parent: list) -> bool:
    """A node more than its open collection may hold: the MAX_KEYS + 1st key of a group, the MAX_ITEMS + 1st item."""
    parent[1] += 1
    if parent[0]:
        return parent[1] % 2 == 1 and (parent[1] + 1) // 2 > yamlio.MAX_KEYS
    return parent[1] > yamlio.MAX_ITEMS


def _blanks(gap: str) -> str:
    """The text between two tokens: blanks and comments; Tabs outside the comments become spaces."""
    return _BEFORE_COMMENT.sub(lambda match: match.group().replace("\t", " "), gap) if "\t" in gap else gap


def _header(token: str) -> str:
    """A token's text; a block scalar's header line („|-⇥# note”) as a gap, its text as written."""
    if token[:1] not in ("|", ">"):
        return token
    line = BREAK.search(token)
    cut = line.start() if line else len(token)
    return _blanks(token[:cut]) + token[cut:]
