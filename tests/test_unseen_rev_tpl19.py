"""rev-tpl19 3: a VML text box (Word's compatibility-mode w:pict) placed off every page by its style passed the
checks; no page showed it and its text stayed in the letter and the public version."""

from __future__ import annotations

import pytest
from lxml import etree

from test_template_package import DOC, refused_everywhere
from test_templates_round7 import in_body
from test_unprinted_rev_tpl18 import VML

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _placed(position: str) -> str:
    return VML.replace("visibility:hidden", position).replace('id="Ramka9"', 'id="Daleko9"')


@pytest.mark.parametrize("position, shift", [
    ("margin-left:3000pt;margin-top:10pt;mso-position-horizontal-relative:page", "106"),
    ("margin-left:1cm;margin-top:-40in", "-102"),
    ("left:0;top:2000mm", "200"),
])
def test_a_vml_box_off_every_page_is_refused_by_name(tmp_path, position, shift):
    refused_everywhere(tmp_path, {DOC: in_body(_placed(position))},
                       f"obiekt „Daleko9” leży poza stroną (przesunięty o {shift} cm)")


@pytest.mark.parametrize("position", ["margin-left:10pt;margin-top:20pt", "margin-left:-50pt;margin-top:700pt",
                                      "margin-left:3000pt;position:relative"])
def test_a_vml_box_on_the_page_passes(position):
    from pismo.render import unseen
    body = _placed(position).replace("position:absolute;", "" if "relative" in position else "position:absolute;")
    unseen.check("word/document.xml", etree.fromstring(f'<w:document xmlns:w="{W}"><w:body>{body}</w:body>'
                                                       '</w:document>'))
