"""The fourteenth files review (rev-files14) of issue 17: a file made from a case file is never readable by more
accounts than the case file, never less by its own owner and group; an ACL's mask is never widened."""

from __future__ import annotations

import os
import shutil
import stat
import struct

import pytest

from conftest import run
from helpers import GROUP, GROUP_OBJ, LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl

TEAM = 3000
acls = pytest.mark.skipif(not hasattr(os, "getxattr"), reason="POSIX ACLs")
needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to give a file another account's owner and group")


def _effective(entries) -> dict:
    """(tag, id) → the rights the entry really gives (the mask applied to the group class)."""
    mask = next((r for t, r, _ in entries if t == MASK), 7)
    return {(t, who): (r & mask if t in (GROUP_OBJ, USER, GROUP) else r) for t, r, who in entries}


def _refused(*args, **kwargs):
    raise PermissionError(1, "Operation not permitted")


def _team_folder(folder):
    folder.mkdir()
    rule = [(USER_OBJ, 7, NONE), (GROUP_OBJ, 0, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE), (OTHER, 0, NONE)]
    try:
        os.setxattr(folder, "system.posix_acl_default",
                    struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in rule))
    except OSError as exc:
        pytest.skip(f"no default ACL here: {exc}")
    return folder


# --- finding 8: the join of a private plan's ACL into a team folder widened the mask over the team's entry ----------

@acls
def test_the_next_period_of_a_private_plan_shared_with_one_colleague_stays_closed_to_the_team_folders_group(tmp_path):
    team = _team_folder(tmp_path / "zespol")
    old = tmp_path / "s.yaml"
    shutil.copy(LECZNA, old)
    set_acl(old, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    new = team / "next.yaml"
    result = run("nowa", "--z", old, new)
    assert result.exit_code == 0, result.output
    given = _effective(acl_entries(new))
    assert given.get((GROUP, TEAM), 0) == 0 and given[(GROUP_OBJ, NONE)] == 0, given  # the team: nothing, as of s.yaml
    assert given[(USER, 1234)] == 6, given  # the colleague keeps his access


# --- finding 5: share_like copied the source's ACL over the group entries take_group had set -------------------------

@acls
@needs_root
def test_the_next_period_made_by_an_acl_colleague_keeps_the_plans_officer_and_group_and_gives_the_makers_none(
        tmp_path, monkeypatch):
    old = tmp_path / "src" / "s.yaml"
    old.parent.mkdir()
    shutil.copy(LECZNA, old)
    os.chown(old, 1500, 1500)
    set_acl(old, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 4, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    monkeypatch.setattr(os, "chown", _refused)  # the colleague may give neither the officer nor his group
    new = tmp_path / "n.yaml"
    result = run("nowa", "--z", old, new)
    assert result.exit_code == 0, result.output
    given = _effective(acl_entries(new))
    assert given[(GROUP_OBJ, NONE)] == 0 and given[(OTHER, NONE)] == 0, given  # the maker's group („users”): nothing
    assert given.get((USER, 1500)) == 6 and given.get((GROUP, 1500)) == 4, given  # the officer and his group keep theirs


# --- finding 4: an empty group entry shut the saver's group out of a file every other account may read -------------

@acls
def test_a_group_kept_by_name_never_leaves_the_owning_group_fewer_rights_than_every_account(tmp_path, monkeypatch):
    from pismo.files import casefile

    made = tmp_path / "plan.docx"
    made.write_bytes(b"x")
    made.chmod(0o664)
    monkeypatch.setattr(os, "chown", _refused)
    casefile.take_group(made, os.stat(made).st_gid + 1)
    given = _effective(acl_entries(made))
    assert given[(GROUP_OBJ, NONE)] & 4 and given[(GROUP, os.stat(made).st_gid + 1)] == 6, given


@acls
@needs_root
def test_a_colleagues_save_of_a_case_open_to_all_leaves_his_group_able_to_read_it(tmp_path, monkeypatch):
    from pismo.files import casefile

    case = tmp_path / "k.yaml"
    case.write_bytes(b"x")
    os.chown(case, 1500, 1500)
    case.chmod(0o666)
    old = os.stat(case)
    new = tmp_path / "k.new"
    new.write_bytes(b"y")
    new.chmod(0o600)
    monkeypatch.setattr(os, "chown", _refused)
    casefile.owned_as(new, old, case)
    given = _effective(acl_entries(new))
    assert stat.S_IMODE(os.stat(new).st_mode) & 0o006 == 0o006
    assert given[(GROUP_OBJ, NONE)] == 6, given
