"""What a template may print into a letter: values, never Python's inner objects.

jinja prints a list by Python's repr of its items, so a typo in map(attribute=…)
printed "[Undefined, Undefined …]" where a printed Undefined alone is an error,
and a name without brackets printed a function with an address of the running
process ("<function safe_range at 0x7fa1…>"), a class or a template object.
An Undefined fails when repr'd too (Undefined below), and every printed value
is looked into (each container once) for functions, classes and objects that
print as Python's inner description.
"""

from __future__ import annotations

import datetime
import decimal

from jinja2 import StrictUndefined
from jinja2.utils import Namespace

from pismo.render import sandbox

_VALUES = (str, bytes, int, float, decimal.Decimal, datetime.date, datetime.time, datetime.timedelta, type(None))


class Undefined(StrictUndefined):
    """jinja's strict Undefined, which fails also when a list holding it is printed or turned into text."""

    __slots__ = ()
    __repr__ = StrictUndefined._fail_with_undefined_error


class NotPrintable(Exception):
    """A printed value holds a function, a class or another of Python's inner objects; the message is Polish."""


def check(value) -> None:
    """NotPrintable for a value holding what is no value for a letter; an Undefined inside fails as jinja's does."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, StrictUndefined):
            item._fail_with_undefined_error()
        if isinstance(item, Namespace):
            raise _not_printable("obiekt namespace() (drukuj jego pola, np. ns.x)")
        children = sandbox.children(item)
        if children is not None:
            if id(item) not in seen:
                seen.add(id(item))
                stack.extend(children)
        elif not isinstance(item, _VALUES) and (callable(item) or _inner(item)):
            raise _not_printable("funkcja, klasa albo obiekt programu (np. nazwa funkcji bez nawiasów)")


def _inner(item) -> bool:
    """Whether the item prints as Python's description of an object ("<… object at 0x…>") or a template's."""
    kind = type(item)
    return (kind.__str__ is object.__str__ and kind.__repr__ is object.__repr__
            or kind.__module__.startswith("jinja2"))


def _not_printable(what: str) -> NotPrintable:
    return NotPrintable(f"szablon drukuje wartość, która nie jest wartością do wydrukowania: {what} – w piśmie "
                        "pojawiłby się wewnętrzny opis programu; popraw szablon")
