"""Problems found in a case file, located and worded in Polish for the user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pismo.errors import CaseError  # noqa: F401  (its first home: imported from here)

ERROR = "błąd"
WARNING = "ostrzeżenie"


@dataclass(frozen=True)
class Problem:
    """One problem: where (file, line, column, dotted field path) and what to do."""

    file: Path | None
    line: int | None
    column: int | None
    path: str | None  # dotted field path, e.g. spotkania[0].data
    message: str
    warning: bool = False

    @property
    def severity(self) -> str:
        """"błąd" or "ostrzeżenie", as the user reads it."""
        return WARNING if self.warning else ERROR

    @property
    def field(self) -> str | None:
        """The dotted field path (older name of `path`)."""
        return self.path

    def __str__(self) -> str:
        where = str(self.file) if self.file else "<dane>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        kind = "ostrzeżenie: " if self.warning else ""
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {kind}{self.message}"


class MissingData(Exception):
    """A document needs a field the case file does not give."""

    def __init__(self, loc: tuple, message: str | None = None) -> None:
        self.loc = tuple(loc)
        self.message = message or "brak danych wymaganych przez ten dokument – uzupełnij to pole w pliku sprawy"
        super().__init__(f"{dotted(self.loc)}: {self.message}")


def dotted(loc) -> str:
    """("dzialania", 0, "termin") -> "dzialania[0].termin"."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out

