"""A batch's cases told truly: a mistyped path is missing, not a folder clash – finding 12 of rev-sys7."""

from __future__ import annotations

from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def test_a_mistyped_second_path_is_told_missing_not_a_clash(tmp_path, monkeypatch):
    """`wszystko sprawa.yaml nie-ma/sprawa.yaml` said both cases would go into one folder – rename one of them;
    the second file does not exist."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sprawa.yaml").write_bytes(LECZNA.read_bytes())
    result = CliRunner().invoke(main, ["wszystko", "sprawa.yaml", "nie-ma/sprawa.yaml", "-o", "o", "-j", "1"])
    said = " ".join(result.output.split())
    assert "tego samego folderu" not in said and "nie-ma/sprawa.yaml: plik nie istnieje" in said, said
    assert (tmp_path / "o" / "sprawa" / "plan.docx").exists()


def test_two_existing_cases_for_one_folder_are_still_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    for folder in ("a", "."):
        (tmp_path / folder / "sprawa.yaml").write_bytes(LECZNA.read_bytes())
    said = " ".join(CliRunner().invoke(main, ["wszystko", "sprawa.yaml", "a/sprawa.yaml", "-o", "o"]).output.split())
    assert "obie sprawy trafiłyby do tego samego folderu „sprawa”" in said, said


def test_ctrl_c_before_any_case_finished_says_nothing_was_written(tmp_path, monkeypatch):
    """Finding 15: Ctrl+C in `plan sprawa.yaml` before it wrote anything was „Ukończone sprawy: 0 z 1; ich
    dokumenty są kompletne, pozostałych nie utworzono” – batch talk about documents of no case."""
    import pytest

    from pismo import api, errors
    from pismo.documents import batch

    def interrupted(*args, **kwargs):
        stop = KeyboardInterrupt()
        stop.results = []
        raise stop

    monkeypatch.setattr(batch, "run_cases", interrupted)
    with pytest.raises(errors.Interrupted) as stopped:
        api.generate_many([LECZNA], ["plan"], tmp_path / "o", pdf=True)
    assert stopped.value.message == ("Przerwano – nie zapisano żadnego dokumentu (pliki istniejące wcześniej są bez "
                                     "zmian)."), stopped.value.message


def test_a_folder_given_for_a_case_is_told_how_to_name_its_cases(tmp_path, monkeypatch):
    """Finding 21: `wszystko many` was „to jest folder, a nie plik sprawy” – `terminy many` and `pdf many` take
    the folder, so the officer expected the same; the message now says how."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "many").mkdir()
    for name in ("a.yaml", "b.yaml"):  # a folder with none is told so, no glob (rev-sys12 #3)
        (tmp_path / "many" / name).write_text("x: 1\n", encoding="utf-8")
    for command in ("wszystko", "sprawdz"):
        said = " ".join(CliRunner().invoke(main, [command, "many"]).output.split())
        assert "many: to jest folder, a nie plik sprawy – podaj pliki spraw z niego, np. many/*.yaml" in said, said
