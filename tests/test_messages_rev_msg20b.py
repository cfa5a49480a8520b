"""The case file's messages: the twentieth messages review (rev-msg20) of issue 17, its false alarms and advice. Each
case is the Wrzosogród example with a line changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import WRZOSOGROD, checked as _check

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers

MINUTES_LINE, MINUTES = 387, "Przyjęto ustalenia zapisane poniżej."


# --- 1, 7, 2: an aside, a quoted title, a resolution's two-digit year are no gaps ----------------------------------

@pytest.mark.parametrize("new", [
    "Ogłoszenie w rejonie skrzyżowania (ulica Jaśminowa i Wiosenna).",  # 1: a place's name
    "Artykuł o mieszkance osiedla, pani Annie (imię zmienione), w lokalnej prasie.",  # 1: press wording
    "Kopia pisma (podpis nieczytelny) w aktach.",
    "Ulotki z numerem telefonu (podpis dzielnicowego na odwrocie).",
    "Akcja informacyjna [kampania KGP „Uzgodnić i zabezpieczyć”].",  # 7: a title's infinitive
    "Informacja na sesji zgodnie z uchwałą nr XX/145/20 Rady Miejskiej.",  # 2: a two-digit year
])
def test_an_aside_a_title_and_a_resolution_are_no_gaps(new):
    """Findings 1, 7 and 2 of rev-msg20: what is said of a named thing, a quoted title and „nr XX/145/20” were told as
    places to fill in."""
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


@pytest.mark.parametrize("new, gap", [
    ("Za pośrednictwem lokalnych mediów (nazwa gazety).", "(nazwa gazety)"),
    ("Ogłoszenie w lokalnym radiu (data emisji).", "(data emisji)"),
    ("Informacja na stronie (adres mailowy).", "(adres mailowy)"),
    ("Akcja informacyjna [kampania KGP „Bezpieczny senior” – uzgodnić].", "[kampania KGP „Bezpieczny senior” – uzgodnić]"),
    ("Zgodnie z zarządzeniem nr XX/2025.", "XX/2025"),
])
def test_a_label_and_a_note_beside_a_title_stay_gaps(new, gap):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


# --- 29: the minutes record a matter still open ----------------------------------------------------------------------

@pytest.mark.parametrize("edit", [
    (MINUTES_LINE, MINUTES, "Termin kolejnego spotkania (do ustalenia) zostanie przekazany mieszkańcom."),
    (400, "termin: na bieżąco", "termin: do ustalenia"),
    (399, "odpowiedzialny: Rada Osiedla Wrzosowisko", "odpowiedzialny: do ustalenia"),
])
def test_an_open_matter_in_the_minutes_is_no_gap(edit):
    """Finding 29 of rev-msg20: „(do ustalenia)” in the minutes records what is undecided – the officer has nothing to
    fill in."""
    _silent(_check(edit), edit[0], _GAP)


def test_a_note_in_the_minutes_and_an_open_matter_in_the_plan_stay_gaps():
    report = _check((MINUTES_LINE, MINUTES, "Termin kolejnego spotkania (do uzupełnienia)."))
    assert _warned(report, MINUTES_LINE, f"pole zawiera „(do uzupełnienia)” – {_GAP}"), report.warnings
    report = _check((282, _NOTICES, "Ogłoszenia w parafii (do ustalenia)."))
    assert _warned(report, 282, f"pole zawiera „(do ustalenia)” – {_GAP}"), report.warnings


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


# --- 16: a field indented one space less than the fields beside it ---------------------------------------------------

@pytest.mark.parametrize("edit, told", [
    ((144, "    partnerzy:", "   partnerzy:"), (144, 4, "pole „partnerzy” ma mniejsze wcięcie (3 spacje) niż pole „termin” "
                                                  "tej samej grupy w wierszu 142 (4 spacje)")),
    ((138, "    opis: >-", "   opis: >-"), (138, 4, "pole „opis” ma mniejsze wcięcie (3 spacje) niż pole „id” tej samej "
                                            "grupy w wierszu 137 (4 spacje)")),
])
def test_a_field_one_space_short_is_told_to_be_aligned(edit, told):
    """Finding 16 of rev-msg20: „   partnerzy: [rada-osiedla]” (one space short) was told „wartość zaczyna się od
    znaku „[” … ujmij całą wartość w cudzysłów” – quoting leaves the indentation wrong."""
    errors = _errors(_check(edit))
    assert len(errors) == 1 and errors[0][:2] == told[:2] and told[2] in errors[0][2], errors
    assert "dodaj 1 spację przed" in errors[0][2] and "cudzysłów" not in errors[0][2], errors


def test_two_spaces_after_an_items_dash_are_told_at_the_dash():
    errors = _errors(_check((137, "  - id:", "  -  id:")))
    assert len(errors) == 1 and errors[0][0] == 138, errors
    assert "po „-” w wierszu 137 stoją 2 spacje – zostaw jedną" in errors[0][2], errors


# --- 17: a list's first item on its field's line ----------------------------------------------------------------------

@pytest.mark.parametrize("edit, name, first", [
    ([(103, "  miejsca:", "  miejsca: ul. Klonowa 12"), (104, "    - ul. Klonowa 12 (rejon sklepu spożywczo-monopolowego)",
                                                           "")], "miejsca", "ul. Klonowa 12"),
    ([(352, "    porzadek:", "    porzadek: Otwarcie spotkania."), (353, "      - Otwarcie spotkania i przedstawienie "
                                                                     "uczestników.", "")], "porzadek", "Otwarcie spotkania."),
])
def test_a_lists_first_item_on_the_fields_line_is_told_to_go_under_it(edit, name, first):
    """Finding 17 of rev-msg20: „miejsca: ul. Jaśminowa” over „- ul. Wiosenna” was told „pole „miejsca” to jeden tekst,
    nie lista … usuń myślnik” – it is a list, and deleting the dashes glues the places into one text."""
    errors = _errors(_check(*edit))
    assert errors and errors[0][0] == edit[0][0], errors
    assert f"pole „{name}” to lista, a jej pierwszy element („{first}”) stoi w wierszu pola" in errors[0][2], errors
    assert "jeden tekst, nie lista" not in errors[0][2], errors


# --- 18: a baseline written with its year first ----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2024 r. – 9 zgłoszeń", "w 2024 r. – 9", "2024 roku, 9"])
def test_a_baselines_year_is_not_offered_as_its_count(value):
    """Finding 18 of rev-msg20: „2024 r. – 9 zgłoszeń” was told „wpisz samą liczbę: 2024” – a wrong plan that then
    passes."""
    errors = _errors(_check((122, "wartosc_wyjsciowa: 9", f"wartosc_wyjsciowa: {value}")))
    assert len(errors) == 1 and "wpisz samą liczbę: 9 (" in errors[0][2], errors
    assert "rok przenieś do komentarza" in errors[0][2], errors


def test_a_year_alone_is_offered_as_no_count():
    errors = _errors(_check((122, "wartosc_wyjsciowa: 9", "wartosc_wyjsciowa: 2024 r.")))
    assert len(errors) == 1 and "wpisz samą liczbę" not in errors[0][2], errors


# --- 19: a note in square or curly brackets on a line of its own ------------------------------------------------------

@pytest.mark.parametrize("edit, told", [
    ((31, "  telefon: 47 855 10 00", "  [DO UZUPEŁNIENIA]\n  telefon: 47 855 10 00"), (31, 3)),
    ((49, "    plec: K", "    plec: K\n    [sprawdzić funkcję]"), (50, 5)),
    ((49, "    plec: K", "    plec: K\n    {sprawdzić funkcję}"), (50, 5)),
])
def test_a_note_in_brackets_between_fields_is_told_at_its_line(edit, told):
    """Finding 19 of rev-msg20: „[DO UZUPEŁNIENIA]” on a line between fields was told at the NEXT line as „brak
    dwukropka po nazwie pola” – that line has its colon."""
    errors = _errors(_check(edit))
    assert len(errors) == 1 and errors[0][:2] == told, errors
    assert "ten wiersz nie jest polem („nazwa: wartość”) – jeśli to uwaga (komentarz), zacznij go od „#”" in errors[0][2]


# --- 26: a value repeating its field's label from a form ---------------------------------------------------------------

@pytest.mark.parametrize("edit, label, fix", [
    ((48, "imie_nazwisko: Anna Zmyślona", "imie_nazwisko: Imię i nazwisko: Anna Zmyślona"), "Imię i nazwisko:",
     "imie_nazwisko: Anna Zmyślona"),
    ((33, "miejscowosc: Wrzosogród", "miejscowosc: Miejscowość: Wrzosogród"), "Miejscowość:", "miejscowosc: Wrzosogród"),
    ((51, "telefon: 47 855 10 13", "telefon: tel.: 47 855 10 13"), "tel.:", "telefon: 47 855 10 13"),
])
def test_a_forms_label_before_the_value_is_told_to_be_deleted_not_quoted(edit, label, fix):
    """Finding 26 of rev-msg20: „imie_nazwisko: Imię i nazwisko: Marek Przykładowy” was told to be quoted – the
    letter then printed „Imię i nazwisko: …” in the signature."""
    errors = _errors(_check(edit))
    assert len(errors) == 1 and errors[0][0] == edit[0], errors
    assert f"przed wartością stoi „{label}” – nazwa pola" in errors[0][2] and f"usuń je: {fix}" in errors[0][2], errors
    assert "cudzysłów" not in errors[0][2], errors


@pytest.mark.parametrize("edit, label", [
    ((48, "imie_nazwisko: Anna Zmyślona", 'imie_nazwisko: "Imię i nazwisko: Anna Zmyślona"'), "Imię i nazwisko:"),
    ((33, "miejscowosc: Wrzosogród", 'miejscowosc: "Miejscowość: Wrzosogród"'), "Miejscowość:"),
])
def test_a_quoted_forms_label_is_warned(edit, label):
    report = _check(edit)
    assert _warned(report, edit[0], f"przed wartością stoi „{label}”"), report.warnings


def test_a_text_with_a_colon_is_still_told_to_be_quoted():
    errors = _errors(_check((33, "miejscowosc: Wrzosogród", "miejscowosc: Uwaga: Wrzosogród")))
    assert errors and "przed wartością stoi" not in errors[0][2], errors


# --- 27: an unknown field's suggestion is never a field the group already has -------------------------------------------

LECZNA = WRZOSOGROD.parent / "leczna-rejon-3-2025.yaml"


def _leczna(line: int, old: str, new: str):
    """pismo's check of the Łęczna example with one line changed."""
    from pismo import api

    lines = LECZNA.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return api.check("\n".join(lines), name="sprawa.yaml")


@pytest.mark.parametrize("name", ["godzina zakończenia", "godzina_do", "do_godziny"])
def test_an_end_hours_misspelt_name_is_not_offered_the_start_hour(name):
    """Finding 27 of rev-msg20: „godzina zakończenia:” under „godzina:” was asked „czy chodziło o „godzina”?” – a second
    „godzina:” in the same meeting."""
    errors = _errors(_leczna(280, "godzina_zakonczenia:", f"{name}:"))
    assert len(errors) == 1 and f"nieznane pole „{name}” – czy chodziło o „godzina_zakonczenia”?" in errors[0][2], errors


# --- 3, 4: a salutation in quotes, with its adjective's ending slipped, with a space before its comma ----------------------

SALUTATION = "powitanie: Szanowny Panie Komendancie,"


@pytest.mark.parametrize("new, told", [
    ("powitanie: „Szanowny Panie Komendancie,”", "zwrot grzecznościowy stoi w cudzysłowie, a pismo wydrukowałoby go razem "
                                                 "z nim – usuń cudzysłów: Szanowny Panie Komendancie,"),  # 3
    ("powitanie: „Szanowny Panie Komendancie”", "usuń cudzysłów: Szanowny Panie Komendancie,"),
    ("powitanie: Szanowna Panie Komendancie,", "„Szanowna” nie pasuje do „Panie” – wpisz „Szanowny Panie Komendancie,”"),
    ("powitanie: Szanowny Panie Komendancie ,", "przed „,” na końcu zwrotu stoi spacja – usuń ją: „Szanowny Panie "
                                                "Komendancie,”"),
])
def test_a_salutations_slip_is_told_with_the_right_fix(new, told):
    """Findings 3 and 4 of rev-msg20: „„Szanowny Panie Komendancie,”” was told it lacks a comma and offered
    „„Szanowny Panie Komendancie,”,”; „Szanowna Panie Komendancie,” to a man was told „jest do kobiety … albo pole
    plec” – the title says whom."""
    report = _check((230, SALUTATION, new))
    assert _warned(report, 230, told), report.warnings
    assert not _warned(report, 230, "nie kończy się przecinkiem") and not _warned(report, 230, "albo pole plec"), \
        report.warnings


# --- 9: a Polish opening quote closed with a straight one -----------------------------------------------------------------

def test_a_polish_quote_closed_straight_is_told_to_change_the_closer():
    """Finding 9 of rev-msg20: „Klonowa 10" (Notepad's straight closer) was told „cudzysłów otwierający bez
    zamykającego – dopisz go” – following it printed „Klonowa 10"”."""
    report = _check((255, "„Klonowa 10”", "„Klonowa 10\""))
    told = [(w.line, w.column, w.message) for w in report.warnings if w.line == 255]
    assert told == [(255, 52, "cudzysłów otwarty znakiem „„” zamyka prosty znak „\"” („„Klonowa 10\"”) – zamień go na "
                              "„””: „Klonowa 10”")], report.warnings


# --- 21: a form's label beside the officer's name in other shapes ------------------------------------------------------------

@pytest.mark.parametrize("name, told", [
    ("Anna Zmyślona (imię, nazwisko)", "po imieniu i nazwisku stoi opis pola „(imię, nazwisko)” z formularza"),
    ("Anna Zmyślona – imię i nazwisko", "po imieniu i nazwisku stoi opis pola „imię i nazwisko” z formularza"),
    ("(imię i nazwisko) Anna Zmyślona", "przed imieniem i nazwiskiem stoi opis pola „(imię i nazwisko)” z formularza"),
])
def test_a_forms_label_beside_the_name_is_told_as_a_label(name, told):
    """Finding 21 of rev-msg20: „(imię, nazwisko)” was cut at its comma („zostaw „Marek Przykładowy (imię””), „– imię i
    nazwisko” was called a function, a label before the name was said to stand after it."""
    report = _check((48, "imie_nazwisko: Anna Zmyślona", f"imie_nazwisko: {name}"))
    assert _warned(report, 48, told), report.warnings
    assert not _warned(report, 48, "stoi funkcja"), report.warnings


# --- 14, 25: a partner's name or „none” in the list of partners, in other shapes ----------------------------------------------

PARTNERS = "partnerzy: [rada-osiedla]"
RADA = "Rada Osiedla Bobrowniki w Łęcznej"


@pytest.mark.parametrize("new, told", [
    (f"partnerzy: [{RADA}]", "wpisz identyfikator partnera z sekcji partnerzy, nie jego nazwę – rada-osiedla"),
    (f"partnerzy: [urzad-miejski, {RADA}]", "nie jego nazwę – rada-osiedla"),
    ("partnerzy: Rada Osiedla", "nie jego nazwę – [rada-osiedla]"),  # the name's clear start
    (f"partnerzy: {RADA}, Urząd Miejski w Łęcznej", "wpisz identyfikatory partnerów z sekcji partnerzy, nie ich nazwy – "
                                                    "[rada-osiedla, urzad-miejski]"),
    ("partnerzy: [brak]", "jeśli nie ma partnerów, usuń to pole (albo wpisz []) – „brak”"),  # 25
    ("partnerzy: 0", "jeśli nie ma partnerów, usuń to pole (albo wpisz []) – „0”"),
    ("partnerzy: [-]", "jeśli nie ma partnerów, usuń to pole (albo wpisz []) – „-”"),
    ("partnerzy: brak (w tym etapie)", "jeśli nie ma partnerów, usuń to pole (albo wpisz [])"),
    ("partnerzy:", "pole jest puste – jeśli nie ma partnerów, usuń je (albo wpisz [])"),
])
def test_a_partners_name_or_none_in_the_list_is_told_what_to_write(new, told):
    """Findings 14 and 25 of rev-msg20: a partner's name inside the brackets was told „zawiera znak „R””, two names or
    a name's start „oczekiwano listy”; „[brak]”, „0”, an empty field, „[-]” were not told to leave the field out."""
    errors = _errors(_leczna(138, PARTNERS, new))
    assert len(errors) == 1 and errors[0][0] == 138 and told in errors[0][2], errors


def test_a_name_that_opens_two_partners_names_is_no_id():
    errors = _errors(_leczna(138, PARTNERS, "partnerzy: [Spółdzielnia]"))
    assert errors and "nie jego nazwę" not in errors[0][2], errors


# --- 6, 10, 11, 22: a note with a noun before „do ustalenia”, „(do wpisania)”, a note verb with words, „Uwaga: sprawdzić” ----

@pytest.mark.parametrize("new, gap", [
    ("Ogłoszenia w parafii (termin do ustalenia).", "(termin do ustalenia)"),  # 6
    ("Ogłoszenia w parafii [termin do ustalenia z proboszczem].", "[termin do ustalenia z proboszczem]"),
    ("Spotkanie (data i godzina do ustalenia) z mieszkańcami.", "(data i godzina do ustalenia)"),
    ("Ogłoszenia w parafii (do ustalenia godziny z proboszczem).", "(do ustalenia godziny z proboszczem)"),
    ("Ogłoszenia w parafii – termin do ustalenia.", "– termin do ustalenia."),
    ("Ogłoszenia w parafii – DO USTALENIA.", "– DO USTALENIA."),
    ("Za pośrednictwem lokalnych mediów (do wpisania).", "(do wpisania)"),  # 10
    ("Za pośrednictwem lokalnych mediów (do zmiany).", "(do zmiany)"),
    ("Za pośrednictwem lokalnych mediów (sprawdzić, czy Radio Lublin się zgodzi).",  # 11
     "(sprawdzić, czy Radio Lublin się zgodzi)"),
    ("Za pośrednictwem lokalnych mediów – sprawdzić z rzecznikiem.", "– sprawdzić z rzecznikiem."),
    ("Za pośrednictwem lokalnych mediów. Do uzupełnienia.", "Do uzupełnienia."),
    ("Za pośrednictwem lokalnych mediów. Uzupełnić!", "Uzupełnić!"),
    ('"Za pośrednictwem lokalnych mediów. Uwaga: sprawdzić nazwy gazet."', "Uwaga: sprawdzić"),  # 22
    ("Za pośrednictwem lokalnych mediów. Uwaga – sprawdzić nazwy gazet.", "Uwaga – sprawdzić"),
])
def test_a_working_note_in_other_shapes_is_a_gap(new, gap):
    """Findings 6, 10, 11 and 22 of rev-msg20: a noun before „do ustalenia”, „(do wpisania)”, a note's verb with words
    after it or as the last sentence, „Uwaga: sprawdzić” passed into the plan."""
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


@pytest.mark.parametrize("new", [
    "Kampania „Sprawdź, zanim otworzysz” [ulotki do uzupełnienia przez partnerów o ich dane].",
    "Ankieta dla mieszkańców (do wypełnienia przez rodziców).",
    "Czynności prowadzone do ustalenia sprawcy (do potwierdzenia tożsamości).",
    "Ogłoszenia w parafii – do uzgodnienia z proboszczem terminy mszy i ogłoszeń w kolejnych tygodniach.",
])
def test_a_texts_own_do_phrase_stays_no_gap(new):
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


@pytest.mark.parametrize("new", [
    "Termin kolejnego spotkania (termin do ustalenia) zostanie przekazany mieszkańcom.",
    "Przewodnicząca poprosiła, by sprawdzić oświetlenie (uzgodnić z ZGK).",
])
def test_an_open_matter_in_other_shapes_in_the_minutes_is_no_gap(new):
    _silent(_check((MINUTES_LINE, MINUTES, new)), MINUTES_LINE, _GAP)


def test_a_note_after_uwaga_unquoted_is_told_as_a_note_not_to_be_quoted():
    """Finding 22 of rev-msg20: „… mediów. Uwaga: sprawdzić.” was told only to be quoted – then it passed."""
    errors = _errors(_check((282, _NOTICES, "Ogłoszenia na tablicach. Uwaga: sprawdzić.")))
    assert len(errors) == 1 and "tekst zawiera uwagę dla siebie („Uwaga: sprawdzić”) – usuń ją" in errors[0][2], errors


# --- 20: a text deadline whose one end has no year in figures ------------------------------------------------------------------

@pytest.mark.parametrize("text, fields", [
    ("od 1.03 do 31.05.2026", "od: 2026-03-01 / do: 2026-05-31"),
    ("od 01.03. do 31.05.2026", "od: 2026-03-01 / do: 2026-05-31"),
    ("01.03 – 31.05.2026", "od: 2026-03-01 / do: 2026-05-31"),
    ("1.03–31.05.2026", "od: 2026-03-01 / do: 2026-05-31"),
    ("od 1 do 31 maja 2026", "od: 2026-05-01 / do: 2026-05-31"),
    ("od 15.03.2026 do 15.04.", "od: 2026-03-15 / do: 2026-04-15"),
])
def test_a_deadlines_yearless_end_keeps_both_ends(text, fields):
    """Finding 20 of rev-msg20: „od 1.07 do 31.12.2025” was told to become only „do: 2025-12-31” – a period turned into
    a deadline; „od 15.12.2025 do 15.01.” offered its start as the deadline."""
    report = _check((142, "termin:", f"termin: {text}"), (143, "do: 2026-03-31", "# do: 2026-03-31"))
    assert _warned(report, 142, f"termin: / {fields} (tekst zostaw"), report.warnings


def test_an_hour_beside_a_date_is_no_day():
    report = _check((142, "termin:", "termin: 15.04.2026, godz. 9.05"), (143, "do: 2026-03-31", "# do: 2026-03-31"))
    assert _warned(report, 142, "termin: / do: 2026-04-15 (tekst zostaw"), report.warnings


# --- 15: two fields on one line whatever parts them ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (36, "telefon: 47 811 00 33", "telefon: 47 811 00 33\temail: dzielnicowy3@leczna.example.pl",
     "dwa pola w jednym wierszu – „email: dzielnicowy3@leczna.example.pl” wpisz w osobnym wierszu pod „telefon:”"),
    (36, "telefon: 47 811 00 33", "telefon: 47 811 00 33 e-mail: dzielnicowy3@leczna.example.pl",
     "dwa pola w jednym wierszu – „email: dzielnicowy3@leczna.example.pl” wpisz w osobnym wierszu pod „telefon:”"),
    (279, 'godzina: "17:00"', 'godzina: "17:00" godzina_zakonczenia: "18:30"',
     "dwa pola w jednym wierszu – „godzina_zakonczenia: \"18:30\"” wpisz w osobnym wierszu pod „godzina:”"),
    (63, "od: 2025-07-01", "od: 2025-07-01 – do: 2025-12-31", "z tym samym wcięciem: od: 2025-07-01 / do: 2025-12-31 ("),
    (116, "termin:", "termin: do: 2025-07-31", "pole „do” wpisz w osobnym wierszu pod „termin:”"),
])
def test_two_fields_on_one_line_are_told_whatever_parts_them(line, old, new, told):
    """Finding 15 of rev-msg20: a tab, a closing quote, „–” or a group's key before the second field got „ujmij w
    cudzysłów” – quoting put the e-mail into the phone or the end hour into the start."""
    lines = LECZNA.read_text(encoding="utf-8").split("\n")
    if line == 116:  # the group's own field moves up to its line
        lines[116] = ""
    report = _leczna_text("\n".join(lines), line, old, new)
    errors = _errors(report)
    assert len(errors) == 1 and errors[0][0] == line and told in errors[0][2], errors
    assert "ujmij w cudzysłów" not in errors[0][2], errors


