"""Follow-ups of the ninth system-messages review (rev-sys9) of issue 17 on the advice after a failed `pismo pdf`:
advice lines are no errors of their own (#8), two documents stopped at the officer's own --czas are not blamed
on LibreOffice and get the --czas advice (#9), the advised command repeats the --soffice given (#13)."""

from __future__ import annotations

import shutil

import pytest
from helpers import soffice_script
from test_files_case_folder import case_copy, run

from pismo.files import pdf
from pismo.polish import as_typed


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 1.5)
    monkeypatch.setattr(pdf, "DOCUMENT_ALLOWANCE", 0.5)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.3)


def _stalling(tmp_path) -> str:
    """LibreOffice on a very long document: its „convert …” line for the first document, then no end."""
    return soffice_script(tmp_path, 'for a in "$@"; do case "$a" in *.docx) echo "convert $a -> x.pdf using filter '
                          ': writer_pdf_Export"; break;; esac; done\nexec sleep 60', "sp ace stall")


def _plans(tmp_path, names) -> list:
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in names:
        shutil.copy(tmp_path / "pisma" / "h" / "plan.docx", folder / name)
    return [folder / name for name in names]


def test_the_advice_after_a_stop_is_no_error_and_repeats_the_program_given(tmp_path, short_waits):
    """#8: one failure printed three „błąd:” lines (the reassurance and the --czas advice each read as an error);
    #13: the advised `pismo pdf … --czas 600` dropped the --soffice the run was given."""
    plan, = _plans(tmp_path, ["plan.docx"])
    soffice = _stalling(tmp_path)
    result = run("pdf", plan, "--soffice", soffice)
    lines = result.output.splitlines()
    assert result.exit_code != 0 and [line for line in lines if line.startswith("błąd:")] == [
        "błąd: nie udało się zamienić na PDF 1 z 1 pliku (utworzono 0):"], result.output
    assert f"Jeśli dokument jest bardzo długi, daj LibreOffice więcej czasu na każdy dokument (w sekundach): " \
           f"pismo pdf {plan} --czas 600 --soffice {as_typed(soffice)}" in lines, result.output


def test_the_program_found_or_from_the_variable_is_not_added(tmp_path, short_waits, monkeypatch):
    """The --soffice words only: PISMO_SOFFICE is still set for the command advised."""
    plan, = _plans(tmp_path, ["plan.docx"])
    monkeypatch.setenv("PISMO_SOFFICE", _stalling(tmp_path))
    result = run("pdf", plan)
    said = " ".join(result.output.split())
    assert f"pismo pdf {plan} --czas 600" in said and "--soffice" not in said, said


def test_two_documents_stopped_at_the_time_given_are_told_so_with_the_advice(tmp_path, short_waits):
    """#9: two documents stopped at the officer's --czas were „wina programu, nie dokumentów”, no --czas advice."""
    first, second = _plans(tmp_path, ["a.docx", "b.docx"])
    with pytest.raises(pdf.PdfError) as caught:
        pdf.convert([first, second], _stalling(tmp_path), jobs=1, document_time=0.5)
    said = " ".join(caught.value.failure.split())
    assert "nie skończył żadnego z nich w czasie podanym w --czas (0,5 s); jeśli są bardzo długie, daj mu więcej " \
           "czasu" in said and "wina programu" not in said, said
    assert "Jeśli dokumenty są bardzo długie, daj LibreOffice więcej czasu na każdy dokument (w sekundach): " \
           f"pismo pdf {first} {second} --czas 600" in caught.value.advice, caught.value.advice


def test_two_documents_stopped_at_pismos_own_time_stay_the_programs(tmp_path, short_waits):
    """Without --czas two stalls in a row stay the program's, no „bardzo długi” (rev-pdf4 #3: a LibreOffice
    hanging at whatever it opens sent the officer to give 9 small documents more time)."""
    first, second = _plans(tmp_path, ["a.docx", "b.docx"])
    with pytest.raises(pdf.PdfError) as caught:
        pdf.convert([first, second], _stalling(tmp_path), jobs=1)
    assert "wina programu" in caught.value.failure, caught.value.failure
    assert "bardzo dług" not in str(caught.value), str(caught.value)
