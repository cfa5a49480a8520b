"""The case file's messages: the seventeenth messages review (rev-msg17) of issue 17. Each case is the Wrzosogród
example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited

_GAP = "to wygląda na miejsce do uzupełnienia"
_NOTICES = "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko."


def _warned(report, line: int, words: str) -> list[str]:
    """The warnings holding those words, told at that line or a line or two above (the field's key)."""
    return [w.message for w in report.warnings if line - 3 <= w.line <= line and words in w.message]


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _silent(report, line: int, words: str) -> None:
    assert not _errors(report), _errors(report)
    assert not _warned(report, line, words), report.warnings


# --- 1, 2: an editor's mark, a label or an aside in brackets, a question's „???”, „N.N.” in a text ------------------

@pytest.mark.parametrize("line, old, new", [
    (282, "Wrzosowisko.", "Wrzosowisko [sic]."),
    (282, "Wrzosowisko.", "Wrzosowisko [red.] i prasy [przyp. aut.]."),
    (282, "Wrzosowisko.", "Wrzosowisko, zgodnie z ustawą [t.j.] oraz [uchylony] przepisem."),
    (282, "Wrzosowisko.", "Wrzosowisko [w załączeniu wzór]."),
    (282, "Wrzosowisko.", "Wrzosowisko (zakładka [aktualności])."),
    (497, "wartości 9.", "wartości 9 [sic!]."),
    (384, "zaproponował", "odczytał pismo: „[…] prosimy o interwencję [sic!]” i zaproponował"),
    (384, "Przedstawiciel wspólnoty", "Mieszkaniec (N.N., nie podał nazwiska) i przedstawiciel wspólnoty"),
    (89, "przy ul. Lipowej", "przy ul. Lipowej (sprawca N.N.)"),
    (282, _NOTICES, "'Ulotki: „Co zrobić, gdy ktoś dzwoni jako wnuczek???”'"),
    (497, "wartości 9.", "wartości 9. Mieszkańcy pytali: „Kiedy ktoś zrobi z tym porządek??”"),
    (282, "Wrzosowisko.", "Wrzosowisko, zgodnie z ustawą o Policji [art. 14]."),
    (282, "Wrzosowisko.", "Wrzosowisko (link w stopce)."),
    (282, "Wrzosowisko.", "Wrzosowisko, www.wrzosogrod.example.pl/plan_dzialania."),
])
def test_an_editors_mark_a_label_or_a_question_is_no_gap(line, old, new):
    """Findings 1 and 2 of rev-msg17: „[sic]”, „[red.]”, „[t.j.]”, „[aktualności]”, „N.N.” of a resident who gave no
    name and a quoted „wnuczek???” were told as places to fill in."""
    report = _check((line, old, new))
    _silent(report, line, _GAP)


@pytest.mark.parametrize("line, old, new, gap", [
    (282, "Wrzosowisko.", "Wrzosowisko [nr tablicy].", "[nr tablicy]"),
    (282, "Wrzosowisko.", "Wrzosowisko [sprawdzić!].", "[sprawdzić!]"),
    (282, "Wrzosowisko.", "Wrzosowisko, strona [link].", "[link]"),
    (282, "Wrzosowisko.", "Wrzosowisko (???).", "???"),
    (208, "Ewa Fikcyjna", "N.N.", "N.N."),
    (208, "Ewa Fikcyjna", "Ewa N.N.", "N.N."),
])
def test_a_hint_in_brackets_a_lone_question_and_nn_in_a_name_are_still_gaps(line, old, new, gap):
    report = _check((line, old, new))
    assert _warned(report, line, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


# --- 5, 16: underscores, a note to oneself, a hint in capitals or in braces -----------------------------------------

@pytest.mark.parametrize("line, old, new, gap", [
    (309, "PR-RD-0151-13/26", "PR-RD-0151-__/26", "PR-RD-0151-__/26"),
    (309, "PR-RD-0151-13/26", "PR-RD-0151-_/26", "PR-RD-0151-_/26"),
    (335, "1/2026", "__/2026", "__/2026"),
    (282, "Wrzosowisko.", "Wrzosowisko przy ul. Lipowej __ (naprzeciw szkoły).", "__"),
    (282, "Wrzosowisko.", "Wrzosowisko (uzupełnić).", "(uzupełnić)"),
    (282, "Wrzosowisko.", "Wrzosowisko – uzupełnić!", "– uzupełnić!"),
    (282, "Wrzosowisko.", "Wrzosowisko (wpisać adres).", "(wpisać adres)"),
    (282, "Wrzosowisko.", "Wrzosowisko [WPISAĆ ADRES].", "[WPISAĆ ADRES]"),
    (282, "Wrzosowisko.", "Wrzosowisko [NR].", "[NR]"),
    (282, "Wrzosowisko.", "Wrzosowisko {{adres}}.", "{{adres}}"),
    (282, "Wrzosowisko.", "Wrzosowisko SPRAWDZIĆ.", "SPRAWDZIĆ"),
    (282, "Wrzosowisko.", "Wrzosowisko (do sprawdzenia przez wydział).", "(do sprawdzenia przez wydział)"),
])
def test_underscores_and_notes_to_oneself_are_gaps(line, old, new, gap):
    """Findings 5 and 16 of rev-msg17: „PR-ZD-0151-__/25”, „__/2025”, „(uzupełnić)”, „[WPISAĆ ADRES]”, „{{adres}}”
    passed silently into the letters."""
    report = _check((line, old, new))
    assert _warned(report, line, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


@pytest.mark.parametrize("line, old, new", [
    (282, "Wrzosowisko.", "Wrzosowisko, e-mail rada_osiedla@wrzosogrod.example.pl."),
    (282, "Wrzosowisko.", "Wrzosowisko (sprawdź, kto dzwoni, zanim otworzysz)."),
    (282, "Wrzosowisko.", "Wrzosowisko – ZADZWOŃ, SPRAWDŹ!"),
    (282, "Wrzosowisko.", "Wrzosowisko w sprawach do ustalenia na zebraniach."),
    (398, "Przekazywanie dzielnicowej zgłoszeń mieszkańców.", "Stan oświetlenia placu – sprawdzić i naprawić."),
    (398, "Przekazywanie dzielnicowej zgłoszeń mieszkańców.", "Spotkanie z zarządem (ustalić termin z radą)."),
])
def test_an_address_an_imperative_or_a_findings_task_is_no_gap(line, old, new):
    report = _check((line, old, new))
    _silent(report, line, _GAP)


# --- 3: an ordinal with its dot opening one item ----------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (353, "- Otwarcie spotkania", "- 2. Pułk Saperów – pokaz sprzętu. Otwarcie spotkania"),
    (353, "- Otwarcie spotkania", "- 3. Maja – obchody święta. Otwarcie spotkania"),
    (105, "- plac zabaw przy ul. Lipowej", "- 1. Armii Wojska Polskiego (skrzyżowanie)"),
])
def test_an_ordinal_opening_one_item_is_no_word_number(line, old, new):
    """Finding 3 of rev-msg17: „2. Pułk Saperów”, „1. Armii Wojska Polskiego” were told as Word's numbering, and
    removing the „2.” would print a wrong name."""
    report = _check((line, old, new))
    _silent(report, line, "punktor albo numer wklejony z Worda")


@pytest.mark.parametrize("edits, line", [
    (((353, "- Otwarcie", "- 1. Otwarcie"),), 353),
    (((354, "- Przedstawienie", "- 2. Przedstawienie"), (355, "- Uwagi", "- 3. Uwagi")), 354),
    (((353, "- Otwarcie", "- 1) Otwarcie"),), 353),
    (((354, "- Przedstawienie", "- b) Przedstawienie"),), 354),
])
def test_word_numbering_running_over_the_items_is_still_warned(edits, line):
    report = _check(*edits)
    assert _warned(report, line, "(punktor albo numer wklejony z Worda)"), report.warnings


# --- 7: an ellipsis in a quotation or before the sentence goes on ------------------------------------------------------

@pytest.mark.parametrize("new", ["Hasło „Zanim otworzysz … pomyśl” na plakatach.", "Ogłoszenia w mediach ... i nie tylko.",
                                 '"Cytat z ulotki: „Nie otwieraj drzwi nieznajomym … zadzwoń pod 112”."'])
def test_an_ellipsis_in_a_quotation_or_a_pause_is_no_skeleton_hint(new):
    """Finding 7 of rev-msg17: a pause „…” in the officer's own sentence was told as a hint left from the skeleton."""
    report = _check((282, _NOTICES, new))
    _silent(report, 282, "wskazówka ze szkieletu")


@pytest.mark.parametrize("new", ["Wrzosowisko w …", "Wrzosowisko, ul. … nr 5.", "Wrzosowisko od … do …"])
def test_the_skeletons_ellipsis_is_still_a_hint(new):
    """In an officer's longer sentence the ellipsis is told as the officer's own gap, at its place (rev-msg18 #9)."""
    report = _check((282, "Wrzosowisko.", new))
    assert _warned(report, 282, f"pole zawiera „…” – {_GAP}"), report.warnings


# --- 11: a PESEL, a term of office, an address in a name -------------------------------------------------------------

@pytest.mark.parametrize("new, told, found", [
    ("Ewa Fikcyjna, PESEL 65031212345", "numer PESEL", "PESEL 65031212345"),
    ("Ewa Fikcyjna (kadencja 2024-2029)", "liczba", "2024-2029"),
    ("Ewa Fikcyjna, ul. Lipowa 12, 99-999 Wrzosogród", "adres", "ul. Lipowa 12, 99-999 Wrzosogród"),
    ("Ewa Fikcyjna, tel. 81 111 22 33", "numer telefonu", "tel. 81 111 22 33"),
])
def test_what_a_name_never_holds_is_named_at_its_place(new, told, found):
    """Finding 11 of rev-msg17: a PESEL and „2024-2029” were called a phone number, an address passed; each was
    told at the value's start."""
    report = _check((208, "Ewa Fikcyjna", new))
    line = edited((208, "Ewa Fikcyjna", new)).split("\n")[207]
    warned = [w for w in report.warnings if f"w polu imie_nazwisko jest {told} („{found}”)" in w.message]
    assert [(w.line, w.column) for w in warned] == [(208, line.index(found) + 1)], report.warnings
    assert "numer telefonu" not in warned[0].message or told == "numer telefonu"


@pytest.mark.parametrize("new", ["Ewa Fikcyjna (SP nr 4)", "Ewa Fikcyjna-Nowak", "st. asp. Ewa Fikcyjna"])
def test_a_name_with_a_schools_number_or_a_double_surname_is_not_warned(new):
    report = _check((208, "Ewa Fikcyjna", new))
    _silent(report, 208, "w polu imie_nazwisko jest")


# --- 17: a duration with an abbreviated unit ---------------------------------------------------------------------------

@pytest.mark.parametrize("words", ["w terminie do 2 tyg.", "w terminie do 3 mies. od rozpoczęcia",
                                   "w terminie do 3 m-cy", "w terminie do 6 m-ce", "w terminie do 48 godz."])
def test_an_abbreviated_duration_is_not_a_deadline(words):
    """Finding 17 of rev-msg17: „w terminie do 2 tyg.” was told as a second deadline, quoted „w terminie do 2…”."""
    report = _check((149, "przy ul. Lipowej", f"przy ul. Lipowej, {words}"))
    _silent(report, 149, "opis zawiera „w terminie")


@pytest.mark.parametrize("words", ["w terminie do 2026 roku", "w terminie do 15.03.2026"])
def test_a_deadline_in_a_description_is_still_told(words):
    report = _check((149, "przy ul. Lipowej", f"przy ul. Lipowej, {words}"))
    assert _warned(report, 149, "opis zawiera „w terminie"), report.warnings


# --- 4: a note after a value in another language's comment --------------------------------------------------------

@pytest.mark.parametrize("line, old, new, mark", [
    (33, "Wrzosogród         # do daty", "Wrzosogród   // DANE PRZYKŁADOWE # do daty", "//"),
    (50, "nr XIII", "nr XIII   -- sprawdzić", "--"),
    (50, "nr XIII", "nr XIII <!-- zmienić -->", "<!--"),
])
def test_a_note_after_a_value_in_another_languages_comment_is_told_at_its_mark(line, old, new, mark):
    """Finding 4 of rev-msg17: „Łęczna   // DANE PRZYKŁADOWE” went into every letter's date line; only the double
    space was told."""
    report = _check((line, old, new))
    text = edited((line, old, new)).split("\n")[line - 1]
    warned = [w for w in report.warnings if f"„{mark}” po wartości wygląda na komentarz" in w.message]
    assert [(w.line, w.column) for w in warned] == [(line, text.index(mark) + 1)], report.warnings
    assert f"zamień „{mark}” na „#”" in warned[0].message
    assert not _warned(report, line, "dwie spacje obok siebie"), report.warnings


@pytest.mark.parametrize("line, old, new", [
    (282, "Wrzosowisko.", "Wrzosowisko, https://wrzosogrod.example.pl/rada."),
    (282, "Wrzosowisko.", "Wrzosowisko -- i na stronie rady."),
    (89, "przy ul. Lipowej", "przy ul. Lipowej\n    -- w szczególności wieczorem"),
])
def test_a_web_address_or_a_typed_dash_is_no_foreign_comment(line, old, new):
    report = _check((line, old, new))
    _silent(report, line + 1, "wygląda na komentarz")


# --- 8: a phone's note after the number, the country code without its „+” ---------------------------------------------

@pytest.mark.parametrize("new, told", [
    ("47 855 10 13 (sekretariat)", "po numerze stoi „(sekretariat)” – pole telefon to sam numer; wpisz: 47 855 10 13"),
    ("47 855 10 13   // DANE PRZYKŁADOWE", "po numerze stoi „// DANE PRZYKŁADOWE”"),
])
def test_a_note_after_a_phone_number_is_quoted(new, told):
    """Finding 8 of rev-msg17: „47 811 00 33 (sekretariat)” got the generic „nieprawidłowy numer telefonu”."""
    report = _check((51, "47 855 10 13", new))
    assert [m for _, _, m in _errors(report) if told in m], _errors(report)


def test_a_phone_with_the_country_code_without_its_plus_is_told_so():
    report = _check((51, "47 855 10 13", "48 600 123 456"))
    assert _warned(report, 51, "numer kierunkowy Polski bez „+”; wpisz +48 600 123 456"), report.warnings
    assert not _warned(report, 51, "numer telefonu ma 11 cyfr"), report.warnings


# --- 23: Word's bullets in the lines printed as they stand ------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, mark", [
    (29, "- ul. Wrzosowa 1", "- • ul. Wrzosowa 1", "•"),
    (212, "- Urząd Miejski", "- ❖ Urząd Miejski", "❖"),
    (50, "dzielnicowa rejonu", "• dzielnicowa rejonu", "•"),
])
def test_a_bullet_in_a_line_printed_as_it_stands_is_warned(line, old, new, mark):
    """Finding 23 of rev-msg17: „• ul. Staszica 9” in the letterhead and „❖ Rada Osiedla” in the address block passed."""
    report = _check((line, old, new))
    assert _warned(report, line, f"wiersz zaczyna się od „{mark}” (punktor albo numer wklejony z Worda)"), report.warnings


