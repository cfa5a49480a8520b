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
