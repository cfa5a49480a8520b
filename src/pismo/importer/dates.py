"""Dates, plan periods and action deadlines in the forms units write them.

"1.07.2025 roku", "01.02.2024r.", "1 marca 2026 r.", "2025-07-01"; a period
"od … do …" (the first date may leave out the year); a deadline clause such as
"– termin realizacji do dnia 31.07.2025 roku" or "termin: na bieżąco".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from pismo.importer.lines import ABBREVIATIONS, hangs, quoted
from pismo.polish import MONTHS_GENITIVE

_MONTHS = "|".join(MONTHS_GENITIVE)
# a day's date in digits has one separator twice: „03-04.2026” is the months III–IV 2026 (_DIGIT_MONTHS), no day
DATE = (rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}\s*\.\s*\d{{1,2}}\s*\.\s*\d{{4}}|\d{{1,2}}\s*-\s*\d{{1,2}}\s*-\s*\d{{4}}"
        rf"|\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}"
        rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2}}(?!\d|\.\d)"  # "30.06.26"
        rf"|\d{{1,2}}\s+(?:{_MONTHS})(?:\s*\.?\s*\d{{4}})?)(?:\s*(?:roku|rok|r\b\.?))?")
# A range's start may leave out what its end gives: the year ("od 15.07 do 31.07.2025"), or month and year
# ("1-30.09.2025", "od 15 do 31 lipca 2025 r.").
_START = rf"(?:{DATE}|\d{{1,2}}\.\d{{1,2}}\.?(?!\d)|\d{{1,2}}(?![\d.]))"
_PERIOD = re.compile(rf"\bod\s+(?:dnia\s+)?(?P<a>{DATE})\s*(?:do(?:\s+dnia)?\b|[-–—])\s*(?P<b>{DATE})", re.I)
_RANGE = re.compile(rf"(?P<a>{DATE})\s*[-–—]\s*(?P<b>{DATE})", re.I)
_SHORT_RANGE = re.compile(r"\b(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\s*[-–—]\s*"
                          r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y>\d{4})\b")

Period = tuple[dt.date, dt.date]


def parse_date(text: str, year: int | None = None) -> tuple[dt.date, bool] | None:
    """(date, year given) of one date text; a missing year is taken from `year`."""
    text = text.lower().strip()
    iso = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    numeric = re.match(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})", text)
    numeric = numeric or re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d)", text)  # "30.06.26"
    words = re.match(rf"(\d{{1,2}})\s+({_MONTHS})(?:\s*\.?\s*(\d{{4}}))?", text)
    if iso:
        parts, given = (int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), True
    elif numeric:
        year = int(numeric.group(3))
        parts, given = (year + 2000 if year < 100 else year, int(numeric.group(2)), int(numeric.group(1))), True
    elif words:
        given = words.group(3) is not None
        if not given and year is None:
            return None
        parts = (int(words.group(3)) if given else year, MONTHS_GENITIVE.index(words.group(2)) + 1, int(words.group(1)))
    else:
        return None
    try:
        return dt.date(*parts), given
    except ValueError:
        return None


def _pair(first: str, second: str, hint: int | None = None) -> Period | None:
    """Two dates of a range; the first may borrow the second's year, or its month and year."""
    end = parse_date(second, hint)
    if end is None:
        return None
    start = parse_date(first, end[0].year) or _partial_start(first, end[0])
    if start is None:
        return None
    begin = start[0]
    if not start[1] and begin > end[0]:
        begin = begin.replace(year=begin.year - 1)
    return begin, end[0]


def _partial_start(text: str, end: dt.date) -> tuple[dt.date, bool] | None:
    """(start, False) of a range's start written without its year ("15.07") or as a day alone ("15")."""
    found = re.fullmatch(r"(\d{1,2})(?:\.(\d{1,2})\.?)?", text.strip())
    if found is None:
        return None
    try:
        start = dt.date(end.year, int(found.group(2) or end.month), int(found.group(1)))
    except ValueError:
        return None
    return None if found.group(2) is None and start > end else (start, False)  # "25-10.09": no month before


def _short_range(found: re.Match) -> Period | None:
    """"1.10–31.03.2024": both dates share the year written once, the first may fall a year earlier."""
    g = {key: int(value) for key, value in found.groupdict().items()}
    try:
        start, end = dt.date(g["y"], g["m1"], g["d1"]), dt.date(g["y"], g["m2"], g["d2"])
    except ValueError:
        return None
    return (start.replace(year=start.year - 1) if start > end else start), end


def find_period(text: str) -> tuple[Period, tuple[int, int]] | None:
    """The first plan period in a text and where it stands."""
    for pattern in (_PERIOD, _SHORT_RANGE, _RANGE, _MONTH_PERIOD, _HALF_YEAR):
        found = pattern.search(text)
        if not found:
            continue
        if pattern is _SHORT_RANGE:
            period = _short_range(found)
        elif pattern is _MONTH_PERIOD:
            period = _month_period(found)
        elif pattern is _HALF_YEAR:
            period = _half_year(found)
        else:
            period = _pair(found.group("a"), found.group("b"))
        if period and period[0] <= period[1]:
            return period, found.span()
    return None


def whole_period(text: str) -> Period | None:
    """The period a whole text is („1.07.2025 do 31.12.2025”, „od 1 lipca 2025 – 31 grudnia 2025 r.”): a start
    field holding its end too."""
    text = "od " + re.sub(r"^\s*od\s+", "", text.strip(), flags=re.IGNORECASE)
    found = find_period(text)
    return found[0] if found and found[1][0] == 0 and not text[found[1][1]:].strip(" .") else None


def _month_period(found: re.Match) -> Period | None:
    """"od marca do sierpnia 2026 roku", "marzec – sierpień 2026": whole months, the year written at the end."""
    first, last = _MONTH_NUMBER[found.group("m1").lower()], _MONTH_NUMBER[found.group("m2").lower()]
    span = _month_span(first, last, int(found.group("y2")), int(found.group("y1")) if found.group("y1") else None)
    return (span.od, span.do) if span else None