def test_numbers_running_over_a_signatures_lines_are_warned():
    report = _check((54, "- DZIELNICOWA", "- 1. DZIELNICOWA"), (55, "- KMP", "- 2. KMP"))
    assert _warned(report, 55, "wiersz zaczyna się od „2.”"), report.warnings


@pytest.mark.parametrize("line, old, new", [(214, "- Rynek 1", "- 1. piętro, Rynek 1"), (212, "- Urząd", "- I Urząd"),
                                            (50, "dzielnicowa rejonu", "I zastępca dzielnicowej rejonu")])
def test_a_floor_or_a_roman_ordinal_in_a_line_is_not_warned(line, old, new):
    report = _check((line, old, new))
    _silent(report, line, "wiersz zaczyna się od")


def _syntax(*edits) -> list[tuple[int, int, str]]:
    from pismo import api

    return [(e.line, e.column, e.message) for e in api.check(edited(*edits), name="sprawa.yaml").errors]


# --- 9: a list item that lost its „- ” ----------------------------------------------------------------------------

_LOST_DASH = "ten wiersz stoi w kolumnie punktów listy, ale nie zaczyna się od „- ” – jeśli to kolejny punkt listy, wpisz przed nim „- ”"


@pytest.mark.parametrize("edit, where", [
    ((105, "- plac zabaw", "plac zabaw"), (105, 5)),
    ((356, "- Ustalenia", "Ustalenia"), (356, 7)),
    ((355, "- Uwagi", "Uwagi"), (355, 7)),
    ((284, "- Informowanie podczas", "Informowanie podczas"), (284, 3)),
])
def test_an_item_without_its_dash_is_told_to_get_one(edit, where):
    """Finding 9 of rev-msg17: „ul. Polna” under „- ul. Wiklinowa” was told as a comment or a field, and one between
    two items as a wrapped text to append – gluing two agenda points into one."""
    errors = _syntax(edit)
    assert [e[:2] for e in errors] == [where], errors
    assert _LOST_DASH in errors[0][2]


