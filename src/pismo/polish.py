"""Polish language helpers: dates, holidays, lists, typography and salutations.

Pure functions, standard library only, except salutations: they ask the SGJP dictionary
(pismo.morph.offices, loaded on first use). User-facing error messages are in Polish.
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

NBSP = "\u00a0"

MONTHS_GENITIVE = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
)

WEEKDAYS = (
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
)

# The five sections of a plan działania priorytetowego, as the templates print them and the importer
# writes them above each part of an imported case.
SECTION_TITLES = (
    "1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.",
    "2. Zakładany cel do osiągnięcia.",
    "3. Proponowane działania wraz z terminami realizacji poszczególnych etapów/ zadań.",
    "4. Podmioty współpracujące w realizacji działania priorytetowego wraz ze wskazaniem planowanych przez nie "
    "do realizacji zadań.",
    "5. Proponowany sposób przekazywania społeczności rejonu informacji o działaniu priorytetowym.",
)

_SUFFIXES = ("roku", "r.", "")


# --------------------------------------------------------------------------- dates


def _with_suffix(text: str, suffix: str) -> str:
    """Append the year suffix ("roku", "r." or nothing) to a date text."""
    if suffix not in _SUFFIXES:
        raise ValueError(
            f"Nieznane zakończenie daty {suffix!r}; dozwolone: \"roku\", \"r.\" lub puste."
        )
    return f"{text} {suffix}" if suffix else text


def date_numeric(d: date, suffix: str = "roku") -> str:
    """Format a date as ``1.07.2025 roku`` (day unpadded, month padded)."""
    return _with_suffix(f"{d.day}.{d.month:02d}.{d.year:04d}", suffix)


def date_words(d: date, suffix: str = "roku") -> str:
    """Format a date as ``1 lipca 2025 roku`` (month in the genitive)."""
    return _with_suffix(f"{d.day} {MONTHS_GENITIVE[d.month - 1]} {d.year:04d}", suffix)


def date_line(place: str, d: date) -> str:
    """Return the letter's place-and-date line: ``Łęczna, dnia 14 lipca 2025 r.``."""
    return f"{place}, dnia {date_words(d, 'r.')}"


def date_weekday(d: date) -> str:
    """Return a date with its weekday: ``15 września 2025 r. (poniedziałek)``."""
    return f"{date_words(d, 'r.')} ({WEEKDAYS[d.weekday()]})"


_TIME_RE = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")


def time_label(hhmm: str) -> str:
    """Validate a 24-hour ``H:MM``/``HH:MM`` time and return ``godz. 17:00``."""
    from pismo.case.holes import refuse_hole

    refuse_hole(hhmm)
    if not isinstance(hhmm, str):
        raise ValueError(
            f"Godzina musi być tekstem w formacie GG:MM (np. \"17:00\"), otrzymano {hhmm!r}. "
            "W pliku sprawy ujmij godzinę w cudzysłów."
        )
    if not _TIME_RE.fullmatch(hhmm):
        raise ValueError(
            f"Nieprawidłowa godzina {hhmm!r}: oczekiwano formatu GG:MM (00:00–23:59), "
            "np. \"17:00\" lub \"9:30\"."
        )
    return f"godz. {hhmm}"


def _check_order(start: date, end: date) -> None:
    """Raise ValueError when a period ends before it starts."""
    if start > end:
        raise ValueError(
            f"Data początkowa {date_numeric(start)} jest późniejsza "
            f"niż data końcowa {date_numeric(end)}."
        )


def deadline(start: date | None, end: date, recurring: str | None = None) -> str:
    """Return a plan action's deadline phrase in the reference wording.

    ``do dnia 31.07.2025 roku`` (no start) or
    ``w okresie od 1 lipca 2025 roku do 31 grudnia 2025 roku`` (range),
    optionally preceded by a recurrence such as ``raz w miesiącu``.
    """
    if start is None:
        phrase = f"do dnia {date_numeric(end)}"
    else:
        _check_order(start, end)
        phrase = f"w okresie od {date_words(start)} do {date_words(end)}"
    recurring = (recurring or "").strip()
    return f"{recurring} {phrase}" if recurring else phrase


