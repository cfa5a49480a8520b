"""UZUPEŁNIJ in fields that are not text: a warning naming the field, the documents that need it blocked."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo import api
from pismo.cli.main import main

HOLES = {  # field: (text as in the example, placeholder line)
    "okres.od": ("  od: 2026-03-01\n  do: 2026-08-31", "  od: UZUPEŁNIJ datę początku okresu\n  do: 2026-08-31"),
    "rejon.numer": ("numer: XIII", "numer: UZUPEŁNIJ numer rejonu"),
    "spotkania[0].godzina": ('godzina: "17:00"', "godzina: UZUPEŁNIJ godzinę"),
    "osoby.dzielnicowy.plec": ("plec: K", "plec: UZUPEŁNIJ (M albo K)"),
    "cel.wskazniki[0].wartosc_docelowa": ("wartosc_docelowa: ", "wartosc_docelowa: UZUPEŁNIJ #"),
    "realizacja.dzialania[0].status": ("status: zrealizowane", "status: UZUPEŁNIJ"),
    "wnioski[0].adresat": ("adresat: prezydent-miasta", "adresat: UZUPEŁNIJ"),
    "spotkania[0].zaproszeni[0]": ("      - rada-osiedla-wrzosowisko", "      - UZUPEŁNIJ"),
    "realizacja.dzialania[0].dzialanie": ("    - dzialanie: wniosek-do-prezydent", "    - dzialanie: UZUPEŁNIJ"),
}


def _with(holes: list[str], text: str | None = None) -> str:
    text = text or WRZOSOGROD.read_text(encoding="utf-8")
    for field in holes:
        old, new = HOLES[field]
        assert old in text, field
        text = text.replace(old, new, 1)
    return text


def test_every_placeholder_is_a_warning_and_none_is_a_type_error():
    report = api.check(_with(list(HOLES)), "w-trakcie.yaml")
    assert report.valid, [str(p) for p in report.problems]
    assert {p.path for p in report.warnings if "do uzupełnienia" in p.message} == set(HOLES)
    assert not report.errors and not report.complete


@pytest.mark.parametrize("field, blocked, made", [
    ("spotkania[0].godzina", {"zaproszenia", "protokol"}, {"plan", "wniosek", "informacja"}),
    ("rejon.numer", {"plan", "informacja"}, set()),
    ("okres.od", {"plan", "informacja", "terminarz"}, set()),
    ("osoby.dzielnicowy.plec", {"plan", "wniosek", "informacja"}, {"terminarz"}),
    ("cel.wskazniki[0].wartosc_docelowa", {"plan", "informacja"}, {"wniosek", "zaproszenia", "terminarz"}),
    ("realizacja.dzialania[0].status", {"informacja"}, {"plan", "wniosek", "terminarz"}),
    # an addressee still to fill in: a KeyError traceback (the id looked up as it stood), the web list a 500
    ("wnioski[0].adresat", {"wniosek"}, {"plan", "zaproszenia", "informacja"}),
    ("spotkania[0].zaproszeni[0]", {"zaproszenia"}, {"plan", "wniosek", "informacja"}),
    # a realisation entry whose action still reads UZUPEŁNIJ: the report said „brak informacji” and lost it
    ("realizacja.dzialania[0].dzialanie", {"informacja"}, {"plan", "wniosek", "zaproszenia"}),
])
def test_a_document_that_needs_a_placeholder_is_blocked_by_its_field(field, blocked, made):
    report = api.check(_with([field]), "w-trakcie.yaml")
    for kind in blocked:
        problems = report.kinds[kind].problems
        assert problems and problems[0].path == field and "UZUPEŁNIJ" in problems[0].message, kind
    for kind in made:
        assert report.kinds[kind].can_make, (kind, [str(p) for p in report.kinds[kind].problems])


def test_a_real_error_is_reported_alone_without_the_placeholders_types():
    text = _with(["okres.od", "spotkania[0].godzina"]).replace("data: 2026-02-20", "data: 2026-02-30", 1)
    report = api.check(text, "w-trakcie.yaml")
    assert [p.path for p in report.errors] == ["plan.data"]
    assert "niemożliwa data" in report.errors[0].message


def test_generate_writes_what_can_be_made_and_names_the_field_of_the_rest(tmp_path):
    case = tmp_path / "w-trakcie.yaml"
    case.write_text(_with(["spotkania[0].godzina"]), encoding="utf-8")
    result = CliRunner().invoke(main, ["wszystko", str(case), "-o", str(tmp_path / "out")])
    written = {p.name for p in (tmp_path / "out" / "w-trakcie").iterdir()}
    assert "plan.docx" in written and not any(name.startswith("zaproszenie-") for name in written)
    assert re.search(r"w-trakcie\.yaml:\d+:\d+: spotkania\[0\]\.godzina: do uzupełnienia", result.output)
    assert "Traceback" not in result.output


def test_sprawdz_and_terminy_show_a_case_with_placeholders_in_dates(tmp_path):
    case = tmp_path / "w-trakcie.yaml"
    case.write_text(_with(["okres.od", "rejon.numer", "spotkania[0].godzina"]), encoding="utf-8")
    result = CliRunner().invoke(main, ["sprawdz", str(case)])
    assert "niekompletny" in result.output and "Rejon służbowy nr UZUPEŁNIJ numer rejonu" in result.output
    assert "od UZUPEŁNIJ datę początku okresu do 31.08.2026 r." in result.output and "Traceback" not in result.output
    terminy = CliRunner().invoke(main, ["terminy", str(case), "--dzien", "2026-04-01"])
    assert terminy.exit_code == 0 and "Spotkanie w sprawie" in terminy.output  # the meeting without its hour
    assert "Informacja dotycząca realizacji" not in terminy.output  # done: the case has its realisation


def test_a_whole_section_left_as_placeholder_stays_an_error():
    text = LECZNA.read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^okres:\n  od: [0-9-]+\n  do: [0-9-]+\n", "okres: UZUPEŁNIJ\n", text)
    report = api.check(text, "sekcja.yaml")
    assert [p.path for p in report.errors] == ["okres"]


def test_a_placeholder_in_print_is_traced_to_its_own_field_not_to_a_shorter_one_it_contains(tmp_path):
    """The blank minutes form prints the letterhead „UZUPEŁNIJ KOMENDA…”; a bare „UZUPEŁNIJ” in an
    action's date is inside that text but is not what was printed (was: named as well, with the
    letterhead's text)."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    text = text.replace("    - KOMENDA MIEJSKA POLICJI\n", "    - UZUPEŁNIJ KOMENDA MIEJSKA POLICJI\n", 1)
    text = text.replace("    termin:\n      do: 2026-03-31\n", "    termin:\n      do: UZUPEŁNIJ\n", 1)
    case = tmp_path / "w-trakcie.yaml"
    case.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["wszystko", str(case), "-o", str(tmp_path / "out")])
    named = re.findall(r"w-trakcie\.yaml:\d+:\d+: ([\w.\[\]]+): do uzupełnienia – dokument drukuje to pole "
                       r"\(„UZUPEŁNIJ KOMENDA MIEJSKA POLICJI”\)", result.output)
    assert named == ["jednostka.naglowek[0]"], result.output


