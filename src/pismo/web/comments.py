"""The comment and blank lines of a case file through a save: those after an item or a key travel with the item
moved or stay where they were when it goes (ruamel keeps them in the node before), and those a save could not
keep (ruamel drops a comment inside […] or {…}) are told, by line."""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from pismo.web import tabs

_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.M)


def lost(original: str, saved: str) -> list[int]:
    """The lines of original whose comment the saved text no longer has (the comments compared in order)."""
    before, after = _comments(original), [text for _, text in _comments(saved)]
    kept, found = set(), set()
    for block in difflib.SequenceMatcher(None, [text for _, text in before], after, autojunk=False).get_matching_blocks():
        kept.update(range(block.a, block.a + block.size))
        found.update(range(block.b, block.b + block.size))
    moved = Counter(text for j, text in enumerate(after) if j not in found)  # with a moved list item
    out = []
    for i, (line, text) in enumerate(before):
        if i not in kept and moved[text] > 0:
            moved[text] -= 1
        elif i not in kept:
            out.append(line)
    return out


def _comments(text: str) -> list[tuple[int, str]]:
    """(line, comment) for each comment (see found); a text YAML cannot scan: every „#” after a blank."""
    return [(text.count("\n", 0, at) + 1, comment) for at, comment in found(text)[0]]


def found(text: str, strict: bool = False) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """(where, comment) for each comment of text – a „#” after a blank or at a line's start, outside every value's
    text: one in a quoted value, a block text or a web address is none, and the line's comment after it is one –
    and (start, end) of each outermost […] and {…}, from YAML's scanner. A text it cannot scan: YAMLError if
    strict, else every such „#” and no brackets."""
    spans, flows = _values(tabs.as_spaces(text), strict)  # a Tab YAML reads as a blank (Notepad's): same places
    starts = [start for start, _ in spans]
    out, at = [], 0
    while match := _COMMENT.search(text, at):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i >= 0 and match.start() < spans[i][1]:  # a „ #” of the value's own text: the comment is after it
            at = spans[i][1]
            continue
        out.append((match.start(), match.group().rstrip()))
        at = match.end()
    return out, flows


def _values(text: str, strict: bool = False) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the file's values stand (start, end), and its outermost […] and {…}, from YAML's scanner; none when
    it cannot scan the text (YAMLError if strict)."""
    for loader in (getattr(yaml, "CSafeLoader", None), yaml.SafeLoader):
        if loader is None:
            continue
        values, flows, depth = [], [], 0
        try:
            for token in yaml.scan(text, Loader=loader):
                if isinstance(token, yaml.ScalarToken):
                    values.append((token.start_mark.index, token.end_mark.index))
                elif isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
                    depth += 1
                    flows += [(token.start_mark.index, len(text))] if depth == 1 else []
                elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)) and depth:
                    depth -= 1
                    flows[-1] = (flows[-1][0], token.end_mark.index) if not depth else flows[-1]
            return values, flows
        except yaml.YAMLError:
            if strict:
                raise
    return [], []


def put_between(target: CommentedSeq, origins: list, between: list[str]) -> None:
    """The lines that stood before an item go before it again; those after the last item after the new last."""
    end = between[-1] if between else ""
    lead = [between[o - 1] if o else "" for o in origins]
    if len(lead) > 1:  # an item moved to the top: the lines before it stay between the first two items
        lead[1] = lead[0] + lead[1]
    elif lead and lead[0].strip():
        end = lead[0] + end
    for j in range(1, len(target)):
        add_tail(target, j - 1, lead[j])
    if target:
        add_tail(target, len(target) - 1, end)
    elif end:  # every item removed: the lines go after the list's line, „key: []” (see put_before_first)
        target.fa.set_flow_style()
        target.pismo_lines = end


def _tail(holder, key):
    """Where ruamel keeps the lines after an item's or a key's last line: (holder, key, slot, whether a block text
    ends it)."""
    while isinstance(holder[key], (CommentedMap, CommentedSeq)) and holder[key] and not holder[key].fa.flow_style():
        holder = holder[key]
        key = list(holder)[-1] if isinstance(holder, dict) else len(holder) - 1
    block = isinstance(holder[key], (LiteralScalarString, FoldedScalarString))
    return holder, key, 2 if isinstance(holder, dict) else 0, block


def cut_tail(container, key) -> str:
    """The comment lines and blank lines after the item or key, taken away (a comment on its last line stays)."""
    holder, key, slot, block = _tail(container, key)
    entry = holder.ca.items.get(key)
    token = entry[slot] if entry and len(entry) > slot else None
    if token is None:
        return ""
    first, rest = ("", token.value) if block else token.value.partition("\n")[::2]
    if not rest:
        return ""
    if block and rest.startswith("#"):  # after a block text ruamel keeps the first line's indentation apart
        rest = " " * getattr(token.start_mark, "column", 0) + rest
    if first.strip():
        token.value = first + "\n"
    else:
        entry[slot] = None
    return rest


def own_lines(lines: str, column: int, dash: int) -> tuple[str, str]:
    """(the comment lines after an item indented as its fields (at column or deeper), with the blank lines and the
    comments deeper than its dash between them: the item's own note; the rest: the list's, or what follows it)."""
    own, run = "", ""
    for line in lines.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and not (line.lstrip().startswith("#") and indent > dash):
            break
        run += line
        if line.strip() and indent >= column:
            own, run = own + run, ""
    return own, lines[len(own):]


def add_tail(container, key, lines: str) -> None:
    """Lines cut_tail took, put after the item's or the key's last line."""
    if not lines:
        return
    holder, key, slot, block = _tail(container, key)
    entry = holder.ca.items.setdefault(key, [None, None, None, None])
    entry.extend([None] * (4 - len(entry)))
    if entry[slot] is not None:
        entry[slot].value += lines
    else:
        entry[slot] = CommentToken(lines if block else "\n" + lines, CommentMark(0), None)


def put_before_first(group: CommentedMap, key) -> None:
    """The lines a group's deleted first key or an emptied list left (pismo.web.form) go after their key line."""
    lines = getattr(group[key], "pismo_lines", "")
    if not lines:
        return
    del group[key].pismo_lines
    entry = group.ca.items.setdefault(key, [None, None, None, None])
    if entry[2] is not None:
        entry[2].value += lines
    else:
        entry[2] = CommentToken("\n" + lines, CommentMark(0), None)
