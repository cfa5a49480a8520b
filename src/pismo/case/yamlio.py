"""Safe YAML reading that remembers where every value stands in the file.

Case files are written by hand, so every later error must point at a line and
column. We compose PyYAML's node tree ourselves (no object construction, no
aliases) and keep a map from each value's path to its position.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import itertools
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pismo.files.read import Unreadable, case_files, read_limited
from pismo.case import charnames
from pismo.case.model import INVISIBLE_CHARS, PLACEHOLDER, PLACEHOLDER_ANY, placeholders
from pismo.case.pasted import BULLETS, pasted_in_texts
from pismo.case.problems import CaseError, Problem, dotted as _dotted, quoted
from pismo.errors import HIDDEN as _HIDDEN, CaseUnreadable, visible

Path_ = tuple  # a value's path: keys and list indexes, e.g. ("dzialania", 0, "opis")

# Raw characters refused anywhere in the file: C0/C1 controls (YAML refuses the C1
# ones with an English message and no position) and the two non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# NEL, LS and PS end a line for YAML but not for editors: a comment would end
# there and hide data after it, and every later position would be off by a line.
_LINE_SEPARATORS = re.compile("[\x85\u2028\u2029]")
CONTROL, LINE_SEPARATORS = _CONTROL, _LINE_SEPARATORS  # what a writer of case files must leave out
MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50
MAX_KEYS = 200  # fields in one group: the largest of the case has 15, each key past them is an error to report
MAX_ITEMS = 1000  # items in one list: a plan has a handful of actions, partners or meetings, not thousands
MAX_NODES = 50_000  # field names and values in the whole file: a real case has some hundreds
MAX_DIGITS = 30  # longer digit strings are not numbers a plan needs (and int() of 4300+ fails)


class _Resolver(yaml.resolver.BaseResolver):
    """YAML 1.2-like core schema: no sexagesimal numbers ("17:00" stays text),
    no yes/no/on/off booleans ("no" stays text)."""


_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:timestamp",
    re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"),
    list("0123456789"),
)


class _Composer(yaml.composer.Composer):
    """PyYAML's composer, refusing anchors and aliases (no alias bombs, no shared values),
    nesting deeper than MAX_DEPTH (composing is recursive: 5 000 "[" would exhaust the
    stack long after the user could read the error) and more data than a case holds
    (190 000 short actions in 10 MB took two minutes and 1.4 GB to check): refused at
    the first item too many, before anything later is built."""

    def __init__(self) -> None:
        super().__init__()
        self._trail: list = []  # the path to the node being composed; None for the root and keys
        self._nodes = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.events.AliasEvent) or getattr(event, "anchor", None):
            raise _AliasRefused(event.start_mark)
        if len(self._trail) > MAX_DEPTH:
            raise _TooDeep(event.start_mark, tuple(part for part in self._trail if part is not None))
        self._nodes += 1
        if index is None and isinstance(parent, yaml.MappingNode) and len(parent.value) >= MAX_KEYS:
            raise _TooMany(event.start_mark, self._path(), _TOO_MANY)
        if isinstance(parent, yaml.SequenceNode) and len(parent.value) >= MAX_ITEMS:
            raise _TooMany(event.start_mark, self._path(), _TOO_LONG)
        if self._nodes > MAX_NODES:
            raise _TooMany(event.start_mark, self._path(), _TOO_MUCH)
        self._trail.append(index.value if isinstance(index, yaml.ScalarNode) else
                           None if isinstance(index, yaml.Node) else index)
        try:
            return super().compose_node(parent, index)
        finally:
            self._trail.pop()

    def _path(self) -> tuple:
        return tuple(part for part in self._trail if part is not None)


class _Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, _Composer, _Resolver):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _Composer.__init__(self)
        _Resolver.__init__(self)


try:  # libyaml's event parser is several times faster; our composer and resolver stay on top
    from yaml._yaml import CParser as _CParser

    class _FastLoader(_Composer, _CParser, _Resolver):
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            _Composer.__init__(self)
            _Resolver.__init__(self)

        get_single_node = yaml.composer.Composer.get_single_node
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = None


class _AliasRefused(Exception):
    def __init__(self, mark) -> None:
        self.mark = mark


class _TooDeep(Exception):
    def __init__(self, mark, loc: tuple) -> None:
        self.mark = mark
        self.loc = loc


class _TooMany(_TooDeep):
    def __init__(self, mark, loc: tuple, message: str) -> None:
        super().__init__(mark, loc)
        self.message = message


class TooMuchData(CaseError):
    """A file refused for holding more than any case does (a group, a list or the whole): said as it is."""


_TOO_MANY = (f"zbyt wiele pól w jednej grupie – to już {MAX_KEYS + 1}. pole, a grupa pól sprawy ma ich najwyżej "
             "kilkanaście; sprawdź wcięcia albo usuń nadmiarowe pola")
_TOO_LONG = (f"zbyt długa lista – to już {MAX_ITEMS + 1}. pozycja, a lista w planie (działania, partnerzy, spotkania) "
             "ma ich najwyżej kilkadziesiąt; sprawdź wcięcia albo usuń nadmiarowe pozycje")
_TOO_MUCH = (f"zbyt wiele danych w jednym pliku sprawy – tu zaczyna się {MAX_NODES + 1:_}. pole lub wartość, a sprawa "
             "ma ich najwyżej kilka tysięcy; usuń nadmiarowe dane albo podziel sprawę na kilka plików").replace("_", "\u00a0")
_TOO_DEEP = f"zbyt głębokie zagnieżdżenie danych (ponad {MAX_DEPTH} poziomów) – sprawdź nawiasy [ ] i {{ }} oraz wcięcia"


def reads_as_text(value: str) -> bool:
    """Whether a plain (unquoted) scalar with this text reads back as text here (2025-1-5 is a date, 12 a
    number, true a choice): a writer quotes any text for which it does not."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"


_RESOLVER = _Resolver()




@dataclass
class Document:
    """A read case file: plain data plus the position of every value."""

    path: Path
    data: object
    positions: dict = field(default_factory=dict)  # path -> (line, column)
    key_positions: dict = field(default_factory=dict)  # path -> (line, column) of the key
    problems: list = field(default_factory=list)  # non-fatal: reported with the model's
    comment_cuts: list = field(default_factory=list)  # (loc, line, column): a value a „ #word” cut short
    markers: dict = field(default_factory=dict)  # path -> (line, column) of the UZUPEŁNIJ inside the value
    hard_comments: list = field(default_factory=list)  # (loc, line, column, the space's name): a „#” kept as text
    hidden_keys: set = field(default_factory=set)  # loc of a key written with an invisible character, without it
    after_block: dict = field(default_factory=dict)  # key loc -> (field, line, "item" or None) of the text the key's line follows
    groups_above: dict = field(default_factory=dict)  # key loc -> ([(group loc, line)] the line above the key stands
    # in, nearest first; the key before it whose groups they are, when that key's value is one text)
    repeated: set = field(default_factory=set)  # key locs written twice in their group
    warnings: list = field(default_factory=list)  # the reader's own warnings (Problem), reported with the checks'
    hidden: dict = field(default_factory=dict)  # path -> [(character, line, column)] of invisible ones in the value
    flows: set = field(default_factory=set)  # loc of a list or group written in brackets („[…]”, „{…}”) on one line
    asked: set = field(default_factory=set)  # loc of a group YAML read from a value opened with „? ” (its explicit key)
    sources: dict = field(default_factory=dict)  # path -> (line, column, source text) of each text value as written
    sha256: str | None = None  # of the file's bytes as read (None for a text): documents are written only over it

    def where(self, loc: Path_) -> tuple[int, int]:
        """Position of the value at loc, or of its nearest ancestor."""
        loc = tuple(loc)
        while loc:
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return self.positions.get((), (1, 1))

    def where_key(self, loc: Path_) -> tuple[int, int]:
        return self.key_positions.get(tuple(loc)) or self.where(loc)

    def where_hidden(self, loc: Path_, message: str, value) -> tuple[int, int] | None:
        """Where the invisible character a model message names („U+200B … na pozycji 406”, counted in the value)
        stands in the file: in a text of many lines, its own line and column."""
        found = re.search(r"U\+([0-9A-F]{4,6}) .*na pozycji (\d+)", message)
        if not found:
            return None
        char = chr(int(found.group(1), 16))
        nth = value[:int(found.group(2)) - 1].count(char) if isinstance(value, str) else 0
        spots = [spot[1:] for spot in self.hidden.get(tuple(loc), ()) if spot[0] == char]
        return spots[min(nth, len(spots) - 1)] if spots else None

    def where_in(self, loc: Path_, fragment: str) -> tuple[int, int]:
        """Where a fragment of a text value stands in the file (a gap's mark on the twelfth line of a block text),
        or the value's place when the fragment is not written as one piece (folded over a line's end)."""
        line, column, source = self.sources.get(tuple(loc), (None, None, ""))
        index = source.find(fragment) if fragment else -1
        if index < 0:
            return self.where(loc)
        newlines = source.count("\n", 0, index)
        return (line + newlines, index - source.rfind("\n", 0, index) if newlines else column + index)

    def where_marker(self, loc: Path_) -> tuple[int, int]:
        """Where the value's UZUPEŁNIJ stands: in a text of many lines, the line the officer must change."""
        return self.markers.get(tuple(loc)) or self.where(loc)


def read_case_file(path: Path) -> Document:
    """Read a case file; raise CaseError with located Polish messages."""
    path = Path(path)
    raw = read_case_bytes(path)
    doc = parse_case_bytes(path, raw)
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    return doc


def read_case_bytes(path: Path) -> bytes:
    """A case file's bytes, read as every command reads them: a regular file only, never more than MAX_BYTES + 1
    (a named pipe, /dev/zero or a 3 GB file is refused at once); CaseUnreadable in Polish otherwise."""
    path = Path(path)
    try:
        return read_limited(path, MAX_BYTES)
    except Unreadable as exc:
        hint = _CASE_HINTS.get(str(exc))  # the reader's own reason may hold braces: never formatted
        told = hint.format(cases=_cases_in(path)) if hint and "{cases}" in hint and _has_cases(path) else \
            _NO_CASES.format(folder=path) if hint and "{cases}" in hint else hint or str(exc)
        raise CaseUnreadable([Problem(path, None, None, None, told)]) from None


def _cases_in(folder: Path) -> str:
    """How to name the case files of a folder given for one: a real one of them too when there are several –
    „np. kat6/*.yaml” alone was „Nadmiarowy argument” for every command taking one case (plan, odmien, nowa --z:
    rev-sys11 #18)."""
    from pismo.polish import as_typed

    shown = as_typed(folder)
    every = f"{shown}{'' if shown.endswith(os.sep) else os.sep}*.yaml"  # „/” is no „//*.yaml”
    names = _case_names(folder)
    if names is None:
        return every
    if len(names) < 2:
        return as_typed(Path(folder) / names[0]) if names else every
    return f"{every} w poleceniach sprawdz i wszystko, a w pozostałych jeden z nich, np. " \
           f"{as_typed(Path(folder) / names[0])}"


def _case_names(folder: Path) -> list[str] | None:
    """The case files' names in `folder`, sorted; None when it cannot be listed."""
    try:
        return [path.name for path in case_files(folder)]
    except (Unreadable, OSError):
        return None


def _has_cases(folder: Path) -> bool:
    """Whether a folder given for a case file may hold case files to name: „np. kat0/*.yaml” was advised for one
    with none, and was „plik nie istnieje” next (rev-sys12 #3)."""
    return _case_names(folder) != []


_NO_CASES = "to jest folder, a nie plik sprawy, a w folderze {folder} nie ma plików spraw (.yaml) – podaj plik sprawy"
_CASE_HINTS = {  # what to do instead, when the reader's reason is about the kind of file
    # a folder: `terminy` and `pdf` take one, the commands making documents want its files named
    "to jest folder, a nie plik": "to jest folder, a nie plik sprawy – podaj pliki spraw z niego, np. {cases}",
    "to nie jest zwykły plik (urządzenie, potok lub gniazdo)":
        "to nie jest zwykły plik (urządzenie, potok lub gniazdo) – podaj plik sprawy .yaml",
}


def read_case_text(path: Path) -> str:
    """A case file's text, checked as a case file (located CaseError otherwise): for tools
    that edit the text in place and keep its comments."""
    path = Path(path)
    raw = read_case_bytes(path)
    parse_case_bytes(path, raw)
    return _decode(path, raw)


def libyaml_only(exc: yaml.YAMLError) -> bool:
    """libyaml refuses what YAML and the pure-Python reader take: a tab after the indentation of a block text's
    first line (the text's own first character) – such a text is read again without libyaml."""
    return "tab character where an indentation" in str(getattr(exc, "problem", ""))


def _compose(text: str, loader_class=None):
    """The parse tree; a tab after the indentation of a block text's first line is its text for YAML and the
    pure-Python reader, libyaml alone refuses it – read again without libyaml then."""
    loader = (loader_class or _FastLoader or _Loader)(text)
    collecting = gc.isenabled()
    gc.disable()  # the parse tree is acyclic; the collector only slows large files down
    try:
        return loader.get_single_node()
    except yaml.scanner.ScannerError as exc:
        if loader_class or not _FastLoader or not libyaml_only(exc):
            raise
    finally:
        loader.dispose()
        if collecting:
            gc.enable()
    return _compose(text, _Loader)


