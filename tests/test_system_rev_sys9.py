"""rev-sys9 (issue 17): pismo in a locale that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0, an old Latin-2 install) –
no PDF was made at all, the browser app's case list failed, and a refused document cost the whole run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA
from pismo.files import soffice
from pismo.web import server

posix_only = pytest.mark.skipif(os.name != "posix", reason="a POSIX locale")
real_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) potrzebny do PDF")
SRC = str(Path(__file__).resolve().parents[1] / "src")
ASCII_LOCALE = {"LC_ALL": "C", "PYTHONUTF8": "0"}


def _pismo(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": SRC, **env}
    return subprocess.run([sys.executable, "-m", "pismo", *args], cwd=cwd, env=environment, capture_output=True,
                          timeout=600)


def test_the_code_pismo_passes_on_command_lines_is_ascii():
    """Arguments are encoded in the locale's character set: an en dash in a comment of the guard's code ended every
    `pismo pdf` in LC_ALL=C in „nieoczekiwany błąd programu … UnicodeEncodeError” (rev-sys9 #5)."""
    for argument in [*soffice.guarded(["soffice"]), server._OPEN]:
        argument.encode("ascii")


@posix_only
@real_soffice
def test_a_pdf_is_made_in_an_ascii_locale(tmp_path):
    """With the real LibreOffice, a case folder and a profile cache with Polish letters (/home/łukasz): the cache
    could not be used by LibreOffice in that locale – it never started (110 s, „zainstaluj go ponownie”)."""
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    written = _pismo(tmp_path, "plan", "sprawa.yaml", "-o", "wy ż")
    assert written.returncode == 0, written.stderr.decode()
    cache = tmp_path / "Łódź cache"
    cache.mkdir()
    result = _pismo(tmp_path, "pdf", "wy ż", XDG_CACHE_HOME=str(cache), **ASCII_LOCALE)
    assert result.returncode == 0, result.stderr.decode("ascii", "replace")
    assert (tmp_path / "wy ż" / "sprawa" / "plan.pdf").read_bytes().startswith(b"%PDF")


@posix_only
def test_a_profile_folder_with_polish_letters_is_not_given_to_libreoffice_in_an_ascii_locale(tmp_path):
    """The choice, without LibreOffice: in LC_ALL=C (whatever Python's own UTF-8 mode) the Polish cache is passed
    over for a throw-away profile; in a UTF-8 locale it is used."""
    cache = tmp_path / "\u0141\u00f3d\u017a cache"
    cache.mkdir()
    probe = ("import sys; from pismo.files import soffice; p = soffice.borrow_profile(); "
             "print(str(p.path).startswith(sys.argv[1])); p.release()")
    for env, inside in (({"LC_ALL": "C", "PYTHONUTF8": "0"}, "False"), ({"LC_ALL": "C"}, "False"),
                        ({"LC_ALL": "C.UTF-8"}, "True")):
        environment = {**os.environ, "PYTHONPATH": SRC, "XDG_CACHE_HOME": str(cache), **env}
        said = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], env=environment, capture_output=True,
                              timeout=60)
        assert said.stdout.decode().strip() == inside, (env, said.stderr.decode("ascii", "replace"))


_SERVE = """
import sys, threading
sys.path.insert(0, sys.argv[2])
from web_server import Running
from pismo.web.server import build
server, url = build(sys.argv[1], "127.0.0.1", 0)
threading.Thread(target=server.serve_forever, daemon=True).start()
web = Running(sys.argv[1], url, server.server_port, url.split("token=", 1)[1], server)
for path in ("/", "/sprawy/%C5%81%C4%99czna", "/sprawy/%C5%81%C4%99czna/historia"):
    status, _, body = web.get(path)
    print(status, body.decode("utf-8").count("\\u0141\\u0119czna"))
web.stop()
"""


@posix_only
def test_the_browser_app_shows_a_case_with_a_polish_name_in_an_ascii_locale(tmp_path):
    """The case list was „Błąd programu” (HTTP 500, UnicodeEncodeError) as soon as one case file had a Polish
    letter in its name: the names are read and written as the command line's manifest keeps them (rev-sys9 #4)."""
    folder = tmp_path / "sprawy"
    folder.mkdir()
    shutil.copy(LECZNA, folder / "Łęczna.yaml")
    shutil.copy(LECZNA, folder / "zwykla.yaml")
    environment = {**os.environ, "PYTHONPATH": SRC, **ASCII_LOCALE}
    said = subprocess.run([sys.executable, "-c", _SERVE, str(folder), str(Path(__file__).parent)], env=environment,
                          capture_output=True, timeout=120)
    lines = said.stdout.decode().split("\n")
    statuses = [line.split()[0] for line in lines if line]
    assert statuses == ["200", "200", "200"], (lines, said.stderr.decode("ascii", "replace")[-2000:])
    assert all(int(line.split()[1]) > 0 for line in lines if line), lines


