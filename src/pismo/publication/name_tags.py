"""What the SGJP dictionary (morfeusz2) says a capitalised word is: a first name, a surname, a place, an
ordinary word, an office — for finding private persons the case does not list (pismo.publication.names).

The dictionary tags proper names (`imię`, `nazwisko`, `nazwa_geograficzna`) in every case form: „Bożeną”,
„Zielińskiemu”, „Wieńczysławowi”. Many surnames are also ordinary words („Kowal”, „Wilk”, „Sowa”), places
(„Wilków”) or offices („Burmistrz”, „Sołtys”): a word is `pure` only when the dictionary reads it as a
person's name and as nothing else current. The dictionary loads on the first word asked (pismo.morph.dictionary),
so only a public version pays for it; without the morfeusz2 wheel every word is unknown and nothing more is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pismo.morph import dictionary as d
from pismo.publication.names_data import (ASCII_REPORTING_STEMS, ASCII_STATEMENT_NOUNS, COLLOQUIAL_SHAPES, DIMINUTIVE_ENDINGS, FIRST_NAMES, HYPOCORISTICS, MODERN_FIRST_NAMES, OFFICES,
                                          PERSON_VERB_ROOTS, PERSON_VERBS, ROLE_NOUNS, SEASON_VERBS, THING_VERBS, TIME_NOUNS, TITLES, WEEKDAYS,
                                          WORD_DIMINUTIVES)

PERSON_LABELS = {"imię", "nazwisko"}
PLACE_LABELS = {"nazwa_geograficzna", "człon_nazwy_geograficznej"}
# Readings the dictionary marks as old, rare or regional: no current ordinary word („nowak”, „kowalczyk”).
_FADED = {"daw.", "przest.", "rzad.", "char.", "gwar.", "reg.", "arch.", "książk."}
_ADJECTIVAL_SURNAME = ("ski", "cki", "dzki")
# A wife's and a daughter's forms: Wróbel → Wróblowa, Wróblówna; Sowa → Sowina, Sikora → Sikorzyna.
_MARRIED = re.compile(r"(\w+?)(owa|owej|ową|ówna|ówny|ównie|ówną|ina|inej|iną|yna|ynej|yną)")
_MARRIED_CASES = {"owa": ("nom",), "owej": ("gen", "dat", "loc"), "ową": ("acc", "inst"), "ówna": ("nom",),
                  "ówny": ("gen",), "ównie": ("dat", "loc"), "ówną": ("acc", "inst")}
for _ending, _suffix in (("ina", "a"), ("inej", "ej"), ("iną", "ą"), ("yna", "a"), ("ynej", "ej"), ("yną", "ą")):
    _MARRIED_CASES[_ending] = _MARRIED_CASES["ow" + _suffix]


@dataclass(frozen=True)
class Tags:
    """One word's readings, summed up."""

    first: frozenset[str]  # genders (m1, f) of its first-name readings
    surname: frozenset[str]  # genders of its surname readings
    ordinary: bool  # also a current ordinary word (common noun, verb, adjective other than a surname's own)
    place: bool  # also a place: its own name („Wilków”, „Wilkowa”) or its locative („Wilkowie”)
    office: bool  # an office or a role („Burmistrz”, „Sołtys”, „Dyrektor”): after „Pani” no name
    person_noun: bool  # also an ordinary noun for a person („kowal”, „kierowca”): may be the subject of „zgłosił”
    forms: frozenset[tuple[str, str]]  # (case, gender) of its person's readings
    geographic: bool  # a place's name in some reading, however rare („Ludwina”: of Ludwin)
    known: bool  # the dictionary knows the word at all
    married: bool = False  # also a wife's or a daughter's form of a surname („Wróblowa”: a village and Wróbel's wife)
    hypocoristic: bool = False  # a diminutive used as a first name (names_data.HYPOCORISTICS: „Tomek”, „Kuba”)

    @property
    def nominative(self) -> bool:
        """A person's reading in the nominative: the subject of a verb."""
        return any(case == "nom" for case, _ in self.forms)

    @property
    def person(self) -> bool:
        return bool(self.first or self.surname) and not self.office

    @property
    def pure(self) -> bool:
        """Only a person's name: alone in a text, it names someone."""
        return self.person and not self.ordinary and not self.place


def available() -> bool:
    return d.available()


