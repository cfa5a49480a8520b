"""Findings of the ninth files review (rev-files9) of issue 17, second part: what odmien, the web store and
`pismo pdf` say about the files they write, and the case file's own permissions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pismo.cli.main import main
from pismo.web.store import Store, StoreError, digest


def _odmien_case(tmp_path: Path) -> Path:
    from test_morph_cases import CASES, _stripped

    return _stripped(CASES[0], tmp_path)


def _in_way(folder: Path, kind: str) -> None:
    lock = folder / ".pismo.lock"
    if kind == "link":
        lock.symlink_to(folder.parent / f"{folder.name}-nigdzie")
    else:
        lock.mkdir()


# --- finding 7: a link or folder in place of .pismo.lock ----------------------------------------------------------

@pytest.mark.parametrize("kind, named", [("link", "dowiązanie symboliczne – usuń je"), ("folder", "folder – usuń go")])
def test_odmien_names_the_lock_file_in_the_way(tmp_path, kind, named):
    """The errno's text („dowiązania symboliczne tworzą pętlę”, „to jest folder, a nie plik”) was said of the
    case file, which is neither: the lock file is named, with what to do."""
    case_file = _odmien_case(tmp_path)
    before = case_file.read_bytes()
    _in_way(tmp_path, kind)
    result = CliRunner().invoke(main, ["odmien", str(case_file)])
    assert result.exit_code == 1, result.output
    assert f"{tmp_path / '.pismo.lock'}: w miejscu ukrytego pliku blokady pismo jest {named}" \
        in result.output, result.output
    assert "pętlę" not in result.output and "a nie plik" not in result.output
    assert "nic nie wpisano" in result.output
    assert case_file.read_bytes() == before


@pytest.mark.parametrize("kind, named", [("link", "dowiązanie symboliczne – usuń je"), ("folder", "folder – usuń go")])
def test_web_save_names_the_lock_file_in_the_way_and_keeps_no_history_of_it(tmp_path, kind, named):
    case = tmp_path / "w.yaml"
    case.write_text("temat: stary\n", encoding="utf-8")
    _in_way(tmp_path, kind)
    store = Store(tmp_path)
    with pytest.raises(StoreError) as caught:
        store.save("w", "temat: nowy\n", digest(case.read_bytes()))
    message = str(caught.value)
    assert f"w miejscu ukrytego pliku blokady pismo jest {named}" in message, message
    assert ".pismo.lock" in message and "pętlę" not in message and "nie zapisano" in message
    assert case.read_text(encoding="utf-8") == "temat: stary\n"
    assert store.history("w") == []


def test_a_refused_web_save_leaves_no_previous_version_in_the_history(tmp_path, monkeypatch):
    """A full disk (or any refusal) as the case file is replaced: the history showed a save that never happened."""
    import errno

    from pismo.files import output

    case = tmp_path / "w.yaml"
    case.write_text("temat: stary\n", encoding="utf-8")
    store = Store(tmp_path)
    store.save("w", "temat: pierwszy\n", digest(case.read_bytes()))
    kept = store.history("w")
    assert [v.note for v in kept] == ["poprzednia"]
    real = output._write_temp

    def full(folder, name, data, *mode):
        if Path(folder) == tmp_path:
            raise OSError(errno.ENOSPC, "No space left on device", str(folder / name))
        return real(folder, name, data, *mode)

    monkeypatch.setattr(output, "_write_temp", full)
    with pytest.raises(StoreError, match="brak miejsca na dysku"):
        store.save("w", "temat: drugi\n", digest(case.read_bytes()))
    assert case.read_text(encoding="utf-8") == "temat: pierwszy\n"
    assert store.history("w") == kept


# --- finding 2: past a file-size limit (EFBIG) the reason came in brackets within brackets -------------------------

def test_no_reason_of_a_system_error_carries_brackets_of_its_own():
    """Every message puts the reason in brackets („nie można zapisać pliku (…)”): one with its own came out nested."""
    import errno

    from pismo.files import output
    from pismo.files.read import os_reason

    for code in errno.errorcode:
        exc = OSError(code, "x")
        assert "(" not in os_reason(exc) and "(" not in output._reason(exc)[0], errno.errorcode[code]


def _limited(size: int):
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def _run(args: list[str], cwd: Path, limit: int):
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    return subprocess.run([sys.executable, "-m", "pismo", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, preexec_fn=_limited(limit), timeout=120)


def test_odmien_past_the_file_size_limit_says_why_once(tmp_path):
    case_file = _odmien_case(tmp_path)
    before = case_file.read_bytes()
    done = _run(["odmien", case_file.name], tmp_path, len(before) + 100)
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert (f"{case_file.name}: nie można zapisać pliku (plik jest za duży dla tego nośnika albo przekracza "
            "ustawiony limit rozmiaru plików) – nic nie wpisano") in said, said
    assert case_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [case_file.name]


def test_nowa_past_the_file_size_limit_says_why_once_and_what_to_do(tmp_path):
    from test_morph_cases import CASES

    done = _run(["nowa", "nn.yaml", "--z", str(CASES[0])], tmp_path, 4000)
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert "((" not in said and "))" not in said, said
    assert "plik jest za duży dla tego nośnika albo przekracza ustawiony limit rozmiaru plików" in said, said
    assert "sprawdź folder" not in said and "na innym dysku" in said, said
    assert list(tmp_path.iterdir()) == []


# --- finding 8: a case file rewritten by another account took the writer as its owner ------------------------------

@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a file away")
@pytest.mark.parametrize("writer", ["odmien", "web"])
def test_a_rewritten_case_file_keeps_its_owner_and_mode(tmp_path, writer):
    """A service account (or root) saving an officer's 0600 case file made it its own: he could no longer open it."""
    import stat

    case_file = _odmien_case(tmp_path)
    os.chown(case_file, 65534, 65534)
    os.chmod(case_file, 0o640)
    before = case_file.read_bytes()
    if writer == "odmien":
        result = CliRunner().invoke(main, ["odmien", str(case_file)])
        assert result.exit_code == 0, result.output
    else:
        Store(tmp_path).save(case_file.stem, before.decode("utf-8") + "# z przeglądarki\n", digest(before))
    assert case_file.read_bytes() != before
    found = os.stat(case_file)
    assert (found.st_uid, found.st_gid, stat.S_IMODE(found.st_mode)) == (65534, 65534, 0o640)


