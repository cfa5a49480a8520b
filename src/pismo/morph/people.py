"""People's names: gender from the first name, declension of names, and the
nominative of a name written in the genitive or dative ("asp. Anny Nowak").

The dictionary (SGJP) knows first names and many surnames; a surname it does
not know is declined by the regular Polish paradigms (-ski/-cki/-dzki, other
adjectival surnames, -a, consonant stems) and reported as uncertain.
"""

from __future__ import annotations

from dataclasses import dataclass

from pismo.morph import dictionary as d
from pismo.morph.phrases import inflect, match_case

_GENDER = {"M": "m1", "K": "f"}
_TITLES = {"dr", "dr.", "mgr", "mgr.", "inż.", "prof.", "ks.", "hab.", "lek.", "pan", "pani"}


@dataclass(frozen=True)
class Name:
    """A name in the nominative, the gender it shows, and whether every part came from the dictionary."""

    text: str
    plec: str | None
    certain: bool


def _first(readings, case: str, label: str):
    return [r for r in readings if r.noun and case in r.cases and "sg" in r.number and label in r.labels]


def first_name_gender(first: str) -> str | None:
    """'Anna' → 'K', 'Kuba' → 'M'; None for a name the dictionary does not know or both genders use."""
    first = first.split("-")[0]
    genders = {g for r in _first(d.analyse(first), "nom", "imię") for g in r.genders} & {"m1", "f"}
    if len(genders) != 1:
        return None
    return "M" if genders == {"m1"} else "K"


def split(full: str) -> tuple[list[str], list[str]]:
    """(first names, surname words) of 'Jan Maria Nowak-Kowalski'; titles such as 'dr' are left out."""
    words = [w for w in full.split() if w.lower() not in _TITLES]
    if len(words) < 2:
        return [], words
    return words[:-1], words[-1:]


def gender(full: str) -> str | None:
    """The gender the first name shows, or None (unknown first name: the user must say)."""
    firsts, _ = split(full)
    return first_name_gender(firsts[0]) if firsts else None


# ---------------------------------------------------------------------------------------- surnames

_SOFT_LOC = ("c", "cz", "sz", "rz", "ż", "dż", "j", "l", "k", "g", "ch", "dz")
_HARD_LOC = (("st", "ście"), ("zd", "ździe"), ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"), ("n", "nie"),
             ("s", "sie"), ("z", "zie"), ("m", "mie"), ("p", "pie"), ("b", "bie"), ("f", "fie"), ("w", "wie"))
_A_DAT = (("cha", "sze"), ("ka", "ce"), ("ga", "dze"), ("ra", "rze"), ("ła", "le"), ("ta", "cie"), ("da", "dzie"),
          ("sa", "sie"), ("za", "zie"), ("na", "nie"), ("wa", "wie"), ("ma", "mie"), ("pa", "pie"), ("ba", "bie"),
          ("fa", "fie"), ("la", "li"), ("ja", "i"), ("ia", "ii"), ("ca", "cy"), ("cza", "czy"), ("sza", "szy"),
          ("rza", "rzy"), ("ża", "ży"))
_SOFT_WRITTEN = {"ń": "ni", "ś": "si", "ć": "ci", "ź": "zi"}
_ADJECTIVAL_F = ("ska", "cka", "dzka", "owa", "ewa")


def _paradigm(surname: str, plec: str) -> str:
    """Which regular paradigm an unknown surname follows."""
    low = surname.lower()
    if plec == "M":
        if low.endswith(("ski", "cki", "dzki", "ki", "gi")):
            return "adj-i"
        if low.endswith("y"):
            return "adj-y"
        if low.endswith(("a", "o")):
            return "a"
        return "consonant"
    if low.endswith(_ADJECTIVAL_F):
        return "adj-f"
    if low.endswith("a"):
        return "a"
    return "indeclinable"


