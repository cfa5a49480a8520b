"""What pismo tells the officer when the system stands in the way: findings of the fourth system-messages review
(rev-sys4) of issue 17."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main
from pismo.render.engine import BUILTIN_DIR

posix_only = pytest.mark.skipif(os.name == "nt", reason="dowiązania symboliczne i uprawnienia POSIX")


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


# --- 3: one broken entry of a folder is named, the folder is not called unreadable ---------------------------------

@posix_only
def test_a_looping_link_among_the_templates_is_named_not_the_folder(tmp_path):
    """Finding 3 of rev-sys4: `petla.docx -> petla.docx` made the templates folder „nie można odczytać folderu”."""
    folder = tmp_path / "tdir"
    folder.mkdir()
    (folder / "petla.docx").symlink_to("petla.docx")
    result = _run("szablony", "sprawdz", folder)
    assert "nie można odczytać folderu" not in result.output, result.output
    assert "petla.docx" in result.output and "pętl" in result.output, result.output
    shutil.copy(BUILTIN_DIR / "plan.docx", folder / "plan.docx")
    result = _run("plan", LECZNA, "-o", tmp_path / "o", "--szablony", folder)
    assert "nie można odczytać folderu" not in result.output, result.output
    assert result.exit_code == 0, result.output


@posix_only
def test_a_looping_link_among_the_cases_does_not_stop_the_server(tmp_path, monkeypatch):
    """Finding 3 of rev-sys4: `serwer --katalog` with one `petla.yaml -> petla.yaml` did not start."""
    folder = tmp_path / "k"
    folder.mkdir()
    shutil.copy(LECZNA, folder / "ok.yaml")
    (folder / "petla.yaml").symlink_to("petla.yaml")
    import pismo.web.server as server

    def stop(*_args, **_kwargs):
        raise SystemExit(7)

    monkeypatch.setattr(server, "build", stop)
    result = _run("serwer", "--katalog", folder, "--bez-przegladarki")
    assert "nie można odczytać folderu" not in result.output, result.output
    assert result.exit_code == 7, result.output
