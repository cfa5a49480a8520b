"""The case file's messages: the twenty-first messages review (rev-msg21) of issue 17, third part – a field between
two levels, a list's item pasted at the line's start. Each case is the Wrzosogród example with a line changed; each
fix the message offers is applied and must pass the check."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited


def _only_error(report):
    assert len(report.errors) == 1, [(e.line, e.column, e.message) for e in report.errors]
    return report.errors[0]


# --- 7: a field one space too deep after a nested group ------------------------------------------------------------

@pytest.mark.parametrize("new", ["     partnerzy: [urzad-miejski]", "     partnerzy: urzad-miejski"])
def test_a_field_between_its_groups_level_and_the_nested_groups_is_told_to_lose_a_space(new):
    """Finding 7 of rev-msg21: „partnerzy” at 5 spaces after „termin:” (4) and its „do:” (6) was told to quote its
    „[…]” or got the generic „sprawdź wcięcia pól”."""
    error = _only_error(_check((144, "    partnerzy: [urzad-miejski]", new)))
    assert (error.line, error.column) == (144, 6)
    assert error.message == (
        "błąd składni YAML: pole „partnerzy” ma większe wcięcie (5 spacji) niż pole „termin” tej samej grupy w "
        "wierszu 142 (4 spacje), a mniejsze niż pola w grupie „termin” (6 spacji), więc YAML nie wie, do której grupy "
        "należy – usuń 1 spację przed „partnerzy:”, by stało w tej samej kolumnie co „termin:”")


def test_the_field_moved_as_told_passes():
    from pismo import api

    text = edited((144, "    partnerzy: [urzad-miejski]", "     partnerzy: [urzad-miejski]"))
    fixed = text.replace("\n     partnerzy: [urzad-miejski]", "\n    partnerzy: [urzad-miejski]", 1)
    assert not api.check(fixed, name="sprawa.yaml").errors


def test_a_list_under_the_field_is_told_the_same():
    error = _only_error(_check((144, "    partnerzy: [urzad-miejski]", "     partnerzy:\n      - urzad-miejski")))
    assert "usuń 1 spację przed „partnerzy:”" in error.message


# --- 12: a list's item pasted with its indentation lost ------------------------------------------------------------

_LAST = "  - Informowanie podczas spotkań z mieszkańcami."


@pytest.mark.parametrize("new, depth, more", [("- Informowanie podczas spotkań z mieszkańcami.", 0, 2),
                                              (" - Informowanie podczas spotkań z mieszkańcami.", 1, 1)])
def test_a_list_item_with_less_indentation_than_its_list_is_told_how_to_indent_it(new, depth, more):
    """Finding 12 of rev-msg21: the item at the line's start was told „nieprawidłowe wcięcie albo brak dwukropka –
    sprawdź wcięcia pól tego samego poziomu” – no field and no colon is at fault."""
    error = _only_error(_check((284, _LAST, new)))
    assert (error.line, error.column) == (284, depth + 1)
    spaces = {0: "0 spacji", 1: "1 spacja"}[depth]
    added = {2: "2 spacje", 1: "1 spację"}[more]
    assert error.message == (
        f"błąd składni YAML: ten punkt listy „informowanie” ma mniejsze wcięcie ({spaces}) niż jej punkty powyżej "
        f"(2 spacje, wiersz 283), więc YAML nie czyta go już jako punktu tej listy – dodaj {added} przed „-”, by stał "
        "w tej samej kolumnie co „-” w wierszu 283")
    assert not _check((284, _LAST, _LAST)).errors  # the item indented as told


def test_a_list_starting_at_its_keys_column_is_no_slip():
    """„informowanie:” with its items at the line's start is right YAML: nothing to tell."""
    lines = [(281 + i, "  - ", "- ") for i in range(4)]
    assert not _check(*lines).errors


# --- 25: a text deadline's dates in the next period, and the check of a date left from the previous one -------------

def _next(*edits):
    from pismo.case.periods import next_period

    return next_period(edited(*edits), "poprzedni.yaml")


