"""Indicators as units write them: what the plan promises and what the informacja reports.

A target may be a number, a change in percent or words; a baseline one number or the sum
of its parts; a qualitative goal has no numbers. The report computes the change from the
numbers given and says whether a numeric target was reached – it never prints a target the
plan did not set (no „wartość docelowa 7,2 zgłoszeń” from „ograniczenie o 20%”).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from pismo.case.model import Wskaznik, WynikWskaznika

NBSP = "\u00a0"  # a number never ends a line apart from its unit


def number(value) -> str:
    """9 → '9', 7.5 → '7,5' (Polish decimal comma), every digit given, never an exponent."""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(float(value))), "f").replace(".", ",")


def _unit(w: Wskaznik) -> str:
    return f"{NBSP}{w.jednostka}" if w.jednostka else ""


def target_words(w: Wskaznik) -> str:
    """The target as the plan says it: a number, the unit's words, or the change in percent."""
    if w.wartosc_docelowa is not None:
        return number(w.wartosc_docelowa)
    if w.docelowo:
        return w.docelowo
    if w.zmiana is not None:
        z = w.zmiana
        return "utrzymanie wartości wyjściowej" if z == 0 else f"{'spadek' if z < 0 else 'wzrost'} o {number(abs(z))}%"
    return ""


def _parts(pairs) -> str:
    """' (zgłoszenia na KMZB 9 + interwencje 12)' – each part and its number; empty without parts."""
    pairs = list(pairs)
    return " (" + " + ".join(f"{name} {number(value)}" for name, value in pairs) + ")" if pairs else ""


def baseline_words(w: Wskaznik) -> str:
    """'21 (zgłoszenia na KMZB 9 + interwencje 12) w poprzednim półroczu' – the parts summed where there are parts."""
    text = number(w.baseline()) + _parts((p.nazwa, p.wartosc_wyjsciowa) for p in w.skladniki)
    if w.wartosc_docelowa is None:  # the unit follows the last number printed
        text += _unit(w)
    if w.okres_wyjsciowy:
        text += f" {w.okres_wyjsciowy}"
    return text


def plan_line(w: Wskaznik) -> str:
    """One indicator as the plan prints it (without the final full stop)."""
    how = f" ({w.sposob_oceny})" if w.sposob_oceny else ""
    if w.qualitative():
        goal = f", cel: {w.docelowo}" if w.docelowo else ""
        return f"{w.nazwa} – cel jakościowy{goal}{how}"
    parts = [f"wartość wyjściowa {baseline_words(w)}"] if w.baseline() is not None else []
    if w.wartosc_docelowa is not None:
        parts.append(f"wartość docelowa {number(w.wartosc_docelowa)}{_unit(w)}")
    elif target_words(w):
        parts.append(f"cel: {target_words(w)}")
    return f"{w.nazwa}: {', '.join(parts)}{how}"


def change_percent(start, end) -> Fraction | None:
    """The change from start to end in percent, exactly; None from a start of 0."""
    if start == 0:
        return None
    return (Fraction(str(end)) - Fraction(str(start))) * 100 / Fraction(str(start))


def percent_words(change: Fraction) -> str:
    """−33,3% / +12,5% / 0%: one decimal place, the sign a reader sees."""
    rounded = Decimal(change.numerator) / Decimal(change.denominator)
    rounded = rounded.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = number(abs(rounded))
    return "0%" if rounded == 0 else f"{'−' if rounded < 0 else '+'}{text}%"


def reached(w: Wskaznik, result) -> bool | None:
    """Whether a numeric target was reached; None when the plan set none to compute with."""
    start = w.baseline()
    if w.wartosc_docelowa is not None:
        goal = w.wartosc_docelowa
        return result <= goal if start is None or goal <= start else result >= goal
    if w.zmiana is not None:
        change = change_percent(start, result)
        if change is None:
            return None
        z = Fraction(str(w.zmiana))
        return change <= z if z <= 0 else change >= z
    return None


def result_line(w: Wskaznik, x: WynikWskaznika) -> str:
    """The informacja's honest account of one indicator (without the final full stop): baseline →
    result (each with its parts, in the plan's order), the change in percent and the verdict."""
    value, words = x.value(), x.opis
    if value is None:  # a qualitative goal judged in words
        return f"{w.nazwa}: {words}"
    start = w.baseline()
    reached_parts = {p.nazwa: p.wartosc for p in x.skladniki}
    result = number(value) + _parts((p.nazwa, reached_parts[p.nazwa]) for p in w.skladniki
                                    if p.nazwa in reached_parts)
    text = f"{w.nazwa}: "
    if start is None:
        text += f"{result}{_unit(w)}"
    else:
        start_text = number(start) + (_parts((p.nazwa, p.wartosc_wyjsciowa) for p in w.skladniki)
                                      if x.skladniki else "")
        text += f"{start_text} → {result}{_unit(w)}"
        change = change_percent(start, value)
        text += (f" (zmiana{NBSP}{percent_words(change)})" if change is not None
                 else " (od wartości wyjściowej 0 zmiany procentowej się nie liczy)")
    goal = target_words(w)
    if goal:
        label = "wartość docelowa" if w.wartosc_docelowa is not None else "cel"
        verdict = reached(w, value)
        text += f"; {label} {goal}" if label == "wartość docelowa" else f"; cel: {goal}"
        if verdict is not None:
            text += " – " + (("osiągnięta" if verdict else "nieosiągnięta") if w.wartosc_docelowa is not None
                             else ("osiągnięty" if verdict else "nieosiągnięty"))
        else:
            text += " – bez wyliczenia (cel opisany słowami, zob. ocena celu)"
    if words:
        text += f"; {words}"
    return text
