"""rev-tpl20 4, second half: a link whose path the scrubber changed was re-encoded whole – a path's „+” became
„%2B” and its „,” „%2C”, so a map's place „Komenda+Powiatowa+…” turned into the literal text „Komenda%2BPowiatowa”.
What the scrubber leaves is kept byte for byte; only its replacements are encoded."""

from __future__ import annotations

from urllib.parse import unquote

from pismo.publication.redact import Scrubber, scrub
from pismo.render.public import _public_address
from test_publikacja_rev_pub15 import UNIT

PLACE = "https://www.google.com/maps/place/Komenda+Powiatowa+Policji+w+%C5%81%C4%99cznej,ul.+Jana+Kowalskiego"


def test_what_the_scrubber_leaves_of_a_path_is_kept_byte_for_byte():
    for scrubber in (scrub, Scrubber(UNIT)):
        kept = _public_address("https://example.pl/sprawa/Jan Kowalski/Komenda+Powiatowa,17z%2Cx%c5%81", scrubber)
        assert kept.startswith("https://example.pl/sprawa/%5B") and "Kowalski" not in kept
        assert kept.endswith("%5D/Komenda+Powiatowa,17z%2Cx%c5%81")


def test_names_in_a_path_are_each_replaced_and_what_stands_between_kept():
    kept = _public_address("https://example.pl/a/Jan+Kowalski/b,c", Scrubber(UNIT))
    assert "Kowalski" not in kept and "%2B" not in kept and kept.endswith("%5D/b,c")
    assert unquote(kept).startswith("https://example.pl/a/[imię i nazwisko usunięte]")


def test_an_untouched_path_is_unchanged():
    assert _public_address(PLACE.split(",")[0] + "/@51.3012,22.8801,17z", scrub) == \
        PLACE.split(",")[0] + "/@51.3012,22.8801,17z"
