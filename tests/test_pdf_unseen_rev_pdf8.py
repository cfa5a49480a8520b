"""rev-pdf8 #6 (rest): a lone document LibreOffice cannot load, though pismo reads it as sound, was told as a
LibreOffice closed in a /tmp of its own („zainstaluj LibreOffice z pakietów systemu”). The /tmp reading is now
asked of LibreOffice itself: a plain text probe in the same folder, once a run."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from helpers import soffice_script
from test_messages_rev_sys2b import plan_docx  # noqa: F401 - the fixture: one plan.docx for the module

from pismo.cli.main import main

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")


def _rejecting_docx(tmp_path, log) -> str:
    """LibreOffice that sees its folder (converts pismo's text probe) but cannot load any .docx; each start logged."""
    return soffice_script(tmp_path, f'echo start >> "{log}"\nout=""; prev=""; for a in "$@"; do '
                          '[ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\nfor a in "$@"; do case "$a" in '
                          '*.txt) b=$(basename "$a" .txt); echo "convert $a -> $out/$b.pdf using filter : '
                          'writer_pdf_Export"; printf "%%PDF-1.4\\n%%%%EOF\\n" > "$out/$b.pdf";; '
                          '*.docx) echo "Error: source file could not be loaded";; esac; done', "soffice")


def _said(*args) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["pdf", *map(str, args)])
    return result.exit_code, " ".join(result.output.split())


@posix_only
def test_a_lone_document_libreoffice_rejects_is_no_hidden_tmp(plan_docx, tmp_path):
    """The officer was sent to reinstall a LibreOffice that sees the folder; the document is what it rejects."""
    sound = tmp_path / "plan.docx"
    shutil.copy(plan_docx, sound)
    log = tmp_path / "starts.log"
    code, said = _said(sound, "--soffice", _rejecting_docx(tmp_path, log))
    assert code != 0 and "nie widzi dokumentów" not in said and "snap" not in said, said
    assert "uszkodzon" in said and "plan.docx" in said, said
    assert not sound.with_suffix(".pdf").exists()
    assert log.read_text().count("start") == 3, log.read_text()  # two starts of the document, one probe a run


@posix_only
def test_the_probe_is_not_run_when_a_document_converted(plan_docx, tmp_path):
    """A LibreOffice that converted a document of the run sees the folder: no probe start."""
    from helpers import copying_soffice

    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(plan_docx, folder / "a.docx")
    log = tmp_path / "starts.log"
    converting = copying_soffice(tmp_path)
    soffice = soffice_script(tmp_path, f'echo start >> "{log}"\nexec "{converting}" "$@"', "logging")
    code, said = _said(folder, "--soffice", soffice)
    assert code == 0 and log.read_text().count("start") == 1, said
