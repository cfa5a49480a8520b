"""rev-tpl18 16 follow-up: a link to an address nothing of which is public (wa.me/48600100200, which the scrubber
takes whole) became a link to „https://example.invalid/” in the public version – a link a reader clicks to reach
nothing. It goes now, its text staying: a w:hyperlink's runs, a HYPERLINK field's result. And a query's value is
scrubbed with its key again: „?pesel=80010112345” kept the number once fields were scrubbed apart (a81b873).

No test here runs LibreOffice.
"""

from __future__ import annotations

from pismo.publication.redact import scrub
from pismo.render.public import public_parts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WA = "https://wa.me/48600100200"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def published(body: str, targets: dict[str, str], styles: str = "") -> dict[str, bytes]:
    document = (f'<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:a="{A}" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
                f'<w:body>{body}</w:body></w:document>')
    links = "".join(f'<Relationship Id="{ident}" Type="{R}/hyperlink" Target="{target}" TargetMode="External"/>'
                    for ident, target in targets.items())
    rels = (f'<Relationships xmlns="{RELS}"><Relationship Id="s" Type="{R}/styles" Target="styles.xml"/>{links}'
            '</Relationships>')
    root = f'<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'
    styles = styles or (f'<w:styles xmlns:w="{W}"><w:style w:type="character" w:styleId="Hipercze"><w:name '
                        'w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
                        '</w:styles>')
    parts = [("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", root.encode()),
             ("word/document.xml", document.encode()), ("word/_rels/document.xml.rels", rels.encode()),
             ("word/styles.xml", styles.encode())]
    return dict(public_parts(parts, scrub))


LINKED = '<w:r><w:rPr><w:rStyle w:val="Hipercze"/><w:b/></w:rPr><w:t>napisz na WhatsApp</w:t></w:r>'


def test_a_link_to_a_profiles_whole_address_goes_its_text_stays():
    body = (f'<w:p><w:r><w:t>Kontakt: </w:t></w:r><w:hyperlink r:id="u0">{LINKED}</w:hyperlink>'
            '<w:r><w:t> lub osobiście.</w:t></w:r></w:p>'
            '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Logo"><a:hlinkClick r:id="u1"/></wp:docPr>'
            '</wp:inline></w:drawing></w:r></w:p>')
    parts = published(body, {"u0": WA, "u1": "https://api.whatsapp.com/send?phone=48600100200"})
    document, rels = parts["word/document.xml"], parts["word/_rels/document.xml.rels"]
    for blob in (document, rels):
        assert b"wa.me" not in blob and b"whatsapp" not in blob and b"example.invalid" not in blob, blob
    assert b"hyperlink" not in document and b"hlinkClick" not in document and b'Id="u' not in rels, (document, rels)
    assert b"Kontakt: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>napisz na WhatsApp</w:t></w:r><w:r><w:t> lub" \
        in document, document  # in its place, bold still, no longer styled as a link


def test_a_hyperlink_field_to_it_leaves_its_result():
    complex_field = ('<w:p><w:r><w:t>Pisz: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>'
                     ' HYPERLINK "https://wa.</w:instrText></w:r><w:r><w:instrText>me/48600100200" </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>czat</w:t></w:r><w:r><w:fldChar '
                     'w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>')
    simple = f'<w:p><w:fldSimple w:instr=\' HYPERLINK "{WA}" \'><w:r><w:t>czat 2</w:t></w:r></w:fldSimple></w:p>'
    document = published(complex_field + simple, {})["word/document.xml"]
    assert b"HYPERLINK" not in document and b"fldChar" not in document and b"fldSimple" not in document, document
    assert b"<w:t>Pisz: </w:t></w:r><w:r><w:t>czat</w:t></w:r><w:r><w:t>.</w:t>" in document, document
    assert b"<w:t>czat 2</w:t>" in document, document


def test_ordinary_links_stay_links():
    """A unit's web page and a page whose query held a phone (scrubbed, still the page) keep their links; a
    relationship also named by an element pismo does not take apart stays, leading nowhere."""
    body = ('<w:p><w:hyperlink r:id="u0"><w:r><w:t>strona</w:t></w:r></w:hyperlink>'
            '<w:hyperlink r:id="u1"><w:r><w:t>formularz</w:t></w:r></w:hyperlink>'
            '<w:hyperlink r:id="u2"><w:r><w:t>czat</w:t></w:r></w:hyperlink><w:r><w:object r:id="u2"/></w:r></w:p>'
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK '
            '"https://policja.gov.pl/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>policja</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    parts = published(body, {"u0": "https://lublin.policja.gov.pl/", "u1": "https://example.com/?tel=600100200",
                             "u2": WA})
    document, rels = parts["word/document.xml"], parts["word/_rels/document.xml.rels"]
    assert document.count(b"<w:hyperlink") == 2 and b"<w:t>czat</w:t>" in document and b'HYPERLINK "https://policja.gov.pl/"' in document, document
    assert b'Target="https://lublin.policja.gov.pl/"' in rels and b"https://example.com/?tel=%5B" in rels, rels
    assert b'Id="u2"' in rels and b"wa.me" not in rels, rels  # still named: it leads nowhere instead


def test_a_query_value_is_scrubbed_with_its_key():
    """„pesel=80010112345” is a PESEL by its key (the number's check digit is not one): it was kept after a81b873
    scrubbed keys and values apart; an encoded „&” stays in its value (rev-tpl19 1)."""
    from pismo.render.public import _public_address
    kept = _public_address("https://example.com/?pesel=80010112345&q=Pytania%20%26%20odpowiedzi", scrub)
    assert "80010112345" not in kept and kept.startswith("https://example.com/?pesel=%5BPESEL"), kept
    assert kept.endswith("&q=Pytania%20%26%20odpowiedzi"), kept
