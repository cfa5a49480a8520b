"""`pismo import` against the fourteenth import review (rev-imp14) of issue 17: last round's fixes were lists of
words; these tests give other wordings of the same shapes – and recognition linear in the input."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pismo.importer import SourceError, import_plans
from pismo.importer.lines import Line
from test_import import mini_plan
from test_import_rev_imp13 import _with_table
from test_import_round3 import _plan

REFERENCE = Path(__file__).parent / "data" / "informacja-leczna-rejon-3-2025.txt"


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- finding 7: every unbulleted line of part 5 looked back over all the lines before it for the last bulleted
# one – 19 900 lines „u.” took 12 s of CPU before the plan was refused.

def _listed_looks(tmp_path: Path, lines: int, monkeypatch) -> int:
    """How many times recognition asks a line whether it is a list item, for a part 5 of one bulleted way and
    `lines` unbulleted lines after it."""
    text = REFERENCE.read_text(encoding="utf-8").replace(
        "· Za pośrednictwem lokalnych mediów.", "· Za pośrednictwem lokalnych mediów.\n" + "u.\n" * lines)
    source = tmp_path / f"plan{lines}.txt"
    source.write_text(text, encoding="utf-8")
    looks = [0]
    plain = Line.listed.fget

    def counted(line):
        looks[0] += 1
        return plain(line)

    monkeypatch.setattr(Line, "listed", property(counted))
    try:
        import_plans(source)
    except SourceError:
        pass
    monkeypatch.undo()
    return looks[0]


def test_unbulleted_lines_after_a_bulleted_way_are_read_in_linear_work(tmp_path, monkeypatch):
    small, large = _listed_looks(tmp_path, 300, monkeypatch), _listed_looks(tmp_path, 1200, monkeypatch)
    assert small > 300  # the count sees the lines at all
    assert large / small < 6, f"4× the lines took {large / small:.1f}× the work"


# --- finding 18: a bulleted line introducing the list („· W ramach planu przewiduje się …:”) with the real items
# under it typed with another sign („- ”) made one item of them all, its sub-items – the rev-imp13 1 rule.

_ACTIONS = ["Wystąpienie z wnioskiem do Urzędu Miejskiego w sprawie monitoringu – termin realizacji do 31.07.2026 r.",
            "Spotkanie z Radą Osiedla w sprawie planu – termin realizacji do 30.09.2026 r.",
            "Kontrole rejonu sklepu przy ul. Lipowej – termin realizacji do 31.08.2026 r."]
_PARTNERS = ["Urząd Miejski w Borównie – Referat Inwestycji. Wymiana kamer monitoringu miejskiego.",
             "Rada Osiedla Bobrowniki. Informowanie mieszkańców o planie."]
_WAYS = ["Zamieszczenie informacji na stronie internetowej KPP.", "Informowanie podczas obchodu rejonu służbowego.",
         "Za pośrednictwem lokalnych mediów."]


@pytest.mark.parametrize("intro", ["· ", "• ", ""])
def test_an_introduction_line_does_not_swallow_the_items_under_it(tmp_path, intro):
    extra = {3: [f"{intro}W ramach planu przewiduje się realizację następujących działań:", *(f"- {a}" for a in _ACTIONS)],
             4: [f"{intro}Do współpracy zaproszono następujące podmioty:", *(f"- {p}" for p in _PARTNERS)],
             5: [f"{intro}Planuje się następujące formy informowania:", *(f"- {w}" for w in _WAYS)]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert not any(a.get("podpunkty") for a in actions), written
    assert {"2026-07-31", "2026-09-30", "2026-08-31"} <= {str(a["termin"]["do"]) for a in actions}, written
    names = [p["nazwa"] for p in case["partnerzy"]]
    assert any(n.startswith("Urząd Miejski w Borównie") for n in names) and "Rada Osiedla Bobrowniki" in names, written
    assert all(any(w.rstrip(".") in way for way in case["informowanie"]) for w in _WAYS), written
    assert len(case["informowanie"]) >= 3 and not any("Zamieszczenie" in way and "mediów" in way
                                                       for way in case["informowanie"]), written
    assert written.count("wstęp do listy") >= 3, written


# --- finding 17: any one to three words and a number before „:” were taken for a form's label („Forma 1:”) and
# cut from the way of informing – „Spotkania w SP nr 2:” lost where and with whom.

@pytest.mark.parametrize("way", ["Spotkania w SP nr 2: prelekcje dla uczniów i rodziców.",
                                 "Zebrania w bloku 5: omówienie planu z mieszkańcami.",
                                 "Spotkanie z klasą 8: zasady bezpieczeństwa w sieci.",
                                 "Gazetka parafialna nr 4: artykuł o planie.",
                                 "Radio Lublin 102: audycja o bezpieczeństwie."])
def test_words_before_a_number_and_colon_stay_in_the_way(tmp_path, way):
    path, _text, _output = mini_plan(tmp_path, {5: [f"- {way}", "- Za pośrednictwem lokalnych mediów."]},
                                     replace=True)
    case, written = _case(path)
    assert way in case["informowanie"], written


@pytest.mark.parametrize("label", ["Forma 2: ", "Sposób informowania nr 2: ", "Kanał 2: ", "Punkt 2: ", "Sposób: "])
def test_a_form_label_before_a_way_still_goes(tmp_path, label):
    path, _text, _output = mini_plan(tmp_path, {5: [f"- {label}Ulotki w skrzynkach pocztowych."]}, replace=True)
    case, written = _case(path)
    assert "Ulotki w skrzynkach pocztowych." in case["informowanie"], written


# --- finding 20: a part 4 table's first row naming its columns in words not all on the header list („Podmiot |
# Planowane przez podmiot działania”, „Kto? | Co robi?”) became a partner „Podmiot”.

@pytest.mark.parametrize("header", [("Podmiot", "Planowane przez podmiot działania"), ("Partner", "Wkład w realizację"),
                                    ("Nazwa instytucji", "Rola w realizacji planu"), ("Kto?", "Co robi?")])
def test_a_partner_table_s_first_row_naming_its_columns_is_no_partner(tmp_path, header):
    rows = [header, ("Straż Miejska w Łęcznej", "Wspólne patrole w parku."),
            ("Rada Osiedla Bobrowniki", "Informowanie mieszkańców o planie.")]
    _output, written = _plan(tmp_path, _with_table("4. Podmioty", rows, ("· Urząd", "· Rada", "· Spółdzielnia")))
    case = yaml.safe_load(written)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Łęcznej", "Rada Osiedla Bobrowniki"], written
    assert f"„{header[0]} | {header[1]}”" in written, written  # listed among the lines left out, never lost
