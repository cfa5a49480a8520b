"""rev-sys10 (issue 17): system messages, the command line and the environment – the browser app in a locale that
is not UTF-8, Word's minus before a zero, a broken link among the documents of `pismo pdf`, PISMO_SOFFICE's reasons
in the browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA

posix_only = pytest.mark.skipif(os.name != "posix", reason="a POSIX locale")
SRC = str(Path(__file__).resolve().parents[1] / "src")
ASCII_LOCALE = {"LC_ALL": "C", "PYTHONUTF8": "0"}

_DOWNLOAD = """
import io, json, sys, threading, time, zipfile
sys.path.insert(0, sys.argv[2])
from web_server import Running
from pismo.web import core
from pismo.web.server import build
core.pdf_available = lambda: True
core.to_pdf = lambda docx: b"%PDF-1.4 " + docx[:8]
server, url = build(sys.argv[1], "127.0.0.1", 0)
threading.Thread(target=server.serve_forever, daemon=True).start()
web = Running(sys.argv[1], url, server.server_port, url.split("token=", 1)[1], server)
case = "/sprawy/%C5%81%C4%99czna"
status, _, body = web.get(case + "/dokumenty.zip")
print("zip", status, json.loads(zipfile.ZipFile(io.BytesIO(body)).read("manifest.json"))["sprawa"] == "\\u0141\\u0119czna"
      if status == 200 else body[-300:])
status, headers, _ = web.post(case + "/pdf", {"csrf": web.csrf})
for _ in range(600):
    state = json.loads(web.get(headers["Location"] + "/stan")[2])
    if state["stan"] != "pracuje":
        break
    time.sleep(0.1)
