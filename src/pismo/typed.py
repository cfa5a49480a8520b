"""What a word typed for pismo (an argument, an option's value, a variable) holds that the officer did not type.

One rule for every value, flag and command name: a script saved with Windows line ends leaves a CR on a line's
last word, and a command copied from Word, Outlook or a web page brings typographic quotes and hard or zero-width
spaces – all unseen in a message that quotes the word, so each is named.
"""

from __future__ import annotations

import os
import re
import tempfile
import urllib.parse

from pismo.errors import visible

QUOTES = "„“”‟«»‹›‘’‚‛\"'"  # Word's AutoFormat makes "…" into „…” or “…”; cmd.exe keeps '…' as part of the word
HARD_SPACES = "\u00a0\u2007\u202f"  # no-break spaces: printed as a space, not one to the shell
SPACES = "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"  # other widths, alike
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # printed as nothing
MARKS = "\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # a soft hyphen (a web
# page's or a PDF's hyphenation, Word's optional hyphen) and text direction marks: printed as nothing too
UNSEEN = HARD_SPACES + SPACES + ZERO_WIDTH + MARKS  # every character typed.slip names
_NAMES = {"\u2009": "wąska spacja", "\u200a": "bardzo wąska spacja", "\u202f": "wąska twarda spacja",
          "\u3000": "szeroka spacja", "\u00ad": "miękki łącznik (niewidoczny znak podziału wyrazu)"}


def slip(word: str, named: bool = False) -> str | None:
    """Why `word` is not what was typed, with what to do; None when it is plain or names an existing file.

    Only the part past the longest existing folder is looked at: the folders that exist are the officer's, named
    as he named them („Archiwum”, Rejon<U+00A0>3). A word after „--” (`named`) is a name: its quotes are its own.
    """
    if not word or exists(word):
        return None
    if word == "\r":  # a `\` at a line's end escapes the CR after it: a word of its own, nothing to quote
        return ("w poleceniu jest osobny znak CR (U+000D) – po „\\” na końcu wiersza skryptu zapisanego z końcami "
                "wierszy systemu Windows; zapisz go z końcami wierszy LF (np. dos2unix)")
    if word.endswith("\r"):  # the line's last word; a CR inside a name is the name's (shown as <U+000D>)
        return (f"„{visible(word.rstrip(chr(13)))}” kończy się znakiem CR (U+000D) – skrypt zapisano z końcami "
                "wierszy systemu Windows; zapisz go z końcami wierszy LF (np. dos2unix)")
    new = _new_part(word)
    hidden = next((ch for ch in new if ch in UNSEEN), None)
    if hidden is not None:
        return _hidden(word, hidden)
    if new and not named and _stray_quote(new):
        return _quoted(word, word[:len(word) - len(new)])
    return None


def read_back(word: str) -> str:
    """A word of the command line as the UTF-8 the terminal typed it in: with LC_ALL=C and PYTHONUTF8=0 Python
    reads its bytes as ASCII and keeps the rest as surrogates („ is \\udce2\\udc80\\udc9e), where no rule for Word's
    quotes, dashes and hard spaces saw one (rev-sys11 #7). A word that is no UTF-8 stays as it came."""
    if not any("\udc80" <= ch <= "\udcff" for ch in word):
        return word
    try:
        return os.fsencode(word).decode("utf-8")
    except UnicodeError:
        return word


def exists(word: str) -> bool:
    """Whether a word of the command line, read back or not (read_back), names something on disk."""
    return os.path.lexists(_on_disk(word))


def _on_disk(word: str) -> str | bytes:
    """`word` as the file system takes it: a word read back from UTF-8 as its bytes where the locale cannot
    encode it."""
    try:
        os.fsencode(word)
    except UnicodeError:
        return word.encode("utf-8", "surrogateescape")
    return word


def _new_part(word: str) -> str:
    """What of a path lies past its longest existing parent folder (the whole word when none exists)."""
    return split_new(word)[1]


