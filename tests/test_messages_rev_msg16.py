"""The case file's messages: the sixteenth messages review (rev-msg16) of issue 17. Each case is the Wrzosogród
example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _warned(report, line: int, words: str) -> list[str]:
    """The warnings holding those words, told at that line or a line or two above (the field's key)."""
    return [w.message for w in report.warnings if line - 3 <= w.line <= line and words in w.message]


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


# --- 2: a sub-period of the recurrence itself is how often, not the plan's period ---------------------------------

@pytest.mark.parametrize("new", ["do dnia 10 każdego miesiąca", "raz w miesiącu do dnia 5",
                                 "raz w tygodniu, do końca roku szkolnego dwa razy",
                                 "raz w miesiącu, w okresie letnim dwa razy w miesiącu",
                                 "w okresie wakacji – raz w tygodniu", "do dnia 5. każdego miesiąca"])
def test_a_recurrence_with_its_own_sub_period_is_not_warned(new):
    """Finding 2 of rev-msg16: „do dnia 10 każdego miesiąca”, „w okresie wakacji” were told as the plan's period."""
    report = _check((159, "raz w miesiącu", new))
    assert not _errors(report), _errors(report)
    assert not _warned(report, 159, "pole „cyklicznie” zawiera"), report.warnings


@pytest.mark.parametrize("new, words", [
    ("raz w miesiącu w okresie od 1 marca do 31 sierpnia", "w okresie"),
    ("raz w miesiącu do dnia 31.08.2026", "do dnia"), ("raz w miesiącu do dnia 31 sierpnia", "do dnia"),
    ("raz w miesiącu do końca roku", "do końca roku"), ("raz w miesiącu w okresie planu", "w okresie"),
])
def test_a_recurrence_with_the_plans_period_is_still_warned(new, words):
    report = _check((159, "raz w miesiącu", new))
    assert _warned(report, 159, f"pole „cyklicznie” zawiera „{words}”"), report.warnings


# --- 1, 16: Roman numerals ending in XX, a district XX/XXX ------------------------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (89, "przy ul. Lipowej", "przy ul. Lipowej, w kamienicach z przełomu XIX-XX"),
    (89, "przy ul. Lipowej", "przy ul. Lipowej, w kamienicach z przełomu XIX/XX"),
    (89, "przy ul. Lipowej", "przy ul. Lipowej wśród uczniów klas IV-XX"),
    (76, "XIII ", "XX   "), (76, "XIII ", "XXX  "),
])
def test_a_roman_numeral_is_not_a_gap(line, old, new):
    """Findings 1 and 16 of rev-msg16: „XIX-XX”, „IV-XX” and the district „XX” (which the number's own advice asks
    for, „numer rzymski wpisz wielkimi literami: XX”) were told as places to fill in."""
    report = _check((line, old, new))
    assert not _errors(report), _errors(report)
    assert not _warned(report, line, "miejsce do uzupełnienia"), report.warnings


@pytest.mark.parametrize("line, old, new", [
    (89, "przy ul. Lipowej", "przy ul. Lipowej, sygn. 0151-XX"),
    (89, "przy ul. Lipowej", "przy ul. Lipowej (sygn. PR-XX/25)"),
    (50, "dzielnicowa rejonu służbowego nr XIII", "XX"),
])
def test_an_xx_gap_is_still_warned(line, old, new):
    report = _check((line, old, new))
    assert _warned(report, line, "miejsce do uzupełnienia"), report.warnings


# --- 12: „w terminie do 14 dni” is how fast, not a date ----------------------------------------------------------

@pytest.mark.parametrize("words", ["w terminie do 3 dni od zgłoszenia", "w terminie do 14 dni",
                                   "w terminie do 2 tygodni", "w terminie do 24 godzin"])
def test_a_duration_in_an_actions_description_is_not_a_deadline(words):
    """Finding 12 of rev-msg16: „w terminie do 14 dni” was told as a second deadline, quoted „w terminie do 1…”."""
    report = _check((149, "przy ul. Lipowej", f"przy ul. Lipowej, {words}"))
    assert not _warned(report, 149, "opis zawiera „w terminie"), report.warnings


def test_a_date_in_an_actions_description_is_still_told_with_its_whole_number():
    report = _check((149, "przy ul. Lipowej", "przy ul. Lipowej, w terminie do 14.03.2026"))
    assert _warned(report, 149, "opis zawiera „w terminie do 14…”"), report.warnings


