"""Case → documents: build and render each kind (all of its files or none), then write what was made at once."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pismo import polish
from pismo.documents import builders as documents
from pismo.case.checks import placeholders
from pismo.errors import DocumentError, PismoError
from pismo.render.engine import TemplateSet, Unfilled
from pismo.documents.kinds import PUBLIC_SUFFIX, REGISTRY, Registry
from pismo.case.loader import Case
from pismo.case.model import has_placeholder, marked, placeholders as markers
from pismo.files.output import Committed, same_name_key, subfolder, transaction, twin_folders
from pismo.case.problems import MissingData, Problem, dotted
from pismo.files import record
from pismo.files.record import MANIFEST  # noqa: F401  (where callers have always found it)


@dataclass
class Rendered:
    item: documents.Item
    data: bytes


def collect(case: Case, kinds: list[str], registry: Registry = REGISTRY) -> list[documents.Item]:
    """Every item of the given kinds; all missing data reported at once."""
    items, problems = [], []
    for kind in kinds:
        try:
            items += registry[kind].build(case.sprawa)
        except MissingData as exc:
            problems.append(case.problem(exc.loc, f"{exc.message} (dokument: {registry[kind].label})", marker=exc.marker))
    problems += [problem for problem, _ in _clashes(case, items, list(_other_items(case, kinds, registry)))]
    if problems:
        raise DocumentError(problems)
    return items


def _other_items(case: Case, kinds: list[str], registry: Registry):
    """Documents of the other kinds the case gives: another command writes them into the same folder."""
    for kind in registry.main:
        if kind.name not in kinds:
            try:
                yield from kind.build(case.sprawa)
            except MissingData:
                continue


def _clashes(case: Case, items: list[documents.Item], others: list[documents.Item]):
    """(problem, items) for documents whose file names would be one (ids joined by hyphens can meet).

    A meeting called „pusty” would make protokol-pusty.docx, the name of the blank
    form, whether the two are made by one command or by two.
    """
    by_name: dict[str, list[documents.Item]] = {}
    for item in items + others:
        by_name.setdefault(same_name_key(item.filename), []).append(item)
    requested = {id(item) for item in items}
    return [(_same_name(case, same), same) for same in by_name.values()
            if len(same) > 1 and any(id(item) in requested for item in same)]


def _same_name(case: Case, same: list[documents.Item]) -> Problem:
    name = same[-1].filename
    kinds = ", ".join(sorted({item.rodzaj for item in same}))
    found = [(loc, ident) for loc, ident in _file_name_ids(case) if f"-{ident}." in name or f"-{ident}-" in name]
    message = f"dwa dokumenty ({kinds}) miałyby tę samą nazwę pliku „{name}” – jeden zastąpiłby drugi; "
    if not found:
        return Problem(str(case.doc.path), None, None, None, message + "zmień identyfikatory, z których powstaje")
    ids = ", ".join(f"„{ident}” ({dotted(loc)})" for loc, ident in found)
    if len(found) == 1:
        return case.problem(found[0][0], message + f"nazwa powstaje z identyfikatora {ids} – zmień go")
    return case.problem(found[0][0], message + f"nazwa powstaje z identyfikatorów: {ids} – zmień jeden z nich")


def _file_name_ids(case: Case):
    """(where, id) of every id that goes into a file name: requests, meetings, addressees."""
    s = case.sprawa
    for section in ("wnioski", "spotkania"):
        for i, entry in enumerate(getattr(s, section) or []):
            yield (section, i, "id"), entry.id
    for i, partner in enumerate(s.partnerzy or []):
        for j, addressee in enumerate(partner.adresaci or []):
            yield ("partnerzy", i, "adresaci", j, "id"), addressee.id


def render(items: list[documents.Item], templates: TemplateSet) -> list[Rendered]:
    return [Rendered(item, render_one(item, templates)) for item in items]


def render_one(item: documents.Item, templates: TemplateSet) -> bytes:
    if item.template is None:
        return item.content
    return templates.get(item.template).render(item.context, item.title, _author(item), item.date, scrub=item.scrub)


def _author(item: documents.Item) -> str:
    return item.context["jednostka"]["nazwa"]


def planned(case: Case, kinds: list[str], registry: Registry = REGISTRY,
            ) -> tuple[dict[str, list[documents.Item]], dict[str, list[Problem]]]:
    """Each kind's documents, or the problems that block it, before anything is rendered."""
    built: dict[str, list[documents.Item]] = {}
    blocked: dict[str, list[Problem]] = {}
    for kind in kinds:
        try:
            built[kind] = registry[kind].build(case.sprawa)
        except MissingData as exc:
            blocked[kind] = [case.problem(exc.loc, f"{exc.message} (dokument: {registry[kind].label})", marker=exc.marker)]
    requested = [item for items in built.values() for item in items]
    for problem, clashing in _clashes(case, requested, list(_other_items(case, kinds, registry))):
        ids = {id(item) for item in clashing}
        for kind in [k for k, items in built.items() if any(id(item) in ids for item in items)]:
            blocked.setdefault(kind, []).append(problem)
    return {k: items for k, items in built.items() if k not in blocked}, blocked


