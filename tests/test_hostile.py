"""Hostile case files: each is rendered literally into valid documents or refused
with located Polish messages – never a traceback, never a file outside the output
folder, never a half-written document, always in bounded time and memory.

The committed corpus is tests/hostile/NN-name.yaml (header format: tests/corpus.py):
copies of tests/hostile/wzorzec.yaml, a valid case that uses every field of the
model, each with one hostile change. Each file goes through the real command
(`pismo wszystko FILE -o OUT`) and:

- "# oczekiwane: dokumenty": exit 0; every document kind is written (the same
  files as for the wzorzec, listed in manifest.json); every .docx reopens in
  python-docx, every XML part of it is well-formed, and each "# w dokumencie"
  text is in that document's text (after Polish typography);
- error lines: exit 1; the printed problems match the header one to one
  (errors and warnings); the output folder holds no file at all;
- always: no "Traceback", nothing written outside the output folder, the case
  file untouched, no temporary files left.

Inputs a committed file cannot carry (BOM, CRLF, other encodings, binary data,
special files, odd file names, sizes beyond a sensible commit) are generated
below from documented recipes (GENERATED, BIG); the big ones run in a child
process under a memory limit (RLIMIT_AS) and a timeout, so a blow-up fails the
test instead of the machine. "Every field with the wrong type" walks the model
over the wzorzec (test_every_field_with_the_wrong_type).
"""

from __future__ import annotations

import gzip
import io
import json
import errno
import os
import random
import resource
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from lxml import etree

from corpus import (HOSTILE, WZORZEC, WZORZEC_TEXT, Expected, Spec, assert_problems, corpus_params, document_text,
                    parse_spec, problems_from_output, with_value)
from pismo.cli.main import main
from pismo.polish import typography

HERE = Path(__file__).parent
CLOSING = ("nie utworzono dokumentów.",)  # the command's last line about a refused case
MEMORY_LIMIT = 1536 * 2**20  # RLIMIT_AS of the child process running a big case
TIME_LIMIT = 120  # seconds before a child process counts as hung: a safety net, not a measure of speed


# ------------------------------------------------------------------------ running


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    case: Path  # the case file as given to the command
    out: Path  # the -o folder
    cpu: float = 0.0  # seconds of CPU the child used: its work, which a loaded machine does not stretch

    @property
    def folder(self) -> Path:
        return self.out / self.case.stem


def _tree(root: Path) -> dict[str, tuple]:
    """Every path under root with its kind, size and content hash (a snapshot)."""
    import hashlib

    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.exists():
            found[str(path)] = ("link",)
        elif path.is_dir():
            found[str(path)] = ("dir",)
        elif path.is_file():
            found[str(path)] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
        else:
            found[str(path)] = ("special",)
    return found


