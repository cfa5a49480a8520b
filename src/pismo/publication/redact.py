"""The version for publication: the unit's website and the partners' pages.

A plan and its realisation report are published (domain.md), with the police
officers' rank and name, as units publish them. One rule, applied to the
validated case before any document is built from it, so no template or
document needs to know about it:

- every `telefon` and `email` field is emptied (the officers' and the unit's too);
- addressees' persons (a mayor, a chairwoman) are removed, and so are meeting
  participants who are not police officers (the case's officers; the employer
  the function names, not „Straż Miejska” nor „ds. współpracy z Policją”; else
  a rank before the name);
- in every text, phone numbers (not 800/801 helplines, not 112/997), e-mail
  addresses (also „jan[at]x.pl”), PESEL numbers, social-network profile
  addresses, dates of birth, identity card and passport numbers, bank accounts,
  registration plates, a home's house-and-flat number and the names of the private persons the case names in its person
  fields (addressees, participants, recorder, chair, „odpowiedzialny”; any case
  form, see pismo.publication.names) are replaced by a visible marker, so whoever
  publishes sees where text was cut;
- contacts go from every field, the officers' and the unit's too; the unit's
  names and town, the officers' rank and name (in their fields and in texts),
  patrons of streets and schools and place names stay.

Text is matched as it is seen (NFC, no soft hyphens or invisible characters,
pismo.publication.visible), and replaced where it is written, so „Ko\u00adwal” goes too.

It is no guarantee of anonymity. A name typed only in free text is found by the
SGJP dictionary's name tags (pismo.publication.name_tags): a first name or a
surname after „Pani”, „p.” or a role, a first name with a surname, a word that
is only a name; names in capitals as names. A surname that is also an ordinary
word („Kowal”) alone and not the subject of a person's verb, a name the
dictionary does not know without a first name or „Pani”, a street address
without a flat's number or an unusual phone format gets through: the public version needs a reading before it
is published (the CLI says so, with the count of what was removed).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable
from urllib.parse import unquote

from pydantic import BaseModel

from pismo import polish
from pismo.case.model import (AdresatOsoba, Jednostka, Joined, Osoba, Partner, RealizacjaPartnera, Sprawa,
                              Uczestnik)
from pismo.morph import dictionary as d
from pismo.publication.names import (LINE_BREAKS, NAME_MARK, NameSet, Names, is_police, looks_like_person,
                                     partners_text, split_persons)
from pismo.publication import institutions, name_tags, profiles
from pismo.publication.sweep import Sweep
from pismo.publication.profiles import TLD, URL, name_only
from pismo.publication.visible import View, replaced

PHONE_MARK = "[numer telefonu usunięty]"
EMAIL_MARK = "[adres e-mail usunięty]"
PESEL_MARK = "[PESEL usunięty]"
PROFILE_MARK = "[adres profilu usunięty]"
BIRTH_MARK = "[data urodzenia usunięta]"
DOCUMENT_MARK = "[numer dokumentu usunięty]"
ACCOUNT_MARK = "[numer konta usunięty]"
PLATE_MARK = "[numer rejestracyjny usunięty]"
FLAT_MARK = "[numer mieszkania usunięty]"
IP_MARK = "[adres IP usunięty]"
DEVICE_MARK = "[numer identyfikacyjny usunięty]"
CARD_MARK = "[numer karty usunięty]"
MARKS = {"phones": PHONE_MARK, "emails": EMAIL_MARK, "names": NAME_MARK, "pesel": PESEL_MARK,
         "profiles": PROFILE_MARK, "births": BIRTH_MARK, "documents": DOCUMENT_MARK, "accounts": ACCOUNT_MARK,
         "plates": PLATE_MARK, "flats": FLAT_MARK, "ips": IP_MARK, "devices": DEVICE_MARK,
         "cards": CARD_MARK}
CONTACT_FIELDS = {"telefon", "email"}
# Printed by no public document (the attendance list's RODO clause, with its data officer's contact): left out.
NOT_PUBLIC_FIELDS = {"klauzula_rodo"}
OFFICER_NAME_FIELDS = {"imie_nazwisko", "stopien"}  # an officer's: only contacts are cut from them

# A number's edges: no letter or digit beside it – an underscore, which joins a file's words, is a boundary like a
# dash or a dot („wniosek_80010112340.pdf”, „kontakt_600100200.pdf”: rev-tpl21 14); one rule for text and links.
_NO_WORD_BEFORE = r"(?<![^\W_])"
_NO_WORD_AFTER = r"(?![^\W_])"
# Between digit groups: whitespace (line breaks too, as YAML „|” blocks keep them), dots, every dash, bullets, bars.
_G = r"(?:\s{1,3}|\s?[./·_\u2010-\u2015\u2022\u2027\u2043\u30fb|~\\-]\s?)"  # „606•100•200”, „606|100|200” too
_TEL = r"(?:tel(?:efon(?:u|em)?)?|kom(?:órk[aęi])?|fax|faks)\.?:?"
# A messenger's name or „dzwonić”: the number after it is a phone however grouped, the word stays („Viber: 6061 00 200”).
_CALL = r"(?:sms|whatsapp|viber|signal|telegram|(?:za|od|prze)?dzwo[nń]\w*)\.?:?"
_NUMBER = r"(?:nr|numer(?:em|u)?)\.?:?"
# A call's number in a sentence: „dzwonił z numeru”, „SMS na numer”, „jego numer to”, „numer sprawcy:”.
_CALL_FROM = rf"(?:(?:z|ze|na|spod)\s+)?(?:{_NUMBER}\s*)?"  # not „pod nr”: that label goes with the number
_WHOSE = (r"(?:sprawcy|zgłaszając\w+|pokrzywdzon\w+|poszkodowan\w+|sąsiad\w*|świadka|podejrzan\w+|matki|ojca|syna"
          r"|córki|kontaktowy|komórkowy|prywatny|telefoniczny)")
_SPOKEN_NUMBER = (rf"numer(?:em|u)?\s+(?:to|{_WHOSE}(?:\s*:|\s+to)?|(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[^\W\d_]+\s+to"
                  rf"|telefonu\s+{_WHOSE}\s*:?)\s*")  # „Numer Mazura to”, „Numer telefonu sprawcy:”
# „tel.”, „tel. kom.”, „nr tel.”, „numer telefonu”, „pod nr”: after one, the number is a phone whatever follows.
# „tel. domowy”, „telefon prywatny:”: whose or which line, after „tel.”.
_LINE_KIND = r"(?:(?:domow|prywatn|komórkow|stacjonarn|służbow|kontaktow)\w*\.?:?\s*)"
# „Kontakt:”, „kontakt telefoniczny:”, „dane kontaktowe:”: the number after it is a phone however grouped.
_CONTACT = r"(?:kontakt(?:u|em)?(?:\s+(?:telefoniczny|tel\.))?|dane\s+kontaktowe)\s*:?"
_LABEL = (rf"(?:{_TEL}\s*){{1,2}}{_LINE_KIND}?(?:{_NUMBER}\s*)?|{_NUMBER}\s*{_TEL}\s*{_LINE_KIND}?|(?<=pod\s){_NUMBER}\s*"
          rf"|(?P<call>{_CALL}\s*{_CALL_FROM}|{_CONTACT}\s*(?:{_NUMBER}\s*)?|{_SPOKEN_NUMBER}|(?:z|ze|na|spod)\s+{_NUMBER}\s*)")
_COUNTRY = r"(?:(?:\+|00)\s?(?:48|380)(?:\s|\s?[.-]\s?)?|\(\+?(?:48|380)\)\s?)"  # Poland's, Ukraine's
# Other countries' numbers: the country code, then as many digits as that country's numbers have (without the trunk
# „0”, which may stand in brackets: „+44 (0)20 …”); a code not listed, then 7–12 digits in groups.
_NATIONAL_LENGTHS = {
    (10, 10): "1 7 30 90 91 92 98 234 880 964 977",  # North America, Russia, Greece, Turkey, India…
    (9, 9): "31 33 34 40 41 61 212 213 351 375 380 420 421 966 971 994 995 996 998 27 63 93 94 963",
    (8, 8): "45 47 216 370 371 373 374 386 387 389 993",
    (8, 9): "32 36 66 359 381 385 972",
    (9, 10): "44 84",  # the United Kingdom, Vietnam
    (10, 11): "55 86",  # Brazil, China
    (7, 11): "49",  # Germany
    (7, 13): "43",  # Austria
    (6, 11): "39",  # Italy
    (7, 9): "46 353",
    (7, 8): "372",
    (7, 10): "358",
    (8, 10): "64 20",
    (9, 12): "62",
}
_KNOWN_CODES = "|".join(c for codes in _NATIONAL_LENGTHS.values() for c in codes.split())
_INTL_SEP = rf"(?:{_G}|\s?\(\s?|\s?\)\s?)"


def _abroad(codes: str, lengths: tuple[int, int]) -> str:
    low, high = lengths
    return (rf"(?:(?:\+|00)\s?(?:{codes.replace(' ', '|')})|\(\+?(?:{codes.replace(' ', '|')})\))(?:\s?\(0\))?"
            rf"{_INTL_SEP}?\(?\d(?:{_INTL_SEP}?\d){{{low - 1},{high - 1}}}(?!\d)")


_FOREIGN = "|".join([_abroad(codes, lengths) for lengths, codes in _NATIONAL_LENGTHS.items()] + [
    rf"(?:\+|00)(?![17])(?!(?:{_KNOWN_CODES}|48)(?!\d))[2-9]\d{{1,2}}{_INTL_SEP}\(?\d(?:{_INTL_SEP}?\d){{6,11}}(?!\d)"])
_AREA = rf"(?:\(0?{_G}?\d{{2}}\)\s?|(?:0{_G}?)?\d{{2}}(?:{_G}|/))"  # (81) (081) (0-81) 81- 081 0 81 81/
_NINE_DIGITS = "|".join((
    rf"\d{{3}}{_G}?\d{{3}}{_G}?\d{{3}}",  # 600 100 200, 600-100-200, 600.100.200, 600100200
    rf"\d{{3}}{_G}\d{{2}}{_G}\d{{2}}{_G}\d{{2}}",  # 604 12 34 56
    rf"\(\d{{3}}\)\s?\d{{3}}{_G}?\d{{3}}",  # (606) 100 200
    rf"\d{{3}}\s?:\s?\d{{3}}\s?:\s?\d{{3}}",  # 606:100:200 (no hour has three digits)
    rf"{_AREA}(?:\d{{3}}{_G}?\d{{2}}{_G}?\d{{2}}|\d{{3}}{_G}\d{{4}})",  # 81 752 00 00, 81/752-00-00
))
# Any grouping of nine digits (also after a trunk „0-”), or seven (local), after a label – by commas too
# („tel. 606,100,200”; without a label commas list numbers).
_GL = rf"(?:{_G}|,)"
_ANY = rf"(?:0{_GL}?)?\d(?:{_GL}?\d){{8}}|\d(?:{_GL}?\d){{6}}"
# Nine digits in any grouping, also after a trunk „0” („60 61 00 200”, „0606 100 200”, „6-0-6-1-0-0-2-0-0”):
# unlabelled, a phone only with a mobile's prefix (_is_phone).
_GROUPED = rf"(?:0{_G}?)?\d(?:{_G}?\d){{8}}(?!{_G}?\d)"
PHONE = re.compile(
    rf"{_NO_WORD_BEFORE}(?<!\+)(?<!\d[-/.])(?P<label>{_LABEL})?"
    rf"(?:{_FOREIGN}|{_COUNTRY}\d(?:{_G}?\d){{8}}|{_COUNTRY}(?:{_NINE_DIGITS})|48[\s-]?(?=[1-9])(?:{_NINE_DIGITS})"
    rf"|(?P<domestic>{_NINE_DIGITS})|(?(label)(?:{_ANY})|(?P<grouped>{_GROUPED})))"
    # an extension: 600 100 200/201, wewn. 12 – not the next number's first group („605 444 333/502 113 224”)
    rf"(?:/\d{{1,4}}(?!{_G}?\d)|\s?\(?wewn?\.?\s?\d{{1,4}}\)?)?{_NO_WORD_AFTER}",
    re.IGNORECASE,
)
_PHONE_LABEL = re.compile(rf"{_TEL}|{_CALL}|{_CONTACT}|(?<=pod\s){_NUMBER}|{_SPOKEN_NUMBER}|(?:z|ze|na|spod)\s+{_NUMBER}",
                          re.IGNORECASE)
# A number so labelled, or counting money or people, is not a phone („REGON 123456789”, „REGON Urzędu Miasta …”,
# „100 000 000 zł”, „S/N …”).
# A document's noun labels the number only with „nr” („nr umowy: …”, „umowy nr …”, „sygn. akt …”): „Dane z
# faktury: 606 100 200” is a phone, and so is a number after a phrase that names a phone („Nr telefonu w aktach
# sprawy: …”).
_NOT_PHONE_BEFORE = re.compile(
    r"(?<!\w)(?:(?:regon|nip|krs)(?:\s+\w+|(?:\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])\w*){1,4})?|pln|eur|pesel|konta|rachunku|iban|nrb|sygn|dowodu|działki|kmzb|rsd|ds"
    r"|dz|ewid\w*|rej|id|swd|notatk\w*(?:\s+urzędow\w*)?|(?:seryjn|fabryczn)\w*(?:\s+\w+)?|s/n|(?:(?:nr|numer\w*|sygn)\.?\s*)(?:spraw\w*|akt\w*|faktur\w*|umow\w*|decyzj\w*)"
    r"|(?:spraw\w*|akt\w*|faktur\w*|umow\w*|decyzj\w*)\.?:?\s*(?:nr|numer))\.?:?\s*(?:nr\.?:?\s*)?$",
    re.IGNORECASE)
_PHONE_WORD = re.compile(r"(?<!\w)tel(?:\.|efon)", re.IGNORECASE)
# The text after a number calls it a phone, whatever labelled it („S/N 606100200 – telefon pokrzywdzonej”).
# A phone's word labelling the next number („PLN 606 100 200 tel. 606 100 201”) is no such call.
_PHONE_AFTER = re.compile(r"\s*(?:[–—:,(-]|\s+to)\s*(?:to\s+)?(?:tel(?:\.|efon\w*)|numer\s+telefonu|komórk\w*|kontakt\w*)"
                          r"(?!\s*[:.]?\s*\+?\d)", re.IGNORECASE)
_NOT_PHONE_AFTER = re.compile(
    r"\s*(?:,\d{1,2}\s*)?(?:zł|złot\w*|pln|eur|euro|usd|gr|os\.|osób|osoby|mieszkańc\w*|sztuk\w*|szt\.|egz\.|km|m2|m²|ha|kg"
    r"|ton\w*|litr\w*|konta|rachunku|zgłosze\w*|interwencj\w*|wykrocze\w*|razy)(?!\w)",
    re.IGNORECASE)
_HELPLINE = re.compile(r"80[01]")  # 800/801: free and shared-cost institutional lines
# The national numbering plan: mobiles' prefixes, and landlines' area codes (then a subscriber's number, which never
# starts with 0 or 1) – so „120 135 150”, three figures of a statistic, is no phone.
_MOBILE = re.compile(r"45|5[0137]|6[069]|7[2389]|88")
_AREA_CODE = re.compile(r"(?:1[2-8]|2[2-59]|3[2-4]|4[1-468]|5[245689]|6[1-578]|7[14-7]|8[1-79]|9[145])[2-9]")
# Groups joined by slashes only, after a bare „nr”/„numer” (no „tel.”, no „pod nr”): a file's or a letter's number.
_FILE_NUMBER = re.compile(r"\d+(?:/\d+)+")
_BARE_NUMBER_LABEL = re.compile(r"(?<!\w)(?:nr|numer(?:em|u)?)\.?:?\s*$", re.IGNORECASE)

_SP = r"\s"
_AT = (rf"(?:{_SP}?[@\uff20\ufe6b]{_SP}?|{_SP}?[\[({{<]{_SP}?(?:at|małpa|malpa|@){_SP}?[\])}}>]{_SP}?"
       rf"|{_SP}(?:at|małpa|malpa){_SP})")
_DOT = rf"(?:[.\uff0e]|{_SP}?[\[({{<]{_SP}?(?:dot|kropka|\.){_SP}?[\])}}>]{_SP}?|{_SP}(?:dot|kropka){_SP})"  # „[.]” too
_SPACED_DOT = rf"{_SP}[.]{_SP}?|[.]{_SP}"  # „jan . kowal @ wp . pl”: only where an e-mail is certain, see _email
# A dot in brackets is a dot in the local part too („zenek(kropka)lipowa(małpa)wp(kropka)pl”).
_BRACKET_DOT = rf"{_SP}?[\[({{<]{_SP}?(?:dot|kropka|\.){_SP}?[\])}}>]{_SP}?"
_LOCAL = rf"[\w.+-]+(?:(?:{_SPACED_DOT}|{_BRACKET_DOT})[\w+-][\w.+-]*){{0,3}}"
# Anchored at a token's start, so a long token is scanned once, not from each of its characters; a spaced
# address spans at most four tokens before its „@”.
EMAIL = re.compile(rf"(?<![\w.+-]){_LOCAL}{_AT}[\w-]+(?:(?:{_DOT}|{_SPACED_DOT})[\w-]+)+", re.IGNORECASE)
# An address cut at its „@” („zenek88@ na czacie”): its user's name is contact data all the same.
EMAIL_BARE = re.compile(r"(?<![\w.+@-])(?=[\w.+-]*[^\W\d_])[\w.+-]*\w[@\uff20](?![\w@\uff20]|[.-]\w)")
# An address whose domain lost its ending, at a mail provider („jan.kowal@wp”, „kowal.jan(at)gmail”).
_PROVIDERS = "onet wp o2 interia gmail op tlen gazeta poczta yahoo outlook hotmail icloud proton protonmail vp go2 live"
EMAIL_SHORT = re.compile(rf"(?<![\w.+-])[\w.+-]+(?:{_BRACKET_DOT}[\w+-][\w.+-]*){{0,3}}(?:[@\uff20]|\s?[\[(<]\s?(?:at|małpa|malpa)\s?[\])>]\s?)(?:{_PROVIDERS.replace(' ', '|')})(?![\w@-]|\.\w)", re.IGNORECASE)

# Eleven digits, together or in groups („850312 12345”, „85 03 12 123 45”, „850-312-123-45”); after the label and an
# account's number, a line break may part the groups too (Shift+Enter in a narrow column, rev-pub18 17); a tab
# anywhere (a document's w:tab is read as one).
PESEL = re.compile(rf"{_NO_WORD_BEFORE}(?:(?P<label>pesel)\s*:?\s*(?:nr\.?\s*)?)?(?<![\d+])(?<!\d[ \t.-])"
                   r"(?P<number>\d(?:[ \t.\u00a0-]?\d){10})(?![ \t.\u00a0-]?\d)", re.IGNORECASE)
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# After the label „PESEL”, to the end of its sentence: any run of 10 to 12 digits is a PESEL, words between
# („PESEL matki: …”, „PESEL ojca …, matki …”) and a wrong, lost or extra digit notwithstanding.
_PESEL_LABEL = re.compile(rf"{_NO_WORD_BEFORE}pesel{_NO_WORD_AFTER}(?P<scope>(?:[^\n;.!?]|(?<=\d)\n(?=\d)|[.](?!\s|$)|[.!?](?=\s+(?-i:[a-ząćęłńóśźż\d])))"
                          r"{1,80})", re.IGNORECASE)
_PESEL_DIGITS = re.compile(rf"{_NO_WORD_BEFORE}(?<!\+)(?<!\d[ \t.\u00a0-])\d(?:(?:[ \t.\u00a0-]|\n)?\d){{9,11}}(?![ \t.\u00a0-]?\d)")


# Identifiers of a person beyond contacts: the date after „ur.”/„urodzony” (the word stays), an identity card
# („ABA 300000”: labelled, or with its check digit) or a passport after its label, a bank account (26 digits,
# checked as an IBAN), a vehicle's registration plate and a flat's number in a street address.
_MONTHS = (r"(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada"
           r"|grudnia|(?:sty|lut|mar|kwi|cze|lip|sie|wrz|pa[źz]|lis|gru)\.?|[IVX]{1,4})")  # „12 mar 1985” too
# Between the label and the date: a colon or a dash, „dnia”, „w roku”, and a place („urodzony w Lublinie 12.03.1985”,
# „Data i miejsce urodzenia: 12.03.1985, Lublin”).
_BIRTH_PLACE = r"(?:w\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[^\W\d_]+(?:[\s-](?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[^\W\d_]+)?\s*,?\s*(?:dnia\s+)?)"
# Whose birth it is, one or two words between the label and the date („sprawcy:”, „jej syna:”, „SPRAWCY:”), written
# in any case; outside the label, which the names' pass does not see („Data urodzenia Kowalskiego: …” is a name).
_WHOSE = r"(?:\s+(?!(?:w|we|dnia|roku|nie)\s)[^\W\d_]+){1,2}(?=\s*[:–—-]?\s*\d)"
_BIRTH_DATE = (rf"\d{{1,2}}\s?[./-]\s?\d{{1,2}}\s?[./-]\s?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
               rf"|\d{{1,2}}\s?[./-]\s?[IVX]{{1,4}}\s?[./-]\s?\d{{2,4}}|\d{{1,2}}\s?[./-]\s?(?:19|20)\d{{2}}(?!\d)"  # „03.1985”
               rf"|\d{{1,2}}\s+{_MONTHS}\s+(?:\d{{4}}|\d{{2}}(?=\s?r(?:oku|\.)))|(?:19|20)\d{{2}}(?!\d)")
BIRTH = re.compile(
    r"(?<!\w)(?P<label>(?:dat[aąy]\s+)?ur\.|urodz(?:ony|ona|onego|onej|onemu|eni|one|\.)|urodzi(?:ł|ła|ło|li|ły)\s+się"
    r"|dat[aąy]\s+(?:i\s+miejsc[ae]\s+)?urodzenia|miejsc[ae]\s+i\s+dat[aąy]\s+urodzenia|rocznik|d\.\s?ur\.|d\.?\s?o\.?\s?b\.?)"
    rf"(?:{_WHOSE})?\s*[:–—-]?\s*(?:dnia\s+|w\s+(?:roku\s+)?(?=\d)|{_BIRTH_PLACE})?"
    rf"(?P<date>{_BIRTH_DATE})(?:\s?r(?:oku|\.)?)?",
    re.IGNORECASE)
# Another date coordinated with a birth date („Data urodzenia obojga: 14.05.1971 i 03.09.1975”): a birth date too.
_MORE_BIRTH = re.compile(rf"(?:\s*[,;]\s*|\s+(?:i|oraz)\s+)(?P<date>{_BIRTH_DATE})(?:\s?r(?:oku|\.)?)?", re.IGNORECASE)
# A date right after a person's age („Wiek: 41 lat (12.03.1985)”, „lat 41, 12.03.1985”): the birth, if its year
# fits the age (_born).
AGE_DATE = re.compile(r"(?<!\w)(?:(?P<age>\d{1,3})[\s-]*(?:lat(?:a|ek|ka)?|l\.)|lat\s+(?P<age2>\d{1,3}))"
                      r"\s*(?:,\s*|\(\s*|[–—-]\s*)(?:ur\.\s*)?"
                      r"(?P<date>\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?P<year>(?:19|20)?\d{2})"
                      r"|(?P<iso>(?:19|20)\d{2})-\d{2}-\d{2})(?![\d/-]|\.\d)",
                      re.IGNORECASE)
# A person's data row („Dane sprawcy: Kowalczyk, 14.05.1971, Lipowa 3.”, „Dane: Lis Adam; 14.05.1971; …”): a full
# date as one of its comma- or semicolon-separated items, of a year before this one, is the birth date.
_DATA_ROW = re.compile(r"(?<!\w)dane(?:\s+[^\W\d_]{3,}){0,2}\s*:(?P<scope>(?:[^\n.!?]|[.](?!\s|$)"
                       r"|[.!?](?=\s+(?-i:[a-ząćęłńóśźż\d]))){1,160})", re.IGNORECASE)  # „;” parts it too
_ROW_DATE = re.compile(rf"[,;]\s*(?P<date>\d{{1,2}}\s?[./-]\s?(?:\d{{1,2}}|[IVX]{{1,4}})\s?[./-]\s?(?P<year>(?:19|20)\d{{2}})"
                       rf"|(?P<iso>(?:19|20)\d{{2}})-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+(?P<named>(?:19|20)\d{{2}}))"
                       r"(?:\s?r\.?)?(?=\s*(?:[,;)]|[.]?$|[.]\s))", re.IGNORECASE)
# „Ur.”, „DOB” are no names, also before a date of a shape BIRTH does not know or a place („DOB 1985”, „Ur. w
# Lublinie”); „ur.” before a name stays for the names' rule, to which it marks a maiden name („Anna Kowalska ur. Nowak”).
BIRTH_LABEL = re.compile(r"(?<!\w)(?P<label>ur\.(?=\s*[:–—-]|\s*\d|\s+(?:w|we|dnia|roku)\s)|d\.?\s?o\.?\s?b\b\.?)",
                         re.IGNORECASE)  # „Ur. w Lublinie”
_DOCUMENT_LABEL = (r"(?:dow(?:ód|odu|odem|odzie)(?:\s+osobist\w+)?|d\.?\s?o\.|paszport\w*|legitymacj\w+"
                   r"|praw(?:o|a|em|ie)\s+jazdy|kart\w*\s+(?:stałego\s+)?pobytu(?:\s+RP)?)")  # a residence card too
# An identity card (ABA 300000), a passport (EM1234567); after a label also a driving licence (01234/17/0602).
DOCUMENT = re.compile(rf"(?<!\w)(?:(?P<label>(?i:{_DOCUMENT_LABEL}))\s*(?i:nr\.?|numer\w*|seria\s+i\s+numer)?\s*:?\s*)?"
                      r"(?<![\w-])(?P<number>[A-Z]{3}\s?\d{6}|[A-Z]{2}\s?\d{7}|(?(label)\d{5}/\d{2}/\d{4}|(?!)))"
                      r"(?![\w/-])")
# An identity card as police notes write it: „seria ABC nr 123456”, „seria ABC, numer 123456”, „ABC-123456”,
# „ABC 123 456” – after a document's label or „seria”.
ID_CARD = re.compile(rf"(?<!\w)(?:(?i:{_DOCUMENT_LABEL})\s*(?i:nr\.?|numer\w*|seria\s+i\s+numer)?\s*:?\s*"
                     r"(?i:seria)?|(?i:seria))\s*:?\s*(?P<number>[A-Z]{3}(?:\s?[-–]\s?|\s*,?\s*(?i:nr\.?|numer\w*)?\s*:?\s*)"
                     r"\d{3}\s?\d{3})(?![\w/-])")
# A passport after its label, any country's: six to nine letters and digits, a digit among them („FE 123456”,
# „C01X00T47”), an adjective or „nr” between („paszport niemiecki C01X00T47”).
PASSPORT = re.compile(r"(?<!\w)(?i:paszport\w*)(?:\s+(?-i:[a-ząćęłńóśźż]+))?\s*(?i:nr\.?|numer\w*)?\s*:?\s*"
                      r"(?P<number>(?=[A-Z\d]*\d)[A-Z\d]{1,3}\s?[A-Z\d]{3,8}|[A-Z]{1,3}\s?\d{3,8})(?![\w/-])")
# Any number after a document's label, „nr” or a colon, a few words of whose document it is between („Dowód
# osobisty zgłaszającej: AYZ 123456”, „paszport obywatela Ukrainy: FA123456”, „legitymacja szkolna nr 123/2024”,
# „nr legitymacji szkolnej 123/2024”).
LABELLED_DOCUMENT = re.compile(rf"(?<!\w)(?:(?i:nr\.?|numer\w*)\s+(?i:{_DOCUMENT_LABEL})(?:\s+[^\W\d_]+){{0,2}}?\s*:?"
                               rf"|(?i:{_DOCUMENT_LABEL})(?:\s+[^\W\d_]+){{0,3}}?\s*(?:(?i:nr\.?|numer\w*)\s*:?|:))"
                               r"\s*(?P<number>[A-Z\d]+(?:[ /-][A-Z\d]*\d[A-Z\d]*){0,2})(?![\w/-])")
# A connection's and a device's identifiers: an IP address (a private connection's is personal data), a MAC address;
# after its label a phone's IMEI (15 digits) and a vehicle's VIN (17 letters and digits, also unlabelled in capitals).
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IP = re.compile(rf"(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w]|\.\d)"
                r"|(?<![\w:])(?:[0-9a-f]{1,4}:){5,7}[0-9a-f]{1,4}(?![\w:])"
                r"|(?<=IP\s)(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?<=\w)(?![\w:])"
                r"|(?<=IPv6\s)(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?<=\w)(?![\w:])", re.IGNORECASE)
DEVICE = re.compile(r"(?<![\w:-])[0-9A-F]{2}([:-])[0-9A-F]{2}(?:\1[0-9A-F]{2}){4}(?![\w:-])"  # MAC
                    r"|(?<!\w)(?i:imei)(?:\s+[^\W\d_]+){0,2}\s*(?i:nr\.?|numer\w*)?\s*:?\s*(?P<imei>\d(?:[\s-]?\d){14})(?![\w-])"
                    r"|(?<![\w-])(?P<vin>(?=[A-HJ-NPR-Z\d]*\d)(?=[A-HJ-NPR-Z\d]*[A-HJ-NPR-Z])[A-HJ-NPR-Z\d]{17})(?![\w-])")
ACCOUNT = re.compile(_NO_WORD_BEFORE + r"(?<!-)(?:PL\s?)?(?P<number>\d{2}(?:(?:[ \t\u00a0-]|[ \u00a0]?\n)?\d{4}){6})(?!-)"
                     + _NO_WORD_AFTER)
# After „konto”, „rachunek”, „IBAN”, within its clause, an account's number however mistyped: 20 to 28 digits.
ACCOUNT_LABELLED = re.compile(r"(?<!\w)(?:kont(?:a|o|u|em|cie)|rachun\w+|rach\.|iban|nrb)(?!\w)[^\d\n;!?]{0,40}?"
                              r"(?<![\w-])(?P<number>(?:(?-i:[A-Z]{2})\s?)?\d(?:(?:[ \t\u00a0-]|[ \u00a0]?\n)?\d){19,27})(?![\w-])",
                              re.IGNORECASE)
# A payment card's number as cards print it – four groups of four by spaces, dashes or dots (Visa, Mastercard; a
# fifth of up to three digits) or Amex's 4-6-5; a card's only with a valid Luhn check (_luhn) and a card network's
# first digit, 2 to 6. Glued digits are a card's only after its label (CARD_LABELLED): unlabelled, a case's or a
# parcel's number passes Luhn too.
CARD = re.compile(_NO_WORD_BEFORE + r"(?<!-)(?=[2-6])(?P<number>\d{4}(?P<gap>[ \u00a0.-])\d{4}(?P=gap)\d{4}(?P=gap)\d{1,4}(?:(?P=gap)\d{1,3})?"
                  r"|\d{4}[ \u00a0-]\d{6}[ \u00a0-]\d{4,5})(?!-)" + _NO_WORD_AFTER)
# After „karta/karty/kartę” or a card network's name (its kind, „nr” between), any number of a card's length, a
# digit wrong or lost, also grouped by dots („4111.1111.1111.1111”); a CVV/CVC after its label.
CARD_LABELLED = re.compile(r"(?<!\w)(?:kart(?:a|y|ę|ą|e|cie)|visa|mastercard|maestro|amex|american\s+express)(?:\s+(?:płatnicz\w+|kredytow\w+|debetow\w+|bankow\w+"
                           r"|nr\.?|numer\w*|o\s+numerze))*\s*:?\s*(?<![\w-])(?P<number>\d(?:[ \u00a0.-]?\d){11,18})(?![\w-])"
                           r"|(?<!\w)(?:nr\.?|numer\w*)\s+kart(?:y|ą)\s*:?\s*(?P<after>\d(?:[ \u00a0.-]?\d){11,18})(?![\w-])"
                           r"|(?<!\w)(?:cvv2?|cvc2?|cv2)\s*:?\s*(?P<code>\d{3,4})(?!\w)",
                           re.IGNORECASE)
# Any country's IBAN, unlabelled: its letters, check digits and up to 30 letters and digits, with a valid check.
IBAN = re.compile(r"(?<![\w-])(?P<number>[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z\d]{4}){3,7}(?:[ \u00a0]?[A-Z\d]{1,3})?)(?![\w-])")
_PLATE_LABEL = (r"(?i:nr\.?\s*rej(?:\.|estr\w*)|numer\w*\s+rejestr\w*|tablic\w*\s+rejestr\w*"
                r"|rejestracj\w+|(?P<loose>tablic\w*|(?:o|na)\s+(?:[^\W\d_]+\s+)?numerach))\s*:?\s*")  # „na niemieckich numerach B-AB 1234”
# After a label any plate of letters and digits in up to three groups, also a Ukrainian one with its series („AA 1234 BB”); alone, a Polish one: voivodeships'
# letters, then four or five characters, at least two of them digits (LU 4567A, WX12345, LLE 1234), or a Ukrainian
# one (two letters, four digits, two letters), tried first: „KA 5678 AB” is no Polish „KA 5678” and „AB”.
PLATE = re.compile(rf"(?<![\w/-])(?:(?P<label>{_PLATE_LABEL})(?P<any>[0-9A-Za-z]{{1,4}}[\s-]?[0-9A-Za-z]{{1,5}}"
                   r"(?:[\s-]?(?:[0-9A-Z]{1,2}|\d{1,4}))?)"
                   r"|(?P<plate>[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?"  # a German one, its district and a dash
                   r"|[A-Z]{2}[\s-]?\d{4}[\s-]?[A-Z]{2}"
                   r"|[BCDEFGKLNOPRSTWZ][A-Z]{1,2}[\s-]?(?=[0-9A-Z]*\d[0-9A-Z]*\d)\d[0-9A-Z]{3,4}))"
                   r"(?![\w/-])(?!\s?(?:r\.|rok\w*)(?!\w))")
# „вул.” (вулиця), „кв.” (квартира): a street and a flat in an address written in Ukrainian (rev-pub19 7) – as seen,
# its Latin look-alike letters Latin (pismo.publication.visible).
_KVARTYRA = "кв[аa][рp]ти[рp][аaиіiуy]"
_STREET = r"(?:ul\.|ulic[ayę]|al\.|alej[ai]?|aleja|pl\.|plac[u]?|os\.|osiedl[ea]|bl\.|blok[ua]?|adres\w*:?|в[уy]л\.|в[уy]лиц[яіiюеe])"
# A house and its flat, however written: „12/3”, „12a/3”, „12\3”, „12-3” (not a postal code „21-010”), „12 m 3”,
# „12, lok. 3”, „12 (m. 3)”, „12 mieszkanie nr 3”.
_FLAT_WORD = rf"(?:m\.?|mieszk\.?|mieszkani[eau]|lok\.?|lokal[u]?|apt\.?|apartament[u]?|кв\.?|{_KVARTYRA})"
_STAIRCASE = r"(?:kl(?:\.|atka|atki)\s*(?:[IVX]{1,4}|[A-Za-z]|\d{1,2})\s*,?\s*)?"  # „5, kl. II m. 12”: in blocks of flats
_SLASH = r"/\\" + "\u2044\u2215"  # as seen: the fraction and the division slash are slashes too („12⁄3”)
_HOUSE_AND_FLAT = (rf"\d{{1,4}}\s?[a-zA-Z]?(?:\s?[{_SLASH}]\s?|-(?!\d{{3}}(?!\d))(?!\d{{1,2}}-\d)"  # „M. 4” as „m. 4”
                   rf"|\s*,?\s*(?i:{_STAIRCASE})(?P<paren>\()?(?!m[2²](?!\d))(?i:{_FLAT_WORD})\s*(?i:nr\.?\s*)?)\d{{1,3}}[a-zA-Z]?(?(paren)\))")
# What a number of a flat's size or rooms has after it („Mieszkanie 50 m2”, „48 m kw.”, „3 pokoje”, rev-pub20 14).
_AREA_OR_COUNT = r"(?!\s*(?:m[2²]|m\.?\s*kw|mkw|metr|pok[oó]j|pokoi|łazien|kuchni|osób|osoby|piętr|kondygn))"
# Between a street or „pod” and the number: „przy Lipowej nr 12/3”, „pod numerem 12/3”.
_HOUSE_LABEL = r"(?i:(?:nr\.?|numer(?:em|u)?)\s*)?"
_NOT_YEAR = rf"(?![\w{_SLASH}%])(?!\s?(?:r\.|rok\w*|roku)(?!\w))"
# The flat after a street word: „ul. Lipowa 5/12”, „Klonowa 10 m. 34”, „bl. 7 m. 12”, „al. Jana Pawła II 12 lok 3”.
FLAT = re.compile(rf"(?<!\w){_STREET}\s*(?:[^\W\d]\w*\.?\s+){{0,4}}?(?P<number>{_HOUSE_AND_FLAT}){_NOT_YEAR}",
                  re.IGNORECASE)
# Without „ul.”: after a street's name („przy Lipowej 12/3”, „Łęczna, Jaśminowa 9/4”, „3 Maja 12 m 3”,
# „Curie-Skłodowskiej 5/7”, „Rynek 5/2”) or a preposition of a home („spod 12/3”, „z 12/3”, „pod nr 12/3”, „zam.”);
# the word's kind decides whether it names a street (_street_word); one in lower case („na klonowej 10 m 12”) only
# an adjective's or a name's form (_lower_street).
FLAT_LOOSE = re.compile(r"(?:(?<!\w)(?i:spod|pod|ze?|zam\.|zamieszka\w*)\s+"
                        r"|(?<![\w.])(?P<street>[A-ZŁŚŻŹĆŃÓĘĄ][^\W\d_]{2,}(?:-[A-ZŁŚŻŹĆŃÓĘĄ][^\W\d_]+)?)"
                        r"(?:,?\s+|(?=\d))"  # „Lipowa12/3” glued
                        r"|(?<![\w.])(?P<lower>[a-ząćęłńóśźż][^\W\d_]{2,})\s+)"
                        rf"(?P<label>{_HOUSE_LABEL})(?P<number>{_HOUSE_AND_FLAT}){_NOT_YEAR}")
# A flat's number named as such („blok 7, mieszkanie 12”, „z mieszkania nr 3”, „lokalu mieszkalnego 12/3”).
FLAT_NAMED = re.compile(rf"(?<!\w)(?:mieszkani(?:e|a|u|em)|lokal(?:u|em)?|lok\.?|кв\.|{_KVARTYRA})\s*(?:mieszkaln\w*\s*)?"
                        r"(?:(?:nr|numer(?:em|u)?)\.?\s*)?"
                        rf"(?P<number>\d{{1,3}}[a-zA-Z]?(?:\s?[{_SLASH}]\s?\d{{1,3}}[a-zA-Z]?)?)(?![\w{_SLASH}]){_AREA_OR_COUNT}",
                        re.IGNORECASE)
# Plots are public land-registry data („Działki 123/4”); documents' numbers and hours are no flat's
# („Uchwała 12/3”, „Sobota 10-12”).
_NOT_STREET = frozenset("""uchwała uchwały uchwale uchwałą zarządzenie zarządzenia zarządzeniem decyzja decyzji
    rozporządzenie rozporządzenia ustawa ustawy pismo pisma sprawa sprawy sprawie wniosek wniosku protokół protokołu
    sygnatura sygn akt akta dziennik poz art ust pkt par tom strona str rozdział załącznik załącznika
    działka działki działce działką działek działkom działkami działkach obręb obrębu obrębie
    poniedziałek poniedziałki wtorek wtorki środa środy czwartek czwartki piątek piątki sobota soboty niedziela
    niedziele godz godzina godziny dyżur dyżury skarga karta program linia pokój sala kamera
    wynik mecz""".split())


def redact(s: Sprawa, scrub: Scrubber | None = None) -> Sprawa:
    """A copy of the case with nothing personal but the officers' rank and name; `scrub`: the case's scrubber, shared
    with its documents' own text, so its final sweep knows the whole public version (Sweep.cut)."""
    return _walk(s, scrub or scrubber(s), NameSet(people(s)[1]))