def _half_year(found: re.Match) -> Period:
    """"I półrocze 2026 r." → 1.01–30.06, "II półrocze" → 1.07–31.12."""
    half = found.group("h").lower()
    year, second = int(found.group("y")), half in ("ii", "2") or half.startswith("drug")
    return (dt.date(year, 7, 1), dt.date(year, 12, 31)) if second else (dt.date(year, 1, 1), dt.date(year, 6, 30))


# ---------------------------------------------------------------------------------------- deadlines

_RECURRING = (
    r"na\s+bieżąco|cyklicznie|systematycznie|stale|codziennie|regularnie|sukcesywnie|w\s+miarę\s+potrzeb"
    r"|w\s+każd[yąe]\s+(?:weekend|sobotę|niedzielę|piątek|tydzień|miesiąc)|w\s+weekendy"
    r"|(?:co\s+najmniej\s+|minimum\s+|nie\s+rzadziej\s+niż\s+)?(?:raz|jeden\s+raz|dwa\s+razy|\d+\s+razy)"
    r"\s+(?:w\s+(?:tygodniu|miesiącu|kwartale|roku)|na\s+(?:tydzień|miesiąc|kwartał|dwa\s+tygodnie))"
    r"|każdego\s+(?:tygodnia|miesiąca)"
)
_WHOLE = (
    r"(?:przez\s+)?cały\s+okres"
    r"(?:\s+(?:realizacji|trwania|obowiązywania)(?:\s+planu(?:\s+działania\s+priorytetowego)?)?)?"
    r"|w\s+(?:całym\s+)?okresie\s+(?:realizacji|trwania|obowiązywania)\s+planu(?:\s+działania\s+priorytetowego)?"
    r"|w\s+trakcie\s+(?:realizacji|trwania)\s+planu|do\s+końca\s+(?:realizacji|trwania|okresu)(?:\s+\w+)?\s*(?:planu)?"
)
_SPEC_RANGE = re.compile(
    rf"(?:w\s+okresie\s+|w\s+terminie\s+|w\s+dniach\s+|w\s+czasie\s+)?(?:od(?:\s+dnia)?\s+)?(?P<a>{_START})"
    rf"\s*(?:do(?:\s+dnia)?\b|[-–—])\s*(?P<b>{DATE})", re.I)
_SPEC_UNTIL = re.compile(
    rf"(?:do\s+dnia|do|najpóźniej\s+do(?:\s+dnia)?|nie\s+później\s+niż(?:\s+do)?(?:\s+dnia)?|w\s+terminie\s+do"
    rf"(?:\s+dnia)?|dnia)?\s*(?P<a>{DATE})", re.I)
# Months by name in any case ("marzec – sierpień", "od marca do maja", "w kwietniu") and quarters ("II kwartał").
_NOMINATIVE = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
               "październik", "listopad", "grudzień")
_LOCATIVE = ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu",
             "październiku", "listopadzie", "grudniu")
_MONTH_NUMBER = {form: i + 1 for forms in (_NOMINATIVE, MONTHS_GENITIVE, _LOCATIVE) for i, form in enumerate(forms)}
_ANY_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_YEAR = r"(?:\s+(?P<{}>\d{{4}})(?:\s*(?:roku|r\b\.?))?)?"
_SPEC_MONTHS = re.compile(rf"(?:w\s+okresie\s+|w\s+miesiącach\s+)?(?:od\s+)?(?P<m1>{_ANY_MONTH}){_YEAR.format('y1')}"
                          rf"\s*(?:[-–—/]|do\b)\s*(?P<m2>{_ANY_MONTH}){_YEAR.format('y2')}", re.I)
_MONTH_PERIOD = re.compile(rf"(?:\bod\s+)?\b(?P<m1>{_ANY_MONTH})(?:\s+(?P<y1>\d{{4}})(?:\s*(?:roku|r\b\.?))?)?"
                           rf"\s*(?:[-–—]|\bdo\b)\s*(?P<m2>{_ANY_MONTH})\s+(?P<y2>\d{{4}})(?:\s*(?:roku|r\b\.?))?",
                           re.I)
_HALF_YEAR = re.compile(r"(?:w\s+)?\b(?P<h>II|I|[12]|pierwsz\w*|drug\w*)\s+(?:półrocz\w*|połow\w*)\s+(?P<y>\d{4})"
                        r"(?:\s*(?:roku|r\b\.?))?", re.I)
# the end of a year: „do końca roku” (the plan's), „do końca 2025 r.”, „do końca roku 2025”
_YEAR_END = re.compile(r"do\s+końca\s+(?:(?P<y>\d{4})\s*(?:roku|r\b\.?)?|roku(?:\s+(?P<y2>\d{4})(?:\s*r\b\.?)?)?)", re.I)
_SPEC_MONTH = re.compile(rf"(?:w\s+(?:miesiącu\s+)?|przez\s+(?:cały\s+)?)?(?P<m>{_ANY_MONTH}){_YEAR.format('y')}",
                         re.I)
# „III kw. 2025 r.”, also typed „IIIkw.2025r.”, „3. kwartał”, „trzeci kwartał”, „w trzecim kwartale”
_ORDINAL_QUARTER = {"pierwsz": 1, "drugi": 2, "trzeci": 3, "czwart": 4}
_SPEC_QUARTER = re.compile(rf"(?P<end>do\s+końca\s+)?(?:w\s+)?(?P<q>IV|I{{1,3}}|[1-4]\.?|(?:pierwsz|drugi|trzeci|czwart)\w*)"
                           rf"\s*(?:kwarta\w*|kw\b\.?)(?:\s*(?P<y>\d{{4}})(?:\s*(?:roku|r\b\.?))?)?", re.I)
_QUARTER = r"IV|I{1,3}|[1-4]"
_SPEC_QUARTERS = re.compile(rf"(?:w\s+)?(?P<q1>{_QUARTER})\s*[-–—]\s*(?P<q2>{_QUARTER})\s+(?:kwarta\w*|kw\b\.?)"
                            rf"{_YEAR.format('y')}", re.I)
