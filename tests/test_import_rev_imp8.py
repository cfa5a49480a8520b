"""`pismo import` against the eighth import review (rev-imp8) of issue 17: work that grew quadratically with chains
of joined paragraphs and floating boxes, list items and boxes taken for headings, check boxes in their own column,
drop caps, year-less start dates, header rows and heading words."""

from __future__ import annotations

import time

import pytest
from lxml import etree

from pismo.importer import sources
from test_import_rev_imp6 import _docx, _run
from test_import_rev_imp7 import _WPS, _box, _lines, A, W


def _cpu(call) -> float:
    """The least thread time of three runs: a ratio of two sizes is steady on a busy machine."""
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        call()
        best = min(best, time.thread_time() - start)
    return best


def _grows_linearly(work, small: int) -> bool:
    """Four times the input costs well under the sixteen times a quadratic walk takes."""
    return _cpu(lambda: work(4 * small)) < 8 * _cpu(lambda: work(small))


# --- finding 18: a chain of paragraphs with hidden or deleted marks was joined quadratically.

def _chain(count: int, mark: str) -> etree._Element:
    chain = f'<w:p><w:pPr><w:rPr>{mark}</w:rPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>' * count
    return etree.fromstring(f'<w:body {W}><w:p>{_run("Tekst")}</w:p>{chain}<w:p>{_run("koniec")}</w:p></w:body>')


@pytest.mark.parametrize("mark", ["<w:vanish/>", '<w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/>'])
def test_a_chain_of_joined_paragraphs_is_joined_in_linear_time(mark):
    body = _chain(3, mark)
    sources._join_deleted_marks(body)
    assert ["".join(p.itertext()) for p in body] == ["Tekst", "aaakoniec"]
    assert body[1].find("{*}pPr/{*}rPr/{*}vanish") is None and body[1].find("{*}pPr/{*}rPr/{*}del") is None

    def join(count):
        body = _chain(count, mark)
        sources._join_deleted_marks(body)
        assert len(body) == 2
    assert _grows_linearly(join, 3000)


# --- finding 19: many floating text boxes in one paragraph were read quadratically.

def test_many_floating_boxes_in_one_paragraph_are_read_in_linear_time():
    lines, warnings = _lines(_box(["Fot. 1"]) + _box(["Fot. 2"]) + _run("Tekst akapitu."))
    assert [(line.text, bool(line.note)) for line in lines] == [("Fot. 1", True), ("Fot. 2", True),
                                                                ("Tekst akapitu.", False)]

    def read(count):
        raw = _docx(f"<w:p {W} {A} {_WPS}>{_box([]) * count}{_run('Tekst')}</w:p>")
        assert [line.text for line in sources.read_docx(raw)[0]] == ["Tekst"]
    assert _grows_linearly(read, 1500)
