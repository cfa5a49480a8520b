"""Safe YAML reading that remembers where every value stands in the file.

Case files are written by hand, so every later error must point at a line and
column. We compose PyYAML's node tree ourselves (no object construction, no
aliases) and keep a map from each value's path to its position.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pismo.problems import CaseError, Problem, dotted as _dotted

Path_ = tuple  # a value's path: keys and list indexes, e.g. ("dzialania", 0, "opis")

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
MAX_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 50


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
    """PyYAML's composer, refusing anchors and aliases (no alias bombs, no shared values)."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.events.AliasEvent) or getattr(event, "anchor", None):
            raise _AliasRefused(event.start_mark)
        return super().compose_node(parent, index)


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


@dataclass
class Document:
    """A read case file: plain data plus the position of every value."""

    path: Path
    data: object
    positions: dict = field(default_factory=dict)  # path -> (line, column)
    key_positions: dict = field(default_factory=dict)  # path -> (line, column) of the key
    problems: list = field(default_factory=list)  # non-fatal: reported with the model's

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


def read_case_file(path: Path) -> Document:
    """Read a case file; raise CaseError with located Polish messages."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CaseError([Problem(path, None, None, None, "plik nie istnieje")]) from None
    except IsADirectoryError:
        raise CaseError([Problem(path, None, None, None, "to jest folder, a nie plik sprawy")]) from None
    except OSError as exc:
        raise CaseError([Problem(path, None, None, None, f"nie można odczytać pliku ({exc.strerror})")]) from None
    return parse_case_bytes(path, raw)


def parse_case_bytes(path: Path, raw: bytes) -> Document:
    text = _decode(path, raw)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise CaseError([Problem(path, 1, 1, None, "plik jest pusty – uzupełnij dane sprawy (wzór: pismo nowa PLIK.yaml)")])
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise CaseError([Problem(path, line, column, None,
                                 f"niedozwolony znak sterujący U+{ord(bad.group()):04X} – usuń go z pliku")])
    tab = _leading_tab(text)
    if tab:
        raise CaseError([Problem(path, tab[0], tab[1], None,
                                 "znak tabulacji we wcięciu – YAML wymaga wcięć spacjami; zamień tabulatory na spacje")])
    try:
        loader = (_FastLoader or _Loader)(text)
        collecting = gc.isenabled()
        gc.disable()  # the parse tree is acyclic; the collector only slows large files down
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
            if collecting:
                gc.enable()
    except _AliasRefused as exc:
        raise CaseError([_at(path, exc.mark, "kotwice i aliasy YAML (& i *) nie są obsługiwane – wpisz dane wprost")]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = _yaml_message(exc)
        if exc.context and "quoted scalar" in exc.context and exc.context_mark:
            mark = exc.context_mark  # an unclosed quote: point where it opens
            message = "błąd składni YAML: niezamknięty cudzysłów – dopisz cudzysłów zamykający"
        raise CaseError([_at(path, mark, message)]) from None
    except yaml.YAMLError as exc:
        raise CaseError([Problem(path, None, None, None, f"błąd składni YAML: {exc}")]) from None
    except RecursionError:
        raise CaseError([Problem(path, None, None, None, "zbyt głębokie zagnieżdżenie danych")]) from None
    doc = Document(path=path, data=None)
    doc.data = _build(node, (), doc, doc.problems, 0)
    return doc


def _decode(path: Path, raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise CaseError([Problem(path, None, None, None, f"plik jest zbyt duży (ponad {MAX_BYTES // (1024 * 1024)} MB)")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        raise CaseError([Problem(path, None, None, None, "to nie jest plik tekstowy (zawiera bajty zerowe) – podaj plik sprawy .yaml")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        hint = ""
        try:
            raw.decode("cp1250")
            hint = " (wygląda na kodowanie Windows-1250); zapisz plik jako UTF-8, np. w Notatniku: Zapisz jako → Kodowanie: UTF-8"
        except UnicodeDecodeError:
            hint = "; zapisz plik jako UTF-8"
        raise CaseError([Problem(path, line, col, None, f"plik nie jest zapisany w kodowaniu UTF-8{hint}")]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _leading_tab(text: str):
    for number, line in enumerate(text.split("\n"), 1):
        indent = len(line) - len(line.lstrip(" \t"))
        if "\t" in line[:indent] and line.strip() and not line.lstrip().startswith("#"):
            return number, line.index("\t") + 1
    return None


def _at(path: Path, mark, message: str) -> Problem:
    if mark is None:
        return Problem(path, None, None, None, message)
    return Problem(path, mark.line + 1, mark.column + 1, None, message)


_YAML_MESSAGES = {
    "found character '\\t' that cannot start any token": "znak tabulacji – użyj spacji",
    "mapping values are not allowed": "dwukropek w niedozwolonym miejscu – tekst z dwukropkiem ujmij w cudzysłów",
    "did not find expected key": "nieprawidłowe wcięcie albo brak dwukropka – sprawdź wcięcia pól tego samego poziomu",
    "found character that cannot start any token": "znak, od którego nie może zaczynać się wartość (np. tabulator, @ lub `) – ujmij tekst w cudzysłów",
    "did not find expected '-' indicator": "element listy w złym miejscu – sprawdź wcięcia",
    "could not find expected ':'": "brak dwukropka po nazwie pola",
    "found unexpected end of stream": "nieoczekiwany koniec pliku – sprawdź cudzysłowy i nawiasy",
    "expected <block end>, but found '-'": "element listy w złym miejscu – sprawdź wcięcia",
    "found undefined tag handle": "nieznany znacznik YAML (!)",
}


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or ""
    for english, polish in _YAML_MESSAGES.items():
        if problem.startswith(english):
            return f"błąd składni YAML: {polish}"
    if "expected" in problem and "block" in problem:
        return "błąd składni YAML: nieprawidłowe wcięcie – sprawdź, czy pola tego samego poziomu mają równe wcięcia"
    return "błąd składni YAML – sprawdź wcięcia, dwukropki i cudzysłowy w tym miejscu"


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _build(node, loc: tuple, doc: Document, problems: list, depth: int):
    doc.positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if depth > MAX_DEPTH:
        problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc), f"zbyt głębokie zagnieżdżenie (ponad {MAX_DEPTH} poziomów)"))
        return None
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc), f"nieobsługiwany znacznik YAML {node.tag}"))
        return None
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(node, loc, doc, problems, depth)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loc + (i,), doc, problems, depth + 1) for i, item in enumerate(node.value)]
    return _scalar(node, loc, doc, problems)


def _build_mapping(node, loc, doc, problems, depth):
    result: dict = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(_at(doc.path, key_node.start_mark, "nazwa pola musi być zwykłym tekstem"))
            continue
        if key_node.tag == "tag:yaml.org,2002:merge":
            problems.append(_at(doc.path, key_node.start_mark, "scalanie kluczy (<<) nie jest obsługiwane"))
            continue
        key = key_node.value
        if key in result:
            first = doc.key_positions.get(loc + (key,), ("?", "?"))
            problems.append(Problem(doc.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                    _dotted(loc + (key,)),
                                    f"pole „{key}” powtórzone (pierwszy raz w wierszu {first[0]}) – zostaw jedno"))
            continue
        doc.key_positions[loc + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        result[key] = _build(value_node, loc + (key,), doc, problems, depth + 1)
    return result


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
        problems.append(Problem(doc.path, *doc.positions[loc], _dotted(loc), f"nieobsługiwany znacznik YAML {tag}"))
        return None
    return value

