"""Rendering: a docxtpl-style template, prepared once, rendered many times.

docxtpl reloads and re-parses a template on every render. Here a template is
read once: docxtpl's own tag clean-up (patch_xml) and jinja compilation are done
per part, and each render only runs the compiled templates and zips the parts
with fixed metadata. Rendering is strict (unknown variable = error), escaped
(data is data) and sandboxed: templates cannot reach Python internals, load
other files, build giant values or run for ever (sandbox.py). A template is
untrusted input (a unit's own file): its package is read and checked by
template_package.py, the work of compiling it is bounded here, and every part
jinja fills is parsed and checked again (reach.py) before it goes into a
document, since a template can build XML while rendering.
"""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import MAX_RANGE
from markupsafe import Markup

from pismo.render import (cleanup, failures, fit, images, package, printable, public, reach, sandbox, syntax, tags,
                          unseen, workload)
from pismo.case.model import has_placeholder
from pismo.polish import thousands
from pismo.files.read import Unreadable, folder_files, os_reason
from pismo.render.sandbox import Sandbox
from pismo.render.template_package import (TemplateError, document_break_styles, document_pages, drawing_weights,
                                           drawn_pixels, forced_page_pixels, hyperlinks,
                                           is_template_part, parse_part, part_label, read_package, read_template_file,
                                           unmeasured)

def shipped_dir(name: str) -> Path:
    """A folder of the project (templates, cases): inside the installed package when built
    as a wheel (setup.py copies it there), else in the source tree of an editable install."""
    inside = Path(__file__).resolve().parents[1] / name
    return inside if inside.is_dir() else Path(__file__).resolve().parents[3] / name


BUILTIN_DIR = shipped_dir("templates")
_BARE_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#34|#39);)")  # any but what escaping writes
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_TAGS = 2000  # jinja tags in all parts of a template (the built-in ones have under 100)
MAX_MACROS = 200
MAX_CODE = 40_000  # characters inside tags in all parts (compiling 100 000 takes seconds)
MAX_SOURCE = 2_000_000  # characters of XML in all parts jinja fills (the built-in ones have under 100 000)


def templates_folder_missing(path: Path, option: str = " (--szablony)") -> str:
    """Why a templates folder given cannot be used: a file in its place is named as one (with the option that
    gave it, if one did)."""
    if path.exists():
        return f"to jest plik, a nie folder – podaj folder z szablonami{option}"
    return "folder szablonów nie istnieje"


class Unfilled(TemplateError):
    """A printed value still holds the placeholder; carries it so the caller can locate it in the case."""

    def __init__(self, message: str, value: str) -> None:
        super().__init__(message)
        self.value = value


def _finalize(value):
    """Last guard on every printed value: no empty gaps, no placeholders, no Python objects, within the budget."""
    if value is None:
        raise TemplateError("wartość pusta w miejscu, które dokument drukuje")
    sandbox.spend(sandbox.printed_size(value))
    if not isinstance(value, str):
        try:
            printable.check(value)
        except printable.NotPrintable as exc:
            raise TemplateError(str(exc)) from None
    if isinstance(value, float) and not math.isfinite(value):  # 1e308 * 10: Python's "inf" is no number for a reader
        raise TemplateError("wynik obliczenia nie jest liczbą (wyszedł poza zakres liczb) – popraw szablon")
    if isinstance(value, str):
        if has_placeholder(value):
            raise Unfilled(f"pole nie zostało uzupełnione: „{value}”", value)
        text = _XML_FORBIDDEN.sub("", value)
        if isinstance(value, Markup) and "<" not in text and not _BARE_AMPERSAND.search(text):
            return Markup(text)  # escaped text (a macro's, a set block's): printed as it is, not escaped twice
        return text  # a plain str, or a Markup holding XML or a cut reference ((x|e)[0]): escaped as its characters
    return value


@functools.lru_cache(maxsize=1)
def environment() -> Sandbox:
    return Sandbox(undefined=printable.Undefined, autoescape=True, finalize=_finalize, keep_trailing_newline=True)


class TooComplex(TemplateError):
    """Parsing or compiling exhausted Python's stack or memory."""


_TOO_COMPLEX = ("szablon jest zbyt złożony (zbyt głęboko zagnieżdżone znaczniki lub nawiasy albo zbyt długie "
                "wyrażenie) – uprość go")


class OverBudget(TooComplex):
    """The template as a whole holds more tags, macros, code or text than the compile budget allows."""


