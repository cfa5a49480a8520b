"""`pismo import` against the fifth import review (rev-imp5) of issue 17: work counted in children scanned and
generator steps, never in seconds (bench/import_resources.py shows the times)."""

from __future__ import annotations

import io
import sys

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R

from pismo.importer import sources


def _docx(paragraph_xml: str, symbol_style: bool = False) -> bytes:
    document = docx.Document()
    if symbol_style:  # any style in a symbol font makes the reader look at every run's styles
        document.styles.add_style("Punktor", WD_STYLE_TYPE.CHARACTER).font.name = "Wingdings"
    document.element.body.append(parse_xml(paragraph_xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _scanned(monkeypatch) -> list[int]:
    """Children of runs and paragraphs that find() may scan, call by call."""
    scanned = []
    for cls in (CT_R, CT_P):
        original = cls.find
        monkeypatch.setattr(cls, "find", lambda self, *args, _o=original: scanned.append(len(self)) or _o(self, *args))
    return scanned


# --- findings 1 and 2: a run of many w:t pieces, a paragraph of many runs – each piece or run scanned its parent.

def test_a_run_of_many_pieces_is_scanned_once(monkeypatch):
    pieces = 3000
    raw = _docx(f"<w:p {nsdecls('w')}><w:r>" + "<w:t>a</w:t>" * pieces + "</w:r></w:p>")
    scanned = _scanned(monkeypatch)
    lines, _warnings = sources.read_docx(raw)
    assert [line.text for line in lines] == ["a" * pieces]
    assert sum(scanned) <= 10 * pieces, sum(scanned)


def test_a_paragraph_of_many_runs_is_scanned_once_also_with_symbol_styles(monkeypatch):
    runs = 3000
    for symbol_style in (False, True):
        raw = _docx(f"<w:p {nsdecls('w')}>" + "<w:r><w:t>a</w:t></w:r>" * runs + "</w:p>", symbol_style)
        scanned = _scanned(monkeypatch)
        lines, _warnings = sources.read_docx(raw)
        assert [line.text for line in lines] == ["a" * runs]
        assert sum(scanned) <= 20 * runs, (symbol_style, sum(scanned))


# --- finding 6: runs deep in inline markup were handed up through a generator per level.

def test_runs_deep_in_markup_are_read_in_steps_linear_in_the_runs():
    runs, depth = 500, 150
    paragraph = (f"<w:p {nsdecls('w')}>" + '<w:customXml w:element="x">' * depth + "<w:r><w:t>a</w:t></w:r>" * runs
                 + "</w:customXml>" * depth + "</w:p>")
    raw = _docx(paragraph)
    steps = []
    names = {"_shown", "_opened", "_within", "_paragraphs", "_blocks"}
    sys.setprofile(lambda frame, event, _arg: steps.append(1) if event == "call"
                   and frame.f_code.co_name in names else None)
    try:
        lines, _warnings = sources.read_docx(raw)
    finally:
        sys.setprofile(None)
    assert [line.text for line in lines] == ["a" * runs]
    assert len(steps) <= 10 * (runs + depth) + 100, len(steps)


# --- finding 4: paragraphs wrapped in a block-level mc:AlternateContent were skipped without a word.

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _body(*blocks: str) -> bytes:
    document = docx.Document()
    for block in blocks:
        document.element.body.append(parse_xml(block))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_in_block_level_alternate_content_are_read_once():
    actions = "".join(f"<w:p><w:r><w:t>- działanie {n}</w:t></w:r></w:p>" for n in (1, 2, 3))
    raw = _body(f"<w:p {nsdecls('w')}><w:r><w:t>3. Proponowane działania</w:t></w:r></w:p>",
                f"<mc:AlternateContent {nsdecls('w')} {MC}><mc:Choice Requires=\"w14\">{actions}</mc:Choice>"
                f"<mc:Fallback>{actions}</mc:Fallback></mc:AlternateContent>",
                f"<mc:AlternateContent {nsdecls('w')} {MC}><mc:Fallback><w:tbl><w:tr><w:tc><w:p><w:r>"
                "<w:t>- działanie 4</w:t></w:r></w:p></w:tc></w:tr></w:tbl></mc:Fallback></mc:AlternateContent>")
    lines, _warnings = sources.read_docx(raw)
    assert [line.text for line in lines] == ["Proponowane działania"] + [f"działanie {n}" for n in (1, 2, 3, 4)]