def _leczna_text(text: str, line: int, old: str, new: str):
    from pismo import api

    lines = text.split("\n")
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return api.check("\n".join(lines), name="sprawa.yaml")


# --- 8: bounds, ranges with a unit, a rate and a number in words in an indicator ------------------------------------------------

@pytest.mark.parametrize("value, told", [
    ("do 7", "„do 7” to porównanie, a pole przyjmuje jedną liczbę – wpisz samą liczbę: 7; jeśli cel ma zostać słowami, "
             "wpisz go w polu docelowo (np. docelowo: do 7)"),
    ("7 lub mniej", "„7 lub mniej” to porównanie, a pole przyjmuje jedną liczbę – wpisz samą liczbę: 7; jeśli cel ma "
                    "zostać słowami, wpisz go w polu docelowo (np. docelowo: najwyżej 7)"),
    ("7-8 zgłoszeń", "„7-8 zgłoszeń” to przedział, a pole przyjmuje jedną liczbę – wybierz jedną (np. 8); przedział wpisz "
                     "słowami w polu docelowo (np. docelowo: od 7 do 8)"),
    ("7 / rok", "wpisz samą liczbę: 7 (zamiast „7 / rok” – pole przyjmuje tylko liczbę); okres wpisz w polu jednostka"),
    ("siedem", "wpisz liczbę cyframi: 7 (zamiast „siedem”)"),
])
def test_a_targets_bound_range_rate_or_word_is_told_what_to_write(value, told):
    """Finding 8 of rev-msg20: „do 7”, „7-8 zgłoszeń”, „7 / rok”, „siedem” got „oczekiwano liczby, a jest tekst”;
    „7 lub mniej” lost its bound without the docelowo advice."""
    errors = _errors(_check((123, "wartosc_docelowa: 7", f"wartosc_docelowa: {value}")))
    assert len(errors) == 1 and told in errors[0][2], errors