def period_numeric(start: date, end: date, suffix: str = "roku") -> str:
    """Return ``od 1.07.2025 roku do 31.12.2025 roku`` (or with ``r.``)."""
    _check_order(start, end)
    return f"od {date_numeric(start, suffix)} do {date_numeric(end, suffix)}"


# ------------------------------------------------------------------------ holidays


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of a Gregorian year (anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - name from the algorithm
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    """Compute the statutory non-working days of a year, sorted by date."""
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1): "Nowy Rok",
        easter: "Pierwszy dzień Wielkiej Nocy",
        easter + timedelta(days=1): "Drugi dzień Wielkiej Nocy",
        date(year, 5, 1): "Święto Pracy",
        date(year, 5, 3): "Święto Narodowe Trzeciego Maja",
        easter + timedelta(days=49): "Pierwszy dzień Zielonych Świątek",
        easter + timedelta(days=60): "Boże Ciało",
        date(year, 8, 15): "Wniebowzięcie Najświętszej Maryi Panny",
        date(year, 11, 1): "Wszystkich Świętych",
        date(year, 11, 11): "Narodowe Święto Niepodległości",
        date(year, 12, 25): "Pierwszy dzień Bożego Narodzenia",
        date(year, 12, 26): "Drugi dzień Bożego Narodzenia",
    }
    if year >= 2011:
        days[date(year, 1, 6)] = "Święto Trzech Króli"
    if year >= 2025:
        days[date(year, 12, 24)] = "Wigilia Bożego Narodzenia"
    return tuple(sorted(days.items()))


def public_holidays(year: int) -> dict[date, str]:
    """Return Poland's statutory non-working days of a year, mapped to Polish names."""
    return dict(_holidays(year))


def holiday_name(d: date) -> str | None:
    """Return the Polish name of the public holiday on a date, or None."""
    return dict(_holidays(d.year)).get(d)


# --------------------------------------------------------------------------- lists


