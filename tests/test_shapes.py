"""Shapes of real plans the case file holds without inventing data (issue 14): each shape as a
hand-written case snippet over the Wrzosogród example, checked in the rendered plan and informacja."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from ruamel.yaml import YAML

from helpers import WRZOSOGROD, paragraphs, render_kind
from pismo.case.deadlines import deadlines
from pismo import api
from pismo.errors import CaseError
from pismo.documents.ics import terminarz_ics
from pismo.case.loader import load_case


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
    path = _case(tmp_path, both)
    line = path.read_text(encoding="utf-8").split("\n").index("    opis: na bieżąco") + 1  # the group's first key
    with pytest.raises(CaseError) as caught:
        load_case(path)
    assert f"sprawa.yaml:{line}:5: dzialania[0].termin: termin słowami drukuje się tak, jak go wpisano" in str(caught.value)


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


# --- targets as units write them ------------------------------------------------------------------

def _targets(data):
    kmzb, interwencje = data["cel"]["wskazniki"]
    for key in ("wartosc_wyjsciowa", "wartosc_docelowa"):
        del kmzb[key], interwencje[key]
    kmzb.update(nazwa="Zdarzenia zgłoszone na KMZB i interwencje", jednostka="zdarzeń", wartosc_docelowa=15,
                skladniki=[{"nazwa": "zgłoszenia na KMZB", "wartosc_wyjsciowa": 9},
                           {"nazwa": "interwencje", "wartosc_wyjsciowa": 12}])
    interwencje.update(wartosc_wyjsciowa=12, okres_wyjsciowy="w poprzednim półroczu", zmiana=-25)
    data["cel"]["wskazniki"].append({"id": "ankieta", "nazwa": "Poczucie bezpieczeństwa mieszkańców",
                                     "sposob_oceny": "anonimowa ankieta wśród mieszkańców osiedla"})
    data["cel"]["wskazniki"].append({"id": "slowami", "nazwa": "Liczba zgłoszeń o zakłócaniu ciszy nocnej",
                                     "wartosc_wyjsciowa": 8, "docelowo": "ograniczenie o jedną czwartą"})
    data["realizacja"]["wskazniki"] = [
        {"wskaznik": "kmzb", "wartosc": 16}, {"wskaznik": "interwencje", "wartosc": 9},
        {"wskaznik": "ankieta", "opis": "większość ankietowanych czuje się bezpieczniej niż przed rokiem"},
        {"wskaznik": "slowami", "wartosc": 7}]


def test_the_plan_prints_targets_as_the_unit_set_them(tmp_path):
    lines = _text(_case(tmp_path, _targets), "plan")
    assert ("Zdarzenia zgłoszone na KMZB i interwencje: wartość wyjściowa 21 (zgłoszenia na KMZB 9 + interwencje 12), "
            "wartość docelowa 15 zdarzeń (porównanie liczby zgłoszeń") in "\n".join(lines)
    assert ("Liczba interwencji podjętych w rejonie sklepu i placu zabaw: wartość wyjściowa 12 interwencji "
            "w poprzednim półroczu, cel: spadek o 25% (analiza interwencji") in "\n".join(lines)
    assert "Poczucie bezpieczeństwa mieszkańców – cel jakościowy (anonimowa ankieta wśród mieszkańców osiedla)." in lines
    assert ("Liczba zgłoszeń o zakłócaniu ciszy nocnej: wartość wyjściowa 8, cel: ograniczenie o jedną czwartą."
            in lines)
    assert not any("wartość docelowa 9" in line or "wartość docelowa 6" in line for line in lines)  # never computed


def test_the_informacja_computes_each_result_honestly(tmp_path):
    lines = _text(_case(tmp_path, _targets), "informacja")
    expected = [
        "Zdarzenia zgłoszone na KMZB i interwencje: 21 → 16 zdarzeń (zmiana −23,8%); wartość docelowa 15 – nieosiągnięta.",
        "Liczba interwencji podjętych w rejonie sklepu i placu zabaw: 12 → 9 interwencji (zmiana −25%); "
        "cel: spadek o 25% – osiągnięty.",
        "Poczucie bezpieczeństwa mieszkańców: większość ankietowanych czuje się bezpieczniej niż przed rokiem.",
        "Liczba zgłoszeń o zakłócaniu ciszy nocnej: 8 → 7 (zmiana −12,5%); cel: ograniczenie o jedną czwartą – "
        "bez wyliczenia (cel opisany słowami, zob. ocena celu).",
    ]
    start = lines.index("Wynik:")
    assert lines[start + 1:start + 5] == expected
    assert not any("7,2" in line or "wartość docelowa 9" in line for line in lines)


@pytest.mark.parametrize("change, message", [
    (lambda w: w.update(zmiana=-25), "podaj jeden cel: wartosc_docelowa (liczba) albo zmiana"),
    (lambda w: (w.pop("wartosc_wyjsciowa"), w.pop("wartosc_docelowa"), w.update(zmiana=-25)),
     "zmiana w procentach liczy się od wartości wyjściowej"),
    (lambda w: (w.pop("wartosc_wyjsciowa"), w.pop("wartosc_docelowa"), w.pop("sposob_oceny")),
     "wskaźnik bez liczb to cel jakościowy – opisz sposob_oceny"),
    (lambda w: w.update(skladniki=[{"nazwa": "interwencje", "wartosc_wyjsciowa": 3}]),
     "wartość wyjściowa wskaźnika złożonego to suma składników"),
])
def test_an_indicator_of_no_shape_is_refused_at_its_place(tmp_path, change, message):
    with pytest.raises(CaseError) as caught:
        load_case(_case(tmp_path, lambda data: change(data["cel"]["wskazniki"][0])))
    assert f"cel.wskazniki[0]: {message}" in str(caught.value)


@pytest.mark.parametrize("start, end, goal, words", [
    (12, 9, -25, ("−25%", True)), (12, 10, -25, ("−16,7%", False)), (3, 4, 10, ("+33,3%", True)),
    (8, 8, 0, ("0%", True)), (7, 7.2, -5, ("+2,9%", False)),
])
def test_percent_change_and_verdict(start, end, goal, words):
    from pismo.case.model import Wskaznik
    from pismo.documents.targets import change_percent, percent_words, reached

    w = Wskaznik(id="w", nazwa="x", wartosc_wyjsciowa=start, zmiana=goal)
    assert (percent_words(change_percent(start, end)), reached(w, end)) == words


# --- combined results and qualitative cells --------------------------------------------------------

def _parts_reached(data):
    _targets(data)
    data["realizacja"]["wskazniki"][0] = {"wskaznik": "kmzb", "skladniki": [
        {"nazwa": "interwencje", "wartosc": 9}, {"nazwa": "zgłoszenia na KMZB", "wartosc": 7}]}


def test_a_combined_result_prints_each_part_beside_the_baseline_parts(tmp_path):
    lines = _text(_case(tmp_path, _parts_reached), "informacja")
    assert ("Zdarzenia zgłoszone na KMZB i interwencje: 21 (zgłoszenia na KMZB 9 + interwencje 12) → "
            "16 (zgłoszenia na KMZB 7 + interwencje 9) zdarzeń (zmiana −23,8%); wartość docelowa 15 – nieosiągnięta."
            in lines)


def test_the_change_in_percent_never_leaves_its_word_at_a_line_end(tmp_path):
    [(_, data)] = render_kind(_case(tmp_path, _targets), "informacja")
    assert "(zmiana\u00a0−25%)" in "\n".join(paragraphs(data))


def test_a_qualitative_result_is_not_squeezed_into_the_number_column(tmp_path):
    [(_, data)] = render_kind(_case(tmp_path, _targets), "informacja")
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    rows = [["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", cell)) for cell in re.findall(r"<w:tc>.*?</w:tc>", row)]
            for row in re.findall(r"<w:tr[ >].*?</w:tr>", document)]
    [row] = [r for r in rows if r and r[0] == "Poczucie bezpieczeństwa mieszkańców"]
    assert row[1:] == ["–", "–", "ocena opisowa – zob. wynik"]
    assert "większość ankietowanych" in "\n".join(paragraphs(data))  # the finding itself, under „Wynik”


@pytest.mark.parametrize("result, message", [
    ({"wskaznik": "kmzb", "wartosc": 16, "skladniki": [{"nazwa": "interwencje", "wartosc": 9}]},
     "realizacja.wskazniki[0]: osiągnięta wartość wskaźnika złożonego to suma składników"),
    ({"wskaznik": "kmzb", "skladniki": [{"nazwa": "interwencje", "wartosc": 9}, {"nazwa": "KMZB", "wartosc": 7}]},
     "realizacja.wskazniki[0].skladniki: składniki wyniku muszą być te same co w planie: zgłoszenia na KMZB, "
     "interwencje (tu: interwencje, KMZB)"),
    ({"wskaznik": "interwencje", "skladniki": [{"nazwa": "interwencje", "wartosc": 9}]},
     "realizacja.wskazniki[0].skladniki: wskaźnik „interwencje” nie ma składników w planie"),
])
def test_a_combined_result_that_does_not_fit_the_plan_is_refused_at_its_place(tmp_path, result, message):
    def change(data):
        _targets(data)
        data["realizacja"]["wskazniki"] = [result] + [x for x in data["realizacja"]["wskazniki"]
                                                      if x["wskaznik"] != result["wskaznik"]]
    with pytest.raises(CaseError) as caught:
        load_case(_case(tmp_path, change))
    assert message in str(caught.value)
