"""The thirteenth files review (rev-files13) of issue 17: findings 1–3 and 5–10 (files made from a case file take
its group; refusals that name the real reason)."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from conftest import run
from helpers import GROUP, GROUP_OBJ, LECZNA, acl_entries

TEAM = 3000  # the officer's team group (root, who runs the tests, may give any group)

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to give a file a group other than the account's own")


def _team_case(path):
    """A case file the officer shared with his team only (chgrp zespol; chmod 640)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(LECZNA, path)
    os.chown(path, -1, TEAM)
    path.chmod(0o640)
    return path


def _groups(paths) -> dict:
    return {str(p): os.stat(p).st_gid for p in paths}


# --- finding 1: files made from a team's case file took the writer's primary group with the team's rights ----------

@needs_root
def test_documents_of_a_team_case_file_take_its_group(tmp_path):
    case, out = _team_case(tmp_path / "g.yaml"), tmp_path / "out"
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    made = [out / "g", *(out / "g").iterdir()]
    assert any(p.name == "manifest.json" for p in made) and len(made) > 3
    assert set(_groups(made).values()) == {TEAM}, _groups(made)


@needs_root
def test_the_next_period_of_a_team_case_file_takes_its_group(tmp_path):
    case, new = _team_case(tmp_path / "g.yaml"), tmp_path / "nowy.yaml"
    result = run("nowa", "--z", case, new)
    assert result.exit_code == 0, result.output
    assert os.stat(new).st_gid == TEAM and stat.S_IMODE(os.stat(new).st_mode) & 0o007 == 0


@needs_root
def test_web_history_copies_and_next_period_of_a_team_case_file_take_its_group(tmp_path):
    from pismo.web.store import Store, digest

    case = _team_case(tmp_path / "g.yaml")
    store = Store(tmp_path)
    store.save("g", case.read_text(encoding="utf-8") + "\n", digest(store.read("g")))
    history = tmp_path / ".pismo-historia" / "g"
    assert set(_groups([history, *history.iterdir()]).values()) == {TEAM}
    store.create("nowy", case.read_text(encoding="utf-8"), source="g")
    assert os.stat(tmp_path / "nowy.yaml").st_gid == TEAM


@pytest.mark.skipif(not hasattr(os, "getxattr"), reason="POSIX ACLs")
def test_a_group_this_account_may_not_give_keeps_its_rights_by_name_and_the_writers_group_gets_none(
        tmp_path, monkeypatch):
    """Where chown to the case file's group fails (the writer is not its member), the team keeps its rights by a
    named ACL entry and the writer's own group gets none – never the team's rights."""
    from pismo.files import casefile

    made = tmp_path / "d.docx"
    made.write_bytes(b"x")
    made.chmod(0o640)
    real = os.stat(made).st_gid

    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refused)
    casefile.take_group(made, real + 1)
    entries = acl_entries(made)
    if not entries:  # a file system without ACLs: no group rights at all
        assert stat.S_IMODE(os.stat(made).st_mode) & 0o070 == 0
    else:
        assert (GROUP_OBJ, 0) in [(t, r) for t, r, _ in entries] and (GROUP, 4, real + 1) in entries, entries
