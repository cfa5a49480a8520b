"""Issue 17, third templates review: docxtpl's own tags that change the XML around them, and a field's code that a
reader sees otherwise than pismo's check (one branch of mc:AlternateContent, deleted text)."""

from __future__ import annotations

import pytest

from conftest import run
from helpers import LECZNA
from test_template_package import refused_everywhere, build, field, in_body


def paragraphs(*texts: str) -> dict:
    """Paragraphs of the given XML content put after the first paragraph (which is closed before them)."""
    inner = "".join(f"<w:p>{text}</w:p>" for text in texts)
    return in_body(f"</w:p>{inner}<w:p>")


def text(value: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{value}</w:t></w:r>'


PICTURE = '<w:r><w:br w:type="page"/></w:r>'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:xyz="urn:xyz"'

REFUSED = {
    # finding 1: "{%-" and "-%}" join paragraphs in docxtpl's clean-up and drop what lies between
    "dash-before-in-one-text": (paragraphs(text("PRZED"), text("TEKST-A {%- if true %} B{% endif %}")), "łącznik"),
    "dash-before-after-a-break": (paragraphs(text("PRZED"), PICTURE, text("{%- if true %}B{% endif %}")), "łącznik"),
    "dash-after": (paragraphs(text("{% if true -%}"), PICTURE, text("B{% endif %} C")), "łącznik"),
    "dash-before-paragraph-tag": (paragraphs(text("PRZED"), PICTURE, text("{%-p if true %}"), text("B"),
                                             text("{%p endif %}")), "łącznik"),
    # finding 2: a rich-text tag writes a plain value as bare text into the paragraph
    "rich-text-value": (paragraphs(text("PRZED {{r tytul.obszar }} PO")), "tekst sformatowany"),
    # finding 3: a cell's colour or span set from outside a table changes other tables' cells
    "colspan-outside-a-table": (paragraphs(text("{% colspan 2 %}")), "zmienia komórkę tabeli"),
    "cellbg-outside-a-table": (paragraphs(text('{% cellbg "FF0000" %}')), "zmienia komórkę tabeli"),
    # finding 5: the code split between the two branches of an AlternateContent (a reader takes one)
    "code-over-alternate-content": (in_body(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<mc:AlternateContent {MC}><mc:Choice Requires="xyz"><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '</mc:Choice><mc:Fallback><w:r><w:instrText> FILENAME \\p </w:instrText></w:r></mc:Fallback>'
        '</mc:AlternateContent><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'), "zawartość alternatywną"),
    # finding 6: the code as deleted text of a tracked change without its author
    "code-as-deleted-text": (in_body(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:del w:id="1"><w:r><w:delText xml:space="preserve"> '
        'FILENAME \\p </w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>y</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'), "śledzone zmiany"),
    "insertion-without-author": (in_body('<w:ins w:id="3"><w:r><w:t>nowe</w:t></w:r></w:ins>'), "śledzone zmiany"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_by_name_everywhere(tmp_path, name):
    checked, made = refused_everywhere(tmp_path, *REFUSED[name])
    assert "Traceback" not in checked.output + made.output


def test_what_units_use_still_passes(tmp_path):
    """A cell's colour and span inside its cell, {%r …%} and whitespace-free tags, and a page number in a text box
    written twice (Choice and Fallback, each a whole field) are what Word and docxtpl users write."""
    table = ('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/><w:p>'
             + text('{% cellbg "FFEEDD" %}A') + '</w:p></w:tc><w:tc><w:tcPr/><w:p>' + text("B")
             + "</w:p></w:tc></w:tr></w:tbl>")
    both = (f'<mc:AlternateContent {MC}><mc:Choice Requires="xyz">{field(" PAGE ")}</mc:Choice>'
            f'<mc:Fallback>{field(" PAGE ")}</mc:Fallback></mc:AlternateContent>')
    spec = {"edits": {**in_body(f"</w:p>{table}<w:p>" + text("{%r if true %}R{%r endif %}") + both)}}
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output
