"""rev-pdf1 (the first PDF review of issue 17): a LibreOffice that hangs at start, previews of many documents."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest

from helpers import soffice_script
from pismo.files import converter as conv
from pismo.files.soffice import PdfError

UNO = conv.uno_python(shutil.which("soffice") or "/usr/bin/soffice") if shutil.which("soffice") else None
needs_uno = pytest.mark.skipif(not (UNO and os.name == "posix"), reason="brak LibreOffice z Pythonem UNO")


@pytest.fixture
def hanging(tmp_path, monkeypatch):
    """A converter whose LibreOffice never opens its pipe, with a start allowance of 2 s."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(conv, "START_SECONDS", 2.0)
    monkeypatch.setattr(conv, "STARTING_WAIT", 0.5)
    converter = conv.Converter(soffice_script(tmp_path, "exec sleep 60", "soffice"))
    yield converter
    converter.close()


@needs_uno
def test_a_hanging_start_is_bounded_and_then_told_at_once_not_retried_by_every_request(hanging):
    began = time.monotonic()
    with pytest.raises(PdfError) as first:
        hanging.start()
    assert time.monotonic() - began < 6
    assert "nie uruchomił się" in str(first.value)
    began = time.monotonic()
    with pytest.raises(PdfError) as again:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 1  # remembered, not 2 × the allowance per request
    assert "nie uruchomił się" in str(again.value) and "kolejna próba uruchomienia możliwa za" in str(again.value)


@needs_uno
def test_a_request_during_the_start_says_libreoffice_is_starting_not_busy(hanging, monkeypatch):
    monkeypatch.setattr(conv, "START_SECONDS", 12.0)  # a start still running when the request comes, under load too
    starting = threading.Thread(target=lambda: pytest.raises(PdfError, hanging.start))
    starting.start()
    time.sleep(0.3)
    began = time.monotonic()
    with pytest.raises(PdfError) as waiting:
        hanging.to_pdf(_docx())
    assert time.monotonic() - began < 6  # the short wait for a start, not the start's 12 s nor the document's 30 s
    assert "jeszcze się uruchamia" in str(waiting.value) and "zajęty" not in str(waiting.value)
    starting.join()


def _docx() -> bytes:
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return data.getvalue()


# --- web preview (findings 7 and 3) --------------------------------------------------------------------------

@pytest.fixture
def web(tmp_path, monkeypatch):
    """The web app with a fake converter that counts documents and can be made to fail."""
    from helpers import MINIMAL_PDF
    from pismo.web import core, preview
    from web_server import start

    converted, failing = [], []

    def to_pdf(docx):
        if failing:
            raise core.NoPdf(failing[0])
        converted.append(docx)
        return MINIMAL_PDF
    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", to_pdf)
    monkeypatch.setattr(preview, "page_images", lambda pdf: [b"\xff\xd8 page"])
    running = start(tmp_path)
    running.converted, running.failing = converted, failing
    yield running
    running.stop()


def _with_addressees(path: Path, n: int) -> None:
    """The Łęczna case with n more addressees invited to its meeting (n more invitations)."""
    text = path.read_text(encoding="utf-8")
    anchor, invited = "          - 21-010 Łęczna\n  - id: rada-osiedla\n", "      - zarzad-sm-wspolnota\n    porzadek:"
    assert anchor in text and invited in text
    entries = "".join(f"      - id: adr-{i:04d}\n        kolegialny: true\n        nazwa:\n          - Wspólnota "
                      f"Mieszkaniowa nr {i}\n        adres:\n          - ul. Długa {i}\n          - 21-010 Łęczna\n"
                      for i in range(n))
    text = text.replace(anchor, "          - 21-010 Łęczna\n" + entries + "  - id: rada-osiedla\n")
    text = text.replace(invited, "      - zarzad-sm-wspolnota\n" + "".join(f"      - adr-{i:04d}\n" for i in range(n))
                        + "    porzadek:")
    path.write_text(text, encoding="utf-8")


def test_a_preview_of_many_invitations_converts_only_the_first_few_and_says_how_many(web):
    from helpers import LECZNA
    from pismo.web import preview

    _with_addressees(web.folder / LECZNA.name, 40)
    status, _, body = web.get(f"/sprawy/{LECZNA.stem}/podglad/zaproszenia")
    page = body.decode()
    assert status == 200 and len(web.converted) == preview.SHOWN
    total = int(re.search(r"Pokazano tu pierwsze 3 z (\d+) dokumentów", page).group(1))
    assert total > 40 and "Pobierz z PDF" in page
    assert page.count('<section class="podglad">') == preview.SHOWN


