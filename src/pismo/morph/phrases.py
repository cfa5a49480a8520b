"""Multi-word names declined by their head and agreement.

"Urząd Miejski w Łęcznej" → "Urzędu Miejskiego w Łęcznej": the head noun and the
adjectives agreeing with it change; what follows them (a noun in the genitive,
a prepositional phrase, a quoted name, a number) stays as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from pismo.morph import dictionary as d
from pismo.morph.dictionary import Reading

CASES = {"mianownik": "nom", "dopelniacz": "gen", "celownik": "dat", "biernik": "acc",
         "narzednik": "inst", "miejscownik": "loc", "wolacz": "voc"}
COMMON = ("nazwa_pospolita", "nazwa_geograficzna", "człon_nazwy_geograficznej", "nazwa_organizacji")
GEOGRAPHIC = ("nazwa_geograficzna", "człon_nazwy_geograficznej", "nazwa_pospolita")
_QUOTES = "„\"'«(“”"
_VOWELS = set("aąeęioóuyAĄEĘIOÓUY")
_ROMAN = set("IVXLCDM")


def match_case(model: str, form: str) -> str:
    """Write a generated form the way the user wrote the word: ŁĘCZNEJ, Łęcznej, łęcznej."""
    if len(model) > 1 and model.isupper():
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    if model[:1].islower():
        return form[:1].lower() + form[1:]
    return form


def _rank(reading: Reading, prefer: tuple) -> int:
    for i, label in enumerate(prefer):
        if label in reading.labels:
            return i
    return len(prefer) if reading.labels else 0


def inflect(reading: Reading, case: str, number: str, gender: str) -> str | None:
    """The form of a reading's lexeme in another case (same number, gender, degree, aspect)."""
    found = [f for f in d.paradigm(reading.lemma)
             if f.pos == reading.pos and number in f.number and case in f.cases and gender in f.genders
             and f.rest == reading.rest]
    if not found:
        return None
    plain = [f for f in found if not f.qualifiers] or found
    return reading.prefix + plain[0].form


@dataclass
class _Word:
    """One word to decline: its readings in the source case."""

    text: str
    readings: tuple

    @property
    def nouns(self):
        return [r for r in self.readings if r.noun]

    @property
    def adjectives(self):
        return [r for r in self.readings if r.adjectival]


class _Token:
    """A space-separated token: one word, or a hyphenated one ('Patrolowo-Interwencyjny',
    'Kędzierzyn-Koźle', 'Bielsko-Biała')."""

    def __init__(self, text: str, source: str, analogy: bool):
        self.text = text
        parts = text.split("-")
        self.prefix = ""
        if len(parts) > 1 and all(parts) and all(_adja(p) for p in parts[:-1]):
            self.prefix, parts = "-".join(parts[:-1]) + "-", parts[-1:]
        self.words = [_Word(p, _readings(p, source, analogy)) for p in parts] if all(parts) else []
        self.compound = len(self.words) > 1

    @property
    def nouns(self):
        if not self.words:
            return []
        if self.compound:
            return self.words[0].nouns if all(w.nouns or w.adjectives for w in self.words) else []
        return self.words[0].nouns

    @property
    def adjectives(self):
        return [] if self.compound or not self.words else self.words[0].adjectives

    def inflect(self, reading: Reading, case: str, number: str, gender: str) -> str | None:
        if not self.compound:
            form = inflect(reading, case, number, gender)
            return None if form is None else self.prefix + match_case(self.words[0].text, form)
        out = []
        for word in self.words:  # each part of a compound noun in its own gender
            part = _own(word)
            if part is None:
                return None
            r, n, g = part
            form = inflect(r, case, n, g)
            if form is None:
                return None
            out.append(match_case(word.text, form))
        return "-".join(out)


