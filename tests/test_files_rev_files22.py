"""rev-files22: regressions of this session's ACL fixes and the team's passage to its documents (README: „Wpis ACL,
który użytkownik sam dodał dokumentowi …, zostaje przy kolejnych zapisach”)."""

from __future__ import annotations

import json
import os

import pytest

from conftest import run
from helpers import USER, acl_entries
from test_files_rev_files18 import GROUP, GROUP_OBJ, MASK, NONE, OTHER, TEAM, USER_OBJ, _changed, _given
from test_files_rev_files19 import EWA
from test_files_rev_files20b import _default_acl, _umask, _with
from test_files_rev_files21 import _default_entries, _share


def _given_pismo(folder) -> list:
    return json.loads((folder / "manifest.json").read_text()).get("wpisy_pisma", [])


# --- finding 8: a share whose default names the supervisor (d:u:ewa:rx); the officer's hand share went --------------

def _supervisors_share(tmp_path):
    """rev-files21 t9: a team share whose default ACL lets the supervisor read (the admin's), a team case 0660."""
    share, case = _share(tmp_path, default=False)
    _with(share, (USER, 5, EWA))
    _default_acl(share, [(USER_OBJ, 7, NONE), (USER, 5, EWA), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                         (OTHER, 0, NONE)])
    return share, case


@pytest.mark.parametrize("folder_too", [False, True])  # the plan alone; the documents folder too (access + default)
def test_the_officers_hand_share_stays_where_the_shares_default_names_the_supervisor(tmp_path, umask_022,
                                                                                     monkeypatch, folder_too):
    share, case = _supervisors_share(tmp_path)
    _umask(monkeypatch, 0o077)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    folder, plan = share / "pisma" / "rejon", share / "pisma" / "rejon" / "plan.docx"
    assert not _given(plan).get((USER, EWA)), acl_entries(plan)  # the case does not give her: not from the share
    _with(plan, (USER, 4, EWA))  # setfacl -m u:ewa:r plan.docx
    _with(folder, (USER, 5 if folder_too else 1, EWA))
    if folder_too:  # setfacl -d -m u:ewa:r pisma/rejon
        entries = [e for e in _default_entries(folder) if e[0] != MASK] + [(USER, 4, EWA), (MASK, 7, NONE)]
        _default_acl(folder, sorted(entries, key=lambda e: (e[0], e[2])))
    for _ in range(2):
        _changed(case)
        result = run("wszystko" if folder_too else "plan", case, "-o", share / "pisma")
        assert result.exit_code == 0, result.output
        assert _given(plan).get((USER, EWA)) == 4, acl_entries(plan)
        assert _given(folder).get((USER, EWA), 0) & 1, acl_entries(folder)
        assert ["u", EWA] not in _given_pismo(folder)
