"""The case file's messages and what documents print from fields: the fourteenth messages review (rev-msg14) of
issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check


def _warned(report, line: int) -> list[str]:
    """The warnings of the field edited at that line (told at the field's key, a line or two above)."""
    return [w.message for w in report.warnings if line - 3 <= w.line <= line]


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


# --- 1: the courtesy capital of „Pani”, „Pana”, „Państwa” in a request -------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (297, "rozważenie możliwości", "Pani zgodę na rozważenie możliwości"),
    (317, "skierowanie strażników", "Pana decyzję o skierowaniu strażników"),
    (297, "rozważenie możliwości", "Państwa zgodę na rozważenie możliwości"),
])
def test_a_request_opening_with_a_courtesy_pronoun_is_not_warned(line, old, new):
    """Finding 1 of rev-msg14: „prosba: Pani zgodę na …” was told to start with a small letter – in a letter the
    pronouns of address keep their capital."""
    report = _check((line, old, new))
    assert not _errors(report), _errors(report)
    assert not [m for m in _warned(report, line) if "wielką literą" in m], report.warnings


def test_a_request_opening_with_another_capital_is_still_warned():
    report = _check((297, "rozważenie możliwości", "Rozważenie możliwości"))
    assert [m for m in _warned(report, 297) if "wielką literą" in m], report.warnings


# --- 17: „Cel – X – osiągnięto” is a sentence, not a label ------------------------------------------------------

@pytest.mark.parametrize("line, old, new", [
    (494, "Liczba zgłoszeń", "Cel – ograniczenie liczby zgłoszeń – osiągnięto częściowo. Liczba zgłoszeń"),
    (91, "W rejonie", "Problem – spożywanie alkoholu przez dorosłych – narasta od 2025 roku. W rejonie"),
])
def test_a_word_between_two_dashes_is_not_a_label(line, old, new):
    """Finding 17 of rev-msg14: the dashes enclose an apposition; „usuń „Cel –”” broke the sentence."""
    report = _check((line, old, new))
    assert not [m for m in _warned(report, line) if "nagłówek ze starego" in m], report.warnings


@pytest.mark.parametrize("new", ["Cel – ograniczenie liczby zgłoszeń. Liczba zgłoszeń",
                                 "Cel: ograniczenie liczby zgłoszeń – osiągnięto. Liczba zgłoszeń",
                                 "Cel – ograniczenie liczby zgłoszeń. Drugie zdanie – z myślnikiem. Liczba zgłoszeń"])
def test_a_label_before_a_dash_or_colon_is_still_warned(new):
    report = _check((494, "Liczba zgłoszeń", new))
    assert [m for m in _warned(report, 494) if "nagłówek ze starego" in m], report.warnings


# --- 2, 9, 20: the rank glued to the name, after it with a dash; the function in the name -------------------------

def _officer(*edits):
    from example_edits import edited
    from pismo.case.loader import load_case_text

    return load_case_text(edited(*edits), name="sprawa.yaml").sprawa.osoby


@pytest.mark.parametrize("new", ["st. asp.Anna Zmyślona", "st.asp.Anna Zmyślona"])
def test_a_rank_glued_to_the_name_keeps_its_dot(new):
    """Finding 2 of rev-msg14: „st. asp.Anna Zmyślona” printed „st. asp. .Anna Zmyślona”, the advice „.Anna…”."""
    report = _check((48, "Anna Zmyślona", new))
    told = [m for m in _warned(report, 48) if "stopnia" in m]
    assert told and "zacznij od „Anna Zmyślona…”" in told[0], report.warnings
    assert _officer((48, "Anna Zmyślona", new)).dzielnicowy.ranked() == "st. asp. Anna Zmyślona"


@pytest.mark.parametrize("new", ["Anna Zmyślona – st. asp.", "Anna Zmyślona - st. asp.", "Anna Zmyślona / st. asp.",
                                 "Anna Zmyślona — st. asp."])
