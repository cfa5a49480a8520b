"""rev-files17: records another account wrote speak for no file; folders pismo did not make keep their rights."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat

import pytest

from conftest import run
from helpers import LECZNA
from test_files_rev_files16 import _planted


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def root_only():
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to give files another owner")


@pytest.fixture
def shared_folder(tmp_path, umask_022):
    """A 1777 documents folder of this account's with a teammate's file (not this account's, never pismo's)."""
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    folder = tmp_path / "wspolny" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o1777)
    theirs = folder / "notatki-celiny.docx"
    theirs.write_text("notatki celiny z dzielnicy\n")
    os.chown(theirs, 65533, 65533)
    theirs.chmod(0o666)
    return case, folder, theirs


# --- finding 2: a planted record removed a teammate's file and was carried into this account's manifest ---------

@pytest.mark.parametrize("name", ["manifest.json", ".pismo-w-toku.json"])
def test_another_accounts_record_removes_no_teammates_file(root_only, shared_folder, name):
    case, folder, theirs = shared_folder
    _planted(folder, name, theirs)
    result = run("plan", case, "-o", folder.parent)
    assert result.exit_code == 0, result.output
    assert theirs.read_text() == "notatki celiny z dzielnicy\n" and "Usunięto" not in result.output
    assert "notatki-celiny.docx" not in (folder / "manifest.json").read_text()


# --- finding 8: a manifest rewritten over a planted one took the planted file's mode (0666) -----------------------

def test_a_manifest_rewritten_over_a_planted_one_is_fresh_and_no_wider_than_its_files(root_only, tmp_path, umask_022):
    from pismo.files import output

    folder = tmp_path / "wspolny" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o1777)
    pdf = folder / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7 prywatny\\n")
    pdf.chmod(0o600)
    (folder / "manifest.json").write_text(json.dumps({"sprawa": "rejon", "dokumenty": []}))
    os.chown(folder / "manifest.json", 65534, 65534)
    (folder / "manifest.json").chmod(0o666)
    files = {"plan.pdf": (hashlib.sha256(pdf.read_bytes()).hexdigest(), pdf.stat().st_size)}
    assert output.add_to_record_locked(folder, files, "pdf")
    manifest = folder / "manifest.json"
    assert os.lstat(manifest).st_uid == 0 and _mode(manifest) == 0o600
    assert "plan.pdf" in manifest.read_text()


# --- finding 3: a private folder the officer made was widened at the second run when her other files were hidden ---

@pytest.mark.parametrize("hidden", [".pesel-kowalski.txt", ".git"])
def test_a_private_folder_with_the_officers_hidden_files_is_not_widened_by_a_later_run(tmp_path, umask_022, hidden):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o644)
    private = tmp_path / "prywatne" / "rejon"
    private.mkdir(parents=True)
    private.chmod(0o700)
    (private / hidden).write_text("PESEL 85010112345\n")
    for _ in range(2):
        result = run("plan", case, "-o", tmp_path / "prywatne")
        assert result.exit_code == 0, result.output
        assert _mode(private) == 0o700


def test_a_folder_pismo_made_with_only_its_own_hidden_files_still_follows_the_case(tmp_path, umask_022):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    (folder / "~$plan.docx").write_text("word\n")
    (folder / ".plan.docx.pismo-abcd1234.tmp").write_text("left by a killed run\n")
    case.chmod(0o644)
    result = run("plan", case, "-o", tmp_path / "pisma")
    assert result.exit_code == 0, result.output
    assert _mode(folder) == 0o755


# --- finding 4: the -o folders made on the way took the case's named entries with write (rw became rwx) ----------

def test_folders_on_the_way_to_the_output_take_no_write_from_the_cases_acl(tmp_path, umask_022):
    from helpers import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    result = run("plan", case, "-o", tmp_path / "srv" / "pisma" / "nowy")
    assert result.exit_code == 0, result.output
    for on_the_way in (tmp_path / "srv", tmp_path / "srv" / "pisma", tmp_path / "srv" / "pisma" / "nowy"):
        named = [rights for tag, rights, who in acl_entries(on_the_way) if tag == USER and who == 1234]
        assert named == [1], (on_the_way, acl_entries(on_the_way))
    documents = tmp_path / "srv" / "pisma" / "nowy" / "rejon"
    assert [rights for tag, rights, who in acl_entries(documents) if tag == USER and who == 1234] == [7]


def test_a_planted_manifest_this_account_may_not_write_is_still_replaced_in_its_own_folder(root_only, shared_folder,
                                                                                           monkeypatch):
    case, folder, theirs = shared_folder
    _planted(folder, "manifest.json", theirs, mode=0o644)
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode & os.W_OK and os.stat(path).st_uid
                        == 65534 else real(path, mode, **kw))  # as an account that is not its writer
    result = run("plan", case, "-o", folder.parent)
    assert result.exit_code == 0, result.output
    assert os.lstat(folder / "manifest.json").st_uid == 0 and theirs.exists()


def test_roots_second_run_for_an_officers_case_replaces_its_documents(root_only, tmp_path, umask_022):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    os.chown(case, 65534, 65534)
    assert run("plan", case, "-o", tmp_path / "srv").exit_code == 0
    assert os.lstat(tmp_path / "srv" / "rejon" / "manifest.json").st_uid == 65534
    case.write_text(case.read_text() + "\n")
    result = run("plan", case, "-o", tmp_path / "srv")
    assert result.exit_code == 0, result.output
