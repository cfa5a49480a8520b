"""Rendering: a docxtpl-style template, prepared once, rendered many times.

docxtpl reloads and re-parses a template on every render. Here a template is
read once: docxtpl's own tag clean-up (patch_xml) and jinja compilation are done
per part, and each render only runs the compiled templates and zips the parts
with fixed metadata. Rendering is strict (unknown variable = error), escaped
(data is data) and sandboxed: templates cannot reach Python internals, load
other files, build giant values or run for ever (sandbox.py). A template is
untrusted input (a unit's own file), so its package is read within size limits
counted on the unpacked bytes; macros, external links (fetched by Word on
opening) and comments or tracked changes (they carry their authors' names) are
refused, and parts holding personal data of the template's author (people.xml,
custom.xml) are left out of the documents.
"""

from __future__ import annotations

import functools
import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import MAX_RANGE
from lxml import etree

from pismo import package, sandbox
from pismo.sandbox import Sandbox
from pismo.files import Unreadable, read_limited
from pismo.model import PLACEHOLDER



def shipped_dir(name: str) -> Path:
    """A folder of the project (templates, cases): inside the installed package when built
    as a wheel (setup.py copies it there), else in the source tree of an editable install."""
    inside = Path(__file__).resolve().parent / name
    return inside if inside.is_dir() else Path(__file__).resolve().parents[2] / name


BUILTIN_DIR = shipped_dir("templates")
_PART = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
PART_LABELS = {"document": "treść", "header": "nagłówek", "footer": "stopka"}
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024  # the package on disk, and all its parts unpacked
MAX_PART_BYTES = 10 * 1024 * 1024  # one part unpacked
MAX_ENTRIES = 1000
_CHUNK = 64 * 1024


class TemplateError(Exception):
    """A template cannot be used or rendered; the message is for the user."""


class Unfilled(TemplateError):
    """A printed value still holds the placeholder; carries it so the caller can locate it in the case."""

    def __init__(self, message: str, value: str) -> None:
        super().__init__(message)
        self.value = value


def _finalize(value):
    """Last guard on every printed value: no empty gaps, no placeholders, within the budget."""
    if value is None:
        raise TemplateError("wartość pusta w miejscu, które dokument drukuje")
    sandbox.spend(sandbox.check_weight(value))
    if isinstance(value, str):
        if PLACEHOLDER in value:
            raise Unfilled(f"pole nie zostało uzupełnione: „{value}”", value)
        return _XML_FORBIDDEN.sub("", value)
    return value


@functools.lru_cache(maxsize=1)
def environment() -> Sandbox:
    return Sandbox(undefined=StrictUndefined, autoescape=True, finalize=_finalize, keep_trailing_newline=True)


class TooComplex(TemplateError):
    """Parsing or compiling exhausted Python's stack or memory."""


_TOO_COMPLEX = ("szablon jest zbyt złożony (zbyt głęboko zagnieżdżone znaczniki lub nawiasy albo zbyt długie "
                "wyrażenie) – uprość go")


def compile_source(source: str) -> tuple[nodes.Template, object]:
    """Parse and compile a part's source; TemplateSyntaxError as jinja gives it, TooComplex for the rest.

    Deep nesting exhausts the recursion of jinja's parser and code generator or
    of Python's compiler; that is the template's fault, not a crash of pismo.
    """
    env = environment()
    try:
        ast = env.parse(source)
        return ast, env.from_string(sandbox.guard_loops(ast))
    except (RecursionError, MemoryError, SyntaxError):  # SyntaxError: Python's, e.g. too many nested loops
        raise TooComplex(_TOO_COMPLEX) from None


_LOADING_TAGS = {nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "from … import",
                 nodes.Extends: "extends"}


