"""Persons' first names typed in lower case (notes from a phone, an SMS) where the words around them say a person:
after „pan/pani/p.” or „niejaki” in the same case („od pana zdzisława”, „z p. grażyną lis”, „niejaki zbyszek
wróbel”), after a person's noun and „to/są/jest” („sprawcy to mariusz i dawid”), or next to a verb („pobił go
sebastian”, „widziano zenka”) – the last only for a word SGJP knows as a first name and as no ordinary word, so
„róża, kalina i malina” stay. A surname that is also a word („lis”, „wróbel”) goes only after such a first name, in
its case. Used by pismo.publication.names (its tokens: .word, .lower, .start, .end, .dot)."""

from __future__ import annotations

import re
from functools import lru_cache

from pismo.morph import dictionary as d
from pismo.publication import name_tags
from pismo.publication.names_data import RANK_ABBREVIATIONS, RANKS_WRITTEN

_ALL_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})
# The honorific's and „niejaki”'s cases: the first name after them is in the same one.
_TRIGGERS = {"pan": {"nom"}, "pana": {"gen", "acc"}, "panu": {"dat"}, "panem": {"inst"}, "panie": {"loc", "voc"},
             "pani": {"nom", "gen", "dat", "loc", "voc"}, "panią": {"acc", "inst"}, "p": _ALL_CASES,
             "niejaki": {"nom"}, "niejakiego": {"gen", "acc"}, "niejakiemu": {"dat"}, "niejakim": {"inst", "loc"},
             "niejaka": {"nom"}, "niejakiej": {"gen", "dat", "loc"}, "niejaką": {"acc", "inst"}}
_COPULAS = frozenset({"to", "są", "jest", "był", "była", "byli", "były", "został", "została", "zostali"})
# Short words a verb and its subject or object may have between them („pobił go sebastian”).
_CLITICS = frozenset({"go", "ją", "je", "mu", "jej", "im", "ich", "nas", "was", "mnie", "mi", "się", "też", "także",
                      "znowu", "znów", "wczoraj", "dziś", "dzisiaj", "tam", "tu", "nam", "wam", "ponoć", "podobno",
                      "zawsze", "często", "ciągle", "wciąż", "nadal", "jeszcze", "codziennie", "ostatnio", "teraz",
                      "wieczorami", "nocami", "stale", "zwykle"})
# Words that may open a clause before its subject („, a Róża z 8a piła”, „Wczoraj Róża (z 8a) piła”).
CLAUSE_OPENERS = _CLITICS | {"a", "i", "ale", "lecz", "zaś", "natomiast", "potem", "później", "wtedy", "rano",
                             "wieczorem", "nocą", "w nocy"}
# Prepositions of a person and the case of the name after them („u staszka”, „z gośką”, „od zenka”).
_PERSON_PREPOSITIONS = {"u": {"gen"}, "od": {"gen"}, "dla": {"gen"}, "z": {"inst"}, "ze": {"inst"}}
# Kin and friends whose name follows in the genitive („kumpel jarka”, „brat kacpra”), though the name is a word too.
KIN = frozenset({"kumpel", "kumpla", "kumplem", "kumpele", "kumple", "kolega", "kolegi", "koleżanka", "koleżanki",
                  "brat", "brata", "siostra", "siostry", "syn", "syna", "córka", "córki", "matka", "matki", "mama",
                  "mamy", "ojciec", "ojca", "tata", "taty", "kuzyn", "kuzynka", "szwagier", "ziomek", "ziomal",
                  "dziewczyna", "dziewczyny", "chłopak", "chłopaka", "żona", "żony", "mąż", "męża", "ekipa", "ekipy",
                  "banda", "kumpela", "wnuk", "wnuczka", "dziadek", "babcia"})
# Kin and friends by lemma, every case of them („bratem Marka”, „teściowi Marka”, „pasierba Marka”).
_KIN_LEMMAS = frozenset({"kumpel", "kumpela", "kolega", "koleżanka", "brat", "siostra", "syn", "córka", "matka", "mama",
                         "ojciec", "tata", "kuzyn", "kuzynka", "szwagier", "szwagierka", "ziomek", "ziomal",
                         "dziewczyna", "chłopak", "żona", "mąż", "wnuk", "wnuczka", "dziadek", "babcia", "teść",
                         "teściowa", "pasierb", "pasierbica", "narzeczony", "narzeczona", "ojczym", "macocha",
                         "wujek", "wuj", "ciocia", "ciotka", "partner", "partnerka", "konkubent", "konkubina",
                         "siostrzeniec", "siostrzenica", "bratanek", "bratanica", "zięć", "synowa", "przyjaciel",
                         "przyjaciółka"})
