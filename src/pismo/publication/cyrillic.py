"""Names in Cyrillic in a Polish text („Sklep prowadzi Олександр Бондаренко”): notes about Ukrainian, Belarusian and
Russian residents copy the name from a document as written there. SGJP has no Cyrillic words, so the dictionary's
name rules (pismo.publication.names) see none of them; two or three capitalised Cyrillic words in a row are a name."""

from __future__ import annotations

import re
from typing import Sequence

_QUOTES_OPEN, _QUOTES_CLOSE = "„\"«»“", "”\"«»“"


def _cyrillic(word: str) -> bool:
    """A capitalised word with Cyrillic letters (the text as seen has Latin look-alikes in them: „Oлeкcaндp”)."""
    return word[0].isupper() and len(word) > 1 and any("\u0400" <= c <= "\u04ff" for c in word)


def names(text: str, words: Sequence) -> list[tuple[int, int]]:
    """The spans of two or three capitalised Cyrillic words in a row, joined by a space or a hyphen
    („Тетяна Коваленко-Шевченко”) – not a slogan quoted alone („„Слава Україні””). `words`: tokens with `word`,
    `start`, `end` (pismo.publication.names)."""
    found, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and _cyrillic(words[j].word) and _cyrillic(words[j + 1].word) \
                and re.fullmatch(r"[^\S\n]+|-", text[words[j].end:words[j + 1].start]):
            j += 1
        quoted = 0 < words[i].start and words[j].end < len(text) and text[words[i].start - 1] in _QUOTES_OPEN \
            and text[words[j].end] in _QUOTES_CLOSE
        if j > i and not quoted:
            found.append((words[i].start, words[j].end))
        i = j + 1
    return found
