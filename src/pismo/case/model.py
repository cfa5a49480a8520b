"""The case file as a validated model: one plan działania priorytetowego.

Keys are the Polish words officers read in the YAML file. Fields that only
some documents print are optional here; each document demands what it prints
(see pismo.documents.builders), so a missing value is an error naming the field there.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Annotated, Literal, Optional, Union

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WrapValidator, field_validator,
                      model_validator)

from pismo.case import charnames

PLACEHOLDER = "UZUPEŁNIJ"
# typed without the Polish letter or in lower case („UZUPELNIJ”, „uzupełnij”): the same marker to an officer –
# as a whole word only, „uzupełnijmy”, „uzupełnijcie” are ordinary words
PLACEHOLDER_ANY = re.compile(r"(?<!\w)uzupe[lł]nij(?!\w)", re.IGNORECASE)
_NO_WORD_BEFORE = re.compile(r"[^\w\n]*")
_QUOTES = "„“”\"«»‚‘’'"
_QUOTED_ALONE = re.compile(rf"[^\w\n]*?[{_QUOTES}]")  # the quotes close before any other word


def placeholders(text: str) -> list[re.Match]:
    """Each marker in a text: in capitals anywhere („Wolne wnioski (UZUPEŁNIJ godzinę)”), otherwise only where
    a line of the value starts with it („uzupełnij ulica i numer”) – a capitalised word in running text is the
    text's own („ankieta „Uzupełnij mapę zagrożeń””), and so is a quoted title a wrapped line happens to open
    with: in quotes the word is the marker only alone („uzupełnij”)."""
    def opens_line(found: re.Match) -> bool:
        before = text[text.rfind("\n", 0, found.start()) + 1:found.start()]
        if _NO_WORD_BEFORE.fullmatch(before) is None:
            return False
        return not set(before) & set(_QUOTES) or _QUOTED_ALONE.match(text, found.end()) is not None

    return [found for found in PLACEHOLDER_ANY.finditer(text) if found.group().isupper() or opens_line(found)]


def has_placeholder(text: str) -> bool:
    """Whether a text still holds the marker of a field to fill in, however it was typed."""
    return bool(placeholders(text))


def marked(text: str) -> str:
    """The text with each marker in capitals: printed after a rank or inside a sentence („sierż. szt.
    uzupełnij”), a lower-case one no longer opens a line, and the last guard before print must still see it."""
    for found in reversed(placeholders(text)):
        text = text[:found.start()] + PLACEHOLDER + text[found.end():]
    return text

# Every police rank as officers write it in a name: abbreviated with or without dots, or in full
# („st. asp.”, „st asp”, „starszy aspirant”, „mł. insp.”, „asp. sztab.”, „gen. insp.”)
_RANK_WORDS = {"st": "starszy", "mł": "młodszy", "post": "posterunkowy", "sierż": "sierżant", "szt": "sztabowy",
               "sztab": "sztabowy", "asp": "aspirant", "podkom": "podkomisarz", "kom": "komisarz",
               "nadkom": "nadkomisarz", "podinsp": "podinspektor", "insp": "inspektor", "nadinsp": "nadinspektor",
               "gen": "generalny"}
_RANKS = ("st post", "st sierż", "sierż szt", "sierż sztab", "mł asp", "st asp", "asp szt", "asp sztab", "mł insp",
          "gen insp", "post", "sierż", "asp", "podkom", "kom", "nadkom", "podinsp", "insp", "nadinsp")


def _rank_word(abbreviation: str) -> str:
    folded = abbreviation.replace("ż", "[żz]").replace("ł", "[łl]")
    return f"(?:{_RANK_WORDS[abbreviation]}|{folded}\\.?)"


_RANK = "|".join(r"\s*".join(map(_rank_word, rank.split())) for rank in _RANKS)
# a rank's final dot is its own even when the name is glued to it („st. asp.Anna”); after the name a comma, a bracket,
# a dash or a slash may part them („Anna Zmyślona – st. asp.”, as under a signature) and goes with the rank
_RANK_OPENING = re.compile(rf"\s*(?P<rank>{_RANK})(?:(?!\w)|(?<=\.))[\s,]*", re.IGNORECASE)
_RANK_END = re.compile(rf"(?:\s*[,–—/]\s*|\s+-\s*|\s+)\(?(?P<rank>{_RANK})\)?\s*$", re.IGNORECASE)


def rank_in(name) -> Optional[re.Match]:
    """A police rank written at a name's start or end (group „rank”): the rank belongs in „stopien”."""
    if not isinstance(name, str):
        return None
    end = _RANK_END.search(name)
    if end and not (end.group("rank").endswith(".") or end.group("rank").lower().endswith(tuple(_RANK_WORDS.values()))
                    or set(name[end.start():end.start("rank")]) & set(",(–—/-")):
        end = None  # a bare „Post”, „Kom” after a name is a surname's part; „, st asp” or „st. asp.” a rank
    return _RANK_OPENING.match(name) or end


