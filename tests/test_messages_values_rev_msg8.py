"""The case file's values and what the documents print from them: findings of the eighth messages review
(rev-msg8) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

from pathlib import Path

import pytest

from example_edits import checked as _check, edited as _edited


# --- 11: „1.200” read as 1,2 ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, written, meant", [
    (130, "wartosc_wyjsciowa: 12", "wartosc_wyjsciowa: 1.200", "1.200", "1200"),
    (123, "wartosc_docelowa: 7", "wartosc_docelowa: 1.000", "1.000", "1000"),
    (130, "wartosc_wyjsciowa: 12", "wartosc_wyjsciowa: 12.500   # z KMZB", "12.500", "12500"),
])
def test_a_number_with_a_polish_thousands_dot_is_asked_about(line, old, new, written, meant):
    """Finding 11 (HIGH) of rev-msg8: `wartosc_wyjsciowa: 1.200` („1.200 interwencji”) was read as 1,2, printed
    „wartość wyjściowa 1,2” in the plan, and sprawdz said „poprawny”."""
    report = _check((line, old, new))
    told = [e for e in report.errors if e.line == line]
    assert len(told) == 1, report.errors
    assert f"„{written}”" in told[0].message and meant in told[0].message
    assert "czy" in told[0].message, told[0].message


@pytest.mark.parametrize("value", ["7.5", "12.50", "0.125", "1.2"])
def test_a_decimal_number_is_no_thousands(value):
    report = _check((130, "wartosc_wyjsciowa: 12", f"wartosc_wyjsciowa: {value}"))
    assert not report.errors, report.errors


# --- 27: the officer's own final punctuation where pismo completes the field into a sentence --------------

def _texts(tmp_path, kind: str, *edits) -> list[str]:
    """The text of every document of one kind made from the edited example."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import full_text, render_kind

    path = tmp_path / "sprawa.yaml"
    path.write_text(_edited(*edits), encoding="utf-8")
    return [full_text(data).replace("\u00a0", " ") for item, data in render_kind(path, kind) if item.template]


_ZRODLA = ((107, "Bezpieczeństwa", "Bezpieczeństwa;"), (108, "służbowym", "służbowym;"),
           (109, "Wrzosowisko", "Wrzosowisko; oraz"), (110, "służbowego", "służbowego."))
_DOTS = ((141, "alkoholu", "alkoholu."), (299, "alkoholu", "alkoholu."),
         (89, "ul. Lipowej", "ul. Lipowej."))
_TOPIC = ((343, "temat: bezpieczeństwa", "temat: w sprawie bezpieczeństwa"),
          (343, "Klonowej 12", "Klonowej 12."))


@pytest.mark.parametrize("kind, edits, printed", [
    ("wniosek", _ZRODLA, "Bezpieczeństwa, analizy interwencji podejmowanych w rejonie służbowym, informacji "
                         "przekazywanych przez mieszkańców Osiedla Wrzosowisko oraz własnych obserwacji dzielnicowej "
                         "podczas obchodu rejonu służbowego."),
    ("wniosek", _DOTS, "tablic informujących o zakazie spożywania alkoholu."),
    ("wniosek", _DOTS, "w rejonie placu zabaw przy ul. Lipowej."),
    ("plan", _DOTS, "spożywania alkoholu – termin realizacji"),
    ("zaproszenia", _TOPIC, "zapraszam na spotkanie w sprawie bezpieczeństwa w rejonie placu zabaw"),
    ("zaproszenia", _TOPIC, "Klonowej 12, które odbędzie się"),
    ("protokol", _TOPIC, "ze spotkania w sprawie bezpieczeństwa"),
])
def test_a_field_completed_into_a_sentence_keeps_one_punctuation_mark(tmp_path, kind, edits, printed):
    """Finding 27 of rev-msg8: `zrodla` items ending „;”/„.” printed „…Bezpieczeństwa;, …; oraz … służbowego..”,
    an action or a request ending „.” printed „alkoholu. – termin …”, „alkoholu..”, a topic „Klonowej 12., które”
    and „w sprawie w sprawie” – all „poprawny”."""
    texts = _texts(tmp_path, kind, *edits)
    assert texts and all(printed in text for text in texts[:1]), texts[0]
    for text in texts:
        for doubled in (";,", "; oraz", "..", "., ", ". –", "w sprawie w sprawie"):
            assert doubled not in text.replace("...", "…"), (doubled, text)


