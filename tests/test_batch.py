"""Batches: many cases in parallel, a broken one stops no other, Ctrl+C leaves no partial files."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
import zipfile

from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo.cli.main import main


def _copies(folder, count):
    paths = []
    for n in range(count):
        path = folder / f"sprawa-{n:03d}.yaml"
        shutil.copy(LECZNA if n % 2 else WRZOSOGROD, path)
        paths.append(path)
    return paths


def test_broken_case_does_not_stop_the_others(tmp_path):
    broken = tmp_path / "zepsuta.yaml"
    broken.write_text(LECZNA.read_text(encoding="utf-8").replace("  numer: 3", "  numer: trzy"), encoding="utf-8")
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), str(broken), str(WRZOSOGROD),
                                       "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 1
    assert "zepsuta.yaml:" in result.output and "rejon.numer" in result.output
    assert "nieudana: " in result.output and "z błędami: 1" in result.output
    assert (tmp_path / "out" / "leczna-rejon-3-2025" / "manifest.json").exists()
    assert (tmp_path / "out" / "wrzosogrod-rejon-xiii-2026" / "manifest.json").exists()
    assert not (tmp_path / "out" / "zepsuta").exists()


def test_parallel_and_serial_batches_give_the_same_files(tmp_path):
    paths = _copies(tmp_path, 4)
    runner = CliRunner()
    for jobs, target in (("1", "a"), ("2", "b")):
        result = runner.invoke(main, ["wszystko", *map(str, paths), "-o", str(tmp_path / target), "-j", jobs])
        assert result.exit_code == 0, result.output
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert first == second and len(first) > 40


def test_interrupted_batch_leaves_only_complete_documents(tmp_path):
    paths = _copies(tmp_path, 40)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "pismo", "wszystko", *map(str, paths), "-o", str(out), "-j", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (out.exists() and any(out.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode in (0, 130), stderr
    if process.returncode == 130:
        assert "Przerwano" in stderr and "Traceback" not in stderr
    assert not list(out.rglob("*.tmp"))
    for document in out.rglob("*.docx"):
        with zipfile.ZipFile(document) as archive:
            assert archive.testzip() is None
    for folder in out.iterdir():
        assert (folder / "manifest.json").exists(), f"{folder.name}: sprawa zapisana częściowo"


def test_ctrl_c_pressed_again_and_again_leaves_no_worker_behind(tmp_path):
    """A second Ctrl+C cut short the wait for the workers: pismo exited leaving them running for good, or hung
    at its exit joining them (with Python's traceback)."""
    import os

    paths = _copies(tmp_path, 12)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "pismo", "wszystko", *map(str, paths), "-o", str(out), "-j", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while not (out.exists() and any(out.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        for _ in range(300):  # Ctrl+C held down for 1.5 s: through the wait for the workers and after it
            process.send_signal(signal.SIGINT)
            time.sleep(0.005)
        stderr = process.communicate(timeout=120)[1]
        # 130, or ended by a Ctrl+C that came while Python was closing down (the shell says 130 for both)
        assert process.returncode in (130, -signal.SIGINT) and "Przerwano." in stderr, stderr
        assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
        time.sleep(1)
        try:
            os.killpg(process.pid, 0)
            left = True
        except ProcessLookupError:
            left = False
        assert not left, "procesy pomocnicze pismo działają po jego zakończeniu"
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _held_case(path, job):
    """A case that says it has started, then waits for the test to let it finish (in a worker process)."""
    from pathlib import Path

    from pismo import api

    marks = job.out_root
    (marks / f"started-{Path(path).stem}").touch()
    deadline = time.monotonic() + 60
    while not (marks / "release").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return api.Result(Path(path))


def test_ctrl_c_during_a_parallel_batch_starts_no_case_not_begun_and_says_so_at_once(tmp_path, monkeypatch):
    """Ctrl+C with -j 2 while two of four cases ran: a third case, already queued for a worker, was started and
    written after it, and nothing was said during the wait (third files review, finding 6)."""
    import threading

    from pismo.documents import batch

    monkeypatch.setattr(batch, "run_case", _held_case)
    marks = tmp_path / "marks"
    marks.mkdir()
    told = threading.Event()

    def press():
        deadline = time.monotonic() + 60
        while len(list(marks.glob("started-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        if (marks / "release").exists():  # the batch is over already (it failed)
            return
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
        told.wait(60)  # the notice comes before the wait for the running cases
        (marks / "release").touch()

    presser = threading.Thread(target=press)
    presser.start()
    stops = []
    try:
        paths = [tmp_path / f"c{n}.yaml" for n in range(1, 5)]
        job = batch.Job(None, marks, None, False)
        try:
            batch.run_cases(paths, job, 2, on_stop=lambda running: (stops.append(running), told.set()))
        except KeyboardInterrupt as exc:
            results = exc.results
        else:
            raise AssertionError("Ctrl+C nie przerwało")
    finally:
        (marks / "release").touch()
        presser.join()
    assert stops == [2]
    assert len(list(marks.glob("started-*"))) == 2, "po Ctrl+C rozpoczęto sprawę, która nie była w toku"
    assert len(results) == 2


def _killed_case(path, job):
    """c2's process is killed from outside (the out-of-memory killer, Task Manager); c1 waits until it is."""
    import os
    from pathlib import Path

    from pismo import api

    marks = job.out_root
    if Path(path).stem == "c2":
        (marks / "dying").touch()
        os.kill(os.getpid(), signal.SIGKILL)
    deadline = time.monotonic() + 20
    while Path(path).stem == "c1" and not (marks / "dying").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5 if Path(path).stem == "c1" else 0)  # still running as c2 dies
    (marks / f"done-{Path(path).stem}").touch()
    return api.Result(Path(path))


def test_a_worker_killed_is_told_under_its_case_and_the_others_go_on(tmp_path, monkeypatch):
    """One worker of -j 2 killed: the pool broke – the other running case was lost, the one not begun never
    started, 'BrokenProcessPool' told as a bug, and pismo hung (fifth files review, finding 2)."""
    import threading

    from pismo.documents import batch

    monkeypatch.setattr(batch, "run_case", _killed_case)
    marks = tmp_path / "marks"
    marks.mkdir()
    paths = [tmp_path / f"c{n}.yaml" for n in range(1, 4)]
    outcome = []
    runner = threading.Thread(target=lambda: outcome.append(batch.run_cases(paths, batch.Job(None, marks, None,
                                                                                             False), 2)), daemon=True)
    runner.start()
    runner.join(60)
    assert outcome, "pismo zawisło po zakończeniu procesu jednej sprawy"
    results = outcome[0]
    assert [r.source for r in results] == paths
    assert results[0].error is None and results[2].error is None
    assert "zakończono z zewnątrz" in results[1].error.message
    assert "BrokenProcessPool" not in results[1].error.message
    assert {p.name for p in marks.glob("done-*")} == {"done-c1", "done-c3"}


def _quick_case(path, job):
    from pathlib import Path

    from pismo import api

    return api.Result(Path(path))


def test_a_case_whose_process_cannot_start_fails_alone(tmp_path, monkeypatch):
    """No memory or processes left for one more worker (the state in which the system kills one): that case
    fails with a Polish reason, the others are made."""
    import errno
    import multiprocessing

    from pismo.documents import batch

    monkeypatch.setattr(batch, "run_case", _quick_case)
    real, starts = multiprocessing.Process.start, []

    def start(process):
        starts.append(process)
        if len(starts) == 2:
            raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
        return real(process)

    monkeypatch.setattr(multiprocessing.Process, "start", start)
    paths = [tmp_path / f"c{n}.yaml" for n in range(1, 4)]
    results = batch.run_cases(paths, batch.Job(None, tmp_path, None, False), 2)
    assert [r.source for r in results] == paths
    assert results[0].error is None and results[2].error is None
    assert "nie można uruchomić procesu dla tej sprawy" in results[1].error.message