# a span of quarters or half-years, each with its year or the first without: "III kw. 2025 r. – I kw. 2026 r.",
# "I półrocze – II półrocze 2025 r.", "od II kw. do III kw. 2025 r."
_PART = (r"(?:(?P<q{0}>IV|I{{1,3}}|[1-4])\s+(?:kwarta\w*|kw\b\.?)|(?P<h{0}>II|I|[12]|pierwsze|drugie)\s+półrocz\w*)"
         r"(?:\s+(?P<y{0}>\d{{4}})(?:\s*(?:roku|r\b\.?))?)?")
_SPEC_PARTS = re.compile(rf"(?:od\s+)?{_PART.format(1)}\s*(?:[-–—]|do\b)\s*{_PART.format(2)}", re.I)
# Months in Roman numerals, as official dates write them ("30 IX 2025 r.", "30.IX.2025", "VII–IX 2025"), and
# "07/2025": read as the numeric dates and month names the patterns above know.
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_ANY = "|".join(sorted(_ROMAN, key=len, reverse=True))
_ROMAN_DAY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:\s*\.\s*|\s+)(?P<m>{_ROMAN_ANY})\b(?:(?:\s*\.\s*|\s+)(?P<y>\d{{4}}))?")
_ROMAN_MONTH = re.compile(rf"(?<![\d.])\b(?P<m>{_ROMAN_ANY})\b(?=\s*(?:[-–—/]|do\b)\s*(?:{_ROMAN_ANY})\b(?!\s*kw)"
                          rf"|\s+\d{{4}})")
_SLASH_MONTH = re.compile(r"\b(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>\d{4})\b")
# „08.2026 r.”: a month in two digits and its year, never a day's date's end („15.08.2026”)
_DOT_MONTH = re.compile(r"(?<![\d.])(?<!\.\s)(?P<m>0[1-9]|1[0-2])\.(?P<y>\d{4})(?!\d)")
# „03-04.2026”, „3–4/2026”, „05.-09.2026”: a range of months in digits and their year
_DIGIT_MONTHS = re.compile(r"(?<![\d.])(?P<a>0?[1-9]|1[0-2])\.?\s*[-–—]\s*(?P<b>0?[1-9]|1[0-2])\s*[./]\s*(?P<y>\d{4})"
                           r"(?![\d.])")
_DATEISH = re.compile(rf"\b(?:{_ANY_MONTH})\b|\b\d{{4}}\b|\bkwarta\w*|\d{{1,2}}\.\d{{1,2}}", re.I)


def names_date(text: str) -> bool:
    """Whether a text names a date, a month, a year or a quarter at all („ciągle”, „jednorazowo” do not)."""
    return _DATEISH.search(text) is not None
_SPEC_MONTH_END = re.compile(rf"do\s+końca\s+(?P<m>{_MONTHS})(?:\s+(?P<y>\d{{4}})(?:\s*(?:roku|r\.?))?)?", re.I)
_SPEC = re.compile(rf"(?:(?P<rec>(?:{_RECURRING})(?:\s*(?:,|;|\bi\b|\boraz\b)\s*(?:{_RECURRING}))*)"
                   rf"(?:\s*[,;:–-]\s*|\s+|$))?(?P<rest>.*)", re.I | re.S)
_CLAUSE = re.compile(r"(?<!\s)(?:\s*[-–—,;:]\s*|\s+|\s*\(\s*|^)\b(?P<kw>termin(?:\s+realizacji)?|realizacja)\b"
                     r"\s*(?:[:\-–—]\s*)?", re.I)
_SEPARATOR = re.compile(r"\s[-–—]\s")
_TAIL = re.compile(r"(?<!\s)(?:\s*[-–—]\s*|\s*\(\s*|\s*,\s*)(?P<spec>[^-–—()\s](?:[^-–—()]*?[^-–—()\s])??)"
                   r"\s*(?:\)\s*)?(?:\.\s*)?$")
_BARE = re.compile(rf"(?<!\s)\s+(?P<spec>(?:w\s+terminie\s+)?(?:do\s+dnia|najpóźniej\s+do|do)\s+{DATE}"
                   rf"|(?:w\s+okresie\s+)?od\s+(?:dnia\s+)?{_START}\s+do\s+(?:dnia\s+)?{DATE})\s*(?:\.\s*)?$", re.I)


@dataclass
class Termin:
    od: dt.date | None
    do: dt.date | None  # None only when the period is unknown as well, or for a deadline in words
    cyklicznie: str | None = None
    opis: str | None = None  # no fixed date ("na bieżąco", "w trakcie realizacji planu"): printed as written
    several: str | None = None  # several deadlines as written (_several): they stay in the action's text
    doubt: str | None = None  # why the deadline needs checking (a start after the end): the action is marked


@dataclass
class Deadline:
    opis: str  # the action without its deadline clause
    termin: Termin
    note: str | None = None  # why the deadline needs checking


def _year_within(month: int, period: Period | None) -> int | None:
    if period is None:
        return None
    for year in range(period[0].year, period[1].year + 1):
        if period[0] <= dt.date(year, month, calendar.monthrange(year, month)[1]) <= period[1] + dt.timedelta(days=31):
            return year
    return period[1].year


def _dates(rest: str, period: Period | None) -> Termin | None:
    """The dates part of a deadline, or None when it is not one of the known forms."""
    hint = period[1].year if period else None
    if not rest:
        return Termin(*(period or (None, None)))
    if re.fullmatch(_WHOLE, rest, re.I):
        return Termin(*(period or (None, None)))
    found = _SPEC_RANGE.fullmatch(rest)
    if found:
        pair = _pair(found.group("a"), found.group("b"), hint)
        if pair and _start_moved_out(found.group("a"), pair, period):
            return Termin(None, pair[1], doubt=f"początek terminu ({quoted(found.group('a'))}) jest po jego końcu "
                                               f"({pair[1]:%-d.%m.%Y}) – przyjęto termin do {pair[1]:%-d.%m.%Y}; "
                                               "sprawdź i wpisz właściwy początek")
        return Termin(*pair) if pair and pair[0] <= pair[1] else None
    found = _SPEC_MONTH_END.fullmatch(rest)
    if found:
        month = MONTHS_GENITIVE.index(found.group("m").lower()) + 1
        year = int(found.group("y")) if found.group("y") else _year_within(month, period)
        return Termin(None, dt.date(year, month, calendar.monthrange(year, month)[1])) if year else None
    found = _SPEC_UNTIL.fullmatch(rest)
    if found:
        date = parse_date(found.group("a"), hint)
        return Termin(None, date[0]) if date else None
    return _named_months(rest, period)