def _stage(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "wejscie"
    folder.mkdir(exist_ok=True)
    case = folder / name
    case.write_bytes(data)
    return case


def run_cli(tmp_path: Path, case: Path, monkeypatch) -> Run:
    """`pismo wszystko CASE -o OUT` in this process, with tmp_path as the working folder."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "wyjscie"
    result = CliRunner().invoke(main, ["wszystko", str(case), "-o", str(out), "-j", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"wyjątek {type(result.exception).__name__}: {result.exception}\n{result.output}"
    return Run(result.exit_code, result.stdout, result.stderr, case, out)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_child(tmp_path: Path, case: Path, timeout: float = TIME_LIMIT) -> Run:
    """The real `pismo` in a child process with a memory limit and a timeout."""
    out = tmp_path / "wyjscie"
    before = _children_cpu()
    try:
        done = subprocess.run([sys.executable, "-m", "pismo", "wszystko", str(case), "-o", str(out), "-j", "1"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=timeout,
                              preexec_fn=_limit_memory, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.name}: brak odpowiedzi po {timeout} s")
    return Run(done.returncode, done.stdout, done.stderr, case, out, _children_cpu() - before)


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# ----------------------------------------------------------------------- checking


def check_docx(path: Path) -> str:
    """A written .docx: reopens in python-docx, every XML part parses; returns its text."""
    data = path.read_bytes()
    docx.Document(io.BytesIO(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None, path.name
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(archive.read(name))
                except etree.XMLSyntaxError as exc:
                    pytest.fail(f"{path.name}: {name} nie jest poprawnym XML: {exc}")
    return document_text(data)


def check_confined(run: Run, before: dict, tmp_path: Path) -> None:
    """Only the case's output folder changed; no temporary or hidden files anywhere."""
    after = _tree(tmp_path)
    allowed = (str(run.out), str(run.folder))
    changed = {path for path in set(before) | set(after) if before.get(path) != after.get(path)}
    outside = sorted(p for p in changed if p not in allowed and not p.startswith(str(run.folder) + os.sep))
    assert not outside, f"zmienione poza folderem wyjściowym: {outside}"
    leftovers = [p for p in after if p.startswith(str(run.out)) and (Path(p).name.startswith(".") or p.endswith(".tmp"))]
    assert not leftovers, f"pliki tymczasowe: {leftovers}"


def check_run(run: Run, spec: Spec, before: dict, tmp_path: Path, expected_files: set[str] | None = None,
              texts: list[tuple[str, str]] = ()) -> dict[str, str]:
    """The whole contract for one run; returns the documents' texts by file name."""
    output = run.stdout + run.stderr
    assert "Traceback" not in output, output[-3000:]
    check_confined(run, before, tmp_path)
    problems = problems_from_output(run.stderr, run.case, ignore=CLOSING)
    if spec.blocked:
        assert run.code == 4, f"kod wyjścia {run.code}, oczekiwano 4 (niekompletna)\n{output[-3000:]}"
        assert_problems([p for p in problems if not p.message.startswith("niekompletna – ")], spec.expected, run.case)
        manifest = json.loads((run.folder / "manifest.json").read_text(encoding="utf-8"))
        made = {d["rodzaj"] for d in manifest["dokumenty"]}
        assert made and not made & set(spec.blocked), made
        return {}
    if spec.errors:
        assert run.code == 1, f"kod wyjścia {run.code}, oczekiwano 1 (odmowa)\n{output[-3000:]}"
        assert_problems(problems, spec.expected, run.case)
        written = [p for p in run.out.rglob("*") if p.is_file()] if run.out.exists() else []
        assert not written, f"odmowa, a zapisano: {written}"
        return {}
    assert run.code == 0, f"kod wyjścia {run.code}, oczekiwano 0 (dokumenty)\n{output[-3000:]}"
    assert_problems(problems, spec.warnings, run.case)
    files = {p.name for p in run.folder.iterdir()}
    manifest = json.loads((run.folder / "manifest.json").read_text(encoding="utf-8"))
    assert {d["plik"] for d in manifest["dokumenty"]} | {"manifest.json"} == files
    if expected_files is not None:
        assert files == expected_files
    found = {name: check_docx(run.folder / name) for name in sorted(files) if name.endswith(".docx")}
    for name, text in texts:
        assert name in found, f"brak dokumentu {name}"
        assert typography(text) in found[name], f"{name}: brak tekstu {text!r}"
    return found


@pytest.fixture(scope="module")
def wzorzec_files(tmp_path_factory) -> set[str]:
    """The files a complete case gives: the wzorzec's, made by the command itself."""
    out = tmp_path_factory.mktemp("wzorzec")
    result = CliRunner().invoke(main, ["wszystko", str(WZORZEC), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    files = {p.name for p in (out / "wzorzec").iterdir()}
    kinds = {d["rodzaj"] for d in json.loads((out / "wzorzec" / "manifest.json").read_text())["dokumenty"]}
    assert {"plan", "wniosek", "zaproszenie", "kalendarz", "protokol", "lista-obecnosci", "protokol-pusty",
            "informacja"} <= kinds, kinds
    return files


# ------------------------------------------------------------------ the committed corpus


CORPUS = corpus_params(HOSTILE)


def test_corpus_is_big_enough():
    assert len(CORPUS) >= 40
    refused = [p for p in CORPUS if p.values[1].errors]
    rendered = [p for p in CORPUS if p.values[1].documents]
    assert len(refused) >= 25 and len(rendered) >= 15


@pytest.mark.parametrize("path, spec", CORPUS)
def test_hostile_case(path: Path, spec: Spec, tmp_path: Path, monkeypatch, wzorzec_files):
    case = _stage(tmp_path, path.name, path.read_bytes())
    before = _tree(tmp_path)
    run = run_cli(tmp_path, case, monkeypatch)
    check_run(run, spec, before, tmp_path, wzorzec_files if spec.documents else None, spec.texts)
    assert case.read_bytes() == path.read_bytes()


def test_wzorzec_makes_every_document(tmp_path: Path, monkeypatch, wzorzec_files):
    spec = parse_spec(WZORZEC)
    case = _stage(tmp_path, "wzorzec.yaml", WZORZEC.read_bytes())
    before = _tree(tmp_path)
    texts = check_run(run_cli(tmp_path, case, monkeypatch), spec, before, tmp_path, wzorzec_files)
    assert typography("Spożywanie alkoholu w miejscu publicznym na placu zabaw.") in texts["plan.docx"]


def test_corpus_files_are_wzorzec_copies():
    """Every corpus file shares most of its lines with the wzorzec: one hostile change each,
    so each refusal is about that change and each rendered file can make every document."""
    def plain(line: str) -> str:
        return line.strip().removeprefix("- ")

    base = {plain(line) for line in WZORZEC_TEXT.split("\n")}
    for param in CORPUS:
        lines = param.values[0].read_bytes().decode("utf-8").split("\n")
        shared = sum(1 for line in lines if plain(line) in base)
        assert shared >= 0.8 * len(base), f"{param.values[0].name}: tylko {shared} wierszy wspólnych ze wzorcem"


# -------------------------------------------------------------- generated in the test

# Recipes for inputs a committed file cannot carry. Each gives (file name, bytes, Spec).
# Line numbers refer to WZORZEC_TEXT (its own header included).

_NUMER = "  numer: 1\n"
_NUMER_LINE = WZORZEC_TEXT.split("\n").index(_NUMER.rstrip("\n")) + 1  # line of "rejon: numer"
_ZERO = WZORZEC_TEXT.replace(_NUMER, "  numer: 0\n")
_ZERO_PROBLEM = Expected(_NUMER_LINE, 10, "rejon.numer", "numer rejonu musi wynosić co najmniej 1")
_FIRST_POLISH = next((n, line.index(ch) + 1) for n, line in enumerate(WZORZEC_TEXT.split("\n"), 1)
                     for ch in line if ord(ch) > 127)
_OPIS_LINE = WZORZEC_TEXT.split("\n").index("  opis: Osiedle Słoneczne") + 1
DOCS = Spec(documents=True)


def _refused(*expected: Expected) -> Spec:
    return Spec(list(expected))


def _file_level(fragment: str) -> Spec:
    return _refused(Expected(None, None, "-", fragment))


def _docx_bytes() -> bytes:
    from pismo.render.engine import BUILTIN_DIR

    return (BUILTIN_DIR / "plan.docx").read_bytes()


GENERATED = {
    # encodings and line ends
    "bom": ("bom.yaml", b"\xef\xbb\xbf" + WZORZEC_TEXT.encode(), DOCS),
    "bom-i-blad": ("bom-blad.yaml", b"\xef\xbb\xbf" + _ZERO.encode(), _refused(_ZERO_PROBLEM)),
    "crlf": ("crlf.yaml", WZORZEC_TEXT.replace("\n", "\r\n").encode(), DOCS),
    "crlf-i-blad": ("crlf-blad.yaml", _ZERO.replace("\n", "\r\n").encode(), _refused(_ZERO_PROBLEM)),
    "cr": ("cr.yaml", WZORZEC_TEXT.replace("\n", "\r").encode(), DOCS),
    "cr-i-blad": ("cr-blad.yaml", _ZERO.replace("\n", "\r").encode(), _refused(_ZERO_PROBLEM)),
    "utf-16-z-bom": ("utf16.yaml", WZORZEC_TEXT.encode("utf-16"), _file_level("w kodowaniu UTF-16, a nie UTF-8")),
    "utf-16-be": ("utf16be.yaml", WZORZEC_TEXT.encode("utf-16-be"), _file_level("w kodowaniu UTF-16, a nie UTF-8")),
    "utf-32": ("utf32.yaml", WZORZEC_TEXT.encode("utf-32"), _file_level("w kodowaniu UTF-32, a nie UTF-8")),
    "cp1250": ("cp1250.yaml", WZORZEC_TEXT.encode("cp1250"),
               _refused(Expected(*_FIRST_POLISH, "-", "(wygląda na kodowanie Windows-1250); zapisz plik jako UTF-8"))),
    "nul-w-srodku": ("nul.yaml", WZORZEC_TEXT.replace("Osiedle", "Osie\x00dle").encode(),
                     _refused(Expected(_OPIS_LINE, 13, "-", "bajt zerowy w pliku tekstowym"))),
    "zly-bajt-po-polskich-literach": (
        "zly-bajt.yaml", WZORZEC_TEXT.encode().replace("Słoneczne".encode(), "Słoneczne".encode() + b"\xff"),
        _refused(Expected(_OPIS_LINE, len("  opis: Osiedle Słoneczne") + 1, "-", "w tym miejscu (bajt 0xFF)"))),
    # not text at all
    "losowe-bajty": ("losowe.yaml", random.Random(6).randbytes(64 * 1024), _file_level("to nie jest plik tekstowy")),
    "bajty-bez-zer": ("bez-zer.bin", bytes(range(0x80, 0x100)) * 32,
                      _refused(Expected(1, 1, "-", "plik nie jest zapisany w kodowaniu UTF-8"))),
    "png": ("obraz.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), _file_level("to nie jest plik tekstowy")),
    "gzip": ("sprawa.yaml.gz", gzip.compress(WZORZEC_TEXT.encode(), mtime=0), _file_level("to nie jest plik tekstowy")),
    "docx": ("plan.docx", _docx_bytes(), _file_level("to nie jest plik tekstowy")),
    "pusty": ("pusty.yaml", b"", _refused(Expected(1, 1, "-", "plik jest pusty"))),
    "za-duzy": ("duzy.yaml", WZORZEC_TEXT.encode() + b"#" * (10 * 2**20), _file_level("plik jest zbyt duży (ponad 10 MB)")),
    # file names that would make folder names
    "nazwa-trzy-kropki": ("...yaml", WZORZEC_TEXT.encode(), _file_level("nie nadaje się na nazwę folderu dokumentów")),
    "nazwa-dwie-kropki": ("..yaml", WZORZEC_TEXT.encode(), _file_level("nie nadaje się na nazwę folderu dokumentów")),
}


def _generated_params():
    for key, (name, data, spec) in GENERATED.items():
        yield pytest.param(name, data, spec, id=key)


@pytest.mark.parametrize("name, data, spec", list(_generated_params()))
def test_generated_case(name: str, data: bytes, spec: Spec, tmp_path: Path, monkeypatch, wzorzec_files):
    case = _stage(tmp_path, name, data)
    before = _tree(tmp_path)
    run = run_cli(tmp_path, case, monkeypatch)
    check_run(run, spec, before, tmp_path, wzorzec_files if spec.documents else None)
    assert case.read_bytes() == data


def test_bom_keeps_the_first_line_columns(tmp_path: Path, monkeypatch):
    """A BOM before a problem on the very first line does not shift its column."""
    text = "jednostkaa:" + WZORZEC_TEXT.split("jednostka:", 1)[1]
    case = _stage(tmp_path, "bom-pierwszy.yaml", b"\xef\xbb\xbf" + text.encode())
    before = _tree(tmp_path)
    problems = [Expected(1, 1, "jednostkaa", "czy chodziło o „jednostka”")]
    check_run(run_cli(tmp_path, case, monkeypatch), _refused(*problems), before, tmp_path)


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_special_files_are_refused_at_once(special: str, tmp_path: Path):
    """/dev/zero never ends and a named pipe blocks whoever opens it: both refused unread."""
    if special == "fifo":
        case = tmp_path / "wejscie" / "potok.yaml"
        case.parent.mkdir()
        os.mkfifo(case)
    else:
        case = Path(special)
        if not case.exists():
            pytest.skip("brak /dev/zero")
    before = _tree(tmp_path)
    run = run_child(tmp_path, case)
    check_run(run, _file_level("to nie jest zwykły plik"), before, tmp_path)


@pytest.mark.parametrize("kind", ["petla-dowiazan", "za-dluga-nazwa", "brak-uprawnien"])
def test_unreadable_files_are_refused_in_polish(kind: str, tmp_path: Path, monkeypatch):
    """The system's own (English) error texts never reach the user."""
    folder = tmp_path / "wejscie"
    folder.mkdir()
    if kind == "petla-dowiazan":
        case = folder / "petla.yaml"
        case.symlink_to(case)
        fragment = "dowiązania symboliczne tworzą pętlę"
    elif kind == "za-dluga-nazwa":
        case = folder / ("x" * 300 + ".yaml")
        fragment = "nazwa pliku albo cała ścieżka do niego jest zbyt długa"
    else:
        case = folder / "zamkniety.yaml"
        case.write_text(WZORZEC_TEXT, encoding="utf-8")
        case.chmod(0)
        fragment = "brak uprawnień do odczytu pliku"
        if not hasattr(os, "geteuid") or os.geteuid() == 0:  # root reads any file: the refusal is simulated
            opened = os.open

            def refusing(path, *args, **kwargs):  # the reader opens the descriptor itself (files.read.read_limited)
                if Path(path) == case:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
                return opened(path, *args, **kwargs)

            monkeypatch.setattr(os, "open", refusing)
    before = _tree(tmp_path)
    check_run(run_cli(tmp_path, case, monkeypatch), _file_level(fragment), before, tmp_path)


# ------------------------------------------------------------------- big, in a child

_ACTION = "  - id: dzialanie-{0}\n    opis: Działanie numer {0} w rejonie służbowym\n    termin:\n      do: 2026-08-31\n"


def _laughs(levels: int = 12, width: int = 10) -> str:
    """Billion laughs: width**levels strings (10**12) from a 2 kB file."""
    lines = ["lol0: &lol0 \"lol\""]
    lines += [f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * width) + "]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n" + WZORZEC_TEXT


def _quadratic() -> str:
    """One 1 MB anchored text referred to by 10 000 aliases (10 GB once expanded)."""
    return ("wielki: &w \"" + "x" * 2**20 + "\"\nkopie: [" + ", ".join(["*w"] * 10_000) + "]\n" + WZORZEC_TEXT)


def _deep(kind: str, depth: int = 5000) -> str:
    if kind == "listy":
        value = "[" * depth + "]" * depth
    elif kind == "grupy":
        value = "{a: " * depth + "1" + "}" * depth
    else:  # "- - - … x": block lists nested on one line
        value = "\n    " + "- " * depth + "x"
    return WZORZEC_TEXT.replace("  opis: Osiedle Słoneczne\n", f"  opis: {value}\n")


_MEGA = ("Spożywanie alkoholu w miejscu publicznym i zakłócanie spokoju. " * 17_000)[: 2**20].strip()

BIG = {
    "billion-laughs": (_laughs(), _refused(Expected(1, 7, "-", "kotwice i aliasy YAML")), None),
    "aliasy-1mb-x-10000": (_quadratic(), _refused(Expected(1, 9, "-", "kotwice i aliasy YAML")), None),
    "zagniezdzenie-5000-listy": (_deep("listy"), _refused(Expected(_OPIS_LINE, None, "*", "zbyt głębokie zagnieżdżenie")), None),
    "zagniezdzenie-5000-grupy": (_deep("grupy"), _refused(Expected(_OPIS_LINE, None, "*", "zbyt głębokie zagnieżdżenie")), None),
    "zagniezdzenie-5000-myslniki": (_deep("myslniki"), _refused(Expected(_OPIS_LINE + 1, None, "*", "zbyt głębokie zagnieżdżenie")), None),
    "pole-1mb": (WZORZEC_TEXT.replace("  opis: Spożywanie alkoholu w miejscu publicznym na placu zabaw.\n",
                                      f"  opis: {_MEGA}\n"), DOCS, ("plan.docx", _MEGA)),
    # a list longer than any plan's is refused at its first item too many, before the rest is read
    "dzialania-10000": (WZORZEC_TEXT.replace("dzialania:\n", "dzialania:\n" + "".join(map(_ACTION.format, range(10_000))), 1),
                        _refused(Expected(WZORZEC_TEXT.split("\n").index("dzialania:") + 2 + 4 * 1000, 5, "dzialania",
                                          "zbyt długa lista – to już 1001. pozycja")), None),
}


@pytest.mark.parametrize("key", list(BIG))
def test_big_case_in_bounded_time_and_memory(key: str, tmp_path: Path):
    text, spec, needle = BIG[key]
    case = _stage(tmp_path, f"{key}.yaml", text.encode())
    before = _tree(tmp_path)
    run = run_child(tmp_path, case)
    if spec.errors:
        expected = spec.expected[0]
        problems = problems_from_output(run.stderr, case, ignore=CLOSING)
        assert run.code == 1 and len(problems) == 1, run.stderr[-3000:]
        assert problems[0].line == expected.line and expected.fragment in problems[0].message, problems
        if expected.column is not None:
            assert problems[0].column == expected.column, problems
        spec = _refused(Expected(problems[0].line, problems[0].column, problems[0].field or "-", expected.fragment))
    texts = check_run(run, spec, before, tmp_path)
    if needle:
        name, text_part = needle
        assert typography(text_part) in texts[name]
    assert run.cpu < 30, f"{key}: {run.cpu:.1f} s procesora"  # CPU, not the clock: a quadratic step takes minutes


# ------------------------------------------------------------- every field, wrong type


# Fields no single case can fill together (rejon or rejony, dzielnicowy or dzielnicowi, a district number or
# none): the hand-written cases of those shapes fill them, each field where first met.
SHAPES = [WZORZEC, *sorted((Path(__file__).parent / "data" / "ksztalty").glob("*.yaml"))]


def _walk_fields():
    """(dotted path, loc, annotation, the case's data) of every field of the model as the wzorzec (then the
    shapes' cases) fill it, list items of scalar lists included; the first item stands for its list."""
    from typing import get_args, get_origin

    from pismo.case.loader import _inner_model
    from pismo.case.model import Sprawa
    from pismo.case.problems import dotted
    from pismo.case.yamlio import read_case_file

    seen: set[tuple[str, str]] = set()

    def strip(annotation):
        while True:
            args = get_args(annotation)
            if get_origin(annotation) is not None and type(None) in args:  # Optional[X]
                annotation = next(a for a in args if a is not type(None))
            elif hasattr(annotation, "__metadata__"):  # Annotated[X, …]
                annotation = args[0]
            else:
                return annotation

    def walk(model, value, loc):
        for name, info in model.model_fields.items():
            if name not in value:
                continue
            here = loc + (name,)
            annotation = strip(info.annotation)
            first = (model.__name__, name) not in seen  # each field of each model once, where first filled
            seen.add((model.__name__, name))
            if first:
                yield dotted(here), here, annotation, data
            inner = _inner_model(info.annotation)
            item = value[name]
            if get_origin(annotation) is list and isinstance(item, list):
                if first and item and inner is None:
                    yield dotted(here + (0,)), here + (0,), strip(get_args(annotation)[0]), data
                for i, element in enumerate(item if inner is not None else []):
                    if isinstance(element, dict):
                        yield from walk(inner, element, here + (i,))
            elif inner is not None and isinstance(item, dict):
                yield from walk(inner, item, here)

    fields = []
    for source in SHAPES:
        data = read_case_file(source).data
        fields += walk(Sprawa, data, ())
    return fields, seen, read_case_file(WZORZEC).data


FIELDS, SEEN, WZORZEC_DATA = _walk_fields()


def test_wzorzec_fills_every_field_of_the_model():
    from pismo.case.loader import _inner_model
    from pismo.case.model import Sprawa

    every, todo = set(), [Sprawa]
    while todo:
        model = todo.pop()
        for name, info in model.model_fields.items():
            if (model.__name__, name) not in every:
                every.add((model.__name__, name))
                inner = _inner_model(info.annotation)
                if inner is not None:
                    todo.append(inner)
    assert every - SEEN == set()
    assert len(FIELDS) > 100


def _wrong_value(annotation):
    """A value of the wrong type: a list where a group of fields belongs, else a group of fields."""
    from pismo.case.loader import _inner_model

    if isinstance(annotation, type) and _inner_model(annotation) is not None:
        return ["zły", "typ"]
    return {"zly": "typ"}


class _Dumper(yaml.SafeDumper):
    pass


@pytest.mark.parametrize("path, loc, annotation, data", [pytest.param(*f, id=f[0]) for f in FIELDS])
def test_every_field_with_the_wrong_type(path: str, loc: tuple, annotation, data, tmp_path: Path):
    """Each field in turn gets a value of the wrong type: refused with that field's
    dotted path, at the line and column where the wrong value stands."""
    from pismo.case.loader import load_case
    from pismo.case.problems import CaseError

    wrong = _wrong_value(annotation)
    text = yaml.dump(with_value(data, loc, wrong), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1000)
    case = tmp_path / "zly-typ.yaml"
    case.write_text(text, encoding="utf-8")
    with pytest.raises(CaseError) as info:
        load_case(case)
    problems = info.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    assert problem.field == path, str(problem)
    assert problem.line is not None and problem.column is not None, str(problem)
    at = text.split("\n")[problem.line - 1][problem.column - 1:]
    assert at.startswith("zly: typ" if isinstance(wrong, dict) else "- zły"), f"{problem}: w tym miejscu jest {at!r}"
    assert not problem.warning and problem.message[0].islower()


def test_wrong_type_dump_of_the_wzorzec_loads(tmp_path: Path):
    """The wrong-type test writes the wzorzec back with PyYAML: unchanged, it must load."""
    from pismo.case.loader import load_case

    case = tmp_path / "wzorzec.yaml"
    case.write_text(yaml.dump(WZORZEC_DATA, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                              default_flow_style=False, width=1000), encoding="utf-8")
    assert load_case(case).warnings == []
