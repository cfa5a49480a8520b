"""The case-file reader's messages found by the eighth messages review (rev-msg8) of issue 17: each input is the
Wrzosogród example with a line or two changed the way an officer's editor or paste changes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pismo import api

ROOT = Path(__file__).resolve().parent.parent
WRZOSOGROD = ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"


def _edited(*changes) -> tuple[str, dict]:
    """The example with each (old line's text, new text) replaced once; the old line's number by its text."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    lines = {}
    for old, new in changes:
        assert old in text, old
        lines[old] = text[:text.index(old)].count("\n") + 1
        text = text.replace(old, new, 1)
    return text, lines


def _told(report, warning: bool):
    return [(p.line, p.column, p.field, p.message) for p in (report.warnings if warning else report.errors)]


# --- finding 6: a „# note” line inside a block or quoted text is text, and is printed ----------------------

@pytest.mark.parametrize("old, new, after, column, field, kind", [
    ("    nietrzeźwymi.\n", "    nietrzeźwymi.\n    # TODO: sprawdzić liczbę\n",
     "    # TODO", 5, "zagrozenie.opis", "tekstu blokowego"),
    ("      Wystąpienie z wnioskiem do Prezydent", "      # do uzgodnienia z UM\n      Wystąpienie z wnioskiem do Prezydent",
     "      # do uzgodnienia", 7, "dzialania[0].opis", "tekstu blokowego"),
    ("    temat: bezpieczeństwa w rejonie placu zabaw przy ul. Lipowej i sklepu przy ul. Klonowej 12",
     '    temat: "bezpieczeństwa w rejonie placu zabaw\n      # TODO: dopisać ulicę\n      przy ul. Lipowej"',
     "      # TODO: dopisać", 7, "spotkania[0].temat", "tekstu w cudzysłowie"),
])
def test_a_comment_line_inside_a_block_or_quoted_text_is_warned_that_it_will_be_printed(old, new, after, column,
                                                                                       field, kind):
    """Finding 6 of rev-msg8: „# TODO: …” indented like the text inside `opis: |` is text for YAML, printed in the
    plan, and sprawdz said „poprawny” – the example file teaches „#” lines as comments."""
    text, _ = _edited((old, new))
    line = text[:text.index(after)].count("\n") + 1
    report = api.check(text, name="h.yaml")
    assert not report.errors, report.errors
    told = [w for w in _told(report, True) if "„#”" in w[3]]
    assert [w[:3] for w in told] == [(line, column, field)], report.warnings
    assert kind in told[0][3] and "trafi on do pisma" in told[0][3] and "komentarz" in told[0][3]


def test_a_hashtag_inside_a_block_text_and_the_examples_comments_are_not_warned():
    text, _ = _edited(("    nietrzeźwymi.\n", "    nietrzeźwymi.\n    #Bezpieczni\n"))
    assert not [w for w in api.check(text, name="h.yaml").warnings if "„#”" in w.message]
    for example in sorted((ROOT / "cases").glob("*.yaml")):
        assert not [w for w in api.check(example.read_text(encoding="utf-8"), name="e.yaml").warnings
                    if "„#”" in w.message], example


# --- finding 7: a plain text wrapped so that its next line opens with „#word” ---------------------------------

@pytest.mark.parametrize("old, new, after, column, field", [
    ("  temat: spożywania alkoholu w miejscu publicznym w rejonie placu zabaw przy ul. Lipowej",
     "  temat: spożywania alkoholu w miejscu publicznym w rejonie placu zabaw\n    #BezpiecznyPlac przy ul. Lipowej",
     "    #Bezpieczny", 5, "zagrozenie.temat"),
    ("  - Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko.",
     "  - Ogłoszenia na tablicach osiedlowych\n\n    #3 Rady Osiedla Wrzosowisko.", "    #3", 5, "informowanie[1]"),
])
def test_a_wrapped_plain_texts_next_line_opening_with_a_hashtag_is_warned_at_the_hash(old, new, after, column, field):
    """Finding 7 of rev-msg8: the line after a plain text starting with „#BezpiecznyPlac” is a comment for YAML – the
    subject was cut to half without a word."""
    text, _ = _edited((old, new))
    line = text[:text.index(after)].count("\n") + 1
    report = api.check(text, name="h.yaml")
    told = [w for w in _told(report, True) if "komentarz" in w[3]]
    assert [w[:3] for w in told] == [(line, column, field)], report.warnings
    assert "nie trafi do pisma" in told[0][3]


# --- findings 1 and 5: a hard space is blamed only where YAML reads structure -------------------------------

NBSP = "\u00a0"
AGENDA = "      - Uwagi mieszkańców i propozycje działań."
TOPIC = "    temat: bezpieczeństwa w rejonie placu zabaw przy ul. Lipowej i sklepu przy ul. Klonowej 12"


@pytest.mark.parametrize("changes", [
    [(AGENDA, f"      - Dyskusja:{NBSP}uwagi mieszkańców i propozycje działań.")],
    [("  - Zamieszczenie informacji na stronie", f"  - Facebook:{NBSP}zamieszczenie informacji na stronie")],
    [("  temat: spożywania alkoholu", f"  temat:\n    Problem:{NBSP}spożywania alkoholu")],
    [(TOPIC, f"    temat: bezpieczeństwa w rejonie placu zabaw\n      ul.:{NBSP}Lipowa i Klonowa 12")],
])
def test_a_word_colon_hard_space_inside_a_text_is_the_officers_text(changes):
    """Finding 1 of rev-msg8: „- Dyskusja:<hard space>uwagi…” is a list item of text for YAML (and the documents print
    it right), but was an error „nie widzi w tym wierszu ani pola, ani elementu listy”."""
    report = api.check(_edited(*changes)[0], name="a.yaml")
    assert not report.errors, report.errors


def test_a_hard_space_after_a_real_fields_colon_is_still_an_error():
    text, lines = _edited(("        - imie_nazwisko: Jolanta Próbna", f"        - imie_nazwisko:{NBSP}Jolanta Próbna"))
    told = [e for e in api.check(text, name="a.yaml").errors if "twarda spacja po dwukropku" in e.message]
    assert [(e.line, e.column) for e in told] == [(lines["        - imie_nazwisko: Jolanta Próbna"], 25)], told


@pytest.mark.parametrize("changes", [
    [(TOPIC, f'    temat: "bezpieczeństwa w rejonie placu zabaw\n      Uwaga:{NBSP}przy ul. Lipowej"')],
    [(TOPIC, f"    temat: bezpieczeństwa w rejonie placu zabaw\n      ul.:{NBSP}Lipowa i Klonowa 12")],
    [(TOPIC, f'    temat: "bezpieczeństwa w rejonie placu zabaw\n      {NBSP} - przy ul. Lipowej"')],
    [(TOPIC, '    temat: "bezpieczeństwa w rejonie placu zabaw\n\tprzy ul. Lipowej"')],
    [(AGENDA, f"      - Dyskusja:{NBSP}uwagi mieszkańców i propozycje działań.")],
])
def test_a_hard_space_or_tab_in_a_text_is_not_blamed_for_a_missing_colon_below(changes):
    """Finding 5 of rev-msg8: with `zaproszeni` missing its colon lines below, the reader blamed the officer's
    „Uwaga:<hard space>” (or a hard-space/tab indent) inside a quoted or plain text and never named the colon."""
    old = "    zaproszeni:\n"
    text, _ = _edited(*changes, (old, "    zaproszeni\n"))
    line = text[:text.index("    zaproszeni\n")].count("\n") + 1
    errors = api.check(text, name="g.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(line, 5)], errors
    assert "brak dwukropka po nazwie pola „zaproszeni”" in errors[0].message


# --- findings 2, 4 and 15: a text line with too small an indentation is told as such, not as a field -----------

_DEDENTED = "text is dedented"


@pytest.mark.parametrize("old, new, marker, told", [
    # finding 2: a dedented block line opening with a word that is a field name somewhere in the case
    ("roku do 28 lutego 2026 roku\n    na Krajowej", "roku\n  do 28 lutego 2026 roku na Krajowej", "  do 28", _DEDENTED),
    ("      w godzinach wieczornych, ze szczególnym", "    od godziny 18 do 22, ze szczególnym", "    od godziny", _DEDENTED),
    ("    i placu zabaw przy ul. Lipowej, a przez", "  plan obejmuje też plac zabaw przy ul. Lipowej, a przez",
     "  plan obejmuje", _DEDENTED),
    ("    na Krajowej Mapie", "  https://mapy.geoportal.gov.pl na Krajowej Mapie", "  https", _DEDENTED),
    ("    na Krajowej Mapie", "  policja; na Krajowej Mapie", "  policja;", _DEDENTED),
    # finding 4: the first line of a block text at its field's own indentation
    ("    W rejonie służbowym nr XIII", "  W rejonie służbowym nr XIII", "  W rejonie", "większe wcięcie niż jego pole „opis”"),
    ("      Wystąpienie z wnioskiem do Prezydent", "    Wystąpienie z wnioskiem do Prezydent", "    Wystąpienie",
     "większe wcięcie niż jego pole „opis”"),
    # finding 15: a plain text wrapped with Enter onto a line at column 1 or at its field's column
    ("placu zabaw przy ul. Lipowej\n  opis", "placu zabaw przy\nul. Lipowej\n  opis", "ul. Lipowej\n  opis",
     "dalszy ciąg tekstu pola „temat”"),
    ("placu zabaw przy ul. Lipowej\n  opis", "placu zabaw przy\n  ul. Lipowej\n  opis", "  ul. Lipowej\n  opis",
     "dalszy ciąg tekstu pola „temat”"),
    ("Komendy Miejskiej Policji we Wrzosogrodzie.", "Komendy Miejskiej Policji\nwe Wrzosogrodzie.", "we Wrzosogrodzie.",
     "dalszy ciąg tekstu elementu listy"),
    ("    funkcja: dzielnicowa rejonu służbowego nr XIII", "    funkcja: dzielnicowa rejonu\nsłużbowego nr XIII",
     "służbowego nr XIII", "dalszy ciąg tekstu pola „funkcja”"),
    # finding 15: a section heading that lost its „#”
    ("# 1. Charakterystyka zdiagnozowanego", "1. Charakterystyka zdiagnozowanego", "1. Charakterystyka",
     "zacznij go od „#”"),
])
def test_a_text_line_with_too_small_an_indentation_is_never_told_as_a_field_without_its_colon(old, new, marker, told):
    """Findings 2, 4 and 15 of rev-msg8: „do 28 lutego…” dedented in a block, a block's first line at its field's
    indentation, a plain value wrapped onto column 1 were told „brak dwukropka po nazwie pola „do”/„W”/„ul.””
    – advice that turns half a sentence of the letter into a field."""
    text, _ = _edited((old, new))
    index = text.index(marker)
    line, column = text.count("\n", 0, index) + 1, len(marker) - len(marker.lstrip(" ")) + 1
    errors = api.check(text, name="w.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(line, column)], errors
    message = errors[0].message
    assert "brak dwukropka" not in message and "wpisz „" not in message and "zamiast dwukropka" not in message, message
    if told == _DEDENTED:
        assert "ma mniejsze wcięcie niż tekst nad nim" in message, message
    else:
        assert told in message, message


@pytest.mark.parametrize("old, new, name", [
    ("  miejsca:\n", "  miejsca\n", "miejsca"),
    ("  temat: spożywania", "  temat spożywania", "temat"),
])
def test_a_field_of_that_level_without_its_colon_is_still_told_so(old, new, name):
    text, _ = _edited((old, new))
    errors = api.check(text, name="w.yaml").errors
    assert len(errors) == 1 and f"brak dwukropka po nazwie pola „{name}”" in errors[0].message, errors


# --- findings 8, 9, 10, 24 and 25: the error is told by its cause, at it -------------------------------------

ITEM = "  - Zamieszczenie informacji na stronie internetowej Komendy Miejskiej Policji we Wrzosogrodzie."
SIGNED = "        - imie_nazwisko: st. asp. Anna Zmyślona"


@pytest.mark.parametrize("old, new, marker, column, told", [
    # finding 8: a comment line between two lines of a plain text ends the text; the next line is an orphan
    (ITEM, ITEM.replace(" we Wrzosogrodzie.", "\n    # we Wrzosogrodzie – sprawdzić adres\n    we Wrzosogrodzie."),
     "    we Wrzosogrodzie.", 5, "komentarz w wierszu {prev} zakończył ten tekst"),
    # finding 9: no space after the dash of an item that opens with a field
    ("  - id: wniosek-do-strazy", "  -id: wniosek-do-strazy", "  -id", 4, "po „-” brak spacji"),
    (SIGNED, SIGNED.replace("- imie", "-imie"), "        -imie", 10, "po „-” brak spacji"),
    # ... and an item's first field without its colon (rev-msg7 #20)
    ("  - id: wniosek-do-strazy", "  - id wniosek-do-strazy", "  - id wniosek", 5, "brak dwukropka po nazwie pola „id”"),
    # finding 10: a tab after a list dash (Word's bullet, tab, text)
    ("  - Ogłoszenia na tablicach", "  -\tOgłoszenia na tablicach", "  -\tOgł", 4, "po „-” stoi znak tabulacji"),
    # finding 24: an item's field dedented to its dash
    ("          funkcja: Przewodnicząca Rady", "        funkcja: Przewodnicząca Rady", "        funkcja: Przew", 9,
     "pole „funkcja” ma wcięcie myślnika „-”"),
])
def test_a_syntax_error_is_told_by_its_cause(old, new, marker, column, told):
    """Findings 8, 9, 10 and 24 of rev-msg8: „element listy w złym miejscu” on a line with no item, „dwukropek…
    ujmij w cudzysłów” where a space after the dash is missing, „ujmij tekst w cudzysłów” for a tab after it."""
    text, _ = _edited((old, new))
    line = text[:text.index(marker)].count("\n") + 1
    errors = api.check(text, name="s.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(line, column)], errors
    assert told.format(prev=line - 1) in errors[0].message, errors[0].message
    assert "ujmij" not in errors[0].message or "komentarz" in told, errors[0].message


def test_a_tab_after_the_spaces_of_a_plain_texts_next_line_is_its_text():
    """Finding 10 of rev-msg8: a tab opening the wrapped line of a plain text (YAML folds it into the text) was
    refused as a tab in the indentation."""
    text, _ = _edited(("  temat: spożywania alkoholu w miejscu publicznym w rejonie placu zabaw przy ul. Lipowej",
                       "  temat: spożywania alkoholu w miejscu publicznym w rejonie placu zabaw\n    \tprzy ul. Lipowej"))
    assert not api.check(text, name="t.yaml").errors


def test_a_one_text_field_whose_next_line_opens_with_a_dash_is_not_told_to_align_it_with_a_list():
    """Finding 25 of rev-msg8: „wyrównaj „-” z pozostałymi elementami listy” under `dotyczy`, which takes one text."""
    old = "    dotyczy: poprawy bezpieczeństwa na placu zabaw przy ul. Lipowej we Wrzosogrodzie"
    text, lines = _edited((old, old.replace(" we Wrzosogrodzie", "\n      - we Wrzosogrodzie")))
    errors = api.check(text, name="t.yaml").errors
    assert [(e.line, e.column, e.field) for e in errors] == [(lines[old] + 1, 7, "wnioski[0].dotyczy")], errors
    assert "pole „dotyczy” to jeden tekst, nie lista" in errors[0].message
    assert "pozostałymi elementami listy" not in errors[0].message


# --- finding 21: an invisible character inside a text is told at its own line and column ------------------------

@pytest.mark.parametrize("old, new, char, field", [
    ("    W godzinach wieczornych", "    \ufeffW godzinach wieczornych", "\ufeff", "zagrozenie.opis"),
    ("Bezpieczeństwa naniesiono w tym", "Bezpieczeństwa naniesiono\u200b w tym", "\u200b", "zagrozenie.opis"),
    ("objęcie go monitoringiem", "objęcie go monitori\u200bngiem", "\u200b", "dzialania[0].opis"),
    ("w rejonie placu zabaw przy ul. Lipowej\n  opis", "w rejonie placu\u200b zabaw przy ul. Lipowej\n  opis", "\u200b",
     "zagrozenie.temat"),
])
def test_an_invisible_character_in_a_text_is_told_at_its_own_line_and_column(old, new, char, field):
    """Finding 21 of rev-msg8: a U+FEFF on line 98 of `opis: |` was told at the `opis: |` line „na pozycji 406”,
    a place no editor shows."""
    text, _ = _edited((old, new))
    index = text.index(char)
    line, column = text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)
    errors = api.check(text, name="n.yaml").errors
    assert [(e.line, e.column, e.field) for e in errors] == [(line, column, field)], errors
    assert f"U+{ord(char):04X}" in errors[0].message and "na pozycji" not in errors[0].message, errors[0].message


# --- finding 17: a field indented one level too deep is told as such, once ---------------------------------------

def _deeper(text: str, first: str) -> str:
    """The field on the line starting `first`, with all its lines, indented two spaces more."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    depth = len(first) - len(first.lstrip(" "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip(" ")) <= depth)
    lines[start:end] = ["  " + line if line.strip() else line for line in lines[start:end]]
    return "\n".join(lines)


@pytest.mark.parametrize("first, field, group", [
    ("    temat: bezpieczeństwa w rejonie placu zabaw", "spotkania[0].miejsce.temat", "miejsce"),
    ("    protokol:                     # spotkanie odbyte", "spotkania[0].zaproszenie.protokol", "zaproszenie"),
])
def test_a_field_one_level_too_deep_is_told_so_and_not_as_missing(first, field, group):
    """Finding 17 of rev-msg8: `temat:` two spaces too deep (into `miejsce:` above) was told „brak wymaganego pola –
    uzupełnij je” at the meeting plus „nieznane pole „temat””, never the indentation."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    line = text[:text.index(first)].count("\n") + 1
    errors = api.check(_deeper(text, first), name="d.yaml").errors
    assert [(e.line, e.column, e.field) for e in errors] == [(line, 7, field)], errors
    name = field.rsplit(".", 1)[1]
    group_line = text[:text.index(f"    {group}:")].count("\n") + 1
    assert (f"pole „{name}” ma o jeden poziom za duże wcięcie" in errors[0].message
            and f"„{group}” (wiersz {group_line})" in errors[0].message), errors[0].message


# --- finding 13: a text ending with a colon has no space to remove ------------------------------------------

@pytest.mark.parametrize("item", ["Ustalenia i zakończenie spotkania:", "Ustalenia:"])
def test_an_item_ending_with_a_colon_is_told_to_drop_the_colon_not_a_space(item):
    """Finding 13 of rev-msg8: „- Ustalenia:” was told „… usuń spację po dwukropku” – there is none."""
    old = "      - Ustalenia i zakończenie spotkania."
    text, lines = _edited((old, f"      - {item}"))
    errors = api.check(text, name="c.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(lines[old], 9)], errors
    assert "tekst kończy się dwukropkiem" in errors[0].message and "usuń dwukropek" in errors[0].message
    assert "spację" not in errors[0].message


# --- finding 20: a straight opening quote closed with a printer's one --------------------------------------------

@pytest.mark.parametrize("old, new, marker, closing", [
    ("  temat: spożywania alkoholu w miejscu publicznym w rejonie placu zabaw przy ul. Lipowej",
     "  temat: \"spożywania alkoholu: w miejscu publicznym w rejonie placu zabaw przy ul. Lipowej”", "\"spoż", "”"),
    ("      - Uwagi mieszkańców i propozycje działań.", "      - \"Uwagi mieszkańców: propozycje działań.”",
     "\"Uwagi", "”"),
    ("      - Uwagi mieszkańców i propozycje działań.", "      - 'Uwagi mieszkańców: propozycje działań.’", "'Uwagi", "’"),
])
def test_a_straight_quote_closed_by_a_printers_one_is_told_to_change_that_quote(old, new, marker, closing):
    """Finding 20 of rev-msg8: „niezamknięty cudzysłów … dopisz cudzysłów zamykający” where the line shows one –
    following it printed a stray „”” in every invitation."""
    text, _ = _edited((old, new))
    index = text.index(marker)
    line, column = text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)
    errors = api.check(text, name="q.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(line, column)], errors
    assert f"zamień „{closing}” na {marker[0]}" in errors[0].message, errors[0].message
    assert "dopisz" not in errors[0].message


# --- finding 23 (the reader's parts): a „...” line and Word's line break -------------------------------------

def test_a_dots_line_is_named_as_the_end_of_the_data():
    """Finding 23 of rev-msg8: a line „...” (YAML's end of a document) was told two lines below as „sprawdź
    wcięcia, dwukropki i cudzysłowy”."""
    old = "# 1. Charakterystyka zdiagnozowanego"
    text, lines = _edited((old, "...\n" + old))
    errors = api.check(text, name="k.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(lines[old], 1)], errors
    assert "wiersz „...” YAML czyta jako koniec danych" in errors[0].message


def test_words_manual_line_break_is_named():
    text, lines = _edited(("  temat: spożywania alkoholu w miejscu", "  temat: spożywania\x0balkoholu w miejscu"))
    errors = api.check(text, name="k.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(lines["  temat: spożywania alkoholu w miejscu"], 20)], errors
    assert "U+000B (podział wiersza z Worda, Shift+Enter) – zastąp go Enterem" in errors[0].message
