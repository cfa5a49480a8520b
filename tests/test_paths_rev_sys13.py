"""Follow-ups of the thirteenth system-messages review (rev-sys13) of issue 17: a path written the Windows way or
with a variable left unexpanded is judged only by its part not on disk yet, and told with a path of this system
that pismo then takes."""

from __future__ import annotations

import re
import shlex

import click
import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo import typed
from pismo.cli import click_pl
from pismo.cli.main import main


def _said(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("folder", ["$HOME", "C:", "%USERPROFILE%", "x\\y", "–wyn", "${HOME}", "%A%%B%"])
def test_a_subfolder_of_an_existing_folder_with_a_foreign_looking_name_is_written_into(tmp_path, monkeypatch, folder):
    """#1, #2: the folder named is on disk – nothing of that name would be made – yet `-o 'FOLDER/wyniki'` was
    refused as a Windows path, an unexpanded variable or Word's dash, while `-o FOLDER` was taken."""
    (tmp_path / folder).mkdir()
    code, said = _said(tmp_path, monkeypatch, "nowa", f"{folder}/sprawa.yaml")
    assert code == 0, said
    assert (tmp_path / folder / "sprawa.yaml").is_file()
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", f"{folder}/wyniki")
    assert code == 0, said
    assert (tmp_path / folder / "wyniki" / LECZNA.stem / "plan.docx").is_file()


def _advised(said: str) -> str:
    found = re.search(r"np\. ('[^']*'|\"[^\"]*\"|\S+)", said)
    assert found, said
    return shlex.split(found.group(1))[0]


def _taken(path: str) -> bool:
    try:
        click_pl.OUTPUT.convert(path, None, None)
    except click.BadParameter:
        return False
    return True


@pytest.mark.parametrize("given, meant", [
    ("%HOMEDRIVE%%HOMEPATH%\\pisma", "{home}/pisma"),  # #4
    ("%USERPROFILE%\\pisma", "{home}/pisma"),
    ("%TEMP%.\\pisma", "{temp}/pisma"),  # #4: Windows drops the dot ending a folder's name
    ("~\\pisma", "{home}/pisma"),  # #6
    ("C:\\Users\\jan\\pisma", "{home}/pisma"),  # #11
    ("C:\\Users\\jan", "{home}"),
    ("D:\\pisma", "{home}/pisma"),
    ("{tmp}/nowy\\wyniki", "{tmp}/nowy/wyniki"),  # #5
    ("{tmp}/\\pisma", "{tmp}/pisma"),
    ("$HOME/wyniki", "{home}/wyniki"),
    (".\\wyniki", "./wyniki"),
    ("pisma_%PISMO_NR%", "pisma_7"),  # cmd.exe expands a variable inside a name too
])
def test_a_windows_habit_path_is_advised_as_a_path_pismo_then_takes(tmp_path, monkeypatch, given, meant):
    """#4, #5, #6, #11: `%HOMEDRIVE%%HOMEPATH%\\pisma` was advised with its variables kept (and the advice made a
    folder of that name), `~\\pisma` as '/root/\\pisma' (refused next), `C:\\Users\\jan\\pisma` as a Users/jan tree
    under the home folder, `/tmp/x\\y` as a folder „” in the current one."""
    home = tmp_path / "dom"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PISMO_NR", "7")
    monkeypatch.setattr(typed.tempfile, "gettempdir", lambda: str(tmp_path / "tymczasowy"))
    fill = {"home": str(home), "temp": str(tmp_path / "tymczasowy"), "tmp": str(tmp_path)}
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", given.format(**fill))
    assert code == 2 and "„”" not in said, said
    advised = _advised(said)
    assert advised == meant.format(**fill), said
    assert _taken(advised), advised
    if given.startswith("{tmp}"):  # #5: the folder really affected, and where
        assert f"w folderze {tmp_path} " in said and "w bieżącym folderze" not in said, said
    assert list(tmp_path.iterdir()) == [home], "nothing written"


def test_a_variable_inside_an_absolute_path_is_not_advised_as_a_doubled_path(tmp_path, monkeypatch):
    """#5: `/tmp/$HOME/wyniki` was advised as /tmp//root/wyniki – no path anyone meant."""
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", f"{tmp_path}/$HOME/wyniki")
    assert code == 2 and f"w folderze {tmp_path} folder o nazwie „$HOME”" in said, said
    assert "//" not in said and "zaczynającą się od /" in said, said


def test_a_file_read_with_a_backslash_in_an_absolute_path_names_the_file_looked_for(tmp_path, monkeypatch):
    """#5: „szukałoby w bieżącym folderze „”” for `sprawdz /tmp/x\\y.yaml`."""
    code, said = _said(tmp_path, monkeypatch, "sprawdz", f"{tmp_path}/x\\y.yaml")
    assert code == 2 and f"szukałoby w folderze {tmp_path} „x\\y.yaml”" in said, said
    assert f"np. {tmp_path}/x/y.yaml" in said, said


@pytest.mark.parametrize("given, told", [
    ("C:\\Program Files\\LibreOffice\\program\\soffice.exe", "to ścieżka z Windows (dysk C:)"),
    ("%ProgramFiles%\\LibreOffice\\program\\soffice.exe", "„%ProgramFiles%” to zmienna wiersza poleceń Windows"),
    ("$HOME/bin/soffice", "„$HOME” nie zostało zamienione na wartość zmiennej HOME"),
    ("~\\soffice", "zawiera „\\” – tak oddziela foldery Windows"),
])
@pytest.mark.parametrize("variable", [False, True])
def test_a_windows_path_or_an_unexpanded_variable_for_libreoffice_goes_through_the_paths_rule(
        tmp_path, monkeypatch, given, told, variable):
    """#9: a full Windows path in --soffice or PISMO_SOFFICE was „nie ma programu o tej nazwie w żadnym folderze ze
    zmiennej PATH” – looked up nowhere, and no program's name."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_installed", lambda: "/usr/bin/soffice")
    monkeypatch.setenv("PISMO_SOFFICE", given) if variable else monkeypatch.delenv("PISMO_SOFFICE", raising=False)
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(None if variable else given)
    said = str(refused.value)
    assert told in said and "PATH" not in said, said


def test_an_unexpanded_variable_for_libreoffice_is_advised_its_value_when_the_program_is_there(tmp_path, monkeypatch):
    from pismo.files import soffice

    program = tmp_path / "bin" / "soffice"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice("$HOME/bin/soffice")
    assert f"np. {program}" in str(refused.value), str(refused.value)


@pytest.mark.parametrize("command", ["pdf", "plan", "wniosek", "zaproszenia", "protokol", "informacja", "wszystko"])
def test_the_help_of_soffice_names_the_install_folders_too(tmp_path, monkeypatch, command):
    """#7: „soffice z PATH” / „jeśli nie ma go w PATH” – pismo looks in LibreOffice's install folders too, so an
    officer whose soffice is not in PATH need not give --soffice."""
    code, said = _said(tmp_path, monkeypatch, command, "--help")
    assert code == 0 and "ze zwykłych folderów instalacji LibreOffice" in said, said
