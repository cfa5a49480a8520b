"""The case file's messages: the eighteenth messages review (rev-msg18) of issue 17. Each case is the Wrzosogród
example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check

from test_messages_rev_msg17 import _GAP, _errors, _silent, _warned  # one set of report helpers


# --- 1, 2, 3: a slogan in capitals, an aside telling where, a web address, „podać do wiadomości” --------------------

@pytest.mark.parametrize("new", [
    "Plakaty z hasłem „SPRAWDZIĆ, ZANIM OTWORZYSZ”.",
    "Ulotki „NIE OTWIERAJ – ZADZWOŃ, SPRAWDZIĆ TRZEBA ZAWSZE”.",
    "Akcja „PODAĆ DALEJ” – przekazywanie informacji sąsiadom.",
    "Akcja PODAĆ DALEJ – przekazywanie informacji sąsiadom.",
    "Artykuł w lokalnej prasie [link w stopce].",
    "Artykuł w lokalnej prasie [adres redakcji w stopce].",
    "Ogłoszenie [nr telefonu poniżej].",
    "Zamieszczenie na stronie KPP [www.wrzosogrod.pl].",
    "Informację o wynikach działań (podać do wiadomości publicznej) na stronie KPP.",
])
def test_a_slogan_an_aside_telling_where_and_a_legal_phrase_are_no_gap(new):
    """Findings 1–3 of rev-msg18: a slogan in capitals holding „SPRAWDZIĆ”, „[link w stopce]”, a web address in brackets
    and „(podać do wiadomości publicznej)” were told as places to fill in."""
    report = _check((282, "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko.", new))
    _silent(report, 282, _GAP)


@pytest.mark.parametrize("new, gap", [
    ("Ogłoszenia na tablicach SPRAWDZIĆ.", "SPRAWDZIĆ"),
    ("Ogłoszenia na tablicach, hasła należy regularnie ZMIENIĆ.", "ZMIENIĆ"),
    ("Ogłoszenia na tablicach SPRAWDZIĆ ADRES.", "SPRAWDZIĆ"),
    ("Ogłoszenia na tablicach [link].", "[link]"),
    ("Ogłoszenia na tablicach [nazwa gazety].", "[nazwa gazety]"),
    ("Ogłoszenia na tablicach [www].", "[www]"),
    ("Ogłoszenia na tablicach (podać adres).", "(podać adres)"),
    ("Ogłoszenia na tablicach (wpisać datę).", "(wpisać datę)"),
])
def test_a_lone_note_in_capitals_and_a_hint_in_brackets_are_still_gaps(new, gap):
    report = _check((282, "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko.", new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


# --- 4: „//” as the sentence's separator inside a bracket ------------------------------------------------------------

_NOTICES = "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko."


@pytest.mark.parametrize("new", [
    "Audycja w Radiu Lublin (środy, 8.10–8.20 // powtórki w soboty).",
    "Audycja (Radio Lublin, godz. 8.10–8.20 // powtórka 18.10).",
    "Hasło „Zadzwoń // sprawdź” na plakatach.",
])
def test_a_separator_inside_a_bracket_is_no_note(new):
    """Finding 4 of rev-msg18: „//” inside an open bracket was told as a note, and „#” for it would cut the bracket."""
    report = _check((282, _NOTICES, new))
    _silent(report, 282, "wygląda na komentarz")


@pytest.mark.parametrize("new", [
    "Ogłoszenia na tablicach // zmienić",
    "Ogłoszenia na tablicach (Wrzosowisko) // DANE PRZYKŁADOWE",
    "Ogłoszenia (na tablicach  // sprawdzić",
])
def test_a_note_after_the_text_is_still_told(new):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, "„//” po wartości wygląda na komentarz"), report.warnings


# --- 7, 12: ordinals of street names, an agenda's hours ----------------------------------------------------------------

_WORD_NUMBER = "(punktor albo numer wklejony z Worda)"


