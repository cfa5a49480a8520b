"""Findings of the eighth files review (rev-files8) of issue 17: case files, the pending record, removals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import pismo
from conftest import run, run_interrupted_in_commit
from test_morph_cases import CASES, _stripped

SRC = str(Path(pismo.__file__).resolve().parents[1])


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- finding 5: odmien killed while the case file takes its new version ---------------------------------------

KILLED_ODMIEN = """
import os, sys
sys.path.insert(0, {src!r})
from pathlib import Path
from pismo import api
for name in ("link", "replace"):  # a power cut as the new version takes the name (not at a move aside)
    setattr(os, name, lambda *args, **kwargs: os._exit(9))
api.odmien(Path({case!r}))
"""


def test_odmien_killed_as_it_replaces_the_case_file_leaves_a_complete_version_under_its_name(tmp_path):
    case_file = _stripped(CASES[0], tmp_path)
    before = case_file.read_bytes()
    killed = subprocess.run([sys.executable, "-c", KILLED_ODMIEN.format(src=SRC, case=str(case_file))])
    assert killed.returncode == 9
    assert case_file.read_bytes() == before  # the old text, under its own name – never only in a hidden backup
    assert not [name for name in hidden(tmp_path) if name.endswith(".bak")], hidden(tmp_path)
    again = run("odmien", case_file)
    assert again.exit_code == 0, again.output
    assert case_file.read_bytes() != before and not hidden(tmp_path), hidden(tmp_path)


# --- finding 10: the web save keeps a save made while it wrote the history copy ----------------------------------

def _saved_over(path: Path, text: str) -> None:
    """An editor's save: a new file takes the name at once."""
    temporary = path.with_name(path.name + ".edytor")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def test_a_web_save_never_replaces_an_editors_save_made_while_it_kept_the_history(tmp_path, monkeypatch):
    from pismo.web import store

    case_file = _stripped(CASES[0], tmp_path)
    raw = case_file.read_bytes()
    editor = raw.decode("utf-8") + "# zapisane w edytorze\n"
    form = raw.decode("utf-8") + "# zmiana z formularza\n"
    real = store.Store._keep

    def slow_disk(self, name, data, note):  # the history copy takes a while: the editor saves meanwhile
        kept = real(self, name, data, note)
        if note == "poprzednia":
            _saved_over(case_file, editor)
        return kept

    monkeypatch.setattr(store.Store, "_keep", slow_disk)
    cases = store.Store(tmp_path)
    with pytest.raises(store.Conflict) as refused:
        cases.save(case_file.stem, form, store.digest(raw))
    assert case_file.read_text(encoding="utf-8") == editor  # the editor's save stays
    assert cases.version_text(case_file.stem, refused.value.kept.name) == form  # and the form's is in the history
    assert not [name for name in os.listdir(tmp_path) if ".pismo-" in name and name.endswith((".tmp", ".bak"))]


def test_a_web_save_never_replaces_forms_odmien_wrote_while_it_kept_the_history(tmp_path, monkeypatch):
    from pismo.web import store

    case_file = _stripped(CASES[0], tmp_path)
    raw = case_file.read_bytes()
    real = store.Store._keep

    def odmien_meanwhile(self, name, data, note):
        kept = real(self, name, data, note)
        if note == "poprzednia":
            assert run("odmien", case_file).exit_code == 0  # „wpisano formy” – and they must stay
        return kept

    monkeypatch.setattr(store.Store, "_keep", odmien_meanwhile)
    with pytest.raises(store.Conflict):
        store.Store(tmp_path).save(case_file.stem, raw.decode("utf-8") + "# formularz\n", store.digest(raw))
    assert "ze słownika" in case_file.read_text(encoding="utf-8")


# --- finding 11: a web save of another case sweeps no temporary of a running odmien -------------------------------