def _start_moved_out(start: str, pair: Period, period: Period | None) -> bool:
    """Whether a range's start written without its year, after its end ("od 31.08 do 1.08.2025"), was put into the
    year before where the plan's period is not: a slip, not a range over the new year ("od 15.12 do 15.01.2026")."""
    moved = parse_date(start) is None and pair[0].year < pair[1].year
    return moved and (period is None or not period[0] <= pair[0] <= period[1])


def _month_span(first: int, last: int, year: int | None, first_year: int | None = None) -> Termin | None:
    """From the first day of month `first` to the last day of month `last` (of `year`)."""
    if year is None:
        return None
    start_year = first_year or (year if first <= last else year - 1)
    return Termin(dt.date(start_year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))


def _named_months(rest: str, period: Period | None) -> Termin | None:
    """"marzec – sierpień 2026 r.", "od marca do maja", "w miesiącu kwietniu", "czerwiec 2026", "II kwartał"."""
    def year(value: str | None, month: int) -> int | None:
        return int(value) if value else _year_within(month, period)

    found = _SPEC_MONTHS.fullmatch(rest)
    if found:
        first, last = _MONTH_NUMBER[found.group("m1").lower()], _MONTH_NUMBER[found.group("m2").lower()]
        given = int(found.group("y1")) if found.group("y1") else None
        span = _month_span(first, last, year(found.group("y2") or found.group("y1"), last), given)
        return _unreversed(span, rest, period, moved=given is None) if span else None
    found = _SPEC_QUARTERS.fullmatch(rest)
    if found:
        first, last = (_quarter(found.group(key)) for key in ("q1", "q2"))
        span = _month_span(3 * first - 2, 3 * last, year(found.group("y"), 3 * last))
        return _unreversed(span, rest, period, moved=True) if span else None
    found = _SPEC_PARTS.fullmatch(rest)
    if found:
        span = _parts_span(found, period)
        return _unreversed(span, rest, period, moved=not found.group("y1")) if span else None
    found = _SPEC_MONTH.fullmatch(rest)
    if found:
        month = _MONTH_NUMBER[found.group("m").lower()]
        return _month_span(month, month, year(found.group("y"), month))
    found = _SPEC_QUARTER.fullmatch(rest)
    if found:
        quarter = _quarter(found.group("q"))
        span = _month_span(3 * quarter - 2, 3 * quarter, year(found.group("y"), 3 * quarter))
        return Termin(None, span.do) if span and found.group("end") else span  # "do końca III kwartału"
    found = _HALF_YEAR.fullmatch(rest)
    if found:
        return Termin(*_half_year(found))
    found = _YEAR_END.fullmatch(rest)
    year = found and (found.group("y") or found.group("y2") or (period and period[0].year))
    return Termin(None, dt.date(int(year), 12, 31)) if year else None


def _parts_span(found: re.Match, period: Period | None) -> Termin | None:
    """From the first quarter's or half-year's start to the second's end; the first's year, if not written, the
    second's (the year before for a span over the new year: "IV kw. – I kw. 2026 r.")."""
    months = []
    for key in "12":
        quarter, half = found.group("q" + key), found.group("h" + key)
        last = 3 * _quarter(quarter) if quarter else 12 if half.lower() in ("ii", "2", "drugie") else 6
        months.append((last - 2 if quarter else last - 5, last))
    (first, _), (_, last) = months
    end_year = int(found.group("y2")) if found.group("y2") else _year_within(last, period)
    start_year = int(found.group("y1")) if found.group("y1") else None
    return _month_span(first, last, end_year, start_year)


def _quarter(numeral: str) -> int:
    numeral = numeral.rstrip(".")
    ordinal = next((value for stem, value in _ORDINAL_QUARTER.items() if numeral.lower().startswith(stem)), None)
    return ordinal or {"I": 1, "II": 2, "III": 3, "IV": 4}.get(numeral.upper()) or int(numeral)


def _unreversed(span: Termin, wording: str, period: Period | None, moved: bool) -> Termin:
    """A range of months or quarters as read, unless it runs backwards ("IX–VII 2025 r.", "09/2025 – 07/2025",
    "IV–III kw."): a start put into the year before only where the plan's period is, else the end alone taken and
    the action marked – never a start after the end nor one a year early unmarked."""
    backwards = span.od > span.do or (moved and span.od.year < span.do.year)
    if not backwards or (span.od <= span.do and period is not None and period[0] <= span.od <= period[1]):
        return span
    return Termin(None, span.do, doubt=f"zakres {quoted(wording)} biegnie wstecz – przyjęto termin do "
                                       f"{span.do:%-d.%m.%Y}; sprawdź i wpisz właściwy początek")


_SPEC_SCAN = 2000  # a deadline is at most 160 characters, whatever the spaces around its words
_ONLY_SPACE = re.compile(r"[\s.;,]*\Z")


def parse_spec(spec: str, period: Period | None) -> Termin | None:
    """A deadline text ("do dnia 31.07.2025 roku", "na bieżąco", "od 1 lipca do …") as dates."""
    if len(spec) > _SPEC_SCAN and not _ONLY_SPACE.match(spec, _SPEC_SCAN):
        return None  # longer than any deadline: not split here, so a long line is read once, not per clause
    spec = " ".join(spec[:_SPEC_SCAN].split()).strip(" .;,")
    if not spec or len(spec) > 160:
        return None
    found = _SPEC.fullmatch(spec)
    recurring = found.group("rec")
    rest = found.group("rest").strip(" .;,:–-")
    if (recurring and not rest) or re.fullmatch(_WHOLE, rest, re.I):
        return Termin(None, None, opis=_as_written(spec))  # no date of its own: the plan's words, not its period
    rest = _arabic_months(rest)
    termin = _dates(rest, period) or _several(rest, spec, period)
    if termin is None or (recurring is None and not rest):
        return None
    termin.cyklicznie = recurring
    return termin


