"""`pismo import` against the ninth import review (rev-imp9) of issue 17: Word's header-row mark on data rows, chains
of joined paragraphs that grew quadratically."""

from __future__ import annotations

import pytest
import yaml
from lxml import etree

from pismo.importer import sources
from test_import_rev_imp6 import _run
from test_import_rev_imp7 import W
from test_import_rev_imp8 import _grows_linearly, imported_with_actions_table


# --- finding 10: Word's header-row mark (w:tblHeader) on a row below the table's top made its action vanish.

_ACTIONS = [("1.", "Patrole piesze w rejonie sklepu", "do 31.08.2026 r."),
            ("2.", "Spotkanie z mieszkańcami osiedla", "do 30.09.2026 r."),
            ("3.", "Kontrole miejsc zgromadzeń młodzieży", "do 31.10.2026 r.")]


def _row(cells, header: bool) -> str:
    mark = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{mark}" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in cells) + "</w:tr>"


@pytest.mark.parametrize("marked", [{0, 2}, {0, 1}, {0, 1, 2, 3}], ids=["middle", "first-data", "all"])
def test_a_data_row_word_marks_as_a_header_is_still_an_action(tmp_path, marked):
    rows = [("Nr kol.", "Co robimy", "Kiedy"), *_ACTIONS]
    table = f"<w:tbl {W}>" + "".join(_row(cells, index in marked) for index, cells in enumerate(rows)) + "</w:tbl>"
    text = imported_with_actions_table(tmp_path, table)
    assert [action["opis"] for action in yaml.safe_load(text)["dzialania"]] == [opis for _, opis, _ in _ACTIONS]
    assert "„Nr kol. | Co robimy | Kiedy”" in text


# --- findings 7 and 8: bookmark ends between joined paragraphs piled up after the growing paragraph, and a drop
# cap's join counted the growing paragraph's children – both chains took time growing with the square of their length.

_END = '<w:bookmarkEnd w:id="0"/>'
_DELETED = '<w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>'
_CAP = '<w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around"/></w:pPr>'


def _body(count: int, start: str, between: str) -> etree._Element:
    chain = f"<w:p>{start}{_run('a')}</w:p>{between}" * count
    return etree.fromstring(f'<w:body {W}><w:p>{_run("Tekst")}</w:p>{chain}<w:p>{_run("koniec")}</w:p></w:body>')


@pytest.mark.parametrize("join, start, between", [
    (sources._join_deleted_marks, _DELETED, _END), (sources._join_drop_caps, _CAP, ""),
    (sources._join_drop_caps, _CAP, _END)], ids=["deleted-marks", "drop-caps", "drop-caps-bookmarks"])
def test_a_chain_with_bookmark_ends_or_of_drop_caps_is_joined_in_linear_time(join, start, between):
    body = _body(3, start, between)
    join(body)
    paragraphs = list(body.iter(f"{{{sources._W[1:-1]}}}p"))
    assert ["".join(p.itertext()) for p in paragraphs] == ["Tekst", "aaakoniec"]
    assert len(body.findall(".//{*}bookmarkEnd")) == (3 if between else 0)  # kept, inside the joined paragraph
    assert all(node.tag.endswith("}p") for node in body)

    def work(count):
        body = _body(count, start, between)
        join(body)
    assert _grows_linearly(work, 3000 if join is sources._join_deleted_marks else 10000)
