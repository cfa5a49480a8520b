"""Shapes of real plans the case file holds without inventing data (issue 14): each shape as a
hand-written case snippet over the Wrzosogród example, checked in the rendered plan and informacja."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from ruamel.yaml import YAML

from helpers import WRZOSOGROD, paragraphs, render_kind
from pismo.deadlines import deadlines
from pismo import api
from pismo.errors import CaseError
from pismo.ics import terminarz_ics
from pismo.loader import load_case


def _base() -> dict:
    return YAML(typ="safe").load(WRZOSOGROD.read_text(encoding="utf-8"))


def _case(tmp_path, change) -> "Path":
    data = _base()
    change(data)
    path = tmp_path / "sprawa.yaml"
    yaml = YAML()
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(data, f)
    return path


def _text(path, kind: str) -> list[str]:
    [(_, data)] = render_kind(path, kind)
    return [p.replace("\u00a0", " ") for p in paragraphs(data)]


def _undated(data):
    first = data["dzialania"][0]
    first["termin"] = "na bieżąco"
    first["podpunkty"] = ["pogadanka w klasach IV–VI", "spotkanie z rodzicami"]
    data["dzialania"][1]["termin"] = {"opis": "cyklicznie, raz w tygodniu"}


@pytest.mark.parametrize("kind", ["plan", "informacja"])
def test_an_action_without_a_date_prints_its_words_and_its_sub_items_as_a_nested_list(tmp_path, kind):
    path = _case(tmp_path, _undated)
    lines = _text(path, kind)
    first = next(i for i, line in enumerate(lines) if "termin realizacji na bieżąco:" in line)
    assert lines[first + 1:first + 3] == ["pogadanka w klasach IV–VI", "spotkanie z rodzicami"]
    assert any(line.endswith("– termin realizacji cyklicznie, raz w tygodniu.") for line in lines)
    assert not any("do dnia" in line and "na bieżąco" in line for line in lines)
    [(_, data)] = render_kind(path, kind)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert xml.count('<w:ilvl w:val="1"/>') == 2  # the sub-items are the list's second level, not text


def test_an_undated_action_has_no_calendar_entry(tmp_path):
    case = load_case(_case(tmp_path, _undated))
    items = [t for t in deadlines(case.sprawa) if t.kind == "dzialanie"]
    dated = [d for d in case.sprawa.dzialania if d.termin.do is not None]
    assert len(items) == len(dated) == len(case.sprawa.dzialania) - 2
    assert b"na bie" not in terminarz_ics(case.sprawa)


def test_a_deadline_in_words_with_dates_as_well_is_refused_in_polish(tmp_path):
    def both(data):
        data["dzialania"][0]["termin"] = {"opis": "na bieżąco", "do": dt.date(2026, 5, 1)}
    with pytest.raises(CaseError) as caught:
        load_case(_case(tmp_path, both))
    assert "sprawa.yaml:101:5: dzialania[0].termin: termin słowami drukuje się tak, jak go wpisano" in str(caught.value)


def test_an_action_needs_a_deadline_of_some_kind(tmp_path):
    def none(data):
        data["dzialania"][0]["termin"] = {}
    with pytest.raises(CaseError) as caught:
        load_case(_case(tmp_path, none))
    assert "dzialania[0].termin: brak terminu – podaj datę do" in str(caught.value)


def test_a_deadline_still_to_fill_in_blocks_the_plan_but_not_the_calendar(tmp_path):
    def hole(data):
        data["dzialania"][0]["termin"] = "UZUPEŁNIJ kiedy"
    path = _case(tmp_path, hole)
    case = load_case(path)
    assert [(w.field, w.message) for w in case.warnings] == [("dzialania[0].termin", "do uzupełnienia")]
    assert len([t for t in deadlines(case.sprawa) if t.kind == "dzialanie"]) == len(case.sprawa.dzialania) - 1
    states = api.check(path).kinds
    for kind in ("plan", "informacja"):
        assert [p.field for p in states[kind].problems] == ["dzialania[0].termin"], kind
    assert states["terminarz"].problems == [] and states["terminarz"].count == 1
