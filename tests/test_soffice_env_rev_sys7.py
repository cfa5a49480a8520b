"""The environment LibreOffice is started with: a home pismo cannot use is not handed to it, so that its dconf
makes no folders in the cases folder nor on a missing share – finding 10 of rev-sys7."""

from __future__ import annotations

import os
import sys

import pytest
from click.testing import CliRunner

from helpers import LECZNA, copying_soffice
from pismo.cli.main import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="HOME and XDG_* are POSIX's")

# what LibreOffice's dconf and GIO do at start: make their folders under HOME and XDG_* as they are (an empty
# HOME: in the current folder)
_DCONF = 'h="${HOME:-$PWD}"; mkdir -p "$h/.config" "${XDG_CACHE_HOME:-$h/.cache}/dconf"\n'


@pytest.fixture
def docx(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.yaml").write_bytes(LECZNA.read_bytes())
    assert CliRunner().invoke(main, ["plan", "s.yaml"]).exit_code == 0
    return tmp_path / "pisma" / "s" / "plan.docx"


def _soffice(tmp_path) -> str:
    tools = tmp_path.parent / f"{tmp_path.name}-lo"
    tools.mkdir()
    program = copying_soffice(tools)
    body = open(program).read().replace("#!/bin/sh\n", "#!/bin/sh\n" + _DCONF, 1)
    with open(program, "w") as script:
        script.write(body)
    return program


@pytest.mark.parametrize("home, xdg", [("home", None), ("", None), (None, "cache"), ("{missing}", None)])
def test_libreoffice_makes_no_home_skeleton_for_an_unusable_home(tmp_path, monkeypatch, docx, home, xdg):
    """`HOME=home pismo plan … --pdf` left home/.cache/dconf and home/.config in the cases folder, a HOME on a
    share not mounted got them made locally, and a relative XDG_CACHE_HOME left cache/dconf."""
    missing = tmp_path.parent / f"{tmp_path.name}-share" / "home"
    program = _soffice(tmp_path)
    if home is not None:
        monkeypatch.setenv("HOME", home.replace("{missing}", str(missing)))
    if xdg is not None:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    result = CliRunner().invoke(main, ["pdf", str(docx), "--soffice", program])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(tmp_path)) == ["pisma", "s.yaml"]
    assert not missing.parent.exists()


def test_a_usable_home_is_handed_on(tmp_path, monkeypatch):
    from pismo.files import soffice

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    env = dict(os.environ)
    soffice._usable_home(env, tmp_path / "staging")
    assert env["HOME"] == str(tmp_path) and env["XDG_CONFIG_HOME"] == str(tmp_path / "config")
