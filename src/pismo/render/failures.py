"""Python's English texts of a template's run-time mistakes, said in Polish.

A unit's template is code; its mistakes (a number added to a text, a loop over a number,
{% set a, b = 1 %}) reach Python, which says them in English. The common ones are said here
in plain words with what to do; engine.explain_failure keeps any other text as a detail.
"""

from __future__ import annotations

import re

_KINDS = {"int": "liczba", "float": "liczba", "decimal.Decimal": "liczba", "bool": "prawda/fałsz", "str": "tekst",
          "Markup": "tekst", "list": "lista", "tuple": "lista", "range": "lista", "generator": "lista", "set": "zbiór",
          "dict": "słownik", "NoneType": "brak wartości (none)", "datetime.date": "data", "datetime.datetime": "data",
          "Namespace": "namespace()", "Undefined": "brak wartości", "Macro": "makro", "function": "makro",
          "method": "metoda", "builtin_function_or_method": "metoda", "LoopContext": "loop", "bytes": "bajty"}


def _kind(name: str) -> str:
    return f"„{_KINDS.get(name, name)}”"


_UNPACK = "kilku zmiennym naraz można przypisać tylko listę o tylu elementach, ile jest zmiennych, a wartość "
_FORMAT = ("wzorzec formatowania (% albo format()) nie pasuje do podanych wartości – sprawdź znaczniki %s, %d, {:…} "
           "i liczbę wartości")

_TEXTS = [  # (Python's text, the Polish one from its match)
    (r"cannot unpack non-iterable", lambda m: _UNPACK + "nie jest listą"),
    (r"too many values to unpack \(expected (\d+)", lambda m: _UNPACK + f"ma więcej elementów niż zmiennych ({m[1]})"),
    (r"not enough values to unpack \(expected (\d+)", lambda m: _UNPACK + f"ma mniej elementów niż zmiennych ({m[1]})"),
    (r"(?:'([\w.]+)' object|argument of type '([\w.]+)') is not iterable",
     lambda m: f"wartość rodzaju {_kind(m[1] or m[2])} nie jest listą ani tekstem – nie można przejść po niej pętlą "
               "ani szukać w niej („in”)"),
    (r"object of type '([\w.]+)' has no len\(\)",
     lambda m: f"wartość rodzaju {_kind(m[1])} nie ma długości – |length liczy znaki tekstu i elementy listy"),
    (r"unsupported operand type\(s\) for (.+?): '([\w.]+)' and '([\w.]+)'",
     lambda m: f"działania „{m[1]}” nie można wykonać na wartościach rodzaju {_kind(m[2])} i {_kind(m[3])} – tekst "
               "z liczbą łącz znakiem ~, a liczbę zapisaną tekstem zamień filtrem |int"),
    (r"can only concatenate (\w+) \(not \"([\w.]+)\"\)",
     lambda m: f"do wartości rodzaju {_kind(m[1])} nie można dodać wartości rodzaju {_kind(m[2])} – tekst z liczbą "
               "łącz znakiem ~"),
    (r"can't multiply sequence by non-int of type '([\w.]+)'",
     lambda m: f"tekst lub listę można powielić („*”) tylko liczbą całkowitą, a podano wartość rodzaju {_kind(m[1])}"),
    (r"bad operand type for unary (\S+): '([\w.]+)'",
     lambda m: f"znaku „{m[1]}” nie można postawić przed wartością rodzaju {_kind(m[2])}"),
    (r"'(.+?)' not supported between instances of '([\w.]+)' and '([\w.]+)'",
     lambda m: f"nie można porównać wartości rodzaju {_kind(m[2])} z wartością rodzaju {_kind(m[3])} (także przy "
               "sortowaniu) – sprowadź je do jednego rodzaju filtrem |string albo |int"),
    (r"^macro '(\w+)'",
     lambda m: f"makro „{m[1]}” wywołano z niewłaściwymi argumentami – sprawdź ich liczbę i nazwy w {{% macro %}}"),
    (r"'([\w.]+)' object is not callable",
     lambda m: f"wartości rodzaju {_kind(m[1])} nie można wywołać jak makra – usuń nawiasy „()” po jej nazwie"),
    (r"'([\w.]+)' object cannot be interpreted as an integer",
     lambda m: f"tu potrzebna jest liczba całkowita, a podano wartość rodzaju {_kind(m[1])}"),
    (r"must be str(?: or None)?, not ([\w.]+)",
     lambda m: f"tu potrzebny jest tekst, a podano wartość rodzaju {_kind(m[1])}"),
    (r"sequence item (\d+): expected str instance, ([\w.]+) found",
     lambda m: f"metoda join() łączy tylko teksty, a element nr {int(m[1]) + 1} jest rodzaju {_kind(m[2])} – użyj "
               "filtra |join"),
    (r"Object of type '?([\w.]+)'? is not JSON serializable",
     lambda m: f"tojson zapisuje tylko teksty, liczby, listy i słowniki, a podano wartość rodzaju {_kind(m[1])}"),
    (r"can't sum strings", lambda m: "sum() nie dodaje tekstów – połącz je filtrem |join"),
    (r"substring not found", lambda m: "szukanego fragmentu nie ma w tekście – index() wymaga, by był; find() daje -1"),
    (r"format: a real number is required|format requires|arguments for format string|arguments converted during "
     r"string formatting|unsupported format character|Unknown format code", lambda m: _FORMAT),
]
_COMPILED = [(re.compile(pattern), say) for pattern, say in _TEXTS]


def polish(exc: BaseException) -> str | None:
    """The Polish text of a TypeError or ValueError a template caused; None for a text not known here."""
    if not isinstance(exc, (TypeError, ValueError)):
        return None
    text = str(exc)
    for pattern, say in _COMPILED:
        match = pattern.search(text)
        if match:
            return say(match)
    return None