@lru_cache(maxsize=65536)
def tags(word: str) -> Tags:
    """The dictionary's word on a capitalised word (all unknown without the dictionary)."""
    readings = d.analyse(word) if available() else ()
    first, surname, forms, place_cases = set(), set(), set(), set()
    ordinary = office = geographic = person_noun = hypocoristic = False
    # A deprecative plural surname („Środki” of Środek, „Kamery” of Kamer) beside a common noun's form is the noun:
    # read as a person's, it made „Środki otrzymał Puchaczów” a man receiving a village (rev-pub18 8).
    common = any(r.pos == "subst" and "nazwa_pospolita" in r.labels for r in readings)
    for r in readings:
        if r.pos == "depr" and common:
            continue
        labels = set(r.labels)
        current = not (_FADED & {q for qs in r.qualifiers for q in qs.split(",")})
        lemma = d.base(r.lemma).lower()
        geographic |= bool(labels & PLACE_LABELS)
        if labels & PERSON_LABELS and r.pos in ("subst", "depr"):
            hypocoristic |= "imię" in labels and lemma in HYPOCORISTICS
            forms |= {(case, gender) for case in r.cases or {"nom"} for gender in r.genders or {"m1", "f"}}
            (first if "imię" in labels else surname).update(r.genders & {"m1", "f"} or {"m1", "f"})
            if "nazwisko" in labels and "imię" in labels:
                surname.update(r.genders & {"m1", "f"})
        elif labels & PLACE_LABELS:
            if lemma == word.lower() or "loc" in r.cases:  # the place's own name, or „w Wilkowie”
                place_cases |= r.cases or {"nom"}
        elif lemma in OFFICES or lemma in ROLE_NOUNS or word.lower() in TITLES:
            office = True
        elif r.pos == "adj" and lemma.endswith(_ADJECTIVAL_SURNAME):
            continue  # „Wiśniewska”: every -ska surname is also an adjective
        elif current and r.pos not in ("interj", "brev"):
            ordinary = True
            person_noun |= r.pos == "subst" and "m1" in r.genders
    if word[:1].isupper() and (modern := _modern_forms().get(word.lower())):  # „Nikola”, „Samancie”
        return Tags(frozenset(g for _, g in modern), frozenset(surname), False, bool(place_cases), False, False,
                    frozenset(forms | modern), geographic, True)
    if not readings and (married := _MARRIED.fullmatch(word)) and _surname_base(married.group(1), married.group(2)):
        return Tags(frozenset(), frozenset({"f"}), False, False, False, False,
                    frozenset((case, "f") for case in _MARRIED_CASES[married.group(2)]), False, True, True)  # „Nowakowa”, „Kaczmarczykówna”: the wife's and the daughter's of a surname
    if word[:1].isupper() and not readings and word.lower() in FIRST_NAMES:  # „Dmytro”, „Giorgi”, „Sean”: the hand
        first |= {"m1", "f"}  # list's foreign names the dictionary lacks, in the nominative they are written in
        forms |= {("nom", "m1"), ("nom", "f")}
    elif word[:1].isupper() and not readings and (foreign := _foreign_forms().get(word.lower())):
        first |= {g for _, g in foreign}  # „Tylera”, „Z Brandonem”: their Polish cases
        forms |= foreign
    if word[:1].isupper() and (diminutive := _word_diminutive_forms().get(word.lower())):  # „Wiola”, „Oliwka”
        first |= {g for _, g in diminutive}
        forms |= diminutive
        place_cases, geographic = set(), False  # the hand list's are names first („Pobili Bodzia”: a village too)
    if word[:1].isupper() and not first and not person_noun and not office \
            and (derived := derived_diminutive(word.lower())) \
            and (not ordinary or word.lower().endswith(_KA_FORMS)):  # „Zbychu”, „Natka”, „Mati”; not „Ruchu”
        first |= {g for _, g in derived}
        forms |= derived
    elif word[:1].isupper() and not readings and not first and (colloquial := _colloquial(word.lower())):
        first |= {g for _, g in colloquial}  # „Mietas”, „z Waldim”, „Zbychowi”, „z Krychą”
        forms |= colloquial
    if any(d.base(r.lemma).lower() in FEASTS for r in readings):  # „Barbórka”: the miners' feast, not Barbara
        return Tags(frozenset(), frozenset(surname), True, False, False, False, frozenset(), geographic, True)
    place = bool(place_cases)
    married = bool((found := _MARRIED.fullmatch(word)) and _surname_base(found.group(1), found.group(2)))
    return Tags(frozenset(first), frozenset(surname), ordinary and not (hypocoristic and word[:1].isupper()), place,
                office, person_noun, frozenset(forms), geographic, bool(readings), married, hypocoristic)


_SOFT_LOCATIVES = (("ss", "ssie"), ("st", "ście"), ("t", "cie"), ("d", "dzie"), ("k", "ce"), ("g", "dze"),
                   ("r", "rze"), ("ł", "le"), ("l", "li"), ("j", "i"), ("s", "sie"), ("z", "zie"), ("n", "nie"),
                   ("m", "mie"), ("w", "wie"), ("f", "fie"), ("b", "bie"), ("p", "pie"), ("x", "ksie"))


def _locative(stem: str) -> str:
    return next((stem[:-len(a)] + b for a, b in _SOFT_LOCATIVES if stem.endswith(a)), stem + "u")


@lru_cache(maxsize=1)
def _modern_forms() -> dict[str, frozenset[tuple[str, str]]]:
    """Every case form of names_data.MODERN_FIRST_NAMES (see _declined)."""
    return _declined(MODERN_FIRST_NAMES)


