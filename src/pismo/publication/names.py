"""Persons' names in free text, in any Polish case form, for the public version.

Polish declines names: „Marek Wróbel” is „Marka Wróbla” in one sentence and
„Markiem Wróblem” in the next, „Jolanta” becomes „Jolancie”, „Łoś” „Łosia”.
A name part is therefore matched by its stems (the nominative less its final
vowel, less a mobile „e”, with „ó”/„ą” turned to „o”/„ę”, with the consonant
alternations before „-e”, softened before „-ia”) followed by one of a closed set
of endings: „Kot” matches „Kota” but never „Kotlarski”. First names take no
town endings („Janów”, „Tomaszowie” are towns, not Jans and Tomaszes).

Text is cut into words; a run of adjacent name words (first names, surnames,
initials, „Pan/Pani/p.”) is one mention. A mention goes if it is a private
person's: a surname with a first name, an initial or „Pan/Pani”, or after a
role noun („sąsiad Lis”), or alone if long and no ordinary word („Kowalska”,
not „Dobra”). It stays if it is an officer's (their name, or any name after a
police rank or „dzielnicowy”), a patron's (after „ul.”, „im.”, „ks.”, in a
list of streets) or a place's (the unit's town, „Janów Lubelski”). Names given
only in free text are recognised by a common first name followed by a
capitalised word, and then by the SGJP dictionary's name tags (`Names._unlisted`,
pismo.publication.name_tags): a first name or surname after „Pani” or a role, a
first name with a surname, alone a word that is only a name.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import os
import re
from bisect import bisect_left
from itertools import takewhile
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from pismo.publication.names_data import (
    BRANDS, BUSINESS_NOUNS, CITIZEN, CIVILIAN_WORDS, CORE_RANKS, FAMILY_PATRON_TITLES, FIRST_NAMES, HONORIFICS, PLURAL_HONORIFICS, INSTITUTION_ABBREVIATIONS, INSTITUTION_WORDS, NOT_POLICE_ABBREVIATIONS,
    KIN_PLURALS, NOT_POLICE_CAPITALS, NOT_POLICE_WORDS, NOT_SURNAMES, OFFICER_WORDS, ORDINARY_WORDS, PARTNER_NOUNS, PARTNER_WORDS, PATRON_ABBREVIATIONS, POLICE_POSTS,
    PATRON_TITLES, PLACE_ABBREVIATIONS, PLACE_INSTITUTIONS, PLACE_NOUNS, POLICE_ABBREVIATIONS, POLICE_PERSON_NOMINATIVES, POLICE_WORDS,
    RANK_ABBREVIATIONS, RETIRED_ABBREVIATIONS, EMPLOYER_NOUNS, CELL_NOUNS, OFFICE_TITLE_RANKS, OTHER_SERVICE_STEMS, SENDING_VERB_ROOTS, POLICE_UNIT_STEMS, POLICE_UNIT_ABBREVIATIONS, RETIRED_WORDS, RANKS_WRITTEN, ROLE_ABBREVIATIONS, ROLE_IRREGULAR, ROLE_NOUNS, SURNAME_PARTICLES,
    OFFICES, TEXT_ABBREVIATIONS, TITLES, WEAK_PATRON_TITLES, HYPOCORISTICS, FILE_TYPES, TERRITORIAL_OFFICES,
    VOIVODESHIP_ADJECTIVES,
)
from pismo.polish import ascii_fold
from pismo.publication import (cased, clubs_drinks, collectives, cyrillic, east_asian, figures, labelled, lower_names,
                               name_tags)
from pismo.publication.name_tags import person_verb, tags
from pismo.publication.visible import visible

# Endings of Polish nouns and adjectives: what may follow a stem in a case form.
ENDINGS = frozenset({
    "", "a", "e", "i", "o", "u", "y", "ą", "ę", "em", "om", "ie", "iu", "ej", "iej", "ego", "iego", "emu", "iemu",
    "ym", "im", "iem", "ich", "ych", "ach", "ami", "imi", "ymi", "owi", "owie", "ów",
})  # „-imi”, „-ymi”: an adjectival surname's instrumental plural („z Przykładowskimi”, rev-pub17 7)
# A first name's: no „-ów”, „-owie”, „-iu” — with them „Janów”, „Tomaszowie”, „Jarosławiu” are towns.
FIRST_NAME_ENDINGS = ENDINGS - {"ów", "owie", "iu"}
# After a softened stem: Łoś → Łosia, Łosiowi, Łosiem; Gołąb → Gołębia.
SOFT_ENDINGS = frozenset({"", "a", "e", "u", "em", "om", "owi", "owie", "ów", "ach", "ami"})
SOFTENED = (("dź", "dzi"), ("ś", "si"), ("ń", "ni"), ("ć", "ci"), ("ź", "zi"))
MARRIED_ENDINGS = frozenset({"a", "ej", "ą"})  # Kowalowa, Kowalowej, Kowalową
MAIDEN_ENDINGS = frozenset({"a", "y", "ie", "ą", "ę", "ej"})  # Kowalówna, Kowalówny
# Stem-final consonants that alternate before the ending „-e” (Jolanta → Jolancie, Agnieszka → Agnieszce).
ALTERNATIONS = (("zd", "ździ"), ("st", "ści"), ("sł", "śl"), ("sn", "śni"), ("zn", "źni"), ("ch", "sz"),
                ("k", "c"), ("g", "dz"), ("t", "ci"), ("d", "dzi"), ("r", "rz"), ("ł", "l"))
VOWELS = "aeiouyąęó"
MIN_BARE_SURNAME = 4  # a shorter surname alone („Lis”, „Lew”) is too often an ordinary word
LIST_JOINERS = frozenset({"i", "oraz", "lub", "albo"})
_FAMILY_FORMS = ("owa", "owej", "ową", "ówna", "ówny", "ównie", "ówną", "owie", "owych", "owym")
_WIFE_FORMS = _FAMILY_FORMS[:7]  # a wife's and a daughter's
_PERSON_PREPOSITIONS = frozenset({"z", "ze", "od", "u", "dla", "przez", "według", "wg"})
_PLACE_PREPOSITIONS = frozenset({"w", "we", "na", "do", "koło", "pod", "przy", "obok", "nad"})  # „w Puchaczowie Jan”
_PREPOSITIONS = _PERSON_PREPOSITIONS | _PLACE_PREPOSITIONS | {"o", "po", "za", "przed", "spod", "zza", "ku", "bez", "między"}
# The cases a place's name takes after a preposition („z Ludwina”, „w Bogdance”); a preposition not here takes
# persons, not places („Wobec Kowalskiego”, „dla Nowaka”).
_PLACE_CASES = {"w": {"loc", "acc"}, "we": {"loc", "acc"}, "na": {"loc", "acc"}, "po": {"loc", "acc"}, "o": {"loc"},
                "przy": {"loc"}, "pod": {"inst", "acc"}, "nad": {"inst", "acc"}, "za": {"inst", "acc"},
                "przed": {"inst"}, "między": {"inst"}, "pomiędzy": {"inst"}, "przez": {"acc"},
                **dict.fromkeys(("z", "ze", "do", "od", "koło", "k", "obok", "spod", "zza", "spoza", "znad", "sprzed",
                                 "niedaleko", "około", "wokół", "wzdłuż", "naprzeciw", "naprzeciwko", "okolic"), {"gen"})}


def stems(word: str, endings: frozenset[str] = ENDINGS, surname: bool = False) -> dict[str, set[str]]:
    """Every stem of a name part in lower case, with the endings it takes."""
    word = word.lower()
    bases = {word, word[:-1] if len(word) > 2 and word[-1] in VOWELS else word}
    for base in list(bases):
        if len(base) >= 3 and base[-2] == "e" and base[-1] not in VOWELS:  # mobile e: Wróbel → Wróbla
            bases.add(base[:-2] + base[-1])
            if base[-3] == "i":  # Kozieł → Kozła
                bases.add(base[:-3] + base[-1])
            if base[-4:-2] == "rz":  # Orzeł → Orła
                bases.add(base[:-4] + "r" + base[-1])
        elif len(base) >= 5 and base[-3:-1] == "io" and base[-1] not in VOWELS:  # Kozioł → Kozła (rev-pub20 2)
            bases.add(base[:-3] + base[-1])
    for base in list(bases):
        tail = re.search(f"[óą][^{VOWELS}]+$", base)  # Sokół → Sokoła, Dąb → Dęba
        if tail:
            bases.add(base[:tail.start()] + {"ó": "o", "ą": "ę"}[base[tail.start()]] + tail.group()[1:])
    found = {base: set(endings) for base in bases}
    for base in bases:
        _alternations(found, base)
        if surname:
            _soft_forms(found, base)
    if surname and word[-1] not in VOWELS:  # the wife's and the daughter's: Kowalowa, Kowalówna
        for base in bases:
            found.setdefault(base + "ow", set()).update(MARRIED_ENDINGS)
            found.setdefault(base + "ówn", set()).update(MAIDEN_ENDINGS)
    return found


def _alternations(found: dict[str, set[str]], base: str) -> None:
    for hard, soft in ALTERNATIONS:
        if base.endswith(hard) and len(base) > len(hard) + 1:
            found.setdefault(base[:-len(hard)] + soft, set()).add("e")
            break
    if base.endswith(("sk", "ck", "dzk")):  # the family: Kowalski → Kowalscy
        found.setdefault(base[:-1] + "c", set()).add("y")


def _soft_forms(found: dict[str, set[str]], base: str) -> None:
    """Soft stems: Łoś → Łosia, Kuś → Kusia, Łabędź → Łabędzia, Gołąb → Gołębia."""
    for hard, soft in SOFTENED:
        if base.endswith(hard):
            found.setdefault(base[:-len(hard)] + soft, set()).update(SOFT_ENDINGS)
            return
    if base[-1:] in ("b", "p", "w") and len(base) > 2:
        found.setdefault(base + "i", set()).update(SOFT_ENDINGS)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return ascii_fold(text)


@dataclass
class Forms:
    """Case forms of some words: a word matches if a stem and an ending make it."""

    stems: dict[str, set[str]] = field(default_factory=dict)
    _known: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)  # words asked before

    def add(self, part: str, endings: frozenset[str] = ENDINGS, surname: bool = False, folded: bool = False) -> None:
        """A word's case forms; `folded`: also as typed without Polish letters („Zdzislaw”, „Keska”, „Kesce”)."""
        self._known.clear()
        for stem, found in stems(part, endings, surname).items():
            self.stems.setdefault(stem, set()).update(found)
            if folded:
                self.stems.setdefault(_fold(stem), set()).update(map(_fold, found))

    def add_whole(self, words: Iterable[str]) -> None:
        """Whole forms, no stem's ending to add (a noun's forms as the dictionary declines it)."""
        self._known.clear()
        for word in words:
            self.stems.setdefault(word.lower(), set()).add("")

    def __contains__(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._match(word.lower())
        return known

    def _match(self, word: str) -> bool:
        for cut in range(max(1, len(word) - 4), len(word) + 1):
            endings = self.stems.get(word[:cut])
            if endings and word[cut:] in endings:
                return True
        return False


def _forms(words: Iterable[str], endings: frozenset[str] = ENDINGS, folded: bool = False) -> Forms:
    forms = Forms()
    for word in words:
        forms.add(word, endings, folded=folded)
    return forms


COMMON_FIRST = _forms(FIRST_NAMES, FIRST_NAME_ENDINGS, folded=True)
_SACRED = _forms(figures.SACRED)
# (the first name's forms, the surname's first part's forms, the rest after a hyphen: „-Curie” of „Skłodowska-Curie”)
_FIGURES = [(_forms([first]), _forms([surname.partition("-")[0]]), "".join(surname.partition("-")[1:]))
            for first, surname in figures.FIGURES]
_FIGURE_SURNAMES = frozenset(surname for _, surname in figures.FIGURES)  # in the nominative
_NOT_SURNAME = _forms(NOT_SURNAMES)
_ORDINARY = _forms(ORDINARY_WORDS)
_PLACE = _forms(PLACE_NOUNS)
_PLACE_INSTITUTION = _forms(PLACE_INSTITUTIONS)
_PATRON = _forms(PATRON_TITLES)
_SAINT = _forms(("Święty", "Święta", "Błogosławiony", "Błogosławiona"))  # capitalised: a saint's title
_FAMILY_PATRON = _forms(FAMILY_PATRON_TITLES)
# A priest's patron is a man's genitive („ks. Jerzego Popiełuszki”): „ks. Kowalski” (a woman's genitive too) is a person.
_PRIEST = _forms(("ksiądz",))
_RANK = _forms(RANKS_WRITTEN)
_OFFICER_WORD = _forms(OFFICER_WORDS)
_POST_WORD = _forms(w for w in OFFICER_WORDS if not w.startswith("funkcjonariusz"))  # a guard is one too
_POLICE = _forms(POLICE_WORDS)
_NOT_POLICE = _forms(NOT_POLICE_WORDS)
_POLICE_INSTITUTION = _forms(("policja",))
# A police unit's words, unless another service's name follows („Komisariat Straży Granicznej”).
_POLICE_UNIT = _forms(("komisariat", "posterunek", "komenda"))
_CIVILIAN = _forms(CIVILIAN_WORDS)
_RETIRED = _forms(RETIRED_WORDS)
_PARTNER = _forms(PARTNER_NOUNS)
_ROLE = _forms(ROLE_NOUNS)
_BRAND = _forms(BRANDS)  # „Kierowca Forda”
_INSTITUTION = _forms(INSTITUTION_WORDS)
_BUSINESS = _forms(BUSINESS_NOUNS)
_EMPLOYER = _forms((*INSTITUTION_WORDS, *PLACE_INSTITUTIONS, *BUSINESS_NOUNS, *EMPLOYER_NOUNS))
_CELL = _forms(CELL_NOUNS)
_POLICE_POST = _forms(POLICE_POSTS)
# Words that end a police rank („asp. sztab.”, „sierżant sztabowy”); „st.”, „starszy” only begin one.
_RANK_ENDS = RANK_ABBREVIATIONS - {"st", "mł"}
_RANK_END = _forms([*(w for w in RANKS_WRITTEN if w not in ("starszy", "młodszy", "generalny")),
                    "aspirantka", "sierżantka", "posterunkowa"])
_RANK_BEFORE = _forms(("starszy", "starsza", "młodszy", "młodsza", "sztabowy"))  # „Z starszą aspirant”
# A police post before a police unit and a name („Rzecznik prasowy KMP Ewa Kosińska”, „Funkcjonariusz Policji Jan
# Kosiński”): the unit tells the post is the police's.
_UNIT_POST = _forms((*POLICE_POSTS, "funkcjonariusz", "funkcjonariuszka"))
_NEED_DOT = frozenset({"kom", "post"})  # without the dot, ordinary words („kom” of a phone label)


@dataclass
class Person:
    """The name parts of one person: first names and surnames (a double one gives two)."""

    first: list[str]
    surnames: list[str]


NAME_MARK = "[imię i nazwisko usunięte]"  # what a removed name becomes (pismo.publication.redact)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A surname's prefix before its inner capital („O'Brien”, „D'Angelo”, „McKenzie”, „MacDonald”, rev-pub22 20).
PREFIXED_SURNAME = re.compile(r"(?:[ODL]['’]|Ma?c)[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_FUNCTION_WORD = re.compile(r"[^\W\d_]+|(?P<stop>[,;:()/]|\s[-–—]\s)")
_SPACE = re.compile(r"\s+")
_LINE_SPACE = re.compile(r"[^\S\n]+")  # spaces within a line
LINE_BREAKS = str.maketrans(dict.fromkeys("\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", "\n"))  # Word's, Unicode's
_COMPANY_FORM = re.compile(r"(?<![^\W\d_])(?:S\.[ACJK]|Sp\.\s?[jkp])\.(?![^\W\d_])")  # „Bogdanka S.A.”, „Sp. j.”
_COMPANY_AFTER = re.compile(r"[^\S\n]+(?:[„\"«][^”\"»\n]{1,40}[”\"»][^\S\n]+)?(?i:s\.[acjk]\.|sp\.\s?[jkpz])")
# „Bogdanka S.A.”, „Lubelski Węgiel „Bogdanka” S.A.”: a firm's name, its brand in quotes maybe before the form
_DASH = re.compile(r"\s*[-\u2010\u2011\u2013]\s*")
_SPACED_DASH = re.compile(r"\s+[-\u2010\u2011\u2013]\s+")
_ROMAN = re.compile(r"[IVXLCDM]+")
_PERSONS_SEPARATOR = re.compile(r"\s+(?:i|oraz)\s+|[,;]")
# After a name on its line: a ruler's numeral („Jana Pawła II”) or a house number („Józefa Piłsudskiego 5”) — no
# person; a number on the next line numbers a list („1. Mazur Jan⏎2. Baran Piotr”), a year is a birth's or a
# profile's („Zenek Baran 1987”).
# A house's number or a ruler's numeral after a name; „M.”, „C.”, „D.”, „L.” are a surname's initial („Ala M.”), no ruler's.
_STREET_AFTER = re.compile(r"[^\S\n]+(?:(?:[IVXLCDM]{2,}|[IVX]|[LCDM](?!\.))\b|(?!(?:19|20)\d\d\b)\d+[a-zA-Z]?(?:/\d+)?\b(?!\s*(?:lat|r\.|rok)))")
_DATE_AFTER = re.compile(r"[./-]\d{1,2}[./-]\d{2,4}")
# A penalty imposed on the one named after „na” („Na Kubiaka nałożono mandat”): a person, no street.
_PENALTY_AFTER = re.compile(r"[^\S\n]+(?:nałoż|nakład|wymierz)\w*(?:[^\S\n]+\w+){0,2}?[^\S\n]+"
                            r"(?:mandat|grzywn|kar[ayęeą]|obowiąz|zakaz|nadz[oó]r|środ\w+ karn)\w*")
_NEXT_LOWER = re.compile(r"[^\S\n]+([a-ząćęłńóśźż]+)")
_FLAT_NOUNS = frozenset({"lok", "lokal", "lokalu", "mieszkanie", "mieszkania", "klatka", "klatki"})


def _house_number(text: str, names: list[_Token]) -> bool:
    """Whether the number after a name is a house's („Marii Konopnickiej 12”, „Al. Kraśnicka 5”): a street is named
    by a patron's genitive, so not by a first name and a surname in another case („Halina Kwiatkowska 12”, „1. Jacek
    Kubiak 2. Halina …”), and a number that counts („Jacka Kubiaka 2 razy”, „5 interwencji”) or dates is no house's."""
    m = _STREET_AFTER.match(text, names[-1].end)
    if not m or m.group().strip().isalpha():
        return bool(m)  # a ruler's numeral
    if len(names) > 1 and not _patron_case(names) or _DATE_AFTER.match(text, m.end()):
        return False
    counted = _NEXT_LOWER.match(text, m.end())
    return not (counted and counted.group(1) not in _FLAT_NOUNS and name_tags.noun_only(counted.group(1)))


def person(text: str) -> Person | None:
    """The person a person field names, skipping titles and functions: „Sołtys Jan Nowak” → Jan, Nowak."""
    found = list(_WORD.finditer(text))
    words = [w for i, w in enumerate(found)
             if _name_part(text, w) and not (i and _place_word(found[i - 1].group()))]
    if not words:
        return None
    known = [i for i, w in enumerate(words) if w.group().lower() in FIRST_NAMES]
    if not known:  # no first name we know („Xawery Kwiatkowski”): either word may be the surname
        return Person([], [w.group() for w in words[-2:]])
    after, before = known[-1] + 1, known[0] - 1
    if after < len(words) and after not in known:
        surname = _compound(text, words, after)
    elif before >= 0:
        surname = [words[before].group()]
    elif len(known) == 1:  # a first name only („Jan” of „Jan i Barbara Wilk”)
        return Person([words[0].group()], [])
    else:  # only first names: the last one is the surname („Jan Marek”)
        return Person([words[i].group() for i in known[:-1]], [words[known[-1]].group()])
    return Person([words[i].group() for i in known], surname)


def split_persons(text: str) -> list[str]:
    """The persons a field names, one each: „Jan i Barbara Wilk” → „Jan Wilk”, „Barbara Wilk”."""
    parts = [part.strip() for part in _PERSONS_SEPARATOR.split(text or "") if part.strip()]
    out = []
    for i, part in enumerate(parts):
        p = person(part)
        later = [q for q in map(person, parts[i + 1:]) if q and q.surnames]
        out.append(f"{part} {later[0].surnames[-1]}" if p and not p.surnames and later else part)
    return out


def is_police(name: str, function: str = "") -> bool:
    """Whether a participant is a police officer: by the employer the function names (Policja, or another:
    „Straż Miejska”), else by a rank before the name."""
    by_function = _police_function(visible(function or ""))
    if by_function is not None:
        return by_function
    if _INSPECTOR_POST.match(visible(function or "")) and not any(
            w.lower().startswith(POLICE_UNIT_STEMS) for w in _WORD.findall(function)):
        return False  # „insp. Marta Zawadzka”, „inspektor sanitarny”: a civil servant's post, no police unit named
    words = _WORD.findall(visible(name))
    lead = []
    for w in words:
        if w[0].isupper() and w.lower() not in RANK_ABBREVIATIONS and w not in _RANK:
            break
        lead.append(w)
    return any(w.lower() in CORE_RANKS or w in _RANK or w in _OFFICER_WORD for w in lead)


_INSPECTOR_POST = re.compile(r"\s*(?:st\.\s*|starszy\s+|mł\.\s*|młodszy\s+)?(?:pod)?inspektor", re.IGNORECASE)


def _police_function(function: str) -> bool | None:
    """True when a function names the police as the employer („dzielnicowy”, „KPP w Łęcznej”), False when it
    names another („Komendant Straży Miejskiej”, „dzielnicowy Straży Miejskiej”, „Urząd Miejski”), a former
    officer („emerytowany policjant”) or a civilian of the police („pracownik cywilny KPP”), None when it names
    none.

    The first employer named counts; an institution after „z”, „przy”, „ds.”, „we współpracy”, a relative or a
    society is a partner („pełnomocnik ds. współpracy z Policją”, „żona policjanta”, „Towarzystwo Przyjaciół
    Policji”, „zgłosił kradzież Policji”), not the employer; so is an officer named in another case than the
    nominative („sąsiadka dzielnicowego”)."""
    words = _WORD.findall(function)
    if any(w.lower() in RETIRED_ABBREVIATIONS or w in _RETIRED or w in _CIVILIAN for w in words):
        return False
    partner = False
    head = ""  # the first word of the current part, the participant's post
    found = list(_FUNCTION_WORD.finditer(function))
    for i, match in enumerate(found):
        w = match.group()
        head = "" if match.group("stop") else head or w
        if match.group("stop"):
            partner = False
        elif w.lower() in PARTNER_WORDS or w in _PARTNER:
            partner = True
        elif partner:
            continue
        elif w.lower() in NOT_POLICE_ABBREVIATIONS or w in _NOT_POLICE:
            return False
        elif w.lower() in POLICE_ABBREVIATIONS or w in _POLICE_INSTITUTION:
            return _police_head(head)
        elif w.lower().startswith(("komisariat", "posterun")) or _police_cell(found, i):  # only the police's
            return _police_head(head) if _units_own(found, i) else False
        elif w in _POLICE:
            if w.lower() not in POLICE_PERSON_NOMINATIVES:
                partner = True  # „sąsiadka dzielnicowego”: someone else's
                continue
            after = found[i + 1].group() if i + 1 < len(found) else ""
            return not (after.lower() in NOT_POLICE_ABBREVIATIONS or after in _NOT_POLICE)  # „dzielnicowy SM”
    return None


def _police_head(head: str) -> bool | None:
    """True when a function naming a police unit opens with a police post, a rank, a police word or the unit itself
    („Naczelnik Wydziału Prewencji KPP”, „KPP w Łęcznej”); None for another head, a civilian's maybe („wolontariusz
    KPP”, „radca prawny KPP”), which the rank before the name then tells."""
    low = head.lower()
    return True if (head in _POLICE_POST or head in _POLICE or head in _OFFICER_WORD or head in _RANK or head in _CELL
                    or low in RANK_ABBREVIATIONS or low in POLICE_ABBREVIATIONS or low in POLICE_UNIT_ABBREVIATIONS
                    or low.startswith(POLICE_UNIT_STEMS)) else None


def _units_own(found: list[re.Match], i: int) -> bool:
    """Whether the words naming a post, a station or a beat are the police's („Posterunek Policji w Cycowie”,
    „Rewir Dzielnicowych”, „Komisariat” alone) – not another employer's („Posterunek Energetyczny”, „Komisariat
    Straży Ochrony Kolei”, „rewir Agencji Ochrony Solid”, „Posterunek SOK”): a police word among them, or none."""
    for match in found[i + 1:]:
        w = match.group()
        if match.group("stop") or w.lower() in ("w", "we", "na", "nr"):
            return True
        if w.lower().startswith(POLICE_UNIT_STEMS) or w.lower() in POLICE_ABBREVIATIONS or w in _POLICE_INSTITUTION:
            return True
        if w.lower() not in ("i", "oraz", "ds"):
            return False
    return True


def _police_cell(found: list[re.Match], i: int) -> bool:
    """A police unit's cell: a police unit's word after a cell noun („Wydziału Prewencji”, „Referatu Kryminalnego”)
    or a Rewir („Kierownik Rewiru Dzielnicowych”)."""
    w = found[i].group()
    if w.lower().startswith("rewir"):
        return True
    before = found[i - 1].group() if i else ""
    return before in _CELL and w.lower().startswith(POLICE_UNIT_STEMS)


def looks_like_person(text: str) -> bool:
    """Whether a free field („odpowiedzialny”) names a person, not an institution („Rada Osiedla Wrzosowisko”)."""
    words = _WORD.findall(text)
    if any(w.lower() in INSTITUTION_ABBREVIATIONS or w in _INSTITUTION for w in words):
        return False
    p = person(text)
    if p is None:
        return False
    marked = any(w.lower() in HONORIFICS or w in _ROLE or w.lower() in ROLE_IRREGULAR for w in words)
    return bool(p.first) or marked or bool(re.search(r"\b[A-ZŁŚŻŹĆŃÓĘĄ]\.\s*[A-ZŁŚŻŹĆŃÓĘĄ]", text))  # „J. Nowak”


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
    return NameSet([name]).named_in(text)


class NameSet:
    """Persons to find by their names' words, whole and in order; a set, so that checking a text against many
    names costs as much as against one."""

    def __init__(self, names: Iterable[str]):
        self.names = {tuple(tokens(visible(name))) for name in names if name}
        self.names.discard(())
        self.longest = max(map(len, self.names), default=0)

    def named_in(self, text: str) -> bool:
        words = tokens(visible(text))
        return any(tuple(words[i:i + k]) in self.names
                   for i in range(len(words)) for k in range(1, min(self.longest, len(words) - i) + 1))


@dataclass
class _Side:
    """The name parts of a group of persons: the private ones, or the officers."""

    first: Forms = field(default_factory=Forms)
    surnames: Forms = field(default_factory=Forms)
    bare: Forms = field(default_factory=Forms)  # surnames long enough to identify alone
    initials: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)  # surnames as a web address writes them
    first_initials: set[str] = field(default_factory=set)  # „M.” of „M. Przykładowy”
    given: list[str] = field(default_factory=list)  # the first names as written

    def add(self, p: Person) -> None:
        self.given += p.first
        for part in p.first:
            self.first.add(part, FIRST_NAME_ENDINGS, folded=True)
            self.first_initials.add(part[0].lower())
        for part in p.surnames:
            self.surnames.add(part, surname=True, folded=True)
            self.initials.add(part[0].lower())
            self.folded.add(ascii_fold(part))
            if len(part) >= MIN_BARE_SURNAME:
                self.bare.add(part, surname=True, folded=True)


@dataclass
class _Token:
    start: int
    end: int
    word: str
    dot: bool
    chain: int = -1  # the index of the last word hyphenated to this one („Kozieł-Wiśniewska”), once linked
    head: int = -1  # the index of the first word of the capitalised name this one ends (_head), once linked
    after_figure: bool = False  # a number stands between this word and the one before („konto pokrzywdzonej 12 3333 – termin”)

    @property
    def lower(self) -> str:
        return self.word.lower()


class Names:
    """Removes private persons' names from texts and keeps the officers', the patrons' and the places'.

    `dictionary=False`: only the names the case lists (as without the morfeusz2 wheel)."""

    def __init__(self, fields: Iterable[str], officers: Iterable[str], places: Iterable[str] = (),
                 dictionary: bool = True, institutions: Iterable[str] = ()):
        self.dictionary = dictionary
        # The partners' names' words that name no person („Wrzosowisko” of „Rada Osiedla Wrzosowisko”), folded: a
        # page named with them is the partner's (pismo.publication.institutions.institutions_name).
        self.institution_words = frozenset(
            ascii_fold(w).lower() for text in institutions for w in _WORD.findall(visible(text or ""))
            if len(w) >= 4 and w[0].isupper() and w not in COMMON_FIRST and not (dictionary and tags(w).person))
        parts = [part for text in fields for part in split_persons(visible(text or ""))]
        # The fields are the private persons (pismo.publication.redact.people decided, by the function too): a
        # civil servant's „insp.” there makes no officer.
        officers = [visible(o) for o in officers if o]
        self.private, self.officers = _Side(), _Side()
        self._each_officer: list[_Side] = []  # one per officer: a name is an officer's only as one person's
        self._officer_surnames: list[str] = []
        self._officers_by_stem: dict[str, list[_Side]] = {}  # so a run asks the officers of its surname only
        for name in officers:
            for part in split_persons(name):
                if (p := person(part)):
                    self.officers.add(p)
                    self._each_officer.append(one := _Side())
                    one.add(p)
                    for stem in one.surnames.stems:
                        self._officers_by_stem.setdefault(stem, []).append(one)
                    self._officer_surnames += [s.lower() for s in p.surnames]
        known = NameSet(officers)
        for part in parts:
            if not known.named_in(part) and (p := person(part)):
                self.private.add(p)
        self.listed_surnames = self.private.surnames  # the case's, not those a text tells (_told_in)
        self.told_lemmas: frozenset[str] = frozenset()  # the dictionary lemmas of the surnames a text tells (_told_in)
        self.told_nouns: frozenset[str] = frozenset()  # and of the nouns they are („Dąb”: dąb, so „Dębowi”)
        # What the last `spans` kept as no private person's (officers, figures, clubs, a service dog): for the final
        # sweep (pismo.publication.sweep), which must not take it either; one list, shared with the told copies.
        self.kept: list[tuple[int, int]] = []
        # Surnames in web addresses: three letters only as a whole part, longer ones anywhere in a part.
        self._short_folded = {name for name in self.private.folded if len(name) == 3}
        self._folded_lengths = {len(name) for name in self.private.folded if len(name) >= MIN_BARE_SURNAME}
        self.places, self._place_words = Forms(), set()  # the unit's town in every case; as written
        for text in places:
            for w in _WORD.findall(visible(text or "")):
                if len(w) > 2 and w[0].isupper():
                    self.places.add(w)
                    self._place_words.add(w)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the text mentions a private person (the text as it is seen: see pismo.publication.visible); a text
        with no capitals of its own, or only capitals, also as a sentence would be written („marek: znowu piją”,
        „RÓŻA I KALINA PIJĄ”: pismo.publication.cased)."""
        self.kept.clear()
        found = self._found(text)
        if any("\u0400" <= c <= "\u04ff" for a, b in found for c in text[a:b]):  # „Олена Бондар … Бондар пояснила”
            found = _merged(text, found + cyrillic.later_mentions(text, found))
        if (told := self._told_in(text, found)) is not None:  # „Jan Kurek zgłosił … W maju Kurek dzwonił”
            found = _merged(text, found + [(a, b) for a, b in told._found(text) if not _SERVICE_ANIMAL_BEFORE.search(
                text, max(0, a - 40), a) and not _told_as_thing(text, a, b) and not told._told_noun(text, a, b)])
            # „Patrol z psem służbowym Kurkiem”: the dog's
        return _with_nicknames(text, found)

    def _found(self, text: str) -> list[tuple[int, int]]:
        found = self._spans(text)
        if self.dictionary and (copy := cased.cased(text)) != text:
            found = _merged(text, found + self._spans(copy))
        return found

    def _told_in(self, text: str, found: list[tuple[int, int]]) -> Names | None:
        """These names with the persons the text itself names by a first name and a surname among the private ones
        (rev-pub18 12): the surname alone elsewhere in it is that person as a case's listed one is; None when the
        text names no new one. One more pass over the text, so the time stays linear."""
        learned = [surnames for a, b in found if (surnames := self._named_surnames(text[a:b]))]
        if not learned:
            return None
        told = copy.copy(self)
        told.private = copy.deepcopy(self.private)
        for surnames in learned:
            told.private.add(Person([], surnames))
            for w in surnames:  # „Kocioł” → „Kotła”: the noun's own alternation, no ending rule's (rev-pub21 5)
                told.private.surnames.add_whole(name_tags.noun_paradigm(w))
                if len(w) >= MIN_BARE_SURNAME:
                    told.private.bare.add_whole(name_tags.noun_paradigm(w))
        told.told_lemmas = frozenset(lemma for surnames in learned for w in surnames
                                     for lemma in name_tags.surname_lemmas(w))
        told.told_nouns = frozenset(lemma for surnames in learned for w in surnames if name_tags.surname_lemmas(w)
                                    for lemma in name_tags.lemmas(w))
        return told

    def _told_noun(self, text: str, start: int, end: int) -> bool:
        """Whether a later mention of a told surname, one word at `start`, is the ordinary noun it also is, by how
        it stands (rev-pub20 4): no singular of the surname or its noun („Wilki podchodzą”, „Gołębiom sypią”,
        „Mazury” – one person is singular; the family's „Kurkowie” is its own form), coordinated with a
        lower-case noun of no person („Sobota i niedziela”, „Bieda i bezrobocie”), with a genitive noun after it
        („Kara grzywny”, „Głowa rodziny”), a penalty imposed („Karę nałożono”) or a tool („Kamieniem wybito”)."""
        word = _WORD.match(text, start)
        if not word or word.end() != end or not word.group().istitle():
            return False
        w = word.group()
        if not self._told_form(_Token(start, end, w, False)):
            return False  # another's surname the told pass found by it („Kurek, Sowa i Wróbel”)
        if not w.lower().endswith(_FAMILY_FORMS) and not name_tags.singular_of(w, self.told_lemmas, self.told_nouns):
            return True
        nxt = _NEXT_WORD.match(text, end)
        after = nxt.group(1) if nxt and nxt.group(1).islower() else ""
        if after and name_tags.noun_only(after) and not name_tags.person_noun_cases(after) \
                and "gen" in name_tags.noun_cases(after):
            return True  # „Kara grzywny”, „Głowa rodziny”
        with_whom = _WORD_BEFORE.search(text, max(0, start - 6), start)
        with_whom = bool(with_whom) and with_whom.group(1).lower() in ("z", "ze")  # „z Borem rozmawiano”: a person
        if after and (_IMPOSED.fullmatch(after) or name_tags.impersonal(after) and not with_whom
                      and {c for c, _ in tags(w).forms} == {"inst"}):
            return True  # „Karę nałożono”, „Kamieniem wybito szybę”
        m = _COORDINATED_WORD.match(text, end)
        return bool(m) and m.group(1).islower() and name_tags.noun_only(m.group(1)) \
            and not name_tags.person_noun_cases(m.group(1)) and not name_tags.lemmas(m.group(1)) & set(ROLE_NOUNS)

    def _named_surnames(self, span: str) -> list[str]:
        """The new surname words (with their dictionary lemmas) of a removed span holding a first name too; none
        for an initial's, a place's, an officer's or a body's word."""
        names = [w for w in _WORD.findall(span) if w.istitle() and len(w) > 1 and w.lower() not in HONORIFICS]
        surnames = [w for w in names if not self._given_name(w)]
        if len(surnames) == len(names) or any(
                w in self.private.surnames or w in self.officers.surnames or w in self.officers.first
                or w in self.places or w in _CLUBS or w in _BRAND or w in _INSTITUTION for w in surnames):
            return []
        return [*surnames, *(lemma for w in surnames for lemma in name_tags.surname_lemmas(w) if lemma != w)]

    def _spans(self, text: str) -> list[tuple[int, int]]:
        text = _COMPANY_FORM.sub(lambda m: m.group().lower(), self._titled_capitals(text))  # „S.A.” is no initial
        text = text.translate(LINE_BREAKS)  # one length: every line break ends a line as „\n” does
        text = _EMPHASIS.sub(lambda m: f"{' ' * len(m['mark'])}{m['inner']}{' ' * len(m['mark'])}", text)  # one
        # length: „*Sowa*”, „**Sowa**”, „~Sowa~” read as „Sowa”; „‹Sowa›”, „'Sowa'” as „«Sowa»”, „"Sowa"”
        text = _SINGLE_QUOTED.sub(lambda m: f'"{m["inner"]}"', text.translate(_ANGLE_QUOTES))
        text = _REVERSED_GUILLEMETS.sub(lambda m: f"«{m['inner']}»", text)
        words = [_Token(m.start(), m.end(), m.group(), text[m.end():m.end() + 1] == ".") for m in _WORD.finditer(text)]
        for before, t in zip(words, words[1:]):
            t.after_figure = any(c.isdigit() for c in text[before.end:t.start])
        _link_chains(text, words)
        _link_heads(words)
        found, kept = [], []
        for run in _runs(text, words, self._is_name):
            found += (spans := self._mentions(text, words, run := _past_a_club(text, words, run)))
            if not spans and self._officers_name(text, words, run):
                kept.append(_span([words[i] for i in run]))
        found += _maiden_names(text) + self._form_names(text, words) + self._east_asian(text, words)
        found += self._file_names(text) if self.dictionary and name_tags.available() else []
        nicknamed, officers = self._nicknamed(text, words) if self.dictionary and name_tags.available() else ([], [])
        officers += kept + _ranked_after(text, words)  # no other rule takes a part of an officer's name („kierownik
        # Tomasz Wymyślny”, „Sowa Anna (mł. asp.)”)
        officers += [(a, b) for a, b in _service_animals(text, words)  # „psa służbowego Aresem”: a dog's name
                     if text[a:b] not in self.listed_surnames]
        clubs, fans = clubs_drinks.fans(text, words, lambda w: w in _CLUBS) if self.dictionary else ([], [])
        if self.dictionary and name_tags.available():  # an institution's, a team's, a club's, a drink's name
            clubs += clubs_drinks.kept(text, words, lambda w: w in _CLUBS)  # „Trener Górnika Arkadiusz Kos”: the club stays
            officers += collectives.kept(text, words) + clubs
        found += nicknamed + cyrillic.names(text, words)
        if self.dictionary and name_tags.available():
            found += self._lower_case_names(text, words) + lower_names.names(text, words, self.officers.surnames, COMMON_FIRST)
            found += labelled.names(text, words, _lone_first,  # any officer by a rank or a post: „sierż. Marek – 600 …”
                                    lambda i: _after_rank(text, words, i) or _post_after(text, words, range(i, i + 1))
                                    or _after_residing(words, i) or self._among_places(text, words, range(i, i + 1)),
                                    _may_be_first,
                                    lambda w: bool(name_tags.person_noun_cases(w.lower())) and not _may_be_first(w),
                                    _message_verb) + labelled.objects(
                text, words, lambda w: lower_names.first_cases(w) | name_tags.diminutive_cases(w),
                lambda w: tags(w).geographic, name_tags.verb,
                lambda i: self._kept_word(text, words, i))
            found += labelled.citizens(text, words, CITIZEN, lambda i: _citizens_country(words[i]),
                                       lambda i: self._kept_word(text, words, i))
            found += labelled.kin(text, words, lambda w: lower_names.first_cases(w) | name_tags.diminutive_cases(w),
                                  lower_names.kin_noun, lambda w: tags(w).known, lambda i: self._kept_word(text, words, i))
            found += labelled.located(text, words, lambda w: bool(tags(w).surname), name_tags.verb,
                                      lambda i: self._kept_word(text, words, i) or words[i].word in _FIGURE_SURNAMES)
        found = clubs_drinks.past_clubs(found + fans, clubs, text)  # „Kibice Lecha Kruk, Lis i Sowa”: the fans
        found = [span for span in found if not any(a <= span[0] and span[1] <= b for a, b in officers)]
        found += [span for span in self._unlisted(text, words, found)  # before merging: „Górnika” next to a name
                  if not any(a <= span[0] and span[1] <= b for a, b in officers)]
        found += [span for span in self._coordinated(text, words, found)
                  if not any(a <= span[0] and span[1] <= b for a, b in officers)]
        starts = [t.start for t in words]
        merged = [span for span in _merged(text, found) if not any(a <= span[0] and span[1] <= b for a, b in officers)]
        figures_ = [span for span in merged
                    if self._figure(text, words, bisect_left(starts, span[0]), bisect_left(starts, span[1]))]
        self.kept.extend(officers + figures_)
        return [(start, _initials_dot(text, _particle_end(text, end))) for start, end in merged
                if (start, end) not in figures_]

    def _coordinated(self, text: str, words: list[_Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Surnames coordinated by „i”, „oraz” or a comma (rev-pub17 14): one next to a removed name in its case
        („Kowalski i Kurek zgłosili”, „Pouczono Kowalskiego i Kurka”), and a list of two or more opening a clause
        before a person's plural verb („Wróbel i Kurek zgłosili kradzież”) – each went alone in that role, a word
        too („Kurek”, „Sowa”) only so."""
        if not self.dictionary or not name_tags.available():
            return []
        taken = _covered(words, found)
        extra = {i for i in _headed_items(text, words) if i not in taken and (  # the coordination goes on from it
            self._coordinable(words[i]) or self._headed_first_name(words[i]))}  # („Zgłaszający (3): Kurek, Sowa”)
        extra |= {i for i in _tab_row_names(text, words) if i not in taken and self._coordinable(words[i])}
        taken |= extra
        for group in _coordinations(text, words) + _list_siblings(text, words, taken):
            if taken & set(group):
                said = set().union(*(name_tags.surname_cases(words[i].word) for i in group if i in taken))
                extra |= {i for i in group if i not in taken and self._coordinable(words[i])
                          and not _longer_name(text, words, i) and not _places_name(text, words, i)
                          and name_tags.surname_cases(words[i].word) & said}
            elif all(self._coordinable(words[i]) for i in group) \
                    and (_plural_subjects(text, words, group) or _talked_with(text, words, group)):
                extra |= set(group)
        extra |= {j for i, j in _comitatives(text, words) if i in taken and j not in taken and self._coordinable(words[j])
                  and any(case == "inst" for case, _ in name_tags.surname_cases(words[j].word))}
        return [(words[i].start, words[i].end) for i in sorted(extra)]

    def _headed_first_name(self, t: _Token) -> bool:
        """A first name opening an item of a persons' list („Świadkowie: Zbyszek spod siódemki”, rev-pub18 11): the
        person, whatever follows – not an officer's, a place's or a club's."""
        return t.word.istitle() and self._given_name(t.word) and not self._officers_word(t) \
            and t.word not in self.places and t.word not in _CLUBS

    def _coordinable(self, t: _Token) -> bool:
        """A capitalised word that may be a private person's surname in a coordination: the dictionary's surname or
        a listed one, not an officer's, a place of the case, a first name (one a name only in the plural, as „Lis” of
        „Lisa”, may be) or a club."""
        return t.word.istitle() and (t.word in self.private.surnames or bool(name_tags.surname_cases(t.word))) \
            and not self._officers_word(t) and t.word not in self.places and t.word not in _CLUBS \
            and t.word not in COMMON_FIRST and not (tags(t.word).first and lower_names.first_cases(t.lower)) \
            and not _role(t) and t.word not in _BRAND \
            and t.word not in _INSTITUTION

    def _figure(self, text: str, words: list[_Token], lo: int, hi: int) -> bool:
        """A public or sacred figure's name (pismo.publication.figures: „Witolda Pileckiego”, „Pana Jezusa”, „Matki
        Boskiej”), not a listed person's, nor after „Pan/Pani” or a role („Pan Józef Piłsudski z parteru”)."""
        ts = words[lo:hi]
        names = [t for t in ts if t.lower not in HONORIFICS]
        if not names or any(t.word in self.private.surnames for t in names):
            return False
        if all(t.word in _SACRED for t in names) or all(t.word in figures.DYNASTIES for t in names) \
                and not (_after_role(words, lo) or _after_plural_role(text, words, lo)):  # „Rządzili Wazowie”
            return True
        if len(names) != len(ts) or _after_role(words, lo) or _persons_locator_after(text, ts[-1].end) \
                or _against_a_man(text, words, range(lo, hi)):
            return False  # „Pan Józef Piłsudski z parteru”, „Mandat dla Słowackiego z 8a”, „Skarga na Sikorskiego”
        joined = _hyphen_joined(text, names)  # „Marii Skłodowskiej-Curie”: two names
        if len(joined) == 1:
            return joined[0] not in _FIGURE_SURNAMES and _figure_surname(joined[0]) and _told_about(text, words, lo)
        if len(joined) != 2 or tuple(joined) in figures.FIGURES:
            return False  # „Józef Piłsudski zgłosił hałas”: in the nominative, a namesake acting
        if lo and (_place_word(words[lo - 1].word) or _street(text, words, lo)) and _impersonal_after(text, words, lo) \
                and words[lo - 1].word not in _MONUMENT:
            return False  # „Na ulicy Jana Kochanowskiego zatrzymano kierowcę”: whom, the patron rules tell
        return any(joined[0] in first and _figure_surname(joined[1], (first, surname, tail))
                   for first, surname, tail in _FIGURES)

    def _form_names(self, text: str, words: list[_Token]) -> list[tuple[int, int]]:
        """Names as forms and lists write them: „Nazwisko, Imię” (the comma parts the two, so no run holds the
        pair) opening a line or a list item, and the words after a „Nazwisko:” label — not an officer's."""
        found, pair_end, nicknames = [], -1, set()
        for i, t in enumerate(words):
            if _surname_label(text, words, i):
                v = _label_value_start(words, i)
                j = _label_value(text, words, v)
                if j > v and not self._officers_surname(words[v]):
                    found.append((words[v].start, _compound_end(text, words, j - 1)))
            if _naming_phrase(text, words, i) and (self._named_by_phrase(words[i]) or _nickname_label(text, words, i)
                                                   and not self._officers_surname(t) and t.word not in self.places):
                found.append((t.start, _compound_end(text, words, _label_value(text, words, i) - 1)))
                if _nickname_label(text, words, i) and _label_value(text, words, i) == i + 1:
                    nicknames.add(t.word)
            end = self._surname_comma_first(text, words, i, pair_end)
            if end is not None:
                found.append((t.start, words[end].end))
                pair_end = end
        # A nickname its label told goes at its other mentions too („siedzi „Rudy”; ksywka „Rudy””).
        # Not a sentence's first word outside quotes: „Mały” opens „Mały chłopiec płakał” too.
        return found + [(t.start, t.end) for k, t in enumerate(words) if t.word in nicknames and (
            not _sentence_start(text, words, k) or text[t.start - 1:t.start] in ("„", '"', "«", "»", "“"))]

    def _nicknamed(self, text: str, words: list[_Token]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """A first name and a surname with a nickname in quotes or parentheses between („Zenek „Szczur” Wójcik”,
        „Krystyna (Krysia) Sowa”: rev-pub18 19; the quote breaks the
        run, so the surname was left alone and the nickname stayed), and a first name glued to a surname in a
        camel-case hashtag or file name („#MaciekWróbel”, „ZenonWróbel.png”) – the whole person; and apart, the officers so named („asp. Jan
        „Johnny” Lis”, „Dzielnicowa Anna „Ania” Nowak”), whose surname no other rule may take alone."""
        found, officers = [], []
        starts = [t.start for t in words]
        for m in _NICKNAMED.finditer(text):
            first = m.group("first") or m.group("first2") or m.group("first3")
            surname = m.group("surname") or m.group("surname2") or m.group("surname3")
            if not _given(first) or first in self.places or not (tags(surname).person or not tags(surname).known
                                                                  or surname in self.officers.surnames):
                continue
            index = bisect_left(starts, m.start(next(g for g in ("first", "first2", "first3") if m.group(g))))
            if first in self.officers.first and surname in self.officers.surnames or _after_rank(text, words, index):
                officers.append((m.start(), m.end()))
            else:
                found.append((m.start(), m.end()))
        for m in [*_SURNAME_NICKNAMED.finditer(text), *_ALIASED.finditer(text), *_ALSO_CALLED.finditer(text)]:
            # „Sowa „Stasiek” z parteru” (rev-pub19 18), „Kurek „Kogut””, „Kurek vel Kogut”, „Kurek ps. Kogut”,
            # „Kurek, zwany Kogutem,” (rev-pub20 7): the surname and the nickname
            surname, nick = m.group("surname"), m["nick"] or m.groupdict().get("nick2") or m.groupdict().get("nick3")
            index = bisect_left(starts, m.start())
            if m.re is _ALSO_CALLED:
                after = _NEXT_WORD.match(text, m.end())
                verbs = [after[1]] if after else [words[k].word for k in range(max(0, index - 2), index)
                                                  if _CLAUSE_END.match(text, m.end())
                                                  and _SPACE.fullmatch(text, words[k].end, words[k + 1].start)]
                if not (any(name_tags.verb(v.lower()) and not name_tags.thing_verb(v.lower()) for v in verbs)
                        and name_tags.nickname_word(nick) and _surname_alone(words[index])):
                    continue  # „Kurek (Kogut) pije”, „Pije tam Kurek inaczej Kogut.”, not „Rynek (Plac) jest remontowany”
            if (tags(nick).first or m.re is not _SURNAME_NICKNAMED or _surname_alone(words[index]) and (
                    _told_by(text, words, index) or _ELLIPSIS.match(text, m.end())
                    or (after := _NEXT_WORD.match(text, m.end())) and person_verb(after[1]))) \
                    and name_tags.surname_cases(surname) and not tags(surname).first \
                    and not (surname in _EMPLOYER or surname in _INSTITUTION or surname in _BRAND or surname in _CLUBS
                             or surname in _BUSINESS or surname in self.places
                             or index and words[index - 1].word in _EMPLOYER
                             and _SPACE.fullmatch(text, words[index - 1].end, m.start())) \
                    and not (surname in self.officers.surnames or _after_rank(text, words, index)):
                found.append((m.start(), m.end()))
        return found, officers

    def _file_names(self, text: str) -> list[tuple[int, int]]:
        """Names in a file's name (rev-pub18 7): a part between hyphens or underscores the dictionary knows only as a
        name („zgloszenie-kowalska.pdf”) or as a surname beside a statement's noun („relacja_Kurka.pdf”, rev-pub19 6), and a first name glued to a surname in capitals („JANKOWALSKI.JPG”) – not
        an officer's nor a thing's („monitoring-wiklinowa.jpg”, „MAREKFOTO.JPG”)."""
        found = []
        for m in _FILE_NAME.finditer(text):
            stem = m.group("stem")
            if stem.isupper() and stem.isalpha() and _capitals_name(stem):
                found.append(m.span("stem"))
                continue
            parts = list(re.finditer(r"[^\W\d_]+", stem))
            folded = [ascii_fold(part.group()).lower() for part in parts]
            for k, part in enumerate(parts):
                word = part.group().title()
                if (len(word) > 3 and part.group().islower() and _only_a_name(word)
                        or name_tags.reporter_in_parts(folded, k)) \
                        and word not in self.officers.surnames and word not in self.officers.first:
                    found.append((m.start("stem") + part.start(), m.start("stem") + part.end()))
        return found

    def _lower_case_names(self, text: str, words: list[_Token]) -> list[tuple[int, int]]:
        """A common first name and a dictionary surname typed in lower case (notes from a phone, an SMS), after a role,
        a label's colon or a dash, or before a verb („zgłaszająca: anna nowak”, „jan kowalski zgłosił”); a surname
        that is also a word („lis”, „kowal”) is left, as every name rule starts from a capital letter otherwise."""
        found = []
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if not (a.word.islower() and b.word.islower() and _LINE_SPACE.fullmatch(text[a.end:b.start])) \
                    or a.word.title() not in COMMON_FIRST or b.word.title() in _NOT_SURNAME \
                    or not tags(b.word.title()).surname or tags(b.word).ordinary:
                continue
            if b.word.title() in self.officers.surnames or re.search(r"\d[^\S\n]*$", text[max(0, a.start - 4):a.start]):
                continue  # „3 maja nowak”: a date's month
            before = text[words[i - 1].end:a.start] if i else ""
            after = words[i + 2] if i + 2 < len(words) else None
            opened = not i or re.search(r"[:\n]|\s[-–—]\s*$", before) or _role(words[i - 1])
            verb = after and _LINE_SPACE.fullmatch(text[b.end:after.start]) and name_tags.verb(after.word)
            if opened or verb:
                found.append((a.start, b.end))
        return found

    def _east_asian(self, text: str, words: list[_Token]) -> list[tuple[int, int]]:
        """Vietnamese and Chinese names („Nguyen Van Hung”, „Li Wei”: pismo.publication.east_asian), not an
        officer's after a rank."""
        if not self.dictionary or not name_tags.available() or not any(
                t.word in east_asian.FAMILY_NAMES or t.word in east_asian.BRAND_FAMILY_NAMES for t in words):
            return []
        heads = east_asian.joined([t.word for t in words], [text[a.end:b.start] for a, b in zip(words, words[1:])])
        parts: list[list[int]] = []
        for k, h in enumerate(heads):  # „Min-jun”: one part
            parts.append([k]) if h == k else parts[-1].append(k)
        merged = [_Token(words[p[0]].start, words[p[-1]].end, text[words[p[0]].start:words[p[-1]].end],
                         words[p[-1]].dot) for p in parts]
        plain, gaps = [t.word for t in merged], [text[a.end:b.start] for a, b in zip(merged, merged[1:])]
        found = []
        for i, t in enumerate(merged):
            if (name := east_asian.given_names(plain, gaps, i)) and not _after_rank(text, words, parts[name[0]][0]) \
                    and not all(self._officers_word(w) for w in merged[name[0]:name[1] + 1]) \
                    and not any(w.word in self.places for w in merged[name[0]:name[1] + 1]):
                found.append((merged[name[0]].start, merged[name[1]].end))
            elif t.word in east_asian.BRAND_FAMILY_NAMES and i and merged[i - 1].lower in HONORIFICS \
                    and _LINE_SPACE.fullmatch(gaps[i - 1]):
                found.append((t.start, t.end))  # „Pan Suzuki”: no car
        return found

    def _surname_comma_first(self, text: str, words: list[_Token], i: int, pair_end: int) -> int | None:
        """The index of the last first name when a surname, a comma and one or two first names in its case and
        gender stand at a list item's start („Mazur, Jan – zgłaszający”, „Sowa, Anna; Mazur, Jan”)."""
        t = words[i]
        if i + 1 >= len(words) or not re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[t.end:words[i + 1].start]):
            return None
        if not (t.word.istitle() and (t.word in self.private.surnames or self.dictionary and tags(t.word).surname)) \
                or t.word in _NOT_SURNAME or t.word in self.places or t.lower.endswith(_FAMILY_PLURAL):
            return None
        if not _item_start(text, words, i, pair_end):
            return None
        last = i + 1
        while last + 1 < len(words) and last < i + 2 and _LINE_SPACE.fullmatch(text[words[last].end:words[last + 1].start]) \
                and _first_name(words[last + 1]):
            last += 1
        if not all(_first_name(w) for w in words[i + 1:last + 1]) or not _name_forms([words[i + 1], t]):
            return None
        if self.dictionary and all(tags(w.word).place for w in words[i:last + 1]):
            return None  # „Miejscowości: Adamów, Bronisławów”: villages, though „Adamów” is a surname too
        if self.dictionary and "nom" in _first_name_cases(t.word) and _list_item_after(text, words, last) is not None:
            return None  # „Róża, Kalina, Pola i Wiola”, „Wsie: Kalina, Pola i Wola”: a list, no surname and its first name
        after = words[last + 1] if last + 1 < len(words) else None
        if after and after.word[0].isupper() and _LINE_SPACE.fullmatch(text[words[last].end:after.start]):
            return None  # „Łęczna, Anna Nowak przyjęła”: a place heading the line, then a name
        if t.word in self.officers.surnames and words[i + 1].word in self.officers.first or _after_rank(text, words, i) \
                or _post_after(text, words, range(i + 1, last + 1)):
            return None  # an officer: „Wrona, Tomasz – dzielnicowy”
        return last

    def _named_by_phrase(self, t: _Token) -> bool:
        """A word a naming phrase introduces that can be a name: a person's in the dictionary, or unknown to it
        („nazywa się Mazur”, not „nazywa się Bezpieczne Wakacje”) – not an officer's surname."""
        if self._officers_surname(t) or t.word in self.places:
            return False
        return not (self.dictionary and name_tags.available()) or tags(t.word).person or not tags(t.word).known

    def _officers_surname(self, t: _Token) -> bool:
        return t.word in self.officers.surnames and t.word not in self.private.surnames

    def _titled_capitals(self, text: str) -> str:
        """The text with a name in capitals written as a name („ZBIGNIEW KACZMARCZYK” → „Zbigniew Kaczmarczyk”),
        same length, so the spans hold; capitals that are no name („KOMENDA”, „KMZB”) stay as they are."""
        def title(m: re.Match) -> str:
            w = m.group()
            if len(w) < 3 or not w.isupper() or _ROMAN.fullmatch(w) or w.lower() in TEXT_ABBREVIATIONS \
                    or w in NOT_POLICE_CAPITALS or w.lower() in NOT_POLICE_ABBREVIATIONS:
                return w  # „WOT”, „SOP”: a service, though „Wot” is a surname too
            t = w[0] + w[1:].lower()
            return t if len(t) == len(w) and self._name_word(t) else w
        return self._foreign_capitals(_WORD.sub(title, text))

    def _foreign_capitals(self, text: str) -> str:
        """A word in capitals the dictionary does not know next to a first name it titled („Dmytro KOVALENKO”,
        „KOVALENKO Dmytro”) written as a name too, so the pair is judged as in normal capitals and never half cut."""
        words = list(_WORD.finditer(text))
        out, done = [], 0
        for i, m in enumerate(words):
            w = m.group()
            if not _foreign_capital(w):
                continue
            beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            if any(_SPACE.fullmatch(text[min(m.end(), b.end()):max(m.start(), b.start())] or "-")
                   and b.group().istitle() and self._given_name(b.group()) for b in beside):
                out += [text[done:m.start()], w[0] + w[1:].lower()]
                done = m.end()
        return "".join(out) + text[done:]

    def _given_name(self, word: str) -> bool:
        return word in COMMON_FIRST or word in self.private.first or self.dictionary and name_tags.available() \
            and bool(tags(word).first)

    def _name_word(self, word: str) -> bool:
        if any(word in forms for forms in (self.private.first, self.private.surnames, self.officers.first,
                                           self.officers.surnames, COMMON_FIRST)):
            return True
        return self.dictionary and name_tags.available() and tags(word).person

    def redact(self, text: str, mark: str) -> str:
        """The text with every private person's mention replaced by the marker."""
        spans = self.spans(text)
        pieces, done = [], 0
        for start, end in spans:
            pieces += [text[done:start], mark]
            done = end
        return "".join(pieces) + text[done:]

    def in_address(self, address: str) -> bool:
        """Whether a web address names a private person („facebook.com/zdzislaw.kowal”)."""
        parts = re.split(r"[^a-z0-9]+", ascii_fold(address))
        folded, short, lengths = self.private.folded, self._short_folded, self._folded_lengths
        return any(part in short or any(part[i:i + n] in folded for n in lengths for i in range(len(part) - n + 1))
                   for part in parts)

    def _is_name(self, t: _Token) -> bool:
        return (t.lower in HONORIFICS and (t.lower != "p" or t.dot)) or _initial(t) or any(
            t.word in forms for forms in (self.private.first, self.private.surnames,
                                          self.officers.first, self.officers.surnames, COMMON_FIRST))

    def _mentions(self, text: str, words: list[_Token], run: range) -> list[tuple[int, int]]:
        """The spans to cut in a run of name-like words: none if it is an officer's, a patron's or a place's."""
        ts = [words[i] for i in run]
        officers_words = any(t.word in self.officers.surnames for t in ts) and all(self._officers_word(t) for t in ts)
        if officers_words and self._officers_run(text, words, run):
            return []
        if _after_rank(text, words, run.start) or _post_after(text, words, run) or self._patron_run(text, words, run) \
                or _rank_in_brackets_after(text, words, run.stop - 1):
            return []
        if officers_words and (len(ts) > 1 or _after_role(words, run.start)
                               or ts[0].lower.endswith(_FAMILY_FORMS) or self._family_reporting(text, words, run, ts)) \
                or self._another_first_name(words, run):
            start, end = _span(ts)  # officers' words of no one officer, or said of a resident: „Marek Nowak”
            return [(start, max(end, _compound_end(text, words, run.stop - 1)))]
        if self._private_mention(text, words, run):
            start, end = _span(self._past_lower_words(ts))
            return [(start, max(end, _compound_end(text, words, run.stop - 1)))]
        return self._free_text_names(text, words, run)

    def _kept_word(self, text: str, words: list[_Token], i: int) -> bool:
        """A word a lone name's rule leaves: the case's place, an officer's name, a club after a match's word or
        in a match's clause („przegrała z Lechem”)."""
        t = words[i]
        return t.word in self.places or self._officers_word(t) and t.word not in self.private.first \
            or t.word in _CLUBS and (_after_a_clubs_word(text, words, i) or _in_a_match(text, words, i))

    def _officers_name(self, text: str, words: list[_Token], run: range) -> bool:
        """A run of name words kept as an officer's first name and surname, in any case form."""
        return len(run) > 1 and any(words[i].word in self.officers.surnames for i in run) \
            and self._officers_run(text, words, run)

    def _officers_run(self, text: str, words: list[_Token], run: range) -> bool:
        """Whether a run of name words names an officer: one officer's first name and surname (not one officer's
        first name with another's surname, „Marek Nowak”), and nothing that tells of a resident bearing it — a
        listed resident of that surname, „Pan”, „sąsiad”, a wife's or a family's form („Nowakowa”, „Państwo
        Nowakowie”) — unless the officer's function or rank stands right by it."""
        ts = [words[i] for i in run]
        names = [t for t in ts if t.lower not in HONORIFICS and not _initial(t)]
        if not names or not any(all(t.word in o.first or t.word in o.surnames for t in names)
                                for o in self._officers_of(names)):
            return False
        if self._officer_by_context(text, words, run) or _after_rank(text, words, run.start):
            return True
        return not (self._shared_with_a_resident(ts) or self._resident_marked(words, run, names)
                    or self._family_reporting(text, words, run, names))

    def _officers_of(self, names: list[_Token]) -> list[_Side]:
        """The officers whose surname may be one of these words (by its stems: a few, however many officers)."""
        found: dict[int, _Side] = {}
        for t in names:
            w = t.lower
            for cut in range(max(1, len(w) - 4), len(w) + 1):
                for o in self._officers_by_stem.get(w[:cut], ()):
                    found[id(o)] = o
        return list(found.values())

    def _resident_marked(self, words: list[_Token], run: range, names: list[_Token]) -> bool:
        """A surname an officer bears, said of a resident: with „Pan/Pani” or a role noun and no officer's first
        name, or in a wife's or a family's form the officer's own surname has not."""
        if any(self._wife_of_an_officers_surname(t) for t in names):
            return True  # „Annie Nowakowej”: the officer is Anna Nowak
        if any(t.word in self.officers.first and t.word not in self.officers.surnames for t in names):
            return False
        officers = self._officers_of(names)
        marks = [words[i] for i in run if words[i] not in names
                 and not (_initial(words[i]) and any(words[i].lower in o.first_initials for o in officers))]
        if marks or _after_role(words, run.start):
            return True
        return any(t.lower.endswith(_FAMILY_FORMS) and not any(s.endswith(t.lower[-4:]) for s in self._officer_surnames)
                   for t in names)

    def _wife_of_an_officers_surname(self, t: _Token) -> bool:
        """„Nowakowa”, „Nowakowej” of the officer Nowak: a wife's form a noun surname takes (an adjective's own
        feminine, „Przykładowa”, may be a woman officer's)."""
        return t.lower.endswith(_WIFE_FORMS) and not any(
            s.endswith(t.lower[-4:]) or s[:4] == t.lower[:4] and s[-1] in VOWELS for s in self._officer_surnames)

    def _family_reporting(self, text: str, words: list[_Token], run: range, names: list[_Token]) -> bool:
        """An officer's surname in another form than the officer's own before a plural verb is a family
        („Przykładowi zgłosili”); „Przykładowy i Nowak prowadzili” are the officers."""
        last = words[run.stop - 1]
        return (len(names) == 1 and any(_family_plural(last.lower, s) for s in self._officer_surnames)
                and run.stop < len(words) and bool(_SPACE.fullmatch(text[last.end:words[run.stop].start]))
                and bool(person_verb(words[run.stop].word, "pl")))

    def _another_first_name(self, words: list[_Token], run: range) -> bool:
        """A first name no officer of that surname bears, nor its diminutive (same gender, same first two letters:
        „Ania” may be Anna), with an officer's surname: a resident („Ewa Przykładowa” when Marek Przykładowy is the
        officer)."""
        names = [words[i] for i in run if words[i].lower not in HONORIFICS and not _initial(words[i])]
        officers = self._officers_of([t for t in names if t.word in self.officers.surnames])
        firsts = [t for t in names if t.word not in self.officers.surnames and t.word not in self.officers.first
                  and (t.word in COMMON_FIRST or (self.dictionary and tags(t.word).first))]
        return bool(officers and firsts) and not any(
            _diminutive_of(t.word, given) for t in firsts for o in officers for given in o.given)

    def _shared_with_a_resident(self, ts: list[_Token]) -> bool:
        """An officer's surname a private person also bears, with no first name of the officer's alone to tell
        them apart („pan Nowak”, „Nowak” when Anna Nowak is the officer and Jan Nowak a resident)."""
        if not any(t.word in self.private.surnames for t in ts if t.word in self.officers.surnames):
            return False
        return not any(t.word in self.officers.first and t.word not in self.private.first
                       or _initial(t) and t.lower in self.officers.first_initials - self.private.first_initials
                       for t in ts)

    def _officer_by_context(self, text: str, words: list[_Token], run: range) -> bool:
        """A surname an officer and a resident share, told apart by the officer's function or police unit right
        after it („Nowak (dzielnicowa rejonu nr 3)”, „Nowak, asp.”, „Pani Nowak, nasza dzielnicowa”, „Pani Nowak z
        KPP”); a rank before it is told by _after_rank. A verb's or
        „pani”'s gender tells nothing: the resident's wife or daughter bears the surname too."""
        k = run.stop
        if k < len(words) and words[k].lower in _POSSESSIVES and k + 1 < len(words):
            k += 1  # „Pani Nowak, nasza dzielnicowa”
        after = words[k] if k < len(words) else None
        if after and re.fullmatch(r"\s*[,(–-]?\s*", text[words[run.stop - 1].end:words[run.stop].start]) \
                and _SPACE.fullmatch(text[words[k - 1].end:after.start] if k > run.stop else " ") \
                and (after.word in _OFFICER_WORD or after.lower in CORE_RANKS):
            return True
        return _employer_after(text, words, run.stop - 1) is True  # „Pani Nowak z KPP”, „Pan Przykładowy z Komisariatu”

    def _officers_word(self, t: _Token) -> bool:
        return t.lower in HONORIFICS or _initial(t) or t.word in self.officers.first or t.word in self.officers.surnames

    def _private_mention(self, text: str, words: list[_Token], run: range) -> bool:
        """A private surname with a first name, an initial or „Pan/Pani” — or alone, see _bare."""
        ts = [words[i] for i in run]
        surnames = [t.word in self.private.surnames for t in ts]
        if not any(surnames):  # „Anna K.”: a first name and the surname's initial
            return any(a.word in self.private.first and _initial(b) and b.lower in self.private.initials
                       for a, b in zip(ts, ts[1:]))
        others = [t for t, surname in zip(ts, surnames) if not surname]
        if not others:  # surnames only („Kowalczyk-Mróz”, „Orzeł Biały”): each alone
            return any(self._bare(text, words, run.start, i) for i in run)
        capitalised = any(t.word[0].isupper() for t, surname in zip(ts, surnames) if surname)
        return capitalised or any(t.lower not in HONORIFICS for t in others)  # „jan kowalski”, not „pani dobra”

    def _past_lower_words(self, ts: list[_Token]) -> list[_Token]:
        """A run's words from its first that is no lower-case ordinary word („W maju Kurek dzwonił”: „maju” of May,
        not Maja's form) – a listed first name or „pan” in lower case stays in („z jan Kurek”, „pan Kurek”)."""
        k = next((i for i, t in enumerate(ts) if not t.word.islower() or t.lower in HONORIFICS
                  or t.word in self.private.first or not (self.dictionary and tags(t.word).ordinary)), 0)
        return ts[k:]

    def _bare(self, text: str, words: list[_Token], start: int, index: int) -> bool:
        """A listed surname alone: after a role noun („sąsiad Lis”), or capitalised, long and no ordinary word or
        place — else (short, a word or a place: „Lis”, „Kowal”, „Wilków”) only as a person's: the subject or the
        object of a person's verb („Lis zgłosił”, „wniosek poparł Lis”) or after a preposition of persons („z
        Lisem”, „od Kota”), not „Kowal wykonał ogrodzenie” nor „koło Wilkowa”."""
        t = words[index]
        if not t.word[0].isupper() or _institution_adjective(text, words, index):
            return False
        if _after_role(words, start) or _after_plural_role(text, words, start) \
                or self._told_form(t) and _employer_after(text, words, index) is not True \
                and not _things_plural_after(words, index):  # not „Kos z KPP”: an officer; not „Wrony siedziały”
            return True
        if t.word in self.places:  # the unit's town („KPP w Górze”), unless a person's verb tells („Góra zgłosił”)
            return self.dictionary and self._town_as_person(text, words, range(index, index + 1))
        if t.word in self.private.bare and not (t.word in _ORDINARY or (self.dictionary and tags(t.word).place)):
            following = words[index + 1] if index + 1 < len(words) else None
            return not (following and _SPACE.fullmatch(text[t.end:following.start]) and following.word in _NOT_SURNAME)
        if self.dictionary and tags(t.word).place and not tags(t.word).surname:
            return False
        return self.dictionary and self._persons_word(text, words, index)

    def _told_form(self, t: _Token) -> bool:
        """A capitalised form the dictionary reads as the surname the text removed with a first name (rev-pub19 1):
        that person in any case („o Kurku”, „Sowie”, „Wróblu” after „Jan Kurek”, „Anna Sowa”, „Jan Wróbel”) –
        the thing's readings share the forms, the capital and the person named tell. Where the word stands as a
        thing is _told_as_thing's."""
        return bool(self.told_lemmas) and t.word.istitle() and bool(
            name_tags.surname_lemmas(t.word) & self.told_lemmas or t.word in self.private.surnames
            and name_tags.lemmas(t.word) & self.told_nouns)  # „Dębowi” of „Piotr Dąb”: the noun's stem (rev-pub20 2)

    def _town_as_person(self, text: str, words: list[_Token], run: range) -> bool:
        """A word of the unit's town as a person's name: in the nominative, the subject of a person's verb („Góra
        zgłosił”, „Kazimierz zgłosił”; not „Komendant KPP w Górze poinformował”)."""
        told = _told_by(text, words, run.start, run.stop - 1)
        return bool(told) and all(any(c == "nom" and g in told for c, g in tags(words[i].word).forms)
                                  for i in run if words[i].lower not in HONORIFICS)

    def _persons_word(self, text: str, words: list[_Token], index: int) -> bool:
        """Whether a word stands as a person: before or after a person's verb, or after „z”, „od”, „u”, „dla”."""
        t = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        if _told_by(text, words, index):
            return True
        before = words[index - 1] if index else None
        if not before or not _SPACE.fullmatch(text[before.end:t.start]):
            return False
        if before.lower in _PERSON_PREPOSITIONS or _statement_of(words, index):
            return True
        return bool(person_verb(before.word)) and (following is None or not following.word[0].isupper())

    def _free_text_names(self, text: str, words: list[_Token], run: range) -> list[tuple[int, int]]:
        """Common first names and the capitalised word after them, typed in free text only („Zbigniew Nowak”)."""
        ts = [words[i] for i in run]
        firsts = [t for t in ts if t.lower not in HONORIFICS]
        if not firsts or not all(t.word.istitle() and t.word in COMMON_FIRST and t.word not in self.places
                                 for t in firsts):
            return []
        if re.search(r"\d\s*$", text[max(0, ts[0].start - 8):ts[0].start]):  # „3 Maja”
            return []
        index = _past_particles(text, words, run.stop)
        particle = index > run.stop  # after „Di”, „De” even a first name is the surname („Luca Di Maria”)
        if index == len(words) or not re.fullmatch(r"\s+|-" if particle else r"\s+",
                                                   text[words[index - 1].end:words[index].start]):
            return []
        if "\n" in text[words[index - 1].end:words[index].start] and not _broken_name(text, words, run):
            return []  # a line ends the name: the next line's first word is its own („Lider: Kacper⏎Miejsce: Orlik”)
        surname = words[index]
        if not (_surname_like(surname) or particle and surname.word.istitle() or _body_noun_surname(text, words, index)) \
                or surname.word in self.places \
                or _house_number(text, [*firsts, surname]) or _club(text, words, range(run.start, index + 1)):
            return []
        patron = [*firsts, surname, *words[index + 1:_chain_index(text, words, index) + 1]]
        if not _after_role(words, run.start) and (_street(text, words, run.start, named=True) or _bare_street(
                text, words, run.start, patron)) and _patron_case(patron):
            return []  # „ulicach Jana Pawła II, Kościuszki i Marii Curie-Skłodowskiej”, „mieszka na Marii Dąbrowskiej”
        return [(ts[0].start, _compound_end(text, words, index))]

    def _unlisted(self, text: str, words: list[_Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Persons the case does not list, by the dictionary's name tags (pismo.publication.name_tags): a first
        name or a surname after „Pani”, „p.”, a role noun or an initial; a first name with a surname; alone, a word
        that is only a name („Wiśniewska”, „Teresa”), or a surname that is also a word as the subject of a
        person's verb („Sowa poinformowała”). The officers', patrons', places' and institutions' names stay."""
        if not self.dictionary or not name_tags.available():
            return []
        taken = _starts_within(words, found)
        # After „Pani”, „p.” or an initial a wife's form is a name, though a village bears it too („Pani Wróblowa”,
        # „B. Kurkowa”, rev-pub22 12).
        honoured = {b.start for a, b in zip(words, words[1:])
                    if (a.lower in HONORIFICS and (a.lower != "p" or a.dot) or _initial(a))
                    and re.fullmatch(r"\.?\s+", text[a.end:b.start])}
        wives = {t.start for i, t in enumerate(words) if t.start not in taken and t.word.istitle()
                 and _wife_context(text, words, i, honoured) and tags(t.word).married
                 and (t.start in honoured or not self._places_listed(text, words, i))}
        roles, named = self._occupied(text, words, taken)
        named |= {t.start for i, t in enumerate(words) if t.start not in taken and t.word not in self.places
                  and (_located_reporter(text, words, i) or _body_noun_surname(text, words, i)
                       or (_role_in_apposition(text, words, i) or _contact_person(text, words, i)
                           or _household(text, words, i) or _speaker(text, words, i)
                           or _resident_by_address(text, words, i)
                           or _phone_owner(text, words, i) or _report_sender(text, words, i) or _age_in_apposition(text, words, i) or _role_before_apposition(text, words, i))
                       and not self._officers_word(t))}
        named |= {at for at in _bracketed_subjects(text, words) if at not in taken}
        named |= wives | {b.start for i, (a, b) in enumerate(zip(words, words[1:])) if b.start not in taken
                          and (a.word not in self.places and _town_as_surname(text, words, i, honoured)
                               if b.word in self.places else _thing_as_surname(text, words, i, honoured))}
        runs = _runs(text, words, lambda t: t.start not in taken and t.start not in roles
                     and (self._unlisted_word(t) or t.start in named)
                     and not _UKRAINIAN_PLACE_BEFORE.search(text, max(0, t.start - 6), t.start))
        return [span for run in runs for part in self._past_the_town(words, _past_a_club(text, words, _before_a_title(words, run)))
                if (span := self._unlisted_mention(text, words, part, named) or self._past_the_opening(text, words, part, named))]

    def _past_the_opening(self, text: str, words: list[_Token], run: range, named: set[int]) -> tuple[int, int] | None:
        """A surname's, a wife's or a family's form after a sentence's first word that the dictionary reads as an
        ordinary word too („Stara Kowalczykowa z trójki”, „Działka Kowalskich to…”): the opening word is capitalised
        only as the first, so the rest is judged alone. Not when the rest holds a first name („Kruk Anna”: surname
        first), nor when every word may name a place („Biała Podlaska”)."""
        if len(run) < 2 or not _sentence_start(text, words, run.start) or not _ordinary_opening(words[run.start]) \
                or any(tags(words[i].word).first or words[i].word in COMMON_FIRST for i in run[1:]) \
                or all(tags(words[i].word).geographic for i in run):
            return None
        return self._unlisted_mention(text, words, range(run.start + 1, run.stop), named)

    def _past_the_town(self, words: list[_Token], run: range) -> list[range]:
        """The run less the unit's town opening it when a name follows („mieszkaniec Wrzosogrodu Jan Kowalski”: the
        town stays, the resident goes); a town that is also a first name may open the person's name („Kazimierz
        Nowicki”)."""
        t = words[run.start]
        if len(run) > 1 and t.word in self.places and t.word not in COMMON_FIRST and not tags(t.word).first \
                and words[run.start + 1].word not in self.places:
            return [range(run.start + 1, run.stop)]
        return [run]

    def _occupied(self, text: str, words: list[_Token], taken: set[int]) -> tuple[set[int], set[int]]:
        """An ordinary noun for a person the lists need not name, then a surname in its case and a verb or the
        clause's end („Rolnik Mazur zgłosił”, „Taksówkarz Nowak.”, „Uczniowi Kotu wręczono”): the noun is the
        role, the surname a person's, though a word too. A police post alone („Komendant Mazur”) is left to the
        officers' rules. The starts of the roles and of the names."""
        roles, named = set(), set()
        for i in range(len(words) - 1):
            if words[i + 1].lower == "ds" and (k := self._post_ds(text, words, i)) is not None:
                named.add(words[k].start)
                continue
            role, name = words[i], words[i + 1]
            if name.start in taken or not _SPACE.fullmatch(text[role.end:name.start]) or "\n" in text[role.end:name.start] \
                    or not self._occupation(text, words, i) or role.word in _POLICE_POST \
                    or not _surname_in_case(role, name) \
                    or name.word in self.places or _role_complement(name) or name.word in COMMON_FIRST \
                    or role.lower.startswith("obywatel") and _country(name) or not _clause_goes_on(text, words, i + 1):
                continue
            roles.add(role.start)
            named.add(name.start)
        return roles, named

    def _post_ds(self, text: str, words: list[_Token], i: int) -> int | None:
        """The index of a surname after a post „ds.” and its matter („Specjalista ds. BHP Mazur przeprowadził”,
        „Pełnomocnik ds. Profilaktyki Kot omówiła”): the first capitalised word in the post's case before a verb
        or the clause's end – not a police unit's post („Koordynator ds. Dzielnicowych”)."""
        role = words[i]
        if not (role.word in _ROLE or self._occupation(text, words, i)):
            return None
        for k in range(i + 2, min(len(words), i + 8)):
            t = words[k]
            if re.search(r"[.,;:!?()\n]", text[words[k - 1].end:t.start].replace(".", "", k == i + 2)):
                return None  # the post ends: „ds. BHP, Jan…”
            if t.lower.startswith(POLICE_UNIT_STEMS) or t.lower in POLICE_ABBREVIATIONS:
                return None
            if k > i + 2 and t.word.istitle() and t.word not in self.places and not _role_complement(t) \
                    and t.word not in COMMON_FIRST and _surname_in_case(role, t) and _clause_goes_on(text, words, k):
                return k
        return None

    def _occupation(self, text: str, words: list[_Token], i: int) -> bool:
        """An ordinary noun for a person, lower case or opening a sentence (inside a proper name a capitalised one
        is the name's: „Dzień Rolnika”), no officer's word or rank."""
        t = words[i]
        if not (t.word.islower() or t.word.istitle() and (_sentence_start(text, words, i) or words[i - 1].word.islower())):
            return False
        if t.word in _OFFICER_WORD or t.word in _POST_WORD or _rank_word(t) or t.lower in HONORIFICS \
                or t.word in self.officers.first or t.word in self.officers.surnames:
            return False
        # A first name right after a rank is the officer's, not a role („st. sierż. Marek Kowalczyk”: „marek”)
        return bool(name_tags.person_noun_cases(t.word)) and not (t.word.istitle() and _after_rank(text, words, i))

    def _unlisted_word(self, t: _Token) -> bool:
        if (t.lower in HONORIFICS and (t.lower != "p" or t.dot)) or _initial(t):
            return True
        if not (t.word.istitle() and len(t.word) > 1 and t.lower not in TITLES) or _ROMAN.fullmatch(t.word) \
                or t.lower in _PREPOSITIONS:  # „Od Kowalskich wpłynęła”: „Od” is no first name „Oda” there
            return False
        if t.dot and (t.lower in TEXT_ABBREVIATIONS or t.lower in PLACE_ABBREVIATIONS):  # „Art. 51”, „Al. Kraśnicka”
            return False
        found = tags(t.word)
        return found.person or not found.known

    def _unlisted_mention(self, text: str, words: list[_Token], run: range,
                          wives: set[int] = frozenset()) -> tuple[int, int] | None:
        if len(run) > 1 and words[run.start].word in _STATEMENT and _sentence_start(text, words, run.start):
            run = range(run.start + 1, run.stop)  # „Skarga Kozłowskich”: whose complaint, though „Skarga” is a surname
        ts = [words[i] for i in run]
        names = [t for t in ts if t.lower not in HONORIFICS and not _initial(t)]
        if not names or text[max(0, ts[0].start - 1):ts[0].start] in ("„", '"', "«", "»", "“") \
                and not (_quoted_person(names) or _addressed(text, ts, names) or _quoted_speech(text, ts[0].start)
                         or _quoted_reporter(text, words, run)):
            return None
        if _after_rank(text, words, run.start) or _post_after(text, words, run) or self._patron_run(text, words, run) \
                or _firm_of_a_title(words, run.start) or _rank_in_brackets_after(text, words, run.stop - 1) \
                or _house_number(text, names) or _COMPANY_AFTER.match(text, ts[-1].end) or _club(text, words, run):
            return None
        if all(t.word in self.officers.first or t.word in self.officers.surnames for t in names) \
                and self._officers_run(text, words, run):
            return None
        found = [tags(t.word) for t in names]
        if len(ts) == 1 and found[0].hypocoristic and _hypocoristic_as_a_word(text, words, run.start):
            return None  # „Tomek wierszy”, „mieszkańcy Kuby”
        if len(ts) == 1 and ts[0].lower in BRANDS and {case for case, _ in found[0].forms} <= {"voc"}:
            return None  # „Dino”: the shop chain, a name only as „Dina”'s vocative – not „Dino Rossi” (rev-pub20 16)
        if len(ts) == 1 and self._territorial_adjective(words, run.start):
            return None  # „Starosta Łęczyński”, „Wojewodą Lubelskim”: the office
        if len(ts) == 1 and (_places_name(text, words, run.start) and tags(ts[0].word).geographic
                             or _region_name(text, words, run.start)) and ts[0].start not in wives:
            return None  # „Sołtys wsi Ludwin, Anna Nowak”: the village after its noun, whoever's role; „Ziemia
            # Łęczyńska”: a region's name (rev-pub21 6, 24)
        celled = run.start and "\t" in text[words[run.start - 1].end:words[run.start].start]  # „Partner⇥Osoba”: two cells
        honoured = len(names) < len(ts) or _after_role(words, run.start) and not celled \
            or any(t.start in wives for t in names) \
            or _after_plural_role(text, words, run.start) and not self._places_listed(text, words, run.start) \
            or _first_name_in_apposition(text, words, run) \
            or len(ts) == 1 and (
                _family_in_apposition(text, words, run.start) or _family_at(text, words, run.start)
                or _family_subject(text, words, run.start)) \
            or run.start and words[run.start - 1].lower == "na" and bool(_PENALTY_AFTER.match(text, ts[-1].end)) \
            or _against_a_man(text, words, run) or _quoted_reporter(text, words, run)
        if not honoured and _street(text, words, run.start) and _patron_case(names):
            return None  # „przy Lubelskiej”, „na Piłsudskiego i Kopernika”
        if not honoured and _after_residing(words, run.start):
            return None  # „zam. Ludwin 45”: where one lives, a place (rev-pub21 16)
        if len(names) == 1 and names[0].word in self.places and names[0].word not in self._place_words \
                and run.start and words[run.start - 1].lower in _RESIDENT_NOUNS:
            return None  # „Mieszkaniec Wrzosogrodu”: the town's genitive („Mieszkaniec Kazimierz zgłosił” is a man)
        if any(t.word in self.places for t in names) and not (honoured or self._town_as_person(text, words, run)):
            return None  # the unit's town, unless „Pan”, a role or a person's verb tells a person („Pan Kazimierz”)
        if not honoured and (self._among_places(text, words, run) or _place_with_adjective(text, words, run)
                             or len(names) == 1 and found[0].geographic and self._places_listed(text, words, run.start)):
            return None
        if not (honoured or self._named(text, words, run, found)) or _village_of_office(words, run):
            return None
        start, end = _span(ts)
        return start, max(end, _compound_end(text, words, run.stop - 1))

    def _territorial_adjective(self, words: list[_Token], index: int) -> bool:
        """An adjective after a county's or a voivodeship's office, in its case: the voivodeship's or the unit's
        county's, its stem the unit's town's (Łęczna – łęczyński), names the office („Starosta Łęczyński”,
        „Wojewody Lubelskiego”: rev-pub18 9) – another county's („Starosta Kowalski”) may be a surname."""
        if not index or not self.dictionary:
            return False
        office, t = words[index - 1], words[index]
        if not (name_tags.lemmas(office.word) & TERRITORIAL_OFFICES) or not name_tags.adjective_agrees(t.word, office.word):
            return False
        return any(a in VOIVODESHIP_ADJECTIVES or any(_same_stem(a, p.lower()) for p in self._place_words)
                   for a in name_tags.adjective_lemmas(t.word))

    def _named(self, text: str, words: list[_Token], run: range, found: list) -> bool:
        """Without „Pani” or a role: a first name with another name word, or one word that is only a name and no
        part of a longer proper name („Lubelski Urząd Wojewódzki”), or an ordinary word or a place as the subject of
        a person's verb („Wróbel zgłosił”, not „Wróbel usiadł”)."""
        if len(found) > 1:  # „Janowie Lubelskim” is a town; „Wołodymyr Tkaczuk”: a first name the dictionary lacks
            if not any(f.place for f in found):
                return (any(f.first for f in found) or all(f.pure for f in found)
                        or any(f.pure and f.surname for f in found) and all(f.pure or not f.known for f in found)
                        or self._double_surname(text, words, run, found) or self._first_and_surname(text, words, run))
            return self._first_and_surname(text, words, run) or self._double_surname(text, words, run, found)
        before = words[run.start - 1] if run.start else None
        after = words[run.stop] if run.stop < len(words) else None
        adjacent_before = before and _LINE_SPACE.fullmatch(text[before.end:words[run.start].start])  # a line parts
        if adjacent_before and (before.word in _BUSINESS or before.lower in _PREPOSITIONS
                                and words[run.start].lower in BRANDS):  # „w sklepie Dino”, „pod Dino”: the shop
            return False
        if adjacent_before and before.word[0].isupper() and not (_sentence_start(text, words, run.start - 1) and (
                person_verb(before.lower) or _common_noun(before) or _ordinary_opening(before)
                or _statement_of(words, run.start) or _from_whom(text, words, run.start)
                or before.lower in _PREPOSITIONS and _first_name_word(words[run.start]))
                or _opens_an_inscription(text, before)) \
                and not (run.start > 1 and _case_boundary(text, words, run.start - 2, run.start, run.stop)) \
                and not _a_clubs_fan(text, words, run.start):
            return False  # a longer proper name's part, not a surname after another person's name („Jacek Kubiak Kwiatkowskiej”)
        adjacent = after and _LINE_SPACE.fullmatch(text[words[run.stop - 1].end:after.start])
        f = found[0]
        if adjacent and after.word[0].isupper() and not (f.pure and after.word in COMMON_FIRST):
            return False  # „Kowalski Jan – Nowak Anna”: a first name another listed name took follows its surname
        if (not f.pure or f.geographic) and _business_in_apposition(text, words, run.stop - 1):
            return False  # „Bogdanka, kopalnia węgla, przekazała”: the firm, though a first name too (rev-pub19 8);
            # a word that is only a name is a person's still („Kowalski, firma budowlana”: his one-man firm)
        if _object_opening(text, words, run.start) or f.surname and _phone_of(words, run.start):
            return True
        if f.first and (words[run.start].word in COMMON_FIRST or not (f.place or f.geographic)) \
                and _first_name_context(text, words, run.start, f):
            return True  # „Pobił go Marek z Lipowej”, „(Marek)”, „jako Maja”: a person, though a word or a surname too
        if f.first and _agreeing_verb(text, words, run.start, f):
            return True  # „Pobiła go Róża z Lipowej”, „Kalina zgłosiła”: a person, though a place's name too
        if f.first and _located_subject(text, words, run.start):
            return True  # „Zbyszek z 8a pije”: a person, though a village's name too
        if f.first and _listed_subject(text, words, run.start):
            return True  # „Róża, Kalina, Pola i Wiola piją”: persons, though places' names or words too
        if not f.known and _DIMINUTIVE.fullmatch(words[run.start].lower) and _listed_with_a_first_name(text, words, run.start):
            return True  # „piją Zbychu, Miras i Waldek”: a diminutive the dictionary lacks, listed with first names
        if f.geographic and words[run.start].lower not in HYPOCORISTICS and adjacent_before \
                and (before.word.islower() or _sentence_start(text, words, run.start - 1)) \
                and before.lower not in LIST_JOINERS and not person_verb(before.lower) \
                and not (0 < (k := _past_inserts(text, words, run.start)) < run.start and person_verb(words[k - 1].lower)) \
                and not _statement_of(words, run.start) and _place_may_follow(before, words[run.start].word, f) \
                and (not _common_lone_name(text, words, run.start, f) or _place_context(before, words[run.start].word, f)):
            return False  # „mieszkańcy Ludwina”, „W Bogdance”: a place, though „Ludwina” is a first name too
        if f.pure or _common_lone_name(text, words, run.start, f) and not _place_context(before, words[run.start].word, f):
            return True  # „u nich Anna”, „to Jakub”, „lider Marek”: a common first name with no place's context
        # A person's noun opening a sentence is a role („Kierowca zgłosił”); a surname that is a word is a person
        # there too („Kowal zgłosił”, „Mazur zgłosił”), and anywhere else capitalised.
        role = f.person_noun and _sentence_start(text, words, run.start) and words[run.start].word not in _ORDINARY \
            or words[run.start].word in _INSTITUTION \
            or _season_coming(words, run.start)  # „Straż zgłosiła”, „Zgłoszenie otrzymała Straż”: the body; „Zima przyszła”
        agrees = f.nominative and not role and (_told_by(text, words, run.start)
                                                or _told_past_company(text, words, run.start))
        return bool(agrees and agrees & (f.first | f.surname)) or (
            f.surname and adjacent_before and _statement_of(words, run.start)
            and (_sentence_start(text, words, run.start - 1) or _according_to(words, run.start)))

    def _among_places(self, text: str, words: list[_Token], run: range) -> bool:
        """A village named like a first name, listed with places („Łęczna – Bogdanka – Puchaczów”, „w Puchaczowie i
        Bogdance”, „Bogdanka, Nadrybie”): every word of it can be a place and a neighbour in the list is one. A
        surname that is also a village („Nowak, Łęczna”) stays a person's."""
        before = _list_neighbour(text, words, run.start - 1, -1)
        after = _list_neighbour(text, words, run.stop, 1)
        if not all(self._place_like(words[i]) for i in run):
            # a place that is a name too, counted with places („Ludwin (3), Cyców (2)”: by village, rev-pub21 9)
            counted = [n for n in (before, after) if n is not None and _COUNTED_GAP.fullmatch(
                text, words[min(n, run.start)].end if n < run.start else words[run.stop - 1].end,
                words[run.start].start if n < run.start else words[n].start)]
            return len(run) == 1 and tags(words[run.start].word).geographic \
                and any(self._place_like(words[n]) for n in counted)
        return any(n is not None and self._place_like(words[n]) for n in (before, after))

    def _places_listed(self, text: str, words: list[_Token], index: int) -> bool:
        """A word in a list of villages („Mieszkańcy Janowa, Józefowa i Stanisławowa”): a noun of places opens the
        list and its first item is a place – so „Józefowa” is a village, not a wife, nor a surname."""
        first = _places_list_head(text, words, index)
        return first is not None and self._place_like(words[first])

    def _place_like(self, t: _Token) -> bool:
        """A word that can name a place: the unit's town, a place of the dictionary that is no pure name, or a
        geographic name that is no surname; a common first name is a person's („Anna”, „Zofia”)."""
        found = tags(t.word)
        if t.word in self.places:
            return True
        if t.word in COMMON_FIRST:
            return False
        return (found.place and not found.pure) or (found.geographic or found.place) and not found.surname

    def _double_surname(self, text: str, words: list[_Token], run: range, found: list) -> bool:
        """A hyphenated surname (tight or spaced dash) with one half only a surname and the other a surname too
        („Wesołowska-Bąk”, „Wesołowska - Bąk”), though a half is also a place or a word; or of two word surnames
        reporting („Kot-Zając zgłosiła”); towns stay („Skarżysko-Kamienna”)."""
        names = [words[i] for i in run if words[i].lower not in HONORIFICS and not _initial(words[i])]
        if len(names) != 2 or len(found) != 2 or not _DASH.fullmatch(text[names[0].end:names[1].start]):
            return False
        if all(f.surname for f in found) and (told := _told_by(text, words, run.start, run.stop - 1)):
            return all(told & f.surname for f in found)
        return (any(f.pure and f.surname for f in found) and all(f.surname or not f.known for f in found)
                and (not all(f.known for f in found) or bool(_name_forms(names))))  # „Bielska-Białej”: two cases

    def _first_and_surname(self, text: str, words: list[_Token], run: range) -> bool:
        """A first name and a surname in one case and gender win over a place reading of either („Kasia
        Wróbel”, „Zbyszek Kowalczyk”, „Tomkowi Kotowi”); a town stays („Janowie Lubelskim”, „Tomaszów Lubelski”).
        A diminutive the dictionary lacks counts as a first name („Lucynka Ryba”), and a diminutive's vocative as
        its nominative („Zdzichu Bąk”). Lists and forms write the surname first („Obecni: Mazur Jan”, „MAZUR
        JAN”): that order counts too."""
        names = [words[i] for i in run if words[i].lower not in HONORIFICS and not _initial(words[i])]
        return self._first_then_surname(names) or _surname_then_first(text, words, run, names) \
            or _family_of_two(text, words, run, names)

    def _first_then_surname(self, names: list[_Token]) -> bool:
        first, last = tags(names[0].word), tags(names[-1].word)
        diminutive = not first.known and bool(_DIMINUTIVE.fullmatch(names[0].lower))
        if not (first.first or diminutive) or not last.surname or names[-1].word in _NOT_SURNAME:
            return False
        if any(t.word in self.places for t in names):
            return False
        return bool(_name_forms(names)) or any(("nom", g) in last.forms for c, g in first.forms if c == "voc")

    def _patron_run(self, text: str, words: list[_Token], run: range) -> bool:
        """A patron's name: after a patron's place or title, and (when the dictionary can tell) in the genitive —
        „Osiedle Kazimierza Wielkiego” is a patron's, „Rady Osiedla Halina Wiśniewska” a chairwoman's."""
        if not self._patron(text, words, run.start):
            return False
        names = [words[i] for i in run if words[i].lower not in HONORIFICS]
        priest = run.start > 0 and (words[run.start - 1].lower == "ks" or words[run.start - 1].word in _PRIEST)
        return not (self.dictionary and names and name_tags.available()) or _patron_case(names, priest)

    def _patron(self, text: str, words: list[_Token], index: int, depth: int = 0) -> bool:
        """Whether a name at `index` is a patron's: after „ul.”, „im.”, „ks.”, „Pomnik”, or listed with one."""
        j = index - 1
        if j >= 0 and _APPOSED.fullmatch(text, words[j].end, words[index].start):
            return False  # „Przewodniczący Rady Osiedla – Kurek –”: a name in apposition, no patron's (rev-pub19 15)
        if j >= 1 and words[j].lower in SURNAME_PARTICLES and words[j - 1].word[0].isupper() and depth < 3:
            k = j - 1  # „im. Ludwiga van Beethovena”: the name before the particle tells
            while k > 0 and words[k - 1].word[0].isupper() and _SPACE.fullmatch(text[words[k - 1].end:words[k].start]):
                k -= 1
            return self._patron(text, words, k, depth + 1)
        if self._after_a_patrons_first(text, words, index, depth):
            return True
        religious = False  # „św. Brata Alberta”, „bł. Siostry …”: a saint's religious title
        while j >= 0 and (words[j].lower in WEAK_PATRON_TITLES or words[j].word in _FAMILY_PATRON or _priest(words[j])):
            if words[j].word in _FAMILY_PATRON and not _family_patron(text, words, j):
                return False  # „W szkole Matka Kacpra”: a parent
            religious = j == index - 1 and words[j].word in _FAMILY_PATRON
            j -= 1  # „ul. prof. Jana”, „ul. Ojca Pio”, „Kościół ks. Mazura”: prof., Ojciec, ks. alone make no patron
        if j < 0:
            return False
        w = words[j]
        if (j == index - 1 or religious and j == index - 2) \
                and (w.lower in PATRON_ABBREVIATIONS and (w.dot or w.lower != "o") or w.word in _PATRON):
            return True
        if _patron_place(text, words, j, index):
            return True
        return depth < 3 and (self._listed_patron(text, words, index, depth) or _institution_patron(words, j))

    def _after_a_patrons_first(self, text: str, words: list[_Token], index: int, depth: int) -> bool:
        """„Park im. Marka Hłaski”: a surname the dictionary reads alone after a patron's first name in the
        genitive is the patron's too."""
        j = index - 1
        if j < 1 or depth >= 3 or not words[j].word[:1].isupper() \
                or not _SPACE.fullmatch(text[words[j].end:words[index].start]):
            return False
        first = tags(words[j].word)
        return bool(first.first) and any(case == "gen" for case, _ in first.forms) \
            and self._patron(text, words, j, depth + 1)

    def _listed_patron(self, text: str, words: list[_Token], index: int, depth: int) -> bool:
        """„ul. Adama Mickiewicza i Henryka Sienkiewicza”: the item before is a patron's, so is this one."""
        j = index - 1
        gap = text[words[j].end:words[index].start] if j >= 0 else ""
        if j >= 1 and words[j].lower in LIST_JOINERS and _SPACE.fullmatch(gap):
            last = j - 1
        elif j >= 0 and re.fullmatch(r"\s*,\s*", gap):
            last = j
        else:
            return False
        for first in range(last, max(-1, last - 3), -1):  # the item before: 1–3 capitalised words
            if not words[first].word[0].isupper():
                return False
            if first < last and not _joins(text[words[first].end:words[first + 1].start]):
                return False
            if words[first].word in COMMON_FIRST and self._patron(text, words, first, depth + 1):
                return _patron_case(words[first:last + 1])  # „3 os. Katarzynę W. i Jana K.”: no patron before
        return False


def _hyphen_joined(text: str, names: list[_Token]) -> list[str]:
    """The words of a name with the hyphenated ones joined („Skłodowskiej-Curie” one word)."""
    joined = [names[0].word]
    for a, b in zip(names, names[1:]):
        if text[a.end:b.start] == "-":
            joined[-1] += "-" + b.word
        else:
            joined.append(b.word)
    return joined


def _figure_surname(word: str, figure: tuple | None = None) -> bool:
    """Whether a word is a form of a listed figure's surname („Kopernika”, „Skłodowskiej-Curie”, „Wałęsie”)."""
    head, _, tail = word.partition("-")
    tail = "-" + tail if tail else ""
    return any(head in surname and tail == rest for _, surname, rest in ([figure] if figure else _FIGURES))


# Words that tell of a figure, the subject of a picture, a lesson or a talk („graffiti przedstawia Kopernika”,
# „akademia o Skłodowskiej”, „ku czci Kościuszki”), and the street prepositions before a patron's bare genitive
# („Chłopaki z Paderewskiego”, „na Kopernika”).
_ABOUT_A_FIGURE = frozenset({"przedstawia", "przedstawiał", "przedstawiało", "przedstawiają", "przedstawiający",
                             "przedstawiające", "przedstawiającego", "wizerunek", "wizerunkiem", "portret", "portretem",
                             "o", "czci", "pomnik", "pomnika", "pomniku", "popiersie", "mural", "muralu", "obraz",
                             "wiersze", "wierszy", "lektura", "lekturę", "film", "filmie", "lekcja", "lekcji"})
_STREET_PREPOSITIONS = frozenset({"z", "ze", "spod", "na", "przy", "od", "do"})
# Monuments: a name after one is its figure's whatever verb follows („przy pomniku Adama Mickiewicza odpalano petardy”).
_MONUMENT = _forms(("pomnik", "popiersie", "mural", "tablica", "obelisk", "pomniczek"))


def _told_about(text: str, words: list[_Token], index: int) -> bool:
    """A figure's bare surname in a case other than the nominative told about or depicted („przedstawia Kopernika”,
    „o Koperniku”) within three words before in the clause, or a street's patron after its preposition in the
    genitive („z Paderewskiego”)."""
    t = words[index]
    if index and words[index - 1].lower in _STREET_PREPOSITIONS and _SPACE.fullmatch(text[words[index - 1].end:t.start]) \
            and any(c == "gen" for c, _ in tags(t.word).forms):
        return True
    for k in range(index - 1, max(-1, index - 4), -1):
        if re.search(r"[.,;:!?()\n]", text[words[k].end:words[k + 1].start]):
            return False
        if words[k].lower in _ABOUT_A_FIGURE or words[k].word in _MONUMENT or _DEPICTED.match(words[k].lower):
            return True
    return False


# Depicting, reading and remembering a figure („namalował Piłsudskiego”, „czytali Sienkiewicza”, „rocznica śmierci
# Piłsudskiego”, „z okazji urodzin Chopina”, „z wierszami Tuwima”, „według Fredry”): only a listed figure's surname.
_DEPICTED = re.compile(r"(?:na|wy|prze|od)?(?:malow|rysow)a|czyta|przeczyta|rocznic|urodzin|śmierci|cześć|według$|wg$"
                       r"|wiersz|utwor|piosen|plakat|obraz|portret|rzeźb|figur|grafit")


_ACRONYM_PLACES = frozenset({"lo", "sp", "zs", "zsp", "mok", "gok", "kul", "umcs"})  # written without a dot


_ADJECTIVE_FORMS = re.compile(r"\w+(?:sk|ck|dzk)(?:i|a|iego|iej|iemu|im|ą|ie)")


def _institution_adjective(text: str, words: list[_Token], index: int) -> bool:
    """A surname that is a place's adjective before the noun of a proper name („Lubelski Urząd Wojewódzki”,
    „Lubelskiej Spółdzielni”, „Wrzosogrodzki Dom Kultury”): the name's part, not the person of that surname."""
    t = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if not following or not _ADJECTIVE_FORMS.fullmatch(t.lower) or not _SPACE.fullmatch(text[t.end:following.start]):
        return False
    found = tags(following.word)
    return following.word.istitle() and not found.first and (following.word in _EMPLOYER or found.ordinary) \
        and name_tags.adjective_agrees(t.word, following.word)


_CLUB_STEMS = ("mecz", "klub", "drużyn", "kibic", "kibol", "zawodni", "derb", "piłkar", "stadion", "turniej", "rozgryw")


def _club(text: str, words: list[_Token], run: range) -> bool:
    """A sports club named as a first name or a river and its town („Lech Poznań”, „Olimpia Grudziądz”, „Kibice Lecha
    Poznań”, „Kibice Wisły Kraków”): the last word a town's own name, and a match or a club around – a club's word in the three words
    before, or a spaced dash and the other team after."""
    fan = run.start and words[run.stop - 1].word not in figures.CLUB_TOWNS and (_after_role(words, run.start) or any(
        n == "sg" for _, n in name_tags.person_noun_cases(words[run.start - 1].word)))  # „Kibic Jan Kalisz”, „Kibic Lech”
    one = words[run.start]
    if len(run) == 1 and not fan and _in_a_match(text, words, run.start):
        return True  # „Wisła przegrała z Lechem”, „Legia z Warszawy wygrała z Wisłą”
    if len(run) == 1 and not fan and one.word in _CLUBS and one.word not in figures.CLUBS \
            and _after_a_clubs_word(text, words, run.start):
        return True  # „Mecz Wisły z Lechem”, „Kibice Lecha i Legii”: a club's one-word name in a case („Kibice Lech i
        # Marek”: two fans)
    ts = [words[i] for i in run][:2]  # „Lech Poznań – Wisła Kraków”: the dash may join the other team's name
    if len(ts) != 2 or not _club_head(ts[0]) or not tags(ts[-1].word).place or fan:
        return False  # „Kibic Jan Kalisz”: a fan; „Kibic Legii Piotr Lis”: Piotr is no club
    if _after_a_clubs_word(text, words, run.start):
        return True
    found = {case for case, _ in name_tags.cases(ts[0].word)}
    genitive = "gen" in found and "nom" not in found
    for k in range(run.start - 1, max(-1, run.start - 7), -1) if genitive else ():
        if re.search(r"[.;:!?\n]", text[words[k].end:words[k + 1].start]):
            break
        if words[k].lower.startswith(_CLUB_STEMS):
            return True  # „Kibice Legii Warszawa i Wisły Kraków”: a club's name in the genitive, its town's undeclined
    after = words[run.start + 2] if run.start + 2 < len(words) else None
    return bool(after and _SPACED_DASH.fullmatch(text[ts[-1].end:after.start]) and after.word[0].isupper())


_CLUBS = _forms(figures.CLUBS)
_CLUB_TOWNS = _forms(figures.CLUB_TOWNS)
_MATCH_VERB = re.compile(r"(?:prze|wy)gr(?:a|ywa)\w*|z?remis\w*|pokona\w*")  # wygrała, przegrali, zremisował


def _in_a_match(text: str, words: list[_Token], index: int) -> bool:
    """A club's one-word name, in any case, in a clause with a match's verb and another club or a club's town
    („Wisła przegrała z Lechem”, „Wisła z Krakowa przegrała”) – not „Lech wygrał zakład”, a man's."""
    if words[index].word not in _CLUBS:
        return False
    lo = hi = index
    while lo > max(0, index - 6) and not re.search(r"[.;:!?\n]", text[words[lo - 1].end:words[lo].start]):
        lo -= 1
    while hi < min(len(words) - 1, index + 6) and not re.search(r"[.;:!?\n]", text[words[hi].end:words[hi + 1].start]):
        hi += 1
    clause = words[lo:hi + 1]
    return any(_MATCH_VERB.fullmatch(t.word) for t in clause) \
        and any(k != index and (words[k].word in _CLUBS or words[k].word in _CLUB_TOWNS) for k in range(lo, hi + 1))


def _lone_first(t: _Token) -> bool:
    """A word that may be a first name standing alone: a common one, a diminutive, or SGJP's first name that is no
    ordinary word („Marek”, „Maja”, „Kasia”, „Marcin”; not „Od”, „Data”)."""
    found = tags(t.word)
    return t.word in COMMON_FIRST or found.hypocoristic or bool(found.first) and not found.ordinary and not found.office


def _past_a_club(text: str, words: list[_Token], run: range) -> range:
    """The run less a club's one-word name in a case opening it before a name, after a match's or a club's word
    („Kibice Lecha Adam Wróbel i …”, „Zawodnik Lecha Kowal”: the club stays, the fan goes)."""
    if len(run) > 1 and _a_clubs_fan(text, words, run.start + 1):
        return range(run.start + 1, run.stop)
    return run


def _a_clubs_fan(text: str, words: list[_Token], index: int) -> bool:
    """Whether the name at `index` follows a club's one-word name in a case after a match's or a club's word
    („Kibice Lecha Marek i Adam”: the fan's, not a longer name's part)."""
    return _fans_club(words, index - 1) and _after_a_clubs_word(text, words, index - 1)


def _fans_club(words: list[_Token], index: int) -> bool:
    """Whether the word at `index` is a club's one-word name in a case and the next no town of a club („Legii
    Kowal”: a fan; „Lecha Poznań”, „Legii Warszawa”: the club)."""
    return words[index].word in _CLUBS and words[index].word not in figures.CLUBS \
        and words[index + 1].word not in figures.CLUB_TOWNS


def _club_head(t: _Token) -> bool:
    """A club's own first word („Lech”, „Wisły”, „Olimpia”) or a place's name („Wigry”) – never an ordinary first
    name („Piotr Lis”, „Adam Wróbel” are fans, though Lis and Wróbel are villages too)."""
    return t.word in _CLUBS or tags(t.word).geographic and not _first_name(t)


def _after_a_clubs_word(text: str, words: list[_Token], index: int) -> bool:
    """A match's or a club's word within five words before in the clause („Mecz Wisły z Lechem”, „kibice Lecha”)."""
    for k in range(index - 1, max(-1, index - 6), -1):
        if re.search(r"[.;:!?()\n]", text[words[k].end:words[k + 1].start]):
            return False
        if words[k].lower.startswith(_CLUB_STEMS):
            return True
    return False


# A matter named after whom it concerns („Sprawa Nowak”, „w sprawie Nowak”): a surname after it is a family's.
_MATTERS = frozenset("sprawa sprawy sprawie sprawę sprawą afera afery aferze aferę".split())


def _common_lone_name(text: str, words: list[_Token], index: int, f) -> bool:
    """One of the commonest first names, which the dictionary also reads as a village („Anna”, „Jakub”, „Zofia”)
    or, capitalised inside a sentence, as a word („to Paweł”, „lider Marek”, „Podobno Daniel”), right after a
    word of the sentence – not a town of „-ów” („Józefów”), nor a date („3 Maja”): a person unless a place's
    context is before it (_place_context)."""
    t = words[index]
    return t.word in COMMON_FIRST and bool(f.first) and not t.lower.endswith("ów") and index > 0 \
        and bool(_LINE_SPACE.fullmatch(text[words[index - 1].end:t.start])) \
        and not re.search(r"\d\.?\s*$", text[max(0, t.start - 8):t.start]) \
        and (not f.ordinary or not _sentence_start(text, words, index))


def _place_context(before: _Token, word: str, f) -> bool:
    """A word before a name that makes it a place's: a noun of places („gmina”, „wsi”, „mieszkańcy”), a preposition
    of places („w Annie”, „pod Jakubem”), or „z/od/do” with a place's case that is no first name's oblique form
    („z Karolina”; not „od Zofii”, „do Ireny”); „u”, „dla”, a pronoun, „to” or a role noun are persons'."""
    if before.lower.startswith(_PLACES_HEADS):
        return True
    governed = _PLACE_CASES.get(before.lower)
    if governed is None or before.lower not in _FROM_TO:
        return governed is not None
    cases = governed & name_tags.place_cases(word)
    persons = any((case, gender) in f.forms for case in cases for gender in f.first) and word.lower() not in FIRST_NAMES
    return bool(cases) and not persons  # „z Karolina”: a woman's name's base form there is a village's genitive


_FROM_TO = frozenset({"z", "ze", "od", "do"})


def _place_may_follow(before: _Token, word: str, f) -> bool:
    """Whether a word's place reading fits the word before it: a noun („mieszkańcy Ludwina”) or a preposition
    governing the place's case („z Ludwina”, „W Bogdance”) – not a preposition of persons („Wobec Kowalskiego”),
    one of another case („z Kamińskim”: only Kamińskie's dative is a place), nor a verb, „się” or another word
    that is no noun before a surname („Mandat otrzymał Kamiński”, „okazał się Zieliński”, „otrzymała także
    Kamińska”: Kamińsk, Zielińsk are villages too)."""
    if f.surname and before.lower in _MATTERS:
        return False  # „Sprawa Nowak – przemoc domowa”: a family's case, not a village's
    governed = _PLACE_CASES.get(before.lower)
    if governed is not None:
        return bool(governed & name_tags.place_cases(word))
    if name_tags.preposition(before.lower):
        return False
    return not (f.surname and (before.lower == "się" or name_tags.verb(before.lower)
                               or not name_tags.noun(before.lower)))  # „Mandat otrzymała także Kamińska”


def _priest(t: _Token) -> bool:
    """„ks.”, „Ksiądz”: a patron's title only after a place (a church, a street, a school „im.”); in running text
    the living priest's („List od ks. Mazura”)."""
    return t.lower == "ks" and t.dot or t.word in _PRIEST


# Items of a list counted („Ludwin (3), Cyców (2)”, „Ludwin – 3, Cyców – 2”): the count before the comma (rev-pub21 9).
_COUNTED_GAP = re.compile(r"[^\S\n]*(?:\([^\S\n]*\d{1,4}[^\S\n]*\)|[–—-][^\S\n]*\d{1,4}|[×x][^\S\n]*\d{1,4})[^\S\n]*[,;][^\S\n]*")


def _list_neighbour(text: str, words: list[_Token], k: int, step: int) -> int | None:
    """The index of the next item of a list beyond word k („Łęczna – X”, „X, Nadrybie”, „X i Nadrybie”), if any."""
    edge = k - step  # the run's own word at that side
    if not 0 <= k < len(words):
        return None
    gap = text[words[min(k, edge)].end:words[max(k, edge)].start]
    if re.fullmatch(r"\s*,\s*|\s+[-–—]\s+", gap) or _COUNTED_GAP.fullmatch(gap):
        return k
    if _SPACE.fullmatch(gap) and words[k].lower in LIST_JOINERS and 0 <= k + step < len(words):
        return k + step
    return None


def _place_with_adjective(text: str, words: list[_Token], run: range) -> bool:
    """„Kasinka Mała”, „Józefowa Biłgorajskiego”: a word that can be a place and a place's adjective after it, no
    verb of a person after them („Zofia Mała zgłosiła” is a woman)."""
    first = words[run.start]
    if run.stop - run.start != 2 or not tags(first.word).geographic or first.word in COMMON_FIRST:
        return False  # „Zofia Mała pobiła”: a common first name is a person's
    last = words[run.stop - 1]
    if last.word not in _NOT_SURNAME and not (last.lower.endswith(("skiego", "skiej", "skim", "ską"))
                                               and not tags(words[run.start].word).first):
        return False
    after = words[run.stop] if run.stop < len(words) else None
    return not (after and person_verb(after.word))


def _family_of_two(text: str, words: list[_Token], run: range, names: list[_Token]) -> bool:
    """„Kacper i Zuzia Bąkowie”: a family's plural after two first names is both persons' surname, though a village
    („w Bąkowie”) or the second's gender makes it no pair with the first name before it."""
    if len(names) != 2 or not names[1].lower.endswith(_FAMILY_PLURAL) or not tags(names[1].word).surname:
        return False
    if run.start < 2 or words[run.start - 1].lower not in LIST_JOINERS:
        return False
    return all(t.word in COMMON_FIRST or tags(t.word).first for t in (names[0], words[run.start - 2]))


def _surname_then_first(text: str, words: list[_Token], run: range, names: list[_Token]) -> bool:
    """A surname and then a first name in one case and gender („Mazur Jan”, „Zając Ewa”, „Wróblem Katarzyną”), not a
    place's locative or a street before a name („w Puchaczowie Jan”, „ul. Lipowa Anna”), a family's plural, a
    greeting („Drogi Janie”), nor a ruler's name („Król Jan Sobieski”: the capitalised word after tells)."""
    chain = _chain_index(text, words, run.start)  # „Mazur-Bąk Anna”
    surnames, firsts = words[run.start:chain + 1], words[chain + 1:run.stop]
    if len(names) != len(run) or len(surnames) > 2 or not 1 <= len(firsts) <= 2:
        return False
    if any(t.word in _NOT_SURNAME or not tags(t.word).surname for t in surnames):
        return False
    if not all(tags(t.word).first or t.word in COMMON_FIRST for t in firsts):  # „Mazur Anna Maria”
        return False
    if any(t.lower.endswith(_FAMILY_PLURAL) for t in surnames):  # „Mazurowie Jan i Anna”: the family's members
        return len(surnames) == 1 == len(firsts) and _list_item_after(text, words, run.stop - 1) is not None \
            and not (run.start and words[run.start - 1].lower in _PLACE_PREPOSITIONS)
    names = [surnames[-1], firsts[0]]
    first = tags(names[1].word)
    if run.start and words[run.start - 1].lower in _PLACE_PREPOSITIONS or _street(text, words, run.start, named=True):
        return False
    after = words[run.stop] if run.stop < len(words) else None
    if after and after.word[0].isupper() and _LINE_SPACE.fullmatch(text[words[run.stop - 1].end:after.start]):
        return False
    if name_tags.adjective(names[0].word) and any(("voc", g) in first.forms for g in first.first):
        return False  # „Drogi Janie”: a greeting
    return bool(_name_forms(names[::-1]))


def _not_a_place(text: str, words: list[_Token], j: int) -> bool:
    """A place word that is none here: „os.” after a number is „osób” („15 os. Jan Kowalski”), and a sentence
    ends after an abbreviation written without a dot („w LO. Jan Kowalski zadał pytanie”)."""
    w = words[j]
    if w.lower == "os" and re.search(r"\d\s*$", text[max(0, w.start - 6):w.start]):
        return True
    return w.lower in _ACRONYM_PLACES and j + 1 < len(words) and "." in text[w.end:words[j + 1].start]


# Lower-case place nouns that name a person as a street or a monument does („przy pomniku Adama Mickiewicza”);
# a school, a park, a church written in lower case names no patron without „im.” („w szkole Kacpra Wójtowicza”).
_STREET_PLACE = _forms(("ulica", "ulice", "aleja", "alei", "plac", "osiedle", "rondo", "most", "pomnik", "skwer",
                        "bulwar", "wybrzeże", "rejon", "imienia", "patron", "patronka",
                        "kościół", "kościele", "parafia", "kaplica", "bazylika", "sanktuarium",  # „przy kościele ks. Mazura”
                        "memoriał", "pamięci"))  # an event's patron: „koncert pamięci Krzysztofa Komedy”
_PARENTS = frozenset({"matka", "ojciec", "brat", "siostra"})  # the nominative: kin, never a patron's title


def _patron_place(text: str, words: list[_Token], j: int, index: int) -> bool:
    """Whether the word at `j` is a place a person's name at `index` may be the patron of: „ul.”, „Szkoła”,
    „Osiedle”; in lower case only a street's or a monument's noun, and not when an impersonal verb follows the
    name, whose object it is then („na ulicy Jana Kowalskiego zatrzymano”: a man's accusative is his genitive)."""
    w = words[j]
    if not (w.lower in PLACE_ABBREVIATIONS or w.word in _PLACE) or _not_a_place(text, words, j):
        return False
    if w.lower in PLACE_ABBREVIATIONS or w.word[0].isupper():
        return True
    return w.word in _STREET_PLACE and (w.word in _MONUMENT or not (
        _impersonal_after(text, words, index) and _may_be_object(words, index)))


def _object_opening(text: str, words: list[_Token], index: int) -> bool:
    """A surname in a man's accusative opening a sentence or after an adverbial („W czwartek Mazura
    wylegitymowano”), before an impersonal verb („Mazura zatrzymano.”, „Wróbla pouczono”): the person acted on,
    though the word is also a noun. After a preposition it is a place („z Lublina przewieziono”)."""
    t = words[index]
    before = words[index - 1] if index else None
    opening = _sentence_start(text, words, index) or before.word.islower() and before.lower not in _PREPOSITIONS
    return opening and ("acc", "m1") in tags(t.word).forms \
        and index + 1 < len(words) and bool(_SPACE.fullmatch(text[t.end:words[index + 1].start])) \
        and name_tags.impersonal(words[index + 1].word) and not _IMPOSED.fullmatch(words[index + 1].word)


def _may_be_object(words: list[_Token], index: int) -> bool:
    """Whether a name may be in the accusative: a man's genitive is („Jana Kowalskiego”), a woman's is not („Marii
    Konopnickiej”: only a patron's genitive after „na ulicy”); unknown without the dictionary."""
    forms = _name_forms([t for t in words[index:index + 2] if t.word[0].isupper()])
    return not forms or any(case == "acc" for case, _ in forms)


def _impersonal_after(text: str, words: list[_Token], index: int) -> bool:
    """Whether an impersonal verb („pobito”, „zatrzymano”) follows the capitalised words from `index` on."""
    k = index
    while k + 1 < len(words) and k < index + 4 and words[k + 1].word[0].isupper() \
            and _joins(text[words[k].end:words[k + 1].start]):
        k += 1
    return k + 1 < len(words) and bool(_SPACE.fullmatch(text[words[k].end:words[k + 1].start])) \
        and name_tags.impersonal(words[k + 1].word)


def _family_patron(text: str, words: list[_Token], k: int) -> bool:
    """„Ojca”, „Matki” is a patron's title only capitalised, in the genitive and right after a place word or a
    patron's title („Kościół Ojca Maksymiliana Kolbego”, „ul. Ojca Pio”, „pw. Matki Bożej”); „Matka Kacpra
    Wójtowicza” is a child's mother wherever a place was named before."""
    t = words[k]
    if k == 0 or not t.word[0].isupper() or t.lower in _PARENTS:
        return False
    w = words[k - 1]
    abbreviation = w.lower in PLACE_ABBREVIATIONS or w.lower in PATRON_ABBREVIATIONS or w.lower in WEAK_PATRON_TITLES
    gap = text[w.end:t.start]
    return bool(re.fullmatch(r"\.?\s+" if abbreviation else r"\s+", gap)) and (
        abbreviation or w.word in _PLACE or w.word in _PATRON)


def _name_ended(text: str, words: list[_Token], j: int) -> bool:
    """Whether a capitalised word ends a name before the next one, so a name after it is no part of a street's
    name: „Matka” („Na ul. Lipowej Matka Kacpra”), a street's adjective („ul. Lipowej Jana Kowalskiego”; not a
    patron's title, „ul. Królowej Jadwigi”)."""
    w = words[j]
    if w.lower in _PARENTS:
        return True
    following = words[j + 1]
    return (w.lower.endswith("ej") and w.word not in _PATRON and following.word[0].isupper()
            and bool(_SPACE.fullmatch(text[w.end:following.start])))


def _institution_patron(words: list[_Token], j: int) -> bool:
    """„Liceum Ogólnokształcące Stefana Batorego”: up to two adjectives between the institution and the name, all
    capitalised as a name is („w szkole Babcia Kacpra” is a grandmother)."""
    for k in range(j, max(-1, j - 2), -1):
        if not (words[k].word[0].isupper() and words[k].lower.endswith(("e", "a", "y", "i", "ej", "ego"))):
            return False
        if k > 0 and words[k - 1].word in _PLACE_INSTITUTION:
            return words[k - 1].word[0].isupper()
    return False


def _common_noun(t: _Token) -> bool:
    """A sentence's first word that is capitalised only as the first: an ordinary word, no name, place or
    institution („Sprawa Góreckiej”, „Skarga Wiśniewskiej”; not „Urząd”, „Fundacja”, „Sklep”)."""
    found = tags(t.word)
    return (found.ordinary and not (found.person or found.place or found.geographic or found.office)
            and t.word not in _INSTITUTION and t.word not in _PLACE_INSTITUTION and t.word not in _BUSINESS
            and not _place_word(t.word) and t.word not in _PATRON)


def _first_name_word(t: _Token) -> bool:
    """A first name or its diminutive, no surname's street: after a sentence's opening preposition that is also a
    surname („Bez Seby”, „Koło Zośki”) it is a person's, as after „Dla”."""
    found = tags(t.word)
    return (t.word in COMMON_FIRST or bool(found.first) or found.hypocoristic) and not found.geographic


def _ordinary_opening(t: _Token) -> bool:
    """A sentence's first word that the dictionary reads as a current ordinary word though also as a surname or a
    name – an adjective, a noun, a preposition („Stara”, „Działka”, „Od”: Oda) – and no first name a person goes by."""
    found = tags(t.word)
    return found.ordinary and not found.first and t.word not in COMMON_FIRST and t.lower not in _PREPOSITIONS \
        and not found.office and t.word not in _INSTITUTION and t.word not in _BUSINESS and not _place_word(t.word)


def _from_whom(text: str, words: list[_Token], index: int) -> bool:
    """A name after a persons' preposition opening the sentence and before the verb of those it is said of („Od
    Malinowskiego kupują dopalacze”, „U Nowaka piją”) – not a street's („Od Sienkiewicza skręć w lewo”)."""
    after = words[index + 1] if index + 1 < len(words) else None
    return index > 0 and words[index - 1].lower in _PERSON_PREPOSITIONS and after is not None \
        and bool(_SPACE.fullmatch(text[words[index].end:after.start])) \
        and (name_tags.plural_verb(after.word) or bool(person_verb(after.word)))


def _place_word(word: str) -> bool:
    return word.lower() in PLACE_ABBREVIATIONS or word in _PLACE


def _role_complement(t: _Token) -> bool:
    """A word after a role noun that is part of the role, no name: a brand („Kierowca Forda”), an employer
    („Kierownik Poczty”), an office or a title („Ksiądz Proboszcz”, „Strażnik Miejski”), an adjective of no
    surname („Psycholog Szkolny”, „Lekarz Rodzinny”; „Sąsiad Biały” is a surname the lists know)."""
    if t.word in _BRAND or t.word in _EMPLOYER or t.lower in TITLES:
        return True
    if not t.word.istitle() or t.word in _ORDINARY or tags(t.word).married:  # „Sołtys Mrozowa”: a wife's form
        return False
    return tags(t.word).office or name_tags.plain_adjective(t.word)


def _case_apart(role: _Token, t: _Token) -> bool:
    """A word after a role noun in none of the role's cases and no genitive (a family's, „Matka Mazura”): a
    phrase's part, no name in apposition („Nauczyciel Roku”: „Roku” is a surname's locative only)."""
    if role.dot or role.lower in ROLE_ABBREVIATIONS:  # „dr Sową”: an abbreviation has every case
        return False
    role_cases = {case for case, _ in name_tags.person_noun_cases(role.word)}
    forms = {case for case, _ in tags(t.word).forms}
    return bool(role_cases and forms) and not role_cases & forms and "gen" not in forms


def _surname_in_case(role: _Token, name: _Token) -> bool:
    """A surname in its role noun's case and number – in the genitive only a name that is nothing else, as a
    noun governs one („Kierownik Poczty”)."""
    shared = name_tags.person_noun_cases(role.word) & name_tags.surname_cases(name.word)
    if name_tags.married_cases(name.word) and not name_tags.feminine_noun(role.word):
        return False  # „mieszkaniec Cycowa”: a man's role takes no wife's form – a village's genitive
    return any(case != "gen" for case, _ in shared) or bool(shared) and tags(name.word).pure


_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$)")


def _clause_goes_on(text: str, words: list[_Token], index: int, plural: bool = False) -> bool:
    """A verb right after the word („Mazur zgłosił”, „Mazur nie przyszedł”, „Mazur się skarżył”), past where the
    person is from („Mazur z bloku nr 5 zgłosił”), or the clause's end: the word is a noun phrase's last."""
    t = words[index]
    if _CLAUSE_END.match(text, t.end):
        return not plural
    where = index + 1 < len(words) and words[index + 1].lower in ("z", "ze", "spod", "zza")  # „Mazur z bloku nr 5”
    for k in range(index + 1, min(len(words), index + (7 if where else 3))):
        if not _SPACE.fullmatch(re.sub(r"\d+[a-z]?|\bnr\b\.?", "", text[words[k - 1].end:words[k].start]) or " "):
            return False
        if name_tags.verb(words[k].word):
            return not plural or bool(person_verb(words[k].word, "pl"))
        if not where \
                and words[k].lower not in _VERB_PARTICLES and words[k].lower not in ("się", "nie", "wczoraj", "dziś", "dzisiaj"):
            return False
    return False


def _body_noun_surname(text: str, words: list[_Token], i: int) -> bool:
    """An institution's noun that is a surname too („Szkoła”, „Rada”, „Sąd”) right after a first name or „Pan/Pani”
    on the line, or an office's noun right after a first name („Jan Sołtys”, „Ewa Sędzia”: „Jan sołtys” is no
    Polish for „sołtys Jan”; after „Pani” it is the office, „Pani Sędzia”), where no body's name goes on after it
    („Anna Szkoła z parteru”, „Pani Rada zgłosiła”; not „Pani Dyrektor Szkoła Podstawowa nr 2”), in the nominative
    a surname keeps („Pani Domu” is a hostess): the person's surname – the noun's exception is for the noun alone
    (rev-pub18 2, rev-pub20 1)."""
    t = words[i]
    if not i or not t.word.istitle() or not re.fullmatch(r"[^\S\n]+", text[words[i - 1].end:t.start]):
        return False
    before = words[i - 1]
    first = before.word in COMMON_FIRST or tags(before.word).first
    if t.lower in INSTITUTION_WORDS or t.lower in PLACE_INSTITUTIONS:
        if not (before.lower in HONORIFICS and before.lower != "p" or first):
            return False
    elif not (first and before.word.istitle() and before.lower not in HONORIFICS and _office_noun(t)
              and _same_case_as_first(before, t)):
        return False
    after = words[i + 1] if i + 1 < len(words) else None
    return not (after and re.fullmatch(r"[^\S\n]+", text[t.end:after.start])
                and (after.word[:1].isupper() or after.word[:1].isdigit() or after.lower == "nr"))


def _office_noun(t: _Token) -> bool:
    """A capitalised office's or title's noun of a civilian („Sołtys”, „Prezes”, „Wojewoda”) – not a police post
    or rank, which the officers' rules read, nor „Pan/Pani”."""
    return t.lower not in HONORIFICS and t.word not in _OFFICER_WORD and t.word not in _POST_WORD \
        and not _rank_word(t) and (t.lower in TITLES or bool(name_tags.lemmas(t.word) & OFFICES)) \
        and bool(name_tags.person_noun_cases(t.word))


def _same_case_as_first(first: _Token, t: _Token) -> bool:
    """A first name and the noun after it in one case („Janem Sołtysem”; not „Jana Sołtys”)."""
    firsts = {case for case, _ in tags(first.word).forms} or {"nom"}
    return bool(firsts & {case for case, _ in name_tags.person_noun_cases(t.word)})


def _surname_like(t: _Token) -> bool:
    return (t.word.istitle() and len(t.word) > 1 and t.lower not in TITLES and t.word not in _NOT_SURNAME
            and t.word not in COMMON_FIRST)


def _after_rank(text: str, words: list[_Token], index: int) -> bool:
    """Whether a name is an officer's by what stands before it: a police rank („asp. sztab.”, „aspirantem”) or
    „dzielnicowy” in apposition — right before it on the same line (a list's line ends its person's post: „…,
    dzielnicowy⏎Jan Kowalski, sołtys”), in the same case („dzielnicowemu Janowi”, not „z dzielnicowym Jan Kowalski
    obiecał” nor „zgłoszono dzielnicowemu. Halina…”), and no other service named around („insp. Adam Kruk z
    Urzędu”, „Straży Granicznej sierż. Anna Bąk”: civil servants and guards bear such ranks too)."""
    if index == 0:
        return False
    degree = index
    while degree > 1 and words[degree - 1].lower in _DEGREES and _LINE_SPACE.fullmatch(
            text[words[degree - 1].end + words[degree - 1].dot:words[degree].start]):
        degree -= 1
    if degree < index:  # „kom. mgr Anna Sowa”, „asp. szt. mgr inż. Jan Kurek”: the rank before the degree (rev-pub20 8)
        return _after_rank(text, words, degree)
    w, name = words[index - 1], words[index]
    gap = text[w.end:name.start]
    if _retired_before(words, index - 1):
        return False  # „emerytowany policjant Jan Nowak”, „b. asp.”: no officer now
    if _clerks_inspector(words, index - 1):
        return False  # „starszy inspektor Beata Wilk”, „pani inspektor Halina Borek”: a clerk of an office
    if w.lower in _RANK_ENDS and (w.dot or w.lower not in _NEED_DOT):
        if not re.fullmatch(r"\.?[^\S\n]+", gap):
            return False  # a line break ends the rank: „Tomasz Wrona, st. asp.⏎Jan Kowalski, sołtys”
    elif w.word in _RANK_END or w.word in _OFFICER_WORD:
        names = [t for t in words[index:index + 2] if t.word[0].isupper()]
        if not (_LINE_SPACE.fullmatch(gap) or _label(text, words, index)):
            return False
        if not (_same_case(w.word, names) or _post_of_a_woman(text, words, index, w.word, names)
                or _womans_rank(words, index - 1, names)):
            return False
    else:
        post = _post_with_area(text, words, index)
        return post is not None and not _other_service(text, words, post, index)
    return not _other_service(text, words, index - 1, index)


_DEGREES = frozenset({"mgr", "dr", "inż", "lic", "hab", "prof", "doc"})  # academic degrees an officer's name may bear


def _ranked_after(text: str, words: list[_Token]) -> list[tuple[int, int]]:
    """The names (up to three capitalised words) with a police rank in brackets right after (_rank_in_brackets_after)."""
    found = []
    for k, t in enumerate(words):
        if t.word.istitle() and _rank_in_brackets_after(text, words, k):
            j = k
            while j > 0 and k - j < 2 and words[j - 1].word.istitle() and _SPACE.fullmatch(text, words[j - 1].end, words[j].start):
                j -= 1
            found.append((words[j].start, t.end))
    return found


def _rank_in_brackets_after(text: str, words: list[_Token], last: int) -> bool:
    """A police rank alone in brackets right after a name („Kurek Jan (st. sierż.)”, „Sowa Anna (mł. asp.)”: a duty
    roster's surname first, rank after, rev-pub19 27): an officer's name."""
    if last + 1 >= len(words) or not re.fullmatch(r"[^\S\n]*\([^\S\n]*", text[words[last].end:words[last + 1].start]):
        return False
    k = last + 1
    while k < len(words) and (words[k].lower in RANK_ABBREVIATIONS and words[k].dot or words[k].word in _RANK):
        if re.match(r"\.?[^\S\n]*\)", text[words[k].end:words[k].end + 3]):
            return k > last + 1 or words[k].lower in CORE_RANKS or words[k].word in _RANK
        k += 1
    return False


def _womans_rank(words: list[_Token], rank: int, names: list[_Token]) -> bool:
    """A woman officer after a written rank, which has no feminine form and keeps its nominative in every case
    („aspirant Ewa Kosińska”, „sierżant sztabowy Ewa Kosińska”, „Z sierżant Ewą Kosińską”); in another case than
    the nominative only after a preposition – „Sierżant Ewie Bąk przekazał ulotki” gave them to her."""
    if words[rank].word not in _RANK_END or ("nom", "m1") not in name_tags.cases(words[rank].lower):
        return False
    forms = _name_forms(names)
    if not forms or any(gender != "f" for _, gender in forms):
        return False
    if ("nom", "f") in forms:
        return True
    while rank > 0 and (words[rank - 1].word in _RANK_END or words[rank - 1].lower in _RANK_BEFORE):
        rank -= 1
    return rank > 0 and name_tags.preposition(words[rank - 1].lower)


def _retired(t: _Token) -> bool:
    return t.word in _RETIRED or t.lower in RETIRED_ABBREVIATIONS


_CLERKS_GRADE = _forms(("starszy", "starsza"))


def _clerks_inspector(words: list[_Token], rank: int) -> bool:
    """An office's inspector, not the police rank: „starszy inspektor” / „st. inspektor” is a civil-service post
    (the police has no such rank: its „mł. insp.” is the one grade below), and „pani inspektor” a clerk of the
    office the plan works with (rev-pub17 18)."""
    if not words[rank].lower.startswith("insp"):
        return False
    if _PARTNERS_TEXT.get() and not any(_policing(t) for t in words[max(0, rank - 3):rank + 7]):
        return True  # „Referat prowadzi inspektor Beata Wilk-Nowacka” in the office's paragraph: its clerk – the
        # police named in the inspector's own phrase only („insp. Jan Nowak z KPP”), not elsewhere (rev-pub19 14)
    if rank < 1:
        return False
    grade = words[rank - 1]
    return grade.word.lower() in _CLERKS_GRADE or grade.lower == "st" and grade.dot \
        or grade.lower in HONORIFICS and grade.lower != "p"


# Set while a partner's own texts are scrubbed (partners_text): an office's, so its „inspektor” is a clerk's title.
_PARTNERS_TEXT: contextvars.ContextVar[bool] = contextvars.ContextVar("partners_text", default=False)


@contextlib.contextmanager
def partners_text():
    """Scrub a partner's texts (an office's, a housing cooperative's: pismo.publication.redact): an inspector named
    there with no police word in the text is the partner's clerk, not the police rank (rev-pub17 18)."""
    token = _PARTNERS_TEXT.set(True)
    try:
        yield
    finally:
        _PARTNERS_TEXT.reset(token)


def _policing(t: _Token) -> bool:
    """A word that names the police or its unit („Policji”, „KPP”, „Komisariat”, „dzielnicowy”)."""
    return t.word in _POLICE or t.lower in POLICE_UNIT_ABBREVIATIONS or t.lower.startswith(POLICE_UNIT_STEMS)


def _retired_before(words: list[_Token], rank: int) -> bool:
    """A former officer named before the rank: „emerytowany asp.”, „b. st. asp.”, „Emeryt policyjny asp.”."""
    start = rank
    while start > 0 and words[start - 1].lower in RANK_ABBREVIATIONS and words[start - 1].dot:
        start -= 1
    if start > 1 and words[start - 1].lower.startswith("policyj"):
        start -= 1
    return start > 0 and _retired(words[start - 1])


def _post_with_area(text: str, words: list[_Token], index: int) -> int | None:
    """The index of „dzielnicowy” when its area or police unit stands between it and the name („Dzielnicowy rejonu
    nr 3 Tomasz Wrona”, „Dzielnicowy KPP w Łęcznej Tomasz Wrona”), the name in the post's case."""
    for j in range(index - 1, max(-1, index - 9), -1):
        t = words[j]
        gap = text[t.end:words[j + 1].start]
        if not (re.fullmatch(r"\.?[^\S\n]+(?:\d+[a-z]?[^\S\n]+)?", gap) or j < index - 1 and _DASH.fullmatch(gap)):
            return None
        if t.word in _POST_WORD or t.word in _UNIT_POST and _police_unit_between(words, j, index):
            names = [n for n in words[index:index + 2] if n.word[0].isupper()]
            return j if j < index - 1 and (_same_case(t.word, names) or _woman_in_post(t.word, names)) else None
        if not (_post_area(t) or j > 0 and _area_name(words[j - 1], t)):
            return None
    return None


def _police_unit_between(words: list[_Token], post: int, name: int) -> bool:
    """„Kierownik KPP”, „Zastępca Komendanta Policji”, „kierownik posterunku/rewiru” (units only the police has)."""
    return any(t.lower in POLICE_ABBREVIATIONS or t.lower in _POLICE_ONLY_UNITS for t in words[post + 1:name])


_POLICE_ONLY_UNITS = frozenset({"policji", "posterunku", "rewiru"})


def _woman_in_post(post: str, names: list[_Token]) -> bool:
    """A woman named in the nominative after a post's masculine nominative („Rzecznik prasowy KMP Ewa Kosińska”)."""
    forms = _name_forms(names)
    return bool(forms) and all(f == ("nom", "f") for f in forms) and ("nom", "m1") in name_tags.cases(post.lower())


_AREA_WORDS = frozenset({"prasowy", "prasowa", "nr", "w", "we", "z", "ze", "ds", "gminy", "miasta", "sołectwa", "powiatu", "powiatowej",
                         "miejskiej", "wojewódzkiej", "komendy", "posterunku", "rewiru"})


def _post_area(t: _Token) -> bool:
    """A word of a dzielnicowy's area or unit („rejonu nr 3”, „gminy”, „z KPP”, „ds. nieletnich”, „Prewencji”)."""
    return t.lower in _POST_AREAS or t.lower in _AREA_WORDS or t.lower in POLICE_ABBREVIATIONS \
        or t.word in _POLICE_UNIT or t.word in _POLICE_INSTITUTION or t.lower.startswith(POLICE_UNIT_STEMS)


def _area_name(before: _Token, t: _Token) -> bool:
    """The area's or the town's name after an area word or the unit („w Łęcznej”, „gminy Puchaczów”, „KPP Łęczna”,
    „Osiedla Niepodległości”, „Łęczna-Wschód”) — no first name, no other office („z Urzędu Gminy”)."""
    return t.word[0].isupper() and t.word not in COMMON_FIRST and not tags(t.word).first \
        and t.word not in _EMPLOYER and t.word not in _NOT_POLICE \
        and (_post_area(before) or before.word[0].isupper() and before.word not in _POST_WORD)


def _label(text: str, words: list[_Token], index: int) -> bool:
    """„Dzielnicowy: Tomasz Wrona” opening a line or a sentence, the name ending its line or clause — not
    „dzielnicowy: Andrzej Mazur zgłosił kradzież”."""
    w, end = words[index - 1], _name_end(text, words, index)
    rest = text[words[end].end:words[end + 1].start] if end + 1 < len(words) else "\n"
    return (w.word in _POST_WORD and bool(re.fullmatch(r"\s*:\s*", text[w.end:words[index].start]))
            and _sentence_start(text, words, index - 1) and bool(re.match(r"\s*[\n,.;(–—-]", rest)))


def _post_of_a_woman(text: str, words: list[_Token], index: int, officer: str, names: list[_Token]) -> bool:
    """A woman officer under the masculine name of the post („Dzielnicowy Anna Bąk prowadziła”): the post and the
    name in the nominative, a verb in the feminine right after the name (not „Dzielnicowy Maria Mazur pouczył”)."""
    end = _name_end(text, words, index)
    forms = _name_forms(names)
    if end + 1 >= len(words) or not forms or not all(gender == "f" and case == "nom" for case, gender in forms):
        return False
    return ("nom", "m1") in name_tags.cases(officer) and _SPACE.fullmatch(text[words[end].end:words[end + 1].start]) \
        and name_tags.past_genders(words[end + 1].word) == {"f"}


def _post_after(text: str, words: list[_Token], run: range) -> bool:
    """An officer's post right after the name, in the same case, ending the clause or with the police unit or
    the area after it („Tomasz Wrona – dzielnicowy”, „Ewa Bąk, dzielnicowa KPP w Łęcznej”, „…, dzielnicowy rejonu
    nr 3”; not „Zgłosił Andrzej Mazur, dzielnicowy przyjął”, „…, dzielnicowy Straży Miejskiej”)."""
    k = _name_end(text, words, run.start) + 1
    if k >= len(words) or not re.fullmatch(r"\s*(?:,|\(|\s[-–—])\s*", text[words[k - 1].end:words[k].start]):
        return False
    post = words[k]
    if post.word not in _POST_WORD or not _same_case(post.word, [t for t in words[run.start:k] if t.word[0].isupper()]):
        return False
    if k + 1 >= len(words) or re.search(r"[\n,.;:)]", text[post.end:words[k + 1].start]):
        return True
    unit = k + 2 < len(words) and words[k + 1].lower in ("z", "ze") and _post_area(words[k + 2])  # „… z Rewiru”
    return words[k + 1].lower in _POST_AREAS or unit or _employer_after(text, words, k) is True


_POSSESSIVES = frozenset({"nasz", "nasza", "naszego", "naszej", "naszemu", "naszą", "naszym", "wasz", "wasza",
                          "waszego", "waszej", "waszemu", "waszą", "waszym"})
_MY = frozenset({"mój", "moja", "mojego", "mojej", "mojemu", "moją", "moim", "twój", "twoja", "twojego", "twojej"})
# Persons' nouns a thing is called by in apposition („Lew, król zwierząt”, „Wieprz, bohater legend”).
_FIGURATIVE_ROLES = frozenset({"król", "królowa", "cesarz", "książę", "władca", "bohater", "bohaterka", "symbol",
                               "patron", "patronka", "lider", "pracodawca", "producent", "dostawca"})
_POST_AREAS = frozenset({"rejonu", "rewiru", "dzielnicy", "osiedla", "sektora"})  # „dzielnicowy rejonu nr 3”


def _same_case(officer: str, names: list[_Token]) -> bool:
    """Whether a name agrees in case and gender with the officer word before it; unknown words may agree. The
    second word is a surname in the case alone, of any gender's reading („aspirant Jan Lis”: „Lis” is also a
    woman's first name; „Dzielnicowemu Janowi Lis”: a man's surname left undeclined, as a woman's is)."""
    officer_forms = name_tags.cases(officer)
    if not officer_forms:
        return True
    if (first := _name_forms(names[:1])) and not first & officer_forms:
        return False
    surname = {case for case, _ in tags(names[1].word).forms} if len(names) > 1 else set()
    return not surname or bool(surname & {case for case, _ in officer_forms})


def _name_forms(names: list[_Token]) -> set[tuple[str, str]]:
    """(case, gender) readings shared by a name's words, in the gender of its first name when it has one: „Jan
    Kowalski” is a man's nominative, though both words are also a woman's surname in every case."""
    found = [tags(t.word) for t in names if tags(t.word).known]
    if not found:
        return set()
    genders = found[0].first or {"m1", "f"}
    shared = set.intersection(*(set(f.forms) for f in found))
    return {(case, gender) for case, gender in shared if gender in genders}


def _other_service(text: str, words: list[_Token], rank: int, name: int) -> bool:
    """Whether the person's employer is another service or office: named right after the name („… z Urzędu
    Miejskiego”, „…, Urząd Miejski”, „… (Urząd Gminy)”), else before the rank in the same phrase („Komendant Straży
    Miejskiej insp. …”). An office the person informs or works with is no employer („przekazał informację do
    Urzędu Gminy”, „z Urzędem Gminy uzgodnił to sierż. …”, „sierż. … i strażnik miejski”). A police unit named
    on either side wins („Komendant Powiatowy Policji insp. …, Urząd Gminy powiadomiony”)."""
    after = _employer_after(text, words, name, titled=words[rank].lower.startswith(OFFICE_TITLE_RANKS))
    if after:
        return False
    before = _employer_before(text, words, rank, name)
    if before is None and after is None:
        before = _heading_employer(text, words, rank)
    if before is None and after is None and (listed := _listed_before(text, words, rank)):
        return _other_service(text, words, *listed)  # „Straż Miejska: insp. Adam Kruk i st. insp. Ewa Bąk”
    return not before and (after is False or before is False)


def _listed_before(text: str, words: list[_Token], rank: int) -> tuple[int, int] | None:
    """The rank and name of the person listed right before this rank on its line with a rank of the same kind
    („insp. Adam Kruk i st. insp. Ewa Bąk”, „sierż. …, st. sierż. …”), whose employer this one shares; a rank of
    another kind names no colleague („insp. … (SM) i asp. …”)."""
    start = _rank_start(words, rank)
    j = start - 1
    if j >= 1 and words[j].lower in LIST_JOINERS and _LINE_SPACE.fullmatch(text[words[j].end:words[start].start]):
        j -= 1
    if j < 0 or not re.fullmatch(r"[^\S\n]*,?[^\S\n]*", text[words[j].end:words[j + 1].start]):
        return None
    k = j
    while k > max(-1, j - 3) and words[k].word[0].isupper() and not _rank_word(words[k]):
        k -= 1
    if k < 0 or k == j or not _rank_word(words[k]):
        return None
    same = words[k].lower == words[rank].lower or words[rank].lower.startswith(OFFICE_TITLE_RANKS)
    return (k, k + 1) if same else None


_LIST_LINES = 30  # how far up a list of one person a line its heading is looked for


def _heading_employer(text: str, words: list[_Token], rank: int) -> bool | None:
    """The employer a heading names for a list of one person a line under it („Urząd Gminy:⏎insp. …⏎insp. …”):
    the nearest line above the rank's with no rank in it, across lines of ranked persons who name no employer of
    their own; a line that names its own („asp. Adam Wrona, KPP”) is that person's, and a sentence is no heading."""
    start = _rank_start(words, rank)
    titled = any(words[j].lower in OFFICE_TITLE_RANKS for j in range(start, rank + 1))  # a guard's too: „insp.”
    k = _line_start(text, words, start)
    if not all(len(words[j].word) == 1 and text[words[j].end:words[j].end + 1] in ").:" for j in range(k, start)):
        return None  # „Sporządził: asp. …”: a label, not a list („a)”, „•”, „1.” mark one)
    for _ in range(_LIST_LINES):
        if k == 0:
            return None
        first = _line_start(text, words, k - 1)
        found = [e for j in range(first, k) if (e := _office(words, j, titled)) is not None]
        if not any(_rank_word(words[j]) for j in range(first, k)):
            end = text[words[k - 1].end:words[k].start].split("\n")[0]
            if re.search(r"[.!?]", end) or not titled and any(_joint(words[j]) for j in range(first, k)):
                return None  # a sentence, or a joint action's heading („Straż Miejska – patrole wspólne”)
            police = [j for j in range(first, k) if _office(words, j) and not _partner(words, j)]
            return True if police else (found[0] if found else None)  # „Naczelnik Wydziału … KPP”
        if found:
            return None
        k = first
    return None


def _list_line(text: str, words: list[_Token], k: int) -> bool:
    """Whether the line from word k on is another person's of a list or a heading („KPP w Łęcznej:”), not the
    employer of the name on the line above („insp. Adam Kruk⏎Urząd Gminy”)."""
    end = k
    while end + 1 < len(words) and "\n" not in text[words[end].end:words[end + 1].start]:
        end += 1
    return any(_rank_word(words[j]) for j in range(k, end + 1)) \
        or text[words[end].end:].split("\n")[0].strip().endswith(":")


def _line_start(text: str, words: list[_Token], k: int) -> int:
    while k > 0 and "\n" not in text[words[k - 1].end:words[k].start]:
        k -= 1
    return k


def _rank_start(words: list[_Token], rank: int) -> int:
    """The first word of a rank („mł. insp.”, „st. asp. sztab.”)."""
    while rank > 0 and words[rank - 1].lower in RANK_ABBREVIATIONS and words[rank - 1].dot:
        rank -= 1
    return rank


def _rank_word(t: _Token) -> bool:
    """A rank, which a person's line of a list has; a post („Dzielnicowy Straży Miejskiej”) may head a list."""
    return t.lower in RANK_ABBREVIATIONS and t.dot or t.word in _RANK


def _office(words: list[_Token], j: int, titled: bool = False) -> bool | None:
    """A police unit (True) or another office (False) a heading's word names, by _employer or an office's head
    noun — not a partner („Współpraca z Urzędem Gminy”, „Wniosek do Urzędu”) nor a cell, which the police has
    too („Wydział Prewencji”, „Naczelnik Wydziału Ruchu Drogowego”: another service names itself)."""
    employer = _employer(words, j)
    if employer is False and not titled and _partner(words, j):
        return None  # „Spotkanie w Urzędzie Gminy⏎asp. …”: where the officer acts
    if employer is None and words[j].word[0].isupper() and (words[j].word in _NOT_POLICE and titled or (
            words[j].word in _EMPLOYER and words[j].word not in _CELL and (titled or not _partner(words, j)))):
        return False  # under „Współpraca ze Strażą Miejską” an „insp.” is the guard's rank, not a partner's
    return employer


def _partner(words: list[_Token], j: int) -> bool:
    """An office a heading names as a partner or a place („ze Strażą”, „do Urzędu”, „Spotkanie w Urzędzie Gminy”)."""
    head = _head(words, j)
    return head > 0 and (words[head - 1].lower in PARTNER_WORDS or words[head - 1].lower == "w")


def _joint(t: _Token) -> bool:
    return t.lower.startswith("wspóln")  # „patrole wspólne”: an action with the office


_OPENER = re.compile(r"\s*(?:[,;:(/\n]|[-–—])\s*")  # a label or an apposition: „insp. X, Urząd Miejski”


def _employer_after(text: str, words: list[_Token], name: int, titled: bool = False) -> bool | None:
    """The employer named right after a name: „z/ze” and an institution, or an apposition after a comma, a
    parenthesis or a dash („insp. Marta Zawadzka, Urząd Miejski”); a verb, „i”, „oraz” or another rank ends it.
    `titled`: the rank is also an office's title, so a bare cell („z Wydziału Kadr”) is another office's."""
    end = _name_end(text, words, name)
    opened, police = False, False
    for j in range(end + 1, min(len(words), end + 8)):
        gap = re.sub(r"\d+\.?", "", text[words[j - 1].end:words[j].start])
        if re.search(r"[.,;:!?()/–—\n]|\s-\s", gap):
            if opened or j != end + 1 or not _OPENER.fullmatch(gap) or "\n" in gap and _list_line(text, words, j):
                break
            opened = True
        t = words[j]
        if t.lower in RANK_ABBREVIATIONS and t.dot or t.lower in LIST_JOINERS:
            break
        if _retired(t) and (opened or j == end + 1):
            return False  # „asp. Andrzej Mazur (emeryt)”, „…, emerytowany policjant”: no officer now
        if titled and opened and _INSPECTOR_POST.fullmatch(t.word) and not _police_words_after(words, j):
            return False  # „insp. Marta Zawadzka, inspektor sanitarny”: the title is a civil servant's post
        if _area_of_post(words, j):
            return True
        employer = _employer(words, j)
        if employer is False or employer and t.word not in _POLICE_UNIT:
            return employer
        police = police or bool(employer)
        if not opened and t.word.islower() and t.lower not in ("z", "ze"):
            break
    return True if police else _institution_after(text, words, end, titled)


def _police_words_after(words: list[_Token], j: int) -> bool:
    """A police unit named in the three words after a post („inspektor Wydziału Prewencji KPP”)."""
    return any(t.lower.startswith(POLICE_UNIT_STEMS) or t.lower in POLICE_ABBREVIATIONS for t in words[j + 1:j + 4])


def _institution_after(text: str, words: list[_Token], end: int, titled: bool = False) -> bool | None:
    """An office after „z/ze” or in brackets right after a name, by its head noun or an abbreviation („z Referatu
    Gospodarki Komunalnej”, „z ZUS”, „z Zakładu Karnego”): another employer, False, unless a police unit's words are
    in its name (True: „z Wydziału Ruchu Drogowego”, „z KP w Milejowie”); None for a town or a partner („z Łęcznej”,
    „z Urzędem Gminy uzgodnił”), and for a bare cell that a police unit has too („z Zespołu Prasowego”) unless the
    rank is also an office's title (`titled`)."""
    j = end + 1
    if j < len(words) and words[j].lower in ("z", "ze") and _SPACE.fullmatch(text[words[end].end:words[j].start]):
        j += 1
    elif not (j < len(words) and re.fullmatch(r"\s*\(\s*", text[words[end].end:words[j].start])):
        return None
    if j >= len(words) or words[j - 1].lower in ("z", "ze") and not _SPACE.fullmatch(
            re.sub(r"\d+\.?", " ", text[words[j - 1].end:words[j].start])):
        return None
    phrase = [words[j]]
    for k in range(j + 1, min(len(words), j + 7)):
        gap = text[words[k - 1].end:words[k].start]
        if re.search(r"[,;:!?()/–—\n]", gap) or "." in gap and len(words[k - 1].word) > 3:
            break  # „ds.”, „nr” go on, a sentence's end does not
        phrase.append(words[k])
    head = phrase[0]
    if "inst" in name_tags.noun_cases(head.word) and "gen" not in name_tags.noun_cases(head.word) \
            and not any(t.lower in POLICE_UNIT_ABBREVIATIONS or t.lower.startswith(POLICE_UNIT_STEMS) for t in phrase):
        return None  # „z Referatem … uzgodnił”: with, not from
    return _office_phrase(phrase, titled)


def _office_phrase(phrase: list[_Token], titled: bool) -> bool | None:
    """An institution's name as an employer: True for a police unit's words in it, False for another office's
    head noun or abbreviation, None for a cell a police unit has too („Zespół Prasowy”) unless the rank is also an
    office's title (`titled`), and for no institution."""
    if not phrase or any(t.lower in POLICE_UNIT_ABBREVIATIONS or t.lower.startswith(POLICE_UNIT_STEMS) for t in phrase):
        return True if phrase else None
    head = phrase[0]
    abbreviation = sum(c.isupper() for c in head.word) >= 2
    offices = [t for t in phrase if t.word[0].isupper() and (t.word in _EMPLOYER or t.lower.startswith(OTHER_SERVICE_STEMS))]
    if abbreviation or any(t.word not in _CELL for t in offices):
        return False
    return False if offices and titled else None  # „z Zespołu Prasowego”: a police cell too, the rank tells


def _name_end(text: str, words: list[_Token], name: int) -> int:
    """The index of a name's last word: capitalised words and initials joined by spaces or hyphens."""
    end = name
    while end + 1 < min(len(words), name + 4) and words[end + 1].word[0].isupper() \
            and re.fullmatch(r"\.?\s+|[-\u2010\u2011]", text[words[end].end:words[end + 1].start]) \
            and _employer(words, end + 1) is None:
        end += 1
    return end


def _employer_before(text: str, words: list[_Token], rank: int, name: int) -> bool | None:
    """The employer named before a rank in its phrase („Ze Straży Miejskiej mł. insp.”, „W Urzędzie Miasta:
    podinsp.”); „i” or „oraz” ends the phrase. Across a verb only for the verb's subject and an office it comes
    from or stands for („Ze Straży Miejskiej przyszedł insp. …”, „Urząd Gminy reprezentował insp. …”), not one that
    acts on the officer or where he acts („Urząd Gminy poinformował sierż. Tomasza …”, „W Sądzie zeznawał asp. …”)."""
    crossed = sent = False
    start = _rank_start(words, rank)
    if start > 0 and re.fullmatch(r"\s*\(\s*", text[words[start - 1].end:words[start].start]):
        office = _office_phrase(words[_head(words, start - 1):start], words[rank].lower.startswith(OFFICE_TITLE_RANKS))
        if office is not None:
            return office  # „z Urzędem Miejskim (insp. …)”: the bracket names the office's own person
    if start > 2 and words[start - 1].lower == "in" and words[start - 2].lower == "m" and words[start - 2].dot:
        start -= 2  # „Żołnierze WOT, m.in. sierż. …”: one of those named before
    if start > 0 and words[start - 1].word in _POST_WORD \
            and _LINE_SPACE.fullmatch(text[words[start - 1].end:words[start].start]):  # not the line above's post
        return True  # „Dzielnicowy sierż. Tomasz Wrona (Gmina Puchaczów)”: his post, so the gmina is his area
    for j in range(start - 1, max(-1, start - 6), -1):
        gap = text[words[j].end:words[j + 1].start]
        if "\n" in gap or re.search(r"[.,;!?()/–—]|\s-\s", gap) and not (j == start - 1 and _OPENER.fullmatch(gap)):
            break  # „Urząd Gminy – insp. …”, „Straż Miejska, insp. …”: a label before the rank; a line above: _heading_employer
        if words[j].lower in LIST_JOINERS or j == start - 1 and words[j].lower in PARTNER_WORDS:
            break  # „Straż Miejska wspólnie z asp. …”: the office acts with him
        if name_tags.verb(words[j].word):
            sent = _sent(words, j, name)
            if crossed or not (_nominative(words, name) or sent):
                break  # „Urząd Gminy poinformował sierż. Tomasza Wronę”
            crossed = True
            continue
        if _area_of_post(words, j):
            return True  # „Dzielnicowy gminy Puchaczów asp. …”
        if (employer := _employer(words, j)) is not None:
            own = _source_or_subject(words, j) or sent and "nom" in name_tags.noun_cases(words[_head(words, j)].word)
            return None if crossed and employer is False and not own else employer
    return None


def _nominative(words: list[_Token], name: int, case: str = "nom") -> bool:
    forms = _name_forms([t for t in words[name:name + 2] if t.word[0].isupper()])
    return not forms or any(c == case for c, _ in forms)


def _sent(words: list[_Token], verb: int, name: int) -> bool:
    """The person as the object of an office's sending or employing him („Urząd Gminy delegował insp. Adama
    Kruka”), not of its writing to him („wysłał asp. Tomaszowi Wronie pismo”)."""
    return any(root in words[verb].lower for root in SENDING_VERB_ROOTS) and _nominative(words, name, "acc")


def _source_or_subject(words: list[_Token], j: int) -> bool:
    """An office across a verb that is the officer's own: after „z/ze” (where he comes from) or in the nominative
    or accusative („Urząd Gminy reprezentował”), not in the locative or after another noun („w Sądzie”, „na terenie
    gminy”)."""
    head = _head(words, j)
    before = words[head - 1] if head else None
    if before is not None and before.lower in ("z", "ze", "imieniu", "ramienia"):
        return True  # „W imieniu Urzędu Gminy wystąpił”, „Z ramienia Straży Miejskiej”: he stands for it
    if before is not None and (before.word.islower() or before.lower in ("w", "we", "na", "o", "przy", "po")):
        return False
    return bool(name_tags.noun_cases(words[head].word) & {"nom", "acc"})


def _head(words: list[_Token], j: int) -> int:
    """The first word of the capitalised name a word ends: „Urzędem Gminy” – the phrase's head decides its case."""
    if words[j].head >= 0:
        return words[j].head
    while j > 0 and _extends_name(words[j - 1]):
        j -= 1
    return j


def _link_heads(words: list[_Token]) -> None:
    """Each word's _head in one pass from the first word: walked back from every office word, a text of
    capitalised lines cost the square of its length (168 kB: 32 s)."""
    for j, t in enumerate(words):
        t.head = words[j - 1].head if j and _extends_name(words[j - 1]) else j


def _extends_name(t: _Token) -> bool:
    return t.word[0].isupper() and len(t.word) > 1 and t.lower not in PARTNER_WORDS


def _area_of_post(words: list[_Token], j: int) -> bool:
    """A gmina right after „dzielnicowy” is his area, not his employer („dzielnicowy gminy Puchaczów”)."""
    return words[j].lower.startswith("gmin") and j > 0 and words[j - 1].word in _POST_WORD


def _employer(words: list[_Token], j: int) -> bool | None:
    """True for a police unit („KPP”, „Policji”), False for another service or office, None for any other word or
    for a partner: an institution after „do”, „dla” or „z” with the instrumental („patrol ze Strażą
    Miejską”, „przekazał do Urzędu Gminy”: „with”, „to”, not „from”)."""
    t = words[j]
    police = t.lower in POLICE_ABBREVIATIONS or t.word in _POLICE_INSTITUTION or t.word in _POLICE_UNIT
    if not (police or t.lower in NOT_POLICE_ABBREVIATIONS or t.word in NOT_POLICE_CAPITALS or t.word in _NOT_POLICE):
        return None
    head = _head(words, j)
    before = words[head - 1].lower if head else ""
    if before in ("z", "ze"):
        forms = name_tags.noun_cases(words[head].word)
        if "inst" in forms and "gen" not in forms:
            return None
    elif before in PARTNER_WORDS:
        return None
    return police


# A maiden or former surname: whatever word follows „z domu”, „z d.”, „primo voto”, „1-o v.”, „ur.”, „dawniej”
# after a person's name, or the label „nazwisko rodowe/panieńskie” anywhere, is a surname.
_MAIDEN_NAME = r"(?P<name>[^\W\d_a-z][\w'’]*(?:\s*[-\u2010\u2011\u2013]\s*[^\W\d_a-z][\w'’]*)?)"
_MAIDEN = re.compile(r"\b(?:[zZ]\s+(?:domu|d\.)|zd\.|[pP]rimo\s+voto|1\s*(?:-\s*o\s*)?(?:v\.|voto)|(?P<weak>ur\.|dawniej"
                     rf"|wcześniej|poprzednio))(?:\s*:\s*|\s+){_MAIDEN_NAME}")
_MAIDEN_LABEL = re.compile(r"(?i:\bnazwisk\w*\s+(?:rodow|panieńsk)\w*(?:\s+[^\W\d_]+)?)(?:\s*:\s*|\s+)"
                           + _MAIDEN_NAME)


def _maiden_names(text: str) -> list[tuple[int, int]]:
    """„Anna Kowalska z domu Wróbel”, „(z d. Bąk)”: the married name goes, so must the maiden one – after a
    person's name, not „Wyszedł z domu Kultury”."""
    return ([m.span("name") for m in _MAIDEN.finditer(text) if _after_a_name(text[max(0, m.start() - 60):m.start()])
             and not (m.group("weak") and not tags(_WORD.match(m.group("name")).group()).person)]  # „dawniej Osiedle”
            + [m.span("name") for m in _MAIDEN_LABEL.finditer(text)])


_UPPER, _LOWER = "A-ZĄĆĘŁŃÓŚŹŻ", "a-ząćęłńóśźż"
_NICKNAMED = re.compile(rf"(?<![\w#])(?P<first>[{_UPPER}][{_LOWER}]+)[^\S\n]+"
                        rf"(?:[„\"«»“][^„”\"«»“\n]{{1,30}}[”\"«»“]|\([^\S\n]*(?:[{_UPPER}][{_LOWER}]+"  # „Krystyna (Krysia) Sowa”
                        rf"|[„\"«»“][^„”\"«»“\n]{{1,30}}[”\"«»“]|z[^\S\n]*d\.[^\S\n]*[{_UPPER}][{_LOWER}]+"  # „(„Stasiek”)”,
                        rf"|z[^\S\n]+domu[^\S\n]+[{_UPPER}][{_LOWER}]+)[^\S\n]*\))[^\S\n]+"  # „(z d. Sowa)” (rev-pub19 2, 17)
                        rf"(?P<surname>[{_UPPER}][{_LOWER}]+)(?![\w])"
                        rf"|(?<=#)(?P<first2>[{_UPPER}][{_LOWER}]+)(?P<surname2>[{_UPPER}][{_LOWER}]+)(?!\w)"
                        rf"|(?<![\w#.])(?P<first3>[{_UPPER}][{_LOWER}]+)(?P<surname3>[{_UPPER}][{_LOWER}]+)"
                        rf"(?=[_-]?\d*\.(?i:{'|'.join(sorted(FILE_TYPES))})(?!\w))")  # a file's: „JadwigaRutkowska.jpg”


# A surname with a first name's nickname in quotes after it („Sowa „Stasiek””); „Spółdzielnia „Batory”” has no first
# name in its quotes.
_SURNAME_NICKNAMED = re.compile(rf"(?<![\w#])(?P<surname>[{_UPPER}][{_LOWER}]+)[^\S\n]+[„\"«»“]"
                                rf"(?P<nick>[{_UPPER}][{_LOWER}]+)[”\"«»“]")
# „too” closing a clause whose verb is left out after a subject („Kurek „Kogut” też.”: did so too, rev-pub20 7).
_ELLIPSIS = re.compile(r"[^\S\n]+(?:też|także|również)[^\S\n]*(?:[.;!?]|$)")
# A surname with its bearer's nickname after a word that says so („Kurek vel Kogut”, „Kurek, zwany Kogutem”, „Kurek
# zwany „Kogutem””, „Kurek alias Kogut”, „Jan Kurek zw. Kogut”, „Kurek, ksywka Kogut,”: rev-pub21 3).
_ALIASED = re.compile(rf"(?<![\w#])(?P<surname>[{_UPPER}][{_LOWER}]+)(?:[^\S\n]+vel|[^\S\n]+ps\.|[^\S\n]*,?[^\S\n]*"
                      r"(?:zwan[ayeo]\w*|zw\.|alias|(?:ksyw\w*|pseudonim\w*|pseudo)(?:[^\S\n]+to)?:?))"
                      rf"[^\S\n]+[„\"«»“]?(?P<nick>[{_UPPER}][{_LOWER}]+)[”\"«»“]?")
# ... or in a way that a thing's other name is given too („Kurek czyli Kogut”, „Kurek (Kogut)”, „Kurek – „Kogut” –”):
# a person's only with a person's verb (_nicknamed).
_ALSO_CALLED = re.compile(rf"(?<![\w#])(?P<surname>[{_UPPER}][{_LOWER}]+)(?:[^\S\n]+(?:czyli|inaczej)[^\S\n]+[„\"«»“]?"
                          rf"(?P<nick>[{_UPPER}][{_LOWER}]+)[”\"«»“]?|[^\S\n]*\([^\S\n]*[„\"«»“]?(?P<nick2>[{_UPPER}][{_LOWER}]+)"
                          rf"[”\"«»“]?[^\S\n]*\)|[^\S\n]+[–—-][^\S\n]+[„\"«»“](?P<nick3>[{_UPPER}][{_LOWER}]+)[”\"«»“]"
                          r"[^\S\n]+[–—-](?=[^\S\n]))")
_FILE_NAME = re.compile(rf"(?<![\w./@-])(?P<stem>[^\W_][\w-]*)\.(?i:{'|'.join(sorted(FILE_TYPES))})(?!\w)")


def _only_a_name(word: str) -> bool:
    """A word the dictionary knows only as a person's name („Kowalska”, „Jadwiga”), no ordinary word nor place."""
    found = tags(word)
    return found.person and not found.ordinary and not found.geographic


def _capitals_name(stem: str) -> bool:
    """A first name glued to a surname in capitals („JANKOWALSKI”, „ANNANOWAK”)."""
    return any(stem[:k].lower() in FIRST_NAMES and tags(stem[k:].title()).surname and not tags(stem[k:].title()).ordinary
               for k in range(3, len(stem) - 2))


_INITIAL_DOT = re.compile(r"\.(?=[^\S\n]*[a-ząćęłńóśźż(„\",;:)])")
_SENTENCE_DOT = re.compile(r"\.(?=[^\S\n]*(?:$|\n|[^\W\d_a-ząćęłńóśźż]))")


def _initials_dot(text: str, end: int) -> int:
    """A name's end past the dot of its last initial when the sentence goes on („Marek P. z Lublina”, „Marek P.,
    sąsiad”: the dot left after the marker read as the sentence's end), before it when the dot ends the sentence
    too („… mieszkaniec Dominik K.”: the full stop stays)."""
    if end >= 3 and text[end - 1] == "." and text[end - 2].isupper() and not text[end - 3].isalpha() \
            and re.match(r"[^\W\d_]\.(?![^\W\d_])", text[end:end + 3]) and text[end].isupper():
        end -= 1  # „J.” taken with its dot, another initial glued after it
    initial = end >= 2 and text[end - 1].isupper() and not text[end - 2].isalpha()
    while initial and re.match(r"\.[^\W\d_]\.(?![^\W\d_])", text[end:end + 4]) and text[end + 1].isupper():
        end += 2  # a glued second initial, a patronymic's („Мельник О.П.”, „Kowalski J.M.”)
    if initial and _INITIAL_DOT.match(text, end):
        return end + 1
    if end >= 3 and text[end - 1] == "." and text[end - 2].isupper() and not text[end - 3].isalpha() \
            and _SENTENCE_DOT.match(text, end - 1):
        return end - 1
    return end


def _given(word: str) -> bool:
    """A first name as typed: the dictionary's, a common one, or a diminutive used as one."""
    return word in COMMON_FIRST or bool(tags(word).first)


def _after_a_name(before: str) -> bool:
    words = _WORD.findall(before)
    return bool(words) and words[-1][0].isupper() and (tags(words[-1]).person or not tags(words[-1]).ordinary)


def _statement_of(words: list[_Token], index: int) -> bool:
    """A surname in the genitive after a noun of what a person says opening a sentence („Skarga Kowala”,
    „Zdaniem Mazura”): whose complaint, whose opinion."""
    if not (index > 0 and any(case == "gen" for case, _ in tags(words[index].word).forms)):
        return False
    return words[index - 1].word in _STATEMENT or _according_to(words, index)


def _phone_of(words: list[_Token], index: int) -> bool:
    """„numer telefonu Mazura”, „numer do Mazura”, „telefon do Wróbla”: whose phone, a person's genitive."""
    return index > 1 and any(case == "gen" for case, _ in tags(words[index].word).forms) \
        and words[index - 1].lower in ("telefonu", "komórki", "do") and words[index - 2].lower in ("numer", "telefon")


def _told_past_company(text: str, words: list[_Token], index: int) -> frozenset[str] | None:
    """The genders of a person's verb after whom a sentence's subject came with („Mazur z żoną zgłosił”, „Wróbel
    ze swoim synem poprosił”): „z/ze” and up to three lower-case words between the name and the verb."""
    if not _sentence_start(text, words, index) or index + 2 >= len(words) or words[index + 1].lower not in ("z", "ze"):
        return None
    for k in range(index + 2, min(len(words), index + 6)):
        if not _SPACE.fullmatch(text[words[k - 1].end:words[k].start]) or not words[k].word.islower():
            return None
        if (told := person_verb(words[k].word)):
            return told
    return None


def _according_to(words: list[_Token], index: int) -> bool:
    """„Według Mazura”, „wg relacji Mazura”: whose words, wherever in the sentence."""
    if index > 1 and words[index - 1].word in _STATEMENT:
        index -= 1
    return words[index - 1].lower in ("według", "wg")


_STATEMENT = _forms(("zdanie", "skarga", "wniosek", "zgłoszenie", "prośba", "opinia", "zeznanie", "relacja",
                     "wypowiedź", "oświadczenie", "petycja", "zawiadomienie",
                     # what a person owns or is reached by, the owner in the genitive: „Numer Mazura to …”
                     "numer", "telefon", "adres", "samochód", "auto", "pies", "mieszkanie", "posesja", "rower", "konto",
                     "profil"))
_FAMILY_PLURAL = ("owie", "scy", "ccy", "dzcy")  # „Mazurowie”, „Kowalscy”: a family, with a plural verb


# Endings of Polish diminutives of first names („Lucynka”, „Grażynka”, „Zdzichu”, „Jadzia”, „Kaziu”).
_DIMINUTIVE = re.compile(r"\w+(?:[yi]nka|eńka|ulka|olka|unia|usia|sia|cia|zia|nia|chu|siu|ciu|niu|ziu|sio|cio|ek)")


def _family_plural(word: str, surname: str) -> bool:
    """Whether a word is a family's nominative plural of a surname: „Nowakowie”, „Przykładowi” of Przykładowy,
    „Kowalscy” of Kowalski (not „Przykładowemu”, nor „Nowakowi”: one person, in the dative)."""
    if surname.endswith(("ski", "cki", "dzki")):
        return word == surname[:-2] + "cy"
    if surname.endswith("y"):
        return word == surname[:-1] + "i"
    return word.startswith(surname[:3]) and word.endswith("owie")


def _diminutive_of(word: str, given: str) -> bool:
    """Whether a first name may be another's diminutive: same two first letters, and the same gender when the
    dictionary knows both („Ania”, „Anka” of Anna; not „Ewa” of Marek)."""
    if word[:2].lower() != given[:2].lower():
        return False
    a, b = tags(word).first, tags(given).first
    return not (a and b) or bool(a & b)


def _told_by(text: str, words: list[_Token], index: int, last: int | None = None) -> frozenset[str] | None:
    """The genders of a person's verb whose subject the words from `index` to `last` are: right after them („Mazur
    zgłosił”, a family's plural „Mazurowie zgłosili”) or right before at the clause's end („Kradzież zgłosił Mazur.”)."""
    last = index if last is None else last
    first, t = words[index], words[last]
    after = words[last + 1] if last + 1 < len(words) else None
    if after and (_SPACE.fullmatch(text[t.end:after.start]) or _GLUED_BEFORE_VERB.fullmatch(text, t.end, after.start)):
        told = person_verb(after.word) or (person_verb(after.word, "pl") if t.lower.endswith(_FAMILY_PLURAL) else None)
        if told and _subject_after(text, words, last + 2):
            return None  # „Hałas zgłosiła sąsiadka”: the object first, the subject after the verb
        if told or after.word[0].isupper():
            return told
    k = _past_inserts(text, words, index)  # „Kradzież zgłosiła też Mazurowa”, „zgłosił go Kurek”: no subject between
    first, before = words[k], words[k - 1] if k else None
    if before and (_SPACE.fullmatch(text[before.end:first.start]) or _GLUED_AFTER_VERB.fullmatch(text, before.end, first.start)):
        verb = before.lower if _sentence_start(text, words, k - 1) else before.word  # „Zgłosił/Kurek”
        example = any(words[j].lower in ("np", "in") for j in range(k, index))  # „zgłaszali m.in. Kurek”: one of them
        return person_verb(verb) or (person_verb(verb, "pl") if example else None)
    return None


# Text pasted from a phone or a form loses its spaces (rev-pub18 21): „zgłosił:Kurek”, „zgłosiła–Sowa” – the verb and
# its subject still; „(Kurek)zgłosił” likewise.
# A slash or a semicolon with no space glues them as well („Zgłosił/Kurek”, „Wróbel/potwierdził”, „Zgłosiła;Sowa”,
# rev-pub19 5).
_GLUED_AFTER_VERB = re.compile(r"[^\S\n]*[:–—][^\S\n]*|[/;]")
_GLUED_BEFORE_VERB = re.compile(r"\)[^\S\n]*|/")


# „Wróbel albo Kurek”; a list wrapped by a line break after its comma or conjunction goes on („Kurek oraz⏎Sowa”,
# rev-pub19 24)
_COORDINATOR = re.compile(r"[^\S\n]*(?:,|i|oraz|albo|lub|bądź)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)|[^\S\n]*,[^\S\n]*\n?[^\S\n]*")
# „…, a potem Sowa.”: one more of the same role with the verb left out, so the clause ends after the name
_ELLIPTIC = re.compile(r"[^\S\n]*,[^\S\n]+a(?:[^\S\n]+(?:potem|następnie|później|także|też|również))?[^\S\n]+")
_COORDINATING = frozenset({"i", "oraz", "albo", "lub", "bądź", "a", "potem", "następnie", "później", "także", "też", "również"})


def _coordinations(text: str, words: list[_Token]) -> list[list[int]]:
    """Runs of two or more capitalised single words joined by „i”, „oraz”, a comma or „, a potem” ending the clause
    on one line („Wróbel i Kurek”, „Kurka, Wróbla i Sowę”, „Wróbel i Kurek, a potem Sowa.”)."""
    groups, current = [], []
    for i, t in enumerate(words):
        if t.lower in _COORDINATING and current:
            continue  # the gap before the next capitalised word decides („Wróbel i Kurek, a potem Sowa”)
        if not t.word[:1].isupper() or len(t.word) == 1:
            current = []
            continue
        if current and (_COORDINATOR.fullmatch(text, words[current[-1]].end, t.start)
                        or _ELLIPTIC.fullmatch(text, words[current[-1]].end, t.start) and _CLAUSE_END.match(text, t.end)):
            current.append(i)
        else:
            current = [i]
        if len(current) == 2:
            groups.append(current)
    return groups


# A police dog or horse („pies służbowy”, „psa tropiącego”, „koniem służbowym”).
_SERVICE_ANIMALS = frozenset({"pies", "psa", "psu", "psem", "psie", "suka", "suki", "suce", "suką", "koń", "konia",
                              "koniowi", "koniem", "koniu"})
_SERVICE_ADJECTIVE = re.compile(r"(?:służbow|policyjn|tropiąc|patrolow|obronn)\w*")
_SERVICE_ANIMAL_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(_SERVICE_ANIMALS)})[^\S\n]+{_SERVICE_ADJECTIVE.pattern}"
                                    r"[^\S\n]+)$")


