"""`--publikacja` after the second red team (issue 17): the classes of tests/publication_corpus.py, each input
checked alone, and a whole case with data planted in every kind of field, checked in the written documents.

The corpus figures (leaks and over-redaction, this tree against a baseline) come from bench/publication.py.
"""

from __future__ import annotations

import pytest

from helpers import WRZOSOGROD, render_kind
from publication_corpus import (KEEPS, LEAKS, OFFICER_FIELDS, OFFICERS, PARTICIPANTS, PRIVATE, SHY, SWEPT, _visible,
                                evaluate, kept_in, leaked, nfd, officer_field_output)
from test_publikacja import all_parts, case_with
from pismo.publication.names import Names, is_police
from pismo.publication.redact import NAME_MARK, scrub
from pismo.publication.visible import View, visible

NAMES = Names(PRIVATE, OFFICERS)


@pytest.mark.parametrize("kind, text, secrets, kept", LEAKS, ids=[f"{k}: {t[:40]}" for k, t, _s, _k in LEAKS])
def test_planted_data_goes_and_the_rest_stays(kind, text, secrets, kept):
    result = scrub(text, NAMES)
    assert not [s for s in secrets if leaked(result, s)], result
    assert all(kept_in(text, result, part) for part in kept), result


@pytest.mark.parametrize("kind, text", KEEPS, ids=[f"{k}: {t[:40]}" for k, t in KEEPS])
def test_text_without_personal_data_stays_exactly_as_written(kind, text):
    assert scrub(text, NAMES) == SWEPT.get(text, text)  # but what the final sweep removes on purpose


@pytest.mark.parametrize("kind, name, function, police", PARTICIPANTS,
                         ids=[f"{n} ({f})" for _k, n, f, _p in PARTICIPANTS])
def test_who_is_a_police_officer_by_the_function(kind, name, function, police):
    assert is_police(name, function) == police


@pytest.mark.parametrize("kind, field, value, secrets, kept", OFFICER_FIELDS,
                         ids=[f"{f}: {v}"[:60] for _k, f, v, _s, _kept in OFFICER_FIELDS])
def test_an_officers_own_fields_lose_contacts_and_keep_the_officer(kind, field, value, secrets, kept):
    printed = officer_field_output(field, value)
    assert not [s for s in secrets if leaked(printed, s)], printed
    assert all(_visible(part) in _visible(printed) for part in [*kept, "Marek Przykładowy", "asp."]), printed


def test_the_corpus_figures_are_all_zero():
    """The figures bench/publication.py prints, as one check: every class, no leak, no over-redaction."""
    found = {kind: (row["leaks"], row["over"]) for kind, row in evaluate().items()}
    assert {kind: figures for kind, figures in found.items() if figures != ([], [])} == {}


# --- Matching on the text as seen, replacing in the text as written.

@pytest.mark.parametrize("text", [
    nfd("Zgłosił Józef Kęska, ul. Źródlana."), f"Zgłosił Józef Kę{SHY}ska, ul. Źródlana.",
    "Zgłosił Józef Kęs\u200bka, ul. Źródlana.", "Zgłosił Józef K\u0435ska, ul. Źródlana.",  # a Cyrillic „е”
    "Zgłosił Józef Ｋęska, ul. Źródlana.",
])
def test_a_name_however_encoded_is_cut_and_the_rest_kept_as_written(text):
    result = scrub(text, NAMES)
    assert result.startswith("Zgłosił ") and NAME_MARK in result
    assert result.endswith(text[text.index(", ul."):])  # the untouched part, byte for byte (NFD stays NFD)


def test_the_view_maps_every_span_back():
    original = f"a{SHY}b" + nfd("ó") + "\u200bc"
    view = View(original)
    assert view.text == "abóc" and visible(original) == "abóc"
    assert view.replace([(1, 3, "X")]) == f"a{SHY}Xc"  # an invisible character goes with the letter before it
    assert view.replace([(0, 4, "X")]) == "X"
    assert View("plain ascii").replace([(0, 5, "X")]) == "X ascii"


# --- A whole case: data planted in the fields the red team used, checked in every part of the written files.

PLANTED_CASE = [
    ("    funkcja: dzielnicowa rejonu służbowego nr XIII\n    telefon",
     "    funkcja: dzielnicowa rejonu służbowego nr XIII, tel. prywatny +48.606.100.200\n    telefon"),
    ("      - KMP WE WRZOSOGRODZIE\n", "      - KMP WE WRZOSOGRODZIE\n      - anna.prywatna @ gmail . com\n"),
    ("    W rejonie służbowym nr XIII we Wrzosogrodzie problemem",
     "    Zgłosił to Zdzisław Kowalczyk (youtube.com/@kowalczyk_z, t.me/kowalczyk_z, PESEL "  # the loader refuses a soft hyphen (5cb359a)
     "850312 12343). W rejonie służbowym nr XIII we Wrzosogrodzie problemem"),
]
SECRETS = ["606100200", "anna.prywatna", "Kowalczyk", "kowalczyk_z", "85031212343", "Krzysztof Umowny", "Umown"]


@pytest.mark.parametrize("kind", ["plan", "informacja"])
def test_a_case_with_data_in_every_kind_of_field_leaks_nothing(tmp_path, kind):
    path = case_with(tmp_path, *PLANTED_CASE,
                     ("      prowadzacy: st. asp. Anna Zmyślona", "      prowadzacy: Zdzisław Kowalczyk"))
    [(_, internal)] = render_kind(path, kind)
    [(_, public)] = render_kind(path, kind + "-publikacja")
    planted = [s for s in SECRETS if leaked(all_parts(internal), s)]
    assert "606100200" in planted or kind == "informacja"  # the planted data is printed internally
    text = all_parts(public)
    assert not [s for s in SECRETS if leaked(text, s)]
    assert "Zmyślona" in text
