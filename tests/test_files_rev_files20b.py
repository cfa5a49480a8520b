"""rev-files20 (second part): what a rerun keeps of the rights the officer gave the documents, and what it tells."""

from __future__ import annotations

import json
import os
import struct

from conftest import run
from helpers import GROUP, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl
from test_files_rev_files18 import GROUP_OBJ, _case, _changed, _given, needs_root
from test_files_rev_files19 import EWA


def _default_acl(folder, entries) -> None:
    data = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *entry) for entry in entries)
    os.setxattr(folder, "system.posix_acl_default", data)


def _with(path, *extra) -> None:
    """setfacl -m of the extra entries on a file (its mask letting them through)."""
    entries = [e for e in acl_entries(path) if e[0] != MASK] or [
        (USER_OBJ, os.stat(path).st_mode >> 6 & 7, NONE), (GROUP_OBJ, os.stat(path).st_mode >> 3 & 7, NONE),
        (OTHER, os.stat(path).st_mode & 7, NONE)]
    entries = [e for e in entries if (e[0], e[2]) not in {(t, w) for t, _, w in extra}] + list(extra)
    mask = 0
    for tag, rights, _ in entries:
        mask |= rights if tag in (GROUP_OBJ, USER, GROUP) else 0
    set_acl(path, sorted(entries + [(MASK, mask, NONE)], key=lambda e: (e[0], e[2])))


# --- finding 12: the plan the officer shared by hand with her supervisor (not the case) was taken from her at the
# next run, silently ---------------------------------------------------------------------------------------------

def test_a_plan_the_officer_shared_by_hand_stays_shared_at_the_next_run(tmp_path, umask_022):
    case = _case(tmp_path, 0o660)  # a team case: ewa is neither in the team nor named
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    folder, plan = out / "rejon", out / "rejon" / "plan.docx"
    _with(folder, (USER, 1, EWA))  # setfacl -m u:ewa:x pisma/rejon; setfacl -m u:ewa:r pisma/rejon/plan.docx
    _with(plan, (USER, 4, EWA))
    for _ in range(2):
        _changed(case)
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert _given(plan)[(USER, EWA)] == 4, acl_entries(plan)
        assert _given(folder)[(USER, EWA)] == 1, acl_entries(folder)


def test_an_entry_pismo_gave_still_follows_the_case_once_the_folders_default_is_gone(tmp_path, umask_022):
    """The record tells pismo's entries from the officer's: one a folder's default gave a document goes with the
    case that shuts that account out, though the default is no longer there to say where it came from."""
    case = _case(tmp_path, 0o644)
    out = tmp_path / "out"
    out.mkdir()
    _default_acl(out, [(USER_OBJ, 7, NONE), (USER, 4, EWA), (GROUP_OBJ, 5, NONE), (MASK, 7, NONE), (OTHER, 5, NONE)])
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "rejon" / "plan.docx"
    assert _given(plan)[(USER, EWA)] == 4, acl_entries(plan)
    assert ["u", EWA] in json.loads((out / "rejon" / "manifest.json").read_text())["wpisy_pisma"]
    for folder in (out, out / "rejon"):
        os.removexattr(folder, "system.posix_acl_default")
    case.chmod(0o640)  # ewa (others) shut out
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not _given(plan).get((USER, EWA)), acl_entries(plan)


def test_a_plan_shared_by_hand_with_someone_the_case_shuts_out_is_taken_back_and_told(tmp_path, umask_022):
    case = _case(tmp_path, 0o640)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "rejon" / "plan.docx"
    _with(plan, (USER, 4, EWA))
    _with(case, (USER, 0, EWA))  # setfacl -m u:ewa:--- rejon.yaml
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert _given(plan)[(USER, EWA)] == 0, acl_entries(plan)
    told = " ".join(result.output.split())
    assert "odbiera dostęp (wpisem bez uprawnień)" in told and "plan.docx" in told, result.output
    assert f"setfacl -m u:{EWA}:r" in told, result.output
    _changed(case)
    assert "odbiera dostęp" not in run("plan", case, "-o", out).output  # told once


