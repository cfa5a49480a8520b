"""rev-files16: folders and records another account (or the user) made are not pismo's to re-mode, own or trust."""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import shutil
import stat

import pytest

from conftest import run
from helpers import LECZNA

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to give files another owner")
acls = pytest.mark.skipif(not hasattr(os, "getxattr"), reason="POSIX ACLs")


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# --- finding 1: a folder pismo did not make was re-moded to the case file's sharing (also when the write was refused)

def test_a_private_folder_the_user_made_is_not_opened_to_the_case_files_sharing(tmp_path, umask_022):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o644)
    private = tmp_path / "prywatne" / "rejon"
    private.mkdir(parents=True)
    private.chmod(0o700)
    (private / "wrazliwe.txt").write_text("PESEL 85010112345\n")
    assert run("plan", case, "-o", tmp_path / "prywatne").exit_code == 0
    assert (private / "plan.docx").exists() and _mode(private) == 0o700


def test_a_refused_write_leaves_the_folder_as_it_was(tmp_path, umask_022):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o644)
    private = tmp_path / "prywatne" / "rejon"
    private.mkdir(parents=True)
    private.chmod(0o700)
    (private / "plan.docx").write_text("moje\n")
    result = run("plan", case, "-o", tmp_path / "prywatne")
    assert result.exit_code != 0 and "nic nie zapisano" in result.output
    assert _mode(private) == 0o700


@needs_root
def test_a_team_folder_keeps_its_group_and_rights_when_a_private_case_is_written_there(tmp_path):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    team = tmp_path / "zespol" / "rejon"
    team.mkdir(parents=True)
    os.chown(team, -1, 65534)
    team.chmod(0o2770)
    (team / "notatki.txt").write_text("notatki zespołu\n")
    assert run("plan", case, "-o", tmp_path / "zespol").exit_code == 0
    assert _mode(team) == 0o2770 and os.stat(team).st_gid == 65534


def test_a_folder_pismo_made_for_the_case_still_follows_it(tmp_path, umask_022):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    assert _mode(tmp_path / "pisma" / "rejon") == 0o700
    case.chmod(0o644)
    case.write_text(case.read_text() + "\n")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    assert _mode(tmp_path / "pisma" / "rejon") == 0o755


# --- finding 2: root's run gave the case's owner the -o folders it made on the way, or a uid with no account --------

def _no_account() -> int:
    return next(uid for uid in range(4321, 60000) if uid not in {p.pw_uid for p in pwd.getpwall()})


@needs_root
def test_documents_for_a_case_of_a_uid_no_account_has_stay_the_runners(tmp_path):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    os.chown(case, _no_account(), _no_account())
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out / "nowy").exit_code == 0
    for path in (out, out / "nowy", out / "nowy" / "rejon", out / "nowy" / "rejon" / "plan.docx"):
        assert os.stat(path).st_uid == 0, path


@needs_root
def test_owner_like_never_follows_a_link(tmp_path):
    from pismo.files.casefile import owner_like

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    os.chown(case, 65534, 65534)
    target = tmp_path / "cel"
    target.mkdir()
    (tmp_path / "link").symlink_to(target)
    owner_like(tmp_path / "link", case)
    assert os.stat(target).st_uid == 0 and os.lstat(tmp_path / "link").st_uid == 0


# --- finding 5: another account's manifest or interrupted-write record made pismo remove or replace one's files -----

def _planted(folder, name, listed, owner=65534, mode=0o664) -> None:
    data = listed.read_bytes()
    entry = {"rodzaj": "wniosek", "plik": listed.name, "adresat": None, "sha256": hashlib.sha256(data).hexdigest(),
             "rozmiar": len(data)}
    (folder / name).write_text(json.dumps({"sprawa": "rejon", "dokumenty": [entry]}))
    os.chown(folder / name, owner, owner)
    (folder / name).chmod(mode)


@pytest.fixture
def shared_folder(tmp_path, monkeypatch, umask_022):
    """A 1777 documents folder of this account's, with its own document pismo never wrote."""
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    folder = tmp_path / "wspolny" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o1777)
    own = folder / "pismo-do-prokuratury.docx"
    own.write_text("moje pismo do prokuratury\n")
    return case, folder, own


@pytest.fixture
def another(monkeypatch):
    """Records chowned to 65534 (nobody): only root may give them."""
    if os.geteuid() != 0:
        pytest.skip("needs root to give a record another owner")


@pytest.mark.parametrize("name", ["manifest.json", ".pismo-w-toku.json"])
def test_another_accounts_record_removes_none_of_ones_files(shared_folder, another, name):
    case, folder, own = shared_folder
    _planted(folder, name, own)
    result = run("plan", case, "-o", folder.parent)
    assert result.exit_code == 0, result.output
    assert own.read_text() == "moje pismo do prokuratury\n" and "Usunięto" not in result.output