def split_new(word: str) -> tuple[str, str]:
    """(the longest parent folder of a path that exists, what of it lies past that folder) – ("", word) when
    none exists: a rule about a path's spelling judges only the part not on disk yet, never a name the disk
    already has."""
    parent = os.path.dirname(word.rstrip("/"))
    while parent and not os.path.isdir(_on_disk(parent)):
        parent = os.path.dirname(parent.rstrip("/"))
    return (parent, word[len(parent):].lstrip("/")) if parent else ("", word)


def _stray_quote(word: str) -> bool:
    """Quotes the shell kept: a pair wrapping the whole word („moje pisma”), or one at an end with no other quote
    in the word (cmd.exe's 'moje pisma' split in two) – not a name's own pair, as in Osiedle „Słoneczne”."""
    if len(word) > 1 and word[0] in QUOTES and word[-1] in QUOTES:
        return True
    ends = (word[0] in QUOTES) + (word[-1] in QUOTES)
    return ends == 1 and sum(ch in QUOTES for ch in word) == 1


def _hidden(word: str, char: str) -> str:
    """A space other than the plain one or an invisible character, shown where it stands (a terminal prints the
    one as a space, the other not) and named: a soft hyphen had made a folder „wyn<U+00AD>iki” (rev-sys11 #17)."""
    spaces = HARD_SPACES + SPACES
    shown = visible("".join(f"<U+{ord(ch):04X}>" if ch in spaces else ch for ch in word))
    if char in _NAMES:
        what = _NAMES[char]
    elif char in spaces:
        what = "twarda spacja" if char in HARD_SPACES else "nietypowa spacja"
    else:
        what = "niewidoczna spacja (o zerowej szerokości)" if char in ZERO_WIDTH else "niewidoczny znak kierunku tekstu"
    made = "wstawiony" if what.startswith(("miękki", "niewidoczny")) else "wstawiona"
    how = ", zwykłymi spacjami" if char in spaces + ZERO_WIDTH else ""
    return (f"w „{shown}” jest {what} U+{ord(char):04X}, {made} przy kopiowaniu polecenia z Worda, Outlooka, PDF-a "
            f"albo strony internetowej – wpisz to polecenie ręcznie{how}")


def _quoted(word: str, folder: str = "") -> str:
    """Quotes that became part of the word: Word's „…”/“…” (the shell keeps them), or cmd.exe's '…'; `folder` is
    the existing folder the word begins with, kept as it is in the advice."""
    new = word[len(folder):]
    pair = len(new) > 1 and new[0] in QUOTES and new[-1] in QUOTES
    inner = (new[1:-1] if pair else new.strip(QUOTES)).strip()
    named = f"„{visible(word)}”" + (f": „{visible(new)}”" if folder else "")
    if pair:
        told = f"{named} jest ujęte w cudzysłów, który stałby się częścią wartości"
    else:
        quote = new[0] if new[0] in QUOTES else new[-1]
        where = "zaczyna się od znaku" if new[0] in QUOTES else "kończy się znakiem"
        told = f"{named} {where} cudzysłowu ({quote}), który stałby się częścią wartości"
    fix = f"wpisz {visible(folder + inner)} bez cudzysłowu" if inner else "podaj wartość bez cudzysłowu"
    if '"' in (new[0], new[-1]):  # straight quotes kept: put into a variable or a shortcut's field as text
        return f"{told} – {fix}"
    return (f"{told} – {fix}; wartość ze spacjami ujmij w zwykły cudzysłów: \"…\" (Word zmienia go na „…” "
            "przy kopiowaniu polecenia z dokumentu, a wiersz poleceń Windows nie zna cudzysłowu pojedynczego)")


def home_example(first: str, rest: str = "") -> str | None:
    """The full path an unexpanded „~…” stands for, as an example to type instead; None when the environment
    gives none that is one: an empty HOME offered „/pisma” (the root, no officer's to write), a relative one
    „relative/x/pisma” – no full path, against the sentence it illustrated (rev-sys9 #12)."""
    expanded = os.path.expanduser(first)
    if expanded == first or not os.path.isabs(expanded) or os.path.dirname(expanded) == expanded:
        return None
    if not _a_home(expanded):
        return None
    return os.path.join(expanded, rest) if rest else expanded


