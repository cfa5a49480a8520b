"""rev-files19: what rights a case's documents keep when they are written again (the model: files/output.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import run
from helpers import GROUP, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl
from test_files_rev_files18 import GROUP_OBJ, TEAM, _case, _changed, _given, needs_root

EWA = 1234  # a colleague outside the team
OFFICER = 4000  # the case's owner when root (the admin) runs pismo for her
TEAMMATE = 65533  # a teammate whose run made the documents last
BOSSES = 4322  # a group the case is shared with (kierownictwo), EWA in it


# --- findings 2, 11, 17: the narrowing of a rewritten document cut to nothing the entry of an account the case lets
# in through its groups (or owns) – `user:bartek:---`, `user:anna:---` denied her the team's plan ---------------------

@needs_root
@pytest.mark.parametrize("changed", [False, True])
def test_the_admins_run_under_umask_077_keeps_a_teammates_documents_open_to_the_officer_and_team(tmp_path,
                                                                                               umask_077, changed):
    case = _case(tmp_path, 0o660)
    os.chown(case, OFFICER, TEAM)
    out = tmp_path / "zespol"
    out.mkdir()
    os.chown(out, OFFICER, TEAM)
    out.chmod(0o2770)
    assert run("plan", case, "-o", out).exit_code == 0
    for name in ("plan.docx", "manifest.json"):  # what the teammate's run left: his files, the officer's entry
        path = out / "rejon" / name
        os.chown(path, TEAMMATE, TEAM)
        set_acl(path, [(USER_OBJ, 6, NONE), (USER, 6, OFFICER), (GROUP_OBJ, 6, NONE), (MASK, 6, NONE),
                       (OTHER, 0, NONE)])
    if changed:
        _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "manifest.json"):
        given = _given(out / "rejon" / name)
        assert given[(USER, OFFICER)] == 6 and given[(GROUP_OBJ, NONE)] == 6, (name, acl_entries(out / "rejon" / name))


@needs_root
def test_the_officers_run_under_umask_077_keeps_the_teammate_who_made_the_plan_in_it(tmp_path, monkeypatch,
                                                                                     umask_077):
    """The old owner's entry a rewrite gives a teammate (owned_as) stays what the case gives him through its group
    entry (group:zespol:rw-), never `user:bartek:---`."""
    from pismo.files import casefile

    monkeypatch.setattr(casefile, "_groups_of", lambda uid: {TEAM} if uid == TEAMMATE else set())
    case = _case(tmp_path, 0o660)
    set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 6, NONE), (GROUP, 6, TEAM), (MASK, 6, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "rejon" / "plan.docx"
    set_acl(plan, [(USER_OBJ, 6, NONE), (USER, 6, TEAMMATE), (GROUP_OBJ, 0, NONE), (GROUP, 6, TEAM), (MASK, 6, NONE),
                   (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert _given(plan)[(USER, TEAMMATE)] == 6, acl_entries(plan)


@pytest.mark.parametrize("through", ["group", "others"])
def test_a_supervisors_hand_given_edits_stay_where_the_case_lets_her_read_through_a_group(tmp_path, monkeypatch,
                                                                                         umask_022, through):
    from pismo.files import casefile

    monkeypatch.setattr(casefile, "_groups_of", lambda uid: {BOSSES} if uid == EWA else set())
    case = _case(tmp_path, 0o600 if through == "group" else 0o604)
    if through == "group":
        set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE), (GROUP, 4, BOSSES), (MASK, 4, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "rejon" / "plan.docx"
    entries = [e for e in acl_entries(plan) if e[0] != MASK] or [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE),
                                                                  (OTHER, 4, NONE)]
    set_acl(plan, sorted(entries + [(USER, 6, EWA), (MASK, 6, NONE)], key=lambda e: (e[0], e[2])))  # setfacl -m u:ewa:rw
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert _given(plan)[(USER, EWA)] == 6, acl_entries(plan)


# --- findings 1, 9: a colleague shut out of the case by an entry of no rights (setfacl -m u:ewa:---) kept reading
# every rewritten document and the documents folder ---------------------------------------------------------------

@pytest.mark.parametrize("note", [False, True])
def test_a_colleague_shut_out_by_an_entry_of_no_rights_loses_the_rewritten_documents(tmp_path, umask_022, note):
    case = _case(tmp_path, 0o640)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    if note:  # the officer's note: the folder is hers, no longer followed
        (out / "rejon" / "notatka.txt").write_text("notatka\n")
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 0, EWA), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for path in (out / "rejon" / "plan.docx", out / "rejon" / "manifest.json") + (() if note else (out / "rejon",)):
        given = _given(path)
        assert given[(USER, EWA)] == 0, (path, acl_entries(path))
        assert given[(GROUP_OBJ, NONE)] & 4, (path, acl_entries(path))  # the team keeps them


def test_a_teammate_shut_out_after_the_documents_were_made_loses_those_without_an_acl(tmp_path, umask_022):
    case = _case(tmp_path, 0o640)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    (out / "rejon" / "notatka.txt").write_text("notatka\n")
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 0, EWA), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    _changed(case)
    assert run("plan", case, "-o", out).exit_code == 0
    assert _given(out / "rejon" / "plan.docx")[(USER, EWA)] == 0, acl_entries(out / "rejon" / "plan.docx")


# --- finding 7: a colleague narrowed from rw to read kept write on the documents and the manifest ----------------

def test_a_colleague_narrowed_to_read_loses_write_on_the_documents_and_the_record(tmp_path, umask_022):
    case = _case(tmp_path, 0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 6, EWA), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "manifest.json"):
        assert _given(out / "rejon" / name)[(USER, EWA)] == 4, (name, acl_entries(out / "rejon" / name))
    assert _given(out / "rejon")[(USER, EWA)] == 5


# --- findings 14, 15: the next period and the web's history copies took the case's sharing only after their text was
# written – a colleague the case shuts out read them through the folder's default entry meanwhile --------------------

def _shared_folder(place, name="zespol"):
    """rev-files18 t11's folder: the team's, its default ACL naming a colleague outside the team (d:u:ewa:r-x)."""
    from test_files_rev_files17b import _default_acl

    folder = place / name
    folder.mkdir()
    os.chown(folder, -1, TEAM)
    folder.chmod(0o2770)
    _default_acl(folder, [(USER_OBJ, 7, NONE), (USER, 5, EWA), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM),
                          (MASK, 7, NONE), (OTHER, 0, NONE)])
    return folder


@pytest.fixture
def seen_at_write(monkeypatch):
    """The rights EWA has on each file pismo writes, as its text goes in."""
    from pismo.files import casefile, output

    seen = []
    write = output._write_bytes

    def watched(handle, data):
        try:
            entries = casefile._effective(casefile._acl_entries(os.getxattr(handle, casefile._ACL)))
        except OSError:
            entries = []
        seen.append(next((r for t, r, w in entries if t == USER and w == EWA), 0))
        write(handle, data)

    monkeypatch.setattr(output, "_write_bytes", watched)
    return seen


def _moved_in(folder, mode):
    """A case file moved into the folder (mv): its mode, no ACL of its own."""
    case = _case(folder.parent, mode)
    os.chown(case, -1, TEAM)
    os.rename(case, folder / case.name)
    return folder / case.name


@pytest.mark.parametrize("web", [False, True])
def test_the_next_period_is_closed_to_a_colleague_the_case_shuts_out_before_its_text_is_written(
        tmp_path, umask_022, seen_at_write, web):
    folder = _shared_folder(tmp_path)
    case = _moved_in(folder, 0o640)
    if web:
        from pismo.web.store import Store

        Store(folder).create("rejon-2026", case.read_text(encoding="utf-8"), source="rejon")
    else:
        result = run("nowa", "--z", case, folder / "rejon-2026.yaml")
        assert result.exit_code == 0, result.output
    assert seen_at_write and not any(seen_at_write), seen_at_write
    assert not _given(folder / "rejon-2026.yaml").get((USER, EWA)), acl_entries(folder / "rejon-2026.yaml")


def test_the_webs_history_copy_is_closed_to_a_colleague_the_case_shuts_out(tmp_path, umask_022, seen_at_write):
    from pismo.web.store import Store, digest

    folder = _shared_folder(tmp_path, "sprawy")
    case = _moved_in(folder, 0o640)
    store = Store(folder)
    store.save("rejon", case.read_text(encoding="utf-8") + "# zmiana\n", digest(case.read_bytes()))
    copies = list((folder / ".pismo-historia" / "rejon").iterdir())
    assert copies and not any(seen_at_write), seen_at_write
    for path in copies + [folder / ".pismo-historia" / "rejon"]:
        assert not _given(path).get((USER, EWA)), (path, acl_entries(path))


def _groups(path) -> int:
    """What the file's owning group may really do: its ACL entry under the mask, else its mode's group bits."""
    return _given(path).get((GROUP_OBJ, NONE), os.stat(path).st_mode >> 3 & 7)


# --- finding 16: a replaced file without an ACL in a folder with a default ACL lost its group's rights
# (group::--- under a mask of r--, `ls -l` still showing -rw-r-----) -----------------------------------------------

def test_a_case_file_without_an_acl_keeps_its_groups_read_when_saved_in_a_default_acl_folder(tmp_path, umask_022):
    folder = _shared_folder(tmp_path, "sprawy2")
    case = _moved_in(folder, 0o640)
    case.write_text("".join(line for line in case.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.lstrip().startswith("plec:")), encoding="utf-8")  # forms to fill in
    result = run("odmien", case)
    assert "bez zmian" not in result.output
    assert result.exit_code == 0, result.output
    assert _groups(case) == 4, acl_entries(case)


def test_a_document_without_an_acl_keeps_its_groups_read_after_the_admin_adds_a_default_acl(tmp_path, umask_022):
    from test_files_rev_files17b import _default_acl

    folder = tmp_path / "zespol"
    folder.mkdir()
    folder.chmod(0o2770)
    case = _case(folder, 0o640)
    assert run("plan", case, "-o", folder).exit_code == 0
    for each in (folder, folder / "rejon"):  # setfacl -d -m g:zespol:rwx,o::--- on each folder
        _default_acl(each, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                            (OTHER, 0, NONE)])
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczno"), encoding="utf-8")  # a new plan
    result = run("plan", case, "-o", folder)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "manifest.json"):
        assert _groups(folder / "rejon" / name) == 4, acl_entries(folder / "rejon" / name)


# --- findings 13, 8: a teammate's files the officer's run may not share as the case kept a colleague taken off it
# (or kept out one given it) – and the run said nothing ------------------------------------------------------------

@needs_root
@pytest.mark.parametrize("change", ["taken off", "given"])
def test_a_teammates_files_not_shared_as_the_case_are_told_with_their_owner(tmp_path, monkeypatch, umask_022,
                                                                             change):
    from pismo.files import output

    monkeypatch.setattr(output, "_user_name", lambda uid: {TEAMMATE: "bartek", EWA: "ewa"}.get(uid, str(uid)))
    case = _case(tmp_path, 0o640)
    if change == "taken off":
        set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "zespol"
    assert run("plan", case, "-o", out).exit_code == 0
    assert run("wniosek", case, "-o", out).exit_code == 0
    made = sorted((out / "rejon").glob("wniosek*.docx"))
    for path in made:  # what the teammate's run left
        os.chown(path, TEAMMATE, -1)
    monkeypatch.setattr(output, "_own", lambda path: os.lstat(path).st_uid != TEAMMATE)  # as he, not root, may
    if change == "taken off":
        set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    else:
        set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    told = " ".join(result.output.split())
    assert "pliki i foldery sprawy użytkownika bartek nie są udostępnione tak jak plik sprawy" in told, told
    assert made[0].name in told
    said = "nadal mają do nich dostęp" if change == "taken off" else "nie mają do nich dostępu, choć daje go"
    assert f"{said}" in told and "ewa" in told, told
    assert "poproś użytkownika bartek (albo administratora)" in told, told


# --- findings 3, 10, 6: refusals of another account's folder or files that sent the officer the wrong way -----------

@needs_root
def test_the_admin_is_told_to_close_another_accounts_open_case_folder_himself(tmp_path, umask_022):
    case = _case(tmp_path, 0o600)
    (tmp_path / "out" / "rejon").mkdir(parents=True)
    os.chown(tmp_path / "out" / "rejon", 65534, 65534)
    (tmp_path / "out" / "rejon").chmod(0o777)
    result = run("plan", case, "-o", tmp_path / "out")
    told = " ".join(result.output.split())
    assert result.exit_code == 1 and "jako administrator odbierz innym prawo zapisu sam (chmod o-w" in told, told
    assert "usunął" not in told


@needs_root
def test_a_case_folder_of_a_deleted_account_is_told_as_such(tmp_path, umask_022):
    case = _case(tmp_path, 0o640)
    out = tmp_path / "zespol"
    (out / "rejon").mkdir(parents=True)
    os.chown(out / "rejon", TEAMMATE, -1)  # a uid no account has: his account deleted
    result = run("plan", case, "-o", out)
    told = " ".join(result.output.split())
    assert result.exit_code == 1 and f"należy do usuniętego konta (numer {TEAMMATE})" in told, told
    assert "poproś administratora" in told and f"mv {out / 'rejon'}" in told and "poproś go" not in told, told


def test_another_accounts_file_in_a_sticky_folder_is_told_as_one_to_remove_whatever_its_mode(tmp_path, monkeypatch):
    from pismo.files import output

    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}")
    monkeypatch.setattr(output, "sticky_owner", lambda path, follow=True: "ewa")
    monkeypatch.setattr(output, "foreign_owner", lambda path: "ewa")  # read-only to this account
    told = output._refusal([], [], [manifest])
    assert "folder z bitem „sticky”" in told and "poproś ich właściciela (albo administratora), żeby je usunął" in told
    assert "zmianę uprawnień" not in told, told


# --- finding 4: a documents folder's default ACL kept the team's rights once the case was made private -------------

@pytest.mark.parametrize("later", [False, True])
def test_a_private_cases_documents_folder_gives_the_team_nothing_by_its_default_acl(tmp_path, monkeypatch, umask_022,
                                                                                   later):
    from test_files_rev_files17b import _default_acl
    from test_files_rev_files18b import _default_of

    team = tmp_path / "zespol"
    team.mkdir()
    os.chown(team, -1, TEAM)
    team.chmod(0o2770)
    _default_acl(team, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE), (OTHER, 5, NONE)])
    case = _case(team, 0o660 if later else 0o600)
    os.removexattr(case, "system.posix_acl_access")  # setfacl -b: its mode alone
    monkeypatch.chdir(team)
    result = run("plan", case.name)
    assert result.exit_code == 0, result.output
    if later:  # the team case made private: chmod 600
        case.chmod(0o600)
        case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczno"), encoding="utf-8")
        result = run("plan", case.name)
        assert result.exit_code == 0, result.output
    default = _default_of(team / "pisma" / "rejon")
    assert default and not any(r for (t, _), r in default.items() if t not in (USER_OBJ, MASK)), default


# --- finding 5: root's run made the officer's own `pisma` root's, listable by all, and her only passed through -----

@needs_root
def test_root_makes_the_output_folder_in_the_officers_own_folder_hers(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    home.chmod(0o700)
    case = _case(home, 0o600)
    os.chown(case, 65534, 65534)
    monkeypatch.chdir(home)
    result = run("plan", case.name)
    assert result.exit_code == 0, result.output
    assert os.stat(home / "pisma").st_uid == 65534
    assert os.stat(home / "pisma" / "rejon").st_uid == 65534


def test_an_imported_case_is_closed_to_a_colleague_the_plan_shuts_out_before_its_text_is_written(
        tmp_path, umask_022, seen_at_write):
    folder = _shared_folder(tmp_path)
    plan = folder.parent / "plan.txt"
    shutil.copy(Path(__file__).parent / "import" / "02-bez-numerow.txt", plan)  # a plan read to a case
    plan.chmod(0o640)
    os.rename(plan, folder / "plan.txt")
    result = run("import", folder / "plan.txt", "-o", folder / "rejon.yaml")
    assert result.exit_code == 0, result.output
    assert seen_at_write and not any(seen_at_write), seen_at_write


# --- finding 10's folder: passage's entry for the case owner on a teammate's `pisma` (user:anna:--x) took her
# group's rights away -------------------------------------------------------------------------------------------

@needs_root
def test_passage_never_takes_from_the_case_owner_what_her_group_gives_on_a_folder_made_on_the_way(tmp_path,
                                                                                                  monkeypatch):
    from pismo.files import casefile

    monkeypatch.setattr(casefile, "_groups_of", lambda uid: {TEAM} if uid == OFFICER else set())
    old = os.umask(0o007)
    try:
        team = tmp_path / "zespol"
        team.mkdir()
        os.chown(team, -1, TEAM)
        team.chmod(0o2770)
        case = _case(team, 0o660)
        os.chown(case, OFFICER, TEAM)
        monkeypatch.chdir(team)
        result = run("plan", case.name)
        assert result.exit_code == 0, result.output
    finally:
        os.umask(old)
    given = _given(team / "pisma")
    assert given.get((USER, OFFICER), 7) == 7, acl_entries(team / "pisma")  # her group's rwx, not --x


def test_a_colleague_the_case_names_who_cannot_enter_the_officers_own_folder_is_told_how_to_let_her(tmp_path,
                                                                                                  monkeypatch,
                                                                                                  umask_022):
    from pismo.files import output

    monkeypatch.setattr(output, "_user_name", lambda uid: {EWA: "ewa"}.get(uid, str(uid)))
    case = _case(tmp_path, 0o600)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    (out / "rejon" / "notatka.txt").write_text("notatka\n")  # the officer's own file: the folder is hers
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczno"), encoding="utf-8")
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    told = " ".join(result.output.split())
    assert f"uruchom: setfacl -m u:ewa:x {out / 'rejon'}" in told, told
