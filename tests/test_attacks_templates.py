"""Red-team review of templates a unit brings (issue 17, reviewer "templates"): each class refused by name
by `pismo szablony sprawdz` and by a generating command, before anything is written."""

from __future__ import annotations

import base64
import struct
import zlib

import pytest
from conftest import run

from helpers import LECZNA
from test_template_package import DOC, build, field, in_body, png, with_image

STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def instr_field(instruction_xml: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{instruction_xml}'
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def strict_chars(kind: str) -> str:
    return f'<w:r><w:fldChar xmlns:s="{STRICT_W}" s:fldCharType="{kind}"/></w:r>'


W_PART = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.'
          'org/wordprocessingml/2006/main">{}</w:footnotes>')

HOSTILE = {
    # 7: text after a comment, processing instruction or element inside w:instrText / w:t
    "instr-after-comment": (in_body(instr_field("<!-- --> FILENAME \\p ")), "word/document.xml"),
    "instr-after-pi": (in_body(instr_field("<?x y?> FILENAME \\p ")), "word/document.xml"),
    "instr-after-element": (in_body(instr_field("<w:r/> FILENAME \\p ")), "instrText"),
    "deleted-instr-after-comment": (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText>'
                                            '<w:r/>INCLUDETEXT x</w:delInstrText></w:r><w:r><w:fldChar '
                                            'w:fldCharType="end"/></w:r>'), "delInstrText"),
    "instr-after-comment-in-another-part": ({"extra": [("word/footnotes.xml", W_PART.format(
        '<w:p><w:r><w:instrText><!-- --> FILENAME</w:instrText></w:r></w:p>'))]}, "instrText"),
    "text-holding-element": (in_body('<w:r><w:t>a<w:r/>b</w:t></w:r>'), "element t"),
    "comment-in-footer": ({"word/footer1.xml": lambda xml: xml.replace("</w:ftr>", "<!-- x --></w:ftr>")},
                          "word/footer1.xml"),
    # 8: field attributes in the strict schema's namespace on a transitional document
    "simple-field-strict-instr": (in_body(f'<w:fldSimple xmlns:s="{STRICT_W}" s:instr=" FILENAME \\p "><w:r><w:t>x'
                                          '</w:t></w:r></w:fldSimple>'), "FILENAME"),
    "nested-field-strict-chars": (in_body(field(" PAGE ")[:-len('<w:r><w:fldChar w:fldCharType="end"/></w:r>')]
                                          .replace('<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '')
                                          + strict_chars("begin") + '<w:r><w:instrText> USERNAME </w:instrText></w:r>'
                                          + strict_chars("separate") + strict_chars("end")
                                          + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar '
                                          'w:fldCharType="end"/></w:r>'), "USERNAME"),
    "field-char-of-two-kinds": (in_body(f'<w:r><w:fldChar xmlns:s="{STRICT_W}" w:fldCharType="begin" '
                                        's:fldCharType="end"/></w:r>'), "kilkoma rodzajami"),
    "unqualified-instr": (in_body('<w:fldSimple instr=" INCLUDETEXT x "/>'), "INCLUDETEXT"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_template_is_refused_by_name_everywhere(tmp_path, name):
    spec, fragment = HOSTILE[name]
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 1 and fragment in checked.output, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 1 and fragment in made.output, made.output
    assert not (tmp_path / "out").exists()