class Scrubber:
    """Any text scrubbed as the case's texts are; `spans` says where, so a public version writes the markers back
    into a paragraph's runs by offset (pismo.render.public), with no diff of the text against its scrubbed copy."""

    def __init__(self, names: Names, sweep: Sweep | None = None) -> None:
        self.names = names
        self.sweep = sweep or Sweep(names)  # one for the case: a word it removed goes from every later text too

    def __call__(self, text: str) -> str:
        return replaced(text, self.spans(text))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        return scrub_spans(text, self.names, self.sweep)


def scrubber(s: Sprawa) -> Scrubber:
    """Any text scrubbed as the case's texts are: the case's private persons' names and contacts cut, its officers,
    unit and partners kept; for a template's own text in a public version (pismo.render.public)."""
    private, officers = people(s)
    return Scrubber(Names(private, officers, unit_places(s), institutions=partner_names(s)))


def people(s: Sprawa) -> tuple[list[str], list[str]]:
    """(private persons, officers) the case's person fields name; a field may name both."""
    preparing = [o for _, o in s.osoby.sporzadzajacy()]
    officers = [o.imie_nazwisko for o in (*preparing, s.osoby.komendant, s.osoby.przelozony) if o]
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
    found = [j.miejscowosc, *(j.naglowek or [])]
    for nazwa in (j.nazwa, j.nadrzedna, j.wydzial, j.zespol):
        if nazwa:
            found += [v for v in nazwa.model_dump().values() if isinstance(v, str)]
    return found


