"""`--publikacja` after the eleventh publication review (rev-pub11), helper pub18: a lone first name in a person's
context (finding 1), names in capitals (finding 2)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("Pobił go Marek z Lipowej.", "Marek"),
    ("Pobił go Adam z Lipowej.", "Adam"),
    ("Pobiła go Maja z Lipowej.", "Maja"),
    ("Pobiła go Jagoda z Lipowej.", "Jagoda"),
    ("Pobił go Jan z Lipowej.", "Jan"),
    ("Marek pije pod sklepem codziennie.", "Marek"),
    ("Najgłośniejsza jest Maja spod szóstki.", "Maja"),
    ("Najgłośniejszy jest Marek spod szóstki.", "Marek"),
    ("Zaczepiały je Oliwia i Maja z 8a.", "Maja"),
    ("Zaczepiały je Maja i Oliwia z 8a.", "Maja"),
    ("Sprzedawca na OLX (Marek) nie odpowiada.", "Marek"),
    ("Sprzedawca podpisuje się jako Marek.", "Marek"),
    ("Pseudonim: Marek.", "Marek"),
    ("Dziewczyny z 7b (Zuzia, Lena, Maja) zgłosiły zaczepki.", "Maja"),
])
def test_a_lone_first_name_that_is_also_a_word_goes_where_the_context_says_a_person(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Festyn odbędzie się 3 Maja na placu.",
    "Bukiet Róż wręczono dyrektorce.",
    "W Maju odbędzie się festyn.",
    "Sklep Lewiatan przy Lipowej jest otwarty do 22.",
    "Przy pomniku Adama Mickiewicza piją.",
    "Mieszkańcy Bogdanki skarżą się na hałas.",
])
def test_the_word_and_place_readings_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Najemcą mieszkania jest DMYTRO KOVALENKO, a jego szwagrem MYKOLA SHEVCHUK.", ["KOVALENKO", "SHEVCHUK", "MYKOLA"]),
    ("Zgłaszający: KOVALENKO DMYTRO, ur. 1990.", ["KOVALENKO", "DMYTRO"]),
    ("Legitymowano: GIORGI BERIDZE i MEHMET YILMAZ.", ["BERIDZE", "YILMAZ", "GIORGI"]),
])
def test_a_foreign_name_in_capitals_goes_whole(text, gone):
    out = scrub(text, UNIT)
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("text", [
    "KOMENDA MIEJSKA POLICJI WE WRZOSOGRODZIE, KMZB, MOPS, OPS.",
    "Akcja „BEZPIECZNE WAKACJE” w SP nr 3.",
])
def test_capitals_that_are_no_name_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Zgłosiła to sąsiadka, halina z trójki.", ["halina"]),
    ("Bo kumpel jarka sprzedaje e-papierosy.", ["jarka"]),
    ("A u staszka na działce piją do rana.", ["staszka"]),
    ("Z gośką z siódemki jest problem od wakacji.", ["gośką"]),
    ("Na ławce siedzą zawsze edek i gienek.", ["edek", "gienek"]),
])
def test_a_lower_case_first_name_goes_in_a_persons_context(text, gone):
    out = scrub(text, UNIT)
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("text", [
    "W ogrodzie róża, kalina i malina kwitną.",
    "Z marką sklepu nie ma problemu; u brata na działce spokój.",
])
def test_lower_case_words_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Dowód osobisty zgłaszającej: AYZ 123456.", "123456"),
    ("Paszport obywatela Ukrainy: FA123456.", "FA123456"),
    ("Legitymacja szkolna nr 123/2024.", "123/2024"),
    ("Rower zostawił uczeń, nr legitymacji szkolnej 123/2024.", "123/2024"),
    ("Dowód sprawcy nr ABC 123450.", "123450"),
])
def test_a_documents_number_after_its_label_goes_whatever_its_shape(text, gone):
    assert gone not in scrub(text, UNIT)


@pytest.mark.parametrize("text", [
    "Paszporty wydano 120 osobom; paszport ważny do 2030 r.",
    "Legitymacje szkolne wydano 2 razy w roku 2025.",
])
def test_document_words_without_a_number_stay(text):
    assert scrub(text, UNIT) == text


def test_a_contact_field_the_public_version_leaves_out_prints_as_nothing_in_a_template():
    """finding 6: a unit template's footer „{{ jednostka.telefon }}” no longer fails the whole public run."""
    from helpers import WRZOSOGROD
    from pismo.case.loader import load_case
    from pismo.documents.context import unit
    from pismo.publication.redact import redact
    from pismo.render.engine import environment

    case = load_case(WRZOSOGROD).sprawa
    assert case.jednostka.telefon and case.jednostka.email
    public = unit(redact(case))
    footer = environment().from_string("Jednostka: {{ jednostka.telefon }}, {{ jednostka.email }}")
    assert footer.render(jednostka=public).startswith("Jednostka: [")  # its mark (rev_pub11b): no failure
    assert case.jednostka.telefon not in footer.render(jednostka=public)
