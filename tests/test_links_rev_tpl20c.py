"""rev-tpl20 follow-up (found by tpl28): a link's path was scrubbed in one reading only, its „+” a plus – so
„pesel+80010112340” or „tel+600+100+200” went out whole, the text scrubber reading „+80010112340” as an
international number. A path is scrubbed as text is, in both its readings: „+” as itself and as the space a site
means by it."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from pismo.publication.redact import Scrubber, scrub
from pismo.render.public import _public_address
from test_publikacja_rev_pub15 import UNIT

SCRUBBERS = [scrub, Scrubber(UNIT)]


@pytest.mark.parametrize("scrubber", SCRUBBERS)
@pytest.mark.parametrize("segment, mark", [
    ("pesel+80010112340", "[PESEL usunięty]"), ("akta+80010112340", "[PESEL usunięty]"),
    ("sprawa/Kowalska+80010112340.pdf", "[PESEL usunięty]"), ("tel+600+100+200", "[numer telefonu usunięty]"),
    ("600+100+200", "[numer telefonu usunięty]")])
def test_what_a_plus_separates_in_a_path_is_scrubbed(scrubber, segment, mark):
    kept = _public_address(f"https://example.pl/a/{segment}", scrubber)
    assert kept and "80010112340" not in kept and "100" not in kept and mark in unquote(kept)


@pytest.mark.parametrize("scrubber", SCRUBBERS)
def test_a_plus_read_as_itself_still_counts(scrubber):
    assert _public_address("mailto:jan.kowalski+sprawy@example.pl", scrubber) == \
        "mailto:adres.usuniety@example.invalid"
    kept = _public_address("https://example.pl/kontakt/jan.kowalski+sprawy@example.pl", scrubber)
    assert "kowalski" not in (kept or "").lower()


@pytest.mark.parametrize("scrubber", SCRUBBERS)
@pytest.mark.parametrize("address", [
    "https://www.google.com/maps/place/Komenda+Powiatowa+Policji+w+%C5%81%C4%99cznej/@51.3012,22.8801,17z",
    "https://www.leczna.pl/aktualnosci/dzielnicowi+2025/", "https://example.pl/a+b/c%2Bd?x=1+2"])
def test_a_path_with_nothing_to_scrub_is_unchanged(scrubber, address):
    assert _public_address(address, scrubber) == address


@pytest.mark.parametrize("scrubber", SCRUBBERS)
@pytest.mark.parametrize("address", ["https://example.pl/x?t=%2B48600100200", "https://example.pl/kontakt/%2B48600100200",
                                     "https://example.pl/x?t=+48%20600%20100%20200"])
def test_a_phone_written_with_its_plus_in_a_link_is_scrubbed(scrubber, address):
    kept = _public_address(address, scrubber)
    assert kept and "600" not in kept and "[numer telefonu usunięty]" in unquote(kept)


def test_the_text_scrubber_reads_a_plus_number_in_a_link_as_a_phone_and_an_article_id_as_an_id():
    assert scrub("https://example.pl/x?t=+48600100200") == "https://example.pl/x?t=[numer telefonu usunięty]"
    assert scrub("https://bip.wrzosogrod.pl/artykul/123456789/program") == \
        "https://bip.wrzosogrod.pl/artykul/123456789/program"