def _service_animals(text: str, words: list[_Token]) -> list[tuple[int, int]]:
    """The name after a police dog's or horse's noun and its adjective („psa służbowego Aresem”, „Pies służbowy
    Ares”, „Bruno”): the animal's, so it stays – not a surname („Psa służbowego Kowalski nie widział”: the
    subject) nor a first name before another name („Psa służbowego Jan Kowalski nie widział”)."""
    found = []
    for i in range(len(words) - 2):
        noun, adjective, name = words[i:i + 3]
        if noun.lower in _SERVICE_ANIMALS and _SERVICE_ADJECTIVE.fullmatch(adjective.lower) and name.word.istitle() \
                and _LINE_SPACE.fullmatch(text, noun.end, adjective.start) \
                and _LINE_SPACE.fullmatch(text, adjective.end, name.start) \
                and not tags(name.word).surname and not _longer_name(text, words, i + 2):
            found.append((name.start, name.end))
    return found


# Where in a block a person lives, after a name („Wiśnia z parteru”, „z 8a”, „spod szóstki”, „z trzeciego piętra”):
# no institution or thing lives there, so a thing's noun before it is a surname.
_FLAT_OF_A_PERSON = re.compile(r"[^\S\n]+(?:z|ze|spod)[^\S\n]+(?:\d{1,3}[a-zA-Z]\b|parteru\b|poddasza\b|suteren\w*"
                               r"|(?:jedynki|dwójki|trójki|czwórki|piątki|szóstki|siódemki|ósemki|dziewiątki)\b"
                               r"|\w+(?:ego|iego)[^\S\n]+piętra\b|\w+(?:ej|iej)[^\S\n]+klatki\b)")


