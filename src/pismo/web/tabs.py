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


def too_deep(text: str, limit: int, loader_class=LOADER) -> bool:
    """The text nests deeper than limit (or than libyaml takes at all): the case reader refuses it with its own
    located message, and ruamel's pure-Python scanner, quadratic in a flow's depth, took 10 s per display of a
    text with 1 500 „[” – libyaml's events tell it in milliseconds. A text libyaml alone refuses is read as the
    case reader reads it, without libyaml (yamlio.libyaml_only); False for a text YAML refuses otherwise."""
    loader, depth = loader_class(text), 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > limit:
                    return True
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        if loader_class is not yaml.SafeLoader and yamlio.libyaml_only(exc):
            return too_deep(text, limit, yaml.SafeLoader)
        return "nesting depth" in str(exc)  # libyaml's own bound (1 000 levels)
    finally:
        loader.dispose()
    return False


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
