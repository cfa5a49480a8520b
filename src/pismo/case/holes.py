"""UZUPEŁNIJ in a field of any type: a case that is still being filled in.

A skeleton or an imported plan leaves `UZUPEŁNIJ …` where it knows no value, also
where a date, a number, a choice or an id belongs. Such a field is a "do
uzupełnienia" warning, never a type error that hides the other placeholders:
the case validates with a stand-in value, the cross-checks ignore the stand-in,
and then the model holds a Hole instead. A document that uses a hole in any way
(formats it, compares it, reads its parts) raises MissingData naming the field,
so exactly that document is blocked; str() gives back the text the user wrote,
so a summary or a message can still show it.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from pismo.case.problems import MissingData

FILL_MESSAGE = "do uzupełnienia – dokument potrzebuje tego pola („{text}”); wpisz właściwą wartość zamiast UZUPEŁNIJ"

# Stand-ins that pass validation; the period's ends are the widest, so no real date falls outside it.
_PERIOD = {("okres", "od"): dt.date(1900, 1, 1), ("okres", "do"): dt.date(2100, 12, 31)}
_PATTERN_CANDIDATES = ("0:00", "1", "000000000", "uzupelnij@example.invalid")


class Hole:
    """A field that still reads UZUPEŁNIJ: any use in a document names the field."""

    __slots__ = ("loc", "text")

    def __init__(self, loc: tuple, text: str) -> None:
        object.__setattr__(self, "loc", tuple(loc))
        object.__setattr__(self, "text", text)

    def _refuse(self, *_args, **_kwargs):
        raise MissingData(self.loc, FILL_MESSAGE.format(text=" ".join(self.text.split())), marker=True)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and introspection ask for dunders: not a use
        self._refuse()

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return True  # the field is there, only not filled in: a use of it is what names it

    def __repr__(self) -> str:
        return f"Hole({self.text!r})"

    def __eq__(self, other) -> bool:
        if isinstance(other, Hole):
            return other.loc == self.loc and other.text == self.text
        self._refuse()  # plec == "K": a document deciding by a value nobody gave

    def __ne__(self, other) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((Hole, self.loc, self.text))

    def __deepcopy__(self, memo) -> "Hole":
        return self

    def __reduce__(self):
        return (Hole, (self.loc, self.text))

    __format__ = __lt__ = __le__ = __gt__ = __ge__ = __add__ = __radd__ = __sub__ = __rsub__ = _refuse
    __mul__ = __rmul__ = __truediv__ = __float__ = __int__ = __index__ = __iter__ = __len__ = _refuse


def is_placeholder(value, marker: str) -> bool:
    return isinstance(value, str) and marker in value


def stand_ins(errors: list[dict], data, holes: dict[tuple, str]) -> dict[tuple, object]:
    """For each validation error at a placeholder: a value of the type the field wants, or nothing
    when a whole section was left as a placeholder (that stays an error)."""
    found: dict[tuple, object] = {}
    for n, (loc, error) in enumerate(errors):
        if loc not in holes or loc in found:
            continue
        value = _stand_in(loc, error, n)
        if value is not None:
            found[loc] = value
    return found


def _stand_in(loc: tuple, error: dict, n: int):
    kind = error["type"]
    if kind.startswith("date"):
        return _PERIOD.get(loc, dt.date(2000, 1, 1))
    if kind in ("int_type", "float_type", "int_parsing", "float_parsing", "int_from_float"):
        return 0
    if kind == "bool_type":
        return False
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        return options[0] if options else None
    if kind == "string_pattern_mismatch":
        pattern = str(error.get("ctx", {}).get("pattern", ""))
        for candidate in (f"uzupelnij-{n + 1}", *_PATTERN_CANDIDATES):
            if re.fullmatch(pattern, candidate):
                return candidate
    return None


def with_stand_ins(data, found: dict[tuple, object]):
    """A copy of the raw data with stand-ins where the placeholders stood."""
    data = copy.deepcopy(data)
    for loc, value in found.items():
        target = data
        for part in loc[:-1]:
            target = target[part]
        target[loc[-1]] = value
    return data


def dig_in(model, holes: dict[tuple, str]) -> None:
    """Put a Hole where each stand-in stands in the validated model."""
    for loc, text in holes.items():
        parent = model
        try:
            for part in loc[:-1]:
                parent = parent[part] if isinstance(part, int) else getattr(parent, part)
        except (AttributeError, IndexError, KeyError, TypeError):
            continue
        last = loc[-1]
        if isinstance(last, int):
            parent[last] = Hole(loc, text)
        elif hasattr(parent, "__dict__") and last in parent.__dict__:
            parent.__dict__[last] = Hole(loc, text)


def is_hole(value) -> bool:
    return isinstance(value, Hole)


def refuse_hole(value) -> None:
    """For code that checks a value's type before using it: a hole is a missing field, not a wrong type."""
    if isinstance(value, Hole):
        value._refuse()


class Undecided:
    """A yes/no a document takes from a field still reading UZUPEŁNIJ (kobieta from plec): building the
    context is fine, a template that branches on it is stopped there, naming the field by its text."""

    __slots__ = ("hole",)

    def __init__(self, hole: Hole) -> None:
        self.hole = hole

    def __bool__(self) -> bool:
        from pismo.render.engine import Unfilled  # the engine locates a printed placeholder by its text

        raise Unfilled(f"pole nie zostało uzupełnione: „{self.hole.text}”", self.hole.text)

    __str__ = __html__ = __bool__  # a word taken from it (Sporządził/Sporządziła) stops the template that prints it

    def __repr__(self) -> str:
        return f"Undecided({self.hole.text!r})"


def decide(value, test):
    """test(value), or Undecided while the value is a hole."""
    return Undecided(value) if isinstance(value, Hole) else test(value)