def test_a_rank_after_the_name_and_a_dash_goes_with_the_dash(new):
    """Finding 9 of rev-msg14: the advice kept „Anna Zmyślona –” and 8 documents printed it."""
    report = _check((48, "Anna Zmyślona", new))
    told = [m for m in _warned(report, 48) if "stopniem" in m]
    assert told and "zostaw „Anna Zmyślona”" in told[0], report.warnings
    assert _officer((48, "Anna Zmyślona", new)).dzielnicowy.ranked() == "st. asp. Anna Zmyślona"


@pytest.mark.parametrize("line, old, new, name", [
    (48, "Anna Zmyślona", "Anna Zmyślona – dzielnicowa", "Anna Zmyślona"),
    (48, "Anna Zmyślona", "st. asp. Anna Zmyślona – dzielnicowa rejonu służbowego nr XIII", "Anna Zmyślona"),
    (58, "Tomasz Wymyślny", "Tomasz Wymyślny, Komendant Miejski Policji", "Tomasz Wymyślny"),
])
def test_the_function_written_in_an_officers_name_is_warned(line, old, new, name):
    """Finding 20 of rev-msg14: „Anna Zmyślona – dzielnicowa” printed in every letter, unwarned."""
    report = _check((line, old, new))
    told = [m for m in _warned(report, line) if "funkcję" in m]
    assert told and f"zostaw „{name}”" in told[0], report.warnings
    assert not [m for m in _warned(report, line) if "stopni" in m and "–" in m.split("zacznij od")[-1]], report.warnings


@pytest.mark.parametrize("new", ["Anna Kowalska-Zmyślona", "Anna Zmyślona-Nowak"])
def test_a_double_surname_is_no_function(new):
    report = _check((48, "Anna Zmyślona", new))
    assert not [m for m in _warned(report, 48) if "funkcję" in m], report.warnings


# --- 26: „stopien” checked against the police ranks ----------------------------------------------------------------

@pytest.mark.parametrize("new, right", [("st. aps.", "st. asp."), ("st. asp", "st. asp."), ("St. Asp.", "st. asp."),
                                        ("st.asp.", "st. asp."), ("mł insp", "mł. insp."), ("sierz. szt.", "sierż. szt.")])
def test_a_rank_not_written_as_a_police_rank_is_told_its_spelling(new, right):
    """Finding 26 of rev-msg14: „st. aps.”, „st. asp”, „St. Asp.” printed in every signed letter, unwarned."""
    report = _check((47, "st. asp.", new))
    told = [m for m in _warned(report, 47) if "stopień policyjny" in m or "stopnia policyjnego" in m]
    assert told and f"„{right}”" in told[0], report.warnings


@pytest.mark.parametrize("new", ["st. asp.", "starszy aspirant", "asp. sztab.", "asp. szt.", "podinsp.", "gen. insp."])
def test_a_police_rank_written_right_is_not_told(new):
    report = _check((47, "st. asp.", new))
    assert not [m for m in _warned(report, 47) if "policyjn" in m], report.warnings


# --- 3: the town with a sentence's final dot --------------------------------------------------------------------

@pytest.mark.parametrize("new, end", [("Wrzosogród.", "."), ("\"Wrzosogród:\"", ":"), ("Wrzosogród;", ";")])
def test_a_town_ending_with_a_dot_is_warned(new, end):
    """Finding 3 of rev-msg14: „Wrzosogród.” printed „Wrzosogród., dnia …” in 5 documents, unwarned."""
    from example_edits import _LINES

    line = next(i for i, text in enumerate(_LINES, 1) if text.strip().startswith("miejscowosc:"))
    report = _check((line, "Wrzosogród", new))
    told = [m for m in _warned(report, line) if "„, dnia" in m]
    assert told and f"usuń „{end}”" in told[0] and "zostaw „Wrzosogród”" in told[0], report.warnings


# --- 8: „Sz. Pani”, „P.”, „WP” before the addressee's name --------------------------------------------------------

