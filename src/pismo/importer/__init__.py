"""`pismo import`: a plan as published (text or Word) → a commented case file.

sources (file → lines) → recognise (lines → Plan) → writer (Plan → YAML).
The YAML is read back before it is offered, so what is written is exactly
what was recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pismo.importer.plan import Plan
from pismo.importer.sources import SUFFIXES, SourceError, read_source

__all__ = ["ImportResult", "SourceError", "SUFFIXES", "import_file"]


@dataclass
class ImportResult:
    plan: Plan
    text: str  # the case file
    data: object  # what the case file holds
    to_check: int  # "# DO SPRAWDZENIA" comments
    to_fill: int  # values with the placeholder


def import_file(path: Path) -> ImportResult:
    """Read and recognise a plan; SourceError with a Polish message when it cannot be done."""
    from pismo.case.checks import placeholders
    from pismo.importer.recognise import recognise
    from pismo.importer.writer import CHECK, write_case

    lines, warnings = read_source(Path(path))
    plan = recognise(lines, warnings)
    text, data = write_case(plan, printable(Path(path).name))
    _verify(text, data)
    checks = sum(1 for line in text.splitlines() if f"# {CHECK}:" in line)
    return ImportResult(plan, text, data, checks, sum(1 for _ in placeholders(data)))


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a name from a cp1250 archive) shown as �."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _verify(text: str, data) -> None:
    """The written YAML must read back as the data meant; a mismatch is a bug, never a silent change."""
    from pismo.case.problems import CaseError
    from pismo.case.yamlio import parse_case_bytes

    try:
        read = parse_case_bytes(Path("import.yaml"), text.encode("utf-8")).data
    except CaseError as exc:
        raise SourceError(f"błąd programu: utworzony plik sprawy jest niepoprawny ({exc}) – "
                          "nic nie zapisano") from None
    if read != data:
        raise SourceError("błąd programu: utworzony plik sprawy nie odczytuje się tak, jak rozpoznano tekst – "
                          "nic nie zapisano")
