"""Many cases at once: each in its own worker, one broken case stops no other.

Workers ignore Ctrl+C; the parent stops handing out cases and waits for the
running ones (further Ctrl+C held back meanwhile), which write atomically, so an
interrupted batch leaves only complete documents and no worker behind.
"""

from __future__ import annotations

import errno

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Job:
    """What to make of every case: the arguments of pismo.api.generate but the source."""

    kinds: list[str] | None
    out_root: Path
    templates: Path | None
    overwrite: bool
    public: bool = False
    inputs: tuple = ()  # every case file of the command: one case never writes over another's file


def run_case(path: Path, job: Job):
    """pismo.api.generate for one case; any failure, even an unexpected one, becomes the Result's error."""
    from pismo import api
    from pismo.errors import PismoError, from_os_error

    try:
        return api.generate(path, job.kinds, job.out_root, job.overwrite, public=job.public, templates=job.templates,
                            inputs=job.inputs, pdf_notes=False)  # the batch makes the PDFs: it tells of old ones
    except PismoError as exc:
        return api.Result(Path(path), error=exc)
    except OSError as exc:  # a path the system refuses where no check foresaw it (a name too long…)
        return api.Result(Path(path), error=from_os_error(exc))
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug must not take the other cases down; name it under this case
        return api.Result(Path(path), error=unexpected(exc))


def unexpected(exc: BaseException):
    from pismo.errors import unexpected as told

    return told(exc, "dokumentów tej sprawy nie utworzono")


def folder_clashes(paths: list[Path]) -> list[str]:
    """Cases that would write into one output folder, which is named after the file: refused before any runs.

    Run together they would replace each other's documents (and, in parallel,
    remove each other's temporaries). Names are compared as Windows and macOS
    compare them: without regard to case.
    """
    from pismo.files.output import same_name_key

    seen: dict[str, Path] = {}
    messages = []
    for path in map(Path, paths):
        if not os.path.exists(path):  # a mistyped path is told as missing by its own case, never as a clash
            continue
        first = seen.get(same_name_key(path.stem))
        if first is None:
            seen[same_name_key(path.stem)] = path
            continue
        if _same_file(first, path):
            messages.append(f"{path}: ten sam plik sprawy podano dwa razy – podaj go raz")
        else:
            messages.append(f"{first} i {path}: obie sprawy trafiłyby do tego samego folderu „{first.stem}” "
                            f"(folder nazywa się jak plik sprawy){_encoded_apart(first, path)} – zmień nazwę jednego "
                            "z plików")
    return messages


def _encoded_apart(first: Path, second: Path) -> str:
    """What tells apart two names that print alike: their Polish letters encoded differently (composed, or a letter
    and a combining mark, as a Mac writes them) – else the officer cannot see which file to rename."""
    combining = [p.stem != unicodedata.normalize("NFC", p.stem) for p in (first, second)]
    if first.stem.casefold() == second.stem.casefold() or not any(combining):
        return ""
    if all(combining):
        how = "polskie litery zapisano w nich na dwa różne sposoby"
    else:
        how = f"w nazwie {'pierwszego' if combining[0] else 'drugiego'} pliku polskie litery zapisano znakami łączącymi"
    if unicodedata.normalize("NFC", first.stem) != unicodedata.normalize("NFC", second.stem):
        return f"; nazwy różnią się wielkością liter, a {how} (np. plik skopiowany z komputera Mac)"
    return f"; nazwy wyglądają tak samo, ale {how} (np. plik skopiowany z komputera Mac)"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _start_worker(waiting) -> None:
    """A worker ignores Ctrl+C, a kill and a closed terminal (the parent stops it, after its case is written
    whole) and tells of waits as the parent does."""
    from pismo.files import folderlock

    from pismo.errors import STOPPING

    for name in STOPPING:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    _end_with_parent()
    folderlock.waiting = waiting


def _end_with_parent() -> None:
    """A worker ends when its parent is killed hard (kill -9, the OOM killer): it ignores the signals the parent
    stops it by, and went on writing its case after pismo had ended, then hung on a pipe nobody read. A kill
    mid-write leaves what any killed write leaves (output.py recovers it). Linux only (prctl)."""
    if not sys.platform.startswith("linux"):
        return
    parent = multiprocessing.parent_process()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent.pid:  # the parent died before the line above
        os._exit(1)


def _committed(path: Path, done) -> "object":
    """The Result of a case whose write Ctrl+C came in: the one api.generate made of it (problems, blocked kinds,
    every note), or, when it made none, the files and removals the commit carries."""
    from pismo import api

    if getattr(done, "result", None) is not None:
        return done.result
    kinds = {p: "manifest" if p.name == "manifest.json" else "dokument" for p in done.written}
    return api.Result(Path(path), [api.WrittenFile(p, kinds[p]) for p in done.written],
                      notes=api._no_longer_made_notes(done.removed, done.left, done.stayed))


def default_jobs() -> int:
    return os.cpu_count() or 1


