"""`pismo import`: plans as published (text or Word) → commented case files, one per plan.

sources (file → lines) → blocks (lines → one block per plan) → recognise (block → Plan) →
writer (Plan → YAML). The YAML is read back before it is offered, so what is written is
exactly what was recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pismo.errors import readable
from pismo.importer.plan import Plan
from pismo.importer.sources import SUFFIXES, SourceError, read_source

__all__ = ["ImportResult", "SourceError", "SUFFIXES", "import_plans"]


@dataclass
class ImportResult:
    plan: Plan
    text: str  # the case file
    data: object  # what the case file holds
    to_check: int  # "# DO SPRAWDZENIA" comments
    to_fill: int  # values with the placeholder
    label: str = ""  # tells this plan from the others of its source in file names: "rejon-5", "kowalski"


def import_plans(path: Path) -> list[ImportResult]:
    """Read and recognise every plan of a source, in its order; SourceError with a Polish message when
    it holds none."""
    from pismo.importer import notice
    from pismo.importer.blocks import split_plans
    from pismo.importer.recognise import drop_contents, first_heading, prepare, recognise

    lines, warnings = read_source(Path(path))
    lines = drop_contents(prepare(lines), warnings)
    if first_heading(lines) is None:  # no plan's headings: a notice about a plan, an article, or nothing
        what = notice.kind(lines)
        if what == "article":
            raise SourceError(notice.ARTICLE)
        plans = [notice.read(lines, warnings)] if what == "notice" else [recognise(lines, warnings)]
    else:
        plans = [recognise(block, warnings) for block in split_plans(lines)]
    results = [_result(plan, Path(path).name) for plan in plans]
    if len(results) > 1:
        for result, label in zip(results, labels([r.plan for r in results])):
            result.label = label
    return results


def _result(plan: Plan, source_name: str) -> ImportResult:
    from pismo.case.checks import placeholders
    from pismo.importer.plan import check_lists
    from pismo.importer.writer import CHECK, write_case

    check_lists(plan)
    text, data = write_case(plan, printable(source_name))
    _verify(text, data)
    checks = sum(1 for line in text.splitlines() if f"# {CHECK}:" in line)
    return ImportResult(plan, text, data, checks, sum(1 for _ in placeholders(data)))


MAX_LABEL = 40  # characters of a label: it comes from the plan's text (120 districts made a name too long for a file)


def labels(plans: list[Plan]) -> list[str]:
    """A short name for each plan, unique among them: its district (the first three of many), else its officer's
    surname, else its place."""
    from pismo.polish import ascii_fold

    used: dict[str, int] = {}
    out = []
    for n, plan in enumerate(plans, 1):
        if plan.districts:
            shown = plan.districts if len(plan.districts) <= 4 else plan.districts[:3]
            label = "rejony-" + "-".join(d.lower() for d in shown)
            label += f"-i-{len(plan.districts) - 3}-innych" if len(plan.districts) > 4 else ""
        elif plan.district:
            label = f"rejon-{plan.district.lower()}"
        elif plan.officer:
            label = "-".join(ascii_fold(plan.officer.imie_nazwisko).lower().split()[-1:]) or f"plan-{n}"
        else:
            label = f"plan-{n}"
        label = re.sub(r"[^a-z0-9-]+", "", label)[:MAX_LABEL].strip("-") or f"plan-{n}"
        count = used.get(label, 0) + 1
        used[label] = count
        out.append(label if count == 1 else f"{label}-{count}")
    return out


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a name from a cp1250 archive) and control characters
    (a case file may not hold them) shown as �."""
    from pismo.importer.lines import CONTROL

    return CONTROL.sub("\ufffd", readable(name))


def _verify(text: str, data) -> None:
    """The written YAML must read back as the data meant; a mismatch is a bug, never a silent change."""
    from pismo.case.problems import CaseError
    from pismo.case.yamlio import MAX_BYTES, MAX_ITEMS, MAX_NODES, TooMuchData, parse_case_bytes

    if len(text.encode("utf-8")) > MAX_BYTES:  # the input's size, not a bug: said as it is
        raise SourceError(f"plik sprawy z tego planu miałby ponad {MAX_BYTES // 2**20} MB, a pismo czyta pliki spraw "
                          "do tej wielkości – to nie wygląda na plan działania; skopiuj do osobnego pliku tylko tekst "
                          "planu – nic nie zapisano")
    try:
        read = parse_case_bytes(Path("import.yaml"), text.encode("utf-8")).data
    except TooMuchData:
        raise SourceError(f"plik sprawy z tego planu miałby ponad {MAX_ITEMS} pozycji jednej listy (np. działań) albo "
                          f"ponad {MAX_NODES:_} pól".replace("_", "\u00a0") + ", a pismo czyta sprawy do tej wielkości – "
                          "to nie wygląda na plan działania; skopiuj do osobnego pliku tylko tekst planu – nic nie "
                          "zapisano") from None
    except CaseError as exc:
        raise SourceError(f"błąd programu: utworzony plik sprawy jest niepoprawny ({exc}) – "
                          "nic nie zapisano") from None
    if read != data:
        raise SourceError("błąd programu: utworzony plik sprawy nie odczytuje się tak, jak rozpoznano tekst – "
                          "nic nie zapisano")