@pytest.mark.parametrize("word", ["Sz. Pani", "Szan. Pani", "P.", "WP", "Wielmożna Pani"])
def test_a_courtesy_abbreviation_before_the_addressee_is_warned(word):
    """Finding 8 of rev-msg14: „Sz. Pani Ewa Fikcyjna” printed „Pani / Sz. Pani Ewa Fikcyjna”, unwarned."""
    from example_edits import _LINES

    line = next(i for i, text in enumerate(_LINES, 1) if "imie_nazwisko: Ewa Fikcyjna" in text)
    report = _check((line, "Ewa Fikcyjna", f"{word} Ewa Fikcyjna"))
    told = [m for m in _warned(report, line) if "nad nazwiskiem adresata" in m]
    assert told and f"usuń „{word}”" in told[0], report.warnings


def test_an_initial_is_no_courtesy():
    from example_edits import _LINES

    line = next(i for i, text in enumerate(_LINES, 1) if "imie_nazwisko: Ewa Fikcyjna" in text)
    report = _check((line, "Ewa Fikcyjna", "P. Fikcyjna"))
    assert not [m for m in _warned(report, line) if "nad nazwiskiem adresata" in m], report.warnings


# --- 22: the area code in brackets; two numbers in one field --------------------------------------------------

@pytest.mark.parametrize("new", ["(47) 855 10 13", "(47)8551013", "(0-47) 855 10 13", "+48 (47) 855 10 13"])
def test_a_phone_with_its_area_code_in_brackets_is_accepted(new):
    """Finding 22 of rev-msg14: „(47) 855 10 13” was refused with „dozwolone … nawiasy” – the rule and the message
    disagreed."""
    report = _check((51, "47 855 10 13", new))
    assert not _errors(report), _errors(report)


@pytest.mark.parametrize("new", ["47 855 10 13, 600 100 200", "47 855 10 13 (kom. 600 100 200)",
                                 "47 855 10 13; 600 100 200"])
def test_two_phone_numbers_are_told_as_two(new):
    report = _check((51, "47 855 10 13", new))
    assert [m for _, _, m in _errors(report) if "jeden numer" in m], _errors(report)


@pytest.mark.parametrize("new", ["(47 855 10 13", "47) 855 10 13", "()47 855 10 13"])
def test_a_phone_with_unbalanced_brackets_is_refused(new):
    report = _check((51, "47 855 10 13", new))
    assert [m for _, _, m in _errors(report) if "telefon" in m], _errors(report)


@pytest.mark.parametrize("new, told", [
    ("\"e-mail: dzielnicowy13@wrzosogrod.example.pl\"", "przed adresem stoi „e-mail:” – wpisz sam adres: dzielnicowy13@"),
    ("dzielnicowy13@wrzosogrod.example.pl; kmp@wrzosogrod.example.pl", "wpisz jeden adres"),
])
def test_an_email_with_its_label_or_a_second_address_is_named(new, told):
    """Finding 22 of rev-msg14: „e-mail: …” and two addresses got the generic „nieprawidłowy adres e-mail”."""
    report = _check((52, "dzielnicowy13@wrzosogrod.example.pl", new))
    assert [m for _, _, m in _errors(report) if told in m], _errors(report)


# --- 13, 23: the skeleton's longer hints, its sample postal code and the officer's own gap marks ----------------

@pytest.mark.parametrize("line, old, new, shown", [
    (309, "PR-RD-0151-13/26", "znak sprawy według rzeczowego wykazu akt jednostki", "znak sprawy według"),
    (202, "Rozważenie doświetlenia", "co partner zrobi w ramach planu. Rozważenie doświetlenia", "co partner zrobi"),
    (305, "Doświetlenie i monitoring", "co się poprawi po spełnieniu prośby. Doświetlenie", "co się poprawi"),
    (30, "99-999 Wrzosogród", "00-000 Wrzosogród", "00-000 Wrzosogród"),
])
def test_a_longer_skeleton_hint_or_its_postal_code_is_told(line, old, new, shown):
    """Finding 13 of rev-msg14: only hints of up to four words were known; „00-000” printed in 8 letters."""
    report = _check((line, old, new))
    assert [m for m in _warned(report, line) if "wskazówka ze szkieletu" in m and shown in m], report.warnings