def run_cases(paths: list[Path], job: Job, jobs: int, on_done=None, on_stop=None) -> list:
    """Run every case; in-process for one case or one job, else in worker processes.

    on_done(result) is called as each case finishes. KeyboardInterrupt propagates
    after running cases have finished (on_stop(how many) is called as the wait for
    them begins); no case starts after it; results so far are on the exception.
    """
    results = []
    if jobs <= 1 or len(paths) <= 1:
        from pismo.files.output import Committed

        try:
            for path in paths:
                try:
                    results.append(run_case(path, job))
                except Committed as done:  # Ctrl+C while its files were put in place: they all were
                    results.append(_committed(path, done))
                    raise
                if on_done:
                    on_done(results[-1])
        except KeyboardInterrupt as exc:
            exc.results = results
            raise
        return results
    from pismo.files import folderlock
    from pismo.files.output import uninterrupted

    workers = min(jobs, len(paths))
    pending, running = list(reversed(paths)), {}  # running: the pipe a case's result comes by -> its path

    def start():
        """One more case, in a process of its own, only as a worker is free: no case starts after Ctrl+C."""
        with uninterrupted() as pressed:  # a worker may fork here: until it ignores Ctrl+C, it only notes it
            path = pending.pop()
            reader, writer = multiprocessing.Pipe(duplex=False)
            try:
                multiprocessing.Process(target=_work, args=(writer, path, job, folderlock.waiting)).start()
                running[reader] = path
            except OSError as exc:  # no memory or processes left for one more: this case fails, the others go on
                reader.close()
                results.append(_not_started(path, exc))
                if on_done:
                    on_done(results[-1])
            finally:
                writer.close()  # the worker's copy is the only one: its end (a kill too) is the reader's EOF
        if pressed:
            raise KeyboardInterrupt

    def finished():
        """The results of the cases that ended, each taken whole (Ctrl+C held back meanwhile)."""
        ready = multiprocessing.connection.wait(list(running))
        with uninterrupted() as pressed:
            ended = [_received(reader, running.pop(reader)) for reader in ready]
            multiprocessing.active_children()  # joins the ended workers
        return ended, pressed

    try:
        while pending and len(running) < workers:
            start()
        while running:
            ended, pressed = finished()
            results.extend(ended)
            for result in ended:
                if on_done:
                    on_done(result)
                if pending and not pressed:
                    start()
            if pressed:
                raise KeyboardInterrupt
    except KeyboardInterrupt as exc:
        if on_stop:
            on_stop(len(running))
        with uninterrupted():  # a second Ctrl+C cut this wait short: workers were left running, pismo hung
            while running:
                results.extend(finished()[0])
        exc.results = results
        raise
    order = {path: i for i, path in enumerate(paths)}
    return sorted(results, key=lambda r: order.get(r.source, 0))


def _work(writer, path: Path, job: Job, waiting) -> None:
    """A worker process: one case, its result sent back whole."""
    from pismo import api

    _start_worker(waiting)
    try:
        result = run_case(path, job)
    except MemoryError as exc:
        result = api.Result(Path(path), error=unexpected(exc))
    try:
        writer.send(result)
    except OSError:  # the parent is gone (killed): nobody to tell
        pass
    except Exception as exc:  # a result that cannot be pickled: said under its case, never a traceback
        writer.send(api.Result(Path(path), error=unexpected(exc)))
    writer.close()


def _not_started(path: Path, exc: OSError):
    """A case whose worker the system would not start (no memory, too many processes): failed alone."""
    from pismo import api
    from pismo.errors import PismoError

    if exc.errno in (errno.EMFILE, errno.ENFILE):  # the open-files limit, not memory
        from pismo.files.read import os_reason

        return api.Result(Path(path), error=PismoError(
            f"nie można uruchomić procesu dla tej sprawy ({os_reason(exc)}) – zwiększ limit otwartych plików "
            "(ulimit -n) albo uruchom mniej spraw naraz (-j 1) i uruchom polecenie ponownie"))
    return api.Result(Path(path), error=PismoError(
        "nie można uruchomić procesu dla tej sprawy (zwykle brakuje pamięci albo działa zbyt wiele programów) – "
        "zamknij inne programy i uruchom polecenie ponownie"))


def _received(reader, path: Path):
    """The worker's result; a worker that died (killed, out of memory) is reported under its case."""
    from pismo import api
    from pismo.errors import PismoError

    try:
        return reader.recv()
    except (EOFError, OSError):
        return api.Result(Path(path), error=PismoError(KILLED))
    except Exception as exc:  # a result that could not be read back
        return api.Result(Path(path), error=unexpected(exc))
    finally:
        reader.close()


KILLED = ("proces, który tworzył dokumenty tej sprawy, zakończono z zewnątrz (np. system zamknął go z braku "
          "pamięci albo zamknięto go w Menedżerze zadań) – jej dokumenty mogły nie zostać zapisane wszystkie; "
          "uruchom polecenie dla tej sprawy ponownie")
