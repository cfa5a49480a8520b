"""`pismo import` against the tenth import review (rev-imp10) of issue 17: joins through content controls and
mc:AlternateContent, box signs in prose, deadlines of more than one date."""

from __future__ import annotations

import pytest
from lxml import etree

from pismo.importer import sources
from pismo.importer.sources import SourceError
from test_import_rev_imp6 import _docx, _run, _texts
from test_import_rev_imp7 import W
from test_import_rev_imp8 import _grows_linearly

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_CAP = '<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="2"/></w:pPr>' + _run("a") + "</w:p>"
_HIDDEN = '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>' + _run("a") + "</w:p>"


def _wrapped(kind: str, paragraph: str) -> str:
    if kind == "sdt":
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{paragraph}</w:sdtContent></w:sdt>"
    if kind == "customXml":
        return f'<w:customXml w:element="x">{paragraph}</w:customXml>'
    return (f'<mc:AlternateContent><mc:Choice Requires="w14">{paragraph}</mc:Choice>'
            f"<mc:Fallback>{paragraph}</mc:Fallback></mc:AlternateContent>")


def _body(count: int, kind: str, paragraph: str, after: str = "koniec") -> etree._Element:
    chain = _wrapped(kind, paragraph) * count
    return etree.fromstring(f'<w:body {W} {MC}><w:p>{_run("Tekst")}</w:p>{chain}<w:p>{_run(after)}</w:p>'
                            f'<w:p>{_run("dalej")}</w:p></w:body>')


def _shown(body) -> list[str]:
    return ["".join(paragraph.itertext()) for paragraph in sources._blocks(body)]


# --- findings 8, 12 and 18: a chain of drop caps each in its own wrapper was joined quadratically; joins started
# from the Fallback of mc:AlternateContent too (a cap read twice, a hidden mark swallowing the next heading), and
# two such blocks in a row ended in an internal error told as a damaged file.

@pytest.mark.parametrize("kind", ["sdt", "customXml", "AlternateContent"])
@pytest.mark.parametrize("join, paragraph", [(sources._join_drop_caps, _CAP),
                                             (sources._join_deleted_marks, _HIDDEN)], ids=["caps", "hidden"])
def test_a_chain_of_wrapped_joins_reads_only_the_shown_branch(kind, join, paragraph):
    for count in (1, 2, 3):
        body = _body(count, kind, paragraph)
        join(body)
        assert _shown(body) == ["Tekst", "a" * count + "koniec", "dalej"]


@pytest.mark.parametrize("kind", ["sdt", "customXml", "AlternateContent"])
def test_a_chain_of_wrapped_drop_caps_is_joined_in_linear_time(kind):
    def work(count):
        body = _body(count, kind, _CAP)
        sources._join_drop_caps(body)
        assert len(body) == 3
    assert _grows_linearly(work, 400)


def test_an_internal_error_is_not_told_as_a_damaged_file(monkeypatch):
    raw = _docx(f"<w:p {W}>{_run('Plan')}</w:p>")
    assert _texts(raw)[0] == "Plan"

    def broken(body):
        raise AttributeError("'NoneType' object has no attribute 'tag'")
    monkeypatch.setattr(sources, "_join_deleted_marks", broken)
    with pytest.raises(SourceError) as caught:
        sources.read_docx(raw)
    assert "uszkodzony" not in str(caught.value) and "błąd programu" in str(caught.value)