@pytest.mark.parametrize("edits, lines", [
    (((104, "- ul. Klonowa 12", "- 3. Maja (okolice sklepu)"), (105, "- plac zabaw", "- 11. Listopada (parking)")),
     (104, 105)),
    (((104, "- ul. Klonowa 12", "- 1. Armii Wojska Polskiego (rejon przejścia)"),), (104,)),
    (((104, "- ul. Klonowa 12", "- 1. Maja 5"), (105, "- plac zabaw", "- 2. Pułku Ułanów 3")), (104, 105)),
    (((353, "- Otwarcie", "- 17.00 Otwarcie"), (354, "- Przedstawienie", "- 17.15 Przedstawienie")), (353, 354)),
    (((353, "- Otwarcie", "- 9.30 Otwarcie"),), (353,)),
])
def test_a_streets_ordinal_and_an_agendas_hour_are_no_word_numbers(edits, lines):
    """Findings 7 and 12 of rev-msg18: „3. Maja”, „11. Listopada” in one list and a first „1. Armii …” were told as
    Word's numbers to delete, and so were an agenda's hours „17.00”, „17.15”."""
    report = _check(*edits)
    for line in lines:
        _silent(report, line, _WORD_NUMBER)


@pytest.mark.parametrize("edits, line", [
    (((353, "- Otwarcie", "- 1. Otwarcie"),), 353),
    (((353, "- Otwarcie", "- 1. Otwarcie"), (354, "- Przedstawienie", "- 2. Przedstawienie")), 354),
    (((354, "- Przedstawienie", "- 2. Przedstawienie"), (355, "- Uwagi", "- 3. Uwagi")), 355),
    (((353, "- Otwarcie", "- 1.1 Otwarcie"),), 353),
    (((353, "- Otwarcie", "- 1.1. Otwarcie"),), 353),
    (((353, "- Otwarcie", "- 2) Otwarcie"),), 353),
    (((104, "- ul. Klonowa 12", "- 1. ul. Klonowa 12"), (105, "- plac zabaw", "- 2. plac zabaw")), 105),
])
def test_word_numbers_that_run_or_a_level_are_still_warned(edits, line):
    report = _check(*edits)
    assert _warned(report, line, _WORD_NUMBER), report.warnings


# --- 8: an address or a number after an officer's name is no function ----------------------------------------------

@pytest.mark.parametrize("tail, told", [
    ("os. Wrzosowisko", "jest adres („os. Wrzosowisko”)"),
    ("pl. Kościuszki", "jest adres („pl. Kościuszki”)"),
    ("nr leg. 123456", "jest liczba („123456”)"),
])
def test_an_address_or_a_number_after_a_name_is_told_once(tail, told):
    """Finding 8 of rev-msg18: „Anna Zmyślona, os. Wrzosowisko” was also told as a function printed twice."""
    report = _check((48, "Anna Zmyślona", f"Anna Zmyślona, {tail}"))
    assert _warned(report, 48, told), report.warnings
    assert not _warned(report, 48, "stoi funkcja"), report.warnings


@pytest.mark.parametrize("tail", ["dzielnicowa", "dzielnicowa os. Wrzosowisko", "Komendant Komisariatu"])
def test_a_function_after_a_name_is_still_told(tail):
    report = _check((48, "Anna Zmyślona", f"Anna Zmyślona, {tail}"))
    assert _warned(report, 48, "po imieniu i nazwisku stoi funkcja"), report.warnings


# --- 24, 30: a day of each month and another party's „termin realizacji” in an action's description ----------------

_SECOND_DEADLINE = "w planie stałyby dwa terminy"


@pytest.mark.parametrize("words", [
    "informacje przekazywane w terminie do 10 dnia każdego miesiąca",
    "sprawozdanie w terminie do 5-go następnego miesiąca",
    "sprawozdanie w terminie do 5. dnia następnego miesiąca",
    "przy czym termin realizacji modernizacji zależy od Urzędu Miejskiego",
    "a termin realizacji inwestycji ustali Urząd",
])
def test_a_rhythm_or_another_partys_schedule_is_no_second_deadline(words):
    """Findings 24 and 30 of rev-msg18: „w terminie do 10 dnia każdego miesiąca” and „termin realizacji modernizacji
    zależy od Urzędu” were told as the action's pasted deadline to move into „termin”."""
    report = _check((149, "przy ul. Lipowej", f"przy ul. Lipowej, {words}"))
    _silent(report, 149, _SECOND_DEADLINE)


@pytest.mark.parametrize("words", [
    "– termin realizacji do 31.03.2026 r.", "– termin realizacji: na bieżąco", "– termin realizacji raz w miesiącu",
    "– termin realizacji II kwartał 2026", "termin realizacji zadania: 31.03.2026", "– termin realizacji",
    "w terminie do 10.03.2026", "w terminie do 10 marca",
])
def test_an_old_rows_deadline_is_still_told(words):
    report = _check((149, "przy ul. Lipowej", f"przy ul. Lipowej {words}"))
    assert _warned(report, 149, _SECOND_DEADLINE), report.warnings