def rank_key(rank: str) -> tuple:
    """A rank however written („starszy aspirant”, „st.asp.”, „st. asp.”) as its abbreviations: to compare two."""
    # „sztabowy” has two abbreviations („szt.”, „sztab.”): the word and both fold to one, „szt”
    full = {word: abbreviation for abbreviation, word in _RANK_WORDS.items()} | {"sztab": "szt", "sztabowy": "szt"}
    words = re.findall(r"[^\W\d_]+", rank.lower().replace("ż", "z").replace("ł", "l"))
    folded = {k.replace("ż", "z").replace("ł", "l"): v.replace("ż", "z").replace("ł", "l") for k, v in full.items()}
    return tuple(folded.get(word, word) for word in words)


def _usual_word(word: str) -> str:
    """A rank's word as written in letters: a full word small, an abbreviation with its diacritics and its dot."""
    folded = {k.replace("ż", "z").replace("ł", "l"): k for k in _RANK_WORDS}
    lower = word.lower().rstrip(".")
    if lower in _RANK_WORDS.values():
        return lower
    return folded.get(lower.replace("ż", "z").replace("ł", "l"), lower) + "."


_USUAL_RANKS = tuple(" ".join(f"{word}." for word in rank.split()) for rank in _RANKS) + ("asp. sztab.", "sierż. sztab.")


def usual_rank(rank: str) -> tuple[bool, str]:
    """(whether the text is a police rank at all, the rank in its usual spelling: „st. asp.”, „starszy aspirant”) –
    an unknown rank's nearest known one („st. aps.” → „st. asp.”)."""
    import difflib

    words = re.findall(r"[^\W\d_]+\.?", rank)
    known = {rank_key(r) for r in _USUAL_RANKS}
    if rank_key(rank) in known:
        return True, " ".join(_usual_word(word) for word in words)
    near = difflib.get_close_matches(rank.lower(), _USUAL_RANKS, n=1, cutoff=0.5)
    return False, near[0] if near else ""


def without_rank(name: str, found: re.Match) -> str:
    """The name with the rank rank_in found taken out."""
    return " ".join((name[:found.start()] + name[found.end():]).split())


# Characters XML 1.0 cannot hold (tab and newline are allowed).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Invisible characters that silently corrupt official text: zero-width ones,
# bidirectional controls (a right-to-left override reorders what is printed),
# invisible operators and fillers, a soft hyphen (a PDF's line-end break: Word hides it, search and spell-check
# stumble on the word) and Word's object mark U+FFFC (printed as a box „OBJ”). A character-class body, so the importer
# can build on it.
INVISIBLE_CHARS = ("\u200b\u200c\u200d\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u180e"
                   "\ufff9-\ufffc\u00ad")
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_ZWJ = "\u200d"
_EMOJI_MODIFIERS = ("\ufe0f", *map(chr, range(0x1F3FB, 0x1F400)))  # emoji presentation, skin tones
MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_NUMBER = 10**15  # beyond this a number is a typo; documents print numbers in full


