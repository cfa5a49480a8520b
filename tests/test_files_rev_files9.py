"""Findings of the ninth files review (rev-files9) of issue 17: case files made and replaced by the web store."""

from __future__ import annotations

from pathlib import Path

import pytest

from pismo.files import output
from pismo.web.store import Store, StoreError


# --- finding 4: „Nowa sprawa” replaced a case file of the same name made meanwhile --------------------------------

@pytest.mark.parametrize("when", ["before-lock", "before-link"])
def test_web_create_keeps_a_case_file_made_meanwhile(tmp_path, monkeypatch, when):
    """`pismo nowa`/`import` (or an editor) makes the file after the store's first look: it is kept, and the
    page says the case exists – under the folder's lock the name is checked again and taken exclusively."""
    store, made = Store(tmp_path), tmp_path / "nowa1.yaml"
    theirs = "# z pismo nowa\n"

    def make_it():
        if not made.exists():
            made.write_text(theirs, encoding="utf-8")

    if when == "before-lock":
        real = output.remove_leftovers
        monkeypatch.setattr(output, "remove_leftovers", lambda folder: (make_it(), real(folder))[1])
    else:
        real = output._place
        monkeypatch.setattr(output, "_place", lambda source, target, clobber: (make_it(), real(source, target, clobber))[1])
    with pytest.raises(StoreError) as caught:
        store.create_all([("nowa1", "# z przeglądarki\n")])
    assert made.read_text(encoding="utf-8") == theirs
    assert "sprawa „nowa1” już istnieje" in str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["nowa1.yaml"]  # no temporary left


def test_web_create_of_several_keeps_none_when_one_was_made_meanwhile(tmp_path, monkeypatch):
    store = Store(tmp_path)
    real = output.remove_leftovers
    monkeypatch.setattr(output, "remove_leftovers",
                        lambda folder: ((tmp_path / "p-2.yaml").write_text("x\n"), real(folder))[1])
    with pytest.raises(StoreError, match="sprawa „p-2” już istnieje"):
        store.create_all([("p-1", "a\n"), ("p-2", "b\n")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p-2.yaml"]
    assert (tmp_path / "p-2.yaml").read_text() == "x\n"


def test_web_create_keeps_a_folder_made_meanwhile(tmp_path, monkeypatch):
    store, real = Store(tmp_path), output.remove_leftovers
    monkeypatch.setattr(output, "remove_leftovers", lambda folder: ((tmp_path / "f.yaml").mkdir(), real(folder))[1])
    with pytest.raises(StoreError, match="sprawa „f” już istnieje"):
        store.create_all([("f", "a\n")])
    assert (tmp_path / "f.yaml").is_dir()


# --- finding 1: Ctrl+C as odmien's new case file takes its name ---------------------------------------------------

def test_ctrl_c_as_odmien_replaces_the_case_file_still_lists_the_forms_written(tmp_path, monkeypatch):
    import os
    import signal

    from click.testing import CliRunner

    from pismo.cli import console
    from pismo.cli.main import main
    from test_morph_cases import CASES, _stripped

    case_file = _stripped(CASES[0], tmp_path)
    before = case_file.read_bytes()
    monkeypatch.setattr(console, "_own_process", True)  # as pismo's entry point runs it
    real = os.replace

    def pressed_meanwhile(source, target, *a, **kw):
        real(source, target, *a, **kw)
        if Path(target) == case_file:
            os.kill(os.getpid(), signal.SIGINT)  # the rename is done as Ctrl+C comes

    handler = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(os, "replace", pressed_meanwhile)
    try:
        result = CliRunner().invoke(main, ["odmien", str(case_file)])
    finally:
        signal.signal(signal.SIGINT, handler)
        monkeypatch.setattr(os, "replace", real)
    assert result.exit_code == 130, result.output
    assert case_file.read_bytes() != before
    assert "wpisano formy ze słownika" in result.output, result.output
    assert "Traceback" not in result.output


# --- finding 3: the web „Zapisz” split a case file that has a second name (a hard link) --------------------------

def test_web_save_refuses_a_case_file_with_another_name_and_changes_neither(tmp_path):
    """`pismo odmien` refused a hard-linked case file, the web save gave this name the new text and left the other
    the old one – the refusal is in casefile.replace, which both writers use."""
    import os

    from pismo.web.store import digest

    case, other = tmp_path / "rejon.yaml", tmp_path.parent / f"{tmp_path.name}-kopia.yaml"
    case.write_text("temat: stary\n", encoding="utf-8")
    os.link(case, other)
    store = Store(tmp_path)
    with pytest.raises(StoreError) as caught:
        store.save("rejon", "temat: nowy\n", digest(case.read_bytes()))
    assert "dowiązania twarde" in str(caught.value)
    assert case.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == "temat: stary\n"
    assert os.stat(case).st_nlink == 2
