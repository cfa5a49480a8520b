"""The sandbox a template runs in: no Python internals, and a budget of time and memory.

A user's template is untrusted code. jinja's sandbox already keeps it away from
Python internals; this one also bounds what a template can spend, so that a
loop or a recursive macro cannot run for ever and a filter cannot build a
value of gigabytes (a machine without swap would stop, not just pismo):

- Time: a deadline per document, checked on every call (functions, methods,
  macros, filters), every printed value and every loop iteration.
- Memory: every value a template builds is at most MAX_VALUE characters or
  items; numbers that size a text (widths, counts) at most MAX_WIDTH; the
  operations that multiply a text (replace, join, indent, format, % …) are
  refused *before* they run when their result would be too long; a document
  prints at most MAX_OUTPUT characters (counted as escaped); and everything
  a document's template builds (results of filters, calls, operators, slices)
  is counted in bytes against MAX_BUILT. The count only grows, so however a
  template keeps values alive (namespace(), lists, dicts, recursion) its memory
  stays below MAX_BUILT.
- Work: a filter or method runs without returning to the sandbox, so the
  deadline cannot stop it; the few whose time grows faster than their input
  (wordwrap of a long word, sum of lists, pprint of deep values, strip with
  many characters, searching backwards) are refused *before* they run when
  their estimated work exceeds MAX_WORK, about two seconds. No integer grows past
  MAX_INT_BITS: dividing two larger ones is one quadratic operation of seconds.

The built-in templates need a few milliseconds and a few hundred kilobytes.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
import time
from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from contextvars import ContextVar

from jinja2 import meta, nodes
from jinja2.compiler import CodeGenerator, operators
from jinja2.exceptions import SecurityError
from jinja2.runtime import Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter
from jinja2.utils import Namespace, _PassArg
from markupsafe import EscapeFormatter, Markup

from pismo.polish import thousands

MAX_SECONDS = 20.0  # to fill one document
MAX_OUTPUT = 20_000_000  # characters one document may print in all its parts
MAX_BUILT = 200_000_000  # bytes (estimated) of all values one document's template may build
MAX_VALUE = 10_000_000  # characters or items of any one value
MAX_WIDTH = 100_000  # largest width or count a template may give a text function
MAX_REPEAT = 100_000  # longest text or list a template may build with *
MAX_POWER = 100  # largest exponent a template may use with **
MAX_INT_BITS = 14_000  # largest integer a template may compute (about 4 200 digits: Python prints at most 4 300)
TEXT = (str, bytes)  # bytes too: 'x'.encode() gives a template bytes, with all the str methods
MAX_WORK = 2_000_000_000  # steps one filter or method may take in a single call: about 2 s (see _WORK)
PYTHON_STEP = 1000  # steps one step of Python code counts as (a step: a character or item copied in C, ~1 ns)
EXPANSION = 100  # most bytes a filter or method builds from one character or item it is given (a text to a list)
LOOP_FILTER = "pismo_petla"  # wraps every {% for %} iterable (see guard_loops)


class Timeout(Exception):
    """The document's time is up."""


class _Budget:
    """What the document being rendered may still spend."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.left = MAX_OUTPUT
        self.build_left = MAX_BUILT

    def spend(self, characters: int) -> None:
        if time.monotonic() > self.deadline:
            raise Timeout()
        self.left -= characters
        if self.left < 0:
            raise SecurityError(f"dokument byłby zbyt długi (może mieć najwyżej {thousands(MAX_OUTPUT)} znaków) – "
                                "sprawdź pętle w szablonie")

    def build(self, value) -> None:
        self.build_left -= footprint(value, self.build_left + 1)
        if self.build_left < 0:
            raise _too_much()

    def can_build(self, size: int) -> None:
        if size > self.build_left:
            raise _too_much()


def _too_much() -> SecurityError:
    return SecurityError(f"szablon buduje zbyt wiele danych (najwyżej {MAX_BUILT // 10**6} MB na dokument) – "
                         "sprawdź pętle i makra w szablonie")


_BUDGET: ContextVar[_Budget | None] = ContextVar("pismo_budget", default=None)


def start_budget(seconds: float | None = None):
    """Start a document's budget; returns the token for end_budget."""
    return _BUDGET.set(_Budget(MAX_SECONDS if seconds is None else seconds))


def end_budget(token) -> None:
    _BUDGET.reset(token)


