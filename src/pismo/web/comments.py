"""The comments of a case file a save could not keep (ruamel drops a comment inside […] or {…}): told, by line."""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter

import yaml

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
    """(line, comment) for each comment: a „#” after a space or at a line's start, outside every value's text."""
    spans = _values(text)
    starts = [start for start, _ in spans]
    out = []
    for match in _COMMENT.finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i < 0 or match.start() >= spans[i][1]:
            out.append((text.count("\n", 0, match.start()) + 1, match.group().rstrip()))
    return out


def _values(text: str) -> list[tuple[int, int]]:
    """Where the file's values stand (start, end), from YAML's scanner; none when it cannot scan the text."""
    for loader in (getattr(yaml, "CSafeLoader", None), yaml.SafeLoader):
        try:
            return [(t.start_mark.index, t.end_mark.index) for t in yaml.scan(text, Loader=loader)
                    if isinstance(t, yaml.ScalarToken)] if loader else []
        except yaml.YAMLError:
            continue
    return []
