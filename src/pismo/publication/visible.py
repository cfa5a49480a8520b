"""Text as a reader sees it, for matching: what is written, not how it is encoded.

„Kowal” may be stored with a soft hyphen („Ko\u00adwal”), a zero-width or other
invisible character inside, with its diacritics decomposed (NFD: „o” + U+0301
for „ó”), in full-width letters or with a Cyrillic „о”. A reader sees the same
name; a pattern would not. `View` gives the visible text (NFKC, look-alike
letters as Latin, invisible characters dropped) and maps each of its spans back
to the original, so a match is replaced in the original text and everything
else is kept exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pismo.case.model import INVISIBLE_CHARS

# Characters that print nothing: soft hyphen, the model's invisible characters, format characters (Cf), the
# combining grapheme joiner, variation selectors, Hangul and Mongolian fillers, tag characters.
_IGNORED = (f"\u00ad{INVISIBLE_CHARS}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0\ufe00-\ufe0f"
            "\U000e0000-\U000e0fff")
_HIDDEN = re.compile(f"[{_IGNORED}]")
# Cyrillic and Greek letters drawn like Latin ones („Kоwal” with a Cyrillic „о”).
_LOOKALIKES = str.maketrans("аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅοαΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
                            "aeopcyxijsdqwABEKMHOPCTXIJSoaABEZHIKMNOPTYX")


def _ignored(char: str) -> bool:
    return bool(_HIDDEN.match(char)) or unicodedata.category(char) == "Cf"


def plain(text: str) -> bool:
    """Whether the text is already as it is seen (the common case: nothing to map)."""
    return text.isascii() or (unicodedata.is_normalized("NFKC", text) and not any(
        _ignored(c) for c in text if not c.isalnum() and not c.isspace()) and text == text.translate(_LOOKALIKES))


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
            return
        out, starts, ends = [], [], []
        i, n = 0, len(self.original)
        while i < n:  # a cluster: a base character and the combining marks (or invisibles) after it
            j = i + 1
            while j < n and (unicodedata.combining(self.original[j]) or _ignored(self.original[j])):
                j += 1
            cluster = unicodedata.normalize("NFKC", "".join(c for c in self.original[i:j] if not _ignored(c)))
            cluster = cluster.translate(_LOOKALIKES)
            out.append(cluster)
            starts += [i] * len(cluster)
            ends += [j] * len(cluster)
            i = j
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
        pieces, done = [], 0
        for start, end, mark in spans:
            a, b = self.span(start, end)
            if a < done:
                continue
            pieces += [self.original[done:a], mark]
            done = b
        return "".join(pieces) + self.original[done:]