def _own(word: _Word):
    """A word's own reading, number and gender (for the parts of a compound)."""
    for r in sorted(word.nouns, key=lambda r: ("sg" not in r.number, _rank(r, GEOGRAPHIC))) + word.adjectives:
        number = "sg" if "sg" in r.number else next(iter(r.number), None)
        gender = next((g for g in ("m3", "m1", "m2", "f", "n") if g in r.genders), None)
        if number and gender:
            return r, number, gender
    return None


def _adja(part: str) -> bool:
    """The first part of a compound adjective: 'patrolowo-', 'społeczno-'."""
    readings = d.analyse(part)
    if any(r.pos == "adja" for r in readings):
        return True
    return part.lower().endswith("o") and not any(r.noun and "nom" in r.cases for r in readings)


def _readings(word: str, source: str, analogy: bool) -> tuple:
    found = tuple(r for r in d.analyse(word) if source in r.cases)
    if not found and analogy and source == "nom" and word[:1].isupper():
        found = d.by_analogy(word)
    return found


def _stop(word: str) -> bool:
    return (word[:1] in _QUOTES or any(ch.isdigit() for ch in word) or word.endswith(".")
            or word.islower() and len(word) <= 3 and word not in ("dom", "sąd", "urząd"))


def _roman(word: str) -> bool:
    return bool(word) and set(word) <= _ROMAN


def _pairs(reading: Reading):
    """(number, gender) combinations a reading stands for, singular first."""
    for number in ("sg", "pl"):
        if number in reading.number:
            for gender in ("m1", "m2", "m3", "f", "n"):
                if gender in reading.genders:
                    yield number, gender


def _agreeing(adjectives, number: str, gender: str) -> Reading | None:
    return next((a for a in adjectives if a.agrees(number, gender)), None)


def decline(phrase: str, case: str, source: str = "nom", prefer: tuple = COMMON) -> str | None:
    """The phrase in another case, or None when its head cannot be read.

    case and source are SGJP case tags (nom, gen, dat, acc, inst, loc, voc)."""
    words = phrase.split()
    lead = 0
    while lead < len(words) - 1 and _roman(words[lead]):
        lead += 1
    tokens: list[_Token] = []
    for word in words[lead:]:
        if _stop(word) and tokens:
            break
        tokens.append(_Token(word, source, analogy=not tokens or all(t.adjectives for t in tokens)))
        if not tokens[-1].nouns and not tokens[-1].adjectives:
            tokens.pop()
            break
    head = None
    for j, token in enumerate(tokens):
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        attributive = after is not None and any(  # Zielona Góra, Miejski Ośrodek; not Ruda Śląska (a surname)
            _agreeing(token.adjectives, n, g) for r in after.nouns if _rank(r, prefer) < len(prefer)
            for n, g in _pairs(r))
        if attributive and any(_agreeing(after.adjectives, n, g) for r in token.nouns for n, g in _pairs(r)):
            attributive = False  # Wysokie Mazowieckie: a noun and its adjective, not an adjective and a noun
        if token.nouns and not attributive:
            head = j
            break
        if not token.adjectives:
            return None
    if head is None:
        return None
    choice = _head_reading(tokens, head, prefer)
    if choice is None:
        return None
    reading, number, gender = choice
    out = list(words[:lead])
    for token in tokens[:head]:
        form = token.inflect(_agreeing(token.adjectives, number, gender), case, number, gender)
        if form is None:
            return None
        out.append(form)
    form = tokens[head].inflect(reading, case, number, gender)
    if form is None:
        return None
    out.append(form)
    k = head + 1
    while k < len(tokens) and _agreeing(tokens[k].adjectives, number, gender):
        form = tokens[k].inflect(_agreeing(tokens[k].adjectives, number, gender), case, number, gender)
        if form is None:
            return None
        out.append(form)
        k += 1
    out.extend(words[lead + k:])
    return " ".join(out)