# --- findings 2, 3, 10, 14: sys18's note of a private case's documents still closed once the case is shared ----------

def _umask(monkeypatch, value: int) -> None:
    from pismo.files import output

    os.umask(value)
    monkeypatch.setattr(output, "_UMASK", value)


def _said(result) -> str:
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_a_run_whose_umask_keeps_the_note_silent_leaves_it_for_the_next(tmp_path, umask_022, monkeypatch):
    case = _case(tmp_path, 0o600)
    out = tmp_path / "out"
    assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))
    case.chmod(0o644)
    _umask(monkeypatch, 0o077)  # a cron job's umask: it rightly says nothing …
    assert "pozostały zamknięte" not in _said(run("plan", case, "-o", out))
    _umask(monkeypatch, 0o022)  # … and the terminal's run still tells
    said = _said(run("plan", case, "-o", out))
    assert "pozostały zamknięte" in said and f"chmod g+r,o+r {out / 'rejon'}/*" in said, said


def test_the_advice_gives_the_team_the_write_the_case_gives_it(tmp_path, umask_022, monkeypatch):
    _umask(monkeypatch, 0o007)
    case = _case(tmp_path, 0o600)
    out = tmp_path / "out"
    _said(run("plan", case, "-o", out))
    case.chmod(0o660)
    said = _said(run("plan", case, "-o", out))
    assert f"chmod g+rw {out / 'rejon'}/*" in said, said  # every file of the folder: its glob


def test_a_team_shares_default_acl_opens_the_note_and_the_folder_under_umask_077(tmp_path, umask_022, monkeypatch):
    """The default ACL, not the umask, says what a new file there gets: the private case opened to the team is told
    (its documents have an ACL: setfacl, a chmod would set only their mask) and its folder follows it."""
    _umask(monkeypatch, 0o077)
    share = tmp_path / "zespol"
    share.mkdir()
    _default_acl(share, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 7, NONE), (MASK, 7, NONE), (OTHER, 0, NONE)])
    case = _case(share, 0o600)
    out = share / "pisma"
    _said(run("plan", case, "-o", out))
    case.chmod(0o660)
    said = _said(run("plan", case, "-o", out))
    assert f"setfacl -m g::rw {out / 'rejon'}/*" in said, said
    assert os.stat(out / "rejon").st_mode & 0o070 == 0o070, oct(os.stat(out / "rejon").st_mode)


def test_the_advice_names_each_file_beside_the_officers_own_and_quotes_a_name_with_a_space(tmp_path, umask_022):
    case = tmp_path / "rejon nr 3.yaml"
    case.write_bytes(_case(tmp_path, 0o600).read_bytes())
    case.chmod(0o600)
    out = tmp_path / "out"
    _said(run("plan", case, "-o", out))
    (out / "rejon nr 3" / "notatka.txt").write_text("notatka")  # hers: no glob over it
    case.chmod(0o640)
    said = _said(run("plan", case, "-o", out))
    assert f'chmod g+r "{out / "rejon nr 3" / "plan.docx"}"' in said, said
    assert "/*" not in said and "notatka" not in said, said


# --- finding 11: the setfacl that lets the case's named readers into the officer's own folder broke on a space ------

def test_the_setfacl_letting_a_colleague_in_quotes_a_folder_with_a_space(tmp_path, monkeypatch, umask_022):
    from pismo.files import output

    monkeypatch.setattr(output, "_user_name", lambda uid: {EWA: "ewa"}.get(uid, str(uid)))
    case = tmp_path / "rejon nr 3.yaml"
    case.write_bytes(_case(tmp_path, 0o600).read_bytes())
    case.chmod(0o600)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    (out / "rejon nr 3" / "notatka.txt").write_text("notatka\n")  # the officer's own file: the folder is hers
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    _changed(case)
    said = _said(run("plan", case, "-o", out))
    assert f'uruchom: setfacl -m u:ewa:x "{out / "rejon nr 3"}"' in said, said


