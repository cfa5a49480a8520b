"""`pismo import` against the ninth import review (rev-imp9) of issue 17: Word's header-row mark on data rows."""

from __future__ import annotations

import pytest
import yaml

from test_import_rev_imp6 import _docx, _run
from test_import_rev_imp7 import W


# --- finding 10: Word's header-row mark (w:tblHeader) on a row below the table's top made its action vanish.

_ACTIONS = [("1.", "Patrole piesze w rejonie sklepu", "do 31.08.2026 r."),
            ("2.", "Spotkanie z mieszkańcami osiedla", "do 30.09.2026 r."),
            ("3.", "Kontrole miejsc zgromadzeń młodzieży", "do 31.10.2026 r.")]


def _row(cells, header: bool) -> str:
    mark = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{mark}" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in cells) + "</w:tr>"


@pytest.mark.parametrize("marked", [{0, 2}, {0, 1}, {0, 1, 2, 3}], ids=["middle", "first-data", "all"])
def test_a_data_row_word_marks_as_a_header_is_still_an_action(tmp_path, marked):
    from test_import import _MINI, _MINI_TITLE, run

    rows = [("Nr kol.", "Co robimy", "Kiedy"), *_ACTIONS]
    table = f"<w:tbl {W}>" + "".join(_row(cells, index in marked) for index, cells in enumerate(rows)) + "</w:tbl>"
    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], _MINI[3][0]]]
    rest = [f"<w:p {W}>{_run(line)}</w:p>" for line in [*_MINI[4], *_MINI[5]]]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs, table, *rest))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert [action["opis"] for action in yaml.safe_load(text)["dzialania"]] == [opis for _, opis, _ in _ACTIONS]
    assert "„Nr kol. | Co robimy | Kiedy”" in text
