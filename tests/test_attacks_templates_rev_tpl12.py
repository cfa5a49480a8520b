"""Issue 17, twelfth templates review (rev-tpl12): field codes split otherwise than the bounds split them, fields
of every kind without a bound. Each is refused before conversion: no test here runs LibreOffice (the seconds it
took are in the comments and the commits)."""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl10 import bookmarked, in_footer
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes


def fields(code: str, count: int) -> str:
    return "<w:p>" + f'<w:fldSimple w:instr="{code}"><w:r><w:t>1</w:t></w:r></w:fldSimple>' * count + "</w:p>"


# --- finding 1: a switch glued to the bookmark's name ---------------------------------------------------------------

@pytest.mark.parametrize("code", [
    " REF BIG\\h ",  # 100 REFs of a 2000-word bookmark: over 120 s, no PDF; weighed as 0 characters
    ' REF &quot;BIG&quot;\\h ',
    " NOTEREF BIG\\f ",
    " REF \\h BIG ",
])
def test_references_whose_switch_is_glued_are_weighed(tmp_path, code):
    spec = {DOC: in_body(bookmarked("BIG", "słowo " * 2000) + fields(code, 100))}
    checked, _made = refused_everywhere(tmp_path, spec, "pola powtarzające inny fragment pisma (REF")
    assert "część word/document.xml" in checked.output


def test_a_set_value_glued_to_its_name_is_weighed(tmp_path):
    spec = {DOC: in_body('<w:p><w:fldSimple w:instr=" SET BIG&quot;' + "słowo " * 2000
                         + '&quot; "><w:r><w:t>c</w:t></w:r></w:fldSimple></w:p>' + fields(" REF BIG\\h ", 100))}
    refused_everywhere(tmp_path, spec, "pola powtarzające inny fragment pisma (REF")


def test_a_few_glued_references_of_a_short_bookmark_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body(bookmarked("Sygnatura", "RSOW-123/25") + fields(" REF Sygnatura\\h ", 3))})


# --- finding 6: fields of every kind --------------------------------------------------------------------------------

@pytest.mark.parametrize("spec, fragment", [
    # 20 000 SEQ fields: over 120 s, no PDF; 5000: 32 s
    ({DOC: in_body(fields(" SEQ A ", 501))}, "część word/document.xml"),
    ({DOC: in_body(fields(" PAGE ", 300) + fields(" = 1+1 ", 201))}, "część word/document.xml"),
    # a footer's 51 fields, laid out on every page of the letter
    ({DOC: in_body(fields(" SEQ A ", 2)), **in_footer(fields(" PAGE ", 51))}, "wszystkie części razem"),
])
def test_fields_of_every_kind_are_bounded_everywhere(tmp_path, spec, fragment):
    checked, _made = refused_everywhere(tmp_path, spec, "pól jest ponad 500")
    assert fragment in checked.output


def test_fields_multiplied_by_a_loop_are_bounded(tmp_path):
    loop = ('<w:p><w:r><w:t>{%p for i in range(600) %}</w:t></w:r></w:p>' + fields(" SEQ A ", 1)
            + '<w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>')
    spec = {DOC: in_body(loop)}
    refused_everywhere(tmp_path, spec, "po wypełnieniu")


def test_a_letters_numbered_fields_still_pass(tmp_path):
    passes(tmp_path, {DOC: in_body(fields(" SEQ Tabela \\* ARABIC ", 40)),
                      **in_footer(fields(" PAGE ", 1) + fields(" NUMPAGES ", 1))})