class CompileBudget:
    """How many tags and macros a template's parts may still hold: compiling costs time with each
    (about 0.1 ms a tag), so a template of tens of thousands is refused before jinja sees it.

    Sizes are charged on a part's XML as stored (before docxtpl's clean-up, slow on a huge part);
    tags on the source jinja parses, since the clean-up joins tags Word split over runs ({<w:r>…{).
    """

    def __init__(self) -> None:
        self.tags = MAX_TAGS
        self.macros = MAX_MACROS
        self.code = MAX_CODE
        self.source = MAX_SOURCE

    def charge(self, source: str) -> None:
        self.charge_size(source)
        self.charge_tags(source)

    def charge_size(self, xml: str) -> None:
        self.source -= len(xml)
        if self.source < 0:
            raise OverBudget(f"szablon jest zbyt duży (treść, nagłówki i stopki mają razem ponad {thousands(MAX_SOURCE)} znaków "
                             "zapisu Worda) – usuń z niego zbędne części lub podziel go")

    def charge_tags(self, source: str, dry_run: bool = False) -> None:
        """Count a source's tags; dry_run: only refuse when they alone exceed what is left
        (on the stored XML, before the slow clean-up that may join more)."""
        counts = count_tags(source)
        tags, macros, code = self.tags - counts["tags"], self.macros - counts["macros"], self.code - counts["code"]
        if code < 0:
            raise OverBudget(f"szablon ma zbyt wiele kodu w znacznikach (najwyżej {thousands(MAX_CODE)} znaków w całym szablonie) "
                             "– uprość go")
        if tags < 0:
            raise OverBudget(f"szablon ma zbyt wiele znaczników (najwyżej {MAX_TAGS} w całym szablonie) – uprość go")
        if macros < 0:
            raise OverBudget(f"szablon ma zbyt wiele makr (najwyżej {MAX_MACROS} w całym szablonie) – uprość go")
        if not dry_run:
            self.tags, self.macros, self.code = tags, macros, code


_TAG = re.compile(r"\{[{%#].*?(?:[}%#]\}|\Z)", re.S)
_MACRO = re.compile(r"\{%[-+]?(?:p|tr|tc|r)?\s*(?:macro|call)\b")


def count_tags(source: str) -> dict[str, int]:
    """Jinja tags, macro definitions or calls, and characters inside tags in a part's source (never parsed)."""
    tags = _TAG.findall(source)
    return {"tags": len(tags), "macros": len(_MACRO.findall(source)), "code": sum(len(t) for t in tags)}


def compile_source(source: str, budget: CompileBudget | None = None) -> tuple[nodes.Template, object]:
    """Parse and compile a part's source; TemplateSyntaxError as jinja gives it, TooComplex for the rest.

    The tags are charged first: to the template's budget, whose sizes the caller
    charged on the stored XML, or to a fresh one that charges all. Deep nesting
    exhausts the recursion of jinja's parser and code generator or of Python's
    compiler; that is the template's fault, not a crash of pismo.
    """
    if budget is None:
        CompileBudget().charge(source)
    else:
        budget.charge_tags(source)
    env = environment()
    big = TooComplex(f"liczba zapisana w szablonie jest zbyt wielka {sandbox.INT_LIMIT} – usuń ją")
    try:
        ast = env.parse(source)
        if sandbox.big_literal(ast):  # 0xfff…: jinja could not even compile it
            raise big
        return ast, env.from_string(sandbox.guard_loops(ast))
    except (RecursionError, MemoryError, SyntaxError):  # SyntaxError: Python's, e.g. too many nested loops
        raise TooComplex(_TOO_COMPLEX) from None
    except ValueError as exc:  # the lexer's int() of a decimal literal of over 4300 digits
        if "integer string conversion" not in str(exc):
            raise
        raise big from None


_LOADING_TAGS = {nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from … import",
                 nodes.Extends: "extends"}


