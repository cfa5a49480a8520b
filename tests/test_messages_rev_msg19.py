"""The case file's messages: the nineteenth messages review (rev-msg19) of issue 17. Each case is the Wrzosogród
example with a line changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers


NAME_LINE, NAME = 48, "Anna Zmyślona"  # the officer's name


# --- 27, 29, 1, 22, 28: a to-do in a bracket, after „//”, in quotes; a label or a question in round brackets -------

@pytest.mark.parametrize("new, gap", [
    ("Informacja na stronie [link w stopce – uzupełnić].", "[link w stopce – uzupełnić]"),  # 27, msg26's regression
    ("Informacja na stronie [tu wstawić link].", "[tu wstawić link]"),
    ("Informacja na stronie (adres strony).", "(adres strony)"),
    ("Audycja w radiu (godz. 8.10 // ZMIENIĆ NA 9.10).", "ZMIENIĆ"),  # 29, msg26's regression
    ("Audycja w radiu (godz. 8.10 // sprawdzić).", "sprawdzić"),
    ("Ogłoszenie w parafii [do ustalenia z proboszczem].", "[do ustalenia z proboszczem]"),  # 1
    ("Ogłoszenie w parafii (do potwierdzenia).", "(do potwierdzenia)"),
    ("Ogłoszenie w parafii (po mszy o godz. 12.00) [uzgodnić z proboszczem].", "[uzgodnić z proboszczem]"),
    ("Za pośrednictwem lokalnych mediów (nazwa gazety).", "(nazwa gazety)"),  # 22
    ("Za pośrednictwem lokalnych mediów (do uzup.).", "(do uzup.)"),
    ("Za pośrednictwem lokalnych mediów (jakich?).", "(jakich?)"),
    ("Ulotki z hasłem „DO UZUPEŁNIENIA”.", "DO UZUPEŁNIENIA"),  # 28
    ("Ulotki z hasłem „do uzupełnienia”.", "do uzupełnienia"),
    ("Ulotki z hasłem „[hasło kampanii]”.", "[hasło kampanii]"),
    ("Ulotki z hasłem „XXX”.", "XXX"),
    ("Ulotki z hasłem „…”.", "…"),
    ("Ulotki z hasłem „WPISAĆ HASŁO KAMPANII”.", "WPISAĆ"),
    ('Ulotki z hasłem "TODO".', "TODO"),
])
def test_a_note_in_a_bracket_after_slashes_or_in_quotes_is_a_gap(new, gap):
    """Findings 27, 29, 1, 22, 28 of rev-msg19: a to-do beside a place's aside, a note after „//” in a bracket, „do
    ustalenia/potwierdzenia”, „uzgodnić”, a form's label or a bare question in round brackets and a gap in quotes
    passed into the plan."""
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


@pytest.mark.parametrize("new", [
    "Artykuł w lokalnej prasie [link w stopce].",
    "Plakaty z hasłem „SPRAWDZIĆ, ZANIM OTWORZYSZ”.",
    "Akcja „PODAĆ DALEJ” – przekazywanie informacji sąsiadom.",
    "Audycja w Radiu Lublin (środy, 8.10–8.20 // powtórki w soboty).",
    "Zadzwoń pod 112 (numer alarmowy) albo (kod QR na plakacie).",
    "Czynności prowadzone do ustalenia sprawcy (do potwierdzenia tożsamości).",
    "Ulotki z hasłem „Nie daj się oszukać”.",
    "Ogłoszenia zgodnie z uchwałą nr XX/123/2025 Rady Miejskiej.",  # 10: a council's resolution
    "Ogłoszenia zgodnie z uchwałą Nr XXX/245/2025 Rady Miejskiej.",
])
def test_an_aside_a_slogan_and_a_resolutions_number_stay_no_gap(new):
    """Finding 10 of rev-msg19 (a Roman session in a resolution's number was told as a gap) and what the wider gap
    words must still spare."""
    report = _check((282, _NOTICES, new))
    _silent(report, 282, _GAP)


def test_a_lone_xx_before_the_year_is_still_a_gap():
    report = _check((282, _NOTICES, "Zgodnie z zarządzeniem nr XX/2025."))
    assert _warned(report, 282, f"pole zawiera „XX/2025” – {_GAP}"), report.warnings


# --- 8: a form's label after the name ------------------------------------------------------------------------------

def test_a_forms_label_after_the_name_is_told_to_be_deleted():
    """Finding 8 of rev-msg19: „Marek Nowak (imię i nazwisko dzielnicowego)” passed into the signature."""
    report = _check((NAME_LINE, NAME, NAME + " (imię i nazwisko dzielnicowego)"))
    assert _warned(report, NAME_LINE, "po imieniu i nazwisku stoi opis pola „(imię i nazwisko dzielnicowego)” z "
                                      "formularza"), report.warnings


# --- 16: a text deadline crossing the new year ------------------------------------------------------------------------

_GUESSED = "(roku nie podano – przyjęto rok z okresu planu; sprawdź go)"


@pytest.mark.parametrize("text, fields", [
    ("od 1 listopada do 31 stycznia 2027", "od: 2026-11-01 / do: 2027-01-31"),
    ("od 1 listopada 2026 do 31 stycznia", "od: 2026-11-01 / do: 2027-01-31"),
])
def test_a_deadline_over_the_new_year_ends_after_it_starts(text, fields):
    """Finding 16 of rev-msg19: „od 1 listopada do 31 stycznia 2026” was converted to od: 2026-11-01 / do: 2026-01-31
    – an end before the start – and the guessed year not said."""
    report = _check((142, "termin:", f"termin: {text}"), (143, "do: 2026-03-31", "# do: 2026-03-31"))
    assert _warned(report, 142, f"termin: / {fields} (tekst zostaw"), report.warnings
    assert _warned(report, 142, _GUESSED), report.warnings


def test_a_deadline_within_one_year_keeps_its_years():
    report = _check((142, "termin:", "termin: od 1 marca do 26 czerwca 2026"), (143, "do: 2026-03-31", "# do: 2026-03-31"))
    assert _warned(report, 142, "od: 2026-03-01 / do: 2026-06-26 (tekst zostaw"), report.warnings
    assert not _warned(report, 142, _GUESSED), report.warnings


def test_a_note_after_slashes_outside_a_bracket_is_told_once():
    """The „//” note is told as a comment; its „do potwierdzenia” is not told again as a gap."""
    report = _check((282, _NOTICES, "Ogłoszenia na tablicach // do potwierdzenia"))
    assert _warned(report, 282, "„//” po wartości wygląda na komentarz"), report.warnings
    assert not _warned(report, 282, _GAP), report.warnings


# --- 20: a phone's last digits left as a gap ------------------------------------------------------------------------

@pytest.mark.parametrize("phone, gap", [("47 855 XX XX", "XX XX"), ("47 855 .. ..", ".. .."), ("47 855 10 __", "__")])
def test_a_phones_digits_left_as_a_gap_are_asked_for(phone, gap):
    """Finding 20 of rev-msg19: „47 811 XX XX” was told „wpisz: 47 811” – a number five digits long."""
    report = _check((51, "47 855 10 13", phone))
    messages = [e.message for e in report.errors if e.line == 51]
    assert any(f"numer ma miejsce do uzupełnienia („{gap}”) – wpisz pełny numer" in m for m in messages), messages
    assert not any("wpisz: 47 855" in m for m in messages), messages


def test_a_full_phone_with_a_note_is_still_told_the_number():
    report = _check((51, "47 855 10 13", "47 855 10 13 (sekretariat)"))
    assert any("wpisz: 47 855 10 13" in e.message for e in report.errors), report.errors


# --- 39: „brak” or a partner's name in a list of ids ----------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (144, "[urzad-miejski]", "brak", "jeśli nie ma partnerów, usuń to pole (albo wpisz [])"),
    (145, "[wniosek-plac-zabaw]", "nie", "jeśli nie ma dokumentów, usuń to pole (albo wpisz [])"),
    (144, "[urzad-miejski]", "Urząd Miejski we Wrzosogrodzie",
     "wpisz identyfikator partnera z sekcji partnerzy, nie jego nazwę – [urzad-miejski]"),
])
def test_none_or_a_partners_name_in_a_list_of_ids_is_told_what_to_write(line, old, new, told):
    """Finding 39 of rev-msg19: „partnerzy: brak” was told to become „[brak]” – an unknown id; a partner's name got
    „oczekiwano listy” with no id offered."""
    report = _check((line, old, new))
    messages = [e.message for e in report.errors if e.line == line]
    assert any(told in m for m in messages), messages
    assert not any("[brak]" in m or "[nie]" in m for m in messages), messages


