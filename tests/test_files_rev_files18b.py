"""rev-files18 (second part): whose folders and files pismo uses, and what rights its files get (the model:
files/output.py)."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import run
from helpers import GROUP, LECZNA, MASK, NONE, OTHER, USER, USER_OBJ, acl_entries, set_acl
from test_files_rev_files17b import _default_acl
from test_files_rev_files18 import GROUP_OBJ, TEAM, _changed, _given, _mode, needs_root

EWA = 1234  # a colleague outside the team


@pytest.fixture
def umask(monkeypatch, request):
    """The officer's umask (022 unless the test gives another), for the process and pismo's reading of it."""
    from pismo.files import output

    value = getattr(request, "param", 0o022)
    old = os.umask(value)
    monkeypatch.setattr(output, "_UMASK", value)
    yield value
    os.umask(old)


def _team_folder(place):
    """The ordinary team share: setgid, the team's group, a default ACL giving the team rwx."""
    team = place / "zespol"
    team.mkdir()
    os.chown(team, -1, TEAM)
    team.chmod(0o2770)
    _default_acl(team, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                        (OTHER, 0, NONE)])
    return team


# --- finding 9: a case file reached through a symbolic link was judged by the link's ACL (none) ---------------------

_SETUPS = {
    "shared by name": (0o600, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE),
                               (OTHER, 0, NONE)]),
    "team case": (0o660, None),
    "open case": (0o644, None),
}


@needs_root
@pytest.mark.parametrize("umask", [0o022, 0o077], indirect=True)
@pytest.mark.parametrize("setup", sorted(_SETUPS))
@pytest.mark.parametrize("team_folder", [False, True])
def test_a_case_reached_through_a_link_is_shared_as_the_case_itself(tmp_path, umask, setup, team_folder):
    mode, acl = _SETUPS[setup]
    real = tmp_path / "prawdziwe"
    real.mkdir()
    case = real / "rejon.yaml"
    shutil.copy(LECZNA, case)
    os.chown(case, -1, TEAM)
    case.chmod(mode)
    if acl:
        set_acl(case, acl)
    (tmp_path / "sprawy").mkdir()
    link = tmp_path / "sprawy" / "rejon.yaml"
    link.symlink_to("../prawdziwe/rejon.yaml")
    found = {}
    for name, given in (("wprost", case), ("przez-link", link)):
        (tmp_path / name).mkdir()
        out = _team_folder(tmp_path / name) if team_folder else tmp_path / name / "out"
        result = run("plan", given, "-o", out)
        assert result.exit_code == 0, result.output
        result = run("nowa", "--z", given, out / "rejon-2026.yaml")
        assert result.exit_code == 0, result.output
        found[name] = [(_given(path), _mode(path), os.stat(path).st_gid) for path in
                       (out / "rejon", out / "rejon" / "plan.docx", out / "rejon" / "manifest.json",
                        out / "rejon-2026.yaml")]
    assert found["przez-link"] == found["wprost"]
    if acl:  # the one colleague it is shared with reads it, the team does not
        folder, plan, _, period = found["wprost"]
        assert plan[0][(USER, EWA)] == 4 and not plan[0].get((GROUP_OBJ, NONE)), plan
        assert folder[0][(USER, EWA)] == 5 and period[0][(USER, EWA)] == 4


@needs_root
def test_the_rules_of_a_case_read_its_targets_acl_through_a_link(tmp_path):
    from pismo.files import casefile

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    link = tmp_path / "link.yaml"
    link.symlink_to(case.name)
    assert casefile.named_of(link) == {("u", EWA)}
    assert casefile.sharing(link) == 0o600  # the mask (r) is not its group's rights
    assert casefile.has_acl(link, follow=True) and not casefile.has_acl(link)  # a link has none of its own
    assert casefile.case_named(link) == [(USER, 4, EWA)]


# --- finding 5: a team folder's default entry for a colleague the case shuts out was kept on its documents ---------

def _default_of(path) -> dict:
    import struct

    try:
        data = os.getxattr(path, "system.posix_acl_default")
    except OSError:
        return {}
    return {(t, w): r for t, r, w in (struct.unpack_from("<HHI", data, o) for o in range(4, len(data), 8))}


