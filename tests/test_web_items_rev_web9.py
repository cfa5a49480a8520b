"""Two tabs that changed the same list: the merge matches items surely or asks (findings of rev-web9 of issue 17)."""

from __future__ import annotations

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_2, TEXT, _two_tabs

from pismo.web.form import load


@pytest.mark.parametrize("second, expected", [
    (lambda f: (_replace(f, "jednostka.miejscowosc", "Wrzosogród Nowy"), []),
     lambda d: d["jednostka"]["miejscowosc"] == "Wrzosogród Nowy"),
    (lambda f: (_replace(f, "dzialania[2].termin.do", "2026-07-31"), []),
     lambda d: str(d["dzialania"][1]["termin"]["do"]) == "2026-07-31"),
    (lambda f: (f, ["gora:dzialania[3]"]), lambda d: len(d["dzialania"]) == 5),
], ids=["other-field", "other-item", "move"])
def test_a_save_after_the_other_tab_removed_an_item_asks_not_fails(web, second, expected):
    """Finding 4: after tab A removed action 2, any save in tab B ended in „Błąd programu” (ValueError)."""
    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[1]"]), second)
    assert "Zmiany na dysku" in page and "Działanie 2" in page
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    saved = load(path.read_text(encoding="utf-8"))
    assert "wniosek-do-strazy" not in [a["id"] for a in saved["dzialania"]] and expected(saved)
    assert ACTION_2 not in path.read_text(encoding="utf-8")
