"""rev-sys14 #1: a URL-encoded name („Plan%20%C5%81%C4%99czna.yaml” – a saved web page's, and the case `import` makes
of it) was refused as holding the cmd.exe variable „%C5%”, with advice the same rule refused again."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo import typed
from pismo.cli.main import main

ENCODED = ["Plan%20%C5%81%C4%99czna.yaml", "a%C5%BBaba%20x.yaml", "plan%c5%82eczna.yaml", "%E2%80%9Eplan%E2%80%9D.yaml"]


@pytest.mark.parametrize("name", ENCODED)
def test_a_url_encoded_name_holds_no_windows_variable(tmp_path, name):
    assert typed.windows_habit(str(tmp_path / name)) is None
    assert typed.windows_habit(name) is None


@pytest.mark.parametrize("name", ["%DATE%.yaml", "raport_%USERNAME%.yaml", "%CD%\\a.yaml", "%TEMP%\\pisma",
                                  "%HOMEDRIVE%%HOMEPATH%\\pisma", "%DE%.yaml"])
def test_a_real_variable_is_still_told(name):
    found = typed.windows_habit(name)
    assert found is not None and "zmienn" in found[0], found


def test_the_case_import_names_after_a_saved_page_takes_its_next_period(tmp_path, monkeypatch):
    """The whole round: `nowa --z` and `-o` with the very name pismo wrote and advised."""
    monkeypatch.chdir(tmp_path)
    first = "Plan%20%C5%81%C4%99czna.yaml"
    (tmp_path / first).write_bytes(LECZNA.read_bytes())
    made = CliRunner().invoke(main, ["nowa", "--z", first, "Plan%20%C5%81%C4%99czna-2026.yaml"])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "Plan%20%C5%81%C4%99czna-2026.yaml").is_file()
    written = CliRunner().invoke(main, ["plan", first, "-o", "wyniki%20%C5%81"])
    assert written.exit_code == 0, written.output


@pytest.mark.parametrize("typed_path", ["~/pisma\\2025", "~/%USERNAME%", "~/$X/a"])
def test_a_quoted_home_path_is_advised_as_a_path_pismo_then_takes(tmp_path, monkeypatch, typed_path):
    """#18: the rest after „~/” was advised as typed – „/root/pisma\\2025”, „/root/%USERNAME%” – and refused next."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("USERNAME", raising=False)
    monkeypatch.delenv("X", raising=False)
    said = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", typed_path])
    assert said.exit_code == 2, said.output
    text = " ".join(said.output.split())
    advised = text.partition("np. ")[2].strip()
    if advised:
        assert typed.windows_habit(advised) is None, text
        assert advised == f"{tmp_path}/pisma/2025", text
    else:
        assert "podaj pełną ścieżkę (zaczynającą się od /)" in text, text


@pytest.mark.parametrize("share", ["\\\\serwer\\udział\\pisma", "\\\\serwer\\udział"])
def test_a_windows_network_share_is_told_as_one_with_no_folder_at_the_root_advised(share):
    """#2: `\\\\serwer\\udział\\pisma` was advised as /serwer/udział/pisma – a new tree at the system's root."""
    told, example, _, _, _ = typed.windows_habit(share)
    assert "udział sieciowy Windows (\\\\serwer\\udział)" in told and "/mnt" in told, told
    assert example is None


@pytest.mark.parametrize("name", ["%DATE%.yaml", "raport_%USERNAME%.yaml"])
def test_a_variable_with_no_value_here_is_not_advised_as_a_full_path_refused_again(tmp_path, monkeypatch, name):
    """#1: „podaj pełną ścieżkę” – and the full path with „%DATE%” in it was refused the same way."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("USERNAME", raising=False)
    monkeypatch.delenv("DATE", raising=False)
    for given in (name, str(tmp_path / name)):
        said = CliRunner().invoke(main, ["nowa", given])
        text = " ".join(said.output.split())
        assert said.exit_code == 2 and "pełną ścieżkę" not in text, text
        assert "to, co ma oznaczać (np. datę), albo podaj nazwę bez niej" in text, text


@pytest.mark.parametrize("args, made", [(["nowa", "Sprawy 2026\\rejon3.yaml"], "plik"),
                                        (["nowa", "%DATE%.yaml"], "plik"),
                                        (["plan", str(LECZNA), "-o", "%DATE%"], "folder")])
def test_a_refused_file_name_is_told_as_the_file_it_would_make(tmp_path, monkeypatch, args, made):
    """#16: `nowa 'Sprawy 2026\\rejon3.yaml'` was told to make a „folder” of that name – nowa makes a file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATE", raising=False)
    said = CliRunner().invoke(main, args)
    text = " ".join(said.output.split())
    assert said.exit_code == 2 and f"utworzyłoby w bieżącym folderze {made} o nazwie" in text, text