# --- 19: a label's words continued by a named body's genitive are a sentence's subject ------------------------------

@pytest.mark.parametrize("line, old, new", [
    (301, "Plac zabaw jest", "Uzasadnienie wniosku Rady Osiedla stanowią skargi: plac zabaw jest"),
    (115, "Głównym celem jest", "Zakładany cel Programu „Bezpieczna Łęczna” to"),
    (301, "Plac zabaw jest", "Oczekiwane efekty Policji i Urzędu są zbieżne, a plac zabaw jest"),
])
def test_a_label_continued_by_a_named_bodys_genitive_is_not_a_heading(line, old, new):
    """Finding 19 of rev-msg16: „usuń „Uzasadnienie wniosku” i zacznij od „Rady Osiedla…”” broke the sentence."""
    report = _check((line, old, new))
    assert not _warned(report, line, "nagłówek ze starego"), report.warnings


@pytest.mark.parametrize("new", ["Uzasadnienie Plac zabaw jest", "Opis problemu Plac zabaw jest",
                                 "Uzasadnienie: Rady Osiedla plac zabaw jest"])
def test_a_label_before_a_new_sentence_is_still_a_heading(new):
    report = _check((301, "Plac zabaw jest", new))
    assert _warned(report, 301, "nagłówek ze starego"), report.warnings


# --- 20: „podczas”, „wśród”, „tuż przy”, „blisko” open a place ---------------------------------------------------------

@pytest.mark.parametrize("place", ["podczas festynu rodzinnego", "wśród mieszkańców na placu", "tuż przy placu zabaw",
                                   "zaraz przy placu zabaw", "blisko placu zabaw", "około sklepu"])
def test_a_place_opened_with_another_preposition_is_not_warned(place):
    """Finding 20 of rev-msg16: „o godz. 17:00 podczas festynu rodzinnego” was told it lacks a preposition."""
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    assert not _warned(report, 342, "nie zaczyna się od przyimka"), report.warnings


def test_a_place_without_a_preposition_is_still_warned():
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", "świetlica Rady Osiedla"))
    assert _warned(report, 342, "nie zaczyna się od przyimka"), report.warnings


# --- 4, 5, 30: a note without „#”, a group's stray last line, a field's value on the next line -----------------------

def _syntax(*edits) -> list[tuple[int, int, str]]:
    from example_edits import edited
    from pismo import api

    return [(e.line, e.column, e.message) for e in api.check(edited(*edits), name="w.yaml").errors]


@pytest.mark.parametrize("sign, edit", [
    ("//", (75, "rejon:", "// dane przykładowe\nrejon:")), (";", (75, "rejon:", "; dane przykładowe\nrejon:")),
    ("<!--", (75, "rejon:", "<!-- dane przykładowe -->\nrejon:")),
    ("//", (47, "    stopien: st. asp.", "    stopien: st. asp.\n    // do zmiany")),
    ("//", (75, "rejon:", "    // komentarz\nrejon:")), ("--", (75, "rejon:", "    -- koniec osób --\nrejon:")),
])
def test_a_note_in_another_languages_comment_is_told_to_start_with_a_hash(sign, edit):
    """Findings 4 and 5 of rev-msg16: „// dane przykładowe” was told as a wrapped text to append to the field above
    (or, as a group's last line, „brak dwukropka po nazwie pola” at the next field)."""
    line = edit[0] + edit[2].split("\n").index(next(p for p in edit[2].split("\n") if p.strip().startswith(sign)))
    assert [(e[0], e[2]) for e in _syntax(edit)] == [
        (line, f"błąd składni YAML: ten wiersz zaczyna się od „{sign}”, a YAML zna tylko komentarze od „#” – jeśli to "
               f"uwaga, zamień „{sign}” na „#”")]


@pytest.mark.parametrize("edit, where", [
    ((75, "rejon:", "\ndane przykładowe\nrejon:"), (76, 1)),
    ((77, "Bukowa", "Bukowa\n  x"), (78, 3)),
    ((75, "rejon:", "    do zmiany po awansie\nrejon:"), (75, 5)),
])
def test_a_line_that_is_no_field_is_told_at_its_place_as_a_note_without_a_hash(edit, where):
    """Findings 4 and 5 of rev-msg16: a plain note after an empty line, or at a group's end, was told as a wrapped
    text, or at the next top-level field with a bare „brak dwukropka po nazwie pola”."""
    errors = _syntax(edit)
    assert [e[:2] for e in errors] == [where], errors
    assert "ten wiersz nie jest polem („nazwa: wartość”) – jeśli to uwaga (komentarz), zacznij go od „#”" in errors[0][2]


