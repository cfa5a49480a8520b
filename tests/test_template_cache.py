"""The per-process template cache changes nothing in the output."""

from __future__ import annotations

import io

from docxtpl import DocxTemplate

from helpers import LECZNA, WRZOSOGROD, paragraphs
from pismo.documents.kinds import REGISTRY
from pismo.render.engine import BUILTIN_DIR, Template, TemplateSet
from pismo.documents.generate import collect
from pismo.case.loader import load_case


def _items():
    for path in (LECZNA, WRZOSOGROD):
        for item in collect(load_case(path), REGISTRY.names(main_only=True)):
            if item.template:
                yield item


def test_cached_render_equals_a_fresh_template_per_document():
    templates = TemplateSet()
    for item in _items():
        cached = templates.get(item.template).render(item.context, item.title, "J", item.date)
        again = templates.get(item.template).render(item.context, item.title, "J", item.date)
        fresh = Template.from_path(BUILTIN_DIR / item.template).render(item.context, item.title, "J", item.date)
        assert cached == again == fresh, item.filename


def test_same_text_as_bare_docxtpl():
    """pismo's engine is docxtpl's semantics, only prepared once: the text is the same."""
    for item in _items():
        ours = Template.from_path(BUILTIN_DIR / item.template).render(item.context, item.title, "J", item.date)
        bare = DocxTemplate(str(BUILTIN_DIR / item.template))
        bare.render(item.context, autoescape=True)
        buffer = io.BytesIO()
        bare.save(buffer)
        assert paragraphs(ours) == paragraphs(buffer.getvalue()), item.filename