def made_and_blocked(case: Case, kinds: list[str], templates: TemplateSet | None, registry: Registry = REGISTRY,
                     ) -> tuple[dict[str, list[Rendered]], dict[str, list[Problem]]]:
    """Each kind all or none: its rendered documents (in memory), or the problems that block it.

    With templates None nothing is rendered (Rendered.data is empty): the check of
    `pismo sprawdz` when no field still reads UZUPEŁNIJ, so nothing can print one.
    """
    built, blocked = planned(case, kinds, registry)
    made = {}
    for kind, items in built.items():
        try:
            made[kind] = render(items, templates) if templates is not None else [Rendered(item, b"") for item in items]
        except Unfilled as exc:
            blocked[kind] = unfilled_problems(case, exc)
    return made, blocked


class Written(NamedTuple):
    """What write_made did: [(path, item; None for the manifest)], the blocked kinds and why, and the files
    recorded before that the case no longer makes: removed (pismo's, unchanged), left (changed since) and stayed
    (pismo's, but they could not be removed: open in another program); outdated: those of kinds blocked now; and
    twins: the folders beside the case's that Windows and macOS take for it."""

    files: list[tuple[Path, documents.Item | None]]
    blocked: dict[str, list[Problem]]
    removed: list[Path]
    left: list[Path]
    stayed: list[Path]
    outdated: list[Path] = []
    twins: list[Path] = []  # folders beside the case's that Windows and macOS take for it (output.twin_folders)
    closed: tuple[list[Path], list[str]] = ([], [])  # its files still closed to the classes the case file opened
    # since the last write, and those classes (output._still_closed)
    unshared: list = []  # another account's files not shared as the case file is (output._unshared)
    unreached: list = []  # the entries the case's named readers need on this account's own folder (output._kept_out)
    unreached_why: str = ""  # why that folder does not follow the case (output._not_followed)
    denied: dict = {}  # („u”/„g”, id) → files given them by hand that the case's entry of no rights took back
    untaken: dict = {}  # this account's file → entries taken off the case it still holds (output._untaken)