def test_a_deadline_whose_date_was_left_out_is_located_not_a_traceback():
    """`do:` written and its date deleted (or `do: ~`): a TypeError traceback in sprawdz and terminy (sorting
    None with dates), and the web's list of every case a 500 page."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    first = re.search(r"\n(\s+)do: \d{4}-\d{2}-\d{2}", text[text.index("\ndzialania:"):])
    text = text[:text.index("\ndzialania:")], text[text.index("\ndzialania:"):]
    head, text = text
    for empty in ("", " ~"):
        report = api.check(head + text[:first.start()] + f"\n{first.group(1)}do:{empty}" + text[first.end():], "t.yaml")
        assert [p.message for p in report.errors if p.path.endswith("termin.do")] == [
            "brak daty – podaj datę RRRR-MM-DD albo termin słowami, np. termin: na bieżąco"], report.errors


def _many_holes(actions: int, subitems: int = 25) -> str:
    """The Łęczna case with its actions replaced by ones whose every printed text reads UZUPEŁNIJ."""
    text = LECZNA.read_text(encoding="utf-8")
    start, end = text.index("\ndzialania:\n"), text.index("\npartnerzy:")
    items = ", ".join(["UZUPEŁNIJ"] * subitems)
    block = "".join(f"  - id: c{i}\n    opis: UZUPEŁNIJ\n    termin:\n      do: 2025-12-31\n    podpunkty: [{items}]\n"
                    for i in range(actions))
    return text[:start] + "\ndzialania:\n" + block + text[end:]


def test_thousands_of_placeholders_in_print_are_traced_in_linear_steps():
    """26 000 fields reading UZUPEŁNIJ (under the case limits) were compared each with each: 130 s in
    sprawdz and a web list page that never came. Four times the fields must take about four times the steps
    of the tracing (each with each: sixteen) – steps, not seconds, which a loaded machine stretches."""
    from helpers import steps
    from pismo.documents import generate

    small, large = (steps(api.check, generate, _many_holes(actions), "dziury.yaml") for actions in (10, 40))
    assert large / small < 6, (small, large)
    report = api.check(_many_holes(1000), "dziury.yaml")
    plan = report.kinds["plan"].problems
    assert len(plan) == 26000 and plan[0].path == "dzialania[0].opis", plan[:2]


def _line_of(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """1-based (line, column) of a needle's occurrence in a text."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def test_a_placeholder_inside_a_block_of_text_is_located_at_the_word_not_at_the_block_sign():
    # rev-msg5 22: the warning pointed at „|” / „>-”, lines above the word the officer must change
    text = WRZOSOGROD.read_text(encoding="utf-8")
    text = text.replace("    i śmieci, a dzieci", "    i śmieci (UZUPEŁNIJ liczbę zgłoszeń), a dzieci", 1)
    text = text.replace("    oraz zakłócania spokoju", "    oraz UZUPELNIJ zakłócania spokoju", 1)
    report = api.check(text, "w-trakcie.yaml")
    found = {p.path: (p.line, p.column) for p in report.warnings if "do uzupełnienia" in p.message}
    assert found["zagrozenie.opis"] == _line_of(text, "UZUPEŁNIJ liczbę")
    assert found["cel.opis"] == _line_of(text, "UZUPELNIJ zakłócania")


def test_a_document_blocked_by_a_placeholder_on_a_later_line_names_that_line():
    text = _with(["spotkania[0].godzina"]).replace("godzina: UZUPEŁNIJ godzinę", "godzina: >-\n      UZUPEŁNIJ godzinę", 1)
    report = api.check(text, "w-trakcie.yaml")
    problem = report.kinds["zaproszenia"].problems[0]
    assert (problem.path, problem.line, problem.column) == ("spotkania[0].godzina", *_line_of(text, "UZUPEŁNIJ godzinę"))


def test_a_placeholder_after_other_words_on_one_line_is_located_at_the_word():
    text = _with(["rejon.numer"]).replace("numer: UZUPEŁNIJ numer rejonu", "numer: XIII? UZUPEŁNIJ numer rejonu", 1)
    report = api.check(text, "w-trakcie.yaml")
    found = [(p.line, p.column) for p in report.warnings if p.path == "rejon.numer" and "do uzupełnienia" in p.message]
    assert found == [_line_of(text, "UZUPEŁNIJ numer")]
