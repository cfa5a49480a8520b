"""The web app's one door to pismo's document logic.

Everything the pages need from the core – check a case text, say which documents
can be made, render them in memory, convert to PDF – goes through here, so the
switch to the service API (pismo.api) is a change of this file only.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from pismo.case.problems import dotted
from pismo.errors import CaseError, readable
from pismo.web import texts


@dataclass(frozen=True)
class Found:
    """One problem as the pages show it: at a dotted field path."""

    path: str
    line: int | None
    column: int | None
    severity: str  # "błąd" or "ostrzeżenie"
    message: str
    stands_for: int = 1  # a summary line of problems not shown (pismo.case.problems.capped)


@dataclass
class KindState:
    kind: str
    label: str
    count: int
    blocking: list[Found] = field(default_factory=list)

    @property
    def possible(self) -> bool:
        return not self.blocking and self.count > 0


@dataclass
class Checked:
    problems: list[Found]
    kinds: list[KindState]
    data: object = None  # the case's plain data when it could be read
    pending: list = field(default_factory=list)  # deadlines.Termin still to do, overdue first
    derived: dict = field(default_factory=dict)  # dotted path -> (value, message): forms from the dictionary
    unfilled: int = 0  # fields still reading UZUPEŁNIJ, all of them (the list of warnings is capped)

    @property
    def errors(self) -> list[Found]:
        return [p for p in self.problems if p.severity == "błąd"]

    @property
    def warnings(self) -> list[Found]:
        return [p for p in self.problems if p.severity == "ostrzeżenie"]


def _found(problem) -> Found:
    message = texts.form_wording(problem.message)
    if problem.related:  # the page has no line numbers; the live check's text has other ones than the file
        message = _LINE.sub(f"w polu „{texts.describe(problem.related)}”", message, count=1)
        whose = re.escape(dotted(problem.related[:-1]))  # „ma już pismo wnioski[0].pismo (wiersz 314)”
        message = re.sub(rf"{whose} \(wiersz \d+\)", lambda _: f"„{texts.describe(problem.related[:-1])}”", message,
                         count=1)
        message = _ROW.sub(lambda _: f"(w polu „{texts.describe(problem.related)}”)", message, count=1)
    if message.startswith("nieznane pole") and problem.line:  # no field of the form holds it, saving keeps it
        message += (f" – formularz nie ma tego pola: usuń je z pliku sprawy w edytorze tekstu (wiersz "
                    f"{problem.line}) albo popraw tam jego nazwę")
    elif problem.line and (shape := _SHAPE.match(message)):  # fields where the file has one value, or the reverse
        got = shape.group("got") or (shape.group("day") and f"data {shape.group('day')}")
        told = shape.group('advice') or 'w pliku jest tu ' + (got or shape.group('got2'))
        how = ("wypełnij pola tej grupy w formularzu (zastąpią tę wartość)" if got else
               "popraw ją w tym polu (formularz zapisze ją jako tekst)")  # shown as written, kept until changed
        message = f"{told} – {how} albo w pliku sprawy w edytorze tekstu (wiersz {problem.line})"
    return Found(problem.path or "", problem.line, problem.column, problem.severity, message, problem.stands_for)


_LINE = re.compile(r"w wierszu \d+")
_ROW = re.compile(r"\(wiersz \d+\)")
# YAML's words for a value the form cannot show in its fields: a group where the file has one value, or a
# text written so that YAML reads a group („- Godz.: 17:00 …”, told by its cause)
_SHAPE = re.compile(r"oczekiwano grupy pól \(pole: wartość\) z wcięciem, a jest (?P<got>.*)"
                    r"|oczekiwano (?:tekstu|liczby|daty[^,]*), a jest (?P<got2>grupa pól|lista)"
                    r"|termin to grupa pól – wpisz datę pod nim, .* do: (?P<day>\d{4}-\d\d-\d\d) .*"
                    r"|(?P<advice>tekst (?:zawiera „: ” \(dwukropek i spacja\) po „.*”|kończy się dwukropkiem)), więc YAML .*")


def _file(name: str) -> str:
    return f"{name}.yaml"


def _written(name: str) -> str:
    """The case file's name as the command line hands it to api (record.as_path), for every call that names a
    folder or file after it: the web keeps names as text (record.as_text), which a locale that is not UTF-8
    cannot write – the zip of all (made through a temporary folder) was HTTP 500 for „Łęczna” (rev-sys10 #12)."""
    from pismo.files.record import as_path

    return as_path(_file(name))


def check(text: str, name: str = "sprawa") -> Checked:
    """What `pismo sprawdz` says about this text: located problems and the documents' states."""
    from pismo import api
    from pismo.case.checks import placeholders
    from pismo.case.deadlines import pending

    report = api.check(text, name=_file(name))
    states = [KindState(k.kind, k.label, k.count, [_found(p) for p in k.problems]) for k in report.kinds.values()]
    problems = [_found(p) for p in report.problems]
    if report.case is None:
        return Checked(problems, states)
    derived = {dotted(d.loc): (d.value, d.message) for d in report.case.derived}
    return Checked(problems, states, report.case.doc.data, pending(report.case.sprawa, dt.date.today()), derived,
                   sum(1 for _ in placeholders(report.case.doc.data)))


def unread(text: str, name: str, data) -> list[Found] | None:
    """What the checker's reader says of a file it reads otherwise than the form's data shows – refused (a byte
    order mark mid-file), or a field left out (a zero-width space in its name): a form built from the other parse
    would show that section empty and ask to fill it in. None when both read the same fields."""
    from pismo.case.yamlio import parse_case_bytes

    try:
        doc = parse_case_bytes(Path(_file(name)), text.encode("utf-8", "surrogatepass"))
    except CaseError as exc:
        return [_found(p) for p in exc.problems if not p.warning]
    if _same_fields(doc.data, data):
        return None
    return [_found(p) for p in doc.problems if not p.warning]


def _same_fields(ours, theirs) -> bool:
    """The same field names and list lengths all the way down (the values' types may differ between parsers)."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return ours.keys() == theirs.keys() and all(_same_fields(ours[k], theirs[k]) for k in ours)
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(map(_same_fields, ours, theirs))
    return not isinstance(ours, (dict, list)) and not isinstance(theirs, (dict, list))


CONFIRMED = "# ze słownika – potwierdzone w przeglądarce"


def confirm_forms(text: str, name: str, wanted: dict[str, str]) -> tuple[str, list[str]]:
    """Write the dictionary's forms the user confirmed (path -> the value the page showed) into the text,
    by `pismo odmien`'s writer; (text, paths not written: the form changed meanwhile, or cannot be placed)."""
    from pismo import api
    from pismo.morph.writeback import with_forms

    report = api.check(text, name=_file(name))
    derived = report.case.derived if report.case is not None else []
    chosen = [d for d in derived if wanted.get(dotted(d.loc)) == d.value]
    new_text, skipped = with_forms(text, chosen, CONFIRMED)
    written = {dotted(d.loc) for d in chosen} - {dotted(d.loc) for d in skipped}
    return new_text, [path for path in wanted if path not in written]


class NoRoom(Exception):
    """The server's temporary folder cannot take the files (a full disk): the case is not at fault."""


def no_room() -> str | None:
    """The CLI's full-disk reason for the server's temporary folder, in the browser's words; None if not full."""
    from pismo.files.pdf import full_disk

    said = full_disk(Path(tempfile.gettempdir()), "nie można było przygotować plików")
    return f"{said} na dysku i spróbuj ponownie" if said else None


class CannotMake(Exception):
    """Documents cannot be made; carries the problems."""

    def __init__(self, problems: list[Found]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def kinds() -> list[str]:
    from pismo import api

    return list(api.kinds())


def public_kinds() -> list[str]:
    from pismo import api

    return [kind for kind in api.labels() if kind not in api.kinds()]


def label(kind: str) -> str:
    from pismo import api

    return api.labels().get(kind, kind)


def render(text: str, name: str, kinds: list[str], with_manifest: bool = False) -> list[tuple[str, bytes]]:
    """(file name, bytes) of every document of these kinds, in memory; with_manifest: exactly what
    `pismo wszystko` writes (every kind that can be made, and manifest.json)."""
    from pismo import api
    from pismo.errors import OutputFailed, PismoError
    from pismo.files.read import os_reason

    try:
        if not with_manifest:
            return [file for kind in kinds for file in api.render(text, kind, name=_file(name))]
        with tempfile.TemporaryDirectory(prefix="pismo-web-") as folder:
            result = api.generate(text, None, out=Path(folder), name=_written(name))
            return [(f.path.name, f.path.read_bytes()) for f in result.files]
    except OSError as exc:  # the temporary folder itself
        raise NoRoom(no_room() or f"nie można zapisać plików tymczasowych w {tempfile.gettempdir()} "
                                  f"({os_reason(exc)})") from None
    except PismoError as exc:
        if isinstance(exc, OutputFailed) and no_room():  # its `-o` advice and hidden path are the CLI's
            raise NoRoom(no_room()) from None
        problems = [_found(p) for p in exc.problems if not p.warning]
        raise CannotMake(problems or [Found("", None, None, "błąd", readable(exc.message))]) from None


def makeable(text: str, name: str) -> list[str]:
    """The kinds that can be made now."""
    return [k.kind for k in check(text, name).kinds if k.possible]


# --- PDF ---------------------------------------------------------------------------------------

class NoPdf(Exception):
    """PDF cannot be made here; the message says how to fix it. timed_out: LibreOffice was stopped for taking too
    long and restarted – the document may be tried once more."""

    def __init__(self, message: str, timed_out: bool = False, not_started=None) -> None:
        super().__init__(message)
        self.timed_out = timed_out
        self.not_started = not_started  # converter.NotStarted: LibreOffice took no document (none was tried)


def pdf_available() -> bool:
    return not pdf_missing()


def pdf_missing() -> str:
    """Why LibreOffice cannot be used ("" when it can), in the command line's words (find_soffice): a PISMO_SOFFICE
    ending in CR, a space or quotes was told „no LibreOffice at /usr/bin/soffice” – where it is (rev-sys10 #8). Its
    first line: the rest is the command line's install hint (--soffice, which the browser app has not)."""
    from pismo.files.soffice import PdfUnavailable, find_soffice

    try:
        find_soffice(None)
    except PdfUnavailable as exc:
        return str(exc).split("\n", 1)[0]
    return ""


_converter = None
_converter_lock = threading.Lock()


def _the_converter():
    """One warm LibreOffice for the server's previews (pismo.files.converter), made on first use."""
    global _converter
    with _converter_lock:
        if _converter is None:
            from pismo.files.converter import Converter

            _converter = Converter()
        return _converter


def warm_up() -> None:
    """Start LibreOffice ahead of the first preview (in the background); nothing if it is missing or fails – the
    preview that needs it tells why. Nothing at all escapes: an error left to the thread printed a traceback in
    the server's window."""
    try:
        _the_converter().start()
    except Exception:  # noqa: BLE001 – a background nicety; the preview reports its own failure
        pass


def close() -> None:
    """Stop the converter's LibreOffice (the server is stopping)."""
    with _converter_lock:
        if _converter is not None:
            _converter.close()


def to_pdf(docx: bytes) -> bytes:
    """One document to PDF by the warm converter (cold, one run per document, without UNO)."""
    from pismo.files.converter import NotStarted, TimedOut
    from pismo.files.soffice import PdfError, PdfUnavailable

    try:
        return _the_converter().to_pdf(docx)
    except NotStarted as exc:  # the preview's words; „Pobierz z PDF” says its own (not_made)
        raise NoPdf(f"{exc}; odśwież stronę za chwilę" if exc.soon else str(exc), not_started=exc) from None
    except (PdfUnavailable, PdfError) as exc:
        raise NoPdf(str(exc), timed_out=isinstance(exc, TimedOut)) from None


def not_made(exc: NoPdf, filename: str) -> str:
    """Why „Pobierz z PDF” made no PDF: of the document, or of LibreOffice that took none – then no document is
    named (only the first was waiting), and a start under way is told to click again, not to refresh (a refresh
    shows the same failed job)."""
    started = exc.not_started
    if started is None:
        return f"nie utworzono PDF dokumentu {filename}: {exc}"
    if started.soon:
        return f"{started}; kliknij „Pobierz z PDF” jeszcze raz za chwilę"
    return f"nie utworzono plików PDF: {started}"


def to_pdf_again(docx: bytes) -> bytes:
    """to_pdf, with a document that timed out tried once more on the restarted LibreOffice (as the command line
    does): one stall failed the whole „Pobierz z PDF” of hundreds of documents."""
    try:
        return to_pdf(docx)
    except NoPdf as exc:
        if not exc.timed_out:
            raise
        first = str(exc)
    try:
        return to_pdf(docx)
    except NoPdf as exc:
        raise NoPdf(f"{exc} (także za drugim razem)" if str(exc) == first else f"{first}; za drugim razem: {exc}",
                    timed_out=exc.timed_out) from None


def docx_text(docx: bytes) -> list[str]:
    """The paragraphs of a document, for a preview without LibreOffice."""
    import io

    import docx as python_docx

    document = python_docx.Document(io.BytesIO(docx))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return lines


# --- new cases and import -----------------------------------------------------------------------

def name_problem(name: str) -> str | None:
    """Why a case name (text: typed, or as the list shows it – record.as_text) cannot be used: the rule for every
    name pismo writes, applied to the name as it is written (record.as_path: UTF-8 in every locale)."""
    from pismo.files.output import name_problem as rule
    from pismo.files.record import as_path

    try:
        return rule(as_path(name))
    except UnicodeError:  # a lone surrogate no byte gave (from JSON): no name to write
        return rule(name)


def skeleton() -> str:
    from pismo.case.skeleton import skeleton_text

    return skeleton_text()


class ImportRefused(Exception):
    """The upload is not a plan pismo can read; the message is Polish."""


def import_plan(path: Path) -> list[tuple[str, str]]:
    """Case files' texts from the plans of a source (.docx or .txt): (label, text) per plan, label "" for one.
    import_warnings(path) says what the reading left out."""
    from pismo import api
    from pismo.errors import InputFailed

    try:
        results = api.read_plans(path)
    except InputFailed as exc:
        raise ImportRefused(str(exc).split(": ", 1)[-1]) from None  # the temporary file's name means nothing here
    _WARNINGS[str(path)] = list(dict.fromkeys(w for result in results for w in result.plan.warnings))
    return [(result.label, result.text) for result in results]


_WARNINGS: dict[str, list[str]] = {}


def import_warnings(path: Path) -> list[str]:
    """The warnings of the last import_plan(path) (hidden text left out, a file inserted into the document not
    read, bytes that are no character): the page tells them as the command line does."""
    return _WARNINGS.pop(str(path), [])


class NoNextPeriod(Exception):
    """The previous plan cannot be moved to the next period; the message is Polish."""


def next_period(text: str, source_name: str) -> tuple[str, list[str]]:
    """The next half-year's case file from a previous plan's text (pismo nowa --z); (text, notes)."""
    from pismo.case.periods import PeriodError, next_period as move

    try:
        result = move(text, source_name)
    except PeriodError as exc:
        raise NoNextPeriod(str(exc)) from None
    except CaseError as exc:
        raise NoNextPeriod("; ".join(p.message for p in exc.problems)) from None
    return result.text, result.notes
