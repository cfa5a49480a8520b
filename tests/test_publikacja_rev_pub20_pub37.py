"""`--publikacja` after the twentieth publication review (rev-pub20), helper pub37: what pub36's fixes left – end to
end through the public .docx (a line break of a field is a w:br there, or a space where a paragraph's lines are
joined), a surname glued to marks, labels read as names, and places or firms named like a removed person."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import yaml

from helpers import LECZNA, render_kind
from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


def _public(text: str) -> str:
    """Scrubbed twice, as the field pass and the document pass do."""
    return scrub(scrub(text, UNIT), UNIT)


def _document_text(data: bytes) -> str:
    """The body's text as Word shows it: a w:br a line break, a w:tab a tab."""
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:(?:br|cr)\b[^>]*/>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    return re.sub(r"<[^>]+>", "", xml)


# --- 1. end to end: the shapes a line break makes -------------------------------------------------------------------

def test_surnames_over_line_breaks_leave_the_public_plan(tmp_path):
    case = yaml.safe_load(LECZNA.read_text(encoding="utf-8"))
    case["dzialania"][0]["opis"] += "\nZgłaszali to\nKurek i Sowa."  # a w:br in the plan
    case["dzialania"][1]["opis"] += "\nLiczba zgłoszeń:\nKurek – 3\nSowa – 2"
    case["zagrozenie"]["opis"][0] += "\nLiczba zgłoszeń:\nWróbel – 3\nKruk – 2"  # joined into one paragraph
    case["cel"]["opis"][0] += " Wróbel, nasz sąsiad, przekazał nagrania; Kurek „Kogut” też."
    path = tmp_path / "sprawa.yaml"
    path.write_text(yaml.safe_dump(case, allow_unicode=True, sort_keys=False), encoding="utf-8")
    [(_, public)] = render_kind(path, "plan-publikacja")
    text = _document_text(public)
    assert "Zgłaszali to" in text and "Liczba zgłoszeń:" in text
    assert not [w for w in ("Kurek", "Sowa", "Wróbel", "Kruk", "Kogut") if w in text], text


@pytest.mark.parametrize("text, secrets", [
    ("Zgłaszali to Kurek i Sowa.", ["Kurek", "Sowa"]),
    ("Zgłaszali to\nKurek i Sowa", ["Kurek", "Sowa"]),
    ("Zgłosili to też\nKurek i Sowa.", ["Kurek", "Sowa"]),
    ("Zgłosili go Kurek i Sowa.", ["Kurek", "Sowa"]),
    ("Zgłosił to Kurek.", ["Kurek"]),
    ("Zgłaszała to\nSowa.", ["Sowa"]),
    ("Liczba zgłoszeń: Kurek – 3 Sowa – 2", ["Kurek", "Sowa"]),
    ("Zgłoszenia od: Kurek (3) Sowa (2) Wróbel (1)", ["Kurek", "Sowa", "Wróbel"]),
    ("Kurek „Kogut” też.", ["Kurek", "Kogut"]),
    ("Sowa „Mała” również.", ["Sowa", "Mała"]),
    ("Świadek: Kurek „Kogut”.", ["Kurek", "Kogut"]),
])
def test_a_line_break_a_joined_list_or_a_nickname_hides_no_surname(text, secrets):
    out = _public(text)
    assert not [s for s in secrets if s in out], out


@pytest.mark.parametrize("text", [
    "Liczba zgłoszeń: Ludwin – 3 Cyców – 2",
    "Kuźnia „Kowal” zgłosiła kradzież.",
    "Sklep „Kogut” też.",
    "Zespół „Sowa” wystąpił na festynie.",
    "Wilki to zwierzęta chronione.",
])
def test_places_firms_and_nouns_stay(text):
    assert _public(text) == text


# --- 2. (#18) a surname in a messenger's emphasis, after „Pp.” or a glued „p.” --------------------------------------