# --- 23: Word's broken-reference text and a footnote's mark ------------------------------------------------------------------------

@pytest.mark.parametrize("new, told", [
    ("Ogłoszenia na tablicach (zob. Błąd! Nie można odnaleźć źródła odsyłacza.).",
     "„Błąd! Nie można odnaleźć źródła odsyłacza.” to komunikat Worda o zepsutym odsyłaczu"),
    ("Ogłoszenia na tablicach (zob. Błąd! Nie zdefiniowano zakładki.).", "„Błąd! Nie zdefiniowano zakładki.” to komunikat"),
    ("Ogłoszenia na tablicach osiedlowych.[1]", "„[1]” po słowie to znak przypisu z Worda"),
    ("Ogłoszenia na tablicach osiedlowych¹.", "„¹” po słowie to znak przypisu z Worda"),
])
def test_words_leftovers_are_warned(new, told):
    """Finding 23 of rev-msg20: Word's „Błąd! Nie można odnaleźć źródła odsyłacza.” and a footnote's „[1]”, „¹” passed
    into the plan."""
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, told), report.warnings


@pytest.mark.parametrize("new", ["Plac zabaw o powierzchni 120 m² przy ul. Lipowej.", "Zgodnie z pkt [1] regulaminu.",
                                 "Błąd! – tak mieszkańcy nazwali akcję."])
