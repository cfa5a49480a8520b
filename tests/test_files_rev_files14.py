"""The fourteenth files review (rev-files14) of issue 17: a file made from a case file is never readable by more
accounts than the case file, never less by its own owner and group; an ACL's mask is never widened."""

from __future__ import annotations

import os
import shutil
import stat
import struct

import pytest

from conftest import run
from helpers import (GROUP, GROUP_OBJ, LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries,
                     colleagues_case_in_sticky_folder, colleagues_invitation_in_sticky_folder, set_acl)

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


# --- finding 1: an append-only file (chattr +a, uappnd) was told „no permission or open in Word” ------------------

def test_an_append_only_case_file_is_told_locked(tmp_path, flagged):
    from test_morph_cases import CASES, _stripped

    case = _stripped(CASES[0], tmp_path)
    before = case.read_bytes()
    flagged("+a", case)
    result = run("odmien", case)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and case.read_bytes() == before, said
    assert "zablokowany" in said and "+a" in said and "Word" not in said, said


def test_an_append_only_case_file_is_told_locked_on_the_web(tmp_path, flagged):
    from pismo.web.store import Store, StoreError, digest

    case = tmp_path / "k.yaml"
    shutil.copy(LECZNA, case)
    store = Store(tmp_path)
    text = store.read("k")
    flagged("+a", case)
    with pytest.raises(StoreError) as refused:
        store.save("k", text.decode("utf-8") + "\n", digest(text))
    said = str(refused.value)
    assert "zablokowany" in said and "Word" not in said, said


def test_an_append_only_document_is_told_locked(tmp_path, flagged):
    case, out = tmp_path / "k.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "k" / "plan.docx"
    before = plan.read_bytes()
    flagged("+a", plan)
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczna Dolna", 1), encoding="utf-8")
    for extra in ((), ("--nadpisz",)):
        result = run("plan", case, "-o", out, *extra)
        said = " ".join(result.output.split())
        assert result.exit_code != 0 and plan.read_bytes() == before, said
        assert "zablokowan" in said and "+a" in said and "Word" not in said, said


def test_a_locked_documents_folder_is_told_locked(tmp_path, flagged):
    case, out = tmp_path / "k.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", out).exit_code == 0
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczna Dolna", 1), encoding="utf-8")
    flagged("+i", out / "k")
    result = run("plan", case, "-o", out, "--nadpisz")
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "zablokowany" in said and "uprawnień" not in said, said


# --- finding 3: a locked obsolete document was told „oznaczone jako tylko do odczytu … usuń je” -------------------

def test_a_locked_document_the_case_no_longer_makes_is_told_locked(tmp_path, flagged):
    from test_files_case_folder import OLD, renamed_meeting

    case, out, folder = renamed_meeting(tmp_path)
    invitation = next(p for p in folder.iterdir() if OLD in p.name and p.name.startswith("zaproszenie-"))
    flagged("+i", invitation)
    result = run("wszystko", case, "-o", out)
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and invitation.exists(), said
    assert "zablokowane" in said and "odblokuj" in said and "tylko do odczytu" not in said, said


@needs_root
def test_another_accounts_read_only_obsolete_document_in_a_sticky_folder_is_told_by_its_owner(tmp_path, monkeypatch):
    case, out, invitation = colleagues_invitation_in_sticky_folder(tmp_path, monkeypatch, 0o644)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m, **k: (False if m & os.W_OK and os.path.samefile(p, invitation)
                                                         else real_access(p, m, **k)))
    result = run("wszystko", case, "-o", out)
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and invitation.exists(), said
    assert "nobody" in said and "tylko do odczytu" not in said and "usuń je" not in said, said


# --- finding 9: another account's read-only file in a sticky folder was told „to konto może go zmieniać” -----------

@needs_root
def test_another_accounts_read_only_case_in_a_sticky_folder_is_told_this_account_may_not_change_it(
        tmp_path, monkeypatch):
    case = colleagues_case_in_sticky_folder(tmp_path, monkeypatch, 0o644)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m, **k: (False if m & os.W_OK and os.path.samefile(p, case)
                                                         else real_access(p, m, **k)))
    before = case.read_bytes()
    result = run("odmien", case)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and case.read_bytes() == before, said
    assert "nobody" in said and "nie może go zmieniać" in said and "może go zmieniać, ale" not in said, said


