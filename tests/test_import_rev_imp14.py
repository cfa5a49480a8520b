"""`pismo import` against the fourteenth import review (rev-imp14) of issue 17: last round's fixes were lists of
words; these tests give other wordings of the same shapes – and recognition linear in the input."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pismo.importer import SourceError, import_plans
from pismo.importer.lines import Line
from test_import import mini_plan

REFERENCE = Path(__file__).parent / "data" / "informacja-leczna-rejon-3-2025.txt"


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- finding 7: every unbulleted line of part 5 looked back over all the lines before it for the last bulleted
# one – 19 900 lines „u.” took 12 s of CPU before the plan was refused.

def _listed_looks(tmp_path: Path, lines: int, monkeypatch) -> int:
    """How many times recognition asks a line whether it is a list item, for a part 5 of one bulleted way and
    `lines` unbulleted lines after it."""
    text = REFERENCE.read_text(encoding="utf-8").replace(
        "· Za pośrednictwem lokalnych mediów.", "· Za pośrednictwem lokalnych mediów.\n" + "u.\n" * lines)
    source = tmp_path / f"plan{lines}.txt"
    source.write_text(text, encoding="utf-8")
    looks = [0]
    plain = Line.listed.fget

    def counted(line):
        looks[0] += 1
        return plain(line)

    monkeypatch.setattr(Line, "listed", property(counted))
    try:
        import_plans(source)
    except SourceError:
        pass
    monkeypatch.undo()
    return looks[0]


def test_unbulleted_lines_after_a_bulleted_way_are_read_in_linear_work(tmp_path, monkeypatch):
    small, large = _listed_looks(tmp_path, 300, monkeypatch), _listed_looks(tmp_path, 1200, monkeypatch)
    assert small > 300  # the count sees the lines at all
    assert large / small < 6, f"4× the lines took {large / small:.1f}× the work"
