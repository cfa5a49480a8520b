"""`--publikacja` after the twentieth publication review (rev-pub20), helper pub36: private persons' names in the
shapes the review found kept, and the ordinary words it found cut. Each text is scrubbed twice, as the field pass
and the document pass do."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import scrub

LECZNA = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
               places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


def _public(text: str) -> str:
    return scrub(scrub(text, LECZNA), LECZNA)


def _gone(text: str, secrets: list[str]) -> None:
    out = _public(text)
    assert not [s for s in secrets if s in out], out


def _kept(text: str, words: list[str]) -> None:
    out = _public(text)
    assert all(w in out for w in words), out


# --- finding 1: an office's noun after a first name is the surname -------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Jan Sołtys.", ["Sołtys"]),
    ("Kradzież zgłosiła Anna Sołtys z parteru.", ["Sołtys"]),
    ("Zgłosił to Jan Burmistrz, a potwierdził Adam Radny.", ["Burmistrz", "Radny"]),
    ("Hałas zgłosił Tomasz Prezes.", ["Prezes"]),
    ("Ulotki roznosi Zenon Wojewoda, a plakaty Ewa Sędzia z Wiklinowej.", ["Wojewoda", "Sędzia"]),
    ("Świadkiem był Marek Dziekan.", ["Dziekan"]),
    ("Rozmawiano z Janem Sołtysem.", ["Sołtysem"]),
])
def test_an_office_noun_after_a_first_name_is_the_surname(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Hałas zgłosił Jan Sołtys. Sołtys Ludwina zwołał zebranie.", ["Sołtys [imię"]),
    ("Sołtys Jan Kowalski zwołał zebranie.", ["Sołtys "]),
    ("Spotkanie z sołtysem Janem Kowalskim.", ["z sołtysem "]),
    ("Wręczono dyplom: Anna Dyrektor Szkoły Podstawowej nr 2.", ["Dyrektor Szkoły"]),
    ("Pismo przekazał Wójt Gminy Puchaczów.", ["Wójt Gminy Puchaczów"]),
])
def test_an_office_before_a_name_or_a_body_stays(text, words):
    _kept(text, words)


# --- finding 2: a removed surname's later mentions with the stem's vowel changed -----------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Piotr Dąb. Dębowi wręczono pouczenie, a Dęba widziano przy sklepie.", ["Dęb"]),
    ("Hałas zgłosił Jan Kozioł. Kozła pouczono, a Kozłowi wręczono wezwanie.", ["Kozł"]),
])
def test_later_mentions_with_a_changed_stem_go(text, secrets):
    _gone(text, secrets)


# --- finding 4: a later mention is the person only where it stands as a name ---------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Hałas zgłosił Jan Wilk. Wilki podchodzą pod bloki od strony lasu.", ["Wilki podchodzą"]),
    ("Hałas zgłosił Jan Gołąb. Gołębie brudzą parapety, a Gołębiom sypią chleb.", ["Gołębie brudzą", "Gołębiom sypią"]),
    ("Hałas zgłosiła Anna Zając. Zające niszczą uprawy.", ["Zające niszczą"]),
    ("Hałas zgłosił Jan Kruk. Kruki i wrony siedzą na dachu szkoły.", ["Kruki i wrony"]),
    ("Hałas zgłosiła Anna Kara. Karę nałożono mandatem, a Kara grzywny wyniosła 500 zł.", ["Karę nałożono", "Kara grzywny"]),
    ("Hałas zgłosił Jan Kamień. Kamieniem wybito szybę w sklepie.", ["Kamieniem wybito"]),
    ("Hałas zgłosił Piotr Sobota. Sobota i niedziela to dni największej liczby interwencji.", ["Sobota i niedziela"]),
    ("Hałas zgłosił Jan Bieda. Bieda i bezrobocie sprzyjają kradzieżom.", ["Bieda i bezrobocie"]),
    ("Hałas zgłosiła Anna Maj. Maj był miesiącem największej liczby zgłoszeń.", ["Maj był"]),
    ("Maj był miesiącem największej liczby zgłoszeń.", ["Maj był"]),
    ("Hałas zgłosił Jan Głowa. Głowa rodziny nie reagowała.", ["Głowa rodziny"]),
    ("Hałas zgłosił Jan Mazur. Mazury to cel wakacyjnych wyjazdów.", ["Mazury to"]),
    ("Hałas zgłosił Piotr Dąb. Dęby rosną przy szkole.", ["Dęby rosną"]),
])
def test_a_later_mention_as_an_ordinary_noun_stays(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Jan Kurek. Kurkowie zgłosili też kradzież, a Kurka pouczono.", ["Kurk"]),
    ("Hałas zgłosiła Anna Sowa. Sowy nie było w domu, a Sowie wręczono pouczenie.", ["Sow"]),
    ("Hałas zgłosiła Anna Kara. Karę pouczono, a Kara i sąsiad przeprosili.", ["Kar"]),
    ("Hałas zgłosił Jan Wilk. Wilka pouczono, a Wilkowi wręczono wezwanie.", ["Wilk"]),
    ("Zgłosił Jan Kurek.\nKurek, Sowa i Wróbel – to stali bywalcy ławek.", ["Kurek", "Sowa", "Wróbel"]),
])
def test_a_later_mention_as_the_person_goes(text, secrets):
    _gone(text, secrets)


# --- findings 5, 17: a persons' list parted by any mark, numbered in Roman, counted, or headed by whom reports came from

@pytest.mark.parametrize("text, secrets", [
    ("Świadkowie: Kurek • Sowa • Wróbel", ["Kurek", "Sowa", "Wróbel"]),
    ("Świadkowie: • Kurek • Sowa • Wróbel", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłaszający: Kurek/Sowa/Wróbel", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłaszający: Kurek | Sowa | Wróbel", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłaszający: Kurek + Sowa & Wróbel", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłaszali: I. Kurek, II. Sowa, III. Wróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłaszali:\nI. Kurek\nII. Sowa", ["Kurek", "Sowa"]),
    ("Zgłaszający: Kurek x3, Sowa x2.", ["Kurek", "Sowa"]),
    ("Zgłaszający – Kurek;\nSowa;\nWróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłoszenia od: Kurek (3), Sowa (2), Wróbel (1).", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłoszenia od: Kurek, Sowa i Wróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Zgłoszenia od:\nKurek\nSowa", ["Kurek", "Sowa"]),
    ("Liczba zgłoszeń: Kurek – 3, Sowa – 2.", ["Kurek", "Sowa"]),
    ("Liczba zgłoszeń:\nKurek – 3\nSowa – 2", ["Kurek", "Sowa"]),
    ("Skargi wnieśli: Kurek (3), Sowa (2).", ["Kurek", "Sowa"]),
])
def test_every_item_of_a_persons_list_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Liczba zgłoszeń: Lipowa – 3, Wiklinowa – 2, Jaśminowa – 1.",
    "Liczba zgłoszeń: Ludwin – 3, Cyców – 2, Puchaczów – 4.",
    "Zgłoszenia od: Urząd Gminy, Biedronka i Spółdzielnia Batory.",
    "Zgłaszający: Biedronka • Żabka • Stokrotka",
    "Partnerzy: Biedronka/Żabka/Stokrotka",
    "Zgłaszali – mieszkańcy bloków i Rada Osiedla.",
    "Świadkowie: II piętro, III klatka.",
    "Rejony: I. Łęczna, II. Cyców, III. Puchaczów.",
])
def test_a_list_of_places_or_bodies_stays(text):
    assert _public(text) == text


# --- findings 6, 7: a surname with a role or an age in apposition, or with a nickname ------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Kurek, kierownik sklepu, przekazał nagranie.", ["Kurek"]),
    ("Kurek, kierownik stacji paliw, przekazał nagranie.", ["Kurek"]),
    ("Sowa, sprzedawczyni z Biedronki, wezwała patrol.", ["Sowa"]),
    ("Sowa, kasjerka z Biedronki, wezwała patrol.", ["Sowa"]),
    ("Kurek, nasz sąsiad, pomógł.", ["Kurek"]),
    ("Kurek, mój sąsiad, pomógł.", ["Kurek"]),
    ("Kurek (l. 67) zgłosił hałas.", ["Kurek"]),
    ("Sowa (67) zgłosiła hałas.", ["Sowa"]),
    ("Kurek (ur. 1958) zgłosił hałas.", ["Kurek", "1958"]),
    ("Kurek „Kogut” zgłosił hałas.", ["Kurek", "Kogut"]),
    ("Nagrania przekazał Kurek „Kogut”.", ["Kurek", "Kogut"]),
    ("Kurek vel „Kogut” zgłosił hałas.", ["Kurek", "Kogut"]),
    ("Zgłosił to Kurek vel Kogut.", ["Kurek", "Kogut"]),
    ("Kurek ps. Kogut zgłosił hałas.", ["Kurek", "Kogut"]),
    ("Kurek, zwany Kogutem, zgłosił hałas.", ["Kurek", "Kogut"]),
])
def test_a_surname_with_a_role_an_age_or_a_nickname_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Kalina (12) leży przy drodze.",
    "Kuźnia „Kowal” wykonała ogrodzenie.",
    "Spółdzielnia „Batory” i Klub „Górnik” oraz sklep „Kasia”.",
    "Lew, król zwierząt, jest w herbie.",
    "Bogdanka, kopalnia węgla, przekazała kamery.",
])
def test_a_place_a_firm_or_a_figure_stays(text):
    assert _public(text) == text


def test_the_officers_function_loses_the_stand_in_with_a_role():
    from publication_corpus import officer_field_output
    printed = officer_field_output("funkcja", "dzielnicowy rejonu nr 3 (w zastępstwie Kurek, kierownik sklepu)")
    assert "Kurek" not in printed and "dzielnicowy rejonu nr 3" in printed and "kierownik sklepu" in printed


# --- findings 11, 20: reporters after a plural verb over a line break, or before where they live ---------------------

@pytest.mark.parametrize("text, secrets", [
    ("Kradzież zgłaszali\nKurek i Sowa.", ["Kurek", "Sowa"]),
    ("Nagrania przekazali\nKurek, Sowa i Wróbel.", ["Kurek", "Sowa", "Wróbel"]),
    ("Pouczono\nKurka i Sowę.", ["Kurka", "Sowę"]),
    ("Ulotki roznosili\nKurek oraz Sowa.", ["Kurek", "Sowa"]),
    ("Hałas zgłaszali Kurek i Sowa z Wiklinowej.", ["Kurek", "Sowa"]),
    ("Hałas zgłaszali Kurek i Sowa z bloku nr 3.", ["Kurek", "Sowa"]),
    ("Hałas zgłaszali Kurek, Sowa i Wróbel z Wiklinowej.", ["Kurek", "Sowa", "Wróbel"]),
    ("Hałas zgłaszały Sowa i Wrona z Wiklinowej.", ["Sowa", "Wrona"]),
    ("Kradzież zgłaszali\nKurek i Sowa z Wiklinowej.", ["Kurek", "Sowa"]),
])
def test_plural_reporters_go_past_a_line_break_or_with_where_they_live(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Wrony i Sowy z parku hałasowały.",
    "Wrony i Sowy siedziały na dachu.",
    "Mecz wygrali Orły i Sokoły z Lublina.",
])
def test_animals_and_teams_stay(text):
    assert _public(text) == text


# --- findings 13, 21: a private phone's owner beside the number ----------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Tel. 605 444 333 (Kurek)", ["Kurek"]),
    ("Kontakt: 605 444 333 (Kurek), 502 113 224 (Sowa, parter).", ["Kurek", "Sowa"]),
    ("Kontakt z Kurkiem: 605 444 333.", ["Kurkiem"]),
    ("Kurkowie (605 444 333) zgłosili hałas.", ["Kurkowie"]),
    ("605 444 333 – Kurek\n502 113 224 – Sowa", ["Kurek", "Sowa"]),
    ("Kontakty:\nKurek\n605 444 333\nSowa\n502 113 224", ["Kurek", "Sowa"]),
    ("Kurek:\n605 444 333", ["Kurek"]),
    ("Kurek –\n605 444 333", ["Kurek"]),
    ("Kontakt: 605 444 333\nSowa", ["Sowa"]),
    ("Kurek, tel.\t605 444 333", ["Kurek"]),
])
def test_a_phones_owner_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("605 444 333 – Urząd Gminy", ["– Urząd Gminy"]),
    ("Kontakt:\nUrząd Gminy\n81 752 10 00", ["Urząd Gminy"]),
    ("Tel. 605 444 333 (wieczorem)", ["(wieczorem)"]),
    ("Kontakt: 605 444 333\nWieczorem", ["Wieczorem"]),
    ("Sekretariat, tel. 605 444 333", ["Sekretariat"]),
    ("Świetlica\n605 444 333", ["Świetlica"]),
])
def test_a_bodys_or_a_times_word_by_a_phone_stays(text, words):
    _kept(text, words)


def test_the_officers_function_loses_the_stand_ins_name_by_the_phone():
    from publication_corpus import officer_field_output
    printed = officer_field_output("funkcja", "dzielnicowy rejonu nr 3\nzastępca: Kurek\n605 444 333")
    assert "Kurek" not in printed and "605" not in printed and "zastępca:" in printed


# --- findings 9, 10, 22: Ukrainian – a name after a role, a verb or „пан”; a body's name; later mentions ------------

@pytest.mark.parametrize("text, secrets", [
    ("Сусідка Олена Бондар викликала поліцію.", ["Олена", "Бондар"]),
    ("Мешканка Олена Коваль викликала поліцію.", ["Олена", "Коваль"]),
    ("Сусідка Олена викликала поліцію.", ["Олена"]),
    ("Повідомив пан Коваль з третього поверху.", ["Коваль"]),
    ("Шум зафіксувала пані Ковальчук.", ["Ковальчук"]),
    ("Hałas zgłosiła Олена Бондар. Бондар пояснила, що сусіди шумлять.", ["Бондар"]),
    ("Hałas zgłosił Сергій Бондаренко. Бондаренку wręczono pouczenie, a Бондаренко przeprosił.", ["Бондаренк"]),
    ("Повідомив Тарас Мельник. Мельник пообіцяв не шуміти.", ["Мельник"]),
])
def test_a_ukrainian_name_goes_after_a_role_or_pan_and_at_its_later_mentions(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Сусідка Олена Бондар викликала поліцію.", ["Сусідка ", " викликала поліцію."]),
    ("Поліція Луцька провела патрулювання.", ["Поліція Луцька"]),
    ("Поліція Києва попереджає.", ["Поліція Києва"]),
    ("Управління Поліції Волинської області", ["Управління Поліції Волинської"]),
    ("Зателефонуйте Сергію за номером 605 444 333.", ["Зателефонуйте "]),
    ("Дякуємо Олені Ковальчук за допомогу.", ["Дякуємо "]),
    ("Кур’єр Сергій Бондар приніс посилку.", ["Кур’єр "]),
    ("Волонтер Петро Коваль роздав листівки.", ["Волонтер "]),
    ("Wiadomość od: Тарас\nШевченко (вул. Шевченка 12)", ["вул. Шевченка"]),
])
def test_a_ukrainian_role_verb_or_body_stays(text, words):
    _kept(text, words)


# --- findings 3, 8, 14, 15, 24: over-cuts – „Hałas” before an initial or a title, officers with a degree, a flat's
# size, the mine with a firm's role; and a foreign courtesy title ---------------------------------------------------

@pytest.mark.parametrize("text, kept, secrets", [
    ("Hałas zgłosił J. Kurek.", ["Hałas zgłosił"], ["Kurek"]),
    ("Hałas zgłosiła A. Sowa.", ["Hałas zgłosiła"], ["Sowa"]),
    ("Hałas zgłosił inż. Kurek.", ["Hałas zgłosił"], ["Kurek"]),
    ("Hałas zgłosił J.Kurek z parteru.", ["Hałas zgłosił", "z parteru"], ["Kurek"]),
    ("Hałas zgłosił Herr Müller z parteru.", ["Hałas zgłosił", "z parteru"], ["Müller"]),
    ("Zgłosił to Herr Müller.", ["Zgłosił to"], ["Müller"]),
    ("Hałas zgłosił Mr. John Smith.", ["Hałas zgłosił"], ["John", "Smith"]),
])
def test_the_fronted_noun_stays_and_the_titled_reporter_goes(text, kept, secrets):
    _kept(text, kept)
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Obecni: kom. mgr Anna Sowa, asp. mgr inż. Jan Kurek.",
    "Spotkanie prowadził asp. szt. mgr Tomasz Kurek.",
    "Spotkanie prowadziła nadkom. dr Ewa Wróbel.",
    "Spotkanie prowadził mł. asp. lic. Jan Kurek z KPP w Łęcznej.",
    "Mieszkanie 50 m2 przy Wiklinowej zalał sąsiad.",
    "Lokal użytkowy 120 m2 wynajęto na świetlicę.",
    "Zakupiono mieszkanie 48 m kw. dla rodziny.",
    "W mieszkaniu 3 pokoje i 2 łazienki.",
    "Bogdanka, największy pracodawca w powiecie, przekazała kamery.",
    "Bogdanka, lider rynku węgla, przekazała kamery.",
])
def test_officers_with_a_degree_a_flats_size_and_the_mine_stay(text):
    assert _public(text) == text


@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił mgr inż. Kurek.", ["Kurek"]),
    ("Spotkanie prowadził mgr Tomasz Kurek.", ["Kurek"]),
    ("Mieszkanie 5 zalał sąsiad.", ["5"]),
    ("ul. Lipowa 12 m. 3", ["m. 3"]),
    ("Kowalski, firma budowlana, wykonał ogrodzenie.", ["Kowalski"]),
])
def test_a_private_person_with_a_degree_and_a_flats_number_still_go(text, secrets):
    _gone(text, secrets)


# --- findings 19, 23: a village or a street of a removed resident's surname stays ------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Hałas zgłosił Jan Puchacz. Spotkanie z mieszkańcami Puchaczowa odbyło się w Urzędzie Gminy.",
     ["z mieszkańcami Puchaczowa"]),
    ("Kradzież zgłosił Jan Puchacz z Puchaczowa.", ["z Puchaczowa"]),
    ("Kradzież zgłosił Jan Cyc z Cycowa.", ["z Cycowa"]),
    ("Kradzież zgłosił Jan Milej. Patrole w Milejowie.", ["w Milejowie"]),
    ("Hałas zgłosiła Anna Krakowska. Na Krakowskiej brakuje oświetlenia.", ["Na Krakowskiej"]),
    ("Hałas zgłosiła Anna Wiosenna. Na Wiosennej i Jaśminowej wymieniono kamery.", ["Na Wiosennej"]),
])
def test_a_place_of_a_removed_residents_surname_stays(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Hałas zgłosił Jan Kurek. Rozmawiano z Kurkiem w Ludwinie, a do Kurka wysłano wezwanie.", ["Kurk"]),
    ("Hałas zgłosił Jan Wróbel. O Wróblu mówiono.", ["Wróbl"]),
])
def test_the_residents_later_mentions_after_a_preposition_still_go(text, secrets):
    _gone(text, secrets)


# --- finding 16 (part): a table's „Osoba” heading cell after „Partner” is no name after a role ----------------------

def test_a_tables_heading_cell_stays_and_its_name_cell_goes():
    text = "Partner\tOsoba\tTelefon\nUrząd Miejski\tinspektor\tdo ustalenia"
    assert _public(text) == text
    _gone("Partner\tOsoba\tTelefon\nUrząd Miejski\tKurek\t605 444 333", ["Kurek", "605"])