def _line_ends(value: str) -> str:
    """A CR can only come from an escape ("\\r"); the file's own line ends are already
    "\\n". XML readers turn a CR into a line feed anyway and a calendar file must not
    get a bare one, so it means what the user meant: a line end."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _emoji_joiner(value: str, index: int) -> bool:
    """A zero-width joiner inside an emoji sequence (👮🏽‍♀️, 👨‍👩‍👧) draws one emoji: it is allowed."""
    before = value[index - 1] if index > 0 else ""
    after = value[index + 1] if index + 1 < len(value) else ""
    joins = before and (unicodedata.category(before) == "So" or before in _EMOJI_MODIFIERS)
    return bool(joins and after and unicodedata.category(after) == "So")


_EMPTY = "pole jest puste – wpisz treść albo usuń pole, jeśli jest nieobowiązkowe"


_SOFT_HYPHEN = " (jeśli dzieli słowo na końcu wiersza, np. w tekście z PDF-u, połącz też słowo w jednym wierszu)"


def _check_characters(value: str) -> None:
    """Refuse what XML cannot hold and what would print invisibly: one rule for every text."""
    bad = _XML_FORBIDDEN.search(value)
    if bad:
        raise ValueError(f"niedozwolony znak sterujący U+{ord(bad.group()):04X} na pozycji {bad.start() + 1} – usuń go")
    for bad in _INVISIBLE.finditer(value):
        if bad.group() == _ZWJ and _emoji_joiner(value, bad.start()):
            continue
        raise ValueError(f"{charnames.invisible(bad.group())} na pozycji {bad.start() + 1} – usuń go"
                         + (_SOFT_HYPHEN if bad.group() == "\u00ad" else ""))


def _clean_text(value: str) -> str:
    value = marked(_line_ends(value))
    _check_characters(value)
    value = joined(_BLANK_LINES.sub(_PARAGRAPH_BREAK, value.strip()), _PARAGRAPH_BREAKS)
    if not value:
        raise ValueError(_EMPTY)
    return value


# a one-text field prints as one paragraph: an empty line inside it (two paragraphs in the file) would print as
# an empty line inside an action's bullet; the reader warns at it (loader._block_breaks), the text is joined
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*")
_LINE_BREAK = re.compile(r"\n")  # a paragraph's lines, stripped (_paragraphs)
# the blank lines' break in a Joined's lines: a line break to the scrubber (names.LINE_BREAKS), unlike „\n” printed
# as one to the end – a character no text may hold (_XML_FORBIDDEN), so never one the officer typed (a pasted U+2029
# prints as it did)
_PARAGRAPH_BREAK = "\x1e"
_PARAGRAPH_BREAKS = re.compile(_PARAGRAPH_BREAK)


class Joined(str):
    """A text whose line breaks the documents print as spaces (a paragraph's lines, a one-text field's blank
    lines) – and its `lines`, the text with them: what reads a text by its lines still can. The public version's
    scrubber does (pismo.publication.redact): „Kontakt:⏎Kurek⏎605 444 333” names the number's owner, „Kontakt:
    Kurek 605 444 333” does not."""

    lines: str
    joins: re.Pattern

    def rejoined(self, lines: str) -> str:
        """Another text of the same lines (a scrubbed copy of `lines`), joined as this one is."""
        return joined(lines, self.joins)

    def __reduce__(self):
        return joined, (self.lines, self.joins)


def joined(lines: str, joins: re.Pattern) -> str:
    """The text as printed – each match of `joins` a space – keeping `lines` when that changed it."""
    printed = joins.sub(" ", lines)
    if printed == lines:
        return printed
    text = Joined(printed)
    text.lines, text.joins = lines, joins
    return text


def _paragraphs(value, handler):
    """A block of text becomes paragraphs: blank lines (whitespace only) separate them, the lines of one paragraph
    are stripped and printed joined with a space – kept as its lines all the same (Joined)."""
    if not isinstance(value, str):
        return handler(value)
    value = marked(_line_ends(value))
    _check_characters(value)  # before splitting: stripping the lines must not hide a control character
    paragraphs, lines = [], []
    for line in value.split("\n") + [""]:
        if line.strip():
            lines.append(line.strip())
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if not paragraphs:  # a blank text is an empty field, not an empty list
        raise ValueError(_EMPTY)
    return [joined(paragraph, _LINE_BREAK) for paragraph in handler(paragraphs)]


def _plausible_year(value: dt.date) -> dt.date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"rok {value.year} spoza zakresu {MIN_YEAR}–{MAX_YEAR} – sprawdź datę")
    return value


def _plain_number(value):
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("to nie jest liczba – podaj liczbę, np. 12 albo 7.5")
    if abs(value) >= MAX_NUMBER:
        raise ValueError("liczba zbyt duża – sprawdź, czy nie ma w niej literówki")
    return value


def _number_as_text(value):
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _short(key: str):
    """A group whose usual value is one text: the bare text stands for that key."""
    return lambda value: {key: value} if isinstance(value, str) else value


_forms = _short("mianownik")


Tekst = Annotated[str, AfterValidator(_clean_text)]
Akapity = Annotated[list[Tekst], WrapValidator(_paragraphs), Field(min_length=1)]
Linie = Annotated[list[Tekst], Field(min_length=1)]
ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,59}$"  # ids become file names: no paths, no dots
Id = Annotated[str, Field(pattern=ID_PATTERN)]
Plec = Literal["M", "K"]
Godzina = Annotated[str, Field(pattern=r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$")]
# no „mailto:”, no name in <>, no list's „;” or „,”, no brackets; the last label letters, digits and hyphens
EMAIL_PATTERN = r"^[^@\s:<>;,()]+@[^@\s:<>;,()]+\.[^\W_]+(?:-+[^\W_]+)*$"
# hard spaces: Word keeps a phone's groups on one line; one bracketed area code („(47) 855 10 13”, „+48 (47) …”,
# „(0-47) …”, „(+48) …”) – brackets anywhere else or unbalanced are no phone
TELEFON_PATTERN = (r"^\+?(?:[0-9][0-9 \u00a0\u2009\u202f]{0,4})?(?:\(\+?[0-9][0-9 \u00a0\u2009\u202f-]{0,6}\)[ \u00a0\u2009\u202f]?)?"
                   r"[0-9][0-9 \u00a0\u2009\u202f-]{5,20}$")
Email = Annotated[str, Field(pattern=EMAIL_PATTERN), AfterValidator(_clean_text)]  # printed, so no controls
Telefon = Annotated[str, Field(pattern=TELEFON_PATTERN)]
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_WELL_FORMED = re.compile(r"(?=.)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
DISTRICT_ADVICE = "numer rejonu podaj cyframi arabskimi (3) albo rzymskimi (XIII)"


def roman(number: int) -> str:
    """1–3999 in Roman numerals, as they are written."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += letters * count
    return out


