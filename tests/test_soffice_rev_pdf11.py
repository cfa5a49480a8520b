"""Finding 6 of the eleventh PDF review (rev-pdf11): LibreOffice's AppImage without its execute bit, or on a medium
mounted noexec, was told „to nie jest program”."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from pismo.files import soffice
from pismo.files.soffice import PdfUnavailable


def _refusal(given) -> str:
    with pytest.raises(PdfUnavailable) as told:
        soffice.find_soffice(str(given))
    return str(told.value)


def test_an_appimage_as_downloaded_is_told_to_be_made_executable(tmp_path):
    appimage = tmp_path / "LibreOffice-fresh.basic-x86_64.AppImage"
    appimage.write_bytes(b"\x7fELF\x02\x01\x01\x00AI\x02")
    appimage.chmod(0o644)
    said = _refusal(appimage)
    assert "pakiet AppImage programu LibreOffice" in said and f"chmod +x {appimage}" in said, said
    assert "to nie jest program" not in said, said


def test_a_program_on_a_noexec_medium_is_told_to_be_copied(tmp_path, monkeypatch):
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    real_access, real_statvfs = os.access, os.statvfs
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if str(path) == str(program) and mode & os.X_OK
                        else real_access(path, mode, **kw))
    monkeypatch.setattr(os, "statvfs", lambda path: SimpleNamespace(f_flag=os.ST_NOEXEC) if str(path) == str(program)
                        else real_statvfs(path))
    said = _refusal(program)
    assert "nie pozwala uruchamiać programów (zamontowanym z opcją noexec" in said and "skopiuj go" in said, said
    assert "nie ma prawa wykonania" not in said and "nie jest program" not in said, said