_JOINERS = frozenset({"i", "oraz", "albo", "lub"})
# A label's colon, a dash apart from words (not „OCR-ed”), a new line.
_OPENER = re.compile(r"[^\S\n]*:[^\S\n]*|[^\S\n]+[-–—][^\S\n]+|[^\S\n]*[–—][^\S\n]*|[^\S\n]*\n\s*")
_GLUED = re.compile(r"[._@-]\w")  # „wiesiek.kowalczyk”: a handle's part, the profile rules' to cut
_RANK_WORDS = frozenset(RANK_ABBREVIATIONS) | {w.lower() for w in RANKS_WRITTEN}


@lru_cache(maxsize=8192)
def first_cases(word: str) -> frozenset[str]:
    """The cases a lower-case word reads in as a first name („zenka” → gen, acc; „grażyną” → inst)."""
    if not word.islower() or not name_tags.available():
        return frozenset()
    return frozenset(c for r in d.analyse(word.title()) if "imię" in r.labels and r.pos in ("subst", "depr")
                     and "sg" in r.number for c in r.cases)


def _only_a_name(word: str) -> bool:
    """A first name and no current ordinary word, place or office („sebastian”, „zenka”; not „róża”, „marek”)."""
    found = name_tags.tags(word)  # in lower case: a diminutive that is a word stays one („jeździ elką”)
    return bool(first_cases(word)) and not found.ordinary and not found.office \
        and (not found.place or found.hypocoristic)


def _surname_cases(word: str) -> frozenset[str]:
    if not word.islower() or name_tags.verb(word) or name_tags.preposition(word):
        return frozenset()
    return frozenset(c for r in d.analyse(word.title()) if "nazwisko" in r.labels and "sg" in r.number
                     for c in r.cases)


def names(text: str, words: list, officer_surnames, common_first) -> list[tuple[int, int]]:
    """Spans of lower-case first names (with a surname after, and the list they head) the context gives a person."""
    found, i = [], 0
    while i < len(words):
        end = _named_at(text, words, i, officer_surnames, common_first)
        if end is None:
            i += 1
            continue
        found.append((words[i].start, words[end].end))
        i = end + 1
        while (k := _next_item(text, words, i)) is not None:
            end = _with_surname(text, words, k, first_cases(words[k].word), officer_surnames)
            if end is None:
                break
            found.append((words[k].start, words[end].end))  # „mariusz i dawid”: a list the first name heads
            i = end + 1
    return found


def _next_item(text: str, words: list, i: int) -> int | None:
    """The index of the list's next first name after a comma or „i/oraz/lub/albo” at word i (the word after the name)."""
    if i >= len(words) or i and not re.fullmatch(r"[^\S\n]*,?[^\S\n]*", text[words[i - 1].end:words[i].start]):
        return None
    k = i + 1 if words[i].lower in _JOINERS and _spaced(text, words, i) else i
    if k == i and "," not in text[words[i - 1].end:words[i].start] or k >= len(words):
        return None
    return k if first_cases(words[k].word) and not name_tags.tags(words[k].word.title()).office else None


def _named_at(text: str, words: list, i: int, officer_surnames, common_first) -> int | None:
    """The last index of the name starting at word i, when the words before or after it say a person."""
    t = words[i]
    cases = first_cases(t.word)
    if not cases or _GLUED.match(text, t.end):
        return None
    gap = text[words[i - 1].end:t.start] if i else ""
    if i and (_officers(words[i - 1]) or not (re.fullmatch(r"\.?[^\S\n]+|[^\S\n]*,[^\S\n]*", gap) or _OPENER.fullmatch(gap))):
        return None
    before = words[i - 1].lower if i else ""
    if before in _TRIGGERS and (before != "p") == (gap[:1] != ".") and not _OPENER.fullmatch(gap):
        cases &= _TRIGGERS[before]
    elif before in _COPULAS and i > 1 and name_tags.person_noun_cases(words[i - 2].word) and _spaced(text, words, i - 2):
        cases &= {"nom"}  # „sprawcy to mariusz”, „sprawcami są krystian”
    else:
        return _named_by_the_clause(text, words, i, cases, officer_surnames, common_first)
    if not cases or name_tags.tags(t.word.title()).office:
        return None
    return _with_surname(text, words, i, cases, officer_surnames)


