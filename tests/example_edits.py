"""The Wrzosogród example with a line or two changed as an officer would – shared by the messages reviews' tests."""

from __future__ import annotations

from pathlib import Path

WRZOSOGROD = Path(__file__).resolve().parent.parent / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"
_LINES = WRZOSOGROD.read_text(encoding="utf-8").split("\n")


def edited(*edits) -> str:
    """The example with each (line, old, new) applied to that line (old must be there: the example may move)."""
    lines = list(_LINES)
    for line, old, new in edits:
        assert old in lines[line - 1], f"the example moved: {lines[line - 1]!r}"
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


def checked(*edits, name: str = "sprawa.yaml"):
    """pismo's check of the edited example."""
    from pismo import api

    return api.check(edited(*edits), name=name)
