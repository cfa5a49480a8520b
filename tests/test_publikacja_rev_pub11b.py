"""`--publikacja` after the eleventh publication review (rev-pub11), helper pub19: a surname's, a wife's or a
family's form after a sentence's first word that is an ordinary word too (finding 4); a first name the dictionary
also reads as a place, or a diminutive it reads only as a word, as a person's verb's subject (finding 1); historical
figures, one-word clubs and a street's patron kept (findings 5 and 7)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("Stara Kowalczykowa z trójki wszystko widzi.", "Kowalczykowa"),
    ("Działka Kowalskich to miejsce libacji.", "Kowalskich"),
    ("Działka Gołębiowskich to miejsce libacji.", "Gołębiowskich"),
    ("Od Malinowskiego kupują dopalacze.", "Malinowskiego"),
    ("U Malinowskiego piją do rana.", "Malinowskiego"),
])
def test_a_name_after_a_sentences_ordinary_first_word_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out
    assert out.split()[0] == text.split()[0], out  # the opening word stays


@pytest.mark.parametrize("text", [
    "Dom Kurpiów stoi w skansenie.",
    "Od Sienkiewicza skręć w lewo.",
    "Od Mickiewicza do parku jest blisko.",
    "Stara Wieś leży za lasem.",
    "Zielona Góra to miasto.",
    "Biała Podlaska leży nad Krzną.",
])
def test_peoples_streets_and_places_after_an_opening_word_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Pobił go Jarek z Lipowej.", "Jarek"),
    ("Pobiła go Róża z Lipowej.", "Róża"),
    ("Pobiła go Kalina z Lipowej.", "Kalina"),
    ("Pobiła go Pola z Lipowej.", "Pola"),
    ("Pobiła go Wiola z Lipowej.", "Wiola"),
    ("Zaczepiła ich Oliwka spod szóstki.", "Oliwka"),
    ("Kalina zgłosiła kradzież roweru.", "Kalina"),
])
def test_a_first_name_that_is_a_place_or_a_word_too_goes_as_a_persons_subject(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Bukiet Róż wręczono dyrektorce.",
    "Kalina rosła przy płocie.",
    "Mieszka w Kalinie od roku.",
    "Pola leżały odłogiem.",
    "Gra na wioli w orkiestrze.",
    "Oliwki leżały na stole.",
])
def test_the_place_and_word_readings_of_such_names_stay(text):
    assert scrub(text, UNIT) == text


def test_a_village_after_a_preposition_before_a_persons_verb_stays():
    out = scrub("Sołtys Krystyna z Karolina zgłosiła dziurę.", UNIT)
    assert "z Karolina zgłosiła" in out, out


@pytest.mark.parametrize("text, kept", [
    ("Wieczorem przy pomniku Adama Mickiewicza odpalano petardy.", "Adama Mickiewicza"),
    ("Akademia ku czci Marii Skłodowskiej-Curie w szkole.", "Marii Skłodowskiej-Curie"),
    ("Uczniowie przygotowali akademię o Marii Skłodowskiej-Curie.", "Marii Skłodowskiej-Curie"),
    ("Film o Lechu Wałęsie pokazano na apelu.", "Lechu Wałęsie"),
    ("Graffiti na murze przedstawia Kopernika.", "Kopernika"),
    ("Mecz Legii z Lechem oglądano na telebimie.", "Lechem"),
    ("Mecz Wisły z Lechem.", "Wisły z Lechem"),
    ("Kibice Lecha i Legii pobili się na parkingu.", "Lecha"),
    ("Grupa „Chłopaki z Paderewskiego” pisze na murach.", "Paderewskiego"),
])
def test_figures_clubs_and_patrons_stay(text, kept):
    out = scrub(text, UNIT)
    assert kept in out, out


@pytest.mark.parametrize("text, gone", [
    ("Lech Wałęsa z parteru zgłosił hałas.", "Wałęsa"),
    ("Maria Skłodowska-Curie z parteru zgłosiła hałas.", "Skłodowska"),
    ("Kopernik zgłosił hałas.", "Kopernik"),
    ("Pobił się z Sienkiewiczem.", "Sienkiewiczem"),
    ("Kibic Lech pobił sąsiada.", "Lech"),
    ("Kibice Lech i Marek pobili sąsiada.", "Lech"),
])
def test_namesakes_and_fans_still_go(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


def test_a_contact_the_public_version_leaves_out_prints_its_mark_and_tests_false_in_a_template():
    """the public footer „Jednostka: {{ jednostka.telefon }}, {{ jednostka.email }}” printed „Jednostka: , ”."""
    from helpers import WRZOSOGROD
    from pismo.case.loader import load_case
    from pismo.documents.context import unit
    from pismo.publication.redact import EMAIL_MARK, PHONE_MARK, redact
    from pismo.render.engine import environment

    case = load_case(WRZOSOGROD).sprawa
    public = unit(redact(case))
    footer = environment().from_string("Jednostka: {{ jednostka.telefon }}, {{ jednostka.email }}")
    assert footer.render(jednostka=public) == f"Jednostka: {PHONE_MARK}, {EMAIL_MARK}"
    guarded = environment().from_string("{% if jednostka.telefon %}tel. {{ jednostka.telefon }}{% endif %}")
    assert guarded.render(jednostka=public) == ""
    assert case.jednostka.telefon not in footer.render(jednostka=public)


@pytest.mark.parametrize("text, gone", [
    ("Kaczmarkowie kłócą się z Wilkami o miedzę.", "Wilkami"),
    ("Sąsiad procesuje się z Lisami od lat.", "Lisami"),
])
def test_a_familys_plural_after_a_quarrels_verb_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", ["Myśliwi walczą z Wilkami w lesie.", "Pokłócili się z Niemcami o granicę."])
def test_animals_and_peoples_after_a_verb_stay(text):
    assert scrub(text, UNIT) == text