def write_made(case: Case, kinds: list[str], templates: TemplateSet, out_root: Path, overwrite: bool = False,
               with_manifest: bool = True, registry: Registry = REGISTRY, inputs=()) -> Written:
    """Write every kind that can be made into out_root/<case name>/, each document to disk as soon as it is
    rendered (a case of thousands of documents never holds them all in memory), all in one all-or-none
    write; a kind that prints a placeholder midway is dropped from it whole. with_manifest keeps the
    folder's record (record.py), which lets a re-run replace what pismo wrote without --nadpisz, and
    removes with the write the files pismo recorded that the case no longer makes (a meeting renamed).
    `inputs`: other files the command reads (the other cases of a batch), never replaced either."""
    try:
        return _write_made(case, kinds, templates, out_root, overwrite, with_manifest, registry, inputs)
    except MemoryError:  # the write is all or none: nothing was written; the caller names the case (it was twice)
        raise PismoError("za mało pamięci, aby utworzyć dokumenty tej sprawy – nic nie zapisano; "
                         "zamknij inne programy albo podziel sprawę na mniejsze (np. mniej zaproszonych na jedno "
                         "spotkanie)") from None


def _write_made(case, kinds, templates, out_root, overwrite, with_manifest, registry, inputs):
    built, blocked = planned(case, kinds, registry)
    items = [item for kind in kinds for item in built.get(kind, [])]
    for name in dict.fromkeys(item.template for item in items if item.template):
        templates.get(name)  # a template that cannot be used is refused before anything is written
    folder = subfolder(out_root, case.name, case.doc.path if case.from_file else None)
    try:
        writing = _write_all_made(case, kinds, templates, built, blocked, items, folder, overwrite, with_manifest,
                                  registry, inputs)
    except Committed as done:  # Ctrl+C while the files were put in place: they all were – told as after any write
        done.made = _after_commit(done.writing, items, folder, blocked, registry, with_manifest)
        raise
    try:
        return _written(writing, items, folder, blocked, registry, with_manifest)
    except KeyboardInterrupt:  # in the scans after the commit: the documents are in place all the same
        done = Committed(folder, list(writing.written), writing.removed, writing.left, writing.stayed)
        done.writing, done.made = writing, _written(writing, items, folder, blocked, registry, with_manifest, False)
        raise done from None


def _after_commit(writing, items, folder, blocked, registry, with_manifest) -> Written:
    """_written for a write Ctrl+C already stopped: a second press skips the scans, never the files written."""
    try:
        return _written(writing, items, folder, blocked, registry, with_manifest)
    except KeyboardInterrupt:
        return _written(writing, items, folder, blocked, registry, with_manifest, False)


def _written(writing, items, folder: Path, blocked: dict, registry: Registry, with_manifest: bool,
             scan: bool = True) -> Written:
    """What the write did; `scan`: also the documents of blocked kinds left from before and the twin folders
    (slow on a share, after the commit – skipped when Ctrl+C came during them)."""
    by_name = {item.filename: item for item in items}
    outdated = _of_blocked(folder, blocked, registry, writing.written) if with_manifest and scan else []
    twins = twin_folders(folder) if writing.written and scan else []
    return Written([(path, by_name.get(path.name) if path.name != MANIFEST or not with_manifest else None)
                    for path in writing.written], blocked, writing.removed, writing.left, writing.stayed, outdated,
                   twins, (writing.closed, writing.opened), writing.unshared,
                   writing.unreached, writing.unreached_why, writing.denied, writing.untaken)


def _write_all_made(case, kinds, templates, built, blocked, items, folder, overwrite, with_manifest, registry,
                    inputs):
    """The transaction of write_made; the kinds that turn out blocked midway join `blocked`."""
    with transaction(folder, [item.filename for item in items], overwrite,
                     inputs=[*_inputs(case, items, templates), *inputs],
                     manifest=_header(case, folder) if with_manifest else None,
                     obsolete=_no_longer_made(case, registry) if with_manifest else None,
                     source=_source(case), narrow=_narrow(case), group=_group(case)) as writing:
        for kind in [k for k in kinds if k in built]:
            try:
                for item in built[kind]:
                    writing.add(item.filename, render_one(item, templates),
                                {"rodzaj": item.rodzaj, "plik": item.filename, "adresat": item.adresat})
            except Unfilled as exc:
                writing.drop([item.filename for item in built[kind]])
                blocked[kind] = unfilled_problems(case, exc)
        _link_public(writing.entries, folder)
    return writing


