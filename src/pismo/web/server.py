"""Run the web app on loopback until Ctrl+C."""

from __future__ import annotations

import errno
import ipaddress
import logging
import os
import re
import socket
import sys
import threading
import webbrowser
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler, make_server

from pismo.web.app import App
from pismo.web.security import Guard

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class _Quiet(WSGIRequestHandler):
    """No request log: the first request's address carries the token. A request refused before it reaches
    the app (a garbled request line, a header over 64 kB) gets a Polish page, not Python's English one."""

    error_content_type = "text/html; charset=utf-8"
    error_message_format = (
        '<!DOCTYPE html>\n<html lang="pl"><head><meta charset="utf-8"><title>Nieprawidłowe żądanie</title></head>'
        "<body><h1>Nieprawidłowe żądanie (kod %(code)d)</h1><p>Przeglądarka albo inny program wysłał żądanie, "
        "którego serwer nie obsługuje (np. zbyt długi adres albo zbyt duże ciasteczka). Otwórz ponownie link "
        'wypisany przez pismo serwer albo <a href="/">wróć do listy spraw</a>.</p></body></html>\n')

    def log_request(self, *args, **kwargs) -> None:
        pass

    def log_error(self, format: str, *args) -> None:
        """One Polish line on the console for a request refused before it reached the app (Python's own line
        was English, with the request's bytes escaped); a browser asked for https:// is told to use http://."""
        if getattr(self, "raw_requestline", b"").startswith(b"\x16\x03"):  # a TLS handshake
            said = "odrzucono połączenie szyfrowane – adres serwera zaczyna się od http://, a nie https://"
        else:
            code = args[0] if format.startswith("code ") and args and isinstance(args[0], int) else None
            said = "odrzucono nieprawidłowe żądanie" + (f" (kod {code})" if code else "")
        print(f"pismo serwer: {said}", file=sys.stderr)


def everywhere(host: str) -> bool:
    """Whether --host is the any-address ("0.0.0.0", "0", "::"): the server listens on every network card,
    and that address itself opens nothing in a browser."""
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        try:
            return socket.inet_aton(host) == bytes(4)  # "0", "0.0": the shorthands the system accepts
        except OSError:
            return False


def is_address(host: str) -> bool:
    """Whether --host is an address (127.0.0.2, „127.1”, ::ffff:127.0.0.1), not a name."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        try:
            socket.inet_aton(host)
            return True
        except OSError:
            return False


def bound_loopback(server) -> bool:
    """Whether the server listens on this computer's loopback only – decided by the address it is bound to, not
    by how --host was spelt: 127.0.0.2, „127.1”, „LOCALHOST”, ::ffff:127.0.0.1 are loopback too (they were
    warned as reachable from the network), and a host name the system maps to 127.0.1.1 is not the network."""
    address = ipaddress.ip_address(server.socket.getsockname()[0].split("%", 1)[0])
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def _own_names() -> set[str]:
    """This computer's name and its addresses: what a colleague types to reach a server on every address."""
    names = {socket.gethostname()}
    try:
        name, aliases, addresses = socket.gethostbyname_ex(socket.gethostname())
        names |= {name, *aliases, *addresses}
    except OSError:
        pass
    for family, target in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
        try:  # the address of the network card that leads out (connecting a UDP socket sends nothing)
            with socket.socket(family, socket.SOCK_DGRAM) as probe:
                probe.connect((target, 9))
                names.add(probe.getsockname()[0])
        except OSError:
            pass
    return names


def hosts_for(host: str, port: int) -> set[str]:
    names = {host} | (LOOPBACK if host in LOOPBACK or everywhere(host) else set())
    names |= _own_names() if everywhere(host) else set()
    return {f"[{h}]:{port}" if ":" in h else f"{h}:{port}" for h in names}


class PortBusy(Exception):
    """The port is taken or not allowed; the message is the system's reason."""


class HostUnusable(Exception):
    """--host names no address of this machine; the message is Polish and says what to do. `malformed`: refused by
    its form (no address, brackets) – a usage error as click's refusals of --port are (rev-sys11 #11)."""

    def __init__(self, message: str, malformed: bool = False) -> None:
        super().__init__(message)
        self.malformed = malformed


