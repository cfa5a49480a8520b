"""`pismo szablony`: listing, linting and exporting the Word templates."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from conftest import run

from pismo.documents import lint
from pismo.render.engine import BUILTIN_DIR

BUILTINS = sorted(p.name for p in BUILTIN_DIR.glob("*.docx"))




def edited(folder: Path, name: str, part: str, edit, target: str | None = None) -> Path:
    """A copy of a built-in template with one XML part changed by `edit(text) -> text`."""
    source = zipfile.ZipFile(BUILTIN_DIR / name)
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                new = edit(data.decode("utf-8"))
                assert new != data.decode("utf-8"), "the edit changed nothing"
                data = new.encode("utf-8")
            dest.writestr(info, data)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (target or name)
    path.write_bytes(out.getvalue())
    return path


def test_every_builtin_template_passes():
    result = run("szablony", "sprawdz")
    assert result.exit_code == 0, result.output
    assert "OK" in result.output
    assert f"sprawdzono {len(BUILTINS)} szablon" in result.output


def test_every_builtin_template_has_a_typed_context():
    from pismo.documents.kinds import REGISTRY

    assert all(REGISTRY.templates()[name].context_type for name in BUILTINS)


def test_unknown_variable_is_named(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "wniosek.docx", "word/document.xml", lambda x: x.replace("{{ dotyczy }}", "{{ nieznana_zmienna }}"))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    assert re.search(r"szablony/wniosek\.docx: treść: nieznana zmienna „nieznana_zmienna”", result.output)
    assert "dotyczy" not in result.output.split("nieznana_zmienna”", 1)[0]
    allowed = result.output.split("dozwolone: ", 1)[1].split(" (opis", 1)[0].split(", ")
    assert {"dotyczy", "adresat", "powitanie", "jednostka", "prosba"} <= set(allowed)
    assert "Traceback" not in result.output


def test_unknown_field_of_a_group_is_named_with_the_groups_fields(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "wniosek.docx", "word/document.xml",
           lambda x: x.replace("{{ powitanie }}", "{{ jednostka.nazwaa }}", 1))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1, result.output
    assert "nieznane pole „jednostka.nazwaa” (czy chodziło o „jednostka.nazwa”?); pola „jednostka”: nazwa, " \
        in result.output


def test_zmienne_lists_the_plans_variables_with_descriptions_and_examples():
    result = run("szablony", "zmienne", "plan")
    assert result.exit_code == 0, result.output
    assert "plan.docx – Plan działania priorytetowego" in result.output and "wniosek.docx" not in result.output
    assert "  rejon – numer rejonu służbowego, np. 3 albo XIII (kilka: 5 i 6) [tekst]; np. „3”" in result.output
    assert "sekcje.dzialania[].termin – termin realizacji" in result.output
    protokol = run("szablony", "zmienne", "protokol")
    assert "protokol.docx" in protokol.output and "lista-obecnosci.docx" in protokol.output
    unknown = run("szablony", "zmienne", "planx")
    assert unknown.exit_code == 1 and "nieznany rodzaj dokumentu lub szablon „planx” – dostępne: plan," in unknown.output


def test_syntax_error_is_located(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "wniosek.docx", "word/document.xml",
           lambda x: x.replace("{%p for akapit in problem %}", "{%p for %}", 1))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    line = next(l for l in result.output.splitlines() if "błąd składni" in l)
    assert "szablony/wniosek.docx: treść: " in line
    assert "w znaczniku „{% for %}”" in line
    assert "po akapicie „Uprzejmie informuję" in line


def test_unclosed_block_is_reported(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "plan.docx", "word/document.xml",  # the last loop's end: nothing else left open
           lambda x: re.sub(r"(.*)\{%p endfor %\}", r"\1", x, count=1, flags=re.S))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    assert "szablony/plan.docx: treść: błąd składni znacznika: blok „for” nie jest zamknięty" in result.output
    assert "w znaczniku „{% for osoba in autorzy.osoby %}”" in result.output


def test_split_tag_is_reported(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "wniosek.docx", "word/document.xml",
           lambda x: x.replace("{{ dotyczy }}", "{{ </w:t></w:r><w:r><w:t>dotyczy }}"))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    assert "szablony/wniosek.docx: treść: znacznik „{{ dotyczy }}” jest podzielony" in result.output
    assert "nieznana zmienna" not in result.output


def test_split_opening_braces_are_reported():
    xml = ('<w:p><w:r><w:t>Dotyczy {</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{ dotyczy }}</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>{{ caly }} i {% if a %}{% endif %}</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>{{ niezamkniety</w:t></w:r></w:p>')
    messages = lint.split_tags(xml)
    assert len(messages) == 2
    assert "„{{ dotyczy }}” jest podzielony" in messages[0]
    assert "nie jest zamknięty w tym samym akapicie" in messages[1]


def test_footer_without_page_fields_fails(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "plan.docx", "word/footer1.xml", lambda x: x.replace(" NUMPAGES ", ' DATE \\@ "d.MM.yyyy" '))
    edited(folder, "wniosek.docx", "word/document.xml", lambda x: re.sub(r"<w:footerReference[^>]*/>", "", x))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    assert "szablony/plan.docx: stopka nie zawiera pola NUMPAGES" in result.output
    assert "szablony/wniosek.docx: brak stopki z numeracją stron" in result.output


def test_simple_fields_count_as_page_numbers():
    footer = (b'<w:ftr><w:p><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
              b'<w:fldSimple w:instr="NUMPAGES"/></w:p></w:ftr>')
    entries = [("word/document.xml", b'<w:footerReference w:type="default" r:id="rId5"/>'),
               ("word/footer1.xml", footer)]
    assert lint.page_numbering(entries) == []


def test_not_a_zip_fails_in_polish(tmp_path):
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "x.docx").write_text("to nie jest dokument Word")
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    assert "szablony/x.docx: to nie jest plik .docx" in result.output
    assert "Traceback" not in result.output


def test_macro_template_fails(tmp_path):
    folder = tmp_path / "szablony"
    path = edited(folder, "plan.docx", "word/footer1.xml", lambda x: x + " ")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"\0")
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1
    assert "szablony/plan.docx: zawiera makra" in result.output


def test_unknown_template_name_is_checked_without_variables(tmp_path):
    folder = tmp_path / "szablony"
    edited(folder, "wniosek.docx", "word/document.xml", lambda x: x.replace("{{ dotyczy }}", "{{ cokolwiek }}"),
           target="moj-wniosek.docx")
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 0, result.output
    assert "szablony/moj-wniosek.docx: uwaga: nazwa pliku nie odpowiada żadnemu szablonowi" in result.output
    assert "cokolwiek" not in result.output


def test_without_example_cases_variables_are_still_checked(tmp_path, monkeypatch):
    """The types, not example runs, say what a template may use: an installation without cases/ checks the same."""
    monkeypatch.setattr(lint, "EXAMPLE_CASES_DIR", tmp_path / "brak")
    folder = tmp_path / "szablony"
    edited(folder, "wniosek.docx", "word/document.xml", lambda x: x.replace("{{ dotyczy }}", "{{ nieznana_zmienna }}"))
    result = run("szablony", "sprawdz", str(folder))
    assert result.exit_code == 1, result.output
    assert "nieznana zmienna „nieznana_zmienna”" in result.output
    listing = run("szablony", "zmienne", "wniosek")
    assert listing.exit_code == 0 and "dotyczy – czego dotyczy wniosek" in listing.output and "]; np. " not in listing.output


def test_missing_folder_and_empty_folder(tmp_path):
    result = run("szablony", "sprawdz", str(tmp_path / "nie-ma"))
    assert result.exit_code == 1 and "nie istnieje" in result.output
    result = run("szablony", "sprawdz", str(tmp_path))
    assert result.exit_code == 1 and "brak plików .docx" in result.output


def test_lista_shows_variables_per_part():
    result = run("szablony", "lista")
    assert result.exit_code == 0, result.output
    section = result.output.split("wniosek.docx", 1)[1].split("\n\n", 1)[0]
    assert "treść:" in section and "dotyczy" in section and "adresat" in section
    for name in BUILTINS:
        assert name in result.output


def test_eksport_copies_all_and_never_overwrites(tmp_path):
    target = tmp_path / "jednostka" / "szablony"
    result = run("szablony", "eksport", str(target))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in target.iterdir()) == BUILTINS
    for name in BUILTINS:
        assert (target / name).read_bytes() == (BUILTIN_DIR / name).read_bytes()

    (target / "plan.docx").write_bytes(b"zmieniony przez jednostke")
    (target / "wniosek.docx").unlink()
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    result = run("szablony", "eksport", str(target))
    assert result.exit_code == 1
    assert "już istnieją" in result.output and "plan.docx" in result.output
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before  # wniosek.docx not restored either


def test_exported_templates_pass_the_lint(tmp_path):
    target = tmp_path / "szablony"
    assert run("szablony", "eksport", str(target)).exit_code == 0
    result = run("szablony", "sprawdz", str(target))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", BUILTINS)
def test_lint_api_finds_nothing_in_builtins(name):
    assert lint.lint_template(BUILTIN_DIR / name, name) == []
