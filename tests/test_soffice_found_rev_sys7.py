"""LibreOffice installed from libreoffice.org's own Linux packages is found, and the advice when none is found
names --soffice for Linux too – finding 11 of rev-sys7."""

from __future__ import annotations

import sys

import pytest

from pismo.files import soffice

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Linux install folders")


def _program(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_a_versioned_name_on_path_is_found_newest_first(tmp_path, monkeypatch):
    """PATH held only `libreoffice24.8` (what the official .deb puts in /usr/local/bin): „Nie znaleziono programu
    LibreOffice … Zainstaluj LibreOffice”."""
    for version in ("7.6", "24.8", "24.2"):
        _program(tmp_path / "bin" / f"libreoffice{version}")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(soffice, "OPT", tmp_path / "opt")
    monkeypatch.setattr(soffice, "DEBIAN", str(tmp_path / "usr-lib" / "soffice"))  # this machine's own not seen
    assert soffice._installed() == str(tmp_path / "bin" / "libreoffice24.8")


def test_a_link_on_path_is_followed_to_the_program(tmp_path, monkeypatch):
    """The link's target: soffice's script finds its program folder from its own path."""
    program = _program(tmp_path / "opt" / "libreoffice24.8" / "program" / "soffice")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "libreoffice24.8").symlink_to(program)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert soffice._installed() == str(program)


def test_the_opt_install_folder_is_looked_into_newest_first(tmp_path, monkeypatch):
    for version in ("7.6", "24.8"):
        _program(tmp_path / "opt" / f"libreoffice{version}" / "program" / "soffice")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(soffice, "OPT", tmp_path / "opt")
    monkeypatch.setattr(soffice, "DEBIAN", str(tmp_path / "usr-lib" / "soffice"))  # this machine's own not seen
    assert soffice._installed() == str(tmp_path / "opt" / "libreoffice24.8" / "program" / "soffice")
    assert soffice.find_soffice(None) == soffice._installed()


def test_the_advice_names_soffice_for_every_system(tmp_path, monkeypatch):
    """The only way out (--soffice, PISMO_SOFFICE) was printed in the Windows line only."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("PISMO_SOFFICE", raising=False)
    monkeypatch.setattr(soffice, "OPT", tmp_path / "opt")
    monkeypatch.setattr(soffice, "DEBIAN", str(tmp_path / "usr-lib" / "soffice"))  # this machine's own not seen
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(None)
    last = str(refused.value).splitlines()[-1]
    assert last.startswith("Jeśli LibreOffice jest już zainstalowany, a pismo go nie znajduje") and \
        "/opt/libreoffice24.8/program/soffice" in last and "--soffice" in last and "PISMO_SOFFICE" in last, last
