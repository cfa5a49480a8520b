"""Persons' names in free text, in any Polish case form, for the public version.

Polish declines names: „Marek Wróbel” is „Marka Wróbla” in one sentence and
„Markiem Wróblem” in the next, „Jolanta” becomes „Jolancie”. A name part is
therefore matched by its stems (the nominative less its final vowel, less a
mobile „e”, with „ó” turned to „o”, with the consonant alternations before
„-e”) followed by one of a closed set of endings: „Kot” matches „Kota” but
never „Kotlarski”.

Text is cut into words; a run of adjacent name words (first names, surnames,
initials, „Pan/Pani/p.”) is one mention. A mention of a private person goes,
an officer's stays: a run every word of which can be the officer's is the
officer's. Names given only in free text are recognised by a common first
name followed by a capitalised word, except where that is a street, a patron
or an officer (after a rank).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

# Endings of Polish nouns and adjectives: what may follow a stem in a case form.
ENDINGS = frozenset({
    "", "a", "e", "i", "o", "u", "y", "ą", "ę", "em", "om", "ie", "iu", "ej", "iej", "ego", "iego", "emu", "iemu",
    "ym", "im", "iem", "ich", "ych", "ach", "ami", "owi", "owie", "ów",
})
# Stem-final consonants that alternate before the ending „-e” (Jolanta → Jolancie, Agnieszka → Agnieszce).
ALTERNATIONS = (("zd", "ździ"), ("st", "ści"), ("sł", "śl"), ("sn", "śni"), ("zn", "źni"), ("ch", "sz"),
                ("k", "c"), ("g", "dz"), ("t", "ci"), ("d", "dzi"), ("r", "rz"), ("ł", "l"))
VOWELS = "aeiouyąęó"
MIN_BARE_SURNAME = 4  # a shorter surname alone („Lis”, „Lew”) is too often an ordinary word

HONORIFICS = frozenset({"pan", "pana", "panu", "panem", "panie", "pani", "panią", "p", "państwo", "państwa",
                        "państwu"})
RANKS = frozenset({
    "post", "posterunkowy", "st", "sierż", "sierżant", "szt", "mł", "asp", "aspirant", "podkom", "kom", "komisarz",
    "nadkom", "podinsp", "insp", "inspektor", "nadinsp", "gen",
})
# Words after which a name is a street's, a school's or a church's patron, not a person's.
PLACE_WORDS = frozenset({
    "ul", "ulica", "ulicy", "ulicę", "ulicą", "al", "aleja", "alei", "aleję", "pl", "plac", "placu", "os", "osiedle",
    "osiedla", "osiedlu", "rondo", "ronda", "rondzie", "im", "imienia", "św", "świętego", "świętej", "święty",
    "święta", "bł", "pw", "patrona", "patronki", "most", "mostu", "park", "parku",
})
# Capitalised words of functions and titles: never a part of a person's name.
TITLES = frozenset("""
    pan pani państwo dr doktor mgr inż prof ks ksiądz sołtys sołtyska radna radny radni przewodnicząca
    przewodniczący
    prezes prezeska burmistrz prezydent wójt starosta marszałek wojewoda rady rada osiedla osiedle gminy miasta
    powiatu zarządu zarząd wspólnoty wspólnota członek członkini dyrektor dyrektorka kierownik kierowniczka
    sekretarz skarbnik komendant komendanta straży miejskiej mieszkaniec mieszkanka mieszkańcy sąsiad sąsiadka
    właściciel właścicielka pedagog nauczyciel nauczycielka wychowawca wychowawczyni przedstawiciel
    przedstawicielka zastępca zastępczyni sędzia kurator kuratorka pracownik pracownica szkoły szkoła podstawowej
    podstawowa urzędu urząd miejskiego miejski stowarzyszenia fundacji koła gospodyń wiejskich
    ochotniczej
    osp policji
""".split())
# Capitalised words after a first name that make a place or a ruler, not a person („Kazimierz Dolny”).
NOT_SURNAMES = frozenset("""
    dolny dolna dolne górny górna górne wielki wielka wielkie wielkiego wielkiej mały mała małe duży duża duże
    nowy nowa nowe stary stara stare chrobry śmiały łokietek krzywousty sobieski jagiellończyk zdrój