def _source(case: Case) -> tuple[Path, str] | None:
    """The case file and the sha256 of the bytes these documents are made from (None: made from a text)."""
    return (case.doc.path, case.doc.sha256) if case.from_file and case.doc.sha256 else None


def _narrow(case: Case) -> int | None:
    """The case file's own permissions: its documents – the same residents' and partners' data – are never
    readable by more accounts than it is (None: made from a text, or its permissions cannot be read)."""
    from pismo.files.casefile import own_mode

    if not case.from_file:
        return None
    try:
        return own_mode(case.doc.path)
    except OSError:
        return None


def _group(case: Case) -> int | None:
    """The case file's group, which its documents take: the rights it gives its group are that group's (a team's),
    not the writer's own group's (None: made from a text)."""
    from pismo.files.casefile import group_of

    return group_of(case.doc.path) if case.from_file else None


def _link_public(entries: list[dict], folder: Path) -> None:
    """A public version's entry notes the sha256 of the document it was made with (as a PDF's does), so a later
    write of another version of that document tells it is out of date."""
    by_name = {entry["plik"]: entry for entry in entries}
    for entry in entries:
        if entry.get("rodzaj", "").endswith(PUBLIC_SUFFIX):
            internal = re.sub(rf"{PUBLIC_SUFFIX}(\.[^.]+)$", r"\1", entry["plik"])
            digest = by_name[internal]["sha256"] if internal in by_name else record.unchanged_sha(folder / internal)
            if digest:
                entry[record.SOURCE] = digest


def _of_blocked(folder: Path, blocked: dict, registry: Registry, written: list[Path]) -> list[Path]:
    """The files pismo made before (recorded, unchanged) of kinds it could not make now: kept – they may be the
    case's still – but of a previous version of the case (a letter whose date was opened again), so named."""
    kinds = [*blocked, *filter(None, (registry.public_of(kind) for kind in blocked))]  # its public version too
    rules = [_rule(name) for kind in kinds if kind in registry for name in registry[kind].file_names]
    if not rules or not os.path.isdir(folder):
        return []
    now = {path.name for path in written}
    kept = record.unchanged(folder, record.read(folder, pending=False))
    return [folder / name for name in kept if name not in now
            and any(rule.fullmatch(re.sub(r"(?i)\.pdf$", ".docx", name)) for rule in rules)]


def _header(case: Case, folder: Path) -> dict:
    """The manifest's header: the case's name, and the case file it was made from (another case file of the
    same name is then told from this one)."""
    if not case.from_file:
        return {"sprawa": record.as_text(case.name)}
    return {"sprawa": record.as_text(case.name), record.CASE_FILE: record.case_field(folder, case.doc.path)}


def _no_longer_made(case: Case, registry: Registry):
    """entry → whether the case no longer makes the recorded document (of a meeting renamed or removed, or its
    public version). A kind the case cannot build now (missing data) names no files: a file its
    file-name rule allows may still be the case's, so it is never counted gone. Built on first use."""
    made: set[str] = set()
    unknown: list[re.Pattern] = []
    built: list[bool] = []

    def build() -> None:
        for kind in registry.main:
            try:
                made.update(same_name_key(item.filename) for item in kind.build(case.sprawa))
            except MissingData:
                unknown.extend(_rule(name) for name in kind.file_names)
        built.append(True)

    def gone(entry: dict) -> bool:
        if not built:
            build()
        names = _documents_of(entry["plik"])
        return not any(same_name_key(n) in made or any(rule.fullmatch(n) for rule in unknown) for n in names)

    return gone


def _documents_of(name: str) -> set[str]:
    """The document names a recorded document may stand for: itself, the internal version of a public one
    (a PDF is judged by its document: files/output.py)."""
    return {name, re.sub(rf"{PUBLIC_SUFFIX}(\.[^.]+)$", r"\1", name)}