def parse_case_bytes(path: Path, raw: bytes) -> Document:
    text = _decode(path, raw)
    bad = _CONTROL.search(text)
    if bad:
        raise CaseError([Problem(path, *_text_position(text, bad.start()), None,
                                 f"niedozwolony znak sterujący U+{ord(bad.group()):04X}"
                                 + (" (podział wiersza z Worda, Shift+Enter) – zastąp go Enterem" if bad.group() == "\x0b"
                                    else " – usuń go z pliku"))])
    bad = _LINE_SEPARATORS.search(text)
    if bad:
        raise CaseError([Problem(path, *_text_position(text, bad.start()), None,
                                 f"{charnames.invisible(bad.group(), 'niewidoczny znak końca wiersza')} – YAML kończy "
                                 "w nim wiersz, choć edytor go nie pokazuje; usuń go albo zastąp zwykłym Enterem "
                                 "(w tekście w cudzysłowie można napisać \\n)")])
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.split("\n")):
        raise CaseError([Problem(path, 1, 1, None, "plik jest pusty – uzupełnij dane sprawy (wzór: pismo nowa PLIK.yaml)")])
    try:
        node = _compose(text)
    except _AliasRefused as exc:
        raise CaseError([_at(path, exc.mark, "kotwice i aliasy YAML (& i *) nie są obsługiwane – wpisz dane wprost")]) from None
    except _TooMany as exc:
        raise TooMuchData([_at(path, exc.mark, exc.message, exc.loc)]) from None
    except _TooDeep as exc:
        raise CaseError([_at(path, exc.mark, _TOO_DEEP, exc.loc)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        _refuse_odd_indent(path, text, _block_lines(text.split("\n")), mark)
        hard = _hard_indicator_before(text, mark) or _odd_at(text, mark) or _invisible_near(text, mark) or \
            _tab_only_line(text, mark) or _separator_line(text, mark) or _indentation_digit(text, mark)
        if hard:
            raise CaseError([Problem(path, *hard[0], None, hard[1])]) from None
        message = _reserved_start(text, mark, exc) or _yaml_message(exc)
        problem = exc.problem or ""
        if exc.context and "quoted scalar" in exc.context and exc.context_mark:
            if "escape" in problem or "hexdecimal" in problem or "hexadecimal" in problem:
                message = ("błąd składni YAML: nieprawidłowy znak specjalny po ukośniku \\ w tekście w cudzysłowie – "
                           "aby wpisać sam ukośnik, napisz \\\\ albo ujmij tekst w apostrofy (')")
            else:
                mark = exc.context_mark  # an unclosed quote: point where it opens
                message = _printers_close(text, mark) or _UNCLOSED
        elif _unbalanced_bracket(text, exc):
            message, mark = _unbalanced_bracket(text, exc)
        elif _bracket_line(text, exc):
            message, mark = _bracket_line(text, exc)
        elif _label_in_value(text, mark, problem):
            message, mark = _label_in_value(text, mark, problem)
        elif _group_on_one_line(text, mark, problem) or _item_key_glued(text, mark, problem) \
                or _fields_on_one_line(text, mark, problem):
            message, mark = _group_on_one_line(text, mark, problem) or _item_key_glued(text, mark, problem) \
                or _fields_on_one_line(text, mark, problem)
        elif _numbered_item(text, mark):
            message, mark = _numbered_item(text, mark)
        elif _comment_wrap(text, mark):
            message, mark = _comment_wrap(text, mark)
        elif _document_end(text, mark):
            message, mark = _document_end(text, mark)
        elif _short_field(text, mark):
            message, mark = _short_field(text, mark)
        elif _dedented_field(text, mark):
            message, mark = _dedented_field(text, mark)
        elif _between_levels(text, mark):
            message, mark = _between_levels(text, mark)
        elif _dedented_item(text, mark):
            message, mark = _dedented_item(text, mark)
        elif _wrapped_to_column_1(text, mark):
            message, mark = _wrapped_to_column_1(text, mark)
        elif _value_then_lines(text, mark):
            message, mark = _value_then_lines(text, mark)
        elif _long_key(exc):
            message, mark = _LONG_KEY, exc.context_mark
        elif _structure_slip(text, mark):
            message, mark = _structure_slip(text, mark)
        elif _typographic_value(text, mark):
            message = _typographic_value(text, mark)
        elif _odd_item_before(text, mark):
            message, mark = _odd_item_before(text, mark)
        elif _plain_run_on(text, mark, problem):
            message, mark = _plain_run_on(text, mark, problem)
        elif mark is not None:
            spanning = _quote_run_on(text, mark)
            if spanning and spanning[1]:
                message = _printers_close(text, spanning[0]) or (
                    "błąd składni YAML: niezamknięty cudzysłów – tekst w cudzysłowie zaczęty tutaj kończy się "
                    f"dopiero w wierszu {mark.line + 1}; dopisz cudzysłów zamykający")
                mark = spanning[0]
            elif _after_quote(text, mark) and _apostrophe_slip(text, mark):
                message, mark = _apostrophe_slip(text, mark)
            elif _after_quote(text, mark):
                message = _AFTER_QUOTE + (f"; ten tekst w cudzysłowie zaczyna się w wierszu {spanning[0].line + 1}"
                                          if spanning else "")
            elif spanning:
                message += (f" (tekst w cudzysłowie zaczęty w wierszu {spanning[0].line + 1} kończy się w tym wierszu "
                            "– sprawdź, czy cudzysłów zamknięto we właściwym miejscu)")
            elif "wcięci" in message and "zagnieżdż" not in message and _indicator_start(text, mark):  # told as indentation
                message, mark = _indicator_start(text, mark)
            elif _question_start(text, mark):
                message, mark = _question_start(text, mark)
        raise CaseError([_at(path, mark, message)]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML cannot read (the checks above should catch it first)
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        index = text.find(char) if char else -1
        where = _text_position(text, index) if index >= 0 else (None, None)
        raise CaseError([Problem(path, *where, None, f"niedozwolony znak U+{ord(char[:1] or ' '):04X} – usuń go z pliku")]) from None
    except yaml.YAMLError:
        raise CaseError([Problem(path, None, None, None, "błąd składni YAML – sprawdź wcięcia, dwukropki i cudzysłowy")]) from None
    text, node = _without_trailing_blanks(node, text)
    _refuse_odd_indent(path, text, _text_lines(node))  # a tab or a hard space inside a block or quoted text is its text
    _folded_markers(node, text)
    doc = Document(path=path, data=None)
    doc.data = _build(node, (), doc, doc.problems)
    doc.comment_cuts = list(_comment_cuts(node, text))
    doc.asked = set(_asked_groups(node, text))
    if not isinstance(node, yaml.MappingNode):  # no fields to check the values of: the loader refuses it whole – a
        return doc  # plain text with a „· ” line (a plan's text saved as .yaml) crashed the field checks (rev-msg20 #24)
    doc.sources = {loc: (n.start_mark.line + 1, n.start_mark.column + 1, text[n.start_mark.index:n.end_mark.index])
                   for loc, n in _scalars(node) if isinstance(n.value, str)}
    doc.warnings += [Problem(path, line, column, _dotted(loc), message) for loc, line, column, message
                     in _comment_lines_in_texts(node, text)]
    doc.warnings += [Problem(path, line, column, _dotted(loc), message) for loc, line, column, message
                     in pasted_in_texts(_scalars(node), text)]
    doc.markers = dict(_markers(node, text))
    doc.hidden = dict(_hidden_spots(node, text))
    plain = _plain_lines(node)  # a hard space in a quoted or block text, or inside a plain text, is the officer's
    doc.problems += [Problem(path, *where, _dotted(plain[where[0]][0]), message) for where, message in _hard_indicators(text)
                     if where[0] in plain and plain[where[0]][1] and _meant_as_structure(text, where, plain[where[0]][0])]
    doc.hard_comments = list(_hard_comments(node, text))
    doc.problems += list(_hard_keys(node, text, path))
    told = {problem.field for problem in doc.problems}  # a hard space after the dash explains the glued line too
    doc.problems += [Problem(path, *where, _dotted(loc), message) for loc, where, message in _glued_items(node, text)
                     if _dotted(loc) not in told]
    return doc


def _scalars(node, loc: tuple = ()):
    """(loc, node) of every scalar value under node, in the file's order (keys with a text name only): what each
    check of a value's own source text looks at."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                yield from _scalars(value, loc + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _scalars(item, loc + (i,))
    elif isinstance(node, yaml.ScalarNode):
        yield loc, node


# also hard spaces (Word's Ctrl+Shift+Space, pasted text) – and a line of only those, which looks empty in Notepad
_TRAILING_BLANKS = re.compile(r"(?:(?<=\S)|^)[ \t\u00a0\u2007\u202f\u3000]+$")


def _without_trailing_blanks(root, text: str):
    """(text, root) read again without the spaces, tabs and hard spaces ending a line of a block text („|”, „>”): invisible in an
    editor, YAML keeps them as text – a tab jump or a run of spaces inside a printed sentence – while it drops them
    after a line of a plain text. Only those blanks go, so every other line and column stays where it was."""
    lines = text.split("\n")
    rows = {row for _, node in _scalars(root) if node.style in ("|", ">")
            for row in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines)))}
    cut = {row: _TRAILING_BLANKS.sub("", lines[row]) for row in rows}
    if all(lines[row] == line for row, line in cut.items()):
        return text, root
    lines = [cut.get(row, line) for row, line in enumerate(lines)]
    text = "\n".join(lines)
    return text, _compose(text)


def _folded_markers(root, text: str) -> None:
    """A lower-case „uzupełnij” opening a line of a „>” text is the marker, as on a line of a „|” text: folding joined
    the line to the one above, where in running text the word is the text's own – so the two read differently."""
    for _, node in _scalars(root):
        if node.style != ">" or not PLACEHOLDER_ANY.search(node.value):
            continue
        found = list(PLACEHOLDER_ANY.finditer(text, node.start_mark.index, node.end_mark.index))
        spots = list(PLACEHOLDER_ANY.finditer(node.value))
        if len(found) != len(spots):  # the n-th in the file is the n-th in the value: else leave the value be
            continue
        value = node.value
        for source, spot in reversed(list(zip(found, spots))):
            if not text[text.rfind("\n", 0, source.start()) + 1:source.start()].strip(" "):
                value = value[:spot.start()] + PLACEHOLDER + value[spot.end():]
        node.value = value


def _markers(root, text: str):
    """(loc, (line, column)) of the first UZUPEŁNIJ written in each scalar's own source text, so that a
    warning about a block (`>-`, `|`) or a long line points at the word, not at the value's first character."""
    for loc, node in _scalars(root):
        if (markers := placeholders(node.value)):
            # the n-th whole word of the value is the n-th of its source, whatever quotes or block signs are around it
            nth = sum(1 for _ in PLACEHOLDER_ANY.finditer(node.value, 0, markers[0].start()))
            start, words = node.start_mark, PLACEHOLDER_ANY.finditer(text, node.start_mark.index, node.end_mark.index)
            found = next(itertools.islice(words, nth, None), None)
            if found:  # counted from the value's start: a file of many markers stays linear
                index, newlines = found.start(), text.count("\n", start.index, found.start())
                column = index - text.rfind("\n", start.index, index) if newlines else start.column + index - start.index + 1
                yield loc, (start.line + 1 + newlines, column)


_HIDDEN_CHAR = re.compile(f"[{INVISIBLE_CHARS}]")


def _hidden_spots(root, text: str):
    """(loc, [(character, line, column)]) of the invisible characters in each scalar's own source text: a model
    message counts them in the value, which no editor shows."""
    for loc, node in _scalars(root):
        if _HIDDEN_CHAR.search(node.value):
            yield loc, [(found.group(), *_text_position(text, found.start()))
                        for found in _HIDDEN_CHAR.finditer(text, node.start_mark.index, node.end_mark.index)]


_HASHTAG = re.compile(r"[ \t]+#[^\s#]")  # „… z hasztagiem #Bezpieczni”, „nr #3”: not how a person writes a comment


def _comment_cuts(root, text: str):
    """(loc, line, column) of each plain value that a „ #word” ended: YAML takes the rest of the line for a
    comment, so the text is cut without a word – a hashtag in an action, „nr #3”. A comment as people and
    pismo write it („# sprawdź”, with a space) is not one, nor one after a whole value written without its space
    („#TODO: …”, „#stary: 47 855 10 00”)."""
    for loc, node in _scalars(root):
        if not node.style:  # empty too: „temat: #modernizacji …”
            cut = _HASHTAG.match(text, node.end_mark.index)
            if cut and node.value and _NOTE.match(text, cut.end() - 2):
                continue
            if cut:
                yield loc, node.end_mark.line + 1, node.end_mark.column + cut.end() - cut.start() - 1  # at the „#”
            elif node.value and (wrapped := _hashtag_below(text, node)):
                yield loc, *wrapped


_NEXT_HASHTAG = re.compile(r"[ \t]*(?:\n[ \t]*)*\n([ ]*)#[^\s#]")
# a comment written without its space: a field commented out („#stary: 47 855 10 00”) or a note („#TODO …”)
_NOTE = re.compile(r"#(?:[^\s#:]+:(?:[ \t]|$)|(?:TODO|FIXME|XXX)\b)", re.MULTILINE)


def _hashtag_below(text: str, node):
    """(line, column) of a „#word” opening the line right after a plain text, indented under its field or item: the
    text wrapped there („… placu zabaw” / „    #BezpiecznyPlac przy ul. Lipowej”), and YAML ended it at the „#”."""
    below = _NEXT_HASHTAG.match(text, node.end_mark.index)
    if not below or _NOTE.match(text, below.end(1)):
        return None
    start = text.rfind("\n", 0, node.start_mark.index) + 1
    if len(below.group(1)) <= _owner_column(text[start:node.start_mark.index]):
        return None
    return text.count("\n", 0, below.end()) + 1, len(below.group(1)) + 1


def _owner_column(prefix: str) -> int:
    """The column of the field name or list dash that a value starting after `prefix` on its line belongs to: a line
    below belongs to the value only when indented deeper. A value on a line of its own: deeper than nothing before it."""
    found = re.fullmatch(r"([ ]*)((?:-[ ]+)*)(?:(\S.*?):[ \t]+)?", prefix)
    if not found:
        return len(prefix) - len(prefix.lstrip(" ")) - 1
    if found.group(3) is not None:
        return len(found.group(1)) + len(found.group(2))
    if found.group(2):
        return len(found.group(1)) + len(found.group(2).rstrip(" ")) - 1
    return len(found.group(1)) - 1


_COMMENT_LINE = re.compile(r"[ \t" + "\u00a0" + r"]*#(?:[\s#]|$)")  # „# TODO”, „##”, „#”: a note, not a hashtag


def _comment_lines_in_texts(root, text: str):
    """(loc, line, column, message) of a line inside a block („|”, „>”) or quoted text that opens with „# ” the way
    the example file writes its comments: YAML's rule makes it text, so it is printed – said at the „#”."""
    for loc, node in _scalars(root):
        if node.style and node.end_mark.line > node.start_mark.line:
            end = node.end_mark.line - (node.style in "|>" and node.end_mark.column == 0)
            where = text.find("\n", node.start_mark.index) + 1
            for number in range(node.start_mark.line + 1, end + 1):
                found = _COMMENT_LINE.match(text, where)
                if found:
                    yield loc, number + 1, text.index("#", where) - where + 1, _printed_note(node, loc)
                where = text.find("\n", where) + 1 or len(text)


def _printed_note(node, loc: tuple) -> str:
    kind = "tekstu blokowego (po „|” albo „>”)" if node.style in "|>" else "tekstu w cudzysłowie"
    name = next((part for part in reversed(loc) if isinstance(part, str)), "")
    move = f"nad pole „{name}”" if isinstance(loc[-1], str) else "nad ten element listy"
    return (f"wiersz zaczyna się od „#”, ale stoi wewnątrz {kind}, więc YAML nie czyta go jako komentarza i trafi on "
            f"do pisma – jeśli to komentarz, przenieś go {move} (albo usuń); jeśli to tekst pisma, zostaw go")


TYPOGRAPHIC_QUOTES = "„“”«»‘‚’"
_TYPOGRAPHIC_START = re.compile(r"[ ]*(?:-[ ]+)*(?:[^\s#:'\"]+:[ ]+)?[" + TYPOGRAPHIC_QUOTES + "]")


def _typographic_value(text: str, mark) -> str | None:
    """The message for a syntax error in a value the officer did quote, with the quotes Polish text uses („…”, “…”
    from Word's AutoFormat, «…»): YAML knows only the straight ones, so „ujmij w cudzysłów” would be no advice."""
    if mark is None:
        return None
    start = text.rfind("\n", 0, mark.index) + 1 if 0 < mark.index <= len(text) else 0
    found = _TYPOGRAPHIC_START.match(text, start)
    if not found or mark.index < found.end():  # the error stands before the quote: not about it
        return None
    return ("błąd składni YAML: wartość jest ujęta w cudzysłów drukarski („…”, “…” albo «…»), którego YAML nie "
            "rozpoznaje – ujmij całą wartość także w cudzysłów prosty (\"„tekst”\"); cudzysłów drukarski zostanie "
            "w tekście pisma")


_KEY_LINE = re.compile(r"(?:-[ ]+)*[^\s#:'\"\[\]{},-][^\s:#]*:(?:[ ]|$)")
_RUN_ON_ERRORS = ("mapping values are not allowed", "could not find expected ':'")


def _plain_run_on(text: str, mark, problem: str):
    """(message, mark) when a syntax error comes from a plain text that ran on from an earlier line: a field name
    without its colon („temat spożywania…”, „temat = …”), a line of a block text with too small an indentation,
    or a field indented under the one above it. YAML notices lines later; the fault is where the text starts."""
    if mark is None or not any(error in problem for error in _RUN_ON_ERRORS):
        return None
    lines = text.split("\n")
    if mark.line >= len(lines):
        return None
    if "could not find expected ':'" in problem and _colon_item_above(lines, mark):
        return _colon_item_above(lines, mark)
    if "could not find expected ':'" in problem and _stray_last_line(lines, mark):
        return _stray_last_line(lines, mark)
    depth = _indent(lines[mark.line])
    start = mark.line - 1
    while start >= 0 and (_blank(lines[start]) or _indent(lines[start]) > depth):
        start -= 1
    if start < 0:
        return None
    body = lines[start].strip()
    if _indent(lines[start]) == depth and not _KEY_LINE.match(body) and not body.startswith(("-", "'", '"', "[", "{")):
        wrapped = _wrapped_over(lines, mark, start, problem)  # the text's line above YAML's is one more of its lines
        if wrapped:
            return wrapped
    if _KEY_LINE.match(body):  # the field above is whole: this line is indented under its value
        value = body.split(":", 1)[1].strip()
        if depth <= _indent(lines[start]) + len(re.match(r"(?:-[ ]+)*", body).group()) or not value or value[0] in "\"'[{|>&*!#":
            return None
        if not _KEY_LINE.match(lines[mark.line].strip()):  # a text's next line holding „: ” – YAML's own advice fits
            return None
        name = body.split(":", 1)[0].lstrip("- ")
        if _sibling(lines, start, mark.line) is False:  # „Uwaga: …” is no field there: the text's own „: ”
            return _colon_in_wrapped(lines, mark, name, start)
        message = (f"błąd składni YAML: ten wiersz ma większe wcięcie niż pole „{name}” w wierszu {start + 1}, więc YAML "
                   "czyta go jako dalszy ciąg wartości tamtego pola – wyrównaj jego wcięcie z polem powyżej")
        return message, yaml.Mark(mark.name, 0, mark.line, depth, None, None)
    if body.startswith("- "):  # an item's first field without its colon: „- id wniosek-do-strazy”
        item = re.match(r"((?:-[ ]+)+)([^\s=:;\uff1a\ufe55]+)[ ]+\S", body)
        if not item or item.group(2) not in (_fields_at(lines, mark.line) or ()):
            return None
        name = item.group(2)
        return (f"błąd składni YAML: brak dwukropka po nazwie pola „{name}” – wpisz po niej dwukropek i spację "
                f"(„{name}: …”)"), yaml.Mark(mark.name, 0, start, _indent(lines[start]) + len(item.group(1)), None, None)
    if body.startswith(("-", "'", '"', "[", "{")):
        return None
    name = re.match(r"[^\s=:;\uff1a\ufe55]+", body).group() if re.match(r"[^\s=:;\uff1a\ufe55]", body) else body[:1]
    above = start - 1
    while above >= 0 and _blank(lines[above]):
        above -= 1
    allowed = _fields_at(lines, start)
    unknown = name.rstrip(".,") not in (_field_names() if allowed is None else allowed)  # „temat. …”: a slip
    told = (_note_line(lines, start, above) or _text_line(lines, start, above, name)) if unknown else None
    wrong = re.match(r"[^\s=:;\uff1a\ufe55]+(?:(:)\S|\s*([;\uff1a\ufe55]))", body)
    if told:
        message = told
    elif wrong and wrong.group(1):
        message = f"błąd składni YAML: po dwukropku nazwy pola „{name}” brak spacji – wpisz „{name}: …”"
    elif wrong:
        sign = "średnik („;”)" if wrong.group(2) == ";" else f"dwukropek pełnej szerokości (U+{ord(wrong.group(2)):04X})"
        message = f"błąd składni YAML: po nazwie pola „{name}” zamiast dwukropka stoi {sign} – wpisz „{name}: …”"
    elif name.endswith((".", ",")) and name[:-1] in (_field_names() if allowed is None else allowed):  # „od. 2025-07-01”
        sign = "kropka – zamiast niej" if name.endswith(".") else "przecinek – zamiast niego"
        message = (f"błąd składni YAML: po nazwie pola „{name[:-1]}” stoi {sign} wpisz dwukropek "
                   f"(„{name[:-1]}: …”)")
    elif re.match(r"[^\s=:]+\s*=", body):
        message = f"błąd składni YAML: po nazwie pola „{name}” stoi „=” – w pliku sprawy wpisz dwukropek i spację („{name}: …”)"
    elif _ODD_ITEM.match(body) and name == _ODD_ITEM.match(body).group(1):  # „– id: …”: a mark is never a name
        message = "błąd składni YAML: " + odd_item(name)
    else:
        message = (f"błąd składni YAML: brak dwukropka po nazwie pola „{name}” – wpisz po niej dwukropek i spację "
                   f"(„{name}: …”); bez niego YAML czyta ten wiersz i następne jako jeden tekst")
    return message, yaml.Mark(mark.name, 0, start, _indent(lines[start]), None, None)


_ODD_DASHES = {"–": "półpauza, np. wstawiona przez autokorektę Worda", "—": "pauza, np. wstawiona przez autokorektę Worda",
               "•": "punktor z listy Worda", "\u2212": "znak minus", "-": "łącznik bez spacji po nim"}
_ODD_DASHES.update({"\u2010": "łącznik z Worda (U+2010)", "\u2011": "łącznik nierozdzielający z Worda (U+2011)",
                    "o": "punktor „o” z listy Worda"})
# „o” and „2.” are Word's marks only with a tab after them or a space and a capital: „o planie …”, „2. półrocze …”
# opening a wrapped line are the text's own words
_ODD_ITEM = re.compile(rf"[ ]*([–—•\u2212\u2010\u2011]|[{BULLETS}](?=[ \t\u00a0])|o(?=\t|[ ][^\W\d_a-ząćęłńóśźż])"
                       r"|\d{1,2}[.)](?=\t|[ ](?![a-ząćęłńóśźż]))|-(?=[^\s\-]))")


_INNER_FIELDS = re.compile(r"(?P<lead>[ ]*(?:-[ ]+)*)(?P<outer>[a-z_]+):[ ]+(?P<rest>(?:[a-z_]+:[ ]+[^:\s]+[ ,;]*){1,})$")


def _group_on_one_line(text: str, mark, problem: str):
    """(message, mark) for a group's fields written on its field's line („termin: od: 2025-07-01 do: 2025-12-31”):
    each goes on a line of its own under the field – quoting, YAML's own advice, would make the dates a text."""
    if mark is None or "mapping values are not allowed" not in problem:
        return None
    lines = text.split("\n")
    line = lines[mark.line].split(" #")[0].rstrip() if mark.line < len(lines) else ""
    found = _INNER_FIELDS.fullmatch(line)
    pairs = re.findall(r"([a-z_]+):[ ]+([^:\s]+?)[,;]?(?=[ ]|$)", found.group("rest")) if found else []
    if not pairs or any(name not in _field_names() for name, _ in pairs):
        return None
    outer, pad = found.group("outer"), " " * (len(found.group("lead")) + 2)
    inner = _fields_at(lines[:mark.line + 1] + [pad + "x: y"], mark.line + 1)
    if len(pairs) == 1 and pairs[0][0] not in (inner or ()):  # „termin: do: 2025-07-31” – not a text's „Uwaga: …”
        return None
    shown = " / ".join([f"{outer}:"] + [f"{pad}{name}: {value}".strip() for name, value in pairs])
    which = (f"pola {', '.join(f'„{name}”' for name, _ in pairs)} wpisz każde" if len(pairs) > 1
             else f"pole „{pairs[0][0]}” wpisz")
    return (f"błąd składni YAML: {which} w osobnym wierszu pod "
            f"„{outer}:”, z wcięciem większym niż „{outer}” (np. o 2 spacje): {shown}"), \
        yaml.Mark(mark.name, 0, mark.line, len(found.group("lead")) + len(outer) + 2, None, None)


_TWO_FIELDS = re.compile(r"(?P<lead>[ ]*(?:-[ ]+)*)(?P<first>[a-z_]+):[ ]+(?P<value>[^#\s](?:[^#]*?[^#\s,;–—-])?)"
                         r"(?:[ \t]*[,;–—-])?[ \t]+(?P<second>[a-z_]+|[A-Za-z][a-z.-]*):[ ]+(?P<rest>[^#]*?)[ ]*(?:[ ]#.*)?")


# a field's label as a form prints it, beside the field's own name: „Telefon”, „tel.”, „e-mail”, „Imię i nazwisko”
_LABELS = {"telefon": {"tel", "nrtel", "nrtelefonu", "telkom", "telefonkomorkowy", "telefonkontaktowy"},
           "email": {"mail", "adresemail", "adresmail", "poczta", "pocztaelektroniczna"},
           "imie_nazwisko": {"nazwiskoimie", "imienazwisko"}, "funkcja": {"stanowisko"}, "stopien": {"stopienpolicyjny"}}
_LABEL_THEN_VALUE = re.compile(r"(?P<lead>[ ]*(?:-[ ]+)*)(?P<key>[a-z_]+):[ ]+(?P<label>[^\W\d_][^:\n#]{0,30}?):[ ]+"
                               r"(?P<rest>[^#\n]*?)[ ]*(?:[ ]#.*)?")


def _field_meant(word: str) -> str | None:
    """The field a second name on a line stands for: itself, or the field its form's label names („mail”, „e-mail”)."""
    if word in _field_names():
        return word
    folded = re.sub(r"[^a-z]", "", word.lower())
    return next((key for key, labels in _LABELS.items() if folded == key.replace("_", "") or folded in labels), None)


def own_label(key, value) -> str | None:
    """The field's own label opening its value („Imię i nazwisko: Marek Nowak” in imie_nazwisko, „Miejscowość:
    Łęczna”), as written with its colon – the letter would print it before the value."""
    if not isinstance(key, str) or not isinstance(value, str):
        return None
    found = re.match(r"\s*([^\W\d_][^:\n]{0,30}?)\s*:(?:\s|$)", value)
    if not found:
        return None
    folded = found.group(1).lower().translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))
    words = "".join(word for word in re.findall(r"[^\W\d_]+", folded) if word != "i")
    return found.group().strip() if words == key.replace("_", "") or words in _LABELS.get(key, ()) else None


def _label_in_value(text: str, mark, problem: str):
    """(message, mark at the label) for a value opening with its field's label from a form („miejscowosc: Miejscowość:
    Łęczna”): quoting, YAML's own advice, would print the label in the letter."""
    if mark is None or "mapping values are not allowed" not in problem:
        return None
    lines = text.split("\n")
    found = _LABEL_THEN_VALUE.fullmatch(lines[mark.line]) if mark.line < len(lines) else None
    if not found or found.end("label") != mark.column or not found.group("rest") \
            or not own_label(found.group("key"), f"{found.group('label')}: {found.group('rest')}"):
        return None
    return ("błąd składni YAML: " + LABEL_TOLD.format(label=found.group("label") + ":", key=found.group("key"),
                                                      value=found.group("rest"))), \
        yaml.Mark(mark.name, 0, mark.line, found.start("label"), None, None)


LABEL_TOLD = ("przed wartością stoi „{label}” – nazwa pola „{key}” już to mówi, a pismo wydrukowałoby to razem z wartością; "
              "usuń je: {key}: {value}")


def _fields_on_one_line(text: str, mark, problem: str):
    """(message, mark) for two fields of one group written on one line („od: 2025-07-01 do: 2025-12-31”, „telefon:
    … email: …”): the second goes on a line of its own – quoting, YAML's own advice, would put it in the first."""
    if mark is None:
        return None
    lines = text.split("\n")
    found = _TWO_FIELDS.fullmatch(lines[mark.line]) if mark.line < len(lines) else None
    meant = _field_meant(found.group("second")) if found else None
    if not found or found.group("first") not in _field_names() or not meant \
            or not found.start("value") < mark.column <= found.end("second"):  # YAML stops within the line's second part
        return None
    if found.group("value")[:1] in "\"'" and not re.fullmatch(r"([\"']).*\1", found.group("value")):
        return None  # a quoted text holding „nazwa: …” is one value
    first, second = found.group("first"), f"{meant}: {found.group('rest')}".strip()
    return (f"błąd składni YAML: dwa pola w jednym wierszu – „{second}” wpisz w osobnym wierszu pod „{first}:”, z tym "
            f"samym wcięciem: {first}: {found.group('value')} / {second} (jeśli to jeden tekst z dwukropkiem, ujmij go "
            "w cudzysłów)"), \
        yaml.Mark(mark.name, 0, mark.line, found.start("second"), None, None)


def _item_key_glued(text: str, mark, problem: str):
    """(message, mark) for a list item's first field without the space after its colon („- id:spotkanie-…”): YAML
    reads the item as one text and notices only the next line's field."""
    if mark is None or "mapping values are not allowed" not in problem:
        return None
    lines = text.split("\n")
    above = mark.line - 1
    while above >= 0 and _blank(lines[above]):
        above -= 1
    item = re.fullmatch(r"(?P<lead>[ ]*(?:-[ ]+)+)(?P<name>[a-z_]+):(?P<value>[^\s:#][^:#]*?)[ ]*", lines[above]) \
        if above >= 0 else None
    if not item or _indent(lines[mark.line]) != len(item.group("lead")) or \
            item.group("name") not in (_fields_at(lines, mark.line) or ()):
        return None
    name = item.group("name")
    return (f"błąd składni YAML: po dwukropku nazwy pola „{name}” brak spacji – wpisz "
            f"„{item.group('lead').strip()} {name}: {item.group('value')}”"), \
        yaml.Mark(mark.name, 0, above, len(item.group("lead")), None, None)


def _unbalanced_bracket(text: str, exc):
    """(message, mark) for a list in brackets left open („[urzad-miejski”, „[urzad-miejski)”) or closed twice
    („[urzad-miejski]]”): YAML notices it at the next line's token, the fault is the bracket on this one."""
    lines = text.split("\n")
    opened = exc.context_mark if "flow sequence" in (exc.context or "") else None
    if opened is not None and opened.line < len(lines) and "expected ',' or ']'" in (exc.problem or ""):
        line = lines[opened.line].split(" #")[0].rstrip()
        if line.count("[") > line.count("]"):
            told = ("zamiast „)” na końcu wpisz „]”" if line.endswith(")")
                    else "dopisz „]” na końcu tego wiersza")
            return f"błąd składni YAML: lista w nawiasach kwadratowych nie jest zamknięta – {told}", opened
    mark = exc.problem_mark
    if mark is not None and mark.line < len(lines) and text[mark.index:mark.index + 1] == "]":
        line = lines[mark.line].split(" #")[0]
        if line.count("]") > line.count("["):
            return "błąd składni YAML: o jeden nawias „]” za dużo – usuń go", mark
    return None


# an item of a list of groups pasted with Word's numbering instead of „- ” („  1. id: wniosek-do-urzedu”)
_NUMBERED_KEY = re.compile(r"([ ]*)(\d{1,2}[.)]|[a-z]\))[ \t]+[^\s#:'\"\[\]{},-][^\s:#]*:(?:[ ]|$)")


def _numbered_item(text: str, mark):
    """(message, mark at the number) when YAML stumbles on or right after a line „1. id: …” – a list item whose „- ”
    Word's numbering replaced; told as the list mark it is, not as a heading or an item out of place."""
    if mark is None:
        return None
    lines = text.split("\n")
    for row in range(min(mark.line, len(lines) - 1), max(-1, mark.line - 3), -1):
        found = _NUMBERED_KEY.match(lines[row])
        if found:
            return ("błąd składni YAML: " + odd_item(found.group(2)) + " – zmień to na początku każdego punktu tej listy",
                    yaml.Mark(mark.name, 0, row, len(found.group(1)), None, None))
    return None


def odd_item(sign: str) -> str:
    """The message for a list item opened with a sign YAML does not read as one: Word's autocorrect turns „- ” into
    „– ” or a bullet, a numbered list pastes „4. ”, and YAML then reads the line as text glued to the list or to the
    line above."""
    numbered = sign[:1].isdigit() or sign[-1:] == ")" or re.fullmatch(r"[IVX]+\.", sign)  # „1.”, „a)”, „II.”
    what = _ODD_DASHES.get(sign) or ("numer z listy numerowanej Worda" if numbered else "punktor z listy Worda")
    return (f"punkt listy zaczyna się od „{sign}” ({what}) – YAML rozpoznaje punkt listy tylko po zwykłym "
            "łączniku „-” i spacji; wpisz „- ” (łącznik i spację)")


_COMMENT_WRAP_TOLD = ("błąd składni YAML: ten wiersz wygląda na dalszy ciąg komentarza z wiersza {line} – zacznij go od "
                      "„#” (każdy wiersz komentarza musi zaczynać się od „#”)")
_TRAILING_COMMENT = re.compile(r"[^'\"#\n]*(?:(?<=\s)|^)#")  # a comment line, or a line ending with one (no quote before it)
_FIELD_OR_ITEM = re.compile(r"[ ]*(?:-(?:[ ]|$)|[^\s#:'\"][^:#]*:(?:[ ]|$))")


def _comment_wrap(text: str, mark, reach: int = 20):
    """(message, mark) when a line without „#” right under a comment line – the comment's second line, its „#”
    forgotten or lost in a wrap – is what YAML stumbles on: with a „#” before it the file reads on past the error."""
    if mark is None:
        return None
    lines = text.split("\n")
    blocks = _block_lines(lines)
    for number in range(min(mark.line, len(lines) - 1), max(0, mark.line - reach), -1):
        line, above = lines[number], lines[number - 1]
        if _blank(line) or line.lstrip().startswith("#") or not _TRAILING_COMMENT.match(above) \
                or {number, number - 1} & blocks or _FIELD_OR_ITEM.match(line) \
                or re.match(r"[^\s:=;]*", line.lstrip()).group() in _field_names():  # a field without its colon
            continue
        if _continues_past_comment(lines, number):
            return None  # a plain text's line after a comment inside it: told as such
        trial = "\n".join(lines[:number] + [" " * _indent(line) + "# " + line.lstrip()] + lines[number + 1:])
        if _reads_past(trial, mark.line):
            return _COMMENT_WRAP_TOLD.format(line=number), yaml.Mark(mark.name, 0, number, _indent(line), None, None)
    return None


def _continues_past_comment(lines: list[str], number: int) -> bool:
    """Whether a line under comment lines could go on the plain text above them (deeper than its field or item)."""
    comment = number - 1
    while comment >= 0 and lines[comment].strip().startswith("#"):
        comment -= 1
    plain = _PLAIN_ABOVE.match(lines[comment]) if comment >= 0 else None
    return bool(plain) and _indent(lines[number]) > len(plain.group(1)) - (0 if plain.group(2) else 2)


_SEPARATOR = re.compile(r"[ \t]*(?P<sign>[-=_*~+])(?P=sign){3,}[ \t]*")  # „-----”, „=====”: „---” is told apart
_SEPARATOR_TOLD = ("błąd składni YAML: wiersz z samych znaków „{sign}” (linia oddzielająca?) – YAML nie zna takich linii; "
                   "usuń go albo zacznij od „#” (komentarz)")


def _separator_line(text: str, mark, reach: int = 20):
    """((line, column), message) of a separator line an officer typed between sections, when YAML stumbles on it or
    on a line below: it was told „brak dwukropka” at the comment under it, or „dopisz go na końcu wiersza …”."""
    if mark is None:
        return None
    lines = text.split("\n")
    blocks = _block_lines(lines)
    for number in range(max(0, mark.line - reach), min(mark.line, len(lines) - 1) + 1):
        found = _SEPARATOR.fullmatch(lines[number])
        if found and number not in blocks:
            trial = "\n".join(lines[:number] + ["#" + lines[number]] + lines[number + 1:])
            if _reads_past(trial, mark.line):
                return (number + 1, _indent(lines[number]) + 1), _SEPARATOR_TOLD.format(sign=found.group("sign"))
    return None


_DIGIT_HEADER = re.compile(r"(?P<key>[ ]*(?:-[ ]+)*)[^\s#][^#]*?:[ ]+[>|][-+]?(?P<digit>[1-9])[-+]?[ ]*(?:#.*)?")
_DIGIT_TOLD = ("błąd składni YAML: cyfra {digit} po „{sign}” podaje, o ile spacji tekst stoi głębiej niż pole, a tekst pod "
               "nim stoi {depth} głębiej – usuń cyfrę (wpisz „{sign}-”)")


def _indentation_digit(text: str, mark):
    """((line, column), message) of a block text's header whose indentation digit („>4-”) does not match the text under
    it: YAML stumbles on the text's first line, and was told „nieprawidłowe wcięcie albo brak dwukropka”."""
    if mark is None:
        return None
    lines = text.split("\n")
    for number in range(min(mark.line, len(lines) - 1) - 1, max(-1, mark.line - 3), -1):
        found = _DIGIT_HEADER.fullmatch(lines[number])
        below = next((line for line in lines[number + 1:mark.line + 1] if line.strip()), None)
        if not found or below is None:
            continue
        column = len(found.group("key"))
        depth = _indent(below) - column
        if 0 < depth != int(found.group("digit")):
            sign = lines[number][:found.start("digit")].rstrip("-+")[-1]
            spaces = "spację" if depth == 1 else "spacje" if 2 <= depth % 10 <= 4 and depth // 10 != 1 else "spacji"
            return (number + 1, found.start("digit") + 1), _DIGIT_TOLD.format(digit=found.group("digit"), sign=sign,
                                                                               depth=f"{depth} {spaces}")
    return None


def _reads_past(text: str, line: int) -> bool:
    """Whether YAML reads a text without a syntax error up to and past a line."""
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        where = exc.problem_mark or exc.context_mark
        return where is not None and where.line > line
    except yaml.YAMLError:
        return False
    return True


def _odd_item_before(text: str, mark):
    """(message, mark at the sign) of the nearest line at or above a syntax error that opens with an odd dash where
    a line of the same indentation beside it is a list item („- …”): that dash, not the line YAML names, is the
    fault."""
    lines = text.split("\n")
    if mark is None:
        return None
    blocks = _block_lines(lines)
    for number in range(min(mark.line, len(lines) - 1), -1, -1):
        found = _ODD_ITEM.match(lines[number])
        if found and number not in blocks and (_item_beside(lines, number) or _field_after(lines[number], found)) \
                and not _goes_on(lines, number, found.group(1)):
            return ("błąd składni YAML: " + odd_item(found.group(1)),
                    yaml.Mark(mark.name, 0, number, found.start(1), None, None))
    return None


def _field_after(line: str, found) -> bool:
    """Whether a Word mark opens a list item's first field („– id: prezydent-miasta”, the list's only item): a mark
    is never a field's name, so the line is an item whatever stands beside it."""
    field = re.match(r"[ \t]+([a-z_]+):(?:[ ]|$)", line[found.end(1):])
    return bool(field) and field.group(1) in _field_names()


def _goes_on(lines: list[str], number: int, sign: str) -> bool:
    """Whether a line opened by „o” or „2.” is the wrap of the text above rather than Word's bullet or number: the
    line above is text that does not end its sentence („Przedstawienie informacji” / „o Radzie Osiedla …”) – „o”
    before a proper noun and „2. półrocze” are words of the text."""
    if sign != "o" and not sign[:1].isdigit() or lines[number].lstrip().startswith(sign + "\t"):
        return False  # after a tab, the sign is the list's
    above = next((lines[row] for row in range(number - 1, -1, -1) if not _blank(lines[row])), "")
    text = above.split(" #")[0].strip()
    return bool(text) and not text.startswith("#") and not text.endswith((".", ";", ":", "!", "?", ",", "|", ">", "-")) \
        and not re.fullmatch(r"(?:-[ ]+)?[^\s:]+:", text)


def _item_beside(lines: list[str], number: int) -> bool:
    """Whether the nearest line above or below `number` not deeper than it has its indentation and is a list item."""
    depth = _indent(lines[number])
    for rows in (range(number - 1, -1, -1), range(number + 1, len(lines))):
        row = next((row for row in rows if not _blank(lines[row]) and not lines[row].lstrip().startswith("#")
                    and _indent(lines[row]) <= depth), None)
        if row is not None and _indent(lines[row]) == depth and re.match(r"[ ]*-(?:[ ]|$)", lines[row]):
            return True
    return False


def _sibling(lines: list[str], above: int, number: int) -> bool | None:
    """Whether line `number`, opening like „Word: …”, names a field allowed beside the field on line `above` (a field
    indented one level too deep) – None where the lines above do not tell."""
    word = lines[number].strip().lstrip("- ").split(":", 1)[0]
    allowed = _fields_at(lines, above)
    return word in (_field_names() if allowed is None else allowed)


# fields whose value is one word, a date or a number – never a text wrapped over lines
_ONE_LINE_FIELDS = {"id", "data", "od", "do", "numer", "telefon", "email", "plec", "godzina", "godzina_zakonczenia",
                    "znak", "kolegialny", "podpisuje", "adresat", "status", "ocena", "wartosc", "wartosc_wyjsciowa",
                    "wartosc_docelowa", "dzialanie", "partner", "wskaznik", "zatwierdzono"}


def _colon_in_wrapped(lines: list[str], mark, name: str | None, start: int):
    """(message, mark at the colon) for a plain text wrapped onto a line that holds „Słowo: …”: YAML reads a text
    with „: ” as a field, and aligning the line (the advice for a real field) would make „Słowo” one. No name: the
    text of a list item."""
    line = lines[mark.line]
    colon = line.index(": ") if ": " in line else line.index(":")
    word = (line[:colon].split() or [""])[-1].lstrip("-")
    if name in _ONE_LINE_FIELDS and re.fullmatch(r"[ ]*[a-z_]+", line[:colon]):  # a field below a shifted „- ”
        return (f"błąd składni YAML: pole „{word}” stoi głębiej niż pole „{name}” z wiersza {start + 1}, a „{name}” nie ma "
                f"tekstu w kilku wierszach – wyrównaj „{word}” z „{name}” (albo, jeśli przesunął się „-” w wierszu "
                f"{start + 1}, przesuń go z powrotem w prawo, tak by „{name}” stało nad polami tego punktu)"), \
            yaml.Mark(mark.name, 0, mark.line, _indent(line), None, None)
    whose, quote = ((f"pola „{name}”", f"ujmij cały tekst pola „{name}” w cudzysłów (\"…\") albo wpisz po „{name}:” znak "
                     "„>-” i tekst w następnych wierszach") if name else
                    ("punktu listy", "ujmij cały tekst tego punktu w cudzysłów (- \"…\")"))
    message = (f"błąd składni YAML: ten wiersz jest dalszym ciągiem tekstu {whose} z wiersza {start + 1}, a zawiera "
               f"„: ” (dwukropek i spację po „{word}”), więc YAML czyta go jako nowe pole – {quote}")
    return message, yaml.Mark(mark.name, 0, mark.line, colon, None, None)


def _wrapped_over(lines: list[str], mark, start: int, problem: str):
    """(message, mark) when the lines from `start` up, at the indentation of the line YAML stumbled on, are the wrapped
    lines of a text opened above them: a field's or an item's plain text whose later line holds „Słowo: …”, or an
    item ending with „:” whose pasted sub-points („a) …”, „b) …”) YAML reads as its group's fields."""
    depth, top = _indent(lines[start]), start
    while top > 0 and not _blank(lines[top - 1]) and _indent(lines[top - 1]) == depth \
            and not _KEY_LINE.match(lines[top - 1].strip()) and not lines[top - 1].lstrip().startswith(("-", "'", '"')):
        top -= 1
    above = top - 1
    if above < 0 or _blank(lines[above]) or _indent(lines[above]) >= depth:
        return None
    if "could not find expected ':'" in problem:
        return _colon_item(lines, above, mark)
    opened = re.match(r"([ ]*(?:-[ ]+)*)(?:([^\s#:'\"\[\]{},-][^:#]*?):[ ]+)?([^\s\"'\[{|>&*!#%@`-])", lines[above])
    if not opened or not (opened.group(2) or opened.group(1).rstrip().endswith("-")) or ": " not in lines[mark.line]:
        return None
    if opened.group(2) and _sibling(lines, above, mark.line):  # „data: …” of the group: a field indented too deep
        return _deeper_field(lines, mark, opened.group(2), above) if _KEY_LINE.match(lines[mark.line].strip()) else None
    return _colon_in_wrapped(lines, mark, opened.group(2), above)


def _deeper_field(lines: list[str], mark, name: str, start: int):
    """(message, mark at the key) for a line „pole: …” deeper than the field „name” on line `start` whose wrapped text
    it ends: a field of the group indented too deep – or the text's own „: ”, as YAML reads it either way."""
    line = lines[mark.line]
    word = line.strip().split(":", 1)[0]
    return (f"błąd składni YAML: ten wiersz ma większe wcięcie niż pole „{name}” w wierszu {start + 1}, więc YAML czyta "
            f"go jako dalszy ciąg wartości tamtego pola – wyrównaj jego wcięcie z polem powyżej; jeśli „{word}: …” to "
            f"dalszy ciąg tekstu pola „{name}”, ujmij cały ten tekst w cudzysłów (\"…\")"), \
        yaml.Mark(mark.name, 0, mark.line, _indent(line), None, None)


def _colon_item_above(lines: list[str], mark):
    """_colon_item for the item holding the text right above the line YAML stumbled on („- Ustalenia:” over
    „  wspólne patrole …”, then the next item or field): YAML read that text as a field without its colon."""
    row = next((r for r in range(mark.line - 1, -1, -1) if not _blank(lines[r])), None)
    if row is None or _indent(lines[row]) <= _indent(lines[mark.line]):
        return None
    owner = next((r for r in range(row - 1, -1, -1) if not _blank(lines[r]) and _indent(lines[r]) < _indent(lines[row])),
                 None)
    return _colon_item(lines, owner, mark) if owner is not None else None


def _colon_item(lines: list[str], row: int, mark):
    """(message, mark at the text) for a list item ending with „:” („- Ustalenia:”) over lines at its text's column
    („a) wspólne patrole,”): YAML reads the item as a group and each line under it as a field without its colon."""
    item = re.match(r"([ ]*-[ ]+)([^\s#:'\"\[\]{},-][^:#]*?):[ ]*(?:#.*)?$", lines[row])
    below = next((r for r in range(row + 1, len(lines)) if not _blank(lines[r])), None)
    if not item or below is None or _indent(lines[below]) != len(item.group(1)) or _KEY_LINE.match(lines[below].strip()):
        return None
    first = visible(lines[below].strip())
    return (f"błąd składni YAML: punkt listy „{item.group(2)}:” kończy się dwukropkiem, więc YAML czyta go jako nazwę pola, "
            f"a wiersze pod nim („{first[:30]}{'…' if len(first) > 30 else ''}”) jako kolejne pola bez dwukropka – punkt "
            f"listy to jeden tekst: ujmij go razem z wierszami pod nim w cudzysłów (- \"{item.group(2)}: …\") albo zapisz "
            "każdy podpunkt jako osobny punkt listy, zaczynając go od „- ” w kolumnie „-” tego wiersza"), \
        yaml.Mark(mark.name, 0, row, len(item.group(1)), None, None)


_FLOW_VALUE = re.compile(r"([ ]*(?:-[ ]+)*)([^\s#:'\"\[\]{},][^:#]*?):[ ]+(\[[^\]#]*\]|\{[^}#]*\})[ ]*(?:#.*)?$")


def _value_then_lines(text: str, mark):
    """(message, mark at the value) of a field written with a value in brackets („porzadek: []”, a leftover of an
    empty list) and lines indented under it: YAML has the value already, the lines below belong nowhere."""
    lines = text.split("\n")
    if mark is None or not 0 < mark.line < len(lines):
        return None
    above = mark.line - 1
    while above > 0 and (_blank(lines[above]) or lines[above].lstrip().startswith("#")):
        above -= 1
    found = _FLOW_VALUE.fullmatch(lines[above])
    if not found or _indent(lines[mark.line]) <= len(found.group(1)):
        return None
    deeper = _FIELD_LINE.match(lines[mark.line])
    if deeper and deeper.group(2) in _field_names() and deeper.group(2) != found.group(2):  # a sibling too deep
        depth, column, key = _indent(lines[mark.line]), len(found.group(1)), deeper.group(2)
        less = depth - column
        return (f"błąd składni YAML: pole „{key}” ma większe wcięcie ({depth} {_spaces(depth)}) niż pole „{found.group(2)}” "
                f"w wierszu {above + 1} ({column} {_spaces(column)}), a „{found.group(2)}” ma już wartość „{found.group(3)}”, "
                f"więc YAML nie wie, gdzie je wstawić – usuń {less} {'spację' if less == 1 else _spaces(less)} przed "
                f"„{key}:”, by stało w tej samej kolumnie co „{found.group(2)}:”"), \
            yaml.Mark(mark.name, 0, mark.line, depth, None, None)
    name, value = found.group(2), found.group(3)
    return (f"błąd składni YAML: pole „{name}” ma już w tym wierszu wartość „{value}”, więc wiersze wcięte pod nim "
            f"(od wiersza {mark.line + 1}) nie mają do czego należeć – jeśli to jego elementy, usuń „{value}”"), \
        yaml.Mark(mark.name, 0, above, found.start(3), None, None)


def _document_end(text: str, mark):
    """(message, mark) of a line „...” at column 1 before a syntax error: YAML's end of the data, so the lines
    after it are an error somewhere below with no word of the dots."""
    if mark is None:
        return None
    found = re.compile(r"^\.\.\.[ \t]*$", re.MULTILINE).search(text, 0, min(mark.index + 1, len(text)))
    if not found:
        return None
    return ("błąd składni YAML: wiersz „...” YAML czyta jako koniec danych sprawy, więc nie czyta wierszy po nim – "
            "usuń ten wiersz (albo zacznij go od „#”, jeśli to komentarz)"), _mark_at(text, found.start(), mark)


def _mark_at(text: str, index: int, like):
    line, column = _text_position(text, index)
    return yaml.Mark(like.name, index, line - 1, column - 1, None, None)


def _structure_slip(text: str, mark):
    """(message, mark) of a slip in YAML's signs on the line of a syntax error (or the one above it) that YAML's
    own words miss: a tab or no space after an item's dash, an item's field dedented to its dash, a comment line
    that ended a plain text whose next line is then an orphan."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines):
        return None
    line, number = lines[mark.line], mark.line
    at = lambda row, column: yaml.Mark(mark.name, 0, row, column, None, None)  # noqa: E731
    tab = re.match(r"[ ]*(?:-[ ]+)*-(?=\t)", line)
    if tab:
        return ("błąd składni YAML: po „-” stoi znak tabulacji (np. z listy wklejonej z Worda) – YAML wymaga po "
                "myślniku spacji; zamień tabulator na spację"), at(number, tab.end())
    above = next((row for row in range(number - 1, -1, -1) if lines[row].strip()), None)
    for row in (number, above) if above is not None else (number,):
        glued = re.match(r"[ ]*(?:-[ ]+)*-([^\s\-#'\"][^:#\s]*):(?:[ ]|$)", lines[row])
        if glued and glued.group(1) in _field_names():
            return (f"błąd składni YAML: po „-” brak spacji, więc YAML nie widzi tu elementu listy z polem "
                    f"„{glued.group(1)}” – wpisz spację po myślniku"), at(row, glued.start(1))
    depth = _indent(line)
    key = re.match(r"[ ]*([^\s#:'\"\-][^:#]*?):(?:[ ]|$)", line)
    if key and key.group(1) in _field_names():
        sibling = next((row for row in range(number - 1, -1, -1) if not _blank(lines[row])
                        and _indent(lines[row]) <= depth), None)
        item = re.match(r"[ ]*-[ ]+([^\s#:'\"\-][^:#]*?):(?:[ ]|$)", lines[sibling]) if sibling is not None else None
        if item and _indent(lines[sibling]) == depth and key.group(1) in _item_keys(lines, sibling, item.start(1)):
            return (f"błąd składni YAML: tu zaczyna się chyba nowy element listy – element z wiersza {sibling + 1} ma już "
                    f"pole „{key.group(1)}”; wpisz „- ” przed „{key.group(1)}:”, tak by myślnik stał w tej samej kolumnie "
                    f"co „-” w wierszu {sibling + 1}"), at(number, depth)
        if item and _indent(lines[sibling]) == depth:
            return (f"błąd składni YAML: pole „{key.group(1)}” ma wcięcie myślnika „-”, a należy chyba do elementu listy "
                    f"z wiersza {sibling + 1} – wyrównaj je z polem „{item.group(1)}” w tamtym wierszu"), at(number, depth)
        return None
    comment = number - 1
    while comment >= 0 and lines[comment].strip().startswith("#"):
        comment -= 1
    if comment == number - 1 or comment < 0 or line.lstrip().startswith(("-", "#")):
        return None
    if _continues_past_comment(lines, number):
        return (f"błąd składni YAML: ten wiersz byłby dalszym ciągiem tekstu z wiersza {comment + 1}, ale komentarz "
                f"w wierszu {comment + 2} zakończył ten tekst – przenieś komentarz nad to pole albo pod nie (albo ujmij "
                "cały tekst w cudzysłów)"), at(number, depth)
    return None


def _item_keys(lines: list[str], row: int, column: int) -> set[str]:
    """The field names of the list item opening on row, its fields at column: a field it has already is a new item's."""
    keys = set()
    for number in range(row, len(lines)):
        line = lines[number] if number > row else " " * column + lines[row][column:]
        if number > row and not _blank(line) and _indent(line) < column:
            break
        found = re.match(rf"[ ]{{{column}}}([^\s#:'\"\-][^:#]*?):(?:[ ]|$)", line)
        keys |= {found.group(1)} if found else set()
    return keys


_FIELD_LINE = re.compile(r"([ ]*)([^\s#:'\"\[\]{},-][^:#]*?):(?:[ ]|$)")


def _short_field(text: str, mark):
    """(message, mark at the key) of a field indented less than the fields beside it, yet more than their group's
    key or dash („   partnerzy:” under „  - id:” with „    opis:”) – the commonest Notepad slip. YAML stumbles on the
    field's own line; its advice about the value („ujmij w cudzysłów”) would not touch the indentation."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines):
        return None
    found = _FIELD_LINE.match(lines[mark.line])
    depth = _indent(lines[mark.line])
    if not found or not depth or lines[mark.line][depth:].startswith("-"):
        return None
    column, row, parent = None, None, False  # the siblings' column, the nearest sibling's row
    for number in range(mark.line - 1, -1, -1):
        line = lines[number]
        if _blank(line):
            continue
        at = _indent(line) + len(re.match(r"(?:-[ ]+)*", line[_indent(line):]).group())
        if _indent(line) == depth:
            return None
        if at > depth and (column is None or at < column):
            column, row = at, number
        if _indent(line) < depth:
            parent = True
            break
    if not parent or column is None:
        return None
    near = _FIELD_LINE.match(" " * column + lines[row][column:])
    key = found.group(2)
    if not near or key not in (_fields_at(lines[:row + 1] + [" " * column + "x: y"], row + 1) or ()):
        return None
    name = near.group(2)
    dash = re.match(r"[ ]*-([ ]{2,})", lines[row])
    if dash and dash.end() == column:  # „-  id:”: the item's first field is the one too deep
        fix = (f"po „-” w wierszu {row + 1} stoją {len(dash.group(1))} {_spaces(len(dash.group(1)))} – zostaw jedną, "
               f"wtedy „{name}:” stanie w tej samej kolumnie co „{key}:”")
    else:
        more = column - depth
        fix = (f"dodaj {more} {'spację' if more == 1 else _spaces(more)} przed „{key}:”, by stało w tej samej kolumnie "
               f"co „{name}:”")
    return (f"błąd składni YAML: pole „{key}” ma mniejsze wcięcie ({depth} {_spaces(depth)}) niż pole „{name}” tej "
            f"samej grupy w wierszu {row + 1} ({column} {_spaces(column)}), więc YAML nie wie, do której grupy należy "
            f"– {fix}"), yaml.Mark(mark.name, 0, mark.line, depth, None, None)


def _between_levels(text: str, mark):
    """(message, mark at the key) of a field one space or so deeper than its group's fields, after a nested group
    whose fields stand deeper still („     partnerzy:” at 5 after „    termin:” at 4 and its „      od:” at 6): YAML
    finds no level it belongs to and stumbles on its line, where the advice about the value would be false."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines):
        return None
    found = _FIELD_LINE.match(lines[mark.line])
    depth = _indent(lines[mark.line])
    inner, row = None, None  # the nested group's column; the row of the field that opens it
    for number in range(mark.line - 1, -1, -1):
        if _blank(lines[number]):
            continue
        if _indent(lines[number]) <= depth:
            row = number
            break
        inner = _indent(lines[number]) if inner is None else min(inner, _indent(lines[number]))
    if not found or inner is None or row is None:
        return None
    column = _indent(lines[row]) + len(re.match(r"(?:-[ ]+)*", lines[row][_indent(lines[row]):]).group())
    near = _FIELD_LINE.match(" " * column + lines[row][column:])
    key = found.group(2)
    if column >= depth or not near or key not in (_fields_at(lines[:row + 1] + [" " * column + "x: y"], row + 1) or ()):
        return None
    name, less = near.group(2), depth - column
    return (f"błąd składni YAML: pole „{key}” ma większe wcięcie ({depth} {_spaces(depth)}) niż pole „{name}” tej "
            f"samej grupy w wierszu {row + 1} ({column} {_spaces(column)}), a mniejsze niż pola w grupie „{name}” "
            f"({inner} {_spaces(inner)}), więc YAML nie wie, do której grupy należy – usuń {less} "
            f"{'spację' if less == 1 else _spaces(less)} przed „{key}:”, by stało w tej samej kolumnie co „{name}:”"), \
        yaml.Mark(mark.name, 0, mark.line, depth, None, None)


def _dedented_item(text: str, mark):
    """(message, mark at the dash) of a list's item pasted with less indentation than the items above it („- …” at
    the line's start under „  - …”): YAML ends the list there and stumbles on the dash – no field nor colon is
    at fault, as its generic text says."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines) or not re.match(r"[ ]*-(?:[ ]|$)", lines[mark.line]):
        return None
    depth = _indent(lines[mark.line])
    items = None  # the row of the nearest item of the list above, at the list's column
    for number in range(mark.line - 1, -1, -1):
        line = lines[number]
        if _blank(line):
            continue
        if _indent(line) <= depth:
            owner = _EMPTY_KEY.match(line)
            break
        if line[_indent(line):].startswith("-") and (items is None or _indent(line) < _indent(lines[items])):
            items = number
    else:
        return None
    if items is None or not owner or len(owner.group(1)) > depth:
        return None
    column, name = _indent(lines[items]), owner.group(2)
    more = column - depth
    return (f"błąd składni YAML: ten punkt listy „{name}” ma mniejsze wcięcie ({depth} {_spaces(depth)}) niż jej punkty "
            f"powyżej ({column} {_spaces(column)}, wiersz {items + 1}), więc YAML nie czyta go już jako punktu tej listy "
            f"– dodaj {more} {'spację' if more == 1 else _spaces(more)} przed „-”, by stał w tej samej kolumnie co „-” "
            f"w wierszu {items + 1}"), yaml.Mark(mark.name, 0, mark.line, depth, None, None)


def _dedented_field(text: str, mark):
    """(message, mark at the key) of a group's field written with less indentation than its group's fields (Notepad's
    Home + Backspace, a line pasted without its spaces): YAML takes it for a field of an outer group and stumbles
    on the group's lines after it, which an advice about those lines or the field's value would only make worse."""
    lines = text.split("\n")
    if mark is None or mark.line >= len(lines):
        return None
    floor = _indent(lines[mark.line]) if not _blank(lines[mark.line]) else len(lines[mark.line])
    for number in range(min(mark.line, len(lines) - 1) - 1, max(-1, mark.line - 60), -1):
        column = _indent(lines[number])
        if _blank(lines[number]) or column >= floor:
            continue
        found = _FIELD_LINE.match(lines[number])
        told = found and found.group(2) in _field_names() and (_slip_told(lines, number, found.group(2), mark)
                                                              or _first_field_out(lines, number, found.group(2), mark))
        if told:
            return told
        floor = column
        if floor == 0:
            return None
    return None


def _slip_told(lines: list[str], number: int, key: str, mark):
    """The message for the field `key` on line `number` when a group above it, deeper than the line, has that field:
    a group whose fields stand above, or an empty one („termin:”) just above. A field its own place allows too
    („partnerzy:” of the case) is taken for a slip only right under the group's lines and when the line YAML
    stumbled on is that group's next field."""
    column, own = _indent(lines[number]), _fields_at(lines, number)
    if own is None or (key in own and (number == 0 or not lines[number - 1].strip())):
        return None
    if key in own and _opens_block(lines, number, mark.line):
        return None
    stumbled = lines[mark.line][_indent(lines[mark.line]):].lstrip("- ")
    stumbled = _FIELD_LINE.match(stumbled) and (len(lines[mark.line]) - len(stumbled), stumbled.split(":", 1)[0])
    level = None
    for row in range(number - 1, -1, -1):
        line = lines[row]
        if _blank(line):
            continue
        depth = _indent(line)
        at = depth + len(re.match(r"(?:-[ ]+)*", line[depth:]).group())
        if at <= column:
            return None
        empty = level is None and re.fullmatch(r"[^\s#:'\"\[\]{},-][^:#]*?:[ ]*(?:#.*)?", line[at:])
        if empty and key in (_fields_at(lines[:row + 1] + [" " * (at + 2) + "x: y"], row + 1) or ()):
            name = line[at:].split(":", 1)[0]
            return _slip_message(key, column, f"grupy „{name}” z wiersza {row + 1}", f"głębiej niż „{name}:” "
                                 f"(np. {at + 2} {_spaces(at + 2)} przed nazwą)", mark, number)
        if level is not None and at >= level:
            continue
        level = at
        fields = _fields_at(lines[:row + 1] + [" " * at + "x: y"], row + 1) or frozenset()
        if key in fields and key not in _keys_at(lines, number, at) and \
                (key not in own or stumbled == (at, stumbled and stumbled[1]) and stumbled[1] in fields):
            name = line[at:].split(":", 1)[0]
            return _slip_message(key, column, _group_named(lines, row, at),
                                 f"w tej samej kolumnie co „{name}:” w wierszu {row + 1} ({at} {_spaces(at)} przed nazwą)",
                                 mark, number)
    return None


def _opens_block(lines: list[str], number: int, error: int) -> bool:
    """Whether the field on line `number` has no value and the lines under it down to the error's line are deeper:
    a group that holds the slip YAML stumbled on („partnerzy:” over „  - id: Uwaga: …”), not a field out of place."""
    column = _indent(lines[number])
    if lines[number].split("#", 1)[0].split(":", 1)[1].strip() or error <= number:
        return False
    return all(_blank(line) or _indent(line) > column for line in lines[number + 1:error + 1])


def _wrapped_to_column_1(text: str, mark):
    """(message, mark at the line) for a text's line broken onto column 1 that holds „Słowo: …” („służbowego: ulotki”):
    YAML takes it for a field of the whole file and stumbles only on the next line, which is correct."""
    lines = text.split("\n")
    if mark is None or not 0 < mark.line < len(lines):
        return None
    number = next((r for r in range(mark.line - 1, -1, -1) if not _blank(lines[r])
                   and not lines[r].lstrip().startswith("#")), None)
    told = _column_1_text(lines, number) if number else None
    return ("błąd składni YAML: " + told, yaml.Mark(mark.name, 0, number, 0, None, None)) if told else None


def _column_1_text(lines: list[str], number: int) -> str | None:
    """The message for line `number`, „Słowo: …” at column 1 that is no field of the file, right under a text's line."""
    found = _FIELD_LINE.match(lines[number])
    if not found or found.group(1) or found.group(2) in (_fields_at(lines, number) or _field_names()) \
            or not re.match(r"[ ]+[^\s\"'\[{|>&*!#%@`]", lines[number][found.end() - 1:]):
        return None
    above = next((r for r in range(number - 1, -1, -1) if not _blank(lines[r])), None)
    plain = _PLAIN_ABOVE.match(lines[above]) if above is not None else None
    if not plain or not _indent(lines[above]) or lines[above].rstrip().endswith(("\"", "'")):
        return None
    what = f"pola „{plain.group(2)}”" if plain.group(2) else "elementu listy"
    return (f"ten wiersz wygląda na dalszy ciąg tekstu {what} z wiersza {above + 1}, ale stoi na początku wiersza, "
            f"więc YAML czyta „{found.group(2)}” jako nowe pole – dopisz ten tekst na końcu wiersza {above + 1} i ujmij "
            "cały tekst w cudzysłów (\"…\"), bo zawiera „: ”")


def _first_field_out(lines: list[str], number: int, key: str, mark):
    """The message for a group's first field written at the group's own column right under its empty key
    („miejsce:” / „nazwa: …” / „  adres: …”): YAML leaves the group empty and reads the deeper field under it as
    the first one's wrapped text – told only when the group has both fields."""
    column = _indent(lines[number])
    above = next((row for row in range(number - 1, -1, -1) if not _blank(lines[row])
                  and not lines[row].lstrip().startswith("#")), None)
    group = re.fullmatch(r"([ ]*)([^\s#:'\"\[\]{},-][^:#]*?):[ ]*(?:#.*)?", lines[above]) if above is not None else None
    below = _FIELD_LINE.match(lines[mark.line]) if mark.line > number else None
    if not group or len(group.group(1)) != column or not below or len(below.group(1)) <= column:
        return None
    fields = _fields_at(lines[:above + 1] + [" " * len(below.group(1)) + "x: y"], above + 1) or frozenset()
    if key not in fields or below.group(2) not in fields:
        return None
    at = len(below.group(1))
    return _slip_message(key, column, f"grupy „{group.group(2)}” z wiersza {above + 1} (która przez to jest pusta)",
                         f"w tej samej kolumnie co „{below.group(2)}:” w wierszu {mark.line + 1} ({at} {_spaces(at)} "
                         "przed nazwą)", mark, number)


def _keys_at(lines: list[str], number: int, at: int) -> set[str]:
    """The field names the group standing above line `number` at column `at` already has: a second one is a repeat."""
    keys = set()
    for row in range(number - 1, -1, -1):
        line = lines[row]
        depth = _indent(line)
        if _blank(line) or depth > at:
            continue
        dashes = re.match(r"(?:-[ ]+)*", line[depth:]).group()
        found = _FIELD_LINE.match(line[depth + len(dashes):])
        if depth + len(dashes) == at and found:
            keys.add(found.group(2))
        if depth + len(dashes) < at or dashes:
            break
    return keys


def _slip_message(key: str, column: int, group: str, where: str, mark, number: int):
    shallow = "stoi na początku wiersza" if column == 0 else f"ma za małe wcięcie ({column} {_spaces(column)})"
    return (f"błąd składni YAML: pole „{key}” należy do {group}, ale {shallow}, więc YAML czyta je jako pole innej "
            f"grupy i nie wie, do czego należą wiersze pod nim – wpisz „{key}:” {where}"), \
        yaml.Mark(mark.name, 0, number, column, None, None)


def _spaces(count: int) -> str:
    return "spacja" if count == 1 else "spacje" if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14) else "spacji"