def test_a_units_power_and_a_texts_reference_are_no_word_leftovers(new):
    report = _check((282, _NOTICES, new))
    assert not _warned(report, 282, "przypisu") and not _warned(report, 282, "komunikat Worda"), report.warnings


# --- 12: the „0048” prefix and the old trunk zero ------------------------------------------------------------------------------------

@pytest.mark.parametrize("phone, told", [
    ("0048 47 855 10 13", "numer telefonu zaczyna się od „0048” – w piśmie numer kierunkowy Polski pisze się „+48”; wpisz "
                          "+48 47 855 10 13"),
    ("(0-47) 855 10 13", "numer telefonu zaczyna się od zera przed numerem kierunkowym – od 2005 r. polskie numery "
                         "wybiera się bez niego; wpisz 47 855 10 13"),
])
def test_a_phones_old_prefixes_are_told(phone, told):
    """Finding 12 of rev-msg20: „0048 47 …” and „(0-47) …” passed and printed in every letterhead."""
    report = _check((51, "47 855 10 13", phone))
    assert _warned(report, 51, told), report.warnings


# --- 5: a date field's date with the field's own „do”, a weekday, „bieżącego roku”, a day the month has not ------------------------

@pytest.mark.parametrize("value, told", [
    ("do 31.03.2026", "usuń „do” – pole samo znaczy „do”; datę „31.03.2026” wpisz w postaci RRRR-MM-DD (rok-miesiąc-dzień), "
                      "tak jak czyta ją program: do: 2026-03-31"),
    ("31.04.2026", "data „31.04.2026” nie istnieje – kwiecień ma 30 dni; sprawdź dzień i miesiąc"),
    ("31 kwietnia", "data „31 kwietnia” nie istnieje – kwiecień ma 30 dni"),
    ("31 marca bieżącego roku", "do: 2026-03-31 (roku nie podano"),
    ("31 marca (wtorek)", "do: 2026-03-31 (roku nie podano"),
])
def test_a_date_fields_date_with_words_is_told_converted(value, told):
    """Finding 5 of rev-msg20: „do 31.07.2025”, „31.06.2025”, „31 czerwca”, „31 lipca bieżącego roku”, „31 lipca
    (czwartek)” in a date's field got the generic „oczekiwano daty … a jest tekst”."""
    errors = _errors(_check((143, "do: 2026-03-31", f"do: {value}")))
    assert len(errors) == 1 and told in errors[0][2], errors