@pytest.mark.parametrize("edit, where, name", [
    ((89, "  temat: spożywania", "  temat:\n  spożywania"), (90, 3), "temat"),
    ((47, "    stopien: st. asp.", "    stopien:\n    st. asp."), (48, 5), "stopien"),
    ((84, "  data: ", "  data:\n  "), (85, 3), "data"),
])
def test_a_fields_value_on_the_next_line_is_told_as_that_fields_value(edit, where, name):
    """Finding 30 of rev-msg16: „temat:” over its topic at the same column was told „brak dwukropka po nazwie pola
    „spożywania”” (or at the next top-level field, or measured against a list item's „-”)."""
    errors = _syntax(edit)
    assert [e[:2] for e in errors] == [where], errors
    assert f"ten wiersz wygląda na wartość pola „{name}” z wiersza {where[0] - 1}, które jest puste" in errors[0][2]


def test_a_group_field_without_its_colon_at_the_groups_end_is_named():
    errors = _syntax((77, "  opis: Osiedle", "  opis Osiedle"))
    assert [e[:2] for e in errors] == [(77, 3)], errors
    assert "brak dwukropka po nazwie pola „opis”" in errors[0][2]


# --- 3, 27: gap marks and working notes left inside a text ---------------------------------------------------------

@pytest.mark.parametrize("line, old, new, gap", [
    (208, "Ewa Fikcyjna", "Ewa ___________", "___________"),
    (210, "Szanowna Pani Prezydent,", "Szanowna Pani ________,", "________"),
    (309, "0151-13/26", "0151-___/26", "PR-RD-0151-___/26"),
    (208, "Ewa Fikcyjna", "do ustalenia", "do ustalenia"),
    (208, "Ewa Fikcyjna", "Ewa Fikcyjna (do ustalenia)", "(do ustalenia)"),
    (214, "Rynek 1", "Rynek [nr]", "[nr]"), (214, "Rynek 1", "Rynek <numer>", "<numer>"),
    (91, "W rejonie", "UWAGA: do sprawdzenia z naczelnikiem! W rejonie", "UWAGA: do sprawdzenia"),
    (89, "przy ul. Lipowej", "przy ul. Lipowej (DO POPRAWY)", "(DO POPRAWY)"),
    (89, "przy ul. Lipowej", "przy ul. [sprawdzić!] Lipowej", "[sprawdzić!]"),
    (89, "przy ul. Lipowej", "przy ul. ??? Lipowej", "???"), (89, "przy ul. Lipowej", "przy ul. Lipowej (?)", "(?)"),
    (89, "przy ul. Lipowej", "przy ul. Lipowej TODO", "TODO"),
])
def test_a_gap_mark_or_working_note_inside_a_text_is_warned(line, old, new, gap):
    """Findings 3 and 27 of rev-msg16: underscores, „do ustalenia”, „[nr]”, „???”, „(?)”, „UWAGA: do sprawdzenia”
    inside a text passed silently into the letters, while dots and „do uzupełnienia” were told."""
    report = _check((line, old, new))
    assert _warned(report, line, f"pole zawiera „{gap}” – to wygląda na miejsce do uzupełnienia"), report.warnings


@pytest.mark.parametrize("new", ["przy ul. Lipowej (<b>plac</b>)", "przy ul. Lipowej [1]", "przy ul. Lipowej, do ustalenia "
                                 "sprawców", "przy ul. Lipowej – pytanie? tak"])
def test_brackets_tags_and_words_of_a_text_are_no_gap(new):
    report = _check((89, "przy ul. Lipowej", new))
    assert not _warned(report, 89, "miejsce do uzupełnienia"), report.warnings


# --- 26: Word's ❖ ◆ bullets and the form's ☐ ☒ boxes ------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["❖", "◆", "⚫", "☐", "☒"])
def test_a_word_bullet_or_a_forms_box_at_an_items_start_is_warned(mark):
    """Finding 26 of rev-msg16: „- ❖ Zamieszczenie …”, „- ☒ …” passed; the plan printed its own bullet and then ❖."""
    report = _check((281, "- Zamieszczenie", f"- {mark} Zamieszczenie"))
    assert _warned(report, 281, f"punkt zaczyna się od „{mark}” (punktor albo numer wklejony z Worda)"), report.warnings