def refused_tags(ast: nodes.Template) -> list[str]:
    """Why each tag that would load another file or print unescaped text is refused.

    The sandbox has no loader anyway; unescaped text (|safe, autoescape false)
    would let a template write Word XML – fields, links – its source does not show.
    """
    found = sorted({_LOADING_TAGS[type(node)] for node in ast.find_all(tuple(_LOADING_TAGS))})
    messages = [f"znacznik „{{% {tag} %}}” jest niedozwolony – szablon nie może wczytywać innych plików; usuń go"
                for tag in found]
    filters = sorted({node.name for node in ast.find_all(nodes.Filter)} & set(sandbox.REFUSED_FILTERS))
    messages += [f"filtr „{name}” jest niedozwolony – {sandbox.REFUSED_FILTERS[name]}; usuń go" for name in filters]
    if any(True for _ in ast.find_all(nodes.FilterBlock)):
        messages.append("znacznik „{% filter %}” jest niedozwolony – jinja wstawia jego wynik bez zamiany znaków "
                        "specjalnych, a filtr działa na kodzie Worda, nie na tekście; użyj filtra w wyrażeniu, "
                        "np. {{ wartość|upper }}, i usuń ten znacznik")
    if any(True for _ in ast.find_all((nodes.EvalContextModifier, nodes.ScopedEvalContextModifier))):
        messages.append(f"znacznik „{{% autoescape %}}” jest niedozwolony – {sandbox.UNESCAPED}; usuń go")
    if _markup_in_blocks(ast):
        messages.append("makro, blok {% set %}…{% endset %} albo {% call %} zawiera formatowanie Worda (np. część tekstu "
                        "pogrubiona, podział akapitu) – pismo wstawia tekst takiego bloku jako zwykły tekst, więc w "
                        "piśmie pojawiłby się kod Worda; zapisz tekst bloku jednym krojem w jednym akapicie")
    return messages + unknown_names(ast)


def _markup_in_blocks(ast: nodes.Template) -> bool:
    """Whether a block whose text is printed later holds Word XML: _finalize prints a value holding XML as text
    (escaped), since pismo cannot tell a block's own XML from XML a filter or method made of data."""
    blocks = ast.find_all((nodes.Macro, nodes.AssignBlock, nodes.CallBlock))
    return any("<" in data.data for block in blocks for data in block.find_all(nodes.TemplateData))


def unknown_names(ast: nodes.Template) -> list[str]:
    """Filters and tests that do not exist: jinja lets them compile inside an {% if %} and fails only when
    the branch runs – perhaps never with the example data `szablony sprawdz` fills in."""
    env = environment()
    names = {("filter", node.name) for node in ast.find_all(nodes.Filter) if node.name not in env.filters}
    names |= {("test", node.name) for node in ast.find_all(nodes.Test) if node.name not in env.tests}
    return [f"błąd składni znacznika: {syntax.unknown_name(kind, name)}" for kind, name in sorted(names)]


def _security_message(exc: Exception) -> str:
    text = str(exc)
    attribute = re.search(r"access to attribute '([^']+)'", text)
    if attribute:
        return f"dostęp do „{attribute.group(1)}” jest zablokowany – szablon może używać tylko danych dokumentu"
    if "Range too big" in text:
        return f"zakres range() jest zbyt duży (najwyżej {MAX_RANGE} elementów)"
    if "is not safely callable" in text:
        return "wywołanie tej funkcji jest zablokowane"
    return text


def _patcher():
    from docxtpl import DocxTemplate

    return DocxTemplate.__new__(DocxTemplate)


# docxtpl's escaped markers: a template writes {_{ to print a literal {{.
_LITERAL_MARKERS = {"{_{": "{{ '{{' }}", "}_}": "{{ '}}' }}", "{_%": "{{ '{%' }}", "%_}": "{{ '%}' }}"}


def prepare_source(xml: str) -> str:
    """A part's XML as jinja sees it: docxtpl's tag clean-up (TooComplex past its time), one paragraph a line.

    Escaped markers become jinja string literals here, in the template only:
    docxtpl turns them back after rendering, which also rewrites the data.
    """
    try:
        patched = cleanup.patch_xml(xml)
    except cleanup.TooSlow:
        raise TooComplex(f"przygotowanie znaczników trwałoby zbyt długo (ponad {cleanup.MAX_SECONDS:g} s) – sprawdź, czy "
                         "każdy znacznik ma zamknięcie ({{ … }}, {% … %}) i usuń zbędne znaki {, }, % z tekstu") from None
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", patched)
    return re.sub("|".join(re.escape(m) for m in _LITERAL_MARKERS), lambda m: _LITERAL_MARKERS[m.group()], xml)


@dataclass
class Part:
    name: str
    source: str  # patched XML, as jinja sees it
    compiled: object


