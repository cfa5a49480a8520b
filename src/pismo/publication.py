"""The version for publication: the unit's website and the partners' pages.

A plan and its realisation report are published (domain.md), with the police
officers' rank and name, as units publish them. One rule, applied to the
validated case before any document is built from it, so no template or
document needs to know about it:

- every `telefon` and `email` field is emptied (the officers' and the unit's too);
- addressees' persons (a mayor, a chairwoman) are removed, and so are meeting
  participants who are not police officers (by the case's officers, a rank
  before the name or a police word in the function);
- in every text, phone numbers (not 800/801 helplines, not 112/997), e-mail
  addresses (also „jan[at]x.pl”), PESEL numbers, social-network profile
  addresses and the names of the private persons the case names in its person
  fields (addressees, participants, recorder, chair, „odpowiedzialny”; any case
  form, see pismo.names) are replaced by a visible marker, so whoever
  publishes sees where text was cut;
- the unit's data and the officers' fields are never cut, nor officers' names
  in texts, nor the unit's town, patrons of streets and schools, place names.

It is no guarantee of anonymity. A name typed only in free text is recognised
only as a common first name followed by a surname („Zbigniew Nowak”); a surname
alone („pan Kowal”), a diminutive („pani Basia”), a first name alone, a
registration plate, a resident's home address or an unusual phone format gets
through: the public version needs a reading before it is published (the CLI
says so, with the count of what was removed).
"""

from __future__ import annotations

import io
import re
import zipfile
from functools import partial
from pathlib import Path

from pydantic import BaseModel

from pismo import polish
from pismo.model import AdresatOsoba, Jednostka, Osoba, Sprawa, Uczestnik
from pismo.names import Names, is_police, looks_like_person, names_person, split_persons

PHONE_MARK = "[numer telefonu usunięty]"
EMAIL_MARK = "[adres e-mail usunięty]"
NAME_MARK = "[imię i nazwisko usunięte]"
PESEL_MARK = "[PESEL usunięty]"
PROFILE_MARK = "[adres profilu usunięty]"
MARKS = {"phones": PHONE_MARK, "emails": EMAIL_MARK, "names": NAME_MARK, "pesel": PESEL_MARK,
         "profiles": PROFILE_MARK}
CONTACT_FIELDS = {"telefon", "email"}
OFFICER_FIELDS = {"imie_nazwisko", "stopien", "plec", "funkcja", "podpis"}  # an officer's, printed as they are

# Between digit groups: whitespace (line breaks too, as YAML „|” blocks keep them), dots, every dash.
_G = r"(?:\s{1,3}|\s?[.\u2010\u2011\u2012\u2013\u2014-]\s?)"
_TEL = r"(?:tel(?:efon(?:u|em)?)?|kom(?:órk[aęi])?|fax|faks)\.?:?"
_NUMBER = r"(?:nr|numer(?:em|u)?)\.?:?"
# „tel.”, „tel. kom.”, „nr tel.”, „numer telefonu”, „pod nr”: after one, the number is a phone whatever follows.
_LABEL = rf"(?:{_TEL}\s*){{1,2}}(?:{_NUMBER}\s*)?|{_NUMBER}\s*{_TEL}\s*|(?<=pod\s){_NUMBER}\s*"
_COUNTRY = r"(?:(?:\+|00)\s?48[\s-]?|\(\+?48\)\s?)"
_AREA = rf"(?:\(0?{_G}?\d{{2}}\)\s?|0?\d{{2}}(?:{_G}|/))"  # (81) (081) (0-81) 81- 081 81/
_NINE_DIGITS = "|".join((
    rf"\d{{3}}{_G}?\d{{3}}{_G}?\d{{3}}",  # 600 100 200, 600-100-200, 600.100.200, 600100200
    rf"\d{{3}}{_G}\d{{2}}{_G}\d{{2}}{_G}\d{{2}}",  # 604 12 34 56
    rf"{_AREA}(?:\d{{3}}{_G}?\d{{2}}{_G}?\d{{2}}|\d{{3}}{_G}\d{{4}})",  # 81 752 00 00, 81/752-00-00
))
_ANY = rf"\d(?:{_G}?\d){{8}}|\d(?:{_G}?\d){{6}}"  # any grouping of nine digits, or seven (local), after a label
PHONE = re.compile(
    rf"(?<![\w+])(?<!\d[-/.])(?P<label>{_LABEL})?"
    rf"(?:{_COUNTRY}\d(?:{_G}?\d){{8}}|{_COUNTRY}?(?:{_NINE_DIGITS})|48[\s-]?(?=[1-9])(?:{_NINE_DIGITS})"
    rf"|(?(label)(?:{_ANY})|(?!)))"
    rf"(?:/\d{{1,4}})?(?!\w)",  # an extension: 600 100 200/201
    re.IGNORECASE,
)
_PHONE_LABEL = re.compile(rf"{_TEL}|(?<=pod\s){_NUMBER}", re.IGNORECASE)
# A number so labelled, or counting money or people, is not a phone („REGON 123456789”, „100 000 000 zł”).
_NOT_PHONE_BEFORE = re.compile(
    r"(?<!\w)(?:regon|nip|krs|pesel|konta|rachunku|iban|nrb|sygn|dowodu|działki|kmzb|rsd|ds|sprawy|akt|dz|ewid\w*"
    r"|rej|faktury|umowy|decyzji)\.?:?\s*(?:nr\.?:?\s*)?$",
    re.IGNORECASE)