# --- 22: a value that is or opens with „?” --------------------------------------------------------------------------

_QUESTION = "wartość zaczyna się od „?”, który w YAML oznacza nazwę pola zapisaną w osobnym wierszu"


@pytest.mark.parametrize("edit, where", [
    ((309, "PR-RD-0151-13/26", "?"), (309, 13)),
    ((89, "spożywania alkoholu", "? (do ustalenia z naczelnikiem) spożywania alkoholu"), (89, 10)),
    ((50, "dzielnicowa rejonu", "? dzielnicowa rejonu"), (50, 14)),
    ((283, "Informowanie mieszkańców podczas obchodu rejonu służbowego.", "?"), (283, 5)),
    ((283, "Informowanie mieszkańców podczas obchodu rejonu służbowego.", "? do ustalenia"), (283, 5)),
])
def test_a_value_opened_with_a_question_mark_is_told_as_such(edit, where):
    """Finding 22 of rev-msg16: „znak: ?” got only the generic syntax message and „- ?” / „- ? do ustalenia” a false
    „tekst kończy się dwukropkiem” – there is no colon; the „?” is YAML's explicit key."""
    errors = _syntax(edit)
    assert [e[:2] for e in errors] == [where], errors
    assert _QUESTION in errors[0][2] and "ujmij całą wartość w cudzysłów" in errors[0][2]


def test_a_text_ending_with_a_colon_is_still_told_so():
    errors = _syntax((283, "Informowanie mieszkańców podczas obchodu rejonu służbowego.", "Ustalenia:"))
    assert [e[2] for e in errors if "kończy się dwukropkiem" in e[2]], errors


# --- 8: a phone number with a digit too few or too many ---------------------------------------------------------------

@pytest.mark.parametrize("line, number, count", [
    (51, "47 855 10 1", 8), (51, "47 855 10 133", 10), (51, "855 10 13", 7), (51, "+48 600 100 2000", 10),
    (51, "+48 47 855 10 1", 8), (31, "600 100 20", 8),
])
def test_a_phone_number_with_a_digit_too_few_or_too_many_is_warned(line, number, count):
    """Finding 8 of rev-msg16: „47 811 00 3” passed silently into every letter's contact line and signature."""
    report = _check((line, _PHONES[line], number))
    assert _warned(report, line, f"numer telefonu ma {count} cyfr – polski numer ma 9"), report.warnings


_PHONES = {31: "47 855 10 00", 51: "47 855 10 13"}


@pytest.mark.parametrize("number", ["+48 47 855 10 13", "0048 47 855 10 13", "(0-47) 855 10 13", "(47) 855 10 13",
                                    "600-100-200", "+49 30 1234567", "47 855 10 13"])
def test_a_phone_number_of_nine_digits_or_abroad_is_not_warned(number):
    report = _check((51, "47 855 10 13", number))
    assert not _errors(report), _errors(report)
    assert not _warned(report, 51, "numer telefonu ma"), report.warnings


# --- 28: a gap mark inside a long text is told at the mark ----------------------------------------------------------

@pytest.mark.parametrize("new, gap", [("Grupy osób (ul. ……………).", "……………"), ("Grupy osób (sprawca [nazwisko])", "[nazwisko]"),
                                      ("Grupy osób (sygn. PR-XX/25)", "PR-XX/25"), ("Grupy osób ???", "???")])
def test_a_gap_mark_in_a_long_text_is_told_at_the_mark(new, gap):
    """Finding 28 of rev-msg16: „(ul. ……………)” on the text's fifth line was told at its first line, quoted with the
    sentence's „).” after it."""
    from example_edits import edited

    report = _check((94, "Grupy osób", new))
    line = edited((94, "Grupy osób", new)).split("\n")[93]
    told = [(w.line, w.column) for w in report.warnings if f"pole zawiera „{gap}” – to wygląda" in w.message]
    assert told == [(94, line.index(gap) + 1)], report.warnings


def test_itd_with_an_ellipsis_is_no_gap():
    """Finding 28 (low) of rev-msg16: „(zgłoszenia, skargi, itd....)” – a doubled dot, not a gap."""
    report = _check((94, "Grupy osób", "Grupy osób (skargi, itd....)"))
    assert not [w for w in report.warnings if "miejsce do uzupełnienia" in w.message], report.warnings