def test_a_wrapped_line_deeper_than_the_dash_is_still_a_continuation():
    errors = _syntax((355, "- Uwagi", "  Uwagi"))
    assert errors and _LOST_DASH not in errors[0][2], errors


# --- 14: a number in quotes, with a note, a percentage ---------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (123, "7", '"7"', "liczba w cudzysłowie jest dla YAML tekstem – usuń cudzysłów i wpisz samą liczbę: 7"),
    (488, "6", "6 (stan na 31.07)", "wpisz samą liczbę: 6 (zamiast „6 (stan na 31.07)”"),
    (123, "7", "-20%", "„-20%” to zmiana w procentach, a pole przyjmuje samą liczbę"),
])
def test_a_number_in_quotes_with_a_note_or_as_a_change_is_told_what_to_write(line, old, new, told):
    """Finding 14 of rev-msg17: „"7"” was told „oczekiwano liczby, a jest tekst „7”” – the officer sees a number."""
    errors = _syntax((line, old, new))
    assert [m for _, _, m in errors if told in m], errors


# --- 18, 19: a doubled or star bullet, „&”, „%”, „`” at a value's start -------------------------------------------

@pytest.mark.parametrize("new, where, told", [
    ("- - Otwarcie", (353, 9), "punkt listy ma dwa myślniki („- - ”"),
    ("- * Otwarcie", (353, 9), "tekst zaczyna się od „*” (punktor z e-maila albo Markdownu)"),
    ("* Otwarcie", (353, 7), "punkt listy zaczyna się od „*” (punktor z e-maila albo Markdownu)"),
    ("- % Otwarcie", (353, 9), "wartość zaczyna się od znaku „%”"),
    ("- `Otwarcie", (353, 9), "odwrócony apostrof nie jest w YAML cudzysłowem"),
    ("- & Otwarcie", (353, 9), "oznacza nazwę wartości do powtórzenia"),
])
def test_a_doubled_or_star_bullet_and_a_reserved_sign_are_named(new, where, told):
    """Findings 18 and 19 of rev-msg17: „- - …” got „oczekiwano tekstu, a jest lista”, „* …” was told as a YAML
    anchor to quote (keeping the star), „%” as „np. tabulator, @ lub `”, „&” as „oznacza kotwica”."""
    text = new + " spotkania i przedstawienie uczestników." if "`" not in new else new + " spotkania.`"
    errors = _syntax((353, "- Otwarcie spotkania i przedstawienie uczestników.", text))
    assert [e[:2] for e in errors] == [where], errors
    assert told in errors[0][2], errors