""".split())
FIRST_NAMES = frozenset("""
    adam adrian agata agnieszka albert aleksander aleksandra alicja alina amelia andrzej aneta aniela anna antoni
    antonina arkadiusz artur barbara bartłomiej bartosz beata bernard bogdan bogdana bogumiła bogusław bogusława
    bożena bronisław bronisława cezary czesław czesława damian daniel daniela danuta dariusz dawid diana dominik
    dominika dorota edward edyta elżbieta emil emilia eugeniusz ewa ewelina filip franciszek gabriela genowefa
    grażyna grzegorz halina hanna helena henryk henryka hubert ignacy igor ilona irena ireneusz iwona izabela jacek
    jadwiga jakub jan janina janusz jarosław jerzy joanna jolanta józef józefa julia julian justyna kacper kamil
    kamila karina karol karolina katarzyna kazimiera kazimierz kinga klaudia konrad krystian krystyna krzysztof
    leszek lech leon leokadia lucyna ludwik łucja łukasz maciej magdalena maja małgorzata marcin marek maria
    marian marianna mariusz marta marzena mateusz michał mieczysław mieczysława mikołaj milena mirosław mirosława
    monika natalia nikola norbert oliwia olga oskar patrycja patryk paula paulina paweł piotr przemysław radosław
    rafał renata robert roman romuald ryszard sabina sebastian stanisław stanisława stefan stefania sylwester
    sylwia szymon tadeusz tamara teresa tomasz urszula wacław waldemar wanda weronika wiesław wiesława wiktor
    wiktoria witold władysław władysława włodzimierz wojciech zbigniew zdzisław zdzisława zenon zenona zofia
    zuzanna zygmunt żaneta
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SPACE = re.compile(r"\s+")
_DASH = re.compile(r"\s*[-\u2010\u2011\u2013]\s*")
_ROMAN = re.compile(r"[IVXLCDM]+")
_PERSONS_SEPARATOR = re.compile(r"\s+(?:i|oraz)\s+|[,;]")


def stems(word: str) -> dict[str, set[str]]:
    """Every stem of a name part in lower case, with the endings it takes."""
    word = word.lower()
    bases = {word, word[:-1] if len(word) > 2 and word[-1] in VOWELS else word}
    for base in list(bases):
        if len(base) >= 3 and base[-2] == "e" and base[-1] not in VOWELS:  # mobile e: Wróbel → Wróbla
            bases.add(base[:-2] + base[-1])
            if base[-3] == "i":  # Kozieł → Kozła
                bases.add(base[:-3] + base[-1])
    for base in list(bases):
        tail = re.search(f"[óą][^{VOWELS}]+$", base)  # Sokół → Sokoła, Dąb → Dęba
        if tail:
            bases.add(base[:tail.start()] + {"ó": "o", "ą": "ę"}[base[tail.start()]] + tail.group()[1:])
    found = {base: set(ENDINGS) for base in bases}
    for base in bases:
        for hard, soft in ALTERNATIONS:
            if base.endswith(hard) and len(base) > len(hard) + 1:
                found.setdefault(base[:-len(hard)] + soft, set()).add("e")
                break
        if base.endswith(("sk", "ck", "dzk")):  # the family: Kowalski → Kowalscy
            found.setdefault(base[:-1] + "c", set()).add("y")
    return found


@dataclass
class Forms:
    """Case forms of some name parts: a word matches if a stem and an ending make it."""

    stems: dict[str, set[str]] = field(default_factory=dict)

    def add(self, part: str) -> None:
        for stem, endings in stems(part).items():
            self.stems.setdefault(stem, set()).update(endings)

    def __contains__(self, word: str) -> bool:
        word = word.lower()
        for cut in range(max(1, len(word) - 4), len(word) + 1):
            endings = self.stems.get(word[:cut])
            if endings and word[cut:] in endings:
                return True
        return False


COMMON_FIRST = Forms()
for _name in FIRST_NAMES:
    COMMON_FIRST.add(_name)
_NOT_SURNAME = Forms()
for _name in NOT_SURNAMES:
    _NOT_SURNAME.add(_name)


@dataclass
class Person:
    """The name parts of one person: first names and surnames (a double one gives two)."""

    first: list[str]
    surnames: list[str]