def spend(characters: int = 0) -> None:
    """Check the time and count printed characters (no-op outside a render, e.g. at compile time)."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.spend(characters)


# --- sizes ---------------------------------------------------------------------------------------

def weight(value, limit: int = MAX_VALUE) -> int:
    """Characters and items a value holds once printed, counted to just past limit.

    A list may hold the same text many times (['x' * 1000] * 1000): each
    occurrence counts, since printing the list writes each one. Whatever shows
    its contents when turned into text is looked into: a namespace() and the
    views of a dict print what they hold, and an integer prints its digits.
    Each container is weighed once and its weight reused wherever it recurs (a
    list of two copies of a list of two copies… is 2**40 items weighed in 40
    steps), and a container inside itself (a namespace that holds itself)
    counts as Python prints it: "[...]".
    """
    if isinstance(value, TEXT):
        return len(value)
    children = _children(value)
    if children is None:
        return _leaf(value)
    known: dict[int, tuple[object, int, frozenset]] = {}  # the item too: alive, its id is not reused meanwhile
    on_path = {id(value)}
    frames = [_Frame(value, children)]
    counted = 1  # the weight of every frame so far: what the value weighs at least
    while counted <= limit:
        frame = frames[-1]
        child = next(frame.children, _END)
        if child is _END:
            frames.pop()
            on_path.discard(id(frame.item))
            frame.cuts.discard(id(frame.item))
            known[id(frame.item)] = (frame.item, frame.total, frozenset(frame.cuts))
            if not frames:
                return frame.total
            frames[-1].total += frame.total
            frames[-1].cuts |= frame.cuts
            continue
        grandchildren = _children(child)
        if grandchildren is None:
            added = _leaf(child)
        elif id(child) in on_path:  # a container inside itself, printed as "[...]"
            added = 5
            frame.cuts.add(id(child))
        elif id(child) in known and known[id(child)][2] <= on_path:  # weighed, and cut by the same containers
            added = known[id(child)][1]
            frame.cuts |= known[id(child)][2]
        else:
            on_path.add(id(child))
            frames.append(_Frame(child, grandchildren))
            counted += 1
            continue
        frame.total += added
        counted += added
    return counted


class _Frame:
    """A container being weighed: its children still to see, its weight so far, and the containers above it
    at which printing it stops ("[...]"): its weight holds only where they are above it too."""

    __slots__ = ("item", "children", "total", "cuts")

    def __init__(self, item, children) -> None:
        self.item, self.children, self.total, self.cuts = item, children, 1, set()


_END = object()


def _children(item):
    """An iterator over what a container prints (None for what is not one)."""
    if isinstance(item, Namespace):
        item = _namespace_attributes(item)
    if isinstance(item, dict):
        return itertools.chain(item.keys(), item.values())
    if isinstance(item, (list, tuple, set, frozenset, KeysView, ValuesView, ItemsView)):
        return iter(item)
    return None


children = _children  # for printable.py, which looks into printed values the same way


def _leaf(item) -> int:
    """The weight of an item that holds nothing: one, plus its characters or digits."""
    if isinstance(item, TEXT):
        return 1 + len(item)
    if isinstance(item, int):
        return _digits(item)
    return 1


def _digits(number: int) -> int:
    """Characters of an integer in decimal, from above (never converting it: that alone takes seconds)."""
    return number.bit_length() * 30103 // 100000 + 2


def _namespace_attributes(space: Namespace) -> dict:
    return object.__getattribute__(space, "_Namespace__attrs")


def depth(value) -> int:
    """Levels of containers in a value (0 for a text or number): how far pprint and tojson indent its items.

    Each container is measured once, however often it recurs; a container inside itself ends the descent.
    """
    children = _children(value)
    if children is None:
        return 0
    known: dict[int, tuple[object, int]] = {}  # the item too: alive, its id is not reused meanwhile
    frames, on_path = [[value, children, 0]], {id(value)}  # a container, its children left, its deepest child
    while True:
        frame = frames[-1]
        child = next(frame[1], _END)
        if child is _END:
            frames.pop()
            on_path.discard(id(frame[0]))
            known[id(frame[0])] = (frame[0], frame[2] + 1)
            if not frames:
                return frame[2] + 1
            frames[-1][2] = max(frames[-1][2], frame[2] + 1)
        elif id(child) in known:
            frame[2] = max(frame[2], known[id(child)][1])
        elif id(child) not in on_path and (grandchildren := _children(child)) is not None:
            on_path.add(id(child))
            frames.append([child, grandchildren, 0])


def _too_long(size: int, what: str = "wynik") -> None:
    if size > MAX_VALUE:
        raise SecurityError(f"{what} byłby zbyt długi (najwyżej {thousands(MAX_VALUE)} znaków)")


def footprint(value, limit: int) -> int:
    """Bytes a value takes, estimated from above and counted to just past limit (shared items count each time)."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += 49 + len(item) * (1 if item.isascii() else 4)
        elif isinstance(item, bytes):
            total += 33 + len(item)
        elif isinstance(item, dict):
            total += 64 + 32 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 56 + 16 * len(item)
            stack.extend(item)
        else:
            total += 32
    return total


