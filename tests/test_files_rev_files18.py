"""rev-files18: whose folders and files pismo uses, and what rights its files get (the model: files/output.py)."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from conftest import run
from helpers import GROUP, LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl
from test_files_rev_files17b import _default_acl

GROUP_OBJ = 0x04
TEAM = 4321  # a team's group (zespol)


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _given(path) -> dict:
    """Each ACL entry with the rights it really gives (its mask applied)."""
    entries = acl_entries(path)
    mask = next((r for t, r, _ in entries if t == MASK), 7)
    return {(t, who): (r & mask if t in (GROUP_OBJ, USER, GROUP) else r) for t, r, who in entries}


def _case(folder, mode):
    case = folder / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(mode)
    return case


def _changed(case) -> None:
    with open(case, "a", encoding="utf-8") as handle:
        handle.write("# zmiana\n")


# --- finding 8: following the case, the documents folder's chmod set its ACL mask to --- ----------------------------

@pytest.mark.parametrize("rights", [4, 6])
def test_a_colleague_the_case_names_keeps_the_documents_folder_at_the_second_run(tmp_path, umask_022, rights):
    case = _case(tmp_path, 0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, rights, 1234), (GROUP_OBJ, 0, NONE), (MASK, rights, NONE),
                   (OTHER, 0, NONE)])
    out = tmp_path / "out"
    for _ in range(2):
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert _given(out / "rejon")[(USER, 1234)] == rights | 1, acl_entries(out / "rejon")
        assert _given(out / "rejon" / "plan.docx")[(USER, 1234)] == rights
        assert _given(out / "rejon")[(GROUP_OBJ, NONE)] == 0 and _given(out / "rejon")[(OTHER, NONE)] == 0
        _changed(case)


@pytest.mark.parametrize("umask", [0o077, 0o022])
def test_a_team_folders_default_acl_keeps_the_team_in_the_documents_folder_at_the_second_run(tmp_path, monkeypatch,
                                                                                             umask):
    """The ordinary team setup: a setgid team folder whose default ACL gives the team rwx, a team case 0660 made
    there (it inherits the team's entry), the officer's umask 077 or 022."""
    from pismo.files import output

    old = os.umask(umask)
    monkeypatch.setattr(output, "_UMASK", umask)
    try:
        team = tmp_path / "zespol"
        team.mkdir()
        team.chmod(0o2770)
        _default_acl(team, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                            (OTHER, 0, NONE)])
        case = team / "rejon.yaml"
        shutil.copy(LECZNA, case)
        case.chmod(0o660)
        monkeypatch.chdir(team)
        for _ in range(2):
            result = run("plan", case)
            assert result.exit_code == 0, result.output
            folder = team / "pisma" / "rejon"
            assert _given(folder)[(GROUP, TEAM)] == 7, acl_entries(folder)
            assert _given(folder / "plan.docx")[(GROUP, TEAM)] & 6 == 6, acl_entries(folder / "plan.docx")
            assert _given(folder)[(OTHER, NONE)] == 0
            _changed(case)
    finally:
        os.umask(old)


def test_a_private_cases_folder_still_closes_to_a_colleague_taken_off_the_case(tmp_path, umask_022):
    """The other way: the named entry the case no longer gives goes from the folder that follows it."""
    case = _case(tmp_path, 0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not _given(out / "rejon").get((USER, 1234)), acl_entries(out / "rejon")
    assert _mode(out / "rejon") & 0o077 == 0


# --- finding 3: a teammate's manifest in the team's folder vouched for nothing: his untouched documents were refused
# as hand edits („poprawki”) at the next officer's run -----------------------------------------------------------

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give files "
                                                                                         "another owner")


@needs_root
@pytest.mark.parametrize("umask", [0o007, 0o022])
def test_a_teammates_run_in_the_team_folder_is_remade_without_overwrite(tmp_path, monkeypatch, umask):
    """The plain setgid team setup: a team case 0660, the team's 2770 folder; a teammate (uid 65533) made the
    documents last – his manifest and files – and the next run of anyone makes them again."""
    from pismo.files import output

    old = os.umask(umask)
    monkeypatch.setattr(output, "_UMASK", umask)
    try:
        case = _case(tmp_path, 0o660)
        out = tmp_path / "out"
        out.mkdir()
        out.chmod(0o2770)
        assert run("plan", case, "-o", out).exit_code == 0
        for path in (out / "rejon").iterdir():
            os.chown(path, 65533, -1)  # what the teammate's run left: his files
        _changed(case)
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert "poprawki" not in result.output
    finally:
        os.umask(old)


@needs_root
def test_a_record_planted_in_a_sticky_folder_still_vouches_for_nothing(tmp_path, umask_022):
    """The other way: in a 1777 folder another account's record (not the folder owner's) is no record of pismo's."""
    case = _case(tmp_path, 0o644)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    (out / "rejon").chmod(0o1777)
    os.chown(out / "rejon" / "manifest.json", 65533, -1)
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code != 0 and "plan.docx" in result.output, result.output


# --- finding 2: a teammate's lock file in the team's sticky share stopped every other teammate at once ------------

