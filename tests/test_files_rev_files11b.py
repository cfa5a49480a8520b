"""Findings of the eleventh files review (rev-files11) of issue 17, second part (5, 13, 14), and what the
files-on-disk self-review after it found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run
from pismo.files import output
from test_files_case_folder import OLD, listed, names, record_pdf_of, renamed_meeting


# --- finding 5: a document the case no longer makes was removed although open in LibreOffice/Word -----------------

@pytest.mark.parametrize("lock_of, data", [
    (lambda name: f".~lock.{name}#", b"Jan Kowalski,jkowalski,inny-komputer,06.12.2026 08:00,file:///h/lo/4;"),
    (lambda name: "~$" + name[2:], b"\x0dAnna Zmys\xb3ona" + b" " * 40),
], ids=["LibreOffice", "Word"])
def test_a_document_no_longer_made_that_is_open_elsewhere_stays_and_goes_later(tmp_path, lock_of, data):
    case, out, folder = renamed_meeting(tmp_path)
    invitation = next(p for p in folder.iterdir() if OLD in p.name and p.name.startswith("zaproszenie-"))
    pdf = record_pdf_of(invitation, b"%PDF zaproszenie")
    before = invitation.read_bytes()
    lock = folder / lock_of(invitation.name)
    lock.write_bytes(data)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert invitation.read_bytes() == before and pdf.exists()  # open: kept, with its PDF
    assert "nie można ich usunąć" in said and str(invitation) in said, said
    assert "Usunięto" not in said or invitation.name not in said.split("Usunięto", 1)[1].split(".")[0], said
    assert invitation.name in listed(folder) and pdf.name in listed(folder)  # still pismo's: removed later
    assert not [name for name in names(folder) if ".pismo-" in name]
    lock.unlink()  # closed
    again = run("wszystko", case, "-o", out)
    assert again.exit_code == 0, again.output
    assert not invitation.exists() and not pdf.exists(), again.output


# --- finding 13: a document shared by its own ACL (or with a user xattr) lost it when pismo replaced it ------------

EDIT = ("W rejonie służbowym nr 3", "W rejonie służbowym numer 3")


def _written_plan(tmp_path: Path) -> tuple[Path, Path, Path]:
    from helpers import LECZNA

    case = tmp_path / "c.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "o"
    assert run("plan", case, "-o", out).exit_code == 0
    return case, out, out / "c" / "plan.docx"


def _edited(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    assert EDIT[0] in text
    case.write_text(text.replace(EDIT[0], EDIT[1]), encoding="utf-8")


def test_a_replaced_document_keeps_its_acl_its_attributes_and_its_permissions(tmp_path):
    from test_files_rev_files11 import GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ, _acl, _set_acl

    case, out, plan = _written_plan(tmp_path)
    _set_acl(plan, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 0, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])
    try:
        os.setxattr(plan, "user.pismo_test", b"keep me")
    except OSError as exc:
        pytest.skip(f"no user extended attributes here: {exc}")
    before, inode = _acl(plan), os.stat(plan).st_ino
    _edited(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert os.stat(plan).st_ino != inode  # replaced indeed
    assert sorted(_acl(plan)) == sorted(before), _acl(plan)  # the supervisor (uid 1234) still opens it
    assert os.getxattr(plan, "user.pismo_test") == b"keep me"


def test_a_replaced_document_made_private_stays_private(tmp_path):
    case, out, plan = _written_plan(tmp_path)
    plan.chmod(0o600)
    _edited(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert os.stat(plan).st_mode & 0o777 == 0o600
    assert (plan.parent / "manifest.json").exists()


# --- finding 14: a line break in a file name was printed raw – „błąd: x” / „błąd: y.yaml: …”, two errors -----------

def _one_error(output_text: str, tail: str) -> str:
    """The output, checked: no line begins with the part of the name after its line break."""
    assert not [line for line in output_text.splitlines() if line.startswith((tail, "błąd: " + tail))], output_text
    assert len([line for line in output_text.splitlines() if line.startswith("błąd:")]) <= 1, output_text
    return output_text


def test_a_line_break_in_a_new_case_files_name_is_shown_not_obeyed(tmp_path):
    result = run("nowa", tmp_path / "x\ny.yaml")
    assert result.exit_code != 0
    said = _one_error(result.output, "y.yaml")
    assert "x<U+000A>y.yaml" in said and "\ny.yaml" not in said, said


def test_a_line_break_in_a_missing_case_files_name_is_shown_not_obeyed(tmp_path):
    result = run("odmien", tmp_path / "k\nl.yaml")
    assert result.exit_code != 0
    said = _one_error(result.output, "l.yaml")
    assert "k<U+000A>l.yaml" in said, said


def test_a_line_break_in_a_case_files_name_is_shown_in_its_folders_name_too(tmp_path):
    from helpers import LECZNA

    case = tmp_path / "m\nn.yaml"
    case.write_bytes(LECZNA.read_bytes())
    result = run("plan", case, "-o", tmp_path / "o")
    assert result.exit_code != 0
    said = _one_error(result.output, "n")
    assert "m<U+000A>n" in said and "\nn" not in said, said


def test_import_to_a_name_with_a_line_break_is_one_error(tmp_path):
    from test_files_rev_files11 import PLAN

    result = run("import", PLAN, "-o", tmp_path / "i\nj.yaml")
    assert result.exit_code != 0
    assert "i<U+000A>j.yaml" in _one_error(result.output, "j.yaml")


# --- files-on-disk self-review: the record written anew when a document to remove stayed lost its own ACL --------

def test_the_record_rewritten_for_a_document_that_stayed_keeps_its_attributes(tmp_path):
    case, out, folder = renamed_meeting(tmp_path)
    record = folder / "manifest.json"
    try:
        os.setxattr(record, "user.pismo_test", b"keep me")
    except OSError as exc:
        pytest.skip(f"no user extended attributes here: {exc}")
    record.chmod(0o600)
    invitation = next(p for p in folder.iterdir() if OLD in p.name and p.name.startswith("zaproszenie-"))
    (folder / f".~lock.{invitation.name}#").write_text("Jan,jan,inny-komputer,06.12.2026 08:00,file:///x;")
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0 and invitation.exists(), result.output
    assert invitation.name in listed(folder)
    assert os.getxattr(record, "user.pismo_test") == b"keep me" and os.stat(record).st_mode & 0o777 == 0o600


def test_a_name_that_is_only_a_line_break_leaves_the_other_lines_alone(tmp_path):
    from helpers import LECZNA

    case = tmp_path / "c.yaml"
    case.write_bytes(LECZNA.read_bytes())
    result = run("wszystko", tmp_path / "\n.yaml", case, "-o", tmp_path / "o")
    assert result.exit_code != 0
    assert "<U+000A>.yaml" in result.output, result.output
    assert len(result.output.splitlines()) > 3 and "<U+000A><U+000A>" not in result.output, result.output
