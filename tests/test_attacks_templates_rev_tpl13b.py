"""Issue 17, thirteenth templates review (rev-tpl13), second part: an outer field whose code starts with a nested
field is named by the nested field (finding 11), not by the words after it; Word's and LibreOffice's real
documents are not refused by the namespace rule."""

from __future__ import annotations

import pytest

from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body, passes


def nested_then(inner: str, words: str) -> str:
    """A paragraph with a field whose code is a nested field of code inner followed by words."""
    return ('<w:p><w:r><w:t xml:space="preserve">FLD-TEST: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{inner}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{words}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kwota 100 zł</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> :END</w:t></w:r></w:p>')


@pytest.mark.parametrize("words", [" 9 ", " DATE ", " FILENAME ", ' QUOTE "x" '])
def test_code_starting_with_a_nested_field_is_named_by_it(tmp_path, words):
    # 11: { { PAGE } 9 } was told as a field „9” (and { { PAGE } FILENAME } as FILENAME reading files); { { PAGE }
    # DATE } passed as DATE – Word computes the code „1 DATE”, which names no field
    checked, _ = refused_everywhere(tmp_path, {DOC: in_body(nested_then(" PAGE ", words))},
                                    f"kod („{{ PAGE }} {words.strip()}”) zaczyna się od innego pola")
    assert "spoza dokumentu" not in checked.output


def test_code_of_only_a_nested_field_still_passes(tmp_path):
    # rev-tpl13 saw both readers show the outer field's stored result
    passes(tmp_path, {DOC: in_body(nested_then(" PAGE ", "  "))})


def test_code_of_no_field_name_is_told_so(tmp_path):
    body = in_body('<w:p><w:fldSimple w:instr=" 9 DATE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>')
    refused_everywhere(tmp_path, {DOC: body}, "pole, którego kod („9 DATE”) nie zaczyna się od nazwy pola – tego")
