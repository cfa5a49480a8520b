"""`--publikacja` after the twenty-first publication review (rev-pub21), helper pub39: a paragraph's lines reach the
scrubber as lines though the documents print them joined (#26), and the specific name rules' shapes of #3–#25."""

from __future__ import annotations

import pytest
import yaml

from helpers import WRZOSOGROD
from pismo.case.loader import load_case
from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, PHONE_MARK, redact, scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])
CUT = NAME_MARK
CONTACTS = "Kontakty:\nKurek\n605 444 333\nSowa\n502 113 224"


def _public(text: str) -> str:
    """Scrubbed twice, as the field pass and the document pass do."""
    return scrub(scrub(text, UNIT), UNIT)


def _case(tmp_path, change):
    data = yaml.safe_load(WRZOSOGROD.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "sprawa.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_case(path).sprawa


# --- #26: an Akapity paragraph's lines (and a one-text field's blank lines) are lines to the scrubber ---------------

def _plant(data):
    data["realizacja"]["dzialania"][0]["opis"] = "Spotkania prowadzono w czasie obchodów. " + CONTACTS
    data["realizacja"]["cel"]["uzasadnienie"] = "Cel osiągnięto.\n\n" + CONTACTS
    data["dzialania"][0]["opis"] += "\n\n" + CONTACTS.replace("\n", "\n\n")


def test_a_paragraphs_lines_print_joined_as_before(tmp_path):
    s = _case(tmp_path, _plant)
    opis = s.realizacja.dzialania[0].opis
    assert opis == ["Spotkania prowadzono w czasie obchodów. Kontakty: Kurek 605 444 333 Sowa 502 113 224"]
    assert opis[0].lines.endswith(CONTACTS)
    assert s.realizacja.cel.uzasadnienie[1] == "Kontakty: Kurek 605 444 333 Sowa 502 113 224"
    assert s.dzialania[0].opis.endswith(" Kontakty: Kurek 605 444 333 Sowa 502 113 224")


def test_the_owners_of_phones_on_a_paragraphs_lines_go_in_the_joined_print(tmp_path):
    s = redact(_case(tmp_path, _plant))
    contacts = f"Kontakty: {CUT} {PHONE_MARK} {CUT} {PHONE_MARK}"
    assert s.realizacja.dzialania[0].opis == [f"Spotkania prowadzono w czasie obchodów. {contacts}"]
    assert s.realizacja.cel.uzasadnienie == ["Cel osiągnięto.", contacts]
    assert s.dzialania[0].opis.endswith(" " + contacts)


# --- #7: a phone's owner in other forms ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("605 444 333\nSowa, parter", "Sowa"),
    ("605 444 333\nKurkowa, parter", "Kurkowa"),
    ("Tel. do Kurka: 605 444 333", "Kurka"),
    ("Tel. Kurka: 605 444 333", "Kurka"),
    ("Numer Kurkowej: 605 444 333.", "Kurkowej"),
    ("Kontakt z Sową – 605 444 333.", "Sową"),
])
def test_a_phones_owner_goes_in_other_forms(text, gone):
    out = _public(text)
    assert gone not in out and CUT in out, out


@pytest.mark.parametrize("text", [
    "Tel. KPP: 47 811 12 00",
    "Kontakt z dyżurnym – 47 811 12 00.",
    "Tel. Urzędu Gminy: 81 752 10 20",
    "Kontakt: 605 444 333\nRada Osiedla, przewodniczący",
])
def test_a_bodys_number_keeps_the_body(text):
    assert CUT not in _public(text)


# --- #3, #21: nicknames after other introducers; a postscript -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kurek zwany Kogutem pije pod sklepem.",
    "Pod sklepem pije Kurek zwany „Kogutem”.",
    "Piją tam Kurek alias Kogut i Sowa.",
    "Pije tam Jan Kurek zw. Kogut.",
    "Pije tam Kurek inaczej Kogut.",
    "Kurek czyli Kogut pije pod sklepem.",
    "Kurek (Kogut) pije pod sklepem.",
    "Kurek – „Kogut” – pije pod sklepem.",
    "Kurek, ksywka Kogut, pije pod sklepem.",
])
def test_a_surname_and_its_nickname_go_together(text):
    out = _public(text)
    assert "Kurek" not in out and "Kogut" not in out, out