@lru_cache(maxsize=1)
def _foreign_forms() -> dict[str, frozenset[tuple[str, str]]]:
    """The oblique cases of names_data.FIRST_NAMES as Polish declines a foreign name: a man's on a consonant as
    „Adam” („Tyler”, „Tylera”, „Tylerem”), a woman's on „-a” as „Samanta”; looked up only for a word the dictionary
    lacks, so a Polish name's own forms come from the dictionary."""
    found: dict[str, set[tuple[str, str]]] = {}
    for name in FIRST_NAMES:
        if name.endswith("a"):
            declined = _declined({"f": (name,)})
        elif name[-1] not in "aeiouyąęó":
            declined = {name + "a": {("gen", "m1"), ("acc", "m1")}, name + "owi": {("dat", "m1")},
                        name + ("iem" if name[-1] in "kg" else "em"): {("inst", "m1")},
                        _locative(name): {("loc", "m1"), ("voc", "m1")}}
        else:
            continue
        for form, pairs in declined.items():
            if form != name:
                found.setdefault(form, set()).update(pairs)
    return {form: frozenset(pairs) for form, pairs in found.items()}


@lru_cache(maxsize=1)
def _word_diminutive_forms() -> dict[str, frozenset[tuple[str, str]]]:
    """names_data.WORD_DIMINUTIVES, declined: a woman's (see _declined), a man's as „Adam” („Tymek”, whose „e”
    drops: „Tymka”; „Bolo”: „Bola”; „Sebix”: „Sebixem”) or, on „-i”, as an adjective („Szymi”: „Szymiego”)."""
    found = dict(_declined({"f": WORD_DIMINUTIVES["f"]}))
    for name in WORD_DIMINUTIVES["m1"]:  # „Seba” as a woman's name, in a man's gender; „Bodzio”, „Tymek” as „Adam”
        stem = name[:-2] + name[-1] if name.endswith("ek") else name[:-1] if name.endswith("o") \
            else None if name[-1] in "aeiouy" else name
        forms = _declined({"f": (name,)}) if name.endswith("a") else {
            stem + "a": {("gen", "m1"), ("acc", "m1")}, stem + "owi": {("dat", "m1")},
            stem + ("iem" if stem[-1] in "kg" else "em"): {("inst", "m1")}, **_diminutive_locatives(stem)} \
            if stem else _adjectival(name)
        for form, pairs in forms.items():
            found[form] = found.get(form, frozenset()) | {(case, "m1") for case, _ in pairs}
        found[name] = found.get(name, frozenset()) | {("nom", "m1")}
    return found


def _diminutive_locatives(stem: str) -> dict[str, set[tuple[str, str]]]:
    """A man's diminutive's locative and vocative: „-u” after a velar, „l” or „j” („Tymku”, „Bolu”), also as
    „Adam” („Sebixie”, also spelt „Sebiksie”), where „-u” is the colloquial vocative („Sebixu!”)."""
    found = {stem + "u": {("loc", "m1"), ("voc", "m1")}}
    if stem[-1] not in "kgjl" and not stem.endswith("ch"):
        for form in {_locative(stem), stem + "ie" if stem.endswith("x") else _locative(stem)}:
            found[form] = {("loc", "m1"), ("voc", "m1")}
    return found


def _adjectival(name: str) -> dict[str, set[tuple[str, str]]]:
    """A man's diminutive on „-i” declined as an adjective: „Szymi”, „Szymiego”, „Szymiemu”, „Szymim”."""
    if not name.endswith("i"):
        return {}
    return {name + "ego": {("gen", "m1"), ("acc", "m1")}, name + "emu": {("dat", "m1")},
            name + "m": {("inst", "m1"), ("loc", "m1")}}


@lru_cache(maxsize=1)
def _openings() -> dict[str, frozenset[str]]:
    """The opening letters (two to five) of names_data.FIRST_NAMES and the genders of the names they open (a woman's
    ends in „a”)."""
    found: dict[str, set[str]] = {}
    for name in FIRST_NAMES:
        for n in range(2, 6):
            found.setdefault(name[:n], set()).add("f" if name.endswith("a") else "m1")
    return {opening: frozenset(genders) for opening, genders in found.items()}


@lru_cache(maxsize=4096)
def derived_diminutive(word: str) -> frozenset[tuple[str, str]]:
    """(case, gender) of a lower-case word read as a diminutive of a first name by its ending on the name's opening
    letters (names_data.DIMINUTIVE_ENDINGS: „zbychu”, „mati”, „natka” → natki, natce…); empty when none."""
    for ending, genders, shortest in DIMINUTIVE_ENDINGS:
        for form in _KA_FORMS if ending == "ka" else (ending,):  # „natka”, „natki”, „natce”, „natkę”…
            opening = word[:-len(form)]
            if word.endswith(form) and len(opening) >= shortest \
                    and (fits := set(genders.split()) & _openings().get(opening, frozenset())):
                if ending == "ka":
                    return _declined({"f": (opening + ending,)}).get(word, frozenset())
                return frozenset((case, g) for case in ("nom", "voc") for g in fits)
    return frozenset()


_KA_FORMS = ("ka", "ki", "ce", "kę", "ką", "ko")


