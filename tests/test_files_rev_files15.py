"""The fifteenth files review (rev-files15) of issue 17: names that are not UTF-8, the manifest's and PDFs'
permissions, the messages of read-only media and sticky folders."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import run
from helpers import LECZNA, copying_soffice

posix_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
LODZ = os.fsdecode(b"\xb3\xf3d\xbc")  # „łódź” in Windows-1250: a name from an old zip or a share without utf8


# --- findings 15–17: a name that is not UTF-8 ended in „nieoczekiwany błąd programu” ---------------------------------

@posix_names
def test_pdf_of_a_folder_holding_a_document_whose_name_is_not_utf8_records_every_pdf(tmp_path):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    shutil.copy(folder / "plan.docx", folder / f"0-archiwum-{LODZ}.docx")
    result = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    assert "nieoczekiwany" not in result.output
    names = {entry["plik"] for entry in json.loads((folder / "manifest.json").read_bytes())["dokumenty"]}
    assert {f"0-archiwum-{LODZ}.pdf", "plan.pdf"} <= names  # the very name, read back as the file system gives it
    again = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert again.exit_code == 0 and "użyj --nadpisz" not in again.output, again.output  # its PDF is pismo's


@posix_names
def test_a_case_file_in_a_folder_whose_name_is_not_utf8_makes_its_documents_elsewhere(tmp_path):
    folder = tmp_path / f"sprawy-{LODZ}"
    folder.mkdir()
    case = folder / "rejon.yaml"
    shutil.copy(LECZNA, case)
    out = tmp_path / "pisma"
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    header = json.loads((out / "rejon" / "manifest.json").read_bytes())
    assert os.path.samefile(out / "rejon" / header["plik_sprawy"], case)  # the record still finds its case file
    assert run("plan", case, "-o", out).exit_code == 0  # the record is read back: the same case, no refusal


@posix_names
def test_next_period_of_a_case_file_whose_name_is_not_utf8(tmp_path):
    old = tmp_path / f"rejon-{LODZ}.yaml"
    shutil.copy(LECZNA, old)
    result = run("nowa", "--z", old, tmp_path / "nast.yaml")
    assert result.exit_code == 0, result.output
    assert "# Nowy okres na podstawie planu rejon-\ufffd\ufffdd\ufffd.yaml" in (tmp_path / "nast.yaml").read_text("utf-8")


@posix_names
def test_a_name_that_is_not_utf8_is_shown_one_way_in_a_message(tmp_path):
    case = tmp_path / f"rejon-{LODZ}.yaml"
    shutil.copy(LECZNA, case)
    result = run("sprawdz", case)
    assert "<U+DC" not in result.output and "rejon-\ufffd\ufffdd\ufffd.yaml: nazwa pliku „rejon-\ufffd" in result.output


# --- findings 4 and 6: the manifest rewritten after PDFs and a replaced PDF kept the umask's mode, not their own ------

acls = pytest.mark.skipif(not hasattr(os, "getxattr"), reason="POSIX ACLs")


def _private_case_in_open_folder(tmp_path):
    """A private case (0600) whose documents folder exists open (0755: made earlier, or by the unit's admin)."""
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    folder = tmp_path / "pisma" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    return case, folder


def _mode(path) -> int:
    return os.stat(path).st_mode & 0o777


def test_the_manifest_rewritten_after_pdfs_keeps_the_mode_of_a_private_cases_record(tmp_path, umask_022):
    case, folder = _private_case_in_open_folder(tmp_path)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    assert _mode(folder / "manifest.json") == 0o600
    result = run("pdf", folder / "plan.docx", "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    assert "plan.pdf" in (folder / "manifest.json").read_text("utf-8")
    assert _mode(folder / "manifest.json") == 0o600 and _mode(folder / "plan.pdf") == 0o600


@acls
def test_the_manifest_rewritten_after_pdfs_keeps_its_acl(tmp_path, umask_022):
    from helpers import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl

    case, folder = _private_case_in_open_folder(tmp_path)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    shared = [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)]
    set_acl(folder / "manifest.json", shared)
    assert run("pdf", folder / "plan.docx", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    assert sorted(acl_entries(folder / "manifest.json")) == sorted(shared)


@acls
def test_a_replaced_pdf_keeps_its_acl_shared_with_one_person(tmp_path, umask_022):
    from helpers import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    soffice = copying_soffice(tmp_path)
    assert run("plan", case, "-o", tmp_path / "pisma", "--pdf", "--soffice", soffice).exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    supervisor = [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)]
    for name in ("plan.docx", "plan.pdf"):
        set_acl(folder / name, supervisor)
    case.write_text(case.read_text("utf-8").replace("  numer: 3", "  numer: 4"), "utf-8")
    result = run("plan", case, "-o", tmp_path / "pisma", "--pdf", "--soffice", soffice)
    assert result.exit_code == 0, result.output
    assert sorted(acl_entries(folder / "plan.pdf")) == sorted(supervisor)  # the group's entry: nothing, as before


@acls
def test_a_new_pdf_takes_its_documents_named_entries_and_never_the_acls_mask_as_the_groups_rights(tmp_path, umask_022):
    from helpers import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    document = tmp_path / "pisma" / "rejon" / "plan.docx"
    set_acl(document, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    assert run("pdf", document, "--soffice", copying_soffice(tmp_path)).exit_code == 0
    given = {(tag, who): rights for tag, rights, who in acl_entries(document.with_suffix(".pdf"))}
    mask = given.get((MASK, NONE), 7)
    assert given[(GROUP_OBJ, NONE)] & mask == 0 and given[(OTHER, NONE)] == 0, given  # the group: nothing
    assert given[(USER, 1234)] & mask == 4, given  # the supervisor reads it, as he reads the document


@acls
def test_a_private_cases_pdf_in_a_unit_folder_with_a_default_acl_stays_closed(tmp_path, umask_022):
    from helpers import GROUP_OBJ, MASK, OTHER, USER, acl_entries

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    unit = tmp_path / "pisma"
    unit.mkdir()
    rule = [(0x01, 7, 0xFFFFFFFF), (USER, 7, 1234), (GROUP_OBJ, 5, 0xFFFFFFFF), (MASK, 7, 0xFFFFFFFF),
            (OTHER, 5, 0xFFFFFFFF)]
    import struct

    try:
        for name in ("system.posix_acl_default", "system.posix_acl_access"):
            os.setxattr(unit, name, struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in rule))
    except OSError as exc:
        pytest.skip(f"no default ACL here: {exc}")
    assert run("plan", case, "-o", unit, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    for name in ("plan.pdf", "manifest.json", "plan.docx"):
        entries = acl_entries(unit / "rejon" / name)
        mask = next((r for t, r, _ in entries if t == MASK), 7)
        given = {(t, who): (r & mask if t in (GROUP_OBJ, USER) else r) for t, r, who in entries}
        assert given.get((USER, 1234), 0) == 0 and given.get((GROUP_OBJ, 0xFFFFFFFF), 0) == 0, (name, entries)
        assert _mode(unit / "rejon" / name) & 0o077 == 0, name


# --- finding 10: a PDF on a read-only medium was called „oznaczony jako tylko do odczytu” with „użyj --nadpisz” -------

def _current_pdf(tmp_path):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma", "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    return tmp_path / "pisma" / "rejon" / "plan.pdf"


def test_a_current_pdf_on_a_read_only_medium_is_not_called_marked(tmp_path, monkeypatch):
    from pismo import api
    from pismo.files import output

    pdf = _current_pdf(tmp_path)
    monkeypatch.setattr(output, "read_only", lambda path: True)  # as os.access says on a medium mounted read-only
    monkeypatch.setattr(output, "on_read_only_medium", lambda path: True)
    for overwrite in (False, True):
        notes = " ".join(api.kept_pdf_notes([pdf.parent], [], overwrite))
        assert "plan.pdf" in notes and "nośniku tylko do odczytu" in notes, notes
        assert "oznaczony" not in notes and "--nadpisz" not in notes, notes


def test_a_marked_pdf_kept_is_never_told_to_use_nadpisz_when_it_was_given(tmp_path):
    from pismo import api

    pdf = _current_pdf(tmp_path)
    pdf.chmod(0o444)
    assert "użyj --nadpisz" in " ".join(api.kept_pdf_notes([pdf.parent], [], False))
    notes = " ".join(api.kept_pdf_notes([pdf.parent], [], True))
    assert "oznaczony jako tylko do odczytu" in notes and "--nadpisz" not in notes, notes


# --- finding 12: another account's PDF in a sticky folder: „użyj --nadpisz”, then „przeglądarka PDF” ------------------

def test_another_accounts_pdf_in_a_sticky_folder_is_refused_by_its_owner_also_with_nadpisz(tmp_path, monkeypatch):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    folder.chmod(0o1777)
    pdf = folder / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 podrzucony")
    pdf.chmod(0o666)
    os.chown(pdf, 65534, 65534)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)  # neither the PDF's nor the folder's owner, not root
    soffice = copying_soffice(tmp_path)
    for flags in ([], ["--nadpisz"]):
        result = run("pdf", folder / "plan.docx", "--soffice", soffice, *flags)
        assert result.exit_code != 0, result.output
        assert "folder z bitem „sticky”" in result.output and "także z --nadpisz" in result.output, result.output
        assert "użyj --nadpisz" not in result.output and "przeglądarce PDF" not in result.output, result.output
        assert pdf.read_bytes() == b"%PDF-1.4 podrzucony"


# --- finding 2: another account's record of an interrupted write: „ask him to run it again” could never work ---------

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to give a file another account's owner")


def _sticky_folder_with_pending_record(tmp_path, monkeypatch, documents: int, pending: int):
    """A case's documents (owned by `documents`) in a sticky folder with the record of a write killed there (owned by
    `pending`), seen by the account 1234; the sticky rule (only owners replace or remove) is played by os."""
    from pismo.files import record

    case, out = tmp_path / "s.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", out).exit_code == 0
    folder = out / "s"
    folder.chmod(0o1777)
    for path in folder.iterdir():
        os.chown(path, documents, 100)
    path = folder / record.PENDING
    path.write_text('{"dokumenty":[{"plik":"plan-nowy.docx","sha256":"%s","rodzaj":"plan"}]}' % ("0" * 64), "utf-8")
    os.chown(path, pending, 100)
    path.chmod(0o666)
    real_replace, real_unlink = os.replace, os.unlink

    def sticky(real):
        def call(*args, **kwargs):
            target = args[-1] if real is real_replace else args[0]
            if os.path.basename(target) in (record.PENDING, "plan.docx") and os.lstat(target).st_uid != 1234:
                raise PermissionError(1, "Operation not permitted", str(target))
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(os, "replace", sticky(real_replace))
    monkeypatch.setattr(os, "rename", sticky(real_replace))
    monkeypatch.setattr(os, "unlink", sticky(real_unlink))
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    case.write_text(case.read_text("utf-8").replace("Łęczna", "Łęczna Dolna"), "utf-8")
    return case, out, folder