def loading_tags(ast: nodes.Template) -> list[str]:
    """Why each tag that would load another file is refused (the sandbox has no loader anyway)."""
    found = sorted({_LOADING_TAGS[type(node)] for node in ast.find_all(tuple(_LOADING_TAGS))})
    return [f"znacznik „{{% {tag} %}}” jest niedozwolony – szablon nie może wczytywać innych plików; usuń go"
            for tag in found]


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
    """A part's XML as jinja sees it: docxtpl's tag clean-up, one paragraph a line.

    Escaped markers become jinja string literals here, in the template only:
    docxtpl turns them back after rendering, which also rewrites the data.
    """
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", _patcher().patch_xml(xml))
    return re.sub("|".join(re.escape(m) for m in _LITERAL_MARKERS), lambda m: _LITERAL_MARKERS[m.group()], xml)


def _part_label(part: str) -> str:
    kind = re.match(r"word/([a-z]+)", part).group(1)
    return PART_LABELS[kind]


@dataclass
class Part:
    name: str
    source: str  # patched XML, as jinja sees it
    compiled: object


class Template:
    """A .docx template read and compiled once."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self.entries = package.without_private_parts(_read_zip(name, data))
        self.parts: dict[str, Part] = {}
        for part, blob in self.entries:
            if _PART.match(part):
                self.parts[part] = self._compile(part, blob)

    @classmethod
    def from_path(cls, path: Path) -> "Template":
        try:
            data = read_template_file(Path(path), str(path))
        except OSError as exc:
            raise TemplateError(f"szablon {path}: nie można odczytać pliku ({exc.strerror or exc})") from None
        return cls(str(path), data)

    def _compile(self, part: str, blob: bytes) -> Part:
        try:
            xml = blob.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"szablon {self.name}, {_part_label(part)}: część XML nie jest w UTF-8") from None
        source = prepare_source(xml)
        where = f"szablon {self.name}, {_part_label(part)}"
        try:
            ast, compiled = compile_source(source)
        except TemplateSyntaxError as exc:
            raise TemplateError(
                f"{where}: błąd składni znacznika ({exc.message}) w akapicie „{_paragraph_text(source, exc.lineno)}”"
            ) from None
        except TooComplex as exc:
            raise TemplateError(f"{where}: {exc}") from None
        refused = loading_tags(ast)
        if refused:
            raise TemplateError(f"{where}: {refused[0]}")
        return Part(part, source, compiled)

    def variables(self) -> dict[str, set[str]]:
        """Top-level variables each part uses."""
        env = environment()
        found: dict[str, set[str]] = {}
        for part in self.parts.values():
            names = meta.find_undeclared_variables(env.parse(part.source))
            found.setdefault(_part_label(part.name), set()).update(names)
        return found

    def render(self, context: dict, title: str, author: str, date) -> bytes:
        """Render every part and return the .docx bytes; all parts together within one time limit."""
        token = sandbox.start_budget()
        try:
            rendered = {name: self._render_part(part, context) for name, part in self.parts.items()}
        finally:
            sandbox.end_budget(token)
        out = []
        for name, blob in self.entries:
            if name in rendered:
                blob = rendered[name]
            elif name == package.CORE:
                blob = package.core_xml(title, author, date)
            elif name == package.APP:
                blob = package.APP_XML
            out.append((name, blob))
        return package.zip_parts(out)

    def _render_part(self, part: Part, context: dict) -> bytes:
        where = f"szablon {self.name}, {_part_label(part.name)}"
        sandbox.new_part()
        try:
            xml = part.compiled.render(context)
        except sandbox.Timeout:
            raise TemplateError(f"{where}: przekroczono limit czasu wypełniania szablonu ({sandbox.MAX_SECONDS:g} s) – "
                                "sprawdź pętle i makra w szablonie") from None
        except UndefinedError as exc:
            raise TemplateError(f"{where}: zmienna „{_undefined_name(exc)}” nie istnieje w danych dokumentu") from None
        except SecurityError as exc:
            raise TemplateError(f"{where}: niedozwolona operacja w szablonie ({_security_message(exc)})") from None
        except Unfilled as exc:
            raise Unfilled(f"{where}: {exc}", exc.value) from None
        except TemplateError as exc:
            raise TemplateError(f"{where}: {exc}") from None
        except OverflowError as exc:
            raise TemplateError(f"{where}: niedozwolona operacja w szablonie ({_security_message(exc)})") from None
        except Exception as exc:  # a template is untrusted code: any failure of it is the template's
            raise TemplateError(f"{where}: błąd wypełniania szablonu ({_failure(exc)})") from None
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        return _resolve_listing(xml).encode("utf-8")


_FAILURES = {
    RecursionError: "zbyt głęboka rekurencja – makro wywołuje samo siebie bez końca",
    MemoryError: "zabrakło pamięci – szablon buduje zbyt duże wartości",
    ZeroDivisionError: "dzielenie przez zero",
}


def _failure(exc: Exception) -> str:
    """Why a template failed, never empty: in Polish where known, else the error's own text and kind."""
    for kind, text in _FAILURES.items():
        if isinstance(exc, kind):
            return text
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _resolve_listing(xml: str) -> str:
    """Tabs and newlines inside data become Word tabs and line breaks."""
    body = xml.split("?>", 1)[-1].lstrip()
    if "\t" not in body and "\n" not in body:
        return xml
    return _patcher().resolve_listing(xml)