# --- 38: „> 5 …” opening a text ---------------------------------------------------------------------------------------

def test_more_than_opening_a_text_is_not_told_to_be_moved_away():
    """Finding 38 of rev-msg19: „- > 5 spotkań …” was told to move „5 spotkań…” under a block header – dropping
    „more than”."""
    report = _check((282, _NOTICES, "> 5 spotkań z mieszkańcami w miesiącu."))
    messages = [e.message for e in report.errors if e.line == 282]
    assert any("nie jako „więcej niż 5” – jeśli to znaczy „więcej niż”, ujmij całą wartość w cudzysłów" in m
               for m in messages), messages
    assert not any("nic nie wpisuj" in m for m in messages), messages


# --- 7: a yes/no or a bare number in „cyklicznie” -------------------------------------------------------------------

@pytest.mark.parametrize("new, shown", [("TAK", "TAK"), ("nie", "nie"), ("true", "true"), ("1", "1"), ('"1"', "1")])
def test_a_yes_no_or_a_number_in_the_recurrence_is_asked_how_often(new, shown):
    """Finding 7 of rev-msg19: „cyklicznie: TAK”/„nie” passed into the plan as the rhythm, true got no fix and 1 was
    told to be quoted – then printed as the rhythm „1”."""
    report = _check((159, "raz w miesiącu", new))
    messages = [p.message for p in report.problems if p.line == 159]
    assert any(f"w polu „cyklicznie” stoi „{shown}”" in m and "wpisz, jak często" in m for m in messages), messages
    assert not any("ujmij wartość w cudzysłów" in m for m in messages), messages


