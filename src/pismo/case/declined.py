"""A name's case form copied from its nominative („dopelniacz: Wydział Prewencji”): the officer filling the skeleton
copies the line above, and the plan's title prints „Rewiru Dzielnicowych Wydział Prewencji”. Told only when the
dictionary says the name's first word has another genitive („Centrum”, „Liceum” keep theirs: never told)."""

from __future__ import annotations

from pydantic import BaseModel

from pismo.case.model import Odmiana

_SAME_TOLD = ("dopełniacz jest taki sam jak mianownik („{name}”) – pismo drukuje go w tytule planu i w pismach tam, gdzie "
              "nazwa odpowiada na pytanie „kogo? czego?”; wpisz tę formę (np. „{example}”) albo usuń ten wiersz – pismo "
              "samo odmieni nazwę i pokaże ją do potwierdzenia")
_EXAMPLES = {"f": "Komendy Miejskiej Policji …", "n": "Stowarzyszenia …"}


def same_forms(model, loc: tuple = ()):
    """(loc, message) of each name whose genitive is written as its nominative, where that cannot be right."""
    if isinstance(model, Odmiana):
        told = _same_genitive(model)
        if told:
            yield loc + ("dopelniacz",), told
        return
    if isinstance(model, BaseModel):
        for name in type(model).model_fields:
            yield from same_forms(getattr(model, name), loc + (name,))
    elif isinstance(model, list):
        for i, item in enumerate(model):
            yield from same_forms(item, loc + (i,))


def _same_genitive(name: Odmiana) -> str | None:
    nominative, genitive = name.mianownik, name.dopelniacz
    if not (isinstance(nominative, str) and isinstance(genitive, str)) or " ".join(genitive.split()) != \
            " ".join(nominative.split()) or not nominative.split():
        return None
    gender = _declined_head(nominative.split()[0])
    if gender is None:
        return None
    return _SAME_TOLD.format(name=" ".join(nominative.split()), example=_EXAMPLES.get(gender, "Wydziału Prewencji"))


def _declined_head(word: str) -> str | None:
    """The gender of a name's first word when the dictionary knows it as a common noun or an adjective in the
    nominative and none of its readings is a genitive; else None (unknown, an acronym, an indeclinable word)."""
    from pismo.morph import dictionary

    if not dictionary.available():
        return None
    readings = [r for r in dictionary.analyse(word) if r.adjectival or (r.noun and "nazwa_pospolita" in r.labels)]
    if not readings or any("gen" in r.cases for r in readings) or not any("nom" in r.cases for r in readings):
        return None
    return next(iter(sorted(next(r for r in readings if "nom" in r.cases).genders)))