print("pdf", state["stan"], state.get("tekst", "").encode("unicode_escape").decode())
web.stop()
"""


@posix_only
def test_the_browser_app_gives_the_documents_of_a_case_with_a_polish_name_in_an_ascii_locale(tmp_path):
    """„Pobierz wszystkie (.zip)” was HTTP 500 and „Pobierz z PDF” „błąd programu” (UnicodeEncodeError) for
    „Łęczna”: the documents are made through a temporary folder named after the case, and the name went there as
    text this locale cannot write; it goes as the command line gives it (rev-sys10 #12)."""
    folder = tmp_path / "sprawy"
    folder.mkdir()
    shutil.copy(LECZNA, folder / "Łęczna.yaml")
    environment = {**os.environ, "PYTHONPATH": SRC, **ASCII_LOCALE}
    said = subprocess.run([sys.executable, "-c", _DOWNLOAD, str(folder), str(Path(__file__).parent)],
                          env=environment, capture_output=True, timeout=300)
    lines = said.stdout.decode("ascii", "replace").splitlines()
    assert lines[0] == "zip 200 True" and lines[1].startswith("pdf gotowe"), \
        (lines, said.stderr.decode("ascii", "replace")[-2000:])


@posix_only
def test_a_broken_link_or_a_pipe_in_a_folder_costs_only_itself_its_pdf(tmp_path):
    """A link to a document on a pen drive no longer mounted, and a pipe, named .docx in the folder given to `pismo
    pdf`: each set aside with its true reason, the sound documents converted – the link stopped the whole run with
    „plik albo folder nie istnieje” of a name `ls` shows, the pipe with advice for a file given (rev-sys10 #6)."""
    from helpers import copying_soffice
    from pismo import api
    from pismo.errors import PismoError

    folder = tmp_path / "ln"
    folder.mkdir()
    for name in ("a.docx", "b.docx"):
        shutil.copy(Path(__file__).parent / "data" / "real" / "libreoffice-letter.docx", folder / name)
    (folder / "z-pendrive.docx").symlink_to("/media/pendrive-nie-ma/stary-plan.docx")
    os.mkfifo(folder / "potok.docx")
    with pytest.raises(PismoError) as raised:
        api.convert_pdfs([folder], copying_soffice(tmp_path))
    said = str(raised.value)
    assert sorted(p.name for p in folder.glob("*.pdf")) == ["a.pdf", "b.pdf"], said
    assert "nie udało się zamienić na PDF 2 z 4 plików (utworzono 2)" in said, said
    link = said.split(f"{folder / 'z-pendrive.docx'}: ", 1)[1].split("\n")[0]
    assert link.startswith("to dowiązanie symboliczne do /media/pendrive-nie-ma/stary-plan.docx, którego nie ma"), said
    pipe = said.split(f"{folder / 'potok.docx'}: ", 1)[1].split("\n")[0]
    assert "to nie jest zwykły plik" in pipe and "podaj" not in pipe, said
    with pytest.raises(PismoError) as raised:  # given by itself: refused with the same reason, nothing converted
        api.convert_pdfs([folder / "z-pendrive.docx"], copying_soffice(tmp_path))
    assert "to dowiązanie symboliczne do /media/pendrive-nie-ma/stary-plan.docx" in str(raised.value)


@pytest.mark.parametrize("slip, told", [("\r", "kończy się znakiem CR (U+000D)"), (" ", "spacj"),
                                        ("quotes", "ujęta w cudzysłów")])
def test_the_browser_app_tells_a_pismo_soffice_as_the_command_line_does(tmp_path, monkeypatch, slip, told):
    """A PISMO_SOFFICE ending in CR (a .bat with Windows line ends), a space or in quotes was told in the browser
    „wskazuje „/usr/bin/soffice”, gdzie nie ma programu LibreOffice” – where it is: the reason is find_soffice's,
    the one `pismo pdf` gives (rev-sys10 #8)."""
    import html

    from helpers import copying_soffice
    from web_server import start

    program = copying_soffice(tmp_path)
    monkeypatch.setenv("PISMO_SOFFICE", f'"{program}"' if slip == "quotes" else program + slip)
    web = start(tmp_path)
    try:
        page = html.unescape(web.get(f"/sprawy/{LECZNA.stem}/podglad/plan")[2].decode())
    finally:
        web.stop()
    said = page.split("Podgląd stron wymaga programu LibreOffice.", 1)[1].split("</p>", 1)[0]
    assert told in said and "(zmienna PISMO_SOFFICE)" in said and "gdzie nie ma programu" not in said, said
    assert "\r" not in said and "uruchom „pismo serwer” ponownie" in said, said


def test_pismo_serwer_tells_a_wrong_pismo_soffice_at_start(tmp_path, monkeypatch, capsys):
    """The terminal said nothing of a PISMO_SOFFICE giving no LibreOffice; the pages only when a preview was
    opened (rev-sys10 #8)."""
    from pismo.cli import serwer

    monkeypatch.setenv("PISMO_SOFFICE", str(tmp_path / "nie-ma-soffice"))
    serwer._tell_soffice()
    said = capsys.readouterr().out
    assert said.startswith("Uwaga: PDF i podgląd stron nie będą działać") and "(zmienna PISMO_SOFFICE)" in said, said


@posix_only
def test_a_line_break_in_a_documents_name_keeps_its_failure_one_line(tmp_path, monkeypatch):
    """„Plan rejon 3<LF>wersja 2.docx” split its failure line, the second half with a „błąd:” of its own – one
    failure read as two; the command advised to type had the break too (rev-sys10 #13)."""
    from click.testing import CliRunner

    from helpers import copying_soffice
    from pismo.cli.main import main
    from pismo.polish import as_typed

    folder = tmp_path / "nl"
    folder.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "real" / "libreoffice-letter.docx", folder / "a.docx")
    (folder / "Plan rejon 3\nwersja 2.docx").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["pdf", "nl", "--soffice", copying_soffice(tmp_path)])
    lines = result.output.splitlines()
    assert result.exit_code == 1 and sum(line.startswith("błąd:") for line in lines) == 1, lines
    assert any(line.startswith("  nl/Plan rejon 3<U+000A>wersja 2.docx: ") for line in lines), lines
    assert as_typed("nl/Plan rejon 3\nwersja 2.docx") == "$'nl/Plan rejon 3\\nwersja 2.docx'"
    assert as_typed("it's\x1b.docx") == "$'it\\'s\\x1b.docx'"


