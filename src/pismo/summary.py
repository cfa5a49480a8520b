"""`pismo sprawdz`'s short Polish summary of a valid case."""

from __future__ import annotations

from pismo import documents, polish
from pismo.problems import MissingData


def available(case) -> list[tuple[str, int, str | None]]:
    """Each document kind with how many files it makes, and None or the reason it cannot.

    When the case still holds UZUPEŁNIJ, the documents are rendered too (in memory,
    built-in templates), so a field that a document prints is found here, not only
    when the document is made.
    """
    from pismo.checks import placeholders
    from pismo.engine import TemplateSet, Unfilled
    from pismo.generate import render, unfilled_problems

    out, templates = [], TemplateSet()
    unfilled = any(placeholders(case.doc.data))  # else nothing can print one: skip compiling templates
    for kind, build in documents.KINDS.items():
        try:
            items = build(case.sprawa)
            if unfilled:
                render(items, templates)
            out.append((kind, len(items), None))
        except MissingData as exc:
            out.append((kind, 0, str(case.problem(exc.loc, exc.message))))
        except Unfilled as exc:
            out.append((kind, 0, "; ".join(str(p) for p in unfilled_problems(case, exc))))
    return out


def _state(count: int, reason: str | None) -> str:
    if reason is not None:
        return f"nie można – {reason}"
    if count == 0:
        return "brak w sprawie (nic do utworzenia)"
    return f"można utworzyć ({polish.count(count, 'plik', 'pliki', 'plików')})"


def summarize(case) -> str:
    s = case.sprawa
    held = sum(1 for m in s.spotkania if m.protokol)
    lines = [
        f"{case.doc.path}: poprawny.",
        f"  Rejon służbowy nr {s.rejon.numer}; okres {polish.period_numeric(s.okres.od, s.okres.do, 'r.')}",
        f"  Działania: {len(s.dzialania)}, partnerzy: {len(s.partnerzy)}, wnioski: {len(s.wnioski)}, "
        f"spotkania: {len(s.spotkania)} (odbyte: {held}), ocena realizacji: {'jest' if s.realizacja else 'brak'}.",
    ]
    if case.warnings:
        lines.append(f"  Ostrzeżenia: {len(case.warnings)} (wypisane wyżej).")
    lines.append("  Dokumenty:")
    for kind, count, reason in available(case):
        lines.append(f"    – {documents.LABELS[kind]}: {_state(count, reason)}")
    return "\n".join(lines)