def _named_by_the_clause(text: str, words: list, i: int, cases, officer_surnames, common_first) -> int | None:
    """A word only a first name, or a common first name with a surname in its case („jan kowal”, „anna lis”), by a
    verb or after a label's colon, a dash or a person's noun („zgłaszająca: anna lis”, „sąsiadka grażyna wróbel”)."""
    end = _with_surname(text, words, i, cases, officer_surnames)
    before = words[i - 1].lower if i and _spaced(text, words, i - 1) else ""
    if end is not None and kin_noun(before) and "gen" in cases and not name_tags.tags(words[i].word.title()).office:
        return end  # „kumpel jarka”, „ekipa bartka”: whose friend, though „jarek” is a word too
    if end is None or not (_only_a_name(words[i].word) or end > i and words[i].word.title() in common_first):
        return None
    if cases & _PERSON_PREPOSITIONS.get(before, set()):
        return end  # „u staszka na działce”, „z gośką z siódemki”
    if i > 1 and re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[words[i - 1].end:words[i].start]) \
            and _persons_noun(words[i - 1].word) and "nom" in cases:
        return end  # „sąsiadka, halina z trójki”: the person's noun and her name in apposition
    if end == i and i + 1 < len(words) and _spaced(text, words, i) and first_cases(words[i + 1].word):
        return None  # „jan paweł ii”: two first names, a patron's as often as a person's
    gap = text[words[i - 1].end:words[i].start] if i else ""
    opened = _OPENER.fullmatch(gap) or i and _spaced(text, words, i - 1) and _persons_noun(words[i - 1].word)
    return end if opened or _spaced(text, words, i - 1) and _by_a_verb(text, words, i, end) else None


@lru_cache(maxsize=4096)
def kin_noun(word: str) -> bool:
    """Whether a word, in any case and capitalisation, is a kin's or a friend's noun („Brat”, „szwagrem”, „Teść”,
    „narzeczonej”) whose name may follow in the genitive."""
    lower = word.lower()
    return lower in KIN or name_tags.available() and any(
        r.pos == "subst" and d.base(r.lemma) in _KIN_LEMMAS for r in d.analyse(lower))


def _persons_noun(word: str) -> bool:
    """A noun or a participle for a person before the name („sąsiadka”, „zgłaszająca”, „sprawca”)."""
    return bool(name_tags.person_noun_cases(word)) or name_tags.tags(word).office \
        or word.endswith(("ający", "ająca", "ujący", "ująca", "iący", "iąca"))


def _with_surname(text: str, words: list, i: int, cases: frozenset[str], officer_surnames) -> int | None:
    """i, or the next word when it is a surname in the first name's case (a woman's undeclined: „grażyną lis”);
    None when it is an officer's."""
    if i + 1 < len(words) and _spaced(text, words, i):
        nxt = words[i + 1].word
        if nxt.title() in officer_surnames:
            return None
        if _surname_cases(nxt) & (cases | {"nom"}) and not first_cases(nxt) and nxt not in _JOINERS:
            return i + 1
    return i


def _by_a_verb(text: str, words: list, i: int, end: int) -> bool:
    """A verb just before the name (past „go”, „się”, „wczoraj”) or just after it, in its clause."""
    j = i - 1
    while j >= 0 and words[j].lower in _CLITICS and _spaced(text, words, j):
        j -= 1
    if j >= 0 and _spaced(text, words, j, i) and name_tags.verb(words[j].word):
        return True
    return end + 1 < len(words) and _spaced(text, words, end) and bool(name_tags.verb(words[end + 1].word))


def _spaced(text: str, words: list, j: int, k: int | None = None) -> bool:
    """Only spaces between word j and word j + 1 (or each word up to k): one clause; True before the first word."""
    if j < 0:
        return True
    k = j + 1 if k is None else k
    return all(re.fullmatch(r"[^\S\n]+", text[words[m].end:words[m + 1].start]) for m in range(j, k))


def _officers(t) -> bool:
    """A rank before the name: an officer typed in lower case („st. asp. anna”), whom the rank rules keep."""
    return t.lower in _RANK_WORDS