@pytest.mark.parametrize("text, secrets, kept", [
    ("Hałas zgłosiła *Sowa* z parteru.", ["Sowa"], ["Hałas zgłosiła *", "* z parteru."]),
    ("Hałas zgłosiła _Sowa_ z parteru.", ["Sowa"], ["Hałas zgłosiła _"]),
    ("Hałas zgłosił *Jan Kurek*.", ["Jan", "Kurek"], ["Hałas zgłosił *"]),
    ("*Kurek* zgłosił hałas.", ["Kurek"], ["zgłosił hałas."]),
    ("Zgłosili to Pp. Kurkowie z Wiklinowej.", ["Kurkowie"], ["z Wiklinowej."]),
    ("Hałas zgłosiła p.Sowa z parteru, a P. Kurek potwierdził.", ["Sowa", "Kurek"], ["Hałas zgłosiła"]),
    ("Hałas zgłosiła p. Sowa z parteru.", ["Sowa"], ["Hałas zgłosiła"]),
])
def test_emphasis_and_abbreviated_honorifics_hide_no_surname(text, secrets, kept):
    out = _public(text)
    assert not [s for s in secrets if s in out] and all(k in out for k in kept), out


@pytest.mark.parametrize("text", [
    "Profil: instagram.com/kppleczna, plik raport_roczny_2025.pdf",
    "Zdjęcia w folderze _Wiosna_2025_.",
    "Wynik: 5*3*2 = 30.",
])
def test_underscores_and_stars_of_files_and_figures_stay(text):
    assert _public(text) == text


# --- 3. (#16) a service's label, a shop chain ------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept, secrets", [
    ("Profil: fb.com/jadzia.sowa, IG: jadzia_sowa, tel. 605 444 333", ["IG:"], ["jadzia", "605"]),
    ("IG: jadzia_sowa", ["IG:"], ["jadzia"]),
    ("Zgłaszający – m.in. sklep Mrówka i Dino.", ["Mrówka i Dino."], []),
    ("Zgłaszający: Biedronka, Żabka i Dino.", ["Dino."], []),
    ("Dino zgłosiło kradzież.", ["Dino zgłosiło"], []),
    ("Partner\tOsoba\tTelefon\nUrząd Miejski\tKurek\t605 444 333", ["Partner\tOsoba\tTelefon"], ["Kurek", "605"]),
])
def test_a_services_label_and_a_shop_chain_are_no_names(text, kept, secrets):
    out = _public(text)
    assert all(k in out for k in kept) and not [s for s in secrets if s in out], out


def test_a_first_name_called_by_its_vocative_still_goes():
    assert "Dino" not in _public("Hałas zgłosił Dino Rossi z parteru.")


# --- 4. (#19, #7) a village named like a removed surname's wife, a firm in quotes ------------------------------------

@pytest.mark.parametrize("text, secrets, kept", [
    ("Zgłosiła Anna Puchacz, mieszkanka Puchaczowa.", ["Anna", "Puchacz,"], ["mieszkanka Puchaczowa."]),
    ("Zgłosiła to mieszkanka Cycowa.", [], ["mieszkanka Cycowa."]),
    ("Zgłosił to mieszkaniec Milejowa.", [], ["mieszkaniec Milejowa."]),
    ("Hałas zgłosił Jan Kowal. Kuźnia „Kowal” zgłosiła kradzież.", ["Jan"], ["Kuźnia „Kowal” zgłosiła"]),
    ("Zgłosiła to sąsiadka Wróblowa.", ["Wróblowa"], ["sąsiadka"]),
    ("Zgłosiła to Pani Puchaczowa.", ["Puchaczowa"], ["Zgłosiła to"]),
])
def test_a_village_or_a_firm_named_like_a_person_stays(text, secrets, kept):
    out = _public(text)
    assert not [s for s in secrets if s in out] and all(k in out for k in kept), out


# --- 5. what else of rev-pub20 still reproduced: a second pass over a marker after a line break (#12), cells (#21) --

