"""rev-files21: the rights a team case gives its group reach its documents folder, documents and next period
whatever the runner's umask (README: „Uprawnień, które plik sprawy daje komuś przez grupę … pismo w dokumentach nie
odbiera – także gdy uruchamia je ktoś z umask 077”)."""

from __future__ import annotations

import os

import pytest

from conftest import run
from helpers import USER, acl_entries, set_acl
from test_files_rev_files18 import GROUP, GROUP_OBJ, MASK, NONE, OTHER, TEAM, USER_OBJ, _case, _changed, _given
from test_files_rev_files19 import EWA
from test_files_rev_files20b import _default_acl, _umask, _with


def _share(tmp_path, default: bool):
    """A setgid team share (2770, the team's group), with the team's default ACL or without."""
    share = tmp_path / "zespol"
    share.mkdir()
    os.chown(share, -1, TEAM)
    share.chmod(0o2770)
    if default:
        _default_acl(share, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                             (OTHER, 0, NONE)])
    case = _case(share, 0o660)  # a team case without an ACL of its own
    os.chown(case, -1, TEAM)
    return share, case


def _without(path, who) -> None:
    """setfacl -x u:WHO of a file (its mask recomputed)."""
    entries = [e for e in acl_entries(path) if e[0] != MASK and (e[0], e[2]) != (USER, who)]
    if not any(tag in (USER, GROUP) for tag, _, _ in entries):
        os.removexattr(path, "system.posix_acl_access")
        return
    mask = 0
    for tag, rights, _ in entries:
        mask |= rights if tag in (GROUP_OBJ, USER, GROUP) else 0
    set_acl(path, sorted(entries + [(MASK, mask, NONE)], key=lambda e: (e[0], e[2])))


def _team_rights(path) -> int:
    """What the owning group really may do with the file or folder (its ACL's mask applied)."""
    return _given(path)[(GROUP_OBJ, NONE)] if _given(path) else os.stat(path).st_mode >> 3 & 7


# --- finding 3: the officer's rerun under umask 022/077 narrowed the team's documents folder ------------------------

@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_rerun_under_the_officers_umask_keeps_the_team_in_the_documents_folder(tmp_path, umask_022, monkeypatch,
                                                                                   umask):
    share, case = _share(tmp_path, default=False)
    _umask(monkeypatch, 0o007)
    assert run("plan", case, "-o", share / "pisma").exit_code == 0
    assert _team_rights(share / "pisma" / "rejon") == 7
    _changed(case)
    _umask(monkeypatch, umask)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    assert _team_rights(share / "pisma" / "rejon") == 7, oct(os.stat(share / "pisma" / "rejon").st_mode)
    assert _team_rights(share / "pisma" / "rejon" / "plan.docx") == 6


# --- finding 5: a team case 0660 without an ACL of its own, first run under umask 077 (the officer's, root's) ---------

@pytest.mark.parametrize("default", [True, False])
def test_a_first_run_under_umask_077_gives_the_team_its_documents(tmp_path, umask_022, monkeypatch, default):
    share, case = _share(tmp_path, default)
    _umask(monkeypatch, 0o077)
    result = run("plan", case, "-o", share / "pisma")
    assert result.exit_code == 0, result.output
    folder = share / "pisma" / "rejon"
    assert _team_rights(folder) == 7, oct(os.stat(folder).st_mode)
    assert _team_rights(folder / "plan.docx") == 6, oct(os.stat(folder / "plan.docx").st_mode)
    assert os.stat(folder / "plan.docx").st_mode & 0o007 == 0  # others: as the case, none


# --- finding 6: `nowa --z` of a team case under umask 077/022 ------------------------------------------------------

@pytest.mark.parametrize("umask", [0o022, 0o077])
@pytest.mark.parametrize("default", [True, False])
def test_the_next_period_of_a_team_case_is_the_teams_whatever_the_umask(tmp_path, umask_022, monkeypatch, umask,
                                                                         default):
    share, case = _share(tmp_path, default)
    _umask(monkeypatch, umask)
    result = run("nowa", share / "rejon-2026.yaml", "--z", case)
    assert result.exit_code == 0, result.output
    assert _team_rights(share / "rejon-2026.yaml") == 6, oct(os.stat(share / "rejon-2026.yaml").st_mode)
    assert os.stat(share / "rejon-2026.yaml").st_mode & 0o007 == 0


def test_a_private_cases_next_period_stays_private(tmp_path, umask_022):
    share, case = _share(tmp_path, default=True)
    case.chmod(0o600)
    assert run("nowa", share / "rejon-2026.yaml", "--z", case).exit_code == 0
    assert _team_rights(share / "rejon-2026.yaml") == 0



