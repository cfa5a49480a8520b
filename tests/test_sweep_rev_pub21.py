"""The final sweep of `--publikacja` (pismo.publication.sweep): a capitalised word the dictionary reads as a person's
name, or does not know, goes from a public text whatever shape the text gives it – the shapes rev-pub19…rev-pub21
found one by one (nicknames, emphasis, brackets, a wife's form, Cyrillic, counts, vowel alternations) – while the
officers, places, institutions, months and streets stay."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, Scrubber, scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


def twice(text: str) -> str:
    """As a public version scrubs a case's text: the field, then the document holding it."""
    return scrub(scrub(text, UNIT), UNIT)


@pytest.mark.parametrize("text, gone", [
    ("Pije tam Jan Kurek zw. Kogut.", ["Kogut"]),  # rev-pub21 3: other nickname introducers
    ("Piją tam Kurek alias Kogut i Sowa.", ["Kurek", "Kogut", "Sowa"]),
    ("Pije tam Kurek alias „Kogut”.", ["Kurek", "Kogut"]),
    ("Numer Kurkowej: 605 444 333.", ["Kurkowej"]),  # rev-pub21 7: a phone's owner
    ("Kontakt z Sową – 605 444 333.", ["Sową"]),
    ("Hałas zgłosiła **Sowa** z parteru.", ["Sowa"]),  # rev-pub21 8: other emphasis marks
    ("Сусіди: Коваль, Бондар, Мельник", ["Бондар", "Мельник"]),  # rev-pub21 11: Ukrainian lists
    ("Шум підтвердив Коваленко.", ["Коваленко"]),
    ("Interwencja u Kurka (Wiklinowa 4).", ["Kurka"]),  # rev-pub21 17
    ("Zgłoszenie od Kurkowej z parteru.", ["Kurkowej"]),
    ("Zgłaszający: Коваленко/Бондаренко", ["Коваленко", "Бондаренко"]),  # rev-pub21 23: Cyrillic lists
    ("Коваленко • Бондаренко • Мельник", ["Коваленко", "Бондаренко", "Мельник"]),
    ("ze Zgrzybiałkowskimi z parteru", ["Zgrzybiałkowskimi"]),  # rev-pub17 7: a surname no dictionary knows
    ("Nagranie przekazał Kenji.", ["Kenji"]),  # rev-pub18 5
    ("… Бондар z parteru potwierdziła.", ["Бондар"]),  # rev-pub20 22
])
def test_a_name_goes_whatever_shape_the_text_gives_it(text, gone):
    result = twice(text)
    assert NAME_MARK in result
    assert not [w for w in gone if w in result.replace(NAME_MARK, " ")], result


@pytest.mark.parametrize("text", [
    "Spotkanie z dzielnicowym st. asp. Markiem Przykładowym w sierpniu i we wrześniu, w Poniedziałek.",
    "Patrol prowadziła aspirantka Ewa Kosińska, a asp. Jan „Johnny” Lis przyjął zgłoszenie.",
    "Rozmawiano z dzielnicowym Janem Zielińskim; Rzecznik prasowy KMP Ewa Kosińska udzieliła informacji.",
    "Komenda Powiatowa Policji w Łęcznej, Rada Osiedla Bobrowniki i Spółdzielnia Mieszkaniowa „Batory”.",
    "Świetlica Środowiskowa „Promyk” i Przedszkole nr 3 „Jaś i Małgosia” zapraszają na Dzień Dziecka.",
    "Patrole przy ul. Wiklinowej, na Heleny Modrzejewskiej i przy Marii Konopnickiej 12.",
    "Kamery przy ulicach Jaśminowej, Wiosennej, Wierzbowej i Wiklinowej.",
    "Zgłoszenia mieszkańców Ludwina i Cycowa; patrol z Puchaczowa wrócił do Łęcznej.",
    "Miejscowości: Adamów, Bronisławów, Michałów, Teresin.",
    "Wójt Gminy Cyców udostępnił salę, a zebranie zwołano w Ludwinie.",
    "Pracownica Urzędu Gminy, zam. Lipowa 5; zgłoszenie spod adresu Klonowa 10.",
    "Koncert pamięci Czesława Niemena i Jana Kiepury; pomnik Jana Pawła II; mural z wizerunkiem Witolda Pileckiego.",
    "Zagrożenia: Kradzieże, Hałas, Wandalizm.",
    "Bogdanka, największy pracodawca w powiecie, przekazała kamery.",
    "Hałas zgłaszali mieszkańcy bloku. Spotkanie odbyło się w KPP, a MOPS i GOPS pomogły.",
    "Art. 51 § 1 kw; Godz. 17:00; Snap: profil szkoły.",
    "Поліція Луцька провела патрулювання. Управління Поліції Волинської області попереджає.",
])
def test_officers_places_institutions_and_times_stay(text):
    assert twice(text) == text


def test_a_name_no_dictionary_knows_goes_wherever_it_stands():
    """A surname the dictionary does not know, and a Cyrillic one in a Polish sentence, whatever the shape."""
    for text in ("Pod sklepem stali Zgrzybiałkowski i Wołoszynowicz.", "Zgrzybiałkowski pije pod sklepem.",
                 "Sprawca – Zgrzybiałkowski – uciekł.", "Zgłoszenia: Zgrzybiałkowski (3).", "Бондар zgłosiła hałas."):
        result = twice(text)
        assert "Zgrzybiałkowski" not in result and "Wołoszynowicz" not in result and "Бондар" not in result, result


def test_the_sweep_lists_what_it_removed():
    case = Scrubber(UNIT)
    case("Pije tam Kurek alias Kogut, a obok Zgrzybiałkowski i Wołoszynowicz.")
    assert {"Zgrzybiałkowski", "Wołoszynowicz"} <= set(case.sweep.cut)


def test_the_summary_of_publikacja_names_the_words_the_sweep_removed(tmp_path):
    """The officer sees which words went as possible names, to check none of them is needed (a place, a firm)."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    planted = tmp_path / "sprawa.yaml"
    planted.write_text(LECZNA.read_text(encoding="utf-8").replace(
        "  opis:\n    - >-\n", "  opis:\n    - Hałas zgłaszali Zgrzybiałkowski i Wołoszynowicz z Wiklinowej.\n    - >-\n", 1),
        encoding="utf-8")
    said = CliRunner().invoke(main, ["plan", str(planted), "--publikacja", "-o", str(tmp_path / "out")]).output
    assert "usunięto też: „Zgrzybiałkowski”, „Wołoszynowicz” – sprawdź, czy żadne nie jest potrzebne" in said, said
    example = CliRunner().invoke(main, ["plan", str(LECZNA), "--publikacja", "-o", str(tmp_path / "example")]).output
    assert "plan-publikacja.docx: wersja do publikacji" in example and "usunięto też" not in example, example