# --- 13, 28: a block header glued to its text; an e-mail's arrow bullet at a list item ---------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (296, "prosba: >-", "prosba: >-rozważenie", "po „>-” (początek tekstu blokowego) nic nie wpisuj – przenieś "
                                                "„rozważenie…” do następnego wiersza"),
    (282, "  - Ogłoszenia", "  > Ogłoszenia", "punkt listy zaczyna się od „>” (punktor z e-maila) – YAML rozpoznaje punkt "
                                              "listy tylko po zwykłym łączniku „-” i spacji; wpisz „- ” zamiast „> ”"),
    (282, "  - Ogłoszenia", "  - >> Ogłoszenia", "tekst punktu zaczyna się od „>>” (punktor z e-maila) – pismo samo dodaje "
                                                 "punktory, a YAML czyta „>” jako swój znak; usuń „>> ”"),
])
def test_a_glued_header_and_an_arrow_bullet_are_told_what_they_are(line, old, new, told):
    """Findings 13 and 28 of rev-msg20: „prosba: >-rozważenie …”, „  > Ulotki …” and „- >> Ulotki …” were told to be
    quoted (printing „>-”, „>>”) or to move the text off a list item's line."""
    errors = _errors(_check((line, old, new)))
    assert len(errors) == 1 and errors[0][0] == line and told in errors[0][2], errors