def _team_share(tmp_path, mode=0o3770):
    folder = tmp_path / "zespol"
    folder.mkdir()
    folder.chmod(mode)
    os.chown(folder, 1001, TEAM)  # anna's team share
    lock = folder / ".pismo.lock"
    lock.touch()
    lock.chmod(0o644)
    os.chown(lock, 1002, TEAM)  # bartek's lock: his run killed, or still going on
    return folder, lock


@needs_root
def test_a_teammates_stale_lock_in_the_sticky_team_share_is_taken(tmp_path, monkeypatch):
    from pismo.files import folderlock

    folder, lock = _team_share(tmp_path)
    monkeypatch.setattr(os, "geteuid", lambda: 1003)  # celina
    with folderlock.holding(folder, wait=1) as held:
        assert held is None  # taken, not refused


@needs_root
def test_a_teammates_held_lock_in_the_sticky_team_share_is_waited_on_then_told_by_its_owner(tmp_path, monkeypatch):
    import fcntl
    import threading
    import time

    from pismo.files import folderlock

    folder, lock = _team_share(tmp_path)
    holder = os.open(lock, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    monkeypatch.setattr(os, "geteuid", lambda: 1003)
    threading.Timer(0.5, os.close, [holder]).start()  # his run ends meanwhile
    start = time.monotonic()
    with folderlock.holding(folder, wait=10):
        assert time.monotonic() - start >= 0.4
    (tmp_path / "again").mkdir()
    folder, lock = _team_share(tmp_path / "again")
    holder = os.open(lock, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        with pytest.raises(folderlock.NotOurs), folderlock.holding(folder, wait=0.5):
            pass
    finally:
        os.close(holder)


# --- findings 1 and 15: a case made private kept its documents open when they carried an ACL ----------------------

@pytest.mark.parametrize("note", [True, False])
def test_a_case_made_private_closes_its_documents_under_a_team_folders_default_acl(tmp_path, umask_022, note):
    team = tmp_path / "zespol"
    team.mkdir()
    team.chmod(0o2775)
    _default_acl(team, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 5, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                        (OTHER, 5, NONE)])
    case = _case(tmp_path, 0o644)
    assert run("plan", case, "-o", team).exit_code == 0
    assert _given(team / "rejon" / "plan.docx")[(GROUP, TEAM)] & 4  # the team's, as the folder says
    if note:
        (team / "rejon" / "notatki.txt").write_text("spis rejonu\n")  # the officer's: the folder is his now
    case.chmod(0o600)
    result = run("plan", case, "-o", team)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "manifest.json"):
        given = _given(team / "rejon" / name)
        assert not any(r for (t, _), r in given.items() if t != USER_OBJ), (name, acl_entries(team / "rejon" / name))


def test_a_colleague_the_case_names_keeps_a_rewritten_document_with_an_acl(tmp_path, umask_022):
    """Ordinary input: a private case shared by name; its documents' ACL keeps her entry at every rewrite, the team
    folder's default entries go."""
    team = tmp_path / "zespol"
    team.mkdir()
    _default_acl(team, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 5, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                        (OTHER, 5, NONE)])
    case = _case(tmp_path, 0o644)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 4, NONE)])
    assert run("plan", case, "-o", team).exit_code == 0
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    (team / "rejon" / "notatki.txt").write_text("spis rejonu\n")
    result = run("plan", case, "-o", team)
    assert result.exit_code == 0, result.output
    given = _given(team / "rejon" / "plan.docx")
    assert given[(USER, 1234)] == 4 and not given.get((GROUP, TEAM)) and not given[(OTHER, NONE)], given


# --- finding 16: a case taken from the team by chgrp kept its rewritten documents in the team's group -------------

@needs_root
def test_a_case_taken_from_its_team_by_its_group_takes_its_documents_with_it(tmp_path, umask_022):
    case = _case(tmp_path, 0o640)
    os.chown(case, -1, TEAM)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    assert os.stat(out / "rejon" / "plan.docx").st_gid == TEAM  # ordinary input: the team's case is the team's
    (out / "rejon" / "notatka.txt").write_text("notatka\n")  # the officer's: the folder is not followed
    os.chown(case, -1, 4322)  # the officer's own group now
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "manifest.json"):
        assert os.stat(out / "rejon" / name).st_gid == 4322, name


# --- finding 4: a colleague taken off the case kept her entry on the PDFs the record lists ------------------------

def test_a_colleague_taken_off_the_case_loses_its_pdfs_at_the_next_run(tmp_path, umask_022):
    from helpers import copying_soffice

    case = _case(tmp_path, 0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "out"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    assert _given(out / "rejon" / "plan.pdf").get((USER, 1234)) == 4  # ordinary input: shared by name
    (out / "rejon" / "notatka.txt").write_text("notatka\n")
    set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "plan.pdf", "manifest.json"):
        assert not _given(out / "rejon" / name).get((USER, 1234)), (name, acl_entries(out / "rejon" / name))


# --- finding 13: the -o folder made for a case shared by name listed every later case's name to that colleague ------

def test_folders_made_on_the_way_let_the_cases_reader_through_but_not_list_them(tmp_path, umask_022):
    case = _case(tmp_path, 0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    assert _given(out)[(USER, 1234)] == 1, acl_entries(out)
    assert _given(out / "rejon")[(USER, 1234)] == 5  # ordinary input: she opens the documents folder