def test_a_new_web_case_in_the_folder_does_not_sweep_odmiens_temporary(tmp_path, monkeypatch):
    from pismo.web import store

    case_file = _stripped(CASES[0], tmp_path)
    real, done = os.fsync, []

    def web_create_meanwhile(handle):
        real(handle)
        if not done:
            worker = threading.Thread(target=store.Store(tmp_path).create, args=("inna", "sprawa: {}\n"))
            done.append(worker)
            worker.start()
            worker.join(1.0)  # it would have swept odmien's temporary by now, had it not waited for its lock

    monkeypatch.setattr(os, "fsync", web_create_meanwhile)
    result = run("odmien", case_file)
    monkeypatch.setattr(os, "fsync", real)
    done[0].join(10)
    assert result.exit_code == 0, result.output
    assert "ze słownika" in case_file.read_text(encoding="utf-8")
    assert (tmp_path / "inna.yaml").exists() and not hidden(tmp_path), hidden(tmp_path)


# --- findings 1 and 9: the record of a write that did not finish ------------------------------------------------

from test_files_case_folder import (KILLED_WRITE, NEW, OLD, case_copy, listed, names,  # noqa: E402
                                    record_pdf, renamed_meeting)
from helpers import copying_soffice  # noqa: E402
from pismo.files import output, record  # noqa: E402

KILLED_FIRST = KILLED_WRITE.replace("len(placed) == 3", "len(placed) == 1")
assert KILLED_FIRST != KILLED_WRITE


