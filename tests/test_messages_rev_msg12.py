"""The case file's messages and what documents print from fields: the findings of the twelfth messages review
(rev-msg12) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import re

import pytest

from example_edits import checked as _check


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 22: an invisible character named in Polish ---------------------------------------------------------------------

@pytest.mark.parametrize("char, name", [("\u200b", "spacja o zerowej szerokości"), ("\u200e", "znak kierunku pisma"),
                                        ("\u2060", "niewidoczny łącznik słów"), ("\u2062", "niewidoczny operator")])
def test_an_invisible_character_is_named_in_polish(char, name):
    """Finding 22 of rev-msg12: „niewidoczny znak U+200B (ZERO WIDTH SPACE) – usuń go” – English in a Polish message."""
    report = _check((343, "placu zabaw", f"placu{char} zabaw"))
    messages = [message for *_, message in _errors(report)]
    assert len(messages) == 1 and f"U+{ord(char):04X} ({name}" in messages[0], messages
    assert not re.search(r"[A-Z]{4,} [A-Z]{4,}", messages[0]), messages


# --- 21: a wrapped item's text at the dash's column is no Word bullet -----------------------------------------------

_ITEM_2 = "- Przedstawienie planu działania priorytetowego dla rejonu służbowego nr XIII."


@pytest.mark.parametrize("wrapped", ["- Przedstawienie informacji\n      o planie działania priorytetowego.",
                                     "- Przedstawienie planu na\n      2. półrocze 2026 r."])
def test_a_wrapped_item_text_opening_with_o_or_an_ordinal_is_not_a_word_bullet(wrapped):
    """Finding 21 of rev-msg12: „o planie …” / „2. półrocze” wrapped onto the dash's column was told as Word's „o”
    bullet / a numbered item – „wpisz „- ”” (following it replaced the word „o” and made a fifth agenda point)."""
    report = _check((354, _ITEM_2, wrapped))
    messages = [message for *_, message in _errors(report)]
    assert messages and not any("punkt listy zaczyna się od" in m for m in messages), messages
    assert any("dalszy ciąg" in m for m in messages), messages


@pytest.mark.parametrize("mark, sign", [("o\t", "o"), ("2.\t", "2."), ("3. ", "3.")])
def test_a_word_bullet_or_number_at_the_dash_column_is_still_named(mark, sign):
    report = _check((355, "- Uwagi mieszkańców", f"{mark}Uwagi mieszkańców"))
    messages = [message for *_, message in _errors(report)]
    assert messages and f"punkt listy zaczyna się od „{sign}”" in messages[0], messages


# --- 1: a rank written in the officer's name ------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, rank", [(48, "Anna Zmyślona", "st. asp. Anna Zmyślona", "st. asp."),
                                                   (48, "Anna Zmyślona", "st.asp. Anna Zmyślona", "st.asp."),
                                                   (58, "Tomasz Wymyślny", "mł. insp. Tomasz Wymyślny", "mł. insp.")])
def test_a_rank_written_in_the_name_is_warned_and_printed_once(line, old, new, rank):
    """Finding 1 of rev-msg12: „imie_nazwisko: st. asp. Anna Zmyślona” beside „stopien: st. asp.” passed and every
    signed document printed „st. asp. st. asp. Anna Zmyślona”."""
    from example_edits import edited
    from pismo.case.loader import load_case_text
    from pismo.documents.context import person

    report = _check((line, old, new))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, line) if f"„{rank}”" in m]
    assert told and f"usuń „{rank}”" in told[0] and f"zacznij od „{old}" in told[0], _warned(report, line)
    osoby = load_case_text(edited((line, old, new))).sprawa.osoby
    printed = person(osoby.dzielnicowy if line == 48 else osoby.komendant)["pelne"]
    assert printed == ("st. asp. " if line == 48 else "mł. insp. ") + old, printed  # the rank of „stopien”, once


# --- 9: openings pismo prints itself, pasted before a request or a topic --------------------------------------------

@pytest.mark.parametrize("opening", ["mając na uwadze powyższe, zwracam się z prośbą o", "Prosimy o", "Prośba o",
                                     "zwracam się o"])
def test_a_request_opened_with_a_longer_pasted_lead_in_is_warned(opening):
    """Finding 9 of rev-msg12: „prośbą o mając na uwadze powyższe, zwracam się z prośbą o rozważenie …”."""
    report = _check((297, "rozważenie", f"{opening} rozważenie"))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 297) + _warned(report, 296) if "zacznij od „rozważenie" in m]
    assert told, [w.message for w in report.warnings]


@pytest.mark.parametrize("text", ["dotyczący spożywania", "Dot. spożywania"])
def test_the_threats_topic_opened_with_dotyczacy_prints_it_once(text):
    """Finding 9 of rev-msg12: the requests printed „plan … dotyczący dotyczący spożywania …”."""
    from example_edits import edited
    from pismo.case.loader import load_case_text
    from pismo.documents.builders import wnioski

    sprawa = load_case_text(edited((89, "temat: spożywania", f"temat: {text}"))).sprawa
    assert wnioski(sprawa)[0].context["temat_planu"].startswith("spożywania alkoholu")


def test_a_topic_opened_with_sprawa_prints_it_once():
    from pismo.documents.context import topic

    assert topic("Sprawa: bezpieczeństwa przy ul. Lipowej") == "bezpieczeństwa przy ul. Lipowej"


# --- 2: a meeting's number written with „nr” -----------------------------------------------------------------------

@pytest.mark.parametrize("number", ["nr 1/2026", "Nr 1/2026", "nr. 1/2026"])
def test_a_meeting_number_written_with_nr_is_warned(number):
    """Finding 2 of rev-msg12: meeting 1's „numer: nr 1/2026” printed „PROTOKÓŁ nr nr 1/2026” unwarned."""
    report = _check((335, "1/2026", number))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 335) if "zacznij od „1/2026" in m]
    assert told and "„nr”" in told[0], [w.message for w in report.warnings]
