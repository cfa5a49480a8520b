"""rev-files17 (second part) and rev-files16 #4: whose objects pismo uses, and what rights its new files get."""

from __future__ import annotations

import os
import shutil
import stat
import struct

import pytest
from pathlib import Path

from conftest import run
from helpers import LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries

GROUP_OBJ = 0x04


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _default_acl(folder, entries) -> None:
    blob = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in entries)
    try:
        os.setxattr(folder, "system.posix_acl_default", blob)
    except (OSError, AttributeError) as exc:
        pytest.skip(f"no default ACL here: {exc}")


# „setfacl -d -m u:1234:rwx”: a colleague's default entry, other r-x
_FOR_A_COLLEAGUE = [(USER_OBJ, 7, NONE), (USER, 7, 1234), (GROUP_OBJ, 5, NONE), (MASK, 7, NONE), (OTHER, 5, NONE)]


def _given(path) -> dict:
    entries = acl_entries(path)
    mask = next((r for t, r, _ in entries if t == MASK), 7)
    return {(t, who): (r & mask if t in (GROUP_OBJ, USER) else r) for t, r, who in entries}


# --- finding 10: a default ACL on the output folder overrode a private case's narrowing (umask 077) ----------------

@pytest.mark.parametrize("existing", [False, True])
def test_a_private_cases_documents_stay_private_under_a_folders_default_acl(tmp_path, umask_077, existing):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    out = tmp_path / "wspolne"
    out.mkdir()
    _default_acl(out, _FOR_A_COLLEAGUE)
    if existing:  # made beforehand by the officer: it inherited the default ACL
        (out / "rejon").mkdir()
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "manifest.json"):
        path = out / "rejon" / name
        assert _mode(path) & 0o077 == 0, (name, oct(_mode(path)))
        assert (USER, 1234) not in _given(path), (name, acl_entries(path))  # not even an entry masked to nothing


def test_the_next_period_of_a_private_plan_stays_private_under_a_folders_default_acl(tmp_path, umask_077):
    old = tmp_path / "stary.yaml"
    shutil.copy(LECZNA, old)
    old.chmod(0o600)
    out = tmp_path / "wspolne"
    out.mkdir()
    _default_acl(out, _FOR_A_COLLEAGUE)
    result = run("nowa", out / "nowy.yaml", "--z", old)
    assert result.exit_code == 0, result.output
    assert _mode(out / "nowy.yaml") & 0o077 == 0 and (USER, 1234) not in _given(out / "nowy.yaml")


def test_a_team_folders_default_acl_still_gives_the_team_rw_on_an_open_cases_documents(tmp_path, umask_022):
    """Ordinary input: a case every account may read (umask 022) in a team folder whose default ACL gives a colleague
    rw – the folder's rule stands, as any program's new file there gets it."""
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o644)
    out = tmp_path / "zespol"
    out.mkdir()
    _default_acl(out, _FOR_A_COLLEAGUE)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert _given(out / "rejon" / "plan.docx")[(USER, 1234)] == 6


needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give files "
                                                                                         "another owner")


def _case(tmp_path, mode=0o644):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(mode)
    return case


# --- finding 11: a pipe, or another account's file in a sticky folder, was taken for pismo's lock (waited on 60 s) ---

def test_a_pipe_in_the_lock_files_place_is_refused_at_once_even_while_held(tmp_path):
    import fcntl
    import time

    folder = tmp_path / "a" / "rejon"
    folder.mkdir(parents=True)
    os.mkfifo(folder / ".pismo.lock")
    holder = os.open(folder / ".pismo.lock", os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)  # its planter holds it
    try:
        start = time.monotonic()
        result = run("plan", _case(tmp_path), "-o", folder.parent)
        assert time.monotonic() - start < 20
    finally:
        os.close(holder)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "plik specjalny (np. potok)" in said and "zapisuje teraz inne" not in said, said
    assert sorted(os.listdir(folder)) == [".pismo.lock"]


