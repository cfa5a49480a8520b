"""rev-files17 (second part) and rev-files16 #4: whose objects pismo uses, and what rights its new files get."""

from __future__ import annotations

import os
import shutil
import stat
import struct

import pytest

from conftest import run
from helpers import LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries

GROUP_OBJ = 0x04


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def umask_077(monkeypatch):
    from pismo.files import output

    old = os.umask(0o077)
    monkeypatch.setattr(output, "_UMASK", 0o077)
    yield
    os.umask(old)


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