def _undefined_name(exc: UndefinedError) -> str:
    text = str(exc)
    match = re.search(r"has no attribute '([^']+)'", text) or re.search(r"'([^']+)' is undefined", text)
    return match.group(1) if match else text


def _paragraph_text(source: str, lineno: int | None) -> str:
    if not lineno:
        return ""
    line = source.splitlines()[lineno - 1] if lineno <= len(source.splitlines()) else ""
    text = re.sub(r"<[^>]+>", "", line).strip()
    return text[:80]


def read_template_file(path: Path, name: str) -> bytes:
    """A template file's bytes, refused unread when it is no regular file or larger than any template should be."""
    try:
        data = read_limited(path, MAX_TEMPLATE_BYTES)
    except Unreadable as exc:
        raise TemplateError(f"szablon {name}: {exc}") from None
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"szablon {name}: plik jest zbyt duży (ponad {MAX_TEMPLATE_BYTES // 2**20} MB; szablon "
                            "może mieć najwyżej tyle) – usuń z niego duże obrazy")
    return data


def _read_zip(name: str, data: bytes) -> list[tuple[str, bytes]]:
    """The parts of a .docx package, read within the limits; refused when unusable or unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise TemplateError(f"szablon {name}: to nie jest plik .docx (uszkodzony albo innego rodzaju) – "
                            "zapisz szablon w Wordzie jako „Dokument programu Word (*.docx)”") from None
    with archive:
        infos = archive.infolist()
        _check_members(name, infos)
        entries = _read_members(name, archive, infos)
    _check_content(name, dict(entries))
    return entries


def _too_big(name: str) -> TemplateError:
    return TemplateError(f"szablon {name}: po rozpakowaniu byłby zbyt duży (część do {MAX_PART_BYTES // 2**20} MB, "
                         f"razem do {MAX_TEMPLATE_BYTES // 2**20} MB) – to nie jest zwykły dokument Word "
                         "(może to być tzw. bomba zip); użyj innego pliku")


def _check_members(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """What the zip's directory already tells: the parts present and their declared sizes."""
    names = {i.filename for i in infos}
    if len(infos) > MAX_ENTRIES:
        raise TemplateError(f"szablon {name}: zbyt wiele części w archiwum ({len(infos)}) – to nie jest zwykły dokument Word")
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise TemplateError(f"szablon {name}: brak treści dokumentu (word/document.xml) – to nie jest dokument Word")
    if any(i.filename.lower().endswith("vbaproject.bin") for i in infos):
        raise _macros(name)
    if any(i.flag_bits & 0x1 for i in infos):
        raise TemplateError(f"szablon {name}: plik jest zaszyfrowany (chroniony hasłem) – zapisz go w Wordzie bez hasła")
    if any(i.file_size > MAX_PART_BYTES for i in infos) or sum(i.file_size for i in infos) > MAX_TEMPLATE_BYTES:
        raise _too_big(name)