@pytest.mark.parametrize("line, old, new, shown", [
    (208, "Ewa Fikcyjna", "do uzupełnienia", "„do uzupełnienia”"),
    (208, "Ewa Fikcyjna", "(brak danych)", "„(brak danych)”"),
    (208, "Ewa Fikcyjna", "N.N.", "„N.N.”"),
    (309, "PR-RD-0151-13/26", "PR-RD-0151-XX/26", "„PR-RD-0151-XX/26”"),
    (309, "PR-RD-0151-13/26", "PR-RD-0151-……/26", "„PR-RD-0151-……/26”"),
])
def test_an_officers_own_gap_mark_is_told(line, old, new, shown):
    """Finding 23 of rev-msg14: „do uzupełnienia”, „N.N.”, „XX” in a sign printed unwarned."""
    report = _check((line, old, new))
    assert [m for m in _warned(report, line) if "miejsce do uzupełnienia" in m and shown in m], report.warnings


@pytest.mark.parametrize("line, old, new", [
    (309, "PR-RD-0151-13/26", "PR-RD-0151-XXIII/26"), (202, "Rozważenie doświetlenia", "Brak danych o doświetleniu"),
    (202, "Rozważenie doświetlenia", "Rozważenie (…) doświetlenia"), (202, "Rozważenie", "Co miesiąc rozważenie"),
])
def test_a_text_like_a_gap_mark_is_not_told(line, old, new):
    report = _check((line, old, new))
    assert not [m for m in _warned(report, line) if "uzupełnienia" in m or "szkieletu" in m], report.warnings


# --- 4: the officer's name in the signature block ----------------------------------------------------------------

@pytest.mark.parametrize("new, what", [("- st. asp. Anna Zmyślona", "usuń ten wiersz"),
                                       ("- ANNA ZMYŚLONA", "usuń ten wiersz"),
                                       ("- dzielnicowa Anna Zmyślona", "usuń z niego „Anna Zmyślona”")])
def test_the_officers_name_in_the_signature_block_is_warned(new, what):
    """Finding 4 of rev-msg14: the name added to `podpis` printed twice under every invitation, unwarned."""
    report = _check((55, "- KMP WE WRZOSOGRODZIE", "- KMP WE WRZOSOGRODZIE\n      " + new))
    told = [w.message for w in report.warnings if w.line == 56 and "podpis to tylko funkcja" in w.message]
    assert told and what in told[0], report.warnings


def test_a_signature_block_without_the_name_is_not_warned():
    report = _check((55, "- KMP WE WRZOSOGRODZIE", "- KMP WE WRZOSOGRODZIE\n      - Anna Nowak-Zmyślona"))
    assert not [w for w in report.warnings if "podpis to tylko funkcja" in w.message], report.warnings


# --- 16: Word's Symbol and Wingdings bullets (private-use characters) ---------------------------------------------

@pytest.mark.parametrize("line, old, new, code", [
    (282, "Ogłoszenia", "\uf0b7 Ogłoszenia", "U+F0B7"),
    (140, "      przy", "      \uf0b7 przy", "U+F0B7"),
    (141, "informujących", "\uf0a7 informujących", "U+F0A7"),
])
def test_a_private_use_bullet_is_told(line, old, new, code):
    """Finding 16 of rev-msg14: U+F0B7 / U+F0A7 pasted from Word passed unwarned and printed as an empty gap."""
    report = _check((line, old, new))
    told = [w for w in report.warnings if w.line == line and code in w.message and "usuń go" in w.message]
    assert told, report.warnings


# --- 14, 24: the old letter's labels and lines copied into the fields pismo labels or prints itself ---------------

