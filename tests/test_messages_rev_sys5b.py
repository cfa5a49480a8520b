"""The fifth system-messages review (rev-sys5) of issue 17, its low findings: LibreOffice failing at the web
converter's start, looping links where a template or a document is, smaller texts."""

from __future__ import annotations

import shutil
import sys

import pytest

from helpers import soffice_script
from test_files_case_folder import case_copy, run

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _failing_start(tmp_path, body: str) -> list[str]:
    """What the web converter says, twice, of a LibreOffice that ends at its start running `body`."""
    from pismo.files import converter as conv
    from pismo.files.soffice import PdfError

    uno = conv.uno_python(SOFFICE) if SOFFICE else None
    if not uno or not sys.platform.startswith("linux"):
        pytest.skip("brak LibreOffice z Pythonem z modułem uno")
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    docx = (tmp_path / "pisma" / "s" / "plan.docx").read_bytes()
    failing = soffice_script(tmp_path, body, "failing-soffice")
    conv._uno_pythons[failing] = uno  # the stand-in has no Python beside it
    converter = conv.Converter(failing)
    said = []
    try:
        for _ in range(2):
            with pytest.raises(PdfError) as error:
                converter.to_pdf(docx)
            said.append(" ".join(str(error.value).split()))
    finally:
        converter.close()
    return said


def test_libreoffice_out_of_memory_at_the_web_start_is_told_with_its_advice(tmp_path):
    """Finding 7: the preview said „LibreOffice uległ awarii (sygnał 6)” of a LibreOffice that said „Out of
    memory”, without advice; the CLI says „zabrakło pamięci … zamknij inne programy”."""
    said = _failing_start(tmp_path, 'echo "Out of memory: cannot allocate 1048576 bytes" >&2; exit 134')
    for text in said:
        assert "zabrakło pamięci" in text and "zamknij inne programy" in text, text
        assert "uległ awarii" not in text and "przy zamianie dokumentu" not in text, text
    assert "kolejna próba uruchomienia możliwa za" in said[1] and "wtedy spróbuj ponownie" in said[1], said[1]


def test_a_libreoffice_crashing_at_the_web_start_is_told_what_to_do(tmp_path):
    """Findings 7 and 8: a crash at start was „uległ awarii (sygnał 11)” and nothing to do; „kolejna próba … za 55 s”
    read as if pismo retried by itself."""
    said = _failing_start(tmp_path, 'echo "Application Error"; kill -SEGV $$')
    assert "uległ awarii (sygnał 11)" in said[0] and "„Application Error”" in said[0], said[0]
    assert "sprawdź, czy LibreOffice uruchamia się ręcznie" in said[0], said[0]


# --- 4: a looping link where a template or a document is -------------------------------------------------------

def test_a_looping_template_link_is_named_not_missing(tmp_path):
    """Finding 4: `--szablony` whose plan.docx is a looping link said „brak szablonu plan.docx” – it is there."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    templates = tmp_path / "szablony"
    templates.mkdir()
    (templates / "plan.docx").symlink_to("plan.docx")
    result = run("plan", case, "-o", tmp_path / "pisma", "--szablony", templates)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert f"szablon {templates / 'plan.docx'}: nie można odczytać pliku (dowiązania symboliczne tworzą pętlę)" in said
    assert "brak szablonu" not in said, said


def test_a_looping_document_link_in_a_pdf_folder_is_named_with_its_reason(tmp_path):
    """Finding 4: a looping b.docx in a folder given to `pismo pdf` was „to nie jest zwykły plik – podaj dokument
    Word (.docx) albo folder z nimi” – the user gave a folder."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "s"
    (folder / "b.docx").symlink_to("b.docx")
    result = run("pdf", folder, "--soffice", soffice_script(tmp_path, "exit 0"))
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert f"{folder / 'b.docx'}: nie można odczytać pliku (dowiązania symboliczne tworzą pętlę)" in said, said
    assert "podaj dokument Word" not in said, said


# --- 5: single-dash words and other programs' option names -----------------------------------------------------

@pytest.mark.parametrize("args, typed, meant", [
    (["-wersja"], "-wersja", "--version"), (["-pomoc"], "-pomoc", "--help"),
    (["plan", "CASE", "-pomoc"], "-pomoc", "--help"), (["plan", "CASE", "-outdir", "ox"], "-outdir", "--wyjscie"),
    (["plan", "CASE", "--out", "ox"], "--out", "--wyjscie"), (["plan", "CASE", "--outdir", "ox"], "--outdir", "--wyjscie"),
    (["szablony", "eksport", "-out", "x"], "-out", None)])
def test_a_long_word_typed_with_one_dash_or_another_programs_name_is_named_whole(tmp_path, args, typed, meant):
    """Finding 5: „-wersja” → „Nie ma opcji „-w””, „-outdir ox” → „Nadmiarowy argument: „ox”” (-o took „utdir”),
    „--out” without „Czy chodziło o „--wyjscie”?”, and „szablony eksport -out x” → „Nie ma opcji „-o””."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    result = run(*[str(case) if a == "CASE" else a for a in args])
    said = " ".join(result.output.split())
    assert result.exit_code == 2, said
    assert f"Nie ma opcji „{typed}”." in said, said
    if meant:
        assert f"Czy chodziło o „{meant}”?" in said, said
    assert not (tmp_path / "ox").exists() and not list(tmp_path.glob("utdir*"))
