"""rev-sys9 #10: in a real pl_PL.ISO-8859-2 locale pismo wrote Latin-2 names (a case file, a documents' folder) that
it refuses in every other locale, and recorded them as surrogates. One rule by the bytes on disk, in every locale."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture(scope="module")
def latin2(tmp_path_factory):
    """The environment of a Latin-2 locale built with localedef (no install needed: LOCPATH)."""
    folder = tmp_path_factory.mktemp("loc")
    built = shutil.which("localedef") and subprocess.run(
        ["localedef", "-i", "pl_PL", "-f", "ISO-8859-2", str(folder / "pl_PL.ISO-8859-2")],
        capture_output=True).returncode == 0
    if not built:
        pytest.skip("localedef cannot build pl_PL.ISO-8859-2 here")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONUTF8", "LANG"))}
    return {**env, "LOCPATH": str(folder), "LC_ALL": "pl_PL.ISO-8859-2", "PYTHONPATH": str(SRC)}


def _run(env, cwd, *args: bytes | str):
    done = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, timeout=120)
    return done.returncode, (done.stdout + done.stderr).decode("iso8859-2")


def test_the_locale_is_latin2(latin2, tmp_path):
    code, said = _run(latin2, tmp_path, "-c", "import sys; print(sys.getfilesystemencoding())")
    assert said.strip() == "iso8859-2", said


def test_a_latin2_case_file_name_is_refused_as_in_every_other_locale(latin2, tmp_path):
    """`nowa łąka.yaml` made a Latin-2 file that a UTF-8 locale refuses; `wszystko Łęczna.yaml` wrote w/Łęczna/
    in Latin-2 and a manifest of surrogates."""
    code, said = _run(latin2, tmp_path, "-m", "pismo", "nowa", "\xb3\xb1ka.yaml".encode("latin-1"))
    assert code != 0 and "zawiera bajty spoza UTF-8" in said and "w kodowaniu ISO-8859-2" in said, said
    assert list(tmp_path.iterdir()) == []
    case = "\xa3\xeaczna.yaml".encode("latin-1")
    shutil.copy(LECZNA, os.path.join(os.fsencode(tmp_path), case))
    code, said = _run(latin2, tmp_path, "-m", "pismo", "wszystko", case, "-o", "w")
    assert code != 0 and "zawiera bajty spoza UTF-8" in said, said
    assert not (tmp_path / "w").exists() or list((tmp_path / "w").iterdir()) == [], said


def test_an_ascii_case_is_made_in_that_locale(latin2, tmp_path):
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    code, said = _run(latin2, tmp_path, "-m", "pismo", "plan", "sprawa.yaml", "-o", "w")
    assert code == 0 and (tmp_path / "w" / "sprawa" / "plan.docx").exists(), said


def test_the_browser_apps_typed_names_are_checked_as_they_are_written(latin2, tmp_path):
    """The web writes a typed name in UTF-8 (record.as_path) in every locale: „Łęczna” is fine there, and the
    name on disk is the UTF-8 one the case list reads back."""
    code, said = _run(latin2, tmp_path, "-c", "from pismo.web import core; from pismo.web.store import Store; "
                      "from pathlib import Path; print(core.name_problem('\\u0141\\u0119czna')); "
                      "import os; print(os.fsencode(Store(Path('.')).path('\\u0141\\u0119czna').name).hex())")
    lines = said.split()
    assert code == 0 and lines[0] == "None" and lines[1] == "Łęczna.yaml".encode("utf-8").hex(), said
