"""`--publikacja` after the seventh publication review of issue 17 (rev-pub7), the contacts part: profile links of
every service whose handles are known, dotted user names in a sentence, foreign phones, a name before a number,
contacts typed oddly, a double surname after a dash."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, PROFILE_MARK, scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Wiesław Kowalczyk"], ["Anna Nowak", "Marek Przykładowy"])


def _cut(text: str, mark: str, gone: list[str], kept: list[str]) -> str:
    out = scrub(text, NAMES)
    assert mark in out, out
    assert not any(word in out for word in gone), out
    assert all(part in out for part in kept), out
    return out


# Finding 3: a link to any service whose handles are recognised is a profile; an underscore word after „/” and a
# Discord tag go too.
@pytest.mark.parametrize("text, gone, kept", [
    ("Filmy: https://fb.watch/xYz123AbC/ oraz nagrania.", ["xYz123AbC", "fb.watch"], ["Filmy:", "oraz nagrania."]),
    ("Konto: steamcommunity.com/id/wrzos_zenek.", ["wrzos_zenek", "steamcommunity"], ["Konto:"]),
    ("Transmisje: kick.com/zenek_lipowa", ["zenek_lipowa", "kick.com"], ["Transmisje:"]),
    ("Roblox: roblox.com/users/4455667", ["4455667", "roblox.com"], ["Roblox:"]),
    ("Gra: https://www.roblox.com/users/44556/profile", ["44556"], ["Gra:"]),
    ("Muzyka: https://soundcloud.com/zenek-lipowa", ["zenek-lipowa"], ["Muzyka:"]),
    ("Spotify: open.spotify.com/user/zenek_lipowa", ["zenek_lipowa"], ["Spotify:"]),
    ("Kod: github.com/zeneklipowa, wieczorem.", ["zeneklipowa"], ["Kod:", ", wieczorem."]),
    ("Filmy: vimeo.com/zeneklipowa i tyle.", ["zeneklipowa"], ["Filmy:", " i tyle."]),
    ("Profil: facebook.pl/wanda.kolodziej", ["wanda.kolodziej"], ["Profil:"]),
])
def test_a_profile_link_of_a_known_service_goes(text, gone, kept):
    _cut(text, PROFILE_MARK, gone, kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("Forum: https://forum.wrzosogrod.pl/user/wrzos_zenek", ["wrzos_zenek"], ["Forum: https://forum.wrzosogrod.pl/user/"]),
    ("Discord: kowal#1234, wieczorem.", ["kowal", "1234"], ["Discord: ", ", wieczorem."]),
    ("Na Discordzie jako kowal#1234 pisze groźby.", ["kowal", "1234"], ["Na Discordzie jako ", " pisze groźby."]),
])
def test_an_underscore_word_after_a_slash_and_a_discord_tag_go(text, gone, kept):
    _cut(text, PROFILE_MARK, gone, kept)


@pytest.mark.parametrize("text", [
    "Strona: https://policja.gov.pl/kmp/aktualnosci.",
    "Plan na stronie www.wrzosogrod.pl/bezpieczenstwo/plan-dzialania.",
    "Zadanie #1234 w systemie.",
])
def test_an_institution_s_link_stays(text):
    assert scrub(text, NAMES) == text


# Finding 4: a dotted user name in a sentence – after a word naming an account, in brackets or quotes after a
# service, before „na Facebooku”, or naming a listed person or a first name („imie.nazwisko”).
@pytest.mark.parametrize("text, gone, kept", [
    ("Nagrania udostępnił wiesiek.kowalczyk na Facebooku.", ["wiesiek", "kowalczyk"],
     ["Nagrania udostępnił ", " na Facebooku."]),
    ("Filmy wrzuca na TikToka użytkownik zenek.lipowa.", ["zenek.lipowa"], ["Filmy wrzuca na TikToka użytkownik "]),
    ("Na Instagramie (zenek.lipowa) są zdjęcia.", ["zenek.lipowa"], ["Na Instagramie (", ") są zdjęcia."]),
    ("Konto „zenek.lipowa” na Instagramie publikuje zdjęcia.", ["zenek.lipowa"], ["Konto „", "” na Instagramie"]),
    ("Nagrania są na profilu wiesiek.kowalczyk na Facebooku.", ["wiesiek", "kowalczyk"], ["Nagrania są na profilu "]),
    ("Groźby pisał zenek.lipowa.88 w komentarzach.", ["zenek.lipowa"], ["Groźby pisał ", " w komentarzach."]),
    ("Zdjęcia wrzucała kasia.mazurek, sąsiadka.", ["kasia.mazurek"], ["Zdjęcia wrzucała ", ", sąsiadka."]),
    ("Wpis dodał barbara.w na grupie osiedla.", ["barbara.w"], ["Wpis dodał ", " na grupie osiedla."]),
])
def test_a_dotted_user_name_in_a_sentence_goes(text, gone, kept):
    _cut(text, PROFILE_MARK, gone, kept)


@pytest.mark.parametrize("text", [
    "Patrole m.in. przy szkole, tj. w godz. 7–8, np. w poniedziałki.",
    "Zgodnie z art. 51 k.w. oraz ust. 2 pkt 3.",
    "Spotkanie w sali nr 12, pok. 3, godz. 17.00.",
    "Strona gmina.wrzosogrod.pl na Facebooku.",
    "Informacje na stronie policja.pl i na Facebooku.",
    "Dzielnicowy jako p.o. kierownika rewiru.",
    "Konto „Bezpieczny Wrzosogród” na Facebooku prowadzi KPP.",
])
def test_abbreviations_and_domains_stay(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text", [
    "Pełni obowiązki jako sierż.sztab. Jan Kos w KPP.",
    "Zdjęcie mapa.jpg na Facebooku gminy.",
    "Konto profil.gminy.pl na Facebooku.",
])
def test_abbreviations_files_and_domains_by_a_service_stay(text):
    assert scrub(text, NAMES) == text


# Finding 12: a phone with any country code, as long as that country's numbers are.
@pytest.mark.parametrize("text, kept", [
    ("Kontakt do właściciela: +49 151 23456789.", ["Kontakt do właściciela: ", "."]),
    ("Kontakt: +44 7700 900123.", ["Kontakt: ", "."]),
    ("Kontakt: 0049 151 23456789.", ["Kontakt: ", "."]),
    ("Właściciel (+49 30 1234567) nie odbiera.", ["Właściciel (", ") nie odbiera."]),
    ("Brat dzwonił z +44 20 7946 0958 wieczorem.", ["Brat dzwonił z ", " wieczorem."]),
    ("Pracownik sezonowy, tel. +370 612 34567, mieszka w hostelu.", ["Pracownik sezonowy, ", ", mieszka w hostelu."]),
    ("Numer kierowcy: +31 6 12345678.", ["Numer kierowcy: ", "."]),
    ("Turysta z USA: +1 (212) 555-0147.", ["Turysta z USA: ", "."]),
    ("Właścicielka +84 912 345 678 zgłosiła kradzież.", ["Właścicielka ", " zgłosiła kradzież."]),
    ("Kontakt: (+49) 1512 3456789.", ["Kontakt: ", "."]),
    ("Dzwonił z +420 777 123 456 i z +49 171 1234567.", ["Dzwonił z ", " i z ", "."]),
])
def test_a_foreign_phone_goes(text, kept):
    from pismo.publication.redact import PHONE_MARK

    out = _cut(text, PHONE_MARK, [], kept)
    assert not any(c.isdigit() for c in out), out


@pytest.mark.parametrize("text", [
    "Temperatura +12 st. C, wiatr 5 m/s.",
    "Wzrost o +15 zgłoszeń, tj. 120 w 2025 r.",
    "Spadek +3,5% w stosunku do 2024 r.",
    "Wynik meczu 2:1, frekwencja +1200 osób.",
    "KRS 0000123456, REGON 123456789.",
    "Kod pocztowy 21-010, skrytka 0012.",
    "Bilans +100 000 zł na koniec roku.",
])
def test_other_numbers_with_a_plus_or_zeros_stay(text):
    assert scrub(text, NAMES) == text


# Finding 18: a number after a name makes a street's house number only after a patron's genitive, and not when it
# counts („2 razy”, „5 interwencji”) or is a date.
@pytest.mark.parametrize("text, gone", [
    ("Halina Kwiatkowska 3 razy zgłaszała hałas.", ["Kwiatkowska"]),
    ("Zatrzymano Jacka Kubiaka 2 razy.", ["Kubiaka"]),
    ("Najwięcej zgłoszeń: Halina Kwiatkowska 12, Jacek Kubiak 7.", ["Kwiatkowska", "Kubiak"]),
    ("Lista podpisów: 1. Jacek Kubiak 2. Halina Kwiatkowska 3. Zenon Wrzesień", ["Kubiak", "Kwiatkowska", "Wrzesień"]),
    ("Pani Halina Kwiatkowska 3 razy zgłaszała hałas.", ["Kwiatkowska"]),
    ("Mieszkanka Halina Kwiatkowska 3 razy zgłaszała hałas.", ["Kwiatkowska"]),
    ("Kwiatkowska 3 razy zgłaszała hałas.", ["Kwiatkowska"]),
    ("Halina Kwiatkowska 12.03.2026 r. zgłosiła hałas.", ["Kwiatkowska"]),
    ("Jan Kowalski 5 interwencji, Anna Nowak 2 interwencje.", ["Kowalski"]),
    ("Wobec Jacka Kubiaka 3 interwencje w marcu.", ["Kubiaka"]),
])
def test_a_name_before_a_number_is_a_person(text, gone):
    _cut(text, NAME_MARK, gone, [])


@pytest.mark.parametrize("text", [
    "Patrole przy Marii Konopnickiej 12 i Józefa Piłsudskiego 5.",
    "Adres świetlicy: Józefa Piłsudskiego 5, parter.",
    "Spotkanie w budynku Jana Pawła II 8 o godz. 17.",
    "Na ulicy Marii Konopnickiej 12 zatrzymano kierowcę.",
])
def test_a_patron_s_street_with_a_house_number_stays(text):
    assert scrub(text, NAMES) == text


# Finding 9 (contacts): a phone typed with the letter O for zero, an account number after its label whatever its
# check digit, a residence card's number after its label.
@pytest.mark.parametrize("text, mark, gone, kept", [
    ("Dzwonić: 6O6 1OO 2OO.", "[numer telefonu usunięty]", ["6O6", "1OO", "2OO"], ["Dzwonić: ", "."]),
    ("Tel. 6o6-1oo-2oo, wieczorem.", "[numer telefonu usunięty]", ["6o6"], [", wieczorem."]),
    ("Kontakt: 6O6 100 200.", "[numer telefonu usunięty]", ["6O6"], ["Kontakt: "]),
    ("Nr konta do zbiórki: 61 1090 1014 0000 0712 1981 2875.", "[numer konta usunięty]", ["2875", "1090"],
     ["Nr konta do zbiórki: "]),
    ("Wpłaty na rachunek 61109010140000071219812875, dziękujemy.", "[numer konta usunięty]", ["2875"],
     ["Wpłaty na rachunek ", ", dziękujemy."]),
    ("Konto: PL 61 1090 1014 0000 0712 1981 287, sąsiad.", "[numer konta usunięty]", ["1090"], ["Konto: ", ", sąsiad."]),
    ("Nr karty pobytu RP: WB1234567.", "[numer dokumentu usunięty]", ["WB1234567"], ["Nr karty pobytu RP: "]),
    ("Okazał kartę pobytu nr RP 1234567.", "[numer dokumentu usunięty]", ["1234567"], ["Okazał kartę pobytu nr "]),
    ("Karta pobytu: WB 1234567, ważna do 2027 r.", "[numer dokumentu usunięty]", ["1234567"], ["Karta pobytu: "]),
])
def test_contacts_typed_oddly_go(text, mark, gone, kept):
    _cut(text, mark, gone, kept)


@pytest.mark.parametrize("text", [
    "Spotkanie w sali 1O1 o godz. 17.",
    "W latach 2OOO–2O10 nie zgłaszano.",
    "Konto na Facebooku prowadzi KPP; numer sprawy 123/2025.",
    "Karta pobytu to dokument cudzoziemca.",
    "Z konta gminy przekazano 12 000 zł na 26 kamer.",
])
def test_other_text_near_these_labels_stays(text):
    assert scrub(text, NAMES) == text


# Finding 19: the second half of a double surname after a dash – tight en or em dash, or any dash spaced.
@pytest.mark.parametrize("text, gone, kept", [
    ("Zgłosiła to Halina Kwiatkowska–Bąk.", ["Kwiatkowska", "Bąk"], ["Zgłosiła to ", "."]),
    ("Wniosek poparła Anna Wesołowska – Bąk.", ["Wesołowska", "Bąk"], ["Wniosek poparła ", "."]),
    ("Wniosek poparła Anna Wesołowska—Bąk.", ["Wesołowska", "Bąk"], ["Wniosek poparła ", "."]),
    ("Wniosek poparła Anna Wesołowska - Bąk, sąsiadka.", ["Wesołowska", "Bąk"], ["Wniosek poparła ", ", sąsiadka."]),
    ("Anna Wesołowska – Mazur zgłosiła hałas.", ["Wesołowska", "Mazur"], [" zgłosiła hałas."]),
    ("Rozmawiano z Haliną Kwiatkowską – Wilk.", ["Kwiatkowską", "Wilk"], ["Rozmawiano z "]),
    ("Zgłosiła to Barbara Wilk – Zając.", ["Wilk", "Zając"], ["Zgłosiła to "]),
])
def test_the_second_half_of_a_double_surname_after_a_dash_goes(text, gone, kept):
    out = _cut(text, NAME_MARK, gone, kept)
    assert out.count(NAME_MARK) == 1, out


@pytest.mark.parametrize("text", [
    "Trasa patrolu: Łęczna – Bogdanka – Puchaczów.",
    "Mecz Górnik Łęczna – Motor Lublin zabezpieczono.",
    "Plan przedstawiła st. asp. Anna Nowak – Dzielnicowa rejonu.",
])
def test_a_dash_between_places_or_after_an_officer_stays(text):
    assert scrub(text, NAMES) == text


@pytest.mark.parametrize("text, kept", [
    ("Głos zabrała Halina Kwiatkowska – Sołtys, potem dyrektor szkoły.", " – Sołtys, potem dyrektor szkoły."),
    ("Interweniował sierż. Marek Przykładowy – Danuta Kaczmarek zeznała.", "sierż. Marek Przykładowy – "),
])
def test_a_role_or_another_person_after_a_dash_is_no_second_half(text, kept):
    assert kept in scrub(text, NAMES)


# Finding 9 (a name part): a listed name in letter-spaced emphasis is the name a reader sees.
@pytest.mark.parametrize("text, kept", [
    ("Zgłosiła to B a r b a r a  W i l k.", ["Zgłosiła to ", "."]),
    ("Skargę złożył Z d z i s ł a w  K o w a l, sąsiad.", ["Skargę złożył ", ", sąsiad."]),
    ("Wiceprzewodniczący: W I E S Ł A W  K O W A L C Z Y K, radny.", ["Wiceprzewodniczący: ", ", radny."]),
])
def test_a_letter_spaced_name_goes(text, kept):
    out = _cut(text, NAME_MARK, ["W i l k", "K o w a l"], kept)
    assert out.count(NAME_MARK) == 1, out


@pytest.mark.parametrize("text", [
    "U W A G A: patrole w soboty.",
    "Warianty a b c d omówiono, i w z tego nic.",
])
def test_letter_spaced_words_that_name_no_one_stay(text):
    assert scrub(text, NAMES) == text


# Finding 9 (a name part): an age before a name makes it a person's, like a role („15-letni Szymon”).
@pytest.mark.parametrize("text, gone", [
    ("Najmłodszy z grupy, 15-letni Szymon, został pouczony.", ["Szymon"]),
    ("15-letni Szymon został pouczony.", ["Szymon"]),
    ("Rozmawiano z 12-letnim Szymonem z bloku 3.", ["Szymonem"]),
    ("Kilkunastoletni Szymon wybił szybę.", ["Szymon"]),
    ("Pouczono 15-letniego Wiesława.", ["Wiesława"]),
])
def test_a_name_after_an_age_goes(text, gone):
    _cut(text, NAME_MARK, gone, [])


@pytest.mark.parametrize("text", [
    "Wypoczynek letni w Łęcznej zabezpieczono.",
    "Sezon letni nad Zalewem Zemborzyckim.",
])
def test_summer_words_stay(text):
    assert scrub(text, NAMES) == text


# A leftover of the review's probes (p23): an e-mail address whose domain lost its ending, at a mail provider.
@pytest.mark.parametrize("text, kept", [
    ("Kontakt do zgłaszającej: jan.kowal@wp", "Kontakt do zgłaszającej: "),
    ("Kontakt: kowal.jan(at)gmail, wieczorem.", "Kontakt: "),
])
def test_an_e_mail_without_its_domain_s_ending_goes(text, kept):
    from pismo.publication.redact import EMAIL_MARK

    out = _cut(text, EMAIL_MARK, ["kowal"], [kept])
    assert out.startswith(kept + EMAIL_MARK), out


@pytest.mark.parametrize("text", ["Spotkanie @ świetlica, godz. 17.", "Pisz na priv @ wp lub onet."])
def test_an_at_sign_in_prose_stays(text):
    assert scrub(text, NAMES) == text


# Finding 9 (a name part): a penalty imposed „na” someone names a person, not a street („Na Kubiaka nałożono mandat”).
@pytest.mark.parametrize("text, gone", [
    ("Na Kubiaka nałożono obowiązek naprawienia szkody.", ["Kubiaka"]),
    ("Sprawczynią okazała się Zielińska, a na Kubiaka nałożono mandat.", ["Kubiaka"]),
    ("Na Grabowskiego nałożono grzywnę w wysokości 500 zł.", ["Grabowskiego"]),
    ("Na Kubiaka nałożono karę porządkową.", ["Kubiaka"]),
    ("Okazała się nią Zielińska, a Na Kubiaka nałożono obowiązek naprawienia szkody.", ["Kubiaka"]),
])
def test_a_penalty_imposed_on_a_surname_names_a_person(text, gone):
    _cut(text, NAME_MARK, gone, [])


@pytest.mark.parametrize("text", [
    "Na Piłsudskiego nałożono nowy asfalt.",
    "Na Piłsudskiego zatrzymano kierowcę.",
    "Na ul. Piłsudskiego nałożono mandat kierowcy.",
])
def test_a_street_after_na_stays(text):
    assert scrub(text, NAMES) == text
