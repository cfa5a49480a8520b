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
