"""Findings of the twelfth files review (rev-files12) of issue 17."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from conftest import run

SRC = Path(__file__).resolve().parents[1] / "src"


def _pismo(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    """`pismo ARGS…` in its own process (a hang is a timeout, not a stuck test run)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-m", "pismo", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env)


# --- finding 4: `pismo odmien` read the case file whole before any check ------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_odmien_of_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "k.yaml"
    os.mkfifo(pipe)
    try:
        done = _pismo("odmien", pipe, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("pismo odmien hung on a named pipe")
    assert done.returncode != 0
    assert "to nie jest zwykły plik" in done.stdout + done.stderr


def test_odmien_of_a_huge_file_reads_no_more_than_the_limit(tmp_path):
    huge = tmp_path / "k.yaml"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: no disk taken
    tracemalloc.start()
    try:
        result = run("odmien", huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code != 0 and "zbyt duży" in result.output, result.output
    assert peak < 60 * 1024 * 1024, peak


def test_odmien_still_writes_the_forms(tmp_path):
    from test_morph_cases import CASES, _stripped

    case = _stripped(CASES[0], tmp_path)
    before = case.read_bytes()
    result = run("odmien", case)
    assert result.exit_code == 0, result.output
    assert case.read_bytes() != before and "# ze słownika" in case.read_text(encoding="utf-8")


# --- finding 3: the web history read its version files through links, pipes and at any size ------------------------

def _saved_once(tmp_path) -> tuple:
    """A served folder whose case „w” was saved once (one version in its history); (store, history folder)."""
    from pismo.web.store import Store, digest

    (tmp_path / "w.yaml").write_text("a: 1\n", encoding="utf-8")
    store = Store(tmp_path)
    current = store.read("w")
    store.save("w", "a: 2\n", digest(current))
    history = tmp_path / ".pismo-historia" / "w"
    assert len(store.history("w")) == 1
    return store, history


def test_web_history_neither_lists_nor_reads_a_link_named_like_a_version(tmp_path):
    from pismo.web.store import StoreError

    store, history = _saved_once(tmp_path)
    secret = tmp_path / "inna.txt"
    secret.write_text("tajne: dane innej sprawy\n", encoding="utf-8")
    link = history / "2026-12-06_09-00-00-000000_poprzednia.yaml"
    link.symlink_to(secret)
    assert link.name not in [v.name for v in store.history("w")]
    with pytest.raises(StoreError) as refused:
        store.version_text("w", link.name)
    assert "tajne" not in str(refused.value)
    from pismo.web.store import digest
    assert store.text_of_version("w", digest(secret.read_bytes())) is None


def _in_time(call, seconds: float = 10):
    """call() in a thread; its result, or a failed test when it has not returned in time."""
    import threading

    box: list = []
    worker = threading.Thread(target=lambda: box.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    return worker, box


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_web_history_does_not_hang_on_a_named_pipe_named_like_a_version(tmp_path):
    from pismo.web.store import StoreError

    store, history = _saved_once(tmp_path)
    pipe = history / "2026-12-06_23-00-00-000000_poprzednia.yaml"
    os.mkfifo(pipe)
    try:
        worker, box = _in_time(lambda: store.text_of_version("w", "abc"))
        assert not worker.is_alive(), "text_of_version hung on a named pipe"
        assert box == [None]
        assert pipe.name not in [v.name for v in store.history("w")]
    finally:
        if worker.is_alive():  # let the stuck thread go
            with open(pipe, "wb"):
                pass
    with pytest.raises(StoreError):
        store.version_text("w", pipe.name)


def test_web_history_reads_no_version_beyond_the_case_files_limit(tmp_path):
    from pismo.web.store import StoreError

    store, history = _saved_once(tmp_path)
    huge = history / "2026-12-06_23-00-00-000000_poprzednia.yaml"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        assert store.text_of_version("w", "abc") is None
        with pytest.raises(StoreError) as refused:
            store.version_text("w", huge.name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60 * 1024 * 1024, peak
    assert "MB" in str(refused.value), str(refused.value)


def test_web_history_still_shows_its_own_versions(tmp_path):
    store, _history = _saved_once(tmp_path)
    from pismo.web.store import digest

    version = store.history("w")[0]
    assert store.version_text("w", version.name) == "a: 1\n"
    assert store.text_of_version("w", digest(b"a: 1\n")) == "a: 1\n"


# --- finding 10: a run that read the case before the officer's edit replaced the newer documents ------------------

def test_a_run_of_an_older_case_text_does_not_replace_the_documents_of_the_newer_one(tmp_path, monkeypatch):
    """Run A reads the case; before it reaches the folder the officer moves the meeting and runs B (another
    process); A must then write nothing – B's documents, of the case as it is, stay."""
    import shutil

    from helpers import LECZNA
    from pismo.documents import generate

    case, out = tmp_path / "c2.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    seen: dict = {}
    real = generate.subfolder

    def officer_meanwhile(root, name):
        if not seen:  # A has read and checked the case: now the officer's edit and his own run
            case.write_text(case.read_text(encoding="utf-8").replace('godzina: "17:00"', 'godzina: "16:15"', 1),
                            encoding="utf-8")
            done = _pismo("wszystko", case, "-o", out)
            assert done.returncode == 0, done.stdout + done.stderr
            seen.update({p.name: p.read_bytes() for p in (out / "c2").iterdir()})
        return real(root, name)

    monkeypatch.setattr(generate, "subfolder", officer_meanwhile)
    result = run("wszystko", case, "-o", out)
    assert seen
    assert result.exit_code != 0, result.output
    assert "zmienił się" in result.output, result.output
    assert {p.name: p.read_bytes() for p in (out / "c2").iterdir()} == seen


def test_a_run_whose_case_is_unchanged_still_writes(tmp_path):
    import shutil

    from helpers import LECZNA

    case, out = tmp_path / "c2.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert (out / "c2" / "plan.docx").is_file()