def test_how_often_in_the_recurrence_stays_quiet():
    report = _check((159, "raz w miesiącu", "raz w tygodniu"))
    _silent(report, 159, "cyklicznie")


# --- 9, 18: a note between fields in small letters, a heading that lost its „#” --------------------------------------

@pytest.mark.parametrize("note", ["uwaga: sprawdzić adres", "uwaga: proszę o potwierdzenie obecności",
                                  "Uwaga: sprawdzić adres"])
def test_a_note_between_fields_in_any_case_is_told_to_start_with_a_hash(note):
    """Finding 9 of rev-msg19: a small „uwaga: …” got the list of allowed fields (rev-msg18 #29 fixed „Uwaga” only)."""
    report = _check((335, "numer: 1/2026", f"numer: 1/2026\n    {note}"))
    messages = [e.message for e in report.errors if e.line == 336]
    assert any("to wygląda na uwagę; zacznij wiersz od „#”" in m for m in messages), messages
    assert not any("dozwolone tu pola" in m for m in messages), messages


def test_a_heading_without_its_hash_is_told_as_a_sentence_not_a_fields_typo():
    """Finding 18 of rev-msg19: „Wnioski (pisma do instytucji) – …: …” without „# ” was asked „czy chodziło o
    „wnioski”?” – following it made a second „wnioski:”."""
    report = _check((286, "# Wnioski (pisma do instytucji) – dwa różne adresaty.",
                     "Wnioski (pisma do instytucji). DANE PRZYKŁADOWE: znak sprawy, data."))
    messages = [e.message for e in report.errors if e.line == 286]
    assert any("to nie nazwa pola, tylko zdanie (nagłówek albo uwaga bez „#”); zacznij ten wiersz od „#”" in m
               for m in messages), messages
    assert not any("czy chodziło o" in m for m in messages), messages


