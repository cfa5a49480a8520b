"""`pismo import` against the eleventh import review (rev-imp11) of issue 17: box signs inside prose, yes/no
columns in either order, drop caps before emptied controls, ranges of quarters, unknown table columns."""

from __future__ import annotations

import pytest
import yaml

from test_import import checked, mini_plan

_PROSE_NOTE = "w środku tego zdania stoi znak pola wyboru"


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- findings 1, 2, 12 and 14: a box sign inside prose („Wyniki: ☒ tak – 38%, ☐ nie – 62%.”, „Pytanie ankiety:
# [x] tak [ ] nie”, „Zakres: ☒ kamery ☐ oświetlenie.”, a box at a paragraph's end) split the paragraph, the action
# or the partner into options marked „usuń ją”; outside part 5's options it stays text, marked once.

@pytest.mark.parametrize("part, line, field", [
    (1, "W ankiecie pytano: czy czujesz się bezpiecznie? Wyniki: ☒ tak – 38%, ☐ nie – 62%.", "zagrozenie"),
    (1, "Mieszkańcy zgłaszają kradzieże. Wyniki ankiety: ☒ 38% czuje się bezpiecznie, ☐ 62% nie.", "zagrozenie"),
    (1, "Problem zauważono podczas obchodu rejonu służbowego □", "zagrozenie"),
    (1, "Problem zauważono podczas obchodu rejonu służbowego [ ]", "zagrozenie"),
    (2, "Wymiana kamer analogowych na nowe cyfrowe (x)", "cel"),
    (3, "- Ankieta wśród mieszkańców. Pytanie ankiety: [x] tak [ ] nie – do 31.07.2026 r.", "dzialania"),
    (4, "- Straż Miejska w Borównie. Wspólne patrole. Zakres: ☒ kamery ☐ oświetlenie.", "partnerzy")])
def test_a_box_inside_prose_stays_text_marked_once(tmp_path, part, line, field):
    path, _text, output = mini_plan(tmp_path, {part: [line]})
    case, written = _case(path)
    items = case[field]["opis"] if part in (1, 2) else case[field]
    assert len(items) == 2, items
    words = line.lstrip("- ").split(" – do ")[0].split(". ")[-1]
    assert words in str(items[1]), items
    assert written.count(_PROSE_NOTE) == 1 and "usuń ją" not in written, written
    assert checked(1) in output, output


def test_a_lone_box_line_in_prose_is_marked(tmp_path):
    path, _text, output = mini_plan(tmp_path, {1: ["□"]})
    case, written = _case(path)
    assert checked(0) not in output and "usuń ją" not in written, written


def test_options_after_a_short_label_in_part_5_are_still_options(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {5: ["Sposób: ☒ strona KPP ☐ prasa lokalna"]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"][-2:] == ["strona KPP", "prasa lokalna"], case["informowanie"]
    assert written.count("usuń ją") == 1, written


def test_a_box_in_a_table_cells_sentence_is_marked(tmp_path):
    line = "Spotkanie przy ul. Długiej [ ] w Rejonie III\tdo 31.07.2026 r."
    path, _text, _output = mini_plan(tmp_path, {3: [line]})
    case, written = _case(path)
    assert "[ ]" in case["dzialania"][1]["opis"] and _PROSE_NOTE in written, written


# --- finding 16: a yes/no form table with its answer columns as „NIE | TAK” or named „Tak (X) | Nie (X)”: the
# header row became an item, „– X” stayed in each option, and with ☒/☐ in Word the answers were read inverted.

_REVERSED_FORMS = {
    "nie-tak-X": (["Sposób informowania\tNIE\tTAK"], "{}\t\tX", "{}\tX\t"),
    "tak-x-nie-x": (["Sposób informowania\tTak (X)\tNie (X)"], "{}\tX\t", "{}\t\tX"),
    "nie-tak-boxes": (["Sposób informowania\tNIE\tTAK"], "{}\t☐\t☒", "{}\t☒\t☐"),
    "nie-x-tak-x-boxes": (["Sposób informowania\tNie [X]\tTak [X]"], "{}\t☐\t☒", "{}\t☒\t☐"),
}


@pytest.mark.parametrize("form", list(_REVERSED_FORMS))
def test_yes_no_columns_are_read_by_their_header_words(tmp_path, form):
    from test_import_rev_imp9b import _CHOSEN, _OPTIONS, _form, _read_right

    header, ticked, unticked = _REVERSED_FORMS[form]
    found = _form(tmp_path, header + [(ticked if chosen else unticked).format(option)
                                      for option, chosen in zip(_OPTIONS, _CHOSEN)])
    assert _read_right(found), found


def test_yes_no_columns_of_a_word_table_are_read_by_their_header_words(tmp_path):
    from test_import import _MINI, _MINI_TITLE, run
    from test_import_rev_imp6 import _docx, _run
    from test_import_rev_imp7 import W
    from test_import_rev_imp9b import _CHOSEN, _OPTIONS, _informing, _read_right

    def row(cells):
        return "<w:tr>" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in cells) + "</w:tr>"
    rows = [row(("Sposób informowania", "NIE", "TAK"))] + [
        row((option, "☐", "☒") if chosen else (option, "☒", "☐")) for option, chosen in zip(_OPTIONS, _CHOSEN)]
    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], *_MINI[3],
                                                              *_MINI[4], _MINI[5][0]]]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs, f"<w:tbl {W}>{''.join(rows)}</w:tbl>"))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    found = _informing((tmp_path / "plan.yaml").read_text(encoding="utf-8"))
    assert _read_right(found), found


# --- finding 6: drop caps or hidden marks each followed by an emptied content control (one holding only a
# bookmark) were joined quadratically: each join walked over every control the joins before had emptied.

_EMPTIED = '<w:sdt><w:sdtPr/><w:sdtContent><w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkEnd w:id="1"/>' \
           '</w:sdtContent></w:sdt>'


@pytest.mark.parametrize("join, kind", [("_join_drop_caps", "framePr"), ("_join_deleted_marks", "vanish")])
def test_joins_past_emptied_controls_take_linear_time(join, kind):
    from lxml import etree

    from pismo.importer import sources
    from test_import_rev_imp6 import _run
    from test_import_rev_imp7 import W
    from test_import_rev_imp8 import _grows_linearly

    mark = ('<w:pPr><w:framePr w:dropCap="drop" w:lines="2"/></w:pPr>' if kind == "framePr"
            else "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>")
    paragraph = f"<w:p>{mark}{_run('a')}</w:p>"

    def work(count):
        body = etree.fromstring(f'<w:body {W}>{(paragraph + _EMPTIED) * count}<w:p>{_run("koniec")}</w:p></w:body>')
        getattr(sources, join)(body)
        assert ["".join(p.itertext()) for p in body.iter(sources._W + "p")] == ["a" * count + "koniec"]
    assert _grows_linearly(work, 200)


# --- finding 17: a yes/no form table with an „Lp.” column kept the number in each way („1. – Zamieszczenie …”).

def test_a_number_cell_of_a_yes_no_form_is_no_part_of_the_option(tmp_path):
    from test_import_rev_imp9b import _CHOSEN, _OPTIONS, _form, _read_right

    rows = [f"{at}.\t{option}\t" + ("☒\t☐" if chosen else "☐\t☒")
            for at, (option, chosen) in enumerate(zip(_OPTIONS, _CHOSEN), 1)]
    found = _form(tmp_path, ["Lp.\tSposób informowania\tTAK\tNIE"] + rows)
    assert _read_right(found), found
