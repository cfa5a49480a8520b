"""rev-files23 #9: the umask never takes from a case's documents what the case gives its group – also of a case every
account may read (0664): one run under umask 077 made the team's documents and record -rw------- for good."""

from __future__ import annotations

import os

import pytest

from conftest import run
from test_files_rev_files18 import TEAM, _case, _changed
from test_files_rev_files20b import _umask
from test_files_rev_files21 import _share, _team_rights


def _team_share(tmp_path):
    """t9's share: 2775 of the team, no default ACL; the case -rw-rw-r-- of the team (cp under umask 002)."""
    share, _ = _share(tmp_path, default=False)
    share.chmod(0o2775)
    case = _case(share, 0o664)
    os.chown(case, -1, TEAM)
    return share, case


@pytest.mark.parametrize("mode", [0o664, 0o660])
def test_a_first_run_under_umask_077_leaves_the_team_its_documents(tmp_path, umask_022, monkeypatch, mode):
    share, case = _team_share(tmp_path)
    case.chmod(mode)
    _umask(monkeypatch, 0o077)
    for umask in (0o077, 0o002):  # the rerun keeps what the first run gave (kept_as)
        _umask(monkeypatch, umask)
        _changed(case)
        result = run("wszystko", case, "-o", share / "pisma")
        assert result.exit_code == 0, result.output
        folder = share / "pisma" / "rejon"
        for path in (folder, folder / "plan.docx", folder / "manifest.json"):
            assert _team_rights(path) & 6 == 6, (path, oct(os.stat(path).st_mode))


@pytest.mark.parametrize("mode", [0o664, 0o660])
def test_the_next_period_of_a_case_every_account_may_read_is_the_teams_under_umask_077(tmp_path, umask_022,
                                                                                     monkeypatch, mode):
    share, case = _team_share(tmp_path)
    case.chmod(mode)
    _umask(monkeypatch, 0o077)
    result = run("nowa", share / "rejon-2026.yaml", "--z", case)
    assert result.exit_code == 0, result.output
    assert _team_rights(share / "rejon-2026.yaml") == 6, oct(os.stat(share / "rejon-2026.yaml").st_mode)
