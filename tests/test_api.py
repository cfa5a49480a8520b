"""pismo.api: the service both front doors call; results as data, failures as PismoError."""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle

import pytest
from helpers import LECZNA, WRZOSOGROD

from pismo import api, errors
from pismo.case.problems import Problem

NO_MEETING_DATE = ("      data: 2025-09-01\n", "")  # the invitation's letter date (spotkania[0].zaproszenie.data)


def broken_text(old_new=NO_MEETING_DATE) -> str:
    text = LECZNA.read_text(encoding="utf-8")
    assert old_new[0] in text
    return text.replace(*old_new)


def test_check_of_a_complete_case_lists_every_kind_as_makeable():
    report = api.check(LECZNA)
    assert report.valid and report.complete and not report.errors
    assert list(report.kinds) == list(api.kinds())
    assert report.kinds["zaproszenia"].count == 4 and report.kinds["plan"].label == "plan działania priorytetowego"


def test_check_of_text_names_the_blocking_field_with_line_and_severity():
    report = api.check(broken_text())
    assert report.valid and not report.complete
    blocked = {kind for kind, state in report.kinds.items() if not state.can_make}
    assert blocked == {"zaproszenia"}
    problem = report.kinds["zaproszenia"].problems[0]
    assert problem.path == "spotkania[0].zaproszenie.data" and problem.severity == "błąd"
    assert problem.line is not None and problem.column is not None and "uzupełnij" in problem.message


def test_check_of_an_invalid_text_reports_problems_and_blocks_every_kind():
    report = api.check(broken_text(("  numer: 3\n", "  numer: [3]\n")))
    assert not report.valid and report.errors
    assert all(not state.can_make for state in report.kinds.values())
    assert all(isinstance(p, Problem) and p.severity in ("błąd", "ostrzeżenie") for p in report.problems)


def test_generate_writes_every_kind_that_can_be_made_and_lists_the_blocked(tmp_path):
    case = tmp_path / "sprawa.yaml"
    case.write_text(broken_text(), encoding="utf-8")
    result = api.generate(case, out=tmp_path / "out")
    assert set(result.blocked) == {"zaproszenia"} and result.exit_code == errors.INCOMPLETE
    assert result.blocked["zaproszenia"][0].path == "spotkania[0].zaproszenie.data"
    kinds = {f.kind for f in result.files}
    assert {"plan", "wniosek", "protokol", "manifest"} <= kinds and not kinds & {"zaproszenie", "kalendarz"}
    assert all(f.path.exists() for f in result.files)
    wniosek = next(f for f in result.files if f.kind == "wniosek")
    assert wniosek.addressee and "Burmistrz" in wniosek.addressee


def test_generate_of_one_blocked_kind_writes_nothing(tmp_path):
    result = api.generate(broken_text(), ["zaproszenia"], out=tmp_path / "out")
    assert result.files == [] and result.exit_code == errors.FAILED
    assert not (tmp_path / "out").exists()


def test_generate_refuses_to_overwrite_with_a_typed_error(tmp_path):
    written = api.generate(LECZNA, ["plan"], out=tmp_path).documents[0]
    api.generate(LECZNA, ["plan"], out=tmp_path)  # pismo's own, unchanged file: replaced unasked
    written.write_bytes(b"poprawione w Wordzie")
    with pytest.raises(errors.OutputFailed) as caught:
        api.generate(LECZNA, ["plan"], out=tmp_path)
    assert caught.value.exit_code == errors.FAILED and "--nadpisz" in caught.value.message


def test_generate_of_an_invalid_case_raises_case_error_with_located_problems(tmp_path):
    with pytest.raises(errors.CaseError) as caught:
        api.generate(broken_text(("  numer: 3\n", "  numer: [3]\n")), out=tmp_path)
    assert caught.value.problems and all(p.line for p in caught.value.problems)
    assert isinstance(caught.value, errors.PismoError)


def test_render_is_in_memory_and_matches_what_generate_writes(tmp_path):
    files = api.render(WRZOSOGROD, "zaproszenia")
    assert len(files) == 8 and {name.rsplit(".", 1)[1] for name, _ in files} == {"docx", "ics"}
    written = api.generate(WRZOSOGROD, ["zaproszenia"], out=tmp_path)
    on_disk = {f.path.name: hashlib.sha256(f.path.read_bytes()).hexdigest() for f in written.files
               if f.kind != "manifest"}  # every command keeps the record
    assert on_disk == {name: hashlib.sha256(data).hexdigest() for name, data in files}


def test_render_of_a_blocked_kind_raises_document_error():
    with pytest.raises(errors.DocumentError) as caught:
        api.render(broken_text(), "zaproszenia")
    assert caught.value.problems[0].path == "spotkania[0].zaproszenie.data"


def test_generate_with_public_adds_the_public_versions(tmp_path):
    result = api.generate(WRZOSOGROD, out=tmp_path, public=True)
    names = {f.path.name for f in result.files}
    assert {"plan-publikacja.docx", "informacja-publikacja.docx", "plan.docx"} <= names
    assert len(result.notes) == 2 and result.exit_code == errors.OK


def test_errors_survive_the_trip_between_batch_workers():
    error = errors.CaseError([Problem(LECZNA, 3, 4, "rejon.numer", "zła wartość")])
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is errors.CaseError and again.problems == error.problems and again.exit_code == 1


def test_an_unexpected_failure_in_a_batch_is_reported_under_its_case(tmp_path, monkeypatch):
    """A bug met by one case (here: a builder raising ValueError) names that case; the others are written."""
    from pismo.documents import builders as documents

    real = documents.plan

    def plan(s):
        if s.rejon.numer == "XIII":
            raise ValueError("awaria")
        return real(s)

    monkeypatch.setattr(documents, "plan", plan)
    forked = multiprocessing.get_start_method() == "fork"  # forked workers see the patched builder
    for jobs in (1, 2) if forked else (1,):  # in this process, and in worker processes
        out = tmp_path / f"j{jobs}"
        batch = api.generate_many([WRZOSOGROD, LECZNA], out=out, jobs=jobs)
        failed, done = batch.results
        assert failed.source == WRZOSOGROD and "nieoczekiwany błąd programu" in failed.error.message and "(dane dla autorów: ValueError: awaria)" in failed.error.message
        assert done.error is None and any(f.kind == "plan" for f in done.files)
        assert batch.exit_code == errors.FAILED
        assert not (out / WRZOSOGROD.stem).exists()