_AND = re.compile(r"(?<!\s)\s*(?:[,;]|\boraz\b|\bi\b|\ba\s+także\b)\s*", re.I)


def _several(rest: str, spec: str, period: Period | None) -> Termin | None:
    """Two or more dated deadlines in one action ("1–30.09.2025 r. oraz 1–30.11.2025 r."): the last end is the
    action's deadline; the wording, kept in the action's text (split_deadline), is never cut to "oraz 1"."""
    pieces = [piece.strip(" .;,:–-") for piece in _AND.split(rest)]
    termins = [_dates(piece, period) if piece else None for piece in pieces]
    if len(pieces) < 2 or any(termin is None or termin.do is None for termin in termins):
        return None
    last = re.split(r"[\s.]", spec)[-1].lower()
    return Termin(None, max(termin.do for termin in termins), several=spec + ("." if last in ABBREVIATIONS else ""))


def _arabic_months(rest: str) -> str:
    """Roman-numeral, "MM/RRRR", "MM.RRRR" and "MM-MM.RRRR" months as the numeric dates and month names _dates
    reads."""
    rest = _DIGIT_MONTHS.sub(lambda found: f"{_NOMINATIVE[int(found.group('a')) - 1]} – "
                                          f"{_NOMINATIVE[int(found.group('b')) - 1]} {found.group('y')}", rest)
    rest = _DOT_MONTH.sub(lambda found: f"{_NOMINATIVE[int(found.group('m')) - 1]} {found.group('y')}", rest)
    if not re.search(r"[IVX/]", rest):
        return rest

    def day(found: re.Match) -> str:
        month = f"{found.group('d')}.{_ROMAN.index(found.group('m')) + 1:02d}"
        return f"{month}.{found.group('y')}" if found.group("y") else month
    rest = _ROMAN_DAY.sub(day, rest)
    rest = _ROMAN_MONTH.sub(lambda found: _NOMINATIVE[_ROMAN.index(found.group("m"))], rest)
    return _SLASH_MONTH.sub(lambda found: f"{_NOMINATIVE[int(found.group('m')) - 1]} {found.group('y')}", rest)


def _as_written(spec: str) -> str:
    """A deadline in words as the documents print it after "termin realizacji": "Na bieżąco" → "na bieżąco"."""
    first = spec.split()[0]
    return spec[:1].lower() + spec[1:] if len(first) == 1 or first[1:].islower() else spec  # "NA BIEŻĄCO" stays


def _trim_opis(text: str, sentence_before: bool) -> str:
    """The action's text once its deadline clause is cut off."""
    text = text.rstrip(" ,;:-–—(")
    if sentence_before and text.endswith("."):
        last = re.split(r"[\s(]", text[:-1])[-1].lower()
        if last not in ABBREVIATIONS and len(last) > 1:
            text = text[:-1]
    return text.rstrip()


_TRAILING = ".;," + "".join(chr(c) for c in range(0x3001) if chr(c).isspace())  # what parse_spec strips


def split_deadline(text: str, period: Period | None) -> Deadline | None:
    """The action text and its deadline, or None when the text names no deadline. Several deadlines stay in the
    text whole, the last end taken as the deadline and the action marked: no date of the plan is lost."""
    found = _split_deadline(text, period)
    if found is None or not (found.termin.several or found.termin.doubt):
        return found
    if found.termin.several is None:
        return Deadline(found.opis, found.termin, found.termin.doubt)
    return Deadline(text.strip(" ,;"), found.termin,
                    f"termin podaje kilka okresów albo dat ({quoted(found.termin.several)}) – zostawiono je w opisie "
                    f"działania, a jako termin przyjęto najpóźniejszą datę ({found.termin.do:%-d.%m.%Y}); sprawdź "
                    "i popraw opis albo termin")


def _split_deadline(text: str, period: Period | None) -> Deadline | None:
    """split_deadline's first reading. A clause or dash is given only the rest of the text that can be a
    deadline – copied whole for each, a line of 500 000 dashes took minutes."""
    end = len(text.rstrip(_TRAILING))

    def rest(start: int) -> str | None:
        return text[start:end] if end - start <= _SPEC_SCAN else None  # longer than any deadline: none

    for clause in reversed(list(_CLAUSE.finditer(text))):
        spec = rest(clause.end())
        if spec is None:
            continue
        if "(" in text[clause.start():clause.start("kw")]:
            spec = spec.rstrip(" .").rstrip(")")
        termin = parse_spec(spec, period)
        if termin is not None:
            opis = _trim_opis(text[:clause.start()], clause.group("kw")[:1].isupper())
            return Deadline(opis, termin)
    inner = _inner_deadline(text, period) or _bracket_deadline(text[:end], period)
    if inner:
        return inner
    dashes = list(_SEPARATOR.finditer(text))
    for number, dash in enumerate(dashes):  # "Kontrole – marzec – sierpień 2026 r.": the first dash that fits
        spec = rest(dash.end()) if dash.start() > 0 else None
        termin = parse_spec(spec, period) if spec is not None else None
        if termin is None or _numeral_dash(text, dash, dashes[number + 1:], rest, period):
            continue
        return _dash_deadline(text, dash.start(), spec, termin, period)
    body = text.rstrip(" ,;")  # a list's comma after „… do 30.04.2026 r.,”
    for pattern in (_TAIL, _BARE):
        tail = pattern.search(body, max(0, len(body) - _SPEC_SCAN))  # a tail, so the end alone: linear
        if tail and tail.start() > 0 and not _range_dash(body, tail.start()):
            termin = parse_spec(tail.group("spec"), period)
            if termin is not None and not _outside(termin, period):
                return _tail_deadline(body, tail, termin, period)
    return _sentence_date(body, period)



