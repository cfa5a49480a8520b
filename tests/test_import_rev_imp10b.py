"""`pismo import` against the tenth import review (rev-imp10) of issue 17, its findings left after the first round
of fixes: marks typed in a form table's answer columns, partner names with their units, lower Roman numbering."""

from __future__ import annotations

import pytest

from test_import import checked
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


# --- findings 11 and 19: a partner table's name cell holding the office and its units as paragraphs of their own
# was one run-on name („Urząd Miejski w Borównie Referat … Referat …”); units in brackets after the name stayed in
# it; an address after the name went into the name unmarked.

def _partners_of_word_table(tmp_path, rows) -> tuple[list[dict], str]:
    import yaml

    from test_import import _MINI, _MINI_TITLE, run

    def cell(paragraphs):
        return "<w:tc>" + "".join(f"<w:p>{_run(text)}</w:p>" for text in paragraphs) + "</w:tc>"
    table = f"<w:tbl {W}>" + "".join("<w:tr>" + "".join(map(cell, cells)) + "</w:tr>" for cells in rows) + "</w:tbl>"
    before = [_MINI_TITLE, *_MINI[1], *_MINI[2], *_MINI[3], _MINI[4][0]]
    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in before]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs, table, *[f"<w:p {W}>{_run(line)}</w:p>" for line in _MINI[5]]))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    return yaml.safe_load((tmp_path / "plan.yaml").read_text(encoding="utf-8"))["partnerzy"], result.output


def test_a_name_cells_unit_paragraphs_are_the_partners_units(tmp_path):
    partners, output = _partners_of_word_table(tmp_path, [
        (["Lp."], ["Podmiot"], ["Zadania"]),
        (["1."], ["Urząd Miejski w Borównie", "Referat Inwestycji i Rozwoju Gminy",
                  "Referat Gospodarki Komunalnej i Ochrony Środowiska"], ["Modernizacja kamer monitoringu."]),
        (["2."], ["Szkoła Podstawowa nr 2 im. Jana Pawła II", "w Borównie"], ["Pogadanki w klasach II i III."])])
    assert (partners[0]["nazwa"], partners[0].get("komorki")) == (
        "Urząd Miejski w Borównie", ["Referat Inwestycji i Rozwoju Gminy",
                                     "Referat Gospodarki Komunalnej i Ochrony Środowiska"]), partners[0]
    assert partners[0]["zadania"] == "Modernizacja kamer monitoringu."
    assert partners[1]["nazwa"] == "Szkoła Podstawowa nr 2 im. Jana Pawła II w Borównie" and not partners[1].get("komorki")


def _partners_of_text(tmp_path, lines) -> tuple[list[dict], str]:
    import yaml

    from test_import import mini_plan

    path, _text, output = mini_plan(tmp_path, {4: lines}, replace=True)
    return yaml.safe_load(path.read_text(encoding="utf-8"))["partnerzy"], output


@pytest.mark.parametrize("line", [
    "Urząd Miejski w Borównie (Referat Inwestycji i Rozwoju Gminy, Referat Gospodarki Komunalnej)\tModernizacja kamer.",
    "- Urząd Miejski w Borównie (Referat Inwestycji i Rozwoju Gminy oraz Referat Gospodarki Komunalnej). "
    "Modernizacja kamer."])
def test_units_in_brackets_after_a_partners_name_are_its_units(tmp_path, line):
    partners, _output = _partners_of_text(tmp_path, [line])
    assert (partners[0]["nazwa"], partners[0].get("komorki")) == (
        "Urząd Miejski w Borównie", ["Referat Inwestycji i Rozwoju Gminy", "Referat Gospodarki Komunalnej"])
    assert partners[0]["zadania"] == "Modernizacja kamer."


@pytest.mark.parametrize("line", ["Szkoła Podstawowa nr 2 w Borównie, ul. Jana Pawła II 15\tPogadanki w klasach.",
                                  "- Szkoła Podstawowa nr 2 w Borównie, ul. Długa 15. Pogadanki w klasach."])
def test_an_address_after_a_partners_name_is_marked(tmp_path, line):
    partners, output = _partners_of_text(tmp_path, [line])
    assert partners[0]["zadania"] == "Pogadanki w klasach."
    assert checked(1) in output, output


