"""`pismo import` against the ninth import review (rev-imp9) of issue 17, second part: joins into a paragraph a
content control or custom XML holds, two deadlines in one action, check boxes in every form Word and typists write,
a table nested in a layout table's cell, a reversed range without the start's year."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from pismo.importer import sources
from test_import_rev_imp6 import _docx, _run, _texts
from test_import_rev_imp7 import W
from test_import_rev_imp8 import _cap, _grows_linearly


# --- findings 9 and 12: a drop cap or a deleted/hidden paragraph mark before a paragraph whose text sits in a
# content control (w:sdt) or custom XML markup was not joined: „G łównym…”, „w s prawie”.

def _wrapped(how: str, inner: str) -> str:
    """The paragraph inner in the given wrapper, as a unit's form template or a generator writes it."""
    return {"sdt": f"<w:sdt {W}><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>",
            "customXml": f'<w:customXml {W} w:element="x"><w:customXmlPr/>{inner}</w:customXml>',
            "nested": f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:bookmarkStart w:id='5' w:name='a'/><w:customXml "
                      f"w:element='x'>{inner}</w:customXml></w:sdtContent></w:sdt>",
            "plain": inner}[how]


_WRAPPERS = ["sdt", "customXml", "nested", "plain"]
_INLINE = {"run": _run("łównym zakładanym celem jest poprawa."),
           "smartTag": f"<w:smartTag w:element='x'>{_run('łównym zakładanym celem jest poprawa.')}</w:smartTag>",
           "ins": f"<w:ins w:id='3' w:author='A'>{_run('łównym zakładanym celem jest poprawa.')}</w:ins>",
           "hyperlink": f"<w:hyperlink w:anchor='a'>{_run('łównym zakładanym celem jest poprawa.')}</w:hyperlink>",
           "sdt": f"<w:sdt><w:sdtContent>{_run('łównym zakładanym celem jest poprawa.')}</w:sdtContent></w:sdt>"}


@pytest.mark.parametrize("inline", list(_INLINE))
@pytest.mark.parametrize("how", _WRAPPERS)
def test_a_drop_cap_joins_the_next_paragraph_whatever_wrapper_holds_it(how, inline):
    raw = _docx(_cap("G"), _wrapped(how, f"<w:p {W}>{_INLINE[inline]}</w:p>"), f"<w:p {W}>{_run('Dalej.')}</w:p>")
    assert _texts(raw) == ["Głównym zakładanym celem jest poprawa.", "Dalej."]


_MARKS = {"deleted": '<w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/>', "hidden": "<w:vanish/>"}


@pytest.mark.parametrize("mark", list(_MARKS))
@pytest.mark.parametrize("how", _WRAPPERS)
def test_a_joining_mark_joins_the_next_paragraph_whatever_wrapper_holds_it(how, mark):
    first = f'<w:p {W}><w:pPr><w:rPr>{_MARKS[mark]}</w:rPr></w:pPr>{_run("Patrole w rejonie ul. Długiej w s")}</w:p>'
    raw = _docx(first, _wrapped(how, f"<w:p {W}>{_run('prawie bezpieczeństwa – do 31.08.2026 r.')}</w:p>"),
                f"<w:p {W}>{_run('Dalej.')}</w:p>")
    assert _texts(raw) == ["Patrole w rejonie ul. Długiej w sprawie bezpieczeństwa – do 31.08.2026 r.", "Dalej."]


@pytest.mark.parametrize("how", ["sdt", "customXml"])
def test_a_joining_mark_at_a_wrappers_end_joins_the_paragraph_after_it(how):
    first = f'<w:p {W}><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{_run("Patrole w rejonie ul. Długiej w s")}</w:p>'
    raw = _docx(_wrapped(how, first), f"<w:p {W}>{_run('prawie bezpieczeństwa.')}</w:p>",
                f"<w:p {W}>{_run('Dalej.')}</w:p>")
    assert _texts(raw) == ["Patrole w rejonie ul. Długiej w sprawie bezpieczeństwa.", "Dalej."]


def test_a_paragraph_in_a_table_cell_is_never_joined_across_the_cells_end():
    first = f'<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{_run("Komórka")}</w:p>'
    raw = _docx(f"<w:tbl {W}><w:tr><w:tc>{first}</w:tc><w:tc><w:p>{_run('Druga')}</w:p></w:tc></w:tr></w:tbl>",
                f"<w:p {W}>{_run('Dalej.')}</w:p>")
    assert "Dalej." in _texts(raw)