def _tail_deadline(text: str, tail: re.Match, termin: Termin, period: Period | None) -> Deadline | None:
    """The deadline a tail gives. A tail after a dash may be a range's second half, the dash typed without
    spaces („w okresie VII–IX 2025 r.”, „lipiec-wrzesień”, „III–IV kw.”): read from the range's start, as a spaced
    dash is. A dash glued between two words that opens no range („szkolno-wrzesień”) is a hyphen: no cut."""
    at = tail.start() + len(text[tail.start():tail.start("spec")]) - len(text[tail.start():tail.start("spec")].lstrip())
    if text[at] not in "-–—":
        return _cut(text, tail.start(), termin, period)
    if _range_starts(text, at, tail.group("spec"), period):
        return _dash_deadline(text, tail.start(), tail.group("spec"), termin, period)
    before = text[:at]
    if text[at - 1].isalnum() and text[at + 1:at + 2].isalnum() and before.count("(") <= before.count(")"):
        return None
    return _cut(text, tail.start(), termin, period)


_KEYWORD = re.compile(r"\btermin(?:\s+realizacji)?\b|\brealizacja\b", re.I)
_FULL_DATE = re.compile(rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}\s*[./-]\s*\d{{1,2}}\s*[./-]\s*\d{{4}}"
                        rf"|\d{{1,2}}\s+(?:{_MONTHS}|{_ROMAN_ANY})\s*\.?\s*\d{{4}}", re.I)
# a date naming a document or an event („wnioski z debaty z 15.02.2026 r.”, „pismo z dnia …”): no deadline's part
_DATED = re.compile(r"\bz(?:\s+dnia|\s+dn\.)?\s*$", re.I)


# a day's date or a month with its year ending the action's sentence, no dash or „do” before it: „… na placu przy
# ul. Lipowej 26.06.2026 r. godz. 10.00”, „… przy okazji zebrania wiejskiego w maju 2026 r.”
_AT_END = re.compile(rf"(?<=\s)(?P<spec>(?:(?:w\s+dniu|dnia)\s+)?(?:{_FULL_DATE.pattern})(?:\s*(?:roku|r\b\.?))?"
                     rf"|we?\s+(?:{'|'.join(_LOCATIVE)})\s+\d{{4}}(?:\s*(?:roku|r\b\.?))?)"
                     r"(?:,?\s*(?:o\s+)?godz\.?\s*\d{1,2}(?:[.:]\d{2})?)?\s*\.?$", re.I)
_NOT_DUE = re.compile(r"(?:\b(?:od|z|ze|po|przed|nr)|z\s+dnia|z\s+dn\.)\s*$", re.I)  # „z dnia 12.01.2026 r.”
SENTENCE_DATE = ("termin odczytano z daty na końcu opisu działania ({}) – zostawiono ją w opisie; sprawdź, czy to "
                 "termin działania")


def _sentence_date(body: str, period: Period | None) -> Deadline | None:
    """A date ending the action's sentence without a dash („… przy ul. Lipowej 26.06.2026 r. godz. 10.00”, „…
    w maju 2026 r.”): the action's deadline, the text kept whole and marked – a letter's date („pismo z dnia …”),
    a start („od …”) or a date outside the plan is none."""
    found = _AT_END.search(body, max(0, len(body) - _SPEC_SCAN))
    if not found or not found.start() or _NOT_DUE.search(body, max(0, found.start() - 12), found.start()):
        return None
    spec = re.sub(r"^(?:w\s+dniu|dnia|we?)\s+", "", found.group("spec"), flags=re.I)
    termin = parse_spec(spec, period)
    if termin is None or termin.do is None or termin.several or _outside(termin, period):
        return None
    earlier = _earlier_date(body, found.start(), period)
    if earlier is not None:  # „… w maju 2026 r. oraz w czerwcu 2026 r.”: two terms, the latest the deadline
        wording = body[earlier[0]:].strip(" .;,")
        return Deadline(body, Termin(None, max(earlier[1], termin.do), termin.cyklicznie,
                                     several=wording + ("." if wording.endswith(" r") else "")))
    return Deadline(body, termin, SENTENCE_DATE.format(quoted(found.group().strip())))


# a date or a month with its year in a sentence: „10.03.2026 r.”, „w maju 2026 r.”
_SOME_DATE = re.compile(rf"{_FULL_DATE.pattern}|\bwe?\s+(?:{'|'.join(_LOCATIVE)})\s+\d{{4}}", re.I)


def _earlier_date(body: str, end: int, period: Period | None) -> tuple[int, dt.date] | None:
    """Where another date stands before the one ending the sentence (within _LEFT, a letter's „z dnia …” aside),
    and its end: the action names several terms."""
    for found in _SOME_DATE.finditer(body, max(0, end - _LEFT), end):
        if _DATED.search(body, max(0, found.start() - 12), found.start()):
            continue
        termin = parse_spec(re.sub(r"^we?\s+", "", found.group(), flags=re.I), period)
        if termin is not None and termin.do is not None:
            return found.start(), termin.do
    return None

def before_end_date(text: str) -> str:
    """The words before a date ending the text („ponownie” of „ponownie w czerwcu 2026 r.”), else the text."""
    found = _AT_END.search(text, max(0, len(text) - _SPEC_SCAN))
    return text[:found.start()] if found else text


_LEFT = 80  # how far before a deadline read from a dash or the text's end a second date is looked for


def _cut(text: str, at: int, termin: Termin, period: Period | None) -> Deadline:
    """The action cut before a deadline found by a dash or at the text's end (no whole „termin” clause read) –
    unless what stays holds part of the deadline: its „termin realizacji” (words between it and the date: „II etap
    do …”), an open bracket („(II etap – do 30 IX …)”), or another date („…, a następnie do …”, a cell's two
    paragraphs). Then the text stays whole, the latest date is the deadline and the action is marked, as for
    several deadlines: never a dangling tail or an unclosed bracket in the description."""
    before = text[:at]
    starts = [found.start() for found in _KEYWORD.finditer(before, max(0, at - _SPEC_SCAN))
              if found.start() > 0][-1:]  # „Realizacja wniosków…” starting the action is its own word
    starts += [before.rfind("(")] if before.count("(") > before.count(")") else []
    starts += [found.start() for found in _FULL_DATE.finditer(before, max(0, at - _LEFT))
               if not _DATED.search(before, max(0, found.start() - 12), found.start())][:1]
    if not starts or termin.doubt or termin.do is None:
        return _kept_whole(text, at, termin) or Deadline(_trim_opis(before, False), termin)
    wording = text[min(starts):].strip(" .;,")
    dates = [parse_date(found.group())[0] for found in _FULL_DATE.finditer(wording) if parse_date(found.group())]
    latest = max([termin.do, *dates]) if termin.do else None
    last = re.split(r"[\s.]", wording)[-1].lower()
    return Deadline(before, Termin(None, latest, termin.cyklicznie,
                                   several=wording + ("." if last in ABBREVIATIONS else "")))


