"""`--publikacja` after the tenth publication review (rev-pub10), helper pub17: lower-case first names the context
gives a person (finding 3) and what must stay beside them."""

from __future__ import annotations

import pytest

from pismo.publication import name_tags
from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, scrub

pytestmark = pytest.mark.skipif(not name_tags.available(), reason="needs the morfeusz2 dictionary")

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona", "Tomasz Wymyślny", "Robert Nieprawdziwy"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, gone", [
    ("sprawcy to mariusz i dawid z bloku 5.", ["mariusz", "dawid"]),
    ("sprawcami są krystian i patryk z bloku 3.", ["krystian", "patryk"]),
    ("według zgłoszenia pobił go sebastian.", ["sebastian"]),
    ("widziano zenka pod sklepem.", ["zenka"]),
    ("wezwano do pani teresy z parteru.", ["teresy"]),
    ("Przyjęto zgłoszenie od pana zdzisława.", ["zdzisława"]),
    ("Rozmowa z jego ojcem, panem ryszardem.", ["ryszardem"]),
    ("Notatka: kontakt z p. grażyną lis.", ["grażyną", "lis"]),
    ("wg sąsiadów sprawcą jest niejaki zbyszek wróbel", ["zbyszek", "wróbel"]),
    ("zgłaszająca: anna lis, lat 50.", ["anna", "lis"]),
    ("sprawca – marek sowa – uciekł.", ["marek", "sowa"]),
    ("sąsiadka grażyna wróbel zgłosiła hałas.", ["grażyna", "wróbel"]),
    ("widziano jana kowala pod sklepem.", ["jana", "kowala"]),
])
def test_a_lower_case_first_name_the_context_gives_a_person_goes(text, gone):
    out = scrub(text, UNIT)
    assert NAME_MARK in out and not any(word in out for word in gone), out


@pytest.mark.parametrize("text", [
    "róża, kalina i malina kwitną przy bloku.",
    "rozmawiała z panią dyrektor szkoły, a pan dzielnicowy przyszedł.",
    "był maj i padało; widziano go w maju.",
    "sprawcy to jacyś chłopcy, sprawcą jest sąsiad.",
    "st. asp. anna zmyślona przyjęła zgłoszenie.",
    "z panem tomaszem wymyślnym omówiono plan.",
    "temat: jan paweł ii; a scan must be retyped or OCR-ed.",
])
def test_lower_case_words_that_are_no_persons_name_and_the_officers_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text", [
    "Pod blokiem piją Zbychu, Miras i Waldek.",
    "Pod sklepem piją Zbychu i Rysiek.",
    "Rysiek i Zbychu piją pod sklepem.",
])
def test_a_diminutive_the_dictionary_lacks_goes_with_the_first_names_it_is_listed_with(text):
    out = scrub(text, UNIT)
    assert "Zbychu" not in out and out.count(NAME_MARK) == text.count(",") + 2, out


def test_places_in_a_list_stay_without_a_first_name():
    text = "Patrol odwiedził okolice przy Dworku, Stawku i Zameczku."
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text", [
    "Plan zatwierdził kierownik Tomasz Wymyślny.",
    "Z panem Tomaszem Wymyślnym omówiono plan.",
    "Plan zatwierdził kierownik Robert Nieprawdziwy z KMP.",
    "Zastępca kierownika, Robert Nieprawdziwy, zatwierdził plan.",
    "Kierownik rewiru, Robert Nieprawdziwy, zatwierdził plan.",
])
def test_an_officer_whose_surname_is_an_adjective_keeps_the_first_name(text):
    assert scrub(text, UNIT) == text


def test_an_officers_first_name_with_another_surname_still_goes():
    out = scrub("Plan skrytykował kierownik sklepu Tomasz Kowalczyk.", UNIT)
    assert "Tomasz" not in out and "Kowalczyk" not in out, out


