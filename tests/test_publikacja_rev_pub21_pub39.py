"""`--publikacja` after the twenty-first publication review (rev-pub21), helper pub39: a paragraph's lines reach the
scrubber as lines though the documents print them joined (#26), and the specific name rules' shapes of #3–#25."""

from __future__ import annotations

import pytest
import yaml

from helpers import WRZOSOGROD
from pismo.case.loader import load_case
from pismo.publication.names import Names
from pismo.publication.redact import NAME_MARK, PHONE_MARK, redact, scrub

UNIT = Names(["Jan Przykładowski"], ["Marek Przykładowy", "Adam Wzorcowy", "Piotr Testowy"],
             places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])
CUT = NAME_MARK
CONTACTS = "Kontakty:\nKurek\n605 444 333\nSowa\n502 113 224"


def _public(text: str) -> str:
    """Scrubbed twice, as the field pass and the document pass do."""
    return scrub(scrub(text, UNIT), UNIT)


def _case(tmp_path, change):
    data = yaml.safe_load(WRZOSOGROD.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "sprawa.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_case(path).sprawa


# --- #26: an Akapity paragraph's lines (and a one-text field's blank lines) are lines to the scrubber ---------------

def _plant(data):
    data["realizacja"]["dzialania"][0]["opis"] = "Spotkania prowadzono w czasie obchodów. " + CONTACTS
    data["realizacja"]["cel"]["uzasadnienie"] = "Cel osiągnięto.\n\n" + CONTACTS
    data["dzialania"][0]["opis"] += "\n\n" + CONTACTS.replace("\n", "\n\n")


def test_a_paragraphs_lines_print_joined_as_before(tmp_path):
    s = _case(tmp_path, _plant)
    opis = s.realizacja.dzialania[0].opis
    assert opis == ["Spotkania prowadzono w czasie obchodów. Kontakty: Kurek 605 444 333 Sowa 502 113 224"]
    assert opis[0].lines.endswith(CONTACTS)
    assert s.realizacja.cel.uzasadnienie[1] == "Kontakty: Kurek 605 444 333 Sowa 502 113 224"
    assert s.dzialania[0].opis.endswith(" Kontakty: Kurek 605 444 333 Sowa 502 113 224")


def test_the_owners_of_phones_on_a_paragraphs_lines_go_in_the_joined_print(tmp_path):
    s = redact(_case(tmp_path, _plant))
    contacts = f"Kontakty: {CUT} {PHONE_MARK} {CUT} {PHONE_MARK}"
    assert s.realizacja.dzialania[0].opis == [f"Spotkania prowadzono w czasie obchodów. {contacts}"]
    assert s.realizacja.cel.uzasadnienie == ["Cel osiągnięto.", contacts]
    assert s.dzialania[0].opis.endswith(" " + contacts)
