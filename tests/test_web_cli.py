"""`pismo serwer` as a command: the link it prints, a warning for other hosts, a clean Ctrl+C."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

from helpers import ROOT


def _start(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "pismo", "serwer", "--bez-przegladarki", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _link(process) -> str:
    for _ in range(5):
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]+", line)
        if found:
            return found.group()
    raise AssertionError("serwer nie wypisał linku")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT")
def test_prints_link_serves_loopback_and_stops_cleanly_on_ctrl_c(tmp_path):
    process = _start("--port", "0", "--katalog", str(tmp_path), cwd=tmp_path)
    try:
        link = _link(process)
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(link, timeout=30) as response:  # the token sets the cookie, the redirect sends it back
            assert response.status == 200 and "Sprawy" in response.read().decode()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Zatrzymano serwer." in out and "Traceback" not in err + out


def test_other_host_warns(tmp_path):
    process = _start("--port", "0", "--host", "0.0.0.0", "--katalog", str(tmp_path), cwd=tmp_path)
    try:
        warning = process.stderr.readline()
    finally:
        process.kill()
        process.communicate()
    assert warning.startswith("UWAGA: serwer jest dostępny z sieci")


def test_busy_port_and_missing_folder_are_polish_errors(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "pismo", "serwer", "--bez-przegladarki", "--port", str(port)],
                                cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "port jest zajęty" in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run([sys.executable, "-m", "pismo", "serwer", "--bez-przegladarki", "--katalog", "nie-ma"],
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "folder nie istnieje" in result.stderr


@pytest.mark.parametrize("host", ["0", "0.0.0.0"])
def test_a_server_on_every_address_says_so_and_prints_a_link_that_opens(tmp_path, host):
    """--host 0 warned „dostępny z sieci pod adresem 0” and printed http://0:PORT/… (--host '' „pod adresem .”
    and http://:PORT/…) – a link no browser on Windows opens, nor a colleague."""
    process = _start("--port", "0", "--host", host, "--katalog", str(tmp_path), cwd=tmp_path)
    try:
        warning = process.stderr.readline()
        lines = [process.stdout.readline() for _ in range(2)]  # the folder, then the link
        link = re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]+", lines[1])
        assert link, lines
        link = link.group()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(link, timeout=30) as response:
            assert response.status == 200 and "Sprawy" in response.read().decode()
    finally:
        process.kill()
        process.communicate()
    assert warning.startswith("UWAGA: serwer jest dostępny z sieci na wszystkich adresach tego komputera."), warning


@pytest.mark.parametrize("host", ["", "  "])
def test_an_empty_host_is_refused(tmp_path, host):
    result = subprocess.run([sys.executable, "-m", "pismo", "serwer", "--bez-przegladarki", "--host", host],
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "pusty adres – podaj adres, np. 127.0.0.1" in result.stderr, result.stderr
    # 2: a usage error, as an empty --port (rev-sys11 #11)


@pytest.mark.parametrize("code, said", [(13, "wymaga uprawnień administratora albo system go zarezerwował"),
                                        (98, "port jest zajęty przez inny program")])
def test_a_refused_port_is_told_in_the_words_of_ports(monkeypatch, code, said):
    """Finding 2 of the fifth messages review of issue 17: EACCES on a port was told as „plik jest otwarty w
    innym programie, np. w Wordzie” (the files' table)."""
    import errno
    import socket as sockets

    from pismo.web import server

    def refuse(self, address):
        raise OSError(code, "refused")

    monkeypatch.setattr(sockets.socket, "bind", refuse)
    with pytest.raises(server.PortBusy) as refused:
        server._free("127.0.0.1", 80)
    assert said in str(refused.value) and "plik" not in str(refused.value)
    assert code == {13: errno.EACCES, 98: errno.EADDRINUSE}[code]


def test_an_address_the_system_refuses_is_told_as_an_address_before_any_warning(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pismo", "serwer", "--bez-przegladarki", "--port", "0",
                             "--host", "fe80::1", "--katalog", str(tmp_path)], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1, result.stderr
    assert "fe80::1: tego adresu nie można użyć" in result.stderr, result.stderr
    assert "UWAGA" not in result.stderr and "plik" not in result.stderr


def test_the_browsers_own_output_stays_out_of_the_server_window(tmp_path, monkeypatch, capfd):
    """Finding 28 of rev-msg5: a browser's English lines (a GTK warning) landed in pismo serwer's window."""
    from pismo.web.server import open_in_browser

    seen = tmp_path / "otwarto.txt"
    browser = tmp_path / "przegladarka.sh"
    browser.write_text(f"#!/bin/sh\necho \"$1\" > {seen}\necho 'Gtk-WARNING **: cannot open display'\n"
                       "echo 'Opening in existing browser session.' >&2\n", encoding="utf-8")
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    open_in_browser("http://127.0.0.1:1/?token=x")
    out, err = capfd.readouterr()
    assert seen.read_text(encoding="utf-8").strip() == "http://127.0.0.1:1/?token=x"
    assert "Gtk" not in out + err and "Opening" not in out + err
    monkeypatch.setenv("BROWSER", str(tmp_path / "nie-ma-takiej"))
    open_in_browser("http://127.0.0.1:1/?token=x")
    out, err = capfd.readouterr()
    assert "Nie udało się otworzyć przeglądarki – otwórz link powyżej ręcznie." in out
