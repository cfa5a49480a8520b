"""Findings of the tenth PDF review (rev-pdf10) of issue 17: two different failures in one batch, after LibreOffice
has shown it works."""

from __future__ import annotations

from pathlib import Path

from test_pdf_rev_pdf7 import _converted
from test_pdf_rev_pdf8 import _lines, _sound
from test_pdf_rev_pdf9 import _soffice, _starts

HANG = "exec sleep 3600"


def test_two_hangers_in_a_row_after_conversions_cost_no_sound_document(tmp_path):
    """Finding 4: a, b, c converted, then LibreOffice hung at d and, in the retry, at e: all three left were told
    „to wina programu, nie dokumentów” and the sound f was never started."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-dobry", "c-dobry", "d-wisi", "e-wisi", "f-dobry"))
    written, said = _converted(paths, _soffice(tmp_path, log, f'*wisi*) {HANG};; '), jobs=1, timeout=3)
    assert written == ["a-dobry.pdf", "b-dobry.pdf", "c-dobry.pdf", "f-dobry.pdf"], (written, said)
    assert "wina programu" not in said and "dwóch różnych" not in said, said
    reasons = _lines(said)
    assert set(reasons) == {"d-wisi", "e-wisi"}, said
    assert all("przestał odpowiadać" in reasons[name] for name in reasons), said


def test_a_later_batch_is_started_after_two_hangers_when_the_batch_converted(tmp_path, monkeypatch):
    """Finding 4 at scale: d, e (the first two of batch 2) hung its first two starts; f was told the program's fault
    and batch 3 was never started, in a run that converted batch 1."""
    from pismo.files import pdf

    monkeypatch.setattr(pdf, "PER_PROCESS", 3)
    log = tmp_path / "starts.log"
    names = ("a-dobry", "b-dobry", "c-dobry", "d-wisi", "e-wisi", "f-dobry", "g-dobry", "h-dobry", "i-dobry")
    paths = _sound(tmp_path, names)
    written, said = _converted(paths, _soffice(tmp_path, log, f'*wisi*) {HANG};; '), jobs=1, timeout=3)
    assert written == [f"{name}.pdf" for name in names if "wisi" not in name], (written, said)
    assert "wina programu" not in said, said


def test_a_hung_start_and_a_stall_at_another_document_are_no_program_fault(tmp_path):
    """Finding 7: a hung LibreOffice's start loading it; the retry converted b and stalled inside c („convert …”
    printed): told „przy dwóch różnych dokumentach z rzędu … wina programu”, the sound d and e never started."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-wisi", "b-dobry", "c-wisipo", "d-dobry", "e-dobry"))
    soffice = _soffice(tmp_path, log, '*wisipo*) echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                       f'{HANG};; *wisi*) {HANG};; ')
    written, said = _converted(paths, soffice, jobs=1, timeout=3)
    assert written == ["b-dobry.pdf", "d-dobry.pdf", "e-dobry.pdf"], (written, said)
    assert "wina programu" not in said and "dwóch różnych" not in said, said
    assert set(_lines(said)) == {"a-wisi", "c-wisipo"}, said


def test_a_document_put_last_after_a_hang_gets_its_retry_behind_a_crasher(tmp_path):
    """Finding 2: a hung the first start only (a passing hang), b crashed the second before a was reached; the third
    put b before a and crashed again – a never tried again, told LibreOffice did not start."""
    log = tmp_path / "starts.log"
    once = tmp_path / "hung-once"
    paths = _sound(tmp_path, ("a-razwisi", "b-zly", "c-dobry", "d-dobry"))
    soffice = _soffice(tmp_path, log, f'*razwisi*) [ -e "{once}" ] || {{ touch "{once}"; {HANG}; }};; '
                       '*zly*) kill -SEGV $$;; ')
    written, said = _converted(paths, soffice, jobs=1, timeout=3)
    assert written == ["a-razwisi.pdf", "c-dobry.pdf", "d-dobry.pdf"], (written, said, log.read_text())
    assert set(_lines(said)) == {"b-zly"}, said
    assert "awarii (sygnał 11) – przy zamianie tego dokumentu (także za drugim razem)" in _lines(said)["b-zly"], said
    last = _starts(log)[-1]
    assert last.index("a-razwisi") < last.index("b-zly"), log.read_text()  # owed its try: before the newer culprit


