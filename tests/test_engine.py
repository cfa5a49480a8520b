"""The rendering engine: strict, escaped, sandboxed, deterministic, safe writing."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD, full_text, paragraphs, render_kind
from pismo.render import blueprints, ooxml
from pismo.cli.main import main
from pismo.render.engine import BUILTIN_DIR, Template, TemplateError


def _template(body_xml: str) -> Template:
    return Template("proba.docx", ooxml.docx_bytes(body_xml, "Próba"))


def _render(body_xml: str, context: dict) -> list[str]:
    data = _template(body_xml).render(context, "Tytuł", "Jednostka", __import__("datetime").date(2025, 7, 14))
    return paragraphs(data)


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_processes_give_identical_bytes(tmp_path):
    outputs = []
    for run in ("a", "b"):
        target = tmp_path / run
        subprocess.run([sys.executable, "-m", "pismo", "wszystko", str(LECZNA), str(WRZOSOGROD), "-o", str(target)],
                       check=True, capture_output=True)
        outputs.append(_digests(target))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 20


def test_zip_entries_and_properties_are_fixed():
    [(item, data)] = render_kind(LECZNA, "plan")
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode()
    assert "<dc:creator>Komenda Powiatowa Policji w Łęcznej</dc:creator>" in core
    assert "2025-06-25T00:00:00Z" in core
    assert "Plan działania priorytetowego" in core
    everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"python-docx" not in everything and b"docxtpl" not in everything


@pytest.mark.parametrize("text", ["A & B", "x < y > z", 'cudzysłów "prosty"', "apostrof 'a'",
                                  "{{ 7 * 7 }}", "{% if true %}tak{% endif %}", "}} i {%", "<![CDATA[x]]>"])
def test_data_is_rendered_literally(text):
    from pismo.documents.context import typeset

    [line] = _render(blueprints.p("{{ tekst }}"), typeset({"tekst": text}))
    assert line == typeset(text)
    assert "49" not in line


def test_escaped_markers_are_literal_in_templates_and_untouched_in_data():
    """docxtpl's {_{ … }_} prints {{ … }} from a template, while data keeps {_{ as typed."""
    [line] = _render(blueprints.p("{_{ szablon }_} {_% x %_} {{ tekst }}"), {"tekst": "{_{ dane }_} {_% y %_}"})
    assert line == "{{ szablon }} {% x %} {_{ dane }_} {_% y %_}"


def test_data_specials_survive_the_whole_pipeline(tmp_path):
    source = LECZNA.read_text(encoding="utf-8").replace(
        "Za pośrednictwem lokalnych mediów.", "Media & <portale> {{ config }} {% raw %} „cytat”")
    case = tmp_path / "sprawa.yaml"
    case.write_text(source, encoding="utf-8")
    [(item, data)] = render_kind(case, "informacja")
    assert "Media & <portale> {{ config }} {% raw %} „cytat”" in full_text(data).replace("\u00a0", " ")


def test_unknown_variable_names_template_part_and_variable():
    with pytest.raises(TemplateError) as error:
        _render(blueprints.p("{{ nieznana_zmienna }}"), {})
    assert "proba.docx" in str(error.value) and "treść" in str(error.value)
    assert "nieznana_zmienna" in str(error.value)


def test_missing_attribute_is_named():
    with pytest.raises(TemplateError, match="„brak”"):
        _render(blueprints.p("{{ osoba.brak }}"), {"osoba": {"jest": "x"}})


def test_none_value_is_never_an_empty_gap():
    with pytest.raises(TemplateError, match="wartość pusta"):
        _render(blueprints.p("{{ pole }}"), {"pole": None})


@pytest.mark.parametrize("expression", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
])
def test_sandbox_refuses_python_internals(expression):
    with pytest.raises(TemplateError):
        _render(blueprints.p(expression), {})


def test_sandbox_has_no_file_access():
    with pytest.raises(TemplateError):
        _render(blueprints.p("{% include '/etc/passwd' %}"), {})


def test_newlines_in_data_become_breaks_and_paragraphs_stay_separate():
    data = _template(blueprints.p("{{ tekst }}") + blueprints.loop("for a in akapity", blueprints.p("{{ a }}"))
                     ).render({"tekst": "wiersz 1\nwiersz 2", "akapity": ["pierwszy", "drugi"]},
                              "T", "J", __import__("datetime").date(2025, 1, 1))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "wiersz 1</w:t><w:br/>" in xml
    assert paragraphs(data)[1:] == ["pierwszy", "drugi"]


def test_committed_templates_are_the_blueprints_output():
    from pismo.documents.kinds import REGISTRY

    for name in REGISTRY.templates():
        committed = (BUILTIN_DIR / name).read_bytes()
        assert committed == blueprints.build(name), f"{name} różni się od wyniku blueprints – uruchom python -m pismo.render.blueprints"
    assert sorted(p.name for p in BUILTIN_DIR.glob("*.docx")) == sorted(REGISTRY.templates())


def test_no_one_letter_word_before_a_plain_space():
    from pismo.documents.kinds import REGISTRY

    for case in (LECZNA, WRZOSOGROD):
        for kind in REGISTRY.names(main_only=True):
            for item, data in render_kind(case, kind):
                if item.template is None:
                    continue
                for line in paragraphs(data):
                    bad = re.search(r"(?<![\w./])[aiouwzAIOUWZ] ", line)
                    assert not bad, f"{item.filename}: „{line[max(0, bad.start() - 20):bad.end() + 20]}”"


def test_existing_files_are_not_overwritten_without_nadpisz(tmp_path):
    runner = CliRunner()
    first = runner.invoke(main, ["plan", str(LECZNA), "-o", str(tmp_path)])
    assert first.exit_code == 0, first.output
    target = tmp_path / "leczna-rejon-3-2025" / "plan.docx"
    target.write_bytes(b"moja wersja")
    second = runner.invoke(main, ["plan", str(LECZNA), "-o", str(tmp_path)])
    assert second.exit_code == 1
    assert "--nadpisz" in second.output and target.read_bytes() == b"moja wersja"
    third = runner.invoke(main, ["plan", str(LECZNA), "-o", str(tmp_path), "--nadpisz"])
    assert third.exit_code == 0 and target.read_bytes().startswith(b"PK")
    assert not list(target.parent.glob(".*.tmp"))


def test_each_kind_is_written_whole_or_not_at_all(tmp_path):
    """wszystko writes the kinds that can be made; the one missing a field is left out whole, named with its field."""
    broken = tmp_path / "sprawa.yaml"
    broken.write_text(LECZNA.read_text(encoding="utf-8").replace("      data: 2025-09-01\n", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["wszystko", str(broken), "-o", str(tmp_path / "out")])
    assert result.exit_code == 4, result.output
    assert "spotkania[0].zaproszenie" in result.output
    assert "niekompletna – nie utworzono: zaproszenia i kalendarz spotkań" in result.output
    names = {p.name for p in (tmp_path / "out" / "sprawa").iterdir()}
    assert "plan.docx" in names and "manifest.json" in names
    assert not [n for n in names if n.startswith(("zaproszenie-", "spotkanie-"))], names
    alone = CliRunner().invoke(main, ["zaproszenia", str(broken), "-o", str(tmp_path / "alone")])
    assert alone.exit_code == 1 and "spotkania[0].zaproszenie" in alone.output
    assert not (tmp_path / "alone").exists()


def test_output_folder_that_is_a_file(tmp_path):
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", str(blocker)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "folder" in result.output