def partner_names(s: Sprawa) -> list[str]:
    """The case's partners' names in every case form („Rada Osiedla Wrzosowisko”): their pages are institutions'."""
    return [v for p in s.partnerzy for v in p.nazwa.model_dump().values() if isinstance(v, str)]


_FREE_TEXT_ONLY = Names((), ())


def scrub(text: str, names: Names | None = None) -> str:
    """Profiles, e-mails, PESELs, phones and names in a text, replaced by markers; without `names`, names typed
    in free text only.

    Matching reads the text as it is seen (NFC, no soft hyphens or invisible characters: pismo.publication.visible); the
    markers replace those spans in the text as written, the rest stays as it was."""
    return replaced(text, scrub_spans(text, names))


def scrub_spans(text: str, names: Names | None = None, sweep: Sweep | None = None) -> list[tuple[int, int, str]]:
    """The spans of the text as written (sorted, not overlapping) that scrub replaces, with their markers; last,
    the final sweep's (pismo.publication.sweep: a capitalised word not known to be safe) – a case's own `sweep`,
    or one for this text alone."""
    names = names or _FREE_TEXT_ONLY
    view = View(text)
    found = _contacts(view.text, names)
    found += _flats(_masked(view.text, found))
    labels = [(*m.span("label"), "") for m in (*BIRTH.finditer(view.text), *BIRTH_LABEL.finditer(view.text))]
    named = names.spans(_masked(view.text, found + labels))
    found += [(start, end, NAME_MARK) for start, end in named] + _dates_after_names(view.text, named, found)
    swept = (sweep or Sweep(names)).spans(view.text, _masked(view.text, found + labels), named, names.kept,
                                          lambda span: any(c.isspace() for c in text[slice(*view.span(*span))]))
    found += [(start, end, NAME_MARK) for start, end in swept]
    return view.original_spans(sorted(found))