def _head_reading(tokens, head: int, prefer: tuple):
    """The head noun's reading that the adjectives before it (and, if possible, after it) agree with."""
    token = tokens[head]
    after = tokens[head + 1] if head + 1 < len(tokens) else None
    best = None
    for reading in token.nouns:
        for number, gender in _pairs(reading):
            if not all(_agreeing(t.adjectives, number, gender) for t in tokens[:head]):
                continue
            follows = bool(after and _agreeing(after.adjectives, number, gender))
            plural_name = "pt" in reading.rest and prefer is GEOGRAPHIC and len(tokens) == 1  # w Końskich
            score = (not follows, not plural_name, _rank(reading, prefer), number != "sg",
                     _place_rank(reading) if prefer is GEOGRAPHIC else ())
            if best is None or score < best[0]:
                best = (score, (reading, number, gender))
    return best[1] if best else None


def _place_rank(reading) -> tuple:
    """Among places of one locative the town a police unit is in is the „-ów” one („w Tarnowie”: Tarnów, not
    Tarnowa nor Tarnowo; Głogów, Łuków, Tomaszów), and one in „-a” comes last („w Krośnie”: Krosno, not Krosna;
    Łódź, Konin); town_choices tells when this rule does not decide."""
    return _name_rank(d.base(reading.lemma))


def _name_rank(name: str) -> tuple:
    return not name.endswith("ów"), name.endswith("a")


def town_choices(name: str) -> tuple[str, list[str]] | None:
    """(the word, its places) when a word of the town a unit's name ends with („… w Tarnowie”) is the locative
    of several places in the dictionary (Tarnów, Tarnowa, Tarnowo): town_of chose one by _place_rank's rule, a
    guess to be checked (Strzałkowo, not Strzałków, has a police station). None when it names one place."""
    words = name.split()
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in ("w", "we")
               and words[i + 1][:1].isupper()), None)
    for word in words[at + 1:] if at is not None else ():
        places = sorted({d.base(r.lemma) for r in d.analyse(word) if "loc" in r.cases
                         and {"nazwa_geograficzna", "człon_nazwy_geograficznej"} & set(r.labels)})
        if len(places) > 1 and not _lengthened(places):
            return word, places
    return None


def _lengthened(places: list[str]) -> bool:
    """Two places, one name only lengthening the other (Lublin, Lublino; Chełm, Chełmo): the shorter is the town."""
    return len(places) == 2 and min(places, key=len) != max(places, key=len) and max(places, key=len).startswith(
        min(places, key=len))


def preposition_w(word: str) -> str:
    """'w' or 'we' before a word: we Wrocławiu, we Włodawie, we Fromborku, we Lwowie, but w Warszawie."""
    lower = word.lower()
    if len(lower) > 1 and lower[0] in "wf" and lower[1] not in _VOWELS:
        return "we"
    if lower.startswith(("lwow", "mnie", "mnł")):
        return "we"
    return "w"


def in_town(town: str) -> str | None:
    """'Łęczna' → 'w Łęcznej', 'Wrocław' → 'we Wrocławiu', 'Kielce' → 'w Kielcach'."""
    located = decline(town, "loc", prefer=GEOGRAPHIC)
    return f"{preposition_w(located)} {located}" if located else None


def town_of(name: str) -> str | None:
    """The town a unit's name ends with, in the nominative: '… Policji we Wrocławiu' → 'Wrocław'."""
    words = name.split()
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower() in ("w", "we") and words[i + 1][:1].isupper():
            return decline(" ".join(words[i + 1:]), "nom", source="loc", prefer=GEOGRAPHIC)
    return None


_ON = {"plac", "boisko", "parking", "stadion", "skwer", "rynek", "ulica", "osiedle", "teren", "posesja", "działka",
       "poczta", "parter", "piętro", "hala", "dziedziniec", "sala gimnastyczna"}


def in_place(place: str) -> str | None:
    """A meeting place in the locative with its preposition: 'sala konferencyjna Komendy…' →
    'w sali konferencyjnej Komendy…', 'plac zabaw przy ul. Lipowej' → 'na placu zabaw przy ul. Lipowej'."""
    located = decline(place, "loc")
    if not located:
        return None
    first = place.split()[0].lower()
    return f"{'na' if first in _ON else preposition_w(located)} {located}"
