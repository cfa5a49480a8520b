"""Rendering: a docxtpl-style template, prepared once, rendered many times.

docxtpl reloads and re-parses a template on every render. Here a template is
read once: docxtpl's own tag clean-up (patch_xml) and jinja compilation are done
per part, and each render only runs the compiled templates and zips the parts
with fixed metadata. Rendering is strict (unknown variable = error), escaped
(data is data) and sandboxed (templates cannot reach Python internals).
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import StrictUndefined, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, TemplateError as JinjaError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pismo import package
from pismo.model import PLACEHOLDER

BUILTIN_DIR = Path(__file__).resolve().parents[2] / "templates"
_PART = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
PART_LABELS = {"document": "treść", "header": "nagłówek", "footer": "stopka"}
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024


class TemplateError(Exception):
    """A template cannot be used or rendered; the message is for the user."""


def _finalize(value):
    """Last guard on every printed value: no empty gaps, no placeholders."""
    if value is None:
        raise TemplateError("wartość pusta w miejscu, które dokument drukuje")
    if isinstance(value, str):
        if PLACEHOLDER in value:
            raise TemplateError(f"pole nie zostało uzupełnione: „{value}”")
        return _XML_FORBIDDEN.sub("", value)
    return value


@functools.lru_cache(maxsize=1)
def environment() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        undefined=StrictUndefined, autoescape=True, finalize=_finalize, keep_trailing_newline=True
    )


def _patcher():
    from docxtpl import DocxTemplate

    return DocxTemplate.__new__(DocxTemplate)


def prepare_source(xml: str) -> str:
    """A part's XML as jinja sees it: docxtpl's tag clean-up, one paragraph a line."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", _patcher().patch_xml(xml))


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
        self.entries = _read_zip(name, data)
        self.parts: dict[str, Part] = {}
        for part, blob in self.entries:
            if _PART.match(part):
                self.parts[part] = self._compile(part, blob)

    @classmethod
    def from_path(cls, path: Path) -> "Template":
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise TemplateError(f"szablon {path}: nie można odczytać ({exc.strerror})") from None
        return cls(Path(path).name, data)

    def _compile(self, part: str, blob: bytes) -> Part:
        try:
            xml = blob.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"szablon {self.name}, {_part_label(part)}: część XML nie jest w UTF-8") from None
        source = prepare_source(xml)
        try:
            compiled = environment().from_string(source)
        except TemplateSyntaxError as exc:
            raise TemplateError(
                f"szablon {self.name}, {_part_label(part)}: błąd składni znacznika ({exc.message}) "
                f"w akapicie „{_paragraph_text(source, exc.lineno)}”"
            ) from None
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
        """Render every part and return the .docx bytes."""
        rendered = {name: self._render_part(part, context) for name, part in self.parts.items()}
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
        try:
            xml = part.compiled.render(context)
        except UndefinedError as exc:
            raise TemplateError(f"{where}: zmienna „{_undefined_name(exc)}” nie istnieje w danych dokumentu") from None
        except SecurityError as exc:
            raise TemplateError(f"{where}: niedozwolona operacja w szablonie ({exc})") from None
        except TemplateError as exc:
            raise TemplateError(f"{where}: {exc}") from None
        except (JinjaError, TypeError, ValueError, AttributeError) as exc:
            raise TemplateError(f"{where}: błąd wypełniania szablonu ({exc})") from None
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        return _resolve_listing(xml).encode("utf-8")


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


def _read_zip(name: str, data: bytes) -> list[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise TemplateError(f"szablon {name}: to nie jest plik .docx (uszkodzony albo innego rodzaju)") from None
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise TemplateError(f"szablon {name}: brak treści dokumentu (word/document.xml) – to nie jest dokument Word")
        if any(i.filename == "word/vbaProject.bin" for i in infos):
            raise TemplateError(f"szablon {name}: zawiera makra – użyj zwykłego pliku .docx bez makr")
        if sum(i.file_size for i in infos) > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"szablon {name}: zbyt duży po rozpakowaniu (ponad {MAX_TEMPLATE_BYTES // 2**20} MB)")
        try:
            return [(i.filename, archive.read(i)) for i in infos]
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise TemplateError(f"szablon {name}: uszkodzone archiwum ({exc})") from None


class TemplateSet:
    """Templates by file name: the user's folder first, then the built-ins."""

    def __init__(self, override: Path | None = None) -> None:
        self.override = Path(override) if override else None
        if self.override and not self.override.is_dir():
            raise TemplateError(f"{self.override}: folder szablonów nie istnieje")

    def path(self, filename: str) -> Path:
        if self.override and (self.override / filename).is_file():
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
