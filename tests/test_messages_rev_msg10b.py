"""The case file's messages: further findings of the tenth messages review (rev-msg10) of issue 17. Each case is the
Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited as _edited


def _shown(report) -> list:
    return [(p.line, p.column, p.message) for p in report.problems]


# --- 3 and 4: a group's field moved to column 1 or one level out ------------------------------------------------

@pytest.mark.parametrize("line, old, new, group", [
    (142, "    termin:", "termin:", "punktu listy „dzialania” z wiersza 137"),  # was „[” in the value below
    (145, "    dokumenty:", "dokumenty:", "punktu listy „dzialania” z wiersza 137"),  # was „usuń [wniosek-plac-zabaw]”
    (180, "    partnerzy:", "partnerzy:", "punktu listy „dzialania” z wiersza 173"),  # a non-last action's
    (138, "    opis:", "opis:", "punktu listy „dzialania” z wiersza 137"),
    (143, "      do:", "do:", "grupy „termin” z wiersza 142"),  # was „wyrównaj” the correct next field
    (337, "    godzina:", "godzina:", "punktu listy „spotkania” z wiersza 334"),
    (344, "    cel:", "cel:", "punktu listy „spotkania” z wiersza 334"),  # „cel” is the case's field too
    (348, "    zaproszeni:", "zaproszeni:", "punktu listy „spotkania” z wiersza 334"),
    (341, "      adres:", "    adres:", "grupy „miejsce” z wiersza 339"),  # was „: ” inside the address text
    (341, "      adres:", "adres:", "grupy „miejsce” z wiersza 339"),
])
def test_a_field_out_of_its_group_is_told_as_that_slip(line, old, new, group):
    """Findings 3 and 4 of rev-msg10: the slip was told by a wrong cause – „[” in a value, „usuń [id]”, „: ” inside
    the address text – at another line, with advice that made it worse."""
    report = _check((line, old, new))
    key = new.strip().rstrip(":")
    assert report.errors, "no error"
    first = report.errors[0]
    assert (first.line, first.column) == (line, len(new) - len(new.lstrip()) + 1), _shown(report)
    assert f"pole „{key}” należy do {group}" in first.message, _shown(report)
    assert "cudzysłów" not in first.message and "usuń" not in first.message


@pytest.mark.parametrize("new", [
    "\npartnerzy: [szkola]\n  - id: obchody-wieczorne",  # after a blank line: the case's own list
    "partnerzy: [szkola]\n  - id: obchody-wieczorne",  # the action above has its „partnerzy:”: no slip of it
])
def test_a_case_field_is_not_taken_for_a_slip(new):
    """A „partnerzy:” the group above already has, or after a blank line, is not told as the group's field."""
    report = _check((181, "  - id: obchody-wieczorne", new))
    assert report.errors
    assert not any("należy do" in e.message for e in report.errors), _shown(report)


def test_the_last_actions_field_at_column_1_is_not_also_missing():
    """Finding 3 of rev-msg10: the last action's „termin:” at column 1 was first told „brak wymaganego pola”."""
    report = _check((185, "    termin:", "termin:"))
    assert not any("brak wymaganego" in e.message for e in report.errors), _shown(report)
    assert any("termin" in e.message and "wcięci" in e.message for e in report.errors), _shown(report)


# --- 5 and 6: a text wrapped over three or more lines, an item ending with „:” over pasted sub-points --------------

@pytest.mark.parametrize("edits, line, word, whose", [
    ([(343, "przy ul. Lipowej i sklepu przy ul. Klonowej 12",
       "przy ul. Lipowej\n      i sklepu przy ul. Klonowej 12\n      Uwaga: w godz. 17:00-18:00")],
     345, "Uwaga", "pola „temat” z wiersza 343"),
    ([(343, "przy ul. Lipowej i sklepu przy ul. Klonowej 12",
       "przy ul. Lipowej\n      i sklepu\n      przy ul. Klonowej 12\n      na osiedlu. Uwaga: w godz. 17:00-18:00")],
     346, "Uwaga", "pola „temat” z wiersza 343"),  # the colon mid-line, on the fourth line
    ([(354, "planu działania priorytetowego dla rejonu służbowego nr XIII.",
       "planu\n        działania priorytetowego\n        Uwaga: dla rejonu służbowego nr XIII.")],
     356, "Uwaga", "punktu listy z wiersza 354"),
])
def test_a_colon_on_a_later_line_of_a_wrapped_text_is_told_at_the_colon(edits, line, word, whose):
    """Finding 5 of rev-msg10: a text wrapped over three lines was told „brak dwukropka po nazwie pola „i”” at the
    middle line – following it made „i” a field."""
    text = _edited(*edits)
    report = _check(*edits)
    column = text.split("\n")[line - 1].index(": ") + 1
    told = [e for e in report.errors if (e.line, e.column) == (line, column)]
    assert told, _shown(report)
    assert f"dalszym ciągiem tekstu {whose}" in told[0].message and f"po „{word}”" in told[0].message
    assert "brak dwukropka" not in told[0].message and "cudzysłów" in told[0].message


@pytest.mark.parametrize("subs", [("a) wspólne patrole,", "b) zakończenie spotkania."),
                                  ("1. wspólne patrole,", "2. zakończenie spotkania.")])
def test_an_item_ending_with_a_colon_over_pasted_sub_points_is_told_at_the_item(subs):
    """Finding 6 of rev-msg10: „- Ustalenia:” over Word's „a) …”, „b) …” was told „brak dwukropka po nazwie pola „a)””."""
    report = _check((356, "- Ustalenia i zakończenie spotkania.",
                     "- Ustalenia:\n" + "\n".join(" " * 8 + sub for sub in subs)))
    told = [e for e in report.errors if (e.line, e.column) == (356, 9)]
    assert told, _shown(report)
    assert "„Ustalenia:” kończy się dwukropkiem" in told[0].message and f"„{subs[0]}”" in told[0].message
    assert "cudzysłów" in told[0].message and "osobny punkt listy" in told[0].message
    assert "brak dwukropka" not in told[0].message


# --- 13: a hard space in the indentation of a block text's line ---------------------------------------------------

@pytest.mark.parametrize("new", ["    \u00a0\u00a0przy ul. Lipowej", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0przy ul. Lipowej",
                                 "     \u00a0przy ul. Lipowej"])
def test_a_hard_space_in_a_block_lines_indentation_is_named(new):
    """Finding 13 of rev-msg10: a line of an „opis: >-” text indented with hard spaces looks aligned in Notepad, and
    was told „ma mniejsze wcięcie niż tekst nad nim … wyrównaj jego wcięcie”."""
    report = _check((140, "      przy ul. Lipowej", new))
    told = [e for e in report.errors if e.line == 140 and e.column == new.index("\u00a0") + 1]
    assert told, _shown(report)
    assert "twarda spacja" in told[0].message and "wpisz" in told[0].message
    assert "wyrównaj" not in told[0].message


def test_a_hard_space_inside_a_block_text_line_is_its_text():
    """A hard space after the block's own indentation is the officer's text: no error."""
    report = _check((140, "      przy ul. Lipowej", "      \u00a0przy ul. Lipowej"))
    assert not any(e.line == 140 for e in report.errors), _shown(report)


# --- 7 and 22: a pasted list, tab or old deadline in a text pismo prints as running text ----------------------------

def _warned(report, line, column, *words):
    told = [w for w in report.warnings if (w.line, w.column) == (line, column)]
    assert told, [(w.line, w.column, w.message) for w in report.warnings]
    assert all(word in told[0].message for word in words), told[0].message
    assert not report.errors, _shown(report)


def test_a_word_list_pasted_into_a_paragraph_is_warned_at_each_line():
    """Finding 7 of rev-msg10: „odnotowano: •→interwencje – 12, •→…” was printed in the plan's paragraph, „poprawny”."""
    report = _check((96, "    nietrzeźwymi.", "    nietrzeźwymi. W roku 2025 odnotowano:\n    •\tinterwencje – 12,\n"
                                               "    •\tzgłoszenia – 9."))
    for line in (97, 98):
        _warned(report, line, 5, "„•” i tabulatora", "jednym akapitem", "usuń „•”")


def test_a_dash_list_in_a_one_paragraph_text_is_warned():
    """Finding 7 of rev-msg10 (q04): „- ” lines after „w szczególności:” in a „>-” text ran into the sentence."""
    report = _check((141, "informujących o zakazie spożywania alkoholu",
                     "informujących o zakazie spożywania alkoholu, w szczególności:\n      - przy placu zabaw,\n"
                     "      - przy sklepie"))
    _warned(report, 142, 7, "„-”", "jednym akapitem")
    _warned(report, 143, 7, "„-”")


def test_a_tab_in_a_value_is_warned_at_the_tab():
    """Finding 7 of rev-msg10 (tb03): a tab inside „temat” printed a tab stop in every invitation."""
    text = _edited((343, "placu zabaw", "placu\tzabaw"))
    report = _check((343, "placu zabaw", "placu\tzabaw"))
    _warned(report, 343, text.split("\n")[342].index("\t") + 1, "tabulacji", "zamień go na spację")


def test_a_sentence_dash_on_a_wrapped_line_is_no_list():
    """A wrapped line opening with „– ” in running text (no „:” above) is the officer's sentence: no warning."""
    report = _check((140, "      przy ul. Lipowej", "      – przy ul. Lipowej"))
    assert not any(w.line == 140 for w in report.warnings), [(w.line, w.message) for w in report.warnings]


def test_the_example_has_no_pasted_list_or_tab():
    report = _check()
    assert not any("wklejona" in w.message or "tabulacji" in w.message or "dwa terminy" in w.message
                   for w in report.warnings), [(w.line, w.message) for w in report.warnings]


@pytest.mark.parametrize("tail, words", [(" – termin realizacji do 31.03.2026 r.", "termin realizacji"),
                                         (" (termin: marzec 2025 r.)", "(termin")])
def test_an_actions_description_with_its_old_deadline_is_warned(tail, words):
    """Finding 22 of rev-msg10: „… – termin realizacji do 31.03.2026 r. – termin realizacji do dnia 31.03.2026 roku.”"""
    edit = (141, "informujących o zakazie spożywania alkoholu", "informujących o zakazie spożywania alkoholu" + tail)
    line = _edited(edit).split("\n")[140]
    report = _check(edit)
    _warned(report, 141, line.index(words) + 1, f"„{words}", "dwa terminy", "usuń go z opisu")


# --- 18 and 20: a typographic quote without its pair, a comment glued to the text ---------------------------------

@pytest.mark.parametrize("old, new, at, words", [
    ("temat: bezpieczeństwa", "temat: „bezpieczeństwa", "„", "otwierający bez zamykającego"),
    ("Klonowej 12", "Klonowej 12.”", "”", "zamykający „”” bez otwierającego"),
])
def test_a_typographic_quote_without_its_pair_is_warned(old, new, at, words):
    """Finding 18 of rev-msg10: „w sprawie „bezpieczeństwa …, które” was printed with „poprawny”."""
    line = _edited((343, old, new)).split("\n")[342]
    _warned(_check((343, old, new)), 343, line.index(at) + 1, words)


def test_a_comment_glued_to_the_text_is_warned():
    """Finding 20 of rev-msg10: „Klonowej 12#stary” was printed in every invitation."""
    edit = (343, "Klonowej 12", "Klonowej 12#stary")
    line = _edited(edit).split("\n")[342]
    _warned(_check(edit), 343, line.index("#") + 1, "„#stary” przylega do tekstu", "wpisz przed „#” spację")
