"""`pismo import` against the eleventh import review (rev-imp11) of issue 17, its second half: „(v)” ticks,
unknown table columns, boxes in a partner's name cell, two options per form row, ranges of quarters."""

from __future__ import annotations

import pytest
import yaml

from test_import import mini_plan

_UNTICKED_NOTE = "niezaznaczone pole albo krzyżyk"


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- finding 3: part 5 as a form with „(v)” ticks beside „( )”/„(x)”: the „(v)” option was glued into the
# unticked one before it (marked „usuń ją”), or all four options became one; „(v)” stayed in the printed text.

_WAYS = ["Strona internetowa KPP.", "Prasa lokalna.", "Obchód rejonu.", "Lokalne media."]


@pytest.mark.parametrize("marks", [("1. (x)", "2. ( )", "3. (v)", "4. ( )"), ("1. (v)", "2. ( )", "3. (x)", "4. ( )"),
                                   ("(v)", "( )", "(V)", "( )")])
def test_a_v_beside_round_boxes_is_a_tick(tmp_path, marks):
    lines = [f"{mark} {way}" for mark, way in zip(marks, _WAYS)]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == _WAYS, case["informowanie"]
    assert written.count(_UNTICKED_NOTE) == 2, written
