"""Case → documents: pick the kinds, render every item, write them all or none."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pismo import documents, polish
from pismo.checks import placeholders
from pismo.errors import DocumentError
from pismo.engine import TemplateSet, Unfilled
from pismo.kinds import REGISTRY, Registry
from pismo.loader import Case
from pismo.output import same_name_key, subfolder, write_all
from pismo.problems import MissingData, Problem, dotted

MANIFEST = "manifest.json"


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
            problems.append(case.problem(exc.loc, f"{exc.message} (dokument: {registry[kind].label})"))
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
    out = []
    for item in items:
        if item.template is None:
            out.append(Rendered(item, item.content))
            continue
        template = templates.get(item.template)
        data = template.render(item.context, item.title, _author(item), item.date)
        out.append(Rendered(item, data))
    return out


def _author(item: documents.Item) -> str:
    return item.context["jednostka"]["nazwa"]


def manifest(case: Case, rendered: list[Rendered]) -> bytes:
    entries = [
        {"rodzaj": r.item.rodzaj, "plik": r.item.filename, "adresat": r.item.adresat,
         "sha256": hashlib.sha256(r.data).hexdigest()}
        for r in rendered
    ]
    text = json.dumps({"sprawa": case.name, "dokumenty": entries}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def made_and_blocked(case: Case, kinds: list[str], templates: TemplateSet | None, registry: Registry = REGISTRY,
                     ) -> tuple[dict[str, list[Rendered]], dict[str, list[Problem]]]:
    """Each kind all or none: its rendered documents, or the problems that block it.

    With templates None nothing is rendered (Rendered.data is empty): the check of
    `pismo sprawdz` when no field still reads UZUPEŁNIJ, so nothing can print one.
    """
    built: dict[str, list[documents.Item]] = {}
    blocked: dict[str, list[Problem]] = {}
    for kind in kinds:
        try:
            built[kind] = registry[kind].build(case.sprawa)
        except MissingData as exc:
            blocked[kind] = [case.problem(exc.loc, f"{exc.message} (dokument: {registry[kind].label})")]
    requested = [item for items in built.values() for item in items]
    for problem, clashing in _clashes(case, requested, list(_other_items(case, kinds, registry))):
        ids = {id(item) for item in clashing}
        for kind in [k for k, items in built.items() if any(id(item) in ids for item in items)]:
            blocked.setdefault(kind, []).append(problem)
    made = {}
    for kind, items in built.items():
        if kind in blocked:
            continue
        try:
            made[kind] = render(items, templates) if templates is not None else [Rendered(item, b"") for item in items]
        except Unfilled as exc:
            blocked[kind] = unfilled_problems(case, exc)
    return made, blocked


def write(case: Case, rendered: list[Rendered], out_root: Path, overwrite: bool = False,
          with_manifest: bool = False) -> list[Path]:
    """Write the rendered documents into out_root/<case name>/, all or none (manifest last)."""
    files = [(r.item.filename, r.data) for r in rendered]
    if with_manifest and files:  # last: renamed into place after every document it lists
        files.append((MANIFEST, manifest(case, rendered)))
    return write_all(subfolder(out_root, case.name), files, overwrite)


def generate(case: Case, kinds: list[str], out_root: Path, templates: TemplateSet,
             overwrite: bool = False, with_manifest: bool = False, registry: Registry = REGISTRY) -> list[Path]:
    """Render the case's documents of these kinds into out_root/<case name>/; DocumentError if any is blocked."""
    made, blocked = made_and_blocked(case, kinds, templates, registry)
    if blocked:
        raise DocumentError([p for problems in blocked.values() for p in problems])
    return write(case, [r for kind in kinds for r in made[kind]], out_root, overwrite, with_manifest)


def unfilled_problems(case: Case, exc: Unfilled) -> list[Problem]:
    """The engine met a placeholder in print: name the case fields it came from."""
    printed = " ".join(exc.value.split())
    found = [loc for loc, text in placeholders(case.doc.data)
             if " ".join(polish.typography(text.strip()).split()) in printed]
    message = f"do uzupełnienia – dokument drukuje to pole („{exc.value}”); wpisz właściwą wartość zamiast UZUPEŁNIJ"
    return [case.problem(loc, message) for loc in found] or [Problem(str(case.doc.path), None, None, None, str(exc))]