# --- 29: a phone number or an e-mail in a name field ------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (208, "Ewa Fikcyjna", "Ewa Fikcyjna, tel. 81 111 22 33", "numer telefonu („tel. 81 111 22 33”)"),
    (208, "Ewa Fikcyjna", "Ewa Fikcyjna, ewa.f@example.pl", "adres e-mail („ewa.f@example.pl”)"),
    (48, "Anna Zmyślona", "Anna Zmyślona (tel. 600 100 200)", "numer telefonu („tel. 600 100 200”)"),
])
def test_a_contact_in_a_name_field_is_warned(line, old, new, told):
    """Finding 29 of rev-msg16: „Jan Przykładowski, tel. 81 111 22 33” was printed as the name in the address
    block, the signature and the attendance list."""
    report = _check((line, old, new))
    warned = _warned(report, line, f"w polu imie_nazwisko jest {told}")
    assert warned, report.warnings
    assert ("wpisz go w polu telefon" if line == 48 else "usuń go") in warned[0]


# --- 6, 25: Word's numbering or bullets in place of „- ” on some items ------------------------------------------------

_WORD_LIST = "YAML rozpoznaje punkt listy tylko po zwykłym łączniku „-” i spacji; wpisz „- ” (łącznik i spację)"


@pytest.mark.parametrize("edits, where, sign", [
    (((353, "- Otwarcie", "1. Otwarcie"), (354, "- Przedstawienie", "2. Przedstawienie")), (353, 7), "1."),
    (((353, "- Otwarcie", "‐ Otwarcie"), (354, "- Przedstawienie", "‐ Przedstawienie")), (353, 7), "‐"),
    (((353, "- Otwarcie", "✓ Otwarcie"),), (353, 7), "✓"),
    (((353, "- Otwarcie", "a) Otwarcie"),), (353, 7), "a)"),
])
def test_a_list_whose_first_items_kept_words_marks_is_told_at_the_mark(edits, where, sign):
    """Finding 6 of rev-msg16: „porzadek” with its first items numbered „1.”, „2.” was told „pole „porzadek” to jeden
    tekst, nie lista” at the first „- ” item, advising to remove the dash – the list would become one text."""
    errors = [(e.line, e.column, e.message) for e in _check(*edits).errors]
    assert [e[:2] for e in errors] == [where], errors
    assert f"punkt listy zaczyna się od „{sign}”" in errors[0][2] and _WORD_LIST in errors[0][2]


@pytest.mark.parametrize("line, old, new", [(137, "  - id: wniosek-do-prezydent", "  1. id: wniosek-do-prezydent"),
                                            (146, "  - id: wniosek-do-strazy", "  2. id: wniosek-do-strazy")])
def test_an_action_numbered_by_word_is_told_as_a_list_mark(line, old, new):
    """Finding 25 of rev-msg16: „  1. id: …” was told as a heading to start with „#”, „  2. id: …” as „element listy
    w złym miejscu” – either way the action would be lost."""
    errors = _syntax((line, old, new))
    assert [e[:2] for e in errors] == [(line, 3)], errors
    assert f"punkt listy zaczyna się od „{new.split()[0]}” (numer z listy numerowanej Worda)" in errors[0][2]


# --- 11: a list in brackets left open or closed twice -----------------------------------------------------------------

@pytest.mark.parametrize("line, new, where, told", [
    (144, "[urzad-miejski", (144, 16), "lista w nawiasach kwadratowych nie jest zamknięta – dopisz „]” na końcu tego wiersza"),
    (144, "[urzad-miejski)", (144, 16), "lista w nawiasach kwadratowych nie jest zamknięta – zamiast „)” na końcu wpisz „]”"),
    (145, "[wniosek-plac-zabaw", (145, 16), "lista w nawiasach kwadratowych nie jest zamknięta – dopisz „]” na końcu tego wiersza"),
    (144, "[urzad-miejski]]", (144, 31), "o jeden nawias „]” za dużo – usuń go"),
])
def test_an_unbalanced_bracket_is_told_at_its_line(line, new, where, told):
    """Finding 11 of rev-msg16: „partnerzy: [urzad-miejski” was told at the next, correct line with advice to quote
    the value – quoting makes the list a text."""
    old = "[urzad-miejski]" if line == 144 else "[wniosek-plac-zabaw]"
    errors = _syntax((line, old, new))
    assert errors == [(*where, f"błąd składni YAML: {told}")], errors