@pytest.mark.parametrize("text, last, made", [
    ("ul. Klonowej 12.", False, "ul. Klonowej 12"),
    ("w 2026 r.", False, "w 2026 r."),
    ("tablic itp.", True, "tablic itp"),
    ("analizy;", False, "analizy"),
    ("i tak dalej...", True, "i tak dalej..."),
    ("bez kropki", False, "bez kropki"),
    # an abbreviation off the list keeps its dot inside the sentence (rev-msg9 finding 1): „k.w – termin” misread
    ("art. 51 § 1 k.w.", False, "art. 51 § 1 k.w."),
    ("firma Wrzos-Ochrona S.A.", False, "firma Wrzos-Ochrona S.A."),
    ("zgodnie z Dz. U.", False, "zgodnie z Dz. U."),
    ("około 2 tys.", False, "około 2 tys."),
    ("rozmowa z Janem K.", False, "rozmowa z Janem K."),
    ("Sp. z o. o.", False, "Sp. z o. o."),
    ("art. 51 § 1 k.w.", True, "art. 51 § 1 k.w"),
    ("rozmowa przy nim.", False, "rozmowa przy nim"),
    ("zabaw.", False, "zabaw"),
])
def test_a_clause_drops_only_the_officer_s_own_final_mark(text, last, made):
    from pismo.documents.context import clause

    assert clause(text, last) == made


# --- 18: a date still to fill in is no date to measure others from --------------------------------------

@pytest.mark.parametrize("edits", [
    ((336, "data: 2026-03-18", "data: UZUPEŁNIJ"),),
    ((336, "data: 2026-03-18", "data: UZUPEŁNIJ"), (358, "data: 2026-03-04", "data: 2026-03-25")),
    ((80, "od: 2026-03-01", "od: UZUPEŁNIJ"),),
])
def test_no_date_order_warning_is_measured_from_a_date_to_fill_in(edits):
    """Finding 18 of rev-msg8: a meeting date left as UZUPEŁNIJ gave „zaproszenie z datą 04.03.2026 jest późniejsze
    niż spotkanie, na które zaprasza (01.01.2000)” – pismo's own stand-in for the marker."""
    report = _check(*edits)
    assert not report.errors, report.errors
    told = [w for w in report.warnings if "sprawdź datę" in w.message or "2000" in w.message or "1900" in w.message]
    assert not told, told
    assert [w for w in report.warnings if w.message == "do uzupełnienia"]


def test_a_date_order_is_still_warned_beside_a_date_to_fill_in():
    report = _check((336, "data: 2026-03-18", "data: UZUPEŁNIJ"), (362, "data: 2026-03-19", "data: 2026-03-10"),
                    (308, "data: 2026-03-09", "data: 2027-03-09"))
    assert [w.field for w in report.warnings if w.message.endswith("sprawdź datę")] == ["wnioski[0].pismo.data"]


# --- 16: line breaks of a block text that a one-paragraph field would print --------------------------------

_DEEPER = "ma większe wcięcie"
_LITERAL = "zamień „|” na „>-”"


@pytest.mark.parametrize("edits, line, column, told", [
    (((140, "      przy ul. Lipowej", "        przy ul. Lipowej"),), 140, 9, _DEEPER),   # an action's `>-`
    (((100, "    głośnym", "      głośnym"), (90, "opis: |", "opis: >")), 100, 7, _DEEPER),  # paragraphs, folded
    (((138, "opis: >-", "opis: |"),), 138, 11, _LITERAL),   # an action written with `|`
])
def test_a_block_text_s_line_breaks_the_field_would_print_are_warned(edits, line, column, told):
    """Finding 16 of rev-msg8: one line of an action's `>-` text indented deeper printed the action as three
    lines with empty lines between, and an action written with `|` broke at every line of the file – „poprawny”."""
    report = _check(*edits)
    assert not report.errors, report.errors
    warned = [(w.line, w.column) for w in report.warnings if told in w.message]
    assert warned == [(line, column)], report.warnings


@pytest.mark.parametrize("edits", [
    (),
    ((93, "    sklepu", "      sklepu"),),   # a paragraphs field's `|` joins its lines however indented
])
def test_a_block_text_printed_as_written_is_not_warned(edits):
    report = _check(*edits)
    assert not [w for w in report.warnings if _DEEPER in w.message or _LITERAL in w.message], report.warnings


# --- 12: a phone of digits only is a number to YAML ----------------------------------------------------

@pytest.mark.parametrize("phone", ["478551013", "0478551013"])
def test_a_phone_of_digits_only_is_told_to_be_quoted_or_grouped(phone):
    """Finding 12 of rev-msg8: `telefon: 478551013` was told „nieprawidłowy numer telefonu (dozwolone cyfry,
    spacje…)” – it is only digits; YAML made it a number."""
    report = _check((51, "telefon: 47 855 10 13", f"telefon: {phone}"))
    assert [(e.line, e.field) for e in report.errors] == [(51, "osoby.dzielnicowy.telefon")], report.errors
    message = report.errors[0].message
    assert "liczbę" in message and "cudzysłów" in message and "spacjami" in message, message
    assert "dozwolone cyfry" not in message


