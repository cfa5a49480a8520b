"""Text as a reader sees it, for matching: what is written, not how it is encoded.

„Kowal” may be stored with a soft hyphen („Ko\u00adwal”), a zero-width or other
invisible character inside, with its diacritics decomposed (NFD: „o” + U+0301
for „ó”), in full-width letters or with a Cyrillic „о”. A reader sees the same
name, and so does one in letter-spaced emphasis („K o w a l”); a pattern would not. `View` gives the visible text (NFKC, look-alike
letters as Latin, invisible characters dropped) and maps each of its spans back
to the original, so a match is replaced in the original text and everything
else is kept exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pismo.case.model import INVISIBLE_CHARS

# Characters that print nothing: soft hyphen, the model's invisible characters, format characters (Cf), the
# combining grapheme joiner, variation selectors, Hangul and Mongolian fillers, tag characters.
_IGNORED = (f"\u00ad{INVISIBLE_CHARS}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0\ufe00-\ufe0f"
            "\U000e0000-\U000e0fff")
_HIDDEN = re.compile(f"[{_IGNORED}]")
# Cyrillic and Greek letters drawn like Latin ones („Kоwal” with a Cyrillic „о”), and the minus sign a PDF or a
# spreadsheet pastes for „-” („606−100−200”).
_LOOKALIKES = str.maketrans("аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅοαΑΒΕΖΗΙΚΜΝΟΡΤΥΧ\u2212",
                            "aeopcyxijsdqwABEKMHOPCTXIJSoaABEZHIKMNOPTYX-")


_LOOKALIKE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")
# Letter-spaced emphasis: four or more single letters with one space between, a word of its own.
_SPACED_LETTERS = re.compile(r"(?<![^\s(„\"'«»:;,])(?:[^\W\d_] ){3,}[^\W\d_](?![^\s.,;:!?)”\"'«»])")
# What may print nothing: a character neither a letter, a digit, a space nor ASCII (few in a Polish text: „”–…).
_SUSPECT = re.compile(r"[^\w\s\x00-\x7f]")


def _ignored(char: str) -> bool:
    return bool(_HIDDEN.match(char)) or unicodedata.category(char) == "Cf"


def plain(text: str) -> bool:
    """Whether the text is already as it is seen (the common case: nothing to map). Searched by patterns, not
    character by character: megabytes of a case's text are asked."""
    return text.isascii() or (unicodedata.is_normalized("NFKC", text) and not _LOOKALIKE.search(text)
                              and not any(_ignored(m.group()) for m in _SUSPECT.finditer(text)))


def visible(text: str) -> str:
    """The text as it is seen: NFKC, look-alikes as Latin letters, without invisible characters."""
    return text if plain(text) else View(text).text


@dataclass
class View:
    """The visible text of an original, with where each of its characters came from."""

    original: str

    def __post_init__(self) -> None:
        if plain(self.original):
            self.text, self._starts, self._ends = self.original, None, None
        else:
            self._see()
        if _SPACED_LETTERS.search(self.text):
            self._join_spaced_letters()

    def _join_spaced_letters(self) -> None:
        """Letter-spaced emphasis read as the word it spells („J o l a n t a  P r ó b n a” → „Jolanta  Próbna”)."""
        starts = self._starts if self._starts is not None else list(range(len(self.text)))
        ends = self._ends if self._ends is not None else list(range(1, len(self.text) + 1))
        kept = [True] * len(self.text)
        for m in _SPACED_LETTERS.finditer(self.text):
            for i in range(m.start() + 1, m.end(), 2):
                kept[i] = False
        self.text = "".join(c for c, keep in zip(self.text, kept) if keep)
        self._starts = [s for s, keep in zip(starts, kept) if keep]
        self._ends = [e for e, keep in zip(ends, kept) if keep]

    def _see(self) -> None:
        """The visible text of an original that is not plain, with each character's origin."""
        # Stretches of characters seen as written are copied whole; only the clusters around the others are
        # looked at one by one (a case of megabytes with an ellipsis in each paragraph took 14 s).
        out, starts, ends, done = [], [], [], 0
        others = frozenset(c for c in set(self.original) if not _as_written(c))
        for run in _runs_of(others).finditer(self.original):
            first = max(run.start() - 1, done)  # the base character the run's marks belong to
            out.append(self.original[done:first])
            starts += range(done, first)
            ends += range(done + 1, first + 1)
            _clusters(self.original, first, run.end(), out, starts, ends)
            done = run.end()
        out.append(self.original[done:])
        starts += range(done, len(self.original))
        ends += range(done + 1, len(self.original) + 1)
        self.text, self._starts, self._ends = "".join(out), starts, ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original's span for a span of the visible text."""
        if self._starts is None:
            return start, end
        if start >= len(self._starts):
            return len(self.original), len(self.original)
        return self._starts[start], (self._ends[end - 1] if end > start else self._starts[start])

    def replace(self, spans: list[tuple[int, int, str]]) -> str:
        """The original with visible-text spans (sorted, not overlapping) replaced by their texts."""
        return replaced(self.original, self.original_spans(spans))

    def original_spans(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The original's spans (with their texts) that visible-text spans (sorted) replace, one overlapping an
        earlier one left out: what a caller keeping the original's layout (a paragraph's runs) writes back."""
        out, done = [], 0
        for start, end, mark in spans:
            a, b = self.span(start, end)
            if a < done:
                continue
            out.append((a, b, mark))
            done = b
        return out


def replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with its spans (sorted, not overlapping) replaced by their texts."""
    pieces, done = [], 0
    for a, b, mark in spans:
        pieces += [text[done:a], mark]
        done = b
    return "".join(pieces) + text[done:]


@lru_cache(maxsize=8192)
def _as_written(char: str) -> bool:
    """Whether a character is seen as it is written whatever stands beside it: a Latin letter, a digit or a
    punctuation mark in its NFKC form, no mark, nothing invisible, no look-alike."""
    return ((ord(char) < 0x370 or 0x2010 <= ord(char) < 0x2030) and unicodedata.is_normalized("NFKC", char)
            and not unicodedata.combining(char) and not _ignored(char) and not _LOOKALIKE.match(char))


@lru_cache(maxsize=256)
def _runs_of(chars: frozenset[str]) -> re.Pattern:
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]+" if chars else "(?!)")


def _clusters(original: str, i: int, end: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """The visible text of original[i:end], cluster by cluster: a base character and the combining marks (or
    invisibles) after it. An invisible character between a small and a capital letter is seen as the gap between
    two words („Katarzyna\u200bWiśniewska”); inside a word it is seen as nothing („Ko\u200bwal”)."""
    while i < end:
        j = i + 1
        while j < end and (unicodedata.combining(original[j]) or _ignored(original[j])):
            j += 1
        cluster = unicodedata.normalize("NFKC", "".join(c for c in original[i:j] if not _ignored(c)))
        cluster = cluster.translate(_LOOKALIKES)
        if j < len(original) and cluster[-1:].islower() and original[j].isupper() \
                and any(_ignored(c) for c in original[i + 1:j]):
            cluster += " "
        out.append(cluster)
        starts += [i] * len(cluster)
        ends += [j] * len(cluster)
        i = j