def _wrapped_chain(count: int) -> etree._Element:
    deleted = f'<w:pPr><w:rPr>{_MARKS["deleted"]}</w:rPr></w:pPr>'
    chain = f"<w:sdt><w:sdtPr/><w:sdtContent><w:p>{deleted}{_run('a')}</w:p></w:sdtContent></w:sdt>" * count
    return etree.fromstring(f'<w:body {W}><w:p>{deleted}{_run("Tekst")}</w:p>{chain}<w:p>{_run("koniec")}</w:p>'
                            "</w:body>")


def test_a_chain_of_deleted_marks_each_in_a_content_control_is_joined_in_linear_time():
    body = _wrapped_chain(3)
    sources._join_deleted_marks(body)
    assert ["".join(p.itertext()) for p in body.iter(f"{{{sources._W[1:-1]}}}p")] == ["Tekstaaakoniec"]
    assert body.find(".//{*}sdt") is None  # a control left empty by the join is gone, never walked again
    assert _grows_linearly(lambda count: sources._join_deleted_marks(_wrapped_chain(count)), 2000)


# --- finding 1: two deadline ranges in one action („1–30.09.2026 r. oraz 1–30.11.2026 r.”) left „… oraz 1” in the
# description, the first range lost and nothing marked.

_TWO = [("1–30.06.2026 r. oraz 1–31.07.2026 r.", "2026-07-31"),
        ("od 1.04.2026 r. do 30.04.2026 r. i od 1.06.2026 do 30.06.2026 r.", "2026-06-30"),
        ("do 31.07.2026 r., do 30.04.2026 r.", "2026-07-31")]


@pytest.mark.parametrize("lead", ["- termin realizacji ", "– "])
@pytest.mark.parametrize("spec, end", _TWO)
def test_two_deadline_ranges_stay_in_the_text_and_the_later_end_is_the_deadline_marked(tmp_path, spec, end, lead):
    import yaml

    from test_import import mini_plan

    line = f"Patrole w rejonie ul. Długiej {lead}{spec}"
    path, _text, output = mini_plan(tmp_path, {3: [f"- {line}"]}, replace=True)
    assert "popraw w nim błędy" not in output
    text = path.read_text(encoding="utf-8")
    action = yaml.safe_load(text)["dzialania"][0]
    assert action["opis"] == line and {key: str(value) for key, value in action["termin"].items()} == {"do": end}
    marks = text.split("dzialania:")[1].split("opis:")[0]
    assert "DO SPRAWDZENIA" in marks and "kilka okresów albo dat" in marks


def test_a_range_after_words_no_date_reads_is_never_cut_at_its_dash():
    from pismo.importer.dates import split_deadline

    found = split_deadline("Patrole – termin realizacji 1–30.09.2026 r. oraz w miarę potrzeb 1–30.11.2026 r.", None)
    assert found is None or "oraz w miarę potrzeb 1" not in found.opis


# --- findings 3, 4, 5 and 6: check boxes Word inserts as symbols in a column of their own, a box after its option
# or after a list's dash, typed in round brackets, „[ x ]”, „[v]”, a yes/no form: box signs kept in the text,
# unticked options taken for chosen ones, unmarked, an option split at its „TAK”/„NIE”.

_OPTIONS = ["Strona internetowa KPP w Borównie.", "Ulotki w skrzynkach pocztowych.", "Rozmowy z mieszkańcami.",
            "Lokalna prasa."]
_CHOSEN = [True, False, True, False]


def _informing(text: str) -> list[tuple[str, bool]]:
    """(way of informing, marked for checking) of a case file, as its lines give them."""
    part = text.split("\ninformowanie:\n")[1].split("\n\n")[0].splitlines()
    items, marked = [], False
    for line in part:
        if line.startswith("  # DO SPRAWDZENIA"):
            marked = True
        elif line.startswith("  - "):
            items.append((line[4:], marked))
            marked = False
        elif line.startswith("    ") and items:  # a long item folded
            items[-1] = (items[-1][0] + " " + line.strip(), items[-1][1])
    return items


def _form(tmp_path, lines: list[str]) -> list[tuple[str, bool]]:
    from test_import import mini_plan

    path, _text, output = mini_plan(tmp_path, {5: lines}, replace=True)
    assert "popraw w nim błędy" not in output
    return _informing(path.read_text(encoding="utf-8"))


def _read_right(found: list[tuple[str, bool]]) -> bool:
    """Every option whole and without a box sign, the unticked ones marked or left out, the ticked ones unmarked."""
    expected = [(option, not chosen) for option, chosen in zip(_OPTIONS, _CHOSEN)]
    return found in (expected, [item for item in expected if not item[1]])