def _quoted_reporter(text: str, words: list[_Token], run: range) -> bool:
    """A surname or a nickname alone in quotes where in a block the person lives follows, with a person's verb
    right before or after („Hałas zgłosiła «Sowa» z parteru”, rev-pub20 18): a person – a firm is no one's flat
    („Sklep „Groszek” z parteru jest czynny”)."""
    t = words[run.start]
    if len(run) != 1 or t.word in _BRAND or t.word in _EMPLOYER or t.word in _BUSINESS \
            or not (close := re.match(r"[”\"«»“]", text[t.end:t.end + 1])) \
            or not (flat := _FLAT_OF_A_PERSON.match(text, t.end + 1)):
        return False
    k = run.start - 1
    before = words[k] if k >= 0 and _LINE_SPACE.fullmatch(text, words[k].end, t.start - 1) else None
    if before and before.word in _BUSINESS:
        return False
    while before and k > 0 and run.start - k < 3 and _inserted(text, words, k):  # „Zgłosiła to «Sowa»”
        k -= 1
        before = words[k]
    after = _NEXT_WORD.match(text, flat.end())
    verb = before and (before.lower if _sentence_start(text, words, k) else before.word)
    return bool(verb and person_verb(verb) or after and person_verb(after.group(1)))


def _located_reporter(text: str, words: list[_Token], i: int) -> bool:
    """Whether a thing's noun (name_tags.thing_noun) is a surname the dictionary lacks: where in a block the person
    lives follows it, and a person's verb comes right after that or right before the noun („Wiśnia z parteru
    zgłosiła”, „Hałas zgłosiła Wiśnia z parteru”) – not „Apteka z parteru jest czynna”."""
    t = words[i]
    if not (t.word.istitle() and (flat := _FLAT_OF_A_PERSON.match(text, t.end)) and name_tags.thing_noun(t.word)):
        return False
    after = _NEXT_WORD.match(text, flat.end())
    before = words[i - 1] if i and _LINE_SPACE.fullmatch(text, words[i - 1].end, t.start) else None
    return bool(after and person_verb(after.group(1)) or before and person_verb(before.lower)) \
        and t.word not in _EMPLOYER