# --- 18: a note after the town is told once, as a note ----------------------------------------------------------------

_TOWN_LINE = "Wrzosogród         # do daty pisma: „Wrzosogród, dnia …”"

@pytest.mark.parametrize("new, mark", [
    ("Wrzosogród   <!-- zmienić -->", "<!--"), ("Wrzosogród   //", "//"), ("Wrzosogród   // DANE PRZYKŁADOWE", "//"),
    ("Wrzosogród <!-- zmienić -->", "<!--"),
])
def test_a_note_after_the_town_is_told_only_as_a_note(new, mark):
    """Finding 18 of rev-msg18: „Łęczna   <!-- zmienić -->” was also told to leave „Łęczna <!” as the town, and
    „Łęczna   //” also as a double space."""
    report = _check((33, _TOWN_LINE, new))
    assert [w.message for w in report.warnings if w.line == 33] == [
        next(w.message for w in report.warnings if f"„{mark}” po wartości wygląda na komentarz" in w.message)], \
        report.warnings


@pytest.mark.parametrize("new, told", [
    ("Wrzosogród, dnia", "miejscowość kończy się „, dnia”"), ("Wrzosogród  x", "dwie spacje obok siebie"),
])
def test_a_towns_own_slip_is_still_told(new, told):
    report = _check((33, _TOWN_LINE, new))
    assert _warned(report, 33, told), report.warnings


# --- 6: a day and month without the year is no impossible day --------------------------------------------------------

def _one_line_term(new: str):
    return (142, "    termin:", f"    termin: {new}"), (143, "      do: 2026-03-31", "")


@pytest.mark.parametrize("new, told", [
    ("do 30 kwietnia", "do: 2026-04-30"), ("do 28 lutego", "do: 2026-02-28"),
    ("od 1 marca do 26 czerwca 2026", "od: 2026-03-01 / do: 2026-06-26"),
])
def test_an_actions_date_without_its_year_is_converted_not_called_impossible(new, told):
    """Finding 6 of rev-msg18: „do 30 kwietnia” was told to hold a date that does not exist; „od 1 marca do 26 czerwca
    2026” likewise for „1 marca”."""
    report = _check(*_one_line_term(new))
    assert _warned(report, 142, told), report.warnings
    assert not _warned(report, 142, "nie istnieje"), report.warnings


@pytest.mark.parametrize("new, told", [
    ("do 30 kwietnia", "wpisz ją jako 2026-04-30 (RRRR-MM-DD), wtedy pismo sprawdzi ją tak jak inne daty (roku nie podano"),
    ("do 31 kwietnia", "zawiera datę, która nie istnieje („31 kwietnia”)"),
    ("do 31.04.2026", "zawiera datę, która nie istnieje („31.04.2026”)"),
])
def test_a_findings_date_without_its_year_takes_the_plans_and_a_wrong_day_is_still_told(new, told):
    report = _check((394, "2026-04-30", new))
    assert _warned(report, 394, told), report.warnings


# --- 10, 22: thousands, a percent and a negative count in an indicator's number --------------------------------------

def _target(new: str):
    return _check((123, "wartosc_docelowa: 7", f"wartosc_docelowa: {new}"))


@pytest.mark.parametrize("new, told", [
    ("2 tys.", "wpisz liczbę cyframi: 2000 (zamiast „2 tys.”"), ("1,5 tys.", "wpisz liczbę cyframi: 1500"),
    ("1,5 tys. ulotek", "wpisz liczbę cyframi: 1500"), ("0,7 tys.", "wpisz liczbę cyframi: 700"),
    ("3 tysiące", "wpisz liczbę cyframi: 3000"),
    ("20%", "„20%” zawiera procent, a pole przyjmuje samą liczbę – jeśli wskaźnik ma spaść"),
    ("spadek o 20%", "„spadek o 20%” zawiera procent"),
    ("-2", "wartość wskaźnika nie może być ujemna"),
])
def test_a_multiplier_a_percent_or_a_negative_count_gets_no_wrong_number(new, told):
    """Findings 10 and 22 of rev-msg18: „2 tys.” was told „wpisz samą liczbę: 2”, „20%” „wpisz samą liczbę: 20” (a rise
    from 9), „spadek o 20%” got no fix and a target of -2 passed."""
    errors = _errors(_target(new))
    assert [m for _, _, m in errors if told in m], errors
    assert not [m for _, _, m in errors if "samą liczbę: 2 " in m or "samą liczbę: 20 " in m], errors


