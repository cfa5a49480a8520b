"""rev-files20: root's run through a link the officer planted, and a new file's temporary open for a moment."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import run
from helpers import MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, copying_soffice, set_acl
from test_files_rev_files18 import GROUP_OBJ, _case, needs_root
from test_files_rev_files19 import EWA, _moved_in, _shared_folder


# --- finding 8: `-o` through a link the officer planted in her own folder, into root's own tree – the folders
# root made there on the way became hers (the link's owner was judged, not the folder it leads to) ---------------

@needs_root
def test_root_keeps_the_folders_it_makes_in_its_own_tree_through_the_officers_link(tmp_path, monkeypatch):
    rootonly = tmp_path / "rootonly"
    rootonly.mkdir()
    rootonly.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    case = _case(home, 0o600)
    os.chown(case, 65534, 65534)
    (home / "wyniki").symlink_to(rootonly)
    os.lchown(home / "wyniki", 65534, 65534)
    monkeypatch.chdir(home)
    result = run("plan", case.name, "-o", "wyniki/2025/pisma")
    assert result.exit_code == 0, result.output
    assert os.stat(rootonly / "2025").st_uid == 0
    assert os.stat(rootonly / "2025" / "pisma").st_uid == 0


# --- findings 4 and 7: a temporary was opened for a moment – by its fchmod (the mask let a folder's default entry
# through), by the replaced file's ACL copied whole – before its entries were narrowed; a handle opened then read
# every byte written after (permission is checked at open) ----------------------------------------------------------

@pytest.fixture
def open_to_ewa_when_written(monkeypatch):
    """The temporaries EWA could open at ANY moment of their making that pismo then wrote its bytes into."""
    from pismo.files import casefile, output, pdf

    opened, written = set(), set()

    def look():
        for folder in watched:
            for path in folder.glob(".*.tmp"):
                try:
                    entries = casefile._effective(casefile._acl_entries(os.getxattr(path, casefile._ACL)))
                except OSError:
                    continue
                if any(t == USER and w == EWA and r & 4 for t, r, w in entries):
                    opened.add(path.name)

    def after(call):
        def wrapped(*args, **kwargs):
            result = call(*args, **kwargs)
            look()
            return result
        return wrapped

    for name in ("fchmod", "chmod", "setxattr", "removexattr", "fchown", "chown", "lchown"):
        monkeypatch.setattr(os, name, after(getattr(os, name)))
    write = output._write_bytes

    def watched_write(handle, data):
        look()
        written.add(os.path.basename(os.readlink(f"/proc/self/fd/{handle}")))
        write(handle, data)

    monkeypatch.setattr(output, "_write_bytes", watched_write)
    copy = pdf._copy

    def watched_copy(reader, writer):
        watched_write(writer.fileno(), b"")
        return copy(reader, writer)

    monkeypatch.setattr(pdf, "_copy", watched_copy)
    watched = []
    return watched, opened, written


@needs_root
@pytest.mark.parametrize("how", ["nowa", "web", "import"])
def test_a_temporary_is_never_open_to_a_colleague_the_case_shuts_out_before_its_text_goes_in(
        tmp_path, umask_022, open_to_ewa_when_written, how):
    watched, opened, written = open_to_ewa_when_written
    folder = _shared_folder(tmp_path)
    watched.append(folder)
    if how == "import":
        plan = folder.parent / "plan.txt"
        shutil.copy(Path(__file__).parent / "import" / "02-bez-numerow.txt", plan)
        plan.chmod(0o640)
        os.rename(plan, folder / "plan.txt")
        result = run("import", folder / "plan.txt", "-o", folder / "rejon.yaml")
        assert result.exit_code == 0, result.output
    else:
        case = _moved_in(folder, 0o640)
        if how == "web":
            from pismo.web.store import Store

            Store(folder).create("rejon-2026", case.read_text(encoding="utf-8"), source="rejon")
        else:
            result = run("nowa", "--z", case, folder / "rejon-2026.yaml")
            assert result.exit_code == 0, result.output
    assert written and not written & opened, (written, opened)


@needs_root
@pytest.mark.parametrize("pdfs", [False, True])
def test_a_colleague_taken_off_the_case_never_could_open_the_temporaries_of_the_run_that_takes_her_off(
        tmp_path, monkeypatch, umask_077, open_to_ewa_when_written, pdfs):
    watched, opened, written = open_to_ewa_when_written
    folder = tmp_path / "d"
    folder.mkdir(mode=0o700)
    set_acl(folder, [(USER_OBJ, 7, NONE), (USER, 1, EWA), (GROUP_OBJ, 0, NONE), (MASK, 1, NONE), (OTHER, 0, NONE)])
    case = _case(folder, 0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    monkeypatch.chdir(folder)
    pdf = ["--pdf", "--soffice", copying_soffice(tmp_path)] if pdfs else []
    result = run("wszystko", case.name, *pdf)
    assert result.exit_code == 0, result.output
    assert any(t == USER and w == EWA for t, r, w in acl_entries(folder / "pisma" / "rejon" / "plan.docx"))
    set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE), (MASK, 0, NONE), (OTHER, 0, NONE)])
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("Policji w Łęcznej\n", "Policji w Łęcznej 1\n", 1), encoding="utf-8")
    watched.append(folder / "pisma" / "rejon")
    written.clear(); print("DBG", acl_entries(folder / "pisma" / "rejon" / "plan.pdf"), acl_entries(folder / "pisma" / "rejon"))
    result = run("wszystko", case.name)
    assert result.exit_code == 0, result.output
    if pdfs:  # `pismo pdf` replacing a PDF she could still read (its document already closed to her)
        plan = folder / "pisma" / "rejon" / "plan.docx"
        set_acl(plan, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE), (MASK, 0, NONE), (OTHER, 0, NONE)])
        set_acl(plan.with_suffix(".pdf"), [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE),
                                           (OTHER, 0, NONE)])
        written.clear()
        result = run("pdf", folder / "pisma" / "rejon" / "plan.docx", "--soffice", pdf[-1], "--nadpisz")
        assert result.exit_code == 0, result.output
        assert any(name.startswith(".plan.pdf") for name in written), written
    assert written and not written & opened, (written, opened)
