"""Issue 17, fifth templates review: what jinja evaluated while compiling, outside every budget, and what pismo
and a reader (LibreOffice, Word) take differently – a repeated Id, a field switch, a relative link."""

from __future__ import annotations

import struct
import zipfile

import pytest
from lxml import etree

from conftest import run
from helpers import LECZNA

from pismo.render import engine, images, reach
from test_template_package import REL, RELS, build, in_body, jpeg, png, refused_everywhere, with_image

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture
def counted(monkeypatch):
    """Calls of every filter and test, counted while the test runs."""
    calls = []
    env = engine.environment()
    for table in (env.filters, env.tests):
        for name, func in list(table.items()):
            def counting(*args, _func=func, _name=name, **kwargs):
                calls.append(_name)
                return _func(*args, **kwargs)
            counting.__dict__.update(func.__dict__)  # keeps jinja's pass_context & co
            monkeypatch.setitem(table, name, counting)
    return calls


@pytest.mark.parametrize("source", [
    "{{ ('a'|center(99999))|replace(' ', 'bb')|length }}",  # finding 5: folded while compiling, gigabytes
    "{{ 'a a a'|wordwrap(2) }}",  # finding 6: folded while compiling, no deadline
    "{{ ('x'|e)|indent('<w:b/>', first=True) }}",  # finding 3: folded, printed unescaped
    "{% if 'a' is string %}{{ 'a'|upper }}{% endif %}",
    "{% autoescape 'a'|center(9) == 'a' %}x{% endautoescape %}",  # refused, but compiled first
])
def test_nothing_a_template_computes_runs_while_it_is_compiled(counted, source):
    engine.compile_source(source)
    assert counted == []


def _paragraph(code: str) -> dict:
    return in_body(f'<w:r><w:t xml:space="preserve">{code}</w:t></w:r>')


def made(tmp_path, spec) -> str:
    """The body of the plan a unit's template built from spec makes for the example case."""
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    result = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    [docx] = (tmp_path / "out").rglob("plan.docx")
    return zipfile.ZipFile(docx).read("word/document.xml").decode()


def test_a_constant_indent_width_is_printed_escaped(tmp_path):
    code = "{{ ('x'|e)|indent('&lt;/w:t&gt;&lt;w:zxq/&gt;&lt;w:t&gt;', first=True) }}"
    body = made(tmp_path, _paragraph("PRZED " + code + " PO"))
    assert "<w:zxq/>" not in body and "&lt;w:zxq/&gt;" in body


@pytest.mark.parametrize("code", [
    ' HYPERLINK \\m "file:///C:/Windows/win.ini" ',  # finding 12: \m takes no argument
    ' HYPERLINK \\n "\\\\serwer\\udzial\\x.docx" ',
    ' HYPERLINK \\h C:\\x.docm ',
    ' HYPERLINK "https://example.com/" "\\\\serwer\\udzial\\x.docx" ',  # LibreOffice takes the last address
    ' HYPERLINK "https://example.com/" \\l "a" zalacznik.docm ',
    ' HYPERLINK "https://example.com/" \\* "file:///C:/x" ',
])
def test_every_address_of_a_hyperlink_field_is_checked(code):
    with pytest.raises(reach.Outside, match="pole HYPERLINK prowadzi poza dokument"):
        reach.check_field("word/document.xml", code)


@pytest.mark.parametrize("code", [
    ' HYPERLINK "https://example.com/" \\o "Podpowiedź: plik C:\\x" \\t "_blank" ',
    ' HYPERLINK "mailto:kpp@policja.gov.pl" \\* MERGEFORMAT ',
    ' HYPERLINK \\l "_Toc1" \\h ',
    ' HYPERLINK "" \\l "_Toc1" ',  # finding 14: an empty address with \l links within the document
])
def test_a_hyperlink_field_to_the_web_or_within_the_document_passes(code):
    reach.check_field("word/document.xml", code)


VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _vml_fill(kind: str, where: str = "v:rect") -> str:
    return (f'<w:r><w:pict><{where} {VML} style="width:400pt;height:400pt"><v:fill type="{kind}"/></{where}>'
            '</w:pict></w:r>')


@pytest.mark.parametrize("kind", ["tile", "pattern", " Tile "])
def test_a_vml_picture_fill_drawn_tile_by_tile_is_refused(kind):
    # finding 2: like DrawingML's <a:tile> (a 1-pixel PNG over a 400 pt square: 1.3 million images, 4 GB)
    tree = etree.fromstring(f'<w:document {W}><w:body><w:p>{_vml_fill(kind)}</w:p></w:body></w:document>')
    with pytest.raises(reach.Outside, match=r"deseniem z obrazu \(pattern\)"):
        reach.check_tree("word/document.xml", tree)


def test_a_vml_tiled_fill_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, in_body(_vml_fill("tile")), "wypełnienie kafelkami z obrazu (tile)")


def test_a_vml_picture_stretched_or_a_colour_still_passes():
    for kind in ("frame", "solid", "gradient"):
        tree = etree.fromstring(f'<w:document {W}><w:body><w:p>{_vml_fill(kind)}</w:p></w:body></w:document>')
        reach.check_tree("word/document.xml", tree)


def _linked_shape(address: str) -> str:
    return (f'<w:r><w:pict><v:rect {VML} href="{address}" style="width:200pt;height:40pt"><v:textbox><w:txbxContent>'
            '<w:p><w:r><w:t>Formularz</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></w:r>')


def _body(fragment: str):
    return etree.fromstring(f'<w:document {W}><w:body><w:p>{fragment}</w:p></w:body></w:document>')


@pytest.mark.parametrize("address", ["..\\..\\..\\Windows\\win.ini", "/C:/Windows/win.ini", "zalacznik.docm",
                                     "./x.docx", "%2e%2e/x.docx", " ../x"])
def test_a_shape_linked_to_a_path_is_refused(address):
    # finding 13: LibreOffice resolves a relative href against the document's folder
    with pytest.raises(reach.Outside, match="do pliku"):
        reach.check_tree("word/document.xml", _body(_linked_shape(address)))


def test_a_shape_linked_to_a_path_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, in_body(_linked_shape("zalacznik.docm")), "„zalacznik.docm” do pliku")


@pytest.mark.parametrize("address", ["#zakladka", ""])
def test_a_shape_linked_within_the_document_passes(address):
    reach.check_tree("word/document.xml", _body(_linked_shape(address)))


def _two_targets_of_one_id(first: str, second: str) -> dict:
    rels = "".join(f'<Relationship Id="{i}" Type="{REL}image" Target="media/{name}"/>'
                   for i, name in ((first, "big.png"), (second, "small.png")))
    return {"edits": {RELS: lambda xml: xml.replace("</Relationships>", rels + "</Relationships>"),
                      **in_body('<w:r><w:t>x</w:t></w:r>')},
            "extra": [("word/media/big.png", png(6000, 6000)), ("word/media/small.png", png(1, 1))]}


def test_two_relationships_with_one_id_are_refused_everywhere(tmp_path):
    # finding 4: pismo weighed the last target, LibreOffice draws the first
    refused_everywhere(tmp_path, _two_targets_of_one_id("rId90", "rId90"),
                       "dwa powiązania o tym samym identyfikatorze „rId90”")


def test_relationship_ids_differing_in_case_are_two(tmp_path):
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(_two_targets_of_one_id("rId90", "RID90")))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output


def test_escaped_text_cut_is_printed_as_its_characters(tmp_path):
    # compiled, ('<'|e)[0] was folded into a bare '&' that broke the XML; filled, it is the text '&'
    body = made(tmp_path, _paragraph("PRZED {{ ('&lt;'|e)[0] }} PO"))
    assert "PRZED &amp; PO" in body


_SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"'


@pytest.mark.parametrize("inner, fragment", [
    # finding 7: pismo kept the last element of an id, LibreOffice draws the first
    ('<defs><image id="a" width="1" height="1" href="data:image/png;base64,AA=="/><rect id="a" width="1" height="1"/>'
     '</defs><use href="#a"/>', "dwa elementy o tym samym identyfikatorze „a”"),
    ('<defs><rect id="r" width="1" height="1"/><rect id="a" width="1" height="1"/></defs>'
     '<use href="#r" xlink:href="#a"/>', "z dwoma adresami"),
    ('<defs><rect id="r" xml:id="a" width="1" height="1"/></defs><use href="#a"/>', "z dwoma adresami albo"),
    ('<defs><rect xml:id="a" width="1" height="1"/><circle id="a" r="1"/></defs><use href="#a"/>',
     "dwa elementy o tym samym identyfikatorze „a”"),
])
def test_an_svg_reference_read_two_ways_is_refused(inner, fragment):
    with pytest.raises(images.TooLarge, match=fragment):
        images.check_svg(etree.ElementTree(etree.fromstring(f"<svg {_SVG}>{inner}</svg>")))


def test_an_svg_reference_read_two_ways_is_refused_everywhere(tmp_path):
    svg = f'<svg {_SVG}><rect id="a" width="1" height="1"/><circle id="a" r="1"/><use href="#a"/></svg>'
    refused_everywhere(tmp_path, with_image("a.svg", svg.encode()), "dwa elementy o tym samym identyfikatorze")


def test_an_svg_with_unique_ids_still_passes():
    svg = f'<svg {_SVG}><rect id="a" width="1" height="1"/><use xlink:href="#a"/><use href="#a"/></svg>'
    assert images.check_svg(etree.ElementTree(etree.fromstring(svg))) == 0


def _progressive_jpeg(scans: int) -> bytes:
    """A progressive JPEG header with this many (tiny, empty) scans after it."""
    scan = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x01\x3f\x00" + b"\x00\x12\x34"
    return jpeg(6000, 6000)[:-2] + scan * scans + b"\xff\xd9"


def test_a_progressive_jpeg_of_many_scans_is_refused():
    # finding 1: libjpeg decodes the whole picture for every scan (10 000 scans: 74 s a PDF)
    with pytest.raises(images.TooLarge, match=r"ponad 100 przebiegów \(skanów\) JPEG"):
        images.check(_progressive_jpeg(101))
    assert images.check(_progressive_jpeg(10)) == 36_000_000


def test_a_progressive_jpeg_of_many_scans_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, with_image("a.jpeg", _progressive_jpeg(1000)),
                       "ma ponad 100 przebiegów (skanów) JPEG")


_VIDEO = ('<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:extLst>'
          '<a:ext uri="{C809E66F-F1BF-436E-b5F7-EEA9579F0CBA}"><wp15:webVideoPr '
          'xmlns:wp15="http://schemas.microsoft.com/office/word/2012/wordprocessingDrawing" '
          'embeddedHtml="&lt;iframe src=&quot;file:///C:/Users/Public/x.html&quot;&gt;&lt;/iframe&gt;" h="315" w="560"/>'
          '</a:ext></a:extLst></a:blip></w:drawing></w:r>')
_FORM_MACRO = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst1"/><w:enabled/>'
               '<w:entryMacro w:val="FileSaveAs"/><w:exitMacro w:val="Normal.NewMacros.Makro1"/><w:textInput/>'
               '</w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
