"""Polish for click's own messages (help headings, usage errors).

click marks its strings with gettext but ships no Polish catalogue; the users
of pismo read only Polish, so the strings they can meet are translated here.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.types

from pismo import polish, typed
from pismo.cli import console

MESSAGES = {
    "Usage:": "Użycie:",
    "Options": "Opcje",
    "Commands": "Polecenia",
    "Positional arguments": "Argumenty",
    "Show this message and exit.": "Pokaż tę pomoc i zakończ.",
    "Show the version and exit.": "Pokaż wersję i zakończ.",
    "Error: {message}": "błąd: {message}",  # one form with pismo's own refusals (rev-sys7 #9)
    "Aborted!": "Przerwano.",
    "Missing argument": "Brak argumentu",
    "Missing option": "Brak opcji",
    "Missing parameter": "Brak parametru",
    "Missing command.": "Brak polecenia.",
    "No such command {name!r}.": "Nie ma polecenia „{name}”.",
    "No such option {name!r}.": "Nie ma opcji „{name}”.",
    "No such option: {name}": "Nie ma opcji: {name}",
    "Try '{command} {option}' for help.": "Pomoc: „{command} {option}”.",
    "Invalid value for {param_hint}: {message}": "Nieprawidłowa wartość {param_hint}: {message}",
    "Invalid value: {message}": "Nieprawidłowa wartość: {message}",
    "Option {name!r} does not take a value.": "Opcja „{name}” nie przyjmuje wartości.",
    "default: {default}": "domyślnie: {default}",
    "{name} {filename!r} does not exist.": "{name} „{filename}” nie istnieje.",
    "{name} {filename!r} is a directory.": "{name} „{filename}” jest folderem.",
    "{name} {filename!r} is a file.": "{name} „{filename}” jest plikiem.",
    "file": "plik",
    "directory": "folder",
    "path": "ścieżka",
    "{value} is not in the range {range}.": "{value} – poza dozwolonym zakresem ({range}).",
    "{value!r} is not a valid {number_type}.": "„{value}” – to nie jest liczba całkowita.",
}
PLURALS = {
    "Got unexpected extra argument ({args})": ("Nadmiarowy argument: „{args}”.", "Nadmiarowe argumenty: „{args}”."),
    "Did you mean {possibility}?": ("Czy chodziło o {possibility}?", "Czy chodziło o jedno z: {possibilities}?"),
    "Option {name!r} requires an argument.": ("Opcja „{name}” wymaga argumentu.",
                                              "Opcja „{name}” wymaga {nargs} argumentów."),
}



# color: click never strips escape sequences itself (it did on a pipe or a log, before pismo's console showed them
# as <U+001B>: a name lost its sequence and read as another file's); pismo writes no colours of its own.
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100, "color": True}


class PolishGroup(click.Group):
    """A command group whose usage line reads in Polish, listing its commands in the order they were added
    (the order of work) with their whole first sentence, never cut with "…"."""

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, "[OPCJE] POLECENIE [ARGUMENTY]…")

    def list_commands(self, ctx):
        return list(self.commands)

    def format_commands(self, ctx, formatter):
        rows = [(name, _first_paragraph(command)) for name, command in self.commands.items() if not command.hidden]
        if rows:
            with formatter.section(gettext("Commands")):
                formatter.write_dl(rows)


def _first_paragraph(command: click.Command) -> str:
    if command.short_help:
        return command.short_help
    return " ".join((command.help or "").split("\n\n")[0].split())


def _describe_range(self) -> str:
    """An integer range as the help and the error name it, in Polish."""
    if self.min is not None and self.max is not None:
        return f"od {self.min} do {self.max}"
    if self.min is not None:
        return f"co najmniej {self.min}"
    return f"co najwyżej {self.max}"


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    one, many = PLURALS.get(singular, (singular, plural))
    return one if count == 1 else many


class _Path(click.Path):
    """A path as given, but never an empty one – an unset variable in a script (`-o "$WYJSCIE"`) meant the
    current folder without a word – nor „-”, which elsewhere means standard input: pismo reads files only.
    `writes`: a path pismo creates (-o, nowa's file), else one it only reads – each told its own consequence;
    `names_file`: the path created is a file (nowa's, import's -o), not a folder."""

    def __init__(self, *args, writes: bool = False, names_file: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes, self.names_file = writes, names_file

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("pusta ścieżka (np. nieustawiona zmienna w skrypcie) – podaj nazwę pliku albo folderu",
                      param, ctx)
        if (value == "-" and not os.path.lexists(value)) or _STREAM.fullmatch(str(value)):  # an input or an
            # output: „czytanie” was wrong for -o; /dev/stdin is „-” spelt the Unix way – `import /dev/stdin` wrote
            # /dev/stdin.yaml into /dev (rev-sys11 #13)
            self.fail(f"„{value}” (odczyt ze standardowego wejścia albo zapis na standardowe wyjście) nie jest "
                      "obsługiwane – podaj nazwę pliku albo folderu", param, ctx)
        if isinstance(value, str):
            _refuse_slips(self, value, param, ctx)
        if isinstance(value, str) and _unexpanded_home(value):
            self.fail(_home_refusal(value, self.writes), param, ctx)
        foreign = _foreign_path(value, self.writes, self.names_file) if isinstance(value, str) else None
        if foreign:
            self.fail(foreign, param, ctx)
        if isinstance(value, str) and ctx is not None and param is not None:
            ctx.meta.setdefault(RAW, {})[param.name] = value  # Path() drops a trailing „/”, which says „a folder”
        if isinstance(value, str):
            console.note_name(value)
        return super().convert(value, param, ctx)


_STREAM = re.compile(r"/dev/(?:stdin|stdout|stderr|fd/\d+)|/proc/(?:self|thread-self|\d+)/fd/\d+")


def _unexpanded_home(value: str) -> bool:
    """A „~”, „~user”, „~+” or „~-” the shell did not expand (quoted, after „=”, from a script): taken as given it
    made a folder named „~root” in the current one – and a later `rm -rf ~root` to clean it up removes that
    user's home folder."""
    first = value.replace(os.sep, "/").split("/", 1)[0]
    return first.startswith("~") and "\\" not in first and not os.path.lexists(first)  # `~\x`: _foreign_path


def _home_refusal(value: str, writes: bool = True) -> str:
    """What the shell would have made of an unexpanded „~…”, told with the full path to type instead (as a shell
    word: „~/moje pisma” was quoted for its space, and the example without the quotes split in two – rev-sys11
    #3); a path pismo only reads is looked for, not made (rev-sys11 #8)."""
    first, _, rest = value.replace(os.sep, "/").partition("/")
    where = "na folder domowy" if first not in ("~+", "~-") else "na folder"
    then = f"utworzyłoby folder o nazwie „{first}”" if writes else \
        f"szukałoby w bieżącym folderze folderu o nazwie „{first}”"
    told = f"„{first}” nie zostało zamienione {where} (ścieżka w cudzysłowie albo po „=”), więc pismo {then}"
    if first in ("~+", "~-"):
        expanded = {"~+": os.getcwd(), "~-": os.environ.get("OLDPWD", first)}[first]
        example = (os.path.join(expanded, rest) if rest else expanded) if expanded != first else None
    else:
        example = typed.home_example(first, rest)
    habit = typed.windows_habit(example) if example is not None else None
    if habit is not None:  # the rest is Windows' too („~/pisma\\2025”): its example was refused next (rev-sys14 #18)
        example = habit[1]
    if first not in ("~", "~+", "~-") and os.path.expanduser(first) == first:
        return _no_such_user(first, rest, then)
    if example is None:  # a home that is no full path: nothing to offer but the advice
        return f"{told} – podaj pełną ścieżkę (zaczynającą się od /)"
    return f"{told} – podaj pełną ścieżkę, np. {polish.as_typed(example)}"


def _no_such_user(first: str, rest: str, then: str) -> str:
    """`~nowy` of no user „nowy”: the shell left it as it is, unquoted too, so „w cudzysłowie” named no cause –
    most likely „~/nowy” with the slash missed (rev-sys12 #17)."""
    user = first[1:]
    meant = typed.home_example("~", f"{user}/{rest}" if rest else user)
    advice = f", np. {polish.as_typed(meant)}" if meant else " (zaczynającą się od /)"
    return (f"„{first}” oznacza folder domowy użytkownika „{user}”, a takiego użytkownika tu nie ma, więc pismo "
            f"{then} – czy chodziło o ~/{user}{'/' + rest if rest else ''}? Podaj pełną ścieżkę{advice}")


def _foreign_path(value: str, writes: bool, names_file: bool = False) -> str | None:
    """Why a path that does not exist is one of Windows (`C:\\pisma`, `D:/pisma`, `.\\wyniki`, `~\\pisma`) or
    holds a variable the shell did not expand (`%USERPROFILE%\\pisma`, `$HOME/pisma`), with what to type here;
    None for any other (typed.windows_habit). Taken as given each made a folder of that literal name, told as
    written „on drive C:” (rev-sys12 #7); the folder named is the one really affected (rev-sys13 #5)."""
    found = typed.windows_habit(value)
    if found is None:
        return None
    told, example, hint, parent, new = found
    first = new.split("/", 1)[0]
    where = f"w folderze {parent}" if parent else "w bieżącym folderze"
    made = "plik" if names_file and first == new else "folder"  # `nowa '%DATE%.yaml'` makes a file (rev-sys14 #16)
    then = f"utworzyłoby {where} {made} o nazwie „{first}”" if writes else f"szukałoby {where} „{first}”"
    advice = f"podaj ścieżkę tego systemu, np. {polish.as_typed(example)}" if example else \
        hint or "podaj pełną ścieżkę tego systemu (zaczynającą się od /)"
    return f"{told}, więc pismo {then} – {advice}" + (hint if example else "")


def _refuse_slips(path_type: click.Path, value: str, param, ctx) -> None:
    """Paths no officer means, refused before anything is written under them: an option of the command taken
    as the value of the one before it (`-o --pdf`: the documents went to „--pdf/”, no PDF made), any other word
    that only an option begins with („-P”, „--PDF”, „--”) or Windows' „/o:x” habit („:ox”), a carriage return
    a blank typed around the name."""
    named = value in ctx.meta.get("pismo.named", ()) if ctx else False
    if not named and (_option_taken(value, ctx) or (value.startswith(("-", ":")) and not os.path.lexists(value))):
        path_type.fail(_not_a_path(value, param, ctx), param, ctx)
    if os.path.lexists(value):
        return
    parent = typed.split_new(value)[0]  # `-o –wyn/nowy` into an existing „–wyn” is no slip (rev-sys13 #2)
    if getattr(path_type, "writes", False) and isinstance(param, click.Option) and value[:1] in _DASHES \
            and not parent:  # `-o—wyniki` and `--wyjscie=–wyniki` made a folder „—wyniki”; a file named as an
        # argument (`nowa –plan.yaml`) is a name
        path_type.fail(f"„{value}” zaczyna się od {_DASHES[value[0]]} – tak Word zmienia łącznik (-) przy kopiowaniu "
                       f"polecenia z dokumentu; plik albo folder o takiej nazwie napisz jako ./{value}", param, ctx)
    if value != value.rstrip():  # a CR, a hard space, quotes: typed.slip, for every word of the command line
        path_type.fail(f"„{value}” kończy się spacją – usuń ją (takiej nazwy Windows nie otworzy)", param, ctx)
    if value != value.lstrip() and not parent:
        path_type.fail(f"„{value}” zaczyna się od spacji – usuń ją", param, ctx)


_EXAMPLES = {"SPRAWA.yaml": "sprawa.yaml", "POPRZEDNIA.yaml": "poprzednia.yaml"}  # by metavar, else by name:
_FOLDERS = {"szablony": "szablony-jednostki", "katalog": "sprawy"}  # an example each option's value could be


def _not_a_path(value: str, param, ctx) -> str:
    """Why `value` is refused as a path, with the spelling meant."""
    option = _option_taken(value, ctx) or _option_meant(value, ctx)
    if isinstance(param, click.Option):
        name = param.opts[0]
        example = f"{name} {_EXAMPLES.get(param.metavar or '') or _FOLDERS.get(param.name or '', 'wyniki')}"
    else:
        name, example = None, None
    after = f"zaraz po {name} podaj ścieżkę" if name else "podaj ścieżkę"
    if value.startswith(":"):
        fixed = f"{name} {value[1:]}" if name and value[1:] else example
        return f"„{value}” zaczyna się od „:” (zapis /o:x z Windows), a takiej nazwy Windows nie otworzy – " \
               f"{after}" + (f", np. {fixed}" if fixed else "")
    if value == "--":
        return f"„--” (koniec opcji) to nie ścieżka – {after}" + (f", np. {example}" if example else "")
    if option:
        taken = _taken_param(option, ctx)
        shown = f"„{value}” to opcja" + (f" ({option})" if option != value.split("=", 1)[0] else "")
        tail = "" if taken is param else " " + (value if "=" in value else option + (
            f" {taken.metavar or '…'}" if taken is not None and not taken.is_flag else ""))
        return f"{shown}, a nie ścieżka – {after}" + (f", np. {example}{tail}" if example else "")
    return f"„{value}” zaczyna się od „-”, więc wygląda na opcję, a nie na ścieżkę – {after}" + \
        (f", np. {example}" if example else "") + f"; plik albo folder o takiej nazwie napisz jako ./{value}"


def _option_meant(value: str, ctx) -> str | None:
    """The long option a dashed word stands for though spelt otherwise: „--PDF” (Caps Lock), „--pomoc”
    (help), „--output” (another program's name)."""
    if ctx is None or not value.startswith("-"):
        return None
    key = _folded(value.split("=", 1)[0]).lstrip("-")
    longs = _long_options(ctx.command, ctx)
    meant = longs.get(key) or _FOREIGN.get(key) or _ASKED.get(key)
    return meant if meant in longs.values() else None


def _taken_param(option: str, ctx):
    """The command's Option named `option`, else None."""
    return next((p for p in ctx.command.get_params(ctx) if isinstance(p, click.Option)
                 and option in (*p.opts, *p.secondary_opts)), None)


def _option_taken(value: str, ctx) -> str | None:
    """The option of the command `value` spells (`--pdf`, `--jobs=2`, `-j2`), else None."""
    if ctx is None or not value.startswith("-") or value == "-":
        return None
    names = {name for p in ctx.command.get_params(ctx) for name in (*p.opts, *p.secondary_opts)}
    typed = value.split("=", 1)[0]
    if typed in names:
        return typed
    if not value.startswith("--") and value[:2] in names:
        return value[:2]
    return None


RAW = "pismo.raw_paths"  # the context's meta: each path parameter's value as typed


def as_folder(name: str) -> bool:
    """Whether the path parameter `name` was typed ending in a separator („nowy-folder/”): a folder, made or not."""
    raw = click.get_current_context().meta.get(RAW, {}).get(name, "")
    return raw.endswith(("/", os.sep))


def _path(**kwargs) -> click.Path:
    """click.Path names itself ("directory") in its constructor, before install() could translate it: the
    name goes into its messages and the help's metavar, so it is set here in Polish."""
    path = _Path(path_type=Path, readable=False, **kwargs)
    path.name = gettext(path.name)
    return path


# Paths are taken as given: whether a file exists and can be read is said by pismo's own reader, in Polish
# and with the file named, after the other files of the command were handled (click's "is not readable."
# would end the whole command as a usage error, exit 2).
PATH = _path()
OUTPUT = _path(writes=True)  # a path pismo creates: the output folder
OUTPUT_FILE = _path(writes=True, names_file=True)  # a file pismo creates: nowa's case file, import's -o


class _Program(click.ParamType):
    """A program's path or name (--soffice), never an empty one: `--soffice "$SOFFICE"` with the variable unset
    meant „search PATH” without a word."""

    name = "ścieżka"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("pusta ścieżka (np. nieustawiona zmienna w skrypcie) – podaj program LibreOffice (soffice) "
                      "albo pomiń tę opcję", param, ctx)
        return value


PROGRAM = _Program()
PROGRAM_HELP = ("Program LibreOffice (soffice); domyślnie zmienna PISMO_SOFFICE, a bez niej soffice z PATH albo ze "
                "zwykłych folderów instalacji LibreOffice.")  # every --soffice: „only PATH” was untrue (rev-sys13 #7)


class _Word(click.ParamType):
    """A word naming something of pismo's (a kind of document), not a file: read back as the UTF-8 typed
    (typed.read_back), the one undoing of a C locale's decoding – `szablony zmienne protokół` matched no name
    under LC_ALL=C (rev-sys12 #10)."""

    name = "tekst"

    def convert(self, value, param, ctx):
        return typed.read_back(value) if isinstance(value, str) else value


WORD = _Word()


_UNITS = {"s": 1, "sek": 1, "sekund": 1, "sekundy": 1, "sekunda": 1, "m": 60, "min": 60, "minut": 60, "minuty": 60,
          "minuta": 60, "h": 3600, "godz": 3600, "godzina": 3600, "godziny": 3600, "godzin": 3600}
_WITH_UNIT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?\s*")


class _Seconds(click.IntRange):
    """A number of seconds (--czas); one written with its unit („600s”, „10m”, „10 min”) is told to be the bare
    number of seconds, with it computed: „„600s” – to nie jest liczba całkowita” left the unit unnamed."""

    def convert(self, value, param, ctx):
        found = _WITH_UNIT.fullmatch(value) if isinstance(value, str) else None
        unit = _UNITS.get(found.group(2).casefold()) if found else None
        if unit is not None:
            number = round(float(found.group(1).replace(",", ".")) * unit)
            number = max(self.min, min(number, self.max))
            name = param.opts[0] if isinstance(param, click.Option) else "…"
            self.fail(f"„{value}” – podaj samą liczbę sekund, bez jednostki, np. {name} {number}", param, ctx)
        return super().convert(value, param, ctx)


def seconds(low: int, high: int) -> click.IntRange:
    """The type of an option giving seconds, from `low` to `high`."""
    return _Seconds(low, high)


def _format_possibilities(possibilities: list[str]) -> str:
    """click's „Did you mean …?”, its names in Polish quotes."""
    shown = ", ".join(f"„{p}”" for p in sorted(possibilities))
    return ngettext("Did you mean {possibility}?", "", len(possibilities)).format(possibility=shown,
                                                                                 possibilities=shown)


def _folded(name: str) -> str:
    """A command or option name without letter case and Polish letters: Caps Lock („PLAN”, „--PDF”) and
    „--dzień” for „--dzien” are the same name mistyped."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold().replace("ł", "l"))
                   if not unicodedata.combining(c))


def _hinting(cls) -> None:
    """click suggests only names spelt alike in the same letter case: the one that differs only in case or
    Polish letters is suggested too."""
    original = cls.__init__

    def init(self, name, message=None, possibilities=None, ctx=None):
        possibilities = list(possibilities or [])
        original(self, name, message, possibilities, ctx)
        if not possibilities and ctx is not None and cls is click.exceptions.NoSuchOption:  # a short one („-O”,
            possibilities = [n for p in ctx.command.get_params(ctx) for n in (*p.opts, *p.secondary_opts)]  # Caps)
        same = [p for p in possibilities if _folded(p) == _folded(name)]  # click gives no names for
        key = _folded(name).lstrip("-")
        if same:
            self.possibilities = same
        elif key in _ASKED:  # „pismo pomoc”, „--wersja”: what the officer types first
            self.possibilities = [_ASKED[key]]
        elif key in _FOREIGN and ctx is not None and _FOREIGN[key] in _long_options(ctx.command, ctx).values():
            self.possibilities = [_FOREIGN[key]]  # „--out”, „--outdir”: another program's name of --wyjscie
        if not self.possibilities and cls is click.exceptions.NoSuchOption and ctx is not None:
            self.message = f"{self.message}{_elsewhere(name, ctx)}"
        way = _command_first(name, ctx, cls is click.exceptions.NoSuchCommand)
        if way:
            self.possibilities = []
            self.message = f"{self.message} {way}" if cls is click.exceptions.NoSuchCommand else way

    cls.__init__ = init


_FILE_COMMANDS = {".yaml": "sprawdz {0} albo {1} wszystko {0}", ".yml": "sprawdz {0} albo {1} wszystko {0}",
                  ".docx": "pdf {0}"}  # what a file typed first most often asks for


def _command_first(name: str, ctx, command: bool) -> str | None:
    """The way forward for a word given to pismo before any command: a case file (`pismo b.yaml`, dragged onto the
    terminal) or a command's option (`pismo -o wyn plan b.yaml`) – „Nie ma polecenia „b.yaml””, „Czy chodziło o
    plan?” and „Nie ma opcji „-o”” told nothing to type (rev-sys13 #12). None for any other word."""
    if ctx is None or not isinstance(ctx.command, click.Group) or ctx.parent is not None:
        return None
    pismo = "pismo"  # as every command pismo advises is written
    if command:
        kind = os.path.splitext(name)[1].casefold()
        if kind not in _FILE_COMMANDS and not os.path.isfile(name):
            return None
        example = _FILE_COMMANDS.get(kind, _FILE_COMMANDS[".yaml"]).format(polish.as_typed(name), pismo)
        return f"Najpierw podaj polecenie, a po nim plik, np. {pismo} {example}."
    owners = [cmd for cmd, sub in ctx.command.commands.items() if not sub.hidden and any(
        name in (*p.opts, *p.secondary_opts) for p in sub.get_params(ctx) if isinstance(p, click.Option))]
    if not owners:
        return None
    words = ctx.meta.get(_WORDS, [])
    given = next((word for word in words if word in owners), None)
    if given is not None:
        at = words.index(given)
        words, owner = [*words[:at], *words[at + 1:]], f"polecenia {given}"
    else:
        given = "wszystko" if "wszystko" in owners else owners[0]
        owner = f"polecenia {given}" if len(owners) == 1 else f"poleceń {', '.join(owners)}"
    typed_again = " ".join(polish.as_typed_word(word) for word in (given, *words))
    return f"„{name}” to opcja {owner}, a stoi przed nazwą polecenia – podaj ją po niej, np. {pismo} {typed_again}"


_WORDS = "pismo.words"  # the context's meta: the words of the command line given to the group


def _elsewhere(name: str, ctx) -> str:
    """Where an option this command lacks belongs („-j” of wszystko and pdf, „--pdf” of plan): „Nie ma opcji”
    alone sent the officer looking for a typo."""
    parent = ctx.parent
    if parent is None or not isinstance(parent.command, click.Group):
        return ""
    owners = [command for command, sub in parent.command.commands.items() if sub is not ctx.command and not sub.hidden
              and any(name in (*p.opts, *p.secondary_opts) for p in sub.get_params(ctx) if isinstance(p, click.Option))]
    if not owners:
        return ""
    which = "polecenia" if len(owners) == 1 else "poleceń"
    return f" {name} jest opcją {which} {', '.join(owners)} – w poleceniu {ctx.info_name} jej nie ma."


_ASKED = {"pomoc": "--help", "help": "--help", "wersja": "--version", "version": "--version", "?": "--help",
          "/?": "--help"}  # „-?” and „/?”: Windows' help switches
_FOREIGN = {"out": "--wyjscie", "output": "--wyjscie", "outdir": "--wyjscie", "timeout": "--czas"}  # other
# programs' long names of pismo's options („outdir”: LibreOffice's own; „timeout”: its docs' and every tool's)


def _single_dash(cls) -> None:
    """A long option typed with one dash (`-help`, `-pdf`, `-jobs 2` – the Windows and Java habit) is refused
    with the option meant: click read it as short options clustered – „Nie ma opcji „-e””, „„obs” nie jest
    liczbą”, and `-out` wrote the documents into a new folder „ut” without a word."""
    original = cls.parse_args

    def parse_args(self, ctx, args):
        if isinstance(self, click.Group):
            ctx.meta[_WORDS] = list(args)
        own = _own_words(self, args)
        if "--" in own:  # the words after it are names, whatever their shape (`nowa -- -pdf.yaml`)
            ctx.meta["pismo.named"] = set(own[own.index("--") + 1:])
        read = [typed.read_back(word) for word in own]  # LC_ALL=C: the words as typed, in UTF-8 – for every rule
        try:  # (rev-sys11 #7; `/dzień:1.05.2025` was a case file: rev-sys12 #2)
            _typed_slips(ctx, read)
            _typographic_dash(ctx, read)
            _empty_number(ctx, read)
            _windows_switch(self, ctx, read)
            _short_with_equals(self, ctx, read)
            _option_as_value(ctx, read)
            meant = _meant(self, ctx, read)
            if meant:
                error = click.NoSuchOption(meant[0], ctx=ctx)
                error.possibilities = [meant[1]] if meant[1] else []  # click keeps only names spelt alike („-out”
                raise error  # is no „--wyjscie”); none: the word typed is named whole, not its first letter
        except click.UsageError as error:
            error.message = _as_given(error.message, own, read)
            raise
        return original(self, ctx, args)

    cls.parse_args = parse_args


def _as_given(message: str, words: list[str], read: list[str]) -> str:
    """A refusal about words read back from UTF-8 (typed.read_back) with their characters as the bytes they came
    as: the console writes those to an ASCII stream as they are, so the officer's UTF-8 terminal shows the „ and
    the – he typed, not the '"' and '-' they fold to (the message then named a dash it showed as a hyphen)."""
    changed = [back for word, back in zip(words, read) if word != back]
    parts = {part for back in changed for part in (back, back.partition("=")[2], back.strip(typed.QUOTES + " "))}
    parts |= {ch for back in changed for ch in back if ord(ch) > 127 and not ch.isalpha()}  # a quote, a dash
    for part in sorted(parts - {""}, key=len, reverse=True):  # a name whole: its letters folded named another
        message = message.replace(part, os.fsdecode(part.encode("utf-8")))
    return message


def _own_words(command: click.Command, args: list[str]) -> list[str]:
    """The words of the command line that are this command's: a group's end with its subcommand's name (the rest
    are told by the subcommand, with its own usage line)."""
    if not isinstance(command, click.Group):
        return args
    name = next((i for i, arg in enumerate(args) if arg == "--" or not arg.startswith("-")), len(args))
    return args[:name + 1]


def _typed_slips(ctx, words: list[str]) -> None:
    """A word with what the officer did not type – a CR from a script with Windows line ends, Word's quotes, hard
    or zero-width spaces – refused before anything is written, whatever it is (a value, a flag, a command name):
    unnamed, `--dzien 2025-05-01<CR>` was „not a date”, `-o „moje pisma”` made a folder with the quotes."""
    named = False  # after „--” every word is a name, quotes and all (`nowa -- "'x.yaml'"`)
    for at, word in enumerate(words):
        if word == "--" and not named:
            named = True
            continue
        value = word if named else (_given(ctx, word) or (None, word.partition("=")[2] if word.startswith("--")
                                                          and "=" in word else word))[1]
        if not named and _GROUPED.fullmatch(value) and _number_given(ctx, words[at - 1] if at else "", word)[0]:
            continue  # „1 000” with Word's hard space: the number's own rule tells it in one step (_digit_groups)
        told = typed.slip(value, named) or (value != word and typed.slip(word))
        if told:
            raise click.UsageError(told, ctx)


def _windows_switch(command: click.Command, ctx, args: list[str]) -> None:
    """`/o:wyniki`, `/o wyniki`, `/nadpisz`, `/?` – Windows' way of writing an option of the command – refused
    with the spelling meant, before anything is written: `wszystko sprawa.yaml /o:x` wrote the documents into
    pisma/ and told „/o:x” a failed case."""
    options = {}
    for param in command.get_params(ctx):
        if isinstance(param, click.Option):
            for name in (*param.opts, *param.secondary_opts):
                options.setdefault(_folded(name.lstrip("-")), (name, param))
    for i, arg in enumerate(args):
        if arg == "--":
            return
        if not arg.startswith("/") or typed.exists(arg) or (i and _takes_value(args[i - 1], options)):
            continue
        key, value = _switch_parts(arg)
        key = _folded(key)
        meant = _ASKED.get(key) or _FOREIGN.get(key, "")  # `/timeout:600`: another program's name (rev-sys10 #7)
        name, param = options.get(key) or options.get(_folded(meant).lstrip("-"), (None, None))
        if name is None:
            _foreign_switch(ctx, arg, meant or (f"-{key}" if len(key) == 1 else f"--{key}"))
            continue
        why = ""
        if not param.is_flag and not param.count:
            following = args[i + 1] if i + 1 < len(args) and not _switch_or_option(args[i + 1], options) else ""
            given = value.strip() or following
            why, name = _value_advice(param, name, given) if given else ("", f"{name} {param.metavar or '…'}")
        raise click.UsageError(f"„{arg}” to zapis opcji z Windows, a w pismo opcje zaczynają się od „-”{why}. "
                               f"Czy chodziło o „{name.removeprefix('np. ')}”?", ctx)


def _switch_or_option(word: str, options: dict) -> bool:
    """Whether the word after a Windows switch is another option, not its value: `/o /tmp/x` is the folder /tmp/x
    (it was advised „-o FOLDER”, rev-sys12 #9), `/o /nadpisz` two switches."""
    if word.startswith("-"):
        return True
    key = _folded(_switch_parts(word)[0]) if word.startswith("/") else None
    return key is not None and (key in options or key in _ASKED or key in _FOREIGN)


def _foreign_switch(ctx, arg: str, name: str) -> None:
    """A Windows switch of an option another command has (`pdf x.docx /o:pdfy`) told as such: it was taken as a
    file name – „nie ma takiego pliku”, and `terminy` listed its deadlines anyway (rev-sys11 #15)."""
    elsewhere = _elsewhere(name, ctx) if ctx is not None else ""
    if elsewhere:
        raise click.UsageError(f"„{arg}” to zapis opcji z Windows, a w pismo opcje zaczynają się od „-”.{elsewhere}",
                               ctx)


def _switch_parts(word: str) -> tuple[str, str]:
    """(name, value) of a Windows switch: `/o:x` and `/o=x` alike (rev-sys10 #3) – for every rule that reads one
    (`/j=−2` was advised „-j −2”, `/j:−2` told in one step: rev-sys11 #2)."""
    key, value = re.match(r"([^:=]*)[:=]?(.*)", word[1:], re.S).groups()
    return key, value


def _takes_value(word: str, options: dict) -> bool:
    """Whether `word` is an option of the command that takes the next word as its value (`-o /pdf`: a path)."""
    found = options.get(_folded(word.lstrip("-"))) if word.startswith("-") else None
    return found is not None and word == found[0] and not found[1].is_flag and not found[1].count


def _short_with_equals(command: click.Command, ctx, args: list[str]) -> None:
    """`-o=wyniki` (the habit of `--wyjscie=wyniki`) and `-o:wyniki` (Windows' `/o:wyniki`) are refused with
    both spellings: click took „=wyniki” or „:wyniki” as the value and wrote the documents into a new folder of
    that name without a word."""
    options = [param for param in command.get_params(ctx) if isinstance(param, click.Option)]
    for arg in args:
        if arg == "--" or (not arg.startswith("-") and isinstance(command, click.Group)):
            return
        if arg.startswith("--"):
            _long_with_colon(ctx, options, arg)
            continue
        if len(arg) < 3 or arg[2] not in "=:":
            continue
        typed, sign, value = arg[:2], arg[2], arg[3:]
        option = next((p for p in options if typed in p.opts), None)
        if option is None:
            continue
        if option.is_flag:
            raise click.UsageError(f"„{arg}”: opcja {typed} nie przyjmuje wartości – napisz samo {typed}", ctx)
        long = next((name for name in option.opts if name.startswith("--")), None)
        why, meant = _value_advice(option, typed, value.strip() or option.metavar or "…")
        other = f" albo {long}={meant.split(' ', 1)[1]}" if long and not why and not meant.startswith("np. ") else ""
        raise click.UsageError(f"„{arg}”: po krótkiej opcji nie pisze się „{sign}”{why} – napisz {meant}{other}", ctx)


def _option_as_value(ctx, args: list[str]) -> None:
    """An option of the command right after one that takes a value (`serwer --host --port 8977`: the address
    forgotten) told as the value missing, as -o's path is (_not_a_path): it was taken as the value – „Nadmiarowy
    argument: „8977””, „„--host” – to nie jest liczba całkowita” (rev-sys12 #5)."""
    for at, word in enumerate(args[1:], 1):
        if word == "--" or args[at - 1] == "--":
            return
        before = args[at - 1]
        option = _taken_param(before, ctx) if before.startswith("-") else None
        if option is None or option.is_flag or option.count or isinstance(option.type, click.Path) \
                or before not in option.opts or _option_taken(word, ctx) is None:
            continue
        example = _example(option) if _numeric(option) else option.default
        taken = _taken_param(_option_taken(word, ctx), ctx)
        following = args[at + 1] if at + 1 < len(args) and not args[at + 1].startswith("-") else taken.metavar
        after = f"{word} {following}" if not taken.is_flag and not taken.count and "=" not in word else word
        shown = f", np. {before} {example} {after}" if example is not None else ""
        raise click.UsageError(f"„{word}” to opcja, a nie wartość {before} – zaraz po {before} podaj jej wartość"
                               f"{shown}", ctx)


def _long_with_colon(ctx, options: list[click.Option], arg: str) -> None:
    """`--dzien:1.05.2025`, `--czas:600` (Windows' `/czas:600` with the long name) refused with both spellings:
    „Nie ma opcji „--czas:600”. Czy chodziło o „--czas”?” did not say the „:” was wrong (rev-sys12 #11)."""
    name, colon, value = arg.partition(":")
    if not colon or "=" in name:
        return
    option = next((p for p in options if _folded(name) in {_folded(n) for n in (*p.opts, *p.secondary_opts)}), None)
    if option is None:
        return
    name = next(n for n in (*option.opts, *option.secondary_opts) if _folded(n) == _folded(name))
    if option.is_flag or option.count:
        raise click.UsageError(f"„{arg}”: opcja {name} nie przyjmuje wartości – napisz samo {name}", ctx)
    why, meant = _value_advice(option, name, value.strip() or option.metavar or "…")
    other = "" if why or meant.startswith("np. ") else f" albo {meant.replace(' ', '=', 1)}"
    raise click.UsageError(f"„{arg}”: po opcji nie pisze się „:”{why} – napisz {meant}{other}", ctx)


_DASHES = {"\u2010": "łącznika typograficznego (‐)", "\u2011": "łącznika nierozdzielającego (‑)",
           "\u2012": "kreski cyfrowej (‒)", "\u2013": "półpauzy (–)", "\u2014": "pauzy (—)",
           "\u2015": "kreski poziomej (―)", "\u2212": "znaku minus (−)"}


def _typographic_dash(ctx, args: list[str]) -> None:
    """`–pdf`, `—pdf`: what Word's AutoCorrect (or a PDF's font) makes of „--” in an instruction the command was
    copied from – refused with the spelling meant, before anything is written (the word was taken as a file or
    a folder, or as an extra argument)."""
    for at, arg in enumerate(args):
        if arg == "--":
            return
        _dashed_number(ctx, args[at - 1] if at else "", arg)
        run = len(arg) - len(arg.lstrip("-" + "".join(_DASHES)))  # Word's dashes mixed with hyphens too (`–-pdf`)
        dash = next((c for c in arg[:run] if c in _DASHES), None)
        if dash is None or typed.exists(arg):
            continue
        if at and _value_of(ctx, args[at - 1], arg, dash):
            continue
        rest = _attached(ctx, arg[run:]) if run == 1 else arg[run:]
        meant = ("-" if run == 1 and len(rest.split("=", 1)[0]) == 1 else "--") + rest
        if not _option_shaped(ctx, meant):  # `–plan.yaml`: a name, left to the rules for names
            continue
        why, meant = _dash_meant(ctx, rest, args[at + 1] if at + 1 < len(args) else "") or ("", meant)
        where = "zaczyna się od" if arg[0] == dash else "zaczyna się od łącznika i"
        raise click.UsageError(f"„{arg}” {where} {_DASHES[dash]}, a nie od łączników (-){why} – wpisz {meant} "
                               f"{_WORD}", ctx)


_WORD = "(tak zmienia kreski Word przy kopiowaniu polecenia z dokumentu)"


def _value_of(ctx, before: str, word: str, dash: str) -> bool:
    """Whether a word beginning with Word's dash stands where the option `before` takes its value (`-o –wyniki`):
    then it is that value, told by the value's own rules – „wpisz --wyniki” named an option that does not exist.
    One that names an option (`-o –-nadpisz`) is told here in one step: the value is missing (rev-sys12 #6)."""
    option = _taken_param(before, ctx) if before.startswith("-") else None
    if option is None or option.is_flag or option.count or before not in option.opts:
        return False
    found = _dash_meant(ctx, word.lstrip("-" + "".join(_DASHES)), "")
    if found is None:
        return True
    told = f"„{word}” zaczyna się od {_DASHES[dash]}, a nie od łączników (-)"
    missing = _not_a_path(found[1], option, ctx) if isinstance(option.type, click.Path) else \
        f"„{found[1]}” to opcja, a zaraz po {before} brakuje wartości"
    raise click.UsageError(f"{told}; {missing} {_WORD}", ctx)


def _attached(ctx, rest: str) -> str:
    """What follows one Word dash, as `x=V` when it is a short option with its value attached (`–j2`, `–owyniki`,
    `–j−2`, `–o/tmp/x`) – the one reading of `-xV` (_given) the hyphen spelling has: it was advised „wpisz --j2”
    or taken as a case file (rev-sys12 #1). A long option's name (`–pdf`) stays one."""
    if _option_meant(f"--{rest.split('=', 1)[0]}", ctx) is not None:
        return rest
    given = _given(ctx, f"-{rest}")
    return f"{rest[0]}={given[1]}" if given is not None else rest
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _dash_meant(ctx, rest: str, following: str) -> tuple[str, str] | None:
    """(why else, what to type) for the command's own option a word after Word's dashes stands for, with its
    value: `–-o` is -o, `–z` --z, `–O` -o, `–-output` --wyjscie, `–-PDF` --pdf – „wpisz --o”, „wpisz -O” named
    options that do not exist (rev-sys10 #2, rev-sys11 #12). A value with Word's minus goes through the one
    number rule (`–j −0`: „wpisz -j 0” was refused next, rev-sys11 #1); a flag's value is dropped (`—-nadpisz=tak`:
    „wpisz --nadpisz tak” made „tak” an extra argument, rev-sys11 #4). None when no option is known."""
    name, sep, value = rest.partition("=")
    if not sep and following[:1] in _DASHES and _NUMBER.fullmatch(following[1:]):
        sep, value = " ", following  # the number after it, told in the same advice
    found = _short_meant(ctx, name) if len(name) == 1 else None
    found = found or _option_meant(f"--{name}", ctx)
    if found is None:
        return None
    param = _taken_param(found, ctx)
    if not sep or param is None:
        return "", found
    if param.is_flag or param.count:
        return f"; opcja {found} nie przyjmuje wartości (samo {found} ją włącza, pominięta jest wyłączona)", found
    return _value_advice(param, found, value)


def _value_advice(option: click.Option, name: str, value: str) -> tuple[str, str]:
    """(why else, what to type) for `value` given to `option` in another spelling (after Word's dash, as a Windows
    switch): through the value's own slip rules – Word's minus of a number, Word's dashes of a date – and as a
    shell word. „--dzien 1–05–2025” and „-o moje pisma” were advised as typed, and refused or split next
    (rev-sys12 #9, #15)."""
    advice = _number_advice(option, name, value)
    if advice is not None:
        why, meant = advice
        return f"; „{value}” {why}", meant
    dashed = None if isinstance(option.type, click.Path) else dashed_digits(value)  # a folder „2024–2025” is one
    if dashed is not None:
        odd, meant = dashed
        return f"; w „{value}” zamiast łączników (-) jest znak {odd} (U+{ord(odd):04X})", f"{name} {meant}"
    shown = _path_word(value) if isinstance(option.type, click.Path) else polish.as_typed_word(value)
    return "", f"{name} {shown}"


def _path_word(value: str) -> str:
    """A path as a shell word, its leading „~” or „~user” left for the shell to expand (`-o=~/x` is advised
    „-o ~/x”, not „./~/x”)."""
    head, sep, rest = value.partition("/")
    if re.fullmatch(r"~[\w.-]*", head):
        return head + sep + (polish.as_typed(rest) if rest else "")
    return polish.as_typed(value)


def dashed_digits(value: str) -> tuple[str, str] | None:
    """(Word's dash found, the value with hyphens) for numbers joined by Word's dashes („1–05–2025”, „2025—5—1”),
    else None – the one rule for a date typed after a Word-dashed or Windows-spelt option and for --dzien itself."""
    read = typed.read_back(value)  # LC_ALL=C: the dashes as typed, in UTF-8 (rev-sys11 #7)
    dashed = "".join("-" if ch in _DASHES else ch for ch in read)
    if dashed == read or not re.fullmatch(r"\s*\d+(?:-\d+)+\s*", dashed):
        return None
    return next(ch for ch in read if ch in _DASHES), dashed.strip()


def _short_meant(ctx, letter: str) -> str | None:
    """The command's short option `-letter`, else the one of the other letter case („–O” typed with Caps Lock
    for -o) when the command has no option of that case."""
    options = {opt for param in ctx.command.get_params(ctx) for opt in (*param.opts, *param.secondary_opts)}
    return next((dashed for dashed in (f"-{letter}", f"-{letter.swapcase()}") if dashed in options), None)


def _number_advice(option: click.Option, name: str, value: str) -> tuple[str, str] | None:
    """(why, what to type) for a number given to `option` (typed as `name`) with Word's minus or dash in front,
    else None: the one rule for every spelling of the option and its value – the minus dropped only for a −0
    where 0 is allowed, else a value in the option's range („−5” of --czas: „wpisz np. --czas 10”)."""
    value = value.strip()
    dash = value[:1]
    if dash not in _DASHES or not _NUMBER.fullmatch(value[1:]):
        return None
    low, high = getattr(option.type, "min", None), getattr(option.type, "max", None)
    number = float(value[1:].replace(",", "."))
    if low is None or low < 0 or (number == 0 and low == 0):  # −0 is no negative number: the dash alone is wrong
        meant = value[1:] if number == 0 else f"-{value[1:]}"
        return f"zaczyna się od {_DASHES[dash]}, a nie od łącznika (-)", f"{name} {meant}"
    example = max(low, min(round(number), high if high is not None else round(number)))
    if example < _ORDINARY.get(option.name, low) and isinstance(option.default, int):
        example = option.default  # „−1” of --port: „wpisz np. --port 1” named a port only root may open
    scope = f"od {low} do {high}" if high is not None else f"od {low} wzwyż"
    what = "to liczba ujemna" if number else "to zero"  # −0 below the range: „wpisz -j 0” was refused next (rev-sys10 #1)
    return f"{what}, a {name} przyjmuje liczby {scope}", f"np. {name} {example}"


_ORDINARY = {"port": 1024}  # the lowest value an officer's example may have: ports below are the system's


def _digit_groups(convert):
    """click's integer conversion, with a number written in groups of digits refused with the number meant:
    „18 765” (Polish spacing of thousands) was „nie jest liczbą całkowitą”, Python's „18_765” was taken
    (rev-sys13 #10)."""
    def checked(self, value, param, ctx):
        if isinstance(value, str) and _GROUPED.fullmatch(value.strip()):
            whole = re.sub(r"[\s_]", "", value)
            sign = "„_”" if "_" in value else "spacji"
            name = f"{param.opts[0]} " if isinstance(param, click.Option) else ""
            self.fail(f"„{value}” – liczbę pisze się bez {sign} między cyframi – wpisz {name}{whole}", param, ctx)
        return convert(self, value, param, ctx)

    return checked


_GROUPED = re.compile(r"[+-]?(?:\d{1,3}(?:\s\d{3})+|\d+(?:_\d+)+)")  # thousands as written in Polish; Python's „_”


def _dashed_number(ctx, before: str, word: str) -> None:
    """A number given to an option with Word's minus or dash told in one message with what to type, in every
    spelling of the option and its value (`--dni −5`, `--dni=−5`, `-j=−2`, `-j−2`, `/dni:−5`, `' −5 '`): „wpisz
    -5” was followed by a second refusal, -5 being out of the option's range."""
    option, value = _number_given(ctx, before, word)
    if option is None:
        return
    name = _option_typed(word, before)
    name = name if name in option.opts else option.opts[0]  # `/dni:−5`: the option's own spelling
    advice = _number_advice(option, name, value)
    if advice is not None:
        why, meant = advice
        tail = "" if meant.startswith("np. ") else f" {_WORD}"
        raise click.UsageError(f"„{value}” {why} – wpisz {meant}{tail}", ctx)


def _empty_number(ctx, args: list[str]) -> None:
    """An empty value of a number option (`-j "$JOBS"` with the variable unset, `--dni=`) told by its likely cause,
    as the path options tell theirs: „„” – to nie jest liczba całkowita” read as a printing fault (rev-sys10 #14)."""
    for at, arg in enumerate(args):
        if arg == "--":
            return
        option, value = _number_given(ctx, args[at - 1] if at else "", arg)
        if option is not None and not value.strip():
            raise click.BadParameter(f"pusta wartość (np. nieustawiona zmienna w skrypcie) – podaj liczbę, np. "
                                     f"{option.opts[0]} {_example(option)}, albo pomiń opcję", ctx, option)


def _example(option: click.Option) -> int:
    """A number to show for an option: the help's own example („np. --czas 600”), else its default, else its
    lowest value – „np. --czas 10”, the minimum, stopped every ordinary document after 10 s (rev-sys11 #6)."""
    shown = re.search(rf"np\. (?:{'|'.join(map(re.escape, option.opts))}) (\d+)", option.help or "")
    if shown:
        return int(shown.group(1))
    if isinstance(option.default, int):
        return option.default
    low, high = getattr(option.type, "min", None) or 0, getattr(option.type, "max", None)
    return min(max(low, 1), high or max(low, 1))


def _number_given(ctx, before: str, word: str) -> tuple[click.Option | None, str]:
    """(the number option `word` gives a value to, that value) – `--dni=V`, `-j=V`, `-j:V`, `-jV`, `/dni:V`,
    `/dni=V` (_given), or `word` as the value of the option `before` – else (None, word)."""
    given = _given(ctx, word)
    if given is not None:
        return given if _numeric(given[0]) else (None, given[1])
    if word.startswith("--") and "=" in word:
        return None, word.split("=", 1)[1]
    numbers = {name: p for p in ctx.command.get_params(ctx) if isinstance(p, click.Option) and _numeric(p)
               for name in p.opts}
    return numbers.get(before), word


def _numeric(option: click.Option) -> bool:
    return isinstance(option.type, (click.types.IntParamType, click.types.FloatParamType))


def _given(ctx, word: str) -> tuple[click.Option, str] | None:
    """(the option of the command taking a value that `word` gives its value itself, that value) – `--dni=V`,
    `-oV`, `-o=V`, `-o:V`, `/o:V`, `/o=V`, `/timeout:V` – else None: the one split of a word every rule reads
    (`-o„wyniki”` was looked at whole, and made a folder with Word's quotes: rev-sys11 #19)."""
    options = {name: p for p in ctx.command.get_params(ctx) if isinstance(p, click.Option) and not p.is_flag
               and not p.count for name in p.opts}
    if word.startswith("--") and ":" in word.split("=", 1)[0]:  # `--dzien:1.05.2025`: Windows' „:” (rev-sys12 #11)
        name, value = word.split(":", 1)
        return (options[name], value) if name in options else None
    if word.startswith("--") and "=" in word:
        name, value = word.split("=", 1)
        return (options[name], value) if name in options else None
    if word.startswith("-") and word[:2] in options and len(word) > 2:
        return options[word[:2]], word[3:] if word[2] in "=:" else word[2:]
    if word.startswith("/") and (":" in word or "=" in word):
        key, value = _switch_parts(word)
        key = _folded(key)
        meant = _FOREIGN.get(key)  # `/timeout:−600`: another program's name of --czas, as _windows_switch reads it
        found = next((p for n, p in options.items() if _folded(n.lstrip("-")) == key or n == meant), None)
        return (found, value) if found is not None else None
    return None


def _option_typed(word: str, before: str) -> str:
    """The option's name as the officer typed it: `-j` of `-j=−2` and `-j−2`, else the word before the value."""
    if word.startswith("--") and "=" in word:
        return word.split("=", 1)[0]
    return word[:2] if word.startswith("-") and not word.startswith("--") else before


def _option_shaped(ctx, word: str) -> bool:
    """Whether `word` is an option of the command or could only be one mistyped (letters and hyphens, no „.”
    or „/” of a file name): „--plan.yaml” was advised for `–plan.yaml`, and then „Nie ma opcji”."""
    name = word.split("=", 1)[0]
    options = {opt for param in ctx.command.get_params(ctx) for opt in (*param.opts, *param.secondary_opts)}
    return name in options or re.fullmatch(r"-{1,2}[^\W\d_][\w-]*", name) is not None


def _meant(command: click.Command, ctx, args: list[str]) -> tuple[str, str] | None:
    """(what was typed, the long option meant) for the first single-dash word naming a long option of the
    command (a group's own options end at its subcommand), else None."""
    longs = _long_options(command, ctx)
    shorts = {name for param in command.get_params(ctx) for name in (*param.opts, *param.secondary_opts)
              if not name.startswith("--")}
    for arg in args:
        if arg == "--" or (not arg.startswith("-") and isinstance(command, click.Group)):
            return None
        if not arg.startswith("-") or arg.startswith("--"):
            continue
        typed = arg.split("=", 1)[0]
        key = _folded(typed[1:])
        meant = longs.get(key) or (_FOREIGN.get(key) if _FOREIGN.get(key) in longs.values() else None) or (
            _ASKED.get(key) if _ASKED.get(key) in longs.values() else None)
        if meant:
            return typed, meant
        if (key in _FOREIGN or key in _ASKED) and typed not in shorts:  # „-out” where there is no --wyjscie:
            return typed, None  # the word named, not „-o” of its letters
    return None


def _long_options(command: click.Command, ctx) -> dict[str, str]:
    """The command's long options by their folded names without the dashes."""
    return {_folded(name[2:]): name for param in command.get_params(ctx)
            for name in (*param.opts, *param.secondary_opts) if name.startswith("--")}


def _quoted_hints(hints) -> str | None:
    """click's names of a parameter („'-o' / '--wyjscie'”, „'SPRAWA.yaml…'”) in Polish quotes, without the
    ellipsis click adds to a metavar of several values."""
    if hints is None or isinstance(hints, str):
        return hints
    return "/".join(f"„{str(hint).removesuffix('…')}”" for hint in hints)


def _error_hint(self, ctx=None) -> str:
    return _quoted_hints(self.opts or [self.human_readable_name])


def _argument_hint(self, ctx=None) -> str:
    return _quoted_hints([self.make_metavar(ctx) if ctx is not None else self.human_readable_name])


def _unfailing_show(cls) -> None:
    """A usage error whose text cannot be written (stderr on a full disk, closed) keeps its exit code 2: the
    OSError escaped click and the command ended with 1 and a traceback, README: 2 = „błędne wywołanie”."""
    original = cls.__dict__["show"]

    def show(self, file=None):
        try:
            original(self, file)
        except (OSError, ValueError):  # the stream refused: the code still says it
            pass

    cls.show = show


def install() -> None:
    if getattr(click.core.Command, "_pismo_pl", False):
        return
    original = click.core.Command.__init__

    def init(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[OPCJE]")
        original(self, *args, **kwargs)

    click.core.Command.__init__ = init
    click.core.Command._pismo_pl = True
    click.types._NumberRangeBase._describe_range = _describe_range
    click.types.IntParamType.convert = _digit_groups(click.types.IntParamType.convert)
    click.exceptions._format_possibilities = _format_possibilities
    click.exceptions._join_param_hints = _quoted_hints
    click.core.Parameter.get_error_hint = _error_hint  # options (an Option adds its variable to this)
    click.core.Argument.get_error_hint = _argument_hint
    for cls in (click.exceptions.NoSuchOption, click.exceptions.NoSuchCommand):
        _hinting(cls)
    for cls in (click.exceptions.ClickException, click.exceptions.UsageError):
        _unfailing_show(cls)
    _single_dash(click.core.Command)
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
    _no_console_wrapper()


def _no_console_wrapper() -> None:
    """Keep click 8.1's colorama wrapper off Windows consoles.

    click 8.1 wraps a Windows console in colorama when it is installed; the
    wrapper acts on escape sequences (from a file name, say) before pismo's
    sanitiser (errors.visible) can show them harmlessly. Newer click has no
    wrapper, so this is a no-op there.
    """
    import click.utils

    if getattr(click.utils, "auto_wrap_for_ansi", None) is not None:
        click.utils.auto_wrap_for_ansi = None
