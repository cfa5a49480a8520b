"""`--publikacja` after the twentieth publication review (rev-pub20), helper pub37: what pub36's fixes left – end to
end through the public .docx (a line break of a field is a w:br there, or a space where a paragraph's lines are
joined), a surname glued to marks, labels read as names, and places or firms named like a removed person."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import yaml

from helpers import LECZNA, render_kind
from pismo.publication.names import Names
from pismo.publication.redact import scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


def _public(text: str) -> str:
    """Scrubbed twice, as the field pass and the document pass do."""
    return scrub(scrub(text, UNIT), UNIT)


def _document_text(data: bytes) -> str:
    """The body's text as Word shows it: a w:br a line break, a w:tab a tab."""
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:(?:br|cr)\b[^>]*/>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    return re.sub(r"<[^>]+>", "", xml)


# --- 1. end to end: the shapes a line break makes -------------------------------------------------------------------

def test_surnames_over_line_breaks_leave_the_public_plan(tmp_path):
    case = yaml.safe_load(LECZNA.read_text(encoding="utf-8"))
    case["dzialania"][0]["opis"] += "\nZgłaszali to\nKurek i Sowa."  # a w:br in the plan
    case["dzialania"][1]["opis"] += "\nLiczba zgłoszeń:\nKurek – 3\nSowa – 2"
    case["zagrozenie"]["opis"][0] += "\nLiczba zgłoszeń:\nWróbel – 3\nKruk – 2"  # joined into one paragraph
    case["cel"]["opis"][0] += " Wróbel, nasz sąsiad, przekazał nagrania; Kurek „Kogut” też."
    path = tmp_path / "sprawa.yaml"
    path.write_text(yaml.safe_dump(case, allow_unicode=True, sort_keys=False), encoding="utf-8")
    [(_, public)] = render_kind(path, "plan-publikacja")
    text = _document_text(public)
    assert "Zgłaszali to" in text and "Liczba zgłoszeń:" in text
    assert not [w for w in ("Kurek", "Sowa", "Wróbel", "Kruk", "Kogut") if w in text], text


@pytest.mark.parametrize("text, secrets", [
    ("Zgłaszali to Kurek i Sowa.", ["Kurek", "Sowa"]),
    ("Zgłaszali to\nKurek i Sowa", ["Kurek", "Sowa"]),
    ("Zgłosili to też\nKurek i Sowa.", ["Kurek", "Sowa"]),
    ("Zgłosili go Kurek i Sowa.", ["Kurek", "Sowa"]),
    ("Zgłosił to Kurek.", ["Kurek"]),
    ("Zgłaszała to\nSowa.", ["Sowa"]),
    ("Liczba zgłoszeń: Kurek – 3 Sowa – 2", ["Kurek", "Sowa"]),
    ("Zgłoszenia od: Kurek (3) Sowa (2) Wróbel (1)", ["Kurek", "Sowa", "Wróbel"]),
    ("Kurek „Kogut” też.", ["Kurek", "Kogut"]),
    ("Sowa „Mała” również.", ["Sowa", "Mała"]),
    ("Świadek: Kurek „Kogut”.", ["Kurek", "Kogut"]),
])
def test_a_line_break_a_joined_list_or_a_nickname_hides_no_surname(text, secrets):
    out = _public(text)
    assert not [s for s in secrets if s in out], out


@pytest.mark.parametrize("text", [
    "Liczba zgłoszeń: Ludwin – 3 Cyców – 2",
    "Kuźnia „Kowal” zgłosiła kradzież.",
    "Sklep „Kogut” też.",
    "Zespół „Sowa” wystąpił na festynie.",
    "Wilki to zwierzęta chronione.",
])
def test_places_firms_and_nouns_stay(text):
    assert _public(text) == text
