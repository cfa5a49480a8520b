"""`--publikacja`: whose employer an office or a police unit is, after the third publication review of issue 17
(rev-pub3, findings 20, 23, 24): lists one person a line, cells of a police unit, offices that send their staff."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])


# Finding 20: one person a line – the unit ending a line is that line's person's, not the next one's employer.
@pytest.mark.parametrize("text, gone, kept", [
    ("W spotkaniu uczestniczyli:\n– asp. Adam Wrona, KPP w Łęcznej\n– insp. Adam Kruk, Urząd Gminy Puchaczów",
     ["Kruk"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, KPP\ninsp. Marta Zawadzka, Urząd Miejski\nsierż. Ewa Bąk, Straż Graniczna",
     ["Zawadzka", "Bąk"], ["Adam Wrona"]),
    ("asp. Adam Wrona z KPP\ninsp. Adam Kruk z Urzędu Gminy", ["Kruk"], ["Adam Wrona"]),
    ("KPP w Łęcznej\ninsp. Adam Kruk, Urząd Gminy", ["Kruk"], []),
    ("Komenda Powiatowa Policji w Łęcznej:\ninsp. Adam Kruk (Urząd Gminy)", ["Kruk"], []),
    ("asp. Adam Wrona\tKPP w Łęcznej\ninsp. Adam Kruk\tUrząd Gminy", ["Kruk"], ["Adam Wrona"]),
    ("asp. Adam Wrona | KPP\ninsp. Adam Kruk | Urząd Gminy", ["Kruk"], ["Adam Wrona"]),
    ("Obecni:\ninsp. Adam Kruk, Urząd Gminy\nasp. Adam Wrona\nsierż. Ewa Bąk", ["Kruk"], ["Adam Wrona", "Ewa Bąk"]),
    ("Urząd Gminy Puchaczów:\ninsp. Adam Kruk\ninsp. Ewa Bąk\nKPP w Łęcznej:\nasp. Adam Wrona",
     ["Kruk", "Bąk"], ["Adam Wrona"]),
    ("Straż Miejska\nmł. insp. Adam Kruk", ["Kruk"], []),
    ("Straż Miejska:\na) insp. Adam Kruk\nb) insp. Ewa Bąk", ["Kruk", "Bąk"], []),
])
def test_one_person_a_line_has_the_employer_of_his_own_line(text, gone, kept):
    out = scrub(text, NAMES)
    assert not [g for g in gone if g in out] and all(k in out for k in kept), out


# Finding 23: a cell noun („Wydział”, „Zespół”, „Biuro”, „Izba”, „Jednostka”) is a cell of a police unit as much as
# of an office: it makes another employer only with another service's words in its name or under an office's title
# („insp.”, „podinsp.”: a civil servant's too); a police rank with a cell keeps the officer.
@pytest.mark.parametrize("text", [
    "asp. Tomasz Wrona z Policyjnej Izby Dziecka w Lublinie",
    "asp. Tomasz Wrona z PID w Lublinie",
    "asp. Tomasz Wrona z Izby Dziecka",
    "asp. Tomasz Wrona z Wydziału Kadr i Szkolenia",
    "asp. Tomasz Wrona z Biura Kadr",
    "asp. Tomasz Wrona z Zespołu Prasowego",
    "asp. Tomasz Wrona z Zespołu Komunikacji Społecznej",
    "sierż. Tomasz Wrona z Zespołu Psychologów",
    "asp. Tomasz Wrona z Zespołu ds. Profilaktyki Społecznej",
    "kom. Tomasz Wrona z Wydziału Łączności i Informatyki",
    "asp. Tomasz Wrona z Wydziału Postępowań Administracyjnych",
    "asp. Tomasz Wrona z Wydziału Zabezpieczenia Logistycznego",
    "asp. Tomasz Wrona z Jednostki Kontrterrorystycznej",
    "asp. Tomasz Wrona z Sekcji Wsparcia",
    "st. sierż. Tomasz Wrona (Zespół Prasowy) przedstawił plan.",
])
def test_an_officer_of_a_police_cell_keeps_his_name(text):
    assert "Tomasz Wrona" in scrub(text, NAMES), scrub(text, NAMES)


@pytest.mark.parametrize("text", [
    "insp. Adam Kruk z Wydziału Kadr przedstawił plan.",
    "podinsp. Adam Kruk z Biura Rady przedstawił plan.",
    "st. insp. Adam Kruk z Zespołu Prasowego Starostwa przedstawił plan.",
    "asp. Adam Kruk z Wydziału Komunikacji Starostwa Powiatowego przedstawił plan.",
    "asp. Adam Kruk z Jednostki Ratowniczo-Gaśniczej przedstawił plan.",
    "sierż. Adam Kruk z Oddziału Straży Granicznej przedstawił plan.",
    "asp. Adam Kruk z Izby Celnej przedstawił plan.",
    "sierż. Adam Kruk z Działu Ochrony Zakładu Karnego przedstawił plan.",
    "sierż. Adam Kruk z Jednostki Wojskowej przedstawił plan.",
])
def test_a_cell_of_another_office_or_under_an_office_title_keeps_no_name(text):
    out = scrub(text, NAMES)
    assert "Kruk" not in out and "Adam" not in out, out


# Finding 24: an office that sends, delegates, appoints or employs the person, or in whose name he acts, is his
# employer across the verb; one that informs, summons, invites or thanks him is not (finding 1).
@pytest.mark.parametrize("text", [
    "Urząd Gminy delegował insp. Adama Kruka na spotkanie.",
    "Na spotkanie Urząd Gminy wysłał insp. Adama Kruka.",
    "Urząd Miejski oddelegował podinsp. Adama Kruka.",
    "Starostwo Powiatowe skierowało insp. Adama Kruka na kontrolę.",
    "Urząd Gminy zatrudnił insp. Adama Kruka.",
    "Straż Miejska wyznaczyła insp. Adama Kruka do patroli.",
    "Straż Graniczna oddelegowała sierż. Adama Kruka.",
    "Służba Więzienna reprezentowała sierż. Adama Kruka.",
    "Straż Miejska przysłała sierż. Adama Kruka.",
    "Urząd Gminy zatrudnia od roku insp. Adama Kruka.",
    "W imieniu Urzędu Gminy wystąpił insp. Adam Kruk.",
    "Z ramienia Straży Miejskiej w spotkaniu uczestniczył sierż. Adam Kruk.",
])
def test_an_office_sending_or_employing_the_person_is_his_employer(text):
    out = scrub(text, NAMES)
    assert "Kruk" not in out and "Adam" not in out, out


@pytest.mark.parametrize("text", [
    "Urząd Gminy poinformował sierż. Tomasza Wronę o problemie.",
    "Sąd Rejonowy wezwał asp. Tomasza Wronę na rozprawę.",
    "Spółdzielnia Mieszkaniowa zaprosiła asp. Tomasza Wronę.",
    "Prokuratura Rejonowa przekazała sprawę asp. Tomaszowi Wronie.",
    "Urząd Gminy wysłał asp. Tomaszowi Wronie pismo.",
    "Komenda Powiatowa Policji delegowała asp. Tomasza Wronę na spotkanie.",
])
def test_an_office_acting_on_an_officer_otherwise_leaves_him_his_name(text):
    assert "Tomasz" in scrub(text, NAMES), scrub(text, NAMES)


# Finding 21: minors, pupils, suspects and the detained are roles like „sąsiad”: a word surname after them goes.
@pytest.mark.parametrize("text, gone", [
    ("Nieletni Bąk nie przyszedł na spotkanie.", "Bąk"),
    ("Małoletnia Sowa nie przyszła na spotkanie.", "Sowa"),
    ("Uczeń Bąk pobił kolegę.", "Bąk"),
    ("Rodzice ucznia Bąka przyszli do szkoły.", "Bąka"),
    ("Uczennica Sowa nie przyszła.", "Sowa"),
    ("Podejrzany Kozioł uciekł.", "Kozioł"),
    ("Zatrzymanego Kozła przewieziono do KPP.", "Kozła"),
    ("Poszkodowana Sowa trafiła do szpitala.", "Sowa"),
    ("Bezdomny Kozioł nocuje w altanie.", "Kozioł"),
    ("Pijany Mazur zaczepiał przechodniów.", "Mazur"),
    ("Awanturnik Baran znów hałasował.", "Baran"),
    ("Rowerzysta Baran wjechał w płot.", "Baran"),
    ("Konserwator Baran nie naprawił zamka.", "Baran"),
    ("Oskarżony Kozioł nie stawił się.", "Kozioł"),
    ("Wychowanek Bąk uciekł z ośrodka.", "Bąk"),
])
def test_a_word_surname_after_a_minors_or_suspects_role_goes(text, gone):
    out = scrub(text, NAMES)
    assert gone not in out, out


# Finding 22: after an office of a place („Sołtys”, „Wójt”, „Dyrektor”) a place in the genitive is his village or
# firm, not his surname; a surname in the nominative is still the person's.
@pytest.mark.parametrize("text, kept", [
    ("Podziękowania dla Pani Sołtys Bogdanki.", "Bogdanki"),
    ("Pani Sołtys Bogdanki zgłosiła.", "Bogdanki"),
    ("Sołtys Bogdanki zgłosił.", "Bogdanki"),
    ("Sołtysowi Bogdanki podziękowano.", "Bogdanki"),
    ("Dyrektor Bogdanki zaprosił dzielnicowego.", "Bogdanki"),
])
def test_a_village_after_its_sołtys_stays(text, kept):
    assert kept in scrub(text, NAMES), scrub(text, NAMES)


@pytest.mark.parametrize("text, gone", [
    ("Sołtys Baran zgłosił.", "Baran"),
    ("Pani Sołtys Sowa zgłosiła.", "Sowa"),
    ("Sołtys Wiśniewska zgłosiła.", "Wiśniewska"),
    ("Sołtys Wróblowa zgłosiła.", "Wróblowa"),
    ("Pani Sołtys Mrozowa zgłosiła.", "Mrozowa"),
])
def test_a_sołtys_surname_still_goes(text, gone):
    assert gone not in scrub(text, NAMES), scrub(text, NAMES)


# Finding 19: what a PDF or a spreadsheet pastes – the minus sign and the fraction and division slashes are seen as
# „-” and „/”, an invisible character between two words as a gap; a labelled phone may be grouped by commas.
@pytest.mark.parametrize("text, gone", [
    ("tel. 606\u2212100\u2212200", "100"),
    ("Tel.: 81 752\u221200\u221200", "752"),
    ("tel. 606,100,200", "100"),
    ("Adres: ul. Lipowa 5\u221512", "5\u221512"),
    ("Adres: ul. Lipowa 5\u204412", "5\u204412"),
    ("Zgłosiła to Katarzyna\u200bWiśniewska.", "Wiśniewska"),
    ("Zgłosiła to Halina\u2060Gąsiorowska.", "Gąsiorowska"),
    ("Zgłosił to Zdzisław Ko\u200bwal.", "wal"),
])
def test_pasted_signs_and_invisible_gaps_hide_nothing(text, gone):
    out = scrub(text, NAMES)
    assert gone not in out, out


@pytest.mark.parametrize("text", ["Wynik 606,100,200 zł.", "Rejony 101, 102, 103.", "Temperatura \u22125 stopni."])
def test_commas_and_minus_signs_of_other_numbers_stay(text):
    assert scrub(text, NAMES) == text


# Finding 8, the rest: a woman's genitive („Marii Konopnickiej”) is no accusative, so no impersonal verb's object:
# the patron stays; a man's („Jana Kochanowskiego”) may be either and goes, as README says.
@pytest.mark.parametrize("text, kept", [
    ("Na ulicy Marii Konopnickiej zatrzymano kierowcę.", "Marii Konopnickiej"),
    ("Przy ulicy Marii Konopnickiej zatrzymano pijanego.", "Marii Konopnickiej"),
    ("Na placu Marii Curie-Skłodowskiej pobito mężczyznę.", "Curie-Skłodowskiej"),
])
def test_a_womans_name_in_the_genitive_after_a_street_stays_a_patron(text, kept):
    assert kept in scrub(text, NAMES), scrub(text, NAMES)


def test_a_mans_name_after_a_street_before_an_impersonal_verb_still_goes():
    assert "Kochanowsk" not in scrub("Na ulicy Jana Kochanowskiego zatrzymano kierowcę.", NAMES)


# One step beside findings 20, 23, 24: a post heading a list, a prefixed sending verb, a rescue section.
@pytest.mark.parametrize("text", [
    "Dzielnicowy Straży Miejskiej\nmł. insp. Adam Kruk",
    "Urząd Gminy we współpracy z KPP:\ninsp. Adam Kruk",
    "Urząd Gminy wydelegował insp. Adama Kruka.",
    "asp. Adam Kruk z Sekcji Ratownictwa Technicznego",
])
def test_beside_the_employer_fixes_the_civil_servant_still_goes(text):
    out = scrub(text, NAMES)
    assert "Kruk" not in out, out


def test_an_officers_own_post_above_his_name_keeps_it():
    assert "Adam Wrona" in scrub("Dzielnicowy KPP w Łęcznej\nasp. Adam Wrona", NAMES)