def test_a_dash_glued_to_an_items_word_is_warned():
    report = _check((353, "- Otwarcie", "- -Otwarcie"))
    assert _warned(report, 353, "punkt zaczyna się od „-” (punktor albo numer wklejony z Worda)"), report.warnings


# --- 21, 15: Word's quotes do not protect a colon; the colon's place ----------------------------------------------------

@pytest.mark.parametrize("new", ["“Akcja: bezpieczny senior w mediach.”", "„Akcja: bezpieczny senior” w mediach."])
def test_a_value_in_words_quotes_with_a_colon_is_told_that_those_quotes_do_not_count(new):
    """Finding 21 of rev-msg17: a value the officer did put in Word's quotes was told „ujmij całą wartość w
    cudzysłów” (a short text is told at its start, the colon in sight)."""
    old = "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko."
    errors = _syntax((282, old, new))
    line = edited((282, old, new)).split("\n")[281]
    assert [e[:2] for e in errors] == [(282, line.index(new[0]) + 1)], errors
    assert "cudzysłów z Worda („…”, “…”) nie chroni dwukropka" in errors[0][2] and "cudzysłów prosty" in errors[0][2]


def test_a_long_text_before_a_colon_is_quoted_by_its_last_words():
    old = "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko."
    new = "Ogłoszenia " + "na tablicach osiedlowych " * 20 + "w szczególności: ulotki."
    errors = _syntax((282, old, new))
    assert [e[:2] for e in errors] == [(282, 5 + new.index(":"))], errors
    assert "po „… osiedlowych na tablicach osiedlowych w szczególności”" in errors[0][2], errors


