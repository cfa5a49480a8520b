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
            while len(self._jobs) > KEPT:
                oldest = next((j for j in self._jobs.values() if j.state != "pracuje"), None)
                if oldest is None:
                    break
                del self._jobs[oldest.id]
        threading.Thread(target=self._run, args=(job, work), daemon=True, name=f"pismo-{job.id[:6]}").start()
        return job

    def get(self, case: str, job_id: str) -> Job | None:
        job = self._jobs.get(job_id)
        return job if job is not None and job.case == case else None

    @staticmethod
    def _run(job: Job, work) -> None:
        try:
            job.filename, job.data = work(job)
            job.state = "gotowe"
        except JobFailed as exc:
            job.message, job.state = str(exc), "blad"
        except Exception as exc:  # never a traceback: a Polish message, the details for the console
            print(f"pismo serwer: błąd programu: {type(exc).__name__}: {exc}", file=sys.stderr)
            job.message = "błąd programu. Spróbuj ponownie; jeśli błąd się powtarza, zgłoś go."
            job.state = "blad"
