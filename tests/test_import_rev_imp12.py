"""`pismo import` against the twelfth import review (rev-imp12) of issue 17: ranges cut at their own dash,
boxes in prose, forms of boxes, table columns."""

from __future__ import annotations

import pytest
import yaml

from test_import import mini_plan


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- findings 1, 2 and 3: a range of months, quarters or days not after a dash („w okresie IV – VI 2026 r.”)
# was cut at its own dash – the first period left in the action's text; „klas I – III – II kw.” was read as
# „klas I” and quarters III–II; a deadline after an analysed period („z IV kw. 2025 r. – II kw. 2026 r.”) unread.

@pytest.mark.parametrize("line, opis, start, end", [
    ("- Spotkania z mieszkańcami w okresie IV – VI 2026 r.", "Spotkania z mieszkańcami", "2026-04-01", "2026-06-30"),
    ("- Spotkania z mieszkańcami: kwiecień – czerwiec 2026 r.", "Spotkania z mieszkańcami", "2026-04-01",
     "2026-06-30"),
    ("- Kontrole w miesiącach IV – VI 2026 r.", "Kontrole", "2026-04-01", "2026-06-30"),
    ("- Kontrole rejonu sklepu w terminie IV – VI 2026 r.", "Kontrole rejonu sklepu", "2026-04-01", "2026-06-30"),
    ("- Spotkania w szkołach: II kw. – III kw. 2026 r.", "Spotkania w szkołach", "2026-04-01", "2026-09-30"),
    ("- Patrole w dniach 1 – 15 maja 2026 r.", "Patrole", "2026-05-01", "2026-05-15"),
    ("- Prelekcje dla uczniów klas I – III – II kw. 2026 r.", "Prelekcje dla uczniów klas I – III", "2026-04-01",
     "2026-06-30"),
    ("- Analiza zdarzeń z IV kw. 2025 r. – II kw. 2026 r.", "Analiza zdarzeń z IV kw. 2025 r.", "2026-04-01",
     "2026-06-30"),
    ("- Analiza danych za II półrocze 2025 r. – II kw. 2026 r.", "Analiza danych za II półrocze 2025 r.",
     "2026-04-01", "2026-06-30"),
])
def test_a_range_is_read_whole_wherever_it_stands(tmp_path, line, opis, start, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert found["opis"] == opis, written
    assert (str(found["termin"]["od"]), str(found["termin"]["do"])) == (start, end), written


@pytest.mark.parametrize("line, opis, end", [("- Kontrole ul. 1 Maja – czerwiec 2026 r.", "Kontrole ul. 1 Maja",
                                             "2026-06-30")])
def test_a_street_named_by_a_date_is_no_range(tmp_path, line, opis, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert (found["opis"], str(found["termin"]["do"])) == (opis, end), written
