"""`pismo serwer`: the case files of a folder in the browser – thin click wrapper."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pismo import errors
from pismo.cli.click_pl import CONTEXT, PATH


@click.command("serwer", context_settings=CONTEXT)
@click.option("--katalog", type=PATH, default=Path("."), metavar="FOLDER",
              help="Folder z plikami spraw (domyślnie bieżący).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, metavar="LICZBA",
              help="Port serwera (0: dowolny wolny).")
@click.option("--bez-przegladarki", is_flag=True, help="Nie otwieraj przeglądarki; tylko wypisz adres.")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADRES",
              help="Adres, na którym serwer odpowiada. Adres karty sieciowej albo 0.0.0.0 (wszystkie karty) "
                   "udostępnia sprawy w sieci – tylko świadomie; adresy samego tego komputera (127.0.0.1, "
                   "localhost, ::1) – nie.")
def serwer(katalog: Path, port: int, bez_przegladarki: bool, host: str) -> None:
    """Pracuj ze sprawami w przeglądarce: formularz, sprawdzanie, podgląd i pobieranie dokumentów."""
    from pismo.web.server import HostUnusable, PortBusy, build, serve

    from pismo.files.read import Unreadable, folder_files

    if not os.path.exists(katalog):
        click.echo(f"błąd: {katalog}: folder nie istnieje – podaj folder z plikami spraw (--katalog)", err=True)
        sys.exit(1)
    try:
        folder_files(katalog)
    except Unreadable as exc:  # a file given, too: told as every command tells it (click's own sentence was not)
        click.echo(f"błąd: {katalog}: {exc} – podaj folder z plikami spraw (--katalog)", err=True)
        sys.exit(1)
    host = host.strip()
    if not host:  # refused by its form, as --port "" is: README's 2, „błędne wywołanie” (rev-sys11 #11)
        click.echo("błąd: --host: pusty adres – podaj adres, np. 127.0.0.1, albo pomiń --host", err=True)
        sys.exit(errors.USAGE)
    try:
        server, url = build(katalog, host, port)
    except HostUnusable as exc:
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(errors.USAGE if exc.malformed else errors.FAILED)  # no such address here: the machine's state
    except (OSError, PortBusy) as exc:
        from pismo.files.read import os_reason

        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        on = f"na porcie {port}" if port else "na żadnym wolnym porcie"
        click.echo(f"błąd: nie można uruchomić serwera {on} ({reason}) – podaj inny port powyżej 1024, "
                   f"np. --port {port + 1 if 1024 <= port < 65535 else 8766}", err=True)
        sys.exit(1)
    _tell_reach(server, host)
    click.echo(f"pismo serwer: sprawy z folderu {katalog.resolve()}")
    click.echo(f"Otwórz w przeglądarce: {url}")
    click.echo("Zatrzymanie: Ctrl+C.")
    _tell_soffice()
    try:
        serve(server, url, not bez_przegladarki)  # Werkzeug's loop ends quietly on Ctrl+C
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    click.echo("\nZatrzymano serwer.")


def _tell_soffice() -> None:
    """A PISMO_SOFFICE that gives no LibreOffice, told at start as `pismo pdf` tells it: the pages said it only
    when a preview was opened, the terminal nothing (rev-sys10 #8)."""
    from pismo.files.soffice import ENV_VAR
    from pismo.web import core

    if os.environ.get(ENV_VAR) and (missing := core.pdf_missing()):
        click.echo(f"Uwaga: PDF i podgląd stron nie będą działać – {missing}")


def _tell_reach(server, host: str) -> None:
    """Whether the network reaches the server, by the address it is bound to (said once it is bound: a refused
    address starts nothing); a name typed to share it that leads to this computer only is told so."""
    from pismo.web.server import LOOPBACK, bound_loopback, everywhere, is_address

    if not bound_loopback(server):
        where = "na wszystkich adresach tego komputera" if everywhere(host) else f"pod adresem {host}"
        click.echo(f"UWAGA: serwer jest dostępny z sieci {where}. Każdy, kto zna link z tokenem, "
                   "może czytać i zmieniać sprawy; połączenie nie jest szyfrowane.", err=True)
    elif host.casefold() not in LOOPBACK and not is_address(host):  # a name: typed to share the server
        bound = server.socket.getsockname()[0]
        click.echo(f"Uwaga: {host} to adres samego tego komputera ({bound}) – z innych komputerów serwer nie jest "
                   "dostępny; aby udostępnić go w sieci, podaj adres karty sieciowej tego komputera albo "
                   "--host 0.0.0.0.", err=True)
