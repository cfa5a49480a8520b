"""The case file's own text through a save, part by part (a top-level section, a group's key, a list's item).

ruamel writes one indentation and its own styles for the whole file; a file whose sections were written
differently (one pasted with 4 spaces, another with the dashes flush with their key, a `>2-`, a `~`, a flow
list) would have them rewritten by a save of one field. So each section is taken from a dump in its own
indentation, and every part whose data and comments are what the file had keeps the file's text byte for byte.
"""

from __future__ import annotations

import bisect
import functools
import re

import yaml
from ruamel.yaml import YAML

from pismo.web import comments, tabs

_KEY = re.compile(r"(?m)^(?![\s#\-%]|\.\.\.(?:\s|$)|---(?:\s|$))(?P<key>[^\n]*?):(?:[ \t]|$)")  # a top-level key


def sections(text: str) -> tuple[str, dict[str, str]]:
    """(the lines before the first key, {key: its section's text}); a key written twice: no sections."""
    starts = list(_KEY.finditer(text))
    out: dict[str, str] = {}
    for match, after in zip(starts, starts[1:] + [None]):
        out[match.group("key").rstrip(" \t")] = text[match.start():after.start() if after else len(text)]
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
    """text with every part – a section, a group's key, a list's item, at any depth – whose data and comments
    are the original's written as the original writes it (an item moved stays in its own text; a value in
    another style than ruamel's, its own indentation)."""
    preamble, before = sections(original)
    head, parts = sections(text)
    return _epilogue(original, _preamble(preamble, head, bool(before)) + "".join(
        _node(before[key], part) if key in before else part for key, part in parts.items()))


_END = re.compile(r"^\.\.\.(?:[ \t]+#.*)?$", re.M)  # the document end marker „...”, as a line
_LAST_END = re.compile(r"(?<=\n)\.\.\.\n\Z")  # the marker as the text's last line


def _epilogue(original: str, text: str) -> str:
    """text ending as the original does after its last „...” when only comments and blank lines follow it there –
    outside the data, no form edit touches them, and ruamel drops the comments after a document's end."""
    ends = list(_END.finditer(original))
    if not ends:  # ruamel ends a „|+” text closing the file with „...”: the file read the same without it
        last = _LAST_END.search(text)
        return text[:last.start()] if last else text
    if not all(_HEADER.fullmatch(line) for line in original[ends[-1].end():].split("\n")):
        return text
    mine = list(_END.finditer(text))
    return (text[:mine[-1].start()] if mine else text + ("" if text.endswith("\n") or not text else "\n")) \
        + original[ends[-1].start():]


def _preamble(old: str, new: str, keyed: bool) -> str:
    """The lines before the first key: the original's when they are only comments, blank lines, directives and
    „---” – no form edit touches them, and ruamel drops the comments above a „---” (a file's whole header)."""
    bare = lambda text: all(_HEADER.fullmatch(line) for line in text.split("\n"))
    return old if keyed and bare(old) and bare(new) else new


_HEADER = re.compile(r"[ \t]*(?:#.*)?|%.*|---(?:[ \t]+(?:#.*)?)?")  # a line before the first key no form edit makes