def _rule(file_name: str) -> re.Pattern:
    """A kind's file-name rule („wniosek-<wnioski[].id>.docx”) as a pattern of the names it makes."""
    return re.compile("".join(".+" if part.startswith("<") else re.escape(part)
                              for part in re.split(r"(<[^>]*>)", file_name)), re.IGNORECASE)


def _inputs(case: Case, items: list[documents.Item], templates: TemplateSet) -> list[Path]:
    """The files the command reads: never replaced by what it writes (every file of the unit's template
    folder counts, used by this command or not)."""
    return [case.doc.path, *{templates.path(item.template) for item in items if item.template}, *templates.files]


def generate(case: Case, kinds: list[str], out_root: Path, templates: TemplateSet,
             overwrite: bool = False, with_manifest: bool = True, registry: Registry = REGISTRY) -> list[Path]:
    """Write the case's documents of these kinds into out_root/<case name>/; DocumentError if any is blocked
    (checked before writing; a placeholder met while rendering leaves the others written)."""
    blocked = planned(case, kinds, registry)[1]
    if blocked:
        raise DocumentError([p for problems in blocked.values() for p in problems])
    written, blocked, *_ = write_made(case, kinds, templates, out_root, overwrite, with_manifest, registry)
    if blocked:
        raise DocumentError([p for problems in blocked.values() for p in problems])
    return [path for path, _ in written]


def unfilled_problems(case: Case, exc: Unfilled) -> list[Problem]:
    """The engine met a placeholder in print: name the case fields it came from, at the marker, quoting what the
    officer wrote. A text printed as paragraphs (zagrozenie.opis) is found by the paragraph that holds it."""
    printed = " ".join(exc.value.split())
    candidates = [(loc, text, piece) for loc, text in placeholders(case.doc.data) for piece in _printed_pieces(text)
                  if piece in printed]
    shadowed = _inside_longer({piece for _, _, piece in candidates})
    found = {loc: text for loc, text, piece in candidates if piece not in shadowed}
    return [case.problem(loc, _UNFILLED.format(text=_around_marker(text)), marker=True) for loc, text in found.items()
            ] or [Problem(str(case.doc.path), None, None, None, str(exc))]


_UNFILLED = "do uzupełnienia – dokument drukuje to pole („{text}”); wpisz właściwą wartość zamiast UZUPEŁNIJ"


def _printed_pieces(text: str) -> list[str]:
    """The text as printed: whole, and each of its paragraphs holding the marker (a block text prints as paragraphs)."""
    pieces = [text] + [part for part in re.split(r"\n\s*\n", text) if has_placeholder(part)]
    return list(dict.fromkeys(" ".join(polish.typography(marked(piece).strip()).split()) for piece in pieces))


def _around_marker(text: str, width: int = 160) -> str:
    """The officer's own words around the first marker, cut to a readable length."""
    found = markers(text)  # in the text as written: a lower-case marker counts only at a line's start
    before = " ".join(text[:found[0].start() if found else 0].split())
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    at = max(0, len(before) - width // 3)
    piece = text[at:at + width]
    piece = piece.split(" ", 1)[-1] if at else piece  # whole words only
    return ("…" if at else "") + piece.rsplit(" ", 1)[0] + "…"


def _inside_longer(texts: set[str]) -> set[str]:
    """The texts found inside a longer one: a bare „UZUPEŁNIJ” elsewhere is inside every longer placeholder,
    and the field printed is the longest match. Each distinct text is searched once in the longer ones joined
    (thousands of fields reading the same „UZUPEŁNIJ” made a pairwise comparison take minutes)."""
    by_length: dict[int, list[str]] = {}
    for text in texts:
        by_length.setdefault(len(text), []).append(text)
    longer, inside = "", set()
    for _, group in sorted(by_length.items(), reverse=True):
        inside.update(text for text in group if text in longer)
        longer += "\0" + "\0".join(group)
    return inside