@needs_root
def test_another_accounts_lock_file_in_a_sticky_folder_is_refused_by_its_owner(tmp_path, monkeypatch):
    from pismo.files import folderlock, output

    folder = tmp_path / "b" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o1777)  # root's, shared
    lock = folder / ".pismo.lock"
    lock.touch()
    lock.chmod(0o666)
    os.chown(lock, 65534, 65534)
    import fcntl
    import time

    holder = os.open(lock, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # its planter holds it (one nobody holds is taken: rev-files18 #2)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    start = time.monotonic()
    try:
        with pytest.raises(folderlock.NotOurs) as caught, folderlock.holding(folder, wait=30):
            pass
    finally:
        os.close(holder)
    assert time.monotonic() - start < 10  # a 1777 folder: refused at once, never waited on
    said = output.lock_in_way(caught.value)
    assert "należy do użytkownika nobody" in said and "poproś go" in said and "usuń" not in said.split("–")[0], said
    assert lock.exists()


@needs_root
def test_a_teammates_lock_in_a_team_folder_is_still_taken_once_free(tmp_path, monkeypatch):
    """Ordinary input: a teammate's leftover (or live) lock in a team folder that is not sticky is a lock – waited on,
    taken once free; so is another account's in this account's own sticky folder."""
    from pismo.files import folderlock

    for mode in (0o2770, 0o1777):
        folder = tmp_path / oct(mode) / "rejon"
        folder.mkdir(parents=True)
        folder.chmod(mode)
        os.chown(folder, 1234 if mode == 0o1777 else 0, -1)
        (folder / ".pismo.lock").touch()
        os.chown(folder / ".pismo.lock", 65534, 65534)
        monkeypatch.setattr(os, "geteuid", lambda: 1234)
        with folderlock.holding(folder, wait=1):
            pass
        monkeypatch.undo()


# --- finding 9: another account's pipe or folder in a document's place in a sticky folder was told „usuń go” ------

@needs_root
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_another_accounts_pipe_or_folder_in_a_documents_place_is_told_by_its_owner(tmp_path, monkeypatch, kind):
    folder = tmp_path / "d" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o1777)
    planted = folder / "plan.docx"
    os.mkfifo(planted) if kind == "fifo" else planted.mkdir()
    os.chown(planted, 65534, 65534)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    said = " ".join(run("plan", _case(tmp_path), "-o", folder.parent).output.split())
    assert "nie jest zwykłym plikiem" in said and "należy on do użytkownika nobody" in said, said
    assert "usuń go" not in said and "poproś go o to albo podaj inny folder" in said, said


def test_ones_own_folder_in_a_documents_place_is_still_told_to_remove(tmp_path):
    folder = tmp_path / "d" / "rejon"
    (folder / "plan.docx").mkdir(parents=True)
    said = " ".join(run("plan", _case(tmp_path), "-o", folder.parent).output.split())
    assert "nie jest zwykłym plikiem (np. jest folderem) – usuń go albo podaj inny folder" in said, said


# --- finding 1: a teammate's case folder in the team's sticky share took a private case's documents ---------------

def _teammates_folder(tmp_path):
    team = tmp_path / "zespol"
    (team / "rejon").mkdir(parents=True)
    team.chmod(0o3770)  # the team's share, sticky – no other write bit
    (team / "rejon").chmod(0o770)
    os.chown(team / "rejon", 65534, 65534)  # nobody's: the teammate who made it
    return team


@needs_root
def test_a_teammates_case_folder_is_refused_for_a_case_he_may_not_read(tmp_path, monkeypatch):
    case = _case(tmp_path, 0o600)
    team = _teammates_folder(tmp_path)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    result = run("plan", case, "-o", team)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "należy do użytkownika nobody, który nie może czytać pliku sprawy" in said, said
    assert list((team / "rejon").iterdir()) == []


@needs_root
@pytest.mark.parametrize("shared", ["group", "others"])
def test_a_teammates_case_folder_is_still_used_for_a_case_he_may_read(tmp_path, monkeypatch, shared):
    """Ordinary input: a team case (its group the teammate's, or open to all) written into the folder a teammate
    made for it."""
    case = _case(tmp_path, 0o640 if shared == "group" else 0o644)
    os.chown(case, 0, 65534)
    team = _teammates_folder(tmp_path)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    result = run("plan", case, "-o", team)
    assert "folder sprawy należy" not in result.output, result.output


# --- finding 6: a case folder root made that every account may write (no sticky bit) was used for a private case --

@needs_root
def test_roots_case_folder_open_to_all_without_the_sticky_bit_is_refused(tmp_path, monkeypatch):
    shared = tmp_path / "wspolny"
    (shared / "rejon").mkdir(parents=True)
    shared.chmod(0o1777)
    (shared / "rejon").chmod(0o777)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    said = " ".join(run("plan", _case(tmp_path, 0o600), "-o", shared).output.split())
    assert "należy do użytkownika root i może w nim zapisywać każdy" in said and "poproś administratora" in said, said
    assert list((shared / "rejon").iterdir()) == []


@needs_root
def test_roots_sticky_case_folder_is_still_used(tmp_path, monkeypatch):
    shared = tmp_path / "wspolny"
    (shared / "rejon").mkdir(parents=True)
    (shared / "rejon").chmod(0o1777)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    result = run("plan", _case(tmp_path, 0o600), "-o", shared)
    assert "folder sprawy należy" not in result.output, result.output


@needs_root
def test_readable_by_follows_the_systems_order(tmp_path):
    from helpers import set_acl

    from pismo.files.casefile import readable_by

    case = _case(tmp_path, 0o640)
    os.chown(case, 0, 65534)
    assert readable_by(case, 65534) and not readable_by(case, 424242)  # its group; a uid of no account
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 0, 65534), (GROUP_OBJ, 4, NONE), (MASK, 4, NONE), (OTHER, 4, NONE)])
    assert not readable_by(case, 65534)  # a named entry of nothing comes before the group and others


