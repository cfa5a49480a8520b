"""Typed template contexts: every built context matches its template's type, every field is described."""

from __future__ import annotations

import pytest
from corpus import WZORZEC
from helpers import LECZNA, WRZOSOGROD

from pismo import api
from pismo.documents import contexts
from pismo.documents.kinds import REGISTRY


def built_contexts():
    """(template file, context) of every document of the example cases and the full test case, public versions too."""
    for path in (LECZNA, WRZOSOGROD, WZORZEC):
        case = api.load(path)
        for kind in REGISTRY.all:
            for item in kind.build(case.sprawa):
                if item.template:
                    yield path.name, item.template, item.context


def test_every_built_context_matches_its_type():
    templates = REGISTRY.templates()
    seen = set()
    for case, template, context in built_contexts():
        seen.add(template)
        problems = contexts.mismatches(context, templates[template].context_type)
        assert not problems, f"{case}, {template}: " + "; ".join(problems)
    assert seen == set(templates), "every template is checked against at least one document"


def test_a_context_that_differs_from_its_type_is_named():
    context = next(c for _, t, c in built_contexts() if t == "plan.docx")
    wrong = {**context, "nowe_pole": "x", "rejon": 3}
    del wrong["sekcje"]
    problems = contexts.mismatches(wrong, contexts.PlanContext)
    assert "nowe_pole: pole niezadeklarowane w PlanContext" in problems
    assert "sekcje: brak pola wymaganego przez PlanContext" in problems
    assert "rejon: oczekiwano tekst, jest int" in problems


@pytest.mark.parametrize("spec", REGISTRY.templates().values(), ids=lambda s: s.file)
def test_every_field_has_a_polish_description(spec):
    for field in contexts.all_fields(spec.context_type):
        assert field.description and field.description[0].islower(), field
        assert "\n" not in field.description and len(field.description) < 100, field
