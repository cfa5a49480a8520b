"""`pismo import` against the nineteenth import review (rev-imp19) of issue 17, second round of fixes: partners
under a list's introduction, signatures side by side, in columns and in tables, stages with lettered items, goal
indicators read from a comparative."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


# --- finding 17: an unbulleted introduction with a verb or a closing preposition („W realizacji działań
# uczestniczyć będą:”, „Współpraca z:”) over lower-case dashed partners was taken for one partner's name.

@pytest.mark.parametrize("intro, lines, names", [
    ("W realizacji działań uczestniczyć będą:",
     ["– dyrektor Zespołu Szkół w Wąwolnicy – udostępnienie sali na spotkanie z rodzicami,",
      "– sołtys wsi Bochotnica – przekazywanie informacji mieszkańcom."],
     ["dyrektor Zespołu Szkół w Wąwolnicy", "sołtys wsi Bochotnica"]),
    ("Współpraca z:", ["– pedagogiem szkolnym Zespołu Szkół w Wąwolnicy,", "– radnymi Rady Gminy Wąwolnica."],
     ["pedagogiem szkolnym Zespołu Szkół w Wąwolnicy", "radnymi Rady Gminy Wąwolnica"]),
    ("Podmioty współpracujące:", ["– dyrektor Zespołu Szkół – udostępnienie sali,",
                                  "– sołtys wsi Bochotnica – przekazywanie informacji."],
     ["dyrektor Zespołu Szkół", "sołtys wsi Bochotnica"]),
])
def test_an_introduction_over_lower_case_partners_is_no_partner_s_name(tmp_path, intro, lines, names):
    path, _text, _output = mini_plan(tmp_path, {4: [intro, *lines]}, replace=True)
    case, written = _case(path)
    found = [partner["nazwa"].rstrip(",") for partner in case["partnerzy"]]
    assert found[1:] == names, written
    assert "wstęp do listy" in _notes_of(written, intro.rstrip(":")), written


def test_a_unit_s_name_over_its_dashed_tasks_with_a_deadline_keeps_them(tmp_path):
    lines = ["Urząd Miejski w Opatowie:", "– udział w spotkaniu z mieszkańcami – do 30.04.2026 r.,",
             "– doświetlenie placu zabaw."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [partner["nazwa"] for partner in case["partnerzy"]] == ["Urząd Miejski w Opatowie"], written