def _read_members(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> list[tuple[str, bytes]]:
    """Every part, counting the bytes actually unpacked: declared sizes can lie."""
    entries, total = [], 0
    for info in infos:
        try:
            with archive.open(info) as stream:
                blob = _read_limited(stream, min(MAX_PART_BYTES, MAX_TEMPLATE_BYTES - total))
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError):
            raise TemplateError(f"szablon {name}: archiwum jest uszkodzone (część {info.filename}) – "
                                "zapisz szablon ponownie w Wordzie") from None
        if blob is None:
            raise _too_big(name)
        total += len(blob)
        entries.append((info.filename, blob))
    return entries


def _read_limited(stream, limit: int) -> bytes | None:
    """The stream's bytes, or None as soon as there are more than limit (never unpacks further)."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _macros(name: str) -> TemplateError:
    return TemplateError(f"szablon {name}: zawiera makra (to dokument Word z makrami, .docm) – zapisz go w Wordzie "
                         "jako zwykły „Dokument programu Word (*.docx)”, bez makr")


_AUTHOR = re.compile(rb":(?:author|initials)\s*=\s*[\"']")  # w:author="…" of a comment or tracked change


def _check_content(name: str, parts: dict[str, bytes]) -> None:
    """Macros declared by content type, links Word would fetch from outside on opening, authors' names."""
    if b"macroenabled" in parts.get("[Content_Types].xml", b"").lower():
        raise _macros(name)
    for part, blob in parts.items():
        if part.endswith(".rels") or part == "[Content_Types].xml":
            _check_relationships(name, part, blob)
        elif part.endswith(".xml") and not package.is_private(part) and _AUTHOR.search(blob):
            raise TemplateError(f"szablon {name}: zawiera komentarze albo śledzone zmiany (z nazwiskami ich autorów, "
                                f"część {part}) – w Wordzie zaakceptuj lub odrzuć wszystkie zmiany i usuń komentarze "
                                "(karta Recenzja), a potem zapisz szablon ponownie")


def _check_relationships(name: str, part: str, blob: bytes) -> None:
    """Well-formed XML, and no external target but hyperlinks: parsed, so quoting or spacing cannot hide one."""
    try:
        root = etree.fromstring(blob, package.safe_parser())
    except etree.XMLSyntaxError:
        raise TemplateError(f"szablon {name}: część {part} jest uszkodzona (niepoprawny XML) – "
                            "zapisz szablon ponownie w Wordzie") from None
    for relation in root.iter("{*}Relationship"):
        external = (relation.get("TargetMode") or "").strip().lower() == "external"
        if external and not (relation.get("Type") or "").strip().endswith("/hyperlink"):
            raise TemplateError(f"szablon {name}: odwołuje się do zasobu zewnętrznego „{relation.get('Target', '')}” "
                                "(Word pobierałby go przy otwarciu każdego dokumentu) – usuń to powiązanie "
                                "(np. połączony obraz lub szablon dołączony z sieci)")


class TemplateSet:
    """Templates by file name: the user's folder first, then the built-ins."""

    def __init__(self, override: Path | None = None) -> None:
        self.override = Path(override) if override else None
        if self.override and not self.override.is_dir():
            raise TemplateError(f"{self.override}: folder szablonów nie istnieje")

    def path(self, filename: str) -> Path:
        """The user's template when their folder has anything by that name (a folder or a pipe is then
        refused when read, never silently replaced by the built-in one), else the built-in one."""
        if self.override and os.path.lexists(self.override / filename):
            return self.override / filename
        return BUILTIN_DIR / filename

    def get(self, filename: str) -> Template:
        path = self.path(filename)
        stat = path.stat() if path.exists() else None
        if stat is None:
            raise TemplateError(f"brak szablonu {filename} (szukano w: {path.parent})")
        return _cached(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _cached(path: str, mtime_ns: int, size: int) -> Template:
    return Template.from_path(Path(path))