def _a_home(folder: str) -> bool:
    """A folder a home can be to write in: there, writable, printable, not the system's own – HOME=/nonexistent
    (a service account), /proc or one with a CR from a .bat was given as the example, and following it failed
    (rev-sys10 #4)."""
    system = os.name != "nt" and any(folder == root or folder.startswith(root + "/")
                                     for root in ("/dev", "/proc", "/sys"))
    return folder.isprintable() and not system and os.path.isdir(folder) and os.access(folder, os.W_OK)


_DRIVE = re.compile(r"([A-Za-z]):(?:[\\/](.*))?", re.S)
_VARIABLE = re.compile(r"((?:%[A-Za-z_][\w()]*%)+)|(?:^|(?<=[/\\]))(?:\$\{([A-Za-z_]\w*)\}(?=$|[/\\])|"
                       r"\$([A-Za-z_]\w*)(?=$|[/\\]))")
# cmd.exe's „%NAME%” anywhere, adjacent ones too („%HOMEDRIVE%%HOMEPATH%\pisma”, „%TEMP%.\pisma”, „pisma_%DATE%”:
# cmd.exe expands each) – but none in a URL-encoded name (_url_encoded), or the shell's „$NAME” being a whole folder („$HOME/pisma”): one inside a name
# („a$b.yaml”) is the name's
_SHARE = re.compile(r"\\\\[^\\/]+\\[^\\/]+")  # „\\serwer\\udział”: a network share, as Explorer shows it
_WINDOWS_HOME = ("USERPROFILE", "HOME", "HOMEPATH")  # cmd.exe's names of the home folder
_WINDOWS_TEMP = ("TEMP", "TMP")
_WINDOWS_USERS = re.compile(r"(?:users|documents and settings)/[^/]+/?", re.I)  # C:\Users\jan: a home folder
_ON_WINDOWS = os.name == "nt"  # there such a path is the system's own


def windows_habit(value: str) -> tuple[str, str | None, str, str, str] | None:
    """(what is wrong, the path meant here or None, a hint, the existing folder the path begins with, the part of
    it past that folder) for a path that does not exist, written the Windows way (`C:\\pisma`, `.\\wyniki`,
    `~\\pisma`) or with a variable the shell did not expand (`%USERPROFILE%\\pisma`, `$HOME/pisma`); None for any
    other. The one rule for every path of the command line and for LibreOffice's program (--soffice,
    PISMO_SOFFICE – rev-sys13 #9). Only the part not on disk yet is judged: a folder „$HOME” or „C:” that exists
    is a name (rev-sys13 #1); each advice is a path pismo then takes."""
    if _ON_WINDOWS or os.path.lexists(_on_disk(value)):
        return None
    parent, new = split_new(value)
    found = _windows_habit(value, new, parent)
    return None if found is None else (*found, parent, new)


