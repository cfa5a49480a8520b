"""`pismo serwer --host`: whether the network reaches the server is told by the address it is bound to, not by
how the address was spelt – finding 5 of rev-sys7."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from helpers import ROOT


def _said(host: str, tmp_path) -> tuple[str, str]:
    """(stdout up to the link, stderr) of a server started with --host `host`, then stopped."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "pismo", "serwer", "--bez-przegladarki", "--port", "0",
                                "--host", host, "--katalog", str(tmp_path)], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out = "".join(process.stdout.readline() for _ in range(2))
    finally:
        process.kill()
        _, err = process.communicate(timeout=30)
    assert re.search(r"http://\S+:\d+/\?token=", out), (out, err)
    return out, err


@pytest.mark.skipif(sys.platform != "linux", reason="the whole 127.0.0.0/8 answers on Linux")
@pytest.mark.parametrize("host", ["127.0.0.2", "127.1", "LOCALHOST"])
def test_a_loopback_address_spelt_otherwise_is_no_network_warning(tmp_path, host):
    """`--host 127.0.0.2` (127.1, LOCALHOST) warned „serwer jest dostępny z sieci” – nothing in the network can
    reach it; a false alarm teaches the officer to ignore the real one."""
    _, err = _said(host, tmp_path)
    assert "z sieci" not in err and "UWAGA" not in err, err


def test_a_name_of_this_computer_only_is_told_so(tmp_path):
    """`--host $(hostname)` mapped to 127.0.x.1 was warned as reachable from the network, and the colleague
    could not reach it: told that the name leads to this computer only."""
    import ipaddress
    import socket

    name = socket.gethostname()
    try:
        bound = socket.gethostbyname(name)
    except OSError:
        pytest.skip("this computer's name is not resolved here")
    if not ipaddress.ip_address(bound).is_loopback:
        pytest.skip("this computer's name leads to a network card here")
    _, err = _said(name, tmp_path)
    said = " ".join(err.split())
    assert f"Uwaga: {name} to adres samego tego komputera ({bound}) – z innych komputerów serwer nie jest " \
           "dostępny" in said and "UWAGA" not in said, said


def test_the_network_warning_stays_for_every_address(tmp_path):
    _, err = _said("0.0.0.0", tmp_path)
    assert err.startswith("UWAGA: serwer jest dostępny z sieci na wszystkich adresach"), err


def test_the_help_does_not_call_every_other_address_the_network():
    from click.testing import CliRunner

    from pismo.cli.main import main

    said = " ".join(CliRunner().invoke(main, ["serwer", "--help"]).output.split())
    assert "Inny niż 127.0.0.1 udostępnia" not in said and "(127.0.0.1, localhost, ::1) – nie" in said, said


def test_an_impossible_address_is_not_called_an_unknown_name():
    """`--host 256.1.1.1` was „nie znaleziono komputera o tej nazwie” – it is no name but an impossible address."""
    from pismo.web.server import HostUnusable, _free

    with pytest.raises(HostUnusable) as refused:
        _free("256.1.1.1", 0)
    assert "256.1.1.1: to nie jest prawidłowy adres IP (--host)" in str(refused.value), refused.value