@pytest.mark.parametrize("text, out", [
    ("Hałas zgłosiła\nSowa.", "Hałas zgłosiła\n[imię i nazwisko usunięte]."),
    ("Hałas zgłosił\nJan Kurek z parteru.", "Hałas zgłosił\n[imię i nazwisko usunięte] z parteru."),
    ("Hałas zgłosiła\n[imię i nazwisko usunięte].", "Hałas zgłosiła\n[imię i nazwisko usunięte]."),
])
def test_the_document_pass_keeps_the_noun_before_a_marker_on_the_next_line(text, out):
    assert _public(text) == out


def test_a_persons_heading_cells_parted_by_tabs_all_go():
    out = _public("Zgłaszający:\tKurek\tSowa\tWróbel")
    assert out.startswith("Zgłaszający:\t") and not [w for w in ("Kurek", "Sowa", "Wróbel") if w in out], out


@pytest.mark.parametrize("text, secrets", [
    ("Udział wezmą Kurek i Sowa z Wiklinowej.", ["Kurek", "Sowa"]),
    ("Udział wezmą m.in. Kurek i Sowa z Wiklinowej.", ["Kurek", "Sowa"]),
    ("Przyjadą Kruk i Sowa z parteru.", ["Kruk", "Sowa"]),
])
def test_any_verbs_plural_before_persons_from_where_they_live(text, secrets):
    out = _public(text)
    assert not [s for s in secrets if s in out], out


@pytest.mark.parametrize("text", [
    "Udział wezmą Groszek i Stokrotka z Wiklinowej.",
    "Zagrają Górnik i Motor z Lublina.",
    "Udział wezmą Urząd Miejski i Caritas z Łęcznej.",
])
def test_shops_clubs_and_bodies_from_a_place_stay(text):
    assert _public(text) == text


def test_a_persons_heading_alone_on_its_line_heads_a_table_of_them():
    out = _public("Świadkowie\nKurek\tparter\nSowa\tI piętro")
    assert out.startswith("Świadkowie\n") and "parter" in out and not [w for w in ("Kurek", "Sowa") if w in out], out


def test_a_table_under_a_heading_of_things_stays():
    text = "Kamery\nWiklinowa\t2 szt.\nJaśminowa\t3 szt."
    assert _public(text) == text


def test_a_village_with_its_colonys_part_stays_after_a_namesake():
    out = _public("Kradzież zgłosił Jan Milej. Patrole w Milejowie i Milejowa Kolonii.")
    assert "Jan" not in out and out.endswith("Patrole w Milejowie i Milejowa Kolonii."), out


@pytest.mark.parametrize("text, out", [
    ("Hałas zgłosiła «Sowa» z parteru.", "Hałas zgłosiła «[imię i nazwisko usunięte]» z parteru."),
    ("Hałas zgłosił „Kurek” z parteru.", "Hałas zgłosił „[imię i nazwisko usunięte]” z parteru."),
    ("Zgłosiła to «Sowa» spod siódemki.", "Zgłosiła to «[imię i nazwisko usunięte]» spod siódemki."),
    ("„Kurek” z parteru zgłosił hałas.", "„[imię i nazwisko usunięte]” z parteru zgłosił hałas."),
])
def test_a_quoted_surname_with_where_the_person_lives_goes(text, out):
    assert _public(text) == out


@pytest.mark.parametrize("text", [
    "Hałas zgłosiła „Sowa”.",
    "Sklep „Groszek” z parteru zgłosił kradzież.",
    "Apteka „Sowa” z parteru jest czynna.",
    "Kradzież zgłosiła „Biedronka” z Wiklinowej.",
])
def test_a_quoted_firm_stays(text):
    assert _public(text) == text


@pytest.mark.parametrize("text, secrets, kept", [
    ("Hałas zgłaszali Lis i Dudek z Wiklinowej.", ["Lis", "Dudek"], ["Hałas zgłaszali"]),
    ("Wandalizm zgłosił Jan Lis. Lisy rozgrzebują śmietniki.", ["Jan"], ["Lisy rozgrzebują"]),
])
def test_a_surname_that_is_a_first_name_only_in_the_plural_is_coordinated(text, secrets, kept):
    out = _public(text)
    assert not [s for s in secrets if s in out] and all(k in out for k in kept), out