def _node(old: str, new: str) -> str:
    """new, a part of the saved text, with the original's text where the data and comments are the same."""
    if old == new:
        return old
    if _indent(old) != _indent(new):
        return new
    if _key(_body(old)) == _key(_body(new)):
        return _body(old) + new[len(_body(new)):]
    new = _bare_dash(new, old)
    old_split, new_split = _children(old), _children(new)
    if old_split and new_split and old_split[1] == new_split[1] and old_split[0] != new_split[0]:
        new = _shifted(new, old, old_split[0] - new_split[0])  # a part in its own indentation keeps it
        new_split = _children(new)
    if old_split is None or new_split is None or old_split[:2] != new_split[:2] or new_split[3] == [new] \
            or old_split[3] == [old]:  # a list's item whose first key is all it has: no parts to look into
        return new
    _, listed, old_prefix, old_children = old_split
    _, _, prefix, new_children = new_split
    prefix = old_prefix if old_prefix and _key(old_prefix) == _key(prefix) else prefix  # „jednostka :” as written
    if listed:
        new_children = _dash_heads(old_children, new_children)
    if not listed:
        by_name = {_name(child): child for child in old_children}
        return prefix + "".join(_node(by_name[_name(child)], child) if _name(child) in by_name else child
                                for child in new_children)
    unused: dict[tuple, list[str]] = {}
    for child in old_children:
        unused.setdefault(_key(_body(child)), []).append(_body(child))
    out = []
    for i, child in enumerate(new_children):
        same = unused.get(_key(_body(child)))
        if same:
            out.append(same.pop(0) + child[len(_body(child)):])
        else:
            out.append(_node(old_children[i], child) if i < len(old_children) else child)
    return prefix + "".join(out)


def _bare_dash(new: str, old: str) -> str:
    """new, a list's item, with its dash on a line of its own when old has it so („-” and the fields below, as
    some editors write it): ruamel puts the first key after the dash, and the item's untouched lines would
    become one."""
    mark, head = _LINE.match(old.split("\n", 1)[0]), _LINE.match(new.split("\n", 1)[0])
    if not (mark.group("dash") and not mark.group("rest") and head.group("dash") and head.group("rest")
            and not head.group("rest").startswith("#")):
        return new
    column = len(head.group("indent")) + len(head.group("dash"))
    return old.split("\n", 1)[0] + "\n" + " " * column + new[head.end("dash"):]


def _dash_heads(old: list[str], new: list[str]) -> list[str]:
    """new, a list's items, each whose old item has its dash on a line with a comment or followed by comment and
    blank lines („-   # drugi wniosek”, fields below) given those lines back: ruamel hangs them on the previous
    item's end and puts the first key after the dash – the note moved under the previous item, the dash line
    rewritten."""
    new = list(new)
    for i in range(1, min(len(old), len(new))):
        lines, head = old[i].splitlines(keepends=True), 1
        mark = _LINE.match(lines[0].rstrip("\n"))
        if not mark.group("dash") or (mark.group("rest") and not mark.group("rest").startswith("#")):
            continue
        while head < len(lines) and (not lines[head].strip() or lines[head].lstrip().startswith("#")):
            head += 1
        moved = ([mark.group("rest").strip()] if mark.group("rest") else []) + [line.strip() for line in lines[1:head]]
        ours, tail = new[i].splitlines(keepends=True), new[i - 1].splitlines(keepends=True)
        first = _LINE.match(ours[0].rstrip("\n"))
        body = ([" " * (len(first.group("indent")) + len(first.group("dash") or "")) + first.group("rest") + "\n"]
                if first.group("rest") else []) + ours[1:]
        if not moved or len(tail) <= len(moved) or [line.strip() for line in tail[-len(moved):]] != moved \
                or head >= len(lines) or not body or body[0].strip() != lines[head].strip():
            continue
        new[i - 1] = "".join(tail[:-len(moved)])
        new[i] = "".join(lines[:head]) + "".join(body)
    return new


def _shifted(new: str, old: str, by: int) -> str:
    """new's lines moved by columns to old's (an item's dash as old writes it): the comment and blank lines after
    its last value stay as they are – they are the next part's; new as it is when a line would lose text."""
    body = _body(new)
    first, *rest = body.splitlines(keepends=True)
    if any(line.strip() and _indent(line) < -by for line in rest):
        return new
    head, mark = _LINE.match(first.rstrip("\n")), _LINE.match(old.split("\n", 1)[0])
    if head.group("dash") and mark.group("dash"):
        first = mark.group("indent") + mark.group("dash") + first[head.end("dash"):]
    moved = [(" " * by + line if by > 0 else line[-by:]) if line.strip() else line for line in rest]
    return first + "".join(moved) + new[len(body):]


