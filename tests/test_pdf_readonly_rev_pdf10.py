"""rev-pdf10 #5 (issue 17): a folder on a read-only medium among writable ones costs only its own documents – it
stopped the whole `pismo pdf` run („nic nie zamieniono na PDF”), while a full disk is told per document."""

from __future__ import annotations

import errno
import os
import tempfile

from click.testing import CliRunner

from helpers import LECZNA, copying_soffice
from pismo.cli.main import main


def _documents(tmp_path, name: str):
    folder = tmp_path / name
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    (document,) = folder.rglob("plan.docx")
    return document


def _read_only(monkeypatch, *folders):
    """mkstemp refused in these folders as a read-only medium refuses it (root ignores permissions)."""
    real = tempfile.mkstemp
    refused = {os.path.realpath(f) for f in folders}

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and os.path.realpath(dir) in refused:
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def test_a_read_only_folder_costs_only_its_documents(tmp_path, monkeypatch):
    locked, free = _documents(tmp_path, "pendrive"), _documents(tmp_path, "dysk")
    soffice = copying_soffice(tmp_path)
    _read_only(monkeypatch, locked.parent)
    result = CliRunner().invoke(main, ["pdf", "--soffice", soffice, str(locked.parent), str(free.parent)])
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and "utworzono 1" in said, said  # README: pdf 1 = not every PDF made
    assert free.with_suffix(".pdf").exists() and not locked.with_suffix(".pdf").exists(), said
    assert f"{locked}: nie można zapisać w tym folderze (nośnik tylko do odczytu)" in said, said
    assert "skopiuj dokumenty do folderu, w którym możesz zapisywać" in said and "uszkodzon" not in said, said
    assert "nic nie zamieniono" not in said, said


def test_every_folder_read_only_is_still_one_refusal_before_libreoffice(tmp_path, monkeypatch):
    locked = _documents(tmp_path, "pendrive")
    soffice = copying_soffice(tmp_path)
    _read_only(monkeypatch, locked.parent)
    result = CliRunner().invoke(main, ["pdf", "--soffice", soffice, str(locked)])
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and "nic nie zamieniono na PDF" in said, said
    assert f"{locked.parent}: nie można zapisać w tym folderze (nośnik tylko do odczytu)" in said, said