@pytest.mark.parametrize("text", [
    "Przedszkole „Jaś i Małgosia” organizuje festyn.",
    "Przedszkole nr 3 „Jacek i Placek” zaprasza dzieci.",
    "Drużyna szkoły, Victoria, zwyciężyła w turnieju.",
    "W turnieju wygrała drużyna Victoria.",
    "Koncert pamięci Krzysztofa Komedy odbył się w MDK.",
])
def test_first_names_in_an_institutions_a_teams_or_an_events_name_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Pod sklepem stoi ekipa Zenka Kowalskiego.", "Zenka"),
    ("Drużyna szkoły, Wiktoria Nowak, zgłosiła hałas.", "Wiktoria"),
    ("Sąsiadka, Wiktoria, zgłosiła hałas.", "Wiktoria"),
    ("Festyn „Rodzinny Piknik u Kowalskich” odbędzie się w sobotę.", "Kowalskich"),
])
def test_a_person_by_a_teams_noun_or_a_surname_in_a_quoted_name_still_goes(text, gone):
    assert gone not in scrub(text, UNIT)


PARTNERS = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"], places=["Wrzosogród"],
                 institutions=["Rada Osiedla Wrzosowisko", "Rady Osiedla Wrzosowisko", "Fundacja im. Jana Kowalskiego"])


@pytest.mark.parametrize("text", [
    "Ogłoszenia Rady Osiedla: facebook.com/RadaOsiedlaWrzosowisko",
    "Koło Gospodyń Wiejskich: facebook.com/KGWWrzosowisko",
    "Spółdzielnia: facebook.com/SMWrzosowisko",
])
def test_a_partners_page_named_with_its_settlement_stays(text):
    assert scrub(text, PARTNERS) == text


@pytest.mark.parametrize("text, gone", [
    ("Obraźliwe wpisy: instagram.com/wrzosowisko_dresy", "dresy"),
    ("Sprawca prowadzi facebook.com/RadaOsiedlaWrzosowisko.Zenek", "Zenek"),
    ("Wpisy z konta @FundacjaKowalski obrażają sąsiadów.", "Kowalski"),
])
def test_a_private_page_with_a_partners_word_still_goes(text, gone):
    assert gone not in scrub(text, PARTNERS)


def test_the_partners_names_of_the_example_case_reach_the_pages_rule():
    from pathlib import Path

    from pismo.case.loader import load_case
    from pismo.publication.redact import partner_names

    case = load_case(Path(__file__).parents[1] / "cases" / "wrzosogrod-rejon-xiii-2026.yaml").sprawa
    assert "Rada Osiedla Wrzosowisko" in partner_names(case)


@pytest.mark.parametrize("text", [
    "Tomek wierszy czytano w bibliotece.",
    "Kuba to wyspa na Karaibach.",
    "Przyjechali mieszkańcy Kuby.",
    "Dzielnicowemu Janowi Lis przekazano zgłoszenie.",
])
def test_a_diminutive_used_as_a_thing_or_a_land_and_an_officer_with_an_undeclined_surname_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Tomek domu nie pilnował.", "Tomek"),
    ("Kuba to mój brat.", "Kuba"),
    ("Sąsiad Kuba zgłosił hałas.", "Kuba"),
    ("Obiecał to z dzielnicowym Jan Kowalski.", "Kowalski"),
])
def test_the_same_words_as_persons_still_go(text, gone):
    assert gone not in scrub(text, UNIT)


@pytest.mark.parametrize("text, gone, mark", [
    ("Kontakt do sąsiada: 606:100:200.", "606", "[numer telefonu usunięty]"),
    ("Pisał do niej jako zenek88@ na czacie.", "zenek88", "[adres e-mail usunięty]"),
    ("Wiek: 41 lat (12.03.1985).", "1985", "[data urodzenia usunięta]"),
    ("Zgłaszający, lat 41, 12.03.85, mieszka w bloku.", "12.03.85", "[data urodzenia usunięta]"),
    ("Mieszka przy ul. Długiej 5/12.", "5/12", "[numer mieszkania usunięty]"),
    ("Mieszkanie socjalne przydzielone przez MOPS, ul. Lipowa 5/3, zajmuje rodzina.", "5/3",
     "[numer mieszkania usunięty]"),
])
def test_contacts_and_a_homes_number_go(text, gone, mark):
    out = scrub(text, UNIT)
    assert mark in out and gone not in out, out


@pytest.mark.parametrize("text", [
    "Punkt Nieodpłatnej Pomocy Prawnej, ul. Długa 5/12, przyjmuje w środy.",
    "Spotkanie @ świetlica 12.03.2026 o 17:00:00.",
    "Zgłaszająca (41 lat), 12.03.2026 zgłosiła hałas.",
])
def test_an_offices_premises_an_hour_and_an_events_date_stay(text):
    assert scrub(text, UNIT) == text