def _free(host: str, port: int) -> None:
    """Werkzeug prints an English message and exits when it cannot bind: try first, say it in Polish."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        if os.name != "nt":  # as Werkzeug binds (on Windows the option would let a busy port pass)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except socket.gaierror:
            malformed = _malformed_host(host)  # a usage error; a name not found is the network's answer
            raise HostUnusable(malformed or f"{host}: nie znaleziono komputera o tej nazwie (--host) – sprawdź nazwę "
                               "albo pomiń --host", malformed=malformed is not None) from None
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL or (exc.errno == errno.EINVAL and host not in LOOPBACK):
                what = "nie ma" if exc.errno == errno.EADDRNOTAVAIL else "nie można użyć"
                raise HostUnusable(f"{host}: tego adresu {what} na tym komputerze (--host) – podaj adres jednej z kart "
                                   "sieciowych tego komputera albo pomiń --host") from None
            raise PortBusy(_PORT_REASONS.get(exc.errno, f"system nie pozwolił go użyć, kod {_code(exc)}")) from None


def _malformed_host(host: str) -> str | None:
    """Why --host is no address by its form: what a browser's address bar holds („http://localhost:8080/”,
    „[::1]:8080”, „localhost:80”) is told as the address alone, its port for --port (one --port accepts); digits
    and dots that make no address. None for a name (the system may just not find it)."""
    from urllib.parse import urlsplit

    parts = urlsplit(host if "//" in host else f"//{host}")
    try:
        port = parts.port
    except ValueError:  # „localhost:99999”: no port at all
        port = -1
    name = parts.hostname or ""
    if name and name != host.casefold() and (parts.scheme or port or host.startswith("[")):
        told = [*([f"bez „{parts.scheme}://”"] if parts.scheme else []),
                *(["bez nawiasów [ ]"] if host.startswith("[") else []), *(["bez numeru portu"] if port else [])]
        example = f"--host {name}" + (f" --port {port}" if port and port > 0 else "")
        ports = (" – port podaj w --port" if port and port > 0 else
                 " – port podaj w --port jako liczbę od 1 do 65535" if port else "")
        return f"{host}: w --host podaj sam adres, {' i '.join(told)}{ports} (np. {example})"
    if host == "*":  # other servers' „all addresses”
        return ("*: wszystkie adresy tego komputera to w pismo --host 0.0.0.0 – udostępnia sprawy w sieci, tylko "
                "świadomie; bez --host serwer odpowiada tylko na tym komputerze")
    odd = re.compile(r"[^\w.:%-]")  # no name holds a space, „/”, „,”, „*”; a lone „-” or „.” is none either
    if odd.search(host) or not host.strip("-."):
        inner = host.strip(" /\\,;*")
        example = inner if inner.strip("-.") and not odd.search(inner) else "127.0.0.1"
        return (f"{host}: to nie jest nazwa ani adres komputera (--host) – nazwa ma tylko litery, cyfry, kropki i "
                f"łączniki; podaj np. --host {example} albo pomiń --host")
    if re.fullmatch(r"[0-9.]+", host):  # „256.1.1.1”: no name the system could not find, but no address at all
        return (f"{host}: to nie jest prawidłowy adres IP (--host) – adres to cztery liczby od 0 do 255 oddzielone "
                "kropkami, np. 192.168.1.10; sprawdź go albo pomiń --host")
    return None


# a port's failures in the words of ports (the files' table would blame Word or a file name)
_PORT_REASONS = {
    errno.EADDRINUSE: "port jest zajęty przez inny program",
    errno.EACCES: "ten port wymaga uprawnień administratora albo system go zarezerwował",
    errno.EPERM: "ten port wymaga uprawnień administratora albo system go zarezerwował",
}


def _code(exc: OSError) -> str:
    return errno.errorcode.get(exc.errno or 0, str(exc.errno))


def build(folder: Path, host: str = "127.0.0.1", port: int = 0, token: str | None = None):
    """(server, url with token): the server is bound, not yet serving."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    _free(host, port)  # port 0 (any free one) too: the address itself may be wrong
    app = App(Path(folder), Guard(port, set(), token))
    try:
        server = make_server(host, port, app, threaded=True, request_handler=_Quiet)
    except SystemExit:  # Werkzeug's own exit when binding fails after all
        raise PortBusy("port jest zajęty") from None
    port = server.server_port
    app.guard.cookie = f"pismo-{port}"
    app.guard.hosts = hosts_for(host, port)
    if everywhere(host):  # the link opens on this computer
        host = "::1" if ":" in host else "127.0.0.1"
    shown = f"[{host}]" if ":" in host else host
    return server, f"http://{shown}:{port}/?token={app.guard.token}"


def serve(server, url: str, open_browser: bool) -> None:
    from pismo.web import core

    threading.Thread(target=core.warm_up, daemon=True).start()
    if open_browser:
        opener = threading.Timer(0.5, open_in_browser, args=(url,))
        opener.daemon = True  # Ctrl+C ends the server at once, not when the browser it waits for closes
        opener.start()
    try:
        server.serve_forever()
    finally:
        core.close()


_OPEN = "import sys, webbrowser; sys.exit(0 if webbrowser.open(sys.argv[1]) else 1)"
OPEN_WAIT = 60.0  # seconds a browser's start may take to fail


def open_in_browser(url: str) -> None:
    """Open the link in the user's browser. Outside Windows the browser is started by a child whose output
    goes nowhere: a browser's own English lines (GTK warnings, „Opening in existing browser session.”) must
    not land in the window the officer watches. If no browser starts, one Polish line says what to do."""
    import subprocess

    try:
        if os.name == "nt":  # os.startfile: nothing printed
            opened = webbrowser.open(url)
        else:
            child = subprocess.Popen([sys.executable, "-c", _OPEN, url], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                opened = child.wait(timeout=OPEN_WAIT) == 0
            except subprocess.TimeoutExpired:  # a browser webbrowser does not know is waited for until it is
                opened = True  # closed: still open is opened – „Nie udało się” came after 60 s of use (rev-sys10 #11)
    except (OSError, subprocess.SubprocessError):
        opened = False
    if not opened:
        print("Nie udało się otworzyć przeglądarki – otwórz link powyżej ręcznie.", flush=True)
