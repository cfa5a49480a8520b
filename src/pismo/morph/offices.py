"""Salutations from the office word's vocative: "Szanowny Panie Sołtysie,".

The office is the first noun of the function ("Przewodniczący Rady Osiedla
Bobrowniki" → przewodniczący); a deputy is addressed by the office deputised
("Zastępca Burmistrza", "Wicestarosta" → burmistrz, starosta). A woman is
addressed by the office word in the nominative ("Pani Burmistrz", "Pani
Dyrektor"), by the feminine of an adjectival office ("Pani Przewodnicząca"),
and in the vocative of an office ending in -a ("Pani Starosto"). The table
below holds only the exceptions.
"""

from __future__ import annotations

from pismo.morph import dictionary as d
from pismo.morph.people import regular_surname
from pismo.morph.phrases import inflect


class UnknownOffice(ValueError):
    """The dictionary cannot read the office in the function."""


# exceptions: office → (to a man, to a woman); the whole salutation
_FIXED = {
    "proboszcz": ("Szanowny Księże Proboszczu,", "Szanowny Księże Proboszczu,"),
    "wikariusz": ("Szanowny Księże,", "Szanowny Księże,"),
    "ksiądz": ("Szanowny Księże,", "Szanowny Księże,"),
}
# feminine office words addressed by the office itself: Pani Dyrektor, not Pani Dyrektorko
_FEMININE = {"dyrektorka": "dyrektor", "kierowniczka": "kierownik", "prezeska": "prezes", "naczelniczka": "naczelnik",
             "komendantka": "komendant", "burmistrzyni": "burmistrz", "sołtyska": "sołtys", "prezydentka": "prezydent",
             "zastępczyni": "zastępca", "sekretarka": "sekretarz", "inspektorka": "inspektor",
             "koordynatorka": "koordynator", "kuratorka": "kurator", "prokuratorka": "prokurator", "wójtka": "wójt",
             "marszałkini": "marszałek", "starościna": "starosta", "pełnomocniczka": "pełnomocnik",
             "rzeczniczka": "rzecznik", "skarbniczka": "skarbnik", "członkini": "członek"}
_DEPUTY = {"zastępca", "zastępczyni", "p.o.", "pełniący", "pełniąca", "wz.", "z-ca"}
_SKIP = {"obowiązki", "ks.", "ksiądz", "pan", "pani", "pierwszy", "pierwsza", "drugi", "druga", "i", "ii", "iii"}
_SALUTE = {"M": "Szanowny Panie", "K": "Szanowna Pani"}


def _office_readings(word: str, case: str = "nom"):
    """A word's readings as a person noun (an office) in the given case: masculine-personal or feminine."""
    return [r for r in d.analyse(word) if r.noun and case in r.cases and "sg" in r.number
            and r.genders & {"m1", "f"} and "nazwa_pospolita" in r.labels]


def _office(function: str) -> tuple[str, str]:
    """(office word as written in the function, its lemma) – the deputy's office for a deputy."""
    words = [w.strip(",;") for w in function.split()]
    i = 0
    while i < len(words) and words[i].lower() in _SKIP:
        i += 1
    if i >= len(words):
        raise UnknownOffice(function)
    word = words[i]
    low = word.lower()
    if low in _DEPUTY:
        for following in words[i + 1:]:
            if following.lower() in _SKIP:
                continue
            found = _office_readings(following, "gen")
            if found:
                return following, d.base(found[0].lemma)
            break
        raise UnknownOffice(function)
    if low.startswith("wice") and len(low) > 6:
        rest = word[4:].lstrip("-")
        if _office_readings(rest):
            word, low = rest, rest.lower()
    if low in _FIXED or low in _FEMININE:
        return word, low
    found = _office_readings(word)
    if not found:
        raise UnknownOffice(function)
    return word, d.base(found[0].lemma)


def _adjectival(lemma: str) -> list:
    """The adjective behind an adjectival office (przewodniczący, radny), if it is one."""
    masculine = {"przewodnicząca": "przewodniczący", "radna": "radny", "wiceprzewodnicząca": "wiceprzewodniczący"}
    lemma = masculine.get(lemma, lemma)
    return [r for r in d.analyse(lemma) if r.adjectival and "nom" in r.cases and "m1" in r.genders
            and d.base(r.lemma) == lemma]


def vocative(function: str, plec: str) -> str:
    """The office word as the salutation uses it: 'Burmistrzu' (M), 'Burmistrz' (K)."""
    word, lemma = _office(function)
    if lemma in _FIXED:
        return lemma
    if lemma in _FEMININE:
        lemma = _FEMININE[lemma]
        if lemma == "zastępca":
            raise UnknownOffice(function)
    adjective = _adjectival(lemma)
    if adjective:  # Pan Przewodniczący / Pani Przewodnicząca: the vocative is the nominative
        form = inflect(adjective[0], "nom", "sg", "m1" if plec == "M" else "f")
        if form:
            return form[:1].upper() + form[1:]
    masculine = [r for r in d.analyse(lemma) if r.noun and "nom" in r.cases and "m1" in r.genders
                 and d.base(r.lemma) == lemma and "nazwa_pospolita" in r.labels]
    if not masculine:
        raise UnknownOffice(function)
    if plec == "K" and not lemma.endswith("a"):
        return lemma[:1].upper() + lemma[1:]  # Pani Burmistrz, Pani Dyrektor, Pani Prezes
    form = inflect(masculine[0], "voc", "sg", "m1")
    if not form:
        raise UnknownOffice(function)
    return form[:1].upper() + form[1:]  # Panie Sołtysie; Pani Starosto


def salutation(function: str, plec: str) -> str:
    """'Szanowny Panie Sołtysie,' for a man, 'Szanowna Pani Wójt,' for a woman."""
    word, lemma = _office(function)
    if lemma in _FIXED:
        return _FIXED[lemma][0 if plec == "M" else 1]
    return f"{_SALUTE[plec]} {vocative(function, plec)},"


def example(function: str, plec: str) -> str:
    """A salutation to show when the office cannot be read: the first word by the regular paradigm."""
    words = [w for w in function.split() if w.lower() not in _SKIP]
    word = words[0].strip(",;") if words else ""
    if not word or d.analyse(word):  # no word, or a known word that names no office ("Urząd Miejski")
        word = "Dyrektor"
    if plec == "M":
        guess = regular_surname(word, "M", "voc") if not word.lower().endswith(("y", "i")) else word
        return f"{_SALUTE['M']} {guess},"
    return f"{_SALUTE['K']} {word},"