_TYPED_FORMS = {
    "after": ("{} [x]", "{} [ ]"), "after-sign": ("{} ☒", "{} ◻"), "dash": ("- [x] {}", "- [ ] {}"),
    "bullet-square": ("• [X] {}", "• [   ] {}"), "paren": ("(x) {}", "( ) {}"), "spaced-x": ("[ x ] {}", "[   ] {}"),
    "v": ("[v] {}", "[ ] {}"), "tick": ("[✓] {}", "[ ] {}"), "unicode": ("☑ {}", "☐ {}"),
    "yes-no": ("{} TAK ☒ NIE ☐", "{} TAK ☐ NIE ☒"), "yes-no-before": ("☒ tak ☐ nie {}", "☐ tak ☒ nie {}"),
    "yes-no-typed": ("{} TAK [x] NIE [ ]", "{} TAK [ ] NIE [x]")}


@pytest.mark.parametrize("form", list(_TYPED_FORMS))
def test_a_forms_options_are_read_by_their_boxes_whatever_way_they_are_typed(tmp_path, form):
    ticked, unticked = _TYPED_FORMS[form]
    found = _form(tmp_path, [(ticked if chosen else unticked).format(option)
                             for option, chosen in zip(_OPTIONS, _CHOSEN)])
    assert _read_right(found), found


@pytest.mark.parametrize("box", ["◻", "□", "☐", "[ ]", "( )"])
@pytest.mark.parametrize("side", ["before", "after"])
def test_a_box_in_a_column_of_its_own_is_read_whatever_its_sign(tmp_path, box, side):
    def row(option, chosen):
        sign = "☑" if chosen else box
        return f"{sign}\t{option}" if side == "before" else f"{option}\t{sign}"
    found = _form(tmp_path, [row(option, chosen) for option, chosen in zip(_OPTIONS, _CHOSEN)])
    assert _read_right(found), found


def test_word_symbol_boxes_in_a_table_column_are_read_as_boxes(tmp_path):
    """Insert → Symbol: Wingdings F0A8 (Word's empty box) and F0FE (☑) in a column before the options."""
    from test_import import _MINI, _MINI_TITLE, run

    def row(option, chosen):
        code = "F0FE" if chosen else "F0A8"
        return (f'<w:tr><w:tc><w:p><w:r><w:sym w:font="Wingdings" w:char="{code}"/></w:r></w:p></w:tc>'
                f"<w:tc><w:p>{_run(option)}</w:p></w:tc></w:tr>")
    table = f"<w:tbl {W}>" + "".join(row(*pair) for pair in zip(_OPTIONS, _CHOSEN)) + "</w:tbl>"
    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], *_MINI[3],
                                                              *_MINI[4], _MINI[5][0]]]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs, table))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    assert _read_right(_informing((tmp_path / "plan.yaml").read_text(encoding="utf-8")))


def test_round_brackets_in_the_middle_of_a_sentence_and_roman_numbers_are_no_boxes(tmp_path):
    found = _form(tmp_path, ["(v) Rozmowy z mieszkańcami (x) osiedla."])
    assert [text for text, _marked in found][0] == "(v) Rozmowy z mieszkańcami (x) osiedla."


# --- finding 11: part 3's table nested in a layout table's cell: its header row became an action „Lp. – Działanie”
# and every action started with „– ” (its number cell read as a list number).

_NESTED_ACTIONS = [("1.", "Patrole piesze w rejonie sklepu", "do 31.08.2026 r."),
                   ("2.", "Spotkanie z mieszkańcami osiedla", "do 30.09.2026 r.")]


@pytest.mark.parametrize("marked", [True, False], ids=["header-mark", "header-words"])
@pytest.mark.parametrize("depth", [1, 2])
def test_a_table_in_a_layout_tables_cell_is_read_as_a_table(tmp_path, marked, depth):
    import yaml

    from test_import_rev_imp8 import imported_with_actions_table

    def row(cells, header=False):
        mark = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
        return f"<w:tr>{mark}" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in cells) + "</w:tr>"

    table = ("<w:tbl>" + row(("Lp.", "Działanie", "Termin realizacji"), marked)
             + "".join(row(cells) for cells in _NESTED_ACTIONS) + "</w:tbl>")
    for _ in range(depth):
        table = f"<w:tbl><w:tr><w:tc>{table}<w:p/></w:tc></w:tr></w:tbl>"
    text = imported_with_actions_table(tmp_path, table.replace("<w:tbl>", f"<w:tbl {W}>", 1))
    actions = yaml.safe_load(text)["dzialania"]
    assert [action["opis"] for action in actions] == [opis for _, opis, _ in _NESTED_ACTIONS]
    assert [str(action["termin"]["do"]) for action in actions] == ["2026-08-31", "2026-09-30"]