# Before a later mention of a surname the text removed with a first name, what makes it a thing there: a street
# after „przy” („przy Staszica 9”, „przy Jaśminowej”) or an opening quote („Spółdzielnia „Batory””).
_IMPOSED = re.compile(r"(?:nałoż|nakład|wymierz)\w*")  # „Karę nałożono”: a penalty, never a person, is imposed
_TOLD_PLACE_BEFORE = frozenset({"z", "ze", "w", "we", "koło", "spod", "mieszkańcami", "mieszkańców",
                                "mieszkańcom", "mieszkańcy", "mieszkanka", "mieszkanki", "mieszkaniec", "mieszkańca",
                                "gminy", "gminie", "wsi", "sołectwa", "sołectwie"})
_HOUSE_NUMBER_AFTER = re.compile(r"[^\S\n]+\d{1,4}[a-zA-Z]?(?![\w.,]\d)")
_VILLAGE_PART_AFTER = re.compile(r"(?:[^\S\n]+|-)(?:Koloni[aięą]|Osad[aęyz]|Parcel[aięą]?)(?![^\W\d_])")  # „Milejów-Kolonia”
_TOLD_THING_BEFORE = re.compile(r"(?:(?<![^\W\d_])przy[^\S\n]+|[„\"«“])$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")


_COORDINATED_WORD = re.compile(r"[^\S\n]*(?:,|[^\S\n](?:i|oraz|lub|albo))[^\S\n]+([^\W\d_]+)")


