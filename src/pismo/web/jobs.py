"""Long work in the background: the zip with PDFs takes seconds per document.

A job runs in its own thread while the server keeps answering; the page polls
its state ("Tworzę dokumenty PDF: 3 z 9…") and downloads the result when it is
ready. Jobs live in memory only: a few recent ones, each named by a random id
that belongs to one case. The same case text asked for twice gets the job that
is already running (or done) instead of a second one.
"""

from __future__ import annotations

import secrets
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

KEPT = 8
KEPT_BYTES = 64 * 1024 * 1024  # finished zips kept in memory together; the newest is kept whatever its size


class JobFailed(Exception):
    """The work cannot be done; the message is Polish and says what to do."""


@dataclass
class Job:
    id: str
    case: str
    key: str
    done: int = 0
    total: int = 0  # 0 while the documents are being made
    state: str = "pracuje"  # pracuje, gotowe, blad
    message: str = ""
    filename: str = ""
    data: bytes = b""

    @property
    def text(self) -> str:
        if self.state == "blad":
            return f"Nie udało się: {self.message}"
        if self.state == "gotowe":
            return f"Gotowe: {self.message}"
        if not self.total:
            return "Przygotowuję dokumenty…"
        return f"Tworzę dokumenty PDF: {self.done} z {self.total}…"

    def state_json(self) -> dict:
        return {"stan": self.state, "zrobione": self.done, "wszystkie": self.total, "tekst": self.text}


class Jobs:
    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def start(self, case: str, key: str, work) -> Job:
        """Run work(job) in a thread – it sets total/done and returns (file name, data) – or join the same one."""
        with self._lock:
            for job in self._jobs.values():
                if job.case == case and job.key == key and job.state != "blad":
                    return job
            job = Job(secrets.token_urlsafe(16), case, key)
            self._jobs[job.id] = job
            self._prune()
        threading.Thread(target=self._run, args=(job, work), daemon=True, name=f"pismo-{job.id[:6]}").start()
        return job

    def _prune(self) -> None:
        """Forget the oldest finished jobs beyond KEPT, or while their zips pass KEPT_BYTES together (held under
        the lock): eight zips of a large case were ~0.8 GB of a server running for days."""
        while True:
            finished = [j for j in self._jobs.values() if j.state != "pracuje"]
            kept = sum(len(j.data) for j in finished)
            if not finished or (len(self._jobs) <= KEPT and (kept <= KEPT_BYTES or len(finished) == 1)):
                return
            del self._jobs[finished[0].id]

    def get(self, case: str, job_id: str) -> Job | None:
        job = self._jobs.get(job_id)
        return job if job is not None and job.case == case else None

    def _run(self, job: Job, work) -> None:
        try:
            filename, data = work(job)
            with self._lock:
                job.filename, job.data, job.state = filename, data, "gotowe"
                if job.id in self._jobs:
                    self._jobs.move_to_end(job.id)  # the zip just made is the last one forgotten
                self._prune()
        except JobFailed as exc:
            job.message, job.state = str(exc), "blad"
        except Exception as exc:  # never a traceback: a Polish message, the details for the console
            print(f"pismo serwer: błąd programu: {type(exc).__name__}: {exc}", file=sys.stderr)
            job.message = "błąd programu. Spróbuj ponownie; jeśli błąd się powtarza, zgłoś go."
            job.state = "blad"