def _a_stem(stem_a: str, case: str) -> str:
    stem = stem_a[:-1]
    if case == "gen":
        return stem + ("i" if stem.endswith(("k", "g", "l", "j", "i")) else "y" if not stem.endswith(
            ("c", "cz", "sz", "rz", "ż")) else "y")
    if case in ("dat", "loc"):
        for ending, replacement in _A_DAT:
            if stem_a.lower().endswith(ending):
                return stem_a[: -len(ending)] + replacement
        return stem + "ie"
    return {"acc": stem + "ę", "inst": stem + "ą", "voc": stem + "o"}.get(case, stem_a)


def _consonant(word: str, case: str) -> str:
    stem = word
    low = word.lower()
    if low.endswith(("iek", "iec")) and len(low) > 5:
        stem = word[:-3] + word[-1]  # Grzybowiec → Grzybowc-
    elif low.endswith(("ek", "ec")) and len(low) > 4:
        stem = word[:-2] + word[-1]  # Kaczmarek → Kaczmark-
    if stem[-1:] in _SOFT_WRITTEN:
        stem = stem[:-1] + _SOFT_WRITTEN[stem[-1]]
    if case in ("gen", "acc"):
        return stem + "a"
    if case == "dat":
        return stem + "owi"
    if case == "inst":
        return stem + ("iem" if stem.lower().endswith(("k", "g")) else "em")
    if case in ("loc", "voc"):
        low = stem.lower()
        if low.endswith(_SOFT_LOC) or low.endswith("i"):
            return stem + "u"
        for ending, replacement in _HARD_LOC:
            if low.endswith(ending):
                return stem[: -len(ending)] + replacement
        return stem + "u"
    return word


def regular_surname(surname: str, plec: str, case: str) -> str:
    """A surname the dictionary does not know, by the regular paradigm its ending shows."""
    if case == "nom":
        return surname
    kind = _paradigm(surname, plec)
    if kind == "adj-i":
        return surname[:-1] + {"gen": "iego", "acc": "iego", "dat": "iemu", "inst": "im", "loc": "im"}.get(case, "i")
    if kind == "adj-y":
        return surname[:-1] + {"gen": "ego", "acc": "ego", "dat": "emu", "inst": "ym", "loc": "ym"}.get(case, "y")
    if kind == "adj-f":
        soft = surname.lower().endswith(("ka", "ga"))
        return surname[:-1] + ({"acc": "ą", "inst": "ą"}.get(case) or ("iej" if soft else "ej") if case != "voc" else "a")
    if kind == "a":
        return _a_stem(surname, case)
    if kind == "consonant":
        return _consonant(surname, case)
    return surname  # a woman's surname ending in a consonant does not decline


def _known(word: str, case: str, plec: str, source: str = "nom"):
    """A reading of a name word in the dictionary (first name or surname) for this gender."""
    target = _GENDER[plec]
    for label in ("imię", "nazwisko"):
        for r in _first(d.analyse(word), source, label):
            if target in r.genders:
                form = inflect(r, case, "sg", target)
                if form:
                    return match_case(word, form)
    return None


def _decline_word(word: str, plec: str, case: str, surname: bool) -> tuple[str, bool]:
    parts = word.split("-")
    out, certain = [], True
    for part in parts:
        known = _known(part, case, plec)
        if known is None and surname:
            known, certain = regular_surname(part, plec, case), False
        elif known is None:
            known, certain = part, False
        out.append(known)
    return "-".join(out), certain


def decline(full: str, plec: str, case: str) -> Name:
    """'Anna Nowak' in the genitive → 'Anny Nowak'; uncertain when a part is not in the dictionary."""
    firsts, surnames = split(full)
    out, certain = [], True
    for words, is_surname in ((firsts, False), (surnames, True)):
        for word in words:
            form, sure = _decline_word(word, plec, case, is_surname)
            out.append(form)
            certain = certain and sure
    return Name(" ".join(out), plec, certain)


# ------------------------------------------------------------------------------- back to nominative