@needs_root
def test_the_documents_owner_is_told_only_what_works_of_anothers_interrupted_record(tmp_path, monkeypatch):
    case, out, folder = _sticky_folder_with_pending_record(tmp_path, monkeypatch, documents=1234, pending=65534)
    said = " ".join(run("plan", case, "-o", out).output.split())
    assert "nobody" in said and "usunął ten ukryty plik" in said, said
    assert "uruchomił polecenie ponownie" not in said, said  # his run is refused: the documents are not his
    said = " ".join(run("pdf", folder / "plan.docx", "--soffice", copying_soffice(tmp_path)).output.split())
    assert "zapis przerwał użytkownik nobody" in said and ".pismo-w-toku.json" in said, said


@needs_root
def test_the_records_owner_refused_by_the_documents_owner_is_told_to_remove_his_record(tmp_path, monkeypatch):
    case, out, folder = _sticky_folder_with_pending_record(tmp_path, monkeypatch, documents=65534, pending=1234)
    said = " ".join(run("plan", case, "-o", out).output.split())
    assert "właściciel: nobody" in said, said
    assert f"ukryty plik {folder / '.pismo-w-toku.json'}" in said and "usuń go" in said, said


# --- finding 3: the command's own case file, listed by its folder's record, was removed as an obsolete document -------