# --- finding 1: the officer's documents folder followed the case only when her own run had made the last write –
# a teammate's manifest (trusted in a folder without the sticky bit) made it „hold other files” ---------------------

TEAMMATE = 65533


@needs_root
def test_the_folder_follows_a_supervisor_given_the_case_after_a_teammates_run(tmp_path, umask_022):
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    os.chown(out / "rejon" / "manifest.json", TEAMMATE, -1)  # the teammate's run was the last
    _with(case, (USER, 4, EWA))
    _changed(case)
    said = _said(run("plan", case, "-o", out))
    assert "własne uprawnienia" not in said, said
    assert _given(out / "rejon")[(USER, EWA)] & 1, acl_entries(out / "rejon")


@needs_root
def test_the_folder_closes_with_a_case_made_private_after_a_teammates_run(tmp_path, umask_022):
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    assert os.stat(out / "rejon").st_mode & 0o070
    os.chown(out / "rejon" / "manifest.json", TEAMMATE, -1)
    case.chmod(0o600)
    _changed(case)
    _said(run("plan", case, "-o", out))
    assert not os.stat(out / "rejon").st_mode & 0o077, oct(os.stat(out / "rejon").st_mode)


# --- findings 6, 9: root's run for an officer – the team's `pisma` made in the share stayed root's (r-x for the
# team), and the folders made in her own folder kept root's group --------------------------------------------------

NOBODY = 65534  # an account every system has (nobody), in its group nogroup


@needs_root
def test_root_makes_the_teams_output_folder_in_the_share_the_case_owners_and_the_teams(tmp_path, monkeypatch,
                                                                                    umask_022):
    share = tmp_path / "zespol"
    share.mkdir()
    os.chown(share, TEAMMATE, NOBODY)  # another officer's share; the case owner writes in it through the group
    share.chmod(0o2770)
    case = _case(share, 0o660)
    os.chown(case, NOBODY, NOBODY)
    monkeypatch.chdir(share)
    assert run("plan", case.name).exit_code == 0
    made = os.stat(share / "pisma")
    assert (made.st_uid, made.st_gid) == (NOBODY, NOBODY), (made.st_uid, made.st_gid)
    assert made.st_mode & 0o070 == 0o070, oct(made.st_mode)  # the team writes its other cases there


@needs_root
def test_root_keeps_the_folders_it_makes_in_a_folder_every_account_may_write(tmp_path, monkeypatch, umask_022):
    shared = tmp_path / "wspolny"
    shared.mkdir()
    shared.chmod(0o777)
    case = _case(shared, 0o600)
    os.chown(case, NOBODY, NOBODY)
    monkeypatch.chdir(shared)
    assert run("plan", case.name, "-o", "a/pisma").exit_code == 0
    assert os.stat(shared / "a").st_uid == 0


@needs_root
def test_root_gives_the_folders_it_makes_in_the_officers_folder_her_group(tmp_path, monkeypatch, umask_022):
    home = tmp_path / "home"
    home.mkdir()
    os.chown(home, NOBODY, NOBODY)
    home.chmod(0o755)
    case = _case(home, 0o600)
    os.chown(case, NOBODY, NOBODY)
    monkeypatch.chdir(home)
    assert run("plan", case.name, "-o", "a/b/pisma").exit_code == 0
    for folder in (home / "a", home / "a" / "b", home / "a" / "b" / "pisma"):
        assert (os.stat(folder).st_uid, os.stat(folder).st_gid) == (NOBODY, NOBODY), folder


# --- finding 13: the web's „Nowy okres” of a private case renamed or moved while the request ran was made as any new
# file (the team rw, the share's default entry for the supervisor r) ---------------------------------------------

