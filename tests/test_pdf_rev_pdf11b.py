"""rev-pdf11 leftovers after pdf16's pilot (a document the run converted, opening the start after one with no sign
of work): a document that crashed or hung LibreOffice while it worked, before the pilot failed, was told the
program's verdict instead of being named; the waiting line counted the pilot among the batch's documents."""

from __future__ import annotations

import pytest

from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound
from test_pdf_rev_pdf11 import HANG, _first_start_only, _told


def _converts_then_fails_at_zly(tmp_path, log, counter, at_zly: str, later: str) -> str:
    """A LibreOffice whose first start converts, `at_zly` at a *zly* document before its „convert …” line; every
    later start does `later` at once (it stopped starting)."""
    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, f'n=$(cat "{counter}" 2>/dev/null || echo 0); echo $((n+1)) > "{counter}"\n'
                          f'echo "$*" >> "{log}"\n'
                          f'[ "$n" -ge 1 ] && {later}\n'
                          'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
                          'mkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          f'case "$a" in *zly*) {at_zly};; esac; '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "zly-then-stops")


@pytest.mark.parametrize("later", ["kill -SEGV $$", HANG])
@pytest.mark.parametrize("at_zly, own", [("kill -SEGV $$", "awarii (sygnał 11) – przy zamianie tego dokumentu"),
                                         (HANG, "przestał odpowiadać przy dokumencie – przekroczono limit czasu")])
def test_a_document_libreoffice_failed_at_while_it_worked_is_named_when_the_pilot_fails(tmp_path, later, at_zly,
                                                                                           own):
    log, counter = tmp_path / "starts.log", tmp_path / "counter"
    names = ("a-dobry", "b-zly", "c-dobry", "d-dobry")
    soffice = _converts_then_fails_at_zly(tmp_path, log, counter, at_zly, later)
    written, said = _converted(_sound(tmp_path, names), soffice, jobs=1, timeout=3)
    assert written == ["a-dobry.pdf"], (written, said)
    assert counter.read_text().strip() == "3", (said, log.read_text())  # the pilot's start was the last
    reasons = _lines(said)
    assert own in reasons["b-zly"] and "wina programu" not in reasons["b-zly"], said
    for name in ("c-dobry", "d-dobry"):
        assert "wina programu" in reasons[name] and "a-dobry.docx" in reasons[name], said


def test_the_waiting_line_counts_the_batchs_documents_not_the_pilot(tmp_path, monkeypatch):
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 0.5)
    told = _told(monkeypatch)
    log, counter = tmp_path / "starts.log", tmp_path / "counter"
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry")
    written, said = _converted(_sound(tmp_path, names), _first_start_only(tmp_path, log, counter, HANG), jobs=1,
                               timeout=3)
    assert counter.read_text().strip() == "3", (said, log.read_text())  # batch 1, batch 2 and the pilot's start
    waits = [line for line in told if line.startswith("Czekam na LibreOffice uruchomiony dla kolejnych")]
    assert len(waits) == 2 and all("(3 dokumenty)" in line for line in waits), told