@lru_cache(maxsize=4096)
def _colloquial(word: str) -> frozenset[tuple[str, str]]:
    """(case, gender) of a word the dictionary lacks read as a colloquial first name by its shape on a name's
    opening letters (names_data.COLLOQUIAL_SHAPES: „mietas”, „waldim”, „przemem”, „zbycha”, „krychą”); empty when none."""
    found = set()
    for shape, gender, shortest, endings in COLLOQUIAL_SHAPES:
        for ending, cases in endings.items():
            opening = word[:len(word) - len(shape + ending)]
            if word.endswith(shape + ending) and len(opening) >= shortest and any(
                    gender in _openings().get(o, frozenset()) for o in {opening, opening[:-1] + "i" * opening.endswith("y")}):
                found |= {(case, gender) for case in cases.split()}
    return frozenset(found)


def diminutive_cases(word: str) -> frozenset[str]:
    """The cases a lower-case word reads in as a diminutive or a first name SGJP lacks („patki” → gen, „sebą” → inst,
    „samancie” → dat, loc)."""
    return frozenset(case for case, _ in _word_diminutive_forms().get(word, frozenset()) | derived_diminutive(word)
                     | _modern_forms().get(word, frozenset()))


def _declined(names_by_gender: dict[str, tuple[str, ...]]) -> dict[str, frozenset[tuple[str, str]]]:
    """Every case form of first names, declined as Polish declines such names: „Samanta”, „Samanty”, „Samancie”;
    „Noel”, „Noela”, „Noelowi”; a woman's name on a consonant stays undeclined."""
    found: dict[str, set[tuple[str, str]]] = {}
    for gender, names in names_by_gender.items():
        for name in names:
            if gender == "f" and name.endswith("a"):
                stem = name[:-1]
                gen = stem + ("i" if stem[-1] in "kgl" else "y")
                dat = stem + "i" if stem[-1] == "l" else _locative(stem)
                pairs = [(name, "nom"), (gen, "gen"), (dat, "dat"), (dat, "loc"), (stem + "ę", "acc"),
                         (stem + "ą", "inst"), (stem + "o", "voc")]
            elif gender == "f":
                pairs = [(name, case) for case in ("nom", "gen", "dat", "acc", "inst", "loc", "voc")]
            else:
                stem = name.replace("x", "ks") if name.endswith("x") else name
                pairs = [(name, "nom"), (stem + "a", "gen"), (stem + "a", "acc"), (stem + "owi", "dat"),
                         (stem + ("iem" if stem[-1] in "kg" else "em"), "inst"), (_locative(name), "loc"),
                         (_locative(name), "voc")]
            for form, case in pairs:
                found.setdefault(form, set()).add((case, gender))
    return {form: frozenset(pairs) for form, pairs in found.items()}


def married_cases(word: str) -> frozenset[str]:
    """The cases a wife's or a daughter's form of a surname is in („Wróblowa” → nom, „Wróblowej” → gen, dat, loc)."""
    found = _MARRIED.fullmatch(word)
    return frozenset(_MARRIED_CASES[found.group(2)]) if found and tags(word).married else frozenset()


def _surname_base(base: str, ending: str = "owa") -> bool:
    """Whether a wife's form's base is a surname, its mobile „e” or „ó” put back („Wróbl-owa” → Wróbel, „Kozł-owa” →
    Kozieł, „Mroz-owa” → Mróz); before „-ina”, „-yna” a surname in „-a” („Sow-ina” → Sowa, „Sikorz-yna” → Sikora)."""
    if ending[0] in "iy":
        candidates = [base + "a"] + ([base[:-2] + "ra"] if base.endswith("rz") else [])
    else:
        candidates = [base] + ([base[:-1] + "e" + base[-1], base[:-1] + "ie" + base[-1]] if len(base) > 2 else [])
        candidates += [re.sub(r"o([^aeiouyąęó]+)$", r"ó\1", base)]
    return any(tags(c).surname for c in candidates if c != base or ending[0] not in "iy")


@lru_cache(maxsize=8192)
def person_verb(word: str, number: str = "sg") -> frozenset[str] | None:
    """The genders a verb of a person's speech or act agrees with („zgłosiła” → f, „zgłosił” → m1, „prosi” → both);
    None when the word is no such verb. number="pl": its plural forms („zgłosili” → m1: a family, „Nowakowie”)."""
    if not word.islower() or not available():
        return None
    genders: set[str] = set()
    for r in d.analyse(word):
        lemma = d.base(r.lemma)
        if lemma not in PERSON_VERBS and not any(root in lemma for root in PERSON_VERB_ROOTS):
            continue
        if r.pos == "praet" and len(r.rest) >= 2 and r.rest[0] == number:
            genders |= set(r.rest[1].split(".")) & {"m1", "f"}
        elif r.pos == "fin" and r.rest[:2] == (number, "ter"):
            genders |= {"m1", "f"}
    return frozenset(genders) or None