def person(text: str) -> Person | None:
    """The person a person field names, skipping titles and functions: „Sołtys Jan Nowak” → Jan, Nowak."""
    found = list(_WORD.finditer(text))
    words = [w for i, w in enumerate(found)
             if _name_part(text, w) and not (i and found[i - 1].group().lower() in PLACE_WORDS)]
    if not words:
        return None
    known = [i for i, w in enumerate(words) if w.group().lower() in FIRST_NAMES]
    if not known:  # no first name we know: the last word is the surname, the one before the first name
        return Person([w.group() for w in words[-2:-1]], [words[-1].group()])
    after, before = known[-1] + 1, known[0] - 1
    if after < len(words) and after not in known:
        surname = _compound(text, words, after)
    elif before >= 0:
        surname = [words[before].group()]
    else:  # only first names: the last one is the surname („Jan Marek”)
        return Person([words[i].group() for i in known[:-1]], [words[known[-1]].group()])
    return Person([words[i].group() for i in known], surname)


def _name_part(text: str, word: re.Match) -> bool:
    """A capitalised word that is no title, abbreviation („Dr.”, „Inż.”) or Roman numeral."""
    w = word.group()
    abbreviation = len(w) <= 4 and text[word.end():word.end() + 1] == "."
    return (len(w) > 1 and w[0].isupper() and w.lower() not in TITLES and not abbreviation
            and not _ROMAN.fullmatch(w))


def _compound(text: str, words: list[re.Match], index: int) -> list[str]:
    """A surname and the parts joined to it by hyphens („Nowak-Jeziorańska”)."""
    parts = [words[index].group()]
    while index + 1 < len(words) and _DASH.fullmatch(text[words[index].end():words[index + 1].start()]):
        index += 1
        parts.append(words[index].group())
    return parts


def tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def names_person(text: str, name: str) -> bool:
    """Whether a text names someone: the name's words, whole, in order („Anna Nowak” ≠ „Anna Nowakowska”)."""
    words, wanted = tokens(text), tokens(name)
    return bool(wanted) and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


@dataclass
class _Side:
    """The name parts of a group of persons: the private ones, or the officers."""

    first: Forms = field(default_factory=Forms)
    surnames: Forms = field(default_factory=Forms)
    bare: Forms = field(default_factory=Forms)  # surnames long enough to identify alone
    initials: set[str] = field(default_factory=set)

    def add(self, p: Person) -> None:
        for part in p.first:
            self.first.add(part)
        for part in p.surnames:
            self.surnames.add(part)
            self.initials.add(part[0].lower())
            if len(part) >= MIN_BARE_SURNAME:
                self.bare.add(part)


@dataclass
class _Token:
    start: int
    end: int
    word: str
    dot: bool

    @property
    def lower(self) -> str:
        return self.word.lower()


