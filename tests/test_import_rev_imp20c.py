"""`pismo import` against the twentieth import review (rev-imp20) of issue 17, its mediums left by imp27/imp28:
stage rows of a Word table (#26), part 5 answered TAK/NIE (#22), …"""

from __future__ import annotations

import docx
import pytest

from test_import import _MINI, _MINI_TITLE, mini_plan, run
from test_import_rev_imp15 import _case


def _said(written: str) -> str:
    """The case file's comments as one text: a note wrapped over comment lines reads whole."""
    return " ".join(line.strip().lstrip("#").strip() for line in written.splitlines() if line.strip().startswith("#"))


def _docx_plan(tmp_path, part3_rows: list[tuple[str, ...]], merged: tuple[int, ...]) -> tuple[dict, str]:
    """A short Word plan whose part 3 is a table of three columns, the rows in merged one cell over the row."""
    document = docx.Document()
    for number, section in _MINI.items():
        for line in ([_MINI_TITLE] if number == 1 else []) + (section[:1] if number == 3 else section):
            document.add_paragraph(line)
        if number == 3:
            table = document.add_table(rows=len(part3_rows), cols=3)
            for at, row in enumerate(part3_rows):
                for column, text in enumerate(row):
                    table.cell(at, column).text = text
            for at in merged:
                table.cell(at, 0).merge(table.cell(at, 2))
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    return _case(target)


# --- finding 26: a Word table's row merged over its columns naming a stage („Etap I – rozpoznanie (III 2026 r.)”)
# was an action, and the undated rows under it got the whole plan's period instead of the stage's.

def test_a_merged_stage_row_of_a_table_is_a_stage_heading(tmp_path):
    rows = [("Lp.", "Działanie", "Termin"), ("Etap I – rozpoznanie (III 2026 r.)", "", ""),
            ("1.", "Rozpoznanie miejsc gromadzenia się młodzieży", ""),
            ("2.", "Spotkanie z dyrektorem szkoły", "do 20.03.2026 r."),
            ("II. Faza realizacyjna (IV–VIII 2026 r.)", "", ""),
            ("3.", "Patrole w rejonie boisk w godzinach 18–22", "")]
    case, written = _docx_plan(tmp_path, rows, (1, 4))
    actions = {a["opis"]: a for a in case["dzialania"]}
    assert list(actions) == ["Rozpoznanie miejsc gromadzenia się młodzieży", "Spotkanie z dyrektorem szkoły",
                             "Patrole w rejonie boisk w godzinach 18–22"], written
    first, patrols = actions["Rozpoznanie miejsc gromadzenia się młodzieży"], actions[
        "Patrole w rejonie boisk w godzinach 18–22"]
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == ("2026-03-01", "2026-03-31"), written
    assert (str(patrols["termin"]["od"]), str(patrols["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written
    said = _said(written)
    assert "wiersz „Etap I – rozpoznanie (III 2026 r.)” to nagłówek etapu" in said, written
    assert "przyjęto okres etapu z nagłówka „Faza realizacyjna (IV–VIII 2026 r.)”" in said, written


def test_a_merged_row_naming_no_stage_stays_a_marked_row(tmp_path):
    rows = [("Lp.", "Działanie", "Termin"), ("Grupa A – szkoły", "", ""),
            ("1.", "Spotkanie z dyrektorem szkoły", "do 20.03.2026 r.")]
    case, written = _docx_plan(tmp_path, rows, (1,))
    assert [a["opis"] for a in case["dzialania"]] == ["Grupa A – szkoły", "Spotkanie z dyrektorem szkoły"], written
    assert "nagłówek etapu albo grupy" in _said(written), written


# --- finding 22: part 5 as a form answered in words („- lokalna prasa – NIE,”): the way not chosen was kept as an
# unmarked way of informing with its „– NIE”, and „– nie dotyczy.” was marked quoting a box „☐” the text lacks.

@pytest.mark.parametrize("end", [",", ".", ";", ""])
def test_a_way_answered_no_in_words_is_marked_quoting_the_words(tmp_path, end):
    ways = ["- strona internetowa KPP w Borównie – TAK,", f"- lokalna prasa – NIE{end}",
            "- spotkania z mieszkańcami – tak,", "- ulotki – nie dotyczy."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["strona internetowa KPP w Borównie,", f"lokalna prasa{end}",
                                    "spotkania z mieszkańcami,", "ulotki."], written
    said = _said(written)
    assert "ta pozycja ma odpowiedź „– NIE” – nie wybrano jej" in said, written
    assert "ta pozycja ma odpowiedź „– nie dotyczy” – nie wybrano jej" in said, written
    assert "„☐”" not in said, written
