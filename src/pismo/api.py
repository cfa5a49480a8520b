"""The service API: what every front door (the CLI, the web app) calls. No printing, no exits.

    check(source)            -> Report: located problems; per document kind, whether it can be made
    generate(source, …)      -> Result: the files written, the kinds blocked and why
    render(source, kind)     -> [(file name, bytes)] in memory, nothing written
    odmien(path)             -> Written: the dictionary's forms written into the case file

`source` is a path (pathlib.Path or any os.PathLike) or the case file's text (str).
Failures are PismoError subclasses (pismo.errors) carrying Polish located problems
and the exit code the CLI uses.
"""

from __future__ import annotations

import errno
import functools
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Union

from pismo import errors
from pismo.errors import DocumentError, InputFailed, OutputFailed, PismoError, TemplateFailed
from pismo.polish import as_typed, seconds

if TYPE_CHECKING:
    from pismo.documents.kinds import Registry
from pismo.case.problems import Problem
from pismo.files.read import Unreadable, folder_files

Source = Union[str, "os.PathLike[str]"]
DEFAULT_OUT = Path("pisma")


@dataclass
class KindState:
    """One document kind for one case: how many files it makes, or what blocks it."""

    kind: str
    label: str
    count: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def can_make(self) -> bool:
        return not self.problems


@dataclass
class Report:
    """What `check` found: every problem (errors and warnings) and each kind's state."""

    source: Path | None
    problems: list[Problem]
    kinds: dict[str, KindState]
    case: object | None = None  # the loaded pismo.case.loader.Case when the file is valid
    unread: bool = False  # the file itself could not be read: there is nothing in it to correct

    @property
    def valid(self) -> bool:
        """The file reads and validates (documents may still be blocked)."""
        return self.case is not None

    @property
    def complete(self) -> bool:
        """Every kind of document can be made: what `pismo sprawdz` calls „poprawny”."""
        return self.valid and all(state.can_make for state in self.kinds.values())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


@dataclass
class WrittenFile:
    path: Path
    kind: str  # plan, wniosek, zaproszenie, kalendarz, …, manifest
    addressee: str | None = None


@dataclass
class Result:
    """What `generate` did for one case."""

    source: Path | None
    files: list[WrittenFile] = field(default_factory=list)
    blocked: dict[str, list[Problem]] = field(default_factory=dict)  # kind -> what blocks it
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # reminders to show (what a public version left out)
    pdfs: list[Path] = field(default_factory=list)
    pdf_error: PismoError | None = None  # the documents were written; their PDFs were not
    error: PismoError | None = None  # set only by generate_many: this case failed, the others went on
    made_any: bool = True  # some kind asked for could be made (possibly no file: the case has none)
    older_before: list[Path] = field(default_factory=list)  # pismo's documents with an older PDF, before the write

    @property
    def written(self) -> list[Path]:
        return [f.path for f in self.files]

    @property
    def documents(self) -> list[Path]:
        return [f.path for f in self.files if f.kind != "manifest"]

    @property
    def exit_code(self) -> int:
        if self.error is not None:
            return self.error.exit_code
        if self.blocked:
            return errors.FAILED if not self.made_any else errors.INCOMPLETE
        return _pdf_code(self.pdf_error) if self.pdf_error else errors.OK


@dataclass
class Batch:
    """What `generate_many` did: one Result per case, in the order given, and the PDFs of all."""

    results: list[Result]
    pdfs: list[Path] = field(default_factory=list)
    pdf_error: PismoError | None = None
    notes: list[str] = field(default_factory=list)  # the command's own (templates taken from the built-ins)

    @property
    def exit_code(self) -> int:
        codes = [r.exit_code for r in self.results]
        for code in (errors.FAILED, errors.INCOMPLETE):
            if code in codes:
                return code
        return _pdf_code(self.pdf_error) if self.pdf_error else max(codes, default=errors.OK)


def _pdf_code(error: PismoError) -> int:
    """Documents written, PDFs not: 3 when LibreOffice is missing, else 5 – never 1, which says nothing was made."""
    return error.exit_code if isinstance(error, errors.PdfMissing) else errors.PDF_FAILED


# --- the registry, as far as front ends need it -------------------------------------------------

def _registry(registry: Registry | None) -> Registry:
    """The given registry, else pismo's own (imported late: the CLI starts without the document code)."""
    if registry is not None:
        return registry
    from pismo.documents.kinds import REGISTRY

    return REGISTRY


def kinds(registry: Registry | None = None) -> dict[str, str]:
    """Every kind `pismo wszystko` makes, with its Polish label, in order (the records: pismo.documents.kinds.REGISTRY)."""
    return {k.name: k.label for k in _registry(registry).main}


def labels(registry: Registry | None = None) -> dict[str, str]:
    """The Polish label of every kind, public versions included."""
    return {k.name: k.label for k in _registry(registry).all}


# --- what templates may print ----------------------------------------------------------------------

@dataclass
class Variable:
    name: str  # dotted; list items as name[]: sekcje.dzialania[].termin
    description: str  # Polish, one line
    kind: str  # tekst, lista (tekst), grupa pól, …
    example: str | None  # from the example cases, shortened; None when they give none


@dataclass
class TemplateVariables:
    file: str  # plan.docx
    title: str
    kind: str  # the document kind that prints with it
    command: str | None
    variables: list[Variable]


def template_variables(kind: str | None = None, registry: Registry | None = None) -> list[TemplateVariables]:
    """Every variable each template may use, with its description and an example (for units editing templates).

    kind: a kind's name (plan, protokol, …) or a template's file name with or without .docx; None for all.
    """
    from pismo.documents import contexts

    registry = _registry(registry)
    key = None if kind is None else _name_key(kind)
    chosen = [(k, t) for k in registry.main for t in k.templates
              if key is None or key in (_name_key(k.name), _name_key(t.file))]
    if not chosen:
        names = [k.name for k in registry.main if k.templates] + \
            [t.file.removesuffix(".docx") for t in registry.templates().values()]
        shown = ", ".join(dict.fromkeys(names))
        bare = next((k for k in registry.main if _name_key(k.name) == key), None)  # a kind made without a template
        if bare is not None:
            raise InputFailed(f"„{kind}”: {bare.label} powstaje bez szablonu Word, więc nie ma zmiennych szablonu "
                              f"– dostępne: {shown}")
        raise InputFailed(f"nieznany rodzaj dokumentu lub szablon „{kind}” – dostępne: {shown}")
    examples = _example_contexts(registry)
    out = []
    for k, spec in chosen:
        variables = [Variable(f.name, f.description, contexts.type_name(f.type), _example(examples.get(spec.file), f.name))
                     for f in contexts.all_fields(spec.context_type)]
        out.append(TemplateVariables(spec.file, spec.title, k.name, k.command, variables))
    return out


