"""A case file name that cannot name its folder: one rendering, no nested parentheses, an example that is no file
beside it – finding 8 of rev-sys7."""

from __future__ import annotations

import os
import sys

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


@pytest.mark.skipif(sys.platform != "linux", reason="a name of bytes outside UTF-8")
@pytest.mark.parametrize("byte", [b"\xb1", b"\xb9"])  # „ą” in Latin-2 and in Windows' cp1250
def test_a_name_in_a_legacy_encoding_is_offered_read_as_polish(tmp_path, monkeypatch, byte):
    """`spraw\\xb1.yaml` was shown as spraw<U+DCB1>.yaml and spraw�.yaml in one line, in nested parentheses, with
    „np. sprawa.yaml” – a file standing beside it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sprawa.yaml").write_bytes(LECZNA.read_bytes())
    name = os.fsdecode(b"spraw" + byte + b".yaml")
    (tmp_path / name).write_bytes(LECZNA.read_bytes())
    said = " ".join(CliRunner().invoke(main, ["sprawdz", name]).output.split())
    assert "<U+DC" not in said and "nazwa pliku „spraw�.yaml”" in said, said
    assert "sprawy: zawiera bajty spoza UTF-8 (np. polskie litery zapisane w innym kodowaniu); zmień nazwę pliku " \
           "sprawy, np. na sprawą.yaml" in said and "))" not in said, said


def test_the_example_is_no_file_beside_the_case(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("CON.yaml", "rejon-1.yaml"):
        (tmp_path / name).write_bytes(LECZNA.read_bytes())
    said = " ".join(CliRunner().invoke(main, ["sprawdz", "CON.yaml"]).output.split())
    assert "zmień nazwę pliku sprawy, np. na rejon-2.yaml" in said, said
