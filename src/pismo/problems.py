"""Problems found in a case file, located and worded in Polish for the user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One problem: where (file, line, column, field) and what to do."""

    path: Path | None
    line: int | None
    column: int | None
    field: str | None
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = str(self.path) if self.path else "<dane>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        kind = "ostrzeżenie: " if self.warning else ""
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {kind}{self.message}"


class CaseError(Exception):
    """A case file cannot be used; carries every problem found at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


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
