"""Polish for click's own messages (help headings, usage errors).

click marks its strings with gettext but ships no Polish catalogue; the users
of pismo read only Polish, so the strings they can meet are translated here.
"""

from __future__ import annotations

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.types

MESSAGES = {
    "Usage:": "Użycie:",
    "Options": "Opcje",
    "Commands": "Polecenia",
    "Positional arguments": "Argumenty",
    "Show this message and exit.": "Pokaż tę pomoc i zakończ.",
    "Show the version and exit.": "Pokaż wersję i zakończ.",
    "Error: {message}": "Błąd: {message}",
    "Aborted!": "Przerwano.",
    "Missing argument": "Brak argumentu",
    "Missing option": "Brak opcji",
    "Missing parameter": "Brak parametru",
    "Missing command.": "Brak polecenia.",
    "No such command {name!r}.": "Nie ma polecenia {name!r}.",
    "No such option {name!r}.": "Nie ma opcji {name!r}.",
    "No such option: {name}": "Nie ma opcji: {name}",
    "Try '{command} {option}' for help.": "Pomoc: „{command} {option}”.",
    "Invalid value for {param_hint}: {message}": "Nieprawidłowa wartość {param_hint}: {message}",
    "Invalid value: {message}": "Nieprawidłowa wartość: {message}",
    "Option {name!r} does not take a value.": "Opcja {name!r} nie przyjmuje wartości.",
    "default: {default}": "domyślnie: {default}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} nie istnieje.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} jest folderem.",
    "{name} {filename!r} is a file.": "{name} {filename!r} jest plikiem.",
    "file": "plik",
    "directory": "folder",
    "path": "ścieżka",
}
PLURALS = {
    "Got unexpected extra argument ({args})": ("Nadmiarowy argument ({args})", "Nadmiarowe argumenty ({args})"),
    "Did you mean {possibility}?": ("Czy chodziło o {possibility}?", "(Czy chodziło o jedno z: {possibilities}?)"),
    "Option {name!r} requires an argument.": ("Opcja {name!r} wymaga argumentu.",
                                              "Opcja {name!r} wymaga {nargs} argumentów."),
}


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class PolishGroup(click.Group):
    """A command group whose usage line reads in Polish."""

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, "[OPCJE] POLECENIE [ARGUMENTY]…")


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    one, many = PLURALS.get(singular, (singular, plural))
    return one if count == 1 else many


def install() -> None:
    if getattr(click.core.Command, "_pismo_pl", False):
        return
    original = click.core.Command.__init__

    def init(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[OPCJE]")
        original(self, *args, **kwargs)

    click.core.Command.__init__ = init
    click.core.Command._pismo_pl = True
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
