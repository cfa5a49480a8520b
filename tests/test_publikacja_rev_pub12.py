"""`--publikacja` after the twelfth publication review (rev-pub12), helper pub20: birth dates whose label names
whose birth it is, in ISO form after an age or in a person's data row (finding 2); a fan's full name after a club
(finding 1); a lone first name labelling a message or a contact (finding 3); a first name that is a word after a
person's preposition (finding 6); families and wives after a complaint's „na” or an opening preposition (finding
4); diminutives by rule and the hand list declined (finding 5); figures depicted or remembered (finding 7); a
surname that is a word with a neighbour's locator (finding 8)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import BIRTH_MARK, scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


@pytest.mark.parametrize("text, date", [
    ("Data urodzenia sprawcy: 14.05.1971 r.", "14.05.1971"),
    ("data urodzenia zgłaszającej – 14.05.1971", "14.05.1971"),
    ("Data urodzenia dziecka: 2012-09-03.", "2012-09-03"),
    ("Data urodzenia nieletniej – 2012-09-03.", "2012-09-03"),
    ("Data urodzenia jej syna: 3 maja 2012 r.", "3 maja 2012"),
    ("Wiek: 54 lata (1971-05-14).", "1971-05-14"),
    ("Dane sprawcy: Kowalczyk, 14.05.1971, Lipowa 3.", "14.05.1971"),
    ("Dane zgłaszającej: Anna Kowalczyk, 1971-05-14, ul. Lipowa 3.", "1971-05-14"),
])
def test_a_birth_date_goes(text, date):
    out = scrub(text, UNIT)
    assert date not in out and BIRTH_MARK in out, out


@pytest.mark.parametrize("text", [
    "Spotkanie odbyło się 14.05.2026 r.",
    "Wiek: 54 lata, zgłoszenie z 2026-05-14.",
    "Dane z KMZB: 14.05.2026 wpłynęło zgłoszenie.",
    "Data urodzenia nie jest znana.",
])
def test_other_dates_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Kibic Legii Piotr Lis rzucał racą.", "Lis"),
    ("Po meczu Adam Wróbel pobił kibica.", "Wróbel"),
    ("Kibic Legii Marek Kowal i jego kolega rzucali racami po meczu Lecha z Wisłą.", "Kowal"),
    ("Kibic Wisły Adam Wróbel stał pod sklepem.", "Wróbel"),
    ("Kibice Lecha: Adam Wróbel i Jan Sowa.", "Wróbel"),
    ("Na meczu Lecha był Adam Wróbel.", "Wróbel"),
])
def test_a_private_full_name_after_a_matchs_word_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out and "Adam" not in out and "Piotr" not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Kibice Lecha Poznań i Wisły Kraków starli się po meczu.", ["Lecha Poznań", "Wisły Kraków"]),
    ("Mecz Lech Poznań – Wisła Kraków odbył się w sobotę.", ["Lech Poznań", "Wisła Kraków"]),
    ("Kibice Lecha Adam Wróbel i Jan Sowa rzucali racami.", ["Kibice Lecha"]),
    ("Kibice Legii Warszawa i Wisły Kraków starli się na stadionie.", ["Legii Warszawa", "Wisły Kraków"]),
    ("Po meczu Stali Mielec kibice pobili się.", ["Stali Mielec"]),
])
def test_a_club_and_its_town_stay(text, kept):
    out = scrub(text, UNIT)
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, gone", [
    ("[21:14] Marek: pod klatką znowu piją", "Marek"),
    ("Marek, 21:14: znowu piją", "Marek"),
    ("– Maja: widziałam ich", "Maja"),
    ("Maja: widziałam ich", "Maja"),
    ("Jan (sąsiad): znowu piją", "Jan"),
    ("SMS, 22:05, Marcin: jarają.", "Marcin"),
    ("> Marcin: jarają na placu", "Marcin"),
    ("WhatsApp 22:05 – Marcin (+48 600 700 800): jarają.", "Marcin"),
    ("Od: Marcin <600700800>", "Marcin"),
    ("Marcin – 600 700 800 – zgłosił libację.", "Marcin"),
    ("Kontakt: Maja, 600 700 800.", "Maja"),
    ("Kontakt: Marek 600 700 800.", "Marek"),
    ("Wiadomość od Marka: „znowu piją”.", "Marka"),
    ("Dzwonić do Marka: 600 700 800.", "Marka"),
    ("Tel. Marka 600 700 800.", "Marka"),
])
def test_a_first_name_labelling_a_message_or_a_contact_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Uwaga: pod klatką znowu piją.",
    "Kontakt: Komenda Miejska Policji we Wrzosogrodzie, 47 855 10 00.",
    "Wniosek: kontynuować działania.",
    "Termin: 21:14, miejsce: plac zabaw.",
    "Kontakt z dzielnicową: st. asp. Anna Zmyślona, tel. 47 855 10 13.",
])
def test_labels_that_are_no_names_stay(text):
    out = scrub(text, UNIT)
    assert out.split()[0] == text.split()[0] and "Zmyślona" in out or "Zmyślona" not in text, out


@pytest.mark.parametrize("text, gone", [
    ("Kupują od Marka papierosy.", "Marka"),
    ("Dziewczyny piszą do Mai na Messengerze.", "Mai"),
    ("Spotykają się u Jagody w piwnicy.", "Jagody"),
    ("Dzwoniłam do Wandy dwa razy.", "Wandy"),
    ("Do Kaliny przychodzi chłopak z nożem.", "Kaliny"),
    ("Wczoraj wieczorem pobiła się Wiktoria z Różą.", "Różą"),
])
def test_a_first_name_that_is_a_word_after_a_persons_preposition_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Mieszkańcy jeżdżą do Kaliny autobusem.",
    "Droga do Kaliny jest nieoświetlona.",
    "Pielgrzymka szła do Jana Pawła II.",
    "Uczniowie jadą do Wrzosogród.",
])
def test_places_and_patrons_after_a_preposition_stay(text):
    assert scrub(text, UNIT) == text


def test_a_club_after_a_matchs_preposition_stays():
    assert scrub("Mecz Wisły z Lechem oglądano u sąsiada.", UNIT) == "Mecz Wisły z Lechem oglądano u sąsiada."


@pytest.mark.parametrize("text, gone", [
    ("Mieszkańcy skarżą się na Kaczmarków z góry.", "Kaczmarków"),
    ("Pani Mazurowa skarży się na Nowaków z parteru.", "Nowaków"),
    ("Sąsiedzi narzekają na Wiśniewskich.", "Wiśniewskich"),
    ("Zgłoszenie na Kowalczyków złożyła sąsiadka.", "Kowalczyków"),
    ("Z Nowakową nikt na klatce nie rozmawia.", "Nowakową"),
    ("Przy Nowakach nikt nie pije.", "Nowakach"),
    ("Za Nowakami chodzi dzielnicowa.", "Nowakami"),
    ("Z Wilkami z parteru jest ciągle kłopot.", "Wilkami"),
])
def test_a_familys_plural_or_a_wifes_form_after_a_complaint_or_an_opening_preposition_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "W Nowakach jest sklep.",
    "Myśliwi walczą z Wilkami.",
    "Mieszkańcy skarżą się na Niemców z firmy.",
    "Z Zakładami Azotowymi podpisano porozumienie.",
    "Przed Piastami rządzili inni.",
])
def test_places_peoples_and_institutions_after_a_preposition_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Pobił go Zbychu z Lipowej.", "Zbychu"),
    ("Rychu z 8a pije pod sklepem.", "Rychu"),
    ("Pobił go Mati z Lipowej.", "Mati"),
    ("Pobiła go Natka z Lipowej.", "Natka"),
    ("Lenka z 8a pije pod sklepem.", "Lenka"),
    ("Pobiła ją Kora z 7b.", "Kora"),
    ("Zaczepia je Pati z 7c.", "Pati"),
    ("Widziałam Sebę z kolegami przy szkole.", "Sebę"),
    ("Pobili Bodzia za garażami.", "Bodzia"),
    ("Koledzy widzieli go z Bodziem.", "Bodziem"),
])
def test_a_diminutive_beyond_the_hand_list_or_in_a_case_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Matka z 8a pije pod sklepem.",
    "Natka pietruszki leży na ladzie.",
    "Lampka z 8a nie świeci.",
])
def test_words_shaped_like_diminutives_stay(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, gone", [
    ("Do Patki piszą obce osoby.", "Patki"),
    ("Z Sebą piją codziennie.", "Sebą"),
    ("Dziewczyny (Lenka, Zuzia) piszą komentarze.", "Lenka"),
])
def test_a_diminutive_in_a_case_after_a_preposition_or_in_a_list_goes(text, gone):
    out = scrub(text, UNIT)
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Młodzież pije pod muralem Kopernika.", "Kopernika"),
    ("Spotykają się przy popiersiu Kopernika.", "Kopernika"),
    ("Ktoś namalował Piłsudskiego na murze szkoły.", "Piłsudskiego"),
    ("Na murze namalowano Kopernika.", "Kopernika"),
    ("Uczniowie narysowali Chopina na konkurs.", "Chopina"),
    ("Apel z okazji urodzin Chopina.", "Chopina"),
    ("Rocznica śmierci Piłsudskiego.", "Piłsudskiego"),
    ("Uczniowie czytali Sienkiewicza.", "Sienkiewicza"),
    ("Akademia z wierszami Tuwima.", "Tuwima"),
])
def test_a_figures_surname_depicted_or_remembered_stays(text, kept):
    assert kept in scrub(text, UNIT)


@pytest.mark.parametrize("text, gone", [
    ("Pod muralem Kowalczyka piją.", "Kowalczyka"),
    ("Ktoś namalował Kowalczyka na murze.", "Kowalczyka"),
])
def test_a_private_surname_in_the_same_words_still_goes(text, gone):
    assert gone not in scrub(text, UNIT)


def test_a_figure_with_a_mural_after_a_preposition_stays():
    assert "Kopernikiem" in scrub("Ktoś zniszczył mural z Kopernikiem.", UNIT)


@pytest.mark.parametrize("text, gone", [
    ("Kruk z parteru awanturuje się.", "Kruk"),
    ("Od czerwca kłopot sprawia też Wróbel z parteru.", "Wróbel"),
    ("Awanturuje się Sowa z góry.", "Sowa"),
    ("Awanturuje się Lis z trzeciego piętra.", "Lis"),
])
def test_a_surname_that_is_a_word_with_a_neighbours_locator_goes(text, gone):
    assert gone not in scrub(text, UNIT)


@pytest.mark.parametrize("text", [
    "Wrzosogród z góry wygląda pięknie.",
    "Kruki z parteru widać na drzewie.",
    "Zdjęcie z góry pokazuje plac zabaw.",
])
def test_other_words_before_a_locator_stay(text):
    assert scrub(text, UNIT) == text
