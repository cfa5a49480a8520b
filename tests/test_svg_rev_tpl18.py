"""rev-tpl18 7, 12: an SVG coloured by a <style> sheet (Illustrator's default export) became a black block in the
public version, silently; Illustrator's empty foreignObject was refused as text."""

from __future__ import annotations

import pytest

from pismo.render.public import NotPublic
from test_attacks_templates_rev_tpl17 import SVG, public_svg

SHEET = '<defs><style>.cls-1{fill:#e30613;}.cls-2{fill:#1d3f8f;} rect.cls-2 { stroke: #000 }</style></defs>'


def test_a_style_sheets_colours_are_kept():
    kept = public_svg(f'<svg {SVG} viewBox="0 0 100 100">{SHEET}<rect class="cls-1" width="100" height="50"/>'
                      '<rect class="cls-2" y="50" width="100" height="50" style="fill:#00ff00"/></svg>')
    assert b'style="fill:#e30613"' in kept, kept
    # the sheet's rules by specificity, the element's own style last (it wins)
    assert b'style="fill:#1d3f8f;stroke:#000;fill:#00ff00"' in kept, kept
    assert b"<style" not in kept and b"class=" not in kept


@pytest.mark.parametrize("sheet", ["g > rect { fill: red }", "@import url(x.css); rect { fill: red }",
                                   "rect:hover { fill: red }"])
def test_a_sheet_that_cannot_be_read_is_refused_by_name(sheet):
    with pytest.raises(NotPublic, match="rys.svg ma (kolory w )?arkusz"):
        public_svg(f'<svg {SVG}><style>{sheet}</style><rect width="1" height="1"/></svg>')


def test_illustrators_empty_foreign_object_is_no_text():
    kept = public_svg(f'<svg {SVG}><switch><foreignObject requiredExtensions="http://ns.adobe.com/AdobeIllustrator'
                      '/10.0/" width="1" height="1"></foreignObject><g><rect fill="#E30613" width="9" height="9"/>'
                      '</g></switch></svg>')
    assert b"foreignObject" not in kept and b'fill="#E30613"' in kept, kept


def test_a_foreign_object_holding_text_is_refused():
    with pytest.raises(NotPublic, match="zawiera napisy"):
        public_svg(f'<svg {SVG}><foreignObject width="9" height="9">Jan Nowak</foreignObject></svg>')