def test_the_next_period_of_a_case_gone_meanwhile_is_refused(tmp_path, umask_022):
    import pytest

    from pismo.web.store import Store, StoreError

    folder = tmp_path / "sprawy"
    folder.mkdir()
    case = _case(folder, 0o600)
    text = case.read_text(encoding="utf-8")  # the form read it …
    case.rename(folder / "rejon-przeniesiony.txt")  # … and a teammate moved it meanwhile
    with pytest.raises(StoreError, match="zniknął z folderu spraw"):
        Store(folder).create("rejon-2026", text, source="rejon")
    assert not (folder / "rejon-2026.yaml").exists()


# --- finding 5: a case's named group entry rwx (a share's default, its mask opened by setfacl) made every document
# executable for the team -------------------------------------------------------------------------------------------

def test_documents_never_take_the_x_of_a_cases_named_entry(tmp_path, umask_022):
    case = _case(tmp_path, 0o660)
    _with(case, (GROUP, 7, 4321), (USER, 4, EWA))  # group:zespol:rwx effective rwx
    out = tmp_path / "out"
    for _ in range(2):
        _changed(case)
        assert run("plan", case, "-o", out).exit_code == 0
        for name in ("plan.docx", "manifest.json"):
            path = out / "rejon" / name
            assert not any(rights & 1 for (tag, _), rights in _given(path).items() if tag != OTHER), acl_entries(path)
            assert not os.stat(path).st_mode & 0o111, oct(os.stat(path).st_mode)
    assert _given(out / "rejon")[(GROUP, 4321)] == 7  # the folder is entered


# --- finding 15: a deleted account's file was told with „poproś użytkownika 1005 … żeby uruchomił to polecenie” -----

@needs_root
def test_a_deleted_accounts_plan_is_told_with_the_command_that_makes_it_anew(tmp_path, monkeypatch, umask_022):
    from pismo.files import output

    monkeypatch.setattr(output, "_user_name", lambda uid: {EWA: "ewa"}.get(uid, str(uid)))
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    assert run("wszystko", case, "-o", out).exit_code == 0
    os.chown(out / "rejon" / "plan.docx", TEAMMATE, -1)  # a teammate's plan; his account deleted since
    _with(case, (USER, 4, EWA))
    _changed(case)
    said = _said(run("wniosek", case, "-o", out))
    assert f"pliki i foldery sprawy usuniętego konta (numer {TEAMMATE})" in said, said
    assert f"utwórz je ponownie: pismo wszystko {case}" in said and "poproś użytkownika" not in said, said


# --- rev-files19 #7's rest: a reader of the case kept write on the officer's manifest.json (a named entry's write
# „where it may read”), and with it chose what her next run replaced or removed as pismo's -------------------------

def test_a_reader_of_the_case_never_writes_the_officers_record(tmp_path, umask_022):
    case = _case(tmp_path, 0o644)  # ewa reads it as every account does
    out = tmp_path / "out"
    out.mkdir()
    _default_acl(out, [(USER_OBJ, 7, NONE), (USER, 6, EWA), (GROUP_OBJ, 5, NONE), (MASK, 7, NONE), (OTHER, 5, NONE)])
    assert run("plan", case, "-o", out).exit_code == 0
    manifest, plan = out / "rejon" / "manifest.json", out / "rejon" / "plan.docx"
    assert _given(plan)[(USER, EWA)] == 6, acl_entries(plan)  # her edits of the documents: the folder's choice
    assert _given(manifest)[(USER, EWA)] == 4, acl_entries(manifest)
    _with(manifest, (USER, 6, EWA))  # given by hand: the record is pismo's alone all the same
    _changed(case)
    assert run("plan", case, "-o", out).exit_code == 0
    assert _given(manifest)[(USER, EWA)] == 4, acl_entries(manifest)
