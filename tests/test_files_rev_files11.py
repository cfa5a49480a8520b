"""Findings of the eleventh files review (rev-files11) of issue 17."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from conftest import run
from helpers import GROUP_OBJ, LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries as _acl, set_acl as _set_acl
from pismo.files import casefile, output
from pismo.web.store import Store, digest

PLAN = Path(__file__).parent / "import" / "02-bez-numerow.txt"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- finding 7: a private case file's new text went to a 0644 temporary first, chmod'ed only after -----------------

@pytest.fixture
def writes_seen(monkeypatch):
    """The permissions of every temporary at the moment bytes are written into it."""
    seen: list[int] = []
    real = output._write_bytes

    def watched(handle, data):
        seen.append(stat.S_IMODE(os.fstat(handle).st_mode))
        real(handle, data)

    monkeypatch.setattr(output, "_write_bytes", watched)
    return seen


def _private_case(tmp_path) -> Path:
    case = tmp_path / "k.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    case.chmod(0o600)
    return case


def test_odmien_writes_a_private_case_files_text_only_into_a_private_temporary(tmp_path, writes_seen):
    case = _private_case(tmp_path)
    casefile.replace(case, b"a: 2\n", casefile.version_of(case))
    assert writes_seen and all(mode & 0o077 == 0 for mode in writes_seen), [oct(m) for m in writes_seen]
    assert case.read_bytes() == b"a: 2\n" and _mode(case) == 0o600


def test_web_save_writes_a_private_case_files_text_only_into_private_files(tmp_path, writes_seen):
    case = _private_case(tmp_path)
    store = Store(tmp_path)
    store.save("k", "a: 2\n", digest(store.read("k")))
    assert writes_seen and all(mode & 0o077 == 0 for mode in writes_seen), [oct(m) for m in writes_seen]
    assert _mode(case) == 0o600


def test_import_over_a_private_case_file_never_writes_it_into_an_open_temporary(tmp_path, writes_seen):
    from pismo import api

    case = _private_case(tmp_path)
    api.import_plan(PLAN, case, overwrite=True)
    assert writes_seen and all(mode & 0o077 == 0 for mode in writes_seen), [oct(m) for m in writes_seen]
    assert _mode(case) == 0o600 and case.read_bytes() != b"a: 1\n"


# --- finding 15: a case made from a private one (nowa --z, import, the web's „Nowy okres”) was made 0644 -----------

def test_next_period_of_a_private_plan_is_private(tmp_path):
    old = tmp_path / "stary.yaml"
    old.write_bytes(LECZNA.read_bytes())
    old.chmod(0o600)
    result = run("nowa", tmp_path / "nowy.yaml", "--z", old)
    assert result.exit_code == 0, result.output
    assert _mode(tmp_path / "nowy.yaml") == 0o600


def test_next_period_of_an_open_plan_is_made_as_any_new_file(tmp_path):
    old = tmp_path / "stary.yaml"
    old.write_bytes(LECZNA.read_bytes())
    old.chmod(0o666)
    result = run("nowa", tmp_path / "nowy.yaml", "--z", old)
    assert result.exit_code == 0, result.output
    assert _mode(tmp_path / "nowy.yaml") == output.shareable_mode()


def test_import_of_a_private_plan_is_private(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_bytes(PLAN.read_bytes())
    source.chmod(0o600)
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    assert _mode(tmp_path / "plan.yaml") == 0o600


def test_web_next_period_of_a_private_case_is_private(tmp_path):
    (tmp_path / "stary.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "stary.yaml").chmod(0o640)
    store = Store(tmp_path)
    store.create("nowy", "a: 2\n", "stary")
    store.create("inny", "a: 3\n")
    assert _mode(tmp_path / "nowy.yaml") == 0o640 & output.shareable_mode()
    assert _mode(tmp_path / "inny.yaml") == output.shareable_mode()


# --- finding 12: history copies of an ACL-shared case file took the ACL's mask for the group's rights --------------


def _shared_by_acl(path, owner_rights=6) -> None:
    """Owner rw, one colleague (uid 1234) rw, the owning group and others nothing: the mode shows 0660 (mask)."""
    _set_acl(path, [(USER_OBJ, owner_rights, NONE), (USER, 6, 1234), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE),
                    (OTHER, 0, NONE)])


def test_web_history_of_an_acl_shared_case_file_is_not_readable_by_the_group(tmp_path):
    case = tmp_path / "w.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    case.chmod(0o600)
    _shared_by_acl(case)
    assert _mode(case) & 0o060 == 0o060  # the mask
    store = Store(tmp_path)
    store.save("w", "a: 2\n", digest(store.read("w")))
    history = tmp_path / ".pismo-historia" / "w"
    (copy,) = history.iterdir()
    for path in (copy, history):  # shared as the case file is (rev-files13 #10): its ACL, the group nothing
        entries = _acl(path)
        assert _mode(path) & 0o007 == 0, oct(_mode(path))
        assert (GROUP_OBJ, 0, NONE) in entries if entries else _mode(path) & 0o077 == 0, (oct(_mode(path)), entries)


# --- findings 1 and 4: a lock file beside a document was read whole, its holder printed unbounded and raw ----------

def _document(tmp_path) -> Path:
    document = tmp_path / "plan.docx"
    document.write_bytes(b"PK")
    return document


def test_a_huge_lock_file_is_not_read_into_memory(tmp_path):
    import tracemalloc

    document = _document(tmp_path)
    for name in (".~lock.plan.docx#", "~$plan.docx"):
        lock = tmp_path / name
        with open(lock, "wb") as handle:
            handle.truncate(64 * 1024 * 1024)  # sparse: nothing on disk
        tracemalloc.start()
        try:
            said = output.open_elsewhere(document)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        lock.unlink()
        assert said is not None and "<U+0000>" not in said, said
        assert peak < 4 * 1024 * 1024, (name, peak)


@pytest.mark.parametrize("data", [b"\x00" * 80, b"\x00" * 4096])
def test_a_lock_file_of_nuls_names_no_holder(tmp_path, data):
    document = _document(tmp_path)
    (tmp_path / ".~lock.plan.docx#").write_bytes(data)
    said = output.open_elsewhere(document)
    assert said is not None and "<U+0000>" not in said and "przez:" not in said, said


def test_a_holder_name_is_one_bounded_line_with_controls_shown(tmp_path):
    document = _document(tmp_path)
    lock = tmp_path / ".~lock.plan.docx#"
    lock.write_bytes(b",Jan\nKowalski\x1b[2J,host2,x,y;")
    said = output.open_elsewhere(document)
    assert "\n" not in said and "\x1b" not in said, said
    assert "Jan<U+000A>Kowalski<U+001B>[2J (komputer host2)" in said, said
    lock.write_bytes(b"," + b"A" * 1000 + b",host2,x,y;")
    said = output.open_elsewhere(document)
    assert len(said) < 500 and "A" * 40 in said, said
    (tmp_path / "~$plan.docx").write_bytes(bytes([4]) + b"J\nn\x00" + b"\x00" * 200)
    lock.unlink()
    said = output.open_elsewhere(document)
    assert "\n" not in said and "J<U+000A>n" in said, said


# --- findings 2, 3, 11, 18: the twin-folder note -----------------------------------------------------------------

import unicodedata  # noqa: E402


def _case_at(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(LECZNA.read_bytes())
    return path


def test_on_a_case_insensitive_file_system_the_case_folder_itself_is_no_twin(tmp_path):
    # such a file system lists the folder written as „G” under its first name „g”: one folder, two names
    (tmp_path / "g").mkdir()
    (tmp_path / "G").symlink_to("g")
    assert output.twin_folders(tmp_path / "G") == []
    (tmp_path / "G").unlink()
    (tmp_path / "G").mkdir()
    assert output.twin_folders(tmp_path / "G") == [tmp_path / "g"]  # two folders are twins still


def test_the_folder_of_another_live_case_is_never_called_this_cases_old_folder(tmp_path):
    out = tmp_path / "pisma"
    one, two = _case_at(tmp_path / "a" / "Plan.yaml"), _case_at(tmp_path / "b" / "plan.yaml")
    assert run("plan", one, "-o", out).exit_code == 0
    result = run("plan", two, "-o", out)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"jest folder {out / 'Plan'}" in said and "innej sprawy" in said and str(one) in said, said
    assert "usuń go" not in said and "sprzed zmiany nazwy" not in said, said


def test_a_twin_folder_holding_the_case_file_is_never_to_be_deleted(tmp_path):
    out = tmp_path / "pisma"
    case = _case_at(out / "g" / "g.yaml")
    assert run("plan", case, "-o", out).exit_code == 0
    renamed = case.rename(out / "g" / "G.yaml")
    result = run("plan", renamed, "-o", out)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"jest folder {out / 'g'}" in said and "leży plik tej sprawy" in said, said
    assert "usuń go" not in said, said


def test_a_case_file_renamed_in_letter_case_still_gets_the_old_folder_note(tmp_path):
    out = tmp_path / "pisma"
    case = _case_at(tmp_path / "sprawy" / "plan.yaml")
    assert run("plan", case, "-o", out).exit_code == 0
    result = run("plan", case.rename(case.with_name("Plan.yaml")), "-o", out)
    said = " ".join(result.output.split())
    assert "sprzed zmiany nazwy" in said and "różniącej się tylko wielkością liter" in said, said


def test_a_twin_differing_in_letter_case_and_in_encoding_is_told_both(tmp_path):
    out = tmp_path / "pisma"
    case = _case_at(tmp_path / "sprawy" / "żółw.yaml")
    assert run("plan", case, "-o", out).exit_code == 0
    result = run("plan", case.rename(case.with_name(unicodedata.normalize("NFD", "Żółw") + ".yaml")), "-o", out)
    said = " ".join(result.output.split())
    assert "różniącej się wielkością liter, a polskie litery zapisano w niej też inaczej" in said, said
    assert "tylko wielkością" not in said, said


def test_ctrl_c_in_the_twin_scan_after_the_write_counts_the_case_done(tmp_path, monkeypatch):
    from pismo.cli import console
    from pismo.documents import generate

    def pressed(folder):
        raise KeyboardInterrupt

    monkeypatch.setattr(console, "_own_process", True)  # as pismo's entry point runs it
    monkeypatch.setattr(generate, "twin_folders", pressed)
    case = _case_at(tmp_path / "g.yaml")
    out = tmp_path / "pisma"
    result = run("plan", case, "-o", out)
    assert result.exit_code == 130, result.output
    assert (out / "g" / "plan.docx").is_file()
    assert "nie utworzono" not in result.output and "Ukończone sprawy: 1 z 1" in result.output, result.output


# --- finding 8: a colleague given access by an ACL saved the case file: its owner was locked out -------------------

@pytest.mark.skipif(not hasattr(os, "getxattr") or os.geteuid() != 0, reason="needs root to give the file an owner")
@pytest.mark.parametrize("shared", [True, False])
def test_a_save_that_cannot_keep_the_owner_keeps_him_an_acl_entry(tmp_path, monkeypatch, shared):
    case = tmp_path / "k.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    os.chown(case, 65534, 65534)
    case.chmod(0o600)
    if shared:
        _set_acl(case, [(USER_OBJ, 6, NONE), (USER, 6, 0), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    real = os.chown

    def only_the_group(path, uid, gid, **kwargs):  # as for an account that is not root
        if uid != -1:
            raise PermissionError(1, "Operation not permitted")
        return real(path, uid, gid, **kwargs)

    monkeypatch.setattr(os, "chown", only_the_group)
    casefile.replace(case, b"a: 2\n", casefile.version_of(case))
    assert case.read_bytes() == b"a: 2\n" and os.stat(case).st_uid == 0
    acl = _acl(case)
    assert (USER, 6, 65534) in acl, acl
    mask = next(p for tag, p, _ in acl if tag == MASK)
    assert mask & 6 == 6 and (OTHER, 0, NONE) in acl and (GROUP_OBJ, 0, NONE) in acl, acl


# --- finding 17: the web wrote its history through a symbolic link and chmod'ed the link's target ----------------

@pytest.mark.parametrize("where", ["top", "case"])
def test_web_save_refuses_a_linked_history_folder_and_touches_nothing(tmp_path, where):
    from pismo.web.store import StoreError

    cases = tmp_path / "sprawy"
    cases.mkdir()
    cases.chmod(0o775)
    case = cases / "w.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    case.chmod(0o600)
    outside = tmp_path / "gdzie-indziej"
    outside.mkdir()
    before = _mode(outside)
    if where == "top":
        (cases / ".pismo-historia").symlink_to(outside)
        target = outside
    else:
        (cases / ".pismo-historia").mkdir()
        (cases / ".pismo-historia" / "w").symlink_to(cases)
        target = cases
    store = Store(cases)
    with pytest.raises(StoreError) as refused:
        store.save("w", "a: 2\n", digest(store.read("w")))
    said = str(refused.value)
    assert "dowiązanie symboliczne" in said and "usuń to dowiązanie" in said, said
    assert case.read_text(encoding="utf-8") == "a: 1\n"
    assert _mode(cases) == 0o775 and _mode(outside) == before
    assert not [p for p in target.rglob("*.yaml") if p != case], list(target.rglob("*"))
    assert store.history("w") == [] and store.names() == ["w"]


# --- finding 6: another account's writable files were told as „oznaczone jako tylko do odczytu (np. wersja podpisana)”

def _as_another_account(monkeypatch, uid=65534):
    """os.access as for an account that is not the owner of files owned by uid (the tests run as root)."""
    real = os.access

    def access(path, mode, **kwargs):
        if mode & os.W_OK and os.stat(path).st_uid == uid:
            return False
        return real(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="needs root to give files an owner")
def test_documents_of_another_account_are_not_called_read_only(tmp_path, monkeypatch):
    import pwd

    case = _case_at(tmp_path / "s.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    for path in (out / "s").iterdir():
        os.chown(path, 65534, 65534)
    case.write_text(case.read_text(encoding="utf-8").replace("Łęczna", "Łęczna Dolna"), encoding="utf-8")
    _as_another_account(monkeypatch)
    result = run("plan", case, "-o", out)
    said = " ".join(result.output.split())
    assert result.exit_code != 0
    assert f"(właściciel: {pwd.getpwuid(65534).pw_name})" in said and "nie może zmieniać" in said, said
    assert "tylko do odczytu" not in said and "podpisana" not in said and "poprawki" not in said, said


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="needs root to give files an owner")
def test_odmien_of_another_accounts_case_file_names_its_owner(tmp_path, monkeypatch):
    import pwd

    from test_morph_cases import CASES, _stripped

    case = _stripped(CASES[0], tmp_path)
    os.chown(case, 65534, 65534)
    case.chmod(0o644)
    _as_another_account(monkeypatch)
    result = run("odmien", case)
    said = " ".join(result.output.split())
    assert result.exit_code != 0
    assert f"należy do użytkownika {pwd.getpwuid(65534).pw_name} i to konto nie może go zmieniać" in said, said
    assert "tylko do odczytu" not in said and "właściwościach" not in said, said


# --- finding 19: the web made „W” beside „w” -----------------------------------------------------------------------

def test_web_refuses_a_new_case_whose_name_differs_only_in_letter_case(tmp_path):
    from pismo.web.store import StoreError

    (tmp_path / "żółw.yaml").write_text("a: 1\n", encoding="utf-8")
    store = Store(tmp_path)
    for name in ("Żółw", unicodedata.normalize("NFD", "żółw")):
        with pytest.raises(StoreError) as refused:
            store.create(name, "a: 2\n")
        assert "„żółw” już istnieje" in str(refused.value) and "wielkością liter" in str(refused.value)
    with pytest.raises(StoreError):
        store.create_all([("Kot", "a: 1\n"), ("kot", "a: 2\n")])
    assert store.names() == ["żółw"]
    store.create("żółw2", "a: 3\n")
    assert store.names() == ["żółw", "żółw2"]


# --- finding 16: a read-only document the case no longer makes was told as changed („np. w Wordzie”) -------------

def test_a_read_only_document_no_longer_made_is_told_as_marked_not_edited(tmp_path):
    from test_files_case_folder import OLD, renamed_meeting

    case, out, folder = renamed_meeting(tmp_path)
    sent = next(path for path in folder.iterdir() if OLD in path.name and path.name.startswith("zaproszenie-"))
    sent.chmod(0o444)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert sent.exists()
    assert f"oznaczone jako tylko do odczytu (np. wersja wysłana), więc ich nie usunięto: {sent}" in said, said
    assert "w Wordzie" not in said, said


# --- finding 9: another account's LibreOffice lock was taken for this computer's stale one by host name alone -------

def test_another_accounts_lock_of_this_host_name_is_not_stale(tmp_path, monkeypatch):
    import socket

    document = _document(tmp_path)
    lock = tmp_path / ".~lock.plan.docx#"
    monkeypatch.setattr(output, "_libreoffice_running", lambda: False)
    lock.write_text(f"Anna Nowak,anna-inna,{socket.gethostname()},06.12.2026 08:01,file:///x;", encoding="utf-8")
    said = output.open_elsewhere(document)
    assert said is not None and "Anna Nowak" in said, said
    lock.write_text(f"Jan,{output._account()},{socket.gethostname()},06.12.2026 08:01,file:///x;", encoding="utf-8")
    assert output.open_elsewhere(document) is None


def test_with_other_accounts_processes_hidden_libreoffice_may_be_running(monkeypatch):
    monkeypatch.setattr(os, "listdir", lambda path: [str(os.getpid()), "self"])
    assert output._libreoffice_running()


# --- finding 10: `pismo import -o nowy-folder/` was refused as a case file's name without .yaml ------------------

def test_import_into_a_folder_not_made_yet_written_with_a_slash(tmp_path):
    result = run("import", PLAN, "-o", f"{tmp_path / 'nowe' / 'sub'}/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "nowe" / "sub" / f"{PLAN.stem}.yaml").is_file()
    refused = run("import", PLAN, "-o", str(tmp_path / "inne" / "sub"))  # no slash: a case file's name, refused
    assert refused.exit_code != 0 and ".yaml" in refused.output