def test_a_failed_preview_is_not_remembered_so_trying_again_tries(web):
    from helpers import LECZNA

    web.failing.append("LibreOffice jeszcze się uruchamia (od 3 s) – odśwież stronę za chwilę")
    _, _, body = web.get(f"/sprawy/{LECZNA.stem}/podglad/plan")
    assert "jeszcze się uruchamia" in body.decode() and not web.converted
    web.failing.clear()
    _, _, body = web.get(f"/sprawy/{LECZNA.stem}/podglad/plan")
    assert len(web.converted) == 1 and '<img class="strona"' in body.decode()
    assert "jeszcze się uruchamia" not in body.decode()


def test_remembered_previews_are_bounded_in_bytes(monkeypatch):
    from pismo.web import core, preview

    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", lambda docx: b"%PDF" + b"x" * 1000)
    monkeypatch.setattr(preview, "page_images", lambda pdf: [b"y" * 1000])
    monkeypatch.setattr(preview, "KEPT_BYTES", 5000)
    rendered = []
    previews = preview.Previews()

    def render():
        rendered.append(1)
        return [("a.docx", b"docx")]
    for number in range(4):
        previews.get(f"case {number}", "plan", render)
    previews.get("case 3", "plan", render)
    assert len(rendered) == 4  # the newest is remembered …
    previews.get("case 0", "plan", render)
    assert len(rendered) == 5  # … the oldest went: 4 × 2 KB is over the 5 KB budget


# --- a program that is not LibreOffice (finding 5) -----------------------------------------------------------

@pytest.fixture
def documents(tmp_path):
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    for command in ("plan", "wniosek"):
        result = CliRunner().invoke(main, [command, str(LECZNA), "-o", str(tmp_path)])
        assert result.exit_code == 0, result.output
    return sorted(tmp_path.rglob("*.docx"))


RENAMING = """out=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
mkdir -p "$out"
for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); printf '%%PDF-1.4' > "$out/x-${b#*-}.pdf";; esac; done
exit 0"""


@pytest.mark.skipif(os.name != "posix", reason="fałszywy soffice jest skryptem powłoki")
@pytest.mark.parametrize("body, said", [(RENAMING, "pod innymi nazwami"), ("exit 0", "nie utworzył żadnego z")])
def test_a_program_writing_other_names_or_nothing_is_blamed_not_the_documents(documents, tmp_path, body, said):
    from click.testing import CliRunner

    from pismo.cli.main import main

    result = CliRunner().invoke(main, ["pdf", "--soffice", soffice_script(tmp_path, body, "soffice"), *map(str, documents)])
    assert result.exit_code != 0 and said in result.output, result.output
    assert "uszkodzon" not in result.output and "rzeczywiście LibreOffice" in result.output
    assert not list(documents[0].parent.glob("*.pdf"))


# --- processes left running (finding 1) ---------------------------------------------------------------------

@pytest.mark.skipif(not os.path.isdir("/proc") or not shutil.which("bash"), reason="zagląda do /proc")
def test_nothing_left_in_libreoffice_s_process_group_after_a_successful_run(documents, tmp_path):
    from click.testing import CliRunner

    from pismo.cli.main import main

    marker = f"pdf2-orphan-{os.getpid()}"
    from helpers import MINIMAL_PDF

    (tmp_path / "min.pdf").write_bytes(MINIMAL_PDF)
    body = RENAMING.replace("printf '%%PDF-1.4' > \"$out/x-${b#*-}.pdf\"", f'cp {tmp_path / "min.pdf"} "$out/$b.pdf"')
    assert "cp " in body
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/bash\n(exec -a {marker} sleep 30) &\n" + body + "\n")
    script.chmod(0o755)
    result = CliRunner().invoke(main, ["pdf", "--soffice", str(script), *map(str, documents)])
    assert result.exit_code == 0, result.output
    time.sleep(0.5)
    left = [p for p in Path("/proc").iterdir() if p.name.isdigit() and marker.encode() in _cmdline(p)]
    for process in left:
        os.kill(int(process.name), 9)
    assert not left


def _cmdline(process: Path) -> bytes:
    try:
        return (process / "cmdline").read_bytes()
    except OSError:
        return b""
