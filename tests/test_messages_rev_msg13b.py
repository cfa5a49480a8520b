"""The case file's messages and what documents print from fields: the thirteenth messages review (rev-msg13) of
issue 17, its findings 2–18 and 21–25. Each case is the Wrzosogród example with a line or two changed as an officer
would; a check states the class it guards, not the one input the review tried."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 2: the town with the rest of an old letter's date line ----------------------------------------------------------

@pytest.mark.parametrize("town, end", [
    ("Wrzosogród, dnia 10.03.2026", ", dnia 10.03.2026"), ("Wrzosogród, dn. ........", ", dn. ........"),
    ("Wrzosogród, d.", ", d."), ("Wrzosogród, 10 marca 2026 r.", ", 10 marca 2026 r."),
    ("Wrzosogród – dnia", "– dnia"), ("Wrzosogród dnia", "dnia"), ("Wrzosogród, dnia", ", dnia"),
    ("Wrzosogród 10.03.2026", "10.03.2026"), ("Wrzosogród …", "…"),
])
def test_a_town_with_any_rest_of_a_date_line_is_told_with_the_town_alone(town, end):
    """Finding 2 of rev-msg13: only a final „dnia” was seen; „, dnia 10.03.2026”, „, d.”, a date in words or a form's
    dots printed „Wrzosogród, dnia 10.03.2026, dnia 20 lutego 2026 r.”; „– dnia” was told to keep the dash."""
    report = _check((33, "Wrzosogród", town))
    told = [m for m in _warned(report, 33) if "„, dnia" in m]
    assert told and f"usuń „{end}” i zostaw „Wrzosogród”" in told[0], report.warnings


@pytest.mark.parametrize("town, preposition", [("we Wrzosogrodzie", "we"), ("w Łęcznej", "w")])
def test_a_town_written_after_a_preposition_is_told_to_be_in_the_nominative(town, preposition):
    report = _check((33, "Wrzosogród", town))
    told = [m for m in _warned(report, 33) if "mianowniku" in m]
    assert told and f"„{preposition}”" in told[0], report.warnings


@pytest.mark.parametrize("town", ["Bielsko-Biała", "Nowy Dwór Mazowiecki", "Kędzierzyn-Koźle", "Dąbrowa Górnicza"])
def test_a_towns_own_name_is_not_told(town):
    report = _check((33, "Wrzosogród", town))
    assert not [m for m in _warned(report, 33) if "miejscowo" in m], report.warnings


# --- 3: the meeting's number with any label of a number ----------------------------------------------------------

@pytest.mark.parametrize("number, opening", [
    ("Protokół nr 1/2026", "Protokół nr"), ("nr1/2026", "nr"), ("No 1/2026", "No"), ("№ 1/2026", "№"),
    ('"nr: 1/2026"', "nr:"), ("Nr. 1/2026", "Nr."), ("Protokół 1/2026", "Protokół"), ("numer 1/2026", "numer"),
])
def test_a_meeting_number_with_any_label_of_a_number_is_told_from_the_number(number, opening):
    """Finding 3 of rev-msg13: „Protokół nr 1/2026”, „nr1/2026”, „No”, „№” passed and printed „PROTOKÓŁ nr Protokół nr
    1/2026”; for „nr: 1/2026” the advice kept the colon („zacznij od „: 1/2026…””)."""
    report = _check((335, "1/2026", number))
    told = [m for m in _warned(report, 335) if "dwa razy" in m]
    assert told and f"usuń „{opening}” i zacznij od „1/2026…”" in told[0], report.warnings


@pytest.mark.parametrize("number", ["1/2026", "Nowak-1", "NRD/1"])
def test_a_bare_meeting_number_is_not_told(number):
    report = _check((335, "1/2026", number))
    assert not [m for m in _warned(report, 335) if "dwa razy" in m], report.warnings


# --- 4: the request with any lead-in of its own ----------------------------------------------------------------------

@pytest.mark.parametrize("asked, opening", [
    ("Wnioskuję o rozważenie", "Wnioskuję o"), ("Proszę Panią Prezydent o rozważenie", "Proszę Panią Prezydent o"),
    ("Prośba dotyczy rozważenia", "Prośba dotyczy"), ("wnioskujemy o rozważenie", "wnioskujemy o"),
    ("Uprzejmie proszę o rozważenie", "Uprzejmie proszę o"),
])
def test_a_request_opened_with_any_lead_in_is_told(asked, opening):
    """Finding 4 of rev-msg13: „Wnioskuję o”, „Proszę Panią Prezydent o”, „Prośba dotyczy” passed and printed
    „zwracam się z uprzejmą prośbą o Wnioskuję o rozważenie …”."""
    report = _check((297, "rozważenie", asked))
    told = [m for m in _warned(report, 296) if "dwa razy" in m]
    assert told and f"usuń „{opening}”" in told[0], report.warnings


def test_a_request_opened_with_a_capital_is_told_as_a_sentences_start():
    """The class behind finding 4: pismo puts the request after „prośbą o”, so a capital opens a pasted sentence."""
    report = _check((297, "rozważenie możliwości", "Zastosowanie możliwości"))
    told = [m for m in _warned(report, 296) if "wielką literą" in m]
    assert told and "„Zastosowanie”" in told[0], report.warnings


@pytest.mark.parametrize("asked", ["rozważenie", "rozważenie propozycji, o której mowa", "MOPS-u o rozważenie"])
def test_a_request_in_its_own_words_is_not_told(asked):
    report = _check((297, "rozważenie", asked))
    assert not [m for m in _warned(report, 296) if "dwa razy" in m or "wielką literą" in m], report.warnings


# --- 14: the meeting's topic opened with „spotkanie dotyczące” --------------------------------------------------------

@pytest.mark.parametrize("opening", ["spotkanie dotyczące", "Spotkanie dotyczące", "spotkanie na temat",
                                     "zebranie w sprawie", "narada dotycząca", "Spotkanie w sprawie"])
def test_a_meeting_topic_opened_with_a_meeting_word_prints_without_it(opening):
    """Finding 14 of rev-msg13: „spotkanie dotyczące bezpieczeństwa …” printed „zapraszam na spotkanie w sprawie
    spotkanie dotyczące bezpieczeństwa …” – the opening „spotkanie w sprawie” was stripped, its kin not."""
    from pismo.documents.context import topic

    assert topic(f"{opening} bezpieczeństwa w rejonie") == "bezpieczeństwa w rejonie"
    assert topic("spotkania z mieszkańcami") == "spotkania z mieszkańcami"


# --- 10: the recurrence printed mid-sentence as written ---------------------------------------------------------------

@pytest.mark.parametrize("recurrence, told", [
    ("Raz w miesiącu.", "wielką literą („Raz”)"), ("Raz w miesiącu", "wielką literą („Raz”)"),
    ("termin realizacji raz w miesiącu", "usuń „termin realizacji”"),
    ('"Termin realizacji: raz w miesiącu"', "usuń „Termin realizacji:”"),
])
def test_a_recurrence_opened_as_a_sentence_or_with_the_plans_words_is_told(recurrence, told):
    """Finding 10 of rev-msg13: „cyklicznie: Raz w miesiącu.” printed „– termin realizacji Raz w miesiącu. w okresie
    od …”, „termin realizacji raz …” printed „termin realizacji termin realizacji …” – unwarned."""
    report = _check((159, "raz w miesiącu", recurrence))
    assert [m for m in _warned(report, 159) if told in m], report.warnings


def test_a_recurrences_final_dot_gives_way_to_the_deadline():
    import datetime as dt

    from pismo.case.model import Termin
    from pismo.documents.context import deadline

    termin = Termin(od=dt.date(2026, 3, 1), do=dt.date(2026, 8, 31), cyklicznie="raz w miesiącu.")
    assert deadline(termin, ("dzialania", 0, "termin")).startswith("raz w miesiącu w okresie od 1 marca 2026")
    report = _check((159, "raz w miesiącu", "raz w miesiącu"))
    assert not [m for m in _warned(report, 159) if "wielką" in m or "dwa razy" in m], report.warnings