@lru_cache(maxsize=4096)
def thing_verb(word: str) -> bool:
    """Whether a word is a verb of a place's, a plant's or a thing's (names_data.THING_VERBS: „leżą”, „rosną”)."""
    return word.islower() and available() and any(
        r.pos in ("fin", "praet") and d.base(r.lemma) in THING_VERBS for r in d.analyse(word))


def season(word: str) -> bool:
    """Whether a word is a season's or a month's noun in any form (names_data.TIME_NOUNS: „Zima”, „Zimą”, „Lipcu”)."""
    return bool(lemmas(word) & TIME_NOUNS)


@lru_cache(maxsize=4096)
def calendar(word: str) -> bool:
    """Whether a word is a month's, a season's or a weekday's noun in any form („Lipiec”, „piątek”, „Soboty”)."""
    return bool(lemmas(word) & (TIME_NOUNS | WEEKDAYS))


def season_verb(word: str) -> bool:
    """Whether a word is a verb a season is the subject of (names_data.SEASON_VERBS: „przyszła”, „minęło”)."""
    return word.islower() and available() and any(
        r.pos in ("fin", "praet") and d.base(r.lemma) in SEASON_VERBS for r in d.analyse(word))


@lru_cache(maxsize=8192)
def plural_verb(word: str) -> bool:
    """Whether a word is a verb in the third person plural or a men's past plural („hałasują”, „piją”, „byli”): a
    family's verb („Hałasują Nowakowie”)."""
    return word.islower() and available() and any(
        r.pos == "fin" and r.rest[:2] == ("pl", "ter") or r.pos == "praet" and r.rest[:2] == ("pl", "m1")
        for r in d.analyse(word))


@lru_cache(maxsize=8192)
def virile_past(word: str) -> bool:
    """Whether a word is a verb's past plural of men only („roznosili”, „pili”; not „piły”): its subjects are
    persons, whatever the verb."""
    return word.islower() and available() and any(r.pos == "praet" and r.rest[:2] == ("pl", "m1")
                                                  for r in d.analyse(word))


@lru_cache(maxsize=8192)
def past_plural(word: str) -> bool:
    """Whether a word is a verb's past plural of any gender („piły”, „paliły”, „pili”): a list of women drank too;
    not „były”, „zostały” („Kalina i Pola były wsiami”)."""
    return word.islower() and available() and any(r.pos == "praet" and r.rest[:1] == ("pl",)
                                                  and d.base(r.lemma) not in ("być", "zostać") for r in d.analyse(word))


@lru_cache(maxsize=8192)
def message_verb(word: str) -> bool:
    """Whether a word is a verb as a person's message has it – the first or second person, a plural, an order
    („idę”, „piją”, „piły”, „chodźcie”); not the third person singular a heading's sentence has („uda się”)."""
    return word.islower() and available() and any(
        r.pos in ("fin", "bedzie", "impt") and len(r.rest) >= 2 and (r.rest[0] == "pl" or r.rest[1] in ("pri", "sec"))
        or r.pos == "praet" and r.rest[:1] == ("pl",) for r in d.analyse(word))


@lru_cache(maxsize=8192)
def impersonal(word: str) -> bool:
    """Whether a word is a verb's impersonal form („pobito”, „zatrzymano”): it takes an object, not a subject."""
    return word.islower() and available() and any(r.pos == "imps" for r in d.analyse(word))


@lru_cache(maxsize=4096)
def noun_only(word: str) -> bool:
    """Whether a word is only a noun, as one a number counts („razy”, „interwencji”); not a verb („mieszka”)."""
    readings = d.analyse(word) if available() else ()
    return bool(readings) and all(r.pos in ("subst", "depr") for r in readings)


@lru_cache(maxsize=4096)
def place_cases(word: str) -> frozenset[str]:
    """The cases a word reads in as a place's name, any place's („Kowalskiego” → gen, of Kowalskie)."""
    readings = d.analyse(word) if available() else ()
    return frozenset(c for r in readings if set(r.labels) & PLACE_LABELS for c in r.cases or {"nom"})


@lru_cache(maxsize=4096)
def adjective_agrees(adjective: str, noun: str) -> bool:
    """Whether a word's adjective reading agrees with a noun's reading in case, number and gender („Lubelskiego
    Urzędu”; not „Lubelski Dzisiaj”); an adjective the dictionary lacks may agree („Wrzosogrodzki Dom”)."""
    if not available():
        return False
    def forms(word: str, pos: str) -> set[tuple[str, str, str]]:
        return {(c, n, g) for r in d.analyse(word) if r.pos == pos for c in r.cases for n in r.number for g in r.genders}
    own = forms(adjective.lower(), "adj")
    return not own or bool(own & forms(noun.lower(), "subst"))


@lru_cache(maxsize=4096)
def noun(word: str) -> bool:
    """Whether a word is a noun's form in some reading („mieszkańcy”, „sołtys”; not „też”, „także”)."""
    return available() and any(r.pos in ("subst", "depr") for r in d.analyse(word))