def _kept_whole(text: str, at: int, termin: Termin) -> Deadline | None:
    """A deadline whose cut would leave the action ending in a connective („…, tj.”, „… nie później niż”, „…, a”):
    the date belongs to the sentence – the text stays whole, the date is the deadline and the action is marked."""
    before = _trim_opis(text[:at], False)
    if not hangs(before):
        return None
    recurring = _LEADING_RECURRENCE.match(text, at) if termin.cyklicznie else None
    if recurring:  # „…, w tym w weekendy – IV–VIII 2026 r.”: the recurrence is the sentence's, the dates the term
        return Deadline(f"{before} {recurring.group('rec')}", replace(termin, cyklicznie=None))
    return Deadline(text.strip(" ,;"), termin, SENTENCE_DATE.format(quoted(text[at:].strip(" ,;–—-"))))


_LEADING_RECURRENCE = re.compile(rf"[\s,;:–—-]*(?P<rec>{_RECURRING})(?=\s*[,;:–—-])", re.I)


_DATA_WORDS = ("z", "ze", "za", "dane", "danych", "dla")  # a period the action analyses: „dane za 03/2025 – 06/2025”
_RANGE_WORDS = 5  # words of a range's first period: „III kw. 2025 r.”, „I półrocze 2025 r.”


_NUMERAL = re.compile(r"(?<![\w.])(?:[IVX]+|\d{1,2})\Z")
_NUMERAL_AFTER = re.compile(r"(?:[IVX]+|\d{1,2})\s[-–—]\s")
_STREET = re.compile(r"ul\.?|ulic\w*|al\.?|ale\w+|pl\.?|plac\w*|os\.?|osiedl\w*|rondo|ronda", re.I)
_NUMBER_WORD = re.compile(r"nr\.?|numer|numerem|numeru|no\.|№", re.I)
_LEAD = re.compile(r"(?:\s+(?:w\s+(?:okresie|terminie|miesiącach|dniach|czasie)|od))+\s*\Z", re.I)


def _numeral_dash(text: str, dash: re.Match, later: list[re.Match], rest, period: Period | None) -> bool:
    """Whether a dash between two bare numerals („klas I – III – IV kw. 2025 r.”) is a range of something else
    than the deadline a later dash gives: the later dash is the deadline's."""
    if not (_NUMERAL.search(text, 0, dash.start()) and _NUMERAL_AFTER.match(text, dash.end())):
        return False
    return any(parse_spec(spec, period) is not None
               for spec in (rest(found.end()) for found in later[:3]) if spec is not None)


def _range_starts(text: str, at: int, spec: str, period: Period | None) -> list[int]:
    """Where a range whose own dash is at `at` may begin („w okresie VII – IX 2025 r.”, „lipiec – wrzesień”,
    „II kw. 2025 r. – III kw. 2025 r.”): the words before the dash that read as a deadline with `spec`; never a
    start that ends another range („klas I – III – IV kw.”)."""
    words = list(re.finditer(r"\S+", text[max(0, at - 20 * _RANGE_WORDS):at]))
    offset = max(0, at - 20 * _RANGE_WORDS)
    starts = []
    for count in range(1, min(_RANGE_WORDS, len(words)) + 1):
        first = words[-count]
        before = words[-count - 1].group() if count < len(words) else ""
        if before in ("-", "–", "—"):
            break  # „I – III – IV kw.”: the words before are a range of their own
        if _STREET.fullmatch(before):  # „ul. 1 Maja – wrzesień”: a street's name, the dash the deadline's
            return [start for start, words_in in starts if words_in < count - 1]  # „ul. X. Spotkania VII–IX” kept
        if _NUMBER_WORD.fullmatch(before):  # „Szkoły Podstawowej nr 12 – 15.05.2026 r.”: a number names a thing
            return [start for start, words_in in starts if words_in < count]
        if parse_spec(f"{text[offset + first.start():at]} – {spec}", period) is not None:
            starts.append((offset + first.start(), count))
    return [start for start, _ in starts]


def _dash_deadline(text: str, at: int, spec: str, termin: Termin, period: Period | None) -> Deadline | None:
    """The deadline after a dash – from the start of the range the dash is part of, if it is one („Spotkania w
    okresie VII – IX 2025 r.”). A range after „z”/„za”/„dane” is a period of data („na podstawie danych z 03/2025
    – 06/2025”): no deadline, unless the data's period ends before the plan's and the dash's own deadline lies
    within it („Analiza zdarzeń z II kw. 2025 r. – III kw. 2025 r.”)."""
    starts = _range_starts(text, at, spec, period)
    if not starts:
        return _cut(text, at, termin, period)
    if any(_DATA.search(text, max(0, start - 8), start) for start in starts):
        data = parse_spec(text[starts[0]:at], period)
        if data is None or data.do is None or period is None or data.do >= period[0] or _outside(termin, period):
            return None
        return _cut(text, at, termin, period)
    start = starts[-1]
    whole = parse_spec(text[start:len(text.rstrip(_TRAILING))], period) or termin
    lead = _LEAD.search(text, 0, start)
    return _cut(text, lead.start() if lead else start, whole, period)


_DATA = re.compile(r"(?<!\w)(?:z|ze|za|dane|danych|dla)\s+\Z", re.I)


def _data_range(text: str, at: int, spec: str, period: Period | None) -> bool:
    """Whether the dash at `at` is a range's own („z 03/2025 – 06/2025”) and the range a period of data, after
    „z”/„za”/„dane”: never cut at its dash, nor taken for the action's deadline."""
    words = text[max(0, at - 20 * _RANGE_WORDS):at].split()
    for count in range(1, min(_RANGE_WORDS, len(words) - 1) + 1):
        if parse_spec(f"{' '.join(words[-count:])} – {spec}", period) is not None:
            return words[-count - 1].lower() in _DATA_WORDS
    return False