# --- 12, 20: an id's invisible-looking character named, a single id or curly brackets for a list ---------------------

@pytest.mark.parametrize("edit, told", [
    ((154, "wspolne-patrole", "wspolne\u2011patrole"), "zawiera łącznik nierozdzielający z Worda (U+2011) zamiast zwykłego łącznika „-”"),
    ((152, "[straz-miejska]", "[straz\u2011miejska]"), "(czy chodziło o „straz-miejska”?); identyfikator może"),
    ((152, "[straz-miejska]", "[straz miejska]"), "zawiera spację (czy chodziło o „straz-miejska”?)"),
    ((152, "[straz-miejska]", "straz-miejska"), "także gdy jest jeden – ujmij go w nawiasy kwadratowe: [straz-miejska]"),
    ((152, "[straz-miejska]", "{straz-miejska}"), "nawiasy klamrowe { } oznaczają w YAML grupę pól"),
    ((152, "[straz-miejska]", "(straz-miejska)"), "nawiasy okrągłe ( ) nie tworzą w YAML listy – wpisz nawiasy kwadratowe: [straz-miejska]"),
])
def test_an_id_slip_is_told_with_its_fix(edit, told):
    """Findings 12 and 20 of rev-msg17: Word's non-breaking hyphen was quoted as „‑” (it looks allowed), a space as
    „ ”, „?;” ran two sentences together, a single id or {…} got „oczekiwano listy”."""
    errors = _syntax(edit)
    assert [m for _, _, m in errors if told in m], errors
    assert not [m for _, _, m in errors if "?;" in m or "znak „ ”" in m], errors


