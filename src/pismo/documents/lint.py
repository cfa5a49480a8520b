"""Template lint: what would go wrong with a .docx template before a case meets it.

For each template: can it be opened, does every part compile, does it use only
variables its typed context declares (pismo.documents.contexts, named by the kind's record
in pismo.documents.kinds), are tags typed in one piece (not split across runs by Word's
formatting), and does the footer number the pages.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateSyntaxError, nodes

from pismo.documents import contexts
from pismo.render import cleanup, engine, sandbox
from pismo.render.syntax import syntax_location, syntax_message
from pismo.render.tags import split_tags
from pismo.render.engine import shipped_dir
from pismo.files.read import folder_files, os_reason
from pismo.render.template_package import TemplateError, is_template_part, part_label, read_package, read_template_file

EXAMPLE_CASES_DIR = shipped_dir("cases")
_FOOTER = re.compile(r"^word/footer\d*\.xml$")


@dataclass
class Finding:
    """One lint result; `error` False means an informational note."""

    file: str
    part: str | None
    message: str
    error: bool = True

    def __str__(self) -> str:
        where = f"{self.file}: {self.part}" if self.part else self.file
        return f"{where}: {self.message}" if self.error else f"{where}: uwaga: {self.message}"


def _allowed(name: str, registry=None):
    """The context type of a template file name, or None when pismo has no such template."""
    from pismo.documents.kinds import REGISTRY

    spec = (registry or REGISTRY).templates().get(name)
    return spec.context_type if spec else None


# --- one template --------------------------------------------------------------------------------

def lint_template(path: Path, display: str, registry=None) -> list[Finding]:
    """Every problem of one .docx template; its variables are checked against its typed context (pismo.documents.contexts)."""
    findings: list[Finding] = []

    def add(part, message, error=True):
        findings.append(Finding(display, part, message, error))

    try:
        data = read_template_file(Path(path), path.name)
        entries = read_package(path.name, data)
    except OSError as exc:
        add(None, f"nie można odczytać pliku ({os_reason(exc)})")
        return findings
    except TemplateError as exc:
        add(None, _strip_name(str(exc), path.name))
        return findings

    parts = [(name, blob) for name, blob in entries if is_template_part(name)]
    used: dict[str, set[str]] = {}
    attributes: dict[str, set[tuple[str, str]]] = {}
    budget = engine.CompileBudget()
    deadline = cleanup.Deadline()  # one for all parts, as when the template is used
    for name, blob in parts:
        label = part_label(name)
        try:
            xml = blob.decode("utf-8")
        except UnicodeDecodeError:
            add(label, "część XML nie jest w UTF-8 – zapisz plik ponownie w Wordzie")
            continue
        try:
            budget.charge_size(xml)  # before any slow work on a huge part
        except TemplateError as exc:
            add(label, str(exc))
            break
        for message in split_tags(xml):
            add(label, message)
        try:
            budget.charge_tags(xml, dry_run=True)  # before docxtpl's clean-up
        except TemplateError as exc:
            add(label, str(exc))
            break
        env = engine.environment()
        try:
            with deadline:
                source = engine.prepare_source(xml)
            ast, _ = engine.compile_source(source, budget)
        except TemplateSyntaxError as exc:
            add(label, f"błąd składni znacznika: {syntax_message(exc.message)}{syntax_location(source, exc)}")
            continue
        except engine.OverBudget as exc:  # the whole template's budget: every later part is over it too
            add(label, str(exc))
            break
        except TemplateError as exc:  # too deeply nested to compile
            add(label, str(exc))
            continue
        for message in engine.refused_tags(ast):
            add(label, message)
        undeclared = sandbox.undeclared_names(ast) - set(env.globals)
        used.setdefault(label, set()).update(undeclared)
        attributes.setdefault(label, set()).update(
            (node.node.name, node.attr) for node in ast.find_all(nodes.Getattr)
            if isinstance(node.node, nodes.Name) and node.node.name in undeclared)

    findings.extend(Finding(display, None, m) for m in page_numbering(entries))
    unpublished = public_refusal(entries)
    if unpublished:
        add(None, f"wersja do publikacji (--publikacja) nie powstanie: {unpublished}", error=False)

    context = _allowed(path.name, registry)
    if context is None:
        from pismo.documents.kinds import REGISTRY

        known = sorted((registry or REGISTRY).templates())
        add(None, "nazwa pliku nie odpowiada żadnemu szablonowi pisma (" + ", ".join(known)
            + ") – pismo go nie użyje; sprawdzono tylko składnię, podział znaczników i stopkę", error=False)
        return findings
    for label in used:
        for message in variable_problems(context, used[label], attributes.get(label, set())):
            add(label, message)
    return findings


def public_refusal(entries: list[tuple[str, bytes]]) -> str | None:
    """Why a public version of the template's letters would be refused (a picture it cannot clean, an SVG with
    text), said when the template is checked, not first when publishing; None when nothing is."""
    from pismo.render import package, public

    try:
        public.public_parts(package.without_private_parts(entries), lambda text: text)
    except public.NotPublic as exc:
        return str(exc)
    return None


def variable_problems(context: type, names: set[str], attributes: set[tuple[str, str]]) -> list[str]:
    """Variables (and fields of a group, as in jednostka.nazwa) that the template's context type does not have."""
    allowed = contexts.fields(context)
    out = []
    for name in sorted(names - set(allowed)):
        hint = difflib.get_close_matches(name, sorted(allowed), n=1)
        suggestion = f" (czy chodziło o „{hint[0]}”?)" if hint else ""
        out.append(f"nieznana zmienna „{name}” – dokument jej nie dostarcza{suggestion}; dozwolone: "
                   + ", ".join(allowed) + " (opis: pismo szablony zmienne)")
    for name, attr in sorted(attributes):
        inner = contexts.nested(allowed[name].type) if name in allowed else None
        if inner is None or attr in contexts.fields(inner):
            continue
        fields = contexts.fields(inner)
        hint = difflib.get_close_matches(attr, sorted(fields), n=1)
        suggestion = f" (czy chodziło o „{name}.{hint[0]}”?)" if hint else ""
        out.append(f"nieznane pole „{name}.{attr}”{suggestion}; pola „{name}”: " + ", ".join(fields))
    return out