@needs_root
@pytest.mark.parametrize("umask", [0o007, 0o022, 0o077], indirect=True)
@pytest.mark.parametrize("mode", [0o640, 0o660, 0o644])
def test_a_default_entry_for_a_colleague_the_case_shuts_out_goes_from_its_documents(tmp_path, monkeypatch, umask,
                                                                                    mode):
    """The team's share names a colleague outside the team in its default ACL (d:u:ewa:r-x); a team case made there
    (0640, 0660) is closed to her – its documents, records and next period are too, the team keeps them; a case every
    account may read (0644) keeps her entry, read only."""
    team = tmp_path / "zespol"
    team.mkdir()
    os.chown(team, -1, TEAM)
    team.chmod(0o2770)
    _default_acl(team, [(USER_OBJ, 7, NONE), (USER, 5, EWA), (GROUP_OBJ, 7, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                        (OTHER, 0, NONE)])
    case = team / "rejon.yaml"
    shutil.copy(LECZNA, case)
    set_acl(case, [(USER_OBJ, 6, NONE), (GROUP_OBJ, mode >> 3 & 7, NONE), (GROUP, mode >> 3 & 7, TEAM),
                   (MASK, mode >> 3 & 7, NONE), (OTHER, mode & 7, NONE)])  # setfacl -x u:ewa: she is off this case
    monkeypatch.chdir(team)
    result = run("plan", case.name)
    assert result.exit_code == 0, result.output
    result = run("nowa", "--z", case.name, "rejon-2026.yaml")
    assert result.exit_code == 0, result.output
    made = [team / "pisma" / "rejon", team / "pisma" / "rejon" / "plan.docx",
            team / "pisma" / "rejon" / "manifest.json", team / "rejon-2026.yaml"]
    for path in made:
        given = _given(path)
        assert given[(GROUP, TEAM)] & 4 or given[(GROUP_OBJ, NONE)] & 4, (path, given)  # the team reads it
        if not mode & 0o004:
            assert not given.get((USER, EWA)), (path, acl_entries(path))
    if mode & 0o004 and umask != 0o077:  # ordinary input: an open case's plan goes as the folder's owner meant
        assert _given(made[1])[(USER, EWA)] == 4, acl_entries(made[1])
    if not mode & 0o004:  # nor what LibreOffice or the officer later makes in the documents folder
        assert not _default_of(team / "pisma" / "rejon").get((USER, EWA)), _default_of(team / "pisma" / "rejon")
    assert _default_of(team / "pisma" / "rejon")[(GROUP, TEAM)] & 5 == 5  # the team enters a subfolder made there


# --- finding 7: this account's own case folder every account may write was used at the first run ------------------

@pytest.mark.parametrize("umask", [0o022, 0o077], indirect=True)
@pytest.mark.parametrize("folder_mode, case_mode, refused", [
    (0o777, 0o600, True), (0o777, 0o644, True), (0o2777, 0o660, True),
    (0o1777, 0o600, False), (0o755, 0o644, False), (0o700, 0o600, False), (0o2770, 0o660, False),
    (0o777, 0o666, False),  # a case every account may change: its documents are no more closed than it
])
def test_this_accounts_own_case_folder_every_account_may_write_is_refused(tmp_path, umask, folder_mode, case_mode,
                                                                          refused):
    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(case_mode)
    folder = tmp_path / "out" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(folder_mode)
    result = run("plan", case, "-o", tmp_path / "out")
    if refused:
        assert result.exit_code == 1 and "może w nim zapisywać każdy" in result.output, result.output
        assert f"chmod o-w {folder}" in result.output and "Traceback" not in result.output
        assert os.listdir(folder) == []
    else:
        assert result.exit_code == 0, result.output
        assert (folder / "plan.docx").exists()


# --- finding 10: a colleague the case was shared with after the first run got no entry on its documents -----------

@pytest.mark.parametrize("umask", [0o022, 0o077], indirect=True)
@pytest.mark.parametrize("note", [False, True])
def test_a_colleague_the_case_is_shared_with_later_is_given_its_documents(tmp_path, umask, note):
    from helpers import copying_soffice

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path)).exit_code == 0
    if note:  # the officer's own file beside them: the folder is his, not followed
        (out / "rejon" / "notatka.txt").write_text("notatka\n")
    set_acl(case, [(USER_OBJ, 6, NONE), (USER, 4, EWA), (GROUP_OBJ, 0, NONE), (MASK, 4, NONE), (OTHER, 0, NONE)])
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    for name in ("plan.docx", "plan.pdf", "manifest.json"):
        given = _given(out / "rejon" / name)
        assert given.get((USER, EWA)) == 4, (name, acl_entries(out / "rejon" / name))
        assert not given[(GROUP_OBJ, NONE)] and not given[(OTHER, NONE)], (name, given)  # nobody else
    if not note:
        assert _given(out / "rejon")[(USER, EWA)] == 5