# --- 13: Word's levels and „Pkt 1.” at an item's start ---------------------------------------------------------------

@pytest.mark.parametrize("mark", ["1.1.", "Pkt 1.", "pkt 1)"])
def test_a_multi_level_number_or_pkt_at_an_items_start_is_warned(mark):
    """Finding 13 of rev-msg17: „1.1. Otwarcie…”, „Pkt 1. Otwarcie…” passed and were printed doubled."""
    report = _check((353, "- Otwarcie", f"- {mark} Otwarcie"))
    assert _warned(report, 353, f"punkt zaczyna się od „{mark}”"), report.warnings


def test_a_decimal_opening_an_item_is_no_number():
    report = _check((282, _NOTICES, "2.5 tys. ulotek na tablicach."))
    _silent(report, 282, "punkt zaczyna się od")


# --- 22: a date written the Polish way -----------------------------------------------------------------------------

@pytest.mark.parametrize("edit, told", [
    ((81, "2026-08-31", "31.08.2026"), "do: 2026-08-31"),
    ((80, "2026-03-01", "1 marca 2026 r."), "od: 2026-03-01"),
    ((80, "2026-03-01", "01.03.2026r"), "od: 2026-03-01"),
])
def test_a_polish_date_is_told_converted(edit, told):
    """Finding 22 of rev-msg17: „31.12.2025” got „oczekiwano daty w postaci RRRR-MM-DD” without the date converted."""
    errors = _syntax(edit)
    assert [m for _, _, m in errors if "wpisz w postaci RRRR-MM-DD" in m and told in m], errors


# --- 10, 6: the district's short forms; two bracketed lists side by side ------------------------------------------------

def test_nr_for_the_districts_numer_is_told_once_as_numer():
    """Finding 10 of rev-msg17: „nr: 3” got „brak wymaganego pola … pismo nowa” and „nieznane pole „nr””."""
    errors = _syntax((76, "  numer: XIII", "  nr: XIII"))
    assert len(errors) == 1 and "nieznane pole „nr” – czy chodziło o „numer”?" in errors[0][2], errors


def test_a_district_number_on_the_groups_line_is_told_where_it_goes():
    errors = _syntax((75, "rejon:", "rejon: XIII"), (76, "  numer: XIII                     # numer rzymski – tak, jak pisze go jednostka", ""),
                     (77, "  opis: Osiedle", "# opis: Osiedle"))
    assert [m for _, _, m in errors if "rejon to grupa pól – wpisz numer pod nim" in m and "numer: XIII" in m], errors


def test_two_bracketed_lists_side_by_side_are_told_to_be_one():
    """Finding 6 of rev-msg17: „[rada-osiedla] [spoldzielnie]” was told to be quoted as a text."""
    edit = (162, "[straz-miejska]", "[straz-miejska] [rada-osiedla]")
    errors = _syntax(edit)
    line = edited(edit).split("\n")[161]
    assert [e[:2] for e in errors] == [(162, line.index("[rada") + 1)], errors
    assert "wpisz wszystko w jednych nawiasach: [straz-miejska, rada-osiedla]" in errors[0][2]