class Template:
    """A .docx template read and compiled once."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self.entries = package.without_unsafe_settings(package.without_private_parts(read_package(name, data)))
        self.hyperlinks = hyperlinks(self.entries)
        self.unmeasured = unmeasured(self.entries)
        self.backdrop = self._backdrop()
        self.drawings = drawing_weights(self.entries)
        self.fixed_drawn = drawn_pixels([e for e in self.entries if not is_template_part(e[0])], self.drawings)
        self.pages = document_pages(self.entries)  # the parts laid out as the document, and how often
        self.break_styles = document_break_styles(self.entries)  # styles starting a page: forced pages
        self.fixed_trees = {part: parse_part(name, part, blob) for part, blob in self.entries
                            if part in self.pages and not is_template_part(part)}  # notes: not filled
        self.parts: dict[str, Part] = {}
        budget = CompileBudget()
        with cleanup.Deadline():
            for part, blob in self.entries:
                if is_template_part(part):
                    self.parts[part] = self._compile(part, blob, budget)

    def _backdrop(self) -> tuple:
        """The styles' tree and what the page parts lay under text (unseen.drawn), as the template holds them;
        a part that does not parse as it stands makes every white run pass (rev-tpl22 1)."""
        trees, unsure = {}, False
        for part, blob in self.entries:
            if re.fullmatch(r"word/(document|header\d*|footer\d*|styles)\.xml|word/_rels/document\.xml\.rels",
                            part.lower()):
                try:
                    trees[part.lower()] = parse_part(self.name, part, blob)
                except TemplateError:
                    unsure = True
        return trees.get("word/styles.xml"), unseen.drawn(trees, unsure)

    @classmethod
    def from_path(cls, path: Path) -> "Template":
        try:
            data = read_template_file(Path(path), str(path))
        except OSError as exc:
            raise TemplateError(f"szablon {path}: nie można odczytać pliku ({os_reason(exc)})") from None
        return cls(str(path), data)

    def _compile(self, part: str, blob: bytes, budget: CompileBudget) -> Part:
        where = f"szablon {self.name}, {part_label(part)}"
        try:
            xml = blob.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"{where}: część XML nie jest w UTF-8") from None
        try:
            budget.charge_size(xml)  # before docxtpl's clean-up, which is slow on a huge part
            unclosed = tags.unclosed_tag(xml)
            if unclosed:
                raise TemplateError(f"{where}: {unclosed}")
            budget.charge_tags(xml, dry_run=True)
            source = prepare_source(xml)
            ast, compiled = compile_source(source, budget)
        except TemplateSyntaxError as exc:
            raise TemplateError(
                f"{where}: błąd składni znacznika: {syntax.syntax_message(exc.message)}{syntax.syntax_location(source, exc)}"
            ) from None
        except TooComplex as exc:
            raise TemplateError(f"{where}: {exc}") from None
        refused = refused_tags(ast)
        if refused:
            raise TemplateError(f"{where}: {refused[0]}")
        return Part(part, source, compiled)

    def variables(self) -> dict[str, set[str]]:
        """Top-level variables each part uses."""
        env = environment()
        found: dict[str, set[str]] = {}
        for part in self.parts.values():
            names = sandbox.undeclared_names(env.parse(part.source))
            found.setdefault(part_label(part.name), set()).update(names)
        return found

    def render(self, context: dict, title: str, author: str, date, scrub: public.Scrub | None = None) -> bytes:
        """Render every part and return the .docx bytes; all parts together within one time limit. With scrub
        (a public version), the package is cut to what the letter prints and its text scrubbed (render.public)."""
        token = sandbox.start_budget()
        try:
            rendered, trees = {}, dict(self.fixed_trees)
            for name, part in self.parts.items():
                rendered[name], trees[name] = self._render_part(part, context)
        except MemoryError:  # whatever the guards missed: the template's fault, said in Polish
            raise TemplateError(f"szablon {self.name}: błąd wypełniania szablonu ({explain_failure(MemoryError())})") \
                from None
        finally:
            sandbox.end_budget(token)
        try:  # a loop repeats the pictures it holds, and LibreOffice decodes every drawing
            current = [(name, rendered.get(name, blob)) for name, blob in self.entries]
            extra = forced_page_pixels(current, self.drawings, self.pages, trees.get("word/document.xml"),
                                       self.break_styles)
            images.check_drawn(self.fixed_drawn + drawn_pixels(list(rendered.items()), self.drawings) + extra)
            workload.check_document_fields({part: trees[part] for part in self.pages if part in trees}, self.pages)
            workload.check_document_wordart(trees)
        except (images.TooLarge, workload.TooMuch) as exc:
            raise TemplateError(f"szablon {self.name}: po wypełnieniu {exc}") from None
        out = []
        for name, blob in self.entries:
            if name in rendered:
                blob = rendered[name]
            elif name == package.CORE:
                blob = package.core_xml(title, author, date)
            elif name == package.APP:
                blob = package.APP_XML
            out.append((name, blob))
        if scrub is not None:
            try:
                out = public.public_parts(out, scrub)
            except public.NotPublic as exc:
                raise TemplateError(f"szablon {self.name}: nie można utworzyć wersji do publikacji: {exc}") from None
        return package.zip_parts(fit.fit_parts(out))

    def _render_part(self, part: Part, context: dict) -> tuple[bytes, object]:
        """The filled part's bytes and its tree, checked."""
        where = f"szablon {self.name}, {part_label(part.name)}"
        try:
            xml = part.compiled.render(context)
        except sandbox.Timeout:
            raise TemplateError(f"{where}: przekroczono limit czasu wypełniania szablonu ({sandbox.MAX_SECONDS:g} s) – "
                                "sprawdź pętle i makra w szablonie") from None
        except UndefinedError as exc:
            raise TemplateError(f"{where}: {_undefined_message(exc)}") from None
        except SecurityError as exc:
            raise TemplateError(f"{where}: niedozwolona operacja w szablonie ({_security_message(exc)})") from None
        except Unfilled as exc:
            raise Unfilled(f"{where}: {exc}", exc.value) from None
        except TemplateError as exc:
            raise TemplateError(f"{where}: {exc}") from None
        except OverflowError as exc:
            if "Range too big" not in str(exc):  # Python's arithmetic out of a float's range: said in Polish below
                raise TemplateError(f"{where}: błąd wypełniania szablonu ({explain_failure(exc)})") from None
            raise TemplateError(f"{where}: niedozwolona operacja w szablonie ({_security_message(exc)})") from None
        except Exception as exc:  # a template is untrusted code: any failure of it is the template's
            place = syntax.paragraph_text(part.source, _template_line(exc))
            raise TemplateError(f"{where}: błąd wypełniania szablonu ({explain_failure(exc)})"
                                + (f" w akapicie „{place}”" if place else "")) from None
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        blob = _resolve_listing(xml).encode("utf-8")
        return blob, self._check_rendered(part.name, where, blob)

    def _check_rendered(self, part: str, where: str, blob: bytes):
        """A filled part goes into a document only when it parses and reaches nothing outside:
        a template can write XML while rendering (|safe, autoescape false) that its source did not show; its tree."""
        try:
            tree = parse_part(self.name, part, blob)
            reach.check_tree(part, tree, hyperlinks=self.hyperlinks.get(part.lower()), blob=blob,
                             unmeasured=self.unmeasured.get(part.lower()))
            workload.check(part, tree, blob)
            unseen.check(part, tree, None, *self.backdrop)  # a hidden shape or run a template wrote while filling (|safe)
        except TemplateError:
            raise TemplateError(f"{where}: wypełniony szablon nie jest poprawnym dokumentem Word (niepoprawny XML) – "
                                "szablon tnie tekst ze znakiem specjalnym (np. wycinek [..] albo |truncate po |e) "
                                "albo wstawia bardzo długi tekst bez podziału; usuń to wyrażenie") from None
        except (reach.Outside, workload.TooMuch, unseen.Refused) as exc:
            raise TemplateError(f"{where}: po wypełnieniu {exc}") from None
        return tree