# --- finding 2: a reversed range without the start's year („od 31.08 do 1.08.2026”) became a year-long deadline
# from the year before the plan, unmarked.

@pytest.mark.parametrize("spec", ["od 31.07 do 1.07.2026 r.", "31.07–1.07.2026 r."])
def test_a_reversed_range_without_the_starts_year_is_marked_never_a_year_long_deadline(tmp_path, spec):
    import yaml

    from test_import import mini_plan

    path, _text, _output = mini_plan(tmp_path, {3: [f"- Patrole w rejonie ul. Długiej – termin realizacji {spec}"]},
                                     replace=True)
    text = path.read_text(encoding="utf-8")
    action = yaml.safe_load(text)["dzialania"][0]
    assert action["opis"] == "Patrole w rejonie ul. Długiej"
    assert {key: str(value) for key, value in action["termin"].items()} == {"do": "2026-07-01"}
    marks = text.split("dzialania:")[1].split("opis:")[0]
    assert "DO SPRAWDZENIA" in marks and "po jego końcu" in marks


def test_a_range_over_the_new_year_within_the_plan_period_stays_unmarked():
    from pismo.importer.dates import split_deadline

    period = (dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    found = split_deadline("Patrole – termin realizacji od 15.12 do 15.01.2026 r.", period)
    assert (found.termin.od, found.termin.do, found.note) == (dt.date(2025, 12, 15), dt.date(2026, 1, 15), None)


# --- finding 14: months in Roman numerals, „III kw.”, „do końca III kwartału”, „II półrocze”, „07/2025 – 09/2025”
# were not read (marked, the whole period assumed).

_PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 8, 31))


@pytest.mark.parametrize("spec, start, end", [
    ("1–30 VI 2026 r.", "2026-06-01", "2026-06-30"), ("do 30 VI 2026 r.", None, "2026-06-30"),
    ("od 1 do 30 VI 2026 r.", "2026-06-01", "2026-06-30"), ("do 30.VI.2026 r.", None, "2026-06-30"),
    ("15 V – 30 VI 2026 r.", "2026-05-15", "2026-06-30"), ("V–VI 2026 r.", "2026-05-01", "2026-06-30"),
    ("II kw. 2026 r.", "2026-04-01", "2026-06-30"), ("do końca II kwartału 2026 r.", None, "2026-06-30"),
    ("I półrocze 2026 r.", "2026-01-01", "2026-06-30"), ("05/2026 – 06/2026", "2026-05-01", "2026-06-30")])
def test_roman_months_quarters_half_years_and_month_slash_year_are_read(spec, start, end):
    from pismo.importer.dates import split_deadline

    found = split_deadline(f"Patrole – termin realizacji {spec}", _PERIOD)
    assert found is not None and found.opis == "Patrole"
    assert (str(found.termin.od) if found.termin.od else None, str(found.termin.do)) == (start, end)


def test_a_roman_numeral_that_is_no_month_is_left_alone():
    from pismo.importer.dates import split_deadline

    assert split_deadline("Patrole w rejonie – termin realizacji II etap 2026 r.", _PERIOD) is None


# --- finding 13: partners in a [Podmiot | Zadania] table: the name kept its full stop and an office's units („Urząd
# Miejski – Referat A oraz Referat B.”) were part of its name.

@pytest.mark.parametrize("cell, name, units", [
    ("Rada Osiedla Bobrowniki w Borównie.", "Rada Osiedla Bobrowniki w Borównie", []),
    ("Urząd Miejski w Borównie – Referat Inwestycji oraz Referat Gospodarki Komunalnej.", "Urząd Miejski w Borównie",
     ["Referat Inwestycji", "Referat Gospodarki Komunalnej"]),
    ("Straż Miejska w Borównie – Wydział Prewencji", "Straż Miejska w Borównie", ["Wydział Prewencji"]),
    ("Szkoła Podstawowa nr 2 – filia", "Szkoła Podstawowa nr 2 – filia", [])])
def test_a_partners_name_cell_reads_as_a_partners_name_in_text(cell, name, units):
    from pismo.importer.items import Item, partner

    found = partner(Item("", cells=(cell, "Wspólne patrole.")))
    assert (found.nazwa, found.komorki, found.zadania) == (name, units, "Wspólne patrole.")
