"""`--publikacja` after the fifth publication review of issue 17 (rev-pub5): a line break ends a post or a
rank, names written „Nazwisko, Imię”, surnames after an office."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import FLAT_MARK, NAME_MARK, PHONE_MARK, scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])


# Findings 3 and 4: the post or rank ending one line of a list belongs to that line's person; the next line's
# person is not named by it.
@pytest.mark.parametrize("text, gone, kept", [
    ("Obecni:\nasp. Adam Wrona, dzielnicowy\nJan Kowalski, sołtys", ["Kowalski"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, dzielnicowy\nJan Mazur, sołtys", ["Mazur"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, dzielnicowy\nJan Kowalski", ["Kowalski"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, dzielnicowy \nJan Kowalski, sołtys", ["Kowalski"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, dzielnicowy\n\nJan Kowalski, sołtys", ["Kowalski"], ["Adam Wrona"]),
    ("Spotkanie prowadził dzielnicowy\nJan Kowalski zadał pytanie o parking.", ["Kowalski"], []),
    ("Obecni:\nTomasz Wrona, st. asp.\nJan Kowalski, sołtys", ["Kowalski"], []),
    ("Spotkanie prowadził asp.\nJan Kowalski.", ["Kowalski"], []),
    ("asp. Adam Wrona, dzielnicowy\ninsp. Marta Zawadzka z Urzędu Gminy", ["Zawadzka"], ["Adam Wrona"]),
    ("asp. Adam Wrona – dzielnicowy\ninsp. Marta Zawadzka – Urząd Gminy", ["Zawadzka"], ["Adam Wrona"]),
    ("Obecni:\nasp. Adam Wrona, dzielnicowy\nmł. insp. Marta Zawadzka, Straż Miejska", ["Zawadzka"], ["Adam Wrona"]),
])
def test_a_line_break_ends_a_post_or_rank(text, gone, kept):
    out = scrub(text, NAMES)
    assert NAME_MARK in out, out
    assert not any(word in out for word in gone), out
    assert all(name in out for name in kept), out
    assert out.count("\n") == text.count("\n"), out


@pytest.mark.parametrize("text", [
    "Dzielnicowy asp. Tomasz Wrona przyjął zgłoszenie.",
    "Dzielnicowy Tomasz Wrona przyjął zgłoszenie.",
    "Dzielnicowy:\nTomasz Wrona",
    "Dzielnicowy sierż. Tomasz Wrona (Gmina Puchaczów)",
    "Obecni:\nasp. Adam Wrona, dzielnicowy\nsierż. Ewa Bąk, dzielnicowa",
])
def test_a_post_on_its_own_line_still_names_its_officer(text):
    assert scrub(text, NAMES) == text


def test_two_persons_on_two_lines_keep_two_markers():
    out = scrub("Obecni:\nTomasz Wrona, dzielnicowy\nHalina Gąsiorowska\nJan Kowalski", NAMES)
    assert out.endswith(f"\n{NAME_MARK}\n{NAME_MARK}"), out


# Finding 1: forms, police lists and spreadsheets write „Nazwisko, Imię”, and a form labels the surname.
@pytest.mark.parametrize("text, gone", [
    ("Mazur, Jan – zgłaszający", ["Mazur", "Jan"]),
    ("Mazur, Jan zgłosił hałas.", ["Mazur", "Jan"]),
    ("Wróbel, Katarzyna, ul. Lipowa 5", ["Wróbel", "Katarzyna"]),
    ("Zgłosił: Baran, Piotr.", ["Baran", "Piotr"]),
    ("Kot, Adam (sprawca)", ["Kot", "Adam"]),
    ("KOZIOŁ, MAREK", ["KOZIOŁ"]),
    ("Sowa, Anna; Mazur, Jan", ["Sowa", "Anna", "Mazur", "Jan"]),
    ("Obecni: Sowa, Anna, Mazur, Jan.", ["Sowa", "Mazur"]),
    ("Obecni:\n1. Sowa, Anna\n2. Mazur, Jan", ["Sowa", "Mazur"]),
    ("- Wróbel, Katarzyna Maria (świadek)", ["Wróbel", "Katarzyna"]),
    ("Kowalski, Jan – zgłaszający", ["Kowalski", "Jan"]),
    ("Mazur,Jan", ["Mazur"]),
    ("Nazwisko: Mazur, imię: Jan", ["Mazur", "Jan"]),
    ("Nazwisko: Mazur", ["Mazur"]),
    ("Nazwisko – Mazur, imię – Jan", ["Mazur", "Jan"]),
    ("nazwisko: Mazur-Sowa", ["Mazur", "Sowa"]),
    ("Podał nazwisko: Kot.", ["Kot"]),
    ("Nazwisko i imię: Wróbel Katarzyna", ["Wróbel", "Katarzyna"]),
    ("Nazwisko rodowe: Sowa", ["Sowa"]),
    ("NAZWISKO: MAZUR", ["MAZUR"]),
])
def test_a_name_written_surname_comma_first_or_under_a_label_goes(text, gone):
    out = scrub(text, NAMES)
    assert NAME_MARK in out and not [w for w in gone if w in out], out


@pytest.mark.parametrize("text", [
    "Przykładowy, Marek – dzielnicowy",  # the officer
    "asp. Wrona, Tomasz – dzielnicowy rejonu",
    "Wrona, Tomasz – dzielnicowy",
    "Wrona, Tomasz (dzielnicowy)",
    "Łęczna, Anna Nowak przyjęła zgłoszenie.",  # a place heading a line, then the officer
    "Lublin, 3 marca 2026 r.",
    "Trasa: Łęczna, Puchaczów, Bogdanka.",
    "Nazwisko: nieznane.",
])
def test_a_comma_after_a_place_or_an_officers_surname_keeps_them(text):
    assert scrub(text, NAMES) == text


# Finding 10: after an office in the genitive or the dative the surname agrees with it („dla Sołtysa
# Kowalskiego”); only a word that is no surname in the office's case is his village („Sołtysowi Bogdanki”).
@pytest.mark.parametrize("text, gone", [
    ("Podziękowania dla Sołtysa Kowalskiego.", "Kowalskiego"),
    ("Podziękowania dla Sołtysa Mazura.", "Mazura"),
    ("Pismo do Wójta Kowalskiego.", "Kowalskiego"),
    ("Pismo do Wójta Mazura.", "Mazura"),
    ("Podziękowania dla sołtysa Barana.", "Barana"),
    ("Pismo od Burmistrza Wróbla.", "Wróbla"),
    ("Wniosek Prezesa Mazura.", "Mazura"),
    ("Podpis Kierownika Barana.", "Barana"),
    ("Podziękowania dla Radnego Kowalskiego.", "Kowalskiego"),
    ("Skarga Sołtysa Sowy.", "Sowy"),
    ("Podziękowania dla Pani Sołtys Kowalskiej.", "Kowalskiej"),
    ("Sołtys Kowalskiego nie znam.", "Kowalskiego"),
])
def test_a_surname_agreeing_with_its_office_goes(text, gone):
    out = scrub(text, NAMES)
    assert NAME_MARK in out and gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Podziękowania dla Sołtysa Bogdanki.", "Bogdanki"),
    ("Sołtysowi Bogdanki podziękowano.", "Bogdanki"),
    ("Wniosek Prezesa Bogdanki.", "Bogdanki"),
])
def test_a_village_after_an_office_in_the_genitive_stays(text, kept):
    assert kept in scrub(text, NAMES)


# Finding 2: a family's members name the family by its surname in the genitive, in the singular and the plural.
@pytest.mark.parametrize("kin", ["Matka", "Ojciec", "Partnerka", "Partner", "Konkubina", "Konkubent", "Narzeczona",
                                 "Narzeczony", "Ciotka", "Wujek", "Pasierb", "Ojczym", "Macocha", "Rodzice", "Dzieci",
                                 "Synowie", "Córki", "Bracia", "Siostry", "Wnuki", "Dziadkowie", "Teściowie"])
@pytest.mark.parametrize("surname", ["Mazura", "Sowy", "Kozła"])
def test_a_surname_after_a_kin_noun_goes(kin, surname):
    out = scrub(f"{kin} {surname} zgłosili sprawę.", NAMES)
    assert surname not in out and NAME_MARK in out, out


@pytest.mark.parametrize("text", [
    "Pracownicy Bogdanki zgłosili kradzież.",
    "Świadkowie Jehowy odwiedzają mieszkańców.",
    "Msza w kościele Matki Bożej Częstochowskiej.",
    "Szkoła im. Ojca Kolbego.",
    "Rodzice uczniów Szkoły Podstawowej w Cycowie.",
    "Dzieci z Bogdanki wagarują.",
])
def test_a_place_or_a_patron_after_a_kin_noun_stays(text):
    assert scrub(text, NAMES) == text


# Finding 6: a preposition after a role noun tells where the person lives, not whose name follows.
@pytest.mark.parametrize("text", [
    "Sąsiadka z Lipowej zgłosiła hałas.",
    "Sąsiad z Bogdanki zgłosił hałas.",
    "Mieszkanka spod Łęcznej zgłosiła hałas.",
    "Kierowca z Puchaczowa zgłosił kolizję.",
])
def test_a_place_after_a_role_and_a_preposition_stays(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, gone", [
    ("Sąsiadka z Mazurem pobili się.", "Mazurem"),
    ("Rozmowa z sąsiadem Kowalskim.", "Kowalskim"),
    ("kierownik sklepu Lis zgłosił kradzież.", "Lis"),
])
def test_a_name_after_a_role_still_goes(text, gone):
    out = scrub(text, NAMES)
    assert gone not in out, out


# Findings 12 and 16: a heading that names an office as a partner, or a police cell, heads no civil servants.
@pytest.mark.parametrize("text", [
    "Współpraca z Urzędem Gminy Puchaczów\nasp. Adam Wrona przekazał wnioski.",
    "Wniosek do Urzędu Miejskiego\nasp. Adam Wrona",
    "Z Urzędem Gminy:\nasp. Adam Wrona",
    "Straż Miejska – patrole wspólne\nasp. Adam Wrona\nsierż. Ewa Bąk",
    "Działania wspólne ze Strażą Miejską:\nasp. Adam Wrona, sierż. Ewa Bąk",
    "Patrole ze Strażą Miejską\nsierż. Ewa Bąk patrolowała park.",
    "Spotkanie w Urzędzie Gminy\nasp. Adam Wrona przedstawił plan.",
    "ZATWIERDZAM\nNaczelnik Wydziału Prewencji\nnadkom. Ewa Bąk",
    "Naczelnik Wydziału Prewencji KPP w Łęcznej\nnadkom. Ewa Bąk",
    "Kierownik Referatu Kryminalnego\nkom. Ewa Bąk",
    "Naczelnik Wydziału Ruchu Drogowego\nkom. Ewa Bąk",
    "Wydział Prewencji\nasp. Ewa Bąk\nsierż. Adam Kot",
    "Kierownik Rewiru Dzielnicowych\nasp. szt. Ewa Bąk",
])
def test_an_officer_under_a_partners_or_a_police_cells_heading_stays(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text", [
    "Urząd Gminy:\ninsp. Marta Zawadzka\ninsp. Adam Kruk",
    "Straż Miejska:\ninsp. Adam Kruk\nst. insp. Ewa Bąk",
    "Straż Miejska – patrole piesze\ninsp. Adam Kruk",
    "Wydział Komunikacji Starostwa Powiatowego\ninsp. Marta Zawadzka",
])
def test_a_civil_servant_under_an_offices_heading_still_goes(text):
    assert "Zawadzka" not in scrub(text, NAMES) and "Kruk" not in scrub(text, NAMES)


# Finding 5: nine digits a sentence says were called from or to are a phone however grouped; the words stay.
@pytest.mark.parametrize("text, kept", [
    ("Dzwonił z numeru 60 61 00 200.", "Dzwonił z numeru "),
    ("Zadzwonił z numeru 60 61 00 200.", "Zadzwonił z numeru "),
    ("Dzwonił z numeru 606 1002 00.", "Dzwonił z numeru "),
    ("Dzwonił z numeru 6061 002 00.", "Dzwonił z numeru "),
    ("Dzwonił z numeru 606-1002-00.", "Dzwonił z numeru "),
    ("Dzwonił 3 razy z numeru 60 61 00 200.", "Dzwonił 3 razy z numeru "),
    ("Jego numer to 60 61 00 200.", "Jego numer to "),
    ("Numer sprawcy: 6 0 6 1 0 0 2 0 0", "Numer sprawcy: "),
    ("Numer kontaktowy: 60 61 00 200", "Numer kontaktowy: "),
    ("SMS na numer 6061 002 00 przyszedł.", "SMS na numer "),
    ("Oddzwonił na nr 606 100 200.", "Oddzwonił na nr "),
])
def test_a_called_number_goes_however_grouped(text, kept):
    out = scrub(text, NAMES)
    assert PHONE_MARK in out and out.startswith(kept) and "00" not in out, out


@pytest.mark.parametrize("text", [
    "Numer sprawy: 123 456 789",
    "Pismo nr 123/456/789",
    "Dzwoniło 150 osób.",
    "Dzwonił z numeru zastrzeżonego 12 razy.",
])
def test_other_numbers_near_a_call_stay(text):
    assert scrub(text, NAMES) == text


# Finding 9: his unit or area written out between „Dzielnicowy” and the name is still his post.
@pytest.mark.parametrize("text", [
    "Dzielnicowy Komendy Powiatowej Policji w Łęcznej Tomasz Wrona prowadził spotkanie.",
    "Dzielnicowy z KPP w Łęcznej Tomasz Wrona",
    "Dzielnicowy KPP Łęczna Tomasz Wrona",
    "Dzielnicowy gminy Puchaczów Tomasz Wrona",
    "Dzielnicowy Osiedla Niepodległości Tomasz Wrona",
    "Dzielnicowy miasta Łęczna Tomasz Wrona",
    "Dzielnicowy rejonu nr 3 Łęczna-Wschód Tomasz Wrona",
    "Dzielnicowy ds. nieletnich Tomasz Wrona",
    "Dzielnicowy KPP w Łęcznej Tomasz Wrona prowadził spotkanie.",
])
def test_an_officer_after_his_post_and_unit_stays(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, gone", [
    ("Dzielnicowy z Urzędu Gminy Jan Kowalski", "Kowalski"),
    ("Dzielnicowy ze Straży Miejskiej Jan Kowalski", "Kowalski"),
    ("Dzielnicowy gminy Puchaczów Jan Kowalski powiedział, że Halina Gąsiorowska hałasuje.", "Gąsiorowska"),
])
def test_a_private_person_near_a_post_still_goes(text, gone):
    assert gone not in scrub(text, NAMES)


# Finding 11: after a role noun a car make, a chain or a firm with its company form is no person.
@pytest.mark.parametrize("text", [
    "Podejrzany Ford Mondeo odjechał w stronę Lublina.",
    "Podejrzany Ford odjechał.",
    "Zatrzymany Ford Focus miał sfałszowane tablice.",
    "Poszkodowany Lidl zgłosił kradzież.",
    "Poszkodowany Kaufland zgłosił kradzież.",
    "Poszkodowana Bogdanka S.A. zgłosiła kradzież.",
    "Nieletni z Puchaczowa i Cycowa wagarują.",
])
def test_a_brand_or_a_firm_after_a_role_stays(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, gone", [
    ("Podejrzany Mazur odjechał.", "Mazur"),
    ("Poszkodowany Kowalski zgłosił kradzież.", "Kowalski"),
])
def test_a_surname_after_the_same_roles_still_goes(text, gone):
    assert gone not in scrub(text, NAMES)


# Finding 7: a staircase between the house and the flat, and a flat written „apt.”.
@pytest.mark.parametrize("text", [
    "ul. Lipowa 5, kl. II m. 12",
    "ul. Lipowa 5 kl. B m. 12",
    "ul. Lipowa 5, klatka 2, m. 12",
    "ul. Lipowa 5 apt. 12",
    "przy Lipowej 5 kl. II m. 12",
])
def test_a_flat_after_a_staircase_or_apt_goes(text):
    out = scrub(text, NAMES)
    assert FLAT_MARK in out and "12" not in out, out


# Finding 8: marketplace logins and links, and an e-mail written with „[@]” and „[.]”.
@pytest.mark.parametrize("text, gone", [
    ("Konto OLX: zenek1987", "zenek1987"),
    ("Allegro: zenek1987", "zenek1987"),
    ("Sprzedawca na Vinted: kasia_w", "kasia_w"),
    ("Vinted: kasiaw88", "kasiaw88"),
    ("Zdjęcia wrzucił na https://imgur.com/user/zenek1987", "zenek1987"),
    ("Ogłoszenie: https://www.olx.pl/d/oferta/rower-CID767-IDabc.html", "CID767"),
    ("allegro.pl/uzytkownik/zenek1987", "zenek1987"),
    ("kasia[@]gmail[.]com", "gmail"),
    ("kasia(@)gmail(.)com", "gmail"),
])
def test_a_marketplace_login_or_a_bracketed_email_goes(text, gone):
    assert gone not in scrub(text, NAMES)


@pytest.mark.parametrize("text", [
    "Kradzież towaru ze sklepu; ogłoszenia na OLX i Allegro.",
    "Oszuści działają na Allegro: zachowaj ostrożność.",
])
def test_a_marketplace_named_in_a_warning_stays(text):
    assert scrub(text, NAMES) == text


# Finding 6, one step on: a resident „of” a street or a village names the place in the genitive.
@pytest.mark.parametrize("text", [
    "Mieszkanka Lipowej zgłosiła hałas.",
    "Pismo od mieszkańca Lipowej.",
    "Lokatorka Lipowej zgłosiła hałas.",
])
def test_a_residents_street_stays(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, gone", [
    ("Mieszkanka Kowalska zgłosiła hałas.", "Kowalska"),
    ("Mieszkanka Mazur zgłosiła hałas.", "Mazur"),
    ("Sąsiadka Lipowej zgłosiła hałas.", "Lipowej"),
])
def test_a_residents_surname_still_goes(text, gone):
    assert gone not in scrub(text, NAMES)


@pytest.mark.parametrize("br", ["\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x85", "\x0c"])
def test_every_line_break_ends_a_post(br):
    text = f"Obecni:{br}asp. Adam Wrona, dzielnicowy{br}Jan Kowalski, sołtys"
    out = scrub(text, NAMES)
    assert "Kowalski" not in out and "Adam Wrona" in out and out.count(br) == text.count(br), repr(out)


@pytest.mark.parametrize("text", ["Mazur , Jan – zgłaszający", "Nazwisko/imię: Mazur", "Nazwisko sprawcy: Mazur"])
def test_a_form_name_written_loosely_goes(text):
    assert "Mazur" not in scrub(text, NAMES)


@pytest.mark.parametrize("text, gone", [
    ("Mama Mazura zgłosiła.", "Mazura"),
    ("Tata Sowy pobił sąsiada.", "Sowy"),
    ("Chłopak Kozła groził.", "Kozła"),
    ("Dziewczyna Mazura zgłosiła.", "Mazura"),
    ("Numer Mazura to 60 61 00 200.", "00"),
    ("Numer telefonu sprawcy: 60 61 00 200", "00"),
])
def test_beside_the_kin_and_call_fixes_the_name_or_number_goes(text, gone):
    assert gone not in scrub(text, NAMES)


@pytest.mark.parametrize("text", ["Mieszkańca Bogdanki pobito.", "Kierowca Forda uciekł.", "Numer sprawy: 123 456 789"])
def test_beside_the_resident_and_brand_fixes_the_place_stays(text):
    assert scrub(text, NAMES) == text


# Beside findings 12 and 16: „insp.” is a guard's and a civil servant's rank too; under a heading naming their
# office, even as a partner, it is theirs.
@pytest.mark.parametrize("text", [
    "Współpraca ze Strażą Miejską:\ninsp. Adam Kruk\nst. insp. Ewa Bąk",
    "Straż Miejska – patrole wspólne\ninsp. Adam Kruk",
    "Współpraca z Urzędem Gminy:\ninsp. Adam Kruk",
    "W Urzędzie Gminy:\ninsp. Adam Kruk",
])
def test_an_inspector_under_a_partner_offices_heading_goes(text):
    assert "Kruk" not in scrub(text, NAMES)