# A full date right after a removed name, in parentheses, between dashes or as a data row's next item („Halina K.
# (14.05.1971) zgłosiła”, „Marian Kos – 14.05.1971 –”, „Marian Kos, 14.05.71, Lipowa 3”, „(14 maja 1971)”): the
# person's birth date, when its year is a dozen years or more back – a recent date there is the day of an event
# („Jan Kos 12.03.2026 zgłosił”).
_DATE_AFTER_NAME = re.compile(r"(?:[^\S\n]*\([^\S\n]*|[^\S\n]*[,;–—-][^\S\n]*|[^\S\n]+)"
                              r"(?P<date>\d{1,2}\s?[./-]\s?(?:\d{1,2}|[IVX]{1,4})\s?[./-]\s?(?P<year>(?:19|20)?\d{2})"
                              rf"|(?P<iso>(?:19|20)\d{{2}})-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+(?P<named>(?:19|20)\d{{2}}))"
                              r"(?:\s?r\.?)?(?![\d/-]|\.\d)", re.IGNORECASE)
# A date right before „urodził(a) się” („12.03.2011 r. urodziła się Maja W.”): whose birth the verb says; not a
# count's „urodziło się” („W 2025 r. urodziło się 40 dzieci”). In Ukrainian the label follows the year: „1985 р.н.”,
# „1985 року народження” (rev-pub19 26) – as seen, Latin look-alike letters Latin (pismo.publication.visible).
_UKRAINIAN_BORN = r"[рp]\.\s?н\.|(?:[рp][оo]к[уy]|[рp][іi]к)\s+н[аa][рp][оo]дж[еe]нн[яi]"
_DATE_BEFORE_BIRTH = re.compile(rf"(?<![\w./-])(?P<date>{_BIRTH_DATE})(?:(?:\s?r(?:oku|\.)?)?[^\S\n]*,?[^\S\n]*"
                                rf"urodzi(?:ł|ła)\s+się|[^\S\n]*(?:{_UKRAINIAN_BORN}))(?!\w)", re.IGNORECASE)