# --- finding 6: `nowa X.yml` beside x.yaml was told „Windows i macOS biorą je za jedną” ----------------------------

@pytest.mark.parametrize("name", ["X.yml", "x.YML"])
def test_a_case_file_differing_in_the_extension_and_letter_case_is_told_by_its_documents_folder(tmp_path, name):
    shutil.copy(LECZNA, tmp_path / "x.yaml")
    result = run("nowa", tmp_path / name)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and not (tmp_path / name).exists(), said
    assert "tę samą nazwę bez rozszerzenia" in said and "biorą je za jedną" not in said, said


def test_a_case_file_differing_only_in_letter_case_is_still_told_as_one_name_for_windows(tmp_path):
    shutil.copy(LECZNA, tmp_path / "x.yaml")
    result = run("nowa", tmp_path / "X.yaml")
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "biorą je za jedną" in said, said


# --- findings 2 and 10: a history folder closed to the officers who share the case, or the cases folder -------------

@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_history_of_a_private_case_later_shared_with_the_team_opens_with_the_owners_next_save(tmp_path):
    from pismo.web.store import Store, digest

    case = tmp_path / "k.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    store = Store(tmp_path)
    text = store.read("k")
    store.save("k", text.decode("utf-8") + "\n", digest(text))
    history = tmp_path / ".pismo-historia" / "k"
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o700
    case.chmod(0o660)  # the officer shares the plan with his team
    text = store.read("k")
    store.save("k", text.decode("utf-8") + "\n\n", digest(text))
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o770  # a teammate may keep his earlier version there


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_history_folder_of_a_shared_cases_folder_is_as_open_as_it_with_the_sticky_bit(tmp_path):
    from pismo.web.store import Store, digest

    tmp_path.chmod(0o777)
    case = tmp_path / "a.yaml"
    shutil.copy(LECZNA, case)
    store = Store(tmp_path)
    text = store.read("a")
    store.save("a", text.decode("utf-8") + "\n", digest(text))
    top = tmp_path / ".pismo-historia"
    assert stat.S_IMODE(os.stat(top).st_mode) == 0o1777  # every officer's web save may make his case's folder there
    assert stat.S_IMODE(os.stat(top / "a").st_mode) & 0o022 == 0


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_history_folder_of_a_private_cases_folder_stays_closed(tmp_path):
    from pismo.web.store import Store, digest

    tmp_path.chmod(0o700)
    case = tmp_path / "a.yaml"
    shutil.copy(LECZNA, case)
    store = Store(tmp_path)
    text = store.read("a")
    store.save("a", text.decode("utf-8") + "\n", digest(text))
    assert stat.S_IMODE(os.stat(tmp_path / ".pismo-historia").st_mode) == 0o700


# --- finding 7: another officer's pending record in a sticky folder was told „open in Word” and left temporaries ----

@needs_root
def test_another_accounts_pending_record_in_a_sticky_folder_is_told_by_its_owner_and_leaves_no_temporaries(
        tmp_path, monkeypatch):
    from pismo.files import record

    case, out = tmp_path / "s.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", out).exit_code == 0
    folder = out / "s"
    folder.chmod(0o1777)
    for path in folder.iterdir():
        os.chown(path, 1234, 100)  # this account's documents …
    pending = folder / record.PENDING
    pending.write_text('{"dokumenty":[{"plik":"plan.docx","sha256":"%s","rodzaj":"plan"}],"usuwane":[]}' % ("0" * 64),
                       encoding="utf-8")
    os.chown(pending, 65534, 65534)  # … and the record of a colleague's run killed meanwhile
    pending.chmod(0o666)
    real_replace = os.replace

    def sticky_rule(source, target, *args, **kwargs):
        if os.path.basename(target) == record.PENDING:
            raise PermissionError(1, "Operation not permitted", str(target))
        return real_replace(source, target, *args, **kwargs)

    real_unlink = os.unlink

    def sticky_unlink(path, *args, **kwargs):
        if os.path.basename(path) == record.PENDING:
            raise PermissionError(1, "Operation not permitted", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "replace", sticky_rule)
    monkeypatch.setattr(os, "rename", sticky_rule)
    monkeypatch.setattr(os, "unlink", sticky_unlink)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczna Dolna"), encoding="utf-8")
    result = run("plan", case, "-o", out)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert "nobody" in said and "tylko ich właścicielom" in said and "Word" not in said, said
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # nothing written, no temporaries left