_BACK = {  # (gender, case): endings of an unknown surname → nominative endings, longest first
    ("M", "gen"): (("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("kiego", "ki"), ("giego", "gi"),
                   ("ego", "y"), ("ki", "ka"), ("gi", "ga"), ("li", "la"), ("y", "a"), ("a", "")),
    ("M", "dat"): (("skiemu", "ski"), ("ckiemu", "cki"), ("dzkiemu", "dzki"), ("kiemu", "ki"), ("emu", "y"),
                   ("owi", "")) + tuple((new, old) for old, new in _A_DAT if len(new) > 1),
    ("K", "gen"): (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("kiej", "ka"), ("giej", "ga"), ("ej", "a"),
                   ("ki", "ka"), ("gi", "ga"), ("li", "la"), ("y", "a")),
    ("K", "dat"): (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("kiej", "ka"), ("giej", "ga"), ("ej", "a"))
                  + tuple((new, old) for old, new in _A_DAT if len(new) > 1),
}


_CONSONANTS = set("bcćdfghjklłmnńprsśtwzźż")


def _mobile_e(word: str) -> str:
    """The vowel the other cases drop: Grzybowc(a) → Grzybowiec, Kaczmark(a) → Kaczmarek."""
    low = word.lower()
    if len(low) > 3 and low[-1] in "ck" and low[-2] in _CONSONANTS and low[-2:] not in ("sk", "ck", "zk", "ch"):
        return word[:-1] + ("ie" if low[-2] in "wmbpn" else "e") + word[-1]
    return word


def _back(word: str, plec: str, case: str) -> tuple[str, bool]:
    """The nominative of one surname word in the genitive or dative."""
    target = _GENDER[plec]
    for r in _first(d.analyse(word), case, "nazwisko"):
        if target in r.genders:
            return match_case(word, d.base(r.lemma)), True
    for ending, nominative in _BACK.get((plec, case), ()):
        if word.lower().endswith(ending) and len(word) > len(ending) + 1:
            return _mobile_e(word[: len(word) - len(ending)] + nominative), False
    return word, False  # a woman's surname in a consonant: the same in every case


_LOOKS = {("M", "gen"): ("ego",), ("M", "dat"): ("emu", "owi"), ("K", "gen"): ("ej",), ("K", "dat"): ("ej",),
          ("M", "nom"): ("i", "y"), ("K", "nom"): ("a",)}


def _surname_fits(surnames: list[str], plec: str, case: str) -> bool:
    """Does the surname look like this case and gender ('Makietowego': a man, genitive)?"""
    if not surnames:
        return False
    word = surnames[-1].split("-")[-1]
    if any(_GENDER[plec] in r.genders for r in _first(d.analyse(word), case, "nazwisko")):
        return True
    return word.lower().endswith(_LOOKS[(plec, case)])


def nominative(name: str) -> Name | None:
    """'Anny Nowak' → Anna Nowak (K), 'Tomasza Kaczmarka' → Tomasz Kaczmarek (M), 'Annie Nowak' → Anna Nowak.

    The first name must be in the dictionary (it tells the case and gender); None otherwise."""
    firsts, surnames = split(name)
    if not firsts:
        return None
    candidates = []
    for case in ("nom", "gen", "dat"):
        readings = _first(d.analyse(firsts[0].split("-")[0]), case, "imię")
        for plec, gender in _GENDER.items():
            if any(gender in r.genders for r in readings):
                candidates.append((not _surname_fits(surnames, plec, case), len(candidates), case, plec))
    for _, _, case, plec in sorted(candidates)[:1]:
        if case == "nom":
            return Name(" ".join(firsts + surnames), plec, True)
        out, certain = [], True
        for first in firsts:
            found = [r for r in _first(d.analyse(first), case, "imię") if _GENDER[plec] in r.genders]
            out.append(match_case(first, d.base(found[0].lemma)) if found else first)
            certain = certain and bool(found)
        for surname in surnames:
            parts = [_back(part, plec, case) for part in surname.split("-")]
            out.append("-".join(p for p, _ in parts))
            certain = certain and all(sure for _, sure in parts)
        return Name(" ".join(out), plec, certain)
    return None