def _dates_after_names(text: str, named: list[tuple[int, int]], found: list[tuple[int, int, str]]
                       ) -> list[tuple[int, int, str]]:
    """Birth dates right after a removed name (_DATE_AFTER_NAME), unless another pass took them already."""
    taken = [(start, end) for start, end, _ in found]
    dates = []
    for _, end in named:
        m = _DATE_AFTER_NAME.match(text, end)
        if m and _full_year(m.group("year") or m.group("iso") or m.group("named")) <= date.today().year - 12 \
                and not any(a <= m.start("date") < b for a, b in taken):
            dates.append((*m.span("date"), BIRTH_MARK))
    return dates


def _full_year(year: str) -> int:
    """A year written with two digits („14.05.71”) read as the last century's when it is past this year's."""
    found = int(year)
    return found if found >= 100 else found + (1900 if found > date.today().year % 100 else 2000)


def scrub_contacts(text: str) -> str:
    """Contacts alone replaced: for the officers' and the unit's own fields, whose names stay."""
    view = View(text)
    return view.replace(sorted(_contacts(view.text, _FREE_TEXT_ONLY)))


def _contacts(text: str, names: Names) -> list[tuple[int, int, str]]:
    """(start, end, marker) of every contact in a text; each pass sees the text less what earlier passes found
    (handles last: a number after „Skype:” is a phone when it is one)."""
    found: list[tuple[int, int, str]] = []
    digits = (_accounts, _pesels, partial(_phones, names=names))  # they read a letter O among digits as a zero
    links, handles = ([partial(_profile_pass, find, names=names) for find in finds]
                      for finds in ((profiles.links, profiles.addresses), (profiles.handles, profiles.lower_handles)))
    for find in (*links, _emails, _machines, digits[0], _births, _documents, _plates, *digits[1:], *handles):
        masked = _masked(text, found)
        found += find(_zeros(masked) if find in digits else masked)
    return found


# A group of digits with the letter O typed for a zero („6O6 1OO 2OO”): read as the digits it stands for.
_O_FOR_ZERO = re.compile(r"(?<![^\W\d_])(?=[\dOo]*\d)[\dOo]+(?![^\W\d_])")


def _zeros(text: str) -> str:
    """The text with every O in a group of digits read as a zero (same length, so positions hold)."""
    return _O_FOR_ZERO.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), text)


def _spans(matches, mark: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), mark) for m in matches]


