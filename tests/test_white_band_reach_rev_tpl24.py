"""rev-tpl24 9: a letterhead band wrapped top and bottom in the header let a transparent text box of white text
pass anywhere on the page; the band is a backdrop only for a box whose place on the page may meet it."""
from __future__ import annotations

import pytest

from pismo.render import unseen
from test_offpage_rev_tpl19b import anchor, offset, picture
from test_unseen_rev_tpl23 import TOP_AND_BOTTOM
from test_unseen_white_page_rev_tpl22b import RUN, _box, _checked, _package

REFERENCES = ('<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
              '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
              'w:header="708" w:footer="708" w:gutter="0"/>')
# Word's letterhead: a 16 x 1 cm band in the header's first paragraph, placed by it
PARAGRAPH_BAND = anchor(picture(5760000, 360000), 5760000, 360000, frames=("margin", "paragraph")) \
    .replace("<wp:wrapNone/>", "<wp:wrapTopAndBottom/>")


def _far(box: str, down: int = 7200000) -> str:
    """A box placed `down` EMU from the page's top (20 cm unless told)."""
    return box.replace('<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset>',
                       f'<wp:positionV relativeFrom="page">{offset(down)}', 1)


@pytest.mark.parametrize("trees", [
    _package(_far(_box(RUN)), header=TOP_AND_BOTTOM, sections=REFERENCES),
    _package(_far(_box(RUN)), header=PARAGRAPH_BAND, sections=REFERENCES),
    _package(_far(_box(RUN), 1500000), header=PARAGRAPH_BAND, sections=REFERENCES),
], ids=["page band, box 20 cm down", "header paragraph band, box 20 cm down", "header paragraph band, box below it"])
def test_a_box_far_from_the_band_is_refused(trees):
    with pytest.raises(unseen.Refused, match="„ZZQ33 Jan Nowak” jest biały na białej stronie"):
        _checked(trees)


@pytest.mark.parametrize("trees", [
    _package("<w:p/>", header=TOP_AND_BOTTOM + _box(RUN), sections=REFERENCES),
    _package(_far(_box(RUN), 400000), header=PARAGRAPH_BAND, sections=REFERENCES),
    _package(_far(_box(RUN)), header=PARAGRAPH_BAND.replace('relativeFrom="paragraph"', 'relativeFrom="line"'),
             sections=REFERENCES),
], ids=["box over a page band", "box over the header paragraph's band", "band placed by a line: anywhere"])
def test_a_box_that_may_meet_the_band_passes(trees):
    _checked(trees)