@lru_cache(maxsize=4096)
def adverb(word: str) -> bool:
    """Whether a word is an adverb or a particle („wczoraj”, „tam”, „znowu”): an adverbial a clause may open with."""
    return word.islower() and available() and any(r.pos in ("adv", "part") for r in d.analyse(word))


@lru_cache(maxsize=4096)
def preposition(word: str) -> bool:
    """Whether a word is a preposition („wobec”, „dla”)."""
    return word.islower() and available() and any(r.pos == "prep" for r in d.analyse(word))


@lru_cache(maxsize=4096)
def verb(word: str) -> bool:
    """Whether a word is a verb's form („poinformował”, „dziękujemy”, „działa”): it ends the phrase of a noun before."""
    return word.islower() and available() and any(
        r.pos in ("fin", "praet", "imps", "inf", "impt", "bedzie") for r in d.analyse(word))


@lru_cache(maxsize=4096)
def cases(word: str) -> frozenset[tuple[str, str]]:
    """(case, gender) of a noun's or adjective's singular readings („dzielnicowemu” → dat m1); empty when unknown
    or without the dictionary."""
    if not available():
        return frozenset()
    return frozenset((c, g) for r in d.analyse(word) if r.pos in ("subst", "adj", "depr") and "sg" in r.number
                     for c in r.cases for g in r.genders & {"m1", "f"})


@lru_cache(maxsize=4096)
def noun_paradigm(word: str) -> frozenset[str]:
    """The singular forms, in lower case, of the common noun a surname is too, as the dictionary declines it – with
    its vowel alternations („Kocioł” → kotła, kotłem; „Bór” → borem), which no ending rule derives (rev-pub21 5)."""
    if not available():
        return frozenset()
    return frozenset(r.form.lower() for r in d.paradigm(word.lower())
                     if r.pos == "subst" and "sg" in r.number and "nazwa_pospolita" in r.labels)


@lru_cache(maxsize=4096)
def spoken_verb(word: str) -> bool:
    """Whether a word is a verb as a speaker says it („widziałem”, „jest”, „boimy”), not a slogan's imperative
    or infinitive („Zwolnij”, „Nie pić”)."""
    if not (word.islower() and available()):
        return False
    if any(r.pos in ("fin", "praet", "bedzie") for r in d.analyse(word)):
        return True
    # a past form with its person's ending glued („widziałem”, „byliśmy”): the dictionary reads the parts apart
    return any(word.endswith(end) and any(r.pos == "praet" for r in d.analyse(word[:-len(end)]))
               for end in ("śmy", "ście", "em", "eś", "m", "ś"))


@lru_cache(maxsize=4096)
def nickname_word(word: str) -> bool:
    """Whether a capitalised word may be a person's nickname: a first name, a word the dictionary lacks, or one
    for a living being or a trait („Kogut”, „Siwy”, „Łysy”) – not a thing's or a place's („Plac”, „Skwer”)."""
    found = tags(word)
    if found.first or not found.known:
        return True
    return available() and not found.place and any(
        r.pos == "adj" and "sg" in r.number and "nom" in r.cases and r.genders & {"m1", "f"}
        or r.pos == "subst" and r.genders & {"m1", "m2"} for r in d.analyse(word.lower()))


@lru_cache(maxsize=4096)
def thing_noun(word: str) -> bool:
    """Whether a capitalised word reads only as a common noun for a thing, a plant or an animal in the nominative
    singular („Wiśnia”, „Truskawka”): after „Pani”/„Pan” that is a surname the dictionary does not list as one –
    not a person's noun („Pani Kasjerka”), an office („Pani Burmistrz”), an adjective („Pan Młody”) nor a case a
    noun governs („Pani Domu”)."""
    readings = d.analyse(word) if available() else ()
    found = tags(word)
    if not readings or found.person or found.office or word.lower() in TITLES or person_noun_cases(word.lower()):
        return False
    common = [r for r in readings if r.pos == "subst" and "nazwa_pospolita" in r.labels]
    return bool(common) and all(r in common or r.pos == "subst" and set(r.labels) & PLACE_LABELS for r in readings) \
        and any("nom" in r.cases and "sg" in r.number for r in common)  # „Truskawka”: a village too


# Feasts the dictionary reads only as a first name's diminutive („Barbórka”: 4 December, the miners' day, the
# biggest event of a mining town; rev-pub17 13) – a word, not a person, in every case („Podczas Barbórki”).
FEASTS = frozenset({"barbórka"})


# Persons in the plural before their names („Bracia Lisowscy”, „Panowie Mazur i Baran”, „Dzieci Kacper i Zuzia”).
_PLURAL_ROLES = frozenset({*ROLE_NOUNS, "pan", "pani", "dziecko", "małżonek", "małżonka", "rodzeństwo"})


@lru_cache(maxsize=4096)
def plural_role(word: str) -> bool:
    """Whether a word is a role noun's nominative plural and not its nominative singular („Bracia”, „Lokatorzy”,
    „Panowie”, „Pracownicy”; not „Sołtys”): every role noun's, not only the list's irregular forms."""
    if not available():
        return False
    numbers = {n for r in d.analyse(word) if r.pos == "subst" and "nom" in r.cases
               and d.base(r.lemma).lower() in _PLURAL_ROLES for n in r.number}
    return numbers == {"pl"}


