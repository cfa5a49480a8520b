"""What `wszystko` and the public versions print once a run: findings 3, 20 and 22 of rev-sys7."""

from __future__ import annotations

from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo.cli.main import main


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_the_publication_caveat_comes_once_a_run_and_each_document_is_named(tmp_path):
    """`wszystko a b --publikacja` printed the same 5-line paragraph four times, naming no document."""
    result = _run("wszystko", LECZNA, WRZOSOGROD, "-o", tmp_path, "--publikacja", "-j", "1")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert said.count("Przeczytaj każdą wersję do publikacji (4) przed jej opublikowaniem") == 1, said
    assert said.count("program może nie rozpoznać") == 1, said
    for case in (LECZNA, WRZOSOGROD):
        for kind in ("plan", "informacja"):
            assert f"{tmp_path / case.stem / kind}-publikacja.docx: wersja do publikacji – pominięto" in said, said


def test_the_summary_has_no_pdf_count_when_none_was_asked(tmp_path):
    """„PDF 0” beside „dokumenty 29” read as „the PDFs failed”."""
    result = _run("wszystko", LECZNA, WRZOSOGROD, "-o", tmp_path, "-j", "1")
    summary = next(line for line in result.output.splitlines() if line.startswith("Podsumowanie:"))
    assert "PDF" not in summary and "dokumenty" in summary, summary


def test_a_pdf_failure_after_the_documents_is_a_sentence(tmp_path):
    """„Dokumenty .docx zapisano, ale PDF: nie udało się zamienić …” – no Polish sentence."""
    from helpers import soffice_script

    failing = soffice_script(tmp_path, "exit 1")
    result = _run("wszystko", LECZNA, WRZOSOGROD, "-o", tmp_path / "o", "-j", "1", "--pdf", "--soffice", failing)
    said = " ".join(result.output.split())
    assert "ale PDF:" not in said and "Dokumenty .docx zapisano, ale tworzenie PDF się nie powiodło:" in said, said
    summary = next(line for line in result.output.splitlines() if line.startswith("Podsumowanie:"))
    assert "PDF 0" in summary, summary


def test_the_help_of_publikacja_says_instead_of_the_internal_version():
    """`plan --publikacja` writes the public version alone; the help read as „as well”."""
    said = " ".join(_run("plan", "--help").output.split())
    assert "Zamiast wersji wewnętrznej (tę tworzy polecenie bez tej opcji)" in said, said
