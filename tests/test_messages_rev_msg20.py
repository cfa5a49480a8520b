"""The case file's messages: the twentieth messages review (rev-msg20) of issue 17 – a file that is plain text."""

from __future__ import annotations

import pytest

from pismo.case.loader import load_case_text
from pismo.errors import CaseError

from conftest import run

WHOLE = "plik sprawy musi zawierać pola (np. „jednostka:”, „osoby:”), a nie pojedynczą wartość lub listę"


@pytest.mark.parametrize("text", [
    "Plan działania priorytetowego\n· Zamieszczenie na stronie internetowej.\n",  # the published text's bullet
    "Plan działania\n  - Zamieszczenie na stronie.\n",  # an indented dash: the glued-items check
    "– Plan działania\n  - punkt\n",
    "Plan działania\n  • punkt\n",
    "Plan działania\n\n  - punkt\n",
    "|\n  Plan działania\n  · punkt\n",
    '"Plan\n· punkt"\n',
])
def test_a_plain_text_with_a_list_line_is_told_it_is_no_case_file(text, tmp_path):
    """Finding 24 of rev-msg20: a plan's text saved as .yaml – one text with a „· ”, „•” or indented „- ” line –
    ended in „nieoczekiwany błąd programu … IndexError”: the field checks read the last field name of the root text,
    which has none. It is told as any single value is, in the web's loader too."""
    with pytest.raises(CaseError) as refused:
        load_case_text(text)
    assert [p.message for p in refused.value.problems] == [WHOLE]
    case = tmp_path / "plan.yaml"
    case.write_text(text, encoding="utf-8")
    result = run("sprawdz", case)
    assert result.exit_code != 0 and WHOLE in result.output and "nieoczekiwany" not in result.output, result.output
