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