def _profile_pass(find, text: str, names: Names) -> list[tuple[int, int, str]]:
    """A pass of pismo.publication.profiles, its spans marked."""
    return [(start, end, PROFILE_MARK) for start, end in find(text, names)]


def _pesels(text: str) -> list[tuple[int, int, str]]:
    """Checked numbers, and after the label any number of a PESEL's length to the end of its sentence. The labels
    are read in the text as written: a labelled number's marker takes its label, and the sentence's next number
    („PESEL: …, matki: …”, „PESEL … i …”) is still in the label's scope."""
    found = _spans((m for m in PESEL.finditer(text) if _is_pesel(m)), PESEL_MARK)
    masked = _masked(text, found)
    for label in _PESEL_LABEL.finditer(text):
        found += _spans(_PESEL_DIGITS.finditer(masked, *label.span("scope")), PESEL_MARK)
    return found


def _machines(text: str) -> list[tuple[int, int, str]]:
    """Devices first: a MAC address („00:1A:2B:3C:4D:5E”) has an IPv6 address's shape."""
    found = [(*m.span("imei" if m.group("imei") else 0), DEVICE_MARK) for m in DEVICE.finditer(text)]
    return found + _spans(IP.finditer(_masked(text, found)), IP_MARK)


# A vehicle, maybe with its make or model, right before „rocznik”: its model year, not a birth („Skradziono Opla
# Astrę, rocznik 2008”, „rower Kross, rocznik 2019”, „Samochód (rocznik 2015)”: rev-pub19 22).
_VEHICLE_BEFORE = re.compile(r"(?<!\w)(?:samoch[oó]d\w*|aut(?:o|a|em|u|ku|ka)|pojazd\w*|rower\w*|motocykl\w*"
                             r"|motorower\w*|skuter\w*|ciągni\w*|quad\w*|hulajnog\w*|przyczep\w*|ciężarówk\w*|bus\w*"
                             r"|ford\w*|opl\w*|opel|fiat\w*|skod\w*|toyot\w*|renault|volkswagen\w*|vw|bmw|mercedes\w*"
                             r"|peugeot\w*|citro[eë]n\w*|hyundai\w*|nissan\w*|hond\w*|volvo|daci\w*|kia|audi)"
                             r"(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]*[,(–-]?[^\S\n]*$", re.IGNORECASE)


def _births(text: str) -> list[tuple[int, int, str]]:
    return [span for m in BIRTH.finditer(text) if not _model_year(text, m) for span in _coordinated(text, m)] \
        + [(*m.span("date"), BIRTH_MARK) for m in AGE_DATE.finditer(text) if _born(m)] \
        + [(*m.span("date"), BIRTH_MARK) for m in _DATE_BEFORE_BIRTH.finditer(text)] \
        + [(*d.span("date"), BIRTH_MARK) for row in _DATA_ROW.finditer(text)
           for d in _ROW_DATE.finditer(text, *row.span("scope"))
           if int(d.group("year") or d.group("iso") or d.group("named")) < date.today().year]


def _model_year(text: str, m: re.Match) -> bool:
    """Whether a „rocznik” is a vehicle's model year (_VEHICLE_BEFORE), no one's birth."""
    return m.group("label").lower() == "rocznik" and bool(_VEHICLE_BEFORE.search(text, max(0, m.start() - 60), m.start()))


def _coordinated(text: str, m: re.Match) -> list[tuple[int, int, str]]:
    """A labelled birth date and the dates coordinated with it („14.05.1971 i 03.09.1975”)."""
    found = [(*m.span("date"), BIRTH_MARK)]
    while more := _MORE_BIRTH.match(text, m.end()):
        found.append((*more.span("date"), BIRTH_MARK))
        m = more
    return found


def _born(m: re.Match) -> bool:
    """Whether a date right after an age is the birth it counts from: its year and the age make this year or the
    last decades („41 lat (12.03.1985)”), not the day of an event („41 lat, 12.03.2026 zgłosiła”)."""
    year, age = _full_year(m.group("year") or m.group("iso")), int(m.group("age") or m.group("age2"))
    return date.today().year - 60 <= year + age <= date.today().year + 1


def _documents(text: str) -> list[tuple[int, int, str]]:
    found = [(*m.span("number"), DOCUMENT_MARK) for m in DOCUMENT.finditer(text)
             if m.group("label") or _id_card(m.group("number"))]
    masked = _masked(text, found)
    found += [(*m.span("number"), DOCUMENT_MARK) for m in ID_CARD.finditer(masked)]
    masked = _masked(text, found)
    found += [(*m.span("number"), DOCUMENT_MARK) for m in PASSPORT.finditer(masked)
              if 6 <= len(re.sub(r"\W", "", m.group("number"))) <= 9]
    masked = _masked(text, found)
    return found + [(*m.span("number"), DOCUMENT_MARK) for m in LABELLED_DOCUMENT.finditer(masked)
                    if re.search(r"\d", m.group("number")) and 3 <= len(re.sub(r"\W", "", m.group("number"))) <= 16]


# An account's number as banks print it, 2 + 6×4 digits („12 1020 1026 …”), unless it names a case („Sygnatura …”).
_NRB_GROUPS = re.compile(r"\d\d(?:(?:[ \t\u00a0-]|[ \u00a0]?\n)\d{4}){6}")
_FILE_LABEL = re.compile(r"(?<!\w)(?:sygn\w*|znak\w*|spraw\w*|akt)\.?\s*:?\s*(?:nr\.?\s*)?$", re.IGNORECASE)


def _accounts(text: str) -> list[tuple[int, int, str]]:
    """26 digits with a valid IBAN check (PL): a private person's account; an institution's goes too. After its
    label any number of an account's length, a digit wrong, lost or added („Nr konta do zbiórki: …”)."""
    found = []
    for m in ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", m.group("number"))
        if int(digits[2:] + "2521" + digits[:2]) % 97 == 1 or _NRB_GROUPS.fullmatch(m["number"]) \
                and not _FILE_LABEL.search(text, max(0, m.start() - 30), m.start()):
            found.append((m.start(), m.end(), ACCOUNT_MARK))  # NRB's grouping is an account's, mistyped or not
    found += [(*m.span("number"), ACCOUNT_MARK) for m in IBAN.finditer(_masked(text, found)) if _iban(m.group())]
    found += [(*m.span("number"), ACCOUNT_MARK) for m in ACCOUNT_LABELLED.finditer(_masked(text, found))]
    return found + _cards(_masked(text, found))


def _cards(text: str) -> list[tuple[int, int, str]]:
    """A payment card's number: after a card's word any of its length, elsewhere one that passes the Luhn check."""
    found = [(*m.span(next(g for g in ("number", "after", "code") if m[g])), CARD_MARK)
             for m in CARD_LABELLED.finditer(text)]  # a card's CVV/CVC is its datum too
    return found + [(*m.span("number"), CARD_MARK) for m in CARD.finditer(_masked(text, found))
                    if _luhn(re.sub(r"\D", "", m["number"]))]


def _luhn(digits: str) -> bool:
    """The Luhn check of a card's number: every second digit from the right doubled (less 9 over 9), sum mod 10."""
    total = sum(int(d) if i % 2 == 0 else int(d) * 2 - 9 * (int(d) > 4) for i, d in enumerate(reversed(digits)))
    return total % 10 == 0


def _iban(number: str) -> bool:
    """An IBAN's check: its country and check digits moved to the end, letters as numbers, mod 97 is 1."""
    chars = re.sub(r"\s", "", number)
    return int("".join(str(int(c, 36)) for c in chars[4:] + chars[:4])) % 97 == 1


def _plates(text: str) -> list[tuple[int, int, str]]:
    """After a label any plate with a digit, also a Belarusian, German or Czech one („1234 AB-7”, „B-AB 1234”)."""
    return [(*m.span("any" if m.group("label") else "plate"), PLATE_MARK) for m in PLATE.finditer(text)
            if not m.group("label") or _plate_after_label(m.group("any"), bool(m.group("loose")))]


def _plate_after_label(plate: str, loose: bool) -> bool:
    """After „nr rej.” a digit or four capitals make a plate; after „Tablice”, „na … numerach” letters and digits
    („lu 12345”; not „o numerach 12 i 14”)."""
    if loose:
        return bool(re.search(r"\d", plate) and re.search(r"[^\W\d_]{2}", plate))
    return bool(re.search(r"\d", plate)) or len(re.sub(r"[\s-]", "", plate)) > 3 and plate.isupper()


def _office(text: str, m: re.Match) -> bool:
    """Whether a flat's number is an institution's premises (pismo.publication.institutions)."""
    return institutions.office(text, m.start(), m.group())


def _flats(text: str) -> list[tuple[int, int, str]]:
    """A house and flat number in a street address: a home's („ul. Lipowa 5/12”); not in the unit's fields."""
    found = [(*m.span("number"), FLAT_MARK) for m in FLAT.finditer(text)
             if not _counted(text, m.end()) and not _numbered_title(text, m.start(), "") and not _office(text, m)]
    taken = {start for start, _end, _mark in found}
    found += [(*m.span("number"), FLAT_MARK) for m in FLAT_LOOSE.finditer(text)
              if m.start("number") not in taken and not _counted(text, m.end()) and not _office(text, m)
              and (not m.group("lower") or _lower_street(m.group("lower")) and not _hours(text, m))
              and (not m.group("street") or _street_word(m.group("street"), bool(m.group("label")))
                   and not _hours(text, m) and not _numbered_title(text, m.start("street"), m.group("street")))]
    taken = [(start, end) for start, end, _mark in found]
    return found + [(*m.span("number"), FLAT_MARK) for m in FLAT_NAMED.finditer(text)
                    if not any(start <= m.start("number") < end for start, end in taken) and not _office(text, m)]


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _numbered_title(text: str, start: int, street: str) -> bool:
    """Whether the capitalised words before a street-like word open with a document's or a thing's noun, whose
    number it is („Zarządzenie Burmistrza 12/3”, „Karta Nauczyciela 12/3”, „Mecz Górnik Łęczna 2/1”), or a
    court's division numeral before a repertory („III Nkd 123/25”: a family court's file)."""
    for i in range(3):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m or not m.group(1)[0].isupper():
            return False
        word = m.group(1)
        if word.lower() in _NOT_STREET or i == 0 and len(street) <= 3 and re.fullmatch(r"[IVXL]+", word):
            return True
        start = m.start()
    return False


