"""Findings of the eighth files review (rev-files8) of issue 17: case files, the pending record, removals."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import pismo
from pismo.cli.main import main
from test_morph_cases import CASES, _stripped

SRC = str(Path(pismo.__file__).resolve().parents[1])


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- finding 5: odmien killed while the case file takes its new version ---------------------------------------

KILLED_ODMIEN = """
import os, sys
sys.path.insert(0, {src!r})
from pathlib import Path
from pismo import api
for name in ("link", "replace"):  # a power cut as the new version takes the name (not at a move aside)
    setattr(os, name, lambda *args, **kwargs: os._exit(9))
api.odmien(Path({case!r}))
"""


def test_odmien_killed_as_it_replaces_the_case_file_leaves_a_complete_version_under_its_name(tmp_path):
    case_file = _stripped(CASES[0], tmp_path)
    before = case_file.read_bytes()
    killed = subprocess.run([sys.executable, "-c", KILLED_ODMIEN.format(src=SRC, case=str(case_file))])
    assert killed.returncode == 9
    assert case_file.read_bytes() == before  # the old text, under its own name – never only in a hidden backup
    assert not [name for name in hidden(tmp_path) if name.endswith(".bak")], hidden(tmp_path)
    again = run("odmien", case_file)
    assert again.exit_code == 0, again.output
    assert case_file.read_bytes() != before and not hidden(tmp_path), hidden(tmp_path)


# --- finding 10: the web save keeps a save made while it wrote the history copy ----------------------------------

def _saved_over(path: Path, text: str) -> None:
    """An editor's save: a new file takes the name at once."""
    temporary = path.with_name(path.name + ".edytor")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def test_a_web_save_never_replaces_an_editors_save_made_while_it_kept_the_history(tmp_path, monkeypatch):
    from pismo.web import store

    case_file = _stripped(CASES[0], tmp_path)
    raw = case_file.read_bytes()
    editor = raw.decode("utf-8") + "# zapisane w edytorze\n"
    form = raw.decode("utf-8") + "# zmiana z formularza\n"
    real = store.Store._keep

    def slow_disk(self, name, data, note):  # the history copy takes a while: the editor saves meanwhile
        kept = real(self, name, data, note)
        if note == "poprzednia":
            _saved_over(case_file, editor)
        return kept

    monkeypatch.setattr(store.Store, "_keep", slow_disk)
    cases = store.Store(tmp_path)
    with pytest.raises(store.Conflict) as refused:
        cases.save(case_file.stem, form, store.digest(raw))
    assert case_file.read_text(encoding="utf-8") == editor  # the editor's save stays
    assert cases.version_text(case_file.stem, refused.value.kept.name) == form  # and the form's is in the history
    assert not [name for name in os.listdir(tmp_path) if ".pismo-" in name and name.endswith((".tmp", ".bak"))]


def test_a_web_save_never_replaces_forms_odmien_wrote_while_it_kept_the_history(tmp_path, monkeypatch):
    from pismo.web import store

    case_file = _stripped(CASES[0], tmp_path)
    raw = case_file.read_bytes()
    real = store.Store._keep

    def odmien_meanwhile(self, name, data, note):
        kept = real(self, name, data, note)
        if note == "poprzednia":
            assert run("odmien", case_file).exit_code == 0  # „wpisano formy” – and they must stay
        return kept

    monkeypatch.setattr(store.Store, "_keep", odmien_meanwhile)
    with pytest.raises(store.Conflict):
        store.Store(tmp_path).save(case_file.stem, raw.decode("utf-8") + "# formularz\n", store.digest(raw))
    assert "ze słownika" in case_file.read_text(encoding="utf-8")


# --- finding 11: a web save of another case sweeps no temporary of a running odmien -------------------------------

def test_a_new_web_case_in_the_folder_does_not_sweep_odmiens_temporary(tmp_path, monkeypatch):
    from pismo.web import store

    case_file = _stripped(CASES[0], tmp_path)
    real, done = os.fsync, []

    def web_create_meanwhile(handle):
        real(handle)
        if not done:
            worker = threading.Thread(target=store.Store(tmp_path).create, args=("inna", "sprawa: {}\n"))
            done.append(worker)
            worker.start()
            worker.join(1.0)  # it would have swept odmien's temporary by now, had it not waited for its lock

    monkeypatch.setattr(os, "fsync", web_create_meanwhile)
    result = run("odmien", case_file)
    monkeypatch.setattr(os, "fsync", real)
    done[0].join(10)
    assert result.exit_code == 0, result.output
    assert "ze słownika" in case_file.read_text(encoding="utf-8")
    assert (tmp_path / "inna.yaml").exists() and not hidden(tmp_path), hidden(tmp_path)
