"""What a word typed for pismo (an argument, an option's value, a variable) holds that the officer did not type.

One rule for every value, flag and command name: a script saved with Windows line ends leaves a CR on a line's
last word, and a command copied from Word, Outlook or a web page brings typographic quotes and hard or zero-width
spaces – all unseen in a message that quotes the word, so each is named.
"""

from __future__ import annotations

import os

from pismo.errors import visible

QUOTES = "„“”‟«»‹›‘’‚‛\"'"  # Word's AutoFormat makes "…" into „…” or “…”; cmd.exe keeps '…' as part of the word
HARD_SPACES = "\u00a0\u2007\u202f"  # no-break spaces: printed as a space, not one to the shell
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # printed as nothing


def slip(word: str) -> str | None:
    """Why `word` is not what was typed, with what to do; None when it is plain or names an existing file."""
    if not word or os.path.lexists(word):
        return None
    if word.endswith("\r"):  # the line's last word; a CR inside a name is the name's (shown as <U+000D>)
        return (f"„{visible(word.rstrip(chr(13)))}” kończy się znakiem CR (U+000D) – skrypt zapisano z końcami "
                "wierszy systemu Windows; zapisz go z końcami wierszy LF (np. dos2unix)")
    hidden = next((ch for ch in word if ch in HARD_SPACES + ZERO_WIDTH), None)
    if hidden is not None:
        return _hidden(word, hidden)
    if word[0] in QUOTES or word[-1] in QUOTES:
        return _quoted(word)
    return None


def _hidden(word: str, char: str) -> str:
    """A hard or zero-width space, shown where it stands (a terminal prints the one as a space, the other not)."""
    shown = visible("".join(f"<U+{ord(ch):04X}>" if ch in HARD_SPACES else ch for ch in word))
    what = "twarda spacja" if char in HARD_SPACES else "niewidoczna spacja (o zerowej szerokości)"
    return (f"w „{shown}” jest {what} U+{ord(char):04X}, wstawiona przy kopiowaniu polecenia z Worda, Outlooka "
            "albo strony internetowej – wpisz to polecenie ręcznie, zwykłymi spacjami")


def _quoted(word: str) -> str:
    """Quotes that became part of the word: Word's „…”/“…” (the shell keeps them), or cmd.exe's '…'."""
    inner = word.strip(QUOTES).strip()
    if word[0] in QUOTES and word[-1] in QUOTES and len(word) > 1:
        told = f"„{visible(word)}” jest ujęte w cudzysłów, który stałby się częścią wartości"
    else:
        where = "zaczyna się od znaku" if word[0] in QUOTES else "kończy się znakiem"
        told = (f"„{visible(word)}” {where} cudzysłowu ({word[0] if word[0] in QUOTES else word[-1]}), który "
                "stałby się częścią wartości")
    fix = f"wpisz {visible(inner)} bez cudzysłowu" if inner else "podaj wartość bez cudzysłowu"
    if '"' in (word[0], word[-1]):  # straight quotes kept: put into a variable or a shortcut's field as text
        return f"{told} – {fix}"
    return (f"{told} – {fix}; wartość ze spacjami ujmij w zwykły cudzysłów: \"…\" (Word zmienia go na „…” "
            "przy kopiowaniu polecenia z dokumentu, a wiersz poleceń Windows nie zna cudzysłowu pojedynczego)")
