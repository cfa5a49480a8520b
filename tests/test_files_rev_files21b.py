"""rev-files21 #1, second shape: the case file's entry of no rights (u:ewa:---), once lifted, took from every later
run the plan the officer had shared by hand with that colleague again (README: „Wpis ACL, który użytkownik sam dodał
dokumentowi …, zostaje przy kolejnych zapisach; odbiera go tylko wpis pliku sprawy bez uprawnień dla tej osoby”)."""

from __future__ import annotations

import json

import pytest

from conftest import run
from helpers import USER, acl_entries
from test_files_rev_files18 import _case, _changed, _given
from test_files_rev_files19 import EWA
from test_files_rev_files20b import _with
from test_files_rev_files21 import _without


def _shared_by_hand(folder, plan) -> None:
    """setfacl -m u:ewa:x pisma/rejon; setfacl -m u:ewa:r pisma/rejon/plan.docx"""
    _with(folder, (USER, 1, EWA))
    _with(plan, (USER, 4, EWA))


@pytest.mark.parametrize("before", [True, False])  # the plan shared by hand before the case denied her, or not
def test_a_plan_shared_by_hand_after_the_cases_denial_was_lifted_stays_shared(tmp_path, umask_022, before):
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    assert run("plan", case, "-o", out).exit_code == 0
    folder, plan = out / "rejon", out / "rejon" / "plan.docx"
    if before:
        _shared_by_hand(folder, plan)
    _with(case, (USER, 0, EWA))  # setfacl -m u:ewa:--- rejon.yaml
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not _given(plan).get((USER, EWA)), acl_entries(plan)  # denied: she reads none of it
    assert ("odbiera" in result.output) == before, result.output
    _without(case, EWA)  # setfacl -x u:ewa rejon.yaml – the denial lifted …
    _shared_by_hand(folder, plan)  # … and the plan alone shared with her again
    for _ in range(2):
        _changed(case)
        result = run("plan", case, "-o", out)
        assert result.exit_code == 0, result.output
        assert _given(plan).get((USER, EWA)) == 4, acl_entries(plan)
        assert _given(folder).get((USER, EWA)) == 1, acl_entries(folder)
        assert "odbiera" not in result.output, result.output
        header = json.loads((folder / "manifest.json").read_text())
        assert ["u", EWA] not in header.get("wpisy_pisma", []) + header.get("udostepnienie", []), header


def test_a_lifted_denial_goes_from_the_documents_the_officer_did_not_share(tmp_path, umask_022):
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    _with(case, (USER, 0, EWA))
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "rejon" / "plan.docx"
    assert _given(plan).get((USER, EWA)) == 0, acl_entries(plan)
    _without(case, EWA)
    _changed(case)
    assert run("plan", case, "-o", out).exit_code == 0
    assert (USER, EWA) not in _given(plan), acl_entries(plan)  # the case's entry of no rights went with it


def test_a_plan_shared_by_hand_while_the_case_still_denies_her_is_taken_and_told(tmp_path, umask_022):
    case = _case(tmp_path, 0o660)
    out = tmp_path / "out"
    _with(case, (USER, 0, EWA))
    assert run("plan", case, "-o", out).exit_code == 0
    folder, plan = out / "rejon", out / "rejon" / "plan.docx"
    _shared_by_hand(folder, plan)
    _changed(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert not _given(plan).get((USER, EWA)), acl_entries(plan)
    assert "odbiera" in result.output and "plan.docx" in result.output, result.output