def _told_as_thing(text: str, start: int, end: int) -> bool:
    """Whether a later mention the pass with the told person adds (Names._told_in), at `start`, stands as a thing,
    not as the person (rev-pub19 11, 23): a street after „przy”, a name in quotes, or a name after a capitalised
    office, body or abbreviation („Starosta Łęczyński”, „Kopalnia Bogdanka”, „SM Batory”), or a person's noun
    coordinated with another that is no surname („Polak i Ukrainiec”) – the places the scrubber keeps the word in
    for anyone but a listed person."""
    before = text[max(0, start - 40):start]
    if _TOLD_THING_BEFORE.search(before) or name_tags.season(text[start:end]):  # „Zimą było spokojnie”
        return True
    word = text[start:end]
    prev = _WORD_BEFORE.search(before)
    prev = prev.group(1).lower() if prev else ""
    if prev in _TOLD_PLACE_BEFORE and name_tags.place_cases(word) & _PLACE_CASES.get(prev, {"gen"}) - {"inst"}:
        return True  # „z mieszkańcami Puchaczowa”, „z Cycowa”, „w Milejowie” after „Jan Puchacz”: the village (rev-pub20 19)
    if _VILLAGE_PART_AFTER.match(text, end):
        return True  # „Milejowa Kolonii” after „Jan Milej”: the village Milejów-Kolonia (rev-pub20 19)
    if name_tags.adjective(word) and (prev in ("na", "przy") and word.endswith("ej") or _HOUSE_NUMBER_AFTER.match(text, end)):
        return True  # „Na Krakowskiej”, „Kwiatkowskiego 5”: the street after „Anna Krakowska” (rev-pub20 23)
    first = _WORD.match(text, start)
    if first and name_tags.lemmas(first.group()) & OFFICES and (m := _NEXT_WORD.match(text, first.end())) \
            and m.group(1)[0].isupper():
        return True  # „Jan Sołtys … Sołtys Ludwina zwołał zebranie”: the office of a village or a body (rev-pub20 1)
    if tags(text[start:end]).person_noun and (m := _COORDINATED_WORD.match(text, end)) \
            and tags(m.group(1)).person_noun and not tags(m.group(1)).surname:
        return True
    if not (m := _WORD_BEFORE.search(before)) or not m.group(1)[0].isupper():
        return False
    word = m.group(1)
    return len(word) > 1 and word.isupper() or word in _EMPLOYER or tags(word).office and not tags(word).person \
        or word.lower() in _REGION_HEADS and name_tags.adjective(text[start:end].lower()) is not None
    # „Ziemia Łęczyńska” after „Anna Łęczyńska”: the region's name (rev-pub21 24)


# A region's or a land's noun before its adjective in a proper name („Ziemia Łęczyńska”, „Pojezierze Łęczyńskie”).
_REGION_HEADS = frozenset("""ziemia ziemi ziemię ziemią kraina krainy krainie krainą region regionu regionie regionem
    pojezierze pojezierza pojezierzu pojezierzem""".split())


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")
# Between a name and its apposition: a comma, an opening parenthesis or a dash („Sowa, sąsiadka”, „Kurek
# (przewodniczący)”, „Kurek – przewodniczący”).
_APPOSITION = re.compile(r"[^\S\n]*(?:,|\(|[–—-])[^\S\n]*|[^\S\n]+[–—-][^\S\n]+")


# A Ukrainian town's or village's abbreviation before a name („м. Луцьк”: місто, „с.”: село, „смт”, rev-pub19 10).
_UKRAINIAN_PLACE_BEFORE = re.compile(r"(?<![^\W\d_])(?:м|с|смт)\.?[^\S\n]+$")


def _things_plural_after(words: list[_Token], index: int) -> bool:
    """A past plural of no men right after a word („Wrony siedziały na dachu”): the subject is things or animals."""
    return index + 1 < len(words) and name_tags.past_plural(words[index + 1].word) \
        and not name_tags.plural_verb(words[index + 1].word)


def _business_in_apposition(text: str, words: list[_Token], i: int) -> bool:
    """A name with a business's or an institution's noun in apposition after it („Bogdanka, kopalnia węgla,”,
    „Orlen (stacja paliw)”): the firm's or the body's name, no person's."""
    k = i + 2 if i + 2 < len(words) and name_tags.plain_adjective(words[i + 1].word) \
        and _SPACE.fullmatch(text, words[i + 1].end, words[i + 2].start) else i + 1  # „Bogdanka, największy pracodawca”
    return k < len(words) and words[k].word.islower() and (words[k].word in _EMPLOYER or words[k].lower in _FIRM_ROLES) \
        and bool(_APPOSITION.fullmatch(text, words[i].end, words[i + 1].start))


# Roles a firm takes as much as a person, in apposition to its name (rev-pub20 24).
_FIRM_ROLES = frozenset({"pracodawca", "lider", "producent", "dostawca", "operator", "wydawca", "organizator"})


def _role_in_apposition(text: str, words: list[_Token], i: int) -> bool:
    """A surname that is a word too, with a person's role in apposition after it, in the nominative both („Sowa,
    sąsiadka z parteru, zgłosiła”, „Zarząd: Kurek (przewodniczący)”, „Kurek – przewodniczący rady osiedla”): a
    person (rev-pub18 18, 22) – not a body, a brand, a place nor a police post („Przykładowy – dzielnicowy”)."""
    t = words[i]
    if i + 1 >= len(words) or not t.word.istitle() or not _APPOSITION.fullmatch(text, t.end, words[i + 1].start):
        return False
    k = i + 2 if words[i + 1].lower in _POSSESSIVES | _MY and i + 2 < len(words) \
        and _SPACE.fullmatch(text, words[i + 1].end, words[i + 2].start) else i + 1  # „Kurek, nasz sąsiad,”
    role = words[k]
    if not role.word.islower() or role.word in _OFFICER_WORD or role.word in _RANK \
            or role.word in _POLICE_POST and _employer_after(text, words, i) is True \
            or ("nom", "sg") not in name_tags.person_noun_cases(role.lower) \
            or name_tags.lemmas(role.word) & _FIGURATIVE_ROLES:  # „Lew, król zwierząt”: a figure of speech
        return False  # „Kurek, kierownik sklepu,”, „Sowa, kasjerka z Biedronki,”: a person (rev-pub20 6)
    if i and words[i - 1].word in _EMPLOYER and _SPACE.fullmatch(text, words[i - 1].end, t.start):
        return False  # „Straż Miejska, partner planu”, „Urząd Miejski, partner wiodący”: a body's name (rev-pub19 21)
    if (listed := _NOUNS_LISTED.match(text, role.end)) and name_tags.noun(listed["noun"]) \
            and not name_tags.verb(listed["noun"]):
        return False  # „Lis, zając i sarna wchodzą”: a list of animals' nouns, no role in apposition (rev-pub21 13)
    return ("nom", "sg") in name_tags.surname_cases(t.word) and not (
        t.word in _INSTITUTION or t.word in _EMPLOYER or t.word in _BRAND or t.word in _CLUBS
        or tags(t.word).place and role.lower.startswith(_PLACES_OFFICES))  # „Ludwin – wójt gminy”: the place's


# The rest of a list of lower-case nouns after a word read as a role („, zając i sarna”, „, lis i borsuk”).
_NOUNS_LISTED = re.compile(r"[^\S\n]*(?:,[^\S\n]*|[^\S\n](?:i|oraz|lub|albo)[^\S\n]+)(?P<noun>[a-ząćęłńóśźż]+)(?:[^\S\n]*[,.;:!?–—-]|[^\S\n]+"
                           r"(?:i|oraz|lub|albo|[a-ząćęłńóśźż]+(?:ą|ją|ie|ują|ają|eją|yją)(?![^\W\d_])))")


