"""A small YAML emitter for hand-readable case files: comments, folded long text, safe quoting.

PyYAML cannot write comments, and a case file written for people needs them.
Every scalar is written plain only if YAML reads it back as the same string
(so "no", "17:00", "2025-07-01" or "a: b" get quotes); long text is folded.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

WIDTH = 100
COMMENT_COLUMN = 34


@dataclass
class Node:
    """One key (in a mapping) or one item (in a sequence), with its comments.

    value: str, int, bool, date, list[Node] for a mapping (nodes with keys) or
    a sequence (nodes without keys), or None for comment lines only.
    """

    key: str | None = None
    value: object = None
    comment: str = ""  # after the value on the same line
    above: list[str | None] = field(default_factory=list)  # comment lines before it; None = blank line
    commented: list[str | None] = field(default_factory=list)  # YAML lines written commented out after it


# Text that YAML reads plain as itself for certain: a letter first (no number, date, null or sign), then only
# letters, digits, spaces and punctuation that mean nothing inside a plain scalar (no ":", "#", quotes, brackets);
# only a few words of YAML 1.1 (yes, no, on, off, true, false, null) are not strings.
_ORDINARY = re.compile(r"[^\W\d_][\w ,.;()/\-–„”]*")
_YAML_WORDS = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, as the case file is read back


@lru_cache(maxsize=4096)
def _plain_ok(text: str) -> bool:
    """Does YAML read the plain text back as this very string, as a value and as a list item? Ordinary text is
    told by its characters; the rest is asked of YAML (two parses a value made 19 000 actions take minutes)."""
    if not text or text != text.strip() or "\n" in text or text.startswith(("- ", "? ", "! ", "& ", "* ")):
        return False
    if _ORDINARY.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return True
    return _reads_back(text)


def _reads_back(text: str) -> bool:
    try:
        return (yaml.load(f"k: {text}  # c\n", Loader=_LOADER) == {"k": text}
                and yaml.load(f"k:\n  - {text}\n", Loader=_LOADER) == {"k": [text]})
    except (yaml.YAMLError, ValueError):  # ValueError: an integer of more digits than Python converts
        return False


def inline(value) -> str:
    """The one-line form of a scalar."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, dt.date)):
        return str(value)
    if value == []:
        return "[]"
    return value if _plain_ok(value) else json.dumps(value, ensure_ascii=False)


def _comment(line: str, comment: str) -> str:
    if not comment:
        return line
    return f"{line.ljust(max(COMMENT_COLUMN, len(line) + 2) - 1)} # {_one_line(comment)}"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def comment_lines(lines: list[str | None], pad: str) -> list[str]:
    out = []
    for line in lines:
        if line is None:
            out.append("")
        else:
            wrapped = textwrap.wrap(_one_line(line), WIDTH - len(pad) - 2, break_on_hyphens=False) or [""]
            out += [f"{pad}# {part}".rstrip() for part in wrapped[:1]]
            out += [f"{pad}#   {part}" for part in wrapped[1:]]
    return out


def _scalar_lines(prefix: str, value, comment: str, indent: int) -> list[str]:
    """'prefix value  # comment', or a folded block when the text is long."""
    text = inline(value)
    width = len(prefix) + len(text)
    if isinstance(value, str) and (width > WIDTH or (comment and width > WIDTH - 20)):
        lines = textwrap.wrap(value, WIDTH - indent, break_long_words=False, break_on_hyphens=False)
        if " ".join(lines) == value and all(line == line.strip() for line in lines):
            return [_comment(prefix + ">-", comment)] + [" " * indent + line for line in lines]
    return [_comment(prefix + text, comment)]


def emit(nodes: list[Node], indent: int = 0) -> list[str]:
    """YAML lines of a mapping (nodes with keys) or a sequence (nodes without)."""
    pad = " " * indent
    out: list[str] = []
    for node in nodes:
        out += comment_lines(node.above, pad)
        if node.key is None and node.value is None:
            continue
        prefix = f"{pad}{node.key}: " if node.key is not None else f"{pad}- "
        value = node.value
        if isinstance(value, list) and value:
            out += _collection(node, prefix, indent)
        else:
            out += _scalar_lines(prefix, value, node.comment, indent + 2)
        out += ["" if line is None else f"{pad}# {line}".rstrip() for line in node.commented]
    return out


def _collection(node: Node, prefix: str, indent: int) -> list[str]:
    children = node.value
    if node.key is not None:
        return [_comment(prefix.rstrip(), node.comment)] + emit(children, indent + 2)
    # an item that is a mapping: its first key goes on the dash line
    lines = emit(children, indent + 2)
    first = next(i for i, line in enumerate(lines) if line.strip() and not line.strip().startswith("#"))
    lines[first] = prefix + lines[first][indent + 2:]
    return [_comment(lines[0], node.comment) if first == 0 else lines[0]] + lines[1:]


def to_data(nodes: list[Node]):
    """The plain data the nodes stand for (what loading the YAML must give back)."""
    keyed = [n for n in nodes if not (n.key is None and n.value is None)]
    if keyed and keyed[0].key is not None:
        return {n.key: _data(n.value) for n in keyed}
    return [_data(n.value) for n in keyed]


def _data(value):
    return to_data(value) if isinstance(value, list) and value else value
