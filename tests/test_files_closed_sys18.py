"""A private case's documents that stay closed once the case file is shared are told once, with how to share them
(sys18 brief, rev-files18 #10's rest: a replaced file keeps its rights – the model's „officer's choice” – and the
group was shut out of them without a word)."""

from __future__ import annotations

import grp
import os
import shutil
import stat

import pytest

from conftest import run
from helpers import LECZNA


def _case(folder, mode):
    case = folder / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(mode)
    return case


def _said(result) -> str:
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize("before, after, bits, whom", [
    (0o600, 0o644, "g+r,o+r", "dla grupy {group} i dla wszystkich użytkowników komputera"),
    (0o640, 0o644, "o+r", "dla wszystkich użytkowników komputera"),
    (0o600, 0o640, "g+r", "dla grupy {group}"),
])
def test_documents_of_a_private_case_staying_closed_once_it_is_shared_are_told_once(tmp_path, umask_022, before,
                                                                                    after, bits, whom):
    case = _case(tmp_path, before)
    out = tmp_path / "out"
    assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))
    plan = out / "rejon" / "plan.docx"
    assert stat.S_IMODE(os.stat(plan).st_mode) == before
    case.chmod(after)
    said = _said(run("plan", case, "-o", out))
    whom = whom.format(group=grp.getgrgid(case.stat().st_gid).gr_name)
    assert f"Uwaga: plik sprawy {case} jest teraz dostępny do odczytu {whom}, a te pliki jego dokumentów, " \
           "utworzone, gdy był prywatny, pozostały zamknięte jak wtedy:" in said, said
    assert f"chmod {bits} " in said and str(plan) in said, said
    assert stat.S_IMODE(os.stat(plan).st_mode) == before  # kept: a replaced file's rights are the officer's
    assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))  # once


def test_a_case_never_private_is_not_told(tmp_path, umask_022):
    case = _case(tmp_path, 0o644)
    out = tmp_path / "out"
    for _ in range(2):
        assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))


def test_a_umask_closing_every_new_file_is_not_told(tmp_path, umask_077):
    """The officer's own choice: every new file closed – no advice to open the old ones."""
    case = _case(tmp_path, 0o600)
    out = tmp_path / "out"
    assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))
    case.chmod(0o644)
    assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))


def test_a_documents_folder_the_officer_keeps_files_in_is_named_in_the_advice(tmp_path, umask_022):
    """A folder holding the officer's note does not follow the case (it is his): it stays 0700, so the advice
    opens it too."""
    case = _case(tmp_path, 0o600)
    out = tmp_path / "out"
    _said(run("plan", case, "-o", out))
    (out / "rejon" / "notatka.txt").write_text("notatka")
    case.chmod(0o640)
    said = _said(run("plan", case, "-o", out))
    assert f"&& chmod g+rx {out / 'rejon'}" in said, said
    assert "notatka" not in said, said  # not a file of the case


def test_a_record_whose_closed_classes_are_garbled_says_none(tmp_path):
    import json

    from pismo.files import record

    (tmp_path / record.MANIFEST).write_text(json.dumps({"sprawa": "x", "dokumenty": [],
                                                        record.CLOSED: [["grupa"], {"a": 1}, 7, "inni"]}))
    assert record.closed_classes(tmp_path) == {"inni"}
