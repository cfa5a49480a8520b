"""`--publikacja` after the fifteenth publication review (rev-pub15), helper pub27: flats in addresses not written in
title case (finding 7) and other leaks and over-cuts of that review."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])


def _gone(text: str, secrets: list[str]) -> str:
    out = scrub(text, UNIT)
    assert not [s for s in secrets if s in out], out
    return out


def _kept(text: str, words: list[str]) -> str:
    out = scrub(text, UNIT)
    assert all(w in out for w in words), out
    return out


@pytest.mark.parametrize("text, secrets", [
    ("ZGŁOSIŁA: HALINA NOWAK, LIPOWA 3 M. 4", ["M. 4"]),
    ("ZGŁOSIŁA: HALINA NOWAK, LIPOWA 3 M 4", ["M 4"]),
    ("Zgłosiła: Halina Nowak, LIPOWA 3 M. 4", ["M. 4"]),
    ("LIPOWA 3 M. 4 – TU MIESZKA ZGŁASZAJĄCA", ["M. 4"]),
    ("Zgłaszająca: Klonowa 10 M. 12", ["M. 12"]),
    ("KLONOWA 10 M 12 (II PIĘTRO)", ["M 12"]),
    ("Z KLONOWEJ 10 M. 12 DZWONIĄ CODZIENNIE", ["M. 12"]),
    ("KLONOWA 10 LOK. 12", ["LOK. 12"]),
    ("mieszka na klonowej 10 m 12", ["m 12"]),
    ("sąsiadka z klonowej 10/12 dzwoni", ["10/12"]),
    ("zgłasza halina z lipowa 3 m 4", ["m 4"]),
])
def test_a_flat_in_an_address_not_in_title_case_goes(text, secrets):
    """Finding 7: the flat's marker in capitals („M. 4”, „LOK. 12”) and a street written in lower case
    („na klonowej 10 m 12”) – as a form in caps lock or a pasted message writes them."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("ocena 4/5 za zachowanie", ["4/5"]),
    ("wykonano 2/3 planu", ["2/3"]),
    ("UCHWAŁA 12/3 RADY", ["12/3"]),
    ("spotkanie 10/12 o 18", ["10/12"]),
])
def test_numbers_that_are_no_flat_stay_in_lower_case(text, words):
    """Finding 7, the keep side: a lower-case word before a fraction or a date is no street."""
    _kept(text, words)


@pytest.mark.parametrize("text, names", [
    ("Wczoraj Mietas z 8a znowu pił pod sklepem.", ["Mietas"]),
    ("Wczoraj Waldi z 8a znowu pił pod sklepem.", ["Waldi"]),
    ("Wczoraj Przemo z 8a znowu pił pod sklepem.", ["Przemo"]),
    ("Wczoraj Ksawi z 8a znowu pił pod sklepem.", ["Ksawi"]),
    ("Widziano ich z Mietasem pod sklepem.", ["Mietas"]),
    ("Widziano ich z Rychem pod sklepem.", ["Rychem"]),
    ("Widziano ich z Waldim pod sklepem.", ["Waldim"]),
    ("Widziano ich z Przemem pod sklepem.", ["Przem"]),
    ("Widziano ich z Ksawim pod sklepem.", ["Ksawim"]),
    ("Z Zbychem piją.", ["Zbych"]),
    ("Widziałem Zbycha pod sklepem.", ["Zbych"]),
    ("Zbychowi ukradli rower.", ["Zbych"]),
    ("Z Krychą piją.", ["Krych"]),
    ("Z Heńkiem i Zbychem piją.", ["Heńk", "Zbych"]),
])
def test_a_colloquial_first_name_goes_by_its_shape(text, names):
    """Finding 14: a colloquial first name made of a name's opening letters and an ending („Miet-as”, „Wald-i”,
    „Przem-o”, „Zby-ch”, „Kry-cha”), in every case, though neither the dictionary nor the hand list has it."""
    _gone(text, names)


@pytest.mark.parametrize("text, words", [
    ("Młodzież jeździ Audi i Fiatem pod szkołą.", ["Audi", "Fiatem"]),
    ("Pod Tesco stoją co wieczór.", ["Tesco"]),
    ("Mecz Polska – Włochy w Marki o 18.", ["Włochy", "Marki"]),
])
def test_unknown_words_of_no_such_shape_stay(text, words):
    """Finding 14, the keep side: brands and places are no colloquial first names."""
    _kept(text, words)


