"""A built (non-editable) package carries the templates and example cases and uses them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT


def test_built_package_ships_templates_and_cases_and_reads_its_own(tmp_path):
    lib = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
                   cwd=ROOT, check=True, capture_output=True)
    for folder, pattern in (("templates", "*.docx"), ("cases", "*.yaml")):
        shipped = {p.name: p.read_bytes() for p in (lib / "pismo" / folder).glob(pattern)}
        source = {p.name: p.read_bytes() for p in (ROOT / folder).glob(pattern)}
        assert shipped == source and source, folder
    probe = "import pismo.render.engine as e, pismo.documents.lint as l; print(e.BUILTIN_DIR); print(l.EXAMPLE_CASES_DIR)"
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


def test_wheel_installs_into_a_fresh_venv_and_makes_the_shipped_example(tmp_path):
    """What an officer gets: a wheel (as `python -m build` makes it), installed into a new venv
    outside the repository, makes every document of the example case it carries. Built without
    network: pip wheel with the installed setuptools; the new venv sees the already installed
    dependencies through a .pth file, like --system-site-packages would for this venv."""
    import sysconfig

    import shutil

    source = tmp_path / "zrodla"  # a copy: building in place would leave build/ and *.egg-info in the repository
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md", "MANIFEST.in"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("src", "templates", "cases"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "-q", "-w", str(dist), str(source)], check=True, capture_output=True, timeout=600)
    [wheel] = dist.glob("pismo-*-py3-none-any.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True, env=env).stdout.strip()
    (Path(site) / "_pismo_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
                    str(wheel)], check=True, capture_output=True, timeout=600, env=env)
    where = subprocess.run([str(python), "-c", "import pismo, pathlib; print(pathlib.Path(pismo.__file__).parent)"],
                           check=True, capture_output=True, text=True, cwd=tmp_path, env=env).stdout.strip()
    assert Path(where) == Path(site) / "pismo"  # the installed copy, not the repository's source
    example = Path(where) / "cases" / "leczna-rejon-3-2025.yaml"
    script = bin_dir / ("pismo.exe" if os.name == "nt" else "pismo")
    run = subprocess.run([str(script), "wszystko", str(example), "-o", str(tmp_path / "pisma")],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    written = {p.name for p in (tmp_path / "pisma" / "leczna-rejon-3-2025").iterdir()}
    assert {"plan.docx", "wniosek-monitoring.docx", "informacja.docx", "manifest.json"} <= written
