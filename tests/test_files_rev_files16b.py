"""rev-files16 #4: a colleague's ACL entry taken off the case file stayed on the documents rewritten from it."""

from __future__ import annotations

import shutil

import pytest

from conftest import run
from helpers import LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, copying_soffice, set_acl

GROUP_OBJ = 0x04
acls = pytest.mark.skipif(not hasattr(__import__("os"), "getxattr"), reason="POSIX ACLs")


def _named(path) -> set:
    return {who for tag, _, who in acl_entries(path) if tag == USER}


def _edit(case, text):
    case.write_text(case.read_text(encoding="utf-8").replace("telefon: 47 811 00 0", f"telefon: 47 811 00 {text}", 1),
                    encoding="utf-8")


@acls
def test_an_entry_taken_off_the_case_goes_from_the_documents_pdfs_and_manifest_rewritten(tmp_path, umask_022):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    try:
        set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    except OSError as exc:
        pytest.skip(f"no ACLs here: {exc}")
    soffice = copying_soffice(tmp_path)
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", soffice).exit_code == 0
    folder = out / "rejon"
    assert all(1234 in _named(folder / name) for name in ("plan.docx", "plan.pdf", "manifest.json"))
    hand = folder / "plan.docx"  # the officer shares this one document with his supervisor himself
    set_acl(hand, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (USER, 4, 4321), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE),
                   (OTHER, 0, NONE)])
    set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, 0, NONE), (OTHER, 0, NONE)])  # the colleague taken off the case
    _edit(case, "9")
    result = run("plan", case, "-o", out, "--pdf", "--soffice", soffice)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "plan.pdf", "manifest.json"):
        assert 1234 not in _named(folder / name), (name, acl_entries(folder / name))
    plan = [r for t, r, w in acl_entries(folder / "plan.docx") if t == USER and w == 4321]
    assert plan == [4]  # the officer's own entry for that document stays: an edit of hers (rev-files20 #12)
    assert 1234 not in _named(folder)


@acls
def test_an_entry_the_case_still_has_stays_on_the_documents(tmp_path, umask_022):
    """Ordinary input: a case still shared with a colleague, rewritten after an edit – his entry stays."""
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    try:
        set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, 1234), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    except OSError as exc:
        pytest.skip(f"no ACLs here: {exc}")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    _edit(case, "9")
    assert run("plan", case, "-o", out).exit_code == 0
    assert 1234 in _named(out / "rejon" / "plan.docx") and 1234 in _named(out / "rejon" / "manifest.json")
