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


# --- finding 5: a case made from another kept its mode but not its ACL ----------------------------------------

def _shared_case(path):
    """A private case file shared by an ACL with one colleague (uid 1234), as the officer set it up."""
    from helpers import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, set_acl

    case_copy(path)
    path.chmod(0o600)
    set_acl(path, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    return path


def _colleague_may_read(path) -> bool:
    from helpers import USER, acl_entries

    return any(tag == USER and who == 1234 and rights & 4 for tag, rights, who in acl_entries(path))


def test_the_next_period_made_by_nowa_z_is_shared_as_its_source(tmp_path):
    """Finding 5: `nowa --z` of a case shared by an ACL made the next period's plan the owner's alone."""
    old = _shared_case(tmp_path / "stary.yaml")
    new = tmp_path / "nowy.yaml"
    result = run("nowa", new, "--z", old)
    assert result.exit_code == 0, result.output
    assert _colleague_may_read(new), result.output
    from helpers import GROUP_OBJ, NONE, acl_entries

    assert os.stat(new).st_mode & 0o007 == 0 and (GROUP_OBJ, 0, NONE) in acl_entries(new)  # nobody else gains access


def test_the_next_period_made_on_the_web_is_shared_as_its_source(tmp_path):
    """Finding 5: the web's „Nowy okres” – the same loss."""
    from pismo.web.store import Store

    _shared_case(tmp_path / "stary.yaml")
    store = Store(tmp_path)
    store.create("nowy", (tmp_path / "stary.yaml").read_text(encoding="utf-8"), source="stary")
    assert _colleague_may_read(tmp_path / "nowy.yaml")