def test_the_case_file_listed_by_its_documents_record_is_never_removed(tmp_path):
    import hashlib

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    inside = out / "rejon" / "rejon.yaml"
    case.rename(inside)  # the case file kept in its own documents folder …
    manifest = out / "rejon" / "manifest.json"
    fields = json.loads(manifest.read_bytes())
    data = inside.read_bytes()
    fields["dokumenty"].append({"rodzaj": "wniosek", "plik": "rejon.yaml", "adresat": None,  # … listed by hand
                                "sha256": hashlib.sha256(data).hexdigest(), "rozmiar": len(data)})
    manifest.write_text(json.dumps(fields, ensure_ascii=False), "utf-8")
    result = run("wszystko", inside, "-o", out)
    assert result.exit_code == 0, result.output
    assert inside.read_bytes() == data and "rejon.yaml." not in result.output.replace("\n", " "), result.output


# --- findings 1 and 11: a documents folder made while the case was private (or shared) never followed it -------------

def test_the_documents_folder_follows_the_cases_sharing_both_ways_and_keeps_its_setgid(tmp_path, umask_022):
    team = tmp_path / "zespol"
    team.mkdir()
    team.chmod(0o2770)
    case = team / "rejon.yaml"
    shutil.copy(LECZNA, case)
    folder = team / "pisma" / "rejon"
    for mode, wanted, number in ((0o600, 0o2700, 4), (0o640, 0o2750, 5), (0o600, 0o2700, 6)):
        case.chmod(mode)
        case.write_text(case.read_text("utf-8").replace(f"  numer: {number - 1}", f"  numer: {number}"), "utf-8")
        assert run("plan", case, "-o", team / "pisma").exit_code == 0
        assert os.stat(folder).st_mode & 0o7777 == wanted, (oct(mode), oct(os.stat(folder).st_mode))