def _killed_midway(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A case written, corrected (three documents change), and its rewrite killed after the first of them."""
    case = case_copy(tmp_path / "sprawy" / "k.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    case_copy(case, replace={"Łęcznej": "Łęcznej "})
    killed = subprocess.run([sys.executable, "-c", KILLED_FIRST.format(src=SRC, case=str(case), out=str(out))])
    assert killed.returncode == 9
    folder = out / "k"
    assert record.unfinished(folder)
    return case, out, folder


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_a_write_of_one_kind_after_a_killed_write_keeps_the_warning_for_the_other_files(tmp_path):
    case, out, folder = _killed_midway(tmp_path)
    plan = run("plan", case, "-o", out)
    assert plan.exit_code == 0, plan.output
    assert record.unfinished(folder)  # the invitations, the information… are still of two versions
    refused = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert refused.exit_code != 0 and "nie dokończono" in refused.output, refused.output
    assert run("wszystko", case, "-o", out).exit_code == 0
    assert not record.unfinished(folder) and ".pismo-w-toku.json" not in names(folder)
    made = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert made.exit_code == 0, made.output


def test_a_failed_write_after_a_killed_one_puts_its_pending_record_back_whole(tmp_path, monkeypatch):
    case, out, folder = _killed_midway(tmp_path)
    before = (folder / ".pismo-w-toku.json").read_bytes()
    real = output._place

    def full_disk(source, target, clobber):
        if target.name == "manifest.json":  # the last file: every other one is in place by then
            raise OSError(28, "No space left on device")
        real(source, target, clobber)

    monkeypatch.setattr(output, "_place", full_disk)
    failed = run("wszystko", case, "-o", out)
    assert failed.exit_code != 0 and "brak miejsca" in failed.output, failed.output
    assert json.loads((folder / ".pismo-w-toku.json").read_bytes()) == json.loads(before)
    assert record.unfinished(folder)


def test_ctrl_c_just_as_the_pending_record_is_placed_leaves_no_record_of_an_unfinished_write(tmp_path, monkeypatch):
    import signal

    from pismo.cli import console

    case = case_copy(tmp_path / "sprawy" / "c.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    case_copy(case, replace={"Bobrowniki w Łęcznej": "Bobrowniki-NOWE w Łęcznej"})
    monkeypatch.setattr(console, "_own_process", True)  # as pismo's entry point runs it
    real = record.write_pending

    def pressed_as_placed(*args, **kwargs):
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C as the record takes its name

    monkeypatch.setattr(record, "write_pending", pressed_as_placed)
    handler = signal.getsignal(signal.SIGINT)
    try:
        result = run("wszystko", case, "-o", out)
    finally:
        signal.signal(signal.SIGINT, handler)
    assert result.exit_code == 130, result.output
    folder = out / "c"
    assert not record.unfinished(folder) and ".pismo-w-toku.json" not in names(folder), names(folder)
    assert set(listed(folder)) == names(folder) - {"manifest.json"}
    for name, digest in listed(folder).items():
        assert record.sha256_of(folder / name) == digest, name


# --- findings 2, 3, 6 and 13: files that could not be removed, and PDFs of documents gone ------------------------

from test_files_case_folder import record_pdf_of  # noqa: E402


def _locking(monkeypatch, locked: set[Path]):
    """The files open in Word or Acrobat on Windows: no rename (while `locked` holds them)."""
    real = output._set_aside

    def set_aside(target):
        if target in locked:
            raise PermissionError(13, "Permission denied", str(target))
        return real(target)

    monkeypatch.setattr(output, "_set_aside", set_aside)


def _renamed_with_pdfs(tmp_path: Path):
    case, out, folder = renamed_meeting(tmp_path)
    invitation = next(p for p in folder.iterdir() if p.name.startswith(f"zaproszenie-{OLD}"))
    attendance = folder / f"lista-obecnosci-{OLD}.docx"
    return case, out, folder, record_pdf_of(invitation), attendance, record_pdf_of(attendance)


def test_a_pdf_that_could_not_be_removed_goes_with_the_next_write_as_promised(tmp_path, monkeypatch):
    case, out, folder, pdf, _, _ = _renamed_with_pdfs(tmp_path)
    locked = {pdf}
    _locking(monkeypatch, locked)
    first = run("wszystko", case, "-o", out)
    assert first.exit_code == 0 and pdf.exists(), first.output
    assert "następny zapis tej sprawy usunie je sam" in first.output and str(pdf) in first.output
    locked.clear()  # closed in Acrobat
    second = run("wszystko", case, "-o", out)
    assert second.exit_code == 0 and not pdf.exists(), second.output
    assert "Usunięto dokumenty" in second.output and str(pdf) in second.output
    assert set(listed(folder)) == names(folder) - {"manifest.json"}


def test_the_pdf_of_a_document_that_could_not_be_removed_stays_with_it(tmp_path, monkeypatch):
    case, out, folder, _, attendance, attendance_pdf = _renamed_with_pdfs(tmp_path)
    locked = {attendance}
    _locking(monkeypatch, locked)
    first = run("wszystko", case, "-o", out)
    assert first.exit_code == 0, first.output
    assert attendance.exists() and attendance_pdf.exists(), first.output
    assert str(attendance) in first.output and str(attendance_pdf) in first.output
    locked.clear()
    second = run("wszystko", case, "-o", out)
    assert second.exit_code == 0 and not attendance.exists() and not attendance_pdf.exists(), second.output


def test_the_kept_pdf_of_a_deleted_document_is_not_called_a_pdf_of_a_changed_one(tmp_path):
    case, out, folder, pdf, _, _ = _renamed_with_pdfs(tmp_path)
    pdf.with_suffix(".docx").unlink()  # the officer deleted the letter, kept the PDF he sent
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0 and pdf.exists(), result.output
    assert "pliki PDF dokumentów zmienionych lub usuniętych z folderu" in result.output, result.output
    assert "pliki PDF zmienionych dokumentów," not in result.output


def test_on_a_full_disk_a_file_that_could_not_be_removed_stays_recorded_or_nothing_changes(tmp_path, monkeypatch):
    case, out, folder = renamed_meeting(tmp_path)
    stuck = folder / f"lista-obecnosci-{OLD}.docx"
    _locking(monkeypatch, {stuck})
    real, temporaries = output._write_temp, []

    def full_after_the_first_manifest(where, name, data, *kept):
        if name == "manifest.json":
            temporaries.append(name)
            if len(temporaries) > 1:  # the backups of the commit still take the last free space
                raise OSError(28, "No space left on device")
        return real(where, name, data, *kept)

    monkeypatch.setattr(output, "_write_temp", full_after_the_first_manifest)
    result = run("wszystko", case, "-o", out)
    if result.exit_code == 0:
        assert "następny zapis tej sprawy usunie je sam" in result.output
        assert stuck.name in listed(folder)
    else:
        assert "brak miejsca" in result.output and "nie zapisano żadnego" in result.output, result.output
        assert any(OLD in name for name in listed(folder)) and stuck.exists()
    assert set(listed(folder)) == names(folder) - {"manifest.json"}
    assert not [name for name in names(folder) if name.startswith(".") and name != ".pismo.lock"], names(folder)


# --- finding 14: Ctrl+C while the files are put in place hides no note -------------------------------------------

def test_ctrl_c_in_the_commit_still_warns_of_a_public_version_of_the_previous_version(tmp_path, monkeypatch):
    case = case_copy(tmp_path / "sprawy" / "p.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out, "--publikacja").exit_code == 0
    case_copy(case, replace={"Bobrowniki w Łęcznej": "Bobrowniki-NOWE w Łęcznej"})
    result = run_interrupted_in_commit(monkeypatch, "wszystko", case, "-o", out)
    assert result.exit_code == 130, result.output
    assert "wersje do publikacji z poprzedniej wersji sprawy" in result.output, result.output
    assert str(out / "p" / "plan-publikacja.docx") in result.output


def test_ctrl_c_in_the_commit_of_an_incomplete_case_never_calls_its_documents_complete(tmp_path, monkeypatch):
    case = case_copy(tmp_path / "sprawy" / "n.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out).exit_code == 0
    case_copy(case, replace={"data: 2025-09-15": "data: UZUPEŁNIJ",
                             "Bobrowniki w Łęcznej": "Bobrowniki-NOWE w Łęcznej"})
    result = run_interrupted_in_commit(monkeypatch, "wszystko", case, "-o", out)
    assert result.exit_code == 130, result.output
    assert "niekompletna – nie utworzono: zaproszenia" in result.output, result.output
    assert "zostały dokumenty z poprzedniej wersji sprawy, których teraz nie utworzono" in result.output
    assert "dokumenty są kompletne" not in result.output
    assert "sprawa jest niekompletna" in result.output


# --- finding 7: a file only to be removed, saved in Word while the case rendered ----------------------------------

def test_a_file_only_to_be_removed_saved_meanwhile_stays_named_and_the_rest_is_written(tmp_path, monkeypatch):
    case, out, folder = renamed_meeting(tmp_path)
    saved = folder / f"lista-obecnosci-{OLD}.docx"
    pdf = record_pdf_of(saved)
    real = output._Writing._changed_meanwhile

    def saved_in_word(self):  # as the last document is rendered
        saved.write_bytes(saved.read_bytes() + b" poprawione")
        return real(self)

    monkeypatch.setattr(output._Writing, "_changed_meanwhile", saved_in_word)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert saved.read_bytes().endswith(b" poprawione") and pdf.exists()  # the edit, and its PDF with it
    assert (folder / f"lista-obecnosci-{NEW}.docx").exists()
    assert "zostały dokumenty, których sprawa już nie zawiera" in result.output and str(saved) in result.output
    assert str(pdf) in result.output and "--nadpisz" not in result.output, result.output
    assert saved.name not in listed(folder)  # the officer's now
    assert set(listed(folder)) == names(folder) - {"manifest.json", saved.name, pdf.name}


# --- findings 4 and 8: public versions of the previous version of the case ---------------------------------------

CORRECTED = {"Bobrowniki w Łęcznej": "Bobrowniki-NOWE w Łęcznej"}


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_pdf_of_a_public_version_of_the_previous_version_warns(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "p.yaml")
    out = tmp_path / "pisma"
    folder = out / "p"
    assert run("wszystko", case, "-o", out, "--publikacja").exit_code == 0
    fresh = run("pdf", folder, "--soffice", copying_soffice(tmp_path))
    assert fresh.exit_code == 0 and "wersji do publikacji z poprzedniej" not in fresh.output, fresh.output
    case_copy(case, replace=CORRECTED)
    corrected = run("wszystko", case, "-o", out)
    assert corrected.exit_code == 0, corrected.output
    assert str(folder / "plan-publikacja.pdf") in corrected.output, corrected.output  # the file on the web page
    made = run("pdf", folder, "--soffice", copying_soffice(tmp_path), "--nadpisz")
    assert made.exit_code == 0, made.output
    assert "pliki PDF wersji do publikacji z poprzedniej wersji sprawy" in made.output, made.output
    assert str(folder / "plan-publikacja.pdf") in made.output and "nie publikuj" in made.output
    assert run("wszystko", case, "-o", out, "--publikacja").exit_code == 0
    renewed = run("pdf", folder, "--soffice", copying_soffice(tmp_path), "--nadpisz")
    assert renewed.exit_code == 0 and "wersji do publikacji z poprzedniej" not in renewed.output, renewed.output


def test_the_public_version_of_a_plan_that_cannot_be_made_now_is_named(tmp_path):
    case = case_copy(tmp_path / "sprawy" / "b.yaml")
    out = tmp_path / "pisma"
    assert run("wszystko", case, "-o", out, "--publikacja").exit_code == 0
    case_copy(case, replace={**CORRECTED, "  data: 2025-06-25": "  data: UZUPEŁNIJ"})
    result = run("wszystko", case, "-o", out)
    assert result.exit_code != 0 and "niekompletna" in result.output, result.output
    note = next(line for line in result.output.splitlines() if "których teraz nie utworzono" in line)
    assert str(out / "b" / "plan.docx") in note and str(out / "b" / "plan-publikacja.docx") in note, note


# --- finding 12: messages ---------------------------------------------------------------------------------------

from helpers import soffice_script as fake_soffice  # noqa: E402

PLAN = Path(__file__).parent / "import" / "02-bez-numerow.txt"


@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_a_libreoffice_crash_quotes_no_progress_line_of_another_document(tmp_path):
    crashing = fake_soffice(tmp_path, 'for a in "$@"; do case "$a" in *.docx) echo "convert $a -> x.pdf using filter '
                                      ': writer_pdf_Export"; break;; esac; done\nkill -SEGV $$')
    result = run("wszystko", case_copy(tmp_path / "s.yaml"), "-o", tmp_path / "pisma", "--pdf", "--soffice", crashing)
    assert result.exit_code == 5, result.output
    assert "LibreOffice uległ awarii (sygnał 11)" in result.output, result.output
    assert "convert" not in result.output and "pismo-pdf-" not in result.output, result.output


def test_import_to_a_hard_link_of_its_input_asks_for_another_name_not_folder(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_bytes(PLAN.read_bytes())
    os.link(source, tmp_path / "sprawa.yaml")
    result = run("import", source, "-o", tmp_path / "sprawa.yaml", "--nadpisz")
    assert result.exit_code != 0 and source.read_bytes() == PLAN.read_bytes(), result.output
    assert "podaj inną nazwę (-o)" in result.output and "podaj inny folder" not in result.output, result.output
    assert "szablon" not in result.output


def test_import_of_a_name_taken_meanwhile_gives_imports_own_advice(tmp_path, monkeypatch):
    target = tmp_path / "nowa.yaml"
    real = output.write_all

    def made_meanwhile(*args, **kwargs):  # pismo serwer created the case as the plan was read
        target.write_text("sprawa: {}\n", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(output, "write_all", made_meanwhile)
    result = run("import", PLAN, "-o", target)
    assert result.exit_code != 0 and "już istnieje" in result.output, result.output
    assert "pismo wniosek" not in result.output and "podaj inną nazwę (-o)" in result.output, result.output
