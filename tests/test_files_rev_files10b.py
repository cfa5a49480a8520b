"""Findings 2 and 15 of the tenth files review (rev-files10) of issue 17, fixed after the first round."""

from __future__ import annotations

import errno
import os
import stat
import struct

import pytest

from pismo.files import casefile
from pismo.web.store import Store, digest

# --- finding 2: a case file rewritten by odmien or the web „Zapisz” lost its ACL and extended attributes ----------

ACL = "system.posix_acl_access"
USER_OBJ, USER, GROUP_OBJ, MASK, OTHER = 1, 2, 4, 0x10, 0x20


def _acl(group: int) -> bytes:
    """A POSIX ACL (xattr form, version 2): the owner rw-, the colleague 65534 rw-, the owning group `group`."""
    entries = [(USER_OBJ, 6, 0xFFFFFFFF), (USER, 6, 65534), (GROUP_OBJ, group, 0xFFFFFFFF), (MASK, 6, 0xFFFFFFFF),
               (OTHER, 0, 0xFFFFFFFF)]
    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *entry) for entry in entries)


def _shared_case(tmp_path):
    case = tmp_path / "k.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    try:
        os.setxattr(case, ACL, _acl(4))
        os.setxattr(case, "user.pismo_test", b"keep me")
    except (OSError, AttributeError) as exc:
        pytest.skip(f"no ACLs or extended attributes here: {exc}")
    return case


def test_the_web_save_keeps_the_case_files_acl_and_extended_attributes(tmp_path):
    case = _shared_case(tmp_path)
    store = Store(tmp_path)
    store.save("k", "a: 2\n", digest(store.read("k")))
    assert case.read_text(encoding="utf-8") == "a: 2\n"
    assert os.getxattr(case, ACL) == _acl(4)
    assert os.getxattr(case, "user.pismo_test") == b"keep me"


def test_a_case_file_whose_acl_cannot_be_copied_is_never_opened_wider(tmp_path, monkeypatch):
    """Without its ACL the mode's group bits (the ACL's mask, rw-) would give the owning group (r--) write access."""
    case = _shared_case(tmp_path)
    real = os.setxattr

    def refused(path, name, value, *args, **kwargs):
        if name == ACL:
            raise OSError(errno.EOPNOTSUPP, "Operation not supported")
        return real(path, name, value, *args, **kwargs)

    monkeypatch.setattr(os, "setxattr", refused)
    casefile.replace(case, b"a: 2\n", casefile.version_of(case))
    assert case.read_text(encoding="utf-8") == "a: 2\n"
    assert stat.S_IMODE(os.stat(case).st_mode) & 0o070 == 0o040, oct(os.stat(case).st_mode)
    assert os.getxattr(case, "user.pismo_test") == b"keep me"


def test_odmien_keeps_the_case_files_acl_and_extended_attributes(tmp_path):
    from conftest import run
    from helpers import LECZNA

    case = _shared_case(tmp_path)
    text = LECZNA.read_text(encoding="utf-8")
    assert "    dopelniacz: Wydziału Prewencji\n" in text
    case.write_text(text.replace("    dopelniacz: Wydziału Prewencji\n", ""), encoding="utf-8")  # a form to fill
    before = case.read_bytes()
    result = run("odmien", case)
    assert result.exit_code == 0, result.output
    assert case.read_bytes() != before  # the forms were written: the file was replaced
    assert os.getxattr(case, ACL) == _acl(4)
    assert os.getxattr(case, "user.pismo_test") == b"keep me"


# --- finding 15: a case file renamed in letter case or in how its Polish letters are encoded got a second folder ----

import unicodedata  # noqa: E402

from test_files_case_folder import case_copy, run as run_cli  # noqa: E402


@pytest.mark.parametrize("first, renamed", [
    ("rejon.yaml", "Rejon.yaml"),
    (unicodedata.normalize("NFC", "żółw.yaml"), unicodedata.normalize("NFD", "żółw.yaml")),
])
def test_a_case_renamed_in_case_or_letter_encoding_names_the_folder_it_had(tmp_path, first, renamed):
    case = case_copy(tmp_path / "sprawy" / first)
    out = tmp_path / "pisma"
    written = run_cli("plan", case, "-o", out)
    assert written.exit_code == 0 and "Uwaga" not in written.output, written.output
    again = run_cli("plan", case, "-o", out)
    assert again.exit_code == 0 and "Uwaga" not in again.output, again.output  # the same folder: nothing to say
    case.rename(case.with_name(renamed))
    result = run_cli("plan", case.with_name(renamed), "-o", out)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    old, new = out / first[:-len(".yaml")], out / renamed[:-len(".yaml")]
    assert sorted(p.name for p in out.iterdir()) == sorted([old.name, new.name])
    assert f"Uwaga: obok folderu {new} jest folder {old}" in said, said
