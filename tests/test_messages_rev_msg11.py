"""The case file's messages and what documents print from fields: findings of the eleventh messages review
(rev-msg11) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import re

import pytest

from example_edits import WRZOSOGROD, checked as _check, edited as _edited

_LINES = WRZOSOGROD.read_text(encoding="utf-8").split("\n")
_FIELD = re.compile(r"^( *)(- )?([a-z_]+): ([^\"'\[>|#\s].*)$")


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


# --- 12 and 15: „: ” in the value of an item's field, the dash line's own or the one right under it ----------------



def _item_fields() -> list[int]:
    """Lines of the example holding an item's first field („- id: …”) or the field right under it."""
    found = []
    for number, line in enumerate(_LINES, 1):
        field = _FIELD.match(line)
        if not field:
            continue
        above = _LINES[number - 2] if number > 1 else ""
        dash = re.match(r"( *)- [a-z_]+:", above)
        if field.group(2) or (dash and len(dash.group(1)) + 2 == len(field.group(1))):
            found.append(number)
    return found


@pytest.mark.parametrize("number", _item_fields())
def test_a_colon_in_an_item_field_is_told_at_the_colon(number):
    """Findings 12 and 15 of rev-msg11: „Uwaga: ” put before the value of the field under a list item's dash was told
    „większe wcięcie niż pole „tresc” … wyrównaj” (the dash line measured at its „-”), and in a partner's „- id:”
    „pole „partnerzy” należy do punktu listy „dzialania” … wpisz „partnerzy:” (4 spacje)” at the correct line 192."""
    field = _FIELD.match(_LINES[number - 1])
    report = _check((number, f"{field.group(3)}: ", f"{field.group(3)}: Uwaga: "))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert error.line == number and "dwukropek" in error.message and "cudzysłów" in error.message, _errors(report)
    assert "wcięci" not in error.message and "należy do" not in error.message, _errors(report)


# --- 2, 3, 4, 16: false warnings about pasted text -----------------------------------------------------------------

def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


def test_a_hash_inside_a_web_address_is_no_comment():
    """Finding 2 of rev-msg11: a link's anchor („…/aktualnosci#dzielnicowi”) was warned as a comment glued to the text."""
    report = _check((281, "Wrzosogrodzie.", "Wrzosogrodzie (https://wrzosogrod.policja.gov.pl/aktualnosci#dzielnicowi)."),
                    (282, "Wrzosowisko.", "Wrzosowisko (www.wrzosogrod.pl/rada#ogloszenia)."))
    assert not report.errors, _errors(report)
    assert not [m for m in _warned(report, 281) + _warned(report, 282) if "#" in m], _warned(report, 281)


def test_a_hash_glued_to_a_word_is_still_told():
    report = _check((281, "Wrzosogrodzie.", "Wrzosogrodzie.#stary opis"))
    assert any("„#stary" in m for m in _warned(report, 281)), _warned(report, 281)


@pytest.mark.parametrize("words, told", [
    ("(termin uzgodniony z dyrekcją szkoły)", False),
    ("(terminy zajęć ustali szkoła)", False),
    ("(termin: 15.03.2026 r.)", True),
    ("(termin do 31 marca 2026 r.)", True),
    ("(termin: marzec 2026)", True),
])
def test_a_parenthesis_with_termin_is_a_deadline_only_with_a_date(words, told):
    """Finding 3 of rev-msg11: „(termin uzgodniony z dyrekcją)” – no date – was told „w planie stałyby dwa terminy”."""
    report = _check((175, "Zajęcia profilaktyczne dla", f"Zajęcia profilaktyczne {words} dla"))
    assert any("dwa terminy" in m for m in _warned(report, 175)) is told, _warned(report, 175)


def test_a_german_closing_quote_is_told_as_the_wrong_closer():
    """Finding 4 of rev-msg11: „Bezpieczna Lipowa“ (U+201C closing) was told „cudzysłów otwierający bez zamykającego”."""
    report = _check((290, "dotyczy: poprawy", "dotyczy: akcji „Bezpieczna Lipowa“ i poprawy"))
    told = _warned(report, 290)
    assert len(told) == 1 and "zamiast „“”" in told[0] and "bez zamykającego" not in told[0], told


def test_an_english_quote_inside_a_polish_one_still_opens():
    report = _check((290, "dotyczy: poprawy", "dotyczy: akcji „Bezpieczna “Lipowa” 2026” i poprawy"))
    assert not [m for m in _warned(report, 290) if "cudzysłów" in m], _warned(report, 290)


def test_a_quoted_name_over_two_lines_of_an_address_block_is_balanced():
    """Finding 16 of rev-msg11: „Wspólnoty Mieszkaniowej „Klonowa” / „10” we Wrzosogrodzie” (lines printed one under
    the other) got two false unbalanced-quote warnings."""
    report = _check((265, "„Klonowa 10”", "„Klonowa"), (266, "- we", "- 10” we"))
    assert not [w for w in report.warnings if "cudzysłów" in w.message], [(w.line, w.message) for w in report.warnings]
    lone = _check((265, "„Klonowa 10”", "„Klonowa 10"))
    assert any("cudzysłów" in m for m in _warned(lone, 265)), [(w.line, w.message) for w in lone.warnings]