def _windows_habit(value: str, new: str, parent: str) -> tuple[str, str | None, str] | None:
    """(what is wrong, the path meant here or None, a hint – the advice itself when no path is meant) for `value`,
    judged by its part `new` past its existing folder `parent`, written the Windows way or with a variable left
    unexpanded; None when it is neither. The one rule for every path of the command line and --soffice: each advice
    is a path pismo then takes."""
    drive = None if parent else _DRIVE.fullmatch(new)
    variable = _VARIABLE.search(new)
    if variable and variable.group(1) and _url_encoded(new):
        variable = None
    if drive:
        told = f"„{value}” to ścieżka z Windows (dysk {drive.group(1).upper()}:), a tu ścieżki zaczynają się od „/”"
        mounted = f"/mnt/{drive.group(1).lower()}"  # WSL: the drive's own folder
        rest = (drive.group(2) or "").replace("\\", "/").strip("/")
        if os.path.isdir(mounted):
            return told, _trimmed(os.path.join(mounted, rest)), ""
        rest = _WINDOWS_USERS.sub("", rest, count=1) if _WINDOWS_USERS.match(rest) else rest  # Users\jan: home
        return told, _trimmed(home_example("~", rest)), ""
    if variable:
        windows = variable.group(1)
        if windows:
            names = re.findall(r"%([^%]+)%", windows)
            told = f"„{windows}” to " + ("zmienne wiersza poleceń Windows (cmd.exe), których" if len(names) > 1
                                         else "zmienna wiersza poleceń Windows (cmd.exe), której") + " tu nic nie zamienia"
        else:
            name = variable.group(2) or variable.group(3)
            told = (f"„{variable.group(0)}” nie zostało zamienione na wartość zmiennej {name} (ścieżka w cudzysłowie "
                    "pojedynczym '…' albo z pliku)")
        example = _expanded(new, parent)
        hint = "" if windows else f" (zmienną pisze się bez cudzysłowu albo w podwójnym: {_double_quoted(value)})"
        if example is None:  # the hint is the advice: a full path with „%DATE%” was refused the same way (rev-sys14 #1)
            hint = f"wpisz w miejsce „{windows}” to, co ma oznaczać (np. datę), albo podaj nazwę bez niej" \
                if windows else ""
        return told, example, hint
    share = None if parent else _SHARE.match(new)
    if share:  # no folder here: its example was a new tree at the system's root (rev-sys14 #2)
        return (f"„{value}” to udział sieciowy Windows ({share.group(0)}), a ten system widzi go tylko w folderze, "
                "w którym go podłączono (zwykle w /mnt albo /media)"), None, ""
    if "\\" in new:
        told = f"„{value}” zawiera „\\” – tak oddziela foldery Windows, a tu oddziela się je „/”"
        meant = new.replace("\\", "/")
        head, _, rest = meant.partition("/")
        if head.startswith("~") and not parent:  # `~\pisma`: the home folder with Windows' separator (rev-sys13 #6)
            return told, _trimmed(home_example(head, rest.strip("/"))), ""
        return told, _trimmed(f"{parent}/{meant}" if parent else meant), ""
    return None


def _url_encoded(name: str) -> bool:
    """Whether `name` is percent-encoded text („Plan%20%C5%81%C4%99czna.yaml”: a browser's or a saved web page's name,
    which `import` names its case after): its „%C5%” is no cmd.exe variable – such names were refused with advice
    refused again (rev-sys14 #1). „%DATE%”, „%CD%” decode to no UTF-8 text and stay variables."""
    if not re.search(r"%[0-9A-Fa-f]{2}", name):
        return False
    try:
        urllib.parse.unquote(name, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _trimmed(path: str | None) -> str | None:
    """A path advised for a Windows one without what Windows drops itself – the dots ending a folder's name
    („%TEMP%.\\pisma” is Temp\\pisma there) – and doubled separators."""
    if path is None:
        return None
    return re.sub(r"(?<=[^/.])\.+(?=/|$)", "", re.sub(r"/{2,}", "/", path))


def _double_quoted(value: str) -> str:
    """`value` in the shell's double quotes, where its variables are expanded: "$HOME/moje pisma"."""
    return '"' + re.sub(r'(["`\\])', r"\\\1", value) + '"'


def _expanded(new: str, parent: str = "") -> str | None:
    """`new` with its variables replaced by their values here (a Windows name of the home folder by HOME, of the
    temporary one by this system's), as a path of this system under `parent`; None when one is not set, or one
    that is a full path stands inside the path (`/tmp/$HOME/x`: no path anyone meant, rev-sys13 #5)."""
    def value_of(found: re.Match) -> str:
        if found.group(1):
            names = re.findall(r"%([^%]+)%", re.sub(r"(?i)%HOMEDRIVE%%HOMEPATH%", "%USERPROFILE%", found.group(1)))
            got = "".join(_windows_value(name) for name in names)
        else:
            got = os.environ.get(found.group(2) or found.group(3))
        if not got or ((parent or found.start()) and os.path.isabs(got)):
            raise KeyError(found.group(0))
        return got

    try:
        expanded = _VARIABLE.sub(value_of, new).replace("\\", "/")
    except KeyError:
        return None
    return _trimmed(f"{parent}/{expanded}" if parent else expanded)


def _windows_value(name: str) -> str:
    """What cmd.exe's variable `name` stands for on this system; KeyError when nothing here is its counterpart."""
    if name.upper() in _WINDOWS_HOME:
        got = home_example("~")
    elif name.upper() in _WINDOWS_TEMP:
        got = tempfile.gettempdir()
    else:
        got = os.environ.get(name) or os.environ.get(name.upper())
    if not got:
        raise KeyError(name)
    return got