# A person's age in apposition, closed: „, lat 67,”, „(lat 17)”, „(45 l.)”, „, 45 lat,” – not „Biblioteka, lat 50 w
# służbie”.
# In brackets also „(l. 67)”, a bare age „(67)” and a birth's date „(ur. 1958)” (rev-pub20 6).
_AGE_APPOSITION = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:lat[^\S\n]+\d{1,3}|\d{1,3}[^\S\n]*(?:lat|l\.))[^\S\n]*(?=[,;)]|[–—-][^\S\n])"
                             r"|\([^\S\n]*(?:(?:lat|l\.)[^\S\n]*\d{1,3}|\d{1,3}[^\S\n]*(?:lat|l\.)|(?P<bare>\d{2})"
                             r"|ur\.[^\S\n]*[^()\n]{1,40}|\x00[\x00 ]*)[^\S\n]*\))")  # \x00: a birth's date or a contact cut


def _age_in_apposition(text: str, words: list[_Token], i: int) -> bool:
    """A surname that is a word too with a person's age in apposition after it („Sowa, lat 67, zgłosiła”,
    „Wróbel (45 l.) potwierdził”, rev-pub19 15): a person – a body, a brand, a place or a plural has no age."""
    t = words[i]
    age = _AGE_APPOSITION.match(text, t.end)
    if not (t.word.istitle() and age):
        return False
    if re.search(r"\d", age.group()) and re.search(r"(?<!\w)(?:lat|l\.)", age.group()) and not tags(t.word).known:
        return True  # „Oskarek (lat 12)”: a diminutive the dictionary lacks (rev-pub21 19)
    return _surname_alone(t) and not (age["bare"] and tags(t.word).first)
    # „Sowa (67)”, not „Kalina (12)”: a village's count


# Where a household lives after its surname at „u”/„od”: a street's address in brackets or a flat's locator
# („Interwencja u Kurka (Wiklinowa 4)”, „Zgłoszenie od Kurkowej z parteru”).
_ADDRESS_IN_BRACKETS = re.compile(r"[^\S\n]*\([^\S\n]*(?:ul\.[^\S\n]*)?[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+\d{1,4}[a-zA-Z]?"
                                  r"(?:[^\S\n]*/[^\S\n]*\d{1,4}|[^\S\n]+m\.[^\S\n]*\d{1,4})?[^\S\n]*\)")


def _household(text: str, words: list[_Token], i: int) -> bool:
    """A surname in the genitive after „u” or „od” with where its bearer lives right after (rev-pub21 17): at whose
    home, from whom – a person, not an office's noun („u Sołtysa (Ludwin 12)”) nor a body."""
    t = words[i]
    if not (i and t.word.istitle() and words[i - 1].lower in ("u", "od")
            and _SPACE.fullmatch(text, words[i - 1].end, t.start)):
        return False
    if not (_ADDRESS_IN_BRACKETS.match(text, t.end) or _persons_locator_after(text, t.end)):
        return False
    return any(case == "gen" for case, _ in name_tags.surname_cases(t.word)) \
        and (_surname_alone(t) or tags(t.word).married) \
        and not name_tags.person_noun_cases(t.lower) and not tags(t.word).office  # „od Wróblowej”: a village too


# A quote's speaker: a surname opening its line or sentence, a colon, then the quotation („Kurek: „Nie widziałem
# nic””, rev-pub21 18) – whose words, when they hold a verb (a label's quote, „Cel: „Bezpieczna droga””, has none).
_SPEAKER_AFTER = re.compile(r"[^\S\n]*:[^\S\n]*[„\"«“](?P<quote>[^”\"»\n]{1,200})")


def _speaker(text: str, words: list[_Token], i: int) -> bool:
    t = words[i]
    said = _SPEAKER_AFTER.match(text, t.end)
    if not (said and t.word.istitle() and _sentence_start(text, words, i)):
        return False
    spoken = re.findall(r"[^\W\d_]+", said["quote"].lower())
    return ("nom", "sg") in name_tags.surname_cases(t.word) and _surname_alone(t) \
        and not name_tags.person_noun_cases(t.lower) and any(name_tags.spoken_verb(w) for w in spoken)


# Bare surnames alone in brackets, parted by „/”, „,” or „i”, before a person's verb („[Kurek] zgłaszał hałas”,
# „(Kurek/Sowa) zgłaszali”, rev-pub18 18).
_BRACKETED_NAMES = re.compile(r"[\[(][^\S\n]*(?P<names>[^\W\d_]+(?:[^\S\n]*(?:/|,|[^\S\n](?:i|oraz)[^\S\n])[^\S\n]*"
                              r"[^\W\d_]+){0,3})[^\S\n]*[\])][^\S\n]+(?P<verb>[^\W\d_]+)")


def _bracketed_subjects(text: str, words: list[_Token]) -> set[int]:
    """The starts of the bare surnames _BRACKETED_NAMES finds, each capitalised and a surname in the singular."""
    found = set()
    starts = {t.start: t for t in words}
    for m in _BRACKETED_NAMES.finditer(text):
        if not (person_verb(m["verb"]) or person_verb(m["verb"], "pl")):
            continue
        items = [(w.start() + m.start("names"), w.group()) for w in re.finditer(r"[^\W\d_]+", m["names"])]
        items = [(at, w) for at, w in items if w not in ("i", "oraz")]
        if all(w.istitle() and at in starts and _surname_alone(starts[at]) and not name_tags.person_noun_cases(w.lower())
               for at, w in items):
            found |= {at for at, _ in items}
    return found


# „zam.” (residing) after a bare surname: its bearer's address follows („Sowa zam. Ludwin 45”, rev-pub21 16).
_RESIDING_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*zam\.")


def _after_residing(words: list[_Token], i: int) -> bool:
    """Whether a word follows „zam.”: the place one lives in („zam. Ludwin 45”), no person's name."""
    return bool(i) and words[i - 1].lower == "zam" and words[i - 1].dot


def _resident_by_address(text: str, words: list[_Token], i: int) -> bool:
    t = words[i]
    return t.word.istitle() and bool(_RESIDING_AFTER.match(text, t.end)) and _surname_alone(t) \
        and not name_tags.person_noun_cases(t.lower)


# A messenger's emphasis pasted with the text: a word or a few between „*” or „_” („Hałas zgłosiła *Sowa*”,
# rev-pub20 18) – not a file's or a handle's underscore („jadzia_sowa”), glued to a word on the outside.
# A marker a first pass left there is read so too („*[imię i nazwisko usunięte]*”).
_EMPHASIS = re.compile(r"(?<![\w*~])(?P<mark>\*\*|[*_~])(?P<inner>(?:[^\W\d_]|\[)[^*_~\n]{0,80}?)(?<=[\w.!?\]])"
                       r"(?P=mark)(?![\w*~])")  # and Markdown's bold or strike-through pasted (rev-pub21 8)
