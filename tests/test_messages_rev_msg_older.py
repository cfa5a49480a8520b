"""The case file's messages: findings left open from older messages reviews (rev-msg10 … rev-msg13) of issue 17.
Each case is the Wrzosogród example with a line changed as an officer would; a check states the class it guards."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _told(report, line: int) -> list[str]:
    return [p.message for p in report.errors + report.warnings if p.line == line]


# --- rev-msg12 finding 19: a value's message says what to write ----------------------------------------------------

@pytest.mark.parametrize("written, meant", [("tak", "true"), ("nie", "false"), ("TAK", "true"), ("Tak", "true")])
def test_a_yes_or_no_written_in_polish_is_told_as_true_or_false(written, meant):
    report = _check((246, "kolegialny: true", f"kolegialny: {written}"))
    told = _told(report, 246)
    assert told and f"wpisz {meant}" in told[0], told


@pytest.mark.parametrize("written, number", [("9 zgłoszeń", "9"), ("ok. 6", "6"), ("20%", "20"), ("ok. 6,5", "6.5")])
def test_a_number_written_with_words_is_told_with_the_number_alone(written, number):
    report = _check((122, "wartosc_wyjsciowa: 9", f"wartosc_wyjsciowa: {written}"))
    told = _told(report, 122)
    assert told and f"wpisz samą liczbę: {number}" in told[0], told


# --- rev-msg13 finding 21: a text written in brackets ---------------------------------------------------------------

@pytest.mark.parametrize("written, sign", [("[temat spotkania]", "["), ("{temat spotkania}", "{")])
def test_a_text_in_brackets_is_told_by_its_bracket(written, sign):
    report = _check((343, "bezpieczeństwa w rejonie placu zabaw przy ul. Lipowej i sklepu przy ul. Klonowej 12", written))
    told = _told(report, 343)
    assert told and f"„{sign}”" in told[0] and "dwukropk" not in told[0] and "a jest lista" not in told[0], told


# --- rev-msg13 finding 25: an hour written as a range ----------------------------------------------------------------

@pytest.mark.parametrize("written", ['"17:00–18:30"', "17:00-18:30", '"17:00 - 18:30"'])
def test_an_hour_range_names_the_end_hours_field(written):
    report = _check((337, '"17:00"', written))
    told = _told(report, 337)
    assert told and "godzina_zakonczenia" in told[0] and '"18:30"' in told[0], told


# --- rev-msg12 finding 6: a hashtag or an address's anchor is no comment ---------------------------------------------

@pytest.mark.parametrize("written", ["Wrzosogrodzie (#BezpiecznaLipowa).", "Wrzosogrodzie „#BezpiecznaLipowa”.",
                                     "Wrzosogrodzie (Rejon#XIII).", "Wrzosogrodzie facebook.com/KMPWrzosogrod#posts.",
                                     "Wrzosogrodzie /#BezpiecznaLipowa."])
def test_a_hashtag_or_an_anchor_is_not_told_as_a_glued_comment(written):
    report = _check((281, "Wrzosogrodzie.", written))
    assert not [m for m in _told(report, 281) if "przylega do tekstu" in m], _told(report, 281)


def test_a_comment_glued_to_a_word_is_still_told():
    report = _check((281, "Wrzosogrodzie.", "Wrzosogrodzie.#stary"))
    assert [m for m in _told(report, 281) if "przylega do tekstu" in m], _told(report, 281)


# --- rev-msg12 finding 7: „w terminie” with a duration is no deadline ------------------------------------------------

@pytest.mark.parametrize("written", ["w terminie 2 godzin lekcyjnych dla", "w terminie 3 dni od zgłoszenia dla"])
def test_a_duration_after_w_terminie_is_not_told_as_a_deadline(written):
    report = _check((175, "Zajęcia profilaktyczne dla", f"Zajęcia profilaktyczne {written}"))
    assert not [m for m in _told(report, 175) if "dwa terminy" in m], _told(report, 175)


@pytest.mark.parametrize("written", ["w terminie do 15 maja dla", "w terminie 15 maja dla", "w terminie 15.05.2026 dla",
                                     "(termin: marzec 2026) dla", "– termin realizacji 2026 dla"])
def test_a_date_after_w_terminie_is_still_told(written):
    report = _check((175, "Zajęcia profilaktyczne dla", f"Zajęcia profilaktyczne {written}"))
    assert [m for m in _told(report, 175) if "dwa terminy" in m], _told(report, 175)


# --- rev-msg13 finding 18: the meeting place -------------------------------------------------------------------------

@pytest.mark.parametrize("place", ["online (MS Teams)", "wzdłuż ul. Lipowej (zbiórka przy placu zabaw)",
                                   "od placu zabaw przy ul. Lipowej", "sprzed sklepu przy ul. Klonowej 12",
                                   "zdalnie (MS Teams)"])
def test_a_right_meeting_place_is_not_warned(place):
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    assert not [m for m in _told(report, 342) if "miejsce spotkania" in m], _told(report, 342)


@pytest.mark.parametrize("place, told", [
    ("„w świetlicy Rady Osiedla Wrzosowisko”", "cudzysłów"), ("W świetlicy Rady Osiedla Wrzosowisko", "„w świetlicy"),
    ("w w świetlicy Rady Osiedla Wrzosowisko", "„w” dwa razy"), ("w świetlicy Rady Osiedla Wrzosowisko.", "kropką"),
])
def test_a_meeting_places_slip_is_told_by_its_cause(place, told):
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    found = [m for m in _told(report, 342) if "miejsce spotkania" in m]
    assert found and told in found[0] and "od przyimka" not in found[0], found


# --- rev-msg13 finding 22: a list's key with Polish letters is no fallen text -----------------------------------------

@pytest.mark.parametrize("line, old, new", [(106, "zrodla:", "źródła:"), (352, "porzadek:", "porządek obrad:"),
                                            (119, "wskazniki:", "wskaźniki:")])
def test_a_lists_key_with_polish_letters_is_told_without_a_wrapped_texts_reading(line, old, new):
    report = _check((line, old, new))
    told = _told(report, line)
    assert told and "czy chodziło o" in told[0] and "dalszy ciąg" not in told[0], told


# --- rev-msg13 finding 15: a protocol's decision with its old number ---------------------------------------------------

@pytest.mark.parametrize("mark", ["1. ", "1) ", "– ", "•\t"])
def test_a_decision_opened_with_its_old_number_is_told(mark):
    report = _check((389, "tresc: Wspólne", f"tresc: {mark}Wspólne" if mark[-1] != "\t" else 'tresc: "•\\tWspólne'),
                    (389, "wieczornych.", "wieczornych." + ('"' if mark[-1] == "\t" else "")))
    told = [m for m in _told(report, 389) if "numeruje wiersze tabeli" in m]
    assert told and f"„{mark.strip()}”" in told[0], _told(report, 389)


# --- rev-msg13 finding 24: a list's header pasted again with a copied item --------------------------------------------

def test_a_lists_header_pasted_again_is_told_to_move_its_items_under_the_first():
    from pismo import api
    from example_edits import edited

    lines = edited().split("\n")
    start = lines.index("spotkania:") + 1
    meeting = next(i for i in range(len(lines)) if lines[i].startswith("  - id: spotkanie-podsumowujace"))
    end = next(i for i in range(meeting + 1, len(lines)) if lines[i][:1] not in (" ", ""))
    copied = [line.replace("spotkanie-podsumowujace", "spotkanie-dodatkowe") for line in lines[meeting:end]]
    report = api.check("\n".join(lines + ["spotkania:"] + copied), name="sprawa.yaml")
    told = [p.message for p in report.errors if p.line == len(lines) + 1]
    assert told and f"jest już w wierszu {start}" in told[0] and f"od wiersza {len(lines) + 2}" in told[0], \
        [str(p) for p in report.errors]


# --- rev-msg13 finding 11: a genitive copied from the nominative --------------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (18, "Komendy Miejskiej Policji", "Komenda Miejska Policji"), (24, "Wydziału Prewencji", "Wydział Prewencji"),
    (27, "Rewiru Dzielnicowych", "Rewir Dzielnicowych"),
])
def test_a_genitive_written_as_the_nominative_is_told(line, old, new):
    report = _check((line, old, new))
    assert [m for m in _told(report, line) if "dopełniacz jest taki sam jak mianownik" in m], _told(report, line)


@pytest.mark.parametrize("name", ["Centrum Kultury", "Liceum nr 4", "KMP Wrzosogród"])
def test_a_name_whose_genitive_is_its_nominative_is_not_told(name):
    report = _check((23, "Wydział Prewencji", name), (24, "Wydziału Prewencji", name))
    assert not [m for m in _told(report, 24) if "dopełniacz" in m], _told(report, 24)


# --- rev-msg13 finding 12 and rev-msg10 finding 10: hard spaces and a number range at a line's end ---------------------

@pytest.mark.parametrize("blanks", ["\u00a0\u00a0", " \u00a0", "\u3000"])
def test_hard_spaces_at_a_folded_lines_end_are_not_printed(blanks):
    from pismo import api
    from example_edits import edited

    text = edited((139, "placu zabaw", f"placu zabaw{blanks}"))
    assert not _check((139, "placu zabaw", f"placu zabaw{blanks}")).errors
    opis = api.load(text, name="sprawa.yaml").sprawa.dzialania[0].opis
    assert "placu zabaw przy ul. Lipowej" in opis, repr(opis)


def test_a_line_of_only_a_hard_space_in_a_folded_text_is_told_as_the_blank_line_it_looks():
    report = _check((139, "placu zabaw", "placu zabaw\n      \u00a0"))
    told = _told(report, 140)
    blank = _told(_check((139, "placu zabaw", "placu zabaw\n")), 140)
    assert blank and told == blank, (told, blank)


@pytest.mark.parametrize("gap", ["\u00a0 ", " \u00a0", "\u00a0\u00a0"])
def test_a_hard_space_beside_a_space_is_told_as_a_double_gap(gap):
    report = _check((343, "placu zabaw", f"placu{gap}zabaw"))
    assert [m for m in _told(report, 343) if "dwie spacje" in m], _told(report, 343)


def test_a_number_range_broken_at_a_lines_end_is_told_joined():
    report = _check((91, "W rejonie służbowym nr XIII we Wrzosogrodzie problemem wymagającym podjęcia", "W latach 2025-"), (92, "długoterminowych", "2026 długoterminowych"))
    told = [m for m in _told(report, 91) if "2025-2026" in m]
    assert told, _told(report, 91)


# --- rev-msg12 findings 10 and 18: Word's marks before every item, or before an item's first field -----------------

@pytest.mark.parametrize("mark", ["– ", "• ", "1.\t"])
def test_a_list_whose_every_item_word_autocorrected_is_told_by_its_mark(mark):
    edits = [(line, "  - ", f"  {mark}") for line in (281, 282, 283, 284)]
    report = _check(*edits)
    told = _told(report, 281)
    assert told and f"zaczyna się od „{mark.strip()}”" in told[0] and "wpisz „- ”" in told[0], told


@pytest.mark.parametrize("line, mark", [(225, "–"), (225, "•"), (205, "–"), (205, "•")])
def test_a_word_mark_before_an_items_first_field_is_no_fields_name(line, mark):
    """Line 205 holds a comment after the id: YAML stumbled a line below, where the generic text was told."""
    report = _check((line, "- id: ", f"{mark} id: "))
    told = _told(report, line)
    assert told and f"zaczyna się od „{mark}”" in told[0] and "brak dwukropka" not in told[0], told


# --- rev-msg12 finding 15: a separator line between sections ----------------------------------------------------------

@pytest.mark.parametrize("separator", ["-" * 40, "=====", "______", "*****", "    ----------"])
def test_a_separator_line_is_told_at_itself(separator):
    from pismo import api
    from example_edits import edited

    lines = edited().split("\n")
    at = lines.index("zagrozenie:")
    report = api.check("\n".join(lines[:at - 1] + [separator] + lines[at - 1:]), name="sprawa.yaml")
    told = [p.message for p in report.errors if p.line == at]
    assert told and "linia oddzielająca" in told[0], [str(p) for p in report.errors]


# --- rev-msg10 finding 14: a block text's indentation digit that does not match its text -------------------------------

@pytest.mark.parametrize("header, digit", [(">4-", "4"), (">3-", "3"), ("|4", "4")])
def test_a_wrong_indentation_digit_is_told_at_the_digit(header, digit):
    report = _check((138, "opis: >-", f"opis: {header}"))
    told = [p for p in report.errors if p.line == 138]
    assert told and f"cyfra {digit}" in told[0].message and "usuń cyfrę" in told[0].message, \
        [str(p) for p in report.errors]


def test_a_right_indentation_digit_is_not_told():
    report = _check((138, "opis: >-", "opis: >2-"))
    assert not report.errors, [str(p) for p in report.errors]


# --- rev-msg10 finding 16: a blank line in the middle of a sentence of a field of paragraphs -------------------------

def test_a_blank_line_in_the_middle_of_a_sentence_is_told():
    report = _check((292, "dochodzi do", "dochodzi do\n"))
    assert [m for m in _told(report, 293) if "w środku zdania" in m], [str(p) for p in report.warnings]


def test_a_blank_line_between_whole_paragraphs_is_not_told():
    report = _check((293, "w szczególności", "w szczególności"), (294, "wieczornych.", "wieczornych.\n"))
    assert not [w for w in report.warnings if "w środku zdania" in w.message], [str(p) for p in report.warnings]