def _roman_value(letters: str) -> int:
    """What a person meant by Roman letters however written: a smaller one before a larger one subtracts."""
    values = [_ROMAN[c] for c in letters]
    return sum(-v if v < next_ else v for v, next_ in zip(values, values[1:] + [0]))


def _district_number(value: str) -> str:
    """A district's number is printed in every title and letter: a typo in a Roman numeral („XIIII”, „VX”) is
    refused with the number it reads as, lower case is told as such."""
    if value.isascii() and value.isdigit():
        if int(value) == 0:
            raise ValueError("numer rejonu musi wynosić co najmniej 1")
        if value[0] == "0" or len(value) > 4:
            raise ValueError(f"numer rejonu „{value}” podaj bez zer na początku i najwyżej czterema cyframi")
        return value
    upper = value.upper()
    if not _ROMAN_WELL_FORMED.fullmatch(upper):
        meant = _roman_value(upper)
        guess = f" – czy chodziło o {roman(meant)}?" if 0 < meant < 4000 else ""
        raise ValueError(f"„{value}” to nie jest poprawnie zapisana liczba rzymska{guess} "
                         f"(albo podaj numer cyframi arabskimi)")
    if value != upper:
        raise ValueError(f"numer rzymski wpisz wielkimi literami: {upper}")
    return value


# the pattern lets through what may be a number (a placeholder gets its stand-in by it); the validator tells the rest
NumerRejonu = Annotated[str, BeforeValidator(_number_as_text), Field(pattern=r"^([0-9]{1,6}|[IVXLCDMivxlcdm]{1,15})$"),
                        AfterValidator(_district_number)]
Liczba = Annotated[Union[int, float], AfterValidator(_plain_number)]


def _not_negative(value):
    if value < 0:
        raise ValueError("wartość wskaźnika nie może być ujemna (to liczba zdarzeń, osób albo odsetek) – wpisz "
                         "wartość, do której ma dojść wskaźnik, np. przy 9 zgłoszeniach i spadku o 20% – 7")
    return value


