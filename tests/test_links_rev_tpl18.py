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


# --- finding 16: link targets in the public version; finding 10: what attributes lost is counted ------------------

def public_targets(*targets: str) -> tuple[bytes, bytes]:
    from test_attacks_templates_rev_tpl16 import W, published
    rels = "".join(f'<Relationship Id="u{i}" Type="{REL}hyperlink" Target="{t}" TargetMode="External"/>'
                   for i, t in enumerate(targets))
    field = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK '
             f'"{targets[0]}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    parts = published([], field)
    from pismo.render.public import _public_part
    from test_attacks_templates_rev_tpl16 import scrub
    blob = f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    return _public_part("word/_rels/document.xml.rels", blob.encode(), scrub), parts["word/document.xml"]


def test_a_phone_in_a_query_written_with_pluses_is_scrubbed():
    """rev-tpl18 16a: „?tel=600+100+200” is the phone „600 100 200” to the site that reads it."""
    rels, _ = public_targets("https://example.com/?tel=600+100+200")
    assert b"600" not in rels and b"https://example.com/?tel=" in rels, rels


def profile_scrub(text: str) -> str:
    """As the case's scrubber reads wa.me: any address of it is a profile's, the site's root too."""
    import re
    return re.sub(r"https://wa\.me/\d*", "[adres profilu usunięty]", text)


def test_a_link_the_scrubber_takes_whole_stays_a_web_address():
    """rev-tpl18 16b: a target replaced whole by „[adres profilu usunięty]” is a relative path Word opens beside
    the document; the HYPERLINK field's address became one pismo's own template checks refuse. A relationship alone
    (nothing unlinked it) leads nowhere; the field goes (test_links_rev_tpl18b)."""
    from test_attacks_templates_rev_tpl16 import W
    from pismo.render import reach
    from pismo.render.public import _public_part
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            f'Id="u" Type="{REL}hyperlink" Target="https://wa.me/48600100200" TargetMode="External"/></Relationships>')
    document = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                '<w:instrText> HYPERLINK "https://wa.me/48600100200" </w:instrText></w:r><w:r><w:fldChar '
                'w:fldCharType="end"/></w:r></w:p></w:body></w:document>')
    kept = _public_part("word/_rels/document.xml.rels", rels.encode(), profile_scrub)
    target = kept.split(b'Target="')[1].split(b'"')[0].decode()
    assert reach.is_web(target) and "600" not in target, target
    code = _public_part("word/document.xml", document.encode(), profile_scrub)
    assert b"HYPERLINK" not in code and b"600" not in code, code  # the field goes, its result stays (rev-tpl18b)


def test_markers_in_attributes_and_link_targets_are_counted(tmp_path):
    """rev-tpl18 10: „nie znaleziono innych danych osobowych” after removing a name from a picture's name."""
    import zipfile
    from pismo.publication.redact import document_counts
    path = tmp_path / "p.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", '<w:document><wp:docPr name="skan [PESEL usunięty]"/></w:document>')
        archive.writestr("word/_rels/document.xml.rels",
                         '<Relationships><Relationship Target="https://e.pl/?t=%5Bnumer%20telefonu%20usuni%C4%99ty%5D"/>'
                         '</Relationships>')
    assert document_counts(path) == {"pesel": 1, "phones": 1}
