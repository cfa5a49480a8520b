"""What a plan's title block says about whose plan it is.

The unit, team and department come in the genitive ("Komendy Powiatowej
Policji w Łęcznej"); the case file also needs the nominative, which is derived
only for the police unit types whose forms are known. The district number,
the officer's rank and name, phone and e-mail are taken when given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pismo.polish import RANKS  # the rank abbreviations pismo knows, longest first matters below

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_SMALL_WORDS = {"w", "we", "i", "z", "ze", "na", "do", "nr", "ds.", "oraz", "pod", "nad", "przy", "im."}
_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

# genitive (as in titles) → nominative, and back; only the leading words change
UNIT_TYPES = (
    ("Komendy Powiatowej Policji", "Komenda Powiatowa Policji"),
    ("Komendy Miejskiej Policji", "Komenda Miejska Policji"),
    ("Komendy Rejonowej Policji", "Komenda Rejonowa Policji"),
    ("Komendy Stołecznej Policji", "Komenda Stołeczna Policji"),
    ("Komisariatu Policji", "Komisariat Policji"),
    ("Komisariatu", "Komisariat"),
    ("Posterunku Policji", "Posterunek Policji"),
)
_ABBREVIATED_UNITS = {"KPP": 0, "KMP": 1, "KRP": 2, "KSP": 3, "KP": 4, "PP": 6}
_TEAMS = {"zespołu": "Zespół", "rewiru": "Rewir", "referatu": "Referat", "ogniwa": "Ogniwo", "sekcji": "Sekcja"}
_PLACE_STOP = {"za", "na", "od", "do", "dla", "okres", "okresie", "rejonu", "rejon", "zespołu", "wydziału", "i",
               "oraz",
               "tel", "tel.", "e-mail", "dzielnicowy", "dzielnicowa", "plan", "informacja",
               "komendy", "komenda", "kpp", "kmp", "krp"}  # "Posterunku Policji w Dębinie Komendy Powiatowej …"
_NAME_STOP = {"komendy", "komenda", "zespołu", "zespół", "wydziału", "wydział", "rejon", "rejonu", "dzielnicowy",
              "dzielnicowa", "tel", "telefon", "kpp", "kmp", "policji", "posterunku", "komisariatu", "nr", "numer",
              "za", "na", "od", "plan", "sporządził", "sporządziła", "kierownik", "naczelnik", "komendant"}


@dataclass
class Named:
    """A name in the genitive (as titles print it) and, when derivable, the nominative."""

    dopelniacz: str
    mianownik: str | None
    notes: list[str] = field(default_factory=list)


@dataclass
class Officer:
    stopien: str | None
    imie_nazwisko: str
    kobieta: bool
    plec_pewna: bool  # False: guessed from the first name
    dopelniacz: bool = False  # the name as written is in the genitive ("dzielnicowego asp. Tomasza Kaczmarka")


def shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def proper_case(text: str) -> str:
    """'KOMENDY POWIATOWEJ POLICJI W ŁĘCZNEJ' → 'Komendy Powiatowej Policji w Łęcznej'."""
    if not shouting(text):
        return text
    words = []
    for word in text.split():
        if word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        elif _ROMAN.fullmatch(word) and word:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


# ------------------------------------------------------------------------------------------- district

# "rejon służbowy nr 3", "Rejon służbowy: 3", "Nr rejonu służbowego: 2", a table row "Nr rejonu | 2".
_DISTRICT = re.compile(r"(?:\brejon(?:u|ie|em|y)?\s+(?:służbow\w+\s*|dzielnicow\w+\s*)?[:|]?\s*"
                       r"(?:(?P<nr>nr|numer)\.?\s*[:|]?\s*)?"  # „Rejon służbowy nr: 7”, a form's „nr | 12”
                       r"|\b(?:nr|numer)\.?\s+rejonu(?:\s+służbow\w+|\s+dzielnicow\w+)?\s*[:|]?\s*)"
                       r"(?P<num>\d{1,4}|[IVXLCDMivxlcdm]{1,10})\b", re.I)


def find_district(text: str) -> tuple[str, tuple[int, int]] | None:
    """'rejon służbowy nr 3', 'REJON 7', 'rejonu służbowego numer XIII' → '3', '7', 'XIII'."""
    for found in _DISTRICT.finditer(text):
        number = found.group("num")
        if number.isdigit():
            if 0 < int(number) < 10000:
                return str(int(number)), found.span()
        elif number.isupper() and _ROMAN.fullmatch(number):
            return number, found.span()
    return None


_NUMBER = r"(?:\d{1,4}|[IVXLCDM]{1,10})"
# "dla rejonów służbowych nr 5 i 6", "rejonów nr 1, 2 i 4": one plan for several districts.
# „dla rejonu służbowego nr 3 i 4”, „nr 3/4”: the singular noun with two numbers (a neighbour's district covered)
_DISTRICTS = re.compile(rf"\brejon(?:(?P<many>ów|y)|u|ie|em)?\s+(?:służbow\w+\s+|dzielnicow\w+\s+)?"
                        rf"(?:(?:nr|numer)\.?\s*)?"
                        rf"(?P<nums>{_NUMBER}(?:\s*(?:,|/|\bi\b|\boraz\b)\s*(?:nr\.?\s*)?{_NUMBER})+)\b")
ONE_NOUN_MANY = ("w tekście „rejon” w liczbie pojedynczej, ale z kilkoma numerami – przyjęto kilka rejonów; sprawdź, "
                 "czy plan jest dla nich wszystkich")
# "na terenie gminy Dębina": a plan without a district number names its area.
_AREA = re.compile(r"\bna\s+terenie\s+(?P<area>(?:miasta\s+i\s+gminy|gminy|miasta|osiedla|sołectwa|sołectw|powiatu)"
                   r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){0,3})")


_YEAR_AFTER_SLASH = re.compile(r"/\s*(?:19|20)\d\d\b")  # „nr 12/2026”: a paper's number and its year


def find_districts(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """'dla rejonów służbowych nr 5 i 6' → ['5', '6']; None unless two or more districts are named."""
    found = _DISTRICTS.search(text)
    while found and (not found.group("many") and re.match(r"\s*(?:r\b|roku)", text[found.end():])
                     or _YEAR_AFTER_SLASH.search(found.group("nums"))):
        found = _DISTRICTS.search(text, found.end())  # „rejonu 3/2026 r.”, „nr 12/2026”: a number and a year
    if not found:
        return None
    numbers = []
    for number in re.findall(_NUMBER, found.group("nums")):
        if number.isdigit() and 0 < int(number) < 10000:
            numbers.append(str(int(number)))
        elif not number.isdigit() and _ROMAN.fullmatch(number):
            numbers.append(number)
    numbers = list(dict.fromkeys(numbers))
    return (numbers, found.span()) if len(numbers) > 1 else None


def find_area(text: str) -> tuple[str, tuple[int, int]] | None:
    """'na terenie gminy Dębina' → 'gminy Dębina' (the genitive the title prints after „na terenie”)."""
    found = _AREA.search(text)
    return (found.group("area"), found.span()) if found else None


# ----------------------------------------------------------------------------------------------- unit

def _place(text: str, pos: int) -> int:
    """End of the place words after a unit type: 'w Łęcznej', 'I w Krakowie', 'Warszawa II'."""
    end = pos
    for count, word in enumerate(re.finditer(r"(?<!\s)\s+(\S+)", text[pos:])):
        raw = word.group(1)
        token = raw.rstrip(",;.:)")
        lower = token.lower()
        roman = token.isupper() and bool(_ROMAN.fullmatch(token))
        if "\n" in word.group()[:word.start(1) - word.start()] and lower not in ("w", "we"):
            break  # a unit's name goes on to the next line only as "… Policji" / "w Łęcznej"
        if count > 5 or not token or (lower in _PLACE_STOP and not roman) or re.search(r"\d", token):
            break
        if lower in ("w", "we") and not roman:
            continue  # counts only when a name follows
        if not (roman or token[:1].isupper()):
            break
        end = pos + word.start(1) + len(token)
        if token != raw:
            break
    return end


def _type_pattern(phrase: str) -> str:
    return r"\b" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b"


_NUMBER_BEFORE = re.compile(r"(?<![\w.])([IVX]{1,4})\s+$")


_LOCAL_UNIT = re.compile(r"\b(?:Komisariat|Posterun)\w*\s+Policji\b")


def find_unit(text: str) -> tuple[Named, tuple[int, int]] | None:
    """The plan's police unit: a posterunek or komisariat named beside its komenda ("Posterunku Policji w Dębinie
    Komendy Powiatowej Policji w Zalesiu") is the unit, the komenda the one above it (find_superior_unit)."""
    if _LOCAL_UNIT.search(text):
        found = _find_unit(text, [t for t in UNIT_TYPES if not t[1].startswith("Komenda")])
        if found:
            return found
    return _find_unit(text)