# --- 3: a value in printer's quotes --------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, field, meant", [
    (337, 'godzina: "17:00"', "godzina: „17:00”", "spotkania[0].godzina", 'godzina: "17:00"'),
    (337, 'godzina: "17:00"', "godzina: “17:00”", "spotkania[0].godzina", 'godzina: "17:00"'),
    (337, 'godzina: "17:00"', "godzina: ”17:00”", "spotkania[0].godzina", 'godzina: "17:00"'),
    (120, "- id: kmzb", "- id: ‘kmzb’", "cel.wskazniki[0].id", 'id: "kmzb"'),
    (49, "plec: K", "plec: „K”", "osoby.dzielnicowy.plec", 'plec: "K"'),
    (130, "wartosc_wyjsciowa: 12", "wartosc_wyjsciowa: „12”", "cel.wskazniki[1].wartosc_wyjsciowa",
     "wartosc_wyjsciowa: 12"),
])
def test_a_value_in_printer_s_quotes_is_told_as_quotes(line, old, new, field, meant):
    """Finding 3 of rev-msg8: `godzina: „17:00”` was told „godzinę podaj jako GG:MM, np. „17:00”” – the officer's
    own text; an id or a choice in Word's quotes was told its pattern or its choices, never the quotes."""
    report = _check((line, old, new))
    told = [e for e in report.errors if e.field == field]
    assert len(told) == 1 and told[0].line == line, report.errors
    assert "cudzysłów drukarski" in told[0].message and meant in told[0].message, told[0].message


def test_the_hour_message_s_example_is_not_in_printer_s_quotes():
    report = _check((337, 'godzina: "17:00"', "godzina: godz. 17:00"))
    assert report.errors and "„17:00”" not in report.errors[0].message and '"17:00"' in report.errors[0].message


# --- 14: a duplicate from a slip is no copy to delete ------------------------------------------------------

def test_a_misspelt_duplicate_names_both_places_and_the_field_meant():
    """Finding 14 of rev-msg8: `zaproszenie:` typed for `zaproszeni:` was told at the correct field „pole
    „zaproszenie” powtórzone (pierwszy raz w wierszu 348) – zostaw jedno” – advice that deletes data."""
    report = _check((348, "zaproszeni:", "zaproszenie:"))
    told = [e for e in report.errors if "powtórzone" in e.message]
    assert len(told) == 1 and told[0].line == 357, report.errors
    message = told[0].message
    assert "348" in message and "„zaproszeni”" in message and "zostaw jedno" not in message, message


def test_a_duplicate_from_a_lost_indentation_is_told_to_check_the_indentation():
    text = _edited((188, "", "")).split("\n")
    text.insert(188, "partnerzy: [szkola]")
    from pismo import api

    report = api.check("\n".join(text), name="sprawa.yaml")
    told = [e for e in report.errors if "powtórzone" in e.message]
    assert len(told) == 1 and told[0].line == 189 and "wcięci" in told[0].message, report.errors  # rev-msg9 #6: at 189
    assert "zostaw jedno" not in told[0].message


# --- 26: an addressee listed twice ------------------------------------------------------------------------

def test_an_addressee_invited_twice_is_told_at_the_second_entry():
    """Finding 26 of rev-msg8: `- komendant-sm` twice in `zaproszeni` (a line doubled by Ctrl+D) was „niekompletny”
    with „two documents would have the same file name – change one of the ids” at the meeting's id."""
    report = _check((351, "      - komendant-sm", "      - komendant-sm\n      - komendant-sm"))
    assert [(e.line, e.field) for e in report.errors] == [(352, "spotkania[0].zaproszeni[3]")], report.errors
    assert "351" in report.errors[0].message and "usuń" in report.errors[0].message
    assert "nazwę pliku" not in report.errors[0].message


def test_a_partner_of_an_action_named_twice_is_warned():
    report = _check((144, "partnerzy: [urzad-miejski]", "partnerzy: [urzad-miejski, urzad-miejski]"))
    assert not report.errors
    assert [(w.line, w.field) for w in report.warnings if "już na liście" in w.message] == \
        [(144, "dzialania[0].partnerzy[1]")], report.warnings


# --- 22: an e-mail pasted as a link ------------------------------------------------------------------------