@pytest.mark.parametrize("new, told", [("9 zgłoszeń", "wpisz samą liczbę: 9"), ("7 – spadek o 20%", "wpisz samą liczbę: 7"),
                                       ("-20%", "to zmiana w procentach")])
def test_a_number_with_words_is_still_offered(new, told):
    errors = _errors(_target(new))
    assert [m for _, _, m in errors if told in m], errors


def test_a_zero_target_is_no_negative():
    assert not _errors(_target("0"))


# --- 11: a bound („>5”, „> 5”, „<= 7”) in a number's field --------------------------------------------------------------

@pytest.mark.parametrize("new, told", [
    (">5", "„>5” to porównanie („więcej niż 5”), a pole przyjmuje jedną liczbę – wpisz samą liczbę: 5; jeśli cel"),
    ("<= 7", "„<= 7” to porównanie („najwyżej 7”), a pole przyjmuje jedną liczbę – wpisz samą liczbę: 7"),
    ("> 5", "„> 5” YAML czyta jako początek tekstu blokowego, nie jako „więcej niż 5” – jeśli to liczba, wpisz samą "
            "liczbę: 5"),
])
def test_a_bound_in_a_numbers_field_is_told_as_the_number(new, told):
    """Finding 11 of rev-msg18: „> 5” was told to move „5” under the block header, „>5” as „a jest tekst „””."""
    errors = _errors(_target(new))
    assert [m for _, _, m in errors if told in m], errors


def test_a_block_header_with_a_text_after_it_is_still_told_to_move_it():
    """A number after „> ” in a text is told as „more than” too since rev-msg19 #38 – the move stays offered."""
    report = _check((149, "przy ul. Lipowej", "przy ul. Lipowej\n    x: > 5 osób"))
    assert [m for _, _, m in _errors(report) if "przenieś „5 osób…” do następnego wiersza" in m], _errors(report)
    report = _check((149, "przy ul. Lipowej", "przy ul. Lipowej\n    x: > pięć osób"))
    assert not [m for _, _, m in _errors(report) if "więcej niż" in m], _errors(report)


# --- 15, 16: an item's „id:” without its space, a group's fields on its own line -----------------------------------

def test_an_items_first_field_without_the_space_after_its_colon_is_told_at_it():
    """Finding 15 of rev-msg18: „- id:spotkanie-…” was told at the next line's colon, with advice to quote."""
    errors = _errors(_check((137, "  - id: wniosek-do-prezydent", "  - id:wniosek-do-prezydent")))
    assert errors == [(137, 5, "błąd składni YAML: po dwukropku nazwy pola „id” brak spacji – wpisz "
                                "„- id: wniosek-do-prezydent”")], errors


@pytest.mark.parametrize("edits, line, told", [
    (((142, "    termin:", "    termin: od: 2026-03-01 do: 2026-03-31"), (143, "      do: 2026-03-31", "")), 142,
     "pola „od”, „do” wpisz każde w osobnym wierszu pod „termin:”, z wcięciem większym niż „termin” (np. o 2 spacje): "
     "termin: / od: 2026-03-01 / do: 2026-03-31"),
    (((79, "okres:", "okres: od: 2026-03-01 do: 2026-08-31"), (80, "  od: 2026-03-01", ""), (81, "  do: 2026-08-31", "")),
     79, "pola „od”, „do” wpisz każde w osobnym wierszu pod „okres:”"),
])
def test_a_groups_fields_on_its_line_are_told_to_go_under_it(edits, line, told):
    """Finding 16 of rev-msg18: „termin: od: 2025-07-01 do: 2025-12-31” was told to be quoted – a text then warned."""
    errors = _errors(_check(*edits))
    assert [m for ln, _, m in errors if ln == line and told in m], errors


def test_a_text_with_colons_is_still_told_to_be_quoted():
    errors = _errors(_check((137, "  - id: wniosek-do-prezydent", "  - id: wniosek-do-prezydent\n    uwaga: zob: pkt 2")))
    assert not [m for _, _, m in errors if "osobnym wierszu" in m or "brak spacji" in m], errors