_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:przy|na|z|ze|spod|pod|od|do|u|koło|obok)\s+$", re.IGNORECASE)


def _hours(text: str, m: re.Match) -> bool:
    """Whether „10-12” after a capitalised word is more likely hours or pages („Przyjęcia 10-12”, „Łęczna 10-14”)
    than a flat: a dash without „ul.” is a flat only after a preposition of place („przy Lipowej 12-3”)."""
    return "-" in m.group("number") and not _PLACE_PREPOSITION.search(text, max(0, m.start() - 8), m.start())


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _counted(text: str, end: int) -> bool:
    """Whether a number counts what follows it, so it is a fraction: „3/4 mieszkańców”, „z 1/2 etatu” (a word in
    the genitive and in no nominative: „12/3 dzieci hałasują” stays a flat)."""
    word = _NEXT_WORD.match(text, end)
    return bool(word) and word.group(1).islower() and _counts(word.group(1))


@lru_cache(maxsize=4096)
def _counts(word: str) -> bool:
    readings = d.analyse(word) if name_tags.available() else ()
    return (any("gen" in r.cases for r in readings) and not any("nom" in r.cases for r in readings)
            and all(r.pos in ("subst", "depr", "adj", "ppas", "pact") for r in readings))  # „mieszka”: a verb too


@lru_cache(maxsize=4096)
def _street_word(word: str, labelled: bool = False) -> bool:
    """Whether a capitalised word before a house number may be a street's name: a name („Mickiewicza”, „Lipowej”,
    „Rynek”), an adjective („Jaśminowa”), a word the dictionary does not know, or – without „nr” between – a
    common noun in the genitive („Niepodległości”, „Obrońców Pokoju”). Not a document's noun or a label in
    capitals („Uchwała 12/3”, „RSD 12/3”), nor a common noun in another case or another word („Ocena 4/5”,
    „Wykonano 2/3”, „Wymagana 2/3”). A street in capitals is read as written in lower case („LIPOWEJ 12/3”)."""
    if word.lower() in _NOT_STREET:
        return False
    readings = d.analyse(word.title() if word.isupper() else word) if name_tags.available() else ()
    if word.isupper() and not readings:
        return False  # a label („RSD 12/3”)
    return not readings or any(
        set(r.labels) & (name_tags.PERSON_LABELS | name_tags.PLACE_LABELS)
        or (r.pos == "adj" and "sg" in r.number)
        or (not labelled and r.pos in ("subst", "depr") and "gen" in r.cases) for r in readings)


@lru_cache(maxsize=4096)
def _lower_street(word: str) -> bool:
    """Whether a word in lower case before a house and flat may be a street's name, as a pasted message writes it
    („na klonowej 10 m 12”, „z lipowa 3 m 4”): an adjective in the singular or a name's form – not a common
    noun („ocena 4/5”, „dnia 10/12”), a verb, or a word the dictionary does not know."""
    if word in _NOT_STREET or not name_tags.available():
        return False
    return any(set(r.labels) & (name_tags.PERSON_LABELS | name_tags.PLACE_LABELS)
               or (r.pos == "adj" and "sg" in r.number) for r in d.analyse(word.title()))


def _id_card(number: str) -> bool:
    """A Polish identity card's number with its check digit (the fourth character; weights 7, 3, 1)."""
    chars = number.replace(" ", "")
    if len(chars) != 9 or not chars[:3].isalpha():
        return False
    values = [ord(c) - 55 for c in chars[:3]] + [int(c) for c in chars[3:]]
    return sum(w * v for w, v in zip((7, 3, 1, 0, 7, 3, 1, 7, 3), values)) % 10 == values[3]


# A second number joined to a phone by a slash or a dash („606100200/606100201”): nine digits, or ten with the trunk „0”.
_JOINED = re.compile(rf"\s?[/\u2010-\u2014-]\s?(?P<number>(?:0{_G}?)?\d(?:{_G}?\d){{8}})(?!{_G}?\d|\w)")


def _phones(text: str, names: Names) -> list[tuple[int, int, str]]:
    """The number with its label („tel. 606 100 200”); a messenger's name or „dzwonić” stays. Numbers joined to a
    phone by „/” or „-” are phones too. An institution's link holds none („gov.pl/…?id=606100200”)."""
    found = []
    links = [link.span() for link in URL.finditer(text)]
    text = _masked(text, [span for link in (*URL.finditer(text), *institutions.INSTITUTION_LINK.finditer(text))
                          if institutions.institutions_site(link.group(), names) for span in _link_mask(link)])
    for m in PHONE.finditer(text):
        if _is_phone(text, m) and not _link_id(m, links):
            found.append((m.end("call") if m.group("call") else m.start(), m.end(), PHONE_MARK))
            end = m.end()
            while joined := _JOINED.match(text, end):
                found.append((*joined.span("number"), PHONE_MARK))
                end = joined.end()
    return found


