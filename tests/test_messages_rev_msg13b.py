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


# --- 16 and 8: an old letter's or plan's label or heading opening a text pismo prints under its own ------------------

@pytest.mark.parametrize("line, old, new, key, label", [
    (91, "W rejonie", "1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.\n\n    W rejonie", 90,
     "1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym."),
    (115, "Głównym", "2. Zakładany cel do osiągnięcia. Głównym", 114, "2. Zakładany cel do osiągnięcia."),
    (115, "Głównym celem jest", "Zakładany cel do osiągnięcia: głównym celem jest", 114, "Zakładany cel do osiągnięcia:"),
    (292, "W rejonie", "Opis problemu: w rejonie", 291, "Opis problemu:"),
    (305, "Doświetlenie", "Oczekiwany efekt: doświetlenie", 304, "Oczekiwany efekt:"),
    (297, "rozważenie", "Prośba: rozważenie", 296, "Prośba:"),
    (494, "Liczba", "Uzasadnienie: liczba", 493, "Uzasadnienie:"),
    (501, "Wnoszę", "Wnioski: wnoszę", 500, "Wnioski:"),
    (301, "Plac zabaw", "Uzasadnienie\n      Plac zabaw", 300, "Uzasadnienie"),
])
def test_a_label_or_heading_opening_a_printed_text_is_told(line, old, new, key, label):
    """Finding 16 of rev-msg13 (and 8): the „Uzasadnienie:” check was one field of a class – „1. Charakterystyka …”
    printed twice, „Opis problemu:”, „Oczekiwany efekt:”, „Prośba:”, „Wnioski:” and „Uzasadnienie” on its own line
    were printed under pismo's own headings, unwarned."""
    report = _check((line, old, new))
    told = [m for m in _warned(report, key) if "nagłówek ze starego pisma" in m]
    assert told and f"„{label}”" in told[0], report.warnings


@pytest.mark.parametrize("line, old, new, key", [
    (501, "Wnoszę", "Wnioski Rady Osiedla wskazują, że wnoszę", 500), (115, "Głównym", "Cel Policji: Głównym", 114),
    (301, "Plac zabaw", "Uzasadnienie wniosku jest proste. Plac zabaw", 300)])
def test_a_text_opening_with_a_labels_word_in_a_sentence_is_not_told(line, old, new, key):
    report = _check((line, old, new))
    assert not [m for m in _warned(report, key) if "nagłówek ze starego pisma" in m], report.warnings


# --- 13: the addressee's name with the courtesy pismo prints itself ---------------------------------------------------

@pytest.mark.parametrize("line, old, new, word", [
    (208, "Ewa Fikcyjna", "Pani Ewa Fikcyjna", "Pani"), (228, "Krzysztof Umowny", "Pan Krzysztof Umowny", "Pan"),
    (208, "Ewa Fikcyjna", "Sz. P. Ewa Fikcyjna", "Sz. P."), (208, "Ewa Fikcyjna", "Szanowna Pani Ewa Fikcyjna", "Szanowna Pani"),
    (209, "Prezydent", "Pani Prezydent", "Pani"),
])
def test_an_addressee_written_with_pani_or_pan_is_told(line, old, new, word):
    """Finding 13 of rev-msg13: „imie_nazwisko: Pani Ewa Fikcyjna” printed „Pani / Pani Ewa Fikcyjna” unwarned."""
    report = _check((line, old, new))
    told = [m for m in _warned(report, line) if "nad nazwiskiem adresata" in m]
    assert told and f"usuń „{word}”" in told[0], report.warnings


@pytest.mark.parametrize("new", ["Ewa Pani", "Panek Ewa", "Ewa Fikcyjna"])
def test_an_addressee_whose_name_only_holds_such_letters_is_not_told(new):
    report = _check((208, "Ewa Fikcyjna", new))
    assert not [m for m in _warned(report, 208) if "nad nazwiskiem adresata" in m], report.warnings


# --- 5 and 7: a word broken by a soft hyphen, „¬” or a dash; Word's object mark and a soft hyphen in a value ---------

@pytest.mark.parametrize("sign", ["\u00ac", "\u2013", "\u2010", "\u2011", "\u00ad"])
def test_a_word_broken_at_a_lines_end_by_any_break_sign_is_told(sign):
    """Finding 5 of rev-msg13: „doświet” + U+00AD / „¬” / „–” at a line's end printed „doświet­ lenie” unwarned (only
    „-” was seen)."""
    report = _check((139, "o doświetlenie placu zabaw", f"o doświet{sign}"),
                    (140, "przy ul. Lipowej", "lenie placu zabaw przy ul. Lipowej"))
    told = [w.message for w in report.warnings + report.errors if w.line == 139
            and ("„doświetlenie”" in w.message or "U+00AD" in w.message and "połącz też słowo" in w.message)]
    assert told, [str(p) for p in report.warnings + report.errors]


