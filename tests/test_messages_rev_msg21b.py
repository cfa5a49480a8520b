"""The case file's messages: the twenty-first messages review (rev-msg21) of issue 17, second part – the template gaps
in digits' place („XX.08.2025”, „47 811 XX XX”, „XX-XXX”), Word's broken references, a termin's period in its „od”
and the roll-over of text deadlines. Each case is the Wrzosogród example with a line changed."""

from __future__ import annotations

import pytest

from example_edits import checked as _check

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers


# --- 4, 14: „XX” in a date's, an hour's, a phone's, a postal code's, a house's or a name's place -------------------

@pytest.mark.parametrize("new, gap, what", [
    ("Informacja w prasie z dnia XX.08.2025.", "XX.08.2025", "wpisz właściwą datę"),
    ("Informacja w prasie z dnia ..08.2025.", "..08.2025", "wpisz właściwą datę"),
    ("Informacja w prasie z dnia 1.XX.2025.", "1.XX.2025", "wpisz właściwą datę"),
    ("Spotkanie w dniu XX września 2025 r.", "XX września", "wpisz właściwą datę"),
    ("Spotkanie zakończono o godz. XX:XX.", "XX:XX", "wpisz właściwą godzinę"),
    ("Informacja pod numerem tel. 47 811 XX XX.", "47 811 XX XX", "wpisz pełny numer telefonu"),
    ("Informacja pod numerem 47 811 00 XX.", "47 811 00 XX", "wpisz pełny numer telefonu"),
    ("Art. XX ustawy.", "Art. XX", "wpisz właściwy numer"),
    ("Artykuł w prasie, str. XX.", "str. XX", "wpisz właściwy numer"),
])
def test_xx_in_a_texts_digits_is_a_gap(new, gap, what):
    """Finding 4 of rev-msg21: „XX” stood silent unless glued to „/” or „-”."""
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP} i tak trafi do pisma; {what}"), report.warnings


@pytest.mark.parametrize("line, old, new, gap, what", [
    (48, "Anna Zmyślona", "Anna XXXXX", "XXXXX", "wpisz imię i nazwisko"),
    (215, "99-999 Wrzosogród", "XX-XXX Wrzosogród", "XX-XXX", "wpisz kod pocztowy, np. 21-010"),
    (234, "ul. Bukowa 3", "ul. Bukowa XX", "ul. Bukowa XX", "wpisz numer domu"),
    (234, "ul. Bukowa 3", "pl. Jana Kościuszki XX", "pl. Jana Kościuszki XX", "wpisz numer domu"),
    (397, "2026-03-31", "XX.04.2026", "XX.04.2026", "wpisz właściwą datę"),
])
def test_xx_in_a_name_an_address_or_a_deadline_is_a_gap(line, old, new, gap, what):
    """Finding 14 of rev-msg21: „Marek XXXXX”, „XX-XXX Łęczna”, „pl. Kościuszki XX” were silent."""
    report = _check((line, old, new))
    assert _warned(report, line, f"pole zawiera „{gap}” – {_GAP} i tak trafi do pisma; {what}"), report.warnings


def test_the_gap_is_told_at_its_column():
    report = _check((282, _NOTICES, "Informacja w prasie z dnia XX.08.2025."))
    told = [w for w in report.warnings if "XX.08.2025" in w.message]
    assert told and told[0].column == 5 + len("Informacja w prasie z dnia "), told


@pytest.mark.parametrize("new", [
    "Spotkanie z uczniami XX Liceum Ogólnokształcącego.",
    "Prelekcja o historii Policji w XX wieku.",
    "Udział w obchodach XX-lecia Osiedla Wrzosowisko.",
    "Uchwała nr XX/145/2020 Rady Miejskiej.",
    "Uchwała nr XX.145.2020 Rady Miejskiej.",
    "Uchwała nr XX.12.145 Rady Miejskiej.",
    "Spotkanie w klasach XX i XXI.",
    "Kampania „XXL bezpieczeństwa”.",
    "Sesja Rady Miejskiej (XX sesja, 2025 r.).",
    "Informacja na tablicy przy ul. Lipowej w kamienicy z XX wieku.",
    "Spotkanie przy ul. Jana Pawła II 5 o godz. 17:00, tel. 47 855 10 00.",
    "Kamienice z przełomu XIX-XX wieku przy al. XX-lecia.",
    "Uczniowie klas IV-XX, pokój 12.XII.2025, wiek XX–XXI.",
    "Uroczystość 15.XII.2025 r. i sesja XX (12 września 2025 r.).",
])
def test_a_roman_xx_stays_the_texts(new):
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


def test_the_roman_district_number_in_a_function_stays_the_texts():
    line = "dzielnicowa rejonu służbowego nr XIII"
    _silent(_check((50, line, "dzielnicowa rejonu służbowego nr XX")), 50, _GAP)


# --- 23: Word's broken reference in its Polish and English wordings --------------------------------------------------