def find_superior_unit(text: str) -> tuple[Named, tuple[int, int]] | None:
    """The komenda a posterunek's or komisariat's title names beside it; None when the text names one unit."""
    local = _LOCAL_UNIT.search(text)
    unit = find_unit(text) if local else None
    if unit is None:
        return None
    rest = text[unit[1][1]:]
    above = _find_unit(rest)
    if above and above[0].mianownik.startswith("Komenda"):
        return above[0], (unit[1][1] + above[1][0], unit[1][1] + above[1][1])
    return None


def _find_unit(text: str, types=UNIT_TYPES) -> tuple[Named, tuple[int, int]] | None:
    """The police unit named in the genitive, nominative or as an abbreviation, and where it starts."""
    for genitive, nominative in types:
        for source, target, in_genitive in ((genitive, nominative, True), (nominative, genitive, False)):
            found = re.search(_type_pattern(source), text, re.I)
            if not found:
                continue
            end = _place(text, found.end())
            place = " ".join(text[found.end():end].split())
            notes = []
            if shouting(text[found.start():end]):
                place = proper_case(place)
                notes.append("w tekście wielkimi literami – sprawdź pisownię nazwy")
            place = f" {place}" if place else ""
            number = _NUMBER_BEFORE.search(text[:found.start()])  # "II Komisariatu Policji w Radomiu"
            start = found.start()
            if number and not re.search(r"\b(?:nr|numer|rejon\w*)\s*$", text[:number.start()], re.I):
                start, genitive, nominative, target, source = number.start(1), *(
                    f"{number.group(1)} {name}" for name in (genitive, nominative, target, source))
            if in_genitive:
                return Named(genitive + place, nominative + place, notes), (start, end)
            return Named(target + place, nominative + place, notes), (start, end)
    found = re.search(r"\b(KPP|KMP|KRP|KSP|KP|PP)\b", text)
    if found:
        genitive, nominative = UNIT_TYPES[_ABBREVIATED_UNITS[found.group(1)]]
        end = _place(text, found.end())
        place = proper_case(" ".join(text[found.end():end].split()))
        place = f" {place}" if place else ""
        note = f"rozwinięto skrót „{found.group(1)}” – sprawdź nazwę jednostki"
        return Named(genitive + place, nominative + place, [note]), (found.start(), end)
    return None


