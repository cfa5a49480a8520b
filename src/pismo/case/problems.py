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
    stands_for: int = 1  # a summary line ("… i jeszcze 950 błędów") counts for the problems it leaves out
    related: tuple | None = None  # the field the message's „w wierszu N” names (an id's first use): a form names it so

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


LIMIT = 50  # errors shown: a file with thousands is fixed from its top, and reported fast
WARNING_LIMIT = 500  # warnings shown: every field still to fill in is listed (a new case has about 60)


def capped(problems: list[Problem], limit: int = LIMIT, left_out: int = 0) -> list[Problem]:
    """The first `limit` errors and the first WARNING_LIMIT warnings (in the order given), each severity's rest
    (with `left_out` errors not even worded) as one line that says how many there are and what to do."""
    from pismo.polish import count

    kept, left, shown = [], {False: [], True: []}, {False: 0, True: 0}
    limits = {False: limit, True: WARNING_LIMIT}
    for problem in problems:
        if shown[problem.warning] < limits[problem.warning]:
            kept.append(problem)
            shown[problem.warning] += 1
        else:
            left[problem.warning].append(problem)
    file = problems[0].file if problems else None
    rest = {warning: total(left[warning]) + (0 if warning else left_out) for warning in left}
    return kept + [summary(file, number, warning, limits[warning]) for warning, number in rest.items() if number]


def summary(file: Path | None, number: int, warning: bool, limit: int = LIMIT) -> Problem:
    """One line for `number` problems not shown after the first `limit`."""
    from pismo.polish import plural

    what = f"{number:,}".replace(",", "\u00a0") + " " + (plural(number, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń")
                                                         if warning else plural(number, "błąd", "błędy", "błędów"))
    return Problem(file, None, None, None, f"… i jeszcze {what} dalej w pliku (pokazano pierwsze {limit}) – "
                   "popraw najpierw te powyżej i sprawdź plik ponownie", warning, number)


def total(problems: list[Problem]) -> int:
    """How many problems a list stands for, its summary lines counted in full."""
    return sum(p.stands_for for p in problems)


class MissingData(Exception):
    """A document needs a field the case file does not give."""

    def __init__(self, loc: tuple, message: str | None = None, marker: bool = False) -> None:
        self.loc = tuple(loc)
        self.marker = marker  # about the value's UZUPEŁNIJ: located at the word (Document.where_marker)
        self.message = message or "brak danych wymaganych przez ten dokument – uzupełnij to pole w pliku sprawy"
        super().__init__(f"{dotted(self.loc)}: {self.message}")


def dotted(loc) -> str:
    """("dzialania", 0, "termin") -> "dzialania[0].termin"; a key longer than any field name cut (see cut)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + cut(str(part))
    return out


KEY_SHOWN = 40  # characters of a key shown: field names have at most some twenty


def cut(text: str, limit: int = KEY_SHOWN) -> str:
    """Text of the file shown in a message, cut to limit characters: one key of 200 000 characters made one
    error line of 400 kB."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def quoted(text: str) -> str:
    """„text” for a message, cut, with its length when cut."""
    from pismo.polish import plural

    shown, n = cut(text), len(text)
    return f"„{shown}”" + ("" if shown == text else
                           f" ({n:_} {plural(n, 'znak', 'znaki', 'znaków')})".replace("_", "\u00a0"))