def _name_key(name: str) -> str:
    """A kind's or a template's name as typed in any letter case, with Polish letters or .docx: `protokół` and
    `PLAN` were refused, though the commands take such spellings (rev-sys11 #14)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.strip().casefold().replace("ł", "l"))
    return "".join(c for c in folded if not unicodedata.combining(c)).removesuffix(".docx")


def _example_contexts(registry: Registry) -> dict[str, list[dict]]:
    """Contexts each template gets from the shipped example cases (none when pismo is installed without them)."""
    from pismo.documents.lint import EXAMPLE_CASES_DIR
    from pismo.case.problems import MissingData

    found: dict[str, list[dict]] = {}
    for path in sorted(EXAMPLE_CASES_DIR.glob("*.yaml")) if EXAMPLE_CASES_DIR.is_dir() else []:
        try:
            case = load(path)
        except PismoError:
            continue
        for k in registry.main:
            try:
                items = k.build(case.sprawa)
            except MissingData:
                continue
            for item in items:
                if item.template:
                    found.setdefault(item.template, []).append(item.context)
    return found


def _example(contexts_: list[dict] | None, dotted: str) -> str | None:
    """The first value any example context gives for a dotted name, as a short line."""
    for context in contexts_ or []:
        value = _lookup(context, dotted.replace("[]", ".[]").split("."))
        if value not in (None, "", []) and not isinstance(value, dict):
            return _shown(value)
    return None


def _lookup(value, parts: list[str]):
    for part in parts:
        if part == "[]":
            value = next((v for v in value or [] if v not in (None, "", [])), None)
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def _shown(value, limit: int = 70) -> str:
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, list):
        shown = [v for v in value if not isinstance(v, dict)]
        if not shown:
            return f"lista ({len(value)})"
        more = f" (+{len(shown) - 1})" if len(shown) > 1 else ""
        return _shown(shown[0], limit) + more
    text = " ".join(str(value).replace("\u00a0", " ").split())
    return f"„{text if len(text) <= limit else text[:limit - 1] + '…'}”"


@dataclass
class TemplateCheck:
    """What `check_templates` found in a folder of templates."""

    folder: str  # as shown to the user
    findings: list  # pismo.documents.lint.Finding: file, part, message, error
    count: int  # templates checked

    @property
    def errors(self) -> list:
        return [f for f in self.findings if f.error]


def check_templates(folder: Path | None = None, registry: Registry | None = None) -> TemplateCheck:
    """Lint every .docx in a folder (None: the built-in templates) against the typed contexts."""
    from pismo.render.engine import BUILTIN_DIR
    from pismo.documents.lint import lint_folder

    path = Path(folder) if folder is not None else BUILTIN_DIR
    display = str(folder).rstrip("/\\") if folder is not None else BUILTIN_DIR.name
    if not path.is_dir():
        from pismo.render.engine import templates_folder_missing

        raise InputFailed(f"{path}: {templates_folder_missing(path, option='')}.")  # an argument, no option
    try:
        findings, count = lint_folder(path, display, registry)
    except Unreadable as exc:
        raise InputFailed(f"{display}: {exc}") from None
    if count == 0:
        raise InputFailed(f"{display}: brak plików .docx do sprawdzenia.")
    if folder is not None:
        failed = {f.file for f in findings if f.error}
        findings += _trial_renders(path, display, failed, _registry(registry))
    return TemplateCheck(display, findings, count)


def _trial_renders(folder: Path, display: str, failed: set[str], registry: Registry) -> list:
    """Each template of a unit's folder that passed the static checks, filled once with the example cases'
    data: a failure only filling shows (1 + "a", a filter's argument out of range) is found here, not in
    the first document a unit makes."""
    from pismo.documents.generate import planned, render_one
    from pismo.documents.lint import EXAMPLE_CASES_DIR, Finding
    from pismo.render.engine import TemplateError, TemplateSet, Unfilled

    templates, tried, found = TemplateSet(folder), set(), []
    for path in sorted(EXAMPLE_CASES_DIR.glob("*.yaml")) if EXAMPLE_CASES_DIR.is_dir() else []:
        try:
            built, _ = planned(load(path), registry.names(main_only=True), registry)
        except PismoError:
            continue
        for item in (item for items in built.values() for item in items):
            name = item.template
            if not name or name in tried or f"{display}/{name}" in failed or templates.path(name).parent != folder:
                continue
            tried.add(name)
            try:
                render_one(item, templates)
            except Unfilled:  # a field of the example still to fill in: no fault of the template
                pass
            except TemplateError as exc:
                found.append(Finding(f"{display}/{name}", None,
                                     f"błąd przy wypełnianiu przykładowymi danymi ({path.name}): {exc}"))
    return found


def builtin_templates() -> list[Path]:
    """The built-in template files; InputFailed when the installation lacks them."""
    from pismo.render.engine import BUILTIN_DIR
    from pismo.documents.lint import template_files

    files, _ = template_files(BUILTIN_DIR) if BUILTIN_DIR.is_dir() else ([], [])
    if not files:
        raise InputFailed(f"Brak wbudowanych szablonów (szukano w: {BUILTIN_DIR}).")
    return files


def export_templates(folder: Path) -> list[Path]:
    """Copy the built-in templates into folder for a unit to edit, all or none; never replaces a file (OutputFailed)."""
    from pismo.files.output import ExistingFiles, OutputError, write_all

    sources = builtin_templates()
    try:
        return write_all(Path(folder), [(p.name, p.read_bytes()) for p in sources], where="")
    except ExistingFiles as exc:
        raise OutputFailed("\n".join([f"{folder}: te pliki już istnieją – nie skopiowano niczego:"]
                                     + [f"  {target}" for target in exc.paths]),
                           hint="Podaj pusty folder albo usuń lub przenieś te pliki.") from None
    except OutputError as exc:
        raise OutputFailed(str(exc)) from None


# --- check --------------------------------------------------------------------------------------

def load(source: Source, name: str | None = None, for_documents: bool = True):
    """The validated case (pismo.case.loader.Case); CaseError with every problem otherwise. `for_documents`: the
    file's name must do as its documents' folder (pismo.case.loader.load_case)."""
    from pismo.case.loader import load_case, load_case_text

    if isinstance(source, str):
        return load_case_text(source, name or "sprawa.yaml")
    return load_case(Path(source), for_documents)


def read_plans(source: Path) -> list:
    """Every plan of a source (.docx, .txt) recognised as a case file's text, nothing written
    (pismo.importer.ImportResult, one per plan); InputFailed when the source holds no plan pismo can read."""
    from pismo.importer import SourceError, import_plans

    try:
        return import_plans(Path(source))
    except SourceError as exc:
        raise InputFailed(f"{source}: {exc}") from None


def import_plan(source: Path, target: Path, overwrite: bool = False) -> list[tuple[Path, object]]:
    """Plans already written (.docx, .txt) → case files, all or none: one plan goes to target; several go
    beside it, each named target's stem and the plan's label ("sprawa-rejon-5.yaml"). Returns (path, result)
    per plan in the source's order. InputFailed when the source cannot be read as a plan, OutputFailed
    when a file may not be written (an existing one without overwrite)."""
    from pismo.files.casefile import ReadOnly, SharedFile, mode_from, name_refusal
    from pismo.files.output import ExistingFiles, OutputError, same_file, write_all

    source, target = Path(source), Path(target)
    results = read_plans(source)
    if len(results) == 1:
        paths = [target]
    else:
        paths = [target.with_name(f"{target.stem}-{r.label}{target.suffix or '.yaml'}") for r in results]
    for path in paths:
        if name_refusal(path):
            raise OutputFailed(name_refusal(path))
        if path.resolve() == source.resolve() or same_file(path, source):  # a link, a hard link too
            raise OutputFailed(f"{path}: plik sprawy nie może zastąpić pliku wejściowego – podaj inną nazwę (-o)")
    existing = [path for path in paths if path.exists()]
    if existing and not overwrite:
        raise OutputFailed(_import_exists(existing))
    try:  # a replaced case file keeps its own group and ACL; a new one takes the folder's group and rules, never
        write_all(target.parent,  # the text's group (a download's „users” got a named rw entry, the team none)
                  [(path.name, r.text.encode("utf-8")) for path, r in zip(paths, results)],
                  overwrite=overwrite, inputs=[source], where=" (-o)", cases=True, mode=mode_from(source),
                  like=source, like_case=False)
    except ExistingFiles as exc:  # made meanwhile (pismo serwer, nowa): import makes no other files to choose
        raise OutputFailed(_import_exists(exc.paths)) from None
    except ReadOnly as exc:
        raise OutputFailed(f"{exc}: " + exc.told("nic nie zapisano", "aby go zastąpić, zdejmij ochronę przed zapisem "
                                         "(we właściwościach pliku) albo podaj inną nazwę (-o)")) from None
    except SharedFile as exc:
        raise OutputFailed(f"{exc}: plik sprawy ma też inne nazwy (dowiązania twarde) – zastąpienie rozdzieliłoby je "
                           "i pozostałe zostałyby bez zmian; nic nie zapisano; podaj inną nazwę (-o)") from None
    except OutputError as exc:
        raise OutputFailed(str(exc)) from None
    return list(zip(paths, results))


def _import_exists(existing: list[Path]) -> str:
    what = "plik już istnieje" if len(existing) == 1 else "pliki już istnieją"
    return (f"{', '.join(map(str, existing))}: {what} – nic nie zapisano; podaj inną nazwę (-o) albo, aby zastąpić, "
            "użyj --nadpisz")


def deadlines(source: Source, today, name: str | None = None) -> list:
    """What is still to do in a case on a day (pismo.case.deadlines.Termin), overdue first; CaseError when the
    case does not load. The same list feeds `pismo terminy`, the web case list and terminarz.ics."""
    from pismo.case.deadlines import pending

    return pending(load(source, name, for_documents=False).sprawa, today)  # only read: no folder is named after it


def check(source: Source, name: str | None = None, *, templates: Path | None = None,
          registry: Registry | None = None) -> Report:
    """Validate a case and say, for every kind, whether it can be made now. Never raises for the case's own problems."""
    from pismo.case.checks import placeholders

    registry = _registry(registry)
    where = None if isinstance(source, str) else Path(source)
    try:
        case = load(source, name)
    except errors.CaseError as exc:
        blocking = [p for p in exc.problems if not p.warning]
        states = {k.name: KindState(k.name, k.label, 0, blocking) for k in registry.main}
        return Report(where, exc.problems, states, unread=isinstance(exc, errors.CaseUnreadable))
    # only a field still reading UZUPEŁNIJ can print one: else skip rendering altogether
    template_set = _template_set(templates, registry) if any(placeholders(case.doc.data)) else None
    made, blocked = _assess(case, registry.names(main_only=True), template_set, registry)
    states = {k.name: KindState(k.name, k.label, len(made.get(k.name, [])), blocked.get(k.name, []))
              for k in registry.main}
    return Report(where, list(case.warnings), states, case)


def odmien(path: "os.PathLike[str]"):
    """Write the forms the case file leaves out (from the dictionary) into it, keeping the rest.

    Returns pismo.morph.writeback.Written; CaseError for a broken case, OutputFailed if the
    file cannot be written (then it is unchanged)."""
    from pismo.files import folderlock, output
    from pismo.files.casefile import LockInWay, ReadOnly
    from pismo.morph.writeback import ChangedMeanwhile, SharedFile, odmien as write

    try:
        return write(Path(path))
    except ChangedMeanwhile:
        raise OutputFailed(f"{path}: plik sprawy zmienił się w czasie uzupełniania form (zapisano go w edytorze albo "
                           "w pismo serwer) – nic nie wpisano, zapisana wersja została bez zmian; uruchom polecenie "
                           "ponownie") from None
    except folderlock.Busy:
        raise OutputFailed(f"{path}: w folderze tego pliku zapisuje teraz inne polecenie pismo (od ponad "
                           f"{seconds(folderlock.WAIT_SECONDS)}) – poczekaj, aż skończy, i uruchom polecenie "
                           "ponownie; nic nie wpisano") from None
    except LockInWay as exc:
        raise OutputFailed(f"{exc} i uruchom polecenie ponownie; nic nie wpisano") from None
    except ReadOnly as exc:
        raise OutputFailed(f"{path}: " + exc.told("nic nie wpisano", "aby uzupełnić w nim formy, zdejmij ochronę przed "
                                          "zapisem (we właściwościach pliku) i uruchom polecenie ponownie")) from None
    except SharedFile:
        raise OutputFailed(f"{path}: plik sprawy ma też inne nazwy (dowiązania twarde) – zapis rozdzieliłby je "
                           "i pozostałe zostałyby bez zmian; skopiuj plik i uruchom polecenie na kopii; nic nie "
                           "wpisano") from None
    except OSError as exc:
        folder = os.path.dirname(os.path.realpath(path))
        if exc.errno in (errno.EACCES, errno.EPERM) and not os.access(folder, os.W_OK):
            raise OutputFailed(f"{path}: nie można zapisywać w folderze {folder} (brak uprawnień do tworzenia w nim "
                               "plików) – pismo zapisuje nową wersję obok pliku sprawy; zmień uprawnienia "
                               "folderu albo skopiuj plik sprawy do folderu, w którym możesz zapisywać; nic nie "
                               "wpisano") from None
        what, _ = output._reason(exc)  # the cause alone: the case file stays where it is (no other folder)
        raise OutputFailed(f"{path}: nie można zapisać pliku ({what}) – nic nie wpisano") from None


def _assess(case, kinds: list[str], templates, registry: Registry):
    from pismo.render.engine import TemplateError
    from pismo.documents.generate import made_and_blocked

    try:
        return made_and_blocked(case, kinds, templates, registry)
    except TemplateError as exc:
        raise TemplateFailed(str(exc)) from None


# --- generate and render -----------------------------------------------------------------------

def _kinds(asked: list[str] | None, public: bool, registry: Registry) -> list[str]:
    chosen = registry.names(main_only=True) if asked is None else list(asked)
    unknown = [k for k in chosen if k not in registry]
    if unknown:
        raise InputFailed(f"nieznany rodzaj dokumentu: {', '.join(unknown)} – dostępne: "
                          f"{', '.join(registry.names())}")
    if public:
        chosen += [registry.public_of(k) for k in chosen if registry.public_of(k)]
    return list(dict.fromkeys(chosen))


def _template_set(templates: Path | None, registry: Registry | None = None):
    from pismo.render.engine import TemplateSet
    from pismo.render.template_package import TemplateError

    if templates is not None and not Path(templates).is_dir():
        from pismo.render.engine import templates_folder_missing

        raise InputFailed(f"{templates}: {templates_folder_missing(Path(templates))}")
    try:
        template_set = TemplateSet(Path(templates) if templates is not None else None)
    except TemplateError as exc:
        raise InputFailed(str(exc)) from None
    if template_set.override is not None:
        from pismo.render.unit_templates import none_there

        refused = none_there(template_set.override, template_set.files, sorted(_registry(registry).templates()))
        if refused:
            raise InputFailed(refused)
    return template_set


def _template_notes(template_set, kinds: list[str], registry: Registry) -> list[str]:
    """What the chosen kinds print with the built-in template though a unit's folder was given."""
    if template_set.override is None:
        return []
    from pismo.render.unit_templates import missing_notes

    needed = [t.file for kind in kinds for t in registry[kind].templates]
    return missing_notes(template_set.override, template_set.files, needed, sorted(registry.templates()))


def _check_out(out: Path) -> None:
    from pismo.files.output import OutputError, check_folder

    try:
        check_folder(Path(out))
    except OutputError as exc:
        raise OutputFailed(str(exc)) from None


def generate(source: Source, kinds: list[str] | None = None, out: Path = DEFAULT_OUT, overwrite: bool = False,
             pdf: bool = False, public: bool = False, *, templates: Path | None = None, soffice: str | None = None,
             manifest: bool | None = None, name: str | None = None, registry: Registry | None = None,
             inputs: tuple = (), pdf_notes: bool = True) -> Result:
    """Write every kind that can be made (each all or none) into out/<case name>/.

    kinds None means every kind. Every call keeps the folder's manifest.json, the record of what pismo
    wrote there (record.py), so a re-run replaces its own unchanged files without overwrite;
    manifest=False leaves the record alone.
    public adds the public versions of the chosen kinds that have one. Kinds that
    cannot be made are in Result.blocked with their problems, nothing of them is
    written. Raises PismoError when the case, a template or the writing fails.
    """
    from pismo.render.engine import TemplateError
    from pismo.documents.generate import write_made
    from pismo.files.output import Committed, OutputError

    registry = _registry(registry)
    chosen = _kinds(kinds, public, registry)
    template_set = _template_set(templates, registry)
    _check_out(out)
    case = load(source, name)
    older = _older_before(out, case)
    try:
        made = write_made(case, chosen, template_set, Path(out), overwrite, True if manifest is None else manifest,
                          registry, inputs)
    except TemplateError as exc:
        raise TemplateFailed(str(exc)) from None
    except OutputError as exc:
        raise OutputFailed(str(exc)) from None
    except Committed as done:  # Ctrl+C while the files were put in place: the case's result is told whole
        done.result = _written_result(source, case, chosen, done.made)
        raise
    result = _written_result(source, case, chosen, made)
    result.older_before = older
    if pdf:
        read = [*([] if isinstance(source, str) else [Path(source)]), *map(Path, inputs)]
        try:
            result.pdfs, result.pdf_error = _pdfs_beside(result.documents, soffice, overwrite, pdf_jobs(),
                                                         _read_files(read, templates))
        except errors.Interrupted as exc:  # Ctrl+C in the PDF step: the documents are written
            raise _pdfs_interrupted(exc, [result], out)
    return _note_stale_pdfs(result, result.pdfs) if pdf_notes else result


def _written_result(source, case, chosen: list[str], made) -> Result:
    """The Result of a case's write (documents.generate.Written): its files, blocked kinds and every note."""
    result = Result(None if isinstance(source, str) else Path(source), blocked=made.blocked,
                    warnings=list(case.warnings), made_any=len(made.blocked) < len(chosen))
    result.files = [WrittenFile(path, item.rodzaj, item.adresat) if item else WrittenFile(path, "manifest")
                    for path, item in made.files]
    swept = {path: getattr(getattr(item, "scrub", None), "sweep", None) for path, item in made.files if item}
    result.notes = (_public_notes(result.files, {p: s.cut for p, s in swept.items() if s})
                    + _no_longer_made_notes(made.removed, made.left, made.stayed)
                    + _outdated_notes(made.outdated) + _stale_public_notes(result.files)
                    + _twin_notes(made.files, made.twins, case.doc.path if case.from_file else None)
                    + _closed_notes(*made.closed, case.doc.path if case.from_file else None)
                    + _unshared_notes(made.unshared, case.doc.path if case.from_file else None) + _unreached_notes(made.unreached, made.files, made.unreached_why)
                    + _denied_notes(made.denied, case.doc.path if case.from_file else None)
                    + _untaken_notes(made.untaken))
    return result


def _denied_notes(denied: dict, case: Path | None) -> list[str]:
    """Documents the officer shared by hand with someone the case file shuts out by an entry of no rights (setfacl -m
    u:ewa:---): the run took the access back, as the case says – told, with how to give it for good (a plan shared
    with the supervisor was taken from her silently)."""
    from pismo.files.output import _whom
    from pismo.polish import as_typed, as_typed_word

    if not denied or case is None:
        return []
    names = [_whom([(0x02 if kind == "u" else 0x08, who)])[0] for kind, who in sorted(denied)]
    files = sorted({path for paths in denied.values() for path in paths})
    whom = ", ".join(names)
    entries = ",".join(f"{kind}:{name.removeprefix('grupa ')}:r" for (kind, _), name in zip(sorted(denied), names))
    return [f"Uwaga: plik sprawy {case} odbiera dostęp (wpisem bez uprawnień): {whom} – dlatego odebrano go też do "
            f"tych dokumentów sprawy, choć udostępniono je ręcznie: {_named(files)}; jeśli mają je czytać, daj im dostęp "
            f"w pliku sprawy: setfacl -m {as_typed_word(entries)} {as_typed(case)}"]


def _untaken_notes(untaken: dict) -> list[str]:
    """This account's files from which the system would not take the entry of someone taken off the case file (an
    immutable file – chattr +i): told with the setfacl to run once they can be changed – the colleague kept access
    to them silently; pismo's next run tries again (they stay recorded)."""
    from pismo.files.output import _whom
    from pismo.polish import as_typed, as_typed_word

    if not untaken:
        return []
    keys = sorted({key for held in untaken.values() for key in held})
    names = [_whom([(0x02 if kind == "u" else 0x08, who)])[0] for kind, who in keys]
    entries = ",".join(f"{kind}:{name.removeprefix('grupa ')}" for (kind, _), name in zip(keys, names))
    files = sorted(untaken)
    return [f"Uwaga: plik sprawy już nie daje dostępu: {', '.join(names)}, ale system nie pozwolił odebrać tego dostępu "
            f"do tych plików (np. są niezmienialne – chattr +i): {_named(files)}; gdy będzie można je zmienić, uruchom: "
            f"setfacl -x {as_typed_word(entries)} {' '.join(as_typed(path) for path in files)} – albo uruchom pismo "
            "ponownie"]


def _unreached_notes(entries: list[str], files, why: str = "są w nim też inne pliki") -> list[str]:
    """This account's documents folder, which keeps its own rights (`why`: it holds other files, …), shut to whom the
    case file names: told with the command that lets them in (a colleague given the case could reach none of its
    documents)."""
    from pismo.polish import as_typed, as_typed_word

    if not entries or not files:
        return []
    folder = files[0][0].parent
    whom = ", ".join(entry.split(":")[1] for entry in entries)
    return [f"Uwaga: folder dokumentów {folder} ma własne uprawnienia ({why or 'są w nim też inne pliki'}, więc nie idzie za "
            f"plikiem sprawy) i nie mogą do niego wejść ci, którym plik sprawy daje dostęp: {whom}; aby ich wpuścić "
            f"(tylko do dokumentów o znanych nazwach, bez przeglądania folderu), uruchom: setfacl -m {as_typed_word(','.join(entries))} "
            f"{as_typed(folder)}"]


def _unshared_notes(unshared, case: Path | None = None) -> list[str]:
    """Another account's files and folders of the case that let read whom the case file no longer does, or not whom
    it does – this account may not change their rights: named with their owner and who is let in or kept out (a
    colleague taken off the case kept the plan's PDF of a teammate's run, and the run said nothing); a deleted
    account's told as such, with the command that makes them anew where this account may (no one is there to ask)."""
    from pismo.polish import as_typed

    notes = []
    for owner, paths, let_in, kept_out, remade in unshared:
        whom = ([f"nadal mają do nich dostęp, choć plik sprawy już go nie daje: {', '.join(let_in)}"] if let_in else []) + (
            [f"nie mają do nich dostępu, choć daje go plik sprawy: {', '.join(kept_out)}"] if kept_out else [])
        files = [path for path in paths if not path.is_dir()]
        them = ([_named(files)] if files else []) + [f"folder {path}" for path in paths if path.is_dir()]
        if remade is None:
            whose = f"użytkownika {owner}"
            todo = (f"poproś użytkownika {owner} (albo administratora), żeby uruchomił to polecenie ponownie albo "
                    "zmienił ich uprawnienia.")
        else:
            whose = f"usuniętego konta (numer {owner})"
            todo = (f"utwórz je ponownie: pismo wszystko {as_typed(case)} – zastąpi pliki pisma niezmienione od "
                    "zapisu." if remade and case is not None else
                    "poproś administratora, żeby oddał je komuś z zespołu (chown) albo je usunął.")
        notes.append(f"Uwaga: pliki i foldery sprawy {whose} nie są udostępnione tak jak plik sprawy, a to "
                     f"konto nie może zmienić ich uprawnień: {', '.join(them)} – {'; '.join(whom)}; {todo}")
    return notes


def _closed_notes(closed: list[Path], opened: list[str], case: Path | None) -> list[str]:
    """Files of a case made while it was private that stay so once its file is shared (a replaced file keeps its
    rights – the officer's choice): told at the first write after, with how to share them as the case file is – each
    class given what the case gives it within what a new file there gets (a team case's rw: `chmod g+r` left every
    teammate's run refused) – their folder too, when it is closed as well (one holding the officer's own files does
    not follow the case); every file of the folder by its glob – they were shut to the group silently."""
    from pismo.files import record
    from pismo.files.casefile import has_acl, sharing
    from pismo.files.output import within_new
    from pismo.polish import as_typed

    if not closed or case is None:
        return []
    folder = closed[0].parent
    whom = {"grupa": f"dla grupy {_group_name(case)}", "inni": "dla wszystkich użytkowników komputera"}
    classes = " i ".join(whom[name] for name in opened)
    try:
        given = within_new(sharing(case), folder.parent)
        shut = any(not sharing(folder) & record.CLASSES[name] >> 2 for name in opened)  # its x bit
    except OSError:
        given, shut = 0o644, False
    rights = [(name, "rw" if (given >> 3 if name == "grupa" else given) & 2 else "r") for name in opened]
    acl = any(has_acl(path) for path in [*closed, folder])  # chmod g+… sets an ACL's mask, never group::---
    command = f"{_opening(rights, acl)} {_files_typed(closed, folder)}"
    if shut:
        command += f" && {_opening([(name, bits + 'x') for name, bits in rights], acl)} {as_typed(folder)}"
    return [f"Uwaga: plik sprawy {case} jest teraz dostępny do odczytu {classes}, a te pliki jego dokumentów, "
            f"utworzone, gdy był prywatny, pozostały zamknięte jak wtedy: {_named(closed)}; aby je udostępnić tak "
            f"jak plik sprawy, uruchom: {command}"]


def _opening(rights: list[tuple[str, str]], acl: bool) -> str:
    """The command giving each class („grupa”/„inni”) its rights („rw”): setfacl for files with an ACL (a chmod only
    sets their mask), else chmod."""
    if acl:
        return "setfacl -m " + ",".join(f"{'g' if name == 'grupa' else 'o'}::{bits}" for name, bits in rights)
    return "chmod " + ",".join(f"{'g' if name == 'grupa' else 'o'}+{bits}" for name, bits in rights)


def _files_typed(files: list[Path], folder: Path) -> str:
    """The files as typed at a prompt: the folder's glob („pisma/rejon/*”) when they are every file it shows – a
    case's forty invitations made one line of a screen –, pismo's record aside (it follows the case itself, and the
    command gives it no more than it has), else each by name."""
    from pismo.files.record import MANIFEST
    from pismo.polish import as_typed

    try:
        shown = {folder / name for name in os.listdir(folder) if not name.startswith(".")}
    except OSError:
        shown = set()
    if len(shown) > 1 and shown - {folder / MANIFEST} == set(files) - {folder / MANIFEST}:
        return f"{as_typed(folder)}/*"
    return " ".join(map(as_typed, files))


def _group_name(path: Path) -> str:
    """The name of the file's group (its number where the system has no name for it)."""
    try:
        gid = os.stat(path).st_gid
    except OSError:
        return "pliku"
    try:
        import grp

        return grp.getgrgid(gid).gr_name
    except (ImportError, KeyError):
        return str(gid)


def _pdfs_interrupted(exc: errors.Interrupted, results: list[Result], out) -> errors.Interrupted:
    """Ctrl+C in the PDF step: the documents written, old PDFs named, and the command that makes the rest."""
    exc.results = [_note_stale_pdfs(r, exc.pdfs) for r in results]
    rest = "pozostałe" if exc.pdfs else "pliki PDF"  # „pozostałe” after „żadnego nie zapisano” contradicted it
    exc.message += f" Aby utworzyć {rest}, uruchom {_pdf_command(results, out)}."
    return exc


def _no_longer_made_notes(removed: list[Path], left: list[Path], stayed: list[Path] = ()) -> list[str]:
    """The files pismo recorded in the case folder that the case no longer makes: what the write removed,
    what it kept because it was changed since, and what it could not remove (a folder sent whole must not
    hold them unsaid)."""
    from pismo.files.output import locked, read_only, sticky_owner

    bound = [path for path in left if locked(path) or sticky_owner(path)]  # no mark of the officer's keeps them
    left = [path for path in left if path not in bound]
    notes = []
    if removed:
        notes.append("Usunięto dokumenty, których sprawa już nie zawiera (utworzone wcześniej przez pismo i od tamtej "
                     f"pory niezmienione): {_named(removed)}.")
    marked = [path for path in left if read_only(path)]  # kept for the mark, not for an edit
    left = [path for path in left if path not in marked]
    if marked:
        notes.append("Uwaga: zostały dokumenty, których sprawa już nie zawiera – oznaczone jako tylko do odczytu (np. "
                     f"wersja wysłana), więc ich nie usunięto: {_named(marked)}; jeśli nie są już potrzebne, usuń je "
                     "albo przenieś.")
    if left:
        notes.append("Uwaga: zostały dokumenty, których sprawa już nie zawiera – zmienione po utworzeniu przez pismo "
                     "(np. w Wordzie) albo pliki PDF dokumentów zmienionych lub usuniętych z folderu, więc ich nie usunięto: "
                     f"{_named(left)}; jeśli nie są już potrzebne, usuń je albo przenieś.")
    return notes + _stayed_notes([*stayed, *bound])


def _stayed_notes(stayed: list[Path]) -> list[str]:
    """The files to remove that stayed, by why: another account's in a sticky folder, locked, or open in another
    program – only the last go by themselves once closed; the first two were told „close it in Word” on every run."""
    from pismo.files.output import LOCKED_HOW, locked, sticky_owner

    sticky = _with_pdfs(stayed, sticky_owner)
    frozen = _with_pdfs([p for p in stayed if p not in sticky], locked)
    busy = [p for p in stayed if p not in sticky and p not in frozen]
    notes, gone = [], "Uwaga: nie usunięto dokumentów, których sprawa już nie zawiera"
    if sticky:
        owners = ", ".join(dict.fromkeys(filter(None, map(sticky_owner, sticky))))
        notes.append(f"{gone} – należą do innego użytkownika (właściciel: {owners}), a folder pozwala usuwać pliki "
                     f"tylko ich właścicielom (folder z bitem „sticky”, jak /tmp): {_named(sticky)}; poproś "
                     "właściciela, żeby je usunął albo przeniósł.")
    if frozen:
        notes.append(f"{gone} – są zablokowane ({LOCKED_HOW}): {_named(frozen)}; jeśli nie są już potrzebne, "
                     "odblokuj je i usuń albo przenieś.")
    if busy:
        notes.append(f"{gone} – nie można ich usunąć (np. są otwarte w innym programie, jak Word albo Outlook; plik "
                     f"PDF zostaje ze swoim dokumentem): {_named(busy)}; zamknij je i usuń albo przenieś (gdy będą "
                     "zamknięte, następny zapis tej sprawy usunie je sam).")
    return notes


def _with_pdfs(paths: list[Path], why) -> list[Path]:
    """The files for which why(file) holds, and the PDFs that stayed with such a document."""
    found = [p for p in paths if why(p)]
    return found + [p for p in paths if p not in found and p.suffix.lower() == ".pdf"
                    and p.with_suffix(".docx") in found]


def _twin_notes(files: list, twins: list[Path], case_file: Path | None = None) -> list[str]:
    """A folder beside the case's whose name differs only in letter case or in how Polish letters are encoded: the
    case file renamed – this case's documents from before –, unless the twin's record names another case file
    that is there, or the twin holds this case's file: neither is „old” nor to be deleted."""
    if not twins or not files:
        return []
    folder = files[0][0].parent
    notes = []
    for twin in twins:
        about = f"Uwaga: obok folderu {folder} jest folder {twin} {_twin_how(twin.name, folder.name)}"
        other = _twin_case(twin, case_file)
        if other is not None:
            notes.append(f"{about} – to dokumenty innej sprawy (plik {other}); na Windows i macOS oba byłyby jednym "
                         "folderem i dokumenty obu spraw by się pomieszały – nie usuwaj go; zmień nazwę jednego z "
                         "plików spraw.")
        elif case_file is not None and _inside(case_file, twin):
            notes.append(f"{about} – w nim leży plik tej sprawy ({case_file}); na Windows i macOS oba byłyby jednym "
                         "folderem, a łatwo je pomylić – nie usuwaj go; aby dokumenty trafiały do niego, nadaj plikowi "
                         "sprawy nazwę jak folder (wielkość liter też).")
        else:
            notes.append(f"{about} – zapewne dokumenty tej sprawy sprzed zmiany nazwy jej pliku; na Windows i macOS "
                         "oba byłyby jednym folderem, a łatwo je pomylić – nie wysyłaj dokumentów ze starego folderu; "
                         "jeśli nie jest już potrzebny, usuń go albo przenieś.")
    return notes


def _twin_how(twin: str, name: str) -> str:
    """How two names Windows and macOS take for one differ: in letter case, in the encoding of Polish letters
    (NFC/NFD: a Mac's copy), or in both."""
    import unicodedata

    if unicodedata.normalize("NFC", twin) == unicodedata.normalize("NFC", name):
        return ("o nazwie wyglądającej tak samo (polskie litery zapisano w niej inaczej, np. plik sprawy z komputera "
                "Mac)")
    if unicodedata.is_normalized("NFC", twin) != unicodedata.is_normalized("NFC", name):
        return ("o nazwie różniącej się wielkością liter, a polskie litery zapisano w niej też inaczej (np. plik "
                "sprawy z komputera Mac)")
    return "o nazwie różniącej się tylko wielkością liter"


def _twin_case(twin: Path, case_file: Path | None) -> Path | None:
    """The other case file still there that the twin's record says its documents were made from (None: none)."""
    from pismo.files import record

    if case_file is None:
        return None
    return record.other_case(twin, {record.CASE_FILE: record.case_field(twin, case_file)})


def _inside(path: Path, folder: Path) -> bool:
    """Whether the file lies in the folder (or deeper)."""
    real, within = os.path.realpath(path), os.path.realpath(folder)
    try:
        return os.path.commonpath([real, within]) == within
    except ValueError:  # another drive (Windows)
        return False


def _outdated_notes(outdated: list[Path]) -> list[str]:
    """Documents pismo made before of a kind it could not make now: kept, but not of the case as it is."""
    if not outdated:
        return []
    return ["Uwaga: zostały dokumenty z poprzedniej wersji sprawy, których teraz nie utworzono (sprawa jest "
            f"niekompletna): {_named(outdated)} – nie odpowiadają obecnej treści sprawy; nie wysyłaj ich – uzupełnij "
            "sprawę i uruchom polecenie ponownie albo usuń je."]


def _stale_public_notes(files: list[WrittenFile]) -> list[str]:
    """A public version pismo made (recorded, unchanged) of another version of a document just written: the old
    text, maybe with what the correction removed (a name, a phone), must not go to the unit's web page."""
    from pismo.documents.kinds import PUBLIC_SUFFIX

    written = {f.path for f in files}
    stale = [public for document in (f.path for f in files if f.path.suffix == ".docx"
                                     and not f.kind.endswith(PUBLIC_SUFFIX) and f.kind != "manifest")
             if (public := document.with_name(f"{document.stem}{PUBLIC_SUFFIX}{document.suffix}")) not in written
             and _of_another_version(public, document)]
    if not stale:
        return []
    stale += [pdf for public in stale if _made_of((pdf := public.with_suffix(".pdf")), public)]  # the web page's
    return ["Uwaga: wersje do publikacji z poprzedniej wersji sprawy – mogą zawierać tekst, który w sprawie poprawiono "
            f"(np. dane osoby): {_named(stale)}; nie publikuj ich – utwórz je ponownie, uruchamiając polecenie "
            "z --publikacja."]


def _named(paths: list[Path]) -> str:
    """Files in a note: each by its path, or, for many, how many, where, and the first names."""
    from pismo.polish import count

    if len(paths) <= 5:
        return ", ".join(map(str, paths))
    shown = ", ".join(path.name for path in paths[:10]) + (", …" if len(paths) > 10 else "")
    return f"{count(len(paths), 'plik', 'pliki', 'plików')} w {paths[0].parent} ({shown})"


def _note_stale_pdfs(result: Result, made: list[Path]) -> Result:
    """A PDF pismo made (its record lists it, unchanged) from another version of a document just written is of
    the previous version: said, since the PDF is what an officer sends or publishes, with `pismo pdf`, which
    replaces it. A PDF of the very document written (a re-run of an unchanged case) is not. Any other PDF
    there is the officer's own (a scan of the signed plan): neither called pismo's nor pointed at a command
    that would replace it."""
    made = set(map(Path, made))
    stale = [pdf for document, pdf in ((d, d.with_suffix(".pdf")) for d in result.documents if d.suffix == ".docx")
             if pdf not in made and _of_another_version(pdf, document)]
    if stale:
        folders = " ".join(as_typed(folder) for folder in dict.fromkeys(pdf.parent for pdf in stale))
        result.notes.append(f"Uwaga: {_stale_pdfs(stale, folders)}.")
    return _note_older_pdfs(result, made | set(stale))


def _stale_pdfs(stale: list[Path], folders: str) -> str:
    """PDFs of the previous version of documents just written, with the `pismo pdf` that renews them (--nadpisz
    for one marked read-only)."""
    from pismo.files.output import renew_pdfs
    from pismo.polish import count

    documents = [pdf.with_suffix(".docx") for pdf in stale]
    if len(stale) == 1:
        return (f"plik PDF z poprzedniej wersji dokumentu – może się od niego różnić: {stale[0]}; "
                + renew_pdfs(documents, folders))
    named = ", ".join(map(str, stale)) if len(stale) <= 5 else f"{count(len(stale), 'plik', 'pliki', 'plików')} w {stale[0].parent}"
    return f"pliki PDF z poprzedniej wersji dokumentów – mogą się od nich różnić: {named}; " + renew_pdfs(documents, folders)


def _note_older_pdfs(result: Result, told: set[Path]) -> Result:
    """A PDF pismo made in the case's folder before its document was changed (corrected in Word): named
    whether or not this run wrote that document – an officer who corrected the plan and sends plan.pdf sends
    the text without the corrections. The documents are pismo's: recorded now, or before the write (which
    drops a changed document's entry). `told`: the PDFs just made or already named as of a previous version."""
    from pismo.files import record
    from pismo.files.output import older_pdfs

    found = [*result.older_before, *(document for folder in dict.fromkeys(d.parent for d in result.documents)
                                      for document in record.older_pdfs(folder))]
    older = [document for document in dict.fromkeys(found)
             if document.with_suffix(".pdf") not in told and record.older_pdf(document)]
    if older:
        result.notes.append(f"Uwaga: {older_pdfs(older)}.")
    return result


def _older_before(out: Path, case) -> list[Path]:
    """The case folder's documents with a PDF older than them, before a write drops their entries."""
    from pismo.files import record
    from pismo.files.output import OutputError, subfolder

    try:
        return record.older_pdfs(subfolder(Path(out), case.name))
    except (OutputError, OSError):
        return []


def _made_of(pdf: Path, document: Path) -> bool:
    """pismo made the PDF (recorded, unchanged) of the document as it is now."""
    from pismo.files.record import made_from, sha256_of

    return made_from(pdf) is not None and made_from(pdf) == sha256_of(document)


def stale_public_pdf_notes(pdfs: list[Path]) -> list[str]:
    """`pismo pdf` made PDFs of public versions pismo made from a previous version of their document (the case
    was corrected since, maybe to remove a name the redaction missed): those files are for the unit's web page."""
    from pismo.documents.kinds import PUBLIC_SUFFIX

    suffix = f"{PUBLIC_SUFFIX}.pdf"
    stale = [pdf for pdf in map(Path, pdfs) if pdf.name.endswith(suffix) and _of_another_version(
        pdf.with_suffix(".docx"), pdf.with_name(pdf.name[:-len(suffix)] + ".docx"))]
    if not stale:
        return []
    return [f"Uwaga: pliki PDF wersji do publikacji z poprzedniej wersji sprawy – ich pliki .docx utworzono przed "
            f"poprawieniem sprawy i mogą zawierać tekst, który w niej poprawiono (np. dane osoby): {_named(stale)}; "
            "nie publikuj ich – utwórz wersje do publikacji ponownie (polecenie z --publikacja) i uruchom pismo pdf "
            "jeszcze raz."]


def older_pdf_notes(pdfs: list[Path]) -> list[str]:
    """`pismo pdf` wrote into these folders: a PDF there older than its corrected document is named, as every
    write into the folder names it until `pismo pdf` renews it."""
    from pismo.files import record
    from pismo.files.output import older_pdfs

    made = set(map(Path, pdfs))
    older = [document for folder in dict.fromkeys(pdf.parent for pdf in made)
             for document in record.older_pdfs(folder) if document.with_suffix(".pdf") not in made]
    return [f"Uwaga: {older_pdfs(older)}."] if older else []


def revised_pdf_notes(pdfs: list[Path]) -> list[str]:
    """PDFs of documents holding tracked changes: made with the changes accepted (pdf.revised) – the officer is told,
    as the .docx itself still holds the deleted text (rev-pdf13 #5)."""
    from pismo.files.pdf import revised

    return [f"Uwaga: {docx} zawiera nieprzyjęte zmiany (śledzenie zmian) – {pdf} pokazuje "
            "dokument z przyjętymi zmianami, bez usuniętego tekstu i bez oznaczeń zmian; sam plik .docx nadal "
            "zawiera usunięty tekst – zanim go komuś wyślesz, przyjmij w nim zmiany w Wordzie (Recenzja → "
            "Zaakceptuj → Zaakceptuj wszystkie zmiany)." for pdf, docx in revised(pdfs)]


def open_document_pdf_notes(pdfs: list[Path], kept: bool = False) -> list[str]:
    """`pismo pdf` made (or `kept`, read-only and current) PDFs of documents open in Word or LibreOffice (an owner
    or lock file beside): the PDF is of the version saved on disk – corrections still on the screen are not in it."""
    from pismo.files.output import open_in

    notes = []
    for pdf in map(Path, pdfs):
        holder = open_in(pdf.with_suffix(".docx"))
        if holder is not None:
            again = " --nadpisz" if kept else ""  # a kept PDF is marked read-only: pismo pdf keeps it otherwise
            notes.append(f"Uwaga: {pdf.with_suffix('.docx')} jest otwarty w {holder[0]}{holder[1]} – {pdf} powstał "
                         "z wersji zapisanej na dysku, bez zmian niezapisanych; jeśli poprawiasz dokument, zapisz go "
                         f"i uruchom „pismo pdf {as_typed(pdf.with_suffix('.docx'))}{again}” ponownie.")
    return notes


def kept_pdf_notes(given: list[Path], written: list[Path], overwrite: bool = False) -> list[str]:
    """`pismo pdf` left PDFs this account may not replace (marked read-only – the version sent –, another account's,
    on a read-only medium) that pismo made of the document as it is now: not replaced, said so – the command had no
    other word of them. The mark is named only where it is, --nadpisz advised only where it would help."""
    from pismo.files.output import marked_read_only, read_only
    from pismo.files.pdf import PdfError, _bound, docx_in, pdf_path

    documents = []
    for path in map(Path, given):
        try:
            documents += docx_in(path) if path.is_dir() else [path]
        except PdfError:
            continue
    made = set(map(Path, written))
    kept = [pdf_path(d) for d in dict.fromkeys(documents) if pdf_path(d) not in made
            and (read_only(pdf_path(d)) or _bound(pdf_path(d))) and _made_of(pdf_path(d), d)]
    from pismo.files.output import on_read_only_medium

    marked = [pdf for pdf in kept if marked_read_only(pdf) and not _bound(pdf) and not on_read_only_medium(pdf)]
    others = [pdf for pdf in kept if pdf not in marked]
    notes = []
    if marked:
        again = "" if overwrite else "; aby mimo to utworzyć go ponownie, użyj --nadpisz"
        notes.append(f"Bez zmian: {_named(marked)} – PDF powstał z obecnej wersji dokumentu i jest oznaczony jako tylko "
                     f"do odczytu (np. wersja wysłana), więc go nie zastępowano{again}.")
    by_reason: dict[str, list[Path]] = {}
    for pdf in others:
        by_reason.setdefault(_why_kept(pdf), []).append(pdf)
    notes += [f"Bez zmian: {_named(pdfs)} – PDF powstał z obecnej wersji dokumentu, więc nie trzeba go tworzyć "
              f"ponownie ({why})." for why, pdfs in by_reason.items()]
    return notes + (open_document_pdf_notes(marked, kept=not overwrite) if marked else [])


def _why_kept(pdf: Path) -> str:
    """Why this account may not replace a PDF that is not marked read-only, as the officer can check it."""
    from pismo.files.output import foreign_owner, locked, on_read_only_medium, sticky_owner

    owner = sticky_owner(pdf) or foreign_owner(pdf)
    if owner:
        return f"należy do innego użytkownika: {owner}"
    if on_read_only_medium(pdf):
        return "leży na nośniku tylko do odczytu"
    return "jest zablokowany przed zmianami" if locked(pdf) else "to konto nie może go zastąpić"


def removed_document_pdf_notes(pdfs: list[Path]) -> list[str]:
    """`pismo pdf` made PDFs of documents the case no longer makes (an addressee taken out): a write could not
    remove them (open in another program) and the record marks them so – a ready-to-send letter the plan no
    longer has."""
    from pismo.files.record import to_be_removed

    left = [pdf for pdf in map(Path, pdfs) if to_be_removed(pdf.with_suffix(".docx"))]
    if not left:
        return []
    return [f"Uwaga: pliki PDF dokumentów, których sprawa już nie zawiera (poprzedni zapis sprawy nie mógł ich "
            f"usunąć, bo były otwarte w innym programie): {_named(left)}; nie wysyłaj ich – następny zapis tej "
            "sprawy usunie je razem z dokumentami."]


def _of_another_version(pdf: Path, document: Path) -> bool:
    """pismo made the PDF (recorded, unchanged) from a document other than the one now recorded beside it; a PDF
    recorded without its document's digest (by an older pismo) counts as another's."""
    from pismo.files.record import made_from, recorded_sha, replaceable

    if not replaceable(pdf):
        return False
    source = made_from(pdf)
    return source is None or source != recorded_sha(document)


def _read_files(cases: list[Path], templates: Path | None) -> list[Path]:
    """What a document command reads, never replaced by a PDF it writes: its case files, the unit's templates."""
    folder = Path(templates) if templates else None
    try:
        return [*cases, *folder_files(folder)] if folder and folder.is_dir() else cases
    except Unreadable:  # the documents were made from it a moment ago: nothing of it can be a PDF's name
        return cases


def _pdfs_beside(documents: list[Path], soffice: str | None, overwrite: bool, jobs: int, inputs=()
                 ) -> tuple[list[Path], PismoError | None]:
    """PDFs of written documents, and the PDF failure if any: it is reported beside the documents, which stay
    written (Ctrl+C still interrupts)."""
    try:
        return make_pdfs(documents, soffice, overwrite, jobs, inputs), None
    except errors.Interrupted:
        raise
    except PismoError as exc:
        return getattr(exc, "written", []), exc


def _public_documents(files: list[WrittenFile]) -> list[Path]:
    from pismo.documents.kinds import PUBLIC_SUFFIX

    return [f.path for f in files if f.kind.endswith(PUBLIC_SUFFIX) and f.path.suffix == ".docx"]


def _public_notes(files: list[WrittenFile], swept: dict | None = None) -> list[str]:
    """After a public version is written: what was removed from it, named by its file; `swept`: by file, the words
    the final sweep removed (pismo.publication.sweep), for the officer to check."""
    public = _public_documents(files)
    if not public:
        return []
    from pismo.publication.redact import document_counts, removed_note

    swept = swept or {}
    return [f"{path}: wersja do publikacji – {removed_note(document_counts(path), swept.get(path, []))}."
            for path in public]


def public_caveat(results: list[Result]) -> str | None:
    """That the public versions written in a run must be read before they are published: once a run."""
    written = sum(len(_public_documents(r.files)) for r in results)
    if not written:
        return None
    from pismo.publication.redact import caveat

    return caveat(written)


def render(source: Source, kind: str, *, templates: Path | None = None, name: str | None = None,
           registry: Registry | None = None) -> list[tuple[str, bytes]]:
    """The files of one kind in memory, (file name, bytes) each; DocumentError when the kind cannot be made."""
    registry = _registry(registry)
    chosen = _kinds([kind], False, registry)
    template_set = _template_set(templates, registry)
    case = load(source, name)
    made, blocked = _assess(case, chosen, template_set, registry)
    if blocked:
        raise DocumentError([p for problems in blocked.values() for p in problems])
    return [(r.item.filename, r.data) for r in made[kind]]


# --- many cases and PDF ----------------------------------------------------------------------------

def _pdf_command(done, out) -> str:
    """`pismo pdf` for the folders of the cases finished (never the whole output folder, which may hold the
    user's own PDFs), each quoted when it holds a space, as typed at a prompt."""
    folders = list(dict.fromkeys(path.parent for r in done if r.error is None for path in r.documents)) or [Path(out)]
    if len(folders) > 10:  # a command of every folder is no longer one to type
        return f"„pismo pdf FOLDER” dla każdego z {len(folders)} folderów spraw w {out}"
    shown = " ".join(as_typed(folder) for folder in folders)
    return f"„pismo pdf {shown}”"


def generate_many(sources: list[Path], kinds: list[str] | None = None, out: Path = DEFAULT_OUT,
                  overwrite: bool = False, pdf: bool = False, public: bool = False, *,
                  templates: Path | None = None, soffice: str | None = None, jobs: int = 1,
                  on_done=None) -> Batch:
    """generate for each case, in parallel workers when jobs > 1; one failing case stops no other.

    A case's failure is in its Result.error. PDFs of all cases are made in one
    LibreOffice run at the end. on_done(result) is called as each case finishes.
    Interrupted (Ctrl+C) carries the results finished before.
    """
    from pismo.documents.batch import Job, folder_clashes, run_cases

    registry = _registry(None)
    template_notes = _template_notes(_template_set(templates, registry), _kinds(kinds, public, registry), registry)
    _check_out(out)
    clashes = folder_clashes(list(sources))
    if clashes:
        raise InputFailed("\n".join(clashes), hint="Nie utworzono żadnych dokumentów.")
    job = Job(kinds, Path(out), templates, overwrite, public, tuple(map(Path, sources)))
    try:
        results = run_cases([Path(s) for s in sources], job, jobs, on_done, on_stop=_finishing)
    except KeyboardInterrupt as exc:
        done = [_note_stale_pdfs(r, []) for r in getattr(exc, "results", [])]
        no_pdf = (f" Plików PDF nie utworzono – aby je utworzyć, uruchom {_pdf_command(done, out)}."
                  if pdf and any(r.error is None for r in done) else "")
        raise errors.Interrupted(done, _interrupted_cases(done, len(sources)) + no_pdf) from None
    batch = Batch(results, notes=template_notes)
    documents = [path for r in results for path in r.documents if path.suffix == ".docx"]
    if pdf and documents:
        try:
            batch.pdfs, batch.pdf_error = _pdfs_beside(documents, soffice, overwrite, pdf_jobs(jobs),
                                                       _read_files([Path(s) for s in sources], templates))
        except errors.Interrupted as exc:  # Ctrl+C in the PDF step: the cases' documents are written
            raise _pdfs_interrupted(exc, results, out)
    for result in results:
        _note_stale_pdfs(result, batch.pdfs)
    return batch


def _interrupted_cases(done: list[Result], total: int) -> str:
    """How far a batch got before Ctrl+C; "the others" only when there are others."""
    finished = sum(r.error is None for r in done)
    if not finished:  # „Ukończone sprawy: 0 z 1; ich dokumenty są kompletne” spoke of documents of no case
        return "Przerwano – nie zapisano żadnego dokumentu (pliki istniejące wcześniej są bez zmian)."
    incomplete = sum(r.error is None and bool(r.blocked) for r in done)
    others = ", pozostałych nie utworzono" if len(done) < total else ""
    if not incomplete:
        return f"Przerwano. Ukończone sprawy: {finished} z {total}; ich dokumenty są kompletne{others}."
    return (f"Przerwano. Ukończone sprawy: {finished} z {total}; zapisane pliki są kompletne, ale "
            f"{'sprawa jest niekompletna' if finished == 1 else f'niekompletne sprawy: {incomplete}'} – części "
            f"dokumentów nie utworzono (opisano wyżej){others}.")


def make_pdfs(paths: list[Path], soffice: str | None = None, overwrite: bool = False, jobs: int = 1, inputs=()
              ) -> list[Path]:
    """PDF beside each written .docx, by up to `jobs` LibreOffice processes; PdfMissing / PdfFailed / Interrupted.
    `inputs`: the files the command read (case files, templates), never replaced by a PDF."""
    from pismo.files.pdf import convert, find_soffice

    paths = [p for p in paths if Path(p).suffix == ".docx"]
    if not paths:
        return []
    _tell_pdf_waits()
    with _pdf_errors(_pdf_interrupted("Przerwano tworzenie PDF. Dokumenty .docx są kompletne; ")):
        return _recorded(convert(paths, find_soffice(soffice), overwrite=overwrite, jobs=jobs, inputs=inputs))


def _tell_pdf_waits() -> None:
    """A wait for LibreOffice's first PDF is told to whoever hears of waits (tell_when_waiting)."""
    from pismo.files import pdf

    pdf.waiting = _listener


def _pdf_interrupted(opening: str):
    """The words for Ctrl+C of a PDF conversion, told when it comes, of the PDFs placed beside the documents
    (`written`, the list printed above them): „LibreOffice zatrzymano, zanim zapisał pierwszy” was said of a
    LibreOffice that had written five, or had ended, and under a list of the PDFs placed. Ctrl+C while the
    documents were checked says nothing was started."""
    from pismo.files.pdf import started

    before = started()

    def said(written: list[Path]) -> str:
        if started() == before:
            return opening + "LibreOffice nie został jeszcze uruchomiony – nie utworzono żadnego pliku PDF."
        if not written:  # „pliki PDF zapisane przed przerwaniem są kompletne” when there was none
            return opening + _sentence(opening, "zamianę na PDF zatrzymano; żadnego pliku PDF nie zapisano obok "
                                       "dokumentów.")
        return opening + _sentence(opening, "zamianę na PDF zatrzymano; pliki PDF zapisane przed przerwaniem są "
                                   "kompletne, pozostałych nie utworzono.")
    return said


def _sentence(opening: str, text: str) -> str:
    """The text going on the opening's sentence (after „; ”) or starting its own (capitalised)."""
    return text if opening.endswith("; ") else text[0].upper() + text[1:]


def _recorded(pdfs: list[Path]) -> list[Path]:
    """PDFs join their folder's manifest, so a re-run may replace them as it replaces the documents."""
    from pismo.files.output import add_to_record
    from pismo.files.pdf import placed_digests

    add_to_record(placed_digests(pdfs), "pdf")  # those not recorded as they were placed
    return pdfs


def convert_pdfs(paths: list[Path], soffice: str | None = None, overwrite: bool = False, jobs: int = 1,
                 document_time: float | None = None) -> list[Path]:
    """`pismo pdf`: files (or folders of them) checked first, so a wrong one is named before LibreOffice is looked for.
    document_time: seconds LibreOffice has for each document instead of the ones scaled by its size (--czas)."""
    from pismo.files.pdf import check_inputs, convert, find_soffice

    _tell_pdf_waits()
    with _pdf_errors(_pdf_interrupted("Przerwano. ")):
        check_inputs(list(paths), overwrite)
        return _recorded(convert(list(paths), find_soffice(soffice), overwrite=overwrite, jobs=jobs,  # as given: a
                                 # folder's entry that is no file is set aside there, a file given refused (rev-sys10 #6)
                                 document_time=document_time))


def pdf_jobs(workers: int | None = None) -> int:
    """LibreOffice processes at once: the processors, at most 4 (each takes ~200 MB of memory), and never more
    than the cases' `workers` (`wszystko -j N --pdf` started N of them, up to 32, on an office PC)."""
    default = max(1, min(os.cpu_count() or 1, 4))
    return default if workers is None else max(1, min(workers, default))


_listener = None  # who hears of waits (tell_when_waiting)


def tell_when_waiting(listener) -> None:
    """listener(message) hears, in Polish, when a command waits: for a folder another pismo is writing into,
    or, after Ctrl+C, for the cases already being written. A module-level function (worker processes of
    generate_many get it too); None: nobody is told."""
    global _listener
    from pismo.files import folderlock

    _listener = listener
    folderlock.waiting = None if listener is None else functools.partial(_waiting, listener)


def _finishing(running: int) -> None:
    """After Ctrl+C in a batch: why pismo does not stop at once (a wait of minutes said nothing)."""
    if _listener is not None and running:
        _listener(f"Przerwano – nie zaczynam kolejnych spraw; kończę sprawy w toku ({running}), aby ich dokumenty "
                  "były kompletne…")


def _waiting(listener, folder: Path) -> None:
    from pismo.files import folderlock

    listener(f"{folder}: w tym folderze zapisuje teraz inne polecenie pismo – czekam, aż skończy "
             f"(najwyżej {seconds(folderlock.WAIT_SECONDS)})…")


@contextmanager
def _pdf_errors(interrupted):
    """pdf.py's exceptions as PismoError; PdfFailed.written lists the PDFs that were made. interrupted: the words
    for Ctrl+C (or a function giving them when it comes)."""
    from pismo.files.pdf import PdfError, PdfUnavailable

    try:
        yield
    except PdfUnavailable as exc:  # the install advice is a hint: printed as the error's lines, each read „błąd: …”
        from pismo.files.soffice import INSTALL_HINT

        message = str(exc)
        hinted = message.endswith(INSTALL_HINT)
        raise errors.PdfMissing(message.removesuffix(INSTALL_HINT).rstrip() if hinted else message,
                                hint=INSTALL_HINT if hinted else None) from None
    except PdfError as exc:
        advice = getattr(exc, "advice", "")  # printed as the hint: „błąd: Jeśli dokument…” read as another error
        failed = errors.PdfFailed(exc.failure if advice else str(exc), hint=advice or None)
        failed.written = _recorded(list(getattr(exc, "written", [])))
        raise failed from None
    except KeyboardInterrupt as exc:
        from pismo.files.pdf import placed

        unrecorded = placed()
        _recorded(unrecorded)  # the PDFs put in place before Ctrl+C and not recorded yet: a re-run may replace them
        written = getattr(exc, "written", None)  # every PDF placed (recorded or not): one source for list and words
        written = unrecorded if written is None else written
        said = interrupted(written) if callable(interrupted) else interrupted
        raise errors.Interrupted([], said, written) from None
