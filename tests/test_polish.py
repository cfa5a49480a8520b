"""Tests of pismo.polish: dates, holidays, lists, typography, salutations."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from pismo.polish import (
    MONTHS_GENITIVE,
    NBSP,
    WEEKDAYS,
    UnknownFunction,
    date_line,
    date_numeric,
    date_weekday,
    date_words,
    deadline,
    easter_sunday,
    holiday_name,
    honorific,
    join_and,
    period_numeric,
    public_holidays,
    salutation,
    time_label,
    typography,
)

REFERENCE = Path(
    os.environ.get(
        "PISMO_REFERENCE_TEXT",
        "/work/shared/reference/informacja-leczna-rejon-3-2025.txt",
    )
)

# ------------------------------------------------------------------------ dates

MONTHS = [
    (1, "stycznia"), (2, "lutego"), (3, "marca"), (4, "kwietnia"),
    (5, "maja"), (6, "czerwca"), (7, "lipca"), (8, "sierpnia"),
    (9, "września"), (10, "października"), (11, "listopada"), (12, "grudnia"),
]


def test_month_and_weekday_tables():
    assert MONTHS_GENITIVE == tuple(name for _, name in MONTHS)
    assert WEEKDAYS == (
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    )


@pytest.mark.parametrize("month, name", MONTHS)
def test_date_words_every_month(month, name):
    d = date(2025, month, 1)
    assert date_words(d) == f"1 {name} 2025 roku"
    assert date_words(d, "r.") == f"1 {name} 2025 r."
    assert date_words(d, "") == f"1 {name} 2025"


@pytest.mark.parametrize("month, name", MONTHS)
def test_date_numeric_every_month(month, name):
    d = date(2025, month, 9)
    assert date_numeric(d) == f"9.{month:02d}.2025 roku"
    assert date_numeric(d, "r.") == f"9.{month:02d}.2025 r."
    assert date_numeric(d, "") == f"9.{month:02d}.2025"


@pytest.mark.parametrize(
    "d, expected",
    [
        (date(2025, 9, 15), "15 września 2025 r. (poniedziałek)"),
        (date(2025, 9, 16), "16 września 2025 r. (wtorek)"),
        (date(2025, 9, 17), "17 września 2025 r. (środa)"),
        (date(2025, 9, 18), "18 września 2025 r. (czwartek)"),
        (date(2025, 9, 19), "19 września 2025 r. (piątek)"),
        (date(2025, 9, 20), "20 września 2025 r. (sobota)"),
        (date(2025, 9, 21), "21 września 2025 r. (niedziela)"),
    ],
)
def test_date_weekday_every_weekday(d, expected):
    assert date_weekday(d) == expected


@pytest.mark.parametrize(
    "func, args, expected",
    [
        (date_numeric, (date(2025, 7, 1),), "1.07.2025 roku"),
        (date_numeric, (date(2025, 12, 31), "r."), "31.12.2025 r."),
        (date_words, (date(2025, 7, 14), "r."), "14 lipca 2025 r."),
        (date_line, ("Łęczna", date(2025, 7, 14)), "Łęczna, dnia 14 lipca 2025 r."),
        (period_numeric, (date(2025, 7, 1), date(2025, 12, 31), "roku"),
         "od 1.07.2025 roku do 31.12.2025 roku"),
        (period_numeric, (date(2025, 7, 1), date(2025, 12, 31), "r."),
         "od 1.07.2025 r. do 31.12.2025 r."),
    ],
)
def test_date_formats(func, args, expected):
    assert func(*args) == expected


@pytest.mark.parametrize("suffix", ["rok", "r", " roku", None])
def test_bad_suffix_raises(suffix):
    with pytest.raises(ValueError):
        date_numeric(date(2025, 7, 1), suffix)


@pytest.mark.parametrize(
    "start, end, recurring, expected",
    [
        (None, date(2025, 7, 31), None, "do dnia 31.07.2025 roku"),
        (date(2025, 7, 1), date(2025, 12, 31), None,
         "w okresie od 1 lipca 2025 roku do 31 grudnia 2025 roku"),
        (date(2025, 7, 1), date(2025, 12, 31), "raz w miesiącu",
         "raz w miesiącu w okresie od 1 lipca 2025 roku do 31 grudnia 2025 roku"),
        (None, date(2025, 7, 31), "raz w miesiącu", "raz w miesiącu do dnia 31.07.2025 roku"),
        (None, date(2025, 7, 31), "  ", "do dnia 31.07.2025 roku"),
    ],
)
def test_deadline(start, end, recurring, expected):
    assert deadline(start, end, recurring) == expected


def test_deadline_matches_reference_wording():
    if not REFERENCE.exists():
        pytest.skip("reference text not available")
    text = REFERENCE.read_text(encoding="utf-8")
    assert f"termin realizacji {deadline(None, date(2025, 7, 31))}." in text
    assert f"termin realizacji {deadline(date(2025, 7, 1), date(2025, 12, 31))}." in text
    assert f"za okres {period_numeric(date(2025, 7, 1), date(2025, 12, 31), 'roku')}" in text


@pytest.mark.parametrize("func", [deadline, period_numeric])
def test_reversed_period_raises(func):
    with pytest.raises(ValueError):
        func(date(2025, 12, 31), date(2025, 7, 1))


@pytest.mark.parametrize("hhmm", ["17:00", "9:00", "09:05", "0:00", "23:59", "12:30"])
def test_time_label_valid(hhmm):
    assert time_label(hhmm) == f"godz. {hhmm}"


@pytest.mark.parametrize(
    "hhmm", ["24:00", "17:60", "17", "17.00", "7:5", "", " 17:00", "17:00 ", "ab:cd", 1020, None]
)
def test_time_label_invalid(hhmm):
    with pytest.raises(ValueError, match="(?i)godzin"):
        time_label(hhmm)


# --------------------------------------------------------------------- holidays

HOLIDAYS_2025 = {
    date(2025, 1, 1): "Nowy Rok",
    date(2025, 1, 6): "Święto Trzech Króli",
    date(2025, 4, 20): "Pierwszy dzień Wielkiej Nocy",
    date(2025, 4, 21): "Drugi dzień Wielkiej Nocy",
    date(2025, 5, 1): "Święto Pracy",
    date(2025, 5, 3): "Święto Narodowe Trzeciego Maja",
    date(2025, 6, 8): "Pierwszy dzień Zielonych Świątek",
    date(2025, 6, 19): "Boże Ciało",
    date(2025, 8, 15): "Wniebowzięcie Najświętszej Maryi Panny",
    date(2025, 11, 1): "Wszystkich Świętych",
    date(2025, 11, 11): "Narodowe Święto Niepodległości",
    date(2025, 12, 24): "Wigilia Bożego Narodzenia",
    date(2025, 12, 25): "Pierwszy dzień Bożego Narodzenia",
    date(2025, 12, 26): "Drugi dzień Bożego Narodzenia",
}

MOVABLE_2026 = {
    date(2026, 4, 5): "Pierwszy dzień Wielkiej Nocy",
    date(2026, 4, 6): "Drugi dzień Wielkiej Nocy",
    date(2026, 5, 24): "Pierwszy dzień Zielonych Świątek",
    date(2026, 6, 4): "Boże Ciało",
}


def test_holidays_2025():
    assert public_holidays(2025) == HOLIDAYS_2025


def test_holidays_2026():
    holidays = public_holidays(2026)
    assert len(holidays) == 14
    for d, name in MOVABLE_2026.items():
        assert holidays[d] == name
    assert holidays[date(2026, 12, 24)] == "Wigilia Bożego Narodzenia"


def test_christmas_eve_only_from_2025():
    assert date(2024, 12, 24) not in public_holidays(2024)
    assert len(public_holidays(2024)) == 13


@pytest.mark.parametrize(
    "year, easter",
    [(2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
     (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)), (2038, date(2038, 4, 25))],
)
def test_easter(year, easter):
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    "d, name",
    [(date(2025, 6, 19), "Boże Ciało"), (date(2026, 6, 4), "Boże Ciało"),
     (date(2025, 12, 24), "Wigilia Bożego Narodzenia"), (date(2025, 7, 14), None),
     (date(2026, 4, 6), "Drugi dzień Wielkiej Nocy")],
)
def test_holiday_name(d, name):
    assert holiday_name(d) == name


def test_public_holidays_returns_a_fresh_dict():
    public_holidays(2025).clear()
    assert len(public_holidays(2025)) == 14


# ------------------------------------------------------------------------ lists


@pytest.mark.parametrize(
    "items, expected",
    [([], ""), (["a"], "a"), (["a", "b"], "a oraz b"), (["a", "b", "c"], "a, b oraz c"),
     (iter(["x", "y", "z", "w"]), "x, y, z oraz w")],
)
def test_join_and(items, expected):
    assert join_and(items) == expected


# ------------------------------------------------------------------- typography

N = NBSP
NBH = "\u2011"  # non-breaking hyphen
TYPOGRAPHY_CASES = [
    ("w Łęcznej", f"w{N}Łęcznej"),
    ("i w domu", f"i{N}w{N}domu"),
    ("Z uwagi na to", f"Z{N}uwagi na to"),
    ("A potem U nas O tym I tak W mieście", f"A{N}potem U{N}nas O{N}tym I{N}tak W{N}mieście"),
    ("kamery (w rejonie) i „z bliska”", f"kamery (w{N}rejonie) i{N}„z{N}bliska”"),
    ('SM "Batory" oraz "Wspólnota"', "SM „Batory” oraz „Wspólnota”"),
    ('"a" i "z domu"', f"„a” i{N}„z{N}domu”"),
    ("SM „Batory” bez zmian", "SM „Batory” bez zmian"),
    ("2025 r.", f"2025{N}r."),
    ("z 5 kamer", f"z{N}5{N}kamer"),
    ("o godz. 17:00 w sali", f"o{N}godz.{N}17:00{N}w{N}sali"),
    ("rejon nr 3 oraz Nr 4", f"rejon nr{N}3{N}oraz Nr{N}4"),
    ("ul. Wiklinowej, pl. Kościuszki 5, al. Jana",
     f"ul.{N}Wiklinowej, pl.{N}Kościuszki{N}5, al.{N}Jana"),
    ("Ul. Jaśminowa", f"Ul.{N}Jaśminowa"),
    ("tel. 81 000 00 00", f"tel.{N}81{N}000{N}00{N}00"),
    ("ul. Słowackiego 5, ul. Jana Pawła II 12a, Rynek 1", f"ul.{N}Słowackiego{N}5, ul.{N}Jana Pawła II{N}12a, Rynek{N}1"),
    ("dnia 14 lipca 2025 r.", f"dnia 14{N}lipca{N}2025{N}r."),
    ("Straży Miejskiej we Wrzosogrodzie ze szkołą", f"Straży Miejskiej we{N}Wrzosogrodzie ze{N}szkołą"),
    ("znak PR-ZD-0151-3/25 z 2025-07-01", f"znak PR-ZD-0151-3/25{N}z{N}2025-07-01"),
    ("art. 5 § 2 str. 7", f"art.{N}5{N}§{N}2{N}str.{N}7"),
    ("mł. asp. Jan Kowalski", f"mł.{N}asp.{N}Jan Kowalski"),
    ("asp. szt. J. Kowalski", f"asp.{N}szt.{N}J.{N}Kowalski"),
    ("st. post. Anna Nowak", f"st.{N}post.{N}Anna Nowak"),
    ("sierż. szt. Piotr", f"sierż.{N}szt.{N}Piotr"),
    ("st. sierż. Ewa, sierż. Adam", f"st.{N}sierż.{N}Ewa, sierż.{N}Adam"),
    ("st. asp. Jan, asp. Jan, post. Jan", f"st.{N}asp.{N}Jan, asp.{N}Jan, post.{N}Jan"),
    ("podkom. A, kom. B, nadkom. C", f"podkom.{N}A, kom.{N}B, nadkom.{N}C"),
    ("podinsp. X, mł. insp. Y, insp. Z, nadinsp. Q",
     f"podinsp.{N}X, mł.{N}insp.{N}Y, insp.{N}Z, nadinsp.{N}Q"),
    ("J. Kowalski", f"J.{N}Kowalski"),
    ("ul. A. Mickiewicza", f"ul.{N}A.{N}Mickiewicza"),
    ("Egz. nr 1 - adresat", f"Egz. nr{N}1 – adresat"),
    ("ulic - termin", "ulic – termin"),
    ("działań informacyjno-konsultacyjnych", "działań informacyjno-konsultacyjnych"),
    ("informacyjno - profilaktycznych", "informacyjno – profilaktycznych"),
    ("21-010 Łęczna", f"21{NBH}010{N}Łęczna"),
    ("tel. 81-000-00-00", f"tel.{N}81{NBH}000{NBH}00{NBH}00"),
    ("kpp@lublin.policja.gov.pl", "kpp@lublin.policja.gov.pl"),
    ("https://lublin.policja.gov.pl/w/a?z=1", "https://lublin.policja.gov.pl/w/a?z=1"),
    ("w/w ulic, a/a", "w/w ulic, a/a"),
    ("koniec w\nLęcznej", "koniec w\nLęcznej"),
    ("a\tb", "a\tb"),
    ("dwie  spacje", "dwie  spacje"),
    ("z  domu", f"z{N} domu"),
    ("-myślnik na początku", "-myślnik na początku"),
    ("1.07–31.12.2025", "1.07–31.12.2025"),
    ("", ""),
]


@pytest.mark.parametrize("text, expected", TYPOGRAPHY_CASES)
def test_typography(text, expected):
    assert typography(text) == expected


def _normalise(text: str) -> str:
    """Undo what typography may change: NBSP, Polish quotes and en dashes."""
    return (
        text.replace(NBSP, " ").replace("„", '"').replace("”", '"').replace("–", "-").replace(NBH, "-")
    )


def _reference_lines() -> list[str]:
    if not REFERENCE.exists():
        return []
    return REFERENCE.read_text(encoding="utf-8").splitlines()


IDEMPOTENCY_INPUTS = [text for text, _ in TYPOGRAPHY_CASES] + _reference_lines()


@pytest.mark.parametrize("text", IDEMPOTENCY_INPUTS)
def test_typography_idempotent_and_keeps_words(text):
    once = typography(text)
    assert typography(once) == once
    assert len(once) == len(text)
    assert _normalise(once) == _normalise(text)


@pytest.mark.parametrize("text", [t for t, _ in TYPOGRAPHY_CASES if not set(t) & set("„”–")])
def test_typography_changes_only_spaces_quotes_dashes(text):
    assert _normalise(typography(text)) == text


def test_typography_whole_reference_text():
    if not REFERENCE.exists():
        pytest.skip("reference text not available")
    text = REFERENCE.read_text(encoding="utf-8")
    out = typography(text)
    assert typography(out) == out
    assert out.count("\n") == text.count("\n")
    assert f"nr{N}3{N}w{N}Łęcznej" in out
    assert f"do{N}dnia" not in out
    assert f"31.07.2025{N}roku" in out
    assert "informacyjno-konsultacyjne" in out


# ------------------------------------------------------------------ salutations

SALUTATIONS = [
    ("Burmistrz Łęcznej", "Szanowny Panie Burmistrzu,", "Szanowna Pani Burmistrz,"),
    ("Wójt Gminy Ludwin", "Szanowny Panie Wójcie,", "Szanowna Pani Wójt,"),
    ("Prezydent Miasta Lublin", "Szanowny Panie Prezydencie,", "Szanowna Pani Prezydent,"),
    ("Starosta Łęczyński", "Szanowny Panie Starosto,", "Szanowna Pani Starosto,"),
    ("Przewodniczący Rady Osiedla Bobrowniki", "Szanowny Panie Przewodniczący,",
     "Szanowna Pani Przewodnicząca,"),
    ("Prezes Zarządu Spółdzielni Mieszkaniowej „Batory”", "Szanowny Panie Prezesie,",
     "Szanowna Pani Prezes,"),
    ("Dyrektor Szkoły Podstawowej nr 4", "Szanowny Panie Dyrektorze,",
     "Szanowna Pani Dyrektor,"),
    ("Kierownik Referatu Inwestycji", "Szanowny Panie Kierowniku,", "Szanowna Pani Kierownik,"),
    ("Komendant Powiatowy Policji w Łęcznej", "Szanowny Panie Komendancie,",
     "Szanowna Pani Komendant,"),
    ("Naczelnik Wydziału Prewencji", "Szanowny Panie Naczelniku,", "Szanowna Pani Naczelnik,"),
]


@pytest.mark.parametrize("function, male, female", SALUTATIONS)
def test_salutation_both_genders(function, male, female):
    assert salutation(function, "M") == male
    assert salutation(function, "K") == female


@pytest.mark.parametrize(
    "function, gender, expected",
    [
        ("Przewodnicząca Rady Osiedla Bobrowniki", "K", "Szanowna Pani Przewodnicząca,"),
        ("  burmistrz Łęcznej", "m", "Szanowny Panie Burmistrzu,"),
        ("BURMISTRZ ŁĘCZNEJ", "k", "Szanowna Pani Burmistrz,"),
        ("Burmistrz", "M", "Szanowny Panie Burmistrzu,"),
    ],
)
def test_salutation_variants(function, gender, expected):
    assert salutation(function, gender) == expected


@pytest.mark.parametrize("function, gender", [(None, None), ("Rada Osiedla", "M"), ("", "K")])
def test_salutation_collective(function, gender):
    assert salutation(function, gender, collective=True) == "Szanowni Państwo,"


@pytest.mark.parametrize(
    "function",
    ["Rada Osiedla", "Urząd Miejski w Łęcznej", "Xyzator Abc", "", None],
)
def test_unknown_function_raises(function):
    with pytest.raises(UnknownFunction, match="powitanie"):
        salutation(function, "M")
    assert issubclass(UnknownFunction, ValueError)


@pytest.mark.parametrize("gender", [None, "", "X", "mężczyzna"])
def test_salutation_bad_gender_raises(gender):
    with pytest.raises(ValueError, match="płeć"):
        salutation("Burmistrz Łęcznej", gender)


@pytest.mark.parametrize("gender, expected", [("M", "Pan"), ("K", "Pani"), ("k", "Pani")])
def test_honorific(gender, expected):
    assert honorific(gender) == expected


@pytest.mark.parametrize("gender", [None, "", "F", "W"])
def test_honorific_bad_gender_raises(gender):
    with pytest.raises(ValueError):
        honorific(gender)


def test_seconds_are_whole_or_with_a_decimal_comma():
    """A time-out was printed „110.149 s”: a point and the noise of a float."""
    from pismo.polish import seconds

    assert [seconds(v) for v in (110.149, 60.0, 2.5, 0.25, 1)] == ["110 s", "60 s", "2,5 s", "0,2 s", "1 s"]