_UI = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
ACTING = {  # findings 9, 10, 11: the letter makes the reader's Word act
    "online-video": (in_body(_VIDEO), "webVideoPr: wideo z internetu"),
    "form-field-macros": (in_body(_FORM_MACRO), "entryMacro: makro uruchamiane"),
    "ribbon": ({"edits": {"_rels/.rels": lambda xml: xml.replace(
        "</Relationships>", f'<Relationship Id="rIdUI" Type="{_UI}" Target="customUI/customUI14.xml"/></Relationships>')},
        "extra": [("customUI/customUI14.xml", b'<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui">'
                   b'<commands><command idMso="FilePrint" enabled="false"/></commands></customUI>')]},
        "zmiana wstążki Worda (customUI)"),
}


@pytest.mark.parametrize("name", list(ACTING))
def test_what_makes_the_readers_word_act_is_refused_everywhere(tmp_path, name):
    refused_everywhere(tmp_path, *ACTING[name])


@pytest.mark.parametrize("code", ["SEQ Info", "SEQ Ask", "SEQ Link_1", "SEQ Include",
                                  "HYPERLINK https://lublin.policja.gov.pl/info"])
def test_a_name_or_address_that_is_a_refused_fields_name_passes(code):
    # finding 14: a sequence „Info”, a bookmark „Link_1”, an address ending in /info are no fields
    reach.check_field("word/document.xml", code)


@pytest.mark.parametrize("code", ["PAGE FILENAME \\p", "SEQ Info FILENAME", "TOC \\o INCLUDETEXT x"])
def test_a_refused_fields_name_later_in_a_code_is_named_as_a_word(code):
    with pytest.raises(reach.Outside, match="zawiera słowo „(FILENAME|INCLUDETEXT)” – nazwę pola"):
        reach.check_field("word/document.xml", code)


def _complex(*pieces: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + "".join(pieces)
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


_CODE = '<w:r><w:instrText xml:space="preserve">{}</w:instrText></w:r>'


@pytest.mark.parametrize("fragment, message", [
    # the first word lent by ruby text, which a reader sets apart: a reader may see „FILENAME \p” alone
    ('<w:r><w:ruby><w:rubyPr/><w:rt>' + _CODE.format("SEQ ") + '</w:rt><w:rubyBase><w:r><w:t>x</w:t></w:r>'
     '</w:rubyBase></w:ruby></w:r>' + _CODE.format(" FILENAME \\p "), "tekst fonetyczny"),
    ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + _CODE.format("SEQ ") + '</w:sdtContent></w:sdt>'
     + _CODE.format(" FILENAME \\p "), "formant zawartości"),
    ('<w:r><w:t>SEQ </w:t></w:r>' + _CODE.format(" FILENAME \\p "), "w kodzie pola stoi zwykły tekst"),
])
def test_a_code_lent_words_a_reader_reads_apart_is_refused(fragment, message):
    with pytest.raises(reach.Outside, match=message):
        reach.check_tree("word/document.xml", _body(_complex(fragment)))


def test_a_field_wholly_inside_a_content_control_passes():
    reach.check_tree("word/document.xml", _body('<w:sdt><w:sdtContent>' + _complex(_CODE.format(" TOC \\o ")) +
                                                '</w:sdtContent></w:sdt>'))


@pytest.mark.parametrize("target", ["../customXml/item%31.xml", " ../customXml/item1.xml", "/customXml/item1.xml"])
def test_a_private_part_is_dropped_with_its_relationship_however_written(tmp_path, target):
    # finding 8: a percent-encoded or space-led target kept its relationship while the part was dropped
    item = b'<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="urn:x"/>'
    spec = {"edits": {RELS: lambda xml: xml.replace("</Relationships>", f'<Relationship Id="rId77" Type="{REL}customXml" '
                                                    f'Target="{target}"/></Relationships>')},
            "extra": [("customXml/item1.xml", item)]}
    made(tmp_path, spec)
    [docx] = (tmp_path / "out").rglob("plan.docx")
    with zipfile.ZipFile(docx) as written:
        assert not [n for n in written.namelist() if n.startswith("customXml/")]
        assert b"rId77" not in written.read(RELS)