# --- 5: a group's first field written at the group's own column ------------------------------------------------------

@pytest.mark.parametrize("line, field", [
    (340, "nazwa"),  # meeting 1's miejsce
    (362, "data"),  # protokol
    (159, "cyklicznie"),  # an action's termin
    (218, "mianownik"),  # a partner's nazwa
    (207, "plec"),  # an addressee's osoba
    (308, "data"),  # a request's pismo
    (358, "data"),  # zaproszenie
])
def test_a_groups_first_field_one_level_out_is_told_at_it(line, field):
    """Finding 5 of rev-msg11: „    nazwa: …” at the column of „    miejsce:” was told at the correct next line as
    „dalszy ciąg tekstu pola „nazwa” … ujmij cały tekst w cudzysłów”."""
    text = _LINES[line - 1]
    report = _check((line, f"  {field}:", f"{field}:"))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert (error.line, error.column) == (line, len(text) - len(text.lstrip()) - 1), _errors(report)
    assert f"pole „{field}” należy do grupy" in error.message and "cudzysłów" not in error.message, _errors(report)
    assert f"{len(text) - len(text.lstrip())} spac" in error.message, _errors(report)


# --- 10, 17, 18: a wrapped text told at the real line with the real cause --------------------------------------------

def _split(line: int, at: str, rest: str, tail: str = "") -> str:
    """The example with line `line` cut before `at`, the rest written on a new line as `rest`, `tail` after it."""
    lines = list(_LINES)
    head = lines[line - 1][:lines[line - 1].index(at)].rstrip()
    lines[line - 1:line] = [head, rest] + ([tail] if tail else [])
    return "\n".join(lines)


def _check_text(text: str):
    from pismo import api

    return api.check(text, name="sprawa.yaml")


@pytest.mark.parametrize("line, at, rest", [
    (283, "służbowego.", "służbowego: ulotki i rozmowy."),  # an informowanie item
    (343, "i sklepu", "Uwaga: i sklepu przy ul. Klonowej 12"),  # meeting 1's temat
    (109, "Osiedla", "Osiedla: Wrzosowisko"),  # a zrodla item
])
def test_a_wrapped_line_fallen_to_column_1_with_a_colon_is_told_at_it(line, at, rest):
    """Finding 10 of rev-msg11: a text's line broken onto column 1 holding „Słowo: …” was told at the NEXT, correct
    line („usuń myślnik”, „wyrównaj z polem „Uwaga””)."""
    report = _check_text(_split(line, at, rest))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    word = rest.split(":")[0]
    assert (error.line, error.column) == (line + 1, 1), _errors(report)
    assert "dalszy ciąg tekstu" in error.message and f"z wiersza {line}" in error.message, _errors(report)
    assert f"„{word}”" in error.message and "cudzysłów" in error.message, _errors(report)
    assert "usuń myślnik" not in error.message and "wyrównaj" not in error.message, _errors(report)


@pytest.mark.parametrize("line, at, middle, last, field", [
    (343, "i sklepu", "      i sklepu przy ul. Klonowej 12,", "      data: do ustalenia", "temat"),
    (343, "i sklepu", "      i sklepu przy ul. Klonowej 12,", "      cel: omówienie planu", "temat"),
])
def test_a_three_line_wrap_ending_with_a_field_name_is_told_at_that_line(line, at, middle, last, field):
    """Finding 17 of rev-msg11: the third line opening with the group's own field („data: …”) was told „brak dwukropka
    po nazwie pola „i”” at the middle line."""
    report = _check_text(_split(line, at, middle, last))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert error.line == line + 2, _errors(report)
    assert f"„{field}”" in error.message and "brak dwukropka" not in error.message, _errors(report)


def test_a_three_line_wrap_ending_with_another_word_is_told_at_its_colon():
    report = _check_text(_split(290, "we Wrzosogrodzie", "      we Wrzosogrodzie, w tym", "      problem: oświetlenie"))
    assert len(report.errors) == 1, _errors(report)
    assert report.errors[0].line == 292 and "brak dwukropka" not in report.errors[0].message, _errors(report)


@pytest.mark.parametrize("line, at, first, rest", [
    (354, "działania", "      - Przedstawienie planu:", "        działania priorytetowego dla rejonu nr XIII."),
    (356, "i zakończenie", "      - Ustalenia:", "        wspólne patrole i zakończenie."),  # the last item
])
def test_an_item_ending_with_a_colon_over_its_wrapped_text_is_told_at_the_item(line, at, first, rest):
    """Finding 18 of rev-msg11: „- Przedstawienie planu:” over its wrapped text got a bare „brak dwukropka po nazwie
    pola” at the next correct line."""
    lines = list(_LINES)
    lines[line - 1:line] = [first, rest]
    report = _check_text("\n".join(lines))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert error.line == line and "kończy się dwukropkiem" in error.message, _errors(report)