def join_and(items: Iterable[str], last: str = "oraz") -> str:
    """Join items Polish-style: ``a``, ``a oraz b``, ``a, b oraz c`` (or ``1, 2 i 4`` with last="i")."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def some_of(items: Iterable[str], shown: int = 3, one: str = "inny", sep: str = ", ") -> str:
    """The first `shown` items and how many more (`one`: „inny”, „inna”, „inne” – the items' gender):
    „a, b, c i 2 inne” – every long list said so (150 paths made one line of 5 874 characters)."""
    items = list(items)
    more = len(items) - shown
    return sep.join(items[:shown]) + (f" i {count(more, one, 'inne', 'innych')}" if more > 0 else "")


def ascii_fold(text: str) -> str:
    """Lower case without diacritics, as names are written in web addresses („Zdzisław” → „zdzislaw”)."""
    text = text.lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------------- typography

# A token starts at the beginning of text, after whitespace or after an opening
# bracket or quote.
_START = r"(?<![^\s(\[{„“‚«'\"])"
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_SEP = "[ \u00a0]"  # a space inside a multi-word abbreviation, already fixed or not

# Police rank abbreviations as documents write them (pismo.importer and pismo.publication.names_data build on them).
RANKS = (
    "st. post.", "st. sierż.", "sierż. szt.", "mł. asp.", "st. asp.", "asp. szt.",
    "mł. insp.", "post.", "sierż.", "asp.", "podkom.", "kom.", "nadkom.",
    "podinsp.", "insp.", "nadinsp.",
)
_ABBREVIATIONS = ("nr", "ul.", "pl.", "al.", "tel.", "art.", "godz.", "str.", "§")


def _word_pattern(word: str) -> str:
    """Regex for an abbreviation, first letter in either case, spaces as _SEP."""
    first = word[0]
    head = f"[{first}{first.upper()}]" if first.isalpha() else re.escape(first)
    return head + re.escape(word[1:]).replace(r"\ ", _SEP)


def _alternation(words: tuple[str, ...]) -> str:
    """Regex alternation of abbreviations, longest first."""
    return "|".join(_word_pattern(w) for w in sorted(words, key=len, reverse=True))


_QUOTE_RE = re.compile(r'"')
_DASH_RE = re.compile(r"(?<=[ \u00a0])-(?=[ \u00a0])")
# Each rule matches a prefix (group 1) and the ordinary space after it. re.sub
# checks lookbehinds against the original text, so chains ("i w domu") work.
_MONTHS = "|".join(MONTHS_GENITIVE)
_SPACE_RULES = tuple(re.compile(p) for p in (
    rf"({_START}(?:[aiouwzAIOUWZ]|[wWzZ]e)) ",  # a one-letter word, and its forms "we", "ze"
    r"(\d) (?=[^\W\d_]|§)",  # a number and the word, abbreviation or § after it
    r"(\d) (?=\d)",  # groups of one number: 47 811 00 33, 10 000
    rf"(\b(?:{_MONTHS})) (?=\d{{4}}\b)",  # a date's month and year: 14 lipca 2025 r.
    rf"({_START}[{_UPPER}]\.) (?=[{_UPPER}])",  # an initial and a surname
    rf"({_START}(?:{_alternation(_ABBREVIATIONS)})) ",  # nr, ul., tel., § ...
    # a street and its number: ul. Słowackiego 5, al. Jana Pawła II 12a, Rynek 1
    rf"({_START}(?:(?:[uUaApP]l|[oO]s)\.{_SEP}(?:[^\W\d_][\w.’'-]*{_SEP}){{0,3}}[^\W\d_][\w.’'-]*|Rynek|Rynku)) (?=\d)",
))
NB_HYPHEN = "\u2011"
# A postal code (21-010) or a phone number written with hyphens (81-000-00-00) never breaks.
_NUMBER_HYPHENS = re.compile(r"(?<![\w-])(?:\d{2}-\d{3}|\d{2,3}(?:-\d{2,3}){2,})(?![\w-])")
_RANK_RE = re.compile(rf"{_START}(?:{_alternation(RANKS)}) ?")


def _open_quote(text: str, pos: int) -> bool:
    """Tell whether a straight quote at pos opens (rather than closes) a quotation."""
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] in "([{„“‚«-–—/"


def _fix_quotes(text: str) -> str:
    """Replace straight double quotes with Polish „…”."""
    return _QUOTE_RE.sub(lambda m: "„" if _open_quote(text, m.start()) else "”", text)


def _fix_ranks(text: str) -> str:
    """Make the spaces inside and after a rank abbreviation non-breaking."""
    return _RANK_RE.sub(lambda m: m.group().replace(" ", NBSP), text)


@lru_cache(maxsize=16384)
def typography(text: str) -> str:
    """Apply Polish typography to a data string (idempotent).

    Straight double quotes become „…”, a spaced hyphen becomes an en dash, the hyphen of a
    postal code or phone number a non-breaking one (U+2011) and the ordinary spaces that must
    not break a line become U+00A0. Nothing else changes.
    """
    text = _fix_quotes(text)
    text = _DASH_RE.sub("–", text)
    text = _NUMBER_HYPHENS.sub(lambda m: m.group().replace("-", NB_HYPHEN), text)
    for rule in _SPACE_RULES:
        text = rule.sub(lambda m: m.group(1) + NBSP, text)
    return _fix_ranks(text)


# Men's first names ending in -a, so a name's ending alone does not tell a woman.
_MALE_IN_A = frozenset({"kuba", "barnaba", "bonawentura", "kosma", "jarema", "zawisza", "bodzęta", "sasza"})


def feminine_name(name: str) -> bool:
    """Whether "[rank] First Last" names a woman, by the Polish first name (Anna, Ewa: yes;
    Kuba, Marek: no). For wording only ("Protokołowała"), where the case gives no gender."""
    rest = _RANK_RE.sub("", name.strip().replace(NBSP, " ")).split()
    first = rest[0].casefold() if rest else ""
    return first.endswith("a") and first not in _MALE_IN_A


# -------------------------------------------------------------------- salutations


class UnknownFunction(ValueError):
    """The addressee's function has no known vocative salutation."""


def _gender(gender: str | None) -> str:
    """Normalise and validate a gender code ("M" or "K")."""
    code = (gender or "").strip().upper()
    if code not in ("M", "K"):
        raise ValueError(
            f"Nieznana płeć adresata {gender!r}: podaj \"M\" (mężczyzna) lub \"K\" (kobieta)."
        )
    return code


def honorific(gender: str | None) -> str:
    """Return "Pan" for a man ("M") or "Pani" for a woman ("K")."""
    return "Pan" if _gender(gender) == "M" else "Pani"


def salutation(function: str | None, gender: str | None, collective: bool = False) -> str:
    """Return the letter's salutation, e.g. ``Szanowny Panie Burmistrzu,``.

    A collective addressee gets ``Szanowni Państwo,``; otherwise the office word of
    the function is put in the vocative from the dictionary (pismo.morph.offices).
    An office the dictionary cannot read raises UnknownFunction with an example.
    """
    if collective:
        return "Szanowni Państwo,"
    code = _gender(gender)
    from pismo.morph import offices  # the dictionary loads only when a salutation is derived

    try:
        return offices.salutation(function or "", code)
    except offices.UnknownOffice:
        example = offices.example(function or "", code)
        raise UnknownFunction(
            f"Nie umiem utworzyć zwrotu grzecznościowego dla funkcji „{(function or '').strip()}” – słownik "
            "nie rozpoznaje w niej urzędu. Podaj powitanie wprost w pliku sprawy (pole „powitanie”), "
            f"np. „{example}” (sprawdź formę) albo „Szanowni Państwo,”."
        ) from None


def plural(n: int, one: str, few: str, many: str) -> str:
    """The noun form for a count: 1 plik, 2 pliki, 5 plików (12–14 take the 'many' form)."""
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def thousands(n: int) -> str:
    """A number with its thousands apart, as Polish writes them: 400 000 (the rest of a message keeps its commas)."""
    return f"{n:,}".replace(",", " ")


def count(n: int, one: str, few: str, many: str) -> str:
    """A number with its noun: 1 plik, 2 pliki, 5 plików, 25 997 powodów."""
    return f"{thousands(n)} {plural(n, one, few, many)}"


def seconds(value: float) -> str:
    """A duration for a message: whole seconds, or one decimal with a comma under ten („2,5 s”, „110 s”)."""
    if value >= 10 or float(value).is_integer():
        return f"{round(value)} s"
    return f"{value:.1f} s".replace(".", ",")


def _as_written(name: str) -> str:
    """A name as this locale's file system functions take it: text it cannot write (Polish letters under LC_ALL=C)
    as the UTF-8 bytes pismo writes (record.as_path), so the console writes them as they are and the command
    names the file – not „laka.yaml” for łąka.yaml (rev-sys10 #9)."""
    try:
        os.fsencode(name)
        return name
    except UnicodeEncodeError:
        try:
            return os.fsdecode(name.encode("utf-8", "surrogateescape"))
        except UnicodeEncodeError:
            return name


def _ansi_c(ch: str) -> str:
    """A character inside the shell's $'…' quotes: a control one by its escape, so the command stays one line."""
    if ch in "\\'":
        return "\\" + ch
    if ord(ch) >= 32 and ch != "\x7f":
        return ch
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or f"\\x{ord(ch):02x}"


def as_typed_word(text: str) -> str:
    """An argument that names no file (an ACL entry „u:ewa:r”) as typed at a prompt: as it is when plain, else quoted
    as as_typed quotes a name – a domain account's „policja\\jkowal” lost its backslash when pasted."""
    return text if all(ch.isalnum() or ch in "._-+,=@%:" for ch in text) else as_typed(text)


def as_typed(path) -> str:
    """A file's name as typed at a prompt in a command pismo suggests, safe to paste: quoted when it holds a space
    (Windows' „Plan rejon 5.yaml”), in single quotes when it holds a character the shell acts on even within double
    ones (`$`, a backtick, „!”, „\\”, „"”) or any other shell sign („'”, „;”, „&”…); a name beginning with „~” or
    „-” as „./~…”, „./-…”, which the shell does not turn into the home folder nor pismo into an option."""
    text = _as_written(str(path))
    if text.startswith(("~", "-")):
        text = "./" + text
    if any(ord(ch) < 32 or ch == "\x7f" for ch in text):  # a line break in a name: one line still (rev-sys10 #13)
        return "$'" + "".join(_ansi_c(ch) for ch in text) + "'"
    if all(ch.isalnum() or ch in "._/-+,=@%~" for ch in text):  # „~” not first: no home folder
        return text
    if all(ch.isalnum() or ch.isspace() or ch in "._/-+,=@%~:()#" for ch in text):  # none special in "…"
        return f'"{text}"'
    return "'" + text.replace("'", "'\\''") + "'"
