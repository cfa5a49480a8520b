"""The forms a case file leaves out, derived from the dictionary and listed for confirmation.

Each entry of FORMS names a printed field that may be left out and how to derive
it; fill() sets the derived values on the loaded case and reports each one, so
`pismo sprawdz` lists it and `pismo odmien` can write it into the file. The
dictionary loads only if some form is actually missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pismo.case.holes import is_hole

CONFIRM = "potwierdź albo wpisz własną"


@dataclass(frozen=True)
class Derived:
    """One derived value: where it belongs in the case file, the value, and how to say it."""

    loc: tuple
    value: str | list  # a form, or the lines of the letterhead
    message: str
    certain: bool = True

    @property
    def shown(self) -> str:
        """The value as a message shows it: the letterhead's lines one after another."""
        return self.value if isinstance(self.value, str) else " / ".join(self.value)


def _names(s):
    """(location, Odmiana) of every name whose genitive a document prints."""
    j = s.jednostka
    yield ("jednostka", "nazwa"), j.nazwa
    for key in ("nadrzedna", "wydzial", "zespol"):
        if getattr(j, key) is not None:
            yield ("jednostka", key), getattr(j, key)


def _people(s):
    """(location, object with imie_nazwisko and plec) of every person whose gender a document may print."""
    yield from s.osoby.sporzadzajacy()
    for key in ("komendant", "przelozony"):
        osoba = getattr(s.osoby, key)
        if osoba is not None:
            yield ("osoby", key), osoba
    for i, p in enumerate(s.partnerzy):
        for j, a in enumerate(p.adresaci):
            if a.osoba is not None:
                yield ("partnerzy", i, "adresaci", j, "osoba"), a.osoba


def _open(text: str | None) -> bool:
    """A value still to fill in (UZUPEŁNIJ) is reported as such, not declined."""
    from pismo.case.model import has_placeholder

    return text is None or has_placeholder(text)


def _missing(s) -> bool:
    """Whether anything is left to derive (so the dictionary need not load otherwise)."""
    return (s.jednostka.naglowek is None
            or any(n.dopelniacz is None for _, n in _names(s))
            or any(m.miejsce.miejscownik is None for m in s.spotkania)
            or any(o.plec is None for _, o in _people(s))
            or any(a.osoba and not a.kolegialny and not a.powitanie for p in s.partnerzy for a in p.adresaci))


def fill(s) -> tuple[list[Derived], list[tuple[tuple, str]]]:
    """Derive what the case leaves out; set it on the case. Returns (derived, [(loc, problem)])."""
    if not _missing(s):
        return [], []
    from pismo.morph import offices, people, phrases

    derived: list[Derived] = []
    problems: list[tuple[tuple, str]] = []
    j = s.jednostka
    chain = [n.mianownik for n in (j.nadrzedna, j.nazwa) if n is not None]
    if j.naglowek is None and not any(_open(name) for name in chain):
        j.naglowek = letterhead(chain)
        derived.append(Derived(("jednostka", "naglowek"), j.naglowek,
                               f"nagłówek pisma z nazw jednostek: {' / '.join(j.naglowek)} – potwierdź albo wpisz własny"))
    for loc, name in _names(s):
        if name.dopelniacz is None and not _open(name.mianownik):
            form = phrases.decline(name.mianownik, "gen")
            if form:
                name.dopelniacz = form
                derived.append(Derived(loc + ("dopelniacz",), form, f"odmiana ze słownika: {form} – {CONFIRM}"))
    for i, m in enumerate(s.spotkania):
        if m.miejsce.miejscownik is None and not _open(m.miejsce.nazwa):
            form = phrases.in_place(m.miejsce.nazwa)
            if form:
                m.miejsce.miejscownik = form
                derived.append(Derived(("spotkania", i, "miejsce", "miejscownik"), form,
                                       f"odmiana ze słownika: {form} – {CONFIRM}"))
    for loc, osoba in _people(s):
        if osoba.plec is None and not _open(osoba.imie_nazwisko):
            plec = people.gender(osoba.imie_nazwisko)
            if plec:
                osoba.plec = plec
                first = people.split(osoba.imie_nazwisko)[0][0]
                what = "kobieta" if plec == "K" else "mężczyzna"
                derived.append(Derived(loc + ("plec",), plec,
                                       f"płeć ze słownika imion: {plec} ({what}, imię „{first}”) – potwierdź "
                                       "albo wpisz plec: M albo K"))
            else:
                problems.append((loc + ("plec",), _unknown_gender(osoba.imie_nazwisko)))
    for i, p in enumerate(s.partnerzy):
        for j, a in enumerate(p.adresaci):
            if (a.osoba and not a.kolegialny and not a.powitanie and a.osoba.plec and not is_hole(a.osoba.plec)
                    and not _open(a.osoba.funkcja)):
                try:
                    text = offices.salutation(a.osoba.funkcja, a.osoba.plec)
                except offices.UnknownOffice:
                    continue  # the letter reports it with an example when it is made
                a.powitanie = text
                derived.append(Derived(("partnerzy", i, "adresaci", j, "powitanie"), text,
                                       f"powitanie ze słownika: „{text}” – potwierdź albo wpisz własne"))
    return derived, problems


_PLACE = re.compile(r"\s(?=WE?\s)")  # where the place begins: „… POLICJI | W ŁĘCZNEJ”, „… | WE WRZOSOGRODZIE”


def letterhead(chain: list[str]) -> list[str]:
    """The letterhead from the unit's names, the unit above first, as units split it: „KOMENDA POWIATOWA
    POLICJI” / „W ŁĘCZNEJ” / „POSTERUNEK POLICJI” / „W CYCOWIE”; a place the line above already names is
    not repeated („KOMENDA MIEJSKA POLICJI” / „W RADOMIU” / „II KOMISARIAT POLICJI”)."""
    lines: list[str] = []
    for name in chain:
        parts = _PLACE.split(name.upper(), maxsplit=1)
        if len(parts) == 2 and lines and lines[-1] == parts[1]:
            parts = parts[:1]
        lines += parts
    return lines


def _unknown_gender(name: str) -> str:
    from pismo.morph import people

    firsts = people.split(name)[0]
    first = f"imienia „{firsts[0]}”" if firsts else "imienia (podaj imię przed nazwiskiem)"
    return f"słownik nie zna {first} – wpisz płeć: plec: M (mężczyzna) albo plec: K (kobieta)"