@pytest.mark.parametrize("line, old, new, label", [
    (329, "- adresat", "- Egz. nr 1 – adresat", "Egz. nr 1 –"),
    (401, "st. asp. Anna Zmyślona", "\"Protokołowała: st. asp. Anna Zmyślona\"", "Protokołowała:"),
    (402, "st. asp.", "Prowadząca – st. asp.", "Prowadząca –"),
    (312, "Mapa", "Załącznik nr 1 – Mapa", "Załącznik nr 1 –"),
])
def test_a_short_fields_old_label_is_warned(line, old, new, label):
    """Finding 14 of rev-msg14: „Egz. nr 1 – Egz. nr 1 – adresat”, „Protokołowała: / Protokołowała: …” printed."""
    report = _check((line, old, new))
    told = [m for m in _warned(report, line) if f"zaczyna się od „{label}”" in m and "dwa razy" in m]
    assert told, report.warnings


@pytest.mark.parametrize("line, old, new, told", [
    (21, "- WE WRZOSOGRODZIE", "- WE WRZOSOGRODZIE\n    - Wrzosogród, dnia 20.02.2026 r.", "datę"),
    (21, "- WE WRZOSOGRODZIE", "- WE WRZOSOGRODZIE\n    - WYDZIAŁ PREWENCJI", "wydział"),
    (30, "- 99-999 Wrzosogród", "- 99-999 Wrzosogród\n    - tel. 47 855 10 00", "telefon i e-mail"),
    (214, "- Rynek 1", "- Urząd Miejski we Wrzosogrodzie\n          - Rynek 1", "nazwę instytucji"),
])
def test_a_header_or_address_line_pismo_prints_itself_is_warned(line, old, new, told):
    """Finding 24 of rev-msg14: the old header's date line, „WYDZIAŁ PREWENCJI”, the phone in the address and the
    addressee's name in its address printed twice, unwarned."""
    report = _check((line, old, new))
    assert [w for w in report.warnings if w.line in (line, line + 1) and told in w.message and "usuń ten wiersz" in w.message], \
        report.warnings


@pytest.mark.parametrize("line, old, new", [(329, "- adresat", "- Egzemplarz dla adresata"),
                                            (402, "st. asp. Anna", "st. asp. Prowadzisz Anna"),
                                            (29, "ul. Wrzosowa 1", "ul. Telefoniczna 1")])
def test_a_field_like_a_label_is_not_warned(line, old, new):
    report = _check((line, old, new))
    assert not [w for w in report.warnings if "dwa razy" in w.message], report.warnings


# --- 10: a label named with its kind or numbered otherwise ------------------------------------------------------

@pytest.mark.parametrize("line, old, new, label", [
    (305, "Doświetlenie i monitoring", "Przewidywany efekt: doświetlenie i monitoring", "Przewidywany efekt:"),
    (91, "W rejonie", "Opis zagrożenia: W rejonie", "Opis zagrożenia:"),
    (91, "W rejonie", "II. Zakładany cel do osiągnięcia. W rejonie", "II. Zakładany cel do osiągnięcia."),
    (91, "W rejonie", "2) Zakładany cel do osiągnięcia: W rejonie", "2) Zakładany cel do osiągnięcia:"),
])
def test_a_label_named_with_its_kind_or_numbered_otherwise_is_warned(line, old, new, label):
    """Finding 10 of rev-msg14: „Przewidywany efekt:”, „Opis zagrożenia:”, „II. …”, „2) …” printed, unwarned."""
    report = _check((line, old, new))
    assert [m for m in _warned(report, line) if f"„{label}”" in m and "nagłówek ze starego" in m], report.warnings


@pytest.mark.parametrize("new", ["Mieszkańcy zgłaszają problem: W rejonie", "Problem narasta: W rejonie",
                                 "Zakładany cel zostanie osiągnięty. W rejonie"])
def test_a_sentence_naming_a_problem_is_no_label(new):
    report = _check((91, "W rejonie", new))
    assert not [m for m in _warned(report, 91) if "nagłówek ze starego" in m], report.warnings


# --- 12: a meeting's topic opened with a meeting's noun and the words before the topic ----------------------------

