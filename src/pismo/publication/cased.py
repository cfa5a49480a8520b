"""A paragraph written all in lower case or all in capitals („marek: znowu piją”, „KOWALCZYKOWA Z 8A KRZYCZY”), as
pasted chats and old phones' messages are, written as a sentence would be – a capital at each sentence's and
line's start, at a chat's sender, on first names in a list or after a kin's noun – so the name rules, which start from a capital,
judge it as they judge normal writing. Same length, so the spans found on the copy hold for the text."""

from __future__ import annotations

import re

from pismo.publication import lower_names, name_tags
from pismo.publication.name_tags import tags

_WORD = re.compile(r"[^\W\d_]+")
# Where a sentence opens: the text's or a line's start (after a chat's „[21:14]”, a date, a dash), or a full stop.
_OPENING = re.compile(r"(?:^|\n|[.!?…][^\S\n]+)[^\w\n]*(?:\d[\d.:/-]*[^\w\n]*)*(?=[^\W\d_])")
# A chat's sender: the first word of a line right before its colon („[21:14] róża: …”).
_SENDER = re.compile(r"(?m)^[^\w\n]*(?:\d[\d.:/-]*[^\w\n]*)*(?P<name>[^\W\d_]+)[^\S\n]*:")
# Words that join a list of names („róża i kalina”, „seba, mati”).
_JOIN = re.compile(r"[^\S\n]*(?:,|i|oraz|a)[^\S\n]+|[^\S\n]*,[^\S\n]*")


def uncased(text: str) -> bool:
    """Whether a text of two words or more has no capital at all or no small letter at all."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    return len(_WORD.findall(text)) >= 2 and (not any(c.isupper() for c in letters)
                                              or not any(c.islower() for c in letters))


def cased(text: str) -> str:
    """The text written with capitals where a sentence would have them, when it has none of its own (or only
    capitals); otherwise the text as it is."""
    if not name_tags.available() or not uncased(text) or len(low := text.lower()) != len(text):
        return text
    chars = list(low)
    capital = {m.end() for m in _OPENING.finditer(low)} | {m.start("name") for m in _SENDER.finditer(low)}
    words = list(_WORD.finditer(low))
    for i, m in enumerate(words):
        if _listed(low, words, i) or _kin(words, i):
            capital.add(m.start())
    for at in capital:
        if at < len(chars) and len(chars[at].upper()) == 1:
            chars[at] = chars[at].upper()
    return "".join(chars)


def _first(word: str) -> bool:
    """A word that may be a first name, whatever else it is („róża”, „marka”, „seba”)."""
    return len(word) > 2 and bool(tags(word.capitalize()).first)


def _listed(text: str, words: list, i: int) -> bool:
    """A first name in a list with another („róża i kalina”, „seba i mati”); a lone one is the lower-case rules'
    (pismo.publication.lower_names), which know a frame where it is a name („maria polska to kraj” stays)."""
    if not _first(words[i].group()):
        return False
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(words):
            a, b = sorted((words[i], words[j]), key=lambda m: m.start())
            if _JOIN.fullmatch(text, a.end(), b.start()) and _first(words[j].group()):
                return True
    return False


def _kin(words: list, i: int) -> bool:
    """A first name right after a kin's noun („szwagier marka”)."""
    return i > 0 and _first(words[i].group()) and lower_names.kin_noun(words[i - 1].group())