@pytest.mark.parametrize("words", [
    "Błąd! Nie można odnaleźć źródła odwołania.",
    "Błąd! Nie można odnaleźć źródła odsyłacza.",
    "Błąd! Nie zdefiniowano zakładki.",
    "Błąd! Brak tekstu o podanym stylu w dokumencie.",
    "Error! Reference source not found.",
    "Error! Bookmark not defined.",
])
def test_words_broken_reference_is_told(words):
    """Finding 23 of rev-msg21: only „…źródła odsyłacza.” and „Nie zdefiniowano zakładki.” were told."""
    report = _check((282, _NOTICES, f"Ogłoszenia na tablicach osiedlowych (zob. pkt {words})."))
    assert _warned(report, 282, f"„{words}” to komunikat Worda o zepsutym odsyłaczu"), report.warnings


def test_an_error_word_in_a_texts_own_sentence_is_silent():
    report = _check((282, _NOTICES, "Ogłoszenia: „Error! Zgłoś błąd” – hasło gry edukacyjnej; Błąd! – mówi dziecko."))
    assert not _warned(report, 282, "komunikat Worda"), report.warnings


# --- 8: a termin's „od” holding the whole period, a start without its end -------------------------------------------

_TWO_DATES = "w polu od stoją dwie daty – „do” wpisz w osobnym wierszu pod „od:”, z tym samym wcięciem: "


@pytest.mark.parametrize("od", ["1.03.2026 do 31.03.2026", "2026-03-01 – 2026-03-31", "1 marca 2026 do 31 marca 2026",
                                "od 1 marca do 31 marca 2026 r."])
def test_a_termins_start_holding_the_period_is_told_as_two_dates(od):
    """Finding 8 of rev-msg21: „od: 1.07.2025 do 31.12.2025” under a termin was told „brak terminu”."""
    report = _check((143, "do: 2026-03-31", f"od: {od}"))
    told = [(e.line, e.message) for e in report.errors]
    assert told == [(143, _TWO_DATES + "od: 2026-03-01 / do: 2026-03-31")], told


def test_a_periods_start_holding_the_period_in_dots_is_told_as_two_dates():
    report = _check((80, "od: 2026-03-01", "od: 1.03.2026 do 31.08.2026"), (81, "do: 2026-08-31", "# do"))
    told = [e.message for e in report.errors]
    assert _TWO_DATES + "od: 2026-03-01 / do: 2026-08-31" in told, told


def test_a_termins_start_without_its_end_is_told_the_end_is_missing():
    report = _check((143, "do: 2026-03-31", "od: 2026-03-01"))
    told = [e.message for e in report.errors]
    assert len(told) == 1 and told[0].startswith("brak daty końcowej") and "do: RRRR-MM-DD" in told[0], told


def test_a_termin_with_nothing_is_still_no_deadline():
    report = _check((143, "do: 2026-03-31", "od: raz w miesiącu"))
    assert any(e.message.startswith("brak terminu") for e in report.errors), report.errors


# --- 25: `pismo nowa --z` names a text deadline's dates it does not move and the old plan's errors it carries ----------

def _next(*edits):
    from example_edits import edited
    from pismo.case.periods import next_period

    return next_period(edited(*edits), "poprzedni.yaml")


@pytest.mark.parametrize("termin", ["termin: 31.03.2026", "termin: do 31.03", "termin: do 31 marca 2026 r."])
def test_a_text_deadline_holding_a_date_is_named_in_the_next_periods_notes(termin):
    """Finding 25 of rev-msg21: „termin: 31.07.2025” was carried into the next period unshifted and unmentioned."""
    made = _next((142, "termin:", termin), (143, "do: 2026-03-31", "# do"))
    told = [n for n in made.notes if n.startswith("Działanie 1 › Termin:")]
    assert told == [f"Działanie 1 › Termin: „{termin[8:]}” to termin wpisany tekstem – jego dat nie przesunięto; "
                    "wpisz termin nowego okresu jako datę, np. przesunięty o 6 miesięcy: termin: / do: 2026-09-30"], \
        made.notes
    assert told[0] in made.text  # in the new file's header too


def test_a_text_deadline_without_a_date_and_the_example_have_no_such_note():
    assert not any("Termin:" in n or "błąd poprzedniego planu" in n for n in _next().notes)
    made = _next((142, "termin:", "termin: na bieżąco"), (143, "do: 2026-03-31", "# do"))
    assert not any("Termin:" in n for n in made.notes), made.notes


def test_the_previous_plans_errors_are_named_as_carried_over():
    made = _next((143, "do: 2026-03-31", "od: 1.03.2026 do 31.03.2026"))
    told = [n for n in made.notes if n.startswith("błąd poprzedniego planu")]
    assert told == ["błąd poprzedniego planu, przeniesiony bez zmian (wiersz 143 starego pliku) – popraw go, a daty w "
                    "nim przesuń o 6 miesięcy: dzialania[0].termin.od: " + _TWO_DATES
                    + "od: 2026-03-01 / do: 2026-03-31"], made.notes
    assert not any(n.startswith("Działanie 1 › Termin") for n in made.notes), made.notes  # told once, as the error


