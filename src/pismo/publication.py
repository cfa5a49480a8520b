"""The version for publication: the unit's website and the partners' pages.

A plan and its realisation report are published (domain.md). What is published
must carry no personal data, except the police officers', whose rank and name
units publish. One rule, applied to the validated case before any document is
built from it, so no template or document needs to know about it:

- every `telefon` and `email` field is emptied (the officers' and the unit's too);
- addressees' persons (a mayor, a chairwoman – not police officers) are removed,
  and so are meeting participants who are not the case's officers;
- in every text, phone numbers, e-mail addresses (also written „jan[at]x.pl”,
  „jan małpa wp.pl”) and the names of the private persons the case names in its
  person fields (in any case form, see pismo.names) are replaced by a visible
  marker, so whoever publishes sees where text was cut; the officers' names
  (the `osoby` fields and their mentions in texts) are never cut.

A name typed only in free text, never in a person field, is recognised only as
a common first name followed by a capitalised word („Zbigniew Nowak”); a surname
alone, a rare first name or an unusual phone format can still get through: the
public version still needs a reading before it is published.
"""

from __future__ import annotations

import re
from functools import partial

from pydantic import BaseModel

from pismo.model import AdresatOsoba, Osoba, Sprawa, Uczestnik
from pismo.names import Names, names_person

PHONE_MARK = "[numer telefonu usunięty]"
EMAIL_MARK = "[adres e-mail usunięty]"
NAME_MARK = "[imię i nazwisko usunięte]"
CONTACT_FIELDS = {"telefon", "email"}

# Spaces, dots and every dash people (and word processors) put between digit groups.
_SEP = "[ \t\u00a0\u2009\u202f.\u2010\u2011\u2012\u2013\u2014-]"
_LABEL = r"(?:(?:tel|telefon|kom|komórka|fax|faks)\.?:?[ \u00a0]*(?:nr\.?[ \u00a0]*)?)"
_COUNTRY = r"(?:(?:\+|00)[ \u00a0]?48[ \u00a0-]?|\(\+?48\)[ \u00a0]?)"
_AREA = rf"(?:\(0?{_SEP}?\d{{2}}\)[ \u00a0]?|0?\d{{2}}(?:{_SEP}|/))"  # (81) (081) (0-81) 81- 081 81/
_NINE_DIGITS = "|".join((
    rf"\d{{3}}(?P<a>{_SEP}?)\d{{3}}(?P=a)\d{{3}}",  # 600 100 200, 600-100-200, 600.100.200, 600100200
    rf"\d{{3}}(?P<d>{_SEP})\d{{2}}(?P=d)\d{{2}}(?P=d)\d{{2}}",  # 604 12 34 56
    rf"{_AREA}(?:\d{{3}}(?P<b>{_SEP}?)\d{{2}}(?P=b)\d{{2}}|\d{{3}}{_SEP}\d{{4}})",  # 81 752 00 00, 81/752-00-00
))
PHONE = re.compile(
    rf"(?<![\w+])(?<!\d[-/.]){_LABEL}?{_COUNTRY}?(?:{_NINE_DIGITS})(?!\w)"  # nine digits, the Polish number
    rf"|(?<!\w){_LABEL}\d{{3}}{_SEP}?\d{{2}}{_SEP}?\d{{2}}(?!\w)",  # seven, only after „tel.”
    re.IGNORECASE,
)
# A number so labelled, or counting money or people, is not a phone („REGON 123456789”, „100 000 000 zł”).
_NOT_PHONE_BEFORE = re.compile(
    r"(?:regon|nip|krs|pesel|konta|rachunku|iban|nrb|sygn|dowodu|działki)\.?:?[ \u00a0]*(?:nr\.?[ \u00a0]*)?$",
    re.IGNORECASE)
_NOT_PHONE_AFTER = re.compile(
    r"[ \u00a0]*(?:zł|złot\w*|pln|eur|euro|usd|gr|os\.|osób|osoby|mieszkańc\w*|sztuk\w*|szt\.|egz\.|km|m2|m²|ha|kg"
    r"|ton\w*|litr\w*|konta|rachunku|zgłosze\w*|interwencj\w*|wykrocze\w*|razy)(?!\w)",
    re.IGNORECASE)

_SP = "[ \u00a0]"
_AT = (rf"(?:{_SP}?[@\uff20\ufe6b]{_SP}?|{_SP}?[\[({{<]{_SP}?(?:at|małpa|malpa){_SP}?[\])}}>]{_SP}?"
       rf"|{_SP}(?:at|małpa|malpa){_SP})")
_DOT = rf"(?:[.\uff0e]|{_SP}?[\[({{<]{_SP}?(?:dot|kropka){_SP}?[\])}}>]{_SP}?|{_SP}(?:dot|kropka){_SP})"
# Anchored at a token's start, so a long token is scanned once, not from each of its characters.
EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.IGNORECASE)


def redact(s: Sprawa) -> Sprawa:
    """A copy of the case with nothing personal but the officers' rank and name."""
    officers = [o.imie_nazwisko for o in (s.osoby.dzielnicowy, s.osoby.komendant, s.osoby.przelozony) if o]
    names = Names(private_names(s), officers)
    return _walk(s, partial(scrub, names=names), officers)


def private_names(s: Sprawa) -> list[str]:
    """The case's person fields other than the officers' (a field may name an officer too)."""
    found = [a.osoba.imie_nazwisko for p in s.partnerzy for a in p.adresaci if a.osoba]
    for m in s.spotkania:
        if m.protokol:
            found += [u.imie_nazwisko for u in m.protokol.obecni]
            found += [m.protokol.protokolant, m.protokol.prowadzacy]
    return found


_FREE_TEXT_ONLY = Names((), ())


def scrub(text: str, names: Names | None = None) -> str:
    """Phones, e-mails and names in a text, replaced by markers; without `names`, names typed in free text only."""
    text = EMAIL.sub(EMAIL_MARK, text)
    text = PHONE.sub(partial(_phone, text), text)
    return (names or _FREE_TEXT_ONLY).redact(text, NAME_MARK)


def _phone(text: str, m: re.Match) -> str:
    before = text[max(0, m.start() - 30):m.start()]
    if _NOT_PHONE_BEFORE.search(before) or _NOT_PHONE_AFTER.match(text, m.end()):
        return m.group()
    return PHONE_MARK


def _walk(value, scrub_text, officers: list[str]):
    """The same value with contacts emptied, private persons dropped and texts scrubbed; officers' names kept."""
    if isinstance(value, AdresatOsoba):
        return None
    if isinstance(value, BaseModel):
        kept = {"imie_nazwisko", "stopien"} if isinstance(value, Osoba) else set()
        update = {name: None if name in CONTACT_FIELDS else _walk(getattr(value, name), scrub_text, officers)
                  for name in type(value).model_fields if name not in kept}
        return value.model_copy(update=update)
    if isinstance(value, list):
        kept = [v for v in value if not (isinstance(v, Uczestnik) and not _is_officer(v.imie_nazwisko, officers))]
        return [_walk(v, scrub_text, officers) for v in kept]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _is_officer(text: str, officers: list[str]) -> bool:
    """Whether a participant is one of the officers: their name's words, whole, in order."""
    return any(names_person(text, name) for name in officers)
