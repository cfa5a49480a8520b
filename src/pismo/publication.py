"""The version for publication: the unit's website and the partners' pages.

A plan and its realisation report are published (domain.md). What is published
must carry no personal data, except the police officers', whose rank and name
units publish. One rule, applied to the validated case before any document is
built from it, so no template or document needs to know about it:

- every `telefon` and `email` field is emptied (the officers' and the unit's too);
- addressees' persons (a mayor, a chairwoman – not police officers) are removed,
  and so are meeting participants who are not the case's officers;
- in every text, phone numbers, e-mail addresses (also written „jan[at]x.pl”)
  and the names of the private persons the case names in its person fields are
  replaced by a visible marker, so whoever publishes sees where text was cut.

A name typed only in free text, never in a person field, cannot be recognised:
the public version still needs a reading before it is published.
"""

from __future__ import annotations

import re
from functools import partial

from pydantic import BaseModel

from pismo.model import AdresatOsoba, Sprawa, Uczestnik

PHONE_MARK = "[numer telefonu usunięty]"
EMAIL_MARK = "[adres e-mail usunięty]"
NAME_MARK = "[imię i nazwisko usunięte]"
CONTACT_FIELDS = {"telefon", "email"}

_SEP = "[ \u00a0\u2009\u202f-]"
_LABEL = r"(?:(?:tel|telefon|kom|komórka|fax|faks)\.?:?[ \u00a0]*(?:nr\.?[ \u00a0]*)?)"
_COUNTRY = r"(?:(?:\+|00)[ \u00a0]?48[ \u00a0-]?|\(\+?48\)[ \u00a0]?)"
_NINE_DIGITS = "|".join((
    rf"\d{{3}}(?P<a>{_SEP}?)\d{{3}}(?P=a)\d{{3}}",  # 600 100 200, 600-100-200, 600100200
    rf"\d{{2}}{_SEP}\d{{3}}(?P<b>{_SEP})\d{{2}}(?P=b)\d{{2}}",  # 47 811 00 33, 81 752-00-00
    rf"\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{4}}",  # 81 752 0000
    rf"\d{{2}}{_SEP}\d{{7}}",  # 81 7520000
    rf"\(\d{{2}}\)[ \u00a0]?\d{{3}}(?P<c>{_SEP}?)\d{{2}}(?P=c)\d{{2}}",  # (81) 752 00 00
))
PHONE = re.compile(
    rf"(?<![\w+(]){_LABEL}?{_COUNTRY}?(?:{_NINE_DIGITS})(?!\w)"  # nine digits, the Polish number
    rf"|(?<!\w){_LABEL}\d{{3}}{_SEP}?\d{{2}}{_SEP}?\d{{2}}(?!\w)",  # seven, only after „tel.”
    re.IGNORECASE,
)
_AT = r"(?:@|[ \u00a0]?[\[({][ \u00a0]?(?:at|małpa)[ \u00a0]?[\])}][ \u00a0]?|[ \u00a0]at[ \u00a0])"
_DOT = r"(?:\.|[ \u00a0]?[\[({][ \u00a0]?(?:dot|kropka)[ \u00a0]?[\])}][ \u00a0]?)"
EMAIL = re.compile(rf"[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.IGNORECASE)

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME_PAIR = re.compile(rf"(?<!\w)([{_UPPER}][\w'-]+)\s+([{_UPPER}][\w'-]+)")
_HONORIFICS = r"(?:Pan|Pana|Panu|Panem|Panie|Pani|Panią)"


def redact(s: Sprawa) -> Sprawa:
    """A copy of the case with nothing personal but the officers' rank and name."""
    officers = [o.imie_nazwisko for o in (s.osoby.dzielnicowy, s.osoby.komendant, s.osoby.przelozony) if o]
    names = [n for n in private_names(s) if not _mentions(n, officers)]
    return _walk(s, partial(scrub, name_patterns=[_name_pattern(n) for n in names]), officers)


def private_names(s: Sprawa) -> list[str]:
    """Names the case gives in its person fields other than the officers'."""
    found = [a.osoba.imie_nazwisko for p in s.partnerzy for a in p.adresaci if a.osoba]
    for m in s.spotkania:
        if m.protokol:
            found += [u.imie_nazwisko for u in m.protokol.obecni]
            found += [m.protokol.protokolant, m.protokol.prowadzacy]
    return found


def scrub(text: str, name_patterns=()) -> str:
    """Phones, e-mails and the given names in a text, replaced by markers."""
    text = EMAIL.sub(EMAIL_MARK, text)
    text = PHONE.sub(PHONE_MARK, text)
    for pattern in name_patterns:
        if pattern is not None:
            text = pattern.sub(NAME_MARK, text)
    return text


def _walk(value, scrub_text, officers: list[str]):
    """The same value with contacts emptied, private persons dropped and texts scrubbed."""
    if isinstance(value, AdresatOsoba):
        return None
    if isinstance(value, BaseModel):
        update = {name: None if name in CONTACT_FIELDS else _walk(getattr(value, name), scrub_text, officers)
                  for name in type(value).model_fields}
        return value.model_copy(update=update)
    if isinstance(value, list):
        kept = [v for v in value if not (isinstance(v, Uczestnik) and not _mentions(v.imie_nazwisko, officers))]
        return [_walk(v, scrub_text, officers) for v in kept]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _mentions(text: str, names: list[str]) -> bool:
    flat = " ".join(text.split())
    return any(" ".join(name.split()) in flat for name in names)


def _name_pattern(name: str) -> re.Pattern | None:
    """A first name and surname in any case form, or „Pan/Pani” and the surname."""
    pair = _NAME_PAIR.search(re.sub(rf"^{_HONORIFICS}\s+", "", name.strip()))
    if not pair:
        return None
    first, last = (_stem(word) for word in pair.groups())
    return re.compile(rf"(?<!\w)(?:{first}\w*|{_HONORIFICS})\s+{last}\w*")


def _stem(word: str) -> str:
    """The part of a name that stays in every case form: „Przykładowski” → „Przykładowsk”."""
    if len(word) > 2 and word[-1].lower() in "aeiouyąęó":
        word = word[:-1]
    return re.escape(word)