@pytest.mark.parametrize("text, names", [
    ("podobno kowalczyk diluje pod szkołą", ["kowalczyk"]),
    ("a mirek znowu pijany.", ["mirek"]),
    ("ten zdzichu z 5 znowu leje", ["zdzichu"]),
    ("wczoraj zdzichu z 5 znowu lał", ["zdzichu"]),
    ("i wtedy romek uderzył", ["romek"]),
    ("od: marian\npiją pod sklepem", ["marian"]),
    ("Sąsiadka pisze: „a mirek znowu pijany”", ["mirek"]),
    ('SMS: "tu ela z polnej, arek znowu sprzedaje piwo dzieciakom"', ["ela"]),
])
def test_a_name_in_a_lower_case_note_after_a_particle_or_a_header_goes(text, names):
    """Finding 6: in a note written in lower case a name after an adverb or a particle a messenger note opens a
    clause with („a”, „ten”, „wczoraj”, „podobno”, „wtedy”, „tu”) or after a header's label („od: marian”)."""
    _gone(text, names)


@pytest.mark.parametrize("text, words", [
    ("a róża kwitnie w ogrodzie", ["róża"]),
    ("wczoraj polska wygrała mecz", ["polska"]),
    ("podobno dzieci piją pod sklepem", ["dzieci"]),
    ("ten sklep jest czynny do 22", ["sklep"]),
    ("od: poniedziałku patrole", ["poniedziałku"]),
])
def test_words_after_those_particles_stay(text, words):
    """Finding 6, the keep side: a word that is no name after such a particle stays."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Marian Kos – 14.05.1971 – Lipowa 3.", ["1971"]),
    ("Marian Kos (14 maja 1971) zgłosił.", ["1971"]),
    ("Marian Kos, 14.05.71, Lipowa 3.", ["14.05.71"]),
    ("12.03.2011 r. urodziła się Maja Wrona, córka Anny.", ["2011"]),
])
def test_a_birth_date_after_a_name_or_before_its_verb_goes(text, secrets):
    """Finding 4: a birth date after a removed name with a dash, with the month in words or a two-digit year,
    and a date before „urodziła się”."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Marian Kos – 12.03.26 – zgłosił hałas.", ["12.03.26"]),
    ("Marian Kos (3 maja 2026) zgłosił hałas.", ["2026"]),
])
def test_a_recent_date_after_a_name_stays(text, words):
    """Finding 4, the keep side: a recent date after a name is an event's day."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Wołają go Łysy, stoi pod Żabką.", ["Łysy"]),
    ("Na niego wołają „Łysy”, handluje.", ["Łysy"]),
    ("Mówią mu „Czarny”.", ["Czarny"]),
    ("Na nią mówią „Ruda”, handluje.", ["Ruda"]),
    ("Nick: Bączek. Bączek pisze groźby.", ["Bączek"]),
])
def test_a_nickname_after_its_label_in_any_word_order_goes(text, secrets):
    """Finding 8: „wołają go”, „mówią mu”, „na niego wołają” and „Nick:” label a nickname as „wołają na niego” does."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Wołają go do Komendy na przesłuchanie.", ["Komendy"]),
    ("Mówią mu „dzień dobry” i wołają go na obiad.", ["dzień dobry", "na obiad"]),
])
def test_words_after_such_a_verb_that_are_no_nickname_stay(text, words):
    """Finding 8, the keep side: a preposition, a small word or an adverb after „wołają go”/„mówią mu” is no nickname."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Rozmawiałem o Sebixie z jego matką.", ["Sebixie"]),
    ("Bez Seby nic się tam nie dzieje.", ["Seby"]),
    ("Bez Kasi nic się tam nie dzieje.", ["Kasi"]),
    ("Bez Tymka nic się tam nie dzieje.", ["Tymka"]),
    ("Koło Zośki stał jej brat.", ["Zośki"]),
])
def test_a_diminutive_in_the_locative_and_after_an_opening_preposition_goes(text, secrets):
    """Finding 9: a hand-list diminutive on a consonant in the locative („o Sebixie”), and a first name after a
    sentence's opening preposition that the dictionary also reads as a surname („Bez”, „Koło”)."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Bez Sienkiewicza nie dojedziesz do rynku.", ["Sienkiewicza"]),
    ("Nad Wisłą piją co wieczór.", ["Wisłą"]),
])
def test_a_street_or_a_river_after_an_opening_preposition_stays(text, words):
    """Finding 9, the keep side: a surname's street or a river after an opening preposition is no first name."""
    _kept(text, words)


