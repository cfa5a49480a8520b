"""Broken case files: every problem is refused with a located Polish message.

The corpus lives in tests/broken/NN-name.yaml. Each file starts with comment lines
that say what loading it must report:

    # oczekiwane: WIERSZ:KOLUMNA: pole: fragment komunikatu     (an error)
    # ostrzeżenie: WIERSZ:KOLUMNA: pole: fragment komunikatu    (a warning)
    # oczekiwane: wczytuje się bez błędów                        (loads cleanly)
    # znany-błąd: opis                                           (xfail: a known bug)

"pole" is the dotted field path, "-" when the problem has none, "*" for any.
Problems are matched one to one: nothing expected may be missing and nothing
unexpected may be reported. A file with only "ostrzeżenie" lines must load, with
exactly those warnings in case.warnings.

Files that cannot carry such a header (empty, other encodings, BOM, CRLF) are
generated below from MINIMAL, a small valid case.
"""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from pismo.loader import load_case
from pismo.problems import CaseError, Problem

HERE = Path(__file__).parent
BROKEN = HERE / "broken"
ROOT = HERE.parent

MINIMAL = """\
jednostka:
  nazwa: Komenda Powiatowa Policji w Przykładowie
  naglowek:
    - KOMENDA POWIATOWA POLICJI
  miejscowosc: Przykładowo
osoby:
  dzielnicowy:
    imie_nazwisko: Jan Testowy
    plec: M
rejon:
  numer: 1
okres:
  od: 2026-03-01
  do: 2026-08-31
zagrozenie:
  opis: Spożywanie alkoholu w miejscu publicznym.
cel:
  opis: Ograniczenie spożywania alkoholu w miejscu publicznym.
dzialania:
  - id: obchody
    opis: Obchody rejonu służbowego
    termin:
      do: 2026-08-31
    partnerzy: [straz]
partnerzy:
  - id: straz
    nazwa: Straż Miejska w Przykładowie
    zadania: Wspólne patrole.
    adresaci:
      - id: komendant-sm
        nazwa:
          - Straż Miejska w Przykładowie
informowanie:
  - Informowanie podczas obchodu rejonu służbowego.
"""


# --------------------------------------------------------------------- expectations


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
    known_bug: str | None = None

    @property
    def errors(self) -> list[Expected]:
        return [e for e in self.expected if not e.warning]


_LINE = re.compile(r"^# (oczekiwane|ostrzeżenie): (\d+):(\d+): (\S+): (.+)$")


def parse_spec(path: Path) -> Spec:
    """Read the header comments of a corpus file."""
    spec = Spec()
    text = path.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# znany-błąd:"):
            spec.known_bug = line.split(":", 1)[1].strip()
        elif line.strip() == "# oczekiwane: wczytuje się bez błędów":
            spec.loads = True
        elif match := _LINE.match(line):
            kind, row, col, fld, fragment = match.groups()
            spec.expected.append(Expected(int(row), int(col), fld, fragment, kind == "ostrzeżenie"))
        elif line.startswith(("# oczekiwane", "# ostrzeżenie")):
            raise AssertionError(f"{path.name}: nieczytelny wiersz nagłówka: {line!r}")
    assert spec.loads or spec.expected, f"{path.name}: brak wierszy „# oczekiwane:” na początku pliku"
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
        assert problem.path == path
        assert "Traceback" not in problem.message and "\n" not in problem.message


def check(path: Path, spec: Spec) -> None:
    if spec.errors:
        with pytest.raises(CaseError) as info:
            load_case(path)
        assert_problems(info.value.problems, spec.expected, path)
    else:
        case = load_case(path)
        assert_problems(case.warnings, spec.expected, path)


# -------------------------------------------------------------------------- corpus


def _corpus():
    for path in sorted(BROKEN.glob("[0-9]*.yaml")):
        spec = parse_spec(path)
        marks = [pytest.mark.xfail(strict=True, reason=spec.known_bug)] if spec.known_bug else []
        yield pytest.param(path, spec, id=path.stem, marks=marks)


CORPUS = list(_corpus())


def test_corpus_is_big_enough():
    assert len(CORPUS) >= 20


@pytest.mark.parametrize("path, spec", CORPUS)
def test_broken_case(path: Path, spec: Spec):
    check(path, spec)


def test_minimal_case_is_valid(tmp_path: Path):
    """The corpus is built from MINIMAL: it must load without any remark."""
    path = tmp_path / "minimalna.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    case = load_case(path)
    assert case.warnings == []
    assert case.sprawa.rejon.numer == "1"


# ------------------------------------------------------------ generated byte cases