@pytest.mark.parametrize("opening", ["zaproszenie na spotkanie w sprawie", "spotkanie dot.", "zebranie mieszkańców nt.",
                                     "debata społeczna dotycząca", "spotkanie z mieszkańcami w sprawie"])
def test_a_topic_written_as_in_the_old_invitation_prints_without_its_opening(opening):
    """Finding 12 of rev-msg14: „… w sprawie zaproszenie na spotkanie w sprawie bezpieczeństwa …” printed."""
    from pismo.documents.context import topic

    assert topic(f"{opening} bezpieczeństwa w rejonie") == "bezpieczeństwa w rejonie"


@pytest.mark.parametrize("text", ["spotkania z mieszkańcami", "debaty społecznej o bezpieczeństwie",
                                  "zebrania mieszkańców osiedla"])
def test_a_topic_about_a_meeting_keeps_its_words(text):
    from pismo.documents.context import topic

    assert topic(text) == text


# --- 15: the period or the field's name written into `cyklicznie` -------------------------------------------------

@pytest.mark.parametrize("new, words", [
    ("raz w miesiącu w okresie od 1 marca do 31 sierpnia 2026 r.", "w okresie"),
    ("\"cyklicznie – raz w miesiącu\"", "cyklicznie"),
    ("raz w miesiącu do końca sierpnia", "do końca sierpnia"),
])
def test_a_recurrence_with_its_period_is_warned(new, words):
    """Finding 15 of rev-msg14: two periods in one sentence, „termin realizacji cyklicznie – …”, unwarned."""
    report = _check((159, "raz w miesiącu", new))
    assert [m for m in _warned(report, 159) if f"zawiera „{words}”" in m and "jak często" in m], report.warnings


@pytest.mark.parametrize("new", ["raz w miesiącu", "od poniedziałku do piątku", "raz w kwartale (marzec, czerwiec)"])
def test_a_recurrence_alone_is_not_warned(new):
    report = _check((159, "raz w miesiącu", new))
    assert not [m for m in _warned(report, 159) if "jak często" in m], report.warnings


# --- 6, 7: a range with Word's dash wrapped after the dash ---------------------------------------------------------

@pytest.mark.parametrize("line, old, new, joined", [
    (318, "raz w miesiącu w okresie od 1 marca 2026 roku do 31 sierpnia 2026",
     "raz w miesiącu w okresie marzec–\n      sierpień 2026", "marzec–sierpień"),
    (175, "klas VI–VIII Szkoły", "klas VI–\n      VIII Szkoły", "VI–VIII"),
])
def test_a_range_wrapped_after_its_dash_keeps_the_dash_in_the_advice(line, old, new, joined):
    """Findings 6 and 7 of rev-msg14: „połącz: „marzecsierpień”” dropped the range's dash; „VI–” / „VIII” passed."""
    report = _check((line, old, new))
    told = [w.message for w in report.warnings if w.line == line and "zakres" in w.message]
    assert told and f"„{joined}”" in told[0] and f"„{joined.replace('–', '')}”" not in told[0].split("albo")[-1], \
        report.warnings


# --- 5: the second line of an end-of-line comment without its „#” -------------------------------------------------

@pytest.mark.parametrize("line, old, new, comment", [
    (85, "# wersja do publikacji pokazuje zatwierdzenie", "# wersja do publikacji pokazuje\nzatwierdzenie", 85),
    (25, "# w tej jednostce dzielnicowi tworzą rewir, nie zespół", "# w tej jednostce dzielnicowi tworzą rewir,\nnie zespół", 25),
])
def test_an_end_of_line_comment_wrapped_without_its_hash_is_told_as_the_comments(line, old, new, comment):
    """Finding 5 of rev-msg14: the wrapped half of an end-of-line comment was told as the field's text („dopisz go na
    końcu wiersza 85” of a date) or a list item's."""
    report = _check((line, old, new))
    told = [m for _, _, m in _errors(report) if f"dalszy ciąg komentarza z wiersza {comment}" in m]
    assert told, _errors(report)