# --- rev-sys1 finding 16: a read-only case file was rewritten by odmien without a word -----------------------------

def test_odmien_refuses_a_read_only_case_file(tmp_path):
    """An officer freezes the approved plan (chmod 444, „Tylko do odczytu” on Windows): odmien replaced it (the
    folder was writable), as Word would not."""
    case_file = _odmien_case(tmp_path)
    before = case_file.read_bytes()
    os.chmod(case_file, 0o444)
    result = CliRunner().invoke(main, ["odmien", str(case_file)])
    assert result.exit_code == 1, result.output
    assert f"{case_file}: plik sprawy jest tylko do odczytu" in result.output, result.output
    assert "nic nie wpisano" in result.output
    assert case_file.read_bytes() == before and (os.stat(case_file).st_mode & 0o777) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == [case_file.name]


def test_web_save_refuses_a_read_only_case_file_and_keeps_no_history_of_it(tmp_path):
    case = tmp_path / "w.yaml"
    case.write_text("temat: stary\n", encoding="utf-8")
    os.chmod(case, 0o444)
    store = Store(tmp_path)
    with pytest.raises(StoreError, match="plik sprawy jest tylko do odczytu"):
        store.save("w", "temat: nowy\n", digest(case.read_bytes()))
    assert case.read_text(encoding="utf-8") == "temat: stary\n"
    assert store.history("w") == []


# --- rev-sys1 finding 12: odmien and terminy refused a case whose name would not do as a documents folder ----------

