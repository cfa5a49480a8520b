"""`pismo sprawdz`'s short Polish summary of a valid case."""

from __future__ import annotations

from pismo import documents, polish
from pismo.problems import MissingData


def available(case) -> list[tuple[str, str | None]]:
    """Each document kind with None when it can be made, else the reason."""
    out = []
    for kind, build in documents.KINDS.items():
        try:
            build(case.sprawa)
            out.append((kind, None))
        except MissingData as exc:
            out.append((kind, str(case.problem(exc.loc, exc.message))))
    return out


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
    for kind, reason in available(case):
        label = documents.LABELS[kind]
        lines.append(f"    – {label}: " + ("można utworzyć" if reason is None else f"nie można – {reason}"))
    return "\n".join(lines)
