"""The case file as a validated model: one plan działania priorytetowego.

Keys are the Polish words officers read in the YAML file. Fields that only
some documents print are optional here; each document demands what it prints
(see pismo.documents), so a missing value is an error naming the field there.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Literal, Optional, Union

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

PLACEHOLDER = "UZUPEŁNIJ"

# Characters XML 1.0 cannot hold (tab and newline are allowed).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Invisible characters that silently corrupt official text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def _clean_text(value: str) -> str:
    bad = _XML_FORBIDDEN.search(value)
    if bad:
        raise ValueError(f"niedozwolony znak sterujący U+{ord(bad.group()):04X} na pozycji {bad.start() + 1} – usuń go")
    bad = _INVISIBLE.search(value)
    if bad:
        name = unicodedata.name(bad.group(), "znak niewidoczny")
        raise ValueError(f"niewidoczny znak U+{ord(bad.group()):04X} ({name}) na pozycji {bad.start() + 1} – usuń go")
    value = value.strip()
    if not value:
        raise ValueError("pole jest puste – wpisz treść albo usuń pole, jeśli jest nieobowiązkowe")
    return value


def _paragraphs(value):
    """A block of text becomes paragraphs split on blank lines."""
    if isinstance(value, str):
        blocks = re.split(r"\n[ \t]*\n", value.strip())
        return [" ".join(line.strip() for line in block.split("\n")) for block in blocks if block.strip()]
    return value


def _number_as_text(value):
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _forms(value):
    return {"mianownik": value} if isinstance(value, str) else value


Tekst = Annotated[str, AfterValidator(_clean_text)]
Akapity = Annotated[list[Tekst], BeforeValidator(_paragraphs), Field(min_length=1)]
Linie = Annotated[list[Tekst], Field(min_length=1)]
Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$")]
Plec = Literal["M", "K"]
Godzina = Annotated[str, Field(pattern=r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$")]
Email = Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
Telefon = Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ()-]{5,20}$")]
NumerRejonu = Annotated[str, BeforeValidator(_number_as_text), Field(pattern=r"^([1-9][0-9]{0,3}|[IVXLCDM]{1,10})$")]
Liczba = Union[int, float]


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class Odmiana(Model):
    """A name and the grammatical forms documents need; never guessed."""

    mianownik: Tekst
    dopelniacz: Optional[Tekst] = None
    celownik: Optional[Tekst] = None
    biernik: Optional[Tekst] = None
    narzednik: Optional[Tekst] = None
    miejscownik: Optional[Tekst] = None


Nazwa = Annotated[Odmiana, BeforeValidator(_forms)]


class Jednostka(Model):
    nazwa: Nazwa
    naglowek: Linie
    wydzial: Optional[Nazwa] = None
    zespol: Optional[Nazwa] = None
    adres: Optional[Linie] = None
    telefon: Optional[Telefon] = None
    email: Optional[Email] = None
    miejscowosc: Tekst


class Osoba(Model):
    stopien: Optional[Tekst] = None
    imie_nazwisko: Tekst
    plec: Plec
    funkcja: Optional[Tekst] = None
    podpis: Optional[Linie] = None
    telefon: Optional[Telefon] = None
    email: Optional[Email] = None


class Osoby(Model):
    dzielnicowy: Osoba
    komendant: Optional[Osoba] = None
    przelozony: Optional[Osoba] = None


class Rejon(Model):
    numer: NumerRejonu
    opis: Optional[Tekst] = None


class Okres(Model):
    od: dt.date
    do: dt.date


class Zagrozenie(Model):
    opis: Akapity
    miejsca: list[Tekst] = []
    zrodla: list[Tekst] = []


class Wskaznik(Model):
    id: Id
    nazwa: Tekst
    wartosc_wyjsciowa: Liczba
    wartosc_docelowa: Liczba
    jednostka: Optional[Tekst] = None
    sposob_oceny: Optional[Tekst] = None


class Cel(Model):
    opis: Akapity
    wskazniki: list[Wskaznik] = []


class Termin(Model):
    od: Optional[dt.date] = None
    do: dt.date
    cyklicznie: Optional[Tekst] = None


class Dzialanie(Model):
    id: Id
    opis: Tekst
    termin: Termin
    partnerzy: list[Id] = []
    dokumenty: list[Id] = []


class AdresatOsoba(Model):
    plec: Plec
    imie_nazwisko: Tekst
    funkcja: Tekst


class Adresat(Model):
    id: Id
    osoba: Optional[AdresatOsoba] = None
    nazwa: Linie
    adres: Optional[Linie] = None
    kolegialny: bool = False
    powitanie: Optional[Tekst] = None


class Partner(Model):
    id: Id
    nazwa: Nazwa
    komorki: list[Tekst] = []
    zadania: Tekst
    adresaci: list[Adresat] = []


class Pismo(Model):
    """Correspondence data of one letter."""

    data: Optional[dt.date] = None
    znak: Optional[Tekst] = None
    podpisuje: Literal["komendant", "dzielnicowy"] = "komendant"
    egzemplarze: Linie = ["adresat", "a/a"]
    zalaczniki: list[Tekst] = []


class Wniosek(Model):
    id: Id
    adresat: Id
    dotyczy: Tekst
    problem: Optional[Akapity] = None
    prosba: Tekst
    uzasadnienie: Akapity
    efekt: Optional[Akapity] = None
    pismo: Optional[Pismo] = None


class Miejsce(Model):
    nazwa: Tekst
    adres: Tekst
    miejscownik: Optional[Tekst] = None


class Uczestnik(Model):
    imie_nazwisko: Tekst
    funkcja: Tekst


class Ustalenie(Model):
    tresc: Tekst
    odpowiedzialny: Tekst
    termin: Union[dt.date, Tekst]


class Protokol(Model):
    data: Optional[dt.date] = None
    obecni: list[Uczestnik] = []
    przebieg: list[Akapity] = []
    ustalenia: list[Ustalenie] = []
    protokolant: Tekst
    prowadzacy: Tekst


class Spotkanie(Model):
    id: Id
    numer: Optional[Tekst] = None
    data: dt.date
    godzina: Godzina
    godzina_zakonczenia: Optional[Godzina] = None
    miejsce: Miejsce
    temat: Tekst
    cel: Optional[Akapity] = None
    zaproszeni: list[Id] = []
    porzadek: Linie
    zaproszenie: Optional[Pismo] = None
    protokol: Optional[Protokol] = None


class RealizacjaDzialania(Model):
    dzialanie: Id
    status: Literal["zrealizowane", "częściowo zrealizowane", "w trakcie", "niezrealizowane"]
    data: Optional[dt.date] = None
    opis: Akapity


class RealizacjaPartnera(Model):
    partner: Id
    opis: Akapity


class WynikWskaznika(Model):
    wskaznik: Id
    wartosc: Liczba


class OcenaCelu(Model):
    ocena: Literal["osiągnięty", "częściowo osiągnięty", "nieosiągnięty"]
    uzasadnienie: Akapity


class Realizacja(Model):
    data: dt.date
    dzialania: list[RealizacjaDzialania] = []
    partnerzy: list[RealizacjaPartnera] = []
    wskazniki: list[WynikWskaznika] = []
    cel: OcenaCelu
    wnioski: Akapity


class PlanPismo(Model):
    """Data of the plan document itself (date of preparation)."""

    data: dt.date


class Sprawa(Model):
    """One priority action plan: everything its documents print."""

    jednostka: Jednostka
    osoby: Osoby
    rejon: Rejon
    okres: Okres
    plan: Optional[PlanPismo] = None
    zagrozenie: Zagrozenie
    cel: Cel
    dzialania: Annotated[list[Dzialanie], Field(min_length=1)]
    partnerzy: list[Partner] = []
    informowanie: Linie
    wnioski: list[Wniosek] = []
    spotkania: list[Spotkanie] = []
    realizacja: Optional[Realizacja] = None

    def adresaci(self) -> dict[str, tuple[Partner, Adresat]]:
        """Every addressee by id, with the partner it belongs to."""
        return {a.id: (p, a) for p in self.partnerzy for a in p.adresaci}