def _outside(termin: Termin, period: Period | None) -> bool:
    """Whether a deadline found without „termin” („(I półrocze 2025 r.)” at the end: the data an action analyses)
    lies wholly outside the plan's period: no deadline of this plan."""
    return period is not None and termin.do is not None and (termin.do < period[0] or (termin.od or termin.do) > period[1])


def _range_dash(text: str, at: int) -> bool:
    """A dash right after a number ("… oraz 1–30.11.2025 r."): a range's, its start left out of a tail after it."""
    return text[at - 1].isdigit() and text[at] in "-–—"


_INNER = re.compile(r"(?<!\s)\s*\(\s*termin(?:\s+realizacji)?\s*(?:[:\-–—]\s*)?(?P<spec>[^()\s](?:[^()]*[^()\s])?)\s*\)",
                    re.I)


def _inner_deadline(text: str, period: Period | None) -> Deadline | None:
    """"Pogadanka w szkole (termin: do 31.05.2026 r.), a następnie spotkanie…": a deadline in parentheses
    inside the sentence is cut out of it; the sentence goes on around it."""
    for found in _INNER.finditer(text):
        termin = parse_spec(found.group("spec"), period)
        if termin is not None:
            opis = (text[:found.start()] + text[found.end():]).strip()
            return Deadline(_trim_opis(opis, True), termin)
    return None


# a bracket ending the text, a deadline's length: „patrole … (IV–VII 2026 r.)”, „(01.04.2026 r. – 31.07.2026 r.)”
_END_BRACKET = re.compile(r"\((?P<spec>[^()]{1,80})\)\s*\Z")


def _bracket_deadline(text: str, period: Period | None) -> Deadline | None:
    """A bracket ending the action that holds one period or date, nothing else („… (IV–VII 2026 r.)”,
    „(kwiecień – lipiec 2026 r.)”): its deadline, read as the same after a dash is – never several terms."""
    text = text.rstrip(" :")  # „działania w rejonie przystanku (V–VII 2026 r.):” over its sub-items
    found = _END_BRACKET.search(text, max(0, len(text) - _SPEC_SCAN))
    if not found or not found.start() or re.search(r"[.!?]\s", text[:found.start()]):
        return None  # „…. Analiza danych (II półrocze 2025 r.).”: the bracket of a later sentence, not the action's
    termin = parse_spec(found.group("spec").strip(), period)
    if termin is None or termin.several or termin.do is None and termin.od is None:
        return None
    return Deadline(_trim_opis(text[:found.start()], False), termin)


def deadline_only(text: str, period: Period | None) -> Termin | None:
    """A line that is nothing but a deadline ("Termin realizacji: do 30.04.2026 r.")."""
    text = text.lstrip(" -–—")
    found = re.match(r"\(?\s*(?:termin(?:\s+realizacji)?|realizacja)\b\s*(?:[:\-–—]\s*)?(?P<spec>.*)", text, re.I)
    if found:
        spec = found.group("spec").rstrip()
        return parse_spec(spec[:-1] if spec.endswith(")") else spec, period)
    return None


_DEADLINE_LINE = re.compile(r"[\s(–—-]*termin\w*(?:\s+[\w/]+){0,3}?\s*:", re.I)
_UNREAD = re.compile(r"(?:(?<!\s)\s*[-–—,;(]\s*(?:\(\s*)?|(?<=\.)\s+\(?\s*)\btermin(?:\s+realizacji)?\b\s*(?:[:\-–—]\s*)?"
                     r"(?P<spec>[^()\s](?:[^()]*[^()\s])?)\s*(?:\)\s*)?$", re.I)


def deadline_line(text: str) -> bool:
    """A line that gives a deadline ("Termin realizacji: …"), whether or not its dates can be read."""
    return bool(_DEADLINE_LINE.match(text))


_UNREAD_TAIL = re.compile(r"\s[-–—]\s+(?P<spec>(?:\S+\s+){0,5}?\S+)\s*$")


def _clause_before(text: str, at: int) -> re.Match | None:
    """The „termin …” clause an unread deadline's dash tail at `at` belongs to: the last before it, in the same
    sentence and within a deadline's reach."""
    clauses = [found for found in _CLAUSE.finditer(text, max(0, at - _LEFT)) if 0 < found.start() and found.end() <= at]
    if not clauses or _SENTENCE_STOP.search(text, clauses[-1].end(), at):
        return None
    return clauses[-1]


_SENTENCE_STOP = re.compile(r"\.\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
# a place named by a date after a dash („– ul. 1 Maja”, „– al. 3 Maja”, „– os. XXX-lecia”, „– rondo 11 Listopada”)
_PLACE = re.compile(r"(?:ul|al|pl|os|skwer)\.?\s|(?:ulic|alej|plac|rond|osiedl|skwer|park|szkoł|most)\w*\s", re.I)


def unread_deadline(text: str) -> tuple[str, str] | None:
    """(action text, wording) of a deadline split_deadline could not read: a "termin …" clause, or a short
    dash tail naming a month, year or quarter ("– przełom marca i kwietnia 2026 r.")."""
    found = _UNREAD.search(text, max(0, len(text) - _SPEC_SCAN))
    if found and found.start() > 0:
        return _trim_opis(text[:found.start()], True), found.group("spec").strip(" ;,")
    found = _UNREAD_TAIL.search(text)
    if found and found.start() > 0 and _DATEISH.search(found.group("spec")) and not _PLACE.match(
            found.group("spec")) and not _data_range(
            text, found.start(), found.group("spec"), None):
        clause = _clause_before(text, found.start())
        if clause:  # „termin realizacji: do … (projekt) – do … (realizacja)”: the whole clause, never half of it
            return _trim_opis(text[:clause.start()], True), text[clause.end():].strip(" ;,")
        return _trim_opis(text[:found.start()], False), found.group("spec").strip(" ;,")
    found = _INNER.search(text)  # "(termin: po uzgodnieniu z dyrekcją)" inside the sentence
    if found and found.start() > 0:
        return _trim_opis((text[:found.start()] + text[found.end():]).strip(), True), found.group("spec")
    return None