def find_team(text: str) -> tuple[Named, tuple[int, int]] | None:
    """'Zespołu Dzielnicowych' (also Rewiru, Referatu, Ogniwa, Sekcji)."""
    found = re.search(r"\b(zespołu|rewiru|referatu|ogniwa|sekcji)\s+((?:do\s+spraw\s+|ds\.\s*)?dzielnicowych)\b",
                      text, re.I)
    if not found:
        return None
    head, tail = found.group(1).lower(), proper_case(found.group(2)) if shouting(found.group()) else found.group(2)
    genitive = head.capitalize() + " " + tail
    return Named(genitive, _TEAMS[head] + " " + tail), found.span()


def find_department(text: str) -> tuple[Named, tuple[int, int]] | None:
    """'Wydziału Prewencji' up to the unit's name."""
    found = re.search(r"\bwydziału\b", text, re.I)
    if not found:
        return None
    words = []
    for word in text[found.end():].split():
        lower = word.lower()
        if lower in _PLACE_STOP - {"i", "oraz"} or lower.startswith(("komend", "komisariat", "posterunk")) \
                or not (word[:1].isupper() or lower in ("i", "oraz", "ds.")):
            break
        words.append(word)
    while words and words[-1].lower() in ("i", "oraz", "ds."):
        words.pop()
    if not words:
        return None
    tail = proper_case(" ".join(words)) if shouting(" ".join(words)) else " ".join(words)
    end = text.index(words[-1], found.end()) + len(words[-1])
    return Named("Wydziału " + tail, "Wydział " + tail), (found.start(), end)


