"""The case file's messages and what documents print from fields: the rest of the twelfth messages review
(rev-msg12) of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited


def _errors(report) -> list:
    return [(e.line, e.column, e.message) for e in report.errors]


def _warned(report, line: int) -> list[str]:
    return [w.message for w in report.warnings if w.line == line]


# --- 2: the town pismo completes with „, dnia …”; a meeting place without its preposition ---------------------------

@pytest.mark.parametrize("town, ending", [("Wrzosogród, dnia", ", dnia"), ("Wrzosogród,", ","),
                                          ("Wrzosogród, dn.", ", dn."), ("Wrzosogród dnia", " dnia")])
def test_a_town_written_with_the_date_lines_comma_or_dnia_is_warned(town, ending):
    """Finding 2 of rev-msg12: „miejscowosc: Wrzosogród, dnia” printed „Wrzosogród, dnia, dnia 10 marca 2026 r.”."""
    report = _check((33, "miejscowosc: Wrzosogród ", f"miejscowosc: {town} "))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 33) if "„, dnia" in m]
    assert told and f"„{ending.strip()}”" in told[0] and "„Wrzosogród”" in told[0], report.warnings


def test_a_plain_town_is_not_warned():
    report = _check((33, "Wrzosogród ", "Nowa Dęba "))
    assert not _warned(report, 33), _warned(report, 33)


@pytest.mark.parametrize("place", ["świetlicy Rady Osiedla Wrzosowisko", "świetlica Rady Osiedla Wrzosowisko",
                                   "Świetlicy Rady Osiedla Wrzosowisko"])
def test_a_meeting_place_without_its_preposition_is_warned(place):
    """Finding 2 of rev-msg12: „miejscownik: świetlicy Rady …” printed „o godz. 17:00 świetlicy Rady …”."""
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 342) if "przyimk" in m]
    assert told and "„w świetlicy" in told[0], report.warnings


@pytest.mark.parametrize("place", ["we Wrzosogrodzie, w świetlicy", "na placu zabaw przy ul. Lipowej",
                                   "przy ul. Jesionowej 5", "W świetlicy Rady Osiedla", "u sołtysa"])
def test_a_meeting_place_with_its_preposition_is_not_warned(place):
    report = _check((342, "w świetlicy Rady Osiedla Wrzosowisko", place))
    assert not [m for m in _warned(report, 342) if "przyimk" in m], report.warnings


# --- 16: a word hyphenated at a line's end (text pasted from a PDF) -------------------------------------------------

_SHOP = "spożywczo-monopolowego przy ul. Klonowej 12 oraz na placu zabaw przy"


@pytest.mark.parametrize("edits, line, word", [
    ([(139, "o doświetlenie placu zabaw", "o doświet-"), (140, "przy ul.", "lenie placu zabaw przy ul.")], 139, "doświet-"),
    ([(94, "pozostawiają butelki", "pozosta-"), (95, "i śmieci", "wiają butelki i śmieci")], 94, "pozosta-"),
    ([(93, _SHOP, "spożywczo-"), (94, "ul. Lipowej.", "monopolowego ul. Lipowej.")], 93, "spożywczo-"),
])
def test_a_word_hyphenated_at_a_lines_end_is_warned(edits, line, word):
    """Finding 16 of rev-msg12: „doświet-” / „lenie” (a PDF's hyphenation) printed „doświet- lenie” unwarned."""
    report = _check(*edits)
    assert not report.errors, _errors(report)
    told = [w for w in report.warnings if w.line == line and "łącznik" in w.message]
    assert len(told) == 1 and f"„{word}”" in told[0].message, report.warnings
    source = _check().warnings  # the example's own lines are not told
    assert not [w for w in source if "łącznikiem" in w.message]


@pytest.mark.parametrize("edits", [
    [(139, "o doświetlenie placu zabaw", "o doświetlenie placu zabaw –"), (140, "przy ul.", "przy ul.")],  # a dash
    [(93, _SHOP, "spożywczo-"), (94, "ul. Lipowej.", "i monopolowego ul. Lipowej.")],  # „biało- i …”
    [(93, _SHOP, "spożywczo-"), (94, "ul. Lipowej.", "Monopolowego ul. Lipowej.")],
])
def test_a_dash_or_a_shared_hyphen_at_a_lines_end_is_not_warned(edits):
    report = _check(*edits)
    assert not [w for w in report.warnings if "łącznik" in w.message], report.warnings


# --- 17: blanks at a line's end in a block text ---------------------------------------------------------------------

@pytest.mark.parametrize("blanks", ["\t", "   ", " \t "])
def test_blanks_at_a_folded_lines_end_are_not_printed(blanks):
    """Finding 17 of rev-msg12: a tab or spaces at the end of a „>-” line (invisible in Notepad) printed a tab jump
    or a run of spaces inside the plan's sentence; YAML drops them in a plain text, pismo does in a block text too."""
    from pismo import api

    report = _check((139, "placu zabaw", f"placu zabaw{blanks}"))
    assert not report.errors, _errors(report)
    case = api.load(edited((139, "placu zabaw", f"placu zabaw{blanks}")), name="sprawa.yaml")
    assert "placu zabaw przy ul. Lipowej" in case.sprawa.dzialania[0].opis, repr(case.sprawa.dzialania[0].opis)


def test_a_file_of_one_text_is_still_told_as_such():
    """The hyphen check once failed on a value with no field (a file of one line): a traceback instead of the message."""
    from pismo import api

    report = api.check("Plan działania priorytetowego\n", name="sprawa.yaml")
    assert any("pojedynczą wartość" in e.message for e in report.errors), _errors(report)


# --- 20: a salutation without its comma, a pasted „Uzasadnienie:”, a double space, a PDF's ligature ----------------

def _warned_at(report, field: str) -> list[str]:
    return [w.message for w in report.warnings if w.field == field]


def test_a_salutation_without_its_comma_is_warned():
    """Finding 20 of rev-msg12: „powitanie: Szanowna Pani Prezydent” printed the request's salutation without „,”."""
    report = _check((210, "Prezydent,", "Prezydent"))
    assert not report.errors, _errors(report)
    told = [m for m in _warned(report, 210) if "przecin" in m]
    assert told and "„Szanowna Pani Prezydent,”" in told[0], report.warnings


@pytest.mark.parametrize("salutation", ["Szanowna Pani Prezydent!", "Szanowna Pani Prezydent,"])
def test_a_salutation_with_its_comma_or_exclamation_is_not_warned(salutation):
    report = _check((210, "Szanowna Pani Prezydent,", salutation))
    assert not [m for m in _warned(report, 210) if "przecin" in m], report.warnings


@pytest.mark.parametrize("label", ["Uzasadnienie: ", "UZASADNIENIE: ", "Uzasadnienie – "])
def test_a_reason_opened_with_its_label_is_warned(label):
    """Finding 20 of rev-msg12: „Uzasadnienie: Plac zabaw …” (the old letter's label) printed in the request."""
    report = _check((301, "Plac zabaw jest", f"{label}Plac zabaw jest"))
    assert not report.errors, _errors(report)
    told = [m for m in _warned_at(report, "wnioski[0].uzasadnienie") if label.strip(" :–") in m]
    assert told and "zacznij od „Plac zabaw" in told[0], report.warnings


def test_a_double_space_is_warned_at_its_place():
    """Finding 20 of rev-msg12: „placu  zabaw” (a double space) printed in 8 documents unwarned."""
    report = _check((343, "placu zabaw", "placu  zabaw"))
    assert not report.errors, _errors(report)
    told = [w for w in report.warnings if w.line == 343 and "spacj" in w.message]
    column = edited((343, "placu zabaw", "placu  zabaw")).split("\n")[342].index("  zabaw") + 1
    assert len(told) == 1 and told[0].column == column, report.warnings
    assert not [w for w in _check().warnings if "dwie spacje" in w.message]


def test_a_pdf_ligature_is_warned():
    """Finding 20 of rev-msg12: „proﬁlaktyczne” with U+FB01 (copied from a PDF) printed as is."""
    report = _check((175, "profilaktyczne", "proﬁlaktyczne"))
    assert not report.errors, _errors(report)
    told = [w for w in report.warnings if w.line == 175 and "ligatur" in w.message]
    column = edited((175, "profilaktyczne", "proﬁlaktyczne")).split("\n")[174].index("ﬁ") + 1
    assert len(told) == 1 and "„fi”" in told[0].message and told[0].column == column, report.warnings


# --- 4: a value opening with „!” (an officer's emphasis) ------------------------------------------------------------

@pytest.mark.parametrize("item, shown", [("- !Pilne ogłoszenia podczas obchodu.", "!Pilne"),
                                         ("- !!! Ogłoszenia na tablicach.", "!!!")])
def test_a_value_opening_with_an_exclamation_mark_is_told_to_be_quoted(item, shown):
    """Finding 4 of rev-msg12: „- !Pilne …” was told „nieobsługiwany znacznik YAML !Pilne”, „- !!! …” „… tag:yaml.org,
    2002:!” – jargon, no cause, nothing to do."""
    report = _check((282, "- Ogłoszenia na tablicach osiedlowych Rady Osiedla Wrzosowisko.", item))
    messages = [m for line, _, m in _errors(report) if line == 282]
    assert len(messages) == 1, _errors(report)
    assert "znaku „!”" in messages[0] and "cudzysłów" in messages[0] and f'"{shown}' in messages[0], messages
    assert "tag:" not in messages[0] and "nieobsługiwany" not in messages[0], messages


def test_spaces_at_a_quoted_texts_edges_are_no_double_space():
    report = _check((343, "temat: bezpieczeństwa", 'temat: "   bezpieczeństwa'), (343, "Klonowej 12", 'Klonowej 12   "'))
    assert not report.errors, _errors(report)
    assert not [w for w in report.warnings if "dwie spacje" in w.message], report.warnings


# --- 5: a block text's header mistyped („>–”, „>—”, „> -”, „|–”) ----------------------------------------------------

@pytest.mark.parametrize("line, old, new, told", [
    (138, "opis: >-", "opis: >–", "zamień „–” na „-”"), (138, "opis: >-", "opis: >—", "zamień „—” na „-”"),
    (138, "opis: >-", "opis: > -", "usuń spację między „>” a „-”"), (90, "opis: |", "opis: |–", "zamień „–” na „-”")])
def test_a_block_texts_header_mistyped_is_told_at_the_sign(line, old, new, told):
    """Finding 5 of rev-msg12: „opis: >–” was told „… „>” oznacza tekst blokowy – ujmij całą wartość w cudzysłów” –
    wrong cause, and quoting a text of many lines is harmful advice."""
    report = _check((line, old, new))
    messages = [m for *_, m in _errors(report)]
    assert len(messages) == 1 and told in messages[0] and "cudzysłów" not in messages[0], messages


def test_spaces_before_a_double_quoted_texts_escape_are_no_double_space():
    """„"Wrzosogród  \\n"” – the blanks stand before an escaped line end, not between words (the property test's
    „0  \\n”); „"placu  zabaw\\n"” is still told."""
    kept = _check((343, "temat: bezpieczeństwa", 'temat: "bezpieczeństwa  \\n'), (343, "Klonowej 12", 'Klonowej 12"'))
    assert not [w for w in kept.warnings if "dwie spacje" in w.message], kept.warnings
    told = _check((343, "temat: bezpieczeństwa", 'temat: "bezpieczeństwa  w\\n'), (343, "Klonowej 12", 'Klonowej 12"'))
    assert [w for w in told.warnings if "dwie spacje" in w.message and w.line == 343], told.warnings
