"""The warm converter (pismo.files.converter): fast, and it survives a killed or hanging LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import ROOT
from pismo.files import converter as conv
from pismo.files.pdf import PdfError, pdf_pages

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if not SOFFICE or not shutil.which("pdfinfo") or not sys.platform.startswith("linux"):
    if os.environ.get("CI"):
        pytest.fail("CI musi mieć LibreOffice i poppler-utils (zob. .ci/run)", pytrace=False)
    pytest.skip("brak LibreOffice lub poppler-utils (albo nie Linux: testy zaglądają do /proc)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def docx(tmp_path_factory) -> dict[str, bytes]:
    """Two real documents: a one-page invitation and the multi-page plan."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    out = tmp_path_factory.mktemp("docx")
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    folder = out / LECZNA.stem
    found = {"plan": (folder / "plan.docx").read_bytes(),
             "zaproszenie": next(folder.glob("zaproszenie-*.docx")).read_bytes()}
    return found


@pytest.fixture(scope="module")
def expected_pages(docx, tmp_path_factory) -> dict[str, int]:
    """Page counts by a cold soffice and pdfinfo, independent of the converter."""
    folder = tmp_path_factory.mktemp("cold")
    for name, data in docx.items():
        (folder / f"{name}.docx").write_bytes(data)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation={(folder / 'p').as_uri()}", "--convert-to",
                    "pdf", "--outdir", str(folder), *(str(folder / f"{name}.docx") for name in docx)], check=True,
                   capture_output=True, timeout=120)
    pages = {}
    for name in docx:
        info = subprocess.run(["pdfinfo", str(folder / f"{name}.pdf")], capture_output=True, text=True).stdout
        pages[name] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return pages


@pytest.fixture(scope="module")
def warm():
    with conv.Converter() as converter:
        if not converter.warm:
            pytest.skip("brak Pythona z modułem uno (python3-uno)")
        yield converter


def _group(converter) -> list[int]:
    """Live processes in the converter's process group (bridge, soffice, soffice.bin)."""
    pgid = converter._bridge.pid
    return _members(pgid)


def _members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


def _soffice_bin(converter) -> int:
    for pid in _group(converter):
        try:
            if "soffice.bin" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                return pid
        except OSError:
            continue
    raise AssertionError("soffice.bin nie działa")


def test_every_pdf_is_whole_with_the_expected_pages(warm, docx, expected_pages, tmp_path):
    for name, data in docx.items():
        pdf = warm.to_pdf(data)
        assert pdf[:5] == b"%PDF-"
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        assert pdf_pages(tmp_path / f"{name}.pdf") == expected_pages[name], name


def test_survives_a_killed_libreoffice(warm, docx):
    warm.to_pdf(docx["zaproszenie"])
    os.kill(_soffice_bin(warm), signal.SIGKILL)
    assert warm.to_pdf(docx["zaproszenie"])[:5] == b"%PDF-"


def test_a_hanging_libreoffice_costs_one_request_within_its_timeout(warm, docx, monkeypatch):
    """One wait of the request's timeout, no retry, and no start of LibreOffice in the caller's thread (it
    restarts in the background): counted in waits and starts, not seconds, which failed under load."""
    import threading

    warm.to_pdf(docx["zaproszenie"])
    frozen = _soffice_bin(warm)
    waits, starts, caller = [], [], threading.current_thread()
    real_reply, real_start = warm._reply, warm._start_bridge
    monkeypatch.setattr(warm, "_reply", lambda timeout: waits.append(timeout) or real_reply(timeout))
    monkeypatch.setattr(warm, "_start_bridge", lambda *args: starts.append(threading.current_thread() is caller)
                        or real_start(*args))
    os.kill(frozen, signal.SIGSTOP)  # LibreOffice stuck in a document
    with pytest.raises(PdfError, match="przekroczono limit czasu"):
        warm.to_pdf(docx["zaproszenie"], timeout=2)
    assert waits == [2] and True not in starts, (waits, starts)
    assert _gone(frozen), "zawieszony LibreOffice nie został zatrzymany"
    assert warm.to_pdf(docx["zaproszenie"])[:5] == b"%PDF-"


def _gone(pid: int, seconds: float = 60) -> bool:
    """The process ended (or is a zombie) within seconds: a killed soffice.bin takes a moment to tear down."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in "ZX":
                return True
        except (OSError, IndexError):
            return True
        time.sleep(0.1)
    return False


def test_refuses_what_is_not_a_docx(warm):
    with pytest.raises(PdfError, match="to nie jest dokument Word"):
        warm.to_pdf(b"%PDF-1.4 plain text")


def test_libreoffice_ends_with_its_owner_even_when_the_owner_is_killed(tmp_path):
    script = ("import os, sys, time\nfrom pismo.files.converter import Converter\nc = Converter()\nc.start()\n"
              "print(c._bridge.pid, flush=True)\ntime.sleep(60)\n")
    owner = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                             stdout=subprocess.PIPE, text=True)
    pgid = int(owner.stdout.readline())
    assert len(_members(pgid)) >= 2
    owner.kill()
    owner.wait()
    deadline = time.monotonic() + 60
    while _members(pgid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _members(pgid) == [], "LibreOffice przeżył właściciela"


def test_close_stops_libreoffice(docx):
    converter = conv.Converter()
    converter.start()
    pgid = converter._bridge.pid
    converter.close()
    assert _members(pgid) == []


def test_without_uno_it_still_converts_cold(docx, monkeypatch):
    monkeypatch.setattr(conv, "uno_python", lambda soffice: None)
    with conv.Converter() as cold:
        assert not cold.warm
        assert cold.to_pdf(docx["zaproszenie"])[:5] == b"%PDF-"


def test_a_libreoffice_that_does_not_start_is_said_in_polish_without_pythons_words(docx, tmp_path):
    """Finding 13 of the fifth messages review of issue 17: the UNO bridge's own English exception was shown
    as LibreOffice's message („komunikat LibreOffice: „RuntimeError: soffice exited with code 1””)."""
    failing = tmp_path / "soffice"
    failing.write_text("#!/bin/sh\nexit 3\n")
    failing.chmod(0o755)
    if not conv.uno_python(SOFFICE):
        pytest.skip("brak Pythona z modułem uno (python3-uno)")
    conv._uno_pythons[str(failing)] = conv.uno_python(SOFFICE)  # the stand-in has no Python beside it
    with pytest.raises(PdfError) as error, conv.Converter(str(failing)) as broken:
        broken.to_pdf(docx["zaproszenie"])
    said = str(error.value)
    # since rev-pdf6 #12 the web converter names the program and asks whether it is LibreOffice, as the CLI does
    assert "zakończył pracę zaraz po uruchomieniu (kod 3)" in said and str(failing) in said, said
    assert not re.search(r"[A-Z][a-z]+(Error|Exception)|exited|soffice exit", said), said


def test_a_document_libreoffice_cannot_open_is_said_in_polish(tmp_path):
    """The bridge's failures reach pismo as codes: none is shown in English or with a Python class name."""
    replies = {"exited": ({"why": "exited", "code": 1}, "zakończył pracę zaraz po uruchomieniu, kod 1"),
               "not_loaded": ({"why": "not_loaded"}, "nie otworzył dokumentu"),
               "no_answer": ({"why": "no_answer", "seconds": 90}, "nie odpowiedział w ciągu 90 s"),
               "uno": ({"why": "uno", "message": "Unsupported URL"}, "komunikat LibreOffice: „Unsupported URL”")}
    for why, (reply, said) in replies.items():
        assert said in conv._reason(reply), why
    assert conv._reason({"why": "uno", "message": ""}) == ""