def _emails(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in EMAIL.finditer(text):
        end = _email_end(m.group())
        if end:
            found.append((_email_start(text, m.start()), m.start() + end, EMAIL_MARK))
    found += _spans(EMAIL_SHORT.finditer(_masked(text, found)), EMAIL_MARK)
    return found + _spans(EMAIL_BARE.finditer(_masked(text, found)), EMAIL_MARK)


_WORD_AND_SPACE = re.compile(r"(?<![\w.@-])((?-i:[a-ząćęłńóśźż]{3,}))[ \t]$")


def _email_start(text: str, start: int) -> int:
    """An address's start, with a first name in lower case a space typed before it („halina kwiatkowska@wp.pl”)."""
    word = _WORD_AND_SPACE.search(text, max(0, start - 30), start)
    return word.start() if word and name_only(word.group(1)) else start


def _masked(text: str, found: list[tuple[int, int, str]]) -> str:
    """The text with what was found blanked out (same length, so positions hold), as a marker would stand."""
    if not found:
        return text
    pieces, done = [], 0
    for start, end, _mark in sorted(found):
        if end > done:  # spans may overlap („Ur.” is a label twice)
            pieces += [text[done:start], "\x00" * (end - max(start, done))]
            done = end
    return "".join(pieces) + text[done:]


def _email_end(address: str) -> int | None:
    """The length of an e-mail match that is an address. A spaced dot must lead to address labels („wp . pl”);
    otherwise the address ends before it (that dot ends a sentence). None when no domain is left."""
    at = re.search(_AT, address, re.IGNORECASE)
    if not at:
        return None
    end = len(address)
    for cut in reversed([c for c in re.finditer(_SPACED_DOT, address) if c.start() >= at.end()]):
        if all(label.lower() in TLD for label in re.findall(r"[\w-]+", address[cut.end():end])):
            break
        end = cut.start()
    return end if re.search(_DOT, address[at.end():end], re.IGNORECASE) else None


def _is_pesel(m: re.Match) -> bool:
    """Labelled, or with a valid check digit; written in groups, also with a valid date of birth."""
    digits = [int(c) for c in re.sub(r"\D", "", m.group("number"))]
    valid = (10 - sum(w * d for w, d in zip(_PESEL_WEIGHTS, digits)) % 10) % 10 == digits[-1]
    if m.group("label"):
        return True
    if not valid:
        return False
    month, day = digits[2] * 10 + digits[3], digits[4] * 10 + digits[5]
    return m.group("number").isdigit() or (month % 20 in range(1, 13) and 1 <= day <= 31)


def _is_phone(text: str, m: re.Match) -> bool:
    digits = re.sub(r"\D", "", m.group()[len(m.group("label") or ""):].split("/")[0])
    if _HELPLINE.match(digits[2:] if len(digits) == 11 and digits.startswith("48") else digits):
        return False
    if m.group("label") and _PHONE_LABEL.search(text, m.start(), m.start("label") + len(m.group("label"))):
        return True
    before = text[max(0, m.start() - 50):m.start()]  # „REGON Urzędu Miasta Wrzosogród …”
    if _FILE_NUMBER.fullmatch(m.group()) and _BARE_NUMBER_LABEL.search(before):  # „pismo nr 123/456/789”
        return False
    if not _in_numbering_plan(m, digits) or _column_of_figures(text, m):
        return False
    vetoed = _NOT_PHONE_BEFORE.search(before) and not (_PHONE_WORD.search(before) or _PHONE_AFTER.match(text, m.end())
                                                       or institutions.persons_registry(before))
    return not (vetoed or _NOT_PHONE_AFTER.match(text, m.end()))


def _column_of_figures(text: str, m: re.Match) -> bool:
    """An unlabelled number whose digit groups bare line breaks part, one group a line, opening its line or in three
    lines („Interwencje:⏎512⏎433⏎201”, „Interwencje: 512⏎433⏎201”), or tabs part („Liczby:⇥605⇥444⇥333”): figures one
    a line or a cell, counts – no phone, which a phone's cue before would make it (rev-pub18 16), or a contact's
    heading a few lines of words before („Kontakt:⏎Jadwiga⏎Rutkowska⏎605⏎444⏎333”)."""
    number = m.group().translate(LINE_BREAKS)  # Word's line break („\v” of a w:br) as „\n”
    if m.group("label") or _CONTACT_LINES.search(text[max(0, m.start() - 200):m.start()].translate(LINE_BREAKS)):
        return False  # „Kontakt:⏎Jadwiga⏎Rutkowska⏎605⏎444⏎333”: a contact's phone one group a line (rev-pub19 13)
    if re.search(r"\d[^\S\n]*\t\s*\d", number):
        return True  # „Interwencje:⇥512⇥433⇥201”: a table's cells, parted by tabs (rev-pub19 9)
    if any(re.search(r"\d\D+\d", line) for line in number.split("\n")):
        return False  # „605 444⏎333”: groups on a line are one number's, broken by Shift+Enter (rev-pub22 3)
    breaks = len(re.findall(r"\d[^\S\n]*\n\s*(?=\d)", number))
    return breaks >= 2 or breaks and text[m.start() - 1:m.start()].translate(LINE_BREAKS) in ("", "\n")


# A contact's heading or a phone's label ending its line, then up to three lines of words (a name, its marker): the
# number on the next line is that contact's phone.
_CONTACT_LINES = re.compile(rf"(?<![^\W\d_])(?:{_CONTACT}|{_TEL})[^\S\n]*\n(?:[^\d\n]{{1,60}}\n){{0,3}}$", re.IGNORECASE)


def _link_mask(link: re.Match) -> list[tuple[int, int, str]]:
    """An institution's link, masked but for its private parts (profiles.private_parts): a phone there is one."""
    found, done = [], link.start()
    for start, end in profiles.private_parts(link.group()):
        found.append((done, link.start() + start, ""))
        done = link.start() + end
    return [*found, (done, link.end(), "")]


def _link_id(m: re.Match, links: list[tuple[int, int]]) -> bool:
    """Whether nine digits in a link are an article's id („bip.…/artykul/123456789”), not a mobile's number; one
    written with its country's „+” is a phone („…/send?phone=+48600100200”: no id starts with a plus)."""
    in_link = any(start <= m.start() < end for start, end in links)
    return in_link and not m.group("label") and not m.group().lstrip().startswith("+") and \
        not _MOBILE.match(re.sub(r"\D", "", m.group()))


def _in_numbering_plan(m: re.Match, digits: str) -> bool:
    """Whether an unlabelled national number is a possible Polish one: any grouping with a mobile's prefix, a
    usual grouping also with an area code. With a country code or a label the number is taken as written."""
    national = digits[1:] if len(digits) == 10 and digits.startswith("0") else digits
    if m.group("grouped"):
        return bool(_MOBILE.match(national))
    if m.group("domestic"):
        return bool(_MOBILE.match(national) or _AREA_CODE.match(national) or national.startswith("39"))
    return True


def _walk(value, scrub_text, officers: NameSet):
    """The same value with contacts emptied, private persons dropped and texts scrubbed; officers' names kept."""
    if isinstance(value, AdresatOsoba):
        return None
    if isinstance(value, Jednostka):  # the unit's names and town are no person's („Janów Lubelski”)
        scrub_text = scrub_contacts
    if isinstance(value, (Partner, RealizacjaPartnera)):  # an office's texts: its „inspektor” is a clerk
        scrub_text = _as_partners(scrub_text)
    if isinstance(value, BaseModel):
        update = {name: _emptied(name, getattr(value, name)) if name in CONTACT_FIELDS
                  else None if name in NOT_PUBLIC_FIELDS
                  else _walk(getattr(value, name), _field_scrub(value, name, scrub_text), officers)
                  for name in type(value).model_fields if name != "plec"}
        return value.model_copy(update=update)
    if isinstance(value, list):
        kept = [v for v in value if not (isinstance(v, Uczestnik) and not _is_officer(v, officers))]
        return [_walk(v, scrub_text, officers) for v in kept]
    if isinstance(value, Joined):  # read by its lines („Kontakt:⏎Kurek⏎605 444 333”), printed as before
        return value.rejoined(scrub_text(value.lines))
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _as_partners(scrub_text):
    """The scrubber reading a partner's texts (pismo.publication.names.partners_text)."""
    def scrubbed(text: str) -> str:
        with partners_text():
            return scrub_text(text)
    return scrubbed


class Removed(str):
    """A phone or e-mail the public version leaves out: printed, it is the mark the texts get („Jednostka: [numer
    telefonu usunięty]”, not a dangling „Jednostka: , ”); tested, it is false, so a template's „{% if %}” and pismo's
    own „tel. …” leave it out as a field never given."""

    def __bool__(self) -> bool:
        return False


def _emptied(name: str, contact):
    """A contact field the public version leaves out: its mark (Removed), so a unit's template printing it
    („{{ jednostka.telefon }}” in a footer) neither fails the run nor leaves a bare label; None when none was given."""
    return None if contact is None else Removed(PHONE_MARK if name == "telefon" else EMAIL_MARK)


def _field_scrub(value: BaseModel, name: str, scrub_text):
    """An officer's name and rank lose only contacts; their function and signature lines are scrubbed as any
    text (the officers' own names stay there too)."""
    return scrub_contacts if isinstance(value, Osoba) and name in OFFICER_NAME_FIELDS else scrub_text


def _is_officer(u: Uczestnik, officers: NameSet) -> bool:
    """Whether a participant is a police officer: a case's officer (their name's words, whole, in order), or
    so described (pismo.publication.names.is_police)."""
    return is_police(u.imie_nazwisko, u.funkcja) or officers.named_in(u.imie_nazwisko)


# --- What was removed: counted and told, so the officer reads the public version before publishing it. ---

_KINDS_PL = {  # (one, two to four, five and more)
    "phones": ("numer telefonu", "numery telefonów", "numerów telefonów"),
    "emails": ("adres e-mail", "adresy e-mail", "adresów e-mail"),
    "names": ("nazwisko", "nazwiska", "nazwisk"),
    "pesel": ("numer PESEL", "numery PESEL", "numerów PESEL"),
    "profiles": ("adres profilu", "adresy profili", "adresów profili"),
    "births": ("datę urodzenia", "daty urodzenia", "dat urodzenia"),
    "documents": ("numer dokumentu", "numery dokumentów", "numerów dokumentów"),
    "accounts": ("numer konta", "numery kont", "numerów kont"),
    "plates": ("numer rejestracyjny", "numery rejestracyjne", "numerów rejestracyjnych"),
    "flats": ("numer mieszkania", "numery mieszkań", "numerów mieszkań"),
    "ips": ("adres IP", "adresy IP", "adresów IP"),
    "devices": ("numer identyfikacyjny", "numery identyfikacyjne", "numerów identyfikacyjnych"),
    "cards": ("numer karty", "numery kart", "numerów kart"),
}


def marker_counts(value) -> dict[str, int]:
    """How many markers of each kind a text, a case or a list of them holds (kinds with none left out)."""
    texts = [value] if isinstance(value, str) else _strings(value)
    texts = [re.sub(r"\s", " ", t) for t in texts]  # typography joins „i\u00a0nazwisko”
    counts = {kind: sum(t.count(mark) for t in texts) for kind, mark in MARKS.items()}
    return {kind: n for kind, n in counts.items() if n}


def document_counts(path: Path) -> dict[str, int]:
    """Markers in a written .docx: its parts' texts and attribute values (a drop-down's entry, a picture's name, a
    link's target, rev-tpl18 10) – what the public version removed from the template's own text wherever it was."""
    with zipfile.ZipFile(io.BytesIO(Path(path).read_bytes())) as archive:
        parts = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/")
                 and n.endswith((".xml", ".rels"))]
    return marker_counts([re.sub(r"<[^>]+>", _attribute_values, part) for part in parts])


# The mailbox a public mailto: link gets when its address was scrubbed (a marker is no address, rev-tpl19 5):
# counted as the marker it stands for.
MAILBOX_REMOVED = "adres.usuniety@example.invalid"


def _attribute_values(tag: re.Match) -> str:
    """A tag's attribute values, percent-escapes decoded (a link's target), apart from the text around them."""
    values = re.findall(r'=\s*"([^"]*)"|=\s*\'([^\']*)\'', tag.group(0))
    return "".join(f" {unquote(a or b).replace(MAILBOX_REMOVED, EMAIL_MARK)} " for a, b in values)


def removed_note(counts: dict[str, int], swept: list[str] = ()) -> str:
    """What a public version left out, for the line naming its file; `swept`: the words the final sweep removed
    (pismo.publication.sweep), named so the officer checks that none is needed (a place, a firm)."""
    done = [polish.count(n, *_KINDS_PL[kind]) for kind, n in counts.items() if n]
    found = ("w tekstach usunięto " + ", ".join(done) if done
             else "w tekstach nie znaleziono innych danych osobowych")
    words = ", ".join(f"„{w}”" for w in swept)
    checked = (f"; jako możliwe nazwiska (słowa spoza słownika albo tylko imiona i nazwiska) usunięto też: {words} – "
               "sprawdź, czy żadne nie jest potrzebne" if swept else "")
    return f"pominięto telefony, adresy e-mail i osoby prywatne z pól sprawy; {found}{checked}"


def caveat(documents: int) -> str:
    """That the public versions must be read, said once a run however many were written (40 copies of it came
    after 20 cases, none naming its document)."""
    which = "wersję do publikacji" if documents == 1 else f"każdą wersję do publikacji ({documents})"
    return (f"Przeczytaj {which} przed jej opublikowaniem – program może nie rozpoznać nazwiska, które jest też zwykłym "
            "słowem („Kowal”), nazwiska spoza słownika podanego bez imienia ani adresu bez numeru mieszkania.")


def _strings(value):
    """The texts of a value; a contact field left out (Removed) is none: the reminder names those apart."""
    if isinstance(value, Removed):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _strings(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
