"""rev-tpl20 4, 7, 17: a Google Maps link to the station („…/@51.3012,22.8801,17z”) was scrubbed as a profile and
re-encoded; a tel: link was refused for fetching what nothing fetches; a profile link written with a port or the
host's trailing dot („wa.me:443/…”, „facebook.com./…”) kept the person in the public version."""

from __future__ import annotations

import pytest

from pismo.publication.redact import scrub
from pismo.render.public import _public_address
from test_template_package import REL, in_body, refused_everywhere, rel

MAP = ("https://www.google.com/maps/place/Komenda+Powiatowa+Policji+w+%C5%81%C4%99cznej/@51.3012,22.8801,17z")


def test_a_map_link_to_a_place_is_kept_as_it_is():
    assert _public_address(MAP, scrub) == MAP
    assert scrub("Dojazd: @-33.8688,151.2093") == "Dojazd: @-33.8688,151.2093"


def test_handles_are_still_scrubbed():
    assert "jan_kowal" not in scrub("Instagram: @jan_kowal") and "@2024" not in scrub("profil @2024")


@pytest.mark.parametrize("address", ["https://wa.me:443/48600100200", "https://facebook.com./jan.kowalski.12",
                                     "https://WA.ME.:443/48600100200", "https://user:x@wa.me/48600100200"])
def test_a_profile_link_with_a_port_or_a_trailing_dot_goes(address):
    assert _public_address(address, scrub) is None


@pytest.mark.parametrize("address", ["https://www.policja.gov.pl:443/", "http://www.leczna.pl./aktualnosci",
                                     "https://www.facebook.com/KPPLeczna"])
def test_a_public_site_with_a_port_or_a_trailing_dot_stays(address):
    assert _public_address(address, scrub) == address


@pytest.mark.parametrize("address", ["tel:+48818110000", "sms:+48600100200", "file:///C:/Users/Public/plan.docx"])
def test_a_link_of_another_scheme_is_refused_for_what_it_is(tmp_path, address):
    spec = {**rel(f'Type="{REL}hyperlink" Target="{address}" TargetMode="External"'),
            **in_body('</w:p><w:p><w:hyperlink r:id="rId90"><w:r><w:t>tu</w:t></w:r></w:hyperlink>')}
    checked, _made = refused_everywhere(tmp_path, spec, f"odnośnik „{address}” nie prowadzi do strony internetowej")
    assert "pobierałby" not in checked.output


# --- rev-tpl20 8: a HYPERLINK field whose switch comes before its address --------------------------------------

@pytest.mark.parametrize("code", [' HYPERLINK \\o "Napisz na WhatsApp" "https://wa.me/48600100200" ',
                                  ' HYPERLINK \\t "_blank" \\o "czat" https://wa.me/48600100200 ',
                                  ' HYPERLINK \\m "https://wa.me/48600100200" '])
def test_a_dead_field_with_switches_first_is_unwrapped(code):
    from pismo.render.public import _dead_field
    assert _dead_field(code, scrub)


@pytest.mark.parametrize("code", [' HYPERLINK \\l "termin_realizacji" ', ' HYPERLINK \\o "Napisz" "https://policja.gov.pl/" '])
def test_other_fields_are_not_dead(code):
    from pismo.render.public import _dead_field
    assert not _dead_field(code, scrub)