# --- 4: „cyklicznie” opened with a yes ---------------------------------------------------------------------------------------------

def test_a_recurrence_opened_with_a_yes_is_told_to_drop_it():
    """Finding 4 of rev-msg20 (its lower note): „cyklicznie: tak, raz w miesiącu” printed „… tak, raz w miesiącu”."""
    report = _check((159, "cyklicznie: raz w miesiącu", "cyklicznie: tak, raz w miesiącu"))
    assert _warned(report, 159, "zaczyna się od odpowiedzi „tak” – pismo wydrukowałoby ją w rytmie działania; usuń ją: "
                                "cyklicznie: raz w miesiącu"), report.warnings


# --- 15 (its lower notes): a quoted phone with the e-mail after it; the period's end on its start's line -------------------------

def test_an_email_after_a_quoted_phone_is_told_to_go_to_its_field():
    """Finding 15 of rev-msg20: „"47 855 10 13⇥email: …"” was told „wpisz: 47 855 10 13” – the e-mail simply dropped."""
    errors = _errors(_check((51, "47 855 10 13", '"47 855 10 13\temail: dzielnicowa@wrzosogrod.example.pl"')))
    assert errors and "adres wpisz w osobnym wierszu w polu email: dzielnicowa@wrzosogrod.example.pl" in errors[0][2], errors


def test_the_periods_end_on_its_starts_line_is_told_to_go_under_it():
    errors = _errors(_check((80, "od: 2026-03-01", "od: 2026-03-01 do 2026-08-31"), (81, "do: 2026-08-31", "")))
    assert any("„do” wpisz w osobnym wierszu pod „od:”, z tym samym wcięciem: od: 2026-03-01 / do: 2026-08-31" in e[2]
               for e in errors), errors


def test_an_english_pair_of_quotes_is_told_the_polish_opener():
    """Finding 9 of rev-msg20 (its lower note): „“Klonowa 10”” passed and printed English quotes in a Polish letter."""
    report = _check((255, "„Klonowa 10”", "“Klonowa 10”"))
    assert _warned(report, 255, "„“Klonowa 10”” to cudzysłów angielski – po polsku otwiera go znak „„”: „Klonowa 10”"), \
        report.warnings