def test_the_cli_lists_the_carried_error(tmp_path):
    from click.testing import CliRunner
    from example_edits import edited
    from pismo.cli.main import main

    old = tmp_path / "poprzedni.yaml"
    old.write_text(edited((143, "do: 2026-03-31", "od: 1.03.2026 do 31.03.2026")), encoding="utf-8")
    result = CliRunner().invoke(main, ["nowa", "--z", str(old), str(tmp_path / "nowy.yaml")])
    assert result.exit_code == 0 and "  – błąd poprzedniego planu, przeniesiony bez zmian" in result.output, result.output


# --- 15: the letter's sign left as a note or with one space for its number -----------------------------------------

_SIGN_WHAT = "wpisz znak pisma z jego numerem, np. PR-ZD-0151-3/25"


@pytest.mark.parametrize("new, gap", [
    ("do nadania", "do nadania"),
    ("nadać w kancelarii", "nadać w kancelarii"),
    ("PR-RD-0151- /26", "PR-RD-0151- /26"),
    ("PR-RD-0151-XX/26", "PR-RD-0151-XX/26"),
])
def test_a_sign_left_as_a_note_or_a_space_is_a_gap(new, gap):
    """Finding 15 of rev-msg21: „znak: do nadania”, „nadać w kancelarii”, „0151- /25” were silent."""
    report = _check((309, "PR-RD-0151-13/26", new))
    assert _warned(report, 309, f"pole zawiera „{gap}” – {_GAP} i tak trafi do pisma; {_SIGN_WHAT}"), report.warnings


def test_a_sign_with_its_number_stays_silent():
    _silent(_check((309, "PR-RD-0151-13/26", "PR.5520.13.2026")), 309, _GAP)


# --- 19: the officer's own marks in the minutes: square brackets, capitals, a bracket opened by a dash ----------------

MINUTES_LINE, MINUTES = 387, "Przyjęto ustalenia zapisane poniżej."


@pytest.mark.parametrize("new, gap", [
    ("Termin kolejnego spotkania [do ustalenia].", "[do ustalenia]"),
    ("Przyjęto ustalenia zapisane poniżej. [DO USTALENIA]", "[DO USTALENIA]"),
    ("Przyjęto ustalenia zapisane poniżej. (– sprawdzić, czy tak było)", "(– sprawdzić, czy tak było)"),
])
def test_an_officers_mark_in_the_minutes_is_a_gap(new, gap):
    """Finding 19 of rev-msg21: the minutes' „open matter” let square brackets, capitals and „(– sprawdzić …)” pass."""
    report = _check((MINUTES_LINE, MINUTES, new))
    assert _warned(report, MINUTES_LINE, f"pole zawiera „{gap}” – {_GAP}"), report.warnings


@pytest.mark.parametrize("new", [
    "Termin kolejnego spotkania (do potwierdzenia).",
    "Termin kolejnego spotkania – do ustalenia z Radą Osiedla.",
    "Przewodnicząca poprosiła, by sprawdzić oświetlenie (uzgodnić z ZGK).",
])
def test_an_open_matter_in_the_minutes_stays_their_record(new):
    _silent(_check((MINUTES_LINE, MINUTES, new)), MINUTES_LINE, _GAP)


# --- 6: an addressee's function beside the name ------------------------------------------------------------------------

@pytest.mark.parametrize("new, tail", [
    ("Ewa Fikcyjna (Prezydent)", "Prezydent"),
    ("Ewa Fikcyjna – Prezydent Miasta Wrzosogrodu", "Prezydent Miasta Wrzosogrodu"),
    ("Ewa Fikcyjna, Prezydent", "Prezydent"),
])
def test_an_addressees_function_beside_the_name_is_told(new, tail):
    """Finding 6 of rev-msg21: only the officers' names were read for a function – the letter printed it twice."""
    report = _check((208, "Ewa Fikcyjna", new))
    assert _warned(report, 208, f"po imieniu i nazwisku stoi funkcja („{tail}”) – pismo bierze funkcję z pola „funkcja”"
                   " i drukuje ją samo, w piśmie stałaby dwa razy; zostaw „Ewa Fikcyjna”"), report.warnings


@pytest.mark.parametrize("new", ["dr Ewa Fikcyjna", "Ewa Fikcyjna-Nowak", "Ewa Fikcyjna (z d. Nowak)"])
def test_an_addressees_name_with_no_function_stays_silent(new):
    report = _check((208, "Ewa Fikcyjna", new))
    assert not _warned(report, 208, "stoi funkcja"), report.warnings


# --- 11: a note after the district's number ----------------------------------------------------------------------------

_DISTRICT_LINE = 76

@pytest.mark.parametrize("note", ["[sprawdzić]", "// sprawdzić", "-- sprawdzić"])
def test_a_note_after_the_districts_number_is_named(note):
    """Finding 11 of rev-msg21: „numer: 3 [sprawdzić]” was told to write the number in figures – it was."""
    report = _check((_DISTRICT_LINE, "numer: XIII", f"numer: XIII   {note}"))
    told = [e.message for e in report.errors]
    assert f"po numerze stoi „{note}” – to uwaga, a pole to sam numer; usuń ją (uwagę zacznij od „#”): numer: XIII" \
        in told, told