# -------------------------------------------------------------------------------------------- officer

# spellings of a rank the officer's own signature uses („sierż. sztab.”) → pismo's abbreviation
_RANK_SPELLINGS = {"sierż. sztab.": "sierż. szt.", "asp. sztab.": "asp. szt."}
# a rank's words written out („starszy sierżant”, „mł. aspirant”, „aspirant sztabowy”) → their abbreviations
_RANK_WORDS = {"starszy": "st.", "młodszy": "mł.", "posterunkowy": "post.", "sierżant": "sierż.",
               "sztabowy": "szt.", "aspirant": "asp.", "podkomisarz": "podkom.", "komisarz": "kom.",
               "nadkomisarz": "nadkom.", "podinspektor": "podinsp.", "inspektor": "insp.",
               "nadinspektor": "nadinsp."}


def _rank_pattern(rank: str) -> str:
    """Each word abbreviated as in the rank or written out: „st. sierż.”, „starszy sierżant”, „mł. aspirant” – a
    written-out word in lower case or capitals, capitalised only opening the text (a partner's „Wojewódzki
    Inspektor Ochrony Środowiska” is no rank)."""
    written = {short: word for word, short in _RANK_WORDS.items()}

    def part_pattern(part: str) -> str:
        word = written.get(part)
        if not word:
            return re.escape(part)
        return rf"(?:{re.escape(part)}|(?-i:{word}|{word.upper()}|(?<!.){word.capitalize()})\b)"
    return r"\s*".join(part_pattern(part) for part in rank.split())


_INITIAL = rf"[{_UPPER}]\."
_NAME_WORD = rf"[{_UPPER}][\w]+(?:-[{_UPPER}][\w]+)?"
_RANK_RE = re.compile(
    r"(?<![^\s(,:;])(?i:(?P<rank>" + "|".join(_rank_pattern(r) for r in sorted((*RANKS, *_RANK_SPELLINGS), key=len,
                                                                             reverse=True)) + r"))"
    rf"\s*(?P<name>(?:{_INITIAL}[^\S\n]*){{1,2}}{_NAME_WORD}"
    rf"|{_NAME_WORD}[^\S\n]+{_INITIAL}(?:[^\S\n]*{_INITIAL})?(?!\w)"
    rf"|{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,2}})")
# the rank after the name, ending the text („Marcin Wrona, st. sierż.”)
_NAME_RANK_RE = re.compile(
    rf"(?<![^\s(,:;])(?P<name>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,2}}),?[^\S\n]*"
    r"(?i:(?P<rank>" + "|".join(_rank_pattern(r) for r in sorted((*RANKS, *_RANK_SPELLINGS), key=len, reverse=True))
    + r"))[^\S\n]*$")
# the first name may be an initial or two, before the surname or after it („st. sierż. A. Nowak”, „A.Nowak”,
# „M. J. Wrona”, „Wrona M.”), as many units sign typed plans
# the name ends with its line: „Dzielnicowy: st. asp. Jan Kowalski” / „Okres realizacji: …” is no „Kowalski Okres”


def _initials_first(name: str) -> str:
    """„A.Kowalczyk” → „A. Kowalczyk”, „Wrona M.” → „M. Wrona”: initials apart and before the surname, as the
    documents (and the note asking for the name in full) read them."""
    name = re.sub(rf"({_INITIAL})(?=[{_UPPER}])", r"\1 ", name)
    words = name.split()
    initials = [w for w in words if re.fullmatch(_INITIAL, w)]
    return " ".join(initials + [w for w in words if w not in initials]) if initials else name