def _fixed(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize("termin, fields", [
    ("termin: 31.03.2026", "do: 2026-09-30"),
    ("termin: do 15.03", "do: 2026-09-15"),
    ("termin: od 1 do 15 marca 2026 r.", "od: 2026-09-01 / do: 2026-09-15"),
])
def test_a_text_deadlines_note_offers_its_dates_moved_as_the_fields_are(termin, fields):
    """The rest of finding 25 of rev-msg21: the note said only „wpisz termin nowego okresu”; it offers the dates moved
    by the period's length as the date fields, and the offered group passes the check of the new plan."""
    from pismo import api

    made = _next((142, "termin:", termin), (143, "do: 2026-03-31", "# do"))
    told = [n for n in made.notes if n.startswith("Działanie 1 › Termin:")]
    assert told == [f"Działanie 1 › Termin: „{termin[8:]}” to termin wpisany tekstem – jego dat nie przesunięto; wpisz "
                    f"termin nowego okresu jako datę, np. przesunięty o 6 miesięcy: termin: / {fields}"], made.notes
    group = "termin:\n" + "".join(f"      {field}\n" for field in fields.split(" / "))
    report = api.check(_fixed(made.text, f"{termin}\n", group), name="sprawa.yaml")
    assert not report.errors and not [w for w in report.warnings if "termin" in (w.field or "")], report.warnings
    assert termin in made.text  # the text itself is kept as written


def test_stages_in_a_text_deadline_are_offered_moved_for_the_text():
    made = _next((142, "termin:", "termin: do 31.03.2026 r. (wniosek), do 30.04.2026 r. (odpowiedź)"),
                 (143, "do: 2026-03-31", "# do"))
    assert any(n.endswith("jego dat nie przesunięto; przesunięte o 6 miesięcy to 30.09.2026 r. i 31.10.2026 r. – "
                          "wpisz daty nowego okresu w tekst terminu") for n in made.notes), made.notes


def test_a_text_date_outside_the_plans_period_is_told_so_with_its_fix():
    """`pismo sprawdz` of the new plan offered „do: 2025-07-31” for a deadline left from the previous period without
    a word that the date lies half a year before the plan's period."""
    report = _check((142, "termin:", "termin: 31.07.2025"), (143, "do: 2026-03-31", "# do"))
    told = [w.message for w in report.warnings if "zawiera datę zapisaną jako tekst" in w.message]
    assert told and told[0].endswith("wpisz ją jako grupę pól: termin: / do: 2025-07-31 (tekst zostaw na terminy bez "
                                      "daty, np. „na bieżąco”); 31.07.2025 r. jest poza okresem planu (od 1.03.2026 r. "
                                      "do 31.08.2026 r.) – jeśli to termin z poprzedniego planu, wpisz datę z tego "
                                      "okresu"), told
    inside = _check((142, "termin:", "termin: 31.03.2026"), (143, "do: 2026-03-31", "# do"))
    assert not any("poza okresem" in w.message for w in inside.warnings), inside.warnings


# --- 26: an agenda item's number glued to its word, and „Pkt 1 –” ---------------------------------------------------

_OPENING = "Otwarcie spotkania i przedstawienie uczestników."
_MARK_TOLD = ("punkt zaczyna się od „{mark}” (punktor albo numer wklejony z Worda) – pismo samo dodaje punktory i numery, "
              "w piśmie byłyby podwójne; usuń go")


@pytest.mark.parametrize("new, mark", [("1.Otwarcie spotkania", "1."), ("1)Otwarcie spotkania", "1)"),
                                       ("Pkt 1 – Otwarcie spotkania", "Pkt 1 –"), ("1. – Otwarcie spotkania", "1. –")])
def test_an_agenda_items_pasted_number_is_told_whole(new, mark):
    """Finding 26 of rev-msg21: „1.Otwarcie” was silent (printed „1. 1.Otwarcie”); „Pkt 1 – …” was told to drop
    „Pkt 1” alone, which left the item opening with „– ”."""
    report = _check((353, "Otwarcie spotkania", new))
    told = [w for w in report.warnings if w.field == "spotkania[0].porzadek[0]"]
    assert [w.message for w in told] == [_MARK_TOLD.format(mark=mark)], report.warnings
    fixed = _check((353, "Otwarcie spotkania", new[len(mark):].lstrip()))  # the item with the mark deleted as told
    assert not [w for w in fixed.warnings if w.field == "spotkania[0].porzadek[0]"], fixed.warnings


@pytest.mark.parametrize("new", ["3.Maja – obchody święta", "17.00 – otwarcie spotkania", "1.07.2026 – otwarcie"])
def test_a_glued_number_before_no_word_is_no_mark(new):
    report = _check((353, "Otwarcie spotkania i przedstawienie uczestników.", new))
    assert not [w for w in report.warnings if "punkt zaczyna się" in w.message], report.warnings


# --- 16: a gap in the rank field is told as a gap alone --------------------------------------------------------------

@pytest.mark.parametrize("new", ["XX", "…", "(stopień)", "do uzupełnienia", "xxx"])
def test_a_gap_in_the_rank_gets_no_rank_guessed(new):
    """Finding 16 of rev-msg21: „stopien: do uzupełnienia” was also asked „czy chodziło o „st. asp.”?”."""
    report = _check((47, "stopien: st. asp.", f"stopien: {new}"))
    told = [w.message for w in report.warnings if w.field == "osoby.dzielnicowy.stopien"]
    assert len(told) == 1 and "to wygląda na miejsce do uzupełnienia" in told[0], told


def test_a_wrong_rank_is_still_asked_about():
    report = _check((47, "stopien: st. asp.", "stopien: starszy aspirant sztabowy"))
    assert any("to nie stopień policyjny" in w.message or "stopień policyjny pisze się" in w.message
               for w in report.warnings if w.field == "osoby.dzielnicowy.stopien"), report.warnings


# --- 17: two English openers for a pair; a Polish pair glued to a word or spaced inside -----------------------------

_CAMPAIGN = "Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko."


@pytest.mark.parametrize("new, column, message", [
    ("Kampania “Bezpieczny Senior“ na tablicach.", 14,
     "cudzysłów otwarto i zamknięto znakiem „“” – po polsku otwiera go „„”, a zamyka „””; wpisz „Bezpieczny Senior”"),
    ("Kampania„Bezpieczny Senior” na tablicach.", 13,
     "cudzysłów „Bezpieczny Senior” przylega do słowa przed nim – wpisz: Kampania „Bezpieczny Senior”"),
    ("Kampania „Bezpieczny Senior”na tablicach.", 14,
     "cudzysłów „Bezpieczny Senior” przylega do słowa po nim – wpisz: „Bezpieczny Senior” na"),
    ("Kampania „ Bezpieczny Senior ” na tablicach.", 14,
     "cudzysłów „Bezpieczny Senior” ma spację po „„” i przed „”” – wpisz: „Bezpieczny Senior”"),
])
def test_a_quotes_slip_is_told_once_with_its_fix(new, column, message):
    """Finding 17 of rev-msg21: „“Senior“” was told as a German closer only (the next run then told the English
    opener), at the closer's column; a pair glued to a word or spaced inside was silent."""
    report = _check((282, _CAMPAIGN, new))
    told = [(w.column, w.message) for w in report.warnings if w.field == "informowanie[1]"]
    assert told == [(column, message)], report.warnings
    fixed = _check((282, _CAMPAIGN, "Kampania „Bezpieczny Senior” na tablicach."))
    assert not [w for w in fixed.warnings if w.field == "informowanie[1]"], fixed.warnings


@pytest.mark.parametrize("new", ["Kampania „Bezpieczny „Senior”” na tablicach.", "Audycja („Kronika” i „Magazyn”).",
                                 "Kampania „Bezpieczny Senior“ na tablicach."])
def test_right_or_otherwise_told_quotes_get_no_spacing_message(new):
    report = _check((282, _CAMPAIGN, new))
    assert not [w for w in report.warnings if "przylega" in w.message or "ma spację" in w.message], report.warnings


# --- 24: a value of the wrong type whose offered fix („ujmij w cudzysłów”) would not fix it --------------------------

def test_a_bare_number_in_cyklicznie_asks_how_often():
    """Finding 24 of rev-msg21: „cyklicznie: 12” was told to be quoted – then „12” was printed as the rhythm."""
    report = _check((159, "cyklicznie: raz w miesiącu", "cyklicznie: 12"))
    assert [e.message for e in report.errors] == [
        "w polu „cyklicznie” stoi „12” (sama liczba, bez okresu) – pismo wydrukowałoby to jako rytm działania; wpisz, "
        "jak często (np. „12 razy w miesiącu”, „co tydzień”), a jeśli działanie nie jest cykliczne, usuń to pole"]
    quoted = _check((159, "cyklicznie: raz w miesiącu", 'cyklicznie: "12"'))  # the old advice followed: still told
    assert any("sama liczba, bez okresu" in w.message for w in quoted.warnings + quoted.errors), quoted.warnings
    fixed = _check((159, "cyklicznie: raz w miesiącu", "cyklicznie: 12 razy w miesiącu"))
    assert not fixed.errors and not [w for w in fixed.warnings if "cyklicznie" in (w.field or "")], fixed.warnings


def test_a_number_in_a_list_of_ids_names_the_files_ids():
    report = _check((144, "partnerzy: [urzad-miejski]", "partnerzy: [123]"))
    assert [e.message for e in report.errors] == [
        "w tym polu wpisuje się identyfikatory partnerów z sekcji partnerzy, a jest liczba 123; wpisz identyfikator "
        "partnera – w tym pliku: urzad-miejski, straz-miejska, rada-osiedla, wspolnota, szkola"], report.errors


@pytest.mark.parametrize("edits", [
    [(142, "termin:", "termin: [2026-03-01, 2026-03-31]"), (143, "do: 2026-03-31", "# do")],
    [(143, "  do: 2026-03-31", "  - od: 2026-03-01\n      - do: 2026-03-31")],
])
def test_a_deadlines_dates_as_a_list_are_shown_as_its_group(edits):
    report = _check(*edits)
    assert [e.message for e in report.errors] == [
        "termin to grupa pól, nie lista – wpisz daty pod nim, każdą w osobnym wierszu, z wcięciem i bez „-”: "
        "termin: / od: 2026-03-01 / do: 2026-03-31"], report.errors
    fixed = _check((143, "do: 2026-03-31", "od: 2026-03-01\n      do: 2026-03-31"))
    assert not fixed.errors, fixed.errors


# --- 3: an indicator's number in words with more around it ------------------------------------------------------------

@pytest.mark.parametrize("new, told", [
    ("siedem (7)", "wpisz samą liczbę: 7 (zamiast „siedem (7)” – pole przyjmuje tylko liczbę)"),
    ("nie więcej niż siedem", "„nie więcej niż siedem” to porównanie, a pole przyjmuje jedną liczbę – wpisz samą "
                              "liczbę: 7; jeśli cel ma zostać słowami, wpisz go w polu docelowo (np. docelowo: nie "
                              "więcej niż 7)"),
    ("7/6 mies.", "wpisz samą liczbę: 7 (zamiast „7/6 mies.” – pole przyjmuje tylko liczbę); okres wpisz w polu "
                  "jednostka (np. jednostka: zgłoszeń rocznie)"),
    ("siedem zgłoszeń", "wpisz samą liczbę: 7 (zamiast „siedem zgłoszeń” – pole przyjmuje tylko liczbę)"),
])
def test_a_number_in_words_among_others_is_offered_in_figures(new, told):
    """Finding 3 of rev-msg21: „siedem (7)”, „nie więcej niż siedem”, „7/6 mies.” got the generic „oczekiwano liczby,
    a jest tekst”, while „siedem” and „max 7” were told the number."""
    report = _check((123, "wartosc_docelowa: 7", f"wartosc_docelowa: {new}"))
    assert [e.message for e in report.errors] == [told], report.errors


def test_a_number_word_alone_keeps_its_message():
    report = _check((123, "wartosc_docelowa: 7", "wartosc_docelowa: siedem"))
    assert [e.message for e in report.errors] == ["wpisz liczbę cyframi: 7 (zamiast „siedem”)"], report.errors


# --- 22: an apostrophe inside a text in apostrophes; two apostrophes for a quotation mark ---------------------------

def test_an_apostrophe_inside_a_text_in_apostrophes_is_told_to_be_doubled():
    """Finding 22 of rev-msg21: „'Spotkanie z panem O'Connorem.'” was told „ujmij w cudzysłów całą wartość” – it is."""
    error = _only_error(_check((282, _CAMPAIGN, "'Spotkanie z panem O'Connorem.'")))
    assert (error.line, error.column) == (282, 25)
    assert error.message == (
        "błąd składni YAML: apostrof w „O'Connorem” zamyka tekst ujęty w apostrofy – w takim tekście wpisz go podwójnie "
        "(O''Connorem) albo ujmij całą wartość w cudzysłów prosty: \"Spotkanie z panem O'Connorem.\"")
    for fixed in ("'Spotkanie z panem O''Connorem.'", "\"Spotkanie z panem O'Connorem.\""):
        assert not _check((282, _CAMPAIGN, fixed)).errors


def test_two_apostrophes_for_a_quotation_mark_are_told_as_such():
    error = _only_error(_check((282, _CAMPAIGN, "''Spotkanie w świetlicy''")))
    assert (error.line, error.column) == (282, 5)
    assert error.message == ("błąd składni YAML: dwa apostrofy ('') to nie cudzysłów – YAML czyta je jako pusty tekst "
                             "w apostrofach; wpisz cudzysłów: „Spotkanie w świetlicy”")
    report = _check((282, _CAMPAIGN, "„Spotkanie w świetlicy”"))
    assert not report.errors and not [w for w in report.warnings if w.field == "informowanie[1]"], report.warnings


def test_a_colons_example_opens_with_the_polish_quote():
    """The ready example for „“Spotkanie: godz. 17:00…”” kept the English opener, told at the next run."""
    report = _check((282, _CAMPAIGN, "“Spotkanie: godz. 17:00 w świetlicy”"))
    told = [e.message for e in report.errors]
    assert len(told) == 1 and told[0].endswith("np. '„Spotkanie: godz. 17:00 w świetlicy”'"), told
    fixed = _check((282, _CAMPAIGN, "'„Spotkanie: godz. 17:00 w świetlicy”'"))
    assert not fixed.errors and not [w for w in fixed.warnings if w.field == "informowanie[1]"], fixed.warnings
