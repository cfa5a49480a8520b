"""How many LibreOffice processes a command starts: the same cap for every command – finding 16 of rev-sys7."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo import api


@pytest.mark.parametrize("asked, started", [(10, 4), (32, 4), (2, 2), (1, 1)])
def test_wszystko_starts_no_more_libreoffice_than_pdf_would(tmp_path, monkeypatch, asked, started):
    """`wszystko -j 10 --pdf` started 10 LibreOffice processes (up to 32, ~200 MB each) where `pismo pdf` and
    `plan --pdf` start at most 4; -j below the cap is kept."""
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    seen = []
    monkeypatch.setattr(api, "make_pdfs", lambda documents, soffice, overwrite, jobs, inputs=(): seen.append(jobs)
                        or [])
    api.generate_many([LECZNA], out=tmp_path / "pisma", pdf=True, jobs=asked)
    assert seen == [started]


def test_the_help_of_wszystko_says_what_j_governs():
    from pismo.cli.main import main

    said = " ".join(CliRunner().invoke(main, ["wszystko", "--help"]).output.split())
    assert "procesów LibreOffice" in said and "niż 4" in said, said


def test_the_default_workers_are_capped_as_j_is(monkeypatch):
    """Without -j: os.cpu_count() workers, uncapped – 64 on a workstation, where -j refuses more than 32."""
    from pismo.cli import main as cli

    asked = []
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(cli, "_run", lambda *args, **kwargs: asked.append(kwargs["jobs"]))
    CliRunner().invoke(cli.main, ["wszystko", str(LECZNA)])
    assert asked == [cli.MAX_JOBS]
