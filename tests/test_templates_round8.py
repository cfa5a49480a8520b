"""Issue 17, eighth templates review (rev-tpl8): work LibreOffice is asked for past the limits of round 7 – a second
page setup in one section, fonts the template brings, thousands of sections, huge characters and lines, fields that
repeat a bookmark, margins that cancel out. Each is refused before conversion, so no test here runs LibreOffice."""

from __future__ import annotations

import pytest

from conftest import run
from helpers import LECZNA
from test_template_package import DOC, build, refused_everywhere
from test_templates_round7 import SECTION, in_body, page, passes, picture, with_picture


# --- finding 1: a second page setup, attributes outside Word's namespace ---------------------------------------

@pytest.mark.parametrize("section, fragment", [
    ('<w:pgSz w:w="11906" w:h="16838"/><w:pgSz w:w="300" w:h="300"/>' + SECTION.split("/>", 1)[1] + "",
     "sekcja podaje 2 razy rozmiar strony (w:pgSz)"),  # LibreOffice takes the last: a 0.5 cm page, 222 s
    (SECTION + '<w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/>',
     "sekcja podaje 2 razy marginesy (w:pgMar)"),
    (SECTION.replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w="11906" h="16838" w:w="300" w:h="300"/>'),
     "strona ma wymiary 0,5 × 0,5 cm"),  # LibreOffice reads only w:w
])
def test_a_page_setup_given_twice_or_unqualified_is_refused_everywhere(tmp_path, section, fragment):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body("", section)}, fragment)
    assert "część word/document.xml" in checked.output and "Word" in checked.output


# --- finding 7: fonts the template brings --------------------------------------------------------------------------

FONT_TABLE = "word/fontTable.xml"
EMBED = '<w:embedRegular r:id="rIdF1" w:fontKey="{00000000-0000-0000-0000-000000000000}"/>'
FONT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdF1" Type="http://schemas.'
             'openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font1.odttf"/>'
             '</Relationships>')


def embed(xml: str) -> str:
    return xml.replace('<w:pitch w:val="variable"/>', '<w:pitch w:val="variable"/>' + EMBED, 1)


@pytest.mark.parametrize("spec, part", [
    ({"edits": {FONT_TABLE: embed}, "extra": [("word/_rels/fontTable.xml.rels", FONT_RELS.encode()),
                                               ("word/fonts/font1.odttf", b"\0\1\0\0" + bytes(200))]},
     "word/fonts/font1.odttf"),  # the PDF drew "7" for "1" (rev-tpl8's swapped font)
    ({"edits": {FONT_TABLE: embed}}, FONT_TABLE),  # the reference alone, whatever it points at
    ({"edits": {}, "extra": [("word/fonts/font1.odttf", b"\0\1\0\0" + bytes(200))]}, "word/fonts/font1.odttf"),
])
def test_an_embedded_font_is_refused_everywhere(tmp_path, spec, part):
    checked, _made = refused_everywhere(tmp_path, spec, f"część {part} to czcionka osadzona")
    assert "Osadź czcionki w pliku" in checked.output


# --- finding 6: thousands of sections --------------------------------------------------------------------------------

def section_breaks(count: int) -> str:
    return f'<w:p><w:pPr><w:sectPr>{SECTION}</w:sectPr></w:pPr></w:p>' * count


def test_too_many_sections_are_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, {DOC: in_body(section_breaks(200))}, "pismo ma 201 sekcji (najwyżej 200)")


def test_a_section_break_in_a_loop_counts_after_filling(tmp_path):
    loop = ('<w:p><w:r><w:t>{%p for x in range(300) %}</w:t></w:r></w:p>' + section_breaks(1)
            + '<w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>')
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build({DOC: in_body(loop)}))
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 1 and "sekcji (najwyżej 200)" in made.output, made.output


def test_a_few_sections_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body(section_breaks(5))})


# --- finding 8: characters and lines larger than the page -----------------------------------------------------------

STYLES = "word/styles.xml"
NORMAL = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>'


def in_normal(ppr: str = "", rpr: str = ""):
    def edit(xml: str) -> str:
        assert NORMAL + "</w:pPr><w:rPr>" in xml
        return xml.replace(NORMAL + "</w:pPr><w:rPr>", NORMAL + ppr + "</w:pPr><w:rPr>" + rpr, 1)
    return edit


@pytest.mark.parametrize("ppr, rpr, fragment", [
    ("", '<w:sz w:val="3276"/><w:szCs w:val="3276"/>', "rozmiar czcionki (val) wynosi 1638 pt, najwyżej 200 pt"),
    ("", '<w:szCs w:val="10cm"/>', "rozmiar czcionki (val) wynosi 283,5 pt"),
    ('<w:spacing w:line="30000" w:lineRule="exact"/>', "", "interlinia (line) wynosi 1500 pt"),
    ('<w:spacing w:line="30000"/>', "", "interlinia (line) wynosi 125 wierszy, najwyżej 10 wierszy"),
    ('<w:spacing w:before="20000"/>', "", "odstęp akapitu (before) wynosi 1000 pt"),
    ('<w:spacing w:afterLines="5000"/>', "", "odstęp akapitu (afterLines) wynosi 50 wierszy"),
    ('<w:spacing w:after="lots"/>', "", "ustawienie odstęp akapitu after=„lots”"),
])
def test_type_larger_than_a_page_is_refused_everywhere(tmp_path, ppr, rpr, fragment):
    checked, _made = refused_everywhere(tmp_path, {STYLES: in_normal(ppr, rpr)}, fragment)
    assert "część word/styles.xml" in checked.output