_FAILURES = {
    RecursionError: "zbyt głęboka rekurencja – makro albo pętla „recursive” wywołuje samą siebie bez końca",
    MemoryError: "zabrakło pamięci – szablon buduje zbyt duże wartości",
    ZeroDivisionError: "dzielenie przez zero",
    OverflowError: "liczba poza zakresem – wynik obliczenia byłby zbyt wielki albo nieskończony",
}


def _template_frames(exc: BaseException) -> int:
    frames, frame = 0, exc.__traceback__
    while frame is not None:
        frames += frame.tb_frame.f_code.co_filename == "<template>"
        frame = frame.tb_next
    return frames


def _template_line(exc: BaseException) -> int | None:
    """The template's line a run-time failure happened on: jinja rewrites its frames to the template's lines."""
    line, frame = None, exc.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_filename == "<template>":
            line = frame.tb_lineno
        frame = frame.tb_next
    return line


_DEEP_VALUE = ("wartość zagnieżdżona zbyt głęboko (lista w liście w liście … – setki poziomów), której nie można "
               "wydrukować ani zapisać filtrem – uprość ją")
_RECURSIVE_FRAMES = 20  # template frames on the stack: a macro calling itself leaves hundreds, a deep value a few


def explain_failure(exc: BaseException) -> str:
    """Why a template failed, never empty: in Polish where known, else the error's own text and kind. Python
    recursing too deep with few of the template's frames on the stack was printing or serialising a deep value
    (repr, tojson), not a macro calling itself."""
    if isinstance(exc, RecursionError) and exc.__traceback__ is not None and _template_frames(exc) < _RECURSIVE_FRAMES:
        return _DEEP_VALUE
    for kind, text in _FAILURES.items():
        if isinstance(exc, kind):
            return text
    said = failures.polish(exc)
    if said:
        return f"{said} – popraw szablon"
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return "liczba ma zbyt wiele cyfr, by ją wydrukować (najwyżej 4300)"
    unknown = syntax.UNKNOWN.search(str(exc))
    if unknown:  # map('…'), select('…') name a filter or test only when they run
        return syntax.unknown_name(unknown[1], unknown[2])
    kind = next((text for kind, text in _KINDS.items() if isinstance(exc, kind)), "nieoczekiwany błąd")
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return f"{kind} – popraw szablon; szczegóły techniczne: {detail[:200]}"


