"""The case file's messages and what documents print from fields: findings of the tenth messages review (rev-msg10)
of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRZOSOGROD = ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"


def _edited(*edits) -> str:
    """The example with each (line, old, new) applied to that line (old must be there: the example may move)."""
    lines = WRZOSOGROD.read_text(encoding="utf-8").split("\n")
    for line, old, new in edits:
        assert old in lines[line - 1], f"the example moved: {lines[line - 1]!r}"
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


def _check(*edits):
    from pismo import api

    return api.check(_edited(*edits), name="sprawa.yaml")


# --- 1 and 2: a list item opened with Word's dash, a bullet or „-” without its space --------------------------

@pytest.mark.parametrize("line, old, new, sign", [
    (356, "- Ustalenia", "– Ustalenia", "–"),  # the last agenda item
    (356, "- Ustalenia", "— Ustalenia", "—"),
    (356, "- Ustalenia", "• Ustalenia", "•"),
    (356, "- Ustalenia", "\u2212 Ustalenia", "\u2212"),
    (356, "- Ustalenia", "-Ustalenia", "-"),
    (110, "- własnych", "– własnych", "–"),  # the last source, before a blank line
    (173, "- id: zajecia", "– id: zajecia", "–"),  # an action
    (353, "- Otwarcie", "– Otwarcie", "–"),  # finding 2: the FIRST agenda item
])
def test_a_list_item_with_an_odd_dash_is_told_at_the_dash(line, old, new, sign):
    """Findings 1 and 2 of rev-msg10: Word's autocorrected „– ” got a bare „brak dwukropka po nazwie pola” at the
    next line, or „pole „porzadek” to jeden tekst … usuń myślnik” at the correct next item."""
    report = _check((line, old, new))
    column = _edited().split("\n")[line - 1].index("-") + 1
    told = [e for e in report.errors if (e.line, e.column) == (line, column)]
    assert told, [(e.line, e.column, e.message) for e in report.errors]
    assert f"„{sign}”" in told[0].message and "wpisz „- ”" in told[0].message
    assert "brak dwukropka" not in told[0].message and "usuń myślnik" not in told[0].message


def test_a_dash_continuing_a_text_is_not_told_as_an_item():
    """A text's wrapped line opening with „– ” (deeper than the items) is the officer's text: no dash message."""
    report = _check((353, "uczestników.", "uczestników"), (354, "- Przedstawienie", "  – przedstawienie"))
    assert not any(e.line in (353, 354) for e in report.errors), [(e.line, e.message) for e in report.errors]
    assert not any("wpisz „- ”" in p.message for p in report.problems)