Ilosc = Annotated[Liczba, AfterValidator(_not_negative)]  # an indicator's value: a count or a share, never below 0
Data = Annotated[dt.date, AfterValidator(_plausible_year)]  # every date a document prints


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class Odmiana(Model):
    """A name and the grammatical forms documents need; a form left out is derived from the
    dictionary and listed for confirmation (pismo.morph.fill), never used silently."""

    mianownik: Tekst
    dopelniacz: Optional[Tekst] = None
    celownik: Optional[Tekst] = None
    biernik: Optional[Tekst] = None
    narzednik: Optional[Tekst] = None
    miejscownik: Optional[Tekst] = None


Nazwa = Annotated[Odmiana, BeforeValidator(_forms)]


class Jednostka(Model):
    """The unit and where it stands: a posterunek or komisariat under its KPP/KMP (nadrzedna); the
    letterhead and the title's genitives follow from these names when the file leaves them out."""

    nazwa: Nazwa
    nadrzedna: Optional[Nazwa] = None  # the KPP/KMP a posterunek or komisariat belongs to
    naglowek: Optional[Linie] = None  # left out: from the names (pismo.morph.fill), listed for confirmation
    wydzial: Optional[Nazwa] = None
    zespol: Optional[Nazwa] = None
    adres: Optional[Linie] = None
    telefon: Optional[Telefon] = None
    email: Optional[Email] = None
    miejscowosc: Tekst
    klauzula_rodo: Optional[Akapity] = None  # the unit's information clause under attendance lists


class Osoba(Model):
    stopien: Optional[Tekst] = None
    imie_nazwisko: Tekst
    plec: Optional[Plec] = None  # left out: from the first name (pismo.morph), listed for confirmation
    funkcja: Optional[Tekst] = None
    podpis: Optional[Linie] = None
    telefon: Optional[Telefon] = None
    email: Optional[Email] = None

    def rank_in_name(self) -> Optional[re.Match]:
        """A rank written in the name (warned at the field): pismo prints the rank of „stopien” itself."""
        return rank_in(self.imie_nazwisko) if self.stopien and self.stopien.strip() else None

    def ranked(self) -> str:
        """The rank of „stopien” and the name, the rank once: one written in the name too (another, before a
        promotion, in full or after the name) gives way to the field's."""
        found = self.rank_in_name() if self.stopien else None
        rest = without_rank(self.imie_nazwisko, found) if found else self.imie_nazwisko
        if not self.stopien or not rest:
            return self.imie_nazwisko
        return f"{self.stopien} {rest}"


class Dzielnicowy(Osoba):
    """An officer who prepares the plan; in a plan of several districts, maybe the one he or she serves."""

    rejon: Optional[NumerRejonu] = None


class Osoby(Model):
    dzielnicowy: Optional[Dzielnicowy] = None  # the usual plan: one officer
    dzielnicowi: list[Dzielnicowy] = []  # a plan prepared by several officers („Sporządzili:”)
    komendant: Optional[Osoba] = None
    przelozony: Optional[Osoba] = None

    @model_validator(mode="after")
    def _someone_prepares(self):
        if self.dzielnicowy is None and not self.dzielnicowi:
            raise ValueError("brak dzielnicowego – podaj dzielnicowy: (jedna osoba) albo dzielnicowi: (lista, gdy "
                             "plan sporządza kilku dzielnicowych)")
        return self

    def sporzadzajacy(self) -> list[tuple[tuple, Dzielnicowy]]:
        """(location, officer) of everyone who prepares the plan, in the file's order."""
        if self.dzielnicowy is not None:
            return [(("osoby", "dzielnicowy"), self.dzielnicowy)]
        return [(("osoby", "dzielnicowi", i), d) for i, d in enumerate(self.dzielnicowi)]


class Rejon(Model):
    numer: NumerRejonu
    opis: Optional[Tekst] = None


class Okres(Model):
    od: Data
    do: Data


class Zagrozenie(Model):
    temat: Optional[Tekst] = None  # what the plan is about, in the genitive: "plan … dotyczący <temat>"
    opis: Akapity
    miejsca: list[Tekst] = []
    zrodla: list[Tekst] = []


class Skladnik(Model):
    """One part of a combined indicator (KMZB zgłoszenia + interwencje): its baseline is summed."""

    nazwa: Tekst
    wartosc_wyjsciowa: Ilosc


