"""rev-files23 #5: the documents folder's default ACL takes from the share's default only what the case gives – the
officer's hand share of one plan with the supervisor (and the passage to it) never spreads to every later document."""

from __future__ import annotations

import os

import pytest

from conftest import run
from helpers import USER, acl_entries
from test_files_rev_files18 import GROUP, GROUP_OBJ, MASK, NONE, OTHER, TEAM, USER_OBJ, _case, _changed
from test_files_rev_files19 import EWA
from test_files_rev_files20b import _default_acl, _with
from test_files_rev_files21 import _default_entries


def _share_naming_ewa(tmp_path, mode: int):
    """rev-files22 t30b's share: 2770 of the team, u:ewa:rx and a default naming her (the admin's); a case of `mode`
    without an ACL – it gives ewa nothing."""
    share = tmp_path / "zespol"
    share.mkdir()
    os.chown(share, -1, TEAM)
    share.chmod(0o2770)
    _with(share, (USER, 5, EWA))
    _default_acl(share, [(USER_OBJ, 7, NONE), (USER, 5, EWA), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM),
                         (MASK, 7, NONE), (OTHER, 0, NONE)])
    case = _case(share, mode)
    os.removexattr(case, "system.posix_acl_access")  # setfacl -b: the share's default gave it ewa
    case.chmod(mode)
    os.chown(case, -1, TEAM)
    return share, case


@pytest.mark.parametrize("mode", [0o660, 0o600])
@pytest.mark.parametrize("shared", ["plan", "folder"])
def test_a_hand_share_never_gives_the_supervisor_the_documents_folders_default(tmp_path, umask_022, mode, shared):
    share, case = _share_naming_ewa(tmp_path, mode)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    folder = share / "pisma" / "rejon"
    if shared == "plan":  # README's hand share of the plan, with the passage to it
        _with(folder / "plan.docx", (USER, 4, EWA))
        _with(folder, (USER, 1, EWA))
    else:  # the folder's access list only, no default
        _with(folder, (USER, 5, EWA))
    for command in ("plan", "wszystko"):
        _changed(case)
        result = run(command, case, "-o", share / "pisma")
        assert result.exit_code == 0, result.output
        assert (USER, EWA) not in {(tag, who) for tag, _, who in _default_entries(folder)}, _default_entries(folder)
        if shared == "plan":  # her hand share stays
            assert (USER, 4, EWA) in acl_entries(folder / "plan.docx"), acl_entries(folder / "plan.docx")
