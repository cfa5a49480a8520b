"""The zip with PDFs as a background job: started by POST with CSRF, followed by polling, downloaded when done."""

from __future__ import annotations

import io
import json
import re
import threading
import time
import zipfile

import pytest

from helpers import LECZNA, MINIMAL_PDF
from web_server import start

CASE = LECZNA.stem


@pytest.fixture
def web(tmp_path, monkeypatch):
    from pismo.web import core

    running = start(tmp_path)
    running.gate = threading.Event()
    running.gate.set()
    running.fail = None

    def to_pdf(docx):
        running.gate.wait(30)
        if running.fail:
            raise running.fail
        return MINIMAL_PDF + docx[:16]

    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", to_pdf)
    yield running
    running.gate.set()
    running.stop()


def _start(web):
    status, headers, _ = web.post(f"/sprawy/{CASE}/pdf", {"csrf": web.csrf})
    assert status == 303
    return headers["Location"]


def _state(web, page):
    status, headers, body = web.get(page + "/stan")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def _until_finished(web, page):
    for _ in range(300):
        state = _state(web, page)
        if state["stan"] != "pracuje":
            return state
        time.sleep(0.05)
    raise AssertionError("the job did not finish")


def test_progress_then_zip_with_every_pdf_and_the_server_answers_meanwhile(web):
    web.gate.clear()
    page = _start(web)
    assert re.fullmatch(rf"/sprawy/{CASE}/pdf/[\w-]+", page)
    state = _state(web, page)
    assert state["stan"] == "pracuje" and state["zrobione"] == 0
    assert web.get("/")[0] == 200 and web.get(f"/sprawy/{CASE}")[0] == 200  # not blocked by the job
    status, _, body = web.get(page)
    html = body.decode()
    assert status == 200 and ("Przygotowuję dokumenty" in html or "Tworzę dokumenty PDF: 0 z" in html)
    web.gate.set()
    state = _until_finished(web, page)
    assert state["stan"] == "gotowe" and state["zrobione"] == state["wszystkie"] > 5
    assert state["tekst"].startswith("Gotowe:")
    status, headers, body = web.get(page + "/pobierz")
    assert status == 200 and headers["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(body)).namelist()
    docx = [n for n in names if n.endswith(".docx")]
    assert sorted(n[:-4] for n in names if n.endswith(".pdf")) == sorted(n[:-5] for n in docx)
    assert "manifest.json" in names
    assert _start(web) == page  # the same case text again: the finished job, not a new one


def test_the_progress_text_counts_documents(web):
    web.gate.clear()
    page = _start(web)
    job = web.server.app.jobs.get(CASE, page.rsplit("/", 1)[1])
    for _ in range(200):
        if job.total:
            break
        time.sleep(0.02)
    assert _state(web, page)["tekst"] == f"Tworzę dokumenty PDF: 0 z {job.total}…"
    web.gate.set()
    _until_finished(web, page)


def test_failure_in_polish_without_traceback(web):
    from pismo.web import core

    web.fail = core.NoPdf("LibreOffice nie odpowiedział w ciągu 30 s")
    page = _start(web)
    state = _until_finished(web, page)
    assert state["stan"] == "blad"
    assert state["tekst"].startswith("Nie udało się: nie utworzono PDF dokumentu ") and "30 s" in state["tekst"]
    _, _, body = web.get(page)
    assert "Nie udało się" in body.decode() and "Traceback" not in body.decode()
    web.fail = ZeroDivisionError("division by zero")
    page = _start(web)  # a failed job is not reused
    state = _until_finished(web, page)
    assert state["stan"] == "blad" and "błąd programu" in state["tekst"] and "Division" not in state["tekst"]
    status, headers, _ = web.get(page + "/pobierz")
    assert status == 303 and headers["Location"] == page  # nothing to download


def test_token_csrf_and_foreign_jobs_refused(web):
    status, _, body = web.post(f"/sprawy/{CASE}/pdf", {})
    assert status == 403 and "Formularz wygasł" in body.decode()
    assert not web.server.app.jobs._jobs
    page = _start(web)
    _until_finished(web, page)
    assert web.get(page + "/stan", cookie=False)[0] == 403
    assert web.get(page + "/pobierz", cookie=False)[0] == 403
    job_id = page.rsplit("/", 1)[1]
    status, _, body = web.get(f"/sprawy/wrzosogrod-rejon-xiii-2026/pdf/{job_id}/pobierz")
    assert status == 404 and "Nie ma takiego zadania" in body.decode() and "Traceback" not in body.decode()
    assert web.get(f"/sprawy/{CASE}/pdf/nie-ma/stan")[0] == 404
    assert web.post("/sprawy/..%2Fx/pdf", {"csrf": web.csrf})[0] in (400, 404)


def test_without_libreoffice_a_polish_page_and_no_job(web, monkeypatch):
    from pismo.web import core

    monkeypatch.setattr(core, "pdf_available", lambda: False)
    status, _, body = web.post(f"/sprawy/{CASE}/pdf", {"csrf": web.csrf})
    assert status == 503 and "libreoffice.org" in body.decode() and not web.server.app.jobs._jobs