# --- 32: two fields on one line -------------------------------------------------------------------------------------

@pytest.mark.parametrize("edits, line, told", [
    (((80, "od: 2026-03-01", "od: 2026-03-01 do: 2026-08-31"), (81, "do: 2026-08-31", "# do")), 80,
     "„do: 2026-08-31” wpisz w osobnym wierszu pod „od:”, z tym samym wcięciem: od: 2026-03-01 / do: 2026-08-31"),
    (((51, "47 855 10 13", "47 855 10 13 email: a.zmyslona@wrzosogrod.example.pl"),), 51,
     "„email: a.zmyslona@wrzosogrod.example.pl” wpisz w osobnym wierszu pod „telefon:”"),
])
def test_two_fields_on_one_line_are_told_to_go_on_two_lines(edits, line, told):
    """Finding 32 of rev-msg19: „  od: … do: …” under its group, „telefon: … email: …” were told „tekst z
    dwukropkiem ujmij w cudzysłów” – the e-mail would go into the phone."""
    report = _check(*edits)
    messages = [e.message for e in report.errors if e.line == line]
    assert any("dwa pola w jednym wierszu – " + told in m for m in messages), messages


# --- 5, 6: a bound quoted or in words, a range, a percent in words, Word's minus in an indicator's number -----------

def _target(new: str):
    return _check((123, "wartosc_docelowa: 7", f"wartosc_docelowa: {new}"))


@pytest.mark.parametrize("new, told", [
    ('"> 7"', "„> 7” to porównanie („więcej niż 7”), a pole przyjmuje jedną liczbę – wpisz samą liczbę: 7; jeśli cel"),
    ('"< 7"', "„< 7” to porównanie („mniej niż 7”)"),
    ("co najmniej 7", "„co najmniej 7” to porównanie, a pole przyjmuje jedną liczbę – wpisz samą liczbę: 7"),
    ("poniżej 7", "(np. docelowo: poniżej 7)"),
    ("mniej niż 7", "(np. docelowo: mniej niż 7)"),
    ("7+", "„7+” to porównanie („co najmniej 7”)"),
    ("5-7", "„5-7” to przedział, a pole przyjmuje jedną liczbę – wybierz jedną (np. 7)"),
    ("7 – 8", "„7 – 8” to przedział"),
    ("20 proc.", "„20 proc.” zawiera procent, a pole przyjmuje samą liczbę"),
    ("20 procent", "„20 procent” zawiera procent"),
    ("spadek o 20 proc.", "„spadek o 20 proc.” zawiera procent"),
    ("–2", "„–2” to liczba ujemna"),
    ("−2", "„−2” to liczba ujemna"),
])
def test_a_bound_a_range_a_percent_in_words_and_words_minus_are_told_what_they_are(new, told):
    """Findings 5 and 6 of rev-msg19: a quoted or worded bound and a range got „oczekiwano liczby, a jest tekst”;
    „20 proc.” was told „wpisz samą liczbę: 20” – a 20% drop made a target of 20."""
    errors = [e.message for e in _target(new).errors]
    assert any(told in m for m in errors), errors
    assert not any("wpisz samą liczbę: 20 " in m or "a jest tekst" in m for m in errors), errors


# --- 4: a date without its year in a date's field -------------------------------------------------------------------