# --- finding 5: a case's history folder another account made 0755 with an ACL entry for the officer was used -----

def _history_of_another(tmp_path, case_mode):
    from pismo.web.store import Store

    cases = tmp_path / "sprawy"
    cases.mkdir()
    cases.chmod(0o1777)
    (cases / "w.yaml").write_text("a: 1\n")
    (cases / "w.yaml").chmod(case_mode)
    os.chown(cases / "w.yaml", 0, 65534)
    history = cases / ".pismo-historia" / "w"
    history.mkdir(parents=True)
    history.chmod(0o775)  # not open to all: this account let in by its group or an ACL entry the owner controls
    os.chown(history, 65534, 65534)
    return Store(cases), history


@needs_root
def test_web_save_refuses_a_history_folder_of_an_account_that_may_not_read_the_case(tmp_path):
    from pismo.web.store import StoreError, digest

    store, history = _history_of_another(tmp_path, 0o600)
    (history / "2026-12-06_09-00-00-000000_poprzednia.yaml").write_text("a: podmieniona\n")
    with pytest.raises(StoreError, match="należy do użytkownika nobody, który nie może czytać pliku tej sprawy"):
        store.save("w", "a: 2\n", digest(b"a: 1\n"))
    assert (store.folder / "w.yaml").read_text() == "a: 1\n" and store.history("w") == []


@needs_root
def test_web_save_uses_a_teammates_history_folder_of_a_team_case(tmp_path):
    """Ordinary input: the team's case (its group the teammate's) whose history a teammate's save began."""
    from pismo.web.store import digest

    store, history = _history_of_another(tmp_path, 0o660)
    store.save("w", "a: 2\n", digest(b"a: 1\n"))
    assert (store.folder / "w.yaml").read_text() == "a: 2\n" and len(store.history("w")) == 1


# --- finding 7: the output folder a private run made stayed 0700 once the case was shared: the team could not reach it

@pytest.mark.skipif(not hasattr(os, "getxattr"), reason="POSIX ACLs")
def test_the_output_folder_a_private_run_made_lets_the_team_through_once_the_case_is_shared(tmp_path, umask_077):
    case = _case(tmp_path, 0o600)
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    assert _mode(out) == 0o700
    os.chown(case, -1, 65534)  # shared with the team
    case.chmod(0o640)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert _given(out).get((0x08, 65534)) == 1, acl_entries(out)  # the team's group: x only
    assert _mode(out) & 0o007 == 0  # others: still nothing


def test_an_output_folder_of_an_open_case_is_entered_by_others_but_never_listed(tmp_path, umask_077):
    case = _case(tmp_path, 0o600)
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    case.chmod(0o644)
    assert run("plan", case, "-o", out).exit_code == 0
    assert _mode(out) & 0o007 == 0o001


def test_the_officers_own_output_folder_with_other_files_keeps_its_rights(tmp_path, umask_077):
    """Ordinary input: a private folder of the officer's (his notes in it) used as -o is his, however the case is
    shared: x on it would open his notes to whoever knows their names."""
    case = _case(tmp_path, 0o600)
    out = tmp_path / "prywatne"
    out.mkdir(mode=0o700)
    (out / "notatki.txt").write_text("PESEL 85010112345\n")
    assert run("plan", case, "-o", out).exit_code == 0
    case.chmod(0o644)
    assert run("plan", case, "-o", out).exit_code == 0
    assert _mode(out) == 0o700 and not acl_entries(out)


def test_a_case_folder_behind_a_closed_folder_is_not_told_as_one_to_make(tmp_path, monkeypatch):
    from pismo.files import output

    closed = tmp_path / "pisma"
    closed.mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == closed else real(path, mode))
    monkeypatch.setattr(os, "mkdir", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied", a[0])))
    with pytest.raises(output.OutputError) as caught:
        output._make_folder(closed / "rejon", " wyjściowy (-o)")
    assert "nie można dotrzeć do folderu ani go utworzyć" in str(caught.value), caught.value


def test_an_open_cases_documents_under_umask_077_take_a_team_folders_default_acl(tmp_path, umask_077):
    """Ordinary input: the case every account may read, the officer's umask 077, a team folder whose default ACL
    gives a colleague rw – the folder's rule stands over the umask, as for any program's new file there (the case
    closes no class of accounts)."""
    case = _case(tmp_path, 0o644)
    out = tmp_path / "zespol"
    out.mkdir()
    _default_acl(out, _FOR_A_COLLEAGUE)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert _given(out / "rejon" / "plan.docx")[(USER, 1234)] == 6