def _group_named(lines: list[str], row: int, at: int) -> str:
    """„punktu listy „dzialania” z wiersza 137” or „grupy „miejsce” z wiersza 340”: the group whose field stands
    on line `row` at column `at`."""
    for above in range(row, -1, -1):
        line = lines[above]
        depth = _indent(line)
        if _blank(line) or depth >= at:
            continue
        if line[depth:].startswith("-"):
            owner = next((r for r in range(above - 1, -1, -1) if not _blank(lines[r]) and _indent(lines[r]) < depth),
                         None)
            found = _FIELD_LINE.match(lines[owner].lstrip("- ")) if owner is not None else None
            return (f"punktu listy „{found.group(2)}” z wiersza {above + 1}" if found
                    else f"punktu listy z wiersza {above + 1}")
        found = _FIELD_LINE.match(line.lstrip(" -"))
        return f"grupy „{found.group(2)}” z wiersza {above + 1}" if found else f"grupy z wiersza {above + 1}"
    return "grupy powyżej"


_DEDENTED_TEXT = ("błąd składni YAML: ten wiersz ma mniejsze wcięcie niż tekst nad nim, więc YAML nie czyta go już jako "
                  "część tamtego tekstu, tylko jako nazwę pola bez dwukropka – wyrównaj jego wcięcie z wierszami tekstu "
                  "powyżej")
