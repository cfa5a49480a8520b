"""The SGJP dictionary (morfeusz2), loaded on first use only.

Importing this module costs nothing: the C library and its ~20 MB dictionary
load when a command first asks for a word, so commands that never decline a
name start as fast as before (bench/bench.py, cold start).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import lru_cache

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_ADJECTIVAL = {"adj", "ppas", "pact"}  # words that agree with a noun
# One Morfeusz instance is not safe to call from several threads at once (the web server answers
# requests in threads): every call into it, and its loading, holds this lock.
_LOCK = threading.RLock()


@dataclass(frozen=True)
class Reading:
    """One interpretation of a word: its lemma and grammatical tags (SGJP tagset)."""

    form: str
    lemma: str
    pos: str  # subst, adj, ppas, pact, depr, …
    number: frozenset  # {"sg"}, {"pl"}, {"sg", "pl"}
    cases: frozenset
    genders: frozenset  # m1 m2 m3 f n
    rest: tuple  # the remaining tags (degree, aspect, negation, noun subclass)
    labels: tuple  # imię, nazwisko, nazwa_geograficzna, nazwa_pospolita, …
    qualifiers: tuple  # daw., pot., rzad., …
    prefix: str = ""  # a word unknown to the dictionary, read by analogy: what precedes the known ending

    @property
    def adjectival(self) -> bool:
        return self.pos in _ADJECTIVAL

    @property
    def noun(self) -> bool:
        return self.pos == "subst"

    def agrees(self, number: str, gender: str) -> bool:
        return number in self.number and gender in self.genders


def _parse(form: str, lemma: str, tag: str, labels, qualifiers) -> Reading | None:
    parts = tag.split(":")
    pos = parts[0]
    if pos == "subst" and len(parts) >= 4:
        number, cases, genders, rest = parts[1], parts[2], parts[3], tuple(parts[4:])
    elif pos in _ADJECTIVAL and len(parts) >= 5:
        number, cases, genders, rest = parts[1], parts[2], parts[3], tuple(parts[4:])
    else:
        return Reading(form, lemma, pos, frozenset(), frozenset(), frozenset(), tuple(parts[1:]),
                       tuple(labels), tuple(qualifiers))
    return Reading(form, lemma, pos, frozenset(number.split(".")), frozenset(cases.split(".")),
                   frozenset(genders.split(".")), rest, tuple(labels), tuple(qualifiers))


@lru_cache(maxsize=1)
def _load():
    import morfeusz2  # the dictionary loads here, once

    return morfeusz2.Morfeusz(expand_tags=False, separate_numbering=True)


def _morfeusz():
    with _LOCK:
        return _load()


def available() -> bool:
    """Whether the dictionary can be loaded (the morfeusz2 wheel is installed)."""
    try:
        _morfeusz()
    except Exception:  # noqa: BLE001 - any failure to load means: no dictionary
        return False
    return True


@lru_cache(maxsize=8192)
def analyse(word: str) -> tuple[Reading, ...]:
    """Every reading of one word (no spaces); () when the dictionary does not know it."""
    if not word or any(ch.isspace() for ch in word):
        return ()
    with _LOCK:
        results = _morfeusz().analyse(word)
    if any(start != 0 or end != 1 for start, end, _ in results):
        return ()  # the word splits into several segments (hyphen, digits): not one lexeme
    readings = []
    for _, _, (form, lemma, tag, labels, qualifiers) in results:
        if tag == "ign":
            continue
        reading = _parse(form, lemma, tag, labels, qualifiers)
        if reading is not None:
            readings.append(reading)
    return tuple(readings)


@lru_cache(maxsize=4096)
def paradigm(lemma: str) -> tuple[Reading, ...]:
    """Every form of a lemma (as analyse gives it, with its homonym mark, e.g. 'sołtys:Sm1')."""
    try:
        with _LOCK:
            generated = _morfeusz().generate(lemma)
    except Exception:  # noqa: BLE001 - an unknown lemma
        return ()
    out = []
    for form, lem, tag, labels, qualifiers in generated:
        reading = _parse(form, lem, tag, labels, qualifiers)
        if reading is not None:
            out.append(reading)
    return tuple(out)


def licence() -> tuple[str, str]:
    """The copyright texts of the library and of the dictionary it ships (for the README)."""
    import morfeusz2

    return morfeusz2.__copyright__, _morfeusz().dict_copyright()


def base(lemma: str) -> str:
    """The lemma without its homonym mark: 'sołtys:Sm1' → 'sołtys'."""
    return lemma.split(":", 1)[0]


@lru_cache(maxsize=1024)
def by_analogy(word: str) -> tuple[Reading, ...]:
    """Readings of a noun the dictionary does not know, from its longest known ending:
    'Wrzosogród' declines as 'ogród' (Wrzosogrodu, Wrzosogrodzie)."""
    lower = word.lower()
    for k in range(1, len(word) - 2):
        tail = lower[k:]
        found = [r for r in analyse(tail)
                 if r.noun and "nom" in r.cases and base(r.lemma).lower() == tail
                 and ({"nazwa_pospolita", "nazwa_geograficzna"} & set(r.labels))]
        if found:
            return tuple(replace(r, form=word, prefix=word[:k]) for r in found)
    return ()