# --- 7: a group of one field with no space or colon after the name ----------------------------------------------------

@pytest.mark.parametrize("edits, where, told", [
    (((76, "numer: XIII", "numer:XIII"), (77, "  opis:", "  # opis:")), (76, 3),
     "rejon: po dwukropku nazwy pola „numer” brak spacji – wpisz „numer: …”"),
    (((76, "numer: XIII", "numer XIII"), (77, "  opis:", "  # opis:")), (76, 3),
     "rejon: brak dwukropka po nazwie pola „numer” – wpisz po niej dwukropek i spację („numer: …”)"),
    (((84, "data: 2026", "data:2026"), (85, "  zatwierdzono:", "  # zatwierdzono:")), (84, 3),
     "plan: po dwukropku nazwy pola „data” brak spacji – wpisz „data: …”"),
])
def test_a_one_field_group_with_its_name_glued_to_the_value_is_told_at_the_name(edits, where, told):
    """Finding 7 of rev-msg16: „rejon:” / „  numer:3” was told „oczekiwano grupy pól …, a jest tekst „numer:3””,
    while the same slip in a group of two fields is told „po dwukropku nazwy pola „od” brak spacji”."""
    report = _check(*edits)
    assert [(e.line, e.column, f"{e.path}: {e.message}") for e in report.errors] == [(*where, told)], report.errors


def test_a_groups_text_on_its_own_line_is_not_a_glued_field():
    report = _check((79, "okres:", "okres: od marca do sierpnia"), (80, "  od: 2026-03-01", "  # od"),
                    (81, "  do: 2026-08-31", "  # do"))
    assert [e.message for e in report.errors if e.path == "okres" and "oczekiwano grupy pól" in e.message], report.errors


# --- 17: two districts in one number ------------------------------------------------------------------------------------

@pytest.mark.parametrize("number", ["13 i 14", "13/14", "XIII i XIV", "nr 13, nr 14", "XIII I XIV"])
def test_two_districts_in_one_number_are_pointed_to_rejony(number):
    """Finding 17 of rev-msg16: „numer: 3 i 4” was told „podaj cyframi arabskimi (3) albo rzymskimi (XIII)” – following
    it dropped district 4; the model has „rejony” for a plan of several districts."""
    report = _check((76, "numer: XIII   ", f"numer: {number}"))
    told = [e.message for e in report.errors if e.path == "rejon.numer"]
    assert told and told[0].startswith("to dwa rejony – plan kilku rejonów wpisz w polu „rejony”"), report.errors


@pytest.mark.parametrize("number", ["nr XIII", "XIII.", "XIIII"])
def test_one_district_written_otherwise_is_not_taken_for_two(number):
    report = _check((76, "numer: XIII   ", f"numer: {number}"))
    assert not [e for e in report.errors if "dwa rejony" in e.message], report.errors


# --- 15: an opening quote typed as two commas ----------------------------------------------------------------------

@pytest.mark.parametrize("new", ['przy ul. Lipowej (Spółdzielnia ,,Batory" w Łęcznej)', "przy ul. Lipowej ,,Batory’’"])
def test_an_opening_quote_typed_as_two_commas_is_warned(new):
    """Finding 15 of rev-msg16: „,,Batory"” passed; the letters printed two commas."""
    report = _check((89, "przy ul. Lipowej", new))
    assert _warned(report, 89, "„,,” (dwa przecinki) zamiast cudzysłowu otwierającego"), report.warnings


def test_a_doubled_comma_between_words_is_no_quote():
    report = _check((89, "przy ul. Lipowej", "przy ul. Lipowej,, Klonowej"))
    assert not _warned(report, 89, "„,,” (dwa przecinki)"), report.warnings


# --- 14 (kd03): a dot typed for the colon after a field's name ---------------------------------------------------------

def test_a_dot_for_the_colon_after_a_field_name_is_told_to_be_a_colon():
    """Finding 14 of rev-msg16 (kd03): „od. 2025-07-01” was told to write „od.: …” – an unknown field."""
    errors = _syntax((80, "  od: 2026-03-01", "  od. 2026-03-01"))
    assert [e[:2] for e in errors] == [(80, 3)], errors
    assert "po nazwie pola „od” stoi kropka – zamiast niej wpisz dwukropek („od: …”)" in errors[0][2]