@pytest.mark.parametrize("written, told", [
    ("mailto:dzielnicowy13@wrzosogrod.example.pl", "usuń „mailto:”"),
    ("MAILTO:dzielnicowy13@wrzosogrod.example.pl", "usuń „mailto:”"),
    ("dzielnicowy13@wrzosogrod.example.pl.", "kończy się kropką"),
    ("Anna Zmyślona <dzielnicowy13@wrzosogrod.example.pl>", "bez nazwy i nawiasów"),
])
def test_an_e_mail_pasted_as_a_link_or_with_a_final_dot_is_told_what_to_remove(written, told):
    """Finding 22 of rev-msg8: `email: mailto:…` (Outlook's „Kopiuj hiperłącze”) and a final dot passed and were
    printed in every invitation; an address with a name in angle brackets was only „nieprawidłowy adres e-mail”."""
    report = _check((52, "email: dzielnicowy13@wrzosogrod.example.pl", f"email: {written}"))
    assert [(e.line, e.field) for e in report.errors] == [(52, "osoby.dzielnicowy.email")], report.errors
    assert told in report.errors[0].message and "dzielnicowy13@wrzosogrod.example.pl" in report.errors[0].message


# --- 19: an abbreviation is no pasted bullet ---------------------------------------------------------------

_MARK = "punktor albo numer wklejony z Worda"


@pytest.mark.parametrize("line, old, new", [
    (212, "- Urząd Miejski we Wrzosogrodzie", "- p. o. Prezydenta Miasta Wrzosogrodu"),
    (105, "- plac zabaw", "- m. Wrzosogród, plac zabaw"),
    (281, "- Zamieszczenie", "- p. Zamieszczenie"),
])
def test_a_one_letter_abbreviation_opening_an_item_is_no_bullet(line, old, new):
    """Finding 19 of rev-msg8: „p. o. Prezydenta” (pełniący obowiązki) in an addressee's name and „m. Wrzosogród”
    in a list of places were told „punktor albo numer wklejony z Worda … usuń go”."""
    report = _check((line, old, new))
    assert not [w for w in report.warnings if _MARK in w.message], report.warnings


@pytest.mark.parametrize("line, old, new, mark", [
    (281, "- Zamieszczenie", "- a) Zamieszczenie", "a)"),
    (281, "- Zamieszczenie", "- 1. Zamieszczenie", "1."),
    (281, "- Zamieszczenie", "- b.\tZamieszczenie", "b."),
    (105, "- plac zabaw", "- • plac zabaw", "•"),
])
def test_a_pasted_bullet_or_number_is_still_warned(line, old, new, mark):
    report = _check((line, old, new))
    assert [w.line for w in report.warnings if _MARK in w.message and f"„{mark}”" in w.message] == [line]


def test_a_line_of_an_addressee_s_name_is_no_bulleted_item():
    report = _check((212, "- Urząd Miejski we Wrzosogrodzie", "- 1. Urząd Miejski we Wrzosogrodzie"))
    assert not [w for w in report.warnings if "pismo samo dodaje punktory" in w.message], report.warnings


# --- 23 (the values' part) -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (76, "numer: XIII", "numer: nr XIII", "bez „nr”"),
    (76, "numer: XIII", "numer: 13.", "bez kropki"),
    (123, "wartosc_docelowa: 7", "wartosc_docelowa: 7,0", "7.0"),
    (309, "znak: PR-RD-0151-13/26", "znak: 2026-03-09", "cudzysłów"),
    (49, "plec: K", "płeć: K", "czy chodziło o „plec”?"),
])
def test_a_value_written_the_polish_way_is_told_what_to_change(line, old, new, told):
    """Finding 23 of rev-msg8 (values): „nr XIII” and „13.” were told „podaj cyframi arabskimi (3) albo rzymskimi
    (XIII)” – as written; „7,0” „oczekiwano liczby”; a reference number that is a date got no „ujmij w
    cudzysłów”; „płeć:” no „czy chodziło o „plec”?”."""
    report = _check((line, old, new))
    told_here = [e for e in report.errors if e.line == line]
    assert len(told_here) == 1 and told in told_here[0].message, report.errors


def test_a_hard_space_before_a_comment_after_a_date_is_told_at_the_space():
    report = _check((336, "data: 2026-03-18              # środa", "data: 2026-03-18\u00a0# środa"))
    assert [(e.line, e.column) for e in report.errors] == [(336, 21)], report.errors
    assert "przed „#”" in report.errors[0].message and "zwykłą spację" in report.errors[0].message


def test_a_narrow_hard_space_before_an_item_s_colon_is_named():
    report = _check((355, "- Uwagi mieszkańców i propozycje działań.", "- Dyskusja\u202f: uwagi mieszkańców."))
    told = [e for e in report.errors if e.line == 355]
    assert told and ("U+202F" in told[0].message or "twarda spacja" in told[0].message), report.errors