_NOT_PHONE_AFTER = re.compile(
    r"\s*(?:zł|złot\w*|pln|eur|euro|usd|gr|os\.|osób|osoby|mieszkańc\w*|sztuk\w*|szt\.|egz\.|km|m2|m²|ha|kg"
    r"|ton\w*|litr\w*|konta|rachunku|zgłosze\w*|interwencj\w*|wykrocze\w*|razy)(?!\w)",
    re.IGNORECASE)
_HELPLINE = re.compile(r"80[01]")  # 800/801: free and shared-cost institutional lines

_SP = r"\s"
_AT = (rf"(?:{_SP}?[@\uff20\ufe6b]{_SP}?|{_SP}?[\[({{<]{_SP}?(?:at|małpa|malpa|@){_SP}?[\])}}>]{_SP}?"
       rf"|{_SP}(?:at|małpa|malpa){_SP})")
_DOT = rf"(?:[.\uff0e]|{_SP}?[\[({{<]{_SP}?(?:dot|kropka){_SP}?[\])}}>]{_SP}?|{_SP}(?:dot|kropka){_SP})"
# Anchored at a token's start, so a long token is scanned once, not from each of its characters.
EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.IGNORECASE)

PESEL = re.compile(r"(?<!\w)(?:(?P<label>pesel)\s*:?\s*(?:nr\.?\s*)?)?(?<!\d)(?P<number>\d{11})(?!\d)",
                   re.IGNORECASE)
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)

_URL_END = r"(?:\S*[^\s.,;:!?)\]}>”\"'])?"
PROFILE = re.compile(
    rf"(?<![\w.@-])(?:https?://)?(?:[\w-]+\.)*(?:facebook|fb|instagram|twitter|x|tiktok|linkedin)\.com/{_URL_END}",
    re.IGNORECASE)
URL = re.compile(rf"(?<![\w.@-])(?:https?://|www\.){_URL_END}", re.IGNORECASE)


def redact(s: Sprawa) -> Sprawa:
    """A copy of the case with nothing personal but the officers' rank and name."""
    private, officers = people(s)
    names = Names(private, officers, unit_places(s))
    return _walk(s, partial(scrub, names=names), officers)


def people(s: Sprawa) -> tuple[list[str], list[str]]:
    """(private persons, officers) the case's person fields name; a field may name both."""
    officers = [o.imie_nazwisko for o in (s.osoby.dzielnicowy, s.osoby.komendant, s.osoby.przelozony) if o]
    private = [a.osoba.imie_nazwisko for p in s.partnerzy for a in p.adresaci if a.osoba]
    for m in s.spotkania:
        if not m.protokol:
            continue
        named = [(u.imie_nazwisko, u.funkcja) for u in m.protokol.obecni]
        named += [(m.protokol.protokolant, ""), (m.protokol.prowadzacy, "")]
        named += [(part, "") for u in m.protokol.ustalenia for part in split_persons(u.odpowiedzialny)
                  if looks_like_person(part)]
        for text, function in named:
            for part in split_persons(text):
                (officers if is_police(part, function) else private).append(part)
    return private, officers


def unit_places(s: Sprawa) -> list[str]:
    """The unit's names and town: never a person's name, in any case form („w Janowie Lubelskim”)."""
    j = s.jednostka
    found = [j.miejscowosc, *j.naglowek]
    for nazwa in (j.nazwa, j.wydzial, j.zespol):
        if nazwa:
            found += [v for v in nazwa.model_dump().values() if isinstance(v, str)]
    return found


_FREE_TEXT_ONLY = Names((), ())


def scrub(text: str, names: Names | None = None) -> str:
    """Profiles, e-mails, PESELs, phones and names in a text, replaced by markers; without `names`, names typed
    in free text only."""
    names = names or _FREE_TEXT_ONLY
    text = PROFILE.sub(PROFILE_MARK, text)
    text = URL.sub(lambda m: PROFILE_MARK if names.in_address(m.group()) else m.group(), text)
    text = EMAIL.sub(EMAIL_MARK, text)
    text = PESEL.sub(_pesel, text)
    text = PHONE.sub(partial(_phone, text), text)
    return names.redact(text, NAME_MARK)