_BLOCK_KEY = re.compile(r"([ ]*(?:-[ ]+)*)([^\s#'\"][^#]*?):[ ]+([|>])")
_PLAIN_ABOVE = re.compile(r"([ ]*(?:-[ ]+)*)(?:([^\s#'\"\[\]{},-][^:#]*?):[ ]+)?[^\s\"'\[{|>&*!#%@`-]")


# a note written as another language's comment („// …”, „; …”, „<!-- … -->”, „-- … --”, „REM …”): YAML's is only „#”
_FOREIGN_COMMENT = re.compile(r"(?://|;|<!--|/\*|--(?=\s)|%(?=\s)|(?i:rem)(?=\s))")
_NOTE_TOLD = ("błąd składni YAML: ten wiersz zaczyna się od „{sign}”, a YAML zna tylko komentarze od „#” – jeśli to "
              "uwaga, zamień „{sign}” na „#”")
_NOT_A_FIELD = ("błąd składni YAML: ten wiersz nie jest polem („nazwa: wartość”) – jeśli to uwaga (komentarz), zacznij "
                "go od „#”{more}")


def _bracket_line(text: str, exc):
    """(message, mark at the line) for a note in square or curly brackets on a line of its own between fields
    („[DO UZUPEŁNIENIA]”, „{sprawdzić funkcję}”): YAML reads the brackets as a list or a group that should be a
    field's name and stumbles only on the next field, which is correct."""
    where = exc.context_mark
    if "could not find expected ':'" not in (exc.problem or "") or "simple key" not in (exc.context or "") or where is None:
        return None
    lines = text.split("\n")
    body = lines[where.line].strip() if where.line < len(lines) else ""
    if not re.fullmatch(r"\[[^\[\]]*\]|\{[^{}]*\}", body.split(" #", 1)[0].strip()) or where.column != _indent(lines[where.line]):
        return None
    return _NOT_A_FIELD.format(more=""), yaml.Mark(where.name, where.index, where.line, where.column, None, None)


