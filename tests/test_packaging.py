"""A built (non-editable) package carries the templates and example cases and uses them."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import ROOT


def test_built_package_ships_templates_and_cases_and_reads_its_own(tmp_path):
    lib = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
                   cwd=ROOT, check=True, capture_output=True)
    for folder, pattern in (("templates", "*.docx"), ("cases", "*.yaml")):
        shipped = {p.name: p.read_bytes() for p in (lib / "pismo" / folder).glob(pattern)}
        source = {p.name: p.read_bytes() for p in (ROOT / folder).glob(pattern)}
        assert shipped == source and source, folder
    probe = "import pismo.engine as e, pismo.lint as l; print(e.BUILTIN_DIR); print(l.EXAMPLE_CASES_DIR)"
    env = {**os.environ, "PYTHONPATH": str(lib)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    assert out == [str(lib / "pismo" / "templates"), str(lib / "pismo" / "cases")]


def test_built_package_ships_the_web_pages(tmp_path):
    lib = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
                   cwd=ROOT, check=True, capture_output=True)
    web = lib / "pismo" / "web"
    source = ROOT / "src" / "pismo" / "web"
    for folder in ("templates", "static"):
        shipped = {p.name for p in (web / folder).iterdir()}
        assert shipped == {p.name for p in (source / folder).iterdir()} and shipped, folder
