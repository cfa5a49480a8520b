"""`--publikacja` after the seventeenth publication review (rev-pub17), helper pub31: the findings left open by
pub30 – common-word surnames after the first of a list or an elliptic „, a potem” (#14), a fruit noun as a surname
(#1), a police dog's name (#6), CamelCase file names (#10), „Zbyszek widział” (#11), Korean and Japanese names
(#16), the unit's town as a surname (#17) – and, for each, ordinary text that must stay as written."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])
MARK = "[imię i nazwisko usunięte]"


def _gone(text: str, secrets: list[str]) -> str:
    out = scrub(text, UNIT)
    assert not [s for s in secrets if s in out], out
    return out


def _same(text: str) -> None:
    assert scrub(text, UNIT) == text


# --- #14: the rest of a list of common-word surnames -----------------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosili Wróbel i Kurek, a potem Sowa.", ["Wróbel", "Kurek", "Sowa"]),
    ("Hałas zgłosił Kowalski, a potem Sowa.", ["Kowalski", "Sowa"]),
    ("Zgłaszający:\n1. Jan Kowalski\n2. Sowa\n3. Wróbel", ["Kowalski", "Sowa", "Wróbel"]),
    ("Zgłaszający:\n1. Kurek\n2. Wróbel", ["Kurek", "Wróbel"]),
    ("Obecni na spotkaniu:\n- Jan Kowalski\n- Sowa", ["Kowalski", "Sowa"]),
])
def test_common_word_surnames_after_the_first_of_a_list_go(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Hałas zgłosił Kowalski, a potem Straż Miejska przyjechała.",
    "Zgłosił to Kowalski, a potem Wiosna przyszła.",
    "Hałas zgłosił Kowalski i Straż Miejska.",
    "Pouczono Kowalskiego i Straż Graniczną.",
    "Uczestnicy:\n1. Jan Kowalski\n2. Caritas\n3. Żabka\n4. Orlen",
    "Obecni:\n- Jan Kowalski\n- Sołtys\n- Rada Osiedla",
    "Plan:\n1. Jan Kowalski\n2. Patrole\n3. Marzec\n4. Wiosna\n5. Zima",
    "Miejsca:\n1. Ludwin\n2. Jan Kowalski\n3. Wola\n4. Górka",
])
def test_bodies_things_and_lists_of_other_things_stay(text):
    out = scrub(text, UNIT)
    assert "Kowalski" not in out, out
    for word in ("Straż", "Wiosna", "Caritas", "Żabka", "Orlen", "Sołtys", "Rada", "Marzec", "Zima", "Górka", "Wola"):
        assert (word in out) == (word in text), out


# --- #1: a fruit noun as a surname after a role noun or a first name that is a word too --------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Sąsiadka Wiśnia zgłosiła hałas.", ["Wiśnia"]),
    ("Sąsiadka Truskawka przyniosła ciasto.", ["Truskawka"]),
    ("Jagoda Wiśnia przekazała nagranie.", ["Jagoda", "Wiśnia"]),
    ("Nagranie przekazała Jagoda Wiśnia.", ["Jagoda", "Wiśnia"]),
    ("Hałas zgłaszała Pani Wiśnia z parteru, a potem Pani Truskawka.", ["Wiśnia", "Truskawka"]),
])
def test_a_fruit_noun_after_a_role_or_a_first_name_is_a_surname(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Kierowca Autobusu zgłosił awarię.",
    "Kierowca Audi A4 zaparkował pod kamerą.",
    "Dyrektor Szkoły przekazał nagranie.",
    "Mieszkanka Wiśniowej zgłosiła hałas.",
    "Jagoda i Wiśnia rosną w ogrodzie.",
    "Na działce rośnie Wiśnia, a obok Jagoda.",
])
def test_things_after_a_role_or_a_fruit_alone_stay(text):
    _same(text)


# --- #11: a first name that is a word or a village too, with a phrase before its verb or a verb of seeing ----------

@pytest.mark.parametrize("text, secrets", [
    ("Zbyszek widział sprawców, a Marian przez ścianę słyszał krzyki.", ["Zbyszek", "Marian"]),
    ("Zbyszek zza ściany zgłosił zalanie piwnicy.", ["Zbyszek"]),
    ("Zbyszek od Kowalskich zgłosił.", ["Zbyszek"]),
    ("Marian znad sklepu zgłosił.", ["Marian"]),
])
def test_a_first_name_is_the_subject_past_a_phrase_or_of_seeing(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Kalina koło Łęcznej liczy 300 mieszkańców.",
    "Kamera przy sklepie widziała sprawców.",
    "Róża w ogrodzie zakwitła.",
    "Zbyszek leży nad Wieprzem.",
    "Kuba to wyspa.",
])
def test_a_village_a_flower_or_a_camera_as_the_subject_stays(text):
    _same(text)


# --- #16: Korean and Japanese names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Kim Min-jun i Yuki Tanaka zgłosili kradzież rowerów.", ["Kim", "Min", "jun", "Yuki", "Tanaka"]),
    ("Park Ji-woo zgłosiła kradzież.", ["Park", "Ji-woo"]),
    ("Lee Seung-hoon przekazał nagranie.", ["Lee", "Seung"]),
    ("Min-jun Kim zgłosił kradzież.", ["Min-jun", "Kim"]),
    ("Sato Hiroshi zgłosił kradzież.", ["Sato", "Hiroshi"]),
])
def test_korean_and_japanese_names_go(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Kim był sprawca?",
    "Z kim rozmawiał? Kim Jest Ten Pan?",
    "Park Miejski w Łęcznej i Park Zdrojowy.",
    "Toyota Yaris zaparkowana przy Suzuki Swift.",
])
def test_polish_words_and_cars_stay(text):
    _same(text)


# --- #6: a police dog's name -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Patrol z przewodnikiem psa służbowego Aresem.",
    "Pies służbowy Bruno wytropił sprawcę.",
    "Z psem służbowym Aresem i st. sierż. Markiem Przykładowym.",
])
def test_a_police_dogs_name_stays(text):
    _same(text)


@pytest.mark.parametrize("text, secrets", [
    ("Psa służbowego Kowalski nie widział.", ["Kowalski"]),
    ("Psa służbowego Jan Kowalski nie widział.", ["Jan", "Kowalski"]),
    ("Psa służbowego Przykładowski nie widział.", ["Przykładowski"]),
    ("Pies Kowalskiego ugryzł dziecko.", ["Kowalskiego"]),
])
def test_a_person_after_a_dogs_noun_goes(text, secrets):
    _gone(text, secrets)


# --- #10: a first name glued to a surname in a file's name ------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Zdjęcia w plikach JadwigaRutkowska.jpg i ZenonWróbel.png.", ["Jadwiga", "Rutkowska", "Zenon", "Wróbel"]),
    ("Pliki: ZenonWróbel_2.png, KasiaWrobel-1.JPG.", ["Zenon", "Wróbel", "Kasia", "Wrobel"]),
    ("Zdjęcie: https://lecznaonline.pl/foto/JadwigaRutkowska.jpg", ["Jadwiga", "Rutkowska"]),
    ("Plik zdjecia/ZenonWróbel.png", ["Zenon", "Wróbel"]),
    ("Zdjęcie: https://lecznaonline.pl/foto/jadwiga-rutkowska.jpg", ["jadwiga", "rutkowska"]),
])
def test_a_camel_case_file_name_of_a_person_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Pliki: PlanDzielnicowego.docx, MapaRejonu.pdf, Prezentacja PowerPoint i WhatsApp.",
    "Zob. MarekPrzykładowy.pdf",
    "Zob. https://sp3.pl/pliki/szkola-im-jana-pawla-ii.pdf oraz https://policja.pl/pliki/PlanDzialan.pdf",
])
def test_a_camel_case_file_name_of_a_thing_or_an_officer_stays(text):
    _same(text)


# --- #20: Word's non-breaking and optional hyphens inside a removed phone ------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _hyphenated(runs: str):
    from lxml import etree

    return etree.fromstring(f'<w:p xmlns:w="{W}">{runs}</w:p>')


def _shown(paragraph) -> str:
    """The paragraph as Word draws it: a non-breaking hyphen as „‑”, an optional one as nothing but still there."""
    return "".join(e.text or "" if e.tag.endswith("}t") else "‑" if e.tag.endswith("noBreakHyphen") else "¬"
                   for e in paragraph.iter(f"{{{W}}}t", f"{{{W}}}noBreakHyphen", f"{{{W}}}softHyphen"))


def test_hyphen_elements_inside_a_removed_phone_go_with_it():
    from pismo.publication.redact import Scrubber
    from pismo.render import public

    paragraph = _hyphenated('<w:r><w:t xml:space="preserve">U6 tel. 605</w:t></w:r><w:r><w:noBreakHyphen/></w:r>'
                            '<w:r><w:t>444</w:t></w:r><w:r><w:softHyphen/></w:r><w:r><w:t>341</w:t></w:r>')
    assert public._scrub_paragraph(paragraph, Scrubber(UNIT))
    assert _shown(paragraph) == "U6 [numer telefonu usunięty]", _shown(paragraph)


def test_hyphen_elements_outside_a_removed_span_stay():
    """A non-breaking hyphen in kept text („Wrzosogród‑Zachód”), and one right after a removed phone, stay."""
    from pismo.publication.redact import Scrubber
    from pismo.render import public

    paragraph = _hyphenated('<w:r><w:t xml:space="preserve">Osiedle Łęczna</w:t></w:r><w:r><w:noBreakHyphen/></w:r>'
                            '<w:r><w:t xml:space="preserve">Zachód, tel. 605 444 341</w:t></w:r><w:r><w:noBreakHyphen/>'
                            '</w:r><w:r><w:t xml:space="preserve"> kom</w:t></w:r><w:r><w:softHyphen/></w:r>'
                            '<w:r><w:t>órka.</w:t></w:r>')
    assert public._scrub_paragraph(paragraph, Scrubber(UNIT))
    assert _shown(paragraph) == "Osiedle Łęczna‑Zachód, [numer telefonu usunięty]‑ kom¬órka.", _shown(paragraph)


# --- #17: the unit's town as a surname after „Pani” or a first name with a person's verb -------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Jan Łęczna zgłosił kradzież.", ["Jan", "Łęczna"]),
    ("Kradzież zgłosił Jan Łęczna.", ["Jan", "Łęczna"]),
    ("Pani Łęczna zgłosiła.", ["Łęczna"]),
])
def test_the_units_town_as_a_persons_surname_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Górnik Łęczna wygrał mecz.",
    "KPP Łęczna poinformowała o zdarzeniu.",
    "Festyn Łęczna 2025 odbył się w maju.",
    "Mieszkaniec Łęcznej zgłosił kradzież.",
    "Gmina Łęczna przekazała środki, a Urząd Miejski Łęczna kamery.",
])
def test_the_units_town_stays_as_a_place(text):
    _same(text)


def test_a_town_of_two_words_opening_with_a_first_name_stays():
    kazimierz = Names(["Kazimierz Nowicki"], ["Anna Zmyślona"],
                      places=["Komisariat Policji w Kazimierzu Dolnym", "Kazimierz Dolny"])
    text = "Kazimierz Dolny zgłosił udział w akcji."
    assert scrub(text, kazimierz) == text


# --- #14 and #1, more: a talk with two surnames, receivers after a colon, a fruit noun where a person lives -------

@pytest.mark.parametrize("text, secrets", [
    ("Rozmowa z Kurkiem i Wróblem przyniosła efekt.", ["Kurkiem", "Wróblem"]),
    ("Rozmawiano wczoraj z Kurkiem i Sową.", ["Kurkiem", "Sową"]),
    ("Pouczono Kurka i Wróbla, mandaty otrzymali: Kurek, Wróbel.", ["Kurka", "Wróbla", "Kurek,", "Wróbel."]),
    ("Mandat otrzymał Kurek.", ["Kurek"]),
    ("Wiśnia z parteru zgłosiła hałas.", ["Wiśnia"]),
    ("Hałas zgłosiła Wiśnia z parteru.", ["Wiśnia"]),
    ("Zgłosiła Truskawka z 8a.", ["Truskawka"]),
])
def test_word_surnames_talked_with_receiving_or_living_in_a_flat_go(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Spotkanie z Wiosną i Latem w przedszkolu.",
    "Rozmowa z Policją i Strażą Miejską.",
    "Wyróżnienie otrzymała Straż Miejska, a dotację Gmina Łęczna.",
    "Nagrodę otrzymała Szkoła Podstawowa nr 2.",
    "Dofinansowanie otrzymała Biedronka.",
    "Zgłosili: Policja, Straż Miejska.",
    "Apteka z parteru bloku nr 5 jest czynna.",
    "Administracja z parteru zgłosiła awarię.",
    "Gmina z Puchaczowa zgłosiła udział.",
])
def test_bodies_seasons_and_offices_stay(text):
    _same(text)


# --- #4 end to end: the public document is scrubbed again (case fields, then the document's text), so a second
# pass over a marker must not take the thing before the verb for the removed name ----------------------------------

@pytest.mark.parametrize("text", [
    "Urząd wymienił kamery w Łęcznej. Hałas zgłaszała Szczygłowa.",
    "Hałas zgłosił Mazur z parteru.",
    "Mandat otrzymał też Kowalski z Teresina.",
    "Ur. 12.03.1985 r., mieszka w bloku.",
])
def test_a_second_pass_changes_nothing(text):
    once = scrub(text, UNIT)
    assert scrub(once, UNIT) == once, once
    assert "Hałas" in once or "Hałas" not in text, once


def test_the_rule_still_reads_a_name_before_a_verb_and_a_marker():
    """„Mazur zgłosił [marker]” on a second pass: „Mazur” no thing – it stays what the first pass left."""
    assert scrub("Mazur zgłosił hałas.", UNIT).startswith(MARK)


# --- an institution's noun alone as a person's verb's subject (ordinary input the new person verbs could hit) -----

@pytest.mark.parametrize("text", [
    "Zgłoszenie otrzymała Straż.",
    "Straż zgłosiła kradzież, a Szkoła przekazała nagranie.",
    "Rada zgłosiła wniosek.",
    "Hałas zgłosili Kowalski i Straż.",
])
def test_an_institutions_noun_as_the_subject_stays(text):
    out = scrub(text, UNIT)
    assert all(w in out for w in ("Straż", "Szkoła", "Rada") if w in text), out


@pytest.mark.parametrize("text, secrets", [
    ("Anna Straż zgłosiła kradzież.", ["Straż"]),
    ("Pani Straż zgłosiła.", ["Straż"]),
    ("Kowal zgłosił hałas.", ["Kowal"]),
])
def test_an_institutions_noun_as_a_persons_surname_still_goes(text, secrets):
    _gone(text, secrets)
