"""docxtpl's tag clean-up of a template part, within a time limit.

Before jinja sees a part, docxtpl's patch_xml joins tags Word split over runs
and rewrites {%p …%}, {%tr …%} and the like with a couple of dozen regular
expressions. Several of them scan from every tag opening to its end, so on a
hostile part (thousands of openings never closed, closers with no opening)
Python's re takes minutes on some hundred kilobytes. The same function is run
here with the `regex` module in place of `re`: the same patterns, each call
stopped at the template's deadline (regex's timeout), never interrupted midway
by anything else.
"""

from __future__ import annotations

import time
import types
from contextvars import ContextVar

import regex
from docxtpl import template as docxtpl_template

MAX_SECONDS = 5.0  # for all parts of one template; the built-in ones need some milliseconds

_DEADLINE: ContextVar[float | None] = ContextVar("pismo_cleanup_deadline", default=None)


class TooSlow(Exception):
    """The clean-up of a template did not finish within MAX_SECONDS."""


def _left() -> float | None:
    deadline = _DEADLINE.get()
    return None if deadline is None else max(deadline - time.monotonic(), 0.001)


class _BoundedRe(types.ModuleType):
    """The `re` that docxtpl's patch_xml sees: regex's functions, with the time left as their timeout."""

    def __getattr__(self, name: str):
        return getattr(regex, name)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        return regex.sub(pattern, repl, string, count=count, flags=flags, timeout=_left())

    @staticmethod
    def search(pattern, string, flags=0):
        return regex.search(pattern, string, flags=flags, timeout=_left())


_PATCH_XML = types.FunctionType(docxtpl_template.DocxTemplate.patch_xml.__code__,
                                {**vars(docxtpl_template), "re": _BoundedRe("re")}, "patch_xml")


class Deadline:
    """MAX_SECONDS from its making for every clean-up run `with` it (one template's parts)."""

    def __init__(self) -> None:
        self.at = time.monotonic() + MAX_SECONDS

    def __enter__(self) -> "Deadline":
        self._token = _DEADLINE.set(self.at)
        return self

    def __exit__(self, *exc) -> None:
        _DEADLINE.reset(self._token)


def patch_xml(xml: str) -> str:
    """docxtpl's patch_xml of a part, a tag's quotes unescaped; TooSlow when the template's deadline (else this
    call's) passes."""
    if _DEADLINE.get() is None:
        with Deadline():
            return patch_xml(xml)
    try:
        return regex.sub(_IN_TAG, _unescape_quotes, _PATCH_XML(None, xml), timeout=_left())
    except TimeoutError:
        raise TooSlow() from None


# A tag's code, as docxtpl's clean-up finds it to turn &lt;, &gt; and typographic quotes into characters. Its
# quotes it leaves escaped, as LibreOffice saves them (Word writes them as they are): jinja saw „&apos;a&apos;”
_IN_TAG = regex.compile(r"(?<=\{[\{%])(.*?)(?=[\}%]})")
_QUOTE_ENTITY = regex.compile(r"&(?:(apos|#0*39|#x0*27)|quot|#0*34|#x0*22);")


def _unescape_quotes(match) -> str:
    return _QUOTE_ENTITY.sub(lambda quote: "'" if quote.group(1) else '"', match.group(0))