_KINDS = {  # Python's own text is English: the kind of failure said in Polish, the text kept as a detail
    TypeError: "działanie na wartości niewłaściwego rodzaju (np. długość liczby albo tekst dodany do liczby)",
    KeyError: "słownik nie ma takiego klucza",
    IndexError: "lista nie ma takiego elementu",
    AttributeError: "wartość nie ma takiego pola",
    ValueError: "niewłaściwa wartość",
}


def _resolve_listing(xml: str) -> str:
    """Tabs and newlines inside data become Word tabs and line breaks."""
    body = xml.split("?>", 1)[-1].lstrip()
    if "\t" not in body and "\n" not in body:
        return xml
    return _patcher().resolve_listing(xml)


def _undefined_message(exc: UndefinedError) -> str:
    """jinja's English text of a missing value, in Polish (an element of a list, a macro's caller too)."""
    text = str(exc)
    if text == "No caller defined":
        return "makro używa caller(), a nie wywołano go blokiem {% call %} – popraw szablon"
    element = re.search(r"has no element (.+)$", text)
    if element:
        return f"lista lub słownik nie ma elementu {element.group(1)} – popraw szablon"
    return f"zmienna „{_undefined_name(exc)}” nie istnieje w danych dokumentu"


def _undefined_name(exc: UndefinedError) -> str:
    text = str(exc)
    match = re.search(r"has no attribute '([^']+)'", text) or re.search(r"'([^']+)' is undefined", text)
    return match.group(1) if match else text


class TemplateSet:
    """Templates by file name: the user's folder first, then the built-ins."""

    def __init__(self, override: Path | None = None) -> None:
        self.override = Path(override) if override else None
        if self.override and not self.override.is_dir():
            raise TemplateError(f"{self.override}: {templates_folder_missing(self.override)}")
        try:
            self.files = folder_files(self.override) if self.override else []
        except Unreadable as exc:
            raise TemplateError(f"{self.override}: {exc}") from None

    def path(self, filename: str) -> Path:
        """The user's template when their folder has anything by that name (a folder or a pipe is then
        refused when read, never silently replaced by the built-in one), else the built-in one."""
        if self.override and os.path.lexists(self.override / filename):
            return self.override / filename
        return BUILTIN_DIR / filename

    def get(self, filename: str) -> Template:
        path = self.path(filename)
        try:
            stat = path.stat()
        except FileNotFoundError:
            raise TemplateError(f"brak szablonu {filename} (szukano w: {path.parent})") from None
        except OSError as exc:  # a looping link is there, not missing
            raise TemplateError(f"szablon {path}: nie można odczytać pliku ({os_reason(exc)})") from None
        return _cached(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _cached(path: str, mtime_ns: int, size: int) -> Template:
    return Template.from_path(Path(path))