def _pesel(m: re.Match) -> str:
    digits = [int(c) for c in m.group("number")]
    valid = (10 - sum(w * d for w, d in zip(_PESEL_WEIGHTS, digits)) % 10) % 10 == digits[-1]
    return PESEL_MARK if m.group("label") or valid else m.group()


def _phone(text: str, m: re.Match) -> str:
    digits = re.sub(r"\D", "", m.group()[len(m.group("label") or ""):].split("/")[0])
    if _HELPLINE.match(digits[2:] if len(digits) == 11 and digits.startswith("48") else digits):
        return m.group()
    if m.group("label") and _PHONE_LABEL.search(text, m.start(), m.start("label") + len(m.group("label"))):
        return PHONE_MARK
    before = text[max(0, m.start() - 30):m.start()]
    if _NOT_PHONE_BEFORE.search(before) or _NOT_PHONE_AFTER.match(text, m.end()):
        return m.group()
    return PHONE_MARK


def _walk(value, scrub_text, officers: list[str]):
    """The same value with contacts emptied, private persons dropped and texts scrubbed; officers' names kept."""
    if isinstance(value, AdresatOsoba):
        return None
    if isinstance(value, BaseModel):
        kept = _kept_fields(value)
        update = {name: None if name in CONTACT_FIELDS else _walk(getattr(value, name), scrub_text, officers)
                  for name in type(value).model_fields if name not in kept}
        return value.model_copy(update=update)
    if isinstance(value, list):
        kept = [v for v in value if not (isinstance(v, Uczestnik) and not _is_officer(v, officers))]
        return [_walk(v, scrub_text, officers) for v in kept]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _kept_fields(value: BaseModel) -> set[str]:
    """Fields printed as they are: all the unit's (its town is no person: „Janów Lubelski”), an officer's name,
    rank, function and signature. Contacts are never kept."""
    if isinstance(value, Jednostka):
        return set(type(value).model_fields) - CONTACT_FIELDS
    return OFFICER_FIELDS if isinstance(value, Osoba) else set()


def _is_officer(u: Uczestnik, officers: list[str]) -> bool:
    """Whether a participant is a police officer: a case's officer (their name's words, whole, in order), a rank
    before the name or a police word in the function."""
    return is_police(u.imie_nazwisko, u.funkcja) or any(names_person(u.imie_nazwisko, name) for name in officers)


# --- What was removed: counted and told, so the officer reads the public version before publishing it. ---

_KINDS_PL = {  # (one, two to four, five and more)
    "phones": ("numer telefonu", "numery telefonów", "numerów telefonów"),
    "emails": ("adres e-mail", "adresy e-mail", "adresów e-mail"),
    "names": ("nazwisko", "nazwiska", "nazwisk"),
    "pesel": ("numer PESEL", "numery PESEL", "numerów PESEL"),
    "profiles": ("adres profilu", "adresy profili", "adresów profili"),
}


def marker_counts(value) -> dict[str, int]:
    """How many markers of each kind a text, a case or a list of them holds (kinds with none left out)."""
    texts = [value] if isinstance(value, str) else _strings(value)
    texts = [re.sub(r"\s", " ", t) for t in texts]  # typography joins „i\u00a0nazwisko”
    counts = {kind: sum(t.count(mark) for t in texts) for kind, mark in MARKS.items()}
    return {kind: n for kind, n in counts.items() if n}


def document_counts(path: Path) -> dict[str, int]:
    """Markers in a written .docx: its body, headers and footers."""
    with zipfile.ZipFile(io.BytesIO(Path(path).read_bytes())) as archive:
        parts = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/")
                 and n.endswith(".xml")]
    return marker_counts([re.sub(r"<[^>]+>", "", part) for part in parts])


def reminder(counts: dict[str, int]) -> str:
    """The note printed after a public version is written: what was cut, and that it must be read."""
    done = [polish.count(n, *_KINDS_PL[kind]) for kind, n in counts.items() if n]
    found = ("w tekstach usunięto " + ", ".join(done) if done
             else "w tekstach nie znaleziono innych danych osobowych")
    return ("Wersja do publikacji: pominięto telefony, adresy e-mail i osoby prywatne z pól sprawy; "
            f"{found}. Przeczytaj ją przed publikacją – program nie rozpozna nazwiska podanego w tekście "
            "bez imienia, zdrobnienia, numeru rejestracyjnego ani adresu zamieszkania.")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _strings(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
