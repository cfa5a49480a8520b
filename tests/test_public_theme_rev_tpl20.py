"""rev-tpl20 2 (probe_attrs): Word's own theme „Gallery” (Projektowanie → Motywy → Galeria) was scrubbed as a
surname in the theme and its three schemes – four „[imię i nazwisko usunięte]” counted as names removed from a
template holding none. A theme's name is free text a user may type, printed nowhere: one the scrubber would change
becomes Word's neutral „Office”, with no marker."""

from __future__ import annotations

from pismo.publication.redact import Scrubber, marker_counts
from pismo.render.public import _public_part, _Remembering
from test_publikacja_rev_pub15 import UNIT

THEME = ('<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="{}">'
         '<a:themeElements><a:clrScheme name="{}"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
         '</a:clrScheme><a:fontScheme name="{}"/><a:fmtScheme name="{}"/></a:themeElements></a:theme>')


def _public(*names: str) -> str:
    return _public_part("word/theme/theme1.xml", THEME.format(*names).encode(), _Remembering(Scrubber(UNIT))).decode()


def test_a_theme_name_read_as_a_name_becomes_office_uncounted():
    kept = _public("Gallery", "Gallery", "Motyw Jana Kowalskiego", "Gallery")
    assert "Gallery" not in kept and "Kowalski" not in kept and kept.count('name="Office"') == 4
    assert marker_counts([kept]) == {}


def test_ordinary_theme_names_stay():
    kept = _public("Motyw pakietu Office", "Pakiet Office", "Retrospekcja", "Office")
    assert 'name="Motyw pakietu Office"' in kept and 'name="Retrospekcja"' in kept
