"""Corpus files with their expected outcome in a comment header (tests/broken, tests/hostile).

Each corpus file starts with comment lines that say what must happen to it:

    # oczekiwane: WIERSZ:KOLUMNA: pole: fragment komunikatu     (an error)
    # oczekiwane: -:-: -: fragment komunikatu                    (an error about the whole file)
    # ostrzeżenie: WIERSZ:KOLUMNA: pole: fragment komunikatu    (a warning)
    # oczekiwane: wczytuje się bez błędów                        (loads cleanly)
    # oczekiwane: dokumenty                                      (every document is made)
    # w dokumencie PLIK.docx: tekst                              (that document's text holds it)
    # znany-błąd: opis                                           (xfail: a known bug)

"pole" is the dotted field path, "-" when the problem has none, "*" for any.
Problems are matched one to one: nothing expected may be missing and nothing
unexpected may be reported. The text after "w dokumencie PLIK.docx:" is taken
literally (to the end of the line, tabs included); the test looks for it after
Polish typography (pismo.polish.typography), as every printed value gets it.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from pismo.case.problems import Problem

HOSTILE = Path(__file__).parent / "hostile"
WZORZEC = HOSTILE / "wzorzec.yaml"  # a valid case using every field of the model
WZORZEC_TEXT = WZORZEC.read_text(encoding="utf-8")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Expected:
    line: int | None
    column: int | None
    field: str  # dotted path, "-" for none, "*" for any
    fragment: str
    warning: bool = False

    def matches(self, problem: Problem) -> bool:
        if (problem.line, problem.column) != (self.line, self.column):
            return False
        if self.field == "-" and problem.field is not None:
            return False
        if self.field not in ("-", "*") and problem.field != self.field:
            return False
        return self.fragment in problem.message and problem.warning == self.warning

    def __str__(self) -> str:
        kind = "ostrzeżenie" if self.warning else "błąd"
        return f"{kind} {self.line}:{self.column}: {self.field}: {self.fragment}"


@dataclass
class Spec:
    expected: list[Expected] = field(default_factory=list)
    loads: bool = False
    documents: bool = False
    texts: list[tuple[str, str]] = field(default_factory=list)  # (document file name, text)
    known_bug: str | None = None
    blocked: list[str] = field(default_factory=list)  # kinds left out: the others are written (exit code 4)

    @property
    def errors(self) -> list[Expected]:
        return [e for e in self.expected if not e.warning]

    @property
    def warnings(self) -> list[Expected]:
        return [e for e in self.expected if e.warning]


_LINE = re.compile(r"^# (oczekiwane|ostrzeżenie): (\d+|-):(\d+|-): (\S+): (.+)$")
_TEXT = re.compile(r"^# w dokumencie (\S+\.docx): (.+)$")


def parse_spec(path: Path) -> Spec:
    """Read the header comments of a corpus file (a UTF-8 BOM and CRLF line ends allowed)."""
    spec = Spec()
    text = path.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    for line in text.split("\n"):  # only "\n": a U+2028 later in the file is not a header line end
        line = line.removesuffix("\r")
        if not line.startswith("#"):
            break
        if line.startswith("# znany-błąd:"):
            spec.known_bug = line.split(":", 1)[1].strip()
        elif line.strip() == "# oczekiwane: wczytuje się bez błędów":
            spec.loads = True
        elif line.startswith("# niekompletna:"):
            spec.blocked = [kind.strip() for kind in line.split(":", 1)[1].split(",")]
        elif line.strip() == "# oczekiwane: dokumenty":
            spec.documents = True
        elif match := _TEXT.match(line):
            spec.texts.append((match[1], match[2]))
        elif match := _LINE.match(line):
            kind, row, col, fld, fragment = match.groups()
            if (row == "-") != (col == "-"):
                raise AssertionError(f"{path.name}: wiersz i kolumna: obie liczby albo obie „-”: {line!r}")
            spec.expected.append(Expected(None if row == "-" else int(row), None if col == "-" else int(col),
                                          fld, fragment, kind == "ostrzeżenie"))
        elif line.startswith(("# oczekiwane", "# ostrzeżenie", "# w dokumencie")):
            raise AssertionError(f"{path.name}: nieczytelny wiersz nagłówka: {line!r}")
    assert spec.loads or spec.documents or spec.expected, f"{path.name}: brak wierszy „# oczekiwane:” na początku pliku"
    assert not (spec.documents and spec.errors), f"{path.name}: „dokumenty” i błędy naraz"
    assert not spec.texts or spec.documents, f"{path.name}: „w dokumencie” bez „oczekiwane: dokumenty”"
    return spec


def assert_problems(problems: list[Problem], expected: list[Expected], path: Path) -> None:
    """One-to-one match of reported problems and expectations."""
    remaining = list(problems)
    missing = []
    for exp in expected:
        hit = next((p for p in remaining if exp.matches(p)), None)
        if hit is None:
            missing.append(exp)
        else:
            remaining.remove(hit)
    report = "\n".join(str(p) for p in problems)
    assert not missing, "nie zgłoszono:\n" + "\n".join(map(str, missing)) + "\nzgłoszono:\n" + report
    assert not remaining, "zgłoszono nadmiarowo:\n" + "\n".join(map(str, remaining))
    for problem in problems:
        assert problem.file == path
        assert "Traceback" not in problem.message and "\n" not in problem.message


_WHERE = re.compile(r"^(\d+):(\d+):")
_FIELD = re.compile(r"^([^\s:]+): ")  # a dotted path has no spaces; no message starts with "word: "
_WARNING = "ostrzeżenie: "


def problems_from_output(output: str, path: Path, ignore: tuple[str, ...] = ()) -> list[Problem]:
    """The problems a command printed about one file (lines "PLIK[:W:K]: [pole: ]komunikat").

    This is the inverse of str(Problem); lines that do not start with the file's
    name, and messages listed in ignore (the closing summary), are skipped.
    """
    prefix = f"{path}:"
    problems = []
    for line in output.splitlines():
        if not line.startswith(prefix):
            continue
        rest = line[len(prefix):]
        row = col = None
        if where := _WHERE.match(rest):
            row, col = int(where[1]), int(where[2])
            rest = rest[where.end():]
        rest = rest.removeprefix(" ")
        fld = None
        if found := _FIELD.match(rest):
            fld, rest = found[1], rest[found.end():]
        warning = rest.startswith(_WARNING)
        message = rest.removeprefix(_WARNING)
        if message in ignore:
            continue
        problems.append(Problem(path, row, col, fld, message, warning))
    return problems


def document_text(data: bytes) -> str:
    """Text of a .docx body as Word lays it out: paragraphs on lines, tabs and breaks kept."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    lines = []
    for paragraph in root.iter(f"{W}p"):
        parts = []
        for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(node.text or "" if node.tag == f"{W}t" else "\t" if node.tag == f"{W}tab" else "\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def corpus_params(folder: Path) -> list:
    """One pytest param per NN-name.yaml in folder; a `znany-błąd` header makes it a strict xfail."""
    import pytest

    params = []
    for path in sorted(folder.glob("[0-9]*.yaml")):
        spec = parse_spec(path)
        marks = [pytest.mark.xfail(strict=True, reason=spec.known_bug)] if spec.known_bug else []
        params.append(pytest.param(path, spec, id=path.stem, marks=marks))
    return params


def with_value(data, loc: tuple, value):
    """A deep copy of case data with one value replaced at loc."""
    import copy

    data = copy.deepcopy(data)
    target = data
    for part in loc[:-1]:
        target = target[part]
    target[loc[-1]] = value
    return data
