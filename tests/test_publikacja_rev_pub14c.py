"""`--publikacja` after the fourteenth publication review (rev-pub14), helper pub26: over-cuts of police officers,
clubs and drink brands (findings 14, 15, 21) and leaks of declined diminutives and foreign first names, cards with
dots and their CVV, and other shapes (findings 6, 7, 8, 10, 11, 16, 17)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


def _gone(text: str, names: list[str]) -> str:
    out = scrub(text, UNIT)
    assert not [n for n in names if n in out], out
    return out


def _kept(text: str, words: list[str]) -> str:
    out = scrub(text, UNIT)
    assert all(w in out for w in words), out
    return out


@pytest.mark.parametrize("text, names", [
    ("Z Sebixem piją za garażami.", ["Sebix"]),
    ("Sebixa nie było.", ["Sebix"]),
    ("Szymiego nie było.", ["Szymi"]),
    ("Ze Szymim piją.", ["Szymi"]),
    ("Z Bolem i Sebixem piją.", ["Bol", "Sebix"]),
])
def test_a_hand_listed_diminutive_goes_in_every_case(text, names):
    """Finding 8: the hand list's diminutives („Sebix”, „Szymi”) are declined, not only in the nominative."""
    _gone(text, names)


@pytest.mark.parametrize("text, names", [
    ("Widziano tam Tylera z 3b.", ["Tyler"]),
    ("Z Brandonem piją pod sklepem.", ["Brandon"]),
    ("Nodar z 8a pije.", ["Nodar"]),
    ("Wachtang i Nodar grają w karty.", ["Wachtang", "Nodar"]),
    ("Pracownik z Gruzji, Nodar, pije.", ["Nodar"]),
])
def test_a_foreign_first_name_goes_in_its_polish_cases(text, names):
    """Finding 11: the hand list's foreign first names the dictionary lacks are declined as Polish declines them
    („Tylera”, „Brandonem”); Georgian names are listed."""
    _gone(text, names)


@pytest.mark.parametrize("text, secrets", [
    ("Karta: 4111.1111.1111.1111", ["4111"]),
    ("Nr karty płatniczej: 4111 1111 1111 1111, ważna do 12/27, CVV 123.", ["4111", "123"]),
    ("Kod CVC: 456.", ["456"]),
])
def test_a_card_grouped_with_dots_and_its_cvv_go(text, secrets):
    """Finding 16: a card's number grouped with dots, and the CVV/CVC after its label."""
    _gone(text, secrets)


def test_a_dotted_number_that_is_no_card_stays():
    """Finding 16: dots alone make no card – a number failing the Luhn check stays."""
    _kept("Sygnatura 1234.5678.9012.3456 w aktach.", ["1234.5678.9012.3456"])


@pytest.mark.parametrize("text", [
    "Kontakt: kierownik posterunku Wojciech, 600 700 800.",
    "Kontakt: Wojciech (dzielnicowy), 600 700 800.",
    "Kontakt: Wojciech, dzielnicowy z Rewiru, 600 700 800.",
    "Kontakt: Wojciech – dzielnicowy, 600 700 800.",
])
def test_a_police_post_before_or_after_a_first_name_keeps_it(text):
    """Finding 14: a police post that is no rank („kierownik posterunku”) before a first name, or „dzielnicowy”
    after it, keeps the officer's first name by a removed phone; the phone still goes."""
    out = _kept(text, ["Wojciech"])
    assert "600" not in out, out


@pytest.mark.parametrize("text", [
    "Kontakt: strażnik miejski Wojciech, 600 700 800.",
    "Kontakt: kierownik sklepu Wojciech, 600 700 800.",
    "Kontakt: Wojciech (sąsiad), 600 700 800.",
])
def test_a_post_of_no_police_keeps_no_first_name(text):
    """Finding 14: a guard's, a shop's or a neighbour's post keeps nothing."""
    _gone(text, ["Wojciech"])


@pytest.mark.parametrize("text, kept", [
    ("Pod sklepem piją Lecha i Żubra z puszek.", ["Lecha", "Żubra"]),
    ("Na ławce puszki po Lechu, Tyskim i Warce.", ["Lechu", "Tyskim", "Warce"]),
    ("Piją Soplicę i Żołądkową Gorzką.", ["Soplicę"]),
    ("Butelki po Sobieskim i Krupniku w krzakach.", ["Sobieskim", "Krupniku"]),
    ("Na murze napisy „Legia”, „ŁKS” i „Lech Pany”.", ["Lech Pany"]),
])
def test_a_drink_brand_in_a_drinking_note_stays(text, kept):
    """Finding 21: a beer's or a vodka's brand after a drinking verb or „po” and a container is what is drunk."""
    _kept(text, kept)


@pytest.mark.parametrize("text, names", [
    ("Pili Marek i Lech.", ["Marek", "Lech"]),
    ("Piją Soplica i Nowak pod sklepem.", ["Soplica"]),
    ("Pobili Lecha pod sklepem.", ["Lecha"]),
    ("Z Sobieskim z 8a piją pod sklepem.", ["Sobieski"]),
])
def test_a_person_named_like_a_drink_still_goes(text, names):
    """Finding 21: those drinking (the nominative) and a brand's namesake elsewhere are persons."""
    _gone(text, names)


