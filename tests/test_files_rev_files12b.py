"""The twelfth files review (rev-files12) of issue 17, its low findings: a case made from another keeps its ACL; a
document of another account in a sticky shared folder."""

from __future__ import annotations

import os

import pytest

from test_files_case_folder import case_copy, run

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to give the files another owner")


@needs_root
def test_another_accounts_document_in_a_sticky_folder_is_refused_up_front_naming_the_folders_rule(
        tmp_path, monkeypatch):
    """Finding 6: in a shared folder with the sticky bit (1777) this account may write another's document but not
    rename over it; the commit refused it as „brak uprawnień … albo plik jest otwarty w Wordzie … zamknij plik”."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    folder = out / "h"
    folder.chmod(0o1777)
    for path in folder.iterdir():
        os.chown(path, 65534, 65534)
        path.chmod(0o666)
    before = (folder / "plan.docx").read_bytes()
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczna Dolna", 1), encoding="utf-8")
    monkeypatch.setattr(os, "geteuid", lambda: 1234)  # another account than the files' and the folder's owners
    result = run("plan", case, "-o", out)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert "tylko ich właścicielom" in said and "nobody" in said, said
    assert "Wordzie" not in said and "zamknij plik" not in said, said
    assert (folder / "plan.docx").read_bytes() == before


@needs_root
def test_ones_own_document_in_a_sticky_folder_is_replaced(tmp_path, monkeypatch):
    """Finding 6: the sticky bit binds only others' files – this account's own are replaced as anywhere."""
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    (out / "h").chmod(0o1777)
    for path in (out / "h").iterdir():
        os.chown(path, 1234, 100)
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczna Dolna", 1), encoding="utf-8")
    monkeypatch.setattr(os, "geteuid", lambda: 1234)  # the files' owner, not the folder's
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output