def _strip_name(message: str, name: str) -> str:
    prefix = f"szablon {name}: "
    return message[len(prefix):] if message.startswith(prefix) else message


# --- tags split by Word --------------------------------------------------------------------------

# --- page numbers --------------------------------------------------------------------------------

def page_numbering(entries: list[tuple[str, bytes]]) -> list[str]:
    """The footer must print 'page X of Y': PAGE and NUMPAGES fields."""
    footers = [blob.decode("utf-8", "replace") for name, blob in entries if _FOOTER.match(name)]
    document = next((blob.decode("utf-8", "replace") for name, blob in entries if name == "word/document.xml"), "")
    if not footers or "<w:footerReference" not in document:
        return ["brak stopki z numeracją stron – dodaj w Wordzie stopkę „Strona X z Y” "
                "(Wstawianie → Numer strony oraz pole NumPages)"]
    found = set()
    for xml in footers:
        instructions = " ".join(re.findall(r'<w:fldSimple\b[^>]*\bw:instr="([^"]*)"', xml))
        instructions += " " + " ".join(re.findall(r"<w:instrText\b[^>]*>(.*?)</w:instrText>", xml, re.S))
        found.update(re.findall(r"\b(PAGE|NUMPAGES)\b", instructions.upper()))
    missing = [f for f in ("PAGE", "NUMPAGES") if f not in found]
    if not missing:
        return []
    what = {"PAGE": "PAGE (numer strony)", "NUMPAGES": "NUMPAGES (liczba stron)"}
    return ["stopka nie zawiera pola " + " ani ".join(what[f] for f in missing)
            + " – pismo wielostronicowe musi mieć numerację „Strona X z Y”"]


# --- a folder ------------------------------------------------------------------------------------

def template_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The .docx files of a folder, and Word's lock files (~$…) skipped among them. Whatever else bears a .docx
    name (a pipe, a device, a folder) is listed too: a generating command would take it for the template, so
    it is checked – and refused as unreadable – like one, not left to the trial with the example cases."""
    regular = folder_files(Path(folder))  # refuses an unreadable folder in Polish
    named = sorted(set(regular) | set(Path(folder).iterdir()))
    files = [p for p in named if p.suffix.lower() == ".docx"]
    skipped = [p for p in files if p.name.startswith("~$")]
    return [p for p in files if p not in skipped], skipped


def lint_folder(folder: Path, display: str, registry=None) -> tuple[list[Finding], int]:
    """All findings for a folder's templates and how many templates were checked."""
    files, skipped = template_files(folder)
    findings = [Finding(f"{display}/{p.name}", None, "plik tymczasowy Worda – pominięto", error=False)
                for p in skipped]
    for path in files:
        findings.extend(lint_template(path, f"{display}/{path.name}", registry))
    return findings, len(files)


def variables_of(path: Path) -> dict[str, set[str]]:
    """Top-level variables per part of a template (raises TemplateError)."""
    return engine.Template.from_path(path).variables()
