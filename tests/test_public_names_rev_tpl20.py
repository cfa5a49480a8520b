"""rev-tpl20 2, 16: the public version scrubbed what is no text – VML formulas („@1” read as a profile's handle) of
every WordArt, watermark and shape type, and bookmarks' names with an underscore (Word allows no space in one) with
the links to them – counting profiles a clean template never had and spoiling the shapes and links."""

from __future__ import annotations

from pismo.publication.redact import scrub
from pismo.render.public import _public_part

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
# Word's shape type of its WordArt watermark, as Word 2016 writes it
SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="if @0 @3 0"/><v:f eqn="mid @5 @6"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles>'
    '<v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles></v:shapetype>')


def _public(xml: str) -> str:
    return _public_part("word/header1.xml", xml.encode(), scrub).decode()


def test_the_scrubber_reads_these_values_as_data():
    assert scrub("sum 21600 0 @1") != "sum 21600 0 @1" and scrub("termin_realizacji") != "termin_realizacji"


def test_vml_geometry_is_kept():
    header = f'<w:hdr xmlns:w="{W}" {V}><w:p><w:r><w:pict>{SHAPETYPE}</w:pict></w:r></w:p></w:hdr>'
    assert _public(header) == _public_part("word/header1.xml", header.encode(), lambda text: text).decode()
    assert "usunięt" not in _public(header)


def test_a_vml_shapes_text_is_still_scrubbed():
    header = (f'<w:hdr xmlns:w="{W}" {V}><w:p><w:r><w:pict><v:shape id="s" type="#_x0000_t136"><v:textpath '
              'string="Kontakt: @jan_kowal"/></v:shape></w:pict></w:r></w:p></w:hdr>')
    assert "jan_kowal" not in _public(header)


def _bookmarked(name: str) -> str:
    return (f'<w:document xmlns:w="{W}"><w:body><w:p><w:bookmarkStart w:id="10" w:name="{name}"/><w:r><w:t>31 '
            'grudnia 2025 r.</w:t></w:r><w:bookmarkEnd w:id="10"/></w:p><w:p><w:r><w:fldChar w:fldCharType="begin"/>'
            f'</w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK \\l "{name}" </w:instrText></w:r><w:r>'
            '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>zob. termin</w:t></w:r><w:r>'
            f'<w:fldChar w:fldCharType="end"/></w:r></w:p><w:p><w:hyperlink w:anchor="{name}"><w:r><w:t>termin</w:t>'
            f'</w:r></w:hyperlink><w:fldSimple w:instr=" HYPERLINK \\l &quot;{name}&quot; "><w:r><w:t>tu</w:t></w:r>'
            '</w:fldSimple></w:p></w:body></w:document>')


def test_a_bookmark_with_an_underscore_and_the_links_to_it_are_kept():
    kept = _public_part("word/document.xml", _bookmarked("termin_realizacji").encode(), scrub).decode()
    assert kept.count("termin_realizacji") == 4 and "usunięt" not in kept


def test_a_bookmark_naming_a_person_is_still_scrubbed():
    kept = _public_part("word/document.xml", _bookmarked("Jan_Kowalski").encode(), scrub).decode()
    assert "Kowalski" not in kept
