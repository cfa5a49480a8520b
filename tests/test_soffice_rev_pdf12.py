"""Finding 3 of the twelfth PDF review (rev-pdf12): a program without the execute bit on a medium mounted noexec was
told only „chmod +x” (or „to nie jest program”) – after chmod the next run said the medium runs no programs."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from test_soffice_rev_pdf11 import _refusal


@pytest.mark.parametrize("name, body, which", [
    ("LibreOffice-still.basic-x86_64.AppImage", b"\x7fELF\x02\x01\x01\x00AI\x02",
     "pakiet AppImage programu LibreOffice"),
    ("soffice", b"#!/bin/sh\n", "jeśli to program LibreOffice (soffice), skopiuj go")])
def test_a_file_without_the_execute_bit_on_a_noexec_medium_is_told_the_medium_first(tmp_path, monkeypatch, name,
                                                                                      body, which):
    program = tmp_path / name
    program.write_bytes(body)
    program.chmod(0o644)
    real_statvfs = os.statvfs
    monkeypatch.setattr(os, "statvfs", lambda path: SimpleNamespace(f_flag=os.ST_NOEXEC) if str(path) == str(program)
                        else real_statvfs(path))
    said = _refusal(program)
    assert "nie pozwala uruchamiać programów (zamontowanym z opcją noexec" in said and which in said, said
    assert "nadaj mu tam prawo wykonania (chmod +x)" in said and "to nie jest program" not in said, said
    assert f"chmod +x {program}" not in said, said