@pytest.mark.parametrize("text", [
    "Ps. Spotkanie przeniesiono na piątek.",
    "PS. Proszę o kontakt z dyżurnym.",
    "Rynek czyli Plac Kościuszki jest remontowany.",
    "Park (Skwer) jest oświetlony.",
    "Spotkanie z Radą Osiedla vel zebranie mieszkańców.",
])
def test_a_postscript_and_a_places_other_name_stay(text):
    assert _public(text) == text


# --- #17, #18, #16, #19: a household at „u”/„od”, a bracketed or quoting surname, „zam.”, an age ---------------------

@pytest.mark.parametrize("text, gone", [
    ("Interwencja u Kurka (Wiklinowa 4).", ["Kurka"]),
    ("Interwencja u Kurkowej (Wiklinowa 4).", ["Kurkowej"]),
    ("Zgłoszenie od Kurkowej z parteru.", ["Kurkowej"]),
    ("[Kurek] zgłaszał hałas.", ["Kurek"]),
    ("(Kurek/Sowa) zgłaszali.", ["Kurek", "Sowa"]),
    ("Kurek: „Nie widziałem nic”.", ["Kurek"]),
    ("Sowa zam. Ludwin 45 m 3", ["Sowa"]),
    ("Kurek, zam. Łęczna, ul. Wiklinowa 4", ["Kurek"]),
    ("Kurek zam. Zawieprzyce 12", ["Kurek"]),
    ("Kasia (lat 15) i Oskarek (lat 12) niszczyli ławki.", ["Kasia", "Oskarek"]),
])
def test_a_surname_marked_a_persons_by_what_stands_by_it_goes(text, gone):
    out = _public(text)
    assert CUT in out and not any(word in out for word in gone), out


@pytest.mark.parametrize("text, kept", [
    ("Spotkanie u Sołtysa (Ludwin 12).", "Sołtysa"),
    ("Zgłoszenie od Urzędu Gminy (Wiklinowa 4).", "Urzędu"),
    ("Cel: „Bezpieczna droga do szkoły”.", "Cel"),
    ("Apel: „Zwolnij przed szkołą”.", "Apel"),
    ("Sowa zam. Ludwin 45 m 3", "zam. Ludwin"),
    ("Sowa zam. Cyców 45", "zam. Cyców"),
])
def test_an_office_a_label_and_the_place_after_zam_stay(text, kept):
    assert kept in _public(text)


# --- #8: other emphasis marks and quotes -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hałas zgłosiła **Sowa** z parteru.",
    "Hałas zgłosiła ~Sowa~ z parteru.",
    "Hałas zgłosiła 'Sowa' z parteru.",
    "Hałas zgłosiła ‹Sowa› z parteru.",
    "Hałas zgłosiła »Sowa« z parteru.",
    "Hałas zgłosiła **Anna Sowa** z parteru.",
])
def test_a_surname_in_other_marks_goes_and_halas_stays(text):
    out = _public(text)
    assert out.startswith("Hałas zgłosiła ") and "Sowa" not in out and CUT in out, out


# --- #9, #20: count lists – by whom in other shapes; by village, month, weekday or offence stays -------------------

@pytest.mark.parametrize("text, gone", [
    ("Zgłoszenia od mieszkańców: Kurek (3), Sowa (2)", ["Kurek", "Sowa"]),
    ("Zgłoszenia od: Kurkowej (3), Sowy (2)", ["Kurkowej", "Sowy"]),
    ("Liczba zgłoszeń – Kurek: 3, Sowa: 2", ["Kurek", "Sowa"]),
    ("Zgłoszenia od: Kurek (3)\nSowa (2)", ["Kurek", "Sowa"]),
    ("Zgłoszenia od: Kurek (3)\nDalsze działania prowadzi dzielnicowy.", ["Kurek"]),
])
def test_a_count_list_by_whom_loses_every_name(text, gone):
    out = _public(text)
    assert not any(word in out for word in gone), out