@pytest.mark.parametrize("stem", ["a" * 250, "con", "a:b"])
def test_odmien_and_terminy_take_a_case_whose_name_would_not_do_as_a_documents_folder(tmp_path, stem):
    """Neither makes a documents folder: odmien rewrites the file in place, terminy only reads it."""
    from test_morph_cases import CASES

    made = _odmien_case(tmp_path)
    case_file = made.rename(made.with_name(f"{stem}.yaml"))
    before = case_file.read_bytes()
    result = CliRunner().invoke(main, ["odmien", str(case_file)])
    assert result.exit_code == 0, result.output
    assert "nie nadaje się na nazwę folderu" not in result.output
    assert case_file.read_bytes() != before
    case_file.write_bytes(Path(CASES[0]).read_bytes())
    result = CliRunner().invoke(main, ["terminy", str(case_file), "--dzien", "2020-01-01"])
    assert result.exit_code == 0, result.output
    assert "błędy" not in result.output and "nie nadaje się" not in result.output
    assert stem in result.output


def test_a_document_command_still_refuses_such_a_name(tmp_path):
    from test_morph_cases import CASES

    case_file = tmp_path / "con.yaml"
    case_file.write_bytes(Path(CASES[0]).read_bytes())
    result = CliRunner().invoke(main, ["plan", str(case_file), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "nie nadaje się na nazwę folderu dokumentów" in result.output


# --- finding 6: two case names differing only in how their Polish letters are encoded ------------------------------

def test_names_differing_only_in_unicode_normalisation_are_told_apart(tmp_path, monkeypatch):
    """NFC and NFD names print alike: the refusal said „żółw.yaml i żółw.yaml” and the officer could not tell which
    file to rename. (The files exist: a missing one is told missing by its case, rev-sys7 #12.)"""
    import unicodedata

    from pismo.documents.batch import folder_clashes

    monkeypatch.chdir(tmp_path)
    composed, decomposed = (Path("ca") / unicodedata.normalize(form, "żółw.yaml") for form in ("NFC", "NFD"))
    assert composed != decomposed
    for path in (composed, decomposed, Path("a/Sprawa.yaml"), Path("b/sprawa.yaml")):
        path.parent.mkdir(exist_ok=True)
        path.write_text("")
    if len(os.listdir("ca")) < 2:
        pytest.skip("the file system keeps one form of a name")
    for first, second, which in ((composed, decomposed, "drugiego"), (decomposed, composed, "pierwszego")):
        [message] = folder_clashes([first, second])
        assert "obie sprawy trafiłyby do tego samego folderu" in message
        assert (f"nazwy wyglądają tak samo, ale w nazwie {which} pliku polskie litery zapisano znakami łączącymi "
                "(np. plik skopiowany z komputera Mac)") in message, message
    [plain] = folder_clashes([Path("a/Sprawa.yaml"), Path("b/sprawa.yaml")])
    assert "znakami łączącymi" not in plain


# --- finding 5: `pismo pdf` made a fresh PDF of a document the case no longer makes, without a word ----------------

@pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
def test_pdf_of_a_document_waiting_to_be_removed_is_told_not_to_be_sent(tmp_path):
    """A write could not remove a document of an addressee taken out of the case (open in Word): the manifest marks
    it do_usuniecia, and `pismo pdf` gave it a ready-to-send PDF among the current ones."""
    import json
    import sys

    from test_morph_cases import CASES

    case = tmp_path / "s.yaml"
    case.write_bytes(Path(CASES[0]).read_bytes())
    result = CliRunner().invoke(main, ["wszystko", str(case), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / "s"
    manifest = folder / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    left = next(e for e in data["dokumenty"] if e["plik"].startswith("zaproszenie"))["plik"]
    for entry in data["dokumenty"]:
        if entry["plik"] == left:
            entry["do_usuniecia"] = True
    manifest.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    fake = tmp_path / "soffice"
    fake.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__).parent / "fake_soffice.py"}" "$@"\n')
    fake.chmod(0o755)
    result = CliRunner().invoke(main, ["pdf", str(folder), "--soffice", str(fake)])
    assert result.exit_code == 0, result.output
    pdf = folder / left.replace(".docx", ".pdf")
    assert pdf.exists()
    notes = [line for line in result.output.splitlines() if line.startswith("Uwaga")]
    assert len(notes) == 1, result.output
    assert str(pdf) in notes[0] and "nie wysyłaj" in notes[0] and "już nie zawiera" in notes[0], notes[0]
    assert "plan.pdf" not in notes[0]