@pytest.mark.parametrize("default", [True, False])
def test_the_webs_history_copy_and_next_period_of_a_team_case_are_the_teams_under_umask_077(tmp_path, umask_022,
                                                                                           monkeypatch, default):
    from pismo.web.store import Store, digest

    share, case = _share(tmp_path, default)
    _umask(monkeypatch, 0o077)  # the server's owner's
    store = Store(share)
    store.save("rejon", case.read_text(encoding="utf-8") + "# zmiana\n", digest(case.read_bytes()))
    store.create("rejon-2026", case.read_text(encoding="utf-8"), source="rejon")
    copies = list((share / ".pismo-historia" / "rejon").iterdir())
    for path in copies + [share / "rejon-2026.yaml"]:
        assert _team_rights(path) == 6, (path, oct(os.stat(path).st_mode))


# --- finding 1: a colleague once on the case, taken off it, then given the plan by hand, lost it at every run ---------

@pytest.mark.parametrize("once", [4, 6])  # the case shared with her (u:ewa:r or rw)
def test_a_plan_shared_by_hand_after_the_case_stopped_naming_her_stays_shared(tmp_path, umask_022, once):
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    _with(case, (USER, once, EWA))
    assert run("plan", case, "-o", out).exit_code == 0
    _without(case, EWA)  # setfacl -x u:ewa rejon.yaml
    _changed(case)
    assert run("plan", case, "-o", out).exit_code == 0
    folder, plan = out / "rejon", out / "rejon" / "plan.docx"
    assert not _given(plan).get((USER, EWA)), acl_entries(plan)  # taken off: gone from the documents
    _with(folder, (USER, 1, EWA))  # setfacl -m u:ewa:x pisma/rejon; setfacl -m u:ewa:r pisma/rejon/plan.docx
    _with(plan, (USER, 4, EWA))
    for _ in range(2):
        _changed(case)
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert _given(plan)[(USER, EWA)] == 4, acl_entries(plan)
        assert _given(folder)[(USER, EWA)] == 1, acl_entries(folder)
        assert "odbiera" not in result.output, result.output


# --- findings 4 and 7: the notes' commands paste into a shell as they are ------------------------------------------

def test_the_notes_setfacl_quotes_a_domain_accounts_name(tmp_path, monkeypatch):
    import shlex

    from pismo import api
    from pismo.files import output

    monkeypatch.setattr(output, "_whom", lambda keys: ["policja\\jkowal" for _ in keys])
    case = tmp_path / "rejon.yaml"
    said = api._denied_notes({("u", 5000): [tmp_path / "pisma" / "rejon" / "plan.docx"]}, case)[0]
    assert shlex.split(said.split("setfacl -m ")[-1]) == ["u:policja\\jkowal:r", str(case)], said
    said = api._unreached_notes(["u:policja\\jkowal:x"], [(tmp_path / "pisma" / "rejon" / "plan.docx",)])[0]
    assert shlex.split(said.split("uruchom: ")[-1]) == ["setfacl", "-m", "u:policja\\jkowal:x",
                                                          str(tmp_path / "pisma" / "rejon")], said


# --- finding 2: the officer's hand share of her documents folder (access and default entry) went at the next run ----

def test_the_officers_hand_share_of_the_documents_folder_stays_and_is_never_recorded_as_pismos(tmp_path, umask_022):
    import json

    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    folder, plan = out / "rejon", out / "rejon" / "plan.docx"
    _with(folder, (USER, 5, EWA))  # setfacl -m u:ewa:rx pisma/rejon; setfacl -d -m u:ewa:r pisma/rejon; …plan.docx
    _default_acl(folder, [(USER_OBJ, 7, NONE), (USER, 4, EWA), (GROUP_OBJ, 7, NONE), (MASK, 7, NONE), (OTHER, 0, NONE)])
    _with(plan, (USER, 4, EWA))
    for _ in range(2):
        _changed(case)
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert _given(folder)[(USER, EWA)] & 5 == 5, acl_entries(folder)
        assert _given(plan)[(USER, EWA)] == 4, acl_entries(plan)
        assert any(t == USER and w == EWA for t, _, w in _default_entries(folder)), _default_entries(folder)
        assert ["u", EWA] not in json.loads((folder / "manifest.json").read_text()).get("wpisy_pisma", [])
    result = run("informacja", case, "-o", out)  # a new document: her default entry gives it to her
    assert result.exit_code == 0, result.output
    assert _given(folder / "informacja.docx")[(USER, EWA)] == 4, acl_entries(folder / "informacja.docx")
    assert ["u", EWA] not in json.loads((folder / "manifest.json").read_text()).get("wpisy_pisma", [])


def _default_entries(folder) -> list:
    import struct

    data = os.getxattr(folder, "system.posix_acl_default")
    return [struct.unpack("<HHI", data[i:i + 8]) for i in range(4, len(data), 8)]
