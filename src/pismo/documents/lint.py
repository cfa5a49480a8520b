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
from xml.sax.saxutils import unescape

from jinja2 import TemplateSyntaxError, meta, nodes

from pismo.documents import contexts
from pismo.render import cleanup, engine
from pismo.render.tags import ENTITIES as _ENTITIES, short as _short, split_tags, tags_in
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
        undeclared = meta.find_undeclared_variables(ast) - set(env.globals)
        used.setdefault(label, set()).update(undeclared)
        attributes.setdefault(label, set()).update(
            (node.node.name, node.attr) for node in ast.find_all(nodes.Getattr)
            if isinstance(node.node, nodes.Name) and node.node.name in undeclared)

    findings.extend(Finding(display, None, m) for m in page_numbering(entries))

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


_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "end of template": "koniec szablonu",
           "name": "nazwa", "begin of print statement": "{{", "begin of statement block": "{%"}

_SYNTAX = [
    (re.compile(r"Unexpected end of template\. Jinja was looking for the following tags: (.*?)\. "
                r"The innermost block that needs to be closed is '(\w+)'\."),
     lambda m: f"blok „{m[2]}” nie jest zamknięty – brakuje znacznika {_tags(m[1])}"),
    (re.compile(r"Encountered unknown tag '(\w+)'\. Jinja was looking for the following tags: (.*?)\. "
                r"The innermost block that needs to be closed is '(\w+)'\."),
     lambda m: f"znacznik „{m[1]}” w niewłaściwym miejscu – otwarty jest blok „{m[3]}”, "
               f"oczekiwano {_tags(m[2])}"),
    (re.compile(r"Encountered unknown tag '(\w+)'\.?$"),
     lambda m: f"nieznany albo niepasujący znacznik „{m[1]}” (np. zamknięcie bloku, który nie został otwarty)"),
    (re.compile(r"Expected an expression, got '(.*)'$"),
     lambda m: "niepełne wyrażenie – po słowie kluczowym brakuje treści (np. „for x in lista”)"),
    (re.compile(r"expected token '(.*)', got '(.*)'$"),
     lambda m: f"oczekiwano „{_TOKENS.get(m[1], m[1])}”, a jest „{_TOKENS.get(m[2], m[2])}”"),
    (re.compile(r"unexpected '(.*)'$"), lambda m: f"nieoczekiwany znak „{m[1]}”"),
    (re.compile(r"unexpected end of template", re.I),
     lambda m: "nieoczekiwany koniec szablonu – jakiś znacznik nie został zamknięty"),
]


def syntax_message(message: str) -> str:
    """Jinja's syntax error in Polish where the pattern is known; the original otherwise."""
    for pattern, render in _SYNTAX:
        match = pattern.search(message or "")
        if match:
            return render(match)
    return f"({message})"


_BLOCKS = {"for", "if", "with", "macro", "call", "filter", "block", "raw", "autoescape"}
_KEYWORD = re.compile(r"\{%-?\s*(\w+)")


def syntax_location(source: str, exc: TemplateSyntaxError) -> str:
    """Where a syntax error is, for a person: the faulty tag and the paragraph around it.

    `source` is the patched part, one paragraph per line (docxtpl's {%p …%} tags end
    up after the previous paragraph). Jinja gives only the line, so the tag is
    found among the line's tags; for an unclosed block it is the unmatched opener.
    """
    tags = tags_in(source)
    message = exc.message or ""
    culprit = None
    if message.startswith("Unexpected end of template"):
        stack = []
        for tag in tags:
            word = _keyword(tag.group(0))
            if word in _BLOCKS:
                stack.append(tag)
            elif word and word.startswith("end") and stack and _keyword(stack[-1].group(0)) == word[3:]:
                stack.pop()
        culprit = stack[-1] if stack else None
    elif exc.lineno:
        start = sum(len(line) + 1 for line in source.split("\n")[: exc.lineno - 1])
        end = source.find("\n", start)
        end = len(source) if end < 0 else end
        on_line = [t for t in tags if start <= t.start() < end]
        unknown = re.match(r"Encountered unknown tag '(\w+)'", message)
        for tag in on_line:
            if unknown:
                if _keyword(tag.group(0)) == unknown[1]:
                    culprit = tag
                    break
            elif _fails_alone(tag.group(0)):
                culprit = tag
                break
    if culprit is None:
        paragraph = engine.paragraph_text(source, exc.lineno)
        return f" w akapicie „{paragraph}”" if paragraph else ""
    line_start = source.rfind("\n", 0, culprit.start()) + 1
    before = source[line_start:culprit.start()]
    where = f" w znaczniku „{_short(culprit.group(0))}”"
    if "</w:p>" in before:  # a paragraph tag ({%p …%}): it stands after this paragraph
        text = _short(_plain(before), 80)
        return where + (f" (po akapicie „{text}”)" if text else "")
    stop = source.find("</w:p>", culprit.end())
    head, tail = _plain(before), _plain(source[culprit.end():stop if stop >= 0 else None])
    head = "…" + head[-40:] if len(head) > 40 else head
    tail = tail[:30] + "…" if len(tail) > 30 else tail
    return where + f" (akapit „{' '.join((head + culprit.group(0) + tail).split())}”)"


def _plain(xml: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", xml), _ENTITIES)


def _keyword(tag: str) -> str | None:
    match = _KEYWORD.match(tag)
    return match.group(1) if match else None


def _fails_alone(tag: str) -> bool:
    """A tag that is wrong by itself, not just unbalanced out of context."""
    try:
        engine.environment().parse(tag)
    except RecursionError:
        return True
    except TemplateSyntaxError as exc:
        text = exc.message or ""
        return not (text.startswith("Unexpected end of template") or text.startswith("Encountered unknown tag"))
    return False


def _tags(listing: str) -> str:
    names = re.findall(r"'(\w+)'", listing)
    return " albo ".join("{% " + n + " %}" for n in names)


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
    """The .docx files of a folder, and Word's lock files (~$…) skipped among them."""
    files = [p for p in folder_files(Path(folder)) if p.suffix.lower() == ".docx"]
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