# --- finding 12: in a /tmp-like drop folder a teammate was refused the case owner's own documents folder ----------

@needs_root
@pytest.mark.parametrize("owner, refused", [(1001, False), (1003, True)])
def test_the_case_owners_folder_in_a_drop_folder_is_a_teammates_to_use(tmp_path, monkeypatch, owner, refused):
    """anna (1001) owns the team case and her documents folder in the 1777 drop folder; bartek (1002) makes the
    documents there too. A folder of someone else's there (1003, who may read the case as well) is still refused."""
    from pismo.files import output

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    os.chown(case, 1001, TEAM)
    case.chmod(0o660)
    drop = tmp_path / "wspolne"
    drop.mkdir()
    drop.chmod(0o1777)
    folder = drop / "rejon"
    folder.mkdir()
    os.chown(folder, owner, TEAM)
    folder.chmod(0o2770)
    monkeypatch.setattr(os, "geteuid", lambda: 1002)
    monkeypatch.setattr("pismo.files.casefile.readable_by", lambda path, uid: True)  # the team's case: all read it
    if refused:
        with pytest.raises(output.OutputError, match="leży w folderze, w którym może zapisywać każdy"):
            output.subfolder(drop, "rejon", case)
    else:
        assert output.subfolder(drop, "rejon", case) == folder
        folder.chmod(0o2777)  # hers, but every account may write it: refused all the same
        with pytest.raises(output.OutputError, match="może w nim zapisywać każdy"):
            output.subfolder(drop, "rejon", case)


# --- finding 11: a private document's new PDF kept the team folder's inherited (masked) entries ---------------------

@pytest.mark.parametrize("umask", [0o022, 0o077], indirect=True)
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644])
def test_a_new_pdf_keeps_no_inherited_entry_its_document_does_not_give(tmp_path, umask, mode):
    from helpers import copying_soffice

    team = tmp_path / "zespol"
    team.mkdir()
    team.chmod(0o2775)
    _default_acl(team, [(USER_OBJ, 7, NONE), (GROUP_OBJ, 5, NONE), (GROUP, 7, TEAM), (MASK, 7, NONE),
                        (OTHER, 5, NONE)])
    case = tmp_path / "prywatna.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(mode)
    assert run("plan", case, "-o", team).exit_code == 0
    result = run("pdf", team / "prywatna", "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    document, pdf = team / "prywatna" / "plan.docx", team / "prywatna" / "plan.pdf"
    assert sorted(k for k, _ in acl_entries(pdf) and _given(pdf).items()) == sorted(
        k for k, _ in acl_entries(document) and _given(document).items()), (acl_entries(pdf), acl_entries(document))
    if not mode & 0o040:  # a later chmod g+r opens it to its own group, never to the team the folder names
        assert (GROUP, TEAM) not in _given(pdf), acl_entries(pdf)


# --- finding 6: a pending record planted in a sticky case folder was told as its planter's interrupted write -------

@needs_root
@pytest.mark.parametrize("reads_the_case", [False, True])
def test_a_pending_record_whose_owner_may_not_read_the_case_is_told_as_his_file(tmp_path, monkeypatch,
                                                                                 reads_the_case):
    from pismo.files import output, record

    case = tmp_path / "rejon.yaml"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    folder = tmp_path / "out" / "rejon"
    folder.mkdir(parents=True)
    folder.chmod(0o1777)
    pending = folder / record.PENDING
    pending.write_text('{"dokumenty": []}')
    os.chown(pending, 1003, -1)  # ewa's
    monkeypatch.setattr(os, "geteuid", lambda: 1001)  # anna's run
    monkeypatch.setattr("pismo.files.casefile.readable_by", lambda path, uid: reads_the_case)
    what, todo = output._pending_bound(pending, " (-o)", case)
    assert ("nie może czytać pliku sprawy" in what) != reads_the_case, what
    assert ("zapis przerwanego wcześniej zapisu" in what) == reads_the_case, what  # a teammate's killed run
    assert "poproś go (albo administratora)" in todo
