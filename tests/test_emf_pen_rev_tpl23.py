"""rev-tpl23 10: an EMF extended pen's style entries are kept only under PS_USERSTYLE, the one style a reader reads
them in; a bitmap record whose offsets or sizes point past its end is refused as damaged, not kept whole."""
from __future__ import annotations

import struct

import pytest

from pismo.render.metadata import Unreadable, stripped
from test_png_bounds_rev_tpl19 import EOF_RECORD, emf, record

TEXT = b"ZZQ22 Jan Nowak PESEL 80010112345 ul. Lipowa 5".ljust(48)  # 12 entries


def pen(style: int, entries: bytes, count: int | None = None) -> bytes:
    """EMR_EXTCREATEPEN of no bitmap: ihPen, offsets and sizes 0, a LogPenEx with its style entries."""
    count = len(entries) // 4 if count is None else count
    return record(95, struct.pack("<IIIII", 1, 0, 0, 0, 0) + struct.pack("<IIIII", style, 1, 0, 0, 0)
                  + struct.pack("<I", count) + entries)


@pytest.mark.parametrize("style", [0, 1, 0x10000])  # PS_SOLID, PS_DASH, PS_GEOMETRIC | PS_SOLID
def test_style_entries_no_reader_reads_go(style):
    kept = stripped(emf(pen(style, TEXT), EOF_RECORD))
    assert b"ZZQ22" not in kept and kept == emf(pen(style, b"", count=0), EOF_RECORD)


def test_a_user_styles_entries_are_its_dashes_and_stay():
    assert TEXT in stripped(emf(pen(7, TEXT), EOF_RECORD))


@pytest.mark.parametrize("picture", [
    emf(pen(7, TEXT, count=0x10000), EOF_RECORD),  # PS_USERSTYLE: entries past the record
    emf(record(81, bytes(40) + struct.pack("<IIII", 80, 40, 120, 0x1000) + bytes(24) + bytes(40) + TEXT),
        EOF_RECORD),  # EMR_STRETCHDIBITS: bits of 4 kB in a record of 160 bytes
])
def test_a_record_pointing_past_its_end_is_refused(picture):
    with pytest.raises(Unreadable, match="damaged record"):
        stripped(picture)