# --- finding 14: actions numbered „(i)” … „(x)” (lower Roman in brackets): the markers stayed in each action's
# text and id, and the tenth one's „(x)” was taken for a ticked box and dropped.

_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]


@pytest.mark.parametrize("shape", ["({})", "{})", "{}."])
def test_actions_numbered_in_lower_roman_numerals_lose_their_markers(tmp_path, shape):
    import yaml

    from test_import import mini_plan

    lines = [f"{shape.format(number)} Patrole rejonu nr {at} – do 31.07.2026 r." for at, number in enumerate(_ROMAN, 1)]
    path, _text, output = mini_plan(tmp_path, {3: lines}, replace=True)
    actions = yaml.safe_load(path.read_text(encoding="utf-8"))["dzialania"]
    assert [action["opis"] for action in actions] == [f"Patrole rejonu nr {at}" for at in range(1, 12)], actions
    assert all(action["id"].startswith("patrole") for action in actions), [action["id"] for action in actions]
    assert checked(0) in output, output


# --- finding 20: a heading ending with Word's style separator (a hidden mark, w:specVanish) before a paragraph
# starting with a typed bullet „· ”: the bullet stayed in the first item's text.

def test_a_typed_bullet_after_a_headings_style_separator_is_taken_off(tmp_path):
    import yaml

    from test_import import _MINI, _MINI_TITLE, run

    separator = "<w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>"
    paragraphs = [f"<w:p {W}>{_run(_MINI_TITLE)}</w:p>"]
    for number in range(1, 6):
        heading, *rest = _MINI[number]
        paragraphs.append(f"<w:p {W}>{separator}{_run(heading)}</w:p>")
        paragraphs += [f"<w:p {W}>{_run('· ' + line.lstrip('- '))}</w:p>" for line in rest]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case = yaml.safe_load((tmp_path / "plan.yaml").read_text(encoding="utf-8"))
    assert case["dzialania"][0]["opis"] == "Kontrole rejonu sklepu", case["dzialania"]
    assert case["partnerzy"][0]["nazwa"] == "Straż Miejska w Borównie", case["partnerzy"]
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], case["informowanie"]


# --- imp12's doubt about finding 9: a typed „…: nie” / „… – tak” at the end of a sentence outside part 5's ways of
# informing was taken for a form's answer: the word dropped, a sentence of prose marked „usuń ją”, a partner's
# „…: tak.” lost its „tak” silently.

@pytest.mark.parametrize("part, line, field", [
    (1, "Zapytani o poczucie bezpieczeństwa mieszkańcy najczęściej odpowiadali: nie.", "zagrozenie"),
    (2, "Czy mieszkańcy czują się bezpiecznie – nie.", "cel"),
    (4, "- Rada Osiedla. Ankieta, czy potrzebny jest monitoring: tak.", "partnerzy")])
def test_a_typed_answer_in_a_sentence_outside_a_form_stays_the_sentences(tmp_path, part, line, field):
    from test_import import mini_plan

    path, _text, output = mini_plan(tmp_path, {part: [line]})
    words = line.split(". ")[-1].rstrip(".") if part == 4 else line.rstrip(".")
    assert words in path.read_text(encoding="utf-8").replace('"', ""), field
    assert checked(0) in output, output


# --- imp12's doubt on finding 4: a date naming a document or an event („wniosków z debaty z 15.02.2026 r.”) within
# 80 characters before a deadline after a dash was taken for a second deadline: the deadline kept in the text,
# the action marked.

@pytest.mark.parametrize("action", [
    "- Realizacja wniosków z debaty z 15.02.2026 r. – do 31.08.2026 r.",
    "- Kontrole zgodnie z pismem Burmistrza z dnia 20.01.2026 r. – do 30.06.2026 r."])
def test_a_documents_date_before_a_deadline_is_no_second_deadline(tmp_path, action):
    import yaml

    from test_import import mini_plan

    path, _text, output = mini_plan(tmp_path, {3: [action]})
    found = yaml.safe_load(path.read_text(encoding="utf-8"))["dzialania"][1]
    assert found["opis"] == action[2:action.rindex(" – ")] and checked(0) in output, found
