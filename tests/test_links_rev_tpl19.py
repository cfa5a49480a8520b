"""rev-tpl19 1: a mailto: subject holding „;” or an encoded „&” was refused as attach= (the query was decoded
before it was split); 5: a scrubbed mailto: address became „mailto:[adres e-mail usunięty]”, no mailbox."""

from __future__ import annotations

import pytest

from pismo.publication.redact import scrub
from pismo.render import reach
from pismo.render.public import _public_address


@pytest.mark.parametrize("address", ["mailto:dzielnicowy@policja.gov.pl?subject=Rejon%203;%20pytanie",
                                     "mailto:dzielnicowy@policja.gov.pl?subject=Pytania%20%26%20odpowiedzi",
                                     "mailto:a@b.pl?subject=a%26attach%3D%2Fetc&body=x"])
def test_a_subjects_semicolon_or_encoded_ampersand_is_no_field(address):
    assert not reach.mailto_attaches(address) and reach.is_web(address)


@pytest.mark.parametrize("address", ["mailto:a@b.pl?;attach=/x", "mailto:a@b.pl?attach%3D/x",
                                     "mailto:a@b.pl?subject=x&%61ttach=/x", "mailto:a@b.pl?+attach=/x"])
def test_an_attach_field_is_still_refused(address):
    assert reach.mailto_attaches(address)


@pytest.mark.parametrize("address", ["mailto:dzielnicowy@policja.gov.pl?subject=Pytanie",
                                     "mailto:jan.nowak@gmail.com"])
def test_a_scrubbed_mailto_is_still_addressed_to_a_mailbox(address):
    assert scrub(address) != address  # the scrubber takes the address
    kept = _public_address(address, scrub)
    mailbox = kept.removeprefix("mailto:").partition("?")[0]
    assert reach.is_web(kept) and "%5B" not in mailbox and "@" in mailbox and mailbox.endswith(".invalid"), kept
    assert kept.partition("?")[2] == address.partition("?")[2]


def test_the_removed_mailbox_is_counted(tmp_path):
    """The summary still says an e-mail address was removed from a link's target."""
    import zipfile
    from pismo.publication.redact import document_counts
    path = tmp_path / "p.docx"
    kept = _public_address("mailto:jan.nowak@gmail.com?subject=Pytanie", scrub)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/_rels/document.xml.rels", f'<Relationships><Relationship Target="{kept}"/></Relationships>')
    assert document_counts(path) == {"emails": 1}


def test_a_subjects_encoded_ampersand_stays_in_the_subject_when_the_address_is_scrubbed():
    kept = _public_address("mailto:jan.nowak@gmail.com?subject=Pytania%20%26%20odpowiedzi&body=Jan%20Nowak", scrub)
    subject, body = kept.partition("?")[2].split("&")
    assert subject == "subject=Pytania%20%26%20odpowiedzi" and "Nowak" not in body and reach.is_web(kept), kept
