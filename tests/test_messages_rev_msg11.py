"""The case file's messages and what documents print from fields: findings of the eleventh messages review
(rev-msg11) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRZOSOGROD = ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"
_LINES = WRZOSOGROD.read_text(encoding="utf-8").split("\n")
_FIELD = re.compile(r"^( *)(- )?([a-z_]+): ([^\"'\[>|#\s].*)$")


def _edited(*edits) -> str:
    """The example with each (line, old, new) applied to that line (old must be there: the example may move)."""
    lines = list(_LINES)
    for line, old, new in edits:
        assert old in lines[line - 1], f"the example moved: {lines[line - 1]!r}"
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


def _check(*edits):
    from pismo import api

    return api.check(_edited(*edits), name="sprawa.yaml")


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


# --- 12 and 15: „: ” in the value of an item's field, the dash line's own or the one right under it ----------------



def _item_fields() -> list[int]:
    """Lines of the example holding an item's first field („- id: …”) or the field right under it."""
    found = []
    for number, line in enumerate(_LINES, 1):
        field = _FIELD.match(line)
        if not field:
            continue
        above = _LINES[number - 2] if number > 1 else ""
        dash = re.match(r"( *)- [a-z_]+:", above)
        if field.group(2) or (dash and len(dash.group(1)) + 2 == len(field.group(1))):
            found.append(number)
    return found


@pytest.mark.parametrize("number", _item_fields())
def test_a_colon_in_an_item_field_is_told_at_the_colon(number):
    """Findings 12 and 15 of rev-msg11: „Uwaga: ” put before the value of the field under a list item's dash was told
    „większe wcięcie niż pole „tresc” … wyrównaj” (the dash line measured at its „-”), and in a partner's „- id:”
    „pole „partnerzy” należy do punktu listy „dzialania” … wpisz „partnerzy:” (4 spacje)” at the correct line 192."""
    field = _FIELD.match(_LINES[number - 1])
    report = _check((number, f"{field.group(3)}: ", f"{field.group(3)}: Uwaga: "))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert error.line == number and "dwukropek" in error.message and "cudzysłów" in error.message, _errors(report)
    assert "wcięci" not in error.message and "należy do" not in error.message, _errors(report)