def test_the_retry_line_promises_the_start_it_waits_for(monkeypatch):
    """Finding 4 (2): the retry opens with another document, its start waited for in full (110 s), after the line
    promised „tym razem czekam krócej, najwyżej 20 s” – the hung document's share only."""
    from pismo.files import pdf

    told: list[str] = []
    monkeypatch.setattr(pdf, "waiting", told.append)
    run = pdf._Run("soffice", None, False)
    reason = pdf._stall(run, [], 20, True)
    first, hung = (pdf._Document(Path(f"{n}.docx"), Path(f"{n}.docx"), Path(f"{n}.pdf"), 1000) for n in "ed")
    hung.stalls, hung.failed = 1, (reason,)
    pdf._tell_retry(run, [first, hung], reason)
    assert f"najwyżej {pdf.seconds(pdf._allowance(run, first, False))} do pierwszego znaku pracy" in told[0], told
    share = f"najwyżej {pdf.seconds(pdf._allowance(run, hung, True))}"
    assert "przy tym dokumencie " + share in told[0].replace("tym razem krócej, ", ""), told


def test_a_probe_that_hangs_says_nothing_of_the_folder_and_its_wait_is_told(tmp_path, monkeypatch):
    """Finding 1: LibreOffice could not load the lone document, then hung at pismo's .txt probe: after 90 s of
    silence the officer was told it is closed in a /tmp of its own (snap, Flatpak) and sent to reinstall it."""
    from helpers import soffice_script

    from pismo.files import pdf

    monkeypatch.setattr(pdf, "STARTUP_ALLOWANCE", 4.0)
    monkeypatch.setattr(pdf, "WAIT_NOTICE", 1.0)
    told: list[str] = []
    monkeypatch.setattr(pdf, "waiting", told.append)
    paths = _sound(tmp_path, ("plan-zepsuty",))
    soffice = soffice_script(tmp_path, 'for a in "$@"; do case "$a" in *.txt) exec sleep 3600;; *.docx) '
                             'echo "Error: source file could not be loaded" >&2;; esac; done', "probe-hangs")
    written, said = _converted(paths, soffice, jobs=1)
    assert written == [] and "nie mógł wczytać tego dokumentu" in said, said
    assert "snap" not in said and "Flatpak" not in said, said
    assert any(line.startswith("Sprawdzam, czy LibreOffice widzi pliki") for line in told), told


def test_the_webs_cold_conversion_waits_for_the_start_as_the_cli_does(tmp_path, monkeypatch):
    """Finding 6: the cold converter (no Python with uno) passed the request's time as `timeout`, which covers the
    start too: a slow PC's 40 s cold start was killed at 30 s, every request."""
    from pismo.files import converter, pdf

    seen = {}

    def convert(paths, soffice, **options):
        seen.update(options)
        paths[0].with_suffix(".pdf").write_bytes(b"%PDF")
        return [paths[0].with_suffix(".pdf")]

    monkeypatch.setattr(pdf, "convert", convert)
    source = tmp_path / "a.docx"
    source.write_bytes(b"x")
    cold = converter.Converter(soffice="soffice")
    cold._soffice = "soffice"
    cold._convert_cold(source, tmp_path / "a-out.pdf", 30.0)
    assert seen.get("timeout") is None and seen.get("document_time") == 30.0, seen
    assert pdf._allowance(pdf._Run("soffice", None, True, 30.0), pdf._Document(source, source, source, 1), False) \
        >= pdf.STARTUP_ALLOWANCE + 30.0


def test_an_appimage_that_cannot_mount_is_told_so(tmp_path):
    """Finding 3: LibreOffice's AppImage with FUSE 2 but no /dev/fuse (a container, WSL) was asked „czy to
    rzeczywiście LibreOffice”, quoting „open dir error”; the extract remedy, not libfuse2, helps."""
    from helpers import soffice_script

    appimage = soffice_script(tmp_path, "cat >&2 <<'X'\nfuse: device not found, try 'modprobe fuse' first\n\nCannot "
                              "mount AppImage, please check your FUSE setup.\nYou might still be able to extract the "
                              "contents of this AppImage \nif you run it with the --appimage-extract option. \nSee "
                              "https://github.com/AppImage/AppImageKit/wiki/FUSE \nfor more information\nopen dir "
                              "error: No such file or directory\nX\nexit 1", "LibreOffice-still.basic-x86_64.AppImage")
    written, said = _converted(_sound(tmp_path, ("a",)), appimage, jobs=1)
    assert written == [] and "LibreOffice nie uruchomił się (kod 1)" in said, said
    assert "Cannot mount AppImage" in said and "--appimage-extract" in said, said
    assert "czy to rzeczywiście LibreOffice" not in said and "libfuse2" not in said, said
