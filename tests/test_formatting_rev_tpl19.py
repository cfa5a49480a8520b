"""rev-tpl19 4: the public version scrubbed every attribute value – colours (FF0000, FAC090 read as a plate or a
surname), font names, a theme's script codes and Word's „… Char” style names – spoiling the letter's look and
counting personal data a clean template never had."""

from __future__ import annotations

from pismo.publication.redact import scrub
from pismo.render.public import _public_part

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
COLOURS = ("FF0000", "FAC090", "DB1234", "F9B074")


def _public(name: str, xml: str) -> str:
    return _public_part(name, xml.encode(), scrub).decode()


def test_the_scrubber_reads_these_values_as_data():
    assert any(scrub(value) != value for value in COLOURS + ("Title Char", "Gill Sans MT"))


def test_colours_of_runs_borders_shading_and_shapes_are_kept():
    paragraphs = "".join(
        f'<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:color="{c}"/></w:pBdr><w:shd w:val="clear" '
        f'w:color="auto" w:fill="{c}"/></w:pPr><w:r><w:rPr><w:color w:val="{c}"/></w:rPr><w:t>Uwaga</w:t></w:r>'
        f'</w:p>' for c in COLOURS)
    shape = f'<a:solidFill xmlns:a="{A}"><a:srgbClr val="FF0000"/></a:solidFill>'
    kept = _public("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{paragraphs}{shape}</w:body></w:document>')
    for colour in COLOURS:
        assert kept.count(f'"{colour}"') == (4 if colour == "FF0000" else 3), colour


def test_fonts_and_script_codes_are_kept():
    run = ('<w:r><w:rPr><w:rFonts w:ascii="Gill Sans MT" w:hAnsi="Cooper Black" w:cs="Vivaldi"/></w:rPr>'
           '<w:t>tekst</w:t></w:r>')
    kept = _public("word/document.xml", f'<w:document xmlns:w="{W}"><w:body><w:p>{run}</w:p></w:body></w:document>')
    assert all(f'"{font}"' in kept for font in ("Gill Sans MT", "Cooper Black", "Vivaldi"))
    theme = (f'<a:theme xmlns:a="{A}" name="Office"><a:fontScheme name="Office"><a:majorFont><a:latin '
             'typeface="Iskoola Pota"/><a:font script="Hans" typeface="宋体"/></a:majorFont></a:fontScheme></a:theme>')
    kept = _public("word/theme/theme1.xml", theme)
    assert 'script="Hans"' in kept and 'typeface="Iskoola Pota"' in kept


def test_a_style_name_read_as_data_becomes_its_id_and_names_stay_apart():
    styles = "".join(f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
                     for sid, name in (("TitleChar", "Title Char"), ("SubtitleChar", "Subtitle Char"),
                                       ("Nowak", "Jan Nowak")))
    kept = _public("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
    assert "usunięt" not in kept and "Jan Nowak" not in kept
    names = [part.split('"')[0] for part in kept.split('<w:name w:val="')[1:]]
    assert len(set(names)) == 3, names