# --- 25: a recurrence without its dates, a date in „cyklicznie” --------------------------------------------------------

@pytest.mark.parametrize("edits, told", [
    (((160, "      od: 2026-03-01", ""), (161, "      do: 2026-08-31", "")),
     "termin cykliczny potrzebuje dat – dopisz pod „termin:” od: RRRR-MM-DD i do: RRRR-MM-DD"),
    (((161, "      do: 2026-08-31", ""),), "termin cykliczny potrzebuje dat – dopisz pod „termin:” do: RRRR-MM-DD ("),
    (((159, "raz w miesiącu", "2026-03-15"),),
     "„cyklicznie” to opis powtarzania (np. „raz w miesiącu”), a jest data 2026-03-15 – termin jednego dnia wpisz pod "
     "„termin:” jako do: 2026-03-15 i usuń „cyklicznie”"),
])
def test_a_recurrence_without_dates_or_with_a_date_is_told_what_it_needs(edits, told):
    """Finding 25 of rev-msg18: „cyklicznie: raz w miesiącu od marca do sierpnia” without od/do was told „brak terminu
    … np. termin: na bieżąco” (dropping the rhythm), „cyklicznie: 2026-03-15” to be quoted."""
    errors = _errors(_check(*edits))
    assert [m for _, _, m in errors if told in m], errors
    assert not [m for _, _, m in errors if "na bieżąco" in m or "cudzysłów" in m], errors


def test_a_deadline_with_only_its_start_is_told_its_end_is_missing():
    """Since rev-msg21 #8 a start alone is told its end is missing, not „brak terminu” – the start is there."""
    errors = _errors(_check((159, "      cyklicznie: raz w miesiącu", "      od: 2026-03-01"), (160, "      od: 2026-03-01", ""),
                            (161, "      do: 2026-08-31", "")))
    assert [m for _, _, m in errors if m.startswith("brak daty końcowej")], errors


# --- 23: the skeleton's sample phone and e-mail ----------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (51, "47 855 10 13", "47 000 00 00", "„47 000 00 00” to przykładowy numer ze szkieletu pliku (pismo nowa)"),
    (52, "dzielnicowy13@wrzosogrod.example.pl", "dzielnicowy@jednostka.example.pl",
     "„dzielnicowy@jednostka.example.pl” to przykładowy adres ze szkieletu pliku"),
])
def test_the_skeletons_sample_phone_and_email_are_warned(line, old, new, told):
    """Finding 23 of rev-msg18: „47 000 00 00” and „prewencja@jednostka.example.pl” left from the skeleton passed into
    every letterhead."""
    report = _check((line, old, new))
    assert _warned(report, line, told), report.warnings


@pytest.mark.parametrize("new", ["47 800 00 00", "81 000 00 00", "+48 600 000 001"])
def test_a_number_with_zeros_is_no_sample(new):
    report = _check((51, "47 855 10 13", new))
    _silent(report, 51, "przykładowy numer")


# --- 19, 20: a form's label for a name, „– do uzupełnienia” after a text, „…/2026” -----------------------------------

