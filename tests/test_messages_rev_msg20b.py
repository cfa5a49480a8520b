"""The case file's messages: the twentieth messages review (rev-msg20) of issue 17, its false alarms and advice. Each
case is the Wrzosogród example with a line changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers

MINUTES_LINE, MINUTES = 387, "Przyjęto ustalenia zapisane poniżej."


# --- 1, 7, 2: an aside, a quoted title, a resolution's two-digit year are no gaps ----------------------------------

@pytest.mark.parametrize("new", [
    "Ogłoszenie w rejonie skrzyżowania (ulica Jaśminowa i Wiosenna).",  # 1: a place's name
    "Artykuł o mieszkance osiedla, pani Annie (imię zmienione), w lokalnej prasie.",  # 1: press wording
    "Kopia pisma (podpis nieczytelny) w aktach.",
    "Ulotki z numerem telefonu (podpis dzielnicowego na odwrocie).",
    "Akcja informacyjna [kampania KGP „Uzgodnić i zabezpieczyć”].",  # 7: a title's infinitive
    "Informacja na sesji zgodnie z uchwałą nr XX/145/20 Rady Miejskiej.",  # 2: a two-digit year
])
def test_an_aside_a_title_and_a_resolution_are_no_gaps(new):
    """Findings 1, 7 and 2 of rev-msg20: what is said of a named thing, a quoted title and „nr XX/145/20” were told as
    places to fill in."""
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


@pytest.mark.parametrize("new, gap", [
    ("Za pośrednictwem lokalnych mediów (nazwa gazety).", "(nazwa gazety)"),
    ("Ogłoszenie w lokalnym radiu (data emisji).", "(data emisji)"),
    ("Informacja na stronie (adres mailowy).", "(adres mailowy)"),
    ("Akcja informacyjna [kampania KGP „Bezpieczny senior” – uzgodnić].", "[kampania KGP „Bezpieczny senior” – uzgodnić]"),
    ("Zgodnie z zarządzeniem nr XX/2025.", "XX/2025"),
])
def test_a_label_and_a_note_beside_a_title_stay_gaps(new, gap):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


# --- 29: the minutes record a matter still open ----------------------------------------------------------------------

@pytest.mark.parametrize("edit", [
    (MINUTES_LINE, MINUTES, "Termin kolejnego spotkania (do ustalenia) zostanie przekazany mieszkańcom."),
    (400, "termin: na bieżąco", "termin: do ustalenia"),
    (399, "odpowiedzialny: Rada Osiedla Wrzosowisko", "odpowiedzialny: do ustalenia"),
])
def test_an_open_matter_in_the_minutes_is_no_gap(edit):
    """Finding 29 of rev-msg20: „(do ustalenia)” in the minutes records what is undecided – the officer has nothing to
    fill in."""
    _silent(_check(edit), edit[0], _GAP)


def test_a_note_in_the_minutes_and_an_open_matter_in_the_plan_stay_gaps():
    report = _check((MINUTES_LINE, MINUTES, "Termin kolejnego spotkania (do uzupełnienia)."))
    assert _warned(report, MINUTES_LINE, f"pole zawiera „(do uzupełnienia)” – {_GAP}"), report.warnings
    report = _check((282, _NOTICES, "Ogłoszenia w parafii (do ustalenia)."))
    assert _warned(report, 282, f"pole zawiera „(do ustalenia)” – {_GAP}"), report.warnings
