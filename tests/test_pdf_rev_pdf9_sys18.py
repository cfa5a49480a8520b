"""rev-pdf9's rests (sys18): what LibreOffice said of a document when it ended well, the retry's start allowance,
a long list of crashers, and a later batch's wait told without timing."""

from __future__ import annotations

from pathlib import Path

from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound, _soffice_7_4

from pismo.files import pdf


def test_a_document_libreoffice_could_not_load_is_told_so_when_it_ended_well(tmp_path):
    """Side note j2: LibreOffice said „source file could not be loaded” of b, converted c and ended with 0 – b was
    told the generic „nie utworzył pliku PDF”; now LibreOffice's own word and what to do."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zepsuty", "c-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1)
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    reason = _lines(said)["b-zepsuty"]
    assert "nie mógł wczytać tego dokumentu („source file could not be loaded”" in reason, said
    assert "zapisz jako nowy plik .docx" in reason, said
    assert pdf.NO_PDF not in said, said


def test_a_last_document_libreoffice_could_not_load_is_not_told_unreached(tmp_path):
    """The same, the unloadable one last: it was reached (LibreOffice said why), never „zanim doszedł do tego
    dokumentu”."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zepsuty"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1)
    assert written == ["a-dobry.pdf"], (written, said)
    reason = _lines(said)["b-zepsuty"]
    assert "nie mógł wczytać tego dokumentu" in reason and "zanim doszedł" not in reason, said


def test_the_retry_of_a_stalled_document_gets_a_whole_start(tmp_path, monkeypatch):
    """The retry of b, at which LibreOffice hung, opens a cold start on a rebuilt profile: it had a quarter of the
    start allowance, and a slow PC's sound start (here 4.5 s of an 8 s allowance, 2 s for a quarter) was judged a
    hang – b lost its PDF. Now it gets what a first start gets, and the promise says so."""
    import re

    from test_pdf_rev_pdf9 import _soffice

    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 8.0)
    told: list[str] = []
    monkeypatch.setattr(pdf, "waiting", told.append)
    marker = tmp_path / "hung-once"
    slow = f'*wisi*) if [ -e "{marker}" ]; then sleep 4.5; else touch "{marker}"; exec sleep 3600; fi;; '
    paths = _sound(tmp_path, ("a-dobry", "b-wisi"))
    written, said = _converted(paths, _soffice(tmp_path, tmp_path / "starts.log", slow), jobs=1, document_time=1)
    assert written == ["a-dobry.pdf", "b-wisi.pdf"], (written, said, told)
    line = next(line for line in told if "próbuję jeszcze raz" in line)
    promised = float(re.search(r"najwyżej ([\d,]+) s", line)[1].replace(",", "."))
    assert promised >= pdf.STARTUP_ALLOWANCE and "razem z uruchomieniem LibreOffice" in line, line
    assert "krócej" not in line, line  # a total longer than the first wait is no shorter wait


def test_four_crashers_are_named_three_and_a_count(tmp_path):
    """Four documents crashing LibreOffice: the sound one never reached listed every crasher in one line, „przy
    innym dokumencie” of four – now three by name and how many more, as every other long list (polish.some_of)."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zly", "c-zly", "d-zly", "e-zly", "f-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1)
    assert written == ["a-dobry.pdf", "f-dobry.pdf"], (written, said)  # f, never opened, started after the crashers
    # (rev-pdf11 #4); the crashers' names as a document never reached is told them:
    assert set(_lines(said)) == {"b-zly", "c-zly", "d-zly", "e-zly"}, said
    named = pdf._names([pdf._Document(Path(f"{n}.docx"), Path(), Path(), 0) for n in ("e", "b", "c", "d")])
    assert named == "„e.docx”, „b.docx”, „c.docx” i 1 inny", named


def test_some_of_names_the_first_and_counts_the_rest():
    from pismo.polish import some_of

    assert some_of(["a", "b", "c"]) == "a, b, c"
    assert some_of(["a", "b", "c", "d", "e"]) == "a, b, c i 2 inne"
    assert some_of(map(str, range(20)), 2, "inna", "; ") == "0; 1 i 18 innych"
