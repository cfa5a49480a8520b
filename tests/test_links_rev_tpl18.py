"""rev-tpl18 5: a mailto: link could carry ?attach=<a file of the reader's disk or share>, in a relationship or
a HYPERLINK field; both passed the checks and went into every letter."""

from __future__ import annotations

import pytest

from pismo.render import reach
from test_template_package import REL, field, in_body, refused_everywhere, rel

ADVICE = "odnośnik „mailto:” może tylko podać adres oraz temat, treść i kopię wiadomości"


@pytest.mark.parametrize("address", ["mailto:kpp@policja.gov.pl?attach=/home/officer/.ssh/id_rsa",
                                     "mailto:kpp@policja.gov.pl?subject=x&attach=C:/Users/Public/x.docx",
                                     "mailto:kpp@policja.gov.pl?%61ttach=//evil.example/share/x",
                                     "mailto:a@b.pl?Attachment=/etc/passwd"])
def test_a_mailto_attaching_a_file_is_refused(tmp_path, address):
    spec = {**rel(f'Type="{REL}hyperlink" Target="{address.replace("&", "&amp;")}" TargetMode="External"'),
            **in_body('</w:p><w:p><w:hyperlink r:id="rId90"><w:r><w:t>napisz</w:t></w:r></w:hyperlink>')}
    refused_everywhere(tmp_path, spec, ADVICE)


def test_a_hyperlink_field_attaching_a_file_is_refused(tmp_path):
    refused_everywhere(tmp_path, in_body(field(' HYPERLINK "mailto:a@b.pl?attach=/etc/passwd" ')),
                       "pole HYPERLINK „mailto:a@b.pl?attach=/etc/passwd”: " + ADVICE)


@pytest.mark.parametrize("address", ["mailto:kpp@policja.gov.pl", "mailto:kpp@policja.gov.pl?subject=Wniosek&body=x",
                                     "mailto:a@b.pl?cc=c@d.pl&bcc=e@f.pl", "https://policja.gov.pl/?attach=1"])
def test_a_messages_fields_and_web_pages_pass(address):
    assert reach.is_web(address)