def test_a_huge_run_in_the_body_is_refused(tmp_path):
    run_ = '<w:p><w:r><w:rPr><w:sz w:val="1000"/></w:rPr><w:t>x</w:t></w:r></w:p>'
    refused_everywhere(tmp_path, {DOC: in_body(run_)}, "rozmiar czcionki (val) wynosi 500 pt")


def test_large_headings_and_double_spacing_still_pass(tmp_path):
    passes(tmp_path, {STYLES: in_normal('<w:spacing w:before="1200" w:after="600" w:line="480"/>',
                                        '<w:sz w:val="144"/>')})


# --- finding 5: fields that print a bookmark again ------------------------------------------------------------------

def bookmarked(words: int) -> str:
    return ('<w:p><w:bookmarkStart w:id="7" w:name="BIG"/><w:r><w:t>' + "słowo " * words
            + '</w:t></w:r><w:bookmarkEnd w:id="7"/></w:p>')


def refs(count: int, field: str = "REF BIG \\h") -> str:
    return f'<w:p>{f"<w:fldSimple w:instr={chr(34)} {field} {chr(34)}/>" * count}</w:p>'


@pytest.mark.parametrize("body", [
    bookmarked(2000) + refs(500),  # a million words from a 6.6 KB template: over 70 s
    bookmarked(2000) + refs(5, "ref big"),  # Word's bookmark names ignore case
    refs(101, "PAGEREF BIG \\h"),
])
def test_fields_repeating_a_bookmark_are_bounded_everywhere(tmp_path, body):
    # refused by name since rev-tpl13 (LibreOffice computes REF and PAGEREF, Word shows the stored result)
    refused_everywhere(tmp_path, {DOC: in_body(body)}, "zawiera pole ")


def test_a_few_references_to_a_short_bookmark_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body(bookmarked(20) + refs(10, "SEQ Zal") + refs(10, "PAGE"))})


# --- findings 2 and 3: the text area – header and footer distance, indents, negative margins -----------------------

def margins(left="1418", right="1134", gutter="0", top="1134", bottom="1134", header="567", footer="567") -> str:
    return (f'<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" '
            f'w:left="{left}" w:header="{header}" w:footer="{footer}" w:gutter="{gutter}"/><w:cols w:space="708"/>')


@pytest.mark.parametrize("section, fragment", [
    (margins(left="-20000", right="29000"), "margines lewy jest ujemny (-35,3 cm)"),  # a blank PDF
    (margins(gutter="-9000"), "margines na oprawę (gutter) jest ujemny"),
    (margins(top="0", bottom="0", header="0", footer="16700"), "zostawiają na tekst 16,5 × 0,2 cm"),  # 80 pages
    (margins(header="14600"), "zostawiają na tekst 16,5 × 1,9 cm"),
    (margins(header="20000"), "zostawiają na tekst 16,5 × 0,0 cm"),  # no negative length shown
])
def test_a_text_area_cancelled_out_or_under_the_footer_is_refused_everywhere(tmp_path, section, fragment):
    checked, _made = refused_everywhere(tmp_path, {DOC: in_body("", section)}, fragment)
    assert "część word/document.xml" in checked.output


@pytest.mark.parametrize("spec", [
    {STYLES: lambda xml: xml.replace("<w:pPrDefault><w:pPr>", '<w:pPrDefault><w:pPr><w:ind w:left="5900" '
                                     'w:right="5900"/>', 1)},  # a line of 0.27 cm: 52 pages
    {STYLES: in_normal('<w:ind w:start="4000" w:end="4000"/>')},
    {DOC: in_body('<w:p><w:pPr><w:ind w:firstLine="8000"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>')},
])
def test_indents_leaving_no_line_are_refused_everywhere(tmp_path, spec):
    refused_everywhere(tmp_path, spec, "wcięcia akapitu wynoszą razem")


def test_a_signature_indent_a_deep_list_level_and_a_negative_top_margin_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body('<w:p><w:pPr><w:ind w:left="5103" w:hanging="-500"/></w:pPr></w:p>'
                                   '<w:p><w:pPr><w:ind w:left="6480" w:hanging="360"/></w:pPr></w:p>',
                                   margins(top="-1134", left="0"))})


# --- finding 4: Word's own picture styles on a logo ------------------------------------------------------------------

SOFT_EDGE = '<a:effectLst><a:softEdge rad="112500"/></a:effectLst>'  # "Soft Edge Rectangle"
REFLECTION = ('<a:effectLst><a:reflection blurRad="12700" stA="38000" endPos="28000" dist="5000" dir="5400000" '
              'sy="-100000" algn="bl" rotWithShape="0"/></a:effectLst>')


@pytest.mark.parametrize("effects", [SOFT_EDGE, REFLECTION])
def test_a_logo_in_a_picture_style_of_word_passes(tmp_path, effects):
    passes(tmp_path, with_picture(f'<w:p>{picture("rIdP", effects)}</w:p>', 200))


def test_many_drawings_with_gallery_effects_are_refused_everywhere(tmp_path):
    body = f'<w:p>{picture("rIdP", SOFT_EDGE) * 3}{picture("rIdP", REFLECTION) * 3}</w:p>'
    checked, _made = refused_everywhere(tmp_path, with_picture(body, 20), "na ponad 5 rysunkach")
    assert "minuty" in checked.output and "do minut" not in checked.output