# --- finding 7: another account's folder in the way was told „nie można utworzyć folderu” ------------------------------

def test_another_accounts_closed_folder_in_the_way_is_named_with_its_owner(tmp_path, monkeypatch):
    from pismo.files import output

    closed = tmp_path / "pisma"
    closed.mkdir()
    os.chown(closed, 65534, 65534)
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if Path(path) == closed else real(path, mode))
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    what, todo = output._closed_by_owner(closed / "rejon", " wyjściowy (-o)")
    assert what == f"folder {closed} należy do użytkownika nobody i to konto nie może do niego wejść", what
    assert "poproś jego właściciela albo administratora" in todo


# --- finding 8: a teammate's unreadable record of his interrupted write: „poprawione w Wordzie” ------------------------

def test_a_teammates_unreadable_record_of_an_interrupted_write_is_named_not_taken_for_hand_edits(tmp_path, monkeypatch):
    import builtins
    import io

    from pismo.files import record

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    (folder / "plan.docx").write_bytes((folder / "plan.docx").read_bytes() + b"\0")  # his killed run's plan …
    pending = folder / record.PENDING
    pending.write_text('{"dokumenty":[{"plik":"plan.docx","sha256":"%s","rodzaj":"plan"}]}'
                       % record.sha256_of(folder / "plan.docx"), "utf-8")  # … and his record, which she may not read
    os.chown(pending, 65534, 65534)
    pending.chmod(0o600)
    real_open = io.open

    def refused(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.path.basename(file) == record.PENDING:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", refused)
    monkeypatch.setattr(builtins, "open", refused)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    case.write_text(case.read_text("utf-8").replace("  numer: 3", "  numer: 4"), "utf-8")
    said = " ".join(run("plan", case, "-o", tmp_path / "pisma").output.split())
    assert "należy do użytkownika nobody" in said and "Wordzie" not in said and "--nadpisz" not in said, said


# --- finding 9: a case folder another account made, writable by all, was used silently --------------------------------

def test_a_case_folder_of_another_account_that_anyone_may_write_is_refused_by_its_owner(tmp_path, monkeypatch):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    shared = tmp_path / "wspolny"
    (shared / "rejon").mkdir(parents=True)
    shared.chmod(0o1777)
    (shared / "rejon").chmod(0o777)
    os.chown(shared / "rejon", 65534, 65534)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    said = " ".join(run("plan", case, "-o", shared).output.split())
    assert "folder sprawy należy do użytkownika nobody i może w nim zapisywać każdy" in said, said
    assert list((shared / "rejon").iterdir()) == []


# --- finding 5: a case shared with one colleague by an ACL entry: none of its documents took the entry ----------------

@acls
def test_documents_of_a_case_shared_by_an_acl_entry_join_the_entry(tmp_path, umask_022):
    from helpers import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    # the -o folder made on the way is only passed through (rev-files17 #4): r-x, never the entry's write
    for path, rights in ((out, 1), (out / "rejon", 7), (out / "rejon" / "plan.docx", 6),
                         (out / "rejon" / "manifest.json", 6), (out / "rejon" / "plan.pdf", 6)):
        entries = acl_entries(path)
        mask = next((r for t, r, _ in entries if t == MASK), 7)
        given = {(t, who): (r & mask if t in (GROUP_OBJ, USER) else r) for t, r, who in entries}
        assert given.get((USER, 1234)) == rights, (path, entries)
        if path != out:  # the -o folder is as any new folder (the umask's); the case's own are closed to the rest
            assert given.get((GROUP_OBJ, NONE), 0) == 0 and given.get((OTHER, NONE), 0) == 0, (path, entries)


# --- finding 14: documents the admin (root) wrote for an officer's private case were root's ---------------------------

@needs_root
def test_documents_written_by_another_account_for_a_private_case_are_the_case_owners(tmp_path):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    os.chown(case, 65534, 65534)
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    for path in (out / "rejon", out / "rejon" / "plan.docx", out / "rejon" / "manifest.json",
                 out / "rejon" / "plan.pdf"):
        assert os.stat(path).st_uid == 65534, path
    assert os.stat(out).st_uid == 0  # the -o folder made on the way stays the runner's (rev-files16 #2)


# --- finding 13: another account's LibreOffice lock in a sticky folder: „usuń plik blokady” could not be done ---------

def test_another_accounts_lock_file_in_a_sticky_folder_is_told_by_its_owner(tmp_path, monkeypatch):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    folder.chmod(0o1777)
    for path in folder.iterdir():
        os.chown(path, 1234, 100)  # this account's documents …
    lock = folder / ".~lock.plan.docx#"
    lock.write_text(",Komendant Powiatowy,inny-komputer,06.12.2026 10:00,file:///home/ewa/.config;", "utf-8")
    os.chown(lock, 65534, 65534)  # … and another account's lock file, whatever name its text claims
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    case.write_text(case.read_text("utf-8").replace("  numer: 3", "  numer: 4"), "utf-8")
    said = " ".join(run("plan", case, "-o", tmp_path / "pisma").output.split())
    assert "należy do użytkownika nobody" in said and "administratora o usunięcie pliku blokady" in said, said
    assert "usuń plik blokady" not in said, said


def test_a_teammates_documents_this_account_may_not_read_are_told_by_their_owner_not_as_edited(tmp_path, monkeypatch):
    """Finding 1: the documents of a case made while it was private stay 0600 (their own permissions are kept) once
    it is shared: a teammate was told they were „poprawione w Wordzie” or „już istnieją”, and --nadpisz advised."""
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "rejon"
    for path in folder.glob("*.docx"):  # made private by their owner, the record readable
        os.chown(path, 65534, 65534)
        path.chmod(0o600)
    import builtins
    import io

    real, real_open = os.access, io.open

    def theirs(path) -> bool:
        return isinstance(path, (str, os.PathLike)) and os.path.exists(path) and os.stat(path).st_uid == 65534

    def refused(file, *args, **kwargs):
        if theirs(file):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "access", lambda path, mode, **kw: not theirs(path) and real(path, mode))
    monkeypatch.setattr(io, "open", refused)
    monkeypatch.setattr(builtins, "open", refused)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    case.write_text(case.read_text("utf-8").replace("  numer: 3", "  numer: 4"), "utf-8")
    said = " ".join(run("plan", case, "-o", tmp_path / "pisma").output.split())
    assert "pliki innego użytkownika, których to konto nie może zmieniać (właściciel: nobody)" in said, said
    assert "Wordzie" not in said and "--nadpisz" not in said, said