def _can_build(*values) -> None:
    """Before a filter or method runs: what it could build from these values still fits the budget.

    Checked before, not only after, since the result exists once it is counted:
    a text of a million letters turned into a list takes some 80 MB.
    """
    budget = _BUDGET.get()
    if budget is not None:
        budget.can_build(EXPANSION * sum(weight(v) for v in values))


def _check_size(value) -> None:
    """A value just built: a text or list of at most MAX_VALUE, an integer of at most MAX_INT_BITS, counted
    against the document's MAX_BUILT."""
    if isinstance(value, (*TEXT, list, tuple, dict)):
        _too_long(len(value))
    _check_int(value)
    budget = _BUDGET.get()
    if budget is not None:
        budget.build(value)


INT_LIMIT = f"(najwyżej około {MAX_INT_BITS * 3 // 1000 * 100} cyfr)"  # log10(2) ≈ 0.3


def _check_int(value) -> None:
    """An integer of at most MAX_INT_BITS: dividing two larger ones (int('f' * 10**6, 16) // …) is one quadratic
    C operation of tens of seconds that the deadline cannot stop, and printing one is refused by Python."""
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise SecurityError(f"liczba byłaby zbyt wielka {INT_LIMIT}")


def big_literal(ast: nodes.Template) -> bool:
    """Whether the template writes an integer past MAX_INT_BITS (0xfff…): jinja cannot even compile one."""
    return any(isinstance(node.value, int) and node.value.bit_length() > MAX_INT_BITS
               for node in ast.find_all(nodes.Const))


_ESCAPED = ("<", ">", "&", '"', "'")  # each printed as an entity of 4 or 5 characters


REPR_FACTOR = 12  # most characters an item of a list or dict takes once printed: '' → &#39;&#39;,


def escaped_size(text) -> int:
    """Characters of a text once escaped: a plain text grows by its entities, a Markup is escaped already."""
    if isinstance(text, str) and not isinstance(text, Markup):
        return len(text) + 4 * sum(text.count(c) for c in _ESCAPED)
    return len(text)


def text_size(value, escaped: bool = False) -> int:
    """Characters of str(value), from above: a list, dict or number prints quotes, commas and escapes.

    escaped: the text goes into a Markup (a Markup's replace, %, format, ~ or +), which escapes it.
    """
    if isinstance(value, str):
        return escaped_size(value) if escaped else len(value)
    return REPR_FACTOR * weight(value)


def _markup(*values) -> bool:
    """Whether an operation on these values makes a Markup, escaping the plain texts among them."""
    return any(isinstance(v, Markup) for v in values)


def printed_size(value) -> int:
    """Characters a value takes once printed and escaped (at most MAX_VALUE before escaping)."""
    check_weight(value)
    return text_size(value, escaped=True)


def check_weight(*values) -> int:
    """Values about to be turned into text (or passed on): at most MAX_VALUE in all; their weight."""
    total = sum(weight(v) for v in values)
    _too_long(total, "tekst")
    return total


def _check_numbers(name: str, args, kwargs) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
            raise SecurityError(f"liczba {value} jest zbyt duża dla „{name}” (najwyżej {thousands(MAX_WIDTH)})")


# --- operations that multiply a text -------------------------------------------------------------

def _arg(args, kwargs, index: int, name: str, default=None):
    return args[index] if len(args) > index else kwargs.get(name, default)