class Wskaznik(Model):
    """A measure of the goal as the unit wrote it: a baseline (one number or the sum of its parts,
    with the period it counts) and a target – a number, a change in percent (zmiana: -25) or words
    (docelowo: ograniczenie o 25%); without numbers a qualitative goal judged by sposob_oceny."""

    id: Id
    nazwa: Tekst
    wartosc_wyjsciowa: Optional[Ilosc] = None
    skladniki: list[Skladnik] = []
    okres_wyjsciowy: Optional[Tekst] = None
    wartosc_docelowa: Optional[Ilosc] = None
    zmiana: Optional[Liczba] = None
    docelowo: Optional[Tekst] = None
    jednostka: Optional[Tekst] = None
    sposob_oceny: Optional[Tekst] = None

    @model_validator(mode="after")
    def _one_shape(self):
        if self.wartosc_wyjsciowa is not None and self.skladniki:
            raise ValueError("wartość wyjściowa wskaźnika złożonego to suma składników – usuń wartosc_wyjsciowa "
                             "albo skladniki")
        if self.wartosc_docelowa is not None and self.zmiana is not None:
            raise ValueError("podaj jeden cel: wartosc_docelowa (liczba) albo zmiana (w procentach), nie oba")
        if self.zmiana is not None and self.baseline() is None:
            raise ValueError("zmiana w procentach liczy się od wartości wyjściowej – podaj wartosc_wyjsciowa "
                             "albo skladniki")
        if self.qualitative() and self.sposob_oceny is None and self.docelowo is None:
            raise ValueError("wskaźnik bez liczb to cel jakościowy – opisz sposob_oceny (np. anonimowa ankieta)")
        return self

    def baseline(self):
        """The starting value: given, or the sum of the parts; None for a qualitative goal."""
        if self.skladniki:
            return sum(part.wartosc_wyjsciowa for part in self.skladniki)
        return self.wartosc_wyjsciowa

    def qualitative(self) -> bool:
        return self.baseline() is None and self.wartosc_docelowa is None


class Cel(Model):
    opis: Akapity
    wskazniki: list[Wskaznik] = []


class Termin(Model):
    """A date (do, from od, maybe recurring) or, for an action without a fixed date, the words the
    plan uses ("na bieżąco", "w miarę potrzeb"): printed as written, never an invented deadline."""

    od: Optional[Data] = None
    do: Optional[Data] = None
    cyklicznie: Optional[Tekst] = None
    opis: Optional[Tekst] = None

    @model_validator(mode="before")
    @classmethod
    def _some_deadline(cls, data):
        # by the keys written: a date the reader already refused (do: 2026-02-30) is reported there, and a key the
        # model does not know („dd:”, „do<U+00A0>:”) is named by its own check – the deadline may well be under it
        if isinstance(data, dict) and "do" not in data and "opis" not in data and set(data) <= set(cls.model_fields) \
                and data.get("cyklicznie"):  # the words of the rhythm are there, its dates are not
            dates = "do: RRRR-MM-DD" if "od" in data else "od: RRRR-MM-DD i do: RRRR-MM-DD"
            raise ValueError(f"termin cykliczny potrzebuje dat – dopisz pod „termin:” {dates} (okres, w którym działanie "
                             "się powtarza, np. okres planu)")
        if isinstance(data, dict) and "do" not in data and "opis" not in data and set(data) <= set(cls.model_fields):
            if "od" in data and _holds_period(data["od"]):
                return data  # „od: 1.07.2025 do 31.12.2025”: told at od, with the two fields to write
            if isinstance(data.get("od"), dt.date):
                raise ValueError("brak daty końcowej – termin działania to data „do”; dopisz ją w wierszu pod „od:”, "
                                 "z tym samym wcięciem: do: RRRR-MM-DD")
            raise ValueError("brak terminu – podaj datę do: RRRR-MM-DD albo termin słowami, np. termin: na bieżąco")
        return data

    @field_validator("do")
    @classmethod
    def _written_with_a_date(cls, value):
        # "do:" written, its date left out (or "do: ~"); a date the reader refused is reported there already
        if value is None:
            raise ValueError("brak daty – podaj datę RRRR-MM-DD albo termin słowami, np. termin: na bieżąco")
        return value

    @model_validator(mode="after")
    def _date_or_words(self):
        if self.opis is not None and (self.do is not None or self.od is not None or self.cyklicznie is not None):
            raise ValueError("termin słowami drukuje się tak, jak go wpisano – usuń od, do i cyklicznie "
                             "albo usuń opis terminu")
        return self


