"""The case file's messages: the twenty-second messages review (rev-msg22) of issue 17 – false alarms on wording
officers really write. Each case is the Wrzosogród example with a line changed."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited

from test_messages_rev_msg17 import _GAP, _NOTICES, _silent, _warned  # one set of report helpers


# --- 1: „XX” after digits is a phone's gap only in a phone's nine digits ---------------------------------------------

@pytest.mark.parametrize("new", ["Spotkania w blokach z lat 60-70 XX wieku.", "Spotkania w blokach z lat 60 70 XX wieku.",
                                 "Oświetlenie bloków z lat 70-80 XX w.", "Pogadanka w bud. 12-14 XX LO.",
                                 "W dniach 20-21 XX Festiwalu Łęcznej."])
def test_a_roman_xx_after_a_range_of_numbers_is_the_texts(new):
    """Finding 1 of rev-msg22: „z lat 60-70 XX wieku” was told to be a phone number left to fill."""
    _silent(_check((282, _NOTICES, new)), 282, _GAP)


@pytest.mark.parametrize("new, gap", [("Informacja pod numerem 81 752 20 XX.", "81 752 20 XX"),
                                      ("Informacja pod numerem 600-123-XXX.", "600-123-XXX"),
                                      ("Informacja pod numerem 47 811 XX XX.", "47 811 XX XX")])
def test_a_phones_gap_is_still_told(new, gap):
    report = _check((282, _NOTICES, new))
    assert _warned(report, 282, f"pole zawiera „{gap}” – {_GAP} i tak trafi do pisma; wpisz pełny numer telefonu")


def test_xx_after_a_postal_code_is_the_towns_gap():
    """Finding 1 of rev-msg22: „21-010 XX” was told as a phone; the town is what is missing."""
    report = _check((215, "99-999 Wrzosogród", "99-999 XX"))
    told = [w for w in report.warnings if "„XX”" in w.message and w.line == 215]
    assert told and told[0].message.endswith("i tak trafi do pisma; wpisz nazwę miejscowości"), report.warnings
    line = edited((215, "99-999 Wrzosogród", "99-999 XX")).split("\n")[214]
    assert told[0].column == line.index("XX") + 1


# --- 25: an inch mark after a digit is no closing quote -------------------------------------------------------------

@pytest.mark.parametrize("new", ["Prezentacja kamer 1/3” CMOS.", "Kamery z przetwornikiem 1/2,8” i monitorem 24”."])
def test_an_inch_mark_after_a_digit_is_no_lone_closing_quote(new):
    """Finding 25 of rev-msg22: Word writes the typed " after a digit as „”” – a sensor's „1/3”” was told as a closing
    quote without its opener."""
    _silent(_check((282, _NOTICES, new)), 282, "cudzysłów")


def test_a_lone_closer_after_a_word_is_still_told():
    report = _check((282, _NOTICES, "Akcja Bezpieczny Senior” w parafii."))
    assert _warned(report, 282, "cudzysłów zamykający „”” bez otwierającego „„”")


# --- 2, 15, 23: a text deadline's date read by the word before it ---------------------------------------------------

def _next(*edits):
    from pismo.case.periods import next_period

    return next_period(edited(*edits), "poprzedni.yaml")


def _text_term(termin: str):
    return (142, "termin:", f"termin: {termin}"), (143, "do: 2026-03-31", "# do")


def _told(report) -> list[str]:
    return [w.message for w in report.warnings if w.field == "dzialania[0].termin"]


@pytest.mark.parametrize("termin", ["na bieżąco, zgodnie z uchwałą Rady z 15.03.2024",
                                    "stale, zgodnie z porozumieniem z dnia 20.02.2026"])
def test_a_documents_date_in_a_text_deadline_is_no_deadline(termin):
    """Finding 2 of rev-msg22: the resolution's date was offered as „do: 2024-03-15” and called the previous plan's."""
    assert not _told(_check(*_text_term(termin)))
    assert not any("Termin:" in n for n in _next(*_text_term(termin)).notes)


def test_the_deadline_beside_a_documents_date_is_the_one_offered():
    told = _told(_check(*_text_term("zgodnie z pismem z dnia 20.02.2026 – do 31.03.2026")))
    assert len(told) == 1 and "termin: / do: 2026-03-31 (" in told[0] and "od:" not in told[0], told


@pytest.mark.parametrize("termin, start, moved", [("od 1.03.2026 na bieżąco", "2026-03-01", "2026-09-01"),
                                                  ("po 15.03.2026", "2026-03-15", "2026-09-15"),
                                                  ("od 1.03.2026 r. do odwołania", "2026-03-01", "2026-09-01")])
def test_a_lone_start_date_is_offered_as_the_start(termin, start, moved):
    """Finding 15 of rev-msg22: „od 1.07.2025 na bieżąco” was offered as „do: 2025-07-01” – due on its first day."""
    from pismo import api

    told = _told(_check(*_text_term(termin)))
    fields = f"od: {start} / do: 2026-08-31"
    assert len(told) == 1 and "i to datę początku, nie końca" in told[0] and f"termin: / {fields} (" in told[0], told
    group = "termin:\n" + "".join(f"      {field}\n" for field in fields.split(" / "))
    fixed = edited(*_text_term(termin)).replace(f"termin: {termin}\n", group, 1)
    report = api.check(fixed, name="sprawa.yaml")
    assert not report.errors and not _told(report), (report.errors, report.warnings)
    notes = [n for n in _next(*_text_term(termin)).notes if n.startswith("Działanie 1 › Termin:")]
    assert len(notes) == 1 and notes[0].endswith(f": termin: / od: {moved} / do: 2027-02-28"), notes


def test_within_days_from_a_date_is_offered_its_end():
    told = _told(_check(*_text_term("w ciągu 14 dni od 1.03.2026")))
    assert len(told) == 1 and "termin: / do: 2026-03-15 (" in told[0], told


def test_a_date_after_the_period_is_not_called_the_previous_plans():
    told = _told(_check(*_text_term("do 15.09.2026 (sprawozdanie końcowe)")))
    assert len(told) == 1 and "poprzedniego planu" not in told[0] and "jest poza okresem planu" in told[0], told


def test_a_date_in_a_groups_cyklicznie_gets_no_text_deadline_note():
    """Finding 23 of rev-msg22: `nowa --z` called „cyklicznie: raz w miesiącu od 1.03.2026” of a group with od/do
    a text deadline and offered to replace the group by one day."""
    made = _next((159, "cyklicznie: raz w miesiącu", "cyklicznie: raz w miesiącu od 1.03.2026"))
    assert not any(n.startswith("Działanie 3 › Termin:") for n in made.notes), made.notes


# --- 6: a number offered only when the words say exactly one ---------------------------------------------------------

@pytest.mark.parametrize("line, key, new", [(123, "wartosc_docelowa", "siedem tysięcy"),
                                            (123, "wartosc_docelowa", "siedem i pół"),
                                            (123, "wartosc_docelowa", "siedem razy mniej"),
                                            (123, "wartosc_docelowa", "siedem na sto"),
                                            (122, "wartosc_wyjsciowa", "9 (KMZB) + 3 (SM) = 12")])
def test_words_that_change_the_number_get_no_number_offered(line, key, new):
    """Finding 6 of rev-msg22: „siedem tysięcy” was offered as „wpisz samą liczbę: 7”, „9 (KMZB) + 3 (SM) = 12” as 9."""
    old = edited().split("\n")[line - 1].split(": ", 1)[1]
    report = _check((line, f"{key}: {old}", f"{key}: {new}"))
    told = [e.message for e in report.errors if e.field == f"cel.wskazniki[0].{key}"]
    assert told and not any("wpisz samą liczbę" in m for m in told), report.errors


@pytest.mark.parametrize("new, number", [("siedemnaście (17)", "17"), ("7 (siedem)", "7"), ("7 zgłoszeń", "7")])
def test_one_number_in_words_or_figures_is_still_offered(new, number):
    old = edited().split("\n")[122].split(": ", 1)[1]
    report = _check((123, f"wartosc_docelowa: {old}", f"wartosc_docelowa: {new}"))
    assert any(f"wpisz samą liczbę: {number} (" in e.message for e in report.errors), report.errors


# --- 17, 18: indentation advice that, followed, passes ---------------------------------------------------------------

def _only_error(report):
    assert len(report.errors) == 1, [(e.line, e.column, e.message) for e in report.errors]
    return report.errors[0]


def test_a_sibling_too_deep_under_a_flow_list_is_told_to_lose_a_space_not_the_list():
    """Finding 17 of rev-msg22: „dokumenty:” a space too deep under „partnerzy: [urzad-miejski]” was told to delete
    „[urzad-miejski]” – the action's partner."""
    from pismo import api

    edit = (145, "    dokumenty: [wniosek-plac-zabaw]", "     dokumenty: [wniosek-plac-zabaw]")
    error = _only_error(_check(edit))
    assert (error.line, error.column) == (145, 6)
    assert "usuń 1 spację przed „dokumenty:”, by stało w tej samej kolumnie co „partnerzy:”" in error.message
    assert "usuń „[urzad-miejski]”" not in error.message
    fixed = edited(edit).replace("\n     dokumenty:", "\n    dokumenty:", 1)
    assert not api.check(fixed, name="sprawa.yaml").errors


def test_a_list_item_that_lost_its_dash_is_told_to_get_it_back():
    """Finding 18 of rev-msg22: „  id: …” of the next action was told to be aligned with the previous item's „id” –
    which gave four duplicate-key errors."""
    from pismo import api

    edit = (146, "  - id: wniosek-do-strazy", "  id: wniosek-do-strazy")
    error = _only_error(_check(edit))
    assert (error.line, error.column) == (146, 3)
    assert error.message == ("błąd składni YAML: tu zaczyna się chyba nowy element listy – element z wiersza 137 ma już "
                             "pole „id”; wpisz „- ” przed „id:”, tak by myślnik stał w tej samej kolumnie co „-” w "
                             "wierszu 137")
    assert not api.check(edited(edit).replace("\n  id: wniosek-do-strazy", "\n  - id: wniosek-do-strazy", 1),
                         name="sprawa.yaml").errors