def _note_line(lines: list[str], start: int, above: int) -> str | None:
    """The message for a line that is an officer's note, not a wrapped text: it opens with another language's
    comment sign, or stands after an empty line (a wrapped text goes on right under its line)."""
    body = lines[start].strip()
    sign = _FOREIGN_COMMENT.match(body)
    if sign:
        return _NOTE_TOLD.format(sign=sign.group())
    if above >= 0 and _empty_field_above(lines, start, above):
        return _empty_field_above(lines, start, above)
    if above >= 0 and start - above > 1 and not _block_lines(lines) & {above}:
        return _NOT_A_FIELD.format(more=f"; jeśli to dalszy ciąg tekstu z wiersza {above + 1}, dopisz go na końcu "
                                        f"tamtego wiersza")
    return None


_EMPTY_KEY = re.compile(r"([ ]*(?:-[ ]+)*)([^\s#:'\"\[\]{},-][^:#]*?):[ ]*(?:#.*)?$")


def _empty_field_above(lines: list[str], start: int, above: int) -> str | None:
    """The message for a field's value written on the next line without a deeper indentation („temat:” over the
    topic at its column): YAML reads the field as empty and the line as a field without its colon."""
    key = _EMPTY_KEY.match(lines[above])
    if not key or start - above > 1 or _indent(lines[start]) > len(key.group(1)):
        return None
    name = key.group(2)
    return (f"błąd składni YAML: ten wiersz wygląda na wartość pola „{name}” z wiersza {above + 1}, które jest puste – "
            f"dopisz ją w tamtym wierszu po „{name}: ” albo zwiększ wcięcie tego wiersza, by stał głębiej niż „{name}” "
            "(np. o 2 spacje)")


def _stray_last_line(lines: list[str], mark):
    """(message, mark at the line) for the last line of a group that is no field – a note without „#”, a field
    without its colon: YAML stumbles only at the next field of a shallower level, the fault is the line above it."""
    depth = _indent(lines[mark.line])
    row = next((r for r in range(mark.line - 1, -1, -1) if not _blank(lines[r]) and not _COMMENT_LINE.match(lines[r])), None)
    if row is None or _indent(lines[row]) <= depth:
        return None
    body = lines[row].strip()
    if _KEY_LINE.match(body) or body.startswith(("-", "'", '"', "[", "{", "|", ">")) and not _FOREIGN_COMMENT.match(body):
        return None
    owner = next((r for r in range(row - 1, -1, -1) if not _blank(lines[r]) and not _COMMENT_LINE.match(lines[r])), None)
    if owner is None or _indent(lines[owner]) < _indent(lines[row]) or owner in _block_lines(lines) \
            or _BLOCK_START.match(lines[owner]) or not (_KEY_LINE.match(lines[owner].strip()) or
                                                        lines[owner].strip().startswith("- ")):
        return None  # the first line under its field, a text's line: told elsewhere
    name = re.match(r"[^\s=:;]+", body)
    sign = _FOREIGN_COMMENT.match(body)
    if sign:
        message = _NOTE_TOLD.format(sign=sign.group())
    elif name and name.group() in (_fields_at(lines, row) or ()):
        message = (f"błąd składni YAML: brak dwukropka po nazwie pola „{name.group()}” – wpisz po niej dwukropek i spację "
                   f"(„{name.group()}: …”)")
    elif _empty_field_above(lines, row, owner):
        message = _empty_field_above(lines, row, owner)
    elif _item_column(lines, row, owner):
        message = _LOST_DASH.format(above=owner + 1)
    else:
        message = _NOT_A_FIELD.format(more="; jeśli to pole, wpisz po jego nazwie dwukropek i spację („nazwa: wartość”)")
    return message, yaml.Mark(mark.name, 0, row, _indent(lines[row]), None, None)


# a line at the column of the list's „-” above it, with no „-” and no field's „: ”: most often an item that lost its
# dash (a line pasted from Word, a point typed by hand) – appending it to the item above glues two points into one
_LOST_DASH = ("błąd składni YAML: ten wiersz stoi w kolumnie punktów listy, ale nie zaczyna się od „- ” – jeśli to "
              "kolejny punkt listy, wpisz przed nim „- ” (łącznik i spację); jeśli to dalszy ciąg tekstu punktu z wiersza "
              "{above}, zwiększ jego wcięcie, by stał głębiej niż „-”; jeśli to uwaga (komentarz), zacznij ją od „#”")


def _item_column(lines: list[str], row: int, above: int) -> bool:
    """Whether the line stands at the column of the list item's dash on the line above and is no field."""
    body = lines[row].strip()
    return lines[above].strip().startswith("- ") and _indent(lines[above]) == _indent(lines[row]) \
        and not _KEY_LINE.match(body) and not body.startswith(("-", "#"))


def _text_line(lines: list[str], start: int, above: int, name: str) -> str | None:
    """The message for a line that opens with no field name of its level and is the text of the line above, written
    with too small an indentation: a dedented line of a block text, a block's first line at its field's indentation,
    a plain text wrapped with Enter onto column 1 – or a section heading that lost its „#”."""
    depth = _indent(lines[start])
    if re.fullmatch(r"\d{1,2}[.)]?", name):
        return ("błąd składni YAML: ten wiersz to tekst poza polem – jeśli to nagłówek (komentarz), zacznij go od „#”; "
                "jeśli to dalszy ciąg tekstu z wiersza powyżej, zwiększ jego wcięcie, by stał głębiej niż nazwa tamtego pola")
    if above < 0:
        return None
    if above in _block_lines(lines):
        return _DEDENTED_TEXT
    block = _BLOCK_KEY.match(lines[above]) if _BLOCK_START.match(lines[above]) else None
    if block and depth <= len(block.group(1)):
        key = block.group(2)
        return (f"błąd składni YAML: tekst po „{block.group(3)}” musi mieć większe wcięcie niż jego pole „{key}” "
                f"(wiersz {above + 1}), a ten wiersz go nie ma – zwiększ wcięcie tego wiersza i następnych wierszy tego "
                f"tekstu, by stały głębiej niż „{key}” (np. o 2 spacje)")
    plain = _PLAIN_ABOVE.match(lines[above])
    if plain and depth <= len(plain.group(1)) - (0 if plain.group(2) else 2):
        odd = None if plain.group(2) else _ODD_ITEM.match(lines[start])
        if odd and (not odd.group(1).isalnum() or lines[start][odd.end(1):odd.end(1) + 1] == "\t"):  # „o ” is a word
            dash = len(plain.group(1)) - 2  # Word's list exported at column 1 („•⇥Ustalenia”) under „- ” items
            return (f"błąd składni YAML: {odd_item(odd.group(1))} w tej samej kolumnie co „-” w wierszu {above + 1} "
                    f"({dash} {_spaces(dash)} przed „-”)")
        if not plain.group(2) and _item_column(lines, start, above):
            return _LOST_DASH.format(above=above + 1)
        what = f"pola „{plain.group(2)}”" if plain.group(2) else "elementu listy"
        return (f"błąd składni YAML: ten wiersz wygląda na dalszy ciąg tekstu {what} z wiersza {above + 1}, ale ma "
                f"za małe wcięcie – zwiększ je, by stał głębiej niż {'„' + plain.group(2) + '”' if plain.group(2) else '„-”'} "
                f"(np. o 2 spacje), albo dopisz go na końcu wiersza {above + 1}")
    return None


def _fields_at(lines: list[str], number: int) -> frozenset[str] | None:
    """The field names the case allows at the indentation of line `number`, found by walking up to the fields
    that hold it („zagrozenie:” → temat, opis, miejsca, zrodla); None where the lines above do not tell."""
    keys, column = [], _indent(lines[number])
    for line in reversed(lines[:number]):
        if column == 0:
            break
        depth = _indent(line)
        if _blank(line) or depth >= column:
            continue
        dashes = re.match(r"(?:-[ ]+)*", line[depth:]).group()
        key = re.match(r"([^\s#:'\"\[\]{},][^:#]*?):(?:[ ]|$)", line[depth + len(dashes):])
        if key and depth + len(dashes) < column:
            keys.append(key.group(1))
        elif not dashes:
            return None
        column = depth
    models = _models_at(tuple(reversed(keys)))
    return _names_of(models[:1]) if models else None


@functools.cache
def _field_names() -> frozenset[str]:
    """Every field name of the case model: a line opening with one is a field that lost its colon, not text."""
    from pismo.case.model import Sprawa

    names, seen, stack = set(), set(), [Sprawa]
    while stack:
        model = stack.pop()
        if model not in seen:
            seen.add(model)
            for name, info in model.model_fields.items():
                names.add(info.alias or name)
                stack += _models_in(info.annotation)
    return frozenset(names)


def _models_in(annotation) -> list:
    """The pydantic models an annotation names (through Optional, list, Union, Annotated)."""
    from pydantic import BaseModel
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


_OPENS_TEXT = re.compile(r"(?:^|[ \[{,(])$", re.MULTILINE)  # what stands just before an opening quote
_UNCLOSED = "błąd składni YAML: niezamknięty cudzysłów – dopisz cudzysłów zamykający"


