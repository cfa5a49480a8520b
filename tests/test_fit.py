"""The one-page estimate reads a template's sizes and spacing: any value a unit's Word file holds is
either read as the number Word means or ignored, never a crash after `szablony sprawdz` passed it."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import run
from helpers import LECZNA
from pismo.render import fit, ooxml
from pismo.render.engine import Template
from pismo.render.template_package import TemplateError

# Digits str.isdigit() accepts but int() refuses or Word does not read, and numbers too long for int().
ODD = ["²", "①", "١٢", "１２", "9" * 5000, "-" + "9" * 5000, "12pt", "+5", "1e3", "", "-", "12 "]


def _odd_paragraphs(value: str) -> str:
    """Every attribute the estimate reads, set to value, in the body and in a table cell."""
    run_ = f'<w:r><w:rPr><w:sz w:val="{value}"/></w:rPr><w:t>tekst akapitu</w:t></w:r>'
    para = (f'<w:p><w:pPr><w:spacing w:before="{value}" w:after="{value}"/><w:ind w:left="{value}" '
            f'w:firstLine="{value}"/><w:rPr><w:sz w:val="{value}"/></w:rPr></w:pPr>{run_}</w:p>')
    cell = f'<w:tc><w:tcPr><w:tcW w:w="{value}" w:type="dxa"/></w:tcPr>{para}</w:tc>'
    return para * 40 + f"<w:tbl><w:tr>{cell}{cell}</w:tr></w:tbl>"


def _odd_styles(value: str) -> str:
    return ooxml.styles_xml().replace('w:after="', f'w:before="{value}" w:after="', 1).replace(
        '<w:sz w:val="', f'<w:sz w:val="{value}"/><w:szCs w:val="', 1)


@pytest.mark.parametrize("value", ODD)
def test_an_odd_number_in_a_template_is_ignored_by_the_estimate(value):
    parts = [("word/document.xml", ooxml.document_xml(_odd_paragraphs(value)).encode()),
             ("word/styles.xml", _odd_styles(value).encode())]
    assert fit.height(parts[0][1], parts[1][1]) > 0
    assert [name for name, _ in fit.fit_parts(parts)] == ["word/document.xml", "word/styles.xml"]


@pytest.mark.parametrize("value", ODD)
def test_a_template_with_an_odd_number_renders_or_is_refused_by_name(value):
    """Since the spacing and size limits (rev-tpl8 8), a value Word does not write, or one past 200 pt, is
    refused with the part and the setting named; any other is rendered. Never a crash."""
    try:
        template = Template("proba.docx", ooxml.docx_bytes(_odd_paragraphs(value), "Próba"))
        data = template.render({}, "T", "J", dt.date(2025, 1, 1))
    except TemplateError as exc:
        assert "część word/document.xml" in str(exc) and "ustaw" in str(exc), str(exc)
    else:
        assert data.startswith(b"PK")


def test_tightening_leaves_a_number_it_cannot_halve():
    long = b'<w:spacing w:before="' + b"9" * 5000 + b'" w:after="240"/>'
    assert fit.tighten(long) == b'<w:spacing w:before="' + b"9" * 5000 + b'" w:after="120"/>'
    assert fit.tighten(b'<w:spacing w:before="\xc2\xb2"/>') == b'<w:spacing w:before="\xc2\xb2"/>'


def test_check_and_generation_agree_on_a_superscript_size(tmp_path):
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(ooxml.docx_bytes(_odd_paragraphs("²"), "Plan"))
    checked = run("szablony", "sprawdz", folder)
    result = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert checked.exit_code == result.exit_code, (checked.output, result.output)
    if result.exit_code:  # refused by both for the same part and setting, nothing written
        assert "before=„²”" in checked.output and "before=„²”" in result.output, (checked.output, result.output)
        assert not (tmp_path / "out").exists()
