"""A removed current folder is told once, in words true for every command – finding 18 of rev-sys7."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from helpers import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a current folder removed under a running shell")


def _in_removed_folder(tmp_path, *args) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    (tmp_path / "g").mkdir()
    done = subprocess.run(["sh", "-c", 'cd g && rmdir ../g && exec "$@"', "sh", sys.executable, "-m", "pismo", *args],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    return done.returncode, " ".join(done.stderr.split())


@pytest.mark.parametrize("args", [["serwer", "--bez-przegladarki"], ["terminy"]])
def test_the_gone_folder_is_told_once_and_names_no_option_the_command_lacks(tmp_path, args):
    """`serwer` said the whole sentence twice, naming -o (it has --katalog); `terminy` said „Brak plików spraw
    (.yaml) w bieżącym folderze” of a folder that is gone, not empty."""
    code, said = _in_removed_folder(tmp_path, *args)
    assert code == 1, said
    assert said.count("usunięto go albo odłączono nośnik") == 1 and "wyjściowego -o" not in said, said
    assert "bieżący folder już nie istnieje (zob. uwagę wyżej)" in said and "Brak plików" not in said, said
