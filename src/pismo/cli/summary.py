"""`pismo sprawdz`'s short Polish summary of a valid case."""

from __future__ import annotations

import datetime as dt

from pismo.case.problems import WARNING_LIMIT, total

from pismo import polish
from pismo.case.problems import MissingData


REASONS_SHOWN = 3  # a kind's reasons in its summary line: 26 000 holes made two lines of 4 MB


def _state(state) -> str:
    if not state.can_make:
        reasons = list(state.problems)
        more = len(reasons) - REASONS_SHOWN
        return "nie można – " + "; ".join(str(p) for p in reasons[:REASONS_SHOWN]) + (
            f"; … i jeszcze {polish.count(more, 'powód', 'powody', 'powodów')}" if more > 0 else "")
    count = state.count
    if count == 0:
        return "brak w sprawie (nic do utworzenia)"
    return f"można utworzyć ({polish.count(count, 'plik', 'pliki', 'plików')})"


def _period(s) -> str:
    """The period in words, or as written while a date still reads UZUPEŁNIJ."""
    try:
        return polish.period_numeric(s.okres.od, s.okres.do, "r.")
    except MissingData:  # the end that is a date is written as every date of the summary (31.08.2026 r.)
        return f"od {_end(s.okres.od)} do {_end(s.okres.do)}"


def _end(value) -> str:
    return polish.date_numeric(value, "r.") if isinstance(value, dt.date) else str(value)


def _area(s) -> str:
    """What the plan covers, as the summary line says it (a number still UZUPEŁNIJ shows as written)."""
    numbers = [str(r.numer) for _, r in s.rejony_planu()]
    head = (("Rejon służbowy nr " if len(numbers) == 1 else "Rejony służbowe nr ") + polish.join_and(numbers, "i")
            if numbers else "Plan bez numeru rejonu")
    return head + (f", na terenie {s.teren}" if s.teren else "")


def summarize(report) -> str:
    """A valid case (pismo.api.Report): „poprawny” only when every document can be made."""
    case = report.case
    s = case.sprawa
    held = sum(1 for m in s.spotkania if m.protokol)
    missing = [state.label for state in report.kinds.values() if not state.can_make]
    verdict = "poprawny." if not missing else f"niekompletny – nie można jeszcze utworzyć: {', '.join(missing)}."
    lines = [
        f"{case.doc.path}: {verdict}",
        f"  {_area(s)}; okres {_period(s)}",
        f"  Działania: {len(s.dzialania)}, partnerzy: {len(s.partnerzy)}, wnioski: {len(s.wnioski)}, "
        f"spotkania: {len(s.spotkania)} (odbyte: {held}), ocena realizacji: {'jest' if s.realizacja else 'brak'}.",
    ]
    if case.warnings:
        number = total(case.warnings)
        listed = min(number, WARNING_LIMIT)  # the rest counted on one line (problems.capped)
        lines.append(f"  Ostrzeżenia: {number} ({'wypisane' if listed == number else f'pierwsze {listed} wypisane'} wyżej).")
    lines.append("  Dokumenty:")
    for state in report.kinds.values():
        lines.append(f"    – {state.label}: {_state(state)}")
    return "\n".join(lines)