@lru_cache(maxsize=4096)
def surname_itself(word: str) -> bool:
    """Whether a word is a surname's own form, as a family's is written too („bracia Kot”, „siostry Wróbel”): not
    one of its case forms („Puchaczów” of Puchacz, „Ludwina” of Ludwin)."""
    return available() and any("nazwisko" in r.labels and d.base(r.lemma) == word for r in d.analyse(word))


@lru_cache(maxsize=4096)
def adjective(word: str) -> str | None:
    """"only" for an adjective and no noun („nocny”, „miła”), "also" for one SGJP knows as a noun too
    („dzielnicowy”), None for any other word."""
    if not available():
        return None
    kinds = {r.pos for r in d.analyse(word)}
    if "adj" not in kinds:
        return None
    return "also" if kinds & {"subst", "depr"} else "only"


@lru_cache(maxsize=4096)
def noun_cases(word: str) -> frozenset[str]:
    """The cases of a noun's or adjective's readings in any gender („Urzędem” → inst: an office is no person's
    gender, which `cases` keeps to)."""
    if not available():
        return frozenset()
    return frozenset(c for r in d.analyse(word) if r.pos in ("subst", "adj", "depr") for c in r.cases)


@lru_cache(maxsize=4096)
def past_genders(word: str) -> frozenset[str]:
    """The genders a verb's singular past form agrees with („odwiedziła” → f); empty for any other word."""
    if not word.islower() or not available():
        return frozenset()
    return frozenset(g for r in d.analyse(word) if r.pos == "praet" and r.rest[:1] == ("sg",)
                     for g in r.rest[1].split(".") if g in ("m1", "f"))


# A feminine noun for a person is told by its masculine one: „emerytka” → emeryt, „rolniczka” → rolnik,
# „taksówkarka” → taksówkarz (the dictionary's genders do not tell a woman from a thing).
_FEMININE_STEMS = (("czka", ("k", "cz")), ("rka", ("rz", "r")), ("ka", ("",)), ("czyni", ("ca",)), ("yni", ("",)))  # „sprzedawczyni”


@lru_cache(maxsize=4096)
def person_noun_cases(word: str) -> frozenset[tuple[str, str]]:
    """(case, number) of a word's readings as an ordinary noun for a person („Rolnik” → nom sg, „Uczniowi” → dat
    sg, „Emerytka” → nom sg): an occupation or a role the lists need not name („Rolnik Mazur”, „Taksówkarz Nowak”)."""
    if not available():
        return frozenset()
    found = set()
    for r in d.analyse(word):
        if r.pos != "subst" or "nazwa_pospolita" not in r.labels and r.labels:
            continue
        lemma = d.base(r.lemma).lower()
        if "m1" in r.genders or "f" in r.genders and _feminine_of_a_person(lemma):
            found |= {(c, n) for c in r.cases for n in r.number}
    return frozenset(found)


def _feminine_of_a_person(lemma: str) -> bool:
    for ending, replacements in _FEMININE_STEMS:
        if lemma.endswith(ending) and len(lemma) > len(ending) + 2:
            stem = lemma[:-len(ending)]
            return any(r.pos == "subst" and "m1" in r.genders and d.base(r.lemma).lower() == stem + tail
                       for tail in replacements for r in d.analyse(stem + tail))
    return False


@lru_cache(maxsize=4096)
def adverb(word: str) -> bool:
    """Whether a lower-case word is an adverb or a particle and no verb („głównie”, „zwłaszcza”, „najczęściej”)."""
    kinds = {r.pos for r in d.analyse(word)} if word.islower() and available() else set()
    return bool(kinds & {"adv", "part"}) and not kinds & {"fin", "praet", "imps", "inf", "impt", "bedzie", "prep"}


@lru_cache(maxsize=4096)
def feminine_noun(word: str) -> bool:
    """Whether a word reads as a feminine noun („mieszkanka”, „sąsiadka”; not „mieszkaniec”)."""
    return available() and any(r.pos == "subst" and "f" in r.genders for r in d.analyse(word))


@lru_cache(maxsize=4096)
def surname_cases(word: str) -> frozenset[tuple[str, str]]:
    """(case, number) a capitalised word reads in as a surname: its own surname readings, or a noun's form whose
    lemma is a surname („Kotu”: a dative of „kot” as surnames that are nouns are often declined) – less those it
    also reads in as a current adjective of no surname's kind („Szkolny”: „Psycholog Szkolny” is a role; an old
    „wrony” leaves „Kelnerka Wrona” a name)."""
    if not available() or not word.istitle():
        return frozenset()
    readings = d.analyse(word)
    found = {(c, n) for r in readings if "nazwisko" in r.labels for c in r.cases for n in r.number}
    for r in readings:  # not the genitive, which a noun governs („Dyrektor Szkoły”: Szkoła is a surname too)
        if r.pos == "subst" and "nazwa_pospolita" in r.labels and "sg" in r.number \
                and tags(d.base(r.lemma).capitalize()).surname:
            found |= {(c, "sg") for c in r.cases - {"gen"}}
    # A wife's or a daughter's form of a surname („Kurkowa”, „Wróblowej”, „Sowina”, „Kurkówną”) is the surname's
    # in every rule that asks this (lists, tables, phone owners, coordinations; rev-pub21 22), though „kurkowy” is
    # an adjective too.
    return frozenset(found - _plain_adjective_forms(word) | {(c, "sg") for c in married_cases(word)})