def _replace_size(text, old, new, count=None) -> int:
    if not (all(isinstance(v, str) for v in (text, old, new)) or all(isinstance(v, bytes) for v in (text, old, new))):
        return 0
    if _markup(text, old, new):  # all three escaped first: count in the escaped text, from above
        length = escaped_size(text)
        times, grow = (length // len(old) if old else length) + 1, escaped_size(new)
    else:
        length, times, grow = len(text), text.count(old) if old else len(text) + 1, len(new) - len(old)
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return length + times * grow


def _join_size(separator, items) -> int:
    if not isinstance(separator, TEXT) or not hasattr(items, "__len__"):
        return 0
    escaped = _markup(separator) or isinstance(items, (list, tuple)) and _markup(*items)
    return text_size(separator, escaped) * len(items) + text_size(items, escaped)


def _inserted_size(text, insert, places: int) -> int:
    """A text with `insert` (a text or a number of spaces) added in so many places."""
    if not isinstance(text, TEXT):
        return 0
    each = len(insert) if isinstance(insert, TEXT) else insert if isinstance(insert, int) else 1
    return len(text) + places * each


def _translate_size(text, table) -> int:
    """Upper bound of text.translate(table): every character may become the table's longest entry – a dict's
    values, or a list's or tuple's items (indexed by the character's code; a list table built gigabytes)."""
    if isinstance(table, dict):
        entries = table.values()
    elif isinstance(table, (list, tuple)):
        entries = table
    else:
        return len(text)
    longest = max((len(v) for v in entries if isinstance(v, TEXT)), default=1)
    return len(text) * max(longest, 1)


_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def percent_size(template, values) -> int:
    """Upper bound of `template % values`; refuses widths over MAX_WIDTH."""
    if not isinstance(template, TEXT):
        return 0
    fields = _PERCENT.findall(template.decode("latin-1") if isinstance(template, bytes) else template)
    numbers = [n for field in fields for n in field if n]
    if "*" in numbers:
        _check_numbers("%", values if isinstance(values, tuple) else (values,), {})
    widest = max((MAX_WIDTH if n == "*" else int(n) for n in numbers), default=0)
    if widest > MAX_WIDTH:
        raise SecurityError(f"szerokość pola {widest} jest zbyt duża (najwyżej {thousands(MAX_WIDTH)})")
    return len(template) + len(fields) * (widest + text_size(values, escaped=_markup(template)))


def _indented_size(value, indent) -> int:
    """tojson or pprint: the value printed (a character escaped at most), each item on a line indented by its depth."""
    printed = REPR_FACTOR * weight(value)
    if indent is None:
        return printed
    step = len(indent) if isinstance(indent, TEXT) else max(indent, 0) if isinstance(indent, int) else 1
    return printed + weight(value) * (1 + step * depth(value))


_METHODS = {  # str method → upper bound of its result
    "replace": lambda s, a, k: _replace_size(s, _arg(a, k, 0, "old"), _arg(a, k, 1, "new"), _arg(a, k, 2, "count")),
    "join": lambda s, a, k: _join_size(s, _arg(a, k, 0, "iterable")),
    "translate": lambda s, a, k: _translate_size(s, _arg(a, k, 0, "table")),
    "expandtabs": lambda s, a, k: len(s) + s.count(b"\t" if isinstance(s, bytes) else "\t")
    * (_arg(a, k, 0, "tabsize", 8) or 0),
}

_FILTERS = {  # filter → upper bound of its result (value first)
    "replace": lambda v, a, k: _replace_size(v, _arg(a, k, 0, "old"), _arg(a, k, 1, "new"), _arg(a, k, 2, "count")),
    "join": lambda v, a, k: _join_size(_arg(a, k, 0, "d", ""), v),
    "indent": lambda v, a, k: _inserted_size(v, _arg(a, k, 0, "width", 4), str(v).count("\n") + 1),
    "wordwrap": lambda v, a, k: _inserted_size(v, _arg(a, k, 2, "wrapstring") or "\n", len(str(v))),
    "format": lambda v, a, k: percent_size(v, k or tuple(a)),
    "tojson": lambda v, a, k: _indented_size(v, _arg(a, k, 0, "indent")),
    "pprint": lambda v, a, k: _indented_size(v, 1),
}

_DATA_FILTERS = {"format", "default", "d", "sum", "int", "float", "round"}  # their numbers are data, not sizes


# --- operations whose time grows faster than their input -----------------------------------------

_WORD = re.compile(r"\S+")


def _wordwrap_work(text, width) -> int:
    """textwrap takes a few Python steps a word, and copies the rest of a word too long for a line once per
    line it fills (~0.1 ns a character): quadratic in the longest word."""
    if not isinstance(text, str) or not isinstance(width, int):
        return 0
    longest = max((match.end() - match.start() for match in _WORD.finditer(text)), default=0)
    return 2 * PYTHON_STEP * len(text) + longest * len(text) // (16 * max(width, 1))


def _sum_work(items, start) -> int:
    """sum(…, start=[]) copies the sum so far at every item (~4 ns an item, half the total on average)."""
    if not isinstance(start, (list, tuple)) or not isinstance(items, (list, tuple)):
        return 0
    total = len(start) + sum(len(item) if isinstance(item, (list, tuple)) else weight(item) for item in items)
    return 2 * len(items) * total


def _strip_work(text, chars) -> int:
    """strip(chars) looks each stripped character up in chars (~0.03 ns a character of chars)."""
    return len(text) * len(chars) // 30 if isinstance(text, TEXT) and isinstance(chars, TEXT) else 0


def _backward_search_work(text, sub) -> int:
    """rfind and its kin compare a text backwards without the forward search's skips (~0.5 ns a comparison)."""
    return len(text) * len(sub) // 2 if isinstance(text, TEXT) and isinstance(sub, TEXT) else 0


def _round_work(precision) -> int:
    """round(x, p) computes 10 ** |p|, a number of |p| digits: refused past MAX_POWER like an exponent."""
    if isinstance(precision, int) and abs(precision) > MAX_POWER:
        raise SecurityError(f"dokładność zaokrąglenia {precision} jest zbyt duża (najwyżej {MAX_POWER} cyfr)")
    return 0


_WORK = {  # filter → nanoseconds it would take, from above (CPython 3.11), where that grows faster than its input
    "wordwrap": lambda v, a, k: _wordwrap_work(v, _arg(a, k, 0, "width", 79)),
    "sum": lambda v, a, k: _sum_work(v, _arg(a, k, 1, "start", 0)),
    "pprint": lambda v, a, k: PYTHON_STEP * weight(v) * (depth(v) + 2),  # every level measures all below it
    "tojson": lambda v, a, k: 0 if _arg(a, k, 0, "indent") is None else PYTHON_STEP * weight(v),  # json in Python
    "trim": lambda v, a, k: _strip_work(v, _arg(a, k, 0, "chars")),
    "round": lambda v, a, k: _round_work(_arg(a, k, 0, "precision", 0)),
}

_METHOD_WORK = {  # str or bytes method → nanoseconds it would take, from above
    "strip": lambda s, a, k: _strip_work(s, _arg(a, k, 0, "chars")),
    "lstrip": lambda s, a, k: _strip_work(s, _arg(a, k, 0, "chars")),
    "rstrip": lambda s, a, k: _strip_work(s, _arg(a, k, 0, "chars")),
    "rfind": lambda s, a, k: _backward_search_work(s, _arg(a, k, 0, "sub")),
    "rindex": lambda s, a, k: _backward_search_work(s, _arg(a, k, 0, "sub")),
    "rpartition": lambda s, a, k: _backward_search_work(s, _arg(a, k, 0, "sep")),
    "rsplit": lambda s, a, k: _backward_search_work(s, _arg(a, k, 0, "sep")),
}


def _too_slow(name: str, work: int) -> None:
    if work > MAX_WORK:
        raise SecurityError(f"„{name}” działałby na tak dużych danych zbyt długo (ponad {MAX_WORK / 10**9:g} s) – "
                            "skróć tekst lub listę albo usuń to wyrażenie z szablonu")


def _checked_filter(name: str, func):
    """A filter that checks its arguments before running and its result after."""
    passes = _PassArg.from_obj(func) is not None

    @functools.wraps(func)
    def checked(*args, **kwargs):
        if name in _FILTERS or name in _WORK:  # items|map(…)|join: counted and estimated, so listed first
            args = _listed(args, 1 if passes else 0)
        value, rest = (args[1], args[2:]) if passes else (args[0], args[1:])
        spend()
        if name not in _DATA_FILTERS:
            _check_numbers(name, rest, kwargs)
        check_weight(value, *rest, *kwargs.values())
        _can_build(value, *rest, *kwargs.values())
        if name in _FILTERS:
            _too_long(_FILTERS[name](value, rest, kwargs))
        if name in _WORK:
            _too_slow(name, _WORK[name](value, rest, kwargs))
        result = func(*args, **kwargs)
        _check_size(result)
        return result

    return checked


def _checked_test(func):
    """A test (`x is in y`, select('eq', x)) checks the deadline and weighs its operands like a comparison."""
    @functools.wraps(func)
    def checked(*args, **kwargs):
        for value in (*args, *kwargs.values()):
            weighed(value)
        return func(*args, **kwargs)

    return checked


def weighed(value):
    """A value about to be compared or hashed, at most MAX_VALUE: Python compares and hashes lists and tuples
    through every copy of what they hold, inside one operation the deadline cannot stop."""
    spend()
    if _children(value) is not None and weight(value) > MAX_VALUE:
        raise SecurityError(f"porównywana lub szukana wartość jest zbyt duża (najwyżej {thousands(MAX_VALUE)} "
                            "znaków lub elementów) – sprawdź, co szablon porównuje")
    return value


UNESCAPED = "szablon nie może wstawiać tekstu bez zamiany znaków specjalnych (tak powstałby dowolny kod Worda)"
REFUSED_FILTERS = {  # filter → why a template may not use it
    "safe": UNESCAPED,
    # urlize writes HTML links (<a href…>) unescaped, and its search is quadratic in a word's length
    "urlize": "wstawia odnośniki HTML, których dokument Worda nie zna (a długi tekst sprawdza bardzo długo)",
}


def _refused(name: str):
    def refused(*args, **kwargs):
        raise SecurityError(f"filtr „{name}” jest niedozwolony – {REFUSED_FILTERS[name]}")

    return refused


def _listed(args: tuple, index: int) -> tuple:
    """args with the one at index turned into a list when it is a one-time iterator (a generator, map …)."""
    if len(args) <= index or not isinstance(args[index], Iterator):
        return args
    return (*args[:index], list(args[index]), *args[index + 1:])


def _loop(context, iterable, literal: int):
    """Every loop iteration spends time and the literal text of the loop's body."""
    for item in iterable:
        spend(literal)
        yield item


_loop.jinja_pass_arg = _PassArg.context  # never evaluated at compile time


def guard_loops(ast: nodes.Template) -> nodes.Template:
    """Route every {% for %} iterable through the loop filter, which charges each iteration."""
    for loop in ast.find_all(nodes.For):
        literal = sum(len(data.data) for child in loop.body + loop.else_ for data in child.find_all(nodes.TemplateData))
        loop.iter = nodes.Filter(loop.iter, LOOP_FILTER, [nodes.Const(literal)], [], None, None,
                                 lineno=loop.lineno)
    return ast


# --- str.format ----------------------------------------------------------------------------------

class _Formatter(SandboxedFormatter):
    """str.format with widths and the total length bounded."""

    def __init__(self, env, **kwargs) -> None:
        super().__init__(env, **kwargs)
        self.total = 0

    def format_field(self, value, format_spec: str):
        check_weight(value)
        widths = [int(n) for n in re.findall(r"\d+", format_spec)]
        if widths and max(widths) > MAX_WIDTH:
            raise SecurityError(f"szerokość pola {max(widths)} jest zbyt duża (najwyżej {thousands(MAX_WIDTH)})")
        text = super().format_field(value, format_spec)
        self.total += len(text)
        _too_long(self.total)
        return text


class _EscapeFormatter(_Formatter, EscapeFormatter):
    pass


# --- the environment -----------------------------------------------------------------------------

class _CodeGenerator(CodeGenerator):
    """Template code where `a ~ b` and slices `a[i:j]` are checked like any other operator, and where nothing
    is computed while compiling: jinja folds a constant expression (filters too) at compile time, outside
    the budget of time and memory that bounds rendering."""

    def _output_child_to_const(self, node, frame, finalize):
        if not isinstance(node, nodes.TemplateData):  # the template's own text: nothing to compute
            raise nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)

    def visit_EvalContextModifier(self, node, frame) -> None:
        frame.eval_ctx.volatile = True  # jinja would evaluate the value now; refused later (engine.refused_tags)
        super().visit_EvalContextModifier(node, frame)

    def visit_CallBlock(self, node: nodes.CallBlock, frame) -> None:
        """jinja's, with the result finalized and escaped like a printed value: jinja writes it as it is, and not
        only a macro takes the caller argument ('{0}'.format(x) returns the case's text as XML, a Markup.format of
        an |indent the indent's width)."""
        call_frame, macro_ref = self.macro_body(node, frame)
        self.writeline("caller = ")
        self.macro_def(macro_ref, call_frame)
        self.start_write(frame, node)
        self.write("escape(environment.finalize(")
        self.visit_Call(node.call, frame, forward_caller=True)
        self.write("))")
        self.end_write(frame)

    def visit_FilterBlock(self, node: nodes.FilterBlock, frame) -> None:
        """jinja's, with the result escaped: striptags unescapes the block's text (refused by engine.refused_tags)."""
        filter_frame = frame.inner()
        filter_frame.symbols.analyze_node(node)
        self.enter_frame(filter_frame)
        self.buffer(filter_frame)
        self.blockvisit(node.body, filter_frame)
        self.start_write(frame, node)
        self.write("escape(environment.finalize(")
        self.visit_Filter(node.filter, filter_frame)
        self.write("))")
        self.end_write(frame)
        self.leave_frame(filter_frame)

    def visit_Getitem(self, node: nodes.Getitem, frame) -> None:
        if not isinstance(node.arg, nodes.Slice):  # jinja writes slices as plain Python, bypassing getitem
            return super().visit_Getitem(node, frame)
        self.write("environment.getitem(")
        self.visit(node.node, frame)
        self.write(", slice(")
        for i, bound in enumerate((node.arg.start, node.arg.stop, node.arg.step)):
            self.write(", " if i else "")
            if bound is None:
                self.write("None")
            else:
                self.visit(bound, frame)
        self.write("))")

    def visit_Compare(self, node: nodes.Compare, frame) -> None:
        """Operands weighed first: comparing values built of shared lists ([a, a] of [b, b] …) walks every copy."""
        self.write("(environment.weighed(")
        self.visit(node.expr, frame)
        self.write(")")
        for operand in node.ops:
            self.write(f" {operators[operand.op]} environment.weighed(")
            self.visit(operand.expr, frame)
            self.write(")")
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame) -> None:
        """Keys weighed first: a tuple key is hashed through every copy of what it holds."""
        self.write("{")
        for item in node.items:
            self.write("environment.weighed(")
            self.visit(item.key, frame)
            self.write("): ")
            self.visit(item.value, frame)
            self.write(", ")
        self.write("}")

    def visit_Concat(self, node: nodes.Concat, frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.checked_join({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class _Tracking(meta.TrackingCodeGenerator, _CodeGenerator):
    """jinja's introspection generator on pismo's: jinja finds a template's variables by compiling it again,
    and its own generator folds constants (3 GB for a 6 kB template in `szablony sprawdz`)."""

    def __init__(self, environment) -> None:
        _CodeGenerator.__init__(self, environment, "<introspection>", "<introspection>", optimized=False)
        self.undeclared_identifiers: set[str] = set()


def undeclared_names(ast: nodes.Template) -> set[str]:
    """meta.find_undeclared_variables without computing anything the template holds."""
    codegen = _Tracking(ast.environment)
    codegen.visit(ast)
    return codegen.undeclared_identifiers


class Sandbox(ImmutableSandboxedEnvironment):
    """jinja's sandbox, also refusing what would exhaust memory or time (see the module's docstring)."""

    code_generator_class = _CodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "-", "/", "//", "%"})

    def __init__(self, **options) -> None:
        super().__init__(optimized=False, **options)  # no compile-time evaluation of constant expressions
        del self.globals["lipsum"]  # lorem ipsum of any length: no use in a letter
        self.filters = {name: _checked_filter(name, func) for name, func in self.filters.items()}
        self.tests = {name: _checked_test(func) for name, func in self.tests.items()}
        self.filters[LOOP_FILTER] = _loop
        for name in REFUSED_FILTERS:  # also when named at run time, e.g. map('safe')
            self.filters[name] = _refused(name)

    def call_binop(self, context, operator, left, right):
        """Every arithmetic operator: its integers bounded before (a literal too) and its result after."""
        spend()
        _check_int(left)
        _check_int(right)
        if operator == "**":
            self._check_power(left, right)
        elif operator == "*":
            self._check_repeat(left, right)
        elif operator == "+" and isinstance(left, (*TEXT, list, tuple)) and isinstance(right, (*TEXT, list, tuple)):
            escaped = _markup(left, right)
            _too_long(sum(text_size(v, escaped) if isinstance(v, str) else len(v) for v in (left, right)))
        elif operator == "%":
            _too_long(percent_size(left, right))
        result = super().call_binop(context, operator, left, right)
        _check_size(result)
        return result

    @staticmethod
    def _check_power(left, right) -> None:
        if isinstance(right, (int, float)) and abs(right) > MAX_POWER:
            raise SecurityError(f"wykładnik potęgi {right} jest zbyt duży")
        if isinstance(left, int) and isinstance(right, int) and left.bit_length() * right > MAX_INT_BITS:
            raise SecurityError("wynik potęgowania byłby zbyt wielką liczbą")

    @staticmethod
    def _check_repeat(left, right) -> None:
        for value, times in ((left, right), (right, left)):
            if isinstance(value, (*TEXT, list, tuple)) and isinstance(times, int) and weight(value) * times > MAX_REPEAT:
                raise SecurityError("powielony tekst lub lista byłyby zbyt długie")
        if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise SecurityError("wynik mnożenia byłby zbyt wielką liczbą")

    def getitem(self, obj, argument):
        """obj[a:b] copies: a slice is a value built like any other. Every lookup checks the deadline: a filter's
        attribute path (sort(attribute='0.0.0…')) is looked up part by part for every item inside one call."""
        spend()
        weighed(argument)
        result = super().getitem(obj, argument)
        if isinstance(argument, slice):
            _check_size(result)
        return result

    def getattr(self, obj, attribute):
        spend()
        return super().getattr(obj, attribute)

    @staticmethod
    def weighed(value):
        return weighed(value)

    def checked_join(self, join, parts):
        """`a ~ b ~ …`: the parts weighed before they are turned into text, the result after."""
        spend()
        check_weight(*parts)
        escaped = _markup(*parts)  # markup_join escapes every part once one is a Markup
        _too_long(sum(text_size(part, escaped) for part in parts))
        result = join(parts)
        _check_size(result)
        return result

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 – jinja's signature (names kept unique)
        """Every call a template makes: the deadline, then the arguments, then the result."""
        spend()
        if getattr(__obj, "__name__", None) == "join" and isinstance(getattr(__obj, "__self__", None), TEXT):
            args = _listed(args, 0)  # ', '.join(items|map(…)): counted, so listed first
        if not isinstance(__obj, Macro):
            _check_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(result)
        return result

    def wrap_str_format(self, value):
        """str.format and format_map through _Formatter (jinja's own, with the widths bounded)."""
        if not (callable(value) and getattr(value, "__name__", None) in ("format", "format_map")
                and isinstance(getattr(value, "__self__", None), str)):
            return None
        text, is_map = value.__self__, value.__name__ == "format_map"

        def wrapper(*args, **kwargs):
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() przyjmuje dokładnie jeden argument")
                args, kwargs = (), args[0]
            formatter = _EscapeFormatter(self, escape=text.escape) if isinstance(text, Markup) else _Formatter(self)
            return type(text)(formatter.vformat(text, args, kwargs))

        return functools.update_wrapper(wrapper, value)


# Codecs written in C: punycode and idna (pure Python) take hours on a text of many different letters.
CODECS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "ascii", "iso8859-1", "iso8859-2", "cp1250", "cp852"}


def _check_codec(name: str, args, kwargs) -> None:
    """str.encode and bytes.decode only with the codecs a letter could need."""
    if name not in ("encode", "decode"):
        return
    encoding = _arg(args, kwargs, 0, "encoding", "utf-8")
    try:
        known = codecs.lookup(encoding).name
    except (LookupError, TypeError):
        return  # Python refuses it itself
    if known not in CODECS:
        raise SecurityError(f"kodowanie „{encoding}” jest niedozwolone – użyj „utf-8” "
                            f"(dozwolone: {', '.join(sorted(CODECS))})")


def _check_call(obj, args, kwargs) -> None:
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    if isinstance(owner, (*TEXT, int)) and not isinstance(owner, bool):  # an int's only number is to_bytes' length
        _check_numbers(name, args, kwargs)
    if isinstance(owner, TEXT):
        _check_codec(name, args, kwargs)
        if name in _METHODS:
            _too_long(_METHODS[name](owner, args, kwargs))
        if name in _METHOD_WORK:
            _too_slow(name, _METHOD_WORK[name](owner, args, kwargs))
    check_weight(*args, *kwargs.values())
    _can_build(owner, *args, *kwargs.values())