@posix_only
def test_a_document_refused_before_libreoffice_costs_only_itself_its_pdf(tmp_path):
    """A renamed old .doc, an HTML page, an empty file and a password-protected letter named .docx: each is named
    with its reason in one run, and the sound documents beside them get their PDFs – the first of them had
    stopped the whole run, one named per run (rev-sys9 #2)."""
    from helpers import copying_soffice
    from pismo.files.pdf import PdfError, convert

    folder = tmp_path / "sprawa"
    folder.mkdir()
    good = Path(__file__).parent / "data" / "real" / "libreoffice-letter.docx"
    for name in ("a.docx", "b.docx"):
        shutil.copy(good, folder / name)
    ole = bytes.fromhex("D0CF11E0A1B11AE1")
    (folder / "stary.docx").write_bytes(ole + b"\0" * 4000)
    (folder / "haslo.docx").write_bytes(ole + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 3000)
    (folder / "strona.docx").write_bytes(b"<html><body>x</body></html>")
    (folder / "pusty.docx").write_bytes(b"")
    with pytest.raises(PdfError) as raised:
        convert([folder], copying_soffice(tmp_path))
    said = str(raised.value)
    assert sorted(p.name for p in raised.value.written) == ["a.pdf", "b.pdf"], said
    assert "nie udało się zamienić na PDF 4 z 6 plików (utworzono 2)" in said, said
    for name, reason in (("stary.docx", "stary dokument Word (.doc)"), ("haslo.docx", "zabezpieczony hasłem"),
                         ("strona.docx", "kod strony internetowej (HTML)"),  # by kind (rev-sys10 #10)
                         ("pusty.docx", "nie jest dokument Word")):
        assert f"{folder / name}: " in said and reason in said.split(f"{folder / name}: ", 1)[1].split("\n")[0], said


@pytest.mark.parametrize("home", ["", "relative/x", "/"])
def test_a_quoted_tilde_is_given_no_example_that_is_no_full_path(tmp_path, home):
    """With HOME empty the example was „/pisma” (the root), with a relative one „relative/x/pisma" (rev-sys9 #12)."""
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    shutil.copy(Path(__file__).parent / "data" / "real" / "libreoffice-letter.docx", tmp_path / "a.docx")
    for args in (("plan", "sprawa.yaml", "-o", "~/pisma"), ("pdf", "a.docx", "--soffice", "~/soffice")):
        said = _pismo(tmp_path, *args, HOME=home).stderr.decode()
        assert "podaj pełną ścieżkę (zaczynającą się od /)" in said and "np." not in said.split("ścieżkę")[1][:5], said
    said = _pismo(tmp_path, "plan", "sprawa.yaml", "-o", "~/pisma", HOME=str(tmp_path)).stderr.decode()
    assert f"podaj pełną ścieżkę, np. {tmp_path}/pisma" in said, said


def test_timeout_is_pointed_to_czas(tmp_path):
    """„--timeout” – LibreOffice's docs' word and every other tool's – got a bare „Nie ma opcji” (rev-sys9 #6)."""
    shutil.copy(Path(__file__).parent / "data" / "real" / "libreoffice-letter.docx", tmp_path / "a.docx")
    said = _pismo(tmp_path, "pdf", "a.docx", "--timeout", "600").stderr.decode()
    assert "Nie ma opcji „--timeout”. Czy chodziło o „--czas”?" in said, said


@posix_only
def test_a_utf8_locale_that_is_not_installed_is_told_so(tmp_path):
    """„(LC_ALL=pl_PL.UTF-8) nie używają UTF-8 … ustaw pl_PL.UTF-8” – the setting is UTF-8, only not installed
    (rev-sys9 #1)."""
    import locale

    try:
        locale.setlocale(locale.LC_CTYPE, "pl_PL.UTF-8")
        locale.setlocale(locale.LC_CTYPE, "")
        pytest.skip("pl_PL.UTF-8 is installed here")
    except locale.Error:
        pass
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    said = _pismo(tmp_path, "terminy", "sprawa.yaml", LC_ALL="pl_PL.UTF-8", PYTHONUTF8="0").stderr.decode("ascii")
    assert "ustawienia regionalne pl_PL.UTF-8 (LC_ALL) nie sa zainstalowane" in said, said
    assert "ustaw LC_ALL=C.UTF-8 albo zainstaluj pl_PL.UTF-8" in said and "nie uzywaja UTF-8" not in said, said


def test_the_retry_never_waits_longer_than_czas():
    """After „--czas 10” the retry waited 20 s and said „tym razem czekam krócej” (rev-sys9 #7); without --czas
    the retry's wait is as before."""
    from pismo.files import pdf

    document = pdf._Document(Path("a.docx"), Path("a.docx"), Path("a.pdf"), 1000)
    document.stalls = 1
    assert pdf._allowance(pdf._Run("soffice", None, False, 10), document, True) == 10
    assert pdf._allowance(pdf._Run("soffice", None, False, 600), document, True) == 150
    assert pdf._allowance(pdf._Run("soffice", None, False), document, True) == pdf.DOCUMENT_ALLOWANCE
