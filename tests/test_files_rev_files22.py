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


# --- finding 3: the denial pismo put on the documents folder's default outlived the case's ------------------------

def test_a_lifted_denial_goes_from_the_documents_folders_default(tmp_path, umask_022):
    from test_files_rev_files21 import _without

    share, case = _share(tmp_path, default=False)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    folder = share / "pisma" / "rejon"
    _with(folder, (USER, 5, EWA))  # her documents shared with ewa by hand: setfacl -m u:ewa:rx; -d -m u:ewa:r
    _default_acl(folder, [(USER_OBJ, 7, NONE), (USER, 4, EWA), (GROUP_OBJ, 7, NONE), (MASK, 7, NONE), (OTHER, 0, NONE)])
    _with(case, (USER, 0, EWA))  # then the case denies her: setfacl -m u:ewa:--- rejon.yaml
    _changed(case)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    assert (USER, 0, EWA) in _default_entries(folder)  # denied: every new file too
    assert ["u", EWA] in json.loads((folder / "manifest.json").read_text())["odmowy"]
    _without(case, EWA)  # the denial lifted
    _changed(case)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert not [e for e in _default_entries(folder) if e[0] == USER], _default_entries(folder)
    assert (USER, EWA) not in _given(folder) and (USER, EWA) not in _given(folder / "plan.docx")
    (folder / "skan.txt").write_text("skan")  # a teammate's scan saved there: no denial of hers
    assert (USER, EWA) not in {(t, w) for t, _, w in acl_entries(folder / "skan.txt")}


# --- finding 9: an entry the system would not take (an immutable document) was forgotten, silently ----------------

def _chattr(path, flag: str) -> bool:
    import subprocess

    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_an_entry_an_immutable_document_keeps_is_told_and_stays_recorded_until_taken(tmp_path, umask_022):
    from test_files_rev_files18 import _case
    from test_files_rev_files21 import _without

    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    _with(case, (USER, 4, EWA))
    assert run("plan", case, "-o", out).exit_code == 0
    assert run("informacja", case, "-o", out).exit_code == 0
    folder, kept = out / "rejon", out / "rejon" / "informacja.docx"
    if not _chattr(kept, "+i"):
        pytest.skip("chattr +i is not allowed here")
    try:
        _without(case, EWA)  # ewa taken off the case
        _changed(case)
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert _given(folder / "plan.docx").get((USER, EWA)) is None, acl_entries(folder / "plan.docx")
        said = " ".join(result.output.split())
        assert "nie pozwolił odebrać" in said and "setfacl -x u:" in said and "informacja.docx" in said, said
        assert ["u", EWA] in json.loads((folder / "manifest.json").read_text()).get("udostepnienie", [])
    finally:
        _chattr(kept, "-i")
    _changed(case)
    result = run("plan", case, "-o", out)  # the file may be changed again: taken now, and forgotten
    assert result.exit_code == 0, result.output
    assert (USER, EWA) not in _given(kept), acl_entries(kept)
    assert "nie pozwolił" not in result.output
    assert ["u", EWA] not in json.loads((folder / "manifest.json").read_text()).get("udostepnienie", [])


# --- finding 1: a first run under umask 077 made the team's `pisma` drwx--S--- on the way to its documents ----------

@pytest.mark.parametrize("case_mode, passage", [(0o660, 0o010), (0o640, 0o010), (0o600, 0)])
def test_the_output_folder_made_on_the_way_lets_the_cases_group_through(tmp_path, umask_022, monkeypatch, case_mode,
                                                                       passage):
    share, case = _share(tmp_path, default=False)
    case.chmod(case_mode)
    _umask(monkeypatch, 0o077)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert os.stat(share / "pisma").st_mode & 0o077 == passage, oct(os.stat(share / "pisma").st_mode)


# --- finding 5: `import --nadpisz` over a team case gave it the downloaded text's group and shut the team out -------

def test_a_case_replaced_by_import_keeps_its_own_group_and_acl(tmp_path, umask_022):
    from pathlib import Path

    share, case = _share(tmp_path, default=False)
    _with(case, (USER, 0, EWA))  # the team case shuts ewa out: -rw-rw---- anna:zespol + u:ewa:---
    before = sorted(acl_entries(case))
    download = tmp_path / "dl"
    download.mkdir()
    text = download / "plan.txt"
    text.write_bytes((Path(__file__).parent / "data" / "import" / "g5-two-signed.txt").read_bytes())
    os.chown(text, -1, 0)  # the download's group (root's here, „users” on a desktop)
    text.chmod(0o644)
    result = run("import", text, "-o", case, "--nadpisz")
    assert result.exit_code == 0, result.output
    assert os.stat(case).st_gid == TEAM
    assert sorted(acl_entries(case)) == before, acl_entries(case)


# --- finding 6: a rerun under umask 077 narrowed the documents folder of a team case every account may read --------

def test_a_rerun_under_umask_077_keeps_the_folder_of_a_case_every_account_may_read(tmp_path, umask_022, monkeypatch):
    share, case = _share(tmp_path, default=False)
    share.chmod(0o2775)
    case.chmod(0o664)
    _umask(monkeypatch, 0o002)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    _changed(case)
    _umask(monkeypatch, 0o077)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert os.stat(share / "pisma" / "rejon").st_mode & 0o077 == 0o075, oct(os.stat(share / "pisma" / "rejon").st_mode)
