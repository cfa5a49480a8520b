"""Issue 17, twelfth templates review (rev-tpl12): field codes split otherwise than the bounds split them, fields
of every kind without a bound. Each is refused before conversion: no test here runs LibreOffice (the seconds it
took are in the comments and the commits)."""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl10 import bookmarked, in_footer
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes, with_chart
from test_templates_round9 import chart_of


def fields(code: str, count: int) -> str:
    return "<w:p>" + f'<w:fldSimple w:instr="{code}"><w:r><w:t>1</w:t></w:r></w:fldSimple>' * count + "</w:p>"


# --- finding 1: a switch glued to the bookmark's name ---------------------------------------------------------------

@pytest.mark.parametrize("code, name", [(" REF BIG\\h ", "REF"), (' REF &quot;BIG&quot;\\h ', "REF"),
                                        (" NOTEREF BIG\\f ", "NOTEREF")])
def test_references_whose_switch_is_glued_are_refused_by_name(tmp_path, code, name):
    refused_everywhere(tmp_path, {DOC: in_body(bookmarked("BIG", "słowo") + fields(code, 1))}, f"zawiera pole {name} (")


# --- finding 6: fields of every kind --------------------------------------------------------------------------------

@pytest.mark.parametrize("spec, fragment", [
    # 20 000 SEQ fields: over 120 s, no PDF; 5000: 32 s
    ({DOC: in_body(fields(" SEQ A ", 501))}, "część word/document.xml"),
    ({DOC: in_body(fields(" PAGE ", 300) + fields(" SEQ B ", 201))}, "część word/document.xml"),
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


# --- findings 4 and 7: points coloured one by one over all charts, and series ---------------------------------------

DRAWING = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="3000000"/><wp:docPr id="3" name="C"/>'
           '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
           '<c:chart r:id="rIdC"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def drawn(chart_xml: bytes, times: int) -> dict:
    spec = with_chart(chart_xml)
    body = spec["edits"][DOC]
    spec["edits"][DOC] = lambda xml: body(xml).replace("<w:body>", "<w:body>" + DRAWING * (times - 1), 1)
    return spec


def series_chart(count: int) -> bytes:
    one = chart_of("lineChart", 2, vary="0")
    start, end = one.index(b"<c:ser>"), one.index(b"</c:ser>") + len(b"</c:ser>")
    return one[:start] + one[start:end] * count + one[end:]


def test_pies_drawn_many_times_are_bounded_over_the_template(tmp_path):
    """30 pies of 100 labelled slices: 31 s for one letter; each within the bound of one chart."""
    refused_everywhere(tmp_path, drawn(chart_of("pieChart", 100, labels=True), 12), "ponad 60 mln pikseli")


def test_a_chart_of_many_series_is_refused(tmp_path):
    """2000 series of 2 points: 12.5 s drawn once, 90 s drawn 10 times."""
    refused_everywhere(tmp_path, with_chart(series_chart(51)), "wykres ma 51 serii danych (najwyżej 50)")


def test_a_letters_pie_and_chart_of_a_few_series_drawn_twice_still_pass(tmp_path):
    passes(tmp_path, drawn(chart_of("pieChart", 12, labels=True), 2))
    (tmp_path / "b").mkdir()
    passes(tmp_path / "b", drawn(series_chart(6), 2))