@pytest.mark.parametrize("text, kept", [
    ("Po meczu Wisła–Lech kibice się bili.", ["Wisła–Lech"]),
    ("Po meczu Wisła - Lech kibice się bili.", ["Wisła - Lech"]),
    ("Mecz Motor – Wisła.", ["Motor – Wisła"]),
    ("mecz legii z lechem skończył się bójką", ["legii z lechem"]),
    ("Trener Górnika prosi o patrol.", ["Górnika"]),
    ("Kierownik drużyny Lecha prosi o patrol.", ["Lecha"]),
])
def test_clubs_in_a_pairing_or_after_an_official_stay(text, kept):
    """Finding 15: two clubs joined by a dash are a match, a club after a club official's noun is the club."""
    _kept(text, kept)


@pytest.mark.parametrize("text, names", [
    ("Trener juniorów Górnika, Pan Arkadiusz, prosi o patrol po treningach.", ["Arkadiusz"]),
    ("Kierownik drużyny Lecha, pan Marek, prosi o patrol.", ["Marek"]),
])
def test_the_official_himself_still_goes(text, names):
    """Finding 15: the club stays, its official's name goes."""
    out = _gone(text, names)
    assert "Górnika" in out or "Lecha" in out, out


@pytest.mark.parametrize("text, names", [
    ("Piły Róża i Kalina.", ["Róża", "Kalina"]),
    ("Na ławce piły Róża i Kalina.", ["Róża", "Kalina"]),
    ("Wczoraj piły Róża, Kalina i Jagoda.", ["Róża", "Kalina", "Jagoda"]),
])
def test_a_past_plural_that_is_also_a_noun_before_a_list_is_its_verb(text, names):
    """Finding 6: „piły” (also „saws”) opening its clause is the verb of the list of first names after it."""
    _gone(text, names)


@pytest.mark.parametrize("text, kept", [
    ("Dwie piły Róża i Kalina kupiły w sklepie.", ["piły"]),
    ("Wsie Kalina i Pola leżą nad rzeką.", ["Kalina", "Pola"]),
])
def test_a_noun_before_a_list_of_word_names_still_keeps_it(text, kept):
    """Finding 6: a noun that is no verb there („Wsie”) keeps a list of villages."""
    _kept(text, kept)


@pytest.mark.parametrize("text, names, club", [
    ("Kibice Wisły: Sowa, Lis i Kruk.", ["Sowa", "Lis", "Kruk"], "Wisły"),
    ("Kibice Legii: Kowal, Sowa oraz Wróbel.", ["Kowal", "Sowa", "Wróbel"], "Legii"),
    ("Kibice Lecha Kruk, Lis i Sowa.", ["Kruk", "Lis", "Sowa"], "Lecha"),
])
def test_every_fan_in_a_list_after_a_club_goes_and_the_club_stays(text, names, club):
    """Finding 7: a list of three fans after a club – each member goes, the club's genitive stays."""
    out = _gone(text, names)
    assert club in out, out


@pytest.mark.parametrize("text", ["Kibice Lecha Poznań rzucali racami.", "Kibice Motoru Lublin i Górnika Łęczna."])
def test_a_clubs_town_after_a_fans_noun_is_no_fan(text):
    """Finding 7: the town of a club after it („Lecha Poznań”) is the club's name, kept."""
    _kept(text, [text.rstrip(".").split(" ", 1)[1].split(" rzucali")[0]])


@pytest.mark.parametrize("text, names", [
    ("Na murze napis „Kowalski to kapuś”.", ["Kowalski"]),
    ("„Zieliński!” – krzyczała sąsiadka.", ["Zieliński"]),
])
def test_a_shout_or_a_copula_sentence_in_quotes_is_speech(text, names):
    """Finding 10: a quoted surname shouted („„Zieliński!””) or a graffiti's copula sentence („„X to kapuś””) is
    a resident's words, judged as unquoted."""
    _gone(text, names)


@pytest.mark.parametrize("text", ["Sklep „Batory” przy Lipowej.", "Kampania „Kalina to nasza wieś” trwa.",
                                  "Akcja „Bezpieczny Batory!” w szkole."])
def test_a_quoted_name_of_a_shop_a_campaign_or_a_village_stays(text):
    """Finding 10: a quoted firm's, campaign's or village's name stays though it holds „to” or „!”."""
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, names", [
    ("Dzieciaki Woźniaków rzucają jajkami.", ["Woźniak"]),
    ("Dzieciaki Kowalskich biją się.", ["Kowalskich"]),
])
def test_a_family_after_a_colloquial_childrens_noun_goes(text, names):
    """Finding 17: „dzieciaki” is a kin plural as „dzieci” is – the genitive after it is a family's."""
    _gone(text, names)


def test_a_place_after_a_colloquial_childrens_noun_stays():
    """Finding 17: a street after a preposition is no family."""
    _kept("Dzieciaki z Lipowej rzucają jajkami.", ["Lipowej"])