def _quote_run_on(text: str, error):
    """(where it opens, whether it ran on) of a quoted text that spans lines and closes on the line of a syntax
    error; None when no such text leads to the error. It ran on when its closing quote stands where an opening
    one does (after a space – „key: ”, „- ”, a word –, [ { , ( or at the line's start): its own closing quote is
    missing, so it took the next opening one (often far below) and the error there is only a consequence. A
    quote right after a word closes a text where the user meant it, and the mistake is after it."""
    scanner = (_FastLoader or _Loader)(text)
    found = None
    try:
        while (token := scanner.get_token()) is not None and token.start_mark.line <= error.line:
            if (isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
                    and token.start_mark.line < token.end_mark.line == error.line):
                closing = token.end_mark.index - 1
                found = token.start_mark, bool(_OPENS_TEXT.search(text, text.rfind("\n", 0, closing) + 1, closing))
    except yaml.YAMLError:
        pass
    return found


def _printers_close(text: str, opening) -> str | None:
    """The message for a straight opening quote whose line ends with a printer's closing one („"…”” – Word's
    AutoFormat): YAML looks for a straight one further on, and adding it would print a stray „””."""
    end = text.find("\n", opening.index)
    line = text[opening.index:end if end >= 0 else len(text)].rstrip()
    if len(line) < 2 or line[0] not in "\"'" or line[-1] not in "”“’‘»«„":
        return None
    return (f"błąd składni YAML: cudzysłów zamykający na końcu tego wiersza jest drukarski („{line[-1]}”), a tekst "
            f"otwiera prosty ({line[0]}), więc YAML szuka prostego dalej – zamień „{line[-1]}” na {line[0]}")


_AFTER_QUOTE = ("błąd składni YAML: po cudzysłowie zamykającym jest jeszcze tekst – ujmij w cudzysłów całą wartość "
                "albo usuń cudzysłowy (cudzysłów wewnątrz tekstu może być typograficzny: „…”)")
_LONG_KEY = ("błąd składni YAML: nazwa pola jest zbyt długa (ponad 1024 znaki) – czy to tekst, który powinien stać "
             "po dwukropku innego pola?")


def _long_key(error) -> bool:
    """YAML reads a field name of at most 1024 characters on one line; past that libyaml says it found no
    colon, at the colon itself."""
    start, end = error.context_mark, error.problem_mark
    return bool(error.context == "while scanning a simple key" and start and end and start.line == end.line
                and end.index - start.index > 1024)


def _apostrophe_slip(text: str, mark):
    """(message, mark at the apostrophe) of a text in apostrophes cut by an apostrophe of its own („'… O'Connorem.'”)
    or opened by two apostrophes typed for a quotation mark („''Spotkanie''”): the value is quoted whole already –
    „ujmij w cudzysłów całą wartość” would not help."""
    start = text.rfind("\n", 0, mark.index) + 1
    end = text.find("\n", mark.index)
    line = text[start:end if end >= 0 else len(text)]
    at = mark.index - start
    opened = re.match(r"[ ]*(?:-[ ]+|[^\s#:'\"][^:#]*:[ ]+)?(?=')", line)
    if not opened or line[at - 1:at] != "'":
        return None
    value = line[opened.end():].split(" #")[0].rstrip()
    if value.startswith("''") and value.endswith("''") and at == opened.end() + 2 and len(value) > 4:
        return (f"błąd składni YAML: dwa apostrofy ('') to nie cudzysłów – YAML czyta je jako pusty tekst w apostrofach; "
                f"wpisz cudzysłów: „{value[2:-2].strip()}”"), yaml.Mark(mark.name, mark.index - 2, mark.line, at - 2, None, None)
    if not (line[at - 2:at - 1].isalpha() and line[at:at + 1].isalpha() and value.endswith("'")):
        return None
    inner = value[1:-1]
    word = re.search(r"\S*$", line[:at - 1]).group() + "'" + re.match(r"[^\s'.,;:!?)]*", line[at:]).group()
    doubled = word.replace("'", "''")
    whole = f" albo ujmij całą wartość w cudzysłów prosty: \"{inner}\"" if '"' not in inner and "\\" not in inner else ""
    return (f"błąd składni YAML: apostrof w „{word}” zamyka tekst ujęty w apostrofy – w takim tekście wpisz go "
            f"podwójnie ({doubled}){whole}"), yaml.Mark(mark.name, mark.index - 1, mark.line, at - 1, None, None)


def _after_quote(text: str, error) -> bool:
    """Whether a quoted text closes just before the error, on its line: „temat: "modernizacji" monitoringu”
    (the quotes meant as quotation marks) is no indentation or colon mistake."""
    scanner = (_FastLoader or _Loader)(text)
    last = None
    try:
        while (token := scanner.get_token()) is not None and token.start_mark.index < error.index:
            last = token
    except yaml.YAMLError:
        pass
    return (isinstance(last, yaml.ScalarToken) and last.style in ('"', "'") and last.end_mark.line == error.line
            and not text[last.end_mark.index:error.index].strip() and text[error.index:error.index + 1] not in _SIGNS)


_SIGNS = ":#,]}"  # after a closing quote these are YAML's own, not the value's text


