"""rev-tpl21 #14 and #3: numbers joined to a word by „_” (a file's name „wniosek_80010112340.pdf”) were no PESEL or
phone to the scrubber – whole in the public version's text and link targets; and the other way, a link's ordinary
path (a map's „Staszica+9”, Wikipedia's „Powiat_łęczyński”) was scrubbed as a surname or a profile's address."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from pismo.publication.redact import Scrubber, scrub
from pismo.render.public import _public_address
from test_publikacja_rev_pub15 import UNIT

SCRUBBERS = [scrub, Scrubber(UNIT)]


@pytest.mark.parametrize("text, number, mark", [
    ("Skan: wniosek_80010112340.pdf", "80010112340", "[PESEL usunięty]"),
    ("plik a_80010112340.docx", "80010112340", "[PESEL usunięty]"),
    ("plik kontakt_600100200.pdf", "600100200", "[numer telefonu usunięty]"),
    ("80010112340_skan.pdf", "80010112340", "[PESEL usunięty]"),
    ("przelew_61109010140000071219812874.pdf", "61109010140000071219812874", "[numer konta usunięty]")])
def test_a_number_joined_by_an_underscore_is_scrubbed_in_text(text, number, mark):
    cleaned = scrub(text)
    assert number not in cleaned and mark in cleaned, cleaned


@pytest.mark.parametrize("scrubber", SCRUBBERS)
@pytest.mark.parametrize("path, number", [
    ("dokumenty/wniosek_80010112340.pdf", "80010112340"), ("skan_80010112340", "80010112340"),
    ("kontakt_600100200.pdf", "600100200"), ("x?f=skan_80010112340", "80010112340")])
def test_a_number_joined_by_an_underscore_is_scrubbed_in_a_link(scrubber, path, number):
    kept = _public_address(f"https://www.leczna.pl/{path}", scrubber)
    assert kept and number not in kept and kept.startswith("https://www.leczna.pl/"), kept


@pytest.mark.parametrize("scrubber", SCRUBBERS)
@pytest.mark.parametrize("address", [
    "https://www.google.com/maps/dir//Staszica+9,+21-010+%C5%81%C4%99czna",
    "https://pl.wikipedia.org/wiki/Powiat_%C5%82%C4%99czy%C5%84ski", "https://pl.wikipedia.org/wiki/Powiat_łęczyński",
    "https://pl.wikipedia.org/wiki/Jan_Pawe%C5%82_II", "https://www.sp2leczna.pl/Szkola_Podstawowa_nr_2",
    "https://pl.wikipedia.org/wiki/Bitwa_pod_Grunwaldem",
    "https://pl.wikipedia.org/wiki/Komenda_Powiatowa_Policji_w_%C5%81%C4%99cznej"])
def test_streets_places_and_titles_in_a_link_stay(scrubber, address):
    assert _public_address(address, scrubber) == address


@pytest.mark.parametrize("scrubber", SCRUBBERS)
@pytest.mark.parametrize("segment, gone", [
    ("user/wrzos_zenek", "wrzos_zenek"), ("user/Zenek_1987", "Zenek_1987"), ("u/Kasia_Wróbel", "Wróbel"),
    ("u/Chłopak_Z_Osiedla", "Osiedla"), ("u/Jan_Kowalski", "Kowalski"), ("u/Jan+Kowalski", "Kowalski"),
    ("a/jan.kowalski+sprawy@example.pl", "kowalski")])
def test_a_persons_name_or_handle_in_a_link_still_goes(scrubber, segment, gone):
    kept = _public_address(f"https://forum.example.pl/{segment}", scrubber)
    assert gone not in unquote(kept or ""), kept


def test_a_title_in_a_links_text_is_no_profile():
    for text in ("https://pl.wikipedia.org/wiki/Powiat_łęczyński", "https://www.sp2leczna.pl/Szkola_Podstawowa_nr_2"):
        assert scrub(text) == text
