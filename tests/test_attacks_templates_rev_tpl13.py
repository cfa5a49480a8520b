"""Issue 17, thirteenth templates review (rev-tpl13): what Word shows and what LibreOffice prints into the PDF
differ – fields whose stored result one reader shows and the other computes (findings 1–5, 8, 13–15), markup Word
refuses or skips (6, 7), chart alternate content (12); Word's emoji markup passes (9). Each is refused before
conversion: no test here runs LibreOffice (what the PDF printed is in the comments)."""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl10 import bookmarked, in_footer
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes


def shown(code: str, stored: str = "kwota 100 zł", begin: str = "") -> str:
    """A paragraph „FLD-TEST: ” with a complex field of this code and stored result."""
    return ('<w:p><w:r><w:t xml:space="preserve">FLD-TEST: </w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="begin"{begin}/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{stored}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> :END</w:t></w:r></w:p>')


# --- the field class: only fields both readers compute alike from the finished letter ---------------------------

@pytest.mark.parametrize("spec, name", [
    # 1, 2: a REF of a bookmark a {% if %} removes printed „Error: Reference source not found”, of a bookmark holding
    # a tag or other text the filled bookmark, while Word shows the stored result
    ({DOC: in_body("<w:p><w:r><w:t>{%p if false %}</w:t></w:r></w:p>" + bookmarked("ZNIK", "kwota 100 zł")
                   + "<w:p><w:r><w:t>{%p endif %}</w:t></w:r></w:p>" + shown(" REF ZNIK \\h "))}, "REF"),
    ({DOC: in_body(bookmarked("KW", "kwota 900 zł") + shown(" REF KW \\h "))}, "REF"),
    ({DOC: in_body(bookmarked("ZAL", "załącznik") + shown(" PAGEREF ZAL \\h ", "9"))}, "PAGEREF"),
    ({DOC: in_body(bookmarked("KW", "kwota 900 zł") + shown(" NOTEREF KW \\h ", "1"))}, "NOTEREF"),
    # 8: another letter case: LibreOffice's error, Word's stored result
    ({DOC: in_body(bookmarked("Kwota", "kwota 100 zł") + shown(" REF KWOTA \\h "))}, "REF"),
    # 3: SEQ's switches LibreOffice computes: „kwota 900 zł”, „kwota 000 zł”, „1” where Word shows the stored one
    ({DOC: in_body(shown(" SEQ A \\r 9 ", "1"))}, "SEQ"),
    ({DOC: in_body(shown(" SEQ A ", "3") + shown(" SEQ A \\c ", "1"))}, "SEQ"),
    ({DOC: in_body(shown(" SEQ A \\h "))}, "SEQ"),
    # 4, 5: SET's stored result and AUTONUM's printed nothing, LISTNUM the stored text Word renumbers
    ({DOC: in_body(shown(' SET kw "100" ', "kwota 900 zł"))}, "SET"),
    ({DOC: in_body(shown(" AUTONUM ", "9."))}, "AUTONUM"),
    ({DOC: in_body(shown(" LISTNUM ", "9)"))}, "LISTNUM"),
    # 15: STYLEREF in a footer: the stored result on every page, Word the styled paragraph's text
    (in_footer(shown(" STYLEREF Duzy ", "kwota 900 zł")), "STYLEREF"),
    # QUOTE, IF and the rest whose result one reader computes
    ({DOC: in_body(shown(' QUOTE "kwota 900 zł" '))}, "QUOTE"),
    ({DOC: in_body(shown(' IF 1 = 1 "a" "b" '))}, "IF"),
])
def test_fields_readers_compute_otherwise_are_refused_by_name(tmp_path, spec, name):
    refused_everywhere(tmp_path, spec, f"zawiera pole {name}")


@pytest.mark.parametrize("spec, fragment", [
    # 13: a dirty field Word recomputes on opening („kwota 900 zł”), the PDF keeps the stored „kwota 100 zł”
    ({DOC: in_body(shown(" SEQ Zal ", "7", begin=' w:dirty="true"'))}, "w:dirty"),
    ({DOC: in_body('<w:p><w:fldSimple w:instr=" PAGE " w:dirty="1"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>')},
     "w:dirty"),
    # a locked PAGE in the footer: the PDF „Strona 1 z 2”, „Strona 2 z 2”, Word the stored „1” on every page
    (in_footer(shown(" PAGE ", "1", begin=' w:fldLock="true"')), "w:fldLock"),
])
def test_dirty_or_locked_fields_are_refused(tmp_path, spec, fragment):
    refused_everywhere(tmp_path, spec, fragment)


def test_nested_field_followed_by_words_is_told_as_such(tmp_path):
    # 11: was told as a field „9” reading files or the computer
    outer = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> 9 </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    checked, _ = refused_everywhere(tmp_path, {DOC: in_body(outer)}, "nie zaczyna się od nazwy pola")
    assert "spoza dokumentu" not in checked.output


def test_fields_both_readers_compute_alike_pass(tmp_path):
    body = (shown(" PAGE ", "1") + shown(" NUMPAGES \\* MERGEFORMAT ", "2") + shown(" SEQ Zal \\* ARABIC ", "1")
            + shown(' DATE \\@ "d MMMM yyyy" ', "1 lipca 2025") + shown(" SECTIONPAGES ", "2")
            + shown(' HYPERLINK "https://policja.pl" ', "policja.pl"))
    passes(tmp_path, {DOC: in_body(body)})


# --- finding 6: Markup Compatibility attributes Word stops at ------------------------------------------------------

MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '


@pytest.mark.parametrize("declarations, fragment", [
    # must_zz: LibreOffice wrote the PDF, Word refuses to open the letter
    (MC_NS + 'xmlns:zz="urn:pismo-test" mc:MustUnderstand="zz"', "mc:MustUnderstand"),
    # ign_undeclared: a prefix no declaration names
    (MC_NS + 'mc:Ignorable="qq"', "„qq”"),
])
def test_compatibility_attributes_word_stops_at_are_refused(tmp_path, declarations, fragment):
    spec = {DOC: lambda xml: xml.replace("<w:document ", "<w:document " + declarations.replace(
        MC_NS, "" if "xmlns:mc=" in xml.split(">", 2)[1] else MC_NS) + " ", 1)}
    refused_everywhere(tmp_path, spec, fragment)


def test_must_understand_of_words_own_namespace_passes(tmp_path):
    spec = {DOC: lambda xml: xml.replace("<w:document ", "<w:document " + (
        "" if "xmlns:mc=" in xml.split(">", 2)[1] else MC_NS) + 'xmlns:w14="http://schemas.microsoft.com/office/'
        'word/2010/wordml" mc:MustUnderstand="w14" ', 1)}
    passes(tmp_path, spec)
