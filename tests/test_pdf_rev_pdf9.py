"""Findings of the ninth PDF review (rev-pdf9) of issue 17: how LibreOffice's failures are judged and told."""

from __future__ import annotations

from pathlib import Path

from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound


def _soffice(tmp_path: Path, log: Path, cases: str) -> str:
    """A stand-in LibreOffice 7.4 logging each start's documents; per document, the shell `cases` (patterns on its
    path, each ending with ;;) run first, then its „convert …” line and a complete PDF. In `cases`: $a the
    document, $out/$b.pdf its PDF, $half half of a complete PDF."""
    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    half = tmp_path / "half.pdf"
    half.write_bytes(MINIMAL_PDF[:len(MINIMAL_PDF) // 2])
    return soffice_script(tmp_path, f'half="{half}"; out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] '
                          '&& out="$a"; prev="$a"; done\nmkdir -p "$out"\n'
                          f'echo "$*" >> "{log}"\n'
                          'for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          f'case "$a" in {cases} esac; '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "soffice-7-4")


def _starts(log: Path) -> list[list[str]]:
    """Each start's documents by their names without the staging number and .docx."""
    return [[word.rsplit("/", 1)[-1].split("-", 1)[1][:-5] for word in line.split() if word.endswith(".docx")]
            for line in log.read_text().splitlines()]


HALF_THEN = ('*polpdf*) echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; cp "$half" "$out/$b.pdf"; '
             '{then};; ')


def test_half_a_pdf_left_by_a_crash_is_no_conversion(tmp_path):
    """Finding 8: LibreOffice crashed writing b's PDF (half of it under the final name): „a file is there” was taken
    for converted, the crash put on the sound c and d, b kept first in every retry – c and d lost their PDFs."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-polpdf", "c-dobry", "d-dobry"))
    written, said = _converted(paths, _soffice(tmp_path, log, HALF_THEN.format(then="kill -SEGV $$")), jobs=1)
    assert written == ["a-dobry.pdf", "c-dobry.pdf", "d-dobry.pdf"], (written, said)
    assert "awarii (sygnał 11) – przy zamianie tego dokumentu" in _lines(said)["b-polpdf"], said
    assert _starts(log)[1] == ["c-dobry", "d-dobry", "b-polpdf"], log.read_text()


def test_half_a_pdf_left_by_a_hang_is_no_conversion(tmp_path):
    """Finding 8's hang variant: b hung after writing half its PDF; the sound c was named as the hanger, b told it
    was never reached."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-polpdf", "c-dobry"))
    written, said = _converted(paths, _soffice(tmp_path, log, HALF_THEN.format(then="exec sleep 3600")), jobs=1,
                               timeout=2)
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert _lines(said)["b-polpdf"].strip().startswith("LibreOffice przestał odpowiadać przy dokumencie –"), said


def test_a_pdf_made_just_before_a_crash_counts_as_converted(tmp_path):
    """Finding 1: a's PDF written, then LibreOffice crashed at once loading b – before _watch looked again; the run
    was taken to have converted nothing, and three crashers first in the retries were told „LibreOffice nie
    uruchomił się poprawnie … zanim wczytał pierwszy dokument”, the sound f losing its PDF."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zly", "c-zly", "d-zly", "e-zly", "f-dobry"))
    for _ in range(2):  # a race: once may miss it
        written, said = _converted(paths, _soffice(tmp_path, log, '*zly*) kill -SEGV $$;; '), jobs=1, overwrite=True)
        assert "nie uruchomił się poprawnie" not in said, said
        assert "a-dobry.pdf" in written, (written, said)
        assert "przy zamianie tego dokumentu" in _lines(said)["b-zly"], said


def test_a_crash_then_a_hang_are_no_two_hangs(tmp_path):
    """Finding 2: a crashed LibreOffice loading it, b hung it loading: the crash was counted as the first of „2 hangs
    in a row”, the whole run told the program's fault and c, d (sound) lost their PDFs."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-zly", "b-wisi", "c-dobry", "d-dobry"))
    soffice = _soffice(tmp_path, log, '*zly*) kill -SEGV $$;; *wisi*) exec sleep 3600;; ')
    written, said = _converted(paths, soffice, jobs=1, timeout=2)
    assert written == ["c-dobry.pdf", "d-dobry.pdf"], (written, said)
    reasons = _lines(said)
    assert reasons["a-zly"].strip().startswith("LibreOffice uległ awarii (sygnał 11) – przy zamianie tego dokumentu"), said
    assert "przestał odpowiadać" in reasons["b-wisi"] and "awarii" not in reasons["b-wisi"], said
    assert "nie ich wina" not in said and "wina programu" not in said, said


def test_a_start_is_repeated_only_for_a_new_culprit(tmp_path):
    """Finding 3: with two documents LibreOffice could not load before the crasher d, starts 3 and 4 repeated start 2
    (same documents, same crash); „także za drugim razem” was said of documents it crashed at once."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zepsuty", "c-zepsuty", "d-zly", "e-dobry"))
    soffice = _soffice(tmp_path, log, '*zly*) kill -SEGV $$;; *zepsuty*) echo "Error: source file could not be '
                       'loaded" >&2; continue;; ')
    written, said = _converted(paths, soffice, jobs=1)
    assert written == ["a-dobry.pdf", "e-dobry.pdf"], (written, said)
    assert len(_starts(log)) == 2, log.read_text()
    assert "przy zamianie tego dokumentu (także za drugim razem)" in _lines(said)["d-zly"], said
    log.unlink()
    (tmp_path / "t").mkdir()
    paths = _sound(tmp_path / "t", ("a-dobry", "b-zly", "c-zly", "d-zly", "e-dobry"))
    written, said = _converted(paths, _soffice(tmp_path, log, '*zly*) kill -SEGV $$;; '), jobs=1)
    assert written == ["a-dobry.pdf", "e-dobry.pdf"], (written, said)
    firsts = [start[1] if start[0] == "a-dobry" else start[0] for start in _starts(log)[1:]]  # after a crash at
    # once, the next start opens with a, converted before (rev-pdf11 #8)
    assert firsts == ["c-zly", "d-zly", "e-dobry"], log.read_text()  # crashed at b, c, d once each, and at b again
    # after e (rev-pdf10 #2)
    told = {name for name, reason in _lines(said).items() if "za drugim razem" in reason}
    assert told == {"b-zly"}, said  # b, owed its try since start 2 crashed at c before it, crashed again


def test_a_lone_document_failing_with_no_sign_is_told_both_possibilities(tmp_path):
    """Finding 5: one document hanging LibreOffice while loading was told „to błąd programu LibreOffice, nie
    dokumentów … zainstaluj go ponownie”; one crashing it was put on the document after four starts."""
    import pytest

    from pismo.files import pdf

    for marker, body, starts in (("zly", "kill -SEGV $$", 2), ("wisi", "exec sleep 3600", 1)):
        log = tmp_path / f"{marker}.log"
        folder = tmp_path / marker
        folder.mkdir()
        paths = _sound(folder, (f"plan-{marker}",))
        with pytest.raises(pdf.PdfError) as caught:
            pdf.convert(paths, _soffice(folder, log, f'*{marker}*) {body};; '), jobs=1, timeout=2)
        said = " ".join(caught.value.failure.split())
        assert "nie wiadomo, czy to wina tego dokumentu, czy programu LibreOffice" in said, said
        assert "zamień na PDF inny dokument" in said, said
        assert "to błąd programu" not in caught.value.advice and "uszkodzone" not in caught.value.advice, caught.value
        assert len(_starts(log)) == starts, log.read_text()


def _timed_retry(tmp_path: Path, monkeypatch, marker: str, body: str) -> tuple[list[tuple[float, str]], float, str]:
    """a-dobry then b-`marker` doing `body` while loading, at --czas 1 and a 4 s start allowance: the terminal's
    lines with their times, the time the run ended, the error said."""
    import time

    from pismo.files import pdf

    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 4.0)
    told: list[tuple[float, str]] = []
    monkeypatch.setattr(pdf, "waiting", lambda line: told.append((time.monotonic(), line)))
    paths = _sound(tmp_path, ("a-dobry", f"b-{marker}"))
    began = time.monotonic()
    written, said = _converted(paths, _soffice(tmp_path, tmp_path / "starts.log", f'*{marker}*) {body};; '), jobs=1,
                               document_time=1)
    assert written == ["a-dobry.pdf"], (written, said)
    return [(at - began, line) for at, line in told], time.monotonic() - began, said


def test_the_retry_of_a_stalled_document_keeps_its_promise(tmp_path, monkeypatch):
    """Finding 4 (1): the retry of the document LibreOffice hung at opens its start, which was waited for in full
    on top: „najwyżej 20 s” promised, 110 s waited."""
    import re

    told, ended, said = _timed_retry(tmp_path, monkeypatch, "wisi", "exec sleep 3600")
    at, line = next((at, line) for at, line in told if "próbuję jeszcze raz" in line)
    promised = float(re.search(r"najwyżej ([\d,]+) s", line)[1].replace(",", "."))
    assert "razem z uruchomieniem LibreOffice" in line, line
    assert ended - at < promised + 1.5, (ended - at, line, said)


def test_a_busy_document_is_stopped_at_the_officers_time(tmp_path, monkeypatch):
    """Finding 4 (2): „--czas 10” let LibreOffice busy at b run 120 s – the busy extension reached to the whole run's
    time, the start's allowance in it."""
    told, ended, said = _timed_retry(tmp_path, monkeypatch, "petla", "while :; do :; done")
    at = next(at for at, line in told if "próbuję jeszcze raz" in line)
    assert at < 3.5, (told, said)  # a converted at once, b stopped 1 s later – not 5 s later
    assert "pracował przez" in said and "bez żadnej oznaki pracy" not in said, said  # (3): busy all along


def test_an_appimage_without_fuse_is_told_why_it_did_not_start(tmp_path):
    """Finding 7: LibreOffice's AppImage on a system without FUSE 2 – its runtime's „AppImages require FUSE to run”
    was lost behind its last line „for more information”, and the officer asked whether it is LibreOffice."""
    from helpers import soffice_script

    appimage = soffice_script(tmp_path, "cat >&2 <<'X'\ndlopen(): error loading libfuse.so.2\n\nAppImages require FUSE "
                              "to run. \nYou might still be able to extract the contents of this AppImage \nif you run "
                              "it with the --appimage-extract option. \nSee https://github.com/AppImage/AppImageKit/"
                              "wiki/FUSE \nfor more information\nX\nexit 1", "LibreOffice-standard-x86_64.AppImage")
    written, said = _converted(_sound(tmp_path, ("a",)), appimage, jobs=1)
    assert written == [], said
    assert "LibreOffice nie uruchomił się (kod 1)" in said, said
    assert "„dlopen(): error loading libfuse.so.2 / AppImages require FUSE to run.”" in said, said
    assert "sudo apt-get install libfuse2" in said and "--appimage-extract" in said, said
    assert "czy to rzeczywiście LibreOffice" not in said and "for more information" not in said, said


def test_the_reason_said_once_names_a_few_documents_and_the_count(tmp_path):
    """Finding 6: 150 documents failed alike – every full path on one line of 5 874 characters."""
    from pismo.files import pdf

    failed = [pdf._Document(tmp_path / f"d{n:03}.docx", Path(), Path(), 0, error="x", outcome="program")
              for n in range(1, 151)]
    lines = pdf._failure_lines(failed, 150)
    assert lines.splitlines()[0] == (f"  każdy z 150 plików ({tmp_path / 'd001.docx'}, {tmp_path / 'd002.docx'}, "
                                     f"{tmp_path / 'd003.docx'} i 147 innych):"), lines
