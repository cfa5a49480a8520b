"""`pismo import` against the thirteenth import review (rev-imp13) of issue 17: fixes that listed words or signs
failed on the next wording – ranges typed without spaces, other tick glyphs, other labels, other numbers."""

from __future__ import annotations

import pytest
import yaml

from test_import import mini_plan


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- finding 4: a range typed without spaces around its dash („VII–IX”, „lipiec-wrzesień”, „III–IV kw.”) was
# cut at its own dash: the action kept „… w okresie VII”, the deadline was the last month or quarter only.

@pytest.mark.parametrize("tail, start, end", [
    ("Spotkania w okresie IV–VI 2026 r.", "2026-04-01", "2026-06-30"),
    ("Spotkania: kwiecień-czerwiec 2026 r.", "2026-04-01", "2026-06-30"),
    ("Spotkania: kwiecień–czerwiec 2026 r.", "2026-04-01", "2026-06-30"),
    ("Spotkania w II–III kw. 2026 r.", "2026-04-01", "2026-09-30"),
    ("Spotkania w II-III kwartale 2026 r.", "2026-04-01", "2026-09-30")])
def test_a_range_typed_without_spaces_is_one_deadline(tmp_path, tail, start, end):
    line = f"- Kontrole rejonu sklepu przy ul. Lipowej. {tail}"
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert action["opis"] == "Kontrole rejonu sklepu przy ul. Lipowej. Spotkania", written
    assert (str(action["termin"]["od"]), str(action["termin"]["do"])) == (start, end), written


def test_a_hyphenated_word_before_a_month_is_no_range(tmp_path):
    line = "- Spotkania w szkole podstawowej i gimnazjum, zajęcia pozalekcyjno-czerwiec 2026 r."
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    [action] = case["dzialania"]
    assert "pozalekcyjno-czerwiec 2026 r" in action["opis"], written