def _write(tmp_path: Path, data: bytes, name: str = "sprawa.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"", b"\n\n   \n", b"\xef\xbb\xbf"], ids=["pusty", "same-odstepy", "sam-bom"])
def test_empty_file(tmp_path: Path, data: bytes):
    path = _write(tmp_path, data)
    check(path, Spec([Expected(1, 1, "-", "plik jest pusty")]))


def test_cp1250_file(tmp_path: Path):
    """Saved as Windows-1250 (ANSI in Notepad): refused at the first Polish letter."""
    path = _write(tmp_path, MINIMAL.encode("cp1250"))
    check(path, Spec([Expected(2, 43, "-", "Windows-1250")]))
    with pytest.raises(CaseError) as info:
        load_case(path)
    assert "zapisz plik jako UTF-8" in info.value.problems[0].message


def test_utf16_file(tmp_path: Path):
    """Saved as „Unicode” in Notepad (UTF-16): refused, not misread."""
    path = _write(tmp_path, MINIMAL.encode("utf-16"))
    check(path, Spec([Expected(None, None, "-", "to nie jest plik tekstowy")]))


def test_utf8_bom_loads(tmp_path: Path):
    """A UTF-8 BOM (Notepad's „UTF-8 z BOM”) is accepted."""
    path = _write(tmp_path, b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    case = load_case(path)
    assert case.warnings == []
    assert case.sprawa.jednostka.nazwa.mianownik == "Komenda Powiatowa Policji w Przykładowie"


def test_utf8_bom_keeps_positions(tmp_path: Path):
    """The BOM does not shift the column of the first line's problems."""
    text = MINIMAL.replace("jednostka:", "jednostkaa:", 1)
    path = _write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    check(path, Spec([
        Expected(1, 1, "jednostkaa", "czy chodziło o „jednostka”"),
    ]))


def test_crlf_line_ends_load_and_keep_positions(tmp_path: Path):
    """Windows line ends: the file loads, and lines are counted as the editor shows them."""
    path = _write(tmp_path, MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    assert load_case(path).warnings == []
    broken = MINIMAL.replace("    plec: M", "    plec: X").replace("\n", "\r\n")
    path = _write(tmp_path, broken.encode("utf-8"), "zla.yaml")
    check(path, Spec([Expected(9, 11, "osoby.dzielnicowy.plec", "dozwolone: M, K")]))


def test_missing_file(tmp_path: Path):
    path = tmp_path / "nie-ma.yaml"
    check(path, Spec([Expected(None, None, "-", "plik nie istnieje")]))


def test_directory_instead_of_file(tmp_path: Path):
    check(tmp_path, Spec([Expected(None, None, "-", "to jest folder")]))


# ------------------------------------------------------------- positive references


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "cases").glob("*.yaml")))
def test_example_cases_load_without_warnings(name: str):
    case = load_case(ROOT / "cases" / name)
    assert [str(w) for w in case.warnings] == []


def test_skeleton_loads_with_only_placeholder_warnings(tmp_path: Path):
    from pismo.skeleton import write_skeleton

    path = tmp_path / "nowa.yaml"
    write_skeleton(path)
    case = load_case(path)
    assert case.warnings, "wzór powinien mieć pola do uzupełnienia"
    assert {w.message for w in case.warnings} == {"do uzupełnienia"}
    with pytest.raises(FileExistsError):
        write_skeleton(path)


def _model_fields(model, seen=None) -> set[str]:
    from pismo.loader import _inner_model

    seen = set() if seen is None else seen
    if model in seen:
        return set()
    seen.add(model)
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        inner = _inner_model(info.annotation)
        if inner is not None:
            names |= _model_fields(inner, seen)
    return names


def test_skeleton_shows_every_model_field():
    """Every field of the model appears in the skeleton (active or commented out)."""
    from pismo.model import Sprawa
    from pismo.skeleton import skeleton_text

    text = skeleton_text()
    keys = set(re.findall(r"^[\s#-]*([a-z_]+):", text, flags=re.MULTILINE))
    assert _model_fields(Sprawa) - keys == set()


# ---------------------------------------------------------------------------- CLI


_OUTPUT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?:(?P<field>[\w.\[\]]+): )?(?P<msg>\S.*)$")


@pytest.fixture
def summary_stub(monkeypatch):
    """`pismo sprawdz` imports pismo.summary before loading; stand in while it is missing."""
    try:
        import pismo.summary  # noqa: F401
    except ImportError:
        stub = types.ModuleType("pismo.summary")
        stub.summarize = lambda case: f"{case.name}: OK"
        monkeypatch.setitem(sys.modules, "pismo.summary", stub)


def test_cli_sprawdz_broken_file(summary_stub):
    from pismo.cli import main

    path = BROKEN / "37-wiele-bledow.yaml"
    result = CliRunner().invoke(main, ["sprawdz", str(path)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    problems = [_OUTPUT_LINE.match(line) for line in lines[:-1]]
    assert all(problems), lines
    assert [(m["line"], m["col"], m["field"]) for m in problems] == [
        ("6", "3", "jednostka.miejscowosc"),
        ("12", "11", "osoby.dzielnicowy.plec"),
        ("14", "10", "rejon.numer"),
    ]
    assert all(m["path"] == str(path) for m in problems)
    assert "brak wymaganego pola" in problems[0]["msg"]
    assert lines[-1] == f"{path}: błędy: 3 – popraw je i uruchom sprawdzenie ponownie."


@pytest.mark.parametrize("name", ["01-skladnia-dwukropek", "03-tabulator", "25-kotwica-alias", "28-lista-na-gorze"])
def test_cli_sprawdz_problem_without_field(summary_stub, name: str):
    from pismo.cli import main

    path = BROKEN / f"{name}.yaml"
    result = CliRunner().invoke(main, ["sprawdz", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    first = result.output.splitlines()[0]
    match = _OUTPUT_LINE.match(first)
    assert match and match["field"] is None, first
    expected = parse_spec(path).expected[0]
    assert (int(match["line"]), int(match["col"])) == (expected.line, expected.column)


def test_cli_sprawdz_good_and_bad_file(summary_stub):
    """One bad file among good ones: all are checked, exit code 1."""
    from pismo.cli import main

    good = ROOT / "cases" / "leczna-rejon-3-2025.yaml"
    bad = BROKEN / "16-nieznany-partner.yaml"
    result = CliRunner().invoke(main, ["sprawdz", str(bad), str(good)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{bad}:26:17: dzialania[0].partnerzy[0]: nie ma partnera" in result.output


def test_cli_sprawdz_warning_file_exits_zero(summary_stub):
    from pismo.cli import main

    path = BROKEN / "13-termin-poza-okresem.yaml"
    result = CliRunner().invoke(main, ["sprawdz", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:25:11: dzialania[0].termin.do: ostrzeżenie: termin 30.09.2026 poza okresem planu" in result.output