def compose(text: str):
    """The node tree of a case file's text, with marks (offsets) for tools that edit the
    text in place and keep its comments; aliases and deep nesting refused as when reading."""
    loader = (_FastLoader or _Loader)(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _text_position(text: str, index: int) -> tuple[int, int]:
    """(line, column) of a character, counting lines as editors do (by "\\n")."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode(path: Path, raw: bytes) -> str:
    """A case file's bytes as text; CaseError saying where and why they are no UTF-8 text."""
    return _decode(path, raw)


def _decode(path: Path, raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise CaseError([Problem(path, None, None, None, f"plik jest zbyt duży (ponad {MAX_BYTES // (1024 * 1024)} MB)")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    other = _other_format(raw, path)
    if other:
        raise CaseError([Problem(path, None, None, None, other)])
    wide = _wide_encoding(raw)
    if wide:  # Notepad's "Unicode": every character takes two (or four) bytes
        raise CaseError([Problem(path, None, None, None,
                                 f"plik jest zapisany w kodowaniu {wide}, a nie UTF-8 – zapisz go jako UTF-8, "
                                 "np. w Notatniku: Zapisz jako → Kodowanie: UTF-8")])
    if b"\x00" in raw:
        zero = raw.index(b"\x00")
        try:
            raw.replace(b"\x00", b"").decode("utf-8")
        except UnicodeDecodeError:  # not text at all (an image, an archive…): no place to point at
            raise CaseError([Problem(path, None, None, None,
                                     "to nie jest plik tekstowy (zawiera bajty zerowe) – podaj plik sprawy .yaml")]) from None
        raise CaseError([Problem(path, *_byte_position(raw, zero), None,
                                 "bajt zerowy w pliku tekstowym – usuń go (to nie jest plik tekstowy?)")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CaseError([Problem(path, *_byte_position(raw, exc.start), None,
                                 f"plik nie jest zapisany w kodowaniu UTF-8{_encoding_hint(raw, exc.start)}")]) from None
    return as_lf(text)


LINE_END = re.compile(r"\r\n|\r|\n")  # a case file's line ends: CRLF, a lone CR (old Mac, a stray paste) and LF


def as_lf(text: str) -> str:
    """text with each of its LINE_END as "\\n": the one way every reader of a case file counts its lines – YAML reads a
    lone CR as a line break, so does Notepad, and a tool that kept it would read other paragraphs and lines."""
    return LINE_END.sub("\n", text)


def _other_format(raw: bytes, path: Path) -> str | None:
    """A Word document or an RTF file saved under a case file's name: said as what it is (its bytes gave „zero
    bytes, no text file” or a syntax error at „{”), with the way from a plan in Word to a case file – the file
    itself named when it is a .docx („pismo import PLIK.docx” was a placeholder to fill: rev-sys11 #23)."""
    plan = _plan_format(raw, path)
    if plan:
        return plan
    if raw.startswith(b"PK\x03\x04"):
        return ("to nie jest plik tekstowy, tylko dokument Word (.docx) albo inne archiwum ZIP – jeśli to plan w Wordzie, "
                f"utwórz z niego plik sprawy poleceniem: {import_command(path, '.docx', 'PLIK.docx')}")
    if raw.lstrip().startswith(b"{\\rtf"):
        return ("to jest dokument RTF (zapisany w Wordzie albo WordPadzie), a nie plik sprawy (tekst YAML) – otwórz go "
                "w WordPadzie albo Wordzie i zapisz jako „Zwykły tekst” w kodowaniu UTF-8, z rozszerzeniem .yaml")
    return None


def _plan_format(raw: bytes, path: Path) -> str | None:
    """A plan in PDF, OpenDocument or the old .doc given for a case file, recognised as `pismo import` recognises it
    (kind_of) and told with the way to a case file: „zawiera bajty zerowe” was said of a PDF, „pismo import
    PLIK.docx” of an .odt (rev-sys12 #8)."""
    if not raw.startswith((b"%PDF", b"PK", b"\xd0\xcf\x11\xe0")):  # the importer read only for what may be one
        return None
    from pismo.importer.sources import kind_of
    from pismo.polish import as_typed

    kind = kind_of(raw)
    save = {"odt": ("dokument OpenDocument (LibreOffice, .odt)", "Word 2007–365 .docx"),
            "old-word": ("stary dokument Word (.doc)", "Dokument programu Word")}
    if kind == "pdf":
        return ("to jest plik PDF, a nie plik sprawy (tekst YAML) – jeśli to plan, otwórz go, skopiuj tekst planu do "
                f"pliku .txt i utwórz z niego plik sprawy poleceniem: pismo import {as_typed(path.with_suffix('.txt'))}")
    if kind in save:
        what, as_what = save[kind]
        return (f"to jest {what}, a nie plik sprawy (tekst YAML) – jeśli to plan, zapisz go jako dokument Word (Plik → "
                f"Zapisz jako → {as_what}) i utwórz z niego plik sprawy poleceniem: "
                f"pismo import {as_typed(path.with_suffix('.docx'))}")
    return None


def import_command(path: Path, suffix: str, placeholder: str) -> str:
    """`pismo import` of this file when it has the plan's extension, else of the placeholder."""
    from pismo.polish import as_typed

    return f"pismo import {as_typed(path) if path.suffix.lower() == suffix else placeholder}"


def _encoding_hint(raw: bytes, start: int) -> str:
    """What to do about bytes that are no UTF-8 from `start` on: a whole file in Windows-1250 (no UTF-8 letter before,
    or bytes that are no UTF-8 on several lines – „ÓŁ” of a Windows-1250 heading happens to be a valid UTF-8 pair),
    one line pasted in it, or one damaged byte."""
    bad = [n for n, line in enumerate(raw.split(b"\n")) if "\ufffd" in line.decode("utf-8", "replace")]
    if raw[:start].isascii() or len(bad) > 1:
        return f" (wygląda na kodowanie {'ISO-8859-2' if latin2(raw) else 'Windows-1250'}); zapisz plik jako UTF-8, " \
               "np. w Notatniku: Zapisz jako → Kodowanie: UTF-8" if _reads_as(raw, "cp1250") else "; zapisz plik jako UTF-8"
    line = raw.split(b"\n")[bad[0]]
    if line.decode("utf-8", "replace").count("\ufffd") > 1 and _reads_as(line, "cp1250"):
        return (" w tym wierszu – jego polskie litery są w kodowaniu Windows-1250 (np. wklejone z innego pliku); wpisz "
                "je w tym wierszu ponownie")
    return f" w tym miejscu (bajt 0x{raw[start]:02X}) – usuń ten znak albo wpisz go ponownie"


def latin2(raw: bytes) -> bool:
    """Whether bytes that are no UTF-8 are ISO-8859-2 rather than Windows-1250: the two differ only in „ą ś ź Ą Ś
    Ź”, which ISO-8859-2 writes where Windows-1250 has „± ¶ Ľ ˇ ¦ ¬” – inside a Polish word those are its letters –
    and Windows-1250's „ś ź Ś Ź” are control bytes in ISO-8859-2 (so a file with them is never ISO-8859-2)."""
    try:
        text = raw.decode("iso-8859-2")
    except UnicodeDecodeError:
        return False
    return not _C1.search(text) and bool(_LATIN2_LETTER.search(text))


_C1 = re.compile("[\x80-\x9f]")
_LATIN2_LETTER = re.compile(r"(?<=[^\W\d_])[ąśźĄŚŹ]|[ąśźĄŚŹ](?=[^\W\d_])")


def _reads_as(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32, told by a byte order mark or by the zero bytes of ASCII text."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:400]
    if len(head) >= 8 and (head[1::2].count(0) > 0.9 * len(head[1::2]) or head[0::2].count(0) > 0.9 * len(head[0::2])):
        return "UTF-32" if head[2::4].count(0) > 0.9 * len(head[2::4]) and head[1::4].count(0) > 0.9 * len(head[1::4]) else "UTF-16"
    return None


def _byte_position(raw: bytes, index: int) -> tuple[int, int]:
    """(line, column) of a byte, in characters, counting "\\r\\n", "\\r" and "\\n" as line ends."""
    before = as_lf(raw[:index].decode("utf-8", "replace"))
    return _text_position(before, len(before))


_INDICATORS = {"[": "początek listy", "{": "początek grupy pól", "*": "odwołanie do wartości nazwanej w innym miejscu",
               "&": "nazwę wartości do powtórzenia w innym miejscu",
               "!": "znacznik typu", "|": "tekst blokowy", ">": "tekst blokowy"}
_VALUE_START = re.compile(r"[ ]*(?:-[ ]+)*(?:[^\s#'\"\[\]{}*&!|>-][^:#\n]*:[ ]+)?(?=[\[{*&!|>])")


QUESTION_TOLD = ("wartość zaczyna się od „?”, który w YAML oznacza nazwę pola zapisaną w osobnym wierszu – jeśli to miejsce "
                 "do uzupełnienia, wpisz właściwą wartość (albo UZUPEŁNIJ); jeśli „?” ma zostać, ujmij całą wartość w "
                 "cudzysłów")


def _asked_groups(node, text: str, loc: tuple = ()):
    """loc of each group YAML read from a value opened with its explicit-key „? ” – an officer's „?” for an unknown
    value („- ?”, „- ? do ustalenia”)."""
    if isinstance(node, yaml.MappingNode):
        if re.match(r"\?(?:\s|$)", text[node.start_mark.index:node.start_mark.index + 2]):
            yield loc
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                yield from _asked_groups(value, text, loc + (key.value,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _asked_groups(item, text, loc + (i,))


def _question_start(text: str, mark):
    """(message, mark) when the line of a syntax error has a value opening with „? ” („znak: ?”, „funkcja: ? Burmistrz”)."""
    start = text.rfind("\n", 0, mark.index) + 1 if mark.index <= len(text) else 0
    found = re.compile(r"[ ]*(?:-[ ]+)*[^\s#'\"\[\]{}?-][^:#\n]*:[ ]+(?=\?(?:[ \t]|$))", re.MULTILINE).match(text, start)
    if not found:
        return None
    return "błąd składni YAML: " + QUESTION_TOLD, yaml.Mark(mark.name, found.end(), mark.line, found.end() - start, None, None)


def _indicator_start(text: str, mark):
    """(message, mark) when the line of a syntax error has a value opening with a character YAML reads as
    its own („[1] Zamieszczenie…”, „*Pilne* …”, „!Łęczna”): the fault is that character, not the indentation."""
    start = text.rfind("\n", 0, mark.index) + 1 if mark.index <= len(text) else 0
    found = _VALUE_START.match(text, start)
    if not found or found.end() >= len(text):
        return None
    char = text[found.end()]
    arrow = _arrow_bullet(text, start, found) if char == ">" else None
    if arrow:
        return arrow, yaml.Mark(mark.name, found.end(), mark.line, found.end() - start, None, None)
    slip = _BLOCK_HEADER_SLIP.match(text, found.end()) if char in "|>" else None
    if slip:
        message, at = _header_slip_told(slip, char)
        return message, yaml.Mark(mark.name, at, mark.line, at - start, None, None)
    item = _item_after_text(text, start, found) if char in "|>" else None
    if item:
        return item, yaml.Mark(mark.name, found.end(), mark.line, found.end() - start, None, None)
    lists = _TWO_LISTS.match(text, found.end()) if char == "[" else None
    if lists:
        items = ", ".join(part.strip() for part in (lists.group(1) + "," + lists.group(2)).split(",") if part.strip())
        at = lists.start(2) - 1
        return (f"błąd składni YAML: dwie listy w nawiasach obok siebie – pole przyjmuje jedną; wpisz wszystko w jednych "
                f"nawiasach: [{items}]"), yaml.Mark(mark.name, at, mark.line, at - start, None, None)
    message = _star_bullet(found.group()) if text[found.end():found.end() + 2] in ("* ", "*\t") else None
    message = message or (f"błąd składni YAML: wartość zaczyna się od znaku „{char}”, który w YAML oznacza "
                          f"{_INDICATORS[char]} – jeśli to tekst, ujmij całą wartość w cudzysłów")
    return message, yaml.Mark(mark.name, found.end(), mark.line, found.end() - start, None, None)


def _arrow_bullet(text: str, start: int, found) -> str | None:
    """An e-mail's arrow bullet at a list item („  > Ulotki …” among „- ” items, „- >> Ulotki …”): the advice about
    a block text's header or quoting would leave the item without its dash or print the arrow."""
    arrow = re.match(r">{1,2}(?=[ ]+[^\W\d_])", text[found.end():])
    if not arrow:
        return None
    lines = text.split("\n")
    number = text.count("\n", 0, start)
    if not found.group().strip() and _item_beside(lines, number):
        return (f"błąd składni YAML: punkt listy zaczyna się od „{arrow.group()}” (punktor z e-maila) – YAML rozpoznaje "
                f"punkt listy tylko po zwykłym łączniku „-” i spacji; wpisz „- ” zamiast „{arrow.group()} ”")
    if found.group().rstrip().endswith("-") and ":" not in found.group() and arrow.group() == ">>":
        return ("błąd składni YAML: tekst punktu zaczyna się od „>>” (punktor z e-maila) – pismo samo dodaje punktory, "
                "a YAML czyta „>” jako swój znak; usuń „>> ”")
    return None


def _item_after_text(text: str, start: int, found) -> str | None:
    """A list item „- >-” under a field whose value is already one block text („opis: >-” and a paragraph): the
    paragraphs were turned into one text and a later item kept its dash – quoting „>-” would print it."""
    if not found.group().rstrip().endswith("-") or ":" in found.group():
        return None
    depth = len(found.group().rstrip()) - 1  # the dash's column
    header = re.match(r"[|>][-+]?", text[found.end():]).group()
    lines = text[:start].split("\n")
    for number in range(len(lines) - 1, -1, -1):
        line = lines[number]
        if not line.strip() or line.lstrip().startswith("#") or _indent(line) >= depth:
            continue
        key = _BLOCK_KEY.match(line)
        if not key or not _BLOCK_START.match(line):
            return None
        name = key.group(2)
        return (f"błąd składni YAML: ten wiersz zaczyna element listy („- {header}”), a pole „{name}” (wiersz {number + 1}) "
                f"ma już tekst po „{key.group(3)}” – albo zapisz wszystkie akapity jako elementy listy (każdy od „- "
                f"{header}” pod „{name}:”, bez znaku po „{name}:”), albo dołącz ten akapit do tekstu i usuń „- {header}”")
    return None


_TWO_LISTS = re.compile(r"\[([^\[\]\n]*)\][ \t]*,?[ \t]*\[([^\[\]\n]*)\][ \t]*(?:#.*)?$", re.MULTILINE)


def _star_bullet(before: str) -> str:
    """A star bullet from an e-mail or Markdown: in place of the item's dash („* Otwarcie”), or after it or a field's
    name („- * Otwarcie”) – quoting it, as for YAML's own „*”, would print the star."""
    if "-" in before or ":" in before:
        return ("błąd składni YAML: tekst zaczyna się od „*” (punktor z e-maila albo Markdownu) – pismo samo dodaje "
                "punktory, a YAML czyta „*” jako swój znak specjalny; usuń „* ”")
    return ("błąd składni YAML: punkt listy zaczyna się od „*” (punktor z e-maila albo Markdownu) – YAML rozpoznaje punkt "
            "listy tylko po zwykłym łączniku „-” i spacji; wpisz „- ” zamiast „* ”")


# a block text's header mistyped: Word's or an e-mail's dash after „>” („>–”, the non-breaking „>‑”, the minus „>−”),
# a space before the minus („> -”, „> –”), a sign doubled („>>-”, „>-–”), or the text begun on the header's line
_DASH_SIGNS = "–—\u2011\u2212\u2010"
_BLOCK_HEADER_SLIP = re.compile(rf"[|>](?:(?P<double>[|>])[-+]?|[ ]+(?P<spaced>[-{_DASH_SIGNS}])|(?P<sign>[{_DASH_SIGNS}])"
                                rf"|(?P<kept>[-+])(?P<extra>[-{_DASH_SIGNS}]+)|(?:[-+]?[ ]+|[-+](?=[^\W\d_]))(?P<text>[^#\s][^#\n]*?))"
                                r"[ ]*(?:[ ]#.*)?$", re.MULTILINE)
_HEADER_TOLD = "błąd składni YAML: po „{char}” (tekst blokowy) może stać tylko zwykły łącznik „-” albo nic – "


def _header_slip_told(slip, char: str) -> tuple[str, int]:
    """(message, index) of a mistyped block header: what to change in it, at the sign to change."""
    told = _HEADER_TOLD.format(char=char)
    if slip.group("double"):
        return told + f"usuń drugi znak „{slip.group('double')}” („{char}-”)", slip.start("double")
    if slip.group("spaced"):
        sign = slip.group("spaced")
        fix = "usuń spację między „{0}” a „-”" if sign == "-" else "usuń spację przed „{1}” i zamień go na „-”"
        return told + fix.format(char, sign) + f" („{char}-”)", slip.start("spaced")
    if slip.group("sign"):
        return told + f"zamień „{slip.group('sign')}” na „-” („{char}-”)", slip.start("sign")
    if slip.group("extra"):
        header = char + slip.group("kept")
        return told + f"usuń „{slip.group('extra')}” po „{header}” („{char}-”)", slip.start("extra")
    words = " ".join(slip.group("text").split()[:3])
    if char == ">" and re.fullmatch(r"\d+(?:[.,]\d+)?", words):  # „> 5”: more than five, in a number's field
        return (f"błąd składni YAML: „> {words}” YAML czyta jako początek tekstu blokowego, nie jako „więcej niż "
                f"{words}” – jeśli to liczba, wpisz samą liczbę: {words.replace(',', '.')}; jeśli to tekst, ujmij go "
                f"w cudzysłów"), slip.start()
    if char == ">" and re.match(r"\d", words):  # „> 5 spotkań”: more than five, in a text – moving it drops „more”
        return (f"błąd składni YAML: „> {words}…” YAML czyta jako początek tekstu blokowego, nie jako „więcej niż "
                f"{words.split()[0]}” – jeśli to znaczy „więcej niż”, ujmij całą wartość w cudzysłów prosty "
                f"(\"> {words}…\") albo napisz „ponad {words}…”; jeśli „>” ma zacząć tekst blokowy, przenieś "
                f"„{words}…” do następnego wiersza"), slip.start()
    return (f"błąd składni YAML: po „{slip.group()[:2].strip()}” (początek tekstu blokowego) nic nie wpisuj – przenieś "
            f"„{words}…” do następnego wiersza, z wcięciem takim jak tekst pod nim"), slip.start("text")


# every space (Unicode Zs) YAML does not take for one: hard, thin, figure, ideographic…
_HARD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NO_BREAK = "\u00a0\u2007\u202f"  # told as „twarda spacja”; the rest by name and code


def odd_character(text: str) -> str | None:
    """How to name the first space YAML takes for text or the first invisible character in a value („twarda spacja”,
    „wąska spacja U+2009”, „niewidoczny znak U+200B”), for a message about a value that looks right."""
    found = _ODD.search(text)
    if not found:
        return None
    char = found.group()
    if char in _NO_BREAK:
        return "twarda spacja"
    if char in _HARD_SPACES:
        return f"nietypowa spacja U+{ord(char):04X}"
    return f"niewidoczny znak U+{ord(char):04X}"


def _leading_hard_spaces(text: str, skip: set[int] = frozenset(), last: int | None = None):
    """(line, column) of a hard space in the indentation before a field or a list item: pasted from Word or a
    web page, it looks like a space and YAML takes it for part of the name („  numer”)."""
    for number, line in enumerate(text.split("\n"), 1):
        if last is not None and number > last:
            break
        if number - 1 in skip:
            continue
        body = line.lstrip(" " + _HARD_SPACES)
        if len(body) < len(line) and any(c in _HARD_SPACES for c in line[:len(line) - len(body)]) \
                and re.match(r"(-[ ]|[^\s#:]+:([ ]|$))", body):
            yield number, next(i for i, c in enumerate(line) if c in _HARD_SPACES) + 1


# „temat:<hard space>…”, „-<hard space>…” at a line's start: YAML sees no field and no item, only text
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_HARD_INDICATOR = re.compile(r"^[ ]*(?:-[ ]+)*(?:(-)|[^\s#:'\"\[\]{},-][^\s:#]*:)(?=[" + _HARD_SPACES + _ZERO_WIDTH + "])",
                             re.MULTILINE)
_HARD_REACH = 30  # lines: how far before a syntax error a hard space after a colon may be its cause


def _hard_indicators(text: str):
    """((line, column), message) at each hard space standing where YAML needs an ordinary one – after a field's
    colon or an item's dash (pasted from Word, or AltGr held after „ą”): the field or item is lost in a text."""
    for found in _HARD_INDICATOR.finditer(text):
        where = "po myślniku elementu listy" if found.group(1) else "po dwukropku nazwy pola"
        char = text[found.end()]
        what = ("twarda spacja {} (np. skopiowana z Worda)" if char in _NO_BREAK
                else f"{odd_character(char)} {{}} (np. skopiowana ze strony internetowej albo z PDF)" if char in _HARD_SPACES
                else f"niewidoczny znak U+{ord(char):04X} {{}} (np. skopiowany z Worda albo ze strony internetowej)")
        line = text.count("\n", 0, found.end()) + 1
        column = found.end() - text.rfind("\n", 0, found.end())
        yield (line, column), (what.format(where) + " – YAML wymaga tu zwykłej spacji, więc "
                               "nie widzi w tym wierszu ani pola, ani elementu listy; usuń ten znak i wpisz zwykłą spację")


def _hard_indicator_before(text: str, mark):
    """The hard space nearest before a syntax error (within _HARD_REACH lines): the error is where YAML noticed,
    lines later, that the field was never opened."""
    if mark is None:
        return None
    lines = text.split("\n")
    blocks = _block_lines(lines)
    found = [(where, message) for where, message in _hard_indicators(text[:mark.index + 1])
             if mark.line + 1 - where[0] <= _HARD_REACH and where[0] - 1 not in blocks]
    found = next((hit for hit in reversed(found) if _explains(text, hit[0], mark)), None)
    blank = None if found else _hard_blank_before(lines, mark, blocks)
    return found or (blank if blank and _explains(text, blank[0], mark) else None)


def _meant_as_structure(text: str, where: tuple[int, int], loc: tuple) -> bool:
    """Whether a hard space after a dash or a colon stands where the officer meant YAML's structure: after an item's
    dash, or after a name of a field the value at loc may hold („imie_nazwisko:<U+00A0>…” in an attendee);
    „Dyskusja:<U+00A0>uwagi” or „termin:<U+00A0>uwagi” in a list of texts (an agenda) is the officer's text, read
    and printed as written."""
    index = _index_at(text, where)
    before = text[text.rfind("\n", 0, index) + 1:index]
    return before.endswith("-") or before.strip(" -").rstrip(":") in _names_at(tuple(loc))


@functools.cache
def _names_at(loc: tuple) -> frozenset[str]:
    """The field names a value at loc may hold: the fields of the models its place in the case admits (none for a
    text, such as an agenda's item)."""
    return _names_of(_models_at(tuple(part for part in loc if not isinstance(part, int))) or [])


def _models_at(keys: tuple) -> list | None:
    """The models a value under these field names may be, walked from the case down (a list's models are its
    items'); None where a name is no field or holds no group."""
    from pismo.case.model import Sprawa

    models = [Sprawa]
    for key in keys:
        infos = [info for model in models for name, info in model.model_fields.items() if (info.alias or name) == key]
        models = [found for info in infos for found in _models_in(info.annotation)]
        if not models:
            return None
    return models


def _names_of(models: list) -> frozenset[str]:
    return frozenset(info.alias or name for model in models for name, info in model.model_fields.items())


_BLOCK_START = re.compile(r"[ ]*(?:-[ ]+)*(?:[^\s#'\"][^#]*?:[ ]+)?[|>][-+0-9]*[ ]*(?:#.*)?$")


def _block_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines inside block texts (after a „|” or „>”), found without YAML, for an error's search
    backwards: an officer's „Uwaga:<hard space>…” in a block is text, not a field."""
    inside, depth = set(), None
    for number, line in enumerate(lines):
        if depth is not None and (not line.strip(" ") or _indent(line) > depth):  # a hard space is no blank
            inside.add(number)
            continue
        depth = _indent(line) if _BLOCK_START.match(line) else None
    return inside


def _hard_blank_before(lines: list[str], mark, blocks: set[int]):
    """((line, column), message) of a line that is only hard spaces (Word's empty paragraph) or a comment indented
    with them, shortly before a syntax error: YAML reads the hard space as text where the eye sees nothing."""
    for number in range(min(mark.line, len(lines) - 1), max(mark.line - _HARD_REACH, -1), -1):
        line = lines[number]
        rest = line.lstrip(" " + _HARD_SPACES)
        if number in blocks or (rest and not rest.startswith("#")) or not any(c in _HARD_SPACES for c in line[:len(line) - len(rest)]):
            continue
        column = next(i for i, c in enumerate(line) if c in _HARD_SPACES) + 1
        what = ("wiersz zawiera tylko twardą spację (np. pusty akapit skopiowany z Worda)" if not rest
                else "komentarz jest wcięty twardą spacją (np. skopiowaną z Worda)")
        return (number + 1, column), (f"{what} – YAML czyta ją jako tekst, "
                                      "choć jej nie widać; usuń ją (wiersz może być pusty albo wcięty zwykłymi spacjami)")
    return None


def _tab_only_line(text: str, mark):
    """((line, column), message) of a line of one tab (it looks empty) that YAML stopped at, inside a block text: a
    bare „znak tabulacji – użyj spacji” named no reason where the officer sees an empty line between paragraphs."""
    lines = text.split("\n")
    if mark is None or not 0 < mark.line < len(lines) or lines[mark.line].strip(" \t") or "\t" not in lines[mark.line]:
        return None
    above = mark.line - 1
    while above > 0 and not lines[above].strip():
        above -= 1
    if above not in _block_lines(lines) and not _BLOCK_START.match(lines[above]):
        return None
    return (mark.line + 1, lines[mark.line].index("\t") + 1), (
        "błąd składni YAML: wiersz zawiera tylko znak tabulacji (wygląda na pusty), a stoi wewnątrz tekstu po „|” albo "
        "„>”, którego wcięcie YAML przyjmuje tylko ze spacji – usuń tabulator (wiersz może zostać pusty)")


def _odd_at(text: str, mark):
    """((line, column), message) when YAML stopped at a space it does not take for one: after a closing quote
    („"…"<U+00A0># uwaga”), in a list or group written in brackets."""
    if mark is None or not 0 <= mark.index < len(text) or not _ODD.match(text, mark.index):
        return None
    return (mark.line + 1, mark.column + 1), (f"{odd_character(text[mark.index])} w tym miejscu (np. skopiowana z Worda) – "
                                              "YAML nie traktuje jej jak zwykłej spacji; usuń ją i wpisz zwykłą spację")


def _in_syntax(text: str, index: int) -> bool:
    """Whether a character stands where YAML reads signs, not words: at a line's start (after the indentation),
    beside a colon or a dash, or in a field's name. A soft hyphen inside a word breaks no line's reading."""
    line_start = text.rfind("\n", 0, index) + 1
    before = text[line_start:index]
    after = text[index + 1:index + 2]
    return not before.strip(" -") or before.endswith((":", "-")) or after in (":", "-") \
        or (":" in text[index:text.find("\n", index) if "\n" in text[index:] else len(text)] and " " not in before.strip())


def _invisible_near(text: str, mark):
    """((line, column), message) of an invisible character on the line of a syntax error or the one before (a byte
    order mark left mid-file by joining two files, a zero-width space pasted before a field): the editor shows a
    line that looks right, so the error must name the character."""
    if mark is None:
        return None
    start = text.rfind("\n", 0, text.rfind("\n", 0, mark.index) if mark.index > 0 else 0) + 1
    end = text.find("\n", mark.index)
    found = next((hit for hit in _INVISIBLE.finditer(text, start, end if end >= 0 else len(text))
                  if _in_syntax(text, hit.start())), None)
    if not found:
        return None
    char = found.group()
    name = " (znak kolejności bajtów, np. po sklejeniu dwóch plików)" if char == "\ufeff" else ""
    return _text_position(text, found.start()), (f"niewidoczny znak U+{ord(char):04X}{name} w tym wierszu psuje jego "
                                                 "odczyt – usuń go (w edytorze tekstu skasuj i wpisz ten fragment ponownie)")


_INVISIBLE = re.compile("[" + _ZERO_WIDTH + "\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ODD = re.compile("[" + _HARD_SPACES + _ZERO_WIDTH + "\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _plain_lines(node) -> dict[int, tuple]:
    """Line -> (field, whether the value starts there) of each line a plain (unquoted, not block) value spans:
    where a field or an item written with a hard space ends up as text, and whose type error it explains."""
    lines: dict[int, tuple] = {}
    for loc, item in reversed(list(_scalars(node))):  # where two values share a line, the first one names it
        if not item.style:
            lines.update(dict.fromkeys(range(item.start_mark.line + 2, item.end_mark.line + 2), (loc, False)))
            lines[item.start_mark.line + 1] = (loc, True)
    return lines


_ITEM_LINE = re.compile(r"\n[ ]*-[ ]")
_GLUED_ITEM = ("ten wiersz zaczyna się od „- ” jak nowy element listy, ale ma większe wcięcie niż wiersz powyżej, więc "
               "YAML dołączył go do tamtego tekstu – wyrównaj „-” z pozostałymi elementami listy (jeśli to dalszy "
               "ciąg tekstu, ujmij całą wartość w cudzysłów)")


def _glued_items(root, text: str):
    """(loc, (line, column)) of a line inside a plain value that opens like a list item („    - Ogłoszenia…” under
    „  - Zamieszczenie…”): one space too many and two points of a plan become one, with „sprawdz” content."""
    for loc, node in _scalars(root):
        if not node.style and node.start_mark.line != node.end_mark.line:
            found = _ITEM_LINE.search(text, node.start_mark.index, node.end_mark.index)
            if not found:
                continue
            first = text[node.start_mark.index:node.start_mark.index + 2]
            fallen = _column_1_text(text.split("\n"), node.start_mark.line) if len(loc) == 1 else None
            if fallen:  # „służbowego: ulotki” broken onto column 1: the dash of the next item is no slip
                yield loc, (node.start_mark.line + 1, 1), fallen
            elif first[:1] in _ODD_DASHES and first[:1] not in "-o" and _item_beside(text.split("\n"), node.start_mark.line):
                yield loc, (node.start_mark.line + 1, node.start_mark.column + 1), odd_item(first[:1])
            elif first[:1] == "-" and first[1:] not in (" ", ""):
                yield loc, (node.start_mark.line + 1, node.start_mark.column + 2), _NO_SPACE_AFTER_DASH
            elif first[:1] in _HARD_SPACES and first[1:] == "#":
                yield loc, (node.start_mark.line + 1, node.start_mark.column + 2), _HARD_COMMENT_TAKES
            elif isinstance(loc[-1], str) and _WORD_MARK.match(text, node.start_mark.index):  # a list's first
                # items kept Word's numbers or bullets („1. Otwarcie…”, „a) ul. …”): YAML read them and the „- ” items as one text
                sign = _WORD_MARK.match(text, node.start_mark.index).group(1)
                yield loc, (node.start_mark.line + 1, node.start_mark.column + 1), \
                    odd_item(sign) + " – zmień to na początku każdego punktu tej listy"
            elif isinstance(loc[-1], str) and _takes_list(loc):  # „miejsca: ul. Jaśminowa” over „- ul. Wiosenna”
                yield loc, (node.start_mark.line + 1, node.start_mark.column + 1), \
                    _FIRST_ITEM_ON_KEY.format(name=loc[-1], first=_first_words(text[node.start_mark.index:found.start()]))
            elif isinstance(loc[-1], str):  # a field that takes one text: there are no other items to align with
                yield loc, _text_position(text, found.end() - 2), _DASH_IN_TEXT.format(name=loc[-1])
            else:
                yield loc, _text_position(text, found.end() - 2), _GLUED_ITEM


_FIRST_ITEM_ON_KEY = ("pole „{name}” to lista, a jej pierwszy element („{first}”) stoi w wierszu pola, więc YAML "
                      "połączył go z elementami pod nim w jeden tekst – przenieś „{first}” do nowego wiersza jako "
                      "element „- ” wyrównany z pozostałymi")


def _first_words(text: str) -> str:
    """The start of a value as the officer wrote it, shortened for a message."""
    words = " ".join(text.split())
    return words if len(words) <= 40 else words[:40].rsplit(" ", 1)[0] + "…"


def _takes_list(loc: tuple) -> bool:
    """Whether the field at loc holds a list in the case model („miejsca”, „adres”, „porzadek”)."""
    import typing

    models = _models_at(tuple(part for part in loc[:-1] if not isinstance(part, int))) or []
    infos = [info for model in models for name, info in model.model_fields.items() if (info.alias or name) == loc[-1]]

    def listed(annotation) -> bool:
        return typing.get_origin(annotation) is list or any(listed(arg) for arg in typing.get_args(annotation))
    return bool(infos) and all(listed(info.annotation) for info in infos)


_WORD_MARK = re.compile(rf"([–—•\u2212\u2010\u2011{BULLETS}]|\d{{1,2}}[.)]|[a-z]\)|(?:I{{1,3}}|IV|VI{{0,3}}|IX|X)\.)"
                        r"(?=[ \t\u00a0])")  # „II.”: Word's Roman numbering
_DASH_IN_TEXT = ("ten wiersz zaczyna się od „- ” jak element listy, ale pole „{name}” to jeden tekst, nie lista, więc YAML "
                 "dołączył ten wiersz do tekstu powyżej razem z myślnikiem – jeśli to dalszy ciąg tekstu, usuń myślnik "
                 "albo ujmij całą wartość w cudzysłów")
_NO_SPACE_AFTER_DASH = ("po „-” brak spacji, więc YAML nie widzi tu elementu listy, tylko tekst, do którego dołączył "
                        "następne wiersze – wpisz spację po myślniku")
_HARD_COMMENT_TAKES = ("przed „#” stoi twarda spacja, więc YAML bierze komentarz i wiersze pod nim za wartość tego pola – "
                       "wpisz przed „#” zwykłą spację")


_HARD_KEY = re.compile(r":[" + _HARD_SPACES + _ZERO_WIDTH + "]")


def _hard_keys(node, text: str, path: Path):
    """A key that swallowed its value: „{do:<U+00A0>2026-03-31}” is one key „do: 2026-03-31” with no value in
    brackets, where the line checks of _hard_indicators do not look."""
    stack = [(node, ())]
    while stack:
        item, loc = stack.pop()
        if isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                stack.append((value, loc + (key.value,)) if isinstance(key, yaml.ScalarNode) else (value, loc))
                found = _HARD_KEY.search(key.value) if isinstance(key, yaml.ScalarNode) and not key.style else None
                at = _HARD_KEY.search(text, key.start_mark.index, key.end_mark.index) if found else None
                if at:
                    where = _text_position(text, at.start() + 1)
                    yield Problem(path, *where, _dotted(loc) or None, f"{odd_character(at.group()[1])} po dwukropku nazwy pola – YAML "
                                  "wymaga tu zwykłej spacji, więc czyta nazwę i wartość jako jedną nazwę pola; usuń ten "
                                  "znak i wpisz zwykłą spację")
        elif isinstance(item, yaml.SequenceNode):
            stack += [(value, loc + (i,)) for i, value in enumerate(item.value)]


_HARD_COMMENT = re.compile("[" + _HARD_SPACES + "]#")


def _hard_comments(root, text: str):
    """(loc, line, column) of a „#” after a hard space in a plain value: the editor shows a comment, YAML keeps it
    as text, and the letter prints „… # do potwierdzenia”."""
    for loc, node in _scalars(root):
        if not node.style and _HARD_COMMENT.search(node.value):
            found = _HARD_COMMENT.search(text, node.start_mark.index, node.end_mark.index)
            if found:
                yield (loc, *_text_position(text, found.start() + 1), odd_character(found.group()[0]))


def _refuse_odd_indent(path: Path, text: str, skip: set[int], error=None) -> None:
    """Refuse a tab or a hard space in the indentation of a line YAML reads as structure (after a failed parse: up
    to where it stopped, and only one that causes the error): the editor shows it as spaces. Lines of a block or
    quoted text (`skip`, 0-based) are left alone – there the character is the officer's text, and YAML reads it so."""
    last = error.line + 1 if error is not None else None
    tab = next((at for at in _leading_tabs(text, skip, last) if error is None or _explains(text, at, error)), None)
    if tab:
        raise CaseError([Problem(path, tab[0], tab[1], None,
                                 "znak tabulacji we wcięciu – YAML wymaga wcięć spacjami; zamień tabulatory na spacje")])
    hard = next((at for at in _leading_hard_spaces(text, skip, last) if error is None or _explains(text, at, error)), None)
    if hard:
        raise CaseError([Problem(path, hard[0], hard[1], None,
                                 "twarda spacja we wcięciu (np. skopiowana z Worda albo ze strony internetowej) – "
                                 "YAML wymaga wcięć zwykłymi spacjami; usuń wcięcie tego wiersza i wpisz je spacjami")])
    hard = next((at for at in _hard_text_indents(text, skip, last) if _explains(text, at, error)), None) \
        if error is not None else None
    if hard:
        raise CaseError([Problem(path, hard[0], hard[1], None,
                                 "twarda spacja we wcięciu wiersza tekstu (np. skopiowana z Worda albo ze strony "
                                 "internetowej) – YAML liczy wcięcie tylko zwykłymi spacjami, więc ten wiersz ma dla niego "
                                 "mniejsze wcięcie niż tekst nad nim, choć w edytorze wygląda na wyrównany; usuń wcięcie "
                                 "tego wiersza i wpisz je spacjami")])


def _hard_text_indents(text: str, blocks: set[int], last: int):
    """(line, column) of a hard space in the indentation of a line right under a text's line (a block's, its „|”,
    „>” line, or a plain text's): it looks aligned, but YAML counts only spaces, so the text ends there and the line is read as a field."""
    lines = text.split("\n")
    for number in range(1, min(last, len(lines))):
        line = lines[number]
        body = line.lstrip(" " + _HARD_SPACES)
        above = number - 1
        while above > 0 and not lines[above].strip(" "):
            above -= 1
        if body and not body.startswith("#") and number not in blocks and any(c in _HARD_SPACES for c in line[:len(line) - len(body)]) \
                and (above in blocks or _BLOCK_START.match(lines[above]) or _PLAIN_ABOVE.match(lines[above])):
            yield number + 1, next(i for i, c in enumerate(line) if c in _HARD_SPACES) + 1


def _text_lines(root) -> set[int]:
    """0-based indexes of the lines after the first of each block („|”, „>”), quoted or plain text, from the parse."""
    lines = set()
    for _, node in _scalars(root):
        if node.end_mark.line > node.start_mark.line:
            end = node.end_mark.line - (node.style in ("|", ">") and node.end_mark.column == 0)  # a block ends at the next line's start
            lines.update(range(node.start_mark.line + 1, end + 1))
    return lines


def _leading_tabs(text: str, skip: set[int] = frozenset(), last: int | None = None):
    for number, line in enumerate(text.split("\n"), 1):
        if last is not None and number > last:
            break
        indent = len(line) - len(line.lstrip(" \t"))
        if "\t" in line[:indent] and line.strip() and not line.lstrip().startswith("#") and number - 1 not in skip:
            yield number, line.index("\t") + 1


def _explains(text: str, where: tuple[int, int], error) -> bool:
    """Whether the odd space at (line, column) causes the syntax error at `error`: with an ordinary space in its
    place the file reads, or fails further on. A hard space or a tab inside a quoted or plain text is the officer's
    text and explains nothing – the error below it is told as it is."""
    index = _index_at(text, where)
    end = index + 1
    while end < len(text) and text[end] in _HARD_SPACES + " \t":  # the whole run: „<U+00A0><U+00A0># …”
        end += 1
    try:
        compose(text[:index] + " " * (end - index) + text[end:])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark is None or mark.index > error.index  # with it fixed, YAML reads further
    except (yaml.YAMLError, _AliasRefused, _TooDeep):
        return True
    return True


def _index_at(text: str, where: tuple[int, int]) -> int:
    """The index of the character at (line, column), both from 1."""
    start = 0
    for _ in range(where[0] - 1):
        start = text.index("\n", start) + 1
    return start + where[1] - 1


def _at(path: Path, mark, message: str, loc: tuple = ()) -> Problem:
    field = _dotted(loc) or None
    if mark is None:
        return Problem(path, None, None, field, message)
    return Problem(path, mark.line + 1, mark.column + 1, field, message)


_DASH_OPENS = ("„- ” po nazwie pola w tym samym wierszu – YAML czyta myślnik jako początek listy, a lista nie może "
               "zaczynać się w wierszu nazwy pola; jeśli to tekst, usuń myślnik albo ujmij całą wartość w cudzysłów; "
               "jeśli to lista, przenieś „- …” do nowego wiersza, wciętego głębiej niż nazwa pola")
_YAML_MESSAGES = {
    "found character '\\t' that cannot start any token": "znak tabulacji – użyj spacji",
    "found a tab character where an indentation space is expected": "znak tabulacji na początku wiersza tekstu po „|” "
                                                                    "albo „>” – YAML wymaga, by wcięcie tego tekstu "
                                                                    "było ze spacji; zamień tabulator na spacje",
    "mapping values are not allowed": "dwukropek w niedozwolonym miejscu – tekst z dwukropkiem ujmij w cudzysłów",
    "did not find expected key": "nieprawidłowe wcięcie albo brak dwukropka – sprawdź wcięcia pól tego samego poziomu",
    "found character that cannot start any token": "znak, od którego nie może zaczynać się wartość (np. tabulator, @ lub `) – ujmij tekst w cudzysłów",
    "did not find expected '-' indicator": "element listy w złym miejscu – sprawdź wcięcia",
    "block sequence entries are not allowed": _DASH_OPENS,
    "sequence entries are not allowed": _DASH_OPENS,
    "could not find expected ':'": "brak dwukropka po nazwie pola",
    "found unexpected end of stream": "nieoczekiwany koniec pliku – sprawdź cudzysłowy i nawiasy",
    "expected <block end>, but found '-'": "element listy w złym miejscu – sprawdź wcięcia",
    "found undefined tag handle": "nieznany znacznik YAML (!)",
    "but found another document": "plik zawiera więcej niż jeden dokument YAML (kolejny zaczyna się od „---”) – "
                                  "jeden plik to jedna sprawa; usuń „---” albo podziel plik",
    "exceeded maximum nesting depth": _TOO_DEEP,
}


def _reserved_start(text: str, mark, exc) -> str | None:
    """The character a value may not open with, named („%”, „@”, „`”) – the generic text listed others."""
    if not (exc.problem or "").startswith("found character that cannot start any token") or mark is None \
            or mark.index >= len(text) or text[mark.index] in "\t":
        return None
    char = text[mark.index]
    if char == "`":
        return ("błąd składni YAML: wartość zaczyna się od „`” – odwrócony apostrof nie jest w YAML cudzysłowem; ujmij "
                "tekst w cudzysłów prosty (\"…\") albo apostrofy ('…')")
    line_start = text.rfind("\n", 0, mark.index) + 1
    if char == "%" and not text[line_start:mark.index].strip() and text[mark.index + 1:mark.index + 2] in " \t":
        return _NOTE_TOLD.format(sign="%")  # „% sprawdzić temat” on a line of its own: a note, no value to quote
    return (f"błąd składni YAML: wartość zaczyna się od znaku „{char}”, od którego w YAML nie może zaczynać się tekst – "
            "ujmij całą wartość w cudzysłów prosty (\"…\")")


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or ""
    for english, polish in _YAML_MESSAGES.items():
        if problem.startswith(english):
            return f"błąd składni YAML: {polish}"
    if "expected" in problem and "block" in problem:
        return "błąd składni YAML: nieprawidłowe wcięcie – sprawdź, czy pola tego samego poziomu mają równe wcięcia"
    return "błąd składni YAML – sprawdź wcięcia, dwukropki i cudzysłowy w tym miejscu"


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _build(node, loc: tuple, doc: Document, problems: list):
    """Plain data from a node tree (at most MAX_DEPTH deep: the composer refuses more)."""
    doc.positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if getattr(node, "flow_style", False):
        doc.flows.add(loc)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc), _tag_told(node)))
        return None
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(node, loc, doc, problems)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loc + (i,), doc, problems) for i, item in enumerate(node.value)]
    return _scalar(node, loc, doc, problems)


def _build_mapping(node, loc, doc, problems):
    result: dict = {}
    before = None  # the previous (key, value) node pair
    for key_node, value_node in node.value:
        _note_after_block(before, key_node, loc, doc)
        if not (isinstance(key_node, yaml.ScalarNode) and key_node.value in result):  # a repeat: its first line counts
            _note_groups_above(before, key_node, loc, doc)
        before = key_node, value_node
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(_at(doc.path, key_node.start_mark, "nazwa pola musi być zwykłym tekstem"))
            continue
        if key_node.tag == "tag:yaml.org,2002:merge":
            problems.append(_at(doc.path, key_node.start_mark, "scalanie kluczy (<<) nie jest obsługiwane"))
            continue
        key = key_node.value
        hidden = next((ch for ch in key if unicodedata.category(ch) in _HIDDEN), None)
        if hidden is not None:  # field names go into every message's path: keep them printable
            problems.append(_at(doc.path, key_node.start_mark,
                                f"nazwa pola {visible(quoted(key))} zawiera niewidoczny lub sterujący znak "
                                f"U+{ord(hidden):04X} – usuń go", loc))
            doc.hidden_keys.add(loc + ("".join(ch for ch in key if unicodedata.category(ch) not in _HIDDEN),))
            continue
        if key in result:
            doc.repeated.add(loc + (key,))
            first = doc.key_positions.get(loc + (key,), ("?", "?"))
            told = _list_again(key, value_node, result[key], loc, doc) or \
                f"pole {quoted(key)} powtórzone (pierwszy raz w wierszu {first[0]}) – zostaw jedno"
            problems.append(Problem(doc.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                    _dotted(loc + (key,)), told))
            continue
        doc.key_positions[loc + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        result[key] = _build(value_node, loc + (key,), doc, problems)
    return result


def _list_again(key: str, node, first, loc: tuple, doc: Document) -> str | None:
    """A list's header pasted again with items copied from it („spotkania:” and a meeting at the file's end): told to
    move the items under the first list – „zostaw jedno” deleted the header and left the items under the group above."""
    items = node.value if isinstance(node, yaml.SequenceNode) and not node.flow_style else []
    known = first[0] if isinstance(first, list) and first and isinstance(first[0], dict) else None
    if not known or not items or not all(isinstance(item, yaml.MappingNode) and item.value for item in items) \
            or items[0].value[0][0].value not in known:
        return None
    header = doc.key_positions[loc + (key,)][0]
    last = doc.positions.get(loc + (key, len(first) - 1), (header,))[0]
    return (f"lista {quoted(key)} jest już w wierszu {header} – przenieś punkty spod tego wiersza (od wiersza "
            f"{items[0].start_mark.line + 1}) pod jej ostatni punkt (wiersz {last}), z tym samym wcięciem, i usuń ten "
            "wiersz")


def _note_after_block(before, key_node, loc: tuple, doc: Document) -> None:
    """Record a key whose line directly follows a block text („|”, „>”) of the field before it: if the name is
    unknown, the line is more likely the text's own, dedented by mistake („Uwaga: …”), than a new field."""
    if before is None or not isinstance(before[0], yaml.ScalarNode) or not isinstance(key_node.value, str):
        return
    name, value = before
    if isinstance(value, yaml.ScalarNode) and value.style in ("|", ">") and \
            value.end_mark.line == key_node.start_mark.line and value.end_mark.line > value.start_mark.line + 1:
        doc.after_block[loc + (key_node.value,)] = (name.value, name.start_mark.line + 1, None)
        return
    item = value.value[-1] if isinstance(value, yaml.SequenceNode) and value.value else None
    if isinstance(item, yaml.ScalarNode) and not item.style and item.end_mark.line + 1 == key_node.start_mark.line \
            and key_node.start_mark.column < item.start_mark.column - 2:  # a last item's text fallen to column 1
        doc.after_block[loc + (key_node.value,)] = (name.value, item.end_mark.line + 1, "item")


def _note_groups_above(before, key_node, loc: tuple, doc: Document) -> None:
    """Record the groups the line above a key stands in, nearest first (the last action of „dzialania:”, its
    „termin:”; an empty „okres:”): a key written without their indentation („partnerzy:” of an action at column 1,
    „od:” under „okres:”) falls out of them, and its error must name the group it was meant for."""
    if before is None or not isinstance(before[0], yaml.ScalarNode) or not isinstance(key_node.value, str):
        return
    groups, path, value = [], loc + (before[0].value,), before[1]
    while True:
        if isinstance(value, yaml.SequenceNode) and value.value:
            path, value = path + (len(value.value) - 1,), value.value[-1]
            continue
        if isinstance(value, yaml.MappingNode) or (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")):
            groups.append((path, doc.key_positions.get(path, doc.where(path))[0]))
        if not isinstance(value, yaml.MappingNode) or not value.value or not isinstance(value.value[-1][0], yaml.ScalarNode):
            break
        path, value = path + (value.value[-1][0].value,), value.value[-1][1]
    via = None
    if not groups and loc + (before[0].value,) in doc.groups_above:  # „od:” and „do:” both out of „okres:”
        via = loc + (before[0].value,)
        groups = doc.groups_above[via][0]
    if groups:
        doc.groups_above[loc + (key_node.value,)] = (groups[::-1] if via is None else groups, via)


def _scalar(node, loc, doc, problems):
    tag = node.tag
    value = node.value
    if node.style == ">":
        return value.replace("\n", "\n\n")  # a folded blank line still separates paragraphs
    if tag == "tag:yaml.org,2002:str" or node.style in ("'", '"', "|"):
        return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:int":
        if len(value.lstrip("+-")) > MAX_DIGITS:
            problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc),
                                    f"liczba ma zbyt wiele cyfr (ponad {MAX_DIGITS}) – jeśli to tekst (np. numer konta), "
                                    "ujmij go w cudzysłów"))
            return None
        return int(value)
    if tag == "tag:yaml.org,2002:float":
        return float(value)
    if tag == "tag:yaml.org,2002:timestamp":
        year, month, day = (int(part) for part in value.split("-"))
        try:
            return dt.date(year, month, day)
        except ValueError:
            problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc),
                                    f"niemożliwa data {value} – taki dzień nie istnieje"))
            return None
    if tag.startswith("!") or tag.startswith("tag:"):
        problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc), _tag_told(node)))
        return None
    return value


_STANDARD_TAG = "tag:yaml.org,2002:"  # „!!str” as YAML names it


def _tag_told(node) -> str:
    """A value opening with „!” („!Pilne ogłoszenia”, „!!! Uwaga”): an officer's emphasis YAML took for a type tag –
    said as _indicator_start says it at a syntax error, with the quoted value to write."""
    tag = node.tag
    written = "!!" + tag[len(_STANDARD_TAG):] if tag.startswith(_STANDARD_TAG) else tag if tag.startswith("!") \
        else f"!<{tag}>"
    words = node.value.split() if isinstance(node.value, str) else []
    shown = visible(" ".join([written] + words[:4])) + ("…" if len(words) > 4 else "")
    return (f"wartość zaczyna się od znaku „!”, który w YAML oznacza {_INDICATORS['!']} („{visible(written)}”) – jeśli to "
            f"tekst, ujmij całą wartość w cudzysłów: \"{shown}\"")

