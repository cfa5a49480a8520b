"""Names that are an institution's, a team's or an event's, not a person's, though they hold first names: a quoted
name without a surname after an institution's or a group's noun („Przedszkole nr 3 „Jaś i Małgosia””), a team's name after its
noun or in apposition to it („drużyna Victoria”, „Drużyna szkoły, Victoria, zwyciężyła”) and the person an event
commemorates („Koncert pamięci Krzysztofa Komedy”). pismo.publication.names keeps what these spans hold (its
tokens: .word, .lower, .start, .end)."""

from __future__ import annotations

import re
from functools import lru_cache

from pismo.morph import dictionary as d
from pismo.publication import name_tags
from pismo.publication.names_data import BUSINESS_NOUNS, INSTITUTION_WORDS, PLACE_INSTITUTIONS

# Nouns of a group of people that has a name of its own: a team, a band, a club.
TEAMS = frozenset({"drużyna", "zespół", "klub", "chór", "kapela", "grupa", "teatr", "kabaret", "orkiestra", "sekcja",
                   "reprezentacja", "team", "ekipa"})
# Nouns whose quoted name follows them: institutions, firms, groups, events and works.
NAMED = TEAMS | {w.lower() for w in (*INSTITUTION_WORDS, *PLACE_INSTITUTIONS, *BUSINESS_NOUNS)} | {
    "przedszkole", "żłobek", "szkoła", "świetlica", "biblioteka", "stowarzyszenie", "fundacja", "koło", "festyn",
    "festiwal", "koncert", "akcja", "program", "projekt", "kampania", "konkurs", "spektakl", "przedstawienie",
    "książka", "film", "bajka", "kawiarnia", "restauracja", "bar", "pub", "sklep", "salon", "osiedle", "klubokawiarnia"}
# Events held in someone's memory („Koncert pamięci Krzysztofa Komedy”, „Memoriał Huberta Wagnera”).
# Not a mass nor a meeting: one in a resident's memory names a private person.
EVENTS = frozenset({"koncert", "turniej", "bieg", "rajd", "festiwal", "wieczór", "zawody", "konkurs", "memoriał",
                    "mecz", "wystawa"})
_QUOTE = re.compile(r"[^\S\n]*[„\"«“]([^„”\"«»“\n]{1,60})[”\"»“]")
_NUMBER = re.compile(r"[^\S\n]+(?:nr|numer)\.?[^\S\n]*\d+[a-zA-Z]?")


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(d.base(r.lemma).lower() for r in d.analyse(word.lower()) if r.pos == "subst") \
        if d.available() else frozenset()


def _is(word: str, nouns: frozenset[str]) -> bool:
    return word.lower() in nouns or bool(_lemmas(word) & nouns)


def kept(text: str, words: list) -> list[tuple[int, int]]:
    """The spans of text that name an institution, a team or a commemorated person."""
    found = []
    for i, t in enumerate(words):
        if _is(t.word, NAMED):
            end = t.end
            if (number := _NUMBER.match(text, end)):
                end = number.end()
            if (quote := _QUOTE.match(text, end)) and not _a_surname_in(quote.group(1)):
                found.append(quote.span(1))
        if _is(t.word, TEAMS) and (name := _team_name(text, words, i)) is not None:
            found.append((words[name].start, words[name].end))
        if t.lower == "pamięci" and i and _is(words[i - 1].word, EVENTS) or t.lower.startswith("memoria"):
            found.append(_commemorated(text, words, i))
    return [span for span in found if span[0] < span[1]]


def _a_surname_in(name: str) -> bool:
    """Whether a quoted name holds a word that is a surname and no first name nor ordinary word: a family's or a
    person's („Piknik u Kowalskich”), which the name rules judge as anywhere."""
    return any((found := name_tags.tags(w)).surname and not found.first and not found.ordinary
               for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper())


def _team_name(text: str, words: list, i: int) -> int | None:
    """The index of a team's one-word name right after its noun („drużyna Victoria”) or in apposition within three
    words after it („Drużyna szkoły, Victoria, zwyciężyła”)."""
    if i + 1 < len(words) and re.fullmatch(r"[^\S\n]+", text[words[i].end:words[i + 1].start]) \
            and _a_name_of_its_own(words[i + 1].word):
        return i + 1
    for k in range(i + 1, min(len(words) - 1, i + 4)):
        if re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[words[k - 1].end:words[k].start]):
            single = re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[words[k].end:words[k + 1].start])
            return k if single and _a_name_of_its_own(words[k].word) else None
        if re.search(r"[.;:!?\n]", text[words[k - 1].end:words[k].start]):
            return None
    return None


def _a_name_of_its_own(word: str) -> bool:
    """A capitalised word in no person's genitive: a team's name, not its leader's („ekipa Zenka”, „zespół Kowalskiego”)."""
    return word[:1].isupper() and word[1:].islower() and not any(
        "gen" in r.cases for r in d.analyse(word) if {"imię", "nazwisko"} & set(r.labels))


def _commemorated(text: str, words: list, i: int) -> tuple[int, int]:
    """The capitalised words after „pamięci” or „Memoriał” (up to three): the person the event commemorates."""
    k = i + 1
    while k < len(words) and k <= i + 3 and words[k].word[:1].isupper() \
            and re.fullmatch(r"[^\S\n]+|-", text[words[k - 1].end:words[k].start]):
        k += 1
    return (words[i + 1].start, words[k - 1].end) if k > i + 1 else (0, 0)