_NOT_FEMALE = {"kuba", "barnaba", "bonawentura", "kosma", "jarema", "boryna"}
# Words after which a name stands in the genitive; the first two groups also tell the sex.
_GENITIVE_BEFORE = re.compile(r"(?:\b(?P<male>dzielnicowego|funkcjonariusza|policjanta)"
                              r"|\b(?P<female>dzielnicowej|funkcjonariuszki|policjantki)|\b(?:przez|dla|od))\s*$", re.I)


def _canonical_rank(found: str) -> str:
    found = re.sub(r"\w+", lambda word: _RANK_WORDS.get(word.group().lower(), word.group()), found)
    squeezed = re.sub(r"\s+", "", found.lower())
    rank = next(r for r in (*RANKS, *_RANK_SPELLINGS) if r.replace(" ", "") == squeezed)
    return _RANK_SPELLINGS.get(rank, rank)


def find_officer(text: str, female: bool | None = None) -> tuple[Officer, tuple[int, int]] | None:
    """'asp. szt. Jan Kowalski', 'st. sierż. ANNA NOWAK' → rank and name; sex from 'Sporządziła' or the name."""
    found = _RANK_RE.search(text) or _NAME_RANK_RE.search(text)
    if not found:
        return None
    words = found.group("name").split()
    while words and words[-1].lower() in _NAME_STOP:
        words.pop()
    name = _initials_first(" ".join(words))
    if len(name.split()) < 2 or any(w.lower() in _NAME_STOP for w in words):
        return None
    name = proper_case(name)
    genitive = _GENITIVE_BEFORE.search(text[:found.start()])
    if genitive and female is None and (genitive.group("male") or genitive.group("female")):
        female = bool(genitive.group("female"))
    sure = female is not None
    if female is None:
        first = name.split()[0].lower()
        # "Anna", genitive "Anny"/"Alicji"; a man's genitive ends in -a ("Tomasza")
        female = first.endswith(("y", "i")) if genitive else first.endswith("a") and first not in _NOT_FEMALE
    end = found.start("name") + len(" ".join(found.group("name").split()[:len(words)]))
    end = found.end() if found.start("rank") > found.start("name") else end  # the rank after the name
    officer = Officer(_canonical_rank(found.group("rank")), name, female, sure, bool(genitive))
    return officer, (found.start(), end)


def _first_name_cases(officer: Officer) -> list[frozenset]:
    """The cases the dictionary reads the officer's first name in, as a first name in the singular."""
    from pismo.morph.dictionary import analyse

    first = officer.imie_nazwisko.split()[0].split("-")[0]
    return [r.cases for r in analyse(first) if r.noun and "imię" in r.labels and "sg" in r.number]


def spoken_of(officer: Officer) -> bool:
    """„sierż. Tomasza Lisa”, „asp. szt. Janowi Mazurowi”: a first name the dictionary reads only in another case
    than the nominative – a person the text speaks of (a way of informing's wrapped rest), never one who signs."""
    cases = _first_name_cases(officer)
    return bool(cases) and not any("nom" in found for found in cases)


def nominative(officer: Officer) -> bool:
    """„st. sierż. Marcin Wrona”: a first name the dictionary reads in the nominative – the way a signer is named."""
    return any("nom" in found for found in _first_name_cases(officer))


def find_officers(text: str) -> list[Officer]:
    """Every officer named in a text ("asp. Jan Kowalski, sierż. Anna Nowak"), in order."""
    officers, pos = [], 0
    while pos < len(text):
        found = find_officer(text[pos:])
        if found is None:
            break
        officers.append(found[0])
        pos += found[1][1]
    return officers


def find_phone(text: str) -> tuple[str, tuple[int, int]] | None:
    found = re.search(r"\btel(?:efon|\.)?(?:\s*(?:kom\.|służbowy))?\s*(?::\s*)?(\+?\d[\d ()-]{6,18}\d)", text, re.I)
    return (" ".join(found.group(1).split()), found.span()) if found else None


def find_email(text: str) -> tuple[str, tuple[int, int]] | None:
    found = re.search(r"(?:e-?mail\s*(?::\s*)?)?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text, re.I)
    return (re.sub(r"^e-?mail\s*:?\s*", "", found.group(), flags=re.I), found.span()) if found else None