@pytest.mark.parametrize("text, words", [
    ("Młodzież pije pod Dino przy Polnej.", ["Dino"]),
    ("Pod Dino stoją co wieczór z piwem.", ["Dino"]),
    ("Pod Dino przy Polnej stoją co wieczór.", ["Dino"]),
    ("Kupili wódkę w Dino i poszli na Orlik.", ["Dino"]),
    ("Obok Dino na Lipowej piją.", ["Dino"]),
])
def test_a_shop_chain_after_a_preposition_stays(text, words):
    """Finding 13: a shop chain that is also a first name's form („Dino”: Dina), undeclined after a preposition,
    is the shop, as „pod Żabką” is."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Dina z 8a znowu pije pod sklepem.", ["Dina"]),
    ("Rozmawiałem z Diną spod szóstki.", ["Diną"]),
])
def test_the_first_name_of_a_chain_declined_goes(text, secrets):
    """Finding 13, the leak side: the first name itself, declined or before its flat, is a person."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Олена: знову п'ють під магазином", ["Олена"]),
    ("Олена з 8а: знову п'ють під магазином", ["Олена"]),
    ("Wiadomość od sąsiadki z Ukrainy: „Олена з 8а: знову п'ють під магазином”", ["Олена"]),
    ("Od sąsiadki: „Олена бачила їх”", ["Олена"]),
    ("Сергій: вони знову тут", ["Сергій"]),
    ("Ирина сказала, что они пьют", ["Ирина"]),
    ("Богдан з 5б: знову шумлять", ["Богдан"]),
    ("Шевчук з 5б: знову шумлять", ["Шевчук"]),
])
def test_a_lone_cyrillic_first_name_goes(text, secrets):
    """Finding 16: one capitalised Cyrillic word that is a first name as transliterated („Олена”: Ołena/Olena), or any
    one in a sender's slot with its flat („Шевчук з 5б:”), is a person's, not only two or three in a row."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Sąsiadka pisze: „Знову п'ють під магазином”", ["Знову"]),
    ("Napis „Слава Україні” na murze.", ["Слава Україні"]),
    ("Увага: знову п'ють під магазином", ["Увага"]),
])
def test_a_cyrillic_word_of_no_name_stays(text, words):
    """Finding 16, the keep side: a Ukrainian sentence's first word, a slogan and a header word stay."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Zgłosił:\nMarian\nUwagi: brak", ["Marian"]),
    ("Zgłosił:\nMarian\nUwagi: hałas do 2 w nocy.", ["Marian"]),
    ("Kontakt:\nMarian\n600 700 800", ["Marian"]),
    ("Obecni:\nHalina K.\nMarian\nsołtys Nowak", ["Marian"]),
    ("Świadkowie:\npani z parteru\nMarian", ["Marian"]),
    ("Osoba zgłaszająca:\nMarian\ntel. 600 700 800", ["Marian"]),
])
def test_a_lone_first_name_on_the_line_after_a_persons_label_goes(text, secrets):
    """Finding 1: a line holding only a first name under a person's label that ends the line before, or in the
    list that label opens, is that person – a typed form puts the answer on the next line."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Obecni:\nHalina K.\nMarian\n\nWnioski:\nMarzec", ["Marzec"]),
    ("Miejsce:\nMarian\n", ["Miejsce"]),
])
def test_a_word_under_another_label_stays(text, words):
    """Finding 1, the keep side: a word under a label of no person, or past a blank line, is judged as before."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Kibice Motoru – Sowa, Lis i Kruk – rzucali butelkami.", ["Sowa", "Lis", "Kruk"]),
    ("Kibice Górnika (Sowa, Lis i Kruk) piją pod sklepem.", ["Sowa", "Lis", "Kruk"]),
    ("Szalikowcy Wisły Sowa i Kruk rzucali kamieniami.", ["Sowa", "Kruk"]),
    ("Ultrasi Motoru: Sowa i Kruk.", ["Sowa", "Kruk"]),
    ("Fani Lecha: Sowa, Lis i Kruk.", ["Sowa", "Lis", "Kruk"]),
])
def test_fans_after_their_club_with_a_dash_or_a_bracket_go(text, secrets):
    """Finding 3: the fans listed after their club with a dash or a bracket, or after „szalikowcy”/„ultrasi”/„fani”."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words, secrets", [
    ("Kibice Lecha: Nowak i Wójcik.", ["Lecha"], ["Nowak", "Wójcik"]),
    ("Kibic Lecha Nowak pobił chłopaka.", ["Lecha"], ["Nowak"]),
    ("Fani Lecha: Sowa, Lis i Kruk.", ["Lecha"], ["Sowa"]),
    ("Trener Górnika Arkadiusz Kos zgłasza kradzież.", ["Górnika"], ["Arkadiusz", "Kos"]),
])
def test_the_club_of_fans_or_of_an_official_stays(text, words, secrets):
    """Finding 12: the club „Lecha” (a first name's genitive too) after a fan's noun, and a club right before its
    official's full name, stay while the persons go – also when the public document's text is scrubbed again,
    its fans already marks."""
    _kept(text, words)
    _gone(text, secrets)
    assert all(w in scrub(scrub(text, UNIT), UNIT) for w in words)


@pytest.mark.parametrize("text, words", [
    ("Patrole: Skłodowskiej, Chopina, Norwida, Żeromskiego, Orzeszkowej.",
     ["Skłodowskiej", "Chopina", "Norwida", "Żeromskiego", "Orzeszkowej"]),
    ("Rejon obejmuje: Chopina, Norwida, Żeromskiego.", ["Chopina", "Norwida", "Żeromskiego"]),
    ("Patrolujemy ulice: Chopina, Norwida i Żeromskiego.", ["Chopina", "Norwida", "Żeromskiego"]),
    ("Patrole: Norwida i Orzeszkowej.", ["Norwida", "Orzeszkowej"]),
    ("Obchody: Kasprowicza, Żeromskiego.", ["Kasprowicza", "Żeromskiego"]),
])
def test_a_list_of_streets_after_a_plans_label_and_a_colon_stays(text, words):
    """Finding 15: patrons' streets listed after „Patrole:”, „Rejon obejmuje:”, „ulice:”, „Obchody:” are streets."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Patrol: Jan Nowak i Anna Kowalska z 8a.", ["Nowak", "Kowalska"]),
    ("Świadkowie: Nowaka, Kowalskiego.", ["Nowaka", "Kowalskiego"]),
])
def test_full_names_after_such_a_label_and_persons_labels_still_go(text, secrets):
    """Finding 15, the leak side: a first name and surname after „Patrol:” and surnames after a person's label go."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Napis „Jebać Nowaka” na garażu.", ["Nowaka"]),
    ("„Kowalski kapuś” – napisali na drzwiach.", ["Kowalski"]),
    ("Na ławce napis „Kocham Kasię”.", ["Kasię"]),
])
def test_a_quoted_inscription_is_a_residents_text(text, secrets):
    """Finding 10: a quotation after „napis”/„graffiti” or before „napisali” is a resident's text whatever its
    form – no „to”, no „!” – and the name in it goes."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Graffiti „Batory” na ścianie.", ["Batory"]),
    ("Napis „Szkoła Podstawowa nr 4” zniszczony.", ["Szkoła Podstawowa"]),
    ("Na murze napis „Legia Pany”.", ["Legia"]),
])
def test_a_quoted_tag_or_an_institutions_name_stays(text, words):
    """Finding 10, the keep side: a one-word tag, an institution's or a club's name in quotes stays."""
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Piły tam wczoraj Róża i Kalina.", ["Róża", "Kalina"]),
    ("Piły wino Róża i Kalina.", ["Róża", "Kalina"]),
    ("Biły się Róża i Kalina z 8a.", ["Róża", "Kalina"]),
    ("Kłóciły się Róża i Jagoda.", ["Róża", "Jagoda"]),
])
def test_a_list_of_first_names_after_its_verb_and_adverbs_goes(text, secrets):
    """Finding 2: the past plural before a list of first names that are words too, past adverbs, „się” or an
    object („Piły tam wczoraj”, „Kłóciły się”, „Piły wino”), is the list's verb."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Wsie Kalina i Pola leżą obok.", ["Kalina", "Pola"]),
    ("Rosną tam Róża i Kalina.", ["Róża", "Kalina"]),
    ("Dwie piły Róża i Kalina.", ["Róża", "Kalina"]),
    ("Leżą tam wsie Kalina i Pola.", ["Kalina", "Pola"]),
])
def test_villages_and_plants_after_their_verbs_stay(text, words):
    """Finding 2, the keep side: a thing's verb, a noun of places or a numeral before such a list keeps it."""
    _kept(text, words)