@pytest.mark.parametrize("new", ["31 marca", "31 marca br.", "31.03.", "31-go marca"])
def test_a_date_without_its_year_in_a_date_field_is_converted_with_the_plans_year(new):
    """Finding 4 of rev-msg19: „do: 31 lipca” got the generic „oczekiwano daty … a jest tekst” – the same words in a
    deadline's text are converted."""
    report = _check((143, "do: 2026-03-31", f"do: {new}"))
    errors = [e.message for e in report.errors if e.line == 143]
    assert any(f"datę „{new}” wpisz w postaci RRRR-MM-DD" in m and "do: 2026-03-31 (roku nie podano – przyjęto rok z "
               "okresu planu; sprawdź go)" in m for m in errors), errors


# --- 24: a salutation to the other sex, in the nominative, in small letters ----------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (230, "Szanowny Panie Komendancie,", "Szanowna Pani Komendant,",
     "zwrot „Szanowna Pani Komendant,” jest do kobiety, a adresat ma w polu plec „M”"),
    (210, "Szanowna Pani Prezydent,", "Szanowny Panie Prezydencie,",
     "zwrot „Szanowny Panie Prezydencie,” jest do mężczyzny, a adresat ma w polu plec „K”"),
    (230, "Szanowny Panie Komendancie,", "Szanowny Pan Komendant,", "użyj wołacza, nie mianownika"),
    (230, "Szanowny Panie Komendancie,", "szanowny panie komendancie,",
     "zacznij wielką literą, jak w piśmie: „Szanowny Panie Komendancie,”"),
])
def test_a_salutation_is_checked_against_the_addressees_sex_case_and_capitals(line, old, new, told):
    """Finding 24 of rev-msg19: „Szanowna Pani Burmistrzu,” for plec: M, „Szanowny Pan Burmistrz,” and „szanowny panie
    burmistrzu,” passed – the field was checked for its comma only."""
    report = _check((line, old, new))
    assert _warned(report, line, told), report.warnings


# --- 37: another language's comment sign on a line of its own between fields ---------------------------------------

@pytest.mark.parametrize("sign", ["/*", "%"])
def test_a_comment_sign_of_another_language_is_told_as_a_note(sign):
    """Finding 37 of rev-msg19: „/* … */” was told as the previous field's text, „% …” to be quoted – there is no
    value, the line is a note."""
    report = _check((343, "    temat:", f"    {sign} sprawdzić temat\n    temat:"))
    messages = [e.message for e in report.errors if e.line == 343]
    assert any(f"ten wiersz zaczyna się od „{sign}”, a YAML zna tylko komentarze od „#”" in m for m in messages), messages


# --- 36: a field's name followed by a full stop or a comma ---------------------------------------------------------

@pytest.mark.parametrize("sign, said", [(".", "kropka – zamiast niej"), (",", "przecinek – zamiast niego")])
def test_a_fields_name_with_a_full_stop_or_comma_is_told_to_take_a_colon(sign, said):
    """Finding 36 of rev-msg19: „temat. …” was told to be the previous field's text with too small an indentation."""
    report = _check((343, "    temat:", f"    temat{sign}"))
    messages = [e.message for e in report.errors if e.line == 343]
    assert any(f"po nazwie pola „temat” stoi {said} wpisz dwukropek („temat: …”)" in m for m in messages), messages


# --- 33: list items numbered with Roman numbers --------------------------------------------------------------------

def test_list_items_numbered_with_roman_numbers_are_told_as_words_numbering():
    """Finding 33 of rev-msg19: „I. …”, „II. …” items were told „pole „informowanie” to jeden tekst, nie lista” at the
    next item – the advice („usuń myślnik”) glued the rest into one text."""
    report = _check((281, "  - Zamieszczenie", "  I. Zamieszczenie"), (282, "  - Ogłoszenia", "  II. Ogłoszenia"))
    messages = [(e.line, e.message) for e in report.errors]
    assert (281, "punkt listy zaczyna się od „I.” (numer z listy numerowanej Worda) – YAML rozpoznaje punkt listy tylko po "
            "zwykłym łączniku „-” i spacji; wpisz „- ” (łącznik i spację) – zmień to na początku każdego punktu tej "
            "listy") in messages, messages