@pytest.mark.parametrize("char, name", [("\ufffc", "obiektu osadzonego"), ("\u00ad", "miękki łącznik")])
def test_words_object_mark_and_a_soft_hyphen_inside_a_value_are_told_at_the_character(char, name):
    """Finding 7 of rev-msg13: U+FFFC (a boxed „OBJ” in the PDF) and U+00AD inside a value passed unwarned."""
    report = _check((139, "placu zabaw", f"placu{char} zabaw"))
    told = [e for e in report.errors if f"U+{ord(char):04X}" in e.message and name in e.message]
    assert told and told[0].line == 139, [str(e) for e in report.errors]


# --- 6: a block text's header mistyped in any way ---------------------------------------------------------------------

@pytest.mark.parametrize("header, told", [
    (">\u2011", "zamień „\u2011” na „-”"), (">\u2212", "zamień „\u2212” na „-”"), (">>-", "usuń drugi znak „>”"),
    ("> –", "usuń spację przed „–” i zamień go na „-”"), (">-–", "usuń „–” po „>-”"),
    (">- Wystąpienie z wnioskiem", "przenieś „Wystąpienie z wnioskiem…” do następnego wiersza"),
    (">–", "zamień „–” na „-”"), ("> -", "usuń spację między „>” a „-”"),
])
def test_a_mistyped_block_header_is_told_what_to_change_in_it(header, told):
    """Finding 6 of rev-msg13: „>‑” (U+2011), „>−”, „>>-”, „> –”, „>-–” and text on the header's line got „ujmij całą
    wartość w cudzysłów” – the header's class, not named."""
    report = _check((138, ">-", header))
    assert [e for e in report.errors if e.line == 138 and told in e.message], [str(e) for e in report.errors]


@pytest.mark.parametrize("header", ["->", "<-", "=>"])
def test_a_block_header_typed_as_signs_yaml_reads_as_text_is_warned(header):
    """Finding 6 of rev-msg13: „opis: ->” over the text passed and the plan printed „-> Wystąpienie …”."""
    report = _check((138, ">-", header))
    assert not report.errors, [str(e) for e in report.errors]
    assert [m for m in _warned(report, 138) if f"„{header}”" in m and "wpisz „>-”" in m], report.warnings


def test_an_arrow_inside_a_one_line_text_is_not_a_header():
    report = _check((159, "raz w miesiącu", "raz w miesiącu -> co miesiąc"))
    assert not [m for m in _warned(report, 159) if "znak tekstu blokowego" in m], report.warnings


# --- 17: „o” before a proper noun wrapping an agenda item is no Word bullet ------------------------------------------

@pytest.mark.parametrize("wrapped", ["o Radzie Osiedla i planie dla rejonu.", "o Policji i planie dla rejonu.",
                                     "2. Półrocza 2026 r."])
def test_a_wrap_opened_by_o_or_a_number_after_an_unfinished_item_is_told_as_the_items_text(wrapped):
    """Finding 17 of rev-msg13: „- Przedstawienie informacji” / „o Radzie Osiedla …” at the dash's column was told
    „punktor „o” z listy Worda – wpisz „- ”” – following it made a fifth agenda point."""
    report = _check((354, "Przedstawienie planu działania priorytetowego dla rejonu służbowego nr XIII.",
                     f"Przedstawienie informacji\n      {wrapped}"))
    assert report.errors and "dalszy ciąg tekstu" in report.errors[0].message, [str(e) for e in report.errors]


@pytest.mark.parametrize("line", ["o Przedstawienie planu.", "o\tplanie dla rejonu."])
def test_words_bullet_o_after_a_finished_item_or_before_a_tab_is_still_told(line):
    report = _check((354, "Przedstawienie planu działania priorytetowego dla rejonu służbowego nr XIII.",
                     f"Przedstawienie informacji.\n      {line}" if " " in line[:2] else f"Przedstawienie informacji\n      {line}"))
    assert report.errors and "punktor „o”" in report.errors[0].message, [str(e) for e in report.errors]


# --- 9: a comment's next line without its „#” -------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (2, "# 1.03–31.08.2026.", "1.03–31.08.2026.", 2),
    (87, "w rejonie służbowym.", "w rejonie\nsłużbowym.", 88),
    (135, "etapów/ zadań.", "\netapów/ zadań.", 136),
    (191, "#    planowanych", "    planowanych", 191),
])
def test_a_comments_next_line_without_its_hash_is_told_as_the_comments(line, old, new, told):
    """Finding 9 of rev-msg13: a comment continued without „#” got „dopisz go na końcu wiersza 85” (into
    „zatwierdzono”), a generic message 13 lines below, or „brak dwukropka” at „partnerzy:”."""
    report = _check((line, old, new))
    first = report.errors[0] if report.errors else None
    assert first and first.line == told and "dalszy ciąg komentarza" in first.message \
        and f"z wiersza {told - 1}" in first.message, [str(e) for e in report.errors]


@pytest.mark.parametrize("line, old, new", [(88, "zagrozenie:", "zagrozenie"), (137, "- id:", "- id")])
def test_a_field_under_a_comment_is_not_taken_for_its_next_line(line, old, new):
    report = _check((line, old, new))
    assert report.errors and "komentarza" not in report.errors[0].message, [str(e) for e in report.errors]
