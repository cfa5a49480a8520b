"""Findings of the eleventh PDF review (rev-pdf11) of issue 17: hangs and crashes at start after the run converted,
the retry line's document."""

from __future__ import annotations

from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound
from test_pdf_rev_pdf9 import _soffice, _starts

HANG = "exec sleep 3600"
HANGERS = f'*wisi*) {HANG};; '


def _told(monkeypatch) -> list[str]:
    """The lines pismo says on the terminal while it converts."""
    from pismo.files import pdf

    told: list[str] = []
    monkeypatch.setattr(pdf, "waiting", told.append)
    return told


def test_four_hangers_after_a_conversion_are_each_their_own_and_the_retry_lines_name_them(tmp_path, monkeypatch):
    """Findings 4 and 3: a converted, then LibreOffice hung at b, c, d, e: every document was told „przy 4 różnych
    dokumentach z rzędu … wina programu”, and the retry line after the start that hung at d named c."""
    told = _told(monkeypatch)
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-wisi", "c-wisi", "d-wisi", "e-wisi", "f-dobry"))
    written, said = _converted(paths, _soffice(tmp_path, log, HANGERS), jobs=1, timeout=3)
    assert written == ["a-dobry.pdf", "f-dobry.pdf"], (written, said)  # f never opened: started after the hangers
    assert "wina programu" not in said and "różnych dokumentach" not in said, said
    reasons = _lines(said)
    for name in ("b-wisi", "c-wisi", "d-wisi", "e-wisi"):
        assert "przestał odpowiadać" in reasons[name] and "nie zamieniono" not in reasons[name], said
    hung_at = [start[1] if start[0] == "a-dobry" and len(start) > 1 else start[0] for start in _starts(log)][:4]
    retries = [line for line in told if "próbuję jeszcze raz" in line]
    assert len(retries) == len(hung_at) - 1, (told, hung_at)
    for line, name in zip(retries, hung_at):
        assert f"/{name}.docx" in line.split(" – ")[0].split(" i został")[0], (line, name)


def test_the_next_batch_starts_after_four_hangers_in_a_batch_that_converted(tmp_path, monkeypatch):
    """Finding 4 at scale: batch 2 opened with a sound document, then four hangers: its sound rest and the whole
    next batch were lost, told „wina programu”."""
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 6)
    log = tmp_path / "starts.log"
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry",
             "g-dobry", "h-wisi", "i-wisi", "j-wisi", "k-wisi", "l-dobry", "m-dobry", "n-dobry")
    written, said = _converted(_sound(tmp_path, names), _soffice(tmp_path, log, HANGERS), jobs=1, timeout=3)
    assert written == [f"{name}.pdf" for name in names if "wisi" not in name], (written, said)
    assert "wina programu" not in said, said


def _first_start_only(tmp_path, log, counter, how: str) -> str:
    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, f'n=$(cat "{counter}" 2>/dev/null || echo 0); echo $((n+1)) > "{counter}"\n'
                          f'echo "$*" >> "{log}"\n'
                          f'[ "$n" -ge 1 ] && {how}\n'
                          'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
                          'mkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "stops-starting")


def test_a_libreoffice_that_stops_starting_after_a_batch_is_waited_for_twice_at_most(tmp_path, monkeypatch):
    """Finding 11: batch 1 converted, then every start hung at once: batch 2 was started and waited for four times
    (the documents were told „4 różnych dokumentach”), the retry lines naming its first document each time."""
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    told = _told(monkeypatch)
    log, counter = tmp_path / "starts.log", tmp_path / "counter"
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry", "g-dobry", "h-dobry")
    written, said = _converted(_sound(tmp_path, names), _first_start_only(tmp_path, log, counter, HANG), jobs=1,
                               timeout=3)
    assert written == ["a-dobry.pdf", "b-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert counter.read_text().strip() == "3", (said, log.read_text())  # batch 1, batch 2 and its check
    reasons = _lines(said) or {name: said for name in names[3:]}
    assert all("wina programu" in reasons.get(name, said) for name in names[3:]), said
    assert "uszkodz" not in said.split("Zamiana na PDF")[-1], said
    retries = [line for line in told if "próbuję jeszcze raz" in line]
    assert len(retries) == 1 and "/d-dobry.docx" in retries[0] and "a-dobry.docx" in retries[0], told


def test_crashes_at_start_after_a_batch_are_the_programs_not_each_first_document(tmp_path, monkeypatch):
    """Finding 8: batch 1 converted, then every start crashed at once: four sound documents were each told
    „uległ awarii … – przy zamianie tego dokumentu”, the closing line sent the officer to look for damage."""
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    log, counter = tmp_path / "starts.log", tmp_path / "counter"
    names = ("a-dobry", "b-dobry", "c-dobry", "d-dobry", "e-dobry", "f-dobry", "g-dobry", "h-dobry")
    written, said = _converted(_sound(tmp_path, names), _first_start_only(tmp_path, log, counter, "kill -SEGV $$"),
                               jobs=1)
    assert written == ["a-dobry.pdf", "b-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert "przy zamianie tego dokumentu" not in said and "wina programu" in said, said
    assert "uszkodz" not in said.split("Zamiana na PDF")[-1], said
    assert counter.read_text().strip() == "3", (said, log.read_text())
