"""Findings of the fifteenth template review (rev-tpl15) of issue 17, second part: what Word shows otherwise than the
PDF by the letters of a date picture, by run content that is no field, by a symbol font typed as letters; false
refusals of Word's own form fields and captions; what the public version keeps that no page shows.

Each reading was tried by converting with soffice and reading the PDF with pdftotext; Word's side is taken from its
documented behaviour (no Word here). No test here runs LibreOffice.
"""

from __future__ import annotations

import pytest

from test_attacks_templates_rev_tpl14b import body, fx
from test_template_package import DOC, refused_everywhere
from test_templates_round7 import passes
from pismo.render import reach

# --- finding 19: a date picture's letters read otherwise -------------------------------------------------------------

# (picture, what the message names): soffice printed the month for „dd.mm.yyyy” (Word: the minutes), the minutes for
# „HH:MM” (Word: the month), 13:18 for „h:mm” (Word: 1:18), „2026.” for an unquoted „r.”, „PM” for „am/pm”
READ_OTHERWISE = [("dd.mm.yyyy", "miesiąc to wielkie M"), ("d.m.yy", "„m”"), ("HH:MM", "minuty to małe mm"),
                  ("h:mm", "godzina to wielkie H"), ("d MMMM yyyy r.", "'r.'"), ("DD.MM.YYYY", "„DD”"),
                  ("H:mm am/pm", "AM/PM"), ("y", "„y”")]
READ_ALIKE = ["dd.MM.yyyy", "d MMMM yyyy", "'Łęczna, dnia' d MMMM yyyy 'r.'", "yyyy-MM-dd HH:mm", "HH:mm:ss",
              "dddd, d MMMM yyyy", "MMM-yy", "h:mm AM/PM", "mm:ss", "dd.MM.yyyy HH:mm"]


@pytest.mark.parametrize("picture, named", READ_OTHERWISE)
def test_a_date_picture_read_otherwise_is_refused_by_name(picture, named):
    """rev-tpl15 19: ` DATE \\@ "dd.mm.yyyy" ` was „06.12.2026” in the PDF and „06.31.2026” in Word."""
    with pytest.raises(reach.Outside) as caught:
        reach.check_field(DOC, f' DATE \\@ "{picture}" ')
    assert named in str(caught.value) and "czytają różnie" in str(caught.value), str(caught.value)


@pytest.mark.parametrize("picture", READ_ALIKE)
def test_a_date_picture_read_alike_passes(picture):
    reach.check_field(DOC, f' TIME \\@ "{picture}" ')


def test_a_minutes_picture_is_refused_everywhere(tmp_path):
    refused_everywhere(tmp_path, body(fx(' DATE \\@ "dd.mm.yyyy" ', "06.12.2026")), "wielkie M (np. „dd.MM.yyyy”)")