class Names:
    """Removes private persons' names from texts and keeps the officers'."""

    def __init__(self, fields: Iterable[str], officers: Iterable[str]):
        officers = [o for o in officers if o]
        self.private, self.officers = _Side(), _Side()
        for name in officers:
            if (p := person(name)):
                self.officers.add(p)
        for text in fields:
            for part in _PERSONS_SEPARATOR.split(text or ""):
                if part.strip() and not any(names_person(part, o) for o in officers) and (p := person(part)):
                    self.private.add(p)

    def redact(self, text: str, mark: str) -> str:
        """The text with every private person's mention replaced by the marker."""
        words = [_Token(m.start(), m.end(), m.group(), text[m.end():m.end() + 1] == ".") for m in _WORD.finditer(text)]
        spans = [span for run in _runs(text, words, self._is_name) for span in self._mentions(text, words, run)]
        pieces, done = [], 0
        for start, end in spans:
            pieces += [text[done:start], mark]
            done = end
        return "".join(pieces) + text[done:]

    def _is_name(self, t: _Token) -> bool:
        return (t.lower in HONORIFICS and (t.lower != "p" or t.dot)) or _initial(t) or any(
            t.word in forms for forms in (self.private.first, self.private.surnames,
                                          self.officers.first, self.officers.surnames, COMMON_FIRST))

    def _mentions(self, text: str, words: list[_Token], run: range) -> list[tuple[int, int]]:
        """The spans to cut in a run of name-like words: none if it is an officer's."""
        ts = [words[i] for i in run]
        if any(t.word in self.officers.surnames for t in ts) and all(self._officers_word(t) for t in ts):
            return []
        if self._private_mention(words, run):
            start, end = _span(ts)
            return [(start, max(end, _compound_end(text, words, run.stop - 1)))]
        return self._free_text_names(text, words, run)

    def _officers_word(self, t: _Token) -> bool:
        return t.lower in HONORIFICS or _initial(t) or t.word in self.officers.first or t.word in self.officers.surnames

    def _private_mention(self, words: list[_Token], run: range) -> bool:
        """A private surname with a first name, an initial or „Pan/Pani” — or alone, capitalised and long."""
        ts = [words[i] for i in run]
        if _after(words, run.start, PLACE_WORDS):
            return False
        surnames = [t.word in self.private.surnames for t in ts]
        if not any(surnames):  # „Anna K.”: a first name and the surname's initial
            return any(a.word in self.private.first and _initial(b) and b.lower in self.private.initials
                       for a, b in zip(ts, ts[1:]))
        capitalised = any(t.word[0].isupper() for t, surname in zip(ts, surnames) if surname)
        if len(ts) > 1:  # lower case only with a first name: „jan kowalski”, not „pani dobra”
            return capitalised or any(t.lower not in HONORIFICS for t, surname in zip(ts, surnames) if not surname)
        t = ts[0]
        return (capitalised and t.word in self.private.bare and t.word not in self.officers.surnames
                and not _after(words, run.start, RANKS))

    def _free_text_names(self, text: str, words: list[_Token], run: range) -> list[tuple[int, int]]:
        """Common first names and the capitalised word after them, typed in free text only („Zbigniew Nowak”)."""
        ts = [words[i] for i in run]
        firsts = [t for t in ts if t.lower not in HONORIFICS]
        if not firsts or not all(t.word.istitle() and t.word in COMMON_FIRST for t in firsts):
            return []
        after_number = re.search(r"\d\s*$", text[max(0, ts[0].start - 8):ts[0].start])  # „3 Maja”
        if after_number or _after(words, run.start, PLACE_WORDS | RANKS):
            return []
        if run.stop == len(words) or not _SPACE.fullmatch(text[ts[-1].end:words[run.stop].start]):
            return []
        surname = words[run.stop]
        if not _surname_like(surname) or re.match(r"\s+[IVXLCDM]+\b", text[surname.end:]):
            return []
        return [(ts[0].start, _compound_end(text, words, run.stop))]


def _surname_like(t: _Token) -> bool:
    return (t.word.istitle() and len(t.word) > 1 and t.lower not in TITLES and t.word not in _NOT_SURNAME
            and t.word not in COMMON_FIRST)


def _initial(t: _Token) -> bool:
    return len(t.word) == 1 and t.word.isupper() and t.dot


def _after(words: list[_Token], index: int, kinds: frozenset[str]) -> bool:
    return index > 0 and words[index - 1].lower in kinds


def _compound_end(text: str, words: list[_Token], index: int) -> int:
    """The end of a surname with the capitalised parts hyphenated to it („Kozieł-Wiśniewska”)."""
    while (index + 1 < len(words) and text[words[index].end:words[index + 1].start] in ("-", "\u2010", "\u2011")
           and words[index + 1].word[0].isupper()):
        index += 1
    return words[index].end


def _span(ts: list[_Token]) -> tuple[int, int]:
    """From the run's first word to its last („p.” and initials with their dot), less a trailing „Pan/Pani”."""
    last = len(ts) - 1
    while last > 0 and ts[last].lower in HONORIFICS:
        last -= 1
    return ts[0].start, _end(ts[last])


def _runs(text: str, words: list[_Token], is_name) -> Iterable[range]:
    """Maximal runs of adjacent name-like words, joined by spaces (or a hyphen inside a double surname)."""
    start = None
    for i, t in enumerate(words):
        if not is_name(t):
            if start is not None:
                yield range(start, i)
            start = None
        elif start is not None and not _joins(text[_end(words[i - 1]):t.start]):
            yield range(start, i)
            start = i
        elif start is None:
            start = i
    if start is not None:
        yield range(start, len(words))


def _end(t: _Token) -> int:
    return t.end + (1 if t.dot and (_initial(t) or t.lower == "p") else 0)


def _joins(gap: str) -> bool:
    return bool(_SPACE.fullmatch(gap) or _DASH.fullmatch(gap))