def test_another_accounts_manifest_lets_no_hand_made_document_be_replaced(shared_folder, another):
    case, folder, _ = shared_folder
    mine = folder / "plan.docx"
    mine.write_text("moj plan\n")
    _planted(folder, "manifest.json", mine)
    result = run("plan", case, "-o", folder.parent)
    assert result.exit_code != 0 and "--nadpisz" in result.output
    assert mine.read_text() == "moj plan\n"


@acls
def test_a_manifest_rewritten_over_another_accounts_gives_it_no_acl_entry(shared_folder, another):
    from helpers import USER, acl_entries

    case, folder, own = shared_folder
    _planted(folder, "manifest.json", own)
    assert run("plan", case, "-o", folder.parent).exit_code == 0
    manifest = folder / "manifest.json"
    assert os.stat(manifest).st_uid == 0
    assert not any(tag == USER and who == 65534 for tag, _, who in acl_entries(manifest))
    assert "pismo-do-prokuratury.docx" not in manifest.read_text()


# --- finding 3: another account's case folder in a /tmp-like folder, letting this one in by an ACL: used silently ---

@needs_root
def test_another_accounts_case_folder_in_a_folder_anyone_may_write_is_refused_in_any_mode(tmp_path, monkeypatch):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    shared = tmp_path / "wspolny"
    (shared / "rejon").mkdir(parents=True)
    shared.chmod(0o1777)
    (shared / "rejon").chmod(0o775)  # this account let in by its group or an ACL entry the owner controls
    os.chown(shared / "rejon", 65534, 65534)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    said = " ".join(run("plan", case, "-o", shared).output.split())
    assert "folder sprawy należy do użytkownika nobody, a leży w folderze, w którym może zapisywać każdy" in said, said
    assert list((shared / "rejon").iterdir()) == []


def test_a_teammates_case_folder_in_a_team_folder_is_still_used(tmp_path, monkeypatch):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    team = tmp_path / "zespol"
    (team / "rejon").mkdir(parents=True)
    team.chmod(0o2770)
    (team / "rejon").chmod(0o2770)
    owner = os.stat(team / "rejon").st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)  # a teammate's run
    result = run("plan", case, "-o", team)
    assert "folder sprawy należy" not in result.output


# --- finding 7: a case's history folder another account made, writable by all, took the officer's kept versions ---

@needs_root
def test_web_save_refuses_a_history_folder_another_account_made_open_to_all(tmp_path):
    from pismo.web.store import Store, StoreError, digest

    cases = tmp_path / "sprawy"
    cases.mkdir()
    cases.chmod(0o1777)
    (cases / "w.yaml").write_text("a: 1\n")
    history = cases / ".pismo-historia" / "w"
    history.mkdir(parents=True)
    for folder in (history.parent, history):
        folder.chmod(0o777)
        os.chown(folder, 65534, 65534)
    (history / "2026-12-06_09-00-00-000000_poprzednia.yaml").write_text("a: podmieniona\n")
    store = Store(cases)
    with pytest.raises(StoreError, match=r"Folder historii wersji tej sprawy \(„\.pismo-historia/w” w folderze spraw\) należy do użytkownika nobody"):
        store.save("w", "a: 2\n", digest(b"a: 1\n"))
    assert (cases / "w.yaml").read_text() == "a: 1\n"
    assert store.history("w") == []


# --- finding 6: another account's link in a sticky folder: „usuń je” advised to one who cannot remove it -----------

def test_another_accounts_link_in_a_sticky_folder_is_told_by_its_owner(tmp_path, monkeypatch):
    shared = tmp_path / "wspolny"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "sprawa.yaml").symlink_to(tmp_path / "zlapane.yaml")
    owner = os.lstat(shared / "sprawa.yaml").st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)
    said = " ".join(run("nowa", shared / "sprawa.yaml").output.split())
    assert "należy ono do użytkownika" in said and "poproś go o to albo" in said and "usuń je" not in said, said
    assert not (tmp_path / "zlapane.yaml").exists()


# --- finding 8: `pismo pdf` on a read-only medium whose PDFs are all current failed, and advised --nadpisz ---------

def test_pdf_of_current_pdfs_on_a_read_only_medium_has_nothing_to_do(tmp_path, monkeypatch):
    from helpers import copying_soffice

    from pismo.files import output, pdf

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    soffice = copying_soffice(tmp_path)
    assert run("plan", case, "-o", tmp_path / "pisma", "--pdf", "--soffice", soffice).exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    (folder / "plan.pdf").chmod(0o444)
    monkeypatch.setattr(output, "on_read_only_medium", lambda path: True)
    monkeypatch.setattr(pdf, "_unwritable", lambda where: "nie można zapisać w tym folderze (nośnik tylko do odczytu)")
    result = run("pdf", folder, "--soffice", soffice)
    said = " ".join(result.output.split())
    assert result.exit_code == 0 and "błąd" not in said and "--nadpisz" not in said, said
    assert "leży na nośniku tylko do odczytu" in said, said
