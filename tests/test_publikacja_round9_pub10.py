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
