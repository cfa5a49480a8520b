"""Findings of the twelfth PDF review (rev-pdf12) of issue 17: starts that made nothing after the run converted, the
pilot's own failures, a LibreOffice converting in parts, the pilot named by its path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound
from test_pdf_rev_pdf11 import _told

FAKE = r'''
import os, shutil, signal, sys, time
args = sys.argv[1:]
out = args[args.index("--outdir") + 1]
docs = [a for a in args if a.endswith(".docx")]
n = int(open(COUNTER).read()) if os.path.exists(COUNTER) else 0
open(COUNTER, "w").write(str(n + 1))
open(LOG, "a").write(" ".join(os.path.basename(d) for d in docs) + "\n")
how = STARTS[min(n, len(STARTS) - 1)]
if how == "hang": time.sleep(3600)
if how == "seg": os.kill(os.getpid(), signal.SIGSEGV)
if how == "quiet": sys.exit(0)
os.makedirs(out, exist_ok=True)
made = 0
for d in docs:
    b = os.path.basename(d)[:-5]
    if "wisi" in b: time.sleep(3600)
    if "zly" in b: os.kill(os.getpid(), signal.SIGSEGV)
    if how == "unload":
        print("Error: source file could not be loaded", file=sys.stderr, flush=True)
        continue
    print(f"convert {d} -> {out}/{b}.pdf using filter : writer_pdf_Export", flush=True)
    if how == "bad":
        open(f"{out}/{b}.pdf", "wb").write(b"%PDF-1.7\n")
        continue
    shutil.copy(MINIMAL, f"{out}/{b}.pdf")
    made += 1
    if STOP_AFTER and made >= STOP_AFTER: sys.exit(0)
'''


def _fake(tmp_path: Path, starts: list[str], stop_after: int = 0) -> tuple[str, Path]:
    """A stand-in LibreOffice doing `starts[i]` at its i-th start (the last repeats): "ok", "hang", "seg" (at once),
    "quiet" (ends at once, code 0, no word), "unload" (each document „could not be loaded”), "bad" (each PDF only
    „%PDF-1.7”); a *wisi* document hangs it, a *zly* one crashes it, while loading; with `stop_after` every start
    ends well after that many PDFs (as LibreOffice 7.4 did after 245). The script and its log of starts."""
    from helpers import MINIMAL_PDF

    minimal, log, script = tmp_path / "minimal.pdf", tmp_path / "starts.log", tmp_path / "fake-soffice"
    minimal.write_bytes(MINIMAL_PDF)
    script.write_text(f"#!{sys.executable}\nCOUNTER, LOG, MINIMAL = {str(tmp_path / 'counter')!r}, {str(log)!r}, "
                      f"{str(minimal)!r}\nSTARTS, STOP_AFTER = {starts!r}, {stop_after}\n{FAKE}")
    script.chmod(0o755)
    return str(script), log


def _starts(log: Path) -> list[list[str]]:
    return [[name.split("-", 1)[1][:-5] for name in line.split()] for line in log.read_text().splitlines()]


def _closing(said: str) -> str:
    return said.split("Zamiana na PDF")[-1]


# --- finding 1: a start that made nothing of several, after the run converted, is the program's -----------------------

def test_a_start_making_nothing_after_a_conversion_is_the_programs_not_each_documents(tmp_path):
    """The first start made a and b, then ended (LibreOffice converting 2 per start); every later start ended at once
    with code 0 and nothing made: c, d, e were each told „pominął ten dokument … choć inne dokumenty zamienił –
    otwórz go w Wordzie”."""
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry")
    soffice, log = _fake(tmp_path, ["ok", "quiet"], stop_after=2)
    written, said = _converted(_sound(tmp_path, names), soffice, jobs=1)
    assert written == ["a-dobry.pdf", "b-dobry.pdf"], (written, said)
    reasons = _lines(said)
    for name in names[2:]:
        assert "wina programu" in reasons[name] and "pominął" not in reasons[name], said
    assert "uszkodz" not in _closing(said) and "Wordzie" not in said, said


def test_a_whole_later_batch_made_nothing_is_the_programs(tmp_path, monkeypatch):
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry")
    soffice, log = _fake(tmp_path, ["ok", "quiet"])
    written, said = _converted(_sound(tmp_path, names), soffice, jobs=1)
    assert written == ["a-dobry.pdf", "b-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert all("wina programu" in reason for reason in _lines(said).values()) and "pominął" not in said, said


def test_a_document_passed_over_among_converted_ones_is_still_its_own(tmp_path):
    """The other side: LibreOffice converted a and c in the same start and passed b over without a word."""
    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    soffice = soffice_script(tmp_path, 'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                             'prev="$a"; done\nmkdir -p "$out"\nfor a in "$@"; do case "$a" in *cichy*) ;; *.docx) '
                             'b=$(basename "$a" .docx); echo "convert $a -> $out/$b.pdf using filter : '
                             f'writer_pdf_Export"; cp "{minimal}" "$out/$b.pdf";; esac; done')
    written, said = _converted(_sound(tmp_path, ("a-dobry", "b-cichy", "c-dobry")), soffice, jobs=1)
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert "pominął ten dokument" in _lines(said)["b-cichy"], said


# --- finding 4: the pilot's start failing other than by a hang or a crash is the program's too ------------------------

@pytest.mark.parametrize("then, how", [("unload", "nie mógł wczytać także dokumentu"),
                                       ("bad", "zapisał plik PDF, którego nie da się otworzyć, także z dokumentu"),
                                       ("quiet", "zakończył pracę bez błędu, nie tworząc pliku PDF także z dokumentu")])
def test_the_pilot_failing_alike_is_the_programs_whatever_the_failure(tmp_path, monkeypatch, then, how):
    """Batch 1 converted, batch 2's start hung at once, the pilot's start then failed at every document the same way
    (could not load, unusable PDFs, nothing at all): the sound documents were told to re-save them in Word."""
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry")
    soffice, log = _fake(tmp_path, ["ok", "hang", then])
    written, said = _converted(_sound(tmp_path, names), soffice, jobs=1, timeout=3)
    assert written == ["a-dobry.pdf", "b-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert len(_starts(log)) == 3, log.read_text()
    reasons = _lines(said) or {name: said for name in names[3:]}
    for name in names[3:]:
        assert "wina programu" in reasons.get(name, said) and how in reasons.get(name, said), said
    assert "Wordzie" not in said and "uszkodz" not in _closing(said), said


# --- finding 5: the pilot takes no slot of a LibreOffice converting in parts ------------------------------------------

def test_the_document_the_retry_is_for_is_tried_when_libreoffice_converts_in_parts(tmp_path, monkeypatch):
    """LibreOffice made 2 PDFs per start; the start of c and d hung once: the retry opened with the pilot and d, the
    start ended after 2, c was never opened again and told it hung – its PDF lost."""
    told = _told(monkeypatch)
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry", "g-dobry")
    soffice, log = _fake(tmp_path, ["ok", "hang", "ok"], stop_after=2)
    written, said = _converted(_sound(tmp_path, names), soffice, jobs=1, timeout=3)
    assert written == [f"{name}.pdf" for name in names], (written, said, log.read_text())
    assert all(len(start) <= 2 for start in _starts(log)[1:]), log.read_text()
    assert any("/c-dobry.docx" in line for line in told if "próbuję jeszcze raz" in line), told


# --- finding 8: a hang told as another part's crash -------------------------------------------------------------------

def test_each_part_s_failure_is_its_own_documents(tmp_path, monkeypatch):
    """LibreOffice converting 2 per start hung at c in one part and crashed at e in another of the same retry: c –
    hung every time it was opened – was told „uległ awarii … przy zamianie tego dokumentu”, and the retry line said
    LibreOffice crashed at c."""
    told = _told(monkeypatch)
    names = ("a-dobry", "b-dobry", "c-wisi", "d-dobry", "e-zly", "f-dobry", "g-dobry")
    soffice, log = _fake(tmp_path, ["ok"], stop_after=2)
    written, said = _converted(_sound(tmp_path, names), soffice, jobs=1, timeout=3)
    assert written == ["a-dobry.pdf", "b-dobry.pdf", "d-dobry.pdf", "f-dobry.pdf", "g-dobry.pdf"], (written, said)
    reasons = _lines(said)
    assert "przestał odpowiadać" in reasons["c-wisi"] and "awarii" not in reasons["c-wisi"], said
    assert "awarii" in reasons["e-zly"] and "przestał odpowiadać" not in reasons["e-zly"], said
    for line in told:
        if "próbuję jeszcze raz" in line and "/c-wisi.docx" in line.split(" – ")[0]:
            assert "awarii" not in line.split(" – ")[0], line


# --- finding 6: the pilot named by its path ---------------------------------------------------------------------------

def test_the_pilot_is_named_by_its_path_among_case_folders(tmp_path, monkeypatch):
    """Over case folders each with plan.docx, the retry line and the verdict said „(„plan.docx”)” under
    …/s2/plan.docx – read as that very document having been converted before."""
    from pismo.files import pdf

    from test_pdf_rev_pdf7 import _package

    monkeypatch.setattr(pdf, "PER_PROCESS", 1)
    told = _told(monkeypatch)
    folders = [tmp_path / name for name in ("s1", "s2", "s3")]
    for folder in folders:
        folder.mkdir()
        _package(folder / "plan.docx", relationships="")
    soffice, log = _fake(tmp_path, ["ok", "seg"])
    written, said = _converted(folders, soffice, jobs=1)
    assert written == ["plan.pdf"], (written, said)
    pilot = f"(„{tmp_path / 's1' / 'plan.docx'}”)"
    assert pilot in said and "(„plan.docx”)" not in said, said
    retries = [line for line in told if "próbuję jeszcze raz" in line]
    assert retries and all(pilot in line for line in retries), told
