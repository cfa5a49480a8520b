"""The registry of document kinds: one record per kind, and everything loops over it."""

from __future__ import annotations

import re

from click.testing import CliRunner
from helpers import LECZNA, WRZOSOGROD, full_text

from pismo import api
from pismo.documents.kinds import REGISTRY, Kind, TemplateSpec


def notatka(s):
    """A new kind's builder: one note per case, printing the district and the officer."""
    from pismo.documents import context as ctx
    from pismo.documents.builders import _docx

    context = {**ctx.common(s), "uwaga": "Notatka próbna"}
    return [_docx("notatka", "notatka.docx", "Notatka", s.okres.od, "notatka.docx", context)]


def notatka_template() -> str:
    from pismo.render.blueprints import p

    return p("{{ uwaga }}: rejon służbowy nr {{ rejon }}, {{ dzielnicowy.pelne }}")


NOTATKA = Kind("notatka", "notatka służbowa", notatka,
               (TemplateSpec("notatka.docx", "Notatka", notatka_template),), ("notatka.docx",), command="notatka")


def test_a_kind_added_in_a_temporary_registry_is_made_by_the_api(tmp_path):
    from pismo.render.blueprints import x

    templates = tmp_path / "szablony"
    templates.mkdir()
    (templates / "notatka.docx").write_bytes(x.docx_bytes(NOTATKA.templates[0].body(), "Szablon: Notatka"))
    registry = REGISTRY.with_kind(NOTATKA)

    report = api.check(LECZNA, registry=registry)
    assert report.kinds["notatka"].can_make and report.kinds["notatka"].count == 1
    result = api.generate(LECZNA, out=tmp_path / "out", templates=templates, registry=registry)
    assert not result.blocked
    note = next(f for f in result.files if f.kind == "notatka")
    assert "Notatka próbna: rejon służbowy nr\u00a03" in full_text(note.path.read_bytes())
    assert {f.kind for f in result.files} >= {"plan", "wniosek", "informacja", "notatka", "manifest"}
    assert "notatka" not in REGISTRY and "notatka" not in api.kinds(), "the temporary registry changed pismo's own"


def test_every_file_name_follows_its_kinds_rule():
    """The record's rule (<…> filled from the case's ids) is what the builder writes."""
    for case in (LECZNA, WRZOSOGROD):
        loaded = api.load(case)
        for kind in REGISTRY.all:
            patterns = [re.compile(re.sub(r"<[^>]+>", "[a-z0-9-]+", re.escape(rule).replace(r"\<", "<")
                                          .replace(r"\>", ">")) + "$") for rule in kind.file_names]
            for item in kind.build(loaded.sprawa):
                assert any(p.match(item.filename) for p in patterns), (kind.name, item.filename, kind.file_names)


def test_every_template_of_the_registry_is_shipped_and_every_command_exists():
    from pismo.cli.main import main
    from pismo.render.engine import BUILTIN_DIR

    assert {p.name for p in BUILTIN_DIR.glob("*.docx")} == set(REGISTRY.templates())
    commands = {k.command for k in REGISTRY.main if k.command}
    assert commands <= set(main.commands)
    help_text = CliRunner().invoke(main, ["protokol", "--help"]).output
    assert "--pusty" in help_text and REGISTRY["protokol-pusty"].help.split()[0] in help_text


def test_sprawdz_lists_every_kind_of_the_registry():
    from pismo.cli.main import main

    output = CliRunner().invoke(main, ["sprawdz", str(LECZNA)]).output
    for kind in REGISTRY.main:
        assert f"– {kind.label}:" in output