# Quotes of other kinds around a word or a few, read as the usual ones by the quoted-name rules (rev-pub21 8): single
# angle quotes, reversed guillemets, and straight single quotes – not an apostrophe inside a word („O'Brien”).
_ANGLE_QUOTES = str.maketrans("‹›", "«»")
_REVERSED_GUILLEMETS = re.compile(r"»(?P<inner>[^«»\n]{1,80})«")  # „»Sowa«”: the German order
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?P<inner>(?:[^\W\d_]|\[)[^'\n]{0,80}?)(?<=[\w.!?\]])'(?![\w'])")


def _with_nicknames(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with the quoted nickname right after a removed surname („Świadek: Kurek „Kogut””, rev-pub20 7):
    the person's too."""
    starts = {b: a for a, b in found}
    extra = [(starts[m.end("surname")], m.end()) for m in _SURNAME_NICKNAMED.finditer(text)
             if m.end("surname") in starts]
    return _merged(text, found + extra) if extra else found


def _surname_alone(t: _Token) -> bool:
    """A capitalised word that may be a private person's surname in the singular: not a body's, a brand's, a club's
    or a place's word."""
    return any(number == "sg" for _, number in name_tags.surname_cases(t.word)) and not (
        t.word in _INSTITUTION or t.word in _EMPLOYER or t.word in _BRAND or t.word in _CLUBS
        or tags(t.word).place and not tags(t.word).surname)


# The role's phrase before a name in apposition: „Sąsiadka z parteru, Sowa,”, „Przewodniczący Rady Osiedla – Kurek –”.
_APPOSED = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+[–—-][^\S\n]+")


def _role_before_apposition(text: str, words: list[_Token], i: int) -> bool:
    """A surname that is a word too between commas or dashes right after a person's role and its complement, up to
    three words back in the clause („Sąsiadka z parteru, Sowa, zgłosiła”, „Przewodniczący Rady Osiedla – Kurek –
    przekaże”, rev-pub19 15): the person the role is."""
    t = words[i]
    if not i or i + 1 >= len(words) or not t.word.istitle() or not (gap := _APPOSED.fullmatch(text, words[i - 1].end, t.start)) \
            or not _APPOSED.fullmatch(text, t.end, words[i + 1].start) \
            or ("," in gap.group()) != ("," in text[t.end:words[i + 1].start]):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        role = words[k]
        if (_role(role) or tags(role.word).office) \
                and not (role.word in _POLICE_POST or role.word in _OFFICER_WORD or role.word in _RANK):
            return _surname_alone(t) and ("nom", "sg") in name_tags.surname_cases(t.word) \
                and not (tags(t.word).place and role.lower.startswith(_PLACES_OFFICES))  # „Wójt gminy – Ludwin –”
        if k and not _SPACE.fullmatch(text, words[k - 1].end, role.start):
            return False
    return False


# „Kontakt: Sowa, tel. …”, „Kontakt: Sowa⏎605 …”: the word between a contact's label and a phone.
_CONTACT_BEFORE = re.compile(r"(?i:(?<!\w)kontakt(?:u|em)?[^\S\n]*:[^\S\n]*)$")
_PHONE_AFTER = re.compile(r"[^\S\n]*[,;]?\s*(?:(?i:tel|kom|nr)\b|\+?\d{2,3}[\s-]?\d{3}|\x00)")  # \x00: a contact cut


def _contact_person(text: str, words: list[_Token], i: int) -> bool:
    """A capitalised word right after „Kontakt:” with a phone after it, on its line or the next: the person to call
    („Kontakt: Sowa⏎tel. 605 …”, rev-pub18 11) – not a body, a brand or a place („Kontakt: Sekretariat, tel.”)."""
    t = words[i]
    if not t.word.istitle() or not _CONTACT_BEFORE.search(text, max(0, t.start - 20), t.start) \
            or not _PHONE_AFTER.match(text, t.end):
        return False
    return bool(name_tags.surname_cases(t.word) or tags(t.word).person) and not (
        t.word in _INSTITUTION or t.word in _EMPLOYER or t.word in _BRAND or t.word in _CLUBS or tags(t.word).place
        and not tags(t.word).surname)


# A private phone cut: blanked by the contacts' pass, or its marker on a second pass.
_CUT_PHONE = r"(?:\x00[\x00 ]*|\[numer telefonu usunięty\])"
# Where a phone's owner stands by it (rev-pub20 13, 21): in brackets or after a dash or a colon after the number
# („605 444 333 (Kurek)”, „605 444 333 – Kurek”), opening the line after it („Kontakt: 605 444 333⏎Sowa”, „…⏎Sowa,
# parter”), after a number's label before the number („Kontakt z Kurkiem: 605 …”, „Tel. do Kurka:”, „Numer
# Kurkowej:”, „Kontakt z Sową – 605 …”, rev-pub21 7).
_OWNER_BEFORE = re.compile(rf"{_CUT_PHONE}[^\S\n]*(?:[(:–—-][^\S\n]*|\n[^\S\n]*(?P<line>))$"
                           r"|(?i:(?<!\w)(?:kontakt\w*[^\S\n]+(?:z|ze|do)|tel(?:\.|efon\w*)(?:[^\S\n]*(?:do|kom\.?))?"
                           r"|numer\w*(?:[^\S\n]+(?:tel\.|telefonu))?(?:[^\S\n]+do)?|nr[^\S\n]+tel\.(?:[^\S\n]*do)?)"
                           r"[^\S\n]+)(?P<to>)$")
# the owner's line ends after the name, or goes on with where they live after a comma or a dash („Sowa, parter”)
_OWNER_LINE_END = re.compile(r"[^\S\n]*(?:[,;.]|\([^()\n]*\))?[^\S\n]*(?:\n|$)"
                             r"|[^\S\n]*(?:,|[^\S\n][–—-])[^\S\n]*[^\W\d_]+(?:[^\S\n]+[^\W_]+){0,2}\.?[^\S\n]*(?:\n|$)")
_PHONE_TO = re.compile(rf"[^\S\n]*(?::|[^\S\n][–—-])[^\S\n]*(?:{_CUT_PHONE}|(?i:tel|kom)\b|\+?\d)")
# The number after the owner: on the next line („Kurek⏎605 …”, „Kurek:⏎605 …”), after „, tel.” („Kurek, tel.⇥605”),
# or in brackets („Kurkowie (605 444 333)”).
_PHONE_NEXT = re.compile(rf"[^\S\n]*[:–—-]?[^\S\n]*\n[^\S\n]*(?:(?i:tel|kom|nr)\b|\+?\d{{2,3}}[\s-]?\d{{3}}|{_CUT_PHONE})"
                         rf"|[^\S\n]*[,;][^\S\n]*(?:(?i:tel|kom)\.?\s*)?{_CUT_PHONE}|[^\S\n]*\([^\S\n]*{_CUT_PHONE}")
_LINE_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:[^\W\d_]+[^\S\n]*:[^\S\n]*)?$")  # „zastępca: Kurek⏎605 …”


def _phone_owner(text: str, words: list[_Token], i: int) -> bool:
    """A capitalised word that names whose a private phone is by where it stands to the number (_OWNER_BEFORE,
    _PHONE_NEXT): the person – not a body, a brand or a place („605 … – Urząd Gminy”)."""
    t = words[i]
    if not t.word.istitle():
        return False
    before = _OWNER_BEFORE.search(text, max(0, t.start - 40), t.start)
    owner = bool(before) and (before["line"] is None or bool(_OWNER_LINE_END.match(text, t.end)) and any(
        case == "nom" for case, _ in name_tags.surname_cases(t.word) | tags(t.word).forms)) \
        and (before["to"] is None or bool(_PHONE_TO.match(text, t.end)))
    if not owner and not (_PHONE_NEXT.match(text, t.end) and _LINE_LABEL.search(text, max(0, t.start - 30), t.start)
                          or re.match(rf"[^\S\n]*\([^\S\n]*{_CUT_PHONE}", text[t.end:t.end + 30])):
        return False
    return bool(name_tags.surname_cases(t.word) or tags(t.word).person) and not (
        t.word in _INSTITUTION or t.word in _EMPLOYER or t.word in _BRAND or t.word in _CLUBS or tags(t.word).place
        and not tags(t.word).surname and not (tags(t.word).married and before and before["to"] is not None))
    # „Numer Wróblowej:”: a wife's form, though a village's name too, is whose number a label names


# Reports and who they came from, the senders coordinated („liczba zgłoszeń od Kurka i Sowy”, rev-pub22 15).
_REPORTS_SENT_FROM = re.compile(r"(?<![^\W\d_])(?i:zgłosze\w*|skarg\w*|sygnał\w*|wnios\w*|donies\w*|telefon\w*"
                                r"|informacj\w*|uwag\w*)[^\S\n]+od[^\S\n]+(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+"
                                r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:i|oraz)[^\S\n]+))*$")


def _report_sender(text: str, words: list[_Token], i: int) -> bool:
    """A surname in the genitive whose reports a text counts or names („zgłoszeń od Kurka i Sowy”, „Zgłoszenie od
    Kurka wpłynęło”): the person – not an office, a body, a brand or a place („skargi od Sołtysa”, „od Gminy”)."""
    t = words[i]
    if not t.word.istitle() or not _REPORTS_SENT_FROM.search(text, max(0, t.start - 120), t.start):
        return False
    found = tags(t.word)
    return (any(case == "gen" for case, _ in name_tags.surname_cases(t.word)) or "gen" in name_tags.married_cases(t.word)) \
        and not (found.office or t.word in _INSTITUTION or t.word in _EMPLOYER or t.word in _BRAND or t.word in _CLUBS
                 or found.place and not (found.surname or found.married))


_PLACES_OFFICES = ("wójt", "burmistrz", "sołty", "starost", "prezydent", "marszał", "wojewod", "radn", "proboszcz")


def _thing_as_surname(text: str, words: list[_Token], i: int, honoured: set[int]) -> bool:
    """Whether the word after words[i] is a surname though the dictionary knows it only as a thing, a fruit or an
    animal (name_tags.thing_noun: „Wiśnia”, „Truskawka”): after „Pani”/„Pan”, after a role noun in the nominative
    („Sąsiadka Wiśnia”), or after a first name that is a word too when a person's verb agrees right before or after
    („Jagoda Wiśnia przekazała”, „przekazała Jagoda Wiśnia”)."""
    a, b = words[i], words[i + 1]
    if not (b.word.istitle() and _LINE_SPACE.fullmatch(text, a.end, b.start) and name_tags.thing_noun(b.word)) \
            or b.word in _BRAND or b.word in _EMPLOYER:
        return False  # „Kierowca Audi”, „Pracownik Biedronka”
    if a.lower in ("pani", "pan"):
        return b.start in honoured
    if _role(a) and ("nom", "sg") in name_tags.person_noun_cases(a.lower) or a.lower in _A_CERTAIN:
        return True  # „Sąsiadka Wiśnia”, „niejaka Wiśnia” (rev-pub19 18)
    return _first_name_told(text, words, i)


# „a certain”, in every case: said only before a person's name, so the thing's word after is a surname.
_A_CERTAIN = frozenset({"niejaki", "niejaka", "niejakiego", "niejakiej", "niejakiemu", "niejakim", "niejaką",
                        "jakiś", "jakaś", "jakiegoś", "jakiejś", "jakiemuś", "jakimś", "jakąś"})


def _town_as_surname(text: str, words: list[_Token], i: int, honoured: set[int]) -> bool:
    """Whether the unit's town after words[i] is a person's surname (README: the town stays unless „Pan/Pani”, a
    role or a person's verb tells a person): after „Pani”/„Pan” („Pani Łęczna zgłosiła”), or after a first name
    with a person's verb right before or after („Jan Łęczna zgłosił kradzież”)."""
    a, b = words[i], words[i + 1]
    if not (b.word.istitle() and _LINE_SPACE.fullmatch(text, a.end, b.start)):
        return False
    return b.start in honoured and a.lower in ("pani", "pan") or _first_name_told(text, words, i)


def _first_name_told(text: str, words: list[_Token], i: int) -> bool:
    """Whether words[i] is a capitalised first name and it with the word after it is the subject of a person's verb
    right after the pair or right before it at the clause's end („Jagoda Wiśnia przekazała”, „przekazała Jagoda
    Wiśnia.”)."""
    a, b = words[i], words[i + 1]
    if not (a.word.istitle() and (tags(a.word).first or a.word in COMMON_FIRST)):
        return False
    after = words[i + 2] if i + 2 < len(words) and _LINE_SPACE.fullmatch(text, b.end, words[i + 2].start) else None
    before = words[i - 1] if i and _LINE_SPACE.fullmatch(text, words[i - 1].end, a.start) else None
    return bool(after and person_verb(after.word) or before and person_verb(before.word)
                and _CLAUSE_END.match(text, b.end))


def _longer_name(text: str, words: list[_Token], i: int) -> bool:
    """Whether a capitalised word opens a longer name of a body („Straż Miejska”, „Gmina Łęczna”): the next word on
    its line, after a space only, is capitalised too."""
    return i + 1 < len(words) and words[i + 1].word[0].isupper() \
        and _LINE_SPACE.fullmatch(text, words[i].end, words[i + 1].start) is not None


_LIST_ITEM = re.compile(r"^[^\S\n]*(?:\d{1,3}[.)]|[a-z]\)|[-–—•*·▪])[^\S\n]*(?P<body>[^\n]*?)[^\S\n]*[.,;]?[^\S\n]*$",
                        re.MULTILINE)
_NAME_BODY = re.compile(r"[^\W\d_]+(?:(?:[^\S\n]+|-)[^\W\d_]+){0,3}")


_COMITATIVE = re.compile(r"[^\S\n]+(?:wraz|razem)[^\S\n]+ze?[^\S\n]+")


def _comitatives(text: str, words: list[_Token]) -> list[tuple[int, int]]:
    """Pairs of a word and the one „wraz z”/„razem z” joins to it („Kowalska wraz z Sową”): one more person with
    the one named, as „i” adds one (rev-pub18 4)."""
    return [(i, i + 3) for i in range(len(words) - 3)
            if words[i + 1].lower in ("wraz", "razem") and _COMITATIVE.fullmatch(text, words[i].end, words[i + 3].start)]


def _covered(words: list[_Token], spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the words lying whole inside one of spans, in one walk over both sorted: testing every word
    against every span made a field of many removed names quadratic (rev-pub18 15). A word is inside one iff the
    farthest end of the spans starting at or before it reaches its end."""
    ordered, covered, k, reach = sorted(spans), set(), 0, -1
    for i, t in enumerate(words):
        while k < len(ordered) and ordered[k][0] <= t.start:
            reach = max(reach, ordered[k][1])
            k += 1
        if t.end <= reach:
            covered.add(i)
    return covered


def _line_before(text: str, at: int) -> str:
    """The last line holding more than white space before `at`, read back from `at` only (not the text's whole
    prefix copied for each list)."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]


def _list_siblings(text: str, words: list[_Token], taken: set[int]) -> list[list[int]]:
    """The one-word items of a list one item a line („1. Jan Kowalski⏎2. Sowa⏎3. Wróbel”) whose other item is a
    removed name and nothing else, with its words: the group `_coordinated` reads as a coordination."""
    starts, groups, current, line_end = [t.start for t in words], [], [], -2
    for m in _LIST_ITEM.finditer(text):
        body = range(bisect_left(starts, m.start("body")), bisect_left(starts, m.end("body")))
        item = list(body) if body and _NAME_BODY.fullmatch(m["body"]) \
            and all(words[i].word[0].isupper() for i in body) else []
        if m.start() != line_end + 1:
            current = []
            if _persons_heading(_line_before(text, m.start())):
                groups.append(current)
        current.append(item)
        line_end = m.end()
    found = []
    for items in groups:
        named = [i for item in items if item and all(i in taken for i in item) for i in item]
        lone = [item[0] for item in items if len(item) == 1 and item[0] not in taken]
        if named and lone:
            found.append(named + lone)
    return found


_PERSONS_HEADINGS = frozenset({"obecni", "nieobecni", "zgłaszający", "zgłaszające", "pouczeni", "ukarani", "zatrzymani",
                               "wylegitymowani", "poszkodowani", "podejrzani", "sprawcy", "świadkowie",
                               "osoby", "osoba"})  # „Osoby:”, „Osoby do kontaktu:” (rev-pub21 4)
_PERSONS_LISTS = frozenset({"lista", "wykaz", "spis"})  # „Lista osób:”, „Wykaz osób:”


# Up to three words before a colon, a list's heading at a line's end too („… cyfrowe. Mandaty otrzymali:⏎Kurek”).
# A count in brackets may stand before the colon („Zgłaszający (3):”, rev-pub19 28); the items after it go on past
# a line break after a separator („Pouczeni: Kowalski; Kurek;⏎Sowa.”, rev-pub19 24).
# A spaced dash may stand for the colon („Zgłaszający – Kurek;⏎Sowa”, rev-pub20 5).
_HEADING = re.compile(r"(?<![^\W\d_])(?P<head>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2})(?:[^\S\n]*\(\d{1,3}\))?"
                      r"(?::|[^\S\n]+[–—](?=[^\S\n]))[^\S\n]*"
                      r"(?P<rest>[^\n]*(?:(?<=[,;])[^\S\n]*\n[^\n]*)*)$", re.MULTILINE)
# The items after a heading's colon: parted by „;”, a comma, a line break or any mark a list is typed with („Kurek •
# Sowa”, „Kurek/Sowa”, „Kurek | Sowa”, „Kurek + Sowa”, „Kurek & Sowa”, rev-pub20 5).
# A count ends an item where the next one follows with no mark between, as lines joined into one paragraph read
# („Liczba zgłoszeń: Kurek – 3 Sowa – 2”).
# A tab parts cells as a mark does („Zgłaszający:⇥Kurek⇥Sowa”, rev-pub20 21).
# An inline item's number parts items as a mark does („Zgłaszający: 1. Kurek 2. Sowa”, rev-pub22 16).
_HEADED_ITEM = re.compile(r"(?:[^\S\n]*\d{1,3}[.)])?[^;,•|/+&·▪\t\n\d]+?"
                          r"(?=[^\S\n]+\d{1,3}[.)][^\S\n]*[A-ZĄĆĘŁŃÓŚŹŻ])"
                          r"|[^;,•|/+&·▪\t\n]*?\d\)?(?=[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ])|[^;,•|/+&·▪\t\n]+")
# An item's opening: a number, a letter, a Roman numeral („II. Sowa”) or a bullet.
_ITEM_OPENING = re.compile(r"[^\S\n]*(?:\d{1,3}[.)]|[a-z]\)|[IVX]{1,4}[.)](?=[^\S\n])|[-–—•*·▪])?[^\S\n]*")
# Headings of reports counted or listed by whom they came from („Zgłoszenia od:”, „Liczba zgłoszeń:”, rev-pub20 17).
_REPORTS_FROM = re.compile(r"(?i:(?:zgłoszeni[ae]|skargi|skarga|sygnały|wnioski|telefony|informacje)[^\S\n]+od"
                           r"(?:[^\S\n]+[^\W\d_]+)?|liczba[^\S\n]+(?:zgłoszeń|skarg|sygnałów|telefonów))")  # „od mieszkańców:”
_COUNTED_LINE = re.compile(r"[^\S\n]*[^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*(?:\([^\S\n]*\d{1,4}[^\S\n]*\)|[–—-][^\S\n]*\d{1,4}"
                           r"|[×x][^\S\n]*\d{1,4}|:[^\S\n]*\d{1,4})[^\S\n]*[,;.]?[^\S\n]*")
_COUNT_END = re.compile(r"(?:\([^\S\n]*\d{1,4}[^\S\n]*\)|[–—-][^\S\n]*\d{1,4}|[×x][^\S\n]*\d{1,4}|:[^\S\n]*\d{1,4})[^\S\n]*$")


# A place's noun before its name („wsi Ludwin”, „Gminy Cyców”, „sołectwa Nadrybie”).
_PLACE_HEADS = frozenset("""wieś wsi gmina gminy gminie gminą miasto miasta mieście sołectwo sołectwa sołectwie osiedle
    osiedla osiedlu powiat powiatu powiecie""".split())


def _places_name(text: str, words: list[_Token], i: int) -> bool:
    """Whether words[i] is a place's name after its noun („Wójt Gminy Cyców, Jan Nowak,”, „Sołtys wsi Ludwin, Anna
    Nowak,”: the commune, not a person listed before one, rev-pub21 6)."""
    return i > 0 and words[i - 1].lower in _PLACE_HEADS and _LINE_SPACE.fullmatch(text, words[i - 1].end, words[i].start) \
        is not None


def _region_name(text: str, words: list[_Token], i: int) -> bool:
    """Whether words[i] is a region's adjective after its noun („Ziemia Łęczyńska”, „Pojezierze Łęczyńskie”)."""
    return i > 0 and words[i - 1].lower in _REGION_HEADS and words[i - 1].word[0].isupper() \
        and _LINE_SPACE.fullmatch(text, words[i - 1].end, words[i].start) is not None \
        and name_tags.adjective(words[i].lower) is not None


def _clearly_surname(word: str) -> bool:
    """A wife's form or a surname the dictionary knows as no place, first name or ordinary word („Kurkowej”,
    „Nowaka”): whose reports a count list gives, so an item that is a village's name too is a person's there."""
    found = tags(word)
    return (found.married or bool(found.surname) and not (found.ordinary or found.place)) \
        and not (found.first or found.geographic)


def _headed_items(text: str, words: list[_Token]) -> list[int]:
    """The first word of every item of a list of persons – under a persons' heading or a persons' plural verb
    („Zgłaszający:”, „Pouczeni:”, „Mandaty otrzymali:”), one an item a line (bulleted, numbered or bare) or
    „;”-separated after the colon – when a word or a parenthesis follows it, not a capitalised name going on
    („- Wróbel (tel. …)”, „Sowa z parteru”): each item names a person however it ends (rev-pub18 1)."""
    starts, found = [t.start for t in words], []
    for m in _HEADING.finditer(text):
        heads = _WORD.findall(m["head"])
        if not heads or not (_persons_heading(m["head"] + ":") or person_verb(heads[-1].lower(), "pl")
                             or _REPORTS_FROM.fullmatch(m["head"])):
            continue
        reports = _REPORTS_FROM.fullmatch(m["head"])
        items = [(m.start("rest") + p.start(), p.group()) for p in _HEADED_ITEM.finditer(m["rest"])] if m["rest"] \
            else _item_lines(text, m.end())
        if reports and m["rest"] and _COUNT_END.search(m["rest"]):  # „Zgłoszenia od: Kurek (3)⏎Sowa (2)” (rev-pub21 9)
            items += list(takewhile(lambda line: _COUNTED_LINE.fullmatch(line[1]), _item_lines(text, m.end())))
        firsts = []
        for at, item in items:
            opening = _ITEM_OPENING.match(item).end()
            i = bisect_left(starts, at + opening)
            if i < len(words) and words[i].start == at + opening \
                    and re.match(r"[^\S\n]*(?:$|[.,;(–—-]|:[^\S\n]*\d|[^\S\n]+[^\W\d_]*[a-ząćęłńóśźż(])",
                                 text[words[i].end:at + len(item)]):
                firsts.append(i)
        places = [i for i in firsts if tags(words[i].word).place and not name_tags.surname_itself(words[i].word)]
        if reports and places and any(_clearly_surname(words[i].word) for i in firsts) \
                and all(name_tags.surname_cases(words[i].word) for i in places):
            places = []  # „Zgłoszenia od: Kurkowej (3), Sowy (2)”: whose, though „Sowy” is a village too
        if reports and (places or any(
                name_tags.plain_adjective(words[i].word) and not tags(words[i].word).married
                or words[i].word.islower() or name_tags.calendar(words[i].word) for i in firsts)):
            continue  # „Liczba zgłoszeń: Ludwin – 3, Cyców – 2”: counted by village; „Lipowa – 3, Wiklinowa – 2”: by
            # street; „lipiec – 4, sierpień – 3”, „hałas – 4, alkohol – 6”: by month, by offence (rev-pub21 20)
        found += firsts
    return found


# A private person's contact in a table's cell: a phone, a house number with a flat's („Wiklinowa 4/2”, „4 m. 2”),
# or the marker a first pass left for one, or the blank a contact's pass left (pismo.publication.redact._masked).
_CONTACT_CELL = re.compile(r"(?:\+?\d[\d \-]{7,}\d|[^\W\d_]+[^\S\n]+\d+[a-zA-Z]?(?:/\d+|[^\S\n]+m\.?[^\S\n]*\d+)"
                           r"|(?:[^\W\d_]+[^\S\n]+)?(?:\[numer (?:telefonu|mieszkania) usunięty\]|\x00+))")
_NAME_COLUMNS = frozenset({"nazwisko", "imię i nazwisko", "nazwisko i imię", "nazwisko, imię", "osoba", "zgłaszający",
                           "zgłaszająca", "świadek", "sprawca", "poszkodowany", "poszkodowana"})
_CELL_NAME = re.compile(r"[^\S\n]*([^\W\d_]+)[^\S\n]*")


_ROW_DASH = re.compile(r"[^\S\n]+[–—-][^\S\n]+")  # a row's cells parted by a spaced dash under a persons' heading


def _tab_row_names(text: str, words: list[_Token]) -> list[int]:
    """A one-word cell of a table typed with tabs (rev-pub19 4) under a „Nazwisko” column's heading, or in a row
    with a private contact's cell (_CONTACT_CELL: „Kurek⇥605 444 333⇥Wiklinowa 4/2”): the person's surname. The
    caller keeps only a word that may be a surname."""
    starts, found, column, at = [t.start for t in words], [], None, 0
    for line in text.split("\n"):
        cells, offset = [], at
        for cell in line.split("\t"):
            cells.append((offset, cell))
            offset += len(cell) + 1
        if len(cells) < 2 and column == 0 and (dash := _ROW_DASH.search(line)):  # „Świadkowie⏎Wróblowa – parter”
            cells = [(at, line[:dash.start()]), (at + dash.end(), line[dash.end():])]  # (rev-pub21 12)
        at += len(line) + 1
        if len(cells) < 2:  # a persons' heading alone on its line heads a table of them („Świadkowie⏎Kurek⇥parter”)
            column = 0 if line.strip() and _persons_heading(line.strip().rstrip(":") + ":") else None
            continue
        heads = [cell.strip().lower().rstrip(":") for _, cell in cells]
        if named := [k for k, head in enumerate(heads) if head in _NAME_COLUMNS]:
            column = named[0]
            continue
        contact = any(_CONTACT_CELL.fullmatch(cell.strip()) for _, cell in cells)
        for k, (offset, cell) in enumerate(cells):
            if (contact or k == column) and (m := _CELL_NAME.fullmatch(cell)):
                found.append(bisect_left(starts, offset + m.start(1)))
    return found


def _item_lines(text: str, at: int) -> list[tuple[int, str]]:
    """The lines of a list right after a heading's line, up to a blank line or the text's end (at most fifty)."""
    lines = []
    while at < len(text) and text[at] == "\n" and len(lines) < 50:
        end = text.find("\n", at + 1)
        end = len(text) if end < 0 else end
        if not text[at + 1:end].strip():
            break
        lines.append((at + 1, text[at + 1:end]))
        at = end
    return lines


def _persons_heading(line: str) -> bool:
    """Whether a line heads a list of persons: it ends with a colon after persons' plural noun or adjective
    („Zgłaszający:”, „Obecni na spotkaniu:”, „Mandaty otrzymali:” is not one – a verb)."""
    if not line.endswith(":"):
        return False
    heads = [w.lower() for w in _WORD.findall(line)][:3]
    if heads[:1] and heads[0] in _PERSONS_LISTS and heads[1:2] == ["osób"]:
        return True
    return any(w in _PERSONS_HEADINGS or w in _NAME_LABELS or ("nom", "pl") in name_tags.person_noun_cases(w)
               for w in heads)


# A talk with persons („Rozmowa z Kurkiem i Wróblem”, „rozmawiano z …”); a quarrel's nouns are _QUARREL.
_TALK = _forms(("rozmowa", "wywiad", "konfrontacja", "mediacja"))
_TALK_VERB = re.compile(r"(?:po|prze)?rozmaw\w*")


def _talked_with(text: str, words: list[_Token], group: list[int]) -> bool:
    """Whether coordinated surnames in the instrumental follow „z” after a talk's or a quarrel's noun or a verb of
    talking up to three words back („Rozmowa z Kurkiem i Wróblem”, „Konflikt z Sową i Wróblem”, „Rozmawiano
    wczoraj z Kurkiem i Sową”): persons, though each is a word too."""
    first = group[0]
    if first < 2 or words[first - 1].lower not in ("z", "ze") \
            or not all(("inst", "sg") in name_tags.surname_cases(words[i].word) for i in group):
        return False
    for k in range(first - 2, max(-1, first - 5), -1):
        if not _LINE_SPACE.fullmatch(text, words[k].end, words[k + 1].start):
            return False
        if words[k].word in _TALK or words[k].word in _QUARREL or _TALK_VERB.fullmatch(words[k].lower):
            return True
    return False


def _plural_subjects(text: str, words: list[_Token], group: list[int]) -> bool:
    """Whether coordinated surnames in the nominative are the subjects of a person's plural verb right after them
    („Wróbel i Kurek zgłosili”) or right before them, a colon between too, at the clause's end („Hałas zgłosili
    Wróbel i Kurek.”, „Mandaty otrzymali: Kurek, Wróbel.”)."""
    last, first = group[-1], group[0]
    after = words[last + 1] if last + 1 < len(words) else None
    after = after if after and _SPACE.fullmatch(text[words[last].end:after.start]) else None
    opening = _verb_gap(text, words, _past_inserts(text, words, first))  # „Hałas zgłaszali m.in. Kurek, Sowa i Wróbel”
    if opening and _examples_of_persons(text, words, opening):
        return True  # „Hałas zgłaszali mieszkańcy, m.in. Kurek i Sowa.” (rev-pub21 2)
    before = words[opening - 1] if opening else None
    # a line break may part the verb from them („Kradzież zgłaszali⏎Kurek i Sowa.”, rev-pub20 11)
    before = before if before and re.fullmatch(r"[^\S\n]*:?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)",
                                              text[before.end:words[opening].start]) else None
    place = _PLACE_OF_A_PERSON.match(text, words[last].end)  # „… Kurek i Sowa z Wiklinowej.” (rev-pub20 20)
    ends = bool(re.match(r"[^\S\n]*(?:[.,;:!?)]|$)", text[words[last].end:words[last].end + 3])
                or place and _PLACE_TAIL.match(text, place.end()))
    if all(("acc", "m1") in tags(words[i].word).forms for i in group) \
            and (after and name_tags.impersonal(after.word) or before and name_tags.impersonal(before.lower) and ends):
        return True  # „Pouczono Kurka i Wróbla.”, „Kurka i Wróbla pouczono”: the persons acted on
    if not all(("nom", "sg") in name_tags.surname_cases(words[i].word) for i in group):
        return False
    numbers = ("pl", "sg") if _DISJUNCTION.search(text, words[first].end, words[last].start) else ("pl",)
    verb = before and (before.lower if _sentence_start(text, words, opening - 1) else before.word)  # „Zgłosili go⏎Kurek”
    return any(after and _persons_verb(after.word, n) or before and _persons_verb(verb, n) and ends
               for n in numbers) or bool(before and place and name_tags.plural_verb(verb) and ends) \
        or bool(before and ends and name_tags.past_plural(verb) and any(name_tags.married_cases(words[i].word)
                                                                        for i in group))
    # „Nagrania przesłały Sowa i Kurkowa.”: any verb's past plural of women with a wife's form among them (rev-pub21 1)
    # „Udział wezmą Kurek i Sowa z Wiklinowej”: any verb's plural, two persons from where they live (rev-pub20 20)  # „Wróbel albo Kurek zgłosił”: either one, the verb singular or plural


def _verb_gap(text: str, words: list[_Token], index: int) -> int:
    """The index after the verb before coordinated subjects, past up to three words between: adverbs, „się” and
    a preposition's phrase („zgłaszali głównie Kurek i Sowa”, „Przyszli na spotkanie⏎Kurek i Sowa”, rev-pub21 2)."""
    k = index
    while k > 0 and index - k < 3 and _INSERT_GAP.fullmatch(text, words[k - 1].end, words[k].start):
        t = words[k - 1]
        if name_tags.verb(t.lower) or not t.word.islower():
            break
        if t.lower == "się" or name_tags.adverb(t.word) or t.lower in _PREPOSITIONS:
            k -= 1
        elif k > 1 and words[k - 2].lower in _PREPOSITIONS and words[k - 2].word.islower():
            k -= 2  # „na spotkanie”, „do dyżurnego”
        else:
            break
    return k if 0 < k < index and name_tags.verb(words[k - 1].lower) else index


def _examples_of_persons(text: str, words: list[_Token], opening: int) -> bool:
    """Whether the names give examples of a persons' plural noun before them („mieszkańcy, m.in. Kurek”, „sąsiedzi,
    np. Kurek”)."""
    t = words[opening - 1]
    return t.word.islower() and ("nom", "pl") in name_tags.person_noun_cases(t.word) \
        and re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[t.end:words[opening].start]) is not None \
        and words[opening].lower in ("m", "np", "zwłaszcza", "głównie", "szczególnie", "w")


def _persons_verb(word: str, number: str) -> bool:
    """A person's verb in that number, or any verb's past plural of men („Ulotki roznosili Kurek oraz Sowa”,
    rev-pub20 11): its subjects are persons."""
    return bool(person_verb(word, number)) or number == "pl" and name_tags.virile_past(word)


# The rest of where a person is from, to the clause's end („… z Wiklinowej 4.”, „… z bloku nr 3,”).
_PLACE_TAIL = re.compile(r"[\w/]*(?:[^\S\n]+(?:nr\.?|\d+[a-zA-Z]?(?:/\d+)?|[^\W\d_]+)){0,3}?[^\S\n]*(?:[.,;:!?)]|$)")
_DISJUNCTION = re.compile(r"[^\S\n](?:albo|lub|bądź)[^\S\n]")


# Connective and focus particles between a verb and its subject after it, or between a subject and its verb
# („zgłosił też Wróbel”, „zgłosiła natomiast Mazurowa”, „zgłosił sam Wróbel”, „Mazur jednak zgłosił”): no part of
# the clause's subject nor object, so the verb still tells of the person (rev-pub18 3).
_VERB_PARTICLES = frozenset({"też", "także", "również", "ponadto", "dodatkowo", "natomiast", "zaś", "jednak",
                             "jednakże", "jeszcze", "nawet", "tylko", "jedynie", "sam", "sama", "sami", "same",
                             "dopiero", "znów", "znowu", "zresztą", "wreszcie"})


# Words standing between a verb and its subject after it, besides the particles: an object's pronoun („zgłosił go
# Kurek”), an abbreviation of an example or a name („zgłaszali m.in. Kurek”, „np. Szczygieł”, „zniszczył tzw.
# Wróbel”), „jakiś” (rev-pub19 18, 28).
_OBJECT_PRONOUNS = frozenset({"go", "ją", "je", "mu", "jej", "im", "ich", "nas", "nam", "was", "wam", "mi", "mnie",
                              "to"})  # „Zgłaszali to Kurek i Sowa”, „Zgłosił to Kurek” (rev-pub20 11)
_INSERTED_ABBREVIATIONS = frozenset({"np", "tj", "tzn", "tzw", "wg"})
_SOME = frozenset({"jakiś", "jakaś", "jakiegoś", "jakiejś", "jakiemuś", "jakimś", "jakąś", "czyli"})
_INSERT_GAP = re.compile(r"\.?[^\S\n]+|\.|\.?[^\S\n]*\n[^\S\n]*")  # „Zgłaszali to⏎Kurek i Sowa” (rev-pub20 11)


def _past_inserts(text: str, words: list[_Token], index: int) -> int:
    """The index of the first of up to three inserted words right before `index` (_VERB_PARTICLES,
    _OBJECT_PRONOUNS, _INSERTED_ABBREVIATIONS, „m.in.”, _SOME), else `index`."""
    k = index
    while k > 0 and index - k < 3 and _INSERT_GAP.fullmatch(text, words[k - 1].end, words[k].start) \
            and _inserted(text, words, k - 1):
        k -= 1
    return k


def _inserted(text: str, words: list[_Token], j: int) -> bool:
    t = words[j]
    if t.lower in _VERB_PARTICLES or t.lower in _OBJECT_PRONOUNS or t.lower in _SOME:
        return t.word.islower()
    if t.lower in _INSERTED_ABBREVIATIONS or t.lower == "in" and j and words[j - 1].lower == "m" and words[j - 1].dot:
        return t.dot
    return t.lower == "m" and t.dot and j + 1 < len(words) and words[j + 1].lower == "in" \
        and words[j + 1].start == t.end + 1


def _quoted_person(names: list[_Token]) -> bool:
    """A name in quotes that is a person's, not a campaign's, a firm's or an estate's („Batory”): a first name with a
    surname („„Kasia Wróbel 606100200””, „„Zenek Kowal””)."""
    first = names[0].word
    return len(names) > 1 and (first in COMMON_FIRST or bool(tags(first).first) or bool(_DIMINUTIVE.fullmatch(first)))


_QUOTE_END = re.compile(r"[”\"«»“\n]")
_PAST_PERSON = re.compile(r"(?<=[łl][aoiy])(?:m|ś|śmy|ście)$|(?<=ł)(?:em|eś)$")  # SGJP parts „widział|am”


# An inscription's noun right before a quotation, or a verb of writing or painting right after it: what the quotation
# holds is a resident's text on a wall or a door.
_INSCRIPTION_BEFORE = re.compile(r"(?<!\w)(?:napis\w*|graffiti|hasł\w*|wpis\w*|bazgroł\w*|tag\w*)[^\S\n]*(?:o[^\S\n]+treści"
                                 r"[^\S\n]*)?:?[^\S\n]*[„\"«»“]$", re.IGNORECASE)
_INSCRIPTION_AFTER = re.compile(r"[^\S\n]*[,–—-]?[^\S\n]*(?:na|wy|po)?(?:pisa|malowa|sprejowa|sprayowa|skroba|ryso)\w*",
                                re.IGNORECASE)


def _opens_an_inscription(text: str, t: _Token) -> bool:
    """Whether a word that is no name opens a quoted inscription („Napis „Jebać Nowaka””): capitalised as its first."""
    return text[t.start - 1:t.start] in ("„", '"', "«", "»", "“") and not tags(t.word).person \
        and bool(_INSCRIPTION_BEFORE.search(text, max(0, t.start - 30), t.start))


def _quoted_speech(text: str, start: int) -> bool:
    """Whether a quotation opening at `start` is a sentence with a verb („„Wiśniewski z 8a znowu bije żonę””,
    „„Widziałam Szymona W. przy garażach””): a resident's words, judged as the same words unquoted – not a firm's,
    an estate's or a campaign's name quoted whole („sklep „Groszek””, „„Batory” Sp. z o.o.”); a shout or a
    sentence with „to” is one too."""
    close = _QUOTE_END.search(text, start)
    inside = text[start:close.start() if close else len(text)]
    quoted = re.findall(r"[^\W\d_]+", inside)
    if inside.rstrip().endswith("!") or "to" in quoted[1:-1]:
        return True  # a shout („„Zieliński!””) or a copula's sentence, graffiti's („„Kowalski to kapuś””)
    if len(quoted) > 1 and (_INSCRIPTION_BEFORE.search(text, max(0, start - 30), start)
                            or close and _INSCRIPTION_AFTER.match(text, close.end())):
        return True  # an inscription, whatever its form („„Kowalski kapuś” – napisali”); one word may be a tag („„Batory””)
    return any(_verb_form(word.lower() if k == 0 else word) for k, word in enumerate(quoted))


def _verb_form(word: str) -> bool:
    """Whether a lower-case word is a verb's form, a past one with its person's ending too („widziałam”: SGJP
    parts it „widział|am”)."""
    return name_tags.verb(word) or bool(_PAST_PERSON.search(word)) and name_tags.verb(_PAST_PERSON.sub("", word))


def _message_verb(word: str) -> bool:
    """Whether a lower-case word is a verb of a person's message after a bare „Róża:” – a first or second person
    („widziałam”: SGJP parts it „widział|am”), a plural, an order; a heading's „Nadzieja: uda się” has none."""
    return bool(_PAST_PERSON.search(word)) and name_tags.verb(_PAST_PERSON.sub("", word)) \
        or name_tags.message_verb(word)


def _may_be_first(t) -> bool:
    """Whether a capitalised word (a token or a word) may be a first name at all, whatever else it is („Róża”,
    „Kalina”, „Bartosz”; a diminutive): for frames that tell a person by themselves (pismo.publication.labelled)."""
    word = t if isinstance(t, str) else t.word
    return bool(lower_names.first_cases(word.lower()) or name_tags.diminutive_cases(word.lower())) \
        or not isinstance(t, str) and _lone_first(t)


def _addressed(text: str, ts: list[_Token], names: list[_Token]) -> bool:
    """A quotation opening with „Pani”, „Panie” and a name, the speech going on after it („„Pani Jadziu, proszę
    dzwonić””) – not a title quoted whole („„Pan Tadeusz””)."""
    return ts[0].lower in HONORIFICS and len(names) < len(ts) \
        and text[ts[-1].end:ts[-1].end + 1] not in ("”", '"', "«", "»", "“")


def _subject_after(text: str, words: list[_Token], k: int) -> bool:
    """A noun only in the nominative right after a verb, maybe past an adverb or an adjective („zgłosiła
    sąsiadka”, „zgłosił telefonicznie mieszkaniec”, „zgłosiła miła sąsiadka”): the verb's subject, so the word
    before the verb is its object. The noun decides, never its adjective: „Mazur zgłosił nocny hałas” – „hałas”
    may be the object, so „Mazur” is the reporter (the adjective alone, read as a subject, printed the name)."""
    for j in range(k, min(k + 3, len(words) + 1)):
        if _MARK_AFTER.match(text, words[j - 1].end) and _may_be_a_thing(words[k - 2]):
            return True  # a second pass over „Hałas zgłaszała [imię i nazwisko usunięte]”: the name was the subject
        if j < len(words) and j > k and _title_before_name(words[j - 1]) \
                and re.fullmatch(r"\.?[^\S\n]*", text[words[j - 1].end:words[j].start]):
            pass  # „Hałas zgłosił J. Kurek”, „inż. Kurek”, „Herr Müller”: the name after the initial or title (rev-pub20 3)
        elif j == len(words) or not (_SPACE.fullmatch(text[words[j - 1].end:words[j].start]) or j == k and (
                _GLUED_AFTER_VERB.fullmatch(text, words[j - 1].end, words[j].start)
                or _QUOTE_AFTER_VERB.fullmatch(text, words[j - 1].end, words[j].start))):
            return False  # „Hałas zgłosił:Kurek”, „Hałas zgłaszał „Kurek””: the subject after the verb still
        if _title_before_name(words[j]) and j + 1 < len(words):
            if (words[j + 1].word[:1].isupper() or _MARK_AFTER.match(text, words[j].end)) and _may_be_a_thing(words[k - 2]):
                return True  # „Hałas zgłosił Herr Müller”, „… Mr. John Smith”: the title's person is the subject
            continue
        word, following = words[j].word, words[j + 1].word if j + 1 < len(words) else ""
        if word.islower() and name_tags.preposition(word) and not name_tags.cases(word):
            return False  # „Kurkowa przyjechała z Puchaczowa”: a preposition's phrase, no subject (rev-pub21 10)
        kind = name_tags.adjective(word)
        if kind == "only" or (kind == "also" and word[0].islower() and following
                              and name_tags.noun_cases(following)
                              and name_tags.adjective(following) is None):
            continue  # „nocny hałas”, „dzielnicowy problem”: the noun after it decides
        found = name_tags.cases(word)
        if (found and tags(word).nominative or "nom" in name_tags.married_cases(word)) and word[0].isupper() \
                and _may_be_a_thing(words[k - 2]):
            return True  # „Hałas zgłosił Mazur”, „Hałas zgłaszała Szczygłowa”: a thing, then the person's nominative
        if (_CYRILLIC_NOMINATIVE.fullmatch(word) and word[0].isupper() or PREFIXED_SURNAME.fullmatch(word)) \
                and _may_be_a_thing(words[k - 2]):
            return True  # „Hałas zgłosił Сергій”, „… O'Brien”: a Ukrainian or a prefixed name as the subject
            # (rev-pub19 3, rev-pub22 20)
        if found:
            return not tags(word).person and any(("acc", g) not in found for case, g in found if case == "nom")
    return False


# „p.[imię i nazwisko usunięte]” too, and past a line break („Hałas zgłosiła⏎[imię i nazwisko usunięte]”, rev-pub20 12)
_MARK_AFTER = re.compile(rf"(?:\.?[^\S\n]*\n[^\S\n]*|\.?[^\S\n]+|\.)[„\"«»“]?{re.escape(NAME_MARK)}")  # „«[…]»”
_FOREIGN_TITLES = frozenset({"herr", "frau", "mr", "mrs", "ms", "miss", "monsieur", "madame", "pan", "pani"})


def _title_before_name(t: _Token) -> bool:
    """An initial, a degree's or a title's abbreviation, or a foreign courtesy title: a name follows it."""
    return _initial(t) or t.dot and t.lower in ROLE_ABBREVIATIONS or t.lower in _FOREIGN_TITLES \
        or t.lower in ("dr", "mgr") or t.dot and t.lower in ("p", "pp")  # „Hałas zgłosiła p.Sowa” (rev-pub20 18)
# A capitalised word with Cyrillic letters (Latin look-alikes may stand for some: pismo.publication.cyrillic), not in
# a dative's or a masculine oblique case's ending („Сергію”, „Ігорові”, „Олені”).
_CYRILLIC_NOMINATIVE = re.compile(r"(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]*[^\W\d_](?<![уyюіi])")
_QUOTE_AFTER_VERB = re.compile(r"[^\S\n]+[„\"«]")


def _season_coming(words: list[_Token], index: int) -> bool:
    """A season or a month before a verb of its coming or going („Zima przyszła wcześnie”, rev-pub19 11): time."""
    return index + 1 < len(words) and name_tags.season(words[index].word) \
        and name_tags.season_verb(words[index + 1].word)


def _may_be_a_thing(t: _Token) -> bool:
    """A word that can be a thing in the accusative, the object before a verb („Hałas”, „Kradzież”)."""
    return any(case == "acc" and gender in ("m2", "m3", "n", "f")
               for case, gender in name_tags.thing_cases(t.word))


# Offices of a village or an institution: the genitive after one is the place's („Sołtys Bąkowej”).
_PLACE_OFFICE = _forms(("sołtys", "sołtyska", "wójt", "burmistrz", "starosta", "dyrektor", "dyrektorka", "kierownik",
                        "kierowniczka", "proboszcz", "prezes", "prezeska", "radny", "radna", "przewodniczący",
                        "przewodnicząca"))


def _village_of_office(words: list[_Token], run: range) -> bool:
    """One word after an office of a place that is a place in the genitive and no surname in the nominative: the
    village or the firm („Sołtys Bogdanki”, „Dyrektor Bogdanki”), not the surname („Sołtys Baran”) nor a wife's form
    („Sołtys Wróblowa”, though a village too: „Wójt Puchaczowa” goes with it – not after a man's „Pan”: „Pan Radny
    Milejowa”, rev-pub19 29), nor a surname in the office's own case („dla Sołtysa Kowalskiego”, „do Wójta Mazura”: the name agrees with its title)."""
    if len(run) != 1 or not run.start or words[run.start - 1].word not in _PLACE_OFFICE:
        return False
    found = tags(words[run.start].word)
    office = name_tags.cases(words[run.start - 1].word)
    if found.pure and found.surname or any((case, g) in office for case, g in found.forms if g in found.surname):
        return False  # „Sołtys Kowalskiego”: a word only a name is none of a village
    mister = run.start > 1 and words[run.start - 2].lower in _MISTER  # „Pan Sołtys Cycowa”: no man's wife form
    return found.geographic and (not found.married or mister and not found.surname and not found.first) \
        and not any(("nom", g) in found.forms for g in found.surname) \
        and (not found.forms or any(case == "gen" for case, _ in found.forms))


_MISTER = frozenset({"pan", "pana", "panu", "panem"})  # a man's honorific, in its cases


def _wife_context(text: str, words: list[_Token], index: int, honoured: set[int]) -> bool:
    """Where a wife's form names a person, though a village bears it too: after „Pani”, a role noun in its case
    („Sąsiadce Wróblowej”, not „Sołtys Bąkowej”) or as a woman's verb's subject („Mazurowa zeznała”, not „Wójt
    Gminy Kozłowa zgłosiła”); alone „W Wróblowej” stays a place."""
    t = words[index]
    if t.start in honoured:
        return True
    found = name_tags.married_cases(t.word)
    if _after_role(words, index):
        role = words[index - 1] if _role(words[index - 1]) else words[index - 2]
        if role.word in _PLACE_OFFICE:
            return "nom" in found  # „Sołtys Wróblowa zgłosiła”, not „Sołtys Bąkowej”: the village's
        if role.lower.startswith("mieszka") and (name_tags.place_cases(t.word) == {"gen"} or not any(
                gender == "f" for _, gender in name_tags.cases(role.word))):
            return False  # „mieszkanka Puchaczowa”, „mieszkaniec Cycowa”: of the village Puchaczów (rev-pub20 19)
        return bool({case for case, _ in name_tags.cases(role.word)} & found)
    before = words[index - 1] if index else None
    if before and before.word[0].isupper() and _SPACE.fullmatch(text[before.end:t.start]) \
            and not _sentence_start(text, words, index - 1):
        return False
    if _after_an_opening_preposition(text, words, index):
        return bool(found - {"nom", "voc"})  # „Z Nowakową nikt nie rozmawia”, though „nowakowa” is a word too; no
        # preposition takes the nominative – „Z Milejowa przyjechała” is the village Milejów's genitive (rev-pub21 10)
    if before and before.lower in _PREPOSITIONS:
        return False  # „Sołtys Krystyna z Karolina zgłosiła”: no subject after „z” – the village Karolin's genitive
    if "nom" in found and _after_plural_role(text, words, index):
        return True  # „Sąsiadki: Grzelakowa, Wąsowa i Nowakowa”: every item of the role's list
    if "nom" in found and _FLAT_OF_A_PERSON.match(text, t.end) and not (before and before.word[0].isupper()):
        return True  # „Kurkowa z parteru zgłosiła”: a village lives on no floor (rev-pub21 22)
    return "nom" in found and "f" in (_told_by(text, words, index) or ())


# Particles as passports write them, in either case („de Vries”, „Van Dijk”, „Di Maria”, „al-Hassan”).
_PARTICLE_TAIL = re.compile(r"(?:\s+(?i:" + "|".join(sorted(SURNAME_PARTICLES)) + r")){1,2}(?:\s+|-)[^\W\d_a-z][\w'’-]*")


def _particle_end(text: str, end: int) -> int:
    """A name's end past a particle and the surname after it („Józef [von Bülow]”)."""
    m = _PARTICLE_TAIL.match(text, end)
    return m.end() if m else end


def _past_particles(text: str, words: list[_Token], index: int) -> int:
    """The index of the word after up to two surname particles, in either case („de Vries”, „van der Berg”, „Van
    Dijk”), else `index`."""
    j = index
    while j < min(len(words), index + 2) and words[j].lower in SURNAME_PARTICLES \
            and (words[j].word.islower() or words[j].word.istitle()) \
            and _SPACE.fullmatch(text[words[j - 1].end:words[j].start]):
        j += 1
    return j if j < len(words) and j > index and words[j].word[:1].isupper() \
        and re.fullmatch(r"\s+|-", text[words[j - 1].end:words[j].start]) else index


def _after_role(words: list[_Token], index: int) -> bool:
    """Whether a name follows a role noun, maybe with a word between („kierownik sklepu Lis”, „pan Zdzisio Kowal”)
    — a brand is none („Podejrzany Ford Mondeo”, „Poszkodowany Lidl”)."""
    if index < len(words) and (_role_complement(words[index]) or _street_of_a_resident(words, index)):
        return False
    if index >= 1 and (_role(words[index - 1]) or words[index - 1].lower == "vel"
                       or words[index - 1].word.islower() and _clerks_inspector(words, index - 1)) \
            and not words[index].after_figure:  # „Mazur Jan vel Baran”; not „pokrzywdzonej 12 1020 – Termin”;
        # „inspektor Sowa” in an office's text: its clerk (rev-pub19 14)
        if words[index - 1].lower.startswith("obywatel") and _country(words[index]):
            return False  # „Obywatel Niemiec”: of Germany
        return not _case_apart(words[index - 1], words[index])
    if index >= 2 and _fans_club(words, index - 1) \
            and (_role(words[index - 2]) or name_tags.person_noun_cases(words[index - 2].word)):
        return not _case_apart(words[index - 2], words[index])  # „Kibic Legii Kowal”: a club's fan
    if index >= 4 and words[index - 1].lower in ("i", "oraz") and words[index - 2].word.istitle() \
            and _fans_club(words, index - 3) and _after_role(words, index - 2):
        return not _case_apart(words[index - 2], words[index])  # „Kibice Legii Kowal i Sowa”: both fans
    if index >= 2 and _role(words[index - 2]):
        between = words[index - 1]
        if between.lower in _PERSON_PREPOSITIONS or between.lower in _PLACE_PREPOSITIONS:
            # „Sąsiadka z Lipowej”, „Dzieci z Bogdanki”, „Kierowca z Niemiec”: where they live or come from; „Sąsiadka
            # z Mazurem”: with whom
            return any(case == "inst" for case, _ in tags(words[index].word).forms) \
                and not (between.lower in ("z", "ze") and _country(words[index]))
        return between.word.islower() or words[index - 2].lower in HONORIFICS
    return False


# Countries whose genitive is a surname too („Obywatel Niemiec”, „ob. Czech”): after „ob.” still a nationality.
_SURNAME_COUNTRIES = frozenset({"Niemiec", "Czech", "Włoch", "Węgier", "Polski", "Chin", "Indii", "Filipin"})


def _citizens_country(t: _Token) -> bool:
    """After „ob.”/„Obywatel(ka)”: a country's genitive that is no surname („Ukrainy”, „Gruzji”, „USA”) or one of
    the few that are („Niemiec”) – not a surname that is a place's name too („ob. Wróbla”, „Obywatelka Kos”)."""
    return t.word in _SURNAME_COUNTRIES or "gen" in name_tags.place_cases(t.word) and not tags(t.word).surname


def _country(t: _Token) -> bool:
    """A place's genitive whose instrumental reading is only a woman's surname, undeclined („Niemiec” of Niemcy:
    „z Niemiec”, „Obywatel Niemiec”); a man's („z Mazurem”) is declined, so a person's."""
    found = tags(t.word)
    return "gen" in name_tags.place_cases(t.word) and not any(c == "inst" and g == "m1" for c, g in found.forms)


_RESIDENT_NOUNS = frozenset({"mieszkaniec", "mieszkańca", "mieszkańcowi", "mieszkańcem", "mieszkanka", "mieszkanki",
                             "mieszkance", "mieszkankę", "mieszkanką", "lokator", "lokatora", "lokatorka",
                             "lokatorki"})


def _street_of_a_resident(words: list[_Token], index: int) -> bool:
    """„Mieszkanka Lipowej”, „od mieszkańca Lipowej”: a resident of a street or a village, in the genitive."""
    if index < 1 or words[index - 1].lower not in _RESIDENT_NOUNS:
        return False
    found, role = tags(words[index].word), name_tags.cases(words[index - 1].word)
    return (found.place or found.geographic) and not (found.pure and found.surname) \
        and any(c == "gen" for c, _ in found.forms) and not role & found.forms  # „Mieszkanka Mazur”: the role's case


def _role(w: _Token) -> bool:
    """A role noun in the singular; a plural one governs a family's plural or a list (_after_plural_role), not
    the genitive after it („Pracownicy Bogdanki”, „Świadkowie Jehowy”)."""
    return (w.word in _ROLE or w.lower in ROLE_IRREGULAR and (w.lower != "p" or w.dot)
            or w.lower in ROLE_ABBREVIATIONS and (w.dot or w.lower in ("dr", "mgr")) or bool(_AGE.fullmatch(w.lower))) \
        and not name_tags.plural_role(w.word) or w.lower in KIN_PLURALS  # „Rodzice Mazura”: the family's


# A person's age („15-letni Szymon”, „kilkunastoletni”): a role's word before a name; „letni” alone is the age's
# tail after its digits, as „sezon letni” has no name after it.
_AGE = re.compile(r"\w*letni(?:a|ego|ej|emu|m|ą)?")


def _after_plural_role(text: str, words: list[_Token], index: int) -> bool:
    """A name a plural role governs: a family's plural or a surname's own form right after it („Bracia Lisowscy”,
    „Lokatorzy Kowalczykowie”, „Bracia Kot”), or each item of a list of names it opens („Panowie Mazur i Baran”, „Sąsiedzi: Mazur, Baran”,
    „Dzieci Kacper i Zuzia”) – not one name in the genitive („Pracownicy Bogdanki”, „Świadkowie Jehowy”)."""
    first = _list_start(text, words, index)
    if not (first and _plural_role(words[first - 1])
            and re.fullmatch(r"\s*:?\s*", text[words[first - 1].end:words[first].start])):
        return False
    return first < index or words[index].lower.endswith(_FAMILY_PLURAL + ("skie", "ckie", "dzkie")) \
        or name_tags.surname_itself(words[index].word) or _list_item_after(text, words, index) is not None


def _family_in_apposition(text: str, words: list[_Token], index: int) -> bool:
    """A family's plural after a plural role in its clause, past where they live („Sąsiedzi z parteru Mazurowie”,
    „Lokatorzy spod piątki Baranowie”, „Sąsiedzi z naprzeciwka, Mazurowie”) – a place's locative in „-owie” only
    after its preposition („Sąsiedzi w Mazurowie”)."""
    t = words[index]
    if not t.lower.endswith(_FAMILY_PLURAL) or ("nom", "m1") not in tags(t.word).forms or t.word in _NOT_SURNAME:
        return False
    if _sentence_start(text, words, index):  # „Mazurowie z parteru zgłosili”: the family's verb comes later
        return _clause_goes_on(text, words, index, plural=True)
    if words[index - 1].lower in _PLACE_PREPOSITIONS or words[index - 1].lower in ("o", "po"):
        return False
    for k in range(index - 1, max(-1, index - 6), -1):
        if re.search(r"[.!?;:\n]", text[words[k].end:words[k + 1].start]):
            return False
        if _plural_role(words[k]) or words[k].word in _ROLE:  # „Rodzina z parteru, Mazurowie, zgłosiła”
            return True
        if not (words[k].word.islower() or words[k].word.isdigit()):
            return False
    return False


_FAMILY_GENITIVES = ("ów", "skich", "ckich", "dzkich")
# What a family owns or lives in: the family's genitive plural after one is the owners' („na posesji Jabłońskich”,
# „garaż Mazurów”), though the word is also a place's adjective or a people's name.
_PROPERTY = _forms(("posesja", "dom", "domek", "mieszkanie", "działka", "garaż", "balkon", "ogródek", "ogród", "piwnica",
                    "podwórko", "podwórze", "samochód", "auto", "pies", "kot", "gospodarstwo", "obejście", "stodoła",
                    "altana", "płot", "ogrodzenie", "furtka", "brama", "okno", "drzwi", "dach", "strych", "komórka",
                    "lokal", "sklep", "rower", "dziecko", "dzieci", "syn", "córka", "wnuk", "wnuczka"))


def _family_at(text: str, words: list[_Token], index: int) -> bool:
    """A family's genitive plural after „u”, „od”, „dla” („U Mazurów była awantura”, „Od Kowalskich wpłynęła”),
    whose persons' prepositions they are; after „do”, „spod” only when no place is so called („Do Wróblów wezwano
    patrol”; „do Baranów” may be the village Barany); after a noun of what a family owns or of its kin („na posesji
    Jabłońskich”, „garaż Mazurów”, „dla rodziny Kołodziejów”, „Sąsiedzi Krawczyków”) unless a capitalised word goes
    on the name („posesja Lasów Państwowych”); after a quarrel's „na”/„z” („Skargi na Lisów”, „Konflikt z
    Wróblami”). A people's or an order's plural is none („Dom Kurpiów”, „ogród Karmelitów”)."""
    t = words[index]
    before = words[index - 1] if index else None
    if not before or t.word in figures.DYNASTIES:
        return False
    if _quarrel_with(text, words, index) or _after_an_opening_preposition(text, words, index, family=True):
        return not _people(t.word)
    if not t.lower.endswith(_FAMILY_GENITIVES) or ("gen", "pl") not in name_tags.surname_cases(t.word):
        return False
    if _quarrel_of(text, words, index):
        return not _people(t.word)
    if (before.word in _PROPERTY or before.lower in _KIN) and _SPACE.fullmatch(text[before.end:t.start]) \
            and (before.word.islower() or _sentence_start(text, words, index - 1)):
        if _people(t.word):
            return False
        after = words[index + 1] if index + 1 < len(words) else None
        return not (after and after.word[0].isupper() and _SPACE.fullmatch(text[t.end:after.start]))
    if before.lower not in ("u", "do", "od", "dla", "spod"):
        return False
    return before.lower in ("u", "od", "dla") or not name_tags.town_genitive(t.word)


# A family's kin or neighbours, whose genitive plural after them is the family's („dla rodziny Kołodziejów”,
# „Sąsiedzi Krawczyków”).
_KIN = _forms(("rodzina", "rodzinka", "sąsiad", "sąsiadka", "sąsiedzi", "krewny", "krewna", "krewni"))
# A quarrel or a complaint, with the side it is against or with („Skargi na Lisów”, „Konflikt z Wróblami”).
_QUARREL = _forms(("skarga", "donos", "konflikt", "spór", "kłótnia", "zatarg", "awantura", "wojna", "waśń", "kłopot",
                   "problem", "zgłoszenie", "zażalenie", "pretensja", "interwencja"))
_FAMILY_INSTRUMENTALS = ("ami", "skimi", "ckimi", "dzkimi")


def _quarrel_with(text: str, words: list[_Token], index: int) -> bool:
    """A family's plural a quarrel's noun governs through „na” (accusative) or „z” (instrumental), the noun up to
    three words back („Skargi na Lisów”, „Konflikt z Wróblami”, „Spór Wilków z Sowami”)."""
    t, prep = words[index], words[index - 1].lower
    if index < 2 or not _SPACE.fullmatch(text[words[index - 1].end:t.start]):
        return False
    if prep == "na":
        wanted, endings = ("acc", "pl"), _FAMILY_GENITIVES
    elif prep in ("z", "ze"):
        wanted, endings = ("inst", "pl"), _FAMILY_INSTRUMENTALS
    else:
        return False
    if not t.lower.endswith(endings) or wanted not in name_tags.surname_cases(t.word):
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    if after and after.word[0].isupper() and _SPACE.fullmatch(text[t.end:after.start]):
        return False  # „Spór z Zakładami Azotowymi”
    for k in range(index - 2, max(-1, index - 5), -1):
        if not _SPACE.fullmatch(text[words[k].end:words[k + 1].start]):
            return False
        if words[k].lower in _QUARREL or _QUARREL_VERB.match(words[k].lower):
            return True
    return False


# A quarrel's verb („Kaczmarkowie kłócą się z Wilkami o miedzę”, „procesuje się z Lisami”): its „z” is the other side's.
# A complaint's verb takes „na” („skarżą się na Kaczmarków”, „narzekają na Wiśniewskich”, „doniosła na Lisów”).
_QUARREL_VERB = re.compile(r"(?:po|prze)?(?:kłóc|kłóci|sprzecza|spiera|spier|procesuj|procesowa|wojuj|wojowa|zadziera"
                           r"|skarż|narzek|utyskuj|donosi|donieś|doniosł|złoż\w*\s+skarg)")


def _after_an_opening_preposition(text: str, words: list[_Token], index: int, family: bool = False) -> bool:
    """A name's form right after a preposition opening its sentence („Przy Nowakach nikt nie pije”, „Za
    Nowakami chodzi”, „Z Wilkami z parteru”): capitalised there only as a name, whatever else SGJP reads it as
    – not after „w/we/na/do”, whose places („W Nowakach jest sklep”) the place rules judge, nor before another
    capitalised word („Z Zakładami Azotowymi”) nor opening a stretch („Od Lipowej do Kopernika”). `family`: a family's plural in a case of the plural."""
    t = words[index]
    if index < 1 or words[index - 1].lower not in _PREPOSITIONS or words[index - 1].lower in ("w", "we", "na", "do") \
            or not _sentence_start(text, words, index - 1) or not _SPACE.fullmatch(text[words[index - 1].end:t.start]) \
            or t.word in figures.DYNASTIES:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    if after and after.word[0].isupper() and _SPACE.fullmatch(text[t.end:after.start]) \
            or words[index - 1].lower == "od" and _RANGE_END.match(text, t.end):
        return False  # „Od Lipowej do Kopernika”: a stretch of streets
    return not family or any(number == "pl" for _, number in name_tags.surname_cases(t.word))


_RANGE_END = re.compile(r"[^\S\n]+do[^\S\n]+[A-ZŁŚŻŹĆŃÓĘĄ]")


def _quarrel_of(text: str, words: list[_Token], index: int) -> bool:
    """A family's genitive plural right after a quarrel's noun, the other side after „z” („Spór Wilków z
    Sowami”)."""
    after = words[index + 1] if index + 1 < len(words) else None
    return words[index - 1].lower in _QUARREL and after is not None and after.lower in ("z", "ze") \
        and _SPACE.fullmatch(text[words[index - 1].end:words[index].start]) is not None \
        and _SPACE.fullmatch(text[words[index].end:after.start]) is not None


# Religious orders and peoples, whose plural reads as a surname's („ogród Karmelitów”, „Dom Kurpiów”).
_PEOPLES = frozenset(figures.ORDERS + figures.PEOPLES)


def _people(word: str) -> bool:
    """A people's or an order's plural („Kurpiów”, „Niemcami”, „Karmelitów”), not a family's – a people that is
    a common surname too („Mazurów”, „Polaków”) is listed as neither."""
    return word in _PEOPLES


def _family_subject(text: str, words: list[_Token], index: int) -> bool:
    """A family's nominative plural no preposition governs, next to a plural verb („Hałasują Mazurowie z parteru”,
    „Mazurowie piją”) or listed with another family („byli Kaźmierczakowie i Nowakowie”); a place's locative in
    „-owie” always has its preposition („w Nowakowie i Mazurowie”)."""
    t = words[index]
    if not t.lower.endswith(_FAMILY_PLURAL) or ("nom", "m1") not in tags(t.word).forms or not tags(t.word).surname \
            or t.word in _NOT_SURNAME or t.word in figures.DYNASTIES:
        return False
    first = _list_start(text, words, index)
    if first and words[first - 1].lower in _PREPOSITIONS:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    if after and _SPACE.fullmatch(text[t.end:after.start]) and name_tags.plural_verb(after.word):
        return True  # „Mazurowie piją”
    for k in range(first - 1, max(-1, first - 4), -1):  # „Hałasują Nowakowie”, „Piją piwo Wróblowie”
        if not _SPACE.fullmatch(text[words[k].end:words[k + 1].start]) or words[k].lower in _PREPOSITIONS:
            break
        if name_tags.plural_verb(words[k].lower):
            return True
    neighbours = [k for k in (_list_item_before(text, words, index), _list_item_after(text, words, index)) if k is not None]
    return any(words[k].lower.endswith(_FAMILY_PLURAL) and tags(words[k].word).surname for k in neighbours)


def _list_start(text: str, words: list[_Token], index: int) -> int:
    """The first item of a list of names („Mazur, Baran i Sowa”) the name at `index` is in, up to five back."""
    for _ in range(5):
        k = _list_item_before(text, words, index)
        if k is None:
            break
        index = k
    return index


def _list_item_before(text: str, words: list[_Token], index: int) -> int | None:
    """The start of the list's item before the name at `index` („Mazur i Baran”, „Mazur, Baran”): one to three
    name words."""
    gap = text[words[index - 1].end:words[index].start] if index else ""
    if index >= 2 and words[index - 1].lower in LIST_JOINERS and _SPACE.fullmatch(gap) \
            and _SPACE.fullmatch(text[words[index - 2].end:words[index - 1].start]):
        last = index - 2
    elif index >= 1 and re.fullmatch(r"\s*,\s*", gap):
        last = index - 1
    else:
        return None
    k = last
    while k > last - 2 and k > 0 and _name_like(words[k - 1]) and not _plural_role(words[k - 1]) \
            and words[k - 1].lower not in HONORIFICS and _SPACE.fullmatch(text[words[k - 1].end:words[k].start]):
        k -= 1
    return k if all(_name_like(words[j]) for j in range(k, last + 1)) else None


def _list_item_after(text: str, words: list[_Token], index: int) -> int | None:
    """The next item of a list of names after the name at `index`, if a name follows „i”, „oraz” or a comma."""
    end = _name_end(text, words, index)
    k = end + 1
    if k < len(words) and words[k].lower in LIST_JOINERS and _SPACE.fullmatch(text[words[end].end:words[k].start]):
        k += 1
    elif not (k < len(words) and re.fullmatch(r"\s*,\s*", text[words[end].end:words[k].start])):
        return None
    return k if k < len(words) and _name_like(words[k]) else None


_RESIDENTS = frozenset({"mieszkaniec", "mieszkanka", "obywatel", "obywatelka", "stolica", "ambasada", "rząd"})
_LAND_NOUNS = frozenset({"wyspa", "kraj", "państwo", "republika", "miasto", "wieś", "stolica", "region"})


def _hypocoristic_as_a_word(text: str, words: list[_Token], index: int) -> bool:
    """A diminutive that is also a thing or a land, used as one: a volume before its contents („Tomek wierszy”), a
    country after its residents or before „to wyspa” („mieszkańcy Kuby”, „Kuba to wyspa”)."""
    t = words[index]
    after = words[index + 1] if index + 1 < len(words) and _SPACE.fullmatch(text[t.end:words[index + 1].start]) \
        else None
    if after and tags(t.lower).ordinary and name_tags.things_genitive_plural(after.word):
        return True
    if not (tags(t.word).place or tags(t.word).geographic):
        return False
    if index and _SPACE.fullmatch(text[words[index - 1].end:t.start]) \
            and name_tags.lemmas(words[index - 1].lower) & _RESIDENTS:
        return True
    return bool(after and after.lower == "to" and index + 2 < len(words)
                and name_tags.lemmas(words[index + 2].lower) & _LAND_NOUNS)


def _listed_with_a_first_name(text: str, words: list[_Token], index: int) -> bool:
    """Whether the name at `index` is in a list of names („Zbychu, Miras i Waldek”) another member of which is a
    first name."""
    members = []
    for step in (_list_item_after, _list_item_before):
        k = index
        for _ in range(5):
            if (k := step(text, words, k)) is None:
                break
            members.append(k)
    return any(tags(words[k].word).first or words[k].word in COMMON_FIRST for k in members)


_NAME_LABELS = frozenset({"pseudonim", "ksywa", "ksywka", "nick", "imię", "podpis", "zgłaszający", "zgłaszająca",
                          "sprawca", "sprawczyni", "poszkodowany", "poszkodowana"})
# Where a person lives, after the name, in parentheses or in apposition too („Róża (z 8a) piła”, „Róża, ta z 8a,
# pije”), a flat's ordinal before its noun („z drugiej klatki”, „z trzeciego piętra”, „z czwartego bloku”).
# An aside in parentheses or commas telling a person – a flat, a floor, an age, a class („Grzegorz (parter)
# handluje”, „Marek (8a)”, „Kalina (15 l.)”, „Róża, lat 15, pali”, „Jagoda (kl. 3b)”).
_PERSONS_ASIDE = (r"(?:\s*\(\s*(?:z\s+)?(?:parter\w*|\d{1,3}[a-zA-Z]?|\d{1,2}\.?\s*piętr\w*|\d{1,2}\s*l\.|lat\s+\d{1,2}"
                  r"|kl\.\s*\d[a-zA-Z]?|klatki\s+[A-Z]\b)|\s*,\s*lat\s+\d{1,2})")
_PLACE_OF_A_PERSON = re.compile(r"(?:\s*\(\s*|\s*,\s*t(?:a|en)\s+|\s+)(?:z|ze|spod|zza)\s+(?:\d|[A-ZŁŚŻŹĆŃÓĘĄ]|(?:jedynki"
                                r"|dwójki|trójki|czwórki|piątki|szóstki"
                                r"|siódemki|ósemki|dziewiątki|dziesiątki|bloku|klatki|kamienicy|osiedla|parteru|poddasza"
                                r"|suteren\w*|garaży|garażów|działek|\w+ego\s+(?:piętra|bloku|domu)|\w+(?:ej|iej)\s+klatki)\b)"
                                rf"|{_PERSONS_ASIDE}(?=\s*[),])")


def _first_name_context(text: str, words: list[_Token], index: int, f) -> bool:
    """Whether a capitalised first name the dictionary also reads as a word or a surname (Marek ← marka, Maja, Jagoda,
    Adam, Jan) is said of a person: a verb before it in the clause past pronouns and adverbs („Pobił go Marek”,
    „jest Maja”) or „jako”; a verb right after it in the nominative („Marek pije”); a person's label and a colon
    („Pseudonim: Marek”); brackets („(Marek)”); another first name in its list („Oliwia i Maja”); or where the
    person lives after it („Maja spod szóstki”, „Marek z Lipowej”). Not after a number („3 Maja”)."""
    t = words[index]
    if re.search(r"\d\s*$", text[max(0, t.start - 8):t.start]):
        return False
    if _PLACE_OF_A_PERSON.match(text, t.end) and (not f.ordinary or "nom" in _first_name_cases(t.word)) \
            or _listed_with_a_first_name(text, words, index):
        return True  # not „Polka z 8a”: a nationality's noun, the first name Polek's only in the genitive
    if text[t.start - 1:t.start] == "(" and text[t.end:t.end + 1] in (")", ","):
        return True
    following = words[index + 1] if index + 1 < len(words) else None
    after_preposition = index and name_tags.preposition(words[index - 1].lower)  # „z Karolina zgłosiła”: a village
    if "nom" in _first_name_cases(t.word) and not after_preposition and following \
            and _SPACE.fullmatch(text[t.end:following.start]) \
            and name_tags.verb(following.word) and not name_tags.impersonal(following.word):
        return True  # „Marek pije” – not „Róż wręczono”: a thing given; nor „Maj był”: Maja's genitive plural only
    if index and re.fullmatch(r":\s*", text[words[index - 1].end:t.start]) and words[index - 1].lower in _NAME_LABELS:
        return True
    return _verb_before(text, words, index)


def _first_name_cases(word: str) -> frozenset[str]:
    """The cases a capitalised word reads in as a first name, SGJP's or one it lacks („Zbyszek”, „Grzechu” → nom)."""
    return lower_names.first_cases(word.lower()) | name_tags.diminutive_cases(word.lower())


def _located_subject(text: str, words: list[_Token], index: int) -> bool:
    """Whether a first name that is also a place or a word („Zbyszek”, „Olek”: villages; „Grzechu”: of a sin) is in
    the nominative the subject of a verb in its clause, where the person lives after it („Zbyszek z 8a pije”,
    „Grzechu z garaży pożycza”, „Pisze do mnie Pola z 2a”): a village or a thing lives in no flat. Not after a
    preposition („do Olek z Lublina”) nor after a noun that is no person's („Rzeka Ina z Pomorza”); a conjunction or
    an adverb opening the clause may stand before it („, a Róża z 8a piła”)."""
    t = words[index]
    before = words[index - 1].lower if index else ""
    before = "" if before in lower_names.CLAUSE_OPENERS else before  # „, a Róża z 8a piła”, „Wczoraj Róża (z 8a) …”
    place = _PLACE_OF_A_PERSON.match(text, t.end)
    if before and (name_tags.preposition(before) or name_tags.noun(before) and not name_tags.person_noun_cases(before)) \
            or not place or "nom" not in _first_name_cases(t.word):
        return False
    return any(name_tags.verb(w.lower if k == 0 else w.word) and not name_tags.impersonal(w.lower)
               for k, w in enumerate(labelled.clause(text, words, index) + _past_an_aside(text, words, place)))


def _past_an_aside(text: str, words: list[_Token], place: re.Match) -> list[_Token]:
    """The clause after a locator in parentheses or in apposition („Róża (z 8a) piła”, „Róża, ta z 8a, pije”): its
    verb is the name's."""
    close = re.compile(r"[),]").search(text, place.end()) if place.group().lstrip()[:1] in "(," else None
    if not close or not (_FLAT_ASIDE.search(text, place.start(), close.start())
                         or _ASIDE_WHOLE.fullmatch(text, place.start(), close.start())):
        return []  # „Kalina (z 120 mieszkańcami)”, „Kalina, ta z Lubelszczyzny,”: a village's
    after = next((k for k, w in enumerate(words) if w.start > close.start()), None)
    return [] if after is None else [w for w in [words[after], *labelled.clause(text, words, after)]
                                     if not name_tags.thing_verb(w.lower)]


_FLAT_ASIDE = re.compile(r"(?:z|ze|spod|zza)\s+(?:\d+[a-zA-Z]?|[a-ząćęłńóśźż]+(?:\s+[a-ząćęłńóśźż]+)?)\s*$")
_ASIDE_WHOLE = re.compile(rf"{_PERSONS_ASIDE}\s*")


def _listed_subject(text: str, words: list[_Token], index: int) -> bool:
    """Whether a first name that is also a place or a word is in a list of first names in the nominative
    („Róża, Kalina, Pola i Wiola”) with a plural verb right after it or right before it („…piją”, „Pod sklepem
    piją Róża i Pola”): villages and flowers do not drink. Not when a member is no first name („Kalina, Pola i Wola
    leżą”), the verb is a thing's („Jagoda, Kalina i Malina rosną”) nor after a noun that is no person's („Wsie
    Kalina i Pola”)."""
    members = [index]
    for step in (_list_item_after, _list_item_before):
        k: int | None = index
        while len(members) < 9 and (k := step(text, words, k)) is not None:
            members.append(k)
    if len(members) < 2 or not all("nom" in _first_name_cases(words[k].word) for k in members):
        return False
    first, last = min(members), max(members)
    after = words[last + 1] if last + 1 < len(words) and _SPACE.fullmatch(text[words[last].end:words[last + 1].start]) \
        else None
    before = words[first - 1] if first and _SPACE.fullmatch(text[words[first - 1].end:words[first].start]) else None
    if _verb_past_adverbs(text, words, first):
        return True  # „Piły tam wczoraj Róża i Kalina”, „Kłóciły się Róża i Jagoda”, „Piły wino Róża i Kalina”
    if before and name_tags.noun(before.lower) and not name_tags.person_noun_cases(before.lower) \
            and not _verb_opening(text, words, first - 1):
        return False
    return any(w and (w.word.islower() or w is before and _sentence_start(text, words, first - 1))
               and (name_tags.plural_verb(w.lower) or name_tags.past_plural(w.lower))
               and not name_tags.thing_verb(w.lower) for w in (after, before))  # „piły”: women's past too


def _verb_past_adverbs(text: str, words: list[_Token], first: int) -> bool:
    """Whether a list's verb stands before it past adverbs, „się” or one object noun („Piły tam wczoraj Róża i
    Kalina”, „Biły się Róża i Kalina”, „Piły wino Róża i Kalina”) – a past plural opening its clause as
    _verb_opening reads it, or a plural verb in lower case; no noun of things right before the list alone."""
    k, skipped = first - 1, 0
    while k > 0 and skipped < 3 and _SPACE.fullmatch(text[words[k].end:words[k + 1].start]) and words[k].word.islower() \
            and (words[k].lower == "się" or name_tags.adverb(words[k].lower)
                 or skipped == 0 and name_tags.noun(words[k].lower) and not name_tags.person_noun_cases(words[k].lower)):
        k, skipped = k - 1, skipped + 1
    if not skipped or not _SPACE.fullmatch(text[words[k].end:words[k + 1].start]):
        return False
    verb = words[k]
    if name_tags.thing_verb(verb.lower) or not (name_tags.plural_verb(verb.lower) or name_tags.past_plural(verb.lower)):
        return False
    return _verb_opening(text, words, k) or verb.word.islower() and name_tags.plural_verb(verb.lower) \
        and not name_tags.noun(verb.lower)


def _verb_opening(text: str, words: list[_Token], index: int) -> bool:
    """A past plural that is also a noun („piły”: saws) read as the verb when it opens its sentence or follows an
    adverbial („Piły Róża i Kalina”, „Na ławce piły Róża i Kalina”), not after an adjective or a numeral („dwie
    piły Róża i Kalina”)."""
    if not name_tags.past_plural(words[index].lower):
        return False
    if _sentence_start(text, words, index):
        return True
    prev = words[index - 1]
    return name_tags.adverb(prev.lower) or index > 1 and name_tags.preposition(words[index - 2].lower) \
        and name_tags.noun(prev.lower)


def _verb_before(text: str, words: list[_Token], index: int) -> bool:
    """A verb within three lower-case words before `index`, in the same clause and no preposition between
    („Pobił go Marek”, „podpisuje się jako Marek”; not „mieszka w Bogdance”)."""
    return _word_before(text, words, index) in ("jako", "verb")


def _word_before(text: str, words: list[_Token], index: int) -> str:
    """What stands within three lower-case words before `index` in the same clause: „jako”, a verb („verb”) or
    nothing that tells („”)."""
    for k in range(index - 1, max(-1, index - 4), -1):
        if not _SPACE.fullmatch(text[words[k].end:words[k + 1].start]):
            return ""
        word = words[k].lower if k == 0 or _sentence_start(text, words, k) else words[k].word
        if word == "jako":
            return word
        if name_tags.verb(word):
            return "verb" if not name_tags.past_genders(word) else "verb " + " ".join(sorted(name_tags.past_genders(word)))
        if not word.islower() or word in LIST_JOINERS or name_tags.preposition(word):
            return ""
    return ""


def _agreeing_verb(text: str, words: list[_Token], index: int, f) -> bool:
    """Whether a first name the dictionary also reads as a place („Róża”, „Kalina”, „Pola”, „Jarek”) is the subject
    of a verb that agrees with it: a past form of its gender before it in the clause („Pobiła go Róża”), or a person's
    verb of its gender right after it („Kalina zgłosiła”) – a place does neither."""
    genders = {g for c, g in f.forms if c == "nom"} & f.first
    t = words[index]
    if not genders or re.search(r"\d\s*$", text[max(0, t.start - 8):t.start]):
        return False
    if set(_word_before(text, words, index).split()[1:]) & genders:
        return True
    if index and name_tags.preposition(words[index - 1].lower):
        return False  # „Sołtys Krystyna z Karolina zgłosiła”: the village Karolin's genitive
    following = _past_a_phrase(text, words, index)
    return following is not None \
        and bool((person_verb(following.word) or frozenset()) & genders & name_tags.past_genders(following.word))


def _past_a_phrase(text: str, words: list[_Token], index: int) -> _Token | None:
    """The word after the name at `index` on its line, past one phrase of a preposition and at most two words where
    the person is or acts from („Zbyszek zza ściany zgłosił”, „Marian przez ścianę słyszał”, „Zbyszek od Kowalskich
    zgłosił”)."""
    k = index + 1
    if k < len(words) and _LINE_SPACE.fullmatch(text, words[k - 1].end, words[k].start) \
            and name_tags.preposition(words[k].lower):
        for j in range(k + 1, min(k + 4, len(words))):
            if not _LINE_SPACE.fullmatch(text, words[j - 1].end, words[j].start) or name_tags.verb(words[j].word):
                k = j
                break
        else:
            return None
    return words[k] if k < len(words) and _SPACE.fullmatch(text, words[k - 1].end, words[k].start) else None


def _foreign_capital(word: str) -> bool:
    """A word in capitals that may be a foreign surname: three letters or more, a vowel, no abbreviation, and no word
    the dictionary knows („KOVALENKO”, „BERIDZE”; not „KMZB”, „MOPS”, „DOM”)."""
    titled = word[0] + word[1:].lower()
    return len(word) >= 3 and word.isupper() and len(titled) == len(word) and bool(re.search("[AEIOUYĄĘÓ]", word)) \
        and not _ROMAN.fullmatch(word) and word.lower() not in TEXT_ABBREVIATIONS and word not in NOT_POLICE_CAPITALS \
        and word.lower() not in NOT_POLICE_ABBREVIATIONS and name_tags.available() and not tags(titled).known


def _name_like(t: _Token) -> bool:
    """A capitalised word that may be a name: the dictionary reads it as one or as a wife's form, or knows it not."""
    return t.word.istitle() and len(t.word) > 1 and (tags(t.word).person or tags(t.word).married
                                                     or not tags(t.word).known)


def _plural_role(w: _Token) -> bool:
    """A plural role in any case: „Państwem”, „Paniom” open a list as „Państwo”, „Panie” do („Z Państwem Mazurem i Sową”)."""
    return w.lower in ("państwo", "państwa", "państwu", "państwem", "panie", "sąsiedzi", *PLURAL_HONORIFICS) \
        or w.lower == "pp" and w.dot \
        or name_tags.plural_role(w.word)


def _same_stem(adjective: str, place: str) -> bool:
    """Whether an adjective is a place's (łęczyński – Łęczna, świdnicki – Świdnik, lubartowski – Lubartów): their
    common beginning is the place's name less two letters at most, four letters at least."""
    common = len(os.path.commonprefix([adjective, place.replace("ó", "o")]))
    return len(place) >= 4 and common >= max(4, len(place) - 2)


def _initial(t: _Token) -> bool:
    return len(t.word) == 1 and t.word.isupper() and t.dot


def _compound_end(text: str, words: list[_Token], index: int) -> int:
    """The end of a surname with the capitalised parts hyphenated to it („Kozieł-Wiśniewska”), and a second half
    after a dash as Word and typography write it („Kwiatkowska–Bąk”, „Wesołowska – Bąk”)."""
    if words[index].chain < 0:
        _link_chains(text, words)
        _link_heads(words)
    last = words[index].chain
    if last + 1 < len(words) and _HALF_DASH.fullmatch(text[words[last].end:words[last + 1].start]) \
            and _second_half(text, words, last + 1):
        last = _chain_index(text, words, last + 1)
    return words[last].end


_HALF_DASH = re.compile(r"[^\S\n]*[\u2012-\u2014][^\S\n]*|[^\S\n]+[-\u2010\u2011][^\S\n]+")


def _second_half(text: str, words: list[_Token], index: int) -> bool:
    """Whether the word after a surname's dash is its second half: a surname, no first name (another person: „Nowak
    – Danuta Kaczmarek”), role („– Sołtys”) or place, and no name right after it on the line."""
    t = words[index]
    found = tags(t.word)
    if not (_surname_like(t) and found.surname and not (found.first or found.office)):
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    return not (after and after.word[0].isupper() and _LINE_SPACE.fullmatch(text[t.end:after.start]))


def _chain_index(text: str, words: list[_Token], index: int) -> int:
    if words[index].chain < 0:
        _link_chains(text, words)
        _link_heads(words)
    return words[index].chain


def _link_chains(text: str, words: list[_Token]) -> None:
    """Each word's chain: from the last word back, so a text of one long hyphenated chain costs one pass
    (walked from every name in it, it cost the square of its length: 110 s for 200 kB)."""
    for index in range(len(words) - 1, -1, -1):
        following = words[index + 1] if index + 1 < len(words) else None
        hyphenated = (following is not None and text[words[index].end:following.start] in ("-", "\u2010", "\u2011")
                      and following.word[0].isupper())
        words[index].chain = following.chain if hyphenated else index


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
                yield from _case_parts(text, words, range(start, i))
            start = None
        elif start is not None and (not (_joins(gap := text[_end(words[i - 1]):t.start]) or _glued_initial(words[i - 1], gap))
                                    or _new_clause(gap, t)
                                    or "\n" in gap and not _broken_name(text, words, range(start, i))
                                    or i - start > 1 and _pair_dash(gap, words[i - 1])):
            yield from _case_parts(text, words, range(start, i))
            start = i
        elif start is None:
            start = i
    if start is not None:
        yield from _case_parts(text, words, range(start, len(words)))


def _broken_name(text: str, words: list[_Token], run: range) -> bool:
    """Whether a line break inside a name run is a name broken over two lines („Zbigniew⏎Nowak”): one word alone
    at its line's start before it, and after it no label („Świadek: Halina⏎Uwagi: brak”), nor another first name
    (one name a line: „Halina⏎Marian⏎Kacper”), nor a list written surname first („Mazur Jan⏎Zając Ewa”), nor a
    surname alone on its line (one surname a line: „Kowalski⏎Kurek⏎Sowa”, rev-pub19 25)."""
    if len(run) != 1 or run.stop >= len(words):
        return False
    first, nxt = words[run.start], words[run.stop]
    alone = not text[text.rfind("\n", 0, first.start) + 1:first.start].strip()
    prev = words[run.start - 1] if run.start else None
    wrapped = _first_name(first) and bool(tags(nxt.word).surname) and not text[first.end:nxt.start].strip() \
        and prev is not None and (prev.word[0].islower() or not tags(prev.word).person
                                  or re.search(r"[,;]", text[prev.end:first.start]) is not None) \
        and "\n" not in text[prev.end:first.start] \
        and bool(re.match(r"[^\S\n]*(?:[.,;!?\n]|$|[^\S\n]+[a-ząćęłńóśźż])", text[nxt.end:nxt.end + 3]))  # „Zgłosił
    # Jan⏎Wróbel.”: a sentence wrapped between a first name and its surname, going on after it (rev-pub17 8); a list's
    # item so wrapped („Zgłaszający: Jan Kurek, Anna⏎Sowa”, rev-pub21 14)
    surname_line = bool(tags(first.word).surname) and not tags(first.word).first and first.word not in COMMON_FIRST
    return (alone and not surname_line or wrapped) \
        and not re.match(r"[^\S\n]*:", text[_chain_end(text, words, run.stop):]) \
        and nxt.word not in COMMON_FIRST and not tags(nxt.word).first


def _chain_end(text: str, words: list[_Token], index: int) -> int:
    return words[_chain_index(text, words, index)].end


def _case_parts(text: str, words: list[_Token], run: range) -> Iterable[range]:
    """A run parted where a second person's name follows a first name and a surname in another case, a space
    apart („Dzielnicowa Anna Zmyślona Halinie Kwiatkowskiej przekazała”: she gave them to Halina; „Dzielnicowy
    Jacek Kubiak Kwiatkowskiej nie zastał”): one person's name words share a case."""
    start = run.start
    for k in range(run.start + 2, run.stop):
        if _case_boundary(text, words, start, k, run.stop):
            yield range(start, k)
            start = k
    yield range(start, run.stop)


def _case_boundary(text: str, words: list[_Token], start: int, k: int, stop: int) -> bool:
    """Whether words[start:k], a first name and a surname, and words[k:stop] share no case (_case_parts)."""
    if k - start > 4:  # a name is a few words: a long capitalised run costs no more per word
        return False
    left = [t for t in words[start:k] if t.lower not in HONORIFICS and not _initial(t)]
    if len(left) < 2 or not _first_name(left[0]) or not _SPACE.fullmatch(text[words[k - 1].end:words[k].start]):
        return False
    mine, next_ = (_name_forms([t for t in ts if tags(t.word).forms]) for ts in (left, words[k:min(stop, k + 2)]))
    return bool(mine and next_) and not {c for c, _ in mine} & {c for c, _ in next_}


def _end(t: _Token) -> int:
    return t.end + (1 if t.dot and (_initial(t) or t.lower == "p") else 0)


def _glued_initial(before: _Token, gap: str) -> bool:
    """An initial whose dot touches the next word („M.Kurek”, „Zgłaszający:J.Rutkowska;M.Kurek”, rev-pub17 10)."""
    return not gap and before.dot and _initial(before) and before.word.isupper()


def _joins(gap: str) -> bool:
    return bool(_SPACE.fullmatch(gap) or _DASH.fullmatch(gap))


def _new_clause(gap: str, t: _Token) -> bool:
    """A dash spaced on both sides before a first name parts two clauses („asp. Nowak – Katarzyna Wiśniewska była
    świadkiem”); before a surname it joins a double one („Kowalczyk - Mróz”)."""
    return bool(_SPACED_DASH.fullmatch(gap)) and (t.word in COMMON_FIRST or bool(tags(t.word).first))


def _pair_dash(gap: str, before: _Token) -> bool:
    """A spaced dash after a name written surname first parts two persons („Mazur Jan – Baran Piotr”): a first name
    ends the name before it, so the dash joins no double surname."""
    return bool(_SPACED_DASH.fullmatch(gap)) and (before.word in COMMON_FIRST or bool(tags(before.word).first))


def _starts_within(words: list[_Token], spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the words inside the spans (one pass over both, both in text order)."""
    inside, spans, k = set(), sorted(spans), 0
    for t in words:
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] <= t.start:
            inside.add(t.start)
    return inside


def _first_name(t: _Token) -> bool:
    return t.word.istitle() and (t.word in COMMON_FIRST or bool(tags(t.word).first))


_ITEM_OPENER = re.compile(r"(?:^|[:;(]|^[^\S\n]*(?:[-–—•*]|\d+[.)]))[^\S\n]*$")  # a line, „Obecni:”, „- ”, „1.”


def _item_start(text: str, words: list[_Token], i: int, pair_end: int) -> bool:
    """Whether a word opens a line, a list item or a label's value, or follows a „Nazwisko, Imię” pair in a list."""
    start = words[i].start
    low = max(0, start - 80)  # a bounded look back: a long line costs no more per word
    line = text.rfind("\n", low, start)
    before = text[line + 1:start] if line >= 0 or low == 0 else "…" + text[low:start]
    if _ITEM_OPENER.search(before):
        return True
    return pair_end == i - 1 and bool(re.fullmatch(r"\s*[,;]\s*|\s+(?:i|oraz)\s+", text[words[i - 1].end:words[i].start]))


# Phrases that name a person: the capitalised words after them are the name („o nazwisku Mazur”, „nazywa się
# Mazur”, „pan o imieniu Jan”, „zwany Mazurem”, „ma na imię Kacper”, „przedstawił się jako Mazur”, „znany jako
# Mazur”, „nazwisko brzmi Mazur”, „podał się za Mazura”).
# A nickname's label words: „ps.”, „pseudo”, „alias”, „ksywka (to)”, „nick”, a verb of calling with its pronoun in
# either order („Wołają na niego Byku”, „Na niego wołają „Łysy””, „Wołają go Łysy”, „Mówią mu „Czarny””).
_CALL_VERB = r"(?:mówi|woła)\w*"
_CALLED = r"(?:na[^\S\n]+(?:niego|nią|nich)|go|ją|ich|mu|jej|im)"
_NICKNAME_WORDS = (r"(?:ps\.|pseudo(?!\w)|pseudonim\w*|alias|ksyw\w*(?:[^\S\n]+to)?|nick(?:name)?(?!\w)"
                   r"|" + _CALL_VERB + r"[^\S\n]+" + _CALLED + r"(?!\w)"
                   r"|na[^\S\n]+(?:niego|nią|nich)[^\S\n]+" + _CALL_VERB + ")")
_NAMING = re.compile(r"(?:\b(?:[oi]\s+(?:nazwisk(?:u|ach)|imionach|imieniu|pseudonimie|ksywie)|nazwiskiem|na\s+(?:imię|nazwisko)"
                     r"|nazyw(?:a|am|asz|ał|ała|ali|ały|ają|ano)\s+się|przedstawi(?:ł|ła|li|ły|a)\s+się\s+jako"
                     r"|(?:nazyw|zw)an(?:y|a|e|ego|ej|emu|ym|ą|i|ych)|znan(?:y|a|i|e)\s+jako"
                     r"|(?:imię|nazwisko)\s+(?:brzmi|brzmiało|to)|poda(?:ł|ła|li|ły|je|jący|jąca)\s+się\s+za)"
                     r"|\bvel|\b" + _NICKNAME_WORDS + r")[^\S\n]*:?[^\S\n]*[„\"«»“]?$", re.IGNORECASE)  # „vel „Rysiek””
# A nickname's own label: what follows is a person's nickname whatever word it is („Ksywa „Łysy””, „ps. Siwy”).
_NICKNAME_LABEL = re.compile(r"(?<!\w)(?:" + _NICKNAME_WORDS + r"|o\s+pseudonimie|o\s+ksywie)[^\S\n]*:?[^\S\n]*[„\"«»“]?$",
                             re.IGNORECASE)


def _naming_phrase(text: str, words: list[_Token], i: int) -> bool:
    """Whether a capitalised word follows a phrase that names a person (_NAMING), on its line."""
    t = words[i]
    if not t.word[0].isupper() or i == 0 or _postscript(text, words, i):
        return False
    return bool(_NAMING.search(text, max(0, words[max(0, i - 4)].start - 1), t.start))


def _nickname_label(text: str, words: list[_Token], i: int) -> bool:
    """Whether a capitalised word follows a nickname's label right before it („Pseudonim „Siwy””, „Ksywa „Łysy””)."""
    return bool(_NICKNAME_LABEL.search(text, max(0, words[i].start - 20), words[i].start)) \
        and not _postscript(text, words, i)


def _postscript(text: str, words: list[_Token], i: int) -> bool:
    """Whether words[i] opens a postscript: „Ps.”/„PS.” opening a sentence, then a word no nickname is – a verb or
    a thing's noun („Ps. Spotkanie przeniesiono”, „PS. Proszę o kontakt”, rev-pub21 21; „Ps. Siwy pije” is one)."""
    ps = words[i - 1] if i else None
    return bool(ps) and ps.word in ("Ps", "PS") and ps.dot and _sentence_start(text, words, i - 1) \
        and (name_tags.verb(words[i].lower) or not name_tags.nickname_word(words[i].word))


_SURNAME_LABEL = re.compile(r"(?:[^\S\n]+(?:i[^\S\n]+imi(?:[ęe]|ona)|rodowe|panieńskie)|[^\S\n]*/[^\S\n]*imi[ęe])?"
                            r"[^\S\n]*(?::|[^\S\n][-–—])\s*",
                            re.IGNORECASE)


def _surname_label(text: str, words: list[_Token], i: int) -> bool:
    """„Nazwisko:”, „nazwisko –”, „Nazwisko i imię:”: a form's label, the words after it a person's surname."""
    v = _label_value_start(words, i)
    return words[i].lower == "nazwisko" and v < len(words) \
        and bool(_SURNAME_LABEL.fullmatch(text, words[i].end, words[v].start))


def _label_value_start(words: list[_Token], i: int) -> int:
    """The index where the value after a „Nazwisko” label starts: past „i imię”, „/imię”, „rodowe”, „panieńskie”."""
    j = i + 1
    while j < len(words) and j <= i + 2 and words[j].lower in ("i", "imię", "imie", "imiona", "rodowe", "panieńskie"):
        j += 1
    return j


def _label_value(text: str, words: list[_Token], j: int) -> int:
    """The index past the capitalised words of a label's value (at most four, on its line: „Mazur-Sowa”)."""
    k = j
    while k < len(words) and k < j + 4 and words[k].word[0].isupper() and words[k].lower not in ("imię", "imie") \
            and (k == j or _LINE_SPACE.fullmatch(gap := text[words[k - 1].end:words[k].start]) or _DASH.fullmatch(gap)):
        k += 1
    return k


def _sentence_start(text: str, words: list[_Token], index: int) -> bool:
    return index == 0 or bool(re.search(r"[.!?:;\n]", text[words[index - 1].end:words[index].start]))


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, overlapping ones or ones only a space apart as one („Pan Zdzisio Kowal” is one mention)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or _LINE_SPACE.fullmatch(text[out[-1][1]:start])):  # a line break parts two
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


# Words before a street's name when „ul.” is left out („przy Lubelskiej”, „na rogu Piłsudskiego i Kopernika”).
_STREET_WORDS = frozenset({"przy", "na", "wzdłuż", "obok", "róg", "rogu", "narożniku", "skrzyżowaniu", "skrzyżowanie",
                           "między", "pomiędzy"})


# A plan's label before a list of streets and a colon („Patrole:”, „Rejon obejmuje:”, „Patrolujemy ulice:”, „Trasa:”).
_STREETS_LABELS = ("ulic", "patrol", "obchod", "obchód", "tras", "rejon", "obejmuj", "rewir", "dzielnic")

_BARE_PREPOSITIONS = frozenset({"przy", "na", "wzdłuż", "obok", "między", "pomiędzy"})  # before streets and persons

# Between two streets' names after a street word („na skrzyżowaniu Piłsudskiego z Mickiewicza”).
_STREET_JOINERS = frozenset({"z", "ze", "od", "do", "a"})


def _street(text: str, words: list[_Token], index: int, named: bool = False) -> bool:
    """Whether a name stands where a street's does: after „przy”, „na”, „ul.”, a place word, or listed after one
    („ulicach Piłsudskiego, Kopernika i Sienkiewicza”). named: only after a word that names a street or place
    („ul.”, „ulicach”, „skrzyżowaniu”) – a first name and surname after a bare „na” or „przy” is a person
    („Mandat nałożono na Piotra Mazurka”)."""
    for j in range(index - 1, max(-1, index - 12), -1):
        w = words[j]
        gap = text[w.end:words[j + 1].start]
        if re.fullmatch(r"[^\S\n]*:\s*", gap) and w.lower.startswith(_STREETS_LABELS):
            return not named  # „Patrole: Skłodowskiej, Chopina i Norwida”; a full name there is judged as a person's
        if not re.fullmatch(r"\.?\s*[,/]?\s*", gap):  # „Mickiewicza/Sienkiewicza”
            return False
        if (w.lower in _STREET_WORDS and not (named and w.lower in _BARE_PREPOSITIONS)) \
                or _patron_place(text, words, j, index):
            return True
        if not (w.word[0].isupper() or w.lower in LIST_JOINERS or w.lower in _STREET_JOINERS) \
                or w.word[0].isupper() and (_name_ended(text, words, j) or person_verb(w.lower)):
            return False  # „Osiedla Bobrowniki. Zgłosił/Kurek”: a verb opening a sentence lists no street
    return False


_PLACES_HEADS = ("mieszkańc", "mieszkańcó", "miejscowoś", "wsi", "wieś", "sołectw", "gmin", "okolic")


def _places_list_head(text: str, words: list[_Token], index: int) -> int | None:
    """The first item of a list of names the word at `index` is in, when a noun of places or of their residents
    or a preposition of places opens it („Mieszkańcy Janowa, Józefowa i …”, „we wsiach Janowa i Józefowa”) – no
    colon between („Mieszkańcy: Grzelakowa i Wąsowa” lists persons)."""
    first = _list_start(text, words, index)
    if not first or first == index and _list_item_after(text, words, index) is None:
        return None
    before = words[first - 1]
    if not (before.lower.startswith(_PLACES_HEADS) or before.lower in _PLACE_PREPOSITIONS) \
            or ":" in text[before.end:words[first].start]:
        return None
    return first


def _first_name_in_apposition(text: str, words: list[_Token], run: range) -> bool:
    """A first name alone between commas after a person's noun or name, its verb after the second comma („Dziewczyna
    Kacpra, Wiktoria, widziała”, „Sąsiadka, Wiktoria, zgłosiła”): the person's name, though also a word."""
    if len(run) != 1 or not run.start or run.stop >= len(words) or not tags(words[run.start].word).first:
        return False
    before, t, after = words[run.start - 1], words[run.start], words[run.stop]
    if not (re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[before.end:t.start])
            and re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[t.end:after.start])):
        return False
    return bool(person_verb(after.word) or name_tags.verb(after.word) and after.word.islower()) \
        and (_role(before) or tags(before.word).person and before.word[0].isupper())


