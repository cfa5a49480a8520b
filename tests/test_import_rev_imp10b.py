"""`pismo import` against the tenth import review (rev-imp10) of issue 17, its findings left after the first round
of fixes: marks typed in a form table's answer columns, partner names with their units, lower Roman numbering."""

from __future__ import annotations

import pytest

from test_import_rev_imp6 import _docx, _run
from test_import_rev_imp7 import W
from test_import_rev_imp9b import _CHOSEN, _OPTIONS, _form, _informing, _read_right


# --- finding 17: a yes/no form as a table with an „X” typed in its TAK or NIE column (the other cell empty), or a
# choice column „Wybór (X)” with an „X” in the chosen rows: the mark stayed in every option's text („… – X”), which
# column held it was lost, the header row became an item.

_MARK_FORMS = {
    "yes-no-X": (["Sposób informowania\tTAK\tNIE"], "{}\tX\t", "{}\t\tX"),
    "yes-no-x": (["Sposób informowania\tTak\tNie"], "{}\tx\t", "{}\t\tx"),
    "yes-no-tick": (["Sposób\tTAK\tNIE"], "{}\t✓\t", "{}\t\t✓"),
    "yes-no-v": (["Sposób informowania\tTAK\tNIE"], "{}\tv\t", "{}\t\tv"),
    "choice": (["Sposób informowania\tWybór (X)"], "{}\tX", "{}\t"),
    "choice-before": (["Wybór (X)\tSposób informowania"], "X\t{}", "\t{}"),
    "choice-words": (["Sposób informowania\tWybór"], "{}\ttak", "{}\tnie"),
}


@pytest.mark.parametrize("form", list(_MARK_FORMS))
def test_a_mark_typed_in_a_forms_answer_column_counts_as_a_box(tmp_path, form):
    header, ticked, unticked = _MARK_FORMS[form]
    found = _form(tmp_path, header + [(ticked if chosen else unticked).format(option)
                                      for option, chosen in zip(_OPTIONS, _CHOSEN)])
    assert _read_right(found), found


@pytest.mark.parametrize("columns", [("TAK", "NIE"), ("Wybór (X)",)])
def test_a_mark_typed_in_a_word_forms_answer_column_counts_as_a_box(tmp_path, columns):
    from test_import import _MINI, _MINI_TITLE, run

    def row(cells):
        return "<w:tr>" + "".join(f"<w:tc><w:p>{_run(cell) if cell else ''}</w:p></w:tc>" for cell in cells) + "</w:tr>"

    def answers(chosen):
        return ("X", "") if len(columns) == 2 and chosen else ("", "X") if len(columns) == 2 else ("X" if chosen else "",)
    rows = [row(("Sposób informowania", *columns))] + [row((option, *answers(chosen)))
                                                       for option, chosen in zip(_OPTIONS, _CHOSEN)]
    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], *_MINI[3],
                                                              *_MINI[4], _MINI[5][0]]]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs, f"<w:tbl {W}>{''.join(rows)}</w:tbl>"))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    found = _informing((tmp_path / "plan.yaml").read_text(encoding="utf-8"))
    assert _read_right(found), found


def test_an_x_in_a_table_without_an_answer_header_stays_text(tmp_path):
    found = _form(tmp_path, ["Rozmowy z mieszkańcami\tX", "Lokalna prasa\tX"])
    assert [text for text, _marked in found] == ["Rozmowy z mieszkańcami – X", "Lokalna prasa – X"], found