@pytest.mark.parametrize("line, old, new, gap", [
    (208, "Ewa Fikcyjna", "Imię i Nazwisko", "Imię i Nazwisko"),
    (208, "Ewa Fikcyjna", "Imię Nazwisko", "Imię Nazwisko"),
    (208, "Ewa Fikcyjna", "(imię i nazwisko)", "(imię i nazwisko)"),
    (208, "Ewa Fikcyjna", "NN", "NN"),
    (282, "Wrzosowisko.", "Wrzosowisko – do uzupełnienia.", "– do uzupełnienia."),
    (282, "Wrzosowisko.", "Wrzosowisko (nazwy tablic do uzupełnienia).", "(nazwy tablic do uzupełnienia)"),
    (335, "1/2026", "…/2026", "…/2026"),
    (335, "1/2026", ".../2026", ".../2026"),
])
def test_a_label_for_a_name_and_a_gap_note_after_a_text_are_gaps(line, old, new, gap):
    """Findings 19 and 20 of rev-msg18: „Imię i Nazwisko”, „NN”, „– do uzupełnienia.”, „(… do uzupełnienia)” and a
    meeting's „…/2025” passed silently into the letters."""
    report = _check((line, old, new))
    assert _warned(report, line, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


@pytest.mark.parametrize("line, old, new", [
    (208, "Ewa Fikcyjna", "Ewa Nazwiskowa"),
    (208, "Ewa Fikcyjna", "Anna Imielińska"),
    (282, "Wrzosowisko.", "Wrzosowisko (termin do ustalenia z redakcją)."),
    (282, "Wrzosowisko.", "Wrzosowisko, w tym wnioski do uzupełnienia dokumentacji przez zarządców."),
    (282, "Wrzosowisko.", "Wrzosowisko i strony 1…/20 regulaminu."),
])
def test_a_real_name_and_ordinary_wording_are_no_gaps(line, old, new):
    report = _check((line, old, new))
    _silent(report, line, _GAP)


# --- 9: an ellipsis as a word in the officer's sentence --------------------------------------------------------------

def test_an_ellipsis_in_an_officers_sentence_is_told_as_a_gap_at_its_place():
    """Finding 9 of rev-msg18: „nakład … egzemplarzy” was told as the skeleton's hint, at the line's start, quoting
    the whole line."""
    new = "Ulotki „Nie daj się oszukać!” – nakład … egzemplarzy."
    report = _check((282, _NOTICES, new))
    told = [(w.line, w.column) for w in report.warnings if f"pole zawiera „…” – {_GAP}" in w.message]
    assert told == [(282, 5 + new.index("…"))], report.warnings
    assert not _warned(report, 282, "wskazówka ze szkieletu"), report.warnings


@pytest.mark.parametrize("new", ["Ulotki, plakaty, broszury …", "Ulotki, plakaty, broszury...",
                                 "Ogłoszenia w mediach (prasa, radio, portale …)."])
def test_an_ellipsis_closing_an_enumeration_is_no_gap(new):
    report = _check((282, _NOTICES, new))
    _silent(report, 282, "do uzupełnienia")


# --- 26: several ids without their brackets -----------------------------------------------------------------------------

def test_several_ids_without_brackets_are_told_in_the_plural():
    """Finding 26 of rev-msg18: three ids got „także gdy jest jeden – ujmij go”, the words for one."""
    errors = _errors(_check((152, "[straz-miejska]", "straz-miejska, urzad-miejski")))
    told = [m for _, _, m in errors if "lista identyfikatorów" in m]
    assert told == ["to pole to lista identyfikatorów – ujmij je w nawiasy kwadratowe: [straz-miejska, urzad-miejski]"], \
        errors


# --- 14: a sign's number left as spaces, „?” or „nr” -------------------------------------------------------------------

@pytest.mark.parametrize("new", ["PR-RD-0151-   /26", "PR-RD-0151-?/26", "PR-RD-0151-nr/26"])
def test_a_signs_number_left_blank_is_a_gap(new):
    """Finding 14 of rev-msg18: „PR-ZD-0151-   /25” was told to keep one space, „-?/25” and „-nr/25” passed."""
    report = _check((309, "PR-RD-0151-13/26", new))
    assert _warned(report, 309, f"pole zawiera „{new}” – {_GAP}"), report.warnings
    assert not _warned(report, 309, "dwie spacje"), report.warnings


@pytest.mark.parametrize("new", ["PR-RD-0151-13/26", "PR-RD-0151-1/26 (nr/2 w rejestrze)"])
def test_a_written_sign_is_no_gap(new):
    report = _check((309, "PR-RD-0151-13/26", new))
    _silent(report, 309, _GAP)


# --- 29: a note written as a field „Uwaga: …” -------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (51, "    telefon: 47 855 10 13", "    telefon: 47 855 10 13\n    Uwaga: sprawdzić numer"),
    (79, "okres:", "UWAGA: dane przykładowe, do zmiany\nokres:"),
])
def test_a_note_written_as_a_field_is_told_to_start_with_a_hash(line, old, new):
    """Finding 29 of rev-msg18: „Uwaga: sprawdzić adres” got the list of allowed fields, never that a note needs „#”."""
    errors = _errors(_check((line, old, new)))
    assert [m for _, _, m in errors if "to wygląda na uwagę; zacznij wiersz od „#”" in m], errors


def test_an_unknown_field_is_still_told_with_the_allowed_ones():
    errors = _errors(_check((51, "    telefon: 47 855 10 13", "    telefon: 47 855 10 13\n    faks: 47 855 10 14")))
    assert [m for _, _, m in errors if "nieznane pole „faks” – dozwolone tu pola" in m], errors