def _before_a_title(words: list[_Token], run: range) -> range:
    """The run up to a patron's title inside it („Dzień Świętego Mikołaja”: the saint after „Świętego” is a feast's
    patron, left to the patron rules; „Dzień” is judged alone). A run a saint's title opens names the saint in any
    case („w Dniu Świętego Mikołaja”, „Święty Mikołaj rozda ulotki”, „św. Mikołaj”) by a first name."""
    rest = None
    if len(run) > 1 and (words[run.start].word in _SAINT or words[run.start].lower in ("św", "bł") and words[run.start].dot):
        rest = range(run.start + 1, run.stop)
    elif run.start and words[run.start - 1].lower in ("św", "bł") and words[run.start - 1].dot:
        rest = run
    if rest is not None:  # a saint's first name („Mikołaja”, „Anny”) stays; „Święta Kowalska” is judged
        saint = all(words[i].word in COMMON_FIRST or tags(words[i].word).first for i in rest)
        return range(run.start, run.start) if saint else rest
    for k in range(run.start + 1, run.stop - 1):
        if words[k].word in _PATRON and words[k].word[0].isupper():
            return range(run.start, k)
    return run


def _firm_of_a_title(words: list[_Token], index: int) -> bool:
    """A firm's name of a title and a name after a business noun („Apteka Dr. Max”, „w Aptece Dr. Max”): a brand."""
    return index >= 2 and words[index - 1].lower in ("dr", "doc", "prof") and words[index - 2].word[0].isupper() \
        and words[index - 2].word in _BUSINESS


# What a man's name after „na” is the object of – a complaint, an attack, a wait („Skarga na Kowalczyka”,
# „Napadli na Nowaka”, „Czekali na Marka pod klatką”): his genitive, a street's patron's case, is his accusative too.
_AGAINST = _forms(("skarga", "donos", "doniesienie", "napaść", "napad", "atak", "uwaga", "zawiadomienie", "zasadzka",
                   "polowanie", "nagonka", "pretensja", "zażalenie", "obława"))
_AGAINST_VERB = re.compile(r"(?:po)?(?:skarż|narzek|napad|napaś|donos|donies|donieś|doniosł|czeka|czyha|polowa|poluj"
                           r"|nasła|nasył|naskocz|rzuci|rzuca|krzycz|nakrzycz|wrzeszcz|uważa|napuści|zasadzi)")


def _persons_locator_after(text: str, end: int) -> bool:
    """A person's flat, floor or staircase right after a name („z parteru”, „z 8a”, „spod 12”), not a street's
    („z Lipowej”) nor a year's („z 1834 roku”)."""
    place = _PLACE_OF_A_PERSON.match(text, end)
    return bool(place) and not place.group()[-1].isupper() and not re.match(r"\d{4}", text[place.end() - 1:])


def _against_a_man(text: str, words: list[_Token], run: range) -> bool:
    """A man's name in the accusative after „na” right after a complaint's, an attack's or a wait's word (its „na”,
    not another's: „Skargi na hałas na Piłsudskiego”), or a person's locator after it („na Kowalczyka z parteru”, „spod 12”) – which no street takes."""
    index = run.start
    if index < 1 or words[index - 1].lower != "na" or not _LINE_SPACE.fullmatch(text[words[index - 1].end:words[index].start]):
        return False
    if not any(case == "acc" and gender == "m1" for case, gender in _name_forms([words[i] for i in run])) \
            or any(_people(words[i].word) or words[i].lower.endswith("ów") for i in run):
        return False  # a man, not a people or a family („skarżą się na Niemców z firmy”: _quarrel_with for families)
    if _persons_locator_after(text, words[run.stop - 1].end):
        return True
    k = index - 2
    if k > 0 and words[k].lower == "się" and _LINE_SPACE.fullmatch(text[words[k - 1].end:words[k].start]):
        k -= 1  # „Skarżą się na Wiśniewskiego”
    return k >= 0 and bool(_LINE_SPACE.fullmatch(text[words[k].end:words[k + 1].start])) \
        and (words[k].lower in _AGAINST or bool(_AGAINST_VERB.match(words[k].lower)))


def _bare_street(text: str, words: list[_Token], index: int, names: list[_Token]) -> bool:
    """A first name and a surname right after a bare „na” or „przy” in the genitive, a case neither governs for a
    person: a street's patron („szkoła na Heleny Modrzejewskiej”, „przy Ireny Kwiatkowskiej”) – a man's genitive is
    also his accusative („Mandat nałożono na Piotra Mazurka”), a person's."""
    before = words[index - 1].lower if index else ""
    if before not in ("na", "przy") or not _SPACE.fullmatch(text[words[index - 1].end:words[index].start]):
        return False
    forms = _name_forms([t for t in names if t.word[0].isupper()])
    other = "acc" if before == "na" else "loc"
    return any(case == "gen" for case, _ in forms) and not any(case == other for case, _ in forms)


def _patron_case(names: list[_Token], man: bool = False) -> bool:
    """A patron's or a street's name is in the genitive („Jana Pawła”, „Piłsudskiego”) or an adjective's locative
    („przy Lubelskiej”), its words in one gender: „Krystyna Mazur” is no „Krystyn Mazur”, „kpt. Jan Kowalski” no
    patron (an unknown word may be any form)."""
    found = [t for t in names if tags(t.word).known]
    return not found or any(case in ("gen", "loc") and (not man or gender == "m1")
                            for case, gender in _name_forms(found))