def _body(text: str) -> str:
    """A part without the blank and comment lines after its last value: those stand between it and the next
    part, where the saved text puts them."""
    lines = text.splitlines(keepends=True)
    last = max((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")), default=-1)
    return "".join(lines[:last + 1])


_LINE = re.compile(r"(?P<indent> *)(?P<dash>-(?: +|$))?(?P<rest>.*)")
_OPEN = re.compile(r"[^#]*:[ \t]*(?:#.*)?$")  # a key whose value starts on the next line


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _children(text: str) -> tuple[int, bool, str, list[str]] | None:
    """(the children's column, whether they are a list's items, the lines before the first, the children's
    texts) of a part that is a group or a list written in block style; None for a value on its line."""
    lines = text.splitlines(keepends=True)
    first = _LINE.match(lines[0].rstrip("\n"))
    if first.group("dash") and not first.group("rest").startswith(("-", "#")) and ":" in first.group("rest"):
        column, listed, start = len(first.group("indent")) + len(first.group("dash")), False, 0  # a list's item
    elif _OPEN.match(lines[0].rstrip("\n")) and not first.group("dash") or first.group("dash") and (
            not first.group("rest") or first.group("rest").startswith("#")):  # „-” alone, or with a comment
        content = next((line for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")), None)
        if content is None:
            return None
        column, listed = _indent(content), content.lstrip().startswith("- ") or content.strip() == "-"
        start = lines.index(content)
    else:
        return None
    starts = [i for i, line in enumerate(lines) if i >= start and _starts(line, column, listed) or i == start]
    prefix = "".join(lines[:start])
    children = ["".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]
    return column, listed, prefix, children


def _starts(line: str, column: int, listed: bool) -> bool:
    """Whether a line begins a child at column: a list's item, or a group's key (not a list's dash under it)."""
    if _indent(line) != column or not line.strip() or line.lstrip().startswith("#"):
        return False
    return line.lstrip().startswith("-") == listed


def _name(child: str) -> str:
    """A group's child by its key (its line's text before the colon, without the blanks that align colons in
    Notepad – „telefon     :” is ruamel's „telefon:”, its untouched line kept)."""
    return _LINE.match(child.split("\n", 1)[0]).group("rest").split(":", 1)[0].rstrip(" \t")


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> tuple:
    """A part's data and comments, whatever its indentation and text styles; a part that cannot be read alone
    (an alias of another part's anchor) is only itself."""
    column = _indent(text)
    lines = [line[column:] if line[:column].strip() == "" else line for line in text.split("\n")]
    try:
        return repr(_data("\n".join(line for line in lines if not line.lstrip().startswith("#")))), \
            tuple(_comments("\n".join(lines)))
    except Exception:
        return ("text", text), ()


_LOADER = YAML(typ="safe")


def _data(text: str):
    """A part's data: ruamel's reading, or – where ruamel's scanner refuses a „:” in a flow list's plain value
    („[https://…/#a, 17:00]”) – the case reader's (libyaml's), which takes it."""
    try:
        return _LOADER.load(text)
    except Exception:
        return yaml.load(text, Loader=tabs.LOADER)


def _comments(text: str) -> list[str]:
    """The part's comments a save carries (pismo.web.comments.found: YAML's tokens say what is a comment). ruamel
    drops a comment inside […] or {…} on reading, so a part holding one never equalled its dump and was
    rewritten, notes lost, by a save of any other field – its data unchanged, the part keeps its text and the
    notes (rev-web18 #5); a list edited there is the dump's, its lost notes told. YAMLError for a text YAML
    cannot scan alone."""
    if "#" not in text:
        return []
    found, flows = comments.found(text, strict=True)
    starts = [start for start, _ in flows]
    inside = lambda at: (i := bisect.bisect_right(starts, at) - 1) >= 0 and at < flows[i][1]
    return [comment[:len(comment.split("\r", 1)[0])].strip() for at, comment in found if not inside(at)]