@pytest.mark.parametrize("text", [
    "Zgłoszenia od: Ludwin (3), Cyców (2), Stara Wieś (1)",
    "Zgłoszenia z: Ludwin (3), Cyców (2)",
    "Zgłoszenia od mieszkańców: Ludwina (3), Cyców (2)",
    "Liczba zgłoszeń: lipiec – 4, sierpień – 3.",
    "Liczba zgłoszeń: piątek – 4, sobota – 6.",
    "Liczba zgłoszeń: hałas – 4, alkohol – 6, kradzież – 2.",
    "Liczba zgłoszeń: Sierpień – 3, Wrzesień – 2.",
    "Liczba zgłoszeń – Rynek: 3, Park: 2",
    "Zgłoszenia od: KPP (3), UG (2), Straż (1)",
])
def test_a_count_list_by_village_month_or_offence_stays(text):
    assert _public(text) == text


# --- #10, #13, #6, #24, #25: places and plain text that stay; the person beside them goes --------------------------

@pytest.mark.parametrize("text", [
    "Z Milejowa przyjechała delegacja.",
    "Z Cycowa przyjechał patrol.",
    "Z Ludwina dojeżdżają uczniowie.",
    "Z Józefowa i Teresina dzwonią mieszkańcy.",
    "Lis, zając i sarna wchodzą na drogę – apel do kierowców.",
    "Wilk, lis i borsuk bywają w lesie.",
])
def test_a_village_after_a_sentences_z_and_animals_listed_stay(text):
    assert _public(text) == text


@pytest.mark.parametrize("text, kept, gone", [
    ("Z Puchaczowa zgłosiła to Kurkowa.", "Z Puchaczowa zgłosiła to", "Kurkowa"),
    ("Wójt Gminy Cyców, Jan Nowak, udostępnił salę.", "Wójt Gminy Cyców, ", "Nowak"),
    ("Sołtys wsi Ludwin, Anna Nowak, zgłosiła problem.", "Sołtys wsi Ludwin, ", "Nowak"),
    ("Hałas zgłosiła Anna Łęczyńska. Powiat łęczyński i Ziemia Łęczyńska to nasz teren.",
     "Powiat łęczyński i Ziemia Łęczyńska to nasz teren.", "Anna"),
    ("IG: @kurek_leczna, TT: @sowa77", "IG: ", "kurek"),
    ("Sowa, sąsiadka z parteru, zgłosiła hałas.", "sąsiadka z parteru", "Sowa"),
])
def test_the_place_or_label_stays_and_the_person_goes(text, kept, gone):
    out = _public(text)
    assert kept in out and gone not in out, out


# --- #5: a removed surname's later forms with the noun's own vowel alternation --------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("Hałas zgłosił Jan Bór. Borowi wręczono pouczenie, z Borem rozmawiano.", ["Borowi", "Borem"]),
    ("Kradzież zgłosił Jan Kocioł. Kotła pouczono.", ["Kotła"]),
])
def test_a_removed_surnames_alternated_forms_go(text, gone):
    out = _public(text)
    assert not any(word in out for word in gone), out


@pytest.mark.parametrize("text", [
    "Kradzież zgłosił Jan Kocioł. W kotle gotowano zupę.",
    "Hałas zgłosił Jan Bór. Bory i lasy są piękne. Kamieniem wybito szybę.",
])
def test_the_nouns_own_uses_stay(text):
    assert _public(text).endswith(text.split(". ", 1)[1])


# --- #14, #12: a list's name wrapped after its first name; a persons' table with dashes ------------------------------

@pytest.mark.parametrize("text, gone", [
    ("Zgłaszający: Jan Kurek, Anna\nSowa", ["Kurek", "Anna", "Sowa"]),
    ("Zgłaszający: Jan\nKurek, Anna\nSowa", ["Kurek", "Anna", "Sowa"]),
    ("Świadkowie\nWróblowa – parter\nKurkowa – I piętro", ["Wróblowa", "Kurkowa"]),
])
def test_a_wrapped_or_dashed_persons_list_loses_every_name(text, gone):
    out = _public(text)
    assert not any(word in out for word in gone), out


@pytest.mark.parametrize("text", ["Miejsca\nRynek – wieczorem\nPark – w nocy", "Godziny\n18–22 – Wiklinowa\n22–02 – Rynek"])
def test_a_dashed_table_of_places_stays(text):
    assert _public(text) == text


def test_a_wifes_form_with_her_flat_goes():  # #22, left after pub38
    out = _public("Kurkowa z parteru zgłosiła hałas.")
    assert "Kurkowa" not in out and out.endswith(" z parteru zgłosiła hałas.")
