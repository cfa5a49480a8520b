"""`--publikacja` after the fifth publication review of issue 17 (rev-pub5), findings 13-20: honorifics in every
case, titles before a surname, surname-first pairs, participants' functions, reporting verbs, handles."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names, is_police
from pismo.publication.redact import NAME_MARK, PROFILE_MARK, scrub

NAMES = Names(["Zdzisław Kowal", "Jan Nowak", "Barbara Wilk", "Katarzyna Zawadzka", "Jerzy Lis"],
              ["Anna Nowak", "Marek Przykładowy"])


def _gone(text: str, gone: list[str]) -> str:
    out = scrub(text, NAMES)
    assert NAME_MARK in out, out
    assert not any(word in out for word in gone), out
    return out


# Finding 18: „Państwem” and the plural of „pan”/„pani” in every case name the family as „Państwo” does.
@pytest.mark.parametrize("text, gone", [
    ("Z Państwem Kowalskimi rozmawiano.", ["Kowalskimi"]),
    ("Z państwem Mazurami rozmawiano.", ["Mazurami"]),
    ("Z Państwem Baranami rozmawiano.", ["Baranami"]),
    ("Z Państwem Mazurem rozmawiano.", ["Mazurem"]),
    ("Z Paniami Kowalskimi rozmawiano.", ["Kowalskimi"]),
    ("Paniom Kowalskim podziękowano.", ["Kowalskim"]),
    ("O Paniach Kowalskich mówiono.", ["Kowalskich"]),
    ("Od Pań Kowalskich wpłynęła skarga.", ["Kowalskich"]),
    ("Z paniami Mazur i Sową rozmawiano.", ["Mazur", "Sową"]),
    ("Z Państwem Mazurem i Sową rozmawiano.", ["Mazurem", "Sową"]),
    ("U Państwa Mazurów i Baranów interweniowano.", ["Mazurów", "Baranów"]),
])
def test_every_case_of_the_honorific_plural_names_a_family(text, gone):
    _gone(text, gone)


@pytest.mark.parametrize("text", [
    "Rozmawiano z Państwem o bezpieczeństwie.",
    "Rozmawiano z paniami z KGW.",
    "Z panami z Urzędu Gminy Puchaczów rozmawiano.",
    "W Państwie Polskim obowiązuje prawo.",
])
def test_the_honorific_plural_without_a_name_stays(text):
    assert scrub(text, NAMES) == text


# Finding 14: a title or a profession before a surname makes it a person's; after „ks.”, „Ksiądz” a patron is a
# man's genitive.
@pytest.mark.parametrize("text, gone", [
    ("Kurator Kowalska zgłosiła hałas.", ["Kowalska"]),
    ("Sędzia Kowalska wydała postanowienie.", ["Kowalska"]),
    ("Ksiądz Kowalski zgłosił kradzież.", ["Kowalski"]),
    ("ks. Kowalski zgłosił kradzież z kościoła.", ["Kowalski"]),
    ("Proboszcz ks. Wiśniewski zgłosił kradzież.", ["Wiśniewski"]),
    ("ks. Mazur zgłosił kradzież z kościoła.", ["Mazur"]),
    ("Ksiądz Mazur zgłosił kradzież.", ["Mazur"]),
    ("Z Księdzem Mazurem rozmawiano.", ["Mazurem"]),
    ("Kuratorka Sowa zgłosiła.", ["Sowa"]),
    ("Biegły Mazur ocenił szkody.", ["Mazur"]),
    ("Mecenas Mazur reprezentuje sąsiada.", ["Mazur"]),
    ("Komornik Mazur zajął samochód.", ["Mazur"]),
    ("Notariusz Baran", ["Baran"]),
    ("Lekarz Baran wystawił zaświadczenie.", ["Baran"]),
    ("Doktor Mazur wystawił zaświadczenie.", ["Mazur"]),
    ("dr Mazur wystawił zaświadczenie.", ["Mazur"]),
    ("Rozmawiano z dr Sową.", ["Sową"]),
    ("Ksiądz Prałat Kowalski zgłosił.", ["Kowalski"]),
    ("Prałat Mazur zgłosił.", ["Mazur"]),
    ("Pacjent Kozioł zgłosił.", ["Kozioł"]),
    ("Petentka Sowa złożyła skargę.", ["Sowa"]),
    ("Klient Baran awanturował się.", ["Baran"]),
])
def test_a_title_before_a_surname_names_a_person(text, gone):
    _gone(text, gone)


@pytest.mark.parametrize("text", [
    "Na ulicy ks. Jerzego Popiełuszki zatrzymano nietrzeźwego.",
    "Szkoła im. ks. Jana Twardowskiego organizuje festyn.",
    "Kościół pw. ks. Jerzego Popiełuszki.",
    "Spotkanie w szkole im. dr. Janusza Korczaka.",
    "Kurator sądowy zgłosił problem.",
    "Lekarz Rodzinny przyjmuje w Łęcznej.",
    "Ksiądz Proboszcz odprawił mszę.",
    "Ksiądz Biskup odwiedził parafię.",
    "Ksiądz Dziekan odprawił mszę.",
    "Klient Biedronki zgłosił.",
])
def test_a_patron_after_a_title_and_a_title_alone_stay(text):
    assert scrub(text, NAMES) == text


# Finding 15: a spaced dash after a first name parts two persons written surname first; a family's plural before
# its members' first names is the family's name; the surname after „vel” is the same person's.
@pytest.mark.parametrize("text, gone", [
    ("Mazur Jan – Baran Piotr", ["Mazur", "Baran"]),
    ("Mazur Jan - Baran Piotr", ["Mazur", "Baran"]),
    ("Mazur Jan – Kowalski Piotr", ["Mazur", "Kowalski"]),
    ("Sowa Anna – Wróbel Ewa – Kot Zenon", ["Sowa", "Wróbel", "Kot"]),
    ("Mazurowie Jan i Anna zgłosili.", ["Mazurowie", "Jan", "Anna"]),
    ("Kowalscy Jan i Anna zgłosili.", ["Kowalscy", "Jan", "Anna"]),
    ("Baranowie Piotr, Anna i Zuzia zgłosili.", ["Baranowie", "Piotr", "Anna", "Zuzia"]),
    ("Mazur Jan vel Baran", ["Mazur", "Baran"]),
    ("Kowalski Jan – Nowak Anna", ["Kowalski", "Nowak"]),  # „Jan – Nowak”: the case's listed Jan Nowak
])
def test_surname_first_pairs_and_families(text, gone):
    _gone(text, gone)


def test_a_route_of_places_with_spaced_dashes_stays():
    text = "Trasa: Łęczna – Bogdanka – Puchaczów"
    assert scrub(text, NAMES) == text


# Finding 13: a function naming a police unit is an officer's only under a police post, a rank or the unit itself;
# the unit's civilians are private unless a rank stands before the name; a police cell is a police unit.
@pytest.mark.parametrize("name, function, police", [
    ("Jan Mazur", "wolontariusz KPP", False), ("Jan Mazur", "radca prawny KPP", False),
    ("Jan Mazur", "lekarz KPP", False), ("Jan Mazur", "referent KPP", False), ("Jan Mazur", "psycholog KPP", False),
    ("Jan Mazur", "księgowa Komendy Powiatowej Policji", False),
    ("sierż. Jan Mazur", "referent KPP", True),
    ("Jan Mazur", "kierownik Rewiru Dzielnicowych", True), ("Jan Mazur", "Naczelnik Wydziału Prewencji", True),
    ("Jan Mazur", "kierownik Referatu Kryminalnego", True), ("Jan Mazur", "Wydział Prewencji KPP", True),
    ("Jan Mazur", "oficer prasowy KPP", True), ("Jan Mazur", "KPP w Łęcznej", True),
    ("Jan Mazur", "rzecznik prasowy Komendy Powiatowej Policji", True),
    ("Jan Mazur", "Wydział Prewencji Urzędu Miasta", False),
    ("Jan Mazur", "sąsiadka naczelnika Wydziału Prewencji", False),
    ("Jan Mazur", "kierownik Referatu Ochrony Środowiska", False),
])
def test_a_police_units_civilians_are_private_and_its_cells_police(name, function, police):
    assert is_police(name, function) == police


# Finding 20: a word surname as the subject of any verb of reporting, telling or calling, by the verb's root.
@pytest.mark.parametrize("verb", [
    "wezwał policję", "wzywa policję", "relacjonował zdarzenie", "rozpoznał sprawcę", "alarmuje o hałasie",
    "sygnalizował problem", "wnioskował o patrole", "wyjaśnił, że nie pił", "doniósł o kradzieży", "donosi na sąsiada",
    "ujawnił kradzież", "nagrał sprawcę", "zameldował o kradzieży", "ostrzegł sąsiadów", "groził sąsiadce",
    "powiadomił dyżurnego", "przyznał się do kradzieży",
])
def test_a_word_surname_reporting_by_any_verb_of_the_family_goes(verb):
    _gone(f"Mazur {verb}.", ["Mazur"])


@pytest.mark.parametrize("text", [
    "Wróbel usiadł na płocie.", "Mazury alarmują o suszy.", "Gmina Puchaczów wezwała mieszkańców.",
])
def test_a_word_or_place_before_another_verb_stays(text):
    assert scrub(text, NAMES) == text


# Finding 17: a service named before a list of ranked persons is the employer of each with a rank of the same
# kind, not only of the first; „Strażnicy” names the service as „Strażnik” does.
@pytest.mark.parametrize("text", [
    "Straż Miejska: insp. Adam Kruk i st. insp. Ewa Bąk patrolowali park.",
    "Ze Straży Miejskiej: insp. Adam Kruk oraz mł. insp. Ewa Bąk.",
    "Strażnicy miejscy insp. Adam Kruk i mł. insp. Ewa Bąk patrolowali park.",
    "Funkcjonariusze SM: insp. Adam Kruk, mł. insp. Ewa Bąk",
    "Funkcjonariusze Straży Granicznej sierż. Adam Kruk i st. sierż. Ewa Bąk",
    "Straż Miejska:\ninsp. Adam Kruk, st. insp. Ewa Bąk",
])
def test_each_guard_listed_after_the_service_goes(text):
    _gone(text, ["Kruk", "Bąk"])


@pytest.mark.parametrize("text, kept", [
    ("Straż Miejska: insp. Adam Kruk i asp. Tomasz Wrona patrolowali park.", "asp. Tomasz Wrona"),
    ("Funkcjonariusze Straży Granicznej sierż. Adam Kruk i sierż. Tomasz Wrona (KPP)", "sierż. Tomasz Wrona"),
    ("Komendant Straży Miejskiej insp. Adam Kruk, asp. Tomasz Wrona i sierż. Ewa Bąk.", "sierż. Ewa Bąk"),
])
def test_an_officer_listed_after_a_guard_stays(text, kept):
    out = _gone(text, ["Kruk"])
    assert kept in out, out


def test_officers_listed_together_stay():
    text = "Patrol: asp. Tomasz Wrona i st. asp. Ewa Bąk."
    assert scrub(text, NAMES) == text


# Finding 19: a handle after „pod nickiem”, „jako”, „Użytkownik”, „Konto”, on more services, and one with an
# underscore anywhere.
@pytest.mark.parametrize("text", [
    "Zaczepiał dzieci na Robloxie jako zenek_1987.", "Na Discordzie pisał jako zenek_1987.",
    "Na TikToku pod nickiem zenek_1987.", "Konto zenek_1987 na TikToku publikowało filmy.",
    "Użytkownik zenek_1987 groził uczniom.", "Profil „zenek_1987” na Instagramie", "Roblox: zenek_1987",
    "Twitch: zenek1987", "Kick: zenek1987", "Steam: zenek1987", "TT: zenek_1987", "Badoo: kasia_17",
    "Sympatia.pl: kasia_17", "Użytkownik kasia17 pisał.", "Pisał do niej niejaki zenek_1987.",
])
def test_a_handle_after_an_account_word_or_service_goes(text):
    out = scrub(text, NAMES)
    assert PROFILE_MARK in out and "zenek" not in out and "kasia" not in out, out


@pytest.mark.parametrize("text", [
    "Zatrudniony jako p.o. kierownika.", "Pracował jako kierowca od 2018r.", "Konto 2018 zamknięto.",
    "Profil szkoły na Facebooku.", "Konto bankowe zamknięto.", "Patrol jako P1 ruszył.",
])
def test_account_words_before_ordinary_text_stay(text):
    assert scrub(text, NAMES) == text