@posix_only
def test_a_browser_kept_open_is_opened_and_does_not_hold_the_server(tmp_path, monkeypatch, capfd):
    """A BROWSER Python's webbrowser does not know (a wrapper script, a kiosk launcher) is waited for until it is
    closed: after 60 s of work in it the terminal said „Nie udało się otworzyć przeglądarki”, and after Ctrl+C
    the server's process stayed until the browser closed (rev-sys10 #11)."""
    import threading

    from pismo.web import server

    browser = tmp_path / "moja-przegladarka.sh"
    browser.write_text("#!/bin/sh\nsleep 5\nexit 1\n", encoding="utf-8")  # closed later, with a failure
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    monkeypatch.setattr(server, "OPEN_WAIT", 1.0, raising=False)
    server.open_in_browser("http://127.0.0.1:1/?token=x")
    assert "Nie udało się" not in capfd.readouterr().out
    monkeypatch.setattr(server, "open_in_browser", lambda url: None)
    timers = []

    class Stopped:
        def serve_forever(self):
            timers.extend(t for t in threading.enumerate() if isinstance(t, threading.Timer))

    server.serve(Stopped(), "http://127.0.0.1:1/", True)
    assert timers and all(t.daemon for t in timers), timers


@posix_only
def test_pismo_pdf_names_what_a_file_is_instead_of_a_word_document_as_the_import_does(tmp_path):
    """An RTF, a Word 2003 XML, a web page, a PDF and an empty file saved as .docx were all „uszkodzony” to `pismo
    pdf` while the import named each and the step that fixes it – one rule tells the kind (rev-sys10 #10)."""
    from helpers import copying_soffice
    from pismo.files.pdf import PdfError, convert

    folder = tmp_path / "kinds"
    folder.mkdir()
    kinds = {"rtf.docx": (b"{\\rtf1\\ansi x}", "to jest dokument RTF"),
             "xml2003.docx": (b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>',
                              "starym formacie XML (Word 2003)"),
             "html.docx": (b"<!DOCTYPE html><html><body>x</body></html>", "kod strony internetowej (HTML)"),
             "pdf.docx": (b"%PDF-1.4\n%x", "to już jest plik PDF"),
             "pusty.docx": (b"", "plik jest pusty")}
    for name, (raw, _) in kinds.items():
        (folder / name).write_bytes(raw)
    with pytest.raises(PdfError) as raised:
        convert([folder], copying_soffice(tmp_path))
    said = str(raised.value)
    for name, (_, told) in kinds.items():
        line = said.split(f"{folder / name}: ", 1)[1].split("\n")[0]
        assert told in line and "uszkodzony" not in line, said


def test_a_retry_is_told_shorter_only_when_the_seconds_shown_are(monkeypatch):
    """„tym razem czekam krócej” was said of a retry waiting 20 s on a document first waited for 20,3 s – both
    told „20 s” (rev-sys10 #5); a retry shown shorter still says it."""
    from pismo.files import pdf

    said = []
    monkeypatch.setattr(pdf, "waiting", said.append)
    first = pdf._Document(Path("a.docx"), Path("a.docx"), Path("a.pdf"), 7000)
    for text, shorter in ((50_000, False), (5_000_000, True)):  # work 20,3 s → retry 20 s; 50 s → retry 20 s
        stalled = pdf._Document(Path("plan.docx"), Path("plan.docx"), Path("plan.pdf"), 7454, text=text, stalls=1)
        pdf._tell_retry(pdf._Run("soffice", None, False), [first, stalled], f"{pdf.STALLED_AT} plan.docx")
        assert ("krócej" in said[-1]) is shorter, said[-1]


@posix_only
def test_a_command_advised_in_an_ascii_locale_names_the_file_by_its_bytes(tmp_path):
    """In LC_ALL=C (PYTHONUTF8=0) `pismo nowa łąka.yaml` advised „pismo sprawdz 'laka.yaml'” – another file, not
    there: the name is written as the UTF-8 bytes it has on disk, not folded (rev-sys10 #9)."""
    environment = {**os.environ, "PYTHONPATH": SRC, **ASCII_LOCALE}
    said = subprocess.run([sys.executable, "-m", "pismo", "nowa", "łąka.yaml".encode("utf-8")], cwd=tmp_path,
                          env=environment, capture_output=True, timeout=120)
    assert (tmp_path / "łąka.yaml").exists(), said.stderr.decode("utf-8", "replace")
    assert "pismo sprawdz 'łąka.yaml'".encode("utf-8") in said.stdout, said.stdout.decode("utf-8", "replace")
    assert b"laka" not in said.stdout
