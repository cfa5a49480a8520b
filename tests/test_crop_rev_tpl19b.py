"""A picture cropped in Word (known since rev-tpl17, again rev-tpl18 t_srcrect): the public version cannot cut the
pixels away (the project has no image library), so it refuses the picture – naming the part it stands in (a
header's logo is not found in the body) and the steps in Word that cut the hidden part off."""

from __future__ import annotations

import pytest

from pismo.render.public import NotPublic
from test_attacks_templates_rev_tpl16 import W, published

CROPPED = ('<w:p><w:r><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><pic:nvPicPr><pic:cNvPr id="1" '
           'name="Herb"/></pic:nvPicPr><pic:blipFill><a:blip/><a:srcRect b="40000"/></pic:blipFill></pic:pic>'
           '</w:r></w:p>')


def test_a_cropped_header_picture_is_named_with_its_part_and_words_steps():
    header = f'<w:hdr xmlns:w="{W}">{CROPPED}</w:hdr>'.encode()
    shown = '<w:sectPr><w:headerReference w:type="default" r:id="x0"/></w:sectPr>'
    with pytest.raises(NotPublic) as refused:
        published([("header", "header1.xml", header)], shown)
    message = str(refused.value)
    assert message.startswith("obraz „Herb” (część word/header1.xml) jest przycięty w Wordzie"), message
    assert "Formatowanie obrazu → Kompresuj obrazy, zaznacz „Usuń przycięte obszary obrazów” i kliknij OK" in message