# --- 6 and 7: other Word list marks at an item's place; a hard space in a plain text's continuation -----------------

@pytest.mark.parametrize("sign", ["\u2010", "\u2011", "o", "➢", "▪", "4.", "4)"])
@pytest.mark.parametrize("after", [" ", "\t"])
def test_a_list_item_with_another_word_mark_is_told_at_the_mark(sign, after):
    """Finding 6 of rev-msg11: „‐”, „‑”, „o ”, „➢”, „▪”, „4. ” (also with Word's tab) at an agenda item's place got a
    bare „brak dwukropka po nazwie pola” at the next, correct line."""
    report = _check((356, "- Ustalenia", f"{sign}{after}Ustalenia"))
    column = _LINES[355].index("-") + 1
    told = [e for e in report.errors if (e.line, e.column) == (356, column)]
    assert told, _errors(report)
    assert f"„{sign}”" in told[0].message and "wpisz „- ”" in told[0].message, _errors(report)


def test_a_word_opening_a_wrapped_item_text_is_no_list_mark():
    """„o” and a number deeper than the items are the item's own wrapped text: read as written."""
    report = _check((354, "priorytetowego", "priorytetowego\n        o godz. 17 i 4. punkt"))
    assert not report.errors, _errors(report)


@pytest.mark.parametrize("line, old, new", [
    (343, " i sklepu", "\n    \u00a0\u00a0i sklepu"),  # meeting 1's temat
    (109, " Osiedla", "\n    \u00a0\u00a0Osiedla"),  # a zrodla item's text
])
def test_a_hard_space_in_a_plain_texts_continuation_is_named(line, old, new):
    """Finding 7 of rev-msg11: 4 spaces + 2 hard spaces (aligned in Notepad) were told „ma za małe wcięcie – zwiększ je”."""
    report = _check((line, old, new))
    assert len(report.errors) == 1, _errors(report)
    error = report.errors[0]
    assert (error.line, error.column) == (line + 1, 5) and "twarda spacja" in error.message, _errors(report)


# --- 1: an old deadline pasted in other words -----------------------------------------------------------------------

@pytest.mark.parametrize("new, told", [
    ("alkoholu.\n      Termin: do 31.03.2026 r.", True),  # the old plan's table cell pasted as a line
    ("alkoholu. Termin: 31.03.2026 r.", True),
    ("alkoholu w terminie do 31 marca 2026 r.", True),
    ("alkoholu – do 31.03.2026 r.", True),
    ("alkoholu do dnia 31 marca 2026 roku", True),
    ("alkoholu – do 31.03.2026 r. wraz ze szkołą", False),  # a date inside the text is the officer's
    ("alkoholu (w terminach ustalonych ze sklepem)", False),
])
def test_an_old_deadline_in_other_words_is_warned(new, told):
    """Finding 1 of rev-msg11: „Termin: do …”, „w terminie do …”, „– do 31.03.2026 r.” at the end printed two
    deadlines in the signed plan, unwarned."""
    report = _check((141, "alkoholu", new))
    assert not report.errors, _errors(report)
    assert any("dwa terminy" in w.message for w in report.warnings) is told, [(w.line, w.message) for w in report.warnings]


# --- 9 and 14: openings of the old letter's sentence pasted into a field pismo completes ---------------------------

@pytest.mark.parametrize("opening", ["Uprzejmie proszę o", "Proszę o", "Wnoszę o"])
def test_a_request_opened_with_the_old_letters_words_is_warned(opening):
    """Finding 9 of rev-msg11: „Uprzejmie proszę o rozważenie …” printed „prośbą o Uprzejmie proszę o rozważenie”."""
    prosba = next(n for n, line in enumerate(_LINES, 1) if line.strip() == "prosba: >-") + 1
    first = _LINES[prosba - 1].strip().split()[0]
    report = _check((prosba, first, f"{opening} {first}"))
    told = [w.message for w in report.warnings if w.field and w.field.endswith("prosba")]
    assert any(f"„{opening}”" in m for m in told), [(w.field, w.message) for w in report.warnings]


@pytest.mark.parametrize("opening", ["na temat", "nt.", "odnośnie", "odnośnie do", "Temat spotkania:"])
def test_a_topic_opened_with_its_own_words_prints_once(opening):
    """Finding 14 of rev-msg11: „na temat”, „nt.”, „odnośnie”, „Temat spotkania:” printed after „w sprawie”."""
    from pismo.documents.context import topic

    assert topic(f"{opening} bezpieczeństwa w rejonie") == "bezpieczeństwa w rejonie"