@lru_cache(maxsize=4096)
def _plain_adjective_forms(word: str) -> frozenset[tuple[str, str]]:
    """(case, number) of a word's current adjective readings that no surname has („szkolny”; not „kowalski”)."""
    return frozenset((c, n) for r in d.analyse(word) if r.pos == "adj"
                     and not d.base(r.lemma).lower().endswith(_ADJECTIVAL_SURNAME) and _current(r)
                     for c in r.cases for n in r.number)


def plain_adjective(word: str) -> bool:
    """Whether a word is a current adjective of no surname's kind („Szkolny”, „Rodzinny”; not „Kowalski”)."""
    return available() and bool(_plain_adjective_forms(word))


def _current(r) -> bool:
    return not (_FADED & {q for qs in r.qualifiers for q in qs.split(",")})


@lru_cache(maxsize=4096)
def town_genitive(word: str) -> bool:
    """Whether a word is a place's own genitive („Tychów” of Tychy): then „do Tychów” is a town, no family."""
    return available() and any("nazwa_geograficzna" in r.labels and "gen" in r.cases for r in d.analyse(word))


@lru_cache(maxsize=4096)
def thing_cases(word: str) -> frozenset[tuple[str, str]]:
    """(case, gender) of a word's readings as an ordinary noun, not a name („Hałas” → acc m3)."""
    if not available():
        return frozenset()
    return frozenset((c, g) for r in d.analyse(word) if r.pos == "subst" and "nazwisko" not in r.labels
                     and "imię" not in r.labels and _current(r) for c in r.cases for g in r.genders)


@lru_cache(maxsize=4096)
def adjective_lemmas(word: str) -> frozenset[str]:
    """The adjectives a word is a form of, in lower case („Łęczyńskim” → łęczyński)."""
    return frozenset(d.base(r.lemma).lower() for r in d.analyse(word.lower()) if r.pos == "adj") \
        if available() else frozenset()


@lru_cache(maxsize=4096)
def surname_lemmas(word: str) -> frozenset[str]:
    """The surnames a word is a form of („Kurka” → Kurek), capitalised."""
    return frozenset(d.base(r.lemma).capitalize() for r in d.analyse(word) if "nazwisko" in r.labels) \
        if available() else frozenset()


@lru_cache(maxsize=4096)
def singular_of(word: str, surnames: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a word reads in the singular as one of these surnames (capitalised) or these nouns (lower case)
    („Dębowi” of Dąb; not „Wilki”, „Zające”, „Gołębiom”: a plural, of animals or of no one person)."""
    return available() and any(
        r.pos == "subst" and "sg" in r.number
        and ("nazwisko" in r.labels and d.base(r.lemma).capitalize() in surnames or d.base(r.lemma).lower() in nouns)
        for r in d.analyse(word))


def reporter_in_parts(parts: list[str], k: int) -> bool:
    """Whether a slug's or a file name's part (lower case, no Polish letters) is a surname the dictionary knows, in
    any case, before a reporting verb or beside a statement's noun („sowa-zglosila-kradziez”, „relacja_kurka”,
    „sowa_zgloszenie”, rev-pub19 6) – the person, though a word too („sowa-na-drzewie” stays)."""
    word = parts[k]
    if len(word) < 4 or not word.isalpha() or not surname_lemmas(word.title()):
        return False
    after = parts[k + 1] if k + 1 < len(parts) else ""
    before = parts[k - 1] if k else ""
    return after.startswith(ASCII_REPORTING_STEMS) or after in ASCII_STATEMENT_NOUNS or before in ASCII_STATEMENT_NOUNS


@lru_cache(maxsize=4096)
def lemmas(word: str) -> frozenset[str]:
    """The lemmas of a word's noun readings, in lower case („mieszkańcy” → mieszkaniec)."""
    return frozenset(d.base(r.lemma).lower() for r in d.analyse(word) if r.pos in ("subst", "depr")) \
        if available() else frozenset()


@lru_cache(maxsize=4096)
def things_genitive_plural(word: str) -> bool:
    """Whether a lower-case word is a thing's noun in the genitive plural („wierszy”, „opowiadań”), as a volume's
    contents follow it („tomek wierszy”); not a person's („sąsiadów”)."""
    return word.islower() and available() and any(
        r.pos == "subst" and "gen" in r.cases and "pl" in r.number and "m1" not in r.genders for r in d.analyse(word)) \
        and not person_noun_cases(word) and not verb(word)