def _holds_period(value) -> bool:
    """Whether a start's text is a whole period – its end written on its line."""
    from pismo.importer.dates import whole_period

    return isinstance(value, str) and whole_period(value) is not None


TerminDzialania = Annotated[Termin, BeforeValidator(_short("opis"))]


class Dzialanie(Model):
    id: Id
    opis: Tekst
    termin: TerminDzialania
    podpunkty: list[Tekst] = []  # a)/b) or nested bullets: a nested list under the action
    partnerzy: list[Id] = []
    dokumenty: list[Id] = []


class AdresatOsoba(Model):
    plec: Optional[Plec] = None  # left out: from the first name (pismo.morph), listed for confirmation
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

    data: Optional[Data] = None
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
    termin: Union[Data, Tekst]


class Protokol(Model):
    data: Optional[Data] = None
    obecni: list[Uczestnik] = []
    przebieg: list[Akapity] = []
    ustalenia: list[Ustalenie] = []
    protokolant: Tekst
    prowadzacy: Tekst


class Spotkanie(Model):
    id: Id
    numer: Optional[Tekst] = None
    data: Data
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
    data: Optional[Data] = None
    opis: Akapity


class RealizacjaPartnera(Model):
    partner: Id
    opis: Akapity


class WynikSkladnika(Model):
    """What one part of a combined indicator reached (named as in cel → wskazniki → skladniki)."""

    nazwa: Tekst
    wartosc: Ilosc


class WynikWskaznika(Model):
    """What an indicator reached: a number (for a combined one the parts, summed), or for a
    qualitative goal the finding in words."""

    wskaznik: Id
    wartosc: Optional[Ilosc] = None
    skladniki: list[WynikSkladnika] = []
    opis: Optional[Tekst] = None

    @model_validator(mode="after")
    def _value_or_words(self):
        if self.wartosc is not None and self.skladniki:
            raise ValueError("osiągnięta wartość wskaźnika złożonego to suma składników – usuń wartosc "
                             "albo skladniki")
        if self.value() is None and self.opis is None:
            raise ValueError("brak wyniku – podaj wartosc (liczbę) albo opis (wynik celu jakościowego)")
        return self

    def value(self):
        """The number reached: given, or the sum of the parts; None for a finding in words."""
        if self.skladniki:
            return sum(part.wartosc for part in self.skladniki)
        return self.wartosc


class OcenaCelu(Model):
    ocena: Literal["osiągnięty", "częściowo osiągnięty", "nieosiągnięty"]
    uzasadnienie: Akapity


class Realizacja(Model):
    data: Data
    dzialania: list[RealizacjaDzialania] = []
    partnerzy: list[RealizacjaPartnera] = []
    wskazniki: list[WynikWskaznika] = []
    cel: OcenaCelu
    wnioski: Akapity


class PlanPismo(Model):
    """Data of the plan document itself (date of preparation, date of approval)."""

    data: Data
    zatwierdzono: Optional[Data] = None  # the public version shows the approval as done


class Sprawa(Model):
    """One priority action plan: everything its documents print."""

    jednostka: Jednostka
    osoby: Osoby
    rejon: Optional[Rejon] = None  # the usual plan: one district
    rejony: list[Rejon] = []  # one plan for several districts („dla rejonów służbowych nr 5 i 6”)
    teren: Optional[Tekst] = None  # the area in the genitive („gminy Cyców”): „na terenie gminy Cyców”
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

    def rejony_planu(self) -> list[tuple[tuple, Rejon]]:
        """(location, district) of each district the plan covers; none for a posterunek's or a gmina's plan."""
        if self.rejon is not None:
            return [(("rejon",), self.rejon)]
        return [(("rejony", i), r) for i, r in enumerate(self.rejony)]

    def adresaci(self) -> dict[str, tuple[Partner, Adresat]]:
        """Every addressee by id, with the partner it belongs to."""
        return {a.id: (p, a) for p in self.partnerzy for a in p.adresaci}
