"""rev-files22, the findings fil26 left (#2, #4, #7) and the new case `pismo import` makes in a team share: pismo's
documents follow what the case gives now, both ways, for the rights pismo itself gave; what the officer set by hand
stays as she set it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run
from helpers import USER, acl_entries
from test_files_rev_files18 import GROUP, GROUP_OBJ, MASK, NONE, TEAM, _given
from test_files_rev_files20b import _with
from test_files_rev_files21 import _share

DOWNLOADS = 4343  # the group of the folder the officer downloaded the plan to („users”)
READER = 4344  # an account the downloaded text names


# --- `pismo import` of a new case into a team share gave the imported text's group a named entry ------------------

@pytest.mark.parametrize("text_acl", [False, True])
def test_a_new_case_imported_into_a_team_share_takes_the_shares_rules_not_the_texts_group(tmp_path, umask_022,
                                                                                          text_acl):
    share, _ = _share(tmp_path, default=True)
    download = tmp_path / "dl"
    download.mkdir()
    text = download / "plan.txt"
    text.write_bytes((Path(__file__).parent / "data" / "import" / "g5-two-signed.txt").read_bytes())
    os.chown(text, -1, DOWNLOADS)
    text.chmod(0o644)
    if text_acl:  # a text with an ACL of its own: its group's entry was given as a named one too
        _with(text, (USER, 4, READER))
    result = run("import", text, "-o", share / "nowy.yaml")
    assert result.exit_code == 0, result.output
    case = share / "nowy.yaml"
    given = _given(case)
    assert os.stat(case).st_gid == TEAM
    assert (GROUP, DOWNLOADS) not in given, acl_entries(case)
    assert given[(GROUP_OBJ, NONE)] == 6 and given[(GROUP, TEAM)] == 6, acl_entries(case)


# --- finding 4: the officer's own default entry on her documents folder (d:u:ewa:r) became r-x at her next run -----

def test_the_officers_own_entries_on_her_documents_folder_stay_as_she_set_them(tmp_path, umask_022):
    from test_files_rev_files18 import OTHER, USER_OBJ, _changed
    from test_files_rev_files19 import EWA
    from test_files_rev_files20b import _default_acl
    from test_files_rev_files21 import _default_entries

    share, case = _share(tmp_path, default=False)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    folder = share / "pisma" / "rejon"
    _with(folder, (USER, 4, EWA))  # setfacl -m u:ewa:r pisma/rejon; setfacl -d -m u:ewa:r pisma/rejon
    _default_acl(folder, [(USER_OBJ, 7, NONE), (USER, 4, EWA), (GROUP_OBJ, 7, NONE), (MASK, 7, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert _given(folder)[(USER, EWA)] == 4, acl_entries(folder)
    default = {(tag, who): rights for tag, rights, who in _default_entries(folder)}
    assert default[(USER, EWA)] == 4, default


# --- finding 2: a team case made read-only for the team for a while left its documents read-only for good ---------

@pytest.mark.parametrize("changed", [True, False])  # the plan rewritten; left as it was (its bytes the same)
def test_documents_pismo_narrowed_to_the_case_follow_it_back_when_it_gives_the_rights_again(tmp_path, umask_022,
                                                                                            monkeypatch, changed):
    import json
    import stat

    from test_files_rev_files18 import _changed
    from test_files_rev_files20b import _umask

    share, case = _share(tmp_path, default=False)
    _umask(monkeypatch, 0o077)
    folder = share / "pisma" / "rejon"
    for mode in (0o660, 0o640, 0o660, 0o600, 0o660):
        case.chmod(mode)
        if changed:
            _changed(case)
        result = run("plan", case, "-o", share / "pisma")
        assert result.exit_code == 0, result.output
        for name in ("plan.docx", "manifest.json"):
            assert stat.S_IMODE(os.stat(folder / name).st_mode) & 0o077 == mode & 0o077, (mode, name)
    assert "zawezone" not in json.loads((folder / "manifest.json").read_text())
    assert "Uwaga" not in result.output, result.output


def test_a_right_the_officer_took_from_a_document_herself_stays_taken(tmp_path, umask_022):
    import stat

    from test_files_rev_files18 import _changed

    share, case = _share(tmp_path, default=False)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    plan = share / "pisma" / "rejon" / "plan.docx"
    plan.chmod(0o640)  # the officer's: the team reads the plan, never edits it
    for mode in (0o640, 0o660):
        case.chmod(mode)
        _changed(case)
        result = run("plan", case, "-o", share / "pisma")
        assert result.exit_code == 0, result.output
        assert stat.S_IMODE(os.stat(plan).st_mode) == 0o640, mode


def test_the_documents_folders_default_follows_a_case_given_back_to_the_team(tmp_path, umask_022):
    from test_files_rev_files18 import _changed
    from test_files_rev_files21 import _default_entries

    share, case = _share(tmp_path, default=True)
    folder = share / "pisma" / "rejon"
    for mode, team in ((0o660, 7), (0o640, 5), (0o660, 7)):
        case.chmod(mode)
        _changed(case)
        result = run("plan", case, "-o", share / "pisma")
        assert result.exit_code == 0, result.output
        entries = _default_entries(folder)
        mask = next(rights for tag, rights, _ in entries if tag == MASK)
        given = {(tag, who): rights & mask for tag, rights, who in entries if tag in (GROUP_OBJ, GROUP)}
        assert given == {(GROUP_OBJ, NONE): team, (GROUP, TEAM): team}, (oct(mode), entries)



# --- finding 7: the passage pismo gave a case's reader through `pisma` (user:ewa:--x) stayed once the case dropped her

@pytest.mark.parametrize("shape", ["made", "found", "another case"])  # `pisma` made for her / found; another case too
def test_the_passage_through_pisma_goes_with_the_reader_the_case_drops(tmp_path, umask_022, shape):
    import shutil

    from test_files_rev_files18 import _changed
    from test_files_rev_files19 import EWA
    from test_files_rev_files21 import _without

    share, case = _share(tmp_path, default=False)
    other = share / "drugi.yaml"
    shutil.copy(case, other)
    if shape == "found":  # her entry put on the found `pisma` once the case is shared with her (_let_through)
        assert run("plan", case, "-o", share / "pisma").exit_code == 0
    _with(case, (USER, 4, EWA))
    _changed(case)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    if shape == "another case":  # another case there shared with her, run after the entry was put there
        _with(other, (USER, 4, EWA))
        assert run("plan", other, "-o", share / "pisma").exit_code == 0
    assert _given(share / "pisma")[(USER, EWA)] == 1, acl_entries(share / "pisma")
    _without(case, EWA)  # setfacl -x u:ewa rejon.yaml
    _changed(case)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    passage = _given(share / "pisma").get((USER, EWA), 0)
    assert passage == (1 if shape == "another case" else 0), acl_entries(share / "pisma")


# --- the known open one: a default entry the officer puts on her documents folder after a lifted denial ------------

def test_a_default_entry_the_officer_gives_after_a_lifted_denial_reaches_new_documents(tmp_path, umask_022):
    from test_files_rev_files18 import OTHER, USER_OBJ, _changed
    from test_files_rev_files19 import EWA
    from test_files_rev_files20b import _default_acl
    from test_files_rev_files21 import _default_entries, _without

    share, case = _share(tmp_path, default=False)
    folder = share / "pisma" / "rejon"
    _with(case, (USER, 0, EWA))  # the case denies ewa: setfacl -m u:ewa:--- rejon.yaml
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    _without(case, EWA)  # the denial lifted
    _changed(case)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    _with(folder, (USER, 5, EWA))  # setfacl -m u:ewa:rx pisma/rejon; setfacl -d -m u:ewa:r pisma/rejon
    _default_acl(folder, [(USER_OBJ, 7, NONE), (USER, 4, EWA), (GROUP_OBJ, 7, NONE), (MASK, 7, NONE), (OTHER, 0, NONE)])
    (folder / "plan.docx").unlink()  # made anew
    _changed(case)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert _given(folder / "plan.docx").get((USER, EWA)) == 4, acl_entries(folder / "plan.docx")
    assert (USER, 4, EWA) in _default_entries(folder), _default_entries(folder)


def test_pismos_record_made_while_the_case_was_private_follows_it_to_the_team(tmp_path, umask_022, monkeypatch):
    import stat

    from test_files_rev_files18 import _changed
    from test_files_rev_files20b import _umask

    share, case = _share(tmp_path, default=False)
    _umask(monkeypatch, 0o077)
    folder = share / "pisma" / "rejon"
    case.chmod(0o600)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    case.chmod(0o660)
    _changed(case)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(os.stat(folder / "manifest.json").st_mode) == 0o660
    said = " ".join(result.output.split())
    assert "pisma/rejon/plan.docx" in said and "manifest.json;" not in said, said  # the plan made private: told
